/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "desk-match-settings.h"

G_BEGIN_DECLS

/* The program's matching settings, kept with GSettings under the schema
 * APP_ID ".Matching", whose keys are desk_match_settings_to_variant()'s. */

/** desk_matching_settings_new: the GSettings of the matching settings. */
GSettings *desk_matching_settings_new  (void);
/**
 * desk_matching_settings_load: @out from @settings; settings that break a
 * rule (a smallest gap over the largest) leave @out at the defaults and
 * fail with the sentence that says which.
 */
gboolean   desk_matching_settings_load (GSettings          *settings,
                                        DeskMatchSettings  *out,
                                        GError            **error);

G_END_DECLS
