package dev.clssdk.cls.export.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * An input metered from a point on: after {@link #allow allow(n)}, at most {@code n} more bytes are
 * read through it, then each read fails with the exception it was made with. A parser that buffers
 * what it reads (a tar header, a CSV field) so holds no more than its budget. Unlimited until the
 * first {@code allow}.
 */
final class ByteBudget extends FilterInputStream {
    private final Supplier<IOException> over;
    private long left = Long.MAX_VALUE;

    /**
     * @param in the input
     * @param over the failure of a read past the budget
     */
    ByteBudget(InputStream in, Supplier<IOException> over) {
        super(in);
        this.over = over;
    }

    /**
     * From here on, at most {@code bytes} more.
     *
     * @param bytes the budget; {@link Long#MAX_VALUE} for none
     */
    void allow(long bytes) {
        left = bytes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (left <= 0) {
            throw over.get();
        }
        int n = in.read(b, off, (int) Math.min(len, left));
        if (n > 0 && left != Long.MAX_VALUE) {
            left -= n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        int chunk = (int) Math.max(0, Math.min(n, 8192));
        return Math.max(0, read(new byte[chunk], 0, chunk));
    }
}
