/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * The one place where the code meets more than one GTK or libadwaita
 * version: GTK 4.10 replaced the file chooser and gtk_show_uri() with new
 * classes, libadwaita 1.5 replaced AdwMessageDialog with AdwAlertDialog.
 * Callers use these functions and read as one version.
 */

typedef enum
{
  DESK_RESPONSE_STYLE_DEFAULT,
  DESK_RESPONSE_STYLE_SUGGESTED,
  DESK_RESPONSE_STYLE_DESTRUCTIVE,
} DeskResponseStyle;

/* One button of a question: its id, its label (with a mnemonic) and how it looks. */
typedef struct
{
  const char      *id;
  const char      *label;
  DeskResponseStyle  style;
} DeskResponse;

/** DeskQuestionCallback: @answer is the id of the button chosen, or the close answer when the dialog was dismissed. */
typedef void (*DeskQuestionCallback) (const char *answer,
                                      gpointer    user_data);

/**
 * desk_gtk_compat_ask: asks @heading (with @body under it) in a message
 * dialog over @parent's window, with @answers as buttons from left to right;
 * @default_answer is Enter's, @close_answer is Escape's.  @callback runs
 * once, when the person answers.  Returns the dialog (owned by GTK).
 */
GtkWidget *desk_gtk_compat_ask          (GtkWidget            *parent,
                                         const char           *heading,
                                         const char           *body,
                                         const DeskResponse     *answers,
                                         guint                 n_answers,
                                         const char           *default_answer,
                                         const char           *close_answer,
                                         DeskQuestionCallback  callback,
                                         gpointer              user_data);
/** desk_gtk_compat_set_extra_child: puts @child (an entry, a list) under the question's body. */
void       desk_gtk_compat_set_extra_child (GtkWidget          *question,
                                            GtkWidget          *child);

/** DeskReasonCallback: @answer as for DeskQuestionCallback; @reason is what was typed, trimmed. */
typedef void (*DeskReasonCallback) (const char *answer,
                                    const char *reason,
                                    gpointer    user_data);
/**
 * desk_gtk_compat_ask_reason: desk_gtk_compat_ask() with a one-line entry
 * titled @reason_title under the body; @default_answer, which needs the
 * reason ("Decline"), is greyed out while the entry is blank, and Enter in
 * the entry gives it once a reason is there.
 */
GtkWidget *desk_gtk_compat_ask_reason   (GtkWidget            *parent,
                                         const char           *heading,
                                         const char           *body,
                                         const char           *reason_title,
                                         const DeskResponse     *answers,
                                         guint                 n_answers,
                                         const char           *default_answer,
                                         const char           *close_answer,
                                         DeskReasonCallback    callback,
                                         gpointer              user_data);
/** desk_gtk_compat_get_reason_entry: the entry of a question asked with desk_gtk_compat_ask_reason() (tests). */
GtkEditable *desk_gtk_compat_get_reason_entry (GtkWidget      *question);

/** desk_gtk_compat_get_question: the question shown over @parent's window, or NULL (tests). */
GtkWidget *desk_gtk_compat_get_question (GtkWidget            *parent);
/** desk_gtk_compat_answer: answers @question as if its button @answer was pressed (tests, keyboard). */
void       desk_gtk_compat_answer       (GtkWidget            *question,
                                         const char           *answer);
/** desk_gtk_compat_set_answer_enabled: greys button @answer of @question out or back in. */
void       desk_gtk_compat_set_answer_enabled (GtkWidget      *question,
                                               const char     *answer,
                                               gboolean        enabled);

/**
 * DeskFileCallback: receives the chosen file, or NULL when the person
 * cancelled (or the chooser failed; the person is told).
 */
typedef void (*DeskFileCallback) (GFile    *file,
                                  gpointer  user_data);

/** desk_gtk_compat_open_file: asks for an existing database file to open. */
void desk_gtk_compat_open_file   (GtkWindow        *parent,
                                  const char       *title,
                                  const char       *accept_label,
                                  GFile            *initial_folder,
                                  DeskFileCallback  callback,
                                  gpointer          user_data);
/** desk_gtk_compat_open_document: asks for any existing file (a document to attach). */
void desk_gtk_compat_open_document (GtkWindow        *parent,
                                    const char       *title,
                                    const char       *accept_label,
                                    GFile            *initial_folder,
                                    DeskFileCallback  callback,
                                    gpointer          user_data);
/** desk_gtk_compat_save_file: asks for the name of a new file, proposing @initial_name. */
void desk_gtk_compat_save_file   (GtkWindow        *parent,
                                  const char       *title,
                                  const char       *accept_label,
                                  GFile            *initial_folder,
                                  const char       *initial_name,
                                  DeskFileCallback  callback,
                                  gpointer          user_data);
/** desk_gtk_compat_launch_file: opens @file in the program the desktop chooses for it. */
void desk_gtk_compat_launch_file (GtkWindow        *parent,
                                  GFile            *file);
/** desk_gtk_compat_show_uri: opens @uri (a web page, a mailto:) in the desktop's handler. */
void desk_gtk_compat_show_uri    (GtkWindow        *parent,
                                  const char       *uri);

/** desk_gtk_compat_save_workbook: asks for the name of a new Excel workbook (.xlsx), proposing @initial_name. */
void desk_gtk_compat_save_workbook (GtkWindow        *parent,
                                    const char       *title,
                                    const char       *accept_label,
                                    GFile            *initial_folder,
                                    const char       *initial_name,
                                    DeskFileCallback  callback,
                                    gpointer          user_data);
/** desk_gtk_compat_show_in_folder: shows @file selected in its folder in the file manager (or opens the folder). */
void desk_gtk_compat_show_in_folder (GtkWindow       *parent,
                                     GFile           *file);
/** desk_gtk_compat_set_question_extra_child: puts @child (a field to fill in) under the body of @question. */
void desk_gtk_compat_set_question_extra_child (GtkWidget *question,
                                               GtkWidget *child);

G_END_DECLS
