package org.entente.ui.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import javafx.scene.paint.Color;

import org.entente.app.LibraryService;
import org.entente.app.network.NetworkData;
import org.entente.app.task.CurrentThreadTaskExecutor;
import org.entente.app.task.TaskProgress;
import org.entente.controls.network.NetworkStyle;
import org.entente.store.Library;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network replay as a GIF, from the starter library, read back with the JDK's GIF reader. */
public class NetworkReplayTest {
    @TempDir static Path dir;
    static NetworkViewModel vm;

    /** The network view's light colours (network-view.css), as the view reads them from CSS (also for the replay benchmark). */
    public static final NetworkStyle LIGHT = new NetworkStyle(Color.web("#ffffff"), Color.web("#fdfdfd"), Color.web("#37474f"), Color.web("#263238"),
            Color.web("#b0bec5"), Color.web("#1c2833"), Color.web("#1565c0"), Color.web("#1c2833"), Color.web("#5f7480"), Color.web("#4e8f7a"),
            Color.web("#9e9e9e"), Color.web("#6fa8dc"), Color.web("#e69b2e"), Color.web("#c73e4e"), Color.web("#6d3b8c"), "System", 13);

    @BeforeAll
    static void starter() throws Exception {
        NetworkData data;
        try (Library library = LibraryService.openOrCreateWithStarter(dir.resolve("starter.db"))) {
            data = NetworkData.read(library);
        }
        vm = new NetworkViewModel(new CurrentThreadTaskExecutor());
        vm.show(data, LocalDate.of(2024, 7, 1));
        assertThat(vm.positions().get()).isNotEmpty();
    }

    /** A GIF's frames with their delay (hundredths of a second) and whether it asks to loop. */
    record Decoded(List<BufferedImage> frames, List<Integer> delays, boolean loops) {}

    static Decoded decode(Path gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            List<BufferedImage> frames = new ArrayList<>();
            List<Integer> delays = new ArrayList<>();
            boolean loops = false;
            for (int i = 0; i < n; i++) {
                frames.add(reader.read(i));
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                delays.add(Integer.parseInt(control.getAttribute("delayTime")));
                var apps = root.getElementsByTagName("ApplicationExtension");
                for (int a = 0; a < apps.getLength(); a++)
                    if ("NETSCAPE".equals(((IIOMetadataNode) apps.item(a)).getAttribute("applicationID"))) loops = true;
            }
            return new Decoded(frames, delays, loops);
        }
    }

    static Path write(NetworkReplay.Options options, Path target) throws Exception {
        return NetworkReplay.task(options, vm.frames(), vm.positions().get(), LIGHT, target).call(TaskProgress.NONE);
    }

    @Test
    void aYearlyReplayHasOneFrameAYearAtTheAskedSizeAndDelayAndLoops() throws Exception {
        NetworkReplay.Options options = NetworkReplay.Options.parse("2008", "2024", NetworkViewModel.Step.YEAR, "640x360", 0.5);
        Path gif = write(options, dir.resolve("yearly.gif"));
        Decoded d = decode(gif);
        assertThat(d.frames()).hasSize(17);
        assertThat(d.frames()).allSatisfy(f -> {
            assertThat(f.getWidth()).isEqualTo(640);
            assertThat(f.getHeight()).isEqualTo(360);
        });
        assertThat(d.delays()).hasSize(17).containsOnly(50);
        assertThat(d.loops()).isTrue();
        // The view's colours survive the reduction to 256: the background stays white, the caption dark.
        assertThat(d.frames().get(16).getRGB(2, 357) & 0xffffff).isEqualTo(0xffffff);
        assertThat(darkPixels(d.frames().get(16), 0, 0, 200, 30)).isGreaterThan(100);
        assertThat(options.dates()).startsWith(LocalDate.of(2008, 1, 1)).endsWith(LocalDate.of(2024, 1, 1));
        // The caption (top left) changes with the date, and ties come in: the drawings differ.
        assertThat(differingPixels(d.frames().get(0), d.frames().get(1), 0, 0, 320, 60)).isPositive();
        assertThat(differingPixels(d.frames().get(0), d.frames().get(16), 0, 60, 640, 300)).isGreaterThan(500);
        ImageIO.write(d.frames().get(16), "png", Files.createDirectories(Path.of("target/screenshots")).resolve("replay-frame-2024.png").toFile());
    }

    @Test
    void aMonthlyReplayStepsByMonthUpToTheEndOfTheLastMonth() throws Exception {
        NetworkReplay.Options options = NetworkReplay.Options.parse("2023-11", "2024-02", NetworkViewModel.Step.MONTH, "320×180", 0.25);
        assertThat(options.dates()).containsExactly(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 2, 1));
        Decoded d = decode(write(options, dir.resolve("monthly.gif")));
        assertThat(d.frames()).hasSize(4);
        assertThat(d.delays()).containsOnly(25);
        assertThat(d.frames().get(0).getWidth()).isEqualTo(320);
    }

    @Test
    void aCancelledReplayLeavesNoFile() throws Exception {
        cancelAfterThreeFramesLeavesNothing(NetworkReplay.Format.GIF);
    }

    /** A replay cancelled at its third frame: the task stops there and the folder stays empty (neither the file nor its temporary file). */
    static void cancelAfterThreeFramesLeavesNothing(NetworkReplay.Format format) throws Exception {
        Path target = dir.resolve("cancelled-" + format).resolve("replay." + format.extension());
        Files.createDirectories(target.getParent());
        AtomicInteger updates = new AtomicInteger();
        TaskProgress cancelAfterThreeFrames = new TaskProgress() {
            @Override
            public void update(long done, long total, String message) { updates.incrementAndGet(); }

            @Override
            public boolean isCancelled() { return updates.get() >= 3; }
        };
        NetworkReplay.Options options = NetworkReplay.Options.parse("2008", "2024", NetworkViewModel.Step.YEAR, "640x360", 1, format);
        assertThatThrownBy(() -> NetworkReplay.task(options, vm.frames(), vm.positions().get(), LIGHT, target).call(cancelAfterThreeFrames))
                .isInstanceOf(CancellationException.class);
        assertThat(updates.get()).isEqualTo(3);
        try (var files = Files.list(target.getParent())) {
            assertThat(files).isEmpty();
        }
    }

    /** A video's frames as JCodec's own decoder reads them back, and each frame's duration in seconds as the MP4 gives it. */
    record DecodedVideo(List<BufferedImage> frames, List<Double> seconds) {}

    static DecodedVideo decodeMp4(Path mp4) throws Exception {
        try (org.jcodec.common.io.SeekableByteChannel in = org.jcodec.common.io.NIOUtils.readableChannel(mp4.toFile())) {
            org.jcodec.api.awt.AWTFrameGrab grab = org.jcodec.api.awt.AWTFrameGrab.createAWTFrameGrab(in);
            List<BufferedImage> frames = new ArrayList<>();
            for (BufferedImage f; (f = grab.getFrame()) != null; ) frames.add(f);
            in.setPosition(0);
            var demuxer = org.jcodec.containers.mp4.demuxer.MP4Demuxer.createMP4Demuxer(in);
            var track = demuxer.getVideoTrack();
            List<Double> seconds = new ArrayList<>();
            for (org.jcodec.common.model.Packet p; (p = track.nextFrame()) != null; ) seconds.add(p.getDuration() / (double) p.getTimescale());
            return new DecodedVideo(frames, seconds);
        }
    }

    @Test
    void anMp4ReplayDecodesWithOneFrameAYearAtTheAskedSizeAndSpeed() throws Exception {
        NetworkReplay.Options options = NetworkReplay.Options.parse("2008", "2024", NetworkViewModel.Step.YEAR, "640x360", 0.5,
                NetworkReplay.Format.MP4);
        Path mp4 = write(options, dir.resolve("yearly.mp4"));
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(mp4), 12);
        assertThat(new String(head, 4, 8, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ftypisom"); // an ISO MP4
        DecodedVideo d = decodeMp4(mp4);
        assertThat(d.frames()).hasSize(17).allSatisfy(f -> {
            assertThat(f.getWidth()).isEqualTo(640);
            assertThat(f.getHeight()).isEqualTo(360);
        });
        // Each frame half a second: 50 ticks of a hundredth of a second.
        assertThat(d.seconds()).hasSize(17).containsOnly(0.5);
        // Lossy, but the drawing is there: a near-white background, a dark caption that changes, ties that come in.
        BufferedImage last = d.frames().get(16);
        assertThat(last.getRGB(2, 357) & 0xff).isGreaterThan(0xf0);
        assertThat(darkPixels(last, 0, 0, 200, 30)).isGreaterThan(100);
        assertThat(differingPixels(d.frames().get(0), d.frames().get(16), 0, 60, 640, 300)).isGreaterThan(500);
        ImageIO.write(last, "png", Files.createDirectories(Path.of("target/screenshots")).resolve("replay-mp4-frame-2024.png").toFile());
    }

    @Test
    void aCancelledMp4ReplayLeavesNoFile() throws Exception {
        cancelAfterThreeFramesLeavesNothing(NetworkReplay.Format.MP4);
    }

    @Test
    void anMp4IsAnEvenNumberOfPixelsWideAndHigh() {
        assertThatThrownBy(() -> NetworkReplay.Options.parse("2008", "2024", NetworkViewModel.Step.YEAR, "641x360", 1, NetworkReplay.Format.MP4))
                .hasMessage("an MP4 video is an even number of pixels wide and high, not 641×360");
        assertThat(NetworkReplay.Options.parse("2008", "2024", NetworkViewModel.Step.YEAR, "641x361", 1).format()).isEqualTo(NetworkReplay.Format.GIF);
        assertThat(NetworkReplay.Format.of(Path.of("class", "Replay.MP4"))).isEqualTo(NetworkReplay.Format.MP4);
        assertThat(NetworkReplay.Format.of(Path.of("replay.gif"))).isEqualTo(NetworkReplay.Format.GIF);
    }

    @Test
    void theOddSizeOfAVideoIsSaidInVietnamese() {
        org.entente.i18n.I18n.setLocale(org.entente.i18n.I18n.VIETNAMESE);
        try {
            assertThatThrownBy(() -> NetworkReplay.Options.parse("2008", "2024", NetworkViewModel.Step.YEAR, "641x360", 1, NetworkReplay.Format.MP4))
                    .hasMessage("chiều rộng và chiều cao của video MP4 phải là số chẵn, không thể là 641×360");
            assertThat(org.entente.i18n.I18n.t("network.replay.filter.mp4")).isEqualTo("Video MP4 (H.264)");
        } finally {
            org.entente.i18n.I18n.setLocale(org.entente.i18n.I18n.ENGLISH);
        }
    }

    @Test
    void optionsThatCannotMakeAReplaySayWhy() {
        assertThatThrownBy(() -> NetworkReplay.Options.parse("2024", "2008", NetworkViewModel.Step.YEAR, "640x360", 1))
                .hasMessageContaining("before it starts");
        assertThatThrownBy(() -> NetworkReplay.Options.parse("2008", "2024", NetworkViewModel.Step.YEAR, "big", 1))
                .hasMessageContaining("\"big\" is not WIDTHxHEIGHT");
        assertThatThrownBy(() -> NetworkReplay.Options.parse("2008-13", "2024", NetworkViewModel.Step.YEAR, "640x360", 1))
                .hasMessageContaining("\"from\"");
        assertThatThrownBy(() -> NetworkReplay.Options.parse("1800", "2024", NetworkViewModel.Step.MONTH, "640x360", 1))
                .hasMessageContaining("too many");
        assertThatThrownBy(() -> NetworkReplay.Options.parse("2008", "2024", NetworkViewModel.Step.YEAR, "640x360", 0))
                .hasMessageContaining("0.02 to 600 seconds");
    }

    static int darkPixels(BufferedImage a, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < y0 + h; y++) for (int x = x0; x < x0 + w; x++) if ((a.getRGB(x, y) & 0xff) < 0x60) n++;
        return n;
    }

    static int differingPixels(BufferedImage a, BufferedImage b, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < y0 + h; y++) for (int x = x0; x < x0 + w; x++) if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
        return n;
    }
}
