package app.haat.group;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading past the limit, so a 50 MB upload is refused without reading it all into memory. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Thrown (inside the reader's IOException) when the input goes past the limit. */
    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("file larger than " + limit + " bytes");
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && ++count > limit) {
            throw new TooLargeException(limit);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0 && (count += n) > limit) {
            throw new TooLargeException(limit);
        }
        return n;
    }
}
