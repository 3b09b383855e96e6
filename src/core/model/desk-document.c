/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-document"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "desk-error.h"
#include "desk-document.h"

struct _DeskDocument
{
  DeskRecord               parent_instance;

  gint64                   case_id;
  char                    *file_name;
  char                    *stored_path;
  gint64                   size_bytes;
  char                    *content_type;
};

G_DEFINE_FINAL_TYPE (DeskDocument, desk_document, DESK_TYPE_RECORD)

/* One property per column; see DeskField.  Derived fields are filled
 * by the store for lists and never saved. */
static const DeskField fields[] = {
  DESK_FIELD_REF (DeskDocument, case_id, "case-id"),
  DESK_FIELD_TEXT_MAX (DeskDocument, file_name, "file-name", 255),
  DESK_FIELD_TEXT_MAX (DeskDocument, stored_path, "stored-path", 4096),
  DESK_FIELD_MONEY (DeskDocument, size_bytes, "size-bytes"),
  DESK_FIELD_TEXT (DeskDocument, content_type, "content-type"),
};

static void
desk_document_validate (DeskRecord *record,
                        GPtrArray  *problems)
{
  DeskDocument *self = DESK_DOCUMENT (record);

  if (self->case_id <= 0)
    desk_problems_add (problems, "case-id", _("The document is not attached to a case."));
  if (desk_text_is_blank (self->file_name))
    desk_problems_add (problems, "file-name", _("The document needs a file name."));
  if (desk_text_is_blank (self->stored_path))
    desk_problems_add (problems, "stored-path", _("The document has no stored copy."));
  if (self->size_bytes < 0)
    desk_problems_add (problems, "size-bytes", _("The document size cannot be negative."));
}

static void
desk_document_class_init (DeskDocumentClass *klass)
{
  DeskRecordClass *record_class = DESK_RECORD_CLASS (klass);

  record_class->entity = "document";
  record_class->validate = desk_document_validate;
  desk_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
desk_document_init (DeskDocument *self)
{
}

DeskDocument *
desk_document_new (void)
{
  DeskDocument *self = g_object_new (DESK_TYPE_DOCUMENT, NULL);

  return self;
}

gint64
desk_document_get_case_id (DeskDocument *self)
{
  g_return_val_if_fail (DESK_IS_DOCUMENT (self), 0);
  return self->case_id;
}

void
desk_document_set_case_id (DeskDocument *self,
                           gint64 case_id)
{
  g_return_if_fail (DESK_IS_DOCUMENT (self));
  g_object_set (self, "case-id", case_id, NULL);
}

const char *
desk_document_get_file_name (DeskDocument *self)
{
  g_return_val_if_fail (DESK_IS_DOCUMENT (self), NULL);
  return self->file_name;
}

void
desk_document_set_file_name (DeskDocument *self,
                             const char *file_name)
{
  g_return_if_fail (DESK_IS_DOCUMENT (self));
  g_object_set (self, "file-name", file_name, NULL);
}

const char *
desk_document_get_stored_path (DeskDocument *self)
{
  g_return_val_if_fail (DESK_IS_DOCUMENT (self), NULL);
  return self->stored_path;
}

void
desk_document_set_stored_path (DeskDocument *self,
                               const char *stored_path)
{
  g_return_if_fail (DESK_IS_DOCUMENT (self));
  g_object_set (self, "stored-path", stored_path, NULL);
}

gint64
desk_document_get_size_bytes (DeskDocument *self)
{
  g_return_val_if_fail (DESK_IS_DOCUMENT (self), 0);
  return self->size_bytes;
}

void
desk_document_set_size_bytes (DeskDocument *self,
                              gint64 size_bytes)
{
  g_return_if_fail (DESK_IS_DOCUMENT (self));
  g_object_set (self, "size-bytes", size_bytes, NULL);
}

const char *
desk_document_get_content_type (DeskDocument *self)
{
  g_return_val_if_fail (DESK_IS_DOCUMENT (self), NULL);
  return self->content_type;
}

void
desk_document_set_content_type (DeskDocument *self,
                                const char *content_type)
{
  g_return_if_fail (DESK_IS_DOCUMENT (self));
  g_object_set (self, "content-type", content_type, NULL);
}
