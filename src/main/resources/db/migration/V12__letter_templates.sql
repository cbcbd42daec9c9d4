-- Administrators reword letters: a row holds the wording used instead of the shipped default for one template
-- (an outcome's letter to one recipient, the investigation notice or the acknowledgement); no row, default wording.
CREATE TABLE letter_template (
    template_key VARCHAR(60) NOT NULL PRIMARY KEY,
    subject VARCHAR(200) NOT NULL,
    body MEDIUMTEXT NOT NULL,
    issued BOOLEAN NOT NULL,
    updated_by VARCHAR(100),
    updated_at DATETIME(6),
    version BIGINT NOT NULL
);
