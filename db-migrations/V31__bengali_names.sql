-- Names that existed only in English get an optional Bengali one, shown to Bengali readers (English when blank):
-- exhibition titles, venue names and addresses, training rooms. Topics have had both since V13.

ALTER TABLE exhibition ADD COLUMN title_bn VARCHAR(200);
ALTER TABLE venue ADD COLUMN name_bn VARCHAR(200);
ALTER TABLE venue ADD COLUMN address_bn VARCHAR(500);
ALTER TABLE training_room ADD COLUMN name_bn VARCHAR(120);
