/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-file-write"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "desk-error.h"
#include "desk-file-write.h"

gboolean
desk_set_io_error (GError     **error,
                   int          saved_errno,
                   const char  *format,
                   const char  *path)
{
  g_set_error (error, DESK_ERROR, DESK_ERROR_IO, format, path, g_strerror (saved_errno));
  return FALSE;
}

char *
desk_file_new_partial (const char  *destination,
                       const char  *suffix,
                       GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *partial = NULL;
  int fd;

  g_return_val_if_fail (destination != NULL, NULL);
  g_return_val_if_fail (suffix != NULL, NULL);

  folder = g_path_get_dirname (destination);
  base = g_path_get_basename (destination);
  partial = g_strdup_printf ("%s/.%s.XXXXXX%s", folder, base, suffix);
  fd = g_mkstemp_full (partial, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      desk_set_io_error (error, errno, _("Nothing can be written in the folder “%s”: %s."), folder);
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&partial);
}

guint64
desk_file_free_space (const char *folder)
{
  struct statvfs info;

  g_return_val_if_fail (folder != NULL, G_MAXUINT64);

  if (statvfs (folder, &info) != 0)
    return G_MAXUINT64;
  return (guint64) info.f_bavail * info.f_frsize;
}

gboolean
desk_file_sync (const char  *path,
                GError     **error)
{
  int fd;
  int saved_errno;

  g_return_val_if_fail (path != NULL, FALSE);

  /* O_RDONLY opens a folder too; fsync on it makes a rename in it last. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd >= 0 && fsync (fd) == 0)
    {
      close (fd);
      return TRUE;
    }
  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  return desk_set_io_error (error, saved_errno, _("“%s” could not be saved to the disk: %s."), path);
}
