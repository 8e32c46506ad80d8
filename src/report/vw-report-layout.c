/* vw-report-layout.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two passes: paginate() lays every block out once and records where each piece goes
 * (a placement: page, y, and the rows or lines of the block it holds); draw_page() paints
 * the placements of one page. Measuring uses our own Pango context at 72 dpi with hinting
 * off, so the text breaks the same on every surface the page is later drawn on.
 */

#define G_LOG_DOMAIN "vw-report-layout"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "vw-chart-painter.h"
#include "vw-report-layout.h"
#include "vw-report-private.h"

#define FONT_FAMILY    "Sans"
#define MARGIN_X       54.0
#define MARGIN_TOP     70.0
#define MARGIN_BOTTOM  66.0
#define CELL_PAD_X     4.0
#define CELL_PAD_Y     3.2
#define BLOCK_GAP      7.0
#define FIGURE_GAP     8.0
#define CHART_SCALE    0.82

typedef enum
{
  BLOCK_TEXT,
  BLOCK_HEADING,
  BLOCK_TABLE,
  BLOCK_CHART,
  BLOCK_FIGURES,
  BLOCK_SPACE,
  BLOCK_PAGE_BREAK,
  BLOCK_CONTENTS,
} BlockKind;

typedef struct
{
  BlockKind      kind;
  VwReportStyle  style;
  int            level;
  char          *markup;
  VwReportTable *table;
  VwChartData   *chart;
  GStrv          labels, values, notes;   /* figures */
  double         height;                  /* charts and spaces */
  PangoLayout   *layout;                  /* text and headings */
  PangoLayout  **figure_layouts;          /* 3 per figure */
  guint          n_figures;
  double        *line_tops;               /* text: the top of each line, and the bottom */
  guint          n_lines;
  int            outline;                 /* headings: index in the outline, else -1 */
} Block;

typedef struct
{
  guint  page;
  double y;
  guint  block;
  guint  first, last;   /* rows (tables) or lines (text) held here, last exclusive */
  double height;
} Placement;

struct _VwReportLayout
{
  const VwCatalog *catalog;
  double                 width, height;
  char                  *header_left, *header_right, *footer_left, *marking;
  GArray                *blocks;       /* Block */
  GArray                *placements;   /* Placement, in page order */
  GArray                *outline;      /* VwReportOutlineEntry */
  cairo_surface_t       *logo;
  guint                  n_pages;
  PangoContext          *context;
};

#define T(s) vw_catalog_translate (self->catalog, s)

static void
block_clear (Block *b)
{
  g_free (b->markup);
  g_clear_pointer (&b->table, vw_report_table_free);
  g_clear_pointer (&b->chart, vw_chart_data_unref);
  g_strfreev (b->labels);
  g_strfreev (b->values);
  g_strfreev (b->notes);
  g_clear_object (&b->layout);
  for (guint i = 0; i < b->n_figures * 3; i++)
    g_clear_object (&b->figure_layouts[i]);
  g_free (b->figure_layouts);
  g_free (b->line_tops);
}

static void
outline_entry_clear (VwReportOutlineEntry *e)
{
  g_free (e->text);
}

gboolean
vw_report_paper_parse (const char    *text,
                       VwReportPaper *paper)
{
  if (g_strcmp0 (text, "a4") == 0 || g_strcmp0 (text, "A4") == 0)
    *paper = VW_REPORT_PAPER_A4;
  else if (g_ascii_strcasecmp (text != NULL ? text : "", "letter") == 0)
    *paper = VW_REPORT_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

VwReportLayout *
vw_report_layout_new (VwReportPaper          paper,
                      const VwCatalog *catalog)
{
  VwReportLayout *self = g_new0 (VwReportLayout, 1);
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();

  self->catalog = catalog != NULL ? catalog : vw_catalog_get ("en");
  /* ISO 216 A4 and US Letter, in points. */
  self->width = paper == VW_REPORT_PAPER_LETTER ? 612.0 : 595.2756;
  self->height = paper == VW_REPORT_PAPER_LETTER ? 792.0 : 841.8898;
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, (GDestroyNotify) block_clear);
  self->placements = g_array_new (FALSE, TRUE, sizeof (Placement));
  self->outline = g_array_new (FALSE, TRUE, sizeof (VwReportOutlineEntry));
  g_array_set_clear_func (self->outline, (GDestroyNotify) outline_entry_clear);

  self->context = pango_font_map_create_context (map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  return self;
}

void
vw_report_layout_free (VwReportLayout *self)
{
  if (self == NULL)
    return;
  g_free (self->header_left);
  g_free (self->header_right);
  g_free (self->footer_left);
  g_free (self->marking);
  g_array_unref (self->blocks);
  g_array_unref (self->placements);
  g_array_unref (self->outline);
  g_clear_object (&self->context);
  g_clear_pointer (&self->logo, cairo_surface_destroy);
  g_free (self);
}

double
vw_report_layout_get_width (VwReportLayout *self)
{
  return self->width;
}

double
vw_report_layout_get_height (VwReportLayout *self)
{
  return self->height;
}

double
vw_report_layout_get_content_width (VwReportLayout *self)
{
  return self->width - 2 * MARGIN_X;
}

void
vw_report_layout_set_running (VwReportLayout *self,
                              const char     *header_left,
                              const char     *header_right,
                              const char     *footer_left,
                              const char     *marking)
{
  g_return_if_fail (self != NULL);

  g_free (self->header_left);
  g_free (self->header_right);
  g_free (self->footer_left);
  g_free (self->marking);
  self->header_left = g_strdup (header_left);
  self->header_right = g_strdup (header_right);
  self->footer_left = g_strdup (footer_left);
  self->marking = g_strdup (marking);
}

void
vw_report_layout_set_logo (VwReportLayout  *self,
                           cairo_surface_t *logo)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->logo, cairo_surface_destroy);
  if (logo != NULL)
    self->logo = cairo_surface_reference (logo);
}

static Block *
append_block (VwReportLayout *self,
              BlockKind       kind)
{
  Block b = { 0 };

  b.kind = kind;
  b.outline = -1;
  g_array_append_val (self->blocks, b);
  return &g_array_index (self->blocks, Block, self->blocks->len - 1);
}

void
vw_report_layout_add_text (VwReportLayout *self,
                           VwReportStyle   style,
                           const char     *markup)
{
  Block *b;

  g_return_if_fail (self != NULL);
  g_return_if_fail (markup != NULL);

  b = append_block (self, BLOCK_TEXT);
  b->style = style;
  b->markup = g_strdup (markup);
}

void
vw_report_layout_add_heading (VwReportLayout *self,
                              int             level,
                              const char     *text)
{
  Block *b;

  g_return_if_fail (self != NULL);
  g_return_if_fail (level == 1 || level == 2);
  g_return_if_fail (text != NULL);

  b = append_block (self, BLOCK_HEADING);
  b->level = level;
  b->markup = g_markup_escape_text (text, -1);
}

void
vw_report_layout_add_table (VwReportLayout *self,
                            VwReportTable  *table)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (table != NULL);

  append_block (self, BLOCK_TABLE)->table = table;
}

void
vw_report_layout_add_chart (VwReportLayout *self,
                            VwChartData    *data,
                            double          height)
{
  Block *b;

  g_return_if_fail (self != NULL);
  g_return_if_fail (data != NULL);

  b = append_block (self, BLOCK_CHART);
  b->chart = vw_chart_data_ref (data);
  b->height = height;
}

/* A row of key figures, each a label, a large value and an optional note (plain text). */
void
vw_report_layout_add_figures (VwReportLayout     *self,
                              const char * const *labels,
                              const char * const *values,
                              const char * const *notes)
{
  Block *b;

  g_return_if_fail (self != NULL);
  g_return_if_fail (labels != NULL && values != NULL);
  g_return_if_fail (g_strv_length ((char **) labels) == g_strv_length ((char **) values));

  b = append_block (self, BLOCK_FIGURES);
  b->labels = g_strdupv ((char **) labels);
  b->values = g_strdupv ((char **) values);
  b->notes = notes != NULL ? g_strdupv ((char **) notes) : NULL;
  b->n_figures = g_strv_length (b->labels);
}

void
vw_report_layout_add_space (VwReportLayout *self,
                            double          points)
{
  g_return_if_fail (self != NULL);

  append_block (self, BLOCK_SPACE)->height = points;
}

void
vw_report_layout_add_page_break (VwReportLayout *self)
{
  g_return_if_fail (self != NULL);

  append_block (self, BLOCK_PAGE_BREAK);
}

/* The level-1 headings that follow, with their page numbers. */
void
vw_report_layout_add_contents (VwReportLayout *self)
{
  g_return_if_fail (self != NULL);

  append_block (self, BLOCK_CONTENTS);
}

/* ---- Measuring ---- */

static PangoLayout *
new_layout (VwReportLayout *self,
            const char     *markup,
            double          size,
            gboolean        bold,
            double          width,
            PangoAlignment  align)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, align);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

static void
style_font (VwReportStyle  style,
            double        *size,
            gboolean      *bold)
{
  *bold = FALSE;
  switch (style)
    {
    case VW_REPORT_STYLE_TITLE:    *size = 26.0; *bold = TRUE; break;
    case VW_REPORT_STYLE_SUBTITLE: *size = 14.0; break;
    case VW_REPORT_STYLE_LEAD:     *size = 11.5; break;
    case VW_REPORT_STYLE_SMALL:    *size = 8.0; break;
    case VW_REPORT_STYLE_NOTE:     *size = 7.5; break;
    case VW_REPORT_STYLE_WARNING:  *size = 9.5; *bold = TRUE; break;
    case VW_REPORT_STYLE_BODY:
    default:                       *size = 9.5; break;
    }
}

static void
measure_lines (Block *b)
{
  PangoLayoutIter *iter = pango_layout_get_iter (b->layout);
  guint n = pango_layout_get_line_count (b->layout);
  guint i = 0;

  b->n_lines = n;
  b->line_tops = g_new0 (double, n + 1);
  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if (i < n)
        b->line_tops[i] = (double) y0 / PANGO_SCALE;
      i++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  b->line_tops[n] = layout_height (b->layout);
}

static void
measure_table (VwReportLayout *self,
               VwReportTable  *t)
{
  double width = vw_report_layout_get_content_width (self);
  double total = 0, x = 0;

  for (guint c = 0; c < t->n_columns; c++)
    total += t->columns[c].weight;

  t->header_height = 0;
  for (guint c = 0; c < t->n_columns; c++)
    {
      VwReportColumn *col = &t->columns[c];

      col->x = x;
      col->width = width * col->weight / total;
      x += col->width;
      g_clear_object (&col->layout);
      col->layout = new_layout (self, col->title, 7.5, TRUE, col->width - 2 * CELL_PAD_X,
                                col->align);
      t->header_height = MAX (t->header_height, layout_height (col->layout) + 2 * CELL_PAD_Y);
    }

  for (guint r = 0; r < t->rows->len; r++)
    {
      VwReportRow *row = g_ptr_array_index (t->rows, r);
      gboolean spans = row->style == VW_REPORT_ROW_GROUP;

      for (guint c = 0; c < row->n_layouts; c++)
        g_clear_object (&row->layouts[c]);
      g_free (row->layouts);
      row->n_layouts = t->n_columns;
      row->layouts = g_new0 (PangoLayout *, t->n_columns);
      row->height = 0;
      for (guint c = 0; c < t->n_columns; c++)
        {
          double w = spans ? width : t->columns[c].width;

          if (spans && c > 0)
            break;
          row->layouts[c] = new_layout (self, row->cells[c], 8.0,
                                        row->style != VW_REPORT_ROW_NORMAL,
                                        w - 2 * CELL_PAD_X,
                                        spans ? PANGO_ALIGN_LEFT : t->columns[c].align);
          row->height = MAX (row->height, layout_height (row->layouts[c]) + 2 * CELL_PAD_Y);
        }
    }
}

static double
figure_width (VwReportLayout *self,
              Block          *b)
{
  return (vw_report_layout_get_content_width (self) - FIGURE_GAP * (b->n_figures - 1))
         / MAX (b->n_figures, 1);
}

static void
measure_figures (VwReportLayout *self,
                 Block          *b)
{
  double w = figure_width (self, b) - 16.0;

  b->figure_layouts = g_new0 (PangoLayout *, b->n_figures * 3);
  b->height = 0;
  for (guint i = 0; i < b->n_figures; i++)
    {
      g_autofree char *label = g_markup_escape_text (b->labels[i], -1);
      g_autofree char *value = g_markup_escape_text (b->values[i], -1);
      g_autofree char *note = b->notes != NULL && b->notes[i] != NULL
                              ? g_markup_escape_text (b->notes[i], -1) : g_strdup ("");
      double h;

      b->figure_layouts[3 * i] = new_layout (self, label, 7.5, FALSE, w, PANGO_ALIGN_LEFT);
      b->figure_layouts[3 * i + 1] = new_layout (self, value, 15.0, TRUE, w, PANGO_ALIGN_LEFT);
      b->figure_layouts[3 * i + 2] = new_layout (self, note, 7.0, FALSE, w, PANGO_ALIGN_LEFT);
      h = layout_height (b->figure_layouts[3 * i]) + layout_height (b->figure_layouts[3 * i + 1])
          + layout_height (b->figure_layouts[3 * i + 2]) + 20.0;
      b->height = MAX (b->height, h);
    }
}

static guint
count_contents (VwReportLayout *self)
{
  guint n = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *b = &g_array_index (self->blocks, Block, i);

      n += b->kind == BLOCK_HEADING && b->level == 1;
    }
  return n;
}

#define CONTENTS_LINE 17.0

static void
measure_block (VwReportLayout *self,
               Block          *b)
{
  double width = vw_report_layout_get_content_width (self);
  double size;
  gboolean bold;

  switch (b->kind)
    {
    case BLOCK_TEXT:
      style_font (b->style, &size, &bold);
      g_clear_object (&b->layout);
      g_clear_pointer (&b->line_tops, g_free);
      b->layout = new_layout (self, b->markup, size, bold, width, PANGO_ALIGN_LEFT);
      pango_layout_set_spacing (b->layout, (int) (size * 0.25 * PANGO_SCALE));
      measure_lines (b);
      break;
    case BLOCK_HEADING:
      g_clear_object (&b->layout);
      b->layout = new_layout (self, b->markup, b->level == 1 ? 17.0 : 11.5, TRUE, width,
                              PANGO_ALIGN_LEFT);
      b->height = layout_height (b->layout) + (b->level == 1 ? 12.0 : 5.0);
      break;
    case BLOCK_TABLE:
      measure_table (self, b->table);
      break;
    case BLOCK_FIGURES:
      measure_figures (self, b);
      break;
    case BLOCK_CONTENTS:
      b->height = 30.0 + CONTENTS_LINE * count_contents (self);
      break;
    case BLOCK_CHART:
    case BLOCK_SPACE:
    case BLOCK_PAGE_BREAK:
    default:
      break;
    }
}

/* The least of a block that must follow a heading on the same page. */
static double
first_piece_height (Block *b)
{
  switch (b->kind)
    {
    case BLOCK_TEXT:
      return b->line_tops[MIN (b->n_lines, 3)];
    case BLOCK_TABLE:
      return b->table->header_height
             + (b->table->rows->len > 0
                ? ((VwReportRow *) g_ptr_array_index (b->table->rows, 0))->height : 0);
    case BLOCK_HEADING:
      return b->height;
    default:
      return b->height;
    }
}

/* ---- Pagination ---- */

typedef struct
{
  VwReportLayout *self;
  guint           page;
  double          y;
  double          top, bottom;
  gboolean        page_empty;
} Cursor;

static void
cursor_new_page (Cursor *c)
{
  c->page++;
  c->y = c->top;
  c->page_empty = TRUE;
}

static void
place (Cursor *c,
       guint   block,
       guint   first,
       guint   last,
       double  height)
{
  Placement p = { c->page, c->y, block, first, last, height };

  g_array_append_val (c->self->placements, p);
  c->y += height;
  c->page_empty = FALSE;
}

static void
paginate_text (Cursor *c,
               guint   index,
               Block  *b)
{
  guint first = 0;

  while (first < b->n_lines)
    {
      guint last = first;

      while (last < b->n_lines &&
             c->y + b->line_tops[last + 1] - b->line_tops[first] <= c->bottom)
        last++;
      /* Never leave a single line behind (widow/orphan) unless the page is empty. */
      if (last < b->n_lines && last - first < 2 && !c->page_empty)
        {
          cursor_new_page (c);
          continue;
        }
      if (last == first)
        last = first + 1;   /* a line taller than the page: place it anyway */
      place (c, index, first, last, b->line_tops[last] - b->line_tops[first]);
      first = last;
      if (first < b->n_lines)
        cursor_new_page (c);
    }
  c->y += BLOCK_GAP;
}

static void
paginate_table (Cursor *c,
                guint   index,
                Block  *b)
{
  VwReportTable *t = b->table;
  guint first = 0;

  if (t->rows->len == 0)
    return;

  while (first < t->rows->len)
    {
      double h = t->header_height;
      guint last = first;

      while (last < t->rows->len)
        {
          VwReportRow *row = g_ptr_array_index (t->rows, last);

          if (c->y + h + row->height > c->bottom && last > first)
            break;
          if (c->y + h + row->height > c->bottom && !c->page_empty)
            break;
          h += row->height;
          last++;
        }
      /* A group heading is never the last row of a page. */
      if (last < t->rows->len && last - first > 1 &&
          ((VwReportRow *) g_ptr_array_index (t->rows, last - 1))->style == VW_REPORT_ROW_GROUP)
        {
          last--;
          h -= ((VwReportRow *) g_ptr_array_index (t->rows, last))->height;
        }
      if (last == first)
        {
          cursor_new_page (c);
          continue;
        }
      place (c, index, first, last, h);
      first = last;
      if (first < t->rows->len)
        cursor_new_page (c);
    }
  c->y += BLOCK_GAP + 3.0;
}

static void
record_outline (VwReportLayout *self,
                Block          *b,
                guint           page,
                double          y)
{
  VwReportOutlineEntry e;

  e.level = b->level;
  e.text = g_strdup (pango_layout_get_text (b->layout));
  e.page = page;
  e.y = y;
  b->outline = self->outline->len;
  g_array_append_val (self->outline, e);
}

/**
 * vw_report_layout_paginate:
 *
 * Returns: the number of pages.
 */
guint
vw_report_layout_paginate (VwReportLayout *self)
{
  Cursor c = { self, 0, MARGIN_TOP, MARGIN_TOP, 0, TRUE };

  g_return_val_if_fail (self != NULL, 0);

  c.bottom = self->height - MARGIN_BOTTOM;
  g_array_set_size (self->placements, 0);
  g_array_set_size (self->outline, 0);

  for (guint i = 0; i < self->blocks->len; i++)
    measure_block (self, &g_array_index (self->blocks, Block, i));

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *b = &g_array_index (self->blocks, Block, i);

      switch (b->kind)
        {
        case BLOCK_TEXT:
          paginate_text (&c, i, b);
          break;
        case BLOCK_TABLE:
          paginate_table (&c, i, b);
          break;
        case BLOCK_HEADING:
          {
            double need = b->height;
            double gap = b->level == 1 ? 10.0 : 6.0;

            /* Short texts right after a heading (a note, a lead) stay with it and with
             * the start of what follows them. */
            for (guint j = i + 1; j < self->blocks->len; j++)
              {
                Block *next = &g_array_index (self->blocks, Block, j);

                need += first_piece_height (next) + BLOCK_GAP;
                if (next->kind != BLOCK_HEADING &&
                    (next->kind != BLOCK_TEXT || next->n_lines > 3))
                  break;
              }
            if (!c.page_empty)
              c.y += gap;
            if (c.y + need > c.bottom && !c.page_empty)
              cursor_new_page (&c);
            record_outline (self, b, c.page, c.y);
            place (&c, i, 0, 0, b->height);
          }
          break;
        case BLOCK_CHART:
        case BLOCK_FIGURES:
        case BLOCK_CONTENTS:
          if (c.y + b->height > c.bottom && !c.page_empty)
            cursor_new_page (&c);
          place (&c, i, 0, 0, b->height);
          c.y += BLOCK_GAP + 4.0;
          break;
        case BLOCK_SPACE:
          /* Space at the top of a page is dropped, except on the cover, which places its
           * title with it. */
          if (!c.page_empty || c.page == 0)
            c.y = MIN (c.y + b->height, c.bottom);
          break;
        case BLOCK_PAGE_BREAK:
          if (!c.page_empty || c.page == 0)
            cursor_new_page (&c);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  /* A trailing page break leaves no empty page behind. */
  self->n_pages = c.page_empty && c.page > 0 ? c.page : c.page + 1;
  return self->n_pages;
}

guint
vw_report_layout_get_n_pages (VwReportLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_pages;
}

const VwReportOutlineEntry *
vw_report_layout_get_outline (VwReportLayout *self,
                              guint          *n_entries)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_entries != NULL)
    *n_entries = self->outline->len;
  return (const VwReportOutlineEntry *) (gpointer) self->outline->data;
}

/* ---- Drawing ---- */

static void
set_color (cairo_t *cr,
           guint32  rgb)
{
  cairo_set_source_rgb (cr, (rgb >> 16 & 0xff) / 255.0, (rgb >> 8 & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

#define COLOR_TEXT    0x1D1D20
#define COLOR_MUTED   0x5E5C64
#define COLOR_ACCENT  0x1A5FB4
#define COLOR_RULE    0xC0BFBC
#define COLOR_SHADE   0xF0EFEE
#define COLOR_GROUP   0xE4E3E1
#define COLOR_WARNING 0xC01C28

static void
show_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_line_text (VwReportLayout *self,
                cairo_t        *cr,
                const char     *text,
                double          size,
                gboolean        bold,
                double          x,
                double          y,
                double          width,
                PangoAlignment  align)
{
  g_autofree char *markup = g_markup_escape_text (text != NULL ? text : "", -1);
  g_autoptr(PangoLayout) layout = new_layout (self, markup, size, bold, width, align);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  show_layout_at (cr, layout, x, y);
}

static void
draw_running (VwReportLayout *self,
              cairo_t        *cr,
              guint           page)
{
  double w = vw_report_layout_get_content_width (self);
  double foot = self->height - MARGIN_BOTTOM + 22.0;

  if (self->marking != NULL)
    {
      set_color (cr, COLOR_WARNING);
      cairo_rectangle (cr, 0, 0, self->width, 20.0);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      draw_line_text (self, cr, self->marking, 8.5, TRUE, MARGIN_X, 4.5, w, PANGO_ALIGN_CENTER);
    }

  if (page == 0 && self->logo != NULL)
    {
      double lw = cairo_image_surface_get_width (self->logo);
      double lh = cairo_image_surface_get_height (self->logo);
      double scale = lw > 0 && lh > 0 ? MIN (160.0 / lw, 64.0 / lh) : 0;

      if (scale > 0)
        {
          cairo_save (cr);
          cairo_translate (cr, self->width - MARGIN_X - lw * scale, 48.0);
          cairo_scale (cr, scale, scale);
          cairo_set_source_surface (cr, self->logo, 0, 0);
          cairo_paint (cr);
          cairo_restore (cr);
        }
    }

  if (page == 0)
    {
      set_color (cr, COLOR_ACCENT);
      cairo_rectangle (cr, MARGIN_X, 196.0, 56.0, 4.0);
      cairo_fill (cr);
    }

  /* The cover carries only the marking (and the logo). */
  if (page > 0)
    {
      set_color (cr, COLOR_MUTED);
      draw_line_text (self, cr, self->header_left, 7.5, FALSE, MARGIN_X, 32.0, w * 0.62,
                      PANGO_ALIGN_LEFT);
      draw_line_text (self, cr, self->header_right, 7.5, TRUE, MARGIN_X + w * 0.62, 32.0,
                      w * 0.38, PANGO_ALIGN_RIGHT);
      set_color (cr, COLOR_RULE);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, MARGIN_X, 46.0);
      cairo_line_to (cr, MARGIN_X + w, 46.0);
      cairo_stroke (cr);
    }

  {
    g_autofree char *number = g_strdup_printf (T (N_("Page %u of %u")), page + 1,
                                               self->n_pages);

    set_color (cr, COLOR_RULE);
    cairo_set_line_width (cr, 0.6);
    cairo_move_to (cr, MARGIN_X, foot - 6.0);
    cairo_line_to (cr, MARGIN_X + w, foot - 6.0);
    cairo_stroke (cr);
    set_color (cr, COLOR_MUTED);
    draw_line_text (self, cr, self->footer_left, 7.5, FALSE, MARGIN_X, foot, w * 0.7,
                    PANGO_ALIGN_LEFT);
    draw_line_text (self, cr, number, 7.5, FALSE, MARGIN_X + w * 0.7, foot, w * 0.3,
                    PANGO_ALIGN_RIGHT);
    if (self->marking != NULL)
      {
        set_color (cr, COLOR_WARNING);
        draw_line_text (self, cr, self->marking, 7.5, TRUE, MARGIN_X, foot + 11.0, w,
                        PANGO_ALIGN_LEFT);
      }
  }
}

static void
draw_text (cairo_t         *cr,
           Block           *b,
           const Placement *p)
{
  double offset = b->line_tops[p->first];

  cairo_save (cr);
  set_color (cr, b->style == VW_REPORT_STYLE_WARNING ? COLOR_WARNING
                 : b->style == VW_REPORT_STYLE_NOTE ? COLOR_MUTED : COLOR_TEXT);
  /* Only this placement's lines: clip the layout to their band. */
  cairo_rectangle (cr, 0, p->y - 1.0, 10000.0, p->height + 1.0);
  cairo_clip (cr);
  show_layout_at (cr, b->layout, MARGIN_X, p->y - offset);
  cairo_restore (cr);
}

static void
draw_heading (cairo_t         *cr,
              double           width,
              Block           *b,
              const Placement *p)
{
  set_color (cr, b->level == 1 ? COLOR_ACCENT : COLOR_TEXT);
  show_layout_at (cr, b->layout, MARGIN_X, p->y);
  if (b->level == 1)
    {
      double y = p->y + layout_height (b->layout) + 3.5;

      set_color (cr, COLOR_ACCENT);
      cairo_set_line_width (cr, 1.2);
      cairo_move_to (cr, MARGIN_X, y);
      cairo_line_to (cr, MARGIN_X + width, y);
      cairo_stroke (cr);
    }
}

static void
draw_table (cairo_t         *cr,
            double           width,
            Block           *b,
            const Placement *p)
{
  VwReportTable *t = b->table;
  double y = p->y;

  cairo_set_line_width (cr, 0.5);

  /* The header, on every page the table is on. */
  set_color (cr, COLOR_SHADE);
  cairo_rectangle (cr, MARGIN_X, y, width, t->header_height);
  cairo_fill (cr);
  set_color (cr, COLOR_TEXT);
  for (guint c = 0; c < t->n_columns; c++)
    show_layout_at (cr, t->columns[c].layout, MARGIN_X + t->columns[c].x + CELL_PAD_X,
                    y + CELL_PAD_Y);
  y += t->header_height;
  set_color (cr, COLOR_TEXT);
  cairo_move_to (cr, MARGIN_X, y);
  cairo_line_to (cr, MARGIN_X + width, y);
  cairo_stroke (cr);

  for (guint r = p->first; r < p->last; r++)
    {
      VwReportRow *row = g_ptr_array_index (t->rows, r);

      if (row->style == VW_REPORT_ROW_GROUP)
        {
          set_color (cr, COLOR_GROUP);
          cairo_rectangle (cr, MARGIN_X, y, width, row->height);
          cairo_fill (cr);
        }
      if (row->style == VW_REPORT_ROW_TOTAL)
        {
          set_color (cr, COLOR_TEXT);
          cairo_set_line_width (cr, 0.9);
          cairo_move_to (cr, MARGIN_X, y);
          cairo_line_to (cr, MARGIN_X + width, y);
          cairo_stroke (cr);
          cairo_set_line_width (cr, 0.5);
        }
      set_color (cr, COLOR_TEXT);
      for (guint c = 0; c < t->n_columns; c++)
        if (row->layouts[c] != NULL)
          show_layout_at (cr, row->layouts[c], MARGIN_X + t->columns[c].x + CELL_PAD_X,
                          y + CELL_PAD_Y);
      y += row->height;
      set_color (cr, COLOR_RULE);
      cairo_move_to (cr, MARGIN_X, y);
      cairo_line_to (cr, MARGIN_X + width, y);
      cairo_stroke (cr);
    }
}

static void
draw_figures (VwReportLayout  *self,
              cairo_t         *cr,
              Block           *b,
              const Placement *p)
{
  double w = figure_width (self, b);

  for (guint i = 0; i < b->n_figures; i++)
    {
      double x = MARGIN_X + i * (w + FIGURE_GAP);
      double y = p->y + 9.0;

      set_color (cr, COLOR_SHADE);
      cairo_rectangle (cr, x, p->y, w, b->height);
      cairo_fill (cr);
      set_color (cr, COLOR_ACCENT);
      cairo_rectangle (cr, x, p->y, 2.5, b->height);
      cairo_fill (cr);

      set_color (cr, COLOR_MUTED);
      show_layout_at (cr, b->figure_layouts[3 * i], x + 9.0, y);
      y += layout_height (b->figure_layouts[3 * i]) + 2.0;
      set_color (cr, COLOR_TEXT);
      show_layout_at (cr, b->figure_layouts[3 * i + 1], x + 9.0, y);
      y += layout_height (b->figure_layouts[3 * i + 1]) + 2.0;
      set_color (cr, COLOR_MUTED);
      show_layout_at (cr, b->figure_layouts[3 * i + 2], x + 9.0, y);
    }
}

static void
draw_contents (VwReportLayout  *self,
               cairo_t         *cr,
               const Placement *p)
{
  double w = vw_report_layout_get_content_width (self);
  double y = p->y;

  set_color (cr, COLOR_ACCENT);
  draw_line_text (self, cr, T (N_("Contents")), 12.0, TRUE, MARGIN_X, y, w, PANGO_ALIGN_LEFT);
  y += 26.0;
  for (guint i = 0; i < self->outline->len; i++)
    {
      const VwReportOutlineEntry *e = &g_array_index (self->outline, VwReportOutlineEntry, i);
      g_autofree char *number = NULL;
      g_autofree char *link = NULL;

      if (e->level != 1)
        continue;
      number = g_strdup_printf ("%u", e->page + 1);
      link = g_strdup_printf ("page=%u pos=[%g %g]", e->page + 1, MARGIN_X, e->y);
      cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
      set_color (cr, COLOR_TEXT);
      draw_line_text (self, cr, e->text, 9.5, FALSE, MARGIN_X, y, w - 40.0, PANGO_ALIGN_LEFT);
      draw_line_text (self, cr, number, 9.5, FALSE, MARGIN_X + w - 40.0, y, 40.0,
                      PANGO_ALIGN_RIGHT);
      cairo_tag_end (cr, CAIRO_TAG_LINK);
      set_color (cr, COLOR_RULE);
      cairo_set_line_width (cr, 0.4);
      cairo_move_to (cr, MARGIN_X, y + CONTENTS_LINE - 3.0);
      cairo_line_to (cr, MARGIN_X + w, y + CONTENTS_LINE - 3.0);
      cairo_stroke (cr);
      y += CONTENTS_LINE;
    }
}

/**
 * vw_report_layout_draw_page:
 * @cr: a context whose user space is the page in points, origin at the top left
 * @page: 0-based
 *
 * Paints one page (white paper, running header and footer, the page's blocks). The layout
 * must have been paginated.
 */
void
vw_report_layout_draw_page (VwReportLayout *self,
                            cairo_t        *cr,
                            guint           page)
{
  const VwCatalog *previous;
  double width;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  width = vw_report_layout_get_content_width (self);
  previous = vw_catalog_push_thread (self->catalog);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_fill (cr);

  draw_running (self, cr, page);

  for (guint i = 0; i < self->placements->len; i++)
    {
      const Placement *p = &g_array_index (self->placements, Placement, i);
      Block *b;

      if (p->page != page)
        continue;
      b = &g_array_index (self->blocks, Block, p->block);
      switch (b->kind)
        {
        case BLOCK_TEXT:
          draw_text (cr, b, p);
          break;
        case BLOCK_HEADING:
          draw_heading (cr, width, b, p);
          break;
        case BLOCK_TABLE:
          draw_table (cr, width, b, p);
          break;
        case BLOCK_FIGURES:
          draw_figures (self, cr, b, p);
          break;
        case BLOCK_CONTENTS:
          draw_contents (self, cr, p);
          break;
        case BLOCK_CHART:
          {
            g_autoptr(VwChartResult) result = NULL;

            cairo_save (cr);
            cairo_translate (cr, MARGIN_X, p->y);
            /* The painters' type is sized for the screen: drawn larger and scaled down, it
             * reads as 8–9 pt on paper. */
            cairo_scale (cr, CHART_SCALE, CHART_SCALE);
            result = vw_chart_paint (cr, b->chart, vw_chart_theme_get (VW_CHART_THEME_PRINT),
                                     width / CHART_SCALE, b->height / CHART_SCALE);
            cairo_restore (cr);
          }
          break;
        default:
          break;
        }
    }
  cairo_restore (cr);
  vw_catalog_pop_thread (previous);
}
