-- A correction never changes an issued letter: it is drafted, approved and issued as the next version, which names
-- the letter it replaces and why; the earlier version is kept as it was issued.
ALTER TABLE letter ADD COLUMN version INT DEFAULT 1 NOT NULL;
ALTER TABLE letter ADD COLUMN replaces_id BIGINT;
ALTER TABLE letter ADD COLUMN correction_reason MEDIUMTEXT;
ALTER TABLE letter ADD CONSTRAINT fk_letter_replaces FOREIGN KEY (replaces_id) REFERENCES letter (id);
ALTER TABLE letter_draft ADD COLUMN corrects_id BIGINT;
ALTER TABLE letter_draft ADD COLUMN correction_reason MEDIUMTEXT;
ALTER TABLE letter_draft ADD COLUMN requested_by VARCHAR(100);
ALTER TABLE letter_draft ADD CONSTRAINT fk_letter_draft_corrects FOREIGN KEY (corrects_id) REFERENCES letter (id);
