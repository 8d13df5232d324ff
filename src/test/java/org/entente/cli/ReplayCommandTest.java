package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.entente.app.LibraryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente replay}: the network over time as a GIF, from the command line, headless. */
class ReplayCommandTest extends CommandLineTestBase {
    @TempDir Path dir;

    @Test
    void writesOneFrameAYearAtTheSizeAsked() throws Exception {
        Path lib = dir.resolve("lib.entente");
        LibraryService.openOrCreateWithStarter(lib).close();
        Path gif = dir.resolve("replay.gif");
        assertThat(run("--library", lib.toString(), "replay", "--from", "2008", "--to", "2012", "--step", "year", "--size", "480x270",
                "--seconds", "0.75", gif.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Wrote 5 frames (480×270").contains(gif.toString());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(5);
            BufferedImage last = reader.read(4);
            assertThat(last.getWidth()).isEqualTo(480);
            assertThat(last.getHeight()).isEqualTo(270);
            var control = ((javax.imageio.metadata.IIOMetadataNode) reader.getImageMetadata(4).getAsTree("javax_imageio_gif_image_1.0"))
                    .getElementsByTagName("GraphicControlExtension").item(0);
            assertThat(((javax.imageio.metadata.IIOMetadataNode) control).getAttribute("delayTime")).isEqualTo("75");
        }
    }

    @Test
    void aWrongStepOrRangeIsAUsageErrorAndWritesNothing() throws Exception {
        Path lib = dir.resolve("lib.entente");
        LibraryService.openOrCreateWithStarter(lib).close();
        Path gif = dir.resolve("never.gif");
        assertThat(run("--library", lib.toString(), "replay", "--step", "week", gif.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--step \"week\": expected month or year");
        assertThat(run("--library", lib.toString(), "replay", "--from", "2024", "--to", "2008", gif.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("before it starts");
        assertThat(run("--library", dir.resolve("missing.db").toString(), "replay", gif.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist");
        assertThat(Files.exists(gif)).isFalse();
    }
}
