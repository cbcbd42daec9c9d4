-- Administrators import policy versions: their documents, versions and clauses take ids from this sequence, above
-- the ids the shipped reference data uses.
CREATE SEQUENCE policy_seq START WITH 10000 INCREMENT BY 50;
