/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-date-entry"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "desk-date-entry.h"
#include "desk-record.h"

/* Dates are typed as YYYY-MM-DD everywhere (the way they are stored and
 * sorted); the calendar is a shortcut for picking one, not the only way. */

static void
date_calendar_day_selected_cb (GtkCalendar *calendar,
                               GtkEntry    *entry)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  /* Picking a day is as final as pressing Enter. */
  g_signal_emit_by_name (entry, "activate");
}

static void
date_entry_icon_press_cb (GtkEntry             *entry,
                          GtkEntryIconPosition  position,
                          GtkPopover           *popover)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  GdkRectangle area;

  g_signal_handlers_block_by_func (calendar, date_calendar_day_selected_cb, entry);
  if (desk_date_is_valid (text))
    {
      int year, month, day;

      if (sscanf (text, "%d-%d-%d", &year, &month, &day) == 3)
        {
          g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 0, 0, 0);

          if (date != NULL)
            gtk_calendar_select_day (calendar, date);
        }
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      gtk_calendar_select_day (calendar, now);
    }
  g_signal_handlers_unblock_by_func (calendar, date_calendar_day_selected_cb, entry);

  gtk_entry_get_icon_area (entry, position, &area);
  gtk_popover_set_pointing_to (popover, &area);
  gtk_popover_popup (popover);
}

static void
date_entry_destroy_cb (GtkEntry   *entry,
                       GtkPopover *popover)
{
  gtk_widget_unparent (GTK_WIDGET (popover));
}

void
desk_date_entry_setup (GtkEntry *entry)
{
  GtkWidget *popover;
  GtkWidget *calendar;

  g_return_if_fail (GTK_IS_ENTRY (entry));

  /* TRANSLATORS: the placeholder of a date field; dates are always written this way */
  gtk_entry_set_placeholder_text (entry, _("YYYY-MM-DD"));
  gtk_entry_set_icon_from_icon_name (entry, GTK_ENTRY_ICON_SECONDARY, "x-office-calendar-symbolic");
  gtk_entry_set_icon_tooltip_text (entry, GTK_ENTRY_ICON_SECONDARY, _("Choose a Date"));
  gtk_entry_set_icon_activatable (entry, GTK_ENTRY_ICON_SECONDARY, TRUE);

  calendar = gtk_calendar_new ();
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_widget_set_parent (popover, GTK_WIDGET (entry));

  g_signal_connect (calendar, "day-selected", G_CALLBACK (date_calendar_day_selected_cb), entry);
  g_signal_connect (entry, "icon-press", G_CALLBACK (date_entry_icon_press_cb), popover);
  g_signal_connect (entry, "destroy", G_CALLBACK (date_entry_destroy_cb), popover);
}

