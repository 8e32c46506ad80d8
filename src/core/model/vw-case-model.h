/* vw-case-model.h: a value case compiled into the calculation engine, kept current
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   VwCaseModel *cm = vw_case_model_new (doc);           // follows doc's notifications
 *   vw_case_model_set_scenario (cm, "conservative", &error);
 *   vw_case_model_set_override (cm, "fuel_price", NULL, 40, &error);   // --set fuel_price=40
 *   vw_case_model_evaluate (cm);                         // compiles the first time
 *   vw_case_model_get_value (cm, "lcoe", "engine_plant", &value);
 *
 * An input changed in the document (vw_document_set_input) re-evaluates only what depends on
 * it; a formula, a variable, an alternative or the horizon changed recompiles the model on the
 * next evaluation. The effective input of a variable × alternative is, first match wins: a
 * session override (--set), the active scenario's override, the document's input, the
 * template default, 0 (an empty input reads as 0, as an empty cell does in a spreadsheet;
 * vw_case_model_get_missing_inputs() names them).
 */

#pragma once

#include <gio/gio.h>

#include "vw-document.h"
#include "vw-model.h"
#include "vw-monte-carlo.h"

G_BEGIN_DECLS

#define VW_CASE_MODEL_ERROR (vw_case_model_error_quark ())

typedef enum
{
  VW_CASE_MODEL_ERROR_UNKNOWN_VARIABLE,
  VW_CASE_MODEL_ERROR_UNKNOWN_ALTERNATIVE,
  VW_CASE_MODEL_ERROR_NOT_AN_INPUT,
  VW_CASE_MODEL_ERROR_UNKNOWN_SCENARIO,
  VW_CASE_MODEL_ERROR_INVALID_DISTRIBUTION,
} VwCaseModelError;

/* Monte Carlo statistics of one output (variable × alternative), non-exceedance, type 7. */
typedef struct
{
  int      var;          /* index into the document's variables */
  int      alt;          /* index into the document's alternatives */
  guint    n_valid;      /* draws whose output is a number */
  double   mean;
  double   p10, p50, p90;
  double   min, max;     /* equal when no uncertain input moves this output */
} VwCaseOutputStats;

typedef struct
{
  guint              n_draws;
  guint64            seed;
  guint              n_dists;    /* uncertain inputs (one per alternative for a factor) */
  VwCaseOutputStats *outputs;
  guint              n_outputs;
  double            *samples;    /* output o's n_valid draws start at o × n_draws; ascending
                                  * once vw_case_monte_carlo_get_sorted() returned them */
  guint8            *sorted;     /* private: per output, whether its draws are sorted yet */
} VwCaseMonteCarlo;

/* Where an input's effective value comes from, first match wins (see above). */
typedef enum
{
  VW_INPUT_MISSING,        /* nothing: reads as 0 */
  VW_INPUT_FROM_TEMPLATE,  /* the template's default */
  VW_INPUT_FROM_DOCUMENT,  /* entered in the case */
  VW_INPUT_FROM_SCENARIO,  /* the active scenario's override */
  VW_INPUT_FROM_SESSION,   /* a session override (--set) */
} VwInputOrigin;

#define VW_TYPE_CASE_MODEL (vw_case_model_get_type ())

G_DECLARE_FINAL_TYPE (VwCaseModel, vw_case_model, VW, CASE_MODEL, GObject)

GQuark        vw_case_model_error_quark        (void);

VwCaseModel  *vw_case_model_new                (VwDocument     *document);
VwCaseModel  *vw_case_model_new_copy           (VwCaseModel    *self);
VwDocument   *vw_case_model_get_document       (VwCaseModel    *self);

gboolean      vw_case_model_set_scenario       (VwCaseModel    *self,
                                                const char     *scenario,
                                                GError        **error);
const char   *vw_case_model_get_scenario       (VwCaseModel    *self);
gboolean      vw_case_model_set_override       (VwCaseModel    *self,
                                                const char     *variable,
                                                const char     *alternative,
                                                double          value,
                                                GError        **error);
void          vw_case_model_clear_overrides    (VwCaseModel    *self);

guint         vw_case_model_evaluate           (VwCaseModel    *self);
gboolean      vw_case_model_get_value          (VwCaseModel    *self,
                                                const char     *variable,
                                                const char     *alternative,
                                                VwValue        *out);
void          vw_case_model_get_value_at       (VwCaseModel    *self,
                                                guint           variable,
                                                guint           alternative,
                                                VwValue        *out);
double        vw_case_model_get_effective_input (VwCaseModel   *self,
                                                guint           variable,
                                                guint           alternative);
VwInputOrigin vw_case_model_get_input_origin   (VwCaseModel    *self,
                                                guint           variable,
                                                guint           alternative,
                                                double         *value);

guint         vw_case_model_get_n_variables    (VwCaseModel    *self);
guint         vw_case_model_get_n_alternatives (VwCaseModel    *self);
VwVariable   *vw_case_model_get_variable       (VwCaseModel    *self,
                                                guint           index);
VwAlternative *vw_case_model_get_alternative   (VwCaseModel    *self,
                                                guint           index);
GPtrArray    *vw_case_model_get_missing_inputs (VwCaseModel    *self);

VwModel      *vw_case_model_get_model          (VwCaseModel    *self);
VwEvalContext *vw_case_model_get_context       (VwCaseModel    *self);
int           vw_case_model_get_engine_index   (VwCaseModel    *self,
                                                guint           variable);
guint         vw_case_model_get_n_compiles     (VwCaseModel    *self);

VwModel      *vw_case_model_build_model        (VwCaseModel    *self);
GArray       *vw_case_model_get_distributions  (VwCaseModel    *self,
                                                GError        **error);
guint         vw_case_model_get_mc_draws       (VwCaseModel    *self);
guint64       vw_case_model_get_mc_seed        (VwCaseModel    *self);
VwCaseMonteCarlo *vw_case_model_run_monte_carlo (VwCaseModel   *self,
                                                guint           n_draws,
                                                guint64         seed,
                                                GCancellable   *cancellable,
                                                GError        **error);
VwCaseMonteCarlo *vw_case_model_run_monte_carlo_full (VwCaseModel *self,
                                                guint           n_draws,
                                                guint64         seed,
                                                VwProgressFunc  progress,
                                                gpointer        user_data,
                                                GCancellable   *cancellable,
                                                GError        **error);
const double *vw_case_monte_carlo_get_sorted   (const VwCaseMonteCarlo *mc,
                                                guint           output);
void          vw_case_monte_carlo_free         (VwCaseMonteCarlo *mc);
VwMonteCarloResult *vw_case_model_run_monte_carlo_samples (VwCaseModel  *self,
                                                guint           variable,
                                                guint           alternative,
                                                guint           n_draws,
                                                guint64         seed,
                                                GCancellable   *cancellable,
                                                GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwCaseMonteCarlo, vw_case_monte_carlo_free)

G_END_DECLS
