-- Intensive specialist support: time-limited episodes for a child whose
-- placement is at risk of breakdown, each on an involvement, with the setting
-- staff whose capacity it built. All synced (see docs/storage.md); links
-- between synced records carry no foreign key, as in migration 4. The rules
-- are in core/support/SupportRecords.h. An episode's sessions are the
-- contact-log entries of its involvement between its start and its end.

CREATE TABLE support_episode (
    id                BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    involvement_id    BLOB,  -- involvement.id
    child_id          BLOB,  -- child.id, the involvement's
    setting_id        BLOB,  -- setting.id, the placement at risk
    lift_referral_id  BLOB,  -- lift_referral.id whose decision it follows, if one
    starts_on         TEXT,  -- ISO 8601 date
    planned_end_on    TEXT,  -- ISO 8601 date
    risk              TEXT,  -- exclusion | reduced_timetable | specialist_provision | other
    risk_detail       TEXT,
    interventions     TEXT,  -- the interventions modelled
    outcome           TEXT,  -- kept | kept_reduced_timetable | moved | ended_other
    outcome_detail    TEXT,  -- where the child moved, or how it ended
    ended_on          TEXT,  -- ISO 8601 date
    check_due_on      TEXT,  -- ISO 8601 date of the follow-up check, after the end
    check_result      TEXT,  -- in_place | not_in_place
    checked_on        TEXT,  -- ISO 8601 date
    _clock            BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX support_episode_involvement ON support_episode (involvement_id);
CREATE INDEX support_episode_end ON support_episode (planned_end_on);
INSERT INTO sync_table (id, name) VALUES (19, 'support_episode');

-- A member of the setting's staff whose capacity an episode built.
CREATE TABLE support_capacity (
    id          BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    episode_id  BLOB,  -- support_episode.id
    name        TEXT,
    role        TEXT,
    can_now     TEXT,  -- what they can now do
    _clock      BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX support_capacity_episode ON support_capacity (episode_id);
INSERT INTO sync_table (id, name) VALUES (20, 'support_capacity');
