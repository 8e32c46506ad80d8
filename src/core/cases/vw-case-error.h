/* vw-case-error.h: the errors of the case repository
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VW_CASE_ERROR (vw_case_error_quark ())

/* Every message is in a seller's words and names the file when there is one. */
typedef enum
{
  VW_CASE_ERROR_FAILED,         /* SQLite failed (disk full, locked too long…) */
  VW_CASE_ERROR_NOT_A_DATABASE, /* not a case repository, or damaged, or hostile */
  VW_CASE_ERROR_NEWER_VERSION,  /* written by a newer Value Workbench */
  VW_CASE_ERROR_READ_ONLY,      /* opened read-only */
  VW_CASE_ERROR_INVALID_BUNDLE, /* a .vwcases file that is damaged or hostile */
  VW_CASE_ERROR_NOT_VERIFIED,   /* promotion: the case has no realized value */
  VW_CASE_ERROR_INVALID,        /* a reference case or query argument is not acceptable */
  VW_CASE_ERROR_DUPLICATE,      /* the repository already holds this case */
  VW_CASE_ERROR_NOT_FOUND,      /* no case with this id */
  VW_CASE_ERROR_NO_DATA,        /* benchmark: no verified figure to compute it from */
} VwCaseError;

GQuark vw_case_error_quark (void);

G_END_DECLS
