/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-client-editor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "desk-case-editor.h"
#include "desk-choices.h"
#include "desk-client-editor.h"
#include "desk-date-entry.h"
#include "desk-error.h"
#include "desk-feedback.h"
#include "desk-flags-chooser.h"
#include "desk-guidelines-window.h"
#include "desk-labels.h"

/* The editor to copy: a template of boxed-list rows, one
 * desk_form_add_field() per property, and what is special to the record
 * (here the screening) in a few callbacks; the conflict check of the
 * name is DeskEditor's, asked for with conflict_entity. */

struct _DeskClientEditor
{
  DeskEditor             parent_instance;

  /* Template widgets */
  GtkLabel              *general_error;
  AdwEntryRow           *first_name_row;
  GtkLabel              *first_name_error;
  AdwEntryRow           *last_name_row;
  GtkLabel              *last_name_error;
  AdwActionRow          *birth_date_row;
  DeskDateEntry         *birth_date_entry;
  GtkLabel              *birth_date_error;
  AdwEntryRow           *phone_row;
  AdwEntryRow           *email_row;
  GtkLabel              *email_error;
  AdwEntryRow           *county_row;
  AdwComboRow           *contact_row;
  AdwEntryRow           *best_time_row;
  AdwEntryRow           *language_row;
  GtkPopover            *language_popover;
  GtkListBox            *language_list;
  GtkSwitch             *interpreter_switch;
  GtkTextView           *address_view;
  GtkSpinButton         *adults_spin;
  GtkLabel              *adults_error;
  GtkSpinButton         *children_spin;
  AdwActionRow          *income_row;
  GtkEntry              *income_entry;
  GtkToggleButton       *monthly_toggle;
  GtkLabel              *income_error;
  DeskDateEntry         *intake_date_entry;
  GtkLabel              *intake_date_error;
  DeskFlagsChooser      *sources_chooser;
  GtkButton             *guidelines_button;
  GtkLabel              *verdict_label;
  GtkImage              *fallback_icon;
  GtkLabel              *eligibility_label;
  AdwComboRow           *exception_row;
  GtkLabel              *exception_error;
  AdwExpanderRow        *demographics_expander;
  AdwComboRow           *gender_row;
  AdwComboRow           *ethnicity_row;
  AdwComboRow           *veteran_row;
  AdwComboRow           *disability_row;
  AdwComboRow           *citizenship_row;
  AdwEntryRow           *referral_row;
  GtkTextView           *notes_view;
  GtkListBox            *cases_list;

  /* Owned references */
  GListModel            *cases;
  DeskEligibilityResult  result;

  DeskEligibilityException remembered_exception;  /* kept while the income leaves the band */
  guint                  screened : 1;
  guint                  screening : 1;
};

G_DEFINE_FINAL_TYPE (DeskClientEditor, desk_client_editor, DESK_TYPE_EDITOR)

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

static DeskClient *
desk_client_editor_client (DeskClientEditor *self)
{
  return DESK_CLIENT (desk_editor_get_record (DESK_EDITOR (self)));
}

/* ---- screening, age, income hint ---------------------------------------------- */

static void
desk_client_editor_screen (DeskClientEditor *self)
{
  static const char * const classes[] = { "eligible", "exception-needed", "over-income" };
  DeskStore *store = desk_editor_get_store (DESK_EDITOR (self));
  DeskClient *client = desk_client_editor_client (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *sentence = NULL;
  gboolean exception_needed = FALSE;

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), classes[i]);

  memset (&self->result, 0, sizeof self->result);
  self->screened = store != NULL && desk_store_screen_client (store, client, &self->result, &error);

  if (self->screened)
    {
      sentence = desk_eligibility_describe (&self->result);
      gtk_label_set_text (self->verdict_label, desk_eligibility_verdict_label (self->result.verdict));
      gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), classes[self->result.verdict]);
      exception_needed = self->result.verdict == DESK_ELIGIBLE_EXCEPTION_NEEDED;
    }
  else
    {
      /* The store's sentence says it already when nothing is missing but the income. */
      if (g_error_matches (error, DESK_ERROR, DESK_ERROR_NOT_FOUND))
        sentence = g_strdup (error->message);
      else
        /* TRANSLATORS: %s says why, e.g. "The intake date is missing or not a real date." */
        sentence = g_strdup_printf (_("Eligibility cannot be screened yet. %s"), error != NULL ? error->message : "");
      gtk_label_set_text (self->verdict_label, "");
    }

  gtk_widget_set_visible (GTK_WIDGET (self->verdict_label), self->screened);
  gtk_widget_set_visible (GTK_WIDGET (self->fallback_icon), self->screened && self->result.used_fallback_year);
  gtk_label_set_text (self->eligibility_label, sentence);

  /* Falling back to last year's figures is the moment to add this year's. */
  if (self->screened && self->result.used_fallback_year && self->result.guideline_year < self->result.requested_year)
    {
      /* TRANSLATORS: a button opening the poverty guidelines; %d is a year */
      g_autofree char *label = g_strdup_printf (_("_Add %d Figures…"), self->result.requested_year);

      gtk_button_set_label (self->guidelines_button, label);
    }
  else
    gtk_button_set_label (self->guidelines_button, _("_Poverty Guidelines…"));

  /* A reason is kept only while one is needed; the choice comes back if
   * the income moves into the band again. */
  gtk_widget_set_visible (GTK_WIDGET (self->exception_row), exception_needed);
  self->screening = TRUE;
  if (exception_needed && desk_client_get_eligibility_exception (client) == DESK_EXCEPTION_NONE &&
      self->remembered_exception != DESK_EXCEPTION_NONE)
    desk_client_set_eligibility_exception (client, self->remembered_exception);
  else if (!exception_needed && desk_client_get_eligibility_exception (client) != DESK_EXCEPTION_NONE)
    {
      self->remembered_exception = desk_client_get_eligibility_exception (client);
      desk_client_set_eligibility_exception (client, DESK_EXCEPTION_NONE);
    }
  self->screening = FALSE;
}

static void
desk_client_editor_update_details (DeskClientEditor *self)
{
  DeskClient *client = desk_client_editor_client (self);
  const char *birth_date = desk_client_get_birth_date (client);
  g_autofree char *today = desk_today_iso ();
  g_autofree char *age = NULL;
  g_autofree char *hint = NULL;
  int by, bm, bd, ty, tm, td;

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  if (birth_date != NULL && strcmp (birth_date, today) <= 0 &&
      sscanf (birth_date, "%d-%d-%d", &by, &bm, &bd) == 3 && sscanf (today, "%d-%d-%d", &ty, &tm, &td) == 3)
    /* TRANSLATORS: a client's age in years */
    age = g_strdup_printf (_("Age %d"), ty - by - ((tm < bm || (tm == bm && td < bd)) ? 1 : 0));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->birth_date_row), age != NULL ? age : "");

  /* The income as a year, when it was typed as a month. */
  if (gtk_toggle_button_get_active (self->monthly_toggle) &&
      desk_form_get_problem (desk_editor_get_form (DESK_EDITOR (self)), "annual-income-cents") == NULL &&
      !desk_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->income_entry))))
    {
      g_autofree char *annual = desk_format_money (desk_client_get_annual_income_cents (client));

      /* TRANSLATORS: the monthly income typed, as a year: "= $28,080.00 a year" */
      hint = g_strdup_printf (_("= %s a year"), annual);
    }
  adw_action_row_set_subtitle (self->income_row, hint != NULL ? hint : "");
}

static void
desk_client_editor_form_changed_cb (DeskClientEditor *self)
{
  g_assert (DESK_IS_CLIENT_EDITOR (self));

  /* Setting the exception below changes the form again. */
  if (self->screening || desk_editor_get_record (DESK_EDITOR (self)) == NULL)
    return;

  desk_client_editor_screen (self);
  desk_client_editor_update_details (self);
}

/* A blank income is not known (never $0, never eligible): the household
 * is not screened until it is typed. */
static void
desk_client_editor_income_text_cb (DeskClientEditor *self)
{
  DeskClient *client = desk_client_editor_client (self);
  gboolean blank = desk_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->income_entry)));

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  if (client != NULL && desk_client_get_income_known (client) == blank)
    desk_client_set_income_known (client, !blank);
}

static void
desk_client_editor_period_toggled_cb (DeskClientEditor *self)
{
  g_assert (DESK_IS_CLIENT_EDITOR (self));

  desk_form_set_factor (desk_editor_get_form (DESK_EDITOR (self)), "annual-income-cents",
                              gtk_toggle_button_get_active (self->monthly_toggle) ? 12 : 1);
  desk_client_editor_update_details (self);
}

static void
desk_client_editor_guidelines_changed_cb (DeskClientEditor *self,
                                          const char       *entity,
                                          gint64            id,
                                          DeskChangeKind    kind)
{
  g_assert (DESK_IS_CLIENT_EDITOR (self));

  /* New figures, or another region (every client reloaded): the screening
   * and its rule change; a client saved is not news here. */
  if (kind == DESK_CHANGE_RELOADED || g_str_equal (entity, "poverty-guideline"))
    desk_form_revalidate (desk_editor_get_form (DESK_EDITOR (self)));
}

static void
desk_client_editor_language_activated_cb (DeskClientEditor *self,
                                          GtkListBoxRow    *row)
{
  GtkWidget *label = gtk_list_box_row_get_child (row);

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->language_row), gtk_label_get_text (GTK_LABEL (label)));
  gtk_popover_popdown (self->language_popover);
}

/* ---- the client's cases ------------------------------------------------------------ */

static GtkWidget *
create_case_row (gpointer item,
                 gpointer user_data)
{
  DeskCase *kase = item;
  GtkWidget *row = adw_action_row_new ();
  const char *problem = desk_case_get_problem_name (kase);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  /* TRANSLATORS: a case in the client editor: its number, then its LSC problem */
  title = g_strdup_printf (_("%s · %s"), desk_case_get_case_number (kase),
                           !desk_text_is_blank (problem) ? problem : desk_case_get_problem_code (kase));
  /* TRANSLATORS: under a case: its status, its opening date and its title */
  subtitle = g_strdup_printf (_("%s · opened %s · %s"),
                              desk_enum_label (DESK_TYPE_CASE_STATUS, desk_case_get_status (kase)),
                              desk_case_get_opened_on (kase), desk_case_get_title (kase));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "desk-case-id", GINT_TO_POINTER (0));
  g_object_set_data_full (G_OBJECT (row), "desk-case", g_object_ref (kase), g_object_unref);

  return row;
}

static void
desk_client_editor_load_cases (DeskClientEditor *self)
{
  DeskStore *store = desk_editor_get_store (DESK_EDITOR (self));
  gint64 id = desk_record_get_id (desk_editor_get_record (DESK_EDITOR (self)));
  GtkWidget *placeholder;

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  g_clear_object (&self->cases);

  if (store != NULL && id > 0)
    {
      g_auto(DeskCaseQuery) query = { 0 };
      g_autoptr(GError) error = NULL;

      desk_case_query_init (&query);
      query.client_id = id;
      self->cases = desk_store_list_cases (store, &query, &error);
      if (self->cases == NULL)
        desk_show_error (GTK_WIDGET (self), _("The client's cases cannot be listed"), error);
    }

  gtk_list_box_bind_model (self->cases_list, self->cases, create_case_row, NULL, NULL);

  placeholder = gtk_label_new (id > 0 ? _("No cases yet.") : _("Cases can be opened once the client is saved."));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->cases_list, placeholder);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.new-case", id > 0 && store != NULL);
}

static void
desk_client_editor_case_activated_cb (DeskClientEditor *self,
                                      GtkListBoxRow    *row)
{
  DeskCase *kase = g_object_get_data (G_OBJECT (row), "desk-case");

  g_assert (DESK_IS_CLIENT_EDITOR (self));

  if (kase != NULL)
    desk_case_editor_open (GTK_WINDOW (self), desk_editor_get_store (DESK_EDITOR (self)), kase);
}

static void
desk_client_editor_new_case_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  DeskClientEditor *self = DESK_CLIENT_EDITOR (widget);
  DeskStore *store = desk_editor_get_store (DESK_EDITOR (self));
  g_autoptr(DeskCase) kase = desk_case_new ();
  gint64 id = desk_record_get_id (desk_editor_get_record (DESK_EDITOR (self)));

  if (store == NULL || id <= 0)
    return;

  desk_case_set_client_id (kase, id);
  desk_case_editor_open (GTK_WINDOW (self), store, kase);
}

static void
desk_client_editor_guidelines_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  DeskStore *store = desk_editor_get_store (DESK_EDITOR (widget));

  if (store != NULL)
    desk_guidelines_window_present (GTK_WINDOW (widget), store);
}

static char *
desk_client_editor_describe (DeskEditor *editor)
{
  return desk_client_get_full_name (DESK_CLIENT (desk_editor_get_record (editor)));
}

static void
desk_client_editor_loaded (DeskEditor *editor)
{
  DeskClientEditor *self = DESK_CLIENT_EDITOR (editor);
  DeskClient *client = desk_client_editor_client (self);

  /* An income not known reads as an empty field, not "0". */
  if (!desk_client_get_income_known (client))
    gtk_editable_set_text (GTK_EDITABLE (self->income_entry), "");

  /* Answers already given are worth showing; an empty section stays shut. */
  adw_expander_row_set_expanded (self->demographics_expander,
                                 desk_client_get_gender (client) != DESK_GENDER_NOT_ASKED ||
                                 desk_client_get_ethnicity (client) != DESK_ETHNICITY_NOT_ASKED ||
                                 desk_client_get_veteran (client) != DESK_ANSWER_NOT_ASKED ||
                                 desk_client_get_disability (client) != DESK_ANSWER_NOT_ASKED ||
                                 desk_client_get_citizenship (client) != DESK_CITIZENSHIP_NOT_ASKED);

  desk_client_editor_load_cases (self);
  desk_client_editor_form_changed_cb (self);
  /* Screening drops a stored reason the income no longer needs: not a
   * change the person made, so not one to ask about on closing. */
  desk_form_mark_saved (desk_editor_get_form (editor));
}

/* ---- GObject ----------------------------------------------------------------------------- */

static void
desk_client_editor_constructed (GObject *object)
{
  DeskClientEditor *self = (DeskClientEditor *)object;
  DeskEditor *editor = DESK_EDITOR (self);
  g_autoptr(DeskClient) blank = desk_client_new ();
  DeskStore *store;
  DeskForm *form;

  G_OBJECT_CLASS (desk_client_editor_parent_class)->constructed (object);

  form = desk_editor_get_form (editor);
  store = desk_editor_get_store (editor);
  desk_editor_set_record (editor, DESK_RECORD (blank));

  {
    g_autoptr(GListModel) exceptions = desk_choices_for_enum (DESK_TYPE_ELIGIBILITY_EXCEPTION, _("Choose a reason…"));

    adw_combo_row_set_model (self->exception_row, exceptions);
  }

  desk_form_set_general_label (form, self->general_error);
  desk_form_add_field (form, "first-name", GTK_WIDGET (self->first_name_row), GTK_WIDGET (self->first_name_error));
  desk_form_add_field (form, "last-name", GTK_WIDGET (self->last_name_row), GTK_WIDGET (self->last_name_error));
  desk_form_add_field (form, "birth-date", GTK_WIDGET (self->birth_date_entry), GTK_WIDGET (self->birth_date_error));
  desk_form_add_field (form, "phone", GTK_WIDGET (self->phone_row), NULL);
  desk_form_add_field (form, "email", GTK_WIDGET (self->email_row), GTK_WIDGET (self->email_error));
  desk_form_add_field (form, "county", GTK_WIDGET (self->county_row), NULL);
  desk_form_add_field (form, "contact-method", GTK_WIDGET (self->contact_row), NULL);
  desk_form_add_field (form, "best-time", GTK_WIDGET (self->best_time_row), NULL);
  desk_form_add_field (form, "language", GTK_WIDGET (self->language_row), NULL);
  desk_form_add_field (form, "interpreter-needed", GTK_WIDGET (self->interpreter_switch), NULL);
  desk_form_add_field (form, "address", GTK_WIDGET (self->address_view), NULL);
  desk_form_add_field (form, "household-adults", GTK_WIDGET (self->adults_spin), GTK_WIDGET (self->adults_error));
  desk_form_add_field (form, "household-children", GTK_WIDGET (self->children_spin), NULL);
  desk_form_add_field_full (form, "annual-income-cents", DESK_FORM_FIELD_MONEY, GTK_WIDGET (self->income_entry),
                            GTK_WIDGET (self->income_error));
  desk_form_add_field (form, "income-sources", GTK_WIDGET (self->sources_chooser), NULL);
  desk_form_add_field (form, "intake-date", GTK_WIDGET (self->intake_date_entry), GTK_WIDGET (self->intake_date_error));
  desk_form_add_field (form, "eligibility-exception", GTK_WIDGET (self->exception_row),
                       GTK_WIDGET (self->exception_error));
  desk_form_add_field (form, "gender", GTK_WIDGET (self->gender_row), NULL);
  desk_form_add_field (form, "ethnicity", GTK_WIDGET (self->ethnicity_row), NULL);
  desk_form_add_field (form, "veteran", GTK_WIDGET (self->veteran_row), NULL);
  desk_form_add_field (form, "disability", GTK_WIDGET (self->disability_row), NULL);
  desk_form_add_field (form, "citizenship", GTK_WIDGET (self->citizenship_row), NULL);
  desk_form_add_field (form, "referral-source", GTK_WIDGET (self->referral_row), NULL);
  desk_form_add_field (form, "notes", GTK_WIDGET (self->notes_view), NULL);

  g_signal_connect_object (form, "changed", G_CALLBACK (desk_client_editor_form_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->income_entry, "notify::text", G_CALLBACK (desk_client_editor_income_text_cb), self,
                           G_CONNECT_SWAPPED);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::poverty-guideline",
                               G_CALLBACK (desk_client_editor_guidelines_changed_cb), self, G_CONNECT_SWAPPED);
      /* The guideline region changed (all clients are re-screened). */
      g_signal_connect_object (store, "changed::client",
                               G_CALLBACK (desk_client_editor_guidelines_changed_cb), self, G_CONNECT_SWAPPED);
    }

  desk_client_editor_loaded (editor);
}

static void
desk_client_editor_dispose (GObject *object)
{
  DeskClientEditor *self = (DeskClientEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_CLIENT_EDITOR);
  g_clear_object (&self->cases);

  G_OBJECT_CLASS (desk_client_editor_parent_class)->dispose (object);
}

static void
desk_client_editor_class_init (DeskClientEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskEditorClass *editor_class = DESK_EDITOR_CLASS (klass);

  object_class->constructed = desk_client_editor_constructed;
  object_class->dispose = desk_client_editor_dispose;

  editor_class->new_title = _("New Client");
  editor_class->save_new_question = _("Save the new client?");
  editor_class->conflict_entity = "client";
  editor_class->describe = desk_client_editor_describe;
  editor_class->loaded = desk_client_editor_loaded;

  g_type_ensure (DESK_TYPE_DATE_ENTRY);
  g_type_ensure (DESK_TYPE_FLAGS_CHOOSER);
  g_type_ensure (DESK_TYPE_INCOME_SOURCE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-client-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, general_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, first_name_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, first_name_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, last_name_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, last_name_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, birth_date_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, birth_date_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, birth_date_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, email_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, county_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, contact_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, best_time_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, language_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, language_popover);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, language_list);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, interpreter_switch);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, address_view);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, adults_spin);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, adults_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, children_spin);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, income_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, income_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, monthly_toggle);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, income_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, intake_date_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, intake_date_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, sources_chooser);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, guidelines_button);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, fallback_icon);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, eligibility_label);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, exception_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, exception_error);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, demographics_expander);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, gender_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, ethnicity_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, veteran_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, disability_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, citizenship_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, referral_row);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, DeskClientEditor, cases_list);
  gtk_widget_class_bind_template_callback (widget_class, desk_client_editor_language_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_client_editor_period_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_client_editor_case_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.guidelines", NULL, desk_client_editor_guidelines_action);
  gtk_widget_class_install_action (widget_class, "editor.new-case", NULL, desk_client_editor_new_case_action);
}

static void
desk_client_editor_init (DeskClientEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (common_languages); i++)
    {
      GtkWidget *label = gtk_label_new (_(common_languages[i]));

      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_list_box_append (self->language_list, label);
    }
}

/* ---- public ----------------------------------------------------------------------------- */

DeskClientEditor *
desk_client_editor_open (GtkWindow  *parent,
                         DeskStore  *store,
                         DeskClient *client)
{
  gint64 id = client != NULL ? desk_record_get_id (DESK_RECORD (client)) : 0;
  DeskClientEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (client == NULL || DESK_IS_CLIENT (client), NULL);

  /* One editor per client. */
  self = (DeskClientEditor *) desk_editor_find (DESK_TYPE_CLIENT_EDITOR, store, id);
  if (self == NULL)
    {
      self = g_object_new (DESK_TYPE_CLIENT_EDITOR,
                           "store", store,
                           "transient-for", parent,
                           NULL);

      if (client != NULL)
        {
          g_autoptr(DeskRecord) copy = NULL;
          g_autoptr(GError) error = NULL;

          /* Edit a fresh copy: Cancel must never leave the list's object changed. */
          if (id > 0)
            copy = desk_store_get (store, DESK_TYPE_CLIENT, id, &error);
          if (copy == NULL && error != NULL)
            desk_show_error (GTK_WIDGET (parent), _("The client cannot be read again"), error);
          if (copy == NULL)
            copy = desk_record_dup (DESK_RECORD (client));
          desk_editor_set_record (DESK_EDITOR (self), copy);
        }
    }

  gtk_window_present (GTK_WINDOW (self));

  return self;
}

DeskClient *
desk_client_editor_get_client (DeskClientEditor *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT_EDITOR (self), NULL);

  return desk_client_editor_client (self);
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

GListModel *
desk_client_editor_get_cases (DeskClientEditor *self)
{
  g_return_val_if_fail (DESK_IS_CLIENT_EDITOR (self), NULL);

  return self->cases;
}
