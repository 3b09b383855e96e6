/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-error"

#include "config.h"

#include "desk-error.h"

/* The error carries the name of the field at fault so that an editor can
 * mark that field, not just show the sentence. */
typedef struct
{
  char *field;
} DeskErrorPrivate;

static void
desk_error_private_init (DeskErrorPrivate *priv)
{
}

static void
desk_error_private_copy (const DeskErrorPrivate *src,
                         DeskErrorPrivate       *dest)
{
  dest->field = g_strdup (src->field);
}

static void
desk_error_private_clear (DeskErrorPrivate *priv)
{
  g_clear_pointer (&priv->field, g_free);
}

G_DEFINE_EXTENDED_ERROR (DeskError, desk_error)

gboolean
desk_invalid (GError     **error,
              const char  *field,
              const char  *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (error == NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, DESK_ERROR, DESK_ERROR_INVALID, message);
  if (*error != NULL && field != NULL)
    desk_error_get_private (*error)->field = g_strdup (field);

  return FALSE;
}

const char *
desk_error_get_field (const GError *error)
{
  DeskErrorPrivate *priv;

  if (error == NULL || error->domain != DESK_ERROR)
    return NULL;

  priv = desk_error_get_private (error);
  return priv != NULL ? priv->field : NULL;
}
