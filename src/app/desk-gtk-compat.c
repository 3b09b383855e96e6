/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-gtk-compat"

#include "config.h"

/* The build caps the GTK API at 4.8 so nothing newer slips in elsewhere.
 * This file alone may use newer API, each use behind GTK_CHECK_VERSION. */
#undef GDK_VERSION_MAX_ALLOWED
#define GDK_VERSION_MAX_ALLOWED GDK_VERSION_CUR_STABLE
#undef ADW_VERSION_MAX_ALLOWED
/* libadwaita has no "current stable" macro: the version this build has. */
#define ADW_VERSION_MAX_ALLOWED ((ADW_MAJOR_VERSION << 24) | (ADW_MINOR_VERSION << 16))

#include <glib/gi18n-lib.h>

#include "desk-feedback.h"
#include "desk-gtk-compat.h"
#include "desk-record.h"

typedef struct
{
  GtkWidget        *parent;   /* weak: where a failure is told */
  DeskFileCallback  callback;
  gpointer          user_data;
} FileRequest;

static FileRequest *
file_request_new (GtkWindow        *parent,
                  DeskFileCallback  callback,
                  gpointer          user_data)
{
  FileRequest *request = g_new0 (FileRequest, 1);

  g_set_weak_pointer (&request->parent, (GtkWidget *) parent);
  request->callback = callback;
  request->user_data = user_data;

  return request;
}

static void
file_request_finish (FileRequest *request,
                     GFile       *file)
{
  request->callback (file, request->user_data);
  g_clear_weak_pointer (&request->parent);
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
    desk_show_error (request->parent, _("The file chooser could not be opened"), error);

  file_request_finish (request, file);
}

/* @first: the kind of file offered first (NULL: any file). */
static GtkFileDialog *
file_dialog_new (const char    *title,
                 const char    *accept_label,
                 GFile         *initial_folder,
                 GtkFileFilter *first)
{
  GtkFileDialog *dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) everything = all_files_filter_new ();

  if (first != NULL)
    g_list_store_append (filters, first);
  g_list_store_append (filters, everything);

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_accept_label (dialog, accept_label);
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, first != NULL ? first : everything);
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
  g_autoptr(GtkFileFilter) databases = databases_first ? database_filter_new () : NULL;
  g_autoptr(GtkFileDialog) dialog = file_dialog_new (title, accept_label, initial_folder, databases);

  gtk_file_dialog_open (dialog, parent, NULL, file_dialog_done_cb,
                        file_request_new (parent, callback, user_data));
}

static void
save_any (GtkWindow        *parent,
          const char       *title,
          const char       *accept_label,
          GFile            *initial_folder,
          const char       *initial_name,
          GtkFileFilter    *first,
          DeskFileCallback  callback,
          gpointer          user_data)
{
  g_autoptr(GtkFileDialog) dialog = file_dialog_new (title, accept_label, initial_folder, first);

  if (initial_name != NULL)
    gtk_file_dialog_set_initial_name (dialog, initial_name);
  g_object_set_data (G_OBJECT (dialog), "desk-save", GINT_TO_POINTER (TRUE));
  gtk_file_dialog_save (dialog, parent, NULL, file_dialog_done_cb,
                        file_request_new (parent, callback, user_data));
}

static void
file_launcher_done_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GtkWidget) parent = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_file_launcher_launch_finish (GTK_FILE_LAUNCHER (object), result, &error) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    desk_show_error (parent, _("The file could not be opened"), error);
}

void
desk_gtk_compat_launch_file (GtkWindow *parent,
                             GFile     *file)
{
  g_autoptr(GtkFileLauncher) launcher = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_FILE (file));

  launcher = gtk_file_launcher_new (file);
  gtk_file_launcher_launch (launcher, parent, NULL, file_launcher_done_cb,
                            parent != NULL ? g_object_ref (parent) : NULL);
}

static void
uri_launcher_done_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GtkWidget) parent = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (object), result, &error) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    desk_show_error (parent, _("The link could not be opened"), error);
}

void
desk_gtk_compat_show_uri (GtkWindow  *parent,
                          const char *uri)
{
  g_autoptr(GtkUriLauncher) launcher = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (uri != NULL);

  launcher = gtk_uri_launcher_new (uri);
  gtk_uri_launcher_launch (launcher, parent, NULL, uri_launcher_done_cb,
                           parent != NULL ? g_object_ref (parent) : NULL);
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
            GtkFileFilter        *first,
            DeskFileCallback      callback,
            gpointer              user_data)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) everything = all_files_filter_new ();

  /* Owned by the pending request; dropped in native_response_cb(). */
  native = gtk_file_chooser_native_new (title, parent, action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (first != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), first);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), everything);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), first != NULL ? first : everything);

  if (initial_folder != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), initial_folder, &error))
        g_debug ("Cannot start in the folder of the current database: %s", error->message);
    }

  if (initial_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);

  g_signal_connect (native, "response", G_CALLBACK (native_response_cb),
                    file_request_new (parent, callback, user_data));
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
  g_autoptr(GtkFileFilter) databases = databases_first ? database_filter_new () : NULL;

  native_run (parent, title, accept_label, GTK_FILE_CHOOSER_ACTION_OPEN,
              initial_folder, NULL, databases, callback, user_data);
}

static void
save_any (GtkWindow        *parent,
          const char       *title,
          const char       *accept_label,
          GFile            *initial_folder,
          const char       *initial_name,
          GtkFileFilter    *first,
          DeskFileCallback  callback,
          gpointer          user_data)
{
  native_run (parent, title, accept_label, GTK_FILE_CHOOSER_ACTION_SAVE,
              initial_folder, initial_name, first, callback, user_data);
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

/* The same on every GTK version: which chooser opens or saves a file. */

void
desk_gtk_compat_save_file (GtkWindow        *parent,
                           const char       *title,
                           const char       *accept_label,
                           GFile            *initial_folder,
                           const char       *initial_name,
                           DeskFileCallback  callback,
                           gpointer          user_data)
{
  g_autoptr(GtkFileFilter) databases = database_filter_new ();

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (callback != NULL);

  save_any (parent, title, accept_label, initial_folder, initial_name, databases, callback, user_data);
}

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

/* ---- questions -------------------------------------------------------------- */

typedef struct
{
  DeskQuestionCallback callback;
  gpointer             user_data;
} Question;

static GtkWidget *
question_parent_window (GtkWidget *parent)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WIDGET (root) : NULL;
}

static void
question_response_cb (GtkWidget  *dialog,
                      const char *answer,
                      Question   *question)
{
  GtkWidget *parent = g_object_get_data (G_OBJECT (dialog), "desk-question-parent");

  if (parent != NULL && g_object_get_data (G_OBJECT (parent), "desk-question") == dialog)
    g_object_set_data (G_OBJECT (parent), "desk-question", NULL);

  /* An answer may close the window asked over (Discard closes an editor);
   * GTK 4.8 would keep a dangling transient parent and crash when the
   * dialog goes after it. */
  if (GTK_IS_WINDOW (dialog))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);

  /* Once: a second response (a test answering twice) is ignored. */
  if (question->callback != NULL)
    {
      DeskQuestionCallback callback = g_steal_pointer (&question->callback);

      callback (answer, question->user_data);
    }
}

#if ADW_CHECK_VERSION (1, 5, 0)

static AdwResponseAppearance
answer_appearance (DeskResponseStyle style)
{
  return style == DESK_RESPONSE_STYLE_SUGGESTED ? ADW_RESPONSE_SUGGESTED
       : style == DESK_RESPONSE_STYLE_DESTRUCTIVE ? ADW_RESPONSE_DESTRUCTIVE
       : ADW_RESPONSE_DEFAULT;
}

GtkWidget *
desk_gtk_compat_ask (GtkWidget            *parent,
                     const char           *heading,
                     const char           *body,
                     const DeskResponse     *answers,
                     guint                 n_answers,
                     const char           *default_answer,
                     const char           *close_answer,
                     DeskQuestionCallback  callback,
                     gpointer              user_data)
{
  AdwDialog *dialog = adw_alert_dialog_new (heading, body);
  GtkWidget *window = question_parent_window (parent);
  Question *question = g_new0 (Question, 1);

  question->callback = callback;
  question->user_data = user_data;

  for (guint i = 0; i < n_answers; i++)
    {
      adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), answers[i].id, answers[i].label);
      adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), answers[i].id,
                                                answer_appearance (answers[i].style));
    }
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), default_answer);
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), close_answer);
  g_signal_connect_data (dialog, "response", G_CALLBACK (question_response_cb), question,
                         (GClosureNotify) (void (*) (void)) g_free, 0);

  if (window != NULL)
    {
      g_object_set_data (G_OBJECT (dialog), "desk-question-parent", window);
      g_object_set_data (G_OBJECT (window), "desk-question", dialog);
    }
  adw_dialog_present (dialog, window);

  return GTK_WIDGET (dialog);
}

void
desk_gtk_compat_answer (GtkWidget  *question,
                        const char *answer)
{
  g_return_if_fail (ADW_IS_ALERT_DIALOG (question));

  g_signal_emit_by_name (question, "response", answer);
  adw_dialog_force_close (ADW_DIALOG (question));
}

void
desk_gtk_compat_set_answer_enabled (GtkWidget  *question,
                                    const char *answer,
                                    gboolean    enabled)
{
  g_return_if_fail (ADW_IS_ALERT_DIALOG (question));

  adw_alert_dialog_set_response_enabled (ADW_ALERT_DIALOG (question), answer, enabled);
}

void
desk_gtk_compat_set_extra_child (GtkWidget *question,
                                 GtkWidget *child)
{
  g_return_if_fail (ADW_IS_ALERT_DIALOG (question));

  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (question), child);
}

#else /* libadwaita < 1.5 */

static AdwResponseAppearance
answer_appearance (DeskResponseStyle style)
{
  return style == DESK_RESPONSE_STYLE_SUGGESTED ? ADW_RESPONSE_SUGGESTED
       : style == DESK_RESPONSE_STYLE_DESTRUCTIVE ? ADW_RESPONSE_DESTRUCTIVE
       : ADW_RESPONSE_DEFAULT;
}

GtkWidget *
desk_gtk_compat_ask (GtkWidget            *parent,
                     const char           *heading,
                     const char           *body,
                     const DeskResponse     *answers,
                     guint                 n_answers,
                     const char           *default_answer,
                     const char           *close_answer,
                     DeskQuestionCallback  callback,
                     gpointer              user_data)
{
  GtkWidget *window = question_parent_window (parent);
  GtkWidget *dialog = adw_message_dialog_new (window != NULL ? GTK_WINDOW (window) : NULL, heading, body);
  Question *question = g_new0 (Question, 1);

  question->callback = callback;
  question->user_data = user_data;

  for (guint i = 0; i < n_answers; i++)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), answers[i].id, answers[i].label);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), answers[i].id,
                                                  answer_appearance (answers[i].style));
    }
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), default_answer);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), close_answer);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_data (dialog, "response", G_CALLBACK (question_response_cb), question,
                         (GClosureNotify) (void (*) (void)) g_free, 0);

  if (window != NULL)
    {
      g_object_set_data (G_OBJECT (dialog), "desk-question-parent", window);
      g_object_set_data (G_OBJECT (window), "desk-question", dialog);
    }
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

void
desk_gtk_compat_answer (GtkWidget  *question,
                        const char *answer)
{
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (question));

  /* Emits ::response and closes the dialog, as a click does. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), answer);
  gtk_window_destroy (GTK_WINDOW (question));
}

void
desk_gtk_compat_set_answer_enabled (GtkWidget  *question,
                                    const char *answer,
                                    gboolean    enabled)
{
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (question));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (question), answer, enabled);
}

void
desk_gtk_compat_set_extra_child (GtkWidget *question,
                                 GtkWidget *child)
{
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (question));

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (question), child);
}

#endif

/* ---- a question that needs a reason ------------------------------------------------ */

typedef struct
{
  DeskReasonCallback  callback;
  gpointer            user_data;
  GtkEditable        *entry;      /* owned by the dialog */
  GtkWidget          *question;
  char               *needs_reason;
} ReasonQuestion;

static void
reason_question_free (ReasonQuestion *reason)
{
  g_free (reason->needs_reason);
  g_free (reason);
}

static void
reason_answered_cb (const char *answer,
                    gpointer    user_data)
{
  ReasonQuestion *reason = user_data;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (reason->entry)));

  reason->callback (answer, text, reason->user_data);
  g_object_unref (reason->entry);
  reason_question_free (reason);
}

static void
reason_changed_cb (ReasonQuestion *reason)
{
  desk_gtk_compat_set_answer_enabled (reason->question, reason->needs_reason,
                                      !desk_text_is_blank (gtk_editable_get_text (reason->entry)));
}

static void
reason_activate_cb (ReasonQuestion *reason)
{
  if (!desk_text_is_blank (gtk_editable_get_text (reason->entry)))
    desk_gtk_compat_answer (reason->question, reason->needs_reason);
}

GtkWidget *
desk_gtk_compat_ask_reason (GtkWidget            *parent,
                            const char           *heading,
                            const char           *body,
                            const char           *reason_title,
                            const DeskResponse   *answers,
                            guint                 n_answers,
                            const char           *default_answer,
                            const char           *close_answer,
                            DeskReasonCallback    callback,
                            gpointer              user_data)
{
  ReasonQuestion *reason = g_new0 (ReasonQuestion, 1);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_entry_row_new ();

  reason->callback = callback;
  reason->user_data = user_data;
  reason->needs_reason = g_strdup (default_answer);
  reason->entry = g_object_ref (GTK_EDITABLE (row));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), reason_title);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  reason->question = desk_gtk_compat_ask (parent, heading, body, answers, n_answers, default_answer, close_answer,
                                          reason_answered_cb, reason);
  desk_gtk_compat_set_extra_child (reason->question, list);
  g_object_set_data (G_OBJECT (reason->question), "desk-reason-entry", reason->entry);
  desk_gtk_compat_set_answer_enabled (reason->question, default_answer, FALSE);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (reason_changed_cb), reason);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (reason_activate_cb), reason);
  gtk_widget_grab_focus (row);

  return reason->question;
}

GtkEditable *
desk_gtk_compat_get_reason_entry (GtkWidget *question)
{
  return question != NULL ? g_object_get_data (G_OBJECT (question), "desk-reason-entry") : NULL;
}

GtkWidget *
desk_gtk_compat_get_question (GtkWidget *parent)
{
  GtkWidget *window = question_parent_window (parent);

  return window != NULL ? g_object_get_data (G_OBJECT (window), "desk-question") : NULL;
}

/* ---- workbooks, their folders, questions with a field ---------------------- */

static GtkFileFilter *
workbook_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  return filter;
}

void
desk_gtk_compat_save_workbook (GtkWindow        *parent,
                               const char       *title,
                               const char       *accept_label,
                               GFile            *initial_folder,
                               const char       *initial_name,
                               DeskFileCallback  callback,
                               gpointer          user_data)
{
  g_autoptr(GtkFileFilter) workbooks = workbook_filter_new ();

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (callback != NULL);

  save_any (parent, title, accept_label, initial_folder, initial_name, workbooks, callback, user_data);
}

/* What "Show in Folder" falls back to: the folder itself, in the file manager. */
static void
launch_parent_folder (GtkWindow *parent,
                      GFile     *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);

  if (folder != NULL)
    desk_gtk_compat_launch_file (parent, folder);
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
folder_launcher_done_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GtkWidget) parent = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_file_launcher_open_containing_folder_finish (GTK_FILE_LAUNCHER (object), result, &error) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    launch_parent_folder (GTK_WINDOW (parent), gtk_file_launcher_get_file (GTK_FILE_LAUNCHER (object)));
}

void
desk_gtk_compat_show_in_folder (GtkWindow *parent,
                                GFile     *file)
{
  g_autoptr(GtkFileLauncher) launcher = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_FILE (file));

  launcher = gtk_file_launcher_new (file);
  gtk_file_launcher_open_containing_folder (launcher, parent, NULL, folder_launcher_done_cb,
                                            parent != NULL ? g_object_ref (parent) : NULL);
}

#else /* GTK 4.8 */

typedef struct
{
  GtkWindow *parent;  /* weak */
  GFile     *file;
} FolderRequest;

static void
show_items_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  FolderRequest *request = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  if (reply == NULL)
    {
      /* No file manager on the bus answers ShowItems: open the folder. */
      g_debug ("The file manager cannot show the file: %s", error->message);
      launch_parent_folder (request->parent, request->file);
    }

  g_clear_weak_pointer (&request->parent);
  g_object_unref (request->file);
  g_free (request);
}

/* GTK 4.8 has no GtkFileLauncher: ask the file manager over D-Bus
 * (org.freedesktop.FileManager1, which Nautilus, Nemo, Dolphin and
 * others implement) to show the file selected in its folder. */
void
desk_gtk_compat_show_in_folder (GtkWindow *parent,
                                GFile     *file)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  const char *uris[2] = { NULL, NULL };
  FolderRequest *request;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_FILE (file));

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  if (bus == NULL)
    {
      g_debug ("No session bus to reach the file manager: %s", error->message);
      launch_parent_folder (parent, file);
      return;
    }

  uri = g_file_get_uri (file);
  uris[0] = uri;
  request = g_new0 (FolderRequest, 1);
  g_set_weak_pointer (&request->parent, parent);
  request->file = g_object_ref (file);
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(^ass)", uris, ""), NULL,
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, show_items_done_cb, request);
}

#endif

void
desk_gtk_compat_set_question_extra_child (GtkWidget *question,
                                          GtkWidget *child)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  g_return_if_fail (ADW_IS_ALERT_DIALOG (question));

  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (question), child);
#else
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (question));

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (question), child);
#endif
}
