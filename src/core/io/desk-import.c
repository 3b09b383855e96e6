/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "desk-error.h"
#include "desk-import-private.h"
#include "desk-name-match.h"

/* The largest file loaded: a clinic's spreadsheets are far smaller, and
 * the whole file is in memory while it is imported. */
#define MAX_FILE_BYTES (512 * 1024 * 1024)

/* New records go to the store this many at a time, so that cancelling
 * is heard during the writing too. */
#define WRITE_CHUNK 500

/* Progress is reported every this many rows. */
#define PROGRESS_EVERY 64

struct _DeskImport
{
  GObject                 parent_instance;

  DeskStore              *store;
  DeskImportKind          kind;
  const DeskImportTarget *targets;
  guint                   n_targets;

  char                   *file_name;
  DeskCsvTable           *table;
  int                    *mapping;        /* per target: the column it reads, or -1 */
  GHashTable             *actions;        /* row index → DeskImportAction + 1 */
  int                     all_action;     /* a DeskImportAction for every match, or -1 */
  gboolean                could_be_1252;
  int                     busy;           /* atomic: a thread is reading the import */
};

G_DEFINE_FINAL_TYPE (DeskImport, desk_import, G_TYPE_OBJECT)

void
desk_import_row_free (DeskImportRow *row)
{
  if (row == NULL)
    return;

  g_clear_object (&row->record);
  g_clear_pointer (&row->problems, g_ptr_array_unref);
  g_clear_pointer (&row->values, g_strfreev);
  g_clear_pointer (&row->match_name, g_free);
  g_clear_pointer (&row->conflicts, g_ptr_array_unref);
  g_free (row);
}

void
desk_import_report_free (DeskImportReport *report)
{
  if (report == NULL)
    return;

  g_clear_pointer (&report->rows, g_ptr_array_unref);
  g_free (report);
}

static void
desk_import_dispose (GObject *object)
{
  DeskImport *self = DESK_IMPORT (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (desk_import_parent_class)->dispose (object);
}

static void
desk_import_finalize (GObject *object)
{
  DeskImport *self = DESK_IMPORT (object);

  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->table, desk_csv_table_free);
  g_clear_pointer (&self->mapping, g_free);
  g_clear_pointer (&self->actions, g_hash_table_unref);

  G_OBJECT_CLASS (desk_import_parent_class)->finalize (object);
}

static void
desk_import_class_init (DeskImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = desk_import_dispose;
  object_class->finalize = desk_import_finalize;
}

static void
desk_import_init (DeskImport *self)
{
  self->actions = g_hash_table_new (NULL, NULL);
  self->all_action = -1;
}

DeskImport *
desk_import_new (DeskStore      *store,
                 DeskImportKind  kind)
{
  DeskImport *self;

  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (kind < DESK_IMPORT_N_KINDS, NULL);

  self = g_object_new (DESK_TYPE_IMPORT, NULL);
  self->store = g_object_ref (store);
  self->kind = kind;
  self->targets = desk_import_kind_get_targets (kind, &self->n_targets);
  self->mapping = g_new (int, self->n_targets);
  for (guint i = 0; i < self->n_targets; i++)
    self->mapping[i] = -1;
  return self;
}

DeskImportKind
desk_import_get_kind (DeskImport *self)
{
  g_return_val_if_fail (DESK_IS_IMPORT (self), DESK_IMPORT_CLIENTS);

  return self->kind;
}

DeskStore *
desk_import_get_store (DeskImport *self)
{
  g_return_val_if_fail (DESK_IS_IMPORT (self), NULL);

  return self->store;
}

static gboolean
is_idle (DeskImport *self)
{
  return g_atomic_int_get (&self->busy) == 0;
}

/* ---- the file ----------------------------------------------------------- */

gboolean
desk_import_load_data (DeskImport       *self,
                       const char       *file_name,
                       const char       *data,
                       gsize             length,
                       DeskCsvEncoding   encoding,
                       GError          **error)
{
  DeskCsvOptions options = { .encoding = encoding };
  g_autoptr(DeskCsvTable) table = NULL;

  g_return_val_if_fail (DESK_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (file_name != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (is_idle (self), FALSE);

  self->could_be_1252 = FALSE;
  table = desk_csv_read (data, length, &options, error);
  if (table == NULL)
    {
      self->could_be_1252 = encoding == DESK_CSV_ENCODING_UTF8 && desk_csv_looks_like_windows_1252 (data, length);
      return FALSE;
    }
  if (desk_csv_table_get_n_rows (table) == 0)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("The file is empty; it needs a header of column names and a row for each record."));
      return FALSE;
    }

  g_clear_pointer (&self->table, desk_csv_table_free);
  self->table = g_steal_pointer (&table);
  g_free (self->file_name);
  self->file_name = g_path_get_basename (file_name);
  g_hash_table_remove_all (self->actions);
  self->all_action = -1;
  desk_import_guess_mapping (self);
  return TRUE;
}

gboolean
desk_import_load_file (DeskImport       *self,
                       const char       *path,
                       DeskCsvEncoding   encoding,
                       GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  GStatBuf st;
  gsize length = 0;

  g_return_val_if_fail (DESK_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  name = g_filename_display_name (path);
  self->could_be_1252 = FALSE;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” is a folder, not a CSV file."), name);
      return FALSE;
    }
  /* Measured before it is read: a huge file never reaches memory. */
  if ((g_stat (path, &st) == 0 && st.st_size > MAX_FILE_BYTES) ||
      (g_file_get_contents (path, &contents, &length, &local_error) && length > MAX_FILE_BYTES))
    {
      g_autofree char *most = g_format_size (MAX_FILE_BYTES);

      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID, _("The file “%s” is larger than %s; split it into smaller "
                                                            "files."), name, most);
      return FALSE;
    }
  if (local_error != NULL)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("The file “%s” cannot be read: %s"), name,
                   local_error->message);
      return FALSE;
    }

  return desk_import_load_data (self, name, contents, length, encoding, error);
}

gboolean
desk_import_get_could_be_windows_1252 (DeskImport *self)
{
  g_return_val_if_fail (DESK_IS_IMPORT (self), FALSE);

  return self->could_be_1252;
}

const char *
desk_import_get_file_name (DeskImport *self)
{
  g_return_val_if_fail (DESK_IS_IMPORT (self), NULL);

  return self->file_name;
}

char
desk_import_get_delimiter (DeskImport *self)
{
  g_return_val_if_fail (DESK_IS_IMPORT (self), ',');

  return self->table != NULL ? desk_csv_table_get_delimiter (self->table) : ',';
}

guint
desk_import_get_n_columns (DeskImport *self)
{
  g_return_val_if_fail (DESK_IS_IMPORT (self), 0);

  return self->table != NULL ? desk_csv_table_get_n_fields (self->table, 0) : 0;
}

const char *
desk_import_get_column (DeskImport *self,
                        guint       column)
{
  g_return_val_if_fail (DESK_IS_IMPORT (self), NULL);
  g_return_val_if_fail (column < desk_import_get_n_columns (self), NULL);

  return desk_csv_table_get_field (self->table, 0, column);
}

guint
desk_import_get_n_rows (DeskImport *self)
{
  g_return_val_if_fail (DESK_IS_IMPORT (self), 0);

  return self->table != NULL ? desk_csv_table_get_n_rows (self->table) - 1 : 0;
}

/* ---- the mapping -------------------------------------------------------- */

static int
find_target (DeskImport *self,
             const char *name)
{
  for (guint i = 0; i < self->n_targets; i++)
    if (g_strcmp0 (self->targets[i].name, name) == 0)
      return (int) i;
  return -1;
}

/* How a column is called in a sentence: its header, or its number. */
static char *
column_title (DeskImport *self,
              int         column)
{
  const char *header = desk_import_get_column (self, (guint) column);

  if (desk_text_is_blank (header))
    return g_strdup_printf (_("column %d"), column + 1);
  return g_strdup (header);
}

void
desk_import_guess_mapping (DeskImport *self)
{
  guint n_columns;

  g_return_if_fail (DESK_IS_IMPORT (self));
  g_return_if_fail (is_idle (self));

  for (guint i = 0; i < self->n_targets; i++)
    self->mapping[i] = -1;

  n_columns = desk_import_get_n_columns (self);
  for (guint column = 0; column < n_columns; column++)
    {
      g_autofree char *key = desk_name_key (desk_import_get_column (self, column));

      for (guint i = 0; i < self->n_targets; i++)
        if (self->mapping[i] < 0 && _desk_import_target_means (&self->targets[i], key))
          {
            self->mapping[i] = (int) column;
            break;
          }
    }
}

int
desk_import_get_mapping (DeskImport *self,
                         const char *target)
{
  int index;

  g_return_val_if_fail (DESK_IS_IMPORT (self), -1);

  index = find_target (self, target);
  g_return_val_if_fail (index >= 0, -1);
  return self->mapping[index];
}

static char *
list_target_names (DeskImport *self)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < self->n_targets; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", self->targets[i].name);
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static gboolean
no_such_target (DeskImport  *self,
                const char  *target,
                GError     **error)
{
  g_autofree char *names = list_target_names (self);

  g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
               _("A file of %s has no field “%s”; the fields are %s."),
               desk_import_kind_get_label (self->kind), target, names);
  return FALSE;
}

gboolean
desk_import_set_mapping (DeskImport  *self,
                         const char  *target,
                         int          column,
                         GError     **error)
{
  int index;

  g_return_val_if_fail (DESK_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (target != NULL, FALSE);
  g_return_val_if_fail (is_idle (self), FALSE);

  index = find_target (self, target);
  if (index < 0)
    return no_such_target (self, target, error);
  if (column < -1 || column >= (int) desk_import_get_n_columns (self))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID, _("The file has no column number %d."), column + 1);
      return FALSE;
    }

  self->mapping[index] = column;
  return TRUE;
}

/* The column @name names: its header exactly, its header with case,
 * accents and punctuation aside, or its number from 1; -2 when none. */
static int
find_column (DeskImport *self,
             const char *name)
{
  guint n_columns = desk_import_get_n_columns (self);
  g_autofree char *key = desk_name_key (name);
  guint64 number;

  for (guint column = 0; column < n_columns; column++)
    if (g_strcmp0 (desk_import_get_column (self, column), name) == 0)
      return (int) column;
  for (guint column = 0; column < n_columns; column++)
    {
      g_autofree char *header_key = desk_name_key (desk_import_get_column (self, column));

      if (*key != '\0' && g_strcmp0 (key, header_key) == 0)
        return (int) column;
    }
  if (g_ascii_string_to_unsigned (name, 10, 1, n_columns, &number, NULL))
    return (int) number - 1;
  return -2;
}

gboolean
desk_import_map (DeskImport  *self,
                 const char  *spec,
                 GError     **error)
{
  g_autofree char *target = NULL;
  const char *equals;
  const char *name;
  int column = -1;

  g_return_val_if_fail (DESK_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  equals = strchr (spec, '=');
  if (equals == NULL)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("“%s” is not a mapping; write it as field=column, like last-name=Surname."), spec);
      return FALSE;
    }

  target = g_strstrip (g_strndup (spec, equals - spec));
  name = equals + 1;
  if (find_target (self, target) < 0)
    return no_such_target (self, target, error);

  if (!desk_text_is_blank (name))
    {
      column = find_column (self, name);
      if (column == -2)
        {
          g_autoptr(GString) columns = g_string_new (NULL);

          for (guint i = 0; i < desk_import_get_n_columns (self); i++)
            g_string_append_printf (columns, "%s“%s”", i > 0 ? ", " : "", desk_import_get_column (self, i));
          g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                       _("The file has no column “%s”; its columns are %s."), name, columns->str);
          return FALSE;
        }
    }

  return desk_import_set_mapping (self, target, column, error);
}

gboolean
desk_import_check_mapping (DeskImport  *self,
                           GError     **error)
{
  g_autoptr(GString) missing = g_string_new (NULL);

  g_return_val_if_fail (DESK_IS_IMPORT (self), FALSE);

  if (self->table == NULL)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID, _("Choose a file to import first."));
      return FALSE;
    }

  for (guint i = 0; i < self->n_targets; i++)
    {
      const DeskImportTarget *target = &self->targets[i];
      int alternative = target->alternative != NULL ? find_target (self, target->alternative) : -1;

      if (!target->required || self->mapping[i] >= 0 || (alternative >= 0 && self->mapping[alternative] >= 0))
        continue;
      if (missing->len > 0)
        g_string_append (missing, ", ");
      g_string_append (missing, desk_import_target_get_label (target));
    }
  if (missing->len > 0)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("Choose the column for each required field: %s."), missing->str);
      return FALSE;
    }

  for (guint i = 0; i < self->n_targets; i++)
    for (guint j = i + 1; j < self->n_targets; j++)
      if (self->mapping[i] >= 0 && self->mapping[i] == self->mapping[j])
        {
          g_autofree char *title = column_title (self, self->mapping[i]);

          g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                       _("The column “%s” is chosen for both “%s” and “%s”; choose it for one of them."), title,
                       desk_import_target_get_label (&self->targets[i]),
                       desk_import_target_get_label (&self->targets[j]));
          return FALSE;
        }

  return TRUE;
}

/* ---- what to do with matches ----------------------------------------- */

void
desk_import_set_action (DeskImport       *self,
                        guint             index,
                        DeskImportAction  action)
{
  g_return_if_fail (DESK_IS_IMPORT (self));
  g_return_if_fail (action <= DESK_IMPORT_MERGE);
  g_return_if_fail (is_idle (self));

  g_hash_table_insert (self->actions, GUINT_TO_POINTER (index), GUINT_TO_POINTER (action + 1));
}

void
desk_import_set_all_actions (DeskImport       *self,
                             DeskImportAction  action)
{
  g_return_if_fail (DESK_IS_IMPORT (self));
  g_return_if_fail (action <= DESK_IMPORT_MERGE);
  g_return_if_fail (is_idle (self));

  g_hash_table_remove_all (self->actions);
  self->all_action = (int) action;
}

DeskImportAction
desk_import_get_action (DeskImport      *self,
                        guint            index,
                        DeskImportMatch  match)
{
  gpointer chosen;

  g_return_val_if_fail (DESK_IS_IMPORT (self), DESK_IMPORT_CREATE);

  if (match == DESK_IMPORT_MATCH_NONE)
    return DESK_IMPORT_CREATE;
  chosen = g_hash_table_lookup (self->actions, GUINT_TO_POINTER (index));
  if (chosen != NULL)
    return (DeskImportAction) (GPOINTER_TO_UINT (chosen) - 1);
  if (self->all_action >= 0)
    return (DeskImportAction) self->all_action;
  /* The same person again is left out; a name alike may be someone else. */
  return match == DESK_IMPORT_MATCH_SIMILAR ? DESK_IMPORT_CREATE : DESK_IMPORT_SKIP;
}

/* ---- reading the rows ---------------------------------------------------- */

/* An earlier row that becomes a new record, which later rows may repeat. */
typedef struct
{
  guint       line;
  DeskRecord *record;
} Earlier;

/* An existing record that rows fill in. */
typedef struct
{
  gint64      id;
  DeskRecord *record;   /* what will be saved */
  DeskRecord *before;   /* as it was */
  GPtrArray  *fields;   /* the names of the fields filled */
} Merge;

/* A client's conflict check, audited once the client has its id. */
typedef struct
{
  DeskRecord *record;   /* the new client, or NULL */
  gint64      id;       /* else the client it matched */
  char       *name;
  GPtrArray  *hits;
  const char *decision;
} ConflictCheck;

typedef struct
{
  DeskImport        *self;
  DeskStore         *store;
  DeskImportLookup  *lookup;
  guint              limit;     /* the most rows read */
  gboolean           keep_all;  /* a preview reports every row */
  gboolean           writing;   /* an import keeps what it will write */
  DeskProgressFunc   progress;
  gpointer           progress_data;
  GCancellable      *cancellable;

  DeskImportReport  *report;
  GHashTable        *earlier;   /* duplicate key → Earlier */
  GHashTable        *numbers;   /* case number → the line that gives it */
  GHashTable        *merged;    /* existing record id → Merge */
  GPtrArray         *merges;    /* Merge, in the order rows reach them */
  GPtrArray         *created;   /* DeskRecord, in the order of the file */
  GPtrArray         *checks;    /* ConflictCheck */
} Analysis;

static void
earlier_free (gpointer data)
{
  Earlier *earlier = data;

  g_clear_object (&earlier->record);
  g_free (earlier);
}

static void
merge_free (gpointer data)
{
  Merge *merge = data;

  g_clear_object (&merge->record);
  g_clear_object (&merge->before);
  g_clear_pointer (&merge->fields, g_ptr_array_unref);
  g_free (merge);
}

static void
conflict_check_free (gpointer data)
{
  ConflictCheck *check = data;

  g_clear_object (&check->record);
  g_clear_pointer (&check->name, g_free);
  g_clear_pointer (&check->hits, g_ptr_array_unref);
  g_free (check);
}

static void
analysis_init (Analysis     *a,
               DeskImport   *self,
               DeskStore    *store,
               guint         limit,
               gboolean      keep_all,
               gboolean      writing)
{
  memset (a, 0, sizeof *a);
  a->self = self;
  a->store = store;
  a->lookup = _desk_import_lookup_new (store, self->kind);
  a->limit = limit;
  a->keep_all = keep_all;
  a->writing = writing;
  a->report = g_new0 (DeskImportReport, 1);
  a->report->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) desk_import_row_free);
  a->earlier = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, earlier_free);
  a->numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  a->merged = g_hash_table_new (g_int64_hash, g_int64_equal);
  a->merges = g_ptr_array_new_with_free_func (merge_free);
  a->created = g_ptr_array_new_with_free_func (g_object_unref);
  a->checks = g_ptr_array_new_with_free_func (conflict_check_free);
}

static void
analysis_clear (Analysis *a)
{
  g_clear_pointer (&a->lookup, _desk_import_lookup_free);
  g_clear_pointer (&a->report, desk_import_report_free);
  g_clear_pointer (&a->earlier, g_hash_table_unref);
  g_clear_pointer (&a->numbers, g_hash_table_unref);
  g_clear_pointer (&a->merged, g_hash_table_unref);
  g_clear_pointer (&a->merges, g_ptr_array_unref);
  g_clear_pointer (&a->created, g_ptr_array_unref);
  g_clear_pointer (&a->checks, g_ptr_array_unref);
}

static const char *
cell (Analysis *a,
      guint     index,
      guint     column)
{
  return desk_csv_table_get_field (a->self->table, index + 1, column);
}

/* A row of nothing but empty cells (spreadsheets leave them at the end). */
static gboolean
row_is_blank (Analysis *a,
              guint     index)
{
  guint n_fields = desk_csv_table_get_n_fields (a->self->table, index + 1);

  for (guint column = 0; column < n_fields; column++)
    if (!desk_text_is_blank (cell (a, index, column)))
      return FALSE;
  return TRUE;
}

static char *
client_key (DeskClient *client)
{
  g_autofree char *name = g_strconcat (desk_client_get_first_name (client), " ",
                                       desk_client_get_last_name (client), NULL);
  g_autofree char *key = desk_name_key (name);
  const char *birth_date = desk_client_get_birth_date (client);

  return g_strconcat (key, "|", birth_date != NULL ? birth_date : "", NULL);
}

static char *
describe_person (DeskImportKind          kind,
                 const DeskImportPerson *person)
{
  if (kind == DESK_IMPORT_VOLUNTEERS)
    /* TRANSLATORS: a volunteer already in the database: name, e-mail address, number */
    return g_strdup_printf (_("%s %s, %s (volunteer %" G_GINT64_FORMAT ")"), person->first_name,
                            person->last_name, *person->email != '\0' ? person->email : _("no e-mail address"),
                            person->id);
  if (*person->birth_date != '\0')
    /* TRANSLATORS: a client already in the database: name, date of birth, number */
    return g_strdup_printf (_("%s %s, born %s (client %" G_GINT64_FORMAT ")"), person->first_name,
                            person->last_name, person->birth_date, person->id);
  return g_strdup_printf (_("%s %s, date of birth not known (client %" G_GINT64_FORMAT ")"), person->first_name,
                          person->last_name, person->id);
}

/* A client with the same name and date of birth as one in the database. */
static gboolean
match_existing_client (Analysis       *a,
                       DeskImportRow  *row,
                       DeskClient     *client,
                       GError        **error)
{
  g_autofree char *name = g_strconcat (desk_client_get_first_name (client), " ",
                                       desk_client_get_last_name (client), NULL);
  g_autofree char *key = desk_name_key (name);
  const char *birth_date = desk_client_get_birth_date (client);
  g_autoptr(GError) local_error = NULL;
  GPtrArray *named;

  named = _desk_import_lookup_people_named (a->lookup, key, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  for (guint i = 0; named != NULL && i < named->len; i++)
    {
      DeskImportPerson *person = g_ptr_array_index (named, i);

      if (g_strcmp0 (person->birth_date, birth_date != NULL ? birth_date : "") == 0)
        {
          row->match = DESK_IMPORT_MATCH_SAME;
          row->match_id = person->id;
          row->match_name = describe_person (a->self->kind, person);
          return TRUE;
        }
    }
  return TRUE;
}

/* A volunteer with the same e-mail address, or the same name where one of
 * the two has none. */
static gboolean
match_existing_volunteer (Analysis       *a,
                          DeskImportRow  *row,
                          DeskVolunteer  *volunteer,
                          GError        **error)
{
  g_autofree char *name = g_strconcat (desk_volunteer_get_first_name (volunteer), " ",
                                       desk_volunteer_get_last_name (volunteer), NULL);
  g_autofree char *key = desk_name_key (name);
  const char *email = desk_volunteer_get_email (volunteer);
  g_autoptr(GError) local_error = NULL;
  DeskImportPerson *found = NULL;
  GPtrArray *named;

  if (*email != '\0')
    {
      found = _desk_import_lookup_email (a->lookup, email, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  named = found == NULL ? _desk_import_lookup_people_named (a->lookup, key, &local_error) : NULL;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  for (guint i = 0; named != NULL && i < named->len && found == NULL; i++)
    {
      DeskImportPerson *person = g_ptr_array_index (named, i);

      if (*email == '\0' || *person->email == '\0')
        found = person;
    }

  if (found != NULL)
    {
      row->match = DESK_IMPORT_MATCH_SAME;
      row->match_id = found->id;
      row->match_name = describe_person (a->self->kind, found);
    }
  return TRUE;
}

/* The keys a new record is found by among later rows (@register_keys),
 * or looks for among earlier ones. */
static GPtrArray *
earlier_keys (DeskRecord *record,
              gboolean    register_keys)
{
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  if (DESK_IS_CLIENT (record))
    g_ptr_array_add (keys, client_key (DESK_CLIENT (record)));
  else if (DESK_IS_VOLUNTEER (record))
    {
      DeskVolunteer *volunteer = DESK_VOLUNTEER (record);
      g_autofree char *name = g_strconcat (desk_volunteer_get_first_name (volunteer), " ",
                                           desk_volunteer_get_last_name (volunteer), NULL);
      g_autofree char *key = desk_name_key (name);
      const char *email = desk_volunteer_get_email (volunteer);

      /* The same address is the same person; so is the same name when
       * one of the two rows has no address. */
      g_autofree char *folded = g_utf8_casefold (email, -1);

      if (*email != '\0')
        g_ptr_array_add (keys, g_strconcat ("email:", folded, NULL));
      if (register_keys || *email == '\0')
        g_ptr_array_add (keys, g_strconcat ("name:", key, NULL));
      if (*email != '\0')
        g_ptr_array_add (keys, g_strconcat (register_keys ? "named:" : "bare:", key, NULL));
      else if (register_keys)
        g_ptr_array_add (keys, g_strconcat ("bare:", key, NULL));
    }
  return keys;
}

static void
match_earlier_row (Analysis      *a,
                   DeskImportRow *row)
{
  g_autoptr(GPtrArray) keys = earlier_keys (row->record, FALSE);

  for (guint i = 0; i < keys->len; i++)
    {
      Earlier *earlier = g_hash_table_lookup (a->earlier, g_ptr_array_index (keys, i));

      if (earlier != NULL)
        {
          row->match = DESK_IMPORT_MATCH_EARLIER;
          row->match_line = earlier->line;
          row->match_name = g_strdup_printf (_("the row on line %u"), earlier->line);
          return;
        }
    }
}

static void
remember_earlier_row (Analysis      *a,
                      DeskImportRow *row)
{
  g_autoptr(GPtrArray) keys = earlier_keys (row->record, TRUE);

  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);

      if (!g_hash_table_contains (a->earlier, key))
        {
          Earlier *earlier = g_new0 (Earlier, 1);

          earlier->line = row->line;
          earlier->record = g_object_ref (row->record);
          g_hash_table_insert (a->earlier, g_strdup (key), earlier);
        }
    }
}

/* The conflict check of a client: the best client with a name alike (when
 * nothing closer matched) and the adverse parties and volunteers alike. */
static gboolean
check_conflicts (Analysis       *a,
                 DeskImportRow  *row,
                 DeskClient     *client,
                 GPtrArray     **hits_out,
                 GError        **error)
{
  g_autofree char *name = g_strconcat (desk_client_get_first_name (client), " ",
                                       desk_client_get_last_name (client), NULL);
  g_autoptr(GPtrArray) hits = NULL;

  hits = desk_store_find_conflicts (a->store, name, NULL, 0, error);
  if (hits == NULL)
    return FALSE;

  for (guint i = 0; i < hits->len; i++)
    {
      DeskConflictHit *hit = g_ptr_array_index (hits, i);

      if (g_strcmp0 (hit->entity, "client") != 0)
        {
          DeskConflictHit *copy = g_new0 (DeskConflictHit, 1);

          *copy = *hit;
          copy->entity = g_strdup (hit->entity);
          copy->name = g_strdup (hit->name);
          copy->role = g_strdup (hit->role);
          copy->case_number = g_strdup (hit->case_number);
          g_ptr_array_add (row->conflicts, copy);
        }
      else if (row->match == DESK_IMPORT_MATCH_NONE)
        {
          row->match = DESK_IMPORT_MATCH_SIMILAR;
          row->match_id = hit->entity_id;
          /* TRANSLATORS: a client whose name looks like the row's: name, number */
          row->match_name = g_strdup_printf (_("%s (client %" G_GINT64_FORMAT ")"), hit->name, hit->entity_id);
        }
    }

  *hits_out = g_steal_pointer (&hits);
  return TRUE;
}

/* Without a status column, a case is where its details put it. */
static void
derive_status (DeskCase *kase)
{
  DeskCaseStatus status = DESK_CASE_STATUS_OPEN;

  if (desk_case_get_closing_code (kase) != NULL || desk_case_get_closed_on (kase) != NULL)
    status = DESK_CASE_STATUS_CLOSED;
  else if (desk_case_get_volunteer_id (kase) > 0)
    status = DESK_CASE_STATUS_PLACED;
  desk_case_set_status (kase, status);
}

static void
add_problems (GPtrArray *problems,
              GPtrArray *more)
{
  for (guint i = 0; i < more->len; i++)
    desk_problems_add_error (problems, g_ptr_array_index (more, i));
}

/* A case number is the file's to give only once, and only when free. */
static gboolean
check_case_number (Analysis       *a,
                   DeskImportRow  *row,
                   GError        **error)
{
  const char *number = desk_case_get_case_number (DESK_CASE (row->record));
  gpointer line;
  gint64 id = 0;

  if (number == NULL || *number == '\0' || desk_problems_find (row->problems, "case-number") != NULL)
    return TRUE;

  if (!desk_store_find_case_number (a->store, number, &id, error))
    return FALSE;
  if (id > 0)
    desk_problems_add (row->problems, "case-number", _("The case number %s is another case’s already."), number);
  else if ((line = g_hash_table_lookup (a->numbers, number)) != NULL)
    desk_problems_add (row->problems, "case-number", _("The case number %s is given to the row on line %u too."),
                       number, GPOINTER_TO_UINT (line));
  else
    g_hash_table_insert (a->numbers, g_strdup (number), GUINT_TO_POINTER (row->line));
  return TRUE;
}

/* The existing record (or earlier row) a merge fills in. */
static Merge *
merge_target (Analysis       *a,
              DeskImportRow  *row,
              GError        **error)
{
  Merge *merge;

  if (row->match == DESK_IMPORT_MATCH_EARLIER)
    {
      g_autoptr(GPtrArray) keys = earlier_keys (row->record, FALSE);

      for (guint i = 0; i < keys->len; i++)
        {
          Earlier *earlier = g_hash_table_lookup (a->earlier, g_ptr_array_index (keys, i));

          if (earlier != NULL)
            {
              /* A row that is new itself: filled before it is written. */
              merge = g_new0 (Merge, 1);
              merge->record = g_object_ref (earlier->record);
              return merge;
            }
        }
      g_return_val_if_reached (NULL);
    }

  merge = g_hash_table_lookup (a->merged, &row->match_id);
  if (merge != NULL)
    return merge;

  merge = g_new0 (Merge, 1);
  merge->record = desk_store_get (a->store, G_OBJECT_TYPE (row->record), row->match_id, error);
  if (merge->record == NULL)
    {
      merge_free (merge);
      return NULL;
    }
  merge->id = row->match_id;
  merge->before = desk_record_dup (merge->record);
  merge->fields = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (a->merges, merge);
  g_hash_table_insert (a->merged, &merge->id, merge);
  return merge;
}

static gboolean
has_field (GPtrArray  *fields,
           const char *name)
{
  for (guint i = 0; fields != NULL && i < fields->len; i++)
    if (g_str_equal (g_ptr_array_index (fields, i), name))
      return TRUE;
  return FALSE;
}

/* Fills the fields @merge's record leaves empty with the row's values. */
static void
fill_in (Analysis      *a,
         Merge         *merge,
         DeskImportRow *row)
{
  DeskImport *self = a->self;

  for (guint i = 0; i < self->n_targets; i++)
    {
      const DeskImportTarget *target = &self->targets[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if (target->property == NULL || self->mapping[i] < 0 ||
          desk_problems_find (row->problems, target->property) != NULL ||
          _desk_import_property_is_empty (row->record, target->property) ||
          !_desk_import_property_is_empty (merge->record, target->property))
        continue;

      g_value_init (&value, g_object_class_find_property (G_OBJECT_GET_CLASS (row->record),
                                                          target->property)->value_type);
      g_object_get_property (G_OBJECT (row->record), target->property, &value);
      g_object_set_property (G_OBJECT (merge->record), target->property, &value);

      if (merge->fields != NULL && !has_field (merge->fields, target->property))
        {
          g_ptr_array_add (merge->fields, g_strdup (target->property));
          /* An amount given is an income known. */
          if (g_str_equal (target->property, "annual-income-cents") && !has_field (merge->fields, "income-known"))
            g_ptr_array_add (merge->fields, g_strdup ("income-known"));
        }
    }
}

static DeskImportRow *
row_new (Analysis *a,
         guint     index)
{
  DeskImportRow *row = g_new0 (DeskImportRow, 1);

  row->index = index;
  row->line = desk_csv_table_get_line (a->self->table, index + 1);
  row->problems = desk_problems_new ();
  row->values = g_new0 (char *, a->self->n_targets + 1);
  for (guint i = 0; i < a->self->n_targets; i++)
    row->values[i] = g_strdup ("");
  row->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) desk_conflict_hit_free);
  return row;
}

/* Reads the row's cells into a new record. */
static gboolean
read_row (Analysis       *a,
          DeskImportRow  *row,
          GError        **error)
{
  DeskImport *self = a->self;
  g_autofree const char **cells = g_new0 (const char *, self->n_targets);
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < self->n_targets; i++)
    if (self->mapping[i] >= 0)
      {
        char *text = g_strstrip (g_strdup (cell (a, row->index, (guint) self->mapping[i])));

        g_ptr_array_add (owned, text);
        cells[i] = *text != '\0' ? text : NULL;
      }

  row->record = g_object_new (_desk_import_kind_get_record_type (self->kind), NULL);
  for (guint i = 0; i < self->n_targets; i++)
    {
      g_autofree char *title = self->mapping[i] >= 0 ? column_title (self, self->mapping[i]) : NULL;
      char *display = NULL;

      if (!_desk_import_read_cell (a->lookup, self->targets, self->n_targets, (const char * const *) cells, i, title,
                                   row->record, &display, row->problems, error))
        return FALSE;
      if (display != NULL)
        {
          g_free (row->values[i]);
          row->values[i] = display;
        }
    }

  if (DESK_IS_CASE (row->record) && cells[find_target (self, "status")] == NULL)
    derive_status (DESK_CASE (row->record));

  return TRUE;
}

static gboolean
find_match (Analysis       *a,
            DeskImportRow  *row,
            GPtrArray     **hits,
            GError        **error)
{
  if (DESK_IS_CLIENT (row->record))
    {
      if (!match_existing_client (a, row, DESK_CLIENT (row->record), error))
        return FALSE;
      if (row->match == DESK_IMPORT_MATCH_NONE)
        match_earlier_row (a, row);
      /* Unnamed, it is bad already, and a check of nothing finds nothing. */
      if (!desk_text_is_blank (desk_client_get_first_name (DESK_CLIENT (row->record))) ||
          !desk_text_is_blank (desk_client_get_last_name (DESK_CLIENT (row->record))))
        return check_conflicts (a, row, DESK_CLIENT (row->record), hits, error);
    }
  else if (DESK_IS_VOLUNTEER (row->record))
    {
      if (!match_existing_volunteer (a, row, DESK_VOLUNTEER (row->record), error))
        return FALSE;
      if (row->match == DESK_IMPORT_MATCH_NONE)
        match_earlier_row (a, row);
    }
  return TRUE;
}

static void
remember_check (Analysis       *a,
                DeskImportRow  *row,
                GPtrArray      *hits)
{
  ConflictCheck *check;

  if (!a->writing || !DESK_IS_CLIENT (row->record) || hits == NULL)
    return;

  check = g_new0 (ConflictCheck, 1);
  check->name = g_strconcat (desk_client_get_first_name (DESK_CLIENT (row->record)), " ",
                             desk_client_get_last_name (DESK_CLIENT (row->record)), NULL);
  check->hits = g_ptr_array_ref (hits);
  switch (row->action)
    {
    case DESK_IMPORT_CREATE:
    case DESK_IMPORT_MERGE:
      /* Merged, the row's record is the one it filled in. */
      check->record = g_object_ref (row->record);
      check->decision = row->action == DESK_IMPORT_CREATE ? "imported" : "merged";
      break;
    case DESK_IMPORT_SKIP:
    default:
      check->id = row->match_id;
      check->decision = "skipped";
      break;
    }
  g_ptr_array_add (a->checks, check);
}

static DeskImportRow *
analyse_row (Analysis  *a,
             guint      index,
             GError   **error)
{
  DeskImport *self = a->self;
  g_autoptr(DeskImportRow) row = row_new (a, index);
  g_autoptr(GPtrArray) hits = NULL;
  guint n_columns = desk_import_get_n_columns (self);
  guint n_fields = desk_csv_table_get_n_fields (self->table, index + 1);

  if (n_fields != n_columns)
    {
      desk_problems_add (row->problems, "row",
                         g_dngettext (GETTEXT_PACKAGE, "The row has %u field where the header has %u; a field with a comma in it may "
                                   "be missing its quotes.",
                                   "The row has %u fields where the header has %u; a field with a comma in it may "
                                   "be missing its quotes.", n_fields), n_fields, n_columns);
      return g_steal_pointer (&row);
    }

  if (!read_row (a, row, error) || !find_match (a, row, &hits, error))
    return NULL;

  row->action = desk_import_get_action (self, index, row->match);
  if (row->action == DESK_IMPORT_MERGE)
    {
      g_autoptr(GPtrArray) problems = NULL;
      Merge *merge;

      merge = merge_target (a, row, error);
      if (merge == NULL)
        return NULL;
      fill_in (a, merge, row);
      problems = row->match == DESK_IMPORT_MATCH_EARLIER ? desk_record_check (merge->record)
                                                         : desk_store_check (a->store, merge->record);
      add_problems (row->problems, problems);
      g_set_object (&row->record, merge->record);
      /* One kept for writing is the analysis's; one of an earlier row is not. */
      if (row->match == DESK_IMPORT_MATCH_EARLIER)
        merge_free (merge);
    }
  else
    {
      g_autoptr(GPtrArray) problems = desk_record_check (row->record);

      add_problems (row->problems, problems);
      if (DESK_IS_CASE (row->record) && row->action == DESK_IMPORT_CREATE && !check_case_number (a, row, error))
        return NULL;
      if (row->action == DESK_IMPORT_CREATE)
        {
          remember_earlier_row (a, row);
          if (a->writing)
            g_ptr_array_add (a->created, g_object_ref (row->record));
        }
    }

  remember_check (a, row, hits);
  return g_steal_pointer (&row);
}

static void
report_progress (Analysis *a,
                 guint     done,
                 guint     total)
{
  if (a->progress != NULL && (done % PROGRESS_EVERY == 0 || done == total))
    a->progress (done, total, a->progress_data);
}

static gboolean
analyse (Analysis  *a,
         GError   **error)
{
  DeskImportReport *report = a->report;
  guint n_rows = desk_import_get_n_rows (a->self);
  guint total = a->writing ? n_rows * 2 : n_rows;

  for (guint index = 0; index < n_rows && report->n_rows < a->limit; index++)
    {
      DeskImportRow *row;
      gboolean bad;

      if (g_cancellable_set_error_if_cancelled (a->cancellable, error))
        return FALSE;
      if (row_is_blank (a, index))
        continue;

      row = analyse_row (a, index, error);
      if (row == NULL)
        return FALSE;

      bad = row->problems->len > 0 && row->action != DESK_IMPORT_SKIP;
      report->n_rows++;
      report->n_bad += bad;
      report->n_create += row->action == DESK_IMPORT_CREATE;
      report->n_merge += row->action == DESK_IMPORT_MERGE;
      report->n_skip += row->action == DESK_IMPORT_SKIP;
      report->n_matches += row->match != DESK_IMPORT_MATCH_NONE;
      report->n_conflicts += row->conflicts->len > 0;

      if (a->keep_all || bad || row->match != DESK_IMPORT_MATCH_NONE || row->conflicts->len > 0)
        g_ptr_array_add (report->rows, row);
      else
        desk_import_row_free (row);

      report_progress (a, index + 1, total);
    }

  report_progress (a, n_rows, total);
  return TRUE;
}

/* ---- writing ------------------------------------------------------------ */

/* Nothing is written while a row has a problem: the first says which. */
static gboolean
bad_rows_error (DeskImportReport  *report,
                GError           **error)
{
  for (guint i = 0; i < report->rows->len; i++)
    {
      DeskImportRow *row = g_ptr_array_index (report->rows, i);
      const GError *first;

      if (row->problems->len == 0 || row->action == DESK_IMPORT_SKIP)
        continue;
      first = g_ptr_array_index (row->problems, 0);
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "Nothing was imported: %u row has problems. On line %u: %s",
                             "Nothing was imported: %u rows have problems. The first, on line %u: %s",
                             report->n_bad), report->n_bad, row->line, first->message);
      return FALSE;
    }
  g_return_val_if_reached (FALSE);
}

static gboolean
write_created (Analysis  *a,
               gint64     batch_id,
               GError   **error)
{
  guint n_rows = a->report->n_rows;

  /* Numbers the file gives are taken before numbering hands out any. */
  for (guint i = 0; i < a->created->len; i++)
    {
      DeskRecord *record = g_ptr_array_index (a->created, i);

      if (DESK_IS_CASE (record) && *desk_case_get_case_number (DESK_CASE (record)) != '\0' &&
          !desk_store_reserve_case_number (a->store, desk_case_get_case_number (DESK_CASE (record)), error))
        return FALSE;
    }

  for (guint start = 0; start < a->created->len; start += WRITE_CHUNK)
    {
      g_autoptr(GPtrArray) chunk = g_ptr_array_new ();

      if (g_cancellable_set_error_if_cancelled (a->cancellable, error))
        return FALSE;

      for (guint i = start; i < a->created->len && i < start + WRITE_CHUNK; i++)
        g_ptr_array_add (chunk, g_ptr_array_index (a->created, i));
      if (!desk_store_insert_batch (a->store, chunk, "import", error))
        return FALSE;

      for (guint i = 0; i < chunk->len; i++)
        {
          DeskRecord *record = g_ptr_array_index (chunk, i);

          if (!desk_store_audit (a->store, desk_record_get_entity (record), desk_record_get_id (record), "create",
                                 "", error) ||
              !desk_store_add_import_record (a->store, batch_id, record, NULL, NULL, error))
            return FALSE;
        }

      if (a->progress != NULL)
        a->progress (n_rows + MIN (n_rows, start + chunk->len), n_rows * 2, a->progress_data);
    }

  return TRUE;
}

static gboolean
write_merges (Analysis  *a,
              gint64     batch_id,
              GError   **error)
{
  for (guint i = 0; i < a->merges->len; i++)
    {
      Merge *merge = g_ptr_array_index (a->merges, i);
      g_autoptr(GVariant) previous = NULL;
      g_autoptr(GVariant) applied = NULL;

      if (merge->fields->len == 0)
        continue;

      g_ptr_array_add (merge->fields, NULL);
      previous = desk_record_snapshot (merge->before, (const char * const *) merge->fields->pdata);
      applied = desk_record_snapshot (merge->record, (const char * const *) merge->fields->pdata);
      g_ptr_array_remove_index (merge->fields, merge->fields->len - 1);

      if (!desk_store_save (a->store, merge->record, error) ||
          !desk_store_add_import_record (a->store, batch_id, merge->record, previous, applied, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_checks (Analysis  *a,
              GError   **error)
{
  for (guint i = 0; i < a->checks->len; i++)
    {
      ConflictCheck *check = g_ptr_array_index (a->checks, i);
      gint64 id = check->record != NULL ? desk_record_get_id (check->record) : check->id;

      if (!desk_store_audit_conflict_check (a->store, "client", id, check->name, check->hits, check->decision, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
import_in_transaction (DeskDatabase  *database,
                       gpointer       user_data,
                       GError       **error)
{
  Analysis *a = user_data;
  DeskImportReport *report = a->report;
  gint64 batch_id;

  if (!analyse (a, error))
    return FALSE;
  if (report->n_bad > 0)
    return bad_rows_error (report, error);
  if (report->n_rows == 0)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID, _("There are no rows to import under the header."));
      return FALSE;
    }

  batch_id = desk_store_begin_import (a->store, desk_import_kind_get_nick (a->self->kind), a->self->file_name,
                                      report->n_rows, report->n_create, report->n_merge, report->n_skip, error);
  if (batch_id == 0 ||
      !write_created (a, batch_id, error) ||
      !write_merges (a, batch_id, error) ||
      !write_checks (a, error) ||
      !desk_store_end_import (a->store, batch_id, error))
    return FALSE;

  /* The last moment to say no: after this, it is committed. */
  if (g_cancellable_set_error_if_cancelled (a->cancellable, error))
    return FALSE;

  report->batch_id = batch_id;
  return TRUE;
}

/* A check of the first @limit rows on @store (with @keep_all, every row
 * in the report), or with @writing an import of them. */
static DeskImportReport *
work_on (DeskImport        *self,
         DeskStore         *store,
         guint              limit,
         gboolean           keep_all,
         gboolean           writing,
         DeskProgressFunc   progress,
         gpointer           progress_data,
         GCancellable      *cancellable,
         GError           **error)
{
  Analysis a;
  DeskImportReport *report = NULL;
  gboolean ok;

  if (!desk_import_check_mapping (self, error))
    return NULL;
  if (writing && desk_store_is_read_only (store))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("Nothing can be imported: %s"),
                   desk_store_get_read_only_reason (store));
      return NULL;
    }

  analysis_init (&a, self, store, limit, keep_all, writing);
  a.progress = progress;
  a.progress_data = progress_data;
  a.cancellable = cancellable;
  ok = writing ? desk_store_run_import (store, import_in_transaction, &a, error) : analyse (&a, error);
  if (ok)
    report = g_steal_pointer (&a.report);
  analysis_clear (&a);
  return report;
}

DeskImportReport *
desk_import_preview (DeskImport  *self,
                     guint        n_rows,
                     GError     **error)
{
  g_return_val_if_fail (DESK_IS_IMPORT (self), NULL);
  g_return_val_if_fail (is_idle (self), NULL);

  return work_on (self, self->store, n_rows, TRUE, FALSE, NULL, NULL, NULL, error);
}

DeskImportReport *
desk_import_check (DeskImport        *self,
                   DeskProgressFunc   progress,
                   gpointer           progress_data,
                   GCancellable      *cancellable,
                   GError           **error)
{
  g_return_val_if_fail (DESK_IS_IMPORT (self), NULL);
  g_return_val_if_fail (is_idle (self), NULL);

  return work_on (self, self->store, G_MAXUINT, FALSE, FALSE, progress, progress_data, cancellable, error);
}

DeskImportReport *
desk_import_run (DeskImport        *self,
                 DeskProgressFunc   progress,
                 gpointer           progress_data,
                 GCancellable      *cancellable,
                 GError           **error)
{
  g_return_val_if_fail (DESK_IS_IMPORT (self), NULL);
  g_return_val_if_fail (is_idle (self), NULL);

  return work_on (self, self->store, G_MAXUINT, FALSE, TRUE, progress, progress_data, cancellable, error);
}

/* ---- in a thread ---------------------------------------------------------- */

typedef struct
{
  DeskImport        *self;
  char              *path;
  DeskRegion         region;
  gboolean           writing;
  DeskProgressRelay *relay;
} ThreadData;

static void
thread_data_free (gpointer data)
{
  ThreadData *td = data;

  g_clear_pointer (&td->relay, desk_progress_relay_free);
  g_free (td->path);
  /* The import may change again. */
  g_atomic_int_add (&td->self->busy, -1);
  g_free (td);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ThreadData *td = task_data;
  g_autoptr(DeskStore) store = NULL;
  DeskImportReport *report = NULL;
  GError *error = NULL;
  DeskProgressFunc progress = td->relay != NULL ? desk_progress_relay_report : NULL;

  store = desk_store_open (td->path, &error);
  if (store != NULL)
    {
      desk_store_set_region (store, td->region);
      report = work_on (td->self, store, G_MAXUINT, FALSE, td->writing, progress, td->relay, cancellable, &error);
    }
  /* Closed before the caller hears of it, who may then end the process. */
  g_clear_object (&store);

  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, (GDestroyNotify) desk_import_report_free);
}

static void
start_thread (DeskImport          *self,
              gboolean             writing,
              gpointer             source_tag,
              DeskProgressFunc     progress,
              gpointer             progress_data,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ThreadData *td;

  g_return_if_fail (DESK_IS_IMPORT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (is_idle (self));

  td = g_new0 (ThreadData, 1);
  td->self = self;
  td->path = g_strdup (desk_store_get_path (self->store));
  td->region = desk_store_get_region (self->store);
  td->writing = writing;
  td->relay = desk_progress_relay_new (progress, progress_data);
  g_atomic_int_inc (&self->busy);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, td, thread_data_free);
  g_task_run_in_thread (task, import_thread);
}

void
desk_import_check_async (DeskImport          *self,
                         DeskProgressFunc     progress,
                         gpointer             progress_data,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  start_thread (self, FALSE, desk_import_check_async, progress, progress_data, cancellable, callback, user_data);
}

DeskImportReport *
desk_import_check_finish (DeskImport    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == desk_import_check_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
desk_import_run_async (DeskImport          *self,
                       DeskProgressFunc     progress,
                       gpointer             progress_data,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  start_thread (self, TRUE, desk_import_run_async, progress, progress_data, cancellable, callback, user_data);
}

DeskImportReport *
desk_import_run_finish (DeskImport    *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == desk_import_run_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
