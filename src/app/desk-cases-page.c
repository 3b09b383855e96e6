/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-cases-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-case-editor.h"
#include "desk-case-filters.h"
#include "desk-cases-page.h"
#include "desk-column.h"
#include "desk-enum-types.h"
#include "desk-labels.h"
#include "desk-record-list.h"
#include "desk-window.h"

struct _DeskCasesPage
{
  DeskPage             parent_instance;

  /* Template widgets */
  GtkWidget           *list_bar;
  GtkSearchEntry      *search_entry;
  GtkLabel            *count_label;
  GtkButton           *clear_button;
  DeskCaseFilters     *filters;
  GtkStack            *view_stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkColumnViewColumn *number_column;
  GtkColumnViewColumn *client_column;
  GtkColumnViewColumn *problem_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *priority_column;
  GtkColumnViewColumn *volunteer_column;
  GtkColumnViewColumn *mentor_column;
  GtkColumnViewColumn *opened_column;
  GtkColumnViewColumn *deadline_column;
  GtkLabel            *empty_title;
  GtkLabel            *empty_description;
  GtkButton           *empty_clear_button;

  /* Borrowed references */
  DeskWindow          *window;

  /* Owned references */
  GListModel          *model;
  char                *load_error;
  DeskCaseQuery        query;
  gulong               open_case_handler;

  /* Which column's sorter the column view asked first (see probe_sort_cb). */
  gpointer             probed;
  gboolean             sorting;
};

G_DEFINE_FINAL_TYPE (DeskCasesPage, desk_cases_page, DESK_TYPE_PAGE)

/* ---- cells ------------------------------------------------------------- */

static char *
case_number_text (gpointer item)
{
  return g_strdup (desk_case_get_case_number (item));
}

static char *
client_text (gpointer item)
{
  return g_strdup (desk_case_get_client_name (item));
}

static char *
problem_text (gpointer item)
{
  const char *code = desk_case_get_problem_code (item);
  const char *name = desk_case_get_problem_name (item);

  if (code == NULL || *code == '\0')
    return g_strdup (name);
  if (name == NULL || *name == '\0')
    return g_strdup (code);

  /* The same "63 · Private Landlord/Tenant" as DeskCode's label. */
  return g_strdup_printf ("%s · %s", code, name);
}

static char *
status_text (gpointer item)
{
  return g_strdup (desk_enum_label (DESK_TYPE_CASE_STATUS, desk_case_get_status (item)));
}

static char *
priority_text (gpointer item)
{
  return g_strdup (desk_enum_label (DESK_TYPE_PRIORITY, desk_case_get_priority (item)));
}

static char *
volunteer_text (gpointer item)
{
  return g_strdup (desk_case_get_volunteer_name (item));
}

static char *
mentor_text (gpointer item)
{
  return g_strdup (desk_case_get_mentor_name (item));
}

static char *
opened_text (gpointer item)
{
  return g_strdup (desk_case_get_opened_on (item));
}

static char *
deadline_text (gpointer item)
{
  return g_strdup (desk_case_get_next_deadline (item));
}

/* A deadline that has passed stands out in red; the text says the date
 * as before, so colour is never the only sign (the filter finds them). */
static void
deadline_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  gpointer item = gtk_list_item_get_item (list_item);
  gboolean overdue = FALSE;

  if (item != NULL)
    {
      const char *next = desk_case_get_next_deadline (item);

      if (next != NULL && *next != '\0')
        {
          g_autofree char *today = desk_today_iso ();

          overdue = g_strcmp0 (next, today) < 0;
        }
    }

  if (overdue)
    {
      gtk_widget_add_css_class (label, "desk-overdue");
      gtk_widget_set_tooltip_text (label, _("Overdue"));
    }
  else
    {
      gtk_widget_remove_css_class (label, "desk-overdue");
    }
}

/* ---- state ------------------------------------------------------------- */

static gboolean
desk_cases_page_is_narrowed (DeskCasesPage *self)
{
  g_assert (DESK_IS_CASES_PAGE (self));

  return self->query.search != NULL || desk_case_filters_is_active (self->filters);
}

static void
desk_cases_page_update_state (DeskCasesPage *self)
{
  DeskStore *store = desk_page_get_store (DESK_PAGE (self));
  const char *empty_title;
  const char *empty_description;
  guint n_items = 0;
  gboolean narrowed;

  g_assert (DESK_IS_CASES_PAGE (self));

  if (self->model != NULL)
    n_items = g_list_model_get_n_items (self->model);

  narrowed = desk_cases_page_is_narrowed (self);

  if (store != NULL && self->load_error == NULL)
    {
      /* TRANSLATORS: how many cases the list shows; %'u groups the thousands */
      g_autofree char *count = g_strdup_printf (ngettext ("%'u case", "%'u cases", n_items), n_items);

      gtk_label_set_text (self->count_label, count);
    }
  else
    {
      gtk_label_set_text (self->count_label, "");
    }

  /* The search and the filters stay while a database is open, so the
   * person can undo what emptied the list; "0 cases" would only repeat
   * the empty state. */
  gtk_widget_set_visible (self->list_bar, store != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->filters), store != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), n_items > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), narrowed);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_clear_button),
                          store != NULL && self->load_error == NULL && narrowed);

  if (narrowed)
    {
      empty_title = _("No cases match");
      empty_description = _("No case matches the search and the filters. Change them or clear them to see every case.");
    }
  else
    {
      empty_title = _("No cases yet");
      empty_description = _("Cases opened at intake will be listed here. Press Ctrl+N to open a new case.");
    }

  desk_page_update_view (DESK_PAGE (self), n_items, self->load_error,
                         _("The cases cannot be shown"), empty_title, empty_description);
}

static void
desk_cases_page_disconnect_model (DeskCasesPage *self)
{
  g_assert (DESK_IS_CASES_PAGE (self));

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, desk_cases_page_update_state, self);
  g_clear_object (&self->model);
}

/* Scrolls to the row of case @id and selects it, when it is listed. */
static void
desk_cases_page_select_case (DeskCasesPage *self,
                             gint64         id)
{
  guint position;

  g_assert (DESK_IS_CASES_PAGE (self));

  if (id <= 0 || !DESK_IS_RECORD_LIST (self->model))
    return;

  position = desk_record_list_find (DESK_RECORD_LIST (self->model), id);
  if (position == G_MAXUINT)
    return;

  gtk_single_selection_set_selected (self->selection, position);

  /* GTK 4.8 has no gtk_column_view_scroll_to(); its inner list view has
   * the action that does it. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

static gint64
desk_cases_page_get_selected_id (DeskCasesPage *self)
{
  DeskCase *kase;

  g_assert (DESK_IS_CASES_PAGE (self));

  kase = gtk_single_selection_get_selected_item (self->selection);

  return kase != NULL ? desk_record_get_id (DESK_RECORD (kase)) : 0;
}

static void
desk_cases_page_reload (DeskCasesPage *self)
{
  DeskStore *store = desk_page_get_store (DESK_PAGE (self));
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;
  gint64 selected_id;

  g_assert (DESK_IS_CASES_PAGE (self));

  selected_id = desk_cases_page_get_selected_id (self);

  desk_cases_page_disconnect_model (self);
  g_clear_pointer (&self->load_error, g_free);

  if (store != NULL)
    {
      model = desk_store_list_cases (store, &self->query, &error);
      if (model == NULL)
        self->load_error = g_strdup (error->message);
    }

  if (model != NULL)
    {
      self->model = g_object_ref (model);
      g_signal_connect_swapped (self->model, "items-changed",
                                G_CALLBACK (desk_cases_page_update_state), self);
    }

  gtk_single_selection_set_model (self->selection, self->model);
  desk_cases_page_update_state (self);
  desk_cases_page_select_case (self, selected_id);
}

static void
desk_cases_page_store_changed (DeskPage *page)
{
  desk_cases_page_reload (DESK_CASES_PAGE (page));
}

/* The list is lazy and follows the store in place; but which cases match
 * "has an overdue deadline", a search or the deadline order depends on
 * other records too, so those queries run again when they change. */
static void
desk_cases_page_records_changed (DeskPage       *page,
                                 const char     *entity,
                                 gint64          id,
                                 DeskChangeKind  kind)
{
  DeskCasesPage *self = DESK_CASES_PAGE (page);
  gboolean rerun = FALSE;

  if (!DESK_IS_RECORD_LIST (self->model))
    return;

  if (g_strcmp0 (entity, "deadline") == 0)
    rerun = self->query.overdue || self->query.sort == DESK_CASE_SORT_DEADLINE;
  else if (g_strcmp0 (entity, "note") == 0 || g_strcmp0 (entity, "party") == 0)
    rerun = self->query.search != NULL;
  else if (g_strcmp0 (entity, "client") == 0 || g_strcmp0 (entity, "volunteer") == 0)
    rerun = self->query.search != NULL ||
            self->query.sort == DESK_CASE_SORT_CLIENT ||
            self->query.sort == DESK_CASE_SORT_VOLUNTEER;

  if (rerun)
    {
      g_autoptr(GError) error = NULL;

      if (!desk_record_list_reload (DESK_RECORD_LIST (self->model), &error))
        g_warning ("Cannot refresh the case list: %s", error->message);
    }
}

/* ---- sorting ------------------------------------------------------------ */

typedef struct
{
  DeskCasesPage       *self;
  GtkColumnViewColumn *column;
  DeskCaseSort         sort;
} ProbeSort;

/* The cases are sorted in SQL, never by GTK.  Each sortable column gets a
 * sorter that only notes that it was asked; comparing two rows with the
 * column view's sorter then tells which column leads and in which
 * direction (GTK 4.8 has no API to ask the column view directly). */
static int
probe_sort_cb (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  ProbeSort *probe = user_data;

  if (probe->self->probed == NULL)
    probe->self->probed = probe;

  return GTK_ORDERING_SMALLER;
}

static void
desk_cases_page_set_column_sort (DeskCasesPage       *self,
                                 GtkColumnViewColumn *column,
                                 DeskCaseSort         sort)
{
  g_autoptr(GtkSorter) sorter = NULL;
  ProbeSort *probe = g_new0 (ProbeSort, 1);

  g_assert (DESK_IS_CASES_PAGE (self));

  probe->self = self;
  probe->column = column;
  probe->sort = sort;
  sorter = GTK_SORTER (gtk_custom_sorter_new (probe_sort_cb, probe, g_free));
  gtk_column_view_column_set_sorter (column, sorter);
}

static void
desk_cases_page_sorter_changed_cb (DeskCasesPage   *self,
                                   GtkSorterChange  change,
                                   GtkSorter       *sorter)
{
  GtkOrdering order;
  ProbeSort *probed;

  g_assert (DESK_IS_CASES_PAGE (self));

  /* Columns going away with the page, or our own re-sorting below. */
  if (self->column_view == NULL || self->sorting)
    return;

  /* Two different objects: a sorter calls an item equal to itself unasked. */
  self->probed = NULL;
  order = gtk_sorter_compare (sorter, self, self->column_view);
  probed = g_steal_pointer (&self->probed);

  if (probed == NULL)
    {
      self->query.sort = DESK_CASE_SORT_OPENED;
      self->query.ascending = FALSE;
    }
  else
    {
      self->query.sort = probed->sort;
      self->query.ascending = order != GTK_ORDERING_LARGER;

      /* The store sorts by one column; GTK would keep the earlier ones as
       * tie-breakers and show an arrow on each. */
      self->sorting = TRUE;
      gtk_column_view_sort_by_column (self->column_view, NULL, GTK_SORT_ASCENDING);
      gtk_column_view_sort_by_column (self->column_view, probed->column,
                                      self->query.ascending ? GTK_SORT_ASCENDING : GTK_SORT_DESCENDING);
      self->sorting = FALSE;
    }

  desk_cases_page_reload (self);
}

/* ---- search and filters -------------------------------------------------- */

static void
desk_cases_page_search_changed_cb (DeskCasesPage *self)
{
  const char *text;

  g_assert (DESK_IS_CASES_PAGE (self));

  text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_clear_pointer (&self->query.search, g_free);
  if (!desk_text_is_blank (text))
    self->query.search = g_strdup (text);

  desk_cases_page_reload (self);
}

static void
desk_cases_page_stop_search_cb (DeskCasesPage *self)
{
  g_assert (DESK_IS_CASES_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
desk_cases_page_filters_changed_cb (DeskCasesPage       *self,
                                    const DeskCaseQuery *filters)
{
  g_assert (DESK_IS_CASES_PAGE (self));

  /* Take the filter fields; the search and the order stay ours. */
  self->query.status = filters->status;
  self->query.client_id = filters->client_id;
  self->query.volunteer_id = filters->volunteer_id;
  self->query.unassigned = filters->unassigned;
  self->query.overdue = filters->overdue;
  desk_set_str (&self->query.category, filters->category);
  desk_set_str (&self->query.opened_from, filters->opened_from);
  desk_set_str (&self->query.opened_to, filters->opened_to);
  desk_set_str (&self->query.closed_from, filters->closed_from);
  desk_set_str (&self->query.closed_to, filters->closed_to);

  desk_cases_page_reload (self);
}

static void
desk_cases_page_clear_clicked_cb (DeskCasesPage *self)
{
  g_assert (DESK_IS_CASES_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  desk_case_filters_clear (self->filters);
}

/* ---- opening and archiving --------------------------------------------- */

static GtkWindow *
desk_cases_page_get_window (DeskCasesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
desk_cases_page_open_case_id (DeskCasesPage *self,
                              gint64         case_id)
{
  DeskStore *store = desk_page_get_store (DESK_PAGE (self));
  g_autoptr(DeskCase) kase = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (DESK_IS_CASES_PAGE (self));

  if (store == NULL)
    return;

  kase = desk_store_get_case (store, case_id, &error);
  if (kase == NULL)
    {
      g_warning ("Cannot open case %" G_GINT64_FORMAT ": %s", case_id, error->message);
      return;
    }

  desk_case_editor_open (desk_cases_page_get_window (self), store, kase);
}

static void
desk_cases_page_activate_cb (DeskCasesPage *self,
                             guint          position)
{
  DeskStore *store = desk_page_get_store (DESK_PAGE (self));
  g_autoptr(DeskCase) kase = NULL;

  g_assert (DESK_IS_CASES_PAGE (self));

  if (self->model == NULL || store == NULL)
    return;

  kase = g_list_model_get_item (self->model, position);
  if (kase != NULL)
    desk_case_editor_open (desk_cases_page_get_window (self), store, kase);
}

static void
desk_cases_page_window_open_case_cb (DeskCasesPage *self,
                                     gint64         case_id,
                                     DeskWindow    *window)
{
  g_assert (DESK_IS_CASES_PAGE (self));

  desk_cases_page_open_case_id (self, case_id);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  DeskCasesPage *self = DESK_CASES_PAGE (widget);
  DeskStore *store = desk_page_get_store (DESK_PAGE (self));

  if (store == NULL)
    return;

  desk_case_editor_open (desk_cases_page_get_window (self), store, NULL);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  DeskCasesPage *self = DESK_CASES_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

typedef struct
{
  DeskStore *store;
  DeskCase  *kase;
} ArchivedCase;

static void
archived_case_free (gpointer data)
{
  ArchivedCase *archived = data;

  g_object_unref (archived->store);
  g_object_unref (archived->kase);
  g_free (archived);
}

static void
archived_case_undo (gpointer data)
{
  ArchivedCase *archived = data;
  g_autoptr(GError) error = NULL;

  if (!desk_store_restore (archived->store, DESK_RECORD (archived->kase), &error))
    g_warning ("Cannot restore case %s: %s", desk_case_get_case_number (archived->kase), error->message);
}

static void
archive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  DeskCasesPage *self = DESK_CASES_PAGE (widget);
  DeskStore *store = desk_page_get_store (DESK_PAGE (self));
  g_autoptr(DeskCase) kase = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  ArchivedCase *archived;
  DeskCase *selected;

  if (store == NULL)
    return;

  selected = gtk_single_selection_get_selected_item (self->selection);
  if (selected == NULL)
    return;
  kase = g_object_ref (selected);

  if (!desk_store_archive (store, DESK_RECORD (kase), &error))
    {
      g_warning ("Cannot archive case %s: %s", desk_case_get_case_number (kase), error->message);
      return;
    }

  if (self->window == NULL)
    return;

  /* TRANSLATORS: shown with an Undo button after Delete; %s is a case number */
  message = g_strdup_printf (_("Case %s archived"), desk_case_get_case_number (kase));
  archived = g_new0 (ArchivedCase, 1);
  archived->store = g_object_ref (store);
  archived->kase = g_steal_pointer (&kase);
  desk_window_show_undo (self->window, message, archived_case_undo, archived, archived_case_free);
}

/* ---- the widget --------------------------------------------------------- */

static void
desk_cases_page_root (GtkWidget *widget)
{
  DeskCasesPage *self = DESK_CASES_PAGE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (desk_cases_page_parent_class)->root (widget);

  /* Whatever in the window names a case (a deadline, …) opens it here. */
  root = gtk_widget_get_root (widget);
  if (DESK_IS_WINDOW (root))
    {
      self->window = DESK_WINDOW (root);
      self->open_case_handler =
        g_signal_connect_swapped (self->window, "open-case",
                                  G_CALLBACK (desk_cases_page_window_open_case_cb), self);
    }
}

static void
desk_cases_page_unroot (GtkWidget *widget)
{
  DeskCasesPage *self = DESK_CASES_PAGE (widget);

  if (self->window != NULL)
    g_clear_signal_handler (&self->open_case_handler, self->window);
  self->window = NULL;

  GTK_WIDGET_CLASS (desk_cases_page_parent_class)->unroot (widget);
}

static void
desk_cases_page_dispose (GObject *object)
{
  DeskCasesPage *self = (DeskCasesPage *)object;

  desk_cases_page_disconnect_model (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_CASES_PAGE);

  G_OBJECT_CLASS (desk_cases_page_parent_class)->dispose (object);
}

static void
desk_cases_page_finalize (GObject *object)
{
  DeskCasesPage *self = (DeskCasesPage *)object;

  desk_case_query_clear (&self->query);
  g_free (self->load_error);

  G_OBJECT_CLASS (desk_cases_page_parent_class)->finalize (object);
}

static void
desk_cases_page_class_init (DeskCasesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskPageClass *page_class = DESK_PAGE_CLASS (klass);

  object_class->dispose = desk_cases_page_dispose;
  object_class->finalize = desk_cases_page_finalize;

  widget_class->root = desk_cases_page_root;
  widget_class->unroot = desk_cases_page_unroot;

  page_class->store_changed = desk_cases_page_store_changed;
  page_class->records_changed = desk_cases_page_records_changed;

  g_type_ensure (DESK_TYPE_CASE_FILTERS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-cases-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, list_bar);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, clear_button);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, filters);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, selection);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, number_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, client_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, problem_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, priority_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, volunteer_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, mentor_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, opened_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, deadline_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, empty_title);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, empty_description);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, empty_clear_button);
  gtk_widget_class_bind_template_callback (widget_class, desk_cases_page_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_cases_page_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_cases_page_filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_cases_page_clear_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_cases_page_activate_cb);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "page.archive", NULL, archive_action);

  gtk_widget_class_set_css_name (widget_class, "deskcasespage");
}

static void
desk_cases_page_init (DeskCasesPage *self)
{
  GtkListItemFactory *factory;
  GtkSorter *sorter;

  desk_case_query_init (&self->query);

  gtk_widget_init_template (GTK_WIDGET (self));
  desk_page_set_empty_state (DESK_PAGE (self), self->view_stack, self->empty_title, self->empty_description);

  desk_column_set_text_func (self->number_column, case_number_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->client_column, client_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->problem_column, problem_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->status_column, status_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->priority_column, priority_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->volunteer_column, volunteer_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->mentor_column, mentor_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->opened_column, opened_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->deadline_column, deadline_text, DESK_COLUMN_NUMBER);

  factory = gtk_column_view_column_get_factory (self->deadline_column);
  g_signal_connect_after (factory, "bind", G_CALLBACK (deadline_bind_cb), NULL);

  /* Every column the store can order by; the mentor cannot. */
  desk_cases_page_set_column_sort (self, self->number_column, DESK_CASE_SORT_NUMBER);
  desk_cases_page_set_column_sort (self, self->client_column, DESK_CASE_SORT_CLIENT);
  desk_cases_page_set_column_sort (self, self->problem_column, DESK_CASE_SORT_PROBLEM);
  desk_cases_page_set_column_sort (self, self->status_column, DESK_CASE_SORT_STATUS);
  desk_cases_page_set_column_sort (self, self->priority_column, DESK_CASE_SORT_PRIORITY);
  desk_cases_page_set_column_sort (self, self->volunteer_column, DESK_CASE_SORT_VOLUNTEER);
  desk_cases_page_set_column_sort (self, self->opened_column, DESK_CASE_SORT_OPENED);
  desk_cases_page_set_column_sort (self, self->deadline_column, DESK_CASE_SORT_DEADLINE);

  /* Newest first, as the store's default, with the header showing it. */
  gtk_column_view_sort_by_column (self->column_view, self->opened_column, GTK_SORT_DESCENDING);
  sorter = gtk_column_view_get_sorter (self->column_view);
  g_signal_connect_object (sorter, "changed", G_CALLBACK (desk_cases_page_sorter_changed_cb),
                           self, G_CONNECT_SWAPPED);
  self->query.sort = DESK_CASE_SORT_OPENED;
  self->query.ascending = FALSE;

  desk_cases_page_update_state (self);
}

GtkColumnView *
desk_cases_page_get_column_view (DeskCasesPage *self)
{
  g_return_val_if_fail (DESK_IS_CASES_PAGE (self), NULL);

  return self->column_view;
}

const char *
desk_cases_page_get_count_text (DeskCasesPage *self)
{
  g_return_val_if_fail (DESK_IS_CASES_PAGE (self), NULL);

  return gtk_label_get_text (self->count_label);
}

DeskCaseFilters *
desk_cases_page_get_filters (DeskCasesPage *self)
{
  g_return_val_if_fail (DESK_IS_CASES_PAGE (self), NULL);

  return self->filters;
}

GtkEditable *
desk_cases_page_get_search_entry (DeskCasesPage *self)
{
  g_return_val_if_fail (DESK_IS_CASES_PAGE (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

const DeskCaseQuery *
desk_cases_page_get_query (DeskCasesPage *self)
{
  g_return_val_if_fail (DESK_IS_CASES_PAGE (self), NULL);

  return &self->query;
}
