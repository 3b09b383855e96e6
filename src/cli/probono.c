/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "probono"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "desk-demo.h"
#include "probono-cli.h"

/*
 * probono: the same core code as the window, without a display, for
 * scripts, scheduled jobs and benchmarks.
 *
 *   probono [--db PATH] COMMAND [ARGS…]
 *
 * Exit status: 0 on success, 1 when the work failed (the database is
 * newer, not a database, unwritable…), 2 when the command line is wrong,
 * 130 when interrupted.
 */

/* The most demonstration cases one run creates. */
#define MAX_DEMO_CASES 10000000

static int cmd_demo  (ProbonoContext *context, const Command *command, int argc, char **argv);
static int cmd_stats (ProbonoContext *context, const Command *command, int argc, char **argv);

/* Add a command here and it shows in --help. */
static const Command commands[] = {
  { "demo",  N_("Fill the database with made-up volunteers, clients and cases"), cmd_demo },
  { "stats", N_("Count the records in the database, and the cases by status"),   cmd_stats },
  { "cases", N_("List cases, one a line, filtered by status, category or words"), probono_cmd_cases },
  { "conflicts", N_("Look for clients, parties and volunteers whose names resemble NAME"), probono_cmd_conflicts },
  { "eligibility", N_("Screen a household's income against the HHS poverty guidelines"), probono_cmd_eligibility },
  { "export", N_("Write the funders' Excel workbook for a grant, a funder or the clinic"), probono_cmd_export },
};

/* ---------------------------------------------------------------- demo */

typedef struct
{
  GMainLoop    *loop;
  GCancellable *cancellable;
  GError       *error;
  gboolean      interrupted;
  gboolean      tty;
  gboolean      printed;
  gint64        last_print;
} DemoRun;

static void
demo_progress_cb (guint    done,
                  guint    total,
                  gpointer user_data)
{
  DemoRun *run = user_data;
  gint64 now = g_get_monotonic_time ();

  if (!run->tty || total == 0)
    return;
  if (run->printed && now - run->last_print < G_USEC_PER_SEC && done < total)
    return;

  run->last_print = now;
  run->printed = TRUE;
  g_printerr ("\r\033[K");
  /* TRANSLATORS: a progress line; the first number is a percentage */
  g_printerr (_("Creating demo data: %u%% (%u of %u records)"),
              (guint) ((guint64) done * 100 / total), done, total);
}

static void
demo_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  DemoRun *run = user_data;

  desk_demo_generate_finish (DESK_STORE (object), result, &run->error);
  g_main_loop_quit (run->loop);
}

static gboolean
demo_interrupt_cb (gpointer user_data)
{
  DemoRun *run = user_data;

  run->interrupted = TRUE;
  g_cancellable_cancel (run->cancellable);
  return G_SOURCE_CONTINUE;
}

static int
cmd_demo (ProbonoContext  *context,
          const Command   *command,
          int              argc,
          char           **argv)
{
  g_autofree char *cases_text = NULL;
  g_autofree char *clients_text = NULL;
  g_autofree char *volunteers_text = NULL;
  g_autofree char *seed_text = NULL;
  GOptionEntry entries[] = {
    { "cases", 0, 0, G_OPTION_ARG_STRING, &cases_text, N_("How many cases to create (required)"), N_("N") },
    { "clients", 0, 0, G_OPTION_ARG_STRING, &clients_text, N_("How many clients (default: four for every five cases)"), N_("N") },
    { "volunteers", 0, 0, G_OPTION_ARG_STRING, &volunteers_text, N_("How many volunteers (default: one per 40 cases, 5 to 2000)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_text, N_("The same seed gives the same data (default: 1)"), N_("S") },
    G_OPTION_ENTRY_NULL
  };
  DeskDemoOptions options = { 0 };
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  DemoRun run = { 0 };
  g_autofree char *cases = NULL;
  g_autofree char *clients = NULL;
  g_autofree char *volunteers = NULL;
  guint64 value;
  gint64 started;
  guint signal_id;
  int status = EXIT_OK;

  if (!probono_parse_command_options (command, entries, &argc, &argv, &status))
    return status;

  if (cases_text == NULL)
    return probono_fail (EXIT_USAGE, _("Say how many cases to create, for example “probono demo --cases 1000”."));
  if (!probono_parse_number (cases_text, 1, MAX_DEMO_CASES, &value))
    return probono_fail (EXIT_USAGE, _("The number of cases must be a whole number from 1 to %d, not “%s”."),
                 MAX_DEMO_CASES, cases_text);
  options.n_cases = (guint) value;

  if (clients_text != NULL)
    {
      if (!probono_parse_number (clients_text, 1, MAX_DEMO_CASES, &value))
        return probono_fail (EXIT_USAGE, _("The number of clients must be a whole number from 1 to %d, not “%s”."),
                     MAX_DEMO_CASES, clients_text);
      options.n_clients = (guint) value;
    }
  if (volunteers_text != NULL)
    {
      if (!probono_parse_number (volunteers_text, 1, 100000, &value))
        return probono_fail (EXIT_USAGE, _("The number of volunteers must be a whole number from 1 to %d, not “%s”."),
                     100000, volunteers_text);
      options.n_volunteers = (guint) value;
    }
  options.seed = 1;
  if (seed_text != NULL)
    {
      if (!probono_parse_number (seed_text, 0, G_MAXUINT64, &value))
        return probono_fail (EXIT_USAGE, _("The seed must be a whole number of at most 20 digits, not “%s”."),
                     seed_text);
      options.seed = value;
    }
  desk_demo_resolve_options (&options);

  store = probono_open_store (context, FALSE, &status);
  if (store == NULL)
    return status;

  loop = g_main_loop_new (NULL, FALSE);
  cancellable = g_cancellable_new ();
  run.loop = loop;
  run.cancellable = cancellable;
  run.tty = isatty (STDERR_FILENO);

  /* Ctrl+C stops between batches, so the file never holds half a batch. */
  signal_id = g_unix_signal_add (SIGINT, demo_interrupt_cb, &run);
  started = g_get_monotonic_time ();
  desk_demo_generate_async (store, &options, demo_progress_cb, &run, cancellable, demo_done_cb, &run);
  g_main_loop_run (loop);
  g_source_remove (signal_id);

  if (run.printed)
    g_printerr ("\n");

  if (run.error != NULL)
    {
      g_autoptr(GError) error = g_steal_pointer (&run.error);

      if (run.interrupted && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return probono_fail (EXIT_INTERRUPTED, _("Interrupted; the records created before that are kept."));
      return probono_fail (EXIT_FAILED, "%s", error->message);
    }

  cases = g_strdup_printf (ngettext ("%u case", "%u cases", options.n_cases), options.n_cases);
  clients = g_strdup_printf (ngettext ("%u client", "%u clients", options.n_clients), options.n_clients);
  volunteers = g_strdup_printf (ngettext ("%u volunteer", "%u volunteers", options.n_volunteers),
                                options.n_volunteers);
  /* TRANSLATORS: "Created 200 cases, 160 clients and 5 volunteers in 0.4 s." */
  g_print (_("Created %s, %s and %s in %.1f s.\n"), cases, clients, volunteers,
           (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  return EXIT_OK;
}

/* --------------------------------------------------------------- stats */

static guint
count_width (GArray *counts,
             guint   width)
{
  for (guint i = 0; i < counts->len; i++)
    width = MAX (width, g_utf8_strlen (g_array_index (counts, DeskCount, i).label, -1));
  return width;
}

static void
print_counts (const char *heading,
              GArray     *counts,
              guint       width)
{
  g_print ("%s\n", heading);
  for (guint i = 0; i < counts->len; i++)
    {
      const DeskCount *count = &g_array_index (counts, DeskCount, i);
      guint pad = width - MIN (width, (guint) g_utf8_strlen (count->label, -1));

      g_print ("%s%*s\t%" G_GINT64_FORMAT "\n", count->label, (int) pad, "", count->count);
    }
}

static int
cmd_stats (ProbonoContext  *context,
           const Command   *command,
           int              argc,
           char           **argv)
{
  GOptionEntry entries[] = {
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GArray) tables = NULL;
  g_autoptr(GArray) statuses = NULL;
  g_autoptr(GError) error = NULL;
  int status = EXIT_OK;
  guint width;

  if (!probono_parse_command_options (command, entries, &argc, &argv, &status))
    return status;

  store = probono_open_store (context, TRUE, &status);
  if (store == NULL)
    return status;

  if (!(tables = desk_store_count_tables (store, &error)) ||
      !(statuses = desk_store_count_cases_by_status (store, &error)))
    return probono_fail (EXIT_FAILED, "%s", error->message);

  width = count_width (statuses, count_width (tables, 0));
  print_counts (_("Records per table:"), tables, width);
  g_print ("\n");
  print_counts (_("Cases by status:"), statuses, width);
  return EXIT_OK;
}

/* ---------------------------------------------------------------- main */

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));
  int width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, (int) strlen (commands[i].name));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "\n  %-*s  %s", width, commands[i].name, _(commands[i].summary));
  g_string_append (text, "\n\n");
  g_string_append (text, _("Run “probono COMMAND --help” to see the options of a command."));

  return g_string_free (text, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) option_context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *description = NULL;
  gboolean version = FALSE;
  GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path, N_("The database file (default: the one the application uses)"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version and exit"), NULL },
    G_OPTION_ENTRY_NULL
  };
  ProbonoContext context = { 0 };
  const Command *command = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("probono");

  description = describe_commands ();
  option_context = g_option_context_new (_("COMMAND [ARGS…]"));
  g_option_context_set_translation_domain (option_context, GETTEXT_PACKAGE);
  g_option_context_set_summary (option_context,
                                _("Runs Pro Bono Desk jobs on the clinic database without a window."));
  g_option_context_set_description (option_context, description);
  g_option_context_add_main_entries (option_context, entries, GETTEXT_PACKAGE);
  /* Stop at the command: what follows belongs to it. */
  g_option_context_set_strict_posix (option_context, TRUE);

  if (!g_option_context_parse (option_context, &argc, &argv, &error))
    return probono_fail (EXIT_USAGE, _("%s; run “probono --help” for the options and commands."), error->message);

  if (version)
    {
      g_print ("probono %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  if (argc < 2)
    return probono_fail (EXIT_USAGE, _("Name a command; run “probono --help” for the list."));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (argv[1], commands[i].name) == 0)
      command = &commands[i];
  if (command == NULL)
    return probono_fail (EXIT_USAGE, _("There is no command “%s”; run “probono --help” for the list."), argv[1]);

  if (db_path == NULL)
    db_path = desk_database_default_path ();
  context.db_path = db_path;

  return command->run (&context, command, argc - 1, argv + 1);
}
