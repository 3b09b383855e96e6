/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-note"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "desk-error.h"
#include "desk-note.h"

struct _DeskNote
{
  DeskRecord               parent_instance;

  gint64                   case_id;
  char                    *author;
  char                    *body;
};

G_DEFINE_FINAL_TYPE (DeskNote, desk_note, DESK_TYPE_RECORD)

/* One property per column; see DeskField.  Derived fields are filled
 * by the store for lists and never saved. */
static const DeskField fields[] = {
  DESK_FIELD_REF (DeskNote, case_id, "case-id"),
  DESK_FIELD_TEXT (DeskNote, author, "author"),
  DESK_FIELD_MULTI_LINE (DeskNote, body, "body"),
};

static void
desk_note_validate (DeskRecord *record,
                    GPtrArray  *problems)
{
  DeskNote *self = DESK_NOTE (record);

  if (self->case_id <= 0)
    desk_problems_add (problems, "case-id", _("The note is not attached to a case."));
  if (desk_text_is_blank (self->body))
    desk_problems_add (problems, "body", _("The note is empty."));
  if (desk_text_is_blank (self->author))
    desk_problems_add (problems, "author", _("The note needs an author; set your name in Preferences."));
}

static void
desk_note_class_init (DeskNoteClass *klass)
{
  DeskRecordClass *record_class = DESK_RECORD_CLASS (klass);

  record_class->entity = "note";
  record_class->validate = desk_note_validate;
  desk_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
desk_note_init (DeskNote *self)
{
}

DeskNote *
desk_note_new (void)
{
  DeskNote *self = g_object_new (DESK_TYPE_NOTE, NULL);

  return self;
}

gint64
desk_note_get_case_id (DeskNote *self)
{
  g_return_val_if_fail (DESK_IS_NOTE (self), 0);
  return self->case_id;
}

void
desk_note_set_case_id (DeskNote *self,
                       gint64 case_id)
{
  g_return_if_fail (DESK_IS_NOTE (self));
  g_object_set (self, "case-id", case_id, NULL);
}

const char *
desk_note_get_author (DeskNote *self)
{
  g_return_val_if_fail (DESK_IS_NOTE (self), NULL);
  return self->author;
}

void
desk_note_set_author (DeskNote *self,
                      const char *author)
{
  g_return_if_fail (DESK_IS_NOTE (self));
  g_object_set (self, "author", author, NULL);
}

const char *
desk_note_get_body (DeskNote *self)
{
  g_return_val_if_fail (DESK_IS_NOTE (self), NULL);
  return self->body;
}

void
desk_note_set_body (DeskNote *self,
                    const char *body)
{
  g_return_if_fail (DESK_IS_NOTE (self));
  g_object_set (self, "body", body, NULL);
}
