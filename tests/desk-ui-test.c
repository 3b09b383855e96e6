/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every UI test needs: running the main loop until a window is drawn,
 * saving it as a PNG into the build folder, and finding what it shows. */
#define G_LOG_DOMAIN "desk-ui-test"

#include "config.h"

#include "desk-column.h"
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

void
desk_test_save_png (GtkWidget  *widget,
          const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
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

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

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
  if (GTK_IS_LABEL (root) &&
      gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (desk_test_shows_label (child, text))
        return TRUE;
    }

  return FALSE;
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

