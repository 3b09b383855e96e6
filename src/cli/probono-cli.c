/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "probono"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "probono-cli.h"

/* Characters that would change how the rest of a terminal line reads. */
static gboolean
is_reordering (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

char *
probono_escape (const char *text)
{
  const char *end = text + strlen (text);
  GString *escaped = g_string_sized_new (end - text);

  for (const char *p = text; p < end; )
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      const char *next;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* A byte that is not UTF-8. */
          g_string_append_printf (escaped, "\\x%02x", (guchar) *p);
          p++;
          continue;
        }

      next = g_utf8_next_char (p);
      if (c == '\\')
        g_string_append (escaped, "\\\\");
      else if (c == '\t')
        g_string_append (escaped, "\\t");
      else if (c == '\n')
        g_string_append (escaped, "\\n");
      else if (c == '\r')
        g_string_append (escaped, "\\r");
      else if (g_unichar_type (c) == G_UNICODE_CONTROL && c < 0x80)
        g_string_append_printf (escaped, "\\x%02x", c);
      else if (g_unichar_type (c) == G_UNICODE_CONTROL || is_reordering (c))
        g_string_append_printf (escaped, "\\u%04x", c);
      else
        g_string_append_len (escaped, p, next - p);
      p = next;
    }

  return g_string_free (escaped, FALSE);
}

void
probono_print_row (const char *first,
                   ...)
{
  g_autoptr(GString) line = g_string_new (NULL);
  guint n = 0;
  va_list args;

  va_start (args, first);
  for (const char *field = first; field != NULL; field = va_arg (args, const char *))
    {
      g_autofree char *escaped = probono_escape (field);

      if (n++ > 0)
        g_string_append_c (line, '\t');
      g_string_append (line, escaped);
    }
  va_end (args);

  g_string_append_c (line, '\n');
  g_print ("%s", line->str);
}

int
probono_fail (int         status,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Messages quote what was typed or stored: never raw control bytes. */
  escaped = probono_escape (message);
  g_printerr ("probono: %s\n", escaped);
  return status;
}

int
probono_fail_with (const GError *error)
{
  /* What the core refuses as invalid came from the command line. */
  return probono_fail (g_error_matches (error, DESK_ERROR, DESK_ERROR_INVALID) ? EXIT_USAGE : EXIT_FAILED,
                       "%s", error->message);
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

