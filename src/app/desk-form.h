/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_FORM (desk_form_get_type ())
G_DECLARE_FINAL_TYPE (DeskForm, desk_form, DESK, FORM, GObject)

/*
 * The one form layer of the window: it ties each property of a record to
 * the widget that edits it and the label that says what is wrong with it.
 *
 * - Widget → record as the person types; record → widget when the record
 *   is loaded or changed by code.  The widget kind decides the value: an
 *   editable or text view holds text (trimmed; "" is NULL for nullable
 *   fields), a DeskDateEntry a date, a spin button a number, a check
 *   button or switch a boolean, a drop-down or combo row an enum (position
 *   = value; the form gives it the labels when it has no model), a
 *   DeskRecordPicker an id or a code, a DeskFlagsChooser a set, a widget
 *   with a string "value" (DeskWordsChooser) words separated by commas.  Money and
 *   times of day are editables added with their kind.
 * - Problems are desk_store_check() of the record plus what the form could
 *   not read (a date or an amount that is not one), every one at once.  A
 *   field shows its problem under it once the person changed it, and every
 *   field does after desk_form_check_for_save(), which also brings the first
 *   into view and focuses it.
 * - "modified" compares the record with the baseline taken when it was
 *   set or last saved.
 */

typedef enum
{
  DESK_FORM_FIELD_AUTO,   /* what the widget and the property say */
  DESK_FORM_FIELD_MONEY,  /* an editable with dollars ↔ an int64 of cents */
  DESK_FORM_FIELD_AMOUNT, /* money where 0 means none (recovered, an hour's value): shown empty */
  DESK_FORM_FIELD_TIME,   /* an editable with a time of day ↔ "HH:MM" */
} DeskFormFieldKind;

/** desk_form_new: a form checking records against @store (may be NULL: record rules only). */
DeskForm     *desk_form_new               (DeskStore         *store);
DeskStore    *desk_form_get_store         (DeskForm          *self);
/** desk_form_set_store: checks records against @store from now on. */
void          desk_form_set_store         (DeskForm          *self,
                                           DeskStore         *store);
/** desk_form_set_record: edits @record (the form keeps a reference) and takes it as it is as the baseline. */
void          desk_form_set_record        (DeskForm          *self,
                                           DeskRecord        *record);
DeskRecord   *desk_form_get_record        (DeskForm          *self);
/** desk_form_add_field: ties property @property of the record to @widget and @error_label (a GtkLabel, may be NULL). */
void          desk_form_add_field         (DeskForm          *self,
                                           const char        *property,
                                           GtkWidget         *widget,
                                           GtkWidget         *error_label);
/** desk_form_add_field_full: desk_form_add_field() with the kind of value the widget holds. */
void          desk_form_add_field_full    (DeskForm          *self,
                                           const char        *property,
                                           DeskFormFieldKind  kind,
                                           GtkWidget         *widget,
                                           GtkWidget         *error_label);
/** desk_form_set_general_label: where problems about fields with no widget of their own are said. */
void          desk_form_set_general_label (DeskForm          *self,
                                           GtkLabel          *label);
/** desk_form_get_problems: every problem of the record now (a GPtrArray of GError; owned by the form). */
GPtrArray    *desk_form_get_problems      (DeskForm          *self);
/** desk_form_get_problem: the sentence about @property, or NULL. */
const char   *desk_form_get_problem       (DeskForm          *self,
                                           const char        *property);
/** desk_form_get_shown_problems: how many problems are shown under their fields now (tests). */
guint         desk_form_get_shown_problems (DeskForm         *self);
gboolean      desk_form_get_valid         (DeskForm          *self);
gboolean      desk_form_get_modified      (DeskForm          *self);
/** desk_form_check_for_save: TRUE when the record can be saved; else shows every problem, brings the first field into view and focuses it. */
gboolean      desk_form_check_for_save    (DeskForm          *self);
/** desk_form_show_error: an error saving the record: marks its field when it names one, else says it in the general label. */
void          desk_form_show_error        (DeskForm          *self,
                                           const GError      *error);
/** desk_form_mark_saved: the record as it is now is the new baseline; nothing is marked. */
void          desk_form_mark_saved        (DeskForm          *self);
/**
 * desk_form_set_extra_modified: something the editor saves with the record
 * but the form does not hold changed (a check-in's progress on each
 * objective): the form is modified until desk_form_mark_saved().
 */
void          desk_form_set_extra_modified (DeskForm         *self);
/** desk_form_revalidate: checks the record again (when something it depends on changed, say the poverty guidelines). */
void          desk_form_revalidate        (DeskForm          *self);
/** desk_form_get_field_modified: whether @property differs from the baseline. */
gboolean      desk_form_get_field_modified (DeskForm         *self,
                                            const char       *property);
/** desk_form_set_factor: a money field or spin button shows 1/@factor of the property (12: a monthly amount of an annual figure; 10: hours of tenths); what is there is read again. */
void          desk_form_set_factor        (DeskForm          *self,
                                           const char        *property,
                                           guint              factor);
/** desk_form_get_widget: the widget tied to @property, or NULL. */
GtkWidget    *desk_form_get_widget        (DeskForm          *self,
                                           const char        *property);

G_END_DECLS
