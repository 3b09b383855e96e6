/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-deadlines-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-case-editor.h"
#include "desk-column.h"
#include "desk-deadlines-page.h"
#include "desk-enum-types.h"
#include "desk-labels.h"
#include "desk-record-list.h"
#include "desk-window.h"

struct _DeskDeadlinesPage
{
  DeskPage             parent_instance;

  /* Template widgets */
  GtkWidget           *list_bar;
  GtkLabel            *summary_label;
  GtkLabel            *error_label;
  GtkStack            *view_stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkColumnViewColumn *done_column;
  GtkColumnViewColumn *due_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *case_column;
  GtkColumnViewColumn *client_column;
  GtkColumnViewColumn *description_column;
  GtkLabel            *empty_title;
  GtkLabel            *empty_description;

  /* Owned references */
  GListModel          *model;
  char                *today;
  char                *load_error;
};

G_DEFINE_FINAL_TYPE (DeskDeadlinesPage, desk_deadlines_page, DESK_TYPE_PAGE)

/* What an Undo of "marked done" needs: the deadline, found again by id. */
typedef struct
{
  DeskStore *store;
  gint64     deadline_id;
} MarkDoneUndo;

static void
mark_done_undo_free (gpointer data)
{
  MarkDoneUndo *undo = data;

  g_clear_object (&undo->store);
  g_free (undo);
}

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

  if (due_time != NULL && *due_time != '\0')
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

/* The Due cell is red when the date has passed and bold on the day. */
static void
due_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  gpointer item = gtk_list_item_get_item (list_item);
  DueState state = item != NULL ? due_state (item) : DUE_LATER;

  gtk_widget_remove_css_class (label, "desk-overdue");
  gtk_widget_remove_css_class (label, "desk-due-today");
  if (state == DUE_OVERDUE)
    gtk_widget_add_css_class (label, "desk-overdue");
  else if (state == DUE_TODAY)
    gtk_widget_add_css_class (label, "desk-due-today");
}

static void
desk_deadlines_page_set_error (DeskDeadlinesPage *self,
                               const char        *message)
{
  g_assert (DESK_IS_DEADLINES_PAGE (self));

  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
desk_deadlines_page_update_state (DeskDeadlinesPage *self)
{
  DeskStore *store = desk_page_get_store (DESK_PAGE (self));
  guint n_items = 0;

  g_assert (DESK_IS_DEADLINES_PAGE (self));

  if (self->model != NULL)
    n_items = g_list_model_get_n_items (self->model);

  if (store != NULL && self->load_error == NULL && n_items > 0)
    {
      g_autoptr(GError) error = NULL;
      guint due_today = 0;
      guint overdue = 0;

      if (desk_store_count_due_deadlines (store, self->today, &due_today, &overdue, &error))
        {
          guint later = n_items - MIN (n_items, due_today + overdue);
          g_autofree char *overdue_text = NULL;
          g_autofree char *today_text = NULL;
          g_autofree char *later_text = NULL;
          g_autofree char *summary = NULL;

          overdue_text = g_strdup_printf (ngettext ("%u overdue", "%u overdue", overdue), overdue);
          today_text = g_strdup_printf (ngettext ("%u due today", "%u due today", due_today), due_today);
          later_text = g_strdup_printf (ngettext ("%u in the next %u days", "%u in the next %u days", later),
                                        later, (guint) DESK_DEADLINES_PAGE_DAYS);
          /* TRANSLATORS: the counts above the deadline list, joined by a middle dot */
          summary = g_strdup_printf (_("%s · %s · %s"), overdue_text, today_text, later_text);
          gtk_label_set_text (self->summary_label, summary);
        }
      else
        {
          gtk_label_set_text (self->summary_label, error->message);
        }
    }
  else
    {
      gtk_label_set_text (self->summary_label, "");
    }

  /* The empty state says it in words; a bar of zeros above it would only
   * repeat it. */
  gtk_widget_set_visible (self->list_bar, n_items > 0);

  desk_page_update_view (DESK_PAGE (self), n_items, self->load_error,
                         _("The deadlines cannot be shown"),
                         _("Nothing due in the next 14 days"),
                         _("Court dates, filing deadlines and statutes of limitations of open cases "
                           "are listed here two weeks ahead, and stay until they are marked done."));
}

static void
desk_deadlines_page_reload (DeskDeadlinesPage *self)
{
  DeskStore *store = desk_page_get_store (DESK_PAGE (self));
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (DESK_IS_DEADLINES_PAGE (self));

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, desk_deadlines_page_update_state, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->load_error, g_free);
  desk_deadlines_page_set_error (self, NULL);

  g_free (self->today);
  self->today = desk_today_iso ();

  if (store != NULL)
    {
      model = desk_store_list_upcoming_deadlines (store, self->today, DESK_DEADLINES_PAGE_DAYS, &error);
      if (model == NULL)
        self->load_error = g_strdup (error->message);
    }

  if (model != NULL)
    {
      self->model = g_object_ref (model);
      g_signal_connect_swapped (self->model, "items-changed",
                                G_CALLBACK (desk_deadlines_page_update_state), self);
    }

  gtk_single_selection_set_model (self->selection, self->model);
  desk_deadlines_page_update_state (self);
}

static void
desk_deadlines_page_store_changed (DeskPage *page)
{
  desk_deadlines_page_reload (DESK_DEADLINES_PAGE (page));
}

/* The list follows its own deadlines; a case that leaves the archive or
 * goes into it takes its deadlines along, which only a new query shows. */
static void
desk_deadlines_page_records_changed (DeskPage       *page,
                                     const char     *entity,
                                     gint64          id,
                                     DeskChangeKind  kind)
{
  DeskDeadlinesPage *self = DESK_DEADLINES_PAGE (page);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (entity, "case") != 0 ||
      (kind != DESK_CHANGE_ARCHIVED && kind != DESK_CHANGE_RESTORED && kind != DESK_CHANGE_RELOADED))
    return;

  if (DESK_IS_RECORD_LIST (self->model) && !desk_record_list_reload (DESK_RECORD_LIST (self->model), &error))
    g_warning ("Cannot refresh the deadlines: %s", error->message);
}

/* A page left open overnight moves on with the calendar when it is shown. */
static void
desk_deadlines_page_map (GtkWidget *widget)
{
  DeskDeadlinesPage *self = DESK_DEADLINES_PAGE (widget);
  g_autofree char *today = desk_today_iso ();

  GTK_WIDGET_CLASS (desk_deadlines_page_parent_class)->map (widget);

  if (g_strcmp0 (today, self->today) != 0)
    desk_deadlines_page_reload (self);
}

static void
desk_deadlines_page_undo_mark_done (gpointer data)
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

  g_warning ("Cannot mark deadline %" G_GINT64_FORMAT " as not done: %s",
             undo->deadline_id, error->message);
}

static gboolean
desk_deadlines_page_mark_done (DeskDeadlinesPage *self,
                               gint64             deadline_id)
{
  DeskStore *store = desk_page_get_store (DESK_PAGE (self));
  g_autoptr(DeskDeadline) deadline = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  MarkDoneUndo *undo;
  GtkWidget *window;

  g_assert (DESK_IS_DEADLINES_PAGE (self));

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
      g_autofree char *text = NULL;

      /* TRANSLATORS: %s is the reason, a sentence from the database layer */
      text = g_strdup_printf (_("The deadline cannot be marked done: %s"), error->message);
      desk_deadlines_page_set_error (self, text);
      return FALSE;
    }

  desk_deadlines_page_set_error (self, NULL);

  window = gtk_widget_get_ancestor (GTK_WIDGET (self), DESK_TYPE_WINDOW);
  if (window == NULL)
    return TRUE;

  undo = g_new0 (MarkDoneUndo, 1);
  undo->store = g_object_ref (store);
  undo->deadline_id = deadline_id;
  /* TRANSLATORS: shown with an Undo button; %s is a case number */
  message = g_strdup_printf (_("Deadline of case %s marked done"), desk_deadline_get_case_number (deadline));
  desk_window_show_undo (DESK_WINDOW (window), message,
                         desk_deadlines_page_undo_mark_done, undo, mark_done_undo_free);

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

  /* On success the row leaves the list; otherwise the box is cleared again
   * and the reason shown above the list. */
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
  gtk_widget_set_tooltip_text (check, _("Mark done"));
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

  if (item != NULL)
    {
      /* TRANSLATORS: what a screen reader says for the check box of a
       * deadline; %s is the deadline's description */
      name = g_strdup_printf (_("Mark “%s” done"), desk_deadline_get_description (item));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
    }
}

static void
desk_deadlines_page_activate_cb (DeskDeadlinesPage *self,
                                 guint              position)
{
  DeskStore *store = desk_page_get_store (DESK_PAGE (self));
  g_autoptr(DeskDeadline) deadline = NULL;
  DeskCaseEditor *editor;
  gint64 case_id;

  g_assert (DESK_IS_DEADLINES_PAGE (self));

  if (self->model == NULL || store == NULL)
    return;

  deadline = g_list_model_get_item (self->model, position);
  if (deadline == NULL)
    return;

  /* The window opens the case (DeskWindow::open-case); coming from a
   * deadline, its Deadlines tab is the one to see. */
  case_id = desk_deadline_get_case_id (deadline);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-case", "x", case_id);

  editor = desk_case_editor_find (store, case_id);
  if (editor != NULL)
    desk_case_editor_set_page (editor, "deadlines");
}

static void
desk_deadlines_page_dispose (GObject *object)
{
  DeskDeadlinesPage *self = (DeskDeadlinesPage *)object;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, desk_deadlines_page_update_state, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_DEADLINES_PAGE);

  g_clear_object (&self->model);

  G_OBJECT_CLASS (desk_deadlines_page_parent_class)->dispose (object);
}

static void
desk_deadlines_page_finalize (GObject *object)
{
  DeskDeadlinesPage *self = (DeskDeadlinesPage *)object;

  g_free (self->today);
  g_free (self->load_error);

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

  page_class->store_changed = desk_deadlines_page_store_changed;
  page_class->records_changed = desk_deadlines_page_records_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-deadlines-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, list_bar);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, selection);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, done_column);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, due_column);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, kind_column);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, case_column);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, client_column);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, description_column);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, empty_title);
  gtk_widget_class_bind_template_child (widget_class, DeskDeadlinesPage, empty_description);
  gtk_widget_class_bind_template_callback (widget_class, desk_deadlines_page_activate_cb);

  gtk_widget_class_set_css_name (widget_class, "deskdeadlinespage");
}

static void
desk_deadlines_page_init (DeskDeadlinesPage *self)
{
  g_autoptr(GtkListItemFactory) done_factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  desk_page_set_empty_state (DESK_PAGE (self), self->view_stack, self->empty_title, self->empty_description);

  done_factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (done_factory, "setup", G_CALLBACK (done_setup_cb), NULL);
  g_signal_connect (done_factory, "bind", G_CALLBACK (done_bind_cb), NULL);
  gtk_column_view_column_set_factory (self->done_column, done_factory);

  desk_column_set_text_func (self->due_column, due_text, DESK_COLUMN_NUMBER);
  g_signal_connect_after (gtk_column_view_column_get_factory (self->due_column), "bind",
                          G_CALLBACK (due_bind_cb), NULL);
  desk_column_set_text_func (self->kind_column, kind_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->case_column, case_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->client_column, client_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->description_column, description_text, DESK_COLUMN_TEXT);

  desk_deadlines_page_reload (self);
}

GtkColumnView *
desk_deadlines_page_get_column_view (DeskDeadlinesPage *self)
{
  g_return_val_if_fail (DESK_IS_DEADLINES_PAGE (self), NULL);

  return self->column_view;
}

const char *
desk_deadlines_page_get_summary_text (DeskDeadlinesPage *self)
{
  g_return_val_if_fail (DESK_IS_DEADLINES_PAGE (self), NULL);

  return gtk_label_get_text (self->summary_label);
}

const char *
desk_deadlines_page_get_error_text (DeskDeadlinesPage *self)
{
  g_return_val_if_fail (DESK_IS_DEADLINES_PAGE (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;

  return gtk_label_get_text (self->error_label);
}
