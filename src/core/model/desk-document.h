/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-enums.h"
#include "desk-record.h"

G_BEGIN_DECLS

#define DESK_TYPE_DOCUMENT (desk_document_get_type ())
G_DECLARE_FINAL_TYPE (DeskDocument, desk_document, DESK, DOCUMENT, DeskRecord)

/** desk_document_new: an unsaved document record (the file is copied by desk_store_attach_document). */
DeskDocument *desk_document_new (void);
gint64 desk_document_get_case_id (DeskDocument *self);
void desk_document_set_case_id (DeskDocument *self, gint64 case_id);
const char *desk_document_get_file_name (DeskDocument *self);
void desk_document_set_file_name (DeskDocument *self, const char *file_name);
const char *desk_document_get_stored_path (DeskDocument *self);
void desk_document_set_stored_path (DeskDocument *self, const char *stored_path);
gint64 desk_document_get_size_bytes (DeskDocument *self);
void desk_document_set_size_bytes (DeskDocument *self, gint64 size_bytes);
const char *desk_document_get_content_type (DeskDocument *self);
void desk_document_set_content_type (DeskDocument *self, const char *content_type);

G_END_DECLS
