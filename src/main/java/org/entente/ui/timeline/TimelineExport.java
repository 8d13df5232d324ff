package org.entente.ui.timeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javafx.embed.swing.SwingFXUtils;

import javax.imageio.ImageIO;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.entente.app.AtomicFile;
import org.entente.controls.timeline.TimelineView;
import org.entente.i18n.I18n;

/**
 * The timeline as shown, in a file: a PNG picture at the screen's size or twice it, or a vector
 * drawing (the same frame drawn as shapes and text through Java2D) as SVG or as a one-page PDF.
 * {@link #take} reads the view on the FX thread; what it returns is the file work, for a
 * background task.
 */
enum TimelineExport {
    PNG_1X("png"), PNG_2X("png"), SVG("svg"), PDF("pdf");

    final String extension;

    TimelineExport(String extension) { this.extension = extension; }

    /** The drawing of {@code view} as it is now, and how to write it; on the FX thread (the skin's frame is read there). */
    AtomicFile.Writing take(TimelineView view) {
        return switch (this) {
            case PNG_1X, PNG_2X -> {
                BufferedImage image = SwingFXUtils.fromFXImage(view.renderImage(this == PNG_2X ? 2 : 1), null);
                yield out -> {
                    if (!ImageIO.write(image, "png", out)) throw new IOException(I18n.t("timeline.export.no-writer"));
                };
            }
            case SVG -> {
                String svg = view.renderSvg();
                yield out -> out.write(svg.getBytes(StandardCharsets.UTF_8));
            }
            case PDF -> pdf(view);
        };
    }

    /**
     * One page a point per screen pixel, the drawing as a form of PDF paths (text as glyph outlines,
     * so every script shows as on screen with no font embedded). The form is drawn here; the
     * document is assembled and saved by the writing.
     */
    private static AtomicFile.Writing pdf(TimelineView view) {
        float w = (float) Math.max(1, view.drawingWidth()), h = (float) Math.max(1, view.drawingHeight());
        PDDocument doc = new PDDocument();
        PDFormXObject form;
        try {
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            try {
                view.paint(g);
            } finally {
                g.dispose();
            }
            form = g.getXFormObject();
        } catch (IOException | RuntimeException e) {
            closeQuietly(doc);
            throw new IllegalStateException(e);
        }
        return out -> {
            try (doc) {
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawForm(form);
                }
                doc.getDocumentInformation().setTitle(I18n.t("timeline.export.pdf.title"));
                doc.getDocumentInformation().setCreator("Entente");
                doc.save(out);
            }
        };
    }

    private static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException ignored) {
            // nothing was written: the document only held the drawing
        }
    }
}
