/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-board-column"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-board-column.h"
#include "desk-labels.h"
#include "desk-widget.h"

struct _DeskBoardColumn
{
  GtkWidget      parent_instance;

  /* Template widgets */
  GtkLabel      *title_label;
  GtkLabel      *subtitle_label;
  GtkBox        *cards_box;

  /* Owned */
  DeskVolunteer *mentor;
  guint          n_cards;
};

G_DEFINE_FINAL_TYPE (DeskBoardColumn, desk_board_column, GTK_TYPE_WIDGET)

enum {
  CARD_DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
desk_board_column_drop_cb (DeskBoardColumn *self,
                           const GValue    *value,
                           double           x,
                           double           y,
                           GtkDropTarget   *target)
{
  if (!G_VALUE_HOLDS_INT64 (value))
    return FALSE;

  g_signal_emit (self, signals[CARD_DROPPED], 0, g_value_get_int64 (value));
  return TRUE;
}

static void
desk_board_column_dispose (GObject *object)
{
  DeskBoardColumn *self = (DeskBoardColumn *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_BOARD_COLUMN);
  desk_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->mentor);

  G_OBJECT_CLASS (desk_board_column_parent_class)->dispose (object);
}

static void
desk_board_column_class_init (DeskBoardColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_board_column_dispose;

  /**
   * DeskBoardColumn::card-dropped:
   * @mentee_id: the mentee whose card was dropped on the mentor
   */
  signals[CARD_DROPPED] =
    g_signal_new ("card-dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-board-column.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskBoardColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, DeskBoardColumn, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DeskBoardColumn, cards_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "deskboardcolumn");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
desk_board_column_init (DeskBoardColumn *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
desk_board_column_new (DeskVolunteer *mentor)
{
  DeskBoardColumn *self;

  g_return_val_if_fail (mentor == NULL || DESK_IS_VOLUNTEER (mentor), NULL);

  self = g_object_new (DESK_TYPE_BOARD_COLUMN, NULL);

  if (mentor != NULL)
    {
      g_autofree char *name = desk_volunteer_get_full_name (mentor);
      GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

      self->mentor = g_object_ref (mentor);
      gtk_label_set_label (self->title_label, name);
      g_signal_connect_swapped (target, "drop", G_CALLBACK (desk_board_column_drop_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
  else
    {
      gtk_label_set_label (self->title_label, _("Unmatched"));
      gtk_widget_add_css_class (GTK_WIDGET (self), "unmatched");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Unmatched mentees"), -1);
    }

  return GTK_WIDGET (self);
}

DeskVolunteer *
desk_board_column_get_mentor (DeskBoardColumn *self)
{
  g_return_val_if_fail (DESK_IS_BOARD_COLUMN (self), NULL);

  return self->mentor;
}

void
desk_board_column_add_card (DeskBoardColumn *self,
                            DeskPairingCard *card)
{
  g_return_if_fail (DESK_IS_BOARD_COLUMN (self));
  g_return_if_fail (DESK_IS_PAIRING_CARD (card));

  gtk_box_append (self->cards_box, GTK_WIDGET (card));
  self->n_cards++;
}

void
desk_board_column_set_places (DeskBoardColumn *self,
                              guint            used,
                              guint            capacity)
{
  g_autofree char *subtitle = NULL;

  g_return_if_fail (DESK_IS_BOARD_COLUMN (self));

  if (self->mentor == NULL)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u mentee waits", "%u mentees wait", used), used);
  else
    {
      DeskTier tier = desk_volunteer_get_mentor_tier (self->mentor);
      /* TRANSLATORS: a mentor's load: "2 of 3 places" */
      g_autofree char *places = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u place", "%u of %u places",
                                                              capacity), used, capacity);

      subtitle = tier != DESK_TIER_NONE
                 ? g_strdup_printf ("%s · %s", desk_enum_label (DESK_TYPE_TIER, tier), places)
                 : g_steal_pointer (&places);
      if (used >= capacity)
        gtk_widget_add_css_class (GTK_WIDGET (self), "full");
    }

  gtk_label_set_label (self->subtitle_label, subtitle);
}

const char *
desk_board_column_get_subtitle (DeskBoardColumn *self)
{
  g_return_val_if_fail (DESK_IS_BOARD_COLUMN (self), NULL);

  return gtk_label_get_label (self->subtitle_label);
}

guint
desk_board_column_get_n_cards (DeskBoardColumn *self)
{
  g_return_val_if_fail (DESK_IS_BOARD_COLUMN (self), 0);

  return self->n_cards;
}

DeskPairingCard *
desk_board_column_get_card (DeskBoardColumn *self,
                            guint            index)
{
  GtkWidget *child;

  g_return_val_if_fail (DESK_IS_BOARD_COLUMN (self), NULL);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box)); child != NULL && index > 0;
       child = gtk_widget_get_next_sibling (child))
    index--;

  return child != NULL ? DESK_PAIRING_CARD (child) : NULL;
}
