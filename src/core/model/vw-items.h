/* vw-items.h: every item type of a value case
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-item.h"
#include "vw-meta.h"
#include "vw-alternative.h"
#include "vw-stakeholder.h"
#include "vw-statement.h"
#include "vw-kpi.h"
#include "vw-value-element.h"
#include "vw-variable.h"
#include "vw-scenario.h"
#include "vw-verification.h"
#include "vw-snapshot.h"
#include "vw-vision-criterion.h"
