-- Casework: involvements (cases) with their expected outcomes and every
-- review of them, and the contact log. All synced (see docs/storage.md);
-- links between synced records carry no foreign key, as in migration 4.

-- A case, for one child or a whole setting. Status life cycle (see
-- core/casework/CaseworkRecords.h): referred → accepted or declined →
-- active → closed with a reason.
CREATE TABLE involvement (
    id                 BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    child_id           BLOB,  -- child.id; null for a whole-setting involvement
    setting_id         BLOB,  -- setting.id
    service_line_code  TEXT REFERENCES service_line (code),
    route              TEXT,  -- lift | sensory_referral | drop_in_follow_up
    best_endeavours    TEXT,  -- what the setting did with its own resources first
    decision           TEXT,
    teacher_id         BLOB,  -- staff.id: the allocated specialist teacher
    status             TEXT,  -- referred | accepted | declined | active | closed
    opened_on          TEXT,  -- ISO 8601 date
    closed_on          TEXT,  -- ISO 8601 date
    closure_reason     TEXT,
    _clock             BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX involvement_child ON involvement (child_id);
CREATE INDEX involvement_setting ON involvement (setting_id);
CREATE INDEX involvement_teacher ON involvement (teacher_id, status);
INSERT INTO sync_table (id, name) VALUES (6, 'involvement');

-- An expected outcome agreed for an involvement.
CREATE TABLE outcome (
    id              BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    involvement_id  BLOB,  -- involvement.id
    description     TEXT,
    baseline        TEXT,
    target          TEXT,
    review_due      TEXT,  -- ISO 8601 date of the next review
    _clock          BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX outcome_involvement ON outcome (involvement_id);
CREATE INDEX outcome_review_due ON outcome (review_due);
INSERT INTO sync_table (id, name) VALUES (7, 'outcome');

-- One review of an outcome: Goal Attainment Scaling, −2 (much less than
-- expected) to +2 (much more). Every review is kept.
CREATE TABLE outcome_review (
    id           BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    outcome_id   BLOB,     -- outcome.id
    reviewed_on  TEXT,     -- ISO 8601 date
    rating       INTEGER,  -- −2 … +2
    reviewed_by  BLOB,     -- staff.id
    notes        TEXT,
    _clock       BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX outcome_review_outcome ON outcome_review (outcome_id, reviewed_on);
INSERT INTO sync_table (id, name) VALUES (8, 'outcome_review');

-- The contact log: each visit, observation, assessment, meeting, modelled
-- intervention, report written or call.
CREATE TABLE contact_log (
    id              BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    involvement_id  BLOB,     -- involvement.id
    contact_type    TEXT,     -- visit | observation | assessment | meeting | modelled_intervention | report | call
    contact_date    TEXT,     -- ISO 8601 date
    staff_id        BLOB,     -- staff.id
    minutes         INTEGER,
    seen            TEXT,     -- what was seen or discussed
    advice          TEXT,
    next_steps      TEXT,
    outcome_ids     TEXT,     -- the outcomes it worked towards: ids, comma separated
    _clock          BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX contact_log_involvement ON contact_log (involvement_id, contact_date);
CREATE INDEX contact_log_staff ON contact_log (staff_id, contact_date);
INSERT INTO sync_table (id, name) VALUES (9, 'contact_log');
