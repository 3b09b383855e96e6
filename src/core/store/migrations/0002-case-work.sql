-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: the daily work on a case (deadlines, notes, time,
-- documents), full-text search over cases, and the name index the conflict
-- check searches.

CREATE TABLE deadlines (
  id          INTEGER PRIMARY KEY,
  case_id     INTEGER NOT NULL REFERENCES cases (id),
  kind        TEXT NOT NULL DEFAULT 'court-date'
              CHECK (kind IN ('court-date', 'filing-deadline', 'statute-of-limitations', 'other')),
  due_on      TEXT NOT NULL CHECK (date(due_on, '+0 days') IS due_on),
  due_time    TEXT CHECK (due_time IS NULL OR due_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  description TEXT NOT NULL DEFAULT '',
  done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at  TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  updated_at  TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')
) STRICT;

-- "Upcoming and overdue" reads open deadlines by date; a case's next
-- deadline reads its open ones.
CREATE INDEX deadlines_open ON deadlines (done, archived, due_on);
CREATE INDEX deadlines_by_case ON deadlines (case_id, done, archived, due_on);

CREATE TABLE notes (
  id         INTEGER PRIMARY KEY,
  case_id    INTEGER NOT NULL REFERENCES cases (id),
  author     TEXT NOT NULL CHECK (author <> ''),
  body       TEXT NOT NULL CHECK (body <> ''),
  archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  updated_at TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')
) STRICT;

CREATE INDEX notes_by_case ON notes (case_id, created_at);

-- Hours in tenths: 0.1 h steps, no rounding errors in totals.
CREATE TABLE time_entries (
  id           INTEGER PRIMARY KEY,
  case_id      INTEGER NOT NULL REFERENCES cases (id),
  volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
  worked_on    TEXT NOT NULL CHECK (date(worked_on, '+0 days') IS worked_on),
  tenths       INTEGER NOT NULL CHECK (tenths > 0 AND tenths <= 240),
  activity     TEXT NOT NULL CHECK (activity <> ''),
  archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at   TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  updated_at   TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')
) STRICT;

CREATE INDEX time_entries_by_case ON time_entries (case_id, worked_on);
CREATE INDEX time_entries_by_volunteer ON time_entries (volunteer_id, worked_on);

CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,
  case_id      INTEGER NOT NULL REFERENCES cases (id),
  file_name    TEXT NOT NULL CHECK (file_name <> ''),
  stored_path  TEXT NOT NULL CHECK (stored_path <> ''),
  size_bytes   INTEGER NOT NULL DEFAULT 0 CHECK (size_bytes >= 0),
  content_type TEXT NOT NULL DEFAULT '',
  archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at   TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  updated_at   TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')
) STRICT;

CREATE INDEX documents_by_case ON documents (case_id);

-- Filters by category and volunteer run on indexes too.
CREATE INDEX cases_by_problem_opened ON cases (archived, problem_code, opened_on);
CREATE INDEX cases_by_volunteer_opened ON cases (archived, volunteer_id, opened_on);
CREATE INDEX cases_by_closed ON cases (archived, closed_on);
CREATE INDEX lsc_problem_codes_by_category ON lsc_problem_codes (category, code);

-- Full-text search: one row per case (rowid = case id) over its title and
-- summary, its notes, and the names of its client and adverse parties.
-- Triggers keep it current, so every writer (editor, import, demo) is covered.
CREATE VIRTUAL TABLE case_search USING fts5 (
  title, summary, notes, names,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
  INSERT INTO case_search (rowid, title, summary, notes, names)
  VALUES (new.id, new.title, new.summary, '',
          (SELECT c.first_name || ' ' || c.last_name FROM clients c WHERE c.id = new.client_id));
END;

CREATE TRIGGER cases_search_update AFTER UPDATE OF title, summary, client_id ON cases BEGIN
  UPDATE case_search
     SET title = new.title, summary = new.summary,
         names = (SELECT c.first_name || ' ' || c.last_name FROM clients c WHERE c.id = new.client_id)
                 || coalesce ((SELECT ' ' || group_concat (p.name, ' ') FROM parties p
                               WHERE p.case_id = new.id AND p.archived = 0), '')
   WHERE rowid = new.id;
END;

CREATE TRIGGER clients_search_rename AFTER UPDATE OF first_name, last_name ON clients BEGIN
  UPDATE case_search
     SET names = new.first_name || ' ' || new.last_name
                 || coalesce ((SELECT ' ' || group_concat (p.name, ' ') FROM parties p
                               WHERE p.case_id = case_search.rowid AND p.archived = 0), '')
   WHERE rowid IN (SELECT id FROM cases WHERE client_id = new.id);
END;

CREATE TRIGGER parties_search_insert AFTER INSERT ON parties BEGIN
  UPDATE case_search SET names = names || ' ' || new.name WHERE rowid = new.case_id;
END;

CREATE TRIGGER parties_search_update AFTER UPDATE OF name, archived ON parties BEGIN
  UPDATE case_search
     SET names = (SELECT c.first_name || ' ' || c.last_name FROM cases k JOIN clients c ON c.id = k.client_id
                  WHERE k.id = new.case_id)
                 || coalesce ((SELECT ' ' || group_concat (p.name, ' ') FROM parties p
                               WHERE p.case_id = new.case_id AND p.archived = 0), '')
   WHERE rowid = new.case_id;
END;

CREATE TRIGGER notes_search_insert AFTER INSERT ON notes BEGIN
  UPDATE case_search SET notes = notes || ' ' || new.body WHERE rowid = new.case_id;
END;

CREATE TRIGGER notes_search_update AFTER UPDATE OF body, archived ON notes BEGIN
  UPDATE case_search
     SET notes = coalesce ((SELECT group_concat (n.body, ' ') FROM notes n
                            WHERE n.case_id = new.case_id AND n.archived = 0), '')
   WHERE rowid = new.case_id;
END;

-- The conflict check's index: every person or party name once, and the
-- keys (normalised tokens and prefixes, see desk-name-match.h; "w:" + the
-- word for a one-word name) that find it.
CREATE TABLE conflict_names (
  id        INTEGER PRIMARY KEY,
  entity    TEXT NOT NULL CHECK (entity IN ('client', 'party', 'volunteer')),
  entity_id INTEGER NOT NULL,
  name      TEXT NOT NULL,
  UNIQUE (entity, entity_id)
) STRICT;

-- others: a 63-bit signature (two bits a key) of the keys of the name's
-- other words, so a check can skip names that cannot match the rest of the
-- query without reading them.
CREATE TABLE conflict_keys (
  key     TEXT NOT NULL,
  name_id INTEGER NOT NULL REFERENCES conflict_names (id) ON DELETE CASCADE,
  others  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (key, name_id)
) STRICT, WITHOUT ROWID;

-- No index by name_id: a check reads rows by key, and re-indexing a name
-- removes its old keys by (key, name_id).
