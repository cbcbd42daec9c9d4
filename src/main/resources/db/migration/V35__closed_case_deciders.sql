-- who decided each closed case (its first decision), and what came of an appeal against it, counted apart
ALTER TABLE closed_case ADD COLUMN decided_by VARCHAR(20) DEFAULT 'NOT_RECORDED' NOT NULL;
ALTER TABLE closed_case ADD COLUMN appeal_outcome VARCHAR(20) DEFAULT 'NONE' NOT NULL;
CREATE INDEX ix_closed_case_decider_closed ON closed_case (decided_by, closed_on);
CREATE INDEX ix_closed_case_decider_received ON closed_case (decided_by, received_on);
CREATE INDEX ix_closed_case_appeal_closed ON closed_case (appeal_outcome, closed_on);
CREATE INDEX ix_closed_case_appeal_received ON closed_case (appeal_outcome, received_on);
