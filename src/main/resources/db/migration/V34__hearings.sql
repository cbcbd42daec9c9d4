-- a hearing's sitting: when and where, the panel, and an adjournment if the panel adjourned it
CREATE SEQUENCE hearing_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE hearing (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    complaint_id        BIGINT        NOT NULL,
    sits_at             TIMESTAMP     NOT NULL,
    venue               VARCHAR(500)  NOT NULL,
    chair               VARCHAR(200)  NOT NULL,
    lay_member          VARCHAR(200)  NOT NULL,
    professional_member VARCHAR(200)  NOT NULL,
    scheduled_by        VARCHAR(320)  NOT NULL,
    scheduled_at        TIMESTAMP     NOT NULL,
    adjourned_by        VARCHAR(320),
    adjourned_at        TIMESTAMP,
    adjournment_reason  VARCHAR(2000),
    CONSTRAINT fk_hearing_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_hearing_complaint ON hearing (complaint_id);
