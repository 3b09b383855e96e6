/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Cases page, built for real under Xvfb: its columns, search, filters,
 * order from SQL, the selection kept across changes, Enter opening a case
 * and archiving with Undo; each state checked in the store and saved as
 * PNGs into the build folder. */
#define G_LOG_DOMAIN "test-ui-cases"

#include "config.h"

#include <gtk/gtk.h>

#include "desk-application.h"
#include "desk-case-editor.h"
#include "desk-case-filters.h"
#include "desk-cases-page.h"
#include "desk-date-entry.h"
#include "desk-feedback.h"
#include "desk-record-list.h"
#include "desk-store.h"
#include "desk-ui-test.h"
#include "desk-window.h"

#define FILTERS_CHILD(filters, name) \
  ((gpointer) gtk_widget_get_template_child (GTK_WIDGET (filters), DESK_TYPE_CASE_FILTERS, (name)))
#define PAGE_CHILD(page, name) \
  ((gpointer) gtk_widget_get_template_child (GTK_WIDGET (page), DESK_TYPE_CASES_PAGE, (name)))

static DeskApplication *app;
static char *tmpdir;
static char *db_path;

/* The seeded cases, newest opening date first. */
static gint64 nguyen_case_id;   /* 2026-06-02, intake */
static gint64 rivera_case_id;   /* 2026-06-01, open, an overdue deadline, a note about mould */
static gint64 kowalski_case_id; /* 2026-05-10, open */
static gint64 lee_case_id;      /* 2026-04-20, placed with Jordan Adams */
static gint64 utility_case_id;  /* 2025-11-03, closed 2026-01-15 */
static gint64 overdue_id;
static gint64 adams_id;

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

static DeskCasesPage *
cases_page (void)
{
  return DESK_CASES_PAGE (desk_window_get_page_widget (main_window (), "cases"));
}

static GtkColumnView *
cases_view (void)
{
  return desk_page_get_column_view (DESK_PAGE (cases_page ()));
}

static const char *
count_text (void)
{
  return desk_page_get_count_text (DESK_PAGE (cases_page ()));
}

static DeskCaseFilters *
filters (void)
{
  return desk_cases_page_get_filters (cases_page ());
}

/* The row of case @id, or G_MAXUINT. */
static guint
row_of (gint64 id)
{
  return desk_record_list_find (DESK_RECORD_LIST (desk_page_get_model (DESK_PAGE (cases_page ()))), id);
}

static gint64
id_at (guint row)
{
  return desk_record_list_get_id (DESK_RECORD_LIST (desk_page_get_model (DESK_PAGE (cases_page ()))), row);
}

static gint64
selected_id (void)
{
  DeskRecord *selected = desk_page_get_selected (DESK_PAGE (cases_page ()));

  return selected != NULL ? desk_record_get_id (selected) : 0;
}

static void
assert_cell (guint       column,
             guint       row,
             const char *expected)
{
  g_autofree char *text = desk_test_cell_text (cases_view (), column, row);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_rows (const gint64 *ids,
             guint         n_ids)
{
  g_assert_cmpuint (g_list_model_get_n_items (desk_page_get_model (DESK_PAGE (cases_page ()))), ==, n_ids);
  for (guint i = 0; i < n_ids; i++)
    g_assert_cmpint (id_at (i), ==, ids[i]);
}

static gboolean
count_reads (gpointer text)
{
  return g_strcmp0 (count_text (), text) == 0;
}

static void
wait_for_count (const char *text)
{
  desk_test_wait_for (count_reads, (gpointer) text, text);
}

static void
save_case_title (gint64      id,
                 const char *title)
{
  g_autoptr(DeskCase) kase = NULL;
  g_autoptr(GError) error = NULL;

  kase = desk_store_get_case (window_store (), id, &error);
  g_assert_no_error (error);
  desk_case_set_title (kase, title);
  g_assert_true (desk_store_save (window_store (), DESK_RECORD (kase), &error));
  g_assert_no_error (error);
  desk_test_iterate ();
}

static void
set_deadline_done (gboolean done)
{
  g_autoptr(DeskDeadline) deadline = NULL;
  g_autoptr(GError) error = NULL;

  deadline = desk_store_get (window_store (), DESK_TYPE_DEADLINE, overdue_id, &error);
  g_assert_no_error (error);
  desk_deadline_set_done (deadline, done);
  g_assert_true (desk_store_save (window_store (), DESK_RECORD (deadline), &error));
  g_assert_no_error (error);
  desk_test_iterate ();
}

/* Types @text in a date filter and presses Enter there. */
static void
type_date (const char *entry_id,
           const char *text)
{
  DeskDateEntry *entry = FILTERS_CHILD (filters (), entry_id);

  desk_date_entry_set_text (entry, text);
  g_signal_emit_by_name (desk_date_entry_get_entry (entry), "activate");
  desk_test_iterate ();
}

/* What a click on the header of @column asks for.  (GTK 4.8 takes the
 * click itself only from a real pointer; and gtk_column_view_sort_by_column()
 * leaves the arrow of the column sorted before, which a click clears.) */
static void
click_header (GtkColumnViewColumn *column,
              GtkSortType          direction)
{
  gtk_column_view_sort_by_column (cases_view (), column, direction);
  desk_test_wait_until_drawn (GTK_WIDGET (main_window ()));
}

/* How many column headers show a sort arrow. */
static guint
count_sort_arrows (GtkWidget *widget)
{
  guint n = 0;
  if (gtk_widget_get_mapped (widget) && g_strcmp0 (gtk_widget_get_css_name (widget), "sort-indicator") == 0 &&
      (gtk_widget_has_css_class (widget, "ascending") || gtk_widget_has_css_class (widget, "descending")))
    n++;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_sort_arrows (child);

  return n;
}

/* ---- the database --------------------------------------------------------- */

static gint64
new_id (gpointer record)
{
  gint64 id = desk_record_get_id (DESK_RECORD (record));

  g_object_unref (record);
  return id;
}

static gint64
add_client (DeskStore  *store,
            const char *first,
            const char *last)
{
  return new_id (desk_test_new_record (store, DESK_TYPE_CLIENT, "first-name", first, "last-name", last, NULL));
}

static gint64
add_case (DeskStore      *store,
          gint64          client_id,
          const char     *problem_code,
          const char     *title,
          const char     *opened_on,
          DeskCaseStatus  status,
          gint64          volunteer_id)
{
  return new_id (desk_test_new_record (store, DESK_TYPE_CASE,
                                       "client-id", client_id,
                                       "problem-code", problem_code,
                                       "title", title,
                                       "opened-on", opened_on,
                                       "status", status,
                                       "volunteer-id", volunteer_id,
                                       NULL));
}

static void
seed_database (void)
{
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 rivera, lee, kowalski, nguyen;

  store = desk_store_open (db_path, &error);
  g_assert_no_error (error);

  rivera = add_client (store, "Ana", "Rivera");
  lee = add_client (store, "Marcus", "Lee");
  kowalski = add_client (store, "Robert", "Kowalski");
  nguyen = add_client (store, "Thi", "Nguyen");

  g_object_unref (desk_test_new_record (store, DESK_TYPE_VOLUNTEER, "first-name", "Margaret", "last-name", "Chen",
                                        "role", DESK_VOLUNTEER_ATTORNEY, "is-mentor", TRUE, NULL));
  adams_id = new_id (desk_test_new_record (store, DESK_TYPE_VOLUNTEER, "first-name", "Jordan", "last-name", "Adams",
                                           "role", DESK_VOLUNTEER_LAW_STUDENT, NULL));

  lee_case_id = add_case (store, lee, "31", "Custody modification", "2026-04-20", DESK_CASE_STATUS_PLACED, adams_id);
  kowalski_case_id = add_case (store, kowalski, "22", "Unpaid overtime", "2026-05-10", DESK_CASE_STATUS_OPEN, 0);
  rivera_case_id = add_case (store, rivera, "63", "Repairs and rent abatement", "2026-06-01",
                             DESK_CASE_STATUS_OPEN, 0);
  nguyen_case_id = add_case (store, nguyen, "51", "Medicaid renewal denied", "2026-06-02", DESK_CASE_STATUS_INTAKE, 0);
  utility_case_id = new_id (desk_test_new_record (store, DESK_TYPE_CASE,
                                                  "client-id", rivera,
                                                  "problem-code", "07",
                                                  "title", "Utility shut-off notice",
                                                  "opened-on", "2025-11-03",
                                                  "status", DESK_CASE_STATUS_CLOSED,
                                                  "closing-code", "A",
                                                  "outcome", DESK_OUTCOME_FAVOURABLE,
                                                  "closed-on", "2026-01-15",
                                                  NULL));

  overdue_id = new_id (desk_test_new_record (store, DESK_TYPE_DEADLINE, "case-id", rivera_case_id,
                                             "kind", DESK_DEADLINE_FILING_DEADLINE, "due-on", "2026-06-10",
                                             "description", "Answer to the landlord’s claim", NULL));
  g_object_unref (desk_test_new_record (store, DESK_TYPE_NOTE, "case-id", rivera_case_id, "author", "Pat Intake",
                                        "body", "Landlord promised repairs; client has photos of the mould.", NULL));
}

/* ---- tests ---------------------------------------------------------------- */

static void
test_cases_list (void)
{
  const gint64 newest_first[] = { nguyen_case_id, rivera_case_id, kowalski_case_id, lee_case_id, utility_case_id };
  g_autofree char *titles = NULL;
  guint row;
  GtkWidget *label;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (main_window ()), "win.show-page", "s", "cases"));
  desk_test_wait_until_drawn (GTK_WIDGET (main_window ()));

  titles = desk_test_column_titles (cases_view ());
  g_assert_cmpstr (titles, ==, "Case number|Client|LSC problem|Status|Priority|Volunteer|Mentor|Opened|Next deadline");
  g_assert_cmpstr (count_text (), ==, "5 cases");
  assert_rows (newest_first, G_N_ELEMENTS (newest_first));
  g_assert_cmpuint (count_sort_arrows (GTK_WIDGET (cases_view ())), ==, 1);

  row = row_of (rivera_case_id);
  assert_cell (1, row, "Ana Rivera");
  assert_cell (2, row, "63 · Private Landlord/Tenant");
  assert_cell (3, row, "Open");
  assert_cell (4, row, "Normal");
  assert_cell (7, row, "2026-06-01");
  assert_cell (8, row, "2026-06-10");
  row = row_of (lee_case_id);
  assert_cell (3, row, "Placed");
  assert_cell (5, row, "Jordan Adams");
  assert_cell (3, row_of (utility_case_id), "Closed");

  /* A passed deadline stands out, and says why to those who cannot tell red. */
  label = desk_test_find_label (GTK_WIDGET (cases_view ()), "2026-06-10");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (label, "desk-overdue"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (label), ==, "Overdue");

  /* Nothing filtered: nothing to clear. */
  g_assert_false (gtk_widget_get_visible (PAGE_CHILD (cases_page (), "clear_button")));
  desk_test_assert_buttons_named (GTK_WIDGET (main_window ()));
  desk_test_save_pngs (GTK_WIDGET (main_window ()), "ui-cases-list", TRUE);
}

static void
test_cases_filters (void)
{
  const gint64 open_cases[] = { rivera_case_id, kowalski_case_id };
  const gint64 rivera_only[] = { rivera_case_id };
  const gint64 opened_in_june[] = { nguyen_case_id, rivera_case_id };
  GtkWidget *opened_from;

  desk_cases_page_show_filters (cases_page (), TRUE);
  desk_test_wait_until_drawn (GTK_WIDGET (main_window ()));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (filters ())));
  desk_test_assert_buttons_named (GTK_WIDGET (main_window ()));

  /* Status "Open". */
  gtk_drop_down_set_selected (FILTERS_CHILD (filters (), "status_drop_down"), DESK_CASE_STATUS_OPEN + 1);
  desk_test_iterate ();
  g_assert_cmpint (desk_cases_page_get_query (cases_page ())->status, ==, DESK_CASE_STATUS_OPEN);
  g_assert_cmpstr (count_text (), ==, "2 cases found");
  assert_rows (open_cases, G_N_ELEMENTS (open_cases));
  g_assert_true (desk_case_filters_is_active (filters ()));
  g_assert_true (gtk_widget_get_visible (PAGE_CHILD (cases_page (), "clear_button")));

  /* "Has overdue deadline" on top. */
  gtk_check_button_set_active (FILTERS_CHILD (filters (), "overdue_check"), TRUE);
  desk_test_iterate ();
  g_assert_true (desk_cases_page_get_query (cases_page ())->overdue);
  g_assert_cmpstr (count_text (), ==, "1 case found");
  assert_rows (rivera_only, G_N_ELEMENTS (rivera_only));
  desk_test_save_pngs (GTK_WIDGET (main_window ()), "ui-cases-filtered", TRUE);

  /* The deadline done elsewhere: the case leaves the list by itself. */
  set_deadline_done (TRUE);
  g_assert_cmpstr (desk_page_get_empty_title (DESK_PAGE (cases_page ())), ==, "No Cases Found");
  desk_test_wait_until_drawn (GTK_WIDGET (main_window ()));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (main_window ()), "No Cases Found"));
  desk_test_save_pngs (GTK_WIDGET (main_window ()), "ui-cases-no-match", TRUE);
  set_deadline_done (FALSE);
  g_assert_cmpstr (count_text (), ==, "1 case found");
  gtk_check_button_set_active (FILTERS_CHILD (filters (), "overdue_check"), FALSE);
  gtk_drop_down_set_selected (FILTERS_CHILD (filters (), "status_drop_down"), 0);
  desk_test_iterate ();
  g_assert_cmpstr (count_text (), ==, "5 cases");
  g_assert_false (desk_case_filters_is_active (filters ()));

  /* A problem category. */
  {
    GtkDropDown *category = FILTERS_CHILD (filters (), "category_drop_down");
    GListModel *categories = gtk_drop_down_get_model (category);
    guint housing = G_MAXUINT;

    for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (categories), i), "Housing") == 0)
        housing = i;
    g_assert_cmpuint (housing, !=, G_MAXUINT);
    gtk_drop_down_set_selected (category, housing);
    desk_test_iterate ();
    g_assert_cmpstr (desk_cases_page_get_query (cases_page ())->category, ==, "Housing");
    assert_rows (rivera_only, G_N_ELEMENTS (rivera_only));
    gtk_drop_down_set_selected (category, 0);
    desk_test_iterate ();
  }

  /* A volunteer; "Unassigned" takes the volunteer away. */
  desk_test_pick (FILTERS_CHILD (filters (), "volunteer_picker"), "Adams");
  g_assert_cmpint (desk_cases_page_get_query (cases_page ())->volunteer_id, ==, adams_id);
  g_assert_cmpstr (count_text (), ==, "1 case found");
  g_assert_cmpint (id_at (0), ==, lee_case_id);
  gtk_check_button_set_active (FILTERS_CHILD (filters (), "unassigned_check"), TRUE);
  desk_test_iterate ();
  g_assert_cmpint (desk_cases_page_get_query (cases_page ())->volunteer_id, ==, 0);
  g_assert_true (desk_cases_page_get_query (cases_page ())->unassigned);
  g_assert_false (gtk_widget_get_sensitive (FILTERS_CHILD (filters (), "volunteer_picker")));
  g_assert_cmpuint (row_of (lee_case_id), ==, G_MAXUINT);
  g_assert_cmpstr (count_text (), ==, "4 cases found");
  gtk_check_button_set_active (FILTERS_CHILD (filters (), "unassigned_check"), FALSE);
  desk_test_iterate ();
  g_assert_cmpstr (count_text (), ==, "5 cases");

  /* A date that is no date: marked, said, and the list stays as it was. */
  opened_from = GTK_WIDGET (desk_date_entry_get_entry (FILTERS_CHILD (filters (), "opened_from_entry")));
  type_date ("opened_from_entry", "2026-13-01");
  g_assert_true (gtk_widget_has_css_class (opened_from, "error"));
  g_assert_cmpstr (desk_case_filters_get_error (filters ()), ==,
                   "The “opened from” date is not a real date; write it as YYYY-MM-DD.");
  desk_test_wait_until_drawn (GTK_WIDGET (main_window ()));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (main_window ()),
                                        "The “opened from” date is not a real date; write it as YYYY-MM-DD."));
  g_assert_null (desk_cases_page_get_query (cases_page ())->opened_from);
  g_assert_cmpstr (count_text (), ==, "5 cases");
  desk_test_save_pngs (GTK_WIDGET (main_window ()), "ui-cases-bad-date", TRUE);

  /* A real one, typed the American way. */
  type_date ("opened_from_entry", "6/1/2026");
  g_assert_false (gtk_widget_has_css_class (opened_from, "error"));
  g_assert_null (desk_case_filters_get_error (filters ()));
  g_assert_cmpstr (desk_cases_page_get_query (cases_page ())->opened_from, ==, "2026-06-01");
  assert_rows (opened_in_june, G_N_ELEMENTS (opened_in_june));

  /* A range that ends before it starts is said too. */
  type_date ("opened_to_entry", "2026-05-01");
  g_assert_cmpstr (desk_case_filters_get_error (filters ()), ==, "The opening date range ends before it starts.");
  assert_rows (opened_in_june, G_N_ELEMENTS (opened_in_june));
  type_date ("opened_to_entry", "");
  type_date ("opened_from_entry", "");

  /* Closed in a range: the closed case only. */
  type_date ("closed_from_entry", "2026-01-01");
  type_date ("closed_to_entry", "2026-01-31");
  g_assert_cmpstr (count_text (), ==, "1 case found");
  g_assert_cmpint (id_at (0), ==, utility_case_id);

  /* Clear: every filter and the search go, in one press. */
  gtk_editable_set_text (desk_cases_page_get_search_entry (cases_page ()), "utility");
  desk_test_click (PAGE_CHILD (cases_page (), "clear_button"));
  wait_for_count ("5 cases");
  g_assert_false (desk_case_filters_is_active (filters ()));
  g_assert_cmpstr (gtk_editable_get_text (desk_cases_page_get_search_entry (cases_page ())), ==, "");
  g_assert_null (desk_cases_page_get_query (cases_page ())->closed_from);
  g_assert_false (gtk_widget_get_visible (PAGE_CHILD (cases_page (), "clear_button")));

  desk_cases_page_show_filters (cases_page (), FALSE);
  desk_test_wait_until_drawn (GTK_WIDGET (main_window ()));
}

static gboolean
shows_no_result (gpointer data)
{
  return desk_page_get_empty_title (DESK_PAGE (cases_page ())) != NULL;
}

static void
test_cases_search (void)
{
  GtkEditable *search = desk_cases_page_get_search_entry (cases_page ());

  /* Ctrl+F, then a word of a note. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (main_window ()), "win.find", NULL));
  desk_test_iterate ();
  g_assert_true (desk_test_has_focus_within (GTK_WIDGET (search)));
  gtk_editable_set_text (search, "mould");
  wait_for_count ("1 case found");
  g_assert_cmpint (id_at (0), ==, rivera_case_id);
  g_assert_cmpstr (desk_cases_page_get_query (cases_page ())->search, ==, "mould");
  desk_test_save_pngs (GTK_WIDGET (main_window ()), "ui-cases-search", TRUE);

  /* A client's name finds the client's cases. */
  gtk_editable_set_text (search, "Rivera");
  wait_for_count ("2 cases found");

  gtk_editable_set_text (search, "zzzz");
  desk_test_wait_for (shows_no_result, NULL, "no result");
  g_assert_cmpstr (desk_page_get_empty_title (DESK_PAGE (cases_page ())), ==, "No Cases Found");

  /* Escape in the search empties it and goes back to the list. */
  g_signal_emit_by_name (search, "stop-search");
  wait_for_count ("5 cases");
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "");
  g_assert_true (desk_test_has_focus_within (GTK_WIDGET (cases_view ())));
}

static void
test_cases_sort (void)
{
  GListModel *columns = gtk_column_view_get_columns (cases_view ());
  g_autoptr(GtkColumnViewColumn) client_column = g_list_model_get_item (columns, 1);
  g_autoptr(GtkColumnViewColumn) status_column = g_list_model_get_item (columns, 3);
  g_autoptr(GtkColumnViewColumn) mentor_column = g_list_model_get_item (columns, 6);
  const DeskCaseQuery *query;

  /* A click on a header sorts by it in SQL; a second click turns it round. */
  click_header (client_column, GTK_SORT_ASCENDING);
  query = desk_cases_page_get_query (cases_page ());
  g_assert_cmpint (query->sort, ==, DESK_CASE_SORT_CLIENT);
  g_assert_true (query->ascending);
  assert_cell (1, 0, "Robert Kowalski");
  assert_cell (1, 1, "Marcus Lee");
  assert_cell (1, 2, "Thi Nguyen");
  assert_cell (1, 4, "Ana Rivera");

  click_header (client_column, GTK_SORT_DESCENDING);
  g_assert_cmpint (desk_cases_page_get_query (cases_page ())->sort, ==, DESK_CASE_SORT_CLIENT);
  g_assert_false (desk_cases_page_get_query (cases_page ())->ascending);
  assert_cell (1, 0, "Ana Rivera");
  assert_cell (1, 4, "Robert Kowalski");

  /* Another column. */
  click_header (status_column, GTK_SORT_ASCENDING);
  g_assert_cmpint (desk_cases_page_get_query (cases_page ())->sort, ==, DESK_CASE_SORT_STATUS);
  g_assert_true (desk_cases_page_get_query (cases_page ())->ascending);
  assert_cell (3, 0, "Intake");
  assert_cell (3, 4, "Closed");
  desk_test_save_pngs (GTK_WIDGET (main_window ()), "ui-cases-sorted-status", TRUE);

  /* The mentor cannot be sorted on. */
  g_assert_null (gtk_column_view_column_get_sorter (mentor_column));
}

/* The selection stays on the same case whatever changes around it. */
static void
test_cases_keep_selection (void)
{
  g_autoptr(GtkColumnViewColumn) number_column = g_list_model_get_item (gtk_column_view_get_columns (cases_view ()), 0);
  DeskCaseEditor *editor;
  guint before;
  gint64 newest;

  g_assert_true (desk_page_select_id (DESK_PAGE (cases_page ()), kowalski_case_id));
  before = row_of (kowalski_case_id);
  g_assert_cmpint (selected_id (), ==, kowalski_case_id);

  /* Another case saved. */
  save_case_title (rivera_case_id, "Repairs, rent abatement and the deposit");
  g_assert_cmpint (selected_id (), ==, kowalski_case_id);

  /* A new case sorted in before it. */
  newest = add_case (window_store (), desk_case_get_client_id (DESK_CASE (desk_page_get_selected (DESK_PAGE (cases_page ())))),
                     "22", "Final paycheck withheld", "2026-06-14", DESK_CASE_STATUS_INTAKE, 0);
  desk_test_iterate ();
  g_assert_cmpint (selected_id (), ==, kowalski_case_id);
  g_assert_cmpuint (row_of (kowalski_case_id), ==, before + 1);
  g_assert_cmpuint (g_list_model_get_n_items (desk_page_get_model (DESK_PAGE (cases_page ()))), ==, 6);

  /* The case itself saved in its editor, its row refreshed in place. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cases_page ()), "page.edit", NULL));
  editor = desk_case_editor_find (window_store (), kowalski_case_id);
  g_assert_nonnull (editor);
  desk_test_type (desk_test_field (desk_editor_get_form (DESK_EDITOR (editor)), "title"), "Unpaid overtime and tips");
  desk_test_save_editor (editor);
  desk_test_close_editor (editor);
  g_assert_cmpint (selected_id (), ==, kowalski_case_id);
  g_assert_cmpuint (row_of (kowalski_case_id), ==, before + 1);
  desk_test_wait_until_drawn (GTK_WIDGET (main_window ()));

  /* A new order keeps it too. */
  click_header (number_column, GTK_SORT_ASCENDING);
  g_assert_cmpint (desk_cases_page_get_query (cases_page ())->sort, ==, DESK_CASE_SORT_NUMBER);
  g_assert_cmpint (selected_id (), ==, kowalski_case_id);
  /* Numbers run by the year opened: the 2025 case comes first. */
  assert_cell (0, 0, "2025-00001");
  g_assert_cmpint (id_at (0), ==, utility_case_id);

  {
    g_autoptr(DeskCase) kase = desk_store_get_case (window_store (), newest, NULL);

    g_assert_true (desk_store_archive (window_store (), DESK_RECORD (kase), NULL));
    desk_test_iterate ();
  }
  g_assert_cmpint (selected_id (), ==, kowalski_case_id);
}

static void
test_cases_open (void)
{
  DeskCaseEditor *editor;
  guint row = row_of (rivera_case_id);

  /* Enter on a row opens its case; a second time raises the same window. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (cases_view ())), row);
  g_signal_emit_by_name (cases_view (), "activate", row);
  editor = desk_case_editor_find (window_store (), rivera_case_id);
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (main_window ()));
  g_signal_emit_by_name (cases_view (), "activate", row);
  g_assert_true (desk_case_editor_find (window_store (), rivera_case_id) == editor);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "Ana Rivera"));
  desk_test_assert_buttons_named (GTK_WIDGET (editor));
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-cases-opened-case", FALSE);
  desk_test_close_editor (editor);
  g_assert_null (desk_case_editor_find (window_store (), rivera_case_id));

  /* Whatever in the window names a case opens it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (main_window ()), "win.open-case", "x", rivera_case_id));
  editor = desk_case_editor_find (window_store (), rivera_case_id);
  g_assert_nonnull (editor);
  desk_test_close_editor (editor);
}

static void
test_cases_archive_undo (void)
{
  g_autoptr(DeskCase) kase = NULL;
  g_autofree char *toast = NULL;

  g_assert_true (desk_page_select_id (DESK_PAGE (cases_page ()), rivera_case_id));
  g_assert_cmpstr (count_text (), ==, "5 cases");

  /* Delete on the list. */
  gtk_widget_grab_focus (GTK_WIDGET (cases_view ()));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cases_view ()), "page.archive", NULL));
  desk_test_iterate ();
  kase = desk_store_get_case (window_store (), rivera_case_id, NULL);
  g_assert_true (desk_record_get_archived (DESK_RECORD (kase)));
  g_clear_object (&kase);
  g_assert_cmpstr (count_text (), ==, "4 cases");
  g_assert_cmpuint (row_of (rivera_case_id), ==, G_MAXUINT);
  toast = g_strdup_printf ("Case %s archived", "2026-00003");
  g_assert_cmpstr (desk_feedback_get_last_toast (GTK_WIDGET (main_window ())), ==, toast);
  /* The next row is selected, for Delete again. */
  g_assert_nonnull (desk_page_get_selected (DESK_PAGE (cases_page ())));
  desk_test_save_pngs (GTK_WIDGET (main_window ()), "ui-cases-archived-undo", TRUE);

  g_assert_true (desk_feedback_undo (GTK_WIDGET (main_window ())));
  desk_test_iterate ();
  kase = desk_store_get_case (window_store (), rivera_case_id, NULL);
  g_assert_false (desk_record_get_archived (DESK_RECORD (kase)));
  g_assert_cmpstr (count_text (), ==, "5 cases");
  g_assert_cmpuint (row_of (rivera_case_id), !=, G_MAXUINT);
  g_assert_cmpint (desk_test_count_audit (window_store (), "case", rivera_case_id, "archive"), ==, 1);
  g_assert_cmpint (desk_test_count_audit (window_store (), "case", rivera_case_id, "restore"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  desk_test_init_accessibility ();
  desk_test_init (&argc, &argv);

  tmpdir = g_dir_make_tmp ("probono-ui-cases-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (tmpdir, "clinic.db", NULL);
  seed_database ();

  app = desk_test_application_new ();
  g_assert_true (desk_application_open_database (app, db_path));
  gtk_window_present (GTK_WINDOW (main_window ()));

  g_test_add_func ("/ui/cases/list", test_cases_list);
  g_test_add_func ("/ui/cases/filters", test_cases_filters);
  g_test_add_func ("/ui/cases/search", test_cases_search);
  g_test_add_func ("/ui/cases/sort", test_cases_sort);
  g_test_add_func ("/ui/cases/keep-selection", test_cases_keep_selection);
  g_test_add_func ("/ui/cases/open", test_cases_open);
  g_test_add_func ("/ui/cases/archive-undo", test_cases_archive_undo);

  status = g_test_run ();

  desk_test_application_free (g_steal_pointer (&app));
  desk_test_remove_tree (tmpdir);
  g_free (db_path);
  g_free (tmpdir);

  return status;
}
