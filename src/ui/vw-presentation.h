/* vw-presentation.h: a meeting with the customer: the case, its customer projection, and what
 * the meeting changed
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-case-model.h"
#include "vw-document.h"

G_BEGIN_DECLS

/* One line of "what changed": an input (before → after) or a KPI (before → after, effect). */
typedef struct
{
  gboolean  is_kpi;
  char     *key;      /* stable identity: "input:VARIABLE@ALTERNATIVE" or "kpi:KPI" */
  char     *label;    /* "Unplanned downtime", "Overall equipment effectiveness" */
  char     *before;   /* formatted in the presenter's locale */
  char     *after;
  char     *effect;   /* KPIs: the signed change, "+2.1%"; NULL for inputs */
  gboolean  changed;
} VwMeetingChange;

#define VW_TYPE_PRESENTATION (vw_presentation_get_type ())

G_DECLARE_FINAL_TYPE (VwPresentation, vw_presentation, VW, PRESENTATION, GObject)

VwPresentation *vw_presentation_new                  (VwDocument     *document,
                                                      VwCaseModel    *case_model);
VwDocument     *vw_presentation_get_document         (VwPresentation *self);
VwCaseModel    *vw_presentation_get_case_model       (VwPresentation *self);
const char     *vw_presentation_get_audience         (VwPresentation *self);
gboolean        vw_presentation_set_audience         (VwPresentation *self,
                                                      const char     *audience);
VwDocument     *vw_presentation_get_projection       (VwPresentation *self);
VwCaseModel    *vw_presentation_get_projection_model (VwPresentation *self);
gboolean        vw_presentation_set_override         (VwPresentation *self,
                                                      const char     *variable,
                                                      const char     *alternative,
                                                      double          value,
                                                      GError        **error);
gboolean        vw_presentation_get_start_input      (VwPresentation *self,
                                                      const char     *variable,
                                                      const char     *alternative,
                                                      double         *value);
gboolean        vw_presentation_input_changed        (VwPresentation *self,
                                                      const char     *variable);
GPtrArray      *vw_presentation_list_changes         (VwPresentation *self);
VwSnapshot     *vw_presentation_end                  (VwPresentation *self,
                                                      GError        **error);
gboolean        vw_presentation_get_ended            (VwPresentation *self);

G_END_DECLS
