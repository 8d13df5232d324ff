package org.entente.ui.story;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.transform.Transform;
import javafx.util.Duration;
import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.entente.i18n.I18n;
import org.entente.model.Slide;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.StoryHost;
import org.entente.ui.common.VectorDrawing;
import org.entente.ui.common.VectorPdf;

/**
 * A story's slides as pictures of the main window: each slide is put on the window in turn, the
 * views are let finish their reads and the timeline its glide, and the window is drawn at a scale
 * (2 for sharp slides on a projector). The pictures go to PNG files (one per slide) or to one PDF,
 * a page per slide with the slide's title as a bookmark. The window is put back as it was.
 *
 * <p>In the PDF, a slide whose view draws itself as shapes and text (the timeline, the network, the
 * measures' charts: {@link VectorDrawing}) is a vector page instead: the slide's title as text above
 * the view's own drawing, drawn through PdfBoxGraphics2D. Slides of the other views (the events'
 * table, the editors) stay pictures of the whole window (ADR 0012).
 */
final class StoryExport {
    /** After a slide is put on the window: the longest a view's read may take before the picture is taken anyway. */
    static final Duration SETTLE_LIMIT = Duration.seconds(60);

    private final StoryHost host;
    private final AppContext context;

    StoryExport(StoryHost host, AppContext context) {
        this.host = host;
        this.context = context;
    }

    /**
     * Takes a picture of each slide in order (on the FX thread, a slide at a time) and hands it to
     * {@code each} with its index as soon as it is taken, so the writing of one overlaps the taking
     * of the next; {@code progress} hears (done, total). Completes when the last is handed over.
     */
    CompletableFuture<Void> capture(List<Slide> slides, double scale, boolean drawings, BiConsumer<Integer, Page> each,
                                    BiConsumer<Integer, Integer> progress, java.util.function.BooleanSupplier cancelled) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Map<String, String> before = host.captureState();
        int[] taken = {0};
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            if (cancelled.getAsBoolean()) {
                host.restoreState(before);
                done.completeExceptionally(new CancellationException("export cancelled"));
                return;
            }
            if (taken[0] == slides.size()) {
                host.restoreState(before);
                done.complete(null);
                return;
            }
            Map<String, String> jump = new java.util.HashMap<>(slides.get(taken[0]).state());
            jump.put(org.entente.ui.common.ViewState.TRANSITION, "none");
            host.restoreState(jump);
            whenSettled(() -> {
                try {
                    java.util.Optional<VectorDrawing> drawing = drawings ? host.vectorDrawing() : java.util.Optional.empty();
                    if (drawing.isPresent()) {
                        each.accept(taken[0], new Page(null, drawing.get()));
                    } else {
                        SnapshotParameters p = new SnapshotParameters();
                        p.setTransform(Transform.scale(scale, scale));
                        each.accept(taken[0], new Page(SwingFXUtils.fromFXImage(host.stage().getScene().getRoot().snapshot(p, null), null), null));
                    }
                } catch (RuntimeException | OutOfMemoryError e) {
                    // A picture that cannot be taken (out of memory at 2× on a large screen, say) ends
                    // the export: the window goes back as it was and the caller hears why.
                    host.restoreState(before);
                    done.completeExceptionally(e);
                    return;
                }
                taken[0]++;
                progress.accept(taken[0], slides.size());
                next[0].run();
            });
        };
        next[0].run();
        return done;
    }

    /**
     * Runs {@code then} once no background task has run for two polls of 50 ms, and not before
     * 200 ms: the timeline starts reading its window 120 ms after its range rests (TimelineAppView.SETTLE).
     */
    private void whenSettled(Runnable then) {
        int[] quiet = {0}, polls = {0};
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(50), e -> {
            polls[0]++;
            quiet[0] = context.tasks().idleProperty().get() ? quiet[0] + 1 : 0;
            if ((quiet[0] >= 2 && polls[0] >= 4) || polls[0] * 50 > SETTLE_LIMIT.toMillis()) {
                poll.stop();
                then.run();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    /** A slide as taken: a picture of the window, or (when the sink wants drawings and the view has one) the view's drawing. */
    record Page(BufferedImage picture, VectorDrawing drawing) {}

    /** Where the pictures go, one at a time, on a thread of its own (the views' reads keep theirs). */
    abstract static class Sink implements AutoCloseable {
        private final java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "entente-story-export");
            t.setDaemon(true);
            return t;
        });
        private final List<java.util.concurrent.Future<?>> queued = new ArrayList<>();

        /** Queues the picture or drawing of slide {@code index}. */
        final void accept(int index, Page page) { queued.add(thread.submit(() -> { write(index, page); return null; })); }

        /** Whether the views' own drawings are wanted where they have one (a PDF's vector pages), or pictures only. */
        boolean wantsDrawings() { return false; }

        /** Waits for every queued picture (the first failure is thrown), then finishes the file(s); returns what was written, in words. */
        final String finish() throws Exception {
            for (java.util.concurrent.Future<?> f : queued) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Exception x ? x : e;
                }
            }
            return thread.submit(this::complete).get();
        }

        /** Lets the queued writing end (a write half done is not cut off), then {@link #drop()}s what was begun. */
        final void discard() throws IOException {
            thread.shutdown();
            try {
                thread.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            drop();
        }

        abstract void write(int index, Page page) throws IOException;

        abstract String complete() throws IOException;

        /** Removes what was begun (cancel or failure): no file is left behind. */
        abstract void drop() throws IOException;

        @Override
        public void close() {
            thread.shutdownNow();
        }
    }

    /**
     * NN-title.png files in a folder. They are written into a hidden folder of their own inside it
     * and moved out only once all are written: a cancel or a failure removes that folder and leaves
     * the chosen folder as it was, files of an earlier export of the same names included.
     */
    static final class PngSink extends Sink {
        private final List<Slide> slides;
        private final Path folder;
        private Path staging;
        private int count;

        PngSink(List<Slide> slides, Path folder) {
            this.slides = slides;
            this.folder = folder;
        }

        @Override
        void write(int index, Page page) throws IOException {
            BufferedImage image = page.picture();
            if (staging == null) {
                Files.createDirectories(folder);
                staging = Files.createTempDirectory(folder, ".entente-export-");
            }
            javax.imageio.ImageIO.write(image, "png", staging.resolve(name(index)).toFile());
            count++;
        }

        private String name(int index) { return String.format(Locale.ROOT, "%02d-%s.png", index + 1, fileName(slides.get(index).title())); }

        @Override
        String complete() throws IOException {
            for (int i = 0; i < count; i++)
                Files.move(staging.resolve(name(i)), folder.resolve(name(i)), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(staging);
            return I18n.t("story.export.pngs.done", count, folder.toString());
        }

        @Override
        void drop() throws IOException {
            if (staging == null || !Files.exists(staging)) return;
            try (var files = Files.list(staging)) {
                for (Path p : files.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(staging);
        }
    }

    /**
     * One PDF, a page per slide, each bookmarked with its slide's title; saved beside the target and
     * moved into place, so a failed or cancelled export leaves no half file. A picture's page is sized
     * to the window (a point per pixel of the window, the picture's extra pixels making it sharp); a
     * drawing's page is the view's size with a band above for the slide's title, all of it shapes and
     * text (text in the PDF's standard Helvetica where it can be written in it, so it can be searched
     * and selected; other scripts as glyph outlines, as the timeline's own PDF).
     */
    static final class PdfSink extends Sink {
        private final List<Slide> slides;
        private final double scale;
        private final Path target;
        private final PDDocument doc = new PDDocument();
        private final PDDocumentOutline outline = new PDDocumentOutline();
        /** Text as text in the standard 14 fonts where they can write it; the rest as outlines. */
        private final PdfBoxGraphics2DFontTextDrawerDefaultFonts text = new StandardFontText();
        /** The title's band above a drawing's page, in points. */
        static final float TITLE_BAND = 56;

        PdfSink(List<Slide> slides, double scale, String title, Path target) {
            this.slides = slides;
            this.scale = scale;
            this.target = target;
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("Entente");
            doc.getDocumentCatalog().setDocumentOutline(outline);
        }

        @Override
        boolean wantsDrawings() { return true; }

        @Override
        void write(int index, Page slide) throws IOException {
            PDPage page = slide.drawing() != null ? drawingPage(slides.get(index).title(), slide.drawing()) : picturePage(slide.picture());
            PDOutlineItem mark = new PDOutlineItem();
            mark.setTitle((index + 1) + ". " + slides.get(index).title());
            mark.setDestination(page);
            outline.addLast(mark);
        }

        private PDPage picturePage(BufferedImage image) throws IOException {
            float w = (float) (image.getWidth() / scale), h = (float) (image.getHeight() / scale);
            PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(picture, 0, 0, w, h);
            }
            return page;
        }

        /** The slide's title in a band, the view's drawing below it at its screen size; a point per pixel. */
        private PDPage drawingPage(String title, VectorDrawing drawing) throws IOException {
            float w = (float) drawing.width(), band = TITLE_BAND, h = (float) drawing.height() + band;
            return VectorPdf.addPage(doc, w, h, g -> {
                g.setFontTextDrawer(text);
                g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setColor(java.awt.Color.WHITE);
                g.fill(new java.awt.geom.Rectangle2D.Float(0, 0, w, band));
                g.setColor(new java.awt.Color(0x1c2833));
                g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 22));
                g.drawString(title, 16f, band - 16f);
                java.awt.Graphics2D view = (java.awt.Graphics2D) g.create();
                try {
                    view.translate(0, band);
                    view.clip(new java.awt.geom.Rectangle2D.Double(0, 0, drawing.width(), drawing.height()));
                    drawing.draw().accept(view);
                } finally {
                    view.dispose();
                }
            });
        }

        @Override
        String complete() throws IOException {
            Path tmp = target.resolveSibling(target.getFileName() + ".part");
            try {
                doc.save(tmp.toFile());
                doc.close();
                text.close();
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            return target.getFileName().toString();
        }

        @Override
        void drop() throws IOException {
            text.close();
            doc.close();
        }
    }

    /**
     * The bridge's standard-font text, for strings its fonts can write only: the bridge checks the
     * font but not each character, and a character outside the font's encoding (Vietnamese "ư",
     * Chinese) failed half-way and left the page's text object open. Such strings go as outlines.
     */
    private static final class StandardFontText extends PdfBoxGraphics2DFontTextDrawerDefaultFonts {
        private static final org.apache.pdfbox.pdmodel.font.PDType1Font HELVETICA =
                new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);

        @Override
        public boolean canDrawText(java.text.AttributedCharacterIterator text, IFontTextDrawerEnv env) throws IOException, java.awt.FontFormatException {
            StringBuilder chars = new StringBuilder();
            for (char c = text.first(); c != java.text.CharacterIterator.DONE; c = text.next()) chars.append(c);
            text.first();
            try {
                HELVETICA.encode(chars.toString()); // the standard fonts share one encoding (WinAnsi)
            } catch (IllegalArgumentException notInTheFont) {
                return false;
            }
            return super.canDrawText(text, env);
        }
    }

    /** A title as a file name: letters (any script), digits, spaces as '-'. */
    static String fileName(String title) {
        String s = title.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "slide" : s.length() > 60 ? s.substring(0, 60) : s;
    }
}
