/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-volunteer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-error.h"
#include "desk-volunteer.h"

struct _DeskVolunteer
{
  DeskRecord               parent_instance;

  char                    *first_name;
  char                    *last_name;
  char                    *email;
  char                    *phone;
  DeskVolunteerRole        role;
  gboolean                 is_mentor;
  char                    *bar_number;
  gint64                   hourly_value_cents;
  char                    *practice_areas;
  int                      open_cases;
};

G_DEFINE_FINAL_TYPE (DeskVolunteer, desk_volunteer, DESK_TYPE_RECORD)

/* One property per column; see DeskField.  Derived fields are filled
 * by the store for lists and never saved. */
static const DeskField fields[] = {
  DESK_FIELD_TEXT (DeskVolunteer, first_name, "first-name"),
  DESK_FIELD_TEXT (DeskVolunteer, last_name, "last-name"),
  DESK_FIELD_TEXT (DeskVolunteer, email, "email"),
  DESK_FIELD_TEXT (DeskVolunteer, phone, "phone"),
  DESK_FIELD_ENUM (DeskVolunteer, role, "role", desk_volunteer_role_get_type, DESK_VOLUNTEER_ATTORNEY),
  DESK_FIELD_BOOL (DeskVolunteer, is_mentor, "is-mentor"),
  DESK_FIELD_TEXT (DeskVolunteer, bar_number, "bar-number"),
  DESK_FIELD_MONEY (DeskVolunteer, hourly_value_cents, "hourly-value-cents"),
  DESK_FIELD_TEXT (DeskVolunteer, practice_areas, "practice-areas"),
  DESK_FIELD_DERIVED_INT (DeskVolunteer, open_cases, "open-cases"),
};

static void
desk_volunteer_validate (DeskRecord *record,
                         GPtrArray  *problems)
{
  DeskVolunteer *self = DESK_VOLUNTEER (record);

  if (desk_text_is_blank (self->first_name))
    desk_problems_add (problems, "first-name", _("The volunteer’s first name is missing."));
  if (desk_text_is_blank (self->last_name))
    desk_problems_add (problems, "last-name", _("The volunteer’s last name is missing."));
  if (self->email[0] != '\0' && !desk_email_is_valid (self->email))
    desk_problems_add (problems, "email", _("The e-mail address “%s” is not valid."), self->email);
  if (self->hourly_value_cents < 0)
    desk_problems_add (problems, "hourly-value-cents", _("The value of a volunteer hour cannot be negative."));
}

static void
desk_volunteer_class_init (DeskVolunteerClass *klass)
{
  DeskRecordClass *record_class = DESK_RECORD_CLASS (klass);

  record_class->entity = "volunteer";
  record_class->validate = desk_volunteer_validate;
  desk_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
desk_volunteer_init (DeskVolunteer *self)
{
}

DeskVolunteer *
desk_volunteer_new (void)
{
  DeskVolunteer *self = g_object_new (DESK_TYPE_VOLUNTEER, NULL);

  return self;
}

const char *
desk_volunteer_get_first_name (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->first_name;
}

void
desk_volunteer_set_first_name (DeskVolunteer *self,
                               const char *first_name)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "first-name", first_name, NULL);
}

const char *
desk_volunteer_get_last_name (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->last_name;
}

void
desk_volunteer_set_last_name (DeskVolunteer *self,
                              const char *last_name)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "last-name", last_name, NULL);
}

const char *
desk_volunteer_get_email (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->email;
}

void
desk_volunteer_set_email (DeskVolunteer *self,
                          const char *email)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "email", email, NULL);
}

const char *
desk_volunteer_get_phone (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->phone;
}

void
desk_volunteer_set_phone (DeskVolunteer *self,
                          const char *phone)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "phone", phone, NULL);
}

DeskVolunteerRole
desk_volunteer_get_role (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), 0);
  return self->role;
}

void
desk_volunteer_set_role (DeskVolunteer *self,
                         DeskVolunteerRole role)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "role", role, NULL);
}

gboolean
desk_volunteer_get_is_mentor (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), 0);
  return self->is_mentor;
}

void
desk_volunteer_set_is_mentor (DeskVolunteer *self,
                              gboolean is_mentor)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "is-mentor", is_mentor, NULL);
}

const char *
desk_volunteer_get_bar_number (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->bar_number;
}

void
desk_volunteer_set_bar_number (DeskVolunteer *self,
                               const char *bar_number)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "bar-number", bar_number, NULL);
}

gint64
desk_volunteer_get_hourly_value_cents (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), 0);
  return self->hourly_value_cents;
}

void
desk_volunteer_set_hourly_value_cents (DeskVolunteer *self,
                                       gint64 hourly_value_cents)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "hourly-value-cents", hourly_value_cents, NULL);
}

const char *
desk_volunteer_get_practice_areas (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->practice_areas;
}

void
desk_volunteer_set_practice_areas (DeskVolunteer *self,
                                   const char *practice_areas)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "practice-areas", practice_areas, NULL);
}

int
desk_volunteer_get_open_cases (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), 0);
  return self->open_cases;
}

char *
desk_volunteer_get_full_name (DeskVolunteer *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);

  /* TRANSLATORS: a person's name: first name, then last name */
  name = g_strdup_printf (_("%s %s"), self->first_name, self->last_name);
  return g_strdup (g_strstrip (name));
}
