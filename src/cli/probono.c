/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "probono"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "desk-demo.h"
#include "probono-cli.h"
#include "probono-job.h"

/*
 * probono: the same core code as the window, without a display, for
 * scripts, scheduled jobs and benchmarks.
 *
 *   probono [--db PATH] COMMAND [ARGS…]
 *
 * Exit status: 0 on success, 1 when the work failed (the database is
 * newer, another program's, read-only…), 2 when the command line is wrong
 * (an unknown option, a number out of range, an amount that is no amount),
 * 130 when interrupted (Ctrl+C, SIGTERM, SIGHUP).  What the database holds
 * is printed escaped (\t, \x1b…), so a line is always one line.
 */

/* The most demonstration cases one run creates, and mentors or mentees. */
#define MAX_DEMO_CASES 10000000
#define MAX_DEMO_MENTORING 1000000

static int cmd_demo  (ProbonoContext *context, const Command *command, int argc, char **argv);
static int cmd_stats (ProbonoContext *context, const Command *command, int argc, char **argv);

/* Add a command here and it shows in --help. */
static const Command commands[] = {
  { "demo",  N_("Fill the database with made-up volunteers, clients and cases"), cmd_demo },
  { "stats", N_("Count the records in the database, and the cases by status"),   cmd_stats },
  { "cases", N_("List cases, one a line, filtered by status, category or words"), probono_cmd_cases },
  { "conflicts", N_("Look for clients, parties and volunteers whose names resemble NAME"), probono_cmd_conflicts },
  { "eligibility", N_("Screen a household's income against the HHS poverty guidelines"), probono_cmd_eligibility },
  { "match", N_("Propose mentors for the mentees who have none, with scores and reasons"), probono_cmd_match },
  { "export", N_("Write the funders' Excel workbook for a grant, a funder or the clinic"), probono_cmd_export },
  { "import", N_("Import clients, cases, volunteers or time entries from a spreadsheet (CSV), or undo an import"), probono_cmd_import },
  { "backup", N_("Copy the database, checked, to a backup file (while the window may go on working)"), probono_cmd_backup },
  { "restore", N_("Replace the database with a backup, keeping the database as it was"), probono_cmd_restore },
};

/* ---------------------------------------------------------------- demo */

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
  g_autofree char *mentors_text = NULL;
  g_autofree char *mentees_text = NULL;
  GOptionEntry entries[] = {
    { "cases", 0, 0, G_OPTION_ARG_STRING, &cases_text, N_("How many cases to create (required)"), N_("N") },
    { "clients", 0, 0, G_OPTION_ARG_STRING, &clients_text, N_("How many clients (default: four for every five cases)"), N_("N") },
    { "volunteers", 0, 0, G_OPTION_ARG_STRING, &volunteers_text, N_("How many volunteers (default: one per 40 cases, 5 to 2000)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_text, N_("The same seed gives the same data (default: 1)"), N_("S") },
    { "mentors", 0, 0, G_OPTION_ARG_STRING, &mentors_text, N_("How many volunteers who mentor (default: none)"), N_("N") },
    { "mentees", 0, 0, G_OPTION_ARG_STRING, &mentees_text, N_("How many volunteers who want a mentor (default: none)"), N_("N") },
    G_OPTION_ENTRY_NULL
  };
  DeskDemoOptions options = { 0 };
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(ProbonoJob) job = { 0 };
  g_autofree char *cases = NULL;
  g_autofree char *clients = NULL;
  g_autofree char *volunteers = NULL;
  g_autofree char *mentoring = NULL;
  guint64 value;
  gint64 started;
  int status = EXIT_OK;

  if (!probono_parse_command_options (command, entries, &argc, &argv, &status))
    return status;

  if (mentors_text != NULL)
    {
      if (!probono_parse_number (mentors_text, 0, MAX_DEMO_MENTORING, &value))
        return probono_fail (EXIT_USAGE, _("The number of mentors must be a whole number from 0 to %d, not “%s”."),
                             MAX_DEMO_MENTORING, mentors_text);
      options.n_mentors = (guint) value;
    }
  if (mentees_text != NULL)
    {
      if (!probono_parse_number (mentees_text, 0, MAX_DEMO_MENTORING, &value))
        return probono_fail (EXIT_USAGE, _("The number of mentees must be a whole number from 0 to %d, not “%s”."),
                             MAX_DEMO_MENTORING, mentees_text);
      options.n_mentees = (guint) value;
    }

  /* Cases may be left out when the demo is a mentoring program. */
  if (cases_text == NULL && options.n_mentors == 0 && options.n_mentees == 0)
    return probono_fail (EXIT_USAGE, _("Say how many cases to create, for example “probono demo --cases 1000”, "
                                       "or how many mentors and mentees (--mentors, --mentees)."));
  if (cases_text != NULL && !probono_parse_number (cases_text, 1, MAX_DEMO_CASES, &value))
    return probono_fail (EXIT_USAGE, _("The number of cases must be a whole number from 1 to %d, not “%s”."),
                 MAX_DEMO_CASES, cases_text);
  if (cases_text != NULL)
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

  /* Ctrl+C (or a kill, or the terminal closing) stops between batches, and
   * the database closes before the exit: the file never holds half a
   * batch, and never lives on only in its -wal. */
  /* TRANSLATORS: the start of the progress line of probono demo */
  probono_job_init (&job, _("Creating demo data"));
  started = g_get_monotonic_time ();
  desk_demo_generate_async (store, &options, probono_job_progress_cb, &job, job.cancellable,
                            probono_job_done_cb, &job);
  desk_demo_generate_finish (store, probono_job_wait (&job), &error);
  probono_job_release (&job, &store);
  if (error != NULL)
    return probono_job_fail (&job, error, _("Interrupted; the records created before that are kept."));

  cases = g_strdup_printf (ngettext ("%u case", "%u cases", options.n_cases), options.n_cases);
  clients = g_strdup_printf (ngettext ("%u client", "%u clients", options.n_clients), options.n_clients);
  volunteers = g_strdup_printf (ngettext ("%u volunteer", "%u volunteers", options.n_volunteers),
                                options.n_volunteers);
  if (options.n_mentors > 0 || options.n_mentees > 0)
    {
      guint n_volunteers = options.n_volunteers + desk_demo_count_mentoring_volunteers (&options);

      g_free (volunteers);
      volunteers = g_strdup_printf (ngettext ("%u volunteer", "%u volunteers", n_volunteers), n_volunteers);
      g_autofree char *mentors = g_strdup_printf (ngettext ("%u mentor", "%u mentors", options.n_mentors),
                                                  options.n_mentors);
      g_autofree char *mentees = g_strdup_printf (ngettext ("%u mentee", "%u mentees", options.n_mentees),
                                                  options.n_mentees);

      /* TRANSLATORS: " (500 mentors, 2000 mentees)", after the number of volunteers */
      mentoring = g_strdup_printf (_(" (%s, %s)"), mentors, mentees);
    }
  /* TRANSLATORS: "Created 200 cases, 160 clients and 5 volunteers in 0.4 s."; the fourth %s is
   * empty or tells how many of the volunteers mentor and are mentored */
  g_print (_("Created %s, %s and %s%s in %.1f s.\n"), cases, clients, volunteers, mentoring != NULL ? mentoring : "",
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
