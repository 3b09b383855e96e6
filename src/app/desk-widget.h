/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * desk_widget_unparent_children: unparents every child of @widget, from a
 * dispose.  A widget whose template's root is its child (a GtkBinLayout
 * holding a box) calls it after gtk_widget_dispose_template(), which
 * leaves that root: it is not a bound child.  DeskPage and DeskCaseTab do
 * it for their subclasses.
 */
void desk_widget_unparent_children (GtkWidget *widget);

G_END_DECLS
