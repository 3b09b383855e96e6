/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-funder"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-error.h"
#include "desk-funder.h"

struct _DeskFunder
{
  DeskRecord  parent_instance;

  char       *name;
  char       *contact;
  char       *notes;
};

G_DEFINE_FINAL_TYPE (DeskFunder, desk_funder, DESK_TYPE_RECORD)

static const DeskField fields[] = {
  DESK_FIELD_TEXT (DeskFunder, name, "name"),
  DESK_FIELD_TEXT (DeskFunder, contact, "contact"),
  DESK_FIELD_TEXT (DeskFunder, notes, "notes"),
};

static void
desk_funder_validate (DeskRecord *record,
                      GPtrArray  *problems)
{
  DeskFunder *self = DESK_FUNDER (record);

  if (desk_text_is_blank (self->name))
    desk_problems_add (problems, "name", _("The funder needs a name."));
}

static void
desk_funder_class_init (DeskFunderClass *klass)
{
  DeskRecordClass *record_class = DESK_RECORD_CLASS (klass);

  record_class->entity = "funder";
  record_class->validate = desk_funder_validate;
  desk_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
desk_funder_init (DeskFunder *self)
{
}

DeskFunder *
desk_funder_new (void)
{
  return g_object_new (DESK_TYPE_FUNDER, NULL);
}

const char *
desk_funder_get_name (DeskFunder *self)
{
  g_return_val_if_fail (DESK_IS_FUNDER (self), NULL);
  return self->name;
}

void
desk_funder_set_name (DeskFunder *self,
                      const char *name)
{
  g_return_if_fail (DESK_IS_FUNDER (self));
  g_object_set (self, "name", name, NULL);
}

const char *
desk_funder_get_contact (DeskFunder *self)
{
  g_return_val_if_fail (DESK_IS_FUNDER (self), NULL);
  return self->contact;
}

void
desk_funder_set_contact (DeskFunder *self,
                         const char *contact)
{
  g_return_if_fail (DESK_IS_FUNDER (self));
  g_object_set (self, "contact", contact, NULL);
}

const char *
desk_funder_get_notes (DeskFunder *self)
{
  g_return_val_if_fail (DESK_IS_FUNDER (self), NULL);
  return self->notes;
}

void
desk_funder_set_notes (DeskFunder *self,
                       const char *notes)
{
  g_return_if_fail (DESK_IS_FUNDER (self));
  g_object_set (self, "notes", notes, NULL);
}
