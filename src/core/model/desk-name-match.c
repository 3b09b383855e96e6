/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-name-match"

#include "config.h"

#include <string.h>

#include "desk-name-match.h"

/* A pair of words at least this alike may be the same word mistyped. */
#define TOKEN_FLOOR    0.6
/* An initial and a word that starts with it. */
#define INITIAL_SCORE  0.85
/* Scores that must stay below the threshold are multiplied by this. */
#define CUT            0.75
/* The longer name has words the shorter lacks (a middle name, "LLC"). */
#define EXTRA_WORDS    0.95

/* Letters that NFKD does not split into a base letter and a mark. */
static const char *
special_letter (gunichar c)
{
  switch (c)
    {
    case 0x00DF: return "ss"; /* ß */
    case 0x00E6: return "ae"; /* æ */
    case 0x00F0: return "d";  /* ð */
    case 0x00F8: return "o";  /* ø */
    case 0x00FE: return "th"; /* þ */
    case 0x0111: return "d";  /* đ */
    case 0x0127: return "h";  /* ħ */
    case 0x0131: return "i";  /* dotless ı */
    case 0x0142: return "l";  /* ł */
    case 0x0153: return "oe"; /* œ */
    case 0x0167: return "t";  /* ŧ */
    case 0x0180: return "b";  /* ƀ */
    case 0x0268: return "i";  /* ɨ */
    default:     return NULL;
    }
}

/* Apostrophes and the Hawaiian ʻokina join a word instead of splitting it. */
static gboolean
is_apostrophe (gunichar c)
{
  switch (c)
    {
    case '\'':
    case '`':
    case 0x00B4: /* ´ */
    case 0x02B9: /* ʹ */
    case 0x02BB: /* ʻ okina */
    case 0x02BC: /* ʼ */
    case 0x02BD: /* ʽ */
    case 0x02BE:
    case 0x02BF:
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x201B: /* ‛ */
    case 0x2032: /* ′ */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_separator (gunichar c)
{
  if (g_unichar_isspace (c))
    return TRUE;
  if (is_apostrophe (c))
    return FALSE;

  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONNECT_PUNCTUATION:
    case G_UNICODE_DASH_PUNCTUATION:
    case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION:
    case G_UNICODE_OTHER_PUNCTUATION:
    case G_UNICODE_OPEN_PUNCTUATION:
    case G_UNICODE_CURRENCY_SYMBOL:
    case G_UNICODE_MATH_SYMBOL:
    case G_UNICODE_OTHER_SYMBOL:
    case G_UNICODE_CONTROL:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
    case G_UNICODE_SPACE_SEPARATOR:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_ascii (const char *text,
          gssize      length)
{
  for (gssize i = 0; length < 0 ? text[i] != '\0' : i < length; i++)
    if ((guchar) text[i] >= 0x80)
      return FALSE;
  return TRUE;
}

/* @text must be valid UTF-8. */
static char *
normalize_valid (const char *text,
                 gssize      length)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;

  if (is_ascii (text, length))
    {
      gsize n = length < 0 ? strlen (text) : (gsize) length;
      char *ascii = g_malloc (n + 1);
      gsize j = 0;

      for (gsize i = 0; i < n; i++)
        if (g_ascii_isalnum (text[i]))
          ascii[j++] = g_ascii_tolower (text[i]);
      ascii[j] = '\0';
      return ascii;
    }

  folded = g_utf8_casefold (text, length);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  out = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *special;

      switch (g_unichar_type (c))
        {
        case G_UNICODE_SPACING_MARK:
        case G_UNICODE_NON_SPACING_MARK:
        case G_UNICODE_ENCLOSING_MARK:
          continue;
        default:
          break;
        }

      c = g_unichar_tolower (c);
      special = special_letter (c);
      if (special != NULL)
        g_string_append (out, special);
      else if (!is_apostrophe (c) && g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

char *
desk_name_normalize_token (const char *token)
{
  g_autofree char *valid = NULL;

  if (token == NULL)
    return g_strdup ("");

  if (!g_utf8_validate (token, -1, NULL))
    {
      valid = g_utf8_make_valid (token, -1);
      token = valid;
    }

  return normalize_valid (token, -1);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Sorts @array of strings, frees duplicates and empties, and returns it as a GStrv. */
static GStrv
sorted_unique_strv (GPtrArray *array)
{
  guint kept = 0;

  g_ptr_array_sort (array, compare_strings);

  for (guint i = 0; i < array->len; i++)
    {
      char *s = g_ptr_array_index (array, i);

      if (*s == '\0' || (kept > 0 && strcmp (s, g_ptr_array_index (array, kept - 1)) == 0))
        g_free (s);
      else
        array->pdata[kept++] = s;
    }

  g_ptr_array_set_size (array, kept);
  g_ptr_array_add (array, NULL);
  return (GStrv) g_ptr_array_free (array, FALSE);
}

GStrv
desk_name_tokens (const char *name)
{
  g_autofree char *valid = NULL;
  GPtrArray *tokens = g_ptr_array_new ();
  const char *start = NULL;
  const char *p;

  if (name == NULL)
    name = "";

  if (!g_utf8_validate (name, -1, NULL))
    {
      valid = g_utf8_make_valid (name, -1);
      name = valid;
    }

  for (p = name; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean end = c == 0 || is_separator (c);

      if (end && start != NULL)
        {
          g_ptr_array_add (tokens, normalize_valid (start, p - start));
          start = NULL;
        }
      else if (!end && start == NULL)
        start = p;

      if (c == 0)
        break;
    }

  return sorted_unique_strv (tokens);
}

char *
desk_name_key (const char *name)
{
  g_auto(GStrv) tokens = desk_name_tokens (name);

  return g_strjoinv (" ", tokens);
}

/* Optimal string alignment: Levenshtein plus transposition of two
 * adjacent characters, no substring edited twice. */
static guint
osa_distance (const gunichar *a,
              guint           m,
              const gunichar *b,
              guint           n)
{
  guint stack_rows[3 * 33];
  g_autofree guint *heap_rows = NULL;
  guint *prev2, *prev, *cur;

  if (m == 0)
    return n;
  if (n == 0)
    return m;

  if (n + 1 <= 33)
    prev2 = stack_rows;
  else
    prev2 = heap_rows = g_new (guint, 3 * (gsize) (n + 1));
  prev = prev2 + (n + 1);
  cur = prev + (n + 1);

  for (guint j = 0; j <= n; j++)
    prev[j] = j;

  for (guint i = 1; i <= m; i++)
    {
      guint *tmp;

      cur[0] = i;
      for (guint j = 1; j <= n; j++)
        {
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
          guint best = MIN (prev[j] + 1, cur[j - 1] + 1);

          best = MIN (best, prev[j - 1] + cost);
          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            best = MIN (best, prev2[j - 2] + 1);
          cur[j] = best;
        }

      tmp = prev2;
      prev2 = prev;
      prev = cur;
      cur = tmp;
    }

  return prev[n];
}

guint
desk_edit_distance (const char *a,
                    const char *b)
{
  g_autofree char *valid_a = NULL;
  g_autofree char *valid_b = NULL;
  g_autofree gunichar *ua = NULL;
  g_autofree gunichar *ub = NULL;
  glong m, n;

  if (a == NULL)
    a = "";
  if (b == NULL)
    b = "";
  if (!g_utf8_validate (a, -1, NULL))
    a = valid_a = g_utf8_make_valid (a, -1);
  if (!g_utf8_validate (b, -1, NULL))
    b = valid_b = g_utf8_make_valid (b, -1);

  ua = g_utf8_to_ucs4_fast (a, -1, &m);
  ub = g_utf8_to_ucs4_fast (b, -1, &n);

  return osa_distance (ua, (guint) m, ub, (guint) n);
}

typedef struct
{
  gunichar *chars;
  guint     len;
} Word;

static Word *
words_new (GStrv  tokens,
           guint  n)
{
  Word *words = g_new (Word, n);

  for (guint i = 0; i < n; i++)
    {
      glong len;

      words[i].chars = g_utf8_to_ucs4_fast (tokens[i], -1, &len);
      words[i].len = (guint) len;
    }

  return words;
}

static void
words_free (Word  *words,
            guint  n)
{
  for (guint i = 0; i < n; i++)
    g_free (words[i].chars);
  g_free (words);
}

static int
compare_strv (GStrv a,
              GStrv b)
{
  for (guint i = 0; a[i] != NULL && b[i] != NULL; i++)
    {
      int cmp = strcmp (a[i], b[i]);

      if (cmp != 0)
        return cmp;
    }
  return 0;
}

static double
word_score (const Word *a,
            const Word *b,
            gboolean   *is_initial)
{
  guint longer = MAX (a->len, b->len);
  guint distance;

  *is_initial = FALSE;

  if (a->len == b->len && memcmp (a->chars, b->chars, a->len * sizeof (gunichar)) == 0)
    return 1.0;

  if (a->len == 1 || b->len == 1)
    {
      *is_initial = TRUE;
      return a->chars[0] == b->chars[0] ? INITIAL_SCORE : 0.0;
    }

  distance = osa_distance (a->chars, a->len, b->chars, b->len);
  return 1.0 - (double) distance / (double) longer;
}

double
desk_name_similarity (const char *a,
                      const char *b)
{
  g_auto(GStrv) tokens_a = desk_name_tokens (a);
  g_auto(GStrv) tokens_b = desk_name_tokens (b);
  guint na = g_strv_length (tokens_a);
  guint nb = g_strv_length (tokens_b);
  GStrv short_tokens, long_tokens;
  guint ns, nl;
  Word *short_words, *long_words;
  double *scores;
  gboolean *initial;
  gboolean *used_s, *used_l;
  double sum = 0.0;
  double weakest = 1.0;
  gboolean whole_word_match = FALSE;
  double score;

  if (na == 0 || nb == 0)
    return 0.0;
  if (g_strv_equal ((const char * const *) tokens_a, (const char * const *) tokens_b))
    return 1.0;

  /* Ties broken by the tokens themselves, so that the score does not
   * depend on the order of the arguments. */
  if (na < nb || (na == nb && compare_strv (tokens_a, tokens_b) <= 0))
    short_tokens = tokens_a, ns = na, long_tokens = tokens_b, nl = nb;
  else
    short_tokens = tokens_b, ns = nb, long_tokens = tokens_a, nl = na;

  short_words = words_new (short_tokens, ns);
  long_words = words_new (long_tokens, nl);
  scores = g_new (double, (gsize) ns * nl);
  initial = g_new (gboolean, (gsize) ns * nl);
  used_s = g_new0 (gboolean, ns);
  used_l = g_new0 (gboolean, nl);

  for (guint i = 0; i < ns; i++)
    for (guint j = 0; j < nl; j++)
      scores[i * nl + j] = word_score (&short_words[i], &long_words[j], &initial[i * nl + j]);

  /* Greedy pairing, best pair first: names have a handful of words, and
   * the best pair of two similar names is nearly always right. */
  for (guint round = 0; round < ns; round++)
    {
      guint best_i = 0, best_j = 0;
      double best = -1.0;

      for (guint i = 0; i < ns; i++)
        {
          if (used_s[i])
            continue;
          for (guint j = 0; j < nl; j++)
            if (!used_l[j] && scores[i * nl + j] > best)
              {
                best = scores[i * nl + j];
                best_i = i;
                best_j = j;
              }
        }

      used_s[best_i] = TRUE;
      used_l[best_j] = TRUE;
      sum += best;
      weakest = MIN (weakest, best);
      if (!initial[best_i * nl + best_j] && best >= TOKEN_FLOOR)
        whole_word_match = TRUE;
    }

  score = sum / ns;

  if (ns == 1 && nl > 1)
    {
      /* A one-word name (an organisation, a mononym) is only a match when
       * it is exactly one of the other name's words. */
      if (weakest < 1.0)
        score *= CUT;
      else
        score *= EXTRA_WORDS;
    }
  else
    {
      if (weakest < TOKEN_FLOOR || !whole_word_match)
        score *= CUT;
      else if (ns < nl)
        score *= EXTRA_WORDS;
    }

  words_free (short_words, ns);
  words_free (long_words, nl);
  g_free (scores);
  g_free (initial);
  g_free (used_s);
  g_free (used_l);

  return CLAMP (score, 0.0, 1.0);
}

GStrv
desk_name_index_keys (const char *name)
{
  g_auto(GStrv) tokens = desk_name_tokens (name);
  GPtrArray *keys = g_ptr_array_new ();

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      const char *token = tokens[i];
      glong len = g_utf8_strlen (token, -1);

      if (len < 2)
        continue;

      g_ptr_array_add (keys, g_strdup (token));

      if (len >= 4)
        {
          const char *third = g_utf8_offset_to_pointer (token, 3);
          const char *last3 = g_utf8_offset_to_pointer (token, len - 3);

          g_ptr_array_add (keys, g_strdup_printf ("p:%.*s", (int) (third - token), token));
          g_ptr_array_add (keys, g_strdup_printf ("s:%s", last3));
        }
    }

  return sorted_unique_strv (keys);
}

gint64
desk_name_key_signature (const char *key)
{
  guint hash;

  g_return_val_if_fail (key != NULL, 0);

  hash = g_str_hash (key);
  return (G_GINT64_CONSTANT (1) << (hash % 63)) | (G_GINT64_CONSTANT (1) << ((hash / 63) % 63));
}
