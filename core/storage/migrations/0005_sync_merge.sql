-- What merging packages needs (docs/sync.md).
--
-- Journal entries written from now on say which values they replaced with
-- the installation that wrote each (format 2: 12 bytes a version, see
-- core/sync/Versions.h); format 1 entries name stamps only.
ALTER TABLE sync_journal ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
CREATE INDEX sync_journal_origin ON sync_journal (origin, stamp);

-- A row may be deleted concurrently on two laptops: one tombstone each.
CREATE TABLE sync_tombstone_all (
    table_id  INTEGER NOT NULL,
    row_id    BLOB NOT NULL,
    stamp     INTEGER NOT NULL,
    origin    INTEGER NOT NULL,
    PRIMARY KEY (table_id, row_id, stamp, origin)
) WITHOUT ROWID;
INSERT INTO sync_tombstone_all SELECT table_id, row_id, stamp, origin FROM sync_tombstone;
DROP TABLE sync_tombstone;
ALTER TABLE sync_tombstone_all RENAME TO sync_tombstone;

-- A value that lost to a concurrent edit (or an edit made while another
-- laptop deleted the row), kept until a person resolves it. The same on every
-- installation that has seen both changes. `value` has no type, so it keeps
-- what was written exactly.
CREATE TABLE sync_conflict (
    table_id   INTEGER NOT NULL,
    row_id     BLOB NOT NULL,
    field      INTEGER NOT NULL,
    stamp      INTEGER NOT NULL,
    origin     INTEGER NOT NULL,
    value,
    has_value  INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (table_id, row_id, field, stamp, origin)
) WITHOUT ROWID;

-- What each peer has told us it has seen: the highest stamp of each origin
-- (knowledge is always complete up to it), so an export sends the rest.
CREATE TABLE sync_peer_seen (
    peer    INTEGER NOT NULL,
    origin  INTEGER NOT NULL,
    stamp   INTEGER NOT NULL,
    PRIMARY KEY (peer, origin)
) WITHOUT ROWID;
