-- E-payment at the stall (#22): a group's UPI ID (handle@psp), stored lower-case as the rules in group.UpiIds left
-- it; null until the group (or its officer) gives one. The stall card's QR code pays it.
ALTER TABLE shg_group ADD COLUMN upi_id VARCHAR(100);
