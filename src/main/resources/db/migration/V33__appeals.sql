-- appeals against a hearing's decision: the window from the letter, a sanction held while an appeal runs, the result
ALTER TABLE sanction ADD COLUMN appeal_until DATE;
ALTER TABLE sanction ADD COLUMN held_on DATE;
CREATE SEQUENCE appeal_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE appeal (
    id              BIGINT        NOT NULL PRIMARY KEY,
    complaint_id    BIGINT        NOT NULL,
    sanction_id     BIGINT        NOT NULL,
    lodged_on       DATE          NOT NULL,
    grounds         VARCHAR(4000) NOT NULL,
    stayed          BOOLEAN       NOT NULL,
    lodged_by       VARCHAR(320)  NOT NULL,
    lodged_at       TIMESTAMP     NOT NULL,
    result          VARCHAR(20),
    decided_on      DATE,
    reasons         VARCHAR(10000),
    varied_to       VARCHAR(30),
    varied_ends_on  DATE,
    recorded_by     VARCHAR(320),
    recorded_at     TIMESTAMP,
    CONSTRAINT fk_appeal_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_appeal_sanction FOREIGN KEY (sanction_id) REFERENCES sanction (id)
);
CREATE INDEX ix_appeal_complaint ON appeal (complaint_id);
