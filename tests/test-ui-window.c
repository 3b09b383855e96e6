/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window and the open-failure window, built for real under Xvfb,
 * driven through their actions, checked on what they show, and saved as
 * PNGs into the build folder for a person to look at. */
#define G_LOG_DOMAIN "test-ui-window"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sqlite3.h>

#include "desk-application.h"
#include "desk-cases-page.h"
#include "desk-clients-page.h"
#include "desk-column.h"
#include "desk-deadlines-page.h"
#include "desk-database.h"
#include "desk-demo.h"
#include "desk-store.h"
#include "desk-volunteers-page.h"
#include "desk-ui-test.h"
#include "desk-window.h"

static DeskApplication *app;
static char *tmpdir;
static char *seeded_path;

static void
show_page (DeskWindow *window,
           const char *name)
{
  /* The same action <Alt>1…4 and the sidebar use. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name));
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (desk_window_get_page (window), ==, name);
}

/* ---- the database the tests look at ----------------------------------- */

static DeskClient *
add_client (DeskStore  *store,
            const char *first,
            const char *last,
            const char *phone,
            const char *language,
            const char *county,
            const char *intake)
{
  g_autoptr(DeskClient) client = desk_client_new ();
  g_autoptr(GError) error = NULL;

  desk_client_set_first_name (client, first);
  desk_client_set_last_name (client, last);
  desk_client_set_phone (client, phone);
  desk_client_set_language (client, language);
  desk_client_set_county (client, county);
  desk_client_set_intake_date (client, intake);
  g_assert_true (desk_store_save (store, DESK_RECORD (client), &error));
  g_assert_no_error (error);

  return g_steal_pointer (&client);
}

static DeskVolunteer *
add_volunteer (DeskStore         *store,
               const char        *first,
               const char        *last,
               DeskVolunteerRole  role,
               gboolean           is_mentor,
               const char        *practice_areas,
               const char        *email)
{
  g_autoptr(DeskVolunteer) volunteer = desk_volunteer_new ();
  g_autoptr(GError) error = NULL;

  desk_volunteer_set_first_name (volunteer, first);
  desk_volunteer_set_last_name (volunteer, last);
  desk_volunteer_set_role (volunteer, role);
  desk_volunteer_set_is_mentor (volunteer, is_mentor);
  desk_volunteer_set_practice_areas (volunteer, practice_areas);
  desk_volunteer_set_email (volunteer, email);
  g_assert_true (desk_store_save (store, DESK_RECORD (volunteer), &error));
  g_assert_no_error (error);

  return g_steal_pointer (&volunteer);
}

static void
add_case (DeskStore      *store,
          DeskClient     *client,
          const char     *problem_code,
          const char     *title,
          const char     *opened_on,
          DeskCaseStatus  status,
          DeskVolunteer  *volunteer)
{
  g_autoptr(DeskCase) kase = desk_case_new ();
  g_autoptr(GError) error = NULL;

  desk_case_set_client_id (kase, desk_record_get_id (DESK_RECORD (client)));
  desk_case_set_problem_code (kase, problem_code);
  desk_case_set_title (kase, title);
  desk_case_set_opened_on (kase, opened_on);
  desk_case_set_status (kase, status);
  if (volunteer != NULL)
    desk_case_set_volunteer_id (kase, desk_record_get_id (DESK_RECORD (volunteer)));
  g_assert_true (desk_store_save (store, DESK_RECORD (kase), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (desk_case_get_case_number (kase), !=, "");
}

#define N_SEEDED_CLIENTS    5
#define N_SEEDED_VOLUNTEERS 3
#define N_SEEDED_CASES      6

static void
seed_database (const char *path)
{
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskClient) rivera = NULL;
  g_autoptr(DeskClient) lee = NULL;
  g_autoptr(DeskClient) nguyen = NULL;
  g_autoptr(DeskClient) okafor = NULL;
  g_autoptr(DeskClient) whitfield = NULL;
  g_autoptr(DeskVolunteer) chen = NULL;
  g_autoptr(DeskVolunteer) adams = NULL;
  g_autoptr(DeskVolunteer) patel = NULL;

  store = desk_store_open (path, &error);
  g_assert_no_error (error);

  chen = add_volunteer (store, "Margaret", "Chen", DESK_VOLUNTEER_ATTORNEY, TRUE,
                        "Housing, Consumer", "mchen@chenlaw.example");
  adams = add_volunteer (store, "Jordan", "Adams", DESK_VOLUNTEER_LAW_STUDENT, FALSE,
                         "Family", "jadams@law.example.edu");
  patel = add_volunteer (store, "Priya", "Patel", DESK_VOLUNTEER_PARALEGAL, FALSE,
                         "Public benefits", "");

  rivera = add_client (store, "Ana", "Rivera", "(512) 555-0134", "Spanish", "Travis", "2026-05-02");
  lee = add_client (store, "Marcus", "Lee", "512-555-0188", "English", "Williamson", "2026-04-18");
  nguyen = add_client (store, "Thi", "Nguyen", "", "Vietnamese", "Travis", "2026-06-01");
  okafor = add_client (store, "Chidi", "Okafor", "(737) 555-0102", "English", "Hays", "2026-03-09");
  whitfield = add_client (store, "Dolores", "Whitfield", "(512) 555-0177", "English", "Bastrop", "2026-06-12");

  add_case (store, rivera, "63", "Eviction for repairs complaint", "2026-05-04", DESK_CASE_STATUS_PLACED, chen);
  add_case (store, rivera, "07", "Utility shut-off notice", "2026-05-20", DESK_CASE_STATUS_OPEN, NULL);
  add_case (store, lee, "31", "Custody modification", "2026-04-20", DESK_CASE_STATUS_PLACED, adams);
  add_case (store, nguyen, "51", "Medicaid renewal denied", "2026-06-02", DESK_CASE_STATUS_INTAKE, NULL);
  add_case (store, okafor, "22", "Unpaid overtime", "2026-03-10", DESK_CASE_STATUS_OPEN, NULL);
  add_case (store, whitfield, "63", "Security deposit withheld", "2026-06-12", DESK_CASE_STATUS_INTAKE, NULL);
}

/* ---- tests ------------------------------------------------------------ */

static void
test_window_empty (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "empty.db", NULL);
  DeskWindow *window;
  GtkWidget *page;

  g_assert_true (desk_application_open_database (app, path));
  g_assert_null (desk_application_get_failure_window (app));

  window = desk_application_get_window (app);
  g_assert_nonnull (desk_window_get_store (window));
  g_assert_cmpstr (desk_store_get_path (desk_window_get_store (window)), ==, path);
  g_assert_cmpstr (desk_window_get_subtitle (window), ==, "empty.db");

  show_page (window, "cases");
  page = desk_window_get_page_widget (window, "cases");
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "0 cases");
  g_assert_cmpstr (desk_page_get_empty_title (DESK_PAGE (page)), ==, "No Cases Yet");
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "No Cases Yet"));
  g_assert_false (desk_test_shows_label (GTK_WIDGET (window), "0 cases"));
  desk_test_save_png (GTK_WIDGET (window), "ui-window-empty.png");

  show_page (window, "clients");
  page = desk_window_get_page_widget (window, "clients");
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "0 clients");
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "No Clients Yet"));

  show_page (window, "volunteers");
  page = desk_window_get_page_widget (window, "volunteers");
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "0 volunteers");
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "No Volunteers Yet"));

  show_page (window, "deadlines");
  page = desk_window_get_page_widget (window, "deadlines");
  g_assert_cmpstr (desk_page_get_empty_title (DESK_PAGE (page)), ==,
                   "Nothing Due in the Next 14 Days");
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Nothing Due in the Next 14 Days"));
}

static void
test_window_pages (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *last = NULL;
  g_autofree char *titles = NULL;
  g_autofree char *text = NULL;
  DeskWindow *window;
  GtkSingleSelection *selection;
  GtkColumnView *view;
  GtkWidget *page;

  g_assert_true (desk_application_open_database (app, seeded_path));
  g_assert_null (desk_application_get_failure_window (app));

  window = desk_application_get_window (app);
  g_assert_cmpstr (desk_window_get_subtitle (window), ==, "clinic.db");
  last = g_settings_get_string (settings, "last-database");
  g_assert_cmpstr (last, ==, seeded_path);

  /* Exactly these pages, in this order, no placeholders. */
  {
    GtkWidget *stack = gtk_widget_get_parent (desk_window_get_page_widget (window, "cases"));
    g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (GTK_STACK (stack));
    const char *expected_titles[] = { "Cases", "Deadlines", "Clients", "Volunteers", "Mentorship", "Funders & Reports" };
    const char *expected_names[] = { "cases", "deadlines", "clients", "volunteers", "mentorship", "reports" };

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (expected_titles));
    for (guint i = 0; i < G_N_ELEMENTS (expected_titles); i++)
      {
        g_autoptr(GObject) stack_page = g_list_model_get_item (G_LIST_MODEL (pages), i);

        g_assert_cmpstr (gtk_stack_page_get_title (GTK_STACK_PAGE (stack_page)), ==, expected_titles[i]);
        g_assert_cmpstr (gtk_stack_page_get_name (GTK_STACK_PAGE (stack_page)), ==, expected_names[i]);
      }
    g_assert_true (DESK_IS_DEADLINES_PAGE (desk_window_get_page_widget (window, "deadlines")));
  }

  /* Cases: newest opening date first. */
  show_page (window, "cases");
  page = desk_window_get_page_widget (window, "cases");
  view = desk_page_get_column_view (DESK_PAGE (page));
  titles = desk_test_column_titles (view);
  g_assert_cmpstr (titles, ==, "Case number|Client|LSC problem|Status|Priority|Volunteer|Mentor|Opened|Next deadline");
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, N_SEEDED_CASES);
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "6 cases");
  g_assert_null (desk_page_get_empty_title (DESK_PAGE (page)));
  text = desk_test_cell_text (view, 1, 0);
  g_assert_cmpstr (text, ==, "Dolores Whitfield");
  g_clear_pointer (&text, g_free);
  text = desk_test_cell_text (view, 2, 0);
  g_assert_cmpstr (text, ==, "63 · Private Landlord/Tenant");
  g_clear_pointer (&text, g_free);
  text = desk_test_cell_text (view, 3, 0);
  g_assert_cmpstr (text, ==, "Intake");
  g_clear_pointer (&text, g_free);
  text = desk_test_cell_text (view, 7, 0);
  g_assert_cmpstr (text, ==, "2026-06-12");
  g_clear_pointer (&text, g_free);
  text = desk_test_cell_text (view, 0, 0);
  g_assert_true (g_str_has_prefix (text, "2026"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), text));
  g_clear_pointer (&text, g_free);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "63 · Private Landlord/Tenant"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Placed"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "6 cases"));
  desk_test_save_png (GTK_WIDGET (window), "ui-window-cases.png");

  /* Clients: by last name. */
  show_page (window, "clients");
  page = desk_window_get_page_widget (window, "clients");
  view = desk_page_get_column_view (DESK_PAGE (page));
  g_clear_pointer (&titles, g_free);
  titles = desk_test_column_titles (view);
  g_assert_cmpstr (titles, ==, "Name|Phone|Preferred language|County|Open cases|% of poverty|Intake date");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==,
                    N_SEEDED_CLIENTS);
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "5 clients");
  text = desk_test_cell_text (view, 0, 0);
  g_assert_cmpstr (text, ==, "Lee, Marcus");
  g_clear_pointer (&text, g_free);
  text = desk_test_cell_text (view, 2, 0);
  g_assert_cmpstr (text, ==, "English");
  g_clear_pointer (&text, g_free);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Rivera, Ana"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Vietnamese"));
  desk_test_save_png (GTK_WIDGET (window), "ui-window-clients.png");

  /* Volunteers. */
  show_page (window, "volunteers");
  page = desk_window_get_page_widget (window, "volunteers");
  view = desk_page_get_column_view (DESK_PAGE (page));
  g_clear_pointer (&titles, g_free);
  titles = desk_test_column_titles (view);
  g_assert_cmpstr (titles, ==, "Name|Role|Mentoring|Practice areas|Languages|E-mail|Open cases");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==,
                    N_SEEDED_VOLUNTEERS);
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "3 volunteers");
  text = desk_test_cell_text (view, 0, 0);
  g_assert_cmpstr (text, ==, "Adams, Jordan");
  g_clear_pointer (&text, g_free);
  text = desk_test_cell_text (view, 1, 0);
  g_assert_cmpstr (text, ==, "Law student");
  g_clear_pointer (&text, g_free);
  text = desk_test_cell_text (view, 2, 1);
  g_assert_cmpstr (text, ==, "Mentor");
  g_clear_pointer (&text, g_free);
  text = desk_test_cell_text (view, 2, 0);
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Chen, Margaret"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "mchen@chenlaw.example"));
  desk_test_save_png (GTK_WIDGET (window), "ui-window-volunteers.png");

  /* Back to the first page through the same action. */
  show_page (window, "cases");
}

/* A clinic's worth of demo records: the lazy list builds only the rows on
 * screen, and scrolling to the end shows the oldest case. */
static void
test_window_demo (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "demo.db", NULL);
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  g_autofree char *last_number = NULL;
  DeskDemoOptions options = { 0 };
  DeskWindow *window;
  GtkColumnView *view;
  GtkWidget *page;
  GtkWidget *scrolled;
  GtkAdjustment *vadj;
  GListModel *model;

  options.n_cases = 400;
  options.seed = 7;
  desk_demo_resolve_options (&options);

  store = desk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (desk_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_true (desk_application_open_database (app, path));
  window = desk_application_get_window (app);

  show_page (window, "cases");
  page = desk_window_get_page_widget (window, "cases");
  view = desk_page_get_column_view (DESK_PAGE (page));
  model = G_LIST_MODEL (gtk_column_view_get_model (view));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, options.n_cases);
  count = g_strdup_printf ("%u cases", options.n_cases);
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, count);
  desk_test_save_png (GTK_WIDGET (window), "ui-window-demo-cases.png");

  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW);
  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (vadj, gtk_adjustment_get_upper (vadj));
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  gtk_adjustment_set_value (vadj, gtk_adjustment_get_upper (vadj));
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  last_number = desk_test_cell_text (view, 0, options.n_cases - 1);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), last_number));
  desk_test_save_png (GTK_WIDGET (window), "ui-window-demo-cases-end.png");

  show_page (window, "clients");
  page = desk_window_get_page_widget (window, "clients");
  view = desk_page_get_column_view (DESK_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==,
                    options.n_clients);
  desk_test_save_png (GTK_WIDGET (window), "ui-window-demo-clients.png");

  show_page (window, "volunteers");
  page = desk_window_get_page_widget (window, "volunteers");
  view = desk_page_get_column_view (DESK_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==,
                    options.n_volunteers);
  desk_test_save_png (GTK_WIDGET (window), "ui-window-demo-volunteers.png");
}

static char *
read_file_or_die (const char *path,
                  gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, &error));
  g_assert_no_error (error);

  return contents;
}

static void
write_newer_database (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_autofree char *sql = g_strdup_printf ("CREATE TABLE future (x INTEGER); PRAGMA user_version = 9999; "
                                          "PRAGMA application_id = %d;", DESK_APPLICATION_ID);

  /* Ours (our application id), from a later version. */
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
assert_failure_shown (const char *path,
                      const char *heading,
                      const char *dismiss)
{
  DeskOpenFailureWindow *failure = desk_application_get_failure_window (app);

  g_assert_nonnull (failure);
  desk_test_wait_until_drawn (GTK_WIDGET (failure));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (failure)));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (failure)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (failure)) ==
                 GTK_WINDOW (desk_application_get_window (app)));
  g_assert_cmpstr (desk_open_failure_window_get_path (failure), ==, path);
  g_assert_cmpstr (desk_open_failure_window_get_heading (failure), ==, heading);
  g_assert_cmpstr (desk_open_failure_window_get_dismiss_label (failure), ==, dismiss);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (failure), heading));
  g_assert_true (strstr (desk_open_failure_window_get_message (failure), path) != NULL);
}

static void
close_failure (void)
{
  DeskOpenFailureWindow *failure = desk_application_get_failure_window (app);

  g_assert_nonnull (failure);
  /* What Keep Current Database (and Escape) do. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (failure), "window.close", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (desk_application_get_failure_window (app));
}

static void
test_open_failure (void)
{
  static const char text[] = "Dear clinic,\nthese are my notes, not a database.\n";
  g_autofree char *text_path = g_build_filename (tmpdir, "notes.txt", NULL);
  g_autofree char *newer_path = g_build_filename (tmpdir, "from-the-future.db", NULL);
  g_autofree char *newer_before = NULL;
  g_autofree char *newer_after = NULL;
  g_autofree char *text_after = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *last = NULL;
  gsize newer_before_len = 0;
  gsize newer_after_len = 0;
  gsize text_after_len = 0;
  DeskWindow *window = desk_application_get_window (app);
  DeskStore *current;

  g_assert_true (g_file_set_contents (text_path, text, -1, NULL));
  write_newer_database (newer_path);
  newer_before = read_file_or_die (newer_path, &newer_before_len);

  g_assert_true (desk_application_open_database (app, seeded_path));
  current = desk_window_get_store (window);
  g_assert_nonnull (current);

  /* Not a database: said so, the good database stays. */
  g_assert_false (desk_application_open_database (app, text_path));
  assert_failure_shown (text_path, "This file is not a Pro Bono Desk database", "_Keep Current Database");
  g_assert_true (desk_window_get_store (window) == current);
  g_assert_cmpstr (desk_window_get_subtitle (window), ==, "clinic.db");
  last = g_settings_get_string (settings, "last-database");
  g_assert_cmpstr (last, ==, seeded_path);
  desk_test_save_png (GTK_WIDGET (desk_application_get_failure_window (app)), "ui-open-failure.png");
  close_failure ();

  text_after = read_file_or_die (text_path, &text_after_len);
  g_assert_cmpmem (text_after, text_after_len, text, strlen (text));

  /* A newer schema: its own words, and the file is not touched. */
  g_assert_false (desk_application_open_database (app, newer_path));
  assert_failure_shown (newer_path, "This file was made by a newer Pro Bono Desk", "_Keep Current Database");
  desk_test_save_png (GTK_WIDGET (desk_application_get_failure_window (app)), "ui-open-failure-newer.png");
  close_failure ();

  newer_after = read_file_or_die (newer_path, &newer_after_len);
  g_assert_cmpmem (newer_after, newer_after_len, newer_before, newer_before_len);

  /* With no good database open, the way out is Quit. */
  desk_window_set_store (window, NULL);
  g_assert_cmpstr (desk_window_get_subtitle (window), ==, "No database open");
  g_assert_false (desk_application_open_database (app, text_path));
  assert_failure_shown (text_path, "This file is not a Pro Bono Desk database", "_Quit");
  {
    GtkWidget *page = desk_window_get_page_widget (window, "cases");

    g_assert_cmpstr (desk_page_get_empty_title (DESK_PAGE (page)), ==, "No database is open");
  }
  desk_test_save_png (GTK_WIDGET (window), "ui-window-no-database.png");

  /* Opening a good one closes the failure window. */
  g_assert_true (desk_application_open_database (app, seeded_path));
  g_assert_null (desk_application_get_failure_window (app));
  g_assert_cmpstr (desk_window_get_subtitle (window), ==, "clinic.db");
}

/* At start, a last database that is gone is reported, not silently
 * replaced by a new empty file in its place. */
static void
test_startup_missing_last (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *gone = g_build_filename (tmpdir, "usb-stick", "clinic.db", NULL);
  DeskWindow *window = desk_application_get_window (app);

  desk_window_set_store (window, NULL);
  g_settings_set_string (settings, "last-database", gone);

  g_application_activate (G_APPLICATION (app));
  assert_failure_shown (gone, "This file cannot be opened", "_Quit");
  g_assert_null (desk_window_get_store (window));
  g_assert_false (g_file_test (gone, G_FILE_TEST_EXISTS));
  desk_test_save_png (GTK_WIDGET (desk_application_get_failure_window (app)), "ui-open-failure-missing.png");
  close_failure ();

  /* The main window still offers the way on. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (desk_window_get_subtitle (window), ==, "No database open");

  g_assert_true (desk_application_open_database (app, seeded_path));
}

/* The chooser the compat layer shows: with GTK 4.8 outside a sandbox,
 * GtkFileChooserNative falls back to a GtkFileChooserDialog. */
static GtkWindow *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

          if (GTK_IS_FILE_CHOOSER (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
            return toplevel;
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return NULL;
}

static void
wait_for_store_path (DeskWindow *window,
                     const char *path)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (desk_window_get_store (window) == NULL ||
         g_strcmp0 (desk_store_get_path (desk_window_get_store (window)), path) != 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
wait_for_folder (GtkWindow *chooser,
                 GFile     *folder)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  for (;;)
    {
      g_autoptr(GFile) current = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));

      if (current != NULL && g_file_equal (current, folder))
        break;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
test_file_choosers (void)
{
  g_autofree char *fresh_path = g_build_filename (tmpdir, "fresh.db", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (tmpdir);
  g_autoptr(GFile) seeded = g_file_new_for_path (seeded_path);
  DeskWindow *window;
  GtkWindow *chooser;
  gint64 deadline;

  g_assert_true (desk_application_open_database (app, seeded_path));
  window = desk_application_get_window (app);

  /* New Database… asks for a name, then opens the new file. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-database", NULL);
  chooser = find_file_chooser ();
  if (chooser == NULL || !GTK_IS_DIALOG (chooser))
    {
      g_test_skip ("the file chooser is not an in-process dialog here (a portal?)");
      return;
    }
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "New Database");
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  g_assert_true (gtk_window_get_modal (chooser));
  g_assert_true (gtk_window_get_transient_for (chooser) == GTK_WINDOW (window));
  /* It starts in the folder of the open database (setting it again while
   * that folder still loads would send GTK 4.8 to the parent folder). */
  wait_for_folder (chooser, folder);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "fresh.db");
  desk_test_wait_until_drawn (GTK_WIDGET (chooser));
  desk_test_save_png (GTK_WIDGET (chooser), "ui-new-database-chooser.png");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  wait_for_store_path (window, fresh_path);
  g_assert_true (g_file_test (fresh_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (desk_window_get_subtitle (window), ==, "fresh.db");

  /* Open Database… opens the file chosen. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-database", NULL);
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Open Database");
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)), ==, GTK_FILE_CHOOSER_ACTION_OPEN);
  wait_for_folder (chooser, folder);
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), seeded, NULL));
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  for (;;)
    {
      g_autoptr(GFile) selected = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (selected != NULL && g_file_equal (selected, seeded))
        break;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  desk_test_wait_until_drawn (GTK_WIDGET (chooser));
  desk_test_save_png (GTK_WIDGET (chooser), "ui-open-database-chooser.png");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  wait_for_store_path (window, seeded_path);
  g_assert_cmpstr (desk_window_get_subtitle (window), ==, "clinic.db");
}

static GtkWidget *
find_primary_menu_button (GtkWidget *root)
{
  if (GTK_IS_MENU_BUTTON (root) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (root)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
assert_accel (const char *action,
              const char *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);

  g_assert_nonnull (accels);
  g_assert_cmpstr (accels[0], ==, accel);
}

static void
test_menu_and_shortcuts (void)
{
  DeskWindow *window;
  GtkWidget *button;
  GtkPopover *popover;
  GtkWindow *overlay;
  GtkWindow *about = NULL;
  g_autoptr(GListModel) toplevels = NULL;
  const char *app_actions[] = { "new-database", "open-database", "preferences", "about", "shortcuts",
                                "show-deadlines", "quit" };

  g_assert_true (desk_application_open_database (app, seeded_path));
  window = desk_application_get_window (app);
  show_page (window, "cases");

  for (guint i = 0; i < G_N_ELEMENTS (app_actions); i++)
    g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), app_actions[i]));

  /* Every action has a key. */
  assert_accel ("app.quit", "<Control>q");
  assert_accel ("app.new-database", "<Shift><Control>n");
  assert_accel ("win.new", "<Control>n");
  assert_accel ("win.find", "<Control>f");
  assert_accel ("app.open-database", "<Control>o");
  assert_accel ("win.show-help-overlay", "<Control>question");
  assert_accel ("win.show-page::cases", "<Alt>1");
  assert_accel ("win.show-page::deadlines", "<Alt>2");
  assert_accel ("win.show-page::clients", "<Alt>3");
  assert_accel ("win.show-page::volunteers", "<Alt>4");
  assert_accel ("app.preferences", "<Control>comma");

  /* The primary menu (F10): the one menu button that F10 opens (pages
   * have menu buttons of their own). */
  button = desk_window_get_menu_button (window);
  g_assert_true (button == find_primary_menu_button (GTK_WIDGET (window)));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_nonnull (popover);
  desk_test_wait_until_drawn (GTK_WIDGET (popover));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (popover), "New Database…"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (popover), "Open Database…"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (popover), "Preferences"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (popover), "Keyboard Shortcuts"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (popover), "About Pro Bono Desk"));
  desk_test_save_png_with_popover (GTK_WIDGET (window), GTK_WIDGET (popover), "ui-window-menu.png");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  /* Keyboard Shortcuts, through the application action. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (overlay);
  desk_test_wait_until_drawn (GTK_WIDGET (overlay));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (overlay), "Open database"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (overlay), "Volunteers"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (overlay), "Deadlines"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (overlay), "Preferences"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (overlay), "Save"));
  desk_test_save_png (GTK_WIDGET (overlay), "ui-shortcuts.png");
  gtk_window_close (overlay);

  /* About. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (toplevel))
        about = toplevel;
    }
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==, "Pro Bono Desk");
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (window));
  desk_test_wait_until_drawn (GTK_WIDGET (about));
  desk_test_save_png (GTK_WIDGET (about), "ui-about.png");
  gtk_window_destroy (about);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action_name)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* An 800×600 screen: every page's New button and the primary menu are on
 * screen, in light and dark style. */
static void
test_window_small_screen (void)
{
  static const char * const pages[] = { "cases", "deadlines", "clients", "volunteers", "mentorship", "reports" };
  DeskWindow *window;

  g_assert_true (desk_application_open_database (app, seeded_path));
  window = desk_application_get_window (app);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("ui-window-%s", pages[i]);

      show_page (window, pages[i]);
      desk_test_save_pngs (GTK_WIDGET (window), name, TRUE);
    }

  desk_test_resize (GTK_WIDGET (window), 800, 600);
  g_assert_true (desk_test_is_on_screen (desk_window_get_menu_button (window)));
  show_page (window, "cases");
  g_assert_true (desk_test_is_on_screen (find_action_button (GTK_WIDGET (window), "page.new")));
  show_page (window, "clients");
  g_assert_true (desk_test_is_on_screen (find_action_button (GTK_WIDGET (window), "page.new")));

  /* The filters open under their toggle and wrap: all of them fit. */
  show_page (window, "cases");
  desk_cases_page_show_filters (DESK_CASES_PAGE (desk_window_get_page_widget (window, "cases")), TRUE);
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_true (desk_test_is_on_screen (GTK_WIDGET (desk_cases_page_get_filters (
    DESK_CASES_PAGE (desk_window_get_page_widget (window, "cases"))))));
  desk_test_save_pngs (GTK_WIDGET (window), "ui-window-cases-filters-800x600", FALSE);
  desk_cases_page_show_filters (DESK_CASES_PAGE (desk_window_get_page_widget (window, "cases")), FALSE);

  desk_test_resize (GTK_WIDGET (window), 1280, 800);
}

static void
test_window_size_saved (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  DeskWindow *window;
  int width = 0;
  int height = 0;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 640);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  /* A new window starts at the saved size… */
  window = desk_window_new (GTK_APPLICATION (app));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);

  /* …and closing it saves the size it was given. */
  gtk_window_present (GTK_WINDOW (window));
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 1010, 700);
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  gtk_window_close (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1010);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  desk_test_init (&argc, &argv);

  tmpdir = g_dir_make_tmp ("probono-ui-XXXXXX", &error);
  g_assert_no_error (error);
  seeded_path = g_build_filename (tmpdir, "clinic.db", NULL);
  seed_database (seeded_path);

  app = desk_test_application_new ();

  g_test_add_func ("/ui/window/empty", test_window_empty);
  g_test_add_func ("/ui/window/pages", test_window_pages);
  g_test_add_func ("/ui/window/demo", test_window_demo);
  g_test_add_func ("/ui/window/open-failure", test_open_failure);
  g_test_add_func ("/ui/window/startup-missing-last", test_startup_missing_last);
  g_test_add_func ("/ui/window/file-choosers", test_file_choosers);
  g_test_add_func ("/ui/window/menu-and-shortcuts", test_menu_and_shortcuts);
  g_test_add_func ("/ui/window/small-screen", test_window_small_screen);
  g_test_add_func ("/ui/window/size-saved", test_window_size_saved);

  status = g_test_run ();

  desk_test_application_free (g_steal_pointer (&app));

  desk_test_remove_tree (tmpdir);
  g_free (seeded_path);
  g_free (tmpdir);

  return status;
}
