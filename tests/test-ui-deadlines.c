/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Deadlines page, the start-up notification and the preferences window,
 * built for real under Xvfb, driven through their actions and widgets,
 * checked against the store, and saved as PNGs into the build folder. */
#define G_LOG_DOMAIN "test-ui-deadlines"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "desk-application.h"
#include "desk-case-editor.h"
#include "desk-deadlines-page.h"
#include "desk-feedback.h"
#include "desk-guidelines-window.h"
#include "desk-preferences-window.h"
#include "desk-store.h"
#include "desk-ui-test.h"
#include "desk-window.h"

/* Tests run with DESK_TODAY=2026-06-15. */
#define TODAY "2026-06-15"

static DeskApplication *app;
static char *tmpdir;
static char *seeded_path;

/* The ids of the seeded records the tests look for. */
static gint64 rivera_case_id;
static gint64 lee_case_id;
static char *rivera_case_number;
static char *lee_case_number;
static gint64 serve_discovery_id;

/* ---- a stand-in notification server ------------------------------------ */

/* GLib sends notifications to org.gtk.Notifications when someone owns that
 * name; the test owns it, so it can read what the application sent. */
static const char notifications_xml[] =
  "<node>"
  "  <interface name='org.gtk.Notifications'>"
  "    <method name='AddNotification'>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/>"
  "    </method>"
  "    <method name='RemoveNotification'>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static GDBusConnection *session_bus;
static GVariant *received_notification;  /* (ssa{sv}) of the last AddNotification */
static gboolean name_acquired;

static void
notifications_method_call (GDBusConnection       *connection,
                           const char            *sender,
                           const char            *object_path,
                           const char            *interface_name,
                           const char            *method_name,
                           GVariant              *parameters,
                           GDBusMethodInvocation *invocation,
                           gpointer               user_data)
{
  if (g_strcmp0 (method_name, "AddNotification") == 0)
    {
      g_clear_pointer (&received_notification, g_variant_unref);
      received_notification = g_variant_ref (parameters);
    }

  g_dbus_method_invocation_return_value (invocation, NULL);
}

static const GDBusInterfaceVTable notifications_vtable = { notifications_method_call, NULL, NULL, { 0 } };

static void
name_acquired_cb (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  name_acquired = TRUE;
}

static void
start_notification_server (void)
{
  g_autoptr(GDBusNodeInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  session_bus = g_application_get_dbus_connection (G_APPLICATION (app));
  if (session_bus == NULL)
    return;

  info = g_dbus_node_info_new_for_xml (notifications_xml, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_dbus_connection_register_object (session_bus, "/org/gtk/Notifications",
                                                       info->interfaces[0], &notifications_vtable,
                                                       NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_bus_own_name_on_connection (session_bus, "org.gtk.Notifications", G_BUS_NAME_OWNER_FLAGS_NONE,
                                name_acquired_cb, NULL, NULL, NULL);
  while (!name_acquired)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* ---- the database the tests look at ----------------------------------- */

static DeskCase *
add_case (DeskStore  *store,
          const char *first,
          const char *last,
          const char *problem_code,
          const char *title)
{
  g_autoptr(DeskClient) client = desk_test_new_record (store, DESK_TYPE_CLIENT,
                                                       "first-name", first,
                                                       "last-name", last,
                                                       "intake-date", "2026-05-02",
                                                       NULL);

  return desk_test_new_record (store, DESK_TYPE_CASE,
                               "client-id", desk_record_get_id (DESK_RECORD (client)),
                               "problem-code", problem_code,
                               "title", title,
                               "opened-on", "2026-05-04",
                               "status", DESK_CASE_STATUS_OPEN,
                               NULL);
}

static gint64
add_deadline (DeskStore        *store,
              DeskCase         *kase,
              DeskDeadlineKind  kind,
              const char       *due_on,
              const char       *due_time,
              const char       *description,
              gboolean          done)
{
  g_autoptr(DeskDeadline) deadline = desk_test_new_record (store, DESK_TYPE_DEADLINE,
                                                           "case-id", desk_record_get_id (DESK_RECORD (kase)),
                                                           "kind", kind,
                                                           "due-on", due_on,
                                                           "due-time", due_time,
                                                           "description", description,
                                                           "done", done,
                                                           NULL);

  return desk_record_get_id (DESK_RECORD (deadline));
}

static void
seed_database (const char *path)
{
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskCase) rivera_case = NULL;
  g_autoptr(DeskCase) lee_case = NULL;
  g_autoptr(DeskCase) archived_case = NULL;

  store = desk_store_open (path, &error);
  g_assert_no_error (error);

  rivera_case = add_case (store, "Ana", "Rivera", "63", "Eviction for repairs complaint");
  lee_case = add_case (store, "Marcus", "Lee", "31", "Custody modification");
  archived_case = add_case (store, "Chidi", "Okafor", "22", "Unpaid overtime");
  rivera_case_id = desk_record_get_id (DESK_RECORD (rivera_case));
  lee_case_id = desk_record_get_id (DESK_RECORD (lee_case));
  rivera_case_number = g_strdup (desk_case_get_case_number (rivera_case));
  lee_case_number = g_strdup (desk_case_get_case_number (lee_case));

  /* Listed, soonest first. */
  add_deadline (store, rivera_case, DESK_DEADLINE_COURT_DATE, "2026-06-10", "09:30", "Hearing on motion to dismiss", FALSE);
  add_deadline (store, lee_case, DESK_DEADLINE_FILING_DEADLINE, "2026-06-12", NULL, "File response to petition", FALSE);
  serve_discovery_id =
    add_deadline (store, rivera_case, DESK_DEADLINE_OTHER, TODAY, "10:00", "Serve discovery requests", FALSE);
  add_deadline (store, lee_case, DESK_DEADLINE_OTHER, TODAY, NULL, "Call the client back", FALSE);
  add_deadline (store, rivera_case, DESK_DEADLINE_STATUTE_OF_LIMITATIONS, "2026-06-20", NULL, "Limitations on the repair claim", FALSE);
  add_deadline (store, lee_case, DESK_DEADLINE_COURT_DATE, "2026-06-28", "14:00", "Mediation session", FALSE);

  /* Not listed: past the 14 days (today is the first), done, or on an
   * archived case. */
  add_deadline (store, rivera_case, DESK_DEADLINE_FILING_DEADLINE, "2026-06-29", NULL, "Fifteen days out", FALSE);
  add_deadline (store, rivera_case, DESK_DEADLINE_COURT_DATE, "2026-07-05", NULL, "Twenty days out", FALSE);
  add_deadline (store, lee_case, DESK_DEADLINE_FILING_DEADLINE, "2026-06-16", NULL, "Already filed", TRUE);
  add_deadline (store, archived_case, DESK_DEADLINE_COURT_DATE, "2026-06-16", NULL, "On an archived case", FALSE);
  g_assert_true (desk_store_archive (store, DESK_RECORD (archived_case), &error));
  g_assert_no_error (error);
}

/* ---- helpers ---------------------------------------------------------- */

static void
show_page (DeskWindow *window,
           const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name));
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (desk_window_get_page (window), ==, name);
}

/* The Done box of the row that shows @description: box → cell → row. */
static GtkWidget *
find_done_check (GtkWidget  *root,
                 const char *description)
{
  if (GTK_IS_CHECK_BUTTON (root) && gtk_widget_get_mapped (root))
    {
      GtkWidget *row = gtk_widget_get_parent (gtk_widget_get_parent (root));

      if (desk_test_shows_label (row, description))
        return root;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_done_check (child, description);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action_name)
{
  if (GTK_IS_BUTTON (root) &&
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

static void
assert_rows (GtkColumnView *view,
             const char    *expected[][5],
             guint          n_expected)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_expected);
  for (guint row = 0; row < n_expected; row++)
    for (guint column = 0; column < 5; column++)
      {
        g_autofree char *text = desk_test_cell_text (view, column + 1, row);

        g_assert_cmpstr (text, ==, expected[row][column]);
      }
}

static void
wait_for_notification (void)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (received_notification == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
deadline_done (DeskStore *store,
               gint64     id)
{
  g_autoptr(DeskDeadline) deadline = NULL;
  g_autoptr(GError) error = NULL;

  deadline = desk_store_get (store, DESK_TYPE_DEADLINE, id, &error);
  g_assert_no_error (error);

  return desk_deadline_get_done (deadline);
}

/* ---- tests ------------------------------------------------------------ */

static void
test_summary_words (void)
{
  struct {
    guint       due_today;
    guint       overdue;
    const char *text;
  } cases[] = {
    { 0, 0, NULL },
    { 1, 0, "1 deadline due today" },
    { 3, 0, "3 deadlines due today" },
    { 0, 1, "1 overdue deadline" },
    { 0, 4, "4 overdue deadlines" },
    { 1, 1, "1 deadline due today, 1 overdue" },
    { 2, 3, "2 deadlines due today, 3 overdue" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = desk_application_deadline_summary (cases[i].due_today, cases[i].overdue);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* Opening the database at start tells what is due today and overdue, and
 * the notification leads to the Deadlines page. */
static void
test_startup_notification (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const char *app_id = NULL;
  const char *id = NULL;
  g_autoptr(GVariant) notification = NULL;
  const char *title = NULL;
  const char *body = NULL;
  const char *action = NULL;
  DeskWindow *window;

  g_assert_null (desk_application_get_last_notification_body (app));

  g_settings_set_string (settings, "last-database", seeded_path);
  g_application_activate (G_APPLICATION (app));

  window = desk_application_get_window (app);
  g_assert_nonnull (desk_window_get_store (window));
  g_assert_cmpstr (desk_store_get_path (desk_window_get_store (window)), ==, seeded_path);
  g_assert_cmpstr (desk_application_get_last_notification_body (app), ==, "2 deadlines due today, 2 overdue");

  if (session_bus == NULL)
    {
      g_test_message ("no session bus: the notification itself is not checked");
    }
  else
    {
      wait_for_notification ();
      g_variant_get (received_notification, "(&s&s@a{sv})", &app_id, &id, &notification);
      g_assert_cmpstr (app_id, ==, APP_ID);
      g_assert_cmpstr (id, ==, "deadlines-today");
      g_assert_true (g_variant_lookup (notification, "title", "&s", &title));
      g_assert_cmpstr (title, ==, "Deadlines");
      g_assert_true (g_variant_lookup (notification, "body", "&s", &body));
      g_assert_cmpstr (body, ==, "2 deadlines due today, 2 overdue");
      g_assert_true (g_variant_lookup (notification, "default-action", "&s", &action));
      g_assert_cmpstr (action, ==, "app.show-deadlines");
    }

  /* Its default action shows the Deadlines page. */
  show_page (window, "cases");
  g_action_group_activate_action (G_ACTION_GROUP (app), "show-deadlines", NULL);
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (desk_window_get_page (window), ==, "deadlines");
}

static void
test_deadlines_page (void)
{
  g_auto(GStrv) accels = NULL;
  g_autofree char *titles = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *undo_message = NULL;
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(DeskCase) lee_case = NULL;
  g_autoptr(GError) error = NULL;
  DeskDeadlinesPage *page;
  GtkColumnView *view;
  DeskWindow *window;
  GtkWidget *label;
  GtkWidget *check;
  DeskCaseEditor *editor;
  const char *expected[][5] = {
    { "2026-06-10 09:30 (overdue)", "Court date", NULL, "Ana Rivera", "Hearing on motion to dismiss" },
    { "2026-06-12 (overdue)", "Filing deadline", NULL, "Marcus Lee", "File response to petition" },
    { "2026-06-15 (today)", "Other", NULL, "Marcus Lee", "Call the client back" },
    { "2026-06-15 10:00 (today)", "Other", NULL, "Ana Rivera", "Serve discovery requests" },
    { "2026-06-20", "Statute of limitations", NULL, "Ana Rivera", "Limitations on the repair claim" },
    { "2026-06-28 14:00", "Court date", NULL, "Marcus Lee", "Mediation session" },
  };
  const char *after_done[][5] = {
    { "2026-06-10 09:30 (overdue)", "Court date", NULL, "Ana Rivera", "Hearing on motion to dismiss" },
    { "2026-06-12 (overdue)", "Filing deadline", NULL, "Marcus Lee", "File response to petition" },
    { "2026-06-15 (today)", "Other", NULL, "Marcus Lee", "Call the client back" },
    { "2026-06-20", "Statute of limitations", NULL, "Ana Rivera", "Limitations on the repair claim" },
    { "2026-06-28 14:00", "Court date", NULL, "Marcus Lee", "Mediation session" },
  };
  const char *rivera_only[][5] = {
    { "2026-06-10 09:30 (overdue)", "Court date", NULL, "Ana Rivera", "Hearing on motion to dismiss" },
    { "2026-06-15 10:00 (today)", "Other", NULL, "Ana Rivera", "Serve discovery requests" },
    { "2026-06-20", "Statute of limitations", NULL, "Ana Rivera", "Limitations on the repair claim" },
  };

  rivera_only[0][2] = rivera_only[1][2] = rivera_only[2][2] = rivera_case_number;
  expected[0][2] = expected[3][2] = expected[4][2] = rivera_case_number;
  expected[1][2] = expected[2][2] = expected[5][2] = lee_case_number;
  after_done[0][2] = after_done[3][2] = rivera_case_number;
  after_done[1][2] = after_done[2][2] = after_done[4][2] = lee_case_number;

  g_assert_true (desk_application_open_database (app, seeded_path));
  window = desk_application_get_window (app);
  store = g_object_ref (desk_window_get_store (window));

  /* <Alt>2 is the way there: the second page of the sidebar. */
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-page::deadlines");
  g_assert_cmpstr (accels[0], ==, "<Alt>2");
  show_page (window, "cases");
  show_page (window, "deadlines");
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Deadlines"));  /* the sidebar */

  page = DESK_DEADLINES_PAGE (desk_window_get_page_widget (window, "deadlines"));
  view = desk_page_get_column_view (DESK_PAGE (page));
  titles = desk_test_column_titles (view);
  g_assert_cmpstr (titles, ==, "Done|Due|Kind|Case|Client|Description");
  assert_rows (view, expected, G_N_ELEMENTS (expected));
  g_assert_cmpstr (desk_deadlines_page_get_summary_text (page), ==,
                   "2 overdue · 2 due today · 2 in the next 14 days");
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "2 overdue · 2 due today · 2 in the next 14 days"));
  g_assert_null (desk_page_get_empty_title (DESK_PAGE (page)));
  g_assert_false (desk_test_shows_label (GTK_WIDGET (window), "Twenty days out"));

  /* Red when past, bold on the day. */
  label = desk_test_find_label (GTK_WIDGET (view), "2026-06-10 09:30 (overdue)");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (label, "desk-overdue"));
  label = desk_test_find_label (GTK_WIDGET (view), "2026-06-15 10:00 (today)");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (label, "desk-due-today"));
  g_assert_false (gtk_widget_has_css_class (label, "desk-overdue"));
  label = desk_test_find_label (GTK_WIDGET (view), "2026-06-20");
  g_assert_nonnull (label);
  g_assert_false (gtk_widget_has_css_class (label, "desk-due-today"));
  g_assert_false (gtk_widget_has_css_class (label, "desk-overdue"));
  desk_test_assert_buttons_named (GTK_WIDGET (window));
  desk_test_save_pngs (GTK_WIDGET (window), "ui-deadlines", TRUE);

  /* Enter on a row opens its case, in the case's window, at its Deadlines
   * tab; the case's own list shows the deadline. */
  g_signal_emit_by_name (view, "activate", 1);
  editor = desk_case_editor_find (store, lee_case_id);
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (window));
  g_assert_cmpint (desk_record_get_id (DESK_RECORD (desk_case_editor_get_case (editor))), ==, lee_case_id);
  g_assert_cmpstr (desk_case_editor_get_page (editor), ==, "deadlines");
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_nonnull (desk_test_find_row (GTK_WIDGET (editor), "File response to petition"));
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-deadlines-opened-case", FALSE);
  desk_test_close_editor (editor);
  g_signal_emit_by_name (view, "activate", 0);
  editor = desk_case_editor_find (store, rivera_case_id);
  g_assert_nonnull (editor);
  g_assert_cmpstr (desk_case_editor_get_page (editor), ==, "deadlines");
  desk_test_close_editor (editor);
  desk_test_wait_until_drawn (GTK_WIDGET (window));

  /* Ticking Done saves it, and the row leaves the list. */
  g_assert_false (deadline_done (store, serve_discovery_id));
  check = find_done_check (GTK_WIDGET (view), "Serve discovery requests");
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_true (gtk_widget_activate (check));
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_true (deadline_done (store, serve_discovery_id));
  assert_rows (view, after_done, G_N_ELEMENTS (after_done));
  g_assert_false (desk_test_shows_label (GTK_WIDGET (window), "Serve discovery requests"));
  g_assert_cmpstr (desk_deadlines_page_get_summary_text (page), ==,
                   "2 overdue · 1 due today · 2 in the next 14 days");
  undo_message = g_strdup_printf ("Deadline of case %s marked done", rivera_case_number);
  g_assert_cmpstr (desk_feedback_get_last_toast (GTK_WIDGET (window)), ==, undo_message);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), undo_message));
  /* No row shows a ticked box: the one ticked went with its row. */
  for (guint i = 0; i < G_N_ELEMENTS (after_done); i++)
    {
      check = find_done_check (GTK_WIDGET (view), after_done[i][4]);
      g_assert_nonnull (check);
      g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
    }
  desk_test_save_pngs (GTK_WIDGET (window), "ui-deadlines-marked-done", TRUE);

  /* Undo in the toast puts it back. */
  g_assert_true (desk_feedback_undo (GTK_WIDGET (window)));
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_false (deadline_done (store, serve_discovery_id));
  assert_rows (view, expected, G_N_ELEMENTS (expected));
  g_assert_cmpstr (desk_deadlines_page_get_summary_text (page), ==,
                   "2 overdue · 2 due today · 2 in the next 14 days");

  /* A case that is archived takes its deadlines off the list; restored,
   * they come back. */
  lee_case = desk_store_get_case (store, lee_case_id, &error);
  g_assert_no_error (error);
  g_assert_true (desk_store_archive (store, DESK_RECORD (lee_case), &error));
  g_assert_no_error (error);
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  assert_rows (view, rivera_only, G_N_ELEMENTS (rivera_only));
  g_assert_cmpstr (desk_deadlines_page_get_summary_text (page), ==,
                   "1 overdue · 1 due today · 1 in the next 14 days");
  g_assert_true (desk_store_restore (store, DESK_RECORD (lee_case), &error));
  g_assert_no_error (error);
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  assert_rows (view, expected, G_N_ELEMENTS (expected));
}

static void
test_deadlines_empty (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "empty.db", NULL);
  DeskDeadlinesPage *page;
  DeskWindow *window;

  g_assert_true (desk_application_open_database (app, path));
  window = desk_application_get_window (app);
  show_page (window, "deadlines");
  page = DESK_DEADLINES_PAGE (desk_window_get_page_widget (window, "deadlines"));
  g_assert_cmpstr (desk_page_get_empty_title (DESK_PAGE (page)), ==, "Nothing Due in the Next 14 Days");
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), "Nothing Due in the Next 14 Days"));
  /* No counts of nothing next to the empty state. */
  g_assert_false (desk_test_shows_label (GTK_WIDGET (window), desk_deadlines_page_get_summary_text (page)));
  desk_test_save_pngs (GTK_WIDGET (window), "ui-deadlines-empty", TRUE);

  /* Nothing due: no notification. */
  g_assert_false (desk_application_notify_deadlines (app));
}

static gboolean
store_region_is (gpointer data)
{
  DeskStore *store = desk_window_get_store (desk_application_get_window (app));

  return store != NULL && desk_store_get_region (store) == *(DeskRegion *) data;
}

static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *empty_path = g_build_filename (tmpdir, "empty.db", NULL);
  g_autofree char *staff_name = NULL;
  g_autofree char *region = NULL;
  g_auto(GStrv) accels = NULL;
  DeskPreferencesWindow *prefs;
  GtkWindow *guidelines;
  DeskWindow *window;
  DeskStore *store;
  GtkWidget *button;
  DeskRegion wanted;

  g_settings_set_string (settings, "poverty-region", "contiguous");
  g_assert_true (desk_application_open_database (app, seeded_path));
  window = desk_application_get_window (app);
  store = desk_window_get_store (window);
  g_assert_cmpint (desk_store_get_region (store), ==, DESK_REGION_CONTIGUOUS);

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
  g_assert_cmpstr (accels[0], ==, "<Control>comma");

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  prefs = DESK_PREFERENCES_WINDOW (desk_application_get_preferences_window (app));
  g_assert_nonnull (prefs);
  desk_test_wait_until_drawn (GTK_WIDGET (prefs));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (prefs)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (prefs)) == GTK_WINDOW (window));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (prefs), "Your _name") ||
                 desk_test_shows_label (GTK_WIDGET (prefs), "Your name"));
  g_assert_cmpuint (adw_combo_row_get_selected (desk_preferences_window_get_region_row (prefs)), ==,
                    DESK_REGION_CONTIGUOUS);
  desk_test_assert_buttons_named (GTK_WIDGET (prefs));

  /* The second time it is the same window. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_assert_true (desk_application_get_preferences_window (app) == GTK_WINDOW (prefs));

  /* The staff name is kept as typed. */
  gtk_editable_set_text (desk_preferences_window_get_staff_name_entry (prefs), "Dana Morales");
  staff_name = g_settings_get_string (settings, "staff-name");
  g_assert_cmpstr (staff_name, ==, "Dana Morales");

  /* The region goes to the setting and to the open store at once. */
  adw_combo_row_set_selected (desk_preferences_window_get_region_row (prefs), DESK_REGION_ALASKA);
  region = g_settings_get_string (settings, "poverty-region");
  g_assert_cmpstr (region, ==, "alaska");
  wanted = DESK_REGION_ALASKA;
  desk_test_wait_for (store_region_is, &wanted, "the store to screen for Alaska");
  desk_test_wait_until_drawn (GTK_WIDGET (prefs));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (prefs), "Alaska"));
  desk_test_save_pngs (GTK_WIDGET (prefs), "ui-preferences", FALSE);

  button = find_action_button (GTK_WIDGET (prefs), "app.poverty-guidelines");
  g_assert_nonnull (button);
  g_assert_true (desk_test_shows_label (button, "_Poverty Guidelines…") ||
                 desk_test_shows_label (button, "Poverty Guidelines…"));

  /* The button opens the guidelines of the open database over it. */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "poverty-guidelines"));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  guidelines = desk_test_find_toplevel (DESK_TYPE_GUIDELINES_WINDOW, GTK_WINDOW (prefs));
  g_assert_nonnull (guidelines);
  g_assert_true (gtk_window_get_transient_for (guidelines) == GTK_WINDOW (prefs));
  g_assert_true (desk_guidelines_window_get_store (DESK_GUIDELINES_WINDOW (guidelines)) == store);
  desk_test_assert_buttons_named (GTK_WIDGET (guidelines));
  desk_test_save_pngs (GTK_WIDGET (guidelines), "ui-preferences-guidelines", FALSE);
  gtk_window_destroy (guidelines);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* Escape closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (prefs), "window.close", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (desk_application_get_preferences_window (app));

  /* A database opened later gets the region too. */
  g_assert_true (desk_application_open_database (app, empty_path));
  g_assert_cmpint (desk_store_get_region (desk_window_get_store (window)), ==, DESK_REGION_ALASKA);

  g_settings_set_string (settings, "poverty-region", "hawaii");
  wanted = DESK_REGION_HAWAII;
  desk_test_wait_for (store_region_is, &wanted, "the store to screen for Hawaii");

  g_settings_set_string (settings, "poverty-region", "contiguous");
  g_settings_set_string (settings, "staff-name", "");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  desk_test_init_accessibility ();
  desk_test_init (&argc, &argv);

  tmpdir = g_dir_make_tmp ("probono-ui-deadlines-XXXXXX", &error);
  g_assert_no_error (error);
  seeded_path = g_build_filename (tmpdir, "clinic.db", NULL);
  seed_database (seeded_path);

  app = desk_test_application_new ();
  start_notification_server ();

  g_test_add_func ("/ui/deadlines/summary-words", test_summary_words);
  g_test_add_func ("/ui/deadlines/startup-notification", test_startup_notification);
  g_test_add_func ("/ui/deadlines/page", test_deadlines_page);
  g_test_add_func ("/ui/deadlines/empty", test_deadlines_empty);
  g_test_add_func ("/ui/deadlines/preferences", test_preferences);

  status = g_test_run ();

  desk_test_application_free (g_steal_pointer (&app));
  g_clear_pointer (&received_notification, g_variant_unref);

  desk_test_remove_tree (tmpdir);
  g_free (rivera_case_number);
  g_free (lee_case_number);
  g_free (seeded_path);
  g_free (tmpdir);

  return status;
}
