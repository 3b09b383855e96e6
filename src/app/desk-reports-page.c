/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-reports-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-archive.h"
#include "desk-column.h"
#include "desk-feedback.h"
#include "desk-funder-editor.h"
#include "desk-grant-editor.h"
#include "desk-money.h"
#include "desk-reports-page.h"
#include "desk-store-grants.h"
#include "desk-widget.h"

/* Not a DeskPage: its list is a tree of two kinds of records, a funder
 * with its grants, which a clinic has tens of, not a lazy list of one
 * kind.  It is made of the same pieces: desk_column_set_text_func(), the
 * page.* actions, an AdwStatusPage, desk_archive_with_undo(). */

struct _DeskReportsPage
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkStack            *view_stack;
  GtkLabel            *count_label;
  GtkWidget           *edit_button;
  GtkWidget           *archive_button;
  GtkWidget           *new_funder_button;
  DeskReportView      *report_view;
  GtkStack            *funders_stack;
  GtkColumnView       *funders_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *number_column;
  GtkColumnViewColumn *period_column;
  GtkColumnViewColumn *rate_column;
  GtkColumnViewColumn *details_column;

  /* Owned references */
  DeskStore           *store;
  GtkSingleSelection  *selection;
  GHashTable          *grants_by_funder;  /* funder id → GListStore of its DeskGrant */
  guint                n_funders;
};

G_DEFINE_FINAL_TYPE (DeskReportsPage, desk_reports_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void desk_reports_page_view_changed_cb (DeskReportsPage *self);

/* The record of a row of the tree (a new reference). */
static DeskRecord *
row_record (gpointer item)
{
  if (GTK_IS_TREE_LIST_ROW (item))
    return gtk_tree_list_row_get_item (item);

  return g_object_ref (item);
}

/* ---- the columns ------------------------------------------------------------------- */

static char *
number_text (gpointer item)
{
  g_autoptr(DeskRecord) record = row_record (item);

  return DESK_IS_GRANT (record) ? g_strdup (desk_grant_get_grant_number (DESK_GRANT (record))) : NULL;
}

static char *
period_text (gpointer item)
{
  g_autoptr(DeskRecord) record = row_record (item);

  if (!DESK_IS_GRANT (record))
    return NULL;

  /* TRANSLATORS: a grant's period in the list of grants */
  return g_strdup_printf (_("%s to %s"), desk_grant_get_period_start (DESK_GRANT (record)),
                          desk_grant_get_period_end (DESK_GRANT (record)));
}

static char *
rate_text (gpointer item)
{
  g_autoptr(DeskRecord) record = row_record (item);
  gint64 cents;

  if (!DESK_IS_GRANT (record))
    return NULL;

  cents = desk_grant_get_hour_value_cents (DESK_GRANT (record));
  return cents > 0 ? desk_format_money (cents) : g_strdup (_("Clinic’s rate"));
}

/* What a grant is limited to, in a line: "Housing, Family · Fresno · up to 200%". */
static char *
details_text (gpointer item)
{
  g_autoptr(DeskRecord) record = row_record (item);
  g_autoptr(GString) text = g_string_new (NULL);
  DeskGrant *grant;

  if (DESK_IS_FUNDER (record))
    return g_strdup (desk_funder_get_contact (DESK_FUNDER (record)));
  if (!DESK_IS_GRANT (record))
    return NULL;

  grant = DESK_GRANT (record);
  if (!desk_text_is_blank (desk_grant_get_problem_categories (grant)))
    g_string_append (text, desk_grant_get_problem_categories (grant));
  if (!desk_text_is_blank (desk_grant_get_counties (grant)))
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", desk_grant_get_counties (grant));
  if (desk_grant_get_income_ceiling_percent (grant) > 0)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      /* TRANSLATORS: a grant's income ceiling, in % of the poverty guideline */
      g_string_append_printf (text, _("up to %d%% of poverty"), desk_grant_get_income_ceiling_percent (grant));
    }
  if (text->len == 0)
    g_string_append (text, _("Any case"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
name_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 14);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
  gtk_list_item_set_child (list_item, expander);
}

static void
name_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item));
  GtkWidget *label = gtk_tree_expander_get_child (expander);
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(DeskRecord) record = row != NULL ? row_record (row) : NULL;
  g_autofree char *name = NULL;

  gtk_tree_expander_set_list_row (expander, row);

  if (DESK_IS_FUNDER (record))
    name = g_strdup (desk_funder_get_name (DESK_FUNDER (record)));
  else if (DESK_IS_GRANT (record))
    name = g_strdup (desk_grant_get_name (DESK_GRANT (record)));

  gtk_label_set_text (GTK_LABEL (label), name != NULL ? name : "");
  gtk_widget_set_tooltip_text (label, name);
  /* Funders head their grants. */
  if (DESK_IS_FUNDER (record))
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
}

static void
name_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item)), NULL);
}

/* ---- the list ----------------------------------------------------------------------- */

static GListModel *
create_grants_cb (gpointer item,
                  gpointer user_data)
{
  DeskReportsPage *self = user_data;
  GListStore *grants;

  if (!DESK_IS_FUNDER (item))
    return NULL;

  grants = g_hash_table_lookup (self->grants_by_funder, &(gint64) { desk_record_get_id (item) });
  return grants != NULL ? g_object_ref (G_LIST_MODEL (grants)) : NULL;
}

static guint
desk_reports_page_find (DeskReportsPage *self,
                        GType            record_type,
                        gint64           id)
{
  GListModel *rows = gtk_single_selection_get_model (self->selection);

  g_assert (DESK_IS_REPORTS_PAGE (self));

  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);
      g_autoptr(DeskRecord) record = row_record (row);

      if (G_OBJECT_TYPE (record) == record_type && desk_record_get_id (record) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
desk_reports_page_update_actions (DeskReportsPage *self)
{
  gboolean selected = desk_reports_page_get_selected (self) != NULL;

  g_assert (DESK_IS_REPORTS_PAGE (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.new-funder", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.edit", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.archive", selected);
}

/* Reads the funders and grants again, keeping the selection. */
static void
desk_reports_page_reload (DeskReportsPage *self)
{
  g_autoptr(DeskRecord) selected = NULL;
  g_autoptr(GListStore) funders = g_list_store_new (DESK_TYPE_FUNDER);
  g_autoptr(GPtrArray) funder_list = NULL;
  g_autoptr(GPtrArray) grant_list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  GtkTreeListModel *tree;
  guint n_funders = 0;
  guint n_grants = 0;

  g_assert (DESK_IS_REPORTS_PAGE (self));

  if (desk_reports_page_get_selected (self) != NULL)
    selected = g_object_ref (desk_reports_page_get_selected (self));

  g_hash_table_remove_all (self->grants_by_funder);

  if (self->store != NULL &&
      ((funder_list = desk_store_list_funders (self->store, &error)) == NULL ||
       (grant_list = desk_store_list_grants (self->store, 0, &error)) == NULL))
    desk_show_error (GTK_WIDGET (self), _("The funders and grants cannot be listed"), error);

  if (funder_list != NULL && grant_list != NULL)
    {
      n_funders = funder_list->len;
      n_grants = grant_list->len;
      g_list_store_splice (funders, 0, 0, funder_list->pdata, funder_list->len);

      for (guint i = 0; i < grant_list->len; i++)
        {
          DeskGrant *grant = g_ptr_array_index (grant_list, i);
          gint64 funder_id = desk_grant_get_funder_id (grant);
          GListStore *grants = g_hash_table_lookup (self->grants_by_funder, &funder_id);

          if (grants == NULL)
            {
              grants = g_list_store_new (DESK_TYPE_GRANT);
              g_hash_table_insert (self->grants_by_funder, g_memdup2 (&funder_id, sizeof funder_id), grants);
            }
          g_list_store_append (grants, grant);
        }
    }

  tree = gtk_tree_list_model_new (G_LIST_MODEL (g_steal_pointer (&funders)), FALSE, TRUE, create_grants_cb, self,
                                  NULL);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (tree));
  g_object_unref (tree);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  if (selected != NULL)
    desk_reports_page_select (self, G_OBJECT_TYPE (selected), desk_record_get_id (selected));

  /* TRANSLATORS: the first half of "2 funders, 3 grants" */
  count = g_strdup_printf (ngettext ("%u funder", "%u funders", n_funders), n_funders);
  {
    /* TRANSLATORS: the second half of "2 funders, 3 grants" */
    g_autofree char *grants = g_strdup_printf (ngettext ("%u grant", "%u grants", n_grants), n_grants);
    /* TRANSLATORS: how many funders and grants are listed: "2 funders, 3 grants" */
    g_autofree char *both = g_strdup_printf (C_("funders and grants counted", "%s, %s"), count, grants);

    gtk_label_set_text (self->count_label, both);
  }

  self->n_funders = n_funders;
  gtk_stack_set_visible_child_name (self->funders_stack, n_funders > 0 ? "list" : "empty");
  desk_reports_page_view_changed_cb (self);
  desk_reports_page_update_actions (self);
}

static void
desk_reports_page_store_changed_cb (DeskReportsPage *self,
                                    const char      *entity,
                                    gint64           id,
                                    DeskChangeKind   kind,
                                    DeskStore       *store)
{
  g_assert (DESK_IS_REPORTS_PAGE (self));

  desk_reports_page_reload (self);
}

/* ---- actions ------------------------------------------------------------------------ */

static void
desk_reports_page_editor_saved_cb (DeskReportsPage *self,
                                   DeskRecord      *record)
{
  g_assert (DESK_IS_REPORTS_PAGE (self));

  desk_reports_page_select (self, G_OBJECT_TYPE (record), desk_record_get_id (record));
}

static GtkWindow *
desk_reports_page_window (DeskReportsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The list shows what an editor saves, selected. */
static void
desk_reports_page_follow (DeskReportsPage *self,
                          gpointer         editor)
{
  g_signal_handlers_disconnect_by_func (editor, desk_reports_page_editor_saved_cb, self);
  g_signal_connect_object (editor, "saved", G_CALLBACK (desk_reports_page_editor_saved_cb), self, G_CONNECT_SWAPPED);
}

static void
desk_reports_page_new_grant_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  DeskReportsPage *self = DESK_REPORTS_PAGE (widget);
  DeskRecord *selected = desk_reports_page_get_selected (self);
  g_autoptr(DeskGrant) grant = desk_grant_new (0);

  if (self->store == NULL)
    return;

  /* A new grant is most often the next one of the funder in view. */
  if (DESK_IS_FUNDER (selected))
    desk_grant_set_funder_id (grant, desk_record_get_id (selected));
  else if (DESK_IS_GRANT (selected))
    desk_grant_set_funder_id (grant, desk_grant_get_funder_id (DESK_GRANT (selected)));

  desk_reports_page_follow (self, desk_grant_editor_open (desk_reports_page_window (self), self->store, grant));
}

static void
desk_reports_page_new_funder_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  DeskReportsPage *self = DESK_REPORTS_PAGE (widget);

  if (self->store != NULL)
    desk_reports_page_follow (self, desk_funder_editor_open (desk_reports_page_window (self), self->store, NULL));
}

static void
desk_reports_page_edit (DeskReportsPage *self,
                        DeskRecord      *record)
{
  g_assert (DESK_IS_REPORTS_PAGE (self));

  if (self->store == NULL || record == NULL)
    return;

  if (DESK_IS_FUNDER (record))
    desk_reports_page_follow (self, desk_funder_editor_open (desk_reports_page_window (self), self->store,
                                                             DESK_FUNDER (record)));
  else if (DESK_IS_GRANT (record))
    desk_reports_page_follow (self, desk_grant_editor_open (desk_reports_page_window (self), self->store,
                                                            DESK_GRANT (record)));
}

static void
desk_reports_page_edit_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  DeskReportsPage *self = DESK_REPORTS_PAGE (widget);

  desk_reports_page_edit (self, desk_reports_page_get_selected (self));
}

static void
desk_reports_page_archive_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  DeskReportsPage *self = DESK_REPORTS_PAGE (widget);
  DeskRecord *selected = desk_reports_page_get_selected (self);
  g_autoptr(DeskRecord) record = NULL;
  g_autofree char *name = NULL;

  if (self->store == NULL || selected == NULL)
    return;

  record = g_object_ref (selected);
  name = DESK_IS_FUNDER (record) ? g_strdup (desk_funder_get_name (DESK_FUNDER (record)))
                                 : g_strdup (desk_grant_get_name (DESK_GRANT (record)));
  desk_archive_with_undo (widget, self->store, record, name);
}

static void
desk_reports_page_activate_cb (DeskReportsPage *self,
                               guint            position)
{
  g_autoptr(GObject) row = NULL;
  g_autoptr(DeskRecord) record = NULL;

  g_assert (DESK_IS_REPORTS_PAGE (self));

  row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (row == NULL)
    return;

  record = row_record (row);
  desk_reports_page_edit (self, record);
}

/* The list's own buttons show only with the list. */
static void
desk_reports_page_view_changed_cb (DeskReportsPage *self)
{
  gboolean funders = g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "funders") == 0;

  g_assert (DESK_IS_REPORTS_PAGE (self));

  /* "0 funders" beside the empty state would only repeat it. */
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), funders && self->n_funders > 0);
  gtk_widget_set_visible (self->edit_button, funders);
  gtk_widget_set_visible (self->archive_button, funders);
  gtk_widget_set_visible (self->new_funder_button, funders);
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
desk_reports_page_dispose (GObject *object)
{
  DeskReportsPage *self = (DeskReportsPage *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, desk_reports_page_store_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_REPORTS_PAGE);
  desk_widget_unparent_children (GTK_WIDGET (self));

  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  g_clear_pointer (&self->grants_by_funder, g_hash_table_unref);

  G_OBJECT_CLASS (desk_reports_page_parent_class)->dispose (object);
}

static void
desk_reports_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DeskReportsPage *self = DESK_REPORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_reports_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DeskReportsPage *self = DESK_REPORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      desk_reports_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_reports_page_class_init (DeskReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_reports_page_dispose;
  object_class->get_property = desk_reports_page_get_property;
  object_class->set_property = desk_reports_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, DESK_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DESK_TYPE_REPORT_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-reports-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DeskReportsPage, name)
  BIND (view_stack);
  BIND (count_label);
  BIND (edit_button);
  BIND (archive_button);
  BIND (new_funder_button);
  BIND (report_view);
  BIND (funders_stack);
  BIND (funders_view);
  BIND (name_column);
  BIND (number_column);
  BIND (period_column);
  BIND (rate_column);
  BIND (details_column);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, desk_reports_page_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_reports_page_view_changed_cb);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, desk_reports_page_new_grant_action);
  gtk_widget_class_install_action (widget_class, "page.edit", NULL, desk_reports_page_edit_action);
  gtk_widget_class_install_action (widget_class, "page.archive", NULL, desk_reports_page_archive_action);
  gtk_widget_class_install_action (widget_class, "reports.new-funder", NULL, desk_reports_page_new_funder_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "deskreportspage");
}

static void
desk_reports_page_init (DeskReportsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->grants_by_funder = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (desk_reports_page_update_actions), self,
                           G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->funders_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect (factory, "setup", G_CALLBACK (name_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (name_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (name_unbind_cb), NULL);
  gtk_column_view_column_set_factory (self->name_column, factory);
  desk_column_set_text_func (self->number_column, number_text, DESK_COLUMN_TEXT);
  /* Two dates are read whole, like numbers. */
  desk_column_set_text_func (self->period_column, period_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->rate_column, rate_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->details_column, details_text, DESK_COLUMN_TEXT);

  /* Delete archives from the list, as on the other pages. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                                                       gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0)),
                                                          gtk_named_action_new ("page.archive")));
  gtk_widget_add_controller (GTK_WIDGET (self->funders_view), shortcuts);

  desk_reports_page_reload (self);
  desk_reports_page_view_changed_cb (self);
}

/* ---- public --------------------------------------------------------------------------- */

DeskStore *
desk_reports_page_get_store (DeskReportsPage *self)
{
  g_return_val_if_fail (DESK_IS_REPORTS_PAGE (self), NULL);

  return self->store;
}

void
desk_reports_page_set_store (DeskReportsPage *self,
                             DeskStore       *store)
{
  g_return_if_fail (DESK_IS_REPORTS_PAGE (self));
  g_return_if_fail (store == NULL || DESK_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, desk_reports_page_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (self->store != NULL)
    {
      g_signal_connect_object (self->store, "changed::funder", G_CALLBACK (desk_reports_page_store_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->store, "changed::grant", G_CALLBACK (desk_reports_page_store_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  desk_report_view_set_store (self->report_view, store);
  desk_reports_page_reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

DeskReportView *
desk_reports_page_get_report_view (DeskReportsPage *self)
{
  g_return_val_if_fail (DESK_IS_REPORTS_PAGE (self), NULL);

  return self->report_view;
}

GtkColumnView *
desk_reports_page_get_funders_view (DeskReportsPage *self)
{
  g_return_val_if_fail (DESK_IS_REPORTS_PAGE (self), NULL);

  return self->funders_view;
}

void
desk_reports_page_set_view (DeskReportsPage *self,
                            const char      *name)
{
  g_return_if_fail (DESK_IS_REPORTS_PAGE (self));
  g_return_if_fail (name != NULL);

  gtk_stack_set_visible_child_name (self->view_stack, name);
}

gboolean
desk_reports_page_select (DeskReportsPage *self,
                          GType            record_type,
                          gint64           id)
{
  guint position;

  g_return_val_if_fail (DESK_IS_REPORTS_PAGE (self), FALSE);

  position = desk_reports_page_find (self, record_type, id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);
  return TRUE;
}

DeskRecord *
desk_reports_page_get_selected (DeskReportsPage *self)
{
  GtkTreeListRow *row;
  DeskRecord *record;

  g_return_val_if_fail (DESK_IS_REPORTS_PAGE (self), NULL);

  row = gtk_single_selection_get_selected_item (self->selection);
  if (row == NULL)
    return NULL;

  record = gtk_tree_list_row_get_item (row);
  /* Borrowed, as the other pages' selection is: the row keeps its item. */
  g_object_unref (record);
  return record;
}

const char *
desk_reports_page_get_count_text (DeskReportsPage *self)
{
  g_return_val_if_fail (DESK_IS_REPORTS_PAGE (self), NULL);

  return gtk_label_get_text (self->count_label);
}
