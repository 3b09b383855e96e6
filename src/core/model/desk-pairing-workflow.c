/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-pairing-workflow"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-error.h"
#include "desk-labels.h"
#include "desk-pairing-workflow.h"

/* Where each status may go; keep in step with the trigger
 * pairings_status_moves (0003-mentorship.sql).  Statuses not listed are
 * final. */
static const struct
{
  DeskPairingStatus from;
  DeskPairingStatus to[2];
} moves[] = {
  { DESK_PAIRING_PROPOSED, { DESK_PAIRING_ACCEPTED, DESK_PAIRING_DECLINED } },
  { DESK_PAIRING_ACCEPTED, { DESK_PAIRING_ACTIVE, DESK_PAIRING_ENDED_EARLY } },
  { DESK_PAIRING_ACTIVE, { DESK_PAIRING_COMPLETED, DESK_PAIRING_ENDED_EARLY } },
};

const DeskPairingStatus *
desk_pairing_next_statuses (DeskPairingStatus  from,
                            guint             *n_out)
{
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    if (moves[i].from == from)
      {
        if (n_out != NULL)
          *n_out = G_N_ELEMENTS (moves[i].to);
        return moves[i].to;
      }

  if (n_out != NULL)
    *n_out = 0;
  return NULL;
}

gboolean
desk_pairing_status_can_change (DeskPairingStatus from,
                                DeskPairingStatus to)
{
  guint n = 0;
  const DeskPairingStatus *next = desk_pairing_next_statuses (from, &n);
  gboolean allowed = from == to;

  for (guint i = 0; i < n && !allowed; i++)
    allowed = next[i] == to;
  return allowed;
}

gboolean
desk_pairing_status_needs_reason (DeskPairingStatus status)
{
  return status == DESK_PAIRING_DECLINED || status == DESK_PAIRING_ENDED_EARLY;
}

gboolean
desk_pairing_change_status (DeskPairing        *pairing,
                            DeskPairingStatus   to,
                            const char         *reason,
                            const char         *date,
                            GError            **error)
{
  g_autofree char *today = NULL;
  DeskPairingStatus from;

  g_return_val_if_fail (DESK_IS_PAIRING (pairing), FALSE);

  from = desk_pairing_get_status (pairing);
  if (!desk_pairing_status_can_change (from, to))
    return desk_invalid (error, "status", _("A pairing cannot go from %s to %s."),
                         desk_enum_label (DESK_TYPE_PAIRING_STATUS, from),
                         desk_enum_label (DESK_TYPE_PAIRING_STATUS, to));
  if (from == to)
    return TRUE;
  if (desk_pairing_status_needs_reason (to) && desk_text_is_blank (reason))
    return desk_invalid (error, "end-reason",
                         to == DESK_PAIRING_DECLINED ? _("Say why the pairing was declined.")
                                                     : _("Say why the pairing ended early."));
  if (date == NULL)
    date = today = desk_today_iso ();
  else if (!desk_date_is_valid (date))
    return desk_invalid (error, "status", _("The date of the change is not a real date; write it as YYYY-MM-DD."));

  g_object_freeze_notify (G_OBJECT (pairing));

  if (from == DESK_PAIRING_PROPOSED)
    desk_pairing_set_decided_on (pairing, date);
  if (to == DESK_PAIRING_ACTIVE)
    desk_pairing_set_started_on (pairing, date);
  if (to == DESK_PAIRING_COMPLETED || to == DESK_PAIRING_ENDED_EARLY)
    desk_pairing_set_ended_on (pairing, date);
  if (desk_pairing_status_needs_reason (to))
    desk_pairing_set_end_reason (pairing, reason);
  /* A pin keeps a proposal through a new run of the matcher; decided, it has done its work. */
  if (from == DESK_PAIRING_PROPOSED)
    desk_pairing_set_pinned (pairing, FALSE);
  desk_pairing_set_status (pairing, to);

  g_object_thaw_notify (G_OBJECT (pairing));
  return TRUE;
}
