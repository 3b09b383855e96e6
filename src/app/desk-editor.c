/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-conflict-window.h"
#include "desk-editor.h"
#include "desk-error.h"
#include "desk-feedback.h"
#include "desk-gtk-compat.h"
#include "desk-history-window.h"
#include "desk-read-only-banner.h"

typedef struct
{
  /* Chrome */
  AdwToastOverlay *toast_overlay;
  GtkBox          *content_box;
  AdwHeaderBar    *header_bar;
  AdwWindowTitle  *window_title;
  GtkButton       *close_button;
  GtkButton       *save_button;
  GtkButton       *history_button;
  DeskReadOnlyBanner *read_only_banner;

  /* Owned references */
  DeskStore       *store;
  DeskForm        *form;
  GCancellable    *cancellable;
  char            *saved_name;    /* describe() as last loaded or saved */

  guint            saving : 1;
  guint            close_after_save : 1;
  guint            closing : 1;   /* the person chose to go: no more questions */
} DeskEditorPrivate;

static void buildable_iface_init (GtkBuildableIface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (DeskEditor, desk_editor, ADW_TYPE_WINDOW,
                                  G_ADD_PRIVATE (DeskEditor)
                                  G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, buildable_iface_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_STORE,
  PROP_FORM,
  PROP_RECORD,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- state ------------------------------------------------------------------- */

static void
desk_editor_update_state (DeskEditor *self)
{
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);
  DeskRecord *record;
  gboolean modified;

  g_assert (DESK_IS_EDITOR (self));

  modified = desk_form_get_modified (priv->form);
  record = desk_form_get_record (priv->form);

  /* A read-only file is shown, not changed (the banner says why). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 modified && !priv->saving && priv->store != NULL &&
                                 !desk_store_is_read_only (priv->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.history",
                                 priv->store != NULL && record != NULL && desk_record_get_id (record) > 0);
  gtk_button_set_label (priv->close_button, modified ? _("_Cancel") : _("_Close"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (priv->close_button),
                               modified ? _("Close without saving (Escape)") : _("Close (Escape)"));
}

static void
desk_editor_form_changed_cb (DeskEditor *self)
{
  g_assert (DESK_IS_EDITOR (self));

  desk_editor_update_state (self);
}

void
desk_editor_update_title (DeskEditor *self)
{
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);
  DeskEditorClass *klass = DESK_EDITOR_GET_CLASS (self);
  DeskRecord *record = desk_form_get_record (priv->form);
  g_autofree char *name = NULL;
  const char *title;

  g_return_if_fail (DESK_IS_EDITOR (self));

  if (record != NULL && desk_record_get_id (record) > 0 && klass->describe != NULL)
    name = klass->describe (self);

  title = name != NULL ? name : klass->new_title;
  adw_window_title_set_title (priv->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

void
desk_editor_set_subtitle (DeskEditor *self,
                          const char *subtitle)
{
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  g_return_if_fail (DESK_IS_EDITOR (self));

  adw_window_title_set_subtitle (priv->window_title, subtitle);
}

static void
desk_editor_loaded (DeskEditor *self)
{
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  g_assert (DESK_IS_EDITOR (self));

  g_free (priv->saved_name);
  priv->saved_name = DESK_EDITOR_GET_CLASS (self)->describe != NULL
                     ? DESK_EDITOR_GET_CLASS (self)->describe (self) : NULL;

  desk_editor_update_title (self);
  if (DESK_EDITOR_GET_CLASS (self)->loaded != NULL)
    DESK_EDITOR_GET_CLASS (self)->loaded (self);
  desk_editor_update_state (self);
}

/* ---- saving ------------------------------------------------------------------ */

/* The conflict check of a name before it is written: a client or a
 * volunteer on the other side of a case.  The check is recorded with the
 * record's id, so after the write. */
typedef struct
{
  char      *name;   /* NULL: no check was needed */
  GPtrArray *hits;
} SaveCheck;

static void
save_check_free (gpointer data)
{
  SaveCheck *check = data;

  g_clear_pointer (&check->hits, g_ptr_array_unref);
  g_free (check->name);
  g_free (check);
}

static void
desk_editor_write (GTask *task)
{
  DeskEditor *self = g_task_get_source_object (task);
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);
  SaveCheck *check = g_task_get_task_data (task);
  DeskRecord *record = desk_form_get_record (priv->form);
  g_autoptr(GError) error = NULL;

  /* One quick transaction: done here, the result delivered as a task. */
  if (!desk_store_save (priv->store, record, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (check->hits != NULL &&
      !desk_store_audit_conflict_check (priv->store, DESK_EDITOR_GET_CLASS (self)->conflict_entity,
                                        desk_record_get_id (record), check->name, check->hits,
                                        check->hits->len > 0 ? "no-conflict" : "no-hits", &error))
    desk_show_error (GTK_WIDGET (self), _("It was saved, but the conflict check could not be recorded"), error);

  g_task_return_boolean (task, TRUE);
}

static void
desk_editor_checked_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SaveCheck *check = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!desk_conflict_window_check_finish (result, &check->hits, &error))
    {
      /* Cancel in the conflict window: the person stays with what they typed. */
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  desk_editor_write (task);
}

static void
desk_editor_real_save_async (DeskEditor          *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);
  DeskEditorClass *klass = DESK_EDITOR_GET_CLASS (self);
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  gint64 id = desk_record_get_id (desk_form_get_record (priv->form));
  SaveCheck *check = g_new0 (SaveCheck, 1);

  g_task_set_source_tag (task, desk_editor_real_save_async);
  g_task_set_task_data (task, check, save_check_free);

  if (klass->conflict_entity != NULL && klass->describe != NULL)
    {
      check->name = klass->describe (self);
      if (check->name != NULL && (id == 0 || g_strcmp0 (check->name, priv->saved_name) != 0))
        {
          desk_conflict_window_check_async (GTK_WINDOW (self), priv->store, check->name, klass->conflict_entity,
                                            id, cancellable, desk_editor_checked_cb, g_steal_pointer (&task));
          return;
        }
    }

  desk_editor_write (task);
}

static gboolean
desk_editor_real_save_finish (DeskEditor    *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
desk_editor_save_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  DeskEditor *self = DESK_EDITOR (object);
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  saved = DESK_EDITOR_GET_CLASS (self)->save_finish (self, result, &error);
  priv->saving = FALSE;

  if (!saved)
    {
      priv->close_after_save = FALSE;

      /* Cancelled by the person (the conflict check's Cancel): they stay
       * with what they typed. */
      if (error == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ;
      else if (g_error_matches (error, DESK_ERROR, DESK_ERROR_INVALID) && desk_error_get_field (error) != NULL)
        desk_form_show_error (priv->form, error);
      else
        {
          g_autofree char *name = DESK_EDITOR_GET_CLASS (self)->describe != NULL
                                  ? DESK_EDITOR_GET_CLASS (self)->describe (self) : NULL;
          /* TRANSLATORS: %s names the record, e.g. "Ana Rivera" */
          g_autofree char *heading = name != NULL ? g_strdup_printf (_("“%s” could not be saved"), name)
                                                  : g_strdup (_("It could not be saved"));

          desk_show_error (GTK_WIDGET (self), heading, error);
        }

      desk_editor_update_state (self);
      g_object_unref (self);
      return;
    }

  desk_form_mark_saved (priv->form);
  g_signal_emit (self, signals[SAVED], 0, desk_form_get_record (priv->form));
  desk_editor_loaded (self);

  if (priv->close_after_save)
    {
      priv->closing = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
    }

  g_object_unref (self);
}

void
desk_editor_save (DeskEditor *self)
{
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  g_return_if_fail (DESK_IS_EDITOR (self));

  if (priv->saving || priv->store == NULL)
    return;

  if (!desk_form_check_for_save (priv->form))
    {
      priv->close_after_save = FALSE;
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  priv->saving = TRUE;
  desk_editor_update_state (self);
  DESK_EDITOR_GET_CLASS (self)->save_async (self, priv->cancellable, desk_editor_save_cb, g_object_ref (self));
}

static void
desk_editor_save_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  desk_editor_save (DESK_EDITOR (widget));
}

/* ---- closing -------------------------------------------------------------------- */

static void
desk_editor_unsaved_answer_cb (const char *answer,
                               gpointer    user_data)
{
  g_autoptr(DeskEditor) self = user_data;
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  if (g_strcmp0 (answer, "discard") == 0)
    {
      priv->closing = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (answer, "save") == 0)
    {
      priv->close_after_save = TRUE;
      desk_editor_save (self);
    }
}

static void
desk_editor_ask_unsaved (DeskEditor *self)
{
  DeskEditorClass *klass = DESK_EDITOR_GET_CLASS (self);
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);
  const DeskResponse answers[] = {
    { "cancel", _("_Cancel"), DESK_RESPONSE_STYLE_DEFAULT },
    { "discard", _("_Discard"), DESK_RESPONSE_STYLE_DESTRUCTIVE },
    { "save", _("_Save"), DESK_RESPONSE_STYLE_SUGGESTED },
  };
  DeskRecord *record = desk_form_get_record (priv->form);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;

  g_assert (DESK_IS_EDITOR (self));

  if (desk_gtk_compat_get_question (GTK_WIDGET (self)) != NULL)
    return;

  if (record != NULL && desk_record_get_id (record) > 0 && klass->describe != NULL)
    name = klass->describe (self);

  if (name != NULL)
    /* TRANSLATORS: asked when closing an editor with changes; %s names the record */
    heading = g_strdup_printf (_("Save changes to “%s”?"), name);
  else
    heading = g_strdup (klass->save_new_question);

  desk_gtk_compat_ask (GTK_WIDGET (self), heading,
                       _("Changes that are not saved will be lost."),
                       answers, G_N_ELEMENTS (answers), "save", "cancel",
                       desk_editor_unsaved_answer_cb, g_object_ref (self));
}

static gboolean
desk_editor_close_request (GtkWindow *window)
{
  DeskEditor *self = DESK_EDITOR (window);
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  /* On a read-only file nothing typed could be kept: no question. */
  if (!priv->closing && desk_form_get_modified (priv->form) &&
      !(priv->store != NULL && desk_store_is_read_only (priv->store)))
    {
      desk_editor_ask_unsaved (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (desk_editor_parent_class)->close_request (window);
}

/* What was done to the record, by whom, when: its rows of the audit log. */
static void
desk_editor_history_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  DeskEditor *self = DESK_EDITOR (widget);
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);
  DeskRecord *record = desk_form_get_record (priv->form);
  g_autofree char *name = NULL;

  if (priv->store == NULL || record == NULL || desk_record_get_id (record) <= 0)
    return;

  name = DESK_EDITOR_GET_CLASS (self)->describe != NULL ? DESK_EDITOR_GET_CLASS (self)->describe (self) : NULL;
  desk_history_window_present (GTK_WINDOW (self), priv->store, desk_record_get_entity (record),
                               desk_record_get_id (record), name);
}

static void
desk_editor_close_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* ---- GtkBuildable: a subclass's template fills the content -------------------- */

static void
desk_editor_buildable_add_child (GtkBuildable *buildable,
                                 GtkBuilder   *builder,
                                 GObject      *child,
                                 const char   *type)
{
  DeskEditor *self = DESK_EDITOR (buildable);
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  if (priv->content_box == NULL || !GTK_IS_WIDGET (child))
    parent_buildable_iface->add_child (buildable, builder, child, type);
  else if (g_strcmp0 (type, "start") == 0)
    adw_header_bar_pack_start (priv->header_bar, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "end") == 0)
    adw_header_bar_pack_end (priv->header_bar, GTK_WIDGET (child));
  else
    {
      gtk_widget_set_vexpand (GTK_WIDGET (child), TRUE);
      gtk_box_append (priv->content_box, GTK_WIDGET (child));
    }
}

static void
buildable_iface_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = desk_editor_buildable_add_child;
}

/* ---- GObject ---------------------------------------------------------------------- */

static void
desk_editor_constructed (GObject *object)
{
  DeskEditor *self = (DeskEditor *)object;
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  G_OBJECT_CLASS (desk_editor_parent_class)->constructed (object);

  priv->form = desk_form_new (priv->store);
  g_signal_connect_object (priv->form, "changed", G_CALLBACK (desk_editor_form_changed_cb), self,
                           G_CONNECT_SWAPPED);
  desk_read_only_banner_set_store (priv->read_only_banner, priv->store);
  desk_editor_update_title (self);
  desk_editor_update_state (self);
}

static void
desk_editor_dispose (GObject *object)
{
  DeskEditor *self = (DeskEditor *)object;
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->form);
  g_clear_object (&priv->store);
  g_clear_object (&priv->cancellable);
  g_clear_pointer (&priv->saved_name, g_free);

  G_OBJECT_CLASS (desk_editor_parent_class)->dispose (object);
}

static void
desk_editor_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DeskEditor *self = DESK_EDITOR (object);
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;

    case PROP_FORM:
      g_value_set_object (value, priv->form);
      break;

    case PROP_RECORD:
      g_value_set_object (value, desk_editor_get_record (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_editor_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DeskEditor *self = DESK_EDITOR (object);
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_editor_class_init (DeskEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = desk_editor_constructed;
  object_class->dispose = desk_editor_dispose;
  object_class->get_property = desk_editor_get_property;
  object_class->set_property = desk_editor_set_property;

  window_class->close_request = desk_editor_close_request;

  klass->save_async = desk_editor_real_save_async;
  klass->save_finish = desk_editor_real_save_finish;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, DESK_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FORM] =
    g_param_spec_object ("form", NULL, NULL, DESK_TYPE_FORM,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, DESK_TYPE_RECORD,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DeskEditor::saved:
   * @record: the record as saved (with its id)
   *
   * Emitted after each save.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DESK_TYPE_RECORD);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, desk_editor_save_action);
  gtk_widget_class_install_action (widget_class, "editor.close", NULL, desk_editor_close_action);
  gtk_widget_class_install_action (widget_class, "editor.history", NULL, desk_editor_history_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.close", NULL);
}

static void
desk_editor_init (DeskEditor *self)
{
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);
  GtkWidget *box;

  priv->cancellable = g_cancellable_new ();

  /* Fits an 800×600 screen; the form scrolls. */
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 580);
  gtk_window_set_hide_on_close (GTK_WINDOW (self), FALSE);

  priv->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  adw_toast_overlay_set_child (priv->toast_overlay, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (priv->toast_overlay));
  desk_feedback_set_overlay (GTK_WINDOW (self), priv->toast_overlay);

  priv->header_bar = ADW_HEADER_BAR (adw_header_bar_new ());
  adw_header_bar_set_show_start_title_buttons (priv->header_bar, FALSE);
  adw_header_bar_set_show_end_title_buttons (priv->header_bar, FALSE);
  priv->window_title = ADW_WINDOW_TITLE (adw_window_title_new ("", NULL));
  adw_header_bar_set_title_widget (priv->header_bar, GTK_WIDGET (priv->window_title));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (priv->header_bar));

  priv->close_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Close")));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (priv->close_button), "editor.close");
  adw_header_bar_pack_start (priv->header_bar, GTK_WIDGET (priv->close_button));

  priv->save_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Save")));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (priv->save_button), "editor.save");
  gtk_widget_set_tooltip_text (GTK_WIDGET (priv->save_button), _("Save (Ctrl+S)"));
  gtk_widget_add_css_class (GTK_WIDGET (priv->save_button), "suggested-action");
  adw_header_bar_pack_end (priv->header_bar, GTK_WIDGET (priv->save_button));

  priv->history_button = GTK_BUTTON (gtk_button_new_from_icon_name ("document-open-recent-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (priv->history_button), "editor.history");
  gtk_widget_set_tooltip_text (GTK_WIDGET (priv->history_button), _("History"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->history_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("History of this record"), -1);
  adw_header_bar_pack_end (priv->header_bar, GTK_WIDGET (priv->history_button));

  priv->read_only_banner = DESK_READ_ONLY_BANNER (desk_read_only_banner_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (priv->read_only_banner));

  priv->content_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  gtk_widget_set_vexpand (GTK_WIDGET (priv->content_box), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (priv->content_box));
}

/* ---- public ----------------------------------------------------------------------- */

DeskEditor *
desk_editor_find (GType      editor_type,
                  DeskStore *store,
                  gint64     id)
{
  GListModel *toplevels;

  g_return_val_if_fail (g_type_is_a (editor_type, DESK_TYPE_EDITOR), NULL);

  if (id <= 0)
    return NULL;

  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);
      DeskRecord *record;

      if (!G_TYPE_CHECK_INSTANCE_TYPE (toplevel, editor_type) ||
          desk_editor_get_store (DESK_EDITOR (toplevel)) != store)
        continue;

      record = desk_editor_get_record (DESK_EDITOR (toplevel));
      if (record != NULL && desk_record_get_id (record) == id)
        return DESK_EDITOR (toplevel);
    }

  return NULL;
}

DeskStore *
desk_editor_get_store (DeskEditor *self)
{
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  g_return_val_if_fail (DESK_IS_EDITOR (self), NULL);

  return priv->store;
}

DeskForm *
desk_editor_get_form (DeskEditor *self)
{
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  g_return_val_if_fail (DESK_IS_EDITOR (self), NULL);

  return priv->form;
}

DeskRecord *
desk_editor_get_record (DeskEditor *self)
{
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  g_return_val_if_fail (DESK_IS_EDITOR (self), NULL);

  return priv->form != NULL ? desk_form_get_record (priv->form) : NULL;
}

void
desk_editor_set_record (DeskEditor *self,
                        DeskRecord *record)
{
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  g_return_if_fail (DESK_IS_EDITOR (self));
  g_return_if_fail (DESK_IS_RECORD (record));

  desk_form_set_record (priv->form, record);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
  desk_editor_loaded (self);
}

gboolean
desk_editor_get_modified (DeskEditor *self)
{
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  g_return_val_if_fail (DESK_IS_EDITOR (self), FALSE);

  return desk_form_get_modified (priv->form);
}

gboolean
desk_editor_get_saving (DeskEditor *self)
{
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  g_return_val_if_fail (DESK_IS_EDITOR (self), FALSE);

  return priv->saving;
}

const char *
desk_editor_get_close_label (DeskEditor *self)
{
  DeskEditorPrivate *priv = desk_editor_get_instance_private (self);

  g_return_val_if_fail (DESK_IS_EDITOR (self), NULL);

  return gtk_button_get_label (priv->close_button);
}
