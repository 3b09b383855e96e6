/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-case-notes-tab"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-case-notes-tab.h"

struct _DeskCaseNotesTab
{
  DeskCaseTab  parent_instance;

  /* Template widgets */
  GtkStack    *stack;
  GtkTextView *body_view;
  GtkLabel    *body_error;
  GtkLabel    *author_label;
  GtkLabel    *author_error;
  GtkListBox  *notes_list;

  /* Owned */
  GSettings   *settings;
};

G_DEFINE_FINAL_TYPE (DeskCaseNotesTab, desk_case_notes_tab, DESK_TYPE_CASE_TAB)

/* "2026-06-15 14:05" in local time for a stored UTC timestamp. */
static char *
local_time_text (const char *timestamp)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (desk_text_is_blank (timestamp))
    return g_strdup ("");

  when = g_date_time_new_from_iso8601 (timestamp, utc);
  if (when == NULL)
    return g_strdup (timestamp);

  local = g_date_time_to_local (when);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static GtkWidget *
create_note_row (gpointer item,
                 gpointer user_data)
{
  DeskNote *note = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *body = gtk_label_new (desk_note_get_body (note));
  g_autofree char *when = local_time_text (desk_record_get_created_at (DESK_RECORD (note)));
  /* TRANSLATORS: above a note in the timeline: who wrote it, and when */
  g_autofree char *heading_text = g_strdup_printf (_("%s · %s"), desk_note_get_author (note), when);

  gtk_label_set_text (GTK_LABEL (heading), heading_text);
  gtk_label_set_xalign (GTK_LABEL (heading), 0.0f);
  gtk_widget_add_css_class (heading, "caption-heading");
  gtk_widget_add_css_class (heading, "dim-label");

  gtk_label_set_xalign (GTK_LABEL (body), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (body), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), body);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

/* The note is signed with the name in Preferences, as it is now. */
static void
desk_case_notes_tab_update_author (DeskCaseNotesTab *self)
{
  DeskForm *form = desk_case_tab_get_form (DESK_CASE_TAB (self));
  g_autofree char *name = g_settings_get_string (self->settings, "staff-name");
  g_autofree char *text = NULL;
  DeskRecord *note = desk_form_get_record (form);

  g_strstrip (name);
  if (*name != '\0')
    /* TRANSLATORS: under the note being written; %s is the staff name from Preferences */
    text = g_strdup_printf (_("Signed “%s”, the name in Preferences."), name);
  else
    text = g_strdup (_("Set your name in Preferences to sign notes."));
  gtk_label_set_text (self->author_label, text);

  if (note != NULL)
    desk_note_set_author (DESK_NOTE (note), name);
}

static void
desk_case_notes_tab_loaded (DeskCaseTab *tab)
{
  desk_case_notes_tab_update_author (DESK_CASE_NOTES_TAB (tab));
}

static void
desk_case_notes_tab_add_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  DeskCaseNotesTab *self = DESK_CASE_NOTES_TAB (widget);

  desk_case_notes_tab_update_author (self);
  if (desk_case_tab_check_form (DESK_CASE_TAB (self)) && desk_case_tab_save_form (DESK_CASE_TAB (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

static void
desk_case_notes_tab_dispose (GObject *object)
{
  DeskCaseNotesTab *self = (DeskCaseNotesTab *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_CASE_NOTES_TAB);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (desk_case_notes_tab_parent_class)->dispose (object);
}

static void
desk_case_notes_tab_class_init (DeskCaseNotesTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskCaseTabClass *tab_class = DESK_CASE_TAB_CLASS (klass);

  object_class->dispose = desk_case_notes_tab_dispose;

  tab_class->record_type = desk_note_get_type;
  tab_class->loaded = desk_case_notes_tab_loaded;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-case-notes-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskCaseNotesTab, stack);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseNotesTab, body_view);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseNotesTab, body_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseNotesTab, author_label);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseNotesTab, author_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseNotesTab, notes_list);

  gtk_widget_class_install_action (widget_class, "tab.add", NULL, desk_case_notes_tab_add_action);
  /* Enter makes a new line in a note; Ctrl+Enter adds it. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "tab.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "tab.add", NULL);
}

static void
desk_case_notes_tab_init (DeskCaseNotesTab *self)
{
  DeskForm *form = desk_case_tab_get_form (DESK_CASE_TAB (self));

  self->settings = g_settings_new (APP_ID);

  gtk_widget_init_template (GTK_WIDGET (self));
  desk_case_tab_set_view (DESK_CASE_TAB (self), self->stack, self->notes_list, create_note_row,
                          _("No notes yet."));

  desk_form_add_field (form, "body", GTK_WIDGET (self->body_view), GTK_WIDGET (self->body_error));
  /* The author is not typed here: a missing name is said under the note. */
  desk_form_set_general_label (form, self->author_error);

  g_signal_connect_object (self->settings, "changed::staff-name",
                           G_CALLBACK (desk_case_notes_tab_update_author), self, G_CONNECT_SWAPPED);
  desk_case_notes_tab_update_author (self);
}
