/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-page.h"

typedef struct
{
  /* Borrowed references: the subclass's template widgets */
  GtkStack  *view_stack;
  GtkLabel  *empty_title;
  GtkLabel  *empty_description;

  /* Owned references */
  DeskStore *store;
  gulong     records_changed_handler;
} DeskPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (DeskPage, desk_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
desk_page_records_changed_cb (DeskPage       *self,
                              const char     *entity,
                              gint64          id,
                              DeskChangeKind  kind,
                              DeskStore      *store)
{
  g_assert (DESK_IS_PAGE (self));

  DESK_PAGE_GET_CLASS (self)->records_changed (self, entity, id, kind);
}

static void
desk_page_dispose (GObject *object)
{
  DeskPage *self = (DeskPage *)object;
  DeskPagePrivate *priv = desk_page_get_instance_private (self);
  GtkWidget *child;

  /* The subclass has disposed its template; its root is not a bound
   * child, so it is still here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  priv->view_stack = NULL;
  priv->empty_title = NULL;
  priv->empty_description = NULL;

  if (priv->store != NULL)
    g_clear_signal_handler (&priv->records_changed_handler, priv->store);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (desk_page_parent_class)->dispose (object);
}

static void
desk_page_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DeskPage *self = DESK_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, desk_page_get_store (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_page_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DeskPage *self = DESK_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      desk_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_page_class_init (DeskPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_page_dispose;
  object_class->get_property = desk_page_get_property;
  object_class->set_property = desk_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DESK_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
desk_page_init (DeskPage *self)
{
}

DeskStore *
desk_page_get_store (DeskPage *self)
{
  DeskPagePrivate *priv;

  g_return_val_if_fail (DESK_IS_PAGE (self), NULL);

  priv = desk_page_get_instance_private (self);

  return priv->store;
}

void
desk_page_set_store (DeskPage  *self,
                     DeskStore *store)
{
  DeskPagePrivate *priv;

  g_return_if_fail (DESK_IS_PAGE (self));
  g_return_if_fail (store == NULL || DESK_IS_STORE (store));

  priv = desk_page_get_instance_private (self);

  if (priv->store == store)
    return;

  if (priv->store != NULL)
    g_clear_signal_handler (&priv->records_changed_handler, priv->store);

  g_set_object (&priv->store, store);

  if (priv->store != NULL && DESK_PAGE_GET_CLASS (self)->records_changed != NULL)
    priv->records_changed_handler =
      g_signal_connect_object (priv->store, "changed",
                               G_CALLBACK (desk_page_records_changed_cb),
                               self, G_CONNECT_SWAPPED);

  if (DESK_PAGE_GET_CLASS (self)->store_changed != NULL)
    DESK_PAGE_GET_CLASS (self)->store_changed (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
desk_page_set_empty_state (DeskPage *self,
                           GtkStack *view_stack,
                           GtkLabel *empty_title,
                           GtkLabel *empty_description)
{
  DeskPagePrivate *priv;

  g_return_if_fail (DESK_IS_PAGE (self));
  g_return_if_fail (GTK_IS_STACK (view_stack));
  g_return_if_fail (GTK_IS_LABEL (empty_title));
  g_return_if_fail (GTK_IS_LABEL (empty_description));

  priv = desk_page_get_instance_private (self);

  priv->view_stack = view_stack;
  priv->empty_title = empty_title;
  priv->empty_description = empty_description;
}

void
desk_page_update_view (DeskPage   *self,
                       guint       n_items,
                       const char *load_error,
                       const char *error_title,
                       const char *title,
                       const char *description)
{
  DeskPagePrivate *priv;

  g_return_if_fail (DESK_IS_PAGE (self));

  priv = desk_page_get_instance_private (self);

  g_return_if_fail (priv->view_stack != NULL);

  if (load_error != NULL)
    {
      gtk_label_set_text (priv->empty_title, error_title);
      gtk_label_set_text (priv->empty_description, load_error);
    }
  else if (priv->store == NULL)
    {
      gtk_label_set_text (priv->empty_title, _("No database is open"));
      gtk_label_set_text (priv->empty_description,
                          _("Open a database or create a new one from the main menu."));
    }
  else
    {
      gtk_label_set_text (priv->empty_title, title);
      gtk_label_set_text (priv->empty_description, description);
    }

  gtk_stack_set_visible_child_name (priv->view_stack, n_items > 0 ? "list" : "empty");
}

const char *
desk_page_get_empty_title (DeskPage *self)
{
  DeskPagePrivate *priv;

  g_return_val_if_fail (DESK_IS_PAGE (self), NULL);

  priv = desk_page_get_instance_private (self);

  if (priv->view_stack == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (priv->view_stack), "empty") != 0)
    return NULL;

  return gtk_label_get_text (priv->empty_title);
}
