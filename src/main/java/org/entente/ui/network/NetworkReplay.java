package org.entente.ui.network;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

import javafx.geometry.Point2D;

import org.entente.app.task.BackgroundTask;
import org.entente.app.task.TaskProgress;
import org.entente.controls.network.NetworkPicture;
import org.entente.controls.network.NetworkStyle;
import org.entente.exchange.AnimatedGif;
import org.entente.exchange.Mp4Video;
import org.entente.i18n.I18n;
import org.entente.model.EventDate;

/**
 * The network over a range of dates as an animated GIF or an MP4 video, for class: one frame per month or year,
 * each the network as of that date with the date as its caption, drawn as the view draws it (its
 * colours, ties, node sizes and the countries where the view has placed them, so that students can
 * follow each country from frame to frame). Made in a background task with progress and Cancel;
 * the file appears only once complete.
 */
public final class NetworkReplay {
    /** Frames are laid out at this height and enlarged to the size asked, so type grows with the picture. */
    static final double LAYOUT_HEIGHT = 540;
    /** More frames than this is a mistake (ten years by month is 121). */
    public static final int MAX_FRAMES = 2_000;

    private NetworkReplay() {}

    /** The replay's file: an animated GIF (the JDK's writer) or an H.264 MP4 video (JCodec, ADR 0018). */
    public enum Format {
        GIF("gif"), MP4("mp4");

        private final String extension;

        Format(String extension) { this.extension = extension; }

        /** "gif" or "mp4", without the dot. */
        public String extension() { return extension; }

        /** The format a file's name asks for: MP4 for ".mp4", GIF otherwise. */
        public static Format of(java.nio.file.Path file) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mp4") ? MP4 : GIF;
        }
    }

    /**
     * What to replay.
     *
     * @param from            the first frame's date
     * @param to              the last date a frame may have
     * @param step            a month or a year between frames
     * @param width           the GIF's width in pixels
     * @param height          the GIF's height in pixels
     * @param secondsPerFrame how long each frame shows (GIF counts hundredths of a second; the MP4 too)
     * @param format          GIF or MP4 (an MP4 is an even number of pixels wide and high)
     */
    public record Options(LocalDate from, LocalDate to, NetworkViewModel.Step step, int width, int height, double secondsPerFrame,
                          Format format) {
        public Options {
            if (format == null) format = Format.GIF;
            if (from == null || to == null) throw new IllegalArgumentException(I18n.t("network.replay.error.no-dates"));
            if (to.isBefore(from)) throw new IllegalArgumentException(I18n.t("network.replay.error.backwards", to.toString(), from.toString()));
            // sizes and counts as text: a number argument would be grouped ("7,680")
            if (width < 160 || height < 120 || width > 7680 || height > 4320)
                throw new IllegalArgumentException(I18n.t("network.replay.error.size-range", Integer.toString(width), Integer.toString(height)));
            if (format == Format.MP4 && (width % 2 != 0 || height % 2 != 0))
                throw new IllegalArgumentException(I18n.t("network.replay.error.odd-size", Integer.toString(width), Integer.toString(height)));
            if (!(secondsPerFrame >= 0.02 && secondsPerFrame <= 600))
                throw new IllegalArgumentException(I18n.t("network.replay.error.seconds", I18n.decimal(secondsPerFrame, 6)));
            if (step == null) step = NetworkViewModel.Step.YEAR;
            long frames = frameCount(from, to, step);
            if (frames > MAX_FRAMES)
                throw new IllegalArgumentException(I18n.t("network.replay.error.too-many", Long.toString(frames), Integer.toString(MAX_FRAMES)));
        }

        /**
         * From the words a person types: {@code from} and {@code to} as a year, a month or a day
         * ("2008", "2008-06", "2008-06-19"), the first from the start of its period and the last to
         * its end, so "2008" to "2024" by year gives 17 frames, 1 January 2008 to 1 January 2024;
         * {@code size} as "1280x720" (or with ×).
         */
        public static Options parse(String from, String to, NetworkViewModel.Step step, String size, double secondsPerFrame) {
            return parse(from, to, step, size, secondsPerFrame, Format.GIF);
        }

        /** As {@link #parse(String, String, NetworkViewModel.Step, String, double)}, as a GIF or an MP4. */
        public static Options parse(String from, String to, NetworkViewModel.Step step, String size, double secondsPerFrame, Format format) {
            EventDate first = date(I18n.t("network.replay.field.from"), from), last = date(I18n.t("network.replay.field.to"), to);
            int[] wh = size(size);
            return new Options(first.firstLocalDate(), LocalDate.ofEpochDay(last.endDay() - 1), step, wh[0], wh[1], secondsPerFrame, format);
        }

        public List<LocalDate> dates() { return NetworkReplay.dates(from, to, step); }

        /** The delay per frame in hundredths of a second, the GIF's unit (and the MP4's time scale). */
        public int delayCentiseconds() { return (int) Math.max(1, Math.round(secondsPerFrame * 100)); }
    }

    private static EventDate date(String field, String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException(I18n.t("network.replay.error.no-date", field));
        try {
            return EventDate.parse(text.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(I18n.t("network.replay.error.bad-date", field, e.getMessage()), e);
        }
    }

    /** "1280x720", "1280×720" or "1280 x 720" as {width, height}. */
    public static int[] size(String text) {
        String[] wh = text == null ? new String[0] : text.strip().toLowerCase(Locale.ROOT).split("\\s*[x×]\\s*");
        try {
            if (wh.length == 2) return new int[] {Integer.parseInt(wh[0]), Integer.parseInt(wh[1])};
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(I18n.t("network.replay.error.size", text));
    }

    static long frameCount(LocalDate from, LocalDate to, NetworkViewModel.Step step) {
        long steps = step == NetworkViewModel.Step.YEAR ? java.time.temporal.ChronoUnit.YEARS.between(from, to)
                : java.time.temporal.ChronoUnit.MONTHS.between(from, to);
        return steps + 1;
    }

    /** The frames' dates: {@code from}, then a month or a year later each, up to {@code to}. */
    public static List<LocalDate> dates(LocalDate from, LocalDate to, NetworkViewModel.Step step) {
        List<LocalDate> out = new ArrayList<>();
        for (long i = 0; ; i++) {
            LocalDate d = step == NetworkViewModel.Step.YEAR ? from.plusYears(i) : from.plusMonths(i);
            if (d.isAfter(to)) return out;
            out.add(d);
        }
    }

    /** The date as each frame's caption shows it ("1 January 2008"), as the view's own caption. */
    public static String caption(LocalDate date) { return NetworkViewModel.dateText(date); }

    /** Where the frames go: the GIF or the video. */
    private interface FrameSink extends java.io.Closeable {
        void add(BufferedImage frame) throws IOException;
    }

    /**
     * Writes the GIF (the options' format must be GIF): for each date, the frame the view would show,
     * drawn at the options' size on one fixed view (fitted to the positions), so nothing moves but what
     * changed. Reports a step per frame; stops with a {@link CancellationException} once {@code progress}
     * is cancelled.
     */
    public static void write(Options options, Function<LocalDate, NetworkViewModel.Frame> frames, Map<Long, Point2D> positions,
                             NetworkStyle style, OutputStream out, TaskProgress progress) throws IOException {
        // A programmer's mistake, not the user's: an MP4 goes through the FileChannel write below.
        if (options.format() != Format.GIF) throw new IllegalArgumentException(options.format().name());
        AnimatedGif gif = new AnimatedGif(out, options.delayCentiseconds());
        draw(options, frames, positions, style, progress, new FrameSink() {
            @Override public void add(BufferedImage frame) throws IOException { gif.add(frame); }
            @Override public void close() throws IOException { gif.close(); }
        });
    }

    /** Writes the replay in the options' format into {@code file}, a new empty file that the MP4's writer may seek in. */
    public static void write(Options options, Function<LocalDate, NetworkViewModel.Frame> frames, Map<Long, Point2D> positions,
                             NetworkStyle style, java.nio.channels.FileChannel file, TaskProgress progress) throws IOException {
        if (options.format() == Format.GIF) {
            OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(file));
            write(options, frames, positions, style, out, progress);
            out.flush();
            return;
        }
        Mp4Video video = new Mp4Video(file, options.delayCentiseconds());
        draw(options, frames, positions, style, progress, new FrameSink() {
            @Override public void add(BufferedImage frame) throws IOException { video.add(frame); }
            @Override public void close() throws IOException { video.close(); }
        });
    }

    private static void draw(Options options, Function<LocalDate, NetworkViewModel.Frame> frames, Map<Long, Point2D> positions,
                             NetworkStyle style, TaskProgress progress, FrameSink sink) throws IOException {
        List<LocalDate> dates = options.dates();
        double zoom = Math.max(0.5, options.height() / LAYOUT_HEIGHT);
        double[] transform = NetworkPicture.fit(options.width() / zoom, options.height() / zoom, style, positions.values());
        try (sink) {
            for (int i = 0; i < dates.size(); i++) {
                if (progress.isCancelled()) throw new CancellationException(I18n.t("network.replay.cancelled"));
                LocalDate date = dates.get(i);
                progress.update(i, dates.size(), I18n.t("network.replay.progress", i + 1, dates.size(), caption(date)));
                NetworkViewModel.Frame f = frames.apply(date);
                BufferedImage picture = NetworkPicture.paint(style, new NetworkPicture.Content(f.nodes(), f.edges(), positions, caption(date),
                        f.subtitle(), f.sizeLegend()), transform, options.width(), options.height(), zoom);
                sink.add(picture);
            }
            progress.update(dates.size(), dates.size(), null);
        }
    }

    /** {@link #write} into {@code target} as a background task: a cancel or a failure leaves no file. */
    public static BackgroundTask<Path> task(Options options, Function<LocalDate, NetworkViewModel.Frame> frames, Map<Long, Point2D> positions,
                                            NetworkStyle style, Path target) {
        Map<Long, Point2D> fixed = Map.copyOf(positions);
        return BackgroundTask.of(I18n.t("network.replay.task"), progress ->
                org.entente.app.AtomicFile.writeSeekable(target, file -> write(options, frames, fixed, style, file, progress)));
    }
}
