-- Tamper evidence: every publication, revision and withdrawal of a notice is appended to its
-- division's hash chain. A link holds the SHA-256 of what the public saw (the canonical content)
-- and the hash of the link before it; changing a published notice, a link, or the order of links
-- afterwards shows up when the chain is recomputed. Links are only ever inserted.

CREATE TABLE CHAIN_LINK (
    ID            VARCHAR(36)   NOT NULL,
    DIVISION_CODE VARCHAR(12)   NOT NULL,
    SEQUENCE_NO   BIGINT        NOT NULL,
    NOTICE_ID     VARCHAR(36)   NOT NULL,
    KIND          VARCHAR(20)   NOT NULL,
    REVISION      INTEGER       NOT NULL,
    CONTENT_HASH  VARCHAR(64)   NOT NULL,
    PREVIOUS_HASH VARCHAR(64)   NOT NULL,
    LINK_HASH     VARCHAR(64)   NOT NULL,
    AT            TIMESTAMP WITH TIME ZONE NOT NULL,
    ACTOR         VARCHAR(100)  NOT NULL,
    CONSTRAINT PK_CHAIN_LINK PRIMARY KEY (ID),
    -- One link per place in a division's chain: a fork (two links with one number) cannot be stored.
    -- Its index, led by DIVISION_CODE, is also the tenant index of the table.
    CONSTRAINT UQ_CHAIN_LINK_SEQUENCE UNIQUE (DIVISION_CODE, SEQUENCE_NO),
    CONSTRAINT CK_CHAIN_LINK_SEQUENCE CHECK (SEQUENCE_NO >= 1),
    CONSTRAINT CK_CHAIN_LINK_KIND CHECK (KIND IN ('PUBLICATION', 'REVISION', 'WITHDRAWAL')),
    CONSTRAINT CK_CHAIN_LINK_DIVISION CHECK (CHAR_LENGTH(DIVISION_CODE) IN (6, 9, 12))
);
-- The public check finds a notice's links by its id alone (then verifies in the owning division).
CREATE INDEX IX_CHAIN_LINK_NOTICE ON CHAIN_LINK (NOTICE_ID, DIVISION_CODE);

-- The tail of each division's chain, one row per division, locked while a link is appended so
-- that two publications at the same moment take consecutive places instead of forking the chain.
CREATE TABLE CHAIN_HEAD (
    DIVISION_CODE  VARCHAR(12) NOT NULL,
    LAST_SEQUENCE  BIGINT      NOT NULL,
    LAST_LINK_HASH VARCHAR(64) NOT NULL,
    CONSTRAINT PK_CHAIN_HEAD PRIMARY KEY (DIVISION_CODE)
);
