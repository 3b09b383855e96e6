/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What a mentoring program decides about matching: how much each part of
 * the compatibility score weighs, the ideal experience gap, the floor under
 * which nobody is proposed, and the program's shape (one-to-one or tiered,
 * circle size).  A plain struct, so the UI can edit and save it. */

#include <glib.h>

#include "desk-enums.h"

G_BEGIN_DECLS

/* The parts of the compatibility score, in the order explanations and the
 * settings editor list them. */
typedef enum
{
  DESK_MATCH_COMPONENT_PRACTICE_AREAS,
  DESK_MATCH_COMPONENT_GOALS,
  DESK_MATCH_COMPONENT_AVAILABILITY,
  DESK_MATCH_COMPONENT_LANGUAGE,
  DESK_MATCH_COMPONENT_EXPERIENCE,
  DESK_MATCH_COMPONENT_LOCATION,
  DESK_MATCH_COMPONENT_MEETING,
  DESK_MATCH_COMPONENT_HOURS,
  DESK_MATCH_N_COMPONENTS
} DeskMatchComponent;

/* Bounds the editor and desk_match_settings_validate() keep to. */
#define DESK_MATCH_MAX_WEIGHT        100
#define DESK_MATCH_MAX_GAP           50
#define DESK_MATCH_MAX_SLOT_PENALTY  20
#define DESK_MATCH_MIN_CIRCLE_SIZE   2
#define DESK_MATCH_MAX_CIRCLE_SIZE   12
#define DESK_MATCH_MAX_STALE_DAYS    365

/**
 * DeskMatchSettings:
 * @weights: how much each DeskMatchComponent counts, 0–100; the score is
 *   the weighted mean of the components, so only their ratios matter
 * @ideal_gap_min: the mentor ideally has at least this many more years of
 *   experience than the mentee
 * @ideal_gap_max: … and at most this many more
 * @floor: a pair scoring under this (0–100) is never proposed
 * @slot_penalty: points each free place of a mentor costs over the place
 *   before it (the k-th costs (k − 1) × this), so that load spreads across
 *   mentors (0 turns spreading off)
 * @required_training: the mentor training the program requires (a set)
 * @tiered: seniors mentor intermediates and intermediates mentor novices,
 *   one solve per tier pair; when FALSE tiers are ignored (one-to-one)
 * @circle_size: how many mentees a circle's facilitator takes at most
 * @stale_days: a proposal nobody answered for this many days is stale
 *   (desk_store_list_stale_proposals()); the matcher itself ignores it
 *
 * Start from desk_match_settings_init(), then change what the program wants.
 */
typedef struct
{
  guint         weights[DESK_MATCH_N_COMPONENTS];
  int           ideal_gap_min;
  int           ideal_gap_max;
  guint         floor;
  guint         slot_penalty;
  DeskTraining  required_training;
  gboolean      tiered;
  guint         circle_size;
  guint         stale_days;
} DeskMatchSettings;

/** desk_match_settings_init: fills @settings with the defaults (a one-to-one program, floor 30, ideal gap 5–15 years, stale after 14 days). */
void        desk_match_settings_init            (DeskMatchSettings       *settings);
/** desk_match_settings_validate: adds a problem to @problems for every field of @settings out of bounds; TRUE when there is none. */
gboolean    desk_match_settings_validate        (const DeskMatchSettings *settings,
                                                 GPtrArray               *problems);
/** desk_match_settings_slot_penalty: what a mentor's @slot-th free place costs (counting from 1; places of locked pairings are not counted). */
guint       desk_match_settings_slot_penalty    (const DeskMatchSettings *settings,
                                                 guint                    slot);
/**
 * desk_match_settings_to_variant: @settings as a floating a{sv} whose keys
 * and value types are those of the GSettings schema
 * org.probonodesk.ProBonoDesk.Matching ("weight-practice-areas": u, …,
 * "floor": u, "required-training": as of DeskTraining nicks, "tiered": b),
 * so a program's settings are kept with GSettings and the core never
 * links it.
 */
GVariant   *desk_match_settings_to_variant      (const DeskMatchSettings *settings);
/**
 * desk_match_settings_from_variant: sets each field @dict (an a{sv} as
 * desk_match_settings_to_variant() writes; consumed when floating) names;
 * the others keep their values.  DESK_ERROR_INVALID, naming the key, for an unknown key, a value
 * of the wrong type, or settings out of bounds; @settings is then left as
 * it was.
 */
gboolean    desk_match_settings_from_variant    (DeskMatchSettings       *settings,
                                                 GVariant                *dict,
                                                 GError                 **error);
/**
 * desk_match_settings_parse: sets the setting @key from @text as a person
 * types it on a command line ("30", "true", "coaching,legal-ethics", "" for
 * no training), with the checks of desk_match_settings_from_variant().
 */
gboolean    desk_match_settings_parse           (DeskMatchSettings       *settings,
                                                 const char              *key,
                                                 const char              *text,
                                                 GError                 **error);
/** desk_match_settings_list_keys: every key of the settings, in the order desk_match_settings_to_variant() writes them (free with g_strfreev). */
GStrv       desk_match_settings_list_keys       (void);
/** desk_match_component_label: the words for @component ("Practice areas"), translated. */
const char *desk_match_component_label          (DeskMatchComponent       component);
/** desk_match_component_nick: a stable machine name for @component ("practice-areas"), for saved settings and CSV headers. */
const char *desk_match_component_nick           (DeskMatchComponent       component);

G_END_DECLS
