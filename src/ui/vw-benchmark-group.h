/* vw-benchmark-group.h: benchmark defaults from the case repository, to set an input
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-case-repository.h"
#include "vw-document.h"

G_BEGIN_DECLS

#define VW_TYPE_BENCHMARK_GROUP (vw_benchmark_group_get_type ())

G_DECLARE_FINAL_TYPE (VwBenchmarkGroup, vw_benchmark_group, VW, BENCHMARK_GROUP,
                      AdwPreferencesGroup)

GtkWidget *vw_benchmark_group_new          (void);
void       vw_benchmark_group_set_document (VwBenchmarkGroup   *self,
                                            VwDocument         *document);
void       vw_benchmark_group_update       (VwBenchmarkGroup   *self,
                                            VwCaseRepository   *repository,
                                            const char         *industry,
                                            const char * const *kpi_keys);
gboolean   vw_benchmark_group_get_busy     (VwBenchmarkGroup   *self);
gboolean   vw_benchmark_group_apply        (VwBenchmarkGroup   *self,
                                            guint               index,
                                            const char         *variable_id);

G_END_DECLS
