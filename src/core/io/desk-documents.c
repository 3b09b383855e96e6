/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-documents"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "desk-documents.h"
#include "desk-error.h"

char *
desk_documents_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "probono-desk", "documents", NULL);
}

/* "letter.pdf", then "letter (2).pdf", … : never overwrite an earlier copy. */
static GFile *
free_destination (const char *folder,
                  const char *basename)
{
  g_autofree char *stem = g_strdup (basename);
  char *dot = strrchr (stem, '.');
  g_autofree char *extension = g_strdup (dot != NULL && dot != stem ? dot : "");

  if (dot != NULL && dot != stem)
    *dot = '\0';

  for (guint n = 1; ; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup (basename) : g_strdup_printf ("%s (%u)%s", stem, n, extension);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return g_file_new_for_path (path);
    }
}

DeskDocument *
desk_documents_attach (DeskStore     *store,
                       DeskCase      *kase,
                       GFile         *source,
                       const char    *documents_dir,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(DeskDocument) document = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFile) destination = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *stored_path = NULL;

  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (DESK_IS_CASE (kase), NULL);
  g_return_val_if_fail (G_IS_FILE (source), NULL);
  g_return_val_if_fail (documents_dir != NULL, NULL);

  if (desk_record_get_id (DESK_RECORD (kase)) <= 0)
    {
      g_set_error_literal (error, DESK_ERROR, DESK_ERROR_INVALID, _("Save the case before attaching documents to it."));
      return NULL;
    }

  info = g_file_query_info (source, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME "," G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (source);
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” cannot be read: %s"), name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID, _("“%s” is not a file; only files can be attached."),
                   g_file_info_get_display_name (info));
      return NULL;
    }

  folder = g_build_filename (documents_dir, desk_case_get_case_number (kase), NULL);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("The folder “%s” cannot be created: %s."),
                   folder, g_strerror (saved_errno));
      return NULL;
    }
  /* The folder may predate us with looser rights; client papers are private. */
  g_chmod (documents_dir, 0700);
  g_chmod (folder, 0700);

  basename = g_file_get_basename (source);
  destination = free_destination (folder, basename);
  if (!g_file_copy (source, destination, G_FILE_COPY_NONE, cancellable, NULL, NULL, &local_error))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” could not be copied into the case folder: %s"),
                   g_file_info_get_display_name (info), local_error->message);
      return NULL;
    }
  stored_path = g_file_get_path (destination);
  g_chmod (stored_path, 0600);

  document = g_object_new (DESK_TYPE_DOCUMENT,
                           "case-id", desk_record_get_id (DESK_RECORD (kase)),
                           "file-name", g_file_info_get_display_name (info),
                           "stored-path", stored_path,
                           "size-bytes", (gint64) g_file_info_get_size (info),
                           "content-type", g_file_info_get_content_type (info) != NULL ?
                                           g_file_info_get_content_type (info) : "",
                           NULL);

  if (!desk_store_save (store, DESK_RECORD (document), error))
    {
      /* No record, no copy: nothing is left half-done. */
      g_file_delete (destination, NULL, NULL);
      return NULL;
    }

  return g_steal_pointer (&document);
}

GFile *
desk_documents_get_file (DeskDocument *document)
{
  g_return_val_if_fail (DESK_IS_DOCUMENT (document), NULL);

  return g_file_new_for_path (desk_document_get_stored_path (document));
}
