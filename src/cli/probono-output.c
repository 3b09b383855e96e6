/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "probono"

#include "config.h"

#include "probono-output.h"

/* Characters that move the cursor, end a line or drive a terminal:
 * C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
static gboolean
is_unsafe (gunichar c)
{
  return g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029;
}

void
probono_append_text (GString    *out,
                     const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\\')
        g_string_append (out, "\\\\");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (is_unsafe (c) && c < 0x100)
        g_string_append_printf (out, "\\x%02x", c);
      else if (is_unsafe (c))
        g_string_append_printf (out, "\\u{%04x}", c);
      else
        g_string_append_unichar (out, c);
    }
}

char *
probono_escape_text (const char *text)
{
  GString *out = g_string_new (NULL);

  probono_append_text (out, text);
  return g_string_free (out, FALSE);
}

void
probono_append_json_string (GString    *out,
                            const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  g_string_append_c (out, '"');
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (is_unsafe (c))
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_unichar (out, c);
        }
    }
  g_string_append_c (out, '"');
}

void
probono_append_json_value (GString  *out,
                           GVariant *value)
{
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    g_string_append (out, g_variant_get_boolean (value) ? "true" : "false");
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
    g_string_append_printf (out, "%" G_GINT32_FORMAT, g_variant_get_int32 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    g_string_append_printf (out, "%" G_GUINT32_FORMAT, g_variant_get_uint32 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    g_string_append_printf (out, "%" G_GINT64_FORMAT, g_variant_get_int64 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    probono_append_json_string (out, g_variant_get_string (value, NULL));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_VARIANT))
    {
      g_autoptr(GVariant) inner = g_variant_get_variant (value);

      probono_append_json_value (out, inner);
    }
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_VARDICT))
    {
      GVariantIter iter;
      const char *key;
      GVariant *item;
      gboolean first = TRUE;

      g_string_append_c (out, '{');
      g_variant_iter_init (&iter, value);
      while (g_variant_iter_next (&iter, "{&sv}", &key, &item))
        {
          g_string_append (out, first ? "" : ", ");
          probono_append_json_string (out, key);
          g_string_append (out, ": ");
          probono_append_json_value (out, item);
          g_variant_unref (item);
          first = FALSE;
        }
      g_string_append_c (out, '}');
    }
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_ARRAY))
    {
      g_string_append_c (out, '[');
      for (gsize i = 0; i < g_variant_n_children (value); i++)
        {
          g_autoptr(GVariant) item = g_variant_get_child_value (value, i);

          g_string_append (out, i > 0 ? ", " : "");
          probono_append_json_value (out, item);
        }
      g_string_append_c (out, ']');
    }
  else
    g_return_if_reached ();
}
