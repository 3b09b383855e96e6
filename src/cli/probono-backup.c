/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "probono"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "desk-backup.h"
#include "probono-cli.h"
#include "probono-job.h"

/*
 * probono backup and probono restore: the same code as Back Up Database…
 * and Restore from Backup… in the window.
 *
 *   probono backup -o FILE     a verified copy of the database, made while
 *                              the window may go on saving
 *   probono restore FILE       the database replaced by the backup FILE,
 *                              the database as it was kept first in the
 *                              backups folder ($PROBONO_BACKUP_DIR, else
 *                              $XDG_DATA_HOME/probono-desk/backups)
 *
 * restore asks before it replaces anything when its standard input is a
 * terminal; without a terminal it asks nothing and does nothing unless
 * --yes is given (exit 2), so a script never waits for an answer and
 * never restores by accident.  Ctrl+C stops either one and leaves the
 * database and the folder as they were.
 */

int
probono_cmd_backup (ProbonoContext  *context,
                    const Command   *command,
                    int              argc,
                    char           **argv)
{
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The backup file to write (required)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *size = NULL;
  g_auto(ProbonoJob) job = { 0 };
  gint64 started;
  GStatBuf st;
  int status = EXIT_OK;

  if (!probono_parse_command_options (command, entries, &argc, &argv, &status))
    return status;
  if (output == NULL || *output == '\0')
    return probono_fail (EXIT_USAGE, _("Say where to write the backup, for example “probono backup -o clinic-backup.db”."));

  store = probono_open_store (context, TRUE, &status);
  if (store == NULL)
    return status;

  /* TRANSLATORS: the start of the progress line of probono backup */
  probono_job_init (&job, _("Backing up"));
  started = g_get_monotonic_time ();
  desk_store_backup_async (store, output, probono_job_progress_cb, &job, job.cancellable, probono_job_done_cb, &job);
  desk_store_backup_finish (store, probono_job_wait (&job), &error);
  probono_job_release (&job, &store);
  if (error != NULL)
    return probono_job_fail (&job, error, _("Interrupted; no backup was written."));

  size = g_format_size (g_stat (output, &st) == 0 ? (guint64) st.st_size : 0);
  /* TRANSLATORS: "Backed up “/home/ana/clinic.db” to “monday.db” (12.3 MB), checked, in 0.4 s." */
  g_print (_("Backed up “%s” to “%s” (%s), checked, in %.1f s.\n"), context->db_path, output, size,
           (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  return EXIT_OK;
}

/* Asks on the terminal; TRUE only for a yes. */
static gboolean
confirm_restore (const char *database,
                 const char *backup)
{
  g_autofree char *folder = desk_backup_default_folder ();
  /* TRANSLATORS: the answers that mean yes to a [y/N] question, separated by | */
  g_auto(GStrv) yes = g_strsplit (_("y|yes"), "|", -1);
  char answer[16] = "";

  g_printerr (_("Replace the database “%s” with the backup “%s”?\n"
                "The database as it is now is kept in “%s” first. [y/N] "), database, backup, folder);
  if (fgets (answer, sizeof answer, stdin) == NULL)
    return FALSE;
  g_strstrip (answer);
  return g_ascii_strcasecmp (answer, "y") == 0 || g_ascii_strcasecmp (answer, "yes") == 0 ||
         g_strv_contains ((const char * const *) yes, answer);
}

int
probono_cmd_restore (ProbonoContext  *context,
                     const Command   *command,
                     int              argc,
                     char           **argv)
{
  g_auto(GStrv) files = NULL;
  gboolean yes = FALSE;
  GOptionEntry entries[] = {
    { "yes", 'y', 0, G_OPTION_ARG_NONE, &yes, N_("Restore without asking (needed without a terminal)"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_auto(ProbonoJob) job = { 0 };
  int status = EXIT_OK;

  if (!probono_parse_command_options (command, entries, &argc, &argv, &status))
    return status;
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    return probono_fail (EXIT_USAGE, _("Name the one backup to restore, for example “probono restore monday.db”."));

  if (!yes && !isatty (STDIN_FILENO))
    return probono_fail (EXIT_USAGE, _("Restoring replaces the database; without a terminal to ask on, add --yes "
                                       "to do it. Nothing was restored."));
  /* A backup that cannot be restored is said so before anything is asked
   * (the restore checks it again, so only when someone is asked). */
  if (!yes && !desk_backup_check (files[0], NULL, NULL, &error))
    return probono_fail_with (error);
  if (!yes && !confirm_restore (context->db_path, files[0]))
    return probono_fail (EXIT_FAILED, _("Nothing was restored."));

  /* TRANSLATORS: the start of the progress line of probono restore */
  probono_job_init (&job, _("Restoring"));
  desk_backup_restore_async (context->db_path, files[0], NULL, probono_job_progress_cb, &job, job.cancellable,
                             probono_job_done_cb, &job);
  if (!desk_backup_restore_finish (probono_job_wait (&job), &kept, &error))
    return probono_job_fail (&job, error, _("Interrupted; nothing was restored."));

  if (kept != NULL)
    /* TRANSLATORS: "Restored “monday.db” into “clinic.db”; the database as it was is kept as “…”." */
    g_print (_("Restored “%s” into “%s”; the database as it was is kept as “%s”.\n"), files[0], context->db_path,
             kept);
  else
    g_print (_("Restored “%s” into “%s”.\n"), files[0], context->db_path);
  return EXIT_OK;
}
