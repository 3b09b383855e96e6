/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-conflict-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-conflict-window.h"
#include "desk-feedback.h"

struct _DeskConflictWindow
{
  AdwWindow     parent_instance;

  /* Template widgets */
  GtkLabel     *message_label;
  GtkGrid      *hits_grid;
  GtkButton    *cancel_button;

  /* Owned references */
  GTask        *task;        /* the pending check; NULL once answered */
  DeskStore    *store;
  GPtrArray    *hits;
  char         *name;
  char         *entity;
  gint64        except_id;
  GCancellable *cancellable;
  gulong        cancelled_id;
};

G_DEFINE_FINAL_TYPE (DeskConflictWindow, desk_conflict_window, ADW_TYPE_WINDOW)

/* What a check hands to its callback besides TRUE/FALSE. */
typedef struct
{
  GPtrArray *hits;
} CheckData;

static void
check_data_free (gpointer data)
{
  CheckData *check = data;

  g_clear_pointer (&check->hits, g_ptr_array_unref);
  g_free (check);
}

static void
desk_conflict_window_reply (DeskConflictWindow *self,
                            gboolean            confirmed)
{
  g_autoptr(GTask) task = NULL;

  g_assert (DESK_IS_CONFLICT_WINDOW (self));

  task = g_steal_pointer (&self->task);
  if (task == NULL)
    return;

  if (self->cancellable != NULL && self->cancelled_id != 0)
    g_cancellable_disconnect (self->cancellable, self->cancelled_id);
  self->cancelled_id = 0;

  /* Nothing else records a check that ends here, so the window does. */
  if (!confirmed)
    {
      g_autoptr(GError) error = NULL;

      if (!desk_store_audit_conflict_check (self->store, self->entity, self->except_id, self->name,
                                            self->hits, "cancelled", &error))
        desk_show_error (GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (self))),
                         _("The cancelled conflict check could not be recorded"), error);
    }

  g_task_return_boolean (task, confirmed);
}

static void
desk_conflict_window_answer (DeskConflictWindow *self,
                             gboolean            confirmed)
{
  g_assert (DESK_IS_CONFLICT_WINDOW (self));

  if (self->task == NULL)
    return;

  desk_conflict_window_reply (self, confirmed);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
desk_conflict_window_confirm_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  desk_conflict_window_answer (DESK_CONFLICT_WINDOW (widget), TRUE);
}

static void
desk_conflict_window_cancel_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  desk_conflict_window_answer (DESK_CONFLICT_WINDOW (widget), FALSE);
}

static gboolean
desk_conflict_window_close_request (GtkWindow *window)
{
  DeskConflictWindow *self = DESK_CONFLICT_WINDOW (window);

  /* Closing the window is the same as Cancel: nothing is saved. */
  if (self->task != NULL)
    {
      desk_conflict_window_answer (self, FALSE);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (desk_conflict_window_parent_class)->close_request (window);
}

static gboolean
desk_conflict_window_cancel_idle (gpointer user_data)
{
  desk_conflict_window_answer (DESK_CONFLICT_WINDOW (user_data), FALSE);

  return G_SOURCE_REMOVE;
}

static void
desk_conflict_window_cancelled_cb (GCancellable *cancellable,
                                   gpointer      user_data)
{
  /* The answer disconnects this handler, which it must not do from inside
   * it; answer from the main loop instead. */
  g_idle_add_full (G_PRIORITY_DEFAULT, desk_conflict_window_cancel_idle, g_object_ref (user_data), g_object_unref);
}

static void
desk_conflict_window_dispose (GObject *object)
{
  DeskConflictWindow *self = (DeskConflictWindow *)object;

  if (self->task != NULL)
    desk_conflict_window_reply (self, FALSE);

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_CONFLICT_WINDOW);

  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->hits, g_ptr_array_unref);

  G_OBJECT_CLASS (desk_conflict_window_parent_class)->dispose (object);
}

static void
desk_conflict_window_finalize (GObject *object)
{
  DeskConflictWindow *self = (DeskConflictWindow *)object;

  g_free (self->name);
  g_free (self->entity);

  G_OBJECT_CLASS (desk_conflict_window_parent_class)->finalize (object);
}

static void
desk_conflict_window_class_init (DeskConflictWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = desk_conflict_window_dispose;
  object_class->finalize = desk_conflict_window_finalize;
  window_class->close_request = desk_conflict_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-conflict-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskConflictWindow, message_label);
  gtk_widget_class_bind_template_child (widget_class, DeskConflictWindow, hits_grid);
  gtk_widget_class_bind_template_child (widget_class, DeskConflictWindow, cancel_button);

  gtk_widget_class_install_action (widget_class, "conflict.confirm", NULL, desk_conflict_window_confirm_action);
  gtk_widget_class_install_action (widget_class, "conflict.cancel", NULL, desk_conflict_window_cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "conflict.cancel", NULL);
}

static void
desk_conflict_window_init (DeskConflictWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static GtkWidget *
grid_label (const char *text,
            gboolean    heading,
            gboolean    number)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), !number && !heading);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_label_set_selectable (GTK_LABEL (label), !heading);
  if (heading)
    {
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_add_css_class (label, "dim-label");
    }
  if (number)
    gtk_widget_add_css_class (label, "numeric");
  if (!heading)
    gtk_widget_set_hexpand (label, !number);

  return label;
}

static void
desk_conflict_window_fill (DeskConflictWindow *self)
{
  g_autofree char *message = NULL;

  g_assert (DESK_IS_CONFLICT_WINDOW (self));

  message = g_strdup_printf (ngettext ("“%s” looks like a name already on file. Check it before you save.",
                                       "“%s” looks like %u names already on file. Check them before you save.",
                                       self->hits->len),
                             self->name, self->hits->len);
  gtk_label_set_text (self->message_label, message);

  gtk_grid_attach (self->hits_grid, grid_label (_("Name"), TRUE, FALSE), 0, 0, 1, 1);
  gtk_grid_attach (self->hits_grid, grid_label (_("Role"), TRUE, FALSE), 1, 0, 1, 1);
  gtk_grid_attach (self->hits_grid, grid_label (_("Case"), TRUE, FALSE), 2, 0, 1, 1);
  gtk_grid_attach (self->hits_grid, grid_label (_("Similarity"), TRUE, FALSE), 3, 0, 1, 1);

  for (guint i = 0; i < self->hits->len; i++)
    {
      const DeskConflictHit *hit = g_ptr_array_index (self->hits, i);
      const char *case_number = hit->case_number != NULL && *hit->case_number != '\0' ? hit->case_number : "—";
      /* TRANSLATORS: how alike two names are, e.g. "92%" */
      g_autofree char *similarity = g_strdup_printf (_("%d%%"), (int) (hit->similarity * 100.0 + 0.5));

      gtk_grid_attach (self->hits_grid, grid_label (hit->name, FALSE, FALSE), 0, i + 1, 1, 1);
      gtk_grid_attach (self->hits_grid, grid_label (hit->role != NULL ? hit->role : hit->entity, FALSE, FALSE),
                       1, i + 1, 1, 1);
      gtk_grid_attach (self->hits_grid, grid_label (case_number, FALSE, TRUE), 2, i + 1, 1, 1);
      gtk_grid_attach (self->hits_grid, grid_label (similarity, FALSE, TRUE), 3, i + 1, 1, 1);
    }
}

void
desk_conflict_window_check_async (GtkWindow           *parent,
                                  DeskStore           *store,
                                  const char          *name,
                                  const char          *entity,
                                  gint64               except_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  DeskConflictWindow *self;
  CheckData *check;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (DESK_IS_STORE (store));
  g_return_if_fail (name != NULL);
  g_return_if_fail (entity != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, desk_conflict_window_check_async);
  /* A cancelled check is a plain "do not save", not a G_IO_ERROR_CANCELLED. */
  g_task_set_check_cancellable (task, FALSE);

  /* The name index answers in a few milliseconds; no thread needed. */
  hits = desk_store_find_conflicts (store, name, entity, except_id, &error);
  if (hits == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  check = g_new0 (CheckData, 1);
  check->hits = g_ptr_array_ref (hits);
  g_task_set_task_data (task, check, check_data_free);

  if (hits->len == 0)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  self = g_object_new (DESK_TYPE_CONFLICT_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->task = g_steal_pointer (&task);
  self->store = g_object_ref (store);
  self->hits = g_ptr_array_ref (hits);
  self->name = g_strdup (name);
  self->entity = g_strdup (entity);
  self->except_id = except_id;
  if (cancellable != NULL)
    {
      self->cancellable = g_object_ref (cancellable);
      self->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (desk_conflict_window_cancelled_cb),
                                                  self, NULL);
    }

  desk_conflict_window_fill (self);
  gtk_window_present (GTK_WINDOW (self));
}

gboolean
desk_conflict_window_check_finish (GAsyncResult  *result,
                                   GPtrArray    **hits_out,
                                   GError       **error)
{
  CheckData *check;
  gboolean ret;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == desk_conflict_window_check_async, FALSE);

  check = g_task_get_task_data (G_TASK (result));

  ret = g_task_propagate_boolean (G_TASK (result), error);

  if (hits_out != NULL)
    *hits_out = check != NULL && check->hits != NULL ? g_ptr_array_ref (check->hits) : NULL;

  return ret;
}

DeskConflictWindow *
desk_conflict_window_get_for_parent (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (DESK_IS_CONFLICT_WINDOW (toplevel) &&
          gtk_window_get_transient_for (toplevel) == parent &&
          DESK_CONFLICT_WINDOW (toplevel)->task != NULL)
        return DESK_CONFLICT_WINDOW (toplevel);
    }

  return NULL;
}

GPtrArray *
desk_conflict_window_get_hits (DeskConflictWindow *self)
{
  g_return_val_if_fail (DESK_IS_CONFLICT_WINDOW (self), NULL);

  return self->hits;
}

void
desk_conflict_window_confirm (DeskConflictWindow *self)
{
  g_return_if_fail (DESK_IS_CONFLICT_WINDOW (self));

  desk_conflict_window_answer (self, TRUE);
}

void
desk_conflict_window_cancel (DeskConflictWindow *self)
{
  g_return_if_fail (DESK_IS_CONFLICT_WINDOW (self));

  desk_conflict_window_answer (self, FALSE);
}
