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

GPtrArray *
desk_problems_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
}

const GError *
desk_problems_find (GPtrArray  *problems,
                    const char *field)
{
  g_return_val_if_fail (problems != NULL, NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      const GError *problem = g_ptr_array_index (problems, i);

      if (g_strcmp0 (desk_error_get_field (problem), field) == 0)
        return problem;
    }

  return NULL;
}

void
desk_problems_add_error (GPtrArray    *problems,
                         const GError *error)
{
  g_return_if_fail (problems != NULL);
  g_return_if_fail (error != NULL);

  /* The first check of a field is the most basic ("missing" before "in
   * the future"); later ones would only repeat it. */
  if (desk_error_get_field (error) != NULL && desk_problems_find (problems, desk_error_get_field (error)) != NULL)
    return;

  g_ptr_array_add (problems, g_error_copy (error));
}

void
desk_problems_add (GPtrArray  *problems,
                   const char *field,
                   const char *format,
                   ...)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  va_list args;

  g_return_if_fail (problems != NULL);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  desk_invalid (&error, field, "%s", message);
  desk_problems_add_error (problems, error);
}

gboolean
desk_problems_propagate (GPtrArray  *problems,
                         GError    **error)
{
  g_return_val_if_fail (problems != NULL, FALSE);

  if (problems->len == 0)
    return TRUE;

  if (error != NULL)
    g_propagate_error (error, g_error_copy (g_ptr_array_index (problems, 0)));
  return FALSE;
}
