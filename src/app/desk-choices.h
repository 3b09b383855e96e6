/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-store.h"

G_BEGIN_DECLS

/*
 * The one way an enum of the core becomes a list to choose from (a
 * GtkDropDown or an AdwComboRow): the people-words of desk_enum_label(),
 * one per value.  Every enum of desk-enums.h runs 0…n-1, so in
 * desk_choices_for_enum() a position is a value.
 */

/** desk_choices_for_enum: the labels of @enum_type's values, position = value; @first_label (may be NULL) replaces value 0's ("Choose a reason…"). */
GListModel *desk_choices_for_enum        (GType       enum_type,
                                          const char *first_label);
/** desk_choices_for_enum_or_any: "@any_label" (e.g. "Any status") then the labels; position - 1 = value. */
GListModel *desk_choices_for_enum_or_any (GType       enum_type,
                                          const char *any_label);

/**
 * desk_choices_load_practice_areas: fills @list with "Any practice area"
 * then every LSC category and tag in use in @store (none when NULL) and
 * returns the position of @chosen (any case), 0 when it is not listed;
 * a failure to read them is shown over @widget and leaves only "Any".
 */
guint       desk_choices_load_practice_areas (GtkStringList *list,
                                              DeskStore     *store,
                                              const char    *chosen,
                                              GtkWidget     *widget);

G_END_DECLS
