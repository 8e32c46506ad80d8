/* vw-io-error.h: errors of reading and writing value cases
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VW_IO_ERROR (vw_io_error_quark ())

typedef enum
{
  VW_IO_ERROR_TOO_LARGE,     /* above the size cap, or too many items */
  VW_IO_ERROR_NOT_A_CASE,    /* not XML, gzip, wrong root element, wrong namespace */
  VW_IO_ERROR_FORBIDDEN,     /* a DOCTYPE, entities, XInclude: never in our files */
  VW_IO_ERROR_MALFORMED,     /* not well-formed XML, truncated, invalid UTF-8 */
  VW_IO_ERROR_INVALID,       /* well-formed but not a valid value case */
  VW_IO_ERROR_CONFLICT,      /* the file changed on disk since it was opened */
  VW_IO_ERROR_WRITE,         /* the file could not be written */
  VW_IO_ERROR_READ,          /* the file could not be read */
} VwIoError;

GQuark vw_io_error_quark (void);

G_END_DECLS
