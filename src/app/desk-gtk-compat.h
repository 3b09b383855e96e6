/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * The one place where the code meets more than one GTK version: GTK 4.10
 * replaced the file chooser, the alert dialog and gtk_show_uri() with new
 * classes.  Callers use these functions and read as one GTK version.
 */

/**
 * DeskFileCallback: receives the chosen file, or NULL when the person
 * cancelled (or the chooser failed; it is logged).
 */
typedef void (*DeskFileCallback) (GFile    *file,
                                  gpointer  user_data);

/** desk_gtk_compat_open_file: asks for an existing database file to open. */
void desk_gtk_compat_open_file   (GtkWindow        *parent,
                                  const char       *title,
                                  const char       *accept_label,
                                  GFile            *initial_folder,
                                  DeskFileCallback  callback,
                                  gpointer          user_data);
/** desk_gtk_compat_open_document: asks for any existing file (a document to attach). */
void desk_gtk_compat_open_document (GtkWindow        *parent,
                                    const char       *title,
                                    const char       *accept_label,
                                    GFile            *initial_folder,
                                    DeskFileCallback  callback,
                                    gpointer          user_data);
/** desk_gtk_compat_save_file: asks for the name of a new file, proposing @initial_name. */
void desk_gtk_compat_save_file   (GtkWindow        *parent,
                                  const char       *title,
                                  const char       *accept_label,
                                  GFile            *initial_folder,
                                  const char       *initial_name,
                                  DeskFileCallback  callback,
                                  gpointer          user_data);
/** desk_gtk_compat_launch_file: opens @file in the program the desktop chooses for it. */
void desk_gtk_compat_launch_file (GtkWindow        *parent,
                                  GFile            *file);
/** desk_gtk_compat_show_uri: opens @uri (a web page, a mailto:) in the desktop's handler. */
void desk_gtk_compat_show_uri    (GtkWindow        *parent,
                                  const char       *uri);

G_END_DECLS
