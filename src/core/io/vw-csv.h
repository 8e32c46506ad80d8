/* vw-csv.h: the inputs of a case as a spreadsheet (CSV), in the user's locale
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-document.h"

G_BEGIN_DECLS

#define VW_CSV_ERROR (vw_csv_error_quark ())

typedef enum
{
  VW_CSV_ERROR_HEADER,
  VW_CSV_ERROR_UNKNOWN_INPUT,
  VW_CSV_ERROR_NOT_A_NUMBER,
  VW_CSV_ERROR_TOO_LARGE,
} VwCsvError;

/* One input the import would change: the preview lists these before anything is applied. */
typedef struct
{
  char     *variable;
  char     *alternative;  /* "" = every alternative */
  gboolean  had_value;
  double    old_value;
  double    new_value;
  guint     line;
} VwCsvChange;

GQuark     vw_csv_error_quark      (void);
void       vw_csv_change_free      (VwCsvChange  *change);

gboolean   vw_number_parse_locale  (const char   *text,
                                    double       *value);
char      *vw_number_format_locale (double        value);

void       vw_csv_append_cell      (GString      *out,
                                    const char   *text,
                                    char          sep);
char      *vw_csv_export_inputs    (VwDocument   *document,
                                    gboolean      for_customer,
                                    gsize        *length);
GPtrArray *vw_csv_read_inputs      (VwDocument   *document,
                                    const char   *data,
                                    gsize         length,
                                    GError      **error);
gboolean   vw_csv_apply            (VwDocument   *document,
                                    GPtrArray    *changes);

G_END_DECLS
