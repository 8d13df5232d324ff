package org.entente.ui.timeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javafx.embed.swing.SwingFXUtils;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.entente.app.AtomicFile;
import org.entente.controls.timeline.TimelineView;
import org.entente.i18n.I18n;
import org.entente.ui.common.VectorPdf;

/**
 * The timeline as shown, in a file: a PNG picture at the screen's size or twice it, or a vector
 * drawing (the same frame drawn as shapes and text through Java2D) as SVG or as a one-page PDF.
 * {@link #take} reads the view on the FX thread (a picture, or the frame's drawing calls recorded);
 * what it returns draws the SVG or PDF and writes the file, for a background task.
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
                var drawing = view.recordDrawing();
                double w = view.drawingWidth(), h = view.drawingHeight();
                yield out -> out.write(TimelineView.svgOf(drawing, w, h).getBytes(StandardCharsets.UTF_8));
            }
            case PDF -> pdf(view.recordDrawing(), (float) Math.max(1, view.drawingWidth()), (float) Math.max(1, view.drawingHeight()));
        };
    }

    /**
     * One page a point per screen pixel, the drawing as a form of PDF paths (text as glyph outlines,
     * so every script shows as on screen with no font embedded). All of it in the writing, off the
     * FX thread: drawing the text's outlines is the slow part (about 140 ms for a full 1600×900 view).
     */
    private static AtomicFile.Writing pdf(java.util.function.Consumer<java.awt.Graphics2D> drawing, float w, float h) {
        return out -> {
            try (PDDocument doc = new PDDocument()) {
                VectorPdf.addPage(doc, w, h, drawing::accept);
                doc.getDocumentInformation().setTitle(I18n.t("timeline.export.pdf.title"));
                doc.getDocumentInformation().setCreator("Entente");
                doc.save(out);
            }
        };
    }
}
