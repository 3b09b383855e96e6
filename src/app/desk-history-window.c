/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-history-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-audit.h"
#include "desk-history-window.h"

struct _DeskHistoryWindow
{
  AdwWindow       parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkStack       *stack;
  GtkListBox     *list;
  AdwStatusPage  *empty_page;

  /* Owned references */
  DeskStore      *store;
  char           *entity;

  gint64          id;
  guint           n_rows;
};

G_DEFINE_FINAL_TYPE (DeskHistoryWindow, desk_history_window, ADW_TYPE_WINDOW)

static GtkWidget *
desk_history_window_new_row (const DeskAuditEntry *entry)
{
  g_autofree char *what = desk_audit_entry_describe (entry);
  g_autofree char *when = desk_audit_entry_describe_when (entry);
  g_autofree char *who = desk_audit_entry_describe_who (entry);
  /* TRANSLATORS: under what was done: "2026-06-15 14:03 · ana, with Pro Bono Desk" */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), when, who);
  GtkWidget *row = adw_action_row_new ();

  /* Names and notes are shown as written, never as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), what);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static void
desk_history_window_reload (DeskHistoryWindow *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  g_assert (DESK_IS_HISTORY_WINDOW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->n_rows = 0;

  entries = desk_store_list_audit (self->store, self->entity, self->id, &error);
  if (entries == NULL)
    {
      adw_status_page_set_icon_name (self->empty_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->empty_page, _("The history cannot be shown"));
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  for (guint i = 0; i < entries->len; i++)
    gtk_list_box_append (self->list, desk_history_window_new_row (g_ptr_array_index (entries, i)));
  self->n_rows = entries->len;

  adw_status_page_set_description (self->empty_page, _("Nothing was recorded about this record."));
  gtk_stack_set_visible_child_name (self->stack, entries->len > 0 ? "list" : "empty");
}

static void
desk_history_window_store_changed_cb (DeskHistoryWindow *self,
                                      const char        *entity,
                                      gint64             id,
                                      DeskChangeKind     kind)
{
  g_assert (DESK_IS_HISTORY_WINDOW (self));

  /* Its own changes, and a reload after another program wrote. */
  if (id == self->id || id == 0)
    desk_history_window_reload (self);
}

static void
desk_history_window_dispose (GObject *object)
{
  DeskHistoryWindow *self = (DeskHistoryWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_HISTORY_WINDOW);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (desk_history_window_parent_class)->dispose (object);
}

static void
desk_history_window_finalize (GObject *object)
{
  DeskHistoryWindow *self = (DeskHistoryWindow *)object;

  g_free (self->entity);

  G_OBJECT_CLASS (desk_history_window_parent_class)->finalize (object);
}

static void
desk_history_window_class_init (DeskHistoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_history_window_dispose;
  object_class->finalize = desk_history_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskHistoryWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DeskHistoryWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DeskHistoryWindow, list);
  gtk_widget_class_bind_template_child (widget_class, DeskHistoryWindow, empty_page);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
desk_history_window_init (DeskHistoryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

DeskHistoryWindow *
desk_history_window_present (GtkWindow  *parent,
                             DeskStore  *store,
                             const char *entity,
                             gint64      id,
                             const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  DeskHistoryWindow *self = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (entity != NULL, NULL);
  g_return_val_if_fail (id > 0, NULL);

  for (guint i = 0; self == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (DESK_IS_HISTORY_WINDOW (toplevel) && DESK_HISTORY_WINDOW (toplevel)->store == store &&
          DESK_HISTORY_WINDOW (toplevel)->id == id && g_str_equal (DESK_HISTORY_WINDOW (toplevel)->entity, entity))
        self = DESK_HISTORY_WINDOW (toplevel);
    }

  if (self == NULL)
    {
      g_autofree char *detailed = g_strconcat ("changed::", entity, NULL);

      self = g_object_new (DESK_TYPE_HISTORY_WINDOW, NULL);
      self->store = g_object_ref (store);
      self->entity = g_strdup (entity);
      self->id = id;
      g_signal_connect_object (store, detailed, G_CALLBACK (desk_history_window_store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      desk_history_window_reload (self);
    }

  if (name != NULL)
    {
      /* TRANSLATORS: the title of a record's history: "History of Ana Rivera" */
      g_autofree char *title = g_strdup_printf (_("History of %s"), name);

      adw_window_title_set_subtitle (self->window_title, name);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

guint
desk_history_window_get_n_rows (DeskHistoryWindow *self)
{
  g_return_val_if_fail (DESK_IS_HISTORY_WINDOW (self), 0);

  return self->n_rows;
}
