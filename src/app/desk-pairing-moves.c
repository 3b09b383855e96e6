/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-pairing-moves"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-feedback.h"
#include "desk-gtk-compat.h"
#include "desk-labels.h"
#include "desk-pairing-moves.h"

const char *
desk_pairing_move_label (DeskPairingStatus to)
{
  switch (to)
    {
    case DESK_PAIRING_PROPOSED:
      return _("_Propose Again");
    case DESK_PAIRING_ACCEPTED:
      return _("_Accept");
    case DESK_PAIRING_ACTIVE:
      return _("_Start");
    case DESK_PAIRING_COMPLETED:
      return _("_Complete");
    case DESK_PAIRING_DECLINED:
      return _("_Decline…");
    case DESK_PAIRING_ENDED_EARLY:
      return _("_End Early…");
    default:
      g_return_val_if_reached (NULL);
    }
}

typedef struct
{
  GtkWidget            *parent;
  DeskStore            *store;
  DeskPairing          *pairing;
  DeskPairingStatus     to;
  DeskPairingMovedFunc  moved;
  gpointer              user_data;
} Move;

static void
move_free (Move *move)
{
  g_clear_object (&move->parent);
  g_clear_object (&move->store);
  g_clear_object (&move->pairing);
  g_free (move);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Move, move_free)

static void
move_now (Move       *move,
          const char *reason)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = g_strdup_printf ("%s – %s", desk_pairing_get_mentor_name (move->pairing),
                                            desk_pairing_get_mentee_name (move->pairing));

  if (!desk_store_move_pairing (move->store, move->pairing, move->to, reason, NULL, &error))
    {
      /* TRANSLATORS: %s names a pairing, "Grace Okafor – Luis Ortega" */
      g_autofree char *heading = g_strdup_printf (_("The pairing %s cannot move"), names);

      desk_show_error (move->parent, heading, error);
      return;
    }

  {
    /* TRANSLATORS: a pairing moved; %s names it, "Grace Okafor – Luis Ortega", the second %s its new status */
    g_autofree char *toast = g_strdup_printf (_("%s: %s"), names,
                                              desk_enum_label (DESK_TYPE_PAIRING_STATUS, move->to));

    desk_show_toast (move->parent, toast);
  }

  if (move->moved != NULL)
    move->moved (move->pairing, move->user_data);
}

static void
move_reason_cb (const char *answer,
                const char *reason,
                gpointer    user_data)
{
  g_autoptr(Move) move = user_data;

  if (g_strcmp0 (answer, "move") == 0)
    move_now (move, reason);
}

void
desk_pairing_move (GtkWidget            *parent,
                   DeskStore            *store,
                   DeskPairing          *pairing,
                   DeskPairingStatus     to,
                   DeskPairingMovedFunc  moved,
                   gpointer              user_data)
{
  g_autoptr(Move) move = g_new0 (Move, 1);
  g_autofree char *heading = NULL;
  const DeskResponse answers[] = {
    { "cancel", _("_Cancel"), DESK_RESPONSE_STYLE_DEFAULT },
    { "move", to == DESK_PAIRING_DECLINED ? _("_Decline") : _("_End Pairing"), DESK_RESPONSE_STYLE_DESTRUCTIVE },
  };

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (DESK_IS_STORE (store));
  g_return_if_fail (DESK_IS_PAIRING (pairing));

  move->parent = g_object_ref (parent);
  move->store = g_object_ref (store);
  move->pairing = g_object_ref (pairing);
  move->to = to;
  move->moved = moved;
  move->user_data = user_data;

  if (!desk_pairing_status_needs_reason (to))
    {
      move_now (move, NULL);
      return;
    }

  heading = to == DESK_PAIRING_DECLINED
    /* TRANSLATORS: %s is the mentee, %s the mentor */
    ? g_strdup_printf (_("Decline %s for %s?"), desk_pairing_get_mentee_name (pairing), desk_pairing_get_mentor_name (pairing))
    /* TRANSLATORS: %s is the mentor, %s the mentee */
    : g_strdup_printf (_("End the pairing of %s and %s early?"), desk_pairing_get_mentor_name (pairing),
                       desk_pairing_get_mentee_name (pairing));

  desk_gtk_compat_ask_reason (parent, heading,
                              to == DESK_PAIRING_DECLINED
                              ? _("They will not be proposed to each other again, and the mentee is matched anew.")
                              : _("The pairing ends today; its objectives and check-ins stay on record."),
                              _("Reason"), answers, G_N_ELEMENTS (answers), "move", "cancel",
                              move_reason_cb, g_steal_pointer (&move));
}
