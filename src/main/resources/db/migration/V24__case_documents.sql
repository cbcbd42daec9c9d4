-- documents staff add to a case (the practitioner's response, the employer's information, expert reports, hearing
-- material), checked and stored as evidence is; office documents keep no working copy
CREATE SEQUENCE case_document_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE case_document (
    id            BIGINT       NOT NULL PRIMARY KEY,
    complaint_id  BIGINT       NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    supplied_by   VARCHAR(200) NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    file_type     VARCHAR(10)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    storage_key   VARCHAR(100) NOT NULL,
    working_key   VARCHAR(100),
    thumbnail_key VARCHAR(100),
    added_at      DATETIME(6)  NOT NULL,
    added_by      VARCHAR(100) NOT NULL,
    CONSTRAINT uq_case_document_storage_key UNIQUE (storage_key),
    CONSTRAINT fk_case_document_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_case_document_complaint ON case_document (complaint_id);
