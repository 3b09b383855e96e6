/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "desk-progress.h"
#include "desk-store.h"

G_BEGIN_DECLS

/* How many records go into one transaction unless the options say
 * otherwise; cancellation is honoured between batches. */
#define DESK_DEMO_DEFAULT_BATCH_SIZE 5000

/**
 * DeskDemoOptions:
 * @n_cases: how many cases to create
 * @n_clients: how many clients; 0 means about 0.8 × @n_cases (at least 1)
 * @n_volunteers: how many volunteers; 0 means about @n_cases / 40, between 5 and 2000
 * @seed: the same seed always gives the same records
 * @today: the last date of the three years the data spans (YYYY-MM-DD);
 *   NULL means desk_today_iso()
 * @batch_size: records per transaction; 0 means DESK_DEMO_DEFAULT_BATCH_SIZE
 * @n_mentors: volunteers who mentor, beside the volunteers above (senior and
 *   intermediate attorneys with capacities, training and what they can help with)
 * @n_mentees: volunteers who want a mentor (law students, new attorneys);
 *   about one in ten intermediate mentors is also one of the mentees, so
 *   n_mentors + n_mentees less those volunteers are created
 *
 * What desk_demo_generate() creates.  Zero the struct, then set what you
 * need.  With mentors or mentees and no cases, no clients and no other
 * volunteers are made unless asked for.  Mentoring brings pairings in every
 * status (some declined, some stale proposals), their objectives, check-ins
 * held and planned, and progress on the objectives.
 */
typedef struct
{
  guint       n_cases;
  guint       n_clients;
  guint       n_volunteers;
  guint64     seed;
  const char *today;
  guint       batch_size;
  guint       n_mentors;
  guint       n_mentees;
} DeskDemoOptions;

/**
 * DeskDemoProgress:
 * @done: records created so far (volunteers, clients and cases together)
 * @total: records to create in all (pairings and what belongs to them are
 *   not counted: how many there will be is only known as they are made)
 *
 * Called after each batch is committed.
 */
typedef DeskProgressFunc DeskDemoProgress;

/**
 * desk_demo_resolve_options: fills the zero fields of @options with their defaults
 * (the counts that will actually be created).
 */
void     desk_demo_resolve_options   (DeskDemoOptions      *options);

/** desk_demo_count_mentoring_volunteers: how many volunteers the mentors and mentees of @options are (some are both). */
guint    desk_demo_count_mentoring_volunteers (const DeskDemoOptions *options);

/**
 * desk_demo_generate: adds synthetic volunteers, clients and cases to @store, the same for the same seed;
 * stops between batches with G_IO_ERROR_CANCELLED when @cancellable is cancelled.
 */
gboolean desk_demo_generate          (DeskStore             *store,
                                      const DeskDemoOptions *options,
                                      DeskDemoProgress       progress,
                                      gpointer               progress_data,
                                      GCancellable          *cancellable,
                                      GError               **error);

/**
 * desk_demo_generate_async: desk_demo_generate() in a thread on its own connection to
 * the file of @store; @progress is called in the thread-default main context of the caller
 * and @progress_data must stay alive until @callback runs.
 */
void     desk_demo_generate_async    (DeskStore             *store,
                                      const DeskDemoOptions *options,
                                      DeskDemoProgress       progress,
                                      gpointer               progress_data,
                                      GCancellable          *cancellable,
                                      GAsyncReadyCallback    callback,
                                      gpointer               user_data);

/** desk_demo_generate_finish: the result of desk_demo_generate_async(). */
gboolean desk_demo_generate_finish   (DeskStore             *store,
                                      GAsyncResult          *result,
                                      GError               **error);

G_END_DECLS
