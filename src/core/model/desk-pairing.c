/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-pairing"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-error.h"
#include "desk-pairing.h"

struct _DeskPairing
{
  DeskRecord parent_instance;

  gint64             mentor_id;
  gint64             mentee_id;
  DeskPairingStatus  status;
  char              *proposed_on;
  char              *decided_on;
  char              *started_on;
  char              *ended_on;
  int                score;
  char              *explanation;
  gboolean           pinned;
  int                check_in_weeks;
  char              *end_reason;
  char              *mentor_name;
  char              *mentee_name;
  char              *last_check_in;
  char              *next_check_in;
  int                n_cases;
};

G_DEFINE_FINAL_TYPE (DeskPairing, desk_pairing, DESK_TYPE_RECORD)

/* One property per column; see DeskField.  Derived fields are filled
 * by the store for lists and never saved. */
static const DeskField fields[] = {
  DESK_FIELD_REF (DeskPairing, mentor_id, "mentor-id"),
  DESK_FIELD_REF (DeskPairing, mentee_id, "mentee-id"),
  DESK_FIELD_ENUM (DeskPairing, status, "status", desk_pairing_status_get_type, DESK_PAIRING_PROPOSED),
  DESK_FIELD_DATE (DeskPairing, proposed_on, "proposed-on"),
  DESK_FIELD_DATE (DeskPairing, decided_on, "decided-on"),
  DESK_FIELD_DATE (DeskPairing, started_on, "started-on"),
  DESK_FIELD_DATE (DeskPairing, ended_on, "ended-on"),
  DESK_FIELD_INT (DeskPairing, score, "score", G_MININT, G_MAXINT, 0),
  DESK_FIELD_TEXT_MAX (DeskPairing, explanation, "explanation", 1000),
  DESK_FIELD_BOOL (DeskPairing, pinned, "pinned"),
  DESK_FIELD_INT (DeskPairing, check_in_weeks, "check-in-weeks", G_MININT, G_MAXINT, 4),
  DESK_FIELD_TEXT_MAX (DeskPairing, end_reason, "end-reason", 1000),
  DESK_FIELD_DERIVED_TEXT (DeskPairing, mentor_name, "mentor-name"),
  DESK_FIELD_DERIVED_TEXT (DeskPairing, mentee_name, "mentee-name"),
  DESK_FIELD_DERIVED_TEXT (DeskPairing, last_check_in, "last-check-in"),
  DESK_FIELD_DERIVED_TEXT (DeskPairing, next_check_in, "next-check-in"),
  DESK_FIELD_DERIVED_INT (DeskPairing, n_cases, "cases"),
};


/* The dates of a pairing and what to say when one is wrong; each must be
 * a real date, not after today and not before the one at @after_index. */
static const struct
{
  const char *field;
  gsize       offset;
  int         after_index;   /* -1: none */
  const char *not_real;
  const char *future;
  const char *too_early;
} dates[] = {
  { "proposed-on", G_STRUCT_OFFSET (DeskPairing, proposed_on), -1,
    N_("The proposal date is not a real date; write it as YYYY-MM-DD."),
    N_("The proposal date cannot be in the future."), NULL },
  { "decided-on", G_STRUCT_OFFSET (DeskPairing, decided_on), 0,
    N_("The date of the decision is not a real date; write it as YYYY-MM-DD."),
    N_("The date of the decision cannot be in the future."),
    N_("The date of the decision is before the pairing was proposed.") },
  { "started-on", G_STRUCT_OFFSET (DeskPairing, started_on), 0,
    N_("The start date is not a real date; write it as YYYY-MM-DD."),
    N_("The start date cannot be in the future."),
    N_("The start date is before the pairing was proposed.") },
  { "ended-on", G_STRUCT_OFFSET (DeskPairing, ended_on), 2,
    N_("The end date is not a real date; write it as YYYY-MM-DD."),
    N_("The end date cannot be in the future."),
    N_("The end date is before the pairing started.") },
};

#define DATE_AT(self, i) (*(char **) (gpointer) ((guint8 *) (self) + dates[i].offset))

static void
check_dates (DeskPairing *self,
             GPtrArray   *problems)
{
  g_autofree char *today = desk_today_iso ();

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      const char *date = DATE_AT (self, i);
      const char *after = dates[i].after_index >= 0 ? DATE_AT (self, dates[i].after_index) : NULL;

      /* An end date of a pairing that never started counts from the proposal. */
      if (after == NULL && dates[i].after_index > 0)
        after = self->proposed_on;

      if (date == NULL)
        continue;
      if (!desk_date_is_valid (date))
        desk_problems_add (problems, dates[i].field, "%s", _(dates[i].not_real));
      else if (strcmp (date, today) > 0)
        desk_problems_add (problems, dates[i].field, "%s", _(dates[i].future));
      else if (after != NULL && desk_date_is_valid (after) && strcmp (date, after) < 0)
        desk_problems_add (problems, dates[i].field, "%s", _(dates[i].too_early));
    }
}

static void
desk_pairing_validate (DeskRecord *record,
                       GPtrArray  *problems)
{
  DeskPairing *self = DESK_PAIRING (record);
  DeskPairingStatus status = self->status;
  gboolean decided = status != DESK_PAIRING_PROPOSED;
  gboolean started = status == DESK_PAIRING_ACTIVE || status == DESK_PAIRING_COMPLETED;
  gboolean ended = status == DESK_PAIRING_COMPLETED || status == DESK_PAIRING_ENDED_EARLY;

  if (self->mentor_id <= 0)
    desk_problems_add (problems, "mentor-id", _("Choose the mentor."));
  if (self->mentee_id <= 0)
    desk_problems_add (problems, "mentee-id", _("Choose the mentee."));
  else if (self->mentee_id == self->mentor_id)
    desk_problems_add (problems, "mentee-id", _("A volunteer cannot mentor themselves."));

  if (self->proposed_on == NULL)
    desk_problems_add (problems, "proposed-on", _("The date of the proposal is missing."));
  check_dates (self, problems);

  if (decided && self->decided_on == NULL)
    desk_problems_add (problems, "decided-on", _("The date of the decision is missing."));
  if (started && self->started_on == NULL)
    desk_problems_add (problems, "started-on", _("The date the pairing started is missing."));
  if (ended && self->ended_on == NULL)
    desk_problems_add (problems, "ended-on", _("The date the pairing ended is missing."));
  if (status == DESK_PAIRING_DECLINED && desk_text_is_blank (self->end_reason))
    desk_problems_add (problems, "end-reason", _("Say why the pairing was declined."));
  if (status == DESK_PAIRING_ENDED_EARLY && desk_text_is_blank (self->end_reason))
    desk_problems_add (problems, "end-reason", _("Say why the pairing ended early."));

  if (self->score < 0 || self->score > 100)
    desk_problems_add (problems, "score", _("The match score goes from 0 to 100."));
  if (self->check_in_weeks < 1 || self->check_in_weeks > 26)
    desk_problems_add (problems, "check-in-weeks", _("Check-ins are every 1 to 26 weeks."));
}

static void
desk_pairing_class_init (DeskPairingClass *klass)
{
  DeskRecordClass *record_class = DESK_RECORD_CLASS (klass);

  record_class->entity = "pairing";
  record_class->validate = desk_pairing_validate;
  desk_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
desk_pairing_init (DeskPairing *self)
{
}

DeskPairing *
desk_pairing_new (void)
{
  return g_object_new (DESK_TYPE_PAIRING, NULL);
}

gint64
desk_pairing_get_mentor_id (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), 0);
  return self->mentor_id;
}

void
desk_pairing_set_mentor_id (DeskPairing *self,
                            gint64 mentor_id)
{
  g_return_if_fail (DESK_IS_PAIRING (self));
  g_object_set (self, "mentor-id", mentor_id, NULL);
}

gint64
desk_pairing_get_mentee_id (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), 0);
  return self->mentee_id;
}

void
desk_pairing_set_mentee_id (DeskPairing *self,
                            gint64 mentee_id)
{
  g_return_if_fail (DESK_IS_PAIRING (self));
  g_object_set (self, "mentee-id", mentee_id, NULL);
}

DeskPairingStatus
desk_pairing_get_status (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), 0);
  return self->status;
}

void
desk_pairing_set_status (DeskPairing *self,
                         DeskPairingStatus status)
{
  g_return_if_fail (DESK_IS_PAIRING (self));
  g_object_set (self, "status", status, NULL);
}

const char *
desk_pairing_get_proposed_on (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), NULL);
  return self->proposed_on;
}

void
desk_pairing_set_proposed_on (DeskPairing *self,
                              const char *proposed_on)
{
  g_return_if_fail (DESK_IS_PAIRING (self));
  g_object_set (self, "proposed-on", proposed_on, NULL);
}

const char *
desk_pairing_get_decided_on (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), NULL);
  return self->decided_on;
}

void
desk_pairing_set_decided_on (DeskPairing *self,
                             const char *decided_on)
{
  g_return_if_fail (DESK_IS_PAIRING (self));
  g_object_set (self, "decided-on", decided_on, NULL);
}

const char *
desk_pairing_get_started_on (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), NULL);
  return self->started_on;
}

void
desk_pairing_set_started_on (DeskPairing *self,
                             const char *started_on)
{
  g_return_if_fail (DESK_IS_PAIRING (self));
  g_object_set (self, "started-on", started_on, NULL);
}

const char *
desk_pairing_get_ended_on (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), NULL);
  return self->ended_on;
}

void
desk_pairing_set_ended_on (DeskPairing *self,
                           const char *ended_on)
{
  g_return_if_fail (DESK_IS_PAIRING (self));
  g_object_set (self, "ended-on", ended_on, NULL);
}

int
desk_pairing_get_score (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), 0);
  return self->score;
}

void
desk_pairing_set_score (DeskPairing *self,
                        int score)
{
  g_return_if_fail (DESK_IS_PAIRING (self));
  g_object_set (self, "score", score, NULL);
}

const char *
desk_pairing_get_explanation (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), NULL);
  return self->explanation;
}

void
desk_pairing_set_explanation (DeskPairing *self,
                              const char *explanation)
{
  g_return_if_fail (DESK_IS_PAIRING (self));
  g_object_set (self, "explanation", explanation, NULL);
}

gboolean
desk_pairing_get_pinned (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), FALSE);
  return self->pinned;
}

void
desk_pairing_set_pinned (DeskPairing *self,
                         gboolean pinned)
{
  g_return_if_fail (DESK_IS_PAIRING (self));
  g_object_set (self, "pinned", pinned, NULL);
}

int
desk_pairing_get_check_in_weeks (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), 0);
  return self->check_in_weeks;
}

void
desk_pairing_set_check_in_weeks (DeskPairing *self,
                                 int check_in_weeks)
{
  g_return_if_fail (DESK_IS_PAIRING (self));
  g_object_set (self, "check-in-weeks", check_in_weeks, NULL);
}

const char *
desk_pairing_get_end_reason (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), NULL);
  return self->end_reason;
}

void
desk_pairing_set_end_reason (DeskPairing *self,
                             const char *end_reason)
{
  g_return_if_fail (DESK_IS_PAIRING (self));
  g_object_set (self, "end-reason", end_reason, NULL);
}

const char *
desk_pairing_get_mentor_name (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), NULL);
  return self->mentor_name;
}

const char *
desk_pairing_get_mentee_name (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), NULL);
  return self->mentee_name;
}

const char *
desk_pairing_get_last_check_in (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), NULL);
  return self->last_check_in;
}

const char *
desk_pairing_get_next_check_in (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), NULL);
  return self->next_check_in;
}

int
desk_pairing_get_n_cases (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), 0);
  return self->n_cases;
}

gboolean
desk_pairing_is_live (DeskPairing *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING (self), FALSE);
  return self->status == DESK_PAIRING_PROPOSED || self->status == DESK_PAIRING_ACCEPTED ||
         self->status == DESK_PAIRING_ACTIVE;
}

gboolean
desk_pairing_is_stale (DeskPairing *self,
                       const char  *today,
                       guint        days)
{
  g_autoptr(GDate) proposed = NULL;
  g_autoptr(GDate) now = NULL;

  g_return_val_if_fail (DESK_IS_PAIRING (self), FALSE);
  g_return_val_if_fail (desk_date_is_valid (today), FALSE);

  if (self->status != DESK_PAIRING_PROPOSED || !desk_date_is_valid (self->proposed_on))
    return FALSE;
  proposed = g_date_new ();
  now = g_date_new ();
  g_date_set_parse (proposed, self->proposed_on);
  g_date_set_parse (now, today);
  return g_date_days_between (proposed, now) >= (int) days;
}
