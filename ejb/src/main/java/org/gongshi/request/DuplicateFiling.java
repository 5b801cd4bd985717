package org.gongshi.request;

import org.gongshi.shared.InvalidState;

/**
 * The same request was filed by a resident moments ago (a double click, a re-posted form): refused
 * with the earlier receipt number, never its access code, so that no second case is opened.
 */
public class DuplicateFiling extends InvalidState {

    private final String earlierReceipt;

    public DuplicateFiling(String earlierReceipt) {
        super("error.disclosure.duplicate-filing", earlierReceipt);
        this.earlierReceipt = earlierReceipt;
    }

    public String earlierReceipt() {
        return earlierReceipt;
    }
}
