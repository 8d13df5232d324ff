package org.entente.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.entente.controls.timeline.TimelineView;

/**
 * The thread CPU time of the timeline's exports (issue #16) at 1600×900, all items in view: what
 * the FX thread spends drawing a PNG at 1× and 2× (its snapshot is rasterised on JavaFX's render
 * thread, not counted) or recording the drawing for SVG and PDF, and what the background spends
 * drawing and writing the SVG and the PDF. Thread CPU, not wall clock, as {@link TimelineFrameCpuTime} (the machine
 * is shared). Usage: {@code java -cp <test classpath> org.entente.bench.TimelineExportCpuTime 100000}
 */
public final class TimelineExportCpuTime {
    private TimelineExportCpuTime() {}

    static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    /** Runs {@code work} {@code times} on the FX thread; its thread CPU per run in ms. */
    static double onFx(int times, Callable<?> work) throws Exception {
        FutureTask<Double> task = new FutureTask<>(() -> {
            long c0 = MX.getCurrentThreadCpuTime();
            for (int i = 0; i < times; i++) work.call();
            return (MX.getCurrentThreadCpuTime() - c0) / 1e6 / times;
        });
        Platform.runLater(task);
        return task.get();
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        TimelineView view = TimelineFrameCpuTime.syntheticView(n);
        float w = (float) view.drawingWidth(), h = (float) view.drawingHeight();
        int svgChars = 0;
        for (int round = 0; round < 4; round++) {
            double png1 = onFx(5, () -> view.renderImage(1));
            double png2 = onFx(5, () -> view.renderImage(2));
            double record = onFx(5, view::recordDrawing);
            var drawing = onFxValue(view::recordDrawing);
            long c0 = MX.getCurrentThreadCpuTime();
            long bytes = 0;
            for (int i = 0; i < 5; i++) {
                try (PDDocument doc = new PDDocument()) {
                    PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
                    drawing.accept(g);
                    g.dispose();
                    PDPage page = new PDPage(new PDRectangle(w, h));
                    doc.addPage(page);
                    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                        content.drawForm(g.getXFormObject());
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    doc.save(out);
                    bytes = out.size();
                }
            }
            double pdf = (MX.getCurrentThreadCpuTime() - c0) / 1e6 / 5;
            c0 = MX.getCurrentThreadCpuTime();
            for (int i = 0; i < 5; i++) svgChars = TimelineView.svgOf(drawing, w, h).length();
            double svgBackground = (MX.getCurrentThreadCpuTime() - c0) / 1e6 / 5;
            System.out.printf("items=%d  FX thread: PNG 1x %.1f ms, PNG 2x %.1f ms, SVG/PDF drawing recorded %.1f ms;"
                    + " background: SVG %.1f ms (%d chars), PDF %.1f ms (%d bytes)%n", n, png1, png2, record, svgBackground, svgChars, pdf, bytes);
        }
        Platform.exit();
    }

    static <T> T onFxValue(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
