/* vw-case-figures.h: one figure of a case (a variable of the offer), read and written for people
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-case-model.h"
#include "vw-format.h"

G_BEGIN_DECLS

const char *vw_case_figures_offer      (VwCaseModel          *cm);
const char *vw_case_figures_reference  (VwCaseModel          *cm);
int         vw_case_figures_alternative_index (VwCaseModel    *cm,
                                        const char           *alternative);
const char *vw_case_figures_input_key  (VwCaseModel          *cm,
                                        VwVariable           *variable);
gboolean    vw_case_figures_get        (VwCaseModel          *cm,
                                        const char           *variable,
                                        const char           *alternative,
                                        double               *value);
char       *vw_case_figures_format     (VwCaseModel          *cm,
                                        const char           *variable,
                                        const char           *alternative,
                                        const VwNumberLocale *locale,
                                        VwFormatFlags         flags);
char       *vw_case_figures_format_as  (VwCaseModel          *cm,
                                        const char           *unit_of,
                                        double                value,
                                        const VwNumberLocale *locale,
                                        VwFormatFlags         flags);

G_END_DECLS
