/* vw-catalog.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reader of GNU .mo files: a header, then two tables of (length, offset) pairs, the
 * original strings sorted bytewise and their translations at the same index. The file is
 * mapped read-only and searched by bisection; nothing is copied.
 */

#define G_LOG_DOMAIN "vw-catalog"

#include <glib/gi18n.h>
#include <string.h>

#include "vw-catalog.h"

#define MO_MAGIC         0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U

struct _VwCatalog
{
  char         *language;
  GMappedFile  *file;
  const guchar *data;
  gsize         size;
  gboolean      swapped;
  guint32       n_strings;
  guint32       originals;     /* offset of the table of original strings */
  guint32       translations;  /* offset of the table of translations */
};

static GMutex catalogs_lock;
static GPrivate thread_catalog;   /* const VwCatalog *, not owned */
static GHashTable *catalogs;   /* language → VwCatalog, never freed */

static guint32
read_u32 (const VwCatalog *self,
          gsize                  offset)
{
  guint32 v;

  memcpy (&v, self->data + offset, sizeof v);
  return self->swapped ? GUINT32_SWAP_LE_BE (v) : v;
}

/* The string of entry @index of the table at @table, or NULL when the file lies. */
static const char *
entry_string (const VwCatalog *self,
              guint32                table,
              guint32                index,
              guint32               *length)
{
  gsize entry = (gsize) table + (gsize) index * 8;
  guint32 len, offset;

  if (entry + 8 > self->size)
    return NULL;
  len = read_u32 (self, entry);
  offset = read_u32 (self, entry + 4);
  if ((gsize) offset + len + 1 > self->size || self->data[offset + len] != '\0')
    return NULL;
  if (length != NULL)
    *length = len;
  return (const char *) self->data + offset;
}

static gboolean
catalog_open (VwCatalog *self,
              const char      *path)
{
  g_autoptr(GError) error = NULL;
  guint32 magic;

  self->file = g_mapped_file_new (path, FALSE, &error);
  if (self->file == NULL)
    return FALSE;

  self->data = (const guchar *) g_mapped_file_get_contents (self->file);
  self->size = g_mapped_file_get_length (self->file);
  if (self->size < 28)
    goto invalid;

  memcpy (&magic, self->data, sizeof magic);
  if (magic == MO_MAGIC)
    self->swapped = FALSE;
  else if (magic == MO_MAGIC_SWAPPED)
    self->swapped = TRUE;
  else
    goto invalid;

  self->n_strings = read_u32 (self, 8);
  self->originals = read_u32 (self, 12);
  self->translations = read_u32 (self, 16);
  if ((gsize) self->originals + (gsize) self->n_strings * 8 > self->size ||
      (gsize) self->translations + (gsize) self->n_strings * 8 > self->size)
    goto invalid;

  return TRUE;

invalid:
  g_warning ("%s is not a message catalog; the report stays in English", path);
  g_clear_pointer (&self->file, g_mapped_file_unref);
  self->data = NULL;
  self->size = 0;
  return FALSE;
}

/* VW_LOCALEDIR first, so tests and an uninstalled build read the catalogs of the build tree. */
static VwCatalog *
catalog_load (const char *language)
{
  VwCatalog *self = g_new0 (VwCatalog, 1);
  const char *dirs[] = { g_getenv ("VW_LOCALEDIR"), LOCALEDIR };

  self->language = g_strdup (language);
  if (g_str_equal (language, "en"))
    return self;

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = NULL;

      if (dirs[i] == NULL || dirs[i][0] == '\0')
        continue;
      path = g_build_filename (dirs[i], language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR) && catalog_open (self, path))
        break;
    }

  return self;
}

/**
 * vw_catalog_get:
 * @language: "en", "fi", "de" (a longer locale name such as "fi_FI.UTF-8" also works)
 *
 * Returns: (transfer none): the catalog of @language; English (the message ids themselves)
 *   when it has none. Never %NULL.
 */
const VwCatalog *
vw_catalog_get (const char *language)
{
  g_autofree char *code = NULL;
  VwCatalog *catalog;

  if (language == NULL || language[0] == '\0')
    language = "en";
  code = g_ascii_strdown (language, strcspn (language, "_.@-"));

  g_mutex_lock (&catalogs_lock);
  if (catalogs == NULL)
    catalogs = g_hash_table_new (g_str_hash, g_str_equal);
  catalog = g_hash_table_lookup (catalogs, code);
  if (catalog == NULL)
    {
      catalog = catalog_load (code);
      g_hash_table_insert (catalogs, catalog->language, catalog);
    }
  g_mutex_unlock (&catalogs_lock);

  return catalog;
}

const char *
vw_catalog_language (const VwCatalog *catalog)
{
  g_return_val_if_fail (catalog != NULL, "en");

  return catalog->language;
}

/* FALSE for English, and for a language whose catalog is not installed. */
gboolean
vw_catalog_is_loaded (const VwCatalog *catalog)
{
  g_return_val_if_fail (catalog != NULL, FALSE);

  return catalog->data != NULL;
}

/**
 * vw_catalog_translate:
 * @catalog: a catalog
 * @msgid: the English message, as marked with N_() in the sources
 *
 * Returns: (transfer none): its translation, or @msgid when there is none.
 */
const char *
vw_catalog_translate (const VwCatalog *catalog,
                             const char            *msgid)
{
  guint32 lo = 0, hi;

  g_return_val_if_fail (catalog != NULL, msgid);
  g_return_val_if_fail (msgid != NULL, msgid);

  if (catalog->data == NULL)
    return msgid;

  hi = catalog->n_strings;
  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;
      const char *original = entry_string (catalog, catalog->originals, mid, NULL);
      int cmp;

      if (original == NULL)
        return msgid;
      cmp = strcmp (msgid, original);
      if (cmp == 0)
        {
          guint32 len = 0;
          const char *translation = entry_string (catalog, catalog->translations, mid, &len);

          /* An empty translation is an untranslated message (the header's msgid is ""). */
          return translation != NULL && len > 0 ? translation : msgid;
        }
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }

  return msgid;
}

const VwCatalog *
vw_catalog_push_thread (const VwCatalog *catalog)
{
  const VwCatalog *previous = g_private_get (&thread_catalog);

  g_private_set (&thread_catalog, (gpointer) catalog);
  return previous;
}

void
vw_catalog_pop_thread (const VwCatalog *previous)
{
  g_private_set (&thread_catalog, (gpointer) previous);
}

/**
 * vw_catalog_gettext:
 * @msgid: the English message
 *
 * Returns: (transfer none): its translation in the thread's language (a report's), else in
 *   the process's (the user interface's)
 */
const char *
vw_catalog_gettext (const char *msgid)
{
  const VwCatalog *catalog = g_private_get (&thread_catalog);

  if (catalog != NULL)
    return vw_catalog_translate (catalog, msgid);
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}
