-- One rule for places: a mall kiosk's places in a slot are the smaller of its capacity and the exhibition's groups per
-- kiosk-slot. Raise each mall kiosk's capacity to the largest groups per kiosk-slot any exhibition at its venue used,
-- so that no existing exhibition loses places (published placements stay as they are).
UPDATE kiosk SET capacity = (SELECT MAX(e.groups_per_kiosk_slot) FROM exhibition e WHERE e.venue_id = kiosk.venue_id)
 WHERE venue_id IN (SELECT v.id FROM venue v WHERE v.kind = 'MALL')
   AND capacity < (SELECT MAX(e.groups_per_kiosk_slot) FROM exhibition e WHERE e.venue_id = kiosk.venue_id);
