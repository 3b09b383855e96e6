/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-case-grants-tab"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-case-grants-tab.h"
#include "desk-editor.h"
#include "desk-error.h"
#include "desk-feedback.h"
#include "desk-gtk-compat.h"
#include "desk-record-picker.h"
#include "desk-store-grants.h"

/* A case's grants are not records of the case (DeskCaseTab's record type
 * is NULL): the tab lists them itself and follows "case-grant" changes. */

struct _DeskCaseGrantsTab
{
  DeskCaseTab          parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  AdwPreferencesGroup *suggested_group;
  GtkListBox          *suggested_list;
  DeskRecordPicker    *grant_picker;
  GtkListBox          *grants_list;

  /* Owned */
  DeskStore           *store;          /* whose "changed" the tab follows */
  GtkWidget           *editor;         /* weak: the case's window, whose saves are followed */
  char                *offered;        /* the suggestions offered in a toast last */
};

G_DEFINE_FINAL_TYPE (DeskCaseGrantsTab, desk_case_grants_tab, DESK_TYPE_CASE_TAB)

/* What a row's button acts on. */
typedef struct
{
  gint64  grant_id;
  char   *name;
  char   *reason;  /* NULL: within the grant's restrictions */
} RowGrant;

static void
row_grant_free (gpointer data)
{
  RowGrant *row_grant = data;

  g_free (row_grant->name);
  g_free (row_grant->reason);
  g_free (row_grant);
}

static RowGrant *
row_grant_new (DeskGrant  *grant,
               const char *reason)
{
  RowGrant *row_grant = g_new0 (RowGrant, 1);

  row_grant->grant_id = desk_record_get_id (DESK_RECORD (grant));
  row_grant->name = g_strdup (desk_grant_get_name (grant));
  row_grant->reason = desk_text_is_blank (reason) ? NULL : g_strdup (reason);
  return row_grant;
}

/* "Tenant Justice Foundation · 2026-01-01 to 2026-12-31" */
static char *
describe_grant (DeskStore *store,
                DeskGrant *grant)
{
  g_autoptr(DeskFunder) funder = desk_store_get_funder (store, desk_grant_get_funder_id (grant), NULL);

  /* TRANSLATORS: under a grant's name: its funder and its period */
  return g_strdup_printf (_("%s · %s to %s"), funder != NULL ? desk_funder_get_name (funder) : "",
                          desk_grant_get_period_start (grant), desk_grant_get_period_end (grant));
}

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/* ---- attributing and detaching ------------------------------------------------ */

typedef struct
{
  GtkWidget *widget;   /* weak: where a failed Undo is told */
  DeskStore *store;
  gint64     case_id;
  RowGrant  *grant;
} GrantUndo;

static void
grant_undo_free (gpointer data)
{
  GrantUndo *undo = data;

  g_clear_weak_pointer (&undo->widget);
  g_clear_object (&undo->store);
  row_grant_free (undo->grant);
  g_free (undo);
}

static GrantUndo *
grant_undo_new (DeskCaseGrantsTab *self,
                gint64             grant_id,
                const char        *name,
                const char        *reason)
{
  GrantUndo *undo = g_new0 (GrantUndo, 1);

  /* The toast outlives the row (and may outlive the case's window). */
  g_set_weak_pointer (&undo->widget, GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self))));
  undo->store = g_object_ref (desk_case_tab_get_store (DESK_CASE_TAB (self)));
  undo->case_id = desk_case_tab_get_case_id (DESK_CASE_TAB (self));
  undo->grant = g_new0 (RowGrant, 1);
  undo->grant->grant_id = grant_id;
  undo->grant->name = g_strdup (name);
  undo->grant->reason = g_strdup (reason);
  return undo;
}

static void
undo_attribute (gpointer data)
{
  GrantUndo *undo = data;
  g_autoptr(GError) error = NULL;

  if (!desk_store_detach_case (undo->store, undo->case_id, undo->grant->grant_id, &error))
    desk_show_error (undo->widget, _("The case could not be detached from the grant again"), error);
}

static void
undo_detach (gpointer data)
{
  GrantUndo *undo = data;
  g_autoptr(GError) error = NULL;

  /* Back as it was, with the reason it had. */
  if (!desk_store_attribute_case (undo->store, undo->case_id, undo->grant->grant_id, undo->grant->reason, &error))
    desk_show_error (undo->widget, _("The case could not be attributed to the grant again"), error);
}

static void
desk_case_grants_tab_attribute_now (DeskCaseGrantsTab *self,
                                    gint64             grant_id,
                                    const char        *reason)
{
  DeskStore *store = desk_case_tab_get_store (DESK_CASE_TAB (self));
  gint64 case_id = desk_case_tab_get_case_id (DESK_CASE_TAB (self));
  g_autoptr(DeskGrant) grant = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_assert (DESK_IS_CASE_GRANTS_TAB (self));

  if ((grant = desk_store_get_grant (store, grant_id, &error)) == NULL ||
      !desk_store_attribute_case (store, case_id, grant_id, reason, &error))
    {
      desk_show_error (GTK_WIDGET (self), _("The case could not be attributed to the grant"), error);
      return;
    }

  /* TRANSLATORS: shown with an Undo button; %s is a grant */
  message = g_strdup_printf (_("Attributed to “%s”"), desk_grant_get_name (grant));
  desk_show_undo (GTK_WIDGET (self), message, undo_attribute,
                  grant_undo_new (self, grant_id, desk_grant_get_name (grant), reason), grant_undo_free);
  desk_record_picker_set_record_id (self->grant_picker, 0);
}

typedef struct
{
  DeskCaseGrantsTab *self;
  gint64             grant_id;
  GtkEditable       *reason;
} OverrideQuestion;

static void
override_question_free (OverrideQuestion *question)
{
  g_object_unref (question->self);
  g_object_unref (question->reason);
  g_free (question);
}

static void
override_answer_cb (const char *answer,
                    gpointer    user_data)
{
  OverrideQuestion *question = user_data;
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (question->reason)));

  if (g_strcmp0 (answer, "attribute") == 0 && *reason != '\0' &&
      !gtk_widget_in_destruction (GTK_WIDGET (question->self)))
    desk_case_grants_tab_attribute_now (question->self, question->grant_id, reason);

  override_question_free (question);
}

static void
override_reason_changed_cb (GtkEditable *reason,
                            GtkWidget   *dialog)
{
  desk_gtk_compat_set_answer_enabled (dialog, "attribute", !desk_text_is_blank (gtk_editable_get_text (reason)));
}

/* Outside the restrictions: only with a reason, which the store audits. */
static void
desk_case_grants_tab_ask_override (DeskCaseGrantsTab *self,
                                   gint64             grant_id,
                                   const GError      *refusal)
{
  const DeskResponse answers[] = {
    { "cancel", _("_Cancel"), DESK_RESPONSE_STYLE_DEFAULT },
    { "attribute", _("_Attribute Anyway"), DESK_RESPONSE_STYLE_DESTRUCTIVE },
  };
  g_autofree char *body = NULL;
  OverrideQuestion *question;
  GtkWidget *dialog;
  GtkWidget *entry;

  g_assert (DESK_IS_CASE_GRANTS_TAB (self));

  /* TRANSLATORS: %s says which restrictions of the grant the case fails */
  body = g_strdup_printf (_("%s\n\nSay why this case is attributed to the grant anyway. The reason is kept "
                            "with the attribution and in the audit log."), refusal->message);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Why the case is attributed outside the grant’s restrictions"), -1);

  question = g_new0 (OverrideQuestion, 1);
  question->self = g_object_ref (self);
  question->grant_id = grant_id;
  question->reason = GTK_EDITABLE (g_object_ref_sink (entry));

  dialog = desk_gtk_compat_ask (GTK_WIDGET (self), _("Attribute Outside the Grant’s Restrictions?"), body,
                                answers, G_N_ELEMENTS (answers), "cancel", "cancel", override_answer_cb, question);
  desk_gtk_compat_set_question_extra_child (dialog, entry);
  desk_gtk_compat_set_answer_enabled (dialog, "attribute", FALSE);
  g_signal_connect_object (entry, "changed", G_CALLBACK (override_reason_changed_cb), dialog, 0);
  gtk_widget_grab_focus (entry);
}

void
desk_case_grants_tab_attribute (DeskCaseGrantsTab *self,
                                gint64             grant_id)
{
  DeskStore *store;
  gint64 case_id;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DESK_IS_CASE_GRANTS_TAB (self));

  store = desk_case_tab_get_store (DESK_CASE_TAB (self));
  case_id = desk_case_tab_get_case_id (DESK_CASE_TAB (self));
  if (store == NULL || case_id <= 0 || grant_id <= 0)
    return;

  if (desk_store_check_case_grant (store, case_id, grant_id, &error))
    desk_case_grants_tab_attribute_now (self, grant_id, NULL);
  else if (g_error_matches (error, DESK_ERROR, DESK_ERROR_INVALID))
    desk_case_grants_tab_ask_override (self, grant_id, error);
  else
    desk_show_error (GTK_WIDGET (self), _("The case could not be attributed to the grant"), error);
}

static void
attribute_clicked_cb (GtkButton         *button,
                      DeskCaseGrantsTab *self)
{
  RowGrant *row_grant = g_object_get_data (G_OBJECT (button), "desk-grant");

  desk_case_grants_tab_attribute (self, row_grant->grant_id);
}

static void
detach_clicked_cb (GtkButton         *button,
                   DeskCaseGrantsTab *self)
{
  RowGrant *row_grant = g_object_get_data (G_OBJECT (button), "desk-grant");
  DeskStore *store = desk_case_tab_get_store (DESK_CASE_TAB (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GrantUndo *undo;

  /* Taken now: detaching rebuilds the rows, this button with them. */
  undo = grant_undo_new (self, row_grant->grant_id, row_grant->name, row_grant->reason);

  if (!desk_store_detach_case (store, undo->case_id, undo->grant->grant_id, &error))
    {
      desk_show_error (GTK_WIDGET (self), _("The case could not be detached from the grant"), error);
      grant_undo_free (undo);
      return;
    }

  /* TRANSLATORS: shown with an Undo button; %s is a grant */
  message = g_strdup_printf (_("Detached from “%s”"), undo->grant->name);
  desk_show_undo (GTK_WIDGET (self), message, undo_detach, undo, grant_undo_free);
}

static void
desk_case_grants_tab_attribute_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  DeskCaseGrantsTab *self = DESK_CASE_GRANTS_TAB (widget);

  desk_case_grants_tab_attribute (self, desk_record_picker_get_record_id (self->grant_picker));
}

/* ---- the lists ------------------------------------------------------------------ */

static GtkWidget *
grant_row_new (DeskCaseGrantsTab *self,
               DeskGrant         *grant,
               const char        *subtitle,
               const char        *reason,
               gboolean           attributed)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  g_autofree char *button_name = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), desk_grant_get_name (grant));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (attributed)
    {
      button = gtk_button_new_with_mnemonic (_("_Detach"));
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Detach the Case from the Grant"));
      /* TRANSLATORS: a button's name for screen readers; %s is a grant */
      button_name = g_strdup_printf (_("Detach from %s"), desk_grant_get_name (grant));
      g_signal_connect (button, "clicked", G_CALLBACK (detach_clicked_cb), self);
    }
  else
    {
      button = gtk_button_new_with_mnemonic (_("_Attribute"));
      gtk_widget_set_tooltip_text (button, _("Attribute the Case to This Grant"));
      /* TRANSLATORS: a button's name for screen readers; %s is a grant */
      button_name = g_strdup_printf (_("Attribute to %s"), desk_grant_get_name (grant));
      g_signal_connect (button, "clicked", G_CALLBACK (attribute_clicked_cb), self);
    }

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, button_name, -1);
  g_object_set_data_full (G_OBJECT (button), "desk-grant", row_grant_new (grant, reason), row_grant_free);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static GtkWidget *
create_case_grant_row (gpointer item,
                       gpointer user_data)
{
  DeskCaseGrant *case_grant = item;
  DeskCaseGrantsTab *self = user_data;
  g_autofree char *about = describe_grant (desk_case_tab_get_store (DESK_CASE_TAB (self)), case_grant->grant);
  g_autoptr(GString) subtitle = g_string_new (about);

  /* Rows are made in order: none yet means this is the first grant. */
  if (gtk_list_box_get_row_at_index (self->grants_list, 0) == NULL)
    /* TRANSLATORS: under the case's first grant */
    g_string_append_printf (subtitle, "\n%s",
                            _("The case’s own grant: its time is charged here unless an entry says otherwise"));
  if (!desk_text_is_blank (case_grant->override_reason))
    /* TRANSLATORS: under a grant the case was attributed to anyway; %s is the reason given */
    g_string_append_printf (subtitle, _("\nOutside its restrictions, because: %s"), case_grant->override_reason);

  return grant_row_new (self, case_grant->grant, subtitle->str, case_grant->override_reason, TRUE);
}

static gboolean
grant_in (GPtrArray *case_grants,
          DeskGrant *grant)
{
  for (guint i = 0; case_grants != NULL && i < case_grants->len; i++)
    {
      DeskCaseGrant *case_grant = g_ptr_array_index (case_grants, i);

      if (desk_record_get_id (DESK_RECORD (case_grant->grant)) == desk_record_get_id (DESK_RECORD (grant)))
        return TRUE;
    }

  return FALSE;
}

/* The suggestions for @kase that it is not attributed to; NULL on error (shown). */
static GPtrArray *
desk_case_grants_tab_suggest (DeskCaseGrantsTab *self,
                              DeskCase          *kase,
                              GPtrArray         *case_grants)
{
  DeskStore *store = desk_case_tab_get_store (DESK_CASE_TAB (self));
  g_autoptr(GPtrArray) suggested = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (DESK_IS_CASE_GRANTS_TAB (self));

  if ((suggested = desk_store_suggest_grants (store, kase, &error)) == NULL)
    {
      desk_show_error (GTK_WIDGET (self), _("The grants for this case cannot be suggested"), error);
      return NULL;
    }

  for (guint i = suggested->len; i > 0; i--)
    if (grant_in (case_grants, g_ptr_array_index (suggested, i - 1)))
      g_ptr_array_remove_index (suggested, i - 1);

  return g_steal_pointer (&suggested);
}

static void
desk_case_grants_tab_refresh (DeskCaseGrantsTab *self)
{
  DeskCaseTab *tab = DESK_CASE_TAB (self);
  DeskStore *store = desk_case_tab_get_store (tab);
  gint64 case_id = desk_case_tab_get_case_id (tab);
  g_autoptr(DeskCase) kase = NULL;
  g_autoptr(GPtrArray) case_grants = NULL;
  g_autoptr(GPtrArray) suggested = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (DESK_IS_CASE_GRANTS_TAB (self));

  clear_list (self->grants_list);
  clear_list (self->suggested_list);
  gtk_widget_set_visible (GTK_WIDGET (self->suggested_group), FALSE);

  if (store == NULL || case_id <= 0 || (kase = desk_case_tab_get_case (tab)) == NULL)
    return;

  if ((case_grants = desk_store_list_case_grants (store, case_id, &error)) == NULL)
    {
      desk_show_error (GTK_WIDGET (self), _("The grants of this case cannot be listed"), error);
      return;
    }
  for (guint i = 0; i < case_grants->len; i++)
    gtk_list_box_append (self->grants_list, create_case_grant_row (g_ptr_array_index (case_grants, i), self));

  suggested = desk_case_grants_tab_suggest (self, kase, case_grants);
  for (guint i = 0; suggested != NULL && i < suggested->len; i++)
    {
      DeskGrant *grant = g_ptr_array_index (suggested, i);
      g_autofree char *about = describe_grant (store, grant);

      gtk_list_box_append (self->suggested_list, grant_row_new (self, grant, about, NULL, FALSE));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->suggested_group), suggested != NULL && suggested->len > 0);
}

/* After a save: a case with no grant yet hears of those it fits, once. */
static void
desk_case_grants_tab_editor_saved_cb (DeskCaseGrantsTab *self,
                                      DeskRecord        *record)
{
  DeskStore *store = desk_case_tab_get_store (DESK_CASE_TAB (self));
  g_autoptr(GPtrArray) case_grants = NULL;
  g_autoptr(GPtrArray) suggested = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *message = NULL;

  g_assert (DESK_IS_CASE_GRANTS_TAB (self));

  if (store == NULL || !DESK_IS_CASE (record) ||
      (case_grants = desk_store_list_case_grants (store, desk_record_get_id (record), NULL)) == NULL ||
      case_grants->len > 0 ||
      (suggested = desk_case_grants_tab_suggest (self, DESK_CASE (record), case_grants)) == NULL ||
      suggested->len == 0)
    return;

  for (guint i = 0; i < suggested->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", desk_grant_get_name (g_ptr_array_index (suggested, i)));
  if (g_strcmp0 (names->str, self->offered) == 0)
    return;
  g_free (self->offered);
  self->offered = g_strdup (names->str);

  /* A toast has room for a line. */
  if (suggested->len == 1)
    /* TRANSLATORS: after a case is saved; %s is a grant */
    message = g_strdup_printf (_("The case fits the grant “%s”: see the Grants tab."), names->str);
  else
    /* TRANSLATORS: after a case is saved */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The case fits %u grant: see the Grants tab.",
                                            "The case fits %u grants: see the Grants tab.", suggested->len),
                               suggested->len);
  desk_show_toast (GTK_WIDGET (self), message);
}

static void
desk_case_grants_tab_store_changed_cb (DeskCaseGrantsTab *self,
                                       const char        *entity,
                                       gint64             id,
                                       DeskChangeKind     kind,
                                       DeskStore         *store)
{
  gint64 case_id = desk_case_tab_get_case_id (DESK_CASE_TAB (self));

  g_assert (DESK_IS_CASE_GRANTS_TAB (self));

  /* Its attributions, the case itself (its category and so the
   * suggestions), its client (county and income), any grant or funder. */
  if (((g_strcmp0 (entity, "case-grant") == 0 || g_strcmp0 (entity, "case") == 0) && (id == case_id || id == 0)) ||
      g_strcmp0 (entity, "client") == 0 || g_strcmp0 (entity, "grant") == 0 || g_strcmp0 (entity, "funder") == 0)
    desk_case_grants_tab_refresh (self);
}

/* ---- DeskCaseTab ------------------------------------------------------------------ */

static void
desk_case_grants_tab_loaded (DeskCaseTab *tab)
{
  DeskCaseGrantsTab *self = DESK_CASE_GRANTS_TAB (tab);
  DeskStore *store = desk_case_tab_get_store (tab);

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_func (self->store, desk_case_grants_tab_store_changed_cb, self);
      g_set_object (&self->store, store);
      if (self->store != NULL)
        g_signal_connect_object (self->store, "changed", G_CALLBACK (desk_case_grants_tab_store_changed_cb), self,
                                 G_CONNECT_SWAPPED);
    }

  desk_record_picker_set_store (self->grant_picker, store);
  desk_case_grants_tab_refresh (self);
}

/* ---- GObject -------------------------------------------------------------------- */

static void
desk_case_grants_tab_root (GtkWidget *widget)
{
  DeskCaseGrantsTab *self = DESK_CASE_GRANTS_TAB (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (desk_case_grants_tab_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (DESK_IS_EDITOR (root))
    {
      g_set_weak_pointer (&self->editor, GTK_WIDGET (root));
      g_signal_connect_object (root, "saved", G_CALLBACK (desk_case_grants_tab_editor_saved_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

static void
desk_case_grants_tab_unroot (GtkWidget *widget)
{
  DeskCaseGrantsTab *self = DESK_CASE_GRANTS_TAB (widget);

  if (self->editor != NULL)
    g_signal_handlers_disconnect_by_func (self->editor, desk_case_grants_tab_editor_saved_cb, self);
  g_clear_weak_pointer (&self->editor);

  GTK_WIDGET_CLASS (desk_case_grants_tab_parent_class)->unroot (widget);
}

static void
desk_case_grants_tab_dispose (GObject *object)
{
  DeskCaseGrantsTab *self = (DeskCaseGrantsTab *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, desk_case_grants_tab_store_changed_cb, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->offered, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_CASE_GRANTS_TAB);

  G_OBJECT_CLASS (desk_case_grants_tab_parent_class)->dispose (object);
}

static void
desk_case_grants_tab_class_init (DeskCaseGrantsTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DeskCaseTabClass *tab_class = DESK_CASE_TAB_CLASS (klass);

  object_class->dispose = desk_case_grants_tab_dispose;

  widget_class->root = desk_case_grants_tab_root;
  widget_class->unroot = desk_case_grants_tab_unroot;

  tab_class->loaded = desk_case_grants_tab_loaded;

  g_type_ensure (DESK_TYPE_RECORD_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-case-grants-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskCaseGrantsTab, stack);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseGrantsTab, suggested_group);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseGrantsTab, suggested_list);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseGrantsTab, grant_picker);
  gtk_widget_class_bind_template_child (widget_class, DeskCaseGrantsTab, grants_list);

  gtk_widget_class_install_action (widget_class, "tab.attribute", NULL, desk_case_grants_tab_attribute_action);
}

static void
desk_case_grants_tab_init (DeskCaseGrantsTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  desk_case_tab_set_view (DESK_CASE_TAB (self), self->stack, self->grants_list, create_case_grant_row,
                          _("The case is not attributed to any grant yet."));
}

/* ---- public -------------------------------------------------------------------------- */

static char *
list_titles (GtkListBox *list)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!ADW_IS_PREFERENCES_ROW (child))
        continue;
      if (titles->len > 0)
        g_string_append_c (titles, '|');
      g_string_append (titles, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

char *
desk_case_grants_tab_get_attributed (DeskCaseGrantsTab *self)
{
  g_return_val_if_fail (DESK_IS_CASE_GRANTS_TAB (self), NULL);

  return list_titles (self->grants_list);
}

char *
desk_case_grants_tab_get_suggested (DeskCaseGrantsTab *self)
{
  g_return_val_if_fail (DESK_IS_CASE_GRANTS_TAB (self), NULL);

  return list_titles (self->suggested_list);
}
