package org.gongshi.relief;

import org.gongshi.shared.GongshiException;
import org.gongshi.sheet.SheetRejected;

/**
 * A spreadsheet refused by the sheet reader, as the relief API answers it: the sheet's own key and
 * arguments (plain Chinese), an oversized file as 413, a kind not accepted as 415, and a damaged,
 * header-only or otherwise unusable file as 422. Nothing was kept.
 */
public final class BadReliefFile extends GongshiException {

    private final Kind kind;

    BadReliefFile(SheetRejected rejected) {
        super(rejected.messageKey(), rejected.arguments().toArray());
        this.kind = switch (rejected.kind()) {
            case TOO_LARGE -> Kind.TOO_LARGE;
            case UNSUPPORTED -> Kind.UNSUPPORTED;
            default -> Kind.UNPROCESSABLE;
        };
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
