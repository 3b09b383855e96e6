/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-check-in-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-check-in-editor.h"
#include "desk-choices.h"
#include "desk-date-entry.h"
#include "desk-feedback.h"
#include "desk-labels.h"

/* One objective of the pairing and what this check-in says of it. */
typedef struct
{
  DeskObjective       *objective;
  DeskObjectiveUpdate *update;      /* saved before, or NULL */
  AdwComboRow         *status_row;
  AdwEntryRow         *note_row;
} Progress;

struct _DeskCheckInEditor
{
  DeskEditor            parent_instance;

  /* Template widgets */
  GtkLabel             *general_error;
  DeskDateEntry        *date_entry;
  GtkLabel             *date_error;
  GtkSwitch            *held_switch;
  GtkTextView          *notes_view;
  GtkLabel             *notes_error;
  AdwComboRow          *mentor_row;
  GtkLabel             *mentor_error;
  AdwComboRow          *mentee_row;
  GtkLabel             *mentee_error;
  AdwComboRow          *fit_row;
  GtkLabel             *fit_error;
  AdwPreferencesGroup  *objectives_group;

  /* Owned */
  DeskPairing          *pairing;
  GArray               *progress;   /* Progress */
};

G_DEFINE_FINAL_TYPE (DeskCheckInEditor, desk_check_in_editor, DESK_TYPE_EDITOR)

static void
progress_clear (Progress *progress)
{
  g_clear_object (&progress->objective);
  g_clear_object (&progress->update);
}

static DeskCheckIn *
desk_check_in_editor_check_in (DeskCheckInEditor *self)
{
  return DESK_CHECK_IN (desk_editor_get_record (DESK_EDITOR (self)));
}

/* ---- progress on the objectives ------------------------------------------------- */

static void
desk_check_in_editor_progress_changed_cb (DeskCheckInEditor *self)
{
  desk_form_set_extra_modified (desk_editor_get_form (DESK_EDITOR (self)));
}

static void
desk_check_in_editor_load_progress (DeskCheckInEditor *self)
{
  DeskStore *store = desk_editor_get_store (DESK_EDITOR (self));
  gint64 check_in_id = desk_record_get_id (desk_editor_get_record (DESK_EDITOR (self)));
  g_autoptr(GListModel) objectives = NULL;
  g_autoptr(GListModel) updates = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  for (guint i = 0; i < self->progress->len; i++)
    {
      Progress *progress = &g_array_index (self->progress, Progress, i);

      adw_preferences_group_remove (self->objectives_group, GTK_WIDGET (progress->status_row));
      adw_preferences_group_remove (self->objectives_group, GTK_WIDGET (progress->note_row));
    }
  g_array_set_size (self->progress, 0);

  objectives = desk_store_list_objectives (store, desk_record_get_id (DESK_RECORD (self->pairing)), &error);
  if (objectives != NULL && check_in_id > 0)
    updates = desk_store_list_objective_updates (store, check_in_id, &error);
  if (objectives == NULL || (check_in_id > 0 && updates == NULL))
    {
      desk_show_error (GTK_WIDGET (self), _("The objectives of the pairing cannot be read"), error);
      return;
    }

  n = g_list_model_get_n_items (objectives);
  adw_preferences_group_set_description (self->objectives_group,
                                         n == 0 ? _("The pairing has no objectives yet: set them in the pairing’s window.")
                                                : _("What this check-in found for each objective of the pairing."));
  for (guint i = 0; i < n; i++)
    {
      Progress progress = { 0 };
      g_autoptr(GListModel) statuses = desk_choices_for_enum (DESK_TYPE_OBJECTIVE_STATUS, NULL);
      DeskObjectiveStatus status;

      progress.objective = g_list_model_get_item (objectives, i);
      status = desk_objective_get_status (progress.objective);

      for (guint u = 0; updates != NULL && u < g_list_model_get_n_items (updates); u++)
        {
          g_autoptr(DeskObjectiveUpdate) update = g_list_model_get_item (updates, u);

          if (desk_objective_update_get_objective_id (update) == desk_record_get_id (DESK_RECORD (progress.objective)))
            {
              progress.update = desk_record_dup (DESK_RECORD (update));
              status = desk_objective_update_get_status (update);
            }
        }

      progress.status_row = ADW_COMBO_ROW (adw_combo_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (progress.status_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (progress.status_row),
                                     desk_objective_get_description (progress.objective));
      adw_combo_row_set_model (progress.status_row, statuses);
      adw_combo_row_set_selected (progress.status_row, status);

      progress.note_row = ADW_ENTRY_ROW (adw_entry_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (progress.note_row), _("Progress note"));
      if (progress.update != NULL)
        gtk_editable_set_text (GTK_EDITABLE (progress.note_row), desk_objective_update_get_note (progress.update));

      g_signal_connect_object (progress.status_row, "notify::selected",
                               G_CALLBACK (desk_check_in_editor_progress_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (progress.note_row, "changed",
                               G_CALLBACK (desk_check_in_editor_progress_changed_cb), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->objectives_group, GTK_WIDGET (progress.status_row));
      adw_preferences_group_add (self->objectives_group, GTK_WIDGET (progress.note_row));
      g_array_append_val (self->progress, progress);
    }
}

/* What the check-in found: an update for each objective whose status it
 * changes, that has a note, or that it spoke of before. */
static GPtrArray *
desk_check_in_editor_collect_updates (DeskCheckInEditor *self)
{
  GPtrArray *updates = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->progress->len; i++)
    {
      Progress *progress = &g_array_index (self->progress, Progress, i);
      DeskObjectiveStatus status = adw_combo_row_get_selected (progress->status_row);
      const char *note = gtk_editable_get_text (GTK_EDITABLE (progress->note_row));
      DeskObjectiveUpdate *update;

      if (progress->update == NULL && status == desk_objective_get_status (progress->objective) &&
          desk_text_is_blank (note))
        continue;

      update = progress->update != NULL ? g_object_ref (progress->update) : desk_objective_update_new ();
      g_object_set (update,
                    "objective-id", desk_record_get_id (DESK_RECORD (progress->objective)),
                    "status", status,
                    "note", note,
                    NULL);
      g_ptr_array_add (updates, update);
    }

  return updates;
}

/* ---- DeskEditor ------------------------------------------------------------------- */

static void
desk_check_in_editor_save_async (DeskEditor          *editor,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  DeskCheckInEditor *self = DESK_CHECK_IN_EDITOR (editor);
  g_autoptr(GTask) task = g_task_new (editor, cancellable, callback, user_data);
  g_autoptr(GPtrArray) updates = desk_check_in_editor_collect_updates (self);
  g_autoptr(GError) error = NULL;

  g_task_set_source_tag (task, desk_check_in_editor_save_async);

  /* The check-in and its progress on each objective, in one transaction. */
  if (desk_store_save_check_in (desk_editor_get_store (editor), desk_check_in_editor_check_in (self), updates, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static gboolean
desk_check_in_editor_save_finish (DeskEditor    *editor,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static char *
desk_check_in_editor_describe (DeskEditor *editor)
{
  DeskCheckInEditor *self = DESK_CHECK_IN_EDITOR (editor);
  DeskCheckIn *check_in = desk_check_in_editor_check_in (self);

  /* TRANSLATORS: a check-in's window title: "Check-In of 2026-06-15, Grace Okafor – Luis Ortega" */
  return g_strdup_printf (_("Check-In of %s, %s – %s"), desk_check_in_get_date (check_in),
                          desk_pairing_get_mentor_name (self->pairing), desk_pairing_get_mentee_name (self->pairing));
}

static void
desk_check_in_editor_loaded (DeskEditor *editor)
{
  desk_check_in_editor_load_progress (DESK_CHECK_IN_EDITOR (editor));
}

/* ---- GObject ----------------------------------------------------------------------- */

static void
desk_check_in_editor_dispose (GObject *object)
{
  DeskCheckInEditor *self = (DeskCheckInEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_CHECK_IN_EDITOR);
  g_clear_object (&self->pairing);
  g_clear_pointer (&self->progress, g_array_unref);

  G_OBJECT_CLASS (desk_check_in_editor_parent_class)->dispose (object);
}

static void
desk_check_in_editor_class_init (DeskCheckInEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskEditorClass *editor_class = DESK_EDITOR_CLASS (klass);

  object_class->dispose = desk_check_in_editor_dispose;

  editor_class->new_title = _("New Check-In");
  editor_class->save_new_question = _("Save the new check-in?");
  editor_class->describe = desk_check_in_editor_describe;
  editor_class->save_async = desk_check_in_editor_save_async;
  editor_class->save_finish = desk_check_in_editor_save_finish;
  editor_class->loaded = desk_check_in_editor_loaded;

  g_type_ensure (DESK_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-check-in-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DeskCheckInEditor, name)
  BIND (general_error);
  BIND (date_entry);
  BIND (date_error);
  BIND (held_switch);
  BIND (notes_view);
  BIND (notes_error);
  BIND (mentor_row);
  BIND (mentor_error);
  BIND (mentee_row);
  BIND (mentee_error);
  BIND (fit_row);
  BIND (fit_error);
  BIND (objectives_group);
#undef BIND
}

static void
desk_check_in_editor_init (DeskCheckInEditor *self)
{
  self->progress = g_array_new (FALSE, TRUE, sizeof (Progress));
  g_array_set_clear_func (self->progress, (GDestroyNotify) progress_clear);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The editor needs its pairing before its record: set up here, not in constructed. */
static void
desk_check_in_editor_set_up (DeskCheckInEditor *self,
                             DeskCheckIn       *check_in)
{
  DeskEditor *editor = DESK_EDITOR (self);
  DeskForm *form = desk_editor_get_form (editor);

  desk_editor_set_record (editor, DESK_RECORD (check_in));
  desk_form_set_general_label (form, self->general_error);
  desk_form_add_field (form, "date", GTK_WIDGET (self->date_entry), GTK_WIDGET (self->date_error));
  desk_form_add_field (form, "held", GTK_WIDGET (self->held_switch), NULL);
  desk_form_add_field (form, "notes", GTK_WIDGET (self->notes_view), GTK_WIDGET (self->notes_error));
  desk_form_add_field (form, "mentor-rating", GTK_WIDGET (self->mentor_row), GTK_WIDGET (self->mentor_error));
  desk_form_add_field (form, "mentee-rating", GTK_WIDGET (self->mentee_row), GTK_WIDGET (self->mentee_error));
  desk_form_add_field (form, "fit", GTK_WIDGET (self->fit_row), GTK_WIDGET (self->fit_error));
}

DeskCheckInEditor *
desk_check_in_editor_open (GtkWindow   *parent,
                           DeskStore   *store,
                           DeskPairing *pairing,
                           DeskCheckIn *check_in)
{
  gint64 id = check_in != NULL ? desk_record_get_id (DESK_RECORD (check_in)) : 0;
  g_autoptr(DeskRecord) copy = NULL;
  DeskCheckInEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (DESK_IS_PAIRING (pairing), NULL);
  g_return_val_if_fail (check_in == NULL || DESK_IS_CHECK_IN (check_in), NULL);

  self = (DeskCheckInEditor *) desk_editor_find (DESK_TYPE_CHECK_IN_EDITOR, store, id);
  if (self != NULL)
    {
      gtk_window_present (GTK_WINDOW (self));
      return self;
    }

  if (check_in != NULL)
    copy = desk_record_dup (DESK_RECORD (check_in));
  else
    {
      g_autofree char *today = desk_today_iso ();

      copy = DESK_RECORD (desk_check_in_new ());
      g_object_set (copy,
                    "pairing-id", desk_record_get_id (DESK_RECORD (pairing)),
                    "date", today,
                    "held", TRUE,
                    NULL);
    }

  self = g_object_new (DESK_TYPE_CHECK_IN_EDITOR, "store", store, "transient-for", parent, NULL);
  self->pairing = g_object_ref (pairing);
  desk_check_in_editor_set_up (self, DESK_CHECK_IN (copy));
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

gboolean
desk_check_in_editor_set_objective_status (DeskCheckInEditor   *self,
                                           gint64               objective_id,
                                           DeskObjectiveStatus  status)
{
  g_return_val_if_fail (DESK_IS_CHECK_IN_EDITOR (self), FALSE);

  for (guint i = 0; i < self->progress->len; i++)
    {
      Progress *progress = &g_array_index (self->progress, Progress, i);

      if (desk_record_get_id (DESK_RECORD (progress->objective)) == objective_id)
        {
          adw_combo_row_set_selected (progress->status_row, status);
          return TRUE;
        }
    }

  return FALSE;
}
