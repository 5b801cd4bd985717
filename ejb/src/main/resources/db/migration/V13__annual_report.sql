-- The annual report on government-information disclosure (政府信息公开工作年度报告, national format of
-- 2021, 国办公开办函〔2021〕30号): one row per division and year with its text sections, the figures of
-- table 二 that staff enter, and the frozen cells of a finalised report.

CREATE TABLE ANNUAL_REPORT (
    ID                    VARCHAR(36)    NOT NULL,
    DIVISION_CODE         VARCHAR(12)    NOT NULL,
    VERSION               BIGINT         NOT NULL,
    REPORT_YEAR           INTEGER        NOT NULL,
    STATE                 VARCHAR(20)    NOT NULL,
    OVERVIEW              VARCHAR(20000),
    PROBLEMS              VARCHAR(20000),
    OTHER_MATTERS         VARCHAR(20000),
    RULES_ISSUED          BIGINT         NOT NULL,
    RULES_ABOLISHED       BIGINT         NOT NULL,
    RULES_IN_FORCE        BIGINT         NOT NULL,
    LICENSING_DECISIONS   BIGINT         NOT NULL,
    PENALTY_DECISIONS     BIGINT         NOT NULL,
    ENFORCEMENT_DECISIONS BIGINT         NOT NULL,
    FEES_TEN_THOUSAND     DECIMAL(14, 4) NOT NULL,
    SNAPSHOT              VARCHAR(30000),
    FINALISED_AT          TIMESTAMP WITH TIME ZONE,
    FINALISED_BY          VARCHAR(100),
    PUBLISHED_NOTICE_ID   VARCHAR(36),
    CREATED_AT            TIMESTAMP WITH TIME ZONE NOT NULL,
    CREATED_BY            VARCHAR(100)   NOT NULL,
    UPDATED_AT            TIMESTAMP WITH TIME ZONE NOT NULL,
    UPDATED_BY            VARCHAR(100)   NOT NULL,
    CONSTRAINT PK_ANNUAL_REPORT PRIMARY KEY (ID),
    CONSTRAINT UQ_ANNUAL_REPORT_YEAR UNIQUE (DIVISION_CODE, REPORT_YEAR),
    CONSTRAINT CK_ANNUAL_REPORT_DIVISION CHECK (CHAR_LENGTH(DIVISION_CODE) IN (6, 9, 12))
);

-- Table 三 counts requests by date of receipt and of closing within a division or a county's subtree.
CREATE INDEX IX_DISCLOSURE_REQUEST_RECEIVED ON DISCLOSURE_REQUEST (DIVISION_CODE, RECEIVED_ON, CLOSED_ON, APPLICANT_TYPE);
