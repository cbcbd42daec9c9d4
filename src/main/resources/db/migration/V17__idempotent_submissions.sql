-- Idempotency-Key of POST /api/v1/complaints: the key's hash, the request's hash and the first answer, sealed with
-- a key derived from the Idempotency-Key (the tracking code in it is readable only by whoever holds that key).
-- Written in the complaint's own transaction: a key row exists exactly when its complaint does.
CREATE TABLE idempotent_submission (
    key_hash       CHAR(64)        NOT NULL PRIMARY KEY,
    request_hash   CHAR(64)        NOT NULL,
    sealed_receipt VARBINARY(1024) NOT NULL,
    reference      VARCHAR(30)     NOT NULL,
    created_at     DATETIME(6)     NOT NULL
);
CREATE INDEX ix_idempotent_submission_created ON idempotent_submission (created_at);
