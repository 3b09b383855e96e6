/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-open-failure-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-error.h"
#include "desk-open-failure-window.h"

struct _DeskOpenFailureWindow
{
  AdwWindow  parent_instance;

  /* Template widgets */
  GtkLabel  *heading_label;
  GtkLabel  *message_label;
  GtkLabel  *path_label;
  GtkButton *dismiss_button;
  GtkButton *open_button;

  char      *path;
};

G_DEFINE_FINAL_TYPE (DeskOpenFailureWindow, desk_open_failure_window, ADW_TYPE_WINDOW)

static const char *
heading_for_error (const GError *error)
{
  if (g_error_matches (error, DESK_ERROR, DESK_ERROR_NEWER_SCHEMA))
    return _("This file was made by a newer Pro Bono Desk");
  if (g_error_matches (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE))
    return _("This file is not a Pro Bono Desk database");

  return _("This file cannot be opened");
}

static void
desk_open_failure_window_finalize (GObject *object)
{
  DeskOpenFailureWindow *self = (DeskOpenFailureWindow *)object;

  g_free (self->path);

  G_OBJECT_CLASS (desk_open_failure_window_parent_class)->finalize (object);
}

static void
desk_open_failure_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DESK_TYPE_OPEN_FAILURE_WINDOW);

  G_OBJECT_CLASS (desk_open_failure_window_parent_class)->dispose (object);
}

static void
desk_open_failure_window_class_init (DeskOpenFailureWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_open_failure_window_dispose;
  object_class->finalize = desk_open_failure_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/desk-open-failure-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskOpenFailureWindow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, DeskOpenFailureWindow, message_label);
  gtk_widget_class_bind_template_child (widget_class, DeskOpenFailureWindow, path_label);
  gtk_widget_class_bind_template_child (widget_class, DeskOpenFailureWindow, dismiss_button);
  gtk_widget_class_bind_template_child (widget_class, DeskOpenFailureWindow, open_button);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
desk_open_failure_window_init (DeskOpenFailureWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

DeskOpenFailureWindow *
desk_open_failure_window_new (const char   *path,
                              const GError *error,
                              gboolean      has_current)
{
  DeskOpenFailureWindow *self;
  g_autofree char *location = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  self = g_object_new (DESK_TYPE_OPEN_FAILURE_WINDOW, NULL);
  self->path = g_strdup (path);

  /* TRANSLATORS: shown under the error message; %s is the full path of the file */
  location = g_strdup_printf (_("File: %s"), path);

  gtk_label_set_text (self->heading_label, heading_for_error (error));
  gtk_label_set_text (self->message_label, error->message);
  gtk_label_set_text (self->path_label, location);

  /* Quitting would throw away a good database that is still open; closing
   * this window keeps it. */
  if (has_current)
    {
      gtk_button_set_label (self->dismiss_button, _("_Keep Current Database"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->dismiss_button), "window.close");
    }
  else
    {
      gtk_button_set_label (self->dismiss_button, _("_Quit"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->dismiss_button), "app.quit");
    }

  return self;
}

const char *
desk_open_failure_window_get_path (DeskOpenFailureWindow *self)
{
  g_return_val_if_fail (DESK_IS_OPEN_FAILURE_WINDOW (self), NULL);

  return self->path;
}

const char *
desk_open_failure_window_get_heading (DeskOpenFailureWindow *self)
{
  g_return_val_if_fail (DESK_IS_OPEN_FAILURE_WINDOW (self), NULL);

  return gtk_label_get_text (self->heading_label);
}

const char *
desk_open_failure_window_get_message (DeskOpenFailureWindow *self)
{
  g_return_val_if_fail (DESK_IS_OPEN_FAILURE_WINDOW (self), NULL);

  return gtk_label_get_text (self->message_label);
}

const char *
desk_open_failure_window_get_dismiss_label (DeskOpenFailureWindow *self)
{
  g_return_val_if_fail (DESK_IS_OPEN_FAILURE_WINDOW (self), NULL);

  return gtk_button_get_label (self->dismiss_button);
}
