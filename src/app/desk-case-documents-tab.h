/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-case-tab.h"

G_BEGIN_DECLS

#define DESK_TYPE_CASE_DOCUMENTS_TAB (desk_case_documents_tab_get_type ())
G_DECLARE_FINAL_TYPE (DeskCaseDocumentsTab, desk_case_documents_tab, DESK, CASE_DOCUMENTS_TAB, DeskCaseTab)

/*
 * The Documents tab of a case: the files attached (copied into the
 * clinic's documents folder), tab.attach to add one, a row pressed to open
 * it, and a remove button with Undo (the stored copy is kept).
 */

/** desk_case_documents_tab_get_documents_dir: where attached files are copied (desk_documents_default_dir() unless set). */
const char *desk_case_documents_tab_get_documents_dir (DeskCaseDocumentsTab *self);
/** desk_case_documents_tab_set_documents_dir: another folder (tests). */
void        desk_case_documents_tab_set_documents_dir (DeskCaseDocumentsTab *self,
                                                       const char           *documents_dir);
/** desk_case_documents_tab_attach_file: what Attach… does with the file chosen; a failure is shown and returned. */
gboolean    desk_case_documents_tab_attach_file       (DeskCaseDocumentsTab *self,
                                                       GFile                *file,
                                                       GError              **error);

G_END_DECLS
