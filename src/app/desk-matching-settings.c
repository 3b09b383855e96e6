/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-matching-settings"

#include "config.h"

#include "desk-matching-settings.h"

GSettings *
desk_matching_settings_new (void)
{
  return g_settings_new (APP_ID ".Matching");
}

gboolean
desk_matching_settings_load (GSettings          *settings,
                             DeskMatchSettings  *out,
                             GError            **error)
{
  g_auto(GStrv) keys = desk_match_settings_list_keys ();
  g_auto(GVariantDict) dict = G_VARIANT_DICT_INIT (NULL);

  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  desk_match_settings_init (out);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GVariant) value = g_settings_get_value (settings, keys[i]);

      g_variant_dict_insert_value (&dict, keys[i], value);
    }

  return desk_match_settings_from_variant (out, g_variant_dict_end (&dict), error);
}
