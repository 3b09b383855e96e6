/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_CLIENT_EDITOR (desk_client_editor_get_type ())
G_DECLARE_FINAL_TYPE (DeskClientEditor, desk_client_editor, DESK, CLIENT_EDITOR, GtkWindow)

/*
 * The window where intake staff type in or change a client: contact
 * details, household and income with live eligibility screening,
 * demographics for funders, notes, and the client's cases.  It edits a
 * working copy: the record in lists changes only when Save succeeds (after
 * the conflict-of-interest check).  Actions: editor.save (Ctrl+S),
 * editor.cancel (Escape), editor.guidelines.
 */

/**
 * desk_client_editor_open: shows the editor of @client (NULL: a new client)
 * transient for @parent; a client already being edited gets its window
 * raised instead of a second one.
 */
DeskClientEditor *desk_client_editor_open                 (GtkWindow        *parent,
                                                           DeskStore        *store,
                                                           DeskClient       *client);
DeskStore        *desk_client_editor_get_store            (DeskClientEditor *self);
/** desk_client_editor_get_client: the working copy being edited (its id is 0 until first saved). */
DeskClient       *desk_client_editor_get_client           (DeskClientEditor *self);
/** desk_client_editor_get_can_save: whether the record is valid and may be saved now. */
gboolean          desk_client_editor_get_can_save         (DeskClientEditor *self);
/** desk_client_editor_get_modified: whether there are unsaved changes. */
gboolean          desk_client_editor_get_modified         (DeskClientEditor *self);
/** desk_client_editor_get_error_text: why the record cannot be saved, or NULL. */
const char       *desk_client_editor_get_error_text       (DeskClientEditor *self);
/** desk_client_editor_get_error_field: the property the error is about ("email", "income", …), or NULL. */
const char       *desk_client_editor_get_error_field      (DeskClientEditor *self);
/** desk_client_editor_get_eligibility_text: the eligibility sentence shown, or "". */
const char       *desk_client_editor_get_eligibility_text (DeskClientEditor *self);
/** desk_client_editor_get_verdict_text: the badge: "Eligible", "Exception needed", "Over income", or "". */
const char       *desk_client_editor_get_verdict_text     (DeskClientEditor *self);

/* App-internal: dollars typed by staff, shared with the guidelines window.
 * (Asked of the core as desk_parse_money.) */

G_END_DECLS
