/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_CONFLICT_WINDOW (desk_conflict_window_get_type ())
G_DECLARE_FINAL_TYPE (DeskConflictWindow, desk_conflict_window, DESK, CONFLICT_WINDOW, AdwWindow)

/*
 * The conflict-of-interest check run before saving a person (a client, an
 * adverse party, …).
 *
 * desk_conflict_window_check_async() looks up @name with
 * desk_store_find_conflicts (store, name, entity, except_id).  With no hits it
 * completes at once (no window).  With hits it shows a modal
 * DeskConflictWindow, transient for @parent: "Possible conflict of interest",
 * the hits (name, role, case number, similarity %) and two buttons, "Cancel"
 * and "No Conflict — Save".  It completes when the person chooses.
 *
 * desk_conflict_window_check_finish() returns:
 *  - TRUE when there were no hits or the person chose "No Conflict — Save";
 *    *hits_out (if not NULL) receives the hits (a GPtrArray of
 *    DeskConflictHit, possibly empty; unref it).  The caller then saves its
 *    record and records the check with its new id:
 *      desk_store_audit_conflict_check (store, entity, id, name, hits,
 *                                       hits->len > 0 ? "no-conflict" : "no-hits",
 *                                       &error);
 *  - FALSE with no error set when the person chose "Cancel" (or closed the
 *    window, or @cancellable was cancelled): save nothing.  The window has
 *    already written the audit row with decision "cancelled" (entity,
 *    except_id, name, hits).
 *  - FALSE with @error set when the search itself failed (nothing shown).
 *
 * @entity is "client", "party" or "volunteer"; @except_id is the id of the
 * record being checked (0 for a new one) so it does not match itself.
 */
void                desk_conflict_window_check_async  (GtkWindow           *parent,
                                                       DeskStore           *store,
                                                       const char          *name,
                                                       const char          *entity,
                                                       gint64               except_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
/** desk_conflict_window_check_finish: TRUE to go ahead and save (see above). */
gboolean            desk_conflict_window_check_finish (GAsyncResult        *result,
                                                       GPtrArray          **hits_out,
                                                       GError             **error);

/*
 * For tests: the window shown for @parent by a pending check (NULL when
 * none), and its buttons.  The window also has the actions
 * "conflict.confirm" and "conflict.cancel"; Escape cancels.
 */
/** desk_conflict_window_get_for_parent: the conflict window transient for @parent, or NULL. */
DeskConflictWindow *desk_conflict_window_get_for_parent (GtkWindow          *parent);
/** desk_conflict_window_get_hits: the hits listed (a GPtrArray of DeskConflictHit, owned by the window). */
GPtrArray          *desk_conflict_window_get_hits       (DeskConflictWindow *self);
/** desk_conflict_window_confirm: does what "No Conflict — Save" does. */
void                desk_conflict_window_confirm        (DeskConflictWindow *self);
/** desk_conflict_window_cancel: does what "Cancel" does. */
void                desk_conflict_window_cancel         (DeskConflictWindow *self);

G_END_DECLS
