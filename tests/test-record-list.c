/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "desk-demo.h"
#include "desk-record-list.h"
#include "desk-store.h"
#include "desk-test.h"

#define N_CLIENTS 300
#define N_CASES   2000

typedef DeskTestStore Fixture;

/* A small deterministic generator so the data differ but never change. */
static guint32
next_random (guint32 *state)
{
  *state ^= *state << 13;
  *state ^= *state >> 17;
  *state ^= *state << 5;
  return *state;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  static const char *codes[] = { "63", "61", "32", "30", "01", "71" };
  static const DeskCaseStatus statuses[] = {
    DESK_CASE_STATUS_INTAKE, DESK_CASE_STATUS_OPEN, DESK_CASE_STATUS_OPEN, DESK_CASE_STATUS_REJECTED,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) clients = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  guint32 state = 2463534242u;

  desk_test_store_open (f, "desk-list");

  for (guint i = 0; i < N_CLIENTS; i++)
    {
      DeskClient *client = desk_client_new ();
      g_autofree char *last = g_strdup_printf ("Zed%03u", next_random (&state) % 1000);

      desk_client_set_first_name (client, "Client");
      desk_client_set_last_name (client, last);
      desk_client_set_intake_date (client, "2024-01-01");
      g_ptr_array_add (clients, client);
    }
  g_assert_true (desk_store_insert_batch (f->store, clients, "test", &error));
  g_assert_no_error (error);

  for (guint i = 0; i < N_CASES; i++)
    {
      DeskCase *kase = desk_case_new ();
      g_autofree char *opened = g_strdup_printf ("202%u-%02u-%02u", 4 + next_random (&state) % 2,
                                                 1 + next_random (&state) % 12, 1 + next_random (&state) % 28);

      desk_case_set_client_id (kase, 1 + next_random (&state) % N_CLIENTS);
      desk_case_set_problem_code (kase, codes[next_random (&state) % G_N_ELEMENTS (codes)]);
      desk_case_set_title (kase, "Matter");
      desk_case_set_opened_on (kase, opened);
      desk_case_set_status (kase, statuses[next_random (&state) % G_N_ELEMENTS (statuses)]);
      if (desk_case_get_status (kase) == DESK_CASE_STATUS_REJECTED)
        desk_case_set_rejection_reason (kase, DESK_REJECTION_OVER_INCOME);
      g_ptr_array_add (cases, kase);
    }
  g_assert_true (desk_store_insert_batch (f->store, cases, "test", &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  desk_test_store_close (f);
}

/* Every case, read one by one: the reference the lazy list must agree with. */
static GPtrArray *
all_cases (Fixture *f)
{
  GPtrArray *cases = g_ptr_array_new_with_free_func (g_object_unref);

  for (gint64 id = 1; id <= N_CASES; id++)
    {
      g_autoptr(GError) error = NULL;
      DeskCase *kase = desk_store_get_case (f->store, id, &error);

      g_assert_no_error (error);
      if (!desk_record_get_archived (DESK_RECORD (kase)))
        g_ptr_array_add (cases, kase);
      else
        g_object_unref (kase);
    }
  return cases;
}

static int
by_opened_desc (gconstpointer a,
                gconstpointer b)
{
  DeskCase *x = *(DeskCase **) a;
  DeskCase *y = *(DeskCase **) b;
  int order = strcmp (desk_case_get_opened_on (y), desk_case_get_opened_on (x));

  if (order != 0)
    return order;
  return desk_record_get_id (DESK_RECORD (y)) < desk_record_get_id (DESK_RECORD (x)) ? -1 : 1;
}

static int
by_client_asc (gconstpointer a,
               gconstpointer b)
{
  DeskCase *x = *(DeskCase **) a;
  DeskCase *y = *(DeskCase **) b;
  /* client-name is "first last" and every first name is "Client". */
  int order = strcmp (desk_case_get_client_name (x), desk_case_get_client_name (y));

  if (order != 0)
    return order;
  return desk_record_get_id (DESK_RECORD (x)) < desk_record_get_id (DESK_RECORD (y)) ? -1 : 1;
}

static void
assert_same_order (GListModel *model,
                   GPtrArray  *expected)
{
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, expected->len);

  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(DeskCase) item = g_list_model_get_item (model, i);

      g_assert_nonnull (item);
      g_assert_cmpint (desk_record_get_id (DESK_RECORD (item)), ==,
                       desk_record_get_id (g_ptr_array_index (expected, i)));
    }
}

static void
test_default_order (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = desk_store_list_cases (f->store, NULL, &error);
  g_autoptr(GPtrArray) expected = all_cases (f);

  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (model) == DESK_TYPE_CASE);
  g_ptr_array_sort (expected, by_opened_desc);
  assert_same_order (model, expected);

  /* Past the end there is nothing. */
  g_assert_null (g_list_model_get_item (model, N_CASES));
}

static void
test_sort_and_filter (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reference = all_cases (f);
  g_autoptr(GPtrArray) open_cases = g_ptr_array_new ();
  g_autoptr(GListModel) by_client = NULL;
  g_autoptr(GListModel) open_model = NULL;
  DeskCaseQuery query;

  desk_case_query_init (&query);
  query.sort = DESK_CASE_SORT_CLIENT;
  query.ascending = TRUE;
  by_client = desk_store_list_cases (f->store, &query, &error);
  g_assert_no_error (error);
  g_ptr_array_sort (reference, by_client_asc);
  assert_same_order (by_client, reference);

  for (guint i = 0; i < reference->len; i++)
    if (desk_case_get_status (g_ptr_array_index (reference, i)) == DESK_CASE_STATUS_OPEN)
      g_ptr_array_add (open_cases, g_ptr_array_index (reference, i));
  g_ptr_array_sort (open_cases, by_opened_desc);

  desk_case_query_init (&query);
  query.status = DESK_CASE_STATUS_OPEN;
  open_model = desk_store_list_cases (f->store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open_cases->len, >, 100);
  assert_same_order (open_model, open_cases);
}

static void
test_random_access_and_cache (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = desk_store_list_cases (f->store, NULL, &error);
  DeskRecordList *list = DESK_RECORD_LIST (model);
  guint positions[] = { 1999, 0, 1000, 1, 1998, 1000 };
  g_autoptr(DeskCase) first = NULL;
  g_autoptr(DeskCase) again = NULL;

  g_assert_no_error (error);
  /* Nothing is built before it is asked for. */
  g_assert_cmpuint (desk_record_list_get_cached (list), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    {
      g_autoptr(DeskCase) item = g_list_model_get_item (model, positions[i]);
      g_assert_cmpint (desk_record_get_id (DESK_RECORD (item)), ==, desk_record_list_get_id (list, positions[i]));
      g_assert_cmpuint (desk_record_list_find (list, desk_record_get_id (DESK_RECORD (item))), ==, positions[i]);
    }
  g_assert_cmpuint (desk_record_list_get_cached (list), ==, 5);

  /* A cached row is the same object. */
  first = g_list_model_get_item (model, 1000);
  again = g_list_model_get_item (model, 1000);
  g_assert_true (first == again);

  /* Walking the whole list keeps the cache bounded. */
  for (guint i = 0; i < N_CASES; i++)
    g_object_unref (g_list_model_get_item (model, i));
  g_assert_cmpuint (desk_record_list_get_cached (list), <=, 512);
  g_assert_cmpuint (desk_record_list_find (list, 999999), ==, G_MAXUINT);
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint calls;
} ItemsChanged;

static void
on_items_changed (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *record)
{
  record->position = position;
  record->removed = removed;
  record->added = added;
  record->calls++;
}

static void
test_follows_store (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = desk_store_list_cases (f->store, NULL, &error);
  g_autoptr(DeskCase) newest = desk_case_new ();
  g_autoptr(DeskCase) shown = NULL;
  g_autoptr(DeskCase) refreshed = NULL;
  g_autoptr(DeskClient) client = NULL;
  ItemsChanged changes = { 0 };
  guint position;

  g_assert_no_error (error);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &changes);

  /* A new case opened today sorts first: one row added at the top. */
  desk_case_set_client_id (newest, 1);
  desk_case_set_problem_code (newest, "63");
  desk_case_set_title (newest, "Newest matter");
  g_assert_true (desk_store_save (f->store, DESK_RECORD (newest), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_CASES + 1);

  /* Archiving a row in the middle removes just that row. */
  position = 700;
  shown = g_list_model_get_item (model, position);
  g_assert_true (desk_store_archive (f->store, DESK_RECORD (shown), &error));
  g_assert_cmpuint (changes.calls, ==, 2);
  g_assert_cmpuint (changes.position, ==, position);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 0);
  g_assert_cmpuint (desk_record_list_find (DESK_RECORD_LIST (model), desk_record_get_id (DESK_RECORD (shown))), ==, G_MAXUINT);

  /* Renaming a client refreshes the rows on screen that show the name. */
  g_clear_object (&shown);
  shown = g_list_model_get_item (model, 10);
  client = desk_store_get_client (f->store, desk_case_get_client_id (shown), &error);
  desk_client_set_last_name (client, "Renamed");
  g_assert_true (desk_store_save (f->store, DESK_RECORD (client), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.calls, >=, 3);
  refreshed = g_list_model_get_item (model, 10);
  g_assert_true (refreshed != shown);
  g_assert_cmpstr (desk_case_get_client_name (refreshed), ==, "Client Renamed");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_CASES);
}


/* A case saved in place (same position) still reaches the row on screen,
 * and one that leaves the upcoming deadlines takes its deadlines along. */
static void
test_update_in_place_and_related (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cases = desk_store_list_cases (f->store, NULL, &error);
  g_autoptr(GListModel) upcoming = NULL;
  g_autoptr(DeskCase) kase = NULL;
  g_autoptr(DeskCase) row = NULL;
  g_autoptr(DeskDeadline) deadline = desk_deadline_new ();
  ItemsChanged changes = { 0 };
  guint position;

  g_assert_no_error (error);
  kase = g_list_model_get_item (cases, 5);
  position = 5;
  g_signal_connect (cases, "items-changed", G_CALLBACK (on_items_changed), &changes);

  /* Only the title changes: the order is the same, yet the row is told. */
  desk_case_set_title (kase, "Retitled matter");
  desk_test_save (f->store, kase);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, position);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);
  row = g_list_model_get_item (cases, position);
  g_assert_cmpstr (desk_case_get_title (row), ==, "Retitled matter");

  /* An open deadline of an open case is upcoming … */
  desk_case_set_status (kase, DESK_CASE_STATUS_OPEN);
  desk_test_save (f->store, kase);
  desk_deadline_set_case_id (deadline, desk_record_get_id (DESK_RECORD (kase)));
  desk_deadline_set_due_on (deadline, "2026-06-10");
  desk_deadline_set_description (deadline, "Answer due");
  desk_test_save (f->store, deadline);
  upcoming = desk_store_list_upcoming_deadlines (f->store, "2026-06-15", 14, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (upcoming), ==, 1);

  /* … and closing the case takes it off, with no change to the deadline. */
  desk_case_set_status (kase, DESK_CASE_STATUS_CLOSED);
  desk_case_set_closing_code (kase, "A");
  desk_case_set_outcome (kase, DESK_OUTCOME_FAVOURABLE);
  desk_case_set_closed_on (kase, "2026-06-15");
  desk_test_save (f->store, kase);
  g_assert_cmpuint (g_list_model_get_n_items (upcoming), ==, 0);
}

/* A row whose record went away behind the list's back still has an item. */
static void
test_vanished_row (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cases = desk_store_list_cases (f->store, NULL, &error);
  g_autoptr(DeskCase) item = NULL;
  gint64 id;

  g_assert_no_error (error);
  id = desk_record_list_get_id (DESK_RECORD_LIST (cases), 3);
  /* Another program's write: no change signal reaches this list. */
  {
    g_autofree char *sql = g_strdup_printf ("DELETE FROM cases WHERE id = %" G_GINT64_FORMAT, id);
    desk_test_exec (f->store, sql);
  }

  item = g_list_model_get_item (cases, 3);
  g_assert_nonnull (item);
  g_assert_true (DESK_IS_CASE (item));
  g_assert_cmpint (desk_record_get_id (DESK_RECORD (item)), ==, id);
  g_assert_null (g_list_model_get_item (cases, g_list_model_get_n_items (cases)));
}

/* Handlers of changed::deadline hear only about deadlines. */
static void
count_call (DeskStore  *store,
            const char *entity,
            gint64      id,
            int         kind,
            guint      *calls)
{
  g_assert_cmpstr (entity, ==, "deadline");
  (*calls)++;
}

static void
test_detailed_signal (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskCase) kase = desk_store_get_case (f->store, 1, &error);
  g_autoptr(DeskDeadline) deadline = desk_deadline_new ();
  guint calls = 0;

  g_assert_no_error (error);
  g_signal_connect (f->store, "changed::deadline", G_CALLBACK (count_call), &calls);

  desk_case_set_title (kase, "Another title");
  desk_test_save (f->store, kase);
  g_assert_cmpuint (calls, ==, 0);

  desk_deadline_set_case_id (deadline, 1);
  desk_deadline_set_due_on (deadline, "2026-07-01");
  desk_test_save (f->store, deadline);
  g_assert_cmpuint (calls, ==, 1);
}

/* ---- a 10,000-case demo clinic against brute force ------------------------ */

typedef gboolean (*CaseFilter) (DeskCase *kase, gconstpointer data);

static gboolean
has_status (DeskCase      *kase,
            gconstpointer  data)
{
  return (int) desk_case_get_status (kase) == GPOINTER_TO_INT (data);
}

static gboolean
in_category (DeskCase      *kase,
             gconstpointer  data)
{
  return g_strcmp0 (desk_case_get_problem_category (kase), data) == 0;
}

static gboolean
opened_in_2025 (DeskCase      *kase,
                gconstpointer  data)
{
  return g_str_has_prefix (desk_case_get_opened_on (kase), "2025-");
}

static int
by_number_asc (gconstpointer a,
               gconstpointer b)
{
  return strcmp (desk_case_get_case_number (*(DeskCase **) a), desk_case_get_case_number (*(DeskCase **) b));
}

static void
assert_query_matches (DeskStore           *store,
                      GPtrArray           *reference,
                      const DeskCaseQuery *query,
                      CaseFilter           filter,
                      gconstpointer        filter_data,
                      GCompareFunc         order)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = desk_store_list_cases (store, query, &error);
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();

  g_assert_no_error (error);
  for (guint i = 0; i < reference->len; i++)
    if (filter == NULL || filter (g_ptr_array_index (reference, i), filter_data))
      g_ptr_array_add (expected, g_ptr_array_index (reference, i));
  g_ptr_array_sort (expected, order);

  g_assert_cmpuint (expected->len, >, 0);
  assert_same_order (model, expected);
}

static void
test_demo_clinic (void)
{
  g_autoptr(GError) error = NULL;
  DeskTestStore test = { 0 };
  DeskStore *store;
  g_autoptr(GPtrArray) reference = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) everything = NULL;
  DeskDemoOptions options = { .n_cases = 10000, .seed = 42 };
  DeskCaseQuery query;

  desk_test_store_open (&test, "desk-list-demo");
  store = test.store;
  g_assert_true (desk_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* The reference: every case read on its own, filtered and sorted in C. */
  everything = desk_store_list_cases (store, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (everything), ==, 10000);
  for (gint64 id = 1; id <= 10000; id++)
    {
      DeskCase *kase = desk_store_get_case (store, id, &error);
      g_assert_no_error (error);
      g_ptr_array_add (reference, kase);
    }

  desk_case_query_init (&query);
  assert_query_matches (store, reference, &query, NULL, NULL, by_opened_desc);

  query.status = DESK_CASE_STATUS_CLOSED;
  assert_query_matches (store, reference, &query, has_status, GINT_TO_POINTER (DESK_CASE_STATUS_CLOSED), by_opened_desc);

  desk_case_query_init (&query);
  query.category = (char *) "Family";
  query.sort = DESK_CASE_SORT_NUMBER;
  query.ascending = TRUE;
  assert_query_matches (store, reference, &query, in_category, "Family", by_number_asc);

  desk_case_query_init (&query);
  query.opened_from = (char *) "2025-01-01";
  query.opened_to = (char *) "2025-12-31";
  assert_query_matches (store, reference, &query, opened_in_2025, NULL, by_opened_desc);

  /* Random positions read the same objects as the reference. */
  for (guint i = 0; i < 50; i++)
    {
      guint position = (i * 7919) % 10000;
      g_autoptr(DeskCase) item = g_list_model_get_item (everything, position);

      g_assert_cmpint (desk_record_list_get_id (DESK_RECORD_LIST (everything), position), ==,
                       desk_record_get_id (DESK_RECORD (item)));
    }

  g_clear_object (&everything);
  desk_test_store_close (&test);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/record-list/default-order", test_default_order);
  ADD ("/record-list/sort-and-filter", test_sort_and_filter);
  ADD ("/record-list/random-access-and-cache", test_random_access_and_cache);
  ADD ("/record-list/follows-store", test_follows_store);
  ADD ("/record-list/update-in-place-and-related", test_update_in_place_and_related);
  ADD ("/record-list/vanished-row", test_vanished_row);
  ADD ("/record-list/detailed-signal", test_detailed_signal);
#undef ADD
  g_test_add_func ("/record-list/demo-clinic", test_demo_clinic);

  return g_test_run ();
}
