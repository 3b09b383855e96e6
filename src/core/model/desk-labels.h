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

/** desk_income_source_labels: "Wages, SSI" for a set of income sources (free with g_free). */
char       *desk_income_source_labels (DeskIncomeSource sources);

G_END_DECLS
