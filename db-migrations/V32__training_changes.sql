-- Plans change (#21): a session can be edited, moved and cancelled; rooms and trainers retire; trainers mark days
-- away; the day-before reminder is claimed once per member and session; certificates carry a random reference.

ALTER TABLE training_session ADD COLUMN title VARCHAR(120);
ALTER TABLE training_session ADD COLUMN status VARCHAR(10) DEFAULT 'SCHEDULED' NOT NULL;
ALTER TABLE training_session ADD CONSTRAINT training_session_status_ck CHECK (status IN ('SCHEDULED', 'CANCELLED'));
ALTER TABLE training_session ADD COLUMN cancel_reason VARCHAR(300);
-- the calendar entries' SEQUENCE: one more on every change a member's calendar must follow
ALTER TABLE training_session ADD COLUMN calendar_sequence INTEGER DEFAULT 0 NOT NULL;
-- a change made from a stale screen is refused: the screen sends the version it showed
ALTER TABLE training_session ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;

ALTER TABLE training_room ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE trainer ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE trainer_day_away (
    trainer_id BIGINT NOT NULL REFERENCES trainer (id),
    away_on    DATE   NOT NULL,
    PRIMARY KEY (trainer_id, away_on)
);

-- one row per member and session whose reminder was queued: claimed in the transaction that queues it
CREATE TABLE training_reminder (
    session_id BIGINT NOT NULL REFERENCES training_session (id),
    member_id  BIGINT NOT NULL REFERENCES group_member (id) ON DELETE CASCADE,
    queued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (session_id, member_id)
);

CREATE TABLE training_certificate (
    member_id BIGINT      NOT NULL PRIMARY KEY REFERENCES group_member (id) ON DELETE CASCADE,
    reference VARCHAR(40) NOT NULL,
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT training_certificate_reference_uk UNIQUE (reference)
);
