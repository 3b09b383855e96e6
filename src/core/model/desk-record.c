/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-record"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "desk-error.h"
#include "desk-record.h"

typedef struct
{
  gint64    id;
  gboolean  archived;
  char     *created_at;
  char     *updated_at;
} DeskRecordPrivate;

#define FIELD_PTR(self, field, ctype) ((ctype *) (gpointer) ((guint8 *) (self) + (field)->offset))

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (DeskRecord, desk_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ARCHIVED,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void desk_record_constructed (GObject *object);

static void
desk_record_finalize (GObject *object)
{
  DeskRecordPrivate *priv = desk_record_get_instance_private (DESK_RECORD (object));
  DeskRecordClass *klass = DESK_RECORD_GET_CLASS (object);

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].fundamental == G_TYPE_STRING)
      g_clear_pointer (FIELD_PTR (object, &klass->fields[i], char *), g_free);

  g_clear_pointer (&priv->created_at, g_free);
  g_clear_pointer (&priv->updated_at, g_free);

  G_OBJECT_CLASS (desk_record_parent_class)->finalize (object);
}

static void
desk_record_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DeskRecordPrivate *priv = desk_record_get_instance_private (DESK_RECORD (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      break;
    case PROP_ARCHIVED:
      g_value_set_boolean (value, priv->archived);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, priv->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_string (value, priv->updated_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_string (GObject     *object,
            char       **field,
            const GValue *value,
            GParamSpec  *pspec)
{
  if (desk_set_str (field, g_value_get_string (value)))
    g_object_notify_by_pspec (object, pspec);
}

static void
desk_record_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DeskRecord *self = DESK_RECORD (object);
  DeskRecordPrivate *priv = desk_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      desk_record_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_ARCHIVED:
      desk_record_set_archived (self, g_value_get_boolean (value));
      break;
    case PROP_CREATED_AT:
      set_string (object, &priv->created_at, value, pspec);
      break;
    case PROP_UPDATED_AT:
      set_string (object, &priv->updated_at, value, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_record_field_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DeskRecordClass *klass = DESK_RECORD_GET_CLASS (object);
  const DeskField *field;
  GType fundamental;

  g_return_if_fail (prop_id >= 1 && prop_id <= klass->n_fields);

  field = &klass->fields[prop_id - 1];
  fundamental = field->fundamental;

  if (fundamental == G_TYPE_STRING)
    g_value_set_string (value, *FIELD_PTR (object, field, char *));
  else if (fundamental == G_TYPE_INT)
    g_value_set_int (value, *FIELD_PTR (object, field, int));
  else if (fundamental == G_TYPE_INT64)
    g_value_set_int64 (value, *FIELD_PTR (object, field, gint64));
  else if (fundamental == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, *FIELD_PTR (object, field, gboolean));
  else if (fundamental == G_TYPE_ENUM)
    g_value_set_enum (value, *FIELD_PTR (object, field, int));
  else if (fundamental == G_TYPE_FLAGS)
    g_value_set_flags (value, *FIELD_PTR (object, field, guint));
  else
    g_assert_not_reached ();
}

static void
desk_record_field_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DeskRecordClass *klass = DESK_RECORD_GET_CLASS (object);
  const DeskField *field;
  GType fundamental;
  gboolean changed = FALSE;

  g_return_if_fail (prop_id >= 1 && prop_id <= klass->n_fields);

  field = &klass->fields[prop_id - 1];
  fundamental = field->fundamental;

#define SET_SCALAR(ctype, getter)                               \
  G_STMT_START {                                                \
    ctype *slot = FIELD_PTR (object, field, ctype);             \
    ctype v = getter (value);                                   \
    changed = (*slot != v);                                     \
    *slot = v;                                                  \
  } G_STMT_END

  if (fundamental == G_TYPE_STRING)
    {
      const char *text = g_value_get_string (value);
      /* Text fields never hold NULL unless they are nullable (dates). */
      if (text == NULL && !(field->flags & DESK_FIELD_NULLABLE))
        text = "";
      if (text != NULL && *text == '\0' && (field->flags & DESK_FIELD_NULLABLE))
        text = NULL;
      changed = desk_set_str (FIELD_PTR (object, field, char *), text);
    }
  else if (fundamental == G_TYPE_INT)
    SET_SCALAR (int, g_value_get_int);
  else if (fundamental == G_TYPE_INT64)
    SET_SCALAR (gint64, g_value_get_int64);
  else if (fundamental == G_TYPE_BOOLEAN)
    SET_SCALAR (gboolean, g_value_get_boolean);
  else if (fundamental == G_TYPE_ENUM)
    SET_SCALAR (int, g_value_get_enum);
  else if (fundamental == G_TYPE_FLAGS)
    SET_SCALAR (guint, g_value_get_flags);
  else
    g_assert_not_reached ();

#undef SET_SCALAR

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
desk_record_class_init (DeskRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = desk_record_constructed;
  object_class->finalize = desk_record_finalize;
  object_class->get_property = desk_record_get_property;
  object_class->set_property = desk_record_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
desk_record_init (DeskRecord *self)
{
}

/* Instance init runs with each ancestor's class in turn, so the subclass's
 * field table is only reachable once construction is done; properties given
 * to g_object_new() are applied after this. */
static void
desk_record_constructed (GObject *object)
{
  DeskRecord *self = DESK_RECORD (object);
  DeskRecordClass *klass = DESK_RECORD_GET_CLASS (self);

  G_OBJECT_CLASS (desk_record_parent_class)->constructed (object);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const DeskField *field = &klass->fields[i];
      GType fundamental = field->fundamental;

      if (fundamental == G_TYPE_STRING && (field->flags & DESK_FIELD_TODAY))
        *FIELD_PTR (self, field, char *) = desk_today_iso ();
      else if (fundamental == G_TYPE_STRING)
        *FIELD_PTR (self, field, char *) = g_strdup (field->default_text);
      else if (fundamental == G_TYPE_INT64)
        *FIELD_PTR (self, field, gint64) = field->default_value;
      else if (fundamental == G_TYPE_FLAGS)
        *FIELD_PTR (self, field, guint) = (guint) field->default_value;
      else
        *FIELD_PTR (self, field, int) = (int) field->default_value;
    }
}

static GParamSpec *
make_field_pspec (const DeskField *field)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GType fundamental = field->fundamental;

  if (fundamental == G_TYPE_STRING)
    return g_param_spec_string (field->name, NULL, NULL, field->default_text, flags);
  if (fundamental == G_TYPE_INT)
    return g_param_spec_int (field->name, NULL, NULL, (int) field->minimum, (int) field->maximum,
                             (int) field->default_value, flags);
  if (fundamental == G_TYPE_INT64)
    return g_param_spec_int64 (field->name, NULL, NULL, field->minimum, field->maximum,
                               field->default_value, flags);
  if (fundamental == G_TYPE_BOOLEAN)
    return g_param_spec_boolean (field->name, NULL, NULL, field->default_value != 0, flags);
  if (fundamental == G_TYPE_ENUM)
    return g_param_spec_enum (field->name, NULL, NULL, field->enum_type (), (int) field->default_value, flags);
  if (fundamental == G_TYPE_FLAGS)
    return g_param_spec_flags (field->name, NULL, NULL, field->enum_type (), (guint) field->default_value, flags);

  g_assert_not_reached ();
}

void
desk_record_class_install_fields (DeskRecordClass *klass,
                                  const DeskField *fields,
                                  guint            n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (DESK_IS_RECORD_CLASS (klass));
  g_return_if_fail (klass->fields == NULL);

  object_class->get_property = desk_record_field_get_property;
  object_class->set_property = desk_record_field_set_property;

  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->field_pspecs = g_new0 (GParamSpec *, n_fields + 1);

  /* Property ids count from 1 in table order. */
  for (guint i = 0; i < n_fields; i++)
    {
      klass->field_pspecs[i] = make_field_pspec (&fields[i]);
      g_object_class_install_property (object_class, i + 1, klass->field_pspecs[i]);
    }
}

const DeskField *
desk_record_class_get_fields (DeskRecordClass *klass,
                              guint           *n_fields)
{
  g_return_val_if_fail (DESK_IS_RECORD_CLASS (klass), NULL);

  if (n_fields != NULL)
    *n_fields = klass->n_fields;
  return klass->fields;
}

const char *
desk_record_get_field_text (DeskRecord      *self,
                            const DeskField *field)
{
  g_return_val_if_fail (DESK_IS_RECORD (self), NULL);
  g_return_val_if_fail (field->fundamental == G_TYPE_STRING, NULL);

  return *FIELD_PTR (self, field, char *);
}

gint64
desk_record_get_field_number (DeskRecord      *self,
                              const DeskField *field)
{
  g_return_val_if_fail (DESK_IS_RECORD (self), 0);

  switch (field->fundamental)
    {
    case G_TYPE_INT64:
      return *FIELD_PTR (self, field, gint64);
    case G_TYPE_FLAGS:
      return *FIELD_PTR (self, field, guint);
    case G_TYPE_INT:
    case G_TYPE_BOOLEAN:
    case G_TYPE_ENUM:
      return *FIELD_PTR (self, field, int);
    default:
      g_return_val_if_reached (0);
    }
}

void
desk_record_set_field_text (DeskRecord      *self,
                            const DeskField *field,
                            const char      *text)
{
  g_return_if_fail (DESK_IS_RECORD (self));
  g_return_if_fail (field->fundamental == G_TYPE_STRING);

  if (text == NULL && !(field->flags & DESK_FIELD_NULLABLE))
    text = "";
  desk_set_str (FIELD_PTR (self, field, char *), text);
}

void
desk_record_set_field_number (DeskRecord      *self,
                              const DeskField *field,
                              gint64           value)
{
  g_return_if_fail (DESK_IS_RECORD (self));

  switch (field->fundamental)
    {
    case G_TYPE_INT64:
      *FIELD_PTR (self, field, gint64) = value;
      break;
    case G_TYPE_FLAGS:
      *FIELD_PTR (self, field, guint) = (guint) value;
      break;
    case G_TYPE_BOOLEAN:
      *FIELD_PTR (self, field, int) = value != 0;
      break;
    case G_TYPE_INT:
    case G_TYPE_ENUM:
      *FIELD_PTR (self, field, int) = (int) value;
      break;
    default:
      g_return_if_reached ();
    }
}

void
desk_record_set_timestamps (DeskRecord *self,
                            const char *created_at,
                            const char *updated_at)
{
  DeskRecordPrivate *priv = desk_record_get_instance_private (self);

  g_return_if_fail (DESK_IS_RECORD (self));

  if (desk_set_str (&priv->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
  if (desk_set_str (&priv->updated_at, updated_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

GParamSpec *
desk_record_class_get_field_pspec (DeskRecordClass *klass,
                                   guint            index)
{
  g_return_val_if_fail (DESK_IS_RECORD_CLASS (klass), NULL);
  g_return_val_if_fail (index < klass->n_fields, NULL);

  return klass->field_pspecs[index];
}

void
desk_record_notify_field (DeskRecord *self,
                          guint       index)
{
  DeskRecordClass *klass = DESK_RECORD_GET_CLASS (self);

  g_return_if_fail (index < klass->n_fields);

  g_object_notify_by_pspec (G_OBJECT (self), klass->field_pspecs[index]);
}

gint64
desk_record_get_id (DeskRecord *self)
{
  DeskRecordPrivate *priv = desk_record_get_instance_private (self);

  g_return_val_if_fail (DESK_IS_RECORD (self), 0);

  return priv->id;
}

void
desk_record_set_id (DeskRecord *self,
                    gint64      id)
{
  DeskRecordPrivate *priv = desk_record_get_instance_private (self);

  g_return_if_fail (DESK_IS_RECORD (self));

  if (priv->id == id)
    return;
  priv->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gboolean
desk_record_get_archived (DeskRecord *self)
{
  DeskRecordPrivate *priv = desk_record_get_instance_private (self);

  g_return_val_if_fail (DESK_IS_RECORD (self), FALSE);

  return priv->archived;
}

void
desk_record_set_archived (DeskRecord *self,
                          gboolean    archived)
{
  DeskRecordPrivate *priv = desk_record_get_instance_private (self);

  g_return_if_fail (DESK_IS_RECORD (self));

  archived = !!archived;
  if (priv->archived == archived)
    return;
  priv->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

const char *
desk_record_get_created_at (DeskRecord *self)
{
  DeskRecordPrivate *priv = desk_record_get_instance_private (self);

  g_return_val_if_fail (DESK_IS_RECORD (self), NULL);

  return priv->created_at;
}

const char *
desk_record_get_updated_at (DeskRecord *self)
{
  DeskRecordPrivate *priv = desk_record_get_instance_private (self);

  g_return_val_if_fail (DESK_IS_RECORD (self), NULL);

  return priv->updated_at;
}

const char *
desk_record_get_entity (DeskRecord *self)
{
  g_return_val_if_fail (DESK_IS_RECORD (self), NULL);

  return DESK_RECORD_GET_CLASS (self)->entity;
}

gpointer
desk_record_dup (DeskRecord *self)
{
  DeskRecordClass *klass;
  DeskRecord *copy;

  g_return_val_if_fail (DESK_IS_RECORD (self), NULL);

  klass = DESK_RECORD_GET_CLASS (self);
  copy = g_object_new (G_OBJECT_TYPE (self), NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const DeskField *field = &klass->fields[i];

      if (field->flags & DESK_FIELD_DERIVED)
        continue;
      if (field->fundamental == G_TYPE_STRING)
        desk_record_set_field_text (copy, field, desk_record_get_field_text (self, field));
      else
        desk_record_set_field_number (copy, field, desk_record_get_field_number (self, field));
    }

  desk_record_set_id (copy, desk_record_get_id (self));
  desk_record_set_archived (copy, desk_record_get_archived (self));

  return copy;
}

gboolean
desk_record_differs (DeskRecord *a,
                     DeskRecord *b,
                     const char *field_name)
{
  DeskRecordClass *klass;

  g_return_val_if_fail (DESK_IS_RECORD (a), FALSE);
  g_return_val_if_fail (DESK_IS_RECORD (b), FALSE);
  g_return_val_if_fail (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b), FALSE);

  klass = DESK_RECORD_GET_CLASS (a);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const DeskField *field = &klass->fields[i];

      if (field->flags & DESK_FIELD_DERIVED)
        continue;
      if (field_name != NULL && strcmp (field->name, field_name) != 0)
        continue;

      if (field->fundamental == G_TYPE_STRING)
        {
          const char *x = desk_record_get_field_text (a, field);
          const char *y = desk_record_get_field_text (b, field);

          if (g_strcmp0 (x != NULL ? x : "", y != NULL ? y : "") != 0)
            return TRUE;
        }
      else if (desk_record_get_field_number (a, field) != desk_record_get_field_number (b, field))
        {
          return TRUE;
        }
    }

  return FALSE;
}

/* Amounts are named without their unit ("annual income" for
 * "annual-income-cents"). */
char *
desk_field_label (const char *field)
{
  char *label;

  if (g_strcmp0 (field, "email") == 0)
    return g_strdup (_("e-mail address"));

  label = g_strdup (field != NULL ? field : "");

  if (g_str_has_suffix (label, "-cents"))
    label[strlen (label) - strlen ("-cents")] = '\0';
  g_strdelimit (label, "-_", ' ');
  return label;
}

/* Text checks that must come before the record's own: a message of the
 * record may quote the value, and it must not quote bytes that are not
 * text, control characters or a megabyte. */
static void
check_text_fields (DeskRecord *self,
                   GPtrArray  *problems)
{
  DeskRecordClass *klass = DESK_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const DeskField *field = &klass->fields[i];
      g_autoptr(GError) error = NULL;

      if (field->fundamental != G_TYPE_STRING || (field->flags & DESK_FIELD_DERIVED))
        continue;
      if (!desk_text_check (*FIELD_PTR (self, field, char *), field->text_kind, field->max_length, field->name, &error))
        desk_problems_add_error (problems, error);
    }
}

/* Checks that only speak when the record's own found nothing wrong with the
 * field: a date outside the years a clinic deals with, text that shows
 * nothing, a choice that is not among the choices, an absurd number. */
static void
check_field_values (DeskRecord *self,
                    GPtrArray  *problems)
{
  DeskRecordClass *klass = DESK_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const DeskField *field = &klass->fields[i];
      g_autofree char *label = NULL;

      if (field->flags & DESK_FIELD_DERIVED)
        continue;

      label = desk_field_label (field->name);

      if (field->fundamental == G_TYPE_STRING)
        {
          const char *text = *FIELD_PTR (self, field, char *);

          if (text == NULL || *text == '\0')
            continue;
          if (field->text_kind == DESK_TEXT_DATE && !desk_date_is_valid (text))
            desk_problems_add (problems, field->name, _("The %s is not a real date; write it as YYYY-MM-DD."), label);
          else if (field->text_kind == DESK_TEXT_DATE && !desk_date_in_range (text))
            desk_problems_add (problems, field->name, _("The %s must be between %s and %s."),
                               label, DESK_DATE_MIN, DESK_DATE_MAX);
          else if (desk_text_is_blank (text))
            desk_problems_add (problems, field->name,
                               _("The %s has only spaces or invisible characters; type it again or leave it empty."),
                               label);
        }
      else if (field->fundamental == G_TYPE_ENUM || field->fundamental == G_TYPE_FLAGS)
        {
          g_autoptr(GTypeClass) values = g_type_class_ref (field->enum_type ());
          gint64 value = desk_record_get_field_number (self, field);
          gboolean known;

          if (field->fundamental == G_TYPE_ENUM)
            known = g_enum_get_value (G_ENUM_CLASS (values), (int) value) != NULL;
          else
            known = ((guint) value & ~G_FLAGS_CLASS (values)->mask) == 0;
          if (!known)
            desk_problems_add (problems, field->name, _("The %s is not one of its choices."), label);
        }
      else
        {
          gint64 value = desk_record_get_field_number (self, field);

          if (value < field->minimum || value > field->maximum)
            {
              /* Numbers as text first: xgettext cannot see through G_GINT64_FORMAT. */
              g_autofree char *lowest = g_strdup_printf ("%" G_GINT64_FORMAT, field->minimum);
              g_autofree char *highest = g_strdup_printf ("%" G_GINT64_FORMAT, field->maximum);

              desk_problems_add (problems, field->name, _("The %s must be between %s and %s."), label, lowest, highest);
            }
          else if ((field->flags & DESK_FIELD_AMOUNT) && (value > DESK_MONEY_MAX_CENTS || value < -DESK_MONEY_MAX_CENTS))
            desk_problems_add (problems, field->name, _("The %s is too large to be right."), label);
        }
    }
}

GPtrArray *
desk_record_check (DeskRecord *self)
{
  DeskRecordClass *klass;
  GPtrArray *problems;

  g_return_val_if_fail (DESK_IS_RECORD (self), NULL);

  klass = DESK_RECORD_GET_CLASS (self);
  problems = desk_problems_new ();
  /* One problem a field: the first found stays, so the order says which
   * message a field gets. */
  check_text_fields (self, problems);
  if (klass->validate != NULL)
    klass->validate (self, problems);
  check_field_values (self, problems);

  return problems;
}

gboolean
desk_record_validate (DeskRecord  *self,
                      GError     **error)
{
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (DESK_IS_RECORD (self), FALSE);

  problems = desk_record_check (self);
  return desk_problems_propagate (problems, error);
}

gboolean
desk_set_str (char       **field,
              const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* Characters that reorder the text around them (bidirectional embeddings,
 * overrides and isolates).  A form field never needs them, and pasted into
 * a name they disguise it, making it read backwards in a list. */
static gboolean
is_reordering (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/* Control characters and the line and paragraph separators. */
static gboolean
is_control (gunichar c)
{
  return g_unichar_type (c) == G_UNICODE_CONTROL || c == 0x2028 || c == 0x2029;
}

/* Characters that draw nothing: spaces, controls, formatting characters,
 * zero-width marks, and the fillers Unicode calls letters or symbols. */
static gboolean
is_invisible (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_SURROGATE:
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return TRUE;
    default:
      return g_unichar_iszerowidth (c) ||
             c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    }
}

gboolean
desk_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  /* Bytes that are not text are something, and desk_text_check() says what. */
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!is_invisible (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

gboolean
desk_text_check (const char    *text,
                 DeskTextKind   kind,
                 guint          max_length,
                 const char    *field,
                 GError       **error)
{
  g_autofree char *label = desk_field_label (field);
  gsize max_bytes;

  if (text == NULL || *text == '\0')
    return TRUE;

  if (max_length == 0)
    max_length = kind == DESK_TEXT_MULTI_LINE ? DESK_TEXT_MULTI_LINE_MAX :
                 kind == DESK_TEXT_ONE_LINE ? DESK_TEXT_ONE_LINE_MAX : DESK_TEXT_CODE_MAX;

  /* A character is at most four bytes: a longer string is refused without
   * reading it all. */
  max_bytes = (gsize) max_length * 4;
  if (strnlen (text, max_bytes + 1) > max_bytes)
    return desk_invalid (error, field, _("The %s is too long; it can have at most %u characters."), label, max_length);

  if (!g_utf8_validate (text, -1, NULL))
    return desk_invalid (error, field, _("The %s contains bytes that are not text; type it again."), label);

  if ((gsize) g_utf8_strlen (text, -1) > max_length)
    return desk_invalid (error, field, _("The %s is too long; it can have at most %u characters."), label, max_length);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (kind == DESK_TEXT_CODE || kind == DESK_TEXT_DATE)
        {
          if (c > 0x20 && c < 0x7F)
            continue;
          if (kind == DESK_TEXT_DATE)
            return desk_invalid (error, field, _("The %s is not a real date; write it as YYYY-MM-DD."), label);
          return desk_invalid (error, field,
                               _("The %s may only hold letters, digits and punctuation, without spaces."), label);
        }

      if (c == '\n' && kind == DESK_TEXT_MULTI_LINE)
        continue;
      if (kind == DESK_TEXT_ONE_LINE && (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029))
        return desk_invalid (error, field, _("The %s must be one line; it contains a line break."), label);
      if (is_control (c))
        return desk_invalid (error, field,
                             _("The %s contains a tab or another control character (U+%04X); remove it."),
                             label, c);
      if (is_reordering (c))
        return desk_invalid (error, field,
                             _("The %s contains an invisible character that reverses or reorders text (U+%04X); remove it."),
                             label, c);
    }

  return TRUE;
}

gboolean
desk_date_is_valid (const char *iso_date)
{
  guint year, month, day;
  char tail;

  if (iso_date == NULL || strlen (iso_date) != 10 || iso_date[4] != '-' || iso_date[7] != '-')
    return FALSE;
  if (sscanf (iso_date, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3)
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (iso_date[i]))
      return FALSE;

  return year >= 1 && g_date_valid_dmy (day, month, year);
}

gboolean
desk_date_in_range (const char *iso_date)
{
  /* Dates written YYYY-MM-DD sort as text. */
  return desk_date_is_valid (iso_date) &&
         strcmp (iso_date, DESK_DATE_MIN) >= 0 && strcmp (iso_date, DESK_DATE_MAX) <= 0;
}

char *
desk_date_parse (const char *text)
{
  g_autofree char *stripped = NULL;
  guint a, b, c;
  guint year, month, day;
  char tail;

  if (text == NULL)
    return NULL;

  stripped = g_strstrip (g_strdup (text));
  for (const char *p = stripped; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && *p != '-' && *p != '/')
      return NULL;

  if (sscanf (stripped, "%4u-%2u-%2u%c", &a, &b, &c, &tail) == 3 && strchr (stripped, '/') == NULL)
    {
      year = a;
      month = b;
      day = c;
    }
  else if (sscanf (stripped, "%2u/%2u/%4u%c", &a, &b, &c, &tail) == 3 && strchr (stripped, '-') == NULL &&
           strlen (strrchr (stripped, '/') + 1) == 4)
    {
      /* US order: month, day, year — the way US clinic forms write dates. */
      month = a;
      day = b;
      year = c;
    }
  else
    return NULL;

  if (year < 1 || year > 9999 || !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

char *
desk_time_of_day_parse (const char *text)
{
  g_autofree char *folded = NULL;
  const char *p;
  guint hour = 0;
  guint minute = 0;
  guint digits = 0;
  int meridiem = 0;    /* 0: 24-hour clock, 1: am, 2: pm */

  if (text == NULL)
    return NULL;

  folded = g_ascii_strdown (text, -1);
  g_strstrip (folded);
  p = folded;

  /* The hour: one or two digits, or a run of three or four ("930"). */
  while (g_ascii_isdigit (*p) && digits < 4)
    {
      hour = hour * 10 + (guint) (*p - '0');
      p++;
      digits++;
    }
  if (digits == 0 || g_ascii_isdigit (*p))
    return NULL;
  if (digits > 2)
    {
      minute = hour % 100;
      hour /= 100;
    }
  else if (*p == ':' || *p == '.' || *p == 'h')
    {
      p++;
      if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]) || g_ascii_isdigit (p[2]))
        return NULL;
      minute = (guint) (p[0] - '0') * 10 + (guint) (p[1] - '0');
      p += 2;
    }

  while (*p == ' ')
    p++;
  if (g_str_equal (p, "am") || g_str_equal (p, "a.m.") || g_str_equal (p, "a"))
    meridiem = 1;
  else if (g_str_equal (p, "pm") || g_str_equal (p, "p.m.") || g_str_equal (p, "p"))
    meridiem = 2;
  else if (*p != '\0')
    return NULL;

  if (meridiem != 0)
    {
      if (hour < 1 || hour > 12)
        return NULL;
      hour = hour % 12 + (meridiem == 2 ? 12 : 0);
    }

  if (hour > 23 || minute > 59)
    return NULL;

  return g_strdup_printf ("%02u:%02u", hour, minute);
}

gboolean
desk_email_is_valid (const char *email)
{
  const char *at;
  const char *dot;

  if (email == NULL || *email == '\0')
    return FALSE;

  for (const char *p = email; *p != '\0'; p++)
    if (g_ascii_isspace (*p))
      return FALSE;

  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;

  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

char *
desk_today_iso (void)
{
  const char *fixed = g_getenv ("DESK_TODAY");
  g_autoptr(GDateTime) now = NULL;

  /* Tests pin "today" so that date rules give the same answer every day. */
  if (fixed != NULL && desk_date_is_valid (fixed))
    return g_strdup (fixed);

  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}
