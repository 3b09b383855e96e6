/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-matching-preferences"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-enum-types.h"
#include "desk-flags-chooser.h"
#include "desk-matching-preferences.h"
#include "desk-matching-settings.h"

struct _DeskMatchingPreferences
{
  AdwPreferencesPage   parent_instance;

  /* Template widgets */
  GtkLabel            *problem_label;
  AdwPreferencesGroup *weights_group;
  AdwPreferencesGroup *rules_group;
  GtkSwitch           *tiered_switch;
  DeskFlagsChooser    *training_chooser;

  /* Owned */
  GSettings           *settings;
};

G_DEFINE_FINAL_TYPE (DeskMatchingPreferences, desk_matching_preferences, ADW_TYPE_PREFERENCES_PAGE)

/* A number kept in a key, as a row with a spin button; bounds from the schema. */
static void
add_number_row (DeskMatchingPreferences *self,
                AdwPreferencesGroup     *group,
                const char              *key,
                const char              *title,
                const char              *subtitle)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) bounds = NULL;
  double lower = 0, upper = 100;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin;
  const char *kind;

  g_object_get (self->settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &kind, &bounds);
  if (g_str_equal (kind, "range"))
    {
      if (g_variant_is_of_type (bounds, G_VARIANT_TYPE ("(uu)")))
        {
          guint32 lo, hi;

          g_variant_get (bounds, "(uu)", &lo, &hi);
          lower = lo, upper = hi;
        }
      else if (g_variant_is_of_type (bounds, G_VARIANT_TYPE ("(ii)")))
        {
          gint32 lo, hi;

          g_variant_get (bounds, "(ii)", &lo, &hi);
          lower = lo, upper = hi;
        }
    }

  spin = gtk_spin_button_new_with_range (lower, upper, 1);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  g_settings_bind (self->settings, key, spin, "value", G_SETTINGS_BIND_DEFAULT);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_group_add (group, row);
}

/* "required-training" holds the nicks of the DeskTraining set. */
static gboolean
training_from_setting (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  g_autoptr(GFlagsClass) flags = g_type_class_ref (DESK_TYPE_TRAINING);
  g_autofree const char **nicks = g_variant_get_strv (variant, NULL);
  guint set = 0;

  for (guint i = 0; nicks[i] != NULL; i++)
    {
      GFlagsValue *member = g_flags_get_value_by_nick (flags, nicks[i]);

      if (member == NULL)
        return FALSE;
      set |= member->value;
    }

  g_value_set_uint (value, set);
  return TRUE;
}

static GVariant *
training_to_setting (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  g_autoptr(GFlagsClass) flags = g_type_class_ref (DESK_TYPE_TRAINING);
  g_autoptr(GPtrArray) nicks = g_ptr_array_new ();
  guint set = g_value_get_uint (value);

  for (guint i = 0; i < flags->n_values; i++)
    if (flags->values[i].value != 0 && (set & flags->values[i].value) == flags->values[i].value)
      g_ptr_array_add (nicks, (gpointer) flags->values[i].value_nick);

  return g_variant_new_strv ((const char * const *) nicks->pdata, nicks->len);
}

/* The matcher refuses some combinations (a smallest gap over the largest):
 * said here, as the settings change. */
static void
desk_matching_preferences_check (DeskMatchingPreferences *self)
{
  DeskMatchSettings settings;
  g_autoptr(GError) error = NULL;

  if (desk_matching_settings_load (self->settings, &settings, &error))
    gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  else
    {
      /* TRANSLATORS: %s says what is wrong with the matching settings */
      g_autofree char *text = g_strdup_printf (_("%s Until this is fixed, matching uses the defaults."), error->message);

      gtk_label_set_label (self->problem_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
    }
}

static void
desk_matching_preferences_reset_cb (DeskMatchingPreferences *self)
{
  g_auto(GStrv) keys = desk_match_settings_list_keys ();

  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (self->settings, keys[i]);
}

static void
desk_matching_preferences_dispose (GObject *object)
{
  DeskMatchingPreferences *self = (DeskMatchingPreferences *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_MATCHING_PREFERENCES);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (desk_matching_preferences_parent_class)->dispose (object);
}

static void
desk_matching_preferences_class_init (DeskMatchingPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_matching_preferences_dispose;

  g_type_ensure (DESK_TYPE_FLAGS_CHOOSER);
  g_type_ensure (DESK_TYPE_TRAINING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-matching-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskMatchingPreferences, problem_label);
  gtk_widget_class_bind_template_child (widget_class, DeskMatchingPreferences, weights_group);
  gtk_widget_class_bind_template_child (widget_class, DeskMatchingPreferences, rules_group);
  gtk_widget_class_bind_template_child (widget_class, DeskMatchingPreferences, tiered_switch);
  gtk_widget_class_bind_template_child (widget_class, DeskMatchingPreferences, training_chooser);
  gtk_widget_class_bind_template_callback (widget_class, desk_matching_preferences_reset_cb);
}

static void
desk_matching_preferences_init (DeskMatchingPreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = desk_matching_settings_new ();

  for (guint i = 0; i < DESK_MATCH_N_COMPONENTS; i++)
    {
      g_autofree char *key = g_strconcat ("weight-", desk_match_component_nick (i), NULL);

      add_number_row (self, self->weights_group, key, desk_match_component_label (i), NULL);
    }

  add_number_row (self, self->rules_group, "floor", _("Lowest score proposed"),
                  _("A pair scoring under this is never proposed; the mentee waits for a better mentor"));
  add_number_row (self, self->rules_group, "slot-penalty", _("Spreading the load"),
                  _("Points each further mentee costs a mentor, so proposals spread across mentors (0: off)"));
  add_number_row (self, self->rules_group, "ideal-gap-min", _("Smallest ideal experience gap"),
                  _("Years of experience the mentor ideally has over the mentee, at least…"));
  add_number_row (self, self->rules_group, "ideal-gap-max", _("Largest ideal experience gap"),
                  _("…and at most"));
  add_number_row (self, self->rules_group, "stale-days", _("Days before a proposal is stale"),
                  _("A proposal nobody answered in this many days is marked on the board"));
  add_number_row (self, self->rules_group, "circle-size", _("Largest circle"),
                  _("How many mentees one facilitator takes in a circle"));

  g_settings_bind (self->settings, "tiered", self->tiered_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "required-training", self->training_chooser, "value",
                                G_SETTINGS_BIND_DEFAULT, training_from_setting, training_to_setting, NULL, NULL);

  g_signal_connect_object (self->settings, "changed", G_CALLBACK (desk_matching_preferences_check), self,
                           G_CONNECT_SWAPPED);
  desk_matching_preferences_check (self);
}

const char *
desk_matching_preferences_get_problem (DeskMatchingPreferences *self)
{
  g_return_val_if_fail (DESK_IS_MATCHING_PREFERENCES (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->problem_label)) ? gtk_label_get_label (self->problem_label) : NULL;
}
