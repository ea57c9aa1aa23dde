-- Link teachers: for each academic year, each setting's named specialist
-- teacher, one per service line working with it, the single point of
-- contact the decision asks for. A change keeps the one replaced, with the
-- day it was replaced. Synced (see docs/storage.md); links between synced
-- records carry no foreign key, as in migration 4. The rules are in
-- core/links/LinkRecords.h.

-- Pupils on roll, as GIAS gives them (NumberOfPupils), for a teacher's load.
ALTER TABLE setting ADD COLUMN pupils_on_roll INTEGER;

CREATE TABLE link_teacher (
    id                 BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    setting_id         BLOB,  -- setting.id
    staff_id           BLOB,  -- staff.id
    academic_year      TEXT,  -- "2026/27"
    service_line_code  TEXT REFERENCES service_line (code),
    assigned_on        TEXT,  -- ISO 8601 date
    replaced_on        TEXT,  -- ISO 8601 date; null while they are the link teacher
    _clock             BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX link_teacher_year ON link_teacher (academic_year, setting_id);
CREATE INDEX link_teacher_staff ON link_teacher (staff_id, academic_year);
INSERT INTO sync_table (id, name) VALUES (21, 'link_teacher');
