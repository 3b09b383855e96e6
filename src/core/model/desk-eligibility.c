/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-eligibility"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "desk-eligibility.h"
#include "desk-error.h"
#include "desk-record.h"

/* Bounds that keep every product below in gint64 range: a guideline is at
 * most MAX_AMOUNT × DESK_HOUSEHOLD_MAX = 10^10 cents, times 200 is far from
 * overflow, and so is DESK_INCOME_MAX_CENTS × 100. */
#define MAX_AMOUNT_CENTS  G_GINT64_CONSTANT (100000000)        /* $1,000,000 */
#define MIN_YEAR          1960
#define MAX_YEAR          2200

static const char *
region_name (DeskRegion region)
{
  switch (region)
    {
    case DESK_REGION_CONTIGUOUS:
      return _("the 48 contiguous states and the District of Columbia");
    case DESK_REGION_ALASKA:
      return _("Alaska");
    case DESK_REGION_HAWAII:
      return _("Hawaii");
    default:
      return _("this region");
    }
}

static gboolean
region_is_valid (DeskRegion region)
{
  return region == DESK_REGION_CONTIGUOUS ||
         region == DESK_REGION_ALASKA ||
         region == DESK_REGION_HAWAII;
}

gboolean
desk_guideline_validate (const DeskGuideline  *row,
                         GError              **error)
{
  g_return_val_if_fail (row != NULL, FALSE);

  if (row->year < MIN_YEAR || row->year > MAX_YEAR)
    return desk_invalid (error, "year",
                         _("The year must be between %d and %d."), MIN_YEAR, MAX_YEAR);
  if (!region_is_valid (row->region))
    return desk_invalid (error, "region", _("Choose the region the figures are for."));
  if (row->first_person_cents <= 0)
    return desk_invalid (error, "first-person-cents",
                         _("The amount for the first person must be more than zero."));
  if (row->first_person_cents > MAX_AMOUNT_CENTS)
    return desk_invalid (error, "first-person-cents",
                         _("The amount for the first person is too large; enter the yearly figure in dollars and cents."));
  if (row->each_additional_person_cents < 0)
    return desk_invalid (error, "each-additional-person-cents",
                         _("The amount for each additional person cannot be negative."));
  if (row->each_additional_person_cents > MAX_AMOUNT_CENTS)
    return desk_invalid (error, "each-additional-person-cents",
                         _("The amount for each additional person is too large; enter the yearly figure in dollars and cents."));

  return TRUE;
}

gint64
desk_eligibility_guideline_cents (const DeskGuideline *row,
                                  int                  household_size)
{
  g_return_val_if_fail (row != NULL, 0);
  g_return_val_if_fail (household_size >= 1, 0);

  return row->first_person_cents + (gint64) (household_size - 1) * row->each_additional_person_cents;
}

/* The row in effect at the intake: that year's, else the latest earlier
 * year (the figures of a new year are published some weeks into it), else
 * the earliest year the table has. */
static const DeskGuideline *
pick_row (const DeskGuideline *table,
          guint                n_rows,
          DeskRegion           region,
          int                  year)
{
  const DeskGuideline *exact = NULL;
  const DeskGuideline *earlier = NULL;
  const DeskGuideline *later = NULL;

  for (guint i = 0; i < n_rows; i++)
    {
      const DeskGuideline *row = &table[i];

      if (row->region != region)
        continue;

      if (row->year == year)
        {
          if (exact == NULL)
            exact = row;
        }
      else if (row->year < year)
        {
          if (earlier == NULL || row->year > earlier->year)
            earlier = row;
        }
      else
        {
          if (later == NULL || row->year < later->year)
            later = row;
        }
    }

  if (exact != NULL)
    return exact;
  if (earlier != NULL)
    return earlier;
  return later;
}

gboolean
desk_eligibility_screen (const DeskGuideline    *table,
                         guint                   n_rows,
                         DeskRegion              region,
                         const char             *intake_date,
                         int                     household_size,
                         gint64                  annual_income_cents,
                         DeskIncomeSource        sources,
                         DeskEligibilityResult  *result,
                         GError                **error)
{
  const DeskGuideline *row;
  g_autoptr(GError) row_error = NULL;
  gint64 guideline;
  int year;

  g_return_val_if_fail (table != NULL || n_rows == 0, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!desk_date_is_valid (intake_date))
    return desk_invalid (error, "intake-date", _("The intake date is missing or not a real date."));
  if (household_size < 1)
    return desk_invalid (error, "household-adults", _("A household has at least one adult."));
  if (household_size > DESK_HOUSEHOLD_MAX)
    return desk_invalid (error, "household-adults",
                         _("A household of more than %d people cannot be screened."), DESK_HOUSEHOLD_MAX);
  if (annual_income_cents == DESK_INCOME_UNKNOWN)
    {
      /* Unknown is not zero: screening it would call anyone eligible. */
      g_set_error_literal (error, DESK_ERROR, DESK_ERROR_NOT_FOUND,
                           _("Not screened: the household income is not known."));
      return FALSE;
    }
  if (annual_income_cents < 0)
    return desk_invalid (error, "annual-income-cents", _("The household income cannot be negative."));
  if (annual_income_cents > DESK_INCOME_MAX_CENTS)
    return desk_invalid (error, "annual-income-cents", _("The household income is too large to be right."));

  year = atoi (intake_date);
  row = pick_row (table, n_rows, region, year);
  if (row == NULL)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND,
                   _("There are no poverty guideline figures for %s. Add a year of figures before screening."),
                   region_name (region));
      return FALSE;
    }

  if (!desk_guideline_validate (row, &row_error))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("The %d poverty guideline figures for %s are wrong: %s"),
                   row->year, region_name (region), row_error->message);
      return FALSE;
    }

  guideline = desk_eligibility_guideline_cents (row, household_size);

  result->guideline_cents = guideline;
  result->guideline_year = row->year;
  result->requested_year = year;
  result->used_fallback_year = row->year != year;
  result->household_size = household_size;
  result->region = region;
  result->percent = (double) annual_income_cents * 100.0 / (double) guideline;
  result->benefit_income = (sources & (DESK_INCOME_SSI | DESK_INCOME_TANF)) != 0;

  /* income / guideline ≤ P / 100  ⇔  income × 100 ≤ guideline × P, exactly. */
  if (result->benefit_income ||
      annual_income_cents * 100 <= guideline * DESK_ELIGIBILITY_LIMIT_PERCENT)
    result->verdict = DESK_ELIGIBLE;
  else if (annual_income_cents * 100 <= guideline * DESK_ELIGIBILITY_EXCEPTION_PERCENT)
    result->verdict = DESK_ELIGIBLE_EXCEPTION_NEEDED;
  else
    result->verdict = DESK_OVER_INCOME;

  return TRUE;
}

const char *
desk_eligibility_verdict_label (DeskEligibilityVerdict verdict)
{
  switch (verdict)
    {
    case DESK_ELIGIBLE:
      return _("Eligible");
    case DESK_ELIGIBLE_EXCEPTION_NEEDED:
      return _("Exception needed");
    case DESK_OVER_INCOME:
      return _("Over income");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* "142%"; "just over 125%" when rounding would hide that a limit is passed. */
static char *
format_percent (const DeskEligibilityResult *result)
{
  double rounded = floor (result->percent + 0.5);
  int limit = 0;

  if (!result->benefit_income)
    {
      if (result->verdict == DESK_ELIGIBLE_EXCEPTION_NEEDED)
        limit = DESK_ELIGIBILITY_LIMIT_PERCENT;
      else if (result->verdict == DESK_OVER_INCOME)
        limit = DESK_ELIGIBILITY_EXCEPTION_PERCENT;
    }

  if (limit != 0 && rounded <= limit)
    /* Translators: a percentage of the poverty guideline */
    return g_strdup_printf (_("Just over %d%%"), limit);

  /* The number itself, never a capped one, so it agrees with
   * desk_eligibility_percent_text(). */
  /* Translators: a percentage of the poverty guideline */
  return g_strdup_printf (_("%.0f%%"), rounded);
}

char *
desk_eligibility_percent_text (const DeskEligibilityResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  /* Translators: a percentage of the poverty guideline, with one decimal */
  return g_strdup_printf (_("%.1f%%"), result->percent);
}

char *
desk_eligibility_describe (const DeskEligibilityResult *result)
{
  g_autofree char *percent = NULL;
  g_autofree char *main_sentence = NULL;
  const char *format;
  gulong n;

  g_return_val_if_fail (result != NULL, NULL);

  percent = format_percent (result);
  n = (gulong) MAX (result->household_size, 0);

  if (result->benefit_income)
    /* Translators: "%1$s" is a percentage, "%2$d" a year, "%3$d" the household size */
    format = g_dngettext (GETTEXT_PACKAGE,
                          "%1$s of the %2$d poverty guideline for a household of %3$d — eligible through means-tested benefits (SSI or TANF).",
                          "%1$s of the %2$d poverty guideline for a household of %3$d — eligible through means-tested benefits (SSI or TANF).",
                          n);
  else if (result->verdict == DESK_ELIGIBLE)
    format = g_dngettext (GETTEXT_PACKAGE,
                          "%1$s of the %2$d poverty guideline for a household of %3$d — eligible.",
                          "%1$s of the %2$d poverty guideline for a household of %3$d — eligible.",
                          n);
  else if (result->verdict == DESK_ELIGIBLE_EXCEPTION_NEEDED)
    format = g_dngettext (GETTEXT_PACKAGE,
                          "%1$s of the %2$d poverty guideline for a household of %3$d — an exception is needed.",
                          "%1$s of the %2$d poverty guideline for a household of %3$d — an exception is needed.",
                          n);
  else
    format = g_dngettext (GETTEXT_PACKAGE,
                          "%1$s of the %2$d poverty guideline for a household of %3$d — over the income limit.",
                          "%1$s of the %2$d poverty guideline for a household of %3$d — over the income limit.",
                          n);

  main_sentence = g_strdup_printf (format, percent, result->guideline_year, result->household_size);

  if (!result->used_fallback_year)
    return g_steal_pointer (&main_sentence);

  if (result->guideline_year < result->requested_year)
    /* Translators: "No 2026 figures yet; using 2025." */
    return g_strdup_printf (_("%s No %d figures yet; using %d."),
                            main_sentence, result->requested_year, result->guideline_year);
  else
    /* Translators: "No 2023 figures; using 2024." */
    return g_strdup_printf (_("%s No %d figures; using %d."),
                            main_sentence, result->requested_year, result->guideline_year);
}

gint64
desk_income_monthly_to_annual (gint64 monthly_cents)
{
  if (monthly_cents > G_MAXINT64 / 12)
    return G_MAXINT64;
  if (monthly_cents < G_MININT64 / 12)
    return G_MININT64;
  return monthly_cents * 12;
}
