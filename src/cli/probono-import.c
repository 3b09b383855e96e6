/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "probono"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "desk-import.h"
#include "desk-store-import.h"
#include "probono-cli.h"
#include "probono-job.h"

/*
 * probono import: a clinic's spreadsheet (CSV) into the database, by the
 * same code as the window's Import from a Spreadsheet….
 *
 *   probono import clients|cases|volunteers|time FILE.csv [--map FIELD=COLUMN …]
 *                  [--dry-run] [--encoding windows-1252] [--duplicates skip|merge|import]
 *   probono import --undo BATCH
 *
 * Prints the mapping used, then every row that cannot be imported (its
 * line and every reason), matches and possible conflicts of interest, then
 * what was imported and the batch number.  Everything from the file is
 * printed escaped.  Exit status 2 for a mistake in the command, 1 when the
 * file cannot be imported (nothing is written then), 0 otherwise.
 */

static void
print_line (const char *format,
            ...) G_GNUC_PRINTF (1, 2);

/* One line of output; what it quotes from the file is escaped. */
static void
print_line (const char *format,
            ...)
{
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  escaped = probono_escape (text);
  g_print ("%s\n", escaped);
}

static const char *
delimiter_name (char delimiter)
{
  switch (delimiter)
    {
    case ';':
      return _("semicolons");
    case '\t':
      return _("tabs");
    default:
      return _("commas");
    }
}

static void
print_mapping (DeskImport *import)
{
  guint n_targets;
  const DeskImportTarget *targets = desk_import_kind_get_targets (desk_import_get_kind (import), &n_targets);
  g_autoptr(GString) unread = g_string_new (NULL);
  guint width = 0;

  /* TRANSLATORS: "Mapping of clients.csv (12 rows, fields separated by commas):" */
  print_line (ngettext ("Mapping of %s (%u row, fields separated by %s):",
                        "Mapping of %s (%u rows, fields separated by %s):", desk_import_get_n_rows (import)),
              desk_import_get_file_name (import), desk_import_get_n_rows (import),
              delimiter_name (desk_import_get_delimiter (import)));

  for (guint i = 0; i < n_targets; i++)
    width = MAX (width, strlen (targets[i].name) + 1);
  for (guint i = 0; i < n_targets; i++)
    {
      int column = desk_import_get_mapping (import, targets[i].name);
      g_autofree char *name = g_strconcat (targets[i].name, targets[i].required ? "*" : "", NULL);

      if (column >= 0)
        /* TRANSLATORS: a field and the column it reads: "  last-name*  ← column 2, “Surname”" */
        print_line (_("  %-*s  ← column %d, “%s”"), (int) width, name, column + 1,
                    desk_import_get_column (import, (guint) column));
      else
        g_string_append_printf (unread, "%s%s", unread->len > 0 ? ", " : "", name);
    }
  if (unread->len > 0)
    print_line (_("  No column for: %s"), unread->str);
  print_line (_("  (* required)"));
}

static const char *
action_words (DeskImportAction action)
{
  switch (action)
    {
    case DESK_IMPORT_SKIP:
      return _("skipped");
    case DESK_IMPORT_MERGE:
      return _("merged into it, filling its empty fields");
    case DESK_IMPORT_CREATE:
    default:
      return _("imported as a new record");
    }
}

/* "line 7: reason. reason." and what each row matches or resembles. */
static void
print_report (DeskImportReport *report)
{
  for (guint i = 0; i < report->rows->len; i++)
    {
      DeskImportRow *row = g_ptr_array_index (report->rows, i);

      if (row->problems->len > 0 && row->action != DESK_IMPORT_SKIP)
        {
          g_autoptr(GString) reasons = g_string_new (NULL);

          for (guint j = 0; j < row->problems->len; j++)
            g_string_append_printf (reasons, "%s%s", j > 0 ? " " : "",
                                    ((GError *) g_ptr_array_index (row->problems, j))->message);
          print_line (_("line %u: %s"), row->line, reasons->str);
        }

      if (row->match == DESK_IMPORT_MATCH_SAME)
        print_line (_("line %u: the same person as %s: %s."), row->line, row->match_name,
                    action_words (row->action));
      else if (row->match == DESK_IMPORT_MATCH_SIMILAR)
        print_line (_("line %u: a name like that of %s: %s."), row->line, row->match_name,
                    action_words (row->action));
      else if (row->match == DESK_IMPORT_MATCH_EARLIER)
        print_line (_("line %u: the same person as %s: %s."), row->line, row->match_name,
                    action_words (row->action));

      for (guint j = 0; j < row->conflicts->len; j++)
        {
          DeskConflictHit *hit = g_ptr_array_index (row->conflicts, j);

          if (hit->case_number != NULL && *hit->case_number != '\0')
            print_line (_("line %u: possible conflict of interest: %s (%s, case %s)."), row->line, hit->name,
                        hit->role, hit->case_number);
          else
            print_line (_("line %u: possible conflict of interest: %s (%s)."), row->line, hit->name, hit->role);
        }
    }
}

static void
print_counts (DeskImportReport *report)
{
  print_line (g_dngettext (GETTEXT_PACKAGE,
                           "%u row: %u to create, %u to merge, %u to skip; %u of them with problems.",
                           "%u rows: %u to create, %u to merge, %u to skip; %u of them with problems.",
                           report->n_rows),
              report->n_rows, report->n_create, report->n_merge, report->n_skip, report->n_bad);
}

/* Writes the rows in a worker thread; Ctrl+C (or a kill) rolls it all back. */
static int
run_import (DeskImport *import,
            DeskStore  *store)
{
  g_autoptr(DeskImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(ProbonoJob) job = { 0 };

  /* TRANSLATORS: the start of the progress line of probono import */
  probono_job_init (&job, _("Importing"));
  desk_import_run_async (import, probono_job_progress_cb, &job, job.cancellable, probono_job_done_cb, &job);
  report = desk_import_run_finish (import, probono_job_wait (&job), &error);
  /* The import holds the store: dropping both closes the file. */
  g_object_unref (import);
  probono_job_release (&job, &store);
  if (report == NULL)
    return probono_job_fail (&job, error, _("Interrupted; nothing was imported."));

  /* TRANSLATORS: "Imported batch 3: 10 created, 1 merged, 1 skipped." */
  print_line (_("Imported batch %" G_GINT64_FORMAT ": %u created, %u merged, %u skipped."), report->batch_id,
              report->n_create, report->n_merge, report->n_skip);
  print_line (_("To take it all back: probono import --undo %" G_GINT64_FORMAT), report->batch_id);
  return EXIT_OK;
}

static int
undo_import (ProbonoContext *context,
             const char     *batch_text)
{
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(DeskImportBatch) batch = NULL;
  g_autoptr(GError) error = NULL;
  guint64 batch_id;
  int status = EXIT_OK;

  if (!probono_parse_number (batch_text, 1, G_MAXINT64, &batch_id))
    return probono_fail (EXIT_USAGE, _("--undo needs the number of an import, not “%s”."), batch_text);

  store = probono_open_store (context, TRUE, &status);
  if (store == NULL)
    return status;

  batch = desk_store_get_import (store, (gint64) batch_id, &error);
  if (batch == NULL || !desk_store_undo_import (store, (gint64) batch_id, &error))
    return probono_fail (EXIT_FAILED, "%s", error->message);

  /* TRANSLATORS: "Undid import 3 of clients.csv (clients): 10 records archived, 1 put back as it was." */
  print_line (_("Undid import %" G_GINT64_FORMAT " of %s (%s): %u records archived, %u put back as they were."),
              batch->id, batch->file_name, batch->kind, batch->created, batch->merged);
  return EXIT_OK;
}

int
probono_cmd_import (ProbonoContext  *context,
                    const Command   *command,
                    int              argc,
                    char           **argv)
{
  g_auto(GStrv) maps = NULL;
  g_autofree char *encoding_text = NULL;
  g_autofree char *duplicates_text = NULL;
  g_autofree char *undo_text = NULL;
  gboolean dry_run = FALSE;
  GOptionEntry entries[] = {
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &maps,
      N_("Read FIELD from COLUMN (its header or its number from 1); may be given many times"), N_("FIELD=COLUMN") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Check every row and write nothing"), NULL },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, &encoding_text,
      N_("Read the file as windows-1252 (Excel’s “CSV” on Windows) instead of UTF-8"), N_("ENCODING") },
    { "duplicates", 0, 0, G_OPTION_ARG_STRING, &duplicates_text,
      N_("Rows that match a record: skip them, merge them (fill the record’s empty fields) or import them anyway "
         "(default: skip the same person, import a name that is only alike)"), N_("skip|merge|import") },
    { "undo", 0, 0, G_OPTION_ARG_STRING, &undo_text, N_("Take back import BATCH as a whole"), N_("BATCH") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) option_context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(DeskImport) import = NULL;
  g_autoptr(DeskImportReport) report = NULL;
  g_autofree char *prgname = g_strdup_printf ("probono %s", command->name);
  DeskCsvEncoding encoding = DESK_CSV_ENCODING_UTF8;
  DeskImportKind kind;
  int status = EXIT_OK;

  /* Its own options context: it takes two arguments, the kind and the file. */
  g_set_prgname (prgname);
  option_context = g_option_context_new (_("clients|cases|volunteers|time FILE.csv"));
  g_option_context_set_translation_domain (option_context, GETTEXT_PACKAGE);
  g_option_context_set_summary (option_context, _(command->summary));
  g_option_context_add_main_entries (option_context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (option_context, &argc, &argv, &error))
    return probono_fail (EXIT_USAGE, _("%s; run “probono %s --help” to see its options."), error->message,
                         command->name);

  if (undo_text != NULL)
    {
      if (argc > 1 || maps != NULL || dry_run || encoding_text != NULL || duplicates_text != NULL)
        return probono_fail (EXIT_USAGE, _("--undo takes only the number of the import."));
      return undo_import (context, undo_text);
    }

  if (argc != 3)
    return probono_fail (EXIT_USAGE, _("Say what to import and from which file, for example "
                                       "“probono import clients clients.csv”."));
  if (!desk_import_kind_from_nick (argv[1], &kind))
    return probono_fail (EXIT_USAGE, _("There is no import of “%s”; say clients, cases, volunteers or time."),
                         argv[1]);
  if (encoding_text != NULL)
    {
      if (g_ascii_strcasecmp (encoding_text, "windows-1252") == 0 || g_ascii_strcasecmp (encoding_text, "cp1252") == 0)
        encoding = DESK_CSV_ENCODING_WINDOWS_1252;
      else if (g_ascii_strcasecmp (encoding_text, "utf-8") != 0 && g_ascii_strcasecmp (encoding_text, "utf8") != 0)
        return probono_fail (EXIT_USAGE, _("--encoding takes utf-8 or windows-1252, not “%s”."), encoding_text);
    }
  if (duplicates_text != NULL && !g_str_equal (duplicates_text, "skip") && !g_str_equal (duplicates_text, "merge") &&
      !g_str_equal (duplicates_text, "import"))
    return probono_fail (EXIT_USAGE, _("--duplicates takes skip, merge or import, not “%s”."), duplicates_text);

  store = probono_open_store (context, FALSE, &status);
  if (store == NULL)
    return status;

  import = desk_import_new (store, kind);
  if (!desk_import_load_file (import, argv[2], encoding, &error))
    {
      if (desk_import_get_could_be_windows_1252 (import))
        return probono_fail (EXIT_FAILED, _("%s (probono import --encoding windows-1252)"), error->message);
      return probono_fail (EXIT_FAILED, "%s", error->message);
    }

  for (guint i = 0; maps != NULL && maps[i] != NULL; i++)
    if (!desk_import_map (import, maps[i], &error))
      return probono_fail (EXIT_USAGE, "%s", error->message);

  if (duplicates_text != NULL)
    desk_import_set_all_actions (import, g_str_equal (duplicates_text, "skip") ? DESK_IMPORT_SKIP :
                                         g_str_equal (duplicates_text, "merge") ? DESK_IMPORT_MERGE :
                                         DESK_IMPORT_CREATE);

  print_mapping (import);
  if (!desk_import_check_mapping (import, &error))
    return probono_fail (EXIT_FAILED, _("%s Name them with --map FIELD=COLUMN."), error->message);

  report = desk_import_check (import, NULL, NULL, NULL, &error);
  if (report == NULL)
    return probono_fail (EXIT_FAILED, "%s", error->message);
  g_print ("\n");
  print_report (report);
  print_counts (report);

  if (report->n_bad > 0)
    return probono_fail (EXIT_FAILED, g_dngettext (GETTEXT_PACKAGE,
                                                   "Nothing was imported: %u row has problems.",
                                                   "Nothing was imported: %u rows have problems.", report->n_bad),
                         report->n_bad);
  if (dry_run)
    {
      print_line (_("A dry run: nothing was written."));
      return EXIT_OK;
    }

  /* The rows are read again in the import's own transaction: what the
   * check said may have changed since. */
  return run_import (g_steal_pointer (&import), g_steal_pointer (&store));
}
