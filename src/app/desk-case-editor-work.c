/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-case-editor"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "desk-case-editor-private.h"
#include "desk-date-entry.h"
#include "desk-column.h"
#include "desk-conflict-window.h"
#include "desk-documents.h"
#include "desk-error.h"
#include "desk-gtk-compat.h"
#include "desk-labels.h"

/* The tabs of the case editor whose entries are saved as they are added:
 * adverse parties (after a conflict check), deadlines, notes, time entries
 * and documents.  They exist once the case has an id. */

static const char * const work_pages[] = { "parties", "deadlines", "notes", "time", "documents" };

static gint64
case_id (DeskCaseEditor *self)
{
  return desk_record_get_id (DESK_RECORD (self->kase));
}

static char *
hours_text (gint64 tenths)
{
  /* TRANSLATORS: hours with one decimal, e.g. "1.5" */
  return g_strdup_printf (_("%.1f"), tenths / 10.0);
}

/* "2026-06-15 14:05" in local time for a stored UTC timestamp. */
static char *
local_time_text (const char *timestamp)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (timestamp == NULL || *timestamp == '\0')
    return g_strdup ("");

  when = g_date_time_new_from_iso8601 (timestamp, utc);
  if (when == NULL)
    return g_strdup (timestamp);

  local = g_date_time_to_local (when);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static const char *
str_or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static void
update_list_stack (GtkStack   *stack,
                   GListModel *model)
{
  gboolean has_items = model != NULL && g_list_model_get_n_items (model) > 0;

  gtk_stack_set_visible_child_name (stack, has_items ? "list" : "empty");
}

/* ---- cell texts ----------------------------------------------------------------- */

static char *
party_name_text (gpointer item)
{
  return g_strdup (desk_party_get_name (item));
}

static char *
party_role_text (gpointer item)
{
  return g_strdup (desk_enum_label (DESK_TYPE_PARTY_ROLE, desk_party_get_role (item)));
}

static char *
deadline_date_text (gpointer item)
{
  return g_strdup (desk_deadline_get_due_on (item));
}

static char *
deadline_time_text (gpointer item)
{
  return g_strdup (desk_deadline_get_due_time (item));
}

static char *
deadline_kind_text (gpointer item)
{
  return g_strdup (desk_enum_label (DESK_TYPE_DEADLINE_KIND, desk_deadline_get_kind (item)));
}

static char *
deadline_description_text (gpointer item)
{
  return g_strdup (desk_deadline_get_description (item));
}

static char *
time_date_text (gpointer item)
{
  return g_strdup (desk_time_entry_get_worked_on (item));
}

static char *
time_volunteer_text (gpointer item)
{
  return g_strdup (desk_time_entry_get_volunteer_name (item));
}

static char *
time_hours_text (gpointer item)
{
  return hours_text (desk_time_entry_get_tenths (item));
}

static char *
time_activity_text (gpointer item)
{
  return g_strdup (desk_time_entry_get_activity (item));
}

static char *
document_name_text (gpointer item)
{
  return g_strdup (desk_document_get_file_name (item));
}

static char *
document_size_text (gpointer item)
{
  return g_format_size (desk_document_get_size_bytes (item));
}

static char *
document_added_text (gpointer item)
{
  g_autofree char *local = local_time_text (desk_record_get_created_at (item));

  /* The day is enough in a list; the minute is in the tooltip of nothing. */
  if (strlen (local) > 10)
    local[10] = '\0';
  return g_steal_pointer (&local);
}

/* ---- states --------------------------------------------------------------------- */

static void
desk_case_editor_update_parties (DeskCaseEditor *self)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  update_list_stack (self->parties_stack, self->parties);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove-party",
                                 gtk_single_selection_get_selected_item (self->parties_selection) != NULL);
}

static void
desk_case_editor_update_deadlines (DeskCaseEditor *self)
{
  DeskDeadline *selected;

  g_assert (DESK_IS_CASE_EDITOR (self));

  update_list_stack (self->deadlines_stack, self->deadlines);

  selected = gtk_single_selection_get_selected_item (self->deadlines_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.edit-deadline", selected != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.toggle-deadline-done", selected != NULL);
  gtk_button_set_label (self->deadline_done_button,
                        selected != NULL && desk_deadline_get_done (selected) ? _("_Mark Not Done") : _("_Mark Done"));
}

static void
desk_case_editor_update_notes (DeskCaseEditor *self)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  update_list_stack (self->notes_stack, self->notes);
}

static void
desk_case_editor_update_time (DeskCaseEditor *self)
{
  g_autoptr(GArray) per_volunteer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *total_text = NULL;
  gint64 total = 0;

  g_assert (DESK_IS_CASE_EDITOR (self));

  update_list_stack (self->time_stack, self->time_entries);

  if (self->store == NULL || case_id (self) <= 0)
    return;

  if (!desk_store_total_hours (self->store, case_id (self), &total, &per_volunteer, &error))
    {
      gtk_label_set_text (self->time_total_label, error->message);
      return;
    }

  total_text = hours_text (total);
  /* TRANSLATORS: the total of the hours logged on a case, e.g. "Total: 1.5 hours" */
  g_string_append_printf (text, ngettext ("Total: %s hour", "Total: %s hours", total == 10 ? 1 : 2), total_text);

  for (guint i = 0; per_volunteer != NULL && i < per_volunteer->len; i++)
    {
      DeskCount *count = &g_array_index (per_volunteer, DeskCount, i);
      g_autofree char *hours = hours_text (count->count);

      /* TRANSLATORS: one volunteer's hours under the total: "Margaret Chen: 1.5 h" */
      g_string_append_printf (text, _("\n%s: %s h"), count->label, hours);
    }

  gtk_label_set_text (self->time_total_label, text->str);
}

static void
desk_case_editor_update_documents (DeskCaseEditor *self)
{
  gboolean selected;

  g_assert (DESK_IS_CASE_EDITOR (self));

  update_list_stack (self->documents_stack, self->documents);
  selected = gtk_single_selection_get_selected_item (self->documents_selection) != NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.open-document", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove-document", selected);
}

/* ---- parties -------------------------------------------------------------------- */

static void
desk_case_editor_party_form_changed_cb (DeskCaseEditor *self)
{
  const char *name;

  g_assert (DESK_IS_CASE_EDITOR (self));

  name = gtk_editable_get_text (GTK_EDITABLE (self->party_name_entry));
  gtk_widget_set_sensitive (GTK_WIDGET (self->party_add_button),
                            !desk_text_is_blank (name) && !self->checking_party);
  _desk_case_editor_mark_field (GTK_WIDGET (self->party_name_entry), self->party_error, NULL);
}

static DeskParty *
desk_case_editor_party_from_form (DeskCaseEditor *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->party_name_entry))));
  DeskParty *party = desk_party_new ();
  guint role = gtk_drop_down_get_selected (self->party_role_drop_down);

  desk_party_set_case_id (party, case_id (self));
  desk_party_set_name (party, name);
  desk_party_set_role (party, role != GTK_INVALID_LIST_POSITION ? (DeskPartyRole) role : DESK_PARTY_OPPOSING_PARTY);

  return party;
}

static void
desk_case_editor_party_checked_cb (GObject      *object,
                                   GAsyncResult *result,
                                   gpointer      user_data)
{
  g_autoptr(DeskCaseEditor) self = user_data;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(DeskParty) party = NULL;
  g_autoptr(GError) error = NULL;
  gboolean go_ahead;

  go_ahead = desk_conflict_window_check_finish (result, &hits, &error);

  /* The editor was closed while the question was open. */
  if (self->store == NULL)
    return;

  self->checking_party = FALSE;
  desk_case_editor_party_form_changed_cb (self);

  if (error != NULL)
    {
      _desk_case_editor_mark_field (GTK_WIDGET (self->party_name_entry), self->party_error, error->message);
      return;
    }
  if (!go_ahead)
    return;

  party = desk_case_editor_party_from_form (self);
  if (!desk_store_save (self->store, DESK_RECORD (party), &error))
    {
      _desk_case_editor_mark_field (GTK_WIDGET (self->party_name_entry), self->party_error, error->message);
      return;
    }

  if (!desk_store_audit_conflict_check (self->store, "party", desk_record_get_id (DESK_RECORD (party)),
                                        desk_party_get_name (party), hits,
                                        hits != NULL && hits->len > 0 ? "no-conflict" : "no-hits", &error))
    g_warning ("Cannot record the conflict check of %s: %s", desk_party_get_name (party), error->message);

  gtk_editable_set_text (GTK_EDITABLE (self->party_name_entry), "");
  gtk_drop_down_set_selected (self->party_role_drop_down, DESK_PARTY_OPPOSING_PARTY);
  gtk_widget_grab_focus (GTK_WIDGET (self->party_name_entry));
}

static void
desk_case_editor_party_add_cb (DeskCaseEditor *self)
{
  g_autoptr(DeskParty) party = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (DESK_IS_CASE_EDITOR (self));

  if (self->checking_party || case_id (self) <= 0)
    return;

  party = desk_case_editor_party_from_form (self);
  if (!desk_record_validate (DESK_RECORD (party), &error))
    {
      _desk_case_editor_mark_field (GTK_WIDGET (self->party_name_entry), self->party_error, error->message);
      return;
    }

  /* Nobody is added before the clinic knows whether it already acts for
   * them or against them. */
  self->checking_party = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->party_add_button), FALSE);
  desk_conflict_window_check_async (GTK_WINDOW (self), self->store, desk_party_get_name (party), "party", 0,
                                    self->cancellable, desk_case_editor_party_checked_cb, g_object_ref (self));
}

static void
remove_party_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  DeskCaseEditor *self = DESK_CASE_EDITOR (widget);
  g_autoptr(DeskParty) party = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  DeskParty *selected;

  selected = gtk_single_selection_get_selected_item (self->parties_selection);
  if (selected == NULL)
    return;
  party = g_object_ref (selected);

  if (!desk_store_archive (self->store, DESK_RECORD (party), &error))
    {
      _desk_case_editor_mark_field (NULL, self->party_error, error->message);
      return;
    }

  /* TRANSLATORS: shown with an Undo button; %s is the name of an adverse party */
  message = g_strdup_printf (_("“%s” removed from the adverse parties"), desk_party_get_name (party));
  _desk_case_editor_show_undo (self, message, DESK_RECORD (party));
}

/* ---- deadlines ------------------------------------------------------------------ */

static void
done_toggled_cb (GtkCheckButton *check,
                 GtkListItem    *list_item)
{
  DeskCaseEditor *self = DESK_CASE_EDITOR (gtk_widget_get_root (GTK_WIDGET (check)));
  DeskDeadline *deadline = gtk_list_item_get_item (list_item);
  g_autoptr(GError) error = NULL;
  gboolean done = gtk_check_button_get_active (check);

  if (deadline == NULL || desk_deadline_get_done (deadline) == done)
    return;

  desk_deadline_set_done (deadline, done);
  if (!desk_store_save (self->store, DESK_RECORD (deadline), &error))
    {
      desk_deadline_set_done (deadline, !done);
      gtk_check_button_set_active (check, !done);
      _desk_case_editor_mark_field (NULL, self->deadline_error, error->message);
    }
}

static void
done_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Done"),
                                  -1);
  g_signal_connect (check, "toggled", G_CALLBACK (done_toggled_cb), list_item);
  gtk_list_item_set_child (list_item, check);
}

static void
done_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *check = gtk_list_item_get_child (list_item);
  DeskDeadline *deadline = gtk_list_item_get_item (list_item);

  g_signal_handlers_block_by_func (check, done_toggled_cb, list_item);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), deadline != NULL && desk_deadline_get_done (deadline));
  g_signal_handlers_unblock_by_func (check, done_toggled_cb, list_item);
}

static void
desk_case_editor_reset_deadline_form (DeskCaseEditor *self)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  g_clear_object (&self->editing_deadline);
  gtk_label_set_text (self->deadline_form_title, _("Add a deadline"));
  gtk_button_set_label (self->deadline_save_button, _("_Add Deadline"));
  gtk_widget_set_visible (GTK_WIDGET (self->deadline_cancel_button), FALSE);
  gtk_drop_down_set_selected (self->deadline_kind_drop_down, DESK_DEADLINE_COURT_DATE);
  gtk_editable_set_text (GTK_EDITABLE (self->deadline_date_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->deadline_time_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->deadline_description_entry), "");
  _desk_case_editor_mark_field (GTK_WIDGET (self->deadline_date_entry), NULL, NULL);
  _desk_case_editor_mark_field (GTK_WIDGET (self->deadline_time_entry), NULL, NULL);
  _desk_case_editor_mark_field (GTK_WIDGET (self->deadline_description_entry), self->deadline_error, NULL);
}

static void
desk_case_editor_deadline_form_changed_cb (DeskCaseEditor *self)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  _desk_case_editor_mark_field (GTK_WIDGET (self->deadline_date_entry), NULL, NULL);
  _desk_case_editor_mark_field (GTK_WIDGET (self->deadline_time_entry), NULL, NULL);
  _desk_case_editor_mark_field (GTK_WIDGET (self->deadline_description_entry), self->deadline_error, NULL);
}

static void
desk_case_editor_deadline_save_cb (DeskCaseEditor *self)
{
  g_autoptr(DeskDeadline) deadline = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autofree char *description = NULL;
  guint kind;

  g_assert (DESK_IS_CASE_EDITOR (self));

  if (case_id (self) <= 0)
    return;

  deadline = self->editing_deadline != NULL ? g_object_ref (self->editing_deadline) : desk_deadline_new ();
  date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->deadline_date_entry))));
  time = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->deadline_time_entry))));
  description = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->deadline_description_entry))));
  kind = gtk_drop_down_get_selected (self->deadline_kind_drop_down);

  desk_deadline_set_case_id (deadline, case_id (self));
  desk_deadline_set_kind (deadline, kind != GTK_INVALID_LIST_POSITION ? (DeskDeadlineKind) kind : DESK_DEADLINE_OTHER);
  desk_deadline_set_due_on (deadline, *date != '\0' ? date : NULL);
  desk_deadline_set_due_time (deadline, *time != '\0' ? time : NULL);
  desk_deadline_set_description (deadline, description);

  if (!desk_store_save (self->store, DESK_RECORD (deadline), &error))
    {
      const char *field = desk_error_get_field (error);
      GtkWidget *at_fault = GTK_WIDGET (self->deadline_description_entry);

      if (g_strcmp0 (field, "due-on") == 0)
        at_fault = GTK_WIDGET (self->deadline_date_entry);
      else if (g_strcmp0 (field, "due-time") == 0)
        at_fault = GTK_WIDGET (self->deadline_time_entry);

      _desk_case_editor_mark_field (at_fault, self->deadline_error, error->message);
      gtk_widget_grab_focus (at_fault);
      return;
    }

  desk_case_editor_reset_deadline_form (self);
}

static void
desk_case_editor_deadline_cancel_cb (DeskCaseEditor *self)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  desk_case_editor_reset_deadline_form (self);
}

static void
desk_case_editor_edit_deadline (DeskCaseEditor *self,
                                DeskDeadline   *deadline)
{
  g_autoptr(GError) error = NULL;

  g_assert (DESK_IS_CASE_EDITOR (self));

  /* A copy of our own: Cancel leaves the list as it was. */
  g_clear_object (&self->editing_deadline);
  self->editing_deadline = desk_store_get (self->store, DESK_TYPE_DEADLINE,
                                           desk_record_get_id (DESK_RECORD (deadline)), &error);
  if (self->editing_deadline == NULL)
    {
      _desk_case_editor_mark_field (NULL, self->deadline_error, error->message);
      return;
    }

  gtk_label_set_text (self->deadline_form_title, _("Edit the deadline"));
  gtk_button_set_label (self->deadline_save_button, _("_Save Deadline"));
  gtk_widget_set_visible (GTK_WIDGET (self->deadline_cancel_button), TRUE);
  gtk_drop_down_set_selected (self->deadline_kind_drop_down, desk_deadline_get_kind (self->editing_deadline));
  gtk_editable_set_text (GTK_EDITABLE (self->deadline_date_entry),
                         str_or_empty (desk_deadline_get_due_on (self->editing_deadline)));
  gtk_editable_set_text (GTK_EDITABLE (self->deadline_time_entry),
                         str_or_empty (desk_deadline_get_due_time (self->editing_deadline)));
  gtk_editable_set_text (GTK_EDITABLE (self->deadline_description_entry),
                         str_or_empty (desk_deadline_get_description (self->editing_deadline)));
  gtk_widget_grab_focus (GTK_WIDGET (self->deadline_date_entry));
}

static void
desk_case_editor_deadline_activate_cb (DeskCaseEditor *self,
                                       guint           position)
{
  g_autoptr(DeskDeadline) deadline = NULL;

  g_assert (DESK_IS_CASE_EDITOR (self));

  deadline = g_list_model_get_item (self->deadlines, position);
  if (deadline != NULL)
    desk_case_editor_edit_deadline (self, deadline);
}

static void
edit_deadline_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  DeskCaseEditor *self = DESK_CASE_EDITOR (widget);
  DeskDeadline *selected = gtk_single_selection_get_selected_item (self->deadlines_selection);

  if (selected != NULL)
    desk_case_editor_edit_deadline (self, selected);
}

static void
toggle_deadline_done_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  DeskCaseEditor *self = DESK_CASE_EDITOR (widget);
  g_autoptr(DeskDeadline) deadline = NULL;
  g_autoptr(GError) error = NULL;
  DeskDeadline *selected;

  selected = gtk_single_selection_get_selected_item (self->deadlines_selection);
  if (selected == NULL)
    return;

  deadline = desk_store_get (self->store, DESK_TYPE_DEADLINE, desk_record_get_id (DESK_RECORD (selected)), &error);
  if (deadline != NULL)
    {
      desk_deadline_set_done (deadline, !desk_deadline_get_done (deadline));
      if (desk_store_save (self->store, DESK_RECORD (deadline), &error))
        return;
    }

  _desk_case_editor_mark_field (NULL, self->deadline_error, error->message);
}

/* ---- notes ---------------------------------------------------------------------- */

/* Notes are signed with the name set in Preferences, or the computer's
 * account name when none is set. */
static char *
desk_case_editor_note_author (DeskCaseEditor *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "staff-name");

  if (!desk_text_is_blank (name))
    return g_strstrip (g_steal_pointer (&name));

  return g_strdup (g_get_real_name ());
}

static void
desk_case_editor_update_note_author (DeskCaseEditor *self)
{
  g_autofree char *author = desk_case_editor_note_author (self);
  g_autofree char *text = NULL;

  g_assert (DESK_IS_CASE_EDITOR (self));

  /* TRANSLATORS: under the new note; %s is the staff member's name */
  text = g_strdup_printf (_("Signed “%s” (the staff name in Preferences)."), author);
  gtk_label_set_text (self->note_author_label, text);
}

static char *
note_buffer_text (DeskCaseEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
desk_case_editor_note_changed_cb (DeskCaseEditor *self)
{
  g_autofree char *text = note_buffer_text (self);

  g_assert (DESK_IS_CASE_EDITOR (self));

  gtk_widget_set_sensitive (GTK_WIDGET (self->note_add_button), !desk_text_is_blank (text));
  _desk_case_editor_mark_field (NULL, self->note_error, NULL);
}

static void
desk_case_editor_note_add_cb (DeskCaseEditor *self)
{
  g_autoptr(DeskNote) note = desk_note_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = note_buffer_text (self);
  g_autofree char *author = desk_case_editor_note_author (self);

  g_assert (DESK_IS_CASE_EDITOR (self));

  if (case_id (self) <= 0)
    return;

  desk_note_set_case_id (note, case_id (self));
  desk_note_set_author (note, author);
  desk_note_set_body (note, g_strstrip (text));

  if (!desk_store_save (self->store, DESK_RECORD (note), &error))
    {
      _desk_case_editor_mark_field (NULL, self->note_error, error->message);
      return;
    }

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), "", -1);
}

static void
note_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *meta = gtk_label_new (NULL);
  GtkWidget *body = gtk_label_new (NULL);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_label_set_xalign (GTK_LABEL (meta), 0.0f);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_add_css_class (meta, "caption");
  gtk_label_set_xalign (GTK_LABEL (body), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (body), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);
  gtk_box_append (GTK_BOX (box), meta);
  gtk_box_append (GTK_BOX (box), body);
  gtk_list_item_set_child (list_item, box);
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
note_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *meta = gtk_widget_get_first_child (box);
  GtkWidget *body = gtk_widget_get_next_sibling (meta);
  DeskNote *note = gtk_list_item_get_item (list_item);
  g_autofree char *when = NULL;
  g_autofree char *meta_text = NULL;

  if (note == NULL)
    return;

  when = local_time_text (desk_record_get_created_at (DESK_RECORD (note)));
  /* TRANSLATORS: above a note: when it was written, then who wrote it */
  meta_text = g_strdup_printf (_("%s · %s"), when, desk_note_get_author (note));
  gtk_label_set_text (GTK_LABEL (meta), meta_text);
  gtk_label_set_text (GTK_LABEL (body), desk_note_get_body (note));
}

/* ---- time ----------------------------------------------------------------------- */

static void
desk_case_editor_time_form_changed_cb (DeskCaseEditor *self)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  _desk_case_editor_mark_field (GTK_WIDGET (self->time_date_entry), NULL, NULL);
  _desk_case_editor_mark_field (GTK_WIDGET (self->time_volunteer_picker), NULL, NULL);
  _desk_case_editor_mark_field (GTK_WIDGET (self->time_hours_spin), NULL, NULL);
  _desk_case_editor_mark_field (GTK_WIDGET (self->time_activity_entry), self->time_error, NULL);
}

static void
desk_case_editor_reset_time_form (DeskCaseEditor *self)
{
  g_autofree char *today = desk_today_iso ();

  g_assert (DESK_IS_CASE_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->time_date_entry), today);
  if (desk_record_picker_get_record_id (self->time_volunteer_picker) == 0)
    desk_record_picker_set_record_id (self->time_volunteer_picker, desk_case_get_volunteer_id (self->kase));
  gtk_spin_button_set_value (self->time_hours_spin, 1.0);
  gtk_editable_set_text (GTK_EDITABLE (self->time_activity_entry), "");
  desk_case_editor_time_form_changed_cb (self);
}

static void
desk_case_editor_time_add_cb (DeskCaseEditor *self)
{
  g_autoptr(DeskTimeEntry) entry = desk_time_entry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *activity = NULL;

  g_assert (DESK_IS_CASE_EDITOR (self));

  if (case_id (self) <= 0)
    return;

  /* The spin button may still hold typed text. */
  gtk_spin_button_update (self->time_hours_spin);

  date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->time_date_entry))));
  activity = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->time_activity_entry))));

  desk_time_entry_set_case_id (entry, case_id (self));
  desk_time_entry_set_volunteer_id (entry, desk_record_picker_get_record_id (self->time_volunteer_picker));
  desk_time_entry_set_worked_on (entry, *date != '\0' ? date : NULL);
  desk_time_entry_set_tenths (entry, (int) lround (gtk_spin_button_get_value (self->time_hours_spin) * 10.0));
  desk_time_entry_set_activity (entry, activity);

  if (!desk_store_save (self->store, DESK_RECORD (entry), &error))
    {
      const char *field = desk_error_get_field (error);
      GtkWidget *at_fault = GTK_WIDGET (self->time_activity_entry);

      if (g_strcmp0 (field, "worked-on") == 0)
        at_fault = GTK_WIDGET (self->time_date_entry);
      else if (g_strcmp0 (field, "volunteer-id") == 0)
        at_fault = GTK_WIDGET (self->time_volunteer_picker);
      else if (g_strcmp0 (field, "tenths") == 0)
        at_fault = GTK_WIDGET (self->time_hours_spin);

      _desk_case_editor_mark_field (at_fault, self->time_error, error->message);
      gtk_widget_grab_focus (at_fault);
      return;
    }

  desk_case_editor_reset_time_form (self);
}

/* ---- documents ------------------------------------------------------------------ */

static void
attach_chosen_cb (GFile    *file,
                  gpointer  user_data)
{
  g_autoptr(DeskCaseEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  if (file == NULL || self->store == NULL)
    return;

  if (!desk_case_editor_attach_file (self, file, &error))
    _desk_case_editor_mark_field (NULL, self->document_error, error->message);
}

static void
attach_document_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  DeskCaseEditor *self = DESK_CASE_EDITOR (widget);

  _desk_case_editor_mark_field (NULL, self->document_error, NULL);
  desk_gtk_compat_open_document (GTK_WINDOW (self), _("Attach a Document"), _("_Attach"), NULL,
                                 attach_chosen_cb, g_object_ref (self));
}

static void
desk_case_editor_open_document (DeskCaseEditor *self,
                                DeskDocument   *document)
{
  g_autoptr(GFile) file = NULL;

  g_assert (DESK_IS_CASE_EDITOR (self));

  file = desk_documents_get_file (document);
  if (!g_file_query_exists (file, NULL))
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: %s is a document's file name */
      message = g_strdup_printf (_("The stored copy of “%s” is missing from the documents folder."),
                                 desk_document_get_file_name (document));
      _desk_case_editor_mark_field (NULL, self->document_error, message);
      return;
    }

  desk_gtk_compat_launch_file (GTK_WINDOW (self), file);
}

static void
desk_case_editor_document_activate_cb (DeskCaseEditor *self,
                                       guint           position)
{
  g_autoptr(DeskDocument) document = NULL;

  g_assert (DESK_IS_CASE_EDITOR (self));

  document = g_list_model_get_item (self->documents, position);
  if (document != NULL)
    desk_case_editor_open_document (self, document);
}

static void
open_document_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  DeskCaseEditor *self = DESK_CASE_EDITOR (widget);
  DeskDocument *selected = gtk_single_selection_get_selected_item (self->documents_selection);

  if (selected != NULL)
    desk_case_editor_open_document (self, selected);
}

static void
remove_document_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  DeskCaseEditor *self = DESK_CASE_EDITOR (widget);
  g_autoptr(DeskDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  DeskDocument *selected;

  selected = gtk_single_selection_get_selected_item (self->documents_selection);
  if (selected == NULL)
    return;
  document = g_object_ref (selected);

  /* The record is archived and the stored copy kept: legal files are
   * retained, and Undo brings both back. */
  if (!desk_store_archive (self->store, DESK_RECORD (document), &error))
    {
      _desk_case_editor_mark_field (NULL, self->document_error, error->message);
      return;
    }

  /* TRANSLATORS: shown with an Undo button; %s is a document's file name */
  message = g_strdup_printf (_("“%s” removed from the case"), desk_document_get_file_name (document));
  _desk_case_editor_show_undo (self, message, DESK_RECORD (document));
}

gboolean
desk_case_editor_attach_file (DeskCaseEditor  *self,
                              GFile           *file,
                              GError         **error)
{
  g_autoptr(DeskDocument) document = NULL;

  g_return_val_if_fail (DESK_IS_CASE_EDITOR (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = desk_documents_attach (self->store, self->kase, file,
                                    desk_case_editor_get_documents_dir (self),
                                    self->cancellable, error);
  if (document == NULL)
    return FALSE;

  _desk_case_editor_mark_field (NULL, self->document_error, NULL);
  return TRUE;
}

/* ---- wiring --------------------------------------------------------------------- */

static void
set_list_model (GtkColumnView *view,
                GListModel    *model)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (view);

  if (GTK_IS_SINGLE_SELECTION (selection))
    gtk_single_selection_set_model (GTK_SINGLE_SELECTION (selection), model);
  else
    gtk_no_selection_set_model (GTK_NO_SELECTION (selection), model);
}

static GListModel *
list_for_case (DeskCaseEditor *self,
               GType           record_type)
{
  g_autoptr(GError) error = NULL;
  GListModel *model;

  model = desk_store_list_for_case (self->store, record_type, case_id (self), &error);
  if (model == NULL)
    g_warning ("Cannot list the case's %s: %s", g_type_name (record_type), error->message);

  return model;
}

void
_desk_case_editor_work_load (DeskCaseEditor *self)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  if (case_id (self) <= 0 || self->parties != NULL)
    return;

  self->parties = list_for_case (self, DESK_TYPE_PARTY);
  self->deadlines = list_for_case (self, DESK_TYPE_DEADLINE);
  self->notes = list_for_case (self, DESK_TYPE_NOTE);
  self->time_entries = list_for_case (self, DESK_TYPE_TIME_ENTRY);
  self->documents = list_for_case (self, DESK_TYPE_DOCUMENT);

  set_list_model (self->parties_view, self->parties);
  set_list_model (self->deadlines_view, self->deadlines);
  gtk_no_selection_set_model (GTK_NO_SELECTION (gtk_list_view_get_model (self->notes_view)), self->notes);
  set_list_model (self->time_view, self->time_entries);
  set_list_model (self->documents_view, self->documents);

#define FOLLOW(model, func) \
  if (model != NULL) \
    g_signal_connect_object (model, "items-changed", G_CALLBACK (func), self, G_CONNECT_SWAPPED)
  FOLLOW (self->parties, desk_case_editor_update_parties);
  FOLLOW (self->deadlines, desk_case_editor_update_deadlines);
  FOLLOW (self->notes, desk_case_editor_update_notes);
  FOLLOW (self->time_entries, desk_case_editor_update_time);
  FOLLOW (self->documents, desk_case_editor_update_documents);
#undef FOLLOW

  for (guint i = 0; i < G_N_ELEMENTS (work_pages); i++)
    gtk_stack_page_set_visible (gtk_stack_get_page (self->stack, gtk_stack_get_child_by_name (self->stack, work_pages[i])),
                                TRUE);

  desk_case_editor_update_parties (self);
  desk_case_editor_update_deadlines (self);
  desk_case_editor_update_notes (self);
  desk_case_editor_reset_time_form (self);
  desk_case_editor_update_time (self);
  desk_case_editor_update_documents (self);
}

void
_desk_case_editor_work_store_changed (DeskCaseEditor *self,
                                      const char     *entity)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  if (self->time_entries != NULL &&
      (g_strcmp0 (entity, "time-entry") == 0 || g_strcmp0 (entity, "volunteer") == 0))
    desk_case_editor_update_time (self);
}

void
_desk_case_editor_work_dispose (DeskCaseEditor *self)
{
  g_assert (DESK_IS_CASE_EDITOR (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->editing_deadline);
  g_clear_object (&self->parties);
  g_clear_object (&self->deadlines);
  g_clear_object (&self->notes);
  g_clear_object (&self->time_entries);
  g_clear_object (&self->documents);
}

void
_desk_case_editor_work_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, parties_view);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, parties_selection);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, party_name_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, party_role_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, parties_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, party_remove_button);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, party_name_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, party_role_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, party_add_button);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, party_error);

  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadlines_view);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadlines_selection);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadline_done_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadline_date_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadline_time_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadline_kind_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadline_description_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadlines_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadline_edit_button);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadline_done_button);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadline_form_title);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadline_kind_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadline_date_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadline_time_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadline_description_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadline_save_button);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadline_cancel_button);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, deadline_error);

  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, note_view);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, note_author_label);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, note_add_button);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, note_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, notes_stack);

  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, time_view);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, time_date_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, time_volunteer_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, time_hours_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, time_activity_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, time_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, time_total_label);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, time_date_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, time_volunteer_picker);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, time_hours_spin);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, time_activity_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, time_add_button);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, time_error);

  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, documents_view);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, documents_selection);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, document_name_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, document_size_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, document_added_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, documents_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, document_open_button);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, document_remove_button);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseEditor, document_error);

  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_party_form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_party_add_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_deadline_form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_deadline_save_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_deadline_cancel_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_deadline_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_note_add_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_time_form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_time_add_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_editor_document_activate_cb);

  gtk_widget_class_install_action (widget_class, "editor.remove-party", NULL, remove_party_action);
  gtk_widget_class_install_action (widget_class, "editor.edit-deadline", NULL, edit_deadline_action);
  gtk_widget_class_install_action (widget_class, "editor.toggle-deadline-done", NULL, toggle_deadline_done_action);
  gtk_widget_class_install_action (widget_class, "editor.attach-document", NULL, attach_document_action);
  gtk_widget_class_install_action (widget_class, "editor.open-document", NULL, open_document_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-document", NULL, remove_document_action);
}

void
_desk_case_editor_work_init (DeskCaseEditor *self)
{
  static const int party_roles[] = { DESK_PARTY_OPPOSING_PARTY, DESK_PARTY_OPPOSING_COUNSEL, DESK_PARTY_OTHER };
  static const int deadline_kinds[] = {
    DESK_DEADLINE_COURT_DATE, DESK_DEADLINE_FILING_DEADLINE, DESK_DEADLINE_STATUTE_OF_LIMITATIONS, DESK_DEADLINE_OTHER,
  };
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) done_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) note_factory = gtk_signal_list_item_factory_new ();

  g_assert (DESK_IS_CASE_EDITOR (self));

  self->cancellable = g_cancellable_new ();

  /* The positions of both lists are the enum values. */
  for (guint i = 0; i < G_N_ELEMENTS (party_roles); i++)
    gtk_string_list_append (roles, desk_enum_label (DESK_TYPE_PARTY_ROLE, party_roles[i]));
  gtk_drop_down_set_model (self->party_role_drop_down, G_LIST_MODEL (roles));
  for (guint i = 0; i < G_N_ELEMENTS (deadline_kinds); i++)
    gtk_string_list_append (kinds, desk_enum_label (DESK_TYPE_DEADLINE_KIND, deadline_kinds[i]));
  gtk_drop_down_set_model (self->deadline_kind_drop_down, G_LIST_MODEL (kinds));

  desk_column_set_text_func (self->party_name_column, party_name_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->party_role_column, party_role_text, DESK_COLUMN_TEXT);

  g_signal_connect (done_factory, "setup", G_CALLBACK (done_setup_cb), NULL);
  g_signal_connect (done_factory, "bind", G_CALLBACK (done_bind_cb), NULL);
  gtk_column_view_column_set_factory (self->deadline_done_column, done_factory);
  desk_column_set_text_func (self->deadline_date_column, deadline_date_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->deadline_time_column, deadline_time_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->deadline_kind_column, deadline_kind_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->deadline_description_column, deadline_description_text, DESK_COLUMN_TEXT);

  g_signal_connect (note_factory, "setup", G_CALLBACK (note_setup_cb), NULL);
  g_signal_connect (note_factory, "bind", G_CALLBACK (note_bind_cb), NULL);
  gtk_list_view_set_factory (self->notes_view, note_factory);

  desk_column_set_text_func (self->time_date_column, time_date_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->time_volunteer_column, time_volunteer_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->time_hours_column, time_hours_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->time_activity_column, time_activity_text, DESK_COLUMN_TEXT);

  desk_column_set_text_func (self->document_name_column, document_name_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->document_size_column, document_size_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->document_added_column, document_added_text, DESK_COLUMN_NUMBER);

  desk_date_entry_setup (self->deadline_date_entry);
  desk_date_entry_setup (self->time_date_entry);
  desk_record_picker_set_placeholder (self->time_volunteer_picker, _("Choose the volunteer…"));

  g_signal_connect_object (self->parties_selection, "selection-changed",
                           G_CALLBACK (desk_case_editor_update_parties), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->deadlines_selection, "selection-changed",
                           G_CALLBACK (desk_case_editor_update_deadlines), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->documents_selection, "selection-changed",
                           G_CALLBACK (desk_case_editor_update_documents), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->note_view), "changed",
                           G_CALLBACK (desk_case_editor_note_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::staff-name",
                           G_CALLBACK (desk_case_editor_update_note_author), self, G_CONNECT_SWAPPED);

  /* Until the case is saved there is nothing to attach entries to. */
  for (guint i = 0; i < G_N_ELEMENTS (work_pages); i++)
    gtk_stack_page_set_visible (gtk_stack_get_page (self->stack, gtk_stack_get_child_by_name (self->stack, work_pages[i])),
                                FALSE);

  desk_case_editor_reset_deadline_form (self);
  desk_case_editor_update_note_author (self);
  desk_case_editor_update_parties (self);
  desk_case_editor_update_deadlines (self);
  desk_case_editor_update_documents (self);
}
