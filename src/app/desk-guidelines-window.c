/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-guidelines-window"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "desk-client-editor.h"
#include "desk-column.h"
#include "desk-error.h"
#include "desk-guidelines-window.h"
#include "desk-labels.h"

/* ---- one row of the list --------------------------------------------- */

#define DESK_TYPE_GUIDELINE_ITEM (desk_guideline_item_get_type ())
G_DECLARE_FINAL_TYPE (DeskGuidelineItem, desk_guideline_item, DESK, GUIDELINE_ITEM, GObject)

struct _DeskGuidelineItem
{
  GObject       parent_instance;
  DeskGuideline row;
};

G_DEFINE_FINAL_TYPE (DeskGuidelineItem, desk_guideline_item, G_TYPE_OBJECT)

static void
desk_guideline_item_class_init (DeskGuidelineItemClass *klass)
{
}

static void
desk_guideline_item_init (DeskGuidelineItem *self)
{
}

static DeskGuidelineItem *
desk_guideline_item_new (const DeskGuideline *row)
{
  DeskGuidelineItem *self = g_object_new (DESK_TYPE_GUIDELINE_ITEM, NULL);

  self->row = *row;

  return self;
}

static char *
year_text (gpointer item)
{
  return g_strdup_printf ("%d", DESK_GUIDELINE_ITEM (item)->row.year);
}

static char *
region_text (gpointer item)
{
  return g_strdup (desk_enum_label (DESK_TYPE_REGION, DESK_GUIDELINE_ITEM (item)->row.region));
}

static char *
first_text (gpointer item)
{
  return desk_format_money (DESK_GUIDELINE_ITEM (item)->row.first_person_cents);
}

static char *
each_text (gpointer item)
{
  return desk_format_money (DESK_GUIDELINE_ITEM (item)->row.each_additional_person_cents);
}

/* ---- the window -------------------------------------------------------- */

struct _DeskGuidelinesWindow
{
  AdwWindow            parent_instance;

  /* Template widgets */
  GtkColumnView       *column_view;
  GtkNoSelection      *selection;
  GtkColumnViewColumn *year_column;
  GtkColumnViewColumn *region_column;
  GtkColumnViewColumn *first_column;
  GtkColumnViewColumn *each_column;
  GtkSpinButton       *year_spin;
  GtkDropDown         *region_drop_down;
  GtkEntry            *first_entry;
  GtkEntry            *each_entry;
  GtkLabel            *error_label;
  GtkLabel            *status_label;
  GtkButton           *save_button;

  /* Owned references */
  DeskStore           *store;
  GListStore          *rows;
  GArray              *guidelines;
};

G_DEFINE_FINAL_TYPE (DeskGuidelinesWindow, desk_guidelines_window, ADW_TYPE_WINDOW)

static const DeskGuideline *
desk_guidelines_window_find (DeskGuidelinesWindow *self,
                             int                   year,
                             DeskRegion            region)
{
  g_assert (DESK_IS_GUIDELINES_WINDOW (self));

  for (guint i = 0; self->guidelines != NULL && i < self->guidelines->len; i++)
    {
      const DeskGuideline *row = &g_array_index (self->guidelines, DeskGuideline, i);

      if (row->year == year && row->region == region)
        return row;
    }

  return NULL;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const DeskGuideline *ra = a;
  const DeskGuideline *rb = b;

  if (ra->year != rb->year)
    return rb->year - ra->year;

  return (int) ra->region - (int) rb->region;
}

static void
desk_guidelines_window_reload (DeskGuidelinesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = NULL;

  g_assert (DESK_IS_GUIDELINES_WINDOW (self));

  g_list_store_remove_all (self->rows);
  g_clear_pointer (&self->guidelines, g_array_unref);

  if (self->store == NULL)
    return;

  rows = desk_store_list_guidelines (self->store, &error);
  if (rows == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  /* The year staff look for is the newest one. */
  g_array_sort (rows, compare_newest_first);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(DeskGuidelineItem) item = desk_guideline_item_new (&g_array_index (rows, DeskGuideline, i));

      g_list_store_append (self->rows, item);
    }

  self->guidelines = g_steal_pointer (&rows);
}

static void
desk_guidelines_window_clear_error (DeskGuidelinesWindow *self)
{
  g_assert (DESK_IS_GUIDELINES_WINDOW (self));

  gtk_widget_remove_css_class (GTK_WIDGET (self->year_spin), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->region_drop_down), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->first_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->each_entry), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_label_set_text (self->error_label, "");
}

static void
desk_guidelines_window_show_error (DeskGuidelinesWindow *self,
                                   const GError         *error)
{
  const char *field = desk_error_get_field (error);
  GtkWidget *widget = NULL;

  g_assert (DESK_IS_GUIDELINES_WINDOW (self));

  if (g_strcmp0 (field, "year") == 0)
    widget = GTK_WIDGET (self->year_spin);
  else if (g_strcmp0 (field, "region") == 0)
    widget = GTK_WIDGET (self->region_drop_down);
  else if (g_strcmp0 (field, "first-person-cents") == 0)
    widget = GTK_WIDGET (self->first_entry);
  else if (g_strcmp0 (field, "each-additional-person-cents") == 0)
    widget = GTK_WIDGET (self->each_entry);

  if (widget != NULL)
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_widget_grab_focus (widget);
    }

  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
desk_guidelines_window_form_changed_cb (DeskGuidelinesWindow *self)
{
  int year;
  DeskRegion region;

  g_assert (DESK_IS_GUIDELINES_WINDOW (self));

  desk_guidelines_window_clear_error (self);
  gtk_label_set_text (self->status_label, "");

  year = gtk_spin_button_get_value_as_int (self->year_spin);
  region = (DeskRegion) gtk_drop_down_get_selected (self->region_drop_down);

  /* Say before the click that the figures on file will be replaced. */
  if (desk_guidelines_window_find (self, year, region) != NULL)
    {
      g_autofree char *status = NULL;

      /* TRANSLATORS: "2025 figures for Alaska are on file; saving replaces them." */
      status = g_strdup_printf (_("%d figures for %s are on file; saving replaces them."),
                                year, desk_enum_label (DESK_TYPE_REGION, region));
      gtk_label_set_text (self->status_label, status);
      gtk_button_set_label (self->save_button, _("_Replace Figures"));
    }
  else
    {
      gtk_button_set_label (self->save_button, _("_Add Figures"));
    }
}

static void
desk_guidelines_window_save_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  DeskGuidelinesWindow *self = DESK_GUIDELINES_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  DeskGuideline row = { 0 };
  const char *first_text_typed = gtk_editable_get_text (GTK_EDITABLE (self->first_entry));
  const char *each_text_typed = gtk_editable_get_text (GTK_EDITABLE (self->each_entry));

  desk_guidelines_window_clear_error (self);

  if (self->store == NULL)
    return;

  gtk_spin_button_update (self->year_spin);
  row.year = gtk_spin_button_get_value_as_int (self->year_spin);
  row.region = (DeskRegion) gtk_drop_down_get_selected (self->region_drop_down);

  if (desk_text_is_blank (first_text_typed))
    desk_invalid (&error, "first-person-cents", _("Type the guideline for a household of one."));
  else if (desk_text_is_blank (each_text_typed))
    desk_invalid (&error, "each-additional-person-cents", _("Type the amount added for each additional person."));
  else if (desk_parse_money (first_text_typed, "first-person-cents", &row.first_person_cents, &error) &&
           desk_parse_money (each_text_typed, "each-additional-person-cents",
                              &row.each_additional_person_cents, &error))
    desk_store_save_guideline (self->store, &row, &error);

  if (error != NULL)
    {
      desk_guidelines_window_show_error (self, error);
      return;
    }

  /* The store's changed signal has reloaded the list by now. */
  /* TRANSLATORS: "Saved the 2026 figures for the 48 contiguous states and DC." */
  status = g_strdup_printf (_("Saved the %d figures for %s."), row.year,
                            desk_enum_label (DESK_TYPE_REGION, row.region));
  g_signal_handlers_block_by_func (self->first_entry, desk_guidelines_window_form_changed_cb, self);
  g_signal_handlers_block_by_func (self->each_entry, desk_guidelines_window_form_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->first_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->each_entry), "");
  g_signal_handlers_unblock_by_func (self->first_entry, desk_guidelines_window_form_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->each_entry, desk_guidelines_window_form_changed_cb, self);
  gtk_button_set_label (self->save_button, _("_Replace Figures"));
  gtk_label_set_text (self->status_label, status);
}

static void
desk_guidelines_window_store_changed_cb (DeskGuidelinesWindow *self,
                                         const char           *entity,
                                         gint64                id,
                                         DeskChangeKind        kind,
                                         DeskStore            *store)
{
  g_assert (DESK_IS_GUIDELINES_WINDOW (self));

  desk_guidelines_window_reload (self);
}

static void
desk_guidelines_window_dispose (GObject *object)
{
  DeskGuidelinesWindow *self = (DeskGuidelinesWindow *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, desk_guidelines_window_store_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_GUIDELINES_WINDOW);

  g_clear_object (&self->store);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->guidelines, g_array_unref);

  G_OBJECT_CLASS (desk_guidelines_window_parent_class)->dispose (object);
}

static void
desk_guidelines_window_class_init (DeskGuidelinesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_guidelines_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-guidelines-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskGuidelinesWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, DeskGuidelinesWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, DeskGuidelinesWindow, year_column);
  gtk_widget_class_bind_template_child (widget_class, DeskGuidelinesWindow, region_column);
  gtk_widget_class_bind_template_child (widget_class, DeskGuidelinesWindow, first_column);
  gtk_widget_class_bind_template_child (widget_class, DeskGuidelinesWindow, each_column);
  gtk_widget_class_bind_template_child (widget_class, DeskGuidelinesWindow, year_spin);
  gtk_widget_class_bind_template_child (widget_class, DeskGuidelinesWindow, region_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskGuidelinesWindow, first_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskGuidelinesWindow, each_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskGuidelinesWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, DeskGuidelinesWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, DeskGuidelinesWindow, save_button);
  gtk_widget_class_bind_template_callback (widget_class, desk_guidelines_window_form_changed_cb);

  gtk_widget_class_install_action (widget_class, "guidelines.save", NULL, desk_guidelines_window_save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
desk_guidelines_window_init (DeskGuidelinesWindow *self)
{
  g_autoptr(GtkStringList) regions = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) region_class = g_type_class_ref (DESK_TYPE_REGION);
  g_autofree char *today = desk_today_iso ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_list_store_new (DESK_TYPE_GUIDELINE_ITEM);
  gtk_no_selection_set_model (self->selection, G_LIST_MODEL (self->rows));

  desk_column_set_text_func (self->year_column, year_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->region_column, region_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->first_column, first_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->each_column, each_text, DESK_COLUMN_NUMBER);

  /* Enum values run 0…n-1, so the position in the list is the value. */
  for (guint i = 0; i < region_class->n_values; i++)
    gtk_string_list_append (regions, desk_enum_label (DESK_TYPE_REGION, (int) i));
  gtk_drop_down_set_model (self->region_drop_down, G_LIST_MODEL (regions));

  /* The year most likely missing is this one. */
  gtk_spin_button_set_value (self->year_spin, atoi (today));
}

DeskGuidelinesWindow *
desk_guidelines_window_present (GtkWindow *parent,
                                DeskStore *store)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  DeskGuidelinesWindow *self = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DESK_IS_STORE (store), NULL);

  for (guint i = 0; self == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(AdwWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (DESK_IS_GUIDELINES_WINDOW (toplevel) && DESK_GUIDELINES_WINDOW (toplevel)->store == store)
        self = DESK_GUIDELINES_WINDOW (toplevel);
    }

  if (self == NULL)
    {
      self = g_object_new (DESK_TYPE_GUIDELINES_WINDOW, NULL);
      self->store = g_object_ref (store);
      g_signal_connect_object (store, "changed::poverty-guideline", G_CALLBACK (desk_guidelines_window_store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      desk_guidelines_window_reload (self);
      desk_guidelines_window_form_changed_cb (self);
    }

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

DeskStore *
desk_guidelines_window_get_store (DeskGuidelinesWindow *self)
{
  g_return_val_if_fail (DESK_IS_GUIDELINES_WINDOW (self), NULL);

  return self->store;
}

GtkColumnView *
desk_guidelines_window_get_column_view (DeskGuidelinesWindow *self)
{
  g_return_val_if_fail (DESK_IS_GUIDELINES_WINDOW (self), NULL);

  return self->column_view;
}

const char *
desk_guidelines_window_get_error_text (DeskGuidelinesWindow *self)
{
  g_return_val_if_fail (DESK_IS_GUIDELINES_WINDOW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;

  return gtk_label_get_text (self->error_label);
}
