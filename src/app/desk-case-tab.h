/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "desk-form.h"
#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_CASE_TAB (desk_case_tab_get_type ())
G_DECLARE_DERIVABLE_TYPE (DeskCaseTab, desk_case_tab, DESK, CASE_TAB, GtkWidget)

/**
 * DeskCaseTabClass:
 * @record_type: the records the tab lists (DESK_TYPE_PARTY, …); NULL for a
 *   tab that lists something else (the grants a case is attributed to): it
 *   has no add form and fills its list itself
 * @loaded: the tab shows another case (or the same one, saved for the
 *   first time): the list is there, the add form is to be reset
 * @init_record: gives a new record of the add form the tab's defaults
 *   (the case is already set); optional
 *
 * What the case editor's tabs share: the store and the case they show
 * ("store", "case-id"; the editor binds them), the tab's list of the case's
 * records (desk_store_list_for_case(), which follows every change), and
 * one child laid out by a GtkBinLayout (the subclass's template root).
 * Records a tab adds are saved at once, from the tab's add form (a DeskForm
 * over a new record of the case, desk_case_tab_get_form()); a tab removes
 * one with desk_archive_with_undo().  Until the case is saved (id 0) a tab shows
 * nothing to add to.
 */
struct _DeskCaseTabClass
{
  GtkWidgetClass parent_class;

  GType (*record_type) (void);
  void  (*loaded)      (DeskCaseTab *self);
  void  (*init_record) (DeskCaseTab *self,
                        DeskRecord  *record);
};

DeskStore  *desk_case_tab_get_store   (DeskCaseTab *self);
void        desk_case_tab_set_store   (DeskCaseTab *self,
                                       DeskStore   *store);
gint64      desk_case_tab_get_case_id (DeskCaseTab *self);
void        desk_case_tab_set_case_id (DeskCaseTab *self,
                                       gint64       case_id);
/**
 * desk_case_tab_set_view: the subclass's widgets, once, from its init: a
 * stack with an "unsaved" child (shown while the case has no id) and a
 * "content" one, and the list box of the records, whose rows @create_row
 * makes (its user data is the tab); @empty_text is said when there are none.
 */
void        desk_case_tab_set_view    (DeskCaseTab                 *self,
                                       GtkStack                    *stack,
                                       GtkListBox                  *list,
                                       GtkListBoxCreateWidgetFunc   create_row,
                                       const char                  *empty_text);
/** desk_case_tab_get_records: the case's records of the tab's type (NULL until the case is saved). */
GListModel *desk_case_tab_get_records (DeskCaseTab *self);
/** desk_case_tab_get_case: the case, read from the store (NULL until saved). */
DeskCase   *desk_case_tab_get_case    (DeskCaseTab *self);
/** desk_case_tab_get_form: the add form, over a new record of the case (NULL for a tab without a record type). */
DeskForm   *desk_case_tab_get_form    (DeskCaseTab *self);
/** desk_case_tab_reset_form: a new record in the add form (after an add, or to stop editing one). */
void        desk_case_tab_reset_form  (DeskCaseTab *self);
/** desk_case_tab_check_form: TRUE when the add form's record can be saved; else its problems are shown. */
gboolean    desk_case_tab_check_form  (DeskCaseTab *self);
/** desk_case_tab_save_form: saves the add form's record (after desk_case_tab_check_form()) and resets the form; a failure is shown. */
gboolean    desk_case_tab_save_form   (DeskCaseTab *self);

G_END_DECLS
