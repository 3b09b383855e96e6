/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-audit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-audit.h"

/* A record's history: its rows of the audit log, and how a person reads
 * them (the log keeps property names and short codes). */

void
desk_audit_entry_free (DeskAuditEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->at);
  g_free (entry->os_user);
  g_free (entry->program);
  g_free (entry->entity);
  g_free (entry->action);
  g_free (entry->fields);
  g_free (entry);
}

static char *
dup_column (DeskStmt *stmt,
            int       column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

GPtrArray *
desk_store_list_audit (DeskStore   *self,
                       const char  *entity,
                       gint64       entity_id,
                       GError     **error)
{
  DeskDatabase *database;
  g_autoptr(DeskStmt) stmt = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (entity != NULL, NULL);

  database = desk_store_get_database (self);
  /* On the (entity, entity_id) index; "IS" also finds the NULL of batches. */
  stmt = desk_database_prepare (database,
                                "SELECT id, at, os_user, program, entity, entity_id, action, fields FROM audit_log "
                                "WHERE entity = ?1 AND entity_id IS ?2 ORDER BY id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, entity, -1, SQLITE_STATIC);
  if (entity_id > 0)
    sqlite3_bind_int64 (stmt, 2, entity_id);
  else
    sqlite3_bind_null (stmt, 2);

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) desk_audit_entry_free);
  while ((rc = desk_database_step (database, stmt, error)) == SQLITE_ROW)
    {
      DeskAuditEntry *entry = g_new0 (DeskAuditEntry, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->at = dup_column (stmt, 1);
      entry->os_user = dup_column (stmt, 2);
      entry->program = dup_column (stmt, 3);
      entry->entity = dup_column (stmt, 4);
      entry->entity_id = sqlite3_column_int64 (stmt, 5);
      entry->action = dup_column (stmt, 6);
      entry->fields = dup_column (stmt, 7);
      g_ptr_array_add (entries, entry);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&entries);
}

/* "first-name, email" as "first name, e-mail address". */
static char *
field_labels (const char *fields)
{
  g_auto(GStrv) names = g_strsplit (fields, ",", -1);
  g_autoptr(GString) labels = g_string_new (NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *label = NULL;

      g_strstrip (names[i]);
      if (*names[i] == '\0')
        continue;
      label = desk_field_label (names[i]);
      g_string_append_printf (labels, "%s%s", labels->len > 0 ? ", " : "", label);
    }
  return g_string_free (g_steal_pointer (&labels), FALSE);
}

/* The value after "@key: " in "name: Ana Rivera; hits: 2; …", up to the
 * next "; " (the last key takes the rest of the line). */
static char *
summary_value (const char *fields,
               const char *key,
               gboolean    last)
{
  g_autofree char *prefix = g_strconcat (key, ": ", NULL);
  g_autofree char *inner = g_strconcat ("; ", key, ": ", NULL);
  const char *start = NULL;
  const char *end;

  if (g_str_has_prefix (fields, prefix))
    start = fields + strlen (prefix);
  else if ((start = last ? g_strrstr (fields, inner) : strstr (fields, inner)) != NULL)
    start += strlen (inner);
  if (start == NULL)
    return NULL;

  end = last ? NULL : strstr (start, "; ");
  return end != NULL ? g_strndup (start, end - start) : g_strdup (start);
}

static char *
describe_conflict_check (const char *fields)
{
  g_autofree char *name = summary_value (fields, "name", FALSE);
  g_autofree char *hits_text = summary_value (fields, "hits", FALSE);
  g_autofree char *decision = summary_value (fields, "decision", TRUE);
  guint64 hits = hits_text != NULL ? g_ascii_strtoull (hits_text, NULL, 10) : 0;
  g_autofree char *found = NULL;
  const char *outcome;

  if (name == NULL || decision == NULL)
    return g_strdup_printf (_("Conflict check: %s"), fields);

  found = g_strdup_printf (ngettext ("%u possible conflict", "%u possible conflicts", (gulong) hits), (guint) hits);
  if (g_str_equal (decision, "no-conflict"))
    outcome = _("saved as no conflict");
  else if (g_str_equal (decision, "cancelled"))
    outcome = _("not saved");
  else if (g_str_equal (decision, "no-hits"))
    outcome = _("saved");
  else
    outcome = decision;

  /* TRANSLATORS: "Conflict check of “Ana Rivera”: 2 possible conflicts; saved as no conflict" */
  return g_strdup_printf (_("Conflict check of “%s”: %s; %s"), name, found, outcome);
}

/* An action the log names with a code nobody wrote words for yet:
 * "detach-grant" reads "Detach grant". */
static char *
humanize (const char *action,
          const char *fields)
{
  g_autofree char *words = g_strdelimit (g_strdup (action), "-_", ' ');

  if (*words != '\0')
    {
      g_autofree char *rest = g_strdup (g_utf8_next_char (words));
      g_autofree char *first = g_utf8_strup (words, g_utf8_next_char (words) - words);

      g_free (words);
      words = g_strconcat (first, rest, NULL);
    }
  if (*fields == '\0')
    return g_steal_pointer (&words);
  return g_strdup_printf ("%s: %s", words, fields);
}

char *
desk_audit_entry_describe (const DeskAuditEntry *entry)
{
  const char *action;
  g_autofree char *labels = NULL;

  g_return_val_if_fail (entry != NULL, NULL);

  action = entry->action;
  if (g_strcmp0 (entry->entity, "database") == 0 && g_str_equal (action, "backup"))
    return g_strdup_printf (_("Backed up: %s"), entry->fields);
  if (g_strcmp0 (entry->entity, "database") == 0 && g_str_equal (action, "restore"))
    return g_strdup_printf (_("Restored from a backup: %s"), entry->fields);

  if (g_str_equal (action, "create"))
    return g_strdup (_("Created"));
  if (g_str_equal (action, "archive"))
    return g_strdup (_("Archived"));
  if (g_str_equal (action, "restore"))
    return g_strdup (_("Taken out of the archive"));
  if (g_str_equal (action, "conflict-check"))
    return describe_conflict_check (entry->fields);

  if (g_str_equal (action, "update") || g_str_equal (action, "reopen"))
    {
      labels = field_labels (entry->fields);
      if (g_str_equal (action, "reopen"))
        return g_strdup_printf (_("Reopened; changed: %s"), labels);
      if (*labels == '\0')
        return g_strdup (_("Saved without changes"));
      return g_strdup_printf (_("Changed: %s"), labels);
    }

  return humanize (action, entry->fields);
}

char *
desk_audit_entry_describe_who (const DeskAuditEntry *entry)
{
  const char *user;
  g_autofree char *program = NULL;

  g_return_val_if_fail (entry != NULL, NULL);

  user = *entry->os_user != '\0' ? entry->os_user : _("someone");
  if (g_str_equal (entry->program, "probono-desk"))
    program = g_strdup (_("Pro Bono Desk"));
  else if (g_str_equal (entry->program, "probono") || g_str_has_prefix (entry->program, "probono "))
    /* TRANSLATORS: %s is the command, "probono restore" */
    program = g_strdup_printf (_("the command line (%s)"), entry->program);
  else if (*entry->program != '\0')
    program = g_strdup (entry->program);

  if (program == NULL)
    return g_strdup (user);
  /* TRANSLATORS: who did something and with which program: "ana, with Pro Bono Desk" */
  return g_strdup_printf (_("%s, with %s"), user, program);
}

char *
desk_audit_entry_describe_when (const DeskAuditEntry *entry)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (entry != NULL, NULL);

  utc = g_date_time_new_from_iso8601 (entry->at, NULL);
  if (utc == NULL)
    return g_strdup (entry->at);
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}
