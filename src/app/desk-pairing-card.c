/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-pairing-card"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-labels.h"
#include "desk-pairing-card.h"
#include "desk-widget.h"

struct _DeskPairingCard
{
  GtkWidget      parent_instance;

  /* Template widgets */
  GtkLabel      *name_label;
  GtkLabel      *badge_label;
  GtkMenuButton *menu_button;
  GtkLabel      *profile_label;
  GtkBox        *status_box;
  GtkLabel      *status_label;
  GtkLabel      *detail_label;

  /* Owned */
  DeskVolunteer *mentee;
  DeskPairing   *pairing;
  gboolean       stale;
  char          *overdue_since;
};

G_DEFINE_FINAL_TYPE (DeskPairingCard, desk_pairing_card, GTK_TYPE_WIDGET)

const char *
desk_pairing_strength (int score)
{
  /* Bands a reviewer can read at a glance; the number stays beside it. */
  if (score >= 70)
    return _("Strong");
  if (score >= 50)
    return _("Good");
  return _("Fair");
}

static const char *
strength_class (int score)
{
  return score >= 70 ? "strong" : score >= 50 ? "good" : "fair";
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
desk_pairing_card_update_status (DeskPairingCard *self)
{
  g_autoptr(GString) status = g_string_new (NULL);
  DeskPairingStatus state;

  if (self->pairing == NULL)
    return;

  state = desk_pairing_get_status (self->pairing);
  if (state == DESK_PAIRING_PROPOSED)
    g_string_append (status, _("Proposed"));
  else
    g_string_append (status, desk_enum_label (DESK_TYPE_PAIRING_STATUS, state));

  if (desk_pairing_get_pinned (self->pairing))
    g_string_append_printf (status, " · %s", _("Pinned"));
  if (self->stale)
    g_string_append_printf (status, " · %s", _("Stale"));
  if (self->overdue_since != NULL)
    /* TRANSLATORS: %s is the date a check-in was due */
    g_string_append_printf (status, " · %s", _("Check-in overdue"));

  set_label (self->status_label, status->str);

  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "desk-overdue");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "desk-stale");
  if (self->overdue_since != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "desk-overdue");
  else if (self->stale)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "desk-stale");

  if (self->overdue_since != NULL)
    {
      /* TRANSLATORS: %s is a date */
      g_autofree char *tooltip = g_strdup_printf (_("A check-in was due on %s."), self->overdue_since);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), tooltip);
    }
}

static void
desk_pairing_card_update (DeskPairingCard *self)
{
  g_autofree char *name = desk_volunteer_get_full_name (self->mentee);
  g_autofree char *accessible = NULL;
  g_autoptr(GString) profile = g_string_new (NULL);
  DeskTier tier = desk_volunteer_get_mentee_tier (self->mentee);
  const char *areas = desk_volunteer_get_practice_areas (self->mentee);

  gtk_label_set_label (self->name_label, name);

  if (tier != DESK_TIER_NONE)
    g_string_append (profile, desk_enum_label (DESK_TYPE_TIER, tier));
  if (!desk_text_is_blank (areas))
    g_string_append_printf (profile, "%s%s", profile->len > 0 ? " · " : "", areas);
  set_label (self->profile_label, profile->str);

  if (self->pairing != NULL)
    {
      int score = desk_pairing_get_score (self->pairing);
      g_autofree char *badge = g_strdup_printf ("%s %d", desk_pairing_strength (score), score);

      set_label (self->badge_label, badge);
      gtk_widget_set_visible (GTK_WIDGET (self->status_box), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->badge_label), strength_class (score));
      set_label (self->detail_label, desk_pairing_get_explanation (self->pairing));

      /* A proposal is a draft until the mentor answers. */
      if (desk_pairing_get_status (self->pairing) == DESK_PAIRING_PROPOSED)
        gtk_widget_add_css_class (GTK_WIDGET (self), "draft");
      desk_pairing_card_update_status (self);
    }

  /* TRANSLATORS: the name of a mentee card's menu button; %s is the mentee */
  accessible = g_strdup_printf (_("What to do with %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), _("Actions"));
}

/* ---- drag ----------------------------------------------------------------------- */

static GdkContentProvider *
desk_pairing_card_drag_prepare_cb (DeskPairingCard *self,
                                   double           x,
                                   double           y,
                                   GtkDragSource   *source)
{
  GValue value = G_VALUE_INIT;
  GdkContentProvider *content;

  /* Only proposals and the unmatched move; accepted pairings are kept. */
  if (self->pairing != NULL && desk_pairing_get_status (self->pairing) != DESK_PAIRING_PROPOSED)
    return NULL;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, desk_record_get_id (DESK_RECORD (self->mentee)));
  content = gdk_content_provider_new_for_value (&value);
  g_value_unset (&value);
  return content;
}

static void
desk_pairing_card_drag_begin_cb (DeskPairingCard *self,
                                 GdkDrag         *drag,
                                 GtkDragSource   *source)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

/* ---- GObject ------------------------------------------------------------------- */

static void
desk_pairing_card_dispose (GObject *object)
{
  DeskPairingCard *self = (DeskPairingCard *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_PAIRING_CARD);
  desk_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->mentee);
  g_clear_object (&self->pairing);
  g_clear_pointer (&self->overdue_since, g_free);

  G_OBJECT_CLASS (desk_pairing_card_parent_class)->dispose (object);
}

static void
desk_pairing_card_class_init (DeskPairingCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_pairing_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-pairing-card.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskPairingCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, DeskPairingCard, badge_label);
  gtk_widget_class_bind_template_child (widget_class, DeskPairingCard, menu_button);
  gtk_widget_class_bind_template_child (widget_class, DeskPairingCard, profile_label);
  gtk_widget_class_bind_template_child (widget_class, DeskPairingCard, status_box);
  gtk_widget_class_bind_template_child (widget_class, DeskPairingCard, status_label);
  gtk_widget_class_bind_template_child (widget_class, DeskPairingCard, detail_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "deskpairingcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
desk_pairing_card_init (DeskPairingCard *self)
{
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_swapped (source, "prepare", G_CALLBACK (desk_pairing_card_drag_prepare_cb), self);
  g_signal_connect_swapped (source, "drag-begin", G_CALLBACK (desk_pairing_card_drag_begin_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
}

GtkWidget *
desk_pairing_card_new (DeskVolunteer *mentee,
                       DeskPairing   *pairing)
{
  DeskPairingCard *self;

  g_return_val_if_fail (DESK_IS_VOLUNTEER (mentee), NULL);
  g_return_val_if_fail (pairing == NULL || DESK_IS_PAIRING (pairing), NULL);

  self = g_object_new (DESK_TYPE_PAIRING_CARD, NULL);
  self->mentee = g_object_ref (mentee);
  self->pairing = pairing != NULL ? g_object_ref (pairing) : NULL;
  desk_pairing_card_update (self);

  return GTK_WIDGET (self);
}

DeskVolunteer *
desk_pairing_card_get_mentee (DeskPairingCard *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING_CARD (self), NULL);

  return self->mentee;
}

DeskPairing *
desk_pairing_card_get_pairing (DeskPairingCard *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING_CARD (self), NULL);

  return self->pairing;
}

void
desk_pairing_card_set_reason (DeskPairingCard *self,
                              const char      *reason)
{
  g_return_if_fail (DESK_IS_PAIRING_CARD (self));

  set_label (self->detail_label, reason);
}

void
desk_pairing_card_set_flags (DeskPairingCard *self,
                             gboolean         stale,
                             const char      *overdue_since)
{
  g_return_if_fail (DESK_IS_PAIRING_CARD (self));

  self->stale = stale;
  g_free (self->overdue_since);
  self->overdue_since = g_strdup (overdue_since);
  desk_pairing_card_update_status (self);
}

void
desk_pairing_card_set_menu (DeskPairingCard *self,
                            GMenuModel      *menu)
{
  g_return_if_fail (DESK_IS_PAIRING_CARD (self));

  gtk_menu_button_set_menu_model (self->menu_button, menu);
}

const char *
desk_pairing_card_get_badge (DeskPairingCard *self)
{
  g_return_val_if_fail (DESK_IS_PAIRING_CARD (self), NULL);

  return self->pairing != NULL ? gtk_label_get_label (self->badge_label) : NULL;
}

char *
desk_pairing_card_get_text (DeskPairingCard *self)
{
  GtkLabel *labels[] = { self->name_label, self->profile_label, self->badge_label, self->status_label,
                         self->detail_label };
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (DESK_IS_PAIRING_CARD (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (gtk_widget_get_visible (GTK_WIDGET (labels[i])) && *gtk_label_get_label (labels[i]) != '\0')
      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", gtk_label_get_label (labels[i]));

  return g_string_free (g_steal_pointer (&text), FALSE);
}
