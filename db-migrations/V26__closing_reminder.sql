-- The day before applications close, the groups told of the opening that have not applied are reminded once: the
-- date the reminder was queued is kept on the exhibition, so a second run (a restart, a second node) sends nothing.

ALTER TABLE exhibition ADD COLUMN closing_reminder_sent_on DATE;
