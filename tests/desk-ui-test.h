/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "desk-application.h"
#include "desk-form.h"
#include "desk-record-picker.h"
#include "desk-test.h"

G_BEGIN_DECLS

/** desk_test_init: gtk_test_init, with animations off so pictures show finished states. */
void       desk_test_init                  (int           *argc,
                                            char        ***argv);
/** desk_test_application_new: a registered, non-unique DeskApplication for a test program. */
DeskApplication *desk_test_application_new (void);
/** desk_test_application_free: destroys every window of @app, runs what that leaves pending, and drops @app. */
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

/* ---- driving and finding (screens built on DeskEditor, DeskPage, DeskForm) ---- */

/** desk_test_iterate: runs what the main loop has pending now. */
void        desk_test_iterate                (void);
/** desk_test_wait_ms: runs the main loop for @ms milliseconds (a search entry's delay). */
void        desk_test_wait_ms                (guint          ms);
/** desk_test_wait_for: runs the main loop until @check (@data) holds; after 10 s the test fails naming @what. */
void        desk_test_wait_for               (gboolean     (*check) (gpointer data),
                                              gpointer       data,
                                              const char    *what);
/** desk_test_find_toplevel: the visible window of @type transient for @parent (NULL: for any), or NULL. */
GtkWindow  *desk_test_find_toplevel          (GType          type,
                                              GtkWindow     *parent);
/** desk_test_find_new_editor: the open editor of @editor_type whose record is not saved yet, or NULL. */
GtkWindow  *desk_test_find_new_editor        (GType          editor_type);
/** DeskTestWidgetFunc: whether @widget is the one looked for. */
typedef gboolean (*DeskTestWidgetFunc) (GtkWidget     *widget,
                                        gconstpointer  data);
/** desk_test_find_first: the first widget at or below @root, depth first, for which @func holds, or NULL. */
GtkWidget  *desk_test_find_first             (GtkWidget          *root,
                                              DeskTestWidgetFunc  func,
                                              gconstpointer       data);
/** desk_test_find_by_id: the widget at or below @root with the id @id in the .ui that built it; fails when none. */
GtkWidget  *desk_test_find_by_id             (GtkWidget     *root,
                                              const char    *id);
/** desk_test_find_row: the mapped boxed-list row titled @title at or below @root, or NULL. */
GtkWidget  *desk_test_find_row               (GtkWidget     *root,
                                              const char    *title);
/** desk_test_find_button: the first mapped button at or below @root with the tooltip @tooltip, or NULL. */
GtkWidget  *desk_test_find_button            (GtkWidget     *root,
                                              const char    *tooltip);
/** desk_test_find_label: the first mapped label at or below @root reading @text, or NULL. */
GtkWidget  *desk_test_find_label             (GtkWidget     *root,
                                              const char    *text);
/** desk_test_find_button_labelled: the first mapped button at or below @root reading @label (mnemonic included), or NULL. */
GtkWidget  *desk_test_find_button_labelled   (GtkWidget     *root,
                                              const char    *label);
/** desk_test_click: presses @button, which must be sensitive, then runs the main loop. */
void        desk_test_click                  (GtkWidget     *button);
/** desk_test_press_key: gives @keyval with @state to the key controllers of @widget, as the keyboard does; TRUE when one took it. */
gboolean    desk_test_press_key              (GtkWidget     *widget,
                                              guint          keyval,
                                              GdkModifierType state);
/** desk_test_has_focus_within: whether the focus of @widget's window is @widget or inside it. */
gboolean    desk_test_has_focus_within       (GtkWidget     *widget);
/** desk_test_picker_search: types @search into the open popover of @picker and waits until it lists @n_results. */
void        desk_test_picker_search          (DeskRecordPicker *picker,
                                              const char    *search,
                                              guint          n_results);
/** desk_test_pick: opens @picker, searches @search, which must find exactly one record or code, and chooses it. */
void        desk_test_pick                   (DeskRecordPicker *picker,
                                              const char    *search);
/** desk_test_save_pngs_with_popover: @window with @popover drawn where it pops up, light and dark (@name-light.png, @name-dark.png). */
void        desk_test_save_pngs_with_popover (GtkWidget     *window,
                                              GtkWidget     *popover,
                                              const char    *name);
/** desk_test_field: the widget @form ties to @property; fails when none. */
GtkWidget  *desk_test_field                  (DeskForm      *form,
                                              const char    *property);
/** desk_test_type: puts @text in @widget as typed: an editable, a text view or a DeskDateEntry. */
void        desk_test_type                   (GtkWidget     *widget,
                                              const char    *text);
/** desk_test_save_editor: Save (Ctrl+S) in @editor, then waits until it saved, failed, or shows a conflict window. */
void        desk_test_save_editor            (gpointer       editor);
/** desk_test_wait_saved: waits until @editor has no save under way (after the conflict window's answer). */
void        desk_test_wait_saved             (gpointer       editor);
/** desk_test_close_editor: closes @editor, which must have nothing unsaved ("_Close"), and waits until it is gone. */
void        desk_test_close_editor           (gpointer       editor);
/** desk_test_wait_closed: waits until @window is no longer a toplevel (it may be freed: it is only compared). */
void        desk_test_wait_closed            (gpointer       window);
/** desk_test_wait_conflict_window: waits for the conflict window over @parent and returns it. */
GtkWindow  *desk_test_wait_conflict_window   (gpointer       parent);
/** desk_test_count_audit: how many audit_log rows record @action on @entity @entity_id (0: rows with no id). */
gint64      desk_test_count_audit            (DeskStore     *store,
                                              const char    *entity,
                                              gint64         entity_id,
                                              const char    *action);
/** desk_test_audit_fields: the fields of the latest such audit_log row, or NULL (free with g_free). */
char       *desk_test_audit_fields           (DeskStore     *store,
                                              const char    *entity,
                                              gint64         entity_id,
                                              const char    *action);

/* ---- names screen readers say ---------------------------------------------- */

/** desk_test_init_accessibility: keeps accessible names where tests can read them (GTK_A11Y=test); call before the first widget. */
void        desk_test_init_accessibility     (void);
/**
 * desk_test_assert_buttons_named: every mapped button, toggle button and
 * menu button at or below @root (popovers open included) has words on it
 * or an accessible name (label property or labelled-by relation); the
 * test fails listing those that have neither.  Needs
 * desk_test_init_accessibility().
 */
void        desk_test_assert_buttons_named   (GtkWidget     *root);

G_END_DECLS
