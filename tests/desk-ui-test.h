/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "desk-application.h"
#include "desk-test.h"

G_BEGIN_DECLS

/** desk_test_init: gtk_test_init, with animations off so pictures show finished states. */
void       desk_test_init                  (int           *argc,
                                            char        ***argv);
/** desk_test_application_new: a registered, non-unique DeskApplication for a test program. */
DeskApplication *desk_test_application_new (void);
/** desk_test_application_free: destroys the windows of @app, runs what is pending, and drops @app. */
void       desk_test_application_free      (DeskApplication *app);
/** desk_test_wait_until_drawn: runs the main loop until @widget's window is mapped and painted twice more. */
void       desk_test_wait_until_drawn      (GtkWidget     *widget);
/** desk_test_save_png: renders @widget (a window) to G_TEST_BUILDDIR/@name. */
void       desk_test_save_png              (GtkWidget     *widget,
                                            const char    *name);
/** desk_test_save_png_with_popover: the window with @popover drawn where it pops up. */
void       desk_test_save_png_with_popover (GtkWidget     *window,
                                            GtkWidget     *popover,
                                            const char    *name);
/**
 * desk_test_save_pngs: @window as a person sees it, in light and dark style:
 * @name-light.png and @name-dark.png; with @sizes, a main window also at
 * 1280×800 and 800×600 (@name-1280x800-light.png, …), its size put back after.
 */
void       desk_test_save_pngs             (GtkWidget     *window,
                                            const char    *name,
                                            gboolean       sizes);
/** desk_test_resize: makes @window @width × @height and waits until it is drawn so. */
void       desk_test_resize                (GtkWidget     *window,
                                            int            width,
                                            int            height);
/** desk_test_answer_question: answers the question shown over @window with @answer; FALSE when none is shown. */
gboolean   desk_test_answer_question       (GtkWidget     *window,
                                            const char    *answer);
/** desk_test_is_on_screen: whether @widget is mapped and lies wholly inside its window. */
gboolean   desk_test_is_on_screen          (GtkWidget     *widget);
/** desk_test_find_widget: the first widget of @type at or below @root, or NULL. */
GtkWidget *desk_test_find_widget           (GtkWidget     *root,
                                            GType          type);
/** desk_test_shows_label: whether a mapped label at or below @root reads @text. */
gboolean   desk_test_shows_label           (GtkWidget     *root,
                                            const char    *text);
/** desk_test_cell_text: the text column @column shows in row @row (columns use desk_column_set_text_func). */
char      *desk_test_cell_text             (GtkColumnView *view,
                                            guint          column,
                                            guint          row);
/** desk_test_column_titles: the column titles joined with "|". */
char      *desk_test_column_titles         (GtkColumnView *view);

G_END_DECLS
