/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the files of the matcher share and nobody else sees: the insides of
 * a problem and a result, and the index that turns profiles into small
 * integers so a million pairs are scored in one quick pass. */

#include "desk-match-cost.h"
#include "desk-match-result.h"
#include "desk-match-score.h"
#include "desk-match-solver.h"

G_BEGIN_DECLS

#define DESK_MATCH_RULE_BIT(rule) (1u << (rule))

/* A pair that stays: a lock of the problem, a what-if's forced pair, or a
 * proposal held while the mentees a decline affects are re-solved. */
typedef struct
{
  gint64            mentee_id;
  gint64            mentor_id;
  DeskMatchPairKind kind;
} DeskMatchFixed;

struct _DeskMatchProblem
{
  gatomicrefcount    ref_count;
  DeskMatchSettings  settings;
  GPtrArray         *profiles;   /* DeskMatchProfile, owned, in the order added */
  GHashTable        *by_id;      /* &profile->id → profile */
  GArray            *fixed;      /* DeskMatchFixed: locks and forced pairs */
  GArray            *exclusions; /* DeskMatchExcludedPair */
};

/* A volunteer in the index.  Lists are sorted runs of interned ids in the
 * index's pool; "bans" are the pairs excluded by rule with this volunteer
 * as mentee. */
typedef struct
{
  const DeskMatchProfile *profile;
  guint                   areas, n_areas;
  guint                   languages, n_languages;
  guint                   must, n_must;
  guint                   county;        /* 0 when unknown */
  guint                   load;          /* fixed pairs with this volunteer as mentor */
  int                     fixed_mentor;  /* index position of the fixed mentor, or -1 */
  DeskMatchPairKind       fixed_kind;
  guint                   bans, n_bans;
} DeskMatchEntry;

typedef struct
{
  guint mentor;
  guint rule;
} DeskMatchBan;

typedef struct
{
  const DeskMatchSettings *settings;
  DeskMatchEntry          *entries;     /* by volunteer id */
  guint                    n_entries;
  GArray                  *pool;        /* guint32 */
  GArray                  *bans;        /* DeskMatchBan, by mentee then mentor */
  GHashTable              *positions;   /* gint64 id → position + 1 */
  GHashTable              *areas;       /* normalized → id */
  GHashTable              *languages;
  GHashTable              *counties;
} DeskMatchIndex;

struct _DeskMatchResult
{
  gatomicrefcount   ref_count;
  DeskMatchProblem *problem;
  DeskMatchIndex   *index;       /* of the problem alone, made when first needed */
  GArray           *pairs;       /* DeskMatchPair, by mentee id */
  GArray           *unmatched;   /* gint64 */
  gint64            total_score;
  gint64            cost;
};

/* The problem */
void            _desk_match_problem_add_fixed  (DeskMatchProblem       *problem,
                                                gint64                  mentee_id,
                                                gint64                  mentor_id,
                                                DeskMatchPairKind       kind);

/* The index: @extra are fixed pairs beyond the problem's own */
DeskMatchIndex *_desk_match_index_new          (const DeskMatchProblem *problem,
                                                const DeskMatchFixed   *extra,
                                                guint                   n_extra,
                                                GError                **error);
void            _desk_match_index_free         (DeskMatchIndex         *index);
guint           _desk_match_index_position     (const DeskMatchIndex   *index,
                                                gint64                  id);
gboolean        _desk_match_index_require      (const DeskMatchIndex   *index,
                                                gint64                  id,
                                                guint                  *position,
                                                GError                **error);
gboolean        _desk_match_index_pair         (const DeskMatchIndex   *index,
                                                gint64                  mentee_id,
                                                gint64                  mentor_id,
                                                guint                  *mentee,
                                                guint                  *mentor,
                                                GError                **error);
DeskMatchIndex *_desk_match_index_for_pair     (const DeskMatchProblem *problem,
                                                gint64                  mentee_id,
                                                gint64                  mentor_id,
                                                guint                  *mentee,
                                                guint                  *mentor,
                                                GError                **error);
guint           _desk_match_index_rules        (const DeskMatchIndex   *index,
                                                guint                   mentee,
                                                guint                   mentor);
const guint32  *_desk_match_index_list         (const DeskMatchIndex   *index,
                                                guint                   at);
guint           _desk_match_index_intern_find  (GHashTable             *table,
                                                const char             *text);
guint           _desk_match_count_shared       (const guint32          *a,
                                                guint                   n_a,
                                                const guint32          *b,
                                                guint                   n_b);
char           *_desk_match_index_why_not      (const DeskMatchIndex   *index,
                                                guint                   mentee,
                                                guint                   mentor);

/* Scores and explanations (desk-match-score.c) */
guint           _desk_match_index_score        (const DeskMatchIndex   *index,
                                                guint                   mentee,
                                                guint                   mentor,
                                                DeskMatchScore         *detail);
char           *_desk_match_index_explain      (const DeskMatchIndex   *index,
                                                guint                   mentee,
                                                guint                   mentor);

/* Solves and their cost matrices (desk-match-cost.c) */
guint           _desk_match_n_solves           (const DeskMatchSettings *settings);
void            _desk_match_solve_tiers        (const DeskMatchSettings *settings,
                                                guint                    solve,
                                                DeskTier                *mentor_tier,
                                                DeskTier                *mentee_tier);
gboolean        _desk_match_is_free_mentee     (const DeskMatchEntry    *entry,
                                                DeskTier                 mentee_tier);
guint           _desk_match_free_places        (const DeskMatchEntry    *entry);
DeskMatchCostMatrix *
                _desk_match_cost_matrix_build  (const DeskMatchIndex    *index,
                                                guint                    solve,
                                                DeskMatchSolverProgress  progress,
                                                gpointer                 progress_data,
                                                GCancellable            *cancellable,
                                                GError                 **error);

/* Results (desk-match-result.c) */
DeskMatchResult *_desk_match_result_new        (DeskMatchProblem       *problem);
DeskMatchIndex  *_desk_match_result_get_index  (DeskMatchResult        *result,
                                                GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskMatchIndex, _desk_match_index_free)

G_END_DECLS
