/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whose work a report covers. */
typedef enum
{
  DESK_REPORT_SCOPE_CLINIC,   /* every case and every hour */
  DESK_REPORT_SCOPE_FUNDER,   /* cases attributed to, and hours charged to, any grant of one funder */
  DESK_REPORT_SCOPE_GRANT,    /* cases attributed to, and hours charged to, one grant */
} DeskReportScope;

/* The sheets of the workbook; About this report is always written. */
typedef enum
{
  DESK_REPORT_SHEET_SUMMARY         = 1 << 0,
  DESK_REPORT_SHEET_CSR             = 1 << 1,
  DESK_REPORT_SHEET_CLOSING_CODES   = 1 << 2,
  DESK_REPORT_SHEET_CASES           = 1 << 3,
  DESK_REPORT_SHEET_VOLUNTEER_HOURS = 1 << 4,
  DESK_REPORT_SHEET_OUTCOMES        = 1 << 5,
  DESK_REPORT_SHEET_MENTORSHIP      = 1 << 6,
  DESK_REPORT_SHEET_DEMOGRAPHICS    = 1 << 7,
  DESK_REPORT_SHEET_ALL             = (1 << 8) - 1,
} DeskReportSheets;

/* Counts from 1 to this − 1 are shown as "<5" unless the caller says otherwise. */
#define DESK_REPORT_DEFAULT_THRESHOLD 5

/**
 * DeskReportParams:
 * @scope: the clinic, a funder or a grant
 * @scope_id: the funder's or grant's id; 0 for the clinic
 * @from: the first day of the period (YYYY-MM-DD, inclusive)
 * @to: the last day of the period (inclusive)
 * @default_hour_value_cents: what a volunteer hour is worth when it is
 *   charged to no grant or to a grant without its own rate (the clinic's
 *   setting); 0 leaves such hours unvalued
 * @suppression_threshold: counts of clients from 1 to @suppression_threshold − 1
 *   are shown as "<threshold"; 0 turns small-cell suppression off
 * @include_names: whether the Cases sheet carries client names, addresses
 *   and dates of birth (with a warning row); off unless asked for
 * @clinic_name: shown on the Summary and as the workbook's author
 * @sheets: which sheets to write (DESK_REPORT_SHEET_ALL by default)
 *
 * What a report covers.  Strings are owned (desk_report_params_clear frees them).
 */
typedef struct
{
  DeskReportScope   scope;
  gint64            scope_id;
  char             *from;
  char             *to;
  gint64            default_hour_value_cents;
  guint             suppression_threshold;
  gboolean          include_names;
  char             *clinic_name;
  DeskReportSheets  sheets;
} DeskReportParams;

/** desk_report_params_init: the whole clinic, no period yet, suppression below 5, no names, every sheet. */
void              desk_report_params_init     (DeskReportParams       *params);
/** desk_report_params_clear: frees the strings of @params. */
void              desk_report_params_clear    (DeskReportParams       *params);
/** desk_report_params_copy: a deep copy (free with desk_report_params_free). */
DeskReportParams *desk_report_params_copy     (const DeskReportParams *params);
void              desk_report_params_free     (DeskReportParams       *params);
/** desk_report_params_validate: checks the period, scope, rate and threshold; the INVALID error names the field ("from", "to", "scope-id", …). */
gboolean          desk_report_params_validate (const DeskReportParams *params,
                                               GError                **error);
/** desk_report_scope_nick: "clinic", "funder" or "grant" (audit log and About sheet). */
const char       *desk_report_scope_nick      (DeskReportScope         scope);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DeskReportParams, desk_report_params_clear)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskReportParams, desk_report_params_free)

G_END_DECLS
