/* vw-window-private.h: what the parts of VwWindow share (vw-window*.c)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-case-model.h"
#include "vw-document.h"
#include "vw-page.h"
#include "vw-settings.h"
#include "vw-window.h"

G_BEGIN_DECLS

struct _VwWindow
{
  AdwApplicationWindow  parent_instance;

  VwSettings           *settings;
  gboolean              has_case;

  /* The case shown, NULL on the start screen. */
  VwDocument           *document;
  VwCaseModel          *case_model;       /* compiled from document, shared by the pages */
  GCancellable         *load_cancellable;
  GCancellable         *save_cancellable;
  guint                 changes;          /* counts edits, so a save knows what it wrote */
  gboolean              saving;
  gboolean              close_confirmed;  /* the user chose Discard, or the save finished */
  gboolean              quit_after_save;  /* Save in the close dialog: close when done */

  /* Drafts: written autosave-delay seconds after the last change, at most 30 s apart. */
  guint                 draft_source;
  gint64                first_unwritten_change;
  gboolean              draft_writing;

  /* Changes on disk by another program, while the case is open. */
  GFileMonitor         *monitor;
  GCancellable         *monitor_cancellable;
  gboolean              changed_on_disk;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkButton            *back_button;
  AdwSplitButton       *open_button;
  GMenu                *history_section;
  GtkButton            *undo_button;
  GtkButton            *redo_button;
  GtkStack             *main_stack;
  AdwStatusPage        *loading_page;
  GtkRevealer          *notice_revealer;
  GtkLabel             *notice_label;
  GtkImage             *notice_icon;
  GtkButton            *keep_button;
  GtkButton            *reload_button;
  AdwLeaflet           *leaflet;
  GtkLabel             *sidebar_title;
  GtkLabel             *sidebar_subtitle;
  GtkListBox           *sidebar_list;
  AdwViewStack         *view_stack;
};

int      vw_window_page_index           (const char     *name);
void     vw_window_bind_pages           (VwWindow       *self);
void     vw_window_set_has_case         (VwWindow       *self,
                                         gboolean        has_case);
void     vw_window_recent_init          (VwWindow       *self);
void     vw_window_open_in_place        (VwWindow       *self,
                                         GFile          *file);
void     vw_window_show_notice          (VwWindow       *self,
                                         const char     *message);
void     vw_window_monitor_start        (VwWindow       *self);
void     vw_window_monitor_stop         (VwWindow       *self);
void     vw_window_reload               (VwWindow       *self);
void     vw_window_keep_mine            (VwWindow       *self);
void     vw_window_cancel_open          (VwWindow       *self);
void     vw_window_start_load           (VwWindow       *self,
                                         GFile          *file);
void     vw_window_class_actions_init   (GtkWidgetClass *widget_class);
void     vw_window_actions_update       (VwWindow       *self);
void     vw_window_update_title         (VwWindow       *self);
void     vw_window_set_document         (VwWindow       *self,
                                         VwDocument     *document);
void     vw_window_save_async           (VwWindow       *self,
                                         GFile          *file,
                                         gboolean        overwrite_changes);
void     vw_window_save_as              (VwWindow       *self);
gboolean vw_window_confirm_close        (VwWindow       *self);
char    *vw_window_get_display_name     (VwWindow       *self);
void     vw_window_add_recent           (GFile          *file);
VwDocument *vw_window_copy_document     (VwDocument     *document,
                                         GError        **error);
void     vw_window_show_error           (VwWindow       *self,
                                         const char     *heading,
                                         const char     *body);
void     vw_window_remove_draft         (VwWindow       *self);
void     vw_window_drafts_dispose       (VwWindow       *self);
void     vw_window_schedule_draft       (VwWindow       *self);

G_END_DECLS
