/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-page.h"

G_BEGIN_DECLS

#define DESK_TYPE_VOLUNTEERS_PAGE (desk_volunteers_page_get_type ())
G_DECLARE_FINAL_TYPE (DeskVolunteersPage, desk_volunteers_page, DESK, VOLUNTEERS_PAGE, DeskPage)

/* The Volunteers page: volunteer attorneys, law students and paralegals by name. */

G_END_DECLS
