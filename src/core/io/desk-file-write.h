/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A file that appears whole or not at all: written first into a private
 * temporary file beside its destination, flushed to the disk, then
 * renamed over the destination (and the folder flushed, so that the new
 * name survives a power cut).  The exporter and the backups write this way.
 */

/** desk_set_io_error: a DESK_ERROR_IO error from @format, which takes @path and then the sentence for @saved_errno; always FALSE. */
gboolean  desk_set_io_error     (GError      **error,
                                 int           saved_errno,
                                 const char   *format,
                                 const char   *path);
/** desk_file_new_partial: an empty file of mode 0600 beside @destination, ".NAME.XXXXXX@suffix", to write into before it is renamed over @destination; its path. */
char     *desk_file_new_partial (const char   *destination,
                                 const char   *suffix,
                                 GError      **error);
/** desk_file_free_space: the bytes free to this user in the file system of @folder, or G_MAXUINT64 when it cannot be told. */
guint64   desk_file_free_space  (const char   *folder);
/** desk_file_sync: flushes the file or folder @path to the disk (fsync). */
gboolean  desk_file_sync        (const char   *path,
                                 GError      **error);

G_END_DECLS
