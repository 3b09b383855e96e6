/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The hand-built clinic whose report figures are known: five clients
 * served in the first quarter of 2026, eleven cases, three grants of two
 * funders, twelve time entries.  test-reports-figures.c lists what every
 * figure must be and why. */

#include "desk-report-params.h"
#include "desk-store-grants.h"
#include "desk-test.h"

G_BEGIN_DECLS

#define FIXTURE_FROM         "2026-01-01"
#define FIXTURE_TO           "2026-03-31"
#define FIXTURE_DEFAULT_RATE 2500

typedef struct
{
  gint64 funders[3];      /* 1: Tenant Justice Foundation, 2: County Bar Foundation */
  gint64 grants[4];       /* 1: Eviction Defense 2026, 2: Consumer Rescue, 3: General Support */
  gint64 volunteers[4];   /* 1: Alice Mentor, 2: Ben Novice, 3: Cara Solo */
  gint64 clients[7];
  gint64 cases[12];       /* cases[n] is case Kn of the notes */
} ReportFixture;

/* A test's store with the known clinic, and an empty folder for workbooks. */
typedef struct
{
  DeskTestStore  test;
  ReportFixture  ids;
  char          *out;
} ReportTest;

/** report_test_setup: a new database named after @prefix, filled with the known clinic, and the folder out/ beside it. */
void  report_test_setup    (ReportTest       *t,
                            const char       *prefix);
void  report_test_teardown (ReportTest       *t);
/** report_test_listing: the names in @folder, sorted, joined by spaces. */
char *report_test_listing  (const char       *folder);

/** report_fixture_build: fills @store with the known clinic. */
void report_fixture_build       (DeskStore        *store,
                                 ReportFixture    *ids);
/** report_fixture_params: the first quarter of 2026 for @scope, default rate, no suppression unless @threshold. */
void report_fixture_params      (DeskReportParams *params,
                                 DeskReportScope   scope,
                                 gint64            scope_id,
                                 guint             threshold);

G_END_DECLS
