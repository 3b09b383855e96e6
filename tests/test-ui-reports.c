/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Funders & Reports page, the funder and grant editors, a case's Grants
 * tab and the time charged to grants, built for real under Xvfb, driven
 * through their widgets and actions, checked against the store and the
 * core's own figures, and saved as PNGs into the build folder. */
#define G_LOG_DOMAIN "test-ui-reports"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sqlite3.h>

#include "desk-application.h"
#include "desk-case-editor.h"
#include "desk-case-grants-tab.h"
#include "desk-date-entry.h"
#include "desk-demo.h"
#include "desk-feedback.h"
#include "desk-funder-editor.h"
#include "desk-gtk-compat.h"
#include "desk-grant-editor.h"
#include "desk-money.h"
#include "desk-record-picker.h"
#include "desk-report-period.h"
#include "desk-reports-page.h"
#include "desk-store-grants.h"
#include "desk-ui-test.h"
#include "desk-window.h"
#include "desk-words-chooser.h"

#define PYTHON "/usr/bin/python3"

static DeskApplication *app;
static char *tmpdir;
static char *db_path;

/* What the seed and the earlier tests made, by id. */
static gint64 volunteer_id;
static gint64 housing_case_id;   /* Rosa Diaz, Fresno, Private Landlord/Tenant, closed with A in March */
static gint64 family_case_id;    /* Tom Baker, Kern, Domestic Abuse, open */
static gint64 new_case_id;       /* Rosa Diaz, a housing case at intake in April, no grant */
static gint64 funder_id;
static gint64 eviction_grant_id; /* Housing, Fresno, $40 an hour */
static gint64 general_grant_id;  /* no restrictions, the clinic's rate */

/* ---- helpers ---------------------------------------------------------------- */

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* desk_test_find_by_id() fails the test itself when there is none. */
static GtkWidget *
by_id (GtkWidget  *root,
       const char *id)
{
  return desk_test_find_by_id (root, id);
}

static gboolean
row_titled (GtkWidget     *widget,
            gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The row of a boxed list titled @title, below @root. */
static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  return desk_test_find_first (root, row_titled, title);
}

/* Clicks the (only) button of the row titled @title in @list. */
static void
click_row_button (GtkWidget  *list,
                  const char *title)
{
  GtkWidget *row = find_row (list, title);
  GtkWidget *button;

  g_assert_nonnull (row);
  button = desk_test_find_widget (row, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  iterate ();
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }

  return NULL;
}

static gboolean
shown_scroller (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_SCROLLED_WINDOW (widget) && gtk_widget_get_mapped (widget);
}

/* Scrolls the first scrolled window shown below @root to its end, for a picture of what is below. */
static void
scroll_to_end (GtkWidget *root)
{
  GtkWidget *scrolled = desk_test_find_first (root, shown_scroller, NULL);
  GtkAdjustment *adjustment;

  g_assert_nonnull (scrolled);
  desk_test_wait_until_drawn (root);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment,
                            gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
}

static gboolean
editor_saved (gpointer data)
{
  return !desk_editor_get_saving (data) && !desk_editor_get_modified (data);
}

static DeskWindow *
window (void)
{
  return desk_application_get_window (app);
}

static DeskStore *
store (void)
{
  return desk_window_get_store (window ());
}

static DeskReportsPage *
show_reports_page (void)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.show-page", "s", "reports"));
  desk_test_wait_until_drawn (GTK_WIDGET (window ()));
  g_assert_cmpstr (desk_window_get_page (window ()), ==, "reports");

  return DESK_REPORTS_PAGE (desk_window_get_page_widget (window (), "reports"));
}

/* The latest audit row of @entity @id with @action: its fields, or NULL. */
static char *
audit_fields (const char *entity,
              gint64      id,
              const char *action)
{
  sqlite3 *db = desk_database_get_handle (desk_store_get_database (store ()));
  sqlite3_stmt *stmt = NULL;
  char *fields = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT fields FROM audit_log WHERE entity = ?1 AND entity_id = ?2 "
                                       "AND action = ?3 ORDER BY id DESC LIMIT 1", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, entity, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, id);
  sqlite3_bind_text (stmt, 3, action, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    fields = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return fields;
}

static gboolean
audited (const char *entity,
         gint64      id,
         const char *action)
{
  g_autofree char *fields = audit_fields (entity, id, action);

  return fields != NULL;
}

/* The grants case @case_id is attributed to: "Name[:reason]|…". */
static char *
case_grants_text (gint64 case_id)
{
  g_autoptr(GPtrArray) case_grants = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  case_grants = desk_store_list_case_grants (store (), case_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < case_grants->len; i++)
    {
      DeskCaseGrant *case_grant = g_ptr_array_index (case_grants, i);

      g_string_append_printf (text, "%s%s", i > 0 ? "|" : "", desk_grant_get_name (case_grant->grant));
      if (*case_grant->override_reason != '\0')
        g_string_append_printf (text, ":%s", case_grant->override_reason);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ---- the database ------------------------------------------------------------- */

static gint64
add_client (DeskStore  *seed,
            const char *first,
            const char *last,
            const char *county,
            int         children)
{
  g_autoptr(DeskClient) client = desk_test_new_record (seed, DESK_TYPE_CLIENT,
                                                       "first-name", first, "last-name", last,
                                                       "county", county, "intake-date", "2026-01-05",
                                                       "household-adults", 1, "household-children", children,
                                                       NULL);

  return desk_record_get_id (DESK_RECORD (client));
}

static void
seed_database (const char *path)
{
  g_autoptr(DeskStore) seed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskVolunteer) chen = NULL;
  g_autoptr(DeskCase) housing = NULL;
  g_autoptr(DeskCase) family = NULL;
  g_autoptr(DeskCase) later = NULL;
  gint64 rosa, tom;

  seed = desk_store_open (path, &error);
  g_assert_no_error (error);

  chen = desk_test_new_record (seed, DESK_TYPE_VOLUNTEER, "first-name", "Margaret", "last-name", "Chen",
                               "email", "mchen@example.org", NULL);
  volunteer_id = desk_record_get_id (DESK_RECORD (chen));

  rosa = add_client (seed, "Rosa", "Diaz", "Fresno", 2);
  tom = add_client (seed, "Tom", "Baker", "Kern", 0);

  housing = desk_test_new_record (seed, DESK_TYPE_CASE, "client-id", rosa, "problem-code", "63",
                                  "title", "Eviction for repairs asked", "opened-on", "2026-01-12",
                                  "status", DESK_CASE_STATUS_CLOSED, "closing-code", "A",
                                  "outcome", DESK_OUTCOME_FAVOURABLE, "closed-on", "2026-03-20",
                                  "amount-cents", (gint64) 120000, NULL);
  housing_case_id = desk_record_get_id (DESK_RECORD (housing));
  family = desk_test_new_record (seed, DESK_TYPE_CASE, "client-id", tom, "problem-code", "37",
                                 "title", "Protective order", "opened-on", "2026-02-03", NULL);
  family_case_id = desk_record_get_id (DESK_RECORD (family));
  later = desk_test_new_record (seed, DESK_TYPE_CASE, "client-id", rosa, "problem-code", "63",
                                "title", "Rent increase", "opened-on", "2026-04-02", NULL);
  new_case_id = desk_record_get_id (DESK_RECORD (later));
}

/* ---- the funder and grant editors ------------------------------------------------ */

static void
test_reports_empty (void)
{
  DeskReportsPage *page;

  g_assert_true (desk_application_open_database (app, db_path));
  gtk_window_present (GTK_WINDOW (window ()));
  page = show_reports_page ();

  /* Before any funder: the clinic's report, and the list says what to do. */
  desk_reports_page_set_view (page, "funders");
  desk_test_wait_until_drawn (GTK_WIDGET (window ()));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (page), "No Funders Yet"));
  /* "0 funders" would only repeat the empty state. */
  g_assert_false (desk_test_shows_label (GTK_WIDGET (page), "0 funders, 0 grants"));
  desk_test_save_pngs (GTK_WIDGET (window ()), "ui-reports-no-funders", FALSE);
  desk_reports_page_set_view (page, "report");
}

static void
test_reports_funder_editor (void)
{
  DeskReportsPage *page = show_reports_page ();
  DeskFunderEditor *editor;
  g_autoptr(GPtrArray) funders = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "reports.new-funder", NULL));
  editor = find_toplevel (DESK_TYPE_FUNDER_EDITOR);
  g_assert_nonnull (editor);

  /* An empty name is the one problem a funder can have. */
  desk_editor_save (DESK_EDITOR (editor));
  iterate ();
  g_assert_cmpuint (desk_form_get_shown_problems (desk_editor_get_form (DESK_EDITOR (editor))), ==, 1);
  g_assert_cmpstr (desk_form_get_problem (desk_editor_get_form (DESK_EDITOR (editor)), "name"), ==,
                   "The funder needs a name.");

  gtk_editable_set_text (GTK_EDITABLE (by_id (GTK_WIDGET (editor), "name_row")), "Tenant Justice Foundation");
  gtk_editable_set_text (GTK_EDITABLE (by_id (GTK_WIDGET (editor), "contact_row")),
                         "Dana Whitfield, program officer, dana@tjf.example.org");
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-reports-funder-editor", FALSE);
  desk_editor_save (DESK_EDITOR (editor));
  desk_test_wait_for (editor_saved, editor, "editor saved");

  funders = desk_store_list_funders (store (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (funders->len, ==, 1);
  g_assert_cmpstr (desk_funder_get_contact (g_ptr_array_index (funders, 0)), ==,
                   "Dana Whitfield, program officer, dana@tjf.example.org");
  funder_id = desk_record_get_id (g_ptr_array_index (funders, 0));

  /* The list selects what the editor saved. */
  g_assert_true (DESK_IS_FUNDER (desk_reports_page_get_selected (page)));
  g_assert_cmpint (desk_record_get_id (desk_reports_page_get_selected (page)), ==, funder_id);

  gtk_window_destroy (GTK_WINDOW (editor));
  iterate ();
}

static void
test_reports_grant_editor (void)
{
  DeskReportsPage *page = show_reports_page ();
  DeskGrantEditor *editor;
  DeskForm *form;
  GtkWidget *root;
  GtkCheckButton *housing;
  g_autoptr(DeskGrant) saved = NULL;
  g_autoptr(GPtrArray) grants = NULL;
  g_autoptr(GError) error = NULL;
  const char * const faulty[] = { "funder-id", "name", "period-end", "hour-value-cents", "income-ceiling-percent" };

  /* The funder selected is the new grant's. */
  g_assert_true (desk_reports_page_select (page, DESK_TYPE_FUNDER, funder_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.new", NULL));
  editor = find_toplevel (DESK_TYPE_GRANT_EDITOR);
  g_assert_nonnull (editor);
  root = GTK_WIDGET (editor);
  form = desk_editor_get_form (DESK_EDITOR (editor));
  g_assert_cmpint (desk_grant_get_funder_id (DESK_GRANT (desk_editor_get_record (DESK_EDITOR (editor)))), ==,
                   funder_id);

  /* A grant wrong in five ways says all five at once, and nothing is written. */
  desk_record_picker_set_record_id (DESK_RECORD_PICKER (by_id (root, "funder_picker")), 0);
  desk_date_entry_set_text (DESK_DATE_ENTRY (by_id (root, "start_entry")), "2026-01-01");
  desk_date_entry_set_text (DESK_DATE_ENTRY (by_id (root, "end_entry")), "12/31/2025");
  gtk_editable_set_text (GTK_EDITABLE (by_id (root, "hour_value_entry")), "forty");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (by_id (root, "ceiling_spin")), 50);
  desk_editor_save (DESK_EDITOR (editor));
  iterate ();

  g_assert_false (desk_editor_get_saving (DESK_EDITOR (editor)));
  g_assert_cmpuint (desk_form_get_shown_problems (form), ==, G_N_ELEMENTS (faulty));
  for (guint i = 0; i < G_N_ELEMENTS (faulty); i++)
    g_assert_nonnull (desk_form_get_problem (form, faulty[i]));
  g_assert_cmpstr (desk_form_get_problem (form, "period-end"), ==, "The grant period ends before it starts.");
  g_assert_true (desk_test_shows_label (root, "The grant needs a name."));
  g_assert_cmpint (desk_test_query_int (store (), "SELECT count(*) FROM grants"), ==, 0);
  desk_test_save_pngs (root, "ui-reports-grant-problems", FALSE);

  /* Put right: the funder, a name, the period, $40 an hour, housing in Fresno. */
  desk_record_picker_set_record_id (DESK_RECORD_PICKER (by_id (root, "funder_picker")), funder_id);
  gtk_editable_set_text (GTK_EDITABLE (by_id (root, "name_row")), "Eviction Defense 2026");
  gtk_editable_set_text (GTK_EDITABLE (by_id (root, "number_row")), "TJF-2026-ED-14");
  desk_date_entry_set_text (DESK_DATE_ENTRY (by_id (root, "end_entry")), "12/31/2026");
  gtk_editable_set_text (GTK_EDITABLE (by_id (root, "hour_value_entry")), "40");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (by_id (root, "ceiling_spin")), 0);
  housing = desk_words_chooser_get_check (DESK_WORDS_CHOOSER (by_id (root, "categories_chooser")), "Housing");
  g_assert_nonnull (housing);
  gtk_check_button_set_active (housing, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (by_id (root, "counties_row")), "Fresno");
  g_assert_cmpuint (desk_form_get_problems (form)->len, ==, 0);
  desk_test_save_pngs (root, "ui-reports-grant-editor", FALSE);
  scroll_to_end (root);
  desk_test_save_pngs (root, "ui-reports-grant-restrictions", FALSE);
  desk_editor_save (DESK_EDITOR (editor));
  desk_test_wait_for (editor_saved, editor, "editor saved");

  grants = desk_store_list_grants (store (), funder_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grants->len, ==, 1);
  eviction_grant_id = desk_record_get_id (g_ptr_array_index (grants, 0));
  saved = desk_store_get_grant (store (), eviction_grant_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (desk_grant_get_grant_number (saved), ==, "TJF-2026-ED-14");
  g_assert_cmpstr (desk_grant_get_period_start (saved), ==, "2026-01-01");
  g_assert_cmpstr (desk_grant_get_period_end (saved), ==, "2026-12-31");
  g_assert_cmpint (desk_grant_get_hour_value_cents (saved), ==, 4000);
  g_assert_cmpstr (desk_grant_get_problem_categories (saved), ==, "Housing");
  g_assert_cmpstr (desk_grant_get_counties (saved), ==, "Fresno");
  g_assert_true (audited ("grant", eviction_grant_id, "create"));
  gtk_window_destroy (GTK_WINDOW (editor));
  iterate ();

  /* A second grant of the funder with no restrictions, valued at the clinic's rate. */
  {
    g_autoptr(DeskGrant) general = desk_grant_new (0);

    desk_grant_set_funder_id (general, funder_id);
    desk_grant_set_name (general, "General Support");
    desk_grant_set_period_start (general, "2025-07-01");
    desk_grant_set_period_end (general, "2026-06-30");
    g_assert_true (desk_store_save_grant (store (), general, &error));
    g_assert_no_error (error);
    general_grant_id = desk_record_get_id (DESK_RECORD (general));
  }

  desk_reports_page_set_view (page, "funders");
  desk_test_wait_until_drawn (GTK_WIDGET (window ()));
  g_assert_cmpstr (desk_reports_page_get_count_text (page), ==, "1 funder, 2 grants");
  /* The funder heads its grants, in the order of their periods. */
  {
    GtkColumnView *view = desk_reports_page_get_funders_view (page);
    g_autofree char *rate = desk_test_cell_text (view, 3, 2);
    g_autofree char *details = desk_test_cell_text (view, 4, 2);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==, 3);
    g_assert_cmpstr (rate, ==, "$40.00");
    g_assert_cmpstr (details, ==, "Housing · Fresno");
  }
  desk_test_save_pngs (GTK_WIDGET (window ()), "ui-reports-funders", FALSE);
}

/* ---- a case's grants --------------------------------------------------------------- */

static DeskCaseEditor *
open_case (gint64      case_id,
           const char *tab)
{
  g_autoptr(DeskCase) kase = desk_store_get_case (store (), case_id, NULL);
  DeskCaseEditor *editor;

  g_assert_nonnull (kase);
  editor = desk_case_editor_open (GTK_WINDOW (window ()), store (), kase);
  desk_case_editor_set_page (editor, tab);
  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  return editor;
}

static void
test_reports_case_grants (void)
{
  DeskCaseEditor *editor = open_case (housing_case_id, "grants");
  DeskCaseGrantsTab *tab = DESK_CASE_GRANTS_TAB (desk_case_editor_get_tab (editor, "grants"));
  g_autofree char *suggested = desk_case_grants_tab_get_suggested (tab);
  g_autofree char *attributed = NULL;
  g_autofree char *fields = NULL;

  /* A housing case in Fresno fits both grants; it has none yet. */
  g_assert_cmpstr (suggested, ==, "General Support|Eviction Defense 2026");
  attributed = desk_case_grants_tab_get_attributed (tab);
  g_assert_cmpstr (attributed, ==, "");

  click_row_button (by_id (GTK_WIDGET (tab), "suggested_list"), "Eviction Defense 2026");
  g_clear_pointer (&attributed, g_free);
  attributed = case_grants_text (housing_case_id);
  g_assert_cmpstr (attributed, ==, "Eviction Defense 2026");
  fields = audit_fields ("case", housing_case_id, "attribute-grant");
  g_assert_nonnull (fields);
  g_clear_pointer (&attributed, g_free);
  attributed = desk_case_grants_tab_get_attributed (tab);
  g_assert_cmpstr (attributed, ==, "Eviction Defense 2026");
  g_clear_pointer (&suggested, g_free);
  suggested = desk_case_grants_tab_get_suggested (tab);
  g_assert_cmpstr (suggested, ==, "General Support");
  g_assert_cmpstr (desk_feedback_get_last_toast (GTK_WIDGET (editor)), ==, "Attributed to “Eviction Defense 2026”");
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-reports-case-grants", FALSE);
  gtk_window_destroy (GTK_WINDOW (editor));
  iterate ();
}

static void
test_reports_override (void)
{
  DeskCaseEditor *editor = open_case (family_case_id, "grants");
  DeskCaseGrantsTab *tab = DESK_CASE_GRANTS_TAB (desk_case_editor_get_tab (editor, "grants"));
  g_autofree char *suggested = desk_case_grants_tab_get_suggested (tab);
  g_autofree char *attributed = NULL;
  g_autofree char *fields = NULL;
  const char *reason = "Eviction threatened by the abuser; the funder agreed by e-mail on 2026-02-10";
  GtkWidget *question;
  GtkWidget *entry;

  /* A domestic violence case in Kern meets only the grant without restrictions. */
  g_assert_cmpstr (suggested, ==, "General Support");

  /* Eviction Defense funds housing in Fresno: attributing asks why. */
  desk_record_picker_set_record_id (DESK_RECORD_PICKER (by_id (GTK_WIDGET (tab), "grant_picker")), eviction_grant_id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "tab.attribute", NULL));
  iterate ();
  question = desk_gtk_compat_get_question (GTK_WIDGET (editor));
  g_assert_nonnull (question);
  entry = desk_test_find_widget (question, GTK_TYPE_ENTRY);
  g_assert_nonnull (entry);
  g_assert_true (desk_test_shows_label (question, "Attribute Outside the Grant’s Restrictions?"));
  gtk_editable_set_text (GTK_EDITABLE (entry), reason);
  desk_test_wait_until_drawn (question);
  desk_test_save_png (question, "ui-reports-override-question.png");

  /* Cancel leaves the case as it was. */
  g_assert_true (desk_test_answer_question (GTK_WIDGET (editor), "cancel"));
  attributed = case_grants_text (family_case_id);
  g_assert_cmpstr (attributed, ==, "");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "tab.attribute", NULL));
  iterate ();
  question = desk_gtk_compat_get_question (GTK_WIDGET (editor));
  g_assert_nonnull (question);
  gtk_editable_set_text (GTK_EDITABLE (desk_test_find_widget (question, GTK_TYPE_ENTRY)), reason);
  g_assert_true (desk_test_answer_question (GTK_WIDGET (editor), "attribute"));

  g_clear_pointer (&attributed, g_free);
  attributed = case_grants_text (family_case_id);
  {
    g_autofree char *expected = g_strdup_printf ("Eviction Defense 2026:%s", reason);

    g_assert_cmpstr (attributed, ==, expected);
  }
  fields = audit_fields ("case", family_case_id, "attribute-grant-override");
  g_assert_nonnull (fields);
  g_assert_nonnull (strstr (fields, reason));

  /* Detached, then back with Undo, reason and all. */
  click_row_button (by_id (GTK_WIDGET (tab), "grants_list"), "Eviction Defense 2026");
  g_clear_pointer (&attributed, g_free);
  attributed = case_grants_text (family_case_id);
  g_assert_cmpstr (attributed, ==, "");
  g_assert_true (audited ("case", family_case_id, "detach-grant"));
  g_assert_true (desk_feedback_undo (GTK_WIDGET (editor)));
  iterate ();
  g_clear_pointer (&attributed, g_free);
  attributed = case_grants_text (family_case_id);
  g_assert_true (g_str_has_suffix (attributed, reason));
  g_clear_pointer (&attributed, g_free);
  attributed = desk_case_grants_tab_get_attributed (tab);
  g_assert_cmpstr (attributed, ==, "Eviction Defense 2026");

  desk_test_save_pngs (GTK_WIDGET (editor), "ui-reports-case-override", FALSE);
  gtk_window_destroy (GTK_WINDOW (editor));
  iterate ();
}

/* Saving a case without a grant tells which grants it fits. */
static void
test_reports_suggest_after_save (void)
{
  DeskCaseEditor *editor = open_case (new_case_id, "details");
  g_autofree char *suggested = NULL;

  gtk_editable_set_text (GTK_EDITABLE (by_id (GTK_WIDGET (editor), "title_row")), "Rent increase without notice");
  desk_editor_save (DESK_EDITOR (editor));
  desk_test_wait_for (editor_saved, editor, "editor saved");

  g_assert_cmpstr (desk_feedback_get_last_toast (GTK_WIDGET (editor)), ==,
                   "The case fits 2 grants: see the Grants tab.");
  suggested = desk_case_grants_tab_get_suggested (DESK_CASE_GRANTS_TAB (desk_case_editor_get_tab (editor, "grants")));
  g_assert_cmpstr (suggested, ==, "General Support|Eviction Defense 2026");
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-reports-case-saved", FALSE);
  gtk_window_destroy (GTK_WINDOW (editor));
  iterate ();
}

/* ---- time charged to grants ---------------------------------------------------------- */

static gint64
latest_entry_grant (gint64 case_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (grant_id, 0) FROM time_entries WHERE case_id = %"
                                          G_GINT64_FORMAT " ORDER BY id DESC LIMIT 1", case_id);

  return desk_test_query_int (store (), sql);
}

static void
log_time (GtkWidget  *tab,
          const char *date,
          double      hours,
          const char *activity,
          gint64      grant_id)
{
  desk_date_entry_set_text (DESK_DATE_ENTRY (by_id (tab, "worked_on_entry")), date);
  desk_record_picker_set_record_id (DESK_RECORD_PICKER (by_id (tab, "volunteer_picker")), volunteer_id);
  desk_record_picker_set_record_id (DESK_RECORD_PICKER (by_id (tab, "grant_picker")), grant_id);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (by_id (tab, "hours_spin")), hours);
  gtk_editable_set_text (GTK_EDITABLE (by_id (tab, "activity_row")), activity);
  g_assert_true (gtk_widget_activate_action (tab, "tab.add", NULL));
  iterate ();
}

static void
test_reports_time (void)
{
  DeskCaseEditor *editor = open_case (housing_case_id, "time");
  GtkWidget *tab = GTK_WIDGET (desk_case_editor_get_tab (editor, "time"));
  DeskRecordPicker *grant_picker = DESK_RECORD_PICKER (by_id (tab, "grant_picker"));

  /* Nothing chosen: the case's own grant, named. */
  g_assert_cmpstr (desk_record_picker_get_text (grant_picker), ==, "The case’s grant (Eviction Defense 2026)");

  log_time (tab, "2026-02-10", 2.5, "Hearing on the unlawful detainer", 0);
  g_assert_cmpint (latest_entry_grant (housing_case_id), ==, eviction_grant_id);

  log_time (tab, "2026-03-02", 1.0, "Letter to the landlord", general_grant_id);
  g_assert_cmpint (latest_entry_grant (housing_case_id), ==, general_grant_id);
  /* The grant chosen stays for the next entry, as the volunteer does. */
  g_assert_cmpint (desk_record_picker_get_record_id (grant_picker), ==, general_grant_id);

  desk_test_wait_until_drawn (GTK_WIDGET (editor));
  g_assert_nonnull (find_row (tab, "Hearing on the unlawful detainer"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_row (tab, "Hearing on the unlawful detainer"))),
                   ==, "2026-02-10 · Margaret Chen · charged to Eviction Defense 2026");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_row (tab, "Letter to the landlord"))),
                   ==, "2026-03-02 · Margaret Chen · charged to General Support");
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-reports-case-time", FALSE);
  scroll_to_end (tab);
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-reports-case-time-list", FALSE);
  gtk_window_destroy (GTK_WINDOW (editor));
  iterate ();
}

/* ---- the report ------------------------------------------------------------------------- */

static gboolean
figures_ready (gpointer data)
{
  return !desk_report_view_get_computing (data) && desk_report_view_get_figures (data) != NULL;
}

/* Chooses the scope and period through the two drop-downs, as a person does. */
static void
choose_in_rows (DeskReportView   *view,
                const char       *scope_text,
                DeskReportPeriod  period)
{
  AdwComboRow *scope_row = ADW_COMBO_ROW (by_id (GTK_WIDGET (view), "scope_row"));
  GListModel *scopes = adw_combo_row_get_model (scope_row);
  guint found = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (scopes); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (scopes), i), scope_text) == 0)
      found = i;
  g_assert_cmpuint (found, !=, GTK_INVALID_LIST_POSITION);

  adw_combo_row_set_selected (scope_row, found);
  adw_combo_row_set_selected (ADW_COMBO_ROW (by_id (GTK_WIDGET (view), "period_row")), period);
  desk_test_wait_for (figures_ready, view, "figures ready");
}

static char *
expected_text (DeskReportFigures *figures,
               const char        *key,
               gint64             value)
{
  if (g_str_equal (key, "volunteer-hours"))
    return g_strdup_printf ("%.1f", value / 10.0);
  if (g_str_equal (key, "donated-value") || g_str_equal (key, "amount-recovered"))
    return desk_format_money (value);
  if (g_str_has_prefix (key, "clients") || g_str_has_prefix (key, "household"))
    return desk_report_figures_format_people (figures, value);
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static void
test_reports_figures (void)
{
  DeskReportsPage *page = show_reports_page ();
  DeskReportView *view = desk_reports_page_get_report_view (page);
  g_auto(DeskReportParams) params = { 0 };
  g_autoptr(DeskReportFigures) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) chart = g_string_new (NULL);
  g_autofree char *described = NULL;
  const DeskReportSummary *s;
  const DeskReportTable *categories;
  struct { const char *key; gint64 value; } figures[12];
  guint n = 0;
  int code_row = -1;

  desk_reports_page_set_view (page, "report");
  choose_in_rows (view, "Tenant Justice Foundation · Eviction Defense 2026", DESK_REPORT_PERIOD_LAST_QUARTER);

  /* The first quarter of 2026 (today is 2026-06-15), for the grant. */
  g_assert_true (desk_report_view_get_params (view, &params));
  g_assert_cmpint (params.scope, ==, DESK_REPORT_SCOPE_GRANT);
  g_assert_cmpint (params.scope_id, ==, eviction_grant_id);
  g_assert_cmpstr (params.from, ==, "2026-01-01");
  g_assert_cmpstr (params.to, ==, "2026-03-31");

  /* What the page shows is what the core counts for the same parameters. */
  expected = desk_report_figures_compute (store (), &params, NULL, &error);
  g_assert_no_error (error);
  s = desk_report_figures_get_summary (expected);
#define FIGURE(k, field) figures[n].key = k; figures[n++].value = s->field
  FIGURE ("cases-opened", cases_opened);
  FIGURE ("cases-closed", cases_closed);
  FIGURE ("cases-open-at-end", cases_open_at_end);
  FIGURE ("cases-served", cases_served);
  FIGURE ("clients-served", clients_served);
  FIGURE ("household-persons", household_persons);
  FIGURE ("household-adults", household_adults);
  FIGURE ("household-children", household_children);
  FIGURE ("dv-cases", dv_cases);
  FIGURE ("volunteer-hours", volunteer_tenths);
  FIGURE ("donated-value", donated_value_cents);
  FIGURE ("amount-recovered", amount_recovered_cents);
#undef FIGURE
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *want = expected_text (expected, figures[i].key, figures[i].value);

      g_assert_cmpstr (desk_report_view_get_summary_text (view, figures[i].key), ==, want);
    }

  /* And it is right: both cases (one attributed with a reason), the hearing's
   * 2.5 hours at the grant's $40 (the letter is charged to another grant),
   * the $1,200 recovered by the housing case closed in March. */
  g_assert_cmpint (s->cases_served, ==, 2);
  g_assert_cmpint (s->cases_closed, ==, 1);
  g_assert_cmpint (s->dv_cases, ==, 1);
  g_assert_cmpstr (desk_report_view_get_summary_text (view, "volunteer-hours"), ==, "2.5");
  g_assert_cmpstr (desk_report_view_get_summary_text (view, "donated-value"), ==, "$100.00");
  g_assert_cmpstr (desk_report_view_get_summary_text (view, "amount-recovered"), ==, "$1,200.00");
  /* Two clients and three people in their households are below five: hidden. */
  g_assert_cmpstr (desk_report_view_get_summary_text (view, "clients-served"), ==, "<5");

  /* The chart's text alternative lists every bar with its value. */
  categories = desk_report_figures_get_cases_by_category (expected);
  for (guint i = 0; i < categories->rows->len; i++)
    {
      const DeskReportRow *row = desk_report_table_get_row (categories, i);

      if (row->count > 0)
        g_string_append_printf (chart, "%s%s: %" G_GINT64_FORMAT, chart->len > 0 ? "; " : "", row->label, row->count);
    }
  described = desk_bar_chart_describe (desk_report_view_get_chart (view));
  g_assert_cmpstr (described, ==, chart->str);
  g_assert_cmpstr (described, ==, "Family: 1; Housing: 1");
  g_assert_cmpstr (desk_bar_chart_get_title (desk_report_view_get_chart (view)), ==,
                   "Cases served by problem category");

  /* The CSR matrix: the housing case, closed with A (counsel and advice). */
  for (int row = 1; row < 20 && code_row < 0; row++)
    if (g_strcmp0 (desk_report_view_get_csr_cell (view, row, 0), "63") == 0)
      code_row = row;
  g_assert_cmpint (code_row, >, 0);
  g_assert_cmpstr (desk_report_view_get_csr_cell (view, 0, 2), ==, "A");
  g_assert_cmpstr (desk_report_view_get_csr_cell (view, code_row, 2), ==, "1");
  g_assert_cmpstr (desk_report_view_get_csr_cell (view, code_row, 3), ==, "0");

  desk_test_save_pngs (GTK_WIDGET (window ()), "ui-reports", TRUE);
  scroll_to_end (GTK_WIDGET (view));
  desk_test_save_pngs (GTK_WIDGET (window ()), "ui-reports-csr", FALSE);

  /* Another choice counts again: the whole clinic sees the letter's hour too.
   * Chosen while the grant's second quarter is still being counted, the
   * count under way is dropped: what shows is the last choice's. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (by_id (GTK_WIDGET (view), "period_row")), DESK_REPORT_PERIOD_THIS_QUARTER);
  g_assert_true (desk_report_view_get_computing (view));
  choose_in_rows (view, "The whole clinic", DESK_REPORT_PERIOD_LAST_QUARTER);
  g_assert_cmpint (desk_report_figures_get_params (desk_report_view_get_figures (view))->scope, ==,
                   DESK_REPORT_SCOPE_CLINIC);
  g_assert_cmpstr (desk_report_figures_get_params (desk_report_view_get_figures (view))->from, ==, "2026-01-01");
  g_assert_cmpstr (desk_report_view_get_summary_text (view, "volunteer-hours"), ==, "3.5");
}

/* ---- the export ------------------------------------------------------------------------- */

static gboolean
export_done (gpointer data)
{
  return !desk_report_view_get_exporting (data);
}

static void
test_reports_export (void)
{
  DeskReportsPage *page = show_reports_page ();
  DeskReportView *view = desk_reports_page_get_report_view (page);
  g_autofree char *folder = g_build_filename (tmpdir, "out", NULL);
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-workbook.py", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  int status = -1;

  choose_in_rows (view, "Tenant Justice Foundation · Eviction Defense 2026", DESK_REPORT_PERIOD_LAST_QUARTER);
  name = desk_report_view_suggest_file_name (view);
  g_assert_cmpstr (name, ==, "Tenant Justice Foundation - Eviction Defense 2026 - 2026-01-01 to 2026-03-31.xlsx");

  /* Names on: the warning shows. */
  desk_report_view_set_include_names (view, TRUE);
  desk_test_wait_until_drawn (GTK_WIDGET (window ()));
  g_assert_true (desk_test_shows_label (GTK_WIDGET (view), "The workbook will hold privileged client information"));
  desk_report_view_set_include_names (view, FALSE);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  path = g_build_filename (folder, name, NULL);
  file = g_file_new_for_path (path);
  desk_report_view_export_to (view, file);
  g_assert_true (desk_report_view_get_exporting (view));
  desk_test_wait_for (export_done, view, "export done");

  g_assert_true (g_file_equal (desk_report_view_get_exported (view), file));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (desk_test_shows_label (GTK_WIDGET (view),
                                        "Saved “Tenant Justice Foundation - Eviction Defense 2026 - "
                                        "2026-01-01 to 2026-03-31.xlsx”"));
  desk_test_save_pngs (GTK_WIDGET (window ()), "ui-reports-exported", FALSE);
  /* Audited: who, which grant and period, names or not. */
  {
    g_autofree char *fields = audit_fields ("report", eviction_grant_id, "export");

    g_assert_nonnull (fields);
    g_assert_nonnull (strstr (fields, "2026-01-01"));
  }

  /* Read back by openpyxl: sheets, totals, formats and the key figures. */
  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("Debian's /usr/bin/python3 with python3-openpyxl is needed; build-aux/dev test installs it");
      return;
    }
  {
    const char *argv[] = { PYTHON, script, path, "--cases", "2", "--expect", "CasesServed=2", "--expect",
                           "CasesClosed=1", "--expect", "VolunteerHours=2.5", "--expect", "DonatedValue=100",
                           "--expect", "AmountRecovered=1200", "--text", "Eviction Defense 2026", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                                 &error));
    g_assert_no_error (error);
    g_test_message ("%s%s", out, err);
    g_assert_cmpstr (err, ==, "");
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_true (g_str_has_prefix (out, "ok "));
    /* No client's name went out with names off. */
    g_assert_null (strstr (out, "Rosa"));
  }
}

/* ---- archiving, the preferences ------------------------------------------------------ */

static void
test_reports_archive (void)
{
  DeskReportsPage *page = show_reports_page ();
  AdwComboRow *scope_row = ADW_COMBO_ROW (by_id (GTK_WIDGET (desk_reports_page_get_report_view (page)), "scope_row"));
  guint n_scopes = g_list_model_get_n_items (adw_combo_row_get_model (scope_row));

  desk_reports_page_set_view (page, "funders");
  g_assert_true (desk_reports_page_select (page, DESK_TYPE_GRANT, general_grant_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.archive", NULL));
  iterate ();
  g_assert_cmpstr (desk_reports_page_get_count_text (page), ==, "1 funder, 1 grant");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (scope_row)), ==, n_scopes - 1);
  g_assert_cmpstr (desk_feedback_get_last_toast (GTK_WIDGET (window ())), ==, "General Support archived");

  g_assert_true (desk_feedback_undo (GTK_WIDGET (window ())));
  iterate ();
  g_assert_cmpstr (desk_reports_page_get_count_text (page), ==, "1 funder, 2 grants");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (scope_row)), ==, n_scopes);
  desk_reports_page_set_view (page, "report");
}

static void
test_reports_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *clinic = NULL;
  GtkWindow *preferences;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = desk_application_get_preferences_window (app);
  g_assert_nonnull (preferences);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (by_id (GTK_WIDGET (preferences), "hour_value_spin")), 33.49);
  adw_combo_row_set_selected (ADW_COMBO_ROW (by_id (GTK_WIDGET (preferences), "fiscal_start_row")), 6);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (by_id (GTK_WIDGET (preferences), "threshold_spin")), 11);
  gtk_editable_set_text (GTK_EDITABLE (by_id (GTK_WIDGET (preferences), "clinic_name_row")), "Valley Legal Aid");
  g_assert_cmpint (g_settings_get_int64 (settings, "report-hour-value-cents"), ==, 3349);
  g_assert_cmpint (g_settings_get_int (settings, "report-fiscal-year-start"), ==, 7);
  g_assert_cmpuint (g_settings_get_uint (settings, "report-suppression-threshold"), ==, 11);
  clinic = g_settings_get_string (settings, "report-clinic-name");
  g_assert_cmpstr (clinic, ==, "Valley Legal Aid");

  scroll_to_end (GTK_WIDGET (preferences));
  desk_test_save_pngs (GTK_WIDGET (preferences), "ui-reports-preferences", FALSE);
  gtk_window_destroy (preferences);
  iterate ();

  g_settings_reset (settings, "report-hour-value-cents");
  g_settings_reset (settings, "report-fiscal-year-start");
  g_settings_reset (settings, "report-suppression-threshold");
  g_settings_reset (settings, "report-clinic-name");
}

/* ---- cancelling a large export -------------------------------------------------------- */

static gboolean
export_under_way (gpointer data)
{
  return !desk_report_view_get_exporting (data) || desk_report_view_get_export_fraction (data) > 0.0;
}

static void
test_reports_cancel_export (void)
{
  g_autofree char *big_path = g_build_filename (tmpdir, "large.db", NULL);
  g_autofree char *folder = g_build_filename (tmpdir, "cancelled", NULL);
  g_autofree char *path = g_build_filename (folder, "clinic.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  DeskReportsPage *page;
  DeskReportView *view;

  /* Thirty thousand cases: the Cases sheet alone takes three steps. */
  {
    g_autoptr(DeskStore) big = desk_store_open (big_path, &error);
    DeskDemoOptions options = { 0 };

    g_assert_no_error (error);
    options.n_cases = 30000;
    options.seed = 8;
    g_assert_true (desk_demo_generate (big, &options, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }

  g_assert_true (desk_application_open_database (app, big_path));
  page = show_reports_page ();
  view = desk_reports_page_get_report_view (page);
  desk_report_view_set_custom_dates (view, "2023-06-16", "2026-06-15");
  {
    gint64 start = g_get_monotonic_time ();
    gint64 served;

    choose_in_rows (view, "The whole clinic", DESK_REPORT_PERIOD_CUSTOM);
    served = desk_report_figures_get_summary (desk_report_view_get_figures (view))->cases_served;
    g_test_message ("figures of %" G_GINT64_FORMAT " cases served on screen %.0f ms after the choice", served,
                    (g_get_monotonic_time () - start) / 1000.0);
    g_assert_cmpint (served, >, 20000);
  }

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  desk_report_view_export_to (view, file);
  /* Cancel while its figures are being counted: the rows alone take a
   * few tens of milliseconds, so a later press could come after them. */
  g_assert_true (desk_report_view_get_exporting (view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "report.cancel-export", NULL));
  desk_test_wait_for (export_done, view, "export done");

  g_assert_cmpstr (desk_feedback_get_last_toast (GTK_WIDGET (window ())), ==,
                   "The export was cancelled; no file was written.");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* Nor any temporary file beside it. */
  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  g_assert_null (g_dir_read_name (dir));
  g_assert_null (desk_report_view_get_exported (view));

  /* Once more for a picture of the progress; it may finish meanwhile. */
  desk_report_view_export_to (view, file);
  desk_test_wait_for (export_under_way, view, "export under way");
  desk_test_wait_until_drawn (GTK_WIDGET (window ()));
  desk_test_save_png (GTK_WIDGET (window ()), "ui-reports-exporting.png");
  desk_report_view_cancel_export (view);
  desk_test_wait_for (export_done, view, "export done");
}

/* ---- the period choices --------------------------------------------------------------- */

static void
test_reports_periods (void)
{
  static const struct
  {
    DeskReportPeriod period;
    const char      *today;
    guint            fiscal_start;
    const char      *from;
    const char      *to;
  } cases[] = {
    { DESK_REPORT_PERIOD_THIS_QUARTER, "2026-06-15", 1, "2026-04-01", "2026-06-30" },
    { DESK_REPORT_PERIOD_LAST_QUARTER, "2026-06-15", 1, "2026-01-01", "2026-03-31" },
    { DESK_REPORT_PERIOD_LAST_QUARTER, "2026-02-01", 1, "2025-10-01", "2025-12-31" },
    { DESK_REPORT_PERIOD_THIS_HALF, "2026-06-15", 1, "2026-01-01", "2026-06-30" },
    { DESK_REPORT_PERIOD_LAST_HALF, "2026-06-15", 1, "2025-07-01", "2025-12-31" },
    { DESK_REPORT_PERIOD_THIS_FISCAL_YEAR, "2026-06-15", 7, "2025-07-01", "2026-06-30" },
    { DESK_REPORT_PERIOD_LAST_FISCAL_YEAR, "2026-06-15", 7, "2024-07-01", "2025-06-30" },
    { DESK_REPORT_PERIOD_THIS_QUARTER, "2026-06-15", 7, "2026-04-01", "2026-06-30" },
    { DESK_REPORT_PERIOD_LAST_QUARTER, "2026-08-01", 10, "2026-04-01", "2026-06-30" },
    { DESK_REPORT_PERIOD_THIS_FISCAL_YEAR, "2024-02-29", 3, "2023-03-01", "2024-02-29" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;

      g_assert_true (desk_report_period_range (cases[i].period, cases[i].today, cases[i].fiscal_start, &from, &to));
      g_assert_cmpstr (from, ==, cases[i].from);
      g_assert_cmpstr (to, ==, cases[i].to);
    }

  {
    g_autofree char *from = NULL;
    g_autofree char *to = NULL;
    g_autofree char *same_year = desk_report_period_describe ("2026-01-01", "2026-03-31");
    g_autofree char *two_years = desk_report_period_describe ("2025-07-01", "2026-06-30");

    g_assert_false (desk_report_period_range (DESK_REPORT_PERIOD_CUSTOM, "2026-06-15", 1, &from, &to));
    g_assert_cmpstr (same_year, ==, "January 1 – March 31, 2026");
    g_assert_cmpstr (two_years, ==, "July 1, 2025 – June 30, 2026");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  desk_test_init (&argc, &argv);

  tmpdir = g_dir_make_tmp ("probono-ui-reports-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (tmpdir, "clinic.db", NULL);
  seed_database (db_path);

  app = desk_test_application_new ();

  g_test_add_func ("/ui/reports/periods", test_reports_periods);
  /* Order matters: each test uses what the ones before made. */
  g_test_add_func ("/ui/reports/empty", test_reports_empty);
  g_test_add_func ("/ui/reports/funder-editor", test_reports_funder_editor);
  g_test_add_func ("/ui/reports/grant-editor", test_reports_grant_editor);
  g_test_add_func ("/ui/reports/case-grants", test_reports_case_grants);
  g_test_add_func ("/ui/reports/override", test_reports_override);
  g_test_add_func ("/ui/reports/suggest-after-save", test_reports_suggest_after_save);
  g_test_add_func ("/ui/reports/time", test_reports_time);
  g_test_add_func ("/ui/reports/figures", test_reports_figures);
  g_test_add_func ("/ui/reports/export", test_reports_export);
  g_test_add_func ("/ui/reports/archive", test_reports_archive);
  g_test_add_func ("/ui/reports/preferences", test_reports_preferences);
  /* Last: it opens another database. */
  g_test_add_func ("/ui/reports/cancel-export", test_reports_cancel_export);

  status = g_test_run ();

  for (const GList *iter = gtk_application_get_windows (GTK_APPLICATION (app)); iter != NULL;
       iter = gtk_application_get_windows (GTK_APPLICATION (app)))
    gtk_window_destroy (iter->data);
  iterate ();
  g_clear_object (&app);

  desk_test_remove_tree (tmpdir);
  g_free (db_path);
  g_free (tmpdir);

  return status;
}
