-- Drop-in clinics: sessions a district runs, led by one dimension of need,
-- with bookable slots, the staff who run them, and each consultation held in
-- a slot with its follow-up. All synced (see docs/storage.md); links between
-- synced records carry no foreign key, as in migration 4. The rules are in
-- core/dropin/DropinRecords.h.

-- A session of a district's drop-in clinic.
CREATE TABLE dropin_session (
    id              BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    district_code   TEXT REFERENCES district (code),
    held_on         TEXT,     -- ISO 8601 date
    starts_at       TEXT,     -- HH:MM
    place           TEXT,     -- a room, or a link when online
    online          INTEGER,  -- 1: held online
    dimension_code  TEXT REFERENCES need_dimension (code),
    slot_minutes    INTEGER,  -- how long one slot is
    slot_count      INTEGER,  -- how many slots can be booked
    _clock          BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX dropin_session_district ON dropin_session (district_code, held_on);
CREATE INDEX dropin_session_date ON dropin_session (held_on);
INSERT INTO sync_table (id, name) VALUES (16, 'dropin_session');

-- A member of staff who runs a session.
CREATE TABLE dropin_staff (
    id          BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    session_id  BLOB,  -- dropin_session.id
    staff_id    BLOB,  -- staff.id
    _clock      BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX dropin_staff_session ON dropin_staff (session_id);
CREATE INDEX dropin_staff_staff ON dropin_staff (staff_id);
INSERT INTO sync_table (id, name) VALUES (17, 'dropin_staff');

-- A consultation booked in a slot: who at a setting asked, about one child
-- (on record, or by initials when the service does not know them) or about a
-- cohort, the question, the advice and the follow-up. A LIFT referral or an
-- involvement made as the follow-up is linked from here.
CREATE TABLE dropin_consultation (
    id                BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    session_id        BLOB,     -- dropin_session.id
    slot              INTEGER,  -- 1 … the session's slot_count
    setting_id        BLOB,     -- setting.id
    asker_name        TEXT,
    asker_role        TEXT,     -- their role at the setting: SENCO, class teacher …
    child_id          BLOB,     -- child.id, for a child the service knows
    child_initials    TEXT,     -- for one it does not
    cohort            TEXT,     -- for a group of children: which
    cohort_size       INTEGER,  -- and how many
    question          TEXT,
    advice            TEXT,
    follow_up         TEXT,     -- none | lift_referral | signpost | involvement
    signpost_to       TEXT,     -- early_help | health | local_offer | other_service
    signpost_detail   TEXT,     -- the service, and what was suggested
    lift_referral_id  BLOB,     -- lift_referral.id made as the follow-up
    involvement_id    BLOB,     -- involvement.id made as the follow-up
    _clock            BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX dropin_consultation_session ON dropin_consultation (session_id, slot);
CREATE INDEX dropin_consultation_setting ON dropin_consultation (setting_id);
CREATE INDEX dropin_consultation_child ON dropin_consultation (child_id);
INSERT INTO sync_table (id, name) VALUES (18, 'dropin_consultation');
