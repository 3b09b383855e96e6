/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-editor.h"

G_BEGIN_DECLS

#define DESK_TYPE_CLIENT_EDITOR (desk_client_editor_get_type ())
G_DECLARE_FINAL_TYPE (DeskClientEditor, desk_client_editor, DESK, CLIENT_EDITOR, DeskEditor)

/*
 * The editor of one client (a DeskEditor): contact details, household and
 * income with live eligibility screening, demographics, referral and notes,
 * and the client's cases with "New Case for This Client".  A new name, or a
 * name changed, is checked for conflicts of interest before it is saved.
 * Actions: editor.save, editor.close, editor.guidelines, editor.new-case.
 */

/**
 * desk_client_editor_open: shows the editor of @client (NULL: a new client)
 * transient for @parent; a client already open gets its window raised.
 */
DeskClientEditor *desk_client_editor_open             (GtkWindow        *parent,
                                                       DeskStore        *store,
                                                       DeskClient       *client);
/** desk_client_editor_get_client: the working copy. */
DeskClient       *desk_client_editor_get_client       (DeskClientEditor *self);
/** desk_client_editor_get_eligibility_text: the screening sentence shown. */
const char       *desk_client_editor_get_eligibility_text (DeskClientEditor *self);
/** desk_client_editor_get_verdict_text: "Eligible", "Exception needed", "Over income", or "". */
const char       *desk_client_editor_get_verdict_text (DeskClientEditor *self);
/** desk_client_editor_get_cases: the client's cases as listed (tests). */
GListModel       *desk_client_editor_get_cases        (DeskClientEditor *self);

G_END_DECLS
