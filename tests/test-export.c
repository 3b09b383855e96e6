/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "desk-report-export.h"
#include "desk-test.h"
#include "test-reports-fixture.h"

/*
 * probono export run as a grant officer would, on the hand-built clinic of
 * test-reports-fixture.c, and every workbook read back by independent
 * readers: tests/check-workbook.py with Debian's python3-openpyxl, and
 * LibreOffice converting each sheet to CSV headless.  The expected key
 * figures are those test-reports-figures.c derives by hand.
 */

#define PYTHON "/usr/bin/python3"

/* G1, "Eviction Defense 2026", Q1, counts of clients below 5 hidden. */
static const char * const grant_figures[] = {
  "CasesOpened=2", "CasesClosed=2", "CasesOpenAtEnd=1", "CasesServed=3", "ClientsServed=<5",
  "PersonsInHouseholds=6", "AdultsInHouseholds=<5", "ChildrenInHouseholds=<5", "DomesticViolenceCases=0",
  "VolunteerHours=3.2", "DonatedValue=128", "AmountRecovered=1200", NULL
};

/* The whole clinic, Q1, nothing hidden, $25.00 an hour by default. */
static const char * const clinic_figures[] = {
  "CasesOpened=5", "CasesClosed=4", "CasesOpenAtEnd=3", "CasesServed=7", "ClientsServed=5",
  "PersonsInHouseholds=12", "AdultsInHouseholds=9", "ChildrenInHouseholds=3", "DomesticViolenceCases=1",
  "VolunteerHours=11.2", "DonatedValue=360", "AmountRecovered=1200", NULL
};

typedef ReportTest Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  report_test_setup (f, "desk-export");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  report_test_teardown (f);
}

static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { 8192, 8192 };

  /* Past the limit a write fails with EFBIG instead of killing us. */
  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

/* Runs @argv; @envp NULL keeps the environment; @small_files caps what
 * the child may write to 8 KB a file, as a full disk would. */
static void
spawn (Run                *run,
       const char * const *argv,
       char              **envp,
       gboolean            small_files)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *line = g_strjoinv (" ", (char **) argv);
  int wait_status = 0;

  run_clear (run);
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, small_files ? limit_file_size : NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
  g_test_message ("%s\nexit %d\nstdout: %s\nstderr: %s", line, run->status, run->out, run->err);
}

/* probono --db FIXTURE export ARGS… */
static void
export_cli (Fixture            *f,
            Run                *run,
            char              **envp,
            const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer) g_getenv ("PROBONO_CLI"));
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, f->test.path);
  g_ptr_array_add (argv, "export");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  spawn (run, (const char * const *) argv->pdata, envp, FALSE);
}

/* check-workbook.py FILE ARGS… must pass. */
static void
check_workbook (const char         *file,
                const char * const *figures,
                const char * const *args)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-workbook.py", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_auto(Run) run = { 0 };

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("Debian's /usr/bin/python3 with python3-openpyxl is needed; build-aux/dev test installs it");
      return;
    }

  g_ptr_array_add (argv, g_strdup (PYTHON));
  g_ptr_array_add (argv, g_strdup (script));
  g_ptr_array_add (argv, g_strdup (file));
  for (guint i = 0; figures != NULL && figures[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup_printf ("--expect=%s", figures[i]));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (args[i]));
  g_ptr_array_add (argv, NULL);

  spawn (&run, (const char * const *) argv->pdata, NULL, FALSE);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "ok "));
}

/* "Wrote …: N cases; fingerprint (SHA-256) HEX\n": the HEX. */
static char *
printed_fingerprint (const char *out)
{
  const char *p = strstr (out, "(SHA-256) ");

  g_assert_nonnull (p);
  return g_strndup (p + strlen ("(SHA-256) "), 64);
}

static void
test_grant (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *file = g_build_filename (f->out, "eviction-q1.xlsx", NULL);
  g_autofree char *grant = g_strdup_printf ("%" G_GINT64_FORMAT, f->ids.grants[1]);
  g_autofree char *fingerprint = NULL;
  g_autofree char *fingerprint_arg = NULL;
  g_autofree char *files = NULL;
  const char *args[] = { "--grant", grant, "--from", FIXTURE_FROM, "--to", FIXTURE_TO, "-o", file,
                         "--clinic-name", "Valley Legal Aid", NULL };
  g_auto(Run) run = { 0 };

  {
    const char *list[] = { "--list-grants", NULL };
    g_autofree char *line = g_strdup_printf ("%" G_GINT64_FORMAT "\tTenant Justice Foundation\t%s\t"
                                             "Eviction Defense 2026\tTJF-26-001\t2025-07-01\t2026-06-30\n",
                                             f->ids.funders[1], grant);

    export_cli (f, &run, NULL, list);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, line));
  }

  export_cli (f, &run, NULL, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out, "Wrote "));
  g_assert_nonnull (strstr (run.out, ": 3 cases;"));

  files = report_test_listing (f->out);
  g_assert_cmpstr (files, ==, "eviction-q1.xlsx");
  fingerprint = printed_fingerprint (run.out);
  fingerprint_arg = g_strdup_printf ("--fingerprint=%s", fingerprint);
  {
    const char *check[] = { "--cases=3", fingerprint_arg, NULL };
    check_workbook (file, grant_figures, check);
  }
}

/* Names only when asked for; then the formula-looking name is text. */
static void
test_clinic_with_names (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *file = g_build_filename (f->out, "clinic-q1.xlsx", NULL);
  g_autofree char *without = g_build_filename (f->out, "clinic-q1-no-names.xlsx", NULL);
  g_autofree char *workdir = g_build_filename (f->test.dir, "libreoffice", NULL);
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *lo_arg = NULL;
  g_autofree char *workdir_arg = g_strdup_printf ("--workdir=%s", workdir);
  const char *args[] = { "--all", "--from", FIXTURE_FROM, "--to", FIXTURE_TO, "-o", file,
                         "--include-names", "--suppress-below", "0", "--hour-value", "25", NULL };
  const char *plain[] = { "--all", "--from", FIXTURE_FROM, "--to", FIXTURE_TO, "-o", without,
                          "--suppress-below", "0", "--hour-value", "25.00", NULL };
  g_auto(Run) run = { 0 };

  export_cli (f, &run, NULL, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, ": 7 cases;"));

  if (soffice == NULL)
    g_test_message ("LibreOffice (soffice) is not installed; checking with openpyxl only");
  else
    lo_arg = g_strdup_printf ("--libreoffice=%s", soffice);
  {
    const char *check[] = { "--names", "--cases=7", "--text=+1-555", "--text==HYPERLINK(\"http://x\",\"y\") Doe",
                            workdir_arg, lo_arg, NULL };
    check_workbook (file, clinic_figures, check);
  }

  export_cli (f, &run, NULL, plain);
  g_assert_cmpint (run.status, ==, 0);
  {
    const char *check[] = { "--cases=7", "--text=+1-555", NULL };
    check_workbook (without, clinic_figures, check);
  }
  if (soffice == NULL)
    g_test_skip ("LibreOffice is not installed (libreoffice-calc-nogui; build-aux/dev test installs it)");
}

/* Under a comma-decimal locale the numbers read back exactly, whether the
 * locale is the process's (the window) or the environment's (the CLI). */
static void
test_german_locale (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(DeskReportParams) params;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskReportExport) export = NULL;
  g_autofree char *file = g_build_filename (f->out, "de.xlsx", NULL);
  g_autofree char *cli_file = g_build_filename (f->out, "de-cli.xlsx", NULL);
  g_autofree char *decimal = NULL;
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LC_ALL", "de_DE.UTF-8", TRUE);
  const char *args[] = { "--all", "--from", FIXTURE_FROM, "--to", FIXTURE_TO, "-o", cli_file,
                         "--suppress-below", "0", "--hour-value", "25", NULL };
  const char *check[] = { "--cases=7", NULL };
  g_auto(Run) run = { 0 };

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("The de_DE.UTF-8 locale is not installed; build-aux/dev test generates it");
      return;
    }
  decimal = g_strdup_printf ("%.1f", 1.5);
  g_assert_cmpstr (decimal, ==, "1,5");

  report_fixture_params (&params, DESK_REPORT_SCOPE_CLINIC, 0, 0);
  export = desk_report_export (f->test.store, &params, file, NULL, NULL, NULL, &error);
  /* The locale of the caller is left as it was. */
  g_clear_pointer (&decimal, g_free);
  decimal = g_strdup_printf ("%.1f", 1.5);
  setlocale (LC_ALL, "C.UTF-8");
  g_assert_no_error (error);
  g_assert_cmpstr (decimal, ==, "1,5");
  check_workbook (file, clinic_figures, check);

  export_cli (f, &run, envp, args);
  g_assert_cmpint (run.status, ==, 0);
  check_workbook (cli_file, clinic_figures, check);
}

typedef struct
{
  const char *args[16];
  int         status;
  const char *message;   /* part of the one line on stderr */
} BadRun;

/* A wrong command line (2) or work that cannot be done (1): one sentence on
 * standard error, nothing on standard output, and no file. */
static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *file = g_build_filename (f->out, "q1.xlsx", NULL);
  g_autofree char *missing = g_build_filename (f->out, "missing", "q1.xlsx", NULL);
  g_autofree char *csv = g_build_filename (f->out, "q1.csv", NULL);
  const char *read_only = geteuid () == 0 ? "/proc/self/q1.xlsx" : "/q1.xlsx";
  const BadRun runs[] = {
    { { "--all", "--from", "2026-02-30", "--to", FIXTURE_TO, "-o", file }, 2, "“2026-02-30” is not a real date" },
    { { "--all", "--from", "01/01/2026", "--to", FIXTURE_TO, "-o", file }, 2, "write it as YYYY-MM-DD" },
    { { "--all", "--from", FIXTURE_TO, "--to", FIXTURE_FROM, "-o", file }, 2, "The period ends (2026-01-01) before it starts" },
    { { "--all", "--to", FIXTURE_TO, "-o", file }, 2, "--from YYYY-MM-DD" },
    { { "--from", FIXTURE_FROM, "--to", FIXTURE_TO, "-o", file }, 2, "--grant ID, --funder ID or --all" },
    { { "--all", "--grant", "1", "--from", FIXTURE_FROM, "--to", FIXTURE_TO, "-o", file }, 2, "--grant ID, --funder ID or --all" },
    { { "--grant", "eviction", "--from", FIXTURE_FROM, "--to", FIXTURE_TO, "-o", file }, 2, "the number of a grant" },
    { { "--all", "--from", FIXTURE_FROM, "--to", FIXTURE_TO }, 2, "-o FILE.xlsx" },
    { { "--all", "--from", FIXTURE_FROM, "--to", FIXTURE_TO, "-o", csv }, 2, "must end in .xlsx" },
    { { "--all", "--from", FIXTURE_FROM, "--to", FIXTURE_TO, "-o", file, "--hour-value", "lots" }, 2, "--hour-value" },
    { { "--all", "--from", FIXTURE_FROM, "--to", FIXTURE_TO, "-o", file, "--sheets", "cases,charts" }, 2, "--sheets" },
    { { "--all", "--from", FIXTURE_FROM, "--to", FIXTURE_TO, "-o", file, "--suppress-below", "500" }, 2, "from 0 to 100" },
    { { "--grant", "999", "--from", FIXTURE_FROM, "--to", FIXTURE_TO, "-o", file }, 1, "There is no grant with the number 999" },
    { { "--funder", "77", "--from", FIXTURE_FROM, "--to", FIXTURE_TO, "-o", file }, 1, "There is no funder with the number 77" },
    { { "--all", "--from", FIXTURE_FROM, "--to", FIXTURE_TO, "-o", missing }, 1, "The folder" },
    { { "--all", "--from", FIXTURE_FROM, "--to", FIXTURE_TO, "-o", read_only }, 1, "Nothing can be written in the folder" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *files = NULL;

      export_cli (f, &run, NULL, runs[i].args);
      g_assert_cmpint (run.status, ==, runs[i].status);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "probono: "));
      g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
      g_assert_nonnull (strstr (run.err, runs[i].message));
      files = report_test_listing (f->out);
      g_assert_cmpstr (files, ==, "");
    }
  g_assert_false (g_file_test ("/proc/self/q1.xlsx", G_FILE_TEST_EXISTS));
}

/* The writer fails half-way (files may grow to 8 KB only, as on a full
 * disk): a clear error, exit 1, and nothing left in the folder. */
static void
test_failing_writer (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *file = g_build_filename (f->out, "q1.xlsx", NULL);
  g_autofree char *files = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(Run) run = { 0 };
  const char *args[] = { "export", "--all", "--from", FIXTURE_FROM, "--to", FIXTURE_TO, "-o", file, NULL };

  g_ptr_array_add (argv, (gpointer) g_getenv ("PROBONO_CLI"));
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, f->test.path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  spawn (&run, (const char * const *) argv->pdata, NULL, TRUE);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  /* libxlsxwriter may say what failed first; our sentence is the last line. */
  g_assert_nonnull (strstr (run.err, "probono: The workbook could not be"));
  g_assert_true (g_str_has_suffix (run.err, ".\n"));
  files = report_test_listing (f->out);
  g_assert_cmpstr (files, ==, "");
  g_assert_cmpint (desk_test_query_int (f->test.store, "SELECT count(*) FROM audit_log WHERE entity = 'report'"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/export/cli/grant", test_grant);
  ADD ("/export/cli/clinic-with-names", test_clinic_with_names);
  ADD ("/export/german-locale", test_german_locale);
  ADD ("/export/cli/errors", test_errors);
  ADD ("/export/cli/failing-writer", test_failing_writer);
#undef ADD

  return g_test_run ();
}
