/* vw-number.h: numbers in files, locale-independent, strict, and bit-exact
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  VW_NUMBER_OK,
  VW_NUMBER_SYNTAX,     /* not digits with a dot: "12,5", "NaN", " 12", "0x1p3" */
  VW_NUMBER_TOO_LARGE,  /* beyond ±1.8e308 */
  VW_NUMBER_TOO_SMALL,  /* so close to zero that it cannot be stored */
} VwNumberStatus;

VwNumberStatus vw_number_parse  (const char *text,
                                 double     *value);
char          *vw_number_format (double      value);
void           vw_number_format_buf (double  value,
                                     char   *buf,
                                     gsize   size);

#define VW_NUMBER_BUF_SIZE 40

G_END_DECLS
