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

/*
 * Problems: every DESK_ERROR_INVALID error a record has at once, so a form
 * can mark all the fields at fault and not only the first.  A GPtrArray of
 * GError, at most one per field, in the order the checks found them.
 */

/** desk_problems_new: an empty list of problems (a GPtrArray of GError that frees them). */
GPtrArray  *desk_problems_new       (void);
/** desk_problems_add: adds a DESK_ERROR_INVALID problem about @field, unless @field has one already. */
void        desk_problems_add       (GPtrArray    *problems,
                                     const char   *field,
                                     const char   *format,
                                     ...) G_GNUC_PRINTF (3, 4);
/** desk_problems_add_error: adds a copy of @error (its field is kept), unless that field has one already. */
void        desk_problems_add_error (GPtrArray    *problems,
                                     const GError *error);
/** desk_problems_find: the problem about @field, or NULL. */
const GError *desk_problems_find    (GPtrArray    *problems,
                                     const char   *field);
/** desk_problems_propagate: TRUE when there is no problem, else FALSE with a copy of the first in @error. */
gboolean    desk_problems_propagate (GPtrArray    *problems,
                                     GError      **error);

G_END_DECLS
