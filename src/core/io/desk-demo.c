/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "desk-demo.h"
#include "desk-error.h"
#include "desk-progress.h"
#include "desk-store-mentorship.h"

/*
 * Synthetic clinic data for demonstrations and benchmarks.
 *
 * Everything comes from our own PRNG (xoshiro256** seeded through
 * splitmix64) and integer arithmetic, so a seed gives the same records on
 * every machine and GLib version; g_random and rand() promise no such thing.
 * Each phase (volunteers, clients, cases) has its own stream, so asking for
 * more cases keeps the same volunteers.
 *
 * Problem codes follow data/lsc-problem-codes.csv (LSC Case Service Report)
 * and closing codes data/lsc-closing-codes.csv; incomes are spread around
 * the 2025 HHS poverty guideline for the 48 contiguous states
 * (data/poverty-guidelines.csv).
 */

/* ---------------------------------------------------------------- PRNG */

typedef struct
{
  guint64 s[4];
} DemoRng;

static guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

static void
rng_init (DemoRng *rng,
          guint64  seed,
          guint64  stream)
{
  guint64 state = seed ^ (stream * G_GUINT64_CONSTANT (0xd1b54a32d192ed03));

  for (guint i = 0; i < G_N_ELEMENTS (rng->s); i++)
    rng->s[i] = splitmix64 (&state);
}

static inline guint64
rotl (guint64 x,
      int     k)
{
  return (x << k) | (x >> (64 - k));
}

static guint64
rng_next (DemoRng *rng)
{
  guint64 *s = rng->s;
  guint64 result = rotl (s[1] * 5, 7) * 9;
  guint64 t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl (s[3], 45);

  return result;
}

/* A number in [0, n); the bias of the multiply-shift is far below what
 * demo data can show. */
static guint
rng_below (DemoRng *rng,
           guint    n)
{
  if (n == 0)
    return 0;
  return (guint) (((rng_next (rng) >> 32) * (guint64) n) >> 32);
}

/* A number in [lo, hi]. */
static int
rng_range (DemoRng *rng,
           int      lo,
           int      hi)
{
  if (hi <= lo)
    return lo;
  return lo + (int) rng_below (rng, (guint) (hi - lo) + 1);
}

static gboolean
rng_percent (DemoRng *rng,
             guint    percent)
{
  return rng_below (rng, 100) < percent;
}

/* Every weighted table starts with a guint weight. */
static guint
pick_weighted (DemoRng    *rng,
               const void *table,
               gsize       stride,
               guint       n)
{
  guint total = 0;
  guint r;

  for (guint i = 0; i < n; i++)
    total += *(const guint *) ((const char *) table + i * stride);
  r = rng_below (rng, total);
  for (guint i = 0; i < n; i++)
    {
      guint weight = *(const guint *) ((const char *) table + i * stride);

      if (r < weight)
        return i;
      r -= weight;
    }
  return n - 1;
}

#define PICK(rng, table) pick_weighted ((rng), (table), sizeof (table)[0], G_N_ELEMENTS (table))

static guint
strv_count (const char * const *strv)
{
  guint n = 0;

  while (strv[n] != NULL)
    n++;
  return n;
}

static const char *
pick_str (DemoRng            *rng,
          const char * const *strv)
{
  return strv[rng_below (rng, strv_count (strv))];
}

/* --------------------------------------------------------------- dates */

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * algorithm), so dates need no GDate and no floating point. */
static gint32
days_from_civil (int y,
                 int m,
                 int d)
{
  int era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void
civil_from_days (gint32  z,
                 int    *year,
                 int    *month,
                 int    *day)
{
  int era, doe, yoe, y, doy, mp, d, m;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = yoe + era * 400;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp + (mp < 10 ? 3 : -9);
  y += m <= 2;
  *year = y;
  *month = m;
  *day = d;
}

static void
format_day (gint32 z,
            char   buf[16])
{
  int y, m, d;

  civil_from_days (z, &y, &m, &d);
  g_snprintf (buf, 16, "%04d-%02d-%02d", y, m, d);
}

/* The same calendar date @years earlier (29 February becomes 1 March). */
static gint32
years_before (gint32 z,
              int    years)
{
  int y, m, d;

  civil_from_days (z, &y, &m, &d);
  return days_from_civil (y - years, m, d);
}

/* ---------------------------------------------------------- the tables */

typedef struct
{
  guint               weight;           /* among clients */
  guint               volunteer_weight; /* among volunteers */
  const char         *language;         /* what most clients of this origin prefer */
  guint               native_percent;   /* how many prefer it to English */
  DeskEthnicity       ethnicity[2];     /* the usual answers */
  const char * const *female;
  const char * const *male;
  const char * const *last_female;      /* index-parallel with last_male */
  const char * const *last_male;
} Origin;

static const char * const english_female[] = {
  "Mary", "Jennifer", "Linda", "Patricia", "Elizabeth", "Susan", "Jessica", "Sarah", "Karen",
  "Lisa", "Nancy", "Betty", "Ashley", "Emily", "Donna", "Michelle", "Dorothy", "Kimberly",
  "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Brittany",
  "Tiffany", "Shirley", "Angela", "Latoya", "Keisha", "Tamika", "Ebony", "Aaliyah", "Destiny",
  "Crystal", "Heather", "Amber", "Brenda", "Tanya", NULL
};
static const char * const english_male[] = {
  "James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas",
  "Christopher", "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul",
  "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Jason",
  "Edward", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "DeShawn",
  "Tyrone", "Marcus", "Terrell", "Darnell", "Dwayne", NULL
};
static const char * const english_last[] = {
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
  "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris",
  "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green",
  "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips",
  "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook",
  "Rogers", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Washington",
  "Jefferson", "O'Brien", "McCarthy", "Sullivan", "Brooks", NULL
};

static const char * const spanish_female[] = {
  "María", "Guadalupe", "Juana", "Rosa", "Ana", "Carmen", "Verónica", "Sofía", "Lucía",
  "Alejandra", "Gabriela", "Leticia", "Mónica", "Yesenia", "Adriana", "Marisol", "Beatriz",
  "Inés", "Dolores", "Esperanza", "Araceli", "Itzel", "Ximena", "Valentina", "María José", NULL
};
static const char * const spanish_male[] = {
  "José", "Juan", "Luis", "Carlos", "Jesús", "Miguel", "Francisco", "Jorge", "Alejandro",
  "Antonio", "Manuel", "Ramón", "Andrés", "Héctor", "Raúl", "Sergio", "Víctor", "Óscar",
  "Iván", "Julián", "Tomás", "Rubén", "Efraín", "Joaquín", "Juan Carlos", NULL
};
static const char * const spanish_last[] = {
  "García", "Hernández", "Martínez", "López", "González", "Rodríguez", "Pérez", "Sánchez",
  "Ramírez", "Flores", "Gómez", "Díaz", "Cruz", "Morales", "Reyes", "Gutiérrez", "Ortiz",
  "Jiménez", "Ruiz", "Álvarez", "Castillo", "Vásquez", "Mendoza", "Romero", "Herrera",
  "Medina", "Aguilar", "Vargas", "Castro", "Muñoz", "Peña", "Ibáñez", "Núñez", "Rosales",
  "Domínguez", "Salazar", "Chávez", "Ríos", "Fuentes", "Ortega", NULL
};

static const char * const vietnamese_female[] = {
  "Thị Lan", "Thị Hương", "Thị Mai", "Ngọc Anh", "Thị Thu", "Thị Hằng", "Kim Liên", "Thị Hoa",
  "Bích Ngọc", "Thị Phương", "Thanh Hà", "Thùy Linh", NULL
};
static const char * const vietnamese_male[] = {
  "Văn An", "Văn Hùng", "Minh Tuấn", "Quốc Bảo", "Đức Anh", "Văn Long", "Hữu Phước",
  "Thanh Tùng", "Văn Dũng", "Công Minh", "Quang Huy", "Văn Khoa", NULL
};
static const char * const vietnamese_last[] = {
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
  "Hồ", "Ngô", "Dương", "Lý", NULL
};

static const char * const chinese_female[] = {
  "Xiulan", "Mei", "Yan", "Jing", "Lina", "Xiaoling", "Hui", "Ying", "Fang", "Yuqing",
  "Xiaomei", "Lihua", NULL
};
static const char * const chinese_male[] = {
  "Wei", "Jian", "Hao", "Lei", "Jun", "Ming", "Zhiwei", "Yong", "Qiang", "Chen", "Guang",
  "Haoran", NULL
};
static const char * const chinese_last[] = {
  "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
  "Ma", "Zhu", "Hu", "Guo", "Lin", "He", NULL
};

static const char * const arabic_female[] = {
  "Fatima", "Aisha", "Mariam", "Layla", "Noor", "Huda", "Amal", "Rania", "Yasmin", "Salma",
  "Zainab", "Hana", NULL
};
static const char * const arabic_male[] = {
  "Mohammed", "Ahmed", "Ali", "Omar", "Yusuf", "Khalid", "Hassan", "Ibrahim", "Mahmoud",
  "Tariq", "Karim", "Samir", NULL
};
static const char * const arabic_last[] = {
  "Al-Hashimi", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Abdullah", "Hussein",
  "Ibrahim", "Qasim", "Farouk", "El-Sayed", "Aziz", "Darwish", "Hamdan", NULL
};

static const char * const polish_female[] = {
  "Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Ewa", "Zofia", "Barbara", "Krystyna",
  "Magdalena", "Dorota", "Jadwiga", "Bożena", NULL
};
static const char * const polish_male[] = {
  "Łukasz", "Paweł", "Piotr", "Krzysztof", "Tomasz", "Michał", "Marcin", "Grzegorz",
  "Wojciech", "Jakub", "Stanisław", "Zbigniew", NULL
};
static const char * const polish_last_female[] = {
  "Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowska",
  "Zielińska", "Szymańska", "Woźniak", "Dąbrowska", "Kozłowska", NULL
};
static const char * const polish_last_male[] = {
  "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
  "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", NULL
};

static const char * const somali_female[] = {
  "Hodan", "Fadumo", "Asha", "Hibaaq", "Ifrah", "Sahra", "Ubah", "Khadija", "Nasra", "Deeqa",
  NULL
};
static const char * const somali_male[] = {
  "Abdi", "Mohamed", "Abdirahman", "Hassan", "Farah", "Ahmed", "Abdullahi", "Liban", "Mahad",
  "Guled", NULL
};
static const char * const somali_last[] = {
  "Abdi", "Ali", "Hassan", "Mohamed", "Farah", "Warsame", "Yusuf", "Osman", "Jama", "Egal",
  "Aden", "Hirsi", "Nur", "Dahir", NULL
};

static const char * const haitian_female[] = {
  "Marie-Claire", "Nadège", "Roseline", "Guerline", "Fabienne", "Mirlande", "Widline",
  "Jocelyne", "Lourdes", "Esther", "Marie-Ange", NULL
};
static const char * const haitian_male[] = {
  "Jean-Pierre", "Wilner", "Fritznel", "Jean Robert", "Dieuseul", "Frantz", "Ricardo", "Wisly",
  "Emmanuel", "Jocelyn", "Jean-Claude", NULL
};
static const char * const haitian_last[] = {
  "Jean-Baptiste", "Pierre", "Joseph", "Louis", "Charles", "Étienne", "Désir", "Théodore",
  "Augustin", "Célestin", "François", "Dorvil", "Noël", "Beauvais", NULL
};

static const char * const russian_female[] = {
  "Olga", "Natalya", "Svetlana", "Tatyana", "Irina", "Yelena", "Anastasia", "Lyudmila",
  "Yulia", "Ekaterina", NULL
};
static const char * const russian_male[] = {
  "Aleksandr", "Dmitry", "Sergei", "Andrei", "Ivan", "Mikhail", "Nikolai", "Vladimir", "Yuri",
  "Aleksei", NULL
};
static const char * const russian_last_female[] = {
  "Ivanova", "Smirnova", "Kuznetsova", "Popova", "Volkova", "Sokolova", "Lebedeva", "Kozlova",
  "Novikova", "Morozova", "Petrova", "Pavlova", NULL
};
static const char * const russian_last_male[] = {
  "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Volkov", "Sokolov", "Lebedev", "Kozlov",
  "Novikov", "Morozov", "Petrov", "Pavlov", NULL
};

static const char * const korean_female[] = {
  "Ji-woo", "Seo-yeon", "Min-ji", "Soo-jin", "Eun-ji", "Hye-jin", "Yuna", "Ha-eun", NULL
};
static const char * const korean_male[] = {
  "Min-jun", "Ji-hoon", "Sung-min", "Dong-hyun", "Jae-won", "Hyun-woo", "Young-ho", "Tae-yang",
  NULL
};
static const char * const korean_last[] = {
  "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", NULL
};

static const char * const filipino_female[] = {
  "Maria Cristina", "Rosario", "Marilou", "Jocelyn", "Analyn", "Maricel", "Lorna", "Imelda",
  NULL
};
static const char * const filipino_male[] = {
  "Jose Rizal", "Rodrigo", "Emmanuel", "Ferdinand", "Jericho", "Ramil", "Arnel", "Reynaldo",
  NULL
};
static const char * const filipino_last[] = {
  "Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Dela Cruz",
  "Villanueva", "Aquino", "Castillo", "Ramos", NULL
};

static const char * const amharic_female[] = {
  "Tigist", "Meron", "Selam", "Hirut", "Bethlehem", "Mekdes", "Almaz", "Saba", NULL
};
static const char * const amharic_male[] = {
  "Dawit", "Tesfaye", "Yonas", "Abebe", "Getachew", "Solomon", "Biniam", "Kebede", NULL
};
static const char * const amharic_last[] = {
  "Bekele", "Tadesse", "Haile", "Girma", "Alemu", "Mekonnen", "Wolde", "Assefa", "Tesfaye",
  NULL
};

static const Origin origins[] = {
  { 44, 62, "English",        0,  { DESK_ETHNICITY_WHITE, DESK_ETHNICITY_BLACK },
    english_female, english_male, english_last, english_last },
  { 23, 12, "Spanish",        62, { DESK_ETHNICITY_HISPANIC, DESK_ETHNICITY_HISPANIC },
    spanish_female, spanish_male, spanish_last, spanish_last },
  { 5,  4,  "Vietnamese",     65, { DESK_ETHNICITY_ASIAN, DESK_ETHNICITY_ASIAN },
    vietnamese_female, vietnamese_male, vietnamese_last, vietnamese_last },
  { 4,  5,  "Mandarin",       55, { DESK_ETHNICITY_ASIAN, DESK_ETHNICITY_ASIAN },
    chinese_female, chinese_male, chinese_last, chinese_last },
  { 4,  3,  "Arabic",         60, { DESK_ETHNICITY_WHITE, DESK_ETHNICITY_OTHER },
    arabic_female, arabic_male, arabic_last, arabic_last },
  { 3,  3,  "Polish",         40, { DESK_ETHNICITY_WHITE, DESK_ETHNICITY_WHITE },
    polish_female, polish_male, polish_last_female, polish_last_male },
  { 3,  1,  "Somali",         60, { DESK_ETHNICITY_BLACK, DESK_ETHNICITY_BLACK },
    somali_female, somali_male, somali_last, somali_last },
  { 3,  2,  "Haitian Creole", 60, { DESK_ETHNICITY_BLACK, DESK_ETHNICITY_BLACK },
    haitian_female, haitian_male, haitian_last, haitian_last },
  { 3,  3,  "Russian",        50, { DESK_ETHNICITY_WHITE, DESK_ETHNICITY_WHITE },
    russian_female, russian_male, russian_last_female, russian_last_male },
  { 2,  3,  "Korean",         50, { DESK_ETHNICITY_ASIAN, DESK_ETHNICITY_ASIAN },
    korean_female, korean_male, korean_last, korean_last },
  { 3,  2,  "Tagalog",        25, { DESK_ETHNICITY_ASIAN, DESK_ETHNICITY_PACIFIC_ISLANDER },
    filipino_female, filipino_male, filipino_last, filipino_last },
  { 3,  0,  "Amharic",        55, { DESK_ETHNICITY_BLACK, DESK_ETHNICITY_BLACK },
    amharic_female, amharic_male, amharic_last, amharic_last },
};

typedef struct
{
  const char         *name;
  int                 area_code;
  const char * const *towns;
  int                 zip;
} County;

static const char * const adams_towns[] = { "Brighton", "Commerce Falls", NULL };
static const char * const clark_towns[] = { "Riverton", "Vale", NULL };
static const char * const franklin_towns[] = { "Franklin", "Millbrook", "Oak Hill", NULL };
static const char * const jefferson_towns[] = { "Port Jefferson", "Greenfield", NULL };
static const char * const lincoln_towns[] = { "Lincoln City", "Prairie View", NULL };
static const char * const madison_towns[] = { "Madison", "Cedar Grove", NULL };
static const char * const marion_towns[] = { "Salem", "Fairview", NULL };
static const char * const monroe_towns[] = { "Monroe", "Lakeside", NULL };
static const char * const montgomery_towns[] = { "Montgomery", "Westport", "Elm Springs", NULL };
static const char * const union_towns[] = { "Union City", "Harmony", NULL };
static const char * const warren_towns[] = { "Warren", "Stony Creek", NULL };
static const char * const washington_towns[] = { "Washington", "Kingsbury", "Pleasant Valley", NULL };

static const County counties[] = {
  { "Adams",      303, adams_towns,      80601 },
  { "Clark",      702, clark_towns,      89001 },
  { "Franklin",   614, franklin_towns,   43201 },
  { "Jefferson",  502, jefferson_towns,  40201 },
  { "Lincoln",    402, lincoln_towns,    68501 },
  { "Madison",    256, madison_towns,    35801 },
  { "Marion",     317, marion_towns,     46201 },
  { "Monroe",     585, monroe_towns,     14601 },
  { "Montgomery", 937, montgomery_towns, 45401 },
  { "Union",      908, union_towns,      7083 },
  { "Warren",     513, warren_towns,     45036 },
  { "Washington", 503, washington_towns, 97005 },
};

static const char * const streets[] = {
  "Main Street", "Oak Avenue", "Maple Street", "Cedar Lane", "Elm Street", "Pine Road",
  "Washington Avenue", "Lincoln Boulevard", "Park Avenue", "River Road", "Church Street",
  "Lake Drive", "Hillcrest Drive", "Sunset Boulevard", "Jackson Street", "Chestnut Street",
  "Walnut Avenue", "Spring Street", "Highland Avenue", "Mill Road", "Martin Luther King Jr. Way",
  "César Chávez Avenue", NULL
};

static const char * const best_times[] = {
  "", "", "Mornings", "Afternoons", "Evenings", "After 5 pm on weekdays", "Any time",
  "Lunch break, 12–1 pm", "Weekends", NULL
};

static const char * const referral_sources[] = {
  "Court self-help center", "211 helpline", "Friend or family", "Community organization",
  "Clinic website", "Previous client", "Social services agency", "Bar association referral",
  "Domestic violence shelter", "Senior center", "Library legal information day", NULL
};

static const char * const email_domains[] = {
  "example.com", "example.org", "example.net", "mail.example.com", NULL
};

/* The practice areas volunteers list; each problem category maps to one. */
enum
{
  AREA_HOUSING,
  AREA_FAMILY,
  AREA_CONSUMER,
  AREA_EMPLOYMENT,
  AREA_BENEFITS,
  AREA_IMMIGRATION,
  AREA_ESTATES,
  AREA_EDUCATION,
  N_AREAS
};

typedef struct
{
  guint       weight;
  const char *name;
} Area;

static const Area areas[N_AREAS] = {
  { 26, "Housing" },
  { 24, "Family" },
  { 12, "Consumer" },
  { 10, "Employment" },
  { 10, "Public Benefits" },
  { 8,  "Immigration" },
  { 6,  "Wills & Estates" },
  { 4,  "Education" },
};

typedef struct
{
  guint               weight;
  const char         *code;    /* in data/lsc-problem-codes.csv */
  const char * const *titles;
} Problem;

typedef struct
{
  guint          weight;
  guint          area;
  gboolean       recovers;  /* money is often recovered or saved */
  const Problem *problems;
  guint          n_problems;
} Category;

#define TITLES(...) ((const char * const []) { __VA_ARGS__, NULL })

static const Problem housing[] = {
  { 50, "63", TITLES ("Eviction for non-payment", "Eviction after notice to quit",
                      "Repairs and habitability complaint", "Security deposit not returned",
                      "Illegal lockout", "Retaliatory eviction", "Mold and pests in rental unit") },
  { 12, "61", TITLES ("Section 8 voucher termination", "Subsidized rent recalculation",
                      "Eviction from subsidized housing") },
  { 10, "64", TITLES ("Public housing eviction", "Public housing transfer request",
                      "Grievance hearing with housing authority") },
  { 8,  "67", TITLES ("Mortgage foreclosure defence", "Loan modification after missed payments") },
  { 5,  "62", TITLES ("Tangled title after parent’s death", "Property tax exemption",
                      "Boundary dispute with neighbour") },
  { 5,  "66", TITLES ("Housing discrimination complaint", "Reasonable accommodation refused") },
  { 3,  "65", TITLES ("Mobile home park eviction", "Lot rent increase dispute") },
  { 2,  "68", TITLES ("Predatory refinance loan") },
  { 5,  "69", TITLES ("Homelessness prevention", "Emergency rental assistance denied") },
};

static const Problem family[] = {
  { 25, "31", TITLES ("Custody modification", "Visitation schedule enforcement",
                      "Relocation with children", "Emergency custody") },
  { 22, "32", TITLES ("Uncontested divorce", "Contested divorce with children", "Legal separation") },
  { 20, "37", TITLES ("Protective order against former partner", "Domestic violence protection order",
                      "Extension of protective order") },
  { 12, "38", TITLES ("Child support modification", "Child support arrears") },
  { 6,  "36", TITLES ("Paternity establishment") },
  { 4,  "33", TITLES ("Guardianship of adult son with disability", "Guardianship of elderly parent") },
  { 3,  "34", TITLES ("Name change", "Name change after divorce") },
  { 3,  "30", TITLES ("Stepparent adoption", "Kinship adoption") },
  { 2,  "35", TITLES ("Termination of parental rights defence") },
  { 3,  "39", TITLES ("Grandparent visitation") },
};

static const Problem consumer[] = {
  { 22, "02", TITLES ("Wage garnishment for old credit card debt", "Car repossession",
                      "Default judgment on medical debt", "Bank account levy") },
  { 18, "01", TITLES ("Chapter 7 bankruptcy", "Debt relief options") },
  { 15, "04", TITLES ("Debt collector harassment", "Collection calls about a debt not owed") },
  { 10, "07", TITLES ("Utility shut-off notice", "Disputed water bill") },
  { 8,  "03", TITLES ("Used car warranty dispute", "Home repair contract dispute") },
  { 7,  "05", TITLES ("Payday loan dispute", "Car title loan") },
  { 8,  "08", TITLES ("Door-to-door sales scam", "Deceptive for-profit college enrolment") },
  { 5,  "06", TITLES ("Rent-to-own contract") },
  { 7,  "09", TITLES ("Identity theft", "Errors on credit report") },
};

static const Problem income[] = {
  { 18, "75", TITLES ("SSI application denied", "SSI overpayment notice") },
  { 16, "74", TITLES ("SSDI appeal after denial", "SSDI reconsideration") },
  { 18, "73", TITLES ("SNAP benefits terminated", "SNAP overpayment claim") },
  { 14, "76", TITLES ("Unemployment benefits denied", "Unemployment overpayment waiver") },
  { 10, "71", TITLES ("TANF sanction", "TANF benefits reduced") },
  { 8,  "72", TITLES ("Social Security retirement overpayment") },
  { 5,  "77", TITLES ("Veterans disability benefits claim") },
  { 5,  "78", TITLES ("General assistance denied") },
  { 6,  "79", TITLES ("Benefits cut off without notice") },
};

static const Problem employment[] = {
  { 35, "22", TITLES ("Wage theft claim", "Unpaid overtime", "Final paycheck not paid") },
  { 18, "21", TITLES ("Workplace discrimination complaint", "Pregnancy discrimination") },
  { 15, "25", TITLES ("Wrongful termination", "Family leave denied") },
  { 10, "23", TITLES ("Earned Income Tax Credit audit") },
  { 10, "24", TITLES ("IRS tax debt", "State tax refund offset") },
  { 4,  "26", TITLES ("Farmworker housing conditions") },
  { 8,  "29", TITLES ("Criminal record barrier to employment", "Non-compete agreement") },
};

static const Problem health[] = {
  { 45, "51", TITLES ("Medicaid application denied", "Medicaid terminated at renewal",
                      "Medicaid coverage for home care") },
  { 15, "52", TITLES ("Medicare Part D coverage denial") },
  { 8,  "53", TITLES ("CHIP enrolment problem") },
  { 8,  "54", TITLES ("Home care hours reduced") },
  { 8,  "55", TITLES ("Health insurance claim denied") },
  { 8,  "56", TITLES ("Nursing home discharge") },
  { 4,  "57", TITLES ("County health programme eligibility") },
  { 4,  "59", TITLES ("Medical bill dispute") },
};

static const Problem rights[] = {
  { 55, "81", TITLES ("U visa application", "VAWA self-petition", "Naturalization application",
                      "DACA renewal", "Asylum application support") },
  { 12, "84", TITLES ("Disability accommodation in public services") },
  { 12, "85", TITLES ("Civil rights complaint") },
  { 8,  "82", TITLES ("Involuntary commitment hearing") },
  { 5,  "86", TITLES ("T visa for trafficking survivor") },
  { 8,  "89", TITLES ("Criminal record expungement") },
};

static const Problem education[] = {
  { 40, "13", TITLES ("Special education plan dispute", "IEP evaluation request") },
  { 30, "12", TITLES ("School suspension hearing", "Expulsion hearing") },
  { 15, "14", TITLES ("School enrolment refused", "English learner services") },
  { 10, "16", TITLES ("Student loan default", "Student loan discharge") },
  { 3,  "15", TITLES ("Vocational rehabilitation services") },
  { 2,  "19", TITLES ("School transportation dispute") },
};

static const Problem juvenile[] = {
  { 35, "42", TITLES ("Dependency case", "Kinship care for grandchildren") },
  { 35, "44", TITLES ("Minor guardianship for grandchild") },
  { 10, "43", TITLES ("Emancipation") },
  { 10, "41", TITLES ("Juvenile delinquency") },
  { 10, "49", TITLES ("Juvenile record sealing") },
};

static const Problem misc[] = {
  { 35, "95", TITLES ("Simple will", "Probate of small estate", "Transfer on death deed") },
  { 30, "96", TITLES ("Power of attorney and advance directive", "Health care directive") },
  { 15, "93", TITLES ("Driver’s licence suspension", "Occupational licence denied") },
  { 10, "94", TITLES ("Small claims defence after car accident") },
  { 3,  "91", TITLES ("Incorporation of tenants’ association") },
  { 3,  "97", TITLES ("Municipal code violation") },
  { 4,  "99", TITLES ("Other legal problem") },
};

#define CATEGORY(w, area, recovers, table) { w, area, recovers, table, G_N_ELEMENTS (table) }

/* Roughly the mix of a general civil legal aid clinic. */
static const Category categories[] = {
  CATEGORY (30, AREA_HOUSING,     TRUE,  housing),
  CATEGORY (25, AREA_FAMILY,      TRUE,  family),
  CATEGORY (12, AREA_CONSUMER,    TRUE,  consumer),
  CATEGORY (10, AREA_BENEFITS,    TRUE,  income),
  CATEGORY (7,  AREA_EMPLOYMENT,  TRUE,  employment),
  CATEGORY (4,  AREA_BENEFITS,    TRUE,  health),
  CATEGORY (5,  AREA_IMMIGRATION, FALSE, rights),
  CATEGORY (2,  AREA_EDUCATION,   FALSE, education),
  CATEGORY (2,  AREA_FAMILY,      FALSE, juvenile),
  CATEGORY (3,  AREA_ESTATES,     FALSE, misc),
};

typedef struct
{
  guint       weight;
  const char *code;      /* in data/lsc-closing-codes.csv */
  int         min_days;  /* from opening to closing */
  int         max_days;
  gboolean    recovers;  /* may come with an amount recovered */
} Closing;

static const Closing closings[] = {
  { 34, "A",  0,   21,  FALSE },
  { 24, "B",  1,   60,  FALSE },
  { 10, "F",  30,  300, TRUE },
  { 7,  "G",  60,  420, TRUE },
  { 6,  "H",  45,  300, TRUE },
  { 5,  "IA", 45,  360, TRUE },
  { 5,  "IB", 90,  540, TRUE },
  { 1,  "IC", 180, 720, TRUE },
  { 4,  "K",  20,  300, FALSE },
  { 4,  "L",  60,  540, TRUE },
};

typedef struct
{
  guint       weight;
  const char *name;
} Funding;

static const Funding fundings[] = {
  { 40, "LSC Basic Field" },
  { 25, "IOLTA" },
  { 15, "State Access to Justice Fund" },
  { 8,  "United Way" },
  { 7,  "County Bar Foundation" },
  { 5,  "Community Development Block Grant" },
};

static const char * const summaries[] = {
  "", "",
  "Screened on the intake line; client is eligible and has the papers ready.",
  "Walk-in at the courthouse help desk; documents copied to the file.",
  "Referred by a partner agency; a hearing is coming up.",
  "Client needs advice and help preparing documents.",
  "Client prefers to be reached by text message.",
  "Deadline in the notice; check the date before the next call.",
  NULL
};

typedef struct
{
  guint weight;
  int   value;
} WeightedInt;

static const WeightedInt rejection_reasons[] = {
  { 30, DESK_REJECTION_OVER_INCOME },
  { 10, DESK_REJECTION_CONFLICT },
  { 25, DESK_REJECTION_OUTSIDE_PRIORITIES },
  { 25, DESK_REJECTION_INSUFFICIENT_RESOURCES },
  { 10, DESK_REJECTION_OTHER },
};

static const WeightedInt outcomes[] = {
  { 76, DESK_OUTCOME_FAVOURABLE },
  { 12, DESK_OUTCOME_UNFAVOURABLE },
  { 12, DESK_OUTCOME_OTHER },
};

static const WeightedInt priorities[] = {
  { 15, DESK_PRIORITY_LOW },
  { 55, DESK_PRIORITY_NORMAL },
  { 23, DESK_PRIORITY_HIGH },
  { 7,  DESK_PRIORITY_URGENT },
};

static const WeightedInt urgent_priorities[] = {
  { 5,  DESK_PRIORITY_LOW },
  { 40, DESK_PRIORITY_NORMAL },
  { 38, DESK_PRIORITY_HIGH },
  { 17, DESK_PRIORITY_URGENT },
};

static const WeightedInt contact_methods[] = {
  { 50, DESK_CONTACT_PHONE },
  { 22, DESK_CONTACT_TEXT },
  { 14, DESK_CONTACT_EMAIL },
  { 5,  DESK_CONTACT_MAIL },
  { 9,  DESK_CONTACT_IN_PERSON },
};

static const WeightedInt citizenships[] = {
  { 68, DESK_CITIZENSHIP_CITIZEN },
  { 16, DESK_CITIZENSHIP_ELIGIBLE_NONCITIZEN },
  { 5,  DESK_CITIZENSHIP_OTHER },
  { 6,  DESK_CITIZENSHIP_DECLINED },
  { 5,  DESK_CITIZENSHIP_NOT_ASKED },
};

static const WeightedInt exceptions[] = {
  { 30, DESK_EXCEPTION_GOVERNMENT_BENEFIT },
  { 20, DESK_EXCEPTION_MEDICAL_EXPENSES },
  { 15, DESK_EXCEPTION_CHILD_CARE },
  { 10, DESK_EXCEPTION_FIXED_DEBTS },
  { 10, DESK_EXCEPTION_WORK_EXPENSES },
  { 10, DESK_EXCEPTION_ELDERLY_OR_DISABLED },
  { 5,  DESK_EXCEPTION_OTHER },
};

/* Age at intake in years: from 18 to 87, so from 18 to 90 today. */
typedef struct
{
  guint weight;
  int   lo;
  int   hi;
} WeightedRange;

static const WeightedRange ages[] = {
  { 10, 18, 24 },
  { 22, 25, 34 },
  { 22, 35, 44 },
  { 17, 45, 54 },
  { 15, 55, 64 },
  { 9,  65, 74 },
  { 5,  75, 87 },
};

/* Household income in per mille of the poverty guideline. */
static const WeightedRange income_levels[] = {
  { 6,  0,    0 },
  { 14, 50,   500 },
  { 35, 501,  1000 },
  { 18, 1001, 1250 },
  { 20, 1251, 2000 },
  { 7,  2001, 2500 },
};

/* 2025 HHS poverty guideline, 48 contiguous states, in dollars. */
#define GUIDELINE_FIRST_PERSON     15650
#define GUIDELINE_EACH_ADDITIONAL  5500

/* ------------------------------------------------------------ the job */

/* A volunteer of the mentoring program, as the pairing phase needs them. */
typedef struct
{
  guint     index;       /* into volunteer_ids */
  gboolean  mentors;
  gboolean  mentored;
  DeskTier  mentor_tier;
  DeskTier  mentee_tier;
  guint8    capacity;
  guint8    taken;       /* accepted and active pairings */
  guint     never_pair;  /* index into program + 1 of their never-pair, 0: none */
} DemoPerson;

/* A pairing made up, and how many of its objectives and check-ins were made. */
typedef struct
{
  DeskPairingStatus status;
  gint32            started;      /* day numbers; 0 when not started */
  gint32            ended;
  guint             weeks;
  guint             first_objective;  /* into the objective ids */
  guint             n_objectives;
} DemoPairing;

typedef struct
{
  DeskStore        *store;
  DeskDemoProgress  progress;
  gpointer          progress_data;
  GCancellable     *cancellable;
  guint             batch_size;
  guint             done;
  guint             total;
  GPtrArray        *batch;
  GArray           *ids;         /* where flush() puts the new ids, or NULL */
  gboolean          uncounted;   /* the batches are not part of done and total */
  DemoRng           rng;
  gint32            today;
  gint32            start;       /* three years before today */

  /* volunteers */
  GArray           *volunteer_ids;
  guint8           *volunteer_roles;
  GArray           *mentors;            /* indices into volunteer_ids */
  GArray           *by_area[N_AREAS];   /* indices into volunteer_ids */
  DemoRng           profile_rng;        /* the mentoring profile of the volunteers above */

  /* mentoring */
  GArray           *program;            /* DemoPerson, the mentoring volunteers */
  gint64           *pair_mentor;        /* by volunteer index: the mentor of an accepted or active pairing */
  GArray           *pairings;           /* DemoPairing */

  /* clients */
  GArray           *client_ids;
  gint32           *client_intake;
} DemoJob;

static void
demo_job_clear (DemoJob *job)
{
  g_clear_pointer (&job->batch, g_ptr_array_unref);
  g_clear_pointer (&job->volunteer_ids, g_array_unref);
  g_clear_pointer (&job->volunteer_roles, g_free);
  g_clear_pointer (&job->mentors, g_array_unref);
  for (guint i = 0; i < N_AREAS; i++)
    g_clear_pointer (&job->by_area[i], g_array_unref);
  g_clear_pointer (&job->client_ids, g_array_unref);
  g_clear_pointer (&job->client_intake, g_free);
  g_clear_pointer (&job->program, g_array_unref);
  g_clear_pointer (&job->pair_mentor, g_free);
  g_clear_pointer (&job->pairings, g_array_unref);
}

/* Commits the pending records in one transaction; the store gives them
 * their ids, which later batches refer to. */
static gboolean
demo_job_flush (DemoJob  *job,
                GError  **error)
{
  if (job->batch->len == 0)
    return TRUE;

  if (g_cancellable_set_error_if_cancelled (job->cancellable, error))
    return FALSE;

  if (!desk_store_insert_batch (job->store, job->batch, "demo", error))
    return FALSE;

  if (job->ids != NULL)
    for (guint i = 0; i < job->batch->len; i++)
      {
        gint64 id = desk_record_get_id (g_ptr_array_index (job->batch, i));

        g_array_append_val (job->ids, id);
      }

  /* Pairings and what belongs to them are not in the total. */
  if (!job->uncounted)
    job->done += job->batch->len;
  g_ptr_array_set_size (job->batch, 0);

  if (job->progress != NULL && !job->uncounted)
    job->progress (job->done, job->total, job->progress_data);

  return TRUE;
}

static gboolean
demo_job_add (DemoJob   *job,
              gpointer   record,
              GError   **error)
{
  g_ptr_array_add (job->batch, record);
  if (job->batch->len >= job->batch_size)
    return demo_job_flush (job, error);
  return TRUE;
}

/* "jose.garcia" from "José", "García": ASCII letters only. */
static char *
email_local_part (const char *first,
                  const char *last)
{
  g_autofree char *ascii_first = g_str_to_ascii (first, "C");
  g_autofree char *ascii_last = g_str_to_ascii (last, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii_first; *p != '\0' && *p != ' '; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
  if (out->len > 0)
    g_string_append_c (out, '.');
  for (const char *p = ascii_last; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
  if (out->len == 0 || out->str[out->len - 1] == '.')
    g_string_append (out, "client");

  return g_string_free (out, FALSE);
}

typedef struct
{
  const Origin *origin;
  gboolean      female;
  const char   *first;
  const char   *last;
  char          last_buf[96];
} DemoName;

static void
pick_name (DemoRng        *rng,
           const Origin   *origin,
           gboolean        allow_double_surname,
           DemoName       *name)
{
  guint index;

  name->origin = origin;
  name->female = rng_percent (rng, 54);
  name->first = pick_str (rng, name->female ? origin->female : origin->male);
  index = rng_below (rng, strv_count (origin->last_male));
  name->last = (name->female ? origin->last_female : origin->last_male)[index];

  /* Many Spanish-speaking clients give both surnames. */
  if (allow_double_surname && origin->female == spanish_female && rng_percent (rng, 18))
    {
      g_snprintf (name->last_buf, sizeof name->last_buf, "%s %s",
                  name->last, pick_str (rng, origin->last_male));
      name->last = name->last_buf;
    }
}

/* ------------------------------------------------------ mentoring profiles */

#define BLOCK(day, part) DESK_AVAILABILITY_BIT (day, part)
#define MORNING   0
#define AFTERNOON 1
#define EVENING   2

/* When volunteers are free: most after work, some at lunch or weekends. */
static const struct
{
  guint   weight;
  guint32 blocks;   /* 0: a few blocks at random */
} availability_patterns[] = {
  { 30, BLOCK (0, EVENING) | BLOCK (1, EVENING) | BLOCK (2, EVENING) | BLOCK (3, EVENING) },
  { 14, BLOCK (1, AFTERNOON) | BLOCK (3, AFTERNOON) },
  { 10, BLOCK (0, MORNING) | BLOCK (2, MORNING) | BLOCK (4, MORNING) },
  { 14, BLOCK (5, MORNING) | BLOCK (5, AFTERNOON) | BLOCK (6, AFTERNOON) },
  { 12, BLOCK (0, AFTERNOON) | BLOCK (1, AFTERNOON) | BLOCK (2, AFTERNOON) | BLOCK (3, AFTERNOON) | BLOCK (4, AFTERNOON) },
  { 20, 0 },
};

/* The LSC problem categories volunteers list, with tags they add and the
 * demo practice area whose cases they take (N_AREAS: none). */
static const struct
{
  guint               weight;
  const char         *category;
  const char * const *tags;
  guint               area;
} program_areas[] = {
  { 30, "Housing", TITLES ("eviction defense", "habitability", "foreclosure", "public housing"), AREA_HOUSING },
  { 24, "Family", TITLES ("custody", "protective orders", "divorce", "child support"), AREA_FAMILY },
  { 12, "Consumer/Finance", TITLES ("debt collection", "bankruptcy", "predatory lending"), AREA_CONSUMER },
  { 10, "Employment", TITLES ("wage theft", "unemployment appeals"), AREA_EMPLOYMENT },
  { 10, "Income Maintenance", TITLES ("SSI appeals", "SNAP benefits"), AREA_BENEFITS },
  { 6,  "Individual Rights", TITLES ("immigration", "record expungement"), AREA_IMMIGRATION },
  { 4,  "Health", TITLES ("Medicaid"), N_AREAS },
  { 3,  "Education", TITLES ("special education", "school discipline"), AREA_EDUCATION },
  { 2,  "Juvenile", TITLES ("delinquency"), N_AREAS },
  { 4,  "Miscellaneous", TITLES ("wills and estates", "advance directives"), AREA_ESTATES },
};

static const WeightedInt goals[] = {
  { 20, DESK_GOAL_FIRST_HEARING },
  { 16, DESK_GOAL_CLIENT_INTERVIEWING },
  { 14, DESK_GOAL_DRAFTING },
  { 12, DESK_GOAL_NEGOTIATION },
  { 14, DESK_GOAL_COURTROOM_PROCEDURE },
  { 8,  DESK_GOAL_LEGAL_RESEARCH },
  { 10, DESK_GOAL_CASE_MANAGEMENT },
  { 6,  DESK_GOAL_PROFESSIONAL_ETHICS },
};

static const WeightedInt capacities[] = { { 35, 1 }, { 35, 2 }, { 20, 3 }, { 10, 4 } };
static const WeightedInt intervals[] = { { 25, 2 }, { 55, 4 }, { 20, 6 } };
static const WeightedInt pairing_statuses[] = {
  { 62, DESK_PAIRING_ACTIVE },
  { 10, DESK_PAIRING_ACCEPTED },
  { 18, DESK_PAIRING_COMPLETED },
  { 10, DESK_PAIRING_ENDED_EARLY },
};
static const WeightedInt ratings[] = { { 2, 2 }, { 12, 3 }, { 45, 4 }, { 41, 5 } };
static const WeightedInt fits[] = { { 3, 1 }, { 7, 2 }, { 20, 3 }, { 42, 4 }, { 28, 5 } };

static const char * const goal_texts[] = {
  "Prepare for my first eviction trial", "Learn to interview clients who have lived through trauma",
  "Get comfortable negotiating with opposing counsel", "Write and argue my first motion",
  "Manage pro bono cases beside my day job", "Understand limited-scope representation", NULL
};
static const char * const decline_reasons[] = {
  "Our schedules do not overlap.", "The mentor is already stretched this quarter.",
  "The mentee asked for someone who practices family law.", "They worked together before and prefer not to.",
  "The mentor is moving out of the county.", NULL
};
static const char * const end_reasons[] = {
  "The mentee took a job out of state.", "The mentor went on parental leave.",
  "The mentee finished the clinic program early.", "Both asked to change; the pairing did not fit.", NULL
};
static const char * const objective_texts[] = {
  "Draft an answer to an eviction complaint", "Second-chair a hearing, then lead the next one",
  "Interview three clients with the mentor observing", "Negotiate a settlement with opposing counsel",
  "Prepare a motion and argue it", "Set up a deadline system for a caseload",
  "Research and write a memo on a new issue", "Review the rules on conflicts and limited-scope work", NULL
};
static const char * const check_in_notes[] = {
  "", "", "Talked through the hearing plan.", "Reviewed the draft answer together.",
  "Role-played the client interview.", "Went over the settlement offer.", "Looked back at the last hearing.",
  "Planned the next month's goals.", NULL
};
static const char * const explanations[] = {
  "Shares Housing · both speak Spanish · both free weekday evenings",
  "Shares Family · same county · 9 years' experience (ideal)",
  "Shares Consumer/Finance · both free Tuesday afternoons",
  "Shares Housing and Family · both meet by video",
  "Can help with first hearings · same county", NULL
};

/* What every mentoring profile has: where, when and how the volunteer can
 * meet, and the languages they speak. */
static void
set_common_profile (DemoRng       *rng,
                    DeskVolunteer *volunteer,
                    const Origin  *origin,
                    gboolean       mentee)
{
  guint pattern = PICK (rng, availability_patterns);
  guint32 blocks = availability_patterns[pattern].blocks;
  guint modes = 0;
  g_autoptr(GString) languages = g_string_new ("English");
  const char *must_share = "";

  while (blocks == 0)
    for (int n = rng_range (rng, 3, 6); n > 0; n--)
      blocks |= BLOCK (rng_below (rng, 7), rng_below (rng, 3));

  if (rng_percent (rng, 85))
    modes |= DESK_MEETING_VIDEO;
  if (rng_percent (rng, 55))
    modes |= DESK_MEETING_IN_PERSON;
  if (modes == 0 || rng_percent (rng, 45))
    modes |= DESK_MEETING_PHONE;

  /* Volunteers from a family that speaks another language often do too;
   * some others learned Spanish.  A mentee who serves clients in their
   * language may need a mentor who speaks it. */
  if (origin->native_percent > 0 && rng_percent (rng, 60))
    {
      g_string_append_printf (languages, ", %s", origin->language);
      if (mentee && rng_percent (rng, 30))
        must_share = origin->language;
    }
  else if (rng_percent (rng, 12))
    {
      g_string_append (languages, ", Spanish");
      if (mentee && rng_percent (rng, 20))
        must_share = "Spanish";
    }

  g_object_set (volunteer,
                "county", counties[rng_below (rng, G_N_ELEMENTS (counties))].name,
                "remote-ok", rng_percent (rng, 65),
                "availability", (int) blocks,
                "monthly-hours", mentee ? rng_range (rng, 4, 16) : rng_range (rng, 2, 12),
                "meeting-modes", modes,
                "languages", languages->str,
                "must-share-languages", must_share,
                NULL);
}

static DeskMentoringGoal
pick_goals (DemoRng *rng,
            int      lo,
            int      hi)
{
  guint set = 0;

  for (int n = rng_range (rng, lo, hi); n > 0; n--)
    set |= (guint) goals[PICK (rng, goals)].value;
  return set;
}

/* The mentor side: tier, how many mentees, what they help with, training. */
static void
set_mentor_side (DemoRng       *rng,
                 DeskVolunteer *volunteer,
                 DeskTier       tier,
                 int            capacity,
                 gint32         today)
{
  static const DeskTraining trainings[] = {
    DESK_TRAINING_COACHING, DESK_TRAINING_CULTURAL_COMPETENCE, DESK_TRAINING_LEGAL_ETHICS
  };
  static const guint done_percent[] = { 80, 60, 70 };

  g_object_set (volunteer,
                "is-mentor", TRUE,
                "mentor-tier", tier,
                "mentor-capacity", capacity,
                "can-help-with", pick_goals (rng, 2, 5),
                NULL);
  for (guint i = 0; i < G_N_ELEMENTS (trainings); i++)
    if (rng_percent (rng, done_percent[i]))
      {
        char date[16];

        format_day (today - rng_range (rng, 20, 1400), date);
        desk_volunteer_set_training_date (volunteer, trainings[i], date);
      }
}

static int
year_of (gint32 day)
{
  int y, m, d;

  civil_from_days (day, &y, &m, &d);
  return y;
}

/* ------------------------------------------------------------ volunteers */

static gboolean
demo_create_volunteers (DemoJob  *job,
                        guint     n_volunteers,
                        GError  **error)
{
  static const char * const firm_domains[] = {
    "hartleyreed.example.com", "probonopartners.example.org", "morganlaw.example.com",
    "citylegal.example.net", "example.com", NULL
  };
  DemoRng *rng = &job->rng;
  DemoRng *profile = &job->profile_rng;

  job->volunteer_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_volunteers);
  job->volunteer_roles = g_new0 (guint8, MAX (n_volunteers, 1));
  job->mentors = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < N_AREAS; i++)
    job->by_area[i] = g_array_new (FALSE, FALSE, sizeof (guint));
  job->ids = job->volunteer_ids;

  for (guint i = 0; i < n_volunteers; i++)
    {
      const Origin *origin;
      DemoName name;
      DeskVolunteerRole role;
      gboolean is_mentor = FALSE;
      gint64 hourly = 0;
      char bar_number[16] = "";
      char phone[32];
      g_autofree char *local = NULL;
      g_autofree char *email = NULL;
      GString *practice = g_string_new (NULL);
      DeskVolunteer *volunteer;
      guint mask = 0;
      guint n_areas;
      guint r = rng_below (rng, 100);

      /* Weighted by volunteer_weight rather than the clients' weight. */
      origin = &origins[pick_weighted (rng, (const char *) origins + G_STRUCT_OFFSET (Origin, volunteer_weight),
                                       sizeof (Origin), G_N_ELEMENTS (origins))];
      pick_name (rng, origin, TRUE, &name);

      /* The first volunteer is a mentor so that small demos have one. */
      if (i == 0 || r < 60)
        {
          role = DESK_VOLUNTEER_ATTORNEY;
          is_mentor = i == 0 || rng_percent (rng, 25);
          hourly = (gint64) rng_range (rng, 30, 70) * 500;   /* $150–$350 */
          g_snprintf (bar_number, sizeof bar_number, "%06d", rng_range (rng, 100000, 999999));
        }
      else if (r < 90)
        role = DESK_VOLUNTEER_LAW_STUDENT;
      else
        {
          role = DESK_VOLUNTEER_PARALEGAL;
          hourly = (gint64) rng_range (rng, 18, 28) * 500;   /* $90–$140 */
        }

      n_areas = (guint) rng_range (rng, 1, 3);
      while (n_areas > 0)
        {
          guint area = PICK (rng, areas);

          if (mask & (1u << area))
            continue;
          mask |= 1u << area;
          n_areas--;
        }
      for (guint a = 0; a < N_AREAS; a++)
        if (mask & (1u << a))
          {
            if (practice->len > 0)
              g_string_append (practice, ", ");
            g_string_append (practice, areas[a].name);
            g_array_append_val (job->by_area[a], i);
          }

      local = email_local_part (name.first, name.last);
      if (role == DESK_VOLUNTEER_LAW_STUDENT)
        email = g_strdup_printf ("%s@law.university.example.edu", local);
      else
        email = g_strdup_printf ("%s%s@%s", local,
                                 rng_percent (rng, 20) ? "1" : "",
                                 pick_str (rng, firm_domains));
      g_snprintf (phone, sizeof phone, "(%03d) 555-%04d",
                  counties[rng_below (rng, G_N_ELEMENTS (counties))].area_code,
                  rng_range (rng, 0, 9999));

      job->volunteer_roles[i] = (guint8) role;
      if (is_mentor)
        g_array_append_val (job->mentors, i);

      volunteer = g_object_new (DESK_TYPE_VOLUNTEER,
                                "first-name", name.first,
                                "last-name", name.last,
                                "email", email,
                                "phone", phone,
                                "role", role,
                                "is-mentor", is_mentor,
                                "bar-number", bar_number,
                                "hourly-value-cents", hourly,
                                "practice-areas", practice->str,
                                NULL);
      g_string_free (practice, TRUE);

      /* The mentoring profile comes from a stream of its own, so the
       * fields above are the same as before profiles existed. */
      set_common_profile (profile, volunteer, origin, FALSE);
      if (role == DESK_VOLUNTEER_ATTORNEY)
        {
          int years = rng_range (profile, 1, 35);

          desk_volunteer_set_admission_year (volunteer, year_of (job->today) - years);
          if (is_mentor)
            set_mentor_side (profile, volunteer, years >= 10 ? DESK_TIER_SENIOR : DESK_TIER_INTERMEDIATE,
                             rng_range (profile, 1, 3), job->today);
        }

      if (!demo_job_add (job, volunteer, error))
        return FALSE;
    }

  return demo_job_flush (job, error);
}

/* ------------------------------------------------------------- clients */

static gboolean
demo_create_clients (DemoJob  *job,
                     guint     n_clients,
                     GError  **error)
{
  DemoRng *rng = &job->rng;
  gint32 span = job->today - job->start;
  gint32 oldest = years_before (job->today, 90) + 1;

  job->client_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_clients);
  job->client_intake = g_new (gint32, MAX (n_clients, 1));
  job->ids = job->client_ids;

  for (guint i = 0; i < n_clients; i++)
    {
      const Origin *origin = &origins[PICK (rng, origins)];
      const County *county = &counties[rng_below (rng, G_N_ELEMENTS (counties))];
      const WeightedRange *age_range = &ages[PICK (rng, ages)];
      const WeightedRange *level = &income_levels[PICK (rng, income_levels)];
      DemoName name;
      const char *language = "English";
      gboolean interpreter = FALSE;
      char phone[32];
      char address[160];
      char birth[16];
      char intake[16];
      g_autofree char *email = NULL;
      DeskGender gender;
      DeskEthnicity ethnicity;
      DeskAnswer veteran, disability;
      DeskContactMethod contact;
      DeskEligibilityException exception = DESK_EXCEPTION_NONE;
      guint sources = DESK_INCOME_NONE;
      int age, adults, children, size, permille;
      gint32 born, intake_day, youngest;
      gint64 guideline_cents, income_cents;
      guint r;

      pick_name (rng, origin, TRUE, &name);

      if (origin->native_percent > 0 && rng_percent (rng, origin->native_percent))
        {
          language = origin->language;
          interpreter = rng_percent (rng, 75);
        }

      /* Intake dates rise with the index so that ids read roughly in
       * time order, spread evenly over the three years. */
      intake_day = job->start + (gint32) (((gint64) i * span + rng_below (rng, (guint) span + 1)) / MAX (n_clients, 1));
      intake_day = MIN (intake_day, job->today);
      job->client_intake[i] = intake_day;
      format_day (intake_day, intake);

      /* Clients are adults on the day of intake. */
      age = rng_range (rng, age_range->lo, age_range->hi);
      youngest = years_before (intake_day, 18);
      born = youngest - (age - 18) * 365 - rng_range (rng, 0, 364);
      born = CLAMP (born, oldest, youngest);
      format_day (born, birth);

      adults = age < 22 ? 1 : rng_range (rng, 1, rng_percent (rng, 70) ? 2 : 3);
      children = age > 60 ? (rng_percent (rng, 10) ? 1 : 0) : rng_range (rng, 0, rng_percent (rng, 60) ? 2 : 5);
      size = MIN (adults + children, 8);
      children = size - adults;

      guideline_cents = ((gint64) GUIDELINE_FIRST_PERSON + (gint64) GUIDELINE_EACH_ADDITIONAL * (size - 1)) * 100;
      permille = rng_range (rng, level->lo, level->hi);
      income_cents = guideline_cents * permille / 1000 / 1000 * 1000;   /* whole $10 */

      if (income_cents > 0)
        {
          if (age < 67 && rng_percent (rng, 62))
            sources |= DESK_INCOME_WAGES;
          if (rng_percent (rng, 9))
            sources |= DESK_INCOME_SSI;
          if (children > 0 && rng_percent (rng, 14))
            sources |= DESK_INCOME_TANF;
          if (age < 67 && rng_percent (rng, 7))
            sources |= DESK_INCOME_SSDI;
          if (age >= 62 && rng_percent (rng, 75))
            sources |= DESK_INCOME_SOCIAL_SECURITY;
          if (age < 67 && rng_percent (rng, 5))
            sources |= DESK_INCOME_UNEMPLOYMENT;
          if (children > 0 && rng_percent (rng, 15))
            sources |= DESK_INCOME_CHILD_SUPPORT;
          if (age >= 60 && rng_percent (rng, 15))
            sources |= DESK_INCOME_PENSION;
          if (sources == DESK_INCOME_NONE || rng_percent (rng, 3))
            sources |= DESK_INCOME_OTHER;
        }
      if (permille > 1250 && permille <= 2000 && rng_percent (rng, 55))
        exception = exceptions[PICK (rng, exceptions)].value;

      r = rng_below (rng, 100);
      if (r < 90)
        gender = name.female ? DESK_GENDER_FEMALE : DESK_GENDER_MALE;
      else if (r < 92)
        gender = DESK_GENDER_NONBINARY;
      else if (r < 93)
        gender = DESK_GENDER_SELF_DESCRIBED;
      else if (r < 97)
        gender = DESK_GENDER_DECLINED;
      else
        gender = DESK_GENDER_NOT_ASKED;

      r = rng_below (rng, 100);
      if (r < 85)
        ethnicity = origin->ethnicity[rng_percent (rng, 55) ? 0 : 1];
      else if (r < 89)
        ethnicity = DESK_ETHNICITY_MULTIRACIAL;
      else if (r < 91)
        ethnicity = DESK_ETHNICITY_AMERICAN_INDIAN;
      else if (r < 97)
        ethnicity = DESK_ETHNICITY_DECLINED;
      else
        ethnicity = DESK_ETHNICITY_NOT_ASKED;

      r = rng_below (rng, 100);
      veteran = r < 6 ? DESK_ANSWER_YES : r < 86 ? DESK_ANSWER_NO : r < 90 ? DESK_ANSWER_DECLINED : DESK_ANSWER_NOT_ASKED;
      r = rng_below (rng, 100);
      disability = r < 19 ? DESK_ANSWER_YES : r < 85 ? DESK_ANSWER_NO : r < 91 ? DESK_ANSWER_DECLINED : DESK_ANSWER_NOT_ASKED;

      if (rng_percent (rng, 40))
        {
          g_autofree char *local = email_local_part (name.first, name.last);

          if (rng_percent (rng, 50))
            email = g_strdup_printf ("%s%02d@%s", local, rng_range (rng, 1, 99), pick_str (rng, email_domains));
          else
            email = g_strdup_printf ("%s@%s", local, pick_str (rng, email_domains));
        }
      contact = contact_methods[PICK (rng, contact_methods)].value;
      if (contact == DESK_CONTACT_EMAIL && email == NULL)
        contact = DESK_CONTACT_PHONE;

      g_snprintf (phone, sizeof phone, "(%03d) 555-%04d", county->area_code, rng_range (rng, 0, 9999));
      if (rng_percent (rng, 35))
        g_snprintf (address, sizeof address, "%d %s, Apt %d%c, %s %05d",
                    rng_range (rng, 10, 9899), pick_str (rng, streets), rng_range (rng, 1, 24),
                    'A' + rng_range (rng, 0, 5), pick_str (rng, county->towns),
                    county->zip + rng_range (rng, 0, 40));
      else
        g_snprintf (address, sizeof address, "%d %s, %s %05d",
                    rng_range (rng, 10, 9899), pick_str (rng, streets), pick_str (rng, county->towns),
                    county->zip + rng_range (rng, 0, 40));

      if (!demo_job_add (job,
                         g_object_new (DESK_TYPE_CLIENT,
                                       "first-name", name.first,
                                       "last-name", name.last,
                                       "birth-date", rng_percent (rng, 96) ? birth : NULL,
                                       "phone", phone,
                                       "email", email != NULL ? email : "",
                                       "address", address,
                                       "county", county->name,
                                       "contact-method", contact,
                                       "best-time", pick_str (rng, best_times),
                                       "language", language,
                                       "interpreter-needed", interpreter,
                                       "household-adults", adults,
                                       "household-children", children,
                                       "annual-income-cents", income_cents,
                                       "income-sources", sources,
                                       "intake-date", intake,
                                       "eligibility-exception", exception,
                                       "gender", gender,
                                       "ethnicity", ethnicity,
                                       "veteran", veteran,
                                       "disability", disability,
                                       "citizenship", citizenships[PICK (rng, citizenships)].value,
                                       "referral-source", pick_str (rng, referral_sources),
                                       NULL),
                         error))
        return FALSE;
    }

  return demo_job_flush (job, error);
}

/* --------------------------------------------------------------- cases */

/* A volunteer who takes cases of @area, or any volunteer. */
static guint
pick_volunteer (DemoJob *job,
                guint    area)
{
  GArray *pool = job->by_area[area];

  if (pool->len > 0 && rng_percent (&job->rng, 85))
    return g_array_index (pool, guint, rng_below (&job->rng, pool->len));
  return rng_below (&job->rng, job->volunteer_ids->len);
}

static gint64
pick_mentor_for (DemoJob *job,
                 guint    volunteer)
{
  guint role = job->volunteer_roles[volunteer];
  guint percent = role == DESK_VOLUNTEER_ATTORNEY ? 35 : 85;
  guint mentor;

  /* A mentee's cases are supervised by the mentor of their pairing. */
  if (job->pair_mentor != NULL && job->pair_mentor[volunteer] != 0)
    return job->pair_mentor[volunteer];
  if (job->mentors->len == 0 || !rng_percent (&job->rng, percent))
    return 0;
  mentor = g_array_index (job->mentors, guint, rng_below (&job->rng, job->mentors->len));
  if (mentor == volunteer)
    return 0;
  return g_array_index (job->volunteer_ids, gint64, mentor);
}

/* A recovered amount: mostly a few hundred or thousand dollars. */
static gint64
pick_amount (DemoRng *rng)
{
  guint r = rng_below (rng, 100);
  int dollars;

  if (r < 45)
    dollars = rng_range (rng, 100, 999);
  else if (r < 85)
    dollars = rng_range (rng, 1000, 4999);
  else
    dollars = rng_range (rng, 5000, 30000);
  return (gint64) dollars * 100;
}

static gboolean
demo_create_cases (DemoJob  *job,
                   guint     n_cases,
                   GError  **error)
{
  DemoRng *rng = &job->rng;
  guint n_clients = job->client_ids->len;
  guint n_new = MIN (n_clients, n_cases);
  guint next_client = 0;
  gint32 span = job->today - job->start;

  job->ids = NULL;

  for (guint i = 0; i < n_cases; i++)
    {
      const Category *category = &categories[PICK (rng, categories)];
      const Problem *problem = &category->problems[pick_weighted (rng, category->problems,
                                                                  sizeof (Problem),
                                                                  category->n_problems)];
      const WeightedInt *priority_table = priorities;
      guint n_priorities = G_N_ELEMENTS (priorities);
      DeskCaseStatus status;
      DeskOutcome outcome = DESK_OUTCOME_NONE;
      DeskRejectionReason rejection = DESK_REJECTION_NONE;
      const char *closing_code = NULL;
      char opened[16];
      char closed[16];
      gboolean has_closed = FALSE;
      gint64 amount = 0;
      gint64 volunteer_id = 0;
      gint64 mentor_id = 0;
      gint32 day, age;
      guint client;
      guint r;

      /* Opening dates rise with the index; the first n_new cases (spread
       * evenly among them) bring in each client once, the rest are
       * returning clients. */
      day = job->start + (gint32) (((gint64) i * span + rng_below (rng, (guint) span + 1)) / MAX (n_cases, 1));
      if (next_client < n_new &&
          (next_client == 0 || (guint64) next_client * n_cases <= (guint64) i * n_new))
        client = next_client++;
      else
        client = rng_below (rng, next_client);
      day = MIN (MAX (day, job->client_intake[client]), job->today);
      format_day (day, opened);
      age = job->today - day;

      r = rng_below (rng, 100);
      if (r < 7)
        status = DESK_CASE_STATUS_REJECTED;
      else
        {
          r = rng_below (rng, 100);
          if (age > 365)
            status = r < 96 ? DESK_CASE_STATUS_CLOSED : r < 99 ? DESK_CASE_STATUS_PLACED : DESK_CASE_STATUS_OPEN;
          else if (age > 180)
            status = r < 80 ? DESK_CASE_STATUS_CLOSED : r < 94 ? DESK_CASE_STATUS_PLACED : DESK_CASE_STATUS_OPEN;
          else if (age > 60)
            status = r < 50 ? DESK_CASE_STATUS_CLOSED : r < 82 ? DESK_CASE_STATUS_PLACED : DESK_CASE_STATUS_OPEN;
          else
            status = r < 15 ? DESK_CASE_STATUS_CLOSED : r < 35 ? DESK_CASE_STATUS_PLACED :
                     r < 65 ? DESK_CASE_STATUS_OPEN : DESK_CASE_STATUS_INTAKE;
        }

      switch (status)
        {
        case DESK_CASE_STATUS_CLOSED:
          {
            const Closing *closing = &closings[PICK (rng, closings)];
            gint32 closed_day = day + rng_range (rng, closing->min_days, closing->max_days);

            /* A case that would close after today closes quickly instead. */
            if (closed_day > job->today)
              {
                closing = &closings[rng_percent (rng, 60) ? 0 : 1];
                closed_day = day + rng_range (rng, closing->min_days, closing->max_days);
                closed_day = MIN (closed_day, job->today);
              }
            closing_code = closing->code;
            format_day (closed_day, closed);
            has_closed = TRUE;
            outcome = outcomes[PICK (rng, outcomes)].value;
            if (category->recovers && closing->recovers && outcome == DESK_OUTCOME_FAVOURABLE &&
                rng_percent (rng, 45))
              amount = pick_amount (rng);
            if (closing->min_days >= 20 && rng_percent (rng, 70))
              {
                guint volunteer = pick_volunteer (job, category->area);

                volunteer_id = g_array_index (job->volunteer_ids, gint64, volunteer);
                mentor_id = pick_mentor_for (job, volunteer);
              }
          }
          break;

        case DESK_CASE_STATUS_PLACED:
          {
            guint volunteer = pick_volunteer (job, category->area);

            volunteer_id = g_array_index (job->volunteer_ids, gint64, volunteer);
            mentor_id = pick_mentor_for (job, volunteer);
          }
          break;

        case DESK_CASE_STATUS_REJECTED:
          rejection = rejection_reasons[PICK (rng, rejection_reasons)].value;
          break;

        case DESK_CASE_STATUS_INTAKE:
        case DESK_CASE_STATUS_OPEN:
        default:
          break;
        }

      if (strcmp (problem->code, "37") == 0 || strcmp (problem->code, "63") == 0 ||
          strcmp (problem->code, "64") == 0 || strcmp (problem->code, "61") == 0 ||
          strcmp (problem->code, "67") == 0)
        {
          priority_table = urgent_priorities;
          n_priorities = G_N_ELEMENTS (urgent_priorities);
        }

      if (!demo_job_add (job,
                         g_object_new (DESK_TYPE_CASE,
                                       "client-id", g_array_index (job->client_ids, gint64, client),
                                       "problem-code", problem->code,
                                       "title", pick_str (rng, problem->titles),
                                       "summary", pick_str (rng, summaries),
                                       "status", status,
                                       "priority", priority_table[pick_weighted (rng, priority_table,
                                                                                 sizeof (WeightedInt),
                                                                                 n_priorities)].value,
                                       "opened-on", opened,
                                       "closed-on", has_closed ? closed : NULL,
                                       "closing-code", closing_code,
                                       "outcome", outcome,
                                       "amount-cents", amount,
                                       "rejection-reason", rejection,
                                       "volunteer-id", volunteer_id,
                                       "mentor-id", mentor_id,
                                       "funding-source", fundings[PICK (rng, fundings)].name,
                                       NULL),
                         error))
        return FALSE;
    }

  return demo_job_flush (job, error);
}

/* ------------------------------------------------------ mentoring programs */

/* A mentoring volunteer's practice areas: one to three categories, a tag or two. */
static char *
pick_program_areas (DemoRng *rng,
                    guint   *area_mask)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint chosen = 0;

  for (int n = rng_range (rng, 1, 3); n > 0; n--)
    chosen |= 1u << PICK (rng, program_areas);
  *area_mask = 0;
  for (guint i = 0; i < G_N_ELEMENTS (program_areas); i++)
    if (chosen & (1u << i))
      {
        g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", program_areas[i].category);
        if (program_areas[i].area < N_AREAS)
          *area_mask |= 1u << program_areas[i].area;
      }
  for (guint i = 0; i < G_N_ELEMENTS (program_areas); i++)
    if ((chosen & (1u << i)) && rng_percent (rng, 55))
      g_string_append_printf (text, ", %s", pick_str (rng, program_areas[i].tags));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Makes one mentoring volunteer (not yet saved) and notes them in @person. */
static DeskVolunteer *
make_program_volunteer (DemoJob    *job,
                        DemoPerson *person)
{
  DemoRng *rng = &job->rng;
  const Origin *origin = &origins[pick_weighted (rng, (const char *) origins + G_STRUCT_OFFSET (Origin, volunteer_weight),
                                                 sizeof (Origin), G_N_ELEMENTS (origins))];
  DeskVolunteer *volunteer;
  DemoName name;
  DeskVolunteerRole role;
  g_autofree char *local = NULL;
  g_autofree char *email = NULL;
  g_autofree char *practice = NULL;
  char bar_number[16] = "";
  char phone[32];
  guint area_mask;
  int years;

  pick_name (rng, origin, TRUE, &name);

  /* Mentors are attorneys: seniors with ten years or more, intermediates
   * with three to nine.  Mentees are students, new attorneys and a few
   * paralegals. */
  if (person->mentors)
    {
      role = DESK_VOLUNTEER_ATTORNEY;
      if (person->mentored)
        person->mentor_tier = DESK_TIER_INTERMEDIATE;
      else
        person->mentor_tier = rng_percent (rng, 65) ? DESK_TIER_SENIOR : DESK_TIER_INTERMEDIATE;
      years = person->mentor_tier == DESK_TIER_SENIOR ? rng_range (rng, 10, 35) : rng_range (rng, 3, 9);
      person->capacity = (guint8) (person->mentored ? rng_range (rng, 1, 2) : capacities[PICK (rng, capacities)].value);
    }
  else
    {
      guint r = rng_below (rng, 100);

      role = r < 55 ? DESK_VOLUNTEER_LAW_STUDENT : r < 95 ? DESK_VOLUNTEER_ATTORNEY : DESK_VOLUNTEER_PARALEGAL;
      years = role == DESK_VOLUNTEER_ATTORNEY ? (rng_percent (rng, 60) ? rng_range (rng, 0, 2) : rng_range (rng, 3, 7)) : 0;
    }
  if (person->mentored)
    person->mentee_tier = years >= 3 ? DESK_TIER_INTERMEDIATE : DESK_TIER_NOVICE;

  practice = pick_program_areas (rng, &area_mask);
  local = email_local_part (name.first, name.last);
  email = role == DESK_VOLUNTEER_LAW_STUDENT ? g_strdup_printf ("%s@law.university.example.edu", local)
                                             : g_strdup_printf ("%s@probonopartners.example.org", local);
  g_snprintf (phone, sizeof phone, "(%03d) 555-%04d",
              counties[rng_below (rng, G_N_ELEMENTS (counties))].area_code, rng_range (rng, 0, 9999));
  if (role == DESK_VOLUNTEER_ATTORNEY)
    g_snprintf (bar_number, sizeof bar_number, "%06d", rng_range (rng, 100000, 999999));

  volunteer = g_object_new (DESK_TYPE_VOLUNTEER,
                            "first-name", name.first,
                            "last-name", name.last,
                            "email", email,
                            "phone", phone,
                            "role", role,
                            "bar-number", bar_number,
                            "hourly-value-cents", role == DESK_VOLUNTEER_ATTORNEY ? (gint64) rng_range (rng, 30, 70) * 500 : 0,
                            "practice-areas", practice,
                            "admission-year", role == DESK_VOLUNTEER_ATTORNEY ? year_of (job->today) - years : 0,
                            NULL);
  set_common_profile (rng, volunteer, origin, person->mentored);
  desk_volunteer_set_active (volunteer, rng_percent (rng, 96));
  if (person->mentors)
    set_mentor_side (rng, volunteer, person->mentor_tier, person->capacity, job->today);
  if (person->mentored)
    g_object_set (volunteer,
                  "wants-mentor", TRUE,
                  "mentee-tier", person->mentee_tier,
                  "mentee-goals", pick_goals (rng, 1, 4),
                  "mentee-goals-text", rng_percent (rng, 40) ? pick_str (rng, goal_texts) : "",
                  NULL);

  /* The case phase places cases with them like with any volunteer. */
  person->index = job->volunteer_ids->len + job->batch->len;
  job->volunteer_roles[person->index] = (guint8) role;
  for (guint a = 0; a < N_AREAS; a++)
    if (area_mask & (1u << a))
      g_array_append_val (job->by_area[a], person->index);
  if (person->mentors)
    g_array_append_val (job->mentors, person->index);

  return volunteer;
}

static gboolean
demo_create_program (DemoJob  *job,
                     guint     n_mentors,
                     guint     n_mentees,
                     GError  **error)
{
  guint n_both = MIN (n_mentors, n_mentees) / 10;
  guint n_people = n_mentors + n_mentees - n_both;
  guint first = job->volunteer_ids->len;

  job->program = g_array_sized_new (FALSE, TRUE, sizeof (DemoPerson), n_people);
  job->volunteer_roles = g_renew (guint8, job->volunteer_roles, first + n_people + 1);
  job->ids = job->volunteer_ids;

  /* Mentors first, the last of them intermediates who are mentees too;
   * they are saved before the mentees, whose never-pair lists name them. */
  for (guint i = 0; i < n_people; i++)
    {
      DemoPerson person = { 0 };
      DeskVolunteer *volunteer;

      if (i == n_mentors && !demo_job_flush (job, error))
        return FALSE;

      person.mentors = i < n_mentors;
      person.mentored = i >= n_mentors - n_both;
      volunteer = make_program_volunteer (job, &person);

      if (!person.mentors && n_mentors > 0 && rng_percent (&job->rng, 2))
        {
          guint other = rng_below (&job->rng, n_mentors);
          gint64 other_id = g_array_index (job->volunteer_ids, gint64, first + other);

          desk_volunteer_add_never_pair (volunteer, other_id);
          person.never_pair = other + 1;
        }

      g_array_append_val (job->program, person);
      if (!demo_job_add (job, volunteer, error))
        return FALSE;
    }

  return demo_job_flush (job, error);
}

/* A mentor of @tier (NONE: any) with room, who may be paired with @mentee. */
static gint
pick_program_mentor (DemoJob  *job,
                     guint     mentee,
                     DeskTier  tier,
                     gboolean  needs_room)
{
  DemoPerson *people = (DemoPerson *) (gpointer) job->program->data;
  guint n = job->program->len;

  for (guint attempt = 0; attempt < 12; attempt++)
    {
      guint m = rng_below (&job->rng, n);
      DemoPerson *mentor = &people[m];

      if (!mentor->mentors || m == mentee || (tier != DESK_TIER_NONE && mentor->mentor_tier != tier))
        continue;
      if (needs_room && mentor->taken >= mentor->capacity)
        continue;
      if (people[mentee].never_pair == m + 1 || mentor->never_pair == mentee + 1)
        continue;
      return (gint) m;
    }
  return -1;
}

static DeskPairing *
make_pairing (DemoJob           *job,
              guint              mentee,
              guint              mentor,
              DeskPairingStatus  status,
              gint32             proposed,
              DemoPairing       *plan)
{
  DemoRng *rng = &job->rng;
  DemoPerson *people = (DemoPerson *) (gpointer) job->program->data;
  gint32 decided = 0, started = 0, ended = 0;
  const char *reason = "";
  char proposed_on[16], decided_on[16], started_on[16], ended_on[16];

  /* (MIN() would draw twice.) */
  if (status != DESK_PAIRING_PROPOSED)
    decided = proposed + rng_range (rng, 1, 10);
  decided = MIN (decided, job->today);
  if (status == DESK_PAIRING_ACTIVE || status == DESK_PAIRING_COMPLETED || status == DESK_PAIRING_ENDED_EARLY)
    started = decided + rng_range (rng, 2, 14);
  started = MIN (started, job->today);
  if (status == DESK_PAIRING_COMPLETED)
    ended = started + rng_range (rng, 90, 300);
  if (status == DESK_PAIRING_ENDED_EARLY)
    ended = started + rng_range (rng, 20, 150);
  /* A pairing that would end after today is still going. */
  if (ended > job->today)
    {
      status = DESK_PAIRING_ACTIVE;
      ended = 0;
    }
  if (status == DESK_PAIRING_DECLINED)
    reason = pick_str (rng, decline_reasons);
  if (status == DESK_PAIRING_ENDED_EARLY)
    reason = pick_str (rng, end_reasons);

  format_day (proposed, proposed_on);
  format_day (decided, decided_on);
  format_day (started, started_on);
  format_day (ended, ended_on);

  plan->status = status;
  plan->started = started;
  plan->ended = ended;
  plan->weeks = (guint) intervals[PICK (rng, intervals)].value;

  return g_object_new (DESK_TYPE_PAIRING,
                       "mentor-id", g_array_index (job->volunteer_ids, gint64, people[mentor].index),
                       "mentee-id", g_array_index (job->volunteer_ids, gint64, people[mentee].index),
                       "status", status,
                       "proposed-on", proposed_on,
                       "decided-on", decided != 0 ? decided_on : NULL,
                       "started-on", started != 0 ? started_on : NULL,
                       "ended-on", ended != 0 ? ended_on : NULL,
                       "score", rng_range (rng, 42, 96),
                       "explanation", pick_str (rng, explanations),
                       "pinned", status == DESK_PAIRING_PROPOSED && rng_percent (rng, 20),
                       "check-in-weeks", (int) plan->weeks,
                       "end-reason", reason,
                       NULL);
}

/* A declined or proposed pairing of @mentee with a mentor other than
 * @paired (the mentor of their pairing, or -1); nothing starts from it. */
static gboolean
add_other_pairing (DemoJob            *job,
                   guint               mentee,
                   gint                paired,
                   DeskPairingStatus   status,
                   gint32              proposed,
                   GError            **error)
{
  gint other = pick_program_mentor (job, mentee, DESK_TIER_NONE, FALSE);
  DemoPairing plan = { 0 };
  DeskPairing *pairing;

  if (other < 0 || other == paired)
    return TRUE;
  pairing = make_pairing (job, mentee, (guint) other, status, proposed, &plan);
  g_array_append_val (job->pairings, plan);
  return demo_job_add (job, pairing, error);
}

/* Pairings: about a fifth of the mentees are paired (most active, some
 * accepted, completed or ended early), a few declined a mentor before, and
 * a few have a proposal waiting, some for weeks. */
static gboolean
demo_create_pairings (DemoJob  *job,
                      GArray   *pairing_ids,
                      GError  **error)
{
  DemoRng *rng = &job->rng;
  DemoPerson *people = (DemoPerson *) (gpointer) job->program->data;

  job->pairings = g_array_new (FALSE, TRUE, sizeof (DemoPairing));
  job->ids = pairing_ids;

  for (guint p = 0; p < job->program->len; p++)
    {
      DemoPairing plan = { 0 };
      gboolean live = FALSE;
      gint mentor = -1;

      if (!people[p].mentored)
        continue;

      if (rng_percent (rng, 22))
        {
          /* Seniors mentor intermediates; intermediates mentor novices,
           * or a senior when none is free. */
          DeskTier tier = people[p].mentee_tier == DESK_TIER_INTERMEDIATE || rng_percent (rng, 30)
                          ? DESK_TIER_SENIOR : DESK_TIER_INTERMEDIATE;
          DeskPairingStatus status = pairing_statuses[PICK (rng, pairing_statuses)].value;
          gint32 proposed = status == DESK_PAIRING_ACCEPTED ? job->today - rng_range (rng, 3, 30)
                                                            : job->today - rng_range (rng, 30, 540);

          mentor = pick_program_mentor (job, p, tier, TRUE);
          if (mentor >= 0)
            {
              DeskPairing *pairing = make_pairing (job, p, (guint) mentor, status, proposed, &plan);

              live = plan.status == DESK_PAIRING_ACCEPTED || plan.status == DESK_PAIRING_ACTIVE;
              if (live)
                {
                  people[mentor].taken++;
                  job->pair_mentor[people[p].index] = desk_pairing_get_mentor_id (pairing);
                }
              g_array_append_val (job->pairings, plan);
              if (!demo_job_add (job, pairing, error))
                return FALSE;
            }
        }

      /* A mentor declined them once; a proposal is waiting for some. */
      if (rng_percent (rng, 5) &&
          !add_other_pairing (job, p, mentor, DESK_PAIRING_DECLINED, job->today - rng_range (rng, 20, 400), error))
        return FALSE;
      if (!live && rng_percent (rng, 5) &&
          !add_other_pairing (job, p, mentor, DESK_PAIRING_PROPOSED, job->today - rng_range (rng, 0, 40), error))
        return FALSE;
    }

  return demo_job_flush (job, error);
}

/* The status an objective has at the end, by how its pairing went. */
static DeskObjectiveStatus
final_objective_status (DemoRng           *rng,
                        DeskPairingStatus  status)
{
  guint r = rng_below (rng, 100);

  if (status == DESK_PAIRING_COMPLETED)
    return r < 80 ? DESK_OBJECTIVE_MET : r < 92 ? DESK_OBJECTIVE_IN_PROGRESS : DESK_OBJECTIVE_DROPPED;
  if (status == DESK_PAIRING_ENDED_EARLY)
    return r < 25 ? DESK_OBJECTIVE_MET : r < 60 ? DESK_OBJECTIVE_IN_PROGRESS : DESK_OBJECTIVE_DROPPED;
  return r < 25 ? DESK_OBJECTIVE_MET : r < 80 ? DESK_OBJECTIVE_IN_PROGRESS : DESK_OBJECTIVE_NOT_STARTED;
}

typedef struct
{
  guint    pairing;   /* into job->pairings */
  gboolean held;
  gboolean last;      /* the last held check-in of its pairing */
} DemoCheckIn;

static gboolean
demo_create_objectives (DemoJob  *job,
                        GArray   *pairing_ids,
                        GArray   *objective_ids,
                        GArray   *final_statuses,
                        GError  **error)
{
  DemoRng *rng = &job->rng;
  guint n_texts = strv_count (objective_texts);

  job->ids = objective_ids;
  for (guint i = 0; i < job->pairings->len; i++)
    {
      DemoPairing *plan = &g_array_index (job->pairings, DemoPairing, i);
      char set_on[16];
      guint first_text;

      if (plan->started == 0)
        continue;
      format_day (plan->started, set_on);
      plan->first_objective = final_statuses->len;
      plan->n_objectives = (guint) rng_range (rng, 2, 4);
      /* Consecutive texts from a random start: a pairing never sets one objective twice. */
      first_text = rng_below (rng, n_texts);
      for (guint o = 0; o < plan->n_objectives; o++)
        {
          DeskObjectiveStatus status = final_objective_status (rng, plan->status);

          g_array_append_val (final_statuses, status);
          if (!demo_job_add (job, g_object_new (DESK_TYPE_OBJECTIVE,
                                                "pairing-id", g_array_index (pairing_ids, gint64, i),
                                                "description", objective_texts[(first_text + o) % n_texts],
                                                "status", status,
                                                "set-on", set_on,
                                                NULL),
                             error))
            return FALSE;
        }
    }

  return demo_job_flush (job, error);
}

static DeskCheckIn *
make_check_in (DemoJob  *job,
               gint64    pairing_id,
               gint32    day,
               gboolean  held,
               gboolean  first)
{
  DemoRng *rng = &job->rng;
  char date[16];

  format_day (day, date);
  return g_object_new (DESK_TYPE_CHECK_IN,
                       "pairing-id", pairing_id,
                       "date", date,
                       "held", held,
                       "notes", held ? pick_str (rng, check_in_notes) : "",
                       "mentor-rating", held && rng_percent (rng, 75) ? ratings[PICK (rng, ratings)].value : 0,
                       "mentee-rating", held && rng_percent (rng, 70) ? ratings[PICK (rng, ratings)].value : 0,
                       "fit", held && first ? fits[PICK (rng, fits)].value : 0,
                       NULL);
}

/* Check-ins every few weeks from the start: most held, some skipped, a few
 * pairings lapsed (their next one is overdue), and the next one planned
 * for about half the active pairings. */
static gboolean
demo_create_check_ins (DemoJob  *job,
                       GArray   *pairing_ids,
                       GArray   *check_in_ids,
                       GArray   *check_ins,
                       GError  **error)
{
  DemoRng *rng = &job->rng;

  job->ids = check_in_ids;
  for (guint i = 0; i < job->pairings->len; i++)
    {
      DemoPairing *plan = &g_array_index (job->pairings, DemoPairing, i);
      gint64 pairing_id = g_array_index (pairing_ids, gint64, i);
      gint32 step = (gint32) plan->weeks * 7;
      gint32 until = plan->ended != 0 ? plan->ended : job->today;
      gint32 last_held = 0;
      guint last_index = G_MAXUINT;
      gboolean first = TRUE;

      if (plan->started == 0)
        continue;
      if (plan->status == DESK_PAIRING_ACTIVE && rng_percent (rng, 20))
        until -= step * rng_range (rng, 1, 3);

      for (gint32 day = plan->started + step; day <= until; day += step)
        {
          DemoCheckIn note = { i, rng_percent (rng, 88), FALSE };

          g_array_append_val (check_ins, note);
          if (note.held)
            {
              last_held = day;
              last_index = check_ins->len - 1;
            }
          if (!demo_job_add (job, make_check_in (job, pairing_id, day, note.held, note.held && first), error))
            return FALSE;
          first = first && !note.held;
        }
      if (last_index != G_MAXUINT)
        g_array_index (check_ins, DemoCheckIn, last_index).last = TRUE;

      if (plan->status == DESK_PAIRING_ACTIVE && rng_percent (rng, 55))
        {
          DemoCheckIn note = { i, FALSE, FALSE };
          gint32 soon = job->today + rng_range (rng, 1, 14);
          gint32 next = MAX ((last_held != 0 ? last_held : plan->started) + step, soon);

          g_array_append_val (check_ins, note);
          if (!demo_job_add (job, make_check_in (job, pairing_id, next, FALSE, FALSE), error))
            return FALSE;
        }
    }

  return demo_job_flush (job, error);
}

/* What held check-ins said about each objective: progress now and then,
 * and its final status at the last one. */
static gboolean
demo_create_objective_updates (DemoJob  *job,
                               GArray   *objective_ids,
                               GArray   *final_statuses,
                               GArray   *check_in_ids,
                               GArray   *check_ins,
                               GError  **error)
{
  DemoRng *rng = &job->rng;

  job->ids = NULL;
  for (guint c = 0; c < check_ins->len; c++)
    {
      const DemoCheckIn *note = &g_array_index (check_ins, DemoCheckIn, c);
      const DemoPairing *plan = &g_array_index (job->pairings, DemoPairing, note->pairing);

      if (!note->held)
        continue;
      for (guint o = plan->first_objective; o < plan->first_objective + plan->n_objectives; o++)
        {
          DeskObjectiveStatus status = g_array_index (final_statuses, DeskObjectiveStatus, o);

          if (note->last ? status == DESK_OBJECTIVE_NOT_STARTED : !rng_percent (rng, 35))
            continue;
          if (!note->last)
            status = DESK_OBJECTIVE_IN_PROGRESS;
          if (!demo_job_add (job, g_object_new (DESK_TYPE_OBJECTIVE_UPDATE,
                                                "check-in-id", g_array_index (check_in_ids, gint64, c),
                                                "objective-id", g_array_index (objective_ids, gint64, o),
                                                "status", status,
                                                "note", note->last ? "Where this stands now." : "",
                                                NULL),
                             error))
            return FALSE;
        }
    }

  return demo_job_flush (job, error);
}

static gboolean
demo_create_mentoring (DemoJob  *job,
                       GError  **error)
{
  g_autoptr(GArray) pairing_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) objective_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) final_statuses = g_array_new (FALSE, FALSE, sizeof (DeskObjectiveStatus));
  g_autoptr(GArray) check_in_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) check_ins = g_array_new (FALSE, FALSE, sizeof (DemoCheckIn));
  gboolean ok;

  job->pair_mentor = g_new0 (gint64, job->volunteer_ids->len + 1);
  job->uncounted = TRUE;
  ok = demo_create_pairings (job, pairing_ids, error) &&
       demo_create_objectives (job, pairing_ids, objective_ids, final_statuses, error) &&
       demo_create_check_ins (job, pairing_ids, check_in_ids, check_ins, error) &&
       demo_create_objective_updates (job, objective_ids, final_statuses, check_in_ids, check_ins, error);
  job->uncounted = FALSE;
  job->ids = NULL;

  return ok;
}

/* -------------------------------------------------------------- public */

guint
desk_demo_count_mentoring_volunteers (const DeskDemoOptions *options)
{
  g_return_val_if_fail (options != NULL, 0);

  /* demo_create_program() makes a tenth of the smaller side both. */
  return options->n_mentors + options->n_mentees - MIN (options->n_mentors, options->n_mentees) / 10;
}

void
desk_demo_resolve_options (DeskDemoOptions *options)
{
  g_return_if_fail (options != NULL);

  /* A mentoring program alone needs no clinic around it. */
  if (options->n_cases == 0 && (options->n_mentors > 0 || options->n_mentees > 0))
    {
      if (options->batch_size == 0)
        options->batch_size = DESK_DEMO_DEFAULT_BATCH_SIZE;
      return;
    }

  if (options->n_clients == 0)
    options->n_clients = MAX (1, (guint) (((guint64) options->n_cases * 4 + 2) / 5));
  if (options->n_volunteers == 0)
    options->n_volunteers = CLAMP (options->n_cases / 40, 5, 2000);
  if (options->batch_size == 0)
    options->batch_size = DESK_DEMO_DEFAULT_BATCH_SIZE;
}

gboolean
desk_demo_generate (DeskStore              *store,
                    const DeskDemoOptions  *options,
                    DeskDemoProgress        progress,
                    gpointer                progress_data,
                    GCancellable           *cancellable,
                    GError                **error)
{
  DeskDemoOptions resolved;
  g_autofree char *today = NULL;
  DemoJob job = { 0 };
  int year = 0, month = 0, day = 0;
  gboolean ok;

  g_return_val_if_fail (DESK_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  resolved = *options;
  desk_demo_resolve_options (&resolved);

  today = resolved.today != NULL ? g_strdup (resolved.today) : desk_today_iso ();
  if (!desk_date_is_valid (today))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("The date “%s” is not a real date; write it as YYYY-MM-DD."), today);
      return FALSE;
    }
  if (resolved.n_cases > G_MAXUINT / 4 || resolved.n_clients > G_MAXUINT / 4 ||
      resolved.n_mentors > G_MAXUINT / 8 || resolved.n_mentees > G_MAXUINT / 8)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("That is too many records for demonstration data."));
      return FALSE;
    }

  sscanf (today, "%4d-%2d-%2d", &year, &month, &day);
  job.today = days_from_civil (year, month, day);
  job.start = years_before (job.today, 3);
  job.store = store;
  job.progress = progress;
  job.progress_data = progress_data;
  job.cancellable = cancellable;
  job.batch_size = resolved.batch_size;
  job.total = resolved.n_volunteers + desk_demo_count_mentoring_volunteers (&resolved) +
              resolved.n_clients + resolved.n_cases;
  job.batch = g_ptr_array_new_full (job.batch_size, g_object_unref);

  g_debug ("Creating %u volunteers, %u clients and %u cases (seed %" G_GUINT64_FORMAT ")",
           resolved.n_volunteers, resolved.n_clients, resolved.n_cases, resolved.seed);

  rng_init (&job.rng, resolved.seed, 1);
  rng_init (&job.profile_rng, resolved.seed, 4);
  ok = demo_create_volunteers (&job, resolved.n_volunteers, error);
  if (ok && (resolved.n_mentors > 0 || resolved.n_mentees > 0))
    {
      rng_init (&job.rng, resolved.seed, 5);
      ok = demo_create_program (&job, resolved.n_mentors, resolved.n_mentees, error);
      if (ok)
        {
          rng_init (&job.rng, resolved.seed, 6);
          ok = demo_create_mentoring (&job, error);
        }
    }
  if (ok)
    {
      rng_init (&job.rng, resolved.seed, 2);
      ok = demo_create_clients (&job, resolved.n_clients, error);
    }
  if (ok)
    {
      rng_init (&job.rng, resolved.seed, 3);
      ok = demo_create_cases (&job, resolved.n_cases, error);
    }

  demo_job_clear (&job);
  return ok;
}

/* --------------------------------------------------------------- async */

typedef struct
{
  char              *path;
  DeskDemoOptions    options;
  char              *today;
  DeskProgressRelay *relay;
} GenerateData;

static void
generate_data_free (gpointer data)
{
  GenerateData *gd = data;

  g_free (gd->path);
  g_free (gd->today);
  g_clear_pointer (&gd->relay, desk_progress_relay_free);
  g_free (gd);
}

static void
generate_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GenerateData *gd = task_data;
  g_autoptr(DeskStore) store = NULL;
  GError *error = NULL;

  store = desk_store_open (gd->path, &error);
  if (store == NULL ||
      !desk_demo_generate (store, &gd->options,
                           gd->relay != NULL ? desk_progress_relay_report : NULL, gd->relay,
                           cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
desk_demo_generate_async (DeskStore             *store,
                          const DeskDemoOptions *options,
                          DeskDemoProgress       progress,
                          gpointer               progress_data,
                          GCancellable          *cancellable,
                          GAsyncReadyCallback    callback,
                          gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  GenerateData *gd;

  g_return_if_fail (DESK_IS_STORE (store));
  g_return_if_fail (options != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  gd = g_new0 (GenerateData, 1);
  gd->path = g_strdup (desk_store_get_path (store));
  gd->options = *options;
  gd->today = g_strdup (options->today);
  gd->options.today = gd->today;
  gd->relay = desk_progress_relay_new (progress, progress_data);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, desk_demo_generate_async);
  g_task_set_task_data (task, gd, generate_data_free);
  g_task_run_in_thread (task, generate_thread);
}

gboolean
desk_demo_generate_finish (DeskStore     *store,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (DESK_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == desk_demo_generate_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
