/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-preferences-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-choices.h"
#include "desk-enum-types.h"
#include "desk-enums.h"
#include "desk-labels.h"
#include "desk-matching-preferences.h"
#include "desk-preferences-window.h"

struct _DeskPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  AdwEntryRow   *staff_name_row;
  AdwComboRow   *region_row;
  AdwEntryRow   *clinic_name_row;
  GtkSpinButton *hour_value_spin;
  AdwComboRow   *fiscal_start_row;
  GtkSpinButton *threshold_spin;
  GtkSpinButton *backups_kept_spin;
  GtkSpinButton *document_limit_spin;

  /* Owned references */
  GSettings     *settings;
};

G_DEFINE_FINAL_TYPE (DeskPreferencesWindow, desk_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The drop-down lists the regions in DeskRegion order; the key holds nicks. */
static gboolean
region_from_setting (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  int region = DESK_REGION_CONTIGUOUS;

  if (!desk_enum_from_nick (DESK_TYPE_REGION, g_variant_get_string (variant, NULL), &region))
    return FALSE;

  g_value_set_uint (value, (guint) region);

  return TRUE;
}

static GVariant *
region_to_setting (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  const char *nick = desk_enum_nick (DESK_TYPE_REGION, (int) g_value_get_uint (value));

  if (nick == NULL)
    return NULL;

  return g_variant_new_string (nick);
}

/* The report settings keep whole numbers; the rows show dollars and positions. */
static gboolean
cents_from_setting (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_int64 (variant) / 100.0);
  return TRUE;
}

static GVariant *
cents_to_setting (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  return g_variant_new_int64 ((gint64) (g_value_get_double (value) * 100.0 + 0.5));
}

static gboolean
month_from_setting (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  g_value_set_uint (value, (guint) CLAMP (g_variant_get_int32 (variant), 1, 12) - 1);
  return TRUE;
}

static GVariant *
month_to_setting (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  return position < 12 ? g_variant_new_int32 ((gint32) position + 1) : NULL;
}

static gboolean
count_from_setting (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_uint32 (variant));
  return TRUE;
}

static GVariant *
count_to_setting (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  return g_variant_new_uint32 ((guint32) (g_value_get_double (value) + 0.5));
}

static void
desk_preferences_window_dispose (GObject *object)
{
  DeskPreferencesWindow *self = (DeskPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (desk_preferences_window_parent_class)->dispose (object);
}

static void
desk_preferences_window_class_init (DeskPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_preferences_window_dispose;

  g_type_ensure (DESK_TYPE_MATCHING_PREFERENCES);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskPreferencesWindow, staff_name_row);
  gtk_widget_class_bind_template_child (widget_class, DeskPreferencesWindow, region_row);
  gtk_widget_class_bind_template_child (widget_class, DeskPreferencesWindow, clinic_name_row);
  gtk_widget_class_bind_template_child (widget_class, DeskPreferencesWindow, hour_value_spin);
  gtk_widget_class_bind_template_child (widget_class, DeskPreferencesWindow, fiscal_start_row);
  gtk_widget_class_bind_template_child (widget_class, DeskPreferencesWindow, threshold_spin);
  gtk_widget_class_bind_template_child (widget_class, DeskPreferencesWindow, backups_kept_spin);
  gtk_widget_class_bind_template_child (widget_class, DeskPreferencesWindow, document_limit_spin);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
desk_preferences_window_init (DeskPreferencesWindow *self)
{
  g_autoptr(GListModel) regions = desk_choices_for_enum (DESK_TYPE_REGION, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->region_row, regions);

  /* Each change is kept at once, as GNOME's preferences do: there is no
   * Save button to forget. */
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "staff-name", self->staff_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "poverty-region",
                                self->region_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                region_from_setting, region_to_setting,
                                NULL, NULL);
  g_settings_bind (self->settings, "report-clinic-name", self->clinic_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "report-hour-value-cents", self->hour_value_spin, "value",
                                G_SETTINGS_BIND_DEFAULT, cents_from_setting, cents_to_setting, NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "report-fiscal-year-start", self->fiscal_start_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, month_from_setting, month_to_setting, NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "report-suppression-threshold", self->threshold_spin, "value",
                                G_SETTINGS_BIND_DEFAULT, count_from_setting, count_to_setting, NULL, NULL);
  g_settings_bind (self->settings, "backups-kept", self->backups_kept_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "document-size-limit-mb", self->document_limit_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
}

DeskPreferencesWindow *
desk_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (DESK_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}

GtkEditable *
desk_preferences_window_get_staff_name_entry (DeskPreferencesWindow *self)
{
  g_return_val_if_fail (DESK_IS_PREFERENCES_WINDOW (self), NULL);

  return GTK_EDITABLE (self->staff_name_row);
}

GtkSpinButton *
desk_preferences_window_get_backups_kept_spin (DeskPreferencesWindow *self)
{
  g_return_val_if_fail (DESK_IS_PREFERENCES_WINDOW (self), NULL);

  return self->backups_kept_spin;
}

GtkSpinButton *
desk_preferences_window_get_document_limit_spin (DeskPreferencesWindow *self)
{
  g_return_val_if_fail (DESK_IS_PREFERENCES_WINDOW (self), NULL);

  return self->document_limit_spin;
}

AdwComboRow *
desk_preferences_window_get_region_row (DeskPreferencesWindow *self)
{
  g_return_val_if_fail (DESK_IS_PREFERENCES_WINDOW (self), NULL);

  return self->region_row;
}
