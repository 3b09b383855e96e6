/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_GUIDELINES_WINDOW (desk_guidelines_window_get_type ())
G_DECLARE_FINAL_TYPE (DeskGuidelinesWindow, desk_guidelines_window, DESK, GUIDELINES_WINDOW, AdwWindow)

/*
 * The HHS poverty guidelines eligibility screening uses: a list of every
 * year and region on file and a form to add or replace a year's figures
 * (so intake does not halt in January when the new year has none yet).
 */

/** desk_guidelines_window_present: shows the guidelines window of @store, reusing one already open; transient for @parent. */
DeskGuidelinesWindow *desk_guidelines_window_present         (GtkWindow            *parent,
                                                              DeskStore            *store);
/** desk_guidelines_window_get_store: the store whose guidelines are shown. */
DeskStore            *desk_guidelines_window_get_store       (DeskGuidelinesWindow *self);
/** desk_guidelines_window_get_column_view: the list of guideline rows (for tests). */
GtkColumnView        *desk_guidelines_window_get_column_view (DeskGuidelinesWindow *self);
/** desk_guidelines_window_get_error_text: the error shown under the form, or NULL (for tests). */
const char           *desk_guidelines_window_get_error_text  (DeskGuidelinesWindow *self);

G_END_DECLS
