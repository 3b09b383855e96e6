/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-case-deadlines-tab"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-archive.h"
#include "desk-case-deadlines-tab.h"
#include "desk-date-entry.h"
#include "desk-feedback.h"
#include "desk-labels.h"

struct _DeskCaseDeadlinesTab
{
  DeskCaseTab           parent_instance;

  /* Template widgets */
  GtkStack             *stack;
  AdwPreferencesGroup  *form_group;
  AdwComboRow          *kind_row;
  DeskDateEntry        *due_on_entry;
  GtkLabel             *due_on_error;
  AdwEntryRow          *due_time_row;
  GtkLabel             *due_time_error;
  AdwEntryRow          *description_row;
  GtkButton            *cancel_edit_button;
  AdwButtonContent     *add_content;
  GtkListBox           *deadlines_list;
};

G_DEFINE_FINAL_TYPE (DeskCaseDeadlinesTab, desk_case_deadlines_tab, DESK_TYPE_CASE_TAB)

static char *
deadline_subtitle (DeskDeadline *deadline)
{
  const char *due_time = desk_deadline_get_due_time (deadline);
  const char *kind = desk_enum_label (DESK_TYPE_DEADLINE_KIND, desk_deadline_get_kind (deadline));
  g_autofree char *today = desk_today_iso ();
  const char *state = NULL;
  g_autofree char *when = NULL;

  if (desk_deadline_get_done (deadline))
    state = _("done");
  else if (g_strcmp0 (desk_deadline_get_due_on (deadline), today) < 0)
    state = _("overdue");
  else if (g_strcmp0 (desk_deadline_get_due_on (deadline), today) == 0)
    state = _("today");

  /* TRANSLATORS: a deadline's day and time of day: "2026-06-10 09:30" */
  when = due_time != NULL && *due_time != '\0' ? g_strdup_printf (_("%s %s"), desk_deadline_get_due_on (deadline), due_time)
                                                : g_strdup (desk_deadline_get_due_on (deadline));

  /* TRANSLATORS: under a deadline: when, its kind and, maybe, where it stands */
  if (state != NULL)
    return g_strdup_printf (_("%s · %s · %s"), when, kind, state);
  return g_strdup_printf (_("%s · %s"), when, kind);
}

static void
done_toggled_cb (GtkCheckButton *check,
                 DeskDeadline   *deadline)
{
  GtkWidget *tab = gtk_widget_get_ancestor (GTK_WIDGET (check), DESK_TYPE_CASE_TAB);
  g_autoptr(DeskDeadline) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (tab == NULL)
    return;

  /* A copy: the list's object stays as it was if the save fails. */
  copy = desk_record_dup (DESK_RECORD (deadline));
  desk_deadline_set_done (copy, gtk_check_button_get_active (check));
  if (!desk_store_save (desk_case_tab_get_store (DESK_CASE_TAB (tab)), DESK_RECORD (copy), &error))
    {
      desk_show_error (tab, _("The deadline could not be changed"), error);
      g_signal_handlers_block_by_func (check, done_toggled_cb, deadline);
      gtk_check_button_set_active (check, desk_deadline_get_done (deadline));
      g_signal_handlers_unblock_by_func (check, done_toggled_cb, deadline);
    }
}

static void
remove_clicked_cb (GtkButton    *button,
                   DeskDeadline *deadline)
{
  GtkWidget *tab = gtk_widget_get_ancestor (GTK_WIDGET (button), DESK_TYPE_CASE_TAB);

  if (tab != NULL)
    /* TRANSLATORS: a deadline named in a message; %s is its description */
    {
      g_autofree char *what = g_strdup_printf (_("Deadline “%s”"), desk_deadline_get_description (deadline));

      desk_archive_with_undo (tab, desk_case_tab_get_store (DESK_CASE_TAB (tab)), DESK_RECORD (deadline), what);
    }
}

static void
row_activated_cb (AdwActionRow *row,
                  DeskDeadline *deadline)
{
  GtkWidget *tab = gtk_widget_get_ancestor (GTK_WIDGET (row), DESK_TYPE_CASE_DEADLINES_TAB);

  if (tab != NULL)
    desk_case_deadlines_tab_edit (DESK_CASE_DEADLINES_TAB (tab), deadline);
}

static GtkWidget *
create_deadline_row (gpointer item,
                     gpointer user_data)
{
  DeskDeadline *deadline = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *subtitle = deadline_subtitle (deadline);
  /* TRANSLATORS: screen reader names; %s is a deadline's description */
  g_autofree char *done_name = g_strdup_printf (_("Mark “%s” done"), desk_deadline_get_description (deadline));
  g_autofree char *remove_name = g_strdup_printf (_("Remove “%s”"), desk_deadline_get_description (deadline));
  g_autofree char *today = desk_today_iso ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), desk_deadline_get_description (deadline));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Change this deadline"));
  if (!desk_deadline_get_done (deadline) && g_strcmp0 (desk_deadline_get_due_on (deadline), today) < 0)
    gtk_widget_add_css_class (row, "desk-overdue-row");
  g_signal_connect_data (row, "activated", G_CALLBACK (row_activated_cb), g_object_ref (deadline),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), desk_deadline_get_done (deadline));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Done"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, done_name, -1);
  g_signal_connect_data (check, "toggled", G_CALLBACK (done_toggled_cb), g_object_ref (deadline),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove the Deadline"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
  g_signal_connect_data (remove, "clicked", G_CALLBACK (remove_clicked_cb), g_object_ref (deadline),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static void
desk_case_deadlines_tab_update_mode (DeskCaseDeadlinesTab *self)
{
  DeskRecord *record = desk_form_get_record (desk_case_tab_get_form (DESK_CASE_TAB (self)));
  gboolean editing = record != NULL && desk_record_get_id (record) > 0;

  adw_preferences_group_set_title (self->form_group, editing ? _("Change the Deadline") : _("Add a Deadline"));
  adw_button_content_set_label (self->add_content, editing ? _("_Save Deadline") : _("_Add Deadline"));
  adw_button_content_set_icon_name (self->add_content, editing ? "document-save-symbolic" : "list-add-symbolic");
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_edit_button), editing);
}

static void
desk_case_deadlines_tab_loaded (DeskCaseTab *tab)
{
  desk_case_deadlines_tab_update_mode (DESK_CASE_DEADLINES_TAB (tab));
}

void
desk_case_deadlines_tab_edit (DeskCaseDeadlinesTab *self,
                              DeskDeadline         *deadline)
{
  g_autoptr(DeskRecord) copy = NULL;

  g_return_if_fail (DESK_IS_CASE_DEADLINES_TAB (self));
  g_return_if_fail (DESK_IS_DEADLINE (deadline));

  copy = desk_record_dup (DESK_RECORD (deadline));
  desk_form_set_record (desk_case_tab_get_form (DESK_CASE_TAB (self)), copy);
  desk_case_deadlines_tab_update_mode (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->description_row));
}

static void
desk_case_deadlines_tab_add_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  DeskCaseDeadlinesTab *self = DESK_CASE_DEADLINES_TAB (widget);

  if (desk_case_tab_check_form (DESK_CASE_TAB (self)) && desk_case_tab_save_form (DESK_CASE_TAB (self)))
    {
      desk_case_deadlines_tab_update_mode (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->description_row));
    }
}

static void
desk_case_deadlines_tab_cancel_edit_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *param)
{
  DeskCaseDeadlinesTab *self = DESK_CASE_DEADLINES_TAB (widget);

  desk_case_tab_reset_form (DESK_CASE_TAB (self));
  desk_case_deadlines_tab_update_mode (self);
}

static void
desk_case_deadlines_tab_activate_cb (DeskCaseDeadlinesTab *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "tab.add", NULL);
}

static void
desk_case_deadlines_tab_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DESK_TYPE_CASE_DEADLINES_TAB);

  G_OBJECT_CLASS (desk_case_deadlines_tab_parent_class)->dispose (object);
}

static void
desk_case_deadlines_tab_class_init (DeskCaseDeadlinesTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskCaseTabClass *tab_class = DESK_CASE_TAB_CLASS (klass);

  object_class->dispose = desk_case_deadlines_tab_dispose;

  tab_class->record_type = desk_deadline_get_type;
  tab_class->loaded = desk_case_deadlines_tab_loaded;

  g_type_ensure (DESK_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-case-deadlines-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskCaseDeadlinesTab, stack);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseDeadlinesTab, form_group);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseDeadlinesTab, kind_row);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseDeadlinesTab, due_on_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseDeadlinesTab, due_on_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseDeadlinesTab, due_time_row);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseDeadlinesTab, due_time_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseDeadlinesTab, description_row);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseDeadlinesTab, cancel_edit_button);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseDeadlinesTab, add_content);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseDeadlinesTab, deadlines_list);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_deadlines_tab_activate_cb);

  gtk_widget_class_install_action (widget_class, "tab.add", NULL, desk_case_deadlines_tab_add_action);
  gtk_widget_class_install_action (widget_class, "tab.cancel-edit", NULL, desk_case_deadlines_tab_cancel_edit_action);
}

static void
desk_case_deadlines_tab_init (DeskCaseDeadlinesTab *self)
{
  DeskForm *form = desk_case_tab_get_form (DESK_CASE_TAB (self));

  gtk_widget_init_template (GTK_WIDGET (self));
  desk_case_tab_set_view (DESK_CASE_TAB (self), self->stack, self->deadlines_list, create_deadline_row,
                          _("No deadlines yet."));

  desk_form_add_field (form, "kind", GTK_WIDGET (self->kind_row), NULL);
  desk_form_add_field (form, "due-on", GTK_WIDGET (self->due_on_entry), GTK_WIDGET (self->due_on_error));
  desk_form_add_field_full (form, "due-time", DESK_FORM_FIELD_TIME, GTK_WIDGET (self->due_time_row),
                            GTK_WIDGET (self->due_time_error));
  desk_form_add_field (form, "description", GTK_WIDGET (self->description_row), NULL);
}
