/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-funder.h"
#include "desk-grant.h"
#include "desk-store.h"

G_BEGIN_DECLS

/*
 * Funders, grants, and which grants fund each case.  A case may be
 * attributed to several grants; the first attribution still in force is
 * the case's own grant, the one its time entries are charged to unless an
 * entry names another.  Attributing a case that is outside a grant's
 * restrictions needs a reason, which is kept and audited.
 */

#define desk_store_get_funder(s, id, e) ((DeskFunder *) desk_store_get ((s), DESK_TYPE_FUNDER, (id), (e)))
#define desk_store_get_grant(s, id, e)  ((DeskGrant *) desk_store_get ((s), DESK_TYPE_GRANT, (id), (e)))

/* One grant a case is attributed to. */
typedef struct
{
  DeskGrant *grant;
  char      *override_reason;  /* why the case was attributed outside the restrictions; "" when it meets them */
} DeskCaseGrant;

void desk_case_grant_free (DeskCaseGrant *case_grant);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskCaseGrant, desk_case_grant_free)

/** desk_store_list_funders: the funders that are not archived, by name (a GPtrArray of DeskFunder). */
GPtrArray *desk_store_list_funders       (DeskStore   *self,
                                          GError     **error);
/** desk_store_list_grants: the grants that are not archived, of funder @funder_id (0: of every funder), by funder name, period and name (a GPtrArray of DeskGrant). */
GPtrArray *desk_store_list_grants        (DeskStore   *self,
                                          gint64       funder_id,
                                          GError     **error);
/** desk_store_check_grant: every problem of @grant, its own and the store's (the funder exists, each problem category is an LSC category); empty when it can be saved. */
GPtrArray *desk_store_check_grant        (DeskStore   *self,
                                          DeskGrant   *grant);
/** desk_store_save_grant: saves @grant after desk_store_check_grant(), audited like any record. */
gboolean   desk_store_save_grant         (DeskStore   *self,
                                          DeskGrant   *grant,
                                          GError     **error);
/** desk_store_check_case_grant: whether case @case_id meets the restrictions of grant @grant_id; the INVALID error (field "grant-id") names each one it fails. */
gboolean   desk_store_check_case_grant   (DeskStore   *self,
                                          gint64       case_id,
                                          gint64       grant_id,
                                          GError     **error);
/** desk_store_suggest_grants: the grants (not archived) whose restrictions @kase meets, for suggestions while it is edited; @kase may be unsaved (a GPtrArray of DeskGrant). */
GPtrArray *desk_store_suggest_grants     (DeskStore   *self,
                                          DeskCase    *kase,
                                          GError     **error);
/**
 * desk_store_attribute_case: attributes case @case_id to grant @grant_id,
 * audited.  A case outside the grant's restrictions is refused with a
 * sentence naming each restriction it fails, unless @override_reason says
 * why it is attributed anyway.  The case's time entries not yet charged to
 * a grant are charged to this one.  Attributing twice changes nothing.
 */
gboolean   desk_store_attribute_case     (DeskStore   *self,
                                          gint64       case_id,
                                          gint64       grant_id,
                                          const char  *override_reason,
                                          GError     **error);
/** desk_store_detach_case: ends the attribution of case @case_id to grant @grant_id (archived, audited); hours already charged stay charged. */
gboolean   desk_store_detach_case        (DeskStore   *self,
                                          gint64       case_id,
                                          gint64       grant_id,
                                          GError     **error);
/** desk_store_list_case_grants: the grants case @case_id is attributed to, its own grant first (a GPtrArray of DeskCaseGrant). */
GPtrArray *desk_store_list_case_grants   (DeskStore   *self,
                                          gint64       case_id,
                                          GError     **error);

G_END_DECLS
