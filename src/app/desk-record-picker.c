/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-record-picker"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-client-editor.h"
#include "desk-code.h"
#include "desk-feedback.h"
#include "desk-labels.h"
#include "desk-record-picker.h"
#include "desk-search.h"
#include "desk-store-grants.h"
#include "desk-volunteer-editor.h"

struct _DeskRecordPicker
{
  GtkWidget             parent_instance;

  /* Template widgets */
  GtkMenuButton        *button;
  GtkLabel             *button_label;
  GtkPopover           *popover;
  GtkSearchEntry       *search_entry;
  GtkButton            *none_button;
  GtkLabel             *none_label;
  GtkStack             *results_stack;
  GtkListView          *list_view;
  GtkSingleSelection   *selection;
  GtkLabel             *empty_label;
  GtkButton            *new_button;
  GtkLabel             *new_label;

  /* Owned references */
  DeskStore            *store;
  GListModel           *all;        /* every choice, for the kinds filtered in memory */
  GListModel           *results;
  GtkCustomFilter      *filter;
  char                 *placeholder;
  char                 *text;
  char                 *code;
  char                 *search;     /* what the filter looks for */
  gulong                changed_handler;

  gint64                record_id;
  DeskRecordPickerKind  kind;
};

G_DEFINE_FINAL_TYPE (DeskRecordPicker, desk_record_picker, GTK_TYPE_WIDGET)
G_DEFINE_ENUM_TYPE (DeskRecordPickerKind, desk_record_picker_kind,
  G_DEFINE_ENUM_VALUE (DESK_RECORD_PICKER_CLIENTS, "clients"),
  G_DEFINE_ENUM_VALUE (DESK_RECORD_PICKER_VOLUNTEERS, "volunteers"),
  G_DEFINE_ENUM_VALUE (DESK_RECORD_PICKER_MENTORS, "mentors"),
  G_DEFINE_ENUM_VALUE (DESK_RECORD_PICKER_PROBLEM_CODES, "problem-codes"),
  G_DEFINE_ENUM_VALUE (DESK_RECORD_PICKER_CLOSING_CODES, "closing-codes"),
  G_DEFINE_ENUM_VALUE (DESK_RECORD_PICKER_FUNDERS, "funders"),
  G_DEFINE_ENUM_VALUE (DESK_RECORD_PICKER_GRANTS, "grants"))

enum {
  PROP_0,
  PROP_STORE,
  PROP_KIND,
  PROP_RECORD_ID,
  PROP_CODE,
  PROP_PLACEHOLDER,
  PROP_NONE_LABEL,
  PROP_NEW_LABEL,
  N_PROPS
};

enum {
  NEW_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
kind_is_code (DeskRecordPickerKind kind)
{
  return kind == DESK_RECORD_PICKER_PROBLEM_CODES || kind == DESK_RECORD_PICKER_CLOSING_CODES;
}

char *
desk_record_picker_record_name (DeskRecord *record)
{
  const char *first = NULL;
  const char *last = NULL;

  g_return_val_if_fail (DESK_IS_RECORD (record), NULL);

  if (DESK_IS_FUNDER (record))
    return g_strdup (desk_funder_get_name (DESK_FUNDER (record)));
  if (DESK_IS_GRANT (record))
    return g_strdup (desk_grant_get_name (DESK_GRANT (record)));

  if (DESK_IS_CLIENT (record))
    {
      first = desk_client_get_first_name (DESK_CLIENT (record));
      last = desk_client_get_last_name (DESK_CLIENT (record));
    }
  else if (DESK_IS_VOLUNTEER (record))
    {
      first = desk_volunteer_get_first_name (DESK_VOLUNTEER (record));
      last = desk_volunteer_get_last_name (DESK_VOLUNTEER (record));
    }

  if (desk_text_is_blank (first))
    return g_strdup (last != NULL ? last : "");
  if (desk_text_is_blank (last))
    return g_strdup (first);

  /* TRANSLATORS: a person's name: first name, then last name */
  return g_strdup_printf (_("%s %s"), first, last);
}

static char *
item_name (GObject *item)
{
  if (DESK_IS_CODE (item))
    return g_strdup (desk_code_get_label (DESK_CODE (item)));

  return desk_record_picker_record_name (DESK_RECORD (item));
}

static char *
item_detail (GObject *item)
{
  if (DESK_IS_CODE (item))
    return g_strdup (desk_code_get_category (DESK_CODE (item)));

  if (DESK_IS_GRANT (item))
    {
      DeskGrant *grant = DESK_GRANT (item);

      if (desk_text_is_blank (desk_grant_get_grant_number (grant)))
        /* TRANSLATORS: the detail under a grant in a picker: its period */
        return g_strdup_printf (_("%s to %s"), desk_grant_get_period_start (grant), desk_grant_get_period_end (grant));
      /* TRANSLATORS: the detail under a grant in a picker: its number and period */
      return g_strdup_printf (_("No. %s · %s to %s"), desk_grant_get_grant_number (grant),
                              desk_grant_get_period_start (grant), desk_grant_get_period_end (grant));
    }

  if (DESK_IS_CLIENT (item))
    {
      const char *phone = desk_client_get_phone (DESK_CLIENT (item));
      const char *intake = desk_client_get_intake_date (DESK_CLIENT (item));

      if (!desk_text_is_blank (phone))
        return g_strdup (phone);
      if (!desk_text_is_blank (intake))
        /* TRANSLATORS: the detail under a client's name in a picker; %s is a date */
        return g_strdup_printf (_("Intake %s"), intake);
      return NULL;
    }

  if (DESK_IS_VOLUNTEER (item))
    {
      DeskVolunteer *volunteer = DESK_VOLUNTEER (item);
      g_autoptr(GString) detail = g_string_new (desk_enum_label (DESK_TYPE_VOLUNTEER_ROLE,
                                                                 desk_volunteer_get_role (volunteer)));
      const char *areas = desk_volunteer_get_practice_areas (volunteer);
      const char *languages = desk_volunteer_get_languages (volunteer);
      int open_cases = desk_volunteer_get_open_cases (volunteer);

      /* What staff weigh when placing a case: role, areas and load. */
      if (desk_volunteer_get_is_mentor (volunteer))
        g_string_append_printf (detail, " · %s", _("Mentor"));
      if (!desk_text_is_blank (areas))
        g_string_append_printf (detail, " · %s", areas);
      if (!desk_text_is_blank (languages))
        g_string_append_printf (detail, " · %s", languages);
      if (open_cases >= 0)
        {
          g_string_append (detail, " · ");
          /* TRANSLATORS: a volunteer's current load */
          g_string_append_printf (detail, g_dngettext (GETTEXT_PACKAGE, "%d open case", "%d open cases", open_cases),
                                  open_cases);
        }
      return g_string_free (g_steal_pointer (&detail), FALSE);
    }

  return NULL;
}

static gboolean
item_matches (gpointer item,
              gpointer user_data)
{
  DeskRecordPicker *self = user_data;
  g_autofree char *name = NULL;

  if (DESK_IS_CODE (item))
    return desk_code_matches (DESK_CODE (item), self->search);

  name = item_name (item);
  if (DESK_IS_VOLUNTEER (item))
    {
      /* Staff placing a case look for "housing" or "Spanish" as often as for a name. */
      g_autofree char *words = g_strjoin (" ", name, desk_volunteer_get_practice_areas (item),
                                          desk_volunteer_get_languages (item), NULL);

      return desk_search_matches (words, self->search);
    }
  return desk_search_matches (name, self->search);
}

static GType
desk_record_picker_record_type (DeskRecordPicker *self)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  if (self->kind == DESK_RECORD_PICKER_FUNDERS)
    return DESK_TYPE_FUNDER;
  if (self->kind == DESK_RECORD_PICKER_GRANTS)
    return DESK_TYPE_GRANT;
  return self->kind == DESK_RECORD_PICKER_CLIENTS ? DESK_TYPE_CLIENT : DESK_TYPE_VOLUNTEER;
}

/* Funders and grants come as arrays: a clinic has tens of them. */
static GListModel *
records_to_model (GType      record_type,
                  GPtrArray *records)
{
  GListStore *store;

  if (records == NULL)
    return NULL;

  store = g_list_store_new (record_type);
  g_list_store_splice (store, 0, 0, records->pdata, records->len);
  g_ptr_array_unref (records);
  return G_LIST_MODEL (store);
}

/* The list everything is chosen from, for the kinds filtered in memory. */
static GListModel *
desk_record_picker_load_all (DeskRecordPicker  *self,
                             GError           **error)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  switch (self->kind)
    {
    case DESK_RECORD_PICKER_FUNDERS:
      return records_to_model (DESK_TYPE_FUNDER, desk_store_list_funders (self->store, error));
    case DESK_RECORD_PICKER_GRANTS:
      return records_to_model (DESK_TYPE_GRANT, desk_store_list_grants (self->store, 0, error));
    case DESK_RECORD_PICKER_VOLUNTEERS:
      return desk_store_list_volunteers (self->store, error);
    case DESK_RECORD_PICKER_MENTORS:
      return desk_store_list_mentors (self->store, error);
    case DESK_RECORD_PICKER_PROBLEM_CODES:
      return desk_store_list_problem_codes (self->store, error);
    case DESK_RECORD_PICKER_CLOSING_CODES:
      return desk_store_list_closing_codes (self->store, error);
    case DESK_RECORD_PICKER_CLIENTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static DeskCode *
desk_record_picker_find_code (DeskRecordPicker *self,
                              const char       *code)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  if (code == NULL || self->store == NULL)
    return NULL;

  if (self->all == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->all = desk_record_picker_load_all (self, &error);
      if (self->all == NULL)
        {
          g_debug ("Cannot list the codes: %s", error->message);
          return NULL;
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (self->all); i++)
    {
      g_autoptr(DeskCode) item = g_list_model_get_item (self->all, i);

      if (g_strcmp0 (desk_code_get_code (item), code) == 0)
        return g_steal_pointer (&item);
    }

  return NULL;
}

static void
desk_record_picker_update_label (DeskRecordPicker *self)
{
  g_autofree char *name = NULL;
  gboolean chosen;

  g_assert (DESK_IS_RECORD_PICKER (self));

  if (kind_is_code (self->kind))
    {
      g_autoptr(DeskCode) code = desk_record_picker_find_code (self, self->code);

      if (code != NULL)
        name = g_strdup (desk_code_get_label (code));
      else if (self->code != NULL)
        name = g_strdup (self->code);
      chosen = self->code != NULL;
    }
  else
    {
      if (self->record_id > 0 && self->store != NULL)
        {
          g_autoptr(DeskRecord) record = NULL;
          g_autoptr(GError) error = NULL;

          record = desk_store_get (self->store, desk_record_picker_record_type (self), self->record_id, &error);
          if (record != NULL)
            name = desk_record_picker_record_name (record);
          else
            g_debug ("Cannot show record %" G_GINT64_FORMAT ": %s", self->record_id, error->message);
        }
      chosen = self->record_id > 0;
    }

  g_free (self->text);
  if (name != NULL)
    self->text = g_steal_pointer (&name);
  else
    self->text = g_strdup (self->placeholder != NULL ? self->placeholder : "");

  gtk_label_set_text (self->button_label, self->text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), chosen ? self->text : NULL);
  /* A placeholder that is a choice of its own ("Any volunteer") reads as one. */
  if (chosen || gtk_widget_get_visible (GTK_WIDGET (self->none_button)))
    gtk_widget_remove_css_class (GTK_WIDGET (self->button_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->button_label), "dim-label");
}

static void
desk_record_picker_update_results_state (DeskRecordPicker *self)
{
  g_autofree char *empty = NULL;
  guint n_items;

  g_assert (DESK_IS_RECORD_PICKER (self));

  n_items = self->results != NULL ? g_list_model_get_n_items (self->results) : 0;

  if (desk_text_is_blank (self->search) && self->kind == DESK_RECORD_PICKER_FUNDERS)
    empty = g_strdup (_("No funders yet."));
  else if (desk_text_is_blank (self->search) && self->kind == DESK_RECORD_PICKER_GRANTS)
    empty = g_strdup (_("No grants yet. Add them on the Funders & Reports page."));
  else if (desk_text_is_blank (self->search))
    empty = g_strdup (self->kind == DESK_RECORD_PICKER_CLIENTS ? _("No clients yet.")
                      : self->kind == DESK_RECORD_PICKER_MENTORS ? _("No volunteer mentors yet.")
                      : self->kind == DESK_RECORD_PICKER_VOLUNTEERS ? _("No volunteers yet.")
                      : _("No codes are on file."));
  else
    /* TRANSLATORS: %s is what was typed in a picker's search */
    empty = g_strdup_printf (_("Nothing matches “%s”. Try fewer or other words."), self->search);

  gtk_label_set_text (self->empty_label, empty);
  gtk_stack_set_visible_child_name (self->results_stack, n_items > 0 ? "list" : "empty");
}

static void
desk_record_picker_set_results (DeskRecordPicker *self,
                                GListModel       *results)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  if (self->results != NULL)
    g_signal_handlers_disconnect_by_func (self->results, desk_record_picker_update_results_state, self);
  g_set_object (&self->results, results);
  if (self->results != NULL)
    g_signal_connect_swapped (self->results, "items-changed",
                              G_CALLBACK (desk_record_picker_update_results_state), self);

  gtk_single_selection_set_model (self->selection, self->results);
  desk_record_picker_update_results_state (self);
}

/* Clients are many: each search runs in SQL.  Volunteers and codes are
 * few: their list is loaded once and filtered as the person types. */
static void
desk_record_picker_reload (DeskRecordPicker *self)
{
  g_autoptr(GError) error = NULL;

  g_assert (DESK_IS_RECORD_PICKER (self));

  g_free (self->search);
  self->search = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  if (self->store == NULL)
    {
      desk_record_picker_set_results (self, NULL);
      return;
    }

  if (self->kind == DESK_RECORD_PICKER_CLIENTS)
    {
      g_autoptr(GListModel) found = NULL;

      found = desk_store_search_clients (self->store, desk_text_is_blank (self->search) ? NULL : self->search,
                                         DESK_CLIENT_SORT_NAME, TRUE, &error);
      if (found == NULL)
        desk_show_error (GTK_WIDGET (self), _("The clients cannot be searched"), error);
      desk_record_picker_set_results (self, found);
      return;
    }

  if (self->all == NULL)
    self->all = desk_record_picker_load_all (self, &error);
  if (self->all == NULL)
    {
      desk_show_error (GTK_WIDGET (self), _("The choices cannot be listed"), error);
      desk_record_picker_set_results (self, NULL);
      return;
    }

  if (self->results == NULL)
    {
      g_autoptr(GtkFilterListModel) filtered = NULL;

      filtered = gtk_filter_list_model_new (g_object_ref (self->all), GTK_FILTER (g_object_ref (self->filter)));
      desk_record_picker_set_results (self, G_LIST_MODEL (filtered));
    }

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  desk_record_picker_update_results_state (self);
}

static void
desk_record_picker_search_changed_cb (DeskRecordPicker *self)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  desk_record_picker_reload (self);
}

static void
desk_record_picker_close (DeskRecordPicker *self)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  gtk_popover_popdown (self->popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->button));
}

static void
desk_record_picker_row_activate_cb (DeskRecordPicker *self,
                                    guint             position)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  desk_record_picker_choose (self, position);
}

static void
desk_record_picker_search_activate_cb (DeskRecordPicker *self)
{
  guint position;

  g_assert (DESK_IS_RECORD_PICKER (self));

  /* Enter picks the only match, or the one highlighted. */
  if (self->results != NULL && g_list_model_get_n_items (self->results) == 1)
    position = 0;
  else
    position = gtk_single_selection_get_selected (self->selection);

  if (position != GTK_INVALID_LIST_POSITION)
    desk_record_picker_choose (self, position);
}

static void
desk_record_picker_stop_search_cb (DeskRecordPicker *self)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  desk_record_picker_close (self);
}

static void
desk_record_picker_none_clicked_cb (DeskRecordPicker *self)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  if (kind_is_code (self->kind))
    desk_record_picker_set_code (self, NULL);
  else
    desk_record_picker_set_record_id (self, 0);
  desk_record_picker_close (self);
}

static void
desk_record_picker_new_saved_cb (DeskRecordPicker *self,
                                 DeskRecord       *record)
{
  desk_record_picker_set_record_id (self, desk_record_get_id (record));
}

/* "New Client…" / "New Volunteer…": the editor of the kind, and what it
 * saves is chosen.  A new mentor starts as one. */
static void
desk_record_picker_real_new_requested (DeskRecordPicker *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  DeskEditor *editor = NULL;

  if (self->store == NULL)
    return;

  if (self->kind == DESK_RECORD_PICKER_CLIENTS)
    editor = DESK_EDITOR (desk_client_editor_open (parent, self->store, NULL));
  else if (self->kind == DESK_RECORD_PICKER_VOLUNTEERS || self->kind == DESK_RECORD_PICKER_MENTORS)
    {
      g_autoptr(DeskVolunteer) volunteer = desk_volunteer_new ();

      desk_volunteer_set_is_mentor (volunteer, self->kind == DESK_RECORD_PICKER_MENTORS);
      editor = DESK_EDITOR (desk_volunteer_editor_open (parent, self->store, volunteer));
    }

  if (editor != NULL)
    g_signal_connect_object (editor, "saved", G_CALLBACK (desk_record_picker_new_saved_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
desk_record_picker_new_clicked_cb (DeskRecordPicker *self)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  gtk_popover_popdown (self->popover);
  g_signal_emit (self, signals[NEW_REQUESTED], 0);
}

static void
desk_record_picker_popover_show_cb (DeskRecordPicker *self)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  /* Every opening starts from the whole list. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  desk_record_picker_reload (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Down in the search entry goes on to the list. */
static gboolean
desk_record_picker_search_key_cb (GtkEventControllerKey *controller,
                                  guint                  keyval,
                                  guint                  keycode,
                                  GdkModifierType        state,
                                  DeskRecordPicker      *self)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  return gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
}

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_item_set_child (list_item, box);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *detail = gtk_widget_get_next_sibling (name);
  GObject *item = gtk_list_item_get_item (list_item);
  g_autofree char *name_text = NULL;
  g_autofree char *detail_text = NULL;

  if (item != NULL)
    {
      name_text = item_name (item);
      detail_text = item_detail (item);
    }

  gtk_label_set_text (GTK_LABEL (name), name_text != NULL ? name_text : "");
  gtk_label_set_text (GTK_LABEL (detail), detail_text != NULL ? detail_text : "");
  gtk_widget_set_visible (detail, detail_text != NULL && *detail_text != '\0');
}

static void
desk_record_picker_store_changed_cb (DeskRecordPicker *self,
                                     const char       *entity,
                                     gint64            id,
                                     DeskChangeKind    kind,
                                     DeskStore        *store)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  /* A new or renamed volunteer shows at the next opening. */
  if (self->kind != DESK_RECORD_PICKER_CLIENTS)
    {
      desk_record_picker_set_results (self, NULL);
      g_clear_object (&self->all);
    }

  if (id == self->record_id || id == 0)
    desk_record_picker_update_label (self);
}

static gboolean
desk_record_picker_mnemonic_activate (GtkWidget *widget,
                                      gboolean   group_cycling)
{
  DeskRecordPicker *self = DESK_RECORD_PICKER (widget);

  return gtk_widget_mnemonic_activate (GTK_WIDGET (self->button), group_cycling);
}

static gboolean
desk_record_picker_grab_focus (GtkWidget *widget)
{
  DeskRecordPicker *self = DESK_RECORD_PICKER (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->button));
}

static void
desk_record_picker_connect_store (DeskRecordPicker *self)
{
  const char *signal = NULL;

  g_assert (DESK_IS_RECORD_PICKER (self));

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);

  if (self->store == NULL)
    return;

  if (self->kind == DESK_RECORD_PICKER_CLIENTS)
    signal = "changed::client";
  else if (self->kind == DESK_RECORD_PICKER_FUNDERS)
    signal = "changed::funder";
  else if (self->kind == DESK_RECORD_PICKER_GRANTS)
    signal = "changed::grant";
  else if (!kind_is_code (self->kind))
    signal = "changed::volunteer";

  if (signal != NULL)
    self->changed_handler = g_signal_connect_object (self->store, signal,
                                                     G_CALLBACK (desk_record_picker_store_changed_cb),
                                                     self, G_CONNECT_SWAPPED);
}

static void
desk_record_picker_dispose (GObject *object)
{
  DeskRecordPicker *self = (DeskRecordPicker *)object;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  if (self->results != NULL)
    g_signal_handlers_disconnect_by_func (self->results, desk_record_picker_update_results_state, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_RECORD_PICKER);

  g_clear_object (&self->results);
  g_clear_object (&self->all);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (desk_record_picker_parent_class)->dispose (object);
}

static void
desk_record_picker_finalize (GObject *object)
{
  DeskRecordPicker *self = (DeskRecordPicker *)object;

  g_free (self->placeholder);
  g_free (self->text);
  g_free (self->code);
  g_free (self->search);

  G_OBJECT_CLASS (desk_record_picker_parent_class)->finalize (object);
}

static void
desk_record_picker_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DeskRecordPicker *self = DESK_RECORD_PICKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_RECORD_ID:
      g_value_set_int64 (value, self->record_id);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_PLACEHOLDER:
      g_value_set_string (value, self->placeholder);
      break;

    case PROP_NONE_LABEL:
      g_value_set_string (value, gtk_widget_get_visible (GTK_WIDGET (self->none_button))
                                 ? gtk_label_get_text (self->none_label) : NULL);
      break;

    case PROP_NEW_LABEL:
      g_value_set_string (value, gtk_widget_get_visible (GTK_WIDGET (self->new_button))
                                 ? gtk_label_get_label (self->new_label) : NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_record_picker_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DeskRecordPicker *self = DESK_RECORD_PICKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      desk_record_picker_set_store (self, g_value_get_object (value));
      break;

    case PROP_KIND:
      desk_record_picker_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_RECORD_ID:
      desk_record_picker_set_record_id (self, g_value_get_int64 (value));
      break;

    case PROP_CODE:
      desk_record_picker_set_code (self, g_value_get_string (value));
      break;

    case PROP_PLACEHOLDER:
      desk_record_picker_set_placeholder (self, g_value_get_string (value));
      break;

    case PROP_NONE_LABEL:
      desk_record_picker_set_none_label (self, g_value_get_string (value));
      break;

    case PROP_NEW_LABEL:
      desk_record_picker_set_new_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_record_picker_class_init (DeskRecordPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_record_picker_dispose;
  object_class->finalize = desk_record_picker_finalize;
  object_class->get_property = desk_record_picker_get_property;
  object_class->set_property = desk_record_picker_set_property;

  widget_class->mnemonic_activate = desk_record_picker_mnemonic_activate;
  widget_class->grab_focus = desk_record_picker_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DESK_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       DESK_TYPE_RECORD_PICKER_KIND,
                       DESK_RECORD_PICKER_CLIENTS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RECORD_ID] =
    g_param_spec_int64 ("record-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLACEHOLDER] =
    g_param_spec_string ("placeholder", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NONE_LABEL] =
    g_param_spec_string ("none-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NEW_LABEL] =
    g_param_spec_string ("new-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DeskRecordPicker::new-requested:
   *
   * The person asked for a new record ("New Client…"); the default handler
   * opens the editor of a new client or volunteer and, once it is saved,
   * chooses it.
   */
  signals[NEW_REQUESTED] =
    g_signal_new_class_handler ("new-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                G_CALLBACK (desk_record_picker_real_new_requested),
                                NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-record-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, button);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, button_label);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, popover);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, none_button);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, none_label);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, results_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, list_view);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, selection);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, empty_label);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, new_button);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, new_label);
  gtk_widget_class_bind_template_callback (widget_class, desk_record_picker_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_record_picker_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_record_picker_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_record_picker_none_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_record_picker_new_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_record_picker_row_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_record_picker_popover_show_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "deskrecordpicker");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
desk_record_picker_init (DeskRecordPicker *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The name starts where text fields start, not in the middle: GTK 4.8
   * puts a menu button's child in a centred box of its own. */
  {
    GtkWidget *own_box = gtk_widget_get_parent (GTK_WIDGET (self->button_label));
    GtkWidget *inner_box = gtk_widget_get_parent (own_box);

    if (GTK_IS_BOX (inner_box))
      gtk_widget_set_halign (inner_box, GTK_ALIGN_FILL);
    gtk_widget_set_hexpand (own_box, TRUE);
  }

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  self->filter = gtk_custom_filter_new (item_matches, self, NULL);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (desk_record_picker_search_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  self->placeholder = g_strdup (_("Choose…"));
  desk_record_picker_update_label (self);
}

GtkWidget *
desk_record_picker_new (DeskRecordPickerKind kind)
{
  return g_object_new (DESK_TYPE_RECORD_PICKER,
                       "kind", kind,
                       NULL);
}

DeskStore *
desk_record_picker_get_store (DeskRecordPicker *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), NULL);

  return self->store;
}

void
desk_record_picker_set_store (DeskRecordPicker *self,
                              DeskStore        *store)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));
  g_return_if_fail (store == NULL || DESK_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_set_object (&self->store, store);
  desk_record_picker_connect_store (self);

  desk_record_picker_set_results (self, NULL);
  g_clear_object (&self->all);
  desk_record_picker_update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

DeskRecordPickerKind
desk_record_picker_get_kind (DeskRecordPicker *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), DESK_RECORD_PICKER_CLIENTS);

  return self->kind;
}

void
desk_record_picker_set_kind (DeskRecordPicker     *self,
                             DeskRecordPickerKind  kind)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  desk_record_picker_connect_store (self);
  desk_record_picker_set_results (self, NULL);
  g_clear_object (&self->all);
  desk_record_picker_update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gint64
desk_record_picker_get_record_id (DeskRecordPicker *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), 0);

  return self->record_id;
}

void
desk_record_picker_set_record_id (DeskRecordPicker *self,
                                  gint64            id)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));

  if (id < 0)
    id = 0;
  if (self->record_id == id)
    return;

  self->record_id = id;
  desk_record_picker_update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD_ID]);
}

const char *
desk_record_picker_get_code (DeskRecordPicker *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), NULL);

  return self->code;
}

void
desk_record_picker_set_code (DeskRecordPicker *self,
                             const char       *code)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));

  if (code != NULL && *code == '\0')
    code = NULL;
  if (!desk_set_str (&self->code, code))
    return;

  desk_record_picker_update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

const char *
desk_record_picker_get_text (DeskRecordPicker *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), NULL);

  return self->text;
}

void
desk_record_picker_set_placeholder (DeskRecordPicker *self,
                                    const char       *placeholder)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));

  if (desk_set_str (&self->placeholder, placeholder))
    {
      desk_record_picker_update_label (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACEHOLDER]);
    }
}

void
desk_record_picker_set_none_label (DeskRecordPicker *self,
                                   const char       *none_label)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));

  gtk_label_set_text (self->none_label, none_label != NULL ? none_label : "");
  gtk_widget_set_visible (GTK_WIDGET (self->none_button), none_label != NULL);
  desk_record_picker_update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NONE_LABEL]);
}

void
desk_record_picker_set_new_label (DeskRecordPicker *self,
                                  const char       *new_label)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));

  gtk_label_set_label (self->new_label, new_label != NULL ? new_label : "");
  gtk_widget_set_visible (GTK_WIDGET (self->new_button), new_label != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEW_LABEL]);
}

void
desk_record_picker_popup (DeskRecordPicker *self)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));

  gtk_menu_button_popup (self->button);
}

void
desk_record_picker_popdown (DeskRecordPicker *self)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));

  gtk_menu_button_popdown (self->button);
}

GtkPopover *
desk_record_picker_get_popover (DeskRecordPicker *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), NULL);

  return self->popover;
}

GtkEditable *
desk_record_picker_get_search_entry (DeskRecordPicker *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

GListModel *
desk_record_picker_get_results (DeskRecordPicker *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), NULL);

  if (self->results == NULL)
    desk_record_picker_reload (self);

  return self->results;
}

const char *
desk_record_picker_get_empty_text (DeskRecordPicker *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->results_stack), "empty") != 0)
    return NULL;

  return gtk_label_get_text (self->empty_label);
}

gboolean
desk_record_picker_choose (DeskRecordPicker *self,
                           guint             position)
{
  g_autoptr(GObject) item = NULL;

  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), FALSE);

  if (self->results == NULL)
    return FALSE;

  item = g_list_model_get_item (self->results, position);
  if (item == NULL)
    return FALSE;

  if (DESK_IS_CODE (item))
    desk_record_picker_set_code (self, desk_code_get_code (DESK_CODE (item)));
  else
    desk_record_picker_set_record_id (self, desk_record_get_id (DESK_RECORD (item)));
  desk_record_picker_close (self);
  return TRUE;
}
