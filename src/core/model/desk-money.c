/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-money"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-error.h"
#include "desk-money.h"

/* Money is kept in integer cents; these are the only places it becomes
 * text or comes back from text. */

char *
desk_format_money (gint64 cents)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  guint64 magnitude = cents < 0 ? (guint64) -(cents + 1) + 1 : (guint64) cents;
  guint64 dollars = magnitude / 100;
  g_autofree char *plain = g_strdup_printf ("%" G_GUINT64_FORMAT, dollars);
  gsize len = strlen (plain);

  /* Thousands separators, US style, as funders' figures are in dollars. */
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (digits, ',');
      g_string_append_c (digits, plain[i]);
    }

  return g_strdup_printf ("%s$%s.%02u", cents < 0 ? "−" : "", digits->str, (guint) (magnitude % 100));
}

gboolean
desk_parse_money (const char  *text,
                  const char  *field,
                  gint64      *cents,
                  GError     **error)
{
  g_autofree char *copy = g_strdup (text != NULL ? text : "");
  gint64 dollars = 0;
  gint64 fraction = 0;
  guint n_digits = 0;
  guint n_fraction = 0;
  guint group = 0;          /* digits since the last comma, or since the start */
  gboolean grouped = FALSE; /* a comma was seen */
  gboolean in_fraction = FALSE;
  const char *p;

  g_return_val_if_fail (cents != NULL, FALSE);

  g_strstrip (copy);
  p = copy;
  if (*p == '$')
    p++;

  if (*p == '\0' && p == copy)
    {
      *cents = 0;
      return TRUE;
    }

  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (in_fraction)
            {
              if (++n_fraction > 2)
                goto invalid;
              fraction = fraction * 10 + (*p - '0');
            }
          else
            {
              if (dollars > (G_MAXINT64 / 100 - 9) / 10)
                goto invalid;
              dollars = dollars * 10 + (*p - '0');
              n_digits++;
              group++;
            }
        }
      else if (*p == ',' && !in_fraction)
        {
          /* Thousands separators, US style: "23,400", never "1,0,0". */
          if (group == 0 || group > 3 || (grouped && group != 3))
            goto invalid;
          grouped = TRUE;
          group = 0;
        }
      else if (*p == '.' && !in_fraction)
        {
          if (grouped && group != 3)
            goto invalid;
          in_fraction = TRUE;
        }
      else
        goto invalid;
    }

  if (n_digits == 0 && n_fraction == 0)
    goto invalid;
  if (!in_fraction && grouped && group != 3)
    goto invalid;

  if (n_fraction == 1)
    fraction *= 10;

  *cents = dollars * 100 + fraction;
  return TRUE;

invalid:
  return desk_invalid (error, field,
                       _("“%s” is not an amount of dollars; write it like 23,400 or 23400.50."), text);
}

char *
desk_money_entry_text (gint64 cents)
{
  g_autofree char *formatted = desk_format_money (cents);
  const char *text = formatted;

  /* desk_format_money writes "$23,400.00"; staff type "23,400". */
  if (*text == '$')
    text++;
  if (g_str_has_suffix (text, ".00"))
    return g_strndup (text, strlen (text) - 3);

  return g_strdup (text);
}
