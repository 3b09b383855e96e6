/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-bar-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-bar-chart.h"

/* Room for a line of text and some air: bars read as a list. */
#define ROW_HEIGHT   26
#define BAR_HEIGHT   14
#define LABEL_GAP    12
#define VALUE_GAP     6
#define MIN_WIDTH   240

typedef struct
{
  char   *label;
  gint64  value;
} Bar;

struct _DeskBarChart
{
  GtkWidget  parent_instance;

  GArray    *bars;   /* Bar */
  char      *title;
};

G_DEFINE_FINAL_TYPE (DeskBarChart, desk_bar_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bar_clear (gpointer data)
{
  Bar *bar = data;

  g_free (bar->label);
}

static void
desk_bar_chart_update_accessible (DeskBarChart *self)
{
  g_autofree char *description = desk_bar_chart_describe (self);

  g_assert (DESK_IS_BAR_CHART (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title != NULL ? self->title : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static int
desk_bar_chart_label_width (DeskBarChart *self)
{
  int widest = 0;

  for (guint i = 0; i < self->bars->len; i++)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                                                      g_array_index (self->bars, Bar, i).label);
      int width;

      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }

  return widest;
}

static void
desk_bar_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  DeskBarChart *self = DESK_BAR_CHART (widget);

  if (orientation == GTK_ORIENTATION_VERTICAL)
    *minimum = *natural = (int) self->bars->len * ROW_HEIGHT;
  else
    {
      *minimum = MIN_WIDTH;
      *natural = MAX (MIN_WIDTH, desk_bar_chart_label_width (self) + LABEL_GAP + 360);
    }
}

/* The theme's colours, so the chart is right in light and dark style. */
static void
desk_bar_chart_colors (DeskBarChart *self,
                       GdkRGBA      *text,
                       GdkRGBA      *bar,
                       GdkRGBA      *track)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, text);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", bar))
    *bar = *text;
  *track = *text;
  track->alpha *= 0.08f;
}

static void
desk_bar_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  DeskBarChart *self = DESK_BAR_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int label_width;
  int bar_start;
  int bar_room;
  gint64 largest = 0;
  GdkRGBA text, bar_color, track;

  if (self->bars->len == 0)
    return;

  desk_bar_chart_colors (self, &text, &bar_color, &track);

  /* Long category names may take up to two fifths; they are cut after that. */
  label_width = MIN (desk_bar_chart_label_width (self), width * 2 / 5);
  bar_start = label_width + LABEL_GAP;

  for (guint i = 0; i < self->bars->len; i++)
    largest = MAX (largest, g_array_index (self->bars, Bar, i).value);

  {
    g_autofree char *widest_value = g_strdup_printf ("%" G_GINT64_FORMAT, largest);
    g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, widest_value);
    int value_width;

    pango_layout_get_pixel_size (layout, &value_width, NULL);
    bar_room = MAX (1, width - bar_start - VALUE_GAP - value_width);
  }

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autoptr(PangoLayout) label = gtk_widget_create_pango_layout (widget, bar->label);
      g_autofree char *value_text = g_strdup_printf ("%" G_GINT64_FORMAT, bar->value);
      g_autoptr(PangoLayout) value = gtk_widget_create_pango_layout (widget, value_text);
      int top = (int) i * ROW_HEIGHT;
      int bar_top = top + (ROW_HEIGHT - BAR_HEIGHT) / 2;
      int length = largest > 0 ? (int) ((double) bar->value / (double) largest * bar_room + 0.5) : 0;
      int text_height;

      pango_layout_set_width (label, label_width * PANGO_SCALE);
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (label, NULL, &text_height);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, top + (ROW_HEIGHT - text_height) / 2.0f));
      gtk_snapshot_append_layout (snapshot, label, &text);
      gtk_snapshot_restore (snapshot);

      gtk_snapshot_append_color (snapshot, &track,
                                 &GRAPHENE_RECT_INIT (bar_start, bar_top, bar_room, BAR_HEIGHT));
      if (length > 0)
        gtk_snapshot_append_color (snapshot, &bar_color,
                                   &GRAPHENE_RECT_INIT (bar_start, bar_top, length, BAR_HEIGHT));

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (bar_start + length + VALUE_GAP,
                                                    top + (ROW_HEIGHT - text_height) / 2.0f));
      gtk_snapshot_append_layout (snapshot, value, &text);
      gtk_snapshot_restore (snapshot);
    }
}

static void
desk_bar_chart_finalize (GObject *object)
{
  DeskBarChart *self = (DeskBarChart *)object;

  g_clear_pointer (&self->bars, g_array_unref);
  g_free (self->title);

  G_OBJECT_CLASS (desk_bar_chart_parent_class)->finalize (object);
}

static void
desk_bar_chart_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DeskBarChart *self = DESK_BAR_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_bar_chart_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DeskBarChart *self = DESK_BAR_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      desk_bar_chart_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_bar_chart_class_init (DeskBarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = desk_bar_chart_finalize;
  object_class->get_property = desk_bar_chart_get_property;
  object_class->set_property = desk_bar_chart_set_property;

  widget_class->measure = desk_bar_chart_measure;
  widget_class->snapshot = desk_bar_chart_snapshot;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "deskbarchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
desk_bar_chart_init (DeskBarChart *self)
{
  self->bars = g_array_new (FALSE, FALSE, sizeof (Bar));
  g_array_set_clear_func (self->bars, bar_clear);
  desk_bar_chart_update_accessible (self);
}

GtkWidget *
desk_bar_chart_new (void)
{
  return g_object_new (DESK_TYPE_BAR_CHART, NULL);
}

void
desk_bar_chart_set_title (DeskBarChart *self,
                          const char   *title)
{
  g_return_if_fail (DESK_IS_BAR_CHART (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  desk_bar_chart_update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
desk_bar_chart_get_title (DeskBarChart *self)
{
  g_return_val_if_fail (DESK_IS_BAR_CHART (self), NULL);

  return self->title;
}

void
desk_bar_chart_clear (DeskBarChart *self)
{
  g_return_if_fail (DESK_IS_BAR_CHART (self));

  g_array_set_size (self->bars, 0);
  desk_bar_chart_update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
desk_bar_chart_add (DeskBarChart *self,
                    const char   *label,
                    gint64        value)
{
  Bar bar;

  g_return_if_fail (DESK_IS_BAR_CHART (self));
  g_return_if_fail (label != NULL);

  bar.label = g_strdup (label);
  bar.value = MAX (value, 0);
  g_array_append_val (self->bars, bar);
  desk_bar_chart_update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
desk_bar_chart_get_n_bars (DeskBarChart *self)
{
  g_return_val_if_fail (DESK_IS_BAR_CHART (self), 0);

  return self->bars->len;
}

char *
desk_bar_chart_describe (DeskBarChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (DESK_IS_BAR_CHART (self), NULL);

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, bar->value);

      if (text->len > 0)
        g_string_append (text, "; ");
      /* TRANSLATORS: one bar of a chart read out: a label and its value, "Housing: 4" */
      g_string_append_printf (text, C_("bar of a chart", "%s: %s"), bar->label, value);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
