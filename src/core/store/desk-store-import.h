/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-store.h"

G_BEGIN_DECLS

/*
 * What a spreadsheet import (src/core/io/desk-import.c) needs of the
 * database: the people and cases rows refer to, one transaction for the
 * whole batch, the batch's own records (imports, import_records, the batch
 * id on its audit rows), and undoing a batch as a whole.
 */

/* An existing client or volunteer, as an import matches rows against it. */
typedef struct
{
  gint64  id;
  char   *first_name;
  char   *last_name;
  char   *birth_date;  /* "" when not known (volunteers: always) */
  char   *email;       /* "" when none */
} DeskImportPerson;

void desk_import_person_free (DeskImportPerson *person);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskImportPerson, desk_import_person_free)

/* One import, as the database remembers it. */
typedef struct
{
  gint64  id;
  char   *at;         /* UTC, ISO 8601 */
  char   *os_user;
  char   *kind;       /* "clients", "cases", "volunteers" or "time" */
  char   *file_name;
  guint   rows_read;
  guint   created;
  guint   merged;
  guint   skipped;
  char   *undone_at;  /* NULL while it stands */
} DeskImportBatch;

void desk_import_batch_free (DeskImportBatch *batch);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskImportBatch, desk_import_batch_free)

/** desk_store_list_import_people: every client (@record_type DESK_TYPE_CLIENT) or volunteer (DESK_TYPE_VOLUNTEER) that is not archived (a GPtrArray of DeskImportPerson). */
GPtrArray       *desk_store_list_import_people (DeskStore    *self,
                                                GType         record_type,
                                                GError      **error);
/** desk_store_find_case_number: sets *@case_id to the case numbered @number (archived ones too: numbers are never reused), 0 when there is none. */
gboolean         desk_store_find_case_number  (DeskStore    *self,
                                               const char   *number,
                                               gint64       *case_id,
                                               GError      **error);
/** desk_store_reserve_case_number: makes sure numbering never hands out @number (a "YYYY-NNNNN" an import keeps) to a new case. */
gboolean         desk_store_reserve_case_number (DeskStore  *self,
                                                 const char *number,
                                                 GError    **error);

/** desk_store_run_import: runs @func in one write transaction: all of it is kept, or nothing; DeskStore::changed is emitted after the commit. */
gboolean         desk_store_run_import        (DeskStore           *self,
                                               DeskTransactionFunc  func,
                                               gpointer             user_data,
                                               GError             **error);
/** desk_store_begin_import: inside desk_store_run_import(), records a new batch and its audit row ("import": file, kind, counts); returns its id, 0 on failure. */
gint64           desk_store_begin_import      (DeskStore    *self,
                                               const char   *kind,
                                               const char   *file_name,
                                               guint         rows_read,
                                               guint         created,
                                               guint         merged,
                                               guint         skipped,
                                               GError      **error);
/** desk_store_add_import_record: remembers that batch @batch_id created @record (@previous NULL), or filled in its fields @previous (a{sv}, as they were) with @applied (a{sv}). */
gboolean         desk_store_add_import_record (DeskStore    *self,
                                               gint64        batch_id,
                                               DeskRecord   *record,
                                               GVariant     *previous,
                                               GVariant     *applied,
                                               GError      **error);
/** desk_store_end_import: puts @batch_id on every audit row written since desk_store_begin_import(). */
gboolean         desk_store_end_import        (DeskStore    *self,
                                               gint64        batch_id,
                                               GError      **error);

/**
 * desk_store_undo_import: undoes batch @batch_id as a whole, in one
 * transaction: archives every record it created and puts back the fields
 * it filled in existing records (those nobody changed since).  Refused,
 * with a sentence saying what, when records made since depend on what it
 * created (a case of an imported client, time on an imported case), and
 * when it was undone before.  Audited, with the batch id.
 */
gboolean         desk_store_undo_import       (DeskStore    *self,
                                               gint64        batch_id,
                                               GError      **error);
/** desk_store_get_import: batch @batch_id (a DESK_ERROR_NOT_FOUND error when there is none). */
DeskImportBatch *desk_store_get_import        (DeskStore    *self,
                                               gint64        batch_id,
                                               GError      **error);

/** desk_record_snapshot: the values of @record's fields @fields (stored fields; NULL-terminated) as an a{sv}: strings as s ("" for none), numbers as x. */
GVariant        *desk_record_snapshot         (DeskRecord         *record,
                                               const char * const *fields);

G_END_DECLS
