-- messages staff send from a case to the complainant, the practitioner or the employer, by email
CREATE SEQUENCE case_message_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE case_message (
    id            BIGINT       NOT NULL PRIMARY KEY,
    complaint_id  BIGINT       NOT NULL,
    recipient     VARCHAR(20)  NOT NULL,
    addressed_to  VARCHAR(320) NOT NULL,
    subject       VARCHAR(200) NOT NULL,
    body          MEDIUMTEXT   NOT NULL,
    letter_id     BIGINT,
    sent_by       VARCHAR(100) NOT NULL,
    sent_at       DATETIME(6)  NOT NULL,
    emailed_at    DATETIME(6),
    CONSTRAINT fk_case_message_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_case_message_letter FOREIGN KEY (letter_id) REFERENCES letter (id)
);
CREATE INDEX ix_case_message_complaint ON case_message (complaint_id);
