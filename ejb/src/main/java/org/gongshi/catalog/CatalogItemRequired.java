package org.gongshi.catalog;

import org.gongshi.shared.GongshiException;

/**
 * A notice goes to review only filed under an item of its division's catalog (公开事项标准目录): none, an
 * unknown key or a disabled item is refused with a plain message (HTTP 422).
 */
public class CatalogItemRequired extends GongshiException {

    public CatalogItemRequired(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }
}
