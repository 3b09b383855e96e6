/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-report-workbook"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-enum-types.h"
#include "desk-labels.h"
#include "desk-money.h"
#include "desk-report-case-reader.h"
#include "desk-report-fingerprint.h"
#include "desk-report-suppression.h"
#include "desk-report-workbook.h"
#include "desk-xlsx.h"

/*
 * The funders' workbook: Summary (with two native charts), CSR Matrix,
 * Closing Codes, Cases, Volunteer Hours, Outcomes, Mentorship,
 * Demographics and About this report.  Tables have a bold, filled header
 * that stays in view and filters; totals are SUM formulas over the rows
 * above them, with the value they compute, so grant officers can audit
 * them and readers that do not recalculate still show it.  Every value is
 * fed to the fingerprint as it is written.
 */

typedef struct
{
  DeskStore              *store;
  DeskReportFigures      *figures;
  const DeskReportParams *params;
  DeskXlsx               *xlsx;
  DeskReportFingerprint  *fingerprint;
  DeskReportProgress      progress;
  gpointer                progress_data;
  GCancellable           *cancellable;
  const char             *generated_at;
  char                   *title;
  guint64                 done;
  guint64                 total;
  guint64                 n_cases;

  /* The Cases sheet while rows arrive. */
  DeskXlsxSheet          *cases;
  guint32                 cases_row;
  gint64                  cases_tenths;
  const char             *outcome_nicks[DESK_OUTCOME_OTHER + 1];
  const char             *outcome_labels[DESK_OUTCOME_OTHER + 1];
} Writer;

static void
step (Writer     *w,
      const char *stage)
{
  w->done++;
  if (w->progress != NULL)
    w->progress (w->done, w->total, stage, w->progress_data);
}

static gboolean
header_row (DeskXlsxSheet      *sheet,
            guint32             row,
            const char * const *labels,
            GError            **error)
{
  for (guint16 i = 0; labels[i] != NULL; i++)
    if (!desk_xlsx_text (sheet, row, i, labels[i], DESK_XLSX_HEADER, error))
      return FALSE;
  return TRUE;
}

static gboolean
label_text (DeskXlsxSheet  *sheet,
            guint32         row,
            const char     *label,
            const char     *text,
            GError        **error)
{
  return desk_xlsx_text (sheet, row, 0, label, DESK_XLSX_LABEL, error) &&
         desk_xlsx_text (sheet, row, 1, text, DESK_XLSX_TEXT, error);
}

static gboolean
label_number (DeskXlsxSheet  *sheet,
              guint32         row,
              const char     *label,
              double          value,
              DeskXlsxStyle   style,
              GError        **error)
{
  return desk_xlsx_text (sheet, row, 0, label, DESK_XLSX_LABEL, error) &&
         desk_xlsx_number (sheet, row, 1, value, style, error);
}

/* A count of people: the number, or "<5" when it is too small to show. */
static gboolean
people (Writer         *w,
        DeskXlsxSheet  *sheet,
        guint32         row,
        guint16         column,
        gint64          count,
        DeskXlsxStyle   style,
        GError        **error)
{
  g_autofree char *shown = desk_report_figures_format_people (w->figures, count);

  if (shown[0] == '<')
    return desk_xlsx_text (sheet, row, column, shown, DESK_XLSX_TEXT, error);
  return desk_xlsx_number (sheet, row, column, count, style, error);
}

static double
hours (gint64 tenths)
{
  return tenths / 10.0;
}

static double
dollars (gint64 cents)
{
  return cents / 100.0;
}

static DeskXlsxSheet *
add_sheet (Writer      *w,
           const char  *name,
           GError     **error)
{
  if (w->progress != NULL)
    w->progress (w->done, w->total, name, w->progress_data);
  if (g_cancellable_set_error_if_cancelled (w->cancellable, error))
    return NULL;
  return desk_xlsx_add_sheet (w->xlsx, name, error);
}

/* The header of the sheet's main table, which then stays in view and
 * filters its @n_rows rows. */
static gboolean
table_header (DeskXlsxSheet      *sheet,
              guint32             row,
              const char * const *labels,
              guint32             n_rows,
              GError            **error)
{
  return header_row (sheet, row, labels, error) &&
         desk_xlsx_table (sheet, row, g_strv_length ((char **) labels), row + n_rows, error);
}

static gboolean
finish_sheet (Writer         *w,
              DeskXlsxSheet  *sheet,
              GError        **error)
{
  if (!desk_xlsx_finish_sheet (sheet, w->title, error))
    return FALSE;
  step (w, desk_xlsx_sheet_get_name (sheet));
  return TRUE;
}

/* Writes the rows of @table (label, then count, hours or money columns as
 * @columns says: 'c' count, 'p' people, 'h' hours, 'm' money, 'd' detail)
 * from @row on, then a total row of SUM formulas.  Returns the total row. */
static gboolean
write_table (Writer                 *w,
             DeskXlsxSheet          *sheet,
             guint32                 row,
             const DeskReportTable  *table,
             const char             *columns,
             guint32                *total_row,
             GError                **error)
{
  guint32 first = row;

  for (guint i = 0; i < table->rows->len; i++, row++)
    {
      const DeskReportRow *r = desk_report_table_get_row (table, i);

      if (!desk_xlsx_text (sheet, row, 0, r->label, DESK_XLSX_TEXT, error))
        return FALSE;
      for (guint16 c = 0; columns[c] != '\0'; c++)
        {
          gboolean ok = TRUE;

          switch (columns[c])
            {
            case 'd': ok = desk_xlsx_text (sheet, row, c + 1, r->detail, DESK_XLSX_TEXT, error); break;
            case 'c': ok = desk_xlsx_number (sheet, row, c + 1, r->count, DESK_XLSX_INTEGER, error); break;
            case 'p': ok = people (w, sheet, row, c + 1, r->count, DESK_XLSX_INTEGER, error); break;
            case 'h': ok = desk_xlsx_number (sheet, row, c + 1, hours (r->tenths), DESK_XLSX_HOURS, error); break;
            case 'm': ok = desk_xlsx_number (sheet, row, c + 1, dollars (r->cents), DESK_XLSX_MONEY, error); break;
            default: g_assert_not_reached ();
            }
          if (!ok)
            return FALSE;
        }
    }

  if (!desk_xlsx_text (sheet, row, 0, table->total.label, DESK_XLSX_TOTAL_TEXT, error))
    return FALSE;
  for (guint16 c = 0; columns[c] != '\0'; c++)
    {
      const DeskReportRow *t = &table->total;
      gboolean ok = TRUE;

      switch (columns[c])
        {
        case 'd': ok = desk_xlsx_text (sheet, row, c + 1, "", DESK_XLSX_TOTAL_TEXT, error); break;
        case 'c':
        case 'p': ok = desk_xlsx_sum (sheet, row, c + 1, first, row - 1, t->count, DESK_XLSX_TOTAL_INTEGER, error); break;
        case 'h': ok = desk_xlsx_sum (sheet, row, c + 1, first, row - 1, hours (t->tenths), DESK_XLSX_TOTAL_HOURS, error); break;
        case 'm': ok = desk_xlsx_sum (sheet, row, c + 1, first, row - 1, dollars (t->cents), DESK_XLSX_TOTAL_MONEY, error); break;
        default: g_assert_not_reached ();
        }
      if (!ok)
        return FALSE;
    }

  *total_row = row;
  return TRUE;
}

/* ---- Summary ---------------------------------------------------------------- */

typedef struct
{
  const char   *name;    /* the defined name */
  const char   *label;
  gint64        value;
  char          kind;    /* 'c' count, 'p' people, 'h' tenths of hours, 'm' cents */
} KeyFigure;

static gboolean
write_summary (Writer  *w,
               GError **error)
{
  const DeskReportSummary *s = desk_report_figures_get_summary (w->figures);
  const DeskReportTable *categories = desk_report_figures_get_cases_by_category (w->figures);
  const DeskReportTable *months = desk_report_figures_get_hours (w->figures, DESK_REPORT_HOURS_BY_MONTH);
  const char *funder = desk_report_figures_get_funder_name (w->figures);
  const char *grant = desk_report_figures_get_grant_name (w->figures);
  const char *number = desk_report_figures_get_grant_number (w->figures);
  const KeyFigure figures[] = {
    { "CasesOpened", _("Cases opened in the period"), s->cases_opened, 'c' },
    { "CasesClosed", _("Cases closed in the period"), s->cases_closed, 'c' },
    { "CasesOpenAtEnd", _("Cases open at the end of the period"), s->cases_open_at_end, 'c' },
    { "CasesServed", _("Cases served in the period"), s->cases_served, 'c' },
    { "ClientsServed", _("Clients served (unduplicated)"), s->clients_served, 'p' },
    { "PersonsInHouseholds", _("Persons in the households served"), s->household_persons, 'p' },
    { "AdultsInHouseholds", _("   of them adults"), s->household_adults, 'p' },
    { "ChildrenInHouseholds", _("   of them children"), s->household_children, 'p' },
    { "DomesticViolenceCases", _("Domestic violence cases served"), s->dv_cases, 'c' },
    { "VolunteerHours", _("Volunteer hours"), s->volunteer_tenths, 'h' },
    { "DonatedValue", _("Value of the volunteer hours"), s->donated_value_cents, 'm' },
    { "AmountRecovered", _("Recovered or saved for clients"), s->amount_recovered_cents, 'm' },
  };
  const char * const figure_header[] = { _("Figure"), _("Value"), NULL };
  const char * const category_header[] = { _("Problem category"), _("Cases served"), NULL };
  const char * const month_header[] = { _("Month"), _("Volunteer hours"), NULL };
  g_autofree char *grant_text = NULL;
  DeskXlsxSheet *sheet;
  guint32 row = 0, chart_row, category_first, category_total, month_first, month_total;

  if ((sheet = add_sheet (w, _("Summary"), error)) == NULL)
    return FALSE;

  if (*grant != '\0')
    grant_text = *number != '\0' ? g_strdup_printf ("%s (%s)", grant, number) : g_strdup (grant);
  else
    grant_text = g_strdup (w->params->scope == DESK_REPORT_SCOPE_FUNDER ? _("Every grant of the funder") : _("All work of the clinic"));

  if (!desk_xlsx_text (sheet, row, 0, w->title, DESK_XLSX_TITLE, error))
    return FALSE;
  row += 2;
  if (!label_text (sheet, row++, _("Clinic"), w->params->clinic_name, error) ||
      !label_text (sheet, row++, _("Funder"), *funder != '\0' ? funder : _("All funders"), error) ||
      !label_text (sheet, row++, _("Grant"), grant_text, error) ||
      !desk_xlsx_text (sheet, row, 0, _("Period from"), DESK_XLSX_LABEL, error) ||
      !desk_xlsx_date (sheet, row++, 1, w->params->from, error) ||
      !desk_xlsx_text (sheet, row, 0, _("Period to"), DESK_XLSX_LABEL, error) ||
      !desk_xlsx_date (sheet, row++, 1, w->params->to, error))
    return FALSE;

  /* The time of writing would change the fingerprint of the same data. */
  desk_xlsx_set_observer (w->xlsx, NULL, NULL);
  if (!label_text (sheet, row++, _("Generated at"), w->generated_at, error))
    return FALSE;
  desk_xlsx_set_observer (w->xlsx, desk_report_fingerprint_add, w->fingerprint);

  row++;
  chart_row = row;
  if (!header_row (sheet, row++, figure_header, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++, row++)
    {
      const KeyFigure *f = &figures[i];
      gboolean ok;

      if (f->kind == 'p')
        ok = desk_xlsx_text (sheet, row, 0, f->label, DESK_XLSX_TEXT, error) &&
             people (w, sheet, row, 1, f->value, DESK_XLSX_INTEGER, error);
      else
        ok = desk_xlsx_text (sheet, row, 0, f->label, DESK_XLSX_TEXT, error) &&
             desk_xlsx_number (sheet, row, 1,
                               f->kind == 'h' ? hours (f->value) : f->kind == 'm' ? dollars (f->value) : f->value,
                               f->kind == 'h' ? DESK_XLSX_HOURS : f->kind == 'm' ? DESK_XLSX_MONEY : DESK_XLSX_INTEGER,
                               error);
      if (!ok || !desk_xlsx_define_name (w->xlsx, f->name, sheet, row, 1, error))
        return FALSE;
    }

  /* The data of the two charts, readable beside them. */
  row++;
  if (!header_row (sheet, row++, category_header, error))
    return FALSE;
  category_first = row;
  if (!write_table (w, sheet, row, categories, "c", &category_total, error))
    return FALSE;
  row = category_total + 2;
  if (!header_row (sheet, row++, month_header, error))
    return FALSE;
  month_first = row;
  if (!write_table (w, sheet, row, months, "h", &month_total, error))
    return FALSE;

  if (!desk_xlsx_chart (sheet, chart_row, 3, LXW_CHART_BAR, _("Cases served by problem category"),
                        _("Cases served"), sheet, category_first, category_total - 1, 0, 1, error) ||
      !desk_xlsx_chart (sheet, chart_row + 18, 3, LXW_CHART_LINE, _("Volunteer hours by month"),
                        _("Volunteer hours"), sheet, month_first, month_total - 1, 0, 1, error))
    return FALSE;

  return finish_sheet (w, sheet, error);
}

/* ---- CSR Matrix and Closing Codes -------------------------------------------- */

/* Columns of the matrix: code, problem, the closing codes, total, limited, extended. */
#define CSR_FIRST      2
#define CSR_LAST       (CSR_FIRST + DESK_CSR_N_COLUMNS - 1)
#define CSR_TOTAL      (CSR_LAST + 1)
#define CSR_LIMITED    (CSR_LAST + 2)
#define CSR_EXTENDED   (CSR_LAST + 3)
#define CSR_N_COLUMNS  (CSR_LAST + 4)

/* =SUM(C5:M5)-style formulas across one row of the matrix. */
static gboolean
csr_row_sums (DeskXlsxSheet     *sheet,
              guint32            row,
              const DeskCsrRow  *r,
              gboolean           bold,
              GError           **error)
{
  const struct { guint16 column; guint16 from; guint16 to; gint64 value; } sums[] = {
    { CSR_TOTAL, CSR_FIRST, CSR_LAST, desk_csr_row_total (r) },
    { CSR_LIMITED, CSR_FIRST + DESK_CSR_A, CSR_FIRST + DESK_CSR_B, desk_csr_row_limited (r) },
    { CSR_EXTENDED, CSR_FIRST + DESK_CSR_F, CSR_FIRST + DESK_CSR_L, desk_csr_row_extended (r) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sums); i++)
    {
      g_autofree char *from = desk_xlsx_cell (row, sums[i].from, FALSE);
      g_autofree char *to = desk_xlsx_cell (row, sums[i].to, FALSE);
      g_autofree char *formula = g_strdup_printf ("=SUM(%s:%s)", from, to);

      if (!desk_xlsx_formula (sheet, row, sums[i].column, formula, sums[i].value,
                              bold ? DESK_XLSX_TOTAL_INTEGER : DESK_XLSX_INTEGER, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_csr (Writer  *w,
           GError **error)
{
  const DeskCsrMatrix *csr = desk_report_figures_get_csr (w->figures);
  g_autoptr(GArray) subtotals = g_array_new (FALSE, FALSE, sizeof (guint32));
  const char *header[CSR_N_COLUMNS + 1] = { _("Code"), _("Problem") };
  DeskXlsxSheet *sheet;
  guint32 row = 1, category_first = 1;

  for (guint c = 0; c < DESK_CSR_N_COLUMNS; c++)
    header[CSR_FIRST + c] = c == DESK_CSR_NO_CODE ? _("No code") : desk_csr_column_code (c);
  header[CSR_TOTAL] = _("Total");
  header[CSR_LIMITED] = _("Limited service (A, B)");
  header[CSR_EXTENDED] = _("Extended service (F to L)");
  header[CSR_N_COLUMNS] = NULL;

  if ((sheet = add_sheet (w, _("CSR Matrix"), error)) == NULL ||
      !table_header (sheet, 0, header, csr->rows->len, error))
    return FALSE;

  for (guint i = 0; i < csr->rows->len; i++, row++)
    {
      const DeskCsrRow *r = g_ptr_array_index (csr->rows, i);
      gboolean bold = r->kind != DESK_CSR_ROW_CODE;

      if (!desk_xlsx_text (sheet, row, 0, r->code, DESK_XLSX_TEXT, error) ||
          !desk_xlsx_text (sheet, row, 1, r->label, bold ? DESK_XLSX_TOTAL_TEXT : DESK_XLSX_TEXT, error))
        return FALSE;

      for (guint c = 0; c < DESK_CSR_N_COLUMNS; c++)
        {
          gboolean ok;

          if (r->kind == DESK_CSR_ROW_CODE)
            ok = desk_xlsx_number (sheet, row, CSR_FIRST + c, r->cells[c], DESK_XLSX_INTEGER, error);
          else if (r->kind == DESK_CSR_ROW_SUBTOTAL)
            ok = desk_xlsx_sum (sheet, row, CSR_FIRST + c, category_first, row - 1, r->cells[c],
                                DESK_XLSX_TOTAL_INTEGER, error);
          else
            {
              /* The grand total adds up the subtotals. */
              g_autoptr(GString) formula = g_string_new ("=SUM(");

              for (guint s = 0; s < subtotals->len; s++)
                {
                  g_autofree char *cell = desk_xlsx_cell (g_array_index (subtotals, guint32, s), CSR_FIRST + c, FALSE);
                  g_string_append_printf (formula, "%s%s", s > 0 ? "," : "", cell);
                }
              g_string_append_c (formula, ')');
              ok = desk_xlsx_formula (sheet, row, CSR_FIRST + c, formula->str, r->cells[c],
                                      DESK_XLSX_TOTAL_INTEGER, error);
            }
          if (!ok)
            return FALSE;
        }

      if (!csr_row_sums (sheet, row, r, bold, error))
        return FALSE;
      if (r->kind == DESK_CSR_ROW_SUBTOTAL)
        {
          g_array_append_val (subtotals, row);
          category_first = row + 1;
        }
    }

  return finish_sheet (w, sheet, error);
}

static gboolean
write_closing_codes (Writer  *w,
                     GError **error)
{
  const DeskReportTable *codes = desk_report_figures_get_closing_codes (w->figures);
  const char * const header[] = { _("Code"), _("Closing code"), _("Service"), _("Cases closed"), NULL };
  DeskXlsxSheet *sheet;
  guint32 row = 1, limited_first = 0, limited_last = 0, extended_first = 0, extended_last = 0;
  gint64 limited = 0, extended = 0;

  if ((sheet = add_sheet (w, _("Closing Codes"), error)) == NULL ||
      !table_header (sheet, 0, header, codes->rows->len, error))
    return FALSE;

  for (guint i = 0; i < codes->rows->len; i++, row++)
    {
      const DeskReportRow *r = desk_report_table_get_row (codes, i);
      DeskCsrColumn column = desk_csr_column_from_code (r->key);

      if (!desk_xlsx_text (sheet, row, 0, r->key, DESK_XLSX_TEXT, error) ||
          !desk_xlsx_text (sheet, row, 1, r->label, DESK_XLSX_TEXT, error) ||
          !desk_xlsx_text (sheet, row, 2, r->detail, DESK_XLSX_TEXT, error) ||
          !desk_xlsx_number (sheet, row, 3, r->count, DESK_XLSX_INTEGER, error))
        return FALSE;

      /* A, B come first, then F to L: each service level is one run of rows. */
      if (column == DESK_CSR_NO_CODE)
        continue;
      if (desk_csr_column_is_limited (column))
        {
          limited_first = limited_first == 0 ? row : limited_first;
          limited_last = row;
          limited += r->count;
        }
      else
        {
          extended_first = extended_first == 0 ? row : extended_first;
          extended_last = row;
          extended += r->count;
        }
    }

  /* The total, then the split the CSR asks for. */
  if (!desk_xlsx_text (sheet, row, 0, codes->total.label, DESK_XLSX_TOTAL_TEXT, error) ||
      !desk_xlsx_sum (sheet, row, 3, 1, row - 1, codes->total.count, DESK_XLSX_TOTAL_INTEGER, error) ||
      !desk_xlsx_text (sheet, row + 2, 1, _("Limited service (A, B)"), DESK_XLSX_LABEL, error) ||
      !desk_xlsx_sum (sheet, row + 2, 3, limited_first, limited_last, limited, DESK_XLSX_INTEGER, error) ||
      !desk_xlsx_text (sheet, row + 3, 1, _("Extended service (F to L)"), DESK_XLSX_LABEL, error) ||
      !desk_xlsx_sum (sheet, row + 3, 3, extended_first, extended_last, extended, DESK_XLSX_INTEGER, error))
    return FALSE;

  return finish_sheet (w, sheet, error);
}

/* ---- Cases ------------------------------------------------------------------ */

static gboolean
write_case (const DeskReportCase  *c,
            gpointer               user_data,
            GError               **error)
{
  Writer *w = user_data;
  DeskXlsxSheet *sheet = w->cases;
  guint32 row = w->cases_row;
  guint16 col = 0;
  const char *outcome = NULL;

  /* Looked up once per sheet: a million rows ask. */
  for (guint i = DESK_OUTCOME_FAVOURABLE; i < G_N_ELEMENTS (w->outcome_nicks); i++)
    if (g_strcmp0 (c->outcome, w->outcome_nicks[i]) == 0)
      outcome = w->outcome_labels[i];

  if (!desk_xlsx_text (sheet, row, col++, c->case_number, DESK_XLSX_TEXT, error))
    return FALSE;
  if (w->params->include_names &&
      (!desk_xlsx_text (sheet, row, col++, c->client_name, DESK_XLSX_TEXT, error) ||
       !desk_xlsx_text (sheet, row, col++, c->address, DESK_XLSX_TEXT, error) ||
       !desk_xlsx_date (sheet, row, col++, c->birth_date, error)))
    return FALSE;
  if (!desk_xlsx_text (sheet, row, col++, c->category, DESK_XLSX_TEXT, error) ||
      !desk_xlsx_text (sheet, row, col++, c->problem_code, DESK_XLSX_TEXT, error) ||
      !desk_xlsx_text (sheet, row, col++, c->county, DESK_XLSX_TEXT, error) ||
      !desk_xlsx_date (sheet, row, col++, c->opened_on, error) ||
      !desk_xlsx_date (sheet, row, col++, c->closed_on, error) ||
      !desk_xlsx_text (sheet, row, col++, c->closing_code, DESK_XLSX_TEXT, error) ||
      !desk_xlsx_text (sheet, row, col++, outcome, DESK_XLSX_TEXT, error) ||
      !desk_xlsx_number (sheet, row, col++, hours (c->tenths), DESK_XLSX_HOURS, error) ||
      !desk_xlsx_text (sheet, row, col++, c->grants, DESK_XLSX_TEXT, error))
    return FALSE;

  w->cases_row++;
  w->cases_tenths += c->tenths;
  w->n_cases++;
  if (w->n_cases % DESK_REPORT_ROWS_PER_STEP == 0)
    {
      step (w, desk_xlsx_sheet_get_name (sheet));
      if (g_cancellable_set_error_if_cancelled (w->cancellable, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_cases (Writer  *w,
             GError **error)
{
  const char * const header[] = {
    _("Case number"), _("Problem category"), _("Problem code"), _("County"), _("Opened"), _("Closed"),
    _("Closing code"), _("Outcome"), _("Hours"), _("Grants"), NULL
  };
  const char * const named_header[] = {
    _("Case number"), _("Client name"), _("Address"), _("Date of birth"), _("Problem category"),
    _("Problem code"), _("County"), _("Opened"), _("Closed"), _("Closing code"), _("Outcome"), _("Hours"),
    _("Grants"), NULL
  };
  const char * const *labels = w->params->include_names ? named_header : header;
  guint16 n_columns = g_strv_length ((char **) labels);
  guint32 header_at = 0;
  DeskXlsxSheet *sheet;

  if ((sheet = add_sheet (w, _("Cases"), error)) == NULL)
    return FALSE;

  if (w->params->include_names)
    {
      if (!desk_xlsx_text (sheet, 0, 0,
                           _("Warning: this sheet holds client names, addresses and dates of birth, which are "
                             "confidential. Share it only as the grant agreement and the clients’ consent allow."),
                           DESK_XLSX_WARNING, error))
        return FALSE;
      header_at = 1;
    }
  if (!table_header (sheet, header_at, labels, desk_report_figures_get_summary (w->figures)->cases_served, error))
    return FALSE;

  w->cases = sheet;
  w->cases_row = header_at + 1;
  for (guint i = 0; i < G_N_ELEMENTS (w->outcome_nicks); i++)
    {
      w->outcome_nicks[i] = desk_enum_nick (DESK_TYPE_OUTCOME, i);
      w->outcome_labels[i] = desk_enum_label (DESK_TYPE_OUTCOME, i);
    }
  if (!desk_report_read_cases (w->store, w->params, write_case, w, error))
    return FALSE;

  if (!desk_xlsx_text (sheet, w->cases_row, 0, _("Total"), DESK_XLSX_TOTAL_TEXT, error) ||
      !desk_xlsx_sum (sheet, w->cases_row, n_columns - 2, header_at + 1, w->cases_row - 1,
                      hours (w->cases_tenths), DESK_XLSX_TOTAL_HOURS, error))
    return FALSE;

  return finish_sheet (w, sheet, error);
}

/* ---- Volunteer Hours, Outcomes, Mentorship ------------------------------------ */

static gboolean
write_volunteer_hours (Writer  *w,
                       GError **error)
{
  const char * const volunteer_header[] = {
    _("Volunteer"), _("Role"), _("Cases placed"), _("Hours"), _("Value of the hours"), NULL
  };
  const char * const category_header[] = { _("Problem category"), _("Hours"), _("Value of the hours"), NULL };
  const char * const month_header[] = { _("Month"), _("Hours"), _("Value of the hours"), NULL };
  const DeskReportTable *volunteers = desk_report_figures_get_hours (w->figures, DESK_REPORT_HOURS_BY_VOLUNTEER);
  g_autofree char *rate = desk_format_money (w->params->default_hour_value_cents);
  g_autofree char *note = g_strdup_printf (_("Each hour is valued at the rate of the grant it is charged to; hours "
                                             "charged to no grant, or to a grant without a rate, at %s."), rate);
  DeskXlsxSheet *sheet;
  guint32 volunteers_total, categories_total, months_total;

  if ((sheet = add_sheet (w, _("Volunteer Hours"), error)) == NULL ||
      !table_header (sheet, 0, volunteer_header, volunteers->rows->len, error) ||
      !write_table (w, sheet, 1, volunteers,
                    "dchm", &volunteers_total, error) ||
      !desk_xlsx_text (sheet, volunteers_total + 1, 0, note, DESK_XLSX_NOTE, error) ||
      !header_row (sheet, volunteers_total + 3, category_header, error) ||
      !write_table (w, sheet, volunteers_total + 4, desk_report_figures_get_hours (w->figures, DESK_REPORT_HOURS_BY_CATEGORY),
                    "hm", &categories_total, error) ||
      !header_row (sheet, categories_total + 2, month_header, error) ||
      !write_table (w, sheet, categories_total + 3, desk_report_figures_get_hours (w->figures, DESK_REPORT_HOURS_BY_MONTH),
                    "hm", &months_total, error))
    return FALSE;

  return finish_sheet (w, sheet, error);
}

static gboolean
write_outcomes (Writer  *w,
                GError **error)
{
  const char * const header[] = { _("Outcome"), _("Cases closed"), _("Recovered or saved"), NULL };
  DeskXlsxSheet *sheet;
  guint32 total;

  const DeskReportTable *outcomes = desk_report_figures_get_outcomes (w->figures, DESK_REPORT_MENTOR_ANY);

  if ((sheet = add_sheet (w, _("Outcomes"), error)) == NULL ||
      !table_header (sheet, 0, header, outcomes->rows->len, error) ||
      !write_table (w, sheet, 1, outcomes, "cm", &total, error))
    return FALSE;

  return finish_sheet (w, sheet, error);
}

static gboolean
write_mentorship (Writer  *w,
                  GError **error)
{
  const DeskReportTable *with = desk_report_figures_get_outcomes (w->figures, DESK_REPORT_MENTOR_WITH);
  const DeskReportTable *without = desk_report_figures_get_outcomes (w->figures, DESK_REPORT_MENTOR_WITHOUT);
  const DeskReportMentorship *m = desk_report_figures_get_mentorship (w->figures);
  const char * const header[] = { _("Outcome of the cases closed"), _("Under a mentor"), _("Without a mentor"), NULL };
  DeskXlsxSheet *sheet;
  guint32 row = 1, favourable_row = 1;

  guint n_outcomes = with->rows->len;

  for (guint i = 0; i < without->rows->len; i++)
    n_outcomes += desk_report_table_find (with, desk_report_table_get_row (without, i)->key) == NULL;

  if ((sheet = add_sheet (w, _("Mentorship"), error)) == NULL ||
      !table_header (sheet, 0, header, n_outcomes, error))
    return FALSE;

  /* The outcomes of either table, in the order of the first. */
  for (guint t = 0; t < 2; t++)
    {
      const DeskReportTable *table = t == 0 ? with : without;

      for (guint i = 0; i < table->rows->len; i++)
        {
          const DeskReportRow *r = desk_report_table_get_row (table, i);
          const DeskReportRow *a = desk_report_table_find (with, r->key);
          const DeskReportRow *b = desk_report_table_find (without, r->key);

          if (t == 1 && a != NULL)
            continue;
          if (g_strcmp0 (r->key, "favourable") == 0)
            favourable_row = row;
          if (!desk_xlsx_text (sheet, row, 0, r->label, DESK_XLSX_TEXT, error) ||
              !desk_xlsx_number (sheet, row, 1, a != NULL ? a->count : 0, DESK_XLSX_INTEGER, error) ||
              !desk_xlsx_number (sheet, row, 2, b != NULL ? b->count : 0, DESK_XLSX_INTEGER, error))
            return FALSE;
          row++;
        }
    }
  if (!desk_xlsx_text (sheet, row, 0, _("Total"), DESK_XLSX_TOTAL_TEXT, error) ||
      !desk_xlsx_sum (sheet, row, 1, 1, row - 1, with->total.count, DESK_XLSX_TOTAL_INTEGER, error) ||
      !desk_xlsx_sum (sheet, row, 2, 1, row - 1, without->total.count, DESK_XLSX_TOTAL_INTEGER, error))
    return FALSE;

  /* The share of favorable outcomes, as a formula over the rows above. */
  {
    const DeskReportRow *fav_with = desk_report_table_find (with, "favourable");
    const DeskReportRow *fav_without = desk_report_table_find (without, "favourable");
    const struct { guint16 column; gint64 part; gint64 whole; } shares[] = {
      { 1, fav_with->count, with->total.count },
      { 2, fav_without->count, without->total.count },
    };

    if (!desk_xlsx_text (sheet, row + 1, 0, _("Share with a favorable outcome"), DESK_XLSX_LABEL, error))
      return FALSE;
    for (guint i = 0; i < G_N_ELEMENTS (shares); i++)
      {
        g_autofree char *part = desk_xlsx_cell (favourable_row, shares[i].column, FALSE);
        g_autofree char *whole = desk_xlsx_cell (row, shares[i].column, FALSE);
        g_autofree char *formula = g_strdup_printf ("=IF(%s=0,0,%s/%s)", whole, part, whole);

        if (!desk_xlsx_formula (sheet, row + 1, shares[i].column, formula,
                                shares[i].whole > 0 ? (double) shares[i].part / shares[i].whole : 0,
                                DESK_XLSX_PERCENT, error))
          return FALSE;
      }
  }

  row += 3;
  if (!label_number (sheet, row++, _("Mentees who handled cases under a mentor"), m->mentees_with_cases,
                     DESK_XLSX_INTEGER, error) ||
      !label_number (sheet, row++, _("Mentors supervising those cases"), m->mentors_supervising,
                     DESK_XLSX_INTEGER, error) ||
      !label_number (sheet, row++, _("Cases served under a mentor"), m->cases_with_mentor, DESK_XLSX_INTEGER, error))
    return FALSE;

  /* The mentoring program: a report of the whole clinic that has one. */
  if (m->has_pairings &&
      (!label_number (sheet, row++, _("Pairings active in the period"), m->active_pairings, DESK_XLSX_INTEGER, error) ||
       !label_number (sheet, row++, _("Pairings started"), m->pairings_started, DESK_XLSX_INTEGER, error) ||
       !label_number (sheet, row++, _("Pairings completed"), m->pairings_completed, DESK_XLSX_INTEGER, error) ||
       !label_number (sheet, row++, _("Pairings ended early"), m->pairings_ended_early, DESK_XLSX_INTEGER, error) ||
       !label_number (sheet, row++, _("Check-ins held"), m->check_ins_held, DESK_XLSX_INTEGER, error) ||
       !label_number (sheet, row++, _("Check-ins planned and not held"), m->check_ins_scheduled, DESK_XLSX_INTEGER,
                      error) ||
       !label_number (sheet, row++, _("Objectives met"), m->objectives_met, DESK_XLSX_INTEGER, error) ||
       !label_number (sheet, row++, _("Mentors’ mean rating of check-ins (1 to 5)"), m->average_mentor_rating,
                      DESK_XLSX_HOURS, error) ||
       !label_number (sheet, row++, _("Mentees’ mean rating of check-ins (1 to 5)"), m->average_mentee_rating,
                      DESK_XLSX_HOURS, error) ||
       !label_number (sheet, row++, _("Mean answer to “how well does the pairing fit” (1 to 5)"), m->average_fit,
                      DESK_XLSX_HOURS, error)))
    return FALSE;

  return finish_sheet (w, sheet, error);
}

/* ---- Demographics ----------------------------------------------------------- */

static gboolean
write_demographic (Writer                 *w,
                   DeskXlsxSheet          *sheet,
                   guint32                 row,
                   const DeskReportTable  *table,
                   guint32                *next_row,
                   GError                **error)
{
  const char * const header[] = { table->title, _("Clients"), _("Share"), NULL };
  const DeskReportRow *total = &table->total;
  guint threshold = w->params->suppression_threshold;
  gboolean any_hidden = total->suppressed;
  guint32 first = row + 1;

  if (!header_row (sheet, row++, header, error))
    return FALSE;

  for (guint i = 0; i < table->rows->len; i++, row++)
    {
      const DeskReportRow *r = desk_report_table_get_row (table, i);
      g_autofree char *shown = desk_report_format_count (r, threshold);

      any_hidden |= r->suppressed;
      if (!desk_xlsx_text (sheet, row, 0, r->label, DESK_XLSX_TEXT, error) ||
          !(r->suppressed ? desk_xlsx_text (sheet, row, 1, shown, DESK_XLSX_TEXT, error)
                          : desk_xlsx_number (sheet, row, 1, r->count, DESK_XLSX_INTEGER, error)))
        return FALSE;
      if (!r->suppressed && !total->suppressed && total->count > 0 &&
          !desk_xlsx_number (sheet, row, 2, (double) r->count / total->count, DESK_XLSX_PERCENT, error))
        return FALSE;
    }

  /* A SUM over hidden counts would be wrong; the counted total stands instead. */
  if (!desk_xlsx_text (sheet, row, 0, total->label, DESK_XLSX_TOTAL_TEXT, error))
    return FALSE;
  if (total->suppressed)
    {
      g_autofree char *shown = desk_report_format_count (total, threshold);
      if (!desk_xlsx_text (sheet, row, 1, shown, DESK_XLSX_TOTAL_TEXT, error))
        return FALSE;
    }
  else if (any_hidden)
    {
      if (!desk_xlsx_number (sheet, row, 1, total->count, DESK_XLSX_TOTAL_INTEGER, error))
        return FALSE;
    }
  else if (!desk_xlsx_sum (sheet, row, 1, first, row - 1, total->count, DESK_XLSX_TOTAL_INTEGER, error))
    return FALSE;

  *next_row = row + 2;
  return TRUE;
}

static gboolean
write_demographics (Writer  *w,
                    GError **error)
{
  guint threshold = w->params->suppression_threshold;
  g_autofree char *note = NULL;
  DeskXlsxSheet *sheet;
  guint32 row = 2;

  if (threshold > 1)
    note = g_strdup_printf (_("Clients served in the period. Counts from 1 to %u are shown as “<%u”; where a table "
                              "would hide only one count, the next smallest is hidden too, so that no hidden count "
                              "can be worked out from the total."), threshold - 1, threshold);
  else
    note = g_strdup (_("Clients served in the period. Small counts are not hidden in this report."));

  if ((sheet = add_sheet (w, _("Demographics"), error)) == NULL ||
      !desk_xlsx_text (sheet, 0, 0, note, DESK_XLSX_NOTE, error))
    return FALSE;

  for (guint d = 0; d < DESK_REPORT_N_DIMENSIONS; d++)
    if (!write_demographic (w, sheet, row, desk_report_figures_get_demographic (w->figures, d), &row, error))
      return FALSE;

  return finish_sheet (w, sheet, error);
}

/* ---- About this report ---------------------------------------------------- */

static gboolean
write_about (Writer                   *w,
             DeskReportWorkbookResult *result,
             GError                  **error)
{
  const DeskReportParams *p = w->params;
  g_autofree char *version = g_strdup_printf ("Pro Bono Desk %s", PACKAGE_VERSION);
  g_autofree char *database = g_path_get_basename (desk_store_get_path (w->store));
  g_autofree char *rate = desk_format_money (p->default_hour_value_cents);
  g_autofree char *period = g_strdup_printf (_("%s to %s, both days included"), p->from, p->to);
  g_autofree char *hidden = p->suppression_threshold > 1
                            ? g_strdup_printf (_("Counts of clients from 1 to %u"), p->suppression_threshold - 1)
                            : g_strdup (_("None"));
  const char *scope = p->scope == DESK_REPORT_SCOPE_GRANT ? _("One grant")
                      : p->scope == DESK_REPORT_SCOPE_FUNDER ? _("Every grant of one funder")
                      : _("The whole clinic");
  const struct { const char *label; const char *text; } facts[] = {
    { _("Report for"), scope },
    { _("Funder"), desk_report_figures_get_funder_name (w->figures) },
    { _("Grant"), desk_report_figures_get_grant_name (w->figures) },
    { _("Grant number"), desk_report_figures_get_grant_number (w->figures) },
    { _("Period"), period },
    { _("Clinic"), p->clinic_name },
    { _("Generated at"), w->generated_at },
    { _("Generated by"), g_get_user_name () },
    { _("Application"), version },
    { _("Database file"), database },
    { _("Default value of a volunteer hour"), rate },
    { _("Small counts hidden"), hidden },
    { _("Client names, addresses, dates of birth"), p->include_names ? _("Included (Cases sheet)") : _("Not included") },
    { _("Fingerprint (SHA-256)"), result->fingerprint },
  };
  const struct { const char *label; const char *text; } definitions[] = {
    { _("Cases that count"), _("Cases that are not archived and were not rejected; for a grant, the cases attributed "
                               "to it; for a funder, the cases attributed to any of its grants.") },
    { _("Cases served"), _("Open at some time in the period: opened by its last day and not closed before its first.") },
    { _("Opened, closed"), _("With the opening or closing date in the period.") },
    { _("Open at the end"), _("Opened by the last day of the period and not closed by then.") },
    { _("Clients served"), _("The distinct clients of the cases served. Persons in households count each household "
                             "once (LSC Form G-2).") },
    { _("Domestic violence"), _("Cases served with LSC problem code 37, Domestic Abuse (LSC Case Service Report "
                                "Handbook, 2017, chapter IX).") },
    { _("Volunteer hours"), _("Hours worked in the period on cases that count and charged to the grant, or to a "
                              "grant of the funder; for the clinic, every hour.") },
    { _("CSR Matrix"), _("Cases closed in the period by LSC problem code and closing code (CSR Handbook, chapter "
                         "VIII). A and B are limited service, F to L extended service; “No code” counts cases with "
                         "a closing date but no closing code.") },
    { _("Fingerprint"), _("SHA-256 over every value of the other sheets in the order written (sheet, row, column, "
                          "kind and value; see desk-report-fingerprint.h of Pro Bono Desk), leaving out the time of "
                          "the export: the same data exported with the same choices gives the same fingerprint.") },
  };
  DeskXlsxSheet *sheet;
  guint32 row = 2;

  if ((sheet = add_sheet (w, _("About this report"), error)) == NULL ||
      !desk_xlsx_text (sheet, 0, 0, _("About this report"), DESK_XLSX_TITLE, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    if (!label_text (sheet, row++, facts[i].label, facts[i].text, error))
      return FALSE;
  if (!label_number (sheet, row++, _("Rows of the Cases sheet"), w->n_cases, DESK_XLSX_INTEGER, error) ||
      !label_number (sheet, row++, _("Values fingerprinted"), result->n_values, DESK_XLSX_INTEGER, error))
    return FALSE;

  row++;
  if (!desk_xlsx_text (sheet, row++, 0, _("How the figures are counted"), DESK_XLSX_TITLE, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (definitions); i++)
    if (!label_text (sheet, row++, definitions[i].label, definitions[i].text, error))
      return FALSE;

  return finish_sheet (w, sheet, error);
}

/* ---- the workbook ------------------------------------------------------------- */

void
desk_report_workbook_result_clear (DeskReportWorkbookResult *result)
{
  g_clear_pointer (&result->fingerprint, g_free);
}

static char *
report_title (DeskReportFigures *figures)
{
  const DeskReportParams *p = desk_report_figures_get_params (figures);
  const char *funder = desk_report_figures_get_funder_name (figures);
  const char *grant = desk_report_figures_get_grant_name (figures);

  if (*grant != '\0')
    /* TRANSLATORS: funder, grant, first and last day of the period */
    return g_strdup_printf (_("%s, %s: %s to %s"), funder, grant, p->from, p->to);
  if (*funder != '\0')
    return g_strdup_printf (_("%s: %s to %s"), funder, p->from, p->to);
  return g_strdup_printf (_("All clinic work: %s to %s"), p->from, p->to);
}

gboolean
desk_report_workbook_write (DeskStore                 *store,
                            DeskReportFigures         *figures,
                            const char                *path,
                            const char                *tmpdir,
                            const char                *generated_at,
                            DeskReportProgress         progress,
                            gpointer                   progress_data,
                            GCancellable              *cancellable,
                            DeskReportWorkbookResult  *result,
                            GError                   **error)
{
  const DeskReportParams *params = desk_report_figures_get_params (figures);
  g_autoptr(DeskReportFingerprint) fingerprint = desk_report_fingerprint_new ();
  g_autofree char *title = report_title (figures);
  g_autofree char *subject = NULL;
  g_autofree char *comments = NULL;
  const char *author = params->clinic_name != NULL && *params->clinic_name != '\0' ? params->clinic_name
                                                                                   : "Pro Bono Desk";
  Writer w = {
    .store = store,
    .figures = figures,
    .params = params,
    .fingerprint = fingerprint,
    .progress = progress,
    .progress_data = progress_data,
    .cancellable = cancellable,
    .generated_at = generated_at,
    .title = title,
  };
  const struct { DeskReportSheets sheet; gboolean (*write) (Writer *, GError **); } sheets[] = {
    { DESK_REPORT_SHEET_SUMMARY, write_summary },
    { DESK_REPORT_SHEET_CSR, write_csr },
    { DESK_REPORT_SHEET_CLOSING_CODES, write_closing_codes },
    { DESK_REPORT_SHEET_CASES, write_cases },
    { DESK_REPORT_SHEET_VOLUNTEER_HOURS, write_volunteer_hours },
    { DESK_REPORT_SHEET_OUTCOMES, write_outcomes },
    { DESK_REPORT_SHEET_MENTORSHIP, write_mentorship },
    { DESK_REPORT_SHEET_DEMOGRAPHICS, write_demographics },
  };
  /* The Cases sheet lists exactly the cases served. */
  gint64 n_cases = desk_report_figures_get_summary (figures)->cases_served;

  g_return_val_if_fail (DESK_IS_STORE (store), FALSE);
  g_return_val_if_fail (DESK_IS_REPORT_FIGURES (figures), FALSE);
  g_return_val_if_fail (path != NULL && result != NULL, FALSE);

  /* One step per sheet, About included, and per 10,000 case rows. */
  w.total = 1;
  if (params->sheets & DESK_REPORT_SHEET_CASES)
    w.total += n_cases / DESK_REPORT_ROWS_PER_STEP;
  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    w.total += (params->sheets & sheets[i].sheet) != 0;

  /* A large Cases sheet is written row by row in constant memory. */
  w.xlsx = desk_xlsx_new (path, tmpdir, TRUE, error);
  if (w.xlsx == NULL)
    return FALSE;
  desk_xlsx_set_observer (w.xlsx, desk_report_fingerprint_add, fingerprint);

  subject = g_strdup_printf (_("Cases, clients and volunteer hours from %s to %s"), params->from, params->to);
  comments = g_strdup_printf (_("Made with Pro Bono Desk %s"), PACKAGE_VERSION);
  if (!desk_xlsx_set_properties (w.xlsx, title, subject, author, author, comments, error))
    goto failed;

  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    if ((params->sheets & sheets[i].sheet) && !sheets[i].write (&w, error))
      goto failed;

  desk_xlsx_set_observer (w.xlsx, NULL, NULL);
  result->n_values = desk_report_fingerprint_get_n_values (fingerprint);
  result->fingerprint = desk_report_fingerprint_finish (fingerprint);
  result->n_cases = w.n_cases;
  if (!write_about (&w, result, error))
    goto failed;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto failed;
  if (progress != NULL)
    progress (w.done, w.total, _("Saving"), progress_data);
  g_debug ("Sheets written; zipping the workbook");
  return desk_xlsx_close (w.xlsx, error);

failed:
  desk_xlsx_abandon (w.xlsx);
  desk_report_workbook_result_clear (result);
  return FALSE;
}
