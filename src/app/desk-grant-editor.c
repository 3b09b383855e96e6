/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-grant-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-date-entry.h"
#include "desk-feedback.h"
#include "desk-funder-editor.h"
#include "desk-grant-editor.h"
#include "desk-money.h"
#include "desk-record-picker.h"
#include "desk-store-grants.h"
#include "desk-words-chooser.h"

struct _DeskGrantEditor
{
  DeskEditor        parent_instance;

  /* Template widgets */
  GtkLabel         *general_error;
  DeskRecordPicker *funder_picker;
  GtkLabel         *funder_error;
  AdwEntryRow      *name_row;
  GtkLabel         *name_error;
  AdwEntryRow      *number_row;
  GtkLabel         *number_error;
  DeskDateEntry    *start_entry;
  GtkLabel         *start_error;
  DeskDateEntry    *end_entry;
  GtkLabel         *end_error;
  AdwActionRow     *hour_value_row;
  GtkEntry         *hour_value_entry;
  GtkLabel         *hour_value_error;
  DeskWordsChooser *categories_chooser;
  GtkLabel         *categories_error;
  AdwEntryRow      *counties_row;
  GtkLabel         *counties_error;
  GtkSpinButton    *ceiling_spin;
  GtkLabel         *ceiling_error;
  GtkTextView      *notes_view;
  GtkLabel         *notes_error;

  /* Owned references */
  GSettings        *settings;
};

G_DEFINE_FINAL_TYPE (DeskGrantEditor, desk_grant_editor, DESK_TYPE_EDITOR)

/* Says what an empty rate means now, with the clinic's rate in it. */
static void
desk_grant_editor_update_rate_hint (DeskGrantEditor *self)
{
  gint64 clinic_cents = g_settings_get_int64 (self->settings, "report-hour-value-cents");
  g_autofree char *hint = NULL;

  g_assert (DESK_IS_GRANT_EDITOR (self));

  if (clinic_cents > 0)
    {
      g_autofree char *rate = desk_format_money (clinic_cents);

      /* TRANSLATORS: under the value of a volunteer hour; %s is an amount such as $35.00 */
      hint = g_strdup_printf (_("Dollars. Empty or 0: the clinic’s rate, now %s (Preferences)."), rate);
    }
  else
    hint = g_strdup (_("Dollars. Empty or 0: the clinic’s rate (Preferences), not set yet."));

  adw_action_row_set_subtitle (self->hour_value_row, hint);
}

/* ---- a new funder from the picker ------------------------------------------------ */

static void
desk_grant_editor_funder_saved_cb (DeskGrantEditor *self,
                                   DeskRecord      *funder)
{
  g_assert (DESK_IS_GRANT_EDITOR (self));

  desk_record_picker_set_record_id (self->funder_picker, desk_record_get_id (funder));
}

static void
desk_grant_editor_new_funder_cb (DeskGrantEditor *self)
{
  DeskFunderEditor *editor;

  g_assert (DESK_IS_GRANT_EDITOR (self));

  editor = desk_funder_editor_open (GTK_WINDOW (self), desk_editor_get_store (DESK_EDITOR (self)), NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (desk_grant_editor_funder_saved_cb), self,
                           G_CONNECT_SWAPPED);
}

/* ---- DeskEditor ---------------------------------------------------------------------- */

static char *
desk_grant_editor_describe (DeskEditor *editor)
{
  return g_strdup (desk_grant_get_name (DESK_GRANT (desk_editor_get_record (editor))));
}

/* The store checks more than the record does (the funder exists, each
 * category is LSC's): the grant's own save. */
static void
desk_grant_editor_save_async (DeskEditor          *editor,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (editor, cancellable, callback, user_data);
  g_autoptr(GError) error = NULL;

  g_task_set_source_tag (task, desk_grant_editor_save_async);

  /* One quick transaction: done here, the result delivered as a task. */
  if (desk_store_save_grant (desk_editor_get_store (editor), DESK_GRANT (desk_editor_get_record (editor)), &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static gboolean
desk_grant_editor_save_finish (DeskEditor    *editor,
                               GAsyncResult  *result,
                               GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- GObject ----------------------------------------------------------------------- */

static void
desk_grant_editor_constructed (GObject *object)
{
  DeskGrantEditor *self = (DeskGrantEditor *)object;
  DeskEditor *editor = DESK_EDITOR (self);
  DeskStore *store = desk_editor_get_store (editor);
  g_autoptr(DeskGrant) blank = desk_grant_new (0);
  g_auto(GStrv) categories = NULL;
  g_autoptr(GError) error = NULL;
  DeskForm *form;

  G_OBJECT_CLASS (desk_grant_editor_parent_class)->constructed (object);

  form = desk_editor_get_form (editor);
  desk_record_picker_set_store (self->funder_picker, store);

  /* The restrictions name LSC's categories as the database spells them. */
  categories = store != NULL ? desk_store_list_categories (store, &error) : NULL;
  if (categories == NULL && error != NULL)
    desk_show_error (GTK_WIDGET (self), _("The LSC problem categories cannot be listed"), error);
  desk_words_chooser_set_words (self->categories_chooser, (const char * const *) categories);

  desk_editor_set_record (editor, DESK_RECORD (blank));

  desk_form_set_general_label (form, self->general_error);
  desk_form_add_field (form, "funder-id", GTK_WIDGET (self->funder_picker), GTK_WIDGET (self->funder_error));
  desk_form_add_field (form, "name", GTK_WIDGET (self->name_row), GTK_WIDGET (self->name_error));
  desk_form_add_field (form, "grant-number", GTK_WIDGET (self->number_row), GTK_WIDGET (self->number_error));
  desk_form_add_field (form, "period-start", GTK_WIDGET (self->start_entry), GTK_WIDGET (self->start_error));
  desk_form_add_field (form, "period-end", GTK_WIDGET (self->end_entry), GTK_WIDGET (self->end_error));
  desk_form_add_field_full (form, "hour-value-cents", DESK_FORM_FIELD_MONEY, GTK_WIDGET (self->hour_value_entry),
                            GTK_WIDGET (self->hour_value_error));
  desk_form_add_field (form, "problem-categories", GTK_WIDGET (self->categories_chooser),
                       GTK_WIDGET (self->categories_error));
  desk_form_add_field (form, "counties", GTK_WIDGET (self->counties_row), GTK_WIDGET (self->counties_error));
  desk_form_add_field (form, "income-ceiling-percent", GTK_WIDGET (self->ceiling_spin),
                       GTK_WIDGET (self->ceiling_error));
  desk_form_add_field (form, "notes", GTK_WIDGET (self->notes_view), GTK_WIDGET (self->notes_error));

  g_signal_connect_object (self->funder_picker, "new-requested", G_CALLBACK (desk_grant_editor_new_funder_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::report-hour-value-cents",
                           G_CALLBACK (desk_grant_editor_update_rate_hint), self, G_CONNECT_SWAPPED);
  desk_grant_editor_update_rate_hint (self);
}

static void
desk_grant_editor_dispose (GObject *object)
{
  DeskGrantEditor *self = (DeskGrantEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_GRANT_EDITOR);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (desk_grant_editor_parent_class)->dispose (object);
}

static void
desk_grant_editor_class_init (DeskGrantEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskEditorClass *editor_class = DESK_EDITOR_CLASS (klass);

  object_class->constructed = desk_grant_editor_constructed;
  object_class->dispose = desk_grant_editor_dispose;

  editor_class->new_title = _("New Grant");
  editor_class->save_new_question = _("Save the new grant?");
  editor_class->describe = desk_grant_editor_describe;
  editor_class->save_async = desk_grant_editor_save_async;
  editor_class->save_finish = desk_grant_editor_save_finish;

  g_type_ensure (DESK_TYPE_DATE_ENTRY);
  g_type_ensure (DESK_TYPE_RECORD_PICKER);
  g_type_ensure (DESK_TYPE_WORDS_CHOOSER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-grant-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DeskGrantEditor, name)
  BIND (general_error);
  BIND (funder_picker);
  BIND (funder_error);
  BIND (name_row);
  BIND (name_error);
  BIND (number_row);
  BIND (number_error);
  BIND (start_entry);
  BIND (start_error);
  BIND (end_entry);
  BIND (end_error);
  BIND (hour_value_row);
  BIND (hour_value_entry);
  BIND (hour_value_error);
  BIND (categories_chooser);
  BIND (categories_error);
  BIND (counties_row);
  BIND (counties_error);
  BIND (ceiling_spin);
  BIND (ceiling_error);
  BIND (notes_view);
  BIND (notes_error);
#undef BIND
}

static void
desk_grant_editor_init (DeskGrantEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);
}

DeskGrantEditor *
desk_grant_editor_open (GtkWindow *parent,
                        DeskStore *store,
                        DeskGrant *grant)
{
  gint64 id = grant != NULL ? desk_record_get_id (DESK_RECORD (grant)) : 0;
  DeskGrantEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (grant == NULL || DESK_IS_GRANT (grant), NULL);

  self = (DeskGrantEditor *) desk_editor_find (DESK_TYPE_GRANT_EDITOR, store, id);
  if (self == NULL)
    {
      self = g_object_new (DESK_TYPE_GRANT_EDITOR, "store", store, "transient-for", parent, NULL);

      if (grant != NULL)
        {
          g_autoptr(DeskRecord) copy = NULL;
          g_autoptr(GError) error = NULL;

          /* Edit a fresh copy: Cancel must never leave the list's object changed. */
          if (id > 0)
            copy = desk_store_get (store, DESK_TYPE_GRANT, id, &error);
          if (copy == NULL && error != NULL)
            desk_show_error (parent != NULL ? GTK_WIDGET (parent) : NULL, _("The grant cannot be read again"), error);
          if (copy == NULL)
            copy = desk_record_dup (DESK_RECORD (grant));
          desk_editor_set_record (DESK_EDITOR (self), copy);
        }
    }

  gtk_window_present (GTK_WINDOW (self));

  return self;
}
