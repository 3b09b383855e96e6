/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-grant"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-error.h"
#include "desk-grant.h"

struct _DeskGrant
{
  DeskRecord  parent_instance;

  gint64      funder_id;
  char       *name;
  char       *grant_number;
  char       *period_start;
  char       *period_end;
  gint64      hour_value_cents;
  char       *problem_categories;
  char       *counties;
  int         income_ceiling_percent;
  char       *notes;
};

G_DEFINE_FINAL_TYPE (DeskGrant, desk_grant, DESK_TYPE_RECORD)

/* The ceiling takes any int so that validation, not the property, names a
 * wrong value. */
static const DeskField fields[] = {
  DESK_FIELD_REF (DeskGrant, funder_id, "funder-id"),
  DESK_FIELD_TEXT (DeskGrant, name, "name"),
  DESK_FIELD_TEXT (DeskGrant, grant_number, "grant-number"),
  DESK_FIELD_DATE (DeskGrant, period_start, "period-start"),
  DESK_FIELD_DATE (DeskGrant, period_end, "period-end"),
  DESK_FIELD_MONEY (DeskGrant, hour_value_cents, "hour-value-cents"),
  DESK_FIELD_TEXT (DeskGrant, problem_categories, "problem-categories"),
  DESK_FIELD_TEXT (DeskGrant, counties, "counties"),
  DESK_FIELD_INT (DeskGrant, income_ceiling_percent, "income-ceiling-percent", G_MININT, G_MAXINT, 0),
  DESK_FIELD_TEXT (DeskGrant, notes, "notes"),
};

GStrv
desk_grant_split_list (const char *list)
{
  g_auto(GStrv) parts = NULL;

  if (desk_text_is_blank (list))
    return g_new0 (char *, 1);

  parts = g_strsplit (list, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    g_strstrip (parts[i]);
  return g_steal_pointer (&parts);
}

/* A list of restrictions names every entry once, none of them blank. */
static void
check_list (GPtrArray  *problems,
            const char *field,
            const char *list,
            const char *blank_message,
            const char *twice_format)
{
  g_auto(GStrv) entries = desk_grant_split_list (list);

  for (guint i = 0; entries[i] != NULL; i++)
    {
      if (entries[i][0] == '\0')
        {
          desk_problems_add (problems, field, "%s", blank_message);
          return;
        }
      for (guint j = 0; j < i; j++)
        if (g_utf8_collate (entries[i], entries[j]) == 0 || g_ascii_strcasecmp (entries[i], entries[j]) == 0)
          {
            desk_problems_add (problems, field, twice_format, entries[i]);
            return;
          }
    }
}

static void
desk_grant_validate (DeskRecord *record,
                     GPtrArray  *problems)
{
  DeskGrant *self = DESK_GRANT (record);
  gboolean start_valid = desk_date_is_valid (self->period_start);
  gboolean end_valid = desk_date_is_valid (self->period_end);

  if (self->funder_id <= 0)
    desk_problems_add (problems, "funder-id", _("Choose the funder of this grant."));
  if (desk_text_is_blank (self->name))
    desk_problems_add (problems, "name", _("The grant needs a name."));
  if (!start_valid)
    desk_problems_add (problems, "period-start", _("The start of the grant period is missing or not a real date."));
  if (!end_valid)
    desk_problems_add (problems, "period-end", _("The end of the grant period is missing or not a real date."));
  else if (start_valid && strcmp (self->period_end, self->period_start) < 0)
    desk_problems_add (problems, "period-end", _("The grant period ends before it starts."));
  if (self->hour_value_cents < 0)
    desk_problems_add (problems, "hour-value-cents", _("The value of a volunteer hour cannot be negative."));
  if (self->income_ceiling_percent != 0 &&
      (self->income_ceiling_percent < DESK_GRANT_CEILING_MIN || self->income_ceiling_percent > DESK_GRANT_CEILING_MAX))
    desk_problems_add (problems, "income-ceiling-percent",
                       _("The income ceiling must be from %d%% to %d%% of the poverty guideline, or 0 for none."),
                       DESK_GRANT_CEILING_MIN, DESK_GRANT_CEILING_MAX);
  check_list (problems, "problem-categories", self->problem_categories,
              _("The list of problem categories has an empty entry; separate categories with commas."),
              _("The problem category “%s” is listed twice."));
  check_list (problems, "counties", self->counties,
              _("The list of counties has an empty entry; separate counties with commas."),
              _("The county “%s” is listed twice."));
}

static void
desk_grant_class_init (DeskGrantClass *klass)
{
  DeskRecordClass *record_class = DESK_RECORD_CLASS (klass);

  record_class->entity = "grant";
  record_class->validate = desk_grant_validate;
  desk_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
desk_grant_init (DeskGrant *self)
{
}

DeskGrant *
desk_grant_new (gint64 hour_value_cents)
{
  return g_object_new (DESK_TYPE_GRANT, "hour-value-cents", hour_value_cents, NULL);
}

/* "Fresno County", "fresno" and " FRESNO " name the same county. */
static char *
county_key (const char *county)
{
  g_autofree char *folded = g_utf8_casefold (county, -1);

  g_strstrip (folded);
  if (g_str_has_suffix (folded, " county"))
    folded[strlen (folded) - strlen (" county")] = '\0';
  return g_strdup (g_strstrip (folded));
}

static gboolean
list_contains (GStrv        entries,
               const char  *value,
               char      *(*key) (const char *))
{
  g_autofree char *wanted = key (value);

  for (guint i = 0; entries[i] != NULL; i++)
    {
      g_autofree char *entry = key (entries[i]);

      if (strcmp (entry, wanted) == 0)
        return TRUE;
    }
  return FALSE;
}

static char *
category_key (const char *category)
{
  g_autofree char *folded = g_utf8_casefold (category, -1);

  return g_strdup (g_strstrip (folded));
}

gboolean
desk_grant_check_case (DeskGrant                 *self,
                       const DeskGrantCaseFacts  *facts,
                       GError                   **error)
{
  g_autoptr(GString) failures = g_string_new (NULL);
  g_auto(GStrv) categories = NULL;
  g_auto(GStrv) counties = NULL;
  g_autofree char *allowed = NULL;

  g_return_val_if_fail (DESK_IS_GRANT (self), FALSE);
  g_return_val_if_fail (facts != NULL, FALSE);

#define FAIL(...) G_STMT_START {                                   \
    if (failures->len > 0)                                         \
      g_string_append_c (failures, ' ');                           \
    g_string_append_printf (failures, __VA_ARGS__);                \
  } G_STMT_END

  categories = desk_grant_split_list (self->problem_categories);
  if (categories[0] != NULL && !list_contains (categories, facts->category != NULL ? facts->category : "", category_key))
    {
      allowed = g_strjoinv (", ", categories);
      FAIL (_("The grant “%s” funds only %s cases, and this is a %s case."),
            self->name, allowed, facts->category != NULL && *facts->category != '\0' ? facts->category : _("uncategorized"));
      g_clear_pointer (&allowed, g_free);
    }

  counties = desk_grant_split_list (self->counties);
  if (counties[0] != NULL)
    {
      allowed = g_strjoinv (", ", counties);
      if (facts->county == NULL || desk_text_is_blank (facts->county))
        FAIL (_("The grant “%s” serves clients of %s only, and the client’s county is not recorded."),
              self->name, allowed);
      else if (!list_contains (counties, facts->county, county_key))
        FAIL (_("The grant “%s” serves clients of %s only, and the client lives in %s."),
              self->name, allowed, facts->county);
    }

  if (self->income_ceiling_percent > 0)
    {
      if (facts->poverty_percent < 0)
        FAIL (_("The grant “%s” serves households up to %d%% of the poverty guideline, and this household’s income is not known."),
              self->name, self->income_ceiling_percent);
      else if (facts->poverty_percent > self->income_ceiling_percent)
        FAIL (_("The grant “%s” serves households up to %d%% of the poverty guideline, and this household is at %d%%."),
              self->name, self->income_ceiling_percent, facts->poverty_percent);
    }

  if (self->period_start != NULL && facts->closed_on != NULL && strcmp (facts->closed_on, self->period_start) < 0)
    FAIL (_("The case was closed on %s, before the grant “%s” began on %s."),
          facts->closed_on, self->name, self->period_start);
  if (self->period_end != NULL && facts->opened_on != NULL && strcmp (facts->opened_on, self->period_end) > 0)
    FAIL (_("The case was opened on %s, after the grant “%s” ended on %s."),
          facts->opened_on, self->name, self->period_end);

#undef FAIL

  if (failures->len == 0)
    return TRUE;
  return desk_invalid (error, "grant-id", "%s", failures->str);
}

gint64
desk_grant_get_funder_id (DeskGrant *self)
{
  g_return_val_if_fail (DESK_IS_GRANT (self), 0);
  return self->funder_id;
}

void
desk_grant_set_funder_id (DeskGrant *self,
                          gint64     funder_id)
{
  g_return_if_fail (DESK_IS_GRANT (self));
  g_object_set (self, "funder-id", funder_id, NULL);
}

const char *
desk_grant_get_name (DeskGrant *self)
{
  g_return_val_if_fail (DESK_IS_GRANT (self), NULL);
  return self->name;
}

void
desk_grant_set_name (DeskGrant  *self,
                     const char *name)
{
  g_return_if_fail (DESK_IS_GRANT (self));
  g_object_set (self, "name", name, NULL);
}

const char *
desk_grant_get_grant_number (DeskGrant *self)
{
  g_return_val_if_fail (DESK_IS_GRANT (self), NULL);
  return self->grant_number;
}

void
desk_grant_set_grant_number (DeskGrant  *self,
                             const char *grant_number)
{
  g_return_if_fail (DESK_IS_GRANT (self));
  g_object_set (self, "grant-number", grant_number, NULL);
}

const char *
desk_grant_get_period_start (DeskGrant *self)
{
  g_return_val_if_fail (DESK_IS_GRANT (self), NULL);
  return self->period_start;
}

void
desk_grant_set_period_start (DeskGrant  *self,
                             const char *period_start)
{
  g_return_if_fail (DESK_IS_GRANT (self));
  g_object_set (self, "period-start", period_start, NULL);
}

const char *
desk_grant_get_period_end (DeskGrant *self)
{
  g_return_val_if_fail (DESK_IS_GRANT (self), NULL);
  return self->period_end;
}

void
desk_grant_set_period_end (DeskGrant  *self,
                           const char *period_end)
{
  g_return_if_fail (DESK_IS_GRANT (self));
  g_object_set (self, "period-end", period_end, NULL);
}

gint64
desk_grant_get_hour_value_cents (DeskGrant *self)
{
  g_return_val_if_fail (DESK_IS_GRANT (self), 0);
  return self->hour_value_cents;
}

void
desk_grant_set_hour_value_cents (DeskGrant *self,
                                 gint64     hour_value_cents)
{
  g_return_if_fail (DESK_IS_GRANT (self));
  g_object_set (self, "hour-value-cents", hour_value_cents, NULL);
}

const char *
desk_grant_get_problem_categories (DeskGrant *self)
{
  g_return_val_if_fail (DESK_IS_GRANT (self), NULL);
  return self->problem_categories;
}

void
desk_grant_set_problem_categories (DeskGrant  *self,
                                   const char *problem_categories)
{
  g_return_if_fail (DESK_IS_GRANT (self));
  g_object_set (self, "problem-categories", problem_categories, NULL);
}

const char *
desk_grant_get_counties (DeskGrant *self)
{
  g_return_val_if_fail (DESK_IS_GRANT (self), NULL);
  return self->counties;
}

void
desk_grant_set_counties (DeskGrant  *self,
                         const char *counties)
{
  g_return_if_fail (DESK_IS_GRANT (self));
  g_object_set (self, "counties", counties, NULL);
}

int
desk_grant_get_income_ceiling_percent (DeskGrant *self)
{
  g_return_val_if_fail (DESK_IS_GRANT (self), 0);
  return self->income_ceiling_percent;
}

void
desk_grant_set_income_ceiling_percent (DeskGrant *self,
                                       int        income_ceiling_percent)
{
  g_return_if_fail (DESK_IS_GRANT (self));
  g_object_set (self, "income-ceiling-percent", income_ceiling_percent, NULL);
}

const char *
desk_grant_get_notes (DeskGrant *self)
{
  g_return_val_if_fail (DESK_IS_GRANT (self), NULL);
  return self->notes;
}

void
desk_grant_set_notes (DeskGrant  *self,
                      const char *notes)
{
  g_return_if_fail (DESK_IS_GRANT (self));
  g_object_set (self, "notes", notes, NULL);
}
