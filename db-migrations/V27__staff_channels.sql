-- Staff and officers choose how they are told, as groups do: SMS to a mobile number the admin records, e-mail to
-- their address, or both. With neither possible nothing is sent to them (their work waits in the portal). Each
-- message to an account keeps that account, so the Messages view can show whom it went to.
ALTER TABLE app_user ADD COLUMN mobile VARCHAR(10);
ALTER TABLE app_user ADD COLUMN notify_sms BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN notify_email BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE app_user ADD CONSTRAINT app_user_sms_needs_mobile_ck CHECK (notify_sms = FALSE OR mobile IS NOT NULL);

ALTER TABLE mail_outbox ADD COLUMN user_id BIGINT;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE SET NULL;
CREATE INDEX mail_outbox_user_ix ON mail_outbox (user_id);
