/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared between desk-import.c (the import: mapping, rows, duplicates,
 * writing) and desk-import-targets.c (what each kind of record takes and
 * how a cell is read into it); nothing else includes this. */

#include "desk-import.h"
#include "desk-store-import.h"

G_BEGIN_DECLS

/* The records the cells of a file name, from the store, loaded once per
 * check or import (in the thread that runs it). */
typedef struct _DeskImportLookup DeskImportLookup;

DeskImportLookup *_desk_import_lookup_new  (DeskStore              *store,
                                            DeskImportKind          kind);
void              _desk_import_lookup_free (DeskImportLookup       *lookup);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskImportLookup, _desk_import_lookup_free)

/* The clients (kind CLIENTS) or volunteers (VOLUNTEERS) whose name has
 * @key (desk_name_key()), or NULL; the lookup owns them. */
GPtrArray        *_desk_import_lookup_people_named (DeskImportLookup *lookup,
                                                    const char       *key,
                                                    GError          **error);
/* The volunteer whose e-mail address is @email (any case), or NULL. */
DeskImportPerson *_desk_import_lookup_email        (DeskImportLookup *lookup,
                                                    const char       *email,
                                                    GError          **error);

/* The GType of the records @kind makes. */
GType             _desk_import_kind_get_record_type (DeskImportKind  kind);

/* Whether column header @header_key (desk_name_key()) means @target. */
gboolean          _desk_import_target_means      (const DeskImportTarget *target,
                                                  const char             *header_key);

/*
 * Reads cell @index of @cells (trimmed; NULL when the column is not mapped
 * or the cell is empty) into @record as target @index of @targets says.
 * Sets *@display to the value in words (NULL when none).  A cell that
 * cannot be read adds a problem about the target's property naming
 * @column and leaves the record as it was.  FALSE only when the store
 * fails (@error).
 */
gboolean          _desk_import_read_cell         (DeskImportLookup        *lookup,
                                                  const DeskImportTarget  *targets,
                                                  guint                    n_targets,
                                                  const char * const      *cells,
                                                  guint                    index,
                                                  const char              *column,
                                                  DeskRecord              *record,
                                                  char                   **display,
                                                  GPtrArray               *problems,
                                                  GError                 **error);

/* The field a problem about @target names: its property, else its name. */
const char       *_desk_import_target_field      (const DeskImportTarget  *target);

/* Whether @record's property @property holds nothing yet: no text, or the
 * value a new record has ("not asked", an income not known). */
gboolean          _desk_import_property_is_empty (DeskRecord              *record,
                                                  const char              *property);

G_END_DECLS
