-- Test migration: creates a table, then fails. The start-up must refuse and leave no trace of it.
CREATE TABLE broken_probe (id INTEGER);
INSERT INTO broken_probe (id) VALUES (1);
SELECT no_such_column FROM no_such_table;
