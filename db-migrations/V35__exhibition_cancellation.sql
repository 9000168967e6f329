-- Plans change (#21): an exhibition can be cancelled, with a reason, in any state before it finished.
ALTER TABLE exhibition DROP CONSTRAINT exhibition_status_ck;
ALTER TABLE exhibition ADD CONSTRAINT exhibition_status_ck
    CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'ALLOCATED', 'PUBLISHED', 'RUNNING', 'FINISHED', 'CANCELLED'));
ALTER TABLE exhibition ADD COLUMN cancel_reason VARCHAR(500);
ALTER TABLE exhibition ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE exhibition ADD COLUMN cancelled_by VARCHAR(60);
ALTER TABLE exhibition ADD CONSTRAINT exhibition_cancel_ck
    CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL AND cancelled_at IS NOT NULL));
