/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The fingerprint of an export: SHA-256 over every value written to the
 * data sheets, in the order written.  Each sheet contributes its name
 * (UTF-8, then a 0 byte) when writing moves to it; each cell its row
 * (32 bits) and column (16 bits), little-endian, a kind byte and its
 * value: 's' text and 'd' dates (YYYY-MM-DD) as the length (32 bits) and
 * UTF-8 bytes, 'n' numbers as IEEE 754 doubles (64 bits, little-endian),
 * 'f' formulas as their text like a string, then the value they compute
 * like a number.  The time of the export and the About sheet are left
 * out, so exporting the same data with the same parameters gives the same
 * fingerprint.
 */

typedef struct _DeskReportFingerprint DeskReportFingerprint;

/** desk_report_fingerprint_new: an empty fingerprint. */
DeskReportFingerprint *desk_report_fingerprint_new      (void);
void                   desk_report_fingerprint_free     (DeskReportFingerprint *self);
/** desk_report_fingerprint_add: adds one cell (a DeskXlsxObserver; see above for @kind). */
void                   desk_report_fingerprint_add      (const char            *sheet,
                                                         guint32                row,
                                                         guint16                column,
                                                         char                   kind,
                                                         const char            *text,
                                                         double                 number,
                                                         gpointer               self);
/** desk_report_fingerprint_get_n_values: how many cells went in. */
guint64                desk_report_fingerprint_get_n_values (DeskReportFingerprint *self);
/** desk_report_fingerprint_finish: the SHA-256 in hexadecimal (free with g_free); nothing may be added afterwards. */
char                  *desk_report_fingerprint_finish   (DeskReportFingerprint *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskReportFingerprint, desk_report_fingerprint_free)

G_END_DECLS
