/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* How a subclass declares its fields: one GParamSpec is made per entry and
 * the value lives in the instance struct at @offset.  The store maps each
 * field that is not DESK_FIELD_DERIVED to the column of the same name
 * (dashes become underscores). */
typedef enum
{
  DESK_FIELD_NONE     = 0,
  DESK_FIELD_NULLABLE = 1 << 0,  /* "" (text) or 0 (ids) is stored as NULL */
  DESK_FIELD_DERIVED  = 1 << 1,  /* filled by the store from other tables; never written */
  DESK_FIELD_AMOUNT   = 1 << 2,  /* cents (or bytes): at most DESK_MONEY_MAX_CENTS either way */
  DESK_FIELD_TODAY    = 1 << 3,  /* a date that is today's in a new record */
} DeskFieldFlags;

/* What a text field may hold; desk_record_check() holds every text field of
 * every record to its kind, so a record only declares it. */
typedef enum
{
  DESK_TEXT_ONE_LINE,    /* names, titles, phone numbers: no line breaks, tabs or other control characters */
  DESK_TEXT_MULTI_LINE,  /* notes, summaries, addresses: line breaks, but no tabs or other control characters */
  DESK_TEXT_CODE,        /* codes and times: letters, digits and punctuation of ASCII, no spaces */
  DESK_TEXT_DATE,        /* YYYY-MM-DD from DESK_DATE_MIN to DESK_DATE_MAX */
} DeskTextKind;

/* The most characters a text field holds when its entry says 0. */
#define DESK_TEXT_ONE_LINE_MAX    200
#define DESK_TEXT_MULTI_LINE_MAX  100000
#define DESK_TEXT_CODE_MAX        64

/* The dates a record may hold: anything else is a typing mistake. */
#define DESK_DATE_MIN "1900-01-01"
#define DESK_DATE_MAX "2200-12-31"

/* The largest amount of money (or count of bytes) a field holds, so that
 * a million of them still add up inside 64 bits. */
#define DESK_MONEY_MAX_CENTS G_GINT64_CONSTANT (1000000000000)  /* $10 billion */

typedef struct
{
  const char     *name;
  GType           fundamental;  /* G_TYPE_STRING, _INT, _INT64, _BOOLEAN, _ENUM or _FLAGS */
  GType         (*enum_type) (void);  /* for enums and flags */
  gsize           offset;
  gint64          minimum;      /* numbers */
  gint64          maximum;
  gint64          default_value; /* numbers, booleans, enums, flags */
  const char     *default_text;  /* strings */
  DeskFieldFlags  flags;
  DeskTextKind    text_kind;     /* strings */
  guint           max_length;    /* strings: most characters; 0 is the kind's default */
} DeskField;

#define DESK_FIELD_TEXT(S, m, n)   { n, G_TYPE_STRING, NULL, G_STRUCT_OFFSET (S, m), 0, 0, 0, "", DESK_FIELD_NONE, DESK_TEXT_ONE_LINE, 0 }
#define DESK_FIELD_TEXT_MAX(S, m, n, max) \
  { n, G_TYPE_STRING, NULL, G_STRUCT_OFFSET (S, m), 0, 0, 0, "", DESK_FIELD_NONE, DESK_TEXT_ONE_LINE, max }
#define DESK_FIELD_MULTI_LINE(S, m, n) \
  { n, G_TYPE_STRING, NULL, G_STRUCT_OFFSET (S, m), 0, 0, 0, "", DESK_FIELD_NONE, DESK_TEXT_MULTI_LINE, 0 }
#define DESK_FIELD_MULTI_LINE_MAX(S, m, n, max) \
  { n, G_TYPE_STRING, NULL, G_STRUCT_OFFSET (S, m), 0, 0, 0, "", DESK_FIELD_NONE, DESK_TEXT_MULTI_LINE, max }
#define DESK_FIELD_DATE(S, m, n)   { n, G_TYPE_STRING, NULL, G_STRUCT_OFFSET (S, m), 0, 0, 0, NULL, DESK_FIELD_NULLABLE, DESK_TEXT_DATE, 10 }
#define DESK_FIELD_CODE(S, m, n)   { n, G_TYPE_STRING, NULL, G_STRUCT_OFFSET (S, m), 0, 0, 0, NULL, DESK_FIELD_NULLABLE, DESK_TEXT_CODE, 0 }
#define DESK_FIELD_DATE_TODAY(S, m, n) \
  { n, G_TYPE_STRING, NULL, G_STRUCT_OFFSET (S, m), 0, 0, 0, NULL, DESK_FIELD_NULLABLE | DESK_FIELD_TODAY, DESK_TEXT_DATE, 10 }
#define DESK_FIELD_INT(S, m, n, lo, hi, def) \
  { n, G_TYPE_INT, NULL, G_STRUCT_OFFSET (S, m), lo, hi, def, NULL, DESK_FIELD_NONE }
#define DESK_FIELD_MONEY(S, m, n)  { n, G_TYPE_INT64, NULL, G_STRUCT_OFFSET (S, m), G_MININT64, G_MAXINT64, 0, NULL, DESK_FIELD_AMOUNT }
#define DESK_FIELD_REF(S, m, n)    { n, G_TYPE_INT64, NULL, G_STRUCT_OFFSET (S, m), 0, G_MAXINT64, 0, NULL, DESK_FIELD_NULLABLE }
#define DESK_FIELD_BOOL(S, m, n)   { n, G_TYPE_BOOLEAN, NULL, G_STRUCT_OFFSET (S, m), 0, 1, 0, NULL, DESK_FIELD_NONE }
#define DESK_FIELD_ENUM(S, m, n, t, def) \
  { n, G_TYPE_ENUM, t, G_STRUCT_OFFSET (S, m), 0, 0, def, NULL, DESK_FIELD_NONE }
#define DESK_FIELD_FLAGS(S, m, n, t) \
  { n, G_TYPE_FLAGS, t, G_STRUCT_OFFSET (S, m), 0, 0, 0, NULL, DESK_FIELD_NONE }
#define DESK_FIELD_DERIVED_TEXT(S, m, n) \
  { n, G_TYPE_STRING, NULL, G_STRUCT_OFFSET (S, m), 0, 0, 0, "", DESK_FIELD_DERIVED }
#define DESK_FIELD_DERIVED_INT(S, m, n) \
  { n, G_TYPE_INT, NULL, G_STRUCT_OFFSET (S, m), -1, G_MAXINT, 0, NULL, DESK_FIELD_DERIVED }

#define DESK_TYPE_RECORD (desk_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (DeskRecord, desk_record, DESK, RECORD, GObject)

/**
 * DeskRecordClass:
 * @entity: the singular vocabulary name ("client", "case"), used in the
 *   audit log and in change notifications
 * @validate: adds a DESK_ERROR_INVALID problem naming the field for each
 *   rule the record breaks (desk_problems_add()); all of them, not the first
 *
 * The part every stored record shares: its row id, whether it is archived,
 * and when it was created and last changed.  Each kind of record is a final
 * subclass with one property per column.
 */
struct _DeskRecordClass
{
  GObjectClass parent_class;

  const char *entity;

  /*< private >*/
  const DeskField  *fields;
  guint             n_fields;
  GParamSpec      **field_pspecs;

  void (*validate) (DeskRecord *self,
                    GPtrArray  *problems);
};

/** desk_record_class_install_fields: makes one property per field; @fields must be static. */
void        desk_record_class_install_fields (DeskRecordClass *klass,
                                              const DeskField *fields,
                                              guint            n_fields);
/** desk_record_class_get_fields: the fields a subclass declared. */
const DeskField *desk_record_class_get_fields (DeskRecordClass *klass,
                                               guint           *n_fields);
/** desk_record_class_get_field_pspec: the property made for field @index. */
GParamSpec *desk_record_class_get_field_pspec (DeskRecordClass *klass,
                                               guint            index);
/** desk_record_get_field_text: the value of text field @field (store use; no copy). */
const char *desk_record_get_field_text   (DeskRecord      *self,
                                          const DeskField *field);
/** desk_record_get_field_number: the value of a number, boolean, enum or flags field. */
gint64      desk_record_get_field_number (DeskRecord      *self,
                                          const DeskField *field);
/** desk_record_set_field_text: sets text field @field without notifying (store use while loading). */
void        desk_record_set_field_text   (DeskRecord      *self,
                                          const DeskField *field,
                                          const char      *text);
/** desk_record_set_field_number: sets a number, boolean, enum or flags field without notifying. */
void        desk_record_set_field_number (DeskRecord      *self,
                                          const DeskField *field,
                                          gint64           value);
/** desk_record_set_timestamps: sets created-at and updated-at (store use). */
void        desk_record_set_timestamps   (DeskRecord      *self,
                                          const char      *created_at,
                                          const char      *updated_at);
/** desk_record_notify_field: emits notify for the field at @index. */
void        desk_record_notify_field   (DeskRecord  *self,
                                        guint        index);

/** desk_record_get_id: the row id, 0 until the record is first saved. */
gint64      desk_record_get_id         (DeskRecord  *self);
void        desk_record_set_id         (DeskRecord  *self,
                                        gint64       id);
gboolean    desk_record_get_archived   (DeskRecord  *self);
void        desk_record_set_archived   (DeskRecord  *self,
                                        gboolean     archived);
const char *desk_record_get_created_at (DeskRecord  *self);
const char *desk_record_get_updated_at (DeskRecord  *self);
/** desk_record_get_entity: the class's entity name, e.g. "client". */
const char *desk_record_get_entity     (DeskRecord  *self);
/** desk_record_dup: a new record of the same type with the same id, archive flag and stored fields (derived fields are not copied). */
gpointer    desk_record_dup            (DeskRecord  *self);
/** desk_record_differs: whether stored field @field (NULL: any) of @a and @b differ; "" and NULL texts count as equal. */
gboolean    desk_record_differs        (DeskRecord  *a,
                                        DeskRecord  *b,
                                        const char  *field);
/** desk_record_check: every rule @record breaks, its class's and those every field of its kind follows (a GPtrArray of GError, empty when it is valid; see desk_problems_new()). */
GPtrArray  *desk_record_check          (DeskRecord  *self);
/** desk_record_validate: checks every field; the error names the first at fault. */
gboolean    desk_record_validate       (DeskRecord  *self,
                                        GError     **error);

/* Shared checks for subclasses' validate(); each sets a DESK_ERROR_INVALID
 * error whose message is @message when the value is wrong. */

/** desk_set_str: replaces *@field with a copy of @value; TRUE when it changed (g_set_str arrived only in GLib 2.76). */
gboolean    desk_set_str               (char       **field,
                                        const char  *value);
/** desk_field_label: how a sentence names a field: "first name" for "first-name" (free with g_free). */
char       *desk_field_label           (const char  *field);
/** desk_text_is_blank: NULL, empty, or nothing but white space and invisible characters (U+200B…). */
gboolean    desk_text_is_blank         (const char  *text);
/** desk_text_check: whether @text fits @kind and @max_length characters (0: the kind's default); the error names @field. */
gboolean    desk_text_check            (const char   *text,
                                        DeskTextKind  kind,
                                        guint         max_length,
                                        const char   *field,
                                        GError      **error);
/** desk_date_is_valid: a real calendar date written YYYY-MM-DD. */
gboolean    desk_date_is_valid         (const char  *iso_date);
/** desk_date_parse: reads a date as people type it — "2026-06-15", "2026-6-5" or the US "6/15/2026" — as "YYYY-MM-DD"; NULL when @text is not a real date. */
char       *desk_date_parse            (const char  *text);
/** desk_date_in_range: a real date from DESK_DATE_MIN to DESK_DATE_MAX. */
gboolean    desk_date_in_range         (const char  *iso_date);
/** desk_time_of_day_parse: reads "9:30", "09:30", "930", "9:30 pm", "9pm" or "21:30" as "HH:MM" (24-hour); NULL when @text is not a time of day. */
char       *desk_time_of_day_parse     (const char  *text);
/** desk_email_is_valid: a plausible address (one @, a dot in the domain, no spaces). */
gboolean    desk_email_is_valid        (const char  *email);
/** desk_today_iso: today's local date as YYYY-MM-DD (overridable with DESK_TODAY for tests). */
char       *desk_today_iso             (void);

G_END_DECLS
