-- Early-years settings and schools: the first synced records. Settings,
-- staff and children are filled in by their own feature (core/settings …).
CREATE TABLE setting (
    id                    BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    urn                   TEXT,      -- DfE URN, or an Ofsted URN such as EY123456
    la_code               TEXT,      -- e.g. 886 for Kent
    establishment_number  TEXT,
    name                  TEXT,
    establishment_type    TEXT,
    phase                 TEXT,
    district_code         TEXT REFERENCES district (code),
    postcode              TEXT,
    status                TEXT,      -- open | closed
    senco_name            TEXT,
    senco_email           TEXT,
    senco_phone           TEXT,
    _clock                BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX setting_urn ON setting (urn);
INSERT INTO sync_table (id, name) VALUES (1, 'setting');
