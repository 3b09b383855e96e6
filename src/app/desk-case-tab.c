/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-case-tab"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-case-tab.h"
#include "desk-error.h"
#include "desk-feedback.h"
#include "desk-widget.h"

typedef struct
{
  /* Borrowed: the subclass's template widgets */
  GtkStack                   *stack;
  GtkListBox                 *list;
  GtkListBoxCreateWidgetFunc  create_row;

  /* Owned */
  DeskStore                  *store;
  GListModel                 *records;
  DeskForm                   *form;
  gint64                      case_id;
} DeskCaseTabPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (DeskCaseTab, desk_case_tab, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CASE_ID,
  PROP_RECORDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
desk_case_tab_load (DeskCaseTab *self)
{
  DeskCaseTabPrivate *priv = desk_case_tab_get_instance_private (self);
  DeskCaseTabClass *klass = DESK_CASE_TAB_GET_CLASS (self);

  g_assert (DESK_IS_CASE_TAB (self));

  g_clear_object (&priv->records);

  if (priv->store != NULL && priv->case_id > 0 && klass->record_type != NULL)
    {
      g_autoptr(GError) error = NULL;

      priv->records = desk_store_list_for_case (priv->store, klass->record_type (), priv->case_id, &error);
      if (priv->records == NULL)
        desk_show_error (GTK_WIDGET (self), _("This part of the case cannot be listed"), error);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDS]);

  if (priv->stack != NULL)
    gtk_stack_set_visible_child_name (priv->stack, priv->case_id > 0 ? "content" : "unsaved");
  /* A tab of other things than the case's records fills its list itself. */
  if (priv->list != NULL && klass->record_type != NULL)
    gtk_list_box_bind_model (priv->list, priv->records, priv->create_row, self, NULL);

  if (klass->record_type != NULL)
    {
      desk_form_set_store (desk_case_tab_get_form (self), priv->store);
      desk_case_tab_reset_form (self);
    }

  if (klass->loaded != NULL)
    klass->loaded (self);
}

static void
desk_case_tab_dispose (GObject *object)
{
  DeskCaseTab *self = (DeskCaseTab *)object;
  DeskCaseTabPrivate *priv = desk_case_tab_get_instance_private (self);

  desk_widget_unparent_children (GTK_WIDGET (self));

  priv->stack = NULL;
  priv->list = NULL;
  g_clear_object (&priv->records);
  g_clear_object (&priv->form);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (desk_case_tab_parent_class)->dispose (object);
}

static void
desk_case_tab_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DeskCaseTab *self = DESK_CASE_TAB (object);
  DeskCaseTabPrivate *priv = desk_case_tab_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;

    case PROP_CASE_ID:
      g_value_set_int64 (value, priv->case_id);
      break;

    case PROP_RECORDS:
      g_value_set_object (value, priv->records);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_case_tab_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DeskCaseTab *self = DESK_CASE_TAB (object);

  switch (prop_id)
    {
    case PROP_STORE:
      desk_case_tab_set_store (self, g_value_get_object (value));
      break;

    case PROP_CASE_ID:
      desk_case_tab_set_case_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_case_tab_class_init (DeskCaseTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_case_tab_dispose;
  object_class->get_property = desk_case_tab_get_property;
  object_class->set_property = desk_case_tab_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, DESK_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_RECORDS] =
    g_param_spec_object ("records", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static DeskRecord *
desk_case_tab_new_record (DeskCaseTab *self)
{
  DeskCaseTabPrivate *priv = desk_case_tab_get_instance_private (self);
  DeskRecord *record;

  record = g_object_new (DESK_CASE_TAB_GET_CLASS (self)->record_type (), NULL);
  /* Every record a tab adds belongs to the case. */
  g_object_set (record, "case-id", priv->case_id, NULL);
  if (DESK_CASE_TAB_GET_CLASS (self)->init_record != NULL)
    DESK_CASE_TAB_GET_CLASS (self)->init_record (self, record);

  return record;
}

static void
desk_case_tab_init (DeskCaseTab *self)
{
}

DeskStore *
desk_case_tab_get_store (DeskCaseTab *self)
{
  DeskCaseTabPrivate *priv = desk_case_tab_get_instance_private (self);

  g_return_val_if_fail (DESK_IS_CASE_TAB (self), NULL);

  return priv->store;
}

void
desk_case_tab_set_store (DeskCaseTab *self,
                         DeskStore   *store)
{
  DeskCaseTabPrivate *priv = desk_case_tab_get_instance_private (self);

  g_return_if_fail (DESK_IS_CASE_TAB (self));
  g_return_if_fail (store == NULL || DESK_IS_STORE (store));

  if (!g_set_object (&priv->store, store))
    return;

  desk_case_tab_load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
desk_case_tab_get_case_id (DeskCaseTab *self)
{
  DeskCaseTabPrivate *priv = desk_case_tab_get_instance_private (self);

  g_return_val_if_fail (DESK_IS_CASE_TAB (self), 0);

  return priv->case_id;
}

void
desk_case_tab_set_case_id (DeskCaseTab *self,
                           gint64       case_id)
{
  DeskCaseTabPrivate *priv = desk_case_tab_get_instance_private (self);

  g_return_if_fail (DESK_IS_CASE_TAB (self));

  if (priv->case_id == case_id)
    return;

  priv->case_id = case_id;
  desk_case_tab_load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
}

GListModel *
desk_case_tab_get_records (DeskCaseTab *self)
{
  DeskCaseTabPrivate *priv = desk_case_tab_get_instance_private (self);

  g_return_val_if_fail (DESK_IS_CASE_TAB (self), NULL);

  return priv->records;
}

DeskCase *
desk_case_tab_get_case (DeskCaseTab *self)
{
  DeskCaseTabPrivate *priv = desk_case_tab_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  DeskCase *kase;

  g_return_val_if_fail (DESK_IS_CASE_TAB (self), NULL);

  if (priv->store == NULL || priv->case_id <= 0)
    return NULL;

  kase = desk_store_get_case (priv->store, priv->case_id, &error);
  if (kase == NULL)
    desk_show_error (GTK_WIDGET (self), _("The case cannot be read"), error);

  return kase;
}

DeskForm *
desk_case_tab_get_form (DeskCaseTab *self)
{
  DeskCaseTabPrivate *priv = desk_case_tab_get_instance_private (self);

  g_return_val_if_fail (DESK_IS_CASE_TAB (self), NULL);

  /* Made on first use, from the subclass's init: only then is the
   * subclass's class (and so its record type) the instance's. */
  if (priv->form == NULL && DESK_CASE_TAB_GET_CLASS (self)->record_type != NULL)
    {
      g_autoptr(DeskRecord) record = desk_case_tab_new_record (self);

      priv->form = desk_form_new (priv->store);
      desk_form_set_record (priv->form, record);
    }

  return priv->form;
}

void
desk_case_tab_reset_form (DeskCaseTab *self)
{
  g_autoptr(DeskRecord) record = NULL;

  g_return_if_fail (DESK_IS_CASE_TAB (self));
  g_return_if_fail (DESK_CASE_TAB_GET_CLASS (self)->record_type != NULL);

  record = desk_case_tab_new_record (self);
  desk_form_set_record (desk_case_tab_get_form (self), record);
}

gboolean
desk_case_tab_check_form (DeskCaseTab *self)
{
  DeskCaseTabPrivate *priv = desk_case_tab_get_instance_private (self);

  g_return_val_if_fail (DESK_IS_CASE_TAB (self), FALSE);

  if (priv->store == NULL || priv->case_id <= 0 || priv->form == NULL)
    return FALSE;

  return desk_form_check_for_save (priv->form);
}

gboolean
desk_case_tab_save_form (DeskCaseTab *self)
{
  DeskCaseTabPrivate *priv = desk_case_tab_get_instance_private (self);
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (DESK_IS_CASE_TAB (self), FALSE);

  if (priv->store == NULL || priv->case_id <= 0 || priv->form == NULL)
    return FALSE;

  if (!desk_store_save (priv->store, desk_form_get_record (priv->form), &error))
    {
      desk_form_show_error (priv->form, error);
      if (desk_error_get_field (error) == NULL)
        desk_show_error (GTK_WIDGET (self), _("It could not be saved"), error);
      return FALSE;
    }

  desk_case_tab_reset_form (self);
  return TRUE;
}

void
desk_case_tab_set_view (DeskCaseTab                *self,
                        GtkStack                   *stack,
                        GtkListBox                 *list,
                        GtkListBoxCreateWidgetFunc  create_row,
                        const char                 *empty_text)
{
  DeskCaseTabPrivate *priv = desk_case_tab_get_instance_private (self);
  GtkWidget *placeholder;

  g_return_if_fail (DESK_IS_CASE_TAB (self));
  g_return_if_fail (GTK_IS_STACK (stack));
  g_return_if_fail (GTK_IS_LIST_BOX (list));
  g_return_if_fail (create_row != NULL);

  priv->stack = stack;
  priv->list = list;
  priv->create_row = create_row;

  placeholder = gtk_label_new (empty_text);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (list, placeholder);

  gtk_stack_set_visible_child_name (stack, priv->case_id > 0 ? "content" : "unsaved");
}
