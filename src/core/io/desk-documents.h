/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-store.h"

G_BEGIN_DECLS

/* The largest document attached when the caller names no limit. */
#define DESK_DOCUMENTS_DEFAULT_MAX_BYTES (G_GUINT64_CONSTANT (50) * 1000 * 1000)

/** desk_documents_default_dir: $XDG_DATA_HOME/probono-desk/documents (free with g_free). */
char         *desk_documents_default_dir (void);

/**
 * desk_documents_attach_full: copies @source into @documents_dir/<case
 * number>/ (folders 0700, the copy 0600 whatever the umask, a free name
 * chosen when the file name is taken, never written through a link found
 * there) and saves the DeskDocument record.  A link is followed to the
 * file it names, and only that file's own content is copied; anything but
 * a plain file (a folder, a device, a pipe) and a file over @max_bytes are
 * refused with a sentence.  When the record cannot be saved the copy is
 * removed again.
 */
DeskDocument *desk_documents_attach_full (DeskStore     *store,
                                          DeskCase      *kase,
                                          GFile         *source,
                                          const char    *documents_dir,
                                          guint64        max_bytes,
                                          GCancellable  *cancellable,
                                          GError       **error);

/** desk_documents_attach: desk_documents_attach_full() with DESK_DOCUMENTS_DEFAULT_MAX_BYTES. */
DeskDocument *desk_documents_attach      (DeskStore     *store,
                                          DeskCase      *kase,
                                          GFile         *source,
                                          const char    *documents_dir,
                                          GCancellable  *cancellable,
                                          GError       **error);

/** desk_documents_get_file: the stored copy of @document. */
GFile        *desk_documents_get_file    (DeskDocument  *document);

G_END_DECLS
