/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-window"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-case-editor.h"
#include "desk-cases-page.h"
#include "desk-clients-page.h"
#include "desk-deadlines-page.h"
#include "desk-enum-types.h"
#include "desk-feedback.h"
#include "desk-mentorship-page.h"
#include "desk-read-only-banner.h"
#include "desk-reports-page.h"
#include "desk-volunteers-page.h"
#include "desk-window.h"

struct _DeskWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar;
  AdwWindowTitle       *window_title;
  GtkMenuButton        *primary_menu_button;
  DeskReadOnlyBanner   *read_only_banner;
  GtkStack             *stack;
  DeskCasesPage        *cases_page;
  DeskDeadlinesPage    *deadlines_page;
  DeskClientsPage      *clients_page;
  DeskVolunteersPage   *volunteers_page;
  DeskMentorshipPage   *mentorship_page;

  /* Owned references */
  GSettings            *settings;
  DeskStore            *store;

  guint                 poll_source;
};

/* How often the window looks for what another window or program wrote. */
#define POLL_SECONDS 3

G_DEFINE_FINAL_TYPE (DeskWindow, desk_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


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
  GtkStackPage *page;
  const char *page_title = NULL;

  g_assert (DESK_IS_WINDOW (self));

  page = gtk_stack_get_page (self->stack, gtk_stack_get_visible_child (self->stack));
  if (page != NULL)
    page_title = gtk_stack_page_get_title (page);
  adw_window_title_set_title (self->window_title, page_title != NULL ? page_title : _("Pro Bono Desk"));

  if (self->store != NULL)
    {
      const char *path = desk_store_get_path (self->store);
      g_autofree char *basename = g_path_get_basename (path);
      g_autofree char *title = NULL;

      /* TRANSLATORS: the window title: the database file's name, then the product */
      title = g_strdup_printf (_("%s — Pro Bono Desk"), basename);
      adw_window_title_set_subtitle (self->window_title, basename);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title), path);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  else
    {
      adw_window_title_set_subtitle (self->window_title, _("No database open"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title), NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Pro Bono Desk"));
    }
}

/* ---- the file: read-only, and written by others --------------------------------- */

static void
desk_window_update_banner (DeskWindow *self)
{
  g_assert (DESK_IS_WINDOW (self));

  desk_read_only_banner_set_store (self->read_only_banner, self->store);
}

/* Another window, the command line or a worker committed: the lists
 * re-read (the store announces every kind of record as reloaded). */
static void
desk_window_poll (DeskWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_assert (DESK_IS_WINDOW (self));

  if (self->store != NULL && !desk_store_poll_external_changes (self->store, NULL, &error))
    g_debug ("Cannot look for changes by others: %s", error->message);
}

static gboolean
desk_window_poll_cb (gpointer user_data)
{
  desk_window_poll (DESK_WINDOW (user_data));
  return G_SOURCE_CONTINUE;
}

static void
desk_window_notify_is_active_cb (DeskWindow *self)
{
  g_assert (DESK_IS_WINDOW (self));

  if (gtk_window_is_active (GTK_WINDOW (self)))
    desk_window_poll (self);
}

/* ---- the sidebar: one row per page of the stack ------------------------------- */

static void
desk_window_build_sidebar (DeskWindow *self)
{
  g_autoptr(GListModel) pages = G_LIST_MODEL (gtk_stack_get_pages (self->stack));

  g_assert (DESK_IS_WINDOW (self));

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (pages, i);
      GtkStackPage *page = GTK_STACK_PAGE (item);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *icon = gtk_image_new_from_icon_name (gtk_stack_page_get_icon_name (page));
      GtkWidget *label = gtk_label_new (gtk_stack_page_get_title (page));
      /* TRANSLATORS: the keyboard shortcut of a page in the sidebar */
      g_autofree char *tooltip = i < 9 ? g_strdup_printf (_("Alt+%u"), i + 1) : NULL;

      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_widget_set_tooltip_text (row, tooltip);
      g_object_set_data_full (G_OBJECT (row), "desk-page", g_strdup (gtk_stack_page_get_name (page)), g_free);
      gtk_list_box_append (self->sidebar, row);
    }
}

static void
desk_window_sync_sidebar (DeskWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  g_assert (DESK_IS_WINDOW (self));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_strcmp0 (g_object_get_data (G_OBJECT (row), "desk-page"), name) == 0)
      gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
}

static void
desk_window_sidebar_activated_cb (DeskWindow    *self,
                                  GtkListBoxRow *row)
{
  g_assert (DESK_IS_WINDOW (self));

  desk_window_set_page (self, g_object_get_data (G_OBJECT (row), "desk-page"));
}

static void
desk_window_notify_folded_cb (DeskWindow *self)
{
  g_assert (DESK_IS_WINDOW (self));

  /* Folded, the list of pages is a screen of its own: nothing is selected
   * there, so choosing the page already shown still opens it. */
  if (adw_leaflet_get_folded (self->leaflet))
    gtk_list_box_set_selection_mode (self->sidebar, GTK_SELECTION_NONE);
  else
    {
      gtk_list_box_set_selection_mode (self->sidebar, GTK_SELECTION_BROWSE);
      desk_window_sync_sidebar (self);
    }
}

static void
desk_window_show_sidebar_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  DeskWindow *self = DESK_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
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
  g_autoptr(DeskCase) kase = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || case_id <= 0)
    return;

  kase = desk_store_get_case (self->store, case_id, &error);
  if (kase == NULL)
    desk_show_error (widget, _("The case cannot be opened"), error);
  else
    desk_case_editor_open (GTK_WINDOW (self), self->store, kase);
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

  if (self->sidebar == NULL)
    return;

  desk_window_sync_sidebar (self);
  desk_window_update_title (self);
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

  g_clear_handle_id (&self->poll_source, g_source_remove);
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


  g_type_ensure (DESK_TYPE_CASES_PAGE);
  g_type_ensure (DESK_TYPE_DEADLINES_PAGE);
  g_type_ensure (DESK_TYPE_CLIENTS_PAGE);
  g_type_ensure (DESK_TYPE_VOLUNTEERS_PAGE);
  g_type_ensure (DESK_TYPE_MENTORSHIP_PAGE);
  g_type_ensure (DESK_TYPE_REPORTS_PAGE);
  g_type_ensure (DESK_TYPE_READ_ONLY_BANNER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, read_only_banner);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, cases_page);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, deadlines_page);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, clients_page);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, volunteers_page);
  gtk_widget_class_bind_template_child (widget_class, DeskWindow, mentorship_page);
  gtk_widget_class_bind_template_callback (widget_class, desk_window_notify_visible_child_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_window_notify_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_window_sidebar_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", desk_window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, desk_window_show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.open-case", "x", desk_window_open_case_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, desk_window_forward_to_page_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, desk_window_forward_to_page_action);
}

static void
desk_window_init (DeskWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  desk_feedback_set_overlay (GTK_WINDOW (self), self->toast_overlay);
  desk_window_build_sidebar (self);
  desk_window_sync_sidebar (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::poverty-region",
                           G_CALLBACK (desk_window_apply_region), self, G_CONNECT_SWAPPED);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  desk_window_update_title (self);

  /* Coming back to the window shows what others wrote meanwhile. */
  g_signal_connect (self, "notify::is-active", G_CALLBACK (desk_window_notify_is_active_cb), NULL);
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
      desk_window_update_banner (self);
      g_clear_handle_id (&self->poll_source, g_source_remove);
      if (store != NULL)
        self->poll_source = g_timeout_add_seconds (POLL_SECONDS, desk_window_poll_cb, self);
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
      g_critical ("There is no page called “%s”", name);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, name);
  /* On a narrow window the page takes the place of the list of pages. */
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
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

  return adw_window_title_get_subtitle (self->window_title);
}

gboolean
desk_window_get_folded (DeskWindow *self)
{
  g_return_val_if_fail (DESK_IS_WINDOW (self), FALSE);

  return adw_leaflet_get_folded (self->leaflet);
}

GtkWidget *
desk_window_get_menu_button (DeskWindow *self)
{
  g_return_val_if_fail (DESK_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->primary_menu_button);
}
