/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-case-documents-tab"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-archive.h"
#include "desk-case-documents-tab.h"
#include "desk-documents.h"
#include "desk-feedback.h"
#include "desk-gtk-compat.h"

struct _DeskCaseDocumentsTab
{
  DeskCaseTab  parent_instance;

  /* Template widgets */
  GtkStack    *stack;
  GtkListBox  *documents_list;

  /* Owned */
  char        *documents_dir;
  GSettings   *settings;
};

G_DEFINE_FINAL_TYPE (DeskCaseDocumentsTab, desk_case_documents_tab, DESK_TYPE_CASE_TAB)

static void
open_document (GtkWidget    *widget,
               DeskDocument *document)
{
  g_autoptr(GFile) file = desk_documents_get_file (document);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (!g_file_query_exists (file, NULL))
    {
      g_autoptr(GError) error = NULL;

      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   /* TRANSLATORS: %s is a document's file name */
                   _("The stored copy of “%s” is missing from the documents folder."),
                   desk_document_get_file_name (document));
      desk_show_error (widget, _("The document cannot be opened"), error);
      return;
    }

  desk_gtk_compat_launch_file (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, file);
}

static void
row_activated_cb (AdwActionRow *row,
                  DeskDocument *document)
{
  open_document (GTK_WIDGET (row), document);
}

static void
remove_clicked_cb (GtkButton    *button,
                   DeskDocument *document)
{
  GtkWidget *tab = gtk_widget_get_ancestor (GTK_WIDGET (button), DESK_TYPE_CASE_TAB);

  /* The record is archived and the stored copy kept: legal files are
   * retained, and Undo brings both back. */
  if (tab != NULL)
    desk_archive_with_undo (tab, desk_case_tab_get_store (DESK_CASE_TAB (tab)), DESK_RECORD (document),
                            desk_document_get_file_name (document));
}

static GtkWidget *
create_document_row (gpointer item,
                     gpointer user_data)
{
  DeskDocument *document = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *size = g_format_size (desk_document_get_size_bytes (document));
  g_autofree char *added = g_strndup (desk_record_get_created_at (DESK_RECORD (document)), 10);
  /* TRANSLATORS: under a document: its size and the day it was attached */
  g_autofree char *subtitle = g_strdup_printf (_("%s · attached %s"), size, added);
  /* TRANSLATORS: a button's name for screen readers; %s is a file name */
  g_autofree char *remove_name = g_strdup_printf (_("Remove %s"), desk_document_get_file_name (document));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), desk_document_get_file_name (document));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("text-x-generic-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Open the document"));
  g_signal_connect_data (row, "activated", G_CALLBACK (row_activated_cb), g_object_ref (document),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove the Document from the Case"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
  g_signal_connect_data (remove, "clicked", G_CALLBACK (remove_clicked_cb), g_object_ref (document),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static void
attach_chosen_cb (GFile    *file,
                  gpointer  user_data)
{
  g_autoptr(DeskCaseDocumentsTab) self = user_data;

  if (file != NULL && !gtk_widget_in_destruction (GTK_WIDGET (self)))
    desk_case_documents_tab_attach_file (self, file, NULL);
}

static void
desk_case_documents_tab_attach_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (desk_case_tab_get_case_id (DESK_CASE_TAB (widget)) <= 0)
    return;

  desk_gtk_compat_open_document (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 _("Attach a Document"), _("_Attach"), NULL,
                                 attach_chosen_cb, g_object_ref (widget));
}

static void
desk_case_documents_tab_loaded (DeskCaseTab *tab)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (tab), "tab.attach", desk_case_tab_get_case_id (tab) > 0);
}

static void
desk_case_documents_tab_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DESK_TYPE_CASE_DOCUMENTS_TAB);

  G_OBJECT_CLASS (desk_case_documents_tab_parent_class)->dispose (object);
}

static void
desk_case_documents_tab_finalize (GObject *object)
{
  DeskCaseDocumentsTab *self = (DeskCaseDocumentsTab *)object;

  g_free (self->documents_dir);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (desk_case_documents_tab_parent_class)->finalize (object);
}

static void
desk_case_documents_tab_class_init (DeskCaseDocumentsTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskCaseTabClass *tab_class = DESK_CASE_TAB_CLASS (klass);

  object_class->dispose = desk_case_documents_tab_dispose;
  object_class->finalize = desk_case_documents_tab_finalize;

  tab_class->record_type = desk_document_get_type;
  tab_class->loaded = desk_case_documents_tab_loaded;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-case-documents-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskCaseDocumentsTab, stack);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseDocumentsTab, documents_list);

  gtk_widget_class_install_action (widget_class, "tab.attach", NULL, desk_case_documents_tab_attach_action);
}

static void
desk_case_documents_tab_init (DeskCaseDocumentsTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  desk_case_tab_set_view (DESK_CASE_TAB (self), self->stack, self->documents_list, create_document_row,
                          _("No documents attached yet."));
  self->settings = g_settings_new (APP_ID);
}

const char *
desk_case_documents_tab_get_documents_dir (DeskCaseDocumentsTab *self)
{
  g_return_val_if_fail (DESK_IS_CASE_DOCUMENTS_TAB (self), NULL);

  if (self->documents_dir == NULL)
    self->documents_dir = desk_documents_default_dir ();

  return self->documents_dir;
}

void
desk_case_documents_tab_set_documents_dir (DeskCaseDocumentsTab *self,
                                           const char           *documents_dir)
{
  g_return_if_fail (DESK_IS_CASE_DOCUMENTS_TAB (self));

  desk_set_str (&self->documents_dir, documents_dir);
}

gboolean
desk_case_documents_tab_attach_file (DeskCaseDocumentsTab  *self,
                                     GFile                 *file,
                                     GError               **error)
{
  g_autoptr(DeskDocument) document = NULL;
  g_autoptr(DeskCase) kase = NULL;
  g_autoptr(GError) local_error = NULL;
  guint64 limit;

  g_return_val_if_fail (DESK_IS_CASE_DOCUMENTS_TAB (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  kase = desk_case_tab_get_case (DESK_CASE_TAB (self));
  if (kase == NULL)
    return FALSE;

  limit = (guint64) g_settings_get_uint (self->settings, "document-size-limit-mb") * 1000 * 1000;
  document = desk_documents_attach_full (desk_case_tab_get_store (DESK_CASE_TAB (self)), kase, file,
                                         desk_case_documents_tab_get_documents_dir (self), limit, NULL,
                                         &local_error);
  if (document == NULL)
    {
      desk_show_error (GTK_WIDGET (self), _("The document could not be attached"), local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}
