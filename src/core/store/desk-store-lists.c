/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-enum-types.h"
#include "desk-error.h"
#include "desk-name-match.h"
#include "desk-record-list.h"
#include "desk-store-private.h"

/* The lists and counts of DeskStore: every query that yields rows for a
 * view.  Filters and sort orders are built from fixed fragments; user text
 * only ever reaches SQLite as a bound parameter. */

gboolean
_desk_store_collect_ids (DeskStore  *self,
                         DeskStmt   *stmt,
                         GArray     *ids,
                         GError    **error)
{
  int rc;

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }

  return rc == SQLITE_DONE;
}

/* ---- case queries ----------------------------------------------------------- */

void
desk_case_query_init (DeskCaseQuery *query)
{
  g_return_if_fail (query != NULL);

  memset (query, 0, sizeof *query);
  query->status = DESK_CASE_STATUS_ANY;
  query->sort = DESK_CASE_SORT_OPENED;
  query->ascending = FALSE;
}

void
desk_case_query_clear (DeskCaseQuery *query)
{
  g_return_if_fail (query != NULL);

  g_clear_pointer (&query->category, g_free);
  g_clear_pointer (&query->opened_from, g_free);
  g_clear_pointer (&query->opened_to, g_free);
  g_clear_pointer (&query->closed_from, g_free);
  g_clear_pointer (&query->closed_to, g_free);
  g_clear_pointer (&query->search, g_free);
}

DeskCaseQuery *
desk_case_query_copy (const DeskCaseQuery *query)
{
  DeskCaseQuery *copy = g_new (DeskCaseQuery, 1);

  g_return_val_if_fail (query != NULL, NULL);

  *copy = *query;
  copy->category = g_strdup (query->category);
  copy->opened_from = g_strdup (query->opened_from);
  copy->opened_to = g_strdup (query->opened_to);
  copy->closed_from = g_strdup (query->closed_from);
  copy->closed_to = g_strdup (query->closed_to);
  copy->search = g_strdup (query->search);
  return copy;
}

void
desk_case_query_free (DeskCaseQuery *query)
{
  if (query == NULL)
    return;
  desk_case_query_clear (query);
  g_free (query);
}

gboolean
desk_case_query_validate (const DeskCaseQuery  *query,
                          GError              **error)
{
  const struct { const char *value; const char *field; const char *message; } dates[] = {
    { query->opened_from, "opened-from", N_("The “opened from” date is not a real date; write it as YYYY-MM-DD.") },
    { query->opened_to, "opened-to", N_("The “opened to” date is not a real date; write it as YYYY-MM-DD.") },
    { query->closed_from, "closed-from", N_("The “closed from” date is not a real date; write it as YYYY-MM-DD.") },
    { query->closed_to, "closed-to", N_("The “closed to” date is not a real date; write it as YYYY-MM-DD.") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    if (dates[i].value != NULL && !desk_date_is_valid (dates[i].value))
      return desk_invalid (error, dates[i].field, "%s", _(dates[i].message));

  if (query->opened_from != NULL && query->opened_to != NULL && strcmp (query->opened_from, query->opened_to) > 0)
    return desk_invalid (error, "opened-to", _("The opening date range ends before it starts."));
  if (query->closed_from != NULL && query->closed_to != NULL && strcmp (query->closed_from, query->closed_to) > 0)
    return desk_invalid (error, "closed-to", _("The closing date range ends before it starts."));

  return TRUE;
}

/* "eviction garc" → "\"eviction\"* \"garc\"*": every word must occur, as a
 * prefix, so typing narrows the list; quoting keeps FTS5 syntax out.
 * @selective tells whether every word has three letters or more. */
static char *
fts_query_from_text (const char *text,
                     gboolean   *selective)
{
  g_autoptr(GString) query = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);

  *selective = TRUE;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      /* Combining accents belong to their word, as they do for the
       * tokenizer: decomposed "García" is one word, not "Garci" + "a". */
      if (ch != 0 && (g_unichar_isalnum (ch) || g_unichar_ismark (ch)))
        {
          g_string_append_unichar (word, ch);
          continue;
        }
      if (word->len > 0)
        {
          if (g_utf8_strlen (word->str, -1) < 3)
            *selective = FALSE;
          g_string_append_printf (query, "%s\"%s\"*", query->len > 0 ? " " : "", word->str);
          g_string_truncate (word, 0);
        }
      if (ch == 0)
        break;
    }

  if (query->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&query), FALSE);
}

static const char *
case_sort_sql (const DeskCaseQuery *query)
{
  /* Each pair is ascending / descending; the id breaks ties so the order
   * is total and stable across reloads. */
  static const char *orders[][2] = {
    [DESK_CASE_SORT_OPENED] = { "t.opened_on, t.id", "t.opened_on DESC, t.id DESC" },
    [DESK_CASE_SORT_NUMBER] = { "t.case_number", "t.case_number DESC" },
    [DESK_CASE_SORT_CLIENT] = { "c.last_name, c.first_name, t.id", "c.last_name DESC, c.first_name DESC, t.id DESC" },
    [DESK_CASE_SORT_PROBLEM] = { "t.problem_code, t.id", "t.problem_code DESC, t.id DESC" },
    /* Statuses sort in workflow order, not by their stored names. */
    [DESK_CASE_SORT_STATUS] = {
      "CASE t.status WHEN 'intake' THEN 0 WHEN 'open' THEN 1 WHEN 'placed' THEN 2 WHEN 'closed' THEN 3 ELSE 4 END, "
      "t.opened_on, t.id",
      "CASE t.status WHEN 'intake' THEN 0 WHEN 'open' THEN 1 WHEN 'placed' THEN 2 WHEN 'closed' THEN 3 ELSE 4 END DESC, "
      "t.opened_on DESC, t.id DESC" },
    [DESK_CASE_SORT_PRIORITY] = {
      "CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, t.opened_on, t.id",
      "CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END DESC, t.opened_on DESC, t.id DESC" },
    [DESK_CASE_SORT_VOLUNTEER] = { "v.last_name NULLS LAST, v.first_name, t.id", "v.last_name DESC NULLS FIRST, v.first_name DESC, t.id DESC" },
    [DESK_CASE_SORT_DEADLINE] = {
      "(SELECT min (d.due_on) FROM deadlines d WHERE d.case_id = t.id AND d.done = 0 AND d.archived = 0) NULLS LAST, t.id",
      "(SELECT min (d.due_on) FROM deadlines d WHERE d.case_id = t.id AND d.done = 0 AND d.archived = 0) DESC NULLS LAST, t.id DESC" },
  };
  guint sort = query->sort < G_N_ELEMENTS (orders) ? query->sort : DESK_CASE_SORT_OPENED;

  return orders[sort][query->ascending ? 0 : 1];
}

static gboolean
query_case_ids (DeskStore      *self,
                gconstpointer   data,
                GArray         *ids,
                GError        **error)
{
  const DeskCaseQuery *query = data;
  g_autoptr(GString) sql = g_string_new ("SELECT t.id FROM cases t ");
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) numbers = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(DeskStmt) stmt = NULL;
  g_autofree char *fts = NULL;
  g_autofree char *today = NULL;
  gboolean fts_selective = FALSE;

  /* Parameters are numbered in the order their fragments are added. */
#define BIND_TEXT(fragment, value) \
  G_STMT_START { \
    gint64 unused = 0; \
    g_ptr_array_add (texts, g_strdup (value)); \
    g_array_append_val (numbers, unused); \
    g_string_append_printf (sql, fragment, texts->len); \
  } G_STMT_END
#define BIND_NUMBER(fragment, value) \
  G_STMT_START { \
    gint64 number = (value); \
    g_ptr_array_add (texts, NULL); \
    g_array_append_val (numbers, number); \
    g_string_append_printf (sql, fragment, texts->len); \
  } G_STMT_END

  /* Words of three letters or more find few cases: start from the search
   * index and sort what it found.  A shorter word matches most cases, and
   * then walking the sort index and testing each case is cheaper. */
  if (query->search != NULL)
    fts = fts_query_from_text (query->search, &fts_selective);
  if (fts != NULL && fts_selective)
    g_string_assign (sql, "SELECT t.id FROM case_search CROSS JOIN cases t ON t.id = case_search.rowid ");

  if (query->sort == DESK_CASE_SORT_CLIENT)
    g_string_append (sql, "JOIN clients c ON c.id = t.client_id ");
  if (query->sort == DESK_CASE_SORT_VOLUNTEER)
    g_string_append (sql, "LEFT JOIN volunteers v ON v.id = t.volunteer_id ");
  g_string_append (sql, "WHERE t.archived = 0");

  if (fts != NULL && fts_selective)
    BIND_TEXT (" AND case_search MATCH ?%u", fts);

  if (query->status != DESK_CASE_STATUS_ANY)
    BIND_TEXT (" AND t.status = ?%u", desk_enum_nick (DESK_TYPE_CASE_STATUS, query->status));
  if (query->category != NULL)
    BIND_TEXT (" AND t.problem_code IN (SELECT code FROM lsc_problem_codes WHERE category = ?%u)", query->category);
  if (query->client_id > 0)
    BIND_NUMBER (" AND t.client_id = ?%u", query->client_id);
  if (query->volunteer_id > 0)
    BIND_NUMBER (" AND t.volunteer_id = ?%u", query->volunteer_id);
  if (query->unassigned)
    g_string_append (sql, " AND t.volunteer_id IS NULL");
  if (query->overdue)
    {
      today = desk_today_iso ();
      BIND_TEXT (" AND EXISTS (SELECT 1 FROM deadlines d WHERE d.case_id = t.id AND d.done = 0 "
                 "AND d.archived = 0 AND d.due_on < ?%u)", today);
    }
  if (query->opened_from != NULL)
    BIND_TEXT (" AND t.opened_on >= ?%u", query->opened_from);
  if (query->opened_to != NULL)
    BIND_TEXT (" AND t.opened_on <= ?%u", query->opened_to);
  if (query->closed_from != NULL)
    BIND_TEXT (" AND t.closed_on >= ?%u", query->closed_from);
  if (query->closed_to != NULL)
    BIND_TEXT (" AND t.closed_on <= ?%u", query->closed_to);
  if (fts != NULL && !fts_selective)
    BIND_TEXT (" AND t.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?%u)", fts);

#undef BIND_TEXT
#undef BIND_NUMBER

  g_string_append_printf (sql, " ORDER BY %s", case_sort_sql (query));

  stmt = desk_database_prepare (self->database, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);

      if (text != NULL)
        sqlite3_bind_text (stmt, i + 1, text, -1, SQLITE_STATIC);
      else
        sqlite3_bind_int64 (stmt, i + 1, g_array_index (numbers, gint64, i));
    }

  return _desk_store_collect_ids (self, stmt, ids, error);
}

GListModel *
desk_store_list_cases (DeskStore           *self,
                       const DeskCaseQuery *query,
                       GError             **error)
{
  DeskRecordList *list;
  DeskCaseQuery defaults;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  if (query == NULL)
    {
      desk_case_query_init (&defaults);
      query = &defaults;
    }
  if (!desk_case_query_validate (query, error))
    return NULL;

  list = desk_record_list_new (self, DESK_TYPE_CASE, query_case_ids, desk_case_query_copy (query),
                               (GDestroyNotify) desk_case_query_free, error);
  if (list == NULL)
    return NULL;

  /* Which other records decide membership or order. */
  if (query->overdue || query->sort == DESK_CASE_SORT_DEADLINE)
    desk_record_list_add_dependency (list, "deadline");
  if (query->sort == DESK_CASE_SORT_CLIENT)
    desk_record_list_add_dependency (list, "client");
  if (query->sort == DESK_CASE_SORT_VOLUNTEER)
    desk_record_list_add_dependency (list, "volunteer");
  if (query->search != NULL && *query->search != '\0')
    {
      /* The search index covers notes and the names of clients, parties and volunteers. */
      desk_record_list_add_dependency (list, "note");
      desk_record_list_add_dependency (list, "party");
      desk_record_list_add_dependency (list, "client");
      desk_record_list_add_dependency (list, "volunteer");
    }

  return G_LIST_MODEL (list);
}

/* ---- people ------------------------------------------------------------------- */

typedef struct
{
  char           *words[4];   /* up to four words, each must match (as LIKE text) */
  GStrv           tokens[4];  /* the name words in each, normalised like indexed names */
  DeskClientSort  sort;
  gboolean        ascending;
} ClientQuery;

static void
client_query_free (gpointer data)
{
  ClientQuery *query = data;

  for (guint i = 0; i < G_N_ELEMENTS (query->words); i++)
    {
      g_free (query->words[i]);
      g_strfreev (query->tokens[i]);
    }
  g_free (query);
}

static const char *
client_sort_sql (const ClientQuery *query)
{
  static const char *orders[][2] = {
    [DESK_CLIENT_SORT_NAME] = { "t.last_name, t.first_name, t.id", "t.last_name DESC, t.first_name DESC, t.id DESC" },
    [DESK_CLIENT_SORT_PHONE] = { "t.phone, t.id", "t.phone DESC, t.id DESC" },
    [DESK_CLIENT_SORT_LANGUAGE] = { "t.language, t.last_name, t.id", "t.language DESC, t.last_name DESC, t.id DESC" },
    [DESK_CLIENT_SORT_COUNTY] = { "t.county, t.last_name, t.id", "t.county DESC, t.last_name DESC, t.id DESC" },
    [DESK_CLIENT_SORT_OPEN_CASES] = { "open_cases, t.id", "open_cases DESC, t.id DESC" },
    [DESK_CLIENT_SORT_POVERTY] = { "poverty_percent, t.id", "poverty_percent DESC, t.id DESC" },
    [DESK_CLIENT_SORT_INTAKE] = { "t.intake_date, t.id", "t.intake_date DESC, t.id DESC" },
  };
  guint sort = query->sort < G_N_ELEMENTS (orders) ? query->sort : DESK_CLIENT_SORT_NAME;

  return orders[sort][query->ascending ? 0 : 1];
}

#define CLIENT_NAME_PREFIX_SQL DESK_STORE_NAME_PREFIX_SQL ("client")
/* A phone number holding the text bound to ?N; what people type is only text. */
#define PHONE_CONTAINS_SQL "phone LIKE '%%' || ?%u || '%%' ESCAPE '\\'"

/* Whether search word @i can only be a name: it has letters and no digit. */
static gboolean
is_name_word (const ClientQuery *query,
              guint              i)
{
  if (query->tokens[i][0] == NULL)
    return FALSE;
  for (const char *p = query->words[i]; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

static gboolean
query_client_ids (DeskStore      *self,
                  gconstpointer   data,
                  GArray         *ids,
                  GError        **error)
{
  const ClientQuery *query = data;
  g_autoptr(GString) sql = g_string_new ("SELECT t.id");
  g_autoptr(DeskStmt) stmt = NULL;
  guint n_words = 0;
  guint n_names = 0;
  guint param = 3;
  guint first_phone_param;
  guint driving_word = G_MAXUINT;

  /* The index of names is built before it is searched. */
  if (!_desk_store_ensure_name_index (self, error))
    return FALSE;

  /* Derived values are only computed when the order needs them. */
  if (query->sort == DESK_CLIENT_SORT_OPEN_CASES)
    g_string_append_printf (sql, ", %s AS open_cases", _desk_store_derived_sql (DESK_TYPE_CLIENT, "open-cases"));
  if (query->sort == DESK_CLIENT_SORT_POVERTY)
    g_string_append_printf (sql, ", %s AS poverty_percent", _desk_store_derived_sql (DESK_TYPE_CLIENT, "poverty-percent"));

  /* ?2 is the region, as in record reads; then each word binds its phone
   * text (if it is matched against phones) and its name tokens, in order.
   * Names are matched through the conflict index, so "jose" finds "José"
   * and "Garcia-Nunez" finds "García Núñez".  A word with letters and no
   * digit is a name, not a
   * phone number: the clients holding all such words are read from the
   * index first.  Without such a word, the first other word picks the
   * clients from the phone index (clients_by_phone, a scan of the numbers
   * alone) and the name index, instead of reading every client's row. */
  for (; n_words < G_N_ELEMENTS (query->words) && query->words[n_words] != NULL; n_words++)
    for (guint k = 0; is_name_word (query, n_words) && query->tokens[n_words][k] != NULL; k++, param++)
      {
        g_string_append (sql, n_names++ == 0 ? " FROM (" : " INTERSECT ");
        g_string_append_printf (sql, CLIENT_NAME_PREFIX_SQL, param);
      }
  first_phone_param = param;
  for (guint i = 0; n_names == 0 && i < n_words; i++)
    {
      if (is_name_word (query, i))
        continue;
      /* The same numbers as the loop below gives this word. */
      g_string_append_printf (sql, " FROM (SELECT id AS entity_id FROM clients WHERE " PHONE_CONTAINS_SQL,
                              first_phone_param);
      for (guint k = 0; query->tokens[i][k] != NULL; k++)
        {
          g_string_append (sql, k == 0 ? " UNION SELECT * FROM (" : " INTERSECT ");
          g_string_append_printf (sql, CLIENT_NAME_PREFIX_SQL, first_phone_param + 1 + k);
        }
      g_string_append (sql, query->tokens[i][0] != NULL ? ")" : "");
      driving_word = i;
      n_names++;
      break;
    }
  g_string_append (sql, n_names > 0 ? ") m CROSS JOIN clients t ON t.id = m.entity_id" : " FROM clients t");
  g_string_append (sql, " WHERE t.archived = 0");

  /* A word that may be (part of) a phone number: the phone, or the name. */
  for (guint i = 0; i < n_words; i++)
    {
      if (is_name_word (query, i))
        continue;
      if (i == driving_word)
        {
          param += 1 + g_strv_length (query->tokens[i]);
          continue;
        }
      g_string_append_printf (sql, " AND (t." PHONE_CONTAINS_SQL, param++);
      for (guint k = 0; query->tokens[i][k] != NULL; k++, param++)
        {
          g_string_append (sql, k == 0 ? " OR (t.id IN (" : " AND t.id IN (");
          g_string_append_printf (sql, CLIENT_NAME_PREFIX_SQL ")", param);
        }
      g_string_append (sql, query->tokens[i][0] != NULL ? "))" : ")");
    }
  g_string_append_printf (sql, " ORDER BY %s", client_sort_sql (query));

  stmt = desk_database_prepare (self->database, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_text (stmt, 2, desk_enum_nick (DESK_TYPE_REGION, self->region), -1, SQLITE_STATIC);
  param = 3;
  for (guint i = 0; i < n_words; i++)
    if (is_name_word (query, i))
      for (guint k = 0; query->tokens[i][k] != NULL; k++)
        sqlite3_bind_text (stmt, param++, query->tokens[i][k], -1, SQLITE_STATIC);
  for (guint i = 0; i < n_words; i++)
    if (!is_name_word (query, i))
      {
        sqlite3_bind_text (stmt, param++, query->words[i], -1, SQLITE_STATIC);
        for (guint k = 0; query->tokens[i][k] != NULL; k++)
          sqlite3_bind_text (stmt, param++, query->tokens[i][k], -1, SQLITE_STATIC);
      }

  return _desk_store_collect_ids (self, stmt, ids, error);
}

/* The words become LIKE patterns; a "%" or "_" someone types is only text. */
static char *
like_escape (const char *word)
{
  GString *escaped = g_string_new (NULL);

  for (const char *p = word; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (escaped, '\\');
      g_string_append_c (escaped, *p);
    }

  return g_string_free (escaped, FALSE);
}

GListModel *
desk_store_search_clients (DeskStore       *self,
                           const char      *search,
                           DeskClientSort   sort,
                           gboolean         ascending,
                           GError         **error)
{
  ClientQuery *query = g_new0 (ClientQuery, 1);
  DeskRecordList *list;
  g_auto(GStrv) words = NULL;
  guint n = 0;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  query->sort = sort;
  query->ascending = ascending;
  words = g_strsplit_set (search != NULL ? search : "", " \t,", -1);
  for (guint i = 0; words[i] != NULL && n < G_N_ELEMENTS (query->words); i++)
    if (*words[i] != '\0')
      {
        query->tokens[n] = desk_name_tokens (words[i]);
        query->words[n++] = like_escape (words[i]);
      }

  list = desk_record_list_new (self, DESK_TYPE_CLIENT, query_client_ids, query, client_query_free, error);
  /* Open cases are counted in SQL. */
  if (list != NULL && sort == DESK_CLIENT_SORT_OPEN_CASES)
    desk_record_list_add_dependency (list, "case");

  return G_LIST_MODEL (list);
}

static gboolean
query_people_ids (DeskStore      *self,
                  gconstpointer   data,
                  GArray         *ids,
                  GError        **error)
{
  const char *sql = data;
  g_autoptr(DeskStmt) stmt = desk_database_prepare (self->database, sql, error);

  return stmt != NULL && _desk_store_collect_ids (self, stmt, ids, error);
}

GListModel *
desk_store_list_clients (DeskStore  *self,
                         GError    **error)
{
  return desk_store_search_clients (self, NULL, DESK_CLIENT_SORT_NAME, TRUE, error);
}

GListModel *
desk_store_list_volunteers (DeskStore  *self,
                            GError    **error)
{
  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  return G_LIST_MODEL (desk_record_list_new (self, DESK_TYPE_VOLUNTEER, query_people_ids,
                                             (gpointer) "SELECT id FROM volunteers WHERE archived = 0 "
                                                        "ORDER BY last_name, first_name, id",
                                             NULL, error));
}

GListModel *
desk_store_list_mentors (DeskStore  *self,
                         GError    **error)
{
  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  return G_LIST_MODEL (desk_record_list_new (self, DESK_TYPE_VOLUNTEER, query_people_ids,
                                             (gpointer) "SELECT id FROM volunteers WHERE archived = 0 AND is_mentor = 1 "
                                                        "ORDER BY last_name, first_name, id",
                                             NULL, error));
}

/* ---- a case's own records ------------------------------------------------- */

typedef struct
{
  const char *sql;
  gint64      id;
} IdQuery;

static gboolean
query_ids_for_one (DeskStore      *self,
                   gconstpointer   data,
                   GArray         *ids,
                   GError        **error)
{
  const IdQuery *query = data;
  g_autoptr(DeskStmt) stmt = desk_database_prepare (self->database, query->sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, query->id);
  return _desk_store_collect_ids (self, stmt, ids, error);
}

GListModel *
desk_store_list_for_case (DeskStore  *self,
                          GType       record_type,
                          gint64      case_id,
                          GError    **error)
{
  static const struct { GType (*get_type) (void); const char *sql; } lists[] = {
    /* Open deadlines first, soonest first; done ones after them. */
    { desk_deadline_get_type, "SELECT id FROM deadlines WHERE case_id = ?1 AND archived = 0 "
                              "ORDER BY done, due_on, due_time NULLS FIRST, id" },
    { desk_note_get_type, "SELECT id FROM notes WHERE case_id = ?1 AND archived = 0 ORDER BY created_at DESC, id DESC" },
    { desk_time_entry_get_type, "SELECT id FROM time_entries WHERE case_id = ?1 AND archived = 0 "
                                "ORDER BY worked_on DESC, id DESC" },
    { desk_document_get_type, "SELECT id FROM documents WHERE case_id = ?1 AND archived = 0 "
                              "ORDER BY file_name COLLATE NOCASE, id" },
    { desk_party_get_type, "SELECT id FROM parties WHERE case_id = ?1 AND archived = 0 ORDER BY id" },
  };
  IdQuery *query = NULL;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (lists) && query == NULL; i++)
    if (lists[i].get_type () == record_type)
      {
        query = g_new (IdQuery, 1);
        query->sql = lists[i].sql;
        query->id = case_id;
      }
  g_return_val_if_fail (query != NULL, NULL);

  return G_LIST_MODEL (desk_record_list_new (self, record_type, query_ids_for_one, query, g_free, error));
}

static gboolean
query_upcoming_ids (DeskStore      *self,
                    gconstpointer   data,
                    GArray         *ids,
                    GError        **error)
{
  g_autoptr(DeskStmt) stmt = NULL;

  stmt = desk_database_prepare (self->database,
                                "SELECT d.id FROM deadlines d JOIN cases k ON k.id = d.case_id "
                                "WHERE d.done = 0 AND d.archived = 0 AND d.due_on <= ?1 AND k.archived = 0 "
                                "AND k.status NOT IN ('closed', 'rejected') "
                                "ORDER BY d.due_on, d.due_time NULLS FIRST, d.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, data, -1, SQLITE_STATIC);
  return _desk_store_collect_ids (self, stmt, ids, error);
}

static char *
add_days (const char *iso_date,
          guint       days)
{
  g_autoptr(GDate) date = g_date_new ();
  char text[16];

  g_date_set_parse (date, iso_date);
  g_return_val_if_fail (g_date_valid (date), g_strdup (iso_date));
  g_date_add_days (date, days);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", date);
  return g_strdup (text);
}

GListModel *
desk_store_list_upcoming_deadlines (DeskStore   *self,
                                    const char  *today,
                                    guint        days,
                                    GError     **error)
{
  DeskRecordList *list;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (desk_date_is_valid (today), NULL);

  /* "Next 14 days" counts today as the first. */
  list = desk_record_list_new (self, DESK_TYPE_DEADLINE, query_upcoming_ids,
                               add_days (today, days > 0 ? days - 1 : 0), g_free, error);
  /* A closed, rejected or archived case takes its deadlines off the list. */
  if (list != NULL)
    desk_record_list_add_dependency (list, "case");

  return G_LIST_MODEL (list);
}

gboolean
desk_store_count_due_deadlines (DeskStore   *self,
                                const char  *today,
                                guint       *due_today,
                                guint       *overdue,
                                GError     **error)
{
  g_autoptr(DeskStmt) stmt = NULL;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (desk_date_is_valid (today), FALSE);

  stmt = desk_database_prepare (self->database,
                                "SELECT coalesce (sum (d.due_on = ?1), 0), coalesce (sum (d.due_on < ?1), 0) "
                                "FROM deadlines d JOIN cases k ON k.id = d.case_id "
                                "WHERE d.done = 0 AND d.archived = 0 AND d.due_on <= ?1 AND k.archived = 0 "
                                "AND k.status NOT IN ('closed', 'rejected')", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_STATIC);
  if (desk_database_step (self->database, stmt, error) != SQLITE_ROW)
    return FALSE;

  if (due_today != NULL)
    *due_today = sqlite3_column_int (stmt, 0);
  if (overdue != NULL)
    *overdue = sqlite3_column_int (stmt, 1);
  return TRUE;
}

gboolean
desk_store_total_hours (DeskStore   *self,
                        gint64       case_id,
                        gint64      *total_tenths,
                        GArray     **per_volunteer,
                        GError     **error)
{
  g_autoptr(GArray) counts = desk_count_array_new ();
  g_autoptr(DeskStmt) stmt = NULL;
  gint64 total = 0;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);

  stmt = desk_database_prepare (self->database,
                                "SELECT v.first_name || ' ' || v.last_name, sum (e.tenths) "
                                "FROM time_entries e JOIN volunteers v ON v.id = e.volunteer_id "
                                "WHERE e.case_id = ?1 AND e.archived = 0 "
                                "GROUP BY e.volunteer_id ORDER BY 2 DESC, 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      DeskCount count = { g_strdup ((const char *) sqlite3_column_text (stmt, 0)), sqlite3_column_int64 (stmt, 1) };

      total += count.count;
      g_array_append_val (counts, count);
    }
  if (rc != SQLITE_DONE)
    return FALSE;

  if (total_tenths != NULL)
    *total_tenths = total;
  if (per_volunteer != NULL)
    *per_volunteer = g_steal_pointer (&counts);
  return TRUE;
}

gint64
desk_store_volunteer_hours (DeskStore  *self,
                            gint64      volunteer_id,
                            GError    **error)
{
  g_autoptr(DeskStmt) stmt = NULL;

  g_return_val_if_fail (DESK_IS_STORE (self), -1);

  stmt = desk_database_prepare (self->database,
                                "SELECT coalesce (sum (tenths), 0) FROM time_entries "
                                "WHERE volunteer_id = ?1 AND archived = 0", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, volunteer_id);
  if (desk_database_step (self->database, stmt, error) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}

GPtrArray *
desk_store_list_parties (DeskStore  *self,
                         gint64      case_id,
                         GError    **error)
{
  g_autoptr(GPtrArray) parties = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(DeskStmt) stmt = NULL;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  stmt = desk_database_prepare (self->database,
                                "SELECT id FROM parties WHERE case_id = ?1 AND archived = 0 ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (!_desk_store_collect_ids (self, stmt, ids, error))
    return NULL;
  g_clear_pointer (&stmt, desk_stmt_reset);

  for (guint i = 0; i < ids->len; i++)
    {
      DeskParty *party = desk_store_get_party (self, g_array_index (ids, gint64, i), error);

      if (party == NULL)
        return NULL;
      g_ptr_array_add (parties, party);
    }

  return g_steal_pointer (&parties);
}

/* ---- counts ------------------------------------------------------------------ */

static void
count_clear (gpointer data)
{
  DeskCount *count = data;

  g_clear_pointer (&count->label, g_free);
}

GArray *
desk_count_array_new (void)
{
  GArray *counts = g_array_new (FALSE, TRUE, sizeof (DeskCount));

  g_array_set_clear_func (counts, count_clear);
  return counts;
}

static gboolean
collect_counts (DeskStore   *self,
                const char  *sql,
                GArray      *counts,
                GError     **error)
{
  g_autoptr(DeskStmt) stmt = desk_database_prepare (self->database, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      DeskCount count = {
        g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
        sqlite3_column_int64 (stmt, 1),
      };
      g_array_append_val (counts, count);
    }

  return rc == SQLITE_DONE;
}

GArray *
desk_store_count_tables (DeskStore  *self,
                         GError    **error)
{
  /* The tables people ask about, in the order a clinic thinks of them. */
  static const char *sql =
    "SELECT 'clients', count(*) FROM clients "
    "UNION ALL SELECT 'cases', count(*) FROM cases "
    "UNION ALL SELECT 'parties', count(*) FROM parties "
    "UNION ALL SELECT 'volunteers', count(*) FROM volunteers "
    "UNION ALL SELECT 'practice_areas', count(*) FROM practice_areas "
    "UNION ALL SELECT 'lsc_problem_codes', count(*) FROM lsc_problem_codes "
    "UNION ALL SELECT 'lsc_closing_codes', count(*) FROM lsc_closing_codes "
    "UNION ALL SELECT 'poverty_guidelines', count(*) FROM poverty_guidelines "
    "UNION ALL SELECT 'audit_log', count(*) FROM audit_log";
  g_autoptr(GArray) counts = desk_count_array_new ();

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  if (!collect_counts (self, sql, counts, error))
    return NULL;
  return g_steal_pointer (&counts);
}

GArray *
desk_store_count_cases_by_status (DeskStore  *self,
                                  GError    **error)
{
  static const char *sql =
    "SELECT s.status, (SELECT count(*) FROM cases t WHERE t.archived = 0 AND t.status = s.status) "
    "FROM (SELECT 'intake' AS status, 1 AS o UNION ALL SELECT 'open', 2 UNION ALL SELECT 'placed', 3 "
    "      UNION ALL SELECT 'closed', 4 UNION ALL SELECT 'rejected', 5) s ORDER BY s.o";
  g_autoptr(GArray) counts = desk_count_array_new ();

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  if (!collect_counts (self, sql, counts, error))
    return NULL;
  return g_steal_pointer (&counts);
}
