-- A centre's opening hours and its weekly closed day: sessions are booked inside them.

CREATE TABLE centre_hours (
    venue_id       BIGINT  PRIMARY KEY REFERENCES venue (id),
    opens_at       TIME    NOT NULL,
    closes_at      TIME    NOT NULL,
    closed_weekday INTEGER,
    CONSTRAINT centre_hours_order_ck CHECK (closes_at > opens_at),
    CONSTRAINT centre_hours_weekday_ck CHECK (closed_weekday IS NULL OR closed_weekday BETWEEN 1 AND 7)
);
