/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-report-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-date-entry.h"
#include "desk-error.h"
#include "desk-feedback.h"
#include "desk-gtk-compat.h"
#include "desk-money.h"
#include "desk-report-export.h"
#include "desk-report-view.h"
#include "desk-store-grants.h"
#include "desk-widget.h"

/* What the page shows, and so all the figures it needs counted. */
#define SHOWN_SHEETS (DESK_REPORT_SHEET_SUMMARY | DESK_REPORT_SHEET_CSR)

/* Changes come in bursts (a case saved, then its grant): count once after them. */
#define RECOUNT_DELAY_MS 300

/* The CSR matrix's columns on screen: the code, the problem, the closing codes, the total. */
#define CSR_FIRST_CELL 2
#define CSR_TOTAL      (CSR_FIRST_CELL + DESK_CSR_N_COLUMNS)

typedef struct
{
  DeskReportScope scope;
  gint64          id;
} ScopeChoice;

typedef enum
{
  FIGURE_CASES,
  FIGURE_PEOPLE,  /* counts of people: small ones are suppressed */
  FIGURE_HOURS,   /* tenths */
  FIGURE_MONEY,   /* cents */
} FigureKind;

/* The summary as the workbook's Summary sheet has it. */
static const struct
{
  const char *key;
  const char *label;
  FigureKind  kind;
  gsize       offset;
} summary_figures[] = {
  { "cases-opened", N_("Cases opened"), FIGURE_CASES, G_STRUCT_OFFSET (DeskReportSummary, cases_opened) },
  { "cases-closed", N_("Cases closed"), FIGURE_CASES, G_STRUCT_OFFSET (DeskReportSummary, cases_closed) },
  { "cases-open-at-end", N_("Open at the end of the period"), FIGURE_CASES,
    G_STRUCT_OFFSET (DeskReportSummary, cases_open_at_end) },
  { "cases-served", N_("Cases served"), FIGURE_CASES, G_STRUCT_OFFSET (DeskReportSummary, cases_served) },
  { "clients-served", N_("Clients served (unduplicated)"), FIGURE_PEOPLE,
    G_STRUCT_OFFSET (DeskReportSummary, clients_served) },
  { "household-persons", N_("People in their households"), FIGURE_PEOPLE,
    G_STRUCT_OFFSET (DeskReportSummary, household_persons) },
  { "household-adults", N_("Adults in the households"), FIGURE_PEOPLE,
    G_STRUCT_OFFSET (DeskReportSummary, household_adults) },
  { "household-children", N_("Children in the households"), FIGURE_PEOPLE,
    G_STRUCT_OFFSET (DeskReportSummary, household_children) },
  { "dv-cases", N_("Domestic violence cases"), FIGURE_CASES, G_STRUCT_OFFSET (DeskReportSummary, dv_cases) },
  { "volunteer-hours", N_("Volunteer hours"), FIGURE_HOURS, G_STRUCT_OFFSET (DeskReportSummary, volunteer_tenths) },
  { "donated-value", N_("Value of the volunteer hours"), FIGURE_MONEY,
    G_STRUCT_OFFSET (DeskReportSummary, donated_value_cents) },
  { "amount-recovered", N_("Recovered or saved for clients"), FIGURE_MONEY,
    G_STRUCT_OFFSET (DeskReportSummary, amount_recovered_cents) },
};

struct _DeskReportView
{
  GtkWidget             parent_instance;

  /* Template widgets */
  AdwComboRow          *scope_row;
  AdwComboRow          *period_row;
  AdwActionRow         *from_row;
  DeskDateEntry        *from_entry;
  AdwActionRow         *to_row;
  DeskDateEntry        *to_entry;
  AdwPreferencesRow    *period_error_row;
  GtkLabel             *period_error;
  GtkSwitch            *names_switch;
  AdwPreferencesGroup  *export_group;
  AdwActionRow         *export_progress_row;
  GtkProgressBar       *export_progress;
  AdwActionRow         *export_done_row;
  AdwPreferencesGroup  *summary_group;
  GtkSpinner           *spinner;
  GtkFlowBox           *summary_box;
  DeskBarChart         *chart;
  GtkLabel             *chart_empty;
  GtkWidget            *csr_scroller;
  GtkGrid              *csr_grid;
  GtkLabel             *csr_empty;

  /* Owned references */
  DeskStore            *store;
  GSettings            *settings;
  GtkStringList        *scope_names;
  GArray               *scope_choices;   /* ScopeChoice, one per row of scope_names */
  GHashTable           *summary_values;  /* key → its value's GtkLabel (borrowed) */
  DeskReportFigures    *figures;
  GCancellable         *compute_cancellable;
  GCancellable         *export_cancellable;
  GFile                *exported;
  GFile                *export_folder;   /* where the next workbook is proposed */

  guint                 recount_source;
  guint                 dirty : 1;       /* the database changed while the view was hidden */
  guint                 loading_scopes : 1;
};

G_DEFINE_FINAL_TYPE (DeskReportView, desk_report_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void desk_report_view_recount (DeskReportView *self);

/* One count or export on its way: the view and the store it was asked of. */
typedef struct
{
  DeskReportView *self;
  DeskStore      *store;
  GCancellable   *cancellable;
  GFile          *file;
} Request;

static Request *
request_new (DeskReportView *self,
             GCancellable   *cancellable,
             GFile          *file)
{
  Request *request = g_new0 (Request, 1);

  request->self = g_object_ref (self);
  request->store = g_object_ref (self->store);
  request->cancellable = g_object_ref (cancellable);
  request->file = file != NULL ? g_object_ref (file) : NULL;
  return request;
}

static void
request_free (Request *request)
{
  g_object_unref (request->self);
  g_object_unref (request->store);
  g_object_unref (request->cancellable);
  g_clear_object (&request->file);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Request, request_free)

/* ---- the choice ----------------------------------------------------------------- */

static const ScopeChoice *
desk_report_view_scope (DeskReportView *self)
{
  static const ScopeChoice clinic = { DESK_REPORT_SCOPE_CLINIC, 0 };
  guint position = adw_combo_row_get_selected (self->scope_row);

  g_assert (DESK_IS_REPORT_VIEW (self));

  if (position >= self->scope_choices->len)
    return &clinic;
  return &g_array_index (self->scope_choices, ScopeChoice, position);
}

static DeskReportPeriod
desk_report_view_period (DeskReportView *self)
{
  guint position = adw_combo_row_get_selected (self->period_row);

  return position < DESK_REPORT_N_PERIODS ? (DeskReportPeriod) position : DESK_REPORT_PERIOD_LAST_QUARTER;
}

/* The choice as parameters of a report; an INVALID error names the date at fault. */
static gboolean
desk_report_view_read_params (DeskReportView    *self,
                              DeskReportParams  *params,
                              GError           **error)
{
  const ScopeChoice *scope = desk_report_view_scope (self);
  DeskReportPeriod period = desk_report_view_period (self);

  g_assert (DESK_IS_REPORT_VIEW (self));

  desk_report_params_clear (params);
  desk_report_params_init (params);
  params->scope = scope->scope;
  params->scope_id = scope->id;
  params->sheets = SHOWN_SHEETS;
  params->default_hour_value_cents = g_settings_get_int64 (self->settings, "report-hour-value-cents");
  params->suppression_threshold = g_settings_get_uint (self->settings, "report-suppression-threshold");
  params->clinic_name = g_settings_get_string (self->settings, "report-clinic-name");

  if (period == DESK_REPORT_PERIOD_CUSTOM)
    {
      if (!desk_date_entry_get_valid (self->from_entry) || desk_date_entry_get_date (self->from_entry) == NULL)
        return desk_invalid (error, "from", _("Type the first day of the period, such as 2026-01-01 or 1/1/2026."));
      if (!desk_date_entry_get_valid (self->to_entry) || desk_date_entry_get_date (self->to_entry) == NULL)
        return desk_invalid (error, "to", _("Type the last day of the period, such as 2026-03-31 or 3/31/2026."));
      params->from = g_strdup (desk_date_entry_get_date (self->from_entry));
      params->to = g_strdup (desk_date_entry_get_date (self->to_entry));
    }
  else
    {
      g_autofree char *today = desk_today_iso ();

      desk_report_period_range (period, today, (guint) g_settings_get_int (self->settings, "report-fiscal-year-start"),
                                &params->from, &params->to);
    }

  return desk_report_params_validate (params, error);
}

static void
desk_report_view_update_actions (DeskReportView *self)
{
  g_auto(DeskReportParams) params = { 0 };
  gboolean exporting = self->export_cancellable != NULL;
  gboolean ready;

  g_assert (DESK_IS_REPORT_VIEW (self));

  ready = self->store != NULL && desk_report_view_read_params (self, &params, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.export", ready && !exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.cancel-export", exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.open", self->exported != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.show-in-folder", self->exported != NULL);
}

/* "The whole clinic", each funder, each grant under its funder. */
static void
desk_report_view_load_scopes (DeskReportView *self)
{
  ScopeChoice keep = *desk_report_view_scope (self);
  ScopeChoice clinic = { DESK_REPORT_SCOPE_CLINIC, 0 };
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) funders = NULL;
  g_autoptr(GPtrArray) grants = NULL;
  g_autoptr(GError) error = NULL;
  guint selected = 0;

  g_assert (DESK_IS_REPORT_VIEW (self));

  g_array_set_size (self->scope_choices, 0);
  g_array_append_val (self->scope_choices, clinic);
  g_ptr_array_add (names, g_strdup (_("The whole clinic")));

  if (self->store != NULL &&
      ((funders = desk_store_list_funders (self->store, &error)) == NULL ||
       (grants = desk_store_list_grants (self->store, 0, &error)) == NULL))
    desk_show_error (GTK_WIDGET (self), _("The funders and grants cannot be listed"), error);

  for (guint i = 0; funders != NULL && grants != NULL && i < funders->len; i++)
    {
      DeskFunder *funder = g_ptr_array_index (funders, i);
      gint64 funder_id = desk_record_get_id (DESK_RECORD (funder));
      ScopeChoice choice = { DESK_REPORT_SCOPE_FUNDER, funder_id };

      g_array_append_val (self->scope_choices, choice);
      /* TRANSLATORS: a choice of whose work a report covers; %s is a funder */
      g_ptr_array_add (names, g_strdup_printf (_("%s · every grant"), desk_funder_get_name (funder)));

      for (guint j = 0; j < grants->len; j++)
        {
          DeskGrant *grant = g_ptr_array_index (grants, j);

          if (desk_grant_get_funder_id (grant) != funder_id)
            continue;
          choice.scope = DESK_REPORT_SCOPE_GRANT;
          choice.id = desk_record_get_id (DESK_RECORD (grant));
          g_array_append_val (self->scope_choices, choice);
          /* TRANSLATORS: a choice of whose work a report covers: a funder, then one of its grants */
          g_ptr_array_add (names, g_strdup_printf (C_("funder and grant", "%s · %s"), desk_funder_get_name (funder),
                                                   desk_grant_get_name (grant)));
        }
    }
  g_ptr_array_add (names, NULL);

  for (guint i = 0; i < self->scope_choices->len; i++)
    {
      const ScopeChoice *choice = &g_array_index (self->scope_choices, ScopeChoice, i);

      if (choice->scope == keep.scope && choice->id == keep.id)
        selected = i;
    }

  self->loading_scopes = TRUE;
  gtk_string_list_splice (self->scope_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->scope_names)),
                          (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->scope_row, selected);
  self->loading_scopes = FALSE;
}

/* ---- what is shown ---------------------------------------------------------------- */

static char *
format_figure (DeskReportFigures *figures,
               FigureKind         kind,
               gint64             value)
{
  switch (kind)
    {
    case FIGURE_PEOPLE:
      return desk_report_figures_format_people (figures, value);
    case FIGURE_HOURS:
      /* TRANSLATORS: volunteer hours with one decimal */
      return g_strdup_printf (_("%.1f"), value / 10.0);
    case FIGURE_MONEY:
      return desk_format_money (value);
    case FIGURE_CASES:
    default:
      return g_strdup_printf ("%" G_GINT64_FORMAT, value);
    }
}

static void
desk_report_view_show_summary (DeskReportView *self)
{
  const DeskReportSummary *summary = self->figures != NULL ? desk_report_figures_get_summary (self->figures) : NULL;

  g_assert (DESK_IS_REPORT_VIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (summary_figures); i++)
    {
      GtkLabel *label = g_hash_table_lookup (self->summary_values, summary_figures[i].key);
      g_autofree char *text = NULL;

      if (summary != NULL)
        text = format_figure (self->figures, summary_figures[i].kind,
                              G_STRUCT_MEMBER (gint64, summary, summary_figures[i].offset));
      gtk_label_set_text (label, text != NULL ? text : "—");
    }
}

static void
desk_report_view_show_chart (DeskReportView *self)
{
  const DeskReportTable *table = NULL;

  g_assert (DESK_IS_REPORT_VIEW (self));

  if (self->figures != NULL)
    table = desk_report_figures_get_cases_by_category (self->figures);

  /* Categories without a case would only lengthen the chart. */
  desk_bar_chart_clear (self->chart);
  for (guint i = 0; table != NULL && i < table->rows->len; i++)
    {
      const DeskReportRow *row = desk_report_table_get_row (table, i);

      if (row->count > 0)
        desk_bar_chart_add (self->chart, row->label, row->count);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->chart), desk_bar_chart_get_n_bars (self->chart) > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->chart_empty), desk_bar_chart_get_n_bars (self->chart) == 0);
  gtk_label_set_text (self->chart_empty, self->figures != NULL ? _("No cases were served in this period.") : "—");
}

static GtkWidget *
csr_label (const char *text,
           gboolean    number,
           gboolean    strong)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), number ? 1.0f : 0.0f);
  if (number)
    gtk_widget_add_css_class (label, "numeric");
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
    }
  if (strong)
    gtk_widget_add_css_class (label, "heading");

  return label;
}

static void
csr_attach_row (GtkGrid          *grid,
                int               top,
                const DeskCsrRow *row)
{
  gboolean strong = row->kind != DESK_CSR_ROW_CODE;

  gtk_grid_attach (grid, csr_label (row->code, FALSE, strong), 0, top, 1, 1);
  gtk_grid_attach (grid, csr_label (row->label, FALSE, strong), 1, top, 1, 1);
  for (int c = 0; c < DESK_CSR_N_COLUMNS; c++)
    {
      g_autofree char *cell = g_strdup_printf ("%" G_GINT64_FORMAT, row->cells[c]);

      gtk_grid_attach (grid, csr_label (cell, TRUE, strong), CSR_FIRST_CELL + c, top, 1, 1);
    }
  {
    g_autofree char *total = g_strdup_printf ("%" G_GINT64_FORMAT, desk_csr_row_total (row));

    gtk_grid_attach (grid, csr_label (total, TRUE, TRUE), CSR_TOTAL, top, 1, 1);
  }
}

/* The rows of codes and categories that have cases, and the total. */
static void
desk_report_view_show_csr (DeskReportView *self)
{
  const DeskCsrMatrix *csr = self->figures != NULL ? desk_report_figures_get_csr (self->figures) : NULL;
  const DeskCsrRow *total = NULL;
  GtkWidget *child;
  int top = 1;

  g_assert (DESK_IS_REPORT_VIEW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->csr_grid))) != NULL)
    gtk_grid_remove (self->csr_grid, child);

  gtk_grid_attach (self->csr_grid, csr_label (_("Code"), FALSE, TRUE), 0, 0, 1, 1);
  gtk_grid_attach (self->csr_grid, csr_label (_("Problem"), FALSE, TRUE), 1, 0, 1, 1);
  for (int c = 0; c < DESK_CSR_N_COLUMNS; c++)
    gtk_grid_attach (self->csr_grid,
                     csr_label (c == DESK_CSR_NO_CODE ? _("None") : desk_csr_column_code (c), TRUE, TRUE),
                     CSR_FIRST_CELL + c, 0, 1, 1);
  gtk_grid_attach (self->csr_grid, csr_label (_("Total"), TRUE, TRUE), CSR_TOTAL, 0, 1, 1);
  gtk_widget_set_hexpand (gtk_grid_get_child_at (self->csr_grid, 1, 0), TRUE);

  for (guint i = 0; csr != NULL && i < csr->rows->len; i++)
    {
      const DeskCsrRow *row = g_ptr_array_index (csr->rows, i);

      if (row->kind == DESK_CSR_ROW_TOTAL)
        total = row;
      else if (desk_csr_row_total (row) > 0)
        csr_attach_row (self->csr_grid, top++, row);
    }
  if (total != NULL)
    csr_attach_row (self->csr_grid, top, total);

  gtk_widget_set_visible (self->csr_scroller, total != NULL && desk_csr_row_total (total) > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->csr_empty), total == NULL || desk_csr_row_total (total) == 0);
  gtk_label_set_text (self->csr_empty, self->figures != NULL ? _("No cases were closed in this period.") : "—");
}

static void
desk_report_view_show_figures (DeskReportView *self)
{
  g_assert (DESK_IS_REPORT_VIEW (self));

  desk_report_view_show_summary (self);
  desk_report_view_show_chart (self);
  desk_report_view_show_csr (self);
}

/* The period's dates under its choice, the choice over the figures. */
static void
desk_report_view_describe_choice (DeskReportView *self)
{
  g_auto(DeskReportParams) params = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *period = NULL;
  g_autofree char *description = NULL;
  gboolean custom = desk_report_view_period (self) == DESK_REPORT_PERIOD_CUSTOM;
  gboolean valid;
  guint scope_position = adw_combo_row_get_selected (self->scope_row);

  g_assert (DESK_IS_REPORT_VIEW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->from_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->to_row), custom);

  valid = desk_report_view_read_params (self, &params, &error);
  /* An empty date typed in is not worth a red sentence until there is something. */
  gtk_label_set_text (self->period_error, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->period_error_row),
                          custom && error != NULL &&
                          !(desk_text_is_blank (desk_date_entry_get_text (self->from_entry)) &&
                            desk_text_is_blank (desk_date_entry_get_text (self->to_entry))));

  if (valid)
    period = desk_report_period_describe (params.from, params.to);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->period_row), period != NULL && !custom ? period : "");

  if (valid && scope_position < g_list_model_get_n_items (G_LIST_MODEL (self->scope_names)))
    /* TRANSLATORS: what the figures below are about: whose work, then the period */
    description = g_strdup_printf (C_("whose work and period", "%s, %s"),
                                   gtk_string_list_get_string (self->scope_names, scope_position), period);
  /* Names of funders are text, not markup ("Smith & Jones Foundation"). */
  {
    g_autofree char *escaped = description != NULL ? g_markup_escape_text (description, -1) : NULL;

    adw_preferences_group_set_description (self->summary_group, escaped);
  }
}

static void
desk_report_view_update_state (DeskReportView *self)
{
  gboolean computing = self->compute_cancellable != NULL;

  g_assert (DESK_IS_REPORT_VIEW (self));

  gtk_spinner_set_spinning (self->spinner, computing);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), computing);
  /* The old figures stay readable, dimmed, until the new ones are in. */
  gtk_widget_set_opacity (GTK_WIDGET (self->summary_box), computing ? 0.5 : 1.0);
  desk_report_view_update_actions (self);
}

/* ---- counting ----------------------------------------------------------------------- */

static void
desk_report_view_compute_cb (GObject      *object,
                             GAsyncResult *result,
                             gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  DeskReportView *self = request->self;
  g_autoptr(DeskReportFigures) figures = NULL;
  g_autoptr(GError) error = NULL;

  figures = desk_report_figures_compute_finish (request->store, result, &error);

  /* A later choice (or the view going away) made this count moot. */
  if (request->cancellable != self->compute_cancellable)
    return;
  g_clear_object (&self->compute_cancellable);

  if (figures == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    desk_show_error (GTK_WIDGET (self), _("The figures cannot be counted"), error);

  g_set_object (&self->figures, figures);
  desk_report_view_show_figures (self);
  desk_report_view_update_state (self);
}

static void
desk_report_view_recount (DeskReportView *self)
{
  g_auto(DeskReportParams) params = { 0 };

  g_assert (DESK_IS_REPORT_VIEW (self));

  g_clear_handle_id (&self->recount_source, g_source_remove);
  self->dirty = FALSE;

  /* A new choice: the count under way is of no use any more. */
  if (self->compute_cancellable != NULL)
    {
      g_cancellable_cancel (self->compute_cancellable);
      g_clear_object (&self->compute_cancellable);
    }

  desk_report_view_describe_choice (self);

  if (self->store == NULL || !desk_report_view_read_params (self, &params, NULL))
    {
      g_clear_object (&self->figures);
      desk_report_view_show_figures (self);
      desk_report_view_update_state (self);
      return;
    }

  self->compute_cancellable = g_cancellable_new ();
  desk_report_figures_compute_async (self->store, &params, self->compute_cancellable, desk_report_view_compute_cb,
                                     request_new (self, self->compute_cancellable, NULL));
  desk_report_view_update_state (self);
}

static gboolean
desk_report_view_recount_cb (gpointer user_data)
{
  DeskReportView *self = user_data;

  self->recount_source = 0;
  desk_report_view_recount (self);
  return G_SOURCE_REMOVE;
}

static void
desk_report_view_choice_changed_cb (DeskReportView *self)
{
  g_assert (DESK_IS_REPORT_VIEW (self));

  if (!self->loading_scopes)
    desk_report_view_recount (self);
}

static void
desk_report_view_store_changed_cb (DeskReportView *self,
                                   const char     *entity,
                                   gint64          id,
                                   DeskChangeKind  kind,
                                   DeskStore      *store)
{
  g_assert (DESK_IS_REPORT_VIEW (self));

  if (g_strcmp0 (entity, "funder") == 0 || g_strcmp0 (entity, "grant") == 0)
    desk_report_view_load_scopes (self);

  /* Hidden, it counts again when it is shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->dirty = TRUE;
  else if (self->recount_source == 0)
    self->recount_source = g_timeout_add (RECOUNT_DELAY_MS, desk_report_view_recount_cb, self);
}

/* ---- exporting ------------------------------------------------------------------------ */

static void
desk_report_view_show_export (DeskReportView *self,
                              gboolean        exporting)
{
  g_assert (DESK_IS_REPORT_VIEW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->export_group), exporting || self->exported != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->export_progress_row), exporting);
  gtk_widget_set_visible (GTK_WIDGET (self->export_done_row), !exporting && self->exported != NULL);
}

static void
desk_report_view_export_progress_cb (guint64     done,
                                     guint64     total,
                                     const char *stage,
                                     gpointer    user_data)
{
  DeskReportView *self = user_data;
  /* TRANSLATORS: under the export's progress bar; %s is a sheet of the workbook */
  g_autofree char *doing = g_strdup_printf (_("Writing the sheet “%s”"), stage != NULL ? stage : "");

  if (self->export_cancellable == NULL)
    return;

  gtk_progress_bar_set_fraction (self->export_progress, total > 0 ? (double) done / (double) total : 0.0);
  adw_action_row_set_subtitle (self->export_progress_row, doing);
}

static void
desk_report_view_export_cb (GObject      *object,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  DeskReportView *self = request->self;
  g_autoptr(DeskReportExport) written = NULL;
  g_autoptr(GError) error = NULL;

  written = desk_report_export_finish (request->store, result, &error);
  if (request->cancellable == self->export_cancellable)
    g_clear_object (&self->export_cancellable);

  if (written == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        desk_show_toast (GTK_WIDGET (self), _("The export was cancelled; no file was written."));
      else
        desk_show_error (GTK_WIDGET (self), _("The workbook could not be written"), error);
    }
  else
    {
      g_autofree char *name = g_file_get_basename (request->file);
      g_autofree char *folder = g_path_get_dirname (written->path);
      /* TRANSLATORS: %s is the workbook's file name */
      g_autofree char *title = g_strdup_printf (_("Saved “%s”"), name);
      /* TRANSLATORS: under the saved workbook's name: the rows of its Cases sheet and its folder */
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case, in %s", "%u cases, in %s",
                                                                (gulong) written->n_cases),
                                                   (guint) written->n_cases, folder);

      g_set_object (&self->exported, request->file);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->export_done_row), title);
      adw_action_row_set_subtitle (self->export_done_row, subtitle);
      desk_show_toast (GTK_WIDGET (self), _("The workbook was saved."));
    }

  desk_report_view_show_export (self, self->export_cancellable != NULL);
  desk_report_view_update_actions (self);
}

static void
desk_report_view_file_chosen_cb (GFile    *file,
                                 gpointer  user_data)
{
  g_autoptr(DeskReportView) self = user_data;

  if (file != NULL && !gtk_widget_in_destruction (GTK_WIDGET (self)))
    desk_report_view_export_to (self, file);
}

static void
desk_report_view_export_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  DeskReportView *self = DESK_REPORT_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *name = desk_report_view_suggest_file_name (self);
  g_autoptr(GFile) folder = NULL;

  if (self->export_folder != NULL)
    folder = g_object_ref (self->export_folder);
  else if (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS) != NULL)
    folder = g_file_new_for_path (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS));

  desk_gtk_compat_save_workbook (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Export the Report"),
                                 _("_Export"), folder, name, desk_report_view_file_chosen_cb, g_object_ref (self));
}

static void
desk_report_view_cancel_export_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  desk_report_view_cancel_export (DESK_REPORT_VIEW (widget));
}

static void
desk_report_view_open_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  DeskReportView *self = DESK_REPORT_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->exported != NULL)
    desk_gtk_compat_launch_file (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->exported);
}

static void
desk_report_view_show_in_folder_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *param)
{
  DeskReportView *self = DESK_REPORT_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->exported != NULL)
    desk_gtk_compat_show_in_folder (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->exported);
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
desk_report_view_map (GtkWidget *widget)
{
  DeskReportView *self = DESK_REPORT_VIEW (widget);

  GTK_WIDGET_CLASS (desk_report_view_parent_class)->map (widget);

  if (self->dirty)
    desk_report_view_recount (self);
}

static void
desk_report_view_dispose (GObject *object)
{
  DeskReportView *self = (DeskReportView *)object;

  g_clear_handle_id (&self->recount_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, desk_report_view_store_changed_cb, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, desk_report_view_choice_changed_cb, self);
  if (self->compute_cancellable != NULL)
    g_cancellable_cancel (self->compute_cancellable);
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->compute_cancellable);
  g_clear_object (&self->export_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_REPORT_VIEW);
  desk_widget_unparent_children (GTK_WIDGET (self));

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->scope_names);
  g_clear_object (&self->figures);
  g_clear_object (&self->exported);
  g_clear_object (&self->export_folder);
  g_clear_pointer (&self->summary_values, g_hash_table_unref);

  G_OBJECT_CLASS (desk_report_view_parent_class)->dispose (object);
}

static void
desk_report_view_finalize (GObject *object)
{
  DeskReportView *self = (DeskReportView *)object;

  g_clear_pointer (&self->scope_choices, g_array_unref);

  G_OBJECT_CLASS (desk_report_view_parent_class)->finalize (object);
}

static void
desk_report_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DeskReportView *self = DESK_REPORT_VIEW (object);

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
desk_report_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DeskReportView *self = DESK_REPORT_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      desk_report_view_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_report_view_class_init (DeskReportViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_report_view_dispose;
  object_class->finalize = desk_report_view_finalize;
  object_class->get_property = desk_report_view_get_property;
  object_class->set_property = desk_report_view_set_property;

  widget_class->map = desk_report_view_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, DESK_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DESK_TYPE_BAR_CHART);
  g_type_ensure (DESK_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-report-view.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DeskReportView, name)
  BIND (scope_row);
  BIND (period_row);
  BIND (from_row);
  BIND (from_entry);
  BIND (to_row);
  BIND (to_entry);
  BIND (period_error_row);
  BIND (period_error);
  BIND (names_switch);
  BIND (export_group);
  BIND (export_progress_row);
  BIND (export_progress);
  BIND (export_done_row);
  BIND (summary_group);
  BIND (spinner);
  BIND (summary_box);
  BIND (chart);
  BIND (chart_empty);
  BIND (csr_scroller);
  BIND (csr_grid);
  BIND (csr_empty);
#undef BIND

  gtk_widget_class_install_action (widget_class, "report.export", NULL, desk_report_view_export_action);
  gtk_widget_class_install_action (widget_class, "report.cancel-export", NULL, desk_report_view_cancel_export_action);
  gtk_widget_class_install_action (widget_class, "report.open", NULL, desk_report_view_open_action);
  gtk_widget_class_install_action (widget_class, "report.show-in-folder", NULL,
                                   desk_report_view_show_in_folder_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "deskreportview");
}

/* A figure as a card: the number large, what it counts under it. */
static void
desk_report_view_add_tile (DeskReportView *self,
                           const char     *key,
                           const char     *caption_text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *value = gtk_label_new ("—");
  GtkWidget *caption = gtk_label_new (caption_text);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (value, "title-2");
  gtk_widget_add_css_class (value, "numeric");
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  gtk_widget_set_focusable (value, FALSE);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  /* Narrow enough for three figures a line in an 800-pixel window. */
  gtk_label_set_max_width_chars (GTK_LABEL (caption), 16);
  gtk_label_set_justify (GTK_LABEL (caption), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_set_margin_top (value, 12);
  gtk_widget_set_margin_start (value, 6);
  gtk_widget_set_margin_end (value, 6);
  gtk_widget_set_margin_bottom (caption, 12);
  gtk_widget_set_margin_start (caption, 6);
  gtk_widget_set_margin_end (caption, 6);
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_flow_box_append (self->summary_box, box);
  /* Read, not visited: the flow box's cells are no stops for Tab. */
  gtk_widget_set_focusable (gtk_widget_get_parent (box), FALSE);

  g_hash_table_insert (self->summary_values, (gpointer) key, value);
}

static void
desk_report_view_init (DeskReportView *self)
{
  g_autoptr(GtkStringList) periods = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->scope_choices = g_array_new (FALSE, TRUE, sizeof (ScopeChoice));
  self->summary_values = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (summary_figures); i++)
    desk_report_view_add_tile (self, summary_figures[i].key, _(summary_figures[i].label));

  for (DeskReportPeriod period = 0; period < DESK_REPORT_N_PERIODS; period++)
    gtk_string_list_append (periods, desk_report_period_label (period));
  adw_combo_row_set_model (self->period_row, G_LIST_MODEL (periods));
  /* Reports are most often for the quarter just ended. */
  adw_combo_row_set_selected (self->period_row, DESK_REPORT_PERIOD_LAST_QUARTER);

  self->scope_names = gtk_string_list_new (NULL);
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (self->scope_names));
  desk_report_view_load_scopes (self);

  g_signal_connect_object (self->scope_row, "notify::selected", G_CALLBACK (desk_report_view_choice_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->period_row, "notify::selected", G_CALLBACK (desk_report_view_choice_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->from_entry, "notify::text", G_CALLBACK (desk_report_view_choice_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->to_entry, "notify::text", G_CALLBACK (desk_report_view_choice_changed_cb),
                           self, G_CONNECT_SWAPPED);
  /* What is counted follows the preferences; the clinic's name is only written. */
  g_signal_connect_object (self->settings, "changed::report-hour-value-cents",
                           G_CALLBACK (desk_report_view_choice_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::report-suppression-threshold",
                           G_CALLBACK (desk_report_view_choice_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::report-fiscal-year-start",
                           G_CALLBACK (desk_report_view_choice_changed_cb), self, G_CONNECT_SWAPPED);

  desk_report_view_recount (self);
  desk_report_view_show_export (self, FALSE);
}

/* ---- public --------------------------------------------------------------------------- */

DeskStore *
desk_report_view_get_store (DeskReportView *self)
{
  g_return_val_if_fail (DESK_IS_REPORT_VIEW (self), NULL);

  return self->store;
}

void
desk_report_view_set_store (DeskReportView *self,
                            DeskStore      *store)
{
  g_return_if_fail (DESK_IS_REPORT_VIEW (self));
  g_return_if_fail (store == NULL || DESK_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, desk_report_view_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (desk_report_view_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  /* Another database: its own funders, nothing exported from it yet. */
  g_clear_object (&self->exported);
  desk_report_view_show_export (self, self->export_cancellable != NULL);
  desk_report_view_load_scopes (self);
  desk_report_view_recount (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
desk_report_view_choose (DeskReportView   *self,
                         DeskReportScope   scope,
                         gint64            scope_id,
                         DeskReportPeriod  period)
{
  guint position = 0;

  g_return_if_fail (DESK_IS_REPORT_VIEW (self));
  g_return_if_fail (period < DESK_REPORT_N_PERIODS);

  for (guint i = 0; i < self->scope_choices->len; i++)
    {
      const ScopeChoice *choice = &g_array_index (self->scope_choices, ScopeChoice, i);

      if (choice->scope == scope && choice->id == scope_id)
        position = i;
    }

  adw_combo_row_set_selected (self->scope_row, position);
  adw_combo_row_set_selected (self->period_row, period);
}

void
desk_report_view_set_custom_dates (DeskReportView *self,
                                   const char     *from,
                                   const char     *to)
{
  g_return_if_fail (DESK_IS_REPORT_VIEW (self));

  desk_date_entry_set_text (self->from_entry, from != NULL ? from : "");
  desk_date_entry_set_text (self->to_entry, to != NULL ? to : "");
}

gboolean
desk_report_view_get_params (DeskReportView   *self,
                             DeskReportParams *params)
{
  g_return_val_if_fail (DESK_IS_REPORT_VIEW (self), FALSE);
  g_return_val_if_fail (params != NULL, FALSE);

  return desk_report_view_read_params (self, params, NULL);
}

DeskReportFigures *
desk_report_view_get_figures (DeskReportView *self)
{
  g_return_val_if_fail (DESK_IS_REPORT_VIEW (self), NULL);

  return self->compute_cancellable == NULL ? self->figures : NULL;
}

gboolean
desk_report_view_get_computing (DeskReportView *self)
{
  g_return_val_if_fail (DESK_IS_REPORT_VIEW (self), FALSE);

  return self->compute_cancellable != NULL || self->recount_source != 0;
}

const char *
desk_report_view_get_summary_text (DeskReportView *self,
                                   const char     *key)
{
  GtkLabel *label;

  g_return_val_if_fail (DESK_IS_REPORT_VIEW (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  label = g_hash_table_lookup (self->summary_values, key);
  return label != NULL ? gtk_label_get_text (label) : NULL;
}

DeskBarChart *
desk_report_view_get_chart (DeskReportView *self)
{
  g_return_val_if_fail (DESK_IS_REPORT_VIEW (self), NULL);

  return self->chart;
}

const char *
desk_report_view_get_csr_cell (DeskReportView *self,
                               int             row,
                               int             column)
{
  GtkWidget *child;

  g_return_val_if_fail (DESK_IS_REPORT_VIEW (self), NULL);

  child = gtk_grid_get_child_at (self->csr_grid, column, row);
  return GTK_IS_LABEL (child) ? gtk_label_get_text (GTK_LABEL (child)) : NULL;
}

void
desk_report_view_set_include_names (DeskReportView *self,
                                    gboolean        include_names)
{
  g_return_if_fail (DESK_IS_REPORT_VIEW (self));

  gtk_switch_set_active (self->names_switch, include_names);
}

char *
desk_report_view_suggest_file_name (DeskReportView *self)
{
  g_auto(DeskReportParams) params = { 0 };
  g_autoptr(GString) name = g_string_new (NULL);
  guint position;

  g_return_val_if_fail (DESK_IS_REPORT_VIEW (self), NULL);

  position = adw_combo_row_get_selected (self->scope_row);
  if (position < g_list_model_get_n_items (G_LIST_MODEL (self->scope_names)) &&
      desk_report_view_scope (self)->scope != DESK_REPORT_SCOPE_CLINIC)
    g_string_append (name, gtk_string_list_get_string (self->scope_names, position));
  else
    {
      g_autofree char *clinic = g_settings_get_string (self->settings, "report-clinic-name");

      g_string_append (name, !desk_text_is_blank (clinic) ? clinic : _("Clinic report"));
    }

  if (desk_report_view_read_params (self, &params, NULL))
    /* TRANSLATORS: the period in a workbook's suggested file name */
    g_string_append_printf (name, _(" - %s to %s"), params.from, params.to);

  /* Names of funders may hold what a file name cannot. */
  g_strdelimit (name->str, "/\\:*?\"<>|", '-');
  g_string_replace (name, " · ", " - ", 0);
  g_string_append (name, ".xlsx");

  return g_string_free (g_steal_pointer (&name), FALSE);
}

void
desk_report_view_export_to (DeskReportView *self,
                            GFile          *file)
{
  g_auto(DeskReportParams) params = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (DESK_IS_REPORT_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->store == NULL || self->export_cancellable != NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    g_set_error_literal (&error, DESK_ERROR, DESK_ERROR_IO,
                         _("The workbook can only be written to a folder on this computer."));
  if (error != NULL || !desk_report_view_read_params (self, &params, &error))
    {
      desk_show_error (GTK_WIDGET (self), _("The workbook could not be written"), error);
      return;
    }

  params.sheets = DESK_REPORT_SHEET_ALL;
  params.include_names = gtk_switch_get_active (self->names_switch);

  g_clear_object (&self->export_folder);
  self->export_folder = g_file_get_parent (file);
  self->export_cancellable = g_cancellable_new ();

  gtk_progress_bar_set_fraction (self->export_progress, 0.0);
  adw_action_row_set_subtitle (self->export_progress_row, _("Counting the figures"));
  desk_report_view_show_export (self, TRUE);
  desk_report_view_update_actions (self);

  /* The request keeps the view, the progress callback's data, alive. */
  desk_report_export_async (self->store, &params, path, desk_report_view_export_progress_cb, self,
                            self->export_cancellable, desk_report_view_export_cb,
                            request_new (self, self->export_cancellable, file));
}

void
desk_report_view_cancel_export (DeskReportView *self)
{
  g_return_if_fail (DESK_IS_REPORT_VIEW (self));

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

gboolean
desk_report_view_get_exporting (DeskReportView *self)
{
  g_return_val_if_fail (DESK_IS_REPORT_VIEW (self), FALSE);

  return self->export_cancellable != NULL;
}

double
desk_report_view_get_export_fraction (DeskReportView *self)
{
  g_return_val_if_fail (DESK_IS_REPORT_VIEW (self), 0.0);

  return gtk_progress_bar_get_fraction (self->export_progress);
}

GFile *
desk_report_view_get_exported (DeskReportView *self)
{
  g_return_val_if_fail (DESK_IS_REPORT_VIEW (self), NULL);

  return self->exported;
}
