/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-client"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-error.h"
#include "desk-client.h"
#include "desk-eligibility.h"
#include "desk-money.h"

struct _DeskClient
{
  DeskRecord               parent_instance;

  char                    *first_name;
  char                    *last_name;
  char                    *birth_date;
  char                    *phone;
  char                    *email;
  char                    *address;
  char                    *county;
  DeskContactMethod        contact_method;
  char                    *best_time;
  char                    *language;
  gboolean                 interpreter_needed;
  int                      household_adults;
  int                      household_children;
  gint64                   annual_income_cents;
  gboolean                 income_known;
  DeskIncomeSource         income_sources;
  char                    *intake_date;
  DeskEligibilityException eligibility_exception;
  DeskGender               gender;
  DeskEthnicity            ethnicity;
  DeskAnswer               veteran;
  DeskAnswer               disability;
  DeskCitizenship          citizenship;
  char                    *referral_source;
  char                    *notes;
  int                      open_cases;
  int                      poverty_percent;
};

G_DEFINE_FINAL_TYPE (DeskClient, desk_client, DESK_TYPE_RECORD)

/* The property setter every record shares; DeskClient adds to it. */
static GObjectSetPropertyFunc field_set_property;

/* One property per column; see DeskField.  Derived fields are filled
 * by the store for lists and never saved. */
static const DeskField fields[] = {
  DESK_FIELD_TEXT (DeskClient, first_name, "first-name"),
  DESK_FIELD_TEXT (DeskClient, last_name, "last-name"),
  DESK_FIELD_DATE (DeskClient, birth_date, "birth-date"),
  DESK_FIELD_TEXT (DeskClient, phone, "phone"),
  DESK_FIELD_TEXT (DeskClient, email, "email"),
  DESK_FIELD_MULTI_LINE (DeskClient, address, "address"),
  DESK_FIELD_TEXT (DeskClient, county, "county"),
  DESK_FIELD_ENUM (DeskClient, contact_method, "contact-method", desk_contact_method_get_type, DESK_CONTACT_PHONE),
  DESK_FIELD_TEXT (DeskClient, best_time, "best-time"),
  DESK_FIELD_TEXT (DeskClient, language, "language"),
  DESK_FIELD_BOOL (DeskClient, interpreter_needed, "interpreter-needed"),
  DESK_FIELD_INT (DeskClient, household_adults, "household-adults", 0, G_MAXINT, 1),
  DESK_FIELD_INT (DeskClient, household_children, "household-children", 0, G_MAXINT, 0),
  DESK_FIELD_MONEY (DeskClient, annual_income_cents, "annual-income-cents"),
  DESK_FIELD_BOOL (DeskClient, income_known, "income-known"),
  DESK_FIELD_FLAGS (DeskClient, income_sources, "income-sources", desk_income_source_get_type),
  DESK_FIELD_DATE_TODAY (DeskClient, intake_date, "intake-date"),
  DESK_FIELD_ENUM (DeskClient, eligibility_exception, "eligibility-exception", desk_eligibility_exception_get_type, DESK_EXCEPTION_NONE),
  DESK_FIELD_ENUM (DeskClient, gender, "gender", desk_gender_get_type, DESK_GENDER_NOT_ASKED),
  DESK_FIELD_ENUM (DeskClient, ethnicity, "ethnicity", desk_ethnicity_get_type, DESK_ETHNICITY_NOT_ASKED),
  DESK_FIELD_ENUM (DeskClient, veteran, "veteran", desk_answer_get_type, DESK_ANSWER_NOT_ASKED),
  DESK_FIELD_ENUM (DeskClient, disability, "disability", desk_answer_get_type, DESK_ANSWER_NOT_ASKED),
  DESK_FIELD_ENUM (DeskClient, citizenship, "citizenship", desk_citizenship_get_type, DESK_CITIZENSHIP_NOT_ASKED),
  DESK_FIELD_TEXT (DeskClient, referral_source, "referral-source"),
  DESK_FIELD_MULTI_LINE (DeskClient, notes, "notes"),
  DESK_FIELD_DERIVED_INT (DeskClient, open_cases, "open-cases"),
  DESK_FIELD_DERIVED_INT (DeskClient, poverty_percent, "poverty-percent"),
};

static void
desk_client_validate (DeskRecord *record,
                      GPtrArray  *problems)
{
  DeskClient *self = DESK_CLIENT (record);
  g_autofree char *today = desk_today_iso ();
  gboolean intake_valid = desk_date_is_valid (self->intake_date);

  if (desk_text_is_blank (self->first_name))
    desk_problems_add (problems, "first-name", _("The client’s first name is missing."));
  if (desk_text_is_blank (self->last_name))
    desk_problems_add (problems, "last-name", _("The client’s last name is missing."));
  if (self->birth_date != NULL && !desk_date_is_valid (self->birth_date))
    desk_problems_add (problems, "birth-date",
                       _("The date of birth “%s” is not a real date; write it as YYYY-MM-DD."), self->birth_date);
  else if (self->birth_date != NULL && strcmp (self->birth_date, today) > 0)
    desk_problems_add (problems, "birth-date", _("The date of birth is in the future."));
  else if (self->birth_date != NULL && intake_valid && strcmp (self->birth_date, self->intake_date) > 0)
    desk_problems_add (problems, "birth-date", _("The date of birth is after the intake date."));
  if (self->email[0] != '\0' && !desk_email_is_valid (self->email))
    desk_problems_add (problems, "email", _("The e-mail address “%s” is not valid."), self->email);
  if (!intake_valid)
    desk_problems_add (problems, "intake-date", _("The intake date is missing or not a real date."));
  else if (strcmp (self->intake_date, today) > 0)
    desk_problems_add (problems, "intake-date", _("The intake date is in the future."));

  if (self->household_adults < 1)
    desk_problems_add (problems, "household-adults", _("A household has at least one adult."));
  else if (self->household_adults > DESK_HOUSEHOLD_MAX)
    desk_problems_add (problems, "household-adults",
                       _("A household of more than %d adults cannot be right; check the number."), DESK_HOUSEHOLD_MAX);
  if (self->household_children > DESK_HOUSEHOLD_MAX)
    desk_problems_add (problems, "household-children",
                       _("A household of more than %d children cannot be right; check the number."), DESK_HOUSEHOLD_MAX);
  else if ((gint64) self->household_adults + self->household_children > DESK_HOUSEHOLD_MAX)
    desk_problems_add (problems, "household-children",
                       _("A household of more than %d people cannot be right; check the numbers."), DESK_HOUSEHOLD_MAX);

  if (self->annual_income_cents < 0)
    desk_problems_add (problems, "annual-income-cents", _("The household income cannot be negative."));
  else if (self->annual_income_cents > DESK_INCOME_MAX_CENTS)
    {
      g_autofree char *most = desk_format_money (DESK_INCOME_MAX_CENTS);
      desk_problems_add (problems, "annual-income-cents",
                         _("The household income is more than %s a year; check the amount."), most);
    }
}

/* Typing an amount is knowing the income; saying it is not known clears
 * the amount, so the file never holds a figure nobody gave. */
static void
desk_client_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DeskClient *self = DESK_CLIENT (object);

  field_set_property (object, prop_id, value, pspec);

  if (g_str_equal (pspec->name, "annual-income-cents") && !self->income_known)
    {
      self->income_known = TRUE;
      g_object_notify (object, "income-known");
    }
  else if (g_str_equal (pspec->name, "income-known") && !self->income_known && self->annual_income_cents != 0)
    {
      self->annual_income_cents = 0;
      g_object_notify (object, "annual-income-cents");
    }
}

static void
desk_client_class_init (DeskClientClass *klass)
{
  DeskRecordClass *record_class = DESK_RECORD_CLASS (klass);
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  record_class->entity = "client";
  record_class->validate = desk_client_validate;
  desk_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));

  field_set_property = object_class->set_property;
  object_class->set_property = desk_client_set_property;
}

static void
desk_client_init (DeskClient *self)
{
}

DeskClient *
desk_client_new (void)
{
  return g_object_new (DESK_TYPE_CLIENT, NULL);
}

const char *
desk_client_get_first_name (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), NULL);
  return self->first_name;
}

void
desk_client_set_first_name (DeskClient *self,
                            const char *first_name)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "first-name", first_name, NULL);
}

const char *
desk_client_get_last_name (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), NULL);
  return self->last_name;
}

void
desk_client_set_last_name (DeskClient *self,
                           const char *last_name)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "last-name", last_name, NULL);
}

const char *
desk_client_get_birth_date (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), NULL);
  return self->birth_date;
}

void
desk_client_set_birth_date (DeskClient *self,
                            const char *birth_date)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "birth-date", birth_date, NULL);
}

const char *
desk_client_get_phone (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), NULL);
  return self->phone;
}

void
desk_client_set_phone (DeskClient *self,
                       const char *phone)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "phone", phone, NULL);
}

const char *
desk_client_get_email (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), NULL);
  return self->email;
}

void
desk_client_set_email (DeskClient *self,
                       const char *email)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "email", email, NULL);
}

const char *
desk_client_get_address (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), NULL);
  return self->address;
}

void
desk_client_set_address (DeskClient *self,
                         const char *address)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "address", address, NULL);
}

const char *
desk_client_get_county (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), NULL);
  return self->county;
}

void
desk_client_set_county (DeskClient *self,
                        const char *county)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "county", county, NULL);
}

DeskContactMethod
desk_client_get_contact_method (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), 0);
  return self->contact_method;
}

void
desk_client_set_contact_method (DeskClient *self,
                                DeskContactMethod contact_method)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "contact-method", contact_method, NULL);
}

const char *
desk_client_get_best_time (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), NULL);
  return self->best_time;
}

void
desk_client_set_best_time (DeskClient *self,
                           const char *best_time)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "best-time", best_time, NULL);
}

const char *
desk_client_get_language (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), NULL);
  return self->language;
}

void
desk_client_set_language (DeskClient *self,
                          const char *language)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "language", language, NULL);
}

gboolean
desk_client_get_interpreter_needed (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), 0);
  return self->interpreter_needed;
}

void
desk_client_set_interpreter_needed (DeskClient *self,
                                    gboolean interpreter_needed)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "interpreter-needed", interpreter_needed, NULL);
}

int
desk_client_get_household_adults (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), 0);
  return self->household_adults;
}

void
desk_client_set_household_adults (DeskClient *self,
                                  int household_adults)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "household-adults", household_adults, NULL);
}

int
desk_client_get_household_children (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), 0);
  return self->household_children;
}

void
desk_client_set_household_children (DeskClient *self,
                                    int household_children)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "household-children", household_children, NULL);
}

gint64
desk_client_get_annual_income_cents (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), 0);
  return self->annual_income_cents;
}

void
desk_client_set_annual_income_cents (DeskClient *self,
                                     gint64 annual_income_cents)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "annual-income-cents", annual_income_cents, NULL);
}

gboolean
desk_client_get_income_known (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), FALSE);
  return self->income_known;
}

void
desk_client_set_income_known (DeskClient *self,
                              gboolean    income_known)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "income-known", income_known, NULL);
}

DeskIncomeSource
desk_client_get_income_sources (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), 0);
  return self->income_sources;
}

void
desk_client_set_income_sources (DeskClient *self,
                                DeskIncomeSource income_sources)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "income-sources", income_sources, NULL);
}

const char *
desk_client_get_intake_date (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), NULL);
  return self->intake_date;
}

void
desk_client_set_intake_date (DeskClient *self,
                             const char *intake_date)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "intake-date", intake_date, NULL);
}

DeskEligibilityException
desk_client_get_eligibility_exception (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), 0);
  return self->eligibility_exception;
}

void
desk_client_set_eligibility_exception (DeskClient *self,
                                       DeskEligibilityException eligibility_exception)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "eligibility-exception", eligibility_exception, NULL);
}

DeskGender
desk_client_get_gender (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), 0);
  return self->gender;
}

void
desk_client_set_gender (DeskClient *self,
                        DeskGender gender)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "gender", gender, NULL);
}

DeskEthnicity
desk_client_get_ethnicity (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), 0);
  return self->ethnicity;
}

void
desk_client_set_ethnicity (DeskClient *self,
                           DeskEthnicity ethnicity)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "ethnicity", ethnicity, NULL);
}

DeskAnswer
desk_client_get_veteran (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), 0);
  return self->veteran;
}

void
desk_client_set_veteran (DeskClient *self,
                         DeskAnswer veteran)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "veteran", veteran, NULL);
}

DeskAnswer
desk_client_get_disability (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), 0);
  return self->disability;
}

void
desk_client_set_disability (DeskClient *self,
                            DeskAnswer disability)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "disability", disability, NULL);
}

DeskCitizenship
desk_client_get_citizenship (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), 0);
  return self->citizenship;
}

void
desk_client_set_citizenship (DeskClient *self,
                             DeskCitizenship citizenship)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "citizenship", citizenship, NULL);
}

const char *
desk_client_get_referral_source (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), NULL);
  return self->referral_source;
}

void
desk_client_set_referral_source (DeskClient *self,
                                 const char *referral_source)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "referral-source", referral_source, NULL);
}

const char *
desk_client_get_notes (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), NULL);
  return self->notes;
}

void
desk_client_set_notes (DeskClient *self,
                       const char *notes)
{
  g_return_if_fail (DESK_IS_CLIENT (self));
  g_object_set (self, "notes", notes, NULL);
}

int
desk_client_get_open_cases (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), 0);
  return self->open_cases;
}

int
desk_client_get_poverty_percent (DeskClient *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT (self), -1);
  return self->poverty_percent;
}

char *
desk_client_get_full_name (DeskClient *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (DESK_IS_CLIENT (self), NULL);

  /* TRANSLATORS: a person's name: first name, then last name */
  name = g_strdup_printf (_("%s %s"), self->first_name, self->last_name);
  return g_strdup (g_strstrip (name));
}
