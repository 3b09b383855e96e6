/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The case list, its filters and the case editor, built for real under
 * Xvfb and driven through their actions and widgets.  Every step is checked
 * in the store, and each state is saved as a PNG into the build folder. */
#define G_LOG_DOMAIN "test-ui-cases"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sqlite3.h>

#include "desk-application.h"
#include "desk-case-editor.h"
#include "desk-case-filters.h"
#include "desk-client-editor.h"
#include "desk-cases-page.h"
#include "desk-column.h"
#include "desk-conflict-window.h"
#include "desk-record-list.h"
#include "desk-record-picker.h"
#include "desk-store.h"
#include "desk-ui-test.h"
#include "desk-undo-bar.h"
#include "desk-window.h"

static DeskApplication *app;
static char *tmpdir;
static char *db_path;
static char *documents_dir;

static gint64 rivera_id;
static gint64 lee_id;
static gint64 kowalski_id;
static gint64 chen_id;
static gint64 adams_id;

/* The case the editor test makes, for the list tests after it. */
static gint64 new_case_id;
static char *new_case_number;

#define TEMPLATE_CHILD(widget, type, name) \
  ((gpointer) gtk_widget_get_template_child (GTK_WIDGET (widget), type, name))
#define EDITOR_CHILD(editor, name) TEMPLATE_CHILD (editor, DESK_TYPE_CASE_EDITOR, name)

/* ---- helpers --------------------------------------------------------------- */

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Runs the main loop until @check (@data) holds, for at most 10 s. */
static void
wait_for (gboolean (*check) (gpointer data),
          gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!check (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
wait_ms (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static DeskStore *
window_store (void)
{
  return desk_window_get_store (desk_application_get_window (app));
}

static DeskCasesPage *
cases_page (void)
{
  return DESK_CASES_PAGE (desk_window_get_page_widget (desk_application_get_window (app), "cases"));
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static DeskCaseEditor *
find_new_editor (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (const GList *iter = toplevels; iter != NULL; iter = iter->next)
    if (DESK_IS_CASE_EDITOR (iter->data) &&
        desk_record_get_id (DESK_RECORD (desk_case_editor_get_case (iter->data))) == 0)
      return iter->data;

  return NULL;
}

static gint64
count_audit (const char *entity,
             gint64      entity_id,
             const char *action)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM audit_log WHERE entity = ?1 AND entity_id = ?2 AND action = ?3",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, entity, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, entity_id);
  sqlite3_bind_text (stmt, 3, action, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return count;
}

/* The editor with @child (a dialog of it) drawn in its middle, as the
 * person sees them. */
static void
save_png_over (GtkWidget  *parent,
               GtkWidget  *child,
               const char *name)
{
  g_autoptr(GdkPaintable) parent_paintable = gtk_widget_paintable_new (parent);
  g_autoptr(GdkPaintable) child_paintable = gtk_widget_paintable_new (child);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  const char *dir = g_getenv ("G_TEST_BUILDDIR");
  int width = gtk_widget_get_width (parent);
  int height = gtk_widget_get_height (parent);
  int child_width = gtk_widget_get_width (child);
  int child_height = gtk_widget_get_height (child);
  graphene_rect_t bounds;
  GdkRGBA shade = { 0, 0, 0, 0.3f };

  gdk_paintable_snapshot (parent_paintable, snapshot, width, height);
  graphene_rect_init (&bounds, 0, 0, width, height);
  gtk_snapshot_append_color (snapshot, &shade, &bounds);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (MAX (0, (width - child_width) / 2),
                                                          MAX (0, (height - child_height) / 2)));
  gdk_paintable_snapshot (child_paintable, snapshot, child_width, child_height);
  gtk_snapshot_restore (snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (parent)), node, &bounds);
  path = g_build_filename (dir != NULL ? dir : ".", name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
}

typedef struct
{
  GListModel *model;
  guint       n_items;
} CountCheck;

static gboolean
has_n_items (gpointer data)
{
  CountCheck *check = data;

  return check->model != NULL && g_list_model_get_n_items (check->model) == check->n_items;
}

/* Opens @picker, types @search and chooses the first record found. */
static void
pick (DeskRecordPicker *picker,
      const char       *search,
      const char       *png)
{
  CountCheck check = { 0 };

  desk_record_picker_popup (picker);
  desk_test_wait_until_drawn (GTK_WIDGET (desk_record_picker_get_popover (picker)));
  gtk_editable_set_text (desk_record_picker_get_search_entry (picker), search);

  /* search-changed comes after GtkSearchEntry's short delay. */
  wait_ms (300);
  check.model = desk_record_picker_get_results (picker);
  check.n_items = 1;
  wait_for (has_n_items, &check);
  check.model = desk_record_picker_get_results (picker);
  g_assert_cmpuint (g_list_model_get_n_items (check.model), ==, 1);

  if (png != NULL)
    {
      desk_test_wait_until_drawn (GTK_WIDGET (desk_record_picker_get_popover (picker)));
      desk_test_save_png_with_popover (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (picker))),
                                       GTK_WIDGET (desk_record_picker_get_popover (picker)), png);
    }

  g_assert_true (desk_record_picker_choose (picker, 0));
  iterate ();
}

static guint
find_code_position (GtkDropDown *drop_down,
                    const char  *code)
{
  GListModel *model = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeskCode) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (desk_code_get_code (item), code) == 0)
        return i;
    }

  g_assert_not_reached ();
  return GTK_INVALID_LIST_POSITION;
}

static void
click (gpointer button)
{
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  iterate ();
}

static void
show_editor_page (DeskCaseEditor *editor,
                  const char     *page,
                  const char     *png)
{
  desk_case_editor_set_page (editor, page);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_cmpstr (desk_case_editor_get_page (editor), ==, page);
  if (png != NULL)
    desk_test_save_png (GTK_WIDGET (editor), png);
}

static guint
row_of_case (gint64 id)
{
  GtkColumnView *view = desk_cases_page_get_column_view (cases_page ());
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
  GListModel *model = gtk_single_selection_get_model (selection);

  g_assert_true (DESK_IS_RECORD_LIST (model));
  return desk_record_list_find (DESK_RECORD_LIST (model), id);
}

static char *
cell (guint column,
      guint row)
{
  return desk_test_cell_text (desk_cases_page_get_column_view (cases_page ()), column, row);
}

/* ---- the database --------------------------------------------------------- */

static gint64
add_client (DeskStore  *store,
            const char *first,
            const char *last,
            const char *phone)
{
  g_autoptr(DeskClient) client = desk_client_new ();
  g_autoptr(GError) error = NULL;

  desk_client_set_first_name (client, first);
  desk_client_set_last_name (client, last);
  desk_client_set_phone (client, phone);
  g_assert_true (desk_store_save (store, DESK_RECORD (client), &error));
  g_assert_no_error (error);

  return desk_record_get_id (DESK_RECORD (client));
}

static gint64
add_volunteer (DeskStore         *store,
               const char        *first,
               const char        *last,
               DeskVolunteerRole  role,
               gboolean           is_mentor)
{
  g_autoptr(DeskVolunteer) volunteer = desk_volunteer_new ();
  g_autoptr(GError) error = NULL;

  desk_volunteer_set_first_name (volunteer, first);
  desk_volunteer_set_last_name (volunteer, last);
  desk_volunteer_set_role (volunteer, role);
  desk_volunteer_set_is_mentor (volunteer, is_mentor);
  g_assert_true (desk_store_save (store, DESK_RECORD (volunteer), &error));
  g_assert_no_error (error);

  return desk_record_get_id (DESK_RECORD (volunteer));
}

static void
add_case (DeskStore      *store,
          gint64          client_id,
          const char     *problem_code,
          const char     *title,
          const char     *opened_on,
          DeskCaseStatus  status,
          gint64          volunteer_id)
{
  g_autoptr(DeskCase) kase = desk_case_new ();
  g_autoptr(GError) error = NULL;

  desk_case_set_client_id (kase, client_id);
  desk_case_set_problem_code (kase, problem_code);
  desk_case_set_title (kase, title);
  desk_case_set_opened_on (kase, opened_on);
  desk_case_set_status (kase, status);
  desk_case_set_volunteer_id (kase, volunteer_id);
  g_assert_true (desk_store_save (store, DESK_RECORD (kase), &error));
  g_assert_no_error (error);
}

static void
seed_database (void)
{
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = desk_store_open (db_path, &error);
  g_assert_no_error (error);

  rivera_id = add_client (store, "Ana", "Rivera", "(512) 555-0134");
  lee_id = add_client (store, "Marcus", "Lee", "512-555-0188");
  /* Soon to be named, nearly, as the other side of a new case. */
  kowalski_id = add_client (store, "Robert", "Kowalski", "(737) 555-0102");

  chen_id = add_volunteer (store, "Margaret", "Chen", DESK_VOLUNTEER_ATTORNEY, TRUE);
  adams_id = add_volunteer (store, "Jordan", "Adams", DESK_VOLUNTEER_LAW_STUDENT, FALSE);

  add_case (store, lee_id, "31", "Custody modification", "2026-04-20", DESK_CASE_STATUS_PLACED, adams_id);
  add_case (store, kowalski_id, "22", "Unpaid overtime", "2026-05-10", DESK_CASE_STATUS_OPEN, 0);
}

/* ---- tests ---------------------------------------------------------------- */

static gboolean
editor_appeared (gpointer data)
{
  return find_new_editor () != NULL;
}

static DeskClientEditor *
client_editor_of (DeskCaseEditor *editor)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (const GList *iter = toplevels; iter != NULL; iter = iter->next)
    if (DESK_IS_CLIENT_EDITOR (iter->data) &&
        gtk_window_get_transient_for (iter->data) == GTK_WINDOW (editor) &&
        gtk_widget_get_visible (iter->data))
      return iter->data;

  return NULL;
}

static gboolean
client_editor_open (gpointer data)
{
  return client_editor_of (data) != NULL;
}

static gboolean
client_picked (gpointer data)
{
  return desk_record_picker_get_record_id (EDITOR_CHILD (data, "client_picker")) > 0 &&
         client_editor_of (data) == NULL;
}

static gboolean
conflict_window_shown (gpointer data)
{
  DeskConflictWindow *conflict = desk_conflict_window_get_for_parent (data);

  return conflict != NULL && gtk_widget_get_mapped (GTK_WIDGET (conflict));
}

static void
test_case_editor (void)
{
  DeskWindow *window = desk_application_get_window (app);
  DeskStore *store = window_store ();
  DeskCaseEditor *editor;
  DeskConflictWindow *conflict;
  GPtrArray *hits;
  g_autoptr(DeskCase) stored = NULL;
  g_autoptr(GPtrArray) parties = NULL;
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(GListModel) notes = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *lease = NULL;
  g_autofree char *copied = NULL;
  GtkWidget *label;
  GtkWidget *button;
  gboolean found = FALSE;
  guint row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "cases"));
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (desk_cases_page_get_count_text (cases_page ()), ==, "2 cases");
  text = desk_test_column_titles (desk_cases_page_get_column_view (cases_page ()));
  g_assert_cmpstr (text, ==, "Case number|Client|LSC problem|Status|Priority|Volunteer|Mentor|Opened|Next deadline");
  g_clear_pointer (&text, g_free);
  desk_test_save_png (GTK_WIDGET (window), "ui-cases-list.png");

  /* Ctrl+N on the case list: a new case. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  wait_for (editor_appeared, NULL);
  editor = find_new_editor ();
  desk_case_editor_set_documents_dir (editor, documents_dir);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Case");
  g_assert_false (desk_case_editor_get_can_save (editor));
  g_assert_cmpstr (desk_case_editor_get_error_field (editor), ==, "client-id");
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "Choose the client this case is for."));
  /* Only the details until the case exists. */
  g_assert_false (gtk_stack_page_get_visible (gtk_stack_get_page (EDITOR_CHILD (editor, "stack"),
                                                                   gtk_stack_get_child_by_name (EDITOR_CHILD (editor, "stack"), "notes"))));
  desk_test_save_png (GTK_WIDGET (editor), "ui-case-editor-new.png");

  /* "New Client…" in the picker: intake in the client editor, and the new
   * client becomes the case's. */
  g_signal_emit_by_name (EDITOR_CHILD (editor, "client_picker"), "new-requested");
  wait_for (client_editor_open, editor);
  {
    DeskClientEditor *client_editor = client_editor_of (editor);

    gtk_editable_set_text (TEMPLATE_CHILD (client_editor, DESK_TYPE_CLIENT_EDITOR, "first_name_entry"), "Teresa");
    gtk_editable_set_text (TEMPLATE_CHILD (client_editor, DESK_TYPE_CLIENT_EDITOR, "last_name_entry"), "Okonkwo");
    iterate ();
    g_assert_true (desk_client_editor_get_can_save (client_editor));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (client_editor), "editor.save", NULL));
  }
  wait_for (client_picked, editor);
  g_assert_cmpstr (desk_record_picker_get_text (EDITOR_CHILD (editor, "client_picker")), ==, "Teresa Okonkwo");
  g_assert_cmpstr (desk_case_editor_get_error_field (editor), ==, "problem-code");

  pick (EDITOR_CHILD (editor, "client_picker"), "Rivera", "ui-case-editor-client-picker.png");
  g_assert_cmpint (desk_record_picker_get_record_id (EDITOR_CHILD (editor, "client_picker")), ==, rivera_id);
  g_assert_cmpstr (desk_case_editor_get_error_field (editor), ==, "problem-code");

  /* The problem codes: a long list, searchable, each row with its category. */
  {
    GtkWidget *drop_down = EDITOR_CHILD (editor, "problem_drop_down");
    GtkWidget *popover;
    GtkWidget *search;

    g_signal_emit_by_name (drop_down, "activate");
    popover = desk_test_find_widget (drop_down, GTK_TYPE_POPOVER);
    g_assert_nonnull (popover);
    desk_test_wait_until_drawn (popover);
    g_assert_true (gtk_widget_get_mapped (popover));
    search = desk_test_find_widget (popover, GTK_TYPE_SEARCH_ENTRY);
    g_assert_nonnull (search);
    gtk_editable_set_text (GTK_EDITABLE (search), "6");
    wait_ms (300);
    desk_test_wait_until_drawn (popover);
    g_assert_true (desk_test_shows_label (popover, "63 · Private Landlord/Tenant"));
    g_assert_true (desk_test_shows_label (popover, "Housing"));
    desk_test_save_png_with_popover (GTK_WIDGET (editor), popover, "ui-case-editor-problem-codes.png");
    gtk_popover_popdown (GTK_POPOVER (popover));
  }
  gtk_drop_down_set_selected (EDITOR_CHILD (editor, "problem_drop_down"),
                              find_code_position (EDITOR_CHILD (editor, "problem_drop_down"), "63"));
  gtk_editable_set_text (EDITOR_CHILD (editor, "title_entry"), "Repairs and rent abatement");
  gtk_drop_down_set_selected (EDITOR_CHILD (editor, "priority_drop_down"), DESK_PRIORITY_HIGH);
  gtk_editable_set_text (EDITOR_CHILD (editor, "funding_entry"), "IOLTA");
  pick (EDITOR_CHILD (editor, "volunteer_picker"), "chen", NULL);
  g_assert_cmpint (desk_record_picker_get_record_id (EDITOR_CHILD (editor, "volunteer_picker")), ==, chen_id);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (EDITOR_CHILD (editor, "summary_view")),
                            "Landlord has not fixed the heating since January.", -1);

  g_assert_null (desk_case_editor_get_error_text (editor));
  g_assert_true (desk_case_editor_get_can_save (editor));
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  desk_test_save_png (GTK_WIDGET (editor), "ui-case-editor-details.png");

  /* Ctrl+S: one save, a case number, the other tabs. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  iterate ();
  new_case_id = desk_record_get_id (DESK_RECORD (desk_case_editor_get_case (editor)));
  g_assert_cmpint (new_case_id, >, 0);
  g_assert_false (desk_case_editor_get_modified (editor));
  stored = desk_store_get_case (store, new_case_id, &error);
  g_assert_no_error (error);
  new_case_number = g_strdup (desk_case_get_case_number (stored));
  g_assert_cmpstr (new_case_number, ==, "2026-00003");
  g_assert_cmpint (desk_case_get_client_id (stored), ==, rivera_id);
  g_assert_cmpstr (desk_case_get_problem_code (stored), ==, "63");
  g_assert_cmpstr (desk_case_get_title (stored), ==, "Repairs and rent abatement");
  g_assert_cmpstr (desk_case_get_summary (stored), ==, "Landlord has not fixed the heating since January.");
  g_assert_cmpint (desk_case_get_priority (stored), ==, DESK_PRIORITY_HIGH);
  g_assert_cmpstr (desk_case_get_funding_source (stored), ==, "IOLTA");
  g_assert_cmpint (desk_case_get_volunteer_id (stored), ==, chen_id);
  g_assert_cmpint (desk_case_get_status (stored), ==, DESK_CASE_STATUS_INTAKE);
  g_assert_cmpstr (desk_case_get_opened_on (stored), ==, "2026-06-15");
  g_clear_object (&stored);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Case 2026-00003");
  g_assert_true (desk_case_editor_find (store, new_case_id) == editor);

  /* The list shows it at once. */
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (desk_cases_page_get_count_text (cases_page ()), ==, "3 cases");
  row = row_of_case (new_case_id);
  g_assert_cmpuint (row, !=, G_MAXUINT);
  text = cell (0, row);
  g_assert_cmpstr (text, ==, "2026-00003");
  g_clear_pointer (&text, g_free);
  text = cell (1, row);
  g_assert_cmpstr (text, ==, "Ana Rivera");
  g_clear_pointer (&text, g_free);
  text = cell (2, row);
  g_assert_cmpstr (text, ==, "63 · Private Landlord/Tenant");
  g_clear_pointer (&text, g_free);
  text = cell (3, row);
  g_assert_cmpstr (text, ==, "Intake");
  g_clear_pointer (&text, g_free);
  text = cell (4, row);
  g_assert_cmpstr (text, ==, "High");
  g_clear_pointer (&text, g_free);
  text = cell (5, row);
  g_assert_cmpstr (text, ==, "Margaret Chen");
  g_clear_pointer (&text, g_free);

  /* Adverse party: the conflict check finds the client Robert Kowalski. */
  show_editor_page (editor, "parties", NULL);
  gtk_editable_set_text (EDITOR_CHILD (editor, "party_name_entry"), "Robert Kowalsky");
  gtk_drop_down_set_selected (EDITOR_CHILD (editor, "party_role_drop_down"), DESK_PARTY_OPPOSING_PARTY);
  click (EDITOR_CHILD (editor, "party_add_button"));
  wait_for (conflict_window_shown, editor);
  conflict = desk_conflict_window_get_for_parent (GTK_WINDOW (editor));
  hits = desk_conflict_window_get_hits (conflict);
  g_assert_cmpuint (hits->len, >=, 1);
  for (guint i = 0; i < hits->len; i++)
    {
      DeskConflictHit *hit = g_ptr_array_index (hits, i);

      if (g_strcmp0 (hit->entity, "client") == 0 && hit->entity_id == kowalski_id)
        found = TRUE;
    }
  g_assert_true (found);
  parties = desk_store_list_parties (store, new_case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parties->len, ==, 0);
  g_clear_pointer (&parties, g_ptr_array_unref);
  desk_test_wait_until_drawn (GTK_WIDGET (conflict));
  desk_test_save_png (GTK_WIDGET (conflict), "ui-case-conflict-window.png");
  save_png_over (GTK_WIDGET (editor), GTK_WIDGET (conflict), "ui-case-conflict-over-editor.png");
  desk_conflict_window_confirm (conflict);
  iterate ();

  parties = desk_store_list_parties (store, new_case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parties->len, ==, 1);
  g_assert_cmpstr (desk_party_get_name (g_ptr_array_index (parties, 0)), ==, "Robert Kowalsky");
  g_assert_cmpint (desk_party_get_role (g_ptr_array_index (parties, 0)), ==, DESK_PARTY_OPPOSING_PARTY);
  g_assert_cmpint (count_audit ("party", desk_record_get_id (g_ptr_array_index (parties, 0)), "conflict-check"), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (EDITOR_CHILD (editor, "party_name_entry")), ==, "");
  show_editor_page (editor, "parties", "ui-case-editor-parties.png");
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "Robert Kowalsky"));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "Opposing party"));

  /* Removing a party archives it, with Undo in the editor. */
  {
    g_autoptr(GPtrArray) after = NULL;

    gtk_single_selection_set_selected (EDITOR_CHILD (editor, "parties_selection"), 0);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.remove-party", NULL));
    after = desk_store_list_parties (store, new_case_id, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (after->len, ==, 0);
    g_assert_cmpstr (desk_undo_bar_get_message (EDITOR_CHILD (editor, "undo_bar")), ==,
                     "“Robert Kowalsky” removed from the adverse parties");
    g_assert_true (desk_undo_bar_undo (EDITOR_CHILD (editor, "undo_bar")));
    g_clear_pointer (&after, g_ptr_array_unref);
    after = desk_store_list_parties (store, new_case_id, &error);
    g_assert_cmpuint (after->len, ==, 1);
  }

  /* Deadlines: one ahead, one already past. */
  show_editor_page (editor, "deadlines", NULL);
  gtk_drop_down_set_selected (EDITOR_CHILD (editor, "deadline_kind_drop_down"), DESK_DEADLINE_COURT_DATE);
  gtk_editable_set_text (EDITOR_CHILD (editor, "deadline_date_entry"), "2026-07-01");
  gtk_editable_set_text (EDITOR_CHILD (editor, "deadline_time_entry"), "9:30");
  gtk_editable_set_text (EDITOR_CHILD (editor, "deadline_description_entry"), "Hearing on the repairs");
  click (EDITOR_CHILD (editor, "deadline_save_button"));
  /* "9:30" is not HH:MM: the time entry says so and nothing is saved. */
  deadlines = desk_store_list_for_case (store, DESK_TYPE_DEADLINE, new_case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 0);
  g_assert_true (gtk_widget_has_css_class (EDITOR_CHILD (editor, "deadline_time_entry"), "error"));
  g_assert_true (gtk_widget_get_visible (EDITOR_CHILD (editor, "deadline_error")));
  gtk_editable_set_text (EDITOR_CHILD (editor, "deadline_time_entry"), "09:30");
  g_assert_false (gtk_widget_has_css_class (EDITOR_CHILD (editor, "deadline_time_entry"), "error"));
  click (EDITOR_CHILD (editor, "deadline_save_button"));
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 1);

  gtk_drop_down_set_selected (EDITOR_CHILD (editor, "deadline_kind_drop_down"), DESK_DEADLINE_FILING_DEADLINE);
  gtk_editable_set_text (EDITOR_CHILD (editor, "deadline_date_entry"), "2026-06-10");
  gtk_editable_set_text (EDITOR_CHILD (editor, "deadline_description_entry"), "Answer to the landlord’s claim");
  click (EDITOR_CHILD (editor, "deadline_save_button"));
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 2);
  {
    g_autoptr(DeskDeadline) first = g_list_model_get_item (deadlines, 0);
    g_autoptr(DeskDeadline) second = g_list_model_get_item (deadlines, 1);

    g_assert_cmpstr (desk_deadline_get_due_on (first), ==, "2026-06-10");
    g_assert_cmpint (desk_deadline_get_kind (first), ==, DESK_DEADLINE_FILING_DEADLINE);
    g_assert_null (desk_deadline_get_due_time (first));
    g_assert_false (desk_deadline_get_done (first));
    g_assert_cmpstr (desk_deadline_get_due_on (second), ==, "2026-07-01");
    g_assert_cmpstr (desk_deadline_get_due_time (second), ==, "09:30");
    g_assert_cmpstr (desk_deadline_get_description (second), ==, "Hearing on the repairs");
  }
  show_editor_page (editor, "deadlines", "ui-case-editor-deadlines.png");

  /* Edit the overdue one; mark it done and not done again. */
  {
    GtkSingleSelection *selection = EDITOR_CHILD (editor, "deadlines_selection");
    g_autoptr(DeskDeadline) first = NULL;

    gtk_single_selection_set_selected (selection, 0);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.edit-deadline", NULL));
    g_assert_cmpstr (gtk_editable_get_text (EDITOR_CHILD (editor, "deadline_date_entry")), ==, "2026-06-10");
    g_assert_cmpstr (gtk_button_get_label (EDITOR_CHILD (editor, "deadline_save_button")), ==, "_Save Deadline");
    gtk_editable_set_text (EDITOR_CHILD (editor, "deadline_description_entry"), "Answer to the landlord’s claim, filed late");
    click (EDITOR_CHILD (editor, "deadline_save_button"));
    g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 2);
    first = g_list_model_get_item (deadlines, 0);
    g_assert_cmpstr (desk_deadline_get_description (first), ==, "Answer to the landlord’s claim, filed late");
    g_assert_cmpstr (gtk_button_get_label (EDITOR_CHILD (editor, "deadline_save_button")), ==, "_Add Deadline");
    g_clear_object (&first);

    gtk_single_selection_set_selected (selection, 0);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.toggle-deadline-done", NULL));
    first = g_list_model_get_item (deadlines, 1);
    g_assert_cmpstr (desk_deadline_get_due_on (first), ==, "2026-06-10");
    g_assert_true (desk_deadline_get_done (first));
    g_clear_object (&first);
    gtk_single_selection_set_selected (selection, 1);
    g_assert_cmpstr (gtk_button_get_label (EDITOR_CHILD (editor, "deadline_done_button")), ==, "_Mark Not Done");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.toggle-deadline-done", NULL));
    first = g_list_model_get_item (deadlines, 0);
    g_assert_cmpstr (desk_deadline_get_due_on (first), ==, "2026-06-10");
    g_assert_false (desk_deadline_get_done (first));
  }

  /* The list shows the overdue one as the next deadline, in red. */
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  row = row_of_case (new_case_id);
  text = cell (8, row);
  g_assert_cmpstr (text, ==, "2026-06-10");
  g_clear_pointer (&text, g_free);
  label = find_label (GTK_WIDGET (desk_cases_page_get_column_view (cases_page ())), "2026-06-10");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (label, "desk-overdue"));
  desk_test_save_png (GTK_WIDGET (window), "ui-cases-overdue.png");

  /* A note, signed with the staff name. */
  g_settings_set_string (settings, "staff-name", "Pat Intake");
  show_editor_page (editor, "notes", NULL);
  g_assert_false (gtk_widget_get_sensitive (EDITOR_CHILD (editor, "note_add_button")));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (EDITOR_CHILD (editor, "note_view")),
                            "Landlord promised repairs by Friday; client has photos of the mould.", -1);
  click (EDITOR_CHILD (editor, "note_add_button"));
  notes = desk_store_list_for_case (store, DESK_TYPE_NOTE, new_case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  {
    g_autoptr(DeskNote) note = g_list_model_get_item (notes, 0);

    g_assert_cmpstr (desk_note_get_author (note), ==, "Pat Intake");
    g_assert_cmpstr (desk_note_get_body (note), ==, "Landlord promised repairs by Friday; client has photos of the mould.");
  }
  show_editor_page (editor, "notes", "ui-case-editor-notes.png");
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor),
                                        "Landlord promised repairs by Friday; client has photos of the mould."));

  /* 1.5 hours by the case's volunteer. */
  show_editor_page (editor, "time", NULL);
  g_assert_cmpint (desk_record_picker_get_record_id (EDITOR_CHILD (editor, "time_volunteer_picker")), ==, chen_id);
  gtk_spin_button_set_value (EDITOR_CHILD (editor, "time_hours_spin"), 1.5);
  gtk_editable_set_text (EDITOR_CHILD (editor, "time_activity_entry"), "Client interview");
  click (EDITOR_CHILD (editor, "time_add_button"));
  entries = desk_store_list_for_case (store, DESK_TYPE_TIME_ENTRY, new_case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
  {
    g_autoptr(DeskTimeEntry) entry = g_list_model_get_item (entries, 0);

    g_assert_cmpint (desk_time_entry_get_tenths (entry), ==, 15);
    g_assert_cmpint (desk_time_entry_get_volunteer_id (entry), ==, chen_id);
    g_assert_cmpstr (desk_time_entry_get_worked_on (entry), ==, "2026-06-15");
    g_assert_cmpstr (desk_time_entry_get_activity (entry), ==, "Client interview");
  }
  g_assert_cmpstr (gtk_label_get_text (EDITOR_CHILD (editor, "time_total_label")), ==,
                   "Total: 1.5 hours\nMargaret Chen: 1.5 h");
  show_editor_page (editor, "time", "ui-case-editor-time.png");

  /* A document, copied into the documents folder. */
  lease = g_build_filename (tmpdir, "lease.pdf", NULL);
  g_assert_true (g_file_set_contents (lease, "%PDF-1.4 a lease", -1, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GFile) file = g_file_new_for_path (lease);

    g_assert_true (desk_case_editor_attach_file (editor, file, &error));
    g_assert_no_error (error);
  }
  documents = desk_store_list_for_case (store, DESK_TYPE_DOCUMENT, new_case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 1);
  {
    g_autoptr(DeskDocument) document = g_list_model_get_item (documents, 0);

    g_assert_cmpstr (desk_document_get_file_name (document), ==, "lease.pdf");
    g_assert_cmpint (desk_document_get_size_bytes (document), ==, strlen ("%PDF-1.4 a lease"));
    copied = g_strdup (desk_document_get_stored_path (document));
  }
  g_assert_true (g_str_has_prefix (copied, documents_dir));
  g_assert_true (g_file_test (copied, G_FILE_TEST_IS_REGULAR));
  show_editor_page (editor, "documents", "ui-case-editor-documents.png");
  g_assert_true (desk_test_shows_label (GTK_WIDGET (editor), "lease.pdf"));

  /* Intake → Open → Placed, each saved. */
  show_editor_page (editor, "details", NULL);
  button = find_named (EDITOR_CHILD (editor, "status_buttons"), "open");
  g_assert_nonnull (button);
  click (button);
  g_assert_true (desk_case_editor_get_can_save (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  button = find_named (EDITOR_CHILD (editor, "status_buttons"), "placed");
  g_assert_nonnull (button);
  click (button);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  stored = desk_store_get_case (store, new_case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_case_get_status (stored), ==, DESK_CASE_STATUS_PLACED);
  g_clear_object (&stored);

  /* Close: not before a closing code and an outcome are chosen. */
  button = find_named (EDITOR_CHILD (editor, "status_buttons"), "closed");
  g_assert_nonnull (button);
  click (button);
  g_assert_true (gtk_revealer_get_reveal_child (EDITOR_CHILD (editor, "close_revealer")));
  g_assert_false (desk_case_editor_get_can_save (editor));
  g_assert_false (gtk_widget_get_sensitive (EDITOR_CHILD (editor, "save_button")));
  g_assert_cmpstr (desk_case_editor_get_error_field (editor), ==, "closing-code");
  g_assert_cmpstr (gtk_editable_get_text (EDITOR_CHILD (editor, "closed_entry")), ==, "2026-06-15");
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  {
    /* The close section sits at the end of the tab: show it as the person would. */
    GtkWidget *scrolled = gtk_widget_get_ancestor (EDITOR_CHILD (editor, "close_revealer"), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    gtk_adjustment_set_value (vadj, gtk_adjustment_get_upper (vadj));
    desk_test_wait_until_drawn (GTK_WIDGET (editor));
  }
  desk_test_save_png (GTK_WIDGET (editor), "ui-case-editor-close.png");
  {
    GtkWidget *drop_down = EDITOR_CHILD (editor, "closing_drop_down");
    GtkWidget *popover;

    g_signal_emit_by_name (drop_down, "activate");
    popover = desk_test_find_widget (drop_down, GTK_TYPE_POPOVER);
    g_assert_nonnull (popover);
    desk_test_wait_until_drawn (popover);
    g_assert_true (desk_test_shows_label (popover, "B · Limited Action"));
    desk_test_save_png_with_popover (GTK_WIDGET (editor), popover, "ui-case-editor-closing-codes.png");
    gtk_popover_popdown (GTK_POPOVER (popover));
    desk_test_wait_until_drawn (GTK_WIDGET (editor));
  }
  gtk_drop_down_set_selected (EDITOR_CHILD (editor, "closing_drop_down"),
                              find_code_position (EDITOR_CHILD (editor, "closing_drop_down"), "B"));
  g_assert_false (desk_case_editor_get_can_save (editor));
  g_assert_cmpstr (desk_case_editor_get_error_field (editor), ==, "outcome");
  gtk_drop_down_set_selected (EDITOR_CHILD (editor, "outcome_drop_down"), 0);
  gtk_editable_set_text (EDITOR_CHILD (editor, "amount_entry"), "1,250.50");
  g_assert_true (desk_case_editor_get_can_save (editor));
  gtk_editable_set_text (EDITOR_CHILD (editor, "amount_entry"), "twelve");
  g_assert_false (desk_case_editor_get_can_save (editor));
  g_assert_cmpstr (desk_case_editor_get_error_field (editor), ==, "amount-cents");
  gtk_editable_set_text (EDITOR_CHILD (editor, "amount_entry"), "1,250.50");
  g_assert_true (desk_case_editor_get_can_save (editor));
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  desk_test_save_png (GTK_WIDGET (editor), "ui-case-editor-close-filled.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  stored = desk_store_get_case (store, new_case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_case_get_status (stored), ==, DESK_CASE_STATUS_CLOSED);
  g_assert_cmpstr (desk_case_get_closing_code (stored), ==, "B");
  g_assert_cmpint (desk_case_get_outcome (stored), ==, DESK_OUTCOME_FAVOURABLE);
  g_assert_cmpint (desk_case_get_amount_cents (stored), ==, 125050);
  g_assert_cmpstr (desk_case_get_closed_on (stored), ==, "2026-06-15");
  g_clear_object (&stored);

  /* Reopen: audited as such. */
  g_assert_cmpint (count_audit ("case", new_case_id, "reopen"), ==, 0);
  button = find_named (EDITOR_CHILD (editor, "status_buttons"), "open");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Reopen");
  click (button);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  stored = desk_store_get_case (store, new_case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_case_get_status (stored), ==, DESK_CASE_STATUS_OPEN);
  g_assert_null (desk_case_get_closing_code (stored));
  g_assert_null (desk_case_get_closed_on (stored));
  g_clear_object (&stored);
  g_assert_cmpint (count_audit ("case", new_case_id, "reopen"), ==, 1);

  /* Escape with unsaved changes asks first. */
  gtk_editable_set_text (EDITOR_CHILD (editor, "title_entry"), "Repairs, rent abatement and deposit");
  g_assert_true (desk_case_editor_get_modified (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
    GtkWindow *prompt = NULL;

    for (const GList *iter = toplevels; iter != NULL; iter = iter->next)
      if (g_strcmp0 (gtk_widget_get_name (iter->data), "save-prompt") == 0)
        prompt = iter->data;
    g_assert_nonnull (prompt);
    g_assert_true (gtk_window_get_transient_for (prompt) == GTK_WINDOW (editor));
    desk_test_wait_until_drawn (GTK_WIDGET (prompt));
    save_png_over (GTK_WIDGET (editor), GTK_WIDGET (prompt), "ui-case-editor-save-prompt.png");
    click (find_named (GTK_WIDGET (prompt), "save"));
  }
  iterate ();
  g_assert_null (desk_case_editor_find (store, new_case_id));
  stored = desk_store_get_case (store, new_case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (desk_case_get_title (stored), ==, "Repairs, rent abatement and deposit");
  g_clear_object (&stored);
}

typedef struct
{
  const char *count;
} CountText;

static gboolean
count_reads (gpointer data)
{
  return g_strcmp0 (desk_cases_page_get_count_text (cases_page ()), data) == 0;
}

static void
test_case_list (void)
{
  DeskWindow *window = desk_application_get_window (app);
  DeskStore *store = window_store ();
  DeskCasesPage *page = cases_page ();
  DeskCaseFilters *filters = desk_cases_page_get_filters (page);
  GtkColumnView *view = desk_page_get_column_view (DESK_PAGE (page));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
  GtkEntry *opened_from = TEMPLATE_CHILD (filters, DESK_TYPE_CASE_FILTERS, "opened_from_entry");
  GListModel *columns = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) client_column = g_list_model_get_item (columns, 1);
  g_autoptr(GtkColumnViewColumn) mentor_column = g_list_model_get_item (columns, 6);
  g_autoptr(DeskCase) kase = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  DeskCaseEditor *editor;

  g_assert_cmpint (new_case_id, >, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "cases"));
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "3 cases");

  /* Status "Open": the new case (reopened) and Robert Kowalski's. */
  gtk_drop_down_set_selected (TEMPLATE_CHILD (filters, DESK_TYPE_CASE_FILTERS, "status_drop_down"),
                              DESK_CASE_STATUS_OPEN + 1);
  g_assert_cmpint (desk_cases_page_get_query (page)->status, ==, DESK_CASE_STATUS_OPEN);
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "2 cases");

  /* "Has overdue deadline" on top: only the new case. */
  gtk_check_button_set_active (TEMPLATE_CHILD (filters, DESK_TYPE_CASE_FILTERS, "overdue_check"), TRUE);
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "1 case");
  text = cell (0, 0);
  g_assert_cmpstr (text, ==, new_case_number);
  g_clear_pointer (&text, g_free);
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  desk_test_save_png (GTK_WIDGET (window), "ui-cases-filtered.png");

  /* Marking the deadline done takes the case out of the filtered list. */
  {
    g_autoptr(GListModel) deadlines = desk_store_list_for_case (store, DESK_TYPE_DEADLINE, new_case_id, &error);
    g_autoptr(DeskDeadline) overdue = g_list_model_get_item (deadlines, 0);

    g_assert_cmpstr (desk_deadline_get_due_on (overdue), ==, "2026-06-10");
    desk_deadline_set_done (overdue, TRUE);
    g_assert_true (desk_store_save (store, DESK_RECORD (overdue), &error));
    g_assert_no_error (error);
    iterate ();
    g_assert_cmpstr (desk_page_get_empty_title (DESK_PAGE (page)), ==, "No cases match");
    desk_test_wait_until_drawn (GTK_WIDGET (window));
    desk_test_save_png (GTK_WIDGET (window), "ui-cases-no-match.png");
    desk_deadline_set_done (overdue, FALSE);
    g_assert_true (desk_store_save (store, DESK_RECORD (overdue), &error));
    iterate ();
    g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "1 case");
  }

  /* A date that is no date: marked, and the list stays as it was. */
  gtk_editable_set_text (GTK_EDITABLE (opened_from), "2026-13-01");
  g_signal_emit_by_name (opened_from, "activate");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (opened_from), "error"));
  g_assert_cmpstr (desk_case_filters_get_error (filters), ==,
                   "The “opened from” date is not a real date; write it as YYYY-MM-DD.");
  g_assert_null (desk_cases_page_get_query (page)->opened_from);
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "1 case");
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  desk_test_save_png (GTK_WIDGET (window), "ui-cases-bad-date.png");
  gtk_editable_set_text (GTK_EDITABLE (opened_from), "2026-06-01");
  g_signal_emit_by_name (opened_from, "activate");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (opened_from), "error"));
  g_assert_null (desk_case_filters_get_error (filters));
  g_assert_cmpstr (desk_cases_page_get_query (page)->opened_from, ==, "2026-06-01");

  desk_case_filters_clear (filters);
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "3 cases");

  /* Ctrl+F, then a word of the note. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (desk_cases_page_get_search_entry (page))) ||
                 gtk_widget_is_focus (gtk_widget_get_focus_child (GTK_WIDGET (desk_cases_page_get_search_entry (page)))));
  gtk_editable_set_text (desk_cases_page_get_search_entry (page), "mould");
  wait_for (count_reads, (gpointer) "1 case");
  text = cell (0, 0);
  g_assert_cmpstr (text, ==, new_case_number);
  g_clear_pointer (&text, g_free);
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  desk_test_save_png (GTK_WIDGET (window), "ui-cases-search.png");
  gtk_editable_set_text (desk_cases_page_get_search_entry (page), "");
  wait_for (count_reads, (gpointer) "3 cases");

  /* Sorting by a header runs the query in that order. */
  gtk_column_view_sort_by_column (view, client_column, GTK_SORT_ASCENDING);
  g_assert_cmpint (desk_cases_page_get_query (page)->sort, ==, DESK_CASE_SORT_CLIENT);
  g_assert_true (desk_cases_page_get_query (page)->ascending);
  text = cell (1, 0);
  g_assert_cmpstr (text, ==, "Robert Kowalski");
  g_clear_pointer (&text, g_free);
  text = cell (1, 2);
  g_assert_cmpstr (text, ==, "Ana Rivera");
  g_clear_pointer (&text, g_free);
  gtk_column_view_sort_by_column (view, client_column, GTK_SORT_DESCENDING);
  g_assert_false (desk_cases_page_get_query (page)->ascending);
  text = cell (1, 0);
  g_assert_cmpstr (text, ==, "Ana Rivera");
  g_clear_pointer (&text, g_free);
  g_assert_null (gtk_column_view_column_get_sorter (mentor_column));

  /* Enter on a row opens its case; a second time raises the same window. */
  gtk_single_selection_set_selected (selection, 0);
  g_signal_emit_by_name (view, "activate", 0);
  editor = desk_case_editor_find (store, new_case_id);
  g_assert_nonnull (editor);
  g_signal_emit_by_name (view, "activate", 0);
  g_assert_true (desk_case_editor_find (store, new_case_id) == editor);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_cmpstr (gtk_label_get_text (EDITOR_CHILD (editor, "subtitle_label")), ==, "Ana Rivera");
  gtk_window_close (GTK_WINDOW (editor));
  iterate ();
  g_assert_null (desk_case_editor_find (store, new_case_id));

  /* Whatever in the window names a case (the deadline list) opens it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-case", "x", new_case_id));
  editor = desk_case_editor_find (store, new_case_id);
  g_assert_nonnull (editor);
  gtk_window_close (GTK_WINDOW (editor));
  iterate ();
  g_assert_null (desk_case_editor_find (store, new_case_id));

  /* Delete archives the selected case, with Undo. */
  gtk_single_selection_set_selected (selection, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "page.archive", NULL));
  kase = desk_store_get_case (store, new_case_id, &error);
  g_assert_no_error (error);
  g_assert_true (desk_record_get_archived (DESK_RECORD (kase)));
  g_clear_object (&kase);
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "2 cases");
  text = g_strdup_printf ("Case %s archived", new_case_number);
  g_assert_cmpstr (desk_undo_bar_get_message (desk_window_get_undo_bar (window)), ==, text);
  g_clear_pointer (&text, g_free);
  desk_test_wait_until_drawn (GTK_WIDGET (window));
  desk_test_save_png (GTK_WIDGET (window), "ui-cases-archived-undo.png");
  g_assert_true (desk_undo_bar_undo (desk_window_get_undo_bar (window)));
  kase = desk_store_get_case (store, new_case_id, &error);
  g_assert_no_error (error);
  g_assert_false (desk_record_get_archived (DESK_RECORD (kase)));
  g_assert_cmpstr (desk_page_get_count_text (DESK_PAGE (page)), ==, "3 cases");
}

static void
test_reject (void)
{
  DeskWindow *window = desk_application_get_window (app);
  DeskStore *store = window_store ();
  g_autoptr(DeskCase) stored = NULL;
  g_autoptr(GError) error = NULL;
  DeskCaseEditor *editor;
  GtkWidget *button;
  gint64 id;

  editor = desk_case_editor_open (GTK_WINDOW (window), store, NULL);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  pick (EDITOR_CHILD (editor, "client_picker"), "Lee", NULL);
  gtk_drop_down_set_selected (EDITOR_CHILD (editor, "problem_drop_down"),
                              find_code_position (EDITOR_CHILD (editor, "problem_drop_down"), "38"));
  gtk_editable_set_text (EDITOR_CHILD (editor, "title_entry"), "Guardianship of a nephew");
  g_assert_true (desk_case_editor_get_can_save (editor));

  /* Rejecting asks why. */
  button = find_named (EDITOR_CHILD (editor, "status_buttons"), "rejected");
  g_assert_nonnull (button);
  click (button);
  g_assert_true (gtk_revealer_get_reveal_child (EDITOR_CHILD (editor, "reject_revealer")));
  g_assert_false (desk_case_editor_get_can_save (editor));
  g_assert_cmpstr (desk_case_editor_get_error_field (editor), ==, "rejection-reason");
  g_assert_true (gtk_widget_get_visible (EDITOR_CHILD (editor, "rejection_error")));
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  desk_test_save_png (GTK_WIDGET (editor), "ui-case-editor-reject.png");

  /* Pressing the step again goes back to the saved status. */
  click (button);
  g_assert_false (gtk_revealer_get_reveal_child (EDITOR_CHILD (editor, "reject_revealer")));
  g_assert_cmpint (desk_case_get_status (desk_case_editor_get_case (editor)), ==, DESK_CASE_STATUS_INTAKE);
  g_assert_true (desk_case_editor_get_can_save (editor));
  click (button);

  gtk_drop_down_set_selected (EDITOR_CHILD (editor, "rejection_drop_down"), 0);
  g_assert_true (desk_case_editor_get_can_save (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  id = desk_record_get_id (DESK_RECORD (desk_case_editor_get_case (editor)));
  stored = desk_store_get_case (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_case_get_status (stored), ==, DESK_CASE_STATUS_REJECTED);
  g_assert_cmpint (desk_case_get_rejection_reason (stored), ==, DESK_REJECTION_OVER_INCOME);
  g_assert_cmpint (desk_case_get_client_id (stored), ==, lee_id);
  g_clear_object (&stored);

  /* Reopening a rejected case puts it back at intake, audited as a reopening. */
  button = find_named (EDITOR_CHILD (editor, "status_buttons"), "intake");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Reopen");
  click (button);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  stored = desk_store_get_case (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_case_get_status (stored), ==, DESK_CASE_STATUS_INTAKE);
  g_assert_cmpint (desk_case_get_rejection_reason (stored), ==, DESK_REJECTION_NONE);
  g_assert_cmpint (count_audit ("case", id, "reopen"), ==, 1);

  gtk_window_close (GTK_WINDOW (editor));
  iterate ();
  g_assert_null (desk_case_editor_find (store, id));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  desk_test_init (&argc, &argv);

  tmpdir = g_dir_make_tmp ("probono-ui-cases-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (tmpdir, "clinic.db", NULL);
  documents_dir = g_build_filename (tmpdir, "documents", NULL);
  seed_database ();

  app = desk_test_application_new ();
  g_assert_true (desk_application_open_database (app, db_path));
  gtk_window_present (GTK_WINDOW (desk_application_get_window (app)));

  g_test_add_func ("/ui/cases/editor", test_case_editor);
  g_test_add_func ("/ui/cases/list", test_case_list);
  g_test_add_func ("/ui/cases/reject", test_reject);

  status = g_test_run ();

  for (const GList *iter = gtk_application_get_windows (GTK_APPLICATION (app)); iter != NULL;
       iter = gtk_application_get_windows (GTK_APPLICATION (app)))
    gtk_window_destroy (iter->data);
  iterate ();
  g_clear_object (&app);

  desk_test_remove_tree (tmpdir);
  g_free (db_path);
  g_free (documents_dir);
  g_free (new_case_number);
  g_free (tmpdir);

  return status;
}
