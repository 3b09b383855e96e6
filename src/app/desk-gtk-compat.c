/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-gtk-compat"

#include "config.h"

/* The build caps the GTK API at 4.8 so nothing newer slips in elsewhere.
 * This file alone may use newer API, each use behind GTK_CHECK_VERSION. */
#undef GDK_VERSION_MAX_ALLOWED
#define GDK_VERSION_MAX_ALLOWED GDK_VERSION_CUR_STABLE

#include <glib/gi18n-lib.h>

#include "desk-gtk-compat.h"

typedef struct
{
  DeskFileCallback callback;
  gpointer         user_data;
} FileRequest;

static FileRequest *
file_request_new (DeskFileCallback callback,
                  gpointer         user_data)
{
  FileRequest *request = g_new0 (FileRequest, 1);

  request->callback = callback;
  request->user_data = user_data;

  return request;
}

static void
file_request_finish (FileRequest *request,
                     GFile       *file)
{
  request->callback (file, request->user_data);
  g_free (request);
}

/* Database files first; "All files" for a clinic that named theirs oddly. */
static GtkFileFilter *
database_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Pro Bono Desk databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_pattern (filter, "*.sqlite");
  gtk_file_filter_add_pattern (filter, "*.sqlite3");
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");

  return filter;
}

static GtkFileFilter *
all_files_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("All files"));
  gtk_file_filter_add_pattern (filter, "*");

  return filter;
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
file_dialog_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  GtkFileDialog *dialog = GTK_FILE_DIALOG (object);
  FileRequest *request = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (g_object_get_data (object, "desk-save") != NULL)
    file = gtk_file_dialog_save_finish (dialog, result, &error);
  else
    file = gtk_file_dialog_open_finish (dialog, result, &error);

  if (error != NULL && !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    g_warning ("The file chooser failed: %s", error->message);

  file_request_finish (request, file);
}

static GtkFileDialog *
file_dialog_new (const char *title,
                 const char *accept_label,
                 GFile      *initial_folder,
                 gboolean    databases_first)
{
  GtkFileDialog *dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) databases = database_filter_new ();
  g_autoptr(GtkFileFilter) everything = all_files_filter_new ();

  if (databases_first)
    g_list_store_append (filters, databases);
  g_list_store_append (filters, everything);

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_accept_label (dialog, accept_label);
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, databases_first ? databases : everything);
  if (initial_folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, initial_folder);

  return dialog;
}

static void
open_any (GtkWindow        *parent,
          const char       *title,
          const char       *accept_label,
          GFile            *initial_folder,
          gboolean          databases_first,
          DeskFileCallback  callback,
          gpointer          user_data)
{
  g_autoptr(GtkFileDialog) dialog = file_dialog_new (title, accept_label, initial_folder, databases_first);

  gtk_file_dialog_open (dialog, parent, NULL, file_dialog_done_cb,
                        file_request_new (callback, user_data));
}

void
desk_gtk_compat_save_file (GtkWindow        *parent,
                           const char       *title,
                           const char       *accept_label,
                           GFile            *initial_folder,
                           const char       *initial_name,
                           DeskFileCallback  callback,
                           gpointer          user_data)
{
  g_autoptr(GtkFileDialog) dialog = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (callback != NULL);

  dialog = file_dialog_new (title, accept_label, initial_folder, TRUE);
  if (initial_name != NULL)
    gtk_file_dialog_set_initial_name (dialog, initial_name);
  g_object_set_data (G_OBJECT (dialog), "desk-save", GINT_TO_POINTER (TRUE));
  gtk_file_dialog_save (dialog, parent, NULL, file_dialog_done_cb,
                        file_request_new (callback, user_data));
}

static void
file_launcher_done_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_file_launcher_launch_finish (GTK_FILE_LAUNCHER (object), result, &error) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    g_warning ("The file could not be opened: %s", error->message);
}

void
desk_gtk_compat_launch_file (GtkWindow *parent,
                             GFile     *file)
{
  g_autoptr(GtkFileLauncher) launcher = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_FILE (file));

  launcher = gtk_file_launcher_new (file);
  gtk_file_launcher_launch (launcher, parent, NULL, file_launcher_done_cb, NULL);
}

static void
uri_launcher_done_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (object), result, &error) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    g_warning ("The link could not be opened: %s", error->message);
}

void
desk_gtk_compat_show_uri (GtkWindow  *parent,
                          const char *uri)
{
  g_autoptr(GtkUriLauncher) launcher = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (uri != NULL);

  launcher = gtk_uri_launcher_new (uri);
  gtk_uri_launcher_launch (launcher, parent, NULL, uri_launcher_done_cb, NULL);
}

#else /* GTK 4.8 */

static void
native_response_cb (GtkNativeDialog *native,
                    int              response,
                    gpointer         user_data)
{
  FileRequest *request = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  file_request_finish (request, file);
  g_object_unref (native);
}

static void
native_run (GtkWindow            *parent,
            const char           *title,
            const char           *accept_label,
            GtkFileChooserAction  action,
            GFile                *initial_folder,
            const char           *initial_name,
            gboolean              databases_first,
            DeskFileCallback      callback,
            gpointer              user_data)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) databases = database_filter_new ();
  g_autoptr(GtkFileFilter) everything = all_files_filter_new ();

  /* Owned by the pending request; dropped in native_response_cb(). */
  native = gtk_file_chooser_native_new (title, parent, action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (databases_first)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), databases);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), everything);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), databases_first ? databases : everything);

  if (initial_folder != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), initial_folder, &error))
        g_debug ("Cannot start in the folder of the current database: %s", error->message);
    }

  if (initial_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);

  g_signal_connect (native, "response", G_CALLBACK (native_response_cb),
                    file_request_new (callback, user_data));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
open_any (GtkWindow        *parent,
          const char       *title,
          const char       *accept_label,
          GFile            *initial_folder,
          gboolean          databases_first,
          DeskFileCallback  callback,
          gpointer          user_data)
{
  native_run (parent, title, accept_label, GTK_FILE_CHOOSER_ACTION_OPEN,
              initial_folder, NULL, databases_first, callback, user_data);
}

void
desk_gtk_compat_save_file (GtkWindow        *parent,
                           const char       *title,
                           const char       *accept_label,
                           GFile            *initial_folder,
                           const char       *initial_name,
                           DeskFileCallback  callback,
                           gpointer          user_data)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (callback != NULL);

  native_run (parent, title, accept_label, GTK_FILE_CHOOSER_ACTION_SAVE,
              initial_folder, initial_name, TRUE, callback, user_data);
}

void
desk_gtk_compat_launch_file (GtkWindow *parent,
                             GFile     *file)
{
  g_autofree char *uri = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

void
desk_gtk_compat_show_uri (GtkWindow  *parent,
                          const char *uri)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (uri != NULL);

  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

#endif

/* The same on every GTK version: which chooser opens a file. */

void
desk_gtk_compat_open_file (GtkWindow        *parent,
                           const char       *title,
                           const char       *accept_label,
                           GFile            *initial_folder,
                           DeskFileCallback  callback,
                           gpointer          user_data)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (callback != NULL);

  open_any (parent, title, accept_label, initial_folder, TRUE, callback, user_data);
}

void
desk_gtk_compat_open_document (GtkWindow        *parent,
                               const char       *title,
                               const char       *accept_label,
                               GFile            *initial_folder,
                               DeskFileCallback  callback,
                               gpointer          user_data)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (callback != NULL);

  open_any (parent, title, accept_label, initial_folder, FALSE, callback, user_data);
}
