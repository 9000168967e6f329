-- SMS as a second channel of the one outbox: one row per message and channel. An SMS row holds the text as it was
-- filled (one-time codes masked once sent), its segment count, whether it may have been sent twice (it was in flight
-- when the portal stopped), and its delivery state from the gateway's receipts; each part's SMSC message id is kept
-- so that a receipt finds its message, and a multi-part message is delivered when all its parts are.

ALTER TABLE mail_outbox ADD COLUMN channel VARCHAR(5) DEFAULT 'EMAIL' NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN group_id BIGINT;
ALTER TABLE mail_outbox ADD COLUMN possibly_duplicate BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN delivery VARCHAR(10);
ALTER TABLE mail_outbox ADD COLUMN delivered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE mail_outbox ADD COLUMN segments INTEGER;
ALTER TABLE mail_outbox ADD COLUMN sms_text VARCHAR(1000);
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_channel_ck CHECK (channel IN ('EMAIL', 'SMS'));
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_delivery_ck
    CHECK (delivery IS NULL OR delivery IN ('DELIVRD', 'UNDELIV', 'EXPIRED', 'REJECTD', 'DELETED', 'UNKNOWN', 'ACCEPTD'));
CREATE INDEX mail_outbox_channel_due_ix ON mail_outbox (channel, status, next_attempt_at);
CREATE INDEX mail_outbox_group_ix ON mail_outbox (group_id);
CREATE INDEX mail_outbox_recipient_ix ON mail_outbox (recipient);

-- An SMSC's ids are unique only among its recent messages (a restarted or another SMSC may use one again): a
-- receipt belongs to the latest message that got its id.
CREATE TABLE sms_part (
    outbox_id       BIGINT      NOT NULL REFERENCES mail_outbox (id) ON DELETE CASCADE,
    part            INTEGER     NOT NULL,
    smsc_message_id VARCHAR(65) NOT NULL,
    state           VARCHAR(10),
    updated_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (outbox_id, part)
);
CREATE INDEX sms_part_message_ix ON sms_part (smsc_message_id);

-- The SMS text of each message type and language exactly as registered with DLT ({#var#} placeholders, filled in
-- order from the message's values named in variables), and the template id the operator gave it. Editing the body
-- clears the id: operators drop a message whose text no longer matches its registration.
CREATE TABLE sms_template (
    message_type VARCHAR(40)  NOT NULL,
    language     VARCHAR(5)   NOT NULL,
    body         VARCHAR(1000) NOT NULL,
    variables    VARCHAR(500) NOT NULL,
    template_id  VARCHAR(30),
    updated_at   TIMESTAMP WITH TIME ZONE,
    updated_by   VARCHAR(60),
    PRIMARY KEY (message_type, language),
    CONSTRAINT sms_template_language_ck CHECK (language IN ('en', 'bn'))
);

-- How a group is told: SMS to its mobile (default), e-mail when it gave an address, and whether it hears of new
-- exhibitions at all. (Staff and officers receive only their reset link, by e-mail.)
ALTER TABLE shg_group ADD COLUMN notify_sms BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE shg_group ADD COLUMN notify_email BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE shg_group ADD COLUMN announcements BOOLEAN DEFAULT TRUE NOT NULL;
