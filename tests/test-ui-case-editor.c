/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The case editor, built for real under Xvfb: a new case through its form
 * and pickers, its tabs (parties, deadlines, notes, time, documents), the
 * workflow moves with their dialogs and questions, the unsaved-changes
 * question; each step checked in the store and in the pages of the main
 * window, and saved as PNGs into the build folder. */
#define G_LOG_DOMAIN "test-ui-case-editor"

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "desk-application.h"
#include "desk-case-deadlines-tab.h"
#include "desk-case-documents-tab.h"
#include "desk-case-editor.h"
#include "desk-case-move-dialog.h"
#include "desk-error.h"
#include "desk-case-parties-tab.h"
#include "desk-case-time-tab.h"
#include "desk-cases-page.h"
#include "desk-client-editor.h"
#include "desk-code.h"
#include "desk-conflict-window.h"
#include "desk-date-entry.h"
#include "desk-deadlines-page.h"
#include "desk-feedback.h"
#include "desk-gtk-compat.h"
#include "desk-record-list.h"
#include "desk-store.h"
#include "desk-ui-test.h"
#include "desk-window.h"

#define CHILD(widget, type, name) ((gpointer) gtk_widget_get_template_child (GTK_WIDGET (widget), (type), (name)))

static DeskApplication *app;
static char *tmpdir;
static char *db_path;

static gint64 rivera_id;
static gint64 lee_id;
static gint64 kowalski_id;
static gint64 chen_id;
static gint64 lee_case_id;

/* The case the first test makes, for the tests after it. */
static gint64 new_case_id;
static char *new_case_number;

/* ---- helpers ------------------------------------------------------------- */

static DeskWindow *
main_window (void)
{
  return desk_application_get_window (app);
}

static DeskStore *
window_store (void)
{
  return desk_window_get_store (main_window ());
}

static DeskPage *
page_of (const char *name)
{
  return DESK_PAGE (desk_window_get_page_widget (main_window (), name));
}

static void
show_page (const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (main_window ()), "win.show-page", "s", name));
  desk_test_wait_until_drawn (GTK_WIDGET (main_window ()));
}

static DeskForm *
form_of (gpointer editor)
{
  return desk_editor_get_form (DESK_EDITOR (editor));
}

static GtkWidget *
field (gpointer    editor,
       const char *property)
{
  return desk_test_field (form_of (editor), property);
}

static DeskCaseTab *
tab_of (DeskCaseEditor *editor,
        const char     *name)
{
  DeskCaseTab *tab = desk_case_editor_get_tab (editor, name);

  g_assert_nonnull (tab);
  return tab;
}

static GtkWidget *
tab_field (DeskCaseTab *tab,
           const char  *property)
{
  return desk_test_field (desk_case_tab_get_form (tab), property);
}

static void
show_tab (DeskCaseEditor *editor,
          const char     *name)
{
  desk_case_editor_set_page (editor, name);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_cmpstr (desk_case_editor_get_page (editor), ==, name);
}

static DeskCase *
stored_case (gint64 id)
{
  g_autoptr(GError) error = NULL;
  DeskCase *kase = desk_store_get_case (window_store (), id, &error);

  g_assert_no_error (error);
  return kase;
}

static GListModel *
case_records (GType  type,
              gint64 case_id)
{
  g_autoptr(GError) error = NULL;
  GListModel *records = desk_store_list_for_case (window_store (), type, case_id, &error);

  g_assert_no_error (error);
  return records;
}

/* The text the Cases page shows in @column for case @id. */
static char *
cases_cell (gint64 id,
            guint  column)
{
  DeskPage *page = page_of ("cases");
  guint row = desk_record_list_find (DESK_RECORD_LIST (desk_page_get_model (page)), id);

  g_assert_cmpuint (row, !=, G_MAXUINT);
  return desk_test_cell_text (desk_page_get_column_view (page), column, row);
}

static void
assert_cases_cell (gint64      id,
                   guint       column,
                   const char *expected)
{
  g_autofree char *text = cases_cell (id, column);

  g_assert_cmpstr (text, ==, expected);
}

/* The case editor of @id, opened the way the window opens any case. */
static DeskCaseEditor *
open_case (gint64 id)
{
  DeskCaseEditor *editor = desk_case_editor_find (window_store (), id);

  if (editor == NULL)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (main_window ()), "win.open-case", "x", id));
      editor = desk_case_editor_find (window_store (), id);
    }
  g_assert_nonnull (editor);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  return editor;
}

/* Where the open @picker lists the code @code, or G_MAXUINT. */
static guint
code_position (DeskRecordPicker *picker,
               const char       *code)
{
  GListModel *results = desk_record_picker_get_results (picker);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(DeskCode) item = g_list_model_get_item (results, i);

      if (g_strcmp0 (desk_code_get_code (item), code) == 0)
        return i;
    }

  return G_MAXUINT;
}

static gboolean
lists_code (DeskRecordPicker *picker,
            const char       *code)
{
  return code_position (picker, code) != G_MAXUINT;
}

/* Chooses the code @code among what the open @picker lists. */
static void
choose_code (DeskRecordPicker *picker,
             const char       *code)
{
  guint position = code_position (picker, code);

  g_assert_cmpuint (position, !=, G_MAXUINT);
  g_assert_true (desk_record_picker_choose (picker, position));
  desk_test_iterate ();
}

/* What the Enter key does in the add form of a case tab: the entry row's
 * ::entry-activated. */
static void
press_enter (GtkWidget *row)
{
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  g_signal_emit_by_name (row, "entry-activated");
  desk_test_iterate ();
}

/* Presses the row's button with the tooltip @tooltip (a row's remove button). */
static void
click_in_row (GtkWidget  *root,
              const char *row_title,
              const char *tooltip)
{
  GtkWidget *row = desk_test_find_row (root, row_title);
  GtkWidget *button;

  g_assert_nonnull (row);
  button = desk_test_find_button (row, tooltip);
  g_assert_nonnull (button);
  desk_test_click (button);
}

static DeskCaseMoveDialog *
move_with_dialog (DeskCaseEditor *editor,
                  DeskCaseStatus  to)
{
  DeskCaseMoveDialog *dialog = desk_case_editor_move (editor, to);

  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (editor));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  desk_test_wait_until_drawn (GTK_WIDGET (dialog));
  return dialog;
}

/* Confirms @dialog, which must accept, and waits for the editor's save. */
static void
confirm_move (DeskCaseEditor     *editor,
              DeskCaseMoveDialog *dialog)
{
  g_assert_true (desk_case_move_dialog_confirm (dialog));
  desk_test_wait_closed (dialog);
  desk_test_wait_saved (editor);
  g_assert_false (desk_editor_get_modified (DESK_EDITOR (editor)));
}

static guint
count_deadlines_listed (gint64 case_id)
{
  GListModel *model = desk_page_get_model (page_of ("deadlines"));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeskDeadline) deadline = g_list_model_get_item (model, i);

      if (desk_deadline_get_case_id (deadline) == case_id)
        n++;
    }

  return n;
}

/* The summary above the deadline list, counted again from its rows. */
static char *
expected_summary (void)
{
  GListModel *model = desk_page_get_model (page_of ("deadlines"));
  g_autofree char *today = desk_today_iso ();
  guint overdue = 0, due_today = 0, later = 0;

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeskDeadline) deadline = g_list_model_get_item (model, i);
      int cmp = strcmp (desk_deadline_get_due_on (deadline), today);

      if (cmp < 0)
        overdue++;
      else if (cmp == 0)
        due_today++;
      else
        later++;
    }

  return g_strdup_printf ("%u overdue · %u due today · %u in the next 14 days", overdue, due_today, later);
}

/* ---- the database --------------------------------------------------------- */

static gint64
new_id (gpointer record)
{
  gint64 id = desk_record_get_id (DESK_RECORD (record));

  g_object_unref (record);
  return id;
}

static void
seed_database (void)
{
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 adams_id;

  store = desk_store_open (db_path, &error);
  g_assert_no_error (error);

  rivera_id = new_id (desk_test_new_record (store, DESK_TYPE_CLIENT, "first-name", "Ana", "last-name", "Rivera",
                                            "phone", "(512) 555-0134", NULL));
  lee_id = new_id (desk_test_new_record (store, DESK_TYPE_CLIENT, "first-name", "Marcus", "last-name", "Lee",
                                         "phone", "512-555-0188", NULL));
  /* Soon to be named, nearly, as the other side of a new case. */
  kowalski_id = new_id (desk_test_new_record (store, DESK_TYPE_CLIENT, "first-name", "Robert",
                                              "last-name", "Kowalski", "phone", "(737) 555-0102", NULL));

  chen_id = new_id (desk_test_new_record (store, DESK_TYPE_VOLUNTEER, "first-name", "Margaret", "last-name", "Chen",
                                          "role", DESK_VOLUNTEER_ATTORNEY, "is-mentor", TRUE,
                                          "practice-areas", "Housing", NULL));
  adams_id = new_id (desk_test_new_record (store, DESK_TYPE_VOLUNTEER, "first-name", "Jordan", "last-name", "Adams",
                                           "role", DESK_VOLUNTEER_LAW_STUDENT, NULL));

  lee_case_id = new_id (desk_test_new_record (store, DESK_TYPE_CASE, "client-id", lee_id, "problem-code", "31",
                                              "title", "Custody modification", "opened-on", "2026-04-20",
                                              "status", DESK_CASE_STATUS_PLACED, "volunteer-id", adams_id, NULL));
  g_object_unref (desk_test_new_record (store, DESK_TYPE_CASE, "client-id", kowalski_id, "problem-code", "22",
                                        "title", "Unpaid overtime", "opened-on", "2026-05-10",
                                        "status", DESK_CASE_STATUS_OPEN, NULL));
  /* A deadline of another case, for the Deadlines page to keep. */
  g_object_unref (desk_test_new_record (store, DESK_TYPE_DEADLINE, "case-id", lee_case_id,
                                        "kind", DESK_DEADLINE_COURT_DATE, "due-on", "2026-06-18",
                                        "description", "Mediation session", NULL));
}

/* ---- a new case ----------------------------------------------------------- */

static void
test_new_case (void)
{
  DeskWindow *window = main_window ();
  DeskStore *store = window_store ();
  DeskCaseEditor *editor;
  DeskClientEditor *client_editor;
  DeskRecordPicker *client_picker;
  DeskRecordPicker *problem_picker;
  g_autoptr(DeskCase) stored = NULL;
  g_autofree char *labels = NULL;
  gint64 teresa_id;

  show_page ("cases");
  g_assert_cmpstr (desk_page_get_count_text (page_of ("cases")), ==, "2 cases");

  /* Ctrl+N on the Cases page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  editor = DESK_CASE_EDITOR (desk_test_find_new_editor (DESK_TYPE_CASE_EDITOR));
  g_assert_nonnull (editor);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Case");
  g_assert_cmpstr (desk_editor_get_close_label (DESK_EDITOR (editor)), ==, "_Close");
  g_assert_cmpstr (gtk_label_get_text (CHILD (editor, DESK_TYPE_CASE_EDITOR, "status_label")), ==, "Intake");
  /* Moves come once the case is saved. */
  labels = desk_case_editor_get_move_labels (editor);
  g_assert_cmpstr (labels, ==, "");
  g_clear_pointer (&labels, g_free);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "Save the case first; then it can be opened, "
                                        "placed with a volunteer, closed or rejected here."));
  show_tab (editor, "parties");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (tab_of (editor, "parties"), DESK_TYPE_CASE_PARTIES_TAB,
                                                            "stack")), ==, "unsaved");
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "Save the Case First"));
  show_tab (editor, "details");
  desk_test_assert_buttons_named (GTK_WIDGET (editor));
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-case-editor-new", FALSE);

  /* Save with nothing chosen: every problem at once, the first focused. */
  desk_editor_save (DESK_EDITOR (editor));
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_cmpuint (desk_form_get_shown_problems (form_of (editor)), ==, 3);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "Choose the client this case is for."));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "Choose the LSC problem code of the case."));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "The case needs a title."));
  g_assert_true (desk_test_has_focus_within (field (editor, "client-id")));
  g_assert_cmpint (desk_record_get_id (desk_editor_get_record (DESK_EDITOR (editor))), ==, 0);
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-case-editor-new-problems", FALSE);

  /* "New Client…" in the client picker: intake in a client editor, and the
   * new client becomes the case's. */
  client_picker = DESK_RECORD_PICKER (field (editor, "client-id"));
  g_signal_emit_by_name (client_picker, "new-requested");
  client_editor = DESK_CLIENT_EDITOR (desk_test_find_new_editor (DESK_TYPE_CLIENT_EDITOR));
  g_assert_nonnull (client_editor);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (client_editor)) == GTK_WINDOW (editor));
  desk_test_type (desk_test_field (form_of (client_editor), "first-name"), "Teresa");
  desk_test_type (desk_test_field (form_of (client_editor), "last-name"), "Okonkwo");
  desk_test_save_pngs (GTK_WIDGET (client_editor), "ui-case-editor-new-client", FALSE);
  desk_test_save_editor (client_editor);
  g_assert_null (desk_conflict_window_get_for_parent (GTK_WINDOW (client_editor)));
  teresa_id = desk_record_get_id (desk_editor_get_record (DESK_EDITOR (client_editor)));
  g_assert_cmpint (teresa_id, >, 0);
  desk_test_close_editor (client_editor);
  g_assert_cmpint (desk_record_picker_get_record_id (client_picker), ==, teresa_id);
  g_assert_cmpstr (desk_record_picker_get_text (client_picker), ==, "Teresa Okonkwo");
  g_assert_null (desk_form_get_problem (form_of (editor), "client-id"));

  /* Another client after all, searched by name. */
  desk_record_picker_popup (client_picker);
  desk_test_picker_search (client_picker, "Rivera", 1);
  desk_test_assert_buttons_named (GTK_WIDGET (editor));
  desk_test_save_pngs_with_popover (GTK_WIDGET (editor), GTK_WIDGET (desk_record_picker_get_popover (client_picker)),
                                    "ui-case-editor-client-picker");
  g_assert_true (desk_record_picker_choose (client_picker, 0));
  desk_test_iterate ();
  g_assert_cmpint (desk_record_picker_get_record_id (client_picker), ==, rivera_id);

  /* The LSC problem codes: words anywhere, the search focused, Enter picks
   * the only match, and a search that finds nothing says so. */
  problem_picker = DESK_RECORD_PICKER (field (editor, "problem-code"));
  desk_record_picker_popup (problem_picker);
  desk_test_wait_until_drawn (GTK_WIDGET (desk_record_picker_get_popover (problem_picker)));
  g_assert_true (desk_test_has_focus_within (GTK_WIDGET (desk_record_picker_get_search_entry (problem_picker))));
  desk_test_picker_search (problem_picker, "landlord", 1);
  g_assert_true (lists_code (problem_picker, "63"));
  desk_test_picker_search (problem_picker, "evict", 3);
  g_assert_true (lists_code (problem_picker, "61"));
  g_assert_true (lists_code (problem_picker, "63"));
  g_assert_true (lists_code (problem_picker, "64"));
  desk_test_picker_search (problem_picker, "Private", 2);
  g_assert_true (lists_code (problem_picker, "55"));
  g_assert_true (lists_code (problem_picker, "63"));
  /* Each with its category under it. */
  desk_test_wait_until_drawn (GTK_WIDGET (desk_record_picker_get_popover (problem_picker)));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (desk_record_picker_get_popover (problem_picker)),
                                        "63 · Private Landlord/Tenant"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (desk_record_picker_get_popover (problem_picker)), "Housing"));
  desk_test_save_pngs_with_popover (GTK_WIDGET (editor), GTK_WIDGET (desk_record_picker_get_popover (problem_picker)),
                                    "ui-case-editor-problem-codes");
  desk_test_picker_search (problem_picker, "zzzz", 0);
  g_assert_cmpstr (desk_record_picker_get_empty_text (problem_picker), ==,
                   "Nothing matches “zzzz”. Try fewer or other words.");
  desk_test_wait_until_drawn (GTK_WIDGET (desk_record_picker_get_popover (problem_picker)));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (desk_record_picker_get_popover (problem_picker)),
                                        "Nothing matches “zzzz”. Try fewer or other words."));
  desk_test_save_pngs_with_popover (GTK_WIDGET (editor), GTK_WIDGET (desk_record_picker_get_popover (problem_picker)),
                                    "ui-case-editor-problem-codes-none");
  g_assert_null (desk_record_picker_get_code (problem_picker));
  desk_test_picker_search (problem_picker, "63", 1);
  g_signal_emit_by_name (desk_record_picker_get_search_entry (problem_picker), "activate");
  desk_test_iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (desk_record_picker_get_popover (problem_picker))));
  g_assert_cmpstr (desk_record_picker_get_code (problem_picker), ==, "63");
  g_assert_cmpstr (desk_record_picker_get_text (problem_picker), ==, "63 · Private Landlord/Tenant");
  g_assert_cmpstr (desk_case_get_problem_code (desk_case_editor_get_case (editor)), ==, "63");

  desk_test_type (field (editor, "title"), "Repairs and rent abatement");
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (editor, "priority")), DESK_PRIORITY_HIGH);
  desk_test_type (field (editor, "funding-source"), "IOLTA");
  desk_test_pick (DESK_RECORD_PICKER (field (editor, "volunteer-id")), "chen");
  g_assert_cmpint (desk_case_get_volunteer_id (desk_case_editor_get_case (editor)), ==, chen_id);
  desk_test_type (field (editor, "summary"), "Landlord has not fixed the heating since January.");
  g_assert_true (desk_form_get_valid (form_of (editor)));
  g_assert_cmpuint (desk_form_get_shown_problems (form_of (editor)), ==, 0);
  g_assert_cmpstr (desk_editor_get_close_label (DESK_EDITOR (editor)), ==, "_Cancel");
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-case-editor-details", FALSE);

  /* Ctrl+S: a case number, the moves, the other tabs. */
  desk_test_save_editor (editor);
  new_case_id = desk_record_get_id (desk_editor_get_record (DESK_EDITOR (editor)));
  g_assert_cmpint (new_case_id, >, 0);
  g_assert_false (desk_editor_get_modified (DESK_EDITOR (editor)));
  g_assert_cmpstr (desk_editor_get_close_label (DESK_EDITOR (editor)), ==, "_Close");
  stored = stored_case (new_case_id);
  new_case_number = g_strdup (desk_case_get_case_number (stored));
  g_assert_cmpstr (new_case_number, ==, "2026-00003");
  g_assert_cmpint (desk_case_get_client_id (stored), ==, rivera_id);
  g_assert_cmpstr (desk_case_get_problem_code (stored), ==, "63");
  g_assert_cmpstr (desk_case_get_title (stored), ==, "Repairs and rent abatement");
  g_assert_cmpstr (desk_case_get_summary (stored), ==, "Landlord has not fixed the heating since January.");
  g_assert_cmpint (desk_case_get_priority (stored), ==, DESK_PRIORITY_HIGH);
  g_assert_cmpstr (desk_case_get_funding_source (stored), ==, "IOLTA");
  g_assert_cmpint (desk_case_get_volunteer_id (stored), ==, chen_id);
  g_assert_cmpint (desk_case_get_status (stored), ==, DESK_CASE_STATUS_INTAKE);
  g_assert_cmpstr (desk_case_get_opened_on (stored), ==, "2026-06-15");
  g_assert_cmpint (desk_test_count_audit (store, "case", new_case_id, "create"), ==, 1);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Case 2026-00003");
  g_assert_true (desk_case_editor_find (store, new_case_id) == editor);
  labels = desk_case_editor_get_move_labels (editor);
  g_assert_cmpstr (labels, ==, "_Open Case|Re_ject…");
  show_tab (editor, "parties");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (tab_of (editor, "parties"), DESK_TYPE_CASE_PARTIES_TAB,
                                                            "stack")), ==, "content");
  show_tab (editor, "details");
  desk_test_assert_buttons_named (GTK_WIDGET (editor));
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-case-editor-saved", FALSE);

  /* The Cases page shows it at once. */
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (desk_page_get_count_text (page_of ("cases")), ==, "3 cases");
  assert_cases_cell (new_case_id, 0, "2026-00003");
  assert_cases_cell (new_case_id, 1, "Ana Rivera");
  assert_cases_cell (new_case_id, 2, "63 · Private Landlord/Tenant");
  assert_cases_cell (new_case_id, 3, "Intake");
  assert_cases_cell (new_case_id, 4, "High");
  assert_cases_cell (new_case_id, 5, "Margaret Chen");
}

/* ---- the tabs --------------------------------------------------------------- */

static void
test_parties (void)
{
  DeskCaseEditor *editor = open_case (new_case_id);
  DeskCaseTab *tab = tab_of (editor, "parties");
  DeskConflictWindow *conflict;
  GtkWidget *name_row;
  GPtrArray *hits;
  g_autoptr(GPtrArray) parties = NULL;
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;
  gint64 party_id;

  show_tab (editor, "parties");
  name_row = tab_field (tab, "name");

  /* Enter with no name: said, nothing checked. */
  press_enter (name_row);
  g_assert_null (desk_conflict_window_get_for_parent (GTK_WINDOW (editor)));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (tab), "The adverse party needs a name."));

  /* Enter adds, after the conflict check finds the client Robert Kowalski. */
  desk_test_type (name_row, "Robert Kowalsky");
  adw_combo_row_set_selected (ADW_COMBO_ROW (tab_field (tab, "role")), DESK_PARTY_OPPOSING_PARTY);
  press_enter (name_row);
  conflict = DESK_CONFLICT_WINDOW (desk_test_wait_conflict_window (editor));
  hits = desk_conflict_window_get_hits (conflict);
  for (guint i = 0; i < hits->len; i++)
    {
      const DeskConflictHit *hit = g_ptr_array_index (hits, i);

      if (g_strcmp0 (hit->entity, "client") == 0 && hit->entity_id == kowalski_id)
        found = TRUE;
    }
  g_assert_true (found);
  parties = desk_store_list_parties (window_store (), new_case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parties->len, ==, 0);
  g_clear_pointer (&parties, g_ptr_array_unref);
  desk_test_assert_buttons_named (GTK_WIDGET (conflict));
  desk_test_save_pngs (GTK_WIDGET (conflict), "ui-case-conflict-window", FALSE);
  desk_conflict_window_confirm (conflict);
  desk_test_iterate ();

  parties = desk_store_list_parties (window_store (), new_case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parties->len, ==, 1);
  g_assert_cmpstr (desk_party_get_name (g_ptr_array_index (parties, 0)), ==, "Robert Kowalsky");
  g_assert_cmpint (desk_party_get_role (g_ptr_array_index (parties, 0)), ==, DESK_PARTY_OPPOSING_PARTY);
  party_id = desk_record_get_id (g_ptr_array_index (parties, 0));
  g_assert_cmpint (desk_test_count_audit (window_store (), "party", party_id, "conflict-check"), ==, 1);
  /* The form is ready for the next one. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "");
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_nonnull (desk_test_find_row (GTK_WIDGET (tab), "Robert Kowalsky"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (tab), "Opposing party"));
  g_assert_false (desk_test_shows_label (GTK_WIDGET (tab), "The adverse party needs a name."));
  desk_test_assert_buttons_named (GTK_WIDGET (editor));
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-case-editor-parties", FALSE);

  /* Removing archives it, with Undo in the editor's toast. */
  click_in_row (GTK_WIDGET (tab), "Robert Kowalsky", "Remove from the Adverse Parties");
  g_clear_pointer (&parties, g_ptr_array_unref);
  parties = desk_store_list_parties (window_store (), new_case_id, &error);
  g_assert_cmpuint (parties->len, ==, 0);
  g_assert_cmpstr (desk_feedback_get_last_toast (GTK_WIDGET (editor)), ==, "Robert Kowalsky archived");
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_null (desk_test_find_row (GTK_WIDGET (tab), "Robert Kowalsky"));
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-case-editor-party-removed", FALSE);
  g_assert_true (desk_feedback_undo (GTK_WIDGET (editor)));
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_clear_pointer (&parties, g_ptr_array_unref);
  parties = desk_store_list_parties (window_store (), new_case_id, &error);
  g_assert_cmpuint (parties->len, ==, 1);
  g_assert_nonnull (desk_test_find_row (GTK_WIDGET (tab), "Robert Kowalsky"));
}

static DeskDeadline *
deadline_described (GListModel *deadlines,
                    const char *description)
{
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(DeskDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (g_strcmp0 (desk_deadline_get_description (deadline), description) == 0)
        return g_steal_pointer (&deadline);
    }

  return NULL;
}

/* Fills the add form and presses Enter in the description. */
static void
add_deadline (DeskCaseTab      *tab,
              DeskDeadlineKind  kind,
              const char       *due_on,
              const char       *due_time,
              const char       *description)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (tab_field (tab, "kind")), kind);
  desk_test_type (tab_field (tab, "due-on"), due_on);
  desk_test_type (tab_field (tab, "due-time"), due_time);
  desk_test_type (tab_field (tab, "description"), description);
  press_enter (tab_field (tab, "description"));
}

static void
test_deadlines (void)
{
  DeskCaseEditor *editor = open_case (new_case_id);
  DeskCaseTab *tab = tab_of (editor, "deadlines");
  g_autoptr(GListModel) deadlines = case_records (DESK_TYPE_DEADLINE, new_case_id);
  DeskDateEntry *due_on = DESK_DATE_ENTRY (tab_field (tab, "due-on"));
  GtkWidget *entry = GTK_WIDGET (desk_date_entry_get_entry (due_on));
  GtkPopover *popover = desk_date_entry_get_popover (due_on);
  GtkCalendar *calendar = desk_date_entry_get_calendar (due_on);
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(DeskDeadline) deadline = NULL;
  GtkWidget *check;
  GtkWidget *row;
  GtkWidget *label;

  show_tab (editor, "deadlines");
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 0);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (tab), "No deadlines yet."));

  /* The date from the calendar: Alt+Down opens it on the date typed, a day
   * selected shows in the entry, Enter picks it and closes the calendar. */
  desk_test_type (GTK_WIDGET (due_on), "2026-06-30");
  gtk_widget_grab_focus (entry);
  g_assert_true (desk_test_press_key (entry, GDK_KEY_Down, GDK_ALT_MASK));
  desk_test_wait_until_drawn (GTK_WIDGET (popover));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (desk_test_has_focus_within (GTK_WIDGET (calendar)));
  day = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_day_of_month (day), ==, 30);
  g_assert_cmpint (g_date_time_get_month (day), ==, 6);
  desk_test_assert_buttons_named (GTK_WIDGET (editor));
  desk_test_save_pngs_with_popover (GTK_WIDGET (editor), GTK_WIDGET (popover), "ui-case-editor-calendar");
  g_clear_pointer (&day, g_date_time_unref);
  day = g_date_time_new_local (2026, 7, 1, 0, 0, 0);
  gtk_calendar_select_day (calendar, day);
  desk_test_iterate ();
  g_assert_cmpstr (desk_date_entry_get_text (due_on), ==, "2026-07-01");
  g_assert_true (desk_test_press_key (GTK_WIDGET (calendar), GDK_KEY_Return, 0));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_cmpstr (desk_date_entry_get_date (due_on), ==, "2026-07-01");
  /* A day picked is no Enter: nothing is added before the rest is typed. */
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 0);
  g_assert_true (desk_test_has_focus_within (entry));

  /* Closed without a pick (Escape, a click elsewhere), it puts back what
   * was typed. */
  desk_date_entry_popup (due_on);
  desk_test_wait_until_drawn (GTK_WIDGET (popover));
  g_clear_pointer (&day, g_date_time_unref);
  day = g_date_time_new_local (2026, 7, 9, 0, 0, 0);
  gtk_calendar_select_day (calendar, day);
  desk_test_iterate ();
  gtk_popover_popdown (popover);
  desk_test_iterate ();
  g_assert_cmpstr (desk_date_entry_get_date (due_on), ==, "2026-07-01");

  /* "9:30" is a time of day; Enter in the description adds the deadline. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (tab_field (tab, "kind")), DESK_DEADLINE_COURT_DATE);
  desk_test_type (tab_field (tab, "due-time"), "9:30");
  desk_test_type (tab_field (tab, "description"), "Hearing on the repairs");
  press_enter (tab_field (tab, "description"));
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 1);
  deadline = deadline_described (deadlines, "Hearing on the repairs");
  g_assert_cmpstr (desk_deadline_get_due_on (deadline), ==, "2026-07-01");
  g_assert_cmpstr (desk_deadline_get_due_time (deadline), ==, "09:30");
  g_assert_cmpint (desk_deadline_get_kind (deadline), ==, DESK_DEADLINE_COURT_DATE);
  g_clear_object (&deadline);
  /* The form is empty again, the description focused for the next one. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tab_field (tab, "description"))), ==, "");
  g_assert_true (desk_test_has_focus_within (tab_field (tab, "description")));

  /* "09:30" and "9:30 pm" too. */
  add_deadline (tab, DESK_DEADLINE_OTHER, "2026-06-20", "09:30", "Inspection of the unit");
  add_deadline (tab, DESK_DEADLINE_OTHER, "2026-06-22", "9:30 pm", "Call the landlord's lawyer back");
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 3);
  deadline = deadline_described (deadlines, "Inspection of the unit");
  g_assert_cmpstr (desk_deadline_get_due_time (deadline), ==, "09:30");
  g_clear_object (&deadline);
  deadline = deadline_described (deadlines, "Call the landlord's lawyer back");
  g_assert_cmpstr (desk_deadline_get_due_time (deadline), ==, "21:30");
  g_clear_object (&deadline);

  /* A time that is none: a sentence under the field, nothing added. */
  add_deadline (tab, DESK_DEADLINE_FILING_DEADLINE, "2026-06-10", "half past nine", "Answer to the landlord’s claim");
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 3);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (tab),
                                        "“half past nine” is not a time of day; write it as 9:30, 09:30 or 9:30 pm."));
  g_assert_true (gtk_widget_has_css_class (tab_field (tab, "due-time"), "error"));
  g_assert_true (desk_test_has_focus_within (tab_field (tab, "due-time")));
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-case-editor-deadline-bad-time", FALSE);
  desk_test_type (tab_field (tab, "due-time"), "");
  g_assert_false (gtk_widget_has_css_class (tab_field (tab, "due-time"), "error"));
  press_enter (tab_field (tab, "description"));
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 4);
  deadline = deadline_described (deadlines, "Answer to the landlord’s claim");
  g_assert_null (desk_deadline_get_due_time (deadline));
  g_assert_cmpint (desk_deadline_get_kind (deadline), ==, DESK_DEADLINE_FILING_DEADLINE);
  g_assert_false (desk_deadline_get_done (deadline));
  g_clear_object (&deadline);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  desk_test_assert_buttons_named (GTK_WIDGET (editor));
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-case-editor-deadlines", FALSE);

  /* A row pressed loads the deadline to change it. */
  row = desk_test_find_row (GTK_WIDGET (tab), "Answer to the landlord’s claim");
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activated");
  desk_test_iterate ();
  g_assert_cmpstr (desk_date_entry_get_text (DESK_DATE_ENTRY (tab_field (tab, "due-on"))), ==, "2026-06-10");
  g_assert_cmpstr (adw_button_content_get_label (CHILD (tab, DESK_TYPE_CASE_DEADLINES_TAB, "add_content")), ==,
                   "_Save Deadline");
  desk_test_type (tab_field (tab, "description"), "Answer to the landlord’s claim, filed late");
  press_enter (tab_field (tab, "description"));
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 4);
  deadline = deadline_described (deadlines, "Answer to the landlord’s claim, filed late");
  g_assert_nonnull (deadline);
  g_assert_cmpstr (desk_deadline_get_due_on (deadline), ==, "2026-06-10");
  g_clear_object (&deadline);
  g_assert_cmpstr (adw_button_content_get_label (CHILD (tab, DESK_TYPE_CASE_DEADLINES_TAB, "add_content")), ==,
                   "_Add Deadline");

  /* Done, and not done again, from its box. */
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  row = desk_test_find_row (GTK_WIDGET (tab), "Inspection of the unit");
  check = desk_test_find_widget (row, GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  desk_test_iterate ();
  deadline = deadline_described (deadlines, "Inspection of the unit");
  g_assert_true (desk_deadline_get_done (deadline));
  g_clear_object (&deadline);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  row = desk_test_find_row (GTK_WIDGET (tab), "Inspection of the unit");
  check = desk_test_find_widget (row, GTK_TYPE_CHECK_BUTTON);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  desk_test_iterate ();
  deadline = deadline_described (deadlines, "Inspection of the unit");
  g_assert_false (desk_deadline_get_done (deadline));
  g_clear_object (&deadline);

  /* Removing one offers Undo. */
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  click_in_row (GTK_WIDGET (tab), "Call the landlord's lawyer back", "Remove the Deadline");
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 3);
  g_assert_cmpstr (desk_feedback_get_last_toast (GTK_WIDGET (editor)), ==,
                   "Deadline “Call the landlord's lawyer back” archived");
  g_assert_true (desk_feedback_undo (GTK_WIDGET (editor)));
  desk_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 4);

  /* The Cases page shows the overdue one as the next deadline, in red. */
  desk_test_wait_until_drawn (GTK_WIDGET (main_window ()));
  assert_cases_cell (new_case_id, 8, "2026-06-10");
  label = desk_test_find_label (GTK_WIDGET (desk_page_get_column_view (page_of ("cases"))), "2026-06-10");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (label, "desk-overdue"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (label), ==, "Overdue");
}

static void
test_notes (void)
{
  DeskCaseEditor *editor = open_case (new_case_id);
  DeskCaseTab *tab = tab_of (editor, "notes");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GListModel) notes = case_records (DESK_TYPE_NOTE, new_case_id);
  const char *body = "Landlord promised repairs by Friday; client has photos of the mould.";

  g_settings_set_string (settings, "staff-name", "");
  show_tab (editor, "notes");
  g_assert_true (desk_test_shows_label (GTK_WIDGET (tab), "Set your name in Preferences to sign notes."));

  /* Nothing written: nothing added, and said. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "tab.add", NULL));
  desk_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 0);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (tab), "The note is empty."));
  desk_test_type (tab_field (tab, "body"), body);

  /* Unsigned: not added, and said why. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "tab.add", NULL));
  desk_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 0);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (tab), "The note needs an author; set your name in Preferences."));

  /* Ctrl+Enter, signed with the staff name. */
  g_settings_set_string (settings, "staff-name", "Pat Intake");
  desk_test_iterate ();
  g_assert_true (desk_test_shows_label (GTK_WIDGET (tab), "Signed “Pat Intake”, the name in Preferences."));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "tab.add", NULL));
  desk_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  {
    g_autoptr(DeskNote) note = g_list_model_get_item (notes, 0);

    g_assert_cmpstr (desk_note_get_author (note), ==, "Pat Intake");
    g_assert_cmpstr (desk_note_get_body (note), ==, body);
  }
  g_assert_true (desk_test_has_focus_within (tab_field (tab, "body")));
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (tab), body));
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-case-editor-notes", FALSE);
}

static void
test_time (void)
{
  DeskCaseEditor *editor = open_case (new_case_id);
  DeskCaseTab *tab = tab_of (editor, "time");
  g_autoptr(GListModel) entries = case_records (DESK_TYPE_TIME_ENTRY, new_case_id);

  show_tab (editor, "time");
  g_assert_cmpstr (desk_date_entry_get_date (DESK_DATE_ENTRY (tab_field (tab, "worked-on"))), ==, "2026-06-15");
  /* The placed volunteer is offered, and nothing counts as typed. */
  g_assert_cmpint (desk_record_picker_get_record_id (DESK_RECORD_PICKER (tab_field (tab, "volunteer-id"))), ==,
                   chen_id);
  g_assert_false (desk_editor_get_modified (DESK_EDITOR (editor)));
  desk_record_picker_set_record_id (DESK_RECORD_PICKER (tab_field (tab, "volunteer-id")), 0);
  desk_test_pick (DESK_RECORD_PICKER (tab_field (tab, "volunteer-id")), "Margaret");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (tab_field (tab, "tenths")), 1.5);
  desk_test_type (tab_field (tab, "activity"), "Client interview");
  press_enter (tab_field (tab, "activity"));
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
  {
    g_autoptr(DeskTimeEntry) entry = g_list_model_get_item (entries, 0);

    g_assert_cmpint (desk_time_entry_get_tenths (entry), ==, 15);
    g_assert_cmpint (desk_time_entry_get_volunteer_id (entry), ==, chen_id);
    g_assert_cmpstr (desk_time_entry_get_worked_on (entry), ==, "2026-06-15");
    g_assert_cmpstr (desk_time_entry_get_activity (entry), ==, "Client interview");
  }
  /* The same volunteer stays for the next entry. */
  g_assert_cmpint (desk_record_picker_get_record_id (DESK_RECORD_PICKER (tab_field (tab, "volunteer-id"))), ==,
                   chen_id);
  g_assert_cmpstr (gtk_label_get_text (CHILD (tab, DESK_TYPE_CASE_TIME_TAB, "total_label")), ==,
                   "Total 1.5 h\nMargaret Chen 1.5 h");
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-case-editor-time", FALSE);
}

static void
test_documents (void)
{
  DeskCaseEditor *editor = open_case (new_case_id);
  DeskCaseDocumentsTab *tab = DESK_CASE_DOCUMENTS_TAB (tab_of (editor, "documents"));
  g_autoptr(GListModel) documents = case_records (DESK_TYPE_DOCUMENT, new_case_id);
  g_autofree char *documents_dir = g_build_filename (tmpdir, "documents", NULL);
  g_autofree char *lease = g_build_filename (tmpdir, "lease.pdf", NULL);
  g_autofree char *copied = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (lease);
  g_autoptr(GError) error = NULL;

  show_tab (editor, "documents");
  desk_case_documents_tab_set_documents_dir (tab, documents_dir);
  g_assert_cmpstr (desk_case_documents_tab_get_documents_dir (tab), ==, documents_dir);
  g_assert_true (g_file_set_contents (lease, "%PDF-1.4 a lease", -1, &error));
  g_assert_no_error (error);

  g_assert_true (desk_case_documents_tab_attach_file (tab, file, &error));
  g_assert_no_error (error);
  desk_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 1);
  {
    g_autoptr(DeskDocument) document = g_list_model_get_item (documents, 0);

    g_assert_cmpstr (desk_document_get_file_name (document), ==, "lease.pdf");
    g_assert_cmpint (desk_document_get_size_bytes (document), ==, strlen ("%PDF-1.4 a lease"));
    copied = g_strdup (desk_document_get_stored_path (document));
  }
  g_assert_true (g_str_has_prefix (copied, documents_dir));
  g_assert_true (g_file_test (copied, G_FILE_TEST_IS_REGULAR));
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_nonnull (desk_test_find_row (GTK_WIDGET (tab), "lease.pdf"));
  desk_test_assert_buttons_named (GTK_WIDGET (editor));
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-case-editor-documents", FALSE);

  /* Removed with Undo; the stored copy stays either way. */
  click_in_row (GTK_WIDGET (tab), "lease.pdf", "Remove the Document from the Case");
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 0);
  g_assert_cmpstr (desk_feedback_get_last_toast (GTK_WIDGET (editor)), ==, "lease.pdf archived");
  g_assert_true (g_file_test (copied, G_FILE_TEST_IS_REGULAR));
  g_assert_true (desk_feedback_undo (GTK_WIDGET (editor)));
  desk_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 1);

  /* A file over the limit in Preferences is refused, and nothing is kept. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autofree char *video = g_build_filename (tmpdir, "hearing.mp4", NULL);
    g_autofree char *contents = g_malloc0 (1000 * 1000 + 1);
    g_autoptr(GFile) big = g_file_new_for_path (video);

    g_assert_true (g_file_set_contents (video, contents, 1000 * 1000 + 1, &error));
    g_assert_no_error (error);
    g_settings_set_uint (settings, "document-size-limit-mb", 1);
    g_assert_false (desk_case_documents_tab_attach_file (tab, big, &error));
    g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "“hearing.mp4”"));
    g_assert_nonnull (strstr (error->message, "(1000000 bytes) a document may have"));
    g_clear_error (&error);
    desk_test_iterate ();
    g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 1);
    g_settings_reset (settings, "document-size-limit-mb");
  }
}

/* ---- the workflow ------------------------------------------------------------- */

static void
test_workflow (void)
{
  DeskCaseEditor *editor = open_case (new_case_id);
  DeskCaseMoveDialog *dialog;
  DeskRecordPicker *closing;
  GtkWidget *question;
  g_autoptr(DeskCase) stored = NULL;
  g_autofree char *labels = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *heading = NULL;

  show_tab (editor, "details");

  /* Open Case: no question, saved at once. */
  g_assert_null (desk_case_editor_move (editor, DESK_CASE_STATUS_OPEN));
  desk_test_wait_saved (editor);
  stored = stored_case (new_case_id);
  g_assert_cmpint (desk_case_get_status (stored), ==, DESK_CASE_STATUS_OPEN);
  g_clear_object (&stored);
  g_assert_cmpstr (gtk_label_get_text (CHILD (editor, DESK_TYPE_CASE_EDITOR, "status_label")), ==, "Open");
  labels = desk_case_editor_get_move_labels (editor);
  g_assert_cmpstr (labels, ==, "_Place with Volunteer…|_Close Case…");
  g_clear_pointer (&labels, g_free);

  /* Place with Volunteer: the dialog will not go ahead without one. */
  dialog = move_with_dialog (editor, DESK_CASE_STATUS_PLACED);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Place with Volunteer");
  desk_record_picker_set_record_id (CHILD (dialog, DESK_TYPE_CASE_MOVE_DIALOG, "volunteer_picker"), 0);
  g_assert_false (desk_case_move_dialog_confirm (dialog));
  g_assert_cmpstr (desk_case_move_dialog_get_problem (dialog, "volunteer-id"), ==,
                   "A placed case needs the volunteer it is placed with.");
  desk_test_wait_until_drawn (GTK_WIDGET (dialog));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (dialog), "A placed case needs the volunteer it is placed with."));
  desk_test_assert_buttons_named (GTK_WIDGET (dialog));
  desk_test_save_pngs (GTK_WIDGET (dialog), "ui-case-move-place", FALSE);
  desk_test_pick (CHILD (dialog, DESK_TYPE_CASE_MOVE_DIALOG, "volunteer_picker"), "Chen");
  confirm_move (editor, dialog);
  stored = stored_case (new_case_id);
  g_assert_cmpint (desk_case_get_status (stored), ==, DESK_CASE_STATUS_PLACED);
  g_assert_cmpint (desk_case_get_volunteer_id (stored), ==, chen_id);
  g_clear_object (&stored);
  labels = desk_case_editor_get_move_labels (editor);
  g_assert_cmpstr (labels, ==, "Return to _Open|_Close Case…");
  g_clear_pointer (&labels, g_free);

  /* Its deadlines are on the Deadlines page while the case is open. */
  show_page ("deadlines");
  g_assert_cmpuint (count_deadlines_listed (new_case_id), ==, 3);
  g_assert_cmpuint (count_deadlines_listed (lee_case_id), ==, 1);
  g_assert_cmpstr (desk_deadlines_page_get_summary_text (DESK_DEADLINES_PAGE (page_of ("deadlines"))), ==,
                   "1 overdue · 0 due today · 3 in the next 14 days");

  /* Close Case: refused without a closing code and an outcome, both named. */
  dialog = move_with_dialog (editor, DESK_CASE_STATUS_CLOSED);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Close Case");
  g_assert_cmpstr (desk_date_entry_get_date (CHILD (dialog, DESK_TYPE_CASE_MOVE_DIALOG, "closed_on_entry")), ==,
                   "2026-06-15");
  g_assert_false (desk_case_move_dialog_confirm (dialog));
  g_assert_cmpstr (desk_case_move_dialog_get_problem (dialog, "closing-code"), ==,
                   "A closed case needs an LSC closing code.");
  g_assert_cmpstr (desk_case_move_dialog_get_problem (dialog, "outcome"), ==, "A closed case needs an outcome.");
  desk_test_wait_until_drawn (GTK_WIDGET (dialog));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (dialog), "A closed case needs an LSC closing code."));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (dialog), "A closed case needs an outcome."));
  g_assert_true (desk_test_has_focus_within (CHILD (dialog, DESK_TYPE_CASE_MOVE_DIALOG, "closing_picker")));
  /* Nothing moved yet. */
  g_assert_cmpint (desk_case_get_status (desk_case_editor_get_case (editor)), ==, DESK_CASE_STATUS_PLACED);
  desk_test_assert_buttons_named (GTK_WIDGET (dialog));
  desk_test_save_pngs (GTK_WIDGET (dialog), "ui-case-move-close-refused", FALSE);

  closing = CHILD (dialog, DESK_TYPE_CASE_MOVE_DIALOG, "closing_picker");
  desk_record_picker_popup (closing);
  desk_test_wait_until_drawn (GTK_WIDGET (desk_record_picker_get_popover (closing)));
  gtk_editable_set_text (desk_record_picker_get_search_entry (closing), "limited action");
  desk_test_wait_ms (400);
  desk_test_save_pngs_with_popover (GTK_WIDGET (dialog), GTK_WIDGET (desk_record_picker_get_popover (closing)),
                                    "ui-case-move-closing-codes");
  choose_code (closing, "B");
  g_assert_cmpstr (desk_record_picker_get_text (closing), ==, "B · Limited Action");
  adw_combo_row_set_selected (CHILD (dialog, DESK_TYPE_CASE_MOVE_DIALOG, "outcome_row"), DESK_OUTCOME_FAVOURABLE);
  desk_test_type (CHILD (dialog, DESK_TYPE_CASE_MOVE_DIALOG, "amount_entry"), "twelve");
  g_assert_false (desk_case_move_dialog_confirm (dialog));
  g_assert_nonnull (desk_case_move_dialog_get_problem (dialog, "amount-cents"));
  desk_test_type (CHILD (dialog, DESK_TYPE_CASE_MOVE_DIALOG, "amount_entry"), "1,250.50");
  g_assert_null (desk_case_move_dialog_get_problem (dialog, "amount-cents"));
  desk_test_save_pngs (GTK_WIDGET (dialog), "ui-case-move-close-filled", FALSE);
  confirm_move (editor, dialog);

  stored = stored_case (new_case_id);
  g_assert_cmpint (desk_case_get_status (stored), ==, DESK_CASE_STATUS_CLOSED);
  g_assert_cmpstr (desk_case_get_closing_code (stored), ==, "B");
  g_assert_cmpint (desk_case_get_outcome (stored), ==, DESK_OUTCOME_FAVOURABLE);
  g_assert_cmpint (desk_case_get_amount_cents (stored), ==, 125050);
  g_assert_cmpstr (desk_case_get_closed_on (stored), ==, "2026-06-15");
  g_assert_cmpint (desk_case_get_volunteer_id (stored), ==, chen_id);
  g_clear_object (&stored);
  g_assert_cmpstr (gtk_label_get_text (CHILD (editor, DESK_TYPE_CASE_EDITOR, "status_label")), ==, "Closed");
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-case-editor-closed", FALSE);

  /* Without reopening anything: the Cases page row says Closed and names
   * the volunteer; the Deadlines page dropped the case's deadlines and its
   * summary counts what is left. */
  desk_test_wait_until_drawn (GTK_WIDGET (main_window ()));
  assert_cases_cell (new_case_id, 3, "Closed");
  assert_cases_cell (new_case_id, 5, "Margaret Chen");
  g_assert_cmpuint (count_deadlines_listed (new_case_id), ==, 0);
  g_assert_cmpuint (count_deadlines_listed (lee_case_id), ==, 1);
  summary = g_strdup (desk_deadlines_page_get_summary_text (DESK_DEADLINES_PAGE (page_of ("deadlines"))));
  expected = expected_summary ();
  g_assert_cmpstr (summary, ==, expected);
  g_assert_cmpstr (summary, ==, "0 overdue · 0 due today · 1 in the next 14 days");
  g_assert_true (desk_test_shows_label (GTK_WIDGET (main_window ()), summary));
  g_assert_false (desk_test_shows_label (GTK_WIDGET (main_window ()), "Inspection of the unit"));
  desk_test_save_pngs (GTK_WIDGET (main_window ()), "ui-deadlines-after-close", TRUE);
  show_page ("cases");
  g_assert_true (desk_test_shows_label (GTK_WIDGET (main_window ()), "Closed"));
  desk_test_save_pngs (GTK_WIDGET (main_window ()), "ui-cases-after-close", TRUE);

  /* Reopen: a question first, then an audited reopening. */
  labels = desk_case_editor_get_move_labels (editor);
  g_assert_cmpstr (labels, ==, "_Reopen…");
  g_assert_cmpint (desk_test_count_audit (window_store (), "case", new_case_id, "reopen"), ==, 0);
  g_assert_null (desk_case_editor_move (editor, DESK_CASE_STATUS_OPEN));
  question = desk_gtk_compat_get_question (GTK_WIDGET (editor));
  g_assert_nonnull (question);
  heading = g_strdup_printf ("Reopen Case %s?", new_case_number);
  desk_test_wait_until_drawn (question);
  g_assert_true (desk_test_shows_label (question, heading));
  desk_test_assert_buttons_named (question);
  desk_test_save_pngs (question, "ui-case-reopen-question", FALSE);
  /* Cancel leaves it closed. */
  g_assert_true (desk_test_answer_question (GTK_WIDGET (editor), "cancel"));
  stored = stored_case (new_case_id);
  g_assert_cmpint (desk_case_get_status (stored), ==, DESK_CASE_STATUS_CLOSED);
  g_clear_object (&stored);

  g_assert_null (desk_case_editor_move (editor, DESK_CASE_STATUS_OPEN));
  g_assert_true (desk_test_answer_question (GTK_WIDGET (editor), "reopen"));
  desk_test_wait_saved (editor);
  stored = stored_case (new_case_id);
  g_assert_cmpint (desk_case_get_status (stored), ==, DESK_CASE_STATUS_OPEN);
  g_assert_null (desk_case_get_closing_code (stored));
  g_assert_null (desk_case_get_closed_on (stored));
  g_assert_cmpint (desk_case_get_outcome (stored), ==, DESK_OUTCOME_NONE);
  g_assert_cmpint (desk_test_count_audit (window_store (), "case", new_case_id, "reopen"), ==, 1);
  desk_test_wait_until_drawn (GTK_WIDGET (main_window ()));
  assert_cases_cell (new_case_id, 3, "Open");
  g_assert_cmpuint (count_deadlines_listed (new_case_id), ==, 3);
}

static void
test_reject (void)
{
  DeskCaseEditor *editor;
  DeskCaseMoveDialog *dialog;
  g_autoptr(DeskCase) stored = NULL;
  g_autofree char *labels = NULL;
  gint64 id;

  editor = desk_case_editor_open (GTK_WINDOW (main_window ()), window_store (), NULL);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  desk_test_pick (DESK_RECORD_PICKER (field (editor, "client-id")), "Lee");
  desk_test_pick (DESK_RECORD_PICKER (field (editor, "problem-code")), "38");
  desk_test_type (field (editor, "title"), "Guardianship of a nephew");
  desk_test_save_editor (editor);
  id = desk_record_get_id (desk_editor_get_record (DESK_EDITOR (editor)));
  g_assert_cmpint (id, >, 0);

  /* Rejecting asks why and will not go ahead without a reason. */
  dialog = move_with_dialog (editor, DESK_CASE_STATUS_REJECTED);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Reject");
  g_assert_false (desk_case_move_dialog_confirm (dialog));
  g_assert_cmpstr (desk_case_move_dialog_get_problem (dialog, "rejection-reason"), ==,
                   "A rejected case needs the reason it was rejected.");
  desk_test_wait_until_drawn (GTK_WIDGET (dialog));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (dialog), "A rejected case needs the reason it was rejected."));
  desk_test_assert_buttons_named (GTK_WIDGET (dialog));
  desk_test_save_pngs (GTK_WIDGET (dialog), "ui-case-move-reject", FALSE);

  /* Escape leaves the case as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "move.cancel", NULL));
  desk_test_wait_closed (dialog);
  g_assert_cmpint (desk_case_get_status (desk_case_editor_get_case (editor)), ==, DESK_CASE_STATUS_INTAKE);
  g_assert_false (desk_editor_get_modified (DESK_EDITOR (editor)));

  dialog = move_with_dialog (editor, DESK_CASE_STATUS_REJECTED);
  adw_combo_row_set_selected (CHILD (dialog, DESK_TYPE_CASE_MOVE_DIALOG, "rejection_row"), DESK_REJECTION_OVER_INCOME);
  confirm_move (editor, dialog);
  stored = stored_case (id);
  g_assert_cmpint (desk_case_get_status (stored), ==, DESK_CASE_STATUS_REJECTED);
  g_assert_cmpint (desk_case_get_rejection_reason (stored), ==, DESK_REJECTION_OVER_INCOME);
  g_assert_cmpint (desk_case_get_client_id (stored), ==, lee_id);
  g_clear_object (&stored);
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-case-editor-rejected", FALSE);

  /* Reopening a rejected case puts it back at intake, audited. */
  labels = desk_case_editor_get_move_labels (editor);
  g_assert_cmpstr (labels, ==, "_Reopen…");
  g_assert_null (desk_case_editor_move (editor, DESK_CASE_STATUS_INTAKE));
  g_assert_true (desk_test_answer_question (GTK_WIDGET (editor), "reopen"));
  desk_test_wait_saved (editor);
  stored = stored_case (id);
  g_assert_cmpint (desk_case_get_status (stored), ==, DESK_CASE_STATUS_INTAKE);
  g_assert_cmpint (desk_case_get_rejection_reason (stored), ==, DESK_REJECTION_NONE);
  g_assert_cmpint (desk_test_count_audit (window_store (), "case", id, "reopen"), ==, 1);

  desk_test_close_editor (editor);
  g_assert_null (desk_case_editor_find (window_store (), id));
}

/* ---- unsaved changes ----------------------------------------------------------- */

static void
test_unsaved (void)
{
  DeskCaseEditor *editor = open_case (new_case_id);
  GtkWidget *question;
  g_autoptr(DeskCase) stored = NULL;
  g_autofree char *heading = g_strdup_printf ("Save changes to “Case %s”?", new_case_number);

  show_tab (editor, "details");
  g_assert_cmpstr (desk_editor_get_close_label (DESK_EDITOR (editor)), ==, "_Close");
  desk_test_type (field (editor, "title"), "Repairs, rent abatement and deposit");
  g_assert_true (desk_editor_get_modified (DESK_EDITOR (editor)));
  g_assert_cmpstr (desk_editor_get_close_label (DESK_EDITOR (editor)), ==, "_Cancel");

  /* Cancel in the question keeps the editor and what was typed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.close", NULL));
  question = desk_gtk_compat_get_question (GTK_WIDGET (editor));
  g_assert_nonnull (question);
  desk_test_wait_until_drawn (question);
  g_assert_true (desk_test_shows_label (question, heading));
  desk_test_save_pngs (question, "ui-case-editor-unsaved", FALSE);
  g_assert_true (desk_test_answer_question (GTK_WIDGET (editor), "cancel"));
  g_assert_true (desk_case_editor_find (window_store (), new_case_id) == editor);
  g_assert_true (desk_editor_get_modified (DESK_EDITOR (editor)));

  /* Save saves and closes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.close", NULL));
  g_assert_true (desk_test_answer_question (GTK_WIDGET (editor), "save"));
  desk_test_wait_closed (editor);
  stored = stored_case (new_case_id);
  g_assert_cmpstr (desk_case_get_title (stored), ==, "Repairs, rent abatement and deposit");
  g_clear_object (&stored);

  /* Discard closes without saving. */
  editor = open_case (new_case_id);
  desk_test_type (field (editor, "summary"), "Typed, then thought better of.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.close", NULL));
  g_assert_true (desk_test_answer_question (GTK_WIDGET (editor), "discard"));
  desk_test_wait_closed (editor);
  stored = stored_case (new_case_id);
  g_assert_cmpstr (desk_case_get_summary (stored), ==, "Landlord has not fixed the heating since January.");
  g_clear_object (&stored);

  /* A new case with something typed asks about the new case. */
  editor = desk_case_editor_open (GTK_WINDOW (main_window ()), window_store (), NULL);
  desk_test_type (field (editor, "title"), "Half a case");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.close", NULL));
  g_assert_true (desk_test_shows_label (desk_gtk_compat_get_question (GTK_WIDGET (editor)), "Save the new case?"));
  g_assert_true (desk_test_answer_question (GTK_WIDGET (editor), "discard"));
  desk_test_wait_closed (editor);
  g_assert_cmpstr (desk_page_get_count_text (page_of ("cases")), ==, "4 cases");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  desk_test_init_accessibility ();
  desk_test_init (&argc, &argv);

  tmpdir = g_dir_make_tmp ("probono-ui-case-editor-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (tmpdir, "clinic.db", NULL);
  seed_database ();

  app = desk_test_application_new ();
  g_assert_true (desk_application_open_database (app, db_path));
  gtk_window_present (GTK_WINDOW (main_window ()));

  /* In order: each works on the case the first one makes. */
  g_test_add_func ("/ui/case-editor/new", test_new_case);
  g_test_add_func ("/ui/case-editor/parties", test_parties);
  g_test_add_func ("/ui/case-editor/deadlines", test_deadlines);
  g_test_add_func ("/ui/case-editor/notes", test_notes);
  g_test_add_func ("/ui/case-editor/time", test_time);
  g_test_add_func ("/ui/case-editor/documents", test_documents);
  g_test_add_func ("/ui/case-editor/workflow", test_workflow);
  g_test_add_func ("/ui/case-editor/reject", test_reject);
  g_test_add_func ("/ui/case-editor/unsaved", test_unsaved);

  status = g_test_run ();

  desk_test_application_free (g_steal_pointer (&app));

  desk_test_remove_tree (tmpdir);
  g_free (db_path);
  g_free (new_case_number);
  g_free (tmpdir);

  return status;
}
