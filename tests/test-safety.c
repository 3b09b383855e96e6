/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Safety of the store as a whole: every rule the database enforces is
 * caught by validation first, documents are copied safely, writes by
 * others are noticed, and an income nobody gave is never screened. */
#define G_LOG_DOMAIN "test-safety"

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "desk-documents.h"
#include "desk-enum-types.h"
#include "desk-error.h"
#include "desk-labels.h"
#include "desk-store.h"
#include "desk-test-files.h"
#include "desk-test.h"

typedef DeskTestStore Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  desk_test_store_open (f, "test-safety");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  desk_test_store_close (f);
}

static sqlite3 *
handle (DeskStore *store)
{
  return desk_database_get_handle (desk_store_get_database (store));
}

/* Saved records of every kind, valid, to change one field at a time. */
typedef struct
{
  GType       (*type) (void);
  const char   *table;
  gint64        id;
} Base;

/* Cases three times: the rules of a closed and of a rejected case span
 * several columns. */
static Base bases[] = {
  { desk_client_get_type, "clients" },
  { desk_case_get_type, "cases" },
  { desk_volunteer_get_type, "volunteers" },
  { desk_party_get_type, "parties" },
  { desk_deadline_get_type, "deadlines" },
  { desk_note_get_type, "notes" },
  { desk_time_entry_get_type, "time_entries" },
  { desk_document_get_type, "documents" },
  { desk_case_get_type, "cases" },
  { desk_case_get_type, "cases" },
};

static void
save_bases (DeskStore *store)
{
  g_autoptr(DeskClient) client = desk_client_new ();
  g_autoptr(DeskVolunteer) volunteer = desk_volunteer_new ();
  g_autoptr(DeskCase) kase = desk_case_new ();
  g_autoptr(DeskParty) party = NULL;
  g_autoptr(DeskDeadline) deadline = NULL;
  g_autoptr(DeskNote) note = NULL;
  g_autoptr(DeskTimeEntry) entry = NULL;
  g_autoptr(DeskDocument) document = NULL;
  gint64 case_id;

  desk_client_set_first_name (client, "Ana");
  desk_client_set_last_name (client, "López");
  desk_client_set_intake_date (client, "2026-03-01");
  desk_client_set_annual_income_cents (client, 1000000);
  desk_test_save (store, client);

  desk_volunteer_set_first_name (volunteer, "Grace");
  desk_volunteer_set_last_name (volunteer, "Okafor");
  desk_test_save (store, volunteer);

  desk_case_set_client_id (kase, desk_record_get_id (DESK_RECORD (client)));
  desk_case_set_problem_code (kase, "63");
  desk_case_set_title (kase, "Eviction defence");
  desk_case_set_opened_on (kase, "2026-03-01");
  desk_test_save (store, kase);
  case_id = desk_record_get_id (DESK_RECORD (kase));

  party = g_object_new (DESK_TYPE_PARTY, "case-id", case_id, "name", "Acme Property LLC", NULL);
  desk_test_save (store, party);
  deadline = g_object_new (DESK_TYPE_DEADLINE, "case-id", case_id, "due-on", "2026-07-01", NULL);
  desk_test_save (store, deadline);
  note = g_object_new (DESK_TYPE_NOTE, "case-id", case_id, "author", "Sam", "body", "Called the landlord.", NULL);
  desk_test_save (store, note);
  entry = g_object_new (DESK_TYPE_TIME_ENTRY, "case-id", case_id,
                        "volunteer-id", desk_record_get_id (DESK_RECORD (volunteer)),
                        "worked-on", "2026-03-02", "tenths", 10, "activity", "Research", NULL);
  desk_test_save (store, entry);
  document = g_object_new (DESK_TYPE_DOCUMENT, "case-id", case_id, "file-name", "lease.pdf",
                           "stored-path", "/nonexistent/lease.pdf", "size-bytes", (gint64) 10, NULL);
  desk_test_save (store, document);

  bases[0].id = desk_record_get_id (DESK_RECORD (client));
  bases[1].id = case_id;
  bases[2].id = desk_record_get_id (DESK_RECORD (volunteer));
  bases[3].id = desk_record_get_id (DESK_RECORD (party));
  bases[4].id = desk_record_get_id (DESK_RECORD (deadline));
  bases[5].id = desk_record_get_id (DESK_RECORD (note));
  bases[6].id = desk_record_get_id (DESK_RECORD (entry));
  bases[7].id = desk_record_get_id (DESK_RECORD (document));

  {
    g_autoptr(DeskCase) closed = desk_store_get_case (store, case_id, NULL);
    g_autoptr(DeskCase) rejected = desk_store_get_case (store, case_id, NULL);

    desk_record_set_id (DESK_RECORD (closed), 0);
    desk_case_set_case_number (closed, "");
    desk_case_set_status (closed, DESK_CASE_STATUS_CLOSED);
    desk_case_set_closed_on (closed, "2026-04-01");
    desk_case_set_closing_code (closed, "A");
    desk_case_set_outcome (closed, DESK_OUTCOME_FAVOURABLE);
    desk_test_save (store, closed);
    bases[8].id = desk_record_get_id (DESK_RECORD (closed));

    desk_record_set_id (DESK_RECORD (rejected), 0);
    desk_case_set_case_number (rejected, "");
    desk_case_set_status (rejected, DESK_CASE_STATUS_REJECTED);
    desk_case_set_rejection_reason (rejected, DESK_REJECTION_CONFLICT);
    desk_test_save (store, rejected);
    bases[9].id = desk_record_get_id (DESK_RECORD (rejected));
  }
}

/* One value to try in a field: text or a number. */
typedef struct
{
  gboolean    is_text;
  const char *text;
  gint64      number;
} Candidate;

static void
add_text (GArray     *candidates,
          const char *text)
{
  Candidate candidate = { TRUE, text, 0 };
  g_array_append_val (candidates, candidate);
}

static void
add_number (GArray *candidates,
            gint64  number)
{
  Candidate candidate = { FALSE, NULL, number };
  g_array_append_val (candidates, candidate);
}

/* Values at and past every edge a rule of the schema could draw. */
static GArray *
candidates_for (const DeskField *field,
                const char      *longest)
{
  GArray *candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

  if (field->fundamental == G_TYPE_STRING)
    {
      const char *all[] = { NULL, "", " ", "\u200b", "x", "a\tb", "one\ntwo", "a;b", "say \"hi\"", "a,b" };
      const char *codes[] = { "00", "zz", "63", "A", "IA", "Z", "25:99", "24:00", "09:30", "9:30", "x y",
                              "2026-00001", "2026-0001", "1999-12345-extra", "ABCD-12345" };
      const char *dates[] = { "2026-02-30", "0001-01-01", "1899-12-31", "1900-01-01", "2026-01-01", "2026-02-28",
                              "2026-06-15", "2026-06-16", "2200-12-31", "2201-01-01", "2026-1-1", "garbage" };
      for (guint i = 0; i < G_N_ELEMENTS (all); i++)
        add_text (candidates, all[i]);
      for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
        add_text (candidates, codes[i]);
      for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
        add_text (candidates, dates[i]);
      add_text (candidates, longest);
    }
  else if (field->fundamental == G_TYPE_ENUM || field->fundamental == G_TYPE_FLAGS)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (field->enum_type ());

      if (field->fundamental == G_TYPE_ENUM)
        for (guint i = 0; i < G_ENUM_CLASS (klass)->n_values; i++)
          add_number (candidates, G_ENUM_CLASS (klass)->values[i].value);
      else
        add_number (candidates, G_FLAGS_CLASS (klass)->mask);
      add_number (candidates, 0);
      add_number (candidates, 999);
      add_number (candidates, -1);
    }
  else
    {
      const gint64 numbers[] = { G_MININT64, G_MININT, -1, 0, 1, 2, 24, 100, 101, 240, 241, 999999,
                                 DESK_MONEY_MAX_CENTS, DESK_MONEY_MAX_CENTS + 1, G_MAXINT, G_MAXINT64 };

      for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
        if (field->fundamental == G_TYPE_INT64 || (numbers[i] >= G_MININT && numbers[i] <= G_MAXINT))
          add_number (candidates, numbers[i]);
    }

  return candidates;
}

static void
set_candidate (DeskRecord      *record,
               const DeskField *field,
               const Candidate *candidate)
{
  if (candidate->is_text)
    desk_record_set_field_text (record, field, candidate->text);
  else
    desk_record_set_field_number (record, field, candidate->number);
}

static char *
describe_candidate (const Candidate *candidate)
{
  if (!candidate->is_text)
    return g_strdup_printf ("%" G_GINT64_FORMAT, candidate->number);
  if (candidate->text == NULL)
    return g_strdup ("NULL");
  return g_strdup_printf ("“%.20s”%s", candidate->text, strlen (candidate->text) > 20 ? "…" : "");
}

/* Binds the field's value as the store does (DeskField flags and nicks). */
static void
bind_like_the_store (sqlite3_stmt    *stmt,
                     DeskRecord      *record,
                     const DeskField *field)
{
  if (field->fundamental == G_TYPE_STRING)
    {
      const char *text = desk_record_get_field_text (record, field);

      if (text == NULL || (*text == '\0' && (field->flags & DESK_FIELD_NULLABLE)))
        sqlite3_bind_null (stmt, 1);
      else
        sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
    }
  else if (field->fundamental == G_TYPE_ENUM)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (field->enum_type ());
      GEnumValue *value = g_enum_get_value (klass, (int) desk_record_get_field_number (record, field));

      if (value != NULL)
        sqlite3_bind_text (stmt, 1, value->value_nick, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, 1);
    }
  else
    {
      gint64 value = desk_record_get_field_number (record, field);

      if (value == 0 && (field->flags & DESK_FIELD_NULLABLE))
        sqlite3_bind_null (stmt, 1);
      else
        sqlite3_bind_int64 (stmt, 1, value);
    }
}

typedef struct
{
  const char      *table;
  const char      *column;
  gint64           id;
  DeskRecord      *record;
  const DeskField *field;
  int              rc;
  char            *message;
} RawUpdate;

/* The schema's own verdict on the value, written straight in a savepoint
 * that is rolled back. */
static gboolean
raw_update (DeskDatabase  *database,
            gpointer       user_data,
            GError       **error)
{
  RawUpdate *update = user_data;
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET %s = ?1 WHERE id = ?2", update->table, update->column);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (desk_database_get_handle (database), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  bind_like_the_store (stmt, update->record, update->field);
  sqlite3_bind_int64 (stmt, 2, update->id);
  sqlite3_step (stmt);
  update->rc = sqlite3_finalize (stmt);
  update->message = g_strdup (sqlite3_errmsg (desk_database_get_handle (database)));

  g_set_error_literal (error, DESK_ERROR, DESK_ERROR_CONFLICT, "rolled back on purpose");
  return FALSE;
}

typedef struct
{
  DeskStore  *store;
  DeskRecord *record;
  GError     *save_error;
} TrialSave;

/* desk_store_save() as it would go, then undone. */
static gboolean
trial_save (DeskDatabase  *database,
            gpointer       user_data,
            GError       **error)
{
  TrialSave *trial = user_data;

  desk_store_save (trial->store, trial->record, &trial->save_error);
  g_set_error_literal (error, DESK_ERROR, DESK_ERROR_CONFLICT, "rolled back on purpose");
  return FALSE;
}

/* The definitions of a CREATE TABLE, split at the commas that are not in
 * parentheses or quotes: "first_name TEXT NOT NULL CHECK (…)", "CHECK (…)". */
static GPtrArray *
split_definitions (const char *create)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  const char *body = strchr (create, '(');
  const char *start;
  gboolean quoted = FALSE;
  int depth = 0;

  g_assert_nonnull (body);
  start = ++body;
  for (const char *p = body; *p != '\0'; p++)
    {
      if (*p == '\'')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '(')
        depth++;
      else if (*p == ')' && depth-- == 0)
        {
          g_ptr_array_add (items, g_strstrip (g_strndup (start, p - start)));
          break;
        }
      else if (*p == ',' && depth == 0)
        {
          g_ptr_array_add (items, g_strstrip (g_strndup (start, p - start)));
          start = p + 1;
        }
    }
  return items;
}

/* The words of @text outside its string literals. */
static GPtrArray *
identifiers (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0'; )
    {
      const char *end = p;

      if (*p == '\'')
        quoted = !quoted;
      if (quoted || !(g_ascii_isalpha (*p) || *p == '_'))
        {
          p++;
          continue;
        }
      while (g_ascii_isalnum (*end) || *end == '_')
        end++;
      g_ptr_array_add (words, g_strndup (p, end - p));
      p = end;
    }
  return words;
}

/* The columns of @table that a CHECK constraint names. */
static GHashTable *
checked_columns (DeskStore  *store,
                 const char *table)
{
  GHashTable *columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *select_sql = g_strdup_printf ("SELECT sql FROM sqlite_schema WHERE name = '%s'", table);
  g_autoptr(GPtrArray) definitions = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle (store), select_sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  definitions = split_definitions ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < definitions->len; i++)
    {
      g_autoptr(GPtrArray) words = identifiers (g_ptr_array_index (definitions, i));

      if (words->len > 0 && !g_str_equal (g_ptr_array_index (words, 0), "CHECK"))
        g_ptr_array_add (names, g_strdup (g_ptr_array_index (words, 0)));
    }

  for (guint i = 0; i < definitions->len; i++)
    {
      g_autoptr(GPtrArray) words = identifiers (g_ptr_array_index (definitions, i));

      if (!g_ptr_array_find_with_equal_func (words, "CHECK", g_str_equal, NULL))
        continue;
      if (!g_str_equal (g_ptr_array_index (words, 0), "CHECK"))
        g_hash_table_add (columns, g_strdup (g_ptr_array_index (words, 0)));
      else
        for (guint w = 0; w < words->len; w++)
          if (g_ptr_array_find_with_equal_func (names, g_ptr_array_index (words, w), g_str_equal, NULL))
            g_hash_table_add (columns, g_strdup (g_ptr_array_index (words, w)));
    }

  /* A table has its rules. */
  g_assert_cmpuint (g_hash_table_size (columns), >, 0);
  return columns;
}

/* For every field of every record, values at every edge: whenever the
 * database would refuse a value (a CHECK, NOT NULL, a type), validation
 * refuses it first and names a field; whenever validation accepts one,
 * the save goes through.  And every column a CHECK guards was really
 * tried with a value it refuses. */
static void
test_validation_before_checks (Fixture       *f,
                               gconstpointer  data)
{
  DeskDatabase *database = desk_store_get_database (f->store);
  g_autoptr(GHashTable) refused = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *longest = g_strnfill (DESK_TEXT_MULTI_LINE_MAX + 1, 'x');
  guint refused_by_both = 0;

  save_bases (f->store);

  for (guint b = 0; b < G_N_ELEMENTS (bases); b++)
    {
      GType type = bases[b].type ();
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);
      const DeskField *fields;
      guint n_fields;

      fields = desk_record_class_get_fields (DESK_RECORD_CLASS (klass), &n_fields);
      for (guint i = 0; i < n_fields; i++)
        {
          const DeskField *field = &fields[i];
          g_autofree char *column_name = g_strdelimit (g_strdup (field->name), "-", '_');
          g_autoptr(GArray) candidates = NULL;

          if (field->flags & DESK_FIELD_DERIVED)
            continue;

          candidates = candidates_for (field, longest);
          for (guint c = 0; c < candidates->len; c++)
            {
              const Candidate *candidate = &g_array_index (candidates, Candidate, c);
              g_autoptr(DeskRecord) record = desk_store_get (f->store, type, bases[b].id, NULL);
              g_autoptr(GPtrArray) problems = NULL;
              g_autofree char *value = describe_candidate (candidate);
              RawUpdate update = { bases[b].table, column_name, bases[b].id, record, field, 0, NULL };
              gboolean database_refuses;

              g_assert_nonnull (record);
              set_candidate (record, field, candidate);
              problems = desk_store_check (f->store, record);

              g_assert_false (desk_database_transaction (database, raw_update, &update, NULL));
              /* A missing referenced row or a number another row has are
               * not rules of the record alone: the save names those. */
              database_refuses = update.rc != SQLITE_OK && update.rc != SQLITE_CONSTRAINT_FOREIGNKEY &&
                                 update.rc != SQLITE_CONSTRAINT_UNIQUE;

              if (database_refuses && problems->len == 0)
                g_error ("%s.%s = %s: the database refuses it (%s), validation let it through",
                         bases[b].table, column_name, value, update.message);
              if (database_refuses)
                {
                  const GError *first = g_ptr_array_index (problems, 0);

                  g_assert_nonnull (desk_error_get_field (first));
                  g_hash_table_add (refused, g_strdup_printf ("%s.%s", bases[b].table, column_name));
                  refused_by_both++;
                }

              if (problems->len == 0)
                {
                  TrialSave trial = { f->store, record, NULL };

                  g_assert_false (desk_database_transaction (database, trial_save, &trial, NULL));
                  if (trial.save_error != NULL &&
                      !(g_error_matches (trial.save_error, DESK_ERROR, DESK_ERROR_INVALID) &&
                        (desk_error_get_field (trial.save_error) != NULL ||
                         strstr (trial.save_error->message, "not in the database") != NULL)))
                    g_error ("%s.%s = %s passed validation, then the save failed: %s",
                             bases[b].table, column_name, value, trial.save_error->message);
                  g_clear_error (&trial.save_error);
                }
              g_free (update.message);
            }
        }

    }

  /* Each CHECK was met with a value it refuses; but a boolean's IN (0, 1)
   * and a set of flags' >= 0 cannot be broken from C, where they are a
   * gboolean and an unsigned int. */
  for (guint b = 0; b < G_N_ELEMENTS (bases); b++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (bases[b].type ());
      g_autoptr(GHashTable) checked = checked_columns (f->store, bases[b].table);
      const DeskField *fields;
      guint n_fields;

      fields = desk_record_class_get_fields (DESK_RECORD_CLASS (klass), &n_fields);
      for (guint i = 0; i < n_fields; i++)
        {
          g_autofree char *column = g_strdelimit (g_strdup (fields[i].name), "-", '_');
          g_autofree char *key = g_strdup_printf ("%s.%s", bases[b].table, column);

          if ((fields[i].flags & DESK_FIELD_DERIVED) || fields[i].fundamental == G_TYPE_BOOLEAN ||
              fields[i].fundamental == G_TYPE_FLAGS || !g_hash_table_contains (checked, column))
            continue;
          if (!g_hash_table_contains (refused, key))
            g_error ("%s has a CHECK that no value tried broke", key);
        }
    }

  g_assert_cmpuint (refused_by_both, >, 100);
}

/* The poverty guidelines are no record, and desk_guideline_validate()
 * stands before their CHECKs the same way. */
static void
test_guideline_validation_before_checks (Fixture       *f,
                                         gconstpointer  data)
{
  const int years[] = { G_MININT, 0, 1959, 1960, 2026, 2200, 2201, G_MAXINT };
  const int regions[] = { DESK_REGION_CONTIGUOUS, DESK_REGION_HAWAII, 7, -1 };
  const gint64 amounts[] = { G_MININT64, -1, 0, 1, 1565000, 100000000, 100000001, G_MAXINT64 };
  guint refused = 0;

  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    for (guint r = 0; r < G_N_ELEMENTS (regions); r++)
      for (guint a = 0; a < G_N_ELEMENTS (amounts); a++)
        for (guint e = 0; e < G_N_ELEMENTS (amounts); e++)
          {
            DeskGuideline row = { years[y], regions[r], amounts[a], amounts[e] };
            g_autoptr(GError) error = NULL;
            g_autofree char *sql = g_strdup_printf (
              "SAVEPOINT t; INSERT OR REPLACE INTO poverty_guidelines VALUES (%d, %s, %" G_GINT64_FORMAT
              ", %" G_GINT64_FORMAT "); ROLLBACK TO t; RELEASE t",
              row.year, regions[r] == DESK_REGION_CONTIGUOUS ? "'contiguous'" : regions[r] == DESK_REGION_HAWAII ?
              "'hawaii'" : "NULL", row.first_person_cents, row.each_additional_person_cents);
            gboolean database_refuses = sqlite3_exec (handle (f->store), sql, NULL, NULL, NULL) != SQLITE_OK;

            sqlite3_exec (handle (f->store), "ROLLBACK TO t; RELEASE t", NULL, NULL, NULL);
            if (database_refuses)
              {
                refused++;
                g_assert_false (desk_guideline_validate (&row, &error));
                g_assert_nonnull (desk_error_get_field (error));
              }
          }

  g_assert_cmpuint (refused, >, 100);
}

/* An income nobody gave: the client is saved, not screened, and has no %
 * of poverty, whatever benefits it has. */
static void
test_unknown_income (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DeskClient) client = desk_client_new ();
  g_autoptr(DeskClient) loaded = NULL;
  g_autoptr(GError) error = NULL;
  DeskEligibilityResult result;

  desk_client_set_first_name (client, "Bea");
  desk_client_set_last_name (client, "Nguyen");
  desk_client_set_income_sources (client, DESK_INCOME_SSI);
  g_assert_false (desk_client_get_income_known (client));
  desk_test_save (f->store, client);

  g_assert_false (desk_store_screen_client (f->store, client, &result, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "Not screened: the household income is not known.");
  g_clear_error (&error);

  loaded = desk_store_get_client (f->store, desk_record_get_id (DESK_RECORD (client)), &error);
  g_assert_no_error (error);
  g_assert_false (desk_client_get_income_known (loaded));
  g_assert_cmpint (desk_client_get_poverty_percent (loaded), ==, -1);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT income_known FROM clients"), ==, 0);

  /* Once given, even as no income at all, it is screened. */
  desk_client_set_annual_income_cents (loaded, 0);
  desk_client_set_income_sources (loaded, DESK_INCOME_NONE);
  desk_test_save (f->store, loaded);
  g_clear_object (&loaded);
  loaded = desk_store_get_client (f->store, desk_record_get_id (DESK_RECORD (client)), &error);
  g_assert_true (desk_client_get_income_known (loaded));
  g_assert_cmpint (desk_client_get_poverty_percent (loaded), ==, 0);
  g_assert_true (desk_store_screen_client (f->store, loaded, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result.verdict, ==, DESK_ELIGIBLE);
}

/* A household of G_MAXINT adults and a child is refused in words, not
 * added up past the end of an int (UBSan watches this test). */
static void
test_huge_household_screened_safely (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(DeskClient) client = desk_client_new ();
  g_autoptr(GError) error = NULL;
  DeskEligibilityResult result;

  desk_client_set_annual_income_cents (client, 1000000);
  desk_client_set_household_adults (client, G_MAXINT);
  desk_client_set_household_children (client, G_MAXINT);
  g_assert_false (desk_store_screen_client (f->store, client, &result, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "household-adults");
}

/* Documents --------------------------------------------------------------- */

static DeskCase *
saved_case (DeskStore *store)
{
  g_autoptr(DeskClient) client = desk_client_new ();
  DeskCase *kase = desk_case_new ();

  desk_client_set_first_name (client, "Ana");
  desk_client_set_last_name (client, "López");
  desk_test_save (store, client);
  desk_case_set_client_id (kase, desk_record_get_id (DESK_RECORD (client)));
  desk_case_set_problem_code (kase, "63");
  desk_case_set_title (kase, "Eviction defence");
  desk_test_save (store, kase);
  return kase;
}

static DeskDocument *
attach (Fixture     *f,
        DeskCase    *kase,
        const char  *path,
        guint64      max_bytes,
        GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *documents = g_build_filename (f->dir, "documents", NULL);

  return desk_documents_attach_full (f->store, kase, file, documents, max_bytes, NULL, error);
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* A link is followed to the file it names, and that file's content alone
 * is copied, into a private plain file. */
static void
test_document_through_link (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(DeskCase) kase = saved_case (f->store);
  g_autofree char *target = g_build_filename (f->dir, "letter.txt", NULL);
  g_autofree char *link = g_build_filename (f->dir, "shortcut.txt", NULL);
  g_autoptr(DeskDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copied = NULL;
  GStatBuf st;
  mode_t old_umask;

  g_file_set_contents (target, "Dear landlord,", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (symlink (target, link), ==, 0);

  old_umask = umask (0);
  document = attach (f, kase, link, DESK_DOCUMENTS_DEFAULT_MAX_BYTES, &error);
  umask (old_umask);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  g_assert_cmpstr (desk_document_get_file_name (document), ==, "shortcut.txt");
  g_assert_cmpint (desk_document_get_size_bytes (document), ==, strlen ("Dear landlord,"));
  g_assert_cmpint (g_lstat (desk_document_get_stored_path (document), &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
  g_assert_cmphex (st.st_mode & 07777, ==, 0600);
  copied = read_text (desk_document_get_stored_path (document));
  g_assert_cmpstr (copied, ==, "Dear landlord,");

  {
    g_autofree char *folder = g_path_get_dirname (desk_document_get_stored_path (document));
    g_autofree char *documents = g_path_get_dirname (folder);

    g_assert_cmphex (desk_test_file_mode (folder), ==, 0700);
    g_assert_cmphex (desk_test_file_mode (documents), ==, 0700);
  }
}

/* Folders, devices and pipes are no documents: refused in words, at once
 * (reading a pipe or /dev/zero would never end), and nothing is saved. */
static void
test_document_special_files (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(DeskCase) kase = saved_case (f->store);
  g_autofree char *fifo = g_build_filename (f->dir, "pipe", NULL);
  g_autofree char *zero_link = g_build_filename (f->dir, "zero.pdf", NULL);
  const char *paths[] = { fifo, zero_link, f->dir, "/dev/null" };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero_link), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DeskDocument) document = attach (f, kase, paths[i], DESK_DOCUMENTS_DEFAULT_MAX_BYTES, &error);

      g_assert_null (document);
      g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "not a file"));
    }
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM documents"), ==, 0);
}

/* Over the limit is refused with the sizes in words; at the limit is fine. */
static void
test_document_size_limit (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(DeskCase) kase = saved_case (f->store);
  g_autofree char *path = g_build_filename (f->dir, "scan.pdf", NULL);
  g_autofree char *contents = g_strnfill (2001, 'x');
  g_autoptr(DeskDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  document = attach (f, kase, path, 2000, &error);
  g_assert_null (document);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  /* g_format_size() puts a no-break space before the unit. */
  g_assert_true (g_regex_match_simple ("^“scan.pdf” is 2\\.0.kB \\(2,?001 bytes\\), more than the 2\\.0.kB \\(2,?000 bytes\\)",
                                       error->message, 0, 0));
  g_clear_error (&error);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM documents"), ==, 0);

  document = attach (f, kase, path, 2001, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_document_get_size_bytes (document), ==, 2001);

  g_assert_cmpuint (DESK_DOCUMENTS_DEFAULT_MAX_BYTES, ==, 50000000);
}

/* A link planted in the case folder under the document's name is not
 * written through: the copy takes the next free name. */
static void
test_document_planted_link (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(DeskCase) kase = saved_case (f->store);
  g_autofree char *source = g_build_filename (f->dir, "letter.txt", NULL);
  g_autofree char *victim = g_build_filename (f->dir, "victim.txt", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "documents", desk_case_get_case_number (kase), NULL);
  g_autofree char *planted = g_build_filename (folder, "letter.txt", NULL);
  g_autoptr(DeskDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *untouched = NULL;

  g_file_set_contents (source, "new content", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (victim, "keep me", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_cmpint (symlink (victim, planted), ==, 0);

  document = attach (f, kase, source, DESK_DOCUMENTS_DEFAULT_MAX_BYTES, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (desk_document_get_stored_path (document), "letter (2).txt"));
  untouched = read_text (victim);
  g_assert_cmpstr (untouched, ==, "keep me");
}

/* Changes made elsewhere ---------------------------------------------------- */

typedef struct
{
  guint  reloads;
  GPtrArray *entities;
} Heard;

static void
on_changed (DeskStore      *store,
            const char     *entity,
            gint64          id,
            DeskChangeKind  kind,
            Heard          *heard)
{
  g_assert_cmpint (kind, ==, DESK_CHANGE_RELOADED);
  g_assert_cmpint (id, ==, 0);
  heard->reloads++;
  g_ptr_array_add (heard->entities, g_strdup (entity));
}

static void
on_case_changed (DeskStore      *store,
                 const char     *entity,
                 gint64          id,
                 DeskChangeKind  kind,
                 guint          *count)
{
  g_assert_cmpstr (entity, ==, "case");
  (*count)++;
}

/* A write by another connection (another window, the command line) is
 * noticed when the store polls, once: every kind of record is announced
 * as reloaded, and a list on screen shows the new row. */
static void
test_poll_external_changes (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskStore) other = desk_store_open (f->path, &error);
  g_autoptr(GListModel) clients = NULL;
  g_autoptr(DeskClient) client = desk_client_new ();
  Heard heard = { 0, g_ptr_array_new_with_free_func (g_free) };
  guint cases = 0;
  gboolean changed = TRUE;

  g_assert_no_error (error);
  clients = desk_store_list_clients (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (clients), ==, 0);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), &heard);
  g_signal_connect (f->store, "changed::case", G_CALLBACK (on_case_changed), &cases);

  g_assert_true (desk_store_poll_external_changes (f->store, &changed, &error));
  g_assert_false (changed);
  g_assert_cmpuint (heard.reloads, ==, 0);

  desk_client_set_first_name (client, "Ana");
  desk_client_set_last_name (client, "López");
  desk_test_save (other, client);

  g_assert_true (desk_store_poll_external_changes (f->store, &changed, &error));
  g_assert_no_error (error);
  g_assert_true (changed);
  g_assert_true (g_ptr_array_find_with_equal_func (heard.entities, "client", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (heard.entities, "case", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (heard.entities, "volunteer", g_str_equal, NULL));
  g_assert_cmpuint (cases, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (clients), ==, 1);

  /* Once only, and not for this store's own saves. */
  heard.reloads = 0;
  g_assert_true (desk_store_poll_external_changes (f->store, NULL, &error));
  g_assert_cmpuint (heard.reloads, ==, 0);
  {
    g_autoptr(DeskClient) mine = desk_client_new ();

    g_signal_handlers_disconnect_by_func (f->store, on_changed, &heard);
    desk_client_set_first_name (mine, "Bo");
    desk_client_set_last_name (mine, "Li");
    desk_test_save (f->store, mine);
    g_assert_true (desk_store_poll_external_changes (f->store, &changed, &error));
    g_assert_false (changed);
  }

  g_ptr_array_unref (heard.entities);
}

#define ADD(name, func) \
  g_test_add ("/safety/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("validation-before-checks", test_validation_before_checks);
  ADD ("guideline-validation-before-checks", test_guideline_validation_before_checks);
  ADD ("unknown-income", test_unknown_income);
  ADD ("huge-household", test_huge_household_screened_safely);
  ADD ("documents/through-link", test_document_through_link);
  ADD ("documents/special-files", test_document_special_files);
  ADD ("documents/size-limit", test_document_size_limit);
  ADD ("documents/planted-link", test_document_planted_link);
  ADD ("poll-external-changes", test_poll_external_changes);

  return g_test_run ();
}
