/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "probono"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "desk-error.h"
#include "desk-match-circles.h"
#include "desk-store-mentorship.h"
#include "probono-cli.h"
#include "probono-output.h"

/*
 * probono match: proposes mentors for the mentees who have none, with the
 * same store adapter and matcher as the window.  The run is gathered into
 * one report (an a{sv}); --json prints it as it is, and the plain output
 * reads the same report, so both always say the same thing.
 */

/* How --tier names the solves; NULL: the program's own shape. */
static gboolean
parse_tier (const char *text,
            DeskTier   *only,
            gboolean   *tiered)
{
  *only = DESK_TIER_NONE;
  *tiered = TRUE;
  if (g_str_equal (text, "all"))
    return TRUE;
  if (g_str_equal (text, "senior"))
    *only = DESK_TIER_SENIOR;
  else if (g_str_equal (text, "intermediate"))
    *only = DESK_TIER_INTERMEDIATE;
  return *only != DESK_TIER_NONE;
}

/* Applies each "KEY=VALUE" of --setting, then --floor; FALSE with the exit status. */
static gboolean
build_settings (DeskMatchSettings  *settings,
                char              **assignments,
                const char         *floor_text,
                int                *status)
{
  g_autoptr(GError) error = NULL;

  desk_match_settings_init (settings);
  for (guint i = 0; assignments != NULL && assignments[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (assignments[i], "=", 2);

      if (parts[1] == NULL)
        {
          g_autofree char *shown = probono_escape_text (assignments[i]);

          *status = probono_fail (EXIT_USAGE, _("Write a setting as KEY=VALUE, for example “floor=40”, not “%s”."), shown);
          return FALSE;
        }
      if (!desk_match_settings_parse (settings, g_strstrip (parts[0]), g_strstrip (parts[1]), &error))
        break;
    }
  if (error == NULL && floor_text != NULL)
    desk_match_settings_parse (settings, "floor", floor_text, &error);

  if (error != NULL)
    {
      g_autofree char *shown = probono_escape_text (error->message);

      *status = probono_fail (EXIT_USAGE, "%s", shown);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_scores_csv (DeskMatchProblem  *problem,
                  const char        *path,
                  GError           **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileOutputStream) stream = NULL;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (stream != NULL &&
      desk_matcher_write_scores_csv (problem, G_OUTPUT_STREAM (stream), NULL, error) &&
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
    return TRUE;

  g_prefix_error (error, _("The scores file could not be written. "));
  return FALSE;
}

static const char *
name_of (DeskMatchProblem *problem,
         gint64            id)
{
  const DeskMatchProfile *profile = desk_match_problem_lookup (problem, id);

  return profile != NULL ? profile->name : "";
}

/* What the load spreading costs the proposals: a mentor's k-th new mentee
 * costs desk_match_settings_slot_penalty (k), as the matcher counts it. */
static gint64
spreading_penalty (DeskMatchResult *result)
{
  const DeskMatchSettings *settings = desk_match_problem_get_settings (desk_match_result_get_problem (result));
  g_autoptr(GHashTable) places = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  const DeskMatchPair *pairs;
  guint n_pairs;
  gint64 penalty = 0;

  pairs = desk_match_result_get_pairs (result, &n_pairs);
  for (guint i = 0; i < n_pairs; i++)
    if (pairs[i].kind != DESK_MATCH_PAIR_LOCKED)
      {
        guint place = GPOINTER_TO_UINT (g_hash_table_lookup (places, &pairs[i].mentor_id)) + 1;

        g_hash_table_replace (places, g_memdup2 (&pairs[i].mentor_id, sizeof (gint64)), GUINT_TO_POINTER (place));
        penalty += desk_match_settings_slot_penalty (settings, place);
      }
  return penalty;
}

/* The run as a{sv}: settings, tier, proposals, unmatched with their
 * reasons, and the totals. */
static GVariant *
build_report (DeskMatchResult  *result,
              const char       *tier,
              int               n_saved,
              GError          **error)
{
  DeskMatchProblem *problem = desk_match_result_get_problem (result);
  GVariantBuilder report, proposals, unmatched;
  const DeskMatchPair *pairs;
  const gint64 *ids;
  guint n_pairs, n_ids, n_kept = 0;
  gint64 total = 0, penalty;

  g_variant_builder_init (&report, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&report, "{sv}", "settings",
                         desk_match_settings_to_variant (desk_match_problem_get_settings (problem)));
  g_variant_builder_add (&report, "{sv}", "tier", g_variant_new_string (tier));

  g_variant_builder_init (&proposals, G_VARIANT_TYPE ("aa{sv}"));
  pairs = desk_match_result_get_pairs (result, &n_pairs);
  for (guint i = 0; i < n_pairs; i++)
    {
      if (pairs[i].kind == DESK_MATCH_PAIR_LOCKED)
        {
          n_kept++;
          continue;
        }
      total += pairs[i].score;
      g_variant_builder_open (&proposals, G_VARIANT_TYPE_VARDICT);
      g_variant_builder_add (&proposals, "{sv}", "mentee_id", g_variant_new_int64 (pairs[i].mentee_id));
      g_variant_builder_add (&proposals, "{sv}", "mentee", g_variant_new_string (name_of (problem, pairs[i].mentee_id)));
      g_variant_builder_add (&proposals, "{sv}", "mentor_id", g_variant_new_int64 (pairs[i].mentor_id));
      g_variant_builder_add (&proposals, "{sv}", "mentor", g_variant_new_string (name_of (problem, pairs[i].mentor_id)));
      g_variant_builder_add (&proposals, "{sv}", "score", g_variant_new_uint32 (pairs[i].score));
      g_variant_builder_add (&proposals, "{sv}", "explanation", g_variant_new_string (pairs[i].explanation));
      g_variant_builder_close (&proposals);
    }
  g_variant_builder_add (&report, "{sv}", "proposals", g_variant_builder_end (&proposals));

  g_variant_builder_init (&unmatched, G_VARIANT_TYPE ("aa{sv}"));
  ids = desk_match_result_get_unmatched (result, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autofree char *reason = desk_match_result_why_unmatched (result, ids[i], error);

      if (reason == NULL)
        {
          g_variant_builder_clear (&unmatched);
          g_variant_builder_clear (&report);
          return NULL;
        }
      g_variant_builder_open (&unmatched, G_VARIANT_TYPE_VARDICT);
      g_variant_builder_add (&unmatched, "{sv}", "mentee_id", g_variant_new_int64 (ids[i]));
      g_variant_builder_add (&unmatched, "{sv}", "mentee", g_variant_new_string (name_of (problem, ids[i])));
      g_variant_builder_add (&unmatched, "{sv}", "reason", g_variant_new_string (reason));
      g_variant_builder_close (&unmatched);
    }
  g_variant_builder_add (&report, "{sv}", "unmatched", g_variant_builder_end (&unmatched));

  penalty = spreading_penalty (result);
  g_variant_builder_add (&report, "{sv}", "kept", g_variant_new_uint32 (n_kept));
  g_variant_builder_add (&report, "{sv}", "total_score", g_variant_new_int64 (total));
  g_variant_builder_add (&report, "{sv}", "spreading_penalty", g_variant_new_int64 (penalty));
  g_variant_builder_add (&report, "{sv}", "net_score", g_variant_new_int64 (total - penalty));
  if (n_saved >= 0)
    g_variant_builder_add (&report, "{sv}", "saved", g_variant_new_uint32 ((guint) n_saved));
  return g_variant_ref_sink (g_variant_builder_end (&report));
}

/* "floor=30 … required-training=coaching,legal-ethics": what --setting takes. */
static void
append_settings_line (GString  *out,
                      GVariant *settings)
{
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_variant_iter_init (&iter, settings);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      g_string_append_printf (out, " %s=", key);
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY))
        {
          g_autofree const char **nicks = g_variant_get_strv (value, NULL);
          g_autofree char *joined = g_strjoinv (",", (char **) nicks);

          g_string_append (out, joined[0] != '\0' ? joined : "none");
        }
      else
        {
          g_autofree char *text = g_variant_print (value, FALSE);

          g_string_append (out, text);
        }
      g_variant_unref (value);
    }
}

/* "Luis Ortega (#12)" */
static void
append_person (GString  *out,
               GVariant *row,
               const char *name_key,
               const char *id_key)
{
  const char *name = NULL;
  gint64 id = 0;

  g_variant_lookup (row, name_key, "&s", &name);
  g_variant_lookup (row, id_key, "x", &id);
  probono_append_text (out, name);
  g_string_append_printf (out, " (#%" G_GINT64_FORMAT ")", id);
}

static char *
format_text (GVariant *report)
{
  g_autoptr(GVariant) settings = g_variant_lookup_value (report, "settings", G_VARIANT_TYPE_VARDICT);
  g_autoptr(GVariant) proposals = g_variant_lookup_value (report, "proposals", G_VARIANT_TYPE ("aa{sv}"));
  g_autoptr(GVariant) unmatched = g_variant_lookup_value (report, "unmatched", G_VARIANT_TYPE ("aa{sv}"));
  GString *out = g_string_new (NULL);
  const char *tier = NULL;
  gint64 total = 0, penalty = 0, net = 0;
  g_autofree char *total_text = NULL;
  g_autofree char *net_text = NULL;
  g_autofree char *penalty_text = NULL;
  guint kept = 0, saved = 0, n_proposals;

  /* TRANSLATORS: the first line of "probono match"; KEY=VALUE pairs follow */
  g_string_append (out, _("Settings:"));
  append_settings_line (out, settings);
  g_string_append_c (out, '\n');
  g_variant_lookup (report, "tier", "&s", &tier);
  if (g_str_equal (tier, "all"))
    g_string_append_printf (out, "%s\n", _("Seniors mentor intermediates, and intermediates mentor novices."));
  else if (g_str_equal (tier, "senior"))
    g_string_append_printf (out, "%s\n", _("Only seniors for intermediates."));
  else if (g_str_equal (tier, "intermediate"))
    g_string_append_printf (out, "%s\n", _("Only intermediates for novices."));
  g_string_append_c (out, '\n');

  g_string_append_printf (out, "%s\n", _("Proposed pairings (mentee, mentor, score, why):"));
  for (gsize i = 0; i < g_variant_n_children (proposals); i++)
    {
      g_autoptr(GVariant) row = g_variant_get_child_value (proposals, i);
      const char *explanation = NULL;
      guint score = 0;

      g_variant_lookup (row, "score", "u", &score);
      g_variant_lookup (row, "explanation", "&s", &explanation);
      append_person (out, row, "mentee", "mentee_id");
      g_string_append_c (out, '\t');
      append_person (out, row, "mentor", "mentor_id");
      g_string_append_printf (out, "\t%u\t", score);
      probono_append_text (out, explanation);
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out, "\n%s\n", _("Without a mentor (mentee, why):"));
  for (gsize i = 0; i < g_variant_n_children (unmatched); i++)
    {
      g_autoptr(GVariant) row = g_variant_get_child_value (unmatched, i);
      const char *reason = NULL;

      g_variant_lookup (row, "reason", "&s", &reason);
      append_person (out, row, "mentee", "mentee_id");
      g_string_append_c (out, '\t');
      probono_append_text (out, reason);
      g_string_append_c (out, '\n');
    }

  g_variant_lookup (report, "kept", "u", &kept);
  g_variant_lookup (report, "total_score", "x", &total);
  g_variant_lookup (report, "spreading_penalty", "x", &penalty);
  g_variant_lookup (report, "net_score", "x", &net);
  g_string_append_c (out, '\n');
  total_text = g_strdup_printf ("%" G_GINT64_FORMAT, total);
  net_text = g_strdup_printf ("%" G_GINT64_FORMAT, net);
  penalty_text = g_strdup_printf ("%" G_GINT64_FORMAT, penalty);
  n_proposals = (guint) g_variant_n_children (proposals);
  /* TRANSLATORS: "Total score: 5193 for 74 proposals, 5063 after 130 for spreading the load." */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            "Total score: %s for %u proposal, %s after %s for spreading the load.",
                                            "Total score: %s for %u proposals, %s after %s for spreading the load.",
                                            n_proposals),
                          total_text, n_proposals, net_text, penalty_text);
  g_string_append_c (out, '\n');
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            "%u accepted, active or pinned pairing stays as it is.",
                                            "%u accepted, active or pinned pairings stay as they are.", kept),
                          kept);
  g_string_append_c (out, '\n');
  if (g_variant_lookup (report, "saved", "u", &saved))
    {
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "Saved %u proposed pairing.",
                                                "Saved %u proposed pairings.", saved),
                              saved);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* ---- circles ---------------------------------------------------------------------- */

static void
add_person (GVariantBuilder  *builder,
            DeskMatchProblem *problem,
            gint64            id)
{
  g_variant_builder_open (builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (builder, "{sv}", "id", g_variant_new_int64 (id));
  g_variant_builder_add (builder, "{sv}", "name", g_variant_new_string (name_of (problem, id)));
  g_variant_builder_close (builder);
}

/* Every mentor leads a circle of the mentees who have no pairing yet. */
static GVariant *
build_circles_report (DeskMatchProblem  *problem,
                      GError           **error)
{
  g_autoptr(GArray) facilitators = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) mentees = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(DeskMatchCircles) circles = NULL;
  GVariantBuilder report, list, unplaced;

  for (guint i = 0; i < desk_match_problem_get_n_profiles (problem); i++)
    {
      const DeskMatchProfile *profile = desk_match_problem_get_profile (problem, i);

      if (profile->is_mentor)
        g_array_append_val (facilitators, profile->id);
      if (profile->wants_mentor)
        g_array_append_val (mentees, profile->id);
    }

  circles = desk_matcher_form_circles (problem, (const gint64 *) facilitators->data, facilitators->len,
                                       (const gint64 *) mentees->data, mentees->len, NULL, error);
  if (circles == NULL)
    return NULL;

  g_variant_builder_init (&report, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&report, "{sv}", "settings",
                         desk_match_settings_to_variant (desk_match_problem_get_settings (problem)));
  g_variant_builder_init (&list, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; i < circles->circles->len; i++)
    {
      const DeskMatchCircle *circle = g_ptr_array_index (circles->circles, i);
      GVariantBuilder members;

      g_variant_builder_init (&members, G_VARIANT_TYPE ("aa{sv}"));
      for (guint m = 0; m < circle->mentee_ids->len; m++)
        add_person (&members, problem, g_array_index (circle->mentee_ids, gint64, m));

      g_variant_builder_open (&list, G_VARIANT_TYPE_VARDICT);
      g_variant_builder_add (&list, "{sv}", "facilitator_id", g_variant_new_int64 (circle->facilitator_id));
      g_variant_builder_add (&list, "{sv}", "facilitator",
                             g_variant_new_string (name_of (problem, circle->facilitator_id)));
      g_variant_builder_add (&list, "{sv}", "practice_area", g_variant_new_string (circle->practice_area));
      g_variant_builder_add (&list, "{sv}", "members", g_variant_builder_end (&members));
      g_variant_builder_close (&list);
    }
  g_variant_builder_add (&report, "{sv}", "circles", g_variant_builder_end (&list));

  g_variant_builder_init (&unplaced, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; i < circles->unplaced->len; i++)
    add_person (&unplaced, problem, g_array_index (circles->unplaced, gint64, i));
  g_variant_builder_add (&report, "{sv}", "unplaced", g_variant_builder_end (&unplaced));

  return g_variant_ref_sink (g_variant_builder_end (&report));
}

static char *
format_circles_text (GVariant *report)
{
  g_autoptr(GVariant) settings = g_variant_lookup_value (report, "settings", G_VARIANT_TYPE_VARDICT);
  g_autoptr(GVariant) circles = g_variant_lookup_value (report, "circles", G_VARIANT_TYPE ("aa{sv}"));
  g_autoptr(GVariant) unplaced = g_variant_lookup_value (report, "unplaced", G_VARIANT_TYPE ("aa{sv}"));
  GString *out = g_string_new (NULL);

  g_string_append (out, _("Settings:"));
  append_settings_line (out, settings);
  g_string_append_c (out, '\n');

  for (gsize i = 0; i < g_variant_n_children (circles); i++)
    {
      g_autoptr(GVariant) circle = g_variant_get_child_value (circles, i);
      g_autoptr(GVariant) members = g_variant_lookup_value (circle, "members", G_VARIANT_TYPE ("aa{sv}"));
      const char *area = NULL;

      g_variant_lookup (circle, "practice_area", "&s", &area);
      /* TRANSLATORS: a circle's first line: its facilitator follows, then its practice area */
      g_string_append (out, _("Circle of"));
      g_string_append_c (out, ' ');
      append_person (out, circle, "facilitator", "facilitator_id");
      g_string_append (out, " · ");
      probono_append_text (out, area);
      g_string_append_c (out, '\n');
      for (gsize m = 0; m < g_variant_n_children (members); m++)
        {
          g_autoptr(GVariant) member = g_variant_get_child_value (members, m);

          g_string_append (out, "\t");
          append_person (out, member, "name", "id");
          g_string_append_c (out, '\n');
        }
    }

  if (g_variant_n_children (unplaced) > 0)
    {
      g_string_append_c (out, '\n');
      g_string_append (out, _("In no circle (no facilitator shares a practice area, or a rule keeps them apart):"));
      g_string_append_c (out, '\n');
      for (gsize i = 0; i < g_variant_n_children (unplaced); i++)
        {
          g_autoptr(GVariant) person = g_variant_get_child_value (unplaced, i);

          g_string_append (out, "\t");
          append_person (out, person, "name", "id");
          g_string_append_c (out, '\n');
        }
    }

  return g_string_free (out, FALSE);
}

int
probono_cmd_match (ProbonoContext  *context,
                   const Command   *command,
                   int              argc,
                   char           **argv)
{
  g_autofree char *tier_text = NULL;
  g_autofree char *floor_text = NULL;
  g_autofree char *csv_path = NULL;
  g_auto(GStrv) assignments = NULL;
  gboolean json = FALSE, save = FALSE, circles = FALSE;
  GOptionEntry entries[] = {
    { "tier", 0, 0, G_OPTION_ARG_STRING, &tier_text,
      N_("Solve a tiered program: seniors for intermediates (senior), intermediates for novices (intermediate) "
         "or both (all); default: the program's settings"), N_("TIER") },
    { "floor", 0, 0, G_OPTION_ARG_STRING, &floor_text, N_("The lowest score to propose, 0 to 100 (default: 30)"), N_("N") },
    { "setting", 0, 0, G_OPTION_ARG_STRING_ARRAY, &assignments,
      N_("Change a matching setting, e.g. slot-penalty=0 or required-training=coaching (repeatable)"), N_("KEY=VALUE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the settings, proposals, unmatched mentees and totals as JSON"), NULL },
    { "circles", 0, 0, G_OPTION_ARG_NONE, &circles,
      N_("Group the mentees into circles, each led by a mentor and sharing a practice area (nothing is saved)"), NULL },
    { "save", 0, 0, G_OPTION_ARG_NONE, &save, N_("Save the proposals as Proposed pairings (they replace earlier ones)"), NULL },
    { "scores-csv", 0, 0, G_OPTION_ARG_FILENAME, &csv_path,
      N_("Write every mentee × mentor pair to FILE: mentee_id,mentor_id,mentor_free_slots,score,excluded_by"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(DeskMatchProblem) problem = NULL;
  g_autoptr(DeskMatchResult) result = NULL;
  g_autoptr(GVariant) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = NULL;
  DeskMatchSettings settings;
  DeskTier only = DESK_TIER_NONE;
  gboolean tiered = FALSE;
  guint n_saved = 0;
  int status = EXIT_OK;

  if (!probono_parse_command_options (command, entries, &argc, &argv, &status))
    return status;
  if (tier_text != NULL && !parse_tier (tier_text, &only, &tiered))
    {
      g_autofree char *shown = probono_escape_text (tier_text);

      return probono_fail (EXIT_USAGE, _("The tier is senior, intermediate or all, not “%s”."), shown);
    }
  if (circles && (save || csv_path != NULL || tier_text != NULL))
    return probono_fail (EXIT_USAGE, _("--circles forms circles only: leave out --save, --scores-csv and --tier."));
  if (!build_settings (&settings, assignments, floor_text, &status))
    return status;
  if (tiered)
    settings.tiered = TRUE;

  store = probono_open_store (context, TRUE, &status);
  if (store == NULL)
    return status;

  problem = desk_store_load_match_problem (store, &settings, NULL, NULL, NULL, &error);
  if (problem != NULL && circles)
    {
      report = build_circles_report (problem, &error);
      if (report == NULL)
        {
          g_autofree char *shown = probono_escape_text (error->message);

          return probono_fail (EXIT_FAILED, "%s", shown);
        }
      out = g_string_new (NULL);
      if (json)
        {
          probono_append_json_value (out, report);
          g_string_append_c (out, '\n');
          fwrite (out->str, 1, out->len, stdout);
        }
      else
        {
          g_autofree char *text = format_circles_text (report);

          g_print ("%s", text);
        }
      return EXIT_OK;
    }
  if (problem != NULL && only != DESK_TIER_NONE)
    desk_match_problem_keep_tier (problem, only);
  if (problem != NULL && csv_path != NULL && !write_scores_csv (problem, csv_path, &error))
    g_clear_pointer (&problem, desk_match_problem_unref);
  if (problem != NULL)
    result = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
  if (result != NULL && save && !desk_store_save_match_result (store, result, &n_saved, &error))
    g_clear_pointer (&result, desk_match_result_unref);
  if (result != NULL)
    report = build_report (result, tier_text != NULL ? tier_text : settings.tiered ? "all" : "one-to-one",
                           save ? (int) n_saved : -1, &error);
  if (report == NULL)
    {
      g_autofree char *shown = probono_escape_text (error->message);

      return probono_fail (EXIT_FAILED, "%s", shown);
    }

  if (json)
    {
      out = g_string_new (NULL);
      probono_append_json_value (out, report);
      g_string_append_c (out, '\n');
      /* JSON is UTF-8 whatever the locale: written as it is. */
      fwrite (out->str, 1, out->len, stdout);
    }
  else
    {
      g_autofree char *text = format_text (report);

      g_print ("%s", text);
    }
  return EXIT_OK;
}
