/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "probono"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "desk-enum-types.h"
#include "desk-labels.h"
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
    return probono_fail (EXIT_FAILED, "%s", error->message);

  n = MIN (g_list_model_get_n_items (cases), (guint) limit);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeskCase) kase = g_list_model_get_item (cases, i);

      if (kase == NULL)
        continue;
      g_print ("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
               desk_case_get_case_number (kase),
               desk_case_get_client_name (kase),
               desk_case_get_problem_code (kase),
               desk_case_get_problem_name (kase),
               desk_enum_nick (DESK_TYPE_CASE_STATUS, desk_case_get_status (kase)),
               desk_case_get_opened_on (kase),
               desk_case_get_volunteer_name (kase),
               desk_case_get_title (kase));
    }

  return EXIT_OK;
}

/* ------------------------------------------------------------ conflicts */

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
  int status = EXIT_OK;

  /* The name is the one argument; several words make one name. */
  if (argc >= 2 && argv[1][0] != '-')
    {
      name = g_strjoinv (" ", argv + 1);
      argc = 1;
    }
  if (!probono_parse_command_options (command, entries, &argc, &argv, &status))
    return status;
  if (name == NULL || g_strstrip (name)[0] == '\0')
    return probono_fail (EXIT_USAGE, _("Give the name to check, e.g. probono conflicts \"Maria Garcia\"."));

  store = probono_open_store (context, TRUE, &status);
  if (store == NULL)
    return status;

  hits = desk_store_find_conflicts (store, name, NULL, 0, &error);
  if (hits == NULL)
    return probono_fail (EXIT_FAILED, "%s", error->message);

  /* Every check is on the record, also one run from a script. */
  if (!desk_store_audit_conflict_check (store, "conflict-check", 0, name, hits, "reported", &error))
    return probono_fail (EXIT_FAILED, "%s", error->message);

  for (guint i = 0; i < hits->len; i++)
    {
      const DeskConflictHit *hit = g_ptr_array_index (hits, i);

      g_print ("%s\t%s\t%s\t%.0f%%\n", hit->name, hit->role, hit->case_number, hit->similarity * 100);
    }
  if (hits->len == 0)
    g_printerr (_("No client, adverse party or volunteer has a name like “%s”.\n"), name);

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
  DeskEligibilityResult result;
  guint64 household = 0;
  gint64 income = 0;
  int region = DESK_REGION_CONTIGUOUS;
  int status = EXIT_OK;

  if (!probono_parse_command_options (command, entries, &argc, &argv, &status))
    return status;

  if (household_text == NULL || !probono_parse_number (household_text, 1, 1000, &household))
    return probono_fail (EXIT_USAGE, _("--household needs the number of people in the household, from 1 to 1000."));
  if (income_text == NULL || !desk_parse_money (income_text, "income", &income, NULL))
    return probono_fail (EXIT_USAGE, _("--income needs the annual income in dollars, e.g. 23400 or 23,400.50."));
  if (region_text != NULL && !desk_enum_from_nick (DESK_TYPE_REGION, region_text, &region))
    return probono_fail (EXIT_USAGE, _("There is no region “%s”; use contiguous, alaska or hawaii."), region_text);
  if (date_text != NULL && !desk_date_is_valid (date_text))
    return probono_fail (EXIT_USAGE, _("--date needs a real date written YYYY-MM-DD, not “%s”."), date_text);

  store = probono_open_store (context, FALSE, &status);
  if (store == NULL)
    return status;

  guidelines = desk_store_list_guidelines (store, &error);
  if (guidelines == NULL ||
      !desk_eligibility_screen ((const DeskGuideline *) (gpointer) guidelines->data, guidelines->len, region,
                                date_text != NULL ? date_text : today, (int) household, income,
                                benefits ? DESK_INCOME_SSI : DESK_INCOME_NONE, &result, &error))
    return probono_fail (EXIT_FAILED, "%s", error->message);

  description = desk_eligibility_describe (&result);
  g_print ("%.1f%%\t%s\t%s\n", result.percent, desk_eligibility_verdict_label (result.verdict), description);
  return EXIT_OK;
}
