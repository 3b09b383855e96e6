-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: funders and their grants, which grants fund each case
-- (a case may have several, as a funding code in LegalServer or Pika), and
-- the grant each time entry is charged to.  The free-text
-- cases.funding_source of earlier versions becomes one funder and one grant
-- per distinct value, with its cases attributed; the text stays on the case.
-- Nothing here reads the mentorship tables of version 3.

CREATE TABLE funders (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL CHECK (name <> ''),
  contact    TEXT NOT NULL DEFAULT '',
  notes      TEXT NOT NULL DEFAULT '',
  archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  updated_at TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')
) STRICT;

CREATE INDEX funders_by_name ON funders (archived, name);

-- hour_value_cents: what a volunteer hour charged to the grant is worth in
-- the funder's reports (no national rate exists); 0 means the clinic's
-- default applies.  The restrictions are lists separated by commas (LSC
-- problem categories, counties; empty: any) and an income ceiling in % of
-- the poverty guideline (0: none).
CREATE TABLE grants (
  id                     INTEGER PRIMARY KEY,
  funder_id              INTEGER NOT NULL REFERENCES funders (id),
  name                   TEXT NOT NULL CHECK (name <> ''),
  grant_number           TEXT NOT NULL DEFAULT '',
  period_start           TEXT NOT NULL CHECK (date(period_start, '+0 days') IS period_start),
  period_end             TEXT NOT NULL CHECK (date(period_end, '+0 days') IS period_end AND period_end >= period_start),
  hour_value_cents       INTEGER NOT NULL DEFAULT 0 CHECK (hour_value_cents >= 0),
  problem_categories     TEXT NOT NULL DEFAULT '',
  counties               TEXT NOT NULL DEFAULT '',
  income_ceiling_percent INTEGER NOT NULL DEFAULT 0
                         CHECK (income_ceiling_percent = 0 OR income_ceiling_percent BETWEEN 100 AND 1000),
  notes                  TEXT NOT NULL DEFAULT '',
  archived               INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at             TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  updated_at             TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')
) STRICT;

CREATE INDEX grants_by_funder ON grants (funder_id, archived);

-- A case attributed to a grant.  override_reason is set when the case is
-- outside the grant's restrictions and someone attributed it anyway.
-- Detaching archives the row; the first attribution that is not archived
-- is the case's own grant, the one its time is charged to by default.
CREATE TABLE case_grants (
  id              INTEGER PRIMARY KEY,
  case_id         INTEGER NOT NULL REFERENCES cases (id),
  grant_id        INTEGER NOT NULL REFERENCES grants (id),
  override_reason TEXT NOT NULL DEFAULT '',
  archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at      TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  updated_at      TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  UNIQUE (case_id, grant_id)
) STRICT;

CREATE INDEX case_grants_by_grant ON case_grants (grant_id, archived, case_id);
-- The Cases sheet of a report reads each case's grants from the index alone.
CREATE INDEX case_grants_by_case ON case_grants (case_id, archived, grant_id);

ALTER TABLE time_entries ADD COLUMN grant_id INTEGER REFERENCES grants (id);

CREATE INDEX time_entries_by_grant ON time_entries (grant_id, worked_on);
CREATE INDEX time_entries_by_worked ON time_entries (worked_on);
-- ... and each case's hours in the period, without reading the entries.
CREATE INDEX time_entries_hours_by_case ON time_entries (case_id, archived, worked_on, grant_id, tenths);

-- An entry saved without a grant is charged to its case's own grant, for
-- every writer (editor, import, demo data), also when an object that never
-- saw the grant filled in is saved again.
CREATE TRIGGER time_entries_default_grant AFTER INSERT ON time_entries
WHEN new.grant_id IS NULL
BEGIN
  UPDATE time_entries
     SET grant_id = (SELECT cg.grant_id FROM case_grants cg
                     WHERE cg.case_id = new.case_id AND cg.archived = 0 ORDER BY cg.id LIMIT 1)
   WHERE id = new.id;
END;

CREATE TRIGGER time_entries_keep_grant AFTER UPDATE OF grant_id ON time_entries
WHEN new.grant_id IS NULL
BEGIN
  UPDATE time_entries
     SET grant_id = (SELECT cg.grant_id FROM case_grants cg
                     WHERE cg.case_id = new.case_id AND cg.archived = 0 ORDER BY cg.id LIMIT 1)
   WHERE id = new.id;
END;

-- ---- funding_source → funders, grants, attributions ---------------------
-- The grant's period spans the years of its cases; the clinic corrects it
-- and adds the rate and restrictions afterwards.

INSERT INTO funders (name, notes, created_at, updated_at)
SELECT source, 'Made from the funding source written on cases when grants were introduced.',
       strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')
  FROM (SELECT DISTINCT trim (funding_source) AS source FROM cases WHERE trim (funding_source) <> '')
 ORDER BY source;

INSERT INTO grants (funder_id, name, period_start, period_end, notes, created_at, updated_at)
SELECT f.id, f.name,
       substr (min (k.opened_on), 1, 4) || '-01-01',
       substr (max (coalesce (k.closed_on, k.opened_on)), 1, 4) || '-12-31',
       'Made from the funding source written on cases; check the period, rate and restrictions.',
       strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')
  FROM funders f JOIN cases k ON trim (k.funding_source) = f.name
 GROUP BY f.id
 ORDER BY f.id;

INSERT INTO case_grants (case_id, grant_id, created_at, updated_at)
SELECT k.id, g.id, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')
  FROM cases k JOIN grants g ON g.name = trim (k.funding_source)
 ORDER BY k.id;

UPDATE time_entries
   SET grant_id = (SELECT cg.grant_id FROM case_grants cg WHERE cg.case_id = time_entries.case_id)
 WHERE grant_id IS NULL;

INSERT INTO audit_log (at, os_user, entity, entity_id, action, fields)
SELECT strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), '', 'grant', NULL, 'create-from-funding-source',
       (SELECT count(*) FROM grants) || ' grants, ' || (SELECT count(*) FROM case_grants) || ' cases attributed'
 WHERE EXISTS (SELECT 1 FROM grants);
