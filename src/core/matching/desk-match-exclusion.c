/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-match-exclusion"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-enums.h"
#include "desk-match-exclusion.h"

G_DEFINE_ENUM_TYPE (DeskMatchExclusion, desk_match_exclusion,
  G_DEFINE_ENUM_VALUE (DESK_MATCH_EXCLUSION_NONE, "none"),
  G_DEFINE_ENUM_VALUE (DESK_MATCH_EXCLUSION_SAME_PERSON, "same-person"),
  G_DEFINE_ENUM_VALUE (DESK_MATCH_EXCLUSION_INACTIVE, "inactive"),
  G_DEFINE_ENUM_VALUE (DESK_MATCH_EXCLUSION_NOT_A_MENTOR, "not-a-mentor"),
  G_DEFINE_ENUM_VALUE (DESK_MATCH_EXCLUSION_NOT_SEEKING, "not-seeking"),
  G_DEFINE_ENUM_VALUE (DESK_MATCH_EXCLUSION_HAS_MENTOR, "has-mentor"),
  G_DEFINE_ENUM_VALUE (DESK_MATCH_EXCLUSION_WRONG_TIERS, "wrong-tiers"),
  G_DEFINE_ENUM_VALUE (DESK_MATCH_EXCLUSION_NEVER_PAIR, "never-pair"),
  G_DEFINE_ENUM_VALUE (DESK_MATCH_EXCLUSION_DECLINED, "declined"),
  G_DEFINE_ENUM_VALUE (DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST, "conflict-of-interest"),
  G_DEFINE_ENUM_VALUE (DESK_MATCH_EXCLUSION_LANGUAGE, "language"),
  G_DEFINE_ENUM_VALUE (DESK_MATCH_EXCLUSION_TRAINING, "training"),
  G_DEFINE_ENUM_VALUE (DESK_MATCH_EXCLUSION_AT_CAPACITY, "at-capacity"))

static const char * const labels[] = {
  [DESK_MATCH_EXCLUSION_NONE] = "",
  [DESK_MATCH_EXCLUSION_SAME_PERSON] = N_("They are the same person."),
  [DESK_MATCH_EXCLUSION_INACTIVE] = N_("One of them is not active."),
  [DESK_MATCH_EXCLUSION_NOT_A_MENTOR] = N_("The mentor has not offered to mentor."),
  [DESK_MATCH_EXCLUSION_NOT_SEEKING] = N_("The mentee has not asked for a mentor."),
  [DESK_MATCH_EXCLUSION_HAS_MENTOR] = N_("The mentee already has an accepted or pinned mentor."),
  [DESK_MATCH_EXCLUSION_WRONG_TIERS] = N_("Their tiers do not fit: seniors mentor intermediates, and intermediates mentor novices."),
  [DESK_MATCH_EXCLUSION_NEVER_PAIR] = N_("One of them asked never to be paired with the other."),
  [DESK_MATCH_EXCLUSION_DECLINED] = N_("The mentor declined this mentee before."),
  [DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST] = N_("They are on opposite sides of a case."),
  [DESK_MATCH_EXCLUSION_LANGUAGE] = N_("The mentor does not speak a language the mentee needs."),
  [DESK_MATCH_EXCLUSION_TRAINING] = N_("The mentor has not completed the training the program requires."),
  [DESK_MATCH_EXCLUSION_AT_CAPACITY] = N_("The mentor has no free place."),
};

const char *
desk_match_exclusion_nick (DeskMatchExclusion rule)
{
  g_return_val_if_fail ((guint) rule < G_N_ELEMENTS (labels), NULL);

  return rule == DESK_MATCH_EXCLUSION_NONE ? "" : desk_enum_nick (DESK_TYPE_MATCH_EXCLUSION, rule);
}

const char *
desk_match_exclusion_label (DeskMatchExclusion rule)
{
  g_return_val_if_fail ((guint) rule < G_N_ELEMENTS (labels), NULL);

  return rule == DESK_MATCH_EXCLUSION_NONE ? "" : g_dgettext (GETTEXT_PACKAGE, labels[rule]);
}

DeskMatchExclusion
desk_match_exclusion_first (guint rules)
{
  for (guint rule = DESK_MATCH_EXCLUSION_SAME_PERSON; rule < G_N_ELEMENTS (labels); rule++)
    if (rules & (1u << rule))
      return rule;

  return DESK_MATCH_EXCLUSION_NONE;
}
