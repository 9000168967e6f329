-- A day's sales may say how much came in cash and how much by UPI (a QR code scanned at the stall): both or neither,
-- never negative, and together the day's total. Reports with a total only keep both null (the dashboard's UPI share
-- leaves them out and counts them).

ALTER TABLE sales_report ADD COLUMN cash_rupees INTEGER;
ALTER TABLE sales_report ADD COLUMN upi_rupees INTEGER;
ALTER TABLE sales_report ADD CONSTRAINT sales_report_split_ck CHECK (
    (cash_rupees IS NULL AND upi_rupees IS NULL)
    OR (cash_rupees >= 0 AND upi_rupees >= 0 AND cash_rupees + upi_rupees = amount_rupees));
