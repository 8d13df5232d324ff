package org.entente.exchange;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;

import org.jcodec.api.SequenceEncoder;
import org.jcodec.common.Codec;
import org.jcodec.common.Format;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.model.Rational;
import org.jcodec.scale.AWTUtil;

/**
 * Writes an H.264 video in an MP4 file with JCodec (pure Java; ADR 0018): every frame the same
 * size, each shown for the same time, one video frame per picture (no frames repeated to make a
 * usual frame rate: a replay of 120 dates is 120 frames, at one per second if asked). The MP4's
 * index is written at the end, at the start of the file, so the writer needs a file it can seek in.
 *
 * <pre>{@code try (Mp4Video video = new Mp4Video(channel, 100)) { video.add(frame1); video.add(frame2); }}</pre>
 */
public final class Mp4Video implements Closeable {
    private final SequenceEncoder encoder;
    private int width = -1, height = -1, frames;
    private boolean closed;

    /**
     * @param file              where the video goes, empty and open for writing (not closed by {@link #close()})
     * @param delayCentiseconds how long each frame shows, in hundredths of a second (as the GIF's), 1–65535
     */
    public Mp4Video(FileChannel file, int delayCentiseconds) throws IOException {
        if (delayCentiseconds < 1 || delayCentiseconds > 65_535)
            throw new IllegalArgumentException("a video frame shows for 0.01 to 655.35 s, not " + delayCentiseconds / 100.0 + " s");
        // A time scale of 100 a second and each frame delayCentiseconds long: the frame rate is exact.
        // JCodec's MOV muxer writes an ISO MP4 ("isom", "avc1", "mp41" brands).
        this.encoder = new SequenceEncoder(new FileChannelWrapper(file), Rational.R(100, delayCentiseconds), Format.MOV, Codec.H264, null);
    }

    /** Appends a frame; all frames must have the first one's size, and an even width and height (the colour planes are half size). */
    public void add(BufferedImage rgb) throws IOException {
        if (width < 0) {
            if (rgb.getWidth() % 2 != 0 || rgb.getHeight() % 2 != 0)
                throw new IllegalArgumentException("an H.264 video is an even number of pixels wide and high, not " + rgb.getWidth() + "×" + rgb.getHeight());
            width = rgb.getWidth();
            height = rgb.getHeight();
        } else if (rgb.getWidth() != width || rgb.getHeight() != height) {
            throw new IllegalArgumentException("frame " + (frames + 1) + " is " + rgb.getWidth() + "×" + rgb.getHeight()
                    + ", the first was " + width + "×" + height);
        }
        encoder.encodeNativeFrame(AWTUtil.fromBufferedImageRGB(rgb));
        frames++;
    }

    public int frames() { return frames; }

    /** Ends the video: writes its index. The channel stays open. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        if (frames > 0) encoder.finish();
    }
}
