/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * desk_search_matches: whether every word of @search begins a word of
 * @text, ignoring case, accents and punctuation ("evict" finds "Eviction",
 * "garcia nunez" finds "García-Núñez", "63" finds "63 · Private
 * Landlord/Tenant").  A blank @search matches everything.  The one way
 * pickers and in-memory lists filter what is typed.
 */
gboolean desk_search_matches (const char *text,
                              const char *search);

G_END_DECLS
