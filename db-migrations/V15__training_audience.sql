-- A session may be for some municipalities only (e.g. a zone's) and may need a topic attended first.

ALTER TABLE training_session ADD COLUMN prerequisite_topic_id BIGINT REFERENCES training_topic (id);

CREATE TABLE training_audience (
    session_id      BIGINT NOT NULL REFERENCES training_session (id),
    municipality_id BIGINT NOT NULL REFERENCES municipality (id),
    CONSTRAINT training_audience_pk PRIMARY KEY (session_id, municipality_id)
);
