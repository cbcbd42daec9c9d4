-- what came of a review (Rule 12) of the decision each closed case is counted with, counted apart
ALTER TABLE closed_case ADD COLUMN review_outcome VARCHAR(20) DEFAULT 'NONE' NOT NULL;
CREATE INDEX ix_closed_case_review_closed ON closed_case (review_outcome, closed_on);
CREATE INDEX ix_closed_case_review_received ON closed_case (review_outcome, received_on);
