/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "desk-import.h"
#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_IMPORT_WINDOW (desk_import_window_get_type ())
G_DECLARE_FINAL_TYPE (DeskImportWindow, desk_import_window, DESK, IMPORT_WINDOW, AdwWindow)

/*
 * Import from a Spreadsheet…: a clinic's CSV file into the database, in
 * steps — the kind of records and the file; which column holds what; the
 * first rows as they will be stored and every row that cannot be imported,
 * with what to do about people already known; the import itself, with
 * progress and Cancel (nothing is kept then); and the result, with Undo.
 * The work is DeskImport's (src/core/io/desk-import.h), in a thread.
 *
 * Actions: import.choose-file, import.read-as-windows-1252, import.next,
 * import.back, import.cancel, import.undo.
 */

/** desk_import_window_new: a window importing into @store, over @parent. */
DeskImportWindow *desk_import_window_new              (GtkWindow        *parent,
                                                       DeskStore        *store);
/** desk_import_window_open_file: reads @file as the spreadsheet (what the file chooser does); FALSE when it cannot be read, and the window says why. */
gboolean          desk_import_window_open_file        (DeskImportWindow *self,
                                                       GFile            *file);
/** desk_import_window_set_kind: what the file holds. */
void              desk_import_window_set_kind         (DeskImportWindow *self,
                                                       DeskImportKind    kind);
/** desk_import_window_get_step: "choose", "mapping", "preview", "running" or "done". */
const char       *desk_import_window_get_step         (DeskImportWindow *self);
/** desk_import_window_get_import: the import being prepared, or NULL before a file is read (for tests). */
DeskImport       *desk_import_window_get_import       (DeskImportWindow *self);
/** desk_import_window_get_mapping_row: the combo row choosing the column of @target (for tests). */
AdwComboRow      *desk_import_window_get_mapping_row  (DeskImportWindow *self,
                                                       const char       *target);
/** desk_import_window_get_report: the latest check's report, or NULL while there is none (for tests). */
DeskImportReport *desk_import_window_get_report       (DeskImportWindow *self);
/** desk_import_window_get_match_choice: the drop-down choosing what to do with the row on @line (for tests). */
GtkDropDown      *desk_import_window_get_match_choice (DeskImportWindow *self,
                                                       guint             line);
/** desk_import_window_get_batch_id: the batch the last import wrote, 0 when none stands (for tests). */
gint64            desk_import_window_get_batch_id     (DeskImportWindow *self);
/** desk_import_window_is_busy: whether a check or an import is running (for tests). */
gboolean          desk_import_window_is_busy          (DeskImportWindow *self);

G_END_DECLS
