/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-form"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "desk-choices.h"
#include "desk-date-entry.h"
#include "desk-error.h"
#include "desk-form.h"
#include "desk-money.h"
#include "desk-record-picker.h"

typedef struct
{
  DeskForm          *form;          /* borrowed: the form owns the field */
  char              *property;
  GParamSpec        *pspec;
  DeskFormFieldKind  kind;
  GtkWidget         *widget;
  GtkWidget         *error_label;
  GObject           *source;        /* what the change signal is on: the widget or its text buffer */
  gulong             handler;
  char              *parse_problem; /* what the widget holds cannot be a value */
  guint              factor;        /* money: the property is what is typed × factor */
  guint              touched : 1;
} Field;

struct _DeskForm
{
  GObject     parent_instance;

  DeskStore  *store;
  DeskRecord *record;
  DeskRecord *baseline;       /* the record as loaded or last saved */
  gulong      notify_handler;
  GPtrArray  *fields;         /* Field, in the order they were added */
  GPtrArray  *problems;       /* GError: the record's and the fields' */
  GError     *save_error;     /* what the last save said, until the next change */
  GtkLabel   *general_label;  /* borrowed */

  guint       show_all : 1;   /* a save was tried: every problem is shown */
  guint       extra_modified : 1; /* something saved with the record changed */
  guint       syncing : 1;    /* writing widgets: their signals are ours */
  guint       writing : 1;    /* writing the record: its notifies are ours */
};

G_DEFINE_FINAL_TYPE (DeskForm, desk_form, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_RECORD,
  PROP_MODIFIED,
  PROP_VALID,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void desk_form_update (DeskForm *self);

/* ---- fields --------------------------------------------------------------- */

static void
field_free (gpointer data)
{
  Field *field = data;

  if (field->source != NULL)
    g_clear_signal_handler (&field->handler, field->source);
  g_clear_object (&field->source);
  g_clear_object (&field->widget);
  g_clear_object (&field->error_label);
  g_free (field->property);
  g_free (field->parse_problem);
  g_free (field);
}

static Field *
desk_form_find_field (DeskForm   *self,
                      const char *property)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (g_strcmp0 (field->property, property) == 0)
        return field;
    }

  return NULL;
}

/* A text field whose default is NULL (dates, codes) stores "" as NULL. */
static gboolean
field_is_nullable_text (Field *field)
{
  return G_IS_PARAM_SPEC_STRING (field->pspec) &&
         G_PARAM_SPEC_STRING (field->pspec)->default_value == NULL;
}

static char *
stripped_text (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static void
set_text_value (Field      *field,
                GValue     *value,
                const char *text)
{
  g_autofree char *stripped = stripped_text (text);

  if (*stripped == '\0' && field_is_nullable_text (field))
    g_value_set_string (value, NULL);
  else
    g_value_take_string (value, g_steal_pointer (&stripped));
}

static void
set_number_value (GValue *value,
                  gint64  number)
{
  if (G_VALUE_HOLDS_INT (value))
    g_value_set_int (value, (int) number);
  else if (G_VALUE_HOLDS_UINT (value))
    g_value_set_uint (value, (guint) number);
  else if (G_VALUE_HOLDS_INT64 (value))
    g_value_set_int64 (value, number);
  else if (G_VALUE_HOLDS_ENUM (value))
    g_value_set_enum (value, (int) number);
  else if (G_VALUE_HOLDS_FLAGS (value))
    g_value_set_flags (value, (guint) number);
  else if (G_VALUE_HOLDS_DOUBLE (value))
    g_value_set_double (value, (double) number);
  else
    g_return_if_reached ();
}

static gint64
get_number_value (const GValue *value)
{
  if (G_VALUE_HOLDS_INT (value))
    return g_value_get_int (value);
  if (G_VALUE_HOLDS_UINT (value))
    return g_value_get_uint (value);
  if (G_VALUE_HOLDS_INT64 (value))
    return g_value_get_int64 (value);
  if (G_VALUE_HOLDS_ENUM (value))
    return g_value_get_enum (value);
  if (G_VALUE_HOLDS_FLAGS (value))
    return g_value_get_flags (value);
  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_value_get_boolean (value);
  if (G_VALUE_HOLDS_DOUBLE (value))
    return (gint64) g_value_get_double (value);

  g_return_val_if_reached (0);
}

/* Choosers of a set made for forms (DeskFlagsChooser, DeskAvailabilityGrid)
 * hold it in an unsigned "value"; a chooser of words (DeskWordsChooser)
 * holds them in a string "value", separated by commas. */
static gboolean
widget_has_value (GtkWidget *widget)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "value");

  return pspec != NULL &&
         (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_UINT || G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING);
}

static gboolean
widget_has_text_value (GtkWidget *widget)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "value");

  return pspec != NULL && G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING;
}

/* Reads the widget into @value (initialised to the property's type); FALSE
 * with a sentence in @problem when what it holds cannot be a value. */
static gboolean
field_read (Field   *field,
            GValue  *value,
            char   **problem)
{
  GtkWidget *widget = field->widget;

  if (DESK_IS_DATE_ENTRY (widget))
    {
      const char *text = desk_date_entry_get_text (DESK_DATE_ENTRY (widget));

      if (!desk_date_entry_get_valid (DESK_DATE_ENTRY (widget)))
        {
          g_autofree char *shown = stripped_text (text);

          /* TRANSLATORS: %s is what was typed in a date field */
          *problem = g_strdup_printf (_("“%s” is not a date; write it as YYYY-MM-DD or MM/DD/YYYY."), shown);
          return FALSE;
        }
      set_text_value (field, value, desk_date_entry_get_date (DESK_DATE_ENTRY (widget)));
      return TRUE;
    }

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      set_text_value (field, value, text);
      return TRUE;
    }

  if (GTK_IS_SPIN_BUTTON (widget))
    {
      double shown = gtk_spin_button_get_value (GTK_SPIN_BUTTON (widget));

      if (G_VALUE_HOLDS_DOUBLE (value))
        g_value_set_double (value, shown * field->factor);
      else
        set_number_value (value, (gint64) round (shown * field->factor));
      return TRUE;
    }

  if (GTK_IS_CHECK_BUTTON (widget))
    {
      g_value_set_boolean (value, gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)));
      return TRUE;
    }

  if (GTK_IS_SWITCH (widget))
    {
      g_value_set_boolean (value, gtk_switch_get_active (GTK_SWITCH (widget)));
      return TRUE;
    }

  if (GTK_IS_DROP_DOWN (widget) || ADW_IS_COMBO_ROW (widget))
    {
      guint position = GTK_IS_DROP_DOWN (widget) ? gtk_drop_down_get_selected (GTK_DROP_DOWN (widget))
                                                 : adw_combo_row_get_selected (ADW_COMBO_ROW (widget));

      if (position == GTK_INVALID_LIST_POSITION)
        position = 0;
      set_number_value (value, position);
      return TRUE;
    }

  if (DESK_IS_RECORD_PICKER (widget))
    {
      if (G_VALUE_HOLDS_STRING (value))
        set_text_value (field, value, desk_record_picker_get_code (DESK_RECORD_PICKER (widget)));
      else
        set_number_value (value, desk_record_picker_get_record_id (DESK_RECORD_PICKER (widget)));
      return TRUE;
    }

  if (widget_has_text_value (widget))
    {
      g_autofree char *text = NULL;

      g_object_get (widget, "value", &text, NULL);
      set_text_value (field, value, text);
      return TRUE;
    }

  /* A chooser of a set (flags, the week's availability): its "value". */
  if (widget_has_value (widget))
    {
      g_auto(GValue) held = G_VALUE_INIT;

      g_value_init (&held, G_TYPE_UINT);
      g_object_get_property (G_OBJECT (widget), "value", &held);
      set_number_value (value, g_value_get_uint (&held));
      return TRUE;
    }

  if (GTK_IS_EDITABLE (widget))
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (widget));

      switch (field->kind)
        {
        case DESK_FORM_FIELD_MONEY:
        case DESK_FORM_FIELD_AMOUNT:
          {
            g_autoptr(GError) error = NULL;
            gint64 cents = 0;

            if (!desk_parse_money (text, field->property, &cents, &error))
              {
                *problem = g_strdup (error->message);
                return FALSE;
              }
            if (cents > G_MAXINT64 / field->factor)
              {
                *problem = g_strdup (_("The amount is too large to be right."));
                return FALSE;
              }
            set_number_value (value, cents * field->factor);
            return TRUE;
          }

        case DESK_FORM_FIELD_TIME:
          {
            g_autofree char *stripped = stripped_text (text);
            g_autofree char *time = NULL;

            if (*stripped == '\0')
              {
                g_value_set_string (value, NULL);
                return TRUE;
              }
            time = desk_time_of_day_parse (stripped);
            if (time == NULL)
              {
                /* TRANSLATORS: %s is what was typed in a time field */
                *problem = g_strdup_printf (_("“%s” is not a time of day; write it as 9:30, 09:30 or 9:30 pm."),
                                            stripped);
                return FALSE;
              }
            g_value_take_string (value, g_steal_pointer (&time));
            return TRUE;
          }

        case DESK_FORM_FIELD_AUTO:
        default:
          set_text_value (field, value, text);
          return TRUE;
        }
    }

  g_critical ("A form cannot read a %s", G_OBJECT_TYPE_NAME (widget));
  return FALSE;
}

static void
field_write (Field        *field,
             const GValue *value)
{
  GtkWidget *widget = field->widget;

  if (DESK_IS_DATE_ENTRY (widget))
    desk_date_entry_set_date (DESK_DATE_ENTRY (widget), g_value_get_string (value));
  else if (GTK_IS_TEXT_VIEW (widget))
    {
      const char *text = g_value_get_string (value);

      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text != NULL ? text : "", -1);
    }
  else if (GTK_IS_SPIN_BUTTON (widget))
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget),
                               (G_VALUE_HOLDS_DOUBLE (value) ? g_value_get_double (value)
                                                             : (double) get_number_value (value)) / field->factor);
  else if (GTK_IS_CHECK_BUTTON (widget))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (widget), g_value_get_boolean (value));
  else if (GTK_IS_SWITCH (widget))
    gtk_switch_set_active (GTK_SWITCH (widget), g_value_get_boolean (value));
  else if (GTK_IS_DROP_DOWN (widget))
    gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), (guint) get_number_value (value));
  else if (ADW_IS_COMBO_ROW (widget))
    adw_combo_row_set_selected (ADW_COMBO_ROW (widget), (guint) get_number_value (value));
  else if (DESK_IS_RECORD_PICKER (widget))
    {
      if (G_VALUE_HOLDS_STRING (value))
        desk_record_picker_set_code (DESK_RECORD_PICKER (widget), g_value_get_string (value));
      else
        desk_record_picker_set_record_id (DESK_RECORD_PICKER (widget), get_number_value (value));
    }
  else if (widget_has_text_value (widget))
    g_object_set (widget, "value", g_value_get_string (value), NULL);
  else if (widget_has_value (widget))
    g_object_set (widget, "value", (guint) get_number_value (value), NULL);
  else if (GTK_IS_EDITABLE (widget))
    {
      g_autofree char *text = NULL;

      if (field->kind == DESK_FORM_FIELD_MONEY || field->kind == DESK_FORM_FIELD_AMOUNT)
        {
          gint64 cents = get_number_value (value);

          /* A new record's amount is not known yet, and an amount of none
           * is none: an empty field, not "0". */
          text = cents == 0 && (field->kind == DESK_FORM_FIELD_AMOUNT || desk_record_get_id (field->form->record) == 0)
                 ? g_strdup ("") : desk_money_entry_text (cents / field->factor);
        }
      else
        text = g_strdup (g_value_get_string (value));

      gtk_editable_set_text (GTK_EDITABLE (widget), text != NULL ? text : "");
    }
}

/* Shows the record's value of @field in its widget. */
static void
desk_form_load_field (DeskForm *self,
                      Field    *field)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (field->pspec));
  g_object_get_property (G_OBJECT (self->record), field->property, &value);

  self->syncing = TRUE;
  field_write (field, &value);
  self->syncing = FALSE;

  g_clear_pointer (&field->parse_problem, g_free);
}

static void
desk_form_field_changed (Field *field)
{
  DeskForm *self = field->form;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *problem = NULL;

  if (self->syncing || self->record == NULL)
    return;

  field->touched = TRUE;
  g_clear_error (&self->save_error);

  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (field->pspec));
  if (field_read (field, &value, &problem))
    {
      g_clear_pointer (&field->parse_problem, g_free);
      self->writing = TRUE;
      g_object_set_property (G_OBJECT (self->record), field->property, &value);
      self->writing = FALSE;
    }
  else
    {
      g_free (field->parse_problem);
      field->parse_problem = g_steal_pointer (&problem);
    }

  desk_form_update (self);
}

static void
desk_form_connect_field (Field *field)
{
  GtkWidget *widget = field->widget;
  const char *signal;

  if (GTK_IS_TEXT_VIEW (widget))
    {
      field->source = g_object_ref (G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget))));
      signal = "changed";
    }
  else
    {
      field->source = g_object_ref (G_OBJECT (widget));

      if (DESK_IS_DATE_ENTRY (widget))
        signal = "notify::text";
      else if (GTK_IS_SPIN_BUTTON (widget))
        signal = "notify::value";
      else if (GTK_IS_CHECK_BUTTON (widget) || GTK_IS_SWITCH (widget))
        signal = "notify::active";
      else if (GTK_IS_DROP_DOWN (widget) || ADW_IS_COMBO_ROW (widget))
        signal = "notify::selected";
      else if (DESK_IS_RECORD_PICKER (widget))
        signal = G_IS_PARAM_SPEC_STRING (field->pspec) ? "notify::code" : "notify::record-id";
      else if (widget_has_value (widget))
        signal = "notify::value";
      else if (GTK_IS_EDITABLE (widget))
        signal = "notify::text";
      else
        {
          g_critical ("A form cannot follow a %s", G_OBJECT_TYPE_NAME (widget));
          return;
        }
    }

  field->handler = g_signal_connect_swapped (field->source, signal, G_CALLBACK (desk_form_field_changed), field);
}

/* ---- problems ------------------------------------------------------------------ */

static void
desk_form_collect_problems (DeskForm *self)
{
  g_autoptr(GPtrArray) checked = NULL;

  g_assert (DESK_IS_FORM (self));

  g_ptr_array_set_size (self->problems, 0);
  if (self->record == NULL)
    return;

  /* What the person typed but the record could not take comes first: the
   * record still holds the value before it. */
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (field->parse_problem != NULL)
        desk_problems_add (self->problems, field->property, "%s", field->parse_problem);
    }

  if (self->save_error != NULL)
    desk_problems_add_error (self->problems, self->save_error);

  checked = self->store != NULL ? desk_store_check (self->store, self->record)
                                : desk_record_check (self->record);
  for (guint i = 0; i < checked->len; i++)
    desk_problems_add_error (self->problems, g_ptr_array_index (checked, i));
}

static void
set_label_shown (GtkWidget  *label,
                 const char *text)
{
  GtkWidget *parent = gtk_widget_get_parent (label);

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_visible (label, text != NULL);
  /* In a boxed list the sentence has a row of its own. */
  if (GTK_IS_LIST_BOX_ROW (parent))
    gtk_widget_set_visible (parent, text != NULL);
}

static GtkWidget *
field_marked_widget (Field *field)
{
  /* The entry of a date field carries the red outline. */
  if (DESK_IS_DATE_ENTRY (field->widget))
    return GTK_WIDGET (desk_date_entry_get_entry (DESK_DATE_ENTRY (field->widget)));

  return field->widget;
}

static gboolean
field_problem_shown (DeskForm *self,
                     Field    *field)
{
  return desk_problems_find (self->problems, field->property) != NULL && (field->touched || self->show_all);
}

static void
desk_form_show_problems (DeskForm *self)
{
  g_autoptr(GString) general = g_string_new (NULL);

  g_assert (DESK_IS_FORM (self));

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);
      const GError *problem = desk_problems_find (self->problems, field->property);
      gboolean shown = field_problem_shown (self, field);
      GtkWidget *marked = field_marked_widget (field);

      if (shown)
        gtk_widget_add_css_class (marked, "error");
      else
        gtk_widget_remove_css_class (marked, "error");

      gtk_accessible_update_state (GTK_ACCESSIBLE (marked),
                                   GTK_ACCESSIBLE_STATE_INVALID,
                                   shown ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                                   -1);

      if (field->error_label != NULL)
        set_label_shown (field->error_label, shown ? problem->message : NULL);
    }

  /* A problem with no field of its own (a rule of the store, a failure to
   * save) is said once the person tried to save. */
  for (guint i = 0; i < self->problems->len; i++)
    {
      const GError *problem = g_ptr_array_index (self->problems, i);
      Field *field = desk_form_find_field (self, desk_error_get_field (problem));

      if (field != NULL && field->error_label != NULL)
        continue;
      if (!self->show_all && (field == NULL || !field->touched))
        continue;

      if (general->len > 0)
        g_string_append_c (general, '\n');
      g_string_append (general, problem->message);
    }

  if (self->general_label != NULL)
    set_label_shown (GTK_WIDGET (self->general_label), general->len > 0 ? general->str : NULL);
}

static void
desk_form_update (DeskForm *self)
{
  g_assert (DESK_IS_FORM (self));

  desk_form_collect_problems (self);
  desk_form_show_problems (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* ---- bringing a field into view ------------------------------------------------ */

/* Opens whatever hides @widget: a stack page, an expander, a revealer. */
static void
reveal_widget (GtkWidget *widget)
{
  for (GtkWidget *child = widget, *parent = gtk_widget_get_parent (widget);
       parent != NULL;
       child = parent, parent = gtk_widget_get_parent (parent))
    {
      if (GTK_IS_STACK (parent))
        gtk_stack_set_visible_child (GTK_STACK (parent), child);
      else if (ADW_IS_VIEW_STACK (parent))
        adw_view_stack_set_visible_child (ADW_VIEW_STACK (parent), child);
      else if (GTK_IS_EXPANDER (parent))
        gtk_expander_set_expanded (GTK_EXPANDER (parent), TRUE);
      else if (ADW_IS_EXPANDER_ROW (parent))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (parent), TRUE);
      else if (GTK_IS_REVEALER (parent))
        gtk_revealer_set_reveal_child (GTK_REVEALER (parent), TRUE);
    }
}

static gboolean
scroll_into_view_cb (GtkWidget     *widget,
                     GdkFrameClock *frame_clock,
                     gpointer       user_data)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double top, page;

  if (scrolled == NULL)
    return G_SOURCE_REMOVE;

  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  if (content == NULL || !gtk_widget_compute_bounds (widget, content, &bounds))
    return G_SOURCE_REMOVE;

  /* The content's coordinates already include the scroll offset when it
   * is a viewport's child; a viewport itself scrolls its child. */
  if (GTK_IS_VIEWPORT (content) && gtk_viewport_get_child (GTK_VIEWPORT (content)) != NULL &&
      !gtk_widget_compute_bounds (widget, gtk_viewport_get_child (GTK_VIEWPORT (content)), &bounds))
    return G_SOURCE_REMOVE;

  top = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  /* Room for the field's label above it. */
  if (bounds.origin.y - 36 < top || bounds.origin.y + bounds.size.height > top + page)
    gtk_adjustment_set_value (adjustment, MAX (0.0, bounds.origin.y - 36));

  return G_SOURCE_REMOVE;
}

static void
desk_form_focus_field (DeskForm *self,
                       Field    *field)
{
  g_assert (DESK_IS_FORM (self));

  reveal_widget (field->widget);
  gtk_widget_grab_focus (field->widget);
  /* After the next layout, when what was revealed has its size. */
  gtk_widget_add_tick_callback (field->widget, scroll_into_view_cb, NULL, NULL);
}

/* ---- GObject ------------------------------------------------------------------- */

static void
desk_form_record_notify_cb (DeskForm   *self,
                            GParamSpec *pspec,
                            DeskRecord *record)
{
  Field *field;

  g_assert (DESK_IS_FORM (self));

  if (self->writing)
    return;

  /* Code changed the record (a workflow move, a default): show it. */
  field = desk_form_find_field (self, pspec->name);
  if (field != NULL)
    desk_form_load_field (self, field);

  desk_form_update (self);
}

static void
desk_form_dispose (GObject *object)
{
  DeskForm *self = (DeskForm *)object;

  if (self->record != NULL)
    g_clear_signal_handler (&self->notify_handler, self->record);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_object (&self->record);
  g_clear_object (&self->baseline);
  g_clear_object (&self->store);
  g_clear_weak_pointer (&self->general_label);

  G_OBJECT_CLASS (desk_form_parent_class)->dispose (object);
}

static void
desk_form_finalize (GObject *object)
{
  DeskForm *self = (DeskForm *)object;

  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_error (&self->save_error);

  G_OBJECT_CLASS (desk_form_parent_class)->finalize (object);
}

static void
desk_form_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DeskForm *self = DESK_FORM (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, desk_form_get_modified (self));
      break;

    case PROP_VALID:
      g_value_set_boolean (value, desk_form_get_valid (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_form_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DeskForm *self = DESK_FORM (object);

  switch (prop_id)
    {
    case PROP_STORE:
      desk_form_set_store (self, g_value_get_object (value));
      break;

    case PROP_RECORD:
      desk_form_set_record (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_form_class_init (DeskFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = desk_form_dispose;
  object_class->finalize = desk_form_finalize;
  object_class->get_property = desk_form_get_property;
  object_class->set_property = desk_form_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, DESK_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, DESK_TYPE_RECORD,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DeskForm::changed:
   *
   * Something was typed, or the record or its problems changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
desk_form_init (DeskForm *self)
{
  self->fields = g_ptr_array_new_with_free_func (field_free);
  self->problems = desk_problems_new ();
}

/* ---- public ------------------------------------------------------------------- */

DeskForm *
desk_form_new (DeskStore *store)
{
  g_return_val_if_fail (store == NULL || DESK_IS_STORE (store), NULL);

  return g_object_new (DESK_TYPE_FORM, "store", store, NULL);
}

DeskStore *
desk_form_get_store (DeskForm *self)
{
  g_return_val_if_fail (DESK_IS_FORM (self), NULL);

  return self->store;
}

void
desk_form_set_store (DeskForm  *self,
                     DeskStore *store)
{
  g_return_if_fail (DESK_IS_FORM (self));
  g_return_if_fail (store == NULL || DESK_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  desk_form_update (self);
}

void
desk_form_set_record (DeskForm   *self,
                      DeskRecord *record)
{
  g_return_if_fail (DESK_IS_FORM (self));
  g_return_if_fail (record == NULL || DESK_IS_RECORD (record));

  if (self->record != NULL)
    g_clear_signal_handler (&self->notify_handler, self->record);

  g_set_object (&self->record, record);
  g_clear_object (&self->baseline);
  g_clear_error (&self->save_error);
  self->show_all = FALSE;

  if (self->record != NULL)
    {
      self->baseline = desk_record_dup (self->record);
      self->extra_modified = FALSE;
      self->notify_handler = g_signal_connect_object (self->record, "notify",
                                                      G_CALLBACK (desk_form_record_notify_cb),
                                                      self, G_CONNECT_SWAPPED);
      for (guint i = 0; i < self->fields->len; i++)
        {
          Field *field = g_ptr_array_index (self->fields, i);

          field->touched = FALSE;
          desk_form_load_field (self, field);
        }
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
  desk_form_update (self);
}

DeskRecord *
desk_form_get_record (DeskForm *self)
{
  g_return_val_if_fail (DESK_IS_FORM (self), NULL);

  return self->record;
}

void
desk_form_add_field_full (DeskForm          *self,
                          const char        *property,
                          DeskFormFieldKind  kind,
                          GtkWidget         *widget,
                          GtkWidget         *error_label)
{
  Field *field;

  g_return_if_fail (DESK_IS_FORM (self));
  g_return_if_fail (property != NULL);
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (error_label == NULL || GTK_IS_LABEL (error_label));
  g_return_if_fail (self->record != NULL);
  g_return_if_fail (desk_form_find_field (self, property) == NULL);

  field = g_new0 (Field, 1);
  field->form = self;
  field->property = g_strdup (property);
  field->pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self->record), property);
  field->kind = kind;
  field->factor = 1;
  field->widget = g_object_ref (widget);
  field->error_label = error_label != NULL ? g_object_ref (error_label) : NULL;
  g_return_if_fail (field->pspec != NULL);

  /* An enum chosen from a list with no model of its own gets its labels. */
  if (G_IS_PARAM_SPEC_ENUM (field->pspec))
    {
      GType enum_type = G_PARAM_SPEC_VALUE_TYPE (field->pspec);

      if (GTK_IS_DROP_DOWN (widget) && gtk_drop_down_get_model (GTK_DROP_DOWN (widget)) == NULL)
        {
          g_autoptr(GListModel) choices = desk_choices_for_enum (enum_type, NULL);

          gtk_drop_down_set_model (GTK_DROP_DOWN (widget), choices);
        }
      else if (ADW_IS_COMBO_ROW (widget) && adw_combo_row_get_model (ADW_COMBO_ROW (widget)) == NULL)
        {
          g_autoptr(GListModel) choices = desk_choices_for_enum (enum_type, NULL);

          adw_combo_row_set_model (ADW_COMBO_ROW (widget), choices);
        }
    }

  if (field->error_label != NULL)
    {
      set_label_shown (field->error_label, NULL);
      gtk_label_set_xalign (GTK_LABEL (field->error_label), 0.0f);
      gtk_label_set_wrap (GTK_LABEL (field->error_label), TRUE);
      gtk_widget_add_css_class (field->error_label, "error");
      gtk_accessible_update_relation (GTK_ACCESSIBLE (field_marked_widget (field)),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, field->error_label, NULL,
                                      -1);
    }

  g_ptr_array_add (self->fields, field);
  desk_form_load_field (self, field);
  desk_form_connect_field (field);
  desk_form_update (self);
}

void
desk_form_add_field (DeskForm   *self,
                     const char *property,
                     GtkWidget  *widget,
                     GtkWidget  *error_label)
{
  desk_form_add_field_full (self, property, DESK_FORM_FIELD_AUTO, widget, error_label);
}

void
desk_form_set_general_label (DeskForm *self,
                             GtkLabel *label)
{
  g_return_if_fail (DESK_IS_FORM (self));
  g_return_if_fail (label == NULL || GTK_IS_LABEL (label));

  g_set_weak_pointer (&self->general_label, label);
  if (label != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
      desk_form_show_problems (self);
    }
}

GPtrArray *
desk_form_get_problems (DeskForm *self)
{
  g_return_val_if_fail (DESK_IS_FORM (self), NULL);

  return self->problems;
}

const char *
desk_form_get_problem (DeskForm   *self,
                       const char *property)
{
  const GError *problem;

  g_return_val_if_fail (DESK_IS_FORM (self), NULL);

  problem = desk_problems_find (self->problems, property);
  return problem != NULL ? problem->message : NULL;
}

guint
desk_form_get_shown_problems (DeskForm *self)
{
  guint shown = 0;

  g_return_val_if_fail (DESK_IS_FORM (self), 0);

  for (guint i = 0; i < self->fields->len; i++)
    if (field_problem_shown (self, g_ptr_array_index (self->fields, i)))
      shown++;

  return shown;
}

gboolean
desk_form_get_valid (DeskForm *self)
{
  g_return_val_if_fail (DESK_IS_FORM (self), FALSE);

  return self->record != NULL && self->problems->len == 0;
}

gboolean
desk_form_get_modified (DeskForm *self)
{
  g_return_val_if_fail (DESK_IS_FORM (self), FALSE);

  if (self->record == NULL)
    return FALSE;

  if (self->extra_modified)
    return TRUE;

  /* Something typed that the record could not take is a change too. */
  for (guint i = 0; i < self->fields->len; i++)
    if (((Field *) g_ptr_array_index (self->fields, i))->parse_problem != NULL)
      return TRUE;

  return desk_record_differs (self->record, self->baseline, NULL);
}

gboolean
desk_form_check_for_save (DeskForm *self)
{
  g_return_val_if_fail (DESK_IS_FORM (self), FALSE);

  /* A number typed but not yet entered (Ctrl+S straight from the field). */
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (GTK_IS_SPIN_BUTTON (field->widget))
        gtk_spin_button_update (GTK_SPIN_BUTTON (field->widget));
    }

  self->show_all = TRUE;
  desk_form_update (self);

  if (self->problems->len == 0)
    return TRUE;

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (field_problem_shown (self, field))
        {
          desk_form_focus_field (self, field);
          break;
        }
    }

  return FALSE;
}

void
desk_form_show_error (DeskForm     *self,
                      const GError *error)
{
  g_return_if_fail (DESK_IS_FORM (self));
  g_return_if_fail (error != NULL);

  g_clear_error (&self->save_error);
  self->save_error = g_error_copy (error);
  self->show_all = TRUE;
  desk_form_update (self);

  if (desk_error_get_field (error) != NULL)
    {
      Field *field = desk_form_find_field (self, desk_error_get_field (error));

      if (field != NULL)
        desk_form_focus_field (self, field);
    }
}

void
desk_form_mark_saved (DeskForm *self)
{
  g_return_if_fail (DESK_IS_FORM (self));
  g_return_if_fail (self->record != NULL);

  g_clear_object (&self->baseline);
  self->baseline = desk_record_dup (self->record);
  g_clear_error (&self->save_error);
  self->show_all = FALSE;
  self->extra_modified = FALSE;

  for (guint i = 0; i < self->fields->len; i++)
    ((Field *) g_ptr_array_index (self->fields, i))->touched = FALSE;

  desk_form_update (self);
}

void
desk_form_set_extra_modified (DeskForm *self)
{
  g_return_if_fail (DESK_IS_FORM (self));

  self->extra_modified = TRUE;
  desk_form_update (self);
}

void
desk_form_revalidate (DeskForm *self)
{
  g_return_if_fail (DESK_IS_FORM (self));

  desk_form_update (self);
}

gboolean
desk_form_get_field_modified (DeskForm   *self,
                              const char *property)
{
  g_return_val_if_fail (DESK_IS_FORM (self), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);

  return self->record != NULL && desk_record_differs (self->record, self->baseline, property);
}

void
desk_form_set_factor (DeskForm   *self,
                      const char *property,
                      guint       factor)
{
  Field *field;

  g_return_if_fail (DESK_IS_FORM (self));
  g_return_if_fail (factor > 0);

  field = desk_form_find_field (self, property);
  g_return_if_fail (field != NULL);
  g_return_if_fail (field->kind == DESK_FORM_FIELD_MONEY || field->kind == DESK_FORM_FIELD_AMOUNT ||
                    GTK_IS_SPIN_BUTTON (field->widget));

  if (field->factor == factor)
    return;

  field->factor = factor;

  if (GTK_IS_SPIN_BUTTON (field->widget))
    desk_form_load_field (self, field);
  /* The same digits now mean another amount. */
  else if (!desk_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (field->widget))))
    desk_form_field_changed (field);
}

GtkWidget *
desk_form_get_widget (DeskForm   *self,
                      const char *property)
{
  Field *field;

  g_return_val_if_fail (DESK_IS_FORM (self), NULL);

  field = desk_form_find_field (self, property);
  return field != NULL ? field->widget : NULL;
}
