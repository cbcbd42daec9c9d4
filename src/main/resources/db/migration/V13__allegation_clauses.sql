-- Each alleged category of a case links the policy clauses it concerns: set from the category's usual clauses at
-- triage, adjusted by investigators on the case; the decision form starts from them. Cases alleged before this
-- migration get the usual clauses, as the decision form showed them until now.
CREATE TABLE complaint_allegation_clause (
    complaint_id BIGINT NOT NULL,
    category VARCHAR(40) NOT NULL,
    clause_id VARCHAR(60) NOT NULL,
    PRIMARY KEY (complaint_id, category, clause_id),
    CONSTRAINT fk_allegation_clause_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
INSERT INTO complaint_allegation_clause (complaint_id, category, clause_id)
    SELECT complaint_id, category, 'MSC-SM-2020/7' FROM complaint_allegation WHERE category = 'CONFIDENTIALITY_AND_PRIVACY';
INSERT INTO complaint_allegation_clause (complaint_id, category, clause_id)
    SELECT complaint_id, category, 'MSC-SM-2020/8' FROM complaint_allegation WHERE category = 'CONFIDENTIALITY_AND_PRIVACY';
INSERT INTO complaint_allegation_clause (complaint_id, category, clause_id)
    SELECT complaint_id, category, 'MSC-SM-2020/10' FROM complaint_allegation WHERE category = 'CONFIDENTIALITY_AND_PRIVACY';
INSERT INTO complaint_allegation_clause (complaint_id, category, clause_id)
    SELECT complaint_id, category, 'MSC-SM-2020/5' FROM complaint_allegation WHERE category = 'PROFESSIONALISM';
INSERT INTO complaint_allegation_clause (complaint_id, category, clause_id)
    SELECT complaint_id, category, 'MSC-SM-2020/6' FROM complaint_allegation WHERE category = 'PROFESSIONALISM';
INSERT INTO complaint_allegation_clause (complaint_id, category, clause_id)
    SELECT complaint_id, category, 'MSC-SM-2020/11' FROM complaint_allegation
    WHERE category IN ('INTEGRITY_AND_HONESTY', 'BOUNDARIES', 'MISINFORMATION', 'BULLYING_OR_HARASSMENT');
INSERT INTO complaint_allegation_clause (complaint_id, category, clause_id)
    SELECT complaint_id, category, 'MSC-SM-2020/12' FROM complaint_allegation
    WHERE category IN ('INTEGRITY_AND_HONESTY', 'MISINFORMATION');
INSERT INTO complaint_allegation_clause (complaint_id, category, clause_id)
    SELECT complaint_id, category, 'MSC-SM-2020/10' FROM complaint_allegation WHERE category = 'BULLYING_OR_HARASSMENT';
INSERT INTO complaint_allegation_clause (complaint_id, category, clause_id)
    SELECT complaint_id, category, 'MSC-SM-2020/4' FROM complaint_allegation WHERE category = 'EMPLOYER_POLICY';
