-- County oversight (issue #7): monthly bulletins (月月通报) and quarterly cards (每季亮牌) as issued,
-- so that each can be read and published again exactly as it was: the period, the date the
-- compliance was computed for, the text (Markdown, what a notice publishes) and both documents.
-- DIVISION_CODE is the division the document is about (a county or a town); its issuer may sit above it.

CREATE TABLE OVERSIGHT_ISSUE (
    ID            VARCHAR(36)   NOT NULL,
    DIVISION_CODE VARCHAR(12)   NOT NULL,
    VERSION       BIGINT        NOT NULL,
    KIND          VARCHAR(20)   NOT NULL,
    PERIOD        VARCHAR(10)   NOT NULL,
    COMPUTED_ON   DATE          NOT NULL,
    TITLE         VARCHAR(200)  NOT NULL,
    BODY          VARCHAR(100000) NOT NULL,
    DOCX          BYTEA         NOT NULL,
    PDF           BYTEA         NOT NULL,
    NOTICE_ID     VARCHAR(36),
    ISSUED_BY     VARCHAR(100)  NOT NULL,
    ISSUED_AT     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT PK_OVERSIGHT_ISSUE PRIMARY KEY (ID),
    CONSTRAINT CK_OVERSIGHT_ISSUE_KIND CHECK (KIND IN ('BULLETIN', 'CARDS')),
    CONSTRAINT CK_OVERSIGHT_ISSUE_DIVISION CHECK (CHAR_LENGTH(DIVISION_CODE) IN (6, 9, 12))
);
CREATE INDEX IX_OVERSIGHT_ISSUE_DIVISION ON OVERSIGHT_ISSUE (DIVISION_CODE, KIND, PERIOD);
