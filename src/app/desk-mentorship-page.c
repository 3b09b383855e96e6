/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-mentorship-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-choices.h"
#include "desk-feedback.h"
#include "desk-gtk-compat.h"
#include "desk-labels.h"
#include "desk-matcher.h"
#include "desk-matching-settings.h"
#include "desk-mentorship-page.h"
#include "desk-pairing-moves.h"
#include "desk-pairing-window.h"
#include "desk-record-picker.h"
#include "desk-store-mentorship.h"
#include "desk-widget.h"

/* What a run of the matcher is for. */
typedef enum
{
  JOB_SUGGEST,   /* everyone without an answered pairing, anew */
  JOB_RESOLVE,   /* after a decline: the proposals people see stay */
  JOB_MOVE,      /* a mentee to a chosen mentor: what it costs, then the change */
} JobKind;

struct _DeskMentorshipPage
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkLabel          *count_label;
  GtkDropDown       *area_drop_down;
  GtkDropDown       *tier_drop_down;
  DeskRecordPicker  *mentor_picker;
  GtkRevealer       *progress_revealer;
  GtkLabel          *progress_label;
  GtkProgressBar    *progress_bar;
  GtkStack          *view_stack;
  GtkBox            *board_box;
  AdwStatusPage     *empty_page;

  /* Owned */
  DeskStore         *store;
  GSettings         *settings;
  GtkStringList     *areas;
  GCancellable      *job;           /* the matcher's run, while there is one */
  DeskMatchResult   *result;        /* the latest run: why mentees are unmatched */
  char              *area;          /* the practice area filter, NULL: any */
  guint              rebuild_source;
  guint              loading_areas : 1;
};

G_DEFINE_FINAL_TYPE (DeskMentorshipPage, desk_mentorship_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void desk_mentorship_page_queue_rebuild (DeskMentorshipPage *self);

/* ---- reading the program -------------------------------------------------------- */

/* The live pairing of each mentee: an active one over an accepted one over a proposal. */
static GHashTable *
live_pairings (DeskMentorshipPage  *self,
               GError             **error)
{
  g_autoptr(GListModel) pairings = desk_store_list_pairings (self->store, NULL, error);
  g_autoptr(GHashTable) by_mentee = NULL;
  guint n;

  if (pairings == NULL)
    return NULL;

  by_mentee = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  n = g_list_model_get_n_items (pairings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeskPairing) pairing = g_list_model_get_item (pairings, i);
      gint64 mentee_id = desk_pairing_get_mentee_id (pairing);
      DeskPairing *known;

      if (!desk_pairing_is_live (pairing))
        continue;
      known = g_hash_table_lookup (by_mentee, &mentee_id);
      if (known != NULL && desk_pairing_get_status (known) >= desk_pairing_get_status (pairing))
        continue;
      g_hash_table_replace (by_mentee, g_memdup2 (&mentee_id, sizeof mentee_id), g_steal_pointer (&pairing));
    }

  return g_steal_pointer (&by_mentee);
}

/* The active pairings whose check-in is late, by pairing id → since when. */
static GHashTable *
overdue_pairings (DeskMentorshipPage  *self,
                  const char          *today,
                  GError             **error)
{
  g_autoptr(GListModel) overdue = desk_store_list_overdue_check_ins (self->store, today, error);
  GHashTable *since;
  guint n;

  if (overdue == NULL)
    return NULL;

  since = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  n = g_list_model_get_n_items (overdue);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeskPairing) pairing = g_list_model_get_item (overdue, i);
      gint64 id = desk_record_get_id (DESK_RECORD (pairing));

      g_hash_table_replace (since, g_memdup2 (&id, sizeof id), g_strdup (desk_pairing_get_next_check_in (pairing)));
    }

  return since;
}

static GPtrArray *
volunteers (DeskMentorshipPage   *self,
            DeskMentoringFilter   mentoring,
            GError              **error)
{
  g_auto(DeskVolunteerQuery) query;
  g_autoptr(GListModel) found = NULL;
  GPtrArray *list;
  guint n;

  desk_volunteer_query_init (&query);
  query.mentoring = mentoring;
  found = desk_store_search_volunteers (self->store, &query, error);
  if (found == NULL)
    return NULL;

  list = g_ptr_array_new_with_free_func (g_object_unref);
  n = g_list_model_get_n_items (found);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (list, g_list_model_get_item (found, i));
  return list;
}

/* ---- filters --------------------------------------------------------------------- */

static gboolean
has_area (DeskVolunteer *volunteer,
          const char    *area)
{
  g_auto(GStrv) areas = NULL;

  if (area == NULL)
    return TRUE;

  areas = desk_volunteer_dup_practice_area_list (volunteer);
  for (guint i = 0; areas != NULL && areas[i] != NULL; i++)
    if (g_utf8_collate (areas[i], area) == 0 || g_ascii_strcasecmp (areas[i], area) == 0)
      return TRUE;
  return FALSE;
}

/* Row 1 of the tier filter: seniors and the intermediates they mentor; row 2: intermediates and novices. */
static gboolean
mentor_shown (DeskMentorshipPage *self,
              DeskVolunteer      *mentor)
{
  guint tier = gtk_drop_down_get_selected (self->tier_drop_down);
  gint64 only = desk_record_picker_get_record_id (self->mentor_picker);

  if (only != 0 && desk_record_get_id (DESK_RECORD (mentor)) != only)
    return FALSE;
  if (tier == 1 && desk_volunteer_get_mentor_tier (mentor) != DESK_TIER_SENIOR)
    return FALSE;
  if (tier == 2 && desk_volunteer_get_mentor_tier (mentor) != DESK_TIER_INTERMEDIATE)
    return FALSE;
  return has_area (mentor, self->area);
}

static gboolean
mentee_shown (DeskMentorshipPage *self,
              DeskVolunteer      *mentee)
{
  guint tier = gtk_drop_down_get_selected (self->tier_drop_down);

  if (tier == 1 && desk_volunteer_get_mentee_tier (mentee) != DESK_TIER_INTERMEDIATE)
    return FALSE;
  if (tier == 2 && desk_volunteer_get_mentee_tier (mentee) != DESK_TIER_NOVICE)
    return FALSE;
  return has_area (mentee, self->area);
}

static gboolean
desk_mentorship_page_is_filtered (DeskMentorshipPage *self)
{
  return self->area != NULL || gtk_drop_down_get_selected (self->tier_drop_down) > 0 ||
         desk_record_picker_get_record_id (self->mentor_picker) != 0;
}

/* ---- the cards' menus ------------------------------------------------------------ */

static GMenuModel *
card_menu (DeskPairing *pairing,
           gint64       mentee_id,
           GPtrArray   *mentors)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) moves = g_menu_new ();
  g_autoptr(GMenu) move_to = g_menu_new ();
  gint64 current_mentor = pairing != NULL ? desk_pairing_get_mentor_id (pairing) : 0;
  gboolean proposed = pairing == NULL || desk_pairing_get_status (pairing) == DESK_PAIRING_PROPOSED;

  if (pairing != NULL)
    {
      gint64 id = desk_record_get_id (DESK_RECORD (pairing));
      guint n_next;
      const DeskPairingStatus *next = desk_pairing_next_statuses (desk_pairing_get_status (pairing), &n_next);
      g_autoptr(GMenu) pairing_section = g_menu_new ();

      for (guint i = 0; i < n_next; i++)
        {
          g_autoptr(GMenuItem) item = g_menu_item_new (desk_pairing_move_label (next[i]), NULL);

          g_menu_item_set_action_and_target_value (item, "board.move-pairing",
                                                   g_variant_new ("(xi)", id, (gint32) next[i]));
          g_menu_append_item (moves, item);
        }
      g_menu_append_section (menu, NULL, G_MENU_MODEL (moves));

      {
        g_autoptr(GMenuItem) open = g_menu_item_new (_("_Open Pairing"), NULL);

        g_menu_item_set_action_and_target_value (open, "board.open", g_variant_new_int64 (id));
        g_menu_append_item (pairing_section, open);
      }
      if (proposed)
        {
          g_autoptr(GMenuItem) pin = g_menu_item_new (desk_pairing_get_pinned (pairing) ? _("_Unpin") : _("_Pin"), NULL);

          g_menu_item_set_action_and_target_value (pin, "board.pin", g_variant_new_int64 (id));
          g_menu_append_item (pairing_section, pin);
        }
      g_menu_append_section (menu, NULL, G_MENU_MODEL (pairing_section));
    }

  /* "Move to": every drag, by keyboard. */
  if (proposed)
    {
      for (guint i = 0; i < mentors->len; i++)
        {
          DeskVolunteer *mentor = g_ptr_array_index (mentors, i);
          gint64 mentor_id = desk_record_get_id (DESK_RECORD (mentor));
          g_autofree char *name = NULL;
          g_autoptr(GMenuItem) item = NULL;

          if (mentor_id == current_mentor || mentor_id == mentee_id)
            continue;
          name = desk_volunteer_get_full_name (mentor);
          item = g_menu_item_new (name, NULL);
          g_menu_item_set_action_and_target_value (item, "board.move-to", g_variant_new ("(xx)", mentee_id, mentor_id));
          g_menu_append_item (move_to, item);
        }
      if (g_menu_model_get_n_items (G_MENU_MODEL (move_to)) > 0)
        g_menu_append_submenu (menu, _("_Move To"), G_MENU_MODEL (move_to));
    }

  return G_MENU_MODEL (g_steal_pointer (&menu));
}

/* ---- the board ------------------------------------------------------------------- */

static void
desk_mentorship_page_card_dropped_cb (DeskMentorshipPage *self,
                                      gint64              mentee_id,
                                      DeskBoardColumn    *column)
{
  DeskVolunteer *mentor = desk_board_column_get_mentor (column);

  if (mentor != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "board.move-to", "(xx)", mentee_id,
                                desk_record_get_id (DESK_RECORD (mentor)));
}

static void
desk_mentorship_page_show_empty (DeskMentorshipPage *self,
                                 const char         *title,
                                 const char         *description)
{
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->view_stack, "empty");
}

static char *
unmatched_reason (DeskMentorshipPage *self,
                  gint64              mentee_id)
{
  g_autoptr(GError) error = NULL;
  char *reason = NULL;

  if (self->result != NULL)
    reason = desk_match_result_why_unmatched (self->result, mentee_id, &error);
  if (reason == NULL)
    reason = g_strdup (error != NULL ? error->message
                       : _("No mentor proposed yet: press Suggest Matches."));
  return reason;
}

static void
desk_mentorship_page_rebuild (DeskMentorshipPage *self)
{
  g_autoptr(GPtrArray) mentors = NULL;
  g_autoptr(GPtrArray) mentees = NULL;
  g_autoptr(GPtrArray) shown_mentors = g_ptr_array_new ();
  g_autoptr(GHashTable) pairings = NULL;
  g_autoptr(GHashTable) overdue = NULL;
  g_autoptr(GHashTable) columns = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = desk_today_iso ();
  g_autofree char *count = NULL;
  DeskMatchSettings settings;
  GtkWidget *child;
  GtkWidget *unmatched = NULL;
  guint n_proposed = 0, n_paired = 0, n_unmatched = 0;
  GHashTableIter iter;
  gpointer value;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->board_box))) != NULL)
    gtk_box_remove (self->board_box, child);

  if (self->store == NULL)
    {
      gtk_label_set_label (self->count_label, "");
      desk_mentorship_page_show_empty (self, _("No Database Open"), NULL);
      return;
    }

  /* Settings the matcher refuses leave the defaults; Preferences says why. */
  desk_matching_settings_load (self->settings, &settings, NULL);

  mentors = volunteers (self, DESK_MENTORING_MENTORS, &error);
  if (mentors != NULL)
    mentees = volunteers (self, DESK_MENTORING_MENTEES, &error);
  if (mentees != NULL)
    pairings = live_pairings (self, &error);
  if (pairings != NULL)
    overdue = overdue_pairings (self, today, &error);
  if (overdue == NULL)
    {
      desk_show_error (GTK_WIDGET (self), _("The mentoring program cannot be read"), error);
      desk_mentorship_page_show_empty (self, _("The Program Cannot Be Read"), error->message);
      return;
    }

  if (mentors->len == 0 && mentees->len == 0)
    {
      gtk_label_set_label (self->count_label, "");
      desk_mentorship_page_show_empty (self, _("No Mentoring Program Yet"),
                                       _("Mark volunteers as mentors, or as wanting a mentor, in their profile on the "
                                         "Volunteers page; they will be matched here."));
      return;
    }

  /* Places used count every live pairing, whatever the filters show. */
  g_hash_table_iter_init (&iter, pairings);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      gint64 mentor_id = desk_pairing_get_mentor_id (value);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (used, &mentor_id));

      g_hash_table_replace (used, g_memdup2 (&mentor_id, sizeof mentor_id), GUINT_TO_POINTER (n + 1));
    }

  for (guint i = 0; i < mentors->len; i++)
    {
      DeskVolunteer *mentor = g_ptr_array_index (mentors, i);
      gint64 mentor_id = desk_record_get_id (DESK_RECORD (mentor));
      GtkWidget *column;

      if (!mentor_shown (self, mentor))
        continue;

      column = desk_board_column_new (mentor);
      desk_board_column_set_places (DESK_BOARD_COLUMN (column),
                                    GPOINTER_TO_UINT (g_hash_table_lookup (used, &mentor_id)),
                                    (guint) MAX (desk_volunteer_get_mentor_capacity (mentor), 0));
      g_signal_connect_object (column, "card-dropped", G_CALLBACK (desk_mentorship_page_card_dropped_cb), self,
                               G_CONNECT_SWAPPED);
      g_hash_table_insert (columns, g_memdup2 (&mentor_id, sizeof mentor_id), column);
      g_ptr_array_add (shown_mentors, mentor);
    }

  if (desk_record_picker_get_record_id (self->mentor_picker) == 0)
    unmatched = desk_board_column_new (NULL);

  for (guint i = 0; i < mentees->len; i++)
    {
      DeskVolunteer *mentee = g_ptr_array_index (mentees, i);
      gint64 mentee_id = desk_record_get_id (DESK_RECORD (mentee));
      DeskPairing *pairing = g_hash_table_lookup (pairings, &mentee_id);
      GtkWidget *card;
      g_autoptr(GMenuModel) menu = NULL;

      if (!mentee_shown (self, mentee))
        continue;

      if (pairing != NULL)
        {
          gint64 mentor_id = desk_pairing_get_mentor_id (pairing);
          gint64 pairing_id = desk_record_get_id (DESK_RECORD (pairing));
          DeskBoardColumn *column = g_hash_table_lookup (columns, &mentor_id);

          if (desk_pairing_get_status (pairing) == DESK_PAIRING_PROPOSED)
            n_proposed++;
          else
            n_paired++;
          if (column == NULL)
            continue;

          card = desk_pairing_card_new (mentee, pairing);
          desk_pairing_card_set_flags (DESK_PAIRING_CARD (card),
                                       desk_pairing_is_stale (pairing, today, settings.stale_days),
                                       g_hash_table_lookup (overdue, &pairing_id));
          menu = card_menu (pairing, mentee_id, shown_mentors);
          desk_pairing_card_set_menu (DESK_PAIRING_CARD (card), menu);
          desk_board_column_add_card (column, DESK_PAIRING_CARD (card));
        }
      else
        {
          g_autofree char *reason = NULL;

          n_unmatched++;
          if (unmatched == NULL)
            continue;

          reason = unmatched_reason (self, mentee_id);
          card = desk_pairing_card_new (mentee, NULL);
          desk_pairing_card_set_reason (DESK_PAIRING_CARD (card), reason);
          menu = card_menu (NULL, mentee_id, shown_mentors);
          desk_pairing_card_set_menu (DESK_PAIRING_CARD (card), menu);
          desk_board_column_add_card (DESK_BOARD_COLUMN (unmatched), DESK_PAIRING_CARD (card));
        }
    }

  for (guint i = 0; i < shown_mentors->len; i++)
    {
      gint64 mentor_id = desk_record_get_id (g_ptr_array_index (shown_mentors, i));

      gtk_box_append (self->board_box, g_hash_table_lookup (columns, &mentor_id));
    }
  if (unmatched != NULL)
    {
      desk_board_column_set_places (DESK_BOARD_COLUMN (unmatched), desk_board_column_get_n_cards (DESK_BOARD_COLUMN (unmatched)), 0);
      gtk_box_append (self->board_box, unmatched);
    }

  /* The counts above the matching board, each in its own plural form. */
  {
    g_autofree char *mentors_text = g_strdup_printf (ngettext ("%u mentor", "%u mentors", mentors->len), mentors->len);
    g_autofree char *mentees_text = g_strdup_printf (ngettext ("%u mentee", "%u mentees", mentees->len), mentees->len);
    /* TRANSLATORS: pairings proposed on the matching board */
    g_autofree char *proposed_text = g_strdup_printf (ngettext ("%u proposed", "%u proposed", n_proposed), n_proposed);
    /* TRANSLATORS: mentees with an accepted or active pairing on the matching board */
    g_autofree char *paired_text = g_strdup_printf (ngettext ("%u paired", "%u paired", n_paired), n_paired);
    g_autofree char *unmatched_text = g_strdup_printf (ngettext ("%u unmatched", "%u unmatched", n_unmatched),
                                                       n_unmatched);

    count = g_strjoin (" · ", mentors_text, mentees_text, proposed_text, paired_text, unmatched_text, NULL);
  }
  gtk_label_set_label (self->count_label, count);

  if (shown_mentors->len == 0 && (unmatched == NULL || desk_board_column_get_n_cards (DESK_BOARD_COLUMN (unmatched)) == 0))
    desk_mentorship_page_show_empty (self, _("Nothing Matches the Filters"),
                                     desk_mentorship_page_is_filtered (self)
                                     ? _("No mentor or mentee has the practice area and tier chosen. Try “Every tier” "
                                         "or another practice area.")
                                     : _("Every mentee has a mentor and no mentor is listed."));
  else
    gtk_stack_set_visible_child_name (self->view_stack, "board");
}

static gboolean
desk_mentorship_page_rebuild_idle (gpointer user_data)
{
  DeskMentorshipPage *self = user_data;

  self->rebuild_source = 0;
  desk_mentorship_page_rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Saves come in bursts (a run saves hundreds of proposals): one rebuild after. */
static void
desk_mentorship_page_queue_rebuild (DeskMentorshipPage *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add_full (G_PRIORITY_LOW, desk_mentorship_page_rebuild_idle, self, NULL);
}

/* The practice areas to filter by, kept by name as the list changes. */
static void
desk_mentorship_page_load_areas (DeskMentorshipPage *self)
{
  guint selected;

  self->loading_areas = TRUE;
  selected = desk_choices_load_practice_areas (self->areas, self->store, self->area, GTK_WIDGET (self));
  gtk_drop_down_set_selected (self->area_drop_down, selected);
  self->loading_areas = FALSE;
  if (selected == 0)
    g_clear_pointer (&self->area, g_free);
}

static void
desk_mentorship_page_store_changed_cb (DeskMentorshipPage *self,
                                       const char         *entity)
{
  if (g_strcmp0 (entity, "volunteer") == 0)
    desk_mentorship_page_load_areas (self);
  desk_mentorship_page_queue_rebuild (self);
}

static void
desk_mentorship_page_settings_changed_cb (DeskMentorshipPage *self)
{
  desk_mentorship_page_queue_rebuild (self);
}

static void
desk_mentorship_page_filter_changed_cb (DeskMentorshipPage *self)
{
  guint area = gtk_drop_down_get_selected (self->area_drop_down);

  if (self->loading_areas)
    return;

  g_clear_pointer (&self->area, g_free);
  if (area != 0 && area != GTK_INVALID_LIST_POSITION)
    self->area = g_strdup (gtk_string_list_get_string (self->areas, area));
  desk_mentorship_page_queue_rebuild (self);
}

/* ---- running the matcher ---------------------------------------------------------- */

typedef struct
{
  DeskMentorshipPage *self;
  JobKind             kind;
  gint64              mentee_id;   /* JOB_MOVE */
  gint64              mentor_id;   /* JOB_MOVE */
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->self);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static void
desk_mentorship_page_update_actions (DeskMentorshipPage *self)
{
  gboolean idle = self->job == NULL && self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.suggest", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.move-to", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.move-pairing", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.cancel", self->job != NULL);
  gtk_revealer_set_reveal_child (self->progress_revealer, self->job != NULL);
}

static void
job_progress_cb (guint    done,
                 guint    total,
                 gpointer user_data)
{
  DeskMentorshipPage *self = user_data;

  if (total > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, (double) MIN (done, total) / total);
}

static void
job_finish (Job          *job,
            const GError *error)
{
  DeskMentorshipPage *self = job->self;

  g_clear_object (&self->job);
  desk_mentorship_page_update_actions (self);

  if (error == NULL)
    return;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    desk_show_toast (GTK_WIDGET (self), _("Matching stopped; nothing was changed"));
  else
    desk_show_error (GTK_WIDGET (self), _("The mentees cannot be matched"), error);
}

/* The mentees a run placed itself (not kept by a lock): their proposals are the run's to replace. */
static GArray *
placed_mentees (DeskMatchResult *result)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const DeskMatchPair *pairs;
  const gint64 *unmatched;
  guint n;

  pairs = desk_match_result_get_pairs (result, &n);
  for (guint i = 0; i < n; i++)
    if (pairs[i].kind != DESK_MATCH_PAIR_LOCKED)
      g_array_append_val (ids, pairs[i].mentee_id);
  unmatched = desk_match_result_get_unmatched (result, &n);
  g_array_append_vals (ids, unmatched, n);
  return ids;
}

static char *
mentee_name (DeskMentorshipPage *self,
             gint64              id)
{
  g_autoptr(DeskVolunteer) volunteer = desk_store_get_volunteer (self->store, id, NULL);

  return volunteer != NULL ? desk_volunteer_get_full_name (volunteer) : g_strdup_printf ("#%" G_GINT64_FORMAT, id);
}

typedef struct
{
  DeskMentorshipPage *self;
  DeskMatchWhatIf    *what_if;
} MoveQuestion;

static void
move_question_free (MoveQuestion *question)
{
  g_clear_object (&question->self);
  g_clear_pointer (&question->what_if, desk_match_what_if_free);
  g_free (question);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MoveQuestion, move_question_free)

static void
move_answered_cb (const char *answer,
                  gpointer    user_data)
{
  g_autoptr(MoveQuestion) question = user_data;
  DeskMentorshipPage *self = question->self;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mentee = NULL;
  g_autofree char *mentor = NULL;
  g_autofree char *toast = NULL;

  if (g_strcmp0 (answer, "move") != 0 || self->store == NULL)
    return;

  ids = placed_mentees (question->what_if->result);
  if (!desk_store_save_match_result_for (self->store, question->what_if->result, (const gint64 *) ids->data, ids->len,
                                         NULL, &error))
    {
      desk_show_error (GTK_WIDGET (self), _("The mentee cannot be moved"), error);
      return;
    }

  g_clear_pointer (&self->result, desk_match_result_unref);
  self->result = desk_match_result_ref (question->what_if->result);

  mentee = mentee_name (self, question->what_if->mentee_id);
  mentor = mentee_name (self, question->what_if->mentor_id);
  /* TRANSLATORS: a mentee moved on the matching board: "Luis Ortega goes to Grace Okafor" */
  toast = g_strdup_printf (_("%s goes to %s"), mentee, mentor);
  desk_show_toast (GTK_WIDGET (self), toast);
}

/* What moving costs, asked before anything changes. */
static void
desk_mentorship_page_ask_move (DeskMentorshipPage *self,
                               DeskMatchResult    *base,
                               gint64              mentee_id,
                               gint64              mentor_id)
{
  g_autoptr(MoveQuestion) question = g_new0 (MoveQuestion, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *mentee = mentee_name (self, mentee_id);
  g_autofree char *mentor = mentee_name (self, mentor_id);
  g_autofree char *heading = NULL;
  g_autofree char *change = NULL;
  g_autofree char *body = NULL;
  const DeskMatchPair *pair;
  const DeskResponse answers[] = {
    { "cancel", _("_Cancel"), DESK_RESPONSE_STYLE_DEFAULT },
    { "move", _("_Move"), DESK_RESPONSE_STYLE_SUGGESTED },
  };

  question->what_if = desk_matcher_what_if (base, mentee_id, mentor_id, NULL, &error);
  if (question->what_if == NULL)
    {
      /* TRANSLATORS: %s is a mentee, %s a mentor */
      g_autofree char *cannot = g_strdup_printf (_("%s cannot go to %s"), mentee, mentor);

      desk_show_error (GTK_WIDGET (self), cannot, error);
      return;
    }

  pair = desk_match_result_lookup (question->what_if->result, mentee_id);
  change = desk_match_what_if_describe (question->what_if);
  /* TRANSLATORS: the question before a mentee is moved: "Move Luis Ortega to Grace Okafor?" */
  heading = g_strdup_printf (_("Move %s to %s?"), mentee, mentor);
  /* TRANSLATORS: "Good 64: Shares Housing · both speak Spanish\n\n<what changes>" */
  body = g_strdup_printf (_("%s %u: %s\n\n%s The choice is pinned: later runs keep it."),
                          desk_pairing_strength ((int) pair->score), pair->score,
                          pair->explanation != NULL && *pair->explanation != '\0' ? pair->explanation : _("no strong common ground"),
                          change);

  question->self = g_object_ref (self);
  desk_gtk_compat_ask (GTK_WIDGET (self), heading, body, answers, G_N_ELEMENTS (answers), "move", "cancel",
                       move_answered_cb, g_steal_pointer (&question));
}

static void
job_solved_cb (GObject      *object,
               GAsyncResult *async_result,
               gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  DeskMentorshipPage *self = job->self;
  g_autoptr(DeskMatchResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;
  guint n_saved = 0;
  guint n_unmatched = 0;

  result = desk_matcher_solve_finish (async_result, &error);
  if (result == NULL || self->store == NULL)
    {
      job_finish (job, error);
      return;
    }

  desk_match_result_get_unmatched (result, &n_unmatched);

  switch (job->kind)
    {
    case JOB_SUGGEST:
      if (!desk_store_save_match_result (self->store, result, &n_saved, &error))
        break;
      /* TRANSLATORS: after Suggest Matches */
      toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match proposed, %u mentees unmatched",
                                            "%u matches proposed, %u mentees unmatched", n_saved),
                               n_saved, n_unmatched);
      break;

    case JOB_RESOLVE:
      {
        g_autoptr(GArray) ids = placed_mentees (result);

        if (!desk_store_save_match_result_for (self->store, result, (const gint64 *) ids->data, ids->len, &n_saved,
                                               &error))
          break;
        /* TRANSLATORS: after a decline, the mentees it affected were matched again */
        toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Matched again: %u new proposal",
                                              "Matched again: %u new proposals", n_saved), n_saved);
      }
      break;

    case JOB_MOVE:
      job_finish (job, NULL);
      desk_mentorship_page_ask_move (self, result, job->mentee_id, job->mentor_id);
      return;
    }

  if (error == NULL)
    {
      g_clear_pointer (&self->result, desk_match_result_unref);
      self->result = g_steal_pointer (&result);
      desk_show_toast (GTK_WIDGET (self), toast);
      desk_mentorship_page_queue_rebuild (self);
    }
  job_finish (job, error);
}

static void
job_loaded_cb (GObject      *object,
               GAsyncResult *async_result,
               gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  DeskMentorshipPage *self = job->self;
  g_autoptr(DeskMatchProblem) problem = NULL;
  g_autoptr(GError) error = NULL;

  problem = desk_store_load_match_problem_finish (DESK_STORE (object), async_result, &error);
  if (problem == NULL || self->store == NULL)
    {
      job_finish (job, error);
      return;
    }

  /* A review keeps the board people see; only the mentees it is about move. */
  if (job->kind != JOB_SUGGEST &&
      !desk_store_lock_proposals (self->store, problem, job->kind == JOB_MOVE ? &job->mentee_id : NULL,
                                  job->kind == JOB_MOVE ? 1 : 0, job->kind == JOB_MOVE ? job->mentor_id : 0,
                                  NULL, &error))
    {
      job_finish (job, error);
      return;
    }

  gtk_label_set_label (self->progress_label, _("Matching…"));
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  desk_matcher_solve_async (problem, job_progress_cb, self, self->job, job_solved_cb, g_steal_pointer (&job));
}

static void
desk_mentorship_page_run (DeskMentorshipPage *self,
                          JobKind             kind,
                          gint64              mentee_id,
                          gint64              mentor_id)
{
  g_autoptr(Job) job = g_new0 (Job, 1);
  DeskMatchSettings settings;
  g_autoptr(GError) error = NULL;

  if (self->job != NULL || self->store == NULL)
    return;

  if (!desk_matching_settings_load (self->settings, &settings, &error))
    desk_show_toast (GTK_WIDGET (self), _("The matching settings in Preferences are not usable; the defaults are used"));

  job->self = g_object_ref (self);
  job->kind = kind;
  job->mentee_id = mentee_id;
  job->mentor_id = mentor_id;

  self->job = g_cancellable_new ();
  gtk_label_set_label (self->progress_label, _("Reading the profiles and looking for conflicts of interest…"));
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  desk_mentorship_page_update_actions (self);

  desk_store_load_match_problem_async (self->store, &settings, job_progress_cb, self, self->job,
                                       job_loaded_cb, g_steal_pointer (&job));
}

/* ---- actions --------------------------------------------------------------------- */

static void
desk_mentorship_page_suggest_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  desk_mentorship_page_run (DESK_MENTORSHIP_PAGE (widget), JOB_SUGGEST, 0, 0);
}

static void
desk_mentorship_page_cancel_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  DeskMentorshipPage *self = DESK_MENTORSHIP_PAGE (widget);

  if (self->job != NULL)
    g_cancellable_cancel (self->job);
}

static void
desk_mentorship_page_move_to_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  gint64 mentee_id, mentor_id;

  g_variant_get (param, "(xx)", &mentee_id, &mentor_id);
  desk_mentorship_page_run (DESK_MENTORSHIP_PAGE (widget), JOB_MOVE, mentee_id, mentor_id);
}

static DeskPairing *
desk_mentorship_page_get_pairing (DeskMentorshipPage *self,
                                  gint64              id)
{
  g_autoptr(GError) error = NULL;
  DeskPairing *pairing;

  if (self->store == NULL)
    return NULL;
  pairing = desk_store_get_pairing (self->store, id, &error);
  if (pairing == NULL)
    desk_show_error (GTK_WIDGET (self), _("The pairing cannot be read"), error);
  return pairing;
}

static void
desk_mentorship_page_moved_cb (DeskPairing *pairing,
                               gpointer     user_data)
{
  g_autoptr(DeskMentorshipPage) self = user_data;

  /* A decline is an exclusion now: its mentee, and whoever the freed place suits, are matched again. */
  if (desk_pairing_get_status (pairing) == DESK_PAIRING_DECLINED)
    desk_mentorship_page_run (self, JOB_RESOLVE, 0, 0);
}

static void
desk_mentorship_page_move_pairing_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *param)
{
  DeskMentorshipPage *self = DESK_MENTORSHIP_PAGE (widget);
  g_autoptr(DeskPairing) pairing = NULL;
  gint64 id;
  gint32 to;

  g_variant_get (param, "(xi)", &id, &to);
  pairing = desk_mentorship_page_get_pairing (self, id);
  if (pairing != NULL)
    desk_pairing_move (widget, self->store, pairing, (DeskPairingStatus) to, desk_mentorship_page_moved_cb,
                       g_object_ref (self));
}

static void
desk_mentorship_page_open_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  DeskMentorshipPage *self = DESK_MENTORSHIP_PAGE (widget);
  g_autoptr(DeskPairing) pairing = desk_mentorship_page_get_pairing (self, g_variant_get_int64 (param));
  GtkRoot *root = gtk_widget_get_root (widget);

  if (pairing != NULL)
    desk_pairing_window_open (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, pairing);
}

static void
desk_mentorship_page_pin_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  DeskMentorshipPage *self = DESK_MENTORSHIP_PAGE (widget);
  g_autoptr(DeskPairing) pairing = desk_mentorship_page_get_pairing (self, g_variant_get_int64 (param));
  g_autoptr(GError) error = NULL;

  if (pairing == NULL)
    return;

  desk_pairing_set_pinned (pairing, !desk_pairing_get_pinned (pairing));
  if (!desk_store_save (self->store, DESK_RECORD (pairing), &error))
    desk_show_error (widget, _("The proposal cannot be pinned"), error);
}

/* ---- GObject ------------------------------------------------------------------------- */

static void
desk_mentorship_page_dispose (GObject *object)
{
  DeskMentorshipPage *self = (DeskMentorshipPage *)object;

  if (self->job != NULL)
    g_cancellable_cancel (self->job);
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_MENTORSHIP_PAGE);
  desk_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->areas);
  g_clear_pointer (&self->result, desk_match_result_unref);

  G_OBJECT_CLASS (desk_mentorship_page_parent_class)->dispose (object);
}

static void
desk_mentorship_page_finalize (GObject *object)
{
  DeskMentorshipPage *self = (DeskMentorshipPage *)object;

  g_free (self->area);

  G_OBJECT_CLASS (desk_mentorship_page_parent_class)->finalize (object);
}

static void
desk_mentorship_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DeskMentorshipPage *self = DESK_MENTORSHIP_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_mentorship_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DeskMentorshipPage *self = DESK_MENTORSHIP_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      desk_mentorship_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_mentorship_page_class_init (DeskMentorshipPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_mentorship_page_dispose;
  object_class->finalize = desk_mentorship_page_finalize;
  object_class->get_property = desk_mentorship_page_get_property;
  object_class->set_property = desk_mentorship_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, DESK_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DESK_TYPE_RECORD_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-mentorship-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskMentorshipPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DeskMentorshipPage, area_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskMentorshipPage, tier_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskMentorshipPage, mentor_picker);
  gtk_widget_class_bind_template_child (widget_class, DeskMentorshipPage, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, DeskMentorshipPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, DeskMentorshipPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DeskMentorshipPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskMentorshipPage, board_box);
  gtk_widget_class_bind_template_child (widget_class, DeskMentorshipPage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, desk_mentorship_page_filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "board.suggest", NULL, desk_mentorship_page_suggest_action);
  gtk_widget_class_install_action (widget_class, "board.cancel", NULL, desk_mentorship_page_cancel_action);
  gtk_widget_class_install_action (widget_class, "board.move-to", "(xx)", desk_mentorship_page_move_to_action);
  gtk_widget_class_install_action (widget_class, "board.move-pairing", "(xi)", desk_mentorship_page_move_pairing_action);
  gtk_widget_class_install_action (widget_class, "board.open", "x", desk_mentorship_page_open_action);
  gtk_widget_class_install_action (widget_class, "board.pin", "x", desk_mentorship_page_pin_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "deskmentorshippage");
}

static void
desk_mentorship_page_init (DeskMentorshipPage *self)
{
  self->areas = gtk_string_list_new (NULL);
  self->settings = desk_matching_settings_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->loading_areas = TRUE;
  gtk_drop_down_set_model (self->area_drop_down, G_LIST_MODEL (self->areas));
  {
    /* The drop-down searches the areas by their text; it takes no ownership. */
    g_autoptr(GtkExpression) text = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

    gtk_drop_down_set_expression (self->area_drop_down, text);
  }
  self->loading_areas = FALSE;

  /* New weights or a new floor change the reasons the board gives. */
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (desk_mentorship_page_settings_changed_cb), self,
                           G_CONNECT_SWAPPED);

  desk_mentorship_page_update_actions (self);
  desk_mentorship_page_load_areas (self);
  desk_mentorship_page_rebuild (self);
}

DeskStore *
desk_mentorship_page_get_store (DeskMentorshipPage *self)
{
  g_return_val_if_fail (DESK_IS_MENTORSHIP_PAGE (self), NULL);

  return self->store;
}

void
desk_mentorship_page_set_store (DeskMentorshipPage *self,
                                DeskStore          *store)
{
  g_return_if_fail (DESK_IS_MENTORSHIP_PAGE (self));
  g_return_if_fail (store == NULL || DESK_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->job != NULL)
    g_cancellable_cancel (self->job);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, desk_mentorship_page_store_changed_cb, self);
  g_set_object (&self->store, store);
  g_clear_pointer (&self->result, desk_match_result_unref);
  desk_record_picker_set_store (self->mentor_picker, store);

  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::pairing", G_CALLBACK (desk_mentorship_page_store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::volunteer", G_CALLBACK (desk_mentorship_page_store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::check-in", G_CALLBACK (desk_mentorship_page_store_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  desk_mentorship_page_update_actions (self);
  desk_mentorship_page_load_areas (self);
  desk_mentorship_page_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

DeskBoardColumn *
desk_mentorship_page_get_column (DeskMentorshipPage *self,
                                 gint64              mentor_id)
{
  g_return_val_if_fail (DESK_IS_MENTORSHIP_PAGE (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->board_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      DeskVolunteer *mentor = desk_board_column_get_mentor (DESK_BOARD_COLUMN (child));

      if ((mentor == NULL && mentor_id == 0) ||
          (mentor != NULL && desk_record_get_id (DESK_RECORD (mentor)) == mentor_id))
        return DESK_BOARD_COLUMN (child);
    }

  return NULL;
}

const char *
desk_mentorship_page_get_count_text (DeskMentorshipPage *self)
{
  g_return_val_if_fail (DESK_IS_MENTORSHIP_PAGE (self), NULL);

  return gtk_label_get_label (self->count_label);
}

gboolean
desk_mentorship_page_get_busy (DeskMentorshipPage *self)
{
  g_return_val_if_fail (DESK_IS_MENTORSHIP_PAGE (self), FALSE);

  return self->job != NULL;
}

const char *
desk_mentorship_page_get_empty_title (DeskMentorshipPage *self)
{
  g_return_val_if_fail (DESK_IS_MENTORSHIP_PAGE (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "empty") != 0)
    return NULL;
  return adw_status_page_get_title (self->empty_page);
}
