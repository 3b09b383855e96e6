/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-application"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-application.h"
#include "desk-application-backup.h"
#include "desk-error.h"
#include "desk-feedback.h"
#include "desk-gtk-compat.h"
#include "desk-guidelines-window.h"
#include "desk-import-window.h"
#include "desk-preferences-window.h"
#include "desk-store.h"

struct _DeskApplication
{
  AdwApplication         parent_instance;

  /* Owned references */
  GSettings             *settings;
  char                  *last_notification_body;

  /* Borrowed: toplevels owned by GTK, cleared when they go */
  DeskOpenFailureWindow *failure_window;
  DeskPreferencesWindow *preferences_window;
};

G_DEFINE_FINAL_TYPE (DeskApplication, desk_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_FAILURE_WINDOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GOptionEntry main_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Open the database file PATH"), N_("PATH") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
  { NULL }
};

static void
desk_application_dismiss_failure (DeskApplication *self)
{
  g_assert (DESK_IS_APPLICATION (self));

  if (self->failure_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->failure_window));
}

static void
desk_application_failure_destroyed_cb (DeskApplication       *self,
                                       DeskOpenFailureWindow *window)
{
  g_assert (DESK_IS_APPLICATION (self));

  if (self->failure_window == window)
    {
      self->failure_window = NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAILURE_WINDOW]);
    }
}

static void
desk_application_show_failure (DeskApplication *self,
                               const char      *path,
                               const GError    *error)
{
  DeskWindow *window;
  DeskOpenFailureWindow *failure;

  g_assert (DESK_IS_APPLICATION (self));

  desk_application_dismiss_failure (self);

  window = desk_application_get_window (self);
  failure = desk_open_failure_window_new (path, error, desk_window_get_store (window) != NULL);
  gtk_window_set_application (GTK_WINDOW (failure), GTK_APPLICATION (self));
  gtk_window_set_transient_for (GTK_WINDOW (failure), GTK_WINDOW (window));
  g_signal_connect_object (failure, "destroy",
                           G_CALLBACK (desk_application_failure_destroyed_cb),
                           self, G_CONNECT_SWAPPED);

  self->failure_window = failure;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAILURE_WINDOW]);

  gtk_window_present (GTK_WINDOW (failure));
}

/* The folder to start a file chooser in: that of the open database. */
static GFile *
desk_application_dup_current_folder (DeskApplication *self)
{
  DeskWindow *window = desk_application_get_window (self);
  DeskStore *store = desk_window_get_store (window);
  g_autofree char *dir = NULL;

  if (store == NULL)
    return NULL;

  dir = g_path_get_dirname (desk_store_get_path (store));

  return g_file_new_for_path (dir);
}

static void
desk_application_file_chosen_cb (GFile    *file,
                                 gpointer  user_data)
{
  g_autoptr(DeskApplication) self = user_data;
  g_autofree char *path = NULL;

  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (&error, DESK_ERROR, DESK_ERROR_IO,
                   _("“%s” is not a file on this computer. Copy it to a folder on this computer first."),
                   uri);
      desk_application_show_failure (self, uri, error);
      return;
    }

  desk_application_open_database (self, path);
}

static void
desk_application_open_database_action (GSimpleAction *action,
                                       GVariant      *param,
                                       gpointer       user_data)
{
  DeskApplication *self = user_data;
  g_autoptr(GFile) folder = NULL;

  g_assert (DESK_IS_APPLICATION (self));

  desk_application_dismiss_failure (self);
  folder = desk_application_dup_current_folder (self);

  desk_gtk_compat_open_file (GTK_WINDOW (desk_application_get_window (self)),
                             _("Open Database"), _("_Open"), folder,
                             desk_application_file_chosen_cb, g_object_ref (self));
}

static void
desk_application_new_database_action (GSimpleAction *action,
                                      GVariant      *param,
                                      gpointer       user_data)
{
  DeskApplication *self = user_data;
  g_autoptr(GFile) folder = NULL;

  g_assert (DESK_IS_APPLICATION (self));

  desk_application_dismiss_failure (self);
  folder = desk_application_dup_current_folder (self);

  /* An existing file that is chosen here is opened, never emptied: the core
   * leaves a database it did not create as it is. */
  desk_gtk_compat_save_file (GTK_WINDOW (desk_application_get_window (self)),
                             _("New Database"), _("_Create"), folder,
                             /* TRANSLATORS: the proposed file name of a new database */
                             _("clinic.db"),
                             desk_application_file_chosen_cb, g_object_ref (self));
}

static void
desk_application_about_action (GSimpleAction *action,
                               GVariant      *param,
                               gpointer       user_data)
{
  DeskApplication *self = user_data;
  GtkWidget *about;

  g_assert (DESK_IS_APPLICATION (self));

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", desk_application_get_window (self),
                        "modal", TRUE,
                        "application-name", _("Pro Bono Desk"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("Cases, clients and volunteers of a pro bono legal clinic, kept on this computer."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developer-name", _("The Pro Bono Desk developers"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
desk_application_shortcuts_action (GSimpleAction *action,
                                   GVariant      *param,
                                   gpointer       user_data)
{
  DeskApplication *self = user_data;

  g_assert (DESK_IS_APPLICATION (self));

  gtk_widget_activate_action (GTK_WIDGET (desk_application_get_window (self)),
                              "win.show-help-overlay", NULL);
}

static void
desk_application_preferences_destroyed_cb (DeskApplication       *self,
                                           DeskPreferencesWindow *window)
{
  g_assert (DESK_IS_APPLICATION (self));

  if (self->preferences_window == window)
    self->preferences_window = NULL;
}

static void
desk_application_preferences_action (GSimpleAction *action,
                                     GVariant      *param,
                                     gpointer       user_data)
{
  DeskApplication *self = user_data;

  g_assert (DESK_IS_APPLICATION (self));

  if (self->preferences_window == NULL)
    {
      DeskWindow *window = desk_application_get_window (self);

      self->preferences_window = desk_preferences_window_new (GTK_WINDOW (window));
      gtk_window_set_application (GTK_WINDOW (self->preferences_window), GTK_APPLICATION (self));
      g_signal_connect_object (self->preferences_window, "destroy",
                               G_CALLBACK (desk_application_preferences_destroyed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  gtk_window_present (GTK_WINDOW (self->preferences_window));
}

/* Over the preferences window when it is open: its button leads here. */
static void
desk_application_poverty_guidelines_action (GSimpleAction *action,
                                            GVariant      *param,
                                            gpointer       user_data)
{
  DeskApplication *self = user_data;
  DeskWindow *window;
  DeskStore *store;
  GtkWindow *parent;

  g_assert (DESK_IS_APPLICATION (self));

  window = desk_application_get_window (self);
  store = desk_window_get_store (window);
  if (store == NULL)
    return;

  parent = self->preferences_window != NULL ? GTK_WINDOW (self->preferences_window) : GTK_WINDOW (window);
  desk_guidelines_window_present (parent, store);
}

/* Import from a Spreadsheet…, into the open database. */
static void
desk_application_import_action (GSimpleAction *action,
                                GVariant      *param,
                                gpointer       user_data)
{
  DeskApplication *self = user_data;
  DeskWindow *window;
  DeskImportWindow *import_window;

  g_assert (DESK_IS_APPLICATION (self));

  window = desk_application_get_window (self);
  if (window == NULL || desk_window_get_store (window) == NULL)
    return;

  import_window = desk_import_window_new (GTK_WINDOW (window), desk_window_get_store (window));
  gtk_window_present (GTK_WINDOW (import_window));
}

/* The guidelines live in the database: without one there are none to show. */
static void
desk_application_update_actions (DeskApplication *self)
{
  GAction *action;
  DeskWindow *window = NULL;

  g_assert (DESK_IS_APPLICATION (self));

  for (const GList *iter = gtk_application_get_windows (GTK_APPLICATION (self));
       iter != NULL && window == NULL;
       iter = iter->next)
    {
      if (DESK_IS_WINDOW (iter->data))
        window = iter->data;
    }

  action = g_action_map_lookup_action (G_ACTION_MAP (self), "poverty-guidelines");
  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                                 window != NULL && desk_window_get_store (window) != NULL);

  /* A read-only database is backed up, never restored over. */
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "backup");
  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                                 window != NULL && desk_window_get_store (window) != NULL);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "restore");
  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                                 window != NULL && desk_window_get_store (window) != NULL &&
                                 !desk_store_is_read_only (desk_window_get_store (window)));
}

/* The default action of the start-up notification. */
static void
desk_application_show_deadlines_action (GSimpleAction *action,
                                        GVariant      *param,
                                        gpointer       user_data)
{
  DeskApplication *self = user_data;
  DeskWindow *window;

  g_assert (DESK_IS_APPLICATION (self));

  window = desk_application_get_window (self);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "deadlines");
  gtk_window_present (GTK_WINDOW (window));
}

static void
desk_application_quit_action (GSimpleAction *action,
                              GVariant      *param,
                              gpointer       user_data)
{
  DeskApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  g_assert (DESK_IS_APPLICATION (self));

  desk_application_dismiss_failure (self);

  /* Closing, not destroying, lets each window save its size. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *iter = windows; iter != NULL; iter = iter->next)
    gtk_window_close (iter->data);

  g_application_quit (G_APPLICATION (self));
}

static void
desk_application_backup_action (GSimpleAction *action,
                                GVariant      *param,
                                gpointer       user_data)
{
  desk_application_back_up (DESK_APPLICATION (user_data));
}

static void
desk_application_restore_action (GSimpleAction *action,
                                 GVariant      *param,
                                 gpointer       user_data)
{
  desk_application_restore (DESK_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "new-database", desk_application_new_database_action },
  { "open-database", desk_application_open_database_action },
  { "about", desk_application_about_action },
  { "shortcuts", desk_application_shortcuts_action },
  { "preferences", desk_application_preferences_action },
  { "poverty-guidelines", desk_application_poverty_guidelines_action },
  { "show-deadlines", desk_application_show_deadlines_action },
  { "quit", desk_application_quit_action },
  { "import", desk_application_import_action },
  { "backup", desk_application_backup_action },
  { "restore", desk_application_restore_action },
};

static void
desk_application_startup (GApplication *application)
{
  DeskApplication *self = DESK_APPLICATION (application);
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.new-database", { "<Shift><Control>n", NULL } },
    { "win.new", { "<Control>n", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "app.open-database", { "<Control>o", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    /* In sidebar order. */
    { "win.show-page::cases", { "<Alt>1", NULL } },
    { "win.show-page::deadlines", { "<Alt>2", NULL } },
    { "win.show-page::clients", { "<Alt>3", NULL } },
    { "win.show-page::volunteers", { "<Alt>4", NULL } },
    { "win.show-page::mentorship", { "<Alt>5", NULL } },
    { "win.show-page::reports", { "<Alt>6", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
  };

  G_APPLICATION_CLASS (desk_application_parent_class)->startup (application);

  /* Only here, so that --version and --help work without the schema. */
  self->settings = g_settings_new (APP_ID);

  /* AdwApplication loads style.css from the resource base path, and the
   * style manager follows the desktop's dark style preference. */

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);

  desk_application_update_actions (self);

  gtk_window_set_default_icon_name (APP_ID);
}

static int
desk_application_handle_local_options (GApplication *application,
                                       GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("probono-desk %s\n", PACKAGE_VERSION);
      return 0;
    }

  return G_APPLICATION_CLASS (desk_application_parent_class)->handle_local_options (application, options);
}

/* The database to open when none was named: the last one, else the default. */
static void
desk_application_open_initial (DeskApplication *self)
{
  g_autofree char *last = g_settings_get_string (self->settings, "last-database");

  g_assert (DESK_IS_APPLICATION (self));

  if (last[0] != '\0')
    {
      /* Do not create an empty database where the last one used to be: it
       * may be on a drive that is not connected. */
      if (!g_file_test (last, G_FILE_TEST_EXISTS))
        {
          g_autoptr(GError) error = NULL;

          g_set_error (&error, DESK_ERROR, DESK_ERROR_IO,
                       _("The database used last, “%s”, is not there any more. "
                         "It may have been moved or renamed, or be on a drive that is not connected."),
                       last);
          desk_application_show_failure (self, last, error);
          return;
        }

      if (desk_application_open_database (self, last))
        {
          desk_application_notify_deadlines (self);
          desk_application_back_up_automatically (self);
        }
    }
  else
    {
      g_autofree char *path = desk_database_default_path ();

      if (desk_application_open_database (self, path))
        {
          desk_application_notify_deadlines (self);
          desk_application_back_up_automatically (self);
        }
    }
}

static void
desk_application_activate (GApplication *application)
{
  DeskApplication *self = DESK_APPLICATION (application);
  DeskWindow *window = desk_application_get_window (self);

  gtk_window_present (GTK_WINDOW (window));

  if (desk_window_get_store (window) == NULL && self->failure_window == NULL)
    desk_application_open_initial (self);
}

static int
desk_application_command_line (GApplication            *application,
                                GApplicationCommandLine *command_line)
{
  DeskApplication *self = DESK_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *db = NULL;

  if (g_variant_dict_lookup (options, "db", "^&ay", &db) && db != NULL && db[0] != '\0')
    {
      /* Relative to the folder the command was run in, which for a second
       * instance is not ours. */
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, db);
      g_autofree char *path = g_file_get_path (file);

      gtk_window_present (GTK_WINDOW (desk_application_get_window (self)));
      if (desk_application_open_database (self, path))
        {
          desk_application_notify_deadlines (self);
          desk_application_back_up_automatically (self);
        }
      return 0;
    }

  g_application_activate (application);

  return 0;
}

static void
desk_application_dispose (GObject *object)
{
  DeskApplication *self = (DeskApplication *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (desk_application_parent_class)->dispose (object);
}

static void
desk_application_finalize (GObject *object)
{
  DeskApplication *self = (DeskApplication *)object;

  g_free (self->last_notification_body);

  G_OBJECT_CLASS (desk_application_parent_class)->finalize (object);
}

static void
desk_application_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DeskApplication *self = DESK_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_FAILURE_WINDOW:
      g_value_set_object (value, self->failure_window);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_application_class_init (DeskApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = desk_application_dispose;
  object_class->finalize = desk_application_finalize;
  object_class->get_property = desk_application_get_property;

  application_class->startup = desk_application_startup;
  application_class->activate = desk_application_activate;
  application_class->command_line = desk_application_command_line;
  application_class->handle_local_options = desk_application_handle_local_options;

  properties[PROP_FAILURE_WINDOW] =
    g_param_spec_object ("failure-window", NULL, NULL,
                         DESK_TYPE_OPEN_FAILURE_WINDOW,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
desk_application_init (DeskApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
}

DeskApplication *
desk_application_new (void)
{
  return g_object_new (DESK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       NULL);
}

DeskWindow *
desk_application_get_window (DeskApplication *self)
{
  DeskWindow *window;

  g_return_val_if_fail (DESK_IS_APPLICATION (self), NULL);

  for (const GList *iter = gtk_application_get_windows (GTK_APPLICATION (self));
       iter != NULL;
       iter = iter->next)
    {
      if (DESK_IS_WINDOW (iter->data))
        return iter->data;
    }

  window = desk_window_new (GTK_APPLICATION (self));
  g_signal_connect_object (window, "notify::store",
                           G_CALLBACK (desk_application_update_actions), self, G_CONNECT_SWAPPED);

  return window;
}

gboolean
desk_application_open_database (DeskApplication *self,
                                 const char      *path)
{
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *absolute = NULL;
  DeskWindow *window;

  g_return_val_if_fail (DESK_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  absolute = g_canonicalize_filename (path, NULL);
  window = desk_application_get_window (self);
  gtk_window_present (GTK_WINDOW (window));

  store = desk_store_open (absolute, &error);
  if (store == NULL)
    {
      g_debug ("Cannot open %s: %s", absolute, error->message);
      desk_application_show_failure (self, absolute, error);
      return FALSE;
    }

  desk_application_dismiss_failure (self);
  desk_window_set_store (window, store);
  g_settings_set_string (self->settings, "last-database", absolute);

  return TRUE;
}

DeskOpenFailureWindow *
desk_application_get_failure_window (DeskApplication *self)
{
  g_return_val_if_fail (DESK_IS_APPLICATION (self), NULL);

  return self->failure_window;
}

GtkWindow *
desk_application_get_preferences_window (DeskApplication *self)
{
  g_return_val_if_fail (DESK_IS_APPLICATION (self), NULL);

  return GTK_WINDOW (self->preferences_window);
}

char *
desk_application_deadline_summary (guint due_today,
                                   guint overdue)
{
  g_autofree char *today_text = NULL;

  if (due_today == 0 && overdue == 0)
    return NULL;

  if (overdue == 0)
    return g_strdup_printf (ngettext ("%u deadline due today", "%u deadlines due today", due_today),
                            due_today);

  if (due_today == 0)
    return g_strdup_printf (ngettext ("%u overdue deadline", "%u overdue deadlines", overdue), overdue);

  today_text = g_strdup_printf (ngettext ("%u deadline due today", "%u deadlines due today", due_today),
                                due_today);
  /* TRANSLATORS: %s is "2 deadlines due today"; %u is how many are overdue */
  return g_strdup_printf (ngettext ("%s, %u overdue", "%s, %u overdue", overdue), today_text, overdue);
}

gboolean
desk_application_notify_deadlines (DeskApplication *self)
{
  g_autoptr(GNotification) notification = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  g_autofree char *body = NULL;
  DeskStore *store;
  guint due_today = 0;
  guint overdue = 0;

  g_return_val_if_fail (DESK_IS_APPLICATION (self), FALSE);

  store = desk_window_get_store (desk_application_get_window (self));
  if (store == NULL)
    return FALSE;

  today = desk_today_iso ();
  if (!desk_store_count_due_deadlines (store, today, &due_today, &overdue, &error))
    {
      desk_show_error (GTK_WIDGET (desk_application_get_window (self)),
                       _("The deadlines due today could not be counted"), error);
      return FALSE;
    }

  body = desk_application_deadline_summary (due_today, overdue);
  if (body == NULL)
    return FALSE;

  notification = g_notification_new (_("Deadlines"));
  g_notification_set_body (notification, body);
  g_notification_set_priority (notification,
                               overdue > 0 ? G_NOTIFICATION_PRIORITY_HIGH : G_NOTIFICATION_PRIORITY_NORMAL);
  g_notification_set_default_action (notification, "app.show-deadlines");

  g_free (self->last_notification_body);
  self->last_notification_body = g_steal_pointer (&body);

  /* Notifications travel over the session bus; without one there is
   * nobody to show them to. */
  if (!g_application_get_is_registered (G_APPLICATION (self)) ||
      g_application_get_dbus_connection (G_APPLICATION (self)) == NULL)
    return FALSE;

  g_application_send_notification (G_APPLICATION (self), "deadlines-today", notification);

  return TRUE;
}

const char *
desk_application_get_last_notification_body (DeskApplication *self)
{
  g_return_val_if_fail (DESK_IS_APPLICATION (self), NULL);

  return self->last_notification_body;
}
