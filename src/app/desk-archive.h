/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-store.h"

G_BEGIN_DECLS

/**
 * desk_archive_with_undo: the one way a record leaves a list: archives
 * @record (legal records are never deleted), then says "@what archived" in
 * a toast of @widget's window with Undo, which takes it out of the archive.
 * @what names the record for people ("Ana Rivera", "Case 2026-00012").  A
 * failure either way is told in a dialog.  Returns whether it was archived.
 */
gboolean desk_archive_with_undo (GtkWidget  *widget,
                                 DeskStore  *store,
                                 DeskRecord *record,
                                 const char *what);

G_END_DECLS
