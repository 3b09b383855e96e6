/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DESK_TYPE_WORDS_CHOOSER (desk_words_chooser_get_type ())
G_DECLARE_FINAL_TYPE (DeskWordsChooser, desk_words_chooser, DESK, WORDS_CHOOSER, GtkWidget)

/*
 * A set of check buttons, one per word of a list known only at run time
 * (the LSC problem categories of the database), flowing into as many
 * columns as fit.  "value" is the words checked, in the list's order,
 * separated by commas ("" for none), as a grant's restrictions keep them;
 * DeskForm ties it to a text property.  A word of the value that is not in
 * the list (a category spelt otherwise) gets a check button of its own, so
 * nothing is dropped unseen.  Case does not matter.
 */

/** desk_words_chooser_new: a chooser with no words yet. */
GtkWidget      *desk_words_chooser_new       (void);
/** desk_words_chooser_set_words: the words to choose from (the checked ones stay checked). */
void            desk_words_chooser_set_words (DeskWordsChooser   *self,
                                              const char * const *words);
/** desk_words_chooser_get_value: the words checked, separated by ", ". */
const char     *desk_words_chooser_get_value (DeskWordsChooser   *self);
/** desk_words_chooser_set_value: checks the words of @value (separated by commas; NULL or "": none). */
void            desk_words_chooser_set_value (DeskWordsChooser   *self,
                                              const char         *value);
/** desk_words_chooser_get_check: the check button of @word (tests), or NULL. */
GtkCheckButton *desk_words_chooser_get_check (DeskWordsChooser   *self,
                                              const char         *word);

G_END_DECLS
