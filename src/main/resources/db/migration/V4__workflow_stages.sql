-- The complaint-handling workflow's stages: HDC referral (clock paused), provisional enquiry, the practitioner's
-- notice and response, the investigation, answers to warnings and undertakings, hearings and their orders; what each
-- step recorded (case_step); letters drafted for approval before they are issued (letter_draft).

ALTER TABLE complaint ADD COLUMN public_interest_reason MEDIUMTEXT;
ALTER TABLE complaint ADD COLUMN clock_paused_at DATETIME(6);
ALTER TABLE complaint ADD COLUMN paused_days INT DEFAULT 0 NOT NULL;
ALTER TABLE complaint ADD COLUMN practitioner_notified_at DATETIME(6);
ALTER TABLE complaint ADD COLUMN response_due_on DATE;
ALTER TABLE complaint ADD COLUMN response_received_at DATETIME(6);
ALTER TABLE complaint ADD COLUMN investigated_by VARCHAR(100);
ALTER TABLE complaint ADD COLUMN referred_at DATETIME(6);
ALTER TABLE complaint ADD COLUMN examiners_decision_id BIGINT;
ALTER TABLE complaint ADD COLUMN warning_expires_on DATE;
ALTER TABLE complaint ADD COLUMN order_ends_on DATE;

CREATE SEQUENCE case_step_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE case_step (
    id           BIGINT        NOT NULL PRIMARY KEY,
    complaint_id BIGINT        NOT NULL,
    step         VARCHAR(60)   NOT NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    note         MEDIUMTEXT,
    CONSTRAINT fk_case_step_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_case_step_complaint ON case_step (complaint_id, recorded_at);

CREATE SEQUENCE letter_draft_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE letter_draft (
    id             BIGINT        NOT NULL PRIMARY KEY,
    complaint_id   BIGINT        NOT NULL,
    kind           VARCHAR(40)   NOT NULL,
    recipient_name VARCHAR(200)  NOT NULL,
    drafted_at     DATETIME(6)   NOT NULL,
    state          VARCHAR(20)   NOT NULL,
    reviewed_by    VARCHAR(100),
    reviewed_at    DATETIME(6),
    review_note    MEDIUMTEXT,
    sha256         CHAR(64)      NOT NULL,
    content        MEDIUMBLOB    NOT NULL,
    CONSTRAINT fk_letter_draft_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_letter_draft_complaint ON letter_draft (complaint_id);

ALTER TABLE letter ADD COLUMN approved_by VARCHAR(100);

-- The facts the investigator records at referral, which the sanctions guidance (DMN) reads
ALTER TABLE complaint ADD COLUMN harm VARCHAR(10);
ALTER TABLE complaint ADD COLUMN repeated_conduct BOOLEAN;
ALTER TABLE complaint ADD COLUMN intentional BOOLEAN;
ALTER TABLE complaint ADD COLUMN insight_shown BOOLEAN;
