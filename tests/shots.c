#include "config.h"
#include <glib/gstdio.h>
#include "desk-application.h"
#include "desk-case-editor.h"
#include "desk-client-editor.h"
#include "desk-volunteer-editor.h"
#include "desk-mentorship-page.h"
#include "desk-pairing-window.h"
#include "desk-store-mentorship.h"
#include "desk-demo.h"
#include "desk-window.h"
#include "desk-page.h"
#include "desk-ui-test.h"

int main (int argc, char **argv)
{
  desk_test_init (&argc, &argv);
  DeskApplication *app = desk_test_application_new ();
  g_autofree char *dir = g_dir_make_tmp ("shots-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(GError) error = NULL;
  DeskStore *s0 = desk_store_open (path, &error);
  DeskDemoOptions o = {0}; o.n_cases = 300; o.seed = 5; o.n_mentors = 20; o.n_mentees = 40; desk_demo_resolve_options (&o);
  g_assert_true (desk_demo_generate (s0, &o, NULL, NULL, NULL, &error));
  g_object_unref (s0);
  g_assert_true (desk_application_open_database (app, path));
  DeskWindow *window = desk_application_get_window (app);
  gtk_window_present (GTK_WINDOW (window));
  desk_test_resize (GTK_WIDGET (window), 1280, 800);
  DeskStore *store = desk_window_get_store (window);
  const char *which = g_getenv ("SHOT");
  if (g_strcmp0 (which, "window") == 0) {
    desk_window_set_page (window, "cases");
    desk_test_save_pngs (GTK_WIDGET (window), "shot-cases", TRUE);
    desk_window_set_page (window, "deadlines");
    desk_test_save_pngs (GTK_WIDGET (window), "shot-deadlines", TRUE);
    desk_window_set_page (window, "clients");
    desk_test_save_pngs (GTK_WIDGET (window), "shot-clients", FALSE);
  }
  if (g_strcmp0 (which, "client") == 0) {
    g_autoptr(DeskClient) c = desk_store_get_client (store, 3, &error);
    DeskClientEditor *e = desk_client_editor_open (GTK_WINDOW (window), store, c);
    desk_test_save_pngs (GTK_WIDGET (e), "shot-client-editor", FALSE);
    DeskClientEditor *n = desk_client_editor_open (GTK_WINDOW (window), store, NULL);
    desk_test_wait_until_drawn (GTK_WIDGET (n));
    desk_editor_save (DESK_EDITOR (n));
    desk_test_save_pngs (GTK_WIDGET (n), "shot-client-new-save", FALSE);
  }
  if (g_strcmp0 (which, "case") == 0) {
    g_autoptr(DeskCase) k = desk_store_get_case (store, 7, &error);
    DeskCaseEditor *e = desk_case_editor_open (GTK_WINDOW (window), store, k);
    desk_test_save_pngs (GTK_WIDGET (e), "shot-case-details", FALSE);
    const char *tabs[] = {"parties","deadlines","notes","time","documents"};
    for (int i = 0; i < 5; i++) {
      g_autofree char *n = g_strdup_printf ("shot-case-%s", tabs[i]);
      desk_case_editor_set_page (e, tabs[i]);
      desk_test_save_pngs (GTK_WIDGET (e), n, FALSE);
    }
    desk_case_editor_set_page (e, "details");
    DeskCaseMoveDialog *d = desk_case_editor_move (e, DESK_CASE_STATUS_CLOSED);
    if (d) { desk_test_save_pngs (GTK_WIDGET (d), "shot-move-close", FALSE);
      desk_case_move_dialog_confirm (d); 
      if (GTK_IS_WIDGET (d)) desk_test_save_pngs (GTK_WIDGET (d), "shot-move-close-problems", FALSE); }
  }
  if (g_strcmp0 (which, "volunteers") == 0) {
    desk_window_set_page (window, "volunteers");
    desk_test_save_pngs (GTK_WIDGET (window), "shot-volunteers", TRUE);
    g_autoptr(DeskVolunteer) v = desk_store_get_volunteer (store, 2, &error);
    DeskVolunteerEditor *e = desk_volunteer_editor_open (GTK_WINDOW (window), store, v);
    desk_test_save_pngs (GTK_WIDGET (e), "shot-volunteer-editor", TRUE);
    DeskVolunteerEditor *n = desk_volunteer_editor_open (GTK_WINDOW (window), store, NULL);
    desk_test_wait_until_drawn (GTK_WIDGET (n));
    desk_editor_save (DESK_EDITOR (n));
    desk_test_save_pngs (GTK_WIDGET (n), "shot-volunteer-new-save", FALSE);
  }
  if (g_strcmp0 (which, "board") == 0) {
    desk_window_set_page (window, "mentorship");
    GtkWidget *page = desk_window_get_page_widget (window, "mentorship");
    desk_test_save_pngs (GTK_WIDGET (window), "shot-board-before", TRUE);
    gtk_widget_activate_action (page, "board.suggest", NULL);
    while (desk_mentorship_page_get_busy (DESK_MENTORSHIP_PAGE (page))) g_main_context_iteration (NULL, TRUE);
    for (int i = 0; i < 20; i++) g_main_context_iteration (NULL, FALSE);
    g_message ("count: %s", desk_mentorship_page_get_count_text (DESK_MENTORSHIP_PAGE (page)));
    desk_test_save_pngs (GTK_WIDGET (window), "shot-board", TRUE);
    g_autoptr(GListModel) ps = desk_store_list_pairings (store, NULL, &error);
    for (guint i = 0; i < g_list_model_get_n_items (ps); i++) {
      g_autoptr(DeskPairing) p = g_list_model_get_item (ps, i);
      if (desk_pairing_get_status (p) == DESK_PAIRING_ACTIVE) {
        DeskPairingWindow *w = desk_pairing_window_open (GTK_WINDOW (window), store, p);
        desk_test_save_pngs (GTK_WIDGET (w), "shot-pairing", TRUE);
        break;
      }
    }
  }
  return 0;
}
