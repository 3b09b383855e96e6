/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DESK_TYPE_FLAGS_CHOOSER (desk_flags_chooser_get_type ())
G_DECLARE_FINAL_TYPE (DeskFlagsChooser, desk_flags_chooser, DESK, FLAGS_CHOOSER, GtkWidget)

/*
 * A set of check buttons, one per member of a flags type of the core
 * (income sources, mentoring goals, ways to meet, training), flowing into
 * as many columns as fit.  "value" is the set chosen.
 */

/** desk_flags_chooser_new: a chooser of the members of @flags_type. */
GtkWidget *desk_flags_chooser_new        (GType             flags_type);
GType      desk_flags_chooser_get_flags_type (DeskFlagsChooser *self);
/** desk_flags_chooser_get_value: the members checked. */
guint      desk_flags_chooser_get_value  (DeskFlagsChooser *self);
void       desk_flags_chooser_set_value  (DeskFlagsChooser *self,
                                          guint             value);
/** desk_flags_chooser_get_check: the check button of member @flag (tests). */
GtkCheckButton *desk_flags_chooser_get_check (DeskFlagsChooser *self,
                                              guint             flag);

G_END_DECLS
