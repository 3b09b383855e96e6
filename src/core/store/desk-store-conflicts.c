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

/* The conflict check of DeskStore.  The index (migration 0006; the rules
 * in desk-name-match.h) keeps each distinct name word once with its
 * deletion keys, and each name once per ordered pair of its words.  A check
 * finds the words close to each of its own through their keys, then the
 * names that hold two of them, or one and an initial: a few hundred
 * look-ups by key, never a scan of the names. */

/* Rows counted at most per pair of query words when choosing the anchor. */
#define ANCHOR_LIMIT 2000

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

/* ---- keeping the index ------------------------------------------------------- */

/* The first letter of @token, as stored in conflict_pairs.other_initial. */
static int
initial_length (const char *token)
{
  return (int) (g_utf8_next_char (token) - token);
}

/* The id of @word in conflict_words; 0 when it is not there and @create is
 * FALSE.  A new word is stored with its keys.  @cache (word → id) may be
 * NULL; it must not outlive the transaction. */
static gboolean
word_id (DeskStore   *self,
         const char  *word,
         gboolean     create,
         GHashTable  *cache,
         gint64      *id,
         GError     **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  g_auto(GStrv) keys = NULL;
  gpointer cached;

  if (cache != NULL && g_hash_table_lookup_extended (cache, word, NULL, &cached))
    {
      *id = *(gint64 *) cached;
      return TRUE;
    }

  stmt = desk_database_prepare (self->database, "SELECT id FROM conflict_words WHERE word = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, word, -1, SQLITE_STATIC);
  switch (desk_database_step (self->database, stmt, error))
    {
    case SQLITE_ROW:
      *id = sqlite3_column_int64 (stmt, 0);
      break;
    case SQLITE_DONE:
      *id = 0;
      break;
    default:
      return FALSE;
    }
  g_clear_pointer (&stmt, desk_stmt_reset);

  if (*id == 0 && create)
    {
      stmt = desk_database_prepare (self->database, "INSERT INTO conflict_words (word) VALUES (?1) RETURNING id", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, word, -1, SQLITE_STATIC);
      if (desk_database_step (self->database, stmt, error) != SQLITE_ROW)
        return FALSE;
      *id = sqlite3_column_int64 (stmt, 0);
      g_clear_pointer (&stmt, desk_stmt_reset);

      keys = desk_name_word_keys (word);
      for (guint k = 0; keys[k] != NULL; k++)
        {
          stmt = desk_database_prepare (self->database,
                                        "INSERT INTO conflict_word_keys (key, word_id) VALUES (?1, ?2)", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, keys[k], -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 2, *id);
          if (desk_database_step (self->database, stmt, error) != SQLITE_DONE)
            return FALSE;
          g_clear_pointer (&stmt, desk_stmt_reset);
        }
    }

  if (cache != NULL && *id != 0)
    g_hash_table_insert (cache, g_strdup (word), g_memdup2 (id, sizeof *id));
  return TRUE;
}

/* One row of conflict_pairs for @name_id of @n_words words: @other is the
 * other word (its initial is stored with it), or "" with @other_id 0 for a
 * name of one word. */
static gboolean
write_pair (DeskStore   *self,
            const char  *sql,
            gint64       word,
            const char  *other,
            gint64       other_id,
            guint        n_words,
            gint64       name_id,
            GError     **error)
{
  g_autoptr(DeskStmt) stmt = NULL;

  /* A word missing from the index has no rows to remove. */
  if (word == 0)
    return TRUE;

  stmt = desk_database_prepare (self->database, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, word);
  sqlite3_bind_text (stmt, 2, other, *other != '\0' ? initial_length (other) : 0, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, other_id);
  sqlite3_bind_int64 (stmt, 4, n_words);
  sqlite3_bind_int64 (stmt, 5, name_id);
  return desk_database_step (self->database, stmt, error) == SQLITE_DONE;
}

/* Adds the pair rows of @name to the index under @name_id, or with @remove
 * takes them out, and counts the name in (or out of) its words' names. */
static gboolean
write_pairs (DeskStore   *self,
             gint64       name_id,
             const char  *name,
             gboolean     remove,
             GHashTable  *cache,
             GError     **error)
{
  g_auto(GStrv) tokens = desk_name_tokens (name);
  guint n = g_strv_length (tokens);
  g_autofree gint64 *ids = g_new0 (gint64, n + 1);
  const char *sql = remove
                    ? "DELETE FROM conflict_pairs WHERE word_id = ?1 AND other_initial = ?2 AND other_id = ?3 "
                      "AND name_words = ?4 AND name_id = ?5"
                    : "INSERT OR IGNORE INTO conflict_pairs (word_id, other_initial, other_id, name_words, name_id) "
                      "VALUES (?1, ?2, ?3, ?4, ?5)";

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeskStmt) count = NULL;

      if (!word_id (self, tokens[i], !remove, cache, &ids[i], error))
        return FALSE;
      /* Tokens are sorted: a word said twice is one name more. */
      if (ids[i] == 0 || (i > 0 && ids[i] == ids[i - 1]))
        continue;

      count = desk_database_prepare (self->database, "UPDATE conflict_words SET names = names + ?2 WHERE id = ?1",
                                     error);
      if (count == NULL)
        return FALSE;
      sqlite3_bind_int64 (count, 1, ids[i]);
      sqlite3_bind_int64 (count, 2, remove ? -1 : 1);
      if (desk_database_step (self->database, count, error) != SQLITE_DONE)
        return FALSE;
    }

  if (n == 1)
    return write_pair (self, sql, ids[0], "", 0, n, name_id, error);

  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      if (j != i && !write_pair (self, sql, ids[i], tokens[j], ids[j], n, name_id, error))
        return FALSE;

  return TRUE;
}

/* The version of the rules the index was last built with; 0 for none. */
static gboolean
index_version (DeskStore  *self,
               gint64     *version,
               GError    **error)
{
  g_autoptr(DeskStmt) stmt = desk_database_prepare (self->database,
                                                    "SELECT version FROM conflict_index_builds ORDER BY id DESC LIMIT 1",
                                                    error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = desk_database_step (self->database, stmt, error);
  if (rc == 0)
    return FALSE;
  *version = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

static gboolean
rebuild_index (DeskDatabase  *database,
               gpointer       user_data,
               GError       **error)
{
  DeskStore *self = user_data;
  g_autoptr(GHashTable) cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(DeskStmt) names = NULL;
  g_autoptr(DeskStmt) build = NULL;
  g_autofree char *now = NULL;
  gint64 version = 0;
  gint64 n_names = 0;
  gint64 start = g_get_monotonic_time ();
  int rc;

  /* Another connection may have built it while this one waited. */
  if (!index_version (self, &version, error))
    return FALSE;
  if (version == DESK_NAME_INDEX_VERSION)
    return TRUE;

  if (!desk_database_exec (database, "DELETE FROM conflict_pairs; DELETE FROM conflict_word_keys; "
                                     "DELETE FROM conflict_words", error))
    return FALSE;

  names = desk_database_prepare (database, "SELECT id, name FROM conflict_names ORDER BY id", error);
  if (names == NULL)
    return FALSE;
  while ((rc = desk_database_step (database, names, error)) == SQLITE_ROW)
    {
      if (!write_pairs (self, sqlite3_column_int64 (names, 0), (const char *) sqlite3_column_text (names, 1),
                        FALSE, cache, error))
        return FALSE;
      n_names++;
    }
  if (rc != SQLITE_DONE)
    return FALSE;
  g_clear_pointer (&names, desk_stmt_reset);

  now = _desk_store_now_utc ();
  build = desk_database_prepare (database, "INSERT INTO conflict_index_builds (version, built_at, names) "
                                           "VALUES (?1, ?2, ?3)", error);
  if (build == NULL)
    return FALSE;
  sqlite3_bind_int64 (build, 1, DESK_NAME_INDEX_VERSION);
  sqlite3_bind_text (build, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (build, 3, n_names);
  if (desk_database_step (database, build, error) != SQLITE_DONE)
    return FALSE;

  g_debug ("Conflict index built for %" G_GINT64_FORMAT " names in %.1f s",
           n_names, (g_get_monotonic_time () - start) / 1e6);
  return TRUE;
}

/* Set on a connection once its index is known to be current. */
static G_DEFINE_QUARK (desk-conflict-index-current, index_current)

gboolean
_desk_store_ensure_name_index (DeskStore  *self,
                               GError    **error)
{
  gboolean in_transaction;
  gint64 version = 0;

  if (g_object_get_qdata (G_OBJECT (self->database), index_current_quark ()) != NULL)
    return TRUE;

  if (!index_version (self, &version, error))
    return FALSE;

  /* Remembered for the connection only once committed: a rebuild inside
   * a save that fails is rolled back with it. */
  in_transaction = desk_database_in_transaction (self->database);
  if (version != DESK_NAME_INDEX_VERSION &&
      !desk_database_transaction (self->database, rebuild_index, self, error))
    return FALSE;
  if (!in_transaction)
    g_object_set_qdata (G_OBJECT (self->database), index_current_quark (), GINT_TO_POINTER (TRUE));

  return TRUE;
}

gboolean
_desk_store_index_name (DeskStore   *self,
                        const char  *entity,
                        gint64       entity_id,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(DeskStmt) old = NULL;
  g_autoptr(DeskStmt) upsert = NULL;
  g_autofree char *old_name = NULL;
  gint64 name_id;

  if (!_desk_store_ensure_name_index (self, error))
    return FALSE;

  old = desk_database_prepare (self->database,
                               "SELECT name FROM conflict_names WHERE entity = ?1 AND entity_id = ?2", error);
  if (old == NULL)
    return FALSE;
  sqlite3_bind_text (old, 1, entity, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (old, 2, entity_id);
  switch (desk_database_step (self->database, old, error))
    {
    case SQLITE_ROW:
      old_name = g_strdup ((const char *) sqlite3_column_text (old, 0));
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

  /* The old rows are worked out from the old name, so that removing them
   * needs no second index on the pair table. */
  if (old_name != NULL && !write_pairs (self, name_id, old_name, TRUE, NULL, error))
    return FALSE;

  return write_pairs (self, name_id, name, FALSE, NULL, error);
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

  int cmp;

  if (x->similarity != y->similarity)
    return x->similarity > y->similarity ? -1 : 1;
  /* Namesakes in a fixed order, whatever order the index gave them in. */
  if ((cmp = g_strcmp0 (x->name, y->name)) != 0 || (cmp = g_strcmp0 (x->entity, y->entity)) != 0)
    return cmp;
  return (x->entity_id > y->entity_id) - (x->entity_id < y->entity_id);
}

/* A word of the index close to a word of the query. */
typedef struct
{
  gint64   id;
  gint64   names;        /* how many names hold it */
  char     initial[8];   /* its first letter, as in conflict_pairs.other_initial */
  gboolean exact;        /* the query's word itself */
} NearWord;

/* The words of the index close to @token (desk_name_words_close()), found
 * through its keys: any two close words share one. */
static gboolean
find_near_words (DeskStore   *self,
                 const char  *token,
                 GArray      *near,
                 GError     **error)
{
  g_auto(GStrv) keys = desk_name_word_keys (token);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint k = 0; keys[k] != NULL; k++)
    {
      g_autoptr(DeskStmt) stmt = desk_database_prepare (self->database,
                                                        "SELECT w.id, w.word, w.names FROM conflict_word_keys k "
                                                        "JOIN conflict_words w ON w.id = k.word_id WHERE k.key = ?1",
                                                        error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, keys[k], -1, SQLITE_STATIC);
      while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          const char *word = (const char *) sqlite3_column_text (stmt, 1);
          NearWord found = { id, sqlite3_column_int64 (stmt, 2), { 0 }, g_str_equal (word, token) };

          if (!g_hash_table_add (seen, g_memdup2 (&id, sizeof id)) || !desk_name_words_close (token, word))
            continue;
          memcpy (found.initial, word, MIN ((gsize) initial_length (word), sizeof found.initial - 1));
          g_array_append_val (near, found);
        }
      if (rc != SQLITE_DONE)
        return FALSE;
    }

  return TRUE;
}

/* Looks up the names of fewer than @max_words words indexed under @word:
 * all of them (@initial NULL), those whose other word starts with @initial
 * (@other_id < 0), or those whose other word is @other_id; at most @limit
 * rows.  Adds them to @names, or with @names NULL counts the rows into
 * @count. */
static gboolean
look_up_names (DeskStore   *self,
               gint64       word,
               const char  *initial,
               gint64       other_id,
               gint64       max_words,
               gint64       limit,
               GHashTable  *names,
               gint64      *count,
               GError     **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  if (initial == NULL)
    stmt = desk_database_prepare (self->database, "SELECT name_id FROM conflict_pairs WHERE word_id = ?1 "
                                                  "AND name_words < ?4 LIMIT ?5", error);
  else if (other_id < 0)
    stmt = desk_database_prepare (self->database, "SELECT name_id FROM conflict_pairs WHERE word_id = ?1 "
                                                  "AND other_initial = ?2 AND name_words < ?4 LIMIT ?5", error);
  else
    stmt = desk_database_prepare (self->database, "SELECT name_id FROM conflict_pairs WHERE word_id = ?1 "
                                                  "AND other_initial = ?2 AND other_id = ?3 AND name_words < ?4 "
                                                  "LIMIT ?5", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, word);
  if (initial != NULL)
    sqlite3_bind_text (stmt, 2, initial, -1, SQLITE_STATIC);
  if (initial != NULL && other_id >= 0)
    sqlite3_bind_int64 (stmt, 3, other_id);
  sqlite3_bind_int64 (stmt, 4, max_words);
  sqlite3_bind_int64 (stmt, 5, limit);

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      gint64 name_id = sqlite3_column_int64 (stmt, 0);

      if (names != NULL)
        g_hash_table_add (names, g_memdup2 (&name_id, sizeof name_id));
      else
        (*count)++;
    }

  return rc == SQLITE_DONE;
}

/* Adds to @names every name of fewer than @max_words words indexed under
 * @word with @initial and @other_id (see look_up_names()). */
static gboolean
add_names (DeskStore   *self,
           gint64       word,
           const char  *initial,
           gint64       other_id,
           gint64       max_words,
           GHashTable  *names,
           GError     **error)
{
  return look_up_names (self, word, initial, other_id, max_words, G_MAXINT64, names, NULL, error);
}

/* How many rows looking up query tokens @i and @j together reads: the
 * pairs of their close words, or of a word's close words with the other's
 * initial; counted no further than @limit. */
static gboolean
pair_cost (DeskStore   *self,
           GArray     **near,
           GStrv        initials,
           guint        i,
           guint        j,
           gint64       limit,
           gint64      *cost,
           GError     **error)
{
  *cost = 0;
  if (near[i]->len == 0)
    {
      guint swap = i;
      i = j;
      j = swap;
    }

  for (guint a = 0; a < near[i]->len && *cost < limit; a++)
    {
      const NearWord *word = &g_array_index (near[i], NearWord, a);

      if (near[j]->len == 0 &&
          !look_up_names (self, word->id, initials[j], -1, G_MAXINT64, limit - *cost, NULL, cost, error))
        return FALSE;
      for (guint b = 0; b < near[j]->len && *cost < limit; b++)
        {
          const NearWord *other = &g_array_index (near[j], NearWord, b);

          if (!look_up_names (self, word->id, other->initial, other->id, G_MAXINT64, limit - *cost, NULL, cost,
                              error))
            return FALSE;
        }
    }

  /* Two initials, or a word with no close word: never the anchor. */
  if (near[i]->len == 0)
    *cost = G_MAXINT64;
  return TRUE;
}

/* How many names the words close to a query word hold together: a token
 * with none (an initial) counts as the most common. */
static gint64
near_names (GArray *near)
{
  gint64 names = 0;

  if (near->len == 0)
    return G_MAXINT64;
  for (guint i = 0; i < near->len; i++)
    names += g_array_index (near, NearWord, i).names;
  return names;
}

static int
compare_near_names (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  GArray **near = user_data;
  gint64 x = near_names (near[*(const guint *) a]);
  gint64 y = near_names (near[*(const guint *) b]);

  return (x > y) - (x < y);
}

/* The pair of query tokens whose look-up reads the fewest rows, into
 * @anchor.  Pairs of rarer words are tried first, each counted no further
 * than the best so far; when all read more than ANCHOR_LIMIT rows, the two
 * rarest words. */
static gboolean
choose_anchor (DeskStore   *self,
               GArray     **near,
               GStrv        initials,
               guint        n,
               guint       *anchor,
               GError     **error)
{
  g_autofree guint *order = g_new (guint, n);
  gint64 best = ANCHOR_LIMIT;

  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, n, sizeof (guint), compare_near_names, near);
  anchor[0] = order[0];
  anchor[1] = order[1];

  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      {
        gint64 cost;

        if (!pair_cost (self, near, initials, order[a], order[b], best, &cost, error))
          return FALSE;
        if (cost < best)
          {
            best = cost;
            anchor[0] = order[a];
            anchor[1] = order[b];
          }
      }

  return TRUE;
}

/*
 * The names that may match @tokens (see desk-name-match.h), into @names.
 *
 * A matching name of one word is a word of the query exactly, or close to
 * a one-word query.  A query of one word matches longer names holding that
 * word.  Otherwise the name pairs off two of the query's words, one of
 * them as whole words: so it holds a word close to a query word and,
 * with it, a word close to another, or a word starting with the query's
 * initial, or the initial of another query word.  Each of those is an
 * exact look-up in conflict_pairs.
 *
 * A name with as many words as the query or more pairs off all of them,
 * so one pair of query words finds it: the anchor, the pair with the
 * fewest rows.  For the other pairs only names with fewer words are looked
 * up, which keeps "Garcia Property Management LLC" from reading every name
 * with "property management".
 */
static gboolean
find_candidates (DeskStore   *self,
                 GStrv        tokens,
                 GHashTable  *names,
                 GError     **error)
{
  guint n = g_strv_length (tokens);
  g_autofree GArray **near = g_new0 (GArray *, n + 1);
  g_autofree gint64 *initial_ids = g_new0 (gint64, n + 1);
  g_auto(GStrv) initials = g_new0 (char *, n + 1);
  guint anchor[2] = { 0, n > 1 ? 1 : 0 };
  gboolean ok = FALSE;

  /* The words close to each word of the query, and each token's initial
   * with its id as a word of its own (the "J" of "J. Garcia"), if any. */
  for (guint i = 0; i < n; i++)
    {
      initials[i] = g_strndup (tokens[i], initial_length (tokens[i]));
      near[i] = g_array_new (FALSE, FALSE, sizeof (NearWord));
      if (tokens[i][strlen (initials[i])] != '\0' && !find_near_words (self, tokens[i], near[i], error))
        goto out;
      if (!word_id (self, initials[i], FALSE, NULL, &initial_ids[i], error))
        goto out;
    }

  if (n > 2 && !choose_anchor (self, near, initials, n, anchor, error))
    goto out;

  for (guint i = 0; i < n; i++)
    for (guint a = 0; a < near[i]->len; a++)
      {
        const NearWord *word = &g_array_index (near[i], NearWord, a);

        /* Names of one word. */
        if ((n == 1 || word->exact) && !add_names (self, word->id, "", 0, G_MAXINT64, names, error))
          goto out;
        /* Longer names holding the one word of the query. */
        if (n == 1 && word->exact && !add_names (self, word->id, NULL, -1, G_MAXINT64, names, error))
          goto out;

        for (guint j = 0; j < n; j++)
          {
            gboolean is_anchor = (i == anchor[0] || i == anchor[1]) && (j == anchor[0] || j == anchor[1]);
            gint64 max_words = is_anchor ? G_MAXINT64 : n;

            if (j == i)
              continue;

            if (g_str_equal (tokens[j], initials[j]))
              {
                /* The query's initial: any word starting with it. */
                if (!add_names (self, word->id, initials[j], -1, max_words, names, error))
                  goto out;
                continue;
              }

            /* The name's initial for the query's word. */
            if (initial_ids[j] != 0 &&
                !add_names (self, word->id, initials[j], initial_ids[j], max_words, names, error))
              goto out;

            /* Two words; each unordered pair of query words once, since
             * every name is stored under both orders.  Both may be close to
             * the same word, found in names that have it twice. */
            for (guint b = 0; j > i && b < near[j]->len; b++)
              {
                const NearWord *other = &g_array_index (near[j], NearWord, b);

                if (!add_names (self, word->id, other->initial, other->id, max_words, names, error))
                  goto out;
              }
          }
      }

  ok = TRUE;

out:
  for (guint i = 0; i < n; i++)
    if (near[i] != NULL)
      g_array_unref (near[i]);
  return ok;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* Hits in the order of their records, so that reading them walks each
 * table once instead of jumping around it. */
static int
compare_records (gconstpointer a,
                 gconstpointer b)
{
  const DeskConflictHit *x = *(DeskConflictHit **) a;
  const DeskConflictHit *y = *(DeskConflictHit **) b;
  int cmp = strcmp (x->entity, y->entity);

  return cmp != 0 ? cmp : (x->entity_id > y->entity_id) - (x->entity_id < y->entity_id);
}

/* The check proper: candidates from the index, scored, described. */
static gboolean
find_hits (DeskStore   *self,
           const char  *name,
           const char  *except_entity,
           gint64       except_id,
           GPtrArray   *hits,
           GError     **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_auto(GStrv) tokens = desk_name_tokens (name);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gpointer key;

  if (!find_candidates (self, tokens, names, error))
    return FALSE;

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (ids, *(gint64 *) key);
  g_array_sort (ids, compare_ids);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(DeskStmt) stmt = desk_database_prepare (self->database,
                                                        "SELECT entity, entity_id, name FROM conflict_names WHERE id = ?1",
                                                        error);
      const char *entity, *candidate;
      gint64 entity_id;
      DeskConflictHit *hit;
      double similarity;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      switch (desk_database_step (self->database, stmt, error))
        {
        case SQLITE_ROW:
          break;
        case SQLITE_DONE:
          continue;
        default:
          return FALSE;
        }

      entity = (const char *) sqlite3_column_text (stmt, 0);
      entity_id = sqlite3_column_int64 (stmt, 1);
      candidate = (const char *) sqlite3_column_text (stmt, 2);
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

  g_ptr_array_sort (hits, compare_records);
  for (guint i = 0; i < hits->len; i++)
    if (!describe_hit (self, g_ptr_array_index (hits, i), error))
      return FALSE;

  g_ptr_array_sort (hits, compare_hits);
  return TRUE;
}

GPtrArray *
desk_store_find_conflicts (DeskStore   *self,
                           const char  *name,
                           const char  *except_entity,
                           gint64       except_id,
                           GError     **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) desk_conflict_hit_free);
  gboolean ok;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!_desk_store_ensure_name_index (self, error))
    return NULL;

  /* One read transaction for the hundreds of look-ups: one consistent
   * picture of the names, and the file locked once rather than for each. */
  if (!desk_database_begin_read (self->database, error))
    return NULL;
  ok = find_hits (self, name, except_entity, except_id, hits, error);
  if (!desk_database_end_read (self->database, ok, ok ? error : NULL))
    ok = FALSE;

  return ok ? g_steal_pointer (&hits) : NULL;
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
