/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-name-match"

#include "config.h"

#include <string.h>

#include "desk-name-match.h"

/* Words shorter than this are only ever spelled exactly: one letter off in
 * "Li" or "Wu" is another name, not a typo. */
#define TYPO_LENGTH    3
/* Words at least this long (both of them) may have two typos: "Muhammad"
 * and "Mohammed", "Christina" and "Kristina".  Shorter words two edits
 * apart are too often other names ("Flores" and "Dolores"). */
#define TWO_TYPO_LENGTH 7
/* How an initial and a word that starts with it count, against 1 for the
 * same word. */
#define INITIAL_QUALITY 0.6
/* With words only the longer name has, typos count in words this long. */
#define EXTRA_TYPO_LENGTH 5
/* How much a word that only the longer name has (a middle name, "LLC")
 * counts against the match, against 1 for a word of the shorter name. */
#define EXTRA_WEIGHT   0.25
/* Names that do not match score their likeness times this, below the
 * threshold whatever their likeness. */
#define CUT            0.75

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

/* Sorts @array of strings, frees empties (and with @unique duplicates),
 * and returns it as a GStrv. */
static GStrv
sorted_strv (GPtrArray *array,
             gboolean   unique)
{
  guint kept = 0;

  g_ptr_array_sort (array, compare_strings);

  for (guint i = 0; i < array->len; i++)
    {
      char *s = g_ptr_array_index (array, i);

      if (*s == '\0' || (unique && kept > 0 && strcmp (s, g_ptr_array_index (array, kept - 1)) == 0))
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

  /* A word said twice stays twice: "Thomas Thomas" is not the one-word
   * name "Thomas", which would match every longer name with a Thomas. */
  return sorted_strv (tokens, FALSE);
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

/* @text, or a valid copy of it in @owned; "" for NULL. */
static const char *
valid_text (const char  *text,
            char       **owned)
{
  if (text == NULL)
    return "";
  if (!g_utf8_validate (text, -1, NULL))
    return *owned = g_utf8_make_valid (text, -1);
  return text;
}

/* A word as code points, the unit of edit distances. */
typedef struct
{
  gunichar *chars;
  guint     len;
} Word;

static void
word_init (Word       *word,
           const char *text)
{
  glong len;

  word->chars = g_utf8_to_ucs4_fast (text, -1, &len);
  word->len = (guint) len;
}

static void
word_clear (Word *word)
{
  g_clear_pointer (&word->chars, g_free);
}

/* Two words made valid and split into code points, for the public
 * functions that take any text. */
typedef struct
{
  char *owned_a;
  char *owned_b;
  Word  a;
  Word  b;
} WordPair;

static void
word_pair_init (WordPair   *pair,
                const char *a,
                const char *b)
{
  pair->owned_a = pair->owned_b = NULL;
  word_init (&pair->a, valid_text (a, &pair->owned_a));
  word_init (&pair->b, valid_text (b, &pair->owned_b));
}

static void
word_pair_clear (WordPair *pair)
{
  word_clear (&pair->a);
  word_clear (&pair->b);
  g_clear_pointer (&pair->owned_a, g_free);
  g_clear_pointer (&pair->owned_b, g_free);
}

guint
desk_edit_distance (const char *a,
                    const char *b)
{
  WordPair pair;
  guint distance;

  word_pair_init (&pair, a, b);
  distance = osa_distance (pair.a.chars, pair.a.len, pair.b.chars, pair.b.len);
  word_pair_clear (&pair);

  return distance;
}

static guint
allowed_edits (guint len_a,
               guint len_b)
{
  if (MAX (len_a, len_b) < TYPO_LENGTH)
    return 0;
  if (MIN (len_a, len_b) >= TWO_TYPO_LENGTH)
    return 2;
  return 1;
}

/* Whether @a and @b may be one word mistyped; if so, how many edits apart. */
static gboolean
words_close (const Word *a,
             const Word *b,
             guint      *distance)
{
  guint allowed = allowed_edits (a->len, b->len);

  if (a->len == b->len && memcmp (a->chars, b->chars, a->len * sizeof (gunichar)) == 0)
    {
      *distance = 0;
      return TRUE;
    }
  /* Cheap before the distance: each letter more is an edit. */
  if (allowed == 0 || MAX (a->len, b->len) - MIN (a->len, b->len) > allowed)
    return FALSE;

  *distance = osa_distance (a->chars, a->len, b->chars, b->len);
  return *distance <= allowed;
}

gboolean
desk_name_same_person (const char *a,
                       const char *b)
{
  g_auto(GStrv) a_words = desk_name_tokens (a);
  g_auto(GStrv) b_words = desk_name_tokens (b);
  guint n_a = g_strv_length (a_words);
  guint n_b = g_strv_length (b_words);
  GStrv short_words = n_a <= n_b ? a_words : b_words;
  GStrv long_words = n_a <= n_b ? b_words : a_words;
  guint n_short = MIN (n_a, n_b);
  guint n_long = MAX (n_a, n_b);
  g_autofree gboolean *used = NULL;
  guint typos = 0;

  if (n_short < 2 || n_long > n_short + 1)
    return FALSE;

  used = g_new0 (gboolean, n_long);

  /* The same words first, so that a typo is only looked for in what is left. */
  for (guint s = 0; s < n_short; s++)
    {
      guint l;

      for (l = 0; l < n_long; l++)
        if (!used[l] && strcmp (short_words[s], long_words[l]) == 0)
          break;
      if (l < n_long)
        {
          used[l] = TRUE;
          short_words[s][0] = '\0';   /* paired */
        }
    }

  for (guint s = 0; s < n_short; s++)
    {
      gboolean paired = FALSE;

      if (short_words[s][0] == '\0')
        continue;
      if (++typos > 1 || g_utf8_strlen (short_words[s], -1) < 7)
        return FALSE;
      for (guint l = 0; l < n_long && !paired; l++)
        if (!used[l] && g_utf8_strlen (long_words[l], -1) >= 7 &&
            desk_edit_distance (short_words[s], long_words[l]) == 1)
          paired = used[l] = TRUE;
      if (!paired)
        return FALSE;
    }

  return TRUE;
}

gboolean
desk_name_words_close (const char *a,
                       const char *b)
{
  WordPair pair;
  guint distance;
  gboolean close;

  word_pair_init (&pair, a, b);
  close = pair.a.len > 0 && pair.b.len > 0 && words_close (&pair.a, &pair.b, &distance);
  word_pair_clear (&pair);

  return close;
}

/* @word without the letters at @skip and @skip2 (G_MAXUINT: none), as UTF-8. */
static char *
word_without (const Word *word,
              guint       skip,
              guint       skip2)
{
  g_autofree gunichar *kept = g_new (gunichar, word->len);
  guint n = 0;

  for (guint i = 0; i < word->len; i++)
    if (i != skip && i != skip2)
      kept[n++] = word->chars[i];

  return g_ucs4_to_utf8 (kept, n, NULL, NULL, NULL);
}

GStrv
desk_name_word_keys (const char *word)
{
  g_autofree char *owned = NULL;
  GPtrArray *keys = g_ptr_array_new ();
  Word w;

  word_init (&w, valid_text (word, &owned));

  /* An initial has no keys: it is matched as an initial, never as a word. */
  if (w.len >= 2)
    g_ptr_array_add (keys, word_without (&w, G_MAXUINT, G_MAXUINT));

  /* A word too short for typos needs no deletions: a longer word with one
   * letter more reaches it through its own. */
  if (w.len >= TYPO_LENGTH)
    for (guint i = 0; i < w.len; i++)
      g_ptr_array_add (keys, word_without (&w, i, G_MAXUINT));

  if (w.len >= TWO_TYPO_LENGTH)
    for (guint i = 0; i < w.len; i++)
      for (guint j = i + 1; j < w.len; j++)
        g_ptr_array_add (keys, word_without (&w, i, j));

  word_clear (&w);
  return sorted_strv (keys, TRUE);
}

/* ---- names ------------------------------------------------------------------ */

typedef enum
{
  PAIR_NONE,      /* not the same word */
  PAIR_INITIAL,   /* an initial and a word that starts with it, or two equal initials */
  PAIR_WORD,      /* two whole words, the same or mistyped */
} PairKind;

typedef struct
{
  PairKind kind;
  double   quality;   /* 1 for the same word; how alike they are otherwise */
} Pair;

static Pair
pair_words (const Word *a,
            const Word *b)
{
  Pair pair = { PAIR_NONE, 0.0 };
  guint distance;

  if (a->len == 1 || b->len == 1)
    {
      if (a->chars[0] == b->chars[0])
        {
          pair.kind = PAIR_INITIAL;
          pair.quality = a->len == b->len ? 1.0 : INITIAL_QUALITY;
        }
      return pair;
    }

  if (words_close (a, b, &distance))
    pair.kind = PAIR_WORD;
  else
    distance = osa_distance (a->chars, a->len, b->chars, b->len);
  pair.quality = 1.0 - (double) distance / (double) MAX (a->len, b->len);

  return pair;
}

/* Which word of the longer name each word of the shorter one pairs with. */
typedef struct
{
  guint  n_short;
  guint  n_long;
  Pair  *pairs;      /* n_short × n_long */
  int   *of_short;   /* index into the longer name, or -1 */
  int   *of_long;    /* index into the shorter name, or -1 */
} Pairing;

/* Finds a partner for @s, moving the partners of others along if needed
 * (an augmenting path, as in Kuhn's bipartite matching). */
static gboolean
pairing_augment (Pairing  *p,
                 guint     s,
                 gboolean *visited)
{
  for (guint l = 0; l < p->n_long; l++)
    {
      if (visited[l] || p->pairs[s * p->n_long + l].kind == PAIR_NONE)
        continue;
      visited[l] = TRUE;
      if (p->of_long[l] < 0 || pairing_augment (p, p->of_long[l], visited))
        {
          p->of_long[l] = s;
          p->of_short[s] = l;
          return TRUE;
        }
    }
  return FALSE;
}

/* Best pairs first, which is right for names nearly always; then every
 * word left over gets a partner if any assignment gives it one, so that
 * whether two names match never depends on the order of the greedy pass. */
static void
pairing_solve (Pairing *p)
{
  g_autofree gboolean *visited = g_new (gboolean, p->n_long);

  for (guint round = 0; round < p->n_short; round++)
    {
      int best_s = -1, best_l = -1;
      double best = -1.0;

      for (guint s = 0; s < p->n_short; s++)
        for (guint l = 0; l < p->n_long && p->of_short[s] < 0; l++)
          {
            const Pair *pair = &p->pairs[s * p->n_long + l];

            if (p->of_long[l] < 0 && pair->kind != PAIR_NONE && pair->quality > best)
              {
                best = pair->quality;
                best_s = s;
                best_l = l;
              }
          }
      if (best_s < 0)
        break;
      p->of_short[best_s] = best_l;
      p->of_long[best_l] = best_s;
    }

  for (guint s = 0; s < p->n_short; s++)
    if (p->of_short[s] < 0)
      {
        memset (visited, 0, p->n_long * sizeof (gboolean));
        pairing_augment (p, s, visited);
      }
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

double
desk_name_similarity (const char *a,
                      const char *b)
{
  g_auto(GStrv) tokens_a = desk_name_tokens (a);
  g_auto(GStrv) tokens_b = desk_name_tokens (b);
  guint na = g_strv_length (tokens_a);
  guint nb = g_strv_length (tokens_b);
  GStrv short_tokens, long_tokens;
  Word *short_words, *long_words;
  Pairing p;
  gboolean all_paired = TRUE;
  gboolean whole_word = FALSE;
  gboolean exact_word = FALSE;
  gboolean extra_words = FALSE;
  gboolean short_typo = FALSE;
  gboolean matched;
  double sum = 0.0;
  double likeness = 0.0;
  double score;

  if (na == 0 || nb == 0)
    return 0.0;
  if (g_strv_equal ((const char * const *) tokens_a, (const char * const *) tokens_b))
    return 1.0;

  /* Ties broken by the tokens themselves, so that the score does not
   * depend on the order of the arguments. */
  if (na < nb || (na == nb && compare_strv (tokens_a, tokens_b) <= 0))
    short_tokens = tokens_a, p.n_short = na, long_tokens = tokens_b, p.n_long = nb;
  else
    short_tokens = tokens_b, p.n_short = nb, long_tokens = tokens_a, p.n_long = na;

  short_words = g_new (Word, p.n_short);
  long_words = g_new (Word, p.n_long);
  for (guint s = 0; s < p.n_short; s++)
    word_init (&short_words[s], short_tokens[s]);
  for (guint l = 0; l < p.n_long; l++)
    word_init (&long_words[l], long_tokens[l]);

  p.pairs = g_new (Pair, (gsize) p.n_short * p.n_long);
  p.of_short = g_new (int, p.n_short);
  p.of_long = g_new (int, p.n_long);
  for (guint s = 0; s < p.n_short; s++)
    {
      p.of_short[s] = -1;
      for (guint l = 0; l < p.n_long; l++)
        p.pairs[s * p.n_long + l] = pair_words (&short_words[s], &long_words[l]);
    }
  for (guint l = 0; l < p.n_long; l++)
    p.of_long[l] = -1;

  pairing_solve (&p);

  for (guint s = 0; s < p.n_short; s++)
    {
      if (p.of_short[s] >= 0)
        {
          const Pair *pair = &p.pairs[s * p.n_long + p.of_short[s]];

          sum += pair->quality;
          likeness += pair->quality;
          whole_word |= pair->kind == PAIR_WORD;
          exact_word |= pair->kind == PAIR_WORD && pair->quality == 1.0;
          short_typo |= pair->kind == PAIR_WORD && pair->quality < 1.0 &&
                        MIN (short_words[s].len, long_words[p.of_short[s]].len) < EXTRA_TYPO_LENGTH;
        }
      else
        {
          double best = 0.0;

          for (guint l = 0; l < p.n_long; l++)
            best = MAX (best, p.pairs[s * p.n_long + l].quality);
          likeness += best;
          all_paired = FALSE;
        }
    }

  for (guint l = 0; l < p.n_long; l++)
    if (p.of_long[l] < 0 && long_words[l].len > 1)
      extra_words = TRUE;

  /* A shared first name alone, or initials alone, is not a match.  Nor
   * are words only like some of a longer name's ("Guang Hu" and "Quang
   * Huy Pham", "Jun Lin" and "Min-jun Park", "Acme" and "Acne Property"):
   * a name of one word must be one of the other's, and when the longer
   * name has more words than initials, one word must be the same and
   * typos are only taken in longer words. */
  if (!all_paired || !whole_word)
    matched = FALSE;
  else if (p.n_short == 1 && p.n_long > 1)
    matched = exact_word;
  else if (extra_words)
    matched = exact_word && !short_typo;
  else
    matched = TRUE;

  if (matched)
    score = DESK_NAME_MATCH_THRESHOLD +
            (1.0 - DESK_NAME_MATCH_THRESHOLD) * sum / (p.n_short + EXTRA_WEIGHT * (p.n_long - p.n_short));
  else
    score = CUT * likeness / p.n_short;

  for (guint s = 0; s < p.n_short; s++)
    word_clear (&short_words[s]);
  for (guint l = 0; l < p.n_long; l++)
    word_clear (&long_words[l]);
  g_free (short_words);
  g_free (long_words);
  g_free (p.pairs);
  g_free (p.of_short);
  g_free (p.of_long);

  return CLAMP (score, 0.0, 1.0);
}
