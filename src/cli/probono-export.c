/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "probono"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "desk-money.h"
#include "desk-report-export.h"
#include "desk-store-grants.h"
#include "probono-cli.h"
#include "probono-job.h"

/*
 * probono export: the funders' workbook, written by the same code as the
 * Funders & Reports page.
 *
 *   probono export --grant ID|--funder ID|--all --from DATE --to DATE -o FILE.xlsx
 *                  [--include-names] [--clinic-name NAME] [--hour-value DOLLARS]
 *                  [--suppress-below N] [--sheets LIST]
 *   probono export --list-grants       the numbers of the funders and grants
 *
 * The clinic's name comes from --clinic-name, else from the environment
 * variable PROBONO_CLINIC_NAME; the value of a volunteer hour not charged
 * to a grant with a rate from --hour-value, else PROBONO_HOUR_VALUE, else
 * nothing (such hours are counted but not valued).
 */

static const struct
{
  const char       *name;
  DeskReportSheets  sheet;
} sheet_names[] = {
  { "summary", DESK_REPORT_SHEET_SUMMARY },
  { "csr", DESK_REPORT_SHEET_CSR },
  { "closing-codes", DESK_REPORT_SHEET_CLOSING_CODES },
  { "cases", DESK_REPORT_SHEET_CASES },
  { "volunteer-hours", DESK_REPORT_SHEET_VOLUNTEER_HOURS },
  { "outcomes", DESK_REPORT_SHEET_OUTCOMES },
  { "mentorship", DESK_REPORT_SHEET_MENTORSHIP },
  { "demographics", DESK_REPORT_SHEET_DEMOGRAPHICS },
};

static gboolean
parse_sheets (const char       *text,
              DeskReportSheets *sheets)
{
  g_auto(GStrv) names = g_strsplit (text, ",", -1);

  *sheets = 0;
  for (guint i = 0; names[i] != NULL; i++)
    {
      gboolean known = FALSE;

      g_strstrip (names[i]);
      for (guint j = 0; j < G_N_ELEMENTS (sheet_names); j++)
        if (g_str_equal (names[i], sheet_names[j].name))
          {
            *sheets |= sheet_names[j].sheet;
            known = TRUE;
          }
      if (!known)
        return FALSE;
    }
  return *sheets != 0;
}

/* The export's progress: a share of the work and the sheet being written. */
static void
export_progress_cb (guint64     done,
                    guint64     total,
                    const char *stage,
                    gpointer    job)
{
  probono_job_progress (job, done, total, stage);
}

/* "3<TAB>Tenant Justice Foundation<TAB>7<TAB>Eviction Defense 2026<TAB>TJF-26-001<TAB>2025-07-01<TAB>2026-06-30" */
static int
list_grants (ProbonoContext *context)
{
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GPtrArray) funders = NULL;
  g_autoptr(GError) error = NULL;
  int status = EXIT_OK;

  store = probono_open_store (context, TRUE, &status);
  if (store == NULL)
    return status;
  funders = desk_store_list_funders (store, &error);
  if (funders == NULL)
    return probono_fail (EXIT_FAILED, "%s", error->message);

  for (guint i = 0; i < funders->len; i++)
    {
      DeskFunder *funder = g_ptr_array_index (funders, i);
      gint64 funder_id = desk_record_get_id (DESK_RECORD (funder));
      g_autoptr(GPtrArray) grants = desk_store_list_grants (store, funder_id, &error);

      if (grants == NULL)
        return probono_fail (EXIT_FAILED, "%s", error->message);
      if (grants->len == 0)
        g_print ("%" G_GINT64_FORMAT "\t%s\n", funder_id, desk_funder_get_name (funder));
      for (guint j = 0; j < grants->len; j++)
        {
          DeskGrant *grant = g_ptr_array_index (grants, j);

          g_print ("%" G_GINT64_FORMAT "\t%s\t%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n",
                   funder_id, desk_funder_get_name (funder), desk_record_get_id (DESK_RECORD (grant)),
                   desk_grant_get_name (grant), desk_grant_get_grant_number (grant),
                   desk_grant_get_period_start (grant), desk_grant_get_period_end (grant));
        }
    }
  return EXIT_OK;
}

/* Reads --grant/--funder/--all into @params; FALSE with the exit status. */
static gboolean
parse_scope (const char       *grant_text,
             const char       *funder_text,
             gboolean          all,
             DeskReportParams *params,
             int              *status)
{
  guint64 id = 0;

  if ((grant_text != NULL) + (funder_text != NULL) + (all != FALSE) != 1)
    {
      *status = probono_fail (EXIT_USAGE, _("Say whom the report is for: --grant ID, --funder ID or --all."));
      return FALSE;
    }
  if (all)
    return TRUE;

  if (!probono_parse_number (grant_text != NULL ? grant_text : funder_text, 1, G_MAXINT64, &id))
    {
      *status = probono_fail (EXIT_USAGE, grant_text != NULL
                              ? _("--grant needs the number of a grant, not “%s”.")
                              : _("--funder needs the number of a funder, not “%s”."),
                              grant_text != NULL ? grant_text : funder_text);
      return FALSE;
    }
  params->scope = grant_text != NULL ? DESK_REPORT_SCOPE_GRANT : DESK_REPORT_SCOPE_FUNDER;
  params->scope_id = (gint64) id;
  return TRUE;
}

/* The command line's own checks, before anything is opened. */
static gboolean
check_period (const char *from,
              const char *to,
              int        *status)
{
  if (from == NULL || to == NULL)
    *status = probono_fail (EXIT_USAGE, _("Give the period with --from YYYY-MM-DD and --to YYYY-MM-DD."));
  else if (!desk_date_is_valid (from))
    *status = probono_fail (EXIT_USAGE, _("The --from date “%s” is not a real date; write it as YYYY-MM-DD."), from);
  else if (!desk_date_is_valid (to))
    *status = probono_fail (EXIT_USAGE, _("The --to date “%s” is not a real date; write it as YYYY-MM-DD."), to);
  else if (strcmp (to, from) < 0)
    *status = probono_fail (EXIT_USAGE, _("The period ends (%s) before it starts (%s)."), to, from);
  else
    return TRUE;
  return FALSE;
}

int
probono_cmd_export (ProbonoContext  *context,
                    const Command   *command,
                    int              argc,
                    char           **argv)
{
  g_autofree char *grant_text = NULL;
  g_autofree char *funder_text = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *output = NULL;
  g_autofree char *clinic_name = NULL;
  g_autofree char *hour_value = NULL;
  g_autofree char *threshold_text = NULL;
  g_autofree char *sheets_text = NULL;
  gboolean all = FALSE;
  gboolean include_names = FALSE;
  gboolean list = FALSE;
  GOptionEntry entries[] = {
    { "grant", 0, 0, G_OPTION_ARG_STRING, &grant_text, N_("Report on one grant (its number)"), N_("ID") },
    { "funder", 0, 0, G_OPTION_ARG_STRING, &funder_text, N_("Report on every grant of one funder (its number)"), N_("ID") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Report on the whole clinic"), NULL },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("First day of the period (required)"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Last day of the period (required)"), N_("YYYY-MM-DD") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The workbook to write (required)"), N_("FILE.xlsx") },
    { "include-names", 0, 0, G_OPTION_ARG_NONE, &include_names,
      N_("Put client names, addresses and dates of birth on the Cases sheet"), NULL },
    { "clinic-name", 0, 0, G_OPTION_ARG_STRING, &clinic_name,
      N_("The clinic's name on the report (default: $PROBONO_CLINIC_NAME)"), N_("NAME") },
    { "hour-value", 0, 0, G_OPTION_ARG_STRING, &hour_value,
      N_("Value of a volunteer hour not charged to a grant with its own rate (default: $PROBONO_HOUR_VALUE, else none)"),
      N_("DOLLARS") },
    { "suppress-below", 0, 0, G_OPTION_ARG_STRING, &threshold_text,
      N_("Show counts of clients below N as \"<N\" (default: 5; 0 shows every count)"), N_("N") },
    { "sheets", 0, 0, G_OPTION_ARG_STRING, &sheets_text,
      N_("Only these sheets: summary, csr, closing-codes, cases, volunteer-hours, outcomes, mentorship, demographics"),
      N_("LIST") },
    { "list-grants", 0, 0, G_OPTION_ARG_NONE, &list,
      N_("List the funders and grants with their numbers (funder, name, grant, name, number, period), and exit"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_auto(DeskReportParams) params;
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GError) money_error = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(ProbonoJob) job = { 0 };
  DeskReportExport *export;
  guint64 threshold;
  int status = EXIT_OK;

  desk_report_params_init (&params);

  if (!probono_parse_command_options (command, entries, &argc, &argv, &status))
    return status;
  if (list)
    return list_grants (context);
  if (!parse_scope (grant_text, funder_text, all, &params, &status) ||
      !check_period (from, to, &status))
    return status;
  if (output == NULL)
    return probono_fail (EXIT_USAGE, _("Say where to write the workbook with -o FILE.xlsx."));
  if (!g_str_has_suffix (output, ".xlsx"))
    return probono_fail (EXIT_USAGE, _("The workbook’s file name must end in .xlsx, not “%s”."), output);

  if (hour_value == NULL)
    hour_value = g_strdup (g_getenv ("PROBONO_HOUR_VALUE"));
  if (hour_value != NULL && !desk_parse_money (hour_value, "hour-value", &params.default_hour_value_cents, &money_error))
    return probono_fail (EXIT_USAGE, _("--hour-value needs an amount in dollars such as 35 or 35.50, not “%s”."),
                         hour_value);
  if (threshold_text != NULL)
    {
      if (!probono_parse_number (threshold_text, 0, 100, &threshold))
        return probono_fail (EXIT_USAGE, _("--suppress-below needs a whole number from 0 to 100, not “%s”."),
                             threshold_text);
      params.suppression_threshold = (guint) threshold;
    }
  if (sheets_text != NULL && !parse_sheets (sheets_text, &params.sheets))
    return probono_fail (EXIT_USAGE, _("--sheets takes names from: summary, csr, closing-codes, cases, "
                                       "volunteer-hours, outcomes, mentorship, demographics; not “%s”."), sheets_text);

  params.from = g_steal_pointer (&from);
  params.to = g_steal_pointer (&to);
  params.include_names = include_names;
  params.clinic_name = g_strdup (clinic_name != NULL ? clinic_name : g_getenv ("PROBONO_CLINIC_NAME"));

  store = probono_open_store (context, TRUE, &status);
  if (store == NULL)
    return status;

  /* Ctrl+C stops the export and leaves no file. */
  /* TRANSLATORS: the start of the progress line of probono export */
  probono_job_init (&job, _("Exporting"));
  desk_report_export_async (store, &params, output, export_progress_cb, &job, job.cancellable,
                            probono_job_done_cb, &job);
  export = desk_report_export_finish (store, probono_job_wait (&job), &error);
  probono_job_release (&job, &store);
  if (export == NULL)
    return probono_job_fail (&job, error, _("Interrupted; no workbook was written."));

  /* TRANSLATORS: "Wrote q1.xlsx: 1234 cases; fingerprint (SHA-256) 3fa4…" */
  g_print (_("Wrote %s: %" G_GUINT64_FORMAT " cases; fingerprint (SHA-256) %s\n"),
           export->path, export->n_cases, export->fingerprint);
  desk_report_export_free (export);
  return EXIT_OK;
}
