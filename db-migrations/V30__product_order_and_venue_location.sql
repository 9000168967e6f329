-- Products and their photos keep the order the group gives them (the catalogue shows them in that order), and a
-- venue may carry its map location, which its map link, the allotment letter and the catalogue use.

ALTER TABLE product ADD COLUMN sort_order INTEGER DEFAULT 0 NOT NULL;
UPDATE product SET sort_order = id;

ALTER TABLE product_photo ADD COLUMN sort_order INTEGER DEFAULT 0 NOT NULL;
UPDATE product_photo SET sort_order = id;

ALTER TABLE venue ADD COLUMN latitude DECIMAL(9, 6);
ALTER TABLE venue ADD COLUMN longitude DECIMAL(9, 6);
ALTER TABLE venue ADD CONSTRAINT venue_location_ck CHECK (
    (latitude IS NULL AND longitude IS NULL)
    OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180));
