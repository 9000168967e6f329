-- The statewide target of members trained in e-retailing, which the admin sets (the programme's figure: 1,500).

CREATE TABLE training_target (
    id         INTEGER PRIMARY KEY,
    members    INTEGER NOT NULL,
    updated_by VARCHAR(60),
    updated_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT training_target_single_ck CHECK (id = 1),
    CONSTRAINT training_target_members_ck CHECK (members BETWEEN 1 AND 1000000)
);

INSERT INTO training_target (id, members) VALUES (1, 1500);
