package org.entente.exchange;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an animated GIF with the JDK's own GIF writer (no dependency): every frame the same size,
 * shown for the same delay, the animation looping for ever (the NETSCAPE2.0 extension that
 * browsers, slide software and image viewers read).
 *
 * <p>Frames come in as RGB pictures and are reduced to 256 colours here: each frame's most
 * frequent colours (in 15-bit buckets, each bucket the colour most of its pixels have) make its
 * palette and every other colour goes to the nearest of them. Drawings of flat colours keep their colours exactly; the JDK's own
 * conversion (an octree per frame) gives the same look about five times slower.
 *
 * <pre>{@code try (AnimatedGif gif = new AnimatedGif(out, 100)) { gif.add(frame1); gif.add(frame2); }}</pre>
 */
public final class AnimatedGif implements Closeable {
    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int delayCentiseconds;
    private int width = -1, height = -1, frames;

    /**
     * @param out               where the GIF goes (not closed by {@link #close()})
     * @param delayCentiseconds how long each frame shows, in hundredths of a second (GIF's unit), 1–65535
     */
    public AnimatedGif(OutputStream out, int delayCentiseconds) throws IOException {
        if (delayCentiseconds < 1 || delayCentiseconds > 65_535)
            throw new IllegalArgumentException("a GIF frame shows for 0.01 to 655.35 s, not " + delayCentiseconds / 100.0 + " s");
        this.delayCentiseconds = delayCentiseconds;
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        this.stream = ImageIO.createImageOutputStream(out);
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    /** Appends a frame; all frames must have the first one's size. */
    public void add(BufferedImage rgb) throws IOException {
        if (width < 0) {
            width = rgb.getWidth();
            height = rgb.getHeight();
        } else if (rgb.getWidth() != width || rgb.getHeight() != height) {
            throw new IllegalArgumentException("frame " + (frames + 1) + " is " + rgb.getWidth() + "×" + rgb.getHeight()
                    + ", the first was " + width + "×" + height);
        }
        BufferedImage indexed = reduce(rgb);
        writer.writeToSequence(new IIOImage(indexed, null, metadata(indexed, frames == 0)), null);
        frames++;
    }

    public int frames() { return frames; }

    /** Ends the GIF and flushes it; the output stream stays open. */
    @Override
    public void close() throws IOException {
        try {
            if (frames > 0) writer.endWriteSequence();
            stream.flush();
        } finally {
            writer.dispose();
            stream.close();
        }
    }

    private IIOMetadata metadata(BufferedImage image, boolean first) throws IOException {
        // The image's own palette: createFromRenderedImage would give the standard 6×6×6 one of an indexed type.
        IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0 = for ever
            apps.appendChild(loop);
        }
        meta.setFromTree(format, root);
        return meta;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++)
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(i);
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    // ---- 256 colours -----------------------------------------------------------------------------------

    private static int bucket(int rgb) { return (rgb >> 9 & 0x7c00) | (rgb >> 6 & 0x03e0) | (rgb >> 3 & 0x001f); }

    /** The picture in at most 256 colours: its most frequent colours, every other one mapped to the nearest. */
    static BufferedImage reduce(BufferedImage rgb) {
        int w = rgb.getWidth(), h = rgb.getHeight();
        int[] pixels = rgb.getRGB(0, 0, w, h, null, 0, w);
        int[] count = new int[32_768];
        // Each bucket's colour: the one most of its pixels have (a majority vote in one pass), so a flat
        // colour (the background, a tie's colour) comes out exactly, not averaged with its anti-aliased edges.
        int[] colour = new int[32_768], votes = new int[32_768];
        for (int p : pixels) {
            int b = bucket(p);
            count[b]++;
            if (votes[b] == 0) {
                colour[b] = p;
                votes[b] = 1;
            } else if (colour[b] == p) {
                votes[b]++;
            } else {
                votes[b]--;
            }
        }
        // The 256 fullest buckets (a partial selection by count; ties by bucket for a stable result).
        int used = 0;
        for (int c : count) if (c > 0) used++;
        int[] buckets = new int[used];
        for (int b = 0, i = 0; b < count.length; b++) if (count[b] > 0) buckets[i++] = b;
        Integer[] order = new Integer[used];
        for (int i = 0; i < used; i++) order[i] = buckets[i];
        java.util.Arrays.sort(order, (x, y) -> count[y] != count[x] ? Integer.compare(count[y], count[x]) : Integer.compare(x, y));
        int size = Math.min(256, Math.max(2, used));
        // A GIF colour table holds a power of two of colours: the rest stay unused (black).
        int tableSize = Integer.highestOneBit(size - 1) << 1;
        byte[] r = new byte[tableSize], g = new byte[tableSize], bl = new byte[tableSize];
        int[] index = new int[32_768];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < Math.min(size, used); i++) {
            int b = order[i];
            r[i] = (byte) (colour[b] >> 16);
            g[i] = (byte) (colour[b] >> 8);
            bl[i] = (byte) colour[b];
            index[b] = i;
        }
        for (int i = size; i < used; i++) index[order[i]] = nearest(order[i], r, g, bl, Math.min(size, used));
        BufferedImage indexed = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, tableSize, r, g, bl));
        byte[] out = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) out[i] = (byte) index[bucket(pixels[i])];
        return indexed;
    }

    private static int nearest(int bucket, byte[] r, byte[] g, byte[] b, int n) {
        int br = (bucket >> 10 & 31) << 3 | 4, bg = (bucket >> 5 & 31) << 3 | 4, bb = (bucket & 31) << 3 | 4;
        int best = 0, bestD = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            int dr = br - (r[i] & 0xff), dg = bg - (g[i] & 0xff), db = bb - (b[i] & 0xff);
            // weighted towards green, as the eye is
            int d = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }
}
