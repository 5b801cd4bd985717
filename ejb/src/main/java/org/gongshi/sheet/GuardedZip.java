package org.gongshi.sheet;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipEntrySource;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The xlsx package read in place from the uploaded bytes — nothing is written to disk and nothing
 * is inflated before it is asked for — with zip-bomb guards on every part as it inflates:
 * Apache POI's ZipSecureFile rule (compressed / inflated may not fall below
 * {@link SheetLimits#minInflateRatio()} once a part is past {@link SheetLimits#INFLATE_GRACE_BYTES}),
 * and a cap on the bytes all parts may inflate to together. POI's own ZipSecureFile settings are
 * JVM-wide statics shared with the search indexer; these limits belong to one read.
 */
final class GuardedZip implements ZipEntrySource {

    /** Parts in a package at most; a real workbook has a few dozen. */
    static final int MAX_ENTRIES = 1_000;

    private final ZipFile zip;
    private final SheetLimits limits;
    private long inflatedTotal;
    private boolean closed;

    private GuardedZip(ZipFile zip, SheetLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    /** Opens the package; a file that is not a readable ZIP is refused as corrupt. */
    static GuardedZip open(byte[] bytes, SheetLimits limits) {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        } catch (IOException | RuntimeException e) {
            throw new SheetRejected(SheetRejected.Reason.CORRUPT);
        }
        int entries = 0;
        for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); e.nextElement()) {
            if (++entries > MAX_ENTRIES) {
                throw new SheetRejected(SheetRejected.Reason.ZIP_BOMB);
            }
        }
        if (entries == 0) {
            throw new SheetRejected(SheetRejected.Reason.CORRUPT);
        }
        return new GuardedZip(zip, limits);
    }

    boolean hasEntry(String name) {
        return zip.getEntry(name) != null;
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return zip.getEntries();
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        ZipArchiveEntry entry = zip.getEntry(path);
        if (entry == null) {
            // Some writers store names with backslashes or another case; POI looks for those too.
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                if (e.getName().replace('\\', '/').equalsIgnoreCase(path)) {
                    return e;
                }
            }
        }
        return entry;
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        return new Guarded(zip.getInputStream(entry));
    }

    @Override
    public void close() throws IOException {
        closed = true;
        zip.close();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    /** One part as it inflates, counted. */
    private final class Guarded extends FilterInputStream {
        private long inflated;

        Guarded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = in.skip(n);
            if (s > 0) {
                counted(s);
            }
            return s;
        }

        private void counted(long n) {
            inflated += n;
            inflatedTotal += n;
            if (inflatedTotal > limits.maxInflatedBytes()) {
                throw new SheetRejected(SheetRejected.Reason.ZIP_BOMB);
            }
            if (inflated > SheetLimits.INFLATE_GRACE_BYTES && in instanceof InputStreamStatistics stats) {
                double ratio = (double) stats.getCompressedCount() / inflated;
                if (ratio < limits.minInflateRatio()) {
                    throw new SheetRejected(SheetRejected.Reason.ZIP_BOMB);
                }
            }
        }
    }
}
