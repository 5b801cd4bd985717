package org.gongshi.oversight;

import java.time.LocalDate;

/**
 * One finding behind a deduction, for the drill-down: which tenant, what (a catalog item key, a
 * section key, a request or notice id), a title to read, the date it was due and a detail line.
 */
public record ComplianceItem(Factor factor, String divisionCode, String reference, String title,
                             LocalDate dueOn, String detail) {
}
