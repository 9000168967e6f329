-- Plans change (#21): an exhibition's catchment or categories may be narrowed while it is a draft or open. An
-- application made before that is never dropped: it is flagged as outside the changed terms, stays in play for the
-- draw, and the officer may reject it with a reason.
ALTER TABLE application ADD COLUMN outside_terms BOOLEAN DEFAULT FALSE NOT NULL;
