-- Which e-mail of a claimed batch was being handed to the SMTP server (#24). A node sends its batch one message at a
-- time and marks this just before each; when a killed node's claim expires, only the message it was handing over may
-- have reached the server, so only that one goes again marked "possibly duplicated" (the rest simply go). SMS claim
-- one submit window at a time, all of it in flight, so they do not need it.
ALTER TABLE mail_outbox ADD COLUMN handed_over_at TIMESTAMP WITH TIME ZONE;
