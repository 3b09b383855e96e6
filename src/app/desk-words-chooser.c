/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-words-chooser"

#include "config.h"

#include "desk-grant.h"
#include "desk-widget.h"
#include "desk-words-chooser.h"

struct _DeskWordsChooser
{
  GtkWidget   parent_instance;

  GtkFlowBox *flow_box;
  GPtrArray  *checks;    /* GtkCheckButton, in the order of the words */
  char       *value;
  gboolean    syncing;
};

G_DEFINE_FINAL_TYPE (DeskWordsChooser, desk_words_chooser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
same_word (const char *a,
           const char *b)
{
  g_autofree char *folded_a = g_utf8_casefold (a, -1);
  g_autofree char *folded_b = g_utf8_casefold (b, -1);

  return g_strcmp0 (folded_a, folded_b) == 0;
}

static void
desk_words_chooser_update_value (DeskWordsChooser *self)
{
  g_autoptr(GString) value = g_string_new (NULL);

  g_assert (DESK_IS_WORDS_CHOOSER (self));

  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);

      if (!gtk_check_button_get_active (check))
        continue;
      if (value->len > 0)
        g_string_append (value, ", ");
      g_string_append (value, gtk_check_button_get_label (check));
    }

  if (g_strcmp0 (value->str, self->value) == 0)
    return;

  g_free (self->value);
  self->value = g_string_free (g_steal_pointer (&value), FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

static void
desk_words_chooser_toggled_cb (DeskWordsChooser *self)
{
  g_assert (DESK_IS_WORDS_CHOOSER (self));

  if (!self->syncing)
    desk_words_chooser_update_value (self);
}

static GtkCheckButton *
desk_words_chooser_add_check (DeskWordsChooser *self,
                              const char       *word)
{
  GtkWidget *check = gtk_check_button_new_with_label (word);

  g_signal_connect_object (check, "toggled", G_CALLBACK (desk_words_chooser_toggled_cb), self, G_CONNECT_SWAPPED);
  gtk_flow_box_append (self->flow_box, check);
  g_ptr_array_add (self->checks, check);

  return GTK_CHECK_BUTTON (check);
}

/* Checks the words of @value, adding those the list lacks. */
static void
desk_words_chooser_check_value (DeskWordsChooser *self,
                                const char       *value)
{
  g_auto(GStrv) words = desk_grant_split_list (value);

  g_assert (DESK_IS_WORDS_CHOOSER (self));

  self->syncing = TRUE;
  for (guint i = 0; i < self->checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->checks, i), FALSE);
  for (guint i = 0; words[i] != NULL; i++)
    {
      GtkCheckButton *check;

      if (words[i][0] == '\0')
        continue;
      check = desk_words_chooser_get_check (self, words[i]);
      if (check == NULL)
        check = desk_words_chooser_add_check (self, words[i]);
      gtk_check_button_set_active (check, TRUE);
    }
  self->syncing = FALSE;

  desk_words_chooser_update_value (self);
}

static void
desk_words_chooser_dispose (GObject *object)
{
  DeskWordsChooser *self = (DeskWordsChooser *)object;

  desk_widget_unparent_children (GTK_WIDGET (self));
  self->flow_box = NULL;
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (desk_words_chooser_parent_class)->dispose (object);
}

static void
desk_words_chooser_finalize (GObject *object)
{
  DeskWordsChooser *self = (DeskWordsChooser *)object;

  g_free (self->value);

  G_OBJECT_CLASS (desk_words_chooser_parent_class)->finalize (object);
}

static void
desk_words_chooser_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DeskWordsChooser *self = DESK_WORDS_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_words_chooser_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DeskWordsChooser *self = DESK_WORDS_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      desk_words_chooser_set_value (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_words_chooser_class_init (DeskWordsChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_words_chooser_dispose;
  object_class->finalize = desk_words_chooser_finalize;
  object_class->get_property = desk_words_chooser_get_property;
  object_class->set_property = desk_words_chooser_set_property;

  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "deskwordschooser");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
desk_words_chooser_init (DeskWordsChooser *self)
{
  self->value = g_strdup ("");
  self->checks = g_ptr_array_new ();
  self->flow_box = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_selection_mode (self->flow_box, GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (self->flow_box, TRUE);
  gtk_flow_box_set_max_children_per_line (self->flow_box, 3);
  gtk_flow_box_set_column_spacing (self->flow_box, 12);
  gtk_widget_set_parent (GTK_WIDGET (self->flow_box), GTK_WIDGET (self));
}

GtkWidget *
desk_words_chooser_new (void)
{
  return g_object_new (DESK_TYPE_WORDS_CHOOSER, NULL);
}

void
desk_words_chooser_set_words (DeskWordsChooser   *self,
                              const char * const *words)
{
  g_autofree char *value = NULL;
  GtkWidget *child;

  g_return_if_fail (DESK_IS_WORDS_CHOOSER (self));

  value = g_strdup (self->value);
  g_ptr_array_set_size (self->checks, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->flow_box))) != NULL)
    gtk_flow_box_remove (self->flow_box, child);

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    desk_words_chooser_add_check (self, words[i]);

  desk_words_chooser_check_value (self, value);
}

const char *
desk_words_chooser_get_value (DeskWordsChooser *self)
{
  g_return_val_if_fail (DESK_IS_WORDS_CHOOSER (self), NULL);

  return self->value;
}

void
desk_words_chooser_set_value (DeskWordsChooser *self,
                              const char       *value)
{
  g_return_if_fail (DESK_IS_WORDS_CHOOSER (self));

  if (g_strcmp0 (value != NULL ? value : "", self->value) == 0)
    return;

  desk_words_chooser_check_value (self, value);
}

GtkCheckButton *
desk_words_chooser_get_check (DeskWordsChooser *self,
                              const char       *word)
{
  g_return_val_if_fail (DESK_IS_WORDS_CHOOSER (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);

  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);

      if (same_word (gtk_check_button_get_label (check), word))
        return check;
    }

  return NULL;
}
