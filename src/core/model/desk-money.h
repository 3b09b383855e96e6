/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/** desk_format_money: "$1,234.50" for cents (free with g_free). */
char     *desk_format_money     (gint64       cents);
/** desk_parse_money: "23,400", "$23,400.50" or "23400.5" into cents; "" is 0; errors name @field. */
gboolean  desk_parse_money      (const char  *text,
                                 const char  *field,
                                 gint64      *cents,
                                 GError     **error);
/** desk_money_entry_text: cents as staff type them back: "23,400" or "23,400.50" (free with g_free). */
char     *desk_money_entry_text (gint64       cents);

G_END_DECLS
