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

/**
 * A story's slides as pictures of the main window: each slide is put on the window in turn, the
 * views are let finish their reads and the timeline its glide, and the window is drawn at a scale
 * (2 for sharp slides on a projector). The pictures go to PNG files (one per slide) or to one PDF,
 * a page per slide with the slide's title as a bookmark. The window is put back as it was.
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
    CompletableFuture<Void> capture(List<Slide> slides, double scale, BiConsumer<Integer, BufferedImage> each,
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
                    SnapshotParameters p = new SnapshotParameters();
                    p.setTransform(Transform.scale(scale, scale));
                    BufferedImage image = SwingFXUtils.fromFXImage(host.stage().getScene().getRoot().snapshot(p, null), null);
                    each.accept(taken[0], image);
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

    /** Where the pictures go, one at a time, on a thread of its own (the views' reads keep theirs). */
    abstract static class Sink implements AutoCloseable {
        private final java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "entente-story-export");
            t.setDaemon(true);
            return t;
        });
        private final List<java.util.concurrent.Future<?>> queued = new ArrayList<>();

        /** Queues the picture of slide {@code index}. */
        final void accept(int index, BufferedImage image) { queued.add(thread.submit(() -> { write(index, image); return null; })); }

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

        abstract void write(int index, BufferedImage image) throws IOException;

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
        void write(int index, BufferedImage image) throws IOException {
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
     * One PDF, a page per picture sized to the window (a point per pixel of the window, the
     * picture's extra pixels making it sharp), each page bookmarked with its slide's title; saved
     * beside the target and moved into place, so a failed or cancelled export leaves no half file.
     */
    static final class PdfSink extends Sink {
        private final List<Slide> slides;
        private final double scale;
        private final Path target;
        private final PDDocument doc = new PDDocument();
        private final PDDocumentOutline outline = new PDDocumentOutline();

        PdfSink(List<Slide> slides, double scale, String title, Path target) {
            this.slides = slides;
            this.scale = scale;
            this.target = target;
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("Entente");
            doc.getDocumentCatalog().setDocumentOutline(outline);
        }

        @Override
        void write(int index, BufferedImage image) throws IOException {
            float w = (float) (image.getWidth() / scale), h = (float) (image.getHeight() / scale);
            PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(picture, 0, 0, w, h);
            }
            PDOutlineItem mark = new PDOutlineItem();
            mark.setTitle((index + 1) + ". " + slides.get(index).title());
            mark.setDestination(page);
            outline.addLast(mark);
        }

        @Override
        String complete() throws IOException {
            Path tmp = target.resolveSibling(target.getFileName() + ".part");
            try {
                doc.save(tmp.toFile());
                doc.close();
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            return target.getFileName().toString();
        }

        @Override
        void drop() throws IOException { doc.close(); }
    }

    /** A title as a file name: letters (any script), digits, spaces as '-'. */
    static String fileName(String title) {
        String s = title.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "slide" : s.length() > 60 ? s.substring(0, 60) : s;
    }
}
