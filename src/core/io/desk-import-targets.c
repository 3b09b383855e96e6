/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-error.h"
#include "desk-import-private.h"
#include "desk-labels.h"
#include "desk-money.h"
#include "desk-name-match.h"
#include "desk-store-grants.h"

/* What each kind of record takes from a spreadsheet, and how a cell is
 * read: words to values, names to the records they name. */

#define TARGET(name, label, required, alternative, value, property, synonyms) \
  { name, label, required, alternative, DESK_IMPORT_VALUE_##value, property, synonyms }

/* The fields clients and volunteers share; @more adds to the headers. */
#define FIRST_NAME(more) \
  TARGET ("first-name", N_("First name"), TRUE, NULL, TEXT, "first-name", \
          "first name|firstname|first|given name|given names|forename|nombre|nombres|prenom|vorname" more)
#define LAST_NAME(more) \
  TARGET ("last-name", N_("Last name"), TRUE, NULL, TEXT, "last-name", \
          "last name|lastname|last|surname|family name|apellido|apellidos|nom de famille|nachname" more)
#define PHONE(more) \
  TARGET ("phone", N_("Phone"), FALSE, NULL, TEXT, "phone", \
          "phone|phone number|telephone|tel|mobile|cell|cell phone|telefono" more)
#define EMAIL \
  TARGET ("email", N_("E-mail address"), FALSE, NULL, TEXT, "email", \
          "email|e mail|email address|e mail address|mail|correo|correo electronico|courriel")
#define COUNTY(more) \
  TARGET ("county", N_("County"), FALSE, NULL, TEXT, "county", "county|condado" more)

static const DeskImportTarget client_targets[] = {
  FIRST_NAME ("|client first name"),
  LAST_NAME ("|client last name"),
  TARGET ("birth-date", N_("Date of birth"), FALSE, NULL, DATE, "birth-date",
          "date of birth|birth date|birthdate|dob|d o b|birthday|born|fecha de nacimiento|date de naissance"),
  PHONE ("|home phone"),
  EMAIL,
  TARGET ("address", N_("Address"), FALSE, NULL, MULTI_LINE, "address",
          "address|street address|mailing address|home address|street|direccion|domicilio|adresse"),
  COUNTY ("|parish"),
  TARGET ("language", N_("Language"), FALSE, NULL, TEXT, "language",
          "language|primary language|preferred language|idioma|lengua|langue"),
  TARGET ("interpreter-needed", N_("Interpreter needed"), FALSE, NULL, YES_NO, "interpreter-needed",
          "interpreter|interpreter needed|needs interpreter|needs an interpreter|interprete"),
  TARGET ("contact-method", N_("Contact method"), FALSE, NULL, CHOICE, "contact-method",
          "contact method|preferred contact|preferred contact method|contact by|how to contact"),
  TARGET ("household-adults", N_("Adults in the household"), FALSE, NULL, NUMBER, "household-adults",
          "adults|household adults|number of adults|adults in household|adultos"),
  TARGET ("household-children", N_("Children in the household"), FALSE, NULL, NUMBER, "household-children",
          "children|household children|number of children|children in household|kids|minors|dependents|ninos|hijos"),
  TARGET ("annual-income", N_("Annual income"), FALSE, NULL, MONEY, "annual-income-cents",
          "annual income|income|household income|yearly income|annual household income|gross income|ingresos|"
          "ingreso anual"),
  TARGET ("intake-date", N_("Intake date"), FALSE, NULL, DATE, "intake-date",
          "intake date|intake|date of intake|intake on|date|fecha de ingreso|fecha"),
  TARGET ("eligibility-exception", N_("Eligibility exception"), FALSE, NULL, CHOICE, "eligibility-exception",
          "eligibility exception|exception|income exception"),
  TARGET ("gender", N_("Gender"), FALSE, NULL, CHOICE, "gender", "gender|sex|genero|sexo"),
  TARGET ("ethnicity", N_("Race or ethnicity"), FALSE, NULL, CHOICE, "ethnicity",
          "ethnicity|race|race ethnicity|race or ethnicity|etnia|raza"),
  TARGET ("veteran", N_("Veteran"), FALSE, NULL, CHOICE, "veteran", "veteran|veteran status|is veteran"),
  TARGET ("disability", N_("Disability"), FALSE, NULL, CHOICE, "disability", "disability|disabled|has disability"),
  TARGET ("citizenship", N_("Citizenship"), FALSE, NULL, CHOICE, "citizenship",
          "citizenship|citizen|citizenship status|immigration status"),
  TARGET ("referral-source", N_("Referral source"), FALSE, NULL, TEXT, "referral-source",
          "referral source|referral|referred by|how did you hear about us|source"),
  TARGET ("notes", N_("Notes"), FALSE, NULL, MULTI_LINE, "notes",
          "notes|note|comments|comment|remarks|notas|observaciones"),
};

static const DeskImportTarget case_targets[] = {
  TARGET ("case-number", N_("Case number"), FALSE, NULL, CASE_NUMBER, "case-number",
          "case number|case no|case num|case|file number|file no|matter number|numero de caso"),
  TARGET ("client", N_("Client"), TRUE, "client-id", CLIENT, NULL,
          "client|client name|name|client full name|full name|cliente|nombre del cliente"),
  TARGET ("client-birth-date", N_("Client’s date of birth"), FALSE, NULL, BIRTH_DATE, NULL,
          "client date of birth|client dob|client birth date|date of birth|dob|birth date|birthdate"),
  TARGET ("client-id", N_("Client number"), FALSE, NULL, CLIENT_ID, "client-id",
          "client id|client number|client no"),
  TARGET ("problem-code", N_("LSC problem code"), TRUE, NULL, PROBLEM_CODE, "problem-code",
          "problem code|lsc problem code|lsc code|problem|legal problem|problem type|case type|legal issue|issue|"
          "csr code"),
  TARGET ("title", N_("Title"), FALSE, NULL, TEXT, "title",
          "title|case title|case name|matter|matter name|subject|titulo"),
  TARGET ("summary", N_("Summary"), FALSE, NULL, MULTI_LINE, "summary",
          "summary|description|details|facts|case description|case summary|descripcion|resumen"),
  TARGET ("status", N_("Status"), FALSE, NULL, CHOICE, "status", "status|case status|state|estado"),
  TARGET ("priority", N_("Priority"), FALSE, NULL, CHOICE, "priority", "priority|urgency|prioridad"),
  TARGET ("opened-on", N_("Opening date"), FALSE, NULL, DATE, "opened-on",
          "opened|opened on|date opened|open date|opening date|date open|start date|fecha de apertura"),
  TARGET ("closed-on", N_("Closing date"), FALSE, NULL, DATE, "closed-on",
          "closed|closed on|date closed|close date|closing date|end date|fecha de cierre"),
  TARGET ("closing-code", N_("LSC closing code"), FALSE, NULL, CLOSING_CODE, "closing-code",
          "closing code|lsc closing code|close code|closure code|closing reason|disposition|case closing code"),
  TARGET ("outcome", N_("Outcome"), FALSE, NULL, CHOICE, "outcome", "outcome|result|resultado"),
  TARGET ("amount", N_("Amount recovered or saved"), FALSE, NULL, MONEY, "amount-cents",
          "amount|amount recovered|amount saved|amount recovered or saved|recovery|monetary outcome"),
  TARGET ("rejection-reason", N_("Rejection reason"), FALSE, NULL, CHOICE, "rejection-reason",
          "rejection reason|reason rejected|reject reason|reason for rejection"),
  TARGET ("volunteer", N_("Volunteer"), FALSE, NULL, VOLUNTEER, "volunteer-id",
          "volunteer|attorney|volunteer attorney|assigned to|assigned attorney|lawyer|volunteer name|abogado"),
  TARGET ("mentor", N_("Supervising mentor"), FALSE, NULL, VOLUNTEER, "mentor-id",
          "mentor|supervising mentor|supervisor|supervising attorney"),
  TARGET ("funding-source", N_("Funding source"), FALSE, NULL, TEXT, "funding-source",
          "funding source|funding|funder|fund"),
};

static const DeskImportTarget volunteer_targets[] = {
  FIRST_NAME (""),
  LAST_NAME (""),
  EMAIL,
  PHONE ("|work phone"),
  TARGET ("role", N_("Role"), FALSE, NULL, CHOICE, "role", "role|type|volunteer type|volunteer role|position"),
  TARGET ("is-mentor", N_("Mentor"), FALSE, NULL, YES_NO, "is-mentor", "mentor|is mentor|mentors|can mentor"),
  TARGET ("bar-number", N_("Bar number"), FALSE, NULL, TEXT, "bar-number",
          "bar number|bar no|bar id|bar|bar license|bar registration number|license number"),
  TARGET ("admission-year", N_("Year admitted to the bar"), FALSE, NULL, NUMBER, "admission-year",
          "admission year|year admitted|bar admission year|admitted"),
  TARGET ("practice-areas", N_("Practice areas"), FALSE, NULL, TEXT, "practice-areas",
          "practice areas|practice area|areas|areas of practice|specialties|specialty|expertise"),
  TARGET ("hourly-value", N_("Value of an hour"), FALSE, NULL, MONEY, "hourly-value-cents",
          "hourly value|hourly rate|rate|value of an hour|hour value"),
  COUNTY (""),
  TARGET ("languages", N_("Languages"), FALSE, NULL, TEXT, "languages",
          "languages|language|languages spoken|idiomas"),
};

static const DeskImportTarget time_targets[] = {
  TARGET ("case", N_("Case number"), TRUE, NULL, CASE, "case-id",
          "case number|case|case no|case num|matter|matter number|file number"),
  TARGET ("volunteer", N_("Volunteer"), TRUE, NULL, VOLUNTEER, "volunteer-id",
          "volunteer|name|volunteer name|attorney|email|e mail|volunteer email|volunteer e mail|timekeeper|staff"),
  TARGET ("worked-on", N_("Date"), TRUE, NULL, DATE, "worked-on",
          "date|worked on|date worked|work date|day|fecha"),
  TARGET ("hours", N_("Hours"), TRUE, NULL, HOURS, "tenths",
          "hours|time|hrs|hour|duration|time spent|horas"),
  TARGET ("activity", N_("Description"), TRUE, NULL, TEXT, "activity",
          "description|activity|work|task|work done|notes|narrative|descripcion|actividad"),
  TARGET ("grant", N_("Grant"), FALSE, NULL, GRANT, "grant-id",
          "grant|grant name|grant number|funding|funder"),
};

static const struct
{
  const char             *nick;
  const char             *label;
  GType                 (*get_type) (void);
  const DeskImportTarget *targets;
  guint                   n_targets;
} kinds[] = {
  [DESK_IMPORT_CLIENTS] = { "clients", N_("Clients"), desk_client_get_type,
                            client_targets, G_N_ELEMENTS (client_targets) },
  [DESK_IMPORT_CASES] = { "cases", N_("Cases"), desk_case_get_type,
                          case_targets, G_N_ELEMENTS (case_targets) },
  [DESK_IMPORT_VOLUNTEERS] = { "volunteers", N_("Volunteers"), desk_volunteer_get_type,
                               volunteer_targets, G_N_ELEMENTS (volunteer_targets) },
  [DESK_IMPORT_TIME_ENTRIES] = { "time", N_("Time entries"), desk_time_entry_get_type,
                                 time_targets, G_N_ELEMENTS (time_targets) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == DESK_IMPORT_N_KINDS);

/* Words spreadsheets use for a choice beside its label and stored name. */
static const struct
{
  GType     (*get_type) (void);
  int         value;
  const char *words;
} choice_words[] = {
  { desk_outcome_get_type, DESK_OUTCOME_FAVOURABLE, "favourable|won|positive|successful|success" },
  { desk_outcome_get_type, DESK_OUTCOME_UNFAVOURABLE, "unfavourable|lost|negative|unsuccessful" },
  { desk_volunteer_role_get_type, DESK_VOLUNTEER_ATTORNEY, "lawyer|atty|attorney at law|abogado|abogada" },
  { desk_volunteer_role_get_type, DESK_VOLUNTEER_LAW_STUDENT, "student|law clerk|estudiante" },
  { desk_volunteer_role_get_type, DESK_VOLUNTEER_PARALEGAL, "legal assistant" },
  { desk_case_status_get_type, DESK_CASE_STATUS_OPEN, "active|opened|in progress|abierto" },
  { desk_case_status_get_type, DESK_CASE_STATUS_CLOSED, "done|complete|completed|cerrado" },
  { desk_case_status_get_type, DESK_CASE_STATUS_INTAKE, "pending|new|screening" },
  { desk_case_status_get_type, DESK_CASE_STATUS_PLACED, "assigned|referred" },
  { desk_case_status_get_type, DESK_CASE_STATUS_REJECTED, "declined|turned down|denied" },
  { desk_gender_get_type, DESK_GENDER_FEMALE, "f|woman|femenino|mujer" },
  { desk_gender_get_type, DESK_GENDER_MALE, "m|man|masculino|hombre" },
  { desk_answer_get_type, DESK_ANSWER_YES, "y|true|si|1" },
  { desk_answer_get_type, DESK_ANSWER_NO, "n|false|0" },
  { desk_contact_method_get_type, DESK_CONTACT_TEXT, "sms|text" },
  { desk_contact_method_get_type, DESK_CONTACT_EMAIL, "email|e mail" },
};

static const char * const yes_words[] = { "yes", "y", "true", "1", "x", "si", "oui", "ja", NULL };
static const char * const no_words[] = { "no", "n", "false", "0", "non", "nein", NULL };

const char *
desk_import_kind_get_nick (DeskImportKind kind)
{
  g_return_val_if_fail (kind < DESK_IMPORT_N_KINDS, NULL);

  return kinds[kind].nick;
}

gboolean
desk_import_kind_from_nick (const char     *nick,
                            DeskImportKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (nick, kinds[i].nick) == 0)
      {
        *kind = (DeskImportKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
desk_import_kind_get_label (DeskImportKind kind)
{
  g_return_val_if_fail (kind < DESK_IMPORT_N_KINDS, NULL);

  return _(kinds[kind].label);
}

const DeskImportTarget *
desk_import_kind_get_targets (DeskImportKind  kind,
                              guint          *n_targets)
{
  g_return_val_if_fail (kind < DESK_IMPORT_N_KINDS, NULL);
  g_return_val_if_fail (n_targets != NULL, NULL);

  *n_targets = kinds[kind].n_targets;
  return kinds[kind].targets;
}

const char *
desk_import_target_get_label (const DeskImportTarget *target)
{
  g_return_val_if_fail (target != NULL, NULL);

  return _(target->label);
}

GType
_desk_import_kind_get_record_type (DeskImportKind kind)
{
  return kinds[kind].get_type ();
}

const char *
_desk_import_target_field (const DeskImportTarget *target)
{
  /* A client not found is the case's missing client, one problem. */
  if (target->value == DESK_IMPORT_VALUE_CLIENT)
    return "client-id";
  return target->property != NULL ? target->property : target->name;
}

/* Whether @key (desk_name_key()) is the key of one of the "|"-separated
 * @words. */
static gboolean
key_in_words (const char *key,
              const char *words)
{
  g_auto(GStrv) list = NULL;

  if (key == NULL || *key == '\0' || words == NULL)
    return FALSE;

  list = g_strsplit (words, "|", -1);
  for (guint i = 0; list[i] != NULL; i++)
    {
      g_autofree char *word_key = desk_name_key (list[i]);

      if (g_strcmp0 (key, word_key) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
key_is (const char *key,
        const char *text)
{
  g_autofree char *text_key = desk_name_key (text);

  return key != NULL && *key != '\0' && g_strcmp0 (key, text_key) == 0;
}

gboolean
_desk_import_target_means (const DeskImportTarget *target,
                           const char             *header_key)
{
  return key_is (header_key, target->name) || key_is (header_key, target->label) ||
         key_is (header_key, _(target->label)) || key_in_words (header_key, target->synonyms);
}

/* ---- the records cells name --------------------------------------------- */

struct _DeskImportLookup
{
  DeskStore      *store;
  DeskImportKind  kind;
  GListModel     *problem_codes;
  GListModel     *closing_codes;
  GPtrArray      *clients;        /* DeskImportPerson */
  GHashTable     *clients_by_key; /* name key → GPtrArray of DeskImportPerson (borrowed) */
  GHashTable     *clients_by_id;  /* id → DeskImportPerson */
  GPtrArray      *volunteers;
  GHashTable     *volunteers_by_key;
  GHashTable     *volunteers_by_email;  /* folded address → DeskImportPerson */
  GPtrArray      *grants;         /* DeskGrant */
};

DeskImportLookup *
_desk_import_lookup_new (DeskStore      *store,
                         DeskImportKind  kind)
{
  DeskImportLookup *lookup = g_new0 (DeskImportLookup, 1);

  lookup->store = g_object_ref (store);
  lookup->kind = kind;
  return lookup;
}

void
_desk_import_lookup_free (DeskImportLookup *lookup)
{
  if (lookup == NULL)
    return;

  g_clear_object (&lookup->store);
  g_clear_object (&lookup->problem_codes);
  g_clear_object (&lookup->closing_codes);
  g_clear_pointer (&lookup->clients_by_key, g_hash_table_unref);
  g_clear_pointer (&lookup->clients_by_id, g_hash_table_unref);
  g_clear_pointer (&lookup->clients, g_ptr_array_unref);
  g_clear_pointer (&lookup->volunteers_by_key, g_hash_table_unref);
  g_clear_pointer (&lookup->volunteers_by_email, g_hash_table_unref);
  g_clear_pointer (&lookup->volunteers, g_ptr_array_unref);
  g_clear_pointer (&lookup->grants, g_ptr_array_unref);
  g_free (lookup);
}

static gboolean
load_people (DeskImportLookup  *lookup,
             GType              type,
             GPtrArray        **people,
             GHashTable       **by_key,
             GError           **error)
{
  if (*people != NULL)
    return TRUE;

  *people = desk_store_list_import_people (lookup->store, type, error);
  if (*people == NULL)
    return FALSE;

  *by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < (*people)->len; i++)
    {
      DeskImportPerson *person = g_ptr_array_index (*people, i);
      g_autofree char *name = g_strconcat (person->first_name, " ", person->last_name, NULL);
      char *key = desk_name_key (name);
      GPtrArray *named = g_hash_table_lookup (*by_key, key);

      if (named == NULL)
        {
          named = g_ptr_array_new ();
          g_hash_table_insert (*by_key, g_strdup (key), named);
        }
      g_ptr_array_add (named, person);
      g_free (key);
    }

  return TRUE;
}

static gboolean
load_clients (DeskImportLookup  *lookup,
              GError           **error)
{
  if (lookup->clients != NULL)
    return TRUE;
  if (!load_people (lookup, DESK_TYPE_CLIENT, &lookup->clients, &lookup->clients_by_key, error))
    return FALSE;

  lookup->clients_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < lookup->clients->len; i++)
    {
      DeskImportPerson *person = g_ptr_array_index (lookup->clients, i);
      g_hash_table_insert (lookup->clients_by_id, &person->id, person);
    }
  return TRUE;
}

static gboolean
load_volunteers (DeskImportLookup  *lookup,
                 GError           **error)
{
  if (lookup->volunteers != NULL)
    return TRUE;
  if (!load_people (lookup, DESK_TYPE_VOLUNTEER, &lookup->volunteers, &lookup->volunteers_by_key, error))
    return FALSE;

  lookup->volunteers_by_email = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < lookup->volunteers->len; i++)
    {
      DeskImportPerson *person = g_ptr_array_index (lookup->volunteers, i);

      if (person->email[0] != '\0')
        g_hash_table_insert (lookup->volunteers_by_email, g_utf8_casefold (person->email, -1), person);
    }
  return TRUE;
}

GPtrArray *
_desk_import_lookup_people_named (DeskImportLookup  *lookup,
                                  const char        *key,
                                  GError           **error)
{
  if (lookup->kind == DESK_IMPORT_VOLUNTEERS || lookup->kind == DESK_IMPORT_TIME_ENTRIES)
    {
      if (!load_volunteers (lookup, error))
        return NULL;
      return g_hash_table_lookup (lookup->volunteers_by_key, key);
    }
  if (!load_clients (lookup, error))
    return NULL;
  return g_hash_table_lookup (lookup->clients_by_key, key);
}

DeskImportPerson *
_desk_import_lookup_email (DeskImportLookup  *lookup,
                           const char        *email,
                           GError           **error)
{
  g_autofree char *folded = g_utf8_casefold (email, -1);

  if (!load_volunteers (lookup, error))
    return NULL;
  return g_hash_table_lookup (lookup->volunteers_by_email, folded);
}

/* ---- reading cells ------------------------------------------------------- */

/* The choice of @enum_type that @text names by its label (in English or
 * translated), its stored name or a word spreadsheets use for it. */
static gboolean
read_choice (GType       enum_type,
             const char *text,
             int        *value)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);
  g_autofree char *key = desk_name_key (text);

  for (guint i = 0; i < enum_class->n_values; i++)
    {
      const GEnumValue *member = &enum_class->values[i];
      const char *label = desk_enum_label (enum_type, member->value);

      if (key_is (key, member->value_nick) || (label != NULL && key_is (key, label)))
        {
          *value = member->value;
          return TRUE;
        }
    }

  for (guint j = 0; j < G_N_ELEMENTS (choice_words); j++)
    if (choice_words[j].get_type () == enum_type && key_in_words (key, choice_words[j].words))
      {
        *value = choice_words[j].value;
        return TRUE;
      }

  return FALSE;
}

/* "Favorable, Unfavorable, Other": the labels of @enum_type. */
static char *
describe_choices (GType enum_type)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < enum_class->n_values; i++)
    {
      const char *label = desk_enum_label (enum_type, enum_class->values[i].value);

      if (label == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, label);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
read_yes_no (const char *text,
             gboolean   *value)
{
  g_autofree char *key = desk_name_key (text);

  if (g_strv_contains (yes_words, key))
    *value = TRUE;
  else if (g_strv_contains (no_words, key))
    *value = FALSE;
  else
    return FALSE;
  return TRUE;
}

/* "1.5", "1,5", "2" or "1:30" as tenths of an hour; only whole tenths. */
static gboolean
read_hours (const char *text,
            int        *tenths)
{
  const char *colon = strchr (text, ':');
  guint64 whole = 0;
  guint64 minutes = 0;
  guint decimals = 0;
  guint64 fraction = 0;
  const char *p = text;

  if (colon != NULL)
    {
      g_autofree char *hours = g_strndup (text, colon - text);

      if (!g_ascii_string_to_unsigned (hours, 10, 0, 24, &whole, NULL) || strlen (colon + 1) != 2 ||
          !g_ascii_string_to_unsigned (colon + 1, 10, 0, 59, &minutes, NULL) || minutes % 6 != 0)
        return FALSE;
      *tenths = (int) (whole * 10 + minutes / 6);
      return TRUE;
    }

  if (!g_ascii_isdigit (*p) && *p != '.' && *p != ',')
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    {
      whole = whole * 10 + (guint64) (*p - '0');
      if (whole > 1000)
        return FALSE;
    }
  if (*p == '.' || *p == ',')
    for (p++; g_ascii_isdigit (*p); p++)
      {
        /* Only tenths: 1.50 is 1.5, 1.25 is not a number of tenths. */
        if (decimals >= 1 && *p != '0')
          return FALSE;
        if (decimals == 0)
          fraction = (guint64) (*p - '0');
        decimals++;
      }
  if (*p != '\0' || (p == text + 1 && !g_ascii_isdigit (*text)))
    return FALSE;

  *tenths = (int) (whole * 10 + fraction);
  return TRUE;
}

/* The reference code @text names: its code (a problem code "1" is "01"),
 * its label ("63 · Private Landlord/Tenant") or its name. */
static DeskCode *
find_code (GListModel *codes,
           const char *text,
           gboolean    pad)
{
  g_autofree char *key = desk_name_key (text);
  g_autofree char *padded = NULL;
  guint n = g_list_model_get_n_items (codes);

  if (pad && strlen (text) == 1 && g_ascii_isdigit (text[0]))
    padded = g_strdup_printf ("0%s", text);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeskCode) code = g_list_model_get_item (codes, i);

      if (g_ascii_strcasecmp (desk_code_get_code (code), padded != NULL ? padded : text) == 0)
        return g_steal_pointer (&code);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeskCode) code = g_list_model_get_item (codes, i);

      if (key_is (key, desk_code_get_name (code)) || key_is (key, desk_code_get_label (code)))
        return g_steal_pointer (&code);
    }
  return NULL;
}

static void
add_problem (GPtrArray              *problems,
             const DeskImportTarget *target,
             const char             *format,
             ...) G_GNUC_PRINTF (3, 4);

static void
add_problem (GPtrArray              *problems,
             const DeskImportTarget *target,
             const char             *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  desk_problems_add (problems, _desk_import_target_field (target), "%s", message);
}

static const DeskImportTarget *
find_target (const DeskImportTarget *targets,
             guint                   n_targets,
             DeskImportValue         value)
{
  for (guint i = 0; i < n_targets; i++)
    if (targets[i].value == value)
      return &targets[i];
  return NULL;
}

/* The client a case row names, by name and (when given) date of birth. */
static gboolean
read_client (DeskImportLookup        *lookup,
             const DeskImportTarget  *target,
             const char              *text,
             const char              *birth_text,
             gint64                  *id,
             char                   **display,
             GPtrArray               *problems,
             GError                 **error)
{
  g_autofree char *key = desk_name_key (text);
  g_autofree char *birth_date = birth_text != NULL ? desk_date_parse (birth_text) : NULL;
  DeskImportPerson *found = NULL;
  guint n_found = 0;
  GPtrArray *named;

  if (!load_clients (lookup, error))
    return FALSE;

  named = g_hash_table_lookup (lookup->clients_by_key, key);
  for (guint i = 0; named != NULL && i < named->len; i++)
    {
      DeskImportPerson *person = g_ptr_array_index (named, i);

      if (birth_date != NULL && g_strcmp0 (person->birth_date, birth_date) != 0)
        continue;
      found = person;
      n_found++;
    }

  if (n_found == 1)
    {
      *id = found->id;
      *display = g_strdup_printf ("%s %s", found->first_name, found->last_name);
      return TRUE;
    }

  if (n_found == 0 && birth_date != NULL)
    add_problem (problems, target, _("No client named “%s” and born on %s is in the database; import the clients "
                                     "first."), text, birth_date);
  else if (n_found == 0)
    add_problem (problems, target, _("No client named “%s” is in the database; import the clients first."), text);
  else if (birth_date != NULL)
    add_problem (problems, target, _("%u clients named “%s” were born on %s; give the client’s number instead."),
                 n_found, text, birth_date);
  else
    add_problem (problems, target, _("%u clients are named “%s”; add a column with the client’s date of birth."),
                 n_found, text);
  return TRUE;
}

/* The volunteer a row names, by e-mail address or by name. */
static gboolean
read_volunteer (DeskImportLookup        *lookup,
                const DeskImportTarget  *target,
                const char              *text,
                gint64                  *id,
                char                   **display,
                GPtrArray               *problems,
                GError                 **error)
{
  DeskImportPerson *found = NULL;

  if (!load_volunteers (lookup, error))
    return FALSE;

  if (strchr (text, '@') != NULL)
    {
      g_autofree char *folded = g_utf8_casefold (text, -1);

      found = g_hash_table_lookup (lookup->volunteers_by_email, folded);
      if (found == NULL)
        {
          add_problem (problems, target, _("No volunteer has the e-mail address “%s”."), text);
          return TRUE;
        }
    }
  else
    {
      g_autofree char *key = desk_name_key (text);
      GPtrArray *named = g_hash_table_lookup (lookup->volunteers_by_key, key);

      if (named == NULL || named->len == 0)
        {
          add_problem (problems, target, _("No volunteer named “%s” is in the database."), text);
          return TRUE;
        }
      if (named->len > 1)
        {
          add_problem (problems, target, _("%u volunteers are named “%s”; give the volunteer’s e-mail address "
                                           "instead."), named->len, text);
          return TRUE;
        }
      found = g_ptr_array_index (named, 0);
    }

  *id = found->id;
  *display = g_strdup_printf ("%s %s", found->first_name, found->last_name);
  return TRUE;
}

static gboolean
read_grant (DeskImportLookup        *lookup,
            const DeskImportTarget  *target,
            const char              *text,
            gint64                  *id,
            char                   **display,
            GPtrArray               *problems,
            GError                 **error)
{
  g_autofree char *key = desk_name_key (text);
  DeskGrant *found = NULL;
  guint n_found = 0;

  if (lookup->grants == NULL)
    {
      lookup->grants = desk_store_list_grants (lookup->store, 0, error);
      if (lookup->grants == NULL)
        return FALSE;
    }

  for (guint i = 0; i < lookup->grants->len; i++)
    {
      DeskGrant *grant = g_ptr_array_index (lookup->grants, i);
      const char *number = desk_grant_get_grant_number (grant);

      if (key_is (key, desk_grant_get_name (grant)) || (number[0] != '\0' && g_strcmp0 (number, text) == 0))
        {
          found = grant;
          n_found++;
        }
    }

  if (n_found == 1)
    {
      *id = desk_record_get_id (DESK_RECORD (found));
      *display = g_strdup (desk_grant_get_name (found));
    }
  else if (n_found == 0)
    add_problem (problems, target, _("No grant is named or numbered “%s”."), text);
  else
    add_problem (problems, target, _("%u grants are named “%s”; give the grant number instead."), n_found, text);
  return TRUE;
}

/* Line breaks as \n, whatever the file used inside its quotes. */
static char *
normalize_breaks (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r')
        {
          g_string_append_c (out, '\n');
          if (p[1] == '\n')
            p++;
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static GParamSpec *
find_property (DeskRecord *record,
               const char *property)
{
  return g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
}

gboolean
_desk_import_read_cell (DeskImportLookup        *lookup,
                        const DeskImportTarget  *targets,
                        guint                    n_targets,
                        const char * const      *cells,
                        guint                    index,
                        const char              *column,
                        DeskRecord              *record,
                        char                   **display,
                        GPtrArray               *problems,
                        GError                 **error)
{
  const DeskImportTarget *target = &targets[index];
  const char *text = cells[index];
  GParamSpec *pspec = target->property != NULL ? find_property (record, target->property) : NULL;
  gint64 id = 0;

  *display = NULL;
  if (text == NULL)
    return TRUE;

  switch (target->value)
    {
    case DESK_IMPORT_VALUE_TEXT:
    case DESK_IMPORT_VALUE_CASE_NUMBER:
      g_object_set (record, target->property, text, NULL);
      *display = g_strdup (text);
      break;

    case DESK_IMPORT_VALUE_MULTI_LINE:
      *display = normalize_breaks (text);
      g_object_set (record, target->property, *display, NULL);
      break;

    case DESK_IMPORT_VALUE_DATE:
    case DESK_IMPORT_VALUE_BIRTH_DATE:
      *display = desk_date_parse (text);
      if (*display == NULL)
        add_problem (problems, target, _("“%s” in the column “%s” is not a date; write it like 2026-06-15 or "
                                         "6/15/2026."), text, column);
      else if (target->property != NULL)
        g_object_set (record, target->property, *display, NULL);
      break;

    case DESK_IMPORT_VALUE_NUMBER:
      {
        gint64 number;

        if (!g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &number, NULL))
          add_problem (problems, target, _("“%s” in the column “%s” is not a whole number."), text, column);
        else
          {
            g_object_set (record, target->property, (int) number, NULL);
            *display = g_strdup_printf ("%d", (int) number);
          }
      }
      break;

    case DESK_IMPORT_VALUE_MONEY:
      {
        gint64 cents;

        if (!desk_parse_money (text, target->property, &cents, NULL))
          add_problem (problems, target, _("“%s” in the column “%s” is not an amount of dollars; write it like "
                                           "23,400 or 23400.50."), text, column);
        else
          {
            g_object_set (record, target->property, cents, NULL);
            *display = desk_format_money (cents);
          }
      }
      break;

    case DESK_IMPORT_VALUE_YES_NO:
      {
        gboolean yes;

        if (!read_yes_no (text, &yes))
          add_problem (problems, target, _("“%s” in the column “%s” is not yes or no."), text, column);
        else
          {
            g_object_set (record, target->property, yes, NULL);
            *display = g_strdup (yes ? _("Yes") : _("No"));
          }
      }
      break;

    case DESK_IMPORT_VALUE_CHOICE:
      {
        int value;

        if (!read_choice (pspec->value_type, text, &value))
          {
            g_autofree char *choices = describe_choices (pspec->value_type);

            add_problem (problems, target, _("“%s” in the column “%s” is not one of the choices: %s."),
                         text, column, choices);
          }
        else
          {
            g_object_set (record, target->property, value, NULL);
            *display = g_strdup (desk_enum_label (pspec->value_type, value));
          }
      }
      break;

    case DESK_IMPORT_VALUE_HOURS:
      {
        int tenths;

        if (!read_hours (text, &tenths))
          add_problem (problems, target, _("“%s” in the column “%s” is not a number of hours in steps of 0.1, such "
                                           "as 1.5 or 1:30."), text, column);
        else
          {
            g_object_set (record, target->property, tenths, NULL);
            *display = g_strdup_printf ("%d.%d", tenths / 10, tenths % 10);
          }
      }
      break;

    case DESK_IMPORT_VALUE_CLIENT:
      {
        const DeskImportTarget *birth = find_target (targets, n_targets, DESK_IMPORT_VALUE_BIRTH_DATE);
        const DeskImportTarget *by_id = find_target (targets, n_targets, DESK_IMPORT_VALUE_CLIENT_ID);

        /* A client number, when there is one, says it all. */
        if (by_id != NULL && cells[by_id - targets] != NULL)
          break;
        if (!read_client (lookup, target, text, birth != NULL ? cells[birth - targets] : NULL, &id, display,
                          problems, error))
          return FALSE;
        if (id > 0)
          g_object_set (record, "client-id", id, NULL);
      }
      break;

    case DESK_IMPORT_VALUE_CLIENT_ID:
      {
        DeskImportPerson *person = NULL;

        if (!load_clients (lookup, error))
          return FALSE;
        if (g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &id, NULL))
          person = g_hash_table_lookup (lookup->clients_by_id, &id);
        if (person == NULL)
          add_problem (problems, target, _("There is no client number “%s” in the database."), text);
        else
          {
            g_object_set (record, target->property, id, NULL);
            *display = g_strdup_printf ("%s %s", person->first_name, person->last_name);
          }
      }
      break;

    case DESK_IMPORT_VALUE_PROBLEM_CODE:
    case DESK_IMPORT_VALUE_CLOSING_CODE:
      {
        gboolean problem = target->value == DESK_IMPORT_VALUE_PROBLEM_CODE;
        GListModel **codes = problem ? &lookup->problem_codes : &lookup->closing_codes;
        g_autoptr(DeskCode) code = NULL;

        if (*codes == NULL)
          {
            *codes = problem ? desk_store_list_problem_codes (lookup->store, error)
                             : desk_store_list_closing_codes (lookup->store, error);
            if (*codes == NULL)
              return FALSE;
          }
        code = find_code (*codes, text, problem);
        if (code == NULL && problem)
          add_problem (problems, target, _("“%s” in the column “%s” is not an LSC problem code or the name of one."),
                       text, column);
        else if (code == NULL)
          add_problem (problems, target, _("“%s” in the column “%s” is not an LSC closing code or the name of one."),
                       text, column);
        else
          {
            g_object_set (record, target->property, desk_code_get_code (code), NULL);
            *display = g_strdup (desk_code_get_label (code));
            /* A case with no title of its own is called after its problem;
             * a title column, read after this one, says better. */
            if (problem && DESK_IS_CASE (record))
              desk_case_set_title (DESK_CASE (record), desk_code_get_name (code));
          }
      }
      break;

    case DESK_IMPORT_VALUE_VOLUNTEER:
      if (!read_volunteer (lookup, target, text, &id, display, problems, error))
        return FALSE;
      if (id > 0)
        g_object_set (record, target->property, id, NULL);
      break;

    case DESK_IMPORT_VALUE_CASE:
      if (!desk_store_find_case_number (lookup->store, text, &id, error))
        return FALSE;
      if (id == 0)
        add_problem (problems, target, _("There is no case numbered “%s”."), text);
      else
        {
          g_object_set (record, target->property, id, NULL);
          *display = g_strdup (text);
        }
      break;

    case DESK_IMPORT_VALUE_GRANT:
      if (!read_grant (lookup, target, text, &id, display, problems, error))
        return FALSE;
      if (id > 0)
        g_object_set (record, target->property, id, NULL);
      break;

    default:
      g_assert_not_reached ();
    }

  return TRUE;
}

gboolean
_desk_import_property_is_empty (DeskRecord *record,
                                const char *property)
{
  guint n_fields;
  const DeskField *fields = desk_record_class_get_fields (DESK_RECORD_GET_CLASS (record), &n_fields);

  /* An income nobody gave is empty, whatever the amount says. */
  if (DESK_IS_CLIENT (record) && g_str_equal (property, "annual-income-cents"))
    return !desk_client_get_income_known (DESK_CLIENT (record));

  for (guint i = 0; i < n_fields; i++)
    {
      const DeskField *field = &fields[i];

      if (!g_str_equal (field->name, property))
        continue;
      if (field->fundamental == G_TYPE_STRING)
        {
          const char *text = desk_record_get_field_text (record, field);
          return text == NULL || *text == '\0';
        }
      return desk_record_get_field_number (record, field) == field->default_value;
    }

  g_return_val_if_reached (FALSE);
}
