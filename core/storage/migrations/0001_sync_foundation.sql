-- The installation this file belongs to, and the machinery every synced table
-- shares. One row: created once, with the database.
CREATE TABLE installation (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    id          BLOB NOT NULL CHECK (length(id) = 16),
    created_at  TEXT NOT NULL,            -- ISO 8601, UTC
    clock_high  INTEGER NOT NULL DEFAULT 0 -- the highest HLC stamp issued or received
);

-- Installations known here. `idx` is a local shorthand used in stamps; the
-- UUID is what travels. This installation is always among them.
CREATE TABLE sync_peer (
    idx              INTEGER PRIMARY KEY,
    installation_id  BLOB NOT NULL UNIQUE CHECK (length(installation_id) = 16)
);

-- The tables whose rows sync. A migration that creates a synced table adds
-- its row here; its columns are `id`, the fields, and `_clock`.
CREATE TABLE sync_table (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);

-- One entry per write: which fields of which row changed, when (HLC stamp),
-- by whom (origin), and the stamps of the values replaced (`base`, 8 bytes a
-- changed field in field order; for a delete, the row's latest stamp).
-- op: 0 insert, 1 update, 2 delete.
CREATE TABLE sync_journal (
    seq       INTEGER PRIMARY KEY,
    table_id  INTEGER NOT NULL,
    row_id    BLOB NOT NULL,
    op        INTEGER NOT NULL CHECK (op IN (0, 1, 2)),
    stamp     INTEGER NOT NULL,
    origin    INTEGER NOT NULL,
    fields    INTEGER NOT NULL,
    base      BLOB
);

-- A deleted row: it stays deleted wherever its deletion travels.
CREATE TABLE sync_tombstone (
    table_id  INTEGER NOT NULL,
    row_id    BLOB NOT NULL,
    stamp     INTEGER NOT NULL,
    origin    INTEGER NOT NULL,
    PRIMARY KEY (table_id, row_id)
) WITHOUT ROWID;
