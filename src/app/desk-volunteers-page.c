/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-volunteers-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-choices.h"
#include "desk-column.h"
#include "desk-labels.h"
#include "desk-store-mentorship.h"
#include "desk-volunteer-editor.h"
#include "desk-volunteers-page.h"

/* A list page like the clients' (desk-clients-page.c), with the filters
 * of a DeskVolunteerQuery in its bar.  Inactive volunteers stay listed,
 * marked, so they can be made active again. */

struct _DeskVolunteersPage
{
  DeskPage             parent_instance;

  /* Template widgets */
  GtkSearchEntry      *search_entry;
  GtkDropDown         *role_drop_down;
  GtkDropDown         *mentoring_drop_down;
  GtkDropDown         *area_drop_down;
  GtkLabel            *count_label;
  GtkStack            *view_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *role_column;
  GtkColumnViewColumn *mentor_column;
  GtkColumnViewColumn *practice_areas_column;
  GtkColumnViewColumn *languages_column;
  GtkColumnViewColumn *email_column;
  GtkColumnViewColumn *open_cases_column;
  AdwStatusPage       *empty_page;

  /* Owned */
  GtkStringList       *areas;      /* "Any practice area", then the store's */
  DeskStore           *watched;    /* weak: whose volunteer changes reload the areas */
  DeskVolunteerQuery   query;
  guint                loading_areas : 1;
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
  const char *role = desk_enum_label (DESK_TYPE_VOLUNTEER_ROLE, desk_volunteer_get_role (item));

  if (!desk_volunteer_get_active (item))
    /* TRANSLATORS: a volunteer's role, for one who takes no work now: "Attorney, inactive" */
    return g_strdup_printf (_("%s, inactive"), role);
  return g_strdup (role);
}

static char *
mentor_text (gpointer item)
{
  gboolean mentor = desk_volunteer_get_is_mentor (item);
  gboolean mentee = desk_volunteer_get_wants_mentor (item);

  if (mentor && mentee)
    return g_strdup (_("Mentor and mentee"));
  if (mentor)
    return g_strdup (_("Mentor"));
  if (mentee)
    return g_strdup (_("Wants a mentor"));
  return g_strdup ("");
}

static char *
languages_text (gpointer item)
{
  return g_strdup (desk_volunteer_get_languages (item));
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

/* ---- DeskPage ------------------------------------------------------------------- */

static GListModel *
desk_volunteers_page_create_model (DeskPage   *page,
                                   DeskStore  *store,
                                   GError    **error)
{
  return desk_store_search_volunteers (store, &DESK_VOLUNTEERS_PAGE (page)->query, error);
}

static gboolean
desk_volunteers_page_is_filtered (DeskPage *page)
{
  DeskVolunteersPage *self = DESK_VOLUNTEERS_PAGE (page);

  return !desk_text_is_blank (self->query.search) || self->query.role != DESK_VOLUNTEER_ROLE_ANY ||
         self->query.mentoring != DESK_MENTORING_ANY || self->query.practice_area != NULL;
}

static char *
desk_volunteers_page_describe_count (DeskPage *page,
                                     guint     n_items,
                                     gboolean  filtered)
{
  if (filtered)
    return g_strdup_printf (ngettext ("%u volunteer found", "%u volunteers found", n_items), n_items);

  return g_strdup_printf (ngettext ("%u volunteer", "%u volunteers", n_items), n_items);
}

static void
desk_volunteers_page_describe_empty (DeskPage    *page,
                                     gboolean     filtered,
                                     const char **title,
                                     const char **description)
{
  if (filtered)
    {
      *title = _("No Volunteers Found");
      *description = _("No volunteer has every word of the search in their name and matches the "
                       "role, mentoring and practice area chosen. Try fewer words or “Any”.");
    }
  else
    {
      *title = _("No Volunteers Yet");
      *description = _("Volunteer attorneys, law students and paralegals are listed here. "
                       "Press New Volunteer to add one.");
    }
}

static char *
desk_volunteers_page_describe_record (DeskPage   *page,
                                      DeskRecord *record)
{
  return desk_volunteer_get_full_name (DESK_VOLUNTEER (record));
}

static DeskEditor *
desk_volunteers_page_open (DeskPage   *page,
                           GtkWindow  *parent,
                           DeskStore  *store,
                           DeskRecord *record)
{
  return DESK_EDITOR (desk_volunteer_editor_open (parent, store, record != NULL ? DESK_VOLUNTEER (record) : NULL));
}

static DeskEditor *
desk_volunteers_page_new_record (DeskPage  *page,
                                 GtkWindow *parent,
                                 DeskStore *store)
{
  return desk_volunteers_page_open (page, parent, store, NULL);
}

/* The practice areas to filter by: the LSC categories and the tags in use,
 * re-read when the store or a volunteer changes; the choice is kept by name. */
static void
desk_volunteers_page_load_areas (DeskVolunteersPage *self)
{
  guint selected;

  self->loading_areas = TRUE;
  selected = desk_choices_load_practice_areas (self->areas, desk_page_get_store (DESK_PAGE (self)),
                                               self->query.practice_area, GTK_WIDGET (self));
  gtk_drop_down_set_selected (self->area_drop_down, selected);
  self->loading_areas = FALSE;

  /* The area chosen is no longer listed by anyone: back to any. */
  if (selected == 0 && self->query.practice_area != NULL)
    {
      g_clear_pointer (&self->query.practice_area, g_free);
      desk_page_reload (DESK_PAGE (self));
    }
}

static void
desk_volunteers_page_store_changed_cb (DeskVolunteersPage *self)
{
  desk_volunteers_page_load_areas (self);
}

static void
desk_volunteers_page_store_changed (DeskPage *page)
{
  DeskVolunteersPage *self = DESK_VOLUNTEERS_PAGE (page);
  DeskStore *store = desk_page_get_store (page);

  if (self->watched != NULL)
    g_signal_handlers_disconnect_by_func (self->watched, desk_volunteers_page_store_changed_cb, self);
  g_set_weak_pointer (&self->watched, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed::volunteer", G_CALLBACK (desk_volunteers_page_store_changed_cb),
                             self, G_CONNECT_SWAPPED);

  desk_volunteers_page_load_areas (self);
}

/* ---- filters ----------------------------------------------------------------------- */

static void
desk_volunteers_page_filter_changed_cb (DeskVolunteersPage *self)
{
  guint role = gtk_drop_down_get_selected (self->role_drop_down);
  guint mentoring = gtk_drop_down_get_selected (self->mentoring_drop_down);
  guint area = gtk_drop_down_get_selected (self->area_drop_down);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_assert (DESK_IS_VOLUNTEERS_PAGE (self));

  if (self->loading_areas)
    return;

  /* Row 0 of the role list is "Any role"; row n + 1 is role n. */
  self->query.role = role == 0 || role == GTK_INVALID_LIST_POSITION ? DESK_VOLUNTEER_ROLE_ANY : (int) role - 1;
  self->query.mentoring = mentoring == 1 ? DESK_MENTORING_MENTORS
                        : mentoring == 2 ? DESK_MENTORING_MENTEES
                        : DESK_MENTORING_ANY;
  g_clear_pointer (&self->query.practice_area, g_free);
  if (area != 0 && area != GTK_INVALID_LIST_POSITION)
    self->query.practice_area = g_strdup (gtk_string_list_get_string (self->areas, area));
  desk_set_str (&self->query.search, desk_text_is_blank (search) ? NULL : search);

  desk_page_reload (DESK_PAGE (self));
}

static void
desk_volunteers_page_stop_search_cb (DeskVolunteersPage *self)
{
  g_assert (DESK_IS_VOLUNTEERS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* ---- GObject ------------------------------------------------------------------------- */

static void
desk_volunteers_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DESK_TYPE_VOLUNTEERS_PAGE);

  G_OBJECT_CLASS (desk_volunteers_page_parent_class)->dispose (object);
}

static void
desk_volunteers_page_finalize (GObject *object)
{
  DeskVolunteersPage *self = (DeskVolunteersPage *)object;

  desk_volunteer_query_clear (&self->query);
  g_clear_object (&self->areas);
  g_clear_weak_pointer (&self->watched);

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

  page_class->empty_icon_name = "avatar-default-symbolic";
  page_class->create_model = desk_volunteers_page_create_model;
  page_class->is_filtered = desk_volunteers_page_is_filtered;
  page_class->describe_count = desk_volunteers_page_describe_count;
  page_class->describe_empty = desk_volunteers_page_describe_empty;
  page_class->describe_record = desk_volunteers_page_describe_record;
  page_class->open_record = desk_volunteers_page_open;
  page_class->new_record = desk_volunteers_page_new_record;
  page_class->store_changed = desk_volunteers_page_store_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-volunteers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, role_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, mentoring_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, area_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, role_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, mentor_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, practice_areas_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, languages_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, email_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, open_cases_column);
  gtk_widget_class_bind_template_child (widget_class, DeskVolunteersPage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, desk_volunteers_page_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_volunteers_page_stop_search_cb);

  gtk_widget_class_set_css_name (widget_class, "deskvolunteerspage");
}

static void
desk_volunteers_page_init (DeskVolunteersPage *self)
{
  g_autoptr(GListModel) roles = desk_choices_for_enum_or_any (DESK_TYPE_VOLUNTEER_ROLE, _("Any role"));

  desk_volunteer_query_init (&self->query);
  self->query.include_inactive = TRUE;
  self->areas = gtk_string_list_new (NULL);
  self->loading_areas = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  desk_page_set_view (DESK_PAGE (self), self->column_view, self->view_stack, self->empty_page,
                      self->count_label, GTK_EDITABLE (self->search_entry));

  gtk_drop_down_set_model (self->role_drop_down, roles);
  gtk_drop_down_set_model (self->area_drop_down, G_LIST_MODEL (self->areas));
  {
    /* The drop-down searches the areas by their text; it takes no ownership. */
    g_autoptr(GtkExpression) text = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

    gtk_drop_down_set_expression (self->area_drop_down, text);
  }
  self->loading_areas = FALSE;
  desk_volunteers_page_load_areas (self);

  desk_column_set_text_func (self->name_column, name_text, DESK_COLUMN_NAME);
  desk_column_set_text_func (self->role_column, role_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->mentor_column, mentor_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->practice_areas_column, practice_areas_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->languages_column, languages_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->email_column, email_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->open_cases_column, open_cases_text, DESK_COLUMN_NUMBER);
}
