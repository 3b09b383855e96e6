/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-database.h"

G_BEGIN_DECLS

/** desk_reference_data_load: fills the LSC code and poverty guideline tables from the bundled CSV files. */
gboolean desk_reference_data_load (DeskDatabase  *db,
                                   GError       **error);

G_END_DECLS
