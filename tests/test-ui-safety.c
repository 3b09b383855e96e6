/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window and the file under it: what another program writes shows up
 * by itself, a read-only file says so in a banner and cannot be edited,
 * Back Up and Restore from the primary menu, the automatic backup and its
 * setting, and a record's history from its editor.  PNGs of each state go
 * into the build folder. */
#define G_LOG_DOMAIN "test-ui-safety"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "desk-application-backup.h"
#include "desk-backup.h"
#include "desk-client-editor.h"
#include "desk-feedback.h"
#include "desk-gtk-compat.h"
#include "desk-history-window.h"
#include "desk-page.h"
#include "desk-preferences-window.h"
#include "desk-test-files.h"
#include "desk-ui-test.h"

static DeskApplication *app;
static char *tmpdir;
static char *kept_dir;
static gboolean own_mounts;   /* root in a mount namespace of its own */

/* Runs the main loop until @done says so, at most @seconds. */
static void
wait_for (gboolean (*done) (gpointer),
          gpointer   data,
          guint      seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Waited %u s in vain", seconds);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static char *
new_database (const char *name)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(DeskClient) ana = NULL;
  g_autoptr(GError) error = NULL;

  store = desk_store_open (path, &error);
  g_assert_no_error (error);
  /* An income given: the client editor opens a client without one as
   * changed already (its blank income field and the stored "not known"
   * disagree), which a restore would refuse as unsaved changes. */
  ana = desk_test_new_record (store, DESK_TYPE_CLIENT, "first-name", "Ana", "last-name", "Rivera",
                              "intake-date", "2026-06-01", "annual-income-cents", (gint64) 1000000, NULL);
  return path;
}

static DeskPage *
page (DeskWindow *window,
      const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name));
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  return DESK_PAGE (desk_window_get_page_widget (window, name));
}

static void
close_other_windows (DeskWindow *window)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      GtkWindow *toplevel = g_list_model_get_item (toplevels, i);

      if (toplevel != GTK_WINDOW (window))
        g_ptr_array_add (others, toplevel);
      else
        g_object_unref (toplevel);
    }
  for (guint i = 0; i < others->len; i++)
    gtk_window_destroy (g_ptr_array_index (others, i));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }
  return NULL;
}

/* ---- what another program writes ------------------------------------------ */

typedef struct
{
  DeskPage *page;
  guint     n_items;
} ListWait;

static gboolean
list_has_n_items (gpointer data)
{
  ListWait *wait = data;
  GListModel *model = desk_page_get_model (wait->page);

  return model != NULL && g_list_model_get_n_items (model) == wait->n_items;
}

static void
test_follows_other_program (void)
{
  g_autofree char *path = new_database ("shared.db");
  g_autoptr(DeskStore) other = NULL;
  g_autoptr(DeskClient) bo = NULL;
  g_autoptr(GError) error = NULL;
  DeskWindow *window;
  ListWait wait;
  gint64 started;

  g_assert_true (desk_application_open_database (app, path));
  window = desk_application_get_window (app);
  wait.page = page (window, "clients");
  g_assert_cmpuint (g_list_model_get_n_items (desk_page_get_model (wait.page)), ==, 1);

  /* The command line, say, adds a client on its own connection. */
  other = desk_store_open (path, &error);
  g_assert_no_error (error);
  bo = desk_test_new_record (other, DESK_TYPE_CLIENT, "first-name", "Bo", "last-name", "Li",
                             "intake-date", "2026-06-02", NULL);

  /* The window looks every few seconds, and the list follows. */
  started = g_get_monotonic_time ();
  wait.n_items = 2;
  wait_for (list_has_n_items, &wait, 10);
  g_test_message ("the list followed after %.1f s", (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  g_assert_cmpstr (desk_page_get_count_text (wait.page), ==, "2 clients");
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  desk_test_save_png (GTK_WIDGET (window), "ui-safety-followed.png");
}

/* ---- a read-only file ------------------------------------------------------ */

/* A database the test may not write: a file made 0400 (as root, which
 * writes anything, a tmpfs remounted read-only); NULL when neither can be. */
static char *
read_only_database (void)
{
  g_autofree char *dir = g_build_filename (tmpdir, "ro", NULL);
  g_autofree char *path = NULL;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  if (geteuid () == 0 && (!own_mounts || mount ("tmpfs", dir, "tmpfs", 0, "size=4m,mode=0700") != 0))
    return NULL;

  path = new_database ("ro/clinic.db");
  if (geteuid () == 0)
    g_assert_cmpint (mount (NULL, dir, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);
  else
    g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  return g_steal_pointer (&path);
}

static void
test_read_only (void)
{
  g_autofree char *path = read_only_database ();
  DeskWindow *window;
  DeskStore *store;
  DeskPage *clients;
  DeskClientEditor *editor;
  GtkEditable *first_name;

  if (path == NULL)
    {
      g_test_skip ("root without a mount namespace cannot make a file it may not write");
      return;
    }

  g_assert_true (desk_application_open_database (app, path));
  window = desk_application_get_window (app);
  store = desk_window_get_store (window);
  g_assert_true (desk_store_is_read_only (store));
  clients = page (window, "clients");

  /* The banner says why, in the store's words. */
  g_assert_true (desk_test_shows_label (GTK_WIDGET (window), desk_store_get_read_only_reason (store)));
  g_assert_nonnull (strstr (desk_store_get_read_only_reason (store), "read-only"));
  desk_test_save_pngs (GTK_WIDGET (window), "ui-safety-read-only", FALSE);

  /* Nothing new (no editor opens), nothing archived, no restore over it;
   * a backup, yes. */
  g_assert_true (desk_page_select_id (clients, 1));
  gtk_widget_activate_action (GTK_WIDGET (clients), "page.new", NULL);
  gtk_widget_activate_action (GTK_WIDGET (clients), "page.archive", NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (find_toplevel (DESK_TYPE_CLIENT_EDITOR));
  g_assert_null (desk_gtk_compat_get_question (GTK_WIDGET (window)));
  g_assert_cmpuint (g_list_model_get_n_items (desk_page_get_model (clients)), ==, 1);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "restore"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "backup"));

  /* A record opens to be read; Save stays off whatever is typed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (clients), "page.edit", NULL));
  editor = DESK_CLIENT_EDITOR (find_toplevel (DESK_TYPE_CLIENT_EDITOR));
  g_assert_nonnull (editor);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  first_name = GTK_EDITABLE (desk_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW));
  gtk_editable_set_text (first_name, "Ann");
  g_assert_true (desk_editor_get_modified (DESK_EDITOR (editor)));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (desk_editor_get_modified (DESK_EDITOR (editor)));
  g_assert_null (desk_gtk_compat_get_question (GTK_WIDGET (editor)));
  g_assert_cmpint (desk_test_query_int (store, "SELECT count(*) FROM clients WHERE first_name = 'Ana'"), ==, 1);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  /* The editor says why too, and closes without asking about what
   * could not be kept. */
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), desk_store_get_read_only_reason (store)));
  desk_test_save_png (GTK_WIDGET (editor), "ui-safety-read-only-editor.png");
  gtk_window_close (GTK_WINDOW (editor));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (find_toplevel (DESK_TYPE_CLIENT_EDITOR));

  close_other_windows (window);
  desk_window_set_store (window, NULL);
  if (geteuid () == 0)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_assert_cmpint (umount2 (dir, MNT_DETACH), ==, 0);
    }
}

/* ---- history ----------------------------------------------------------------- */

static void
test_history (void)
{
  g_autofree char *path = new_database ("history.db");
  DeskWindow *window;
  DeskPage *clients;
  DeskClientEditor *editor;
  DeskHistoryWindow *history;
  g_autoptr(DeskClient) client = NULL;

  g_assert_true (desk_application_open_database (app, path));
  window = desk_application_get_window (app);
  clients = page (window, "clients");
  g_assert_true (desk_page_select_id (clients, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (clients), "page.edit", NULL));
  editor = DESK_CLIENT_EDITOR (find_toplevel (DESK_TYPE_CLIENT_EDITOR));
  g_assert_nonnull (editor);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));

  /* The editor's History button. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.history", NULL));
  history = DESK_HISTORY_WINDOW (find_toplevel (DESK_TYPE_HISTORY_WINDOW));
  g_assert_nonnull (history);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (history)) == GTK_WINDOW (editor));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (history)), ==, "History of Ana Rivera");
  desk_test_wait_until_drawn (GTK_WIDGET (history));
  g_assert_cmpuint (desk_history_window_get_n_rows (history), ==, 1);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (history), "Created"));

  /* A change saved shows up at the top, in words, with who and with what. */
  client = desk_store_get_client (desk_window_get_store (window), 1, NULL);
  desk_client_set_phone (client, "512-555-0199");
  desk_test_save (desk_window_get_store (window), client);
  desk_test_wait_until_drawn (GTK_WIDGET (history));
  g_assert_cmpuint (desk_history_window_get_n_rows (history), ==, 2);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (history), "Changed: phone"));
  desk_test_save_pngs (GTK_WIDGET (history), "ui-safety-history", FALSE);

  /* One window a record. */
  g_assert_true (desk_history_window_present (NULL, desk_window_get_store (window), "client", 1, NULL) == history);

  close_other_windows (window);
}

/* ---- backups and restores ------------------------------------------------------ */

static gboolean
backup_idle (gpointer data)
{
  return !desk_application_get_backup_busy (app);
}

static gboolean
store_is_back (gpointer data)
{
  DeskWindow *window = data;

  return !desk_application_get_backup_busy (app) && desk_window_get_store (window) != NULL;
}

static gboolean
question_shown (gpointer data)
{
  return desk_gtk_compat_get_question (GTK_WIDGET (data)) != NULL;
}

static void
store_gone_cb (gpointer  data,
               GObject  *where_the_object_was)
{
  *(gboolean *) data = TRUE;
}

static void
test_backup_and_restore (void)
{
  g_autofree char *path = new_database ("clinic.db");
  g_autofree char *backup = g_build_filename (tmpdir, "monday.db", NULL);
  g_autoptr(GFile) backup_file = g_file_new_for_path (backup);
  g_autofree char *kept = NULL;
  g_autoptr(DeskClient) bo = NULL;
  g_autoptr(DeskClientEditor) editor = NULL;
  DeskClientEditor *open_editor;
  DeskWindow *window;
  DeskStore *store;
  gboolean old_store_gone = FALSE;

  g_assert_true (desk_application_open_database (app, path));
  window = desk_application_get_window (app);
  page (window, "clients");

  /* The primary menu has both. */
  {
    GtkWidget *button = desk_window_get_menu_button (window);
    GtkPopover *popover;

    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
    desk_test_wait_until_drawn (GTK_WIDGET (popover));
    g_assert_true (desk_test_shows_label (GTK_WIDGET (popover), "Back Up Database…"));
    g_assert_true (desk_test_shows_label (GTK_WIDGET (popover), "Restore from Backup…"));
    desk_test_save_png_with_popover (GTK_WIDGET (window), GTK_WIDGET (popover), "ui-safety-menu.png");
    gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  }

  /* Back Up: a verified copy, a toast. */
  desk_application_back_up_to (app, backup_file);
  g_assert_true (desk_application_get_backup_busy (app));
  wait_for (backup_idle, NULL, 30);
  g_assert_true (desk_backup_check (backup, NULL, NULL, NULL));
  g_assert_cmpuint (desk_test_file_mode (backup), ==, 0600);
  g_assert_cmpstr (desk_feedback_get_last_toast (GTK_WIDGET (window)), ==, "Backed up to “monday.db”");

  /* Bo comes after the backup. */
  store = desk_window_get_store (window);
  bo = desk_test_new_record (store, DESK_TYPE_CLIENT, "first-name", "Bo", "last-name", "Li",
                             "intake-date", "2026-06-02", "annual-income-cents", (gint64) 1000000, NULL);

  /* No restore over an editor with changes not saved. */
  editor = g_object_ref (desk_client_editor_open (GTK_WINDOW (window), store, bo));
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  gtk_editable_set_text (GTK_EDITABLE (desk_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW)), "Bob");
  desk_application_restore_from (app, backup_file);
  wait_for (question_shown, window, 5);
  g_assert_true (desk_test_answer_question (GTK_WIDGET (window), "close"));
  g_assert_true (desk_window_get_store (window) == store);
  gtk_window_destroy (GTK_WINDOW (editor));
  g_clear_object (&editor);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* Restore asks, then closes the editors and the database, restores and
   * opens it again. */
  open_editor = desk_client_editor_open (GTK_WINDOW (window), store, bo);
  g_object_add_weak_pointer (G_OBJECT (open_editor), (gpointer *) &open_editor);
  desk_application_restore_from (app, backup_file);
  wait_for (question_shown, window, 5);
  desk_test_save_png (GTK_WIDGET (window), "ui-safety-restore-question.png");
  g_object_weak_ref (G_OBJECT (store), store_gone_cb, &old_store_gone);
  g_assert_true (desk_test_answer_question (GTK_WIDGET (window), "restore"));
  wait_for (store_is_back, window, 30);
  g_assert_true (old_store_gone);
  g_assert_null (open_editor);

  store = desk_window_get_store (window);
  g_assert_cmpstr (desk_store_get_path (store), ==, path);
  g_assert_cmpint (desk_test_query_int (store, "SELECT count(*) FROM clients"), ==, 1);
  g_assert_cmpint (desk_test_query_int (store, "SELECT count(*) FROM audit_log WHERE action = 'restore'"), ==, 1);
  g_assert_true (g_str_has_prefix (desk_feedback_get_last_toast (GTK_WIDGET (window)), "Restored from “monday.db”"));

  /* What was there before, Bo included, is in the backups folder. */
  kept = desk_test_listing (kept_dir);
  g_assert_true (g_str_has_prefix (kept, "clinic-before-restore-"));
  {
    g_autofree char *kept_path = g_build_filename (kept_dir, kept, NULL);
    g_assert_cmpint (desk_test_file_query_int (kept_path, "SELECT count(*) FROM clients"), ==, 2);
  }
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  desk_test_save_png (GTK_WIDGET (window), "ui-safety-restored.png");
}

/* The file chooser of Back Up Database…, when it is one of this process. */
static void
test_backup_chooser (void)
{
  g_autofree char *path = new_database ("chooser.db");
  GtkWindow *chooser = NULL;
  g_autofree char *name = NULL;
  gint64 deadline;

  g_assert_true (desk_application_open_database (app, path));
  g_action_group_activate_action (G_ACTION_GROUP (app), "backup", NULL);
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while ((chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG)) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  if (chooser == NULL)
    {
      g_test_skip ("the file chooser is not an in-process dialog here (a portal?)");
      return;
    }
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Back Up Database");
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, "chooser-2026-06-15.db");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (desk_application_get_backup_busy (app));
}

/* The setting in the preferences window, and the backup it governs. */
static void
test_automatic_backup (void)
{
  g_autofree char *path = new_database ("daily.db");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *files = NULL;
  GtkSpinButton *spin;
  GtkWindow *preferences;

  g_assert_true (desk_application_open_database (app, path));

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = desk_application_get_preferences_window (app);
  desk_test_wait_until_drawn (GTK_WIDGET (preferences));
  spin = desk_preferences_window_get_backups_kept_spin (DESK_PREFERENCES_WINDOW (preferences));
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 14);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (preferences), "Automatic backups kept"));
  desk_test_save_png (GTK_WIDGET (preferences), "ui-safety-preferences.png");

  /* 0 turns them off… */
  gtk_spin_button_set_value (spin, 0);
  g_assert_cmpuint (g_settings_get_uint (settings, "backups-kept"), ==, 0);
  desk_application_back_up_automatically (app);
  g_assert_false (desk_application_get_backup_busy (app));

  /* …and back on, one a day, named after the database and the day. */
  gtk_spin_button_set_value (spin, 3);
  g_assert_cmpuint (g_settings_get_uint (settings, "backups-kept"), ==, 3);
  gtk_window_destroy (preferences);
  desk_application_back_up_automatically (app);
  wait_for (backup_idle, NULL, 30);
  files = desk_test_listing (kept_dir);
  g_assert_nonnull (strstr (files, "daily-2026-06-15-"));
  g_settings_reset (settings, "backups-kept");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Before any thread: a mount namespace where root may mount a disk it
   * can make read-only, seen by nobody else. */
  own_mounts = geteuid () == 0 && unshare (CLONE_NEWNS) == 0 &&
               mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0;

  desk_test_init (&argc, &argv);

  tmpdir = g_dir_make_tmp ("probono-ui-safety-XXXXXX", &error);
  g_assert_no_error (error);
  kept_dir = g_build_filename (tmpdir, "backups", NULL);
  /* Backups and the copies a restore keeps go here, not to the home folder. */
  g_setenv ("PROBONO_BACKUP_DIR", kept_dir, TRUE);

  app = desk_test_application_new ();

  g_test_add_func ("/ui/safety/follows-other-program", test_follows_other_program);
  g_test_add_func ("/ui/safety/read-only", test_read_only);
  g_test_add_func ("/ui/safety/history", test_history);
  g_test_add_func ("/ui/safety/backup-and-restore", test_backup_and_restore);
  g_test_add_func ("/ui/safety/backup-chooser", test_backup_chooser);
  g_test_add_func ("/ui/safety/automatic-backup", test_automatic_backup);

  status = g_test_run ();

  desk_test_application_free (g_steal_pointer (&app));

  desk_test_remove_tree (tmpdir);
  g_free (kept_dir);
  g_free (tmpdir);

  return status;
}
