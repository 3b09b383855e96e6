/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer: the CSV reader (desk_csv_read) on any bytes. */
#define G_LOG_DOMAIN "fuzz-csv"

#include "config.h"

#include "desk-fuzz.h"

int LLVMFuzzerTestOneInput (const guint8 *data, gsize size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        gsize         size)
{
  desk_fuzz_csv (data, size);
  return 0;
}
