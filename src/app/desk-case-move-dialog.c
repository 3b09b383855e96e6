/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-case-move-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-case-move-dialog.h"
#include "desk-case-workflow.h"
#include "desk-date-entry.h"
#include "desk-feedback.h"
#include "desk-form.h"
#include "desk-record-picker.h"

struct _DeskCaseMoveDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkButton           *confirm_button;
  GtkLabel            *general_error;
  AdwPreferencesGroup *place_group;
  DeskRecordPicker    *volunteer_picker;
  GtkLabel            *volunteer_error;
  AdwPreferencesGroup *close_group;
  DeskRecordPicker    *closing_picker;
  GtkLabel            *closing_error;
  AdwComboRow         *outcome_row;
  GtkLabel            *outcome_error;
  GtkEntry            *amount_entry;
  GtkLabel            *amount_error;
  DeskDateEntry       *closed_on_entry;
  GtkLabel            *closed_on_error;
  AdwPreferencesGroup *reject_group;
  AdwComboRow         *rejection_row;
  GtkLabel            *rejection_error;

  /* Owned references */
  DeskForm            *form;
};

G_DEFINE_FINAL_TYPE (DeskCaseMoveDialog, desk_case_move_dialog, ADW_TYPE_WINDOW)

enum {
  CONFIRMED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char *
desk_case_move_label (DeskCaseStatus from,
                      DeskCaseStatus to)
{
  if (desk_case_status_is_reopening (from, to))
    return _("_Reopen…");

  switch (to)
    {
    case DESK_CASE_STATUS_OPEN:
      return from == DESK_CASE_STATUS_PLACED ? _("Return to _Open") : _("_Open Case");
    case DESK_CASE_STATUS_PLACED:
      return _("_Place with Volunteer…");
    case DESK_CASE_STATUS_CLOSED:
      return _("_Close Case…");
    case DESK_CASE_STATUS_REJECTED:
      return _("Re_ject…");
    case DESK_CASE_STATUS_INTAKE:
    default:
      return _("Back to _Intake");
    }
}

gboolean
desk_case_move_needs_dialog (DeskCaseStatus to)
{
  return to == DESK_CASE_STATUS_PLACED || to == DESK_CASE_STATUS_CLOSED || to == DESK_CASE_STATUS_REJECTED;
}

gboolean
desk_case_move_dialog_confirm (DeskCaseMoveDialog *self)
{
  g_return_val_if_fail (DESK_IS_CASE_MOVE_DIALOG (self), FALSE);

  /* Every rule of the moved case, those of the details too: the move saves
   * the whole case. */
  if (!desk_form_check_for_save (self->form))
    return FALSE;

  g_signal_emit (self, signals[CONFIRMED], 0, desk_form_get_record (self->form));
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
desk_case_move_dialog_confirm_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  if (!desk_case_move_dialog_confirm (DESK_CASE_MOVE_DIALOG (widget)))
    gtk_widget_error_bell (widget);
}

static void
desk_case_move_dialog_cancel_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
desk_case_move_dialog_dispose (GObject *object)
{
  DeskCaseMoveDialog *self = (DeskCaseMoveDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_CASE_MOVE_DIALOG);
  g_clear_object (&self->form);

  G_OBJECT_CLASS (desk_case_move_dialog_parent_class)->dispose (object);
}

static void
desk_case_move_dialog_class_init (DeskCaseMoveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_case_move_dialog_dispose;

  /**
   * DeskCaseMoveDialog::confirmed:
   * @kase: the case with the move and its details, valid to save
   */
  signals[CONFIRMED] =
    g_signal_new ("confirmed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DESK_TYPE_CASE);

  g_type_ensure (DESK_TYPE_DATE_ENTRY);
  g_type_ensure (DESK_TYPE_RECORD_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-case-move-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, place_group);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, volunteer_picker);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, volunteer_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, close_group);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, closing_picker);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, closing_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, outcome_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, amount_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, amount_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, closed_on_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, closed_on_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, reject_group);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, rejection_row);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseMoveDialog, rejection_error);

  gtk_widget_class_install_action (widget_class, "move.confirm", NULL, desk_case_move_dialog_confirm_action);
  gtk_widget_class_install_action (widget_class, "move.cancel", NULL, desk_case_move_dialog_cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "move.cancel", NULL);
}

static void
desk_case_move_dialog_init (DeskCaseMoveDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

DeskCaseMoveDialog *
desk_case_move_dialog_new (GtkWindow      *parent,
                           DeskStore      *store,
                           DeskCase       *kase,
                           DeskCaseStatus  to)
{
  DeskCaseMoveDialog *self;
  g_autoptr(DeskCase) moved = NULL;
  g_autoptr(GError) error = NULL;
  DeskCaseStatus from;
  g_autofree char *title = NULL;
  const char *label;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (DESK_IS_CASE (kase), NULL);

  from = desk_case_get_status (kase);
  moved = desk_record_dup (DESK_RECORD (kase));
  if (!desk_case_change_status (moved, to, &error))
    {
      desk_show_error (parent != NULL ? GTK_WIDGET (parent) : NULL, _("The case cannot be moved"), error);
      return NULL;
    }

  self = g_object_new (DESK_TYPE_CASE_MOVE_DIALOG, "transient-for", parent, NULL);
  self->form = desk_form_new (store);
  desk_form_set_record (self->form, DESK_RECORD (moved));
  desk_form_set_general_label (self->form, self->general_error);

  desk_record_picker_set_store (self->volunteer_picker, store);
  desk_record_picker_set_store (self->closing_picker, store);

  gtk_widget_set_visible (GTK_WIDGET (self->place_group), to == DESK_CASE_STATUS_PLACED);
  gtk_widget_set_visible (GTK_WIDGET (self->close_group), to == DESK_CASE_STATUS_CLOSED);
  gtk_widget_set_visible (GTK_WIDGET (self->reject_group), to == DESK_CASE_STATUS_REJECTED);

  /* Only what the move needs is asked; the rest of the case is the editor's. */
  if (to == DESK_CASE_STATUS_PLACED)
    desk_form_add_field (self->form, "volunteer-id", GTK_WIDGET (self->volunteer_picker),
                         GTK_WIDGET (self->volunteer_error));
  if (to == DESK_CASE_STATUS_CLOSED)
    {
      desk_form_add_field (self->form, "closing-code", GTK_WIDGET (self->closing_picker),
                           GTK_WIDGET (self->closing_error));
      desk_form_add_field (self->form, "outcome", GTK_WIDGET (self->outcome_row), GTK_WIDGET (self->outcome_error));
      desk_form_add_field_full (self->form, "amount-cents", DESK_FORM_FIELD_AMOUNT, GTK_WIDGET (self->amount_entry),
                                GTK_WIDGET (self->amount_error));
      desk_form_add_field (self->form, "closed-on", GTK_WIDGET (self->closed_on_entry),
                           GTK_WIDGET (self->closed_on_error));
    }
  if (to == DESK_CASE_STATUS_REJECTED)
    desk_form_add_field (self->form, "rejection-reason", GTK_WIDGET (self->rejection_row),
                         GTK_WIDGET (self->rejection_error));

  label = desk_case_move_label (from, to);
  title = g_strdup (label);
  /* The window title reads without the mnemonic and the ellipsis. */
  {
    GString *clean = g_string_new (title);

    g_string_replace (clean, "_", "", 0);
    g_string_replace (clean, "…", "", 0);
    g_free (title);
    title = g_string_free (clean, FALSE);
  }
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, desk_case_get_case_number (kase));
  gtk_window_set_title (GTK_WINDOW (self), title);

  gtk_button_set_label (self->confirm_button, to == DESK_CASE_STATUS_REJECTED ? _("Re_ject Case")
                                              : to == DESK_CASE_STATUS_CLOSED ? _("_Close Case")
                                              : to == DESK_CASE_STATUS_PLACED ? _("_Place Case")
                                              : _("_Move"));
  gtk_widget_add_css_class (GTK_WIDGET (self->confirm_button),
                            to == DESK_CASE_STATUS_REJECTED ? "destructive-action" : "suggested-action");
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->confirm_button));

  return self;
}

DeskCase *
desk_case_move_dialog_get_case (DeskCaseMoveDialog *self)
{
  g_return_val_if_fail (DESK_IS_CASE_MOVE_DIALOG (self), NULL);

  return DESK_CASE (desk_form_get_record (self->form));
}

const char *
desk_case_move_dialog_get_problem (DeskCaseMoveDialog *self,
                                   const char         *property)
{
  g_return_val_if_fail (DESK_IS_CASE_MOVE_DIALOG (self), NULL);

  return desk_form_get_problem (self->form, property);
}
