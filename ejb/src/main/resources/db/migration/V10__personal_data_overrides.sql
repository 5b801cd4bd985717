-- The personal-data check before publication (issue #5; Regulation Art. 15: personal privacy in
-- published information is de-identified, except for punitive notices and mandatory disclosures).
-- A clerk who publishes although the check found something records why; the record holds for the
-- exact content checked (its SHA-256) and keeps what was found only in masked form. A discarded
-- draft takes its records with it; the audit trail keeps the decision.

CREATE TABLE PERSONAL_DATA_OVERRIDE (
    ID             VARCHAR(36)   NOT NULL,
    DIVISION_CODE  VARCHAR(12)   NOT NULL,
    NOTICE_ID      VARCHAR(36)   NOT NULL,
    CONTENT_SHA256 VARCHAR(64)   NOT NULL,
    BASIS          VARCHAR(30)   NOT NULL,
    REASON         VARCHAR(1000) NOT NULL,
    FINDINGS       VARCHAR(2000) NOT NULL,
    OVERRIDDEN_BY  VARCHAR(100)  NOT NULL,
    OVERRIDDEN_AT  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT PK_PERSONAL_DATA_OVERRIDE PRIMARY KEY (ID),
    CONSTRAINT FK_PERSONAL_DATA_OVERRIDE_NOTICE FOREIGN KEY (NOTICE_ID) REFERENCES NOTICE (ID) ON DELETE CASCADE
);
CREATE INDEX IX_PERSONAL_DATA_OVERRIDE_NOTICE ON PERSONAL_DATA_OVERRIDE (DIVISION_CODE, NOTICE_ID, CONTENT_SHA256);
