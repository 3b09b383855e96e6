/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-pairing-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-check-in-editor.h"
#include "desk-choices.h"
#include "desk-feedback.h"
#include "desk-labels.h"
#include "desk-pairing-card.h"
#include "desk-pairing-moves.h"
#include "desk-pairing-window.h"

struct _DeskPairingWindow
{
  DeskEditor     parent_instance;

  /* Template widgets */
  GtkLabel      *status_label;
  GtkLabel      *status_hint;
  GtkBox        *moves_box;
  GtkLabel      *general_error;
  AdwActionRow  *match_row;
  AdwActionRow  *dates_row;
  AdwActionRow  *reason_row;
  GtkSpinButton *weeks_spin;
  GtkLabel      *weeks_error;
  AdwActionRow  *next_row;
  GtkListBox    *objectives_list;
  AdwEntryRow   *objective_row;
  GtkLabel      *objective_error;
  GtkListBox    *check_ins_list;
  GtkListBox    *cases_list;

  /* Owned */
  GListModel    *objectives;
  GListModel    *check_ins;
  GListModel    *cases;
  gint64         lists_id;    /* the pairing the lists are of */
};

G_DEFINE_FINAL_TYPE (DeskPairingWindow, desk_pairing_window, DESK_TYPE_EDITOR)

static DeskPairing *
desk_pairing_window_pairing (DeskPairingWindow *self)
{
  return DESK_PAIRING (desk_editor_get_record (DESK_EDITOR (self)));
}

static void
set_subtitle (AdwActionRow *row,
              const char   *text)
{
  adw_action_row_set_subtitle (row, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (row), text != NULL && *text != '\0');
}

/* ---- where the pairing is ------------------------------------------------------ */

static void
desk_pairing_window_reload (DeskPairingWindow *self)
{
  DeskStore *store = desk_editor_get_store (DESK_EDITOR (self));
  g_autoptr(DeskRecord) fresh = NULL;
  g_autoptr(GError) error = NULL;

  fresh = desk_store_get (store, DESK_TYPE_PAIRING, desk_record_get_id (desk_editor_get_record (DESK_EDITOR (self))),
                          &error);
  if (fresh == NULL)
    desk_show_error (GTK_WIDGET (self), _("The pairing cannot be read again"), error);
  else
    desk_editor_set_record (DESK_EDITOR (self), fresh);
}

static void
desk_pairing_window_moved_cb (DeskPairing *pairing,
                              gpointer     user_data)
{
  g_autoptr(DeskPairingWindow) self = user_data;

  desk_pairing_window_reload (self);
}

static void
move_clicked_cb (GtkButton         *button,
                 DeskPairingWindow *self)
{
  DeskPairingStatus to = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "desk-status"));
  DeskStore *store = desk_editor_get_store (DESK_EDITOR (self));
  g_autoptr(DeskPairing) moving = NULL;
  g_autoptr(GError) error = NULL;

  /* The move is made on the pairing as saved; the window reads it back after. */
  moving = (DeskPairing *) desk_store_get (store, DESK_TYPE_PAIRING,
                                           desk_record_get_id (desk_editor_get_record (DESK_EDITOR (self))), &error);
  if (moving == NULL)
    {
      desk_show_error (GTK_WIDGET (self), _("The pairing cannot be read again"), error);
      return;
    }

  desk_pairing_move (GTK_WIDGET (self), store, moving, to, desk_pairing_window_moved_cb, g_object_ref (self));
}

static void
desk_pairing_window_update_status (DeskPairingWindow *self)
{
  static const char * const classes[] = { "proposed", "accepted", "active", "completed", "declined", "ended-early" };
  DeskPairing *pairing = desk_pairing_window_pairing (self);
  DeskPairingStatus status = desk_pairing_get_status (pairing);
  g_autofree char *today = desk_today_iso ();
  g_autofree char *match = NULL;
  g_autoptr(GString) dates = g_string_new (NULL);
  const DeskPairingStatus *next;
  const char *next_check_in = desk_pairing_get_next_check_in (pairing);
  const char *hint;
  GtkWidget *child;
  guint n_next;

  gtk_label_set_text (self->status_label, desk_enum_label (DESK_TYPE_PAIRING_STATUS, status));
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), classes[status]);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->moves_box))) != NULL)
    gtk_box_remove (self->moves_box, child);

  next = desk_pairing_next_statuses (status, &n_next);
  for (guint i = 0; i < n_next; i++)
    {
      GtkWidget *button;

      /* A proposal is declined on the board, where its mentee is matched again. */
      if (next[i] == DESK_PAIRING_DECLINED)
        continue;
      button = gtk_button_new_with_mnemonic (desk_pairing_move_label (next[i]));
      g_object_set_data (G_OBJECT (button), "desk-status", GINT_TO_POINTER (next[i]));
      g_signal_connect (button, "clicked", G_CALLBACK (move_clicked_cb), self);
      if (gtk_widget_get_first_child (GTK_WIDGET (self->moves_box)) == NULL && next[i] != DESK_PAIRING_ENDED_EARLY)
        gtk_widget_add_css_class (button, "suggested-action");
      gtk_box_append (self->moves_box, button);
    }

  switch (status)
    {
    case DESK_PAIRING_PROPOSED:
      hint = _("Proposed by the matcher: the mentor accepts it, or declines it on the matching board.");
      break;
    case DESK_PAIRING_ACCEPTED:
      hint = _("Accepted: start it at the first meeting.");
      break;
    case DESK_PAIRING_ACTIVE:
      hint = _("Under way: log each check-in and the progress on the objectives.");
      break;
    default:
      hint = _("Finished. Its objectives and check-ins stay on record.");
      break;
    }
  gtk_label_set_text (self->status_hint, hint);

  /* TRANSLATORS: "Strong 82" */
  match = g_strdup_printf ("%s %d", desk_pairing_strength (desk_pairing_get_score (pairing)),
                           desk_pairing_get_score (pairing));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->match_row), match);
  adw_action_row_set_subtitle (self->match_row, desk_pairing_get_explanation (pairing));

  g_string_append_printf (dates, _("Proposed %s"), desk_pairing_get_proposed_on (pairing));
  if (desk_pairing_get_decided_on (pairing) != NULL)
    g_string_append_printf (dates, " · %s %s", status == DESK_PAIRING_DECLINED ? _("declined") : _("accepted"),
                            desk_pairing_get_decided_on (pairing));
  if (desk_pairing_get_started_on (pairing) != NULL)
    g_string_append_printf (dates, " · %s %s", _("started"), desk_pairing_get_started_on (pairing));
  if (desk_pairing_get_ended_on (pairing) != NULL)
    g_string_append_printf (dates, " · %s %s", _("ended"), desk_pairing_get_ended_on (pairing));
  set_subtitle (self->dates_row, dates->str);
  set_subtitle (self->reason_row, desk_pairing_get_end_reason (pairing));

  /* Check-ins are kept for the pairings under way. */
  gtk_widget_remove_css_class (GTK_WIDGET (self->next_row), "desk-overdue-row");
  if (status == DESK_PAIRING_ACTIVE && next_check_in != NULL)
    {
      g_autofree char *text = NULL;

      if (g_strcmp0 (next_check_in, today) < 0)
        {
          /* TRANSLATORS: %s is a date */
          text = g_strdup_printf (_("Overdue since %s"), next_check_in);
          gtk_widget_add_css_class (GTK_WIDGET (self->next_row), "desk-overdue-row");
        }
      else
        /* TRANSLATORS: %s is a date */
        text = g_strdup_printf (_("Due %s"), next_check_in);
      set_subtitle (self->next_row, text);
    }
  else
    set_subtitle (self->next_row, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairing.log-check-in",
                                 status == DESK_PAIRING_ACCEPTED || status == DESK_PAIRING_ACTIVE);
}

/* ---- objectives ------------------------------------------------------------------ */

static void
objective_status_changed_cb (AdwComboRow       *row,
                             GParamSpec        *pspec,
                             DeskPairingWindow *self)
{
  DeskObjective *objective = g_object_get_data (G_OBJECT (row), "desk-objective");
  DeskObjectiveStatus status = adw_combo_row_get_selected (row);
  g_autoptr(DeskObjective) changed = NULL;
  g_autoptr(GError) error = NULL;

  if (objective == NULL || desk_objective_get_status (objective) == status)
    return;

  /* Saved as it is chosen, like a case's deadlines. */
  changed = desk_record_dup (DESK_RECORD (objective));
  desk_objective_set_status (changed, status);
  if (!desk_store_save (desk_editor_get_store (DESK_EDITOR (self)), DESK_RECORD (changed), &error))
    {
      desk_show_error (GTK_WIDGET (self), _("The objective cannot be changed"), error);
      adw_combo_row_set_selected (row, desk_objective_get_status (objective));
    }
}

static GtkWidget *
create_objective_row (gpointer item,
                      gpointer user_data)
{
  DeskPairingWindow *self = user_data;
  DeskObjective *objective = item;
  g_autoptr(GListModel) statuses = desk_choices_for_enum (DESK_TYPE_OBJECTIVE_STATUS, NULL);
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  /* TRANSLATORS: when an objective was set; %s is a date */
  g_autofree char *set_on = g_strdup_printf (_("Set %s"), desk_objective_get_set_on (objective));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), desk_objective_get_description (objective));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), set_on);
  adw_combo_row_set_model (row, statuses);
  adw_combo_row_set_selected (row, desk_objective_get_status (objective));
  g_object_set_data_full (G_OBJECT (row), "desk-objective", g_object_ref (objective), g_object_unref);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (objective_status_changed_cb), self, 0);

  return GTK_WIDGET (row);
}

static void
desk_pairing_window_add_objective_cb (DeskPairingWindow *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->objective_row)));

  if (desk_pairing_window_add_objective (self, g_strstrip (text)))
    gtk_editable_set_text (GTK_EDITABLE (self->objective_row), "");
}

/* ---- check-ins -------------------------------------------------------------------- */

/* "Mentor 4/5 · Mentee 5/5 · Fit 3/5 · notes" */
G_GNUC_PRINTF (2, 3)
static void
append_part (GString    *text,
             const char *format,
             ...)
{
  va_list args;

  if (text->len > 0)
    g_string_append (text, " · ");
  va_start (args, format);
  g_string_append_vprintf (text, format, args);
  va_end (args);
}

static GtkWidget *
create_check_in_row (gpointer item,
                     gpointer user_data)
{
  DeskCheckIn *check_in = item;
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *notes = desk_check_in_get_notes (check_in);
  GtkWidget *row = adw_action_row_new ();

  /* TRANSLATORS: a check-in in the pairing's list: "2026-06-01 · Held" */
  title = g_strdup_printf ("%s · %s", desk_check_in_get_date (check_in),
                           desk_check_in_get_held (check_in) ? _("Held") : _("Planned"));
  if (desk_check_in_get_mentor_rating (check_in) > 0)
    append_part (subtitle, _("Mentor %d/5"), desk_check_in_get_mentor_rating (check_in));
  if (desk_check_in_get_mentee_rating (check_in) > 0)
    append_part (subtitle, _("Mentee %d/5"), desk_check_in_get_mentee_rating (check_in));
  if (desk_check_in_get_fit (check_in) > 0)
    append_part (subtitle, _("Fit %d/5"), desk_check_in_get_fit (check_in));
  if (!desk_text_is_blank (notes))
    append_part (subtitle, "%s", notes);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "desk-check-in", g_object_ref (check_in), g_object_unref);

  return row;
}

static void
desk_pairing_window_check_in_activated_cb (DeskPairingWindow *self,
                                           GtkListBoxRow     *row)
{
  DeskCheckIn *check_in = g_object_get_data (G_OBJECT (row), "desk-check-in");

  if (check_in != NULL)
    desk_check_in_editor_open (GTK_WINDOW (self), desk_editor_get_store (DESK_EDITOR (self)),
                               desk_pairing_window_pairing (self), check_in);
}

static void
desk_pairing_window_log_check_in_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *param)
{
  DeskPairingWindow *self = DESK_PAIRING_WINDOW (widget);

  desk_check_in_editor_open (GTK_WINDOW (self), desk_editor_get_store (DESK_EDITOR (self)),
                             desk_pairing_window_pairing (self), NULL);
}

/* ---- cases --------------------------------------------------------------------------- */

static GtkWidget *
create_case_row (gpointer item,
                 gpointer user_data)
{
  DeskCase *kase = item;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), desk_case_get_case_number (kase));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), desk_case_get_title (kase));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-case");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                          g_variant_new_int64 (desk_record_get_id (DESK_RECORD (kase))));

  return row;
}

/* ---- the lists ------------------------------------------------------------------------ */

static GtkWidget *
placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  return label;
}

static void
desk_pairing_window_load_lists (DeskPairingWindow *self)
{
  DeskStore *store = desk_editor_get_store (DESK_EDITOR (self));
  gint64 id = desk_record_get_id (desk_editor_get_record (DESK_EDITOR (self)));
  g_autoptr(GError) error = NULL;

  /* The lists follow the store by themselves once made for the pairing. */
  if (id <= 0 || id == self->lists_id)
    return;
  self->lists_id = id;
  g_clear_object (&self->objectives);
  g_clear_object (&self->check_ins);
  g_clear_object (&self->cases);

  self->objectives = desk_store_list_objectives (store, id, &error);
  if (self->objectives != NULL)
    self->check_ins = desk_store_list_check_ins (store, id, &error);
  if (self->check_ins != NULL)
    self->cases = desk_store_list_pairing_cases (store, id, &error);
  if (self->cases == NULL)
    {
      desk_show_error (GTK_WIDGET (self), _("The pairing’s objectives, check-ins and cases cannot be read"), error);
      return;
    }

  gtk_list_box_bind_model (self->objectives_list, self->objectives, create_objective_row, self, NULL);
  gtk_list_box_bind_model (self->check_ins_list, self->check_ins, create_check_in_row, self, NULL);
  gtk_list_box_bind_model (self->cases_list, self->cases, create_case_row, self, NULL);
}

/* ---- DeskEditor -------------------------------------------------------------------- */

static char *
desk_pairing_window_describe (DeskEditor *editor)
{
  DeskPairing *pairing = DESK_PAIRING (desk_editor_get_record (editor));

  /* TRANSLATORS: a pairing's window title: mentor – mentee */
  return g_strdup_printf (_("%s – %s"), desk_pairing_get_mentor_name (pairing), desk_pairing_get_mentee_name (pairing));
}

static void
desk_pairing_window_loaded (DeskEditor *editor)
{
  DeskPairingWindow *self = DESK_PAIRING_WINDOW (editor);

  desk_pairing_window_update_status (self);
  desk_pairing_window_load_lists (self);
}

static void
desk_pairing_window_store_changed_cb (DeskPairingWindow *self)
{
  /* A check-in saved moves the next one; the record's derived dates follow. */
  if (!desk_editor_get_modified (DESK_EDITOR (self)))
    desk_pairing_window_reload (self);
}

/* ---- GObject ----------------------------------------------------------------------- */

static void
desk_pairing_window_constructed (GObject *object)
{
  DeskPairingWindow *self = (DeskPairingWindow *)object;
  DeskEditor *editor = DESK_EDITOR (self);
  DeskForm *form;

  G_OBJECT_CLASS (desk_pairing_window_parent_class)->constructed (object);

  {
    g_autoptr(DeskPairing) blank = desk_pairing_new ();

    desk_editor_set_record (editor, DESK_RECORD (blank));
  }

  form = desk_editor_get_form (editor);
  desk_form_set_general_label (form, self->general_error);
  desk_form_add_field (form, "check-in-weeks", GTK_WIDGET (self->weeks_spin), GTK_WIDGET (self->weeks_error));

  gtk_list_box_set_placeholder (self->objectives_list, placeholder (_("No objectives yet. Agree on two or three at the start.")));
  gtk_list_box_set_placeholder (self->check_ins_list, placeholder (_("No check-ins yet.")));
  gtk_list_box_set_placeholder (self->cases_list, placeholder (_("No cases under this mentor yet.")));

  g_signal_connect_object (desk_editor_get_store (editor), "changed::check-in",
                           G_CALLBACK (desk_pairing_window_store_changed_cb), self, G_CONNECT_SWAPPED);
  /* The next check-in is worked out by the store: read back after a save. */
  g_signal_connect (self, "saved", G_CALLBACK (desk_pairing_window_reload), NULL);
}

static void
desk_pairing_window_dispose (GObject *object)
{
  DeskPairingWindow *self = (DeskPairingWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_PAIRING_WINDOW);
  g_clear_object (&self->objectives);
  g_clear_object (&self->check_ins);
  g_clear_object (&self->cases);

  G_OBJECT_CLASS (desk_pairing_window_parent_class)->dispose (object);
}

static void
desk_pairing_window_class_init (DeskPairingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskEditorClass *editor_class = DESK_EDITOR_CLASS (klass);

  object_class->constructed = desk_pairing_window_constructed;
  object_class->dispose = desk_pairing_window_dispose;

  editor_class->new_title = _("Pairing");
  editor_class->save_new_question = _("Save the pairing?");
  editor_class->describe = desk_pairing_window_describe;
  editor_class->loaded = desk_pairing_window_loaded;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-pairing-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DeskPairingWindow, name)
  BIND (status_label);
  BIND (status_hint);
  BIND (moves_box);
  BIND (general_error);
  BIND (match_row);
  BIND (dates_row);
  BIND (reason_row);
  BIND (weeks_spin);
  BIND (weeks_error);
  BIND (next_row);
  BIND (objectives_list);
  BIND (objective_row);
  BIND (objective_error);
  BIND (check_ins_list);
  BIND (cases_list);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, desk_pairing_window_add_objective_cb);

  gtk_widget_class_install_action (widget_class, "pairing.log-check-in", NULL, desk_pairing_window_log_check_in_action);
}

static void
desk_pairing_window_init (DeskPairingWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->check_ins_list, "row-activated",
                            G_CALLBACK (desk_pairing_window_check_in_activated_cb), self);
}

DeskPairingWindow *
desk_pairing_window_open (GtkWindow   *parent,
                          DeskStore   *store,
                          DeskPairing *pairing)
{
  gint64 id;
  DeskPairingWindow *self;
  g_autoptr(DeskRecord) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (DESK_IS_PAIRING (pairing), NULL);

  id = desk_record_get_id (DESK_RECORD (pairing));
  self = (DeskPairingWindow *) desk_editor_find (DESK_TYPE_PAIRING_WINDOW, store, id);
  if (self == NULL)
    {
      copy = desk_store_get (store, DESK_TYPE_PAIRING, id, &error);
      if (copy == NULL)
        {
          desk_show_error (parent != NULL ? GTK_WIDGET (parent) : NULL, _("The pairing cannot be read"), error);
          return NULL;
        }
      self = g_object_new (DESK_TYPE_PAIRING_WINDOW, "store", store, "transient-for", parent, NULL);
      desk_editor_set_record (DESK_EDITOR (self), copy);
    }

  gtk_window_present (GTK_WINDOW (self));
  return self;
}

GListModel *
desk_pairing_window_get_objectives (DeskPairingWindow *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING_WINDOW (self), NULL);

  return self->objectives;
}

GListModel *
desk_pairing_window_get_check_ins (DeskPairingWindow *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING_WINDOW (self), NULL);

  return self->check_ins;
}

gboolean
desk_pairing_window_add_objective (DeskPairingWindow *self,
                                   const char        *description)
{
  g_autoptr(DeskObjective) objective = desk_objective_new ();
  g_autofree char *today = desk_today_iso ();
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (DESK_IS_PAIRING_WINDOW (self), FALSE);

  desk_objective_set_pairing_id (objective, desk_record_get_id (desk_editor_get_record (DESK_EDITOR (self))));
  desk_objective_set_description (objective, description);
  desk_objective_set_set_on (objective, today);

  if (!desk_store_save (desk_editor_get_store (DESK_EDITOR (self)), DESK_RECORD (objective), &error))
    {
      gtk_label_set_label (self->objective_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->objective_error), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->objective_row));
      return FALSE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->objective_error), FALSE);
  return TRUE;
}

const char *
desk_pairing_window_get_next_check_in (DeskPairingWindow *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING_WINDOW (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->next_row)) ? adw_action_row_get_subtitle (self->next_row) : NULL;
}
