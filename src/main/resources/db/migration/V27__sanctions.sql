-- sanctions on registrants as the register holds them: what, from which case, from when until when, in force or not
CREATE SEQUENCE sanction_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE sanction (
    id              BIGINT      NOT NULL PRIMARY KEY,
    practitioner_id BIGINT      NOT NULL,
    kind            VARCHAR(30) NOT NULL,
    case_reference  VARCHAR(30) NOT NULL,
    starts_on       DATE        NOT NULL,
    ends_on         DATE,
    state           VARCHAR(20) NOT NULL,
    ended_on        DATE,
    CONSTRAINT fk_sanction_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id)
);
CREATE INDEX ix_sanction_practitioner ON sanction (practitioner_id);
CREATE INDEX ix_sanction_case ON sanction (case_reference);
