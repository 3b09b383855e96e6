/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-store"

#include "config.h"

#include "desk-enum-types.h"
#include "desk-store.h"

/* What DeskStore knows of its file beyond its own writes: whether it may
 * write to it at all, and whether someone else (another window, the
 * command line, a worker thread) wrote to it since it last looked. */

gboolean
desk_store_is_read_only (DeskStore *self)
{
  g_return_val_if_fail (DESK_IS_STORE (self), TRUE);

  return desk_database_is_read_only (desk_store_get_database (self));
}

const char *
desk_store_get_read_only_reason (DeskStore *self)
{
  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  return desk_database_get_read_only_reason (desk_store_get_database (self));
}

/* Every kind of record a list of this process may show: the record types
 * registered so far (a type nobody made has no list to refresh). */
static void
emit_reloaded (DeskStore *self,
               GType      type)
{
  g_autofree GType *children = NULL;
  guint n_children;

  if (!G_TYPE_IS_ABSTRACT (type))
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);
      const char *entity = DESK_RECORD_CLASS (klass)->entity;

      if (entity != NULL)
        {
          g_autofree char *detailed = g_strconcat ("changed::", entity, NULL);
          g_signal_emit_by_name (self, detailed, entity, (gint64) 0, DESK_CHANGE_RELOADED);
        }
    }

  children = g_type_children (type, &n_children);
  for (guint i = 0; i < n_children; i++)
    emit_reloaded (self, children[i]);
}

gboolean
desk_store_poll_external_changes (DeskStore  *self,
                                  gboolean   *changed,
                                  GError    **error)
{
  gboolean external = FALSE;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);

  if (changed != NULL)
    *changed = FALSE;

  if (!desk_database_poll_external_changes (desk_store_get_database (self), &external, error))
    return FALSE;

  if (external)
    {
      emit_reloaded (self, DESK_TYPE_RECORD);
      /* The guideline figures are no record, but a page shows them. */
      g_signal_emit_by_name (self, "changed::poverty-guideline", "poverty-guideline", (gint64) 0,
                             DESK_CHANGE_RELOADED);
    }

  if (changed != NULL)
    *changed = external;
  return TRUE;
}
