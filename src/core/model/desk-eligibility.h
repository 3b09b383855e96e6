/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Financial eligibility screening under 45 CFR 1611: household income as a
 * percentage of the HHS poverty guideline for the household's size and
 * region, in the year of the intake date.  Pure rules: the store feeds the
 * guideline rows in, nothing here touches the database. */

#include <glib.h>

#include "desk-enums.h"

G_BEGIN_DECLS

/* The legal thresholds, in percent of the guideline (45 CFR 1611.3, 1611.5). */
#define DESK_ELIGIBILITY_LIMIT_PERCENT      125
#define DESK_ELIGIBILITY_EXCEPTION_PERCENT  200

/* The most people a household holds and the most it earns in a year: a
 * larger figure is a typing mistake, and a client is not saved with it. */
#define DESK_HOUSEHOLD_MAX     100
#define DESK_INCOME_MAX_CENTS  G_GINT64_CONSTANT (1000000000)  /* $10,000,000 */

/* An income nobody has told the clinic yet: never screened, and never
 * taken as no income. */
#define DESK_INCOME_UNKNOWN    G_GINT64_CONSTANT (-1)

typedef enum
{
  DESK_ELIGIBLE,                   /* at or under 125% */
  DESK_ELIGIBLE_EXCEPTION_NEEDED,  /* over 125%, at or under 200% */
  DESK_OVER_INCOME,                /* over 200% */
} DeskEligibilityVerdict;

/**
 * DeskGuideline: one row of the poverty guideline table; the guideline for
 * a household of n is @first_person_cents + (n - 1) × @each_additional_person_cents.
 */
typedef struct
{
  int         year;
  DeskRegion  region;
  gint64      first_person_cents;
  gint64      each_additional_person_cents;
} DeskGuideline;

/**
 * DeskEligibilityResult: what desk_eligibility_screen() found.
 * @percent: income as a percentage of the guideline, for display only (the
 *   verdict is decided in exact integer arithmetic)
 * @guideline_cents: the annual guideline for the household
 * @guideline_year: the year of the row used
 * @requested_year: the year of the intake date
 * @used_fallback_year: TRUE when @guideline_year differs from @requested_year
 * @household_size: the household size screened
 * @region: the region screened
 * @verdict: the outcome
 * @benefit_income: the household has means-tested benefit income (SSI or
 *   TANF), which makes it eligible whatever its income
 */
typedef struct
{
  double                  percent;
  gint64                  guideline_cents;
  int                     guideline_year;
  int                     requested_year;
  gboolean                used_fallback_year;
  int                     household_size;
  DeskRegion              region;
  DeskEligibilityVerdict  verdict;
  gboolean                benefit_income;
} DeskEligibilityResult;

/**
 * desk_eligibility_screen: screens a household against @table (@n_rows rows,
 * any order).  Uses the row for the intake date's year and @region; when
 * that year has no row it uses the latest earlier year (or, when every row
 * is later, the earliest year) and sets used_fallback_year.  Fails with
 * DESK_ERROR_NOT_FOUND when @region has no rows or @annual_income_cents is
 * DESK_INCOME_UNKNOWN (not screened: the income is not known), and with
 * DESK_ERROR_INVALID (field "intake-date", "household-adults" or
 * "annual-income-cents") for bad input.
 */
gboolean     desk_eligibility_screen        (const DeskGuideline    *table,
                                             guint                   n_rows,
                                             DeskRegion              region,
                                             const char             *intake_date,
                                             int                     household_size,
                                             gint64                  annual_income_cents,
                                             DeskIncomeSource        sources,
                                             DeskEligibilityResult  *result,
                                             GError                **error);

/** desk_eligibility_guideline_cents: the guideline of @row for a household of @household_size (≥ 1). */
gint64       desk_eligibility_guideline_cents (const DeskGuideline  *row,
                                               int                   household_size);

/** desk_eligibility_verdict_label: "Eligible", "Exception needed" or "Over income", translated. */
const char  *desk_eligibility_verdict_label (DeskEligibilityVerdict  verdict);

/** desk_eligibility_percent_text: the percentage of @result with one decimal, "125.0%" (free with g_free). */
char        *desk_eligibility_percent_text  (const DeskEligibilityResult *result);

/** desk_eligibility_describe: one or two translated sentences explaining @result (free with g_free). */
char        *desk_eligibility_describe      (const DeskEligibilityResult *result);

/** desk_income_monthly_to_annual: twelve times @monthly_cents. */
gint64       desk_income_monthly_to_annual  (gint64                  monthly_cents);

/**
 * desk_guideline_validate: checks a row staff typed in; the DESK_ERROR_INVALID
 * error names "year", "region", "first-person-cents" or
 * "each-additional-person-cents".
 */
gboolean     desk_guideline_validate        (const DeskGuideline    *row,
                                             GError                **error);

G_END_DECLS
