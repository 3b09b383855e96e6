/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * desk_csv_parse: splits RFC 4180 text (quoted fields, doubled quotes, CRLF)
 * into a GPtrArray of rows, each a NULL-terminated GStrv of fields.
 */
GPtrArray *desk_csv_parse (const char *text, gsize length, GError **error);

G_END_DECLS
