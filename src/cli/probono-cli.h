/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the files of the probono command share: the exit statuses, the
 * command table's types and the helpers every command uses. */

#include <glib.h>

#include "desk-error.h"
#include "desk-store.h"

G_BEGIN_DECLS

enum
{
  EXIT_OK          = 0,
  EXIT_FAILED      = 1,
  EXIT_USAGE       = 2,
  EXIT_INTERRUPTED = 130,
};

typedef struct
{
  const char *db_path;
} ProbonoContext;

typedef struct _Command Command;

/* @argv[0] is the command's name; returns the exit status. */
typedef int (*CommandFunc) (ProbonoContext  *context,
                            const Command   *command,
                            int              argc,
                            char           **argv);

struct _Command
{
  const char  *name;
  const char  *summary;  /* N_() */
  CommandFunc  run;
};

/* Prints "probono: MESSAGE" on stderr, escaped; returns @status. */
int        probono_fail                  (int             status,
                                          const char     *format,
                                          ...) G_GNUC_PRINTF (2, 3);
/* probono_fail() for a core error: EXIT_USAGE when the input was invalid. */
int        probono_fail_with             (const GError   *error);
/* @text with control characters, reordering characters and bytes that are
 * not UTF-8 written as \t, \x1b, \u202e, \xff (and \ as \\). */
char      *probono_escape                (const char     *text);
/* Prints the fields, escaped, tab-separated, as one line; NULL ends them. */
void       probono_print_row             (const char     *first,
                                          ...) G_GNUC_NULL_TERMINATED;
gboolean   probono_parse_number          (const char     *text,
                                          guint64         min,
                                          guint64         max,
                                          guint64        *out);
DeskStore *probono_open_store            (ProbonoContext *context,
                                          gboolean        must_exist,
                                          int            *status);
gboolean   probono_parse_command_options (const Command  *command,
                                          GOptionEntry   *entries,
                                          int            *argc,
                                          char         ***argv,
                                          int            *status);

int probono_cmd_cases       (ProbonoContext *context, const Command *command, int argc, char **argv);
int probono_cmd_conflicts   (ProbonoContext *context, const Command *command, int argc, char **argv);
int probono_cmd_eligibility (ProbonoContext *context, const Command *command, int argc, char **argv);
int probono_cmd_match       (ProbonoContext *context, const Command *command, int argc, char **argv);
int probono_cmd_export      (ProbonoContext *context, const Command *command, int argc, char **argv);
int probono_cmd_import      (ProbonoContext *context, const Command *command, int argc, char **argv);
int probono_cmd_backup      (ProbonoContext *context, const Command *command, int argc, char **argv);
int probono_cmd_restore     (ProbonoContext *context, const Command *command, int argc, char **argv);

G_END_DECLS
