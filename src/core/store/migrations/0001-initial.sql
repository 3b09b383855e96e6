-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: reference tables, people, cases, the audit log.
-- Enum columns hold the GEnum nicks of src/core/model/desk-enums.h.
-- Money is in integer cents; dates are YYYY-MM-DD, timestamps UTC ISO 8601.

-- Marks the file as Pro Bono Desk's: "ProB" in ASCII, 0x50726F42
-- (DESK_APPLICATION_ID in desk-database.h).  Other programs' SQLite files
-- have another id, or none, and are never written to.
PRAGMA application_id = 1349676866;

CREATE TABLE lsc_problem_codes (
  code      TEXT PRIMARY KEY CHECK (code GLOB '[0-9][0-9]'),
  category  TEXT NOT NULL CHECK (category <> ''),
  name      TEXT NOT NULL CHECK (name <> '')
) STRICT;

CREATE TABLE lsc_closing_codes (
  code        TEXT PRIMARY KEY CHECK (code GLOB '[A-Z]*' AND length(code) <= 2),
  name        TEXT NOT NULL CHECK (name <> ''),
  description TEXT NOT NULL
) STRICT;

CREATE TABLE poverty_guidelines (
  year                         INTEGER NOT NULL CHECK (year BETWEEN 1960 AND 2200),
  region                       TEXT NOT NULL CHECK (region IN ('contiguous', 'alaska', 'hawaii')),
  first_person_cents           INTEGER NOT NULL CHECK (first_person_cents > 0),
  each_additional_person_cents INTEGER NOT NULL CHECK (each_additional_person_cents >= 0),
  PRIMARY KEY (year, region)
) STRICT;

CREATE TABLE practice_areas (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (name <> '')
) STRICT;

CREATE TABLE clients (
  id                    INTEGER PRIMARY KEY,
  first_name            TEXT NOT NULL CHECK (first_name <> ''),
  last_name             TEXT NOT NULL CHECK (last_name <> ''),
  birth_date            TEXT CHECK (birth_date IS NULL OR date(birth_date, '+0 days') IS birth_date),
  phone                 TEXT NOT NULL DEFAULT '',
  email                 TEXT NOT NULL DEFAULT '',
  address               TEXT NOT NULL DEFAULT '',
  county                TEXT NOT NULL DEFAULT '',
  contact_method        TEXT NOT NULL DEFAULT 'phone'
                        CHECK (contact_method IN ('phone', 'text', 'email', 'mail', 'in-person')),
  best_time             TEXT NOT NULL DEFAULT '',
  language              TEXT NOT NULL DEFAULT 'English',
  interpreter_needed    INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
  household_adults      INTEGER NOT NULL DEFAULT 1 CHECK (household_adults >= 1),
  household_children    INTEGER NOT NULL DEFAULT 0 CHECK (household_children >= 0),
  annual_income_cents   INTEGER NOT NULL DEFAULT 0 CHECK (annual_income_cents >= 0),
  income_sources        INTEGER NOT NULL DEFAULT 0 CHECK (income_sources >= 0),
  intake_date           TEXT NOT NULL CHECK (date(intake_date, '+0 days') IS intake_date),
  eligibility_exception TEXT NOT NULL DEFAULT 'none'
                        CHECK (eligibility_exception IN ('none', 'government-benefit', 'medical-expenses',
                               'child-care', 'fixed-debts', 'work-expenses', 'elderly-or-disabled', 'other')),
  gender                TEXT NOT NULL DEFAULT 'not-asked'
                        CHECK (gender IN ('not-asked', 'female', 'male', 'nonbinary', 'self-described', 'declined')),
  ethnicity             TEXT NOT NULL DEFAULT 'not-asked'
                        CHECK (ethnicity IN ('not-asked', 'american-indian', 'asian', 'black', 'hispanic',
                               'pacific-islander', 'white', 'multiracial', 'other', 'declined')),
  veteran               TEXT NOT NULL DEFAULT 'not-asked' CHECK (veteran IN ('not-asked', 'yes', 'no', 'declined')),
  disability            TEXT NOT NULL DEFAULT 'not-asked' CHECK (disability IN ('not-asked', 'yes', 'no', 'declined')),
  citizenship           TEXT NOT NULL DEFAULT 'not-asked'
                        CHECK (citizenship IN ('not-asked', 'citizen', 'eligible-noncitizen', 'other', 'declined')),
  referral_source       TEXT NOT NULL DEFAULT '',
  notes                 TEXT NOT NULL DEFAULT '',
  archived              INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at            TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  updated_at            TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')
) STRICT;

CREATE INDEX clients_by_name ON clients (archived, last_name, first_name);

CREATE TABLE volunteers (
  id                  INTEGER PRIMARY KEY,
  first_name          TEXT NOT NULL CHECK (first_name <> ''),
  last_name           TEXT NOT NULL CHECK (last_name <> ''),
  email               TEXT NOT NULL DEFAULT '',
  phone               TEXT NOT NULL DEFAULT '',
  role                TEXT NOT NULL CHECK (role IN ('attorney', 'law-student', 'paralegal')),
  is_mentor           INTEGER NOT NULL DEFAULT 0 CHECK (is_mentor IN (0, 1)),
  bar_number          TEXT NOT NULL DEFAULT '',
  hourly_value_cents  INTEGER NOT NULL DEFAULT 0 CHECK (hourly_value_cents >= 0),
  practice_areas      TEXT NOT NULL DEFAULT '',
  archived            INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at          TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  updated_at          TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')
) STRICT;

CREATE INDEX volunteers_by_name ON volunteers (archived, last_name, first_name);

-- Which practice areas a volunteer takes; volunteers.practice_areas keeps a
-- readable copy for lists, this table is what queries join on.
CREATE TABLE volunteer_practice_areas (
  volunteer_id     INTEGER NOT NULL REFERENCES volunteers (id),
  practice_area_id INTEGER NOT NULL REFERENCES practice_areas (id),
  PRIMARY KEY (volunteer_id, practice_area_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE cases (
  id               INTEGER PRIMARY KEY,
  case_number      TEXT NOT NULL UNIQUE
                   CHECK (case_number GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9]*'),
  client_id        INTEGER NOT NULL REFERENCES clients (id),
  problem_code     TEXT NOT NULL REFERENCES lsc_problem_codes (code),
  title            TEXT NOT NULL CHECK (title <> ''),
  summary          TEXT NOT NULL DEFAULT '',
  status           TEXT NOT NULL DEFAULT 'intake'
                   CHECK (status IN ('intake', 'open', 'placed', 'closed', 'rejected')),
  priority         TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  opened_on        TEXT NOT NULL CHECK (date(opened_on, '+0 days') IS opened_on),
  closed_on        TEXT CHECK (closed_on IS NULL OR (date(closed_on, '+0 days') IS closed_on AND closed_on >= opened_on)),
  closing_code     TEXT REFERENCES lsc_closing_codes (code),
  outcome          TEXT NOT NULL DEFAULT 'none'
                   CHECK (outcome IN ('none', 'favourable', 'unfavourable', 'other')),
  amount_cents     INTEGER NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),
  rejection_reason TEXT NOT NULL DEFAULT 'none'
                   CHECK (rejection_reason IN ('none', 'over-income', 'conflict', 'outside-priorities',
                          'insufficient-resources', 'other')),
  volunteer_id     INTEGER REFERENCES volunteers (id),
  mentor_id        INTEGER REFERENCES volunteers (id),
  funding_source   TEXT NOT NULL DEFAULT '',
  archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at       TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  updated_at       TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  CHECK (status <> 'closed' OR (closing_code IS NOT NULL AND closed_on IS NOT NULL AND outcome <> 'none')),
  CHECK (status <> 'rejected' OR rejection_reason <> 'none')
) STRICT;

-- Lists show cases that are not archived, so indexes lead with archived;
-- the rowid at the end of each entry makes them covering for id queries.
CREATE INDEX cases_by_client ON cases (client_id);
CREATE INDEX cases_by_status ON cases (archived, status, opened_on);
CREATE INDEX cases_by_opened ON cases (archived, opened_on);
CREATE INDEX cases_by_problem ON cases (problem_code);
CREATE INDEX cases_by_volunteer ON cases (volunteer_id);
CREATE INDEX cases_by_mentor ON cases (mentor_id);

-- The last case number handed out per year, so numbering is O(1) and
-- never reuses a number even after a case is archived.
CREATE TABLE case_number_sequences (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 9999),
  last INTEGER NOT NULL CHECK (last >= 0)
) STRICT;

CREATE TABLE parties (
  id         INTEGER PRIMARY KEY,
  case_id    INTEGER NOT NULL REFERENCES cases (id),
  name       TEXT NOT NULL CHECK (name <> ''),
  role       TEXT NOT NULL DEFAULT 'opposing-party'
             CHECK (role IN ('opposing-party', 'opposing-counsel', 'other')),
  notes      TEXT NOT NULL DEFAULT '',
  archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  updated_at TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')
) STRICT;

CREATE INDEX parties_by_case ON parties (case_id);

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  os_user   TEXT NOT NULL,
  entity    TEXT NOT NULL CHECK (entity <> ''),
  entity_id INTEGER,
  action    TEXT NOT NULL CHECK (action <> ''),
  fields    TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);
