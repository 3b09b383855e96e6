/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DESK_TYPE_CODE (desk_code_get_type ())
G_DECLARE_FINAL_TYPE (DeskCode, desk_code, DESK, CODE, GObject)

/**
 * DeskCode: one entry of a reference table (an LSC problem code with its
 * category, or a closing code with its description), as pickers list them.
 */
DeskCode   *desk_code_new            (const char *code,
                                      const char *name,
                                      const char *category);
const char *desk_code_get_code       (DeskCode   *self);
const char *desk_code_get_name       (DeskCode   *self);
/** desk_code_get_category: the problem category, or the closing code's description. */
const char *desk_code_get_category   (DeskCode   *self);
/** desk_code_get_label: "63 · Private Landlord/Tenant". */
const char *desk_code_get_label      (DeskCode   *self);
/** desk_code_set_keywords: words staff search by that the name does not hold ("eviction"). */
void        desk_code_set_keywords   (DeskCode   *self,
                                      const char *keywords);
const char *desk_code_get_keywords   (DeskCode   *self);
/** desk_code_matches: whether @search (words, any order, accents ignored) finds this code by its number, name, category or keywords. */
gboolean    desk_code_matches        (DeskCode   *self,
                                      const char *search);

G_END_DECLS
