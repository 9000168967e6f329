-- Readiness for online selling gets its last item (e-retail training, set by the centre's attendance), and a group can
-- ask for its account to be deleted: its officer confirms, the personal data is erased, and the row stays (without
-- name, phone or identifiers) so that past placements still count by municipality and district.

ALTER TABLE shg_group ADD COLUMN eretail_trained_at TIMESTAMP WITH TIME ZONE;
-- kept with every photo added or removed, so readiness is a row expression: filtering and adding it up over 100,000
-- groups must not count photos per group
ALTER TABLE shg_group ADD COLUMN photo_count INTEGER DEFAULT 0 NOT NULL;
UPDATE shg_group SET photo_count = (SELECT COUNT(*) FROM product_photo JOIN product ON product.id = product_photo.product_id
                                    WHERE product.group_id = shg_group.id);
ALTER TABLE shg_group ADD COLUMN deletion_requested_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE shg_group ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE shg_group ALTER COLUMN phone DROP NOT NULL;
ALTER TABLE shg_group DROP CONSTRAINT shg_group_status_ck;
ALTER TABLE shg_group ADD CONSTRAINT shg_group_status_ck
    CHECK (status IN ('PENDING', 'VERIFIED', 'REJECTED', 'DELETED'));

CREATE INDEX shg_group_name_ix ON shg_group (name);
