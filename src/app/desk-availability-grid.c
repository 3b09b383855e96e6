/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-availability-grid"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-availability-grid.h"
#include "desk-enums.h"
#include "desk-widget.h"

#define N_DAYS  7
#define N_PARTS 3

struct _DeskAvailabilityGrid
{
  GtkWidget        parent_instance;

  GtkGrid         *grid;
  GtkToggleButton *toggles[N_DAYS][N_PARTS];
  guint            value;
  gboolean         syncing;
};

G_DEFINE_FINAL_TYPE (DeskAvailabilityGrid, desk_availability_grid, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const day_names[N_DAYS] = {
  N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday"),
};
/* TRANSLATORS: short weekday names over the columns of the availability grid */
static const char * const day_short[N_DAYS] = {
  N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
};
static const char * const part_names[N_PARTS] = {
  N_("Morning"), N_("Afternoon"), N_("Evening"),
};

static void
desk_availability_grid_toggled_cb (GtkToggleButton      *toggle,
                                   DeskAvailabilityGrid *self)
{
  guint bit = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toggle), "desk-bit"));
  guint value;

  if (self->syncing)
    return;

  value = gtk_toggle_button_get_active (toggle) ? self->value | bit : self->value & ~bit;
  if (value != self->value)
    {
      self->value = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
    }
}

static void
desk_availability_grid_dispose (GObject *object)
{
  DeskAvailabilityGrid *self = (DeskAvailabilityGrid *)object;

  desk_widget_unparent_children (GTK_WIDGET (self));
  self->grid = NULL;

  G_OBJECT_CLASS (desk_availability_grid_parent_class)->dispose (object);
}

static void
desk_availability_grid_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  DeskAvailabilityGrid *self = DESK_AVAILABILITY_GRID (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_uint (value, self->value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_availability_grid_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  DeskAvailabilityGrid *self = DESK_AVAILABILITY_GRID (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      desk_availability_grid_set_value (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_availability_grid_class_init (DeskAvailabilityGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_availability_grid_dispose;
  object_class->get_property = desk_availability_grid_get_property;
  object_class->set_property = desk_availability_grid_set_property;

  properties[PROP_VALUE] =
    g_param_spec_uint ("value", NULL, NULL, 0, DESK_AVAILABILITY_ALL, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "deskavailabilitygrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
desk_availability_grid_init (DeskAvailabilityGrid *self)
{
  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->grid, 4);
  gtk_grid_set_column_spacing (self->grid, 4);
  gtk_grid_set_column_homogeneous (self->grid, FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->grid), GTK_WIDGET (self));

  for (guint day = 0; day < N_DAYS; day++)
    {
      GtkWidget *label = gtk_label_new (_(day_short[day]));

      gtk_widget_add_css_class (label, "caption-heading");
      gtk_grid_attach (self->grid, label, day + 1, 0, 1, 1);
    }

  for (guint part = 0; part < N_PARTS; part++)
    {
      GtkWidget *label = gtk_label_new (_(part_names[part]));

      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_widget_set_margin_end (label, 6);
      gtk_grid_attach (self->grid, label, 0, part + 1, 1, 1);

      for (guint day = 0; day < N_DAYS; day++)
        {
          GtkWidget *toggle = gtk_toggle_button_new ();
          /* TRANSLATORS: a screen reader's name of one block of the week: "Tuesday evening" */
          g_autofree char *name = g_strdup_printf (_("%s %s"), _(day_names[day]), _(part_names[part]));

          g_object_set_data (G_OBJECT (toggle), "desk-bit", GUINT_TO_POINTER (DESK_AVAILABILITY_BIT (day, part)));
          gtk_widget_set_size_request (toggle, 34, 26);
          gtk_widget_set_tooltip_text (toggle, name);
          gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          gtk_widget_add_css_class (toggle, "desk-availability");
          g_signal_connect (toggle, "toggled", G_CALLBACK (desk_availability_grid_toggled_cb), self);
          gtk_grid_attach (self->grid, toggle, day + 1, part + 1, 1, 1);
          self->toggles[day][part] = GTK_TOGGLE_BUTTON (toggle);
        }
    }
}

GtkWidget *
desk_availability_grid_new (void)
{
  return g_object_new (DESK_TYPE_AVAILABILITY_GRID, NULL);
}

guint
desk_availability_grid_get_value (DeskAvailabilityGrid *self)
{
  g_return_val_if_fail (DESK_IS_AVAILABILITY_GRID (self), 0);

  return self->value;
}

void
desk_availability_grid_set_value (DeskAvailabilityGrid *self,
                                  guint                 value)
{
  g_return_if_fail (DESK_IS_AVAILABILITY_GRID (self));

  value &= DESK_AVAILABILITY_ALL;
  if (self->value == value)
    return;

  self->value = value;
  self->syncing = TRUE;
  for (guint day = 0; day < N_DAYS; day++)
    for (guint part = 0; part < N_PARTS; part++)
      gtk_toggle_button_set_active (self->toggles[day][part], (value & DESK_AVAILABILITY_BIT (day, part)) != 0);
  self->syncing = FALSE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

GtkToggleButton *
desk_availability_grid_get_toggle (DeskAvailabilityGrid *self,
                                   guint                 day,
                                   guint                 part)
{
  g_return_val_if_fail (DESK_IS_AVAILABILITY_GRID (self), NULL);
  g_return_val_if_fail (day < N_DAYS && part < N_PARTS, NULL);

  return self->toggles[day][part];
}
