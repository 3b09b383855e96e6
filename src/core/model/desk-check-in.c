/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-check-in"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-error.h"
#include "desk-check-in.h"

struct _DeskCheckIn
{
  DeskRecord parent_instance;

  gint64    pairing_id;
  char     *date;
  gboolean  held;
  char     *notes;
  int       mentor_rating;
  int       mentee_rating;
  int       fit;
};

G_DEFINE_FINAL_TYPE (DeskCheckIn, desk_check_in, DESK_TYPE_RECORD)

/* One property per column; see DeskField.  Derived fields are filled
 * by the store for lists and never saved. */
static const DeskField fields[] = {
  DESK_FIELD_REF (DeskCheckIn, pairing_id, "pairing-id"),
  DESK_FIELD_DATE (DeskCheckIn, date, "date"),
  DESK_FIELD_BOOL (DeskCheckIn, held, "held"),
  DESK_FIELD_MULTI_LINE_MAX (DeskCheckIn, notes, "notes", 5000),
  DESK_FIELD_INT (DeskCheckIn, mentor_rating, "mentor-rating", G_MININT, G_MAXINT, 0),
  DESK_FIELD_INT (DeskCheckIn, mentee_rating, "mentee-rating", G_MININT, G_MAXINT, 0),
  DESK_FIELD_INT (DeskCheckIn, fit, "fit", G_MININT, G_MAXINT, 0),
};


static void
check_rating (GPtrArray  *problems,
              const char *field,
              int         value,
              gboolean    held,
              const char *out_of_range,
              const char *not_held)
{
  if (value < 0 || value > 5)
    desk_problems_add (problems, field, "%s", out_of_range);
  else if (value > 0 && !held)
    desk_problems_add (problems, field, "%s", not_held);
}

static void
desk_check_in_validate (DeskRecord *record,
                        GPtrArray  *problems)
{
  DeskCheckIn *self = DESK_CHECK_IN (record);
  g_autofree char *today = desk_today_iso ();

  if (self->pairing_id <= 0)
    desk_problems_add (problems, "pairing-id", _("The check-in is not attached to a pairing."));
  if (self->date == NULL)
    desk_problems_add (problems, "date", _("The date of the check-in is missing."));
  else if (!desk_date_is_valid (self->date))
    desk_problems_add (problems, "date", _("The date of the check-in is not a real date; write it as YYYY-MM-DD."));
  else if (self->held && strcmp (self->date, today) > 0)
    desk_problems_add (problems, "date", _("A check-in in the future cannot have been held yet."));

  check_rating (problems, "mentor-rating", self->mentor_rating, self->held,
                _("The mentor’s rating goes from 1 to 5."),
                _("A check-in that has not been held cannot have the mentor’s rating yet."));
  check_rating (problems, "mentee-rating", self->mentee_rating, self->held,
                _("The mentee’s rating goes from 1 to 5."),
                _("A check-in that has not been held cannot have the mentee’s rating yet."));
  check_rating (problems, "fit", self->fit, self->held,
                _("The answer on how well the pairing fits goes from 1 to 5."),
                _("A check-in that has not been held cannot say yet how well the pairing fits."));
}

static void
desk_check_in_class_init (DeskCheckInClass *klass)
{
  DeskRecordClass *record_class = DESK_RECORD_CLASS (klass);

  record_class->entity = "check-in";
  record_class->validate = desk_check_in_validate;
  desk_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
desk_check_in_init (DeskCheckIn *self)
{
}

DeskCheckIn *
desk_check_in_new (void)
{
  return g_object_new (DESK_TYPE_CHECK_IN, NULL);
}

gint64
desk_check_in_get_pairing_id (DeskCheckIn *self)
{
  g_return_val_if_fail (DESK_IS_CHECK_IN (self), 0);
  return self->pairing_id;
}

void
desk_check_in_set_pairing_id (DeskCheckIn *self,
                              gint64 pairing_id)
{
  g_return_if_fail (DESK_IS_CHECK_IN (self));
  g_object_set (self, "pairing-id", pairing_id, NULL);
}

const char *
desk_check_in_get_date (DeskCheckIn *self)
{
  g_return_val_if_fail (DESK_IS_CHECK_IN (self), NULL);
  return self->date;
}

void
desk_check_in_set_date (DeskCheckIn *self,
                        const char *date)
{
  g_return_if_fail (DESK_IS_CHECK_IN (self));
  g_object_set (self, "date", date, NULL);
}

gboolean
desk_check_in_get_held (DeskCheckIn *self)
{
  g_return_val_if_fail (DESK_IS_CHECK_IN (self), FALSE);
  return self->held;
}

void
desk_check_in_set_held (DeskCheckIn *self,
                        gboolean held)
{
  g_return_if_fail (DESK_IS_CHECK_IN (self));
  g_object_set (self, "held", held, NULL);
}

const char *
desk_check_in_get_notes (DeskCheckIn *self)
{
  g_return_val_if_fail (DESK_IS_CHECK_IN (self), NULL);
  return self->notes;
}

void
desk_check_in_set_notes (DeskCheckIn *self,
                         const char *notes)
{
  g_return_if_fail (DESK_IS_CHECK_IN (self));
  g_object_set (self, "notes", notes, NULL);
}

int
desk_check_in_get_mentor_rating (DeskCheckIn *self)
{
  g_return_val_if_fail (DESK_IS_CHECK_IN (self), 0);
  return self->mentor_rating;
}

void
desk_check_in_set_mentor_rating (DeskCheckIn *self,
                                 int mentor_rating)
{
  g_return_if_fail (DESK_IS_CHECK_IN (self));
  g_object_set (self, "mentor-rating", mentor_rating, NULL);
}

int
desk_check_in_get_mentee_rating (DeskCheckIn *self)
{
  g_return_val_if_fail (DESK_IS_CHECK_IN (self), 0);
  return self->mentee_rating;
}

void
desk_check_in_set_mentee_rating (DeskCheckIn *self,
                                 int mentee_rating)
{
  g_return_if_fail (DESK_IS_CHECK_IN (self));
  g_object_set (self, "mentee-rating", mentee_rating, NULL);
}

int
desk_check_in_get_fit (DeskCheckIn *self)
{
  g_return_val_if_fail (DESK_IS_CHECK_IN (self), 0);
  return self->fit;
}

void
desk_check_in_set_fit (DeskCheckIn *self,
                       int fit)
{
  g_return_if_fail (DESK_IS_CHECK_IN (self));
  g_object_set (self, "fit", fit, NULL);
}
