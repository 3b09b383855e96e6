/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-application-backup"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-application-backup.h"
#include "desk-backup.h"
#include "desk-conflict-window.h"
#include "desk-editor.h"
#include "desk-error.h"
#include "desk-feedback.h"
#include "desk-gtk-compat.h"
#include "desk-guidelines-window.h"
#include "desk-history-window.h"

/* How long a restore waits for the database to be let go of (an archive's
 * Undo holds it for DESK_UNDO_SECONDS). */
#define CLOSE_TIMEOUT_SECONDS (DESK_UNDO_SECONDS + 5)

/* What the application keeps for its backups, on the application itself. */
typedef struct
{
  GSettings    *settings;
  GCancellable *cancellable;
  AdwToast     *progress_toast;
  char         *progress_title;
  guint         busy;            /* backups and restores running */
} BackupState;

static void
backup_state_free (gpointer data)
{
  BackupState *state = data;

  g_cancellable_cancel (state->cancellable);
  g_clear_object (&state->cancellable);
  g_clear_object (&state->settings);
  g_clear_object (&state->progress_toast);
  g_free (state->progress_title);
  g_free (state);
}

static BackupState *
get_state (DeskApplication *self)
{
  static GQuark quark;
  BackupState *state;

  if (quark == 0)
    quark = g_quark_from_static_string ("desk-backup-state");

  state = g_object_get_qdata (G_OBJECT (self), quark);
  if (state == NULL)
    {
      state = g_new0 (BackupState, 1);
      state->settings = g_settings_new (APP_ID);
      state->cancellable = g_cancellable_new ();
      g_object_set_qdata_full (G_OBJECT (self), quark, state, backup_state_free);
    }
  return state;
}

static DeskStore *
open_store (DeskApplication *self)
{
  return desk_window_get_store (desk_application_get_window (self));
}

/* "clinic" for "/home/ana/clinic.db". */
static char *
database_name (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

/* ---- progress in a toast ----------------------------------------------------- */

static void
progress_start (DeskApplication *self,
                char            *title)
{
  BackupState *state = get_state (self);
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (desk_application_get_window (self)));

  state->busy++;
  g_free (state->progress_title);
  state->progress_title = title;
  g_clear_object (&state->progress_toast);
  state->progress_toast = adw_toast_new (title);
  /* It stays until the work is done. */
  adw_toast_set_timeout (state->progress_toast, 0);
  if (ADW_IS_TOAST_OVERLAY (content))
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (content), g_object_ref (state->progress_toast));
}

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  BackupState *state = get_state (user_data);
  g_autofree char *title = NULL;

  if (state->progress_toast == NULL || total == 0)
    return;
  /* TRANSLATORS: a toast: "Backing up “clinic.db”… 45%" */
  title = g_strdup_printf (_("%s %u%%"), state->progress_title, (guint) ((guint64) done * 100 / total));
  adw_toast_set_title (state->progress_toast, title);
}

static void
progress_end (DeskApplication *self)
{
  BackupState *state = get_state (self);

  if (state->progress_toast != NULL)
    adw_toast_dismiss (state->progress_toast);
  g_clear_object (&state->progress_toast);
  g_clear_pointer (&state->progress_title, g_free);
  state->busy--;
}

/* ---- backing up ----------------------------------------------------------------- */

typedef struct
{
  DeskApplication *app;
  char            *path;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->app);
  g_free (job->path);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static Job *
job_new (DeskApplication *self,
         const char      *path)
{
  Job *job = g_new0 (Job, 1);

  job->app = g_object_ref (self);
  job->path = g_strdup (path);
  return job;
}

static void
backup_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = GTK_WIDGET (desk_application_get_window (job->app));

  progress_end (job->app);
  if (desk_store_backup_finish (DESK_STORE (object), result, &error))
    {
      g_autofree char *base = g_path_get_basename (job->path);
      /* TRANSLATORS: a toast; %s is the backup's file name */
      g_autofree char *title = g_strdup_printf (_("Backed up to “%s”"), base);

      desk_show_toast (window, title);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    desk_show_error (window, _("The database was not backed up"), error);
}

/* A file a chooser gave: a local path, or a sentence why not. */
static char *
local_path (DeskApplication *self,
            GFile           *file,
            const char      *heading)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (&error, DESK_ERROR, DESK_ERROR_IO,
                   _("“%s” is not a file on this computer. Choose a folder on this computer."), uri);
      desk_show_error (GTK_WIDGET (desk_application_get_window (self)), heading, error);
    }
  return path;
}

void
desk_application_back_up_to (DeskApplication *self,
                             GFile           *file)
{
  DeskStore *store = open_store (self);
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;

  g_return_if_fail (DESK_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  if (store == NULL || (path = local_path (self, file, _("The database was not backed up"))) == NULL)
    return;

  base = g_path_get_basename (desk_store_get_path (store));
  /* TRANSLATORS: a toast while the backup is made; a percentage follows */
  progress_start (self, g_strdup_printf (_("Backing up “%s”…"), base));
  desk_store_backup_async (store, path, progress_cb, self, get_state (self)->cancellable, backup_done_cb,
                           job_new (self, path));
}

static void
backup_chosen_cb (GFile    *file,
                  gpointer  user_data)
{
  g_autoptr(DeskApplication) self = user_data;

  if (file != NULL)
    desk_application_back_up_to (self, file);
}

/* The backups folder when there is one, else the database's. */
static GFile *
backups_folder (DeskStore *store)
{
  g_autofree char *folder = desk_backup_default_folder ();
  g_autofree char *database_folder = NULL;

  if (g_file_test (folder, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (folder);
  database_folder = g_path_get_dirname (desk_store_get_path (store));
  return g_file_new_for_path (database_folder);
}

void
desk_application_back_up (DeskApplication *self)
{
  DeskStore *store;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *today = desk_today_iso ();
  g_autofree char *proposed = NULL;

  g_return_if_fail (DESK_IS_APPLICATION (self));

  store = open_store (self);
  if (store == NULL)
    return;

  folder = backups_folder (store);
  name = database_name (desk_store_get_path (store));
  /* TRANSLATORS: the proposed file name of a backup: the database's name and the date */
  proposed = g_strdup_printf (_("%s-%s.db"), name, today);
  desk_gtk_compat_save_file (GTK_WINDOW (desk_application_get_window (self)), _("Back Up Database"), _("_Back Up"),
                             folder, proposed, backup_chosen_cb, g_object_ref (self));
}

static void
automatic_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(DeskApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *made = desk_store_backup_automatic_finish (DESK_STORE (object), result, &error);

  get_state (self)->busy--;
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* TRANSLATORS: a toast; %s says why */
      g_autofree char *title = g_strdup_printf (_("Today’s automatic backup was not made: %s"), error->message);

      g_message ("%s", title);
      desk_show_toast (GTK_WIDGET (desk_application_get_window (self)), title);
    }
  else if (made != NULL)
    g_debug ("Automatic backup %s", made);
}

void
desk_application_back_up_automatically (DeskApplication *self)
{
  BackupState *state;
  DeskStore *store;
  guint keep;

  g_return_if_fail (DESK_IS_APPLICATION (self));

  state = get_state (self);
  store = open_store (self);
  keep = g_settings_get_uint (state->settings, "backups-kept");
  if (store == NULL || keep == 0)
    return;

  state->busy++;
  desk_store_backup_automatic_async (store, NULL, keep, state->cancellable, automatic_done_cb, g_object_ref (self));
}

gboolean
desk_application_get_backup_busy (DeskApplication *self)
{
  g_return_val_if_fail (DESK_IS_APPLICATION (self), FALSE);

  return get_state (self)->busy > 0;
}

/* ---- restoring ------------------------------------------------------------------ */

typedef struct
{
  DeskApplication *app;
  char            *database;
  char            *backup;
  DeskStore       *store;          /* borrowed, weakly: the one to see closed */
  guint            close_timeout;
} Restore;

static void
restore_free (Restore *restore)
{
  g_clear_handle_id (&restore->close_timeout, g_source_remove);
  g_clear_object (&restore->app);
  g_free (restore->database);
  g_free (restore->backup);
  g_free (restore);
}

/* Whatever shows a record of the database goes: the restore replaces
 * them all. */
static void
close_record_windows (void)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (DESK_IS_EDITOR (toplevel) || DESK_IS_HISTORY_WINDOW (toplevel) || DESK_IS_GUIDELINES_WINDOW (toplevel) ||
          DESK_IS_CONFLICT_WINDOW (toplevel))
        g_ptr_array_add (doomed, g_steal_pointer (&toplevel));
    }
  for (guint i = 0; i < doomed->len; i++)
    gtk_window_destroy (g_ptr_array_index (doomed, i));
}

static void
restore_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Restore *restore = user_data;
  DeskApplication *self = restore->app;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  gboolean restored;

  restored = desk_backup_restore_finish (result, &kept, &error);
  progress_end (self);

  /* Restored or not, the database is opened again. */
  if (desk_application_open_database (self, restore->database) && restored)
    {
      g_autofree char *base = g_path_get_basename (restore->backup);
      /* TRANSLATORS: a toast; %s is the backup's file name */
      g_autofree char *title = g_strdup_printf (_("Restored from “%s”; the database as it was is in the backups folder"),
                                                base);

      g_debug ("Restored %s from %s; kept %s", restore->database, restore->backup, kept);
      desk_show_toast (GTK_WIDGET (desk_application_get_window (self)), title);
    }
  else if (!restored)
    desk_show_error (GTK_WIDGET (desk_application_get_window (self)), _("The backup was not restored"), error);

  restore_free (restore);
}

static void
restore_start (Restore *restore)
{
  BackupState *state = get_state (restore->app);

  g_clear_handle_id (&restore->close_timeout, g_source_remove);
  restore->store = NULL;
  desk_backup_restore_async (restore->database, restore->backup, NULL, progress_cb, restore->app,
                             state->cancellable, restore_done_cb, restore);
}

static void
store_closed_cb (gpointer  user_data,
                 GObject  *where_the_object_was)
{
  restore_start (user_data);
}

/* Something still holds the database: nothing is restored, it comes back. */
static gboolean
close_timeout_cb (gpointer user_data)
{
  Restore *restore = user_data;
  DeskApplication *self = restore->app;
  g_autoptr(GError) error = NULL;

  restore->close_timeout = 0;
  g_object_weak_unref (G_OBJECT (restore->store), store_closed_cb, restore);
  progress_end (self);
  desk_application_open_database (self, restore->database);
  g_set_error_literal (&error, DESK_ERROR, DESK_ERROR_DATABASE,
                       _("The database was still in use in this window (an Undo, a task not yet done); "
                         "nothing was restored. Try again in a moment."));
  desk_show_error (GTK_WIDGET (desk_application_get_window (self)), _("The backup was not restored"), error);
  restore_free (restore);
  return G_SOURCE_REMOVE;
}

static void
restore_answer_cb (const char *answer,
                   gpointer    user_data)
{
  Restore *restore = user_data;
  DeskApplication *self = restore->app;
  DeskWindow *window = desk_application_get_window (self);
  DeskStore *store = desk_window_get_store (window);
  g_autofree char *base = g_path_get_basename (restore->backup);

  if (g_strcmp0 (answer, "restore") != 0 || store == NULL)
    {
      restore_free (restore);
      return;
    }

  /* TRANSLATORS: a toast while a backup is restored; a percentage follows */
  progress_start (self, g_strdup_printf (_("Restoring “%s”…"), base));

  /* The restore needs the file to itself: every connection of this
   * window goes first, and the work starts once the last one has. */
  close_record_windows ();
  restore->store = store;
  restore->close_timeout = g_timeout_add_seconds (CLOSE_TIMEOUT_SECONDS, close_timeout_cb, restore);
  g_object_weak_ref (G_OBJECT (store), store_closed_cb, restore);
  desk_window_set_store (window, NULL);
}

/* Why nothing may be restored now, or NULL. */
static const char *
restore_refusal (DeskApplication *self)
{
  DeskStore *store = open_store (self);
  GListModel *toplevels = gtk_window_get_toplevels ();

  if (store == NULL)
    return _("No database is open to restore into.");
  if (desk_store_is_read_only (store))
    return desk_store_get_read_only_reason (store);
  if (get_state (self)->busy > 0)
    return _("A backup is being made; try again when it is done.");

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (DESK_IS_EDITOR (toplevel) && desk_editor_get_modified (DESK_EDITOR (toplevel)))
        return _("An editor has changes that are not saved; save or close it first, as a restore closes it.");
    }
  return NULL;
}

static gboolean
refuse_restore (DeskApplication *self)
{
  const char *refusal = restore_refusal (self);
  g_autoptr(GError) error = NULL;

  if (refusal == NULL)
    return FALSE;

  g_set_error_literal (&error, DESK_ERROR, DESK_ERROR_INVALID, refusal);
  desk_show_error (GTK_WIDGET (desk_application_get_window (self)), _("Nothing can be restored now"), error);
  return TRUE;
}

void
desk_application_restore_from (DeskApplication *self,
                               GFile           *file)
{
  const DeskResponse answers[] = {
    { "cancel", _("_Cancel"), DESK_RESPONSE_STYLE_DEFAULT },
    { "restore", _("_Restore"), DESK_RESPONSE_STYLE_DESTRUCTIVE },
  };
  DeskWindow *window;
  Restore *restore;
  g_autofree char *path = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *base = NULL;
  g_autofree char *database = NULL;

  g_return_if_fail (DESK_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  if (refuse_restore (self) || (path = local_path (self, file, _("The backup was not restored"))) == NULL)
    return;

  window = desk_application_get_window (self);
  restore = g_new0 (Restore, 1);
  restore->app = g_object_ref (self);
  restore->database = g_strdup (desk_store_get_path (desk_window_get_store (window)));
  restore->backup = g_strdup (path);

  base = g_path_get_basename (path);
  database = g_path_get_basename (restore->database);
  /* TRANSLATORS: a question; %s is the backup's file name */
  heading = g_strdup_printf (_("Restore “%s”?"), base);
  body = g_strdup_printf (_("Everything in “%s” is replaced by what the backup holds. The database as it is now "
                            "is kept in the backups folder first, and open editors are closed."), database);
  desk_gtk_compat_ask (GTK_WIDGET (window), heading, body, answers, G_N_ELEMENTS (answers), "cancel", "cancel",
                       restore_answer_cb, restore);
}

static void
restore_chosen_cb (GFile    *file,
                   gpointer  user_data)
{
  g_autoptr(DeskApplication) self = user_data;

  if (file != NULL)
    desk_application_restore_from (self, file);
}

void
desk_application_restore (DeskApplication *self)
{
  g_autoptr(GFile) folder = NULL;

  g_return_if_fail (DESK_IS_APPLICATION (self));

  if (refuse_restore (self))
    return;

  folder = backups_folder (open_store (self));
  desk_gtk_compat_open_file (GTK_WINDOW (desk_application_get_window (self)), _("Restore from Backup"),
                             _("_Restore…"), folder, restore_chosen_cb, g_object_ref (self));
}
