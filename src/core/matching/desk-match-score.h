/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * The compatibility of a mentee and a mentor, 0–100: the weighted mean
 * (DeskMatchSettings.weights) of eight parts, each 0–1000 (per mille):
 *
 *  practice areas  the share of the mentee's areas the mentor also has
 *                  (compared without case, accents, spaces or punctuation)
 *  goals           the share of the mentee's goals the mentor can help with
 *  availability    shared weekly blocks; three or more is full marks
 *  language        any language both speak
 *  experience      the mentor's extra years: full inside the ideal gap,
 *                  falling to 0 at no extra years below it, and 50 a year
 *                  above it (never under 300: a veteran still helps)
 *  location        same county, or both fine with meeting remotely
 *  meeting         a way to meet both accept (in person only, across two
 *                  known counties, is half)
 *  hours           full when the mentor has the hours a month the mentee
 *                  wants, else in proportion
 *
 * A part neither profile can judge (no areas listed, experience unknown, …)
 * counts as half, and explanations leave it out.  Integer arithmetic only,
 * so a score is the same on every machine.
 */

#include "desk-match-settings.h"

G_BEGIN_DECLS

#define DESK_MATCH_PART_FULL    1000
#define DESK_MATCH_PART_UNKNOWN 500

/**
 * DeskMatchScore:
 * @score: the compatibility, 0–100
 * @parts: each DeskMatchComponent, 0–1000
 * @known: bit 1 << component set when both profiles told what the part needs
 */
typedef struct
{
  guint   score;
  guint16 parts[DESK_MATCH_N_COMPONENTS];
  guint   known;
} DeskMatchScore;

G_END_DECLS
