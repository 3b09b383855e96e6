/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Helpers shared by the list pages: every cell of their column views is a
 * label whose text a small function derives from the row's record. */

/** DeskColumnTextFunc: the text of one cell for @item (free with g_free). */
typedef char *(*DeskColumnTextFunc) (gpointer item);

typedef enum
{
  DESK_COLUMN_TEXT,    /* start-aligned, ellipsized at the end */
  DESK_COLUMN_NAME,    /* a person's name: as text, kept wide enough to read "Last, First" */
  DESK_COLUMN_NUMBER,  /* tabular figures, never ellipsized */
} DeskColumnStyle;

/**
 * DeskColumnStyleFunc: how a cell of @item stands out: a CSS class (static,
 * or NULL) and a tooltip (free with g_free, or NULL).  A recycled cell
 * loses both before it shows the next item.
 */
typedef const char *(*DeskColumnStyleFunc) (gpointer   item,
                                            char     **tooltip);

/** desk_column_set_text_func: gives @column a factory of reused labels showing @func (item). */
void  desk_column_set_text_func (GtkColumnViewColumn *column,
                                 DeskColumnTextFunc   func,
                                 DeskColumnStyle      style);

/** desk_column_set_style_func: styles the cells of a column made by desk_column_set_text_func(). */
void  desk_column_set_style_func (GtkColumnViewColumn *column,
                                  DeskColumnStyleFunc  func);
/** desk_column_get_cell_text: the text @column shows for @item (for tests). */
char *desk_column_get_cell_text (GtkColumnViewColumn *column,
                                 gpointer             item);

G_END_DECLS
