/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-record.h"

G_BEGIN_DECLS

#define DESK_TYPE_GRANT (desk_grant_get_type ())
G_DECLARE_FINAL_TYPE (DeskGrant, desk_grant, DESK, GRANT, DeskRecord)

/* The income ceiling a grant may set, in % of the poverty guideline. */
#define DESK_GRANT_CEILING_MIN 100
#define DESK_GRANT_CEILING_MAX 1000

/**
 * DeskGrantCaseFacts:
 * @category: the LSC problem category of the case ("Housing")
 * @county: the client's county, "" when not recorded
 * @poverty_percent: the household's income in % of the guideline, -1 when unknown
 * @opened_on: the case's opening date (YYYY-MM-DD)
 * @closed_on: its closing date, or NULL while it is open
 *
 * What a grant's restrictions are checked against (see desk_grant_check_case()).
 */
typedef struct
{
  const char *category;
  const char *county;
  int         poverty_percent;
  const char *opened_on;
  const char *closed_on;
} DeskGrantCaseFacts;

/** desk_grant_new: an unsaved grant; @hour_value_cents is the clinic's default value of a volunteer hour (a setting). */
DeskGrant  *desk_grant_new                        (gint64      hour_value_cents);
gint64      desk_grant_get_funder_id              (DeskGrant  *self);
void        desk_grant_set_funder_id              (DeskGrant  *self,
                                                   gint64      funder_id);
const char *desk_grant_get_name                   (DeskGrant  *self);
void        desk_grant_set_name                   (DeskGrant  *self,
                                                   const char *name);
const char *desk_grant_get_grant_number           (DeskGrant  *self);
void        desk_grant_set_grant_number           (DeskGrant  *self,
                                                   const char *grant_number);
const char *desk_grant_get_period_start           (DeskGrant  *self);
void        desk_grant_set_period_start           (DeskGrant  *self,
                                                   const char *period_start);
const char *desk_grant_get_period_end             (DeskGrant  *self);
void        desk_grant_set_period_end             (DeskGrant  *self,
                                                   const char *period_end);
/** desk_grant_get_hour_value_cents: what a volunteer hour charged to the grant is worth; 0 means the clinic's default applies. */
gint64      desk_grant_get_hour_value_cents       (DeskGrant  *self);
void        desk_grant_set_hour_value_cents       (DeskGrant  *self,
                                                   gint64      hour_value_cents);
/** desk_grant_get_problem_categories: the LSC problem categories the grant funds, separated by commas; "" for any. */
const char *desk_grant_get_problem_categories     (DeskGrant  *self);
void        desk_grant_set_problem_categories     (DeskGrant  *self,
                                                   const char *problem_categories);
/** desk_grant_get_counties: the counties whose residents the grant serves, separated by commas; "" for any. */
const char *desk_grant_get_counties               (DeskGrant  *self);
void        desk_grant_set_counties               (DeskGrant  *self,
                                                   const char *counties);
/** desk_grant_get_income_ceiling_percent: the highest household income served, in % of the poverty guideline; 0 for no ceiling. */
int         desk_grant_get_income_ceiling_percent (DeskGrant  *self);
void        desk_grant_set_income_ceiling_percent (DeskGrant  *self,
                                                   int         income_ceiling_percent);
const char *desk_grant_get_notes                  (DeskGrant  *self);
void        desk_grant_set_notes                  (DeskGrant  *self,
                                                   const char *notes);

/** desk_grant_split_list: the trimmed entries of a list separated by commas, empty ones included (free with g_strfreev). */
GStrv       desk_grant_split_list                 (const char *list);
/** desk_grant_check_case: whether a case with @facts meets every restriction of @self; the INVALID error (field "grant-id") names each one it fails. */
gboolean    desk_grant_check_case                 (DeskGrant                *self,
                                                   const DeskGrantCaseFacts *facts,
                                                   GError                  **error);

G_END_DECLS
