/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "probono"

#include "config.h"

#include <glib/gi18n.h>

#include "probono-cli.h"

int
probono_fail (int         status,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("probono: %s\n", message);
  return status;
}

/* Parses @text as a whole number in [@min, @max]. */
gboolean
probono_parse_number (const char *text,
              guint64     min,
              guint64     max,
              guint64    *out)
{
  if (text == NULL || *text == '\0')
    return FALSE;
  return g_ascii_string_to_unsigned (text, 10, min, max, out, NULL);
}

/* Opens the store, printing why it cannot be opened. */
DeskStore *
probono_open_store (ProbonoContext  *context,
            gboolean         must_exist,
            int             *status)
{
  g_autoptr(GError) error = NULL;
  DeskStore *store;

  if (must_exist && !g_file_test (context->db_path, G_FILE_TEST_EXISTS))
    {
      *status = probono_fail (EXIT_FAILED, _("There is no database at “%s”."), context->db_path);
      return NULL;
    }

  store = desk_store_open (context->db_path, &error);
  if (store == NULL)
    *status = probono_fail (EXIT_FAILED, "%s", error->message);
  return store;
}

/* Parses a command's own options (--help prints them and exits); FALSE
 * with the exit status when the command line is wrong. */
gboolean
probono_parse_command_options (const Command  *command,
                       GOptionEntry   *entries,
                       int            *argc,
                       char         ***argv,
                       int            *status)
{
  g_autoptr(GOptionContext) option_context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("probono %s", command->name);

  /* The usage line then reads "probono demo [OPTION…]". */
  g_set_prgname (prgname);
  option_context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (option_context, GETTEXT_PACKAGE);
  g_option_context_set_summary (option_context, _(command->summary));
  g_option_context_add_main_entries (option_context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (option_context, argc, argv, &error))
    {
      *status = probono_fail (EXIT_USAGE, _("%s; run “probono %s --help” to see its options."),
                      error->message, command->name);
      return FALSE;
    }
  if (*argc > 1)
    {
      *status = probono_fail (EXIT_USAGE, _("The %s command does not take the argument “%s”."),
                      command->name, (*argv)[1]);
      return FALSE;
    }

  return TRUE;
}

