-- Portal and intake: what the complainant tells about the post, consents, normalised links, evidence copies and
-- capture facts, related complaints and complainants' later messages.

ALTER TABLE complaint ADD COLUMN patient_identifiable VARCHAR(10) DEFAULT 'NOT_SURE' NOT NULL;
ALTER TABLE complaint ADD COLUMN complainant_is_person_shown BOOLEAN;
ALTER TABLE complaint ADD COLUMN consent_to_share BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE complaint ADD COLUMN consent_to_contact BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE complaint ADD COLUMN conduct_date_to DATE;
ALTER TABLE complaint ADD COLUMN geo_tagged_evidence BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_complaint_practitioner ON complaint (registrant_id, platform, received_at);

-- SHA-256 of the link's match key (host without www./m., path, query without tracking parameters): indexable on
-- both databases, where the link itself is too long for an index
ALTER TABLE post_link ADD COLUMN match_hash CHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE post_link ADD COLUMN platform VARCHAR(30);
CREATE INDEX ix_post_link_match ON post_link (match_hash);

ALTER TABLE evidence_item ADD COLUMN working_key VARCHAR(100);
ALTER TABLE evidence_item ADD COLUMN thumbnail_key VARCHAR(100);
ALTER TABLE evidence_item ADD COLUMN gps_latitude DOUBLE;
ALTER TABLE evidence_item ADD COLUMN gps_longitude DOUBLE;
ALTER TABLE evidence_item ADD COLUMN device VARCHAR(100);
ALTER TABLE evidence_item ADD COLUMN captured_at DATETIME(6);
ALTER TABLE evidence_item ADD CONSTRAINT uq_evidence_working_key UNIQUE (working_key);
ALTER TABLE evidence_item ADD CONSTRAINT uq_evidence_thumbnail_key UNIQUE (thumbnail_key);

CREATE SEQUENCE related_complaint_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE related_complaint (
    id           BIGINT       NOT NULL PRIMARY KEY,
    complaint_id BIGINT       NOT NULL,
    related_id   BIGINT       NOT NULL,
    reason       VARCHAR(30)  NOT NULL,
    linked_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_related_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_related_other FOREIGN KEY (related_id) REFERENCES complaint (id),
    CONSTRAINT uq_related_pair UNIQUE (complaint_id, related_id)
);

CREATE SEQUENCE complainant_message_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE complainant_message (
    id           BIGINT      NOT NULL PRIMARY KEY,
    complaint_id BIGINT      NOT NULL,
    body         MEDIUMTEXT  NOT NULL,
    received_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_complainant_message_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_complainant_message_complaint ON complainant_message (complaint_id);

