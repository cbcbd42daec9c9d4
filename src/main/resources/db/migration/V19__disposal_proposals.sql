-- Retention: closed cases past the retention period are disposed of in batches that one administrator proposes
-- and another approves. A batch keeps only references and counts, never personal data.
CREATE SEQUENCE disposal_proposal_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE disposal_proposal (
    id            BIGINT       NOT NULL PRIMARY KEY,
    proposed_by   VARCHAR(100) NOT NULL,
    proposed_at   DATETIME(6)  NOT NULL,
    closed_before DATE         NOT NULL,
    state         VARCHAR(20)  NOT NULL,
    decided_by    VARCHAR(100),
    decided_at    DATETIME(6),
    disposed      INT
);
CREATE TABLE disposal_proposal_case (
    proposal_id BIGINT      NOT NULL,
    reference   VARCHAR(30) NOT NULL,
    PRIMARY KEY (proposal_id, reference),
    CONSTRAINT fk_disposal_case_proposal FOREIGN KEY (proposal_id) REFERENCES disposal_proposal (id)
);
