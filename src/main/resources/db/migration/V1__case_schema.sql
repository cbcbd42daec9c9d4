-- Casework application schema. Runs unchanged on H2 and MariaDB: only types both understand, sequences instead of
-- IDENTITY (so Hibernate can batch inserts), constraints named so that errors say which rule was broken.

CREATE SEQUENCE complaint_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE complainant_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE post_link_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE evidence_item_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE decision_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE letter_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE practitioner_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE staff_account_seq START WITH 1 INCREMENT BY 50;
-- the serial number in case references (MSC-2026-000001): gaps are acceptable, reuse is not
CREATE SEQUENCE case_reference_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE practitioner (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    registration_number VARCHAR(40)  NOT NULL,
    full_name           VARCHAR(200) NOT NULL,
    profession          VARCHAR(100) NOT NULL,
    employer            VARCHAR(200),
    CONSTRAINT uq_practitioner_registration UNIQUE (registration_number)
);
CREATE INDEX ix_practitioner_name ON practitioner (full_name);

CREATE TABLE policy_document (
    id     BIGINT       NOT NULL PRIMARY KEY,
    code   VARCHAR(40)  NOT NULL,
    title  VARCHAR(300) NOT NULL,
    issuer VARCHAR(200) NOT NULL,
    CONSTRAINT uq_policy_document_code UNIQUE (code)
);

CREATE TABLE policy_version (
    id             BIGINT      NOT NULL PRIMARY KEY,
    document_id    BIGINT      NOT NULL,
    label          VARCHAR(40) NOT NULL,
    effective_from DATE        NOT NULL,
    effective_to   DATE,
    source         VARCHAR(500),
    CONSTRAINT fk_policy_version_document FOREIGN KEY (document_id) REFERENCES policy_document (id),
    CONSTRAINT uq_policy_version_label UNIQUE (document_id, label)
);

CREATE TABLE policy_clause (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version_id BIGINT       NOT NULL,
    clause_id  VARCHAR(60)  NOT NULL,
    number     VARCHAR(10)  NOT NULL,
    heading    VARCHAR(200) NOT NULL,
    body       MEDIUMTEXT       NOT NULL,
    position   INT          NOT NULL,
    CONSTRAINT fk_policy_clause_version FOREIGN KEY (version_id) REFERENCES policy_version (id),
    CONSTRAINT uq_policy_clause_id UNIQUE (clause_id)
);

-- name and email are NULL only for anonymous complaints, where a regulator accepts them
CREATE TABLE complainant (
    id           BIGINT       NOT NULL PRIMARY KEY,
    full_name    VARCHAR(200),
    email        VARCHAR(320),
    phone        VARCHAR(40),
    relationship VARCHAR(30)  NOT NULL
);

CREATE TABLE decision (
    id         BIGINT       NOT NULL PRIMARY KEY,
    outcome    VARCHAR(30)  NOT NULL,
    reasons    MEDIUMTEXT       NOT NULL,
    decided_by VARCHAR(100) NOT NULL,
    decided_at DATETIME(6)  NOT NULL
);

CREATE TABLE decision_clause (
    decision_id BIGINT NOT NULL,
    clause_id   BIGINT NOT NULL,
    position    INT    NOT NULL,
    PRIMARY KEY (decision_id, position),
    CONSTRAINT fk_decision_clause_decision FOREIGN KEY (decision_id) REFERENCES decision (id),
    CONSTRAINT fk_decision_clause_clause FOREIGN KEY (clause_id) REFERENCES policy_clause (id)
);

CREATE TABLE complaint (
    id                        BIGINT       NOT NULL PRIMARY KEY,
    version                   BIGINT       NOT NULL,
    reference                 VARCHAR(30)  NOT NULL,
    tracking_hash             CHAR(64)     NOT NULL,
    status                    VARCHAR(30)  NOT NULL,
    received_at               DATETIME(6)  NOT NULL,
    complainant_id            BIGINT       NOT NULL,
    practitioner_name         VARCHAR(200) NOT NULL,
    practitioner_registration VARCHAR(40),
    practitioner_workplace    VARCHAR(200),
    practitioner_profession   VARCHAR(100),
    registrant_id             BIGINT,
    platform                  VARCHAR(30)  NOT NULL,
    conduct_date              DATE         NOT NULL,
    description               MEDIUMTEXT       NOT NULL,
    process_instance_id       VARCHAR(64),
    triaged_by                VARCHAR(100),
    triaged_at                DATETIME(6),
    triage_note               MEDIUMTEXT,
    decision_id               BIGINT,
    closed_at                 DATETIME(6),
    CONSTRAINT uq_complaint_reference UNIQUE (reference),
    CONSTRAINT fk_complaint_complainant FOREIGN KEY (complainant_id) REFERENCES complainant (id),
    CONSTRAINT fk_complaint_registrant FOREIGN KEY (registrant_id) REFERENCES practitioner (id),
    CONSTRAINT fk_complaint_decision FOREIGN KEY (decision_id) REFERENCES decision (id)
);
CREATE INDEX ix_complaint_status_closed ON complaint (status, closed_at);
CREATE INDEX ix_complaint_received ON complaint (received_at);

CREATE TABLE post_link (
    id           BIGINT        NOT NULL PRIMARY KEY,
    complaint_id BIGINT        NOT NULL,
    position     INT           NOT NULL,
    url          VARCHAR(2048) NOT NULL,
    CONSTRAINT fk_post_link_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_post_link_complaint ON post_link (complaint_id);

CREATE TABLE evidence_item (
    id            BIGINT       NOT NULL PRIMARY KEY,
    complaint_id  BIGINT       NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    evidence_type VARCHAR(10)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    storage_key   VARCHAR(100) NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    uploaded_by   VARCHAR(100) NOT NULL,
    CONSTRAINT uq_evidence_storage_key UNIQUE (storage_key),
    CONSTRAINT fk_evidence_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_evidence_complaint ON evidence_item (complaint_id);

CREATE TABLE letter (
    id             BIGINT       NOT NULL PRIMARY KEY,
    complaint_id   BIGINT       NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    recipient_name VARCHAR(200) NOT NULL,
    issued_at      DATETIME(6)  NOT NULL,
    file_name      VARCHAR(120) NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    content        MEDIUMBLOB     NOT NULL,
    CONSTRAINT fk_letter_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_letter_complaint ON letter (complaint_id);

CREATE TABLE staff_account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    active        BOOLEAN      NOT NULL,
    CONSTRAINT uq_staff_username UNIQUE (username)
);

CREATE TABLE staff_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_staff_role_account FOREIGN KEY (account_id) REFERENCES staff_account (id)
);
