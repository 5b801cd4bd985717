-- Residents file requests on the public site and at reading-point kiosks (issue #6):
-- how the applicant would like the reply (optional), and an index for the check that refuses the
-- same request filed twice within minutes (division, time of filing).

ALTER TABLE DISCLOSURE_REQUEST ADD COLUMN PREFERRED_REPLY VARCHAR(20);
CREATE INDEX IX_DISCLOSURE_REQUEST_FILED ON DISCLOSURE_REQUEST (DIVISION_CODE, CREATED_AT);
