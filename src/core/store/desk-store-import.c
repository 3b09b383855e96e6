/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-store-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-error.h"
#include "desk-store-import.h"
#include "desk-store-private.h"

/* The kinds of records an import creates: what imports.kind calls them,
 * their entity and their table. */
static const struct
{
  const char *kind;
  const char *entity;
  const char *table;
  GType     (*get_type) (void);
} kinds[] = {
  { "clients", "client", "clients", desk_client_get_type },
  { "cases", "case", "cases", desk_case_get_type },
  { "volunteers", "volunteer", "volunteers", desk_volunteer_get_type },
  { "time", "time-entry", "time_entries", desk_time_entry_get_type },
};

/* What may have come to depend on a record an import created, and the
 * sentence that says so: the query gives the name of the first such record
 * and, for clients, the case that depends on it (the other sentences have
 * no use for it). */
static const struct
{
  const char *entity;
  const char *sql;
  const char *message;
} dependents[] = {
  { "client",
    "SELECT c.first_name || ' ' || c.last_name, k.case_number FROM import_records i "
    "JOIN clients c ON c.id = i.entity_id JOIN cases k ON k.client_id = c.id "
    "WHERE i.import_id = ?1 AND i.entity = 'client' AND i.action = 'created' AND k.archived = 0 LIMIT 1",
    N_("The client %s came with this import and has a case since (%s); archive the case first, or keep the import.") },
  { "case",
    "SELECT k.case_number, '' FROM import_records i JOIN cases k ON k.id = i.entity_id "
    "WHERE i.import_id = ?1 AND i.entity = 'case' AND i.action = 'created' AND ("
    "EXISTS (SELECT 1 FROM time_entries t WHERE t.case_id = k.id AND t.archived = 0) OR "
    "EXISTS (SELECT 1 FROM notes n WHERE n.case_id = k.id AND n.archived = 0) OR "
    "EXISTS (SELECT 1 FROM deadlines d WHERE d.case_id = k.id AND d.archived = 0) OR "
    "EXISTS (SELECT 1 FROM documents m WHERE m.case_id = k.id AND m.archived = 0) OR "
    "EXISTS (SELECT 1 FROM parties p WHERE p.case_id = k.id AND p.archived = 0)) LIMIT 1",
    N_("Case %s came with this import and has had time, notes, deadlines, documents or parties added since; "
       "archive those first, or keep the import.") },
  { "volunteer",
    "SELECT v.first_name || ' ' || v.last_name, '' FROM import_records i JOIN volunteers v ON v.id = i.entity_id "
    "WHERE i.import_id = ?1 AND i.entity = 'volunteer' AND i.action = 'created' AND ("
    "EXISTS (SELECT 1 FROM cases k WHERE (k.volunteer_id = v.id OR k.mentor_id = v.id) AND k.archived = 0) OR "
    "EXISTS (SELECT 1 FROM time_entries t WHERE t.volunteer_id = v.id AND t.archived = 0) OR "
    "EXISTS (SELECT 1 FROM pairings p WHERE (p.mentor_id = v.id OR p.mentee_id = v.id) AND p.archived = 0)) LIMIT 1",
    N_("The volunteer %s came with this import and has cases, time or mentoring since; "
       "archive those first, or keep the import.") },
};

void
desk_import_person_free (DeskImportPerson *person)
{
  if (person == NULL)
    return;

  g_free (person->first_name);
  g_free (person->last_name);
  g_free (person->birth_date);
  g_free (person->email);
  g_free (person);
}

void
desk_import_batch_free (DeskImportBatch *batch)
{
  if (batch == NULL)
    return;

  g_free (batch->at);
  g_free (batch->os_user);
  g_free (batch->kind);
  g_free (batch->file_name);
  g_free (batch->undone_at);
  g_free (batch);
}

static char *
column_text (DeskStmt *stmt,
             int       column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

GPtrArray *
desk_store_list_import_people (DeskStore  *self,
                               GType       record_type,
                               GError    **error)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) desk_import_person_free);
  g_autoptr(DeskStmt) stmt = NULL;
  const char *sql;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (record_type == DESK_TYPE_CLIENT || record_type == DESK_TYPE_VOLUNTEER, NULL);

  if (record_type == DESK_TYPE_CLIENT)
    sql = "SELECT id, first_name, last_name, coalesce (birth_date, ''), email FROM clients WHERE archived = 0";
  else
    sql = "SELECT id, first_name, last_name, '', email FROM volunteers WHERE archived = 0";

  stmt = desk_database_prepare (self->database, sql, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      DeskImportPerson *person = g_new0 (DeskImportPerson, 1);

      person->id = sqlite3_column_int64 (stmt, 0);
      person->first_name = column_text (stmt, 1);
      person->last_name = column_text (stmt, 2);
      person->birth_date = column_text (stmt, 3);
      person->email = column_text (stmt, 4);
      g_ptr_array_add (people, person);
    }

  return rc == SQLITE_DONE ? g_steal_pointer (&people) : NULL;
}

gboolean
desk_store_find_case_number (DeskStore   *self,
                             const char  *number,
                             gint64      *case_id,
                             GError     **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (number != NULL && case_id != NULL, FALSE);

  stmt = desk_database_prepare (self->database, "SELECT id FROM cases WHERE case_number = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, number, -1, SQLITE_STATIC);
  rc = desk_database_step (self->database, stmt, error);
  if (rc == 0)
    return FALSE;

  *case_id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

gboolean
desk_store_reserve_case_number (DeskStore   *self,
                                const char  *number,
                                GError     **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  const char *dash;
  gint64 year;
  gint64 last;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (number != NULL, FALSE);

  dash = strchr (number, '-');
  year = g_ascii_strtoll (number, NULL, 10);
  last = dash != NULL ? g_ascii_strtoll (dash + 1, NULL, 10) : 0;
  if (dash == NULL || year < 1900 || year > 9999 || last <= 0)
    return desk_invalid (error, "case-number", _("The case number “%s” is not the year, a dash and five digits."),
                         number);

  stmt = desk_database_prepare (self->database,
                                "INSERT INTO case_number_sequences (year, last) VALUES (?1, ?2) "
                                "ON CONFLICT (year) DO UPDATE SET last = max (last, excluded.last)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, year);
  sqlite3_bind_int64 (stmt, 2, last);
  return desk_database_step (self->database, stmt, error) == SQLITE_DONE;
}

gboolean
desk_store_run_import (DeskStore            *self,
                       DeskTransactionFunc   func,
                       gpointer              user_data,
                       GError              **error)
{
  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  return _desk_store_run_transaction (self, func, user_data, error);
}

gint64
desk_store_begin_import (DeskStore   *self,
                         const char  *kind,
                         const char  *file_name,
                         guint        rows_read,
                         guint        created,
                         guint        merged,
                         guint        skipped,
                         GError     **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  g_autofree char *now = _desk_store_now_utc ();
  g_autofree char *fields = NULL;
  gint64 id;

  g_return_val_if_fail (DESK_IS_STORE (self), 0);
  g_return_val_if_fail (kind != NULL && file_name != NULL, 0);
  g_return_val_if_fail (desk_database_in_transaction (self->database), 0);

  stmt = desk_database_prepare (self->database,
                                "INSERT INTO imports (at, os_user, kind, file_name, rows_read, created, merged, skipped) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, g_get_user_name (), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, file_name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, rows_read);
  sqlite3_bind_int64 (stmt, 6, created);
  sqlite3_bind_int64 (stmt, 7, merged);
  sqlite3_bind_int64 (stmt, 8, skipped);
  if (desk_database_step (self->database, stmt, error) != SQLITE_DONE)
    return 0;

  id = sqlite3_last_insert_rowid (desk_database_get_handle (self->database));
  fields = g_strdup_printf ("file: %s; kind: %s; rows: %u; created: %u; merged: %u; skipped: %u",
                            file_name, kind, rows_read, created, merged, skipped);
  if (!desk_store_audit (self, "import", id, "import", fields, error))
    return 0;

  return id;
}

gboolean
desk_store_add_import_record (DeskStore   *self,
                              gint64       batch_id,
                              DeskRecord  *record,
                              GVariant    *previous,
                              GVariant    *applied,
                              GError     **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  g_autofree char *previous_text = NULL;
  g_autofree char *applied_text = NULL;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (DESK_IS_RECORD (record), FALSE);
  g_return_val_if_fail (desk_record_get_id (record) > 0, FALSE);
  g_return_val_if_fail ((previous == NULL) == (applied == NULL), FALSE);

  stmt = desk_database_prepare (self->database,
                                "INSERT INTO import_records (import_id, entity, entity_id, action, previous, applied) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;

  if (previous != NULL)
    {
      previous_text = g_variant_print (previous, TRUE);
      applied_text = g_variant_print (applied, TRUE);
    }

  sqlite3_bind_int64 (stmt, 1, batch_id);
  sqlite3_bind_text (stmt, 2, desk_record_get_entity (record), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, desk_record_get_id (record));
  sqlite3_bind_text (stmt, 4, previous != NULL ? "merged" : "created", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, previous_text != NULL ? previous_text : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, applied_text != NULL ? applied_text : "", -1, SQLITE_STATIC);

  return desk_database_step (self->database, stmt, error) == SQLITE_DONE;
}

/* Puts @batch_id on the audit rows from @first_id on that belong to no
 * batch: the writer holds the write lock, so they are all its own. */
static gboolean
tag_audit_rows (DeskStore   *self,
                gint64       batch_id,
                gint64       first_id,
                GError     **error)
{
  g_autoptr(DeskStmt) stmt = NULL;

  stmt = desk_database_prepare (self->database,
                                "UPDATE audit_log SET import_id = ?1 WHERE id >= ?2 AND import_id IS NULL", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, batch_id);
  sqlite3_bind_int64 (stmt, 2, first_id);
  return desk_database_step (self->database, stmt, error) == SQLITE_DONE;
}

gboolean
desk_store_end_import (DeskStore   *self,
                       gint64       batch_id,
                       GError     **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  gint64 first_id;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (desk_database_in_transaction (self->database), FALSE);

  stmt = desk_database_prepare (self->database,
                                "SELECT min (id) FROM audit_log WHERE entity = 'import' AND entity_id = ?1 "
                                "AND action = 'import'", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, batch_id);
  if (desk_database_step (self->database, stmt, error) != SQLITE_ROW)
    return FALSE;
  first_id = sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, desk_stmt_reset);

  return tag_audit_rows (self, batch_id, first_id, error);
}

DeskImportBatch *
desk_store_get_import (DeskStore   *self,
                       gint64       batch_id,
                       GError     **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  DeskImportBatch *batch;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  stmt = desk_database_prepare (self->database,
                                "SELECT id, at, os_user, kind, file_name, rows_read, created, merged, skipped, undone_at "
                                "FROM imports WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, batch_id);
  rc = desk_database_step (self->database, stmt, error);
  if (rc == 0)
    return NULL;
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND,
                   _("There is no import number %" G_GINT64_FORMAT " in this database."), batch_id);
      return NULL;
    }

  batch = g_new0 (DeskImportBatch, 1);
  batch->id = sqlite3_column_int64 (stmt, 0);
  batch->at = column_text (stmt, 1);
  batch->os_user = column_text (stmt, 2);
  batch->kind = column_text (stmt, 3);
  batch->file_name = column_text (stmt, 4);
  batch->rows_read = (guint) sqlite3_column_int64 (stmt, 5);
  batch->created = (guint) sqlite3_column_int64 (stmt, 6);
  batch->merged = (guint) sqlite3_column_int64 (stmt, 7);
  batch->skipped = (guint) sqlite3_column_int64 (stmt, 8);
  if (sqlite3_column_type (stmt, 9) != SQLITE_NULL)
    batch->undone_at = column_text (stmt, 9);
  return batch;
}

/* ---- snapshots of fields ---------------------------------------------- */

static const DeskField *
find_field (DeskRecord *record,
            const char *name)
{
  guint n_fields;
  const DeskField *fields = desk_record_class_get_fields (DESK_RECORD_GET_CLASS (record), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    if (strcmp (fields[i].name, name) == 0 && !(fields[i].flags & DESK_FIELD_DERIVED))
      return &fields[i];
  return NULL;
}

static GVariant *
field_value (DeskRecord      *record,
             const DeskField *field)
{
  if (field->fundamental == G_TYPE_STRING)
    {
      const char *text = desk_record_get_field_text (record, field);
      return g_variant_new_string (text != NULL ? text : "");
    }
  return g_variant_new_int64 (desk_record_get_field_number (record, field));
}

GVariant *
desk_record_snapshot (DeskRecord         *record,
                      const char * const *names)
{
  GVariantBuilder builder;

  g_return_val_if_fail (DESK_IS_RECORD (record), NULL);
  g_return_val_if_fail (names != NULL, NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  for (guint i = 0; names[i] != NULL; i++)
    {
      const DeskField *field = find_field (record, names[i]);

      if (field == NULL)
        {
          g_critical ("%s has no stored field %s", G_OBJECT_TYPE_NAME (record), names[i]);
          continue;
        }
      g_variant_builder_add (&builder, "{sv}", names[i], field_value (record, field));
    }
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

/* Puts back the fields of @previous that still hold what @applied says
 * the import wrote; TRUE when it changed one. */
static gboolean
restore_fields (DeskRecord *record,
                GVariant   *previous,
                GVariant   *applied)
{
  GVariantIter iter;
  const char *name;
  GVariant *value;
  gboolean changed = FALSE;

  g_variant_iter_init (&iter, previous);
  while (g_variant_iter_loop (&iter, "{&sv}", &name, &value))
    {
      const DeskField *field = find_field (record, name);
      g_autoptr(GVariant) written = g_variant_lookup_value (applied, name, NULL);
      g_autoptr(GVariant) current = NULL;

      if (field == NULL || written == NULL)
        continue;
      current = g_variant_ref_sink (field_value (record, field));
      if (!g_variant_equal (current, written) || !g_variant_is_of_type (value, g_variant_get_type (current)))
        continue;

      if (field->fundamental == G_TYPE_STRING)
        desk_record_set_field_text (record, field, g_variant_get_string (value, NULL));
      else
        desk_record_set_field_number (record, field, g_variant_get_int64 (value));
      changed = TRUE;
    }

  return changed;
}

/* ---- undo --------------------------------------------------------------- */

typedef struct
{
  DeskStore *store;
  gint64     batch_id;
} UndoJob;

typedef struct
{
  gint64    id;
  GVariant *previous;
  GVariant *applied;
} Merged;

static void
merged_clear (gpointer data)
{
  Merged *merged = data;

  g_clear_pointer (&merged->previous, g_variant_unref);
  g_clear_pointer (&merged->applied, g_variant_unref);
}

static gboolean
check_dependents (DeskStore   *self,
                  gint64       batch_id,
                  const char  *entity,
                  GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (dependents); i++)
    {
      g_autoptr(DeskStmt) stmt = NULL;
      int rc;

      if (strcmp (dependents[i].entity, entity) != 0)
        continue;

      stmt = desk_database_prepare (self->database, dependents[i].sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, batch_id);
      rc = desk_database_step (self->database, stmt, error);
      if (rc == 0)
        return FALSE;
      if (rc == SQLITE_ROW)
        {
          g_autofree char *name = column_text (stmt, 0);
          g_autofree char *other = column_text (stmt, 1);

          g_set_error (error, DESK_ERROR, DESK_ERROR_CONFLICT, _(dependents[i].message), name, other);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
archive_created (DeskStore   *self,
                 gint64       batch_id,
                 const char  *table,
                 const char  *now,
                 GError     **error)
{
  g_autofree char *audit_sql = NULL;
  g_autofree char *archive_sql = NULL;
  g_autoptr(DeskStmt) audit = NULL;
  g_autoptr(DeskStmt) archive = NULL;

  /* The table name comes from the static list above, never from a file. */
  audit_sql = g_strdup_printf ("INSERT INTO audit_log (at, os_user, entity, entity_id, action, fields) "
                               "SELECT ?2, ?3, i.entity, i.entity_id, 'archive', 'archived' "
                               "FROM import_records i JOIN %s t ON t.id = i.entity_id "
                               "WHERE i.import_id = ?1 AND i.action = 'created' AND t.archived = 0 "
                               "ORDER BY i.entity_id", table);
  archive_sql = g_strdup_printf ("UPDATE %s SET archived = 1, updated_at = ?2 WHERE archived = 0 AND id IN "
                                 "(SELECT entity_id FROM import_records WHERE import_id = ?1 AND action = 'created')",
                                 table);

  audit = desk_database_prepare (self->database, audit_sql, error);
  if (audit == NULL)
    return FALSE;
  sqlite3_bind_int64 (audit, 1, batch_id);
  sqlite3_bind_text (audit, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (audit, 3, g_get_user_name (), -1, SQLITE_STATIC);
  if (desk_database_step (self->database, audit, error) != SQLITE_DONE)
    return FALSE;

  archive = desk_database_prepare (self->database, archive_sql, error);
  if (archive == NULL)
    return FALSE;
  sqlite3_bind_int64 (archive, 1, batch_id);
  sqlite3_bind_text (archive, 2, now, -1, SQLITE_STATIC);
  return desk_database_step (self->database, archive, error) == SQLITE_DONE;
}

static GArray *
list_merged (DeskStore   *self,
             gint64       batch_id,
             GError     **error)
{
  g_autoptr(GArray) merged = g_array_new (FALSE, TRUE, sizeof (Merged));
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  g_array_set_clear_func (merged, merged_clear);
  stmt = desk_database_prepare (self->database,
                                "SELECT entity_id, previous, applied FROM import_records "
                                "WHERE import_id = ?1 AND action = 'merged' ORDER BY entity_id", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, batch_id);
  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      Merged item = { sqlite3_column_int64 (stmt, 0) };

      item.previous = g_variant_parse (G_VARIANT_TYPE_VARDICT, (const char *) sqlite3_column_text (stmt, 1),
                                       NULL, NULL, error);
      if (item.previous == NULL)
        return NULL;
      item.applied = g_variant_parse (G_VARIANT_TYPE_VARDICT, (const char *) sqlite3_column_text (stmt, 2),
                                      NULL, NULL, error);
      if (item.applied == NULL)
        {
          g_variant_unref (item.previous);
          return NULL;
        }
      g_array_append_val (merged, item);
    }

  return rc == SQLITE_DONE ? g_steal_pointer (&merged) : NULL;
}

static gboolean
undo_in_transaction (DeskDatabase  *database,
                     gpointer       user_data,
                     GError       **error)
{
  UndoJob *job = user_data;
  DeskStore *self = job->store;
  g_autoptr(DeskImportBatch) batch = NULL;
  g_autoptr(DeskStmt) stmt = NULL;
  g_autoptr(GArray) merged = NULL;
  g_autofree char *now = _desk_store_now_utc ();
  g_autofree char *fields = NULL;
  gint64 first_audit_id;
  guint k;

  batch = desk_store_get_import (self, job->batch_id, error);
  if (batch == NULL)
    return FALSE;
  if (batch->undone_at != NULL)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_CONFLICT, _("The import of “%s” was undone before, at %s."),
                   batch->file_name, batch->undone_at);
      return FALSE;
    }

  for (k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (strcmp (kinds[k].kind, batch->kind) == 0)
      break;
  g_return_val_if_fail (k < G_N_ELEMENTS (kinds), FALSE);

  if (!check_dependents (self, job->batch_id, kinds[k].entity, error))
    return FALSE;

  fields = g_strdup_printf ("file: %s; kind: %s", batch->file_name, batch->kind);
  if (!desk_store_audit (self, "import", job->batch_id, "undo", fields, error))
    return FALSE;
  first_audit_id = sqlite3_last_insert_rowid (desk_database_get_handle (database));

  if (!archive_created (self, job->batch_id, kinds[k].table, now, error))
    return FALSE;

  merged = list_merged (self, job->batch_id, error);
  if (merged == NULL)
    return FALSE;
  for (guint i = 0; i < merged->len; i++)
    {
      const Merged *item = &g_array_index (merged, Merged, i);
      g_autoptr(DeskRecord) record = desk_store_get (self, kinds[k].get_type (), item->id, error);

      if (record == NULL)
        return FALSE;
      if (restore_fields (record, item->previous, item->applied) && !desk_store_save (self, record, error))
        return FALSE;
    }

  stmt = desk_database_prepare (database, "UPDATE imports SET undone_at = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, job->batch_id);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  if (desk_database_step (database, stmt, error) != SQLITE_DONE)
    return FALSE;

  if (!tag_audit_rows (self, job->batch_id, first_audit_id, error))
    return FALSE;

  _desk_store_queue_change (self, kinds[k].entity, 0, DESK_CHANGE_RELOADED);
  return TRUE;
}

gboolean
desk_store_undo_import (DeskStore   *self,
                        gint64       batch_id,
                        GError     **error)
{
  UndoJob job = { self, batch_id };

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);

  if (desk_store_is_read_only (self))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("The import cannot be undone: %s"),
                   desk_store_get_read_only_reason (self));
      return FALSE;
    }

  return _desk_store_run_transaction (self, undo_in_transaction, &job, error);
}
