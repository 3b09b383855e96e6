/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "desk-csv.h"
#include "desk-documents.h"
#include "desk-error.h"
#include "desk-record-list.h"
#include "desk-store.h"
#include "desk-test.h"

/* The daily work on a case: deadlines, notes, time, documents; case search
 * and filters; client search; guidelines, screening and the code lists.
 * Tests run with DESK_TODAY=2026-06-15. */

#define TODAY "2026-06-15"

typedef DeskTestStore Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  desk_test_store_open (f, "desk-case-work");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  desk_test_store_close (f);
}

/* Saving @record fails on @field and leaves it unsaved. */
static void
save_refused (Fixture    *f,
              gpointer    record,
              const char *field)
{
  g_autoptr(GError) error = NULL;
  gint64 id = desk_record_get_id (DESK_RECORD (record));

  g_assert_false (desk_store_save (f->store, DESK_RECORD (record), &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, field);
  g_assert_cmpint (desk_record_get_id (DESK_RECORD (record)), ==, id);
}

static DeskClient *
new_client (const char *first,
            const char *last,
            const char *intake)
{
  DeskClient *client = desk_client_new ();

  desk_client_set_first_name (client, first);
  desk_client_set_last_name (client, last);
  desk_client_set_intake_date (client, intake);
  return client;
}

static gint64
save_client (Fixture    *f,
             const char *first,
             const char *last)
{
  g_autoptr(DeskClient) client = new_client (first, last, "2026-01-05");

  desk_test_save (f->store, client);
  return desk_record_get_id (DESK_RECORD (client));
}

static gint64
save_volunteer (Fixture    *f,
                const char *first,
                const char *last)
{
  g_autoptr(DeskVolunteer) volunteer = desk_volunteer_new ();

  desk_volunteer_set_first_name (volunteer, first);
  desk_volunteer_set_last_name (volunteer, last);
  desk_test_save (f->store, volunteer);
  return desk_record_get_id (DESK_RECORD (volunteer));
}

static DeskCase *
new_case (gint64      client_id,
          const char *code,
          const char *title,
          const char *opened_on)
{
  DeskCase *kase = desk_case_new ();

  desk_case_set_client_id (kase, client_id);
  desk_case_set_problem_code (kase, code);
  desk_case_set_title (kase, title);
  desk_case_set_opened_on (kase, opened_on);
  return kase;
}

static gint64
save_case (Fixture    *f,
           gint64      client_id,
           const char *title,
           const char *summary)
{
  g_autoptr(DeskCase) kase = new_case (client_id, "63", title, "2026-02-01");

  desk_case_set_summary (kase, summary);
  desk_test_save (f->store, kase);
  return desk_record_get_id (DESK_RECORD (kase));
}

static DeskDeadline *
new_deadline (gint64      case_id,
              const char *due_on,
              const char *due_time,
              gboolean    done)
{
  DeskDeadline *deadline = desk_deadline_new ();

  desk_deadline_set_case_id (deadline, case_id);
  desk_deadline_set_due_on (deadline, due_on);
  desk_deadline_set_due_time (deadline, due_time);
  desk_deadline_set_done (deadline, done);
  desk_deadline_set_description (deadline, "Hearing");
  return deadline;
}

static gint64
save_deadline (Fixture    *f,
               gint64      case_id,
               const char *due_on,
               const char *due_time,
               gboolean    done)
{
  g_autoptr(DeskDeadline) deadline = new_deadline (case_id, due_on, due_time, done);

  desk_test_save (f->store, deadline);
  return desk_record_get_id (DESK_RECORD (deadline));
}

static void
archive_by_id (Fixture *f,
               GType    type,
               gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskRecord) record = desk_store_get (f->store, type, id, &error);

  g_assert_no_error (error);
  g_assert_true (desk_store_archive (f->store, record, &error));
  g_assert_no_error (error);
}

/* The ids of a lazy list, in its order, without building the objects. */
static GArray *
list_ids (GListModel *model)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_true (DESK_IS_RECORD_LIST (model));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      gint64 id = desk_record_list_get_id (DESK_RECORD_LIST (model), i);
      g_array_append_val (ids, id);
    }
  return ids;
}

/* "3 1 2": the ids of @model, for compact comparisons. */
static char *
ids_text (GListModel *model)
{
  g_autoptr(GArray) ids = list_ids (model);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "", g_array_index (ids, gint64, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
for_case_text (Fixture *f,
               GType    type,
               gint64   case_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = desk_store_list_for_case (f->store, type, case_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  g_assert_true (g_list_model_get_item_type (model) == type);
  return ids_text (model);
}

static char *
next_deadline_of (Fixture *f,
                  gint64   case_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskCase) kase = desk_store_get_case (f->store, case_id, &error);

  g_assert_no_error (error);
  return g_strdup (desk_case_get_next_deadline (kase));
}

/* ---- deadlines ------------------------------------------------------------ */

static void
test_deadlines (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 client = save_client (f, "Ana", "Silva");
  gint64 a = save_case (f, client, "Eviction", "");
  gint64 b = save_case (f, client, "Debt collection", "");
  gint64 empty = save_case (f, client, "Benefits", "");
  gint64 late, timed, untimed, done, archived, other;
  g_autofree char *order = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *next = NULL;
  g_autoptr(DeskDeadline) loaded = NULL;

  late = save_deadline (f, a, "2026-07-01", NULL, FALSE);
  timed = save_deadline (f, a, "2026-06-20", "14:00", FALSE);
  untimed = save_deadline (f, a, "2026-06-20", NULL, FALSE);
  done = save_deadline (f, a, "2026-06-01", "09:30", TRUE);
  archived = save_deadline (f, a, "2026-05-01", NULL, FALSE);
  other = save_deadline (f, b, "2026-06-16", NULL, FALSE);
  archive_by_id (f, DESK_TYPE_DEADLINE, archived);

  /* Open ones first by date (a day's untimed one before its timed ones),
   * then the done ones; archived ones and other cases' are left out. */
  order = for_case_text (f, DESK_TYPE_DEADLINE, a);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                              untimed, timed, late, done);
  g_assert_cmpstr (order, ==, expected);
  g_free (order);
  order = for_case_text (f, DESK_TYPE_DEADLINE, b);
  g_free (expected);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, other);
  g_assert_cmpstr (order, ==, expected);
  g_free (order);
  order = for_case_text (f, DESK_TYPE_DEADLINE, empty);
  g_assert_cmpstr (order, ==, "");

  /* What a row shows comes back, with the derived case number and client. */
  loaded = desk_store_get (f->store, DESK_TYPE_DEADLINE, timed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (desk_deadline_get_due_on (loaded), ==, "2026-06-20");
  g_assert_cmpstr (desk_deadline_get_due_time (loaded), ==, "14:00");
  g_assert_cmpstr (desk_deadline_get_description (loaded), ==, "Hearing");
  g_assert_cmpint (desk_deadline_get_kind (loaded), ==, DESK_DEADLINE_COURT_DATE);
  g_assert_false (desk_deadline_get_done (loaded));
  g_assert_cmpstr (desk_deadline_get_case_number (loaded), ==, "2026-00001");
  g_assert_cmpstr (desk_deadline_get_client_name (loaded), ==, "Ana Silva");

  /* The next deadline is the earliest open one. */
  next = next_deadline_of (f, a);
  g_assert_cmpstr (next, ==, "2026-06-20");
  g_free (next);
  next = next_deadline_of (f, empty);
  g_assert_cmpstr (next, ==, "");
  g_free (next);

  desk_deadline_set_done (loaded, TRUE);
  desk_test_save (f->store, loaded);
  next = next_deadline_of (f, a);
  g_assert_cmpstr (next, ==, "2026-06-20");
  g_free (next);
  {
    g_autoptr(DeskDeadline) d = desk_store_get (f->store, DESK_TYPE_DEADLINE, untimed, &error);
    desk_deadline_set_done (d, TRUE);
    desk_test_save (f->store, d);
  }
  next = next_deadline_of (f, a);
  g_assert_cmpstr (next, ==, "2026-07-01");
  g_free (next);
  {
    g_autoptr(DeskDeadline) d = desk_store_get (f->store, DESK_TYPE_DEADLINE, late, &error);
    desk_deadline_set_done (d, TRUE);
    desk_test_save (f->store, d);
  }
  /* Only done and archived deadlines left: none is next. */
  next = next_deadline_of (f, a);
  g_assert_cmpstr (next, ==, "");
}

static void
test_deadline_validation (Fixture       *f,
                          gconstpointer  data)
{
  gint64 client = save_client (f, "Ana", "Silva");
  gint64 a = save_case (f, client, "Eviction", "");
  const char *bad_times[] = { "25:00", "24:00", "12:60", "9:30", "09:5", "0930", "09:30:00", "ab:cd", "09-30",
                              " 9:30", "+9:30", "09:+5", "-1:30", "09:3a" };
  const char *good_times[] = { "00:00", "09:05", "23:59", "12:30" };

  for (guint i = 0; i < G_N_ELEMENTS (bad_times); i++)
    {
      g_autoptr(DeskDeadline) deadline = new_deadline (a, "2026-07-01", bad_times[i], FALSE);
      g_test_message ("time “%s”", bad_times[i]);
      save_refused (f, deadline, "due-time");
    }
  for (guint i = 0; i < G_N_ELEMENTS (good_times); i++)
    {
      g_autoptr(DeskDeadline) deadline = new_deadline (a, "2026-07-01", good_times[i], FALSE);
      desk_test_save (f->store, deadline);
    }

  {
    g_autoptr(DeskDeadline) deadline = new_deadline (a, "2026-02-30", NULL, FALSE);
    save_refused (f, deadline, "due-on");
  }
  {
    g_autoptr(DeskDeadline) deadline = new_deadline (a, "", NULL, FALSE);
    save_refused (f, deadline, "due-on");
  }
  {
    g_autoptr(DeskDeadline) deadline = new_deadline (0, "2026-07-01", NULL, FALSE);
    save_refused (f, deadline, "case-id");
  }
  {
    /* A cleared time field means "no time". */
    g_autoptr(DeskDeadline) deadline = new_deadline (a, "2026-07-01", "", FALSE);
    desk_test_save (f->store, deadline);
    g_assert_null (desk_deadline_get_due_time (deadline));
  }
  /* A new deadline is due today. */
  {
    g_autoptr(DeskDeadline) deadline = desk_deadline_new ();
    g_assert_cmpstr (desk_deadline_get_due_on (deadline), ==, TODAY);
  }

  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM deadlines"), ==, G_N_ELEMENTS (good_times) + 1);
}

/* ---- notes ------------------------------------------------------------------ */

static void
test_notes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 client = save_client (f, "Ana", "Silva");
  gint64 a = save_case (f, client, "Eviction", "");
  gint64 b = save_case (f, client, "Benefits", "");
  gint64 ids[4];
  g_autofree char *order = NULL;
  g_autofree char *expected = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(DeskNote) note = desk_note_new ();
      g_autofree char *body = g_strdup_printf ("Called the client, round %u.", i + 1);

      desk_note_set_case_id (note, i == 3 ? b : a);
      desk_note_set_author (note, "Grace Okafor");
      desk_note_set_body (note, body);
      desk_test_save (f->store, note);
      ids[i] = desk_record_get_id (DESK_RECORD (note));
    }

  /* Notes written within the same second still list newest first. */
  order = for_case_text (f, DESK_TYPE_NOTE, a);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT, ids[2], ids[1], ids[0]);
  g_assert_cmpstr (order, ==, expected);

  /* Older notes (an earlier created_at) come after newer ones. */
  desk_test_exec (f->store, "UPDATE notes SET created_at = '2026-01-01T10:00:00Z' WHERE id = 3");
  g_free (order);
  g_free (expected);
  order = for_case_text (f, DESK_TYPE_NOTE, a);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT, ids[1], ids[0], ids[2]);
  g_assert_cmpstr (order, ==, expected);

  {
    g_autoptr(DeskNote) loaded = desk_store_get (f->store, DESK_TYPE_NOTE, ids[1], &error);
    g_assert_no_error (error);
    g_assert_cmpstr (desk_note_get_author (loaded), ==, "Grace Okafor");
    g_assert_cmpstr (desk_note_get_body (loaded), ==, "Called the client, round 2.");
    g_assert_cmpint (desk_note_get_case_id (loaded), ==, a);
  }

  /* Validation. */
  {
    g_autoptr(DeskNote) note = desk_note_new ();
    desk_note_set_case_id (note, a);
    desk_note_set_author (note, "Grace Okafor");
    desk_note_set_body (note, "");
    save_refused (f, note, "body");
    desk_note_set_body (note, "  \n\t ");
    save_refused (f, note, "body");
    desk_note_set_body (note, "Real text");
    desk_note_set_author (note, "");
    save_refused (f, note, "author");
    desk_note_set_author (note, "   ");
    save_refused (f, note, "author");
    desk_note_set_author (note, "Grace Okafor");
    desk_note_set_case_id (note, 0);
    save_refused (f, note, "case-id");
  }
  {
    g_autoptr(DeskNote) note = desk_note_new ();
    desk_note_set_case_id (note, a);
    desk_note_set_body (note, "Nobody wrote this");
    save_refused (f, note, "author");
  }
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM notes"), ==, 4);
}

/* ---- time entries ------------------------------------------------------------ */

static gint64
save_entry (Fixture    *f,
            gint64      case_id,
            gint64      volunteer_id,
            const char *worked_on,
            int         tenths)
{
  g_autoptr(DeskTimeEntry) entry = desk_time_entry_new ();

  desk_time_entry_set_case_id (entry, case_id);
  desk_time_entry_set_volunteer_id (entry, volunteer_id);
  desk_time_entry_set_worked_on (entry, worked_on);
  desk_time_entry_set_tenths (entry, tenths);
  desk_time_entry_set_activity (entry, "Research");
  desk_test_save (f->store, entry);
  return desk_record_get_id (DESK_RECORD (entry));
}

static void
test_time_entries (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 client = save_client (f, "Ana", "Silva");
  gint64 a = save_case (f, client, "Eviction", "");
  gint64 b = save_case (f, client, "Benefits", "");
  gint64 c = save_case (f, client, "Nothing logged", "");
  gint64 grace = save_volunteer (f, "Grace", "Okafor");
  gint64 luis = save_volunteer (f, "Luis", "Moreno");
  gint64 idle = save_volunteer (f, "Idle", "Person");
  gint64 e1, e2, e3, e4, e5, gone;
  g_autofree char *order = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GArray) per_volunteer = NULL;
  gint64 total = -1;

  e1 = save_entry (f, a, grace, "2026-06-01", 15);
  e2 = save_entry (f, a, luis, "2026-06-10", 12);
  e3 = save_entry (f, a, grace, "2026-06-10", 25);
  e4 = save_entry (f, a, grace, TODAY, 240);
  e5 = save_entry (f, b, grace, "2026-05-20", 7);
  gone = save_entry (f, a, luis, "2026-06-11", 30);
  archive_by_id (f, DESK_TYPE_TIME_ENTRY, gone);

  /* Newest work first; entries of one day newest-saved first. */
  order = for_case_text (f, DESK_TYPE_TIME_ENTRY, a);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                              e4, e3, e2, e1);
  g_assert_cmpstr (order, ==, expected);
  g_free (order);
  g_free (expected);
  order = for_case_text (f, DESK_TYPE_TIME_ENTRY, b);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, e5);
  g_assert_cmpstr (order, ==, expected);

  {
    g_autoptr(DeskTimeEntry) loaded = desk_store_get (f->store, DESK_TYPE_TIME_ENTRY, e2, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (desk_time_entry_get_volunteer_name (loaded), ==, "Luis Moreno");
    g_assert_cmpint (desk_time_entry_get_tenths (loaded), ==, 12);
    g_assert_cmpstr (desk_time_entry_get_worked_on (loaded), ==, "2026-06-10");
    g_assert_cmpstr (desk_time_entry_get_activity (loaded), ==, "Research");
  }

  /* Totals in tenths: per case, per volunteer on the case, most first. */
  g_assert_true (desk_store_total_hours (f->store, a, &total, &per_volunteer, &error));
  g_assert_no_error (error);
  g_assert_cmpint (total, ==, 15 + 12 + 25 + 240);
  g_assert_cmpuint (per_volunteer->len, ==, 2);
  g_assert_cmpstr (g_array_index (per_volunteer, DeskCount, 0).label, ==, "Grace Okafor");
  g_assert_cmpint (g_array_index (per_volunteer, DeskCount, 0).count, ==, 15 + 25 + 240);
  g_assert_cmpstr (g_array_index (per_volunteer, DeskCount, 1).label, ==, "Luis Moreno");
  g_assert_cmpint (g_array_index (per_volunteer, DeskCount, 1).count, ==, 12);
  g_clear_pointer (&per_volunteer, g_array_unref);

  g_assert_true (desk_store_total_hours (f->store, b, &total, NULL, &error));
  g_assert_cmpint (total, ==, 7);
  g_assert_true (desk_store_total_hours (f->store, c, &total, &per_volunteer, &error));
  g_assert_no_error (error);
  g_assert_cmpint (total, ==, 0);
  g_assert_cmpuint (per_volunteer->len, ==, 0);

  g_assert_cmpint (desk_store_volunteer_hours (f->store, grace, &error), ==, 15 + 25 + 240 + 7);
  g_assert_cmpint (desk_store_volunteer_hours (f->store, luis, &error), ==, 12);
  g_assert_cmpint (desk_store_volunteer_hours (f->store, idle, &error), ==, 0);
  g_assert_no_error (error);

  /* Validation: the hours, the date, who and what. */
  {
    g_autoptr(DeskTimeEntry) entry = desk_time_entry_new ();

    g_assert_cmpstr (desk_time_entry_get_worked_on (entry), ==, TODAY);
    desk_time_entry_set_case_id (entry, a);
    desk_time_entry_set_volunteer_id (entry, grace);
    desk_time_entry_set_activity (entry, "Drafting");
    desk_time_entry_set_tenths (entry, 0);
    save_refused (f, entry, "tenths");
    desk_time_entry_set_tenths (entry, 241);
    save_refused (f, entry, "tenths");
    desk_time_entry_set_tenths (entry, 10);
    desk_time_entry_set_worked_on (entry, "2026-06-16");
    save_refused (f, entry, "worked-on");
    desk_time_entry_set_worked_on (entry, "2026-13-01");
    save_refused (f, entry, "worked-on");
    desk_time_entry_set_worked_on (entry, NULL);
    save_refused (f, entry, "worked-on");
    desk_time_entry_set_worked_on (entry, "2026-06-14");
    desk_time_entry_set_activity (entry, " ");
    save_refused (f, entry, "activity");
    desk_time_entry_set_activity (entry, "Drafting");
    desk_time_entry_set_volunteer_id (entry, 0);
    save_refused (f, entry, "volunteer-id");
    desk_time_entry_set_volunteer_id (entry, grace);
    desk_time_entry_set_case_id (entry, 0);
    save_refused (f, entry, "case-id");
    desk_time_entry_set_case_id (entry, a);
    desk_time_entry_set_tenths (entry, 1);
    desk_test_save (f->store, entry);
  }
  g_assert_cmpint (desk_store_volunteer_hours (f->store, grace, &error), ==, 15 + 25 + 240 + 7 + 1);
}

/* ---- upcoming deadlines ---------------------------------------------------- */

static void
test_upcoming (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 client = save_client (f, "Ana", "Silva");
  gint64 a = save_case (f, client, "Eviction", "");
  gint64 b = save_case (f, client, "Benefits", "");
  gint64 shelved = save_case (f, client, "Archived case", "");
  gint64 overdue, overdue_b, today, today_timed, day14, in_list[5];
  g_autoptr(GListModel) upcoming = NULL;
  g_autofree char *order = NULL;
  g_autofree char *expected = NULL;
  guint due_today = 99, n_overdue = 99;

  overdue = save_deadline (f, a, "2026-06-10", NULL, FALSE);
  overdue_b = save_deadline (f, b, "2026-01-02", "08:00", FALSE);
  today_timed = save_deadline (f, b, TODAY, "16:00", FALSE);
  today = save_deadline (f, a, TODAY, "09:00", FALSE);
  day14 = save_deadline (f, b, "2026-06-28", NULL, FALSE);
  save_deadline (f, a, "2026-06-29", NULL, FALSE);           /* day 15 */
  save_deadline (f, a, "2026-06-20", NULL, TRUE);            /* done */
  save_deadline (f, a, "2026-06-01", NULL, TRUE);            /* done and past */
  archive_by_id (f, DESK_TYPE_DEADLINE, save_deadline (f, b, "2026-06-21", NULL, FALSE));
  save_deadline (f, shelved, "2026-06-22", NULL, FALSE);
  save_deadline (f, shelved, "2026-06-01", NULL, FALSE);
  archive_by_id (f, DESK_TYPE_CASE, shelved);

  upcoming = desk_store_list_upcoming_deadlines (f->store, TODAY, 14, &error);
  g_assert_no_error (error);
  order = ids_text (upcoming);
  in_list[0] = overdue_b;
  in_list[1] = overdue;
  in_list[2] = today;
  in_list[3] = today_timed;
  in_list[4] = day14;
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                              " %" G_GINT64_FORMAT, in_list[0], in_list[1], in_list[2], in_list[3], in_list[4]);
  g_assert_cmpstr (order, ==, expected);

  /* The rows say which case and client they belong to. */
  {
    g_autoptr(DeskDeadline) first = g_list_model_get_item (upcoming, 0);
    g_assert_cmpstr (desk_deadline_get_case_number (first), ==, "2026-00002");
    g_assert_cmpstr (desk_deadline_get_client_name (first), ==, "Ana Silva");
  }
  g_clear_object (&upcoming);

  /* One day: today and the overdue ones only. */
  upcoming = desk_store_list_upcoming_deadlines (f->store, TODAY, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (upcoming), ==, 4);
  g_clear_object (&upcoming);

  /* Another "today" moves the window. */
  upcoming = desk_store_list_upcoming_deadlines (f->store, "2026-06-29", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (upcoming), ==, 6);
  g_clear_object (&upcoming);

  g_assert_true (desk_store_count_due_deadlines (f->store, TODAY, &due_today, &n_overdue, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (due_today, ==, 2);
  g_assert_cmpuint (n_overdue, ==, 2);

  /* A finished case's forgotten deadline is not upcoming any more. */
  {
    g_autoptr(DeskCase) finished = desk_case_new ();

    desk_case_set_client_id (finished, client);
    desk_case_set_problem_code (finished, "63");
    desk_case_set_title (finished, "Advice given");
    desk_case_set_status (finished, DESK_CASE_STATUS_CLOSED);
    desk_case_set_closing_code (finished, "A");
    desk_case_set_outcome (finished, DESK_OUTCOME_FAVOURABLE);
    desk_case_set_closed_on (finished, TODAY);
    g_assert_true (desk_store_save (f->store, DESK_RECORD (finished), &error));
    g_assert_no_error (error);
    save_deadline (f, desk_record_get_id (DESK_RECORD (finished)), "2026-06-12", NULL, FALSE);
    save_deadline (f, desk_record_get_id (DESK_RECORD (finished)), TODAY, NULL, FALSE);

    g_assert_true (desk_store_count_due_deadlines (f->store, TODAY, &due_today, &n_overdue, &error));
    g_assert_cmpuint (due_today, ==, 2);
    g_assert_cmpuint (n_overdue, ==, 2);
    upcoming = desk_store_list_upcoming_deadlines (f->store, TODAY, 14, &error);
    g_assert_cmpuint (g_list_model_get_n_items (upcoming), ==, 5);
    g_clear_object (&upcoming);
  }

  g_assert_true (desk_store_count_due_deadlines (f->store, "2026-01-01", &due_today, &n_overdue, &error));
  g_assert_cmpuint (due_today, ==, 0);
  g_assert_cmpuint (n_overdue, ==, 0);
  g_assert_true (desk_store_count_due_deadlines (f->store, "2026-06-28", &due_today, &n_overdue, &error));
  g_assert_cmpuint (due_today, ==, 1);
  g_assert_cmpuint (n_overdue, ==, 4);
}

/* ---- documents ---------------------------------------------------------------- */

static guint
file_mode (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  return buf.st_mode & 0777;
}

static void
test_documents (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 client = save_client (f, "Ana", "Silva");
  g_autoptr(DeskCase) kase = desk_store_get_case (f->store, save_case (f, client, "Eviction", ""), &error);
  g_autofree char *sources = g_build_filename (f->dir, "from", NULL);
  g_autofree char *docs = g_build_filename (f->dir, "documents", NULL);
  g_autofree char *letter_path = g_build_filename (sources, "letter.txt", NULL);
  g_autofree char *folder = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *order = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GFile) letter = NULL;
  g_autoptr(DeskDocument) first = NULL;
  g_autoptr(DeskDocument) second = NULL;
  g_autoptr(GFile) copy = NULL;
  const char *text = "Dear landlord,\nthe heating has been broken since January.\n";
  gsize length;

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (sources, 0755), ==, 0);
  g_assert_true (g_file_set_contents (letter_path, text, -1, &error));
  letter = g_file_new_for_path (letter_path);

  /* A documents folder made earlier with looser rights is tightened. */
  g_assert_cmpint (g_mkdir_with_parents (docs, 0755), ==, 0);
  g_chmod (docs, 0755);

  first = desk_documents_attach (f->store, kase, letter, docs, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_cmpint (desk_record_get_id (DESK_RECORD (first)), >, 0);
  g_assert_cmpint (desk_document_get_case_id (first), ==, desk_record_get_id (DESK_RECORD (kase)));
  g_assert_cmpstr (desk_document_get_file_name (first), ==, "letter.txt");
  g_assert_cmpint (desk_document_get_size_bytes (first), ==, strlen (text));
  /* The type GIO sees in the source (text/plain wherever the MIME
   * database is installed). */
  {
    g_autoptr(GFileInfo) info = g_file_query_info (letter, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                                                   G_FILE_QUERY_INFO_NONE, NULL, &error);
    const char *type = g_file_info_get_content_type (info);

    g_assert_no_error (error);
    g_assert_cmpstr (desk_document_get_content_type (first), ==, type);
    g_assert_cmpstr (type, !=, "");
    if (!g_content_type_is_unknown (type))
      g_assert_true (g_content_type_is_a (type, "text/plain"));
  }

  folder = g_build_filename (docs, desk_case_get_case_number (kase), NULL);
  stored = g_build_filename (folder, "letter.txt", NULL);
  g_assert_cmpstr (desk_document_get_stored_path (first), ==, stored);
  g_assert_cmpuint (file_mode (docs), ==, 0700);
  g_assert_cmpuint (file_mode (folder), ==, 0700);
  g_assert_cmpuint (file_mode (stored), ==, 0600);
  g_assert_true (g_file_get_contents (stored, &contents, &length, &error));
  g_assert_cmpstr (contents, ==, text);
  copy = desk_documents_get_file (first);
  g_assert_true (g_file_has_parent (copy, NULL));
  {
    g_autofree char *copy_path = g_file_get_path (copy);
    g_assert_cmpstr (copy_path, ==, stored);
  }

  /* The same name again gets a free name; the first copy is untouched. */
  g_assert_true (g_file_set_contents (letter_path, "second version", -1, &error));
  second = desk_documents_attach (f->store, kase, letter, docs, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);
  g_free (stored);
  stored = g_build_filename (folder, "letter (2).txt", NULL);
  g_assert_cmpstr (desk_document_get_stored_path (second), ==, stored);
  g_assert_cmpint (desk_document_get_size_bytes (second), ==, strlen ("second version"));
  g_assert_cmpuint (file_mode (stored), ==, 0600);
  g_free (contents);
  g_assert_true (g_file_get_contents (desk_document_get_stored_path (first), &contents, NULL, &error));
  g_assert_cmpstr (contents, ==, text);

  /* Both are listed for the case, and the record round-trips. */
  order = for_case_text (f, DESK_TYPE_DOCUMENT, desk_record_get_id (DESK_RECORD (kase)));
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                              desk_record_get_id (DESK_RECORD (first)), desk_record_get_id (DESK_RECORD (second)));
  g_assert_cmpstr (order, ==, expected);
  {
    g_autoptr(DeskDocument) loaded = desk_store_get (f->store, DESK_TYPE_DOCUMENT,
                                                     desk_record_get_id (DESK_RECORD (second)), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (desk_document_get_stored_path (loaded), ==, stored);
    g_assert_cmpstr (desk_document_get_content_type (loaded), ==, desk_document_get_content_type (second));
    g_assert_cmpint (desk_document_get_size_bytes (loaded), ==, strlen ("second version"));
  }
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'document' AND action = 'create'"), ==, 2);

  /* An unsaved case has no folder yet. */
  {
    g_autoptr(DeskCase) unsaved = new_case (client, "63", "Not saved", "2026-02-01");
    g_autoptr(DeskDocument) none = desk_documents_attach (f->store, unsaved, letter, docs, NULL, &error);
    g_assert_null (none);
    g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* A folder is not a document. */
  {
    g_autoptr(GFile) directory = g_file_new_for_path (sources);
    g_autoptr(DeskDocument) none = desk_documents_attach (f->store, kase, directory, docs, NULL, &error);
    g_assert_null (none);
    g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "from"));
    g_assert_nonnull (strstr (error->message, "not a file"));
    g_clear_error (&error);
  }

  /* A file that is not there says so. */
  {
    g_autofree char *missing_path = g_build_filename (sources, "missing.pdf", NULL);
    g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
    g_autoptr(DeskDocument) none = desk_documents_attach (f->store, kase, missing, docs, NULL, &error);
    g_assert_null (none);
    g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
    g_assert_nonnull (strstr (error->message, "missing.pdf"));
    g_clear_error (&error);
  }

  /* When the record cannot be saved (its case is not in this database),
   * the copy is removed again. */
  {
    g_autoptr(DeskCase) stranger = new_case (client, "63", "From another file", "2026-02-01");
    g_autofree char *stranger_copy = g_build_filename (docs, "2026-09999", "letter.txt", NULL);
    g_autoptr(DeskDocument) none = NULL;

    desk_record_set_id (DESK_RECORD (stranger), 9999);
    desk_case_set_case_number (stranger, "2026-09999");
    none = desk_documents_attach (f->store, stranger, letter, docs, NULL, &error);
    g_assert_null (none);
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_false (g_file_test (stranger_copy, G_FILE_TEST_EXISTS));
  }

  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM documents"), ==, 2);

  /* Validation of the record itself. */
  {
    g_autoptr(DeskDocument) document = desk_document_new ();
    desk_document_set_case_id (document, desk_record_get_id (DESK_RECORD (kase)));
    desk_document_set_stored_path (document, stored);
    save_refused (f, document, "file-name");
    desk_document_set_file_name (document, "x.pdf");
    desk_document_set_stored_path (document, "");
    save_refused (f, document, "stored-path");
    desk_document_set_stored_path (document, stored);
    desk_document_set_size_bytes (document, -1);
    save_refused (f, document, "size-bytes");
    desk_document_set_size_bytes (document, 1);
    desk_document_set_case_id (document, 0);
    save_refused (f, document, "case-id");
  }
}

/* ---- full-text search ------------------------------------------------------- */

static char *
search_text (Fixture    *f,
             const char *search)
{
  g_autoptr(GError) error = NULL;
  g_auto(DeskCaseQuery) query;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  desk_case_query_init (&query);
  query.search = g_strdup (search);
  query.sort = DESK_CASE_SORT_NUMBER;
  query.ascending = TRUE;
  model = desk_store_list_cases (f->store, &query, &error);
  g_assert_no_error (error);
  g_assert_nonnull (model);

  ids = list_ids (model);
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "", g_array_index (ids, gint64, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_search(f, words, expected) \
  G_STMT_START { \
    g_autofree char *found_ = search_text ((f), (words)); \
    if (g_strcmp0 (found_, (expected)) != 0) \
      g_error ("search “%s” found “%s”, expected “%s”", (words), found_, (expected)); \
  } G_STMT_END

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 jose = save_client (f, "José", "García");
  gint64 mary = save_client (f, "Mary", "Smith");
  /* Ids 1–4 in creation order. */
  gint64 a = save_case (f, jose, "Eviction for non-payment", "Landlord keeps the security deposit");
  gint64 b = save_case (f, mary, "Divorce and custody", "Needs a protective order");
  gint64 c = save_case (f, jose, "Unpaid wages", "Employer withheld the final paycheck");
  gint64 d = save_case (f, mary, "Eviction appeal", "");
  g_autoptr(DeskNote) note = desk_note_new ();
  g_autoptr(DeskParty) party = desk_party_new ();
  const char *hostile[] = {
    "\"", "\"\"", "*", "-", "OR", "AND", "NOT", "NEAR(", "NEAR(eviction", "eviction OR divorce", "(", ")",
    "^", ":", "title:eviction", "'", "eviction*", "\"eviction", "-eviction", "a\"b", "{title}: x", "+", "\\",
    "%", "_", "' OR 1=1 --", "🙂", "ñ", "\xcc\x81", "eviction NOT divorce", "NEAR(a b, 2)", "*evic",
  };

  g_assert_cmpint (a, ==, 1);
  g_assert_cmpint (c, ==, 3);
  g_assert_cmpint (d, ==, 4);
  archive_by_id (f, DESK_TYPE_CASE, d);

  assert_search (f, "eviction", "1");
  assert_search (f, "Eviction", "1");
  assert_search (f, "EVICTION", "1");
  assert_search (f, "evic", "1");
  assert_search (f, "deposit", "1");
  assert_search (f, "security landlord", "1");
  assert_search (f, "paycheck", "3");
  assert_search (f, "garcia", "1 3");
  assert_search (f, "García", "1 3");
  assert_search (f, "GARCÍA", "1 3");
  assert_search (f, "jose", "1 3");
  assert_search (f, "josé garc", "1 3");
  /* The same words typed in decomposed form (e + combining accent). */
  assert_search (f, "Garci\xcc\x81" "a", "1 3");
  assert_search (f, "Jose\xcc\x81 eviction", "1");
  assert_search (f, "garcia eviction", "1");
  assert_search (f, "garcia divorce", "");
  assert_search (f, "smith", "2");
  assert_search (f, "non-payment", "1");
  assert_search (f, "zzzz", "");
  assert_search (f, "", "1 2 3");

  /* Notes and adverse parties added after the case are found too. */
  assert_search (f, "mould", "");
  desk_note_set_case_id (note, a);
  desk_note_set_author (note, "Grace Okafor");
  desk_note_set_body (note, "Tenant mentioned mould in the bathroom");
  desk_test_save (f->store, note);
  assert_search (f, "mould", "1");
  assert_search (f, "bathroom MOULD", "1");

  assert_search (f, "northwind", "");
  desk_party_set_case_id (party, b);
  desk_party_set_name (party, "Northwind Holdings");
  desk_test_save (f->store, party);
  assert_search (f, "northwind", "2");
  assert_search (f, "holdings smith", "2");

  /* FTS syntax in what people type is only ever text. */
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *found = search_text (f, hostile[i]);
      g_test_message ("“%s” → %s", hostile[i], found);
    }
  assert_search (f, "\"eviction\"", "1");
  assert_search (f, "eviction*", "1");
  assert_search (f, "-eviction", "1");
  /* OR is a word here, not an operator: no case has eviction, or… and divorce. */
  assert_search (f, "eviction OR divorce", "");
  /* Text with no word at all filters nothing. */
  assert_search (f, "\"", "1 2 3");
  assert_search (f, "*", "1 2 3");
  assert_search (f, "-", "1 2 3");

  /* Renaming the client changes what finds the cases. */
  {
    g_autoptr(DeskClient) client = desk_store_get_client (f->store, jose, &error);
    g_assert_no_error (error);
    desk_client_set_last_name (client, "Martínez");
    desk_test_save (f->store, client);
  }
  assert_search (f, "garcia", "");
  assert_search (f, "martinez", "1 3");
  assert_search (f, "martínez eviction", "1");
  assert_search (f, "mould", "1");
  {
    g_autoptr(DeskClient) client = desk_store_get_client (f->store, mary, &error);
    desk_client_set_last_name (client, "Jones");
    desk_test_save (f->store, client);
  }
  assert_search (f, "smith", "");
  assert_search (f, "jones", "2");
  /* The parties stay findable through a client rename. */
  assert_search (f, "northwind", "2");

  /* A renamed or archived party, an archived note, a new title. */
  desk_party_set_name (party, "Southwind Partners");
  desk_test_save (f->store, party);
  assert_search (f, "northwind", "");
  assert_search (f, "southwind jones", "2");
  g_assert_true (desk_store_archive (f->store, DESK_RECORD (party), &error));
  g_assert_no_error (error);
  assert_search (f, "southwind", "");
  assert_search (f, "jones", "2");

  g_assert_true (desk_store_archive (f->store, DESK_RECORD (note), &error));
  assert_search (f, "mould", "");

  {
    g_autoptr(DeskCase) kase = desk_store_get_case (f->store, a, &error);
    desk_case_set_title (kase, "Repairs and rent escrow");
    desk_test_save (f->store, kase);
  }
  assert_search (f, "eviction", "");
  assert_search (f, "escrow", "1");
  assert_search (f, "escrow martinez", "1");

  /* Search combines with the filters. */
  {
    g_auto(DeskCaseQuery) query;
    g_autoptr(GListModel) model = NULL;

    desk_case_query_init (&query);
    query.search = g_strdup ("martinez");
    query.opened_from = g_strdup ("2026-02-01");
    query.category = g_strdup ("Housing");
    model = desk_store_list_cases (f->store, &query, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
    g_clear_object (&model);
    query.client_id = mary;
    model = desk_store_list_cases (f->store, &query, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  }
}

/* ---- filters and sort orders against a brute-force reference ---------------- */

typedef struct
{
  gint64      id;
  char       *case_number;
  gint64      client_id;
  const char *client_first;
  const char *client_last;
  const char *problem_code;
  const char *category;
  DeskCaseStatus status;
  DeskPriority priority;
  char        opened_on[11];
  char        closed_on[11];      /* "" when open */
  gint64      volunteer_id;       /* 0: none */
  const char *volunteer_first;
  const char *volunteer_last;
  gboolean    archived;
  char        next_deadline[11];  /* "" when none */
  gboolean    overdue;
} CaseInfo;

typedef struct
{
  GArray     *cases;     /* CaseInfo */
  GHashTable *by_id;     /* id → CaseInfo* (into cases) */
  gint64      client_ids[40];
  gint64      volunteer_ids[8];
  guint       n_live;
} World;

static const char *first_names[] = { "Maria", "José", "Ana", "John", "Mary", "Luis", "Grace", "Wei", "Fatima", "Olga" };
static const char *last_names[] = { "García", "Smith", "Nguyen", "O'Brien", "Okafor", "Lopez", "Zhang", "Kowalski",
                                    "Ahmed", "Brown", "Ávila", "Martin" };
static const struct { const char *code; const char *category; } codes[] = {
  { "01", "Consumer/Finance" }, { "12", "Education" }, { "21", "Employment" }, { "30", "Family" },
  { "51", "Health" }, { "61", "Housing" }, { "63", "Housing" }, { "64", "Housing" }, { "71", "Income Maintenance" },
  { "81", "Individual Rights" }, { "91", "Miscellaneous" },
};
static const char *closing_codes[] = { "A", "B", "F", "G", "H", "IA", "IB", "IC", "K", "L" };

static void
date_add (char        out[11],
          const char *iso,
          int          days)
{
  g_autoptr(GDate) date = g_date_new ();

  g_date_set_parse (date, iso);
  g_assert_true (g_date_valid (date));
  if (days >= 0)
    g_date_add_days (date, days);
  else
    g_date_subtract_days (date, -days);
  g_date_strftime (out, 11, "%Y-%m-%d", date);
}

static void
world_clear (World *w)
{
  for (guint i = 0; w->cases != NULL && i < w->cases->len; i++)
    g_free (g_array_index (w->cases, CaseInfo, i).case_number);
  g_clear_pointer (&w->cases, g_array_unref);
  g_clear_pointer (&w->by_id, g_hash_table_unref);
}

static void
world_build (Fixture *f,
             World   *w,
             guint    n_cases)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260615);
  g_autoptr(GPtrArray) clients = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) volunteers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) deadlines = g_ptr_array_new_with_free_func (g_object_unref);
  const char *client_first[G_N_ELEMENTS (w->client_ids)];
  const char *client_last[G_N_ELEMENTS (w->client_ids)];
  const char *volunteer_first[G_N_ELEMENTS (w->volunteer_ids)];
  const char *volunteer_last[G_N_ELEMENTS (w->volunteer_ids)];

  w->cases = g_array_new (FALSE, TRUE, sizeof (CaseInfo));
  w->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  w->n_live = 0;

  for (guint i = 0; i < G_N_ELEMENTS (w->client_ids); i++)
    {
      client_first[i] = first_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names))];
      client_last[i] = last_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (last_names))];
      g_ptr_array_add (clients, new_client (client_first[i], client_last[i], "2025-12-01"));
    }
  g_assert_true (desk_store_insert_batch (f->store, clients, "import", &error));
  g_assert_no_error (error);
  for (guint i = 0; i < clients->len; i++)
    w->client_ids[i] = desk_record_get_id (g_ptr_array_index (clients, i));

  for (guint i = 0; i < G_N_ELEMENTS (w->volunteer_ids); i++)
    {
      DeskVolunteer *volunteer = desk_volunteer_new ();

      volunteer_first[i] = first_names[(i * 3) % G_N_ELEMENTS (first_names)];
      volunteer_last[i] = last_names[(i * 5 + 1) % G_N_ELEMENTS (last_names)];
      desk_volunteer_set_first_name (volunteer, volunteer_first[i]);
      desk_volunteer_set_last_name (volunteer, volunteer_last[i]);
      g_ptr_array_add (volunteers, volunteer);
    }
  g_assert_true (desk_store_insert_batch (f->store, volunteers, "import", &error));
  g_assert_no_error (error);
  for (guint i = 0; i < volunteers->len; i++)
    w->volunteer_ids[i] = desk_record_get_id (g_ptr_array_index (volunteers, i));

  g_array_set_size (w->cases, n_cases);
  for (guint i = 0; i < n_cases; i++)
    {
      CaseInfo *info = &g_array_index (w->cases, CaseInfo, i);
      guint client = g_rand_int_range (rand, 0, G_N_ELEMENTS (w->client_ids));
      guint code = g_rand_int_range (rand, 0, G_N_ELEMENTS (codes));
      int roll = g_rand_int_range (rand, 0, 100);
      g_autofree char *title = g_strdup_printf ("Matter %u", i);
      DeskCase *kase;

      info->client_id = w->client_ids[client];
      info->client_first = client_first[client];
      info->client_last = client_last[client];
      info->problem_code = codes[code].code;
      info->category = codes[code].category;
      info->priority = g_rand_int_range (rand, DESK_PRIORITY_LOW, DESK_PRIORITY_URGENT + 1);
      /* 2024-01-01 to today. */
      date_add (info->opened_on, "2024-01-01", g_rand_int_range (rand, 0, 897));
      info->status = roll < 15 ? DESK_CASE_STATUS_INTAKE : roll < 40 ? DESK_CASE_STATUS_OPEN :
                     roll < 65 ? DESK_CASE_STATUS_PLACED : roll < 90 ? DESK_CASE_STATUS_CLOSED :
                     DESK_CASE_STATUS_REJECTED;
      info->archived = g_rand_int_range (rand, 0, 100) < 5;

      kase = new_case (info->client_id, info->problem_code, title, info->opened_on);
      desk_case_set_priority (kase, info->priority);
      desk_case_set_status (kase, info->status);

      if (info->status == DESK_CASE_STATUS_PLACED ||
          ((info->status == DESK_CASE_STATUS_OPEN || info->status == DESK_CASE_STATUS_CLOSED) &&
           g_rand_boolean (rand)))
        {
          guint v = g_rand_int_range (rand, 0, G_N_ELEMENTS (w->volunteer_ids));

          info->volunteer_id = w->volunteer_ids[v];
          info->volunteer_first = volunteer_first[v];
          info->volunteer_last = volunteer_last[v];
          desk_case_set_volunteer_id (kase, info->volunteer_id);
        }
      if (info->status == DESK_CASE_STATUS_CLOSED)
        {
          date_add (info->closed_on, info->opened_on, g_rand_int_range (rand, 0, 300));
          if (strcmp (info->closed_on, TODAY) > 0)
            strcpy (info->closed_on, TODAY);
          desk_case_set_closed_on (kase, info->closed_on);
          desk_case_set_closing_code (kase, closing_codes[g_rand_int_range (rand, 0, G_N_ELEMENTS (closing_codes))]);
          desk_case_set_outcome (kase, g_rand_int_range (rand, DESK_OUTCOME_FAVOURABLE, DESK_OUTCOME_OTHER + 1));
        }
      if (info->status == DESK_CASE_STATUS_REJECTED)
        desk_case_set_rejection_reason (kase, g_rand_int_range (rand, DESK_REJECTION_OVER_INCOME,
                                                                DESK_REJECTION_OTHER + 1));
      desk_record_set_archived (DESK_RECORD (kase), info->archived);
      g_ptr_array_add (cases, kase);
    }
  g_assert_true (desk_store_insert_batch (f->store, cases, "import", &error));
  g_assert_no_error (error);

  for (guint i = 0; i < n_cases; i++)
    {
      CaseInfo *info = &g_array_index (w->cases, CaseInfo, i);
      DeskCase *kase = g_ptr_array_index (cases, i);

      info->id = desk_record_get_id (DESK_RECORD (kase));
      info->case_number = g_strdup (desk_case_get_case_number (kase));
      if (!info->archived)
        w->n_live++;

      /* Deadlines from April to August; some done, some archived. */
      if (g_rand_int_range (rand, 0, 100) < 45)
        {
          guint n = g_rand_int_range (rand, 1, 4);

          for (guint k = 0; k < n; k++)
            {
              char due[11];
              gboolean done = g_rand_int_range (rand, 0, 100) < 30;
              gboolean archived = g_rand_int_range (rand, 0, 100) < 10;
              DeskDeadline *deadline;

              date_add (due, "2026-04-01", g_rand_int_range (rand, 0, 150));
              deadline = new_deadline (info->id, due, NULL, done);
              desk_record_set_archived (DESK_RECORD (deadline), archived);
              g_ptr_array_add (deadlines, deadline);

              if (done || archived)
                continue;
              if (info->next_deadline[0] == '\0' || strcmp (due, info->next_deadline) < 0)
                strcpy (info->next_deadline, due);
              if (strcmp (due, TODAY) < 0)
                info->overdue = TRUE;
            }
        }
    }
  g_assert_true (desk_store_insert_batch (f->store, deadlines, "import", &error));
  g_assert_no_error (error);

  for (guint i = 0; i < n_cases; i++)
    {
      CaseInfo *info = &g_array_index (w->cases, CaseInfo, i);
      g_hash_table_insert (w->by_id, &info->id, info);
    }
}

static gboolean
reference_matches (const CaseInfo      *info,
                   const DeskCaseQuery *query)
{
  if (info->archived)
    return FALSE;
  if (query->status != DESK_CASE_STATUS_ANY && (int) info->status != query->status)
    return FALSE;
  if (query->category != NULL && strcmp (info->category, query->category) != 0)
    return FALSE;
  if (query->client_id > 0 && info->client_id != query->client_id)
    return FALSE;
  if (query->volunteer_id > 0 && info->volunteer_id != query->volunteer_id)
    return FALSE;
  if (query->unassigned && info->volunteer_id != 0)
    return FALSE;
  if (query->overdue && !info->overdue)
    return FALSE;
  if (query->opened_from != NULL && strcmp (info->opened_on, query->opened_from) < 0)
    return FALSE;
  if (query->opened_to != NULL && strcmp (info->opened_on, query->opened_to) > 0)
    return FALSE;
  if (query->closed_from != NULL && (info->closed_on[0] == '\0' || strcmp (info->closed_on, query->closed_from) < 0))
    return FALSE;
  if (query->closed_to != NULL && (info->closed_on[0] == '\0' || strcmp (info->closed_on, query->closed_to) > 0))
    return FALSE;
  return TRUE;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Runs @query and checks its rows are the reference's; returns how many. */
static guint
check_query (Fixture             *f,
             World               *w,
             const DeskCaseQuery *query,
             const char          *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = desk_store_list_cases (f->store, query, &error);
  g_autoptr(GArray) got = NULL;
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_no_error (error);
  g_assert_nonnull (model);
  got = list_ids (model);
  for (guint i = 0; i < w->cases->len; i++)
    {
      const CaseInfo *info = &g_array_index (w->cases, CaseInfo, i);
      if (reference_matches (info, query))
        g_array_append_val (expected, info->id);
    }

  g_array_sort (got, compare_ids);
  /* An empty GArray may have no data at all, and memcmp must not see NULL. */
  if (got->len != expected->len ||
      (got->len > 0 && memcmp (got->data, expected->data, got->len * sizeof (gint64)) != 0))
    g_error ("%s: the store found %u cases, the reference %u", what, got->len, expected->len);
  return got->len;
}

/* A filter must find something and leave something out to prove anything. */
static void
check_filter (Fixture             *f,
              World               *w,
              const DeskCaseQuery *query,
              const char          *what)
{
  guint n = check_query (f, w, query, what);

  g_test_message ("%s: %u of %u", what, n, w->n_live);
  if (n == 0 || n == w->n_live)
    g_error ("%s: %u of %u cases; the test data does not exercise the filter", what, n, w->n_live);
}

#define OR_ANY(date) ((date) != NULL ? (date) : "…")

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  World w = { 0 };
  const char *categories[] = { "Housing", "Family", "Consumer/Finance", "Miscellaneous" };

  world_build (f, &w, 400);

  {
    g_auto(DeskCaseQuery) query;
    desk_case_query_init (&query);
    g_assert_cmpuint (check_query (f, &w, &query, "everything"), ==, w.n_live);
    g_assert_cmpuint (w.n_live, <, w.cases->len);
  }

  for (int status = DESK_CASE_STATUS_INTAKE; status <= DESK_CASE_STATUS_REJECTED; status++)
    {
      g_auto(DeskCaseQuery) query;
      desk_case_query_init (&query);
      query.status = status;
      check_filter (f, &w, &query, desk_enum_nick (DESK_TYPE_CASE_STATUS, status));
    }

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      g_auto(DeskCaseQuery) query;
      desk_case_query_init (&query);
      query.category = g_strdup (categories[i]);
      check_filter (f, &w, &query, categories[i]);
    }
  {
    g_auto(DeskCaseQuery) query;
    desk_case_query_init (&query);
    query.category = g_strdup ("No such category");
    g_assert_cmpuint (check_query (f, &w, &query, "unknown category"), ==, 0);
  }

  for (guint i = 0; i < G_N_ELEMENTS (w.volunteer_ids); i++)
    {
      g_auto(DeskCaseQuery) query;
      desk_case_query_init (&query);
      query.volunteer_id = w.volunteer_ids[i];
      check_filter (f, &w, &query, "volunteer");
    }

  for (guint i = 0; i < 6; i++)
    {
      g_auto(DeskCaseQuery) query;
      desk_case_query_init (&query);
      query.client_id = w.client_ids[i];
      check_filter (f, &w, &query, "client");
    }

  {
    g_auto(DeskCaseQuery) query;
    desk_case_query_init (&query);
    query.unassigned = TRUE;
    check_filter (f, &w, &query, "unassigned");
  }
  {
    g_auto(DeskCaseQuery) query;
    desk_case_query_init (&query);
    query.overdue = TRUE;
    check_filter (f, &w, &query, "overdue");
  }

  {
    const struct { const char *opened_from, *opened_to, *closed_from, *closed_to; } ranges[] = {
      { "2025-01-01", "2025-06-30", NULL, NULL },
      { "2026-01-01", NULL, NULL, NULL },
      { NULL, "2024-06-30", NULL, NULL },
      { "2025-03-15", "2025-03-15", NULL, NULL },
      { NULL, NULL, "2025-01-01", "2025-12-31" },
      { NULL, NULL, "2026-03-01", NULL },
      { NULL, NULL, NULL, "2024-12-31" },
      { "2025-01-01", NULL, NULL, "2026-01-31" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
      {
        g_auto(DeskCaseQuery) query;
        g_autofree char *what = g_strdup_printf ("opened %s–%s closed %s–%s", OR_ANY (ranges[i].opened_from),
                                                 OR_ANY (ranges[i].opened_to), OR_ANY (ranges[i].closed_from),
                                                 OR_ANY (ranges[i].closed_to));
        desk_case_query_init (&query);
        query.opened_from = g_strdup (ranges[i].opened_from);
        query.opened_to = g_strdup (ranges[i].opened_to);
        query.closed_from = g_strdup (ranges[i].closed_from);
        query.closed_to = g_strdup (ranges[i].closed_to);
        if (i == 3)
          check_query (f, &w, &query, what);  /* one day: may well be empty */
        else
          check_filter (f, &w, &query, what);
      }
  }

  /* Combinations (which may legitimately be empty). */
  for (guint i = 0; i < 40; i++)
    {
      g_auto(DeskCaseQuery) query;
      desk_case_query_init (&query);
      query.status = i % 3 == 0 ? DESK_CASE_STATUS_ANY : (int) (i % 5);
      query.category = i % 2 == 0 ? g_strdup (categories[i % G_N_ELEMENTS (categories)]) : NULL;
      query.volunteer_id = i % 4 == 1 ? w.volunteer_ids[i % G_N_ELEMENTS (w.volunteer_ids)] : 0;
      query.unassigned = i % 7 == 3;
      query.overdue = i % 5 == 2;
      query.opened_from = i % 3 == 1 ? g_strdup ("2025-02-01") : NULL;
      query.closed_to = i % 6 == 5 ? g_strdup ("2026-04-30") : NULL;
      query.client_id = i % 9 == 4 ? w.client_ids[i % 10] : 0;
      check_query (f, &w, &query, "combination");
    }

  world_clear (&w);
}

static int
priority_rank (DeskPriority priority)
{
  /* Urgent work first when sorted ascending, as the store orders it. */
  switch (priority)
    {
    case DESK_PRIORITY_URGENT: return 0;
    case DESK_PRIORITY_HIGH: return 1;
    case DESK_PRIORITY_NORMAL: return 2;
    case DESK_PRIORITY_LOW:
    default: return 3;
    }
}

/* Compares the sort keys of two cases; an empty key (no volunteer, no
 * deadline) after every real one. */
static int
compare_key (DeskCaseSort    sort,
             const CaseInfo *a,
             const CaseInfo *b)
{
  int cmp;

  switch (sort)
    {
    case DESK_CASE_SORT_OPENED:
      return strcmp (a->opened_on, b->opened_on);
    case DESK_CASE_SORT_NUMBER:
      return strcmp (a->case_number, b->case_number);
    case DESK_CASE_SORT_CLIENT:
      cmp = strcmp (a->client_last, b->client_last);
      return cmp != 0 ? cmp : strcmp (a->client_first, b->client_first);
    case DESK_CASE_SORT_PROBLEM:
      return strcmp (a->problem_code, b->problem_code);
    case DESK_CASE_SORT_STATUS:
      /* Workflow order: intake, open, placed, closed, rejected (the enum's order). */
      return (int) a->status - (int) b->status;
    case DESK_CASE_SORT_PRIORITY:
      return priority_rank (a->priority) - priority_rank (b->priority);
    case DESK_CASE_SORT_VOLUNTEER:
      if ((a->volunteer_id == 0) != (b->volunteer_id == 0))
        return a->volunteer_id == 0 ? 1 : -1;
      if (a->volunteer_id == 0)
        return 0;
      cmp = strcmp (a->volunteer_last, b->volunteer_last);
      return cmp != 0 ? cmp : strcmp (a->volunteer_first, b->volunteer_first);
    case DESK_CASE_SORT_DEADLINE:
      if ((a->next_deadline[0] == '\0') != (b->next_deadline[0] == '\0'))
        return a->next_deadline[0] == '\0' ? 1 : -1;
      return strcmp (a->next_deadline, b->next_deadline);
    default:
      g_assert_not_reached ();
    }
}

static void
check_sorted (Fixture             *f,
              World               *w,
              const DeskCaseQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = desk_store_list_cases (f->store, query, &error);
  g_autoptr(GArray) ids = NULL;

  g_assert_no_error (error);
  ids = list_ids (model);

  for (guint i = 1; i < ids->len; i++)
    {
      const CaseInfo *prev = g_hash_table_lookup (w->by_id, &g_array_index (ids, gint64, i - 1));
      const CaseInfo *cur = g_hash_table_lookup (w->by_id, &g_array_index (ids, gint64, i));
      int cmp = compare_key (query->sort, prev, cur);
      gboolean ok;

      g_assert_nonnull (prev);
      g_assert_nonnull (cur);

      if (query->sort == DESK_CASE_SORT_DEADLINE && !query->ascending &&
          (prev->next_deadline[0] == '\0' || cur->next_deadline[0] == '\0'))
        /* Cases without a deadline stay at the end in both directions. */
        ok = cur->next_deadline[0] == '\0';
      else
        {
          /* Ties go by opening date for status and priority, then by id,
           * so the order is total. */
          if (cmp == 0 && (query->sort == DESK_CASE_SORT_STATUS || query->sort == DESK_CASE_SORT_PRIORITY))
            cmp = strcmp (prev->opened_on, cur->opened_on);
          if (cmp == 0)
            cmp = prev->id < cur->id ? -1 : prev->id > cur->id;
          ok = query->ascending ? cmp < 0 : cmp > 0;
        }

      if (!ok)
        g_error ("sort %d %s: rows %u (case %" G_GINT64_FORMAT ") and %u (case %" G_GINT64_FORMAT ") are out of order",
                 query->sort, query->ascending ? "ascending" : "descending",
                 i - 1, prev->id, i, cur->id);
    }
}

static void
test_sort_orders (Fixture       *f,
                  gconstpointer  data)
{
  World w = { 0 };

  world_build (f, &w, 300);

  for (int sort = DESK_CASE_SORT_OPENED; sort <= DESK_CASE_SORT_DEADLINE; sort++)
    for (int ascending = 0; ascending <= 1; ascending++)
      for (int filtered = 0; filtered <= 2; filtered++)
        {
          g_auto(DeskCaseQuery) query;
          g_autofree char *what = g_strdup_printf ("sort %d ascending %d filter %d", sort, ascending, filtered);

          desk_case_query_init (&query);
          query.sort = sort;
          query.ascending = ascending;
          if (filtered == 1)
            query.status = DESK_CASE_STATUS_CLOSED;
          if (filtered == 2)
            query.category = g_strdup ("Housing");

          /* The same rows as the unsorted reference, in order. */
          check_query (f, &w, &query, what);
          check_sorted (f, &w, &query);
        }

  /* A sort value out of range falls back to the default order. */
  {
    g_auto(DeskCaseQuery) query;
    desk_case_query_init (&query);
    query.sort = (DeskCaseSort) 99;
    g_assert_cmpuint (check_query (f, &w, &query, "bad sort"), ==, w.n_live);
  }

  world_clear (&w);
}

static void
test_query_validate (Fixture       *f,
                     gconstpointer  data)
{
  const struct { const char *opened_from, *opened_to, *closed_from, *closed_to, *field; } cases[] = {
    { "2026-13-01", NULL, NULL, NULL, "opened-from" },
    { NULL, "2026-02-30", NULL, NULL, "opened-to" },
    { NULL, NULL, "yesterday", NULL, "closed-from" },
    { NULL, NULL, NULL, "2026/01/01", "closed-to" },
    { "", NULL, NULL, NULL, "opened-from" },
    { "2026-03-01", "2026-02-28", NULL, NULL, "opened-to" },
    { NULL, NULL, "2026-01-02", "2026-01-01", "closed-to" },
    { "2026-01-01", "2026-12-31", NULL, NULL, NULL },
    { "2026-01-01", "2026-01-01", "2025-01-01", "2025-01-01", NULL },
    { NULL, NULL, NULL, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) model = NULL;
      g_auto(DeskCaseQuery) query;
      DeskCaseQuery *copy;

      desk_case_query_init (&query);
      query.opened_from = g_strdup (cases[i].opened_from);
      query.opened_to = g_strdup (cases[i].opened_to);
      query.closed_from = g_strdup (cases[i].closed_from);
      query.closed_to = g_strdup (cases[i].closed_to);

      if (cases[i].field == NULL)
        {
          g_assert_true (desk_case_query_validate (&query, &error));
          g_assert_no_error (error);
          continue;
        }

      g_assert_false (desk_case_query_validate (&query, &error));
      g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
      g_assert_cmpstr (desk_error_get_field (error), ==, cases[i].field);
      g_clear_error (&error);

      /* The list refuses the query the same way. */
      model = desk_store_list_cases (f->store, &query, &error);
      g_assert_null (model);
      g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
      g_assert_cmpstr (desk_error_get_field (error), ==, cases[i].field);

      /* A copy is deep and equal. */
      copy = desk_case_query_copy (&query);
      g_assert_true (copy->opened_from != query.opened_from || copy->opened_from == NULL);
      g_assert_cmpstr (copy->opened_from, ==, query.opened_from);
      g_assert_cmpstr (copy->closed_to, ==, query.closed_to);
      desk_case_query_free (copy);
    }
}

/* ---- clients: search, sort, % of poverty ------------------------------------ */

typedef struct
{
  const char *first, *last, *phone, *language, *county, *intake;
  int adults, children;
  gint64 income_cents;
  gboolean archived;
} ClientSpec;

static const ClientSpec client_specs[] = {
  { "Maria", "Lopez", "512-555-0101", "Spanish", "Travis", "2026-03-01", 1, 2, 2500000, FALSE },
  { "Mario", "Lopez-Vega", "512-555-0199", "English", "Hays", "2025-07-15", 2, 0, 4100000, FALSE },
  { "Ana Maria", "Ruiz", "737-555-0142", "Spanish", "Williamson", "2024-11-30", 1, 0, 1100000, FALSE },
  { "John", "Marsh", "512-555-0177", "English", "Travis", "2023-05-05", 2, 4, 0, FALSE },
  { "Peter", "Alvarez", "254-555-0110", "Vietnamese", "Bell", "2026-06-15", 3, 5, 9876543, FALSE },
  { "Maria", "Lopezz", "512-555-0101", "Spanish", "Travis", "2026-01-01", 1, 0, 1000000, TRUE },
};

/* The guideline table as published (dollars), for an independent check. */
static const struct { int year; const char *region; gint64 first, additional; } published[] = {
  { 2024, "contiguous", 15060, 5380 }, { 2024, "alaska", 18810, 6730 }, { 2024, "hawaii", 17310, 6190 },
  { 2025, "contiguous", 15650, 5500 }, { 2025, "alaska", 19550, 6880 }, { 2025, "hawaii", 17990, 6330 },
};

static int
expected_percent (const ClientSpec *spec,
                  const char       *region,
                  gboolean          with_2026)
{
  int intake_year = atoi (spec->intake);
  int year = 0, earliest = 0;
  gint64 first = 0, additional = 0, guideline;

  /* The intake year's row, else the latest earlier one, else the earliest. */
  for (guint i = 0; i < G_N_ELEMENTS (published); i++)
    {
      if (strcmp (published[i].region, region) != 0)
        continue;
      if (earliest == 0 || published[i].year < earliest)
        earliest = published[i].year;
      if (published[i].year <= intake_year && published[i].year > year)
        year = published[i].year;
    }
  if (with_2026 && strcmp (region, "contiguous") == 0 && intake_year >= 2026)
    year = 2026;
  if (year == 0)
    year = earliest;
  if (year == 0)
    return -1;

  if (year == 2026)
    {
      first = 16100;
      additional = 5700;
    }
  for (guint i = 0; i < G_N_ELEMENTS (published); i++)
    if (published[i].year == year && strcmp (published[i].region, region) == 0)
      {
        first = published[i].first;
        additional = published[i].additional;
      }

  guideline = (first + (spec->adults + spec->children - 1) * additional) * 100;
  /* Rounded half up, in integers. */
  return (int) ((spec->income_cents * 200 + guideline) / (2 * guideline));
}

static gint64 *
make_clients (Fixture *f)
{
  gint64 *ids = g_new0 (gint64, G_N_ELEMENTS (client_specs));

  for (guint i = 0; i < G_N_ELEMENTS (client_specs); i++)
    {
      const ClientSpec *spec = &client_specs[i];
      g_autoptr(DeskClient) client = new_client (spec->first, spec->last, spec->intake);

      desk_client_set_phone (client, spec->phone);
      desk_client_set_language (client, spec->language);
      desk_client_set_county (client, spec->county);
      desk_client_set_household_adults (client, spec->adults);
      desk_client_set_household_children (client, spec->children);
      desk_client_set_annual_income_cents (client, spec->income_cents);
      /* Some households are between 125% and 200%: they need a reason. */
      desk_client_set_eligibility_exception (client, DESK_EXCEPTION_MEDICAL_EXPENSES);
      desk_test_save (f->store, client);
      ids[i] = desk_record_get_id (DESK_RECORD (client));
      if (spec->archived)
        {
          g_autoptr(GError) error = NULL;
          g_assert_true (desk_store_archive (f->store, DESK_RECORD (client), &error));
          g_assert_no_error (error);
        }
    }
  return ids;
}

/* "1 2": the spec indexes (+1) found by a client search, in list order. */
static char *
client_search_text (Fixture    *f,
                    gint64     *ids,
                    const char *search)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = desk_store_search_clients (f->store, search, DESK_CLIENT_SORT_NAME, TRUE, &error);
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  found = list_ids (model);
  for (guint i = 0; i < found->len; i++)
    for (guint k = 0; k < G_N_ELEMENTS (client_specs); k++)
      if (ids[k] == g_array_index (found, gint64, i))
        {
          guint number = k + 1;
          g_array_append_val (numbers, number);
        }
  g_assert_cmpuint (numbers->len, ==, found->len);

  /* Compare as sets: the order is checked by the sort test. */
  for (guint i = 0; i < numbers->len; i++)
    for (guint j = i + 1; j < numbers->len; j++)
      if (g_array_index (numbers, guint, j) < g_array_index (numbers, guint, i))
        {
          guint swap = g_array_index (numbers, guint, i);
          g_array_index (numbers, guint, i) = g_array_index (numbers, guint, j);
          g_array_index (numbers, guint, j) = swap;
        }
  for (guint i = 0; i < numbers->len; i++)
    g_string_append_printf (text, "%s%u", i > 0 ? " " : "", g_array_index (numbers, guint, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_client_search(f, ids, words, expected) \
  G_STMT_START { \
    g_autofree char *found_ = client_search_text ((f), (ids), (words)); \
    if (g_strcmp0 (found_, (expected)) != 0) \
      g_error ("client search “%s” found “%s”, expected “%s”", (words) ? (words) : "(null)", found_, (expected)); \
  } G_STMT_END

static void
test_search_clients (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree gint64 *ids = make_clients (f);

  assert_client_search (f, ids, NULL, "1 2 3 4 5");
  assert_client_search (f, ids, "", "1 2 3 4 5");
  assert_client_search (f, ids, "lopez", "1 2");
  assert_client_search (f, ids, "LOPEZ", "1 2");
  assert_client_search (f, ids, "Lope", "1 2");
  /* Every word of a name counts, so "mar" finds Ana Maria Ruiz too. */
  assert_client_search (f, ids, "mar", "1 2 3 4");
  assert_client_search (f, ids, "mar lop", "1 2");
  assert_client_search (f, ids, "maria lopez", "1");
  assert_client_search (f, ids, "lopez, maria", "1");
  assert_client_search (f, ids, "  maria   lopez  ", "1");
  assert_client_search (f, ids, "0199", "2");
  assert_client_search (f, ids, "555", "1 2 3 4 5");
  assert_client_search (f, ids, "512-555", "1 2 4");
  assert_client_search (f, ids, "lop 0101", "1");
  /* A number alone is read from the phone index; archived clients stay out. */
  assert_client_search (f, ids, "0101", "1");
  assert_client_search (f, ids, "0101 lop", "1");
  assert_client_search (f, ids, "555 0142", "3");
  assert_client_search (f, ids, "737", "3");
  assert_client_search (f, ids, "0101 0199", "");
  assert_client_search (f, ids, "ruiz ana", "3");
  assert_client_search (f, ids, "pez", "");
  assert_client_search (f, ids, "zzz", "");
  assert_client_search (f, ids, "maria zzz", "");
  assert_client_search (f, ids, "' OR 1=1 --", "");
  /* LIKE wildcards in what people type are only text. */
  assert_client_search (f, ids, "%", "");
  assert_client_search (f, ids, "_", "");
  assert_client_search (f, ids, "L_pez", "");
  assert_client_search (f, ids, "%0101", "");
  assert_client_search (f, ids, "\\", "");

  /* Names match without regard to case or accents, both ways round. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DeskClient) accented = new_client ("José", "Núñez", "2026-02-02");
    const char *searches[] = { "jose nunez", "NÚÑ", "Jose", "núnez josé" };

    desk_test_save (f->store, accented);
    for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
      {
        g_autoptr(GListModel) model = desk_store_search_clients (f->store, searches[i], DESK_CLIENT_SORT_NAME, TRUE, &error);
        g_autoptr(DeskClient) first = NULL;

        g_assert_no_error (error);
        g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
        first = g_list_model_get_item (model, 0);
        g_assert_cmpint (desk_record_get_id (DESK_RECORD (first)), ==, desk_record_get_id (DESK_RECORD (accented)));
      }
  }
}

static int
client_key_compare (DeskClientSort  sort,
                    DeskClient     *a,
                    DeskClient     *b)
{
  int cmp;

  switch (sort)
    {
    case DESK_CLIENT_SORT_NAME:
      cmp = strcmp (desk_client_get_last_name (a), desk_client_get_last_name (b));
      return cmp != 0 ? cmp : strcmp (desk_client_get_first_name (a), desk_client_get_first_name (b));
    case DESK_CLIENT_SORT_PHONE:
      return strcmp (desk_client_get_phone (a), desk_client_get_phone (b));
    case DESK_CLIENT_SORT_LANGUAGE:
      return strcmp (desk_client_get_language (a), desk_client_get_language (b));
    case DESK_CLIENT_SORT_COUNTY:
      return strcmp (desk_client_get_county (a), desk_client_get_county (b));
    case DESK_CLIENT_SORT_OPEN_CASES:
      return desk_client_get_open_cases (a) - desk_client_get_open_cases (b);
    case DESK_CLIENT_SORT_POVERTY:
      return desk_client_get_poverty_percent (a) - desk_client_get_poverty_percent (b);
    case DESK_CLIENT_SORT_INTAKE:
      return strcmp (desk_client_get_intake_date (a), desk_client_get_intake_date (b));
    default:
      g_assert_not_reached ();
    }
}

static void
test_client_sorts (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree gint64 *ids = make_clients (f);

  /* Open cases: Maria Lopez two, Ana Maria Ruiz one, John Marsh a closed one. */
  save_case (f, ids[0], "One", "");
  save_case (f, ids[0], "Two", "");
  save_case (f, ids[2], "Three", "");
  {
    g_autoptr(DeskCase) closed = new_case (ids[3], "63", "Closed", "2026-01-01");
    desk_case_set_status (closed, DESK_CASE_STATUS_CLOSED);
    desk_case_set_closing_code (closed, "A");
    desk_case_set_outcome (closed, DESK_OUTCOME_FAVOURABLE);
    desk_case_set_closed_on (closed, "2026-02-01");
    desk_test_save (f->store, closed);
  }

  for (int sort = DESK_CLIENT_SORT_NAME; sort <= DESK_CLIENT_SORT_INTAKE; sort++)
    for (int ascending = 0; ascending <= 1; ascending++)
      for (int searched = 0; searched <= 1; searched++)
        {
          g_autoptr(GError) error = NULL;
          const char *search = searched ? "512" : NULL;
          g_autoptr(GListModel) model = desk_store_search_clients (f->store, search, sort, ascending, &error);
          g_autofree char *set = NULL;
          g_autoptr(DeskClient) prev = NULL;
          guint n;

          g_assert_no_error (error);
          n = g_list_model_get_n_items (model);
          g_assert_cmpuint (n, ==, searched ? 3 : 5);

          for (guint i = 0; i < n; i++)
            {
              g_autoptr(DeskClient) cur = g_list_model_get_item (model, i);

              g_assert_nonnull (cur);
              if (prev != NULL)
                {
                  int cmp = client_key_compare (sort, prev, cur);
                  if (ascending ? cmp > 0 : cmp < 0)
                    g_error ("client sort %d %s: rows %u and %u are out of order", sort,
                             ascending ? "ascending" : "descending", i - 1, i);
                }
              g_set_object (&prev, cur);
            }
        }

  /* The derived counts themselves. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DeskClient) maria = desk_store_get_client (f->store, ids[0], &error);
    g_autoptr(DeskClient) john = desk_store_get_client (f->store, ids[3], &error);
    g_assert_cmpint (desk_client_get_open_cases (maria), ==, 2);
    g_assert_cmpint (desk_client_get_open_cases (john), ==, 0);
  }
}

static void
check_poverty (Fixture    *f,
               gint64     *ids,
               const char *region,
               gboolean    with_2026,
               gboolean    none)
{
  for (guint i = 0; i < G_N_ELEMENTS (client_specs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DeskClient) client = desk_store_get_client (f->store, ids[i], &error);
      int expected = none ? -1 : expected_percent (&client_specs[i], region, with_2026);

      g_assert_no_error (error);
      if (desk_client_get_poverty_percent (client) != expected)
        g_error ("%s %s, %s: %d%% of poverty, expected %d%%", client_specs[i].first, client_specs[i].last, region,
                 desk_client_get_poverty_percent (client), expected);
    }

  /* Lists carry the same figure as single reads. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) model = desk_store_search_clients (f->store, NULL, DESK_CLIENT_SORT_POVERTY, TRUE, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(DeskClient) client = g_list_model_get_item (model, i);
        for (guint k = 0; k < G_N_ELEMENTS (client_specs); k++)
          if (ids[k] == desk_record_get_id (DESK_RECORD (client)))
            g_assert_cmpint (desk_client_get_poverty_percent (client), ==,
                             none ? -1 : expected_percent (&client_specs[k], region, with_2026));
      }
  }
}

static void
test_poverty_percent (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *ids = make_clients (f);
  DeskGuideline row = { 2026, DESK_REGION_CONTIGUOUS, 1610000, 570000 };

  g_assert_cmpint (desk_store_get_region (f->store), ==, DESK_REGION_CONTIGUOUS);
  check_poverty (f, ids, "contiguous", FALSE, FALSE);

  desk_store_set_region (f->store, DESK_REGION_ALASKA);
  g_assert_cmpint (desk_store_get_region (f->store), ==, DESK_REGION_ALASKA);
  check_poverty (f, ids, "alaska", FALSE, FALSE);

  /* A region without figures has no % of poverty. */
  desk_test_exec (f->store, "DELETE FROM poverty_guidelines WHERE region = 'hawaii'");
  desk_store_set_region (f->store, DESK_REGION_HAWAII);
  check_poverty (f, ids, "hawaii", FALSE, TRUE);

  /* New figures move the clients whose intake year they cover. */
  desk_store_set_region (f->store, DESK_REGION_CONTIGUOUS);
  g_assert_true (desk_store_save_guideline (f->store, &row, &error));
  g_assert_no_error (error);
  check_poverty (f, ids, "contiguous", TRUE, FALSE);
  desk_store_set_region (f->store, DESK_REGION_ALASKA);
  check_poverty (f, ids, "alaska", TRUE, FALSE);

  /* Spot checks of the arithmetic itself: household of 3 at $25,000 in
   * 2026 against 16,100 + 2 × 5,700 = 27,500 → 90.9 %. */
  desk_store_set_region (f->store, DESK_REGION_CONTIGUOUS);
  {
    g_autoptr(DeskClient) maria = desk_store_get_client (f->store, ids[0], &error);
    g_autoptr(DeskClient) john = desk_store_get_client (f->store, ids[3], &error);
    g_assert_cmpint (desk_client_get_poverty_percent (maria), ==, 91);
    /* No income is 0 %, not "unknown". */
    g_assert_cmpint (desk_client_get_poverty_percent (john), ==, 0);
  }
}

static void
test_guidelines (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = desk_store_list_guidelines (f->store, &error);
  g_autoptr(DeskClient) client = new_client ("Ana", "Silva", "2026-03-01");
  DeskEligibilityResult result = { 0 };
  const char *order[] = { "alaska", "contiguous", "hawaii" };

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (published));
  for (guint i = 0; i < rows->len; i++)
    {
      const DeskGuideline *row = &g_array_index (rows, DeskGuideline, i);
      gboolean found = FALSE;

      /* By year, then region. */
      g_assert_cmpint (row->year, ==, 2024 + (int) i / 3);
      g_assert_cmpstr (desk_enum_nick (DESK_TYPE_REGION, row->region), ==, order[i % 3]);
      for (guint k = 0; k < G_N_ELEMENTS (published); k++)
        if (published[k].year == row->year && strcmp (published[k].region, order[i % 3]) == 0)
          {
            g_assert_cmpint (row->first_person_cents, ==, published[k].first * 100);
            g_assert_cmpint (row->each_additional_person_cents, ==, published[k].additional * 100);
            found = TRUE;
          }
      g_assert_true (found);
    }
  g_clear_pointer (&rows, g_array_unref);

  /* A 2026 intake is screened with the 2025 figures until 2026's exist. */
  desk_client_set_household_adults (client, 2);
  desk_client_set_household_children (client, 1);
  desk_client_set_annual_income_cents (client, 3000000);
  g_assert_true (desk_store_screen_client (f->store, client, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result.requested_year, ==, 2026);
  g_assert_cmpint (result.guideline_year, ==, 2025);
  g_assert_true (result.used_fallback_year);
  g_assert_cmpint (result.household_size, ==, 3);
  g_assert_cmpint (result.guideline_cents, ==, (15650 + 2 * 5500) * 100);
  g_assert_cmpint (result.verdict, ==, DESK_ELIGIBLE);

  {
    DeskGuideline row = { 2026, DESK_REGION_CONTIGUOUS, 1600000, 560000 };
    g_assert_true (desk_store_save_guideline (f->store, &row, &error));
    g_assert_no_error (error);
  }
  rows = desk_store_list_guidelines (f->store, &error);
  g_assert_cmpuint (rows->len, ==, 7);
  g_assert_cmpint (g_array_index (rows, DeskGuideline, 6).year, ==, 2026);
  g_assert_cmpint (g_array_index (rows, DeskGuideline, 6).first_person_cents, ==, 1600000);
  g_clear_pointer (&rows, g_array_unref);

  /* Saving the same year and region again replaces the row. */
  {
    DeskGuideline row = { 2026, DESK_REGION_CONTIGUOUS, 1610000, 570000 };
    g_assert_true (desk_store_save_guideline (f->store, &row, &error));
    g_assert_no_error (error);
  }
  rows = desk_store_list_guidelines (f->store, &error);
  g_assert_cmpuint (rows->len, ==, 7);
  g_assert_cmpint (g_array_index (rows, DeskGuideline, 6).first_person_cents, ==, 1610000);
  g_assert_cmpint (g_array_index (rows, DeskGuideline, 6).each_additional_person_cents, ==, 570000);
  g_clear_pointer (&rows, g_array_unref);

  g_assert_true (desk_store_screen_client (f->store, client, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result.guideline_year, ==, 2026);
  g_assert_false (result.used_fallback_year);
  g_assert_cmpint (result.guideline_cents, ==, 1610000 + 2 * 570000);

  /* Other regions still fall back. */
  desk_store_set_region (f->store, DESK_REGION_HAWAII);
  g_assert_true (desk_store_screen_client (f->store, client, &result, &error));
  g_assert_cmpint (result.guideline_year, ==, 2025);
  g_assert_true (result.used_fallback_year);
  g_assert_cmpint (result.guideline_cents, ==, (17990 + 2 * 6330) * 100);
  g_assert_cmpint (result.region, ==, DESK_REGION_HAWAII);

  /* Invalid rows are refused and change nothing. */
  {
    const struct { DeskGuideline row; const char *field; } bad[] = {
      { { 1800, DESK_REGION_CONTIGUOUS, 1000000, 500000 }, "year" },
      { { 2027, (DeskRegion) 7, 1000000, 500000 }, "region" },
      { { 2027, DESK_REGION_ALASKA, 0, 500000 }, "first-person-cents" },
      { { 2027, DESK_REGION_ALASKA, 1000000, -1 }, "each-additional-person-cents" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_assert_false (desk_store_save_guideline (f->store, &bad[i].row, &error));
        g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
        g_assert_cmpstr (desk_error_get_field (error), ==, bad[i].field);
        g_clear_error (&error);
      }
  }
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM poverty_guidelines"), ==, 7);

  /* Each save was audited. */
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'poverty-guideline' "
                                 "AND action = 'save' AND entity_id = 2026 AND fields LIKE '%contiguous%'"), ==, 2);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE fields LIKE '%1610000%'"), ==, 1);
}

/* ---- reference code lists ---------------------------------------------------- */

static GPtrArray *
read_csv (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", name, NULL);
  g_autofree char *text = NULL;
  gsize length;
  GPtrArray *rows;

  g_assert_true (g_file_get_contents (path, &text, &length, &error));
  g_assert_no_error (error);
  rows = desk_csv_parse (text, length, &error);
  g_assert_no_error (error);
  g_ptr_array_remove_index (rows, 0);  /* the header */
  return rows;
}

static void
test_codes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problem_rows = read_csv ("lsc-problem-codes.csv");
  g_autoptr(GPtrArray) closing_rows = read_csv ("lsc-closing-codes.csv");
  g_autoptr(GListModel) problems = desk_store_list_problem_codes (f->store, &error);
  g_autoptr(GListModel) closings = NULL;
  g_auto(GStrv) categories = NULL;
  g_autoptr(GHashTable) distinct = g_hash_table_new (g_str_hash, g_str_equal);
  const char *closing_order[] = { "A", "B", "F", "G", "H", "IA", "IB", "IC", "K", "L" };

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, problem_rows->len);
  g_assert_cmpuint (problem_rows->len, >, 60);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(DeskCode) code = g_list_model_get_item (problems, i);
      g_autofree char *label = NULL;
      gboolean found = FALSE;

      for (guint k = 0; k < problem_rows->len; k++)
        {
          char **row = g_ptr_array_index (problem_rows, k);
          if (strcmp (row[0], desk_code_get_code (code)) == 0)
            {
              g_assert_cmpstr (desk_code_get_category (code), ==, row[1]);
              g_assert_cmpstr (desk_code_get_name (code), ==, row[2]);
              found = TRUE;
            }
        }
      g_assert_true (found);
      label = g_strdup_printf ("%s · %s", desk_code_get_code (code), desk_code_get_name (code));
      g_assert_cmpstr (desk_code_get_label (code), ==, label);
      g_hash_table_add (distinct, (gpointer) desk_code_get_category (code));

      /* By category, then code. */
      if (i > 0)
        {
          g_autoptr(DeskCode) prev = g_list_model_get_item (problems, i - 1);
          int cmp = strcmp (desk_code_get_category (prev), desk_code_get_category (code));
          g_assert_true (cmp < 0 || (cmp == 0 && strcmp (desk_code_get_code (prev), desk_code_get_code (code)) < 0));
        }
    }
  {
    g_autoptr(DeskCode) code = g_list_model_get_item (problems, 0);
    g_assert_cmpstr (desk_code_get_code (code), ==, "01");
    g_assert_cmpstr (desk_code_get_category (code), ==, "Consumer/Finance");
  }

  closings = desk_store_list_closing_codes (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (closings), ==, closing_rows->len);
  g_assert_cmpuint (g_list_model_get_n_items (closings), ==, G_N_ELEMENTS (closing_order));
  for (guint i = 0; i < G_N_ELEMENTS (closing_order); i++)
    {
      g_autoptr(DeskCode) code = g_list_model_get_item (closings, i);
      g_assert_cmpstr (desk_code_get_code (code), ==, closing_order[i]);
      for (guint k = 0; k < closing_rows->len; k++)
        {
          char **row = g_ptr_array_index (closing_rows, k);
          if (strcmp (row[0], closing_order[i]) == 0)
            {
              g_assert_cmpstr (desk_code_get_name (code), ==, row[1]);
              g_assert_cmpstr (desk_code_get_category (code), ==, row[2]);
            }
        }
      g_assert_cmpuint (strlen (desk_code_get_category (code)), >, 0);
    }

  categories = desk_store_list_categories (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (categories), ==, g_hash_table_size (distinct));
  g_assert_cmpuint (g_strv_length (categories), ==, 10);
  g_assert_true (g_strv_contains ((const char * const *) categories, "Housing"));
  for (guint i = 1; categories[i] != NULL; i++)
    g_assert_cmpint (strcmp (categories[i - 1], categories[i]), <, 0);
  g_assert_cmpstr (categories[0], ==, "Consumer/Finance");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/case-work/deadlines", test_deadlines);
  ADD ("/case-work/deadline-validation", test_deadline_validation);
  ADD ("/case-work/notes", test_notes);
  ADD ("/case-work/time-entries", test_time_entries);
  ADD ("/case-work/upcoming", test_upcoming);
  ADD ("/case-work/documents", test_documents);
  ADD ("/case-work/search", test_search);
  ADD ("/case-work/filters", test_filters);
  ADD ("/case-work/sort-orders", test_sort_orders);
  ADD ("/case-work/query-validate", test_query_validate);
  ADD ("/case-work/search-clients", test_search_clients);
  ADD ("/case-work/client-sorts", test_client_sorts);
  ADD ("/case-work/poverty-percent", test_poverty_percent);
  ADD ("/case-work/guidelines", test_guidelines);
  ADD ("/case-work/codes", test_codes);
#undef ADD

  return g_test_run ();
}
