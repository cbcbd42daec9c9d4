-- when each sanction last changed (imposed, expired, revoked): the change feed the regulator's own register follows
ALTER TABLE sanction ADD COLUMN changed_at TIMESTAMP;
UPDATE sanction SET changed_at = CURRENT_TIMESTAMP;
CREATE INDEX ix_sanction_changed ON sanction (changed_at);
