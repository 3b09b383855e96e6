/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "desk-case-workflow.h"
#include "desk-error.h"
#include "desk-store.h"
#include "desk-test.h"

/* The life of a case, as a table the tests compare against: rows are the
 * status a case is in, columns the status it is moved to. */
static const gboolean allowed[5][5] = {
  /*               intake open   placed closed rejected */
  /* intake   */ { TRUE,  TRUE,  FALSE, FALSE, TRUE  },
  /* open     */ { FALSE, TRUE,  TRUE,  TRUE,  FALSE },
  /* placed   */ { FALSE, TRUE,  TRUE,  TRUE,  FALSE },
  /* closed   */ { FALSE, TRUE,  FALSE, TRUE,  FALSE },
  /* rejected */ { TRUE,  FALSE, FALSE, FALSE, TRUE  },
};

static const DeskCaseStatus statuses[] = {
  DESK_CASE_STATUS_INTAKE,
  DESK_CASE_STATUS_OPEN,
  DESK_CASE_STATUS_PLACED,
  DESK_CASE_STATUS_CLOSED,
  DESK_CASE_STATUS_REJECTED,
};

/* A case with every field a status could need filled in consistently. */
static DeskCase *
case_in_status (DeskCaseStatus status)
{
  DeskCase *kase = desk_case_new ();

  desk_case_set_client_id (kase, 1);
  desk_case_set_problem_code (kase, "63");
  desk_case_set_title (kase, "Eviction for non-payment");
  desk_case_set_opened_on (kase, "2026-01-10");
  desk_case_set_status (kase, status);
  if (status == DESK_CASE_STATUS_PLACED)
    desk_case_set_volunteer_id (kase, 3);
  if (status == DESK_CASE_STATUS_CLOSED)
    {
      desk_case_set_closing_code (kase, "F");
      desk_case_set_closed_on (kase, "2026-04-30");
      desk_case_set_outcome (kase, DESK_OUTCOME_FAVOURABLE);
      desk_case_set_amount_cents (kase, 125000);
    }
  if (status == DESK_CASE_STATUS_REJECTED)
    desk_case_set_rejection_reason (kase, DESK_REJECTION_OVER_INCOME);
  return kase;
}

static void
test_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      guint n_next = 0;
      const DeskCaseStatus *next = desk_case_next_statuses (statuses[i], &n_next);
      guint expected_next = 0;

      for (guint j = 0; j < G_N_ELEMENTS (statuses); j++)
        {
          gboolean listed = FALSE;

          if (allowed[i][j] != desk_case_status_can_change (statuses[i], statuses[j]))
            g_error ("%s → %s: expected %s", desk_enum_nick (DESK_TYPE_CASE_STATUS, statuses[i]),
                     desk_enum_nick (DESK_TYPE_CASE_STATUS, statuses[j]), allowed[i][j] ? "allowed" : "refused");

          /* The statuses offered in the UI are exactly the allowed moves
           * to another status. */
          for (guint k = 0; k < n_next; k++)
            if (next[k] == statuses[j])
              listed = TRUE;
          g_assert_cmpint (listed, ==, allowed[i][j] && i != j);
          if (allowed[i][j] && i != j)
            expected_next++;

          /* Leaving Closed or Rejected for another status is a reopening. */
          g_assert_cmpint (desk_case_status_is_reopening (statuses[i], statuses[j]), ==,
                           (statuses[i] == DESK_CASE_STATUS_CLOSED || statuses[i] == DESK_CASE_STATUS_REJECTED) &&
                           i != j);
        }
      g_assert_cmpuint (n_next, ==, expected_next);
    }
}

static void
test_change_every_pair (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    for (guint j = 0; j < G_N_ELEMENTS (statuses); j++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(DeskCase) kase = case_in_status (statuses[i]);
        gboolean ok = desk_case_change_status (kase, statuses[j], &error);

        g_assert_cmpint (ok, ==, allowed[i][j]);
        if (ok)
          {
            g_assert_no_error (error);
            g_assert_cmpint (desk_case_get_status (kase), ==, statuses[j]);
          }
        else
          {
            g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
            g_assert_cmpstr (desk_error_get_field (error), ==, "status");
            g_assert_true (strlen (error->message) > 0);
            /* A refused move changes nothing. */
            g_assert_cmpint (desk_case_get_status (kase), ==, statuses[i]);
          }
      }
}

static void
test_close_dates_today (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskCase) kase = case_in_status (DESK_CASE_STATUS_OPEN);
  g_autoptr(DeskCase) dated = case_in_status (DESK_CASE_STATUS_PLACED);

  g_assert_null (desk_case_get_closed_on (kase));
  g_assert_true (desk_case_change_status (kase, DESK_CASE_STATUS_CLOSED, &error));
  g_assert_no_error (error);
  g_assert_cmpint (desk_case_get_status (kase), ==, DESK_CASE_STATUS_CLOSED);
  g_assert_cmpstr (desk_case_get_closed_on (kase), ==, "2026-06-15");

  /* A closing date the user already typed is kept. */
  desk_case_set_closed_on (dated, "2026-05-02");
  g_assert_true (desk_case_change_status (dated, DESK_CASE_STATUS_CLOSED, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (desk_case_get_closed_on (dated), ==, "2026-05-02");
}

static void
test_reopen_clears (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskCase) closed = case_in_status (DESK_CASE_STATUS_CLOSED);
  g_autoptr(DeskCase) rejected = case_in_status (DESK_CASE_STATUS_REJECTED);

  g_assert_true (desk_case_change_status (closed, DESK_CASE_STATUS_OPEN, &error));
  g_assert_no_error (error);
  g_assert_cmpint (desk_case_get_status (closed), ==, DESK_CASE_STATUS_OPEN);
  g_assert_null (desk_case_get_closing_code (closed));
  g_assert_null (desk_case_get_closed_on (closed));
  g_assert_cmpint (desk_case_get_outcome (closed), ==, DESK_OUTCOME_NONE);
  g_assert_cmpint (desk_case_get_amount_cents (closed), ==, 0);
  /* The reopened case is valid as an open case. */
  g_assert_true (desk_record_validate (DESK_RECORD (closed), &error));
  g_assert_no_error (error);

  g_assert_true (desk_case_change_status (rejected, DESK_CASE_STATUS_INTAKE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (desk_case_get_status (rejected), ==, DESK_CASE_STATUS_INTAKE);
  g_assert_cmpint (desk_case_get_rejection_reason (rejected), ==, DESK_REJECTION_NONE);
  g_assert_true (desk_record_validate (DESK_RECORD (rejected), &error));
  g_assert_no_error (error);
}

static void
test_same_status_changes_nothing (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DeskCase) kase = case_in_status (statuses[i]);
      g_autoptr(DeskCase) reference = case_in_status (statuses[i]);

      g_assert_true (desk_case_change_status (kase, statuses[i], &error));
      g_assert_no_error (error);
      g_assert_cmpstr (desk_case_get_closing_code (kase), ==, desk_case_get_closing_code (reference));
      g_assert_cmpstr (desk_case_get_closed_on (kase), ==, desk_case_get_closed_on (reference));
      g_assert_cmpint (desk_case_get_outcome (kase), ==, desk_case_get_outcome (reference));
      g_assert_cmpint (desk_case_get_amount_cents (kase), ==, desk_case_get_amount_cents (reference));
      g_assert_cmpint (desk_case_get_rejection_reason (kase), ==, desk_case_get_rejection_reason (reference));
    }
}

/* ---- the store's side of the workflow ------------------------------------ */

typedef struct
{
  DeskTestStore  db;
  DeskStore     *store;         /* db.store, for short */
  gint64         client_id;
  gint64         volunteer_id;
} Fixture;

/* The actions of the audit rows of case @id, oldest first, joined by spaces. */
static char *
case_audit_actions (Fixture *f,
                    gint64   id)
{
  sqlite3 *db = desk_database_get_handle (desk_store_get_database (f->store));
  g_autoptr(GString) actions = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT action FROM audit_log WHERE entity = 'case' AND entity_id = ?1 "
                                           "ORDER BY id", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (actions, "%s%s", actions->len > 0 ? " " : "", sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return g_string_free (g_steal_pointer (&actions), FALSE);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskClient) client = desk_client_new ();
  g_autoptr(DeskVolunteer) volunteer = desk_volunteer_new ();

  desk_test_store_open (&f->db, "desk-workflow");
  f->store = f->db.store;

  desk_client_set_first_name (client, "Ana");
  desk_client_set_last_name (client, "Silva");
  desk_client_set_intake_date (client, "2026-01-05");
  g_assert_true (desk_store_save (f->store, DESK_RECORD (client), &error));
  g_assert_no_error (error);
  f->client_id = desk_record_get_id (DESK_RECORD (client));

  desk_volunteer_set_first_name (volunteer, "Grace");
  desk_volunteer_set_last_name (volunteer, "Okafor");
  g_assert_true (desk_store_save (f->store, DESK_RECORD (volunteer), &error));
  g_assert_no_error (error);
  f->volunteer_id = desk_record_get_id (DESK_RECORD (volunteer));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  desk_test_store_close (&f->db);
}

static DeskCase *
save_new_case (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  DeskCase *kase = desk_case_new ();

  desk_case_set_client_id (kase, f->client_id);
  desk_case_set_problem_code (kase, "63");
  desk_case_set_title (kase, "Eviction for non-payment");
  desk_case_set_opened_on (kase, "2026-01-10");
  g_assert_true (desk_store_save (f->store, DESK_RECORD (kase), &error));
  g_assert_no_error (error);
  g_assert_cmpint (desk_case_get_status (kase), ==, DESK_CASE_STATUS_INTAKE);
  return kase;
}

static void
test_store_refuses_jump (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskCase) kase = save_new_case (f);
  g_autoptr(DeskCase) loaded = NULL;
  gint64 id = desk_record_get_id (DESK_RECORD (kase));
  gint64 audit_before = desk_test_query_int (f->store, "SELECT count(*) FROM audit_log");
  g_autofree char *updated_before = g_strdup (desk_record_get_updated_at (DESK_RECORD (kase)));

  /* Everything a closed case needs is there, so only the jump is wrong. */
  desk_case_set_status (kase, DESK_CASE_STATUS_CLOSED);
  desk_case_set_closing_code (kase, "B");
  desk_case_set_closed_on (kase, "2026-02-01");
  desk_case_set_outcome (kase, DESK_OUTCOME_FAVOURABLE);
  desk_case_set_summary (kase, "This text must not reach the file.");
  g_assert_true (desk_record_validate (DESK_RECORD (kase), &error));
  g_assert_no_error (error);

  g_assert_false (desk_store_save (f->store, DESK_RECORD (kase), &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "status");
  g_clear_error (&error);

  g_assert_cmpint (desk_record_get_id (DESK_RECORD (kase)), ==, id);
  g_assert_cmpstr (desk_record_get_updated_at (DESK_RECORD (kase)), ==, updated_before);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log"), ==, audit_before);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM cases WHERE status = 'intake' AND summary = '' "
                                 "AND closing_code IS NULL"), ==, 1);
  loaded = desk_store_get_case (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_case_get_status (loaded), ==, DESK_CASE_STATUS_INTAKE);

  /* Intake → Placed skips Open: refused as well. */
  g_clear_object (&loaded);
  loaded = desk_store_get_case (f->store, id, &error);
  desk_case_set_status (loaded, DESK_CASE_STATUS_PLACED);
  desk_case_set_volunteer_id (loaded, f->volunteer_id);
  g_assert_false (desk_store_save (f->store, DESK_RECORD (loaded), &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "status");
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM cases WHERE status = 'intake'"), ==, 1);
}

static void
test_store_close_needs_code_and_outcome (Fixture       *f,
                                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskCase) kase = save_new_case (f);
  gint64 id = desk_record_get_id (DESK_RECORD (kase));

  g_assert_true (desk_case_change_status (kase, DESK_CASE_STATUS_OPEN, &error));
  g_assert_true (desk_store_save (f->store, DESK_RECORD (kase), &error));
  g_assert_no_error (error);

  g_assert_true (desk_case_change_status (kase, DESK_CASE_STATUS_CLOSED, &error));
  g_assert_no_error (error);
  g_assert_false (desk_store_save (f->store, DESK_RECORD (kase), &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "closing-code");
  g_clear_error (&error);

  desk_case_set_closing_code (kase, "IA");
  g_assert_false (desk_store_save (f->store, DESK_RECORD (kase), &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "outcome");
  g_clear_error (&error);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM cases WHERE status = 'open'"), ==, 1);

  /* A closing date before the opening date is refused too. */
  desk_case_set_outcome (kase, DESK_OUTCOME_UNFAVOURABLE);
  desk_case_set_closed_on (kase, "2025-12-31");
  g_assert_false (desk_store_save (f->store, DESK_RECORD (kase), &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "closed-on");
  g_clear_error (&error);

  desk_case_set_closed_on (kase, "2026-06-15");
  g_assert_true (desk_store_save (f->store, DESK_RECORD (kase), &error));
  g_assert_no_error (error);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM cases WHERE status = 'closed' AND closing_code = 'IA' "
                                 "AND closed_on = '2026-06-15' AND outcome = 'unfavourable'"), ==, 1);

  {
    g_autofree char *actions = case_audit_actions (f, id);
    g_assert_cmpstr (actions, ==, "create update update");
  }
}

static void
test_store_reject_needs_reason (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskCase) kase = save_new_case (f);
  g_autoptr(DeskCase) loaded = NULL;
  gint64 id = desk_record_get_id (DESK_RECORD (kase));

  g_assert_true (desk_case_change_status (kase, DESK_CASE_STATUS_REJECTED, &error));
  g_assert_false (desk_store_save (f->store, DESK_RECORD (kase), &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "rejection-reason");
  g_clear_error (&error);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM cases WHERE status = 'intake'"), ==, 1);

  desk_case_set_rejection_reason (kase, DESK_REJECTION_CONFLICT);
  g_assert_true (desk_store_save (f->store, DESK_RECORD (kase), &error));
  g_assert_no_error (error);

  /* Reopening a rejected case goes back to intake and is audited as such. */
  g_assert_true (desk_case_change_status (kase, DESK_CASE_STATUS_INTAKE, &error));
  g_assert_true (desk_store_save (f->store, DESK_RECORD (kase), &error));
  g_assert_no_error (error);
  loaded = desk_store_get_case (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_case_get_status (loaded), ==, DESK_CASE_STATUS_INTAKE);
  g_assert_cmpint (desk_case_get_rejection_reason (loaded), ==, DESK_REJECTION_NONE);

  {
    g_autofree char *actions = case_audit_actions (f, id);
    g_assert_cmpstr (actions, ==, "create update reopen");
  }
}

static void
test_store_reopen_audited (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskCase) kase = save_new_case (f);
  g_autoptr(DeskCase) loaded = NULL;
  gint64 id = desk_record_get_id (DESK_RECORD (kase));
  const DeskCaseStatus walk[] = {
    DESK_CASE_STATUS_OPEN, DESK_CASE_STATUS_PLACED, DESK_CASE_STATUS_OPEN,
    DESK_CASE_STATUS_PLACED, DESK_CASE_STATUS_CLOSED,
  };

  for (guint i = 0; i < G_N_ELEMENTS (walk); i++)
    {
      if (walk[i] == DESK_CASE_STATUS_PLACED)
        desk_case_set_volunteer_id (kase, f->volunteer_id);
      if (walk[i] == DESK_CASE_STATUS_CLOSED)
        {
          desk_case_set_closing_code (kase, "F");
          desk_case_set_outcome (kase, DESK_OUTCOME_FAVOURABLE);
          desk_case_set_amount_cents (kase, 250000);
        }
      g_assert_true (desk_case_change_status (kase, walk[i], &error));
      g_assert_no_error (error);
      g_assert_true (desk_store_save (f->store, DESK_RECORD (kase), &error));
      g_assert_no_error (error);
    }

  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM cases WHERE status = 'closed' AND closed_on = '2026-06-15' "
                                 "AND amount_cents = 250000"), ==, 1);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE action = 'reopen'"), ==, 0);

  g_assert_true (desk_case_change_status (kase, DESK_CASE_STATUS_OPEN, &error));
  g_assert_true (desk_store_save (f->store, DESK_RECORD (kase), &error));
  g_assert_no_error (error);

  {
    g_autofree char *actions = case_audit_actions (f, id);
    g_assert_cmpstr (actions, ==, "create update update update update update reopen");
  }
  /* The reopen row names what it cleared. */
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'case' AND action = 'reopen' "
                                 "AND fields LIKE '%status%' AND fields LIKE '%closing-code%' "
                                 "AND fields LIKE '%closed-on%' AND fields LIKE '%outcome%'"), ==, 1);

  loaded = desk_store_get_case (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_case_get_status (loaded), ==, DESK_CASE_STATUS_OPEN);
  g_assert_null (desk_case_get_closing_code (loaded));
  g_assert_null (desk_case_get_closed_on (loaded));
  g_assert_cmpint (desk_case_get_outcome (loaded), ==, DESK_OUTCOME_NONE);
  g_assert_cmpint (desk_case_get_amount_cents (loaded), ==, 0);

  /* Saving the reopened case again is a plain update. */
  desk_case_set_summary (kase, "New facts came in.");
  g_assert_true (desk_store_save (f->store, DESK_RECORD (kase), &error));
  g_assert_no_error (error);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE action = 'reopen'"), ==, 1);
}

static void
test_store_stale_copy (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskCase) kase = save_new_case (f);
  gint64 id = desk_record_get_id (DESK_RECORD (kase));
  g_autoptr(DeskCase) other = desk_store_get_case (f->store, id, &error);

  /* Someone else moved the case on to Open and then Closed it... */
  g_assert_true (desk_case_change_status (other, DESK_CASE_STATUS_OPEN, &error));
  g_assert_true (desk_store_save (f->store, DESK_RECORD (other), &error));
  desk_case_set_closing_code (other, "A");
  desk_case_set_outcome (other, DESK_OUTCOME_OTHER);
  g_assert_true (desk_case_change_status (other, DESK_CASE_STATUS_CLOSED, &error));
  g_assert_true (desk_store_save (f->store, DESK_RECORD (other), &error));
  g_assert_no_error (error);

  /* ...so a stale copy still at Intake cannot take the case to Rejected:
   * the stored status is the one the move is checked against. */
  desk_case_set_rejection_reason (kase, DESK_REJECTION_OTHER);
  g_assert_true (desk_case_change_status (kase, DESK_CASE_STATUS_REJECTED, &error));
  g_assert_false (desk_store_save (f->store, DESK_RECORD (kase), &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "status");
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM cases WHERE status = 'closed'"), ==, 1);
}

/* The volunteer withdrew: back to Open means nobody holds the case. */
static void
test_unplace_unassigns (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskCase) kase = desk_case_new ();

  desk_case_set_status (kase, DESK_CASE_STATUS_PLACED);
  desk_case_set_volunteer_id (kase, 7);
  desk_case_set_mentor_id (kase, 3);
  g_assert_true (desk_case_change_status (kase, DESK_CASE_STATUS_OPEN, &error));
  g_assert_no_error (error);
  g_assert_cmpint (desk_case_get_status (kase), ==, DESK_CASE_STATUS_OPEN);
  g_assert_cmpint (desk_case_get_volunteer_id (kase), ==, 0);
  /* The supervising mentor stays with the case. */
  g_assert_cmpint (desk_case_get_mentor_id (kase), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/workflow/table", test_table);
  g_test_add_func ("/workflow/change-every-pair", test_change_every_pair);
  g_test_add_func ("/workflow/close-dates-today", test_close_dates_today);
  g_test_add_func ("/workflow/reopen-clears", test_reopen_clears);
  g_test_add_func ("/workflow/same-status", test_same_status_changes_nothing);
  g_test_add_func ("/workflow/unplace-unassigns", test_unplace_unassigns);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/workflow/store/refuses-jump", test_store_refuses_jump);
  ADD ("/workflow/store/close-needs-code-and-outcome", test_store_close_needs_code_and_outcome);
  ADD ("/workflow/store/reject-needs-reason", test_store_reject_needs_reason);
  ADD ("/workflow/store/reopen-audited", test_store_reopen_audited);
  ADD ("/workflow/store/stale-copy", test_store_stale_copy);
#undef ADD

  return g_test_run ();
}
