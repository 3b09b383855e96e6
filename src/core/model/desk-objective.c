/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-objective"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-error.h"
#include "desk-objective.h"

struct _DeskObjective
{
  DeskRecord parent_instance;

  gint64               pairing_id;
  char                *description;
  DeskObjectiveStatus  status;
  char                *set_on;
};

G_DEFINE_FINAL_TYPE (DeskObjective, desk_objective, DESK_TYPE_RECORD)

/* One property per column; see DeskField.  Derived fields are filled
 * by the store for lists and never saved. */
static const DeskField fields[] = {
  DESK_FIELD_REF (DeskObjective, pairing_id, "pairing-id"),
  DESK_FIELD_TEXT_MAX (DeskObjective, description, "description", 500),
  DESK_FIELD_ENUM (DeskObjective, status, "status", desk_objective_status_get_type, DESK_OBJECTIVE_NOT_STARTED),
  DESK_FIELD_DATE (DeskObjective, set_on, "set-on"),
};


static void
desk_objective_validate (DeskRecord *record,
                         GPtrArray  *problems)
{
  DeskObjective *self = DESK_OBJECTIVE (record);
  g_autofree char *today = desk_today_iso ();

  if (self->pairing_id <= 0)
    desk_problems_add (problems, "pairing-id", _("The objective is not attached to a pairing."));
  if (desk_text_is_blank (self->description))
    desk_problems_add (problems, "description", _("Describe the objective."));
  if (self->set_on == NULL)
    desk_problems_add (problems, "set-on", _("The date the objective was set is missing."));
  else if (!desk_date_is_valid (self->set_on))
    desk_problems_add (problems, "set-on", _("The date the objective was set is not a real date; write it as YYYY-MM-DD."));
  else if (strcmp (self->set_on, today) > 0)
    desk_problems_add (problems, "set-on", _("The date the objective was set cannot be in the future."));
}

static void
desk_objective_class_init (DeskObjectiveClass *klass)
{
  DeskRecordClass *record_class = DESK_RECORD_CLASS (klass);

  record_class->entity = "objective";
  record_class->validate = desk_objective_validate;
  desk_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
desk_objective_init (DeskObjective *self)
{
}

DeskObjective *
desk_objective_new (void)
{
  return g_object_new (DESK_TYPE_OBJECTIVE, NULL);
}

gint64
desk_objective_get_pairing_id (DeskObjective *self)
{
  g_return_val_if_fail (DESK_IS_OBJECTIVE (self), 0);
  return self->pairing_id;
}

void
desk_objective_set_pairing_id (DeskObjective *self,
                               gint64 pairing_id)
{
  g_return_if_fail (DESK_IS_OBJECTIVE (self));
  g_object_set (self, "pairing-id", pairing_id, NULL);
}

const char *
desk_objective_get_description (DeskObjective *self)
{
  g_return_val_if_fail (DESK_IS_OBJECTIVE (self), NULL);
  return self->description;
}

void
desk_objective_set_description (DeskObjective *self,
                                const char *description)
{
  g_return_if_fail (DESK_IS_OBJECTIVE (self));
  g_object_set (self, "description", description, NULL);
}

DeskObjectiveStatus
desk_objective_get_status (DeskObjective *self)
{
  g_return_val_if_fail (DESK_IS_OBJECTIVE (self), 0);
  return self->status;
}

void
desk_objective_set_status (DeskObjective *self,
                           DeskObjectiveStatus status)
{
  g_return_if_fail (DESK_IS_OBJECTIVE (self));
  g_object_set (self, "status", status, NULL);
}

const char *
desk_objective_get_set_on (DeskObjective *self)
{
  g_return_val_if_fail (DESK_IS_OBJECTIVE (self), NULL);
  return self->set_on;
}

void
desk_objective_set_set_on (DeskObjective *self,
                           const char *set_on)
{
  g_return_if_fail (DESK_IS_OBJECTIVE (self));
  g_object_set (self, "set-on", set_on, NULL);
}
