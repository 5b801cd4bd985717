package org.gongshi.notice;

/** Why a document is not disclosed, in the terms of the Regulation (2019). */
public enum WithholdingReason {
    /** Art. 14: state secret. */
    STATE_SECRET,
    /** Art. 14: other laws or administrative regulations forbid disclosure. */
    PROHIBITED_BY_LAW,
    /** Art. 14: would endanger national security, public security, economic security or social stability. */
    SECURITY_AND_STABILITY,
    /** Art. 15: trade secrets or personal privacy of third parties. */
    THIRD_PARTY_RIGHTS,
    /** Art. 16: internal affairs information. */
    INTERNAL_AFFAIRS,
    /** Art. 16: process information (deliberation, consultation, approval drafts). */
    PROCESS_INFORMATION,
    /** Art. 16: administrative law-enforcement case files. */
    ENFORCEMENT_FILES
}
