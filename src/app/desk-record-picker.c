/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-record-picker"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-labels.h"
#include "desk-record-picker.h"

struct _DeskRecordPicker
{
  GtkWidget             parent_instance;

  /* Template widgets */
  GtkMenuButton        *button;
  GtkLabel             *button_label;
  GtkPopover           *popover;
  GtkSearchEntry       *search_entry;
  GtkButton            *none_button;
  GtkLabel             *none_label;
  GtkStack             *results_stack;
  GtkListView          *list_view;
  GtkSingleSelection   *selection;
  GtkButton            *new_button;

  /* Owned references */
  DeskStore            *store;
  GListModel           *results;
  GtkStringFilter      *name_filter;
  char                 *placeholder;
  char                 *text;
  gulong                changed_handler;

  gint64                record_id;
  DeskRecordPickerKind  kind;
};

G_DEFINE_FINAL_TYPE (DeskRecordPicker, desk_record_picker, GTK_TYPE_WIDGET)
G_DEFINE_ENUM_TYPE (DeskRecordPickerKind, desk_record_picker_kind,
  G_DEFINE_ENUM_VALUE (DESK_RECORD_PICKER_CLIENTS, "clients"),
  G_DEFINE_ENUM_VALUE (DESK_RECORD_PICKER_VOLUNTEERS, "volunteers"),
  G_DEFINE_ENUM_VALUE (DESK_RECORD_PICKER_MENTORS, "mentors"))

enum {
  PROP_0,
  PROP_STORE,
  PROP_KIND,
  PROP_RECORD_ID,
  PROP_PLACEHOLDER,
  PROP_NONE_LABEL,
  PROP_SHOW_NEW,
  N_PROPS
};

enum {
  NEW_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

char *
desk_record_picker_record_name (DeskRecord *record)
{
  const char *first = NULL;
  const char *last = NULL;

  g_return_val_if_fail (DESK_IS_RECORD (record), NULL);

  if (DESK_IS_CLIENT (record))
    {
      first = desk_client_get_first_name (DESK_CLIENT (record));
      last = desk_client_get_last_name (DESK_CLIENT (record));
    }
  else if (DESK_IS_VOLUNTEER (record))
    {
      first = desk_volunteer_get_first_name (DESK_VOLUNTEER (record));
      last = desk_volunteer_get_last_name (DESK_VOLUNTEER (record));
    }

  if (desk_text_is_blank (first))
    return g_strdup (last != NULL ? last : "");
  if (desk_text_is_blank (last))
    return g_strdup (first);

  /* TRANSLATORS: a person's name: first name, then last name */
  return g_strdup_printf (_("%s %s"), first, last);
}

/* For the name filter of the volunteer lists. */
static char *
record_name_for_filter (DeskRecord *record)
{
  if (record == NULL)
    return NULL;
  return desk_record_picker_record_name (record);
}

static char *
record_detail (DeskRecord *record)
{
  if (DESK_IS_CLIENT (record))
    {
      const char *phone = desk_client_get_phone (DESK_CLIENT (record));
      const char *intake = desk_client_get_intake_date (DESK_CLIENT (record));

      if (!desk_text_is_blank (phone))
        return g_strdup (phone);
      if (!desk_text_is_blank (intake))
        /* TRANSLATORS: the detail under a client's name in a picker; %s is a date */
        return g_strdup_printf (_("Intake %s"), intake);
      return NULL;
    }

  if (DESK_IS_VOLUNTEER (record))
    {
      DeskVolunteer *volunteer = DESK_VOLUNTEER (record);
      const char *role = desk_enum_label (DESK_TYPE_VOLUNTEER_ROLE, desk_volunteer_get_role (volunteer));

      if (desk_volunteer_get_is_mentor (volunteer))
        /* TRANSLATORS: the detail under a volunteer's name: their role, and that they mentor */
        return g_strdup_printf (_("%s · Mentor"), role);
      return g_strdup (role);
    }

  return NULL;
}

static GType
desk_record_picker_record_type (DeskRecordPicker *self)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  return self->kind == DESK_RECORD_PICKER_CLIENTS ? DESK_TYPE_CLIENT : DESK_TYPE_VOLUNTEER;
}

static void
desk_record_picker_update_label (DeskRecordPicker *self)
{
  g_autofree char *name = NULL;

  g_assert (DESK_IS_RECORD_PICKER (self));

  if (self->record_id > 0 && self->store != NULL)
    {
      g_autoptr(DeskRecord) record = NULL;
      g_autoptr(GError) error = NULL;

      record = desk_store_get (self->store, desk_record_picker_record_type (self), self->record_id, &error);
      if (record != NULL)
        name = desk_record_picker_record_name (record);
      else
        g_debug ("Cannot show record %" G_GINT64_FORMAT ": %s", self->record_id, error->message);
    }

  g_free (self->text);
  if (name != NULL)
    self->text = g_steal_pointer (&name);
  else
    self->text = g_strdup (self->placeholder != NULL ? self->placeholder : "");

  gtk_label_set_text (self->button_label, self->text);
  /* A placeholder that is a choice of its own ("Any volunteer") reads as one. */
  if (self->record_id > 0 || gtk_widget_get_visible (GTK_WIDGET (self->none_button)))
    gtk_widget_remove_css_class (GTK_WIDGET (self->button_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->button_label), "dim-label");
}

static void
desk_record_picker_update_results_state (DeskRecordPicker *self)
{
  guint n_items;

  g_assert (DESK_IS_RECORD_PICKER (self));

  n_items = self->results != NULL ? g_list_model_get_n_items (self->results) : 0;
  gtk_stack_set_visible_child_name (self->results_stack, n_items > 0 ? "list" : "empty");
}

static void
desk_record_picker_set_results (DeskRecordPicker *self,
                                GListModel       *results)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  if (self->results != NULL)
    g_signal_handlers_disconnect_by_func (self->results, desk_record_picker_update_results_state, self);
  g_set_object (&self->results, results);
  if (self->results != NULL)
    g_signal_connect_swapped (self->results, "items-changed",
                              G_CALLBACK (desk_record_picker_update_results_state), self);

  gtk_single_selection_set_model (self->selection, self->results);
  desk_record_picker_update_results_state (self);
}

/* Clients are many: each search runs in SQL.  Volunteers are few: their
 * list is loaded once and filtered by name as the person types. */
static void
desk_record_picker_reload (DeskRecordPicker *self)
{
  g_autoptr(GListModel) base = NULL;
  g_autoptr(GError) error = NULL;
  const char *search;

  g_assert (DESK_IS_RECORD_PICKER (self));

  if (self->store == NULL)
    {
      desk_record_picker_set_results (self, NULL);
      return;
    }

  search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  switch (self->kind)
    {
    case DESK_RECORD_PICKER_CLIENTS:
      base = desk_store_search_clients (self->store, desk_text_is_blank (search) ? NULL : search,
                                        DESK_CLIENT_SORT_NAME, TRUE, &error);
      if (base == NULL)
        g_warning ("Cannot search the clients: %s", error->message);
      desk_record_picker_set_results (self, base);
      break;

    case DESK_RECORD_PICKER_VOLUNTEERS:
    case DESK_RECORD_PICKER_MENTORS:
    default:
      if (self->kind == DESK_RECORD_PICKER_MENTORS)
        base = desk_store_list_mentors (self->store, &error);
      else
        base = desk_store_list_volunteers (self->store, &error);

      if (base == NULL)
        {
          g_warning ("Cannot list the volunteers: %s", error->message);
          desk_record_picker_set_results (self, NULL);
        }
      else
        {
          g_autoptr(GtkFilterListModel) filtered = NULL;

          gtk_string_filter_set_search (self->name_filter, search);
          filtered = gtk_filter_list_model_new (g_steal_pointer (&base),
                                                GTK_FILTER (g_object_ref (self->name_filter)));
          desk_record_picker_set_results (self, G_LIST_MODEL (filtered));
        }
      break;
    }
}

static void
desk_record_picker_search_changed_cb (DeskRecordPicker *self)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  if (self->kind == DESK_RECORD_PICKER_CLIENTS || self->results == NULL)
    desk_record_picker_reload (self);
  else
    gtk_string_filter_set_search (self->name_filter,
                                  gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  desk_record_picker_update_results_state (self);
}

static void
desk_record_picker_choose_id (DeskRecordPicker *self,
                              gint64            id)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  desk_record_picker_set_record_id (self, id);
  gtk_popover_popdown (self->popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->button));
}

static void
desk_record_picker_row_activate_cb (DeskRecordPicker *self,
                                    guint             position)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  desk_record_picker_choose (self, position);
}

static void
desk_record_picker_search_activate_cb (DeskRecordPicker *self)
{
  guint position;

  g_assert (DESK_IS_RECORD_PICKER (self));

  position = gtk_single_selection_get_selected (self->selection);
  if (position != GTK_INVALID_LIST_POSITION)
    desk_record_picker_choose (self, position);
}

static void
desk_record_picker_stop_search_cb (DeskRecordPicker *self)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  gtk_popover_popdown (self->popover);
}

static void
desk_record_picker_none_clicked_cb (DeskRecordPicker *self)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  desk_record_picker_choose_id (self, 0);
}

static void
desk_record_picker_new_clicked_cb (DeskRecordPicker *self)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  gtk_popover_popdown (self->popover);
  g_signal_emit (self, signals[NEW_REQUESTED], 0);
}

static void
desk_record_picker_popover_show_cb (DeskRecordPicker *self)
{
  g_assert (DESK_IS_RECORD_PICKER (self));

  /* Every opening starts from the whole list. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  desk_record_picker_reload (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Down in the search entry goes on to the list. */
static gboolean
desk_record_picker_search_key_cb (GtkEventControllerKey *controller,
                                  guint                  keyval,
                                  guint                  keycode,
                                  GdkModifierType        state,
                                  DeskRecordPicker      *self)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  return gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
}

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_item_set_child (list_item, box);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *detail = gtk_widget_get_next_sibling (name);
  DeskRecord *record = gtk_list_item_get_item (list_item);
  g_autofree char *name_text = NULL;
  g_autofree char *detail_text = NULL;

  if (record != NULL)
    {
      name_text = desk_record_picker_record_name (record);
      detail_text = record_detail (record);
    }

  gtk_label_set_text (GTK_LABEL (name), name_text != NULL ? name_text : "");
  gtk_label_set_text (GTK_LABEL (detail), detail_text != NULL ? detail_text : "");
  gtk_widget_set_visible (detail, detail_text != NULL && *detail_text != '\0');
}

static void
desk_record_picker_store_changed_cb (DeskRecordPicker *self,
                                     const char       *entity,
                                     gint64            id,
                                     DeskChangeKind    kind,
                                     DeskStore        *store)
{
  const char *own = self->kind == DESK_RECORD_PICKER_CLIENTS ? "client" : "volunteer";

  g_assert (DESK_IS_RECORD_PICKER (self));

  if (g_strcmp0 (entity, own) == 0 && (id == self->record_id || id == 0))
    desk_record_picker_update_label (self);
}

static gboolean
desk_record_picker_mnemonic_activate (GtkWidget *widget,
                                      gboolean   group_cycling)
{
  DeskRecordPicker *self = DESK_RECORD_PICKER (widget);

  return gtk_widget_mnemonic_activate (GTK_WIDGET (self->button), group_cycling);
}

static gboolean
desk_record_picker_grab_focus (GtkWidget *widget)
{
  DeskRecordPicker *self = DESK_RECORD_PICKER (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->button));
}

static void
desk_record_picker_dispose (GObject *object)
{
  DeskRecordPicker *self = (DeskRecordPicker *)object;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  if (self->results != NULL)
    g_signal_handlers_disconnect_by_func (self->results, desk_record_picker_update_results_state, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), DESK_TYPE_RECORD_PICKER);

  g_clear_object (&self->results);
  g_clear_object (&self->name_filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (desk_record_picker_parent_class)->dispose (object);
}

static void
desk_record_picker_finalize (GObject *object)
{
  DeskRecordPicker *self = (DeskRecordPicker *)object;

  g_free (self->placeholder);
  g_free (self->text);

  G_OBJECT_CLASS (desk_record_picker_parent_class)->finalize (object);
}

static void
desk_record_picker_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DeskRecordPicker *self = DESK_RECORD_PICKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_RECORD_ID:
      g_value_set_int64 (value, self->record_id);
      break;

    case PROP_PLACEHOLDER:
      g_value_set_string (value, self->placeholder);
      break;

    case PROP_NONE_LABEL:
      g_value_set_string (value, gtk_widget_get_visible (GTK_WIDGET (self->none_button))
                                 ? gtk_label_get_text (self->none_label) : NULL);
      break;

    case PROP_SHOW_NEW:
      g_value_set_boolean (value, gtk_widget_get_visible (GTK_WIDGET (self->new_button)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_record_picker_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DeskRecordPicker *self = DESK_RECORD_PICKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      desk_record_picker_set_store (self, g_value_get_object (value));
      break;

    case PROP_KIND:
      desk_record_picker_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_RECORD_ID:
      desk_record_picker_set_record_id (self, g_value_get_int64 (value));
      break;

    case PROP_PLACEHOLDER:
      desk_record_picker_set_placeholder (self, g_value_get_string (value));
      break;

    case PROP_NONE_LABEL:
      desk_record_picker_set_none_label (self, g_value_get_string (value));
      break;

    case PROP_SHOW_NEW:
      desk_record_picker_set_show_new (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
desk_record_picker_class_init (DeskRecordPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = desk_record_picker_dispose;
  object_class->finalize = desk_record_picker_finalize;
  object_class->get_property = desk_record_picker_get_property;
  object_class->set_property = desk_record_picker_set_property;

  widget_class->mnemonic_activate = desk_record_picker_mnemonic_activate;
  widget_class->grab_focus = desk_record_picker_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DESK_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       DESK_TYPE_RECORD_PICKER_KIND,
                       DESK_RECORD_PICKER_CLIENTS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RECORD_ID] =
    g_param_spec_int64 ("record-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLACEHOLDER] =
    g_param_spec_string ("placeholder", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NONE_LABEL] =
    g_param_spec_string ("none-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHOW_NEW] =
    g_param_spec_boolean ("show-new", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DeskRecordPicker::new-requested:
   *
   * The person asked for a new record ("New Client…"); the handler opens
   * an editor and, once it is saved, sets "record-id".
   */
  signals[NEW_REQUESTED] =
    g_signal_new ("new-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/desk-record-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, button);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, button_label);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, popover);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, none_button);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, none_label);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, results_stack);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, list_view);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, selection);
  gtk_widget_class_bind_template_child (widget_class, DeskRecordPicker, new_button);
  gtk_widget_class_bind_template_callback (widget_class, desk_record_picker_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_record_picker_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_record_picker_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_record_picker_none_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_record_picker_new_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_record_picker_row_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, desk_record_picker_popover_show_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "deskrecordpicker");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
desk_record_picker_init (DeskRecordPicker *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkEventController *keys;
  GtkExpression *expression;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The name starts where text fields start, not in the middle: GTK 4.8
   * puts a menu button's child in a centred box of its own. */
  {
    GtkWidget *own_box = gtk_widget_get_parent (GTK_WIDGET (self->button_label));
    GtkWidget *inner_box = gtk_widget_get_parent (own_box);

    if (GTK_IS_BOX (inner_box))
      gtk_widget_set_halign (inner_box, GTK_ALIGN_FILL);
    gtk_widget_set_hexpand (own_box, TRUE);
  }

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (record_name_for_filter), NULL, NULL);
  self->name_filter = gtk_string_filter_new (expression);
  gtk_string_filter_set_match_mode (self->name_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->name_filter, TRUE);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (desk_record_picker_search_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  self->placeholder = g_strdup (_("Choose…"));
  desk_record_picker_update_label (self);
}

GtkWidget *
desk_record_picker_new (DeskRecordPickerKind kind)
{
  return g_object_new (DESK_TYPE_RECORD_PICKER,
                       "kind", kind,
                       NULL);
}

DeskStore *
desk_record_picker_get_store (DeskRecordPicker *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), NULL);

  return self->store;
}

void
desk_record_picker_set_store (DeskRecordPicker *self,
                              DeskStore        *store)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));
  g_return_if_fail (store == NULL || DESK_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_set_object (&self->store, store);
  if (self->store != NULL)
    self->changed_handler = g_signal_connect_object (self->store, "changed",
                                                     G_CALLBACK (desk_record_picker_store_changed_cb),
                                                     self, G_CONNECT_SWAPPED);

  desk_record_picker_set_results (self, NULL);
  desk_record_picker_update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

DeskRecordPickerKind
desk_record_picker_get_kind (DeskRecordPicker *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), DESK_RECORD_PICKER_CLIENTS);

  return self->kind;
}

void
desk_record_picker_set_kind (DeskRecordPicker     *self,
                             DeskRecordPickerKind  kind)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  desk_record_picker_set_results (self, NULL);
  desk_record_picker_update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gint64
desk_record_picker_get_record_id (DeskRecordPicker *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), 0);

  return self->record_id;
}

void
desk_record_picker_set_record_id (DeskRecordPicker *self,
                                  gint64            id)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));

  if (id < 0)
    id = 0;
  if (self->record_id == id)
    return;

  self->record_id = id;
  desk_record_picker_update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD_ID]);
}

const char *
desk_record_picker_get_text (DeskRecordPicker *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), NULL);

  return self->text;
}

void
desk_record_picker_set_placeholder (DeskRecordPicker *self,
                                    const char       *placeholder)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));

  if (desk_set_str (&self->placeholder, placeholder))
    {
      desk_record_picker_update_label (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACEHOLDER]);
    }
}

void
desk_record_picker_set_none_label (DeskRecordPicker *self,
                                   const char       *none_label)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));

  gtk_label_set_text (self->none_label, none_label != NULL ? none_label : "");
  gtk_widget_set_visible (GTK_WIDGET (self->none_button), none_label != NULL);
  desk_record_picker_update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NONE_LABEL]);
}

void
desk_record_picker_set_show_new (DeskRecordPicker *self,
                                 gboolean          show_new)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));

  show_new = !!show_new;
  if (gtk_widget_get_visible (GTK_WIDGET (self->new_button)) == show_new)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->new_button), show_new);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_NEW]);
}

void
desk_record_picker_popup (DeskRecordPicker *self)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));

  gtk_menu_button_popup (self->button);
}

void
desk_record_picker_popdown (DeskRecordPicker *self)
{
  g_return_if_fail (DESK_IS_RECORD_PICKER (self));

  gtk_menu_button_popdown (self->button);
}

GtkPopover *
desk_record_picker_get_popover (DeskRecordPicker *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), NULL);

  return self->popover;
}

GtkEditable *
desk_record_picker_get_search_entry (DeskRecordPicker *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

GListModel *
desk_record_picker_get_results (DeskRecordPicker *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), NULL);

  if (self->results == NULL)
    desk_record_picker_reload (self);

  return self->results;
}

gboolean
desk_record_picker_choose (DeskRecordPicker *self,
                           guint             position)
{
  g_autoptr(DeskRecord) record = NULL;

  g_return_val_if_fail (DESK_IS_RECORD_PICKER (self), FALSE);

  if (self->results == NULL)
    return FALSE;

  record = g_list_model_get_item (self->results, position);
  if (record == NULL)
    return FALSE;

  desk_record_picker_choose_id (self, desk_record_get_id (record));
  return TRUE;
}
