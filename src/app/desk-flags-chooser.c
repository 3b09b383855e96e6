/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-flags-chooser"

#include "config.h"

#include "desk-flags-chooser.h"
#include "desk-labels.h"
#include "desk-widget.h"

struct _DeskFlagsChooser
{
  GtkWidget   parent_instance;

  GtkFlowBox *flow_box;
  GPtrArray  *checks;      /* GtkCheckButton, member in "desk-flag" */
  GType       flags_type;
  guint       value;
  gboolean    syncing;
};

G_DEFINE_FINAL_TYPE (DeskFlagsChooser, desk_flags_chooser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FLAGS_TYPE,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
check_flag (GtkCheckButton *check)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "desk-flag"));
}

static void
desk_flags_chooser_toggled_cb (DeskFlagsChooser *self,
                               GtkCheckButton   *check)
{
  guint value = self->value;

  g_assert (DESK_IS_FLAGS_CHOOSER (self));

  if (self->syncing)
    return;

  if (gtk_check_button_get_active (check))
    value |= check_flag (check);
  else
    value &= ~check_flag (check);

  if (value != self->value)
    {
      self->value = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
    }
}

static void
desk_flags_chooser_build (DeskFlagsChooser *self)
{
  g_autoptr(GFlagsClass) flags_class = NULL;

  g_assert (DESK_IS_FLAGS_CHOOSER (self));

  if (self->flags_type == G_TYPE_NONE || !G_TYPE_IS_FLAGS (self->flags_type))
    return;

  flags_class = g_type_class_ref (self->flags_type);
  for (guint i = 0; i < flags_class->n_values; i++)
    {
      guint flag = flags_class->values[i].value;
      const char *label = desk_flag_label (self->flags_type, flag);
      GtkWidget *check;

      if (flag == 0 || label == NULL)
        continue;

      check = gtk_check_button_new_with_label (label);
      g_object_set_data (G_OBJECT (check), "desk-flag", GUINT_TO_POINTER (flag));
      g_signal_connect_object (check, "toggled", G_CALLBACK (desk_flags_chooser_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_flow_box_append (self->flow_box, check);
      g_ptr_array_add (self->checks, check);
    }
}

static void
desk_flags_chooser_dispose (GObject *object)
{
  DeskFlagsChooser *self = (DeskFlagsChooser *)object;

  desk_widget_unparent_children (GTK_WIDGET (self));
  self->flow_box = NULL;
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (desk_flags_chooser_parent_class)->dispose (object);
}

static void
desk_flags_chooser_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DeskFlagsChooser *self = DESK_FLAGS_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_FLAGS_TYPE:
      g_value_set_gtype (value, self->flags_type);
      break;

    case PROP_VALUE:
      g_value_set_uint (value, self->value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_flags_chooser_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DeskFlagsChooser *self = DESK_FLAGS_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_FLAGS_TYPE:
      self->flags_type = g_value_get_gtype (value);
      desk_flags_chooser_build (self);
      break;

    case PROP_VALUE:
      desk_flags_chooser_set_value (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_flags_chooser_class_init (DeskFlagsChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_flags_chooser_dispose;
  object_class->get_property = desk_flags_chooser_get_property;
  object_class->set_property = desk_flags_chooser_set_property;

  properties[PROP_FLAGS_TYPE] =
    g_param_spec_gtype ("flags-type", NULL, NULL, G_TYPE_FLAGS,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_VALUE] =
    g_param_spec_uint ("value", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "deskflagschooser");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
desk_flags_chooser_init (DeskFlagsChooser *self)
{
  self->flags_type = G_TYPE_NONE;
  self->checks = g_ptr_array_new ();
  self->flow_box = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_selection_mode (self->flow_box, GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (self->flow_box, TRUE);
  gtk_flow_box_set_max_children_per_line (self->flow_box, 3);
  gtk_flow_box_set_column_spacing (self->flow_box, 12);
  gtk_widget_set_parent (GTK_WIDGET (self->flow_box), GTK_WIDGET (self));
}

GtkWidget *
desk_flags_chooser_new (GType flags_type)
{
  g_return_val_if_fail (G_TYPE_IS_FLAGS (flags_type), NULL);

  return g_object_new (DESK_TYPE_FLAGS_CHOOSER, "flags-type", flags_type, NULL);
}

GType
desk_flags_chooser_get_flags_type (DeskFlagsChooser *self)
{
  g_return_val_if_fail (DESK_IS_FLAGS_CHOOSER (self), G_TYPE_NONE);

  return self->flags_type;
}

guint
desk_flags_chooser_get_value (DeskFlagsChooser *self)
{
  g_return_val_if_fail (DESK_IS_FLAGS_CHOOSER (self), 0);

  return self->value;
}

void
desk_flags_chooser_set_value (DeskFlagsChooser *self,
                              guint             value)
{
  g_return_if_fail (DESK_IS_FLAGS_CHOOSER (self));

  if (self->value == value)
    return;

  self->value = value;
  self->syncing = TRUE;
  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);

      gtk_check_button_set_active (check, (value & check_flag (check)) != 0);
    }
  self->syncing = FALSE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

GtkCheckButton *
desk_flags_chooser_get_check (DeskFlagsChooser *self,
                              guint             flag)
{
  g_return_val_if_fail (DESK_IS_FLAGS_CHOOSER (self), NULL);

  for (guint i = 0; i < self->checks->len; i++)
    if (check_flag (g_ptr_array_index (self->checks, i)) == flag)
      return g_ptr_array_index (self->checks, i);

  return NULL;
}
