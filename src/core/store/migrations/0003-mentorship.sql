-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: mentoring.  Volunteer profiles (experience, languages,
-- county, availability, mentor and mentee sides, a never-pair list),
-- pairings with their lifecycle, objectives, check-ins and the progress a
-- check-in records on each objective.

-- SQLite cannot change a CHECK in place, and the role list gains 'other',
-- so volunteers is rebuilt.  Foreign keys cannot be switched off inside the
-- migration's transaction: with deferred checks, dropping the old table
-- counts the rows that point at it (cases, time entries, practice areas)
-- and inserting the same ids into the new table counts them back, so the
-- commit finds nothing dangling.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE volunteers_v2 AS SELECT * FROM volunteers;
DROP TABLE volunteers;

-- availability: DESK_AVAILABILITY_BIT (day, part), 21 bits.
-- meeting_modes, can_help_with, mentee_goals: DeskMeetingMode and
-- DeskMentoringGoal sets.  admission_year 0: not admitted or not known.
-- languages, must_share_languages and never_pair are readable lists
-- ("English, Spanish"; "12, 40") that triggers copy into
-- volunteer_languages and volunteer_never_pairs, which queries join on.
CREATE TABLE volunteers (
  id                             INTEGER PRIMARY KEY,
  first_name                     TEXT NOT NULL CHECK (first_name <> ''),
  last_name                      TEXT NOT NULL CHECK (last_name <> ''),
  email                          TEXT NOT NULL DEFAULT '',
  phone                          TEXT NOT NULL DEFAULT '',
  role                           TEXT NOT NULL CHECK (role IN ('attorney', 'law-student', 'paralegal', 'other')),
  is_mentor                      INTEGER NOT NULL DEFAULT 0 CHECK (is_mentor IN (0, 1)),
  bar_number                     TEXT NOT NULL DEFAULT '',
  hourly_value_cents             INTEGER NOT NULL DEFAULT 0 CHECK (hourly_value_cents >= 0),
  practice_areas                 TEXT NOT NULL DEFAULT '',
  admission_year                 INTEGER NOT NULL DEFAULT 0
                                 CHECK (admission_year = 0 OR admission_year BETWEEN 1940 AND 9999),
  county                         TEXT NOT NULL DEFAULT '',
  remote_ok                      INTEGER NOT NULL DEFAULT 0 CHECK (remote_ok IN (0, 1)),
  availability                   INTEGER NOT NULL DEFAULT 0 CHECK (availability BETWEEN 0 AND 2097151),
  monthly_hours                  INTEGER NOT NULL DEFAULT 0 CHECK (monthly_hours BETWEEN 0 AND 200),
  meeting_modes                  INTEGER NOT NULL DEFAULT 0 CHECK (meeting_modes BETWEEN 0 AND 7),
  languages                      TEXT NOT NULL DEFAULT '' CHECK (languages NOT GLOB '*["\;]*'),
  must_share_languages           TEXT NOT NULL DEFAULT '' CHECK (must_share_languages NOT GLOB '*["\;]*'),
  active                         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  mentor_tier                    TEXT NOT NULL DEFAULT 'none'
                                 CHECK (mentor_tier IN ('none', 'senior', 'intermediate', 'novice')),
  mentor_capacity                INTEGER NOT NULL DEFAULT 1 CHECK (mentor_capacity BETWEEN 0 AND 10),
  can_help_with                  INTEGER NOT NULL DEFAULT 0 CHECK (can_help_with BETWEEN 0 AND 255),
  coaching_trained_on            TEXT CHECK (coaching_trained_on IS NULL
                                             OR date(coaching_trained_on, '+0 days') IS coaching_trained_on),
  cultural_competence_trained_on TEXT CHECK (cultural_competence_trained_on IS NULL
                                             OR date(cultural_competence_trained_on, '+0 days')
                                                IS cultural_competence_trained_on),
  ethics_trained_on              TEXT CHECK (ethics_trained_on IS NULL
                                             OR date(ethics_trained_on, '+0 days') IS ethics_trained_on),
  wants_mentor                   INTEGER NOT NULL DEFAULT 0 CHECK (wants_mentor IN (0, 1)),
  mentee_tier                    TEXT NOT NULL DEFAULT 'none'
                                 CHECK (mentee_tier IN ('none', 'senior', 'intermediate', 'novice')),
  mentee_goals                   INTEGER NOT NULL DEFAULT 0 CHECK (mentee_goals BETWEEN 0 AND 255),
  mentee_goals_text              TEXT NOT NULL DEFAULT '',
  never_pair                     TEXT NOT NULL DEFAULT '' CHECK (never_pair NOT GLOB '*[^0-9, ]*'),
  archived                       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at                     TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  updated_at                     TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  CHECK (is_mentor = 0 OR mentor_capacity >= 1)
) STRICT;

INSERT INTO volunteers (id, first_name, last_name, email, phone, role, is_mentor, bar_number,
                        hourly_value_cents, practice_areas, archived, created_at, updated_at)
  SELECT id, first_name, last_name, email, phone, role, is_mentor, bar_number,
         hourly_value_cents, practice_areas, archived, created_at, updated_at
  FROM volunteers_v2;
DROP TABLE volunteers_v2;

CREATE INDEX volunteers_by_name ON volunteers (archived, last_name, first_name);
CREATE INDEX volunteers_mentors ON volunteers (archived, is_mentor, active);
CREATE INDEX volunteers_mentees ON volunteers (archived, wants_mentor, active);

CREATE TABLE volunteer_languages (
  volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
  language     TEXT NOT NULL COLLATE NOCASE CHECK (language <> ''),
  must_share   INTEGER NOT NULL DEFAULT 0 CHECK (must_share IN (0, 1)),
  PRIMARY KEY (volunteer_id, language)
) STRICT, WITHOUT ROWID;

CREATE INDEX volunteer_languages_by_language ON volunteer_languages (language, volunteer_id);

-- Who a volunteer must never be paired with, as they said it; the matcher
-- reads it both ways.
CREATE TABLE volunteer_never_pairs (
  volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
  other_id     INTEGER NOT NULL REFERENCES volunteers (id),
  PRIMARY KEY (volunteer_id, other_id),
  CHECK (volunteer_id <> other_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX volunteer_never_pairs_by_other ON volunteer_never_pairs (other_id);

-- The lists are split with json_each(): the model lets no quote, backslash
-- or semicolon into them, so wrapping the comma-separated text in ["…"]
-- makes a JSON array.  Every writer (editor, import, demo) is covered.
CREATE TRIGGER volunteers_languages_insert AFTER INSERT ON volunteers BEGIN
  INSERT OR IGNORE INTO volunteer_languages (volunteer_id, language, must_share)
    SELECT new.id, trim (l.value),
           EXISTS (SELECT 1 FROM json_each ('["' || replace (new.must_share_languages, ',', '","') || '"]') m
                   WHERE trim (m.value) = trim (l.value) COLLATE NOCASE)
    FROM json_each ('["' || replace (new.languages, ',', '","') || '"]') l
    WHERE trim (l.value) <> '';
  INSERT OR IGNORE INTO volunteer_never_pairs (volunteer_id, other_id)
    SELECT new.id, CAST (trim (p.value) AS INTEGER)
    FROM json_each ('["' || replace (new.never_pair, ',', '","') || '"]') p
    WHERE trim (p.value) <> '';
END;

CREATE TRIGGER volunteers_languages_update AFTER UPDATE OF languages, must_share_languages ON volunteers
WHEN new.languages IS NOT old.languages OR new.must_share_languages IS NOT old.must_share_languages BEGIN
  DELETE FROM volunteer_languages WHERE volunteer_id = new.id;
  INSERT OR IGNORE INTO volunteer_languages (volunteer_id, language, must_share)
    SELECT new.id, trim (l.value),
           EXISTS (SELECT 1 FROM json_each ('["' || replace (new.must_share_languages, ',', '","') || '"]') m
                   WHERE trim (m.value) = trim (l.value) COLLATE NOCASE)
    FROM json_each ('["' || replace (new.languages, ',', '","') || '"]') l
    WHERE trim (l.value) <> '';
END;

CREATE TRIGGER volunteers_never_pair_update AFTER UPDATE OF never_pair ON volunteers
WHEN new.never_pair IS NOT old.never_pair BEGIN
  DELETE FROM volunteer_never_pairs WHERE volunteer_id = new.id;
  INSERT OR IGNORE INTO volunteer_never_pairs (volunteer_id, other_id)
    SELECT new.id, CAST (trim (p.value) AS INTEGER)
    FROM json_each ('["' || replace (new.never_pair, ',', '","') || '"]') p
    WHERE trim (p.value) <> '';
END;

-- A mentor and a mentee.  Proposed → Accepted → Active → Completed, or
-- Declined (from Proposed) / Ended early (from Accepted or Active), both
-- with a reason; the store moves a pairing (desk-pairing-workflow.h) and the
-- trigger below refuses any other move, whoever writes.  score and
-- explanation are the matcher's at proposal time.
CREATE TABLE pairings (
  id             INTEGER PRIMARY KEY,
  mentor_id      INTEGER NOT NULL REFERENCES volunteers (id),
  mentee_id      INTEGER NOT NULL REFERENCES volunteers (id),
  status         TEXT NOT NULL DEFAULT 'proposed'
                 CHECK (status IN ('proposed', 'accepted', 'active', 'completed', 'declined', 'ended-early')),
  proposed_on    TEXT NOT NULL CHECK (date(proposed_on, '+0 days') IS proposed_on),
  decided_on     TEXT CHECK (decided_on IS NULL OR (date(decided_on, '+0 days') IS decided_on
                                                    AND decided_on >= proposed_on)),
  started_on     TEXT CHECK (started_on IS NULL OR (date(started_on, '+0 days') IS started_on
                                                    AND started_on >= proposed_on)),
  ended_on       TEXT CHECK (ended_on IS NULL OR (date(ended_on, '+0 days') IS ended_on
                                                  AND ended_on >= coalesce (started_on, proposed_on))),
  score          INTEGER NOT NULL DEFAULT 0 CHECK (score BETWEEN 0 AND 100),
  explanation    TEXT NOT NULL DEFAULT '',
  pinned         INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
  check_in_weeks INTEGER NOT NULL DEFAULT 4 CHECK (check_in_weeks BETWEEN 1 AND 26),
  end_reason     TEXT NOT NULL DEFAULT '',
  archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at     TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  updated_at     TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  CHECK (mentor_id <> mentee_id),
  CHECK (status NOT IN ('declined', 'ended-early') OR end_reason <> ''),
  CHECK (status NOT IN ('active', 'completed') OR started_on IS NOT NULL),
  CHECK (status NOT IN ('completed', 'ended-early') OR ended_on IS NOT NULL)
) STRICT;

-- One live pairing per mentor and mentee at a time.
CREATE UNIQUE INDEX pairings_live_pair ON pairings (mentor_id, mentee_id)
  WHERE archived = 0 AND status IN ('proposed', 'accepted', 'active');
CREATE INDEX pairings_by_status ON pairings (archived, status, proposed_on);
CREATE INDEX pairings_by_mentor ON pairings (mentor_id, status);
CREATE INDEX pairings_by_mentee ON pairings (mentee_id, status);

CREATE TRIGGER pairings_status_moves BEFORE UPDATE OF status ON pairings
WHEN new.status <> old.status AND NOT (
  (old.status = 'proposed' AND new.status IN ('accepted', 'declined')) OR
  (old.status = 'accepted' AND new.status IN ('active', 'ended-early')) OR
  (old.status = 'active' AND new.status IN ('completed', 'ended-early'))) BEGIN
  SELECT RAISE (ABORT, 'A pairing cannot move to that status from the one it has.');
END;

CREATE TABLE objectives (
  id          INTEGER PRIMARY KEY,
  pairing_id  INTEGER NOT NULL REFERENCES pairings (id),
  description TEXT NOT NULL CHECK (description <> ''),
  status      TEXT NOT NULL DEFAULT 'not-started'
              CHECK (status IN ('not-started', 'in-progress', 'met', 'dropped')),
  set_on      TEXT NOT NULL CHECK (date(set_on, '+0 days') IS set_on),
  archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at  TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  updated_at  TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')
) STRICT;

CREATE INDEX objectives_by_pairing ON objectives (pairing_id);

-- held = 0 is a check-in planned for date and not held yet; ratings and
-- the pairing-fit answer (1–5, 0 when not given) belong to held ones.
CREATE TABLE check_ins (
  id            INTEGER PRIMARY KEY,
  pairing_id    INTEGER NOT NULL REFERENCES pairings (id),
  date          TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
  held          INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),
  notes         TEXT NOT NULL DEFAULT '',
  mentor_rating INTEGER NOT NULL DEFAULT 0 CHECK (mentor_rating BETWEEN 0 AND 5),
  mentee_rating INTEGER NOT NULL DEFAULT 0 CHECK (mentee_rating BETWEEN 0 AND 5),
  fit           INTEGER NOT NULL DEFAULT 0 CHECK (fit BETWEEN 0 AND 5),
  archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at    TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  updated_at    TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  CHECK (held = 1 OR (mentor_rating = 0 AND mentee_rating = 0 AND fit = 0))
) STRICT;

CREATE INDEX check_ins_by_pairing ON check_ins (pairing_id, held, date);
CREATE INDEX check_ins_by_date ON check_ins (archived, date);

-- What a check-in says about one objective: its status afterwards and a note.
CREATE TABLE objective_updates (
  id           INTEGER PRIMARY KEY,
  check_in_id  INTEGER NOT NULL REFERENCES check_ins (id),
  objective_id INTEGER NOT NULL REFERENCES objectives (id),
  status       TEXT NOT NULL DEFAULT 'in-progress'
               CHECK (status IN ('not-started', 'in-progress', 'met', 'dropped')),
  note         TEXT NOT NULL DEFAULT '',
  archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at   TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  updated_at   TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')
) STRICT;

CREATE UNIQUE INDEX objective_updates_one_per_check_in ON objective_updates (check_in_id, objective_id)
  WHERE archived = 0;
CREATE INDEX objective_updates_by_objective ON objective_updates (objective_id);
