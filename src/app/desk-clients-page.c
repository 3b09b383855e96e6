/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-clients-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-client-editor.h"
#include "desk-clients-page.h"
#include "desk-column.h"

/* The list page to copy: a template with the widgets, text functions for
 * the columns, and DeskPage's vfuncs for the query and the words. */

struct _DeskClientsPage
{
  DeskPage             parent_instance;

  /* Template widgets */
  GtkSearchEntry      *search_entry;
  GtkLabel            *count_label;
  GtkStack            *view_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *phone_column;
  GtkColumnViewColumn *language_column;
  GtkColumnViewColumn *county_column;
  GtkColumnViewColumn *open_cases_column;
  GtkColumnViewColumn *poverty_column;
  GtkColumnViewColumn *intake_column;
  AdwStatusPage       *empty_page;

  /* Owned */
  char                *search;
};

G_DEFINE_FINAL_TYPE (DeskClientsPage, desk_clients_page, DESK_TYPE_PAGE)

static char *
name_text (gpointer item)
{
  const char *first = desk_client_get_first_name (item);
  const char *last = desk_client_get_last_name (item);

  if (desk_text_is_blank (first))
    return g_strdup (last);
  if (desk_text_is_blank (last))
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

/* ---- DeskPage ------------------------------------------------------------------- */

static GListModel *
desk_clients_page_create_model (DeskPage   *page,
                                DeskStore  *store,
                                GError    **error)
{
  DeskClientsPage *self = DESK_CLIENTS_PAGE (page);
  gboolean ascending;
  int sort = desk_page_get_sort (page, &ascending);

  return desk_store_search_clients (store, self->search, sort, ascending, error);
}

static gboolean
desk_clients_page_is_filtered (DeskPage *page)
{
  return !desk_text_is_blank (DESK_CLIENTS_PAGE (page)->search);
}

static char *
desk_clients_page_describe_count (DeskPage *page,
                                  guint     n_items,
                                  gboolean  filtered)
{
  if (filtered)
    return g_strdup_printf (ngettext ("%u client found", "%u clients found", n_items), n_items);

  return g_strdup_printf (ngettext ("%u client", "%u clients", n_items), n_items);
}

static void
desk_clients_page_describe_empty (DeskPage    *page,
                                  gboolean     filtered,
                                  const char **title,
                                  const char **description)
{
  if (filtered)
    {
      *title = _("No Clients Found");
      *description = _("Search looks at the start of first names, last names and phone numbers, "
                       "accents ignored. Try fewer letters.");
    }
  else
    {
      *title = _("No Clients Yet");
      *description = _("Clients taken in at intake are listed here. Press New Client to add one.");
    }
}

static char *
desk_clients_page_describe_record (DeskPage   *page,
                                   DeskRecord *record)
{
  return desk_client_get_full_name (DESK_CLIENT (record));
}

static DeskEditor *
desk_clients_page_open (DeskPage   *page,
                        GtkWindow  *parent,
                        DeskStore  *store,
                        DeskRecord *record)
{
  return DESK_EDITOR (desk_client_editor_open (parent, store, record != NULL ? DESK_CLIENT (record) : NULL));
}

static DeskEditor *
desk_clients_page_new_record (DeskPage  *page,
                              GtkWindow *parent,
                              DeskStore *store)
{
  return desk_clients_page_open (page, parent, store, NULL);
}

/* ---- search ------------------------------------------------------------------------ */

static void
desk_clients_page_search_changed_cb (DeskClientsPage *self)
{
  g_assert (DESK_IS_CLIENTS_PAGE (self));

  if (desk_set_str (&self->search, gtk_editable_get_text (GTK_EDITABLE (self->search_entry))))
    desk_page_reload (DESK_PAGE (self));
}

static void
desk_clients_page_stop_search_cb (DeskClientsPage *self)
{
  g_assert (DESK_IS_CLIENTS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* ---- GObject ------------------------------------------------------------------------- */

static void
desk_clients_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DESK_TYPE_CLIENTS_PAGE);

  G_OBJECT_CLASS (desk_clients_page_parent_class)->dispose (object);
}

static void
desk_clients_page_finalize (GObject *object)
{
  DeskClientsPage *self = (DeskClientsPage *)object;

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

  page_class->empty_icon_name = "system-users-symbolic";
  page_class->create_model = desk_clients_page_create_model;
  page_class->is_filtered = desk_clients_page_is_filtered;
  page_class->describe_count = desk_clients_page_describe_count;
  page_class->describe_empty = desk_clients_page_describe_empty;
  page_class->describe_record = desk_clients_page_describe_record;
  page_class->open_record = desk_clients_page_open;
  page_class->new_record = desk_clients_page_new_record;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-clients-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, phone_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, language_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, county_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, open_cases_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, poverty_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, intake_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientsPage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, desk_clients_page_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_clients_page_stop_search_cb);

  gtk_widget_class_set_css_name (widget_class, "deskclientspage");
}

static void
desk_clients_page_init (DeskClientsPage *self)
{
  DeskPage *page = DESK_PAGE (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  desk_page_set_view (page, self->column_view, self->view_stack, self->empty_page, self->count_label,
                      GTK_EDITABLE (self->search_entry));

  desk_column_set_text_func (self->name_column, name_text, DESK_COLUMN_NAME);
  desk_column_set_text_func (self->phone_column, phone_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->language_column, language_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->county_column, county_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->open_cases_column, open_cases_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->poverty_column, poverty_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->intake_column, intake_text, DESK_COLUMN_TEXT);

  desk_page_add_sort_column (page, self->name_column, DESK_CLIENT_SORT_NAME);
  desk_page_add_sort_column (page, self->phone_column, DESK_CLIENT_SORT_PHONE);
  desk_page_add_sort_column (page, self->language_column, DESK_CLIENT_SORT_LANGUAGE);
  desk_page_add_sort_column (page, self->county_column, DESK_CLIENT_SORT_COUNTY);
  desk_page_add_sort_column (page, self->open_cases_column, DESK_CLIENT_SORT_OPEN_CASES);
  desk_page_add_sort_column (page, self->poverty_column, DESK_CLIENT_SORT_POVERTY);
  desk_page_add_sort_column (page, self->intake_column, DESK_CLIENT_SORT_INTAKE);
  desk_page_set_default_sort (page, self->name_column, GTK_SORT_ASCENDING);
}

GtkEditable *
desk_clients_page_get_search_entry (DeskClientsPage *self)
{
  g_return_val_if_fail (DESK_IS_CLIENTS_PAGE (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}
