/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-enums.h"
#include "desk-record.h"

G_BEGIN_DECLS

#define DESK_TYPE_CLIENT (desk_client_get_type ())
G_DECLARE_FINAL_TYPE (DeskClient, desk_client, DESK, CLIENT, DeskRecord)

/** desk_client_new: an unsaved client whose intake date is today. */
DeskClient *desk_client_new (void);
const char *desk_client_get_first_name (DeskClient *self);
void desk_client_set_first_name (DeskClient *self, const char *first_name);
const char *desk_client_get_last_name (DeskClient *self);
void desk_client_set_last_name (DeskClient *self, const char *last_name);
const char *desk_client_get_birth_date (DeskClient *self);
void desk_client_set_birth_date (DeskClient *self, const char *birth_date);
const char *desk_client_get_phone (DeskClient *self);
void desk_client_set_phone (DeskClient *self, const char *phone);
const char *desk_client_get_email (DeskClient *self);
void desk_client_set_email (DeskClient *self, const char *email);
const char *desk_client_get_address (DeskClient *self);
void desk_client_set_address (DeskClient *self, const char *address);
const char *desk_client_get_county (DeskClient *self);
void desk_client_set_county (DeskClient *self, const char *county);
DeskContactMethod desk_client_get_contact_method (DeskClient *self);
void desk_client_set_contact_method (DeskClient *self, DeskContactMethod contact_method);
const char *desk_client_get_best_time (DeskClient *self);
void desk_client_set_best_time (DeskClient *self, const char *best_time);
const char *desk_client_get_language (DeskClient *self);
void desk_client_set_language (DeskClient *self, const char *language);
gboolean desk_client_get_interpreter_needed (DeskClient *self);
void desk_client_set_interpreter_needed (DeskClient *self, gboolean interpreter_needed);
int desk_client_get_household_adults (DeskClient *self);
void desk_client_set_household_adults (DeskClient *self, int household_adults);
int desk_client_get_household_children (DeskClient *self);
void desk_client_set_household_children (DeskClient *self, int household_children);
gint64 desk_client_get_annual_income_cents (DeskClient *self);
/** desk_client_set_annual_income_cents: the household's yearly income; setting it makes the income known. */
void desk_client_set_annual_income_cents (DeskClient *self, gint64 annual_income_cents);
/** desk_client_get_income_known: whether anyone gave the income; a new client's is not known, and is not screened. */
gboolean desk_client_get_income_known (DeskClient *self);
/** desk_client_set_income_known: FALSE when the income is not known (the amount goes back to 0). */
void desk_client_set_income_known (DeskClient *self, gboolean income_known);
DeskIncomeSource desk_client_get_income_sources (DeskClient *self);
void desk_client_set_income_sources (DeskClient *self, DeskIncomeSource income_sources);
const char *desk_client_get_intake_date (DeskClient *self);
void desk_client_set_intake_date (DeskClient *self, const char *intake_date);
DeskEligibilityException desk_client_get_eligibility_exception (DeskClient *self);
void desk_client_set_eligibility_exception (DeskClient *self, DeskEligibilityException eligibility_exception);
DeskGender desk_client_get_gender (DeskClient *self);
void desk_client_set_gender (DeskClient *self, DeskGender gender);
DeskEthnicity desk_client_get_ethnicity (DeskClient *self);
void desk_client_set_ethnicity (DeskClient *self, DeskEthnicity ethnicity);
DeskAnswer desk_client_get_veteran (DeskClient *self);
void desk_client_set_veteran (DeskClient *self, DeskAnswer veteran);
DeskAnswer desk_client_get_disability (DeskClient *self);
void desk_client_set_disability (DeskClient *self, DeskAnswer disability);
DeskCitizenship desk_client_get_citizenship (DeskClient *self);
void desk_client_set_citizenship (DeskClient *self, DeskCitizenship citizenship);
const char *desk_client_get_referral_source (DeskClient *self);
void desk_client_set_referral_source (DeskClient *self, const char *referral_source);
const char *desk_client_get_notes (DeskClient *self);
void desk_client_set_notes (DeskClient *self, const char *notes);
int desk_client_get_open_cases (DeskClient *self);
/** desk_client_get_poverty_percent: household income as a whole % of the guideline for the store's region, -1 when no guideline applies or the income is not known (derived). */
int desk_client_get_poverty_percent (DeskClient *self);

/** desk_client_get_full_name: "First Last" as people say it (free with g_free). */
char *desk_client_get_full_name (DeskClient *self);

G_END_DECLS
