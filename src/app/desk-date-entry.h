/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * desk_date_entry_setup: makes @entry a date field: "YYYY-MM-DD" as its
 * placeholder and a calendar button inside it that fills it in.
 */
void desk_date_entry_setup (GtkEntry *entry);

G_END_DECLS
