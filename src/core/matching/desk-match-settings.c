/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-match-settings"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-error.h"
#include "desk-match-settings.h"

static const struct
{
  const char *nick;
  const char *label;
  guint       weight;
} components[DESK_MATCH_N_COMPONENTS] = {
  [DESK_MATCH_COMPONENT_PRACTICE_AREAS] = { "practice-areas", N_("Practice areas"), 25 },
  [DESK_MATCH_COMPONENT_GOALS] = { "goals", N_("Goals"), 15 },
  [DESK_MATCH_COMPONENT_AVAILABILITY] = { "availability", N_("Availability"), 15 },
  [DESK_MATCH_COMPONENT_LANGUAGE] = { "language", N_("Language"), 10 },
  [DESK_MATCH_COMPONENT_EXPERIENCE] = { "experience", N_("Experience gap"), 15 },
  [DESK_MATCH_COMPONENT_LOCATION] = { "location", N_("County or remote"), 10 },
  [DESK_MATCH_COMPONENT_MEETING] = { "meeting", N_("Ways to meet"), 5 },
  [DESK_MATCH_COMPONENT_HOURS] = { "hours", N_("Hours a month"), 5 },
};

void
desk_match_settings_init (DeskMatchSettings *settings)
{
  g_return_if_fail (settings != NULL);

  *settings = (DeskMatchSettings) {
    .ideal_gap_min = 5,
    .ideal_gap_max = 15,
    .floor = 30,
    .slot_penalty = 2,
    .required_training = DESK_TRAINING_NONE,
    .tiered = FALSE,
    .circle_size = 4,
  };
  for (guint i = 0; i < DESK_MATCH_N_COMPONENTS; i++)
    settings->weights[i] = components[i].weight;
}

gboolean
desk_match_settings_validate (const DeskMatchSettings *settings,
                              GPtrArray               *problems)
{
  const guint all_training = DESK_TRAINING_COACHING | DESK_TRAINING_CULTURAL_COMPETENCE | DESK_TRAINING_LEGAL_ETHICS;
  guint before, total = 0;

  g_return_val_if_fail (settings != NULL, FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  before = problems->len;

  for (guint i = 0; i < DESK_MATCH_N_COMPONENTS; i++)
    {
      g_autofree char *field = g_strconcat ("weight-", components[i].nick, NULL);

      if (settings->weights[i] > DESK_MATCH_MAX_WEIGHT)
        desk_problems_add (problems, field, _("The weight of “%s” is at most %d."),
                           desk_match_component_label (i), DESK_MATCH_MAX_WEIGHT);
      total += settings->weights[i];
    }
  if (total == 0)
    desk_problems_add (problems, "weights", _("At least one part of the score needs a weight above zero."));

  if (settings->ideal_gap_min < 0 || settings->ideal_gap_min > DESK_MATCH_MAX_GAP)
    desk_problems_add (problems, "ideal-gap-min",
                       _("The ideal experience gap starts between 0 and %d years."), DESK_MATCH_MAX_GAP);
  if (settings->ideal_gap_max < settings->ideal_gap_min || settings->ideal_gap_max > DESK_MATCH_MAX_GAP)
    desk_problems_add (problems, "ideal-gap-max",
                       _("The ideal experience gap ends at or after its start, and at most at %d years."),
                       DESK_MATCH_MAX_GAP);
  if (settings->floor > 100)
    desk_problems_add (problems, "floor", _("The lowest score to propose is between 0 and 100."));
  if (settings->slot_penalty > DESK_MATCH_MAX_SLOT_PENALTY)
    desk_problems_add (problems, "slot-penalty",
                       _("The cost of each further mentee is at most %d points."), DESK_MATCH_MAX_SLOT_PENALTY);
  if ((settings->required_training & ~all_training) != 0)
    desk_problems_add (problems, "required-training", _("The required training names a training that does not exist."));
  if (settings->circle_size < DESK_MATCH_MIN_CIRCLE_SIZE || settings->circle_size > DESK_MATCH_MAX_CIRCLE_SIZE)
    desk_problems_add (problems, "circle-size", _("A circle takes between %d and %d mentees."),
                       DESK_MATCH_MIN_CIRCLE_SIZE, DESK_MATCH_MAX_CIRCLE_SIZE);

  return problems->len == before;
}

guint
desk_match_settings_slot_penalty (const DeskMatchSettings *settings,
                                  guint                    slot)
{
  g_return_val_if_fail (settings != NULL, 0);

  /* Linear marginal cost: total cost grows with the square of the load,
   * which is convex, so the solver fills a mentor's slots in order. */
  return slot > 1 ? settings->slot_penalty * (slot - 1) : 0;
}

const char *
desk_match_component_label (DeskMatchComponent component)
{
  g_return_val_if_fail (component < DESK_MATCH_N_COMPONENTS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, components[component].label);
}

const char *
desk_match_component_nick (DeskMatchComponent component)
{
  g_return_val_if_fail (component < DESK_MATCH_N_COMPONENTS, NULL);

  return components[component].nick;
}
