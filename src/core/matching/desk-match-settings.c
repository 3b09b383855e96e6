/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-match-settings"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <stddef.h>
#include <string.h>

#include "desk-enum-types.h"
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
    .stale_days = 14,
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
  if (settings->stale_days < 1 || settings->stale_days > DESK_MATCH_MAX_STALE_DAYS)
    desk_problems_add (problems, "stale-days", _("A proposal goes stale after between 1 and %d days."),
                       DESK_MATCH_MAX_STALE_DAYS);

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

/* ---- as keys and values ----------------------------------------------------------- */

/* The settings besides the weights ("weight-" and a component's nick), as
 * GSettings keys: the name, the GVariant type and where the value lives. */
static const struct
{
  const char *key;
  const char *type;
  gsize       offset;
} fields[] = {
  { "ideal-gap-min", "i", offsetof (DeskMatchSettings, ideal_gap_min) },
  { "ideal-gap-max", "i", offsetof (DeskMatchSettings, ideal_gap_max) },
  { "floor", "u", offsetof (DeskMatchSettings, floor) },
  { "slot-penalty", "u", offsetof (DeskMatchSettings, slot_penalty) },
  { "required-training", "as", offsetof (DeskMatchSettings, required_training) },
  { "tiered", "b", offsetof (DeskMatchSettings, tiered) },
  { "circle-size", "u", offsetof (DeskMatchSettings, circle_size) },
  { "stale-days", "u", offsetof (DeskMatchSettings, stale_days) },
};

#define WEIGHT_PREFIX "weight-"

/* Where @key's value lives in @settings, and its type; NULL for an unknown key. */
static gpointer
lookup_key (DeskMatchSettings  *settings,
            const char         *key,
            const char        **type)
{
  if (g_str_has_prefix (key, WEIGHT_PREFIX))
    for (guint i = 0; i < DESK_MATCH_N_COMPONENTS; i++)
      if (g_str_equal (key + strlen (WEIGHT_PREFIX), components[i].nick))
        {
          *type = "u";
          return &settings->weights[i];
        }

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (key, fields[i].key))
      {
        *type = fields[i].type;
        return (char *) settings + fields[i].offset;
      }

  return NULL;
}

static GVariant *
training_to_variant (DeskTraining trainings)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (DESK_TYPE_TRAINING);
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_STRING_ARRAY);
  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != 0 && (trainings & klass->values[i].value) == klass->values[i].value)
      g_variant_builder_add (&builder, "s", klass->values[i].value_nick);
  return g_variant_builder_end (&builder);
}

static gboolean
training_from_nicks (const char * const  *nicks,
                     DeskTraining        *trainings,
                     GError             **error)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (DESK_TYPE_TRAINING);
  DeskTraining value = DESK_TRAINING_NONE;

  for (guint i = 0; nicks[i] != NULL; i++)
    {
      GFlagsValue *flag = g_flags_get_value_by_nick (klass, nicks[i]);

      if (flag == NULL)
        return desk_invalid (error, "required-training",
                             _("There is no training “%s”; the trainings are coaching, cultural-competence "
                               "and legal-ethics."), nicks[i]);
      value |= flag->value;
    }

  *trainings = value;
  return TRUE;
}

GStrv
desk_match_settings_list_keys (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < DESK_MATCH_N_COMPONENTS; i++)
    {
      g_autofree char *key = g_strconcat (WEIGHT_PREFIX, components[i].nick, NULL);

      g_strv_builder_add (builder, key);
    }
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_strv_builder_add (builder, fields[i].key);
  return g_strv_builder_end (builder);
}

GVariant *
desk_match_settings_to_variant (const DeskMatchSettings *settings)
{
  DeskMatchSettings copy;
  g_auto(GStrv) keys = desk_match_settings_list_keys ();
  GVariantBuilder builder;

  g_return_val_if_fail (settings != NULL, NULL);

  copy = *settings;
  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      const char *type = NULL;
      gpointer value = lookup_key (&copy, keys[i], &type);
      GVariant *item;

      if (g_str_equal (type, "i"))
        item = g_variant_new_int32 (*(int *) value);
      else if (g_str_equal (type, "u"))
        item = g_variant_new_uint32 (*(guint *) value);
      else if (g_str_equal (type, "b"))
        item = g_variant_new_boolean (*(gboolean *) value);
      else
        item = training_to_variant (*(DeskTraining *) value);
      g_variant_builder_add (&builder, "{sv}", keys[i], item);
    }
  return g_variant_builder_end (&builder);
}

/* Sets one value in @settings, whose bounds are checked later. */
static gboolean
set_value (DeskMatchSettings  *settings,
           const char         *key,
           GVariant           *value,
           GError            **error)
{
  const char *type = NULL;
  gpointer field = lookup_key (settings, key, &type);

  if (field == NULL)
    {
      g_auto(GStrv) keys = desk_match_settings_list_keys ();
      g_autofree char *known = g_strjoinv (", ", keys);

      return desk_invalid (error, key, _("There is no matching setting “%s”; the settings are: %s."), key, known);
    }
  if (!g_variant_is_of_type (value, G_VARIANT_TYPE (type)))
    return desk_invalid (error, key, _("The matching setting “%s” takes a value of another kind."), key);

  if (g_str_equal (type, "i"))
    *(int *) field = g_variant_get_int32 (value);
  else if (g_str_equal (type, "u"))
    *(guint *) field = g_variant_get_uint32 (value);
  else if (g_str_equal (type, "b"))
    *(gboolean *) field = g_variant_get_boolean (value);
  else
    {
      g_autofree const char **nicks = g_variant_get_strv (value, NULL);

      return training_from_nicks (nicks, field, error);
    }
  return TRUE;
}

gboolean
desk_match_settings_from_variant (DeskMatchSettings  *settings,
                                  GVariant           *dict,
                                  GError            **error)
{
  g_autoptr(GPtrArray) problems = desk_problems_new ();
  g_autoptr(GVariant) owned = NULL;
  DeskMatchSettings changed;
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_return_val_if_fail (settings != NULL, FALSE);
  g_return_val_if_fail (dict != NULL && g_variant_is_of_type (dict, G_VARIANT_TYPE_VARDICT), FALSE);

  owned = g_variant_ref_sink (dict);
  /* Nothing is half-set: the changes go to a copy first. */
  changed = *settings;
  g_variant_iter_init (&iter, dict);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      gboolean ok = set_value (&changed, key, value, error);

      g_variant_unref (value);
      if (!ok)
        return FALSE;
    }

  if (!desk_match_settings_validate (&changed, problems))
    return desk_problems_propagate (problems, error);

  *settings = changed;
  return TRUE;
}

/* @text as a value of GVariant @type, or NULL. */
static GVariant *
parse_text (const char *type,
            const char *text)
{
  gint64 number;
  guint64 whole;

  if (g_str_equal (type, "i"))
    return g_ascii_string_to_signed (text, 10, G_MININT32, G_MAXINT32, &number, NULL) ?
           g_variant_new_int32 ((gint32) number) : NULL;
  if (g_str_equal (type, "u"))
    return g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT32, &whole, NULL) ?
           g_variant_new_uint32 ((guint32) whole) : NULL;
  if (g_str_equal (type, "b"))
    {
      if (g_ascii_strcasecmp (text, "true") == 0 || g_ascii_strcasecmp (text, "yes") == 0)
        return g_variant_new_boolean (TRUE);
      if (g_ascii_strcasecmp (text, "false") == 0 || g_ascii_strcasecmp (text, "no") == 0)
        return g_variant_new_boolean (FALSE);
      return NULL;
    }

  /* A list of nicks: "coaching,legal-ethics", "" or "none" for none. */
  {
    g_auto(GStrv) parts = g_strsplit (text, ",", -1);
    g_autoptr(GStrvBuilder) nicks = g_strv_builder_new ();
    g_auto(GStrv) list = NULL;

    for (guint i = 0; parts[i] != NULL; i++)
      {
        g_strstrip (parts[i]);
        if (parts[i][0] != '\0' && !g_str_equal (parts[i], "none"))
          g_strv_builder_add (nicks, parts[i]);
      }
    list = g_strv_builder_end (nicks);
    return g_variant_new_strv ((const char * const *) list, -1);
  }
}

gboolean
desk_match_settings_parse (DeskMatchSettings  *settings,
                           const char         *key,
                           const char         *text,
                           GError            **error)
{
  DeskMatchSettings scratch;
  const char *type = NULL;
  GVariantBuilder builder;
  GVariant *value;

  g_return_val_if_fail (settings != NULL, FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  value = lookup_key (&scratch, key, &type) != NULL ? parse_text (type, text) : g_variant_new_string (text);
  if (value == NULL)
    {
      if (g_str_equal (type, "b"))
        return desk_invalid (error, key, _("The matching setting “%s” is true or false, not “%s”."), key, text);
      return desk_invalid (error, key, _("The matching setting “%s” takes a whole number, not “%s”."), key, text);
    }

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", key, value);
  return desk_match_settings_from_variant (settings, g_variant_builder_end (&builder), error);
}
