/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every UI test needs: running the main loop until a window is drawn,
 * saving it as a PNG into the build folder, and finding what it shows. */
#define G_LOG_DOMAIN "desk-ui-test"

#include "config.h"

#include <sqlite3.h>

#include "desk-column.h"
#include "desk-conflict-window.h"
#include "desk-date-entry.h"
#include "desk-editor.h"
#include "desk-gtk-compat.h"
#include "desk-ui-test.h"

void
desk_test_init (int    *argc,
                char ***argv)
{
  gtk_test_init (argc, argv, NULL);

  /* Pictures of finished states, not of cross-fades. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

DeskApplication *
desk_test_application_new (void)
{
  g_autoptr(GError) error = NULL;
  DeskApplication *app = desk_application_new ();

  /* Tests run side by side and must not find each other on the bus. */
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  return app;
}

void
desk_test_application_free (DeskApplication *app)
{
  for (const GList *iter = gtk_application_get_windows (GTK_APPLICATION (app)); iter != NULL;
       iter = gtk_application_get_windows (GTK_APPLICATION (app)))
    gtk_window_destroy (iter->data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_object_unref (app);
}

/* ---- main loop and pictures ------------------------------------------ */

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Runs the main loop until @widget's window has been laid out and painted
 * once more after everything that is pending now. */
void
desk_test_wait_until_drawn (GtkWidget *widget)
{
  GtkWidget *toplevel = GTK_WIDGET (gtk_widget_get_native (widget));
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  while (!gtk_widget_get_mapped (toplevel))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  clock = gtk_widget_get_frame_clock (toplevel);
  g_assert_nonnull (clock);

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (toplevel);

  /* Two paints: the first may still be laying out rows the list model
   * reported during it. */
  for (guint round = 0; round < 2; round++)
    {
      painted = FALSE;
      gtk_widget_queue_draw (toplevel);
      while (!painted)
        {
          g_assert_cmpint (g_get_monotonic_time (), <, deadline);
          g_main_context_iteration (NULL, FALSE);
          g_usleep (1000);
        }
    }

  g_signal_handler_disconnect (clock, handler);

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GskRenderNode *
snapshot_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

typedef struct
{
  GtkWidget     *widget;
  GskRenderNode *node;
} SnapshotAfterPaint;

static void
snapshot_after_paint_cb (GdkFrameClock      *clock,
                         SnapshotAfterPaint *state)
{
  if (state->node == NULL)
    state->node = snapshot_widget (state->widget);
}

/* A widget whose layout is pending (a progress bar moved since the last
 * frame, say) snapshots to nothing; right after a paint it is laid out. */
static GskRenderNode *
snapshot_laid_out (GtkWidget *widget)
{
  SnapshotAfterPaint state = { widget, snapshot_widget (widget) };
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GdkFrameClock *clock;
  gulong handler;

  if (state.node != NULL)
    return state.node;

  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (snapshot_after_paint_cb), &state);
  while (state.node == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      gtk_widget_queue_draw (widget);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_signal_handler_disconnect (clock, handler);
  return state.node;
}

void
desk_test_save_png (GtkWidget  *widget,
                    const char *name)
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  const char *dir = g_getenv ("G_TEST_BUILDDIR");
  GskRenderer *renderer;
  graphene_rect_t bounds;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  node = snapshot_laid_out (widget);

  renderer = gtk_native_get_renderer (GTK_NATIVE (widget));
  g_assert_nonnull (renderer);

  graphene_rect_init (&bounds, 0, 0, width, height);
  texture = gsk_renderer_render_texture (renderer, node, &bounds);
  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);

  path = g_build_filename (dir != NULL ? dir : ".", name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s (%d×%d)", path, width, height);
}

/* The window with a popover of it drawn where it pops up. */
void
desk_test_save_png_with_popover (GtkWidget  *window,
                       GtkWidget  *popover,
                       const char *name)
{
  g_autoptr(GdkPaintable) window_paintable = gtk_widget_paintable_new (window);
  g_autoptr(GdkPaintable) popover_paintable = gtk_widget_paintable_new (popover);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  const char *dir = g_getenv ("G_TEST_BUILDDIR");
  graphene_rect_t bounds;
  graphene_point_t origin;
  double window_x, window_y, popover_x, popover_y;
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  /* Both surfaces' positions in their own native's coordinates, then
   * the popover's surface offset from the window's. */
  gtk_native_get_surface_transform (GTK_NATIVE (window), &window_x, &window_y);
  gtk_native_get_surface_transform (GTK_NATIVE (popover), &popover_x, &popover_y);
  origin.x = gdk_popup_get_position_x (GDK_POPUP (gtk_native_get_surface (GTK_NATIVE (popover))))
             - window_x + popover_x;
  origin.y = gdk_popup_get_position_y (GDK_POPUP (gtk_native_get_surface (GTK_NATIVE (popover))))
             - window_y + popover_y;

  gdk_paintable_snapshot (window_paintable, snapshot, width, height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &origin);
  gdk_paintable_snapshot (popover_paintable, snapshot,
                          gtk_widget_get_width (popover), gtk_widget_get_height (popover));
  gtk_snapshot_restore (snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));

  graphene_rect_init (&bounds, 0, 0, width, height);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, &bounds);
  path = g_build_filename (dir != NULL ? dir : ".", name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
}

void
desk_test_resize (GtkWidget *window,
                  int        width,
                  int        height)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  int default_width, default_height;

  desk_test_wait_until_drawn (window);
  gtk_window_unmaximize (GTK_WINDOW (window));

  /* The default size counts the client-side shadow; the widget does not. */
  gtk_window_get_default_size (GTK_WINDOW (window), &default_width, &default_height);
  gtk_window_set_default_size (GTK_WINDOW (window),
                               width + default_width - gtk_widget_get_width (window),
                               height + default_height - gtk_widget_get_height (window));

  /* Below its minimum a window stays at the minimum: that is a failure. */
  while (gtk_widget_get_width (window) != width || gtk_widget_get_height (window) != height)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("%s did not become %d×%d (it is %d×%d)", G_OBJECT_TYPE_NAME (window), width, height,
                 gtk_widget_get_width (window), gtk_widget_get_height (window));
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  desk_test_wait_until_drawn (window);
}

static void
save_both_styles (GtkWidget  *window,
                  const char *name)
{
  AdwStyleManager *styles = adw_style_manager_get_default ();
  g_autofree char *light = g_strdup_printf ("%s-light.png", name);
  g_autofree char *dark = g_strdup_printf ("%s-dark.png", name);

  adw_style_manager_set_color_scheme (styles, ADW_COLOR_SCHEME_FORCE_LIGHT);
  desk_test_wait_until_drawn (window);
  desk_test_save_png (window, light);

  adw_style_manager_set_color_scheme (styles, ADW_COLOR_SCHEME_FORCE_DARK);
  desk_test_wait_until_drawn (window);
  desk_test_save_png (window, dark);

  adw_style_manager_set_color_scheme (styles, ADW_COLOR_SCHEME_DEFAULT);
  desk_test_wait_until_drawn (window);
}

void
desk_test_save_pngs (GtkWidget  *window,
                     const char *name,
                     gboolean    sizes)
{
  static const struct { int width, height; } screens[] = { { 1280, 800 }, { 800, 600 } };
  int width, height;

  g_assert_true (GTK_IS_WINDOW (window));
  desk_test_wait_until_drawn (window);

  if (!sizes)
    {
      save_both_styles (window, name);
      return;
    }

  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  for (guint i = 0; i < G_N_ELEMENTS (screens); i++)
    {
      g_autofree char *sized = g_strdup_printf ("%s-%dx%d", name, screens[i].width, screens[i].height);

      desk_test_resize (window, screens[i].width, screens[i].height);
      save_both_styles (window, sized);
    }
  desk_test_resize (window, width, height);
}

gboolean
desk_test_answer_question (GtkWidget  *window,
                           const char *answer)
{
  GtkWidget *question = desk_gtk_compat_get_question (window);

  if (question == NULL)
    return FALSE;

  desk_gtk_compat_answer (question, answer);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return TRUE;
}

gboolean
desk_test_is_on_screen (GtkWidget *widget)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget) || window == NULL ||
      !gtk_widget_compute_bounds (widget, window, &bounds))
    return FALSE;

  return bounds.origin.x >= 0 && bounds.origin.y >= 0 && bounds.size.width > 0 &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (window) + 0.5 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (window) + 0.5;
}

/* ---- looking for what is on screen ------------------------------------ */

GtkWidget *
desk_test_find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = desk_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

gboolean
desk_test_shows_label (GtkWidget  *root,
                       const char *text)
{
  return desk_test_find_label (root, text) != NULL;
}

char *
desk_test_cell_text (GtkColumnView *view,
           guint          column,
           guint          row)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));
  g_autoptr(GtkColumnViewColumn) col = g_list_model_get_item (columns, column);
  g_autoptr(GObject) item = g_list_model_get_item (model, row);

  g_assert_nonnull (col);
  g_assert_nonnull (item);

  return desk_column_get_cell_text (col, item);
}

char *
desk_test_column_titles (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (i > 0)
        g_string_append (titles, "|");
      g_string_append (titles, gtk_column_view_column_get_title (column));
    }

  return g_string_free (titles, FALSE);
}


/* ---- driving and finding ------------------------------------------------- */

void
desk_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
desk_test_wait_ms (guint ms)
{
  gint64 until = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

void
desk_test_wait_for (gboolean   (*check) (gpointer data),
                    gpointer     data,
                    const char  *what)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!check (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Waited 10 s for %s", what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  desk_test_iterate ();
}

GtkWindow *
desk_test_find_toplevel (GType      type,
                         GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
          (parent == NULL || gtk_window_get_transient_for (toplevel) == parent))
        return toplevel;
    }

  return NULL;
}

GtkWindow *
desk_test_find_new_editor (GType editor_type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_assert_true (g_type_is_a (editor_type, DESK_TYPE_EDITOR));

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);
      DeskRecord *record;

      if (!G_TYPE_CHECK_INSTANCE_TYPE (toplevel, editor_type))
        continue;
      record = desk_editor_get_record (DESK_EDITOR (toplevel));
      if (record != NULL && desk_record_get_id (record) == 0)
        return toplevel;
    }

  return NULL;
}

GtkWidget *
desk_test_find_first (GtkWidget          *root,
                      DeskTestWidgetFunc  match,
                      gconstpointer       data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = desk_test_find_first (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_id (GtkWidget     *widget,
        gconstpointer  id)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0;
}

GtkWidget *
desk_test_find_by_id (GtkWidget  *root,
                      const char *id)
{
  GtkWidget *found = desk_test_find_first (root, has_id, id);

  if (found == NULL)
    g_error ("%s has no widget with the id %s", G_OBJECT_TYPE_NAME (root), id);

  return found;
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

GtkWidget *
desk_test_find_row (GtkWidget  *root,
                    const char *title)
{
  return desk_test_find_first (root, is_row_titled, title);
}

static gboolean
is_button_with_tooltip (GtkWidget     *widget,
                        gconstpointer  tooltip)
{
  return (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget)) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

GtkWidget *
desk_test_find_button (GtkWidget  *root,
                       const char *tooltip)
{
  return desk_test_find_first (root, is_button_with_tooltip, tooltip);
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

GtkWidget *
desk_test_find_button_labelled (GtkWidget  *root,
                                const char *label)
{
  return desk_test_find_first (root, is_button_labelled, label);
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

GtkWidget *
desk_test_find_label (GtkWidget  *root,
                      const char *text)
{
  return desk_test_find_first (root, is_label_reading, text);
}

void
desk_test_click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  desk_test_iterate ();
}

gboolean
desk_test_press_key (GtkWidget       *widget,
                     guint            keyval,
                     GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  /* GTK 4 has no way to synthesize a key event: the widget's key
   * controllers get what the keyboard would give them. */
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  desk_test_iterate ();

  return handled;
}

gboolean
desk_test_has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

typedef struct
{
  DeskRecordPicker *picker;
  const char       *search;
  guint             n_results;
} PickerSearch;

static gboolean
picker_lists (gpointer data)
{
  PickerSearch *wanted = data;
  GListModel *results = desk_record_picker_get_results (wanted->picker);
  GtkEditable *entry = desk_record_picker_get_search_entry (wanted->picker);

  return g_strcmp0 (gtk_editable_get_text (entry), wanted->search) == 0 && results != NULL &&
         g_list_model_get_n_items (results) == wanted->n_results;
}

void
desk_test_picker_search (DeskRecordPicker *picker,
                         const char       *search,
                         guint             n_results)
{
  PickerSearch wanted = { picker, search, n_results };
  g_autofree char *what = g_strdup_printf ("%u results for “%s”", n_results, search);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (desk_record_picker_get_popover (picker))));
  gtk_editable_set_text (desk_record_picker_get_search_entry (picker), search);
  /* The search runs after GtkSearchEntry's short pause in typing. */
  desk_test_wait_for (picker_lists, &wanted, what);
}

void
desk_test_pick (DeskRecordPicker *picker,
                const char       *search)
{
  desk_record_picker_popup (picker);
  desk_test_wait_until_drawn (GTK_WIDGET (desk_record_picker_get_popover (picker)));
  desk_test_picker_search (picker, search, 1);
  g_assert_true (desk_record_picker_choose (picker, 0));
  desk_test_iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (desk_record_picker_get_popover (picker))));
}

void
desk_test_save_pngs_with_popover (GtkWidget  *window,
                                  GtkWidget  *popover,
                                  const char *name)
{
  AdwStyleManager *styles = adw_style_manager_get_default ();
  g_autofree char *light = g_strdup_printf ("%s-light.png", name);
  g_autofree char *dark = g_strdup_printf ("%s-dark.png", name);

  adw_style_manager_set_color_scheme (styles, ADW_COLOR_SCHEME_FORCE_LIGHT);
  desk_test_wait_until_drawn (popover);
  desk_test_wait_until_drawn (window);
  desk_test_save_png_with_popover (window, popover, light);

  adw_style_manager_set_color_scheme (styles, ADW_COLOR_SCHEME_FORCE_DARK);
  desk_test_wait_until_drawn (popover);
  desk_test_wait_until_drawn (window);
  desk_test_save_png_with_popover (window, popover, dark);

  adw_style_manager_set_color_scheme (styles, ADW_COLOR_SCHEME_DEFAULT);
  desk_test_wait_until_drawn (window);
}

GtkWidget *
desk_test_field (DeskForm   *form,
                 const char *property)
{
  GtkWidget *widget = desk_form_get_widget (form, property);

  if (widget == NULL)
    g_error ("The form has no field for %s", property);

  return widget;
}

void
desk_test_type (GtkWidget  *widget,
                const char *text)
{
  if (DESK_IS_DATE_ENTRY (widget))
    desk_date_entry_set_text (DESK_DATE_ENTRY (widget), text);
  else if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
  desk_test_iterate ();
}

static gboolean
conflict_window_shown (gpointer parent)
{
  DeskConflictWindow *conflict = desk_conflict_window_get_for_parent (parent);

  return conflict != NULL && gtk_widget_get_mapped (GTK_WIDGET (conflict));
}

/* Done saving, or waiting for the answer of the conflict window. */
static gboolean
save_settled (gpointer editor)
{
  return !desk_editor_get_saving (DESK_EDITOR (editor)) || conflict_window_shown (editor);
}

void
desk_test_save_editor (gpointer editor)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  desk_test_wait_for (save_settled, editor, "the save");
}

static gboolean
not_saving (gpointer editor)
{
  return !desk_editor_get_saving (DESK_EDITOR (editor));
}

void
desk_test_wait_saved (gpointer editor)
{
  desk_test_wait_for (not_saving, editor, "the save to end");
}

GtkWindow *
desk_test_wait_conflict_window (gpointer parent)
{
  desk_test_wait_for (conflict_window_shown, parent, "the conflict window");
  return GTK_WINDOW (desk_conflict_window_get_for_parent (parent));
}

static gboolean
window_gone (gpointer window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if ((gpointer) toplevel == window)
        return FALSE;
    }

  return TRUE;
}

void
desk_test_wait_closed (gpointer window)
{
  desk_test_wait_for (window_gone, window, "the window to close");
}

void
desk_test_close_editor (gpointer editor)
{
  g_assert_false (desk_editor_get_modified (DESK_EDITOR (editor)));
  g_assert_cmpstr (desk_editor_get_close_label (DESK_EDITOR (editor)), ==, "_Close");
  /* No question: it goes at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.close", NULL));
  desk_test_wait_closed (editor);
}

static sqlite3_stmt *
audit_query (DeskStore  *store,
             const char *sql,
             const char *entity,
             gint64      entity_id,
             const char *action)
{
  sqlite3 *db = desk_database_get_handle (desk_store_get_database (store));
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, entity, -1, SQLITE_STATIC);
  if (entity_id > 0)
    sqlite3_bind_int64 (stmt, 2, entity_id);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_text (stmt, 3, action, -1, SQLITE_STATIC);

  return stmt;
}

gint64
desk_test_count_audit (DeskStore  *store,
                       const char *entity,
                       gint64      entity_id,
                       const char *action)
{
  sqlite3_stmt *stmt = audit_query (store,
                                    "SELECT count(*) FROM audit_log "
                                    "WHERE entity = ?1 AND entity_id IS ?2 AND action = ?3",
                                    entity, entity_id, action);
  gint64 count;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return count;
}

char *
desk_test_audit_fields (DeskStore  *store,
                        const char *entity,
                        gint64      entity_id,
                        const char *action)
{
  sqlite3_stmt *stmt = audit_query (store,
                                    "SELECT fields FROM audit_log "
                                    "WHERE entity = ?1 AND entity_id IS ?2 AND action = ?3 "
                                    "ORDER BY id DESC LIMIT 1",
                                    entity, entity_id, action);
  char *fields = NULL;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    fields = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return fields;
}

/* ---- names screen readers say ---------------------------------------------- */

void
desk_test_init_accessibility (void)
{
  /* With GTK_A11Y=none GTK drops accessible properties at once; the test
   * backend keeps them, talks to no bus, and GTK's own tests read them. */
  g_setenv ("GTK_A11Y", "test", TRUE);
}

static gboolean
has_words (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* A mapped label with words at or below @widget, popovers left out: what
 * is written on a button is its name. */
static gboolean
shows_words (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget) || GTK_IS_NATIVE (widget))
    return FALSE;

  if (GTK_IS_LABEL (widget) && has_words (gtk_label_get_text (GTK_LABEL (widget))))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (shows_words (child))
      return TRUE;

  return FALSE;
}

static gboolean
button_is_named (GtkWidget *button)
{
  if (GTK_IS_BUTTON (button) && has_words (gtk_button_get_label (GTK_BUTTON (button))))
    return TRUE;
  if (GTK_IS_MENU_BUTTON (button) && has_words (gtk_menu_button_get_label (GTK_MENU_BUTTON (button))))
    return TRUE;

  return shows_words (button) ||
         gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
         gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* Where a button is, for a person reading the failure: its tooltip, its
 * id, and the ids and row titles above it. */
/* One line per button in @unnamed. */
static guint
unnamed_count (GString *unnamed)
{
  guint lines = 0;

  for (gsize i = 0; i < unnamed->len; i++)
    if (unnamed->str[i] == '\n')
      lines++;

  return lines;
}

static void
describe_button (GtkWidget *button,
                 GString   *out)
{
  const char *tooltip = gtk_widget_get_tooltip_text (button);

  g_string_append_printf (out, "\n  %s", G_OBJECT_TYPE_NAME (button));
  if (gtk_buildable_get_buildable_id (GTK_BUILDABLE (button)) != NULL)
    g_string_append_printf (out, " #%s", gtk_buildable_get_buildable_id (GTK_BUILDABLE (button)));
  if (tooltip != NULL)
    g_string_append_printf (out, " (tooltip “%s”)", tooltip);

  for (GtkWidget *up = gtk_widget_get_parent (button); up != NULL; up = gtk_widget_get_parent (up))
    {
      if (ADW_IS_PREFERENCES_ROW (up) && adw_preferences_row_get_title (ADW_PREFERENCES_ROW (up)) != NULL)
        g_string_append_printf (out, " in row “%s”", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (up)));
      else if (gtk_buildable_get_buildable_id (GTK_BUILDABLE (up)) != NULL)
        g_string_append_printf (out, " in #%s", gtk_buildable_get_buildable_id (GTK_BUILDABLE (up)));
      else if (GTK_IS_NATIVE (up))
        g_string_append_printf (out, " in %s", G_OBJECT_TYPE_NAME (up));
    }
}

/* Returns how many buttons were looked at. */
static guint
collect_unnamed_buttons (GtkWidget *widget,
                         GString   *unnamed)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);
  guint checked = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;

  /* A menu button's toggle is its own inside: the menu button is checked. */
  if ((GTK_IS_BUTTON (widget) && !(parent != NULL && GTK_IS_MENU_BUTTON (parent))) || GTK_IS_MENU_BUTTON (widget))
    {
      checked++;
      if (!button_is_named (widget))
        describe_button (widget, unnamed);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    checked += collect_unnamed_buttons (child, unnamed);

  return checked;
}

void
desk_test_assert_buttons_named (GtkWidget *root)
{
  g_autoptr(GString) unnamed = g_string_new (NULL);
  GtkWidget *probe = g_object_ref_sink (gtk_button_new ());
  guint checked;

  /* A check that cannot see accessible names would pass anything. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (probe), GTK_ACCESSIBLE_PROPERTY_LABEL, "probe", -1);
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (probe), GTK_ACCESSIBLE_PROPERTY_LABEL))
    g_error ("Accessible names cannot be read back: call desk_test_init_accessibility() first");
  g_object_unref (probe);

  checked = collect_unnamed_buttons (root, unnamed);
  g_test_message ("%u buttons of %s have a name", checked - unnamed_count (unnamed), G_OBJECT_TYPE_NAME (root));
  g_assert_cmpuint (checked, >, 0);
  /* Every one is listed; the rest of the test still runs. */
  if (unnamed->len > 0)
    g_test_fail_printf ("Buttons of %s with no words and no accessible name:%s",
                        G_OBJECT_TYPE_NAME (root), unnamed->str);
}
