/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-volunteer-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-availability-grid.h"
#include "desk-date-entry.h"
#include "desk-feedback.h"
#include "desk-flags-chooser.h"
#include "desk-record-picker.h"
#include "desk-store-mentorship.h"
#include "desk-volunteer-editor.h"

struct _DeskVolunteerEditor
{
  DeskEditor            parent_instance;

  /* Template widgets */
  GtkLabel             *general_error;
  AdwEntryRow          *first_name_row;
  GtkLabel             *first_name_error;
  AdwEntryRow          *last_name_row;
  GtkLabel             *last_name_error;
  AdwComboRow          *role_row;
  AdwEntryRow          *email_row;
  GtkLabel             *email_error;
  AdwEntryRow          *phone_row;
  GtkLabel             *phone_error;
  GtkSwitch            *active_switch;
  AdwEntryRow          *bar_row;
  GtkLabel             *bar_error;
  GtkSpinButton        *admission_spin;
  GtkLabel             *admission_error;
  AdwEntryRow          *areas_row;
  GtkLabel             *areas_error;
  GtkEntry             *hourly_entry;
  GtkLabel             *hourly_error;
  AdwEntryRow          *county_row;
  GtkLabel             *county_error;
  GtkSwitch            *remote_switch;
  AdwEntryRow          *languages_row;
  GtkLabel             *languages_error;
  AdwEntryRow          *must_share_row;
  GtkLabel             *must_share_error;
  GtkSpinButton        *hours_spin;
  GtkLabel             *hours_error;
  DeskFlagsChooser     *meeting_chooser;
  DeskAvailabilityGrid *availability_grid;
  GtkSwitch            *mentor_switch;
  AdwComboRow          *mentor_tier_row;
  GtkLabel             *mentor_tier_error;
  GtkSpinButton        *capacity_spin;
  GtkLabel             *capacity_error;
  DeskDateEntry        *coaching_entry;
  GtkLabel             *coaching_error;
  DeskDateEntry        *culture_entry;
  GtkLabel             *culture_error;
  DeskDateEntry        *ethics_entry;
  GtkLabel             *ethics_error;
  DeskFlagsChooser     *help_chooser;
  GtkSwitch            *mentee_switch;
  AdwComboRow          *mentee_tier_row;
  GtkLabel             *mentee_tier_error;
  DeskFlagsChooser     *goals_chooser;
  GtkLabel             *goals_error;
  AdwEntryRow          *goals_text_row;
  GtkLabel             *goals_text_error;
  GtkListBox           *never_list;
  GtkLabel             *never_error;
  DeskRecordPicker     *never_picker;
};

G_DEFINE_FINAL_TYPE (DeskVolunteerEditor, desk_volunteer_editor, DESK_TYPE_EDITOR)

static DeskVolunteer *
desk_volunteer_editor_volunteer (DeskVolunteerEditor *self)
{
  return DESK_VOLUNTEER (desk_editor_get_record (DESK_EDITOR (self)));
}

/* ---- never pair with ---------------------------------------------------------- */

static void
never_remove_clicked_cb (GtkButton           *button,
                         DeskVolunteerEditor *self)
{
  gint64 other_id = *(gint64 *) g_object_get_data (G_OBJECT (button), "desk-volunteer-id");

  desk_volunteer_remove_never_pair (desk_volunteer_editor_volunteer (self), other_id);
}

static void
desk_volunteer_editor_load_never (DeskVolunteerEditor *self)
{
  DeskStore *store = desk_editor_get_store (DESK_EDITOR (self));
  g_autoptr(GArray) ids = desk_volunteer_dup_never_pair_ids (desk_volunteer_editor_volunteer (self));
  GtkWidget *child;

  g_assert (DESK_IS_VOLUNTEER_EDITOR (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->never_list))) != NULL)
    gtk_list_box_remove (self->never_list, child);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(DeskVolunteer) other = store != NULL ? desk_store_get_volunteer (store, id, NULL) : NULL;
      g_autofree char *name = other != NULL ? desk_volunteer_get_full_name (other)
                                            /* TRANSLATORS: a volunteer no longer on file; %s is a number */
                                            : g_strdup_printf (_("Volunteer %s"), "?");
      /* TRANSLATORS: a button's name for screen readers; %s is a volunteer's name */
      g_autofree char *remove_name = g_strdup_printf (_("Remove %s from the list"), name);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove from the List"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
      g_object_set_data_full (G_OBJECT (remove), "desk-volunteer-id", g_memdup2 (&id, sizeof id), g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (never_remove_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->never_list, row);
    }
}

static void
desk_volunteer_editor_never_chosen_cb (DeskVolunteerEditor *self)
{
  gint64 id = desk_record_picker_get_record_id (self->never_picker);

  g_assert (DESK_IS_VOLUNTEER_EDITOR (self));

  if (id <= 0)
    return;

  desk_volunteer_add_never_pair (desk_volunteer_editor_volunteer (self), id);
  desk_record_picker_set_record_id (self->never_picker, 0);
}

static void
desk_volunteer_editor_record_notify_cb (DeskVolunteerEditor *self,
                                        GParamSpec          *pspec)
{
  g_assert (DESK_IS_VOLUNTEER_EDITOR (self));

  desk_volunteer_editor_load_never (self);
}

/* ---- DeskEditor ---------------------------------------------------------------- */

static char *
desk_volunteer_editor_describe (DeskEditor *editor)
{
  return desk_volunteer_get_full_name (DESK_VOLUNTEER (desk_editor_get_record (editor)));
}

static void
desk_volunteer_editor_loaded (DeskEditor *editor)
{
  DeskVolunteerEditor *self = DESK_VOLUNTEER_EDITOR (editor);
  DeskRecord *record = desk_editor_get_record (editor);

  g_signal_handlers_disconnect_by_func (record, desk_volunteer_editor_record_notify_cb, self);
  g_signal_connect_object (record, "notify::never-pair", G_CALLBACK (desk_volunteer_editor_record_notify_cb),
                           self, G_CONNECT_SWAPPED);
  desk_volunteer_editor_load_never (self);
}

/* ---- GObject ----------------------------------------------------------------------- */

static void
desk_volunteer_editor_constructed (GObject *object)
{
  DeskVolunteerEditor *self = (DeskVolunteerEditor *)object;
  DeskEditor *editor = DESK_EDITOR (self);
  g_autoptr(DeskVolunteer) blank = desk_volunteer_new ();
  DeskForm *form;

  G_OBJECT_CLASS (desk_volunteer_editor_parent_class)->constructed (object);

  form = desk_editor_get_form (editor);
  desk_record_picker_set_store (self->never_picker, desk_editor_get_store (editor));
  desk_editor_set_record (editor, DESK_RECORD (blank));

  desk_form_set_general_label (form, self->general_error);
  desk_form_add_field (form, "first-name", GTK_WIDGET (self->first_name_row), GTK_WIDGET (self->first_name_error));
  desk_form_add_field (form, "last-name", GTK_WIDGET (self->last_name_row), GTK_WIDGET (self->last_name_error));
  desk_form_add_field (form, "role", GTK_WIDGET (self->role_row), NULL);
  desk_form_add_field (form, "email", GTK_WIDGET (self->email_row), GTK_WIDGET (self->email_error));
  desk_form_add_field (form, "phone", GTK_WIDGET (self->phone_row), GTK_WIDGET (self->phone_error));
  desk_form_add_field (form, "active", GTK_WIDGET (self->active_switch), NULL);
  desk_form_add_field (form, "bar-number", GTK_WIDGET (self->bar_row), GTK_WIDGET (self->bar_error));
  desk_form_add_field (form, "admission-year", GTK_WIDGET (self->admission_spin), GTK_WIDGET (self->admission_error));
  desk_form_add_field (form, "practice-areas", GTK_WIDGET (self->areas_row), GTK_WIDGET (self->areas_error));
  desk_form_add_field_full (form, "hourly-value-cents", DESK_FORM_FIELD_AMOUNT, GTK_WIDGET (self->hourly_entry),
                            GTK_WIDGET (self->hourly_error));
  desk_form_add_field (form, "county", GTK_WIDGET (self->county_row), GTK_WIDGET (self->county_error));
  desk_form_add_field (form, "remote-ok", GTK_WIDGET (self->remote_switch), NULL);
  desk_form_add_field (form, "languages", GTK_WIDGET (self->languages_row), GTK_WIDGET (self->languages_error));
  desk_form_add_field (form, "must-share-languages", GTK_WIDGET (self->must_share_row),
                       GTK_WIDGET (self->must_share_error));
  desk_form_add_field (form, "monthly-hours", GTK_WIDGET (self->hours_spin), GTK_WIDGET (self->hours_error));
  desk_form_add_field (form, "meeting-modes", GTK_WIDGET (self->meeting_chooser), NULL);
  desk_form_add_field (form, "availability", GTK_WIDGET (self->availability_grid), NULL);
  desk_form_add_field (form, "is-mentor", GTK_WIDGET (self->mentor_switch), NULL);
  desk_form_add_field (form, "mentor-tier", GTK_WIDGET (self->mentor_tier_row), GTK_WIDGET (self->mentor_tier_error));
  desk_form_add_field (form, "mentor-capacity", GTK_WIDGET (self->capacity_spin), GTK_WIDGET (self->capacity_error));
  desk_form_add_field (form, "coaching-trained-on", GTK_WIDGET (self->coaching_entry),
                       GTK_WIDGET (self->coaching_error));
  desk_form_add_field (form, "cultural-competence-trained-on", GTK_WIDGET (self->culture_entry),
                       GTK_WIDGET (self->culture_error));
  desk_form_add_field (form, "ethics-trained-on", GTK_WIDGET (self->ethics_entry), GTK_WIDGET (self->ethics_error));
  desk_form_add_field (form, "can-help-with", GTK_WIDGET (self->help_chooser), NULL);
  desk_form_add_field (form, "wants-mentor", GTK_WIDGET (self->mentee_switch), NULL);
  desk_form_add_field (form, "mentee-tier", GTK_WIDGET (self->mentee_tier_row), GTK_WIDGET (self->mentee_tier_error));
  desk_form_add_field (form, "mentee-goals", GTK_WIDGET (self->goals_chooser), GTK_WIDGET (self->goals_error));
  desk_form_add_field (form, "mentee-goals-text", GTK_WIDGET (self->goals_text_row),
                       GTK_WIDGET (self->goals_text_error));

  g_signal_connect_object (self->never_picker, "notify::record-id",
                           G_CALLBACK (desk_volunteer_editor_never_chosen_cb), self, G_CONNECT_SWAPPED);

  desk_volunteer_editor_loaded (editor);
}

static void
desk_volunteer_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DESK_TYPE_VOLUNTEER_EDITOR);

  G_OBJECT_CLASS (desk_volunteer_editor_parent_class)->dispose (object);
}

static void
desk_volunteer_editor_class_init (DeskVolunteerEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskEditorClass *editor_class = DESK_EDITOR_CLASS (klass);

  object_class->constructed = desk_volunteer_editor_constructed;
  object_class->dispose = desk_volunteer_editor_dispose;

  editor_class->new_title = _("New Volunteer");
  editor_class->save_new_question = _("Save the new volunteer?");
  editor_class->conflict_entity = "volunteer";
  editor_class->describe = desk_volunteer_editor_describe;
  editor_class->loaded = desk_volunteer_editor_loaded;

  g_type_ensure (DESK_TYPE_AVAILABILITY_GRID);
  g_type_ensure (DESK_TYPE_DATE_ENTRY);
  g_type_ensure (DESK_TYPE_FLAGS_CHOOSER);
  g_type_ensure (DESK_TYPE_RECORD_PICKER);
  g_type_ensure (DESK_TYPE_MEETING_MODE);
  g_type_ensure (DESK_TYPE_MENTORING_GOAL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-volunteer-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DeskVolunteerEditor, name)
  BIND (general_error);
  BIND (first_name_row);
  BIND (first_name_error);
  BIND (last_name_row);
  BIND (last_name_error);
  BIND (role_row);
  BIND (email_row);
  BIND (email_error);
  BIND (phone_row);
  BIND (phone_error);
  BIND (active_switch);
  BIND (bar_row);
  BIND (bar_error);
  BIND (admission_spin);
  BIND (admission_error);
  BIND (areas_row);
  BIND (areas_error);
  BIND (hourly_entry);
  BIND (hourly_error);
  BIND (county_row);
  BIND (county_error);
  BIND (remote_switch);
  BIND (languages_row);
  BIND (languages_error);
  BIND (must_share_row);
  BIND (must_share_error);
  BIND (hours_spin);
  BIND (hours_error);
  BIND (meeting_chooser);
  BIND (availability_grid);
  BIND (mentor_switch);
  BIND (mentor_tier_row);
  BIND (mentor_tier_error);
  BIND (capacity_spin);
  BIND (capacity_error);
  BIND (coaching_entry);
  BIND (coaching_error);
  BIND (culture_entry);
  BIND (culture_error);
  BIND (ethics_entry);
  BIND (ethics_error);
  BIND (help_chooser);
  BIND (mentee_switch);
  BIND (mentee_tier_row);
  BIND (mentee_tier_error);
  BIND (goals_chooser);
  BIND (goals_error);
  BIND (goals_text_row);
  BIND (goals_text_error);
  BIND (never_list);
  BIND (never_error);
  BIND (never_picker);
#undef BIND
}

static void
desk_volunteer_editor_init (DeskVolunteerEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

DeskVolunteerEditor *
desk_volunteer_editor_open (GtkWindow     *parent,
                            DeskStore     *store,
                            DeskVolunteer *volunteer)
{
  gint64 id = volunteer != NULL ? desk_record_get_id (DESK_RECORD (volunteer)) : 0;
  DeskVolunteerEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (volunteer == NULL || DESK_IS_VOLUNTEER (volunteer), NULL);

  self = (DeskVolunteerEditor *) desk_editor_find (DESK_TYPE_VOLUNTEER_EDITOR, store, id);
  if (self == NULL)
    {
      self = g_object_new (DESK_TYPE_VOLUNTEER_EDITOR, "store", store, "transient-for", parent, NULL);

      if (volunteer != NULL)
        {
          g_autoptr(DeskRecord) copy = NULL;
          g_autoptr(GError) error = NULL;

          if (id > 0)
            copy = desk_store_get (store, DESK_TYPE_VOLUNTEER, id, &error);
          if (copy == NULL && error != NULL)
            desk_show_error (parent != NULL ? GTK_WIDGET (parent) : NULL, _("The volunteer cannot be read again"), error);
          if (copy == NULL)
            copy = desk_record_dup (DESK_RECORD (volunteer));
          desk_editor_set_record (DESK_EDITOR (self), copy);
        }
    }

  gtk_window_present (GTK_WINDOW (self));

  return self;
}
