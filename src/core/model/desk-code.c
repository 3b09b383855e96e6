/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-code"

#include "config.h"

#include "desk-code.h"
#include "desk-search.h"

struct _DeskCode
{
  GObject  parent_instance;

  char    *code;
  char    *name;
  char    *category;
  char    *label;
  char    *keywords;
};

G_DEFINE_FINAL_TYPE (DeskCode, desk_code, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_CATEGORY,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
desk_code_finalize (GObject *object)
{
  DeskCode *self = (DeskCode *) object;

  g_free (self->code);
  g_free (self->name);
  g_free (self->category);
  g_free (self->label);
  g_free (self->keywords);

  G_OBJECT_CLASS (desk_code_parent_class)->finalize (object);
}

static void
desk_code_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DeskCode *self = DESK_CODE (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_code_class_init (DeskCodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = desk_code_finalize;
  object_class->get_property = desk_code_get_property;

  /* Reference entries never change once read, so the properties are read-only. */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] = g_param_spec_string ("category", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
desk_code_init (DeskCode *self)
{
}

DeskCode *
desk_code_new (const char *code,
               const char *name,
               const char *category)
{
  DeskCode *self = g_object_new (DESK_TYPE_CODE, NULL);

  self->code = g_strdup (code);
  self->name = g_strdup (name);
  self->category = g_strdup (category != NULL ? category : "");
  self->label = g_strdup_printf ("%s · %s", code, name);
  return self;
}

const char *
desk_code_get_code (DeskCode *self)
{
  g_return_val_if_fail (DESK_IS_CODE (self), NULL);
  return self->code;
}

const char *
desk_code_get_name (DeskCode *self)
{
  g_return_val_if_fail (DESK_IS_CODE (self), NULL);
  return self->name;
}

const char *
desk_code_get_category (DeskCode *self)
{
  g_return_val_if_fail (DESK_IS_CODE (self), NULL);
  return self->category;
}

const char *
desk_code_get_label (DeskCode *self)
{
  g_return_val_if_fail (DESK_IS_CODE (self), NULL);
  return self->label;
}

void
desk_code_set_keywords (DeskCode   *self,
                        const char *keywords)
{
  g_return_if_fail (DESK_IS_CODE (self));

  g_free (self->keywords);
  self->keywords = g_strdup (keywords);
}

const char *
desk_code_get_keywords (DeskCode *self)
{
  g_return_val_if_fail (DESK_IS_CODE (self), NULL);
  return self->keywords != NULL ? self->keywords : "";
}

gboolean
desk_code_matches (DeskCode   *self,
                   const char *search)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (DESK_IS_CODE (self), FALSE);

  text = g_strjoin (" ", self->code, self->name, self->category, desk_code_get_keywords (self), NULL);
  return desk_search_matches (text, search);
}
