/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-party"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-error.h"
#include "desk-party.h"

struct _DeskParty
{
  DeskRecord     parent_instance;

  gint64         case_id;
  char          *name;
  DeskPartyRole  role;
  char          *notes;
};

G_DEFINE_FINAL_TYPE (DeskParty, desk_party, DESK_TYPE_RECORD)

static const DeskField fields[] = {
  DESK_FIELD_REF (DeskParty, case_id, "case-id"),
  DESK_FIELD_TEXT (DeskParty, name, "name"),
  DESK_FIELD_ENUM (DeskParty, role, "role", desk_party_role_get_type, DESK_PARTY_OPPOSING_PARTY),
  DESK_FIELD_MULTI_LINE (DeskParty, notes, "notes"),
};

static void
desk_party_validate (DeskRecord *record,
                     GPtrArray  *problems)
{
  DeskParty *self = DESK_PARTY (record);

  if (self->case_id <= 0)
    desk_problems_add (problems, "case-id", _("The adverse party is not attached to a case."));
  if (desk_text_is_blank (self->name))
    desk_problems_add (problems, "name", _("The adverse party needs a name."));
}

static void
desk_party_class_init (DeskPartyClass *klass)
{
  DeskRecordClass *record_class = DESK_RECORD_CLASS (klass);

  record_class->entity = "party";
  record_class->validate = desk_party_validate;
  desk_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
desk_party_init (DeskParty *self)
{
}

DeskParty *
desk_party_new (void)
{
  return g_object_new (DESK_TYPE_PARTY, NULL);
}

gint64
desk_party_get_case_id (DeskParty *self)
{
  g_return_val_if_fail (DESK_IS_PARTY (self), 0);
  return self->case_id;
}

void
desk_party_set_case_id (DeskParty *self,
                        gint64     case_id)
{
  g_return_if_fail (DESK_IS_PARTY (self));
  g_object_set (self, "case-id", case_id, NULL);
}

const char *
desk_party_get_name (DeskParty *self)
{
  g_return_val_if_fail (DESK_IS_PARTY (self), NULL);
  return self->name;
}

void
desk_party_set_name (DeskParty  *self,
                     const char *name)
{
  g_return_if_fail (DESK_IS_PARTY (self));
  g_object_set (self, "name", name, NULL);
}

DeskPartyRole
desk_party_get_role (DeskParty *self)
{
  g_return_val_if_fail (DESK_IS_PARTY (self), DESK_PARTY_OPPOSING_PARTY);
  return self->role;
}

void
desk_party_set_role (DeskParty     *self,
                     DeskPartyRole  role)
{
  g_return_if_fail (DESK_IS_PARTY (self));
  g_object_set (self, "role", role, NULL);
}

const char *
desk_party_get_notes (DeskParty *self)
{
  g_return_val_if_fail (DESK_IS_PARTY (self), NULL);
  return self->notes;
}

void
desk_party_set_notes (DeskParty  *self,
                      const char *notes)
{
  g_return_if_fail (DESK_IS_PARTY (self));
  g_object_set (self, "notes", notes, NULL);
}
