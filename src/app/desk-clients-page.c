/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-clients-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-client-editor.h"
#include "desk-clients-page.h"
#include "desk-column.h"
#include "desk-record-list.h"
#include "desk-window.h"

/* Each sortable column's sorter only shows the arrow; the order itself
 * comes from SQL.  See desk_clients_page_read_sort(). */
typedef struct
{
  DeskClientsPage *page;
  DeskClientSort   sort;
} ColumnSort;

struct _DeskClientsPage
{
  DeskPage             parent_instance;

  /* Template widgets */
  GtkWidget           *list_bar;
  GtkSearchEntry      *search_entry;
  GtkLabel            *count_label;
  GtkStack            *view_stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *phone_column;
  GtkColumnViewColumn *language_column;
  GtkColumnViewColumn *county_column;
  GtkColumnViewColumn *open_cases_column;
  GtkColumnViewColumn *poverty_column;
  GtkColumnViewColumn *intake_column;
  GtkLabel            *empty_title;
  GtkLabel            *empty_description;

  /* Owned references */
  GListModel          *model;
  char                *load_error;
  char                *search;

  DeskClientSort       sort;
  gboolean             ascending;
  int                  probe_hit;      /* the column answering a probe, -1 before */
  gboolean             probing;
};

G_DEFINE_FINAL_TYPE (DeskClientsPage, desk_clients_page, DESK_TYPE_PAGE)

static char *
name_text (gpointer item)
{
  const char *first = desk_client_get_first_name (item);
  const char *last = desk_client_get_last_name (item);

  if (first == NULL || *first == '\0')
    return g_strdup (last);
  if (last == NULL || *last == '\0')
    return g_strdup (first);

  /* TRANSLATORS: a client's name in a list sorted by last name: "Last, First" */
  return g_strdup_printf (_("%s, %s"), last, first);
}

static char *
phone_text (gpointer item)
{
  return g_strdup (desk_client_get_phone (item));
}

static char *
language_text (gpointer item)
{
  return g_strdup (desk_client_get_language (item));
}

static char *
county_text (gpointer item)
{
  return g_strdup (desk_client_get_county (item));
}

static char *
open_cases_text (gpointer item)
{
  return g_strdup_printf ("%d", desk_client_get_open_cases (item));
}

static char *
poverty_text (gpointer item)
{
  int percent = desk_client_get_poverty_percent (item);

  /* No guideline applies (no figures for the region): nothing to compare. */
  if (percent < 0)
    return g_strdup ("—");

  /* TRANSLATORS: household income as a percentage of the poverty guideline */
  return g_strdup_printf (_("%d%%"), percent);
}

static char *
intake_text (gpointer item)
{
  return g_strdup (desk_client_get_intake_date (item));
}

static char *
client_display_name (DeskClient *client)
{
  g_autofree char *name = g_strdup_printf ("%s %s", desk_client_get_first_name (client),
                                           desk_client_get_last_name (client));

  return g_strdup (g_strstrip (name));
}

/* ---- state ----------------------------------------------------------------- */

static void
desk_clients_page_update_actions (DeskClientsPage *self)
{
  DeskStore *store = desk_page_get_store (DESK_PAGE (self));
  gboolean selected;

  g_assert (DESK_IS_CLIENTS_PAGE (self));

  selected = gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new", store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.find", store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.edit", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.archive", selected);
}

static void
desk_clients_page_update_state (DeskClientsPage *self)
{
  DeskStore *store = desk_page_get_store (DESK_PAGE (self));
  g_autofree char *empty_title = NULL;
  const char *empty_description;
  gboolean searching;
  guint n_items = 0;

  g_assert (DESK_IS_CLIENTS_PAGE (self));

  if (self->model != NULL)
    n_items = g_list_model_get_n_items (self->model);

  searching = self->search != NULL && *self->search != '\0';

  if (store != NULL && self->load_error == NULL)
    {
      g_autofree char *count = NULL;

      if (searching)
        count = g_strdup_printf (ngettext ("%u client found", "%u clients found", n_items), n_items);
      else
        count = g_strdup_printf (ngettext ("%u client", "%u clients", n_items), n_items);
      gtk_label_set_text (self->count_label, count);
    }
  else
    {
      gtk_label_set_text (self->count_label, "");
    }

  /* The bar holds the search and New Client, so it stays while a database
   * is open; "0 clients" next to the empty state would only repeat it. */
  gtk_widget_set_visible (self->list_bar, store != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), n_items > 0);

  if (searching)
    {
      /* TRANSLATORS: %s is what was typed into the search entry */
      empty_title = g_strdup_printf (_("No clients match “%s”"), self->search);
      empty_description = _("Search looks at the start of first names, last names and phone numbers. "
                            "Try fewer letters.");
    }
  else
    {
      empty_title = g_strdup (_("No clients yet"));
      empty_description = _("Clients taken in at intake will be listed here. Press New Client to add one.");
    }

  desk_page_update_view (DESK_PAGE (self), n_items, self->load_error,
                         _("The clients cannot be shown"), empty_title, empty_description);
  desk_clients_page_update_actions (self);
}

static gint64
desk_clients_page_get_selected_id (DeskClientsPage *self)
{
  guint position;

  g_assert (DESK_IS_CLIENTS_PAGE (self));

  position = gtk_single_selection_get_selected (self->selection);
  if (position == GTK_INVALID_LIST_POSITION || !DESK_IS_RECORD_LIST (self->model))
    return 0;

  return desk_record_list_get_id (DESK_RECORD_LIST (self->model), position);
}

static void
desk_clients_page_select_position (DeskClientsPage *self,
                                   guint            position)
{
  g_assert (DESK_IS_CLIENTS_PAGE (self));

  gtk_single_selection_set_selected (self->selection, position);
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  /* GTK 4.8 has no gtk_column_view_scroll_to(); the list view inside the
   * column view has the action. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

static void
desk_clients_page_reload (DeskClientsPage *self)
{
  DeskStore *store = desk_page_get_store (DESK_PAGE (self));
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;
  gint64 selected_id;

  g_assert (DESK_IS_CLIENTS_PAGE (self));

  selected_id = desk_clients_page_get_selected_id (self);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, desk_clients_page_update_state, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->load_error, g_free);

  if (store != NULL)
    {
      /* Sorting and searching run in SQL; the list stays lazy. */
      model = desk_store_search_clients (store, self->search, self->sort, self->ascending, &error);
      if (model == NULL)
        self->load_error = g_strdup (error->message);
    }

  if (model != NULL)
    {
      self->model = g_object_ref (model);
      g_signal_connect_swapped (self->model, "items-changed",
                                G_CALLBACK (desk_clients_page_update_state), self);
    }

  gtk_single_selection_set_model (self->selection, self->model);

  /* A new order keeps the client the person was on. */
  if (selected_id > 0 && DESK_IS_RECORD_LIST (self->model))
    {
      guint position = desk_record_list_find (DESK_RECORD_LIST (self->model), selected_id);

      if (position != G_MAXUINT)
        desk_clients_page_select_position (self, position);
    }

  desk_clients_page_update_state (self);
}

static void
desk_clients_page_store_changed (DeskPage *page)
{
  DeskClientsPage *self = DESK_CLIENTS_PAGE (page);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  desk_clients_page_reload (self);
}

/* ---- sorting ------------------------------------------------------------------ */

static int
column_sort_compare (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  ColumnSort *column = user_data;
  DeskClientsPage *self = column->page;

  /* The column view asks its primary column first; the first to answer a
   * probe names the column, and the sign of the result its direction. */
  if (self->probing && self->probe_hit < 0)
    {
      self->probe_hit = (int) column->sort;
      return GTK_ORDERING_SMALLER;
    }

  return GTK_ORDERING_EQUAL;
}

/* GTK 4.8 has no public GtkColumnViewSorter API (4.10 does): read the
 * primary column and its direction by probing the view's sorter. */
static void
desk_clients_page_read_sort (DeskClientsPage *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  DeskClientSort sort = DESK_CLIENT_SORT_NAME;
  gboolean ascending = TRUE;
  GtkOrdering ordering;

  g_assert (DESK_IS_CLIENTS_PAGE (self));

  self->probing = TRUE;
  self->probe_hit = -1;
  /* Two different objects: equal items are never compared. */
  ordering = gtk_sorter_compare (sorter, self, self->column_view);
  self->probing = FALSE;

  if (self->probe_hit >= 0)
    {
      sort = (DeskClientSort) self->probe_hit;
      ascending = ordering != GTK_ORDERING_LARGER;
    }

  if (sort != self->sort || ascending != self->ascending)
    {
      self->sort = sort;
      self->ascending = ascending;
      desk_clients_page_reload (self);
    }
}

static void
desk_clients_page_set_column_sort (DeskClientsPage     *self,
                                   GtkColumnViewColumn *column,
                                   DeskClientSort       sort)
{
  g_autoptr(GtkSorter) sorter = NULL;
  ColumnSort *column_sort;

  g_assert (DESK_IS_CLIENTS_PAGE (self));

  column_sort = g_new0 (ColumnSort, 1);
  column_sort->page = self;
  column_sort->sort = sort;

  sorter = GTK_SORTER (gtk_custom_sorter_new (column_sort_compare, column_sort, g_free));
  gtk_column_view_column_set_sorter (column, sorter);
}

/* ---- actions -------------------------------------------------------------------- */

static GtkWindow *
desk_clients_page_get_window (DeskClientsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
desk_clients_page_editor_saved_cb (DeskClientsPage *self,
                                   DeskClient      *client,
                                   gpointer         editor)
{
  g_assert (DESK_IS_CLIENTS_PAGE (self));

  desk_clients_page_select_client (self, desk_record_get_id (DESK_RECORD (client)));
}

static void
desk_clients_page_open_editor (DeskClientsPage *self,
                               DeskClient      *client)
{
  DeskStore *store = desk_page_get_store (DESK_PAGE (self));
  DeskClientEditor *editor;

  g_assert (DESK_IS_CLIENTS_PAGE (self));

  if (store == NULL)
    return;

  editor = desk_client_editor_open (desk_clients_page_get_window (self), store, client);
  g_signal_handlers_disconnect_by_func (editor, desk_clients_page_editor_saved_cb, self);
  g_signal_connect_object (editor, "saved", G_CALLBACK (desk_clients_page_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
desk_clients_page_new_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  desk_clients_page_open_editor (DESK_CLIENTS_PAGE (widget), NULL);
}

static void
desk_clients_page_find_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  DeskClientsPage *self = DESK_CLIENTS_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
desk_clients_page_edit_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  DeskClientsPage *self = DESK_CLIENTS_PAGE (widget);
  DeskClient *client = desk_clients_page_get_selected_client (self);

  if (client != NULL)
    desk_clients_page_open_editor (self, client);
}

static void
desk_clients_page_activate_cb (DeskClientsPage *self,
                               guint            position)
{
  g_autoptr(DeskClient) client = NULL;

  g_assert (DESK_IS_CLIENTS_PAGE (self));

  if (self->model == NULL)
    return;

  client = g_list_model_get_item (self->model, position);
  if (client != NULL)
    desk_clients_page_open_editor (self, client);
}

typedef struct
{
  DeskStore  *store;
  DeskClient *client;
} ArchiveUndo;

static void
archive_undo_free (gpointer data)
{
  ArchiveUndo *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->client);
  g_free (undo);
}

static void
archive_undo (gpointer data)
{
  ArchiveUndo *undo = data;
  g_autoptr(GError) error = NULL;

  if (!desk_store_restore (undo->store, DESK_RECORD (undo->client), &error))
    g_warning ("The client could not be taken out of the archive: %s", error->message);
}

static void
desk_clients_page_archive_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  DeskClientsPage *self = DESK_CLIENTS_PAGE (widget);
  DeskStore *store = desk_page_get_store (DESK_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  DeskClient *selected;
  DeskClient *client;
  GtkWindow *window;
  ArchiveUndo *undo;
  guint position;
  guint n_items;

  selected = desk_clients_page_get_selected_client (self);
  if (selected == NULL || store == NULL)
    return;

  position = gtk_single_selection_get_selected (self->selection);
  client = g_object_ref (selected);

  if (!desk_store_archive (store, DESK_RECORD (client), &error))
    {
      g_object_unref (client);
      g_warning ("The client could not be archived: %s", error->message);
      gtk_widget_error_bell (widget);
      return;
    }

  /* The row went away in place; stay at the same height in the list so
   * Delete can be pressed again for the next client. */
  n_items = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  if (n_items > 0)
    desk_clients_page_select_position (self, MIN (position, n_items - 1));

  name = client_display_name (client);
  /* TRANSLATORS: shown with an Undo button; %s is the client's name */
  message = g_strdup_printf (_("“%s” was archived"), name);

  undo = g_new0 (ArchiveUndo, 1);
  undo->store = g_object_ref (store);
  undo->client = client;

  window = desk_clients_page_get_window (self);
  if (DESK_IS_WINDOW (window))
    desk_window_show_undo (DESK_WINDOW (window), message, archive_undo, undo, archive_undo_free);
  else
    archive_undo_free (undo);
}

static void
desk_clients_page_search_changed_cb (DeskClientsPage *self,
                                     GtkSearchEntry  *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_assert (DESK_IS_CLIENTS_PAGE (self));

  if (desk_set_str (&self->search, text))
    desk_clients_page_reload (self);
}

static void
desk_clients_page_stop_search_cb (DeskClientsPage *self,
                                  GtkSearchEntry  *entry)
{
  g_assert (DESK_IS_CLIENTS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* ---- GObject --------------------------------------------------------------------- */

static void
desk_clients_page_dispose (GObject *object)
{
  DeskClientsPage *self = (DeskClientsPage *)object;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, desk_clients_page_update_state, self);
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_func (gtk_column_view_get_sorter (self->column_view),
                                          desk_clients_page_read_sort, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_CLIENTS_PAGE);

  g_clear_object (&self->model);

  G_OBJECT_CLASS (desk_clients_page_parent_class)->dispose (object);
}

static void
desk_clients_page_finalize (GObject *object)
{
  DeskClientsPage *self = (DeskClientsPage *)object;

  g_free (self->load_error);
  g_free (self->search);

  G_OBJECT_CLASS (desk_clients_page_parent_class)->finalize (object);
}

static void
desk_clients_page_class_init (DeskClientsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskPageClass *page_class = DESK_PAGE_CLASS (klass);

  object_class->dispose = desk_clients_page_dispose;
  object_class->finalize = desk_clients_page_finalize;

  page_class->store_changed = desk_clients_page_store_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-clients-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, list_bar);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, phone_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, language_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, county_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, open_cases_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, poverty_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, intake_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, empty_title);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, empty_description);
  gtk_widget_class_bind_template_callback (widget_class, desk_clients_page_update_actions);
  gtk_widget_class_bind_template_callback (widget_class, desk_clients_page_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_clients_page_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_clients_page_stop_search_cb);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, desk_clients_page_new_action);
  gtk_widget_class_install_action (widget_class, "page.find", NULL, desk_clients_page_find_action);
  gtk_widget_class_install_action (widget_class, "page.edit", NULL, desk_clients_page_edit_action);
  gtk_widget_class_install_action (widget_class, "page.archive", NULL, desk_clients_page_archive_action);

  gtk_widget_class_set_css_name (widget_class, "deskclientspage");
}

static void
desk_clients_page_init (DeskClientsPage *self)
{
  GtkEventController *shortcuts;

  self->sort = DESK_CLIENT_SORT_NAME;
  self->ascending = TRUE;
  self->probe_hit = -1;

  gtk_widget_init_template (GTK_WIDGET (self));
  desk_page_set_empty_state (DESK_PAGE (self), self->view_stack, self->empty_title, self->empty_description);

  desk_column_set_text_func (self->name_column, name_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->phone_column, phone_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->language_column, language_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->county_column, county_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->open_cases_column, open_cases_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->poverty_column, poverty_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->intake_column, intake_text, DESK_COLUMN_TEXT);

  desk_clients_page_set_column_sort (self, self->name_column, DESK_CLIENT_SORT_NAME);
  desk_clients_page_set_column_sort (self, self->phone_column, DESK_CLIENT_SORT_PHONE);
  desk_clients_page_set_column_sort (self, self->language_column, DESK_CLIENT_SORT_LANGUAGE);
  desk_clients_page_set_column_sort (self, self->county_column, DESK_CLIENT_SORT_COUNTY);
  desk_clients_page_set_column_sort (self, self->open_cases_column, DESK_CLIENT_SORT_OPEN_CASES);
  desk_clients_page_set_column_sort (self, self->poverty_column, DESK_CLIENT_SORT_POVERTY);
  desk_clients_page_set_column_sort (self, self->intake_column, DESK_CLIENT_SORT_INTAKE);

  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
  g_signal_connect_swapped (gtk_column_view_get_sorter (self->column_view), "changed",
                            G_CALLBACK (desk_clients_page_read_sort), self);

  /* Delete archives from the list only: in the search entry it deletes text. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                                                       gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0)),
                                                          gtk_named_action_new ("page.archive")));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), shortcuts);

  desk_clients_page_update_state (self);
}

/* ---- public ----------------------------------------------------------------------- */

GtkColumnView *
desk_clients_page_get_column_view (DeskClientsPage *self)
{
  g_return_val_if_fail (DESK_IS_CLIENTS_PAGE (self), NULL);

  return self->column_view;
}

GtkEditable *
desk_clients_page_get_search_entry (DeskClientsPage *self)
{
  g_return_val_if_fail (DESK_IS_CLIENTS_PAGE (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

const char *
desk_clients_page_get_count_text (DeskClientsPage *self)
{
  g_return_val_if_fail (DESK_IS_CLIENTS_PAGE (self), NULL);

  return gtk_label_get_text (self->count_label);
}

DeskClient *
desk_clients_page_get_selected_client (DeskClientsPage *self)
{
  g_return_val_if_fail (DESK_IS_CLIENTS_PAGE (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

gboolean
desk_clients_page_select_client (DeskClientsPage *self,
                                 gint64           id)
{
  guint position;

  g_return_val_if_fail (DESK_IS_CLIENTS_PAGE (self), FALSE);

  if (!DESK_IS_RECORD_LIST (self->model))
    return FALSE;

  position = desk_record_list_find (DESK_RECORD_LIST (self->model), id);
  if (position == G_MAXUINT)
    return FALSE;

  desk_clients_page_select_position (self, position);
  return TRUE;
}

DeskClientSort
desk_clients_page_get_sort (DeskClientsPage *self,
                            gboolean        *ascending)
{
  g_return_val_if_fail (DESK_IS_CLIENTS_PAGE (self), DESK_CLIENT_SORT_NAME);

  if (ascending != NULL)
    *ascending = self->ascending;

  return self->sort;
}
