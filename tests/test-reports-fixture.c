/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "desk-test.h"
#include "test-reports-fixture.h"

/*
 * Ids are kept in the order the notes of test-reports-figures.c use:
 * clients C1–C6, cases K1–K11, grants G1–G3, volunteers V1–V3.  Client C4
 * carries text that looks like formulas, for the workbook tests.
 */

static gint64
save (DeskStore *store,
      gpointer   record)
{
  g_autoptr(DeskRecord) owned = record;

  desk_test_save (store, owned);
  return desk_record_get_id (owned);
}

static gint64
client (DeskStore  *store,
        const char *first,
        const char *last,
        const char *born,
        const char *county,
        const char *language,
        DeskGender  gender,
        DeskEthnicity ethnicity,
        DeskAnswer  veteran,
        DeskAnswer  disability,
        int         adults,
        int         children,
        gint64      income_dollars)
{
  return save (store, g_object_new (DESK_TYPE_CLIENT,
                                    "first-name", first, "last-name", last, "birth-date", born,
                                    "county", county, "language", language, "gender", gender,
                                    "ethnicity", ethnicity, "veteran", veteran, "disability", disability,
                                    "household-adults", adults, "household-children", children,
                                    "annual-income-cents", income_dollars * 100,
                                    "intake-date", "2026-01-05",
                                    "address", "+1-555 Main Street, Fresno",
                                    "eligibility-exception", DESK_EXCEPTION_ELDERLY_OR_DISABLED,
                                    NULL));
}

static gint64
kase (DeskStore      *store,
      gint64          client_id,
      const char     *code,
      DeskCaseStatus  status,
      const char     *opened,
      const char     *closed,
      const char     *closing_code,
      DeskOutcome     outcome,
      gint64          amount_cents,
      gint64          volunteer_id,
      gint64          mentor_id)
{
  return save (store, g_object_new (DESK_TYPE_CASE,
                                    "client-id", client_id, "problem-code", code, "title", "Help needed",
                                    "status", status, "opened-on", opened, "closed-on", closed,
                                    "closing-code", closing_code, "outcome", outcome,
                                    "amount-cents", amount_cents, "volunteer-id", volunteer_id,
                                    "mentor-id", mentor_id,
                                    "rejection-reason", status == DESK_CASE_STATUS_REJECTED
                                                        ? DESK_REJECTION_OVER_INCOME : DESK_REJECTION_NONE,
                                    NULL));
}

static gint64
entry (DeskStore  *store,
       gint64      case_id,
       gint64      volunteer_id,
       const char *worked_on,
       int         tenths,
       gint64      grant_id)
{
  return save (store, g_object_new (DESK_TYPE_TIME_ENTRY,
                                    "case-id", case_id, "volunteer-id", volunteer_id, "worked-on", worked_on,
                                    "tenths", tenths, "activity", "Work", "grant-id", grant_id, NULL));
}

static gint64
grant (DeskStore  *store,
       gint64      funder_id,
       const char *name,
       const char *number,
       const char *start,
       const char *end,
       gint64      rate,
       const char *categories,
       const char *counties,
       int         ceiling)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskGrant) record = g_object_new (DESK_TYPE_GRANT,
                                              "funder-id", funder_id, "name", name, "grant-number", number,
                                              "period-start", start, "period-end", end,
                                              "hour-value-cents", rate, "problem-categories", categories,
                                              "counties", counties, "income-ceiling-percent", ceiling, NULL);

  g_assert_true (desk_store_save_grant (store, record, &error));
  g_assert_no_error (error);
  return desk_record_get_id (DESK_RECORD (record));
}

static void
attribute (DeskStore  *store,
           gint64      case_id,
           gint64      grant_id,
           const char *reason)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (desk_store_attribute_case (store, case_id, grant_id, reason, &error));
  g_assert_no_error (error);
}

void
report_fixture_build (DeskStore     *store,
                      ReportFixture *ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskCase) archived = NULL;
  gint64 *c = ids->clients;
  gint64 *k = ids->cases;
  gint64 *g = ids->grants;
  gint64 *v = ids->volunteers;

  ids->funders[1] = save (store, g_object_new (DESK_TYPE_FUNDER, "name", "Tenant Justice Foundation",
                                               "contact", "Pat Lee, grants@tjf.example", NULL));
  ids->funders[2] = save (store, g_object_new (DESK_TYPE_FUNDER, "name", "County Bar Foundation", NULL));
  g[1] = grant (store, ids->funders[1], "Eviction Defense 2026", "TJF-26-001", "2025-07-01", "2026-06-30", 4000,
                "Housing, Family", "Fresno, Kern", 200);
  g[2] = grant (store, ids->funders[1], "Consumer Rescue", "", "2026-01-01", "2026-12-31", 0,
                "Consumer/Finance", "", 0);
  g[3] = grant (store, ids->funders[2], "General Support", "CBF-2025", "2025-01-01", "2026-12-31", 3000, "", "", 0);

  v[1] = save (store, g_object_new (DESK_TYPE_VOLUNTEER, "first-name", "Alice", "last-name", "Mentor",
                                    "is-mentor", TRUE, NULL));
  v[2] = save (store, g_object_new (DESK_TYPE_VOLUNTEER, "first-name", "Ben", "last-name", "Novice",
                                    "role", DESK_VOLUNTEER_LAW_STUDENT, NULL));
  v[3] = save (store, g_object_new (DESK_TYPE_VOLUNTEER, "first-name", "Cara", "last-name", "Solo", NULL));

  c[1] = client (store, "Maria", "Lopez", "1990-05-10", "Fresno", "Spanish", DESK_GENDER_FEMALE,
                 DESK_ETHNICITY_HISPANIC, DESK_ANSWER_NO, DESK_ANSWER_NO, 1, 2, 20000);
  c[2] = client (store, "John", "Smith", "1950-02-01", "Fresno", "English", DESK_GENDER_MALE,
                 DESK_ETHNICITY_WHITE, DESK_ANSWER_YES, DESK_ANSWER_YES, 2, 0, 30000);
  c[3] = client (store, "Ana", "Ruiz", NULL, "Kern", "Spanish", DESK_GENDER_FEMALE,
                 DESK_ETHNICITY_HISPANIC, DESK_ANSWER_NOT_ASKED, DESK_ANSWER_NOT_ASKED, 1, 0, 0);
  c[4] = client (store, "=HYPERLINK(\"http://x\",\"y\")", "Doe", "2010-01-01", "+1-555", "English",
                 DESK_GENDER_DECLINED, DESK_ETHNICITY_BLACK, DESK_ANSWER_DECLINED, DESK_ANSWER_NOT_ASKED,
                 1, 1, 10000);
  c[5] = client (store, "Lee", "Wong", "1985-12-31", "Tulare", "Cantonese", DESK_GENDER_NONBINARY,
                 DESK_ETHNICITY_ASIAN, DESK_ANSWER_NO, DESK_ANSWER_NOT_ASKED, 4, 0, 70000);
  c[6] = client (store, "Old", "Matter", "1970-01-01", "Fresno", "English", DESK_GENDER_MALE,
                 DESK_ETHNICITY_WHITE, DESK_ANSWER_NO, DESK_ANSWER_NO, 1, 0, 5000);

#define CLOSED DESK_CASE_STATUS_CLOSED
#define NONE DESK_OUTCOME_NONE
  k[1] = kase (store, c[1], "63", CLOSED, "2025-11-10", "2026-01-20", "B", DESK_OUTCOME_FAVOURABLE, 120000, v[2], v[1]);
  k[2] = kase (store, c[1], "37", DESK_CASE_STATUS_PLACED, "2026-02-01", NULL, NULL, NONE, 0, v[3], 0);
  k[3] = kase (store, c[2], "01", CLOSED, "2026-01-15", "2026-03-31", "F", DESK_OUTCOME_UNFAVOURABLE, 0, v[3], 0);
  k[4] = kase (store, c[3], "63", CLOSED, "2026-03-01", "2026-04-10", "IA", DESK_OUTCOME_FAVOURABLE, 50000, v[2], v[1]);
  k[5] = kase (store, c[4], "51", CLOSED, "2025-06-01", "2025-12-31", "A", DESK_OUTCOME_FAVOURABLE, 0, 0, 0);
  k[6] = kase (store, c[5], "37", DESK_CASE_STATUS_REJECTED, "2026-01-02", NULL, NULL, NONE, 0, 0, 0);
  k[7] = kase (store, c[4], "63", DESK_CASE_STATUS_INTAKE, "2026-03-15", NULL, NULL, NONE, 0, 0, 0);
  k[8] = kase (store, c[5], "71", CLOSED, "2025-12-01", "2026-02-28", "A", DESK_OUTCOME_OTHER, 0, v[1], 0);
  k[9] = kase (store, c[6], "95", CLOSED, "2024-01-01", "2024-02-01", "A", DESK_OUTCOME_FAVOURABLE, 0, 0, 0);
  /* Closed in the period on paper, without a code: the CSR's "no code". */
  k[10] = kase (store, c[2], "63", DESK_CASE_STATUS_OPEN, "2026-01-05", "2026-02-15", NULL, NONE, 0, 0, 0);
  k[11] = kase (store, c[1], "63", DESK_CASE_STATUS_OPEN, "2026-01-10", NULL, NULL, NONE, 0, v[1], 0);
#undef CLOSED
#undef NONE

  attribute (store, k[1], g[1], NULL);
  attribute (store, k[4], g[1], NULL);
  attribute (store, k[5], g[1], "Medical-legal partnership pilot");
  attribute (store, k[6], g[1], "Screened at the DV shelter");
  attribute (store, k[10], g[1], NULL);
  attribute (store, k[11], g[1], NULL);
  attribute (store, k[3], g[2], NULL);
  attribute (store, k[3], g[3], NULL);
  attribute (store, k[2], g[3], NULL);
  attribute (store, k[8], g[3], NULL);

  entry (store, k[1], v[2], "2025-12-15", 20, 0);
  entry (store, k[1], v[2], "2026-01-10", 15, 0);
  entry (store, k[1], v[1], "2026-01-12", 5, 0);
  entry (store, k[2], v[3], "2026-02-03", 30, 0);
  entry (store, k[3], v[3], "2026-01-20", 10, 0);          /* the case's own grant: G2 */
  entry (store, k[3], v[3], "2026-03-05", 25, g[3]);
  entry (store, k[4], v[2], "2026-03-02", 12, 0);
  entry (store, k[4], v[2], "2026-04-05", 8, 0);
  entry (store, k[7], v[3], "2026-03-20", 6, 0);           /* no grant at all */
  entry (store, k[8], v[1], "2026-02-10", 9, 0);
  entry (store, k[11], v[1], "2026-01-11", 40, 0);          /* its case gets archived */
  {
    g_autoptr(DeskTimeEntry) dropped = g_object_new (DESK_TYPE_TIME_ENTRY,
                                                     "case-id", k[2], "volunteer-id", v[3],
                                                     "worked-on", "2026-02-04", "tenths", 50,
                                                     "activity", "Entered twice", NULL);

    desk_test_save (store, dropped);
    g_assert_true (desk_store_archive (store, DESK_RECORD (dropped), &error));
  }

  archived = desk_store_get_case (store, k[11], &error);
  g_assert_no_error (error);
  g_assert_true (desk_store_archive (store, DESK_RECORD (archived), &error));
  g_assert_no_error (error);
}

void
report_fixture_params (DeskReportParams *params,
                       DeskReportScope   scope,
                       gint64            scope_id,
                       guint             threshold)
{
  desk_report_params_init (params);
  params->scope = scope;
  params->scope_id = scope_id;
  params->from = g_strdup (FIXTURE_FROM);
  params->to = g_strdup (FIXTURE_TO);
  params->default_hour_value_cents = FIXTURE_DEFAULT_RATE;
  params->suppression_threshold = threshold;
  params->clinic_name = g_strdup ("Valley Legal Aid");
}

void
report_test_setup (ReportTest *t,
                   const char *prefix)
{
  desk_test_store_open (&t->test, prefix);
  report_fixture_build (t->test.store, &t->ids);
  t->out = g_build_filename (t->test.dir, "out", NULL);
  g_assert_cmpint (g_mkdir (t->out, 0700), ==, 0);
}

void
report_test_teardown (ReportTest *t)
{
  g_clear_pointer (&t->out, g_free);
  desk_test_store_close (&t->test);
}

char *
report_test_listing (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}
