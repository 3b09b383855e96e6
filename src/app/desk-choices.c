/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-choices"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-choices.h"
#include "desk-feedback.h"
#include "desk-labels.h"
#include "desk-store-mentorship.h"

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

guint
desk_choices_load_practice_areas (GtkStringList *list,
                                  DeskStore     *store,
                                  const char    *chosen,
                                  GtkWidget     *widget)
{
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint position = 0;

  g_return_val_if_fail (GTK_IS_STRING_LIST (list), 0);

  if (store != NULL)
    areas = desk_store_list_practice_areas (store, &error);
  if (error != NULL)
    desk_show_error (widget, _("The practice areas cannot be listed"), error);

  g_ptr_array_add (names, (gpointer) _("Any practice area"));
  for (guint i = 0; areas != NULL && i < areas->len; i++)
    {
      DeskPracticeArea *area = g_ptr_array_index (areas, i);

      g_ptr_array_add (names, area->name);
      if (chosen != NULL && g_ascii_strcasecmp (area->name, chosen) == 0)
        position = names->len - 1;
    }
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                          (const char * const *) names->pdata);
  return position;
}
