/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_CASE_EDITOR (desk_case_editor_get_type ())
G_DECLARE_FINAL_TYPE (DeskCaseEditor, desk_case_editor, DESK, CASE_EDITOR, GtkWindow)

/*
 * The window of one case.  The Details tab edits a working copy of the case
 * (client, LSC problem code, title, summary, priority, funding, volunteer,
 * mentor, opening date, and the status workflow with its closing or
 * rejection details); Save (Ctrl+S) writes it in one desk_store_save() and
 * is only possible while the case is valid.  Once the case is saved, the
 * tabs Parties, Deadlines, Notes, Time and Documents save each entry as it
 * is added.  Actions: editor.save, editor.cancel (Escape).
 *
 * Pages: "details", "parties", "deadlines", "notes", "time", "documents".
 */

/**
 * desk_case_editor_open: shows the editor of @kase (NULL: a new case)
 * transient for @parent; a case already open gets its window raised
 * instead of a second one.
 */
DeskCaseEditor *desk_case_editor_open               (GtkWindow      *parent,
                                                     DeskStore      *store,
                                                     DeskCase       *kase);
/** desk_case_editor_find: the open editor of case @case_id in @store, or NULL. */
DeskCaseEditor *desk_case_editor_find               (DeskStore      *store,
                                                     gint64          case_id);
DeskStore      *desk_case_editor_get_store          (DeskCaseEditor *self);
/** desk_case_editor_get_case: the working copy (its id is 0 until first saved). */
DeskCase       *desk_case_editor_get_case           (DeskCaseEditor *self);
/** desk_case_editor_get_documents_dir: where attached documents are copied. */
const char     *desk_case_editor_get_documents_dir  (DeskCaseEditor *self);
/** desk_case_editor_set_documents_dir: overrides desk_documents_default_dir() (tests). */
void            desk_case_editor_set_documents_dir  (DeskCaseEditor *self,
                                                     const char     *documents_dir);
/** desk_case_editor_get_can_save: whether the case is valid and has changes to save. */
gboolean        desk_case_editor_get_can_save       (DeskCaseEditor *self);
/** desk_case_editor_get_modified: whether there are unsaved changes on the Details tab. */
gboolean        desk_case_editor_get_modified       (DeskCaseEditor *self);
/** desk_case_editor_get_error_text: why the case cannot be saved, or NULL. */
const char     *desk_case_editor_get_error_text     (DeskCaseEditor *self);
/** desk_case_editor_get_error_field: the property that error is about ("title", "closing-code", …), or NULL. */
const char     *desk_case_editor_get_error_field    (DeskCaseEditor *self);
/** desk_case_editor_get_page: the visible tab's name. */
const char     *desk_case_editor_get_page           (DeskCaseEditor *self);
/** desk_case_editor_set_page: shows the tab called @name. */
void            desk_case_editor_set_page           (DeskCaseEditor *self,
                                                     const char     *name);
/** desk_case_editor_change_status: what the status buttons do: moves the working copy to @to (saved with Save). */
gboolean        desk_case_editor_change_status      (DeskCaseEditor *self,
                                                     DeskCaseStatus  to);
/** desk_case_editor_attach_file: what Attach… does with the file chosen: copies it in and records it. */
gboolean        desk_case_editor_attach_file        (DeskCaseEditor *self,
                                                     GFile          *file,
                                                     GError        **error);

G_END_DECLS
