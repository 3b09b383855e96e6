/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-funder-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-feedback.h"
#include "desk-funder-editor.h"

struct _DeskFunderEditor
{
  DeskEditor   parent_instance;

  /* Template widgets */
  GtkLabel    *general_error;
  AdwEntryRow *name_row;
  GtkLabel    *name_error;
  AdwEntryRow *contact_row;
  GtkLabel    *contact_error;
  GtkTextView *notes_view;
  GtkLabel    *notes_error;
};

G_DEFINE_FINAL_TYPE (DeskFunderEditor, desk_funder_editor, DESK_TYPE_EDITOR)

static char *
desk_funder_editor_describe (DeskEditor *editor)
{
  return g_strdup (desk_funder_get_name (DESK_FUNDER (desk_editor_get_record (editor))));
}

static void
desk_funder_editor_constructed (GObject *object)
{
  DeskFunderEditor *self = (DeskFunderEditor *)object;
  DeskEditor *editor = DESK_EDITOR (self);
  g_autoptr(DeskFunder) blank = desk_funder_new ();
  DeskForm *form;

  G_OBJECT_CLASS (desk_funder_editor_parent_class)->constructed (object);

  form = desk_editor_get_form (editor);
  desk_editor_set_record (editor, DESK_RECORD (blank));

  desk_form_set_general_label (form, self->general_error);
  desk_form_add_field (form, "name", GTK_WIDGET (self->name_row), GTK_WIDGET (self->name_error));
  desk_form_add_field (form, "contact", GTK_WIDGET (self->contact_row), GTK_WIDGET (self->contact_error));
  desk_form_add_field (form, "notes", GTK_WIDGET (self->notes_view), GTK_WIDGET (self->notes_error));
}

static void
desk_funder_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DESK_TYPE_FUNDER_EDITOR);

  G_OBJECT_CLASS (desk_funder_editor_parent_class)->dispose (object);
}

static void
desk_funder_editor_class_init (DeskFunderEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskEditorClass *editor_class = DESK_EDITOR_CLASS (klass);

  object_class->constructed = desk_funder_editor_constructed;
  object_class->dispose = desk_funder_editor_dispose;

  editor_class->new_title = _("New Funder");
  editor_class->save_new_question = _("Save the new funder?");
  editor_class->describe = desk_funder_editor_describe;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-funder-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskFunderEditor, general_error);
  gtk_widget_class_bind_template_child (widget_class, DeskFunderEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, DeskFunderEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, DeskFunderEditor, contact_row);
  gtk_widget_class_bind_template_child (widget_class, DeskFunderEditor, contact_error);
  gtk_widget_class_bind_template_child (widget_class, DeskFunderEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, DeskFunderEditor, notes_error);
}

static void
desk_funder_editor_init (DeskFunderEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* A funder is a name and a few lines. */
  gtk_window_set_default_size (GTK_WINDOW (self), 600, 480);
}

DeskFunderEditor *
desk_funder_editor_open (GtkWindow  *parent,
                         DeskStore  *store,
                         DeskFunder *funder)
{
  gint64 id = funder != NULL ? desk_record_get_id (DESK_RECORD (funder)) : 0;
  DeskFunderEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (funder == NULL || DESK_IS_FUNDER (funder), NULL);

  self = (DeskFunderEditor *) desk_editor_find (DESK_TYPE_FUNDER_EDITOR, store, id);
  if (self == NULL)
    {
      self = g_object_new (DESK_TYPE_FUNDER_EDITOR, "store", store, "transient-for", parent, NULL);

      if (funder != NULL)
        {
          g_autoptr(DeskRecord) copy = NULL;
          g_autoptr(GError) error = NULL;

          /* Edit a fresh copy: Cancel must never leave the list's object changed. */
          if (id > 0)
            copy = desk_store_get (store, DESK_TYPE_FUNDER, id, &error);
          if (copy == NULL && error != NULL)
            desk_show_error (parent != NULL ? GTK_WIDGET (parent) : NULL, _("The funder cannot be read again"), error);
          if (copy == NULL)
            copy = desk_record_dup (DESK_RECORD (funder));
          desk_editor_set_record (DESK_EDITOR (self), copy);
        }
    }

  gtk_window_present (GTK_WINDOW (self));

  return self;
}
