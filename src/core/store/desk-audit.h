/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "desk-store.h"

G_BEGIN_DECLS

/**
 * DeskAuditEntry:
 * @id: the audit row
 * @at: when, ISO 8601 UTC ("2026-06-15T14:03:00Z")
 * @os_user: the account of the person who did it ("" when not recorded)
 * @program: the program it was done with: "probono-desk" (the window),
 *   "probono export", … ("" when not recorded, before schema version 8)
 * @entity: the kind of record ("client", "case", …, "database")
 * @entity_id: the record, 0 for a batch or the whole database
 * @action: "create", "update", "archive", "restore", "reopen",
 *   "conflict-check", "backup", …
 * @fields: what the action touched: the changed fields ("phone, email")
 *   for a save, a summary for the others
 *
 * One row of the audit log.
 */
typedef struct
{
  gint64  id;
  char   *at;
  char   *os_user;
  char   *program;
  char   *entity;
  gint64  entity_id;
  char   *action;
  char   *fields;
} DeskAuditEntry;

void desk_audit_entry_free (DeskAuditEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskAuditEntry, desk_audit_entry_free)

/** desk_store_list_audit: the audit rows of the record @entity @entity_id (0: the batch and whole-database rows of @entity), newest first; a GPtrArray of DeskAuditEntry. */
GPtrArray *desk_store_list_audit           (DeskStore            *self,
                                            const char           *entity,
                                            gint64                entity_id,
                                            GError              **error);
/** desk_audit_entry_describe: what happened, in words: "Created", "Changed: phone, e-mail address", "Conflict check of “Ana Rivera”: 2 possible conflicts; saved as no conflict". */
char      *desk_audit_entry_describe       (const DeskAuditEntry *entry);
/** desk_audit_entry_describe_who: who and with what: "ana, with Pro Bono Desk", "ana, with the command line (probono restore)". */
char      *desk_audit_entry_describe_who   (const DeskAuditEntry *entry);
/** desk_audit_entry_describe_when: the local date and time, "2026-06-15 16:03". */
char      *desk_audit_entry_describe_when  (const DeskAuditEntry *entry);

G_END_DECLS
