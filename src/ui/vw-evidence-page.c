/* vw-evidence-page.c: Evidence & Cases, the verification of this case and the reference cases
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-evidence-page"

#include <glib/gi18n.h>

#include "vw-cases-view.h"
#include "vw-evidence-page.h"
#include "vw-verification-view.h"

struct _VwEvidencePage
{
  VwPage        parent_instance;

  AdwViewStack *stack;
  GtkWidget    *verification;
  GtkWidget    *cases;
};

G_DEFINE_FINAL_TYPE (VwEvidencePage, vw_evidence_page, VW_TYPE_PAGE)

static void
vw_evidence_page_bind (VwPage      *page,
                       VwDocument  *document,
                       VwCaseModel *case_model)
{
  VwEvidencePage *self = VW_EVIDENCE_PAGE (page);

  vw_verification_view_set_case (VW_VERIFICATION_VIEW (self->verification), document, case_model);
  vw_cases_view_set_document (VW_CASES_VIEW (self->cases), document);
}

static void
vw_evidence_page_class_init (VwEvidencePageClass *klass)
{
  VW_PAGE_CLASS (klass)->bind = vw_evidence_page_bind;
}

/* A view of the page: scrolled, clamped to a readable width. */
static GtkWidget *
scrolled_clamp_new (GtkWidget *child)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1100);
  gtk_widget_set_margin_top (child, 24);
  gtk_widget_set_margin_bottom (child, 24);
  gtk_widget_set_margin_start (child, 12);
  gtk_widget_set_margin_end (child, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), child);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  return scrolled;
}

static void
vw_evidence_page_init (VwEvidencePage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *switcher = adw_view_switcher_new ();
  AdwViewStackPage *page;

  self->stack = ADW_VIEW_STACK (adw_view_stack_new ());
  self->verification = vw_verification_view_new ();
  page = adw_view_stack_add_titled (self->stack, scrolled_clamp_new (self->verification),
                                    "verification", _("Verification"));
  adw_view_stack_page_set_icon_name (page, "emblem-ok-symbolic");
  self->cases = vw_cases_view_new ();
  page = adw_view_stack_add_titled (self->stack, scrolled_clamp_new (self->cases),
                                    "cases", _("Reference Cases"));
  adw_view_stack_page_set_icon_name (page, "system-search-symbolic");

  adw_view_switcher_set_policy (ADW_VIEW_SWITCHER (switcher), ADW_VIEW_SWITCHER_POLICY_WIDE);
  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (switcher), self->stack);
  gtk_widget_set_halign (switcher, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (switcher, 12);
  gtk_box_append (GTK_BOX (box), switcher);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
vw_evidence_page_new (void)
{
  return g_object_new (VW_TYPE_EVIDENCE_PAGE, NULL);
}

GtkWidget *
vw_evidence_page_get_cases_view (VwEvidencePage *self)
{
  g_return_val_if_fail (VW_IS_EVIDENCE_PAGE (self), NULL);

  return self->cases;
}

/* Shows "verification" or "cases". */
void
vw_evidence_page_show_view (VwEvidencePage *self,
                            const char     *name)
{
  g_return_if_fail (VW_IS_EVIDENCE_PAGE (self));

  adw_view_stack_set_visible_child_name (self->stack, name);
}

GtkWidget *
vw_evidence_page_get_verification_view (VwEvidencePage *self)
{
  g_return_val_if_fail (VW_IS_EVIDENCE_PAGE (self), NULL);

  return self->verification;
}
