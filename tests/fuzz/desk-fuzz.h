/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the fuzzers run on each input, shared by the libFuzzer harnesses
 * (fuzz-csv.c, fuzz-import.c, built with -Dfuzzing=true and clang) and by
 * test-fuzz-corpus.c, which replays the corpus in the regular suite.  Each
 * checks what must hold whatever the bytes are, and aborts if it does not. */

#include "desk-store.h"

G_BEGIN_DECLS

/** desk_fuzz_csv: reads @data as CSV with the default options, small bounds, each delimiter and Windows-1252. */
void       desk_fuzz_csv       (const guint8 *data,
                                gsize         size);
/** desk_fuzz_store_new: a database in @dir with a few clients, a volunteer, a case, an adverse party and a grant for rows to name. */
DeskStore *desk_fuzz_store_new (const char   *dir);
/** desk_fuzz_import: the first byte picks the kind of records, the rest is the file: mapped, previewed and checked (never written). */
void       desk_fuzz_import    (DeskStore    *store,
                                const guint8 *data,
                                gsize         size);

G_END_DECLS
