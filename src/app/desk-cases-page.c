/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-cases-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-case-editor.h"
#include "desk-cases-page.h"
#include "desk-column.h"
#include "desk-labels.h"

struct _DeskCasesPage
{
  DeskPage             parent_instance;

  /* Template widgets */
  GtkSearchEntry      *search_entry;
  GtkLabel            *count_label;
  GtkToggleButton     *filters_button;
  GtkButton           *clear_button;
  GtkRevealer         *filters_revealer;
  DeskCaseFilters     *filters;
  GtkStack            *view_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *number_column;
  GtkColumnViewColumn *client_column;
  GtkColumnViewColumn *problem_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *priority_column;
  GtkColumnViewColumn *volunteer_column;
  GtkColumnViewColumn *mentor_column;
  GtkColumnViewColumn *opened_column;
  GtkColumnViewColumn *deadline_column;
  AdwStatusPage       *empty_page;

  /* Owned */
  DeskCaseQuery        query;
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

  if (desk_text_is_blank (code))
    return g_strdup (name);
  if (desk_text_is_blank (name))
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

/* A deadline that has passed stands out in red; the tooltip says why, so
 * colour is never the only sign (and the filter finds them). */
static const char *
deadline_style (gpointer   item,
                char     **tooltip)
{
  const char *next = desk_case_get_next_deadline (item);
  g_autofree char *today = desk_today_iso ();

  if (desk_text_is_blank (next) || g_strcmp0 (next, today) >= 0)
    return NULL;

  *tooltip = g_strdup (_("Overdue"));
  return "desk-overdue";
}

/* ---- DeskPage ---------------------------------------------------------------- */

static GListModel *
desk_cases_page_create_model (DeskPage   *page,
                              DeskStore  *store,
                              GError    **error)
{
  DeskCasesPage *self = DESK_CASES_PAGE (page);
  gboolean ascending;

  self->query.sort = desk_page_get_sort (page, &ascending);
  self->query.ascending = ascending;

  return desk_store_list_cases (store, &self->query, error);
}

static gboolean
desk_cases_page_is_filtered (DeskPage *page)
{
  DeskCasesPage *self = DESK_CASES_PAGE (page);

  return self->query.search != NULL || desk_case_filters_is_active (self->filters);
}

static char *
desk_cases_page_describe_count (DeskPage *page,
                                guint     n_items,
                                gboolean  filtered)
{
  if (filtered)
    return g_strdup_printf (ngettext ("%u case found", "%u cases found", n_items), n_items);

  return g_strdup_printf (ngettext ("%u case", "%u cases", n_items), n_items);
}

static void
desk_cases_page_describe_empty (DeskPage    *page,
                                gboolean     filtered,
                                const char **title,
                                const char **description)
{
  if (filtered)
    {
      *title = _("No Cases Found");
      *description = _("No case matches the search and the filters. Search looks at case titles, summaries, "
                       "notes and names; press Clear to see every case.");
    }
  else
    {
      *title = _("No Cases Yet");
      *description = _("Cases opened for clients are listed here. Press New Case to open one.");
    }
}

static char *
desk_cases_page_describe_record (DeskPage   *page,
                                 DeskRecord *record)
{
  /* TRANSLATORS: a case named in a message; %s is its number */
  return g_strdup_printf (_("Case %s"), desk_case_get_case_number (DESK_CASE (record)));
}

static DeskEditor *
desk_cases_page_open (DeskPage   *page,
                      GtkWindow  *parent,
                      DeskStore  *store,
                      DeskRecord *record)
{
  return DESK_EDITOR (desk_case_editor_open (parent, store, record != NULL ? DESK_CASE (record) : NULL));
}

static DeskEditor *
desk_cases_page_new_record (DeskPage  *page,
                            GtkWindow *parent,
                            DeskStore *store)
{
  return desk_cases_page_open (page, parent, store, NULL);
}

static void
desk_cases_page_store_changed (DeskPage *page)
{
  DeskCasesPage *self = DESK_CASES_PAGE (page);

  desk_case_filters_set_store (self->filters, desk_page_get_store (page));
}

/* ---- search and filters -------------------------------------------------- */

static void
desk_cases_page_update_clear (DeskCasesPage *self)
{
  gboolean filtered = desk_cases_page_is_filtered (DESK_PAGE (self));

  gtk_widget_set_visible (GTK_WIDGET (self->clear_button), filtered);
  /* Filters folded away still narrow the list: the toggle says so. */
  if (desk_case_filters_is_active (self->filters))
    gtk_widget_add_css_class (GTK_WIDGET (self->filters_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filters_button), "accent");
}

static void
desk_cases_page_search_changed_cb (DeskCasesPage *self)
{
  const char *text;

  g_assert (DESK_IS_CASES_PAGE (self));

  text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_clear_pointer (&self->query.search, g_free);
  if (!desk_text_is_blank (text))
    self->query.search = g_strdup (text);

  desk_cases_page_update_clear (self);
  desk_page_reload (DESK_PAGE (self));
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

  desk_cases_page_update_clear (self);
  desk_page_reload (DESK_PAGE (self));
}

static void
desk_cases_page_clear_clicked_cb (DeskCasesPage *self)
{
  g_assert (DESK_IS_CASES_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  desk_case_filters_clear (self->filters);
}

/* ---- GObject ---------------------------------------------------------------- */

static void
desk_cases_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DESK_TYPE_CASES_PAGE);

  G_OBJECT_CLASS (desk_cases_page_parent_class)->dispose (object);
}

static void
desk_cases_page_finalize (GObject *object)
{
  DeskCasesPage *self = (DeskCasesPage *)object;

  desk_case_query_clear (&self->query);

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

  page_class->empty_icon_name = "folder-documents-symbolic";
  page_class->create_model = desk_cases_page_create_model;
  page_class->is_filtered = desk_cases_page_is_filtered;
  page_class->describe_count = desk_cases_page_describe_count;
  page_class->describe_empty = desk_cases_page_describe_empty;
  page_class->describe_record = desk_cases_page_describe_record;
  page_class->open_record = desk_cases_page_open;
  page_class->new_record = desk_cases_page_new_record;
  page_class->store_changed = desk_cases_page_store_changed;

  g_type_ensure (DESK_TYPE_CASE_FILTERS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-cases-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, filters_button);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, clear_button);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, filters_revealer);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, filters);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, number_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, client_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, problem_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, priority_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, volunteer_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, mentor_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, opened_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, deadline_column);
  gtk_widget_class_bind_template_child (widget_class, DeskCasesPage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, desk_cases_page_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_cases_page_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_cases_page_filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_cases_page_clear_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "deskcasespage");
}

static void
desk_cases_page_init (DeskCasesPage *self)
{
  DeskPage *page = DESK_PAGE (self);

  desk_case_query_init (&self->query);

  gtk_widget_init_template (GTK_WIDGET (self));
  desk_page_set_view (page, self->column_view, self->view_stack, self->empty_page, self->count_label,
                      GTK_EDITABLE (self->search_entry));

  desk_column_set_text_func (self->number_column, case_number_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->client_column, client_text, DESK_COLUMN_NAME);
  desk_column_set_text_func (self->problem_column, problem_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->status_column, status_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->priority_column, priority_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->volunteer_column, volunteer_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->mentor_column, mentor_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->opened_column, opened_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->deadline_column, deadline_text, DESK_COLUMN_NUMBER);
  desk_column_set_style_func (self->deadline_column, deadline_style);

  /* Every column the store can order by; the mentor cannot. */
  desk_page_add_sort_column (page, self->number_column, DESK_CASE_SORT_NUMBER);
  desk_page_add_sort_column (page, self->client_column, DESK_CASE_SORT_CLIENT);
  desk_page_add_sort_column (page, self->problem_column, DESK_CASE_SORT_PROBLEM);
  desk_page_add_sort_column (page, self->status_column, DESK_CASE_SORT_STATUS);
  desk_page_add_sort_column (page, self->priority_column, DESK_CASE_SORT_PRIORITY);
  desk_page_add_sort_column (page, self->volunteer_column, DESK_CASE_SORT_VOLUNTEER);
  desk_page_add_sort_column (page, self->opened_column, DESK_CASE_SORT_OPENED);
  desk_page_add_sort_column (page, self->deadline_column, DESK_CASE_SORT_DEADLINE);
  /* Newest first, as the store's default. */
  desk_page_set_default_sort (page, self->opened_column, GTK_SORT_DESCENDING);

  desk_cases_page_update_clear (self);
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

void
desk_cases_page_show_filters (DeskCasesPage *self,
                              gboolean       show)
{
  g_return_if_fail (DESK_IS_CASES_PAGE (self));

  gtk_toggle_button_set_active (self->filters_button, show);
}
