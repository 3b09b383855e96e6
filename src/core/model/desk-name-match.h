/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Name matching for the conflict check: does a new client or adverse party
 * look like someone the clinic already knows?  Tolerant of word order,
 * case, accents, hyphens, initials, a missing middle name and one typo in
 * every word.  Pure functions; no SQL.
 *
 * Two names match when every word of the shorter one pairs off with a
 * distinct word of the other as
 *
 *  - the same word (after desk_name_normalize_token()),
 *  - the same word mistyped (desk_name_words_close(): one substitution,
 *    insertion, deletion or swap of neighbours when either word has three
 *    letters or more, two of them when both have seven or more),
 *  - or an initial and a word that starts with it,
 *
 * and at least one pair is two whole words.  The longer name may have more
 * words (a middle name, a second surname, "LLC"); when they are more than
 * initials, one of the pairs must be the same word and typos count only in
 * words of five letters or more.  A one-word name (an organisation, a
 * mononym) matches a longer name only when it is exactly one of its words.
 *
 * Contract with the store, which finds every such name by exact look-ups:
 *
 *  - Each distinct word of the index is stored once, under the keys of
 *    desk_name_word_keys(): itself and, for words of three letters or
 *    more, the strings left when one letter is taken out (also two, for
 *    words of seven or more).  Two words are close only if they share a key,
 *    so the keys of a query word find every close word (the
 *    symmetric-delete scheme of SymSpell).
 *  - Each name is stored once per ordered pair of its words (word, initial
 *    of the other, other, and how many words the name has), or as (word,
 *    none) when it has one word.  A matching name holds a word close to
 *    one word of the query and, with it, a word close to another, or a
 *    word starting with the query's initial, or the initial of another
 *    query word; each is one look-up.  A name with at least as many words
 *    as the query pairs off all of the query's, so one pair of query words
 *    finds it; for the others, only names with fewer words are read.
 *  - Changing the rules here changes the index: bump DESK_NAME_INDEX_VERSION
 *    and the store rebuilds it when it opens the index next.
 */

#include <glib.h>

G_BEGIN_DECLS

/* Matching names score at or above this, other pairs of names below. */
#define DESK_NAME_MATCH_THRESHOLD 0.8

/* Bumped whenever desk_name_word_keys(), desk_name_words_close() or the
 * store's layout of the index changes. */
#define DESK_NAME_INDEX_VERSION 2

/**
 * desk_name_normalize_token: @token case-folded, without accents and with
 * letters and digits only ("García" → "garcia", "O'Brien" → "obrien",
 * "Łukasz" → "lukasz", "Straße" → "strasse"); may be "" (free with g_free).
 */
char     *desk_name_normalize_token (const char *token);

/**
 * desk_name_tokens: the normalized words of @name, split at white space and
 * punctuation other than apostrophes, sorted ("Mary-Jane O'Neil" → jane,
 * mary, oneil; a word twice stays twice); never NULL (free with g_strfreev).
 */
GStrv     desk_name_tokens          (const char *name);

/** desk_name_key: the tokens joined with spaces; equal keys mean the same name (free with g_free). */
char     *desk_name_key             (const char *name);

/**
 * desk_name_similarity: how alike two names are, from 0 to 1.  Names that
 * match (see above) score from DESK_NAME_MATCH_THRESHOLD up, 1 for the
 * same words; among them, fewer typos, fewer initials and fewer extra
 * words score higher.  Other names score below the threshold.  Symmetric.
 */
double    desk_name_similarity      (const char *a,
                                     const char *b);

/**
 * desk_name_words_close: whether two normalized words may be one word,
 * mistyped: equal, or at most one edit apart when the longer has three
 * letters or more, or two edits when both have seven or more.
 */
gboolean  desk_name_words_close     (const char *a,
                                     const char *b);

/**
 * desk_name_same_person: whether two names are alike enough for a program
 * to act on with nobody looking (the matcher keeps such people apart by
 * itself, where the conflict check only asks a person): both have two
 * words or more, every word of the shorter is a word of the other (case,
 * accents, punctuation and order aside: "DELGADO, Rosa"), the longer has
 * at most one more word (a second surname), and at most one word differs
 * by one typo, in a word of seven letters or more ("Katharine Johnston").
 * Not a typo in a short word ("Maria Garsia"), an initial ("J. Garcia") or
 * another first name ("Marta Garcia").  Symmetric.
 */
gboolean  desk_name_same_person     (const char *a,
                                     const char *b);

/** desk_name_word_keys: the index keys of one normalized @word (see above), sorted, never NULL (free with g_strfreev). */
GStrv     desk_name_word_keys       (const char *word);

/** desk_edit_distance: the optimal-string-alignment Damerau–Levenshtein distance between two UTF-8 strings, in code points. */
guint     desk_edit_distance        (const char *a,
                                     const char *b);

G_END_DECLS
