/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Text typed by people (names, practice areas in explanations) goes out
 * through these, so that it can never send control characters to a
 * terminal, break a tab-separated line or a JSON document. */

#include <glib.h>

G_BEGIN_DECLS

/** probono_append_text: @text for a line of plain output: control characters as \t, \n, \r or \xNN, line separators as \u{NNNN}, a backslash doubled, bad UTF-8 as U+FFFD. */
void  probono_append_text        (GString    *out,
                                  const char *text);
/** probono_escape_text: probono_append_text() into a new string. */
char *probono_escape_text        (const char *text);
/** probono_append_json_string: @text as a JSON string, quotes included (RFC 8259; control characters and line separators as \uNNNN). */
void  probono_append_json_string (GString    *out,
                                  const char *text);
/** probono_append_json_value: @value (a number, boolean, string, array or a{sv}) as JSON. */
void  probono_append_json_value  (GString    *out,
                                  GVariant   *value);

G_END_DECLS
