/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "desk-form.h"
#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_EDITOR (desk_editor_get_type ())
G_DECLARE_DERIVABLE_TYPE (DeskEditor, desk_editor, DESK, EDITOR, AdwWindow)

/**
 * DeskEditorClass:
 * @new_title: the window title of a record not yet saved ("New Client")
 * @save_new_question: asked on closing a new record with changes ("Save the new client?")
 * @describe: the record's name for people ("Ana Rivera", "Case 2026-00012"), or NULL while it has none
 * @conflict_entity: "client" or "volunteer" when a new name, or a name
 *   changed, is checked for conflicts of interest before it is written
 *   (the name is describe()'s); NULL: no check
 * @save_async: writes the record; the default checks the name (above),
 *   runs desk_store_save() and records the check; a subclass that asks
 *   something more overrides it and chains up
 * @save_finish: the result of @save_async
 * @loaded: the record was set or saved: refresh what depends on it (title
 *   details, tabs that need its id)
 *
 * The one editor window of Pro Bono Desk, and its one save model:
 *
 * - It edits a working copy of one record through a DeskForm; nothing is
 *   written until Save (Ctrl+S).  Save is offered while there are changes;
 *   when the record breaks a rule, Save shows every problem and focuses
 *   the first instead of writing.
 * - After a save the editor stays open and its start button reads Close;
 *   while there are unsaved changes it reads Cancel.  Closing with changes
 *   (Cancel, Escape, the window's close button) asks Save / Discard /
 *   Cancel in a message dialog.
 * - Things a record owns that are records of their own (a case's parties,
 *   deadlines, notes, time, documents) are saved as each is added, and
 *   leave with Undo (desk_archive_with_undo()), in the editor's toasts.
 *
 * A subclass's template adds its form as the child ("start" and "end"
 * children go into the header bar) and ties fields with desk_editor_get_form().
 * There is one editor per record: desk_editor_find() finds it.
 */
struct _DeskEditorClass
{
  AdwWindowClass parent_class;

  const char *new_title;
  const char *save_new_question;
  const char *conflict_entity;

  char     *(*describe)    (DeskEditor          *self);
  void      (*save_async)  (DeskEditor          *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data);
  gboolean  (*save_finish) (DeskEditor          *self,
                            GAsyncResult        *result,
                            GError             **error);
  void      (*loaded)      (DeskEditor          *self);
};

/** desk_editor_find: the open editor of type @editor_type for the record of @store with @id, or NULL. */
DeskEditor *desk_editor_find            (GType        editor_type,
                                         DeskStore   *store,
                                         gint64       id);
DeskStore  *desk_editor_get_store       (DeskEditor  *self);
/** desk_editor_get_form: the form over the working copy. */
DeskForm   *desk_editor_get_form        (DeskEditor  *self);
/** desk_editor_get_record: the working copy (its id is 0 until first saved). */
DeskRecord *desk_editor_get_record      (DeskEditor  *self);
/** desk_editor_set_record: edits @record (the editor keeps a reference; pass a copy: Cancel must leave the original alone). */
void        desk_editor_set_record      (DeskEditor  *self,
                                         DeskRecord  *record);
/** desk_editor_get_modified: whether there are unsaved changes. */
gboolean    desk_editor_get_modified    (DeskEditor  *self);
/** desk_editor_get_saving: whether a save is under way. */
gboolean    desk_editor_get_saving      (DeskEditor  *self);
/** desk_editor_save: what Save does: checks, then writes or shows the problems. */
void        desk_editor_save            (DeskEditor  *self);
/** desk_editor_update_title: sets the window's title from describe() (subclasses call it when the name changes). */
void        desk_editor_update_title    (DeskEditor  *self);
/** desk_editor_set_subtitle: the line under the title ("Intake · opened 2026-06-01"). */
void        desk_editor_set_subtitle    (DeskEditor  *self,
                                         const char  *subtitle);
/** desk_editor_get_close_label: what the start button reads, "Cancel" or "Close" (tests). */
const char *desk_editor_get_close_label (DeskEditor  *self);

G_END_DECLS
