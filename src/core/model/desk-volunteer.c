/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-volunteer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-error.h"
#include "desk-volunteer.h"

struct _DeskVolunteer
{
  DeskRecord               parent_instance;

  char                    *first_name;
  char                    *last_name;
  char                    *email;
  char                    *phone;
  DeskVolunteerRole        role;
  gboolean                 is_mentor;
  char                    *bar_number;
  gint64                   hourly_value_cents;
  char                    *practice_areas;
  int                      open_cases;

  /* mentoring profile */
  int                      admission_year;
  char                    *county;
  gboolean                 remote_ok;
  int                      availability;
  int                      monthly_hours;
  guint                    meeting_modes;
  char                    *languages;
  char                    *must_share_languages;
  gboolean                 active;
  DeskTier                 mentor_tier;
  int                      mentor_capacity;
  guint                    can_help_with;
  char                    *coaching_trained_on;
  char                    *cultural_competence_trained_on;
  char                    *ethics_trained_on;
  gboolean                 wants_mentor;
  DeskTier                 mentee_tier;
  guint                    mentee_goals;
  char                    *mentee_goals_text;
  char                    *never_pair;
};

G_DEFINE_FINAL_TYPE (DeskVolunteer, desk_volunteer, DESK_TYPE_RECORD)

/* One property per column; see DeskField.  Derived fields are filled
 * by the store for lists and never saved. */
static const DeskField fields[] = {
  DESK_FIELD_TEXT (DeskVolunteer, first_name, "first-name"),
  DESK_FIELD_TEXT (DeskVolunteer, last_name, "last-name"),
  DESK_FIELD_TEXT (DeskVolunteer, email, "email"),
  DESK_FIELD_TEXT (DeskVolunteer, phone, "phone"),
  DESK_FIELD_ENUM (DeskVolunteer, role, "role", desk_volunteer_role_get_type, DESK_VOLUNTEER_ATTORNEY),
  DESK_FIELD_BOOL (DeskVolunteer, is_mentor, "is-mentor"),
  DESK_FIELD_TEXT (DeskVolunteer, bar_number, "bar-number"),
  DESK_FIELD_MONEY (DeskVolunteer, hourly_value_cents, "hourly-value-cents"),
  DESK_FIELD_TEXT_MAX (DeskVolunteer, practice_areas, "practice-areas", 2000),
  DESK_FIELD_DERIVED_INT (DeskVolunteer, open_cases, "open-cases"),
  /* Numbers take any value so that validation, not the property, says
   * what is wrong with them. */
  DESK_FIELD_INT (DeskVolunteer, admission_year, "admission-year", G_MININT, G_MAXINT, 0),
  DESK_FIELD_TEXT (DeskVolunteer, county, "county"),
  DESK_FIELD_BOOL (DeskVolunteer, remote_ok, "remote-ok"),
  DESK_FIELD_INT (DeskVolunteer, availability, "availability", 0, DESK_AVAILABILITY_ALL, 0),
  DESK_FIELD_INT (DeskVolunteer, monthly_hours, "monthly-hours", G_MININT, G_MAXINT, 0),
  DESK_FIELD_FLAGS (DeskVolunteer, meeting_modes, "meeting-modes", desk_meeting_mode_get_type),
  DESK_FIELD_TEXT_MAX (DeskVolunteer, languages, "languages", 1000),
  DESK_FIELD_TEXT_MAX (DeskVolunteer, must_share_languages, "must-share-languages", 1000),
  { "active", G_TYPE_BOOLEAN, NULL, G_STRUCT_OFFSET (DeskVolunteer, active), 0, 1, TRUE, NULL, DESK_FIELD_NONE },
  DESK_FIELD_ENUM (DeskVolunteer, mentor_tier, "mentor-tier", desk_tier_get_type, DESK_TIER_NONE),
  DESK_FIELD_INT (DeskVolunteer, mentor_capacity, "mentor-capacity", G_MININT, G_MAXINT, 1),
  DESK_FIELD_FLAGS (DeskVolunteer, can_help_with, "can-help-with", desk_mentoring_goal_get_type),
  DESK_FIELD_DATE (DeskVolunteer, coaching_trained_on, "coaching-trained-on"),
  DESK_FIELD_DATE (DeskVolunteer, cultural_competence_trained_on, "cultural-competence-trained-on"),
  DESK_FIELD_DATE (DeskVolunteer, ethics_trained_on, "ethics-trained-on"),
  DESK_FIELD_BOOL (DeskVolunteer, wants_mentor, "wants-mentor"),
  DESK_FIELD_ENUM (DeskVolunteer, mentee_tier, "mentee-tier", desk_tier_get_type, DESK_TIER_NONE),
  DESK_FIELD_FLAGS (DeskVolunteer, mentee_goals, "mentee-goals", desk_mentoring_goal_get_type),
  DESK_FIELD_MULTI_LINE_MAX (DeskVolunteer, mentee_goals_text, "mentee-goals-text", 1000),
  DESK_FIELD_TEXT_MAX (DeskVolunteer, never_pair, "never-pair", 4000),
};

/* Length bounds, in characters, so that one field cannot swallow a form. */
#define MAX_NAME        100
#define MAX_EMAIL       254
#define MAX_SHORT_TEXT  60
#define MAX_LANGUAGES   12
#define MAX_AREAS       20

/* Which training each date belongs to, and the words for its problems. */
static const struct
{
  DeskTraining  training;
  const char   *field;
  const char   *not_real;
  const char   *future;
} trainings[] = {
  { DESK_TRAINING_COACHING, "coaching-trained-on",
    N_("The coaching training date is not a real date; write it as YYYY-MM-DD."),
    N_("The coaching training date cannot be in the future.") },
  { DESK_TRAINING_CULTURAL_COMPETENCE, "cultural-competence-trained-on",
    N_("The cultural competence training date is not a real date; write it as YYYY-MM-DD."),
    N_("The cultural competence training date cannot be in the future.") },
  { DESK_TRAINING_LEGAL_ETHICS, "ethics-trained-on",
    N_("The legal ethics training date is not a real date; write it as YYYY-MM-DD."),
    N_("The legal ethics training date cannot be in the future.") },
};

static char **
training_slot (DeskVolunteer *self,
               DeskTraining   training)
{
  switch (training)
    {
    case DESK_TRAINING_COACHING:
      return &self->coaching_trained_on;
    case DESK_TRAINING_CULTURAL_COMPETENCE:
      return &self->cultural_competence_trained_on;
    case DESK_TRAINING_LEGAL_ETHICS:
      return &self->ethics_trained_on;
    default:
      return NULL;
    }
}

/* The items of a comma-separated list, trimmed, empty ones left out. */
static GPtrArray *
list_split (const char *text)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = NULL;

  /* Text that is not UTF-8 is refused by the field's own check; there is
   * no list to read in it. */
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return items;

  parts = g_strsplit (text, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *item = g_strstrip (parts[i]);

      if (*item != '\0')
        g_ptr_array_add (items, g_strdup (item));
    }
  return items;
}

static char *
list_join (GPtrArray *items)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", (const char *) g_ptr_array_index (items, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The position of @item in @items, compared without case; -1 when absent. */
static int
list_find (GPtrArray  *items,
           const char *item)
{
  g_autofree char *folded = g_utf8_casefold (item, -1);

  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *other = g_utf8_casefold (g_ptr_array_index (items, i), -1);

      if (g_str_equal (folded, other))
        return (int) i;
    }
  return -1;
}

static gboolean
too_long (const char *text,
          glong       max)
{
  /* Not UTF-8: refused by the text checks, and not to be counted in. */
  return text != NULL && g_utf8_validate (text, -1, NULL) && g_utf8_strlen (text, -1) > max;
}

/* Language names are words: no list separators, quotes, backslashes or
 * control characters (the store splits the list in SQL). */
static gboolean
language_is_plain (const char *language)
{
  /* Bytes that are not UTF-8 are refused as such elsewhere; stepping
   * through them by characters could step past the end. */
  if (!g_utf8_validate (language, -1, NULL))
    return FALSE;

  for (const char *p = language; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (ch == '"' || ch == '\\' || ch == ';' || ch == ',' || g_unichar_iscntrl (ch))
        return FALSE;
    }
  return TRUE;
}

static void
validate_lists (DeskVolunteer *self,
                GPtrArray     *problems)
{
  g_autoptr(GPtrArray) languages = list_split (self->languages);
  g_autoptr(GPtrArray) must_share = list_split (self->must_share_languages);
  g_autoptr(GPtrArray) areas = list_split (self->practice_areas);
  g_autoptr(GPtrArray) never = list_split (self->never_pair);
  gint64 own_id = desk_record_get_id (DESK_RECORD (self));

  if (languages->len > MAX_LANGUAGES)
    desk_problems_add (problems, "languages", _("List at most %d languages."), MAX_LANGUAGES);
  for (guint i = 0; i < languages->len; i++)
    {
      const char *language = g_ptr_array_index (languages, i);

      if (!language_is_plain (language))
        desk_problems_add (problems, "languages",
                           _("The language “%s” may hold letters, spaces and hyphens, but no quotes or semicolons."),
                           language);
      else if (too_long (language, MAX_SHORT_TEXT / 2))
        desk_problems_add (problems, "languages", _("The language “%s” is too long; use at most %d characters."),
                           language, MAX_SHORT_TEXT / 2);
    }
  for (guint i = 0; i < must_share->len; i++)
    if (list_find (languages, g_ptr_array_index (must_share, i)) < 0)
      desk_problems_add (problems, "must-share-languages",
                         _("A mentor must speak “%s”, but it is not among the volunteer’s languages."),
                         (const char *) g_ptr_array_index (must_share, i));

  if (areas->len > MAX_AREAS)
    desk_problems_add (problems, "practice-areas", _("List at most %d practice areas."), MAX_AREAS);
  for (guint i = 0; i < areas->len; i++)
    if (too_long (g_ptr_array_index (areas, i), MAX_SHORT_TEXT))
      desk_problems_add (problems, "practice-areas",
                         _("The practice area “%s” is too long; use at most %d characters."),
                         (const char *) g_ptr_array_index (areas, i), MAX_SHORT_TEXT);

  for (guint i = 0; i < never->len; i++)
    {
      const char *item = g_ptr_array_index (never, i);
      guint64 other = 0;

      if (!g_ascii_string_to_unsigned (item, 10, 1, G_MAXINT64, &other, NULL))
        desk_problems_add (problems, "never-pair", _("The “never pair with” list holds volunteer numbers only."));
      else if (own_id > 0 && (gint64) other == own_id)
        desk_problems_add (problems, "never-pair", _("A volunteer cannot be on their own “never pair with” list."));
    }
}

static void
validate_mentoring (DeskVolunteer *self,
                    GPtrArray     *problems)
{
  g_autofree char *today = desk_today_iso ();
  int this_year = (int) g_ascii_strtoll (today, NULL, 10);

  if (self->admission_year != 0)
    {
      if (self->role == DESK_VOLUNTEER_LAW_STUDENT)
        desk_problems_add (problems, "admission-year", _("A law student has no bar admission year yet."));
      else if (self->admission_year > this_year)
        desk_problems_add (problems, "admission-year", _("The bar admission year cannot be in the future."));
      else if (self->admission_year < DESK_VOLUNTEER_MIN_ADMISSION_YEAR)
        desk_problems_add (problems, "admission-year", _("The bar admission year must be %d or later."),
                           DESK_VOLUNTEER_MIN_ADMISSION_YEAR);
    }

  if (self->monthly_hours < 0 || self->monthly_hours > DESK_VOLUNTEER_MAX_MONTHLY_HOURS)
    desk_problems_add (problems, "monthly-hours", _("The hours a month must be between 0 and %d."),
                       DESK_VOLUNTEER_MAX_MONTHLY_HOURS);

  if (self->mentor_capacity > DESK_VOLUNTEER_MAX_CAPACITY)
    desk_problems_add (problems, "mentor-capacity", _("A mentor can take at most %d mentees at once."),
                       DESK_VOLUNTEER_MAX_CAPACITY);
  else if (self->mentor_capacity < 0 || (self->is_mentor && self->mentor_capacity < 1))
    desk_problems_add (problems, "mentor-capacity", _("A mentor must be able to take at least one mentee."));

  /* Seniors mentor intermediates, intermediates mentor novices. */
  if (self->mentor_tier == DESK_TIER_NOVICE)
    desk_problems_add (problems, "mentor-tier", _("A mentor is senior or intermediate, not a novice."));
  else if (self->mentor_tier == DESK_TIER_SENIOR && self->role != DESK_VOLUNTEER_ATTORNEY)
    desk_problems_add (problems, "mentor-tier", _("Only an attorney can mentor as a senior."));

  if (self->mentee_tier == DESK_TIER_SENIOR)
    desk_problems_add (problems, "mentee-tier", _("A mentee is intermediate or a novice, not senior."));
  else if (self->is_mentor && self->wants_mentor && self->mentor_tier != DESK_TIER_NONE &&
           self->mentee_tier != DESK_TIER_NONE &&
           (self->mentor_tier != DESK_TIER_INTERMEDIATE || self->mentee_tier != DESK_TIER_INTERMEDIATE))
    desk_problems_add (problems, "mentee-tier",
                       _("A volunteer who mentors and is mentored is an intermediate on both sides."));

  if (self->wants_mentor && self->mentee_goals == DESK_GOAL_NONE && desk_text_is_blank (self->mentee_goals_text))
    desk_problems_add (problems, "mentee-goals", _("Say what the mentee wants to learn: pick a goal or describe it."));

  for (guint i = 0; i < G_N_ELEMENTS (trainings); i++)
    {
      const char *date = *training_slot (self, trainings[i].training);

      if (date == NULL)
        continue;
      if (!desk_date_is_valid (date))
        desk_problems_add (problems, trainings[i].field, "%s", _(trainings[i].not_real));
      else if (strcmp (date, today) > 0)
        desk_problems_add (problems, trainings[i].field, "%s", _(trainings[i].future));
    }
}

static void
desk_volunteer_validate (DeskRecord *record,
                         GPtrArray  *problems)
{
  DeskVolunteer *self = DESK_VOLUNTEER (record);

  if (desk_text_is_blank (self->first_name))
    desk_problems_add (problems, "first-name", _("The volunteer’s first name is missing."));
  if (desk_text_is_blank (self->last_name))
    desk_problems_add (problems, "last-name", _("The volunteer’s last name is missing."));
  if (self->email[0] != '\0' && !desk_email_is_valid (self->email))
    desk_problems_add (problems, "email", _("The e-mail address “%s” is not valid."), self->email);
  if (self->hourly_value_cents < 0)
    desk_problems_add (problems, "hourly-value-cents", _("The value of a volunteer hour cannot be negative."));

  if (too_long (self->first_name, MAX_NAME))
    desk_problems_add (problems, "first-name", _("The first name is too long; use at most %d characters."), MAX_NAME);
  if (too_long (self->last_name, MAX_NAME))
    desk_problems_add (problems, "last-name", _("The last name is too long; use at most %d characters."), MAX_NAME);
  if (too_long (self->email, MAX_EMAIL))
    desk_problems_add (problems, "email", _("The e-mail address is too long; use at most %d characters."), MAX_EMAIL);
  if (too_long (self->phone, MAX_SHORT_TEXT / 2))
    desk_problems_add (problems, "phone", _("The phone number is too long; use at most %d characters."),
                       MAX_SHORT_TEXT / 2);
  if (too_long (self->bar_number, MAX_SHORT_TEXT / 2))
    desk_problems_add (problems, "bar-number", _("The bar number is too long; use at most %d characters."),
                       MAX_SHORT_TEXT / 2);
  if (too_long (self->county, MAX_SHORT_TEXT))
    desk_problems_add (problems, "county", _("The county is too long; use at most %d characters."), MAX_SHORT_TEXT);

  validate_lists (self, problems);
  validate_mentoring (self, problems);
}

static void
desk_volunteer_class_init (DeskVolunteerClass *klass)
{
  DeskRecordClass *record_class = DESK_RECORD_CLASS (klass);

  record_class->entity = "volunteer";
  record_class->validate = desk_volunteer_validate;
  desk_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
desk_volunteer_init (DeskVolunteer *self)
{
}

DeskVolunteer *
desk_volunteer_new (void)
{
  DeskVolunteer *self = g_object_new (DESK_TYPE_VOLUNTEER, NULL);

  return self;
}

const char *
desk_volunteer_get_first_name (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->first_name;
}

void
desk_volunteer_set_first_name (DeskVolunteer *self,
                               const char *first_name)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "first-name", first_name, NULL);
}

const char *
desk_volunteer_get_last_name (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->last_name;
}

void
desk_volunteer_set_last_name (DeskVolunteer *self,
                              const char *last_name)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "last-name", last_name, NULL);
}

const char *
desk_volunteer_get_email (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->email;
}

void
desk_volunteer_set_email (DeskVolunteer *self,
                          const char *email)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "email", email, NULL);
}

const char *
desk_volunteer_get_phone (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->phone;
}

void
desk_volunteer_set_phone (DeskVolunteer *self,
                          const char *phone)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "phone", phone, NULL);
}

DeskVolunteerRole
desk_volunteer_get_role (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), 0);
  return self->role;
}

void
desk_volunteer_set_role (DeskVolunteer *self,
                         DeskVolunteerRole role)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "role", role, NULL);
}

gboolean
desk_volunteer_get_is_mentor (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), 0);
  return self->is_mentor;
}

void
desk_volunteer_set_is_mentor (DeskVolunteer *self,
                              gboolean is_mentor)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "is-mentor", is_mentor, NULL);
}

const char *
desk_volunteer_get_bar_number (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->bar_number;
}

void
desk_volunteer_set_bar_number (DeskVolunteer *self,
                               const char *bar_number)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "bar-number", bar_number, NULL);
}

gint64
desk_volunteer_get_hourly_value_cents (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), 0);
  return self->hourly_value_cents;
}

void
desk_volunteer_set_hourly_value_cents (DeskVolunteer *self,
                                       gint64 hourly_value_cents)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "hourly-value-cents", hourly_value_cents, NULL);
}

const char *
desk_volunteer_get_practice_areas (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->practice_areas;
}

void
desk_volunteer_set_practice_areas (DeskVolunteer *self,
                                   const char *practice_areas)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "practice-areas", practice_areas, NULL);
}

int
desk_volunteer_get_open_cases (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), 0);
  return self->open_cases;
}

char *
desk_volunteer_get_full_name (DeskVolunteer *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);

  /* TRANSLATORS: a person's name: first name, then last name */
  name = g_strdup_printf (_("%s %s"), self->first_name, self->last_name);
  return g_strdup (g_strstrip (name));
}

int
desk_volunteer_get_admission_year (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), 0);
  return self->admission_year;
}

void
desk_volunteer_set_admission_year (DeskVolunteer *self,
                                   int            admission_year)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "admission-year", admission_year, NULL);
}

const char *
desk_volunteer_get_county (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->county;
}

void
desk_volunteer_set_county (DeskVolunteer *self,
                           const char    *county)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "county", county, NULL);
}

gboolean
desk_volunteer_get_remote_ok (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), FALSE);
  return self->remote_ok;
}

void
desk_volunteer_set_remote_ok (DeskVolunteer *self,
                              gboolean       remote_ok)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "remote-ok", remote_ok, NULL);
}

guint32
desk_volunteer_get_availability (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), 0);
  return (guint32) self->availability;
}

void
desk_volunteer_set_availability (DeskVolunteer *self,
                                 guint32        availability)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_return_if_fail (availability <= DESK_AVAILABILITY_ALL);
  g_object_set (self, "availability", (int) availability, NULL);
}

int
desk_volunteer_get_monthly_hours (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), 0);
  return self->monthly_hours;
}

void
desk_volunteer_set_monthly_hours (DeskVolunteer *self,
                                  int            monthly_hours)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "monthly-hours", monthly_hours, NULL);
}

DeskMeetingMode
desk_volunteer_get_meeting_modes (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), DESK_MEETING_NONE);
  return self->meeting_modes;
}

void
desk_volunteer_set_meeting_modes (DeskVolunteer   *self,
                                  DeskMeetingMode  meeting_modes)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "meeting-modes", meeting_modes, NULL);
}

const char *
desk_volunteer_get_languages (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->languages;
}

void
desk_volunteer_set_languages (DeskVolunteer *self,
                              const char    *languages)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "languages", languages, NULL);
}

const char *
desk_volunteer_get_must_share_languages (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->must_share_languages;
}

void
desk_volunteer_set_must_share_languages (DeskVolunteer *self,
                                         const char    *languages)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "must-share-languages", languages, NULL);
}

gboolean
desk_volunteer_get_active (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), FALSE);
  return self->active;
}

void
desk_volunteer_set_active (DeskVolunteer *self,
                           gboolean       active)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "active", active, NULL);
}

DeskTier
desk_volunteer_get_mentor_tier (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), DESK_TIER_NONE);
  return self->mentor_tier;
}

void
desk_volunteer_set_mentor_tier (DeskVolunteer *self,
                                DeskTier       tier)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "mentor-tier", tier, NULL);
}

int
desk_volunteer_get_mentor_capacity (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), 0);
  return self->mentor_capacity;
}

void
desk_volunteer_set_mentor_capacity (DeskVolunteer *self,
                                    int            capacity)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "mentor-capacity", capacity, NULL);
}

DeskMentoringGoal
desk_volunteer_get_can_help_with (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), DESK_GOAL_NONE);
  return self->can_help_with;
}

void
desk_volunteer_set_can_help_with (DeskVolunteer     *self,
                                  DeskMentoringGoal  goals)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "can-help-with", goals, NULL);
}

const char *
desk_volunteer_get_training_date (DeskVolunteer *self,
                                  DeskTraining   training)
{
  char **slot;

  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  slot = training_slot (self, training);
  g_return_val_if_fail (slot != NULL, NULL);
  return *slot;
}

void
desk_volunteer_set_training_date (DeskVolunteer *self,
                                  DeskTraining   training,
                                  const char    *date)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));

  for (guint i = 0; i < G_N_ELEMENTS (trainings); i++)
    if (trainings[i].training == training)
      {
        g_object_set (self, trainings[i].field, date, NULL);
        return;
      }
  g_return_if_reached ();
}

DeskTraining
desk_volunteer_get_trainings (DeskVolunteer *self)
{
  DeskTraining done = DESK_TRAINING_NONE;

  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), DESK_TRAINING_NONE);

  for (guint i = 0; i < G_N_ELEMENTS (trainings); i++)
    if (*training_slot (self, trainings[i].training) != NULL)
      done |= trainings[i].training;
  return done;
}

gboolean
desk_volunteer_get_wants_mentor (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), FALSE);
  return self->wants_mentor;
}

void
desk_volunteer_set_wants_mentor (DeskVolunteer *self,
                                 gboolean       wants_mentor)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "wants-mentor", wants_mentor, NULL);
}

DeskTier
desk_volunteer_get_mentee_tier (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), DESK_TIER_NONE);
  return self->mentee_tier;
}

void
desk_volunteer_set_mentee_tier (DeskVolunteer *self,
                                DeskTier       tier)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "mentee-tier", tier, NULL);
}

DeskMentoringGoal
desk_volunteer_get_mentee_goals (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), DESK_GOAL_NONE);
  return self->mentee_goals;
}

void
desk_volunteer_set_mentee_goals (DeskVolunteer     *self,
                                 DeskMentoringGoal  goals)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "mentee-goals", goals, NULL);
}

const char *
desk_volunteer_get_mentee_goals_text (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->mentee_goals_text;
}

void
desk_volunteer_set_mentee_goals_text (DeskVolunteer *self,
                                      const char    *text)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "mentee-goals-text", text, NULL);
}

const char *
desk_volunteer_get_never_pair (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return self->never_pair;
}

void
desk_volunteer_set_never_pair (DeskVolunteer *self,
                               const char    *never_pair)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_object_set (self, "never-pair", never_pair, NULL);
}

int
desk_volunteer_get_years_experience (DeskVolunteer *self)
{
  g_autofree char *today = NULL;

  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), -1);

  if (self->role == DESK_VOLUNTEER_LAW_STUDENT)
    return 0;
  if (self->admission_year <= 0)
    return -1;

  today = desk_today_iso ();
  return MAX (0, (int) g_ascii_strtoll (today, NULL, 10) - self->admission_year);
}

static GStrv
list_to_strv (GPtrArray *items)
{
  g_ptr_array_add (items, NULL);
  return (GStrv) g_ptr_array_free (items, FALSE);
}

GStrv
desk_volunteer_dup_practice_area_list (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return list_to_strv (list_split (self->practice_areas));
}

void
desk_volunteer_set_practice_area_list (DeskVolunteer      *self,
                                       const char * const *areas)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autofree char *text = NULL;

  g_return_if_fail (DESK_IS_VOLUNTEER (self));

  for (guint i = 0; areas != NULL && areas[i] != NULL; i++)
    if (!desk_text_is_blank (areas[i]) && list_find (items, areas[i]) < 0)
      g_ptr_array_add (items, (gpointer) areas[i]);
  text = list_join (items);
  desk_volunteer_set_practice_areas (self, text);
}

GStrv
desk_volunteer_dup_language_list (DeskVolunteer *self)
{
  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);
  return list_to_strv (list_split (self->languages));
}

gboolean
desk_volunteer_get_must_share (DeskVolunteer *self,
                               const char    *language)
{
  g_autoptr(GPtrArray) must_share = NULL;

  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), FALSE);
  g_return_val_if_fail (language != NULL, FALSE);

  must_share = list_split (self->must_share_languages);
  return list_find (must_share, language) >= 0;
}

/* Adds or removes @item in the list held by property @property. */
static void
list_change (DeskVolunteer *self,
             const char    *property,
             const char    *current,
             const char    *item,
             gboolean       present)
{
  g_autoptr(GPtrArray) items = list_split (current);
  g_autofree char *trimmed = g_strstrip (g_strdup (item));
  g_autofree char *text = NULL;
  int position = list_find (items, trimmed);

  if (present && position < 0 && *trimmed != '\0')
    g_ptr_array_add (items, g_steal_pointer (&trimmed));
  else if (!present && position >= 0)
    g_ptr_array_remove_index (items, (guint) position);
  else
    return;

  text = list_join (items);
  g_object_set (self, property, text, NULL);
}

void
desk_volunteer_add_language (DeskVolunteer *self,
                             const char    *language,
                             gboolean       must_share)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_return_if_fail (language != NULL);

  g_object_freeze_notify (G_OBJECT (self));
  list_change (self, "languages", self->languages, language, TRUE);
  list_change (self, "must-share-languages", self->must_share_languages, language, must_share);
  g_object_thaw_notify (G_OBJECT (self));
}

void
desk_volunteer_remove_language (DeskVolunteer *self,
                                const char    *language)
{
  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_return_if_fail (language != NULL);

  g_object_freeze_notify (G_OBJECT (self));
  list_change (self, "languages", self->languages, language, FALSE);
  list_change (self, "must-share-languages", self->must_share_languages, language, FALSE);
  g_object_thaw_notify (G_OBJECT (self));
}

GArray *
desk_volunteer_dup_never_pair_ids (DeskVolunteer *self)
{
  g_autoptr(GPtrArray) items = NULL;
  GArray *ids;

  g_return_val_if_fail (DESK_IS_VOLUNTEER (self), NULL);

  items = list_split (self->never_pair);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), items->len);
  for (guint i = 0; i < items->len; i++)
    {
      guint64 id;

      if (g_ascii_string_to_unsigned (g_ptr_array_index (items, i), 10, 1, G_MAXINT64, &id, NULL))
        {
          gint64 other = (gint64) id;
          g_array_append_val (ids, other);
        }
    }
  return ids;
}

void
desk_volunteer_add_never_pair (DeskVolunteer *self,
                               gint64         other_id)
{
  char item[24];

  g_return_if_fail (DESK_IS_VOLUNTEER (self));
  g_return_if_fail (other_id > 0);

  g_snprintf (item, sizeof item, "%" G_GINT64_FORMAT, other_id);
  list_change (self, "never-pair", self->never_pair, item, TRUE);
}

void
desk_volunteer_remove_never_pair (DeskVolunteer *self,
                                  gint64         other_id)
{
  char item[24];

  g_return_if_fail (DESK_IS_VOLUNTEER (self));

  g_snprintf (item, sizeof item, "%" G_GINT64_FORMAT, other_id);
  list_change (self, "never-pair", self->never_pair, item, FALSE);
}
