/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The rules that keep a mentee and a mentor from ever being proposed to
 * each other.  The nicks are stable (the scores CSV and saved reports use
 * them); the labels are sentences for people. */

#include <glib-object.h>

G_BEGIN_DECLS

/* In the order a pair is checked; the first that applies is "the" reason
 * (desk_match_exclusion_first), but a pair may break several. */
typedef enum
{
  DESK_MATCH_EXCLUSION_NONE,
  DESK_MATCH_EXCLUSION_SAME_PERSON,
  DESK_MATCH_EXCLUSION_INACTIVE,
  DESK_MATCH_EXCLUSION_NOT_A_MENTOR,
  DESK_MATCH_EXCLUSION_NOT_SEEKING,
  DESK_MATCH_EXCLUSION_HAS_MENTOR,
  DESK_MATCH_EXCLUSION_WRONG_TIERS,
  DESK_MATCH_EXCLUSION_NEVER_PAIR,
  DESK_MATCH_EXCLUSION_DECLINED,
  DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST,
  DESK_MATCH_EXCLUSION_LANGUAGE,
  DESK_MATCH_EXCLUSION_TRAINING,
  DESK_MATCH_EXCLUSION_AT_CAPACITY,
} DeskMatchExclusion;

#define DESK_TYPE_MATCH_EXCLUSION (desk_match_exclusion_get_type ())

/** desk_match_exclusion_get_type: the GEnum type of DeskMatchExclusion, whose nicks are the stable names. */
GType              desk_match_exclusion_get_type  (void) G_GNUC_CONST;
/** desk_match_exclusion_nick: the stable name of @rule ("conflict-of-interest"); "" for NONE. */
const char        *desk_match_exclusion_nick      (DeskMatchExclusion rule);
/** desk_match_exclusion_label: @rule as a translated sentence ("They are on opposite sides of a case."). */
const char        *desk_match_exclusion_label     (DeskMatchExclusion rule);
/** desk_match_exclusion_first: the first rule in a set of rules (bit 1 << rule each), or NONE for an empty set. */
DeskMatchExclusion desk_match_exclusion_first     (guint              rules);

G_END_DECLS
