/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-search"

#include "config.h"

#include "desk-name-match.h"
#include "desk-search.h"

gboolean
desk_search_matches (const char *text,
                     const char *search)
{
  g_auto(GStrv) wanted = desk_name_tokens (search);
  g_auto(GStrv) words = NULL;

  if (wanted[0] == NULL)
    return TRUE;

  words = desk_name_tokens (text);
  for (guint i = 0; wanted[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; words[j] != NULL && !found; j++)
        found = g_str_has_prefix (words[j], wanted[i]);

      if (!found)
        return FALSE;
    }

  return TRUE;
}
