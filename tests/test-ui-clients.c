/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Clients page, the client editor, the conflict-of-interest window and
 * the poverty guidelines window, built for real under Xvfb, filled in
 * through their widgets, checked in the store, and saved as PNGs. */
#define G_LOG_DOMAIN "test-ui-clients"

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "desk-application.h"
#include "desk-case-editor.h"
#include "desk-client-editor.h"
#include "desk-clients-page.h"
#include "desk-conflict-window.h"
#include "desk-date-entry.h"
#include "desk-feedback.h"
#include "desk-flags-chooser.h"
#include "desk-gtk-compat.h"
#include "desk-guidelines-window.h"
#include "desk-store.h"
#include "desk-ui-test.h"
#include "desk-window.h"

#define EDITOR_CHILD(editor, name) \
  ((gpointer) gtk_widget_get_template_child (GTK_WIDGET (editor), DESK_TYPE_CLIENT_EDITOR, (name)))

static DeskApplication *app;
static char *tmpdir;
static char *db_path;
static gint64 lee_case_id;

/* ---- helpers ------------------------------------------------------------- */

static DeskStore *
window_store (void)
{
  return desk_window_get_store (desk_application_get_window (app));
}

static DeskWindow *
open_clients_page (DeskClientsPage **page_out)
{
  DeskWindow *window;

  g_assert_true (desk_application_open_database (app, db_path));
  window = desk_application_get_window (app);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "clients"));
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  *page_out = DESK_CLIENTS_PAGE (desk_window_get_page_widget (window, "clients"));

  return window;
}

static GListModel *
page_model (DeskClientsPage *page)
{
  return G_LIST_MODEL (gtk_column_view_get_model (desk_page_get_column_view (DESK_PAGE (page))));
}

/* The row showing @name ("Rivera, Ana"), or G_MAXUINT. */
static guint
find_row (DeskClientsPage *page,
          const char      *name)
{
  GtkColumnView *view = desk_page_get_column_view (DESK_PAGE (page));
  guint n = g_list_model_get_n_items (page_model (page));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = desk_test_cell_text (view, 0, i);

      if (g_strcmp0 (text, name) == 0)
        return i;
    }

  return G_MAXUINT;
}

static gint64
select_row (DeskClientsPage *page,
            const char      *name)
{
  guint row = find_row (page, name);
  DeskRecord *selected;

  g_assert_cmpuint (row, !=, G_MAXUINT);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (page_model (page)), row);
  selected = desk_page_get_selected (DESK_PAGE (page));
  g_assert_nonnull (selected);

  return desk_record_get_id (selected);
}

static const char *
selected_last_name (DeskClientsPage *page)
{
  DeskRecord *selected = desk_page_get_selected (DESK_PAGE (page));

  return selected != NULL ? desk_client_get_last_name (DESK_CLIENT (selected)) : NULL;
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

static void
type_text (gpointer    editor,
           const char *property,
           const char *text)
{
  desk_test_type (field (editor, property), text);
}

static void
choose (gpointer    editor,
        const char *property,
        guint       position)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (editor, property)), position);
  desk_test_iterate ();
}

static void
tick (gpointer editor,
      guint    flag)
{
  GtkCheckButton *check = desk_flags_chooser_get_check (DESK_FLAGS_CHOOSER (field (editor, "income-sources")), flag);

  g_assert_nonnull (check);
  gtk_check_button_set_active (check, TRUE);
  desk_test_iterate ();
}

static DeskClientEditor *
new_client_editor (void)
{
  DeskClientEditor *editor = DESK_CLIENT_EDITOR (desk_test_find_new_editor (DESK_TYPE_CLIENT_EDITOR));

  g_assert_nonnull (editor);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  return editor;
}

static guint
count_clients_named (const char *search)
{
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GError) error = NULL;

  found = desk_store_search_clients (window_store (), search, DESK_CLIENT_SORT_NAME, TRUE, &error);
  g_assert_no_error (error);
  return g_list_model_get_n_items (found);
}

static DeskClient *
stored_client (gint64 id)
{
  g_autoptr(GError) error = NULL;
  DeskClient *client = desk_store_get_client (window_store (), id, &error);

  g_assert_no_error (error);
  return client;
}

/* ---- the database --------------------------------------------------------- */

static void
add_client (DeskStore  *store,
            const char *first,
            const char *last,
            const char *phone,
            const char *language,
            const char *county,
            int         adults,
            int         children,
            gint64      income_cents,
            gint64     *id_out)
{
  /* Seeded households between 125% and 200% come with their reason. */
  g_autoptr(DeskClient) client = desk_test_new_record (store, DESK_TYPE_CLIENT,
                                                       "first-name", first,
                                                       "last-name", last,
                                                       "phone", phone,
                                                       "language", language,
                                                       "county", county,
                                                       "intake-date", "2026-05-02",
                                                       "household-adults", adults,
                                                       "household-children", children,
                                                       "annual-income-cents", income_cents,
                                                       "eligibility-exception", DESK_EXCEPTION_MEDICAL_EXPENSES,
                                                       NULL);

  *id_out = desk_record_get_id (DESK_RECORD (client));
}

static gint64
add_case (DeskStore      *store,
          gint64          client_id,
          const char     *problem_code,
          const char     *title,
          DeskCaseStatus  status,
          gint64          volunteer_id)
{
  g_autoptr(DeskCase) kase = desk_test_new_record (store, DESK_TYPE_CASE,
                                                   "client-id", client_id,
                                                   "problem-code", problem_code,
                                                   "title", title,
                                                   "opened-on", "2026-05-04",
                                                   "status", status,
                                                   "volunteer-id", volunteer_id,
                                                   NULL);

  return desk_record_get_id (DESK_RECORD (kase));
}

static void
seed_database (const char *path)
{
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskVolunteer) chen = NULL;
  g_autoptr(DeskVolunteer) adams = NULL;
  gint64 rivera, lee, nguyen, okafor;

  store = desk_store_open (path, &error);
  g_assert_no_error (error);

  chen = desk_test_new_record (store, DESK_TYPE_VOLUNTEER, "first-name", "Margaret", "last-name", "Chen",
                               "role", DESK_VOLUNTEER_ATTORNEY, NULL);
  adams = desk_test_new_record (store, DESK_TYPE_VOLUNTEER, "first-name", "Jordan", "last-name", "Adams",
                                "role", DESK_VOLUNTEER_LAW_STUDENT, NULL);

  /* 2026 intakes screened against the 2025 figures (the latest on file):
   * one person $15,650, each additional person $5,500. */
  add_client (store, "Ana", "Rivera", "(512) 555-0134", "Spanish", "Travis", 1, 0, 1200000, &rivera);      /* 77% */
  add_client (store, "Marcus", "Lee", "512-555-0188", "English", "Williamson", 1, 2, 6000000, &lee);      /* 225% */
  add_client (store, "Thi", "Nguyen", "737-555-0110", "Vietnamese", "Travis", 2, 0, 3000000, &nguyen);    /* 142% */
  add_client (store, "Chidi", "Okafor", "(737) 555-0102", "English", "Hays", 1, 1, 2400000, &okafor);     /* 113% */

  add_case (store, rivera, "63", "Eviction for repairs complaint", DESK_CASE_STATUS_PLACED,
            desk_record_get_id (DESK_RECORD (chen)));
  add_case (store, rivera, "07", "Utility shut-off notice", DESK_CASE_STATUS_OPEN, 0);
  lee_case_id = add_case (store, lee, "31", "Custody modification", DESK_CASE_STATUS_PLACED,
                          desk_record_get_id (DESK_RECORD (adams)));
  add_case (store, nguyen, "51", "Medicaid renewal denied", DESK_CASE_STATUS_INTAKE, 0);

  /* The person a new client will turn out to be. */
  g_object_unref (desk_test_new_record (store, DESK_TYPE_PARTY,
                                        "case-id", lee_case_id,
                                        "name", "Rosa Delgado",
                                        "role", DESK_PARTY_OPPOSING_PARTY,
                                        NULL));
}

/* ---- the list ---------------------------------------------------------------- */

static void
test_clients_list (void)
{
  g_autofree char *titles = NULL;
  g_autofree char *text = NULL;
  DeskClientsPage *page;
  DeskWindow *window = open_clients_page (&page);
  GtkColumnView *view = desk_page_get_column_view (DESK_PAGE (page));

  titles = desk_test_column_titles (view);
  g_assert_cmpstr (titles, ==, "Name|Phone|Preferred language|County|Open cases|% of poverty|Intake date");
  g_assert_cmpuint (g_list_model_get_n_items (page_model (page)), ==, 4);
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "4 clients");

  text = desk_test_cell_text (view, 0, 0);
  g_assert_cmpstr (text, ==, "Lee, Marcus");
  g_clear_pointer (&text, g_free);
  text = desk_test_cell_text (view, 5, 0);
  g_assert_cmpstr (text, ==, "225%");
  g_clear_pointer (&text, g_free);
  text = desk_test_cell_text (view, 4, find_row (page, "Rivera, Ana"));
  g_assert_cmpstr (text, ==, "2");

  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Rivera, Ana"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "142%"));
  desk_test_assert_buttons_named (GTK_WIDGET (window));
  desk_test_save_pngs (GTK_WIDGET (window), "ui-clients-list", TRUE);
}

typedef struct
{
  DeskClientsPage *page;
  guint            n_items;
} ListCount;

static gboolean
lists_n (gpointer data)
{
  ListCount *count = data;

  return g_list_model_get_n_items (page_model (count->page)) == count->n_items;
}

static void
search_and_wait (DeskClientsPage *page,
                 const char      *text,
                 guint            expected)
{
  ListCount count = { page, expected };

  gtk_editable_set_text (desk_clients_page_get_search_entry (page), text);
  desk_test_wait_for (lists_n, &count, "the search to list its clients");
}

static void
test_clients_search (void)
{
  g_autofree char *text = NULL;
  DeskClientsPage *page;
  DeskWindow *window = open_clients_page (&page);

  /* Ctrl+F lands in the search entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  desk_test_iterate ();
  g_assert_true (desk_test_has_focus_within (GTK_WIDGET (desk_clients_page_get_search_entry (page))));

  search_and_wait (page, "ngu", 1);
  text = desk_test_cell_text (desk_page_get_column_view (DESK_PAGE (page)), 0, 0);
  g_assert_cmpstr (text, ==, "Nguyen, Thi");
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "1 client found");
  desk_test_save_pngs (GTK_WIDGET (window), "ui-clients-search", TRUE);

  /* Phone numbers too. */
  search_and_wait (page, "737", 2);

  search_and_wait (page, "zzz", 0);
  g_assert_cmpstr (desk_page_get_empty_title (DESK_PAGE (page)), ==, "No Clients Found");
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "No Clients Found"));
  /* The search entry stays to change the words. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (desk_clients_page_get_search_entry (page))));
  desk_test_save_pngs (GTK_WIDGET (window), "ui-clients-no-match", TRUE);

  search_and_wait (page, "", 4);
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "4 clients");
}

static void
assert_poverty_column_sorted (DeskClientsPage *page,
                              gboolean         ascending)
{
  GtkColumnView *view = desk_page_get_column_view (DESK_PAGE (page));
  guint n = g_list_model_get_n_items (page_model (page));
  int previous = ascending ? -2 : G_MAXINT;

  g_assert_cmpuint (n, >=, 4);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeskClient) client = g_list_model_get_item (page_model (page), i);
      int percent = desk_client_get_poverty_percent (client);
      g_autofree char *text = desk_test_cell_text (view, 5, i);

      g_assert_cmpint (percent, >=, 0);
      g_assert_true (g_str_has_suffix (text, "%"));
      if (ascending)
        g_assert_cmpint (percent, >=, previous);
      else
        g_assert_cmpint (percent, <=, previous);
      previous = percent;
    }
}

static void
test_clients_sort (void)
{
  g_autoptr(GtkColumnViewColumn) poverty = NULL;
  g_autoptr(GtkColumnViewColumn) name = NULL;
  g_autofree char *text = NULL;
  DeskClientsPage *page;
  DeskWindow *window = open_clients_page (&page);
  GtkColumnView *view = desk_page_get_column_view (DESK_PAGE (page));
  gboolean ascending = FALSE;

  poverty = g_list_model_get_item (gtk_column_view_get_columns (view), 5);
  name = g_list_model_get_item (gtk_column_view_get_columns (view), 0);
  g_assert_cmpstr (gtk_column_view_column_get_title (poverty), ==, "% of poverty");

  /* Keep a selection across the new order. */
  select_row (page, "Okafor, Chidi");

  /* What clicking the header does; the order comes from SQL. */
  gtk_column_view_sort_by_column (view, poverty, GTK_SORT_ASCENDING);
  desk_test_iterate ();
  g_assert_cmpint (desk_page_get_sort (DESK_PAGE (page), &ascending), ==, DESK_CLIENT_SORT_POVERTY);
  g_assert_true (ascending);
  assert_poverty_column_sorted (page, TRUE);
  text = desk_test_cell_text (view, 0, 0);
  g_assert_cmpstr (text, ==, "Rivera, Ana");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr (selected_last_name (page), ==, "Okafor");

  gtk_column_view_sort_by_column (view, poverty, GTK_SORT_DESCENDING);
  desk_test_iterate ();
  g_assert_cmpint (desk_page_get_sort (DESK_PAGE (page), &ascending), ==, DESK_CLIENT_SORT_POVERTY);
  g_assert_false (ascending);
  assert_poverty_column_sorted (page, FALSE);
  text = desk_test_cell_text (view, 0, 0);
  g_assert_cmpstr (text, ==, "Lee, Marcus");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr (selected_last_name (page), ==, "Okafor");
  desk_test_save_pngs (GTK_WIDGET (window), "ui-clients-sorted-poverty", TRUE);

  gtk_column_view_sort_by_column (view, name, GTK_SORT_ASCENDING);
  desk_test_iterate ();
  g_assert_cmpint (desk_page_get_sort (DESK_PAGE (page), NULL), ==, DESK_CLIENT_SORT_NAME);
  text = desk_test_cell_text (view, 0, 0);
  g_assert_cmpstr (text, ==, "Lee, Marcus");
}

/* Delete on the list archives the client; Undo in the toast restores it. */
static void
test_clients_archive_undo (void)
{
  g_autoptr(DeskClient) stored = NULL;
  DeskClientsPage *page;
  DeskWindow *window = open_clients_page (&page);
  GtkColumnView *view = desk_page_get_column_view (DESK_PAGE (page));
  gint64 id;

  /* Nothing selected: nothing to archive. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (page_model (page)), GTK_INVALID_LIST_POSITION);
  gtk_widget_activate_action (GTK_WIDGET (view), "page.archive", NULL);
  desk_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (page_model (page)), ==, 4);
  g_assert_null (desk_feedback_get_last_toast (GTK_WIDGET (window)));

  id = select_row (page, "Rivera, Ana");

  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "page.archive", NULL));
  desk_test_iterate ();

  stored = stored_client (id);
  g_assert_true (desk_record_get_archived (DESK_RECORD (stored)));
  g_clear_object (&stored);
  g_assert_cmpuint (g_list_model_get_n_items (page_model (page)), ==, 3);
  g_assert_cmpuint (find_row (page, "Rivera, Ana"), ==, G_MAXUINT);
  g_assert_cmpstr (desk_feedback_get_last_toast (GTK_WIDGET (window)), ==, "Ana Rivera archived");
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Ana Rivera archived"));
  desk_test_save_pngs (GTK_WIDGET (window), "ui-clients-archived-undo", TRUE);

  g_assert_true (desk_feedback_undo (GTK_WIDGET (window)));
  desk_test_iterate ();

  stored = stored_client (id);
  g_assert_false (desk_record_get_archived (DESK_RECORD (stored)));
  g_assert_cmpuint (g_list_model_get_n_items (page_model (page)), ==, 4);
  g_assert_cmpuint (find_row (page, "Rivera, Ana"), !=, G_MAXUINT);
  /* Undo is offered once. */
  g_assert_false (desk_feedback_undo (GTK_WIDGET (window)));
}

/* A long list: a new order, and changes elsewhere, keep the person's place. */
static void
test_clients_keep_place (void)
{
  g_autoptr(GtkColumnViewColumn) poverty = NULL;
  g_autoptr(GtkColumnViewColumn) name = NULL;
  g_autoptr(GError) error = NULL;
  DeskClientsPage *page;
  DeskWindow *window = open_clients_page (&page);
  DeskStore *store = window_store ();
  GtkColumnView *view = desk_page_get_column_view (DESK_PAGE (page));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (page_model (page));
  g_autoptr(DeskClient) okafor = NULL;
  GtkAdjustment *vadj;
  double scrolled_to;
  guint position;

  for (int i = 1; i <= 60; i++)
    {
      g_autofree char *last = g_strdup_printf ("Zimmer%02d", i);

      g_object_unref (desk_test_new_record (store, DESK_TYPE_CLIENT,
                                            "first-name", "Kim",
                                            "last-name", last,
                                            "intake-date", "2026-05-02",
                                            "annual-income-cents", (gint64) 100000 * i,
                                            "eligibility-exception", DESK_EXCEPTION_OTHER,
                                            NULL));
    }
  desk_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (page_model (page)), ==, 64);

  vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (desk_test_find_widget (GTK_WIDGET (view),
                                                                                 GTK_TYPE_LIST_VIEW)));

  /* A client near the end, then sorted by % of poverty: the selection
   * follows the client and the list scrolls to it. */
  position = find_row (page, "Zimmer05, Kim");
  gtk_single_selection_set_selected (selection, position);
  poverty = g_list_model_get_item (gtk_column_view_get_columns (view), 5);
  name = g_list_model_get_item (gtk_column_view_get_columns (view), 0);
  gtk_column_view_sort_by_column (view, poverty, GTK_SORT_DESCENDING);
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (selected_last_name (page), ==, "Zimmer05");
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), !=, position);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Zimmer05, Kim"));
  scrolled_to = gtk_adjustment_get_value (vadj);
  g_assert_cmpfloat (scrolled_to, >, 0.0);

  /* A change to another client refreshes its row in place. */
  {
    g_autoptr(DeskClient) listed = g_list_model_get_item (page_model (page), find_row (page, "Okafor, Chidi"));

    okafor = stored_client (desk_record_get_id (DESK_RECORD (listed)));
  }
  desk_client_set_phone (okafor, "(737) 555-0177");
  g_assert_true (desk_store_save (store, DESK_RECORD (okafor), &error));
  g_assert_no_error (error);
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (selected_last_name (page), ==, "Zimmer05");
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), ==, scrolled_to);

  gtk_column_view_sort_by_column (view, name, GTK_SORT_ASCENDING);
  desk_test_save_pngs (GTK_WIDGET (window), "ui-clients-long-list", TRUE);

  /* The rest of the tests expect the short list. */
  for (int i = 1; i <= 60; i++)
    {
      g_autofree char *row_name = g_strdup_printf ("Zimmer%02d, Kim", i);
      g_autoptr(DeskClient) client = g_list_model_get_item (page_model (page), find_row (page, row_name));

      g_assert_nonnull (client);
      g_assert_true (desk_store_archive (store, DESK_RECORD (client), &error));
      g_assert_no_error (error);
    }
  desk_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (page_model (page)), ==, 4);
}

/* ---- the editor ---------------------------------------------------------------- */

/* Enter on a row opens a copy; Cancel asks and leaves the list's client
 * and the stored one alone. */
static void
test_clients_edit_cancel (void)
{
  g_autoptr(DeskClient) stored = NULL;
  DeskClientsPage *page;
  DeskWindow *window = open_clients_page (&page);
  GtkColumnView *view = desk_page_get_column_view (DESK_PAGE (page));
  DeskClientEditor *editor;
  DeskClient *listed;
  GtkWidget *question;
  GListModel *cases;
  g_autofree char *number = NULL;
  gint64 id;

  id = select_row (page, "Lee, Marcus");
  listed = DESK_CLIENT (desk_page_get_selected (DESK_PAGE (page)));

  /* Enter on the row. */
  g_signal_emit_by_name (view, "activate", find_row (page, "Lee, Marcus"));
  editor = DESK_CLIENT_EDITOR (desk_editor_find (DESK_TYPE_CLIENT_EDITOR, window_store (), id));
  g_assert_nonnull (editor);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_true (desk_client_editor_get_client (editor) != listed);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Marcus Lee");
  g_assert_cmpstr (desk_client_editor_get_verdict_text (editor), ==, "Over income");
  /* Over 200%, the stored reason is not needed and goes; opening alone is
   * no change to ask about. */
  g_assert_false (gtk_widget_get_visible (EDITOR_CHILD (editor, "exception_row")));
  g_assert_false (desk_editor_get_modified (DESK_EDITOR (editor)));
  g_assert_cmpstr (desk_editor_get_close_label (DESK_EDITOR (editor)), ==, "_Close");

  /* The client's cases, at the bottom. */
  cases = desk_client_editor_get_cases (editor);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 1);
  {
    g_autoptr(DeskCase) kase = g_list_model_get_item (cases, 0);
    GtkWidget *row;

    number = g_strdup (desk_case_get_case_number (kase));
    g_assert_true (g_str_has_prefix (number, "2026-"));
    g_assert_cmpint (desk_case_get_status (kase), ==, DESK_CASE_STATUS_PLACED);
    {
      g_autofree char *title = g_strdup_printf ("%s · Custody/Visitation", number);

      row = desk_test_find_row (GTK_WIDGET (editor), title);
      g_assert_nonnull (row);
      g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Placed · opened 2026-05-04"));
    }
    gtk_widget_grab_focus (row);
    desk_test_wait_until_drawn (GTK_WIDGET (editor));
  }
  desk_test_assert_buttons_named (GTK_WIDGET (editor));
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-client-editor-existing", FALSE);

  /* One editor per client. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.edit", NULL));
  g_assert_true (desk_editor_find (DESK_TYPE_CLIENT_EDITOR, window_store (), id) == DESK_EDITOR (editor));

  type_text (editor, "phone", "000");
  g_assert_true (desk_editor_get_modified (DESK_EDITOR (editor)));
  g_assert_cmpstr (desk_editor_get_close_label (DESK_EDITOR (editor)), ==, "_Cancel");

  /* Closing with a change asks; Cancel keeps the editor as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.close", NULL));
  question = desk_gtk_compat_get_question (GTK_WIDGET (editor));
  g_assert_nonnull (question);
  desk_test_wait_until_drawn (question);
  g_assert_true (desk_test_shows_label (question, "Save changes to “Marcus Lee”?"));
  desk_test_assert_buttons_named (question);
  desk_test_save_pngs (question, "ui-client-editor-unsaved", FALSE);
  g_assert_true (desk_test_answer_question (GTK_WIDGET (editor), "cancel"));
  g_assert_true (desk_editor_find (DESK_TYPE_CLIENT_EDITOR, window_store (), id) == DESK_EDITOR (editor));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (editor, "phone"))), ==, "000");

  /* Escape asks again; Discard closes without saving. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.close", NULL));
  question = desk_gtk_compat_get_question (GTK_WIDGET (editor));
  g_assert_nonnull (question);
  /* The button itself, as a click: the dialog closes before it answers. */
  desk_test_click (desk_test_find_button_labelled (question, "_Discard"));
  desk_test_wait_closed (editor);

  g_assert_cmpstr (desk_client_get_phone (listed), ==, "512-555-0188");
  stored = stored_client (id);
  g_assert_cmpstr (desk_client_get_phone (stored), ==, "512-555-0188");
}

/* Every problem at once, the first focused; a rule that needs no name is
 * said without one. */
static void
test_clients_form_problems (void)
{
  DeskClientsPage *page;
  DeskWindow *window = open_clients_page (&page);
  DeskClientEditor *editor;
  DeskForm *form;
  GtkWidget *first_name;
  GtkWidget *birth_date;
  g_autofree char *invalid = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.new", NULL));
  editor = new_client_editor ();
  form = form_of (editor);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Client");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (window));

  /* Nothing typed: the names are missing, but not shouted about yet. */
  g_assert_cmpstr (desk_form_get_problem (form, "first-name"), ==, "The client’s first name is missing.");
  g_assert_cmpstr (desk_form_get_problem (form, "last-name"), ==, "The client’s last name is missing.");
  g_assert_cmpuint (desk_form_get_shown_problems (form), ==, 0);
  g_assert_false (desk_test_shows_label (GTK_WIDGET (editor), "The client’s first name is missing."));
  desk_test_assert_buttons_named (GTK_WIDGET (editor));
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-client-editor-empty", FALSE);

  /* A birth date in the future is said at once, names or not. */
  type_text (editor, "birth-date", "2030-01-01");
  g_assert_cmpstr (desk_form_get_problem (form, "birth-date"), ==, "The date of birth is in the future.");
  g_assert_cmpuint (desk_form_get_shown_problems (form), ==, 1);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "The date of birth is in the future."));
  birth_date = field (editor, "birth-date");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (desk_date_entry_get_entry (DESK_DATE_ENTRY (birth_date))),
                                           "error"));
  g_assert_false (desk_test_shows_label (GTK_WIDGET (editor), "The client’s first name is missing."));

  /* Save shows every problem and focuses the first field at fault. */
  desk_editor_save (DESK_EDITOR (editor));
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_cmpuint (desk_form_get_shown_problems (form), ==, 3);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "The client’s first name is missing."));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "The client’s last name is missing."));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "The date of birth is in the future."));
  first_name = field (editor, "first-name");
  g_assert_true (gtk_widget_has_css_class (first_name, "error"));
  g_assert_true (gtk_widget_has_css_class (field (editor, "last-name"), "error"));
  g_assert_true (desk_test_has_focus_within (first_name));
  g_assert_true (desk_test_is_on_screen (first_name));
  /* Screen readers hear that the field is wrong. */
  invalid = gtk_test_accessible_check_state (GTK_ACCESSIBLE (first_name), GTK_ACCESSIBLE_STATE_INVALID,
                                             GTK_ACCESSIBLE_INVALID_TRUE);
  g_assert_null (invalid);
  g_assert_cmpint (desk_record_get_id (desk_editor_get_record (DESK_EDITOR (editor))), ==, 0);
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-client-editor-problems", FALSE);

  /* Typing a name takes its problem away at once. */
  type_text (editor, "first-name", "Dana");
  g_assert_null (desk_form_get_problem (form, "first-name"));
  g_assert_false (gtk_widget_has_css_class (first_name, "error"));
  g_assert_cmpuint (desk_form_get_shown_problems (form), ==, 2);

  /* A new client with changes: closing asks about the new client. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.close", NULL));
  g_assert_true (desk_test_shows_label (desk_gtk_compat_get_question (GTK_WIDGET (editor)), "Save the new client?"));
  g_assert_true (desk_test_answer_question (GTK_WIDGET (editor), "discard"));
  desk_test_wait_closed (editor);
  g_assert_cmpuint (count_clients_named ("Dana"), ==, 0);
}

static void
test_clients_conflict_cancel (void)
{
  g_autofree char *audit = NULL;
  DeskClientsPage *page;
  DeskWindow *window = open_clients_page (&page);
  DeskClientEditor *editor;
  DeskConflictWindow *conflict;
  gint64 cancelled_before = desk_test_count_audit (window_store (), "client", 0, "conflict-check");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  editor = new_client_editor ();
  type_text (editor, "first-name", "Marcus");
  type_text (editor, "last-name", "Lee");
  g_assert_true (desk_form_get_valid (form_of (editor)));

  /* Words are no income: said under the field. */
  type_text (editor, "annual-income-cents", "12k");
  g_assert_nonnull (desk_form_get_problem (form_of (editor), "annual-income-cents"));
  g_assert_true (gtk_widget_has_css_class (field (editor, "annual-income-cents"), "error"));
  g_assert_false (desk_form_get_valid (form_of (editor)));

  /* Income typed as a month counts twelve times. */
  type_text (editor, "annual-income-cents", "$1,040");
  gtk_toggle_button_set_active (EDITOR_CHILD (editor, "monthly_toggle"), TRUE);
  desk_test_iterate ();
  g_assert_cmpint (desk_client_get_annual_income_cents (desk_client_editor_get_client (editor)), ==, 1248000);
  g_assert_cmpstr (adw_action_row_get_subtitle (EDITOR_CHILD (editor, "income_row")), ==, "= $12,480.00 a year");
  g_assert_cmpstr (desk_client_editor_get_verdict_text (editor), ==, "Eligible");
  g_assert_true (desk_form_get_valid (form_of (editor)));
  /* Back to a year: the same digits are a year's income. */
  gtk_toggle_button_set_active (EDITOR_CHILD (editor, "monthly_toggle"), FALSE);
  desk_test_iterate ();
  g_assert_cmpint (desk_client_get_annual_income_cents (desk_client_editor_get_client (editor)), ==, 104000);
  g_assert_cmpstr (adw_action_row_get_subtitle (EDITOR_CHILD (editor, "income_row")), ==, "");
  gtk_toggle_button_set_active (EDITOR_CHILD (editor, "monthly_toggle"), TRUE);
  desk_test_iterate ();
  g_assert_cmpint (desk_client_get_annual_income_cents (desk_client_editor_get_client (editor)), ==, 1248000);

  /* Save: Marcus Lee is a client already. */
  desk_test_save_editor (editor);
  conflict = DESK_CONFLICT_WINDOW (desk_test_wait_conflict_window (editor));
  desk_test_assert_buttons_named (GTK_WIDGET (conflict));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (conflict), "conflict.cancel", NULL));
  desk_test_iterate ();

  /* Nothing saved, the editor still open with what was typed, the
   * decision recorded. */
  g_assert_null (desk_conflict_window_get_for_parent (GTK_WINDOW (editor)));
  g_assert_true (desk_test_find_new_editor (DESK_TYPE_CLIENT_EDITOR) == GTK_WINDOW (editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (editor, "first-name"))), ==, "Marcus");
  g_assert_true (desk_editor_get_modified (DESK_EDITOR (editor)));
  g_assert_cmpuint (count_clients_named ("Lee"), ==, 1);
  g_assert_cmpint (desk_test_count_audit (window_store (), "client", 0, "conflict-check"), ==, cancelled_before + 1);
  audit = desk_test_audit_fields (window_store (), "client", 0, "conflict-check");
  g_assert_nonnull (audit);
  g_assert_nonnull (strstr (audit, "name: Marcus Lee"));
  g_assert_nonnull (strstr (audit, "decision: cancelled"));

  /* Closing with typed text asks first; Discard drops it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.close", NULL));
  g_assert_true (desk_test_answer_question (GTK_WIDGET (editor), "discard"));
  desk_test_wait_closed (editor);
  g_assert_cmpuint (count_clients_named ("Lee"), ==, 1);
}

static void
fill_new_client (DeskClientEditor *editor)
{
  type_text (editor, "first-name", "Rosa");
  type_text (editor, "last-name", "Delgado");
  type_text (editor, "birth-date", "1980-02-29");
  type_text (editor, "phone", "(512) 555-0199");
  type_text (editor, "address", "1200 E 7th St, Apt 4\nAustin, TX 78702");
  type_text (editor, "county", "Travis");
  choose (editor, "contact-method", DESK_CONTACT_TEXT);
  type_text (editor, "best-time", "after 5 pm");
  type_text (editor, "language", "Spanish");
  gtk_switch_set_active (GTK_SWITCH (field (editor, "interpreter-needed")), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (editor, "household-adults")), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (editor, "household-children")), 2);
  /* 3 people: the 2025 guideline is $26,650; $41,850.50 is 157%. */
  type_text (editor, "annual-income-cents", "41,850.50");
  tick (editor, DESK_INCOME_WAGES);
  tick (editor, DESK_INCOME_CHILD_SUPPORT);
  type_text (editor, "intake-date", "6/10/2026");
  adw_expander_row_set_expanded (EDITOR_CHILD (editor, "demographics_expander"), TRUE);
  choose (editor, "gender", DESK_GENDER_FEMALE);
  choose (editor, "ethnicity", DESK_ETHNICITY_HISPANIC);
  choose (editor, "veteran", DESK_ANSWER_NO);
  choose (editor, "disability", DESK_ANSWER_DECLINED);
  choose (editor, "citizenship", DESK_CITIZENSHIP_CITIZEN);
  type_text (editor, "referral-source", "Court self-help center");
  type_text (editor, "notes", "Landlord kept the deposit; has photos of the unit.");
}

/* A new client whose name is an adverse party's: the conflict window, then
 * every value typed in the store; then a case opened from the editor. */
static void
test_clients_new_with_conflict (void)
{
  g_autoptr(DeskClient) stored = NULL;
  g_autofree char *audit = NULL;
  DeskClientsPage *page;
  DeskWindow *window = open_clients_page (&page);
  DeskClientEditor *editor;
  DeskConflictWindow *conflict;
  DeskCaseEditor *case_editor;
  GtkWidget *email;
  GtkWidget *exception;
  GPtrArray *hits;
  gboolean party_hit = FALSE;
  gint64 id;

  /* Ctrl+N on the Clients page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  editor = new_client_editor ();
  g_assert_false (gtk_widget_get_visible (EDITOR_CHILD (editor, "exception_row")));
  /* No client yet: no case can be opened for it. */
  g_assert_false (gtk_widget_is_sensitive (desk_test_find_button (GTK_WIDGET (editor),
                                                                  "Open a New Case for This Client")));

  fill_new_client (editor);
  g_assert_cmpstr (adw_action_row_get_subtitle (EDITOR_CHILD (editor, "birth_date_row")), ==, "Age 46");
  /* The date typed the American way reads back as stored, once entered. */
  g_signal_emit_by_name (desk_date_entry_get_entry (DESK_DATE_ENTRY (field (editor, "intake-date"))), "activate");
  g_assert_cmpstr (desk_date_entry_get_text (DESK_DATE_ENTRY (field (editor, "intake-date"))), ==, "2026-06-10");

  /* A bad e-mail address: marked and said under the field. */
  email = field (editor, "email");
  gtk_editable_set_text (GTK_EDITABLE (email), "rosa.delgado@");
  desk_test_iterate ();
  g_assert_cmpstr (desk_form_get_problem (form_of (editor), "email"), ==,
                   "The e-mail address “rosa.delgado@” is not valid.");
  g_assert_true (gtk_widget_has_css_class (email, "error"));
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "The e-mail address “rosa.delgado@” is not valid."));
  gtk_widget_grab_focus (email);
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-client-editor-error", FALSE);
  gtk_editable_set_text (GTK_EDITABLE (email), "rosa.delgado@example.org");
  desk_test_iterate ();
  g_assert_false (gtk_widget_has_css_class (email, "error"));

  /* Between 125% and 200% of the 2025 guideline (2026 has none yet): the
   * reason row appears, and a reason is needed before Save. */
  g_assert_cmpstr (desk_client_editor_get_verdict_text (editor), ==, "Exception needed");
  g_assert_nonnull (strstr (desk_client_editor_get_eligibility_text (editor), "157%"));
  g_assert_nonnull (strstr (desk_client_editor_get_eligibility_text (editor), "an exception is needed"));
  g_assert_nonnull (strstr (desk_client_editor_get_eligibility_text (editor), "No 2026 figures yet; using 2025."));
  g_assert_true (gtk_widget_get_visible (EDITOR_CHILD (editor, "fallback_icon")));
  g_assert_cmpstr (gtk_button_get_label (EDITOR_CHILD (editor, "guidelines_button")), ==, "_Add 2026 Figures…");
  exception = EDITOR_CHILD (editor, "exception_row");
  g_assert_true (gtk_widget_get_visible (exception));
  g_assert_nonnull (desk_form_get_problem (form_of (editor), "eligibility-exception"));
  desk_editor_save (DESK_EDITOR (editor));
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_true (desk_test_has_focus_within (exception));
  g_assert_true (desk_test_is_on_screen (exception));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor),
                                        "The income is between 125% and 200% of the poverty guideline; "
                                        "choose the reason this household may be served."));
  g_assert_null (desk_conflict_window_get_for_parent (GTK_WINDOW (editor)));
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-client-editor-exception", FALSE);

  /* Below 125% the row goes, and comes back with its choice. */
  choose (editor, "eligibility-exception", DESK_EXCEPTION_CHILD_CARE);
  g_assert_null (desk_form_get_problem (form_of (editor), "eligibility-exception"));
  type_text (editor, "annual-income-cents", "20,000");
  g_assert_cmpstr (desk_client_editor_get_verdict_text (editor), ==, "Eligible");
  g_assert_false (gtk_widget_get_visible (exception));
  g_assert_cmpint (desk_client_get_eligibility_exception (desk_client_editor_get_client (editor)), ==,
                   DESK_EXCEPTION_NONE);
  type_text (editor, "annual-income-cents", "41,850.50");
  g_assert_true (gtk_widget_get_visible (exception));
  g_assert_cmpint (desk_client_get_eligibility_exception (desk_client_editor_get_client (editor)), ==,
                   DESK_EXCEPTION_CHILD_CARE);
  g_assert_true (desk_form_get_valid (form_of (editor)));
  g_assert_true (desk_editor_get_modified (DESK_EDITOR (editor)));
  g_assert_cmpstr (desk_editor_get_close_label (DESK_EDITOR (editor)), ==, "_Cancel");
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-client-editor-filled", FALSE);

  /* Save (Ctrl+S): the conflict check finds the adverse party. */
  desk_test_save_editor (editor);
  conflict = DESK_CONFLICT_WINDOW (desk_test_wait_conflict_window (editor));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (conflict)));
  hits = desk_conflict_window_get_hits (conflict);
  g_assert_cmpuint (hits->len, >=, 1);
  for (guint i = 0; i < hits->len; i++)
    {
      const DeskConflictHit *hit = g_ptr_array_index (hits, i);

      if (g_strcmp0 (hit->name, "Rosa Delgado") == 0 && g_strcmp0 (hit->role, "Opposing party") == 0 &&
          hit->case_id == lee_case_id)
        party_hit = TRUE;
    }
  g_assert_true (party_hit);
  desk_test_wait_until_drawn (GTK_WIDGET (conflict));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (conflict), "Possible conflict of interest"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (conflict), "Rosa Delgado"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (conflict), "Opposing party"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (conflict), "100%"));
  desk_test_assert_buttons_named (GTK_WIDGET (conflict));
  desk_test_save_pngs (GTK_WIDGET (conflict), "ui-conflict-window", FALSE);

  /* Nothing is written before the answer. */
  g_assert_cmpuint (count_clients_named ("Delgado"), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (conflict), "conflict.confirm", NULL));
  desk_test_wait_saved (editor);

  /* Saved; the editor stays, with nothing left to save. */
  id = desk_record_get_id (desk_editor_get_record (DESK_EDITOR (editor)));
  g_assert_cmpint (id, >, 0);
  g_assert_false (desk_editor_get_modified (DESK_EDITOR (editor)));
  g_assert_cmpstr (desk_editor_get_close_label (DESK_EDITOR (editor)), ==, "_Close");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Rosa Delgado");

  /* Every value typed is in the store. */
  stored = stored_client (id);
  g_assert_cmpstr (desk_client_get_first_name (stored), ==, "Rosa");
  g_assert_cmpstr (desk_client_get_last_name (stored), ==, "Delgado");
  g_assert_cmpstr (desk_client_get_birth_date (stored), ==, "1980-02-29");
  g_assert_cmpstr (desk_client_get_phone (stored), ==, "(512) 555-0199");
  g_assert_cmpstr (desk_client_get_email (stored), ==, "rosa.delgado@example.org");
  g_assert_cmpstr (desk_client_get_address (stored), ==, "1200 E 7th St, Apt 4\nAustin, TX 78702");
  g_assert_cmpstr (desk_client_get_county (stored), ==, "Travis");
  g_assert_cmpint (desk_client_get_contact_method (stored), ==, DESK_CONTACT_TEXT);
  g_assert_cmpstr (desk_client_get_best_time (stored), ==, "after 5 pm");
  g_assert_cmpstr (desk_client_get_language (stored), ==, "Spanish");
  g_assert_true (desk_client_get_interpreter_needed (stored));
  g_assert_cmpint (desk_client_get_household_adults (stored), ==, 1);
  g_assert_cmpint (desk_client_get_household_children (stored), ==, 2);
  g_assert_cmpint (desk_client_get_annual_income_cents (stored), ==, 4185050);
  g_assert_cmpuint (desk_client_get_income_sources (stored), ==, DESK_INCOME_WAGES | DESK_INCOME_CHILD_SUPPORT);
  g_assert_cmpstr (desk_client_get_intake_date (stored), ==, "2026-06-10");
  g_assert_cmpint (desk_client_get_eligibility_exception (stored), ==, DESK_EXCEPTION_CHILD_CARE);
  g_assert_cmpint (desk_client_get_gender (stored), ==, DESK_GENDER_FEMALE);
  g_assert_cmpint (desk_client_get_ethnicity (stored), ==, DESK_ETHNICITY_HISPANIC);
  g_assert_cmpint (desk_client_get_veteran (stored), ==, DESK_ANSWER_NO);
  g_assert_cmpint (desk_client_get_disability (stored), ==, DESK_ANSWER_DECLINED);
  g_assert_cmpint (desk_client_get_citizenship (stored), ==, DESK_CITIZENSHIP_CITIZEN);
  g_assert_cmpstr (desk_client_get_referral_source (stored), ==, "Court self-help center");
  g_assert_cmpstr (desk_client_get_notes (stored), ==, "Landlord kept the deposit; has photos of the unit.");
  g_assert_cmpint (desk_client_get_poverty_percent (stored), ==, 157);
  g_assert_cmpint (desk_test_count_audit (window_store (), "client", id, "create"), ==, 1);

  /* The check and the decision are in the audit log under the new id. */
  audit = desk_test_audit_fields (window_store (), "client", id, "conflict-check");
  g_assert_nonnull (audit);
  g_assert_nonnull (strstr (audit, "name: Rosa Delgado"));
  g_assert_nonnull (strstr (audit, "decision: no-conflict"));

  /* The list shows and selects the new client. */
  desk_test_iterate ();
  g_assert_cmpuint (find_row (page, "Delgado, Rosa"), !=, G_MAXUINT);
  g_assert_nonnull (desk_page_get_selected (DESK_PAGE (page)));
  g_assert_cmpint (desk_record_get_id (desk_page_get_selected (DESK_PAGE (page))), ==, id);

  /* "New Case for This Client": a case editor with the client chosen. */
  g_assert_cmpuint (g_list_model_get_n_items (desk_client_editor_get_cases (editor)), ==, 0);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "No cases yet."));
  desk_test_click (desk_test_find_button (GTK_WIDGET (editor), "Open a New Case for This Client"));
  case_editor = DESK_CASE_EDITOR (desk_test_find_new_editor (DESK_TYPE_CASE_EDITOR));
  g_assert_nonnull (case_editor);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (case_editor)) == GTK_WINDOW (editor));
  desk_test_wait_until_drawn (GTK_WIDGET (case_editor));
  g_assert_cmpint (desk_case_get_client_id (desk_case_editor_get_case (case_editor)), ==, id);
  g_assert_cmpstr (desk_record_picker_get_text (DESK_RECORD_PICKER (field (case_editor, "client-id"))), ==,
                   "Rosa Delgado");
  g_assert_null (desk_form_get_problem (form_of (case_editor), "client-id"));
  desk_test_save_pngs (GTK_WIDGET (case_editor), "ui-client-editor-new-case", FALSE);
  desk_test_pick (DESK_RECORD_PICKER (field (case_editor, "problem-code")), "security deposit");
  type_text (case_editor, "title", "Security deposit withheld");
  desk_test_save_editor (case_editor);
  g_assert_cmpint (desk_record_get_id (desk_editor_get_record (DESK_EDITOR (case_editor))), >, 0);

  /* …and it is in the client's cases at once. */
  g_assert_cmpuint (g_list_model_get_n_items (desk_client_editor_get_cases (editor)), ==, 1);
  {
    g_autoptr(DeskCase) kase = g_list_model_get_item (desk_client_editor_get_cases (editor), 0);

    g_assert_cmpstr (desk_case_get_title (kase), ==, "Security deposit withheld");
    g_assert_cmpstr (desk_case_get_problem_code (kase), ==, "63");
  }
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_false (desk_test_shows_label (GTK_WIDGET (editor), "No cases yet."));
  desk_test_close_editor (case_editor);

  /* A change, then Close: Save in the question saves and closes. */
  type_text (editor, "best-time", "mornings");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.close", NULL));
  g_assert_true (desk_test_shows_label (desk_gtk_compat_get_question (GTK_WIDGET (editor)),
                                        "Save changes to “Rosa Delgado”?"));
  g_assert_true (desk_test_answer_question (GTK_WIDGET (editor), "save"));
  desk_test_wait_closed (editor);
  g_clear_object (&stored);
  stored = stored_client (id);
  g_assert_cmpstr (desk_client_get_best_time (stored), ==, "mornings");
}

/* No look-alike names: saved at once, the check still recorded; a change
 * that keeps the name is not checked again. */
static void
test_clients_save_without_hits (void)
{
  g_autoptr(DeskClient) stored = NULL;
  g_autofree char *audit = NULL;
  g_autofree char *okafor_audit = NULL;
  g_autofree char *okafor_audit_after = NULL;
  DeskClientsPage *page;
  DeskWindow *window = open_clients_page (&page);
  DeskClientEditor *editor;
  gint64 id;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  editor = new_client_editor ();
  type_text (editor, "first-name", "Yolanda");
  type_text (editor, "last-name", "Brightwater");
  type_text (editor, "annual-income-cents", "9,000");
  g_assert_cmpstr (desk_client_editor_get_verdict_text (editor), ==, "Eligible");
  desk_test_save_editor (editor);
  /* No window to answer. */
  g_assert_null (desk_conflict_window_get_for_parent (GTK_WINDOW (editor)));
  id = desk_record_get_id (desk_editor_get_record (DESK_EDITOR (editor)));
  g_assert_cmpint (id, >, 0);
  desk_test_close_editor (editor);

  g_assert_cmpuint (count_clients_named ("Brightwater"), ==, 1);
  stored = stored_client (id);
  g_assert_cmpint (desk_client_get_annual_income_cents (stored), ==, 900000);
  g_clear_object (&stored);
  audit = desk_test_audit_fields (window_store (), "client", id, "conflict-check");
  g_assert_nonnull (audit);
  g_assert_nonnull (strstr (audit, "hits: 0"));
  g_assert_nonnull (strstr (audit, "decision: no-hits"));

  /* Okafor's phone changes; the name does not, so no new check. */
  id = select_row (page, "Okafor, Chidi");
  okafor_audit = desk_test_audit_fields (window_store (), "client", id, "conflict-check");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.edit", NULL));
  editor = DESK_CLIENT_EDITOR (desk_editor_find (DESK_TYPE_CLIENT_EDITOR, window_store (), id));
  g_assert_nonnull (editor);
  type_text (editor, "phone", "(737) 555-0199");
  desk_test_save_editor (editor);
  g_assert_null (desk_conflict_window_get_for_parent (GTK_WINDOW (editor)));
  desk_test_close_editor (editor);
  stored = stored_client (id);
  g_assert_cmpstr (desk_client_get_phone (stored), ==, "(737) 555-0199");
  okafor_audit_after = desk_test_audit_fields (window_store (), "client", id, "conflict-check");
  g_assert_cmpstr (okafor_audit_after, ==, okafor_audit);
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "6 clients");
}

static gboolean
guidelines_rows (gpointer data)
{
  GtkColumnView *view = data;

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))) == 7;
}

static void
test_clients_guidelines (void)
{
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  DeskClientsPage *page;
  DeskGuidelinesWindow *guidelines;
  DeskClientEditor *editor;
  GtkWidget *root;
  gboolean found_2026 = FALSE;
  gint64 id;

  open_clients_page (&page);
  id = select_row (page, "Nguyen, Thi");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.edit", NULL));
  editor = DESK_CLIENT_EDITOR (desk_editor_find (DESK_TYPE_CLIENT_EDITOR, window_store (), id));
  g_assert_nonnull (editor);
  g_assert_nonnull (strstr (desk_client_editor_get_eligibility_text (editor), "using 2025"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.guidelines", NULL));
  guidelines = DESK_GUIDELINES_WINDOW (desk_test_find_toplevel (DESK_TYPE_GUIDELINES_WINDOW, GTK_WINDOW (editor)));
  g_assert_nonnull (guidelines);
  root = GTK_WIDGET (guidelines);
  desk_test_wait_until_drawn (root);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (
                      desk_guidelines_window_get_column_view (guidelines)))), ==, 6);
  desk_test_assert_buttons_named (root);

  /* A wrong amount is refused next to the field. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (desk_test_find_by_id (root, "year_spin")), 2026);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (desk_test_find_by_id (root, "region_drop_down")), DESK_REGION_CONTIGUOUS);
  gtk_editable_set_text (GTK_EDITABLE (desk_test_find_by_id (root, "first_entry")), "sixteen thousand");
  gtk_editable_set_text (GTK_EDITABLE (desk_test_find_by_id (root, "each_entry")), "5,680");
  g_assert_true (gtk_widget_activate_action (root, "guidelines.save", NULL));
  g_assert_nonnull (desk_guidelines_window_get_error_text (guidelines));
  g_assert_true (gtk_widget_has_css_class (desk_test_find_by_id (root, "first_entry"), "error"));

  /* The store's own check, next to the field it names. */
  gtk_editable_set_text (GTK_EDITABLE (desk_test_find_by_id (root, "first_entry")), "0");
  g_assert_true (gtk_widget_activate_action (root, "guidelines.save", NULL));
  g_assert_nonnull (desk_guidelines_window_get_error_text (guidelines));
  g_assert_true (gtk_widget_has_css_class (desk_test_find_by_id (root, "first_entry"), "error"));
  desk_test_save_pngs (root, "ui-guidelines-window-error", FALSE);

  gtk_editable_set_text (GTK_EDITABLE (desk_test_find_by_id (root, "first_entry")), "15,960");
  g_assert_null (desk_guidelines_window_get_error_text (guidelines));
  g_assert_true (gtk_widget_activate_action (root, "guidelines.save", NULL));
  g_assert_null (desk_guidelines_window_get_error_text (guidelines));
  desk_test_wait_for (guidelines_rows, desk_guidelines_window_get_column_view (guidelines), "the 2026 row");

  rows = desk_store_list_guidelines (window_store (), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      const DeskGuideline *row = &g_array_index (rows, DeskGuideline, i);

      if (row->year == 2026 && row->region == DESK_REGION_CONTIGUOUS)
        {
          g_assert_cmpint (row->first_person_cents, ==, 1596000);
          g_assert_cmpint (row->each_additional_person_cents, ==, 568000);
          found_2026 = TRUE;
        }
    }
  g_assert_true (found_2026);

  /* Newest first in the list. */
  text = desk_test_cell_text (desk_guidelines_window_get_column_view (guidelines), 0, 0);
  g_assert_cmpstr (text, ==, "2026");
  g_clear_pointer (&text, g_free);
  text = desk_test_cell_text (desk_guidelines_window_get_column_view (guidelines), 2, 0);
  g_assert_cmpstr (text, ==, "$15,960.00");
  desk_test_save_pngs (root, "ui-guidelines-window", FALSE);

  /* The open editor screens against 2026 now: no more falling back. */
  desk_test_iterate ();
  g_assert_null (strstr (desk_client_editor_get_eligibility_text (editor), "using 2025"));
  g_assert_nonnull (strstr (desk_client_editor_get_eligibility_text (editor), "2026 poverty guideline"));
  g_assert_false (gtk_widget_get_visible (EDITOR_CHILD (editor, "fallback_icon")));
  g_assert_cmpstr (gtk_button_get_label (EDITOR_CHILD (editor, "guidelines_button")), ==, "_Poverty Guidelines…");

  gtk_window_destroy (GTK_WINDOW (guidelines));
  /* Unchanged: closes without asking. */
  desk_test_close_editor (editor);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  desk_test_init_accessibility ();
  desk_test_init (&argc, &argv);

  tmpdir = g_dir_make_tmp ("probono-ui-clients-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (tmpdir, "clinic.db", NULL);
  seed_database (db_path);

  app = desk_test_application_new ();

  /* Order matters: later tests see the clients earlier ones added. */
  g_test_add_func ("/ui/clients/list", test_clients_list);
  g_test_add_func ("/ui/clients/search", test_clients_search);
  g_test_add_func ("/ui/clients/sort", test_clients_sort);
  g_test_add_func ("/ui/clients/archive-undo", test_clients_archive_undo);
  g_test_add_func ("/ui/clients/keep-place", test_clients_keep_place);
  g_test_add_func ("/ui/clients/edit-cancel", test_clients_edit_cancel);
  g_test_add_func ("/ui/clients/form-problems", test_clients_form_problems);
  g_test_add_func ("/ui/clients/conflict-cancel", test_clients_conflict_cancel);
  g_test_add_func ("/ui/clients/new-with-conflict", test_clients_new_with_conflict);
  g_test_add_func ("/ui/clients/save-without-hits", test_clients_save_without_hits);
  /* Last: it adds the 2026 figures the others expect to be missing. */
  g_test_add_func ("/ui/clients/guidelines", test_clients_guidelines);

  status = g_test_run ();

  desk_test_application_free (g_steal_pointer (&app));

  desk_test_remove_tree (tmpdir);
  g_free (db_path);
  g_free (tmpdir);

  return status;
}
