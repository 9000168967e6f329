-- The nearest City Livelihood Centres for a group whose district belongs to no zone (#23): each district carries the
-- location of its headquarters town, each centre its own, and the desk lists the centres by great-circle distance
-- from the group's district. Coordinates are approximate (to about a kilometre), enough to order and to show km.
ALTER TABLE district ADD COLUMN latitude DECIMAL(9, 6);
ALTER TABLE district ADD COLUMN longitude DECIMAL(9, 6);
ALTER TABLE district ADD CONSTRAINT district_location_ck CHECK (
    (latitude IS NULL AND longitude IS NULL)
    OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180));
ALTER TABLE centre ADD COLUMN latitude DECIMAL(9, 6);
ALTER TABLE centre ADD COLUMN longitude DECIMAL(9, 6);
ALTER TABLE centre ADD CONSTRAINT centre_location_ck CHECK (
    (latitude IS NULL AND longitude IS NULL)
    OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180));

-- the district headquarters
UPDATE district SET latitude = 22.572600, longitude = 88.363900 WHERE name_en = 'Kolkata';
UPDATE district SET latitude = 22.595800, longitude = 88.263600 WHERE name_en = 'Howrah';
UPDATE district SET latitude = 22.896300, longitude = 88.396200 WHERE name_en = 'Hooghly';           -- Chinsurah
UPDATE district SET latitude = 22.722500, longitude = 88.480900 WHERE name_en = 'North 24 Parganas'; -- Barasat
UPDATE district SET latitude = 22.533300, longitude = 88.333300 WHERE name_en = 'South 24 Parganas'; -- Alipore
UPDATE district SET latitude = 23.405800, longitude = 88.490300 WHERE name_en = 'Nadia';             -- Krishnanagar
UPDATE district SET latitude = 24.104800, longitude = 88.251500 WHERE name_en = 'Murshidabad';       -- Baharampur
UPDATE district SET latitude = 25.010800, longitude = 88.141100 WHERE name_en = 'Malda';             -- English Bazar
UPDATE district SET latitude = 25.618500, longitude = 88.125600 WHERE name_en = 'Uttar Dinajpur';    -- Raiganj
UPDATE district SET latitude = 25.221600, longitude = 88.763300 WHERE name_en = 'Dakshin Dinajpur';  -- Balurghat
UPDATE district SET latitude = 27.041000, longitude = 88.266300 WHERE name_en = 'Darjeeling';
UPDATE district SET latitude = 27.059400, longitude = 88.469500 WHERE name_en = 'Kalimpong';
UPDATE district SET latitude = 26.516700, longitude = 88.719600 WHERE name_en = 'Jalpaiguri';
UPDATE district SET latitude = 26.483700, longitude = 89.522100 WHERE name_en = 'Alipurduar';
UPDATE district SET latitude = 26.324500, longitude = 89.451000 WHERE name_en = 'Cooch Behar';
UPDATE district SET latitude = 23.232400, longitude = 87.861500 WHERE name_en = 'Purba Bardhaman';   -- Bardhaman
UPDATE district SET latitude = 23.673900, longitude = 86.952400 WHERE name_en = 'Paschim Bardhaman'; -- Asansol
UPDATE district SET latitude = 23.910600, longitude = 87.527200 WHERE name_en = 'Birbhum';           -- Suri
UPDATE district SET latitude = 23.232400, longitude = 87.074600 WHERE name_en = 'Bankura';
UPDATE district SET latitude = 23.332100, longitude = 86.365200 WHERE name_en = 'Purulia';
UPDATE district SET latitude = 22.424300, longitude = 87.319300 WHERE name_en = 'Paschim Medinipur'; -- Medinipur
UPDATE district SET latitude = 22.455000, longitude = 86.997400 WHERE name_en = 'Jhargram';
UPDATE district SET latitude = 22.296000, longitude = 87.919000 WHERE name_en = 'Purba Medinipur';   -- Tamluk

-- the centres
UPDATE centre SET latitude = 22.588000, longitude = 88.408000 WHERE name_en = 'Salt Lake Sector-1 centre';
UPDATE centre SET latitude = 22.652500, longitude = 88.419700 WHERE name_en = 'City Livelihood Centre, North Dum Dum';
UPDATE centre SET latitude = 22.424300, longitude = 87.319300 WHERE name_en = 'City Livelihood Centre, Medinipur';
