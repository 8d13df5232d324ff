package org.entente.ui.common;

import java.io.IOException;
import java.util.function.Consumer;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** Pages of vector drawing in a PDF (a timeline export, a story's slides), drawn through PdfBoxGraphics2D. */
public final class VectorPdf {
    private VectorPdf() {}

    /**
     * Adds to {@code doc} a page of {@code width × height} points, a point per screen pixel, with
     * what {@code draw} draws into it (as PDF paths, kept as one form) and returns the page.
     */
    public static PDPage addPage(PDDocument doc, float width, float height, Consumer<PdfBoxGraphics2D> draw) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, height);
        try {
            draw.accept(g);
        } finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        PDPage page = new PDPage(new PDRectangle(width, height));
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.drawForm(form);
        }
        return page;
    }
}
