/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-match-profile"

#include "config.h"

#include "desk-match-profile.h"

static void
language_clear (gpointer data)
{
  DeskMatchLanguage *language = data;

  g_clear_pointer (&language->language, g_free);
}

DeskMatchProfile *
desk_match_profile_new (gint64      id,
                        const char *name)
{
  DeskMatchProfile *profile = g_new0 (DeskMatchProfile, 1);

  profile->id = id;
  profile->name = g_strdup (name != NULL ? name : "");
  profile->active = TRUE;
  profile->practice_areas = g_new0 (char *, 1);
  profile->languages = g_array_new (FALSE, TRUE, sizeof (DeskMatchLanguage));
  g_array_set_clear_func (profile->languages, language_clear);
  profile->county = g_strdup ("");
  profile->years_experience = -1;
  profile->never_pair = g_array_new (FALSE, FALSE, sizeof (gint64));

  return profile;
}

void
desk_match_profile_free (DeskMatchProfile *profile)
{
  if (profile == NULL)
    return;

  g_free (profile->name);
  g_strfreev (profile->practice_areas);
  g_array_unref (profile->languages);
  g_free (profile->county);
  g_array_unref (profile->never_pair);
  g_free (profile);
}

void
desk_match_profile_add_language (DeskMatchProfile *profile,
                                 const char       *language,
                                 gboolean          must_share)
{
  DeskMatchLanguage entry = { g_strdup (language), must_share };

  g_return_if_fail (profile != NULL);
  g_return_if_fail (language != NULL);

  g_array_append_val (profile->languages, entry);
}

void
desk_match_profile_add_never_pair (DeskMatchProfile *profile,
                                   gint64            other_id)
{
  g_return_if_fail (profile != NULL);

  g_array_append_val (profile->never_pair, other_id);
}
