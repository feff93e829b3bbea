-- A map made from other maps (an assignment's consensus map) is read-only, for its owner too: it says what
-- the maps shared when it was made. Duplicate makes an editable copy.
ALTER TABLE argument_map ADD COLUMN read_only BOOLEAN NOT NULL DEFAULT FALSE;
