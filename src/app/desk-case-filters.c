/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-case-filters"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-case-filters.h"
#include "desk-choices.h"
#include "desk-date-entry.h"
#include "desk-error.h"
#include "desk-feedback.h"
#include "desk-record-picker.h"
#include "desk-widget.h"

/* How long a typed date rests before the list follows it; Enter applies at once. */
#define DATE_DELAY_MS 400

struct _DeskCaseFilters
{
  GtkWidget         parent_instance;

  /* Template widgets */
  GtkDropDown      *status_drop_down;
  GtkDropDown      *category_drop_down;
  DeskRecordPicker *volunteer_picker;
  GtkCheckButton   *unassigned_check;
  GtkCheckButton   *overdue_check;
  DeskDateEntry    *opened_from_entry;
  DeskDateEntry    *opened_to_entry;
  DeskDateEntry    *closed_from_entry;
  DeskDateEntry    *closed_to_entry;
  GtkLabel         *error_label;

  /* Owned references */
  DeskStore        *store;
  GtkStringList    *categories;
  char             *error;
  guint             date_timeout;

  guint             loading : 1;
};

G_DEFINE_FINAL_TYPE (DeskCaseFilters, desk_case_filters, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- the filter bar ------------------------------------------------------ */

/* The date typed, as YYYY-MM-DD when it is one; else as typed, so the
 * query's check names it. */
static char *
entry_date (DeskDateEntry *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (desk_date_entry_get_text (entry)));

  if (desk_date_entry_get_date (entry) != NULL)
    return g_strdup (desk_date_entry_get_date (entry));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static DeskDateEntry *
desk_case_filters_entry_for_field (DeskCaseFilters *self,
                                   const char      *field)
{
  g_assert (DESK_IS_CASE_FILTERS (self));

  if (g_strcmp0 (field, "opened-from") == 0)
    return self->opened_from_entry;
  if (g_strcmp0 (field, "opened-to") == 0)
    return self->opened_to_entry;
  if (g_strcmp0 (field, "closed-from") == 0)
    return self->closed_from_entry;
  if (g_strcmp0 (field, "closed-to") == 0)
    return self->closed_to_entry;
  return NULL;
}

static void
desk_case_filters_show_error (DeskCaseFilters *self,
                              const GError    *error)
{
  DeskDateEntry *entries[] = {
    self->opened_from_entry, self->opened_to_entry, self->closed_from_entry, self->closed_to_entry,
  };
  DeskDateEntry *at_fault = error != NULL ? desk_case_filters_entry_for_field (self, desk_error_get_field (error)) : NULL;

  g_assert (DESK_IS_CASE_FILTERS (self));

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      GtkWidget *entry = GTK_WIDGET (desk_date_entry_get_entry (entries[i]));

      if (entries[i] == at_fault)
        {
          gtk_widget_add_css_class (entry, "error");
          gtk_accessible_update_state (GTK_ACCESSIBLE (entry),
                                       GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                       -1);
        }
      else
        {
          gtk_widget_remove_css_class (entry, "error");
          gtk_accessible_reset_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID);
        }
    }

  g_free (self->error);
  self->error = error != NULL ? g_strdup (error->message) : NULL;
  gtk_label_set_text (self->error_label, self->error != NULL ? self->error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), self->error != NULL);
}

static void
desk_case_filters_apply (DeskCaseFilters *self)
{
  g_auto(DeskCaseQuery) query = { 0, };
  g_autoptr(GError) error = NULL;

  g_assert (DESK_IS_CASE_FILTERS (self));

  g_clear_handle_id (&self->date_timeout, g_source_remove);

  if (self->loading)
    return;

  desk_case_query_init (&query);
  if (!desk_case_filters_get_query (self, &query, &error))
    {
      desk_case_filters_show_error (self, error);
      return;
    }

  desk_case_filters_show_error (self, NULL);
  g_signal_emit (self, signals[CHANGED], 0, &query);
}

static void
desk_case_filters_changed_cb (DeskCaseFilters *self)
{
  g_assert (DESK_IS_CASE_FILTERS (self));

  desk_case_filters_apply (self);
}

static gboolean
desk_case_filters_date_timeout_cb (gpointer user_data)
{
  DeskCaseFilters *self = user_data;

  self->date_timeout = 0;
  desk_case_filters_apply (self);

  return G_SOURCE_REMOVE;
}

static void
desk_case_filters_date_changed_cb (DeskCaseFilters *self)
{
  g_assert (DESK_IS_CASE_FILTERS (self));

  if (self->loading)
    return;

  /* Half a date is not an error yet: wait until the typing rests. */
  g_clear_handle_id (&self->date_timeout, g_source_remove);
  self->date_timeout = g_timeout_add (DATE_DELAY_MS, desk_case_filters_date_timeout_cb, self);
}

static void
desk_case_filters_unassigned_toggled_cb (DeskCaseFilters *self)
{
  gboolean unassigned;

  g_assert (DESK_IS_CASE_FILTERS (self));

  /* "Unassigned" and a volunteer contradict each other. */
  unassigned = gtk_check_button_get_active (self->unassigned_check);
  self->loading = TRUE;
  if (unassigned)
    desk_record_picker_set_record_id (self->volunteer_picker, 0);
  self->loading = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->volunteer_picker), !unassigned);

  desk_case_filters_apply (self);
}

static void
desk_case_filters_volunteer_changed_cb (DeskCaseFilters *self)
{
  g_assert (DESK_IS_CASE_FILTERS (self));

  desk_case_filters_apply (self);
}

static void
desk_case_filters_load_categories (DeskCaseFilters *self)
{
  g_auto(GStrv) categories = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  g_assert (DESK_IS_CASE_FILTERS (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->categories));
  gtk_string_list_splice (self->categories, 1, n - 1, NULL);

  if (self->store == NULL)
    return;

  categories = desk_store_list_categories (self->store, &error);
  if (categories == NULL)
    {
      desk_show_error (GTK_WIDGET (self), _("The problem categories cannot be listed"), error);
      return;
    }

  gtk_string_list_splice (self->categories, 1, 0, (const char * const *) categories);
}

static void
desk_case_filters_dispose (GObject *object)
{
  DeskCaseFilters *self = (DeskCaseFilters *)object;

  g_clear_handle_id (&self->date_timeout, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_CASE_FILTERS);

  desk_widget_unparent_children (GTK_WIDGET (self));

  g_clear_object (&self->categories);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (desk_case_filters_parent_class)->dispose (object);
}

static void
desk_case_filters_finalize (GObject *object)
{
  DeskCaseFilters *self = (DeskCaseFilters *)object;

  g_free (self->error);

  G_OBJECT_CLASS (desk_case_filters_parent_class)->finalize (object);
}

static void
desk_case_filters_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DeskCaseFilters *self = DESK_CASE_FILTERS (object);

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
desk_case_filters_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DeskCaseFilters *self = DESK_CASE_FILTERS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      desk_case_filters_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_case_filters_class_init (DeskCaseFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_case_filters_dispose;
  object_class->finalize = desk_case_filters_finalize;
  object_class->get_property = desk_case_filters_get_property;
  object_class->set_property = desk_case_filters_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DESK_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DeskCaseFilters::changed:
   * @query: (type gpointer): the DeskCaseQuery of the bar (filter fields only),
   *   valid during the emission
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  g_type_ensure (DESK_TYPE_RECORD_PICKER);
  g_type_ensure (DESK_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-case-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskCaseFilters, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseFilters, category_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseFilters, volunteer_picker);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseFilters, unassigned_check);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseFilters, overdue_check);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseFilters, opened_from_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseFilters, opened_to_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseFilters, closed_from_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseFilters, closed_to_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseFilters, error_label);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_filters_date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_filters_unassigned_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_case_filters_volunteer_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "deskcasefilters");
}

static void
desk_case_filters_init (DeskCaseFilters *self)
{
  g_autoptr(GListModel) statuses = desk_choices_for_enum_or_any (DESK_TYPE_CASE_STATUS, _("Any status"));

  self->loading = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Row 0 means "any"; row n + 1 is status n. */
  gtk_drop_down_set_model (self->status_drop_down, statuses);

  self->categories = gtk_string_list_new (NULL);
  gtk_string_list_append (self->categories, _("Any category"));
  gtk_drop_down_set_model (self->category_drop_down, G_LIST_MODEL (self->categories));

  desk_record_picker_set_placeholder (self->volunteer_picker, _("Any volunteer"));
  desk_record_picker_set_none_label (self->volunteer_picker, _("Any volunteer"));

  self->loading = FALSE;
}

GtkWidget *
desk_case_filters_new (void)
{
  return g_object_new (DESK_TYPE_CASE_FILTERS, NULL);
}

DeskStore *
desk_case_filters_get_store (DeskCaseFilters *self)
{
  g_return_val_if_fail (DESK_IS_CASE_FILTERS (self), NULL);

  return self->store;
}

void
desk_case_filters_set_store (DeskCaseFilters *self,
                             DeskStore       *store)
{
  g_return_if_fail (DESK_IS_CASE_FILTERS (self));
  g_return_if_fail (store == NULL || DESK_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  /* Another database: its categories and volunteers, every filter off. */
  self->loading = TRUE;
  gtk_drop_down_set_selected (self->category_drop_down, 0);
  desk_case_filters_load_categories (self);
  desk_record_picker_set_store (self->volunteer_picker, store);
  self->loading = FALSE;
  desk_case_filters_clear (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gboolean
desk_case_filters_get_query (DeskCaseFilters  *self,
                             DeskCaseQuery    *query,
                             GError          **error)
{
  guint status;
  guint category;

  g_return_val_if_fail (DESK_IS_CASE_FILTERS (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  status = gtk_drop_down_get_selected (self->status_drop_down);
  query->status = status == 0 || status == GTK_INVALID_LIST_POSITION ? DESK_CASE_STATUS_ANY : (int) status - 1;

  category = gtk_drop_down_get_selected (self->category_drop_down);
  g_clear_pointer (&query->category, g_free);
  if (category != 0 && category != GTK_INVALID_LIST_POSITION)
    query->category = g_strdup (gtk_string_list_get_string (self->categories, category));

  query->unassigned = gtk_check_button_get_active (self->unassigned_check);
  query->volunteer_id = query->unassigned ? 0 : desk_record_picker_get_record_id (self->volunteer_picker);
  query->overdue = gtk_check_button_get_active (self->overdue_check);

  g_free (query->opened_from);
  query->opened_from = entry_date (self->opened_from_entry);
  g_free (query->opened_to);
  query->opened_to = entry_date (self->opened_to_entry);
  g_free (query->closed_from);
  query->closed_from = entry_date (self->closed_from_entry);
  g_free (query->closed_to);
  query->closed_to = entry_date (self->closed_to_entry);

  return desk_case_query_validate (query, error);
}

const char *
desk_case_filters_get_error (DeskCaseFilters *self)
{
  g_return_val_if_fail (DESK_IS_CASE_FILTERS (self), NULL);

  return self->error;
}

gboolean
desk_case_filters_is_active (DeskCaseFilters *self)
{
  DeskDateEntry *entries[] = {
    self->opened_from_entry, self->opened_to_entry, self->closed_from_entry, self->closed_to_entry,
  };
  guint status, category;

  g_return_val_if_fail (DESK_IS_CASE_FILTERS (self), FALSE);

  status = gtk_drop_down_get_selected (self->status_drop_down);
  category = gtk_drop_down_get_selected (self->category_drop_down);
  if ((status != 0 && status != GTK_INVALID_LIST_POSITION) ||
      (category != 0 && category != GTK_INVALID_LIST_POSITION) ||
      desk_record_picker_get_record_id (self->volunteer_picker) != 0 ||
      gtk_check_button_get_active (self->unassigned_check) ||
      gtk_check_button_get_active (self->overdue_check))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (!desk_text_is_blank (desk_date_entry_get_text (entries[i])))
      return TRUE;

  return FALSE;
}

void
desk_case_filters_clear (DeskCaseFilters *self)
{
  DeskDateEntry *entries[] = {
    self->opened_from_entry, self->opened_to_entry, self->closed_from_entry, self->closed_to_entry,
  };

  g_return_if_fail (DESK_IS_CASE_FILTERS (self));

  self->loading = TRUE;
  gtk_drop_down_set_selected (self->status_drop_down, 0);
  gtk_drop_down_set_selected (self->category_drop_down, 0);
  desk_record_picker_set_record_id (self->volunteer_picker, 0);
  gtk_check_button_set_active (self->unassigned_check, FALSE);
  gtk_check_button_set_active (self->overdue_check, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    desk_date_entry_set_text (entries[i], "");
  self->loading = FALSE;

  desk_case_filters_apply (self);
}
