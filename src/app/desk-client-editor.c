/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-client-editor"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "desk-client-editor.h"
#include "desk-column.h"
#include "desk-conflict-window.h"
#include "desk-error.h"
#include "desk-guidelines-window.h"
#include "desk-labels.h"

struct _DeskClientEditor
{
  GtkWindow              parent_instance;

  /* Template widgets */
  GtkButton             *save_button;
  GtkLabel              *save_error_label;
  GtkEntry              *first_name_entry;
  GtkLabel              *first_name_error;
  GtkEntry              *last_name_entry;
  GtkLabel              *last_name_error;
  GtkEntry              *birth_date_entry;
  GtkLabel              *birth_date_error;
  GtkPopover            *birth_date_popover;
  GtkCalendar           *birth_date_calendar;
  GtkLabel              *age_label;
  GtkEntry              *phone_entry;
  GtkEntry              *email_entry;
  GtkLabel              *email_error;
  GtkTextView           *address_view;
  GtkEntry              *county_entry;
  GtkDropDown           *contact_drop_down;
  GtkEntry              *best_time_entry;
  GtkEntry              *language_entry;
  GtkPopover            *language_popover;
  GtkListBox            *language_list;
  GtkCheckButton        *interpreter_check;
  GtkSpinButton         *adults_spin;
  GtkSpinButton         *children_spin;
  GtkLabel              *household_error;
  GtkEntry              *income_entry;
  GtkToggleButton       *annual_toggle;
  GtkToggleButton       *monthly_toggle;
  GtkLabel              *income_hint_label;
  GtkLabel              *income_error;
  GtkGrid               *sources_grid;
  GtkEntry              *intake_date_entry;
  GtkLabel              *intake_date_error;
  GtkPopover            *intake_date_popover;
  GtkCalendar           *intake_date_calendar;
  GtkWidget             *eligibility_box;
  GtkLabel              *verdict_label;
  GtkImage              *fallback_icon;
  GtkLabel              *eligibility_label;
  GtkLabel              *exception_label;
  GtkDropDown           *exception_drop_down;
  GtkLabel              *exception_error;
  GtkButton             *guidelines_button;
  GtkExpander           *demographics_expander;
  GtkDropDown           *gender_drop_down;
  GtkDropDown           *ethnicity_drop_down;
  GtkDropDown           *veteran_drop_down;
  GtkDropDown           *disability_drop_down;
  GtkDropDown           *citizenship_drop_down;
  GtkEntry              *referral_entry;
  GtkTextView           *notes_view;
  GtkStack              *cases_stack;
  GtkLabel              *cases_empty_label;
  GtkColumnView         *cases_view;
  GtkNoSelection        *cases_selection;
  GtkColumnViewColumn   *case_number_column;
  GtkColumnViewColumn   *case_problem_column;
  GtkColumnViewColumn   *case_status_column;
  GtkColumnViewColumn   *case_opened_column;

  /* Borrowed references */
  GtkWindow             *prompt;          /* the unsaved-changes question, while shown */

  /* Owned references */
  DeskStore             *store;
  DeskClient            *client;          /* the working copy */
  DeskClient            *baseline;        /* the record as loaded or last saved */
  GListModel            *cases;
  GPtrArray             *source_checks;   /* GtkCheckButton, flag in "desk-income-source" */
  GHashTable            *touched;         /* fields the person has changed, for error marks */
  GError                *error;           /* why it cannot be saved now */
  GCancellable          *cancellable;
  char                  *loaded_income_text;
  DeskEligibilityResult  result;

  guint                  loading : 1;
  guint                  screened : 1;
  guint                  saving : 1;
  guint                  discarding : 1;
};

G_DEFINE_FINAL_TYPE (DeskClientEditor, desk_client_editor, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CLIENT,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Languages most often asked for at US legal aid intake; anything else can
 * be typed. */
static const char * const common_languages[] = {
  N_("English"),
  N_("Spanish"),
  N_("Chinese (Mandarin)"),
  N_("Chinese (Cantonese)"),
  N_("Vietnamese"),
  N_("Tagalog"),
  N_("Arabic"),
  N_("Korean"),
  N_("Russian"),
  N_("Haitian Creole"),
  N_("French"),
  N_("Portuguese"),
  N_("Somali"),
  N_("Amharic"),
  N_("American Sign Language"),
};



/* ---- small helpers ------------------------------------------------------ */

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static char *
entry_get_stripped (GtkEntry *entry)
{
  char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));

  return g_strstrip (text);
}

static void
set_enum_model (GtkDropDown *drop_down,
                GType        enum_type,
                const char  *first_label)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  /* Every enum of the model runs 0…n-1, so a position is a value. */
  for (guint i = 0; i < enum_class->n_values; i++)
    {
      const char *label = desk_enum_label (enum_type, (int) i);

      if (i == 0 && first_label != NULL)
        label = first_label;
      gtk_string_list_append (labels, label != NULL ? label : enum_class->values[i].value_nick);
    }

  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (labels));
}

static DeskClient *
copy_client (DeskClient *client)
{
  DeskRecordClass *klass = DESK_RECORD_GET_CLASS (client);
  DeskClient *copy = g_object_new (DESK_TYPE_CLIENT, NULL);
  const DeskField *fields;
  guint n_fields;

  fields = desk_record_class_get_fields (klass, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      if (fields[i].flags & DESK_FIELD_DERIVED)
        continue;
      if (fields[i].fundamental == G_TYPE_STRING)
        desk_record_set_field_text (DESK_RECORD (copy), &fields[i],
                                    desk_record_get_field_text (DESK_RECORD (client), &fields[i]));
      else
        desk_record_set_field_number (DESK_RECORD (copy), &fields[i],
                                      desk_record_get_field_number (DESK_RECORD (client), &fields[i]));
    }

  desk_record_set_id (DESK_RECORD (copy), desk_record_get_id (DESK_RECORD (client)));
  desk_record_set_archived (DESK_RECORD (copy), desk_record_get_archived (DESK_RECORD (client)));

  return copy;
}

/* Whether field @name of the working copy differs from the baseline. */
static gboolean
field_differs (DeskClientEditor *self,
               const char       *name)
{
  DeskRecordClass *klass = DESK_RECORD_GET_CLASS (self->client);
  const DeskField *fields;
  guint n_fields;

  fields = desk_record_class_get_fields (klass, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      if (name != NULL && strcmp (fields[i].name, name) != 0)
        continue;
      if (fields[i].flags & DESK_FIELD_DERIVED)
        continue;

      if (fields[i].fundamental == G_TYPE_STRING)
        {
          const char *a = desk_record_get_field_text (DESK_RECORD (self->client), &fields[i]);
          const char *b = desk_record_get_field_text (DESK_RECORD (self->baseline), &fields[i]);

          if (g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") != 0)
            return TRUE;
        }
      else if (desk_record_get_field_number (DESK_RECORD (self->client), &fields[i]) !=
               desk_record_get_field_number (DESK_RECORD (self->baseline), &fields[i]))
        {
          return TRUE;
        }
    }

  return FALSE;
}

static char *
full_name (DeskClient *client)
{
  g_autofree char *name = g_strdup_printf ("%s %s", desk_client_get_first_name (client),
                                           desk_client_get_last_name (client));

  return g_strdup (g_strstrip (name));
}

/* ---- the form ↔ the working copy ----------------------------------------- */

static void
desk_client_editor_update_title (DeskClientEditor *self)
{
  g_assert (DESK_IS_CLIENT_EDITOR (self));

  if (desk_record_get_id (DESK_RECORD (self->client)) == 0)
    gtk_window_set_title (GTK_WINDOW (self), _("New Client"));
  else
    {
      g_autofree char *name = full_name (self->baseline);
      /* TRANSLATORS: the title of the client editor: the client's name */
      g_autofree char *title = g_strdup_printf (_("Client: %s"), name);

      gtk_window_set_title (GTK_WINDOW (self), title);
    }
}

static void
desk_client_editor_load_form (DeskClientEditor *self)
{
  DeskClient *client;
  DeskIncomeSource sources;
  const char *birth_date;
  gint64 cents;

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  client = self->client;
  self->loading = TRUE;

  gtk_editable_set_text (GTK_EDITABLE (self->first_name_entry), desk_client_get_first_name (client));
  gtk_editable_set_text (GTK_EDITABLE (self->last_name_entry), desk_client_get_last_name (client));
  birth_date = desk_client_get_birth_date (client);
  gtk_editable_set_text (GTK_EDITABLE (self->birth_date_entry), birth_date != NULL ? birth_date : "");
  gtk_editable_set_text (GTK_EDITABLE (self->phone_entry), desk_client_get_phone (client));
  gtk_editable_set_text (GTK_EDITABLE (self->email_entry), desk_client_get_email (client));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->address_view), desk_client_get_address (client), -1);
  gtk_editable_set_text (GTK_EDITABLE (self->county_entry), desk_client_get_county (client));
  gtk_drop_down_set_selected (self->contact_drop_down, desk_client_get_contact_method (client));
  gtk_editable_set_text (GTK_EDITABLE (self->best_time_entry), desk_client_get_best_time (client));
  gtk_editable_set_text (GTK_EDITABLE (self->language_entry), desk_client_get_language (client));
  gtk_check_button_set_active (self->interpreter_check, desk_client_get_interpreter_needed (client));
  gtk_spin_button_set_value (self->adults_spin, desk_client_get_household_adults (client));
  gtk_spin_button_set_value (self->children_spin, desk_client_get_household_children (client));

  cents = desk_client_get_annual_income_cents (client);
  g_free (self->loaded_income_text);
  if (cents == 0 && desk_record_get_id (DESK_RECORD (client)) == 0)
    self->loaded_income_text = g_strdup ("");
  else
    self->loaded_income_text = desk_money_entry_text (cents);
  gtk_editable_set_text (GTK_EDITABLE (self->income_entry), self->loaded_income_text);
  gtk_toggle_button_set_active (self->annual_toggle, TRUE);

  sources = desk_client_get_income_sources (client);
  for (guint i = 0; i < self->source_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->source_checks, i);
      guint flag = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "desk-income-source"));

      gtk_check_button_set_active (check, (sources & flag) != 0);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->intake_date_entry), desk_client_get_intake_date (client));
  gtk_drop_down_set_selected (self->exception_drop_down, desk_client_get_eligibility_exception (client));
  gtk_drop_down_set_selected (self->gender_drop_down, desk_client_get_gender (client));
  gtk_drop_down_set_selected (self->ethnicity_drop_down, desk_client_get_ethnicity (client));
  gtk_drop_down_set_selected (self->veteran_drop_down, desk_client_get_veteran (client));
  gtk_drop_down_set_selected (self->disability_drop_down, desk_client_get_disability (client));
  gtk_drop_down_set_selected (self->citizenship_drop_down, desk_client_get_citizenship (client));
  gtk_editable_set_text (GTK_EDITABLE (self->referral_entry), desk_client_get_referral_source (client));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), desk_client_get_notes (client), -1);

  /* Answers already given are worth showing; an empty section stays shut. */
  gtk_expander_set_expanded (self->demographics_expander,
                             desk_client_get_gender (client) != DESK_GENDER_NOT_ASKED ||
                             desk_client_get_ethnicity (client) != DESK_ETHNICITY_NOT_ASKED ||
                             desk_client_get_veteran (client) != DESK_ANSWER_NOT_ASKED ||
                             desk_client_get_disability (client) != DESK_ANSWER_NOT_ASKED ||
                             desk_client_get_citizenship (client) != DESK_CITIZENSHIP_NOT_ASKED);

  self->loading = FALSE;
}

/* Reads the form into the working copy; returns an error about what the
 * form itself cannot turn into a value (the income). */
static gboolean
desk_client_editor_read_form (DeskClientEditor  *self,
                              GError           **error)
{
  g_autofree char *first = entry_get_stripped (self->first_name_entry);
  g_autofree char *last = entry_get_stripped (self->last_name_entry);
  g_autofree char *birth_date = entry_get_stripped (self->birth_date_entry);
  g_autofree char *phone = entry_get_stripped (self->phone_entry);
  g_autofree char *email = entry_get_stripped (self->email_entry);
  g_autofree char *address = text_view_get_text (self->address_view);
  g_autofree char *county = entry_get_stripped (self->county_entry);
  g_autofree char *best_time = entry_get_stripped (self->best_time_entry);
  g_autofree char *language = entry_get_stripped (self->language_entry);
  g_autofree char *intake_date = entry_get_stripped (self->intake_date_entry);
  g_autofree char *referral = entry_get_stripped (self->referral_entry);
  g_autofree char *notes = text_view_get_text (self->notes_view);
  DeskClient *client = self->client;
  guint sources = 0;
  gint64 cents = 0;
  gboolean ok;

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  g_object_freeze_notify (G_OBJECT (client));

  desk_client_set_first_name (client, first);
  desk_client_set_last_name (client, last);
  desk_client_set_birth_date (client, *birth_date != '\0' ? birth_date : NULL);
  desk_client_set_phone (client, phone);
  desk_client_set_email (client, email);
  desk_client_set_address (client, g_strstrip (address));
  desk_client_set_county (client, county);
  desk_client_set_contact_method (client, gtk_drop_down_get_selected (self->contact_drop_down));
  desk_client_set_best_time (client, best_time);
  desk_client_set_language (client, language);
  desk_client_set_interpreter_needed (client, gtk_check_button_get_active (self->interpreter_check));
  desk_client_set_household_adults (client, gtk_spin_button_get_value_as_int (self->adults_spin));
  desk_client_set_household_children (client, gtk_spin_button_get_value_as_int (self->children_spin));

  ok = desk_parse_money (gtk_editable_get_text (GTK_EDITABLE (self->income_entry)), "annual-income-cents",
                          &cents, error);
  if (ok)
    {
      if (gtk_toggle_button_get_active (self->monthly_toggle))
        cents = desk_income_monthly_to_annual (cents);
      desk_client_set_annual_income_cents (client, cents);
    }

  for (guint i = 0; i < self->source_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->source_checks, i);

      if (gtk_check_button_get_active (check))
        sources |= GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "desk-income-source"));
    }
  desk_client_set_income_sources (client, sources);

  desk_client_set_intake_date (client, intake_date);
  desk_client_set_gender (client, gtk_drop_down_get_selected (self->gender_drop_down));
  desk_client_set_ethnicity (client, gtk_drop_down_get_selected (self->ethnicity_drop_down));
  desk_client_set_veteran (client, gtk_drop_down_get_selected (self->veteran_drop_down));
  desk_client_set_disability (client, gtk_drop_down_get_selected (self->disability_drop_down));
  desk_client_set_citizenship (client, gtk_drop_down_get_selected (self->citizenship_drop_down));
  desk_client_set_referral_source (client, referral);
  desk_client_set_notes (client, g_strstrip (notes));

  g_object_thaw_notify (G_OBJECT (client));

  return ok;
}

/* ---- showing what is wrong ------------------------------------------------ */

typedef struct
{
  const char *field;
  gsize       widget_offset;
  gsize       label_offset;
} FieldMark;

static const FieldMark field_marks[] = {
  { "first-name", G_STRUCT_OFFSET (DeskClientEditor, first_name_entry), G_STRUCT_OFFSET (DeskClientEditor, first_name_error) },
  { "last-name", G_STRUCT_OFFSET (DeskClientEditor, last_name_entry), G_STRUCT_OFFSET (DeskClientEditor, last_name_error) },
  { "birth-date", G_STRUCT_OFFSET (DeskClientEditor, birth_date_entry), G_STRUCT_OFFSET (DeskClientEditor, birth_date_error) },
  { "email", G_STRUCT_OFFSET (DeskClientEditor, email_entry), G_STRUCT_OFFSET (DeskClientEditor, email_error) },
  { "household-adults", G_STRUCT_OFFSET (DeskClientEditor, adults_spin), G_STRUCT_OFFSET (DeskClientEditor, household_error) },
  { "household-children", G_STRUCT_OFFSET (DeskClientEditor, children_spin), G_STRUCT_OFFSET (DeskClientEditor, household_error) },
  { "annual-income-cents", G_STRUCT_OFFSET (DeskClientEditor, income_entry), G_STRUCT_OFFSET (DeskClientEditor, income_error) },
  { "intake-date", G_STRUCT_OFFSET (DeskClientEditor, intake_date_entry), G_STRUCT_OFFSET (DeskClientEditor, intake_date_error) },
  { "eligibility-exception", G_STRUCT_OFFSET (DeskClientEditor, exception_drop_down), G_STRUCT_OFFSET (DeskClientEditor, exception_error) },
};

#define MARK_WIDGET(self, mark) (*(GtkWidget **) G_STRUCT_MEMBER_P ((self), (mark)->widget_offset))
#define MARK_LABEL(self, mark)  (*(GtkLabel **) G_STRUCT_MEMBER_P ((self), (mark)->label_offset))

static gboolean
desk_client_editor_is_touched (DeskClientEditor *self,
                               const char       *field)
{
  g_assert (DESK_IS_CLIENT_EDITOR (self));

  /* Once changed, a field stays "touched" even when emptied again: an
   * empty name the person just deleted deserves the red mark. */
  if (g_hash_table_contains (self->touched, field))
    return TRUE;

  if (g_strcmp0 (field, "annual-income-cents") == 0)
    {
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->income_entry)), self->loaded_income_text) == 0)
        return FALSE;
    }
  else if (g_strcmp0 (field, "eligibility-exception") == 0)
    {
      /* A choice the record needs before it can be saved: always said. */
      return TRUE;
    }
  else if (!field_differs (self, field))
    {
      return FALSE;
    }

  g_hash_table_add (self->touched, (gpointer) g_intern_string (field));
  return TRUE;
}

static void
desk_client_editor_show_error (DeskClientEditor *self)
{
  const char *field = self->error != NULL ? desk_error_get_field (self->error) : NULL;
  gboolean shown = FALSE;

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  for (guint i = 0; i < G_N_ELEMENTS (field_marks); i++)
    {
      const FieldMark *mark = &field_marks[i];
      GtkWidget *widget = MARK_WIDGET (self, mark);
      GtkLabel *label = MARK_LABEL (self, mark);

      gtk_widget_remove_css_class (widget, "error");
      /* Two fields share the household label; clear it only once. */
      if (!shown || label != self->household_error)
        {
          gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
          gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
          gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
        }

      if (field == NULL || g_strcmp0 (field, mark->field) != 0)
        continue;

      gtk_label_set_text (label, self->error->message);
      gtk_widget_set_visible (GTK_WIDGET (label), TRUE);

      /* A field not yet filled in is a to-do, not a mistake. */
      if (desk_client_editor_is_touched (self, mark->field))
        {
          gtk_widget_add_css_class (widget, "error");
          gtk_widget_add_css_class (GTK_WIDGET (label), "error");
        }
      else
        gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");

      shown = TRUE;
    }

  /* An error about a field without a place of its own goes on top. */
  if (self->error != NULL && !shown)
    {
      gtk_label_set_text (self->save_error_label, self->error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), TRUE);
    }
}

/* ---- eligibility ----------------------------------------------------------- */

static void
desk_client_editor_screen (DeskClientEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sentence = NULL;
  gboolean exception_needed = FALSE;

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "eligible");
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "exception-needed");
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "over-income");

  memset (&self->result, 0, sizeof self->result);
  self->screened = self->store != NULL &&
                   desk_store_screen_client (self->store, self->client, &self->result, &error);

  if (self->screened)
    {
      static const char * const classes[] = { "eligible", "exception-needed", "over-income" };

      sentence = desk_eligibility_describe (&self->result);
      gtk_label_set_text (self->verdict_label, desk_eligibility_verdict_label (self->result.verdict));
      gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), classes[self->result.verdict]);
      gtk_widget_set_visible (GTK_WIDGET (self->verdict_label), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->fallback_icon), self->result.used_fallback_year);
      gtk_label_set_text (self->eligibility_label, sentence);
      exception_needed = self->result.verdict == DESK_ELIGIBLE_EXCEPTION_NEEDED;
    }
  else
    {
      /* TRANSLATORS: %s says why, e.g. "The intake date is missing or not a real date." */
      sentence = g_strdup_printf (_("Eligibility cannot be screened yet. %s"),
                                  error != NULL ? error->message : "");
      gtk_label_set_text (self->verdict_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->verdict_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->fallback_icon), FALSE);
      gtk_label_set_text (self->eligibility_label, sentence);
    }

  /* Falling back to last year's figures is the moment to add this year's. */
  if (self->screened && self->result.used_fallback_year &&
      self->result.guideline_year < self->result.requested_year)
    {
      /* TRANSLATORS: a button opening the poverty guidelines; %d is a year */
      g_autofree char *label = g_strdup_printf (_("_Add %d Figures…"), self->result.requested_year);

      gtk_button_set_label (self->guidelines_button, label);
    }
  else
    gtk_button_set_label (self->guidelines_button, _("_Poverty Guidelines…"));

  gtk_widget_set_visible (GTK_WIDGET (self->exception_label), exception_needed);
  gtk_widget_set_visible (GTK_WIDGET (self->exception_drop_down), exception_needed);

  /* A reason is kept only while one is needed; the drop-down remembers the
   * choice if the income moves back into the exception band. */
  desk_client_set_eligibility_exception (self->client,
                                         exception_needed ? gtk_drop_down_get_selected (self->exception_drop_down)
                                                          : DESK_EXCEPTION_NONE);
}

/* ---- the state after every change ---------------------------------------- */

static void
desk_client_editor_update (DeskClientEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean can_save;

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  /* Building the template and loading the record change widgets too. */
  if (self->loading || self->client == NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), FALSE);

  if (desk_client_editor_read_form (self, &error))
    {
      /* The income as a year, when it was typed as a month. */
      if (gtk_toggle_button_get_active (self->monthly_toggle) &&
          !desk_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->income_entry))))
        {
          g_autofree char *annual = desk_format_money (desk_client_get_annual_income_cents (self->client));
          /* TRANSLATORS: the monthly income typed, as a year: "= $28,080.00 a year" */
          g_autofree char *hint = g_strdup_printf (_("= %s a year"), annual);

          gtk_label_set_text (self->income_hint_label, hint);
        }
      else
        gtk_label_set_text (self->income_hint_label, "");
    }
  else
    gtk_label_set_text (self->income_hint_label, "");

  desk_client_editor_screen (self);

  /* Age from the date of birth. */
  {
    const char *birth_date = desk_client_get_birth_date (self->client);
    g_autofree char *today = desk_today_iso ();
    int by, bm, bd, ty, tm, td;

    if (birth_date != NULL && desk_date_is_valid (birth_date) && strcmp (birth_date, today) <= 0 &&
        sscanf (birth_date, "%d-%d-%d", &by, &bm, &bd) == 3 && sscanf (today, "%d-%d-%d", &ty, &tm, &td) == 3)
      {
        int age = ty - by - ((tm < bm || (tm == bm && td < bd)) ? 1 : 0);
        /* TRANSLATORS: a client's age in years */
        g_autofree char *text = g_strdup_printf (_("Age %d"), age);

        gtk_label_set_text (self->age_label, text);
      }
    else
      gtk_label_set_text (self->age_label, "");
  }

  if (error == NULL)
    desk_record_validate (DESK_RECORD (self->client), &error);

  if (error == NULL && self->screened && self->result.verdict == DESK_ELIGIBLE_EXCEPTION_NEEDED &&
      desk_client_get_eligibility_exception (self->client) == DESK_EXCEPTION_NONE)
    desk_invalid (&error, "eligibility-exception",
                  _("The income is between 125%% and 200%% of the guideline: choose the reason this household may be served."));

  g_clear_error (&self->error);
  self->error = g_steal_pointer (&error);
  desk_client_editor_show_error (self);

  can_save = self->error == NULL && !self->saving && self->store != NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", can_save);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button),
                               self->error != NULL ? self->error->message : NULL);

  if (self->prompt != NULL)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (g_object_get_data (G_OBJECT (self->prompt),
                                                                                      "desk-actions")),
                                                    "save");
      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), can_save);
    }
}

static void
desk_client_editor_changed_cb (DeskClientEditor *self)
{
  g_assert (DESK_IS_CLIENT_EDITOR (self));

  desk_client_editor_update (self);
}

static void
desk_client_editor_store_changed_cb (DeskClientEditor *self,
                                     const char       *entity,
                                     gint64            id,
                                     DeskChangeKind    kind,
                                     DeskStore        *store)
{
  g_assert (DESK_IS_CLIENT_EDITOR (self));

  /* New guideline figures or another region change the screening. */
  if (g_strcmp0 (entity, "poverty-guideline") == 0 ||
      (g_strcmp0 (entity, "client") == 0 && kind == DESK_CHANGE_RELOADED))
    desk_client_editor_update (self);
}

/* ---- dates, languages ---------------------------------------------------- */

static void
desk_client_editor_calendar_show_cb (DeskClientEditor *self,
                                     GtkPopover       *popover)
{
  GtkCalendar *calendar;
  GtkEntry *entry;
  g_autofree char *text = NULL;
  int y, m, d;

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  if (popover == self->birth_date_popover)
    {
      calendar = self->birth_date_calendar;
      entry = self->birth_date_entry;
    }
  else
    {
      calendar = self->intake_date_calendar;
      entry = self->intake_date_entry;
    }

  /* Open on the date typed, or today. */
  text = entry_get_stripped (entry);
  if (desk_date_is_valid (text) && sscanf (text, "%d-%d-%d", &y, &m, &d) == 3)
    {
      g_autoptr(GDateTime) date = g_date_time_new_local (y, m, d, 0, 0, 0);

      if (date != NULL)
        gtk_calendar_select_day (calendar, date);
    }
}

static void
desk_client_editor_day_selected_cb (DeskClientEditor *self,
                                    GtkCalendar      *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");
  gboolean birth = calendar == self->birth_date_calendar;

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (birth ? self->birth_date_entry : self->intake_date_entry), text);
  gtk_popover_popdown (birth ? self->birth_date_popover : self->intake_date_popover);
}

static void
desk_client_editor_language_activated_cb (DeskClientEditor *self,
                                          GtkListBoxRow    *row,
                                          GtkListBox       *list)
{
  GtkWidget *label = gtk_list_box_row_get_child (row);

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->language_entry), gtk_label_get_text (GTK_LABEL (label)));
  gtk_popover_popdown (self->language_popover);
}

/* ---- the client's cases --------------------------------------------------- */

static char *
case_number_text (gpointer item)
{
  return g_strdup (desk_case_get_case_number (item));
}

static char *
case_problem_text (gpointer item)
{
  const char *title = desk_case_get_title (item);
  const char *problem = desk_case_get_problem_name (item);

  if (title != NULL && *title != '\0' && problem != NULL && *problem != '\0')
    /* TRANSLATORS: a case's LSC problem, then its title */
    return g_strdup_printf (_("%s — %s"), problem, title);

  return g_strdup (problem != NULL && *problem != '\0' ? problem : title);
}

static char *
case_status_text (gpointer item)
{
  return g_strdup (desk_enum_label (DESK_TYPE_CASE_STATUS, desk_case_get_status (item)));
}

static char *
case_opened_text (gpointer item)
{
  return g_strdup (desk_case_get_opened_on (item));
}

static void
desk_client_editor_update_cases (DeskClientEditor *self)
{
  guint n_cases;

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  n_cases = self->cases != NULL ? g_list_model_get_n_items (self->cases) : 0;

  if (desk_record_get_id (DESK_RECORD (self->client)) == 0)
    gtk_label_set_text (self->cases_empty_label, _("Cases can be opened for the client once they are saved."));
  else
    gtk_label_set_text (self->cases_empty_label, _("No cases yet."));

  gtk_stack_set_visible_child_name (self->cases_stack, n_cases > 0 ? "list" : "empty");
}

static void
desk_client_editor_load_cases (DeskClientEditor *self)
{
  gint64 id;

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  if (self->cases != NULL)
    g_signal_handlers_disconnect_by_func (self->cases, desk_client_editor_update_cases, self);
  g_clear_object (&self->cases);

  id = desk_record_get_id (DESK_RECORD (self->client));
  if (self->store != NULL && id > 0)
    {
      g_auto(DeskCaseQuery) query = { 0 };
      g_autoptr(GError) error = NULL;

      desk_case_query_init (&query);
      query.client_id = id;
      self->cases = desk_store_list_cases (self->store, &query, &error);
      if (self->cases == NULL)
        g_warning ("The cases of client %" G_GINT64_FORMAT " cannot be listed: %s", id, error->message);
      else
        g_signal_connect_swapped (self->cases, "items-changed", G_CALLBACK (desk_client_editor_update_cases), self);
    }

  gtk_no_selection_set_model (self->cases_selection, self->cases);
  desk_client_editor_update_cases (self);
}

/* ---- saving ------------------------------------------------------------------ */

static void
desk_client_editor_show_save_error (DeskClientEditor *self,
                                    const GError     *error)
{
  g_assert (DESK_IS_CLIENT_EDITOR (self));

  if (error->domain == DESK_ERROR && error->code == DESK_ERROR_INVALID && desk_error_get_field (error) != NULL)
    {
      g_clear_error (&self->error);
      self->error = g_error_copy (error);
      g_hash_table_add (self->touched, (gpointer) g_intern_string (desk_error_get_field (error)));
      desk_client_editor_show_error (self);
    }
  else
    {
      /* TRANSLATORS: %s is the reason, e.g. "The database is locked." */
      g_autofree char *text = g_strdup_printf (_("The client could not be saved. %s"), error->message);

      gtk_label_set_text (self->save_error_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), TRUE);
    }
}

static void
desk_client_editor_write (DeskClientEditor *self,
                          GPtrArray        *hits,
                          const char       *decision)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = full_name (self->client);

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  if (!desk_store_save (self->store, DESK_RECORD (self->client), &error))
    {
      desk_client_editor_show_save_error (self, error);
      return;
    }

  if (decision != NULL &&
      !desk_store_audit_conflict_check (self->store, "client", desk_record_get_id (DESK_RECORD (self->client)),
                                        name, hits, decision, &error))
    g_warning ("The conflict check of client %s could not be recorded: %s", name, error->message);

  g_clear_object (&self->baseline);
  self->baseline = copy_client (self->client);

  g_signal_emit (self, signals[SAVED], 0, self->client);

  /* Saved: nothing left to ask about. */
  self->discarding = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
desk_client_editor_check_cb (GObject      *source,
                             GAsyncResult *result,
                             gpointer      user_data)
{
  g_autoptr(DeskClientEditor) self = user_data;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  gboolean confirmed;

  confirmed = desk_conflict_window_check_finish (result, &hits, &error);

  self->saving = FALSE;

  if (gtk_widget_in_destruction (GTK_WIDGET (self)) || self->store == NULL)
    return;

  if (error != NULL)
    {
      desk_client_editor_show_save_error (self, error);
      desk_client_editor_update (self);
      return;
    }

  if (!confirmed)
    {
      /* The person stays in the editor with what they typed. */
      desk_client_editor_update (self);
      return;
    }

  desk_client_editor_write (self, hits, hits != NULL && hits->len > 0 ? "no-conflict" : "no-hits");
  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    desk_client_editor_update (self);
}

static void
desk_client_editor_save_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  DeskClientEditor *self = DESK_CLIENT_EDITOR (widget);
  gint64 id;

  desk_client_editor_update (self);
  if (self->error != NULL || self->saving || self->store == NULL)
    return;

  id = desk_record_get_id (DESK_RECORD (self->client));

  /* A new name, or a name changed, is checked for conflicts of interest
   * before anything is written. */
  if (id == 0 || field_differs (self, "first-name") || field_differs (self, "last-name"))
    {
      g_autofree char *name = full_name (self->client);

      self->saving = TRUE;
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
      desk_conflict_window_check_async (GTK_WINDOW (self), self->store, name, "client", id, self->cancellable,
                                        desk_client_editor_check_cb, g_object_ref (self));
      return;
    }

  desk_client_editor_write (self, NULL, NULL);
}

/* ---- closing -------------------------------------------------------------- */

static void
prompt_answer (DeskClientEditor *self,
               const char       *answer)
{
  GtkWindow *prompt = self->prompt;

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  if (prompt == NULL)
    return;

  self->prompt = NULL;
  gtk_window_destroy (prompt);

  if (g_strcmp0 (answer, "discard") == 0)
    {
      self->discarding = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (answer, "save") == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
    }
}

static void
prompt_action_cb (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  prompt_answer (DESK_CLIENT_EDITOR (user_data), g_action_get_name (G_ACTION (action)));
}

static GtkWidget *
prompt_button (const char *label,
               const char *action,
               const char *style)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (style != NULL)
    gtk_widget_add_css_class (button, style);

  return button;
}

static void
desk_client_editor_ask_unsaved (DeskClientEditor *self)
{
  static const GActionEntry entries[] = {
    { "discard", prompt_action_cb },
    { "cancel", prompt_action_cb },
    { "save", prompt_action_cb },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autofree char *name = full_name (self->client);
  g_autofree char *heading = NULL;
  GtkEventController *shortcuts;
  GtkWidget *prompt;
  GtkWidget *box;
  GtkWidget *label;
  GtkWidget *buttons;
  GtkWidget *save;

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  if (self->prompt != NULL)
    {
      gtk_window_present (self->prompt);
      return;
    }

  if (*name != '\0')
    /* TRANSLATORS: asked when closing a client editor with changes; %s is the client's name */
    heading = g_strdup_printf (_("Save changes to “%s”?"), name);
  else
    heading = g_strdup (_("Save the new client?"));

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), self);

  prompt = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (prompt), _("Unsaved Changes"));
  gtk_window_set_modal (GTK_WINDOW (prompt), TRUE);
  gtk_window_set_resizable (GTK_WINDOW (prompt), FALSE);
  gtk_window_set_transient_for (GTK_WINDOW (prompt), GTK_WINDOW (self));
  gtk_window_set_hide_on_close (GTK_WINDOW (prompt), FALSE);
  gtk_widget_insert_action_group (prompt, "prompt", G_ACTION_GROUP (group));
  g_object_set_data_full (G_OBJECT (prompt), "desk-actions", g_object_ref (group), g_object_unref);
  gtk_window_set_titlebar (GTK_WINDOW (prompt), gtk_header_bar_new ());

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);

  label = gtk_label_new (heading);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_add_css_class (label, "title-2");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (_("If you don’t save, what you typed will be lost."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (box), label);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  gtk_box_append (GTK_BOX (buttons), prompt_button (_("_Discard"), "prompt.discard", "destructive-action"));
  gtk_box_append (GTK_BOX (buttons), prompt_button (_("_Cancel"), "prompt.cancel", NULL));
  save = prompt_button (_("_Save"), "prompt.save", "suggested-action");
  gtk_box_append (GTK_BOX (buttons), save);
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_window_set_child (GTK_WINDOW (prompt), box);
  gtk_window_set_default_widget (GTK_WINDOW (prompt), save);

  /* Escape, like the window's close button, keeps editing. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("prompt.cancel")));
  gtk_widget_add_controller (prompt, shortcuts);
  g_signal_connect_swapped (prompt, "destroy", G_CALLBACK (g_nullify_pointer), &self->prompt);

  self->prompt = GTK_WINDOW (prompt);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (group), "save")),
                               self->error == NULL);
  gtk_window_present (GTK_WINDOW (prompt));
}

static gboolean
desk_client_editor_close_request (GtkWindow *window)
{
  DeskClientEditor *self = DESK_CLIENT_EDITOR (window);

  if (!self->discarding && !self->loading)
    {
      desk_client_editor_update (self);
      if (desk_client_editor_get_modified (self))
        {
          desk_client_editor_ask_unsaved (self);
          return TRUE;
        }
    }

  return GTK_WINDOW_CLASS (desk_client_editor_parent_class)->close_request (window);
}

static void
desk_client_editor_cancel_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
desk_client_editor_guidelines_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  DeskClientEditor *self = DESK_CLIENT_EDITOR (widget);

  if (self->store != NULL)
    desk_guidelines_window_present (GTK_WINDOW (self), self->store);
}

/* ---- GObject --------------------------------------------------------------- */

static void
desk_client_editor_set_client (DeskClientEditor *self,
                               DeskClient       *client)
{
  g_autoptr(DeskClient) copy = NULL;

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  /* Edit a fresh copy: Cancel must never leave the list's object changed. */
  if (client != NULL && desk_record_get_id (DESK_RECORD (client)) > 0 && self->store != NULL)
    {
      g_autoptr(GError) error = NULL;

      copy = desk_store_get_client (self->store, desk_record_get_id (DESK_RECORD (client)), &error);
      if (copy == NULL)
        g_warning ("Client %" G_GINT64_FORMAT " cannot be reloaded: %s",
                   desk_record_get_id (DESK_RECORD (client)), error->message);
    }
  if (copy == NULL && client != NULL)
    copy = copy_client (client);
  if (copy == NULL)
    copy = desk_client_new ();

  g_clear_object (&self->client);
  g_clear_object (&self->baseline);
  self->client = g_steal_pointer (&copy);
  self->baseline = copy_client (self->client);
  g_hash_table_remove_all (self->touched);
}

static void
desk_client_editor_constructed (GObject *object)
{
  DeskClientEditor *self = (DeskClientEditor *)object;

  G_OBJECT_CLASS (desk_client_editor_parent_class)->constructed (object);

  if (self->client == NULL)
    desk_client_editor_set_client (self, NULL);

  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (desk_client_editor_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  desk_client_editor_update_title (self);
  desk_client_editor_load_form (self);
  desk_client_editor_load_cases (self);
  desk_client_editor_update (self);
}

static void
desk_client_editor_dispose (GObject *object)
{
  DeskClientEditor *self = (DeskClientEditor *)object;

  g_cancellable_cancel (self->cancellable);

  if (self->prompt != NULL)
    gtk_window_destroy (self->prompt);
  self->prompt = NULL;

  if (self->cases != NULL)
    g_signal_handlers_disconnect_by_func (self->cases, desk_client_editor_update_cases, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_CLIENT_EDITOR);

  g_clear_object (&self->cases);
  g_clear_object (&self->store);
  g_clear_object (&self->client);
  g_clear_object (&self->baseline);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->source_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (desk_client_editor_parent_class)->dispose (object);
}

static void
desk_client_editor_finalize (GObject *object)
{
  DeskClientEditor *self = (DeskClientEditor *)object;

  g_clear_error (&self->error);
  g_hash_table_unref (self->touched);
  g_free (self->loaded_income_text);

  G_OBJECT_CLASS (desk_client_editor_parent_class)->finalize (object);
}

static void
desk_client_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DeskClientEditor *self = DESK_CLIENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_client_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DeskClientEditor *self = DESK_CLIENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_CLIENT:
      /* Construct properties are set in order: store first. */
      if (g_value_get_object (value) != NULL)
        desk_client_editor_set_client (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_client_editor_class_init (DeskClientEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = desk_client_editor_constructed;
  object_class->dispose = desk_client_editor_dispose;
  object_class->finalize = desk_client_editor_finalize;
  object_class->get_property = desk_client_editor_get_property;
  object_class->set_property = desk_client_editor_set_property;
  window_class->close_request = desk_client_editor_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DESK_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL,
                         DESK_TYPE_CLIENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DeskClientEditor::saved:
   * @client: the record as saved (with its id)
   *
   * Emitted after the client was written to the store, just before the
   * editor closes.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DESK_TYPE_CLIENT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-client-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, first_name_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, first_name_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, last_name_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, last_name_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, birth_date_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, birth_date_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, birth_date_popover);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, birth_date_calendar);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, age_label);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, email_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, email_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, address_view);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, county_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, contact_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, best_time_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, language_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, language_popover);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, language_list);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, interpreter_check);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, adults_spin);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, children_spin);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, household_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, income_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, annual_toggle);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, monthly_toggle);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, income_hint_label);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, income_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, sources_grid);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, intake_date_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, intake_date_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, intake_date_popover);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, intake_date_calendar);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, eligibility_box);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, fallback_icon);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, eligibility_label);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, exception_label);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, exception_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, exception_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, guidelines_button);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, demographics_expander);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, gender_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, ethnicity_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, veteran_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, disability_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, citizenship_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, referral_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, cases_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, cases_empty_label);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, cases_view);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, cases_selection);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, case_number_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, case_problem_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, case_status_column);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, case_opened_column);
  gtk_widget_class_bind_template_callback (widget_class, desk_client_editor_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_client_editor_calendar_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_client_editor_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_client_editor_language_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, desk_client_editor_save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, desk_client_editor_cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.guidelines", NULL, desk_client_editor_guidelines_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
desk_client_editor_init (DeskClientEditor *self)
{
  g_autoptr(GFlagsClass) sources_class = NULL;
  guint n_sources = 0;

  self->touched = g_hash_table_new (g_str_hash, g_str_equal);
  self->cancellable = g_cancellable_new ();
  self->source_checks = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  set_enum_model (self->contact_drop_down, DESK_TYPE_CONTACT_METHOD, NULL);
  set_enum_model (self->exception_drop_down, DESK_TYPE_ELIGIBILITY_EXCEPTION, _("Choose a reason…"));
  set_enum_model (self->gender_drop_down, DESK_TYPE_GENDER, NULL);
  set_enum_model (self->ethnicity_drop_down, DESK_TYPE_ETHNICITY, NULL);
  set_enum_model (self->veteran_drop_down, DESK_TYPE_ANSWER, NULL);
  set_enum_model (self->disability_drop_down, DESK_TYPE_ANSWER, NULL);
  set_enum_model (self->citizenship_drop_down, DESK_TYPE_CITIZENSHIP, NULL);

  /* One check button per income source, three to a row. */
  sources_class = g_type_class_ref (DESK_TYPE_INCOME_SOURCE);
  for (guint i = 0; i < sources_class->n_values; i++)
    {
      guint flag = sources_class->values[i].value;
      g_autofree char *label = NULL;
      GtkWidget *check;

      if (flag == DESK_INCOME_NONE)
        continue;

      label = desk_flags_labels (DESK_TYPE_INCOME_SOURCE, flag);
      check = gtk_check_button_new_with_label (label);
      g_object_set_data (G_OBJECT (check), "desk-income-source", GUINT_TO_POINTER (flag));
      g_signal_connect_object (check, "toggled", G_CALLBACK (desk_client_editor_changed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_grid_attach (self->sources_grid, check, n_sources % 3, n_sources / 3, 1, 1);
      g_ptr_array_add (self->source_checks, check);
      n_sources++;
    }

  for (guint i = 0; i < G_N_ELEMENTS (common_languages); i++)
    {
      GtkWidget *label = gtk_label_new (_(common_languages[i]));

      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_widget_set_margin_start (label, 6);
      gtk_widget_set_margin_end (label, 6);
      gtk_widget_set_margin_top (label, 4);
      gtk_widget_set_margin_bottom (label, 4);
      gtk_list_box_append (self->language_list, label);
    }

  gtk_editable_set_max_width_chars (GTK_EDITABLE (self->income_entry), 14);

  desk_column_set_text_func (self->case_number_column, case_number_text, DESK_COLUMN_NUMBER);
  desk_column_set_text_func (self->case_problem_column, case_problem_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->case_status_column, case_status_text, DESK_COLUMN_TEXT);
  desk_column_set_text_func (self->case_opened_column, case_opened_text, DESK_COLUMN_NUMBER);
}

/* ---- public ----------------------------------------------------------------- */

DeskClientEditor *
desk_client_editor_open (GtkWindow  *parent,
                         DeskStore  *store,
                         DeskClient *client)
{
  DeskClientEditor *self = NULL;
  gint64 id = client != NULL ? desk_record_get_id (DESK_RECORD (client)) : 0;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (client == NULL || DESK_IS_CLIENT (client), NULL);

  /* One editor per client. */
  if (id > 0)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; self == NULL && i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

          if (DESK_IS_CLIENT_EDITOR (toplevel) &&
              DESK_CLIENT_EDITOR (toplevel)->store == store &&
              desk_record_get_id (DESK_RECORD (DESK_CLIENT_EDITOR (toplevel)->client)) == id)
            self = DESK_CLIENT_EDITOR (toplevel);
        }
    }

  if (self == NULL)
    self = g_object_new (DESK_TYPE_CLIENT_EDITOR,
                         "store", store,
                         "client", client,
                         "transient-for", parent,
                         NULL);

  gtk_window_present (GTK_WINDOW (self));

  return self;
}

DeskStore *
desk_client_editor_get_store (DeskClientEditor *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT_EDITOR (self), NULL);

  return self->store;
}

DeskClient *
desk_client_editor_get_client (DeskClientEditor *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT_EDITOR (self), NULL);

  return self->client;
}

gboolean
desk_client_editor_get_can_save (DeskClientEditor *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT_EDITOR (self), FALSE);

  return self->error == NULL && !self->saving && self->store != NULL;
}

gboolean
desk_client_editor_get_modified (DeskClientEditor *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT_EDITOR (self), FALSE);

  /* Income text that does not parse is a change the record cannot hold. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->income_entry)), self->loaded_income_text) != 0 &&
      self->error != NULL && g_strcmp0 (desk_error_get_field (self->error), "annual-income-cents") == 0)
    return TRUE;

  return field_differs (self, NULL);
}

const char *
desk_client_editor_get_error_text (DeskClientEditor *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT_EDITOR (self), NULL);

  return self->error != NULL ? self->error->message : NULL;
}

const char *
desk_client_editor_get_error_field (DeskClientEditor *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT_EDITOR (self), NULL);

  return self->error != NULL ? desk_error_get_field (self->error) : NULL;
}

const char *
desk_client_editor_get_eligibility_text (DeskClientEditor *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT_EDITOR (self), NULL);

  return gtk_label_get_text (self->eligibility_label);
}

const char *
desk_client_editor_get_verdict_text (DeskClientEditor *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT_EDITOR (self), NULL);

  return gtk_label_get_text (self->verdict_label);
}
