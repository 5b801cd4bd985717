package org.gongshi.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The upload as it arrives, cut off at the size limit: the count is of bytes really read, so a
 * client that declares a small length and sends more is stopped all the same. A broken upload
 * (the client went away) is refused as unreadable, not as a damaged file.
 */
final class CappedInputStream extends FilterInputStream {

    private final long max;
    private final String maxMegabytes;
    private long count;

    CappedInputStream(InputStream in, SheetLimits limits) {
        super(in);
        this.max = limits.maxBytes();
        this.maxMegabytes = limits.maxMegabytes();
    }

    long count() {
        return count;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        int n;
        try {
            n = in.read(b, off, (int) Math.min(len, max + 1 - count));
        } catch (IOException e) {
            throw new SheetRejected(SheetRejected.Reason.UNREADABLE);
        }
        if (n > 0) {
            count += n;
            if (count > max) {
                throw new SheetRejected(SheetRejected.Reason.TOO_LARGE, maxMegabytes);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) {
        byte[] sink = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Everything, up to the limit. */
    byte[] readAll() {
        try {
            return readAllBytes();
        } catch (IOException e) {
            throw new SheetRejected(SheetRejected.Reason.UNREADABLE);
        }
    }
}
