/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "desk-error.h"
#include "desk-report-figures.h"
#include "desk-report-suppression.h"
#include "desk-store-mentorship.h"
#include "desk-test.h"
#include "test-reports-fixture.h"

/*
 * Every report figure on the hand-built clinic of test-reports-fixture.c,
 * for the first quarter of 2026 (Q1), default rate $25.00 an hour.
 *
 * Cases that count (not archived K11, not rejected K6):
 *   K1  C1 63 closed 2026-01-20 B favourable $1,200  V2 under mentor V1  G1
 *   K2  C1 37 placed, opened 2026-02-01                V3                 G3
 *   K3  C2 01 closed 2026-03-31 F unfavourable         V3                 G2, G3
 *   K4  C3 63 opened 2026-03-01, closed 2026-04-10 IA  V2 under mentor V1  G1
 *   K5  C4 51 closed 2025-12-31 (before Q1)                               G1 (override)
 *   K7  C4 63 intake, opened 2026-03-15                                   —
 *   K8  C5 71 closed 2026-02-28 A other                V1                 G3
 *   K9  C6 95 closed 2024-02-01 (long before)                             —
 *   K10 C2 63 closing date 2026-02-15, no code                            G1
 * Served in Q1: K1 K2 K3 K4 K7 K8 K10 (7); opened: K2 K3 K4 K7 K10 (5);
 * closed: K1 K3 K8 K10 (4); open at the end: K2 K4 K7 (3).
 *
 * Hours in Q1 (tenths, grant, rate): K1 15 G1 $40, K1 5 G1 $40, K2 30 G3
 * $30, K3 10 G2 (no rate: $25), K3 25 G3 $30, K4 12 G1 $40, K7 6 none $25,
 * K8 9 G3 $30 = 112 tenths, $360.00.  Left out: K1 2025-12-15, K4
 * 2026-04-05, the entry on archived K11, an archived entry.
 */

typedef ReportTest Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  report_test_setup (f, "desk-reports-figures");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  report_test_teardown (f);
}

static DeskReportFigures *
compute (Fixture         *f,
         DeskReportScope  scope,
         gint64           scope_id,
         guint            threshold)
{
  g_auto(DeskReportParams) params;
  g_autoptr(GError) error = NULL;
  DeskReportFigures *figures;

  report_fixture_params (&params, scope, scope_id, threshold);
  figures = desk_report_figures_compute (f->test.store, &params, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (figures);
  return figures;
}

static void
assert_row (const DeskReportTable *table,
            const char            *key,
            const char            *label,
            gint64                 count,
            gint64                 tenths,
            gint64                 cents)
{
  const DeskReportRow *row = desk_report_table_find (table, key);

  g_assert_nonnull (row);
  g_assert_cmpstr (row->label, ==, label);
  g_assert_cmpint (row->count, ==, count);
  g_assert_cmpint (row->tenths, ==, tenths);
  g_assert_cmpint (row->cents, ==, cents);
}

static void
test_summary_clinic (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DeskReportFigures) figures = compute (f, DESK_REPORT_SCOPE_CLINIC, 0, 0);
  const DeskReportSummary *s = desk_report_figures_get_summary (figures);

  g_assert_cmpstr (desk_report_figures_get_funder_name (figures), ==, "");
  g_assert_cmpint (s->cases_opened, ==, 5);
  g_assert_cmpint (s->cases_closed, ==, 4);
  g_assert_cmpint (s->cases_open_at_end, ==, 3);
  g_assert_cmpint (s->cases_served, ==, 7);
  g_assert_cmpint (s->dv_cases, ==, 1);                 /* K2; K6 was rejected */
  g_assert_cmpint (s->amount_recovered_cents, ==, 120000);
  /* C1–C5; households 1+2, 2+0, 1+0, 1+1, 4+0. */
  g_assert_cmpint (s->clients_served, ==, 5);
  g_assert_cmpint (s->household_adults, ==, 9);
  g_assert_cmpint (s->household_children, ==, 3);
  g_assert_cmpint (s->household_persons, ==, 12);
  g_assert_cmpint (s->volunteer_tenths, ==, 112);
  g_assert_cmpint (s->donated_value_cents, ==, 36000);
}

/* A grant counts its own cases and the hours charged to it. */
static void
test_summary_grant (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DeskReportFigures) figures = compute (f, DESK_REPORT_SCOPE_GRANT, f->ids.grants[1], 0);
  const DeskReportSummary *s = desk_report_figures_get_summary (figures);

  g_assert_cmpstr (desk_report_figures_get_funder_name (figures), ==, "Tenant Justice Foundation");
  g_assert_cmpstr (desk_report_figures_get_grant_name (figures), ==, "Eviction Defense 2026");
  g_assert_cmpstr (desk_report_figures_get_grant_number (figures), ==, "TJF-26-001");
  /* K1 K4 K5 K10 count; K6 rejected, K11 archived. */
  g_assert_cmpint (s->cases_opened, ==, 2);             /* K4 K10 */
  g_assert_cmpint (s->cases_closed, ==, 2);             /* K1 K10 */
  g_assert_cmpint (s->cases_open_at_end, ==, 1);        /* K4 */
  g_assert_cmpint (s->cases_served, ==, 3);             /* K1 K4 K10 */
  g_assert_cmpint (s->dv_cases, ==, 0);
  g_assert_cmpint (s->amount_recovered_cents, ==, 120000);
  g_assert_cmpint (s->clients_served, ==, 3);           /* C1 C3 C2 */
  g_assert_cmpint (s->household_adults, ==, 4);
  g_assert_cmpint (s->household_children, ==, 2);
  g_assert_cmpint (s->household_persons, ==, 6);
  g_assert_cmpint (s->volunteer_tenths, ==, 32);        /* 15 + 5 + 12 at $40 */
  g_assert_cmpint (s->donated_value_cents, ==, 12800);
}

static void
test_summary_funder (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DeskReportFigures) figures = compute (f, DESK_REPORT_SCOPE_FUNDER, f->ids.funders[1], 0);
  const DeskReportSummary *s = desk_report_figures_get_summary (figures);

  /* G1 and G2: K1 K3 K4 K5 K10. */
  g_assert_cmpstr (desk_report_figures_get_grant_name (figures), ==, "");
  g_assert_cmpint (s->cases_opened, ==, 3);             /* K3 K4 K10 */
  g_assert_cmpint (s->cases_closed, ==, 3);             /* K1 K3 K10 */
  g_assert_cmpint (s->cases_open_at_end, ==, 1);
  g_assert_cmpint (s->cases_served, ==, 4);
  g_assert_cmpint (s->clients_served, ==, 3);
  /* G1 at $40 and G2 at the default $25: 15, 5, 12 and 10 tenths. */
  g_assert_cmpint (s->volunteer_tenths, ==, 42);
  g_assert_cmpint (s->donated_value_cents, ==, 15300);
}

static void
test_unknown_scope (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(DeskReportParams) params;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskReportFigures) figures = NULL;

  report_fixture_params (&params, DESK_REPORT_SCOPE_GRANT, 999, 0);
  figures = desk_report_figures_compute (f->test.store, &params, NULL, &error);
  g_assert_null (figures);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no grant with the number 999; it may have been archived.");
}

static void
test_params_validation (void)
{
  g_auto(DeskReportParams) params;
  g_autoptr(GError) error = NULL;

  report_fixture_params (&params, DESK_REPORT_SCOPE_CLINIC, 0, 5);
  g_assert_true (desk_report_params_validate (&params, &error));

  g_free (params.from);
  params.from = g_strdup ("2026-02-30");
  g_assert_false (desk_report_params_validate (&params, &error));
  g_assert_cmpstr (desk_error_get_field (error), ==, "from");
  g_clear_error (&error);

  g_free (params.from);
  params.from = g_strdup ("2026-04-01");
  g_assert_false (desk_report_params_validate (&params, &error));
  g_assert_cmpstr (desk_error_get_field (error), ==, "to");
  g_assert_cmpstr (error->message, ==, "The period ends before it starts.");
  g_clear_error (&error);

  g_free (params.from);
  params.from = g_strdup ("2026-01-01");
  params.scope = DESK_REPORT_SCOPE_FUNDER;
  g_assert_false (desk_report_params_validate (&params, &error));
  g_assert_cmpstr (desk_error_get_field (error), ==, "scope-id");
  g_clear_error (&error);

  params.scope = DESK_REPORT_SCOPE_CLINIC;
  params.default_hour_value_cents = -1;
  g_assert_false (desk_report_params_validate (&params, &error));
  g_assert_cmpstr (desk_error_get_field (error), ==, "default-hour-value-cents");
}

/* Closed in Q1: K1 63/B, K3 01/F, K8 71/A, K10 63/no code. */
static void
test_csr_matrix (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(DeskReportFigures) figures = compute (f, DESK_REPORT_SCOPE_CLINIC, 0, 0);
  const DeskCsrMatrix *csr = desk_report_figures_get_csr (figures);
  const DeskCsrRow *total = desk_csr_matrix_get_total (csr);
  guint n_codes = 0, n_subtotals = 0;

  for (guint i = 0; i < csr->rows->len; i++)
    {
      const DeskCsrRow *row = g_ptr_array_index (csr->rows, i);

      if (row->kind == DESK_CSR_ROW_CODE)
        {
          n_codes++;
          if (g_str_equal (row->code, "63"))
            {
              g_assert_cmpstr (row->label, ==, "Private Landlord/Tenant");
              g_assert_cmpint (row->cells[DESK_CSR_B], ==, 1);
              g_assert_cmpint (row->cells[DESK_CSR_NO_CODE], ==, 1);
              g_assert_cmpint (desk_csr_row_total (row), ==, 2);
              g_assert_cmpint (desk_csr_row_limited (row), ==, 1);
              g_assert_cmpint (desk_csr_row_extended (row), ==, 0);
            }
          else if (g_str_equal (row->code, "01"))
            {
              g_assert_cmpint (row->cells[DESK_CSR_F], ==, 1);
              g_assert_cmpint (desk_csr_row_extended (row), ==, 1);
            }
          else if (g_str_equal (row->code, "71"))
            g_assert_cmpint (desk_csr_row_limited (row), ==, 1);
          else
            g_assert_cmpint (desk_csr_row_total (row), ==, 0);
        }
      else if (row->kind == DESK_CSR_ROW_SUBTOTAL)
        {
          const DeskCsrRow *previous = g_ptr_array_index (csr->rows, i - 1);

          n_subtotals++;
          g_assert_cmpstr (row->category, ==, previous->category);
          if (g_str_equal (row->category, "Housing"))
            {
              g_assert_cmpstr (row->label, ==, "Housing subtotal");
              g_assert_cmpint (desk_csr_row_total (row), ==, 2);
            }
          if (g_str_equal (row->category, "Consumer/Finance"))
            g_assert_cmpint (row->cells[DESK_CSR_F], ==, 1);
        }
    }

  g_assert_cmpuint (n_codes, ==, 77);     /* data/lsc-problem-codes.csv */
  g_assert_cmpuint (n_subtotals, ==, 10);
  g_assert_cmpuint (csr->rows->len, ==, 88);
  g_assert_cmpint (total->kind, ==, DESK_CSR_ROW_TOTAL);
  g_assert_cmpint (total->cells[DESK_CSR_A], ==, 1);
  g_assert_cmpint (total->cells[DESK_CSR_B], ==, 1);
  g_assert_cmpint (total->cells[DESK_CSR_F], ==, 1);
  g_assert_cmpint (total->cells[DESK_CSR_NO_CODE], ==, 1);
  g_assert_cmpint (total->cells[DESK_CSR_IA], ==, 0);   /* K4 closes after Q1 */
  g_assert_cmpint (desk_csr_row_total (total), ==, 4);
  g_assert_cmpint (desk_csr_row_limited (total), ==, 2);
  g_assert_cmpint (desk_csr_row_extended (total), ==, 1);
  g_assert_cmpint (desk_csr_row_total (total), ==, desk_report_figures_get_summary (figures)->cases_closed);

  g_assert_cmpstr (desk_csr_column_code (DESK_CSR_IB), ==, "IB");
  g_assert_null (desk_csr_column_code (DESK_CSR_NO_CODE));
  g_assert_cmpint (desk_csr_column_from_code ("IC"), ==, DESK_CSR_IC);
  g_assert_cmpint (desk_csr_column_from_code (NULL), ==, DESK_CSR_NO_CODE);
}

static void
test_closing_codes (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DeskReportFigures) figures = compute (f, DESK_REPORT_SCOPE_CLINIC, 0, 0);
  const DeskReportTable *codes = desk_report_figures_get_closing_codes (figures);

  g_assert_cmpuint (codes->rows->len, ==, 11);
  assert_row (codes, "A", "Counsel and Advice", 1, 0, 0);
  assert_row (codes, "B", "Limited Action", 1, 0, 0);
  assert_row (codes, "F", "Negotiated Settlement without Litigation", 1, 0, 0);
  assert_row (codes, "L", "Extensive Service", 0, 0, 0);
  assert_row (codes, "", "No closing code", 1, 0, 0);
  g_assert_cmpstr (desk_report_table_find (codes, "B")->detail, ==, "Limited service");
  g_assert_cmpstr (desk_report_table_find (codes, "IC")->detail, ==, "Extended service");
  g_assert_cmpint (codes->total.count, ==, 4);
}

static void
test_hours (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(DeskReportFigures) figures = compute (f, DESK_REPORT_SCOPE_CLINIC, 0, 0);
  const DeskReportTable *by_volunteer = desk_report_figures_get_hours (figures, DESK_REPORT_HOURS_BY_VOLUNTEER);
  const DeskReportTable *by_category = desk_report_figures_get_hours (figures, DESK_REPORT_HOURS_BY_CATEGORY);
  const DeskReportTable *by_month = desk_report_figures_get_hours (figures, DESK_REPORT_HOURS_BY_MONTH);
  g_autofree char *v1 = g_strdup_printf ("%" G_GINT64_FORMAT, f->ids.volunteers[1]);
  g_autofree char *v2 = g_strdup_printf ("%" G_GINT64_FORMAT, f->ids.volunteers[2]);
  g_autofree char *v3 = g_strdup_printf ("%" G_GINT64_FORMAT, f->ids.volunteers[3]);

  /* By last name; count: cases served placed with them. */
  g_assert_cmpuint (by_volunteer->rows->len, ==, 3);
  g_assert_cmpstr (desk_report_table_get_row (by_volunteer, 0)->label, ==, "Alice Mentor");
  assert_row (by_volunteer, v1, "Alice Mentor", 1, 14, 4700);
  assert_row (by_volunteer, v2, "Ben Novice", 2, 27, 10800);
  assert_row (by_volunteer, v3, "Cara Solo", 2, 71, 20500);
  g_assert_cmpstr (desk_report_table_find (by_volunteer, v2)->detail, ==, "Law student");
  g_assert_cmpint (by_volunteer->total.tenths, ==, 112);
  g_assert_cmpint (by_volunteer->total.cents, ==, 36000);

  g_assert_cmpuint (by_category->rows->len, ==, 4);
  g_assert_cmpstr (desk_report_table_get_row (by_category, 0)->key, ==, "Consumer/Finance");
  assert_row (by_category, "Consumer/Finance", "Consumer/Finance", 0, 35, 10000);
  assert_row (by_category, "Family", "Family", 0, 30, 9000);
  assert_row (by_category, "Housing", "Housing", 0, 38, 14300);
  assert_row (by_category, "Income Maintenance", "Income Maintenance", 0, 9, 2700);

  g_assert_cmpuint (by_month->rows->len, ==, 3);
  assert_row (by_month, "2026-01", "2026-01", 0, 30, 10500);
  assert_row (by_month, "2026-02", "2026-02", 0, 39, 11700);
  assert_row (by_month, "2026-03", "2026-03", 0, 43, 13800);
  g_assert_cmpint (by_month->total.tenths, ==, 112);
}

/* Months without hours are there for the chart. */
static void
test_hours_by_month_gaps (Fixture       *f,
                          gconstpointer  data)
{
  g_auto(DeskReportParams) params;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskReportTable) months = NULL;

  report_fixture_params (&params, DESK_REPORT_SCOPE_GRANT, f->ids.grants[1], 0);
  g_free (params.from);
  params.from = g_strdup ("2025-11-20");
  months = desk_store_report_hours (f->test.store, &params, DESK_REPORT_HOURS_BY_MONTH, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (months->rows->len, ==, 5);
  assert_row (months, "2025-11", "2025-11", 0, 0, 0);
  assert_row (months, "2025-12", "2025-12", 0, 20, 8000);
  assert_row (months, "2026-02", "2026-02", 0, 0, 0);
  g_assert_cmpint (months->total.tenths, ==, 52);
}

static void
test_outcomes_and_mentorship (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(DeskReportFigures) figures = compute (f, DESK_REPORT_SCOPE_CLINIC, 0, 0);
  const DeskReportTable *all = desk_report_figures_get_outcomes (figures, DESK_REPORT_MENTOR_ANY);
  const DeskReportTable *with = desk_report_figures_get_outcomes (figures, DESK_REPORT_MENTOR_WITH);
  const DeskReportTable *without = desk_report_figures_get_outcomes (figures, DESK_REPORT_MENTOR_WITHOUT);
  const DeskReportMentorship *m = desk_report_figures_get_mentorship (figures);

  g_assert_cmpuint (all->rows->len, ==, 4);
  assert_row (all, "favourable", "Favorable", 1, 0, 120000);
  assert_row (all, "unfavourable", "Unfavorable", 1, 0, 0);
  assert_row (all, "other", "Other", 1, 0, 0);
  assert_row (all, "none", "Not recorded", 1, 0, 0);     /* K10 */
  g_assert_cmpint (all->total.count, ==, 4);
  g_assert_cmpint (all->total.cents, ==, 120000);

  g_assert_cmpuint (with->rows->len, ==, 3);
  assert_row (with, "favourable", "Favorable", 1, 0, 120000);
  g_assert_cmpint (with->total.count, ==, 1);
  assert_row (without, "favourable", "Favorable", 0, 0, 0);
  g_assert_cmpint (without->total.count, ==, 3);

  /* K1 and K4: Ben Novice under Alice Mentor. */
  g_assert_cmpint (m->mentees_with_cases, ==, 1);
  g_assert_cmpint (m->mentors_supervising, ==, 1);
  g_assert_cmpint (m->cases_with_mentor, ==, 2);
  g_assert_false (m->has_pairings);
}

/* A mentoring program: Alice mentors Ben from January 12; two check-ins in
 * the quarter (ratings 4 and 5 by the mentor, 5 by the mentee, fit 3), one
 * planned for July.  The clinic's report shows it; a grant's does not, as
 * pairings are not a grant's. */
static void
test_mentoring_program (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DeskVolunteer) ben = NULL;
  g_autoptr(DeskPairing) pairing = desk_pairing_new ();
  g_autoptr(GError) error = NULL;
  const char *dates[] = { "2026-02-09", "2026-03-09", "2026-07-06" };
  const int mentor_ratings[] = { 4, 5, 0 };
  const int mentee_ratings[] = { 5, 0, 0 };
  const int fits[] = { 3, 0, 0 };

  ben = desk_store_get_volunteer (f->test.store, f->ids.volunteers[2], &error);
  g_assert_no_error (error);
  desk_volunteer_set_wants_mentor (ben, TRUE);
  desk_volunteer_set_mentee_goals (ben, DESK_GOAL_FIRST_HEARING);
  desk_test_save (f->test.store, ben);

  desk_pairing_set_mentor_id (pairing, f->ids.volunteers[1]);
  desk_pairing_set_mentee_id (pairing, f->ids.volunteers[2]);
  desk_pairing_set_proposed_on (pairing, "2026-01-05");
  desk_test_save (f->test.store, pairing);
  g_assert_true (desk_store_move_pairing (f->test.store, pairing, DESK_PAIRING_ACCEPTED, NULL, "2026-01-10", &error));
  g_assert_true (desk_store_move_pairing (f->test.store, pairing, DESK_PAIRING_ACTIVE, NULL, "2026-01-12", &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(DeskCheckIn) check_in = desk_check_in_new ();

      desk_check_in_set_pairing_id (check_in, desk_record_get_id (DESK_RECORD (pairing)));
      desk_check_in_set_date (check_in, dates[i]);
      desk_check_in_set_held (check_in, i < 2);
      desk_check_in_set_mentor_rating (check_in, mentor_ratings[i]);
      desk_check_in_set_mentee_rating (check_in, mentee_ratings[i]);
      desk_check_in_set_fit (check_in, fits[i]);
      desk_test_save (f->test.store, check_in);
    }

  {
    g_autoptr(DeskReportFigures) figures = compute (f, DESK_REPORT_SCOPE_CLINIC, 0, 0);
    const DeskReportMentorship *m = desk_report_figures_get_mentorship (figures);

    g_assert_true (m->has_pairings);
    g_assert_cmpint (m->active_pairings, ==, 1);
    g_assert_cmpint (m->pairings_started, ==, 1);
    g_assert_cmpint (m->pairings_completed, ==, 0);
    g_assert_cmpint (m->check_ins_held, ==, 2);
    g_assert_cmpint (m->check_ins_scheduled, ==, 0);   /* July is after the quarter */
    g_assert_cmpfloat_with_epsilon (m->average_mentor_rating, 4.5, 1e-9);
    g_assert_cmpfloat_with_epsilon (m->average_mentee_rating, 5.0, 1e-9);
    g_assert_cmpfloat_with_epsilon (m->average_fit, 3.0, 1e-9);
    /* The case figures stay the cases'. */
    g_assert_cmpint (m->cases_with_mentor, ==, 2);
  }
  {
    g_autoptr(DeskReportFigures) figures = compute (f, DESK_REPORT_SCOPE_GRANT, f->ids.grants[1], 0);

    g_assert_false (desk_report_figures_get_mentorship (figures)->has_pairings);
  }
}

static void
test_cases_by_category (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DeskReportFigures) figures = compute (f, DESK_REPORT_SCOPE_CLINIC, 0, 0);
  const DeskReportTable *table = desk_report_figures_get_cases_by_category (figures);

  g_assert_cmpuint (table->rows->len, ==, 10);
  g_assert_cmpstr (desk_report_table_get_row (table, 0)->key, ==, "Consumer/Finance");
  g_assert_cmpint (desk_report_table_find (table, "Housing")->count, ==, 4);
  g_assert_cmpint (desk_report_table_find (table, "Family")->count, ==, 1);
  g_assert_cmpint (desk_report_table_find (table, "Consumer/Finance")->count, ==, 1);
  g_assert_cmpint (desk_report_table_find (table, "Income Maintenance")->count, ==, 1);
  g_assert_cmpint (desk_report_table_find (table, "Health")->count, ==, 0);
  g_assert_cmpint (table->total.count, ==, 7);
}

/* C1 35, C2 76, C3 unknown, C4 16, C5 40 at 2026-03-31; guideline 2025. */
static void
test_demographics (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DeskReportFigures) figures = compute (f, DESK_REPORT_SCOPE_CLINIC, 0, 0);
  const DeskReportTable *age = desk_report_figures_get_demographic (figures, DESK_REPORT_BY_AGE);
  const DeskReportTable *gender = desk_report_figures_get_demographic (figures, DESK_REPORT_BY_GENDER);
  const DeskReportTable *ethnicity = desk_report_figures_get_demographic (figures, DESK_REPORT_BY_ETHNICITY);
  const DeskReportTable *language = desk_report_figures_get_demographic (figures, DESK_REPORT_BY_LANGUAGE);
  const DeskReportTable *county = desk_report_figures_get_demographic (figures, DESK_REPORT_BY_COUNTY);
  const DeskReportTable *veteran = desk_report_figures_get_demographic (figures, DESK_REPORT_BY_VETERAN);
  const DeskReportTable *disability = desk_report_figures_get_demographic (figures, DESK_REPORT_BY_DISABILITY);
  const DeskReportTable *poverty = desk_report_figures_get_demographic (figures, DESK_REPORT_BY_POVERTY);

  g_assert_cmpuint (age->rows->len, ==, 7);
  assert_row (age, "under-18", "Under 18", 1, 0, 0);
  assert_row (age, "35-44", "35 to 44", 2, 0, 0);
  assert_row (age, "60-and-over", "60 and over", 1, 0, 0);
  assert_row (age, "not-recorded", "Not recorded", 1, 0, 0);
  assert_row (age, "18-24", "18 to 24", 0, 0, 0);
  g_assert_cmpint (age->total.count, ==, 5);

  assert_row (gender, "female", "Female", 2, 0, 0);
  assert_row (gender, "male", "Male", 1, 0, 0);
  assert_row (gender, "nonbinary", "Non-binary", 1, 0, 0);
  assert_row (gender, "declined", "Prefers not to say", 1, 0, 0);
  assert_row (gender, "not-asked", "Not asked", 0, 0, 0);
  g_assert_cmpint (gender->total.count, ==, 5);

  g_assert_cmpint (desk_report_table_find (ethnicity, "hispanic")->count, ==, 2);
  g_assert_cmpint (desk_report_table_find (ethnicity, "asian")->count, ==, 1);
  g_assert_cmpint (desk_report_table_find (ethnicity, "black")->count, ==, 1);

  /* Free text by frequency, then name. */
  g_assert_cmpuint (language->rows->len, ==, 3);
  g_assert_cmpstr (desk_report_table_get_row (language, 0)->label, ==, "English");
  g_assert_cmpstr (desk_report_table_get_row (language, 1)->label, ==, "Spanish");
  g_assert_cmpstr (desk_report_table_get_row (language, 2)->label, ==, "Cantonese");
  g_assert_cmpint (desk_report_table_get_row (language, 1)->count, ==, 2);

  g_assert_cmpuint (county->rows->len, ==, 4);
  assert_row (county, "Fresno", "Fresno", 2, 0, 0);
  assert_row (county, "+1-555", "+1-555", 1, 0, 0);
  assert_row (county, "Tulare", "Tulare", 1, 0, 0);

  assert_row (veteran, "yes", "Yes", 1, 0, 0);
  assert_row (veteran, "no", "No", 2, 0, 0);
  assert_row (veteran, "declined", "Prefers not to say", 1, 0, 0);
  assert_row (disability, "not-asked", "Not asked", 3, 0, 0);

  /* 75%, 142%, 0%, 47%, 218%. */
  assert_row (poverty, "up-to-100", "Up to 100%", 3, 0, 0);
  assert_row (poverty, "126-150", "126% to 150%", 1, 0, 0);
  assert_row (poverty, "over-200", "Over 200%", 1, 0, 0);
  assert_row (poverty, "101-125", "101% to 125%", 0, 0, 0);
  assert_row (poverty, "not-recorded", "Not recorded", 0, 0, 0);
}

/* With the default threshold every small count of this small clinic hides. */
static void
test_demographics_suppressed (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(DeskReportFigures) figures = compute (f, DESK_REPORT_SCOPE_CLINIC, 0, 5);
  g_autoptr(DeskReportFigures) grant = compute (f, DESK_REPORT_SCOPE_GRANT, f->ids.grants[1], 3);
  const DeskReportTable *gender = desk_report_figures_get_demographic (figures, DESK_REPORT_BY_GENDER);
  const DeskReportTable *county = desk_report_figures_get_demographic (grant, DESK_REPORT_BY_COUNTY);
  g_autofree char *shown = NULL;
  g_autofree char *people = NULL;
  g_autofree char *many = NULL;

  g_assert_true (desk_report_table_find (gender, "female")->suppressed);
  g_assert_false (desk_report_table_find (gender, "not-asked")->suppressed);
  g_assert_false (gender->total.suppressed);
  shown = desk_report_format_count (desk_report_table_find (gender, "male"), 5);
  g_assert_cmpstr (shown, ==, "<5");

  /* G1 at threshold 3: Fresno 2 (C1, C2) and Kern 1 (C3), total 3. */
  g_assert_true (desk_report_table_find (county, "Fresno")->suppressed);
  g_assert_true (desk_report_table_find (county, "Kern")->suppressed);
  g_assert_false (county->total.suppressed);

  people = desk_report_figures_format_people (figures, 4);
  many = desk_report_figures_format_people (figures, 5);
  g_assert_cmpstr (people, ==, "<5");
  g_assert_cmpstr (many, ==, "5");
}

static DeskReportTable *
table_of (const gint64 *counts,
          guint         n)
{
  DeskReportTable *table = desk_report_table_new ("t", "T");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *key = g_strdup_printf ("r%u", i);

      desk_report_table_add (table, key, key, counts[i]);
    }
  desk_report_table_sum (table);
  return table;
}

static gboolean
hidden (const DeskReportTable *table,
        guint                  index)
{
  return desk_report_table_get_row (table, index)->suppressed;
}

/* The rule of desk_report_table_suppress(), case by case. */
static void
test_suppression_rule (void)
{
  /* One small cell: the next smallest non-zero cell goes too (not the zero). */
  {
    const gint64 counts[] = { 3, 0, 12, 7, 40 };
    g_autoptr(DeskReportTable) t = table_of (counts, G_N_ELEMENTS (counts));

    g_assert_cmpuint (desk_report_table_suppress (t, 5), ==, 2);
    g_assert_true (hidden (t, 0));
    g_assert_false (hidden (t, 1));
    g_assert_false (hidden (t, 2));
    g_assert_true (hidden (t, 3));
    g_assert_false (hidden (t, 4));
    g_assert_false (t->total.suppressed);
  }
  /* Equal candidates: the first in reading order. */
  {
    const gint64 counts[] = { 9, 1, 9 };
    g_autoptr(DeskReportTable) t = table_of (counts, G_N_ELEMENTS (counts));

    g_assert_cmpuint (desk_report_table_suppress (t, 5), ==, 2);
    g_assert_true (hidden (t, 0));
    g_assert_true (hidden (t, 1));
    g_assert_false (hidden (t, 2));
  }
  /* Two small cells protect each other; nothing more is hidden. */
  {
    const gint64 counts[] = { 2, 4, 30 };
    g_autoptr(DeskReportTable) t = table_of (counts, G_N_ELEMENTS (counts));

    g_assert_cmpuint (desk_report_table_suppress (t, 5), ==, 2);
    g_assert_false (hidden (t, 2));
  }
  /* A small total is itself suppressed. */
  {
    const gint64 counts[] = { 3, 0 };
    g_autoptr(DeskReportTable) t = table_of (counts, G_N_ELEMENTS (counts));

    g_assert_cmpuint (desk_report_table_suppress (t, 5), ==, 2);
    g_assert_true (hidden (t, 0));
    g_assert_true (t->total.suppressed);
  }
  /* No other cell to hide (the total counts people not listed): the total goes. */
  {
    const gint64 counts[] = { 2, 0 };
    g_autoptr(DeskReportTable) t = table_of (counts, G_N_ELEMENTS (counts));

    t->total.count = 20;
    g_assert_cmpuint (desk_report_table_suppress (t, 5), ==, 2);
    g_assert_true (hidden (t, 0));
    g_assert_true (t->total.suppressed);
  }
  /* Nothing small, or suppression off. */
  {
    const gint64 counts[] = { 5, 0, 6 };
    g_autoptr(DeskReportTable) t = table_of (counts, G_N_ELEMENTS (counts));
    g_autoptr(DeskReportTable) off = table_of (counts, G_N_ELEMENTS (counts));

    g_assert_cmpuint (desk_report_table_suppress (t, 5), ==, 0);
    g_assert_cmpuint (desk_report_table_suppress (off, 0), ==, 0);
    g_assert_cmpuint (desk_report_table_suppress (off, 10), ==, 2);
    g_assert_cmpuint (desk_report_table_suppress (off, 1), ==, 0);
    g_assert_false (hidden (off, 0));
  }
}

typedef struct
{
  GPtrArray *numbers;
  GPtrArray *names;
  gint64     tenths;
} CaseRows;

static gboolean
collect_case (const DeskReportCase  *row,
              gpointer               user_data,
              GError               **error)
{
  CaseRows *rows = user_data;

  g_ptr_array_add (rows->numbers, g_strdup (row->case_number));
  g_ptr_array_add (rows->names, g_strdup (row->client_name));
  rows->tenths += row->tenths;
  return TRUE;
}

static void
test_case_rows (Fixture       *f,
                gconstpointer  data)
{
  g_auto(DeskReportParams) params;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  CaseRows rows = { numbers, names, 0 };

  report_fixture_params (&params, DESK_REPORT_SCOPE_CLINIC, 0, 5);
  g_assert_cmpint (desk_store_report_count_cases (f->test.store, &params, &error), ==, 7);
  g_assert_true (desk_store_report_foreach_case (f->test.store, &params, collect_case, &rows, &error));
  g_assert_no_error (error);
  /* In the order the cases were entered: K1 K2 K3 K4 K7 K8 K10. */
  g_assert_cmpuint (numbers->len, ==, 7);
  for (guint i = 0; i < numbers->len; i++)
    {
      const guint order[] = { 1, 2, 3, 4, 7, 8, 10 };
      g_autoptr(DeskCase) kase = desk_store_get_case (f->test.store, f->ids.cases[order[i]], &error);

      g_assert_cmpstr (g_ptr_array_index (numbers, i), ==, desk_case_get_case_number (kase));
    }
  for (guint i = 0; i < names->len; i++)
    g_assert_null (g_ptr_array_index (names, i));
  g_assert_cmpint (rows.tenths, ==, 112);

  /* Hours charged to G1 only (K1 20, K4 12), then to G1 or G2 (K3 10 more). */
  params.scope = DESK_REPORT_SCOPE_GRANT;
  params.scope_id = f->ids.grants[1];
  rows.tenths = 0;
  g_assert_true (desk_store_report_foreach_case (f->test.store, &params, collect_case, &rows, &error));
  g_assert_cmpint (rows.tenths, ==, 32);
  params.scope = DESK_REPORT_SCOPE_FUNDER;
  params.scope_id = f->ids.funders[1];
  rows.tenths = 0;
  g_assert_true (desk_store_report_foreach_case (f->test.store, &params, collect_case, &rows, &error));
  g_assert_cmpint (rows.tenths, ==, 42);
  params.scope = DESK_REPORT_SCOPE_CLINIC;

  g_ptr_array_set_size (numbers, 0);
  g_ptr_array_set_size (names, 0);
  params.include_names = TRUE;
  g_assert_true (desk_store_report_foreach_case (f->test.store, &params, collect_case, &rows, &error));
  g_assert_true (g_ptr_array_find_with_equal_func (names, "Maria Lopez", g_str_equal, NULL));
}

/* A workbook of the Cases sheet alone counts little else. */
static void
test_only_cases (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(DeskReportParams) params;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskReportFigures) figures = NULL;

  report_fixture_params (&params, DESK_REPORT_SCOPE_CLINIC, 0, 5);
  params.sheets = DESK_REPORT_SHEET_CASES;
  figures = desk_report_figures_compute (f->test.store, &params, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_report_figures_get_summary (figures)->cases_served, ==, 7);
  g_assert_cmpint (desk_report_figures_get_summary (figures)->cases_opened, ==, 0);
  g_assert_cmpuint (desk_report_figures_get_hours (figures, DESK_REPORT_HOURS_BY_MONTH)->rows->len, ==, 0);
  g_assert_cmpuint (desk_report_figures_get_demographic (figures, DESK_REPORT_BY_AGE)->rows->len, ==, 0);
  g_assert_cmpuint (desk_report_figures_get_csr (figures)->rows->len, ==, 1);
  g_assert_cmpint (desk_csr_row_total (desk_csr_matrix_get_total (desk_report_figures_get_csr (figures))), ==, 0);

  params.sheets = DESK_REPORT_SHEET_MENTORSHIP;
  g_clear_object (&figures);
  figures = desk_report_figures_compute (f->test.store, &params, NULL, &error);
  g_assert_cmpint (desk_report_figures_get_mentorship (figures)->cases_with_mentor, ==, 2);
  g_assert_cmpint (desk_report_figures_get_outcomes (figures, DESK_REPORT_MENTOR_WITH)->total.count, ==, 1);
  g_assert_cmpuint (desk_report_figures_get_outcomes (figures, DESK_REPORT_MENTOR_ANY)->rows->len, ==, 0);
}

static void
computed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  DeskReportFigures **figures = user_data;
  g_autoptr(GError) error = NULL;

  *figures = desk_report_figures_compute_finish (DESK_STORE (source), result, &error);
  g_assert_no_error (error);
}

/* The page computes in a thread on its own connection. */
static void
test_compute_async (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(DeskReportParams) params;
  g_autoptr(DeskReportFigures) figures = NULL;

  report_fixture_params (&params, DESK_REPORT_SCOPE_GRANT, f->ids.grants[1], 0);
  desk_report_figures_compute_async (f->test.store, &params, NULL, computed_cb, &figures);
  while (figures == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (desk_report_figures_get_summary (figures)->cases_served, ==, 3);
  g_assert_cmpint (desk_report_figures_get_params (figures)->scope_id, ==, f->ids.grants[1]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/reports/figures/summary/clinic", test_summary_clinic);
  ADD ("/reports/figures/summary/grant", test_summary_grant);
  ADD ("/reports/figures/summary/funder", test_summary_funder);
  ADD ("/reports/figures/unknown-scope", test_unknown_scope);
  ADD ("/reports/figures/csr-matrix", test_csr_matrix);
  ADD ("/reports/figures/closing-codes", test_closing_codes);
  ADD ("/reports/figures/hours", test_hours);
  ADD ("/reports/figures/hours-by-month-gaps", test_hours_by_month_gaps);
  ADD ("/reports/figures/outcomes-and-mentorship", test_outcomes_and_mentorship);
  ADD ("/reports/figures/mentoring-program", test_mentoring_program);
  ADD ("/reports/figures/cases-by-category", test_cases_by_category);
  ADD ("/reports/figures/demographics", test_demographics);
  ADD ("/reports/figures/demographics-suppressed", test_demographics_suppressed);
  ADD ("/reports/figures/case-rows", test_case_rows);
  ADD ("/reports/figures/compute-async", test_compute_async);
  ADD ("/reports/figures/only-cases", test_only_cases);
#undef ADD
  g_test_add_func ("/reports/figures/params-validation", test_params_validation);
  g_test_add_func ("/reports/figures/suppression-rule", test_suppression_rule);

  return g_test_run ();
}
