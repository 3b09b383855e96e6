/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "desk-name-match.h"

static void
test_normalize (void)
{
  const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    /* Spanish */
    { "García", "garcia" },
    { "JOSÉ", "jose" },
    { "Muñoz", "munoz" },
    { "Peña", "pena" },
    /* Portuguese */
    { "João", "joao" },
    { "Gonçalves", "goncalves" },
    { "Conceição", "conceicao" },
    /* Vietnamese, whose letters carry two marks */
    { "Nguyễn", "nguyen" },
    { "Trần", "tran" },
    { "Đặng", "dang" },
    { "Hùng", "hung" },
    /* Polish */
    { "Łukasz", "lukasz" },
    { "Wałęsa", "walesa" },
    { "Żółć", "zolc" },
    { "Wiśniewska", "wisniewska" },
    /* German, Nordic, Icelandic, French */
    { "Straße", "strasse" },
    { "STRASSE", "strasse" },
    { "Müller", "muller" },
    { "Øyvind", "oyvind" },
    { "Ærø", "aero" },
    { "Þór", "thor" },
    { "Guðrún", "gudrun" },
    { "Œuvre", "oeuvre" },
    { "Éloïse", "eloise" },
    /* Czech, Turkish */
    { "Dvořák", "dvorak" },
    { "Işık", "isik" },
    { "İstanbul", "istanbul" },
    /* Apostrophes and the Hawaiian ʻokina join, they do not split */
    { "O'Brien", "obrien" },
    { "O’Brien", "obrien" },
    { "Hawaiʻi", "hawaii" },
    /* Other scripts are kept, case-folded */
    { "Ольга", "ольга" },
    { "ΣΟΦΊΑ", "σοφια" },
    { "王", "王" },
    /* Compatibility forms */
    { "ＡＢＣ", "abc" },
    { "ﬁnn", "finn" },
    /* Digits stay, everything else goes */
    { "Unit 4B", "unit4b" },
    { "---", "" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = desk_name_normalize_token (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }

  {
    g_autofree char *null_out = desk_name_normalize_token (NULL);
    g_autofree char *invalid = desk_name_normalize_token ("Gar\xff" "cia");

    g_assert_cmpstr (null_out, ==, "");
    g_assert_true (g_utf8_validate (invalid, -1, NULL));
    g_assert_true (g_str_has_prefix (invalid, "gar"));
    g_assert_true (g_str_has_suffix (invalid, "cia"));
  }
}

static void
assert_tokens (const char *name,
               const char *expected)
{
  g_auto(GStrv) tokens = desk_name_tokens (name);
  g_autofree char *joined = g_strjoinv ("|", tokens);

  g_assert_cmpstr (joined, ==, expected);
}

static void
test_tokens (void)
{
  assert_tokens ("García, José", "garcia|jose");
  assert_tokens ("jose garcia", "garcia|jose");
  assert_tokens ("Mary-Jane O'Neil", "jane|mary|oneil");
  assert_tokens ("  Smith ,, John.  ", "john|smith");
  assert_tokens ("J.R.R. Tolkien", "j|r|tolkien");
  assert_tokens ("Garcia Garcia", "garcia");
  assert_tokens ("Nguyễn Văn An", "an|nguyen|van");
  assert_tokens ("Smith & Jones (LLC)", "jones|llc|smith");
  assert_tokens ("Ana\tMaría\nLópez", "ana|lopez|maria");
  assert_tokens ("Al–Rashid", "al|rashid");   /* en dash */
  assert_tokens ("", "");
  assert_tokens (" ,.- ", "");
  assert_tokens (NULL, "");

  {
    g_auto(GStrv) none = desk_name_tokens (NULL);

    g_assert_nonnull (none);
    g_assert_null (none[0]);
  }
}

static void
test_key (void)
{
  const char *same[] = { "García, José", "JOSE GARCIA", "josé  garcía", "Garcia-Jose", "José. García." };
  g_autofree char *empty = desk_name_key ("");

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autofree char *key = desk_name_key (same[i]);

      g_assert_cmpstr (key, ==, "garcia jose");
    }

  g_assert_cmpstr (empty, ==, "");
}

static void
test_edit_distance (void)
{
  const struct
  {
    const char *a;
    const char *b;
    guint       distance;
  } cases[] = {
    { "", "", 0 },
    { "", "abc", 3 },
    { "abc", "", 3 },
    { "garcia", "garcia", 0 },
    { "garica", "garcia", 1 },   /* transposition */
    { "grcaia", "garcia", 2 },
    { "garsia", "garcia", 1 },   /* substitution */
    { "garca", "garcia", 1 },    /* deletion */
    { "kitten", "sitting", 3 },
    { "ca", "abc", 3 },          /* optimal string alignment, not full Damerau */
    { "abcdef", "badcfe", 3 },
    { "muñoz", "munoz", 1 },     /* code points, not bytes */
    { "日本", "日木", 1 },
    { "ab", "ba", 1 },
    /* longer than the stack buffer */
    { "abcdefghijklmnopqrstuvwxyzabcdefghijklmnop", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnpo", 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpuint (desk_edit_distance (cases[i].a, cases[i].b), ==, cases[i].distance);
      g_assert_cmpuint (desk_edit_distance (cases[i].b, cases[i].a), ==, cases[i].distance);
    }

  g_assert_cmpuint (desk_edit_distance (NULL, "ab"), ==, 2);
}

/* Pairs that must be found, with the lowest acceptable score. */
static const struct
{
  const char *a;
  const char *b;
  double      at_least;
} positives[] = {
  { "José García", "jose garcia", 1.0 },
  { "García, José", "Jose Garcia", 1.0 },
  { "Nguyễn Văn An", "Nguyen Van An", 1.0 },
  { "Katarzyna Wiśniewska", "WISNIEWSKA, Katarzyna", 1.0 },
  { "Jose Garsia", "José García", DESK_NAME_MATCH_THRESHOLD },
  { "Jose Garica", "José García", DESK_NAME_MATCH_THRESHOLD },
  { "J. Garcia", "Jose Garcia", DESK_NAME_MATCH_THRESHOLD },
  { "J. Karcia", "Jose Garcia", DESK_NAME_MATCH_THRESHOLD },
  { "Jon Smith", "John Smith", DESK_NAME_MATCH_THRESHOLD },
  { "Smith, John A.", "John Smith", DESK_NAME_MATCH_THRESHOLD },
  { "Maria Lopez", "María Elena López", DESK_NAME_MATCH_THRESHOLD },
  { "Mohammed Al-Rashid", "Mohammad Al Rashid", DESK_NAME_MATCH_THRESHOLD },
  { "Catherine O'Neil", "Katherine ONeil", DESK_NAME_MATCH_THRESHOLD },
  { "Łukasz Wałęsa", "Lukasz Walesa", 1.0 },
  { "Garica", "Garcia", DESK_NAME_MATCH_THRESHOLD },
  { "Acme", "Acme Property Management LLC", DESK_NAME_MATCH_THRESHOLD },
  { "ACME", "Property Management, Acme", DESK_NAME_MATCH_THRESHOLD },
};

/* Pairs that must not be reported, with the score they must stay under. */
static const struct
{
  const char *a;
  const char *b;
  double      below;
} negatives[] = {
  { "Maria Lopez", "Maria Smith", DESK_NAME_MATCH_THRESHOLD },
  { "John Smith", "Jane Smith", DESK_NAME_MATCH_THRESHOLD },
  { "Maria Elena Garcia Lopez", "Maria Elena Garcia Smith", DESK_NAME_MATCH_THRESHOLD },
  { "Ana Silva", "Robert Chen", 0.3 },
  { "Acme", "Acne Property Management", DESK_NAME_MATCH_THRESHOLD },
  { "Acme", "Apex Property Management", DESK_NAME_MATCH_THRESHOLD },
  { "Maria", "Mario Rossi", DESK_NAME_MATCH_THRESHOLD },
  { "J. Smith", "Jose Garcia", DESK_NAME_MATCH_THRESHOLD },
  { "J. G.", "Jose Garcia", DESK_NAME_MATCH_THRESHOLD },
  { "Li Wu", "Lu Wu", DESK_NAME_MATCH_THRESHOLD },
  { "", "Jose Garcia", 0.01 },
  { "---", "---", 0.01 },
};

/* Unrelated people and organisations a clinic might see in one week. */
static const char *unrelated[] = {
  "María González",
  "José Hernández",
  "Nguyễn Thị Mai",
  "Trần Văn Hùng",
  "Łukasz Kowalski",
  "Katarzyna Wiśniewska",
  "Jürgen Müller",
  "Sophie Schneider",
  "João Gonçalves",
  "Ana Paula Ferreira",
  "Mohammed Al-Farsi",
  "Fatima Zahra Benali",
  "Aisha Okonkwo",
  "Chinedu Eze",
  "Wei Zhang",
  "Mei Ling Chen",
  "Hiroshi Tanaka",
  "Yuki Sato",
  "Priya Ramanathan",
  "Rahul Sharma",
  "Olga Ivanova",
  "Dmitri Sokolov",
  "Siobhan O'Connor",
  "Patrick Murphy",
  "Keanu Kahananui",
  "Leilani Akana",
  "Emily Johnson",
  "Michael Williams",
  "Maria Fernandes",
  "Ahmed Hassan",
  "Ahmad Hussein",
  "Acme Property Management LLC",
  "Sunrise Tenants Association",
  "Greenfield Housing Authority",
};

static void
test_similarity (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (positives); i++)
    {
      double ab = desk_name_similarity (positives[i].a, positives[i].b);
      double ba = desk_name_similarity (positives[i].b, positives[i].a);

      if (g_test_verbose ())
        g_test_message ("%s ~ %s: %.3f", positives[i].a, positives[i].b, ab);
      g_assert_cmpfloat (ab, >=, positives[i].at_least - 1e-12);
      g_assert_cmpfloat (ab, <=, 1.0);
      g_assert_cmpfloat_with_epsilon (ab, ba, 1e-12);
    }

  for (guint i = 0; i < G_N_ELEMENTS (negatives); i++)
    {
      double ab = desk_name_similarity (negatives[i].a, negatives[i].b);
      double ba = desk_name_similarity (negatives[i].b, negatives[i].a);

      if (g_test_verbose ())
        g_test_message ("%s ~ %s: %.3f", negatives[i].a, negatives[i].b, ab);
      g_assert_cmpfloat (ab, <, negatives[i].below);
      g_assert_cmpfloat (ab, >=, 0.0);
      g_assert_cmpfloat_with_epsilon (ab, ba, 1e-12);
    }

  /* Exactly the same name, any spelling of it: 1.0; a different name
   * containing it: a match, but below 1. */
  g_assert_cmpfloat (desk_name_similarity ("José García", "jose garcia"), ==, 1.0);
  g_assert_cmpfloat (desk_name_similarity ("García, José", "Jose Garcia"), ==, 1.0);
  g_assert_cmpfloat (desk_name_similarity ("Maria Lopez", "Maria Elena Lopez"), <, 1.0);
  g_assert_cmpfloat (desk_name_similarity ("J. Garcia", "Jose Garcia"), <, 1.0);
  /* A typo ranks below the exact name. */
  g_assert_cmpfloat (desk_name_similarity ("Jose Garsia", "Jose Garcia"), <,
                     desk_name_similarity ("Jose Garcia", "José García"));
  /* Nothing at all: 0. */
  g_assert_cmpfloat (desk_name_similarity (NULL, NULL), ==, 0.0);
  g_assert_cmpfloat (desk_name_similarity ("", ""), ==, 0.0);
}

static void
test_no_false_hits (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (unrelated); i++)
    {
      g_assert_cmpfloat (desk_name_similarity (unrelated[i], unrelated[i]), ==, 1.0);

      for (guint j = i + 1; j < G_N_ELEMENTS (unrelated); j++)
        {
          double score = desk_name_similarity (unrelated[i], unrelated[j]);

          if (score >= DESK_NAME_MATCH_THRESHOLD)
            g_error ("%s and %s score %.3f", unrelated[i], unrelated[j], score);
          g_assert_cmpfloat (score, >=, 0.0);
          g_assert_cmpfloat_with_epsilon (score, desk_name_similarity (unrelated[j], unrelated[i]), 1e-12);
        }
    }
}

static gboolean
share_key (const char *a,
           const char *b)
{
  g_auto(GStrv) keys_a = desk_name_index_keys (a);
  g_auto(GStrv) keys_b = desk_name_index_keys (b);

  for (guint i = 0; keys_a[i] != NULL; i++)
    if (g_strv_contains ((const char * const *) keys_b, keys_a[i]))
      return TRUE;
  return FALSE;
}

static void
assert_keys (const char *name,
             const char *expected)
{
  g_auto(GStrv) keys = desk_name_index_keys (name);
  g_autofree char *joined = g_strjoinv ("|", keys);

  g_assert_cmpstr (joined, ==, expected);
}

static void
test_index_keys (void)
{
  assert_keys ("José García", "garcia|jose|p:gar|p:jos|s:cia|s:ose");
  assert_keys ("J. Garcia", "garcia|p:gar|s:cia");
  assert_keys ("Li Wu", "li|wu");
  assert_keys ("Ann Lee", "ann|lee");
  assert_keys ("Nguyễn Văn An", "an|nguyen|p:ngu|s:yen|van");
  assert_keys ("Łódź", "lodz|p:lod|s:odz");
  assert_keys ("J. G.", "");
  assert_keys ("", "");
  assert_keys (NULL, "");

  /* Every pair the similarity accepts can be found through the index. */
  for (guint i = 0; i < G_N_ELEMENTS (positives); i++)
    if (!share_key (positives[i].a, positives[i].b))
      g_error ("%s and %s share no index key", positives[i].a, positives[i].b);

  /* At most three keys per token, sorted, without duplicates. */
  for (guint i = 0; i < G_N_ELEMENTS (unrelated); i++)
    {
      g_auto(GStrv) keys = desk_name_index_keys (unrelated[i]);
      g_auto(GStrv) tokens = desk_name_tokens (unrelated[i]);

      g_assert_cmpuint (g_strv_length (keys), <=, 3 * g_strv_length (tokens));
      for (guint k = 0; keys[k] != NULL; k++)
        {
          g_assert_cmpstr (keys[k], !=, "");
          if (k > 0)
            g_assert_cmpint (strcmp (keys[k - 1], keys[k]), <, 0);
        }
    }
}

static void
test_performance (void)
{
  g_autoptr(GTimer) timer = g_timer_new ();
  const guint n = G_N_ELEMENTS (unrelated);
  double total = 0.0;
  double elapsed;

  for (guint k = 0; k < 100000; k++)
    total += desk_name_similarity (unrelated[k % n], unrelated[(k / n + k) % n]);

  elapsed = g_timer_elapsed (timer, NULL);
  g_test_message ("100000 comparisons in %.3f s", elapsed);
  g_assert_cmpfloat (total, >, 0.0);
  g_assert_cmpfloat (elapsed, <, 10.0);
}

/* The signatures the store keeps per index row: both bits of a key are in
 * any signature that includes it, and they are the same every run. */
static void
test_key_signature (void)
{
  const char *keys[] = { "garcia", "p:gar", "s:cia", "maria", "p:mar", "s:ria", "nguyen", "li" };
  gint64 all = 0;
  guint absent = 0;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      gint64 bits = desk_name_key_signature (keys[i]);

      g_assert_cmpint (bits, >, 0);                       /* bit 63 (the sign) is never used */
      g_assert_cmpint (bits, ==, desk_name_key_signature (keys[i]));
      g_assert_cmpuint (__builtin_popcountll ((unsigned long long) bits), >=, 1);
      g_assert_cmpuint (__builtin_popcountll ((unsigned long long) bits), <=, 2);
      all |= bits;
    }

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_cmpint (all & desk_name_key_signature (keys[i]), ==, desk_name_key_signature (keys[i]));

  /* A signature of two keys rules most other keys out. */
  all = desk_name_key_signature ("garcia") | desk_name_key_signature ("p:gar");
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *key = g_strdup_printf ("word%u", i);
      gint64 bits = desk_name_key_signature (key);

      if ((all & bits) != bits)
        absent++;
    }
  g_assert_cmpuint (absent, >, 950);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/name-match/normalize", test_normalize);
  g_test_add_func ("/name-match/tokens", test_tokens);
  g_test_add_func ("/name-match/key", test_key);
  g_test_add_func ("/name-match/edit-distance", test_edit_distance);
  g_test_add_func ("/name-match/similarity", test_similarity);
  g_test_add_func ("/name-match/no-false-hits", test_no_false_hits);
  g_test_add_func ("/name-match/index-keys", test_index_keys);
  g_test_add_func ("/name-match/performance", test_performance);
  g_test_add_func ("/name-match/key-signature", test_key_signature);

  return g_test_run ();
}
