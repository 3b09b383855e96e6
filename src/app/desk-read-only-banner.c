/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-read-only-banner"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-read-only-banner.h"
#include "desk-widget.h"

struct _DeskReadOnlyBanner
{
  GtkWidget    parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *label;
};

G_DEFINE_FINAL_TYPE (DeskReadOnlyBanner, desk_read_only_banner, GTK_TYPE_WIDGET)

static void
desk_read_only_banner_dispose (GObject *object)
{
  DeskReadOnlyBanner *self = DESK_READ_ONLY_BANNER (object);

  desk_widget_unparent_children (GTK_WIDGET (self));
  self->revealer = NULL;
  self->label = NULL;

  G_OBJECT_CLASS (desk_read_only_banner_parent_class)->dispose (object);
}

static void
desk_read_only_banner_class_init (DeskReadOnlyBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_read_only_banner_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "deskreadonlybanner");
}

static void
desk_read_only_banner_init (DeskReadOnlyBanner *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("changes-prevent-symbolic");

  gtk_widget_add_css_class (box, "desk-banner");
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Read-only"), -1);
  gtk_box_append (GTK_BOX (box), icon);

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  gtk_label_set_xalign (self->label, 0);
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_selectable (self->label, TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->label));

  self->revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_revealer_set_child (self->revealer, box);
  gtk_widget_set_parent (GTK_WIDGET (self->revealer), GTK_WIDGET (self));
}

GtkWidget *
desk_read_only_banner_new (void)
{
  return g_object_new (DESK_TYPE_READ_ONLY_BANNER, NULL);
}

void
desk_read_only_banner_set_store (DeskReadOnlyBanner *self,
                                 DeskStore          *store)
{
  const char *reason;

  g_return_if_fail (DESK_IS_READ_ONLY_BANNER (self));
  g_return_if_fail (store == NULL || DESK_IS_STORE (store));

  reason = store != NULL ? desk_store_get_read_only_reason (store) : NULL;
  gtk_label_set_text (self->label, reason != NULL ? reason : "");
  gtk_revealer_set_reveal_child (self->revealer, reason != NULL);
}

const char *
desk_read_only_banner_get_text (DeskReadOnlyBanner *self)
{
  g_return_val_if_fail (DESK_IS_READ_ONLY_BANNER (self), NULL);

  return gtk_revealer_get_reveal_child (self->revealer) ? gtk_label_get_text (self->label) : NULL;
}
