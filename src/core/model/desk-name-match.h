/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Name matching for the conflict check: does a new client or adverse party
 * look like someone the clinic already knows?  Tolerant of word order,
 * case, accents, initials and small typos.  Pure functions; no SQL.
 *
 * Contract with the store:
 *
 *  - When a name is saved, the store keeps one index row per key of
 *    desk_name_index_keys (name) (kind of record, record id, key).
 *  - To check a name, the store looks up every key of
 *    desk_name_index_keys (query), collects the distinct names sharing any
 *    key, and keeps those with
 *    desk_name_similarity (query, candidate) >= DESK_NAME_MATCH_THRESHOLD,
 *    best first.  No table scan is needed.
 *  - The keys are: each normalized token of two characters or more; for
 *    tokens of four or more, "p:" + its first three characters and "s:" +
 *    its last three.  So a typo at the end of a word (garsia/garcia) still
 *    shares the prefix key, one at its start (karcia/garcia) the suffix
 *    key, and an initial ("J. Garcia") shares the surname's keys.  At most
 *    three keys per token; the ':' never occurs in a token, so the kinds
 *    of keys never collide.
 *  - Changing the rules here changes the keys: the store must rebuild its
 *    index (bump DESK_NAME_INDEX_VERSION and re-index when it differs).
 */

#include <glib.h>

G_BEGIN_DECLS

/* Scores at or above this are reported as possible conflicts. */
#define DESK_NAME_MATCH_THRESHOLD 0.8

/* Bumped whenever desk_name_index_keys() changes its output. */
#define DESK_NAME_INDEX_VERSION 1

/**
 * desk_name_normalize_token: @token case-folded, without accents and with
 * letters and digits only ("García" → "garcia", "O'Brien" → "obrien",
 * "Łukasz" → "lukasz", "Straße" → "strasse"); may be "" (free with g_free).
 */
char     *desk_name_normalize_token (const char *token);

/**
 * desk_name_tokens: the normalized words of @name, split at white space and
 * punctuation other than apostrophes, sorted and without duplicates
 * ("Mary-Jane O'Neil" → jane, mary, oneil); never NULL (free with g_strfreev).
 */
GStrv     desk_name_tokens          (const char *name);

/** desk_name_key: the tokens joined with spaces; equal keys mean the same name (free with g_free). */
char     *desk_name_key             (const char *name);

/**
 * desk_name_similarity: how alike two names are, from 0 (nothing in common)
 * to 1 (the same tokens).  Each token of the name with fewer tokens is
 * paired with a distinct token of the other: equal tokens score 1, an
 * initial and a word starting with it 0.85, other words
 * 1 − edit distance / longer length.  The score is the mean; it is cut
 * below the threshold when a token finds no plausible partner (so a shared
 * first name alone is not a match), when only initials matched, or when a
 * one-word name is not exactly a word of the other.
 */
double    desk_name_similarity      (const char *a,
                                     const char *b);

/** desk_name_index_keys: the keys the store indexes @name under (see above), sorted, never NULL (free with g_strfreev). */
GStrv     desk_name_index_keys      (const char *name);

/**
 * desk_name_key_signature: two bits (of 63) for @key, to OR into a
 * signature of several keys; a signature holding both bits of a key may
 * contain it, one that lacks either does not.
 */
gint64    desk_name_key_signature   (const char *key);
/** desk_edit_distance: the optimal-string-alignment Damerau–Levenshtein distance between two UTF-8 strings, in code points. */
guint     desk_edit_distance        (const char *a,
                                     const char *b);

G_END_DECLS
