/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-csv"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-csv.h"
#include "desk-error.h"

static void
finish_field (GPtrArray *fields, GString *field)
{
  g_ptr_array_add (fields, g_strndup (field->str, field->len));
  g_string_truncate (field, 0);
}

static void
finish_row (GPtrArray *rows, GPtrArray *fields)
{
  g_ptr_array_add (fields, NULL);
  g_ptr_array_add (rows, g_ptr_array_steal (fields, NULL));
}

GPtrArray *
desk_csv_parse (const char *text, gsize length, GError **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);  /* stolen whole by finish_row () */
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;
  gboolean row_has_content = FALSE;
  guint line = 1;
  guint quote_line = 1;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  for (gsize i = 0; i < length; i++)
    {
      char ch = text[i];

      if (quoted)
        {
          if (ch == '"' && i + 1 < length && text[i + 1] == '"')
            {
              g_string_append_c (field, '"');
              i++;
            }
          else if (ch == '"')
            quoted = FALSE;
          else
            {
              if (ch == '\n')
                line++;
              g_string_append_c (field, ch);
            }
          continue;
        }

      switch (ch)
        {
        case '"':
          quoted = TRUE;
          quote_line = line;
          row_has_content = TRUE;
          break;
        case ',':
          finish_field (fields, field);
          row_has_content = TRUE;
          break;
        case '\r':
          break;
        case '\n':
          if (row_has_content || field->len > 0)
            {
              finish_field (fields, field);
              finish_row (rows, fields);
            }
          row_has_content = FALSE;
          line++;
          break;
        default:
          g_string_append_c (field, ch);
          row_has_content = TRUE;
          break;
        }
    }

  if (quoted)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("A quoted field that starts on line %u is never closed."), quote_line);
      return NULL;
    }

  if (row_has_content || field->len > 0)
    {
      finish_field (fields, field);
      finish_row (rows, fields);
    }

  return g_steal_pointer (&rows);
}
