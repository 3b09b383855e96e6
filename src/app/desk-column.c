/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-column"

#include "config.h"

#include "desk-column.h"

typedef struct
{
  DeskColumnTextFunc  func;
  DeskColumnStyle     style;
  DeskColumnStyleFunc style_func;
} DeskColumnCell;

static GQuark
desk_column_cell_quark (void)
{
  return g_quark_from_static_string ("desk-column-cell");
}

/* Long names and problem titles are ellipsized to keep the columns in
 * view; hovering such a cell shows all of it. */
static gboolean
desk_column_query_tooltip_cb (GtkLabel   *label,
                              int         x,
                              int         y,
                              gboolean    keyboard_mode,
                              GtkTooltip *tooltip,
                              gpointer    user_data)
{
  const char *styled = g_object_get_data (G_OBJECT (label), "desk-tooltip");

  if (styled != NULL)
    {
      gtk_tooltip_set_text (tooltip, styled);
      return TRUE;
    }

  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;

  gtk_tooltip_set_text (tooltip, gtk_label_get_text (label));

  return TRUE;
}

static void
desk_column_setup_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      DeskColumnCell           *cell)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Numbers start-aligned like their column titles, which GTK 4.8 cannot
   * align to the end; tabular figures keep the digits in line. */
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  if (cell->style == DESK_COLUMN_NUMBER)
    gtk_widget_add_css_class (label, "numeric");
  else
    {
      /* Never narrower than a phone number: a small window scrolls sideways
       * rather than cutting every column to a letter or two. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), cell->style == DESK_COLUMN_NAME ? 18 : 14);
      gtk_widget_set_has_tooltip (label, TRUE);
      g_signal_connect (label, "query-tooltip", G_CALLBACK (desk_column_query_tooltip_cb), NULL);
    }

  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (list_item, label);
}

static void
desk_column_bind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     DeskColumnCell           *cell)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  gpointer item = gtk_list_item_get_item (list_item);
  g_autofree char *text = NULL;

  if (item != NULL)
    text = cell->func (item);

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");

  if (item != NULL && cell->style_func != NULL)
    {
      g_autofree char *tooltip = NULL;
      const char *css_class = cell->style_func (item, &tooltip);

      if (css_class != NULL)
        {
          gtk_widget_add_css_class (label, css_class);
          g_object_set_data_full (G_OBJECT (label), "desk-css-class", g_strdup (css_class), g_free);
        }
      if (tooltip != NULL)
        {
          gtk_widget_set_tooltip_text (label, tooltip);
          g_object_set_data_full (G_OBJECT (label), "desk-tooltip", g_steal_pointer (&tooltip), g_free);
        }
    }
}

static void
desk_column_unbind_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item,
                       DeskColumnCell           *cell)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  const char *css_class = g_object_get_data (G_OBJECT (label), "desk-css-class");

  /* Everything bind set goes, so a recycled cell shows only its own. */
  gtk_label_set_text (GTK_LABEL (label), "");
  if (css_class != NULL)
    gtk_widget_remove_css_class (label, css_class);
  g_object_set_data (G_OBJECT (label), "desk-css-class", NULL);
  /* Only a tooltip bind set is cleared: setting one asks where the pointer
   * is, a round trip to the X server for every recycled cell. */
  if (g_object_get_data (G_OBJECT (label), "desk-tooltip") != NULL)
    {
      g_object_set_data (G_OBJECT (label), "desk-tooltip", NULL);
      gtk_widget_set_tooltip_text (label, NULL);
      /* Ellipsized text gets its tooltip from query-tooltip again. */
      if (cell->style != DESK_COLUMN_NUMBER)
        gtk_widget_set_has_tooltip (label, TRUE);
    }
}

void
desk_column_set_text_func (GtkColumnViewColumn *column,
                           DeskColumnTextFunc   func,
                           DeskColumnStyle      style)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  DeskColumnCell *cell;

  g_return_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column));
  g_return_if_fail (func != NULL);

  cell = g_new0 (DeskColumnCell, 1);
  cell->func = func;
  cell->style = style;

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (desk_column_setup_cb), cell);
  g_signal_connect (factory, "bind", G_CALLBACK (desk_column_bind_cb), cell);
  g_signal_connect (factory, "unbind", G_CALLBACK (desk_column_unbind_cb), cell);
  /* The column frees the cell description when it goes. */
  g_object_set_qdata_full (G_OBJECT (column), desk_column_cell_quark (), cell, g_free);

  gtk_column_view_column_set_factory (column, factory);
}

void
desk_column_set_style_func (GtkColumnViewColumn *column,
                            DeskColumnStyleFunc  func)
{
  DeskColumnCell *cell;

  g_return_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column));

  cell = g_object_get_qdata (G_OBJECT (column), desk_column_cell_quark ());
  g_return_if_fail (cell != NULL);

  cell->style_func = func;
}

char *
desk_column_get_cell_text (GtkColumnViewColumn *column,
                           gpointer             item)
{
  DeskColumnCell *cell;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column), NULL);
  g_return_val_if_fail (G_IS_OBJECT (item), NULL);

  cell = g_object_get_qdata (G_OBJECT (column), desk_column_cell_quark ());
  g_return_val_if_fail (cell != NULL, NULL);

  return cell->func (item);
}
