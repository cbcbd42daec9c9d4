-- who decided (letters are worded for the decider), the body a complaint was referred to at triage, and the
-- allegations as the regulator words them for the practitioner and the employer
ALTER TABLE decision ADD COLUMN decider VARCHAR(20) DEFAULT 'CASE_EXAMINERS' NOT NULL;
ALTER TABLE decision ADD COLUMN referred_to VARCHAR(200);
ALTER TABLE complaint ADD COLUMN allegation_summary MEDIUMTEXT;
ALTER TABLE complaint ADD COLUMN summarised_by VARCHAR(100);

-- decisions made before this column: a hearing's replaced the examiners' one; triage decided what its
-- investigator decided (four eyes keeps examiners and the triaging investigator apart)
UPDATE decision SET decider = 'HEARING_PANEL'
 WHERE EXISTS (SELECT 1 FROM complaint c WHERE c.decision_id = decision.id AND c.examiners_decision_id IS NOT NULL);
UPDATE decision SET decider = 'TRIAGE'
 WHERE EXISTS (SELECT 1 FROM complaint c WHERE c.decision_id = decision.id AND c.examiners_decision_id IS NULL
                                           AND c.triaged_by = decision.decided_by);
