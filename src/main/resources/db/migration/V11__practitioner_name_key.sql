-- Related complaints by practitioner name and platform: an indexed key (lower case, single spaces) instead of
-- lower(practitioner_name), which read every complaint of the last 90 days for each new complaint. The default only
-- serves this migration (both databases add a NOT NULL column that way); the application always sets the key.
ALTER TABLE complaint ADD COLUMN practitioner_name_key VARCHAR(200) DEFAULT '' NOT NULL;
UPDATE complaint SET practitioner_name_key = LOWER(TRIM(practitioner_name));
CREATE INDEX ix_complaint_named ON complaint (practitioner_name_key, platform, received_at);
