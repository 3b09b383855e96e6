-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 7: spreadsheet imports.  An import is one batch: a row in
-- imports (who, when, which file, what kind of records, how many rows went
-- which way), a row in import_records for every record it created or
-- filled in, so that the batch can be undone as a whole, and its id on
-- every audit row it wrote (and on those its undoing wrote).

CREATE TABLE imports (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  os_user   TEXT NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('clients', 'cases', 'volunteers', 'time')),
  file_name TEXT NOT NULL CHECK (file_name <> ''),
  rows_read INTEGER NOT NULL CHECK (rows_read >= 0),
  created   INTEGER NOT NULL CHECK (created >= 0),
  merged    INTEGER NOT NULL CHECK (merged >= 0),
  skipped   INTEGER NOT NULL CHECK (skipped >= 0),
  undone_at TEXT CHECK (undone_at IS NULL OR undone_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')
) STRICT;

-- previous and applied: for a record the import filled in ("merged"), the
-- fields it filled as they were and as it wrote them (GVariant text of an
-- a{sv}); undoing puts back those nobody has changed since.
CREATE TABLE import_records (
  import_id INTEGER NOT NULL REFERENCES imports (id),
  entity    TEXT NOT NULL CHECK (entity IN ('client', 'case', 'volunteer', 'time-entry')),
  entity_id INTEGER NOT NULL,
  action    TEXT NOT NULL CHECK (action IN ('created', 'merged')),
  previous  TEXT NOT NULL DEFAULT '',
  applied   TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (import_id, entity, entity_id)
) STRICT, WITHOUT ROWID;

ALTER TABLE audit_log ADD COLUMN import_id INTEGER REFERENCES imports (id);
CREATE INDEX audit_log_by_import ON audit_log (import_id) WHERE import_id IS NOT NULL;
