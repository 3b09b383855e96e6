/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Crashes: a child saves as fast as it can — clients, cases with their
 * parties, deadline, note and time in one transaction, changes, batches
 * like an import — and tells on a pipe what it is about to do and what
 * committed; the parent SIGKILLs it at random moments, again and again
 * on the same file.  After every kill the file opens, passes
 * integrity_check, holds every transaction the child saw commit, and
 * nothing half-written: no record without its audit row or its name in
 * the conflict index, no case without all its parts, no half a batch.
 *
 * DESK_CRASH_SEED picks the run (the seed is printed); DESK_CRASH_KILLS
 * how many kills (default 60). */
#define G_LOG_DOMAIN "test-crash"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <glib-unix.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "desk-test-files.h"
#include "desk-test.h"

#define DEFAULT_KILLS 60
#define BATCH_SIZE    25
/* The longest a child runs before it is killed. */
#define MAX_RUN_MS    150

/* ---- the child ------------------------------------------------------------- */

/* One line, in one write(2) so a kill never leaves half of one. */
static void
report (const char *format,
        ...) G_GNUC_PRINTF (1, 2);

static void
report (const char *format,
        ...)
{
  g_autofree char *line = NULL;
  va_list args;
  gssize n;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  n = strlen (line);
  g_assert_cmpint (write (STDOUT_FILENO, line, n), ==, n);
}

static void
save (DeskStore *store,
      gpointer   record)
{
  g_autoptr(GError) error = NULL;

  if (!desk_store_save (store, DESK_RECORD (record), &error))
    g_error ("save: %s", error->message);
}

typedef struct
{
  DeskStore  *store;
  const char *tag;
  gint64      volunteer_id;
} CaseJob;

/* A case as intake makes it: the client, the case, two adverse parties,
 * a deadline, a note and time, all or nothing. */
static gboolean
save_case_in_transaction (DeskDatabase  *database,
                          gpointer       user_data,
                          GError       **error)
{
  CaseJob *job = user_data;
  g_autoptr(DeskClient) client = g_object_new (DESK_TYPE_CLIENT, "first-name", "Case", "last-name", job->tag, NULL);
  g_autoptr(DeskCase) kase = NULL;
  g_autofree char *title = g_strdup_printf ("Case %s", job->tag);
  gint64 case_id;

  save (job->store, client);
  kase = g_object_new (DESK_TYPE_CASE, "client-id", desk_record_get_id (DESK_RECORD (client)),
                       "problem-code", "63", "title", title, NULL);
  save (job->store, kase);
  case_id = desk_record_get_id (DESK_RECORD (kase));

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("Landlord %u of %s", i + 1, job->tag);
      g_autoptr(DeskParty) party = g_object_new (DESK_TYPE_PARTY, "case-id", case_id, "name", name, NULL);
      save (job->store, party);
    }
  {
    g_autoptr(DeskDeadline) deadline = g_object_new (DESK_TYPE_DEADLINE, "case-id", case_id,
                                                     "due-on", "2026-07-01", "description", "Answer due", NULL);
    g_autoptr(DeskNote) note = g_object_new (DESK_TYPE_NOTE, "case-id", case_id, "author", "Intake",
                                             "body", "Called the client back.", NULL);
    g_autoptr(DeskTimeEntry) entry = g_object_new (DESK_TYPE_TIME_ENTRY, "case-id", case_id,
                                                   "volunteer-id", job->volunteer_id, "worked-on", "2026-06-01",
                                                   "tenths", 5, "activity", "Intake interview", NULL);
    save (job->store, deadline);
    save (job->store, note);
    save (job->store, entry);
  }
  return TRUE;
}

/* Saves until it is killed; every transaction is announced ("B …")
 * before it starts and confirmed ("C") once desk_store_* returned. */
G_GNUC_NORETURN static void
run_child (const char *path,
           guint64     seed,
           gint64      volunteer_id)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed ((guint32) seed);
  g_autoptr(GArray) clients = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = desk_store_open (path, &error);
  if (store == NULL)
    g_error ("open: %s", error->message);
  report ("R\n");

  for (guint n = 0; ; n++)
    {
      g_autofree char *tag = g_strdup_printf ("s%" G_GUINT64_FORMAT "n%u", seed, n);
      int kind = g_rand_int_range (rand, 0, 10);

      if (kind < 3)
        {
          g_autoptr(DeskClient) client = g_object_new (DESK_TYPE_CLIENT, "first-name", "Client",
                                                       "last-name", tag, NULL);
          gint64 id;

          report ("B client %s\n", tag);
          save (store, client);
          id = desk_record_get_id (DESK_RECORD (client));
          g_array_append_val (clients, id);
          report ("C client %s %" G_GINT64_FORMAT "\n", tag, id);
        }
      else if (kind < 6)
        {
          CaseJob job = { store, tag, volunteer_id };

          report ("B case %s\n", tag);
          if (!desk_database_transaction (desk_store_get_database (store), save_case_in_transaction, &job, &error))
            g_error ("case: %s", error->message);
          report ("C case %s\n", tag);
        }
      else if (kind < 8 && clients->len > 0)
        {
          gint64 id = g_array_index (clients, gint64, g_rand_int_range (rand, 0, clients->len));
          g_autoptr(DeskClient) client = desk_store_get_client (store, id, &error);
          g_autofree char *phone = g_strdup_printf ("512-555-%04u", g_rand_int_range (rand, 0, 10000));

          if (client == NULL)
            g_error ("get: %s", error->message);
          desk_client_set_phone (client, phone);
          report ("B phone %" G_GINT64_FORMAT " %s\n", id, phone);
          save (store, client);
          report ("C phone\n");
        }
      else
        {
          g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
          g_autofree char *last_name = g_strdup_printf ("Batch %s", tag);
          g_autofree char *action = g_strdup_printf ("import %s", tag);

          for (guint i = 0; i < BATCH_SIZE; i++)
            {
              g_autofree char *first = g_strdup_printf ("Row%u", i);
              g_ptr_array_add (batch, g_object_new (DESK_TYPE_CLIENT, "first-name", first,
                                                    "last-name", last_name, NULL));
            }
          report ("B batch %s\n", tag);
          if (!desk_store_insert_batch (store, batch, action, &error))
            g_error ("batch: %s", error->message);
          report ("C batch\n");
        }
    }
}

/* ---- the parent ---------------------------------------------------------- */

typedef enum
{
  TX_CLIENT,
  TX_CASE,
  TX_PHONE,
  TX_BATCH,
} TxKind;

typedef struct
{
  TxKind  kind;
  char   *tag;     /* client, case, batch */
  gint64  id;      /* client of a phone change */
  char   *phone;
} Tx;

static void
tx_free (gpointer data)
{
  Tx *tx = data;

  g_free (tx->tag);
  g_free (tx->phone);
  g_free (tx);
}

typedef struct
{
  char       *dir;
  char       *path;
  char       *exe;
  gint64      volunteer_id;
  GPtrArray  *committed;   /* Tx: everything seen committed, across kills */
  GHashTable *phones;      /* client id → the phone last seen committed */
  guint       n_kills;
  guint       n_committed;
  guint       n_in_flight_kept;
  guint       n_in_flight_lost;
} Crash;

static gint64
query_int (DeskStore  *store,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  DeskDatabase *database = desk_store_get_database (store);
  g_autoptr(DeskStmt) stmt = desk_database_prepare (database, sql, &error);
  gint64 value;

  g_assert_no_error (error);
  g_assert_cmpint (desk_database_step (database, stmt, &error), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  return value;
}

/* What the file holds, read once after a kill, so that checking the
 * thousands of transactions seen committed costs one pass, not a scan
 * each. */
typedef struct
{
  GHashTable *last_names;   /* last name → how many clients have it */
  GHashTable *case_titles;  /* set */
  GHashTable *imports;      /* audit actions "import TAG", set */
  GHashTable *phones;       /* client id → phone ("" for none) */
} Snapshot;

static void
snapshot_clear (Snapshot *snapshot)
{
  g_clear_pointer (&snapshot->last_names, g_hash_table_unref);
  g_clear_pointer (&snapshot->case_titles, g_hash_table_unref);
  g_clear_pointer (&snapshot->imports, g_hash_table_unref);
  g_clear_pointer (&snapshot->phones, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Snapshot, snapshot_clear)

/* Runs @sql and hands each row's two columns to @row. */
static void
each_row (DeskStore  *store,
          const char *sql,
          void      (*row) (Snapshot *, DeskStmt *),
          Snapshot   *snapshot)
{
  g_autoptr(GError) error = NULL;
  DeskDatabase *database = desk_store_get_database (store);
  g_autoptr(DeskStmt) stmt = desk_database_prepare (database, sql, &error);
  int rc;

  g_assert_no_error (error);
  while ((rc = desk_database_step (database, stmt, &error)) == SQLITE_ROW)
    row (snapshot, stmt);
  g_assert_no_error (error);
  g_assert_cmpint (rc, ==, SQLITE_DONE);
}

static const char *
column_text (DeskStmt *stmt,
             int       column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static void
add_last_name (Snapshot *snapshot,
               DeskStmt *stmt)
{
  g_hash_table_insert (snapshot->last_names, g_strdup (column_text (stmt, 0)),
                       GINT_TO_POINTER (sqlite3_column_int (stmt, 1)));
}

static void
add_title (Snapshot *snapshot,
           DeskStmt *stmt)
{
  g_hash_table_add (snapshot->case_titles, g_strdup (column_text (stmt, 0)));
}

static void
add_import (Snapshot *snapshot,
            DeskStmt *stmt)
{
  g_hash_table_add (snapshot->imports, g_strdup (column_text (stmt, 0)));
}

static void
add_phone (Snapshot *snapshot,
           DeskStmt *stmt)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);

  g_hash_table_insert (snapshot->phones, g_memdup2 (&id, sizeof id), g_strdup (column_text (stmt, 1)));
}

static void
snapshot_take (Snapshot  *snapshot,
               DeskStore *store)
{
  snapshot->last_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  snapshot->case_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  snapshot->imports = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  snapshot->phones = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  each_row (store, "SELECT last_name, count(*) FROM clients GROUP BY last_name", add_last_name, snapshot);
  each_row (store, "SELECT title, 0 FROM cases", add_title, snapshot);
  each_row (store, "SELECT action, 0 FROM audit_log WHERE action LIKE 'import %'", add_import, snapshot);
  each_row (store, "SELECT id, phone FROM clients", add_phone, snapshot);
}

static gint64
clients_named (Snapshot   *snapshot,
               const char *prefix,
               const char *tag)
{
  g_autofree char *name = g_strconcat (prefix, tag, NULL);

  return GPOINTER_TO_INT (g_hash_table_lookup (snapshot->last_names, name));
}

/* Whether the whole of @tx is in the file; fails on a part of it. */
static gboolean
tx_present (Snapshot  *snapshot,
            const Tx  *tx)
{
  switch (tx->kind)
    {
    case TX_CLIENT:
      {
        gint64 n = clients_named (snapshot, "", tx->tag);
        g_assert_cmpint (n, <=, 1);
        return n == 1;
      }
    case TX_CASE:
      {
        g_autofree char *title = g_strconcat ("Case ", tx->tag, NULL);
        gint64 n = g_hash_table_contains (snapshot->case_titles, title);

        g_assert_cmpint (clients_named (snapshot, "", tx->tag), ==, n);
        return n == 1;
      }
    case TX_PHONE:
      return g_strcmp0 (g_hash_table_lookup (snapshot->phones, &tx->id), tx->phone) == 0;
    case TX_BATCH:
      {
        g_autofree char *action = g_strconcat ("import ", tx->tag, NULL);
        gint64 n = clients_named (snapshot, "Batch ", tx->tag);

        g_assert_true (n == 0 || n == BATCH_SIZE);
        g_assert_cmpint (g_hash_table_contains (snapshot->imports, action), ==, n > 0);
        return n == BATCH_SIZE;
      }
    default:
      g_assert_not_reached ();
    }
}

/* What holds for every record whoever wrote it: each save came with its
 * audit row and its conflict index entry, each case with all its parts. */
static const char * const invariants[] = {
  "SELECT count(*) FROM clients c WHERE c.last_name NOT LIKE 'Batch %' AND NOT EXISTS "
  "(SELECT 1 FROM audit_log a WHERE a.entity = 'client' AND a.entity_id = c.id AND a.action = 'create')",
  "SELECT count(*) FROM cases k WHERE NOT EXISTS "
  "(SELECT 1 FROM audit_log a WHERE a.entity = 'case' AND a.entity_id = k.id AND a.action = 'create')",
  "SELECT count(*) FROM parties p WHERE NOT EXISTS "
  "(SELECT 1 FROM audit_log a WHERE a.entity = 'party' AND a.entity_id = p.id)",
  "SELECT count(*) FROM deadlines d WHERE NOT EXISTS "
  "(SELECT 1 FROM audit_log a WHERE a.entity = 'deadline' AND a.entity_id = d.id)",
  "SELECT count(*) FROM notes n WHERE NOT EXISTS "
  "(SELECT 1 FROM audit_log a WHERE a.entity = 'note' AND a.entity_id = n.id)",
  "SELECT count(*) FROM time_entries t WHERE NOT EXISTS "
  "(SELECT 1 FROM audit_log a WHERE a.entity = 'time-entry' AND a.entity_id = t.id)",
  "SELECT count(*) FROM clients c WHERE NOT EXISTS "
  "(SELECT 1 FROM conflict_names n WHERE n.entity = 'client' AND n.entity_id = c.id)",
  "SELECT count(*) FROM parties p WHERE NOT EXISTS "
  "(SELECT 1 FROM conflict_names n WHERE n.entity = 'party' AND n.entity_id = p.id)",
  "SELECT count(*) FROM cases k WHERE (SELECT count(*) FROM parties p WHERE p.case_id = k.id) <> 2 "
  "OR (SELECT count(*) FROM deadlines d WHERE d.case_id = k.id) <> 1 "
  "OR (SELECT count(*) FROM notes n WHERE n.case_id = k.id) <> 1 "
  "OR (SELECT count(*) FROM time_entries t WHERE t.case_id = k.id) <> 1",
  "SELECT count(*) FROM (SELECT last_name FROM clients WHERE last_name LIKE 'Batch %' "
  "GROUP BY last_name HAVING count(*) <> " G_STRINGIFY (BATCH_SIZE) ")",
  "SELECT count(*) FROM audit_log a WHERE a.entity = 'client' AND a.action = 'update' "
  "AND a.fields <> 'phone'",
  "SELECT count(*) FROM pragma_foreign_key_check",
};

static void
check_file (Crash *crash,
            Tx    *in_flight)
{
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *verdict = NULL;
  g_auto(Snapshot) snapshot = { 0 };

  /* Opened as the window would open it after the crash. */
  store = desk_store_open (crash->path, &error);
  g_assert_no_error (error);
  {
    DeskDatabase *database = desk_store_get_database (store);
    g_autoptr(DeskStmt) stmt = desk_database_prepare (database, "PRAGMA integrity_check", &error);

    g_assert_cmpint (desk_database_step (database, stmt, &error), ==, SQLITE_ROW);
    verdict = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  }
  g_assert_cmpstr (verdict, ==, "ok");

  for (guint i = 0; i < G_N_ELEMENTS (invariants); i++)
    if (query_int (store, invariants[i]) != 0)
      g_error ("After kill %u: %" G_GINT64_FORMAT " rows break: %s", crash->n_kills,
               query_int (store, invariants[i]), invariants[i]);

  /* Everything the child saw commit is there; a phone is the latest one
   * seen committed unless the change in flight made it through. */
  snapshot_take (&snapshot, store);
  for (guint i = 0; i < crash->committed->len; i++)
    {
      Tx *tx = g_ptr_array_index (crash->committed, i);

      if (tx->kind != TX_PHONE && !tx_present (&snapshot, tx))
        g_error ("After kill %u: committed %s is missing", crash->n_kills, tx->tag);
    }
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, crash->phones);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        const char *phone = g_hash_table_lookup (snapshot.phones, key);

        if (in_flight != NULL && in_flight->kind == TX_PHONE && in_flight->id == *(gint64 *) key &&
            g_strcmp0 (phone, in_flight->phone) == 0)
          continue;
        g_assert_cmpstr (phone, ==, value);
      }
  }

  /* The transaction in flight is all there or not at all (tx_present
   * fails on a part); either way it is known now. */
  if (in_flight != NULL)
    {
      if (tx_present (&snapshot, in_flight))
        {
          crash->n_in_flight_kept++;
          if (in_flight->kind == TX_PHONE)
            g_hash_table_insert (crash->phones, g_memdup2 (&in_flight->id, sizeof (gint64)),
                                 g_strdup (in_flight->phone));
          else
            g_ptr_array_add (crash->committed, g_steal_pointer (&in_flight));
        }
      else
        crash->n_in_flight_lost++;
      g_clear_pointer (&in_flight, tx_free);
    }
}

/* Reads the child's lines: "B …" makes the transaction in flight, "C …"
 * moves it to the committed ones. */
static void
parse_line (Crash       *crash,
            const char  *line,
            Tx         **in_flight)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);
  Tx *tx;

  if (g_str_equal (words[0], "B"))
    {
      g_assert_null (*in_flight);
      tx = g_new0 (Tx, 1);
      if (g_str_equal (words[1], "client"))
        tx->kind = TX_CLIENT;
      else if (g_str_equal (words[1], "case"))
        tx->kind = TX_CASE;
      else if (g_str_equal (words[1], "batch"))
        tx->kind = TX_BATCH;
      else
        {
          tx->kind = TX_PHONE;
          tx->id = g_ascii_strtoll (words[2], NULL, 10);
          tx->phone = g_strdup (words[3]);
        }
      if (tx->kind != TX_PHONE)
        tx->tag = g_strdup (words[2]);
      *in_flight = tx;
    }
  else if (g_str_equal (words[0], "C"))
    {
      tx = g_steal_pointer (in_flight);
      g_assert_nonnull (tx);
      crash->n_committed++;
      if (tx->kind == TX_PHONE)
        {
          g_hash_table_insert (crash->phones, g_memdup2 (&tx->id, sizeof (gint64)), g_strdup (tx->phone));
          tx_free (tx);
        }
      else
        g_ptr_array_add (crash->committed, tx);
    }
  else
    g_assert_cmpstr (words[0], ==, "R");
}

/* Reads what is in the pipe until @deadline (-1: until the end); whole
 * lines go to parse_line, a partial one stays in @pending. */
static gboolean
read_lines (Crash    *crash,
            int       fd,
            GString  *pending,
            gint64    deadline,
            Tx      **in_flight,
            gboolean *ready)
{
  char buffer[4096];

  for (;;)
    {
      struct pollfd pfd = { fd, POLLIN, 0 };
      int timeout = deadline < 0 || deadline == G_MAXINT64
                    ? -1 : (int) MAX (0, (deadline - g_get_monotonic_time ()) / 1000);
      char *newline;
      gssize n;

      if (poll (&pfd, 1, timeout) == 0)
        return TRUE;
      n = read (fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      g_string_append_len (pending, buffer, n);
      while ((newline = strchr (pending->str, '\n')) != NULL)
        {
          g_autofree char *line = g_strndup (pending->str, newline - pending->str);

          g_string_erase (pending, 0, newline - pending->str + 1);
          if (g_str_equal (line, "R"))
            *ready = TRUE;
          parse_line (crash, line, in_flight);
        }
      if (*ready && deadline == G_MAXINT64)
        return TRUE;
    }
}

static void
kill_once (Crash   *crash,
           GRand   *rand,
           guint64  seed)
{
  g_autofree char *seed_text = g_strdup_printf ("%" G_GUINT64_FORMAT, seed);
  g_autofree char *volunteer_text = g_strdup_printf ("%" G_GINT64_FORMAT, crash->volunteer_id);
  const char *argv[] = { crash->exe, "--child", crash->path, seed_text, volunteer_text, NULL };
  g_autoptr(GString) pending = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  Tx *in_flight = NULL;
  gboolean ready = FALSE;
  GPid pid;
  int out = -1;
  int status = 0;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                            NULL, &out, NULL, &error);
  g_assert_no_error (error);

  /* Once it has the file open, it runs for a random time, often very
   * short: commits are frequent and every moment of one is a target. */
  g_assert_true (read_lines (crash, out, pending, G_MAXINT64, &in_flight, &ready));
  g_assert_true (ready);
  read_lines (crash, out, pending, g_get_monotonic_time () + g_rand_int_range (rand, 0, MAX_RUN_MS * 1000),
              &in_flight, &ready);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

  /* What it wrote before it died is still in the pipe. */
  read_lines (crash, out, pending, -1, &in_flight, &ready);
  close (out);
  crash->n_kills++;

  check_file (crash, in_flight);
}

static void
test_kills (void)
{
  const char *seed_text = g_getenv ("DESK_CRASH_SEED");
  const char *kills_text = g_getenv ("DESK_CRASH_KILLS");
  guint64 seed = seed_text != NULL ? g_ascii_strtoull (seed_text, NULL, 10) : (guint64) g_get_real_time ();
  guint kills = kills_text != NULL ? (guint) g_ascii_strtoull (kills_text, NULL, 10) : DEFAULT_KILLS;
  g_autoptr(GRand) rand = g_rand_new_with_seed ((guint32) seed);
  g_autoptr(GError) error = NULL;
  Crash crash = { 0 };
  gint64 started = g_get_monotonic_time ();

  g_test_message ("seed %" G_GUINT64_FORMAT " (DESK_CRASH_SEED=%" G_GUINT64_FORMAT " repeats this run), %u kills",
                  seed, seed, kills);

  crash.dir = g_dir_make_tmp ("test-crash-XXXXXX", &error);
  g_assert_no_error (error);
  crash.path = g_build_filename (crash.dir, "probono.db", NULL);
  crash.exe = g_file_read_link ("/proc/self/exe", &error);
  g_assert_no_error (error);
  crash.committed = g_ptr_array_new_with_free_func (tx_free);
  crash.phones = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  {
    g_autoptr(DeskStore) store = desk_store_open (crash.path, &error);
    g_autoptr(DeskVolunteer) volunteer = NULL;

    g_assert_no_error (error);
    volunteer = desk_test_new_record (store, DESK_TYPE_VOLUNTEER, "first-name", "Margaret", "last-name", "Chen", NULL);
    crash.volunteer_id = desk_record_get_id (DESK_RECORD (volunteer));
  }

  for (guint i = 0; i < kills; i++)
    kill_once (&crash, rand, seed * 1000 + i);

  g_test_message ("%u kills in %.1f s: %u transactions seen committed, all there; the one in flight at the kill "
                  "made it %u times and was wholly absent %u times; never half of one",
                  crash.n_kills, (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC,
                  crash.n_committed, crash.n_in_flight_kept, crash.n_in_flight_lost);
  g_assert_cmpuint (crash.n_kills, ==, kills);
  /* The children did work: a run where nothing committed proves nothing. */
  g_assert_cmpuint (crash.n_committed, >, kills);

  desk_test_remove_tree (crash.dir);
  g_ptr_array_unref (crash.committed);
  g_hash_table_unref (crash.phones);
  g_free (crash.exe);
  g_free (crash.path);
  g_free (crash.dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 5 && g_str_equal (argv[1], "--child"))
    run_child (argv[2], g_ascii_strtoull (argv[3], NULL, 10), g_ascii_strtoll (argv[4], NULL, 10));

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/crash/kills", test_kills);
  return g_test_run ();
}
