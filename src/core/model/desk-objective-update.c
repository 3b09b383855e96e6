/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-objective-update"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-error.h"
#include "desk-objective-update.h"

struct _DeskObjectiveUpdate
{
  DeskRecord parent_instance;

  gint64               check_in_id;
  gint64               objective_id;
  DeskObjectiveStatus  status;
  char                *note;
  char                *description;
};

G_DEFINE_FINAL_TYPE (DeskObjectiveUpdate, desk_objective_update, DESK_TYPE_RECORD)

/* One property per column; see DeskField.  Derived fields are filled
 * by the store for lists and never saved. */
static const DeskField fields[] = {
  DESK_FIELD_REF (DeskObjectiveUpdate, check_in_id, "check-in-id"),
  DESK_FIELD_REF (DeskObjectiveUpdate, objective_id, "objective-id"),
  DESK_FIELD_ENUM (DeskObjectiveUpdate, status, "status", desk_objective_status_get_type, DESK_OBJECTIVE_IN_PROGRESS),
  DESK_FIELD_MULTI_LINE_MAX (DeskObjectiveUpdate, note, "note", 1000),
  DESK_FIELD_DERIVED_TEXT (DeskObjectiveUpdate, description, "objective-description"),
};


static void
desk_objective_update_validate (DeskRecord *record,
                                GPtrArray  *problems)
{
  DeskObjectiveUpdate *self = DESK_OBJECTIVE_UPDATE (record);

  if (self->check_in_id <= 0)
    desk_problems_add (problems, "check-in-id", _("The progress note is not attached to a check-in."));
  if (self->objective_id <= 0)
    desk_problems_add (problems, "objective-id", _("Choose the objective the progress is about."));
}

static void
desk_objective_update_class_init (DeskObjectiveUpdateClass *klass)
{
  DeskRecordClass *record_class = DESK_RECORD_CLASS (klass);

  record_class->entity = "objective-update";
  record_class->validate = desk_objective_update_validate;
  desk_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
desk_objective_update_init (DeskObjectiveUpdate *self)
{
}

DeskObjectiveUpdate *
desk_objective_update_new (void)
{
  return g_object_new (DESK_TYPE_OBJECTIVE_UPDATE, NULL);
}

gint64
desk_objective_update_get_check_in_id (DeskObjectiveUpdate *self)
{
  g_return_val_if_fail (DESK_IS_OBJECTIVE_UPDATE (self), 0);
  return self->check_in_id;
}

void
desk_objective_update_set_check_in_id (DeskObjectiveUpdate *self,
                                       gint64 check_in_id)
{
  g_return_if_fail (DESK_IS_OBJECTIVE_UPDATE (self));
  g_object_set (self, "check-in-id", check_in_id, NULL);
}

gint64
desk_objective_update_get_objective_id (DeskObjectiveUpdate *self)
{
  g_return_val_if_fail (DESK_IS_OBJECTIVE_UPDATE (self), 0);
  return self->objective_id;
}

void
desk_objective_update_set_objective_id (DeskObjectiveUpdate *self,
                                        gint64 objective_id)
{
  g_return_if_fail (DESK_IS_OBJECTIVE_UPDATE (self));
  g_object_set (self, "objective-id", objective_id, NULL);
}

DeskObjectiveStatus
desk_objective_update_get_status (DeskObjectiveUpdate *self)
{
  g_return_val_if_fail (DESK_IS_OBJECTIVE_UPDATE (self), 0);
  return self->status;
}

void
desk_objective_update_set_status (DeskObjectiveUpdate *self,
                                  DeskObjectiveStatus status)
{
  g_return_if_fail (DESK_IS_OBJECTIVE_UPDATE (self));
  g_object_set (self, "status", status, NULL);
}

const char *
desk_objective_update_get_note (DeskObjectiveUpdate *self)
{
  g_return_val_if_fail (DESK_IS_OBJECTIVE_UPDATE (self), NULL);
  return self->note;
}

void
desk_objective_update_set_note (DeskObjectiveUpdate *self,
                                const char *note)
{
  g_return_if_fail (DESK_IS_OBJECTIVE_UPDATE (self));
  g_object_set (self, "note", note, NULL);
}

const char *
desk_objective_update_get_description (DeskObjectiveUpdate *self)
{
  g_return_val_if_fail (DESK_IS_OBJECTIVE_UPDATE (self), NULL);
  return self->description;
}
