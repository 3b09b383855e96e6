/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-editor.h"

G_BEGIN_DECLS

#define DESK_TYPE_VOLUNTEER_EDITOR (desk_volunteer_editor_get_type ())
G_DECLARE_FINAL_TYPE (DeskVolunteerEditor, desk_volunteer_editor, DESK, VOLUNTEER_EDITOR, DeskEditor)

/*
 * The editor of one volunteer (a DeskEditor): who they are, their practice
 * (bar admission, practice areas, languages, county), their time (hours a
 * month, ways to meet, the week's free blocks), and their mentoring profile
 * as a mentor and as a mentee, with the volunteers never to be paired with.
 * A new name is checked for conflicts of interest before it is saved.
 */

/** desk_volunteer_editor_open: shows the editor of @volunteer (NULL: a new one), one per volunteer. */
DeskVolunteerEditor *desk_volunteer_editor_open (GtkWindow     *parent,
                                                 DeskStore     *store,
                                                 DeskVolunteer *volunteer);

G_END_DECLS
