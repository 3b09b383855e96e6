/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-undo-bar"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-undo-bar.h"

/* The in-window banner that offers Undo after an archive or a removal
 * (GTK 4.8 has no toast; libadwaita is not a dependency). */
struct _DeskUndoBar
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkRevealer    *revealer;
  GtkLabel       *message_label;

  /* The offer */
  DeskUndoFunc    undo;
  gpointer        user_data;
  GDestroyNotify  destroy;
  guint           timeout_id;
};

G_DEFINE_FINAL_TYPE (DeskUndoBar, desk_undo_bar, GTK_TYPE_WIDGET)

static void
desk_undo_bar_end_offer (DeskUndoBar *self)
{
  GDestroyNotify destroy = self->destroy;
  gpointer user_data = self->user_data;

  g_assert (DESK_IS_UNDO_BAR (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->undo = NULL;
  self->user_data = NULL;
  self->destroy = NULL;

  if (destroy != NULL)
    destroy (user_data);
}

static gboolean
desk_undo_bar_timeout_cb (gpointer data)
{
  DeskUndoBar *self = data;

  self->timeout_id = 0;
  desk_undo_bar_dismiss (self);
  return G_SOURCE_REMOVE;
}

static void
desk_undo_bar_undo_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  desk_undo_bar_undo (DESK_UNDO_BAR (widget));
}

static void
desk_undo_bar_dismiss_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  desk_undo_bar_dismiss (DESK_UNDO_BAR (widget));
}

static void
desk_undo_bar_dispose (GObject *object)
{
  DeskUndoBar *self = (DeskUndoBar *) object;

  desk_undo_bar_end_offer (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_UNDO_BAR);

  G_OBJECT_CLASS (desk_undo_bar_parent_class)->dispose (object);
}

static void
desk_undo_bar_class_init (DeskUndoBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_undo_bar_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-undo-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskUndoBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, DeskUndoBar, message_label);

  gtk_widget_class_install_action (widget_class, "undo-bar.undo", NULL, desk_undo_bar_undo_action);
  gtk_widget_class_install_action (widget_class, "undo-bar.dismiss", NULL, desk_undo_bar_dismiss_action);
}

static void
desk_undo_bar_init (DeskUndoBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
desk_undo_bar_show (DeskUndoBar    *self,
                    const char     *message,
                    DeskUndoFunc    undo,
                    gpointer        user_data,
                    GDestroyNotify  destroy)
{
  g_return_if_fail (DESK_IS_UNDO_BAR (self));
  g_return_if_fail (message != NULL);

  /* A newer offer ends the older one: what it did stays done. */
  desk_undo_bar_end_offer (self);

  self->undo = undo;
  self->user_data = user_data;
  self->destroy = destroy;
  self->timeout_id = g_timeout_add_seconds (DESK_UNDO_SECONDS, desk_undo_bar_timeout_cb, self);

  gtk_label_set_text (self->message_label, message);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}

gboolean
desk_undo_bar_undo (DeskUndoBar *self)
{
  DeskUndoFunc undo;

  g_return_val_if_fail (DESK_IS_UNDO_BAR (self), FALSE);

  undo = self->undo;
  if (undo == NULL)
    return FALSE;

  self->undo = NULL;
  undo (self->user_data);
  desk_undo_bar_dismiss (self);
  return TRUE;
}

void
desk_undo_bar_dismiss (DeskUndoBar *self)
{
  g_return_if_fail (DESK_IS_UNDO_BAR (self));

  desk_undo_bar_end_offer (self);
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
}

const char *
desk_undo_bar_get_message (DeskUndoBar *self)
{
  g_return_val_if_fail (DESK_IS_UNDO_BAR (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->revealer))
    return NULL;
  return gtk_label_get_text (self->message_label);
}
