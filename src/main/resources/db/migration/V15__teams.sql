-- Investigation teams: a case belongs to one team, whose investigators work it and see it; a team lead may hand
-- the team's tasks to its members and move a case to another team. Cases and investigators that exist before
-- this migration join the one team it creates.
CREATE TABLE team (
    code   VARCHAR(40)  NOT NULL PRIMARY KEY,
    name   VARCHAR(200) NOT NULL,
    active BOOLEAN      NOT NULL
);
INSERT INTO team (code, name, active) VALUES ('investigations', 'Investigations', TRUE);

ALTER TABLE staff_account ADD COLUMN team_code VARCHAR(40);
ALTER TABLE staff_account ADD COLUMN team_lead BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE staff_account ADD CONSTRAINT fk_staff_team FOREIGN KEY (team_code) REFERENCES team (code);
UPDATE staff_account SET team_code = 'investigations'
    WHERE id IN (SELECT account_id FROM staff_role WHERE role = 'INVESTIGATOR');

ALTER TABLE complaint ADD COLUMN team_code VARCHAR(40);
UPDATE complaint SET team_code = 'investigations';
ALTER TABLE complaint ADD CONSTRAINT fk_complaint_team FOREIGN KEY (team_code) REFERENCES team (code);
CREATE INDEX ix_complaint_team ON complaint (team_code);
