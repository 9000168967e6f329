-- An admin may require a one-time code by SMS after the password for an admin account: the code goes to the
-- account's own mobile number, so the switch needs one, and only admin accounts have it (officers and staff keep
-- passwords alone).
ALTER TABLE app_user ADD COLUMN second_factor BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD CONSTRAINT app_user_second_factor_ck
    CHECK (second_factor = FALSE OR (mobile IS NOT NULL AND role = 'STATE_ADMIN'));
