/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "probono"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "desk-enum-types.h"
#include "desk-labels.h"
#include "desk-money.h"
#include "desk-name-match.h"
#include "probono-cli.h"

/* The case-work commands: cases, conflicts, eligibility.  Output is plain
 * tab-separated text so that scripts can cut and sort it. */

/* "intake, open, placed, closed, rejected" */
static char *
enum_nicks (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GString *nicks = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (nicks, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);
  return g_string_free (nicks, FALSE);
}

/* ---------------------------------------------------------------- cases */

static gboolean
find_category (DeskStore   *store,
               const char  *wanted,
               char       **category,
               int         *status)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) categories = desk_store_list_categories (store, &error);
  g_autofree char *known = NULL;

  if (categories == NULL)
    {
      *status = probono_fail (EXIT_FAILED, "%s", error->message);
      return FALSE;
    }

  /* People type "housing" for "Housing". */
  for (guint i = 0; categories[i] != NULL; i++)
    if (g_ascii_strcasecmp (categories[i], wanted) == 0)
      {
        *category = g_strdup (categories[i]);
        return TRUE;
      }

  known = g_strjoinv (", ", categories);
  *status = probono_fail (EXIT_USAGE, _("There is no problem category “%s”; the categories are: %s."), wanted, known);
  return FALSE;
}

int
probono_cmd_cases (ProbonoContext  *context,
                   const Command   *command,
                   int              argc,
                   char           **argv)
{
  g_autofree char *status_text = NULL;
  g_autofree char *category_text = NULL;
  g_autofree char *search_text = NULL;
  g_autofree char *limit_text = NULL;
  GOptionEntry entries[] = {
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_text, N_("Only cases with this status (intake, open, placed, closed, rejected)"), N_("STATUS") },
    { "category", 0, 0, G_OPTION_ARG_STRING, &category_text, N_("Only cases in this LSC problem category, e.g. Housing"), N_("CATEGORY") },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search_text, N_("Only cases whose title, summary, notes or names contain these words"), N_("TEXT") },
    { "limit", 0, 0, G_OPTION_ARG_STRING, &limit_text, N_("Print at most N cases"), N_("N") },
    G_OPTION_ENTRY_NULL
  };
  g_auto(DeskCaseQuery) query;
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(GError) error = NULL;
  guint64 limit = G_MAXUINT;
  int status = EXIT_OK;
  guint n;

  desk_case_query_init (&query);

  if (!probono_parse_command_options (command, entries, &argc, &argv, &status))
    return status;

  if (status_text != NULL)
    {
      int value;

      if (!desk_enum_from_nick (DESK_TYPE_CASE_STATUS, status_text, &value))
        {
          g_autofree char *known = enum_nicks (DESK_TYPE_CASE_STATUS);
          return probono_fail (EXIT_USAGE, _("There is no case status “%s”; use one of: %s."), status_text, known);
        }
      query.status = value;
    }
  if (limit_text != NULL && !probono_parse_number (limit_text, 1, G_MAXUINT, &limit))
    return probono_fail (EXIT_USAGE, _("--limit needs a whole number of at least 1, not “%s”."), limit_text);
  if (search_text != NULL)
    query.search = g_strdup (search_text);

  store = probono_open_store (context, TRUE, &status);
  if (store == NULL)
    return status;

  if (category_text != NULL && !find_category (store, category_text, &query.category, &status))
    return status;

  cases = desk_store_list_cases (store, &query, &error);
  if (cases == NULL)
    return probono_fail_with (error);

  /* Escaped: a tab or an escape code in a stored title (from an older
   * version, or written by another program) must not break the columns or
   * reach the terminal. */
  n = MIN (g_list_model_get_n_items (cases), (guint) limit);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeskCase) kase = g_list_model_get_item (cases, i);

      if (kase == NULL)
        continue;
      probono_print_row (desk_case_get_case_number (kase),
                         desk_case_get_client_name (kase),
                         desk_case_get_problem_code (kase),
                         desk_case_get_problem_name (kase),
                         desk_enum_nick (DESK_TYPE_CASE_STATUS, desk_case_get_status (kase)),
                         desk_case_get_opened_on (kase),
                         desk_case_get_volunteer_name (kase),
                         desk_case_get_title (kase),
                         NULL);
    }

  return EXIT_OK;
}

/* ------------------------------------------------------------ conflicts */

/* A name has a handful of words; the check's work grows with the square of
 * their number, so a pasted paragraph is refused, not checked for minutes. */
#define MAX_NAME_WORDS 12

/* Words as typed, repeats included (desk_name_tokens() drops them). */
static guint
count_words (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, " \t", -1);
  guint n = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      n++;
  return n;
}

int
probono_cmd_conflicts (ProbonoContext  *context,
                       const Command   *command,
                       int              argc,
                       char           **argv)
{
  GOptionEntry entries[] = {
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_auto(GStrv) words = NULL;
  int status = EXIT_OK;

  /* The name is the one argument; several words make one name. */
  if (argc >= 2 && argv[1][0] != '-')
    {
      name = g_strjoinv (" ", argv + 1);
      argc = 1;
    }
  if (!probono_parse_command_options (command, entries, &argc, &argv, &status))
    return status;
  if (name == NULL || desk_text_is_blank (name))
    return probono_fail (EXIT_USAGE, _("Give the name to check, e.g. probono conflicts \"Maria Garcia\"."));
  if (count_words (name) > MAX_NAME_WORDS)
    return probono_fail (EXIT_USAGE, _("A name has at most %d words; check the name you typed."), MAX_NAME_WORDS);
  if (!desk_text_check (name, DESK_TEXT_ONE_LINE, 0, "name", &error))
    return probono_fail_with (error);
  g_strstrip (name);
  words = desk_name_tokens (name);
  if (g_strv_length (words) > MAX_NAME_WORDS)
    return probono_fail (EXIT_USAGE, _("A name has at most %d words; check the name you typed."), MAX_NAME_WORDS);

  store = probono_open_store (context, TRUE, &status);
  if (store == NULL)
    return status;

  hits = desk_store_find_conflicts (store, name, NULL, 0, &error);
  if (hits == NULL)
    return probono_fail (EXIT_FAILED, "%s", error->message);

  /* Every check is on the record, also one run from a script; a file that
   * may only be read is still checked, and the person is told. */
  if (desk_store_is_read_only (store))
    {
      g_autofree char *reason = probono_escape (desk_store_get_read_only_reason (store));
      g_printerr (_("The check was not recorded in the audit log. %s\n"), reason);
    }
  else if (!desk_store_audit_conflict_check (store, "conflict-check", 0, name, hits, "reported", &error))
    return probono_fail (EXIT_FAILED, "%s", error->message);

  for (guint i = 0; i < hits->len; i++)
    {
      const DeskConflictHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *similarity = g_strdup_printf ("%.0f%%", hit->similarity * 100);

      probono_print_row (hit->name, hit->role, hit->case_number, similarity, NULL);
    }
  if (hits->len == 0)
    {
      g_autofree char *escaped = probono_escape (name);
      g_printerr (_("No client, adverse party or volunteer has a name like “%s”.\n"), escaped);
    }

  return EXIT_OK;
}

/* ---------------------------------------------------------- eligibility */

int
probono_cmd_eligibility (ProbonoContext  *context,
                         const Command   *command,
                         int              argc,
                         char           **argv)
{
  g_autofree char *household_text = NULL;
  g_autofree char *income_text = NULL;
  g_autofree char *region_text = NULL;
  g_autofree char *date_text = NULL;
  gboolean benefits = FALSE;
  GOptionEntry entries[] = {
    { "household", 0, 0, G_OPTION_ARG_STRING, &household_text, N_("How many people live in the household (required)"), N_("N") },
    { "income", 0, 0, G_OPTION_ARG_STRING, &income_text, N_("The household's annual income in dollars (required)"), N_("DOLLARS") },
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_text, N_("Which guideline table: contiguous (default), alaska or hawaii"), N_("REGION") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The intake date, YYYY-MM-DD (default: today)"), N_("DATE") },
    { "benefits", 0, 0, G_OPTION_ARG_NONE, &benefits, N_("The household receives a means-tested benefit (SSI or TANF)"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GArray) guidelines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = desk_today_iso ();
  g_autofree char *description = NULL;
  g_autofree char *percent = NULL;
  DeskEligibilityResult result;
  guint64 household = 0;
  gint64 income = 0;
  int region = DESK_REGION_CONTIGUOUS;
  int status = EXIT_OK;

  if (!probono_parse_command_options (command, entries, &argc, &argv, &status))
    return status;

  if (household_text == NULL || !probono_parse_number (household_text, 1, DESK_HOUSEHOLD_MAX, &household))
    return probono_fail (EXIT_USAGE, _("--household needs the number of people in the household, from 1 to %d."),
                         DESK_HOUSEHOLD_MAX);
  /* No income is not "0": an empty --income is a mistake, never "eligible". */
  if (income_text == NULL || desk_text_is_blank (income_text) ||
      !desk_parse_money (income_text, "income", &income, NULL))
    return probono_fail (EXIT_USAGE, _("--income needs the annual income in dollars, e.g. 23400 or 23,400.50."));
  if (income > DESK_INCOME_MAX_CENTS)
    {
      g_autofree char *most = desk_format_money (DESK_INCOME_MAX_CENTS);
      return probono_fail (EXIT_USAGE, _("--income is more than %s a year; check the amount."), most);
    }
  if (region_text != NULL && !desk_enum_from_nick (DESK_TYPE_REGION, region_text, &region))
    return probono_fail (EXIT_USAGE, _("There is no region “%s”; use contiguous, alaska or hawaii."), region_text);
  if (date_text != NULL && !desk_date_in_range (date_text))
    return probono_fail (EXIT_USAGE, _("--date needs a real date from %s to %s, written YYYY-MM-DD, not “%s”."),
                         DESK_DATE_MIN, DESK_DATE_MAX, date_text);

  store = probono_open_store (context, FALSE, &status);
  if (store == NULL)
    return status;

  guidelines = desk_store_list_guidelines (store, &error);
  if (guidelines == NULL)
    return probono_fail (EXIT_FAILED, "%s", error->message);
  if (!desk_eligibility_screen ((const DeskGuideline *) (gpointer) guidelines->data, guidelines->len, region,
                                date_text != NULL ? date_text : today, (int) household, income,
                                benefits ? DESK_INCOME_SSI : DESK_INCOME_NONE, &result, &error))
    return probono_fail_with (error);

  /* One percentage, the same the sentence rounds. */
  percent = desk_eligibility_percent_text (&result);
  description = desk_eligibility_describe (&result);
  probono_print_row (percent, desk_eligibility_verdict_label (result.verdict), description, NULL);
  return EXIT_OK;
}
