-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 6: the conflict check's index by word, which finds a name
-- with one typo in every word (see desk-name-match.h).  The names stay in
-- conflict_names; the keys of version 2 go.  Words are normalised by C code
-- (accents, case-folding, letters such as ł and ß) that SQL cannot run, so
-- the store fills the new tables from conflict_names the first time it
-- uses them: conflict_index_builds is empty until it has.

DROP TABLE conflict_keys;

-- Every distinct normalised word of an indexed name, once, with how many
-- names hold it (a check starts from its rarest words).
CREATE TABLE conflict_words (
  id    INTEGER PRIMARY KEY,
  word  TEXT NOT NULL UNIQUE CHECK (word <> ''),
  names INTEGER NOT NULL DEFAULT 0 CHECK (names >= 0)
) STRICT;

-- The word itself and, for words of three letters or more, what is left of
-- it with one letter taken out (also two, for words of seven or more): two
-- words one typo apart share a key.
CREATE TABLE conflict_word_keys (
  key     TEXT NOT NULL,
  word_id INTEGER NOT NULL REFERENCES conflict_words (id),
  PRIMARY KEY (key, word_id)
) STRICT, WITHOUT ROWID;

-- A name once per ordered pair of its words: (word, first letter of the
-- other word, other word), and how many words the name has.  A name of one
-- word has one row with other_initial '' and other_id 0.  A check looks up
-- pairs of words (and a word with an initial) close to its own; names with
-- fewer words than the query only for all but one pair.
CREATE TABLE conflict_pairs (
  word_id       INTEGER NOT NULL REFERENCES conflict_words (id),
  other_initial TEXT NOT NULL,
  other_id      INTEGER NOT NULL,
  name_words    INTEGER NOT NULL CHECK (name_words > 0),
  name_id       INTEGER NOT NULL REFERENCES conflict_names (id) ON DELETE CASCADE,
  PRIMARY KEY (word_id, other_initial, other_id, name_words, name_id)
) STRICT, WITHOUT ROWID;

-- Each time the store (re)built the tables above: with which version of
-- the rules (DESK_NAME_INDEX_VERSION), when, and how many names.
CREATE TABLE conflict_index_builds (
  id       INTEGER PRIMARY KEY,
  version  INTEGER NOT NULL CHECK (version > 0),
  built_at TEXT NOT NULL CHECK (built_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  names    INTEGER NOT NULL CHECK (names >= 0)
) STRICT;
