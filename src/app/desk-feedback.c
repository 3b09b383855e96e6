/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-feedback"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-feedback.h"
#include "desk-gtk-compat.h"

#define OVERLAY_KEY    "desk-toast-overlay"
#define LAST_TOAST_KEY "desk-last-toast"

typedef struct
{
  DeskUndoFunc   undo;
  gpointer       user_data;
  GDestroyNotify destroy;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  if (undo->destroy != NULL)
    undo->destroy (undo->user_data);
  g_free (undo);
}

static AdwToastOverlay *
find_overlay (GtkWidget *widget)
{
  GtkWidget *ancestor;
  GtkRoot *root;

  if (widget == NULL)
    return NULL;

  ancestor = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (ancestor != NULL)
    return ADW_TOAST_OVERLAY (ancestor);

  root = gtk_widget_get_root (widget);
  if (root == NULL)
    return NULL;

  return g_object_get_data (G_OBJECT (root), OVERLAY_KEY);
}

void
desk_feedback_set_overlay (GtkWindow       *window,
                           AdwToastOverlay *overlay)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (overlay == NULL || ADW_IS_TOAST_OVERLAY (overlay));

  g_object_set_data (G_OBJECT (window), OVERLAY_KEY, overlay);
}

void
desk_show_error (GtkWidget    *widget,
                 const char   *heading,
                 const GError *error)
{
  static const DeskResponse answers[] = {
    { "close", N_("_Close"), DESK_RESPONSE_STYLE_DEFAULT },
  };
  DeskResponse translated[G_N_ELEMENTS (answers)];

  g_return_if_fail (heading != NULL);
  g_return_if_fail (error != NULL);

  /* Also logged, for a report to the clinic's helper. */
  g_message ("%s: %s", heading, error->message);

  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      translated[i] = answers[i];
      translated[i].label = _(answers[i].label);
    }

  desk_gtk_compat_ask (widget, heading, error->message, translated, G_N_ELEMENTS (translated),
                       "close", "close", NULL, NULL);
}

static void
present_toast (GtkWidget *widget,
               AdwToast  *toast)
{
  AdwToastOverlay *overlay = find_overlay (widget);

  if (overlay == NULL)
    {
      /* A widget outside any window: there is nobody to tell. */
      g_message ("%s", adw_toast_get_title (toast));
      return;
    }

  g_object_set_data_full (G_OBJECT (overlay), LAST_TOAST_KEY, g_object_ref (toast), g_object_unref);
  adw_toast_overlay_add_toast (overlay, g_object_ref (toast));
}

void
desk_show_toast (GtkWidget  *widget,
                 const char *title)
{
  g_autoptr(AdwToast) toast = NULL;

  g_return_if_fail (title != NULL);

  toast = adw_toast_new (title);
  present_toast (widget, toast);
}

static void
undo_clicked_cb (AdwToast *toast,
                 Undo     *undo)
{
  DeskUndoFunc func = g_steal_pointer (&undo->undo);

  if (func != NULL)
    func (undo->user_data);
}

void
desk_show_undo (GtkWidget      *widget,
                const char     *title,
                DeskUndoFunc    undo_func,
                gpointer        user_data,
                GDestroyNotify  destroy)
{
  g_autoptr(AdwToast) toast = NULL;
  Undo *undo;

  g_return_if_fail (title != NULL);
  g_return_if_fail (undo_func != NULL);

  undo = g_new0 (Undo, 1);
  undo->undo = undo_func;
  undo->user_data = user_data;
  undo->destroy = destroy;

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, DESK_UNDO_SECONDS);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  /* The offer lives as long as the toast. */
  g_object_set_data_full (G_OBJECT (toast), "desk-undo", undo, undo_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), undo);

  present_toast (widget, toast);
}

const char *
desk_feedback_get_last_toast (GtkWidget *widget)
{
  AdwToastOverlay *overlay = find_overlay (widget);
  AdwToast *toast = overlay != NULL ? g_object_get_data (G_OBJECT (overlay), LAST_TOAST_KEY) : NULL;

  return toast != NULL ? adw_toast_get_title (toast) : NULL;
}

gboolean
desk_feedback_undo (GtkWidget *widget)
{
  AdwToastOverlay *overlay = find_overlay (widget);
  AdwToast *toast = overlay != NULL ? g_object_get_data (G_OBJECT (overlay), LAST_TOAST_KEY) : NULL;
  Undo *undo = toast != NULL ? g_object_get_data (G_OBJECT (toast), "desk-undo") : NULL;

  if (undo == NULL || undo->undo == NULL)
    return FALSE;

  g_signal_emit_by_name (toast, "button-clicked");
  adw_toast_dismiss (toast);
  return TRUE;
}
