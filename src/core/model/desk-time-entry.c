/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-time-entry"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "desk-error.h"
#include "desk-time-entry.h"

struct _DeskTimeEntry
{
  DeskRecord               parent_instance;

  gint64                   case_id;
  gint64                   volunteer_id;
  char                    *worked_on;
  int                      tenths;
  char                    *activity;
  char                    *volunteer_name;
  gint64                   grant_id;
};

G_DEFINE_FINAL_TYPE (DeskTimeEntry, desk_time_entry, DESK_TYPE_RECORD)

/* One property per column; see DeskField.  Derived fields are filled
 * by the store for lists and never saved. */
static const DeskField fields[] = {
  DESK_FIELD_REF (DeskTimeEntry, case_id, "case-id"),
  DESK_FIELD_REF (DeskTimeEntry, volunteer_id, "volunteer-id"),
  DESK_FIELD_DATE_TODAY (DeskTimeEntry, worked_on, "worked-on"),
  DESK_FIELD_INT (DeskTimeEntry, tenths, "tenths", 0, G_MAXINT, 0),
  DESK_FIELD_TEXT (DeskTimeEntry, activity, "activity"),
  DESK_FIELD_DERIVED_TEXT (DeskTimeEntry, volunteer_name, "volunteer-name"),
  DESK_FIELD_REF (DeskTimeEntry, grant_id, "grant-id"),
};

/* One volunteer's day is the most a single entry may hold. */
#define MAX_TENTHS 240

static void
desk_time_entry_validate (DeskRecord *record,
                          GPtrArray  *problems)
{
  DeskTimeEntry *self = DESK_TIME_ENTRY (record);
  g_autofree char *today = desk_today_iso ();

  if (self->case_id <= 0)
    desk_problems_add (problems, "case-id", _("The time entry is not attached to a case."));
  if (self->volunteer_id <= 0)
    desk_problems_add (problems, "volunteer-id", _("Choose the volunteer who did the work."));
  if (!desk_date_is_valid (self->worked_on))
    desk_problems_add (problems, "worked-on", _("The date of the work is missing or not a real date."));
  else if (strcmp (self->worked_on, today) > 0)
    desk_problems_add (problems, "worked-on", _("The date of the work is in the future."));
  if (self->tenths <= 0)
    desk_problems_add (problems, "tenths", _("The hours must be at least 0.1."));
  else if (self->tenths > MAX_TENTHS)
    desk_problems_add (problems, "tenths", _("One entry cannot hold more than 24 hours."));
  if (desk_text_is_blank (self->activity))
    desk_problems_add (problems, "activity", _("Say what the work was (the activity)."));
}

static void
desk_time_entry_class_init (DeskTimeEntryClass *klass)
{
  DeskRecordClass *record_class = DESK_RECORD_CLASS (klass);

  record_class->entity = "time-entry";
  record_class->validate = desk_time_entry_validate;
  desk_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
desk_time_entry_init (DeskTimeEntry *self)
{
}

DeskTimeEntry *
desk_time_entry_new (void)
{
  return g_object_new (DESK_TYPE_TIME_ENTRY, NULL);
}

gint64
desk_time_entry_get_case_id (DeskTimeEntry *self)
{
  g_return_val_if_fail (DESK_IS_TIME_ENTRY (self), 0);
  return self->case_id;
}

void
desk_time_entry_set_case_id (DeskTimeEntry *self,
                             gint64 case_id)
{
  g_return_if_fail (DESK_IS_TIME_ENTRY (self));
  g_object_set (self, "case-id", case_id, NULL);
}

gint64
desk_time_entry_get_volunteer_id (DeskTimeEntry *self)
{
  g_return_val_if_fail (DESK_IS_TIME_ENTRY (self), 0);
  return self->volunteer_id;
}

void
desk_time_entry_set_volunteer_id (DeskTimeEntry *self,
                                  gint64 volunteer_id)
{
  g_return_if_fail (DESK_IS_TIME_ENTRY (self));
  g_object_set (self, "volunteer-id", volunteer_id, NULL);
}

const char *
desk_time_entry_get_worked_on (DeskTimeEntry *self)
{
  g_return_val_if_fail (DESK_IS_TIME_ENTRY (self), NULL);
  return self->worked_on;
}

void
desk_time_entry_set_worked_on (DeskTimeEntry *self,
                               const char *worked_on)
{
  g_return_if_fail (DESK_IS_TIME_ENTRY (self));
  g_object_set (self, "worked-on", worked_on, NULL);
}

int
desk_time_entry_get_tenths (DeskTimeEntry *self)
{
  g_return_val_if_fail (DESK_IS_TIME_ENTRY (self), 0);
  return self->tenths;
}

void
desk_time_entry_set_tenths (DeskTimeEntry *self,
                            int tenths)
{
  g_return_if_fail (DESK_IS_TIME_ENTRY (self));
  g_object_set (self, "tenths", tenths, NULL);
}

const char *
desk_time_entry_get_activity (DeskTimeEntry *self)
{
  g_return_val_if_fail (DESK_IS_TIME_ENTRY (self), NULL);
  return self->activity;
}

void
desk_time_entry_set_activity (DeskTimeEntry *self,
                              const char *activity)
{
  g_return_if_fail (DESK_IS_TIME_ENTRY (self));
  g_object_set (self, "activity", activity, NULL);
}

const char *
desk_time_entry_get_volunteer_name (DeskTimeEntry *self)
{
  g_return_val_if_fail (DESK_IS_TIME_ENTRY (self), NULL);
  return self->volunteer_name;
}

gint64
desk_time_entry_get_grant_id (DeskTimeEntry *self)
{
  g_return_val_if_fail (DESK_IS_TIME_ENTRY (self), 0);
  return self->grant_id;
}

void
desk_time_entry_set_grant_id (DeskTimeEntry *self,
                              gint64 grant_id)
{
  g_return_if_fail (DESK_IS_TIME_ENTRY (self));
  g_object_set (self, "grant-id", grant_id, NULL);
}
