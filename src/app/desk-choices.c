/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-choices"

#include "config.h"

#include "desk-choices.h"
#include "desk-labels.h"

static void
append_labels (GtkStringList *list,
               GType          enum_type,
               const char    *first_label)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);

  for (guint i = 0; i < enum_class->n_values; i++)
    {
      const char *label = desk_enum_label (enum_type, (int) i);

      if (i == 0 && first_label != NULL)
        label = first_label;
      gtk_string_list_append (list, label != NULL ? label : enum_class->values[i].value_nick);
    }
}

GListModel *
desk_choices_for_enum (GType       enum_type,
                       const char *first_label)
{
  GtkStringList *list;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  list = gtk_string_list_new (NULL);
  append_labels (list, enum_type, first_label);

  return G_LIST_MODEL (list);
}

GListModel *
desk_choices_for_enum_or_any (GType       enum_type,
                              const char *any_label)
{
  GtkStringList *list;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);
  g_return_val_if_fail (any_label != NULL, NULL);

  list = gtk_string_list_new (NULL);
  gtk_string_list_append (list, any_label);
  append_labels (list, enum_type, NULL);

  return G_LIST_MODEL (list);
}
