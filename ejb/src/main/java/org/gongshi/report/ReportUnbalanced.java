package org.gongshi.report;

import org.gongshi.shared.InvalidState;

/**
 * A report may not be finalised while a balance check of the national format fails: the refusal names
 * the check, where it looks (column or line) and both sides, in the message's arguments.
 */
public class ReportUnbalanced extends InvalidState {

    private final transient BalanceCheck check;

    public ReportUnbalanced(BalanceCheck check) {
        super("error.annual-report.unbalanced", check.where(), check.left(), check.right(), check.rule());
        this.check = check;
    }

    public BalanceCheck check() {
        return check;
    }
}
