/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-window"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-cases-page.h"
#include "desk-clients-page.h"
#include "desk-deadlines-page.h"
#include "desk-enum-types.h"
#include "desk-volunteers-page.h"
#include "desk-window.h"

struct _DeskWindow
{
  GtkApplicationWindow  parent_instance;

  /* Template widgets */
  GtkLabel             *subtitle_label;
  GtkMenuButton        *primary_menu_button;
  GtkStack             *stack;
  DeskUndoBar          *undo_bar;
  DeskCasesPage        *cases_page;
  DeskDeadlinesPage    *deadlines_page;
  DeskClientsPage      *clients_page;
  DeskVolunteersPage   *volunteers_page;

  /* Owned references */
  GSettings            *settings;
  DeskStore            *store;
};

G_DEFINE_FINAL_TYPE (DeskWindow, desk_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  OPEN_CASE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The guideline table follows the preference, for whichever database is open. */
static void
desk_window_apply_region (DeskWindow *self)
{
  g_autofree char *nick = NULL;
  int region = DESK_REGION_CONTIGUOUS;

  g_assert (DESK_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  nick = g_settings_get_string (self->settings, "poverty-region");
  if (!desk_enum_from_nick (DESK_TYPE_REGION, nick, &region))
    region = DESK_REGION_CONTIGUOUS;

  desk_store_set_region (self->store, region);
}

static void
desk_window_update_title (DeskWindow *self)
{
  g_assert (DESK_IS_WINDOW (self));

  if (self->store != NULL)
    {
      const char *path = desk_store_get_path (self->store);
      g_autofree char *basename = g_path_get_basename (path);
      g_autofree char *title = NULL;

      /* TRANSLATORS: the window title: the database file's name, then the product */
      title = g_strdup_printf (_("%s — Pro Bono Desk"), basename);
      gtk_label_set_text (self->subtitle_label, basename);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), path);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  else
    {
      gtk_label_set_text (self->subtitle_label, _("No database open"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Pro Bono Desk"));
    }
}

static void
desk_window_show_page_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  desk_window_set_page (DESK_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* A deadline, a search hit, …: whatever names a case opens it. */
static void
desk_window_open_case_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  DeskWindow *self = DESK_WINDOW (widget);
  gint64 case_id = g_variant_get_int64 (param);

  if (self->store == NULL || case_id <= 0)
    return;

  g_signal_emit (self, signals[OPEN_CASE], 0, case_id);
}

/* Ctrl+N, Ctrl+F and the like mean "in the page I am looking at": each page
 * installs page.new, page.find, … and the window passes the key on. */
static void
desk_window_forward_to_page_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  DeskWindow *self = DESK_WINDOW (widget);
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);
  g_autofree char *page_action = g_strconcat ("page.", action_name + strlen ("win."), NULL);

  if (page != NULL)
    gtk_widget_activate_action (page, page_action, NULL);
}

static void
desk_window_notify_visible_child_cb (DeskWindow *self)
{
  g_assert (DESK_IS_WINDOW (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static gboolean
desk_window_close_request (GtkWindow *window)
{
  DeskWindow *self = DESK_WINDOW (window);
  gboolean maximized = gtk_window_is_maximized (window);
  int width = 0;
  int height = 0;

  /* The default size follows the size the person gave the window, so it
   * is what to restore; a maximized window keeps its last unmaximized size. */
  gtk_window_get_default_size (window, &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  if (!maximized && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (desk_window_parent_class)->close_request (window);
}

static void
desk_window_dispose (GObject *object)
{
  DeskWindow *self = (DeskWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_WINDOW);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (desk_window_parent_class)->dispose (object);
}

static void
desk_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DeskWindow *self = DESK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PAGE:
      g_value_set_string (value, desk_window_get_page (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DeskWindow *self = DESK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      desk_window_set_store (self, g_value_get_object (value));
      break;

    case PROP_PAGE:
      desk_window_set_page (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_window_class_init (DeskWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = desk_window_dispose;
  object_class->get_property = desk_window_get_property;
  object_class->set_property = desk_window_set_property;

  window_class->close_request = desk_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DESK_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DeskWindow::open-case:
   * @case_id: the case to open
   *
   * Emitted by the win.open-case action (activating a row of the deadline
   * list, for one) when a database is open.
   */
  signals[OPEN_CASE] =
    g_signal_new ("open-case",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (DESK_TYPE_UNDO_BAR);
  g_type_ensure (DESK_TYPE_CASES_PAGE);
  g_type_ensure (DESK_TYPE_DEADLINES_PAGE);
  g_type_ensure (DESK_TYPE_CLIENTS_PAGE);
  g_type_ensure (DESK_TYPE_VOLUNTEERS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, undo_bar);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, cases_page);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, deadlines_page);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, clients_page);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, volunteers_page);
  gtk_widget_class_bind_template_callback (widget_class, desk_window_notify_visible_child_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", desk_window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.open-case", "x", desk_window_open_case_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, desk_window_forward_to_page_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, desk_window_forward_to_page_action);
}

static void
desk_window_init (DeskWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::poverty-region",
                           G_CALLBACK (desk_window_apply_region), self, G_CONNECT_SWAPPED);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  desk_window_update_title (self);
}

DeskWindow *
desk_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (DESK_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

DeskStore *
desk_window_get_store (DeskWindow *self)
{
  g_return_val_if_fail (DESK_IS_WINDOW (self), NULL);

  return self->store;
}

void
desk_window_set_store (DeskWindow *self,
                       DeskStore  *store)
{
  g_return_if_fail (DESK_IS_WINDOW (self));
  g_return_if_fail (store == NULL || DESK_IS_STORE (store));

  if (g_set_object (&self->store, store))
    {
      /* Before the pages see the store, so their figures use the region. */
      desk_window_apply_region (self);
      desk_window_update_title (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
    }
}

const char *
desk_window_get_page (DeskWindow *self)
{
  g_return_val_if_fail (DESK_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

void
desk_window_set_page (DeskWindow *self,
                      const char *name)
{
  g_return_if_fail (DESK_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  if (gtk_stack_get_child_by_name (self->stack, name) == NULL)
    {
      g_warning ("There is no page called “%s”", name);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, name);
}

GtkWidget *
desk_window_get_page_widget (DeskWindow *self,
                             const char *name)
{
  g_return_val_if_fail (DESK_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return gtk_stack_get_child_by_name (self->stack, name);
}

const char *
desk_window_get_subtitle (DeskWindow *self)
{
  g_return_val_if_fail (DESK_IS_WINDOW (self), NULL);

  return gtk_label_get_text (self->subtitle_label);
}

void
desk_window_show_undo (DeskWindow     *self,
                       const char     *message,
                       DeskUndoFunc    undo,
                       gpointer        user_data,
                       GDestroyNotify  destroy)
{
  g_return_if_fail (DESK_IS_WINDOW (self));

  desk_undo_bar_show (self->undo_bar, message, undo, user_data, destroy);
}

DeskUndoBar *
desk_window_get_undo_bar (DeskWindow *self)
{
  g_return_val_if_fail (DESK_IS_WINDOW (self), NULL);

  return self->undo_bar;
}
