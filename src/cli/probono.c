/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Placeholder until the CLI lands. */
int
main (void)
{
  return 1;
}
