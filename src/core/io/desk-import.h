/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "desk-csv.h"
#include "desk-progress.h"
#include "desk-store.h"

G_BEGIN_DECLS

/*
 * Importing a clinic's spreadsheets (CSV files, see desk-csv.h): clients,
 * cases, volunteers and time entries.
 *
 *  1. Load the file: its first record is the header.  Each field the kind
 *     of record has (a target) is mapped to the column whose header means
 *     it ("Last Name", "Surname", "Apellido"…, case and accents aside);
 *     the mapping can be changed target by target.
 *  2. Preview the first rows as they will be stored, then check every row
 *     (a dry run): each row that cannot be imported comes with its line
 *     and every reason, from the record's own rules (desk_record_check()),
 *     the columns that could not be read, and the database (the LSC code,
 *     client, case, volunteer or grant a row names must exist; case
 *     numbers are unique).  The rule that a household between 125% and
 *     200% of the guideline needs an exception is the editor's, not the
 *     import's: imported records keep what the file says, as the store's
 *     batches do.
 *  3. Duplicates are flagged: a client with the same name (accents, case,
 *     word order aside) and date of birth as a client in the database or
 *     an earlier row, or whose name the conflict check finds alike; a
 *     volunteer with the same e-mail address, or the same name where one
 *     of them has none.  Each is skipped, merged or created as the caller
 *     says; merging fills the fields the existing record leaves empty (or
 *     at "not asked", "not known") and changes nothing else.
 *  4. The import writes every row or none, in one transaction, as one
 *     batch: a row in the imports table, its id on every audit row it
 *     writes; desk_store_undo_import() takes it back as a whole.
 *
 * What the files hold:
 *  - cases name their client by name ("Maria Garcia" or "Garcia, Maria")
 *    with the date of birth where two clients share a name, or by the
 *    client's number in this database; import the clients first.  LSC
 *    problem and closing codes are given by code ("63", "A") or by name
 *    ("Private Landlord/Tenant"); a case without a title is called after
    its problem.  With no status column a case is closed
 *    when it has a closing code or date, placed when it has a volunteer,
 *    else open.  Case numbers of the form 2026-00001 are kept; leave the
 *    column unmapped to number the cases anew.
 *  - time entries name their case by case number and the volunteer by name
 *    or e-mail address; hours are decimal ("1.5") or "1:30", in steps of
 *    0.1; the grant, by name or grant number, is optional.
 */

typedef enum
{
  DESK_IMPORT_CLIENTS,
  DESK_IMPORT_CASES,
  DESK_IMPORT_VOLUNTEERS,
  DESK_IMPORT_TIME_ENTRIES,
} DeskImportKind;

#define DESK_IMPORT_N_KINDS 4

/* How the cells of a target's column are read. */
typedef enum
{
  DESK_IMPORT_VALUE_TEXT,          /* one line, trimmed */
  DESK_IMPORT_VALUE_MULTI_LINE,    /* trimmed; line breaks kept as \n */
  DESK_IMPORT_VALUE_DATE,          /* 2026-06-15 or 6/15/2026 */
  DESK_IMPORT_VALUE_NUMBER,        /* a whole number */
  DESK_IMPORT_VALUE_MONEY,         /* $23,400.50 */
  DESK_IMPORT_VALUE_YES_NO,
  DESK_IMPORT_VALUE_CHOICE,        /* an enum, by its words or its stored name */
  DESK_IMPORT_VALUE_HOURS,         /* 1.5 or 1:30, in tenths */
  DESK_IMPORT_VALUE_CASE_NUMBER,   /* kept when free */
  DESK_IMPORT_VALUE_CLIENT,        /* a client's name */
  DESK_IMPORT_VALUE_BIRTH_DATE,    /* the client's date of birth, to tell clients of one name apart */
  DESK_IMPORT_VALUE_CLIENT_ID,     /* a client's number in this database */
  DESK_IMPORT_VALUE_PROBLEM_CODE,  /* an LSC problem code, or its name */
  DESK_IMPORT_VALUE_CLOSING_CODE,  /* an LSC closing code, or its name */
  DESK_IMPORT_VALUE_VOLUNTEER,     /* a volunteer's name or e-mail address */
  DESK_IMPORT_VALUE_CASE,          /* a case number */
  DESK_IMPORT_VALUE_GRANT,         /* a grant's name or number */
} DeskImportValue;

/**
 * DeskImportTarget:
 * @name: how a mapping names it ("first-name")
 * @label: the words for it, untranslated (desk_import_target_get_label())
 * @required: a row needs a value for it (or for @alternative)
 * @alternative: a target that may stand in for this one when mapped, or NULL
 * @value: how a cell is read
 * @property: the property of the record it fills, or NULL
 * @synonyms: headers that mean it, separated by "|"; compared with case,
 *   accents, punctuation and word order aside
 *
 * A field of a kind of record that a column can fill.
 */
typedef struct
{
  const char       *name;
  const char       *label;
  gboolean          required;
  const char       *alternative;
  DeskImportValue   value;
  const char       *property;
  const char       *synonyms;
} DeskImportTarget;

/* How a row relates to records already there, or to an earlier row. */
typedef enum
{
  DESK_IMPORT_MATCH_NONE,
  DESK_IMPORT_MATCH_SAME,      /* the same person as a record in the database */
  DESK_IMPORT_MATCH_SIMILAR,   /* the conflict check finds a client with a name alike */
  DESK_IMPORT_MATCH_EARLIER,   /* the same person as an earlier row of the file */
} DeskImportMatch;

/* What the import does with a row. */
typedef enum
{
  DESK_IMPORT_CREATE,  /* a new record */
  DESK_IMPORT_SKIP,    /* nothing */
  DESK_IMPORT_MERGE,   /* fills the empty fields of the record it matches */
} DeskImportAction;

/**
 * DeskImportRow:
 * @index: the record of the file, from 0 for the first after the header
 * @line: the line of the file it starts on
 * @record: the record as it will be stored: a new one, or for a merge the
 *   existing record filled in; NULL when the row could not be read at all
 * @problems: every reason the row cannot be imported (GError,
 *   DESK_ERROR_INVALID); empty when it can
 * @values: for each target of the kind, the value as it will be stored, in
 *   words ("" when it has none)
 * @match: how the row relates to existing records or an earlier row
 * @match_id: the record it matches (SAME, SIMILAR)
 * @match_line: the line of the row it repeats (EARLIER)
 * @match_name: the matching record or row in words, or NULL
 * @action: what the import does with it
 * @conflicts: adverse parties and volunteers whose names look like the
 *   client's (DeskConflictHit), for a person to look at; may be empty
 */
typedef struct
{
  guint             index;
  guint             line;
  DeskRecord       *record;
  GPtrArray        *problems;
  GStrv             values;
  DeskImportMatch   match;
  gint64            match_id;
  guint             match_line;
  char             *match_name;
  DeskImportAction  action;
  GPtrArray        *conflicts;
} DeskImportRow;

void desk_import_row_free (DeskImportRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskImportRow, desk_import_row_free)

/**
 * DeskImportReport:
 * @batch_id: the batch an import wrote (desk_store_undo_import()); 0 for a
 *   preview or a check
 * @n_rows: the records read after the header (blank ones are not counted)
 * @n_create: rows that make a new record
 * @n_merge: rows that fill in an existing record
 * @n_skip: rows left out (duplicates)
 * @n_bad: rows with problems; while there is one, nothing is imported
 * @n_matches: rows that match an existing record or an earlier row
 * @n_conflicts: rows whose name looks like an adverse party's or a volunteer's
 * @rows: DeskImportRow: for a preview every row read; for a check or an
 *   import, the rows with problems, matches or conflicts
 */
typedef struct
{
  gint64     batch_id;
  guint      n_rows;
  guint      n_create;
  guint      n_merge;
  guint      n_skip;
  guint      n_bad;
  guint      n_matches;
  guint      n_conflicts;
  GPtrArray *rows;
} DeskImportReport;

void desk_import_report_free (DeskImportReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskImportReport, desk_import_report_free)

/** desk_import_kind_get_nick: "clients", "cases", "volunteers" or "time", as the command line says it. */
const char             *desk_import_kind_get_nick    (DeskImportKind     kind);
/** desk_import_kind_from_nick: the kind called @nick; FALSE when none is. */
gboolean                desk_import_kind_from_nick   (const char        *nick,
                                                      DeskImportKind    *kind);
/** desk_import_kind_get_label: "Clients", "Cases", "Volunteers" or "Time entries", translated. */
const char             *desk_import_kind_get_label   (DeskImportKind     kind);
/** desk_import_kind_get_targets: the fields a file of @kind can fill, in the order a form shows them. */
const DeskImportTarget *desk_import_kind_get_targets (DeskImportKind     kind,
                                                      guint             *n_targets);
/** desk_import_target_get_label: the target's label, translated. */
const char             *desk_import_target_get_label (const DeskImportTarget *target);

#define DESK_TYPE_IMPORT (desk_import_get_type ())
G_DECLARE_FINAL_TYPE (DeskImport, desk_import, DESK, IMPORT, GObject)

/** desk_import_new: an import of @kind into @store, with no file yet. */
DeskImport     *desk_import_new               (DeskStore          *store,
                                               DeskImportKind      kind);
DeskImportKind  desk_import_get_kind          (DeskImport         *self);
DeskStore      *desk_import_get_store         (DeskImport         *self);

/** desk_import_load_file: reads the CSV file at @path (see desk_csv_read()) and guesses the mapping from its header. */
gboolean        desk_import_load_file         (DeskImport         *self,
                                               const char         *path,
                                               DeskCsvEncoding     encoding,
                                               GError            **error);
/** desk_import_load_data: desk_import_load_file() for @length bytes of @data, called @file_name. */
gboolean        desk_import_load_data         (DeskImport         *self,
                                               const char         *file_name,
                                               const char         *data,
                                               gsize               length,
                                               DeskCsvEncoding     encoding,
                                               GError            **error);
/** desk_import_get_could_be_windows_1252: whether the last load failed on bytes that read as Windows-1252 (offer to read it so). */
gboolean        desk_import_get_could_be_windows_1252 (DeskImport *self);
/** desk_import_get_file_name: the base name of the file loaded, or NULL. */
const char     *desk_import_get_file_name     (DeskImport         *self);
/** desk_import_get_delimiter: the delimiter of the file loaded. */
char            desk_import_get_delimiter     (DeskImport         *self);
/** desk_import_get_n_columns: how many columns the header has. */
guint           desk_import_get_n_columns     (DeskImport         *self);
/** desk_import_get_column: the header of column @column (from 0). */
const char     *desk_import_get_column        (DeskImport         *self,
                                               guint               column);
/** desk_import_get_n_rows: how many records follow the header. */
guint           desk_import_get_n_rows        (DeskImport         *self);

/** desk_import_get_mapping: the column target @target reads, -1 when none. */
int             desk_import_get_mapping       (DeskImport         *self,
                                               const char         *target);
/** desk_import_set_mapping: makes target @target read column @column (-1: none). */
gboolean        desk_import_set_mapping       (DeskImport         *self,
                                               const char         *target,
                                               int                 column,
                                               GError            **error);
/** desk_import_map: applies "target=column" (the column by its header or its number from 1; "target=" maps it to nothing). */
gboolean        desk_import_map               (DeskImport         *self,
                                               const char         *spec,
                                               GError            **error);
/** desk_import_guess_mapping: maps each target to the first column whose header means it; the others to nothing. */
void            desk_import_guess_mapping     (DeskImport         *self);
/** desk_import_check_mapping: whether every required target reads a column and no column is read twice; the error says what is missing. */
gboolean        desk_import_check_mapping     (DeskImport         *self,
                                               GError            **error);

/** desk_import_set_action: what to do with row @index when it matches a record (ignored for a row that matches nothing). */
void            desk_import_set_action        (DeskImport         *self,
                                               guint               index,
                                               DeskImportAction    action);
/** desk_import_set_all_actions: what to do with every row that matches a record, replacing the choices made row by row. */
void            desk_import_set_all_actions   (DeskImport         *self,
                                               DeskImportAction    action);
/** desk_import_get_action: what happens to row @index when it matches as @match: the choice made, else skip for the same person and create for a similar name. */
DeskImportAction desk_import_get_action       (DeskImport         *self,
                                               guint               index,
                                               DeskImportMatch     match);

/** desk_import_preview: the first @n_rows rows as they will be stored, validated, with their matches (every row in the report). */
DeskImportReport *desk_import_preview         (DeskImport         *self,
                                               guint               n_rows,
                                               GError            **error);
/** desk_import_check: the dry run: every row read and checked, nothing written; @progress reports rows. */
DeskImportReport *desk_import_check           (DeskImport         *self,
                                               DeskProgressFunc    progress,
                                               gpointer            progress_data,
                                               GCancellable       *cancellable,
                                               GError            **error);
/**
 * desk_import_run: checks every row again and, when none has a problem,
 * writes them all in one transaction as one batch; nothing when one row
 * has a problem, when @cancellable is cancelled (G_IO_ERROR_CANCELLED) or
 * on any failure.  @progress reports rows read, then rows written.
 */
DeskImportReport *desk_import_run             (DeskImport         *self,
                                               DeskProgressFunc    progress,
                                               gpointer            progress_data,
                                               GCancellable       *cancellable,
                                               GError            **error);

/** desk_import_check_async: desk_import_check() in a thread on its own connection; @progress runs in the caller's thread-default main context. The mapping and choices must not change until @callback. */
void              desk_import_check_async     (DeskImport         *self,
                                               DeskProgressFunc    progress,
                                               gpointer            progress_data,
                                               GCancellable       *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer            user_data);
DeskImportReport *desk_import_check_finish    (DeskImport         *self,
                                               GAsyncResult       *result,
                                               GError            **error);
/** desk_import_run_async: desk_import_run() in a thread on its own connection (the store's lists hear of it at desk_store_poll_external_changes()). */
void              desk_import_run_async       (DeskImport         *self,
                                               DeskProgressFunc    progress,
                                               gpointer            progress_data,
                                               GCancellable       *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer            user_data);
DeskImportReport *desk_import_run_finish      (DeskImport         *self,
                                               GAsyncResult       *result,
                                               GError            **error);

G_END_DECLS
