-- conditions imposed and undertakings proposed, item by item with the day compliance is checked; and on the register
CREATE TABLE decision_term (
    decision_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    term_text   VARCHAR(1000) NOT NULL,
    review_on   DATE          NOT NULL,
    PRIMARY KEY (decision_id, position),
    CONSTRAINT fk_decision_term_decision FOREIGN KEY (decision_id) REFERENCES decision (id)
);
CREATE TABLE sanction_term (
    sanction_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    term_text   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (sanction_id, position),
    CONSTRAINT fk_sanction_term_sanction FOREIGN KEY (sanction_id) REFERENCES sanction (id)
);
