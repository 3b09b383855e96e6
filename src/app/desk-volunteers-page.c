/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-volunteers-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-volunteers-page.h"
#include "desk-column.h"
#include "desk-enum-types.h"
#include "desk-labels.h"

struct _DeskVolunteersPage
{
  DeskPage             parent_instance;

  /* Template widgets */
  GtkWidget           *list_bar;
  GtkLabel            *count_label;
  GtkStack            *view_stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *role_column;
  GtkColumnViewColumn *mentor_column;
  GtkColumnViewColumn *practice_areas_column;
  GtkColumnViewColumn *email_column;
  GtkColumnViewColumn *open_cases_column;
  GtkLabel            *empty_title;
  GtkLabel            *empty_description;

  /* Owned references */
  GListModel          *model;
  char                *load_error;
};

G_DEFINE_FINAL_TYPE (DeskVolunteersPage, desk_volunteers_page, DESK_TYPE_PAGE)

static char *
name_text (gpointer item)
{
  const char *first = desk_volunteer_get_first_name (item);
  const char *last = desk_volunteer_get_last_name (item);

  if (first == NULL || *first == '\0')
    return g_strdup (last);
  if (last == NULL || *last == '\0')
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

static void
desk_volunteers_page_update_state (DeskVolunteersPage *self)
{
  DeskStore *store = desk_page_get_store (DESK_PAGE (self));
  guint n_items = 0;

  g_assert (DESK_IS_VOLUNTEERS_PAGE (self));

  if (self->model != NULL)
    n_items = g_list_model_get_n_items (self->model);

  if (store != NULL && self->load_error == NULL)
    {
      g_autofree char *count = g_strdup_printf (ngettext ("%u volunteer", "%u volunteers", n_items), n_items);

      gtk_label_set_text (self->count_label, count);
    }
  else
    {
      gtk_label_set_text (self->count_label, "");
    }

  /* The empty state says it in words; a bar reading "0 volunteers" above it would
   * only repeat it. */
  gtk_widget_set_visible (self->list_bar, n_items > 0);

  desk_page_update_view (DESK_PAGE (self), n_items, self->load_error,
                         _("The volunteers cannot be shown"),
                         _("No volunteers yet"),
                         _("Volunteer attorneys, law students and paralegals will be listed here."));
}

static void
desk_volunteers_page_store_changed (DeskPage *page)
{
  DeskVolunteersPage *self = DESK_VOLUNTEERS_PAGE (page);
  DeskStore *store = desk_page_get_store (page);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, desk_volunteers_page_update_state, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->load_error, g_free);

  if (store != NULL)
    {
      model = desk_store_list_volunteers (store, &error);
      if (model == NULL)
        self->load_error = g_strdup (error->message);
    }

  if (model != NULL)
    {
      self->model = g_object_ref (model);
      g_signal_connect_swapped (self->model, "items-changed",
                                G_CALLBACK (desk_volunteers_page_update_state), self);
    }

  gtk_single_selection_set_model (self->selection, self->model);
  desk_volunteers_page_update_state (self);
}

static void
desk_volunteers_page_dispose (GObject *object)
{
  DeskVolunteersPage *self = (DeskVolunteersPage *)object;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, desk_volunteers_page_update_state, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_VOLUNTEERS_PAGE);

  g_clear_object (&self->model);

  G_OBJECT_CLASS (desk_volunteers_page_parent_class)->dispose (object);
}

static void
desk_volunteers_page_finalize (GObject *object)
{
  DeskVolunteersPage *self = (DeskVolunteersPage *)object;

  g_free (self->load_error);

  G_OBJECT_CLASS (desk_volunteers_page_parent_class)->finalize (object);
}

static void
desk_volunteers_page_class_init (DeskVolunteersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskPageClass *page_class = DESK_PAGE_CLASS (klass);

  object_class->dispose = desk_volunteers_page_dispose;
  object_class->finalize = desk_volunteers_page_finalize;

  page_class->store_changed = desk_volunteers_page_store_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-volunteers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, list_bar);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, selection);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, role_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, mentor_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, practice_areas_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, email_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, open_cases_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, empty_title);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, empty_description);

  gtk_widget_class_set_css_name (widget_class, "deskvolunteerspage");
}

static void
desk_volunteers_page_init (DeskVolunteersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  desk_page_set_empty_state (DESK_PAGE (self), self->view_stack, self->empty_title, self->empty_description);

  desk_column_set_text_func (self->name_column, name_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->role_column, role_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->mentor_column, mentor_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->practice_areas_column, practice_areas_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->email_column, email_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->open_cases_column, open_cases_text, DESK_COLUMN_NUMBER);

  desk_volunteers_page_update_state (self);
}

GtkColumnView *
desk_volunteers_page_get_column_view (DeskVolunteersPage *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEERS_PAGE (self), NULL);

  return self->column_view;
}

const char *
desk_volunteers_page_get_count_text (DeskVolunteersPage *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEERS_PAGE (self), NULL);

  return gtk_label_get_text (self->count_label);
}
