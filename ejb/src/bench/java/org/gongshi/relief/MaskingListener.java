package org.gongshi.relief;

import org.gongshi.privacy.IdNumberHash;
import org.gongshi.sheet.ColumnSuggestions;
import org.gongshi.sheet.SheetHeader;
import org.gongshi.sheet.SheetListener;
import org.gongshi.sheet.SheetRow;

import java.util.function.Consumer;

/**
 * The import's masking path without the database, for the import benchmark
 * ({@code org.gongshi.sheet.ImportBenchmark#parseAndMask}): the header's suggested mapping, the
 * 低保 first-review list's default policy, and every row masked and its ID hashed by
 * {@link RowMasker}, exactly as {@code ReliefDesk.importList} does before persisting.
 */
public final class MaskingListener implements SheetListener {

    private static final IdNumberHash HASH = new IdNumberHash(new byte[32]);

    private final Consumer<Object> sink;
    private RowMasker masker;
    private long masked;

    public MaskingListener(Consumer<Object> sink) {
        this.sink = sink;
    }

    @Override
    public void header(SheetHeader header) {
        masker = new RowMasker(header, ColumnSuggestions.mapping(ColumnSuggestions.suggest(header.cells())),
                ReliefListType.DIBAO_FIRST_REVIEW.defaultPolicy(), HASH);
        sink.accept(masker.headings(header));
    }

    @Override
    public void row(SheetRow row) {
        MaskedRow m = masker.mask(row.cells());
        masked++;
        sink.accept(m);
    }

    public long masked() {
        return masked;
    }
}
