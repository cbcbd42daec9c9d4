-- the practitioner asks for more time to respond, and the investigator grants or refuses it
CREATE SEQUENCE time_request_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE time_request (
    id            BIGINT        NOT NULL PRIMARY KEY,
    complaint_id  BIGINT        NOT NULL,
    days          INT           NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    asked_by      VARCHAR(320)  NOT NULL,
    asked_at      TIMESTAMP     NOT NULL,
    granted       BOOLEAN,
    decided_by    VARCHAR(320),
    decided_at    TIMESTAMP,
    decision_note VARCHAR(2000),
    CONSTRAINT fk_time_request_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_time_request_complaint ON time_request (complaint_id);
-- what the practitioner or their representative writes to the investigator through the portal
CREATE TABLE portal_message (
    id             BIGINT        NOT NULL PRIMARY KEY,
    case_reference VARCHAR(30)   NOT NULL,
    from_name      VARCHAR(200)  NOT NULL,
    from_role      VARCHAR(20)   NOT NULL,
    sent_by        VARCHAR(330)  NOT NULL,
    body           VARCHAR(10000) NOT NULL,
    sent_at        TIMESTAMP     NOT NULL
);
CREATE INDEX ix_portal_message_case ON portal_message (case_reference);
