-- Settings gain the GIAS dates; staff, children, their parent/carer contacts
-- and consent records arrive. All are synced (see docs/storage.md). Links
-- between synced records (child → setting) carry no foreign key: a sync
-- package may bring a child before its setting, and a delete on one laptop
-- must not make another laptop's edit impossible to apply.
ALTER TABLE setting ADD COLUMN opened_on TEXT;  -- ISO 8601 date
ALTER TABLE setting ADD COLUMN closed_on TEXT;  -- ISO 8601 date

CREATE TABLE staff (
    id                 BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    first_name         TEXT,
    last_name          TEXT,
    role               TEXT,  -- specialist_teacher | stls_lead | county_lead | admin | team_lead
    service_line_code  TEXT REFERENCES service_line (code),
    district_code      TEXT REFERENCES district (code),
    specialisms        TEXT,  -- need codes, comma separated (e.g. "HI,VI")
    email              TEXT,
    phone              TEXT,
    status             TEXT,  -- active | left
    _clock             BLOB NOT NULL
) WITHOUT ROWID;
INSERT INTO sync_table (id, name) VALUES (2, 'staff');

CREATE TABLE child (
    id                   BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    first_name           TEXT,
    last_name            TEXT,
    date_of_birth        TEXT,     -- ISO 8601 date
    upn                  TEXT,     -- unique pupil number, check letter validated
    setting_id           BLOB,     -- setting.id
    year_group_override  INTEGER,  -- null: computed from the date of birth
    sen_provision        TEXT REFERENCES sen_provision (code),
    primary_need         TEXT REFERENCES need_code (code),
    secondary_need       TEXT REFERENCES need_code (code),
    status               TEXT,     -- active | inactive | left
    notes                TEXT,
    _clock               BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX child_upn ON child (upn);
CREATE INDEX child_setting ON child (setting_id);
CREATE INDEX child_name ON child (last_name COLLATE NOCASE, first_name COLLATE NOCASE, id);
INSERT INTO sync_table (id, name) VALUES (3, 'child');

CREATE TABLE child_contact (
    id                      BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    child_id                BLOB,     -- child.id
    name                    TEXT,
    relationship            TEXT,     -- mother, father, carer, foster carer …
    phone                   TEXT,
    email                   TEXT,
    address                 TEXT,
    parental_responsibility INTEGER,  -- 1 when they hold parental responsibility
    _clock                  BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX child_contact_child ON child_contact (child_id);
INSERT INTO sync_table (id, name) VALUES (4, 'child_contact');

-- "Agreement to engage": who gave it, when, for what, and its withdrawal.
CREATE TABLE consent (
    id             BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    child_id       BLOB,  -- child.id
    given_by       TEXT,
    given_on       TEXT,  -- ISO 8601 date
    scope          TEXT,
    withdrawn_on   TEXT,  -- ISO 8601 date; null while in force
    withdrawn_by   TEXT,
    _clock         BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX consent_child ON consent (child_id);
INSERT INTO sync_table (id, name) VALUES (5, 'consent');

-- What belongs to this installation alone and never syncs, such as which
-- staff member uses it ("who am I").
CREATE TABLE local_setting (
    key    TEXT PRIMARY KEY,
    value
) WITHOUT ROWID;

-- Search as you type over children's names, UPN and setting name. Kept by
-- triggers, so every write path (store, sync, undo) keeps it right. FTS5
-- needs integer rowids; child_search_key gives each child one, local to this
-- file and never synced.
CREATE TABLE child_search_key (
    rowid     INTEGER PRIMARY KEY,
    child_id  BLOB NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE child_search USING fts5 (
    names, upn, setting_name,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);

CREATE TRIGGER child_search_insert AFTER INSERT ON child BEGIN
    INSERT INTO child_search_key (child_id) VALUES (new.id);
    INSERT INTO child_search (rowid, names, upn, setting_name)
    VALUES (last_insert_rowid(),
            coalesce(new.first_name, '') || ' ' || coalesce(new.last_name, ''),
            new.upn,
            (SELECT name FROM setting WHERE id = new.setting_id));
END;

CREATE TRIGGER child_search_update
AFTER UPDATE OF first_name, last_name, upn, setting_id ON child BEGIN
    UPDATE child_search
    SET names = coalesce(new.first_name, '') || ' ' || coalesce(new.last_name, ''),
        upn = new.upn,
        setting_name = (SELECT name FROM setting WHERE id = new.setting_id)
    WHERE rowid = (SELECT rowid FROM child_search_key WHERE child_id = new.id);
END;

CREATE TRIGGER child_search_delete AFTER DELETE ON child BEGIN
    DELETE FROM child_search
    WHERE rowid = (SELECT rowid FROM child_search_key WHERE child_id = old.id);
    DELETE FROM child_search_key WHERE child_id = old.id;
END;

CREATE TRIGGER child_search_setting_name AFTER UPDATE OF name ON setting BEGIN
    UPDATE child_search SET setting_name = new.name
    WHERE rowid IN (SELECT k.rowid FROM child c JOIN child_search_key k ON k.child_id = c.id
                    WHERE c.setting_id = new.id);
END;

-- A setting that arrives after its children (sync order is free) names them.
CREATE TRIGGER child_search_setting_arrives AFTER INSERT ON setting BEGIN
    UPDATE child_search SET setting_name = new.name
    WHERE rowid IN (SELECT k.rowid FROM child c JOIN child_search_key k ON k.child_id = c.id
                    WHERE c.setting_id = new.id);
END;
