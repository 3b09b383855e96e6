/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DESK_TYPE_BAR_CHART (desk_bar_chart_get_type ())
G_DECLARE_FINAL_TYPE (DeskBarChart, desk_bar_chart, DESK, BAR_CHART, GtkWidget)

/*
 * A small horizontal bar chart drawn with GtkSnapshot: one bar per label,
 * longest for the largest value, the value written after it.  The colours
 * are the theme's (the accent colour and the text colour), so it follows
 * light and dark style.  Screen readers get the title as the chart's name
 * and every label with its value as its description (the text
 * alternative, desk_bar_chart_describe()).
 */

/** desk_bar_chart_new: an empty chart. */
GtkWidget  *desk_bar_chart_new        (void);
/** desk_bar_chart_set_title: what the chart shows, for screen readers ("Cases served by problem category"). */
void        desk_bar_chart_set_title  (DeskBarChart *self,
                                       const char   *title);
const char *desk_bar_chart_get_title  (DeskBarChart *self);
/** desk_bar_chart_clear: no bars. */
void        desk_bar_chart_clear      (DeskBarChart *self);
/** desk_bar_chart_add: a bar for @label of length @value (negative counts as 0). */
void        desk_bar_chart_add        (DeskBarChart *self,
                                       const char   *label,
                                       gint64        value);
/** desk_bar_chart_get_n_bars: how many bars there are. */
guint       desk_bar_chart_get_n_bars (DeskBarChart *self);
/** desk_bar_chart_describe: the text alternative, "Housing: 4; Family: 2" (free with g_free; "" with no bars). */
char       *desk_bar_chart_describe   (DeskBarChart *self);

G_END_DECLS
