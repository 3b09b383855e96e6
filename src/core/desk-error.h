/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DESK_ERROR (desk_error_quark ())

/**
 * DeskError: the one error domain of Pro Bono Desk; messages are sentences
 * a clinic worker understands.
 */
typedef enum
{
  DESK_ERROR_INVALID,
  DESK_ERROR_NOT_FOUND,
  DESK_ERROR_CONFLICT,
  DESK_ERROR_DATABASE,
  DESK_ERROR_NEWER_SCHEMA,
  DESK_ERROR_NOT_A_DATABASE,
  DESK_ERROR_IO,
} DeskError;

/** desk_error_quark: the quark of the DESK_ERROR domain. */
GQuark      desk_error_quark     (void);

/** desk_invalid: sets a DESK_ERROR_INVALID error about property @field; always returns FALSE. */
gboolean    desk_invalid         (GError      **error,
                                  const char   *field,
                                  const char   *format,
                                  ...) G_GNUC_PRINTF (3, 4);

/** desk_error_get_field: the property an INVALID error is about, or NULL. */
const char *desk_error_get_field (const GError *error);

G_END_DECLS
