/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-case-editor.h"
#include "desk-record-picker.h"
#include "desk-undo-bar.h"

G_BEGIN_DECLS

/* The case editor is one class in two files: desk-case-editor.c (the
 * window, the Details tab, the status workflow, saving) and
 * desk-case-editor-work.c (the tabs whose entries are saved one by one:
 * parties, deadlines, notes, time and documents). */
struct _DeskCaseEditor
{
  GtkWindow             parent_instance;

  /* Template widgets: the window */
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkButton            *save_button;
  DeskUndoBar          *undo_bar;
  GtkStackSwitcher     *stack_switcher;
  GtkStack             *stack;

  /* Template widgets: Details */
  DeskRecordPicker     *client_picker;
  GtkLabel             *client_error;
  GtkDropDown          *problem_drop_down;
  GtkLabel             *problem_error;
  GtkEntry             *title_entry;
  GtkLabel             *title_error;
  GtkTextView          *summary_view;
  GtkDropDown          *priority_drop_down;
  GtkEntry             *funding_entry;
  DeskRecordPicker     *volunteer_picker;
  GtkLabel             *volunteer_error;
  DeskRecordPicker     *mentor_picker;
  GtkLabel             *mentor_error;
  GtkEntry             *opened_entry;
  GtkLabel             *opened_error;
  GtkLabel             *status_label;
  GtkBox               *status_buttons;
  GtkLabel             *status_hint;
  GtkRevealer          *close_revealer;
  GtkDropDown          *closing_drop_down;
  GtkLabel             *closing_error;
  GtkDropDown          *outcome_drop_down;
  GtkLabel             *outcome_error;
  GtkEntry             *amount_entry;
  GtkLabel             *amount_error;
  GtkEntry             *closed_entry;
  GtkLabel             *closed_error;
  GtkRevealer          *reject_revealer;
  GtkDropDown          *rejection_drop_down;
  GtkLabel             *rejection_error;
  GtkLabel             *new_case_hint;
  GtkLabel             *other_error;

  /* Template widgets: Parties */
  GtkColumnView        *parties_view;
  GtkSingleSelection   *parties_selection;
  GtkColumnViewColumn  *party_name_column;
  GtkColumnViewColumn  *party_role_column;
  GtkStack             *parties_stack;
  GtkButton            *party_remove_button;
  GtkEntry             *party_name_entry;
  GtkDropDown          *party_role_drop_down;
  GtkButton            *party_add_button;
  GtkLabel             *party_error;

  /* Template widgets: Deadlines */
  GtkColumnView        *deadlines_view;
  GtkSingleSelection   *deadlines_selection;
  GtkColumnViewColumn  *deadline_done_column;
  GtkColumnViewColumn  *deadline_date_column;
  GtkColumnViewColumn  *deadline_time_column;
  GtkColumnViewColumn  *deadline_kind_column;
  GtkColumnViewColumn  *deadline_description_column;
  GtkStack             *deadlines_stack;
  GtkButton            *deadline_edit_button;
  GtkButton            *deadline_done_button;
  GtkLabel             *deadline_form_title;
  GtkDropDown          *deadline_kind_drop_down;
  GtkEntry             *deadline_date_entry;
  GtkEntry             *deadline_time_entry;
  GtkEntry             *deadline_description_entry;
  GtkButton            *deadline_save_button;
  GtkButton            *deadline_cancel_button;
  GtkLabel             *deadline_error;

  /* Template widgets: Notes */
  GtkTextView          *note_view;
  GtkLabel             *note_author_label;
  GtkButton            *note_add_button;
  GtkLabel             *note_error;
  GtkListView          *notes_view;
  GtkStack             *notes_stack;

  /* Template widgets: Time */
  GtkColumnView        *time_view;
  GtkColumnViewColumn  *time_date_column;
  GtkColumnViewColumn  *time_volunteer_column;
  GtkColumnViewColumn  *time_hours_column;
  GtkColumnViewColumn  *time_activity_column;
  GtkStack             *time_stack;
  GtkLabel             *time_total_label;
  GtkEntry             *time_date_entry;
  DeskRecordPicker     *time_volunteer_picker;
  GtkSpinButton        *time_hours_spin;
  GtkEntry             *time_activity_entry;
  GtkButton            *time_add_button;
  GtkLabel             *time_error;

  /* Template widgets: Documents */
  GtkColumnView        *documents_view;
  GtkSingleSelection   *documents_selection;
  GtkColumnViewColumn  *document_name_column;
  GtkColumnViewColumn  *document_size_column;
  GtkColumnViewColumn  *document_added_column;
  GtkStack             *documents_stack;
  GtkButton            *document_open_button;
  GtkButton            *document_remove_button;
  GtkLabel             *document_error;

  /* Borrowed references */
  GtkWindow            *new_client_editor;  /* weak: the client editor "New Client…" opened */

  /* Owned references */
  DeskStore            *store;
  DeskCase             *kase;          /* the working copy */
  DeskCase             *saved;         /* as last read from or written to the store; NULL when new */
  GListModel           *problem_codes;
  GListModel           *closing_codes;
  GSettings            *settings;
  char                 *documents_dir;
  char                 *error_text;
  char                 *error_field;
  GListModel           *parties;
  GListModel           *deadlines;
  GListModel           *notes;
  GListModel           *time_entries;
  GListModel           *documents;
  DeskDeadline         *editing_deadline;
  GCancellable         *cancellable;
  gulong                changed_handler;
  GtkRevealer          *focus_section;  /* borrowed: the section to bring into view */
  guint                 focus_tick_id;
  guint                 focus_ticks;

  guint                 loading : 1;
  guint                 modified : 1;
  guint                 can_save : 1;
  guint                 amount_invalid : 1;
  guint                 checking_party : 1;
};

/* desk-case-editor-work.c */
void _desk_case_editor_work_class_init (GtkWidgetClass  *widget_class);
void _desk_case_editor_work_init       (DeskCaseEditor  *self);
/* The case now has an id (it was opened, or saved for the first time). */
void _desk_case_editor_work_load       (DeskCaseEditor  *self);
void _desk_case_editor_work_dispose    (DeskCaseEditor  *self);
/* The store changed @entity; totals and such are refreshed. */
void _desk_case_editor_work_store_changed (DeskCaseEditor *self,
                                           const char     *entity);

/* desk-case-editor.c */
/* Where an Undo of something done in the editor is offered. */
void _desk_case_editor_show_undo       (DeskCaseEditor  *self,
                                        const char      *message,
                                        DeskRecord      *archived);
/* Marks @entry (and @label's sentence) as wrong, or clears it when @message is NULL. */
void _desk_case_editor_mark_field      (GtkWidget       *field,
                                        GtkLabel        *label,
                                        const char      *message);

G_END_DECLS
