/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Placeholder: replaced by the real UI tests of this part. */
#include <glib.h>

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  return g_test_run ();
}
