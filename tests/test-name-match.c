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
  assert_tokens ("J.R.R. Tolkien", "j|r|r|tolkien");
  assert_tokens ("Garcia Garcia", "garcia|garcia");
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
  /* One typo in each word, short words included. */
  { "Jsoe Garcai", "José García", DESK_NAME_MATCH_THRESHOLD },
  { "Anb Lee", "Ann Lee", DESK_NAME_MATCH_THRESHOLD },
  { "An Le", "Ann Lee", DESK_NAME_MATCH_THRESHOLD },
  { "Kim Prak", "Kim Park", DESK_NAME_MATCH_THRESHOLD },
  /* Two typos in a long word. */
  { "Mohammed Ali", "Muhammad Ali", DESK_NAME_MATCH_THRESHOLD },
  { "Katharine Smith", "Catherine Smith", DESK_NAME_MATCH_THRESHOLD },
  { "Kristina Lopez", "Christina López", DESK_NAME_MATCH_THRESHOLD },
  /* Compound surnames, hyphen or space, part of them missing. */
  { "García-Núñez, María", "Maria Garcia Nunez", 1.0 },
  { "M. Garcia Nunez", "María García-Núñez", DESK_NAME_MATCH_THRESHOLD },
  { "Maria Nunez", "María García-Núñez", DESK_NAME_MATCH_THRESHOLD },
  /* Initials on the stored side. */
  { "Maria Garcia", "M. Garcia", DESK_NAME_MATCH_THRESHOLD },
  /* A middle name and a typo in a longer word. */
  { "Maria Lopes", "María Elena López", DESK_NAME_MATCH_THRESHOLD },
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
  { "Wei Li", "Wei Lu", DESK_NAME_MATCH_THRESHOLD },
  { "Ann Lee", "Anne Leeds", DESK_NAME_MATCH_THRESHOLD },
  { "Maria Garcia", "Maria Garza", DESK_NAME_MATCH_THRESHOLD },
  { "Kwtumaq Flores Pérez", "Dolores Pérez", DESK_NAME_MATCH_THRESHOLD },
  { "Min-jun Xanesaxt", "Jun Lin", DESK_NAME_MATCH_THRESHOLD },
  { "Quang Huy Pham", "Guang Hu", DESK_NAME_MATCH_THRESHOLD },
  { "Mario Rossi", "Maria Rosa Lopez", DESK_NAME_MATCH_THRESHOLD },
  { "Garcia", "Maria Garcias", DESK_NAME_MATCH_THRESHOLD },
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
  g_auto(GStrv) keys_a = desk_name_word_keys (a);
  g_auto(GStrv) keys_b = desk_name_word_keys (b);

  for (guint i = 0; keys_a[i] != NULL; i++)
    if (g_strv_contains ((const char * const *) keys_b, keys_a[i]))
      return TRUE;
  return FALSE;
}

static void
assert_keys (const char *word,
             const char *expected)
{
  g_auto(GStrv) keys = desk_name_word_keys (word);
  g_autofree char *joined = g_strjoinv ("|", keys);

  g_assert_cmpstr (joined, ==, expected);
}

static void
test_word_keys (void)
{
  /* An initial has none; a word of two letters only itself; longer words
   * also each deletion, and words of seven letters or more each two. */
  assert_keys ("j", "");
  assert_keys ("li", "li");
  assert_keys ("ann", "an|ann|nn");
  assert_keys ("kim", "im|ki|kim|km");
  assert_keys ("lodz", "ldz|lod|lodz|loz|odz");
  assert_keys ("łódź", "ódź|łdź|łód|łódź|łóź");   /* code points, not bytes */
  assert_keys ("", "");
  assert_keys (NULL, "");

  assert_keys ("garcia", "arcia|gacia|garca|garci|garcia|garia|grcia");
  assert_keys ("anna", "ana|ann|anna|nna");   /* taking out either n gives one key */

  {
    g_auto(GStrv) keys = desk_name_word_keys ("dolores");

    /* 1 + 7 + 21, less one repeat: "dores" without "ol" or without "lo". */
    g_assert_cmpuint (g_strv_length (keys), ==, 28);
    g_assert_true (g_strv_contains ((const char * const *) keys, "dolores"));
    g_assert_true (g_strv_contains ((const char * const *) keys, "doloes"));
    g_assert_true (g_strv_contains ((const char * const *) keys, "dlres"));
    for (guint k = 1; keys[k] != NULL; k++)
      g_assert_cmpint (strcmp (keys[k - 1], keys[k]), <, 0);
  }
}

static void
test_words_close (void)
{
  const struct
  {
    const char *a;
    const char *b;
    gboolean    close;
  } cases[] = {
    { "garcia", "garcia", TRUE },
    { "garcia", "garsia", TRUE },     /* substitution */
    { "garcia", "garcias", TRUE },    /* insertion */
    { "garcia", "garca", TRUE },      /* deletion */
    { "garcia", "garica", TRUE },     /* transposition */
    { "garcia", "gracai", FALSE },    /* two edits, six letters */
    { "flores", "dolores", FALSE },
    { "elizabeth", "elisabet", TRUE },  /* two edits, both seven letters or more */
    { "christina", "kristina", TRUE },
    { "garcia", "garza", FALSE },
    { "garcia", "gomez", FALSE },
    { "ann", "anb", TRUE },           /* three letters take one typo */
    { "ann", "an", TRUE },
    { "ann", "nna", FALSE },          /* two edits */
    { "kim", "kmi", TRUE },
    { "li", "lu", FALSE },            /* two letters: only the same word */
    { "li", "il", FALSE },
    { "li", "li", TRUE },
    { "li", "lim", TRUE },
    { "jose", "jsoe", TRUE },
    { "john", "jane", FALSE },
    { "mohammed", "muhammad", TRUE },
    { "müller", "muller", TRUE },
    { "", "", FALSE },
    { NULL, "ann", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      if (desk_name_words_close (cases[i].a, cases[i].b) != cases[i].close)
        g_error ("%s and %s: expected %s", cases[i].a, cases[i].b, cases[i].close ? "close" : "not close");
      g_assert_true (desk_name_words_close (cases[i].b, cases[i].a) == cases[i].close);
    }
}

/* ---- one edit of every kind, everywhere ---------------------------------- */

typedef enum
{
  EDIT_SUBSTITUTE,
  EDIT_INSERT,
  EDIT_DELETE,
  EDIT_TRANSPOSE,
  N_EDITS
} Edit;

static const char *edit_names[] = { "substitution", "insertion", "deletion", "transposition" };

/* Letters the edits put in: a vowel, a consonant, and a letter that rarely
 * starts or ends a name. */
static const char edit_letters[] = "ezq";

/* Every way one @edit changes the ASCII @word, each a new word. */
static GPtrArray *
edits_of (const char *word,
          Edit        edit)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  gsize len = strlen (word);

  for (gsize i = 0; i <= len; i++)
    for (const char *c = edit_letters; *c != '\0'; c++)
      {
        char *v = NULL;

        if (edit == EDIT_SUBSTITUTE && i < len && word[i] != *c)
          {
            v = g_strdup (word);
            v[i] = *c;
          }
        else if (edit == EDIT_INSERT)
          v = g_strdup_printf ("%.*s%c%s", (int) i, word, *c, word + i);
        else if (edit == EDIT_DELETE && i < len && c == edit_letters)
          v = g_strdup_printf ("%.*s%s", (int) i, word, word + i + 1);
        else if (edit == EDIT_TRANSPOSE && i + 1 < len && word[i] != word[i + 1] && c == edit_letters)
          {
            v = g_strdup (word);
            v[i] = word[i + 1];
            v[i + 1] = word[i];
          }

        if (v != NULL)
          g_ptr_array_add (out, v);
      }

  return out;
}

/* Names as clients give them: short words, three words, both surnames. */
static const char *edit_names_pool[] = {
  "jose garcia", "ann lee", "kim park", "eva diaz", "maria lopez", "nguyen thi mai", "wei zhang",
  "fatima al hashimi", "john smith", "olga ivanova", "andres morales salazar", "tom ng",
};

/* @name with its word @w replaced by @variant. */
static char *
name_with (GStrv       words,
           guint       w,
           const char *variant)
{
  g_autofree char *kept = words[w];
  char *name;

  words[w] = (char *) variant;
  name = g_strjoinv (" ", words);
  words[w] = kept;
  g_steal_pointer (&kept);
  return name;
}

static void
test_one_edit_per_word (void)
{
  guint checked = 0;

  for (guint n = 0; n < G_N_ELEMENTS (edit_names_pool); n++)
    {
      g_auto(GStrv) words = g_strsplit (edit_names_pool[n], " ", -1);

      for (guint w = 0; words[w] != NULL; w++)
        for (Edit edit = 0; edit < N_EDITS; edit++)
          {
            g_autoptr(GPtrArray) variants = NULL;

            /* A word of two letters changed is another word ("Ng", "Li"). */
            if (strlen (words[w]) < 3)
              continue;

            variants = edits_of (words[w], edit);
            for (guint v = 0; v < variants->len; v++)
              {
                const char *variant = g_ptr_array_index (variants, v);
                g_autofree char *query = name_with (words, w, variant);
                double score = desk_name_similarity (query, edit_names_pool[n]);

                if (score < DESK_NAME_MATCH_THRESHOLD)
                  g_error ("%s “%s” for “%s” scores %.3f", edit_names[edit], query, edit_names_pool[n], score);
                g_assert_cmpfloat (score, <, 1.0);
                /* The index finds the word through a shared key. */
                g_assert_true (desk_name_words_close (variant, words[w]));
                if (!share_key (variant, words[w]))
                  g_error ("“%s” and “%s” share no key", variant, words[w]);
                checked++;
              }
          }
    }

  g_test_message ("%u one-edit variants", checked);
  g_assert_cmpuint (checked, >, 900);
}

static void
test_one_edit_in_two_words (void)
{
  guint checked = 0;

  for (guint n = 0; n < G_N_ELEMENTS (edit_names_pool); n++)
    {
      g_auto(GStrv) words = g_strsplit (edit_names_pool[n], " ", -1);

      /* Every kind of edit in the first word with every kind in the
       * second (or last), at every place. */
      for (Edit e1 = 0; e1 < N_EDITS; e1++)
        for (Edit e2 = 0; e2 < N_EDITS; e2++)
          {
            guint last = g_strv_length (words) - 1;
            g_autoptr(GPtrArray) first = NULL;
            g_autoptr(GPtrArray) second = NULL;

            if (strlen (words[0]) < 3 || strlen (words[last]) < 3)
              continue;
            first = edits_of (words[0], e1);
            second = edits_of (words[last], e2);

            for (guint i = 0; i < first->len; i++)
              for (guint j = 0; j < second->len; j++)
                {
                  g_autofree char *half = name_with (words, 0, g_ptr_array_index (first, i));
                  g_auto(GStrv) half_words = g_strsplit (half, " ", -1);
                  g_autofree char *query = name_with (half_words, last, g_ptr_array_index (second, j));
                  double score = desk_name_similarity (query, edit_names_pool[n]);

                  if (score < DESK_NAME_MATCH_THRESHOLD)
                    g_error ("%s and %s: “%s” for “%s” scores %.3f", edit_names[e1], edit_names[e2], query,
                             edit_names_pool[n], score);
                  checked++;
                }
          }
    }

  g_test_message ("%u two-edit variants", checked);
  g_assert_cmpuint (checked, >, 10000);
}

/* The same person written another way: all of these are certain. */
static void
test_same_name_written_differently (void)
{
  const struct
  {
    const char *query;
    const char *stored;
    gboolean    same_words;   /* scores 1 */
  } cases[] = {
    /* accents and case */
    { "Jose Garcia", "José García", TRUE },
    { "MARÍA GARCÍA-NÚÑEZ", "maria garcia-nunez", TRUE },
    { "Nguyen Van An", "Nguyễn Văn An", TRUE },
    { "Lukasz Walesa", "Łukasz Wałęsa", TRUE },
    /* word order and "Last, First" */
    { "Garcia Jose", "José García", TRUE },
    { "García, José", "José García", TRUE },
    { "Garcia-Nunez, Maria", "María García-Núñez", TRUE },
    /* hyphen or space between compound surnames */
    { "Maria Garcia Nunez", "María García-Núñez", TRUE },
    { "Maria Garcia-Nunez", "María García Núñez", TRUE },
    { "Mary-Jane Smith", "Mary Jane Smith", TRUE },
    /* initials */
    { "J. Garcia", "José García", FALSE },
    { "J Garcia", "José García", FALSE },
    { "Garcia, J.", "José García", FALSE },
    { "M. J. Garcia", "María José García", FALSE },
    { "M. Garcia-Nunez", "María García-Núñez", FALSE },
    /* a dropped middle name or second surname */
    { "Maria Lopez", "María Elena López", FALSE },
    { "Maria Elena Lopez", "María López", FALSE },
    { "Maria Garcia", "María García Núñez", FALSE },
    { "Andres Salazar", "Andrés Morales Salazar", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double score = desk_name_similarity (cases[i].query, cases[i].stored);

      if (score < DESK_NAME_MATCH_THRESHOLD || (cases[i].same_words && score != 1.0))
        g_error ("“%s” for “%s” scores %.3f", cases[i].query, cases[i].stored, score);
    }
}

/* Names nobody has: built from syllables, so no real name is within two
 * edits of them, and paired with real first names or surnames. */
static void
test_invented_names (void)
{
  const char *invented[] = { "Quorvex", "Zimbrault", "Pexhollow", "Vandrusk", "Oxwelter", "Kruzzel",
                             "Thrimbleton", "Yzolde", "Brakkenfeld", "Ulvaxine" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint checked = 0;

  for (guint i = 0; i < G_N_ELEMENTS (invented); i++)
    for (guint n = 0; n < G_N_ELEMENTS (unrelated); n++)
      {
        g_auto(GStrv) words = g_strsplit (unrelated[n], " ", -1);
        const char *other = invented[g_rand_int_range (rand, 0, G_N_ELEMENTS (invented))];
        g_autofree char *with_first = g_strdup_printf ("%s %s", words[0], invented[i]);
        g_autofree char *with_last = g_strdup_printf ("%s %s", invented[i], words[g_strv_length (words) - 1]);
        g_autofree char *both = g_strdup_printf ("%s %s", other, invented[i]);
        const char *queries[] = { with_first, with_last, both, invented[i] };

        for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
          {
            double score = desk_name_similarity (queries[q], unrelated[n]);

            if (score >= DESK_NAME_MATCH_THRESHOLD)
              g_error ("“%s” and %s score %.3f", queries[q], unrelated[n], score);
            checked++;
          }
      }

  g_assert_cmpuint (checked, ==, 4 * G_N_ELEMENTS (invented) * G_N_ELEMENTS (unrelated));
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

/* What the matcher acts on by itself is far narrower than what the
 * conflict check shows a person. */
static void
test_same_person (void)
{
  const char *same[][2] = {
    { "Rosa Delgado", "DELGADO, Rosa" },
    { "José García", "Jose Garcia" },
    { "Ana Garcia", "Ana Lopez Garcia" },
    { "Katherine Johnston", "Katharine Johnston" },
    { "Mary-Jane O'Neil", "Mary Jane ONeil" },
  };
  const char *not_same[][2] = {
    { "Maria Garcia", "Maria Garsia" },      /* a typo in a short word */
    { "Maria Garcia", "J. Garcia" },         /* an initial */
    { "Maria Garcia", "Marta Garcia" },      /* another first name */
    { "Garcia", "Garcia" },                  /* one word alone */
    { "Ana Garcia", "Ana Maria Lopez Garcia" }, /* two more words */
    { "Katherine Johnston", "Katharine Johnstone" }, /* two typos */
    { "Katherine Johnston", "Katherien Jonhston" },   /* a typo in each word */
  };

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_test_message ("%s / %s", same[i][0], same[i][1]);
      g_assert_true (desk_name_same_person (same[i][0], same[i][1]));
      g_assert_true (desk_name_same_person (same[i][1], same[i][0]));
      /* Whatever the matcher acts on, the conflict check shows too. */
      g_assert_cmpfloat (desk_name_similarity (same[i][0], same[i][1]), >=, DESK_NAME_MATCH_THRESHOLD);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_same); i++)
    {
      g_test_message ("%s / %s", not_same[i][0], not_same[i][1]);
      g_assert_false (desk_name_same_person (not_same[i][0], not_same[i][1]));
      g_assert_false (desk_name_same_person (not_same[i][1], not_same[i][0]));
    }
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
  g_test_add_func ("/name-match/word-keys", test_word_keys);
  g_test_add_func ("/name-match/words-close", test_words_close);
  g_test_add_func ("/name-match/one-edit-per-word", test_one_edit_per_word);
  g_test_add_func ("/name-match/one-edit-in-two-words", test_one_edit_in_two_words);
  g_test_add_func ("/name-match/same-name-written-differently", test_same_name_written_differently);
  g_test_add_func ("/name-match/invented-names", test_invented_names);
  g_test_add_func ("/name-match/performance", test_performance);
  g_test_add_func ("/name-match/same-person", test_same_person);

  return g_test_run ();
}
