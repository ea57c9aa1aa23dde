-- LIFT (Local Inclusion Forum Team) meetings: groups of schools, their
-- meetings, the referrals tabled with each meeting's decision, attendance by
-- agency, and actions. All synced (see docs/storage.md); links between synced
-- records carry no foreign key, as in migration 4. The rules are in
-- core/lift/LiftRecords.h.

-- A group of settings in one district that meets about six times a year.
CREATE TABLE lift_group (
    id             BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    name           TEXT,
    district_code  TEXT REFERENCES district (code),
    _clock         BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX lift_group_district ON lift_group (district_code);
INSERT INTO sync_table (id, name) VALUES (10, 'lift_group');

-- A setting's place in a group.
CREATE TABLE lift_group_setting (
    id          BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    group_id    BLOB,  -- lift_group.id
    setting_id  BLOB,  -- setting.id
    _clock      BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX lift_group_setting_group ON lift_group_setting (group_id);
CREATE INDEX lift_group_setting_setting ON lift_group_setting (setting_id);
INSERT INTO sync_table (id, name) VALUES (11, 'lift_group_setting');

-- A meeting. Status: planned → agenda_closed → held → minutes_approved →
-- circulated.
CREATE TABLE lift_meeting (
    id               BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    group_id         BLOB,     -- lift_group.id
    meets_on         TEXT,     -- ISO 8601 date
    starts_at        TEXT,     -- HH:MM
    place            TEXT,     -- a room, or a link when online
    online           INTEGER,  -- 1: held online
    chair_id         BLOB,     -- staff.id: an STLS lead
    minute_taker_id  BLOB,     -- staff.id
    status           TEXT,
    approved_by      BLOB,     -- staff.id: who approved the minutes
    approved_on      TEXT,     -- ISO 8601 date
    circulated_on    TEXT,     -- ISO 8601 date
    _clock           BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX lift_meeting_group ON lift_meeting (group_id, meets_on);
CREATE INDEX lift_meeting_date ON lift_meeting (meets_on);
INSERT INTO sync_table (id, name) VALUES (12, 'lift_meeting');

-- A referral tabled at a meeting, for a child or for a whole setting or a
-- cohort in it, with the meeting's decision on it. A deferred referral is
-- carried to the next meeting as a new referral (carried_from_id) and keeps
-- its decision in the first meeting's minutes.
CREATE TABLE lift_referral (
    id                    BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    meeting_id            BLOB,     -- lift_meeting.id
    child_id              BLOB,     -- child.id; null for a setting or a cohort
    setting_id            BLOB,     -- setting.id
    cohort                TEXT,     -- the cohort, for a referral of a group of children
    referrer_name         TEXT,     -- the setting's SENCO who brings it
    received_on           TEXT,     -- ISO 8601 date
    primary_need          TEXT REFERENCES need_code (code),
    secondary_need        TEXT REFERENCES need_code (code),
    tried                 TEXT,     -- what the setting has tried with its own resources
    apdr_evidence         TEXT,     -- its assess-plan-do-review cycle
    parent_views          TEXT,
    question              TEXT,     -- what the setting asks the panel
    urgent_reason         TEXT,     -- set: urgent, tabled after the deadline
    quota_approved_by     BLOB,     -- staff.id: the chair who agreed a fourth referral
    agreement_override    TEXT,     -- why it is tabled without an agreement to engage in force
    agenda_position       INTEGER,
    discussion            TEXT,
    decision_code         TEXT,
    involvement_id        BLOB,     -- involvement.id opened by the decision
    carried_from_id       BLOB,     -- lift_referral.id deferred from an earlier meeting
    _clock                BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX lift_referral_meeting ON lift_referral (meeting_id, agenda_position);
CREATE INDEX lift_referral_child ON lift_referral (child_id);
CREATE INDEX lift_referral_involvement ON lift_referral (involvement_id);
INSERT INTO sync_table (id, name) VALUES (13, 'lift_referral');

-- Who came to a meeting, for which agency.
CREATE TABLE lift_attendance (
    id           BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    meeting_id   BLOB,  -- lift_meeting.id
    name         TEXT,
    agency_code  TEXT,  -- stls_lead | specialist_teacher | senco | educational_psychology | speech_language_therapy | early_help | parent_carer | health | other
    agency_name  TEXT,  -- the agency, for other
    staff_id     BLOB,  -- staff.id, for the service's own
    setting_id   BLOB,  -- setting.id, for a SENCO
    status       TEXT,  -- present | apologies | absent
    _clock       BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX lift_attendance_meeting ON lift_attendance (meeting_id);
INSERT INTO sync_table (id, name) VALUES (14, 'lift_attendance');

-- An action agreed at a meeting, on a referral or for the meeting as a whole;
-- open ones carry to the group's next agenda.
CREATE TABLE lift_action (
    id           BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    meeting_id   BLOB,  -- lift_meeting.id
    referral_id  BLOB,  -- lift_referral.id; null for the meeting's own
    text         TEXT,
    owner_id     BLOB,  -- staff.id, when the service's own
    owner_name   TEXT,  -- anyone else, with their agency
    due_on       TEXT,  -- ISO 8601 date
    status       TEXT,  -- open | done | dropped
    done_on      TEXT,  -- ISO 8601 date
    _clock       BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX lift_action_meeting ON lift_action (meeting_id);
CREATE INDEX lift_action_referral ON lift_action (referral_id);
INSERT INTO sync_table (id, name) VALUES (15, 'lift_action');
