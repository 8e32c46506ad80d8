/* vw-case-repository.h: the case repository, SQLite + FTS5 (docs/cases.md)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Threads: every function may be called from any thread. Writes (add, remove, import, seed)
 * are serialized on the repository's one write connection; reads (get, count, search,
 * benchmark, export) each borrow a read connection of their own from a small pool, so a
 * search never waits for an import (WAL: it sees the data as of the last commit). The GUI
 * uses the *_async() variants, which run in a GTask thread and never block the main loop.
 */

#pragma once

#include <gio/gio.h>

#include "vw-case-error.h"
#include "vw-case-figure.h"
#include "vw-case-industry.h"
#include "vw-case-promotion.h"
#include "vw-case-search-results.h"
#include "vw-case-tag.h"
#include "vw-reference-case.h"

G_BEGIN_DECLS

/* The schema version this build writes; older databases are migrated when opened. */
#define VW_CASE_SCHEMA_VERSION 3

/* Bundles (.vwcases) above this size are refused before parsing. */
#define VW_CASE_BUNDLE_MAX_BYTES (512 * 1024 * 1024)

typedef enum
{
  VW_CASE_OPEN_DEFAULT   = 0,       /* read-write, created (with its folder) when missing */
  VW_CASE_OPEN_READ_ONLY = 1 << 0,  /* an existing database, never changed nor migrated */
  VW_CASE_OPEN_CHECK     = 1 << 1,  /* also check every page (quick_check) and the full-text
                                     * index: for databases from elsewhere */
} VwCaseOpenFlags;

typedef struct
{
  const char *text;       /* what the user typed; words are ANDed, the last one is a prefix
                           * ("maint" finds "maintenance"); NULL or "" matches every case */
  const char *industry;   /* facet filters: a tag key, or NULL for any */
  const char *element;
  const char *kpi;
  const char *dimension;
  guint       limit;      /* hits per page; 0 means 20, at most 500 */
  guint       offset;
} VwCaseQuery;

typedef enum
{
  VW_CASE_MEASURE_IMPROVEMENT,  /* vw_case_figure_improvement(): 0.38 = 38 % better */
  VW_CASE_MEASURE_REALIZED,     /* the realized value itself, in the KPI's unit */
} VwCaseMeasure;

typedef struct
{
  guint   n_cases;   /* verified cases that have the KPI (one figure per case: its latest) */
  double  median;
  double  p10;       /* type 7 quantiles, as the engine's Monte Carlo statistics */
  double  p90;
  char   *unit;      /* the KPI's unit (most frequent), for MEASURE_REALIZED */
  char   *kpi_name;  /* the KPI's name (most frequent) */
} VwCaseBenchmark;

void     vw_case_benchmark_clear (VwCaseBenchmark *benchmark);

typedef struct
{
  guint      added;
  guint      duplicates;   /* already in the repository (same id): skipped */
  /* (element-type utf8): the uids added, in order */
  GPtrArray *added_uids;
} VwCaseImportReport;

void     vw_case_import_report_clear (VwCaseImportReport *report);

#define VW_TYPE_CASE_REPOSITORY (vw_case_repository_get_type ())

G_DECLARE_FINAL_TYPE (VwCaseRepository, vw_case_repository, VW, CASE_REPOSITORY, GObject)

/* $XDG_DATA_HOME/value-workbench/cases.sqlite */
char                *vw_case_repository_default_path   (void);

/* Opens (creating or migrating it) the database at @path, safely: defensive mode,
 * trusted_schema=OFF, WAL, synchronous=FULL, foreign keys. A file that is not a case
 * repository, is damaged (quick_check) or holds anything our schema does not (a trigger, a
 * view, an unknown table) is refused with VW_CASE_ERROR_NOT_A_DATABASE and left unchanged. */
VwCaseRepository    *vw_case_repository_open           (const char          *path,
                                                        VwCaseOpenFlags      flags,
                                                        GError             **error);
const char          *vw_case_repository_get_path       (VwCaseRepository    *self);
int                  vw_case_repository_get_schema_version (VwCaseRepository *self);

guint                vw_case_repository_count          (VwCaseRepository    *self,
                                                        GError             **error);

/* Stores @reference_case (vw_reference_case_validate() first). VW_CASE_ERROR_DUPLICATE when
 * the repository already has its uid. On success the case gets its added time. */
gboolean             vw_case_repository_add            (VwCaseRepository    *self,
                                                        VwReferenceCase     *reference_case,
                                                        GError             **error);
VwReferenceCase     *vw_case_repository_get            (VwCaseRepository    *self,
                                                        const char          *uid,
                                                        GError             **error);
gboolean             vw_case_repository_remove         (VwCaseRepository    *self,
                                                        const char          *uid,
                                                        GError             **error);

/* Full-text search (FTS5, bm25: title weighs most, then tags, summary, story) with
 * highlighted snippets, and facet counts over every match. */
VwCaseSearchResults *vw_case_repository_search         (VwCaseRepository    *self,
                                                        const VwCaseQuery   *query,
                                                        GCancellable        *cancellable,
                                                        GError             **error);
void                 vw_case_repository_search_async   (VwCaseRepository    *self,
                                                        const VwCaseQuery   *query,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
VwCaseSearchResults *vw_case_repository_search_finish  (VwCaseRepository    *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);

/* Benchmark defaults for an input: median and P10–P90 of a KPI (by its key) over the verified
 * cases of an industry (NULL: every industry). VW_CASE_ERROR_NO_DATA when no case has it. */
gboolean             vw_case_repository_benchmark      (VwCaseRepository    *self,
                                                        const char          *industry,
                                                        const char          *kpi_key,
                                                        VwCaseMeasure        measure,
                                                        VwCaseBenchmark     *benchmark,
                                                        GError             **error);

/* Imports a bundle (.vwcases), a value case (.vwb: promoted with @options, which may be
 * NULL), or another case repository (.sqlite, validated and opened read-only). Cases already
 * present are counted as duplicates and skipped. All or nothing: on error nothing changed. */
gboolean             vw_case_repository_import_file    (VwCaseRepository    *self,
                                                        GFile               *file,
                                                        const VwCasePromotionOptions *options,
                                                        VwCaseImportReport  *report,
                                                        GCancellable        *cancellable,
                                                        GError             **error);
void                 vw_case_repository_import_file_async  (VwCaseRepository *self,
                                                            GFile            *file,
                                                            GCancellable     *cancellable,
                                                            GAsyncReadyCallback callback,
                                                            gpointer          user_data);
/* Returns the number of cases added (@duplicates: skipped), or -1 with @error. */
int                  vw_case_repository_import_file_finish (VwCaseRepository *self,
                                                            GAsyncResult     *result,
                                                            guint            *duplicates,
                                                            GError          **error);
/* Imports cases given in memory (the bench, the sample generator), in one transaction. */
gboolean             vw_case_repository_add_many       (VwCaseRepository    *self,
                                                        GPtrArray           *reference_cases,
                                                        VwCaseImportReport  *report,
                                                        GCancellable        *cancellable,
                                                        GError             **error);

/* Writes a bundle with the cases @uids (NULL: every case), atomically. */
gboolean             vw_case_repository_export_bundle  (VwCaseRepository    *self,
                                                        GFile               *file,
                                                        const char * const  *uids,
                                                        guint               *n_exported,
                                                        GCancellable        *cancellable,
                                                        GError             **error);

/* First use: imports the installed sample repository once (remembered in the database, so a
 * user who deletes the samples does not get them back). @bundle: NULL for the installed one
 * (PKGDATADIR/cases/samples.vwcases). @n_added may be NULL. */
gboolean             vw_case_repository_seed_samples   (VwCaseRepository    *self,
                                                        GFile               *bundle,
                                                        guint               *n_added,
                                                        GError             **error);

G_END_DECLS
