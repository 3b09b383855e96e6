/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-case-time-tab"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-archive.h"
#include "desk-case-time-tab.h"
#include "desk-date-entry.h"
#include "desk-feedback.h"
#include "desk-record-picker.h"
#include "desk-store-grants.h"

struct _DeskCaseTimeTab
{
  DeskCaseTab       parent_instance;

  /* Template widgets */
  GtkStack         *stack;
  DeskDateEntry    *worked_on_entry;
  GtkLabel         *worked_on_error;
  DeskRecordPicker *volunteer_picker;
  GtkLabel         *volunteer_error;
  DeskRecordPicker *grant_picker;
  GtkSpinButton    *hours_spin;
  GtkLabel         *hours_error;
  AdwEntryRow      *activity_row;
  GtkLabel         *activity_error;
  GtkLabel         *total_label;
  GtkListBox       *time_list;
};

G_DEFINE_FINAL_TYPE (DeskCaseTimeTab, desk_case_time_tab, DESK_TYPE_CASE_TAB)

static char *
hours_text (gint64 tenths)
{
  /* TRANSLATORS: hours with one decimal, e.g. "1.5 h" */
  return g_strdup_printf (_("%.1f h"), tenths / 10.0);
}

static void
remove_clicked_cb (GtkButton     *button,
                   DeskTimeEntry *entry)
{
  GtkWidget *tab = gtk_widget_get_ancestor (GTK_WIDGET (button), DESK_TYPE_CASE_TAB);
  g_autofree char *hours = hours_text (desk_time_entry_get_tenths (entry));
  /* TRANSLATORS: a time entry named in a message: hours, then the date */
  g_autofree char *what = g_strdup_printf (_("%s on %s"), hours, desk_time_entry_get_worked_on (entry));

  if (tab != NULL)
    desk_archive_with_undo (tab, desk_case_tab_get_store (DESK_CASE_TAB (tab)), DESK_RECORD (entry), what);
}

static GtkWidget *
create_time_row (gpointer item,
                 gpointer user_data)
{
  DeskTimeEntry *entry = item;
  DeskStore *store = desk_case_tab_get_store (DESK_CASE_TAB (user_data));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *hours = gtk_label_new (NULL);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *hours_shown = hours_text (desk_time_entry_get_tenths (entry));
  /* TRANSLATORS: under a time entry: the date and the volunteer */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), desk_time_entry_get_worked_on (entry),
                                               desk_time_entry_get_volunteer_name (entry));
  g_autoptr(DeskGrant) grant = NULL;

  /* The grant it is charged to, which a funder's report counts it under. */
  if (desk_time_entry_get_grant_id (entry) > 0 && store != NULL &&
      (grant = desk_store_get_grant (store, desk_time_entry_get_grant_id (entry), NULL)) != NULL)
    {
      g_autofree char *with_grant = NULL;

      /* TRANSLATORS: under a time entry: the date and volunteer, then the grant it is charged to */
      with_grant = g_strdup_printf (_("%s · charged to %s"), subtitle, desk_grant_get_name (grant));
      g_free (subtitle);
      subtitle = g_steal_pointer (&with_grant);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), desk_time_entry_get_activity (entry));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_label_set_text (GTK_LABEL (hours), hours_shown);
  gtk_widget_add_css_class (hours, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), hours);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove the Time Entry"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove the time entry"), -1);
  g_signal_connect_data (remove, "clicked", G_CALLBACK (remove_clicked_cb), g_object_ref (entry),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static void
desk_case_time_tab_update_total (DeskCaseTimeTab *self)
{
  DeskCaseTab *tab = DESK_CASE_TAB (self);
  g_autoptr(GArray) per_volunteer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *total_text = NULL;
  gint64 total = 0;

  g_assert (DESK_IS_CASE_TAB (self));

  if (desk_case_tab_get_store (tab) == NULL || desk_case_tab_get_case_id (tab) <= 0)
    {
      gtk_label_set_text (self->total_label, "");
      return;
    }

  if (!desk_store_total_hours (desk_case_tab_get_store (tab), desk_case_tab_get_case_id (tab), &total,
                               &per_volunteer, &error))
    {
      desk_show_error (GTK_WIDGET (self), _("The hours cannot be added up"), error);
      return;
    }

  total_text = hours_text (total);
  /* TRANSLATORS: the total of the hours logged on a case, e.g. "Total 1.5 h" */
  g_string_append_printf (text, _("Total %s"), total_text);

  for (guint i = 0; per_volunteer != NULL && i < per_volunteer->len; i++)
    {
      DeskCount *count = &g_array_index (per_volunteer, DeskCount, i);
      g_autofree char *hours = hours_text (count->count);

      /* TRANSLATORS: one volunteer's hours under the total: "Margaret Chen 1.5 h" */
      g_string_append_printf (text, _("\n%s %s"), count->label, hours);
    }

  gtk_label_set_text (self->total_label, text->str);
}

/* What "none" means for this case: its own grant, named. */
static void
desk_case_time_tab_update_grant_placeholder (DeskCaseTimeTab *self)
{
  DeskCaseTab *tab = DESK_CASE_TAB (self);
  g_autoptr(GPtrArray) case_grants = NULL;
  g_autofree char *placeholder = NULL;

  if (desk_case_tab_get_store (tab) != NULL && desk_case_tab_get_case_id (tab) > 0)
    case_grants = desk_store_list_case_grants (desk_case_tab_get_store (tab), desk_case_tab_get_case_id (tab), NULL);

  if (case_grants != NULL && case_grants->len > 0)
    /* TRANSLATORS: the grant time is charged to by default; %s is the case's grant */
    placeholder = g_strdup_printf (_("The case’s grant (%s)"),
                                   desk_grant_get_name (((DeskCaseGrant *) g_ptr_array_index (case_grants, 0))->grant));
  else
    placeholder = g_strdup (_("No grant"));

  desk_record_picker_set_placeholder (self->grant_picker, placeholder);
}

static void
desk_case_time_tab_loaded (DeskCaseTab *tab)
{
  DeskCaseTimeTab *self = DESK_CASE_TIME_TAB (tab);
  GListModel *records = desk_case_tab_get_records (tab);
  DeskStore *store = desk_case_tab_get_store (tab);

  desk_record_picker_set_store (self->volunteer_picker, store);
  desk_record_picker_set_store (self->grant_picker, store);
  if (store != NULL)
    {
      g_signal_handlers_disconnect_by_func (store, desk_case_time_tab_update_grant_placeholder, self);
      g_signal_connect_object (store, "changed::case-grant", G_CALLBACK (desk_case_time_tab_update_grant_placeholder),
                               self, G_CONNECT_SWAPPED);
    }
  desk_case_time_tab_update_grant_placeholder (self);
  if (records != NULL)
    g_signal_connect_object (records, "items-changed", G_CALLBACK (desk_case_time_tab_update_total), self,
                             G_CONNECT_SWAPPED);
  desk_case_time_tab_update_total (self);
}

/* Hours are usually the placed volunteer's own. */
static void
desk_case_time_tab_init_record (DeskCaseTab *tab,
                                DeskRecord  *record)
{
  g_autoptr(DeskCase) kase = NULL;

  if (desk_case_tab_get_store (tab) == NULL || desk_case_tab_get_case_id (tab) <= 0)
    return;

  kase = desk_case_tab_get_case (tab);
  if (kase != NULL && desk_case_get_volunteer_id (kase) > 0)
    g_object_set (record, "volunteer-id", desk_case_get_volunteer_id (kase), NULL);
}

static void
desk_case_time_tab_add_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  DeskCaseTimeTab *self = DESK_CASE_TIME_TAB (widget);
  gint64 volunteer_id = desk_record_picker_get_record_id (self->volunteer_picker);
  gint64 grant_id = desk_record_picker_get_record_id (self->grant_picker);

  if (desk_case_tab_check_form (DESK_CASE_TAB (self)) && desk_case_tab_save_form (DESK_CASE_TAB (self)))
    {
      /* The same volunteer usually logs several entries in a row, for the same grant. */
      g_object_set (desk_form_get_record (desk_case_tab_get_form (DESK_CASE_TAB (self))),
                    "volunteer-id", volunteer_id, "grant-id", grant_id, NULL);
      gtk_widget_grab_focus (GTK_WIDGET (self->activity_row));
    }
}

static void
desk_case_time_tab_activate_cb (DeskCaseTimeTab *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "tab.add", NULL);
}

static void
desk_case_time_tab_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DESK_TYPE_CASE_TIME_TAB);

  G_OBJECT_CLASS (desk_case_time_tab_parent_class)->dispose (object);
}

static void
desk_case_time_tab_class_init (DeskCaseTimeTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskCaseTabClass *tab_class = DESK_CASE_TAB_CLASS (klass);

  object_class->dispose = desk_case_time_tab_dispose;

  tab_class->record_type = desk_time_entry_get_type;
  tab_class->loaded = desk_case_time_tab_loaded;
  tab_class->init_record = desk_case_time_tab_init_record;

  g_type_ensure (DESK_TYPE_DATE_ENTRY);
  g_type_ensure (DESK_TYPE_RECORD_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-case-time-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskCaseTimeTab, stack);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseTimeTab, worked_on_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseTimeTab, worked_on_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseTimeTab, volunteer_picker);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseTimeTab, volunteer_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseTimeTab, grant_picker);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseTimeTab, hours_spin);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseTimeTab, hours_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseTimeTab, activity_row);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseTimeTab, activity_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseTimeTab, total_label);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseTimeTab, time_list);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_time_tab_activate_cb);

  gtk_widget_class_install_action (widget_class, "tab.add", NULL, desk_case_time_tab_add_action);
}

static void
desk_case_time_tab_init (DeskCaseTimeTab *self)
{
  DeskForm *form = desk_case_tab_get_form (DESK_CASE_TAB (self));

  gtk_widget_init_template (GTK_WIDGET (self));
  desk_case_tab_set_view (DESK_CASE_TAB (self), self->stack, self->time_list, create_time_row,
                          _("No time logged yet."));

  desk_form_add_field (form, "worked-on", GTK_WIDGET (self->worked_on_entry), GTK_WIDGET (self->worked_on_error));
  desk_form_add_field (form, "volunteer-id", GTK_WIDGET (self->volunteer_picker), GTK_WIDGET (self->volunteer_error));
  desk_form_add_field (form, "grant-id", GTK_WIDGET (self->grant_picker), NULL);
  desk_form_add_field (form, "tenths", GTK_WIDGET (self->hours_spin), GTK_WIDGET (self->hours_error));
  /* The spin button shows hours; the record keeps tenths. */
  desk_form_set_factor (form, "tenths", 10);
  desk_form_add_field (form, "activity", GTK_WIDGET (self->activity_row), GTK_WIDGET (self->activity_error));
}
