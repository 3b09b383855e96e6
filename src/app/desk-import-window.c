/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-import-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-error.h"
#include "desk-feedback.h"
#include "desk-gtk-compat.h"
#include "desk-import-window.h"
#include "desk-store-import.h"

/* How many rows the preview shows, and the most rows with problems
 * listed one by one (the count says the rest). */
#define PREVIEW_ROWS   8
#define LISTED_ROWS    200

/* The choices of a matching row's drop-down, in its order. */
static const DeskImportAction match_choices[] = { DESK_IMPORT_SKIP, DESK_IMPORT_MERGE, DESK_IMPORT_CREATE };

/* ---- one row of the preview --------------------------------------------- */

#define DESK_TYPE_IMPORT_ROW_ITEM (desk_import_row_item_get_type ())
G_DECLARE_FINAL_TYPE (DeskImportRowItem, desk_import_row_item, DESK, IMPORT_ROW_ITEM, GObject)

struct _DeskImportRowItem
{
  GObject        parent_instance;
  DeskImportRow *row;  /* the preview report's, which outlives the list */
};

G_DEFINE_FINAL_TYPE (DeskImportRowItem, desk_import_row_item, G_TYPE_OBJECT)

static void
desk_import_row_item_class_init (DeskImportRowItemClass *klass)
{
}

static void
desk_import_row_item_init (DeskImportRowItem *self)
{
}

/* ---- the window ------------------------------------------------------------ */

struct _DeskImportWindow
{
  AdwWindow            parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  GtkStringList       *kinds;
  AdwComboRow         *kind_row;
  AdwActionRow        *file_row;
  GtkLabel            *choose_message;
  GtkButton           *windows_1252_button;
  AdwPreferencesGroup *mapping_group;
  GtkLabel            *mapping_message;
  GtkLabel            *summary_label;
  GtkProgressBar      *check_progress;
  GtkColumnView       *preview_view;
  GtkWidget           *problems_group;
  GtkListBox          *problems_list;
  GtkWidget           *matches_group;
  GtkListBox          *matches_list;
  GtkWidget           *conflicts_group;
  GtkListBox          *conflicts_list;
  GtkProgressBar      *run_progress;
  AdwStatusPage       *done_page;
  GtkActionBar        *action_bar;
  GtkButton           *next_button;

  /* Borrowed references */
  GPtrArray           *mapping_rows;   /* AdwComboRow in mapping_group, one per target */
  GHashTable          *match_choices;  /* line → GtkDropDown in matches_list */

  /* Owned references */
  DeskStore           *store;
  DeskImport          *import;
  GFile               *file;
  DeskCsvEncoding      encoding;
  DeskImportReport    *preview;
  DeskImportReport    *report;
  GListStore          *preview_rows;
  GCancellable        *cancellable;
  gboolean             busy;
  gboolean             check_again;
  gboolean             close_when_done;
  gboolean             disposed;
  gint64               batch_id;
};

G_DEFINE_FINAL_TYPE (DeskImportWindow, desk_import_window, ADW_TYPE_WINDOW)

static void desk_import_window_start_check (DeskImportWindow *self);

static void
remove_all_rows (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
plain_row (const char *title,
           const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* What the file says is text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

/* "Ana García": the person a row of clients or volunteers is about. */
static char *
row_person (DeskImportRow *row)
{
  /* The first two fields of both kinds are the first and last name. */
  return g_strstrip (g_strdup_printf ("%s %s", row->values[0], row->values[1]));
}

static void
desk_import_window_update_actions (DeskImportWindow *self)
{
  const char *step = desk_import_window_get_step (self);
  gboolean on_choose = g_str_equal (step, "choose");
  gboolean on_preview = g_str_equal (step, "preview");
  gboolean can_import = self->report != NULL && self->report->n_bad == 0 &&
                        self->report->n_create + self->report->n_merge > 0;
  gboolean next;

  g_assert (DESK_IS_IMPORT_WINDOW (self));

  if (on_choose)
    next = self->import != NULL && !self->busy;
  else if (on_preview)
    next = !self->busy && can_import;
  else
    next = g_str_equal (step, "mapping");

  gtk_widget_set_visible (GTK_WIDGET (self->action_bar), on_choose || on_preview || g_str_equal (step, "mapping"));
  gtk_button_set_label (self->next_button, on_preview ? _("_Import") : g_str_equal (step, "mapping") ? _("_Check")
                                                                                                      : _("_Next"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.next", next);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.back", !on_choose && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-file", !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.read-as-windows-1252", !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.cancel", self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.undo", self->batch_id > 0);
}

static void
desk_import_window_show_step (DeskImportWindow *self,
                              const char       *step)
{
  g_assert (DESK_IS_IMPORT_WINDOW (self));

  gtk_stack_set_visible_child_name (self->stack, step);
  desk_import_window_update_actions (self);
}

static void
set_message (GtkLabel   *label,
             const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

static void
desk_import_window_forget_report (DeskImportWindow *self)
{
  g_assert (DESK_IS_IMPORT_WINDOW (self));

  g_clear_pointer (&self->report, desk_import_report_free);
}

/* ---- step 1: the file ------------------------------------------------------ */

static gboolean
desk_import_window_load (DeskImportWindow *self)
{
  g_autoptr(DeskImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *columns = NULL;
  char delimiter;

  g_assert (DESK_IS_IMPORT_WINDOW (self));

  g_clear_object (&self->import);
  desk_import_window_forget_report (self);
  gtk_widget_set_visible (GTK_WIDGET (self->windows_1252_button), FALSE);
  set_message (self->choose_message, NULL);

  if (self->file == NULL)
    {
      desk_import_window_update_actions (self);
      return FALSE;
    }

  path = g_file_get_path (self->file);
  name = g_file_get_basename (self->file);
  import = desk_import_new (self->store, (DeskImportKind) adw_combo_row_get_selected (self->kind_row));
  if (path == NULL)
    g_set_error (&error, DESK_ERROR, DESK_ERROR_IO,
                 _("“%s” is not a file on this computer. Copy it to a folder on this computer first."), name);
  else
    desk_import_load_file (import, path, self->encoding, &error);

  if (error != NULL)
    {
      adw_action_row_set_subtitle (self->file_row, name);
      set_message (self->choose_message, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->windows_1252_button),
                              desk_import_get_could_be_windows_1252 (import));
      desk_import_window_update_actions (self);
      return FALSE;
    }

  delimiter = desk_import_get_delimiter (import);
  rows = g_strdup_printf (ngettext ("%u row", "%u rows", desk_import_get_n_rows (import)),
                          desk_import_get_n_rows (import));
  columns = g_strdup_printf (ngettext ("%u column", "%u columns", desk_import_get_n_columns (import)),
                             desk_import_get_n_columns (import));
  /* TRANSLATORS: the file chosen: "clients.csv — 12 rows, 5 columns separated by commas" */
  subtitle = g_strdup_printf (_("%s — %s, %s separated by %s"), name, rows, columns,
                              delimiter == ';' ? _("semicolons") : delimiter == '\t' ? _("tabs") : _("commas"));
  adw_action_row_set_subtitle (self->file_row, subtitle);
  self->import = g_steal_pointer (&import);
  desk_import_window_update_actions (self);
  return TRUE;
}

gboolean
desk_import_window_open_file (DeskImportWindow *self,
                              GFile            *file)
{
  g_return_val_if_fail (DESK_IS_IMPORT_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (!self->busy, FALSE);

  g_set_object (&self->file, file);
  self->encoding = DESK_CSV_ENCODING_UTF8;
  desk_import_window_show_step (self, "choose");
  return desk_import_window_load (self);
}

static void
desk_import_window_file_chosen_cb (GFile    *file,
                                   gpointer  user_data)
{
  g_autoptr(DeskImportWindow) self = user_data;

  if (file != NULL && !self->disposed && !self->busy)
    desk_import_window_open_file (self, file);
}

static void
desk_import_window_choose_file_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  DeskImportWindow *self = DESK_IMPORT_WINDOW (widget);
  g_autoptr(GFile) folder = self->file != NULL ? g_file_get_parent (self->file) : NULL;

  desk_gtk_compat_open_document (GTK_WINDOW (self), _("Choose a Spreadsheet"), _("_Open"), folder,
                                 desk_import_window_file_chosen_cb, g_object_ref (self));
}

static void
desk_import_window_windows_1252_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *param)
{
  DeskImportWindow *self = DESK_IMPORT_WINDOW (widget);

  self->encoding = DESK_CSV_ENCODING_WINDOWS_1252;
  desk_import_window_load (self);
}

static void
desk_import_window_kind_changed_cb (DeskImportWindow *self)
{
  g_assert (DESK_IS_IMPORT_WINDOW (self));

  /* The same file, read for another kind of records. */
  if (self->file != NULL && !self->busy)
    desk_import_window_load (self);
}

void
desk_import_window_set_kind (DeskImportWindow *self,
                             DeskImportKind    kind)
{
  g_return_if_fail (DESK_IS_IMPORT_WINDOW (self));
  g_return_if_fail (kind < DESK_IMPORT_N_KINDS);

  adw_combo_row_set_selected (self->kind_row, kind);
}

/* ---- step 2: the columns ----------------------------------------------------- */

static void
desk_import_window_mapping_changed_cb (DeskImportWindow *self,
                                       GParamSpec       *pspec,
                                       AdwComboRow      *row)
{
  g_autoptr(GError) error = NULL;
  const char *target = g_object_get_data (G_OBJECT (row), "desk-target");

  g_assert (DESK_IS_IMPORT_WINDOW (self));

  if (self->import == NULL || self->busy)
    return;
  if (!desk_import_set_mapping (self->import, target, (int) adw_combo_row_get_selected (row) - 1, &error))
    g_warning ("%s", error->message);
  set_message (self->mapping_message, NULL);
  desk_import_window_forget_report (self);
}

static void
desk_import_window_build_mapping (DeskImportWindow *self)
{
  g_autoptr(GtkStringList) columns = gtk_string_list_new (NULL);
  const DeskImportTarget *targets;
  guint n_targets;

  g_assert (DESK_IS_IMPORT_WINDOW (self));

  for (guint i = 0; i < self->mapping_rows->len; i++)
    adw_preferences_group_remove (self->mapping_group, g_ptr_array_index (self->mapping_rows, i));
  g_ptr_array_set_size (self->mapping_rows, 0);
  set_message (self->mapping_message, NULL);

  gtk_string_list_append (columns, _("No column"));
  for (guint column = 0; column < desk_import_get_n_columns (self->import); column++)
    {
      const char *header = desk_import_get_column (self->import, column);
      /* TRANSLATORS: a column of the spreadsheet: its number and its name */
      g_autofree char *text = desk_text_is_blank (header) ? g_strdup_printf (_("Column %u"), column + 1)
                                                          : g_strdup_printf (_("%u · %s"), column + 1, header);

      gtk_string_list_append (columns, text);
    }

  targets = desk_import_kind_get_targets (desk_import_get_kind (self->import), &n_targets);
  for (guint i = 0; i < n_targets; i++)
    {
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      g_autofree char *subtitle = NULL;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), desk_import_target_get_label (&targets[i]));
      if (targets[i].required && targets[i].alternative != NULL)
        {
          guint j;

          for (j = 0; j < n_targets && g_strcmp0 (targets[j].name, targets[i].alternative) != 0; j++)
            ;
          /* TRANSLATORS: "Required, or Client number" */
          subtitle = g_strdup_printf (_("Required, or %s"), j < n_targets ? desk_import_target_get_label (&targets[j])
                                                                           : targets[i].alternative);
        }
      else if (targets[i].required)
        subtitle = g_strdup (_("Required"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_combo_row_set_model (row, G_LIST_MODEL (columns));
      adw_combo_row_set_selected (row, (guint) (desk_import_get_mapping (self->import, targets[i].name) + 1));
      g_object_set_data_full (G_OBJECT (row), "desk-target", g_strdup (targets[i].name), g_free);
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (desk_import_window_mapping_changed_cb), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->mapping_group, GTK_WIDGET (row));
      g_ptr_array_add (self->mapping_rows, row);
    }
}

/* ---- step 3: the preview and the dry run ------------------------------------- */

static void
preview_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

/* @user_data: the target's index + 1, or 0 for the line. */
static void
preview_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  DeskImportRowItem *row_item = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  guint index = GPOINTER_TO_UINT (user_data);
  DeskImportRow *row = row_item->row;
  gboolean bad = row->problems->len > 0 && row->action != DESK_IMPORT_SKIP;

  if (index == 0)
    {
      g_autofree char *line = g_strdup_printf ("%u", row->line);
      gtk_label_set_text (GTK_LABEL (label), line);
    }
  else
    gtk_label_set_text (GTK_LABEL (label), row->values[index - 1]);

  if (index == 0 && bad)
    gtk_widget_add_css_class (label, "error");
  else
    gtk_widget_remove_css_class (label, "error");
}

static void
add_preview_column (DeskImportWindow *self,
                    const char       *title,
                    guint             index)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (preview_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (preview_bind_cb), GUINT_TO_POINTER (index));
  column = gtk_column_view_column_new (title, g_steal_pointer (&factory));
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->preview_view, column);
}

static void
desk_import_window_show_preview (DeskImportWindow *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview_view);
  const DeskImportTarget *targets;
  guint n_targets;

  g_assert (DESK_IS_IMPORT_WINDOW (self));

  g_list_store_remove_all (self->preview_rows);
  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (self->preview_view, column);
    }
  if (self->preview == NULL)
    return;

  add_preview_column (self, _("Line"), 0);
  targets = desk_import_kind_get_targets (desk_import_get_kind (self->import), &n_targets);
  for (guint i = 0; i < n_targets; i++)
    if (desk_import_get_mapping (self->import, targets[i].name) >= 0)
      add_preview_column (self, desk_import_target_get_label (&targets[i]), i + 1);

  for (guint i = 0; i < self->preview->rows->len; i++)
    {
      g_autoptr(DeskImportRowItem) item = g_object_new (DESK_TYPE_IMPORT_ROW_ITEM, NULL);

      item->row = g_ptr_array_index (self->preview->rows, i);
      g_list_store_append (self->preview_rows, item);
    }
}

static void
desk_import_window_match_chosen_cb (DeskImportWindow *self,
                                    GParamSpec       *pspec,
                                    GtkDropDown      *drop_down)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (drop_down), "desk-row-index"));
  guint selected = gtk_drop_down_get_selected (drop_down);

  g_assert (DESK_IS_IMPORT_WINDOW (self));

  if (self->busy || self->import == NULL || selected >= G_N_ELEMENTS (match_choices))
    return;

  desk_import_set_action (self->import, index, match_choices[selected]);
  /* What the row makes, and whether it passes, depend on the choice. */
  desk_import_window_start_check (self);
}

static void
add_match_row (DeskImportWindow *self,
               DeskImportRow    *row)
{
  const char *labels[] = { _("Skip"), _("Merge"), _("Import as New"), NULL };
  g_autofree char *person = row_person (row);
  g_autofree char *title = g_strdup_printf (_("Line %u: %s"), row->line, person);
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *action_row;
  GtkWidget *drop_down;

  if (row->match == DESK_IMPORT_MATCH_SIMILAR)
    subtitle = g_strdup_printf (_("A name like that of %s"), row->match_name);
  else
    subtitle = g_strdup_printf (_("The same person as %s"), row->match_name);

  action_row = plain_row (title, subtitle);
  drop_down = gtk_drop_down_new_from_strings (labels);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  for (guint i = 0; i < G_N_ELEMENTS (match_choices); i++)
    if (match_choices[i] == row->action)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), i);
  /* TRANSLATORS: the accessible name of a row's drop-down: "What to do with line 3" */
  accessible = g_strdup_printf (_("What to do with line %u"), row->line);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data (G_OBJECT (drop_down), "desk-row-index", GUINT_TO_POINTER (row->index));
  g_signal_connect_object (drop_down, "notify::selected", G_CALLBACK (desk_import_window_match_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), drop_down);
  gtk_list_box_append (self->matches_list, action_row);
  g_hash_table_insert (self->match_choices, GUINT_TO_POINTER (row->line), drop_down);
}

static void
add_conflict_row (DeskImportWindow *self,
                  DeskImportRow    *row)
{
  g_autoptr(GString) hits = g_string_new (NULL);
  g_autofree char *person = row_person (row);
  g_autofree char *title = g_strdup_printf (_("Line %u: %s"), row->line, person);

  for (guint i = 0; i < row->conflicts->len; i++)
    {
      DeskConflictHit *hit = g_ptr_array_index (row->conflicts, i);

      if (hits->len > 0)
        g_string_append_c (hits, '\n');
      if (hit->case_number != NULL && *hit->case_number != '\0')
        /* TRANSLATORS: "Victor Kane (Opposing party, case 2026-00012)" */
        g_string_append_printf (hits, _("%s (%s, case %s)"), hit->name, hit->role, hit->case_number);
      else
        g_string_append_printf (hits, _("%s (%s)"), hit->name, hit->role);
    }
  gtk_list_box_append (self->conflicts_list, plain_row (title, hits->str));
}

static void
desk_import_window_show_report (DeskImportWindow *self)
{
  DeskImportReport *report = self->report;
  g_autoptr(GString) summary = g_string_new (NULL);
  guint listed = 0;

  g_assert (DESK_IS_IMPORT_WINDOW (self));

  remove_all_rows (self->problems_list);
  remove_all_rows (self->matches_list);
  remove_all_rows (self->conflicts_list);
  g_hash_table_remove_all (self->match_choices);

  g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE,
                                                "%u row: %u to create, %u to merge, %u to skip.",
                                                "%u rows: %u to create, %u to merge, %u to skip.", report->n_rows),
                          report->n_rows, report->n_create, report->n_merge, report->n_skip);
  if (report->n_bad > 0)
    {
      g_string_append_c (summary, ' ');
      g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "Nothing can be imported: %u row has problems.",
                                                    "Nothing can be imported: %u rows have problems.", report->n_bad),
                              report->n_bad);
    }
  gtk_label_set_text (self->summary_label, summary->str);

  for (guint i = 0; i < report->rows->len; i++)
    {
      DeskImportRow *row = g_ptr_array_index (report->rows, i);

      if (row->problems->len > 0 && row->action != DESK_IMPORT_SKIP && listed++ < LISTED_ROWS)
        {
          g_autoptr(GString) reasons = g_string_new (NULL);
          g_autofree char *title = g_strdup_printf (_("Line %u"), row->line);

          for (guint j = 0; j < row->problems->len; j++)
            g_string_append_printf (reasons, "%s%s", j > 0 ? "\n" : "",
                                    ((GError *) g_ptr_array_index (row->problems, j))->message);
          gtk_list_box_append (self->problems_list, plain_row (title, reasons->str));
        }
      if (row->match != DESK_IMPORT_MATCH_NONE)
        add_match_row (self, row);
      if (row->conflicts->len > 0)
        add_conflict_row (self, row);
    }
  if (listed > LISTED_ROWS)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more row", "And %u more rows",
                                                            listed - LISTED_ROWS), listed - LISTED_ROWS);
      gtk_list_box_append (self->problems_list, plain_row (more, NULL));
    }

  gtk_widget_set_visible (self->problems_group, report->n_bad > 0);
  gtk_widget_set_visible (self->matches_group, report->n_matches > 0);
  gtk_widget_set_visible (self->conflicts_group, report->n_conflicts > 0);
}

static void
desk_import_window_check_progress_cb (guint    done,
                                      guint    total,
                                      gpointer user_data)
{
  DeskImportWindow *self = user_data;

  if (self->disposed || total == 0)
    return;
  gtk_progress_bar_set_fraction (self->check_progress, (double) done / total);
}

static void
desk_import_window_check_done_cb (GObject      *object,
                                  GAsyncResult *result,
                                  gpointer      user_data)
{
  g_autoptr(DeskImportWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  DeskImportReport *report = desk_import_check_finish (DESK_IMPORT (object), result, &error);

  if (self->disposed)
    {
      g_clear_pointer (&report, desk_import_report_free);
      return;
    }

  self->busy = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->check_progress), FALSE);
  desk_import_window_forget_report (self);
  self->report = report;

  if (report == NULL)
    gtk_label_set_text (self->summary_label, error->message);
  else
    desk_import_window_show_report (self);

  /* A choice made while this check ran asks for another. */
  if (report != NULL && self->check_again)
    {
      self->check_again = FALSE;
      desk_import_window_start_check (self);
      return;
    }
  desk_import_window_update_actions (self);
}

static void
desk_import_window_start_check (DeskImportWindow *self)
{
  g_assert (DESK_IS_IMPORT_WINDOW (self));

  if (self->busy)
    {
      self->check_again = TRUE;
      return;
    }

  self->busy = TRUE;
  desk_import_window_forget_report (self);
  gtk_label_set_text (self->summary_label, _("Checking every row…"));
  gtk_progress_bar_set_fraction (self->check_progress, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->check_progress), TRUE);
  desk_import_window_update_actions (self);

  g_cancellable_reset (self->cancellable);
  desk_import_check_async (self->import, desk_import_window_check_progress_cb, self, self->cancellable,
                           desk_import_window_check_done_cb, g_object_ref (self));
}

static gboolean
desk_import_window_enter_preview (DeskImportWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_assert (DESK_IS_IMPORT_WINDOW (self));

  if (!desk_import_check_mapping (self->import, &error))
    {
      set_message (self->mapping_message, error->message);
      return FALSE;
    }

  g_list_store_remove_all (self->preview_rows);
  g_clear_pointer (&self->preview, desk_import_report_free);
  self->preview = desk_import_preview (self->import, PREVIEW_ROWS, &error);
  if (self->preview == NULL)
    {
      set_message (self->mapping_message, error->message);
      return FALSE;
    }

  desk_import_window_show_preview (self);
  remove_all_rows (self->problems_list);
  remove_all_rows (self->matches_list);
  remove_all_rows (self->conflicts_list);
  gtk_widget_set_visible (self->problems_group, FALSE);
  gtk_widget_set_visible (self->matches_group, FALSE);
  gtk_widget_set_visible (self->conflicts_group, FALSE);
  desk_import_window_show_step (self, "preview");
  desk_import_window_start_check (self);
  return TRUE;
}

/* ---- step 4 and 5: the import and its result ---------------------------------- */

static void
desk_import_window_run_progress_cb (guint    done,
                                    guint    total,
                                    gpointer user_data)
{
  DeskImportWindow *self = user_data;
  g_autofree char *text = NULL;

  if (self->disposed || total == 0)
    return;
  text = g_strdup_printf ("%u %%", (guint) ((guint64) done * 100 / total));
  gtk_progress_bar_set_fraction (self->run_progress, (double) done / total);
  gtk_progress_bar_set_text (self->run_progress, text);
}

static void
desk_import_window_show_done (DeskImportWindow *self,
                              const char       *title,
                              const char       *description)
{
  g_assert (DESK_IS_IMPORT_WINDOW (self));

  adw_status_page_set_title (self->done_page, title);
  adw_status_page_set_description (self->done_page, description);
  desk_import_window_show_step (self, "done");
}

/* Toasts read markup: a file name is only text. */
static void
toast_over_parent (DeskImportWindow *self,
                   const char       *text)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  desk_show_toast (parent != NULL ? GTK_WIDGET (parent) : GTK_WIDGET (self), escaped);
}

static void
desk_import_window_run_done_cb (GObject      *object,
                                GAsyncResult *result,
                                gpointer      user_data)
{
  g_autoptr(DeskImportWindow) self = user_data;
  g_autoptr(DeskImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) poll_error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *toast = NULL;

  report = desk_import_run_finish (DESK_IMPORT (object), result, &error);
  if (self->disposed)
    return;
  self->busy = FALSE;

  if (self->close_when_done)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (report == NULL)
    {
      desk_import_window_show_step (self, "preview");
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_label_set_text (self->summary_label, _("The import was cancelled; nothing was imported."));
          toast_over_parent (self, _("Import cancelled; nothing was imported"));
        }
      else
        {
          gtk_label_set_text (self->summary_label, error->message);
          desk_show_error (GTK_WIDGET (self), _("Nothing Was Imported"), error);
        }
      desk_import_window_update_actions (self);
      return;
    }

  /* Written on the import's own connection: the lists hear of it now. */
  if (!desk_store_poll_external_changes (self->store, NULL, &poll_error))
    g_warning ("%s", poll_error->message);

  self->batch_id = report->batch_id;
  /* TRANSLATORS: "12 created, 1 merged, 2 skipped (import 3)." */
  description = g_strdup_printf (_("%u created, %u merged, %u skipped (import %" G_GINT64_FORMAT ")."),
                                 report->n_create, report->n_merge, report->n_skip, report->batch_id);
  desk_import_window_show_done (self, _("Imported"), description);
  /* TRANSLATORS: "Imported 12 rows of clients.csv" */
  toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u row of %s", "Imported %u rows of %s",
                                        report->n_create + report->n_merge),
                           report->n_create + report->n_merge, desk_import_get_file_name (self->import));
  toast_over_parent (self, toast);
}

static void
desk_import_window_start_import (DeskImportWindow *self)
{
  g_assert (DESK_IS_IMPORT_WINDOW (self));

  self->busy = TRUE;
  gtk_progress_bar_set_fraction (self->run_progress, 0);
  gtk_progress_bar_set_text (self->run_progress, "0 %");
  desk_import_window_show_step (self, "running");

  g_cancellable_reset (self->cancellable);
  desk_import_run_async (self->import, desk_import_window_run_progress_cb, self, self->cancellable,
                         desk_import_window_run_done_cb, g_object_ref (self));
}

/* A question with two answers, @answers[0] the safe one (Enter and
 * Escape); @callback gets a reference to the window. */
static void
ask (DeskImportWindow     *self,
     const char           *heading,
     const char           *body,
     const DeskResponse    answers[2],
     DeskQuestionCallback  callback)
{
  DeskResponse translated[2];

  for (guint i = 0; i < G_N_ELEMENTS (translated); i++)
    {
      translated[i] = answers[i];
      translated[i].label = _(answers[i].label);
    }
  desk_gtk_compat_ask (GTK_WIDGET (self), heading, body, translated, G_N_ELEMENTS (translated), answers[0].id,
                       answers[0].id, callback, g_object_ref (self));
}

static void
desk_import_window_undo_answered_cb (const char *answer,
                                     gpointer    user_data)
{
  g_autoptr(DeskImportWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->disposed || g_strcmp0 (answer, "undo") != 0 || self->batch_id == 0)
    return;

  if (!desk_store_undo_import (self->store, self->batch_id, &error))
    {
      desk_show_error (GTK_WIDGET (self), _("The Import Cannot Be Undone"), error);
      return;
    }

  self->batch_id = 0;
  desk_import_window_show_done (self, _("Import Undone"),
                                _("The records it created are archived, and what it filled in is as it was."));
  toast_over_parent (self, _("Import undone"));
}

static void
desk_import_window_undo_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  DeskImportWindow *self = DESK_IMPORT_WINDOW (widget);
  static const DeskResponse answers[] = {
    { "cancel", N_("_Cancel"), DESK_RESPONSE_STYLE_DEFAULT },
    { "undo", N_("_Undo Import"), DESK_RESPONSE_STYLE_DESTRUCTIVE },
  };

  ask (self, _("Undo the Import?"),
       _("Every record it created is archived, and the fields it filled in existing records are emptied again. "
         "Records added since that depend on them keep it from being undone."),
       answers, desk_import_window_undo_answered_cb);
}

/* ---- moving between steps ------------------------------------------------------ */

static void
desk_import_window_next_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  DeskImportWindow *self = DESK_IMPORT_WINDOW (widget);
  const char *step = desk_import_window_get_step (self);

  if (self->busy || self->import == NULL)
    return;

  if (g_str_equal (step, "choose"))
    {
      desk_import_window_build_mapping (self);
      desk_import_window_show_step (self, "mapping");
    }
  else if (g_str_equal (step, "mapping"))
    desk_import_window_enter_preview (self);
  else if (g_str_equal (step, "preview") && self->report != NULL && self->report->n_bad == 0)
    desk_import_window_start_import (self);
}

static void
desk_import_window_back_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  DeskImportWindow *self = DESK_IMPORT_WINDOW (widget);
  const char *step = desk_import_window_get_step (self);

  if (self->busy)
    return;
  if (g_str_equal (step, "preview"))
    desk_import_window_show_step (self, "mapping");
  else if (g_str_equal (step, "mapping"))
    desk_import_window_show_step (self, "choose");
}

static void
desk_import_window_cancel_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  DeskImportWindow *self = DESK_IMPORT_WINDOW (widget);

  g_cancellable_cancel (self->cancellable);
}

static void
desk_import_window_close_answered_cb (const char *answer,
                                      gpointer    user_data)
{
  g_autoptr(DeskImportWindow) self = user_data;

  if (self->disposed || g_strcmp0 (answer, "stop") != 0)
    return;
  if (!self->busy)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  self->close_when_done = TRUE;
  g_cancellable_cancel (self->cancellable);
}

/* Closing while rows are written asks first: the import would stop. */
static gboolean
desk_import_window_close_request (GtkWindow *window)
{
  DeskImportWindow *self = DESK_IMPORT_WINDOW (window);
  static const DeskResponse answers[] = {
    { "keep", N_("_Keep Importing"), DESK_RESPONSE_STYLE_DEFAULT },
    { "stop", N_("_Stop and Close"), DESK_RESPONSE_STYLE_DESTRUCTIVE },
  };

  if (!self->busy || !g_str_equal (desk_import_window_get_step (self), "running"))
    {
      /* A check only reads: it stops with the window. */
      g_cancellable_cancel (self->cancellable);
      return GTK_WINDOW_CLASS (desk_import_window_parent_class)->close_request (window);
    }

  ask (self, _("Stop the Import?"), _("Nothing is imported when it stops before the end."), answers,
       desk_import_window_close_answered_cb);
  return TRUE;
}

/* ---- the class ------------------------------------------------------------------ */

static void
desk_import_window_dispose (GObject *object)
{
  DeskImportWindow *self = (DeskImportWindow *) object;

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_IMPORT_WINDOW);

  g_clear_pointer (&self->mapping_rows, g_ptr_array_unref);
  g_clear_pointer (&self->match_choices, g_hash_table_unref);
  g_clear_object (&self->preview_rows);
  g_clear_pointer (&self->preview, desk_import_report_free);
  g_clear_pointer (&self->report, desk_import_report_free);
  g_clear_object (&self->import);
  g_clear_object (&self->file);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (desk_import_window_parent_class)->dispose (object);
}

static void
desk_import_window_class_init (DeskImportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = desk_import_window_dispose;
  window_class->close_request = desk_import_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-import-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, kinds);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, file_row);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, choose_message);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, windows_1252_button);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, mapping_group);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, mapping_message);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, check_progress);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, preview_view);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, problems_group);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, problems_list);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, matches_group);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, matches_list);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, conflicts_group);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, conflicts_list);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, run_progress);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, done_page);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, action_bar);
  gtk_widget_class_bind_template_child (widget_class, DeskImportWindow, next_button);

  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL, desk_import_window_choose_file_action);
  gtk_widget_class_install_action (widget_class, "import.read-as-windows-1252", NULL,
                                   desk_import_window_windows_1252_action);
  gtk_widget_class_install_action (widget_class, "import.next", NULL, desk_import_window_next_action);
  gtk_widget_class_install_action (widget_class, "import.back", NULL, desk_import_window_back_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, desk_import_window_cancel_action);
  gtk_widget_class_install_action (widget_class, "import.undo", NULL, desk_import_window_undo_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "import.choose-file", NULL);
}

static void
desk_import_window_init (DeskImportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->mapping_rows = g_ptr_array_new ();
  self->match_choices = g_hash_table_new (NULL, NULL);
  self->cancellable = g_cancellable_new ();
  self->preview_rows = g_list_store_new (DESK_TYPE_IMPORT_ROW_ITEM);
  gtk_column_view_set_model (self->preview_view,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->preview_rows)))));

  for (guint i = 0; i < DESK_IMPORT_N_KINDS; i++)
    gtk_string_list_append (self->kinds, desk_import_kind_get_label ((DeskImportKind) i));
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (desk_import_window_kind_changed_cb), self,
                           G_CONNECT_SWAPPED);

  desk_import_window_update_actions (self);
}

DeskImportWindow *
desk_import_window_new (GtkWindow *parent,
                        DeskStore *store)
{
  DeskImportWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DESK_IS_STORE (store), NULL);

  self = g_object_new (DESK_TYPE_IMPORT_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);

  /* Read-only, it can still check a file; the import itself says why not. */
  if (desk_store_is_read_only (store))
    set_message (self->choose_message, desk_store_get_read_only_reason (store));

  return self;
}

const char *
desk_import_window_get_step (DeskImportWindow *self)
{
  g_return_val_if_fail (DESK_IS_IMPORT_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

DeskImport *
desk_import_window_get_import (DeskImportWindow *self)
{
  g_return_val_if_fail (DESK_IS_IMPORT_WINDOW (self), NULL);

  return self->import;
}

AdwComboRow *
desk_import_window_get_mapping_row (DeskImportWindow *self,
                                    const char       *target)
{
  g_return_val_if_fail (DESK_IS_IMPORT_WINDOW (self), NULL);

  for (guint i = 0; i < self->mapping_rows->len; i++)
    {
      AdwComboRow *row = g_ptr_array_index (self->mapping_rows, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "desk-target"), target) == 0)
        return row;
    }
  return NULL;
}

DeskImportReport *
desk_import_window_get_report (DeskImportWindow *self)
{
  g_return_val_if_fail (DESK_IS_IMPORT_WINDOW (self), NULL);

  return self->report;
}

GtkDropDown *
desk_import_window_get_match_choice (DeskImportWindow *self,
                                     guint             line)
{
  g_return_val_if_fail (DESK_IS_IMPORT_WINDOW (self), NULL);

  return g_hash_table_lookup (self->match_choices, GUINT_TO_POINTER (line));
}

gint64
desk_import_window_get_batch_id (DeskImportWindow *self)
{
  g_return_val_if_fail (DESK_IS_IMPORT_WINDOW (self), 0);

  return self->batch_id;
}

gboolean
desk_import_window_is_busy (DeskImportWindow *self)
{
  g_return_val_if_fail (DESK_IS_IMPORT_WINDOW (self), FALSE);

  return self->busy;
}
