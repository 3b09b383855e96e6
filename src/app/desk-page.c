/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-archive.h"
#include "desk-page.h"
#include "desk-record-list.h"
#include "desk-widget.h"

typedef struct
{
  /* Borrowed references: the subclass's template widgets */
  GtkColumnView      *view;
  GtkStack           *stack;
  AdwStatusPage      *empty_page;
  GtkLabel           *count_label;
  GtkEditable        *search_entry;

  /* Owned references */
  DeskStore          *store;
  GListModel         *model;
  GtkSingleSelection *selection;

  gint64              selected_id;  /* the record to keep selected across refreshes */
  int                 sort;
  gboolean            ascending;
  gpointer            probe_hit;    /* the ColumnSort answering a sort probe, NULL before */
  guint               probing : 1;
  guint               resorting : 1;
  guint               refreshing : 1;
} DeskPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (DeskPage, desk_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- state ----------------------------------------------------------------- */

static gboolean
desk_page_is_filtered (DeskPage *self)
{
  DeskPageClass *klass = DESK_PAGE_GET_CLASS (self);

  return klass->is_filtered != NULL && klass->is_filtered (self);
}

static void
desk_page_update_actions (DeskPage *self)
{
  DeskPagePrivate *priv = desk_page_get_instance_private (self);
  gboolean selected;
  gboolean writable;

  g_assert (DESK_IS_PAGE (self));

  selected = priv->selection != NULL &&
             gtk_single_selection_get_selected (priv->selection) != GTK_INVALID_LIST_POSITION;
  /* A read-only file is shown, not changed (the window says why). */
  writable = priv->store != NULL && !desk_store_is_read_only (priv->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new",
                                 writable && DESK_PAGE_GET_CLASS (self)->new_record != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.find", priv->store != NULL && priv->search_entry != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.edit",
                                 selected && DESK_PAGE_GET_CLASS (self)->open_record != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.archive",
                                 writable && selected && DESK_PAGE_GET_CLASS (self)->describe_record != NULL);
}

static void
desk_page_update_state (DeskPage   *self,
                        const char *load_error)
{
  DeskPagePrivate *priv = desk_page_get_instance_private (self);
  DeskPageClass *klass = DESK_PAGE_GET_CLASS (self);
  gboolean filtered = desk_page_is_filtered (self);
  guint n_items = priv->model != NULL ? g_list_model_get_n_items (priv->model) : 0;

  g_assert (DESK_IS_PAGE (self));

  if (priv->stack == NULL)
    return;

  if (priv->count_label != NULL)
    {
      g_autofree char *count = NULL;

      if (priv->store != NULL && load_error == NULL && klass->describe_count != NULL)
        count = klass->describe_count (self, n_items, filtered);
      gtk_label_set_text (priv->count_label, count != NULL ? count : "");
      /* "0 clients" next to the empty state would only repeat it. */
      gtk_widget_set_visible (GTK_WIDGET (priv->count_label), n_items > 0);
    }

  if (n_items == 0)
    {
      const char *title = NULL;
      const char *description = NULL;
      const char *icon_name = klass->empty_icon_name;

      if (priv->store == NULL)
        {
          title = _("No database is open");
          description = _("Open a database or create a new one from the main menu.");
        }
      else if (load_error != NULL)
        {
          title = _("The list cannot be shown");
          description = load_error;
          icon_name = "dialog-warning-symbolic";
        }
      else
        {
          klass->describe_empty (self, filtered, &title, &description);
          if (filtered)
            icon_name = "edit-find-symbolic";
        }

      adw_status_page_set_icon_name (priv->empty_page, icon_name);
      adw_status_page_set_title (priv->empty_page, title);
      adw_status_page_set_description (priv->empty_page, description);
    }

  gtk_stack_set_visible_child_name (priv->stack, n_items > 0 ? "list" : "empty");
  desk_page_update_actions (self);
}

static void
desk_page_scroll_to (DeskPage *self,
                     guint     position)
{
  DeskPagePrivate *priv = desk_page_get_instance_private (self);

  g_assert (DESK_IS_PAGE (self));

  /* GTK 4.8 has no gtk_column_view_scroll_to(); the list view inside the
   * column view has the action. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (priv->view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

static guint
desk_page_find_id (DeskPage *self,
                   gint64    id,
                   guint     hint_start,
                   guint     hint_length)
{
  DeskPagePrivate *priv = desk_page_get_instance_private (self);
  DeskRecordList *list;

  g_assert (DESK_IS_PAGE (self));

  if (id <= 0 || !DESK_IS_RECORD_LIST (priv->model))
    return GTK_INVALID_LIST_POSITION;

  list = DESK_RECORD_LIST (priv->model);

  /* A row refreshed in place is where the change was: look there first,
   * a million ids are not scanned for each refreshed row. */
  for (guint i = hint_start; i < hint_start + hint_length; i++)
    if (desk_record_list_get_id (list, i) == id)
      return i;

  {
    guint position = desk_record_list_find (list, id);

    return position == G_MAXUINT ? GTK_INVALID_LIST_POSITION : position;
  }
}

static void
desk_page_selection_notify_cb (DeskPage *self)
{
  DeskPagePrivate *priv = desk_page_get_instance_private (self);
  guint position;

  g_assert (DESK_IS_PAGE (self));

  /* A refresh replacing the selected row drops the selection for a moment;
   * the person's choice stays what it was. */
  if (!priv->refreshing)
    {
      position = gtk_single_selection_get_selected (priv->selection);
      priv->selected_id = position != GTK_INVALID_LIST_POSITION && DESK_IS_RECORD_LIST (priv->model)
                          ? desk_record_list_get_id (DESK_RECORD_LIST (priv->model), position) : 0;
    }

  desk_page_update_actions (self);
}

/* Runs before the selection sees the change. */
static void
desk_page_model_changing_cb (DeskPage *self)
{
  DeskPagePrivate *priv = desk_page_get_instance_private (self);

  priv->refreshing = TRUE;
}

/* Runs after it: puts the selection back on the same record. */
static void
desk_page_model_changed_cb (DeskPage   *self,
                            guint       position,
                            guint       removed,
                            guint       added,
                            GListModel *model)
{
  DeskPagePrivate *priv = desk_page_get_instance_private (self);
  guint selected;

  priv->refreshing = FALSE;

  selected = gtk_single_selection_get_selected (priv->selection);
  if (priv->selected_id > 0 && selected == GTK_INVALID_LIST_POSITION)
    {
      selected = desk_page_find_id (self, priv->selected_id, position, added);
      if (selected != GTK_INVALID_LIST_POSITION)
        gtk_single_selection_set_selected (priv->selection, selected);
      else
        priv->selected_id = 0;
    }

  desk_page_update_state (self, NULL);
}

void
desk_page_reload (DeskPage *self)
{
  DeskPagePrivate *priv;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;
  gint64 keep;

  g_return_if_fail (DESK_IS_PAGE (self));

  priv = desk_page_get_instance_private (self);
  if (priv->selection == NULL)
    return;

  keep = priv->selected_id;

  if (priv->model != NULL)
    {
      g_signal_handlers_disconnect_by_func (priv->model, desk_page_model_changing_cb, self);
      g_signal_handlers_disconnect_by_func (priv->model, desk_page_model_changed_cb, self);
    }
  g_clear_object (&priv->model);

  if (priv->store != NULL)
    model = DESK_PAGE_GET_CLASS (self)->create_model (self, priv->store, &error);

  if (model != NULL)
    {
      priv->model = g_object_ref (model);
      /* Before the selection connects, so the first handler runs first. */
      g_signal_connect_swapped (priv->model, "items-changed", G_CALLBACK (desk_page_model_changing_cb), self);
      g_signal_connect_object (priv->model, "items-changed", G_CALLBACK (desk_page_model_changed_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }

  priv->refreshing = TRUE;
  gtk_single_selection_set_model (priv->selection, priv->model);
  gtk_single_selection_set_selected (priv->selection, GTK_INVALID_LIST_POSITION);
  priv->refreshing = FALSE;

  /* A new order or a new search keeps the record the person was on. */
  priv->selected_id = 0;
  if (keep > 0)
    desk_page_select_id (self, keep);

  desk_page_update_state (self, error != NULL ? error->message : NULL);
}

/* ---- sorting ------------------------------------------------------------------ */

typedef struct
{
  DeskPage            *page;
  GtkColumnViewColumn *column;   /* borrowed: the column owns this */
  int                  sort;
} ColumnSort;

static int
column_sort_compare (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  ColumnSort *column = user_data;
  DeskPagePrivate *priv = desk_page_get_instance_private (column->page);

  /* The column view asks its primary column first; the first to answer a
   * probe names the column, and the sign of the result its direction. */
  if (priv->probing && priv->probe_hit == NULL)
    {
      priv->probe_hit = column;
      return GTK_ORDERING_SMALLER;
    }

  return GTK_ORDERING_EQUAL;
}

/* GTK 4.8 has no public GtkColumnViewSorter API (4.10 does): read the
 * primary column and its direction by probing the view's sorter.  The
 * order itself comes from SQL. */
static void
desk_page_sorter_changed_cb (DeskPage *self)
{
  DeskPagePrivate *priv = desk_page_get_instance_private (self);
  GtkSorter *sorter = gtk_column_view_get_sorter (priv->view);
  GtkOrdering ordering;
  ColumnSort *hit;
  gboolean ascending;

  if (priv->resorting || priv->view == NULL)
    return;

  priv->probing = TRUE;
  priv->probe_hit = NULL;
  /* Two different objects: equal items are never compared. */
  ordering = gtk_sorter_compare (sorter, self, priv->view);
  priv->probing = FALSE;
  hit = g_steal_pointer (&priv->probe_hit);

  if (hit == NULL)
    return;

  ascending = ordering != GTK_ORDERING_LARGER;

  /* The store sorts by one column; GTK would keep the earlier ones as
   * tie-breakers and show an arrow on each. */
  priv->resorting = TRUE;
  gtk_column_view_sort_by_column (priv->view, NULL, GTK_SORT_ASCENDING);
  gtk_column_view_sort_by_column (priv->view, hit->column, ascending ? GTK_SORT_ASCENDING : GTK_SORT_DESCENDING);
  priv->resorting = FALSE;

  if (hit->sort != priv->sort || ascending != priv->ascending)
    {
      priv->sort = hit->sort;
      priv->ascending = ascending;
      desk_page_reload (self);
    }
}

void
desk_page_add_sort_column (DeskPage            *self,
                           GtkColumnViewColumn *column,
                           int                  sort)
{
  g_autoptr(GtkSorter) sorter = NULL;
  ColumnSort *column_sort;

  g_return_if_fail (DESK_IS_PAGE (self));
  g_return_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column));
  g_return_if_fail (sort >= 0);

  column_sort = g_new0 (ColumnSort, 1);
  column_sort->page = self;
  column_sort->column = column;
  column_sort->sort = sort;

  sorter = GTK_SORTER (gtk_custom_sorter_new (column_sort_compare, column_sort, g_free));
  gtk_column_view_column_set_sorter (column, sorter);
}

void
desk_page_set_default_sort (DeskPage            *self,
                            GtkColumnViewColumn *column,
                            GtkSortType          direction)
{
  DeskPagePrivate *priv;

  g_return_if_fail (DESK_IS_PAGE (self));

  priv = desk_page_get_instance_private (self);
  gtk_column_view_sort_by_column (priv->view, column, direction);
  desk_page_sorter_changed_cb (self);
}

int
desk_page_get_sort (DeskPage *self,
                    gboolean *ascending)
{
  DeskPagePrivate *priv;

  g_return_val_if_fail (DESK_IS_PAGE (self), 0);

  priv = desk_page_get_instance_private (self);
  if (ascending != NULL)
    *ascending = priv->ascending;

  return priv->sort;
}

/* ---- actions --------------------------------------------------------------------- */

static void
desk_page_editor_saved_cb (DeskPage   *self,
                           DeskRecord *record)
{
  DeskPagePrivate *priv = desk_page_get_instance_private (self);

  /* A deadline's row opens its case: a case saved is not a deadline to select. */
  if (priv->model != NULL && g_list_model_get_item_type (priv->model) == G_OBJECT_TYPE (record))
    desk_page_select_id (self, desk_record_get_id (record));
}

/* Opens the editor of @record (NULL: a new one), and selects what it saves. */
static void
desk_page_open_editor (DeskPage   *self,
                       DeskRecord *record)
{
  DeskPagePrivate *priv = desk_page_get_instance_private (self);
  DeskPageClass *klass = DESK_PAGE_GET_CLASS (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  DeskEditor *editor = NULL;

  if (priv->store == NULL)
    return;

  if (record == NULL && klass->new_record != NULL)
    editor = klass->new_record (self, parent, priv->store);
  else if (record != NULL && klass->open_record != NULL)
    editor = klass->open_record (self, parent, priv->store, record);

  if (editor == NULL)
    return;

  /* One editor per record: an editor opened again is not followed twice. */
  g_signal_handlers_disconnect_by_func (editor, desk_page_editor_saved_cb, self);
  g_signal_connect_object (editor, "saved", G_CALLBACK (desk_page_editor_saved_cb), self, G_CONNECT_SWAPPED);
}

static void
desk_page_new_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  desk_page_open_editor (DESK_PAGE (widget), NULL);
}

static void
desk_page_find_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  DeskPagePrivate *priv = desk_page_get_instance_private (DESK_PAGE (widget));

  if (priv->search_entry == NULL)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (priv->search_entry));
  gtk_editable_select_region (priv->search_entry, 0, -1);
}

static void
desk_page_edit_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  DeskPage *self = DESK_PAGE (widget);
  DeskRecord *record = desk_page_get_selected (self);

  if (record != NULL)
    desk_page_open_editor (self, record);
}

static void
desk_page_archive_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  DeskPage *self = DESK_PAGE (widget);
  DeskPagePrivate *priv = desk_page_get_instance_private (self);
  g_autoptr(DeskRecord) record = NULL;
  g_autofree char *what = NULL;
  guint position;
  guint n_items;

  if (desk_page_get_selected (self) == NULL || priv->store == NULL ||
      DESK_PAGE_GET_CLASS (self)->describe_record == NULL)
    return;

  record = g_object_ref (desk_page_get_selected (self));
  position = gtk_single_selection_get_selected (priv->selection);
  what = DESK_PAGE_GET_CLASS (self)->describe_record (self, record);

  priv->selected_id = 0;
  if (!desk_archive_with_undo (widget, priv->store, record, what))
    return;

  /* The row went away in place; stay at the same height in the list so
   * Delete can be pressed again for the next one. */
  n_items = priv->model != NULL ? g_list_model_get_n_items (priv->model) : 0;
  if (n_items > 0)
    {
      gtk_single_selection_set_selected (priv->selection, MIN (position, n_items - 1));
      desk_page_scroll_to (self, MIN (position, n_items - 1));
    }
}

static void
desk_page_activate_cb (DeskPage *self,
                       guint     position)
{
  DeskPagePrivate *priv = desk_page_get_instance_private (self);
  g_autoptr(DeskRecord) record = NULL;

  g_assert (DESK_IS_PAGE (self));

  if (priv->model == NULL || DESK_PAGE_GET_CLASS (self)->open_record == NULL)
    return;

  record = g_list_model_get_item (priv->model, position);
  if (record != NULL)
    desk_page_open_editor (self, record);
}

/* ---- GObject ----------------------------------------------------------------------- */

static void
desk_page_dispose (GObject *object)
{
  DeskPage *self = (DeskPage *)object;
  DeskPagePrivate *priv = desk_page_get_instance_private (self);

  if (priv->model != NULL)
    {
      g_signal_handlers_disconnect_by_func (priv->model, desk_page_model_changing_cb, self);
      g_signal_handlers_disconnect_by_func (priv->model, desk_page_model_changed_cb, self);
    }

  desk_widget_unparent_children (GTK_WIDGET (self));

  priv->view = NULL;
  priv->stack = NULL;
  priv->empty_page = NULL;
  priv->count_label = NULL;
  priv->search_entry = NULL;

  g_clear_object (&priv->model);
  g_clear_object (&priv->selection);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (desk_page_parent_class)->dispose (object);
}

static void
desk_page_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DeskPage *self = DESK_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, desk_page_get_store (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_page_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DeskPage *self = DESK_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      desk_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_page_class_init (DeskPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_page_dispose;
  object_class->get_property = desk_page_get_property;
  object_class->set_property = desk_page_set_property;

  klass->empty_icon_name = "view-list-symbolic";

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DESK_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, desk_page_new_action);
  gtk_widget_class_install_action (widget_class, "page.find", NULL, desk_page_find_action);
  gtk_widget_class_install_action (widget_class, "page.edit", NULL, desk_page_edit_action);
  gtk_widget_class_install_action (widget_class, "page.archive", NULL, desk_page_archive_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
desk_page_init (DeskPage *self)
{
  DeskPagePrivate *priv = desk_page_get_instance_private (self);

  priv->ascending = TRUE;
}

/* ---- public --------------------------------------------------------------------------- */

DeskStore *
desk_page_get_store (DeskPage *self)
{
  DeskPagePrivate *priv;

  g_return_val_if_fail (DESK_IS_PAGE (self), NULL);

  priv = desk_page_get_instance_private (self);

  return priv->store;
}

void
desk_page_set_store (DeskPage  *self,
                     DeskStore *store)
{
  DeskPagePrivate *priv;

  g_return_if_fail (DESK_IS_PAGE (self));
  g_return_if_fail (store == NULL || DESK_IS_STORE (store));

  priv = desk_page_get_instance_private (self);

  if (!g_set_object (&priv->store, store))
    return;

  priv->selected_id = 0;
  if (DESK_PAGE_GET_CLASS (self)->store_changed != NULL)
    DESK_PAGE_GET_CLASS (self)->store_changed (self);
  desk_page_reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
desk_page_set_view (DeskPage      *self,
                    GtkColumnView *view,
                    GtkStack      *stack,
                    AdwStatusPage *empty_page,
                    GtkLabel      *count_label,
                    GtkEditable   *search_entry)
{
  DeskPagePrivate *priv;
  GtkEventController *shortcuts;

  g_return_if_fail (DESK_IS_PAGE (self));
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (GTK_IS_STACK (stack));
  g_return_if_fail (ADW_IS_STATUS_PAGE (empty_page));

  priv = desk_page_get_instance_private (self);
  g_return_if_fail (priv->view == NULL);

  priv->view = view;
  priv->stack = stack;
  priv->empty_page = empty_page;
  priv->count_label = count_label;
  priv->search_entry = search_entry;

  priv->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (priv->selection, FALSE);
  gtk_single_selection_set_can_unselect (priv->selection, TRUE);
  g_signal_connect_object (priv->selection, "notify::selected", G_CALLBACK (desk_page_selection_notify_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (priv->selection));

  g_signal_connect_object (view, "activate", G_CALLBACK (desk_page_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_sorter (view), "changed",
                           G_CALLBACK (desk_page_sorter_changed_cb), self, G_CONNECT_SWAPPED);

  /* Delete archives from the list only: in a search entry it deletes text. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                                                       gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0)),
                                                          gtk_named_action_new ("page.archive")));
  gtk_widget_add_controller (GTK_WIDGET (view), shortcuts);

  desk_page_update_state (self, NULL);
}

GListModel *
desk_page_get_model (DeskPage *self)
{
  DeskPagePrivate *priv;

  g_return_val_if_fail (DESK_IS_PAGE (self), NULL);

  priv = desk_page_get_instance_private (self);
  return priv->model;
}

DeskRecord *
desk_page_get_selected (DeskPage *self)
{
  DeskPagePrivate *priv;

  g_return_val_if_fail (DESK_IS_PAGE (self), NULL);

  priv = desk_page_get_instance_private (self);
  return priv->selection != NULL ? gtk_single_selection_get_selected_item (priv->selection) : NULL;
}

gboolean
desk_page_select_id (DeskPage *self,
                     gint64    id)
{
  DeskPagePrivate *priv;
  guint position;

  g_return_val_if_fail (DESK_IS_PAGE (self), FALSE);

  priv = desk_page_get_instance_private (self);
  position = desk_page_find_id (self, id, 0, 0);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  gtk_single_selection_set_selected (priv->selection, position);
  priv->selected_id = id;
  desk_page_scroll_to (self, position);
  return TRUE;
}

const char *
desk_page_get_count_text (DeskPage *self)
{
  DeskPagePrivate *priv;

  g_return_val_if_fail (DESK_IS_PAGE (self), NULL);

  priv = desk_page_get_instance_private (self);
  return priv->count_label != NULL ? gtk_label_get_text (priv->count_label) : NULL;
}

const char *
desk_page_get_empty_title (DeskPage *self)
{
  DeskPagePrivate *priv;

  g_return_val_if_fail (DESK_IS_PAGE (self), NULL);

  priv = desk_page_get_instance_private (self);
  if (priv->stack == NULL || g_strcmp0 (gtk_stack_get_visible_child_name (priv->stack), "empty") != 0)
    return NULL;

  return adw_status_page_get_title (priv->empty_page);
}

GtkColumnView *
desk_page_get_column_view (DeskPage *self)
{
  DeskPagePrivate *priv;

  g_return_val_if_fail (DESK_IS_PAGE (self), NULL);

  priv = desk_page_get_instance_private (self);
  return priv->view;
}
