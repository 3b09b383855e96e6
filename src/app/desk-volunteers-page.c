/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-volunteers-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-column.h"
#include "desk-labels.h"
#include "desk-volunteers-page.h"

struct _DeskVolunteersPage
{
  DeskPage             parent_instance;

  /* Template widgets */
  GtkLabel            *count_label;
  GtkStack            *view_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *role_column;
  GtkColumnViewColumn *mentor_column;
  GtkColumnViewColumn *practice_areas_column;
  GtkColumnViewColumn *email_column;
  GtkColumnViewColumn *open_cases_column;
  AdwStatusPage       *empty_page;
};

G_DEFINE_FINAL_TYPE (DeskVolunteersPage, desk_volunteers_page, DESK_TYPE_PAGE)

static char *
name_text (gpointer item)
{
  const char *first = desk_volunteer_get_first_name (item);
  const char *last = desk_volunteer_get_last_name (item);

  if (desk_text_is_blank (first))
    return g_strdup (last);
  if (desk_text_is_blank (last))
    return g_strdup (first);

  /* TRANSLATORS: a volunteer's name in a list sorted by last name: "Last, First" */
  return g_strdup_printf (_("%s, %s"), last, first);
}

static char *
role_text (gpointer item)
{
  return g_strdup (desk_enum_label (DESK_TYPE_VOLUNTEER_ROLE, desk_volunteer_get_role (item)));
}

static char *
mentor_text (gpointer item)
{
  return g_strdup (desk_volunteer_get_is_mentor (item) ? _("Yes") : "");
}

static char *
practice_areas_text (gpointer item)
{
  return g_strdup (desk_volunteer_get_practice_areas (item));
}

static char *
email_text (gpointer item)
{
  return g_strdup (desk_volunteer_get_email (item));
}

static char *
open_cases_text (gpointer item)
{
  return g_strdup_printf ("%d", desk_volunteer_get_open_cases (item));
}

static GListModel *
desk_volunteers_page_create_model (DeskPage   *page,
                                   DeskStore  *store,
                                   GError    **error)
{
  return desk_store_list_volunteers (store, error);
}

static char *
desk_volunteers_page_describe_count (DeskPage *page,
                                     guint     n_items,
                                     gboolean  filtered)
{
  return g_strdup_printf (ngettext ("%u volunteer", "%u volunteers", n_items), n_items);
}

static void
desk_volunteers_page_describe_empty (DeskPage    *page,
                                     gboolean     filtered,
                                     const char **title,
                                     const char **description)
{
  *title = _("No Volunteers Yet");
  *description = _("Volunteer attorneys, law students and paralegals are listed here.");
}

static char *
desk_volunteers_page_describe_record (DeskPage   *page,
                                      DeskRecord *record)
{
  return desk_volunteer_get_full_name (DESK_VOLUNTEER (record));
}

static void
desk_volunteers_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DESK_TYPE_VOLUNTEERS_PAGE);

  G_OBJECT_CLASS (desk_volunteers_page_parent_class)->dispose (object);
}

static void
desk_volunteers_page_class_init (DeskVolunteersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskPageClass *page_class = DESK_PAGE_CLASS (klass);

  object_class->dispose = desk_volunteers_page_dispose;

  page_class->empty_icon_name = "avatar-default-symbolic";
  page_class->create_model = desk_volunteers_page_create_model;
  page_class->describe_count = desk_volunteers_page_describe_count;
  page_class->describe_empty = desk_volunteers_page_describe_empty;
  page_class->describe_record = desk_volunteers_page_describe_record;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-volunteers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, role_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, mentor_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, practice_areas_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, email_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, open_cases_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, empty_page);

  gtk_widget_class_set_css_name (widget_class, "deskvolunteerspage");
}

static void
desk_volunteers_page_init (DeskVolunteersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  desk_page_set_view (DESK_PAGE (self), self->column_view, self->view_stack, self->empty_page,
                      self->count_label, NULL);

  desk_column_set_text_func (self->name_column, name_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->role_column, role_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->mentor_column, mentor_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->practice_areas_column, practice_areas_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->email_column, email_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->open_cases_column, open_cases_text, DESK_COLUMN_NUMBER);
}
