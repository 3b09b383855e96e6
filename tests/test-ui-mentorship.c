/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Mentorship in the window, as a program coordinator works it: volunteers
 * added and found, the matching board (Suggest Matches, accept, decline
 * with a reason and the re-solve, a card dragged and one moved by its
 * menu, pins, stale and overdue marks), the pairing's window (moves,
 * objectives, a check-in logged), the picker's "New Volunteer…" and the
 * matching preferences; PNGs of each. */
#define G_LOG_DOMAIN "test-ui-mentorship"

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "desk-application.h"
#include "desk-check-in-editor.h"
#include "desk-feedback.h"
#include "desk-gtk-compat.h"
#include "desk-matching-preferences.h"
#include "desk-matching-settings.h"
#include "desk-mentorship-page.h"
#include "desk-page.h"
#include "desk-pairing-window.h"
#include "desk-record-picker.h"
#include "desk-store-mentorship.h"
#include "desk-test.h"
#include "desk-ui-test.h"
#include "desk-volunteer-editor.h"
#include "desk-window.h"

static DeskApplication *app;
static char *tmpdir;

/* ---- helpers ----------------------------------------------------------------- */

static void
settle (void)
{
  for (guint i = 0; i < 50; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static DeskWindow *
open_clinic (const char *name)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  DeskWindow *window;

  g_assert_true (desk_application_open_database (app, path));
  window = desk_application_get_window (app);
  gtk_window_present (GTK_WINDOW (window));
  desk_test_resize (GTK_WIDGET (window), 1280, 800);
  return window;
}

static DeskVolunteer *
add_mentor (DeskStore  *store,
            const char *first,
            const char *last,
            int         capacity,
            const char *areas,
            const char *languages)
{
  return desk_test_new_record (store, DESK_TYPE_VOLUNTEER,
                               "first-name", first, "last-name", last,
                               "role", DESK_VOLUNTEER_ATTORNEY, "admission-year", 2010,
                               "is-mentor", TRUE, "mentor-tier", DESK_TIER_SENIOR, "mentor-capacity", capacity,
                               "can-help-with", DESK_GOAL_FIRST_HEARING | DESK_GOAL_DRAFTING,
                               "practice-areas", areas, "languages", languages, "county", "Franklin",
                               "availability", 0x1ff, "meeting-modes", DESK_MEETING_VIDEO, "monthly-hours", 6,
                               NULL);
}

static DeskVolunteer *
add_mentee (DeskStore  *store,
            const char *first,
            const char *last,
            const char *areas,
            const char *must_share)
{
  return desk_test_new_record (store, DESK_TYPE_VOLUNTEER,
                               "first-name", first, "last-name", last,
                               "role", DESK_VOLUNTEER_LAW_STUDENT,
                               "wants-mentor", TRUE, "mentee-tier", DESK_TIER_NOVICE,
                               "mentee-goals", DESK_GOAL_FIRST_HEARING,
                               "practice-areas", areas, "languages", must_share != NULL ? must_share : "English",
                               "must-share-languages", must_share != NULL ? must_share : "",
                               "county", "Franklin", "availability", 0x1ff, "meeting-modes", DESK_MEETING_VIDEO,
                               "monthly-hours", 4,
                               NULL);
}

static gint64
id_of (gpointer record)
{
  return desk_record_get_id (DESK_RECORD (record));
}

static gint64
query_int (DeskStore  *store,
           const char *format,
           ...) G_GNUC_PRINTF (2, 3);

static gint64
query_int (DeskStore  *store,
           const char *format,
           ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return desk_test_query_int (store, sql);
}

/* The live proposal or pairing of @mentee: its id and mentor. */
static gint64
live_pairing_of (DeskStore *store,
                 gpointer   mentee)
{
  return query_int (store, "SELECT coalesce (max (id), 0) FROM pairings WHERE archived = 0 "
                           "AND status IN ('proposed', 'accepted', 'active') AND mentee_id = %" G_GINT64_FORMAT,
                    id_of (mentee));
}

static gint64
live_mentor_of (DeskStore *store,
                gpointer   mentee)
{
  return query_int (store, "SELECT coalesce (max (mentor_id), 0) FROM pairings WHERE archived = 0 "
                           "AND status IN ('proposed', 'accepted', 'active') AND mentee_id = %" G_GINT64_FORMAT,
                    id_of (mentee));
}

static void
wait_for_board (DeskMentorshipPage *page)
{
  while (desk_mentorship_page_get_busy (page))
    g_main_context_iteration (NULL, TRUE);
  settle ();
}

/* The card of @mentee on the board, in whichever column. */
static DeskPairingCard *
find_card (DeskMentorshipPage *page,
           DeskStore          *store,
           gpointer            mentee)
{
  gint64 mentor_id = live_mentor_of (store, mentee);
  DeskBoardColumn *column = desk_mentorship_page_get_column (page, mentor_id);

  g_assert_nonnull (column);
  for (guint i = 0; i < desk_board_column_get_n_cards (column); i++)
    {
      DeskPairingCard *card = desk_board_column_get_card (column, i);

      if (id_of (desk_pairing_card_get_mentee (card)) == id_of (mentee))
        return card;
    }

  g_assert_not_reached ();
}

static char *
card_text (DeskMentorshipPage *page,
           DeskStore          *store,
           gpointer            mentee)
{
  return desk_pairing_card_get_text (find_card (page, store, mentee));
}

/* The last window the application opened of @type. */
static gpointer
find_window (GType type)
{
  for (GList *iter = gtk_window_list_toplevels (); iter != NULL; iter = g_list_delete_link (iter, iter))
    if (G_TYPE_CHECK_INSTANCE_TYPE (iter->data, type))
      {
        gpointer found = iter->data;

        g_list_free (iter);
        return found;
      }
  return NULL;
}

/* The question shown over @window: its reason entry gets @reason, then @answer. */
static void
answer_with_reason (GtkWidget  *window,
                    const char *reason,
                    const char *answer)
{
  GtkWidget *question = desk_gtk_compat_get_question (window);
  GtkEditable *entry;

  g_assert_nonnull (question);
  entry = desk_gtk_compat_get_reason_entry (question);
  g_assert_nonnull (entry);
  gtk_editable_set_text (entry, reason);
  desk_gtk_compat_answer (question, answer);
  settle ();
}

/* A menu model's item whose action and target are these, searched in sections and submenus. */
static gboolean
menu_has_item (GMenuModel *menu,
               const char *action,
               GVariant   *target)
{
  g_autoptr(GVariant) owned = g_variant_ref_sink (target);

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_action = NULL;
      g_autoptr(GVariant) item_target = NULL;
      const char *links[] = { G_MENU_LINK_SECTION, G_MENU_LINK_SUBMENU };

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action) &&
          g_str_equal (item_action, action))
        {
          item_target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, NULL);
          if (item_target != NULL && g_variant_equal (item_target, owned))
            return TRUE;
        }

      for (guint l = 0; l < G_N_ELEMENTS (links); l++)
        {
          g_autoptr(GMenuModel) link = g_menu_model_get_item_link (menu, i, links[l]);

          if (link != NULL && menu_has_item (link, action, g_variant_ref (owned)))
            return TRUE;
        }
    }

  return FALSE;
}

/* ---- volunteers -------------------------------------------------------------------- */

static void
test_volunteers_page (void)
{
  DeskWindow *window = open_clinic ("volunteers.db");
  DeskStore *store = desk_window_get_store (window);
  DeskPage *page = DESK_PAGE (desk_window_get_page_widget (window, "volunteers"));
  g_autoptr(DeskVolunteer) grace = add_mentor (store, "Grace", "Okafor", 2, "Housing, eviction defense", "English, Spanish");
  DeskVolunteerEditor *editor;
  DeskForm *form;
  GtkEditable *search;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "volunteers"));
  settle ();
  g_assert_cmpstr (desk_page_get_count_text (page), ==, "1 volunteer");

  /* New Volunteer: both names missing are said at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.new", NULL));
  settle ();
  editor = find_window (DESK_TYPE_VOLUNTEER_EDITOR);
  g_assert_nonnull (editor);
  form = desk_editor_get_form (DESK_EDITOR (editor));
  g_object_set (desk_editor_get_record (DESK_EDITOR (editor)), "email", "x@example.org", NULL);
  desk_editor_save (DESK_EDITOR (editor));
  settle ();
  g_assert_nonnull (desk_form_get_problem (form, "first-name"));
  g_assert_nonnull (desk_form_get_problem (form, "last-name"));
  g_assert_cmpuint (desk_form_get_shown_problems (form), >=, 2);
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-volunteer-editor-problems", FALSE);

  /* A mentee who must share Spanish, saved: listed and selected. */
  g_object_set (desk_editor_get_record (DESK_EDITOR (editor)),
                "first-name", "Luis", "last-name", "Ortega", "role", DESK_VOLUNTEER_LAW_STUDENT,
                "wants-mentor", TRUE, "mentee-tier", DESK_TIER_NOVICE, "mentee-goals", DESK_GOAL_FIRST_HEARING,
                "practice-areas", "Housing", "languages", "Spanish", "must-share-languages", "Spanish", NULL);
  desk_editor_save (DESK_EDITOR (editor));
  settle ();
  g_assert_null (desk_form_get_problem (form, "first-name"));
  g_assert_cmpstr (desk_editor_get_close_label (DESK_EDITOR (editor)), ==, "_Close");
  /* No value of an hour is none, not "0", once saved too. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (desk_form_get_widget (form, "hourly-value-cents"))), ==, "");
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM volunteers WHERE last_name = 'Ortega' AND wants_mentor = 1"), ==, 1);
  g_assert_cmpstr (desk_page_get_count_text (page), ==, "2 volunteers");
  g_assert_nonnull (desk_page_get_selected (page));
  g_assert_cmpstr (desk_volunteer_get_last_name (DESK_VOLUNTEER (desk_page_get_selected (page))), ==, "Ortega");
  desk_test_save_pngs (GTK_WIDGET (editor), "ui-volunteer-editor", FALSE);
  desk_test_assert_buttons_named (GTK_WIDGET (editor));
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Search by name. */
  search = GTK_EDITABLE (desk_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY));
  gtk_editable_set_text (search, "okaf");
  while (g_strcmp0 (desk_page_get_count_text (page), "1 volunteer found") != 0)
    g_main_context_iteration (NULL, TRUE);
  gtk_editable_set_text (search, "");
  while (g_strcmp0 (desk_page_get_count_text (page), "2 volunteers") != 0)
    g_main_context_iteration (NULL, TRUE);

  /* The mentoring filter (the second drop-down after the role). */
  {
    GtkWidget *role = desk_test_find_widget (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN);
    GtkWidget *box = gtk_widget_get_parent (gtk_widget_get_parent (role));
    GtkWidget *mentoring = desk_test_find_widget (gtk_widget_get_next_sibling (box), GTK_TYPE_DROP_DOWN);

    gtk_drop_down_set_selected (GTK_DROP_DOWN (mentoring), 1);   /* Mentors */
    settle ();
    g_assert_cmpstr (desk_page_get_count_text (page), ==, "1 volunteer found");
    g_assert_true (desk_page_select_id (page, id_of (grace)));
    gtk_drop_down_set_selected (GTK_DROP_DOWN (mentoring), 0);
    settle ();
  }
  desk_test_save_pngs (GTK_WIDGET (window), "ui-volunteers", TRUE);

  /* An inactive volunteer stays listed, marked, to be made active again. */
  desk_volunteer_set_active (grace, FALSE);
  desk_test_save (store, grace);
  settle ();
  g_assert_cmpstr (desk_page_get_count_text (page), ==, "2 volunteers");
}

/* "New Volunteer…" in a volunteer picker opens the editor, and the
 * volunteer saved is the one chosen; staff find volunteers by language. */
static void
test_picker_new_volunteer (void)
{
  DeskWindow *window = open_clinic ("picker.db");
  DeskStore *store = desk_window_get_store (window);
  g_autoptr(DeskVolunteer) grace = add_mentor (store, "Grace", "Okafor", 2, "Housing", "English, Spanish");
  g_autoptr(DeskVolunteer) tom = add_mentor (store, "Tom", "Reyes", 1, "Family", "English");
  GtkWidget *holder = gtk_window_new ();
  GtkWidget *picker = desk_record_picker_new (DESK_RECORD_PICKER_VOLUNTEERS);
  DeskVolunteerEditor *editor;

  gtk_window_set_transient_for (GTK_WINDOW (holder), GTK_WINDOW (window));
  gtk_window_set_child (GTK_WINDOW (holder), picker);
  desk_record_picker_set_store (DESK_RECORD_PICKER (picker), store);
  desk_record_picker_set_new_label (DESK_RECORD_PICKER (picker), "_New Volunteer…");
  gtk_window_present (GTK_WINDOW (holder));
  settle ();

  desk_record_picker_popup (DESK_RECORD_PICKER (picker));
  gtk_editable_set_text (desk_record_picker_get_search_entry (DESK_RECORD_PICKER (picker)), "spanish");
  /* The search runs once typing pauses. */
  while (g_list_model_get_n_items (desk_record_picker_get_results (DESK_RECORD_PICKER (picker))) != 1)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (desk_record_picker_choose (DESK_RECORD_PICKER (picker), 0));
  g_assert_cmpint (desk_record_picker_get_record_id (DESK_RECORD_PICKER (picker)), ==, id_of (grace));

  g_signal_emit_by_name (picker, "new-requested");
  settle ();
  editor = find_window (DESK_TYPE_VOLUNTEER_EDITOR);
  g_assert_nonnull (editor);
  g_object_set (desk_editor_get_record (DESK_EDITOR (editor)), "first-name", "Priya", "last-name", "Shah", NULL);
  desk_editor_save (DESK_EDITOR (editor));
  settle ();
  g_assert_cmpint (desk_record_picker_get_record_id (DESK_RECORD_PICKER (picker)), ==,
                   query_int (store, "SELECT id FROM volunteers WHERE last_name = 'Shah'"));
  g_assert_cmpstr (desk_record_picker_get_text (DESK_RECORD_PICKER (picker)), ==, "Priya Shah");

  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_window_destroy (GTK_WINDOW (holder));
  settle ();
}

/* ---- the matching board ------------------------------------------------------------- */

static void
test_board (void)
{
  DeskWindow *window = open_clinic ("board.db");
  DeskStore *store = desk_window_get_store (window);
  g_autoptr(DeskVolunteer) grace = add_mentor (store, "Grace", "Okafor", 2, "Housing, eviction defense", "English, Spanish");
  g_autoptr(DeskVolunteer) tom = add_mentor (store, "Tom", "Reyes", 2, "Family", "English");
  g_autoptr(DeskVolunteer) rosa = add_mentor (store, "Rosa", "Delgado", 2, "Housing, Family", "English");
  g_autoptr(DeskVolunteer) luis = add_mentee (store, "Luis", "Ortega", "Housing", "Spanish");
  g_autoptr(DeskVolunteer) mai = add_mentee (store, "Mai", "Nguyen", "Family", NULL);
  g_autoptr(DeskVolunteer) ana = add_mentee (store, "Ana", "Silva", "Housing", NULL);
  g_autoptr(DeskVolunteer) ben = add_mentee (store, "Ben", "Lee", "Family, Housing", NULL);
  DeskMentorshipPage *page;
  DeskBoardColumn *unmatched;
  g_autofree char *text = NULL;
  gint64 luis_pairing, mai_pairing, mai_mentor, ana_pairing, target;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "mentorship"));
  page = DESK_MENTORSHIP_PAGE (desk_window_get_page_widget (window, "mentorship"));
  settle ();

  /* Before any run: everyone waits, and says why. */
  g_assert_cmpstr (desk_mentorship_page_get_count_text (page), ==,
                   "3 mentors · 4 mentees · 0 proposed · 0 paired · 4 unmatched");
  unmatched = desk_mentorship_page_get_column (page, 0);
  g_assert_nonnull (unmatched);
  g_assert_cmpuint (desk_board_column_get_n_cards (unmatched), ==, 4);
  text = desk_pairing_card_get_text (desk_board_column_get_card (unmatched, 0));
  g_assert_nonnull (strstr (text, "press Suggest Matches"));
  g_clear_pointer (&text, g_free);

  /* Suggest Matches: a draft proposal for each, Luis with the one mentor who speaks Spanish. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.suggest", NULL));
  g_assert_true (desk_mentorship_page_get_busy (page));
  wait_for_board (page);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM pairings WHERE archived = 0 AND status = 'proposed'"), ==, 4);
  g_assert_cmpstr (desk_mentorship_page_get_count_text (page), ==,
                   "3 mentors · 4 mentees · 4 proposed · 0 paired · 0 unmatched");
  g_assert_cmpint (live_mentor_of (store, luis), ==, id_of (grace));
  g_assert_nonnull (strstr (desk_feedback_get_last_toast (GTK_WIDGET (window)), "4 matches proposed"));
  text = card_text (page, store, luis);
  g_assert_nonnull (strstr (text, "Proposed"));
  g_assert_nonnull (strstr (text, "Shares Housing"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (find_card (page, store, luis)), "draft"));
  g_assert_nonnull (desk_pairing_card_get_badge (find_card (page, store, luis)));
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr (desk_board_column_get_subtitle (desk_mentorship_page_get_column (page, id_of (grace))), !=, NULL);
  desk_test_save_pngs (GTK_WIDGET (window), "ui-mentorship-board", TRUE);
  desk_test_assert_buttons_named (GTK_WIDGET (window));

  /* Grace accepts Luis: no longer a draft, and her place is taken. */
  luis_pairing = live_pairing_of (store, luis);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.move-pairing", "(xi)", luis_pairing,
                                             (gint32) DESK_PAIRING_ACCEPTED));
  settle ();
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM pairings WHERE id = %" G_GINT64_FORMAT
                                     " AND status = 'accepted'", luis_pairing), ==, 1);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (find_card (page, store, luis)), "draft"));

  /* Mai's mentor declines her, with a reason: the decline is kept, Mai is
   * matched again elsewhere, and only she moves. */
  mai_pairing = live_pairing_of (store, mai);
  mai_mentor = live_mentor_of (store, mai);
  ana_pairing = live_pairing_of (store, ana);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.move-pairing", "(xi)", mai_pairing,
                                             (gint32) DESK_PAIRING_DECLINED));
  settle ();
  desk_test_save_pngs (GTK_WIDGET (desk_gtk_compat_get_question (GTK_WIDGET (window))), "ui-mentorship-decline", FALSE);
  answer_with_reason (GTK_WIDGET (window), "Her schedule clashes with mine", "move");
  wait_for_board (page);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM pairings WHERE id = %" G_GINT64_FORMAT
                                     " AND status = 'declined' AND end_reason = 'Her schedule clashes with mine'",
                              mai_pairing), ==, 1);
  g_assert_cmpint (live_mentor_of (store, mai), !=, 0);
  g_assert_cmpint (live_mentor_of (store, mai), !=, mai_mentor);
  g_assert_cmpint (live_pairing_of (store, ana), ==, ana_pairing);   /* untouched */
  g_assert_cmpint (live_pairing_of (store, luis), ==, luis_pairing);
  g_assert_nonnull (strstr (desk_feedback_get_last_toast (GTK_WIDGET (window)), "Matched again"));

  /* Ana dragged onto another mentor: what it costs is asked, then she is pinned there. */
  target = live_mentor_of (store, ana) == id_of (rosa) ? id_of (tom) : id_of (rosa);
  {
    GtkDragSource *source = NULL;
    GdkContentProvider *content = NULL;
    GValue value = G_VALUE_INIT;
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (find_card (page, store, ana)));

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && source == NULL; i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DRAG_SOURCE (controller))
          source = GTK_DRAG_SOURCE (controller);
      }
    g_assert_nonnull (source);
    g_signal_emit_by_name (source, "prepare", 5.0, 5.0, &content);
    g_assert_nonnull (content);
    g_value_init (&value, G_TYPE_INT64);
    g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
    g_assert_cmpint (g_value_get_int64 (&value), ==, id_of (ana));
    g_object_unref (content);

    /* What the mentor's column does with the drop. */
    g_signal_emit_by_name (desk_mentorship_page_get_column (page, target), "card-dropped", g_value_get_int64 (&value));
  }
  wait_for_board (page);
  {
    GtkWidget *question = desk_gtk_compat_get_question (GTK_WIDGET (window));

    g_assert_nonnull (question);
    desk_test_save_pngs (question, "ui-mentorship-move", FALSE);
    g_assert_true (desk_test_answer_question (GTK_WIDGET (window), "move"));
  }
  settle ();
  g_assert_cmpint (live_mentor_of (store, ana), ==, target);
  g_assert_cmpint (query_int (store, "SELECT pinned FROM pairings WHERE id = %" G_GINT64_FORMAT,
                              live_pairing_of (store, ana)), ==, 1);
  text = card_text (page, store, ana);
  g_assert_nonnull (strstr (text, "Pinned"));
  g_clear_pointer (&text, g_free);

  /* Ben moved by his card's "Move To" menu, the keyboard's way. */
  target = live_mentor_of (store, ben) == id_of (grace) ? id_of (tom) : id_of (grace);
  {
    GtkWidget *button = desk_test_find_widget (GTK_WIDGET (find_card (page, store, ben)), GTK_TYPE_MENU_BUTTON);
    GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));

    g_assert_true (menu_has_item (menu, "board.move-to", g_variant_new ("(xx)", id_of (ben), target)));
    g_assert_true (menu_has_item (menu, "board.move-pairing",
                                  g_variant_new ("(xi)", live_pairing_of (store, ben), (gint32) DESK_PAIRING_ACCEPTED)));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.move-to", "(xx)", id_of (ben), target));
  wait_for_board (page);
  g_assert_true (desk_test_answer_question (GTK_WIDGET (window), "move"));
  settle ();
  g_assert_cmpint (live_mentor_of (store, ben), ==, target);

  /* A pin comes off. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.pin", "x", live_pairing_of (store, ben)));
  settle ();
  g_assert_cmpint (query_int (store, "SELECT pinned FROM pairings WHERE id = %" G_GINT64_FORMAT,
                              live_pairing_of (store, ben)), ==, 0);

  /* A proposal nobody answered for a month and a half is stale. */
  desk_test_exec (store, "UPDATE pairings SET proposed_on = '2026-05-01' WHERE archived = 0 AND status = 'proposed'");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.pin", "x", live_pairing_of (store, ben)));
  settle ();
  text = card_text (page, store, ben);
  g_assert_nonnull (strstr (text, "Stale"));
  g_clear_pointer (&text, g_free);

  /* The mentor filter: what one mentor sees when reviewing. */
  {
    GtkWidget *picker = desk_test_find_widget (GTK_WIDGET (page), DESK_TYPE_RECORD_PICKER);

    desk_record_picker_set_record_id (DESK_RECORD_PICKER (picker), id_of (grace));
    settle ();
    g_assert_nonnull (desk_mentorship_page_get_column (page, id_of (grace)));
    g_assert_null (desk_mentorship_page_get_column (page, id_of (tom)));
    g_assert_null (desk_mentorship_page_get_column (page, 0));
    desk_record_picker_set_record_id (DESK_RECORD_PICKER (picker), 0);
    settle ();
  }
  desk_test_save_pngs (GTK_WIDGET (window), "ui-mentorship-board-reviewed", TRUE);
}

/* ---- the pairing's window and a check-in ---------------------------------------------- */

static void
test_pairing_window (void)
{
  DeskWindow *window = open_clinic ("pairing.db");
  DeskStore *store = desk_window_get_store (window);
  g_autoptr(DeskVolunteer) grace = add_mentor (store, "Grace", "Okafor", 2, "Housing", "English, Spanish");
  g_autoptr(DeskVolunteer) luis = add_mentee (store, "Luis", "Ortega", "Housing", "Spanish");
  g_autoptr(DeskPairing) pairing = NULL;
  g_autoptr(GError) error = NULL;
  DeskMentorshipPage *page;
  DeskPairingWindow *pairing_window;
  DeskCheckInEditor *check_in_editor;
  GtkWidget *start = NULL;
  g_autofree char *text = NULL;
  gint64 objective_id;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "mentorship"));
  page = DESK_MENTORSHIP_PAGE (desk_window_get_page_widget (window, "mentorship"));
  /* One of each: the counts say so in the singular. */
  settle ();
  g_assert_cmpstr (desk_mentorship_page_get_count_text (page), ==,
                   "1 mentor · 1 mentee · 0 proposed · 0 paired · 1 unmatched");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.suggest", NULL));
  wait_for_board (page);
  pairing = desk_store_get_pairing (store, live_pairing_of (store, luis), &error);
  g_assert_no_error (error);
  g_assert_true (desk_store_move_pairing (store, pairing, DESK_PAIRING_ACCEPTED, NULL, NULL, &error));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.open", "x", id_of (pairing)));
  settle ();
  pairing_window = find_window (DESK_TYPE_PAIRING_WINDOW);
  g_assert_nonnull (pairing_window);

  /* Start: the move buttons are the lifecycle's. */
  desk_test_wait_until_drawn (GTK_WIDGET (pairing_window));
  start = desk_test_find_button_labelled (GTK_WIDGET (pairing_window), "_Start");
  g_assert_nonnull (start);
  g_signal_emit_by_name (start, "clicked");
  settle ();
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM pairings WHERE id = %" G_GINT64_FORMAT
                                     " AND status = 'active' AND started_on = '2026-06-15'", id_of (pairing)), ==, 1);
  g_assert_cmpint (desk_pairing_get_status (DESK_PAIRING (desk_editor_get_record (DESK_EDITOR (pairing_window)))), ==,
                   DESK_PAIRING_ACTIVE);

  /* Objectives: Enter adds one; a blank one is refused with a sentence. */
  g_assert_true (desk_pairing_window_add_objective (pairing_window, "Argue a motion at a first hearing"));
  g_assert_false (desk_pairing_window_add_objective (pairing_window, ""));
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (desk_pairing_window_get_objectives (pairing_window)), ==, 1);
  objective_id = query_int (store, "SELECT id FROM objectives WHERE pairing_id = %" G_GINT64_FORMAT, id_of (pairing));

  /* Late: started in January, every two weeks, and no check-in since. */
  g_object_set (desk_editor_get_record (DESK_EDITOR (pairing_window)),
                "proposed-on", "2026-01-02", "decided-on", "2026-01-04", "started-on", "2026-01-05",
                "check-in-weeks", 2, NULL);
  desk_editor_save (DESK_EDITOR (pairing_window));
  settle ();
  g_assert_null (desk_form_get_problems (desk_editor_get_form (DESK_EDITOR (pairing_window)))->len > 0
                 ? ((GError *) g_ptr_array_index (desk_form_get_problems (desk_editor_get_form (DESK_EDITOR (pairing_window))), 0))->message
                 : NULL);
  settle ();
  g_assert_cmpint (query_int (store, "SELECT check_in_weeks FROM pairings WHERE id = %" G_GINT64_FORMAT,
                              id_of (pairing)), ==, 2);
  text = card_text (page, store, luis);
  g_assert_nonnull (strstr (text, "Check-in overdue"));
  g_clear_pointer (&text, g_free);
  g_assert_nonnull (strstr (desk_pairing_window_get_next_check_in (pairing_window), "Overdue since"));
  desk_test_save_pngs (GTK_WIDGET (pairing_window), "ui-pairing-window", TRUE);
  desk_test_assert_buttons_named (GTK_WIDGET (pairing_window));

  /* A check-in logged: ratings, fit, and the objective met. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pairing_window), "pairing.log-check-in", NULL));
  settle ();
  check_in_editor = find_window (DESK_TYPE_CHECK_IN_EDITOR);
  g_assert_nonnull (check_in_editor);
  g_object_set (desk_editor_get_record (DESK_EDITOR (check_in_editor)),
                "notes", "Prepared the motion together; Luis argues it on Friday.",
                "mentor-rating", 4, "mentee-rating", 5, "fit", 4, NULL);
  g_assert_true (desk_check_in_editor_set_objective_status (check_in_editor, objective_id, DESK_OBJECTIVE_MET));
  desk_test_save_pngs (GTK_WIDGET (check_in_editor), "ui-check-in-editor", FALSE);
  desk_test_assert_buttons_named (GTK_WIDGET (check_in_editor));
  desk_editor_save (DESK_EDITOR (check_in_editor));
  settle ();
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM check_ins WHERE held = 1 AND mentor_rating = 4 "
                                     "AND mentee_rating = 5 AND fit = 4 AND date = '2026-06-15'"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM objectives WHERE status = 'met'"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM objective_updates WHERE status = 'met'"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (desk_pairing_window_get_check_ins (pairing_window)), ==, 1);
  g_assert_nonnull (strstr (desk_pairing_window_get_next_check_in (pairing_window), "Due 2026-06-29"));
  text = card_text (page, store, luis);
  g_assert_null (strstr (text, "Check-in overdue"));
  g_clear_pointer (&text, g_free);

  gtk_window_destroy (GTK_WINDOW (check_in_editor));
  gtk_window_destroy (GTK_WINDOW (pairing_window));
  settle ();
}

/* ---- preferences ----------------------------------------------------------------------- */

static void
test_matching_preferences (void)
{
  g_autoptr(GSettings) settings = desk_matching_settings_new ();
  DeskMatchingPreferences *matching;
  GtkWidget *preferences;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  settle ();
  preferences = find_window (ADW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  matching = DESK_MATCHING_PREFERENCES (desk_test_find_widget (preferences, DESK_TYPE_MATCHING_PREFERENCES));
  g_assert_nonnull (matching);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (preferences), ADW_PREFERENCES_PAGE (matching));
  g_assert_null (desk_matching_preferences_get_problem (matching));

  /* A smallest gap over the largest is said in words. */
  g_settings_set_int (settings, "ideal-gap-min", 20);
  settle ();
  g_assert_nonnull (desk_matching_preferences_get_problem (matching));
  desk_test_save_pngs (preferences, "ui-preferences-matching", FALSE);
  g_settings_reset (settings, "ideal-gap-min");
  settle ();
  g_assert_null (desk_matching_preferences_get_problem (matching));

  gtk_window_destroy (GTK_WINDOW (preferences));
  settle ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  desk_test_init_accessibility ();
  desk_test_init (&argc, &argv);

  tmpdir = g_dir_make_tmp ("probono-ui-mentorship-XXXXXX", &error);
  g_assert_no_error (error);
  app = desk_test_application_new ();

  g_test_add_func ("/ui/mentorship/volunteers", test_volunteers_page);
  g_test_add_func ("/ui/mentorship/picker-new-volunteer", test_picker_new_volunteer);
  g_test_add_func ("/ui/mentorship/board", test_board);
  g_test_add_func ("/ui/mentorship/pairing-window", test_pairing_window);
  g_test_add_func ("/ui/mentorship/preferences", test_matching_preferences);

  status = g_test_run ();

  for (const GList *iter = gtk_application_get_windows (GTK_APPLICATION (app)); iter != NULL;
       iter = gtk_application_get_windows (GTK_APPLICATION (app)))
    gtk_window_destroy (iter->data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&app);

  desk_test_remove_tree (tmpdir);
  g_free (tmpdir);

  return status;
}
