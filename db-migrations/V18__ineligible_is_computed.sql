-- Ineligibility (busy elsewhere, no kiosk for the group's needs, no slot chosen) is what one allocation run found, not
-- an officer's decision: it gets a status of its own that keeps the application in play for the next run. Rows an
-- earlier run marked REJECTED for such a reason (no officer's reason recorded) go back into play.
ALTER TABLE application DROP CONSTRAINT application_status_ck;
ALTER TABLE application ADD CONSTRAINT application_status_ck
    CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'WAITLISTED', 'REJECTED', 'ASSIGNED', 'WITHDRAWN', 'INELIGIBLE'));
UPDATE application SET status = 'INELIGIBLE'
 WHERE status = 'REJECTED' AND reason IS NULL AND explanation_code LIKE 'ineligible.%';
