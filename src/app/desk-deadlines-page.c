/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-deadlines-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-case-editor.h"
#include "desk-column.h"
#include "desk-deadlines-page.h"
#include "desk-feedback.h"
#include "desk-labels.h"

struct _DeskDeadlinesPage
{
  DeskPage             parent_instance;

  /* Template widgets */
  GtkLabel            *summary_label;
  GtkStack            *view_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *done_column;
  GtkColumnViewColumn *due_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *case_column;
  GtkColumnViewColumn *client_column;
  GtkColumnViewColumn *description_column;
  AdwStatusPage       *empty_page;

  /* Owned */
  char                *today;
};

G_DEFINE_FINAL_TYPE (DeskDeadlinesPage, desk_deadlines_page, DESK_TYPE_PAGE)

typedef enum
{
  DUE_LATER,
  DUE_TODAY,
  DUE_OVERDUE,
} DueState;

static DueState
due_state (DeskDeadline *deadline)
{
  g_autofree char *today = desk_today_iso ();
  int cmp = g_strcmp0 (desk_deadline_get_due_on (deadline), today);

  if (cmp < 0)
    return DUE_OVERDUE;
  if (cmp == 0)
    return DUE_TODAY;
  return DUE_LATER;
}

static char *
due_text (gpointer item)
{
  const char *due_on = desk_deadline_get_due_on (item);
  const char *due_time = desk_deadline_get_due_time (item);
  g_autofree char *when = NULL;

  if (!desk_text_is_blank (due_time))
    /* TRANSLATORS: when a deadline falls due: the date, then the time of day */
    when = g_strdup_printf (_("%s %s"), due_on, due_time);
  else
    when = g_strdup (due_on);

  /* Said in words as well as in colour, for those who cannot tell red. */
  switch (due_state (item))
    {
    case DUE_OVERDUE:
      /* TRANSLATORS: a deadline's date and time, then that it has passed */
      return g_strdup_printf (_("%s (overdue)"), when);

    case DUE_TODAY:
      /* TRANSLATORS: a deadline's date and time, then that it is today */
      return g_strdup_printf (_("%s (today)"), when);

    case DUE_LATER:
    default:
      return g_steal_pointer (&when);
    }
}

/* The Due cell is red when the date has passed and bold on the day. */
static const char *
due_style (gpointer   item,
           char     **tooltip)
{
  switch (due_state (item))
    {
    case DUE_OVERDUE:
      *tooltip = g_strdup (_("Overdue"));
      return "desk-overdue";

    case DUE_TODAY:
      *tooltip = g_strdup (_("Due today"));
      return "desk-due-today";

    case DUE_LATER:
    default:
      return NULL;
    }
}

static char *
kind_text (gpointer item)
{
  return g_strdup (desk_enum_label (DESK_TYPE_DEADLINE_KIND, desk_deadline_get_kind (item)));
}

static char *
case_text (gpointer item)
{
  return g_strdup (desk_deadline_get_case_number (item));
}

static char *
client_text (gpointer item)
{
  return g_strdup (desk_deadline_get_client_name (item));
}

static char *
description_text (gpointer item)
{
  return g_strdup (desk_deadline_get_description (item));
}

/* ---- DeskPage ------------------------------------------------------------------- */

static GListModel *
desk_deadlines_page_create_model (DeskPage   *page,
                                  DeskStore  *store,
                                  GError    **error)
{
  DeskDeadlinesPage *self = DESK_DEADLINES_PAGE (page);

  g_free (self->today);
  self->today = desk_today_iso ();

  return desk_store_list_upcoming_deadlines (store, self->today, DESK_DEADLINES_PAGE_DAYS, error);
}

/* The summary is counted from the rows listed, so it always agrees with them. */
static char *
desk_deadlines_page_describe_count (DeskPage *page,
                                    guint     n_items,
                                    gboolean  filtered)
{
  GListModel *model = desk_page_get_model (page);
  g_autofree char *overdue_text = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *later_text = NULL;
  guint counts[3] = { 0, };

  for (guint i = 0; model != NULL && i < n_items; i++)
    {
      g_autoptr(DeskDeadline) deadline = g_list_model_get_item (model, i);

      counts[due_state (deadline)]++;
    }

  overdue_text = g_strdup_printf (ngettext ("%u overdue", "%u overdue", counts[DUE_OVERDUE]), counts[DUE_OVERDUE]);
  today_text = g_strdup_printf (ngettext ("%u due today", "%u due today", counts[DUE_TODAY]), counts[DUE_TODAY]);
  later_text = g_strdup_printf (ngettext ("%u in the next %u days", "%u in the next %u days", counts[DUE_LATER]),
                                counts[DUE_LATER], (guint) DESK_DEADLINES_PAGE_DAYS);
  /* TRANSLATORS: the counts above the deadline list, joined by a middle dot */
  return g_strdup_printf (_("%s · %s · %s"), overdue_text, today_text, later_text);
}

static void
desk_deadlines_page_describe_empty (DeskPage    *page,
                                    gboolean     filtered,
                                    const char **title,
                                    const char **description)
{
  *title = _("Nothing Due in the Next 14 Days");
  *description = _("Court dates, filing deadlines and statutes of limitations of open cases are listed "
                   "here two weeks ahead, and stay until they are marked done.");
}

/* Enter on a deadline opens its case, on the Deadlines tab. */
/* A deadline is edited in its case, on the Deadlines tab. */
static DeskEditor *
desk_deadlines_page_open (DeskPage   *page,
                          GtkWindow  *parent,
                          DeskStore  *store,
                          DeskRecord *record)
{
  g_autoptr(DeskCase) kase = NULL;
  g_autoptr(GError) error = NULL;
  DeskCaseEditor *editor;

  kase = desk_store_get_case (store, desk_deadline_get_case_id (DESK_DEADLINE (record)), &error);
  if (kase == NULL)
    {
      desk_show_error (GTK_WIDGET (page), _("The case of this deadline cannot be opened"), error);
      return NULL;
    }

  editor = desk_case_editor_open (parent, store, kase);
  desk_case_editor_set_page (editor, "deadlines");
  return DESK_EDITOR (editor);
}

/* ---- marking done ------------------------------------------------------------------ */

typedef struct
{
  GtkWidget *widget;       /* weak: where a failed Undo is told */
  DeskStore *store;
  gint64     deadline_id;
} MarkDoneUndo;

static void
mark_done_undo_free (gpointer data)
{
  MarkDoneUndo *undo = data;

  g_clear_weak_pointer (&undo->widget);
  g_clear_object (&undo->store);
  g_free (undo);
}

static void
mark_done_undo (gpointer data)
{
  MarkDoneUndo *undo = data;
  g_autoptr(DeskDeadline) deadline = NULL;
  g_autoptr(GError) error = NULL;

  deadline = desk_store_get (undo->store, DESK_TYPE_DEADLINE, undo->deadline_id, &error);
  if (deadline != NULL)
    {
      desk_deadline_set_done (deadline, FALSE);
      if (desk_store_save (undo->store, DESK_RECORD (deadline), &error))
        return;
    }

  desk_show_error (undo->widget, _("The deadline could not be marked not done"), error);
}

gboolean
desk_deadlines_page_mark_done (DeskDeadlinesPage *self,
                               gint64             deadline_id)
{
  DeskStore *store;
  g_autoptr(DeskDeadline) deadline = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  MarkDoneUndo *undo;

  g_return_val_if_fail (DESK_IS_DEADLINES_PAGE (self), FALSE);

  store = desk_page_get_store (DESK_PAGE (self));
  if (store == NULL)
    return FALSE;

  /* A fresh copy: the list's own object stays as it was if the save fails. */
  deadline = desk_store_get (store, DESK_TYPE_DEADLINE, deadline_id, &error);
  if (deadline != NULL)
    {
      desk_deadline_set_done (deadline, TRUE);
      if (!desk_store_save (store, DESK_RECORD (deadline), &error))
        g_clear_object (&deadline);
    }

  if (deadline == NULL)
    {
      desk_show_error (GTK_WIDGET (self), _("The deadline could not be marked done"), error);
      return FALSE;
    }

  undo = g_new0 (MarkDoneUndo, 1);
  g_set_weak_pointer (&undo->widget, GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self))));
  undo->store = g_object_ref (store);
  undo->deadline_id = deadline_id;
  /* TRANSLATORS: shown with an Undo button; %s is a case number */
  message = g_strdup_printf (_("Deadline of case %s marked done"), desk_deadline_get_case_number (deadline));
  desk_show_undo (GTK_WIDGET (self), message, mark_done_undo, undo, mark_done_undo_free);

  return TRUE;
}

static void
done_toggled_cb (GtkCheckButton *check,
                 GtkListItem    *list_item)
{
  GtkWidget *page;
  gpointer item;

  if (!gtk_check_button_get_active (check))
    return;

  item = gtk_list_item_get_item (list_item);
  page = gtk_widget_get_ancestor (GTK_WIDGET (check), DESK_TYPE_DEADLINES_PAGE);
  if (item == NULL || page == NULL)
    return;

  /* On success the row leaves the list; otherwise the box is cleared again. */
  if (!desk_deadlines_page_mark_done (DESK_DEADLINES_PAGE (page), desk_record_get_id (item)))
    {
      g_signal_handlers_block_by_func (check, done_toggled_cb, list_item);
      gtk_check_button_set_active (check, FALSE);
      g_signal_handlers_unblock_by_func (check, done_toggled_cb, list_item);
    }
}

static void
done_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Mark Done"));
  g_signal_connect (check, "toggled", G_CALLBACK (done_toggled_cb), list_item);
  gtk_list_item_set_child (list_item, check);
}

static void
done_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *check = gtk_list_item_get_child (list_item);
  gpointer item = gtk_list_item_get_item (list_item);
  g_autofree char *name = NULL;

  g_signal_handlers_block_by_func (check, done_toggled_cb, list_item);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), item != NULL && desk_deadline_get_done (item));
  g_signal_handlers_unblock_by_func (check, done_toggled_cb, list_item);

  /* TRANSLATORS: what a screen reader says for the check box of a
   * deadline; %s is the deadline's description */
  name = g_strdup_printf (_("Mark “%s” done"), item != NULL ? desk_deadline_get_description (item) : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* ---- GObject --------------------------------------------------------------------------- */

/* A page left open overnight moves on with the calendar when it is shown. */
static void
desk_deadlines_page_map (GtkWidget *widget)
{
  DeskDeadlinesPage *self = DESK_DEADLINES_PAGE (widget);
  g_autofree char *today = desk_today_iso ();

  GTK_WIDGET_CLASS (desk_deadlines_page_parent_class)->map (widget);

  if (self->today != NULL && g_strcmp0 (today, self->today) != 0)
    desk_page_reload (DESK_PAGE (self));
}

static void
desk_deadlines_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DESK_TYPE_DEADLINES_PAGE);

  G_OBJECT_CLASS (desk_deadlines_page_parent_class)->dispose (object);
}

static void
desk_deadlines_page_finalize (GObject *object)
{
  DeskDeadlinesPage *self = (DeskDeadlinesPage *)object;

  g_free (self->today);

  G_OBJECT_CLASS (desk_deadlines_page_parent_class)->finalize (object);
}

static void
desk_deadlines_page_class_init (DeskDeadlinesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskPageClass *page_class = DESK_PAGE_CLASS (klass);

  object_class->dispose = desk_deadlines_page_dispose;
  object_class->finalize = desk_deadlines_page_finalize;

  widget_class->map = desk_deadlines_page_map;

  page_class->empty_icon_name = "alarm-symbolic";
  page_class->create_model = desk_deadlines_page_create_model;
  page_class->describe_count = desk_deadlines_page_describe_count;
  page_class->describe_empty = desk_deadlines_page_describe_empty;
  page_class->open_record = desk_deadlines_page_open;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-deadlines-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, done_column);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, due_column);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, kind_column);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, case_column);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, client_column);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, description_column);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, empty_page);

  gtk_widget_class_set_css_name (widget_class, "deskdeadlinespage");
}

static void
desk_deadlines_page_init (DeskDeadlinesPage *self)
{
  g_autoptr(GtkListItemFactory) done_factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  desk_page_set_view (DESK_PAGE (self), self->column_view, self->view_stack, self->empty_page,
                      self->summary_label, NULL);

  done_factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (done_factory, "setup", G_CALLBACK (done_setup_cb), NULL);
  g_signal_connect (done_factory, "bind", G_CALLBACK (done_bind_cb), NULL);
  gtk_column_view_column_set_factory (self->done_column, done_factory);

  desk_column_set_text_func (self->due_column, due_text, DESK_COLUMN_NUMBER);
  desk_column_set_style_func (self->due_column, due_style);
  desk_column_set_text_func (self->kind_column, kind_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->case_column, case_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->client_column, client_text, DESK_COLUMN_NAME);
  desk_column_set_text_func (self->description_column, description_text, DESK_COLUMN_TEXT);
}

const char *
desk_deadlines_page_get_summary_text (DeskDeadlinesPage *self)
{
  g_return_val_if_fail (DESK_IS_DEADLINES_PAGE (self), NULL);

  return gtk_label_get_text (self->summary_label);
}
