/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-deadline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "desk-error.h"
#include "desk-deadline.h"

struct _DeskDeadline
{
  DeskRecord               parent_instance;

  gint64                   case_id;
  DeskDeadlineKind         kind;
  char                    *due_on;
  char                    *due_time;
  char                    *description;
  gboolean                 done;
  char                    *case_number;
  char                    *client_name;
};

G_DEFINE_FINAL_TYPE (DeskDeadline, desk_deadline, DESK_TYPE_RECORD)

/* One property per column; see DeskField.  Derived fields are filled
 * by the store for lists and never saved. */
static const DeskField fields[] = {
  DESK_FIELD_REF (DeskDeadline, case_id, "case-id"),
  DESK_FIELD_ENUM (DeskDeadline, kind, "kind", desk_deadline_kind_get_type, DESK_DEADLINE_COURT_DATE),
  DESK_FIELD_DATE_TODAY (DeskDeadline, due_on, "due-on"),
  DESK_FIELD_CODE (DeskDeadline, due_time, "due-time"),
  DESK_FIELD_TEXT (DeskDeadline, description, "description"),
  DESK_FIELD_BOOL (DeskDeadline, done, "done"),
  DESK_FIELD_DERIVED_TEXT (DeskDeadline, case_number, "case-number"),
  DESK_FIELD_DERIVED_TEXT (DeskDeadline, client_name, "client-name"),
};

/* "HH:MM" with two digits each, as the column's CHECK wants; sscanf alone
 * would also take " 9:30" or "+9:30". */
static gboolean
due_time_is_valid (const char *due_time)
{
  guint hour, minute;
  char tail;

  if (strlen (due_time) != 5 || due_time[2] != ':')
    return FALSE;
  for (guint i = 0; i < 5; i++)
    if (i != 2 && !g_ascii_isdigit (due_time[i]))
      return FALSE;
  if (sscanf (due_time, "%2u:%2u%c", &hour, &minute, &tail) != 2)
    return FALSE;
  return hour <= 23 && minute <= 59;
}

static void
desk_deadline_validate (DeskRecord *record,
                        GPtrArray  *problems)
{
  DeskDeadline *self = DESK_DEADLINE (record);

  if (self->case_id <= 0)
    desk_problems_add (problems, "case-id", _("The deadline is not attached to a case."));
  if (!desk_date_is_valid (self->due_on))
    desk_problems_add (problems, "due-on", _("The deadline needs a real date, written YYYY-MM-DD."));
  if (self->due_time != NULL && !due_time_is_valid (self->due_time))
    desk_problems_add (problems, "due-time",
                       _("The time “%s” is not a time of day; write it as HH:MM, e.g. 09:30."),
                       self->due_time);
}

static void
desk_deadline_class_init (DeskDeadlineClass *klass)
{
  DeskRecordClass *record_class = DESK_RECORD_CLASS (klass);

  record_class->entity = "deadline";
  record_class->validate = desk_deadline_validate;
  desk_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
desk_deadline_init (DeskDeadline *self)
{
}

DeskDeadline *
desk_deadline_new (void)
{
  return g_object_new (DESK_TYPE_DEADLINE, NULL);
}

gint64
desk_deadline_get_case_id (DeskDeadline *self)
{
  g_return_val_if_fail (DESK_IS_DEADLINE (self), 0);
  return self->case_id;
}

void
desk_deadline_set_case_id (DeskDeadline *self,
                           gint64 case_id)
{
  g_return_if_fail (DESK_IS_DEADLINE (self));
  g_object_set (self, "case-id", case_id, NULL);
}

DeskDeadlineKind
desk_deadline_get_kind (DeskDeadline *self)
{
  g_return_val_if_fail (DESK_IS_DEADLINE (self), 0);
  return self->kind;
}

void
desk_deadline_set_kind (DeskDeadline *self,
                        DeskDeadlineKind kind)
{
  g_return_if_fail (DESK_IS_DEADLINE (self));
  g_object_set (self, "kind", kind, NULL);
}

const char *
desk_deadline_get_due_on (DeskDeadline *self)
{
  g_return_val_if_fail (DESK_IS_DEADLINE (self), NULL);
  return self->due_on;
}

void
desk_deadline_set_due_on (DeskDeadline *self,
                          const char *due_on)
{
  g_return_if_fail (DESK_IS_DEADLINE (self));
  g_object_set (self, "due-on", due_on, NULL);
}

const char *
desk_deadline_get_due_time (DeskDeadline *self)
{
  g_return_val_if_fail (DESK_IS_DEADLINE (self), NULL);
  return self->due_time;
}

void
desk_deadline_set_due_time (DeskDeadline *self,
                            const char *due_time)
{
  g_return_if_fail (DESK_IS_DEADLINE (self));
  g_object_set (self, "due-time", due_time, NULL);
}

const char *
desk_deadline_get_description (DeskDeadline *self)
{
  g_return_val_if_fail (DESK_IS_DEADLINE (self), NULL);
  return self->description;
}

void
desk_deadline_set_description (DeskDeadline *self,
                               const char *description)
{
  g_return_if_fail (DESK_IS_DEADLINE (self));
  g_object_set (self, "description", description, NULL);
}

gboolean
desk_deadline_get_done (DeskDeadline *self)
{
  g_return_val_if_fail (DESK_IS_DEADLINE (self), 0);
  return self->done;
}

void
desk_deadline_set_done (DeskDeadline *self,
                        gboolean done)
{
  g_return_if_fail (DESK_IS_DEADLINE (self));
  g_object_set (self, "done", done, NULL);
}

const char *
desk_deadline_get_case_number (DeskDeadline *self)
{
  g_return_val_if_fail (DESK_IS_DEADLINE (self), NULL);
  return self->case_number;
}

const char *
desk_deadline_get_client_name (DeskDeadline *self)
{
  g_return_val_if_fail (DESK_IS_DEADLINE (self), NULL);
  return self->client_name;
}
