-- the practitioner's portal: who may sign in (practitioners and their representatives), the invitations that let
-- them in, and the cases each may see
CREATE SEQUENCE portal_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE portal_account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    email           VARCHAR(320) NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    code_hash       VARCHAR(64),
    code_expires_at TIMESTAMP,
    code_attempts   INT          NOT NULL,
    CONSTRAINT uq_portal_account_email UNIQUE (email)
);
CREATE TABLE portal_invitation (
    id             BIGINT       NOT NULL PRIMARY KEY,
    token_hash     VARCHAR(64)  NOT NULL,
    case_reference VARCHAR(30)  NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    full_name      VARCHAR(200) NOT NULL,
    email          VARCHAR(320) NOT NULL,
    invited_by     VARCHAR(320) NOT NULL,
    issued_at      TIMESTAMP    NOT NULL,
    expires_at     TIMESTAMP    NOT NULL,
    accepted_at    TIMESTAMP,
    withdrawn_at   TIMESTAMP,
    CONSTRAINT uq_portal_invitation_token UNIQUE (token_hash)
);
CREATE INDEX ix_portal_invitation_case ON portal_invitation (case_reference);
CREATE TABLE portal_access (
    id             BIGINT      NOT NULL PRIMARY KEY,
    account_id     BIGINT      NOT NULL,
    case_reference VARCHAR(30) NOT NULL,
    role           VARCHAR(20) NOT NULL,
    granted_at     TIMESTAMP   NOT NULL,
    withdrawn_at   TIMESTAMP,
    withdrawn_by   VARCHAR(320),
    CONSTRAINT fk_portal_access_account FOREIGN KEY (account_id) REFERENCES portal_account (id)
);
CREATE INDEX ix_portal_access_account ON portal_access (account_id);
CREATE INDEX ix_portal_access_case ON portal_access (case_reference);
