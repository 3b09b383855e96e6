/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-case-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-case-deadlines-tab.h"
#include "desk-case-documents-tab.h"
#include "desk-case-editor.h"
#include "desk-case-grants-tab.h"
#include "desk-case-notes-tab.h"
#include "desk-case-parties-tab.h"
#include "desk-case-time-tab.h"
#include "desk-case-workflow.h"
#include "desk-client-editor.h"
#include "desk-date-entry.h"
#include "desk-feedback.h"
#include "desk-gtk-compat.h"
#include "desk-labels.h"
#include "desk-record-picker.h"

struct _DeskCaseEditor
{
  DeskEditor            parent_instance;

  /* Template widgets: the window */
  GtkLabel             *status_label;
  GtkLabel             *status_hint;
  GtkBox               *moves_box;
  AdwViewStack         *view_stack;

  /* Template widgets: Details */
  GtkLabel             *general_error;
  DeskRecordPicker     *client_picker;
  GtkLabel             *client_error;
  DeskRecordPicker     *problem_picker;
  GtkLabel             *problem_error;
  AdwEntryRow          *title_row;
  GtkLabel             *title_error;
  AdwComboRow          *priority_row;
  AdwEntryRow          *funding_row;
  DeskDateEntry        *opened_entry;
  GtkLabel             *opened_error;
  GtkTextView          *summary_view;
  DeskRecordPicker     *volunteer_picker;
  GtkLabel             *volunteer_error;
  DeskRecordPicker     *mentor_picker;
  GtkLabel             *mentor_error;
  AdwPreferencesGroup  *closing_group;
  DeskRecordPicker     *closing_picker;
  GtkLabel             *closing_error;
  AdwComboRow          *outcome_row;
  GtkLabel             *outcome_error;
  GtkEntry             *amount_entry;
  GtkLabel             *amount_error;
  DeskDateEntry        *closed_on_entry;
  GtkLabel             *closed_on_error;
  AdwPreferencesGroup  *rejection_group;
  AdwComboRow          *rejection_row;
  GtkLabel             *rejection_error;

  /* Template widgets: the tabs */
  DeskCaseTab          *parties_tab;
  DeskCaseTab          *deadlines_tab;
  DeskCaseTab          *notes_tab;
  DeskCaseTab          *time_tab;
  DeskCaseTab          *documents_tab;
  DeskCaseTab          *grants_tab;
};

G_DEFINE_FINAL_TYPE (DeskCaseEditor, desk_case_editor, DESK_TYPE_EDITOR)

/* What a workflow move changes; the rest of the case stays as edited. */
static const char * const move_fields[] = {
  "status", "volunteer-id", "closing-code", "outcome", "amount-cents", "closed-on", "rejection-reason",
};

static DeskCase *
desk_case_editor_case (DeskCaseEditor *self)
{
  return DESK_CASE (desk_editor_get_record (DESK_EDITOR (self)));
}

static void
copy_fields (DeskCase *from,
             DeskCase *to)
{
  for (guint i = 0; i < G_N_ELEMENTS (move_fields); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (from), move_fields[i], &value);
      g_object_set_property (G_OBJECT (to), move_fields[i], &value);
    }
}

/* ---- the status and its moves ------------------------------------------------ */

static void
move_clicked_cb (GtkButton      *button,
                 DeskCaseEditor *self)
{
  DeskCaseStatus to = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "desk-status"));

  desk_case_editor_move (self, to);
}

static void
desk_case_editor_update_status (DeskCaseEditor *self)
{
  static const char * const classes[] = { "intake", "open", "placed", "closed", "rejected" };
  DeskCase *kase = desk_case_editor_case (self);
  DeskCaseStatus status = desk_case_get_status (kase);
  gint64 id = desk_record_get_id (DESK_RECORD (kase));
  const DeskCaseStatus *next;
  GtkWidget *child;
  const char *hint;
  guint n_next = 0;

  g_assert (DESK_IS_CASE_EDITOR (self));

  gtk_label_set_text (self->status_label, desk_enum_label (DESK_TYPE_CASE_STATUS, status));
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), classes[status]);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->moves_box))) != NULL)
    gtk_box_remove (self->moves_box, child);

  /* A case moves once it is saved; each move saves it. */
  if (id == 0)
    hint = _("Save the case first; then it can be opened, placed with a volunteer, closed or rejected here.");
  else
    {
      next = desk_case_next_statuses (status, &n_next);
      for (guint i = 0; i < n_next; i++)
        {
          GtkWidget *button = gtk_button_new_with_mnemonic (desk_case_move_label (status, next[i]));

          g_object_set_data (G_OBJECT (button), "desk-status", GINT_TO_POINTER (next[i]));
          g_signal_connect (button, "clicked", G_CALLBACK (move_clicked_cb), self);
          if (i == 0 && !desk_case_status_is_reopening (status, next[i]))
            gtk_widget_add_css_class (button, "suggested-action");
          gtk_box_append (self->moves_box, button);
        }

      switch (status)
        {
        case DESK_CASE_STATUS_INTAKE:
          hint = _("Screened and waiting: open the case to work on it, or reject it.");
          break;
        case DESK_CASE_STATUS_OPEN:
          hint = _("Open: place it with a volunteer, or close it.");
          break;
        case DESK_CASE_STATUS_PLACED:
          hint = _("Placed with a volunteer.");
          break;
        case DESK_CASE_STATUS_CLOSED:
          hint = _("Closed. Reopening is recorded in the audit log.");
          break;
        case DESK_CASE_STATUS_REJECTED:
        default:
          hint = _("Rejected. Reopening is recorded in the audit log.");
          break;
        }
    }

  gtk_label_set_text (self->status_hint, hint);

  gtk_widget_set_visible (GTK_WIDGET (self->closing_group), status == DESK_CASE_STATUS_CLOSED);
  gtk_widget_set_visible (GTK_WIDGET (self->rejection_group), status == DESK_CASE_STATUS_REJECTED);
}

/* Applies the move's fields of @moved and saves; on problems the case keeps
 * its status and the problems are shown. */
static void
desk_case_editor_apply_move (DeskCaseEditor *self,
                             DeskCase       *moved)
{
  DeskCase *kase = desk_case_editor_case (self);
  g_autoptr(DeskCase) before = desk_record_dup (DESK_RECORD (kase));

  g_assert (DESK_IS_CASE_EDITOR (self));

  copy_fields (moved, kase);
  if (!desk_form_check_for_save (desk_editor_get_form (DESK_EDITOR (self))))
    {
      copy_fields (before, kase);
      return;
    }

  desk_editor_save (DESK_EDITOR (self));
}

static void
desk_case_editor_move_confirmed_cb (DeskCaseEditor *self,
                                    DeskCase       *moved)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  desk_case_editor_apply_move (self, moved);
}

typedef struct
{
  DeskCaseEditor *editor;
  DeskCaseStatus  to;
} Reopening;

static void
reopen_answer_cb (const char *answer,
                  gpointer    user_data)
{
  g_autofree Reopening *reopening = user_data;
  g_autoptr(DeskCaseEditor) self = reopening->editor;
  g_autoptr(DeskCase) moved = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (answer, "reopen") != 0 || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  moved = desk_record_dup (desk_editor_get_record (DESK_EDITOR (self)));
  if (!desk_case_change_status (moved, reopening->to, &error))
    {
      desk_show_error (GTK_WIDGET (self), _("The case cannot be reopened"), error);
      return;
    }

  desk_case_editor_apply_move (self, moved);
}

DeskCaseMoveDialog *
desk_case_editor_move (DeskCaseEditor *self,
                       DeskCaseStatus  to)
{
  DeskCase *kase;
  DeskCaseStatus from;

  g_return_val_if_fail (DESK_IS_CASE_EDITOR (self), NULL);

  kase = desk_case_editor_case (self);
  from = desk_case_get_status (kase);

  if (desk_case_move_needs_dialog (to))
    {
      DeskCaseMoveDialog *dialog = desk_case_move_dialog_new (GTK_WINDOW (self), desk_editor_get_store (DESK_EDITOR (self)),
                                                              kase, to);

      if (dialog != NULL)
        {
          g_signal_connect_object (dialog, "confirmed", G_CALLBACK (desk_case_editor_move_confirmed_cb), self,
                                   G_CONNECT_SWAPPED);
          gtk_window_present (GTK_WINDOW (dialog));
        }
      return dialog;
    }

  if (desk_case_status_is_reopening (from, to))
    {
      const DeskResponse answers[] = {
        { "cancel", _("_Cancel"), DESK_RESPONSE_STYLE_DEFAULT },
        { "reopen", _("_Reopen"), DESK_RESPONSE_STYLE_SUGGESTED },
      };
      Reopening *reopening = g_new0 (Reopening, 1);
      /* TRANSLATORS: %s is a case number */
      g_autofree char *heading = g_strdup_printf (_("Reopen Case %s?"), desk_case_get_case_number (kase));

      reopening->editor = g_object_ref (self);
      reopening->to = to;
      desk_gtk_compat_ask (GTK_WIDGET (self), heading,
                           from == DESK_CASE_STATUS_CLOSED
                           ? _("Its closing code, outcome, amount and closing date are cleared. "
                               "The reopening is recorded in the audit log.")
                           : _("Its rejection reason is cleared. The reopening is recorded in the audit log."),
                           answers, G_N_ELEMENTS (answers), "reopen", "cancel", reopen_answer_cb, reopening);
      return NULL;
    }

  {
    g_autoptr(DeskCase) moved = desk_record_dup (DESK_RECORD (kase));
    g_autoptr(GError) error = NULL;

    if (!desk_case_change_status (moved, to, &error))
      desk_show_error (GTK_WIDGET (self), _("The case cannot be moved"), error);
    else
      desk_case_editor_apply_move (self, moved);
  }

  return NULL;
}

/* ---- DeskEditor ---------------------------------------------------------------------- */

static char *
desk_case_editor_describe (DeskEditor *editor)
{
  /* TRANSLATORS: the title of a case's window; %s is its number */
  return g_strdup_printf (_("Case %s"), desk_case_get_case_number (DESK_CASE (desk_editor_get_record (editor))));
}

static void
desk_case_editor_loaded (DeskEditor *editor)
{
  DeskCaseEditor *self = DESK_CASE_EDITOR (editor);
  DeskCase *kase = desk_case_editor_case (self);
  DeskStore *store = desk_editor_get_store (editor);
  DeskCaseTab *tabs[] = { self->parties_tab, self->deadlines_tab, self->notes_tab, self->time_tab,
                          self->documents_tab, self->grants_tab };
  gint64 id = desk_record_get_id (DESK_RECORD (kase));

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    {
      desk_case_tab_set_store (tabs[i], store);
      desk_case_tab_set_case_id (tabs[i], id);
    }

  if (id > 0 && !desk_text_is_blank (desk_case_get_client_name (kase)))
    desk_editor_set_subtitle (editor, desk_case_get_client_name (kase));
  else
    desk_editor_set_subtitle (editor, NULL);

  desk_case_editor_update_status (self);
}

/* ---- GObject -------------------------------------------------------------------------- */

static void
desk_case_editor_constructed (GObject *object)
{
  DeskCaseEditor *self = (DeskCaseEditor *)object;
  DeskEditor *editor = DESK_EDITOR (self);
  g_autoptr(DeskCase) blank = desk_case_new ();
  DeskStore *store;
  DeskForm *form;
  DeskRecordPicker *pickers[] = { self->client_picker, self->problem_picker, self->volunteer_picker,
                                  self->mentor_picker, self->closing_picker };

  G_OBJECT_CLASS (desk_case_editor_parent_class)->constructed (object);

  store = desk_editor_get_store (editor);
  form = desk_editor_get_form (editor);
  for (guint i = 0; i < G_N_ELEMENTS (pickers); i++)
    desk_record_picker_set_store (pickers[i], store);

  desk_editor_set_record (editor, DESK_RECORD (blank));

  desk_form_set_general_label (form, self->general_error);
  desk_form_add_field (form, "client-id", GTK_WIDGET (self->client_picker), GTK_WIDGET (self->client_error));
  desk_form_add_field (form, "problem-code", GTK_WIDGET (self->problem_picker), GTK_WIDGET (self->problem_error));
  desk_form_add_field (form, "title", GTK_WIDGET (self->title_row), GTK_WIDGET (self->title_error));
  desk_form_add_field (form, "priority", GTK_WIDGET (self->priority_row), NULL);
  desk_form_add_field (form, "funding-source", GTK_WIDGET (self->funding_row), NULL);
  desk_form_add_field (form, "opened-on", GTK_WIDGET (self->opened_entry), GTK_WIDGET (self->opened_error));
  desk_form_add_field (form, "summary", GTK_WIDGET (self->summary_view), NULL);
  desk_form_add_field (form, "volunteer-id", GTK_WIDGET (self->volunteer_picker), GTK_WIDGET (self->volunteer_error));
  desk_form_add_field (form, "mentor-id", GTK_WIDGET (self->mentor_picker), GTK_WIDGET (self->mentor_error));
  desk_form_add_field (form, "closing-code", GTK_WIDGET (self->closing_picker), GTK_WIDGET (self->closing_error));
  desk_form_add_field (form, "outcome", GTK_WIDGET (self->outcome_row), GTK_WIDGET (self->outcome_error));
  desk_form_add_field_full (form, "amount-cents", DESK_FORM_FIELD_AMOUNT, GTK_WIDGET (self->amount_entry),
                            GTK_WIDGET (self->amount_error));
  desk_form_add_field (form, "closed-on", GTK_WIDGET (self->closed_on_entry), GTK_WIDGET (self->closed_on_error));
  desk_form_add_field (form, "rejection-reason", GTK_WIDGET (self->rejection_row), GTK_WIDGET (self->rejection_error));

  desk_case_editor_loaded (editor);
}

static void
desk_case_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DESK_TYPE_CASE_EDITOR);

  G_OBJECT_CLASS (desk_case_editor_parent_class)->dispose (object);
}

static void
desk_case_editor_class_init (DeskCaseEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskEditorClass *editor_class = DESK_EDITOR_CLASS (klass);

  object_class->constructed = desk_case_editor_constructed;
  object_class->dispose = desk_case_editor_dispose;

  editor_class->new_title = _("New Case");
  editor_class->save_new_question = _("Save the new case?");
  editor_class->describe = desk_case_editor_describe;
  editor_class->loaded = desk_case_editor_loaded;

  g_type_ensure (DESK_TYPE_DATE_ENTRY);
  g_type_ensure (DESK_TYPE_RECORD_PICKER);
  g_type_ensure (DESK_TYPE_CASE_PARTIES_TAB);
  g_type_ensure (DESK_TYPE_CASE_DEADLINES_TAB);
  g_type_ensure (DESK_TYPE_CASE_NOTES_TAB);
  g_type_ensure (DESK_TYPE_CASE_TIME_TAB);
  g_type_ensure (DESK_TYPE_CASE_DOCUMENTS_TAB);
  g_type_ensure (DESK_TYPE_CASE_GRANTS_TAB);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-case-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, status_hint);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, moves_box);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, general_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, client_picker);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, client_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, problem_picker);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, problem_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, title_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, priority_row);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, funding_row);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, opened_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, opened_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, summary_view);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, volunteer_picker);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, volunteer_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, mentor_picker);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, mentor_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, closing_group);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, closing_picker);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, closing_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, outcome_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, amount_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, amount_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, closed_on_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, closed_on_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, rejection_group);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, rejection_row);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, rejection_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, parties_tab);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadlines_tab);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, notes_tab);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, time_tab);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, documents_tab);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, grants_tab);
}

static void
desk_case_editor_init (DeskCaseEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---- public ---------------------------------------------------------------------------- */

DeskCaseEditor *
desk_case_editor_find (DeskStore *store,
                       gint64     case_id)
{
  return (DeskCaseEditor *) desk_editor_find (DESK_TYPE_CASE_EDITOR, store, case_id);
}

DeskCaseEditor *
desk_case_editor_open (GtkWindow *parent,
                       DeskStore *store,
                       DeskCase  *kase)
{
  gint64 id = kase != NULL ? desk_record_get_id (DESK_RECORD (kase)) : 0;
  DeskCaseEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (kase == NULL || DESK_IS_CASE (kase), NULL);

  /* One editor per case. */
  self = desk_case_editor_find (store, id);
  if (self == NULL)
    {
      self = g_object_new (DESK_TYPE_CASE_EDITOR,
                           "store", store,
                           "transient-for", parent,
                           NULL);

      if (kase != NULL)
        {
          g_autoptr(DeskRecord) copy = NULL;
          g_autoptr(GError) error = NULL;

          /* Edit a fresh copy: Cancel must never leave the list's object changed. */
          if (id > 0)
            copy = desk_store_get (store, DESK_TYPE_CASE, id, &error);
          if (copy == NULL && error != NULL)
            desk_show_error (parent != NULL ? GTK_WIDGET (parent) : NULL, _("The case cannot be read again"), error);
          if (copy == NULL)
            copy = desk_record_dup (DESK_RECORD (kase));
          desk_editor_set_record (DESK_EDITOR (self), copy);
        }
    }

  gtk_window_present (GTK_WINDOW (self));

  return self;
}

DeskCase *
desk_case_editor_get_case (DeskCaseEditor *self)
{
  g_return_val_if_fail (DESK_IS_CASE_EDITOR (self), NULL);

  return desk_case_editor_case (self);
}

const char *
desk_case_editor_get_page (DeskCaseEditor *self)
{
  g_return_val_if_fail (DESK_IS_CASE_EDITOR (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
desk_case_editor_set_page (DeskCaseEditor *self,
                           const char     *name)
{
  g_return_if_fail (DESK_IS_CASE_EDITOR (self));
  g_return_if_fail (name != NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

DeskCaseTab *
desk_case_editor_get_tab (DeskCaseEditor *self,
                          const char     *name)
{
  GtkWidget *child;

  g_return_val_if_fail (DESK_IS_CASE_EDITOR (self), NULL);

  child = adw_view_stack_get_child_by_name (self->view_stack, name);
  return DESK_IS_CASE_TAB (child) ? DESK_CASE_TAB (child) : NULL;
}

char *
desk_case_editor_get_move_labels (DeskCaseEditor *self)
{
  g_autoptr(GString) labels = g_string_new (NULL);

  g_return_val_if_fail (DESK_IS_CASE_EDITOR (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->moves_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (labels->len > 0)
        g_string_append_c (labels, '|');
      g_string_append (labels, gtk_button_get_label (GTK_BUTTON (child)));
    }

  return g_string_free (g_steal_pointer (&labels), FALSE);
}
