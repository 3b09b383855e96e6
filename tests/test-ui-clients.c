/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Clients page, the client editor, the conflict-of-interest window and
 * the poverty guidelines window, built for real under Xvfb, filled in
 * through their widgets, checked in the store, and saved as PNGs. */
#define G_LOG_DOMAIN "test-ui-clients"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sqlite3.h>

#include "desk-application.h"
#include "desk-client-editor.h"
#include "desk-clients-page.h"
#include "desk-conflict-window.h"
#include "desk-guidelines-window.h"
#include "desk-store.h"
#include "desk-ui-test.h"
#include "desk-window.h"

static DeskApplication *app;
static char *tmpdir;
static char *db_path;
static gint64 lee_case_id;

/* ---- helpers ------------------------------------------------------------- */

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Runs the main loop until @check (@data) holds, for at most 5 s. */
static void
wait_for (gboolean (*check) (gpointer data),
          gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!check (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  iterate ();
}

/* The widget with id @id in the template or .ui that built it. */
static GtkWidget *
find_by_id (GtkWidget  *root,
            const char *id)
{
  if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (root)), id) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_id (child, id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
widget (GtkWidget  *root,
        const char *id)
{
  GtkWidget *found = find_by_id (root, id);

  if (found == NULL)
    g_error ("no widget with id %s", id);

  return found;
}

static void
type_text (GtkWidget  *root,
           const char *id,
           const char *text)
{
  GtkWidget *found = widget (root, id);

  if (GTK_IS_TEXT_VIEW (found))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (found)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (found), text);
}

static void
set_spin (GtkWidget  *root,
          const char *id,
          double      value)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget (root, id)), value);
}

static void
choose (GtkWidget  *root,
        const char *id,
        guint       position)
{
  gtk_drop_down_set_selected (GTK_DROP_DOWN (widget (root, id)), position);
}

/* The check button labelled @label somewhere below @root. */
static GtkCheckButton *
find_check (GtkWidget  *root,
            const char *label)
{
  if (GTK_IS_CHECK_BUTTON (root) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (root)), label) == 0)
    return GTK_CHECK_BUTTON (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *found = find_check (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
tick (GtkWidget  *root,
      const char *label)
{
  GtkCheckButton *check = find_check (root, label);

  g_assert_nonnull (check);
  gtk_check_button_set_active (check, TRUE);
}

static DeskClientEditor *
find_editor (gint64 id)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (DESK_IS_CLIENT_EDITOR (toplevel) &&
          desk_record_get_id (DESK_RECORD (desk_client_editor_get_client (DESK_CLIENT_EDITOR (toplevel)))) == id)
        return DESK_CLIENT_EDITOR (toplevel);
    }

  return NULL;
}

static GtkWindow *
find_transient (GtkWindow *parent,
                GType      type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (toplevel) == parent && G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }

  return NULL;
}

static gboolean
editor_gone (gpointer data)
{
  return find_editor (GPOINTER_TO_SIZE (data)) == NULL;
}

static gboolean
conflict_window_shown (gpointer data)
{
  return desk_conflict_window_get_for_parent (data) != NULL;
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

static DeskStore *
window_store (void)
{
  return desk_window_get_store (desk_application_get_window (app));
}

static char *
audit_fields (gint64      id,
              const char *action)
{
  sqlite3 *db = desk_database_get_handle (desk_store_get_database (window_store ()));
  sqlite3_stmt *stmt = NULL;
  char *fields = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT fields FROM audit_log WHERE entity = 'client' AND entity_id IS ?1 "
                                       "AND action = ?2 ORDER BY id DESC LIMIT 1", -1, &stmt, NULL), ==, SQLITE_OK);
  if (id > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_text (stmt, 2, action, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    fields = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return fields;
}

/* ---- the database --------------------------------------------------------- */

static DeskClient *
add_client (DeskStore  *store,
            const char *first,
            const char *last,
            const char *phone,
            const char *language,
            const char *county,
            int         adults,
            int         children,
            gint64      income_cents)
{
  g_autoptr(DeskClient) client = desk_client_new ();
  g_autoptr(GError) error = NULL;

  desk_client_set_first_name (client, first);
  desk_client_set_last_name (client, last);
  desk_client_set_phone (client, phone);
  desk_client_set_language (client, language);
  desk_client_set_county (client, county);
  desk_client_set_intake_date (client, "2026-05-02");
  desk_client_set_household_adults (client, adults);
  desk_client_set_household_children (client, children);
  desk_client_set_annual_income_cents (client, income_cents);
  /* Seeded households between 125% and 200% come with their reason. */
  desk_client_set_eligibility_exception (client, DESK_EXCEPTION_MEDICAL_EXPENSES);
  g_assert_true (desk_store_save (store, DESK_RECORD (client), &error));
  g_assert_no_error (error);

  return g_steal_pointer (&client);
}

static gint64
add_case (DeskStore      *store,
          DeskClient     *client,
          const char     *problem_code,
          const char     *title,
          DeskCaseStatus  status,
          DeskVolunteer  *volunteer)
{
  g_autoptr(DeskCase) kase = desk_case_new ();
  g_autoptr(GError) error = NULL;

  desk_case_set_client_id (kase, desk_record_get_id (DESK_RECORD (client)));
  desk_case_set_problem_code (kase, problem_code);
  desk_case_set_title (kase, title);
  desk_case_set_opened_on (kase, "2026-05-04");
  desk_case_set_status (kase, status);
  if (volunteer != NULL)
    desk_case_set_volunteer_id (kase, desk_record_get_id (DESK_RECORD (volunteer)));
  g_assert_true (desk_store_save (store, DESK_RECORD (kase), &error));
  g_assert_no_error (error);

  return desk_record_get_id (DESK_RECORD (kase));
}

static void
seed_database (const char *path)
{
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskVolunteer) chen = desk_volunteer_new ();
  g_autoptr(DeskVolunteer) adams = desk_volunteer_new ();
  g_autoptr(DeskClient) rivera = NULL;
  g_autoptr(DeskClient) lee = NULL;
  g_autoptr(DeskClient) nguyen = NULL;
  g_autoptr(DeskClient) okafor = NULL;
  g_autoptr(DeskParty) party = desk_party_new ();

  store = desk_store_open (path, &error);
  g_assert_no_error (error);

  desk_volunteer_set_first_name (chen, "Margaret");
  desk_volunteer_set_last_name (chen, "Chen");
  desk_volunteer_set_role (chen, DESK_VOLUNTEER_ATTORNEY);
  g_assert_true (desk_store_save (store, DESK_RECORD (chen), &error));
  desk_volunteer_set_first_name (adams, "Jordan");
  desk_volunteer_set_last_name (adams, "Adams");
  desk_volunteer_set_role (adams, DESK_VOLUNTEER_LAW_STUDENT);
  g_assert_true (desk_store_save (store, DESK_RECORD (adams), &error));
  g_assert_no_error (error);

  /* 2026 intakes screened against the 2025 figures (the latest on file):
   * one person $15,650, each additional person $5,500. */
  rivera = add_client (store, "Ana", "Rivera", "(512) 555-0134", "Spanish", "Travis", 1, 0, 1200000);     /* 77% */
  lee = add_client (store, "Marcus", "Lee", "512-555-0188", "English", "Williamson", 1, 2, 6000000);     /* 225% */
  nguyen = add_client (store, "Thi", "Nguyen", "737-555-0110", "Vietnamese", "Travis", 2, 0, 3000000);   /* 142% */
  okafor = add_client (store, "Chidi", "Okafor", "(737) 555-0102", "English", "Hays", 1, 1, 2400000);    /* 113% */

  add_case (store, rivera, "63", "Eviction for repairs complaint", DESK_CASE_STATUS_PLACED, chen);
  add_case (store, rivera, "07", "Utility shut-off notice", DESK_CASE_STATUS_OPEN, NULL);
  lee_case_id = add_case (store, lee, "31", "Custody modification", DESK_CASE_STATUS_PLACED, adams);
  add_case (store, nguyen, "51", "Medicaid renewal denied", DESK_CASE_STATUS_INTAKE, NULL);

  /* The person a new client will turn out to be. */
  desk_party_set_case_id (party, lee_case_id);
  desk_party_set_name (party, "Rosa Delgado");
  desk_party_set_role (party, DESK_PARTY_OPPOSING_PARTY);
  g_assert_true (desk_store_save (store, DESK_RECORD (party), &error));
  g_assert_no_error (error);
}

/* ---- tests ------------------------------------------------------------------ */

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
  desk_test_save_png (GTK_WIDGET (window), "ui-clients-list.png");
}

static gboolean
model_has_n (gpointer data)
{
  DeskClientsPage *page = data;
  guint expected = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (page), "test-expected"));

  return g_list_model_get_n_items (page_model (page)) == expected;
}

static void
search_and_wait (DeskClientsPage *page,
                 const char      *text,
                 guint            expected)
{
  gtk_editable_set_text (desk_clients_page_get_search_entry (page), text);
  g_object_set_data (G_OBJECT (page), "test-expected", GUINT_TO_POINTER (expected));
  wait_for (model_has_n, page);
}

static void
test_clients_search (void)
{
  g_autofree char *text = NULL;
  DeskClientsPage *page;
  DeskWindow *window = open_clients_page (&page);

  /* Ctrl+F lands in the search entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  iterate ();
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (desk_clients_page_get_search_entry (page))) ||
                 gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (desk_clients_page_get_search_entry (page)));

  search_and_wait (page, "ngu", 1);
  text = desk_test_cell_text (desk_page_get_column_view (DESK_PAGE (page)), 0, 0);
  g_assert_cmpstr (text, ==, "Nguyen, Thi");
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "1 client found");
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  desk_test_save_png (GTK_WIDGET (window), "ui-clients-search.png");

  /* Phone numbers too. */
  search_and_wait (page, "737", 2);

  search_and_wait (page, "zzz", 0);
  g_assert_cmpstr (desk_page_get_empty_title (DESK_PAGE (page)), ==, "No clients match “zzz”");
  /* The search entry stays to change the words. */
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (desk_clients_page_get_search_entry (page))));

  search_and_wait (page, "", 4);
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
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)),
                                     find_row (page, "Okafor, Chidi"));

  /* What clicking the header does. */
  gtk_column_view_sort_by_column (view, poverty, GTK_SORT_ASCENDING);
  iterate ();
  g_assert_cmpint (desk_clients_page_get_sort (page, &ascending), ==, DESK_CLIENT_SORT_POVERTY);
  g_assert_true (ascending);
  assert_poverty_column_sorted (page, TRUE);
  text = desk_test_cell_text (view, 0, 0);
  g_assert_cmpstr (text, ==, "Rivera, Ana");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr (desk_client_get_last_name (desk_clients_page_get_selected_client (page)), ==, "Okafor");

  gtk_column_view_sort_by_column (view, poverty, GTK_SORT_DESCENDING);
  iterate ();
  g_assert_cmpint (desk_clients_page_get_sort (page, &ascending), ==, DESK_CLIENT_SORT_POVERTY);
  g_assert_false (ascending);
  assert_poverty_column_sorted (page, FALSE);
  text = desk_test_cell_text (view, 0, 0);
  g_assert_cmpstr (text, ==, "Lee, Marcus");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr (desk_client_get_last_name (desk_clients_page_get_selected_client (page)), ==, "Okafor");
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  desk_test_save_png (GTK_WIDGET (window), "ui-clients-sorted-poverty.png");

  gtk_column_view_sort_by_column (view, name, GTK_SORT_ASCENDING);
  iterate ();
  g_assert_cmpint (desk_clients_page_get_sort (page, NULL), ==, DESK_CLIENT_SORT_NAME);
  text = desk_test_cell_text (view, 0, 0);
  g_assert_cmpstr (text, ==, "Lee, Marcus");
}

static void
test_clients_archive_undo (void)
{
  g_autoptr(DeskClient) stored = NULL;
  g_autoptr(GError) error = NULL;
  DeskClientsPage *page;
  DeskWindow *window = open_clients_page (&page);
  DeskUndoBar *undo_bar = desk_window_get_undo_bar (window);
  DeskStore *store = window_store ();
  GtkColumnView *view = desk_page_get_column_view (DESK_PAGE (page));
  gint64 id;

  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (page), "page.archive", NULL) &&
                  desk_undo_bar_get_message (undo_bar) != NULL);

  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)),
                                     find_row (page, "Rivera, Ana"));
  id = desk_record_get_id (DESK_RECORD (desk_clients_page_get_selected_client (page)));
  g_assert_cmpint (id, >, 0);

  /* Delete on the list. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "page.archive", NULL));
  iterate ();

  stored = desk_store_get_client (store, id, &error);
  g_assert_no_error (error);
  g_assert_true (desk_record_get_archived (DESK_RECORD (stored)));
  g_clear_object (&stored);
  g_assert_cmpuint (g_list_model_get_n_items (page_model (page)), ==, 3);
  g_assert_cmpuint (find_row (page, "Rivera, Ana"), ==, G_MAXUINT);
  g_assert_cmpstr (desk_undo_bar_get_message (undo_bar), ==, "“Ana Rivera” was archived");
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  desk_test_save_png (GTK_WIDGET (window), "ui-clients-archived-undo.png");

  g_assert_true (desk_undo_bar_undo (undo_bar));
  iterate ();

  stored = desk_store_get_client (store, id, &error);
  g_assert_no_error (error);
  g_assert_false (desk_record_get_archived (DESK_RECORD (stored)));
  g_assert_cmpuint (g_list_model_get_n_items (page_model (page)), ==, 4);
  g_assert_cmpuint (find_row (page, "Rivera, Ana"), !=, G_MAXUINT);
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
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
  GtkAdjustment *vadj;
  DeskClient *okafor;
  double scrolled_to;
  guint position;

  for (int i = 1; i <= 60; i++)
    {
      g_autoptr(DeskClient) client = desk_client_new ();
      g_autofree char *last = g_strdup_printf ("Zimmer%02d", i);

      desk_client_set_first_name (client, "Kim");
      desk_client_set_last_name (client, last);
      desk_client_set_intake_date (client, "2026-05-02");
      desk_client_set_annual_income_cents (client, 100000 * i);
      desk_client_set_eligibility_exception (client, DESK_EXCEPTION_OTHER);
      g_assert_true (desk_store_save (store, DESK_RECORD (client), &error));
      g_assert_no_error (error);
    }
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (page_model (page)), ==, 64);

  vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (desk_test_find_widget (GTK_WIDGET (view),
                                                                                 GTK_TYPE_LIST_VIEW)));

  /* Select a client near the end, then sort by % of poverty: the
   * selection follows the client and the list scrolls to it. */
  position = find_row (page, "Zimmer05, Kim");
  gtk_single_selection_set_selected (selection, position);
  poverty = g_list_model_get_item (gtk_column_view_get_columns (view), 5);
  name = g_list_model_get_item (gtk_column_view_get_columns (view), 0);
  gtk_column_view_sort_by_column (view, poverty, GTK_SORT_DESCENDING);
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (desk_client_get_last_name (desk_clients_page_get_selected_client (page)), ==, "Zimmer05");
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), !=, position);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Zimmer05, Kim"));
  scrolled_to = gtk_adjustment_get_value (vadj);
  g_assert_cmpfloat (scrolled_to, >, 0.0);

  /* A change to another client updates its row in place. */
  okafor = g_list_model_get_item (page_model (page), find_row (page, "Okafor, Chidi"));
  desk_client_set_phone (okafor, "(737) 555-0177");
  g_assert_true (desk_store_save (store, DESK_RECORD (okafor), &error));
  g_assert_no_error (error);
  g_object_unref (okafor);
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (desk_client_get_last_name (desk_clients_page_get_selected_client (page)), ==, "Zimmer05");
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), ==, scrolled_to);

  gtk_column_view_sort_by_column (view, name, GTK_SORT_ASCENDING);
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  desk_test_save_png (GTK_WIDGET (window), "ui-clients-long-list.png");

  /* The rest of the tests expect the short list. */
  for (int i = 1; i <= 60; i++)
    {
      g_autofree char *row_name = g_strdup_printf ("Zimmer%02d, Kim", i);
      g_autoptr(DeskClient) client = g_list_model_get_item (page_model (page), find_row (page, row_name));

      g_assert_nonnull (client);
      g_assert_true (desk_store_archive (store, DESK_RECORD (client), &error));
      g_assert_no_error (error);
    }
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (page_model (page)), ==, 4);
}

static void
fill_new_client (GtkWidget *editor)
{
  type_text (editor, "first_name_entry", "Rosa");
  type_text (editor, "last_name_entry", "Delgado");
  type_text (editor, "birth_date_entry", "1980-02-29");
  type_text (editor, "phone_entry", "(512) 555-0199");
  type_text (editor, "address_view", "1200 E 7th St, Apt 4\nAustin, TX 78702");
  type_text (editor, "county_entry", "Travis");
  choose (editor, "contact_drop_down", DESK_CONTACT_TEXT);
  type_text (editor, "best_time_entry", "after 5 pm");
  type_text (editor, "language_entry", "Spanish");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (widget (editor, "interpreter_check")), TRUE);
  set_spin (editor, "adults_spin", 1);
  set_spin (editor, "children_spin", 2);
  /* 3 people: the 2025 guideline is $26,650; $41,850.50 is 157%. */
  type_text (editor, "income_entry", "41,850.50");
  tick (editor, "Wages");
  tick (editor, "Child support");
  type_text (editor, "intake_date_entry", "2026-06-10");
  gtk_expander_set_expanded (GTK_EXPANDER (widget (editor, "demographics_expander")), TRUE);
  choose (editor, "gender_drop_down", DESK_GENDER_FEMALE);
  choose (editor, "ethnicity_drop_down", DESK_ETHNICITY_HISPANIC);
  choose (editor, "veteran_drop_down", DESK_ANSWER_NO);
  choose (editor, "disability_drop_down", DESK_ANSWER_DECLINED);
  choose (editor, "citizenship_drop_down", DESK_CITIZENSHIP_CITIZEN);
  type_text (editor, "referral_entry", "Court self-help center");
  type_text (editor, "notes_view", "Landlord kept the deposit; has photos of the unit.");
}

static void
test_clients_new_with_conflict (void)
{
  g_autoptr(GListModel) found = NULL;
  g_autoptr(DeskClient) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *audit = NULL;
  DeskClientsPage *page;
  DeskWindow *window = open_clients_page (&page);
  DeskClientEditor *editor;
  DeskConflictWindow *conflict;
  GPtrArray *hits;
  GtkWidget *email;
  gboolean party_hit = FALSE;
  gint64 id;

  /* Ctrl+N on the Clients page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  editor = find_editor (0);
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (window));
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Client");
  g_assert_false (desk_client_editor_get_can_save (editor));
  g_assert_cmpstr (desk_client_editor_get_error_field (editor), ==, "first-name");
  /* Not yet typed: a hint, not a red mark. */
  g_assert_false (gtk_widget_has_css_class (widget (GTK_WIDGET (editor), "first_name_entry"), "error"));
  desk_test_save_png (GTK_WIDGET (editor), "ui-client-editor-empty.png");

  fill_new_client (GTK_WIDGET (editor));
  iterate ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (widget (GTK_WIDGET (editor), "age_label"))), ==, "Age 46");

  /* A bad e-mail address: marked, said, and Save is off. */
  email = widget (GTK_WIDGET (editor), "email_entry");
  gtk_editable_set_text (GTK_EDITABLE (email), "rosa.delgado@");
  iterate ();
  g_assert_cmpstr (desk_client_editor_get_error_field (editor), ==, "email");
  g_assert_true (gtk_widget_has_css_class (email, "error"));
  g_assert_false (desk_client_editor_get_can_save (editor));
  g_assert_false (gtk_widget_get_sensitive (widget (GTK_WIDGET (editor), "save_button")));
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "The e-mail address “rosa.delgado@” is not valid."));
  gtk_widget_grab_focus (email);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  desk_test_save_png (GTK_WIDGET (editor), "ui-client-editor-error.png");

  gtk_editable_set_text (GTK_EDITABLE (email), "rosa.delgado@example.org");
  iterate ();
  g_assert_false (gtk_widget_has_css_class (email, "error"));

  /* Between 125% and 200% of the 2025 guideline (2026 has none yet): an
   * exception reason is needed before Save. */
  g_assert_cmpstr (desk_client_editor_get_verdict_text (editor), ==, "Exception needed");
  g_assert_nonnull (strstr (desk_client_editor_get_eligibility_text (editor), "157%"));
  g_assert_nonnull (strstr (desk_client_editor_get_eligibility_text (editor), "No 2026 figures yet; using 2025."));
  g_assert_true (gtk_widget_get_visible (widget (GTK_WIDGET (editor), "fallback_icon")));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (widget (GTK_WIDGET (editor), "guidelines_button"))), ==,
                   "_Add 2026 Figures…");
  g_assert_cmpstr (desk_client_editor_get_error_field (editor), ==, "eligibility-exception");
  g_assert_false (desk_client_editor_get_can_save (editor));
  g_assert_true (gtk_widget_get_visible (widget (GTK_WIDGET (editor), "exception_drop_down")));
  {
    GtkWidget *scrolled = widget (GTK_WIDGET (editor), "scrolled_window");
    GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    desk_test_wait_until_drawn (GTK_WIDGET (editor));
    gtk_adjustment_set_value (vadj, 560);
    desk_test_wait_until_drawn (GTK_WIDGET (editor));
    desk_test_save_png (GTK_WIDGET (editor), "ui-client-editor-exception.png");
  }

  choose (GTK_WIDGET (editor), "exception_drop_down", DESK_EXCEPTION_CHILD_CARE);
  iterate ();
  g_assert_null (desk_client_editor_get_error_text (editor));
  g_assert_true (desk_client_editor_get_can_save (editor));
  g_assert_true (desk_client_editor_get_modified (editor));
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  desk_test_save_png (GTK_WIDGET (editor), "ui-client-editor-filled.png");

  /* Save (Ctrl+S): the conflict check finds the adverse party. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_for (conflict_window_shown, editor);
  conflict = desk_conflict_window_get_for_parent (GTK_WINDOW (editor));
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
  desk_test_save_png (GTK_WIDGET (conflict), "ui-conflict-window.png");

  /* Nothing is written before the answer. */
  found = desk_store_search_clients (window_store (), "Delgado", DESK_CLIENT_SORT_NAME, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 0);
  g_clear_object (&found);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (conflict), "conflict.confirm", NULL));
  wait_for (editor_gone, GSIZE_TO_POINTER (0));

  /* Every value typed is in the store. */
  found = desk_store_search_clients (window_store (), "Delgado", DESK_CLIENT_SORT_NAME, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  {
    g_autoptr(DeskClient) listed = g_list_model_get_item (found, 0);

    id = desk_record_get_id (DESK_RECORD (listed));
  }
  stored = desk_store_get_client (window_store (), id, &error);
  g_assert_no_error (error);
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

  /* The check and the decision are in the audit log under the new id. */
  audit = audit_fields (id, "conflict-check");
  g_assert_nonnull (audit);
  g_assert_nonnull (strstr (audit, "name: Rosa Delgado"));
  g_assert_nonnull (strstr (audit, "decision: no-conflict"));

  /* The list shows and selects the new client. */
  iterate ();
  g_assert_cmpuint (find_row (page, "Delgado, Rosa"), !=, G_MAXUINT);
  g_assert_nonnull (desk_clients_page_get_selected_client (page));
  g_assert_cmpint (desk_record_get_id (DESK_RECORD (desk_clients_page_get_selected_client (page))), ==, id);
}

static void
test_clients_conflict_cancel (void)
{
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *audit = NULL;
  DeskClientsPage *page;
  DeskWindow *window = open_clients_page (&page);
  DeskClientEditor *editor;
  DeskConflictWindow *conflict;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.new", NULL));
  editor = find_editor (0);
  g_assert_nonnull (editor);
  type_text (GTK_WIDGET (editor), "first_name_entry", "Marcus");
  type_text (GTK_WIDGET (editor), "last_name_entry", "Lee");
  iterate ();
  g_assert_true (desk_client_editor_get_can_save (editor));

  /* Income typed as a month counts twelve times; words are refused. */
  type_text (GTK_WIDGET (editor), "income_entry", "12k");
  iterate ();
  g_assert_cmpstr (desk_client_editor_get_error_field (editor), ==, "annual-income-cents");
  g_assert_true (gtk_widget_has_css_class (widget (GTK_WIDGET (editor), "income_entry"), "error"));
  g_assert_false (desk_client_editor_get_can_save (editor));
  type_text (GTK_WIDGET (editor), "income_entry", "$1,040");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (widget (GTK_WIDGET (editor), "monthly_toggle")), TRUE);
  iterate ();
  g_assert_cmpint (desk_client_get_annual_income_cents (desk_client_editor_get_client (editor)), ==, 1248000);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (widget (GTK_WIDGET (editor), "income_hint_label"))), ==,
                   "= $12,480.00 a year");
  g_assert_cmpstr (desk_client_editor_get_verdict_text (editor), ==, "Eligible");
  g_assert_true (desk_client_editor_get_can_save (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_for (conflict_window_shown, editor);
  conflict = desk_conflict_window_get_for_parent (GTK_WINDOW (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (conflict), "conflict.cancel", NULL));
  iterate ();

  /* Nothing saved, the editor still open with what was typed, the
   * decision recorded. */
  g_assert_null (desk_conflict_window_get_for_parent (GTK_WINDOW (editor)));
  g_assert_true (find_editor (0) == editor);
  found = desk_store_search_clients (window_store (), "Lee", DESK_CLIENT_SORT_NAME, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  audit = audit_fields (0, "conflict-check");
  g_assert_nonnull (audit);
  g_assert_nonnull (strstr (audit, "name: Marcus Lee"));
  g_assert_nonnull (strstr (audit, "decision: cancelled"));

  /* Closing with typed text asks first; Discard drops it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  iterate ();
  {
    GtkWindow *prompt = find_transient (GTK_WINDOW (editor), GTK_TYPE_WINDOW);

    g_assert_nonnull (prompt);
    g_assert_true (find_editor (0) == editor);
    desk_test_wait_until_drawn (GTK_WIDGET (prompt));
    g_assert_true (desk_test_shows_label (GTK_WIDGET (prompt), "Save changes to “Marcus Lee”?"));
    desk_test_save_png (GTK_WIDGET (prompt), "ui-client-editor-unsaved.png");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (prompt), "prompt.discard", NULL));
  }
  wait_for (editor_gone, GSIZE_TO_POINTER (0));
  (void) window;
}

/* Cancel never leaves the list's object changed. */
static void
test_clients_edit_cancel (void)
{
  g_autoptr(DeskClient) stored = NULL;
  g_autoptr(GError) error = NULL;
  DeskClientsPage *page;
  DeskWindow *window = open_clients_page (&page);
  GtkColumnView *view = desk_page_get_column_view (DESK_PAGE (page));
  DeskClientEditor *editor;
  DeskClient *listed;
  gint64 id;

  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)),
                                     find_row (page, "Lee, Marcus"));
  listed = desk_clients_page_get_selected_client (page);
  id = desk_record_get_id (DESK_RECORD (listed));

  /* Enter on the row. */
  g_signal_emit_by_name (view, "activate", find_row (page, "Lee, Marcus"));
  editor = find_editor (id);
  g_assert_nonnull (editor);
  g_assert_true (desk_client_editor_get_client (editor) != listed);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Client: Marcus Lee");
  g_assert_cmpstr (desk_client_editor_get_verdict_text (editor), ==, "Over income");

  /* The client's cases, read-only, at the bottom. */
  {
    GtkColumnView *cases = GTK_COLUMN_VIEW (widget (GTK_WIDGET (editor), "cases_view"));
    GtkWidget *scrolled = widget (GTK_WIDGET (editor), "scrolled_window");
    GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    g_autofree char *number = NULL;
    g_autofree char *status = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (cases))), ==, 1);
    number = desk_test_cell_text (cases, 0, 0);
    g_assert_true (g_str_has_prefix (number, "2026-"));
    status = desk_test_cell_text (cases, 2, 0);
    g_assert_cmpstr (status, ==, "Placed");
    desk_test_wait_until_drawn (GTK_WIDGET (editor));
    gtk_adjustment_set_value (vadj, gtk_adjustment_get_upper (vadj));
    desk_test_wait_until_drawn (GTK_WIDGET (editor));
    g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), number));
    desk_test_save_png (GTK_WIDGET (editor), "ui-client-editor-existing.png");
  }

  /* One editor per client. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.edit", NULL));
  g_assert_true (find_editor (id) == editor);

  type_text (GTK_WIDGET (editor), "phone_entry", "000");
  iterate ();
  g_assert_true (desk_client_editor_get_modified (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  iterate ();
  {
    GtkWindow *prompt = find_transient (GTK_WINDOW (editor), GTK_TYPE_WINDOW);

    g_assert_nonnull (prompt);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (prompt), "prompt.discard", NULL));
  }
  wait_for (editor_gone, GSIZE_TO_POINTER (id));

  g_assert_cmpstr (desk_client_get_phone (listed), ==, "512-555-0188");
  stored = desk_store_get_client (window_store (), id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (desk_client_get_phone (stored), ==, "512-555-0188");
  (void) window;
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
  DeskWindow *window = open_clients_page (&page);
  GtkColumnView *view = desk_page_get_column_view (DESK_PAGE (page));
  DeskGuidelinesWindow *guidelines;
  DeskClientEditor *editor;
  GtkWidget *root;
  gboolean found_2026 = FALSE;
  gint64 id;

  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)),
                                     find_row (page, "Nguyen, Thi"));
  id = desk_record_get_id (DESK_RECORD (desk_clients_page_get_selected_client (page)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.edit", NULL));
  editor = find_editor (id);
  g_assert_nonnull (editor);
  g_assert_nonnull (strstr (desk_client_editor_get_eligibility_text (editor), "using 2025"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.guidelines", NULL));
  guidelines = DESK_GUIDELINES_WINDOW (find_transient (GTK_WINDOW (editor), DESK_TYPE_GUIDELINES_WINDOW));
  g_assert_nonnull (guidelines);
  root = GTK_WIDGET (guidelines);
  desk_test_wait_until_drawn (root);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (
                      desk_guidelines_window_get_column_view (guidelines)))), ==, 6);

  /* A wrong amount is refused next to the field. */
  set_spin (root, "year_spin", 2026);
  choose (root, "region_drop_down", DESK_REGION_CONTIGUOUS);
  type_text (root, "first_entry", "sixteen thousand");
  type_text (root, "each_entry", "5,680");
  g_assert_true (gtk_widget_activate_action (root, "guidelines.save", NULL));
  g_assert_nonnull (desk_guidelines_window_get_error_text (guidelines));
  g_assert_true (gtk_widget_has_css_class (widget (root, "first_entry"), "error"));

  /* The store's own check, next to the field it names. */
  type_text (root, "first_entry", "0");
  g_assert_true (gtk_widget_activate_action (root, "guidelines.save", NULL));
  g_assert_nonnull (desk_guidelines_window_get_error_text (guidelines));
  g_assert_true (gtk_widget_has_css_class (widget (root, "first_entry"), "error"));
  desk_test_wait_until_drawn (root);
  desk_test_save_png (root, "ui-guidelines-window-error.png");

  type_text (root, "first_entry", "15,960");
  g_assert_null (desk_guidelines_window_get_error_text (guidelines));
  g_assert_true (gtk_widget_activate_action (root, "guidelines.save", NULL));
  g_assert_null (desk_guidelines_window_get_error_text (guidelines));
  wait_for (guidelines_rows, desk_guidelines_window_get_column_view (guidelines));

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
  desk_test_wait_until_drawn (root);
  desk_test_save_png (root, "ui-guidelines-window.png");

  /* The open editor screens against 2026 now: no more falling back. */
  iterate ();
  g_assert_null (strstr (desk_client_editor_get_eligibility_text (editor), "using 2025"));
  g_assert_nonnull (strstr (desk_client_editor_get_eligibility_text (editor), "2026 poverty guideline"));
  g_assert_false (gtk_widget_get_visible (widget (GTK_WIDGET (editor), "fallback_icon")));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (widget (GTK_WIDGET (editor), "guidelines_button"))), ==,
                   "_Poverty Guidelines…");

  gtk_window_destroy (GTK_WINDOW (guidelines));
  /* Unchanged: closes without asking. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  wait_for (editor_gone, GSIZE_TO_POINTER (id));
  (void) window;
}

/* No look-alike names: saved at once, the check still recorded; a change
 * that keeps the name is not checked again. */
static void
test_clients_save_without_hits (void)
{
  g_autoptr(GListModel) found = NULL;
  g_autoptr(DeskClient) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *audit = NULL;
  g_autofree char *okafor_audit = NULL;
  g_autofree char *okafor_audit_after = NULL;
  DeskClientsPage *page;
  DeskWindow *window = open_clients_page (&page);
  DeskClientEditor *editor;
  gint64 id;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  editor = find_editor (0);
  g_assert_nonnull (editor);
  type_text (GTK_WIDGET (editor), "first_name_entry", "Yolanda");
  type_text (GTK_WIDGET (editor), "last_name_entry", "Brightwater");
  type_text (GTK_WIDGET (editor), "income_entry", "9,000");
  iterate ();
  g_assert_cmpstr (desk_client_editor_get_verdict_text (editor), ==, "Eligible");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  /* No window to answer: the editor closes by itself. */
  wait_for (editor_gone, GSIZE_TO_POINTER (0));

  found = desk_store_search_clients (window_store (), "Brightwater", DESK_CLIENT_SORT_NAME, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  {
    g_autoptr(DeskClient) listed = g_list_model_get_item (found, 0);

    id = desk_record_get_id (DESK_RECORD (listed));
    g_assert_cmpint (desk_client_get_annual_income_cents (listed), ==, 900000);
  }
  audit = audit_fields (id, "conflict-check");
  g_assert_nonnull (audit);
  g_assert_nonnull (strstr (audit, "hits: 0"));
  g_assert_nonnull (strstr (audit, "decision: no-hits"));

  /* Okafor's phone changes; the name does not, so no new check. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (desk_page_get_column_view (DESK_PAGE (page)))),
                                     find_row (page, "Okafor, Chidi"));
  id = desk_record_get_id (DESK_RECORD (desk_clients_page_get_selected_client (page)));
  okafor_audit = audit_fields (id, "conflict-check");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.edit", NULL));
  editor = find_editor (id);
  g_assert_nonnull (editor);
  type_text (GTK_WIDGET (editor), "phone_entry", "(737) 555-0199");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_for (editor_gone, GSIZE_TO_POINTER (id));
  stored = desk_store_get_client (window_store (), id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (desk_client_get_phone (stored), ==, "(737) 555-0199");
  okafor_audit_after = audit_fields (id, "conflict-check");
  g_assert_cmpstr (okafor_audit_after, ==, okafor_audit);
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "6 clients");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

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
  g_test_add_func ("/ui/clients/conflict-cancel", test_clients_conflict_cancel);
  g_test_add_func ("/ui/clients/new-with-conflict", test_clients_new_with_conflict);
  g_test_add_func ("/ui/clients/save-without-hits", test_clients_save_without_hits);
  /* Last: it adds the 2026 figures the others expect to be missing. */
  g_test_add_func ("/ui/clients/guidelines", test_clients_guidelines);

  status = g_test_run ();

  for (const GList *iter = gtk_application_get_windows (GTK_APPLICATION (app)); iter != NULL;
       iter = gtk_application_get_windows (GTK_APPLICATION (app)))
    gtk_window_destroy (iter->data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&app);

  desk_test_remove_tree (tmpdir);
  g_free (db_path);
  g_free (tmpdir);

  return status;
}
