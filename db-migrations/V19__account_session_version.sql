-- The account's sign-in generation: raised when the account is disabled, its role or municipalities change, or its
-- password is reset. A session remembers the value it signed in with; every request compares it with this column, so
-- the change ends open sessions at once, in every portal process that shares the database. Kept apart from
-- app_user.version (the optimistic lock of the admin's form), which also moves for a new display name or e-mail.
ALTER TABLE app_user ADD COLUMN session_version INTEGER NOT NULL DEFAULT 0;
