package org.gongshi.oversight;

/** What counts against a tenant's compliance, each with its deduction rule in {@link ComplianceRules}. */
public enum Factor {
    /** A standard catalog item not published within its time limit (国办发〔2019〕54号, Regulation Art. 26). */
    CATALOG_OVERDUE,
    /** A board section not updated within its rule (僵尸栏目, 国办秘函〔2019〕19号). */
    ZOMBIE_SECTION,
    /** A disclosure request still open after its reply was due (Regulation Art. 33). */
    REQUEST_OVERDUE,
    /** A withheld document whose re-review date has come (Regulation Art. 18). */
    REREVIEW_DUE
}
