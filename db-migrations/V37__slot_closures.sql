-- Plans change (#21): a slot of a running exhibition loses its days from a date on (a strike, a flood). The slot's
-- dates stay as they were planned; the lost days are closed_from .. ends_on (the whole slot when closed_from is its
-- first day). Sales already reported stay; check-ins and reports on lost days are refused and absences there are no
-- no-shows.
ALTER TABLE exhibition_slot ADD COLUMN closed_from DATE;
ALTER TABLE exhibition_slot ADD COLUMN closed_reason VARCHAR(500);
ALTER TABLE exhibition_slot ADD COLUMN closed_by VARCHAR(60);
ALTER TABLE exhibition_slot ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE exhibition_slot ADD CONSTRAINT exhibition_slot_closed_ck
    CHECK ((closed_from IS NULL) = (closed_reason IS NULL)
        AND (closed_from IS NULL OR closed_from BETWEEN starts_on AND ends_on));
