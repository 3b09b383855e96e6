/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "desk-eligibility.h"
#include "desk-error.h"

/* data/poverty-guidelines.csv, in dollars, typed in again here so that the
 * test does not read the figures through the code it checks. */
static const struct
{
  int        year;
  DeskRegion region;
  gint64     first_dollars;
  gint64     additional_dollars;
} figures[] = {
  { 2024, DESK_REGION_CONTIGUOUS, 15060, 5380 },
  { 2024, DESK_REGION_ALASKA,     18810, 6730 },
  { 2024, DESK_REGION_HAWAII,     17310, 6190 },
  { 2025, DESK_REGION_CONTIGUOUS, 15650, 5500 },
  { 2025, DESK_REGION_ALASKA,     19550, 6880 },
  { 2025, DESK_REGION_HAWAII,     17990, 6330 },
};

static const DeskRegion regions[] = {
  DESK_REGION_CONTIGUOUS, DESK_REGION_ALASKA, DESK_REGION_HAWAII,
};

static GArray *
make_table (void)
{
  GArray *table = g_array_new (FALSE, TRUE, sizeof (DeskGuideline));

  /* Reverse order: the screen must not rely on the rows being sorted. */
  for (int i = G_N_ELEMENTS (figures) - 1; i >= 0; i--)
    {
      DeskGuideline row = {
        .year = figures[i].year,
        .region = figures[i].region,
        .first_person_cents = figures[i].first_dollars * 100,
        .each_additional_person_cents = figures[i].additional_dollars * 100,
      };
      g_array_append_val (table, row);
    }

  return table;
}

/* The guideline worked out from the published figures, in cents. */
static gint64
expected_guideline (int        year,
                    DeskRegion region,
                    int        household)
{
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    if (figures[i].year == year && figures[i].region == region)
      {
        gint64 dollars = figures[i].first_dollars;

        for (int k = 1; k < household; k++)
          dollars += figures[i].additional_dollars;
        return dollars * 100;
      }

  g_assert_not_reached ();
}

static DeskEligibilityResult
screen_ok (GArray           *table,
           DeskRegion        region,
           const char       *date,
           int               household,
           gint64            income,
           DeskIncomeSource  sources)
{
  DeskEligibilityResult result;
  g_autoptr(GError) error = NULL;

  memset (&result, 0xAA, sizeof result);
  g_assert_true (desk_eligibility_screen ((const DeskGuideline *) table->data, table->len,
                                          region, date, household, income, sources,
                                          &result, &error));
  g_assert_no_error (error);
  return result;
}

static void
test_boundaries (void)
{
  g_autoptr(GArray) table = make_table ();
  guint checked = 0;

  for (guint r = 0; r < G_N_ELEMENTS (regions); r++)
    for (int household = 1; household <= 10; household++)
      {
        gint64 guideline = expected_guideline (2025, regions[r], household);
        /* Every figure is a whole number of dollars, so 125% and 200% are
         * whole cents (dollars × 125 cents). */
        gint64 at_125 = guideline / 100 * 125;
        gint64 at_200 = guideline * 2;
        const struct
        {
          gint64                 income;
          DeskEligibilityVerdict verdict;
          double                 percent;
        } cases[] = {
          { 0,              DESK_ELIGIBLE,                  0.0 },
          { guideline,      DESK_ELIGIBLE,                  100.0 },
          { at_125 - 1,     DESK_ELIGIBLE,                  -1 },
          { at_125,         DESK_ELIGIBLE,                  125.0 },
          { at_125 + 1,     DESK_ELIGIBLE_EXCEPTION_NEEDED, -1 },
          { at_200,         DESK_ELIGIBLE_EXCEPTION_NEEDED, 200.0 },
          { at_200 + 1,     DESK_OVER_INCOME,               -1 },
          { guideline * 5,  DESK_OVER_INCOME,               500.0 },
        };

        g_assert_cmpint (at_125 * 100, ==, guideline * 125);

        for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
          {
            DeskEligibilityResult result =
              screen_ok (table, regions[r], "2025-03-14", household, cases[k].income, DESK_INCOME_WAGES);

            g_assert_cmpint (result.guideline_cents, ==, guideline);
            g_assert_cmpint (result.guideline_year, ==, 2025);
            g_assert_cmpint (result.requested_year, ==, 2025);
            g_assert_false (result.used_fallback_year);
            g_assert_cmpint (result.household_size, ==, household);
            g_assert_cmpint (result.region, ==, regions[r]);
            g_assert_false (result.benefit_income);
            g_assert_cmpint (result.verdict, ==, cases[k].verdict);
            if (cases[k].percent >= 0)
              g_assert_cmpfloat_with_epsilon (result.percent, cases[k].percent, 1e-9);
            else
              g_assert_cmpfloat_with_epsilon (result.percent,
                                              (double) cases[k].income * 100.0 / (double) guideline,
                                              1e-9);
            checked++;
          }
      }

  g_assert_cmpuint (checked, ==, 3 * 10 * 8);
}

static void
test_known_values (void)
{
  g_autoptr(GArray) table = make_table ();
  DeskEligibilityResult result;

  /* Household of 4 in the contiguous states, 2025: 15,650 + 3 × 5,500. */
  result = screen_ok (table, DESK_REGION_CONTIGUOUS, "2025-01-02", 4, 3215000, DESK_INCOME_NONE);
  g_assert_cmpint (result.guideline_cents, ==, 3215000);
  g_assert_cmpint (result.verdict, ==, DESK_ELIGIBLE);

  /* Household of 3 in Hawaii, 2025: 30,650; $40,000 is 130.5%. */
  result = screen_ok (table, DESK_REGION_HAWAII, "2025-12-31", 3, 4000000, DESK_INCOME_WAGES);
  g_assert_cmpint (result.guideline_cents, ==, 3065000);
  g_assert_cmpfloat_with_epsilon (result.percent, 130.50570962479608, 1e-9);
  g_assert_cmpint (result.verdict, ==, DESK_ELIGIBLE_EXCEPTION_NEEDED);

  /* Alaska, 1 person, 2025: 19,550; $39,101 is over 200%. */
  result = screen_ok (table, DESK_REGION_ALASKA, "2025-06-30", 1, 3910100, DESK_INCOME_WAGES);
  g_assert_cmpint (result.guideline_cents, ==, 1955000);
  g_assert_cmpint (result.verdict, ==, DESK_OVER_INCOME);

  g_assert_cmpint (desk_income_monthly_to_annual (250000), ==, 3000000);
  g_assert_cmpint (desk_income_monthly_to_annual (0), ==, 0);
  g_assert_cmpint (desk_income_monthly_to_annual (G_MAXINT64 / 2), ==, G_MAXINT64);
}

static void
test_benefit_income (void)
{
  g_autoptr(GArray) table = make_table ();
  const DeskIncomeSource benefits[] = {
    DESK_INCOME_SSI,
    DESK_INCOME_TANF,
    DESK_INCOME_SSI | DESK_INCOME_WAGES,
    DESK_INCOME_TANF | DESK_INCOME_CHILD_SUPPORT | DESK_INCOME_WAGES,
  };

  for (guint r = 0; r < G_N_ELEMENTS (regions); r++)
    for (guint b = 0; b < G_N_ELEMENTS (benefits); b++)
      {
        gint64 guideline = expected_guideline (2025, regions[r], 2);
        DeskEligibilityResult result =
          screen_ok (table, regions[r], "2025-05-01", 2, guideline * 5, benefits[b]);

        g_assert_true (result.benefit_income);
        g_assert_cmpint (result.verdict, ==, DESK_ELIGIBLE);
        g_assert_cmpfloat_with_epsilon (result.percent, 500.0, 1e-9);
      }

  /* Other benefits are not means-tested in this sense. */
  {
    gint64 guideline = expected_guideline (2025, DESK_REGION_CONTIGUOUS, 2);
    DeskEligibilityResult result =
      screen_ok (table, DESK_REGION_CONTIGUOUS, "2025-05-01", 2, guideline * 5,
                 DESK_INCOME_SSDI | DESK_INCOME_SOCIAL_SECURITY | DESK_INCOME_UNEMPLOYMENT);

    g_assert_false (result.benefit_income);
    g_assert_cmpint (result.verdict, ==, DESK_OVER_INCOME);
  }
}

static void
test_years (void)
{
  g_autoptr(GArray) table = make_table ();
  DeskEligibilityResult result;

  /* 2024 intake: 2024 figures. */
  for (guint r = 0; r < G_N_ELEMENTS (regions); r++)
    for (int household = 1; household <= 10; household++)
      {
        result = screen_ok (table, regions[r], "2024-11-05", household, 100, DESK_INCOME_NONE);
        g_assert_cmpint (result.guideline_year, ==, 2024);
        g_assert_false (result.used_fallback_year);
        g_assert_cmpint (result.guideline_cents, ==, expected_guideline (2024, regions[r], household));
      }

  /* 2026 has no figures yet: the latest, 2025, is used and flagged. */
  for (guint r = 0; r < G_N_ELEMENTS (regions); r++)
    {
      result = screen_ok (table, regions[r], "2026-01-15", 3, 100, DESK_INCOME_NONE);
      g_assert_cmpint (result.requested_year, ==, 2026);
      g_assert_cmpint (result.guideline_year, ==, 2025);
      g_assert_true (result.used_fallback_year);
      g_assert_cmpint (result.guideline_cents, ==, expected_guideline (2025, regions[r], 3));
    }

  /* Far in the future: still the latest year. */
  result = screen_ok (table, DESK_REGION_ALASKA, "2031-07-01", 1, 100, DESK_INCOME_NONE);
  g_assert_cmpint (result.guideline_year, ==, 2025);
  g_assert_true (result.used_fallback_year);

  /* Before any figures: the earliest year, which is the nearest. */
  result = screen_ok (table, DESK_REGION_HAWAII, "2022-07-01", 1, 100, DESK_INCOME_NONE);
  g_assert_cmpint (result.guideline_year, ==, 2024);
  g_assert_cmpint (result.requested_year, ==, 2022);
  g_assert_true (result.used_fallback_year);

  /* A gap: 2025 missing for Alaska only; 2025 Alaska intake uses 2024. */
  {
    DeskGuideline rows[] = {
      { 2024, DESK_REGION_ALASKA, 1881000, 673000 },
      { 2026, DESK_REGION_ALASKA, 2000000, 700000 },
      { 2025, DESK_REGION_CONTIGUOUS, 1565000, 550000 },
    };
    DeskEligibilityResult gap;
    g_autoptr(GError) error = NULL;

    g_assert_true (desk_eligibility_screen (rows, G_N_ELEMENTS (rows), DESK_REGION_ALASKA,
                                            "2025-02-01", 2, 0, DESK_INCOME_NONE, &gap, &error));
    g_assert_no_error (error);
    g_assert_cmpint (gap.guideline_year, ==, 2024);
    g_assert_cmpint (gap.guideline_cents, ==, 1881000 + 673000);
    g_assert_true (gap.used_fallback_year);

    /* The region's own years count, not another region's. */
    g_assert_true (desk_eligibility_screen (rows, G_N_ELEMENTS (rows), DESK_REGION_CONTIGUOUS,
                                            "2026-02-01", 1, 0, DESK_INCOME_NONE, &gap, &error));
    g_assert_cmpint (gap.guideline_year, ==, 2025);
    g_assert_true (gap.used_fallback_year);
  }
}

static void
test_not_found (void)
{
  g_autoptr(GArray) table = make_table ();
  DeskEligibilityResult result;
  g_autoptr(GError) error = NULL;
  DeskGuideline only_contiguous[] = {
    { 2025, DESK_REGION_CONTIGUOUS, 1565000, 550000 },
  };

  g_assert_false (desk_eligibility_screen (NULL, 0, DESK_REGION_CONTIGUOUS, "2025-03-01",
                                           1, 100, DESK_INCOME_NONE, &result, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "poverty guideline"));
  g_clear_error (&error);

  g_assert_false (desk_eligibility_screen ((const DeskGuideline *) table->data, 0, DESK_REGION_HAWAII,
                                           "2025-03-01", 1, 100, DESK_INCOME_NONE, &result, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (desk_eligibility_screen (only_contiguous, 1, DESK_REGION_HAWAII, "2025-03-01",
                                           1, 100, DESK_INCOME_NONE, &result, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Hawaii"));
  g_clear_error (&error);

  /* Errors are not silently dropped with a NULL GError**. */
  g_assert_false (desk_eligibility_screen (only_contiguous, 1, DESK_REGION_ALASKA, "2025-03-01",
                                           1, 100, DESK_INCOME_NONE, &result, NULL));
}

static void
test_invalid_input (void)
{
  g_autoptr(GArray) table = make_table ();
  const struct
  {
    const char *date;
    int         household;
    gint64      income;
    const char *field;
  } cases[] = {
    { "2025-02-30", 1, 100, "intake-date" },
    { "2025-2-3",   1, 100, "intake-date" },
    { "",           1, 100, "intake-date" },
    { NULL,         1, 100, "intake-date" },
    { "yesterday",  1, 100, "intake-date" },
    { "2025-03-01", 0, 100, "household-adults" },
    { "2025-03-01", -3, 100, "household-adults" },
    { "2025-03-01", 100000, 100, "household-adults" },
    { "2025-03-01", 1, -2, "annual-income-cents" },
    { "2025-03-01", 1, DESK_INCOME_MAX_CENTS + 1, "annual-income-cents" },
    { "2025-03-01", DESK_HOUSEHOLD_MAX + 1, 100, "household-adults" },
    { "2025-03-01", G_MAXINT, 100, "household-adults" },
    { "2025-03-01", 1, G_MININT64, "annual-income-cents" },
    { "2025-03-01", 1, G_MAXINT64, "annual-income-cents" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DeskEligibilityResult result;
      g_autoptr(GError) error = NULL;

      g_assert_false (desk_eligibility_screen ((const DeskGuideline *) table->data, table->len,
                                               DESK_REGION_CONTIGUOUS, cases[i].date,
                                               cases[i].household, cases[i].income,
                                               DESK_INCOME_WAGES, &result, &error));
      g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
      g_assert_cmpstr (desk_error_get_field (error), ==, cases[i].field);
      g_assert_cmpstr (error->message, !=, "");
    }

  /* A bad stored row is reported, not used. */
  {
    DeskGuideline bad[] = { { 2025, DESK_REGION_CONTIGUOUS, 0, 550000 } };
    DeskEligibilityResult result;
    g_autoptr(GError) error = NULL;

    g_assert_false (desk_eligibility_screen (bad, 1, DESK_REGION_CONTIGUOUS, "2025-03-01",
                                             1, 100, DESK_INCOME_NONE, &result, &error));
    g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "2025"));
  }
}

static void
test_describe (void)
{
  g_autoptr(GArray) table = make_table ();
  gint64 guideline3 = expected_guideline (2025, DESK_REGION_CONTIGUOUS, 3);
  DeskEligibilityResult result;
  g_autofree char *exception = NULL;
  g_autofree char *eligible = NULL;
  g_autofree char *over = NULL;
  g_autofree char *fallback = NULL;
  g_autofree char *before = NULL;
  g_autofree char *benefit = NULL;
  g_autofree char *just_over = NULL;
  g_autofree char *just_over_200 = NULL;

  /* 142% of 26,650 is 37,843. */
  result = screen_ok (table, DESK_REGION_CONTIGUOUS, "2025-04-01", 3, 3784300, DESK_INCOME_WAGES);
  exception = desk_eligibility_describe (&result);
  g_assert_cmpstr (exception, ==,
                   "142% of the 2025 poverty guideline for a household of 3 — an exception is needed.");

  result = screen_ok (table, DESK_REGION_CONTIGUOUS, "2025-04-01", 3, guideline3, DESK_INCOME_WAGES);
  eligible = desk_eligibility_describe (&result);
  g_assert_cmpstr (eligible, ==, "100% of the 2025 poverty guideline for a household of 3 — eligible.");

  result = screen_ok (table, DESK_REGION_CONTIGUOUS, "2025-04-01", 3, guideline3 * 3, DESK_INCOME_WAGES);
  over = desk_eligibility_describe (&result);
  g_assert_cmpstr (over, ==, "300% of the 2025 poverty guideline for a household of 3 — over the income limit.");

  result = screen_ok (table, DESK_REGION_CONTIGUOUS, "2026-04-01", 3, 3784300, DESK_INCOME_WAGES);
  fallback = desk_eligibility_describe (&result);
  g_assert_cmpstr (fallback, ==,
                   "142% of the 2025 poverty guideline for a household of 3 — an exception is needed. "
                   "No 2026 figures yet; using 2025.");

  result = screen_ok (table, DESK_REGION_CONTIGUOUS, "2023-04-01", 1, 1506000, DESK_INCOME_WAGES);
  before = desk_eligibility_describe (&result);
  g_assert_cmpstr (before, ==,
                   "100% of the 2024 poverty guideline for a household of 1 — eligible. "
                   "No 2023 figures; using 2024.");

  result = screen_ok (table, DESK_REGION_CONTIGUOUS, "2025-04-01", 3, guideline3 * 5, DESK_INCOME_SSI);
  benefit = desk_eligibility_describe (&result);
  g_assert_nonnull (strstr (benefit, "500%"));
  g_assert_nonnull (strstr (benefit, "SSI"));
  g_assert_nonnull (strstr (benefit, "eligible"));

  /* One cent over 125% rounds to 125%: the sentence must not say 125%
   * and "exception needed" as if the two agreed. */
  result = screen_ok (table, DESK_REGION_CONTIGUOUS, "2025-04-01", 3, guideline3 / 100 * 125 + 1,
                      DESK_INCOME_WAGES);
  just_over = desk_eligibility_describe (&result);
  g_assert_cmpstr (just_over, ==,
                   "Just over 125% of the 2025 poverty guideline for a household of 3 — an exception is needed.");

  result = screen_ok (table, DESK_REGION_CONTIGUOUS, "2025-04-01", 3, guideline3 * 2 + 1, DESK_INCOME_WAGES);
  just_over_200 = desk_eligibility_describe (&result);
  g_assert_true (g_str_has_prefix (just_over_200, "Just over 200% of the 2025"));
}

/* An income nobody gave is not screened, whatever the household's
 * benefits: it is never taken as no income (which would be "eligible"). */
static void
test_unknown_income (void)
{
  g_autoptr(GArray) table = make_table ();
  const DeskIncomeSource sources[] = { DESK_INCOME_NONE, DESK_INCOME_WAGES, DESK_INCOME_SSI | DESK_INCOME_TANF };

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      DeskEligibilityResult result;
      g_autoptr(GError) error = NULL;

      memset (&result, 0, sizeof result);
      g_assert_false (desk_eligibility_screen ((const DeskGuideline *) table->data, table->len,
                                               DESK_REGION_CONTIGUOUS, "2025-04-01", 3, DESK_INCOME_UNKNOWN,
                                               sources[i], &result, &error));
      g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND);
      g_assert_cmpstr (error->message, ==, "Not screened: the household income is not known.");
      g_assert_cmpint (result.verdict, ==, 0);
      g_assert_cmpfloat (result.percent, ==, 0.0);
    }
}

/* The largest income that is screened: the percentage is one number, the
 * same in the column and in the sentence (once they were 6.4e10% and a
 * capped 2147483647%). */
static void
test_largest_income_one_percentage (void)
{
  g_autoptr(GArray) table = make_table ();
  const gint64 incomes[] = { DESK_INCOME_MAX_CENTS, 123456789, 1565000, 0 };

  for (guint i = 0; i < G_N_ELEMENTS (incomes); i++)
    {
      DeskEligibilityResult result = screen_ok (table, DESK_REGION_CONTIGUOUS, "2025-04-01", 1, incomes[i],
                                                DESK_INCOME_WAGES);
      g_autofree char *column = desk_eligibility_percent_text (&result);
      g_autofree char *sentence = desk_eligibility_describe (&result);
      g_autofree char *whole = NULL;
      double value = g_ascii_strtod (column, NULL);

      g_assert_true (g_str_has_suffix (column, "%"));
      /* The sentence's whole number is the column's, rounded. */
      whole = g_strdup_printf ("%.0f%%", value);
      if (result.verdict == DESK_OVER_INCOME || result.verdict == DESK_ELIGIBLE)
        g_assert_true (g_str_has_prefix (sentence, whole));
    }

  {
    DeskEligibilityResult result = screen_ok (table, DESK_REGION_CONTIGUOUS, "2025-04-01", 1,
                                              DESK_INCOME_MAX_CENTS, DESK_INCOME_WAGES);
    g_autofree char *column = desk_eligibility_percent_text (&result);
    g_autofree char *sentence = desk_eligibility_describe (&result);

    /* $10,000,000 against $15,650: 63,897.8%. */
    g_assert_cmpstr (column, ==, "63897.8%");
    g_assert_true (g_str_has_prefix (sentence, "63898% of the 2025 poverty guideline"));
  }
}

static void
test_labels (void)
{
  g_assert_cmpstr (desk_eligibility_verdict_label (DESK_ELIGIBLE), ==, "Eligible");
  g_assert_cmpstr (desk_eligibility_verdict_label (DESK_ELIGIBLE_EXCEPTION_NEEDED), ==, "Exception needed");
  g_assert_cmpstr (desk_eligibility_verdict_label (DESK_OVER_INCOME), ==, "Over income");
}

static void
test_guideline_validate (void)
{
  const struct
  {
    DeskGuideline row;
    const char   *field;  /* NULL: valid */
  } cases[] = {
    { { 2025, DESK_REGION_CONTIGUOUS, 1565000, 550000 }, NULL },
    { { 1960, DESK_REGION_ALASKA, 1, 0 }, NULL },
    { { 2200, DESK_REGION_HAWAII, 100000000, 100000000 }, NULL },
    { { 1959, DESK_REGION_CONTIGUOUS, 1565000, 550000 }, "year" },
    { { 2201, DESK_REGION_CONTIGUOUS, 1565000, 550000 }, "year" },
    { { 0, DESK_REGION_CONTIGUOUS, 1565000, 550000 }, "year" },
    { { 2025, (DeskRegion) 7, 1565000, 550000 }, "region" },
    { { 2025, DESK_REGION_CONTIGUOUS, 0, 550000 }, "first-person-cents" },
    { { 2025, DESK_REGION_CONTIGUOUS, -100, 550000 }, "first-person-cents" },
    { { 2025, DESK_REGION_CONTIGUOUS, G_MAXINT64, 550000 }, "first-person-cents" },
    { { 2025, DESK_REGION_CONTIGUOUS, 1565000, -1 }, "each-additional-person-cents" },
    { { 2025, DESK_REGION_CONTIGUOUS, 1565000, G_MAXINT64 }, "each-additional-person-cents" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = desk_guideline_validate (&cases[i].row, &error);

      if (cases[i].field == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
          g_assert_cmpstr (desk_error_get_field (error), ==, cases[i].field);
        }
    }

  {
    DeskGuideline row = { 2025, DESK_REGION_HAWAII, 1799000, 633000 };

    g_assert_cmpint (desk_eligibility_guideline_cents (&row, 1), ==, 1799000);
    g_assert_cmpint (desk_eligibility_guideline_cents (&row, 8), ==, 1799000 + 7 * 633000);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/eligibility/boundaries", test_boundaries);
  g_test_add_func ("/eligibility/known-values", test_known_values);
  g_test_add_func ("/eligibility/benefit-income", test_benefit_income);
  g_test_add_func ("/eligibility/years", test_years);
  g_test_add_func ("/eligibility/not-found", test_not_found);
  g_test_add_func ("/eligibility/invalid-input", test_invalid_input);
  g_test_add_func ("/eligibility/describe", test_describe);
  g_test_add_func ("/eligibility/labels", test_labels);
  g_test_add_func ("/eligibility/unknown-income", test_unknown_income);
  g_test_add_func ("/eligibility/largest-income-one-percentage", test_largest_income_one_percentage);
  g_test_add_func ("/eligibility/guideline-validate", test_guideline_validate);

  return g_test_run ();
}
