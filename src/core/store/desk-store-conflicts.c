/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-enum-types.h"
#include "desk-error.h"
#include "desk-labels.h"
#include "desk-name-match.h"
#include "desk-store-private.h"

#include <string.h>

/* The conflict check of DeskStore.  Every client, volunteer and adverse
 * party name is indexed under the keys of desk_name_index_keys(); a check
 * looks its name's keys up, so it reads only names that share a word or a
 * word's beginning or end, never the whole table. */

void
desk_conflict_hit_free (DeskConflictHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->entity);
  g_free (hit->name);
  g_free (hit->role);
  g_free (hit->case_number);
  g_free (hit);
}

/* The index entries of @name: every key of desk_name_index_keys() with the
 * signature of the keys of the name's other words (so the check can tell
 * from a row alone whether the name may share a key with the rest of the
 * query, without a look-up per row), plus "w:" and the word
 * for a name of one word (an organisation, a mononym), since a check for
 * "Acme Property" must find "Acme", which shares no key of "property".
 * Maps key → gint64 signature. */
static GHashTable *
index_entries (const char *name)
{
  GHashTable *entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) words = desk_name_tokens (name);
  guint n_words = g_strv_length (words);
  g_autofree GStrv *word_keys = g_new0 (GStrv, n_words + 1);
  g_autofree gint64 *word_bits = g_new0 (gint64, n_words + 1);

  for (guint w = 0; w < n_words; w++)
    {
      word_keys[w] = desk_name_index_keys (words[w]);
      for (guint k = 0; word_keys[w][k] != NULL; k++)
        word_bits[w] |= desk_name_key_signature (word_keys[w][k]);
    }

  for (guint w = 0; w < n_words; w++)
    {
      gint64 others = 0;

      for (guint o = 0; o < n_words; o++)
        if (o != w)
          others |= word_bits[o];

      for (guint k = 0; word_keys[w][k] != NULL; k++)
        {
          gint64 *signature = g_hash_table_lookup (entries, word_keys[w][k]);

          if (signature == NULL)
            g_hash_table_insert (entries, g_strdup (word_keys[w][k]), g_memdup2 (&others, sizeof others));
          else
            *signature |= others;
        }
    }

  if (n_words == 1)
    {
      gint64 none = 0;
      g_hash_table_insert (entries, g_strconcat ("w:", words[0], NULL), g_memdup2 (&none, sizeof none));
    }

  for (guint w = 0; w < n_words; w++)
    g_strfreev (word_keys[w]);

  return entries;
}

gboolean
_desk_store_index_name (DeskStore   *self,
                        const char  *entity,
                        gint64       entity_id,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(GHashTable) entries = index_entries (name);
  g_autoptr(GHashTable) old_entries = NULL;
  g_autoptr(DeskStmt) old = NULL;
  g_autoptr(DeskStmt) upsert = NULL;
  GHashTableIter iter;
  gpointer key, value;
  gint64 name_id;

  /* The old keys are worked out from the old name, so that removing them
   * needs no second index on the key table. */
  old = desk_database_prepare (self->database,
                               "SELECT name FROM conflict_names WHERE entity = ?1 AND entity_id = ?2", error);
  if (old == NULL)
    return FALSE;
  sqlite3_bind_text (old, 1, entity, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (old, 2, entity_id);
  switch (desk_database_step (self->database, old, error))
    {
    case SQLITE_ROW:
      old_entries = index_entries ((const char *) sqlite3_column_text (old, 0));
      break;
    case SQLITE_DONE:
      break;
    default:
      return FALSE;
    }
  g_clear_pointer (&old, desk_stmt_reset);

  upsert = desk_database_prepare (self->database,
                                  "INSERT INTO conflict_names (entity, entity_id, name) VALUES (?1, ?2, ?3) "
                                  "ON CONFLICT (entity, entity_id) DO UPDATE SET name = excluded.name RETURNING id",
                                  error);
  if (upsert == NULL)
    return FALSE;
  sqlite3_bind_text (upsert, 1, entity, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (upsert, 2, entity_id);
  sqlite3_bind_text (upsert, 3, name, -1, SQLITE_STATIC);
  if (desk_database_step (self->database, upsert, error) != SQLITE_ROW)
    return FALSE;
  name_id = sqlite3_column_int64 (upsert, 0);
  g_clear_pointer (&upsert, desk_stmt_reset);

  if (old_entries != NULL)
    {
      g_hash_table_iter_init (&iter, old_entries);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          g_autoptr(DeskStmt) remove = desk_database_prepare (self->database,
                                                              "DELETE FROM conflict_keys WHERE key = ?1 AND name_id = ?2",
                                                              error);
          if (remove == NULL)
            return FALSE;
          sqlite3_bind_text (remove, 1, key, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (remove, 2, name_id);
          if (desk_database_step (self->database, remove, error) != SQLITE_DONE)
            return FALSE;
        }
    }

  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(DeskStmt) insert = desk_database_prepare (self->database,
                                                          "INSERT OR REPLACE INTO conflict_keys (key, name_id, others) "
                                                          "VALUES (?1, ?2, ?3)", error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_text (insert, 1, key, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (insert, 2, name_id);
      sqlite3_bind_int64 (insert, 3, *(gint64 *) value);
      if (desk_database_step (self->database, insert, error) != SQLITE_DONE)
        return FALSE;
    }

  return TRUE;
}

/* Who the hit is and which case it ties to, in the words of the check. */
static gboolean
describe_hit (DeskStore        *self,
              DeskConflictHit  *hit,
              GError          **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  if (g_str_equal (hit->entity, "client"))
    {
      hit->role = g_strdup (_("Client"));
      stmt = desk_database_prepare (self->database,
                                    "SELECT max (id), group_concat (case_number, ', ') FROM "
                                    "(SELECT id, case_number FROM cases WHERE client_id = ?1 "
                                    " ORDER BY opened_on DESC, id DESC LIMIT 3)", error);
    }
  else if (g_str_equal (hit->entity, "party"))
    {
      stmt = desk_database_prepare (self->database,
                                    "SELECT k.id, k.case_number, p.role FROM parties p JOIN cases k ON k.id = p.case_id "
                                    "WHERE p.id = ?1", error);
    }
  else
    {
      stmt = desk_database_prepare (self->database, "SELECT NULL, NULL, role FROM volunteers WHERE id = ?1", error);
    }

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, hit->entity_id);
  rc = desk_database_step (self->database, stmt, error);
  if (rc == 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    {
      /* The record went away; report the name alone. */
      hit->case_number = g_strdup ("");
      if (hit->role == NULL)
        hit->role = g_strdup ("");
      return TRUE;
    }

  hit->case_id = sqlite3_column_int64 (stmt, 0);
  hit->case_number = g_strdup (sqlite3_column_text (stmt, 1) != NULL ? (const char *) sqlite3_column_text (stmt, 1) : "");

  if (hit->role == NULL)
    {
      GType role_type = g_str_equal (hit->entity, "party") ? DESK_TYPE_PARTY_ROLE : DESK_TYPE_VOLUNTEER_ROLE;
      int role = 0;

      desk_enum_from_nick (role_type, (const char *) sqlite3_column_text (stmt, 2), &role);
      if (role_type == DESK_TYPE_PARTY_ROLE)
        hit->role = g_strdup (desk_enum_label (role_type, role));
      else
        hit->role = g_strdup_printf (_("Volunteer (%s)"), desk_enum_label (role_type, role));
    }

  return TRUE;
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const DeskConflictHit *x = *(DeskConflictHit **) a;
  const DeskConflictHit *y = *(DeskConflictHit **) b;

  if (x->similarity != y->similarity)
    return x->similarity > y->similarity ? -1 : 1;
  return g_strcmp0 (x->name, y->name);
}

/* Candidates the check scores: the names indexed under @key, and when
 * @others is not empty only those that also share one of @others, or are
 * the one word @key itself (see index_entries()). */
static gboolean
collect_candidates (DeskStore    *self,
                    const char   *name,
                    const char   *key,
                    GPtrArray    *others,
                    const char   *except_entity,
                    gint64        except_id,
                    GHashTable   *seen,
                    GPtrArray    *hits,
                    GError      **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT n.id, n.entity, n.entity_id, n.name FROM conflict_names n "
                                         "WHERE n.id IN (SELECT d.name_id FROM conflict_keys d WHERE d.key = ?1");
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  /* Keys are narrowed first and names read only for what is left: a row
   * passes when its signature holds both bits of one of @others (a quick
   * test that lets through a few names too many, never too few; the
   * similarity decides). */
  if (others->len > 0)
    {
      g_string_append (sql, " AND (");
      for (guint i = 0; i < others->len; i++)
        g_string_append_printf (sql, "%s(d.others & ?%u) = ?%u", i > 0 ? " OR " : "", i + 2, i + 2);
      g_string_append (sql, ") UNION ALL SELECT w.name_id FROM conflict_keys w WHERE w.key = 'w:' || ?1");
    }
  g_string_append (sql, ")");

  stmt = desk_database_prepare (self->database, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  for (guint i = 0; i < others->len; i++)
    sqlite3_bind_int64 (stmt, i + 2, desk_name_key_signature (g_ptr_array_index (others, i)));

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      gint64 name_id = sqlite3_column_int64 (stmt, 0);
      const char *entity = (const char *) sqlite3_column_text (stmt, 1);
      gint64 entity_id = sqlite3_column_int64 (stmt, 2);
      const char *candidate = (const char *) sqlite3_column_text (stmt, 3);
      DeskConflictHit *hit;
      double similarity;

      /* A name reached through several keys is scored once. */
      if (!g_hash_table_add (seen, g_memdup2 (&name_id, sizeof name_id)))
        continue;
      if (except_entity != NULL && entity_id == except_id && g_str_equal (entity, except_entity))
        continue;

      similarity = desk_name_similarity (name, candidate);
      if (similarity < DESK_NAME_MATCH_THRESHOLD)
        continue;

      hit = g_new0 (DeskConflictHit, 1);
      hit->entity = g_strdup (entity);
      hit->entity_id = entity_id;
      hit->name = g_strdup (candidate);
      hit->similarity = similarity;
      g_ptr_array_add (hits, hit);
    }

  return rc == SQLITE_DONE;
}

/*
 * Which names to score.  desk_name_similarity() reaches the threshold only
 * when at least one word is spelled exactly (two words both misspelled
 * score below it in nearly every case) and every other word of the shorter
 * name is close, which for a word of four letters or more means sharing its
 * beginning or its end.  So the check reads, for each word of the query,
 * the names that have that word exactly and share a key of the other long
 * words; a name of one word, and a query with a short word (whose
 * misspellings have no key), are read whole.  A query with one word that
 * has keys (a surname after an initial) reads every name under its keys.
 */
GPtrArray *
desk_store_find_conflicts (DeskStore   *self,
                           const char  *name,
                           const char  *except_entity,
                           gint64       except_id,
                           GError     **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) desk_conflict_hit_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) keyed = g_ptr_array_new ();
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  words = desk_name_tokens (name);
  for (guint i = 0; words[i] != NULL; i++)
    if (g_utf8_strlen (words[i], -1) >= 2)
      g_ptr_array_add (keyed, words[i]);

  if (keyed->len == 1)
    {
      /* One word to go on: every key of it (a one-word query must match a
       * word exactly, so its exact key is enough). */
      g_auto(GStrv) keys = desk_name_index_keys (g_ptr_array_index (keyed, 0));
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      for (guint i = 0; keys[i] != NULL; i++)
        {
          if (g_strv_length (words) == 1 && strchr (keys[i], ':') != NULL)
            continue;
          if (!collect_candidates (self, name, keys[i], none, except_entity, except_id, seen, hits, error))
            return NULL;
        }
    }
  else
    {
      for (guint d = 0; d < keyed->len; d++)
        {
          g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_free);
          gboolean all_long = TRUE;

          for (guint o = 0; o < keyed->len; o++)
            {
              g_auto(GStrv) keys = NULL;

              if (o == d)
                continue;
              if (g_utf8_strlen (g_ptr_array_index (keyed, o), -1) < 4)
                all_long = FALSE;
              keys = desk_name_index_keys (g_ptr_array_index (keyed, o));
              for (guint k = 0; keys[k] != NULL; k++)
                g_ptr_array_add (others, g_strdup (keys[k]));
            }
          if (!all_long)
            g_ptr_array_set_size (others, 0);

          if (!collect_candidates (self, name, g_ptr_array_index (keyed, d), others,
                                   except_entity, except_id, seen, hits, error))
            return NULL;
        }
    }

  for (guint i = 0; i < hits->len; i++)
    if (!describe_hit (self, g_ptr_array_index (hits, i), error))
      return NULL;

  g_ptr_array_sort (hits, compare_hits);
  return g_steal_pointer (&hits);
}

gboolean
desk_store_audit_conflict_check (DeskStore   *self,
                                 const char  *entity,
                                 gint64       entity_id,
                                 const char  *name,
                                 GPtrArray   *hits,
                                 const char  *decision,
                                 GError     **error)
{
  g_autoptr(GString) fields = g_string_new (NULL);

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL && decision != NULL, FALSE);

  g_string_append_printf (fields, "name: %s; hits: %u", name, hits != NULL ? hits->len : 0);
  for (guint i = 0; hits != NULL && i < hits->len; i++)
    {
      const DeskConflictHit *hit = g_ptr_array_index (hits, i);

      g_string_append_printf (fields, "; %s (%s%s%s, %.2f)", hit->name, hit->role != NULL ? hit->role : hit->entity,
                              hit->case_number != NULL && *hit->case_number ? ", " : "",
                              hit->case_number != NULL ? hit->case_number : "", hit->similarity);
    }
  g_string_append_printf (fields, "; decision: %s", decision);

  return desk_store_audit (self, entity, entity_id, "conflict-check", fields->str, error);
}
