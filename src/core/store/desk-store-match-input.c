/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-store"

#include "config.h"

#include <stdlib.h>

#include "desk-name-match.h"
#include "desk-progress.h"
#include "desk-store-mentorship.h"
#include "desk-store-private.h"

/* What the matcher works on, read from the store: the profiles of the
 * volunteers in the program, the pairs that stay, and the pairs that must
 * not be proposed, as one DeskMatchProblem.  The matcher itself knows no
 * SQL (src/core/matching/). */

static int
compare_profile_id (gconstpointer key,
                    gconstpointer element)
{
  gint64 id = *(const gint64 *) key;
  const DeskMatchProfile *profile = *(DeskMatchProfile * const *) element;

  return id < profile->id ? -1 : id > profile->id ? 1 : 0;
}

/* The profile of volunteer @id in @profiles, which are in id order, or NULL. */
static DeskMatchProfile *
find_profile (GPtrArray *profiles,
              gint64     id)
{
  DeskMatchProfile **found;

  found = bsearch (&id, profiles->pdata, profiles->len, sizeof (gpointer), compare_profile_id);
  return found != NULL ? *found : NULL;
}

/* ---- profiles ------------------------------------------------------------------------ */

static gboolean
load_profiles (DeskStore  *self,
               GPtrArray  *profiles,
               GError    **error)
{
  /* ?1 is this year, for the years since admission. */
  static const char *sql =
    "SELECT id, first_name || ' ' || last_name, is_mentor, mentor_tier, mentor_capacity, "
    "(coaching_trained_on IS NOT NULL) | ((cultural_competence_trained_on IS NOT NULL) << 1) "
    "| ((ethics_trained_on IS NOT NULL) << 2), can_help_with, wants_mentor, mentee_tier, mentee_goals, "
    "availability, county, remote_ok, "
    "CASE WHEN role = 'law-student' THEN 0 WHEN admission_year > 0 THEN max (0, ?1 - admission_year) ELSE -1 END, "
    "meeting_modes, monthly_hours "
    "FROM volunteers WHERE archived = 0 AND active = 1 AND (is_mentor = 1 OR wants_mentor = 1) ORDER BY id";
  g_autoptr(DeskStmt) stmt = desk_database_prepare (self->database, sql, error);
  g_autofree char *today = desk_today_iso ();
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, (int) g_ascii_strtoll (today, NULL, 10));

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      DeskMatchProfile *profile = desk_match_profile_new (sqlite3_column_int64 (stmt, 0),
                                                          (const char *) sqlite3_column_text (stmt, 1));
      int tier = DESK_TIER_NONE;

      profile->is_mentor = sqlite3_column_int (stmt, 2) != 0;
      if (profile->is_mentor)
        {
          desk_enum_from_nick (DESK_TYPE_TIER, (const char *) sqlite3_column_text (stmt, 3), &tier);
          profile->mentor_tier = tier;
          profile->capacity = (guint) MAX (0, sqlite3_column_int (stmt, 4));
          profile->trainings = sqlite3_column_int (stmt, 5);
          profile->can_help_with = sqlite3_column_int (stmt, 6);
        }
      profile->wants_mentor = sqlite3_column_int (stmt, 7) != 0;
      if (profile->wants_mentor)
        {
          tier = DESK_TIER_NONE;
          desk_enum_from_nick (DESK_TYPE_TIER, (const char *) sqlite3_column_text (stmt, 8), &tier);
          profile->mentee_tier = tier;
          profile->goals = sqlite3_column_int (stmt, 9);
        }
      profile->availability = (guint32) sqlite3_column_int64 (stmt, 10);
      g_free (profile->county);
      profile->county = g_strdup ((const char *) sqlite3_column_text (stmt, 11));
      profile->remote_ok = sqlite3_column_int (stmt, 12) != 0;
      profile->years_experience = sqlite3_column_int (stmt, 13);
      profile->meeting_modes = sqlite3_column_int (stmt, 14);
      profile->monthly_hours = (guint) MAX (0, sqlite3_column_int (stmt, 15));
      g_ptr_array_add (profiles, profile);
    }

  return rc == SQLITE_DONE;
}

/* Runs @sql, whose rows start with a volunteer id, and hands each row of a
 * volunteer in @profiles to @add. */
typedef void (*AddRowFunc) (DeskMatchProfile *profile,
                            DeskStmt         *stmt,
                            gpointer          user_data);

static gboolean
for_each_row (DeskStore       *self,
              GPtrArray       *profiles,
              const char      *sql,
              AddRowFunc       add,
              gpointer         user_data,
              GError         **error)
{
  g_autoptr(DeskStmt) stmt = desk_database_prepare (self->database, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      DeskMatchProfile *profile = find_profile (profiles, sqlite3_column_int64 (stmt, 0));

      if (profile != NULL)
        add (profile, stmt, user_data);
    }

  return rc == SQLITE_DONE;
}

static void
add_practice_area (DeskMatchProfile *profile,
                   DeskStmt         *stmt,
                   gpointer          user_data)
{
  GHashTable *areas = user_data;
  GPtrArray *list = g_hash_table_lookup (areas, profile);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (areas, profile, list);
    }
  g_ptr_array_add (list, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
}

static void
add_language (DeskMatchProfile *profile,
              DeskStmt         *stmt,
              gpointer          user_data)
{
  desk_match_profile_add_language (profile, (const char *) sqlite3_column_text (stmt, 1),
                                   sqlite3_column_int (stmt, 2) != 0);
}

static void
add_never_pair (DeskMatchProfile *profile,
                DeskStmt         *stmt,
                gpointer          user_data)
{
  desk_match_profile_add_never_pair (profile, sqlite3_column_int64 (stmt, 1));
}

static gboolean
load_profile_lists (DeskStore  *self,
                    GPtrArray  *profiles,
                    GError    **error)
{
  g_autoptr(GHashTable) areas = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer key, value;

  if (!for_each_row (self, profiles,
                     "SELECT l.volunteer_id, a.name FROM volunteer_practice_areas l "
                     "JOIN practice_areas a ON a.id = l.practice_area_id ORDER BY l.volunteer_id, a.name",
                     add_practice_area, areas, error) ||
      !for_each_row (self, profiles,
                     "SELECT volunteer_id, language, must_share FROM volunteer_languages ORDER BY volunteer_id, language",
                     add_language, NULL, error) ||
      !for_each_row (self, profiles,
                     "SELECT volunteer_id, other_id FROM volunteer_never_pairs ORDER BY volunteer_id, other_id",
                     add_never_pair, NULL, error))
    return FALSE;

  g_hash_table_iter_init (&iter, areas);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      DeskMatchProfile *profile = key;
      GPtrArray *list = value;

      g_strfreev (profile->practice_areas);
      g_ptr_array_add (list, NULL);
      profile->practice_areas = (GStrv) g_ptr_array_steal (list, NULL);
    }

  return TRUE;
}

/* ---- locks and exclusions ------------------------------------------------------------- */

/* Accepted and active pairings, and pinned proposals, stay as they are. */
static gboolean
load_locks (DeskStore         *self,
            DeskMatchProblem  *problem,
            GError           **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  stmt = desk_database_prepare (self->database,
                                "SELECT mentee_id, mentor_id FROM pairings WHERE archived = 0 "
                                "AND (status IN ('accepted', 'active') OR (status = 'proposed' AND pinned = 1)) "
                                "ORDER BY mentee_id, mentor_id, id", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      gint64 mentee_id = sqlite3_column_int64 (stmt, 0);
      gint64 mentor_id = sqlite3_column_int64 (stmt, 1);

      /* A lock on someone who left the program holds nothing the matcher decides. */
      if (desk_match_problem_lookup (problem, mentee_id) != NULL && desk_match_problem_lookup (problem, mentor_id) != NULL)
        desk_match_problem_add_lock (problem, mentee_id, mentor_id);
    }

  return rc == SQLITE_DONE;
}

/* Adds an exclusion when both are in the program in these roles (the
 * matcher ignores repeats). */
static void
exclude (DeskMatchProblem   *problem,
         gint64              mentee_id,
         gint64              mentor_id,
         DeskMatchExclusion  rule)
{
  const DeskMatchProfile *mentee = desk_match_problem_lookup (problem, mentee_id);
  const DeskMatchProfile *mentor = desk_match_problem_lookup (problem, mentor_id);

  if (mentee != NULL && mentor != NULL && mentee->wants_mentor && mentor->is_mentor && mentee_id != mentor_id)
    desk_match_problem_add_exclusion (problem, mentee_id, mentor_id, rule);
}

static gboolean
load_declines (DeskStore         *self,
               DeskMatchProblem  *problem,
               GError           **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  /* An archived decline still stands: archiving hides it from lists only. */
  stmt = desk_database_prepare (self->database,
                                "SELECT DISTINCT mentee_id, mentor_id FROM pairings WHERE status = 'declined' "
                                "ORDER BY mentee_id, mentor_id", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    exclude (problem, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), DESK_MATCH_EXCLUSION_DECLINED);

  return rc == SQLITE_DONE;
}
/* Who handles the cases a conflict hit is a client or adverse party in:
 * their volunteers and supervising mentors. */
static gboolean
case_handlers (DeskStore              *self,
               const DeskConflictHit  *hit,
               GArray                 *handlers,
               GError                **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  if (g_str_equal (hit->entity, "client"))
    stmt = desk_database_prepare (self->database,
                                  "SELECT volunteer_id, mentor_id FROM cases WHERE client_id = ?1 AND archived = 0", error);
  else if (g_str_equal (hit->entity, "party"))
    stmt = desk_database_prepare (self->database,
                                  "SELECT k.volunteer_id, k.mentor_id FROM parties p JOIN cases k ON k.id = p.case_id "
                                  "WHERE p.id = ?1 AND p.archived = 0 AND k.archived = 0", error);
  else
    return TRUE;
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, hit->entity_id);
  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    for (int column = 0; column < 2; column++)
      if (sqlite3_column_type (stmt, column) != SQLITE_NULL)
        {
          gint64 id = sqlite3_column_int64 (stmt, column);
          g_array_append_val (handlers, id);
        }

  return rc == SQLITE_DONE;
}

/* A volunteer whose name is a client's or an adverse party's in a case
 * another volunteer handles sits on the other side of that case from them:
 * the two must not be paired, whichever of them is the mentee. */
static gboolean
load_conflicts (DeskStore          *self,
                DeskMatchProblem   *problem,
                DeskMatchProgress   progress,
                gpointer            progress_data,
                GCancellable       *cancellable,
                GError            **error)
{
  guint n_profiles = desk_match_problem_get_n_profiles (problem);
  guint percent = G_MAXUINT;

  for (guint i = 0; i < n_profiles; i++)
    {
      const DeskMatchProfile *person = desk_match_problem_get_profile (problem, i);
      g_autoptr(GPtrArray) hits = desk_store_find_conflicts (self, person->name, "volunteer", person->id, error);

      if (hits == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      for (guint h = 0; h < hits->len; h++)
        {
          const DeskConflictHit *hit = g_ptr_array_index (hits, h);
          g_autoptr(GArray) handlers = NULL;

          if (!desk_name_same_person (person->name, hit->name))
            continue;

          handlers = g_array_new (FALSE, FALSE, sizeof (gint64));
          if (!case_handlers (self, hit, handlers, error))
            return FALSE;
          for (guint k = 0; k < handlers->len; k++)
            {
              gint64 other = g_array_index (handlers, gint64, k);

              exclude (problem, person->id, other, DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST);
              exclude (problem, other, person->id, DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST);
            }
        }

      /* Whole percents are enough for a progress bar. */
      if (progress != NULL && ((i + 1) * 100 / n_profiles != percent || i + 1 == n_profiles))
        {
          percent = (i + 1) * 100 / n_profiles;
          progress (i + 1, n_profiles, progress_data);
        }
    }

  return TRUE;
}

static gboolean
load_problem (DeskStore          *self,
              DeskMatchProblem   *problem,
              DeskMatchProgress   progress,
              gpointer            progress_data,
              GCancellable       *cancellable,
              GError            **error)
{
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) desk_match_profile_free);

  if (!load_profiles (self, profiles, error) || !load_profile_lists (self, profiles, error))
    return FALSE;
  for (guint i = 0; i < profiles->len; i++)
    desk_match_problem_add_profile (problem, g_ptr_array_index (profiles, i));

  return load_locks (self, problem, error) &&
         load_declines (self, problem, error) &&
         load_conflicts (self, problem, progress, progress_data, cancellable, error);
}

DeskMatchProblem *
desk_store_load_match_problem (DeskStore                *self,
                               const DeskMatchSettings  *settings,
                               DeskMatchProgress         progress,
                               gpointer                  progress_data,
                               GCancellable             *cancellable,
                               GError                  **error)
{
  g_autoptr(DeskMatchProblem) problem = NULL;
  gboolean ok;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  problem = desk_match_problem_new (settings);

  /* One read transaction, so every part sees the same moment. */
  if (!desk_database_begin_read (self->database, error))
    return NULL;
  ok = load_problem (self, problem, progress, progress_data, cancellable, error);
  if (!desk_database_end_read (self->database, ok, ok ? error : NULL))
    ok = FALSE;

  return ok ? g_steal_pointer (&problem) : NULL;
}

/* ---- in a thread ------------------------------------------------------------------- */

typedef struct
{
  char              *path;
  DeskMatchSettings  settings;
  DeskProgressRelay *relay;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *ld = data;

  g_free (ld->path);
  g_clear_pointer (&ld->relay, desk_progress_relay_free);
  g_free (ld);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *ld = task_data;
  g_autoptr(DeskStore) store = NULL;
  DeskMatchProblem *problem = NULL;
  GError *error = NULL;

  /* SQLite connections stay in their thread: this one has its own. */
  store = desk_store_open (ld->path, &error);
  if (store != NULL)
    problem = desk_store_load_match_problem (store, &ld->settings,
                                             ld->relay != NULL ? desk_progress_relay_report : NULL, ld->relay,
                                             cancellable, &error);
  if (problem == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, problem, (GDestroyNotify) desk_match_problem_unref);
}

void
desk_store_load_match_problem_async (DeskStore                *self,
                                     const DeskMatchSettings  *settings,
                                     DeskMatchProgress         progress,
                                     gpointer                  progress_data,
                                     GCancellable             *cancellable,
                                     GAsyncReadyCallback       callback,
                                     gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *ld;

  g_return_if_fail (DESK_IS_STORE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  ld = g_new0 (LoadData, 1);
  ld->path = g_strdup (desk_store_get_path (self));
  if (settings != NULL)
    ld->settings = *settings;
  else
    desk_match_settings_init (&ld->settings);
  ld->relay = desk_progress_relay_new (progress, progress_data);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, desk_store_load_match_problem_async);
  g_task_set_task_data (task, ld, load_data_free);
  g_task_run_in_thread (task, load_thread);
}

DeskMatchProblem *
desk_store_load_match_problem_finish (DeskStore     *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == desk_store_load_match_problem_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- the board kept ------------------------------------------------------------------ */

static gboolean
id_in (const gint64 *ids,
       guint         n_ids,
       gint64        id)
{
  for (guint i = 0; i < n_ids; i++)
    if (ids[i] == id)
      return TRUE;
  return FALSE;
}

gboolean
desk_store_lock_proposals (DeskStore         *self,
                           DeskMatchProblem  *problem,
                           const gint64      *free_mentee_ids,
                           guint              n_free_mentee_ids,
                           gint64             free_mentor_id,
                           GArray            *freed,
                           GError           **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (problem != NULL, FALSE);
  g_return_val_if_fail (free_mentee_ids != NULL || n_free_mentee_ids == 0, FALSE);

  stmt = desk_database_prepare (self->database,
                                "SELECT mentee_id, mentor_id, pinned FROM pairings "
                                "WHERE archived = 0 AND status = 'proposed' ORDER BY mentee_id, id", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      gint64 mentee_id = sqlite3_column_int64 (stmt, 0);
      gint64 mentor_id = sqlite3_column_int64 (stmt, 1);
      gboolean pinned = sqlite3_column_int (stmt, 2) != 0;

      if (desk_match_problem_lookup (problem, mentee_id) == NULL || desk_match_problem_lookup (problem, mentor_id) == NULL)
        continue;

      if (id_in (free_mentee_ids, n_free_mentee_ids, mentee_id) || (free_mentor_id != 0 && mentor_id == free_mentor_id))
        {
          /* Loading locked the pinned ones: a person asked to move them. */
          if (pinned)
            desk_match_problem_remove_lock (problem, mentee_id);
          if (freed != NULL)
            g_array_append_val (freed, mentee_id);
        }
      else if (!pinned)
        desk_match_problem_add_lock (problem, mentee_id, mentor_id);
    }

  return rc == SQLITE_DONE;
}
