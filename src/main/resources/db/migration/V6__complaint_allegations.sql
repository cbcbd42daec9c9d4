-- What a complaint alleges, in the categories registrars report on: recorded at triage, copied to the closed-case
-- record when the case closes.
CREATE TABLE complaint_allegation (
    complaint_id BIGINT      NOT NULL,
    category     VARCHAR(40) NOT NULL,
    PRIMARY KEY (complaint_id, category),
    CONSTRAINT fk_complaint_allegation FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
