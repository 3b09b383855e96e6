/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-case-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-case-editor-private.h"
#include "desk-date-entry.h"
#include "desk-case-workflow.h"
#include "desk-client-editor.h"
#include "desk-documents.h"
#include "desk-error.h"
#include "desk-labels.h"

G_DEFINE_FINAL_TYPE (DeskCaseEditor, desk_case_editor, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CASE,
  PROP_DOCUMENTS_DIR,
  PROP_CAN_SAVE,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The values the outcome and rejection drop-downs list, in their order;
 * "none" is no selection. */
static const DeskOutcome outcomes[] = {
  DESK_OUTCOME_FAVOURABLE, DESK_OUTCOME_UNFAVOURABLE, DESK_OUTCOME_OTHER,
};
static const DeskRejectionReason rejection_reasons[] = {
  DESK_REJECTION_OVER_INCOME, DESK_REJECTION_CONFLICT, DESK_REJECTION_OUTSIDE_PRIORITIES,
  DESK_REJECTION_INSUFFICIENT_RESOURCES, DESK_REJECTION_OTHER,
};

static void desk_case_editor_validate (DeskCaseEditor *self);

/* ---- small helpers --------------------------------------------------------- */

void
_desk_case_editor_mark_field (GtkWidget  *field,
                              GtkLabel   *label,
                              const char *message)
{
  if (field != NULL)
    {
      if (message != NULL)
        {
          gtk_widget_add_css_class (field, "error");
          gtk_accessible_update_state (GTK_ACCESSIBLE (field),
                                       GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                       -1);
        }
      else
        {
          gtk_widget_remove_css_class (field, "error");
          gtk_accessible_reset_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID);
        }
    }

  if (label != NULL)
    {
      gtk_label_set_text (label, message != NULL ? message : "");
      gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
    }
}

static char *
entry_text_or_null (GtkEntry *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
set_entry_text (GtkEntry   *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

static guint
find_code (GListModel *codes,
           const char *code)
{
  if (codes == NULL || desk_text_is_blank (code))
    return GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (codes); i++)
    {
      g_autoptr(DeskCode) item = g_list_model_get_item (codes, i);

      if (g_strcmp0 (desk_code_get_code (item), code) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static const char *
status_action_label (DeskCaseStatus from,
                     DeskCaseStatus to)
{
  if (desk_case_status_is_reopening (from, to))
    return _("_Reopen");

  switch (to)
    {
    case DESK_CASE_STATUS_OPEN:
      return from == DESK_CASE_STATUS_PLACED ? _("Return to _Open") : _("_Open Case");
    case DESK_CASE_STATUS_PLACED:
      return _("_Place with Volunteer");
    case DESK_CASE_STATUS_CLOSED:
      return _("_Close Case…");
    case DESK_CASE_STATUS_REJECTED:
      return _("Re_ject…");
    case DESK_CASE_STATUS_INTAKE:
    default:
      return desk_enum_label (DESK_TYPE_CASE_STATUS, to);
    }
}

/* ---- drop-down rows ---------------------------------------------------------- */

static void
code_button_setup_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
code_button_bind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  DeskCode *code = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)),
                      code != NULL ? desk_code_get_label (code) : "");
}

/* A problem code's row says its category, so the long list reads in
 * groups; a closing code's row says what the code means. */
static void
code_row_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_xalign (GTK_LABEL (detail), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (detail), 48);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (list_item, box);
}

static void
code_row_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *detail = gtk_widget_get_next_sibling (label);
  DeskCode *code = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (label), code != NULL ? desk_code_get_label (code) : "");
  gtk_label_set_text (GTK_LABEL (detail), code != NULL ? desk_code_get_category (code) : "");
}

static void
setup_code_drop_down (GtkDropDown *drop_down)
{
  g_autoptr(GtkListItemFactory) button_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) row_factory = gtk_signal_list_item_factory_new ();
  GtkExpression *expression;

  g_signal_connect (button_factory, "setup", G_CALLBACK (code_button_setup_cb), NULL);
  g_signal_connect (button_factory, "bind", G_CALLBACK (code_button_bind_cb), NULL);
  g_signal_connect (row_factory, "setup", G_CALLBACK (code_row_setup_cb), NULL);
  g_signal_connect (row_factory, "bind", G_CALLBACK (code_row_bind_cb), NULL);

  gtk_drop_down_set_factory (drop_down, button_factory);
  gtk_drop_down_set_list_factory (drop_down, row_factory);
  expression = gtk_property_expression_new (DESK_TYPE_CODE, NULL, "label");
  gtk_drop_down_set_expression (drop_down, expression);
  gtk_expression_unref (expression);
}

static GListModel *
enum_labels (GType       enum_type,
             const int  *values,
             guint       n_values)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_values; i++)
    gtk_string_list_append (list, desk_enum_label (enum_type, values[i]));

  return G_LIST_MODEL (list);
}

/* ---- header, status and widgets -------------------------------------------- */

static void
desk_case_editor_update_header (DeskCaseEditor *self)
{
  g_autofree char *title = NULL;
  const char *number;
  gint64 client_id;

  g_assert (DESK_IS_CASE_EDITOR (self));

  number = desk_case_get_case_number (self->kase);
  if (desk_text_is_blank (number))
    title = g_strdup (_("New Case"));
  else
    /* TRANSLATORS: the title of a case's window; %s is its number, e.g. 2026-00042 */
    title = g_strdup_printf (_("Case %s"), number);

  gtk_label_set_text (self->title_label, title);
  gtk_window_set_title (GTK_WINDOW (self), title);

  /* A new case has only its details; tabs appear once it is saved. */
  gtk_widget_set_visible (GTK_WIDGET (self->stack_switcher), self->saved != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->new_case_hint), self->saved == NULL);

  client_id = desk_record_picker_get_record_id (self->client_picker);
  gtk_label_set_text (self->subtitle_label, client_id > 0 ? desk_record_picker_get_text (self->client_picker) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), client_id > 0);
}

static DeskCaseStatus
desk_case_editor_saved_status (DeskCaseEditor *self)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  return self->saved != NULL ? desk_case_get_status (self->saved) : DESK_CASE_STATUS_INTAKE;
}

static void
status_button_toggled_cb (GtkToggleButton *button,
                          DeskCaseEditor  *self)
{
  DeskCaseStatus to = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "desk-status"));

  if (self->loading)
    return;

  /* The active button is the status the case will have once saved;
   * pressing it again goes back to the saved status. */
  if (gtk_toggle_button_get_active (button))
    desk_case_editor_change_status (self, to);
  else if (desk_case_get_status (self->kase) == to)
    desk_case_editor_change_status (self, desk_case_editor_saved_status (self));
}

static void
desk_case_editor_update_status (DeskCaseEditor *self)
{
  DeskCaseStatus saved_status;
  DeskCaseStatus status;
  const char *saved_label;
  GtkWidget *child;

  g_assert (DESK_IS_CASE_EDITOR (self));

  saved_status = desk_case_editor_saved_status (self);
  status = desk_case_get_status (self->kase);
  saved_label = desk_enum_label (DESK_TYPE_CASE_STATUS, saved_status);

  if (status == saved_status)
    {
      gtk_label_set_text (self->status_label, saved_label);
      gtk_widget_set_visible (GTK_WIDGET (self->status_hint), FALSE);
    }
  else
    {
      g_autofree char *change = NULL;
      g_autofree char *hint = NULL;
      const char *label = desk_enum_label (DESK_TYPE_CASE_STATUS, status);

      /* TRANSLATORS: a status about to change: "Open → Closed" */
      change = g_strdup_printf (_("%s → %s"), saved_label, label);
      gtk_label_set_text (self->status_label, change);
      /* TRANSLATORS: %s is the new status of the case, e.g. Closed */
      hint = g_strdup_printf (_("The case becomes “%s” when you save it. Press the button again to keep the current status."), label);
      gtk_label_set_text (self->status_hint, hint);
      gtk_widget_set_visible (GTK_WIDGET (self->status_hint), TRUE);
    }

  self->loading = TRUE;
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->status_buttons));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      DeskCaseStatus to = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), "desk-status"));

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), to == status && status != saved_status);
    }
  self->loading = FALSE;

  gtk_revealer_set_reveal_child (self->close_revealer, status == DESK_CASE_STATUS_CLOSED);
  gtk_revealer_set_reveal_child (self->reject_revealer, status == DESK_CASE_STATUS_REJECTED);
}

/* One button per step the workflow allows from the saved status. */
static void
desk_case_editor_rebuild_status_buttons (DeskCaseEditor *self)
{
  const DeskCaseStatus *next;
  DeskCaseStatus from;
  GtkWidget *child;
  guint n_next = 0;

  g_assert (DESK_IS_CASE_EDITOR (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->status_buttons))) != NULL)
    gtk_box_remove (self->status_buttons, child);

  from = desk_case_editor_saved_status (self);
  next = desk_case_next_statuses (from, &n_next);

  for (guint i = 0; i < n_next; i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_mnemonic (status_action_label (from, next[i]));

      g_object_set_data (G_OBJECT (button), "desk-status", GINT_TO_POINTER (next[i]));
      gtk_widget_set_name (button, desk_enum_nick (DESK_TYPE_CASE_STATUS, next[i]));
      g_signal_connect (button, "toggled", G_CALLBACK (status_button_toggled_cb), self);
      gtk_box_append (self->status_buttons, button);
    }

  desk_case_editor_update_status (self);
}

/* Shows the closing and rejection details of the working copy. */
static void
desk_case_editor_load_status_fields (DeskCaseEditor *self)
{
  g_autofree char *amount = NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  g_assert (DESK_IS_CASE_EDITOR (self));

  self->loading = TRUE;

  gtk_drop_down_set_selected (self->closing_drop_down,
                              find_code (self->closing_codes, desk_case_get_closing_code (self->kase)));

  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    if (outcomes[i] == desk_case_get_outcome (self->kase))
      position = i;
  gtk_drop_down_set_selected (self->outcome_drop_down, position);

  amount = desk_case_get_amount_cents (self->kase) != 0
           ? desk_money_entry_text (desk_case_get_amount_cents (self->kase)) : NULL;
  set_entry_text (self->amount_entry, amount);
  self->amount_invalid = FALSE;
  set_entry_text (self->closed_entry, desk_case_get_closed_on (self->kase));

  position = GTK_INVALID_LIST_POSITION;
  for (guint i = 0; i < G_N_ELEMENTS (rejection_reasons); i++)
    if (rejection_reasons[i] == desk_case_get_rejection_reason (self->kase))
      position = i;
  gtk_drop_down_set_selected (self->rejection_drop_down, position);

  self->loading = FALSE;
}

static void
desk_case_editor_load (DeskCaseEditor *self)
{
  GtkTextBuffer *buffer;
  const char *summary;

  g_assert (DESK_IS_CASE_EDITOR (self));

  self->loading = TRUE;

  desk_record_picker_set_record_id (self->client_picker, desk_case_get_client_id (self->kase));
  gtk_drop_down_set_selected (self->problem_drop_down,
                              find_code (self->problem_codes, desk_case_get_problem_code (self->kase)));
  set_entry_text (self->title_entry, desk_case_get_title (self->kase));
  buffer = gtk_text_view_get_buffer (self->summary_view);
  summary = desk_case_get_summary (self->kase);
  gtk_text_buffer_set_text (buffer, summary != NULL ? summary : "", -1);
  gtk_drop_down_set_selected (self->priority_drop_down, desk_case_get_priority (self->kase));
  set_entry_text (self->funding_entry, desk_case_get_funding_source (self->kase));
  desk_record_picker_set_record_id (self->volunteer_picker, desk_case_get_volunteer_id (self->kase));
  desk_record_picker_set_record_id (self->mentor_picker, desk_case_get_mentor_id (self->kase));
  set_entry_text (self->opened_entry, desk_case_get_opened_on (self->kase));

  self->loading = FALSE;

  desk_case_editor_load_status_fields (self);
  desk_case_editor_rebuild_status_buttons (self);
  desk_case_editor_update_header (self);
}

/* ---- validation ------------------------------------------------------------ */

typedef struct
{
  const char *field;
  gsize       widget_offset;
  gsize       label_offset;
} FieldPlace;

#define PLACE(name, widget, label) \
  { name, G_STRUCT_OFFSET (DeskCaseEditor, widget), G_STRUCT_OFFSET (DeskCaseEditor, label) }

static const FieldPlace field_places[] = {
  PLACE ("client-id", client_picker, client_error),
  PLACE ("problem-code", problem_drop_down, problem_error),
  PLACE ("title", title_entry, title_error),
  PLACE ("volunteer-id", volunteer_picker, volunteer_error),
  PLACE ("mentor-id", mentor_picker, mentor_error),
  PLACE ("opened-on", opened_entry, opened_error),
  PLACE ("closing-code", closing_drop_down, closing_error),
  PLACE ("outcome", outcome_drop_down, outcome_error),
  PLACE ("amount-cents", amount_entry, amount_error),
  PLACE ("closed-on", closed_entry, closed_error),
  PLACE ("rejection-reason", rejection_drop_down, rejection_error),
};

#undef PLACE

#define FIELD_MEMBER(self, offset) (*(gpointer *) G_STRUCT_MEMBER_P ((self), (offset)))

static void
desk_case_editor_show_error (DeskCaseEditor *self,
                             const char     *field,
                             const char     *message)
{
  gboolean placed = FALSE;

  g_assert (DESK_IS_CASE_EDITOR (self));

  for (guint i = 0; i < G_N_ELEMENTS (field_places); i++)
    {
      gboolean here = message != NULL && g_strcmp0 (field, field_places[i].field) == 0;

      _desk_case_editor_mark_field (FIELD_MEMBER (self, field_places[i].widget_offset),
                                    FIELD_MEMBER (self, field_places[i].label_offset),
                                    here ? message : NULL);
      placed |= here;
    }

  _desk_case_editor_mark_field (NULL, self->other_error, placed ? NULL : message);

  desk_set_str (&self->error_text, message);
  desk_set_str (&self->error_field, message != NULL ? field : NULL);
}

static void
desk_case_editor_set_can_save (DeskCaseEditor *self,
                               gboolean        can_save)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  can_save = !!can_save;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", can_save);
  if (self->can_save == can_save)
    return;

  self->can_save = can_save;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_SAVE]);
}

static void
desk_case_editor_validate (DeskCaseEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean valid;

  g_assert (DESK_IS_CASE_EDITOR (self));

  valid = desk_record_validate (DESK_RECORD (self->kase), &error);

  /* An amount that is not a number never reaches the record; it is as
   * wrong as anything the record says. */
  if (valid && self->amount_invalid && desk_case_get_status (self->kase) == DESK_CASE_STATUS_CLOSED)
    {
      g_autoptr(GError) money_error = NULL;
      gint64 cents = 0;

      if (!desk_parse_money (gtk_editable_get_text (GTK_EDITABLE (self->amount_entry)),
                              "amount-cents", &cents, &money_error))
        {
          g_propagate_error (&error, g_steal_pointer (&money_error));
          valid = FALSE;
        }
    }

  if (valid)
    desk_case_editor_show_error (self, NULL, NULL);
  else
    desk_case_editor_show_error (self, desk_error_get_field (error), error->message);

  desk_case_editor_set_can_save (self, valid && (self->modified || self->saved == NULL));
}

static void
desk_case_editor_set_modified (DeskCaseEditor *self,
                               gboolean        modified)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  modified = !!modified;
  if (self->modified != modified)
    {
      self->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
}

/* Every edit of the Details tab lands here. */
static void
desk_case_editor_changed (DeskCaseEditor *self)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  desk_case_editor_set_modified (self, TRUE);
  desk_case_editor_validate (self);
}

/* ---- Details callbacks ----------------------------------------------------- */

static void
desk_case_editor_client_changed_cb (DeskCaseEditor *self)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  desk_case_editor_update_header (self);
  if (self->loading)
    return;

  desk_case_set_client_id (self->kase, desk_record_picker_get_record_id (self->client_picker));
  desk_case_editor_changed (self);
}

static void
desk_case_editor_problem_changed_cb (DeskCaseEditor *self)
{
  DeskCode *code;

  g_assert (DESK_IS_CASE_EDITOR (self));

  if (self->loading)
    return;

  code = gtk_drop_down_get_selected_item (self->problem_drop_down);
  desk_case_set_problem_code (self->kase, code != NULL ? desk_code_get_code (code) : NULL);
  desk_case_editor_changed (self);
}

static void
desk_case_editor_title_changed_cb (DeskCaseEditor *self)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  if (self->loading)
    return;

  desk_case_set_title (self->kase, gtk_editable_get_text (GTK_EDITABLE (self->title_entry)));
  desk_case_editor_changed (self);
}

static void
desk_case_editor_summary_changed_cb (DeskCaseEditor *self,
                                     GtkTextBuffer  *buffer)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  g_assert (DESK_IS_CASE_EDITOR (self));

  if (self->loading)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  desk_case_set_summary (self->kase, text);
  desk_case_editor_changed (self);
}

static void
desk_case_editor_priority_changed_cb (DeskCaseEditor *self)
{
  guint position;

  g_assert (DESK_IS_CASE_EDITOR (self));

  if (self->loading)
    return;

  position = gtk_drop_down_get_selected (self->priority_drop_down);
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  desk_case_set_priority (self->kase, position);
  desk_case_editor_changed (self);
}

static void
desk_case_editor_funding_changed_cb (DeskCaseEditor *self)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  if (self->loading)
    return;

  desk_case_set_funding_source (self->kase, gtk_editable_get_text (GTK_EDITABLE (self->funding_entry)));
  desk_case_editor_changed (self);
}

static void
desk_case_editor_volunteer_changed_cb (DeskCaseEditor *self)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  if (self->loading)
    return;

  desk_case_set_volunteer_id (self->kase, desk_record_picker_get_record_id (self->volunteer_picker));
  desk_case_editor_changed (self);
}

static void
desk_case_editor_mentor_changed_cb (DeskCaseEditor *self)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  if (self->loading)
    return;

  desk_case_set_mentor_id (self->kase, desk_record_picker_get_record_id (self->mentor_picker));
  desk_case_editor_changed (self);
}

static void
desk_case_editor_opened_changed_cb (DeskCaseEditor *self)
{
  g_autofree char *text = NULL;

  g_assert (DESK_IS_CASE_EDITOR (self));

  if (self->loading)
    return;

  text = entry_text_or_null (self->opened_entry);
  desk_case_set_opened_on (self->kase, text);
  desk_case_editor_changed (self);
}

static void
desk_case_editor_closing_changed_cb (DeskCaseEditor *self)
{
  DeskCode *code;

  g_assert (DESK_IS_CASE_EDITOR (self));

  if (self->loading)
    return;

  code = gtk_drop_down_get_selected_item (self->closing_drop_down);
  desk_case_set_closing_code (self->kase, code != NULL ? desk_code_get_code (code) : NULL);
  desk_case_editor_changed (self);
}

static void
desk_case_editor_outcome_changed_cb (DeskCaseEditor *self)
{
  guint position;

  g_assert (DESK_IS_CASE_EDITOR (self));

  if (self->loading)
    return;

  position = gtk_drop_down_get_selected (self->outcome_drop_down);
  desk_case_set_outcome (self->kase, position < G_N_ELEMENTS (outcomes) ? outcomes[position] : DESK_OUTCOME_NONE);
  desk_case_editor_changed (self);
}

static void
desk_case_editor_amount_changed_cb (DeskCaseEditor *self)
{
  g_autoptr(GError) error = NULL;
  gint64 cents = 0;

  g_assert (DESK_IS_CASE_EDITOR (self));

  if (self->loading)
    return;

  self->amount_invalid = !desk_parse_money (gtk_editable_get_text (GTK_EDITABLE (self->amount_entry)),
                                             "amount-cents", &cents, &error);
  if (!self->amount_invalid)
    desk_case_set_amount_cents (self->kase, cents);
  desk_case_editor_changed (self);
}

static void
desk_case_editor_closed_changed_cb (DeskCaseEditor *self)
{
  g_autofree char *text = NULL;

  g_assert (DESK_IS_CASE_EDITOR (self));

  if (self->loading)
    return;

  text = entry_text_or_null (self->closed_entry);
  desk_case_set_closed_on (self->kase, text);
  desk_case_editor_changed (self);
}

static void
desk_case_editor_rejection_changed_cb (DeskCaseEditor *self)
{
  guint position;

  g_assert (DESK_IS_CASE_EDITOR (self));

  if (self->loading)
    return;

  position = gtk_drop_down_get_selected (self->rejection_drop_down);
  desk_case_set_rejection_reason (self->kase,
                                  position < G_N_ELEMENTS (rejection_reasons)
                                  ? rejection_reasons[position] : DESK_REJECTION_NONE);
  desk_case_editor_changed (self);
}

/* "New Client…" in the client picker: intake of someone who walked in. */
static void
desk_case_editor_new_client_cb (DeskCaseEditor *self)
{
  DeskClientEditor *editor;

  g_assert (DESK_IS_CASE_EDITOR (self));

  editor = desk_client_editor_open (GTK_WINDOW (self), self->store, NULL);
  g_set_weak_pointer (&self->new_client_editor, GTK_WINDOW (editor));
}

/* Brings the revealed closing or rejection section into view and focuses
 * its first field, once it has been laid out (two frames on). */
static gboolean
desk_case_editor_focus_section_tick (GtkWidget     *widget,
                                     GdkFrameClock *clock,
                                     gpointer       user_data)
{
  DeskCaseEditor *self = DESK_CASE_EDITOR (widget);
  GtkRevealer *revealer = self->focus_section;
  GtkWidget *scrolled;
  GtkWidget *content;
  graphene_rect_t bounds;

  if (revealer == NULL)
    return G_SOURCE_REMOVE;
  if (++self->focus_ticks < 2)
    return G_SOURCE_CONTINUE;

  self->focus_section = NULL;
  self->focus_tick_id = 0;

  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (revealer), GTK_TYPE_SCROLLED_WINDOW);
  content = scrolled != NULL ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)) : NULL;
  if (content != NULL && gtk_widget_compute_bounds (GTK_WIDGET (revealer), content, &bounds))
    {
      GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
      double bottom = bounds.origin.y + bounds.size.height;
      double page = gtk_adjustment_get_page_size (vadj);

      if (bottom > gtk_adjustment_get_value (vadj) + page)
        gtk_adjustment_set_value (vadj, MIN (bottom - page, bounds.origin.y));
    }

  gtk_widget_grab_focus (GTK_WIDGET (revealer == self->close_revealer
                                     ? self->closing_drop_down : self->rejection_drop_down));

  return G_SOURCE_REMOVE;
}

static void
desk_case_editor_focus_section (DeskCaseEditor *self,
                                GtkRevealer    *revealer)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  self->focus_section = revealer;
  self->focus_ticks = 0;
  if (self->focus_tick_id == 0)
    self->focus_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), desk_case_editor_focus_section_tick,
                                                        NULL, NULL);
}

/* ---- saving and closing ------------------------------------------------------ */

static gboolean
desk_case_editor_save (DeskCaseEditor  *self,
                       GError         **error)
{
  g_autoptr(DeskCase) fresh = NULL;
  g_autoptr(DeskCase) snapshot = NULL;
  gboolean was_new;
  gint64 id;

  g_assert (DESK_IS_CASE_EDITOR (self));

  if (!desk_store_save (self->store, DESK_RECORD (self->kase), error))
    return FALSE;

  was_new = self->saved == NULL;
  id = desk_record_get_id (DESK_RECORD (self->kase));

  /* Read back what the store wrote: the case number, the names it derives. */
  fresh = desk_store_get_case (self->store, id, error);
  if (fresh == NULL)
    return FALSE;
  snapshot = desk_store_get_case (self->store, id, error);
  if (snapshot == NULL)
    return FALSE;

  g_set_object (&self->kase, fresh);
  g_set_object (&self->saved, snapshot);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);

  desk_case_editor_load (self);
  desk_case_editor_set_modified (self, FALSE);
  desk_case_editor_validate (self);

  if (was_new)
    _desk_case_editor_work_load (self);

  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  DeskCaseEditor *self = DESK_CASE_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!self->can_save)
    return;

  if (!desk_case_editor_save (self, &error))
    desk_case_editor_show_error (self, desk_error_get_field (error), error->message);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
prompt_response (GtkWidget  *button,
                 const char *response)
{
  GtkWindow *prompt = GTK_WINDOW (gtk_widget_get_root (button));
  DeskCaseEditor *self = DESK_CASE_EDITOR (gtk_window_get_transient_for (prompt));
  g_autoptr(GError) error = NULL;

  gtk_window_destroy (prompt);

  if (g_strcmp0 (response, "discard") == 0)
    {
      desk_case_editor_set_modified (self, FALSE);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      if (desk_case_editor_save (self, &error))
        gtk_window_destroy (GTK_WINDOW (self));
      else
        desk_case_editor_show_error (self, desk_error_get_field (error), error->message);
    }
}

static void
prompt_discard_cb (GtkWidget *button)
{
  prompt_response (button, "discard");
}

static void
prompt_cancel_cb (GtkWidget *button)
{
  prompt_response (button, "cancel");
}

static void
prompt_save_cb (GtkWidget *button)
{
  prompt_response (button, "save");
}

static gboolean
prompt_escape_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  gtk_window_destroy (GTK_WINDOW (widget));
  return TRUE;
}

/* "Save changes to case 2026-00042?" Discard / Cancel / Save. */
static void
desk_case_editor_ask_to_save (DeskCaseEditor *self)
{
  GtkWidget *prompt;
  GtkWidget *box;
  GtkWidget *heading;
  GtkWidget *body;
  GtkWidget *buttons;
  GtkWidget *discard;
  GtkWidget *cancel;
  GtkWidget *save;
  GtkEventController *shortcuts;
  g_autofree char *question = NULL;
  const char *number = desk_case_get_case_number (self->kase);

  g_assert (DESK_IS_CASE_EDITOR (self));

  if (desk_text_is_blank (number))
    question = g_strdup (_("Save the new case?"));
  else
    /* TRANSLATORS: %s is a case number */
    question = g_strdup_printf (_("Save changes to case %s?"), number);

  prompt = gtk_window_new ();
  gtk_window_set_modal (GTK_WINDOW (prompt), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (prompt), GTK_WINDOW (self));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (prompt), TRUE);
  gtk_window_set_resizable (GTK_WINDOW (prompt), FALSE);
  gtk_window_set_title (GTK_WINDOW (prompt), question);
  gtk_widget_set_name (prompt, "save-prompt");
  gtk_widget_add_css_class (prompt, "message");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);

  heading = gtk_label_new (question);
  gtk_widget_add_css_class (heading, "title-3");
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (heading), 40);
  gtk_box_append (GTK_BOX (box), heading);

  body = gtk_label_new (self->can_save
                        ? _("If you close without saving, your changes are lost.")
                        : _("The case cannot be saved as it is. If you close it now, your changes are lost."));
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (body), 40);
  gtk_box_append (GTK_BOX (box), body);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_margin_top (buttons, 12);
  discard = gtk_button_new_with_mnemonic (_("_Discard"));
  gtk_widget_add_css_class (discard, "destructive-action");
  gtk_widget_set_name (discard, "discard");
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_widget_set_name (cancel, "cancel");
  save = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_name (save, "save");
  gtk_widget_set_sensitive (save, self->can_save);
  g_signal_connect (discard, "clicked", G_CALLBACK (prompt_discard_cb), NULL);
  g_signal_connect (cancel, "clicked", G_CALLBACK (prompt_cancel_cb), NULL);
  g_signal_connect (save, "clicked", G_CALLBACK (prompt_save_cb), NULL);
  gtk_box_append (GTK_BOX (buttons), discard);
  gtk_box_append (GTK_BOX (buttons), cancel);
  gtk_box_append (GTK_BOX (buttons), save);
  gtk_box_append (GTK_BOX (box), buttons);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_callback_action_new (prompt_escape_cb, NULL, NULL)));
  gtk_widget_add_controller (prompt, shortcuts);

  gtk_window_set_child (GTK_WINDOW (prompt), box);
  gtk_window_set_default_widget (GTK_WINDOW (prompt), self->can_save ? save : cancel);
  gtk_window_present (GTK_WINDOW (prompt));
  gtk_widget_grab_focus (self->can_save ? save : cancel);
}

static gboolean
desk_case_editor_close_request (GtkWindow *window)
{
  DeskCaseEditor *self = DESK_CASE_EDITOR (window);

  if (self->modified)
    {
      desk_case_editor_ask_to_save (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (desk_case_editor_parent_class)->close_request (window);
}

/* ---- undo --------------------------------------------------------------------- */

typedef struct
{
  DeskStore  *store;
  DeskRecord *record;
} Archived;

static void
archived_free (gpointer data)
{
  Archived *archived = data;

  g_object_unref (archived->store);
  g_object_unref (archived->record);
  g_free (archived);
}

static void
archived_undo (gpointer data)
{
  Archived *archived = data;
  g_autoptr(GError) error = NULL;

  if (!desk_store_restore (archived->store, archived->record, &error))
    g_warning ("Cannot restore the %s: %s", desk_record_get_entity (archived->record), error->message);
}

void
_desk_case_editor_show_undo (DeskCaseEditor *self,
                             const char     *message,
                             DeskRecord     *archived_record)
{
  Archived *archived;

  g_assert (DESK_IS_CASE_EDITOR (self));

  archived = g_new0 (Archived, 1);
  archived->store = g_object_ref (self->store);
  archived->record = g_object_ref (archived_record);
  desk_undo_bar_show (self->undo_bar, message, archived_undo, archived, archived_free);
}

/* ---- the object ------------------------------------------------------------- */

static void
desk_case_editor_store_changed_cb (DeskCaseEditor *self,
                                   const char     *entity,
                                   gint64          id,
                                   DeskChangeKind  kind,
                                   DeskStore      *store)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  /* A client made through "New Client…" becomes this case's client. */
  if (g_strcmp0 (entity, "client") == 0 && kind == DESK_CHANGE_CREATED &&
      DESK_IS_CLIENT_EDITOR (self->new_client_editor) &&
      desk_record_get_id (DESK_RECORD (desk_client_editor_get_client (DESK_CLIENT_EDITOR (self->new_client_editor)))) == id)
    {
      g_clear_weak_pointer (&self->new_client_editor);
      desk_record_picker_set_record_id (self->client_picker, id);
    }

  _desk_case_editor_work_store_changed (self, entity);
}

static void
desk_case_editor_constructed (GObject *object)
{
  DeskCaseEditor *self = (DeskCaseEditor *)object;
  g_autoptr(GError) error = NULL;
  gint64 id = self->kase != NULL ? desk_record_get_id (DESK_RECORD (self->kase)) : 0;

  G_OBJECT_CLASS (desk_case_editor_parent_class)->constructed (object);

  g_return_if_fail (DESK_IS_STORE (self->store));

  /* Edit a copy of our own: lists show the stored case until Save. */
  g_clear_object (&self->kase);
  if (id > 0)
    {
      self->kase = desk_store_get_case (self->store, id, &error);
      if (self->kase != NULL)
        self->saved = desk_store_get_case (self->store, id, NULL);
      else
        g_warning ("Cannot open case %" G_GINT64_FORMAT ": %s", id, error->message);
    }
  if (self->kase == NULL)
    self->kase = desk_case_new ();

  /* Setting a model selects its first row: that is no choice of the person's. */
  self->loading = TRUE;
  self->problem_codes = desk_store_list_problem_codes (self->store, &error);
  if (self->problem_codes == NULL)
    {
      g_warning ("Cannot list the LSC problem codes: %s", error->message);
      g_clear_error (&error);
    }
  gtk_drop_down_set_model (self->problem_drop_down, self->problem_codes);

  self->closing_codes = desk_store_list_closing_codes (self->store, &error);
  if (self->closing_codes == NULL)
    {
      g_warning ("Cannot list the LSC closing codes: %s", error->message);
      g_clear_error (&error);
    }
  gtk_drop_down_set_model (self->closing_drop_down, self->closing_codes);

  desk_record_picker_set_store (self->client_picker, self->store);
  desk_record_picker_set_store (self->volunteer_picker, self->store);
  desk_record_picker_set_store (self->mentor_picker, self->store);
  desk_record_picker_set_store (self->time_volunteer_picker, self->store);
  self->loading = FALSE;

  self->changed_handler = g_signal_connect_object (self->store, "changed",
                                                   G_CALLBACK (desk_case_editor_store_changed_cb),
                                                   self, G_CONNECT_SWAPPED);

  desk_case_editor_load (self);
  desk_case_editor_validate (self);

  if (self->saved != NULL)
    _desk_case_editor_work_load (self);
}

static void
desk_case_editor_dispose (GObject *object)
{
  DeskCaseEditor *self = (DeskCaseEditor *)object;

  _desk_case_editor_work_dispose (self);
  g_clear_weak_pointer (&self->new_client_editor);
  if (self->focus_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->focus_tick_id);
  self->focus_tick_id = 0;
  self->focus_section = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_CASE_EDITOR);

  g_clear_object (&self->kase);
  g_clear_object (&self->saved);
  g_clear_object (&self->problem_codes);
  g_clear_object (&self->closing_codes);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (desk_case_editor_parent_class)->dispose (object);
}

static void
desk_case_editor_finalize (GObject *object)
{
  DeskCaseEditor *self = (DeskCaseEditor *)object;

  g_free (self->documents_dir);
  g_free (self->error_text);
  g_free (self->error_field);

  G_OBJECT_CLASS (desk_case_editor_parent_class)->finalize (object);
}

static void
desk_case_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DeskCaseEditor *self = DESK_CASE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CASE:
      g_value_set_object (value, self->kase);
      break;

    case PROP_DOCUMENTS_DIR:
      g_value_set_string (value, desk_case_editor_get_documents_dir (self));
      break;

    case PROP_CAN_SAVE:
      g_value_set_boolean (value, self->can_save);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_case_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DeskCaseEditor *self = DESK_CASE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_CASE:
      self->kase = g_value_dup_object (value);
      break;

    case PROP_DOCUMENTS_DIR:
      desk_case_editor_set_documents_dir (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_case_editor_class_init (DeskCaseEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = desk_case_editor_constructed;
  object_class->dispose = desk_case_editor_dispose;
  object_class->finalize = desk_case_editor_finalize;
  object_class->get_property = desk_case_editor_get_property;
  object_class->set_property = desk_case_editor_set_property;

  window_class->close_request = desk_case_editor_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DESK_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         DESK_TYPE_CASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DOCUMENTS_DIR] =
    g_param_spec_string ("documents-dir", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_SAVE] =
    g_param_spec_boolean ("can-save", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DESK_TYPE_RECORD_PICKER);
  g_type_ensure (DESK_TYPE_UNDO_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-case-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, undo_bar);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, stack_switcher);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, client_picker);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, client_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, problem_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, problem_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, title_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, summary_view);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, priority_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, funding_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, volunteer_picker);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, volunteer_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, mentor_picker);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, mentor_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, opened_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, opened_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, status_buttons);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, status_hint);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, close_revealer);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, closing_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, closing_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, outcome_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, outcome_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, amount_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, amount_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, closed_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, closed_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, reject_revealer);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, rejection_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, rejection_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, new_case_hint);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, other_error);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_client_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_problem_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_priority_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_funding_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_volunteer_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_mentor_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_opened_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_closing_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_outcome_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_amount_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_closed_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_rejection_changed_cb);

  _desk_case_editor_work_class_init (widget_class);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
desk_case_editor_init (DeskCaseEditor *self)
{
  static const int priorities[] = {
    DESK_PRIORITY_LOW, DESK_PRIORITY_NORMAL, DESK_PRIORITY_HIGH, DESK_PRIORITY_URGENT,
  };
  g_autoptr(GListModel) priority_labels = NULL;
  g_autoptr(GListModel) outcome_labels = NULL;
  g_autoptr(GListModel) rejection_labels = NULL;

  self->loading = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);

  priority_labels = enum_labels (DESK_TYPE_PRIORITY, priorities, G_N_ELEMENTS (priorities));
  gtk_drop_down_set_model (self->priority_drop_down, priority_labels);
  outcome_labels = enum_labels (DESK_TYPE_OUTCOME, (const int *) outcomes, G_N_ELEMENTS (outcomes));
  gtk_drop_down_set_model (self->outcome_drop_down, outcome_labels);
  rejection_labels = enum_labels (DESK_TYPE_REJECTION_REASON, (const int *) rejection_reasons,
                                  G_N_ELEMENTS (rejection_reasons));
  gtk_drop_down_set_model (self->rejection_drop_down, rejection_labels);

  setup_code_drop_down (self->problem_drop_down);
  setup_code_drop_down (self->closing_drop_down);

  desk_record_picker_set_placeholder (self->client_picker, _("Choose a client…"));
  desk_record_picker_set_show_new (self->client_picker, TRUE);
  g_signal_connect_object (self->client_picker, "new-requested",
                           G_CALLBACK (desk_case_editor_new_client_cb), self, G_CONNECT_SWAPPED);
  desk_record_picker_set_placeholder (self->volunteer_picker, _("Not placed yet"));
  desk_record_picker_set_none_label (self->volunteer_picker, _("No volunteer"));
  desk_record_picker_set_placeholder (self->mentor_picker, _("No mentor"));
  desk_record_picker_set_none_label (self->mentor_picker, _("No mentor"));

  desk_date_entry_setup (self->opened_entry);
  desk_date_entry_setup (self->closed_entry);

  g_signal_connect_object (gtk_text_view_get_buffer (self->summary_view), "changed",
                           G_CALLBACK (desk_case_editor_summary_changed_cb), self, G_CONNECT_SWAPPED);

  _desk_case_editor_work_init (self);

  self->loading = FALSE;
}

/* ---- public API ------------------------------------------------------------- */

DeskCaseEditor *
desk_case_editor_find (DeskStore *store,
                       gint64     case_id)
{
  g_autoptr(GList) toplevels = NULL;

  g_return_val_if_fail (DESK_IS_STORE (store), NULL);

  if (case_id <= 0)
    return NULL;

  toplevels = gtk_window_list_toplevels ();
  for (const GList *iter = toplevels; iter != NULL; iter = iter->next)
    {
      DeskCaseEditor *editor = iter->data;

      if (DESK_IS_CASE_EDITOR (editor) &&
          editor->store == store &&
          editor->saved != NULL &&
          desk_record_get_id (DESK_RECORD (editor->saved)) == case_id)
        return editor;
    }

  return NULL;
}

DeskCaseEditor *
desk_case_editor_open (GtkWindow *parent,
                       DeskStore *store,
                       DeskCase  *kase)
{
  DeskCaseEditor *editor = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (kase == NULL || DESK_IS_CASE (kase), NULL);

  if (kase != NULL)
    editor = desk_case_editor_find (store, desk_record_get_id (DESK_RECORD (kase)));

  if (editor == NULL)
    {
      editor = g_object_new (DESK_TYPE_CASE_EDITOR,
                             "store", store,
                             "case", kase,
                             "transient-for", parent,
                             "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                             NULL);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (editor), TRUE);
    }

  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}

DeskStore *
desk_case_editor_get_store (DeskCaseEditor *self)
{
  g_return_val_if_fail (DESK_IS_CASE_EDITOR (self), NULL);

  return self->store;
}

DeskCase *
desk_case_editor_get_case (DeskCaseEditor *self)
{
  g_return_val_if_fail (DESK_IS_CASE_EDITOR (self), NULL);

  return self->kase;
}

const char *
desk_case_editor_get_documents_dir (DeskCaseEditor *self)
{
  g_return_val_if_fail (DESK_IS_CASE_EDITOR (self), NULL);

  if (self->documents_dir == NULL)
    self->documents_dir = desk_documents_default_dir ();

  return self->documents_dir;
}

void
desk_case_editor_set_documents_dir (DeskCaseEditor *self,
                                    const char     *documents_dir)
{
  g_return_if_fail (DESK_IS_CASE_EDITOR (self));

  if (desk_set_str (&self->documents_dir, documents_dir))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENTS_DIR]);
}

gboolean
desk_case_editor_get_can_save (DeskCaseEditor *self)
{
  g_return_val_if_fail (DESK_IS_CASE_EDITOR (self), FALSE);

  return self->can_save;
}

gboolean
desk_case_editor_get_modified (DeskCaseEditor *self)
{
  g_return_val_if_fail (DESK_IS_CASE_EDITOR (self), FALSE);

  return self->modified;
}

const char *
desk_case_editor_get_error_text (DeskCaseEditor *self)
{
  g_return_val_if_fail (DESK_IS_CASE_EDITOR (self), NULL);

  return self->error_text;
}

const char *
desk_case_editor_get_error_field (DeskCaseEditor *self)
{
  g_return_val_if_fail (DESK_IS_CASE_EDITOR (self), NULL);

  return self->error_field;
}

const char *
desk_case_editor_get_page (DeskCaseEditor *self)
{
  g_return_val_if_fail (DESK_IS_CASE_EDITOR (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

void
desk_case_editor_set_page (DeskCaseEditor *self,
                           const char     *name)
{
  GtkWidget *child;

  g_return_if_fail (DESK_IS_CASE_EDITOR (self));
  g_return_if_fail (name != NULL);

  child = gtk_stack_get_child_by_name (self->stack, name);
  g_return_if_fail (child != NULL);
  g_return_if_fail (gtk_stack_page_get_visible (gtk_stack_get_page (self->stack, child)));

  gtk_stack_set_visible_child (self->stack, child);
}

gboolean
desk_case_editor_change_status (DeskCaseEditor *self,
                                DeskCaseStatus  to)
{
  g_autoptr(GError) error = NULL;
  DeskCase *base;

  g_return_val_if_fail (DESK_IS_CASE_EDITOR (self), FALSE);

  /* Each step starts from the saved status, so choosing "Close" after
   * "Place" is a choice between the two, not a chain of them. */
  base = self->saved;
  g_object_freeze_notify (G_OBJECT (self->kase));
  desk_case_set_status (self->kase, base != NULL ? desk_case_get_status (base) : DESK_CASE_STATUS_INTAKE);
  desk_case_set_closing_code (self->kase, base != NULL ? desk_case_get_closing_code (base) : NULL);
  desk_case_set_closed_on (self->kase, base != NULL ? desk_case_get_closed_on (base) : NULL);
  desk_case_set_outcome (self->kase, base != NULL ? desk_case_get_outcome (base) : DESK_OUTCOME_NONE);
  desk_case_set_amount_cents (self->kase, base != NULL ? desk_case_get_amount_cents (base) : 0);
  desk_case_set_rejection_reason (self->kase, base != NULL ? desk_case_get_rejection_reason (base) : DESK_REJECTION_NONE);
  g_object_thaw_notify (G_OBJECT (self->kase));

  if (!desk_case_change_status (self->kase, to, &error))
    {
      desk_case_editor_update_status (self);
      desk_case_editor_show_error (self, desk_error_get_field (error), error->message);
      return FALSE;
    }

  desk_case_editor_load_status_fields (self);
  desk_case_editor_update_status (self);
  desk_case_editor_changed (self);

  /* What the new status asks for is the next thing to fill in. */
  if (to == DESK_CASE_STATUS_CLOSED)
    desk_case_editor_focus_section (self, self->close_revealer);
  else if (to == DESK_CASE_STATUS_REJECTED)
    desk_case_editor_focus_section (self, self->reject_revealer);
  else if (to == DESK_CASE_STATUS_PLACED && desk_case_get_volunteer_id (self->kase) <= 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->volunteer_picker));

  return TRUE;
}
