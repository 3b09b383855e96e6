/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-date-entry"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "desk-date-entry.h"
#include "desk-record.h"
#include "desk-widget.h"

/* Dates are typed; the calendar is a shortcut for picking one, not the
 * only way, and it works from the keyboard. */

struct _DeskDateEntry
{
  GtkWidget      parent_instance;

  /* Child widgets */
  GtkEntry      *entry;
  GtkMenuButton *button;
  GtkPopover    *popover;
  GtkCalendar   *calendar;

  /* Owned */
  char          *date;           /* what "date" reads: normalised, or NULL */
  char          *text_at_popup;  /* put back when the calendar is dismissed */

  guint          picked : 1;
  guint          syncing : 1;
};

G_DEFINE_FINAL_TYPE (DeskDateEntry, desk_date_entry, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  PROP_TEXT,
  PROP_VALID,
  PROP_ACTIVATES_DEFAULT,
  N_PROPS
};

enum {
  ACTIVATE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
desk_date_entry_update_date (DeskDateEntry *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *date = desk_date_parse (text);
  gboolean valid_before = self->date != NULL || desk_text_is_blank (text);

  g_assert (DESK_IS_DATE_ENTRY (self));

  if (desk_set_str (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);

  if (valid_before != desk_date_entry_get_valid (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
}

static void
desk_date_entry_text_changed_cb (DeskDateEntry *self)
{
  g_assert (DESK_IS_DATE_ENTRY (self));

  desk_date_entry_update_date (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/* "6/15/2026" reads back as "2026-06-15" once the person is done with it. */
static void
desk_date_entry_normalise (DeskDateEntry *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  g_assert (DESK_IS_DATE_ENTRY (self));

  if (self->date != NULL && g_strcmp0 (text, self->date) != 0)
    {
      g_autofree char *date = g_strdup (self->date);

      gtk_editable_set_text (GTK_EDITABLE (self->entry), date);
    }
}

static void
desk_date_entry_activate_cb (DeskDateEntry *self)
{
  g_assert (DESK_IS_DATE_ENTRY (self));

  desk_date_entry_normalise (self);
  g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
desk_date_entry_focus_leave_cb (DeskDateEntry *self)
{
  g_assert (DESK_IS_DATE_ENTRY (self));

  desk_date_entry_normalise (self);
}

static void
desk_date_entry_select_day (DeskDateEntry *self,
                            const char    *date)
{
  g_autoptr(GDateTime) when = NULL;
  int year, month, day;

  g_assert (DESK_IS_DATE_ENTRY (self));

  if (date != NULL && sscanf (date, "%d-%d-%d", &year, &month, &day) == 3)
    when = g_date_time_new_local (year, month, day, 0, 0, 0);
  if (when == NULL)
    when = g_date_time_new_now_local ();

  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, when);
  self->syncing = FALSE;
}

static void
desk_date_entry_popover_show_cb (DeskDateEntry *self)
{
  g_assert (DESK_IS_DATE_ENTRY (self));

  g_free (self->text_at_popup);
  self->text_at_popup = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  self->picked = FALSE;
  desk_date_entry_select_day (self, self->date);
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

static void
desk_date_entry_popover_closed_cb (DeskDateEntry *self)
{
  g_assert (DESK_IS_DATE_ENTRY (self));

  /* Escape or a click elsewhere: the calendar was only looked at. */
  if (!self->picked && self->text_at_popup != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), self->text_at_popup);
  g_clear_pointer (&self->text_at_popup, g_free);

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

/* Arrow keys move the selected day too, so a day is shown as it is
 * selected and only picked by a click or Enter. */
static void
desk_date_entry_day_selected_cb (DeskDateEntry *self)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *text = NULL;

  g_assert (DESK_IS_DATE_ENTRY (self));

  if (self->syncing)
    return;

  when = gtk_calendar_get_date (self->calendar);
  text = g_date_time_format (when, "%Y-%m-%d");
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
}

static void
desk_date_entry_pick (DeskDateEntry *self)
{
  g_assert (DESK_IS_DATE_ENTRY (self));

  desk_date_entry_day_selected_cb (self);
  self->picked = TRUE;
  /* Not ::activate: in an add form Enter adds, and a day picked before the
   * rest is typed must not add a half-filled record. */
  gtk_popover_popdown (self->popover);
}

static void
desk_date_entry_calendar_released_cb (GtkGestureClick *gesture,
                                      int              n_press,
                                      double           x,
                                      double           y,
                                      DeskDateEntry   *self)
{
  GtkWidget *target = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y, GTK_PICK_DEFAULT);

  /* Only a click on a day; the month and year arrows keep it open. */
  if (target != NULL && gtk_widget_has_css_class (target, "day-number"))
    desk_date_entry_pick (self);
}

static gboolean
desk_date_entry_calendar_key_cb (GtkEventControllerKey *controller,
                                 guint                  keyval,
                                 guint                  keycode,
                                 GdkModifierType        state,
                                 DeskDateEntry         *self)
{
  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      desk_date_entry_pick (self);
      return TRUE;

    default:
      return FALSE;
    }
}

static gboolean
desk_date_entry_entry_key_cb (GtkEventControllerKey *controller,
                              guint                  keyval,
                              guint                  keycode,
                              GdkModifierType        state,
                              DeskDateEntry         *self)
{
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) && (state & GDK_ALT_MASK) != 0)
    {
      desk_date_entry_popup (self);
      return TRUE;
    }

  return FALSE;
}

static gboolean
desk_date_entry_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (DESK_DATE_ENTRY (widget)->entry));
}

static gboolean
desk_date_entry_mnemonic_activate (GtkWidget *widget,
                                   gboolean   group_cycling)
{
  return gtk_widget_mnemonic_activate (GTK_WIDGET (DESK_DATE_ENTRY (widget)->entry), group_cycling);
}

static void
desk_date_entry_dispose (GObject *object)
{
  DeskDateEntry *self = (DeskDateEntry *)object;

  desk_widget_unparent_children (GTK_WIDGET (self));

  self->entry = NULL;
  self->button = NULL;
  self->popover = NULL;
  self->calendar = NULL;

  G_OBJECT_CLASS (desk_date_entry_parent_class)->dispose (object);
}

static void
desk_date_entry_finalize (GObject *object)
{
  DeskDateEntry *self = (DeskDateEntry *)object;

  g_free (self->date);
  g_free (self->text_at_popup);

  G_OBJECT_CLASS (desk_date_entry_parent_class)->finalize (object);
}

static void
desk_date_entry_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DeskDateEntry *self = DESK_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_TEXT:
      g_value_set_string (value, desk_date_entry_get_text (self));
      break;

    case PROP_VALID:
      g_value_set_boolean (value, desk_date_entry_get_valid (self));
      break;

    case PROP_ACTIVATES_DEFAULT:
      g_value_set_boolean (value, gtk_entry_get_activates_default (self->entry));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_date_entry_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DeskDateEntry *self = DESK_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      desk_date_entry_set_date (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      desk_date_entry_set_text (self, g_value_get_string (value));
      break;

    case PROP_ACTIVATES_DEFAULT:
      gtk_entry_set_activates_default (self->entry, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_date_entry_class_init (DeskDateEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_date_entry_dispose;
  object_class->finalize = desk_date_entry_finalize;
  object_class->get_property = desk_date_entry_get_property;
  object_class->set_property = desk_date_entry_set_property;

  widget_class->grab_focus = desk_date_entry_grab_focus;
  widget_class->mnemonic_activate = desk_date_entry_mnemonic_activate;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ACTIVATES_DEFAULT] =
    g_param_spec_boolean ("activates-default", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DeskDateEntry::activate:
   *
   * Enter in the entry (a day picked in the calendar is only "text").
   */
  signals[ACTIVATE] =
    g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "deskdateentry");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
desk_date_entry_init (DeskDateEntry *self)
{
  GtkEventController *controller;
  GtkGesture *click;

  gtk_widget_add_css_class (GTK_WIDGET (self), "linked");

  self->entry = GTK_ENTRY (gtk_entry_new ());
  /* TRANSLATORS: the placeholder of a date field */
  gtk_entry_set_placeholder_text (self->entry, _("YYYY-MM-DD"));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 11);
  gtk_widget_set_hexpand (GTK_WIDGET (self->entry), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->entry), GTK_ALIGN_CENTER);
  gtk_widget_set_parent (GTK_WIDGET (self->entry), GTK_WIDGET (self));
  g_signal_connect_object (self->entry, "notify::text", G_CALLBACK (desk_date_entry_text_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "activate", G_CALLBACK (desk_date_entry_activate_cb),
                           self, G_CONNECT_SWAPPED);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (desk_date_entry_focus_leave_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), controller);
  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (desk_date_entry_entry_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), controller);

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (desk_date_entry_day_selected_cb),
                           self, G_CONNECT_SWAPPED);
  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (desk_date_entry_calendar_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), controller);
  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (desk_date_entry_calendar_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), GTK_EVENT_CONTROLLER (click));

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, GTK_WIDGET (self->calendar));
  g_signal_connect_object (self->popover, "show", G_CALLBACK (desk_date_entry_popover_show_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->popover, "closed", G_CALLBACK (desk_date_entry_popover_closed_cb),
                           self, G_CONNECT_SWAPPED);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->button, GTK_WIDGET (self->popover));
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Choose a Date (Alt+Down)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose a date"),
                                  -1);
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));
}

GtkWidget *
desk_date_entry_new (void)
{
  return g_object_new (DESK_TYPE_DATE_ENTRY, NULL);
}

const char *
desk_date_entry_get_date (DeskDateEntry *self)
{
  g_return_val_if_fail (DESK_IS_DATE_ENTRY (self), NULL);

  return self->date;
}

void
desk_date_entry_set_date (DeskDateEntry *self,
                          const char    *date)
{
  g_return_if_fail (DESK_IS_DATE_ENTRY (self));

  desk_date_entry_set_text (self, date != NULL ? date : "");
}

const char *
desk_date_entry_get_text (DeskDateEntry *self)
{
  g_return_val_if_fail (DESK_IS_DATE_ENTRY (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->entry));
}

void
desk_date_entry_set_text (DeskDateEntry *self,
                          const char    *text)
{
  g_return_if_fail (DESK_IS_DATE_ENTRY (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
}

gboolean
desk_date_entry_get_valid (DeskDateEntry *self)
{
  g_return_val_if_fail (DESK_IS_DATE_ENTRY (self), FALSE);

  return self->date != NULL || desk_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
}

void
desk_date_entry_popup (DeskDateEntry *self)
{
  g_return_if_fail (DESK_IS_DATE_ENTRY (self));

  gtk_menu_button_popup (self->button);
}

GtkPopover *
desk_date_entry_get_popover (DeskDateEntry *self)
{
  g_return_val_if_fail (DESK_IS_DATE_ENTRY (self), NULL);

  return self->popover;
}

GtkCalendar *
desk_date_entry_get_calendar (DeskDateEntry *self)
{
  g_return_val_if_fail (DESK_IS_DATE_ENTRY (self), NULL);

  return self->calendar;
}

GtkEntry *
desk_date_entry_get_entry (DeskDateEntry *self)
{
  g_return_val_if_fail (DESK_IS_DATE_ENTRY (self), NULL);

  return self->entry;
}
