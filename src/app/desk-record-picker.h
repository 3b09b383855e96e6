/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-store.h"

G_BEGIN_DECLS

/* Which records a DeskRecordPicker offers. */
typedef enum
{
  DESK_RECORD_PICKER_CLIENTS,        /* searched by name or phone in SQL */
  DESK_RECORD_PICKER_VOLUNTEERS,     /* every volunteer, filtered by name */
  DESK_RECORD_PICKER_MENTORS,        /* the volunteers who mentor */
  DESK_RECORD_PICKER_PROBLEM_CODES,  /* LSC problem codes: number, name, category, search words */
  DESK_RECORD_PICKER_CLOSING_CODES,  /* LSC closing codes */
  DESK_RECORD_PICKER_FUNDERS,        /* the funders, by name */
  DESK_RECORD_PICKER_GRANTS,         /* the grants, by funder, period and name */
} DeskRecordPickerKind;

GType desk_record_picker_kind_get_type (void);
#define DESK_TYPE_RECORD_PICKER_KIND (desk_record_picker_kind_get_type ())

#define DESK_TYPE_RECORD_PICKER (desk_record_picker_get_type ())
G_DECLARE_FINAL_TYPE (DeskRecordPicker, desk_record_picker, DESK, RECORD_PICKER, GtkWidget)

/*
 * The one picker of the window: a button that shows what is chosen and
 * opens a popover with a search entry (focused) and the list to choose
 * from.  Typed words are searched anywhere, accents and case ignored
 * (desk_search_matches(); clients in SQL); Enter picks the only match or
 * the highlighted one; a search that finds nothing says so.
 *
 * "record-id" is the chosen client, volunteer, funder or grant (0: none), "code" the
 * chosen LSC code (NULL: none).  With a "none-label" the popover offers a
 * row to choose nothing ("Any volunteer"); with a "new-label" it offers a
 * button ("_New Client…") that emits ::new-requested.
 */

/** desk_record_picker_new: a picker of @kind records. */
GtkWidget            *desk_record_picker_new             (DeskRecordPickerKind  kind);
DeskStore            *desk_record_picker_get_store       (DeskRecordPicker     *self);
/** desk_record_picker_set_store: where the records come from (NULL: none). */
void                  desk_record_picker_set_store       (DeskRecordPicker     *self,
                                                          DeskStore            *store);
DeskRecordPickerKind  desk_record_picker_get_kind        (DeskRecordPicker     *self);
void                  desk_record_picker_set_kind        (DeskRecordPicker     *self,
                                                          DeskRecordPickerKind  kind);
/** desk_record_picker_get_record_id: the chosen record, 0 when none. */
gint64                desk_record_picker_get_record_id   (DeskRecordPicker     *self);
/** desk_record_picker_set_record_id: chooses record @id (0: none). */
void                  desk_record_picker_set_record_id   (DeskRecordPicker     *self,
                                                          gint64                id);
/** desk_record_picker_get_text: what the button shows ("Ana Rivera", or the placeholder). */
const char           *desk_record_picker_get_text        (DeskRecordPicker     *self);
/** desk_record_picker_set_placeholder: the button's text while nothing is chosen. */
void                  desk_record_picker_set_placeholder (DeskRecordPicker     *self,
                                                          const char           *placeholder);
/** desk_record_picker_set_none_label: the popover's "choose nothing" row (NULL: no such row). */
void                  desk_record_picker_set_none_label  (DeskRecordPicker     *self,
                                                          const char           *none_label);
/** desk_record_picker_set_new_label: the popover's "_New Client…" button (NULL: none; ::new-requested). */
void                  desk_record_picker_set_new_label   (DeskRecordPicker     *self,
                                                          const char           *new_label);
/** desk_record_picker_get_code: the chosen code of a code picker, or NULL. */
const char           *desk_record_picker_get_code        (DeskRecordPicker     *self);
/** desk_record_picker_set_code: chooses @code (NULL: none). */
void                  desk_record_picker_set_code        (DeskRecordPicker     *self,
                                                          const char           *code);

/** desk_record_picker_popup: opens the popover with an empty search. */
void                  desk_record_picker_popup           (DeskRecordPicker     *self);
void                  desk_record_picker_popdown         (DeskRecordPicker     *self);
/** desk_record_picker_get_popover: the popover (for tests and pictures). */
GtkPopover           *desk_record_picker_get_popover     (DeskRecordPicker     *self);
/** desk_record_picker_get_search_entry: the popover's search entry (for tests). */
GtkEditable          *desk_record_picker_get_search_entry (DeskRecordPicker    *self);
/** desk_record_picker_get_results: the records the popover lists for the current search. */
GListModel           *desk_record_picker_get_results     (DeskRecordPicker     *self);
/** desk_record_picker_choose: chooses the record at @position of the results, as a click does. */
gboolean              desk_record_picker_choose          (DeskRecordPicker     *self,
                                                          guint                 position);

/** desk_record_picker_get_empty_text: what the popover says when nothing matches (tests). */
const char           *desk_record_picker_get_empty_text  (DeskRecordPicker     *self);
/** desk_record_picker_record_name: "Ana Rivera" for a client or volunteer, the name of a funder or grant (free with g_free). */
char                 *desk_record_picker_record_name     (DeskRecord           *record);

G_END_DECLS
