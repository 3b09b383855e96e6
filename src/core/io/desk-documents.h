/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-store.h"

G_BEGIN_DECLS

/** desk_documents_default_dir: $XDG_DATA_HOME/probono-desk/documents (free with g_free). */
char         *desk_documents_default_dir (void);

/**
 * desk_documents_attach: copies @source into @documents_dir/<case number>/
 * (folders created with mode 0700, the copy 0600, a free name chosen when
 * the file name is taken) and saves the DeskDocument record.  When the
 * record cannot be saved the copy is removed again.
 */
DeskDocument *desk_documents_attach      (DeskStore     *store,
                                          DeskCase      *kase,
                                          GFile         *source,
                                          const char    *documents_dir,
                                          GCancellable  *cancellable,
                                          GError       **error);

/** desk_documents_get_file: the stored copy of @document. */
GFile        *desk_documents_get_file    (DeskDocument  *document);

G_END_DECLS
