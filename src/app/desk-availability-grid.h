/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DESK_TYPE_AVAILABILITY_GRID (desk_availability_grid_get_type ())
G_DECLARE_FINAL_TYPE (DeskAvailabilityGrid, desk_availability_grid, DESK, AVAILABILITY_GRID, GtkWidget)

/*
 * A volunteer's week: a toggle for each day and part of the day (morning,
 * afternoon, evening).  "value" is the DESK_AVAILABILITY_BIT() set.
 */

GtkWidget *desk_availability_grid_new       (void);
guint      desk_availability_grid_get_value (DeskAvailabilityGrid *self);
void       desk_availability_grid_set_value (DeskAvailabilityGrid *self,
                                             guint                 value);
/** desk_availability_grid_get_toggle: the toggle of @day (0: Monday) and @part (0: morning) (tests). */
GtkToggleButton *desk_availability_grid_get_toggle (DeskAvailabilityGrid *self,
                                                    guint                 day,
                                                    guint                 part);

G_END_DECLS
