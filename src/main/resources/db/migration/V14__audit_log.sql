-- The audit log: append-only, each entry chained to the one before by a SHA-256 over its fields and the previous
-- hash. audit_head holds the last entry's id and hash: appends lock it (no gaps, no forks across nodes) and a check
-- compares it with the chain's end (entries cut from the end are found too).
CREATE TABLE audit_entry (
    id BIGINT NOT NULL PRIMARY KEY,
    recorded_at DATETIME(6) NOT NULL,
    actor VARCHAR(100) NOT NULL,
    action VARCHAR(40) NOT NULL,
    target VARCHAR(200) NOT NULL,
    allowed BOOLEAN NOT NULL,
    source_address VARCHAR(64),
    detail VARCHAR(500),
    previous_hash CHAR(64) NOT NULL,
    hash CHAR(64) NOT NULL
);
CREATE INDEX ix_audit_target ON audit_entry (target, id);
CREATE INDEX ix_audit_actor ON audit_entry (actor, id);
CREATE TABLE audit_head (
    id INT NOT NULL PRIMARY KEY,
    last_id BIGINT NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
