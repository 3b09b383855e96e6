/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-archive"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-archive.h"
#include "desk-feedback.h"

typedef struct
{
  GtkWidget  *widget;   /* weak: where a failed Undo is told */
  DeskStore  *store;
  DeskRecord *record;
  char       *what;
} ArchiveUndo;

static void
archive_undo_free (gpointer data)
{
  ArchiveUndo *undo = data;

  g_clear_weak_pointer (&undo->widget);
  g_clear_object (&undo->store);
  g_clear_object (&undo->record);
  g_free (undo->what);
  g_free (undo);
}

static void
archive_undo (gpointer data)
{
  ArchiveUndo *undo = data;
  g_autoptr(GError) error = NULL;

  if (!desk_store_restore (undo->store, undo->record, &error))
    {
      /* TRANSLATORS: %s names a record, e.g. "Ana Rivera" or "Case 2026-00012" */
      g_autofree char *heading = g_strdup_printf (_("%s could not be taken out of the archive"), undo->what);

      desk_show_error (undo->widget, heading, error);
    }
}

gboolean
desk_archive_with_undo (GtkWidget  *widget,
                        DeskStore  *store,
                        DeskRecord *record,
                        const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  ArchiveUndo *undo;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (DESK_IS_STORE (store), FALSE);
  g_return_val_if_fail (DESK_IS_RECORD (record), FALSE);
  g_return_val_if_fail (what != NULL, FALSE);

  if (!desk_store_archive (store, record, &error))
    {
      /* TRANSLATORS: %s names a record, e.g. "Ana Rivera" or "Case 2026-00012" */
      g_autofree char *heading = g_strdup_printf (_("%s could not be archived"), what);

      desk_show_error (widget, heading, error);
      return FALSE;
    }

  undo = g_new0 (ArchiveUndo, 1);
  /* The toast outlives the row (and may outlive an editor's tab). */
  g_set_weak_pointer (&undo->widget, GTK_WIDGET (gtk_widget_get_root (widget)));
  undo->store = g_object_ref (store);
  undo->record = g_object_ref (record);
  undo->what = g_strdup (what);
  /* TRANSLATORS: shown with an Undo button; %s names a record, e.g. "Ana Rivera" */
  message = g_strdup_printf (_("%s archived"), what);
  desk_show_undo (widget, message, archive_undo, undo, archive_undo_free);

  return TRUE;
}
