-- What the registrars' statistics count: one row per closed case, from the workflow or imported from a legacy
-- system, with no personal data. Cases closed before this version are not back-filled (there were none in use).

CREATE SEQUENCE closed_case_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE closed_case (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    reference           VARCHAR(40)  NOT NULL,
    source              VARCHAR(20)  NOT NULL,
    registration_number VARCHAR(40),
    platform            VARCHAR(30)  NOT NULL,
    received_on         DATE         NOT NULL,
    closed_on           DATE         NOT NULL,
    days_to_close       INT          NOT NULL,
    outcome             VARCHAR(30)  NOT NULL,
    CONSTRAINT uq_closed_case_reference UNIQUE (reference)
);
-- the period filters: each index also covers the group-by columns, so a table is read from the index alone
CREATE INDEX ix_closed_case_closed ON closed_case (closed_on, outcome, platform, days_to_close);
CREATE INDEX ix_closed_case_received ON closed_case (received_on, outcome, platform, days_to_close);
-- the tables by outcome and by platform: one range per category and period, read in order (no temporary table)
CREATE INDEX ix_closed_case_outcome_closed ON closed_case (outcome, closed_on);
CREATE INDEX ix_closed_case_outcome_received ON closed_case (outcome, received_on);
CREATE INDEX ix_closed_case_platform_closed ON closed_case (platform, closed_on);
CREATE INDEX ix_closed_case_platform_received ON closed_case (platform, received_on);

CREATE TABLE closed_case_allegation (
    closed_case_id BIGINT      NOT NULL,
    category       VARCHAR(40) NOT NULL,
    PRIMARY KEY (closed_case_id, category),
    CONSTRAINT fk_closed_case_allegation FOREIGN KEY (closed_case_id) REFERENCES closed_case (id)
);
