package org.gongshi.sheet;

import java.util.ArrayList;
import java.util.List;

/** A listener that remembers what it was given (tests only: the real one masks and forgets). */
final class Recorder implements SheetListener {

    SheetHeader header;
    final List<SheetRow> rows = new ArrayList<>();
    final List<SheetProgress> progress = new ArrayList<>();

    @Override
    public void header(SheetHeader header) {
        if (this.header != null) {
            throw new AssertionError("header delivered twice");
        }
        this.header = header;
    }

    @Override
    public void row(SheetRow row) {
        if (header == null) {
            throw new AssertionError("row before header");
        }
        if (row.cells().size() != header.width()) {
            throw new AssertionError("row " + row.number() + " has " + row.cells().size() + " cells");
        }
        rows.add(row);
    }

    @Override
    public void progress(SheetProgress p) {
        progress.add(p);
    }

    List<List<String>> cells() {
        return rows.stream().map(SheetRow::cells).toList();
    }

    List<Integer> numbers() {
        return rows.stream().map(SheetRow::number).toList();
    }
}
