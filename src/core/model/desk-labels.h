/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-enums.h"
#include "desk-money.h"

G_BEGIN_DECLS

/**
 * desk_enum_label: the translated words a clinic worker sees for @value of
 * any enum in desk-enums.h ("Placed", "Opposing counsel", "Prefers not to
 * say"); NULL for a value the enum does not have.
 */
const char *desk_enum_label (GType enum_type,
                             int   value);

/** desk_flag_label: the words for one member @flag of a flags type (an income source, a mentoring goal, …), or NULL. */
const char *desk_flag_label   (GType flags_type,
                               guint flag);
/** desk_flags_labels: "Wages, SSI" for a set of @flags_type members, in declaration order (free with g_free). */
char       *desk_flags_labels (GType flags_type,
                               guint flags);

G_END_DECLS
