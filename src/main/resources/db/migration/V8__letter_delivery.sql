-- Letters are emailed when issued: the register holds the addresses the regulator writes to, and each issued letter
-- records the address it was sent to and when the mail server accepted it (null while pending, or for post).
ALTER TABLE practitioner ADD COLUMN email VARCHAR(320);
ALTER TABLE practitioner ADD COLUMN employer_email VARCHAR(320);
ALTER TABLE letter ADD COLUMN addressed_to VARCHAR(320);
ALTER TABLE letter ADD COLUMN emailed_at DATETIME(6);
