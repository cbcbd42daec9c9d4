-- A duplicate complaint merged into the case that deals with the same matter: closed itself, its evidence and post
-- links carried over, and its complainant's status page follows that case.
ALTER TABLE complaint ADD COLUMN merged_into VARCHAR(30);
