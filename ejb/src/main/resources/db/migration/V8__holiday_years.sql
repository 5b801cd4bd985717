-- Holiday schedules of years loaded by an administrator (issue #6). National data, not a tenant
-- table: the State Council's schedule is the same for every division, so there is no
-- DIVISION_CODE. It is read and written only through TenantData.openNational(), whose entity
-- manager binds no tenant scope and therefore cannot query any tenant entity. A loaded year
-- replaces that year of the bundled schedule wholly; who loaded it is also in the audit trail of
-- their division.

CREATE TABLE HOLIDAY_DAY (
    ID           VARCHAR(36) NOT NULL,
    HOLIDAY_DATE DATE        NOT NULL,
    KIND         VARCHAR(16) NOT NULL,
    NAME         VARCHAR(40) NOT NULL,
    HOLIDAY_YEAR INTEGER     NOT NULL,
    LOADED_BY    VARCHAR(100) NOT NULL,
    LOADED_AT    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT PK_HOLIDAY_DAY PRIMARY KEY (ID),
    CONSTRAINT UQ_HOLIDAY_DAY_DATE UNIQUE (HOLIDAY_DATE),
    CONSTRAINT CK_HOLIDAY_DAY_KIND CHECK (KIND IN ('HOLIDAY', 'MAKE_UP_WORKDAY'))
);
CREATE INDEX IX_HOLIDAY_DAY_YEAR ON HOLIDAY_DAY (HOLIDAY_YEAR);
