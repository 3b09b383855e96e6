/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-case-parties-tab"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-archive.h"
#include "desk-case-parties-tab.h"
#include "desk-conflict-window.h"
#include "desk-feedback.h"
#include "desk-labels.h"

/* The tab to copy: a template of an add form and a boxed list, the form
 * tied in init, rows made from the tab's records. */

struct _DeskCasePartiesTab
{
  DeskCaseTab   parent_instance;

  /* Template widgets */
  GtkStack     *stack;
  AdwEntryRow  *name_row;
  GtkLabel     *name_error;
  AdwComboRow  *role_row;
  GtkListBox   *parties_list;

  /* Owned */
  GCancellable *cancellable;
  gboolean      checking;
};

G_DEFINE_FINAL_TYPE (DeskCasePartiesTab, desk_case_parties_tab, DESK_TYPE_CASE_TAB)

static void
remove_clicked_cb (GtkButton *button,
                   DeskParty *party)
{
  GtkWidget *tab = gtk_widget_get_ancestor (GTK_WIDGET (button), DESK_TYPE_CASE_TAB);

  if (tab != NULL)
    desk_archive_with_undo (tab, desk_case_tab_get_store (DESK_CASE_TAB (tab)), DESK_RECORD (party),
                            desk_party_get_name (party));
}

static GtkWidget *
create_party_row (gpointer item,
                  gpointer user_data)
{
  DeskParty *party = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* TRANSLATORS: a button's name for screen readers; %s is an adverse party */
  g_autofree char *remove_name = g_strdup_printf (_("Remove %s"), desk_party_get_name (party));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), desk_party_get_name (party));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), desk_enum_label (DESK_TYPE_PARTY_ROLE, desk_party_get_role (party)));

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove from the Adverse Parties"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
  g_signal_connect_data (remove, "clicked", G_CALLBACK (remove_clicked_cb), g_object_ref (party),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

/* ---- adding, after the conflict check ---------------------------------------- */

static void
desk_case_parties_tab_checked_cb (GObject      *object,
                                  GAsyncResult *result,
                                  gpointer      user_data)
{
  g_autoptr(DeskCasePartiesTab) self = user_data;
  DeskCaseTab *tab = DESK_CASE_TAB (self);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskParty) party = NULL;
  g_autofree char *name = NULL;

  self->checking = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tab.add", TRUE);

  if (!desk_conflict_window_check_finish (result, &hits, &error))
    {
      if (error != NULL)
        desk_show_error (GTK_WIDGET (self), _("The conflict check could not be run"), error);
      return;
    }

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  party = g_object_ref (DESK_PARTY (desk_form_get_record (desk_case_tab_get_form (tab))));
  name = g_strdup (desk_party_get_name (party));
  if (!desk_case_tab_save_form (tab))
    return;

  if (!desk_store_audit_conflict_check (desk_case_tab_get_store (tab), "party", desk_record_get_id (DESK_RECORD (party)),
                                        name, hits, hits != NULL && hits->len > 0 ? "no-conflict" : "no-hits", &error))
    desk_show_error (GTK_WIDGET (self), _("The party was added, but the conflict check could not be recorded"), error);

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
desk_case_parties_tab_add_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  DeskCasePartiesTab *self = DESK_CASE_PARTIES_TAB (widget);
  DeskCaseTab *tab = DESK_CASE_TAB (self);
  DeskParty *party;
  GtkRoot *root;

  if (self->checking || !desk_case_tab_check_form (tab))
    return;

  /* Nobody is added before the clinic knows whether it already acts for
   * them or against them. */
  party = DESK_PARTY (desk_form_get_record (desk_case_tab_get_form (tab)));
  root = gtk_widget_get_root (widget);
  self->checking = TRUE;
  gtk_widget_action_set_enabled (widget, "tab.add", FALSE);
  desk_conflict_window_check_async (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, desk_case_tab_get_store (tab),
                                    desk_party_get_name (party), "party", 0, self->cancellable,
                                    desk_case_parties_tab_checked_cb, g_object_ref (self));
}

static void
desk_case_parties_tab_activate_cb (DeskCasePartiesTab *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "tab.add", NULL);
}

/* ---- GObject -------------------------------------------------------------------- */

static void
desk_case_parties_tab_dispose (GObject *object)
{
  DeskCasePartiesTab *self = (DeskCasePartiesTab *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_CASE_PARTIES_TAB);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (desk_case_parties_tab_parent_class)->dispose (object);
}

static void
desk_case_parties_tab_class_init (DeskCasePartiesTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskCaseTabClass *tab_class = DESK_CASE_TAB_CLASS (klass);

  object_class->dispose = desk_case_parties_tab_dispose;

  tab_class->record_type = desk_party_get_type;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-case-parties-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskCasePartiesTab, stack);
  gtk_widget_class_bind_template_child (widget_class, DeskCasePartiesTab, name_row);
  gtk_widget_class_bind_template_child (widget_class, DeskCasePartiesTab, name_error);
  gtk_widget_class_bind_template_child (widget_class, DeskCasePartiesTab, role_row);
  gtk_widget_class_bind_template_child (widget_class, DeskCasePartiesTab, parties_list);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_parties_tab_activate_cb);

  gtk_widget_class_install_action (widget_class, "tab.add", NULL, desk_case_parties_tab_add_action);
}

static void
desk_case_parties_tab_init (DeskCasePartiesTab *self)
{
  DeskForm *form = desk_case_tab_get_form (DESK_CASE_TAB (self));

  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  desk_case_tab_set_view (DESK_CASE_TAB (self), self->stack, self->parties_list, create_party_row,
                          _("No adverse parties yet."));

  desk_form_add_field (form, "name", GTK_WIDGET (self->name_row), GTK_WIDGET (self->name_error));
  desk_form_add_field (form, "role", GTK_WIDGET (self->role_row), NULL);
}
