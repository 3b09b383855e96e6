/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-enum-types.h"
#include "desk-error.h"
#include "desk-case-workflow.h"
#include "desk-labels.h"
#include "desk-store-private.h"
#include "desk-check-in.h"
#include "desk-objective.h"
#include "desk-objective-update.h"
#include "desk-pairing.h"
#include "desk-funder.h"
#include "desk-grant.h"

/* A derived field is read with an expression over the row "t". */
typedef struct
{
  const char *field;
  const char *expression;
} Derived;

typedef struct
{
  GType        (*get_type) (void);
  const char    *table;
  const Derived *derived;
} Table;

static const Derived case_derived[] = {
  { "client-name", "(SELECT c.first_name || ' ' || c.last_name FROM clients c WHERE c.id = t.client_id)" },
  { "problem-name", "(SELECT p.name FROM lsc_problem_codes p WHERE p.code = t.problem_code)" },
  { "problem-category", "(SELECT p.category FROM lsc_problem_codes p WHERE p.code = t.problem_code)" },
  { "volunteer-name", "(SELECT v.first_name || ' ' || v.last_name FROM volunteers v WHERE v.id = t.volunteer_id)" },
  { "mentor-name", "(SELECT v.first_name || ' ' || v.last_name FROM volunteers v WHERE v.id = t.mentor_id)" },
  { "next-deadline", "coalesce ((SELECT min (d.due_on) FROM deadlines d "
                     "WHERE d.case_id = t.id AND d.done = 0 AND d.archived = 0), '')" },
  { NULL }
};

/* ?2 is the store's region; the guideline is the one in force at intake:
 * the intake year's, else the latest earlier year, else the earliest year
 * (the same choice as desk_eligibility_screen). */
static const Derived client_derived[] = {
  { "open-cases", "(SELECT count(*) FROM cases k WHERE k.client_id = t.id AND k.archived = 0 "
                  "AND k.status NOT IN ('closed', 'rejected'))" },
  { "poverty-percent",
    "CASE WHEN t.income_known = 0 THEN -1 ELSE "  /* not known is not screened */
    "coalesce ((SELECT CAST (round (t.annual_income_cents * 100.0 / (g.first_person_cents + "
    "(t.household_adults + t.household_children - 1) * g.each_additional_person_cents)) AS INTEGER) "
    "FROM poverty_guidelines g WHERE g.region = ?2 AND g.year = coalesce ("
    "(SELECT max (e.year) FROM poverty_guidelines e WHERE e.region = ?2 "
    " AND e.year <= CAST (substr (t.intake_date, 1, 4) AS INTEGER)), "
    "(SELECT min (l.year) FROM poverty_guidelines l WHERE l.region = ?2))), -1) END" },
  { NULL }
};

static const Derived volunteer_derived[] = {
  { "open-cases", "(SELECT count(*) FROM cases k WHERE k.volunteer_id = t.id AND k.archived = 0 "
                  "AND k.status NOT IN ('closed', 'rejected'))" },
  { NULL }
};

static const Derived deadline_derived[] = {
  { "case-number", "(SELECT k.case_number FROM cases k WHERE k.id = t.case_id)" },
  { "client-name", "(SELECT c.first_name || ' ' || c.last_name FROM cases k JOIN clients c ON c.id = k.client_id "
                   "WHERE k.id = t.case_id)" },
  { NULL }
};

static const Derived time_entry_derived[] = {
  { "volunteer-name", "(SELECT v.first_name || ' ' || v.last_name FROM volunteers v WHERE v.id = t.volunteer_id)" },
  { NULL }
};

static const Derived no_derived[] = { { NULL } };

/* The next check-in of an active pairing is due an interval after the last
 * one held, or after the start when none was. */
static const Derived pairing_derived[] = {
  { "mentor-name", "(SELECT v.first_name || ' ' || v.last_name FROM volunteers v WHERE v.id = t.mentor_id)" },
  { "mentee-name", "(SELECT v.first_name || ' ' || v.last_name FROM volunteers v WHERE v.id = t.mentee_id)" },
  { "last-check-in", "coalesce ((SELECT max (c.date) FROM check_ins c "
                     "WHERE c.pairing_id = t.id AND c.held = 1 AND c.archived = 0), '')" },
  { "next-check-in", "CASE WHEN t.status = 'active' THEN coalesce (date (coalesce ("
                     "(SELECT max (c.date) FROM check_ins c WHERE c.pairing_id = t.id AND c.held = 1 AND c.archived = 0), "
                     "t.started_on), '+' || (t.check_in_weeks * 7) || ' days'), '') ELSE '' END" },
  { "cases", "(SELECT count(*) FROM cases k WHERE k.volunteer_id = t.mentee_id AND k.mentor_id = t.mentor_id "
             "AND k.archived = 0)" },
  { NULL }
};

static const Derived objective_update_derived[] = {
  { "objective-description", "(SELECT o.description FROM objectives o WHERE o.id = t.objective_id)" },
  { NULL }
};

static const Table tables[] = {
  { desk_client_get_type, "clients", client_derived },
  { desk_case_get_type, "cases", case_derived },
  { desk_volunteer_get_type, "volunteers", volunteer_derived },
  { desk_party_get_type, "parties", no_derived },
  { desk_deadline_get_type, "deadlines", deadline_derived },
  { desk_note_get_type, "notes", no_derived },
  { desk_time_entry_get_type, "time_entries", time_entry_derived },
  { desk_document_get_type, "documents", no_derived },
  { desk_pairing_get_type, "pairings", pairing_derived },
  { desk_objective_get_type, "objectives", no_derived },
  { desk_check_in_get_type, "check_ins", no_derived },
  { desk_objective_update_get_type, "objective_updates", objective_update_derived },
  { desk_funder_get_type, "funders", no_derived },
  { desk_grant_get_type, "grants", no_derived },
};

/* The statements for one record type, built once from its field table. */
typedef struct
{
  const Table     *table;
  const DeskField *fields;
  guint            n_fields;
  char            *select_sql;
  char            *insert_sql;
  char            *update_sql;
} RecordSql;

typedef struct
{
  char           *entity;
  gint64          id;
  DeskChangeKind  kind;
} PendingChange;


G_DEFINE_FINAL_TYPE (DeskStore, desk_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
record_sql_free (gpointer data)
{
  RecordSql *sql = data;

  g_free (sql->select_sql);
  g_free (sql->insert_sql);
  g_free (sql->update_sql);
  g_free (sql);
}

static void
pending_change_clear (gpointer data)
{
  PendingChange *change = data;

  g_clear_pointer (&change->entity, g_free);
}

static void
desk_store_dispose (GObject *object)
{
  DeskStore *self = (DeskStore *) object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (desk_store_parent_class)->dispose (object);
}

static void
desk_store_finalize (GObject *object)
{
  DeskStore *self = (DeskStore *) object;

  g_clear_pointer (&self->record_sql, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_array_unref);

  G_OBJECT_CLASS (desk_store_parent_class)->finalize (object);
}

static void
desk_store_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DeskStore *self = DESK_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_store_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  DeskStore *self = DESK_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_store_class_init (DeskStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = desk_store_dispose;
  object_class->finalize = desk_store_finalize;
  object_class->get_property = desk_store_get_property;
  object_class->set_property = desk_store_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, DESK_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DeskStore::changed:
   * @entity: "client", "case", "volunteer", "party", …; also the detail, so
   *   a handler of changed::deadline hears only about deadlines
   * @id: the record's id, or 0 when many changed at once (RELOADED)
   * @kind: a DeskChangeKind
   *
   * Emitted after the change is committed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_INT64, DESK_TYPE_CHANGE_KIND);
}

static void
desk_store_init (DeskStore *self)
{
  self->record_sql = g_hash_table_new_full (NULL, NULL, NULL, record_sql_free);
  self->pending = g_array_new (FALSE, TRUE, sizeof (PendingChange));
  g_array_set_clear_func (self->pending, pending_change_clear);
}

DeskStore *
desk_store_new (DeskDatabase *database)
{
  g_return_val_if_fail (DESK_IS_DATABASE (database), NULL);

  return g_object_new (DESK_TYPE_STORE, "database", database, NULL);
}

DeskStore *
desk_store_open (const char  *path,
                 GError     **error)
{
  g_autoptr(DeskDatabase) database = desk_database_open (path, error);

  if (database == NULL)
    return NULL;
  return desk_store_new (database);
}

DeskDatabase *
desk_store_get_database (DeskStore *self)
{
  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  return self->database;
}

const char *
desk_store_get_path (DeskStore *self)
{
  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  return desk_database_get_path (self->database);
}

/* ---- SQL built from the field tables ---------------------------------- */

static char *
column_name (const char *property)
{
  char *column = g_strdup (property);

  g_strdelimit (column, "-", '_');
  return column;
}

static const char *
derived_expression (const Table *table,
                    const char  *field)
{
  for (const Derived *d = table->derived; d->field != NULL; d++)
    if (strcmp (d->field, field) == 0)
      return d->expression;

  g_error ("No SQL expression for derived field %s of %s", field, table->table);
}

const char *
_desk_store_derived_sql (GType       record_type,
                         const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (tables[i].get_type () == record_type)
      return derived_expression (&tables[i], field);

  g_return_val_if_reached (NULL);
}

static RecordSql *
record_sql_for_type (DeskStore  *self,
                     GType       record_type,
                     GError    **error)
{
  RecordSql *sql = g_hash_table_lookup (self->record_sql, GSIZE_TO_POINTER (record_type));
  g_autoptr(GTypeClass) klass = NULL;
  g_autoptr(GString) select = NULL;
  g_autoptr(GString) insert_columns = NULL;
  g_autoptr(GString) insert_values = NULL;
  g_autoptr(GString) update = NULL;
  const Table *table = NULL;
  guint n_params = 3;

  if (sql != NULL)
    return sql;

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (tables[i].get_type () == record_type)
      table = &tables[i];

  if (table == NULL)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND,
                   "No table stores records of type %s", g_type_name (record_type));
      return NULL;
    }

  klass = g_type_class_ref (record_type);
  sql = g_new0 (RecordSql, 1);
  sql->table = table;
  sql->fields = desk_record_class_get_fields (DESK_RECORD_CLASS (klass), &sql->n_fields);

  /* Columns 0–3 are shared by every record; field i is column 4 + i. */
  select = g_string_new ("SELECT t.id, t.archived, t.created_at, t.updated_at");
  insert_columns = g_string_new ("archived, created_at, updated_at");
  insert_values = g_string_new ("?1, ?2, ?3");
  update = g_string_new ("archived = ?1, created_at = ?2, updated_at = ?3");

  for (guint i = 0; i < sql->n_fields; i++)
    {
      const DeskField *field = &sql->fields[i];
      g_autofree char *column = column_name (field->name);

      if (field->flags & DESK_FIELD_DERIVED)
        {
          g_string_append_printf (select, ", %s", derived_expression (table, field->name));
          continue;
        }

      n_params++;
      g_string_append_printf (select, ", t.%s", column);
      g_string_append_printf (insert_columns, ", %s", column);
      g_string_append_printf (insert_values, ", ?%u", n_params);
      g_string_append_printf (update, ", %s = ?%u", column, n_params);
    }

  g_string_append_printf (select, " FROM %s t WHERE t.id = ?1", table->table);
  sql->select_sql = g_string_free (g_steal_pointer (&select), FALSE);
  sql->insert_sql = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)",
                                     table->table, insert_columns->str, insert_values->str);
  sql->update_sql = g_strdup_printf ("UPDATE %s SET %s WHERE id = ?%u",
                                     table->table, update->str, n_params + 1);

  g_hash_table_insert (self->record_sql, GSIZE_TO_POINTER (record_type), sql);
  return sql;
}

static void
bind_fields (const RecordSql *sql,
             DeskRecord      *record,
             DeskStmt        *stmt)
{
  int param = 4;

  sqlite3_bind_int (stmt, 1, desk_record_get_archived (record));
  sqlite3_bind_text (stmt, 2, desk_record_get_created_at (record), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, desk_record_get_updated_at (record), -1, SQLITE_TRANSIENT);

  for (guint i = 0; i < sql->n_fields; i++)
    {
      const DeskField *field = &sql->fields[i];

      if (field->flags & DESK_FIELD_DERIVED)
        continue;

      if (field->fundamental == G_TYPE_STRING)
        {
          const char *text = desk_record_get_field_text (record, field);

          if (text == NULL || (*text == '\0' && (field->flags & DESK_FIELD_NULLABLE)))
            sqlite3_bind_null (stmt, param);
          else
            sqlite3_bind_text (stmt, param, text, -1, SQLITE_STATIC);
        }
      else if (field->fundamental == G_TYPE_ENUM)
        {
          int value = (int) desk_record_get_field_number (record, field);
          sqlite3_bind_text (stmt, param, desk_enum_nick (field->enum_type (), value), -1, SQLITE_STATIC);
        }
      else
        {
          gint64 value = desk_record_get_field_number (record, field);

          if (value == 0 && (field->flags & DESK_FIELD_NULLABLE))
            sqlite3_bind_null (stmt, param);
          else
            sqlite3_bind_int64 (stmt, param, value);
        }

      param++;
    }
}

static DeskRecord *
record_from_row (const RecordSql *sql,
                 GType            record_type,
                 DeskStmt        *stmt)
{
  DeskRecord *record = g_object_new (record_type, NULL);

  desk_record_set_id (record, sqlite3_column_int64 (stmt, 0));
  desk_record_set_archived (record, sqlite3_column_int (stmt, 1));
  desk_record_set_timestamps (record,
                              (const char *) sqlite3_column_text (stmt, 2),
                              (const char *) sqlite3_column_text (stmt, 3));

  for (guint i = 0; i < sql->n_fields; i++)
    {
      const DeskField *field = &sql->fields[i];
      int column = 4 + (int) i;

      if (field->fundamental == G_TYPE_STRING)
        desk_record_set_field_text (record, field, (const char *) sqlite3_column_text (stmt, column));
      else if (field->fundamental == G_TYPE_ENUM)
        {
          int value = (int) field->default_value;

          if (!desk_enum_from_nick (field->enum_type (), (const char *) sqlite3_column_text (stmt, column), &value))
            g_warning ("Unknown %s “%s” in %s %" G_GINT64_FORMAT, field->name,
                       sqlite3_column_text (stmt, column), sql->table->table, (gint64) sqlite3_column_int64 (stmt, 0));
          desk_record_set_field_number (record, field, value);
        }
      else
        desk_record_set_field_number (record, field, sqlite3_column_int64 (stmt, column));
    }

  return record;
}

/* ---- change notification ---------------------------------------------- */

void
_desk_store_queue_change (DeskStore      *self,
              const char     *entity,
              gint64          id,
              DeskChangeKind  kind)
{
  PendingChange change = { g_strdup (entity), id, kind };

  g_array_append_val (self->pending, change);
}

/* Runs @func in a transaction; changes it queued are announced only once the
 * outermost transaction has committed, and forgotten when it rolls back. */
gboolean
_desk_store_run_transaction (DeskStore            *self,
                 DeskTransactionFunc   func,
                 gpointer              user_data,
                 GError              **error)
{
  gboolean outermost = !desk_database_in_transaction (self->database);
  guint mark = self->pending->len;

  if (!desk_database_transaction (self->database, func, user_data, error))
    {
      g_array_set_size (self->pending, mark);
      return FALSE;
    }

  if (outermost)
    {
      g_autoptr(GArray) pending = g_steal_pointer (&self->pending);

      self->pending = g_array_new (FALSE, TRUE, sizeof (PendingChange));
      g_array_set_clear_func (self->pending, pending_change_clear);

      for (guint i = 0; i < pending->len; i++)
        {
          const PendingChange *change = &g_array_index (pending, PendingChange, i);
          g_signal_emit (self, signals[CHANGED], g_quark_from_string (change->entity),
                         change->entity, change->id, change->kind);
        }
    }

  return TRUE;
}

/* ---- get / save / archive ---------------------------------------------- */

char *
_desk_store_now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gpointer
desk_store_get (DeskStore  *self,
                GType       record_type,
                gint64      id,
                GError    **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  RecordSql *sql;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, DESK_TYPE_RECORD), NULL);

  sql = record_sql_for_type (self, record_type, error);
  if (sql == NULL)
    return NULL;

  stmt = desk_database_prepare (self->database, sql->select_sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_text (stmt, 2, desk_enum_nick (DESK_TYPE_REGION, self->region), -1, SQLITE_STATIC);
  rc = desk_database_step (self->database, stmt, error);
  if (rc == 0)
    return NULL;
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, DESK_ERROR, DESK_ERROR_NOT_FOUND,
                           _("That record does not exist any more; it may have been removed in another window."));
      return NULL;
    }

  return record_from_row (sql, record_type, stmt);
}

gboolean
desk_store_audit (DeskStore   *self,
                  const char  *entity,
                  gint64       entity_id,
                  const char  *action,
                  const char  *fields,
                  GError     **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  g_autofree char *now = _desk_store_now_utc ();
  /* Which program: the window, "probono backup", … (g_set_prgname). */
  g_autofree char *program = g_path_get_basename (g_get_prgname () != NULL ? g_get_prgname () : "");

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (entity != NULL && action != NULL, FALSE);

  stmt = desk_database_prepare (self->database,
                                "INSERT INTO audit_log (at, os_user, entity, entity_id, action, fields, program) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, g_get_user_name (), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, entity, -1, SQLITE_STATIC);
  if (entity_id > 0)
    sqlite3_bind_int64 (stmt, 4, entity_id);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_text (stmt, 5, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, fields != NULL ? fields : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, program, -1, SQLITE_STATIC);

  return desk_database_step (self->database, stmt, error) == SQLITE_DONE;
}

/* Hands out the next number of @year from its sequence row. */
static gboolean
next_case_number (DeskStore   *self,
                  int          year,
                  char       **number,
                  GError     **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  gint64 last;

  stmt = desk_database_prepare (self->database,
                                "INSERT INTO case_number_sequences (year, last) VALUES (?1, 1) "
                                "ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, year);
  if (desk_database_step (self->database, stmt, error) != SQLITE_ROW)
    return FALSE;

  last = sqlite3_column_int64 (stmt, 0);
  *number = g_strdup_printf ("%04d-%05" G_GINT64_FORMAT, year, last);
  return TRUE;
}

static gboolean
assign_case_number (DeskStore   *self,
                    DeskCase    *kase,
                    GError     **error)
{
  g_autofree char *number = NULL;
  const char *opened_on = desk_case_get_opened_on (kase);
  const char *current = desk_case_get_case_number (kase);

  if (current != NULL && *current != '\0')
    return TRUE;

  if (!next_case_number (self, (int) g_ascii_strtoll (opened_on, NULL, 10), &number, error))
    return FALSE;

  desk_case_set_case_number (kase, number);
  return TRUE;
}

/* A volunteer's practice areas live as readable text on the row and as links
 * to practice_areas, which is what queries join on. */
static gboolean
sync_practice_areas (DeskStore      *self,
                     DeskVolunteer  *volunteer,
                     GError        **error)
{
  gint64 id = desk_record_get_id (DESK_RECORD (volunteer));
  g_auto(GStrv) areas = g_strsplit (desk_volunteer_get_practice_areas (volunteer), ",", -1);
  g_autoptr(DeskStmt) clear = NULL;

  clear = desk_database_prepare (self->database,
                                 "DELETE FROM volunteer_practice_areas WHERE volunteer_id = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, id);
  if (desk_database_step (self->database, clear, error) != SQLITE_DONE)
    return FALSE;

  for (guint i = 0; areas[i] != NULL; i++)
    {
      g_autoptr(DeskStmt) add_area = NULL;
      g_autoptr(DeskStmt) link = NULL;
      const char *name = g_strstrip (areas[i]);

      if (*name == '\0')
        continue;

      add_area = desk_database_prepare (self->database,
                                        "INSERT OR IGNORE INTO practice_areas (name) VALUES (?1)", error);
      if (add_area == NULL)
        return FALSE;
      sqlite3_bind_text (add_area, 1, name, -1, SQLITE_STATIC);
      if (desk_database_step (self->database, add_area, error) != SQLITE_DONE)
        return FALSE;

      link = desk_database_prepare (self->database,
                                    "INSERT OR IGNORE INTO volunteer_practice_areas (volunteer_id, practice_area_id) "
                                    "SELECT ?1, id FROM practice_areas WHERE name = ?2", error);
      if (link == NULL)
        return FALSE;
      sqlite3_bind_int64 (link, 1, id);
      sqlite3_bind_text (link, 2, name, -1, SQLITE_STATIC);
      if (desk_database_step (self->database, link, error) != SQLITE_DONE)
        return FALSE;
    }

  return TRUE;
}

/* The names of the stored fields that differ between two versions. */
static char *
changed_fields (const RecordSql *sql,
                DeskRecord      *before,
                DeskRecord      *after)
{
  g_autoptr(GString) names = g_string_new (NULL);

  if (desk_record_get_archived (before) != desk_record_get_archived (after))
    g_string_append (names, "archived");

  for (guint i = 0; i < sql->n_fields; i++)
    {
      const DeskField *field = &sql->fields[i];
      gboolean differs;

      if (field->flags & DESK_FIELD_DERIVED)
        continue;

      if (field->fundamental == G_TYPE_STRING)
        {
          const char *a = desk_record_get_field_text (before, field);
          const char *b = desk_record_get_field_text (after, field);
          differs = g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") != 0;
        }
      else
        differs = desk_record_get_field_number (before, field) != desk_record_get_field_number (after, field);

      if (differs)
        g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", field->name);
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* The name a person or party is known by, for the conflict index. */
static char *
conflict_name (DeskRecord *record)
{
  if (DESK_IS_CLIENT (record))
    return g_strdup_printf ("%s %s", desk_client_get_first_name (DESK_CLIENT (record)),
                            desk_client_get_last_name (DESK_CLIENT (record)));
  if (DESK_IS_VOLUNTEER (record))
    return g_strdup_printf ("%s %s", desk_volunteer_get_first_name (DESK_VOLUNTEER (record)),
                            desk_volunteer_get_last_name (DESK_VOLUNTEER (record)));
  if (DESK_IS_PARTY (record))
    return g_strdup (desk_party_get_name (DESK_PARTY (record)));
  return NULL;
}

/* A status change must follow the workflow; the one stored is the truth. */
static gboolean
check_status_change (DeskCase     *before,
                     DeskCase     *after,
                     const char  **action,
                     GError      **error)
{
  DeskCaseStatus from = desk_case_get_status (before);
  DeskCaseStatus to = desk_case_get_status (after);

  if (!desk_case_status_can_change (from, to))
    return desk_invalid (error, "status", _("A case cannot go from %s to %s."),
                         desk_enum_label (DESK_TYPE_CASE_STATUS, from),
                         desk_enum_label (DESK_TYPE_CASE_STATUS, to));

  if (desk_case_status_is_reopening (from, to))
    *action = "reopen";
  return TRUE;
}

static gboolean
write_record (DeskStore    *self,
              DeskRecord   *record,
              const char   *now,
              const char  **action_out,
              char        **fields_out,
              GError      **error)
{
  GType record_type = G_OBJECT_TYPE (record);
  RecordSql *sql = record_sql_for_type (self, record_type, error);
  g_autoptr(DeskStmt) stmt = NULL;
  g_autoptr(DeskRecord) before = NULL;
  g_autofree char *old_name = NULL;
  g_autofree char *new_name = NULL;
  gint64 id = desk_record_get_id (record);
  const char *action = id > 0 ? "update" : "create";

  if (sql == NULL)
    return FALSE;

  if (id > 0)
    {
      before = desk_store_get (self, record_type, id, error);
      if (before == NULL)
        return FALSE;
      if (DESK_IS_CASE (record) && !check_status_change (DESK_CASE (before), DESK_CASE (record), &action, error))
        return FALSE;
      desk_record_set_timestamps (record, desk_record_get_created_at (before), now);
      stmt = desk_database_prepare (self->database, sql->update_sql, error);
    }
  else
    {
      if (DESK_IS_CASE (record) && !assign_case_number (self, DESK_CASE (record), error))
        return FALSE;
      desk_record_set_timestamps (record, now, now);
      stmt = desk_database_prepare (self->database, sql->insert_sql, error);
    }

  if (stmt == NULL)
    return FALSE;

  bind_fields (sql, record, stmt);
  if (id > 0)
    sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_count (stmt), id);

  if (desk_database_step (self->database, stmt, error) != SQLITE_DONE)
    return FALSE;
  g_clear_pointer (&stmt, desk_stmt_reset);

  if (id == 0)
    desk_record_set_id (record, sqlite3_last_insert_rowid (desk_database_get_handle (self->database)));

  if (DESK_IS_VOLUNTEER (record) && !sync_practice_areas (self, DESK_VOLUNTEER (record), error))
    return FALSE;

  new_name = conflict_name (record);
  old_name = before != NULL ? conflict_name (before) : NULL;
  if (new_name != NULL && g_strcmp0 (old_name, new_name) != 0 &&
      !_desk_store_index_name (self, desk_record_get_entity (record), desk_record_get_id (record), new_name, error))
    return FALSE;

  if (action_out != NULL)
    *action_out = action;
  if (fields_out != NULL)
    *fields_out = before != NULL ? changed_fields (sql, before, record) : g_strdup ("");

  return TRUE;
}

typedef struct
{
  DeskStore  *store;
  DeskRecord *record;
} SaveJob;

static gboolean
save_in_transaction (DeskDatabase  *database,
                     gpointer       user_data,
                     GError       **error)
{
  SaveJob *job = user_data;
  g_autofree char *now = _desk_store_now_utc ();
  g_autofree char *fields = NULL;
  gboolean created = desk_record_get_id (job->record) == 0;
  const char *entity = desk_record_get_entity (job->record);
  const char *action = NULL;
  gint64 id;

  if (!write_record (job->store, job->record, now, &action, &fields, error))
    return FALSE;

  id = desk_record_get_id (job->record);
  if (!desk_store_audit (job->store, entity, id, action, fields, error))
    return FALSE;

  _desk_store_queue_change (job->store, entity, id, created ? DESK_CHANGE_CREATED : DESK_CHANGE_UPDATED);
  return TRUE;
}

/* What a failed save must give back: a new record stays new, and the fields
 * the store filled in are restored, so a second try starts clean. */
typedef struct
{
  gint64  id;
  char   *created_at;
  char   *updated_at;
  char   *case_number;
} Snapshot;

static void
snapshot_take (Snapshot   *snapshot,
               DeskRecord *record)
{
  snapshot->id = desk_record_get_id (record);
  snapshot->created_at = g_strdup (desk_record_get_created_at (record));
  snapshot->updated_at = g_strdup (desk_record_get_updated_at (record));
  snapshot->case_number = DESK_IS_CASE (record) ? g_strdup (desk_case_get_case_number (DESK_CASE (record))) : NULL;
}

static void
snapshot_restore (Snapshot   *snapshot,
                  DeskRecord *record)
{
  desk_record_set_id (record, snapshot->id);
  desk_record_set_timestamps (record, snapshot->created_at, snapshot->updated_at);
  if (DESK_IS_CASE (record))
    desk_case_set_case_number (DESK_CASE (record), snapshot->case_number);
}

static void
snapshot_clear (Snapshot *snapshot)
{
  g_clear_pointer (&snapshot->created_at, g_free);
  g_clear_pointer (&snapshot->updated_at, g_free);
  g_clear_pointer (&snapshot->case_number, g_free);
}

/* A household between 125% and 200% of the guideline is served only with a
 * documented exception (45 CFR 1611.5).  The rule needs the guideline
 * table, so it lives here rather than in desk_client_validate(); batches
 * (imports, demo data) keep what the records say. */
static void
check_eligibility_exception (DeskStore  *self,
                             DeskClient *client,
                             GPtrArray  *problems)
{
  g_autoptr(GError) screen_error = NULL;
  DeskEligibilityResult result;

  if (desk_client_get_eligibility_exception (client) != DESK_EXCEPTION_NONE)
    return;

  /* No table for the region: nothing to hold the save to. */
  if (!desk_store_screen_client (self, client, &result, &screen_error))
    return;

  if (result.verdict == DESK_ELIGIBLE_EXCEPTION_NEEDED)
    desk_problems_add (problems, "eligibility-exception",
                       _("The income is between 125%% and 200%% of the poverty guideline; "
                         "choose the reason this household may be served."));
}

GPtrArray *
desk_store_check (DeskStore  *self,
                  DeskRecord *record)
{
  GPtrArray *problems;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (DESK_IS_RECORD (record), NULL);

  problems = desk_record_check (record);
  if (DESK_IS_CLIENT (record))
    check_eligibility_exception (self, DESK_CLIENT (record), problems);

  return problems;
}

gboolean
desk_store_save (DeskStore   *self,
                 DeskRecord  *record,
                 GError     **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  SaveJob job = { self, record };
  Snapshot snapshot = { 0 };
  gboolean ok;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (DESK_IS_RECORD (record), FALSE);

  problems = desk_store_check (self, record);
  if (!desk_problems_propagate (problems, error))
    return FALSE;

  snapshot_take (&snapshot, record);
  ok = _desk_store_run_transaction (self, save_in_transaction, &job, error);
  if (!ok)
    snapshot_restore (&snapshot, record);
  snapshot_clear (&snapshot);

  return ok;
}

typedef struct
{
  DeskStore  *store;
  DeskRecord *record;
  gboolean    archived;
} ArchiveJob;

static gboolean
archive_in_transaction (DeskDatabase  *database,
                        gpointer       user_data,
                        GError       **error)
{
  ArchiveJob *job = user_data;
  RecordSql *sql = record_sql_for_type (job->store, G_OBJECT_TYPE (job->record), error);
  g_autofree char *now = _desk_store_now_utc ();
  g_autofree char *update = NULL;
  g_autoptr(DeskStmt) stmt = NULL;
  const char *entity = desk_record_get_entity (job->record);
  gint64 id = desk_record_get_id (job->record);

  if (sql == NULL)
    return FALSE;

  update = g_strdup_printf ("UPDATE %s SET archived = ?1, updated_at = ?2 WHERE id = ?3", sql->table->table);
  stmt = desk_database_prepare (job->store->database, update, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, job->archived);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, id);
  if (desk_database_step (job->store->database, stmt, error) != SQLITE_DONE)
    return FALSE;

  if (sqlite3_changes (desk_database_get_handle (job->store->database)) == 0)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND,
                   _("The record to archive was not found; it may have been removed."));
      return FALSE;
    }

  if (!desk_store_audit (job->store, entity, id, job->archived ? "archive" : "restore", "archived", error))
    return FALSE;

  _desk_store_queue_change (job->store, entity, id, job->archived ? DESK_CHANGE_ARCHIVED : DESK_CHANGE_RESTORED);
  return TRUE;
}

static gboolean
set_archived (DeskStore   *self,
              DeskRecord  *record,
              gboolean     archived,
              GError     **error)
{
  ArchiveJob job = { self, record, archived };

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (DESK_IS_RECORD (record), FALSE);

  if (desk_record_get_id (record) <= 0)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID, _("A record that was never saved cannot be archived."));
      return FALSE;
    }

  if (!_desk_store_run_transaction (self, archive_in_transaction, &job, error))
    return FALSE;

  desk_record_set_archived (record, archived);
  return TRUE;
}

gboolean
desk_store_archive (DeskStore   *self,
                    DeskRecord  *record,
                    GError     **error)
{
  return set_archived (self, record, TRUE, error);
}

gboolean
desk_store_restore (DeskStore   *self,
                    DeskRecord  *record,
                    GError     **error)
{
  return set_archived (self, record, FALSE, error);
}

typedef struct
{
  DeskStore  *store;
  GPtrArray  *records;
  const char *action;
} BatchJob;

static gboolean
batch_in_transaction (DeskDatabase  *database,
                      gpointer       user_data,
                      GError       **error)
{
  BatchJob *job = user_data;
  g_autofree char *now = _desk_store_now_utc ();
  g_autofree char *summary = NULL;
  const char *entity;

  for (guint i = 0; i < job->records->len; i++)
    {
      DeskRecord *record = g_ptr_array_index (job->records, i);

      if (desk_record_get_id (record) != 0)
        {
          g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                       _("Record %u of the batch was saved before; a batch only adds new records."), i + 1);
          return FALSE;
        }
      if (!desk_record_validate (record, error))
        {
          g_prefix_error (error, _("Record %u of the batch: "), i + 1);
          return FALSE;
        }
      if (!write_record (job->store, record, now, NULL, NULL, error))
        return FALSE;
    }

  entity = desk_record_get_entity (g_ptr_array_index (job->records, 0));
  summary = g_strdup_printf ("%u records", job->records->len);
  if (!desk_store_audit (job->store, entity, 0, job->action, summary, error))
    return FALSE;

  _desk_store_queue_change (job->store, entity, 0, DESK_CHANGE_RELOADED);
  return TRUE;
}

gboolean
desk_store_insert_batch (DeskStore   *self,
                         GPtrArray   *records,
                         const char  *action,
                         GError     **error)
{
  BatchJob job = { self, records, action };
  gboolean ok;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);
  g_return_val_if_fail (action != NULL, FALSE);

  if (records->len == 0)
    return TRUE;

  /* A big batch touches far more pages than SQLite's default 2 MB cache
   * holds and would spill them to the WAL again and again; reads, on the
   * other hand, are faster with the small cache (fewer fresh pages to
   * allocate), so the larger one is only lent for the batch. */
  desk_database_exec (self->database, "PRAGMA cache_size = -32768", NULL);
  ok = _desk_store_run_transaction (self, batch_in_transaction, &job, error);
  desk_database_exec (self->database, "PRAGMA cache_size = -2000", NULL);
  if (!ok)
    {
      /* The rows are gone; the objects must look unsaved again. */
      for (guint i = 0; i < records->len; i++)
        {
          DeskRecord *record = g_ptr_array_index (records, i);

          desk_record_set_id (record, 0);
          if (DESK_IS_CASE (record))
            desk_case_set_case_number (DESK_CASE (record), "");
        }
    }

  return ok;
}

void
desk_store_set_region (DeskStore  *self,
                       DeskRegion  region)
{
  g_return_if_fail (DESK_IS_STORE (self));

  if (self->region == region)
    return;
  self->region = region;
  /* Every client's % of poverty depends on it. */
  g_signal_emit (self, signals[CHANGED], g_quark_from_static_string ("client"),
                 "client", (gint64) 0, DESK_CHANGE_RELOADED);
}

DeskRegion
desk_store_get_region (DeskStore *self)
{
  g_return_val_if_fail (DESK_IS_STORE (self), DESK_REGION_CONTIGUOUS);

  return self->region;
}
