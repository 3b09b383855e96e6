/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-enums.h"
#include "desk-record.h"

G_BEGIN_DECLS

#define DESK_TYPE_DEADLINE (desk_deadline_get_type ())
G_DECLARE_FINAL_TYPE (DeskDeadline, desk_deadline, DESK, DEADLINE, DeskRecord)

/** desk_deadline_new: an unsaved deadline: a court date, due today. */
DeskDeadline *desk_deadline_new (void);
gint64 desk_deadline_get_case_id (DeskDeadline *self);
void desk_deadline_set_case_id (DeskDeadline *self, gint64 case_id);
DeskDeadlineKind desk_deadline_get_kind (DeskDeadline *self);
void desk_deadline_set_kind (DeskDeadline *self, DeskDeadlineKind kind);
const char *desk_deadline_get_due_on (DeskDeadline *self);
void desk_deadline_set_due_on (DeskDeadline *self, const char *due_on);
const char *desk_deadline_get_due_time (DeskDeadline *self);
void desk_deadline_set_due_time (DeskDeadline *self, const char *due_time);
const char *desk_deadline_get_description (DeskDeadline *self);
void desk_deadline_set_description (DeskDeadline *self, const char *description);
gboolean desk_deadline_get_done (DeskDeadline *self);
void desk_deadline_set_done (DeskDeadline *self, gboolean done);
const char *desk_deadline_get_case_number (DeskDeadline *self);
const char *desk_deadline_get_client_name (DeskDeadline *self);

G_END_DECLS
