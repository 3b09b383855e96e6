/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Import from a Spreadsheet…, driven as a person would: the menu item, a
 * file whose columns are guessed wrong, the bad rows it reports, the
 * mapping put right, a known client merged, the import, and its Undo;
 * a PNG of each step. */
#define G_LOG_DOMAIN "test-ui-import"

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "desk-clients-page.h"
#include "desk-feedback.h"
#include "desk-gtk-compat.h"
#include "desk-import-window.h"
#include "desk-page.h"
#include "desk-ui-test.h"
#include "desk-window.h"

static DeskApplication *app;
static char *tmpdir;

/* "Date" is the date of birth and "Born" the town of birth: the guess
 * reads them the other way round. */
static const char spreadsheet[] =
  "Family Name,First Name,Date,Born,Phone,Notes\n"
  "Rivera,Ana,4/2/1980,Austin,(512) 555-0134,\"Referred by the\nlibrary\"\n"
  "Okafor,Chidi,1975-09-30,Lagos,(737) 555-0102,\n"
  "Nguyen,Thi,1990-01-15,Hue,,\n";

static DeskImportWindow *
find_import_window (void)
{
  g_autoptr(GListModel) toplevels = gtk_window_get_toplevels ();

  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (DESK_IS_IMPORT_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return DESK_IMPORT_WINDOW (window);
    }
  return NULL;
}

/* Runs the main loop until the check or the import in its thread is over. */
static void
wait_until_idle (DeskImportWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (desk_import_window_is_busy (window))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  desk_test_wait_until_drawn (GTK_WIDGET (window));
}

static void
activate (DeskImportWindow *window,
          const char       *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  desk_test_wait_until_drawn (GTK_WIDGET (window));
}

static DeskClient *
add_client (DeskStore  *store,
            const char *first,
            const char *last,
            const char *birth_date)
{
  g_autoptr(DeskClient) client = desk_client_new ();
  g_autoptr(GError) error = NULL;

  desk_client_set_first_name (client, first);
  desk_client_set_last_name (client, last);
  desk_client_set_birth_date (client, birth_date);
  desk_client_set_intake_date (client, "2026-05-02");
  g_assert_true (desk_store_save (store, DESK_RECORD (client), &error));
  g_assert_no_error (error);
  return g_steal_pointer (&client);
}

static gint64
count_clients (DeskStore *store)
{
  return desk_test_query_int (store, "SELECT count(*) FROM clients WHERE archived = 0");
}

static void
test_import_window (void)
{
  g_autofree char *db = g_build_filename (tmpdir, "clinic.db", NULL);
  g_autofree char *csv = g_build_filename (tmpdir, "intake-2025.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskClient) ana = NULL;
  g_autoptr(DeskClient) after = NULL;
  DeskImportReport *report;
  DeskImportWindow *window;
  DeskWindow *main_window;
  DeskStore *store;
  GtkWidget *button;
  GtkPopover *popover;
  GtkWidget *page;
  GtkDropDown *choice;
  GtkWidget *question;

  g_file_set_contents (csv, spreadsheet, -1, &error);
  g_assert_no_error (error);
  g_assert_true (desk_application_open_database (app, db));
  main_window = desk_application_get_window (app);
  store = desk_window_get_store (main_window);
  ana = add_client (store, "Ana", "Rivera", "1980-04-02");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (main_window), "win.show-page", "s", "clients"));
  desk_test_wait_until_drawn (GTK_WIDGET (main_window));
  page = desk_window_get_page_widget (main_window, "clients");
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "1 client");

  /* The primary menu offers it. */
  button = desk_window_get_menu_button (main_window);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  desk_test_wait_until_drawn (GTK_WIDGET (popover));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (popover), "Import from a Spreadsheet…"));
  desk_test_save_png_with_popover (GTK_WIDGET (main_window), GTK_WIDGET (popover), "ui-import-menu.png");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  /* Step 1: what the file holds, and the file. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "import", NULL);
  window = find_import_window ();
  g_assert_nonnull (window);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (window)) == GTK_WINDOW (main_window));
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (desk_import_window_get_step (window), ==, "choose");
  desk_import_window_set_kind (window, DESK_IMPORT_CLIENTS);
  g_assert_true (desk_import_window_open_file (window, file));
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "intake-2025.csv — 3 rows, 6 columns separated by commas"));
  desk_test_save_pngs (GTK_WIDGET (window), "ui-import-1-file", FALSE);

  /* Step 2: the columns, as guessed. */
  activate (window, "import.next");
  g_assert_cmpstr (desk_import_window_get_step (window), ==, "mapping");
  g_assert_cmpuint (adw_combo_row_get_selected (desk_import_window_get_mapping_row (window, "last-name")), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (desk_import_window_get_mapping_row (window, "intake-date")), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (desk_import_window_get_mapping_row (window, "birth-date")), ==, 4);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Required"));
  desk_test_save_pngs (GTK_WIDGET (window), "ui-import-2-columns-guessed", FALSE);

  /* Step 3: every row is bad: a town is no date of birth. */
  activate (window, "import.next");
  wait_until_idle (window);
  g_assert_cmpstr (desk_import_window_get_step (window), ==, "preview");
  report = desk_import_window_get_report (window);
  g_assert_nonnull (report);
  g_assert_cmpuint (report->n_bad, ==, 3);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Line 2"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Line 4"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window),
                                        "“Austin” in the column “Born” is not a date; write it like 2026-06-15 or "
                                        "6/15/2026."));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window),
                                        "3 rows: 3 to create, 0 to merge, 0 to skip. Nothing can be imported: "
                                        "3 rows have problems."));
  desk_test_save_pngs (GTK_WIDGET (window), "ui-import-3-bad-rows", FALSE);
  /* Importing is not offered while a row is bad. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "import.next", NULL));
  g_assert_cmpstr (desk_import_window_get_step (window), ==, "preview");
  g_assert_cmpint (count_clients (store), ==, 1);

  /* Back to the columns: the date of birth is in "Date"; no intake date. */
  activate (window, "import.back");
  g_assert_cmpstr (desk_import_window_get_step (window), ==, "mapping");
  adw_combo_row_set_selected (desk_import_window_get_mapping_row (window, "birth-date"), 3);
  adw_combo_row_set_selected (desk_import_window_get_mapping_row (window, "intake-date"), 0);
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  desk_test_save_pngs (GTK_WIDGET (window), "ui-import-4-columns-fixed", FALSE);

  activate (window, "import.next");
  wait_until_idle (window);
  report = desk_import_window_get_report (window);
  g_assert_cmpuint (report->n_bad, ==, 0);
  g_assert_cmpuint (report->n_matches, ==, 1);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Already Known"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Line 2: Ana Rivera"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "3 rows: 2 to create, 0 to merge, 1 to skip."));

  /* The client already known: merged, so her phone is filled in. */
  choice = desk_import_window_get_match_choice (window, 2);
  g_assert_nonnull (choice);
  g_assert_cmpuint (gtk_drop_down_get_selected (choice), ==, 0);
  gtk_drop_down_set_selected (choice, 1);
  wait_until_idle (window);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "3 rows: 2 to create, 1 to merge, 0 to skip."));
  g_assert_cmpuint (gtk_drop_down_get_selected (desk_import_window_get_match_choice (window, 2)), ==, 1);
  desk_test_save_pngs (GTK_WIDGET (window), "ui-import-5-ready", FALSE);

  /* Steps 4 and 5: the import, then its result. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "import.next", NULL));
  g_assert_cmpstr (desk_import_window_get_step (window), ==, "running");
  g_assert_true (desk_import_window_is_busy (window));
  wait_until_idle (window);
  g_assert_cmpstr (desk_import_window_get_step (window), ==, "done");
  g_assert_cmpint (desk_import_window_get_batch_id (window), >, 0);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "2 created, 1 merged, 0 skipped (import 1)."));
  desk_test_save_pngs (GTK_WIDGET (window), "ui-import-7-done", FALSE);
  g_assert_cmpint (count_clients (store), ==, 3);
  after = desk_store_get_client (store, desk_record_get_id (DESK_RECORD (ana)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (desk_client_get_phone (after), ==, "(512) 555-0134");
  g_assert_cmpstr (desk_client_get_notes (after), ==, "Referred by the\nlibrary");
  g_clear_object (&after);
  g_assert_cmpstr (desk_feedback_get_last_toast (GTK_WIDGET (main_window)), ==, "Imported 3 rows of intake-2025.csv");
  /* The window's list heard of the import, written on another connection. */
  desk_test_wait_until_drawn (GTK_WIDGET (main_window));
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "3 clients");

  /* Undo, after a question. */
  activate (window, "import.undo");
  question = desk_gtk_compat_get_question (GTK_WIDGET (window));
  g_assert_nonnull (question);
  desk_test_wait_until_drawn (question);
  desk_test_save_png (question, "ui-import-8-undo-question.png");
  g_assert_true (desk_test_answer_question (GTK_WIDGET (window), "undo"));
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpint (desk_import_window_get_batch_id (window), ==, 0);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Import Undone"));
  g_assert_cmpint (count_clients (store), ==, 1);
  after = desk_store_get_client (store, desk_record_get_id (DESK_RECORD (ana)), &error);
  g_assert_cmpstr (desk_client_get_phone (after), ==, "");
  g_assert_cmpstr (desk_feedback_get_last_toast (GTK_WIDGET (main_window)), ==, "Import undone");
  desk_test_save_pngs (GTK_WIDGET (window), "ui-import-9-undone", FALSE);
  desk_test_wait_until_drawn (GTK_WIDGET (main_window));
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "1 client");

  gtk_window_close (GTK_WINDOW (window));
  desk_test_wait_until_drawn (GTK_WIDGET (main_window));
  g_assert_null (find_import_window ());
}

/* A file Excel saved as "CSV" on Windows: refused as UTF-8 with an offer
 * to read it as Windows-1252, which reads it. */
static void
test_import_window_windows_1252 (void)
{
  g_autofree char *db = g_build_filename (tmpdir, "latin.db", NULL);
  g_autofree char *csv = g_build_filename (tmpdir, "latin.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(GError) error = NULL;
  DeskImportWindow *window;
  DeskWindow *main_window;

  g_file_set_contents (csv, "First Name,Last Name\nJos\xE9,N\xFA\xF1" "ez\n", -1, &error);
  g_assert_no_error (error);
  g_assert_true (desk_application_open_database (app, db));
  main_window = desk_application_get_window (app);

  window = desk_import_window_new (GTK_WINDOW (main_window), desk_window_get_store (main_window));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (desk_import_window_open_file (window, file));
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_null (desk_import_window_get_import (window));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Read It as Windows-1252"));
  desk_test_save_pngs (GTK_WIDGET (window), "ui-import-windows-1252", FALSE);

  activate (window, "import.read-as-windows-1252");
  g_assert_nonnull (desk_import_window_get_import (window));
  g_assert_false (desk_test_shows_label (GTK_WIDGET (window), "Read It as Windows-1252"));
  activate (window, "import.next");
  activate (window, "import.next");
  wait_until_idle (window);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "José"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Núñez"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  desk_test_init (&argc, &argv);

  tmpdir = g_dir_make_tmp ("probono-ui-import-XXXXXX", &error);
  g_assert_no_error (error);
  app = desk_test_application_new ();

  g_test_add_func ("/ui/import/window", test_import_window);
  g_test_add_func ("/ui/import/windows-1252", test_import_window_windows_1252);

  status = g_test_run ();

  for (const GList *iter = gtk_application_get_windows (GTK_APPLICATION (app)); iter != NULL;
       iter = gtk_application_get_windows (GTK_APPLICATION (app)))
    gtk_window_destroy (iter->data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&app);

  desk_test_remove_tree (tmpdir);
  g_free (tmpdir);

  return status;
}
