/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-documents"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "desk-documents.h"
#include "desk-error.h"

#define COPY_CHUNK (64 * 1024)

char *
desk_documents_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "probono-desk", "documents", NULL);
}

/* A folder for client papers: made 0700 whatever the umask, and made so
 * again when it predates us with looser rights. */
static gboolean
make_private_folder (const char  *folder,
                     GError     **error)
{
  if (g_mkdir_with_parents (folder, 0700) != 0 || g_chmod (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("The folder “%s” cannot be created: %s."),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* Opens the file @path names, at the end of any links, for reading: the
 * links are resolved once, and the file they lead to is opened without
 * following a link, so one swapped in meanwhile is refused, not followed.
 * Only a plain file of at most @max_bytes is taken. */
static int
open_source (const char   *path,
             const char   *display_name,
             guint64       max_bytes,
             GError      **error)
{
  g_autofree char *target = realpath (path, NULL);
  struct stat st;
  int fd;

  if (target == NULL)
    {
      int saved_errno = errno;
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” cannot be read: %s."),
                   display_name, g_strerror (saved_errno));
      return -1;
    }

  /* O_NONBLOCK: opening a named pipe must not wait for a writer. */
  fd = g_open (target, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” cannot be read: %s."),
                   display_name, g_strerror (saved_errno));
      return -1;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID, _("“%s” is not a file; only files can be attached."),
                   display_name);
      return -1;
    }

  if ((guint64) st.st_size > max_bytes)
    {
      g_autofree char *size = g_format_size ((guint64) st.st_size);
      g_autofree char *limit = g_format_size (max_bytes);

      /* "2.0 kB, more than the 2.0 kB" would read as a mistake. */
      if (g_str_equal (size, limit))
        {
          g_free (size);
          g_free (limit);
          size = g_format_size_full ((guint64) st.st_size, G_FORMAT_SIZE_LONG_FORMAT);
          limit = g_format_size_full (max_bytes, G_FORMAT_SIZE_LONG_FORMAT);
        }

      close (fd);
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("“%s” is %s, more than the %s a document may have; attach a smaller file."),
                   display_name, size, limit);
      return -1;
    }

  return fd;
}

/* "letter.pdf", then "letter (2).pdf", …: never overwrite an earlier copy,
 * and never write through a link that stands at the name. */
static int
create_destination (const char  *folder,
                    const char  *basename,
                    char       **path_out,
                    GError     **error)
{
  g_autofree char *stem = g_strdup (basename);
  char *dot = strrchr (stem, '.');
  g_autofree char *extension = g_strdup (dot != NULL && dot != stem ? dot : "");

  if (dot != NULL && dot != stem)
    *dot = '\0';

  for (guint n = 1; n < 10000; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup (basename) : g_strdup_printf ("%s (%u)%s", stem, n, extension);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);

      if (fd >= 0)
        {
          /* 0600 whatever the umask. */
          fchmod (fd, 0600);
          *path_out = g_steal_pointer (&path);
          return fd;
        }
      if (errno != EEXIST)
        {
          int saved_errno = errno;
          g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” cannot be created: %s."),
                       path, g_strerror (saved_errno));
          return -1;
        }
    }

  g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("The case folder “%s” has no free name for “%s”."),
               folder, basename);
  return -1;
}

/* Copies at most @max_bytes (the file may grow while it is read). */
static gboolean
copy_content (int            from,
              int            to,
              guint64        max_bytes,
              const char    *display_name,
              guint64       *copied,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *buffer = g_malloc (COPY_CHUNK);

  *copied = 0;
  for (;;)
    {
      ssize_t n = read (from, buffer, COPY_CHUNK);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;
          g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” cannot be read: %s."),
                       display_name, g_strerror (saved_errno));
          return FALSE;
        }
      if (n == 0)
        break;

      *copied += (guint64) n;
      if (*copied > max_bytes)
        {
          g_autofree char *limit = g_format_size (max_bytes);
          g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                       _("“%s” grew past the %s a document may have while it was copied."), display_name, limit);
          return FALSE;
        }

      for (ssize_t done = 0; done < n; )
        {
          ssize_t w = write (to, buffer + done, n - done);

          if (w < 0 && errno == EINTR)
            continue;
          if (w < 0)
            {
              int saved_errno = errno;
              g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                           _("“%s” could not be copied into the case folder: %s."),
                           display_name, g_strerror (saved_errno));
              return FALSE;
            }
          done += w;
        }

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }

  /* A copy a client's case relies on is on the disk before it is listed. */
  if (fsync (to) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” could not be copied into the case folder: %s."),
                   display_name, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

DeskDocument *
desk_documents_attach_full (DeskStore     *store,
                            DeskCase      *kase,
                            GFile         *source,
                            const char    *documents_dir,
                            guint64        max_bytes,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(DeskDocument) document = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *stored_path = NULL;
  g_autofree char *content_type = NULL;
  guint64 copied = 0;
  gboolean ok;
  int from;
  int to;

  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (DESK_IS_CASE (kase), NULL);
  g_return_val_if_fail (G_IS_FILE (source), NULL);
  g_return_val_if_fail (documents_dir != NULL, NULL);

  if (desk_record_get_id (DESK_RECORD (kase)) <= 0)
    {
      g_set_error_literal (error, DESK_ERROR, DESK_ERROR_INVALID, _("Save the case before attaching documents to it."));
      return NULL;
    }

  source_path = g_file_get_path (source);
  if (source_path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (source);
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("“%s” is not on this computer; save it to a folder first, then attach it."), name);
      return NULL;
    }
  /* The name the person chose, not that of a link's target. */
  display_name = g_filename_display_basename (source_path);
  basename = g_path_get_basename (source_path);

  from = open_source (source_path, display_name, max_bytes, error);
  if (from < 0)
    return NULL;

  /* The type from the name and the first bytes, as a file manager would. */
  {
    guchar head[4096];
    ssize_t n = pread (from, head, sizeof head, 0);

    content_type = g_content_type_guess (basename, n > 0 ? head : NULL, n > 0 ? (gsize) n : 0, NULL);
  }

  folder = g_build_filename (documents_dir, desk_case_get_case_number (kase), NULL);
  if (!make_private_folder (documents_dir, error) || !make_private_folder (folder, error))
    {
      close (from);
      return NULL;
    }

  to = create_destination (folder, basename, &stored_path, error);
  if (to < 0)
    {
      close (from);
      return NULL;
    }

  ok = copy_content (from, to, max_bytes, display_name, &copied, cancellable, error);
  close (from);
  if (close (to) != 0 && ok)
    {
      int saved_errno = errno;
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” could not be copied into the case folder: %s."),
                   display_name, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (!ok)
    {
      g_unlink (stored_path);
      return NULL;
    }

  document = g_object_new (DESK_TYPE_DOCUMENT,
                           "case-id", desk_record_get_id (DESK_RECORD (kase)),
                           "file-name", display_name,
                           "stored-path", stored_path,
                           "size-bytes", (gint64) copied,
                           "content-type", content_type != NULL ? content_type : "",
                           NULL);

  if (!desk_store_save (store, DESK_RECORD (document), error))
    {
      /* No record, no copy: nothing is left half-done. */
      g_unlink (stored_path);
      return NULL;
    }

  return g_steal_pointer (&document);
}

DeskDocument *
desk_documents_attach (DeskStore     *store,
                       DeskCase      *kase,
                       GFile         *source,
                       const char    *documents_dir,
                       GCancellable  *cancellable,
                       GError       **error)
{
  return desk_documents_attach_full (store, kase, source, documents_dir, DESK_DOCUMENTS_DEFAULT_MAX_BYTES,
                                     cancellable, error);
}

GFile *
desk_documents_get_file (DeskDocument *document)
{
  g_return_val_if_fail (DESK_IS_DOCUMENT (document), NULL);

  return g_file_new_for_path (desk_document_get_stored_path (document));
}
