package org.entente.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly and, at the first byte that is not UTF-8, fails with the line that byte
 * is on. The text before the bad byte is handed out first, and the failure comes with the next
 * read: readers that buffer ahead (a BufferedReader, the CSV parser) then meet it where it is,
 * and the line is counted from the bytes, not from how far a parser had got.
 */
final class StrictUtf8Reader extends Reader {
    /** Bytes that are not UTF-8, on a known line (1-based) of the file. */
    static final class NotUtf8Exception extends CharacterCodingException {
        private final long line;

        NotUtf8Exception(long line) { this.line = line; }

        long line() { return line; }

        @Override
        public String getMessage() { return "bytes that are not UTF-8 on line " + line; }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    /** Line of the next character handed out. */
    private long line = 1;
    private boolean endOfInput, flushed;
    private NotUtf8Exception pending;

    StrictUtf8Reader(InputStream in) { this.in = in; }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) return 0;
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        int counted = off;
        while (true) {
            if (pending != null) throw pending;
            if (flushed) return -1;
            CoderResult r = decoder.decode(bytes, out, endOfInput);
            if (endOfInput && r.isUnderflow() && !flushed) {
                decoder.flush(out);
                flushed = true;
            }
            for (; counted < out.position(); counted++) if (cbuf[counted] == '\n') line++;
            int produced = out.position() - off;
            if (r.isError()) {
                pending = new NotUtf8Exception(line);
                if (produced > 0) return produced; // the text before the bad byte first
                throw pending;
            }
            if (r.isOverflow() || produced > 0) return produced;
            if (flushed) return -1;
            // Every byte read so far is decoded: read more.
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) endOfInput = true;
            else bytes.position(bytes.position() + n);
            bytes.flip();
        }
    }

    @Override
    public void close() throws IOException { in.close(); }
}
