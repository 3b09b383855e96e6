/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_READ_ONLY_BANNER (desk_read_only_banner_get_type ())
G_DECLARE_FINAL_TYPE (DeskReadOnlyBanner, desk_read_only_banner, DESK, READ_ONLY_BANNER, GtkWidget)

/* The strip under a header bar that says why the open file can only be
 * read: the main window shows it, and so does every editor, whose Save
 * stays off.  Hidden when the store is writable or unset. */
GtkWidget  *desk_read_only_banner_new        (void);
void        desk_read_only_banner_set_store  (DeskReadOnlyBanner *self,
                                              DeskStore          *store);
/** desk_read_only_banner_get_text: the sentence shown, or NULL when hidden. */
const char *desk_read_only_banner_get_text   (DeskReadOnlyBanner *self);

G_END_DECLS
