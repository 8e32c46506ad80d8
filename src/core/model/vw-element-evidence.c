/* vw-element-evidence.c: reference cases attached to a value element as its evidence
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An element keeps the repository ids of its reference cases in `cases`, and the case's
 * one-line summary as a line of its `evidence`, so wherever the element's evidence is shown
 * (the report's references, today) the case reads without the repository at hand
 * (docs/file-format.md). Attaching or detaching is one undoable command.
 */

#define G_LOG_DOMAIN "vw-document"

#include <glib/gi18n.h>
#include <string.h>

#include "vw-element-evidence.h"
#include "vw-items.h"

/**
 * vw_element_dup_cases:
 *
 * Returns: (transfer full): the ids of the element's reference cases, in the order attached
 */
char **
vw_element_dup_cases (VwItem *element)
{
  const char *text;

  g_return_val_if_fail (VW_IS_VALUE_ELEMENT (element), NULL);

  text = vw_item_get_string (element, "cases");
  if (text == NULL || text[0] == '\0')
    return g_new0 (char *, 1);

  return g_strsplit (text, " ", -1);
}

gboolean
vw_element_has_case (VwItem     *element,
                     const char *uid)
{
  g_auto(GStrv) cases = vw_element_dup_cases (element);

  return uid != NULL && g_strv_contains ((const char * const *) cases, uid);
}

/* @lines without the line equal to @line (one occurrence), or with it appended. */
static char *
edit_lines (const char *text,
            const char *line,
            gboolean    add)
{
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  gboolean removed = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0')
        continue;
      if (!add && !removed && g_str_equal (lines[i], line))
        {
          removed = TRUE;
          continue;
        }
      g_ptr_array_add (kept, lines[i]);
    }
  if (add)
    g_ptr_array_add (kept, (char *) line);
  g_ptr_array_add (kept, NULL);

  return g_strjoinv ("\n", (char **) kept->pdata);
}

static void
set_or_unset (VwDocument *document,
              VwItem     *element,
              const char *field,
              const char *value)
{
  if (value == NULL || value[0] == '\0')
    vw_document_unset (document, element, field);
  else
    vw_document_set_string (document, element, field, value);
}

/**
 * vw_element_attach_case:
 * @uid: the case's id in the repository ("c" and 16 hex digits)
 * @summary: the case in one line, added to the element's evidence
 *
 * Returns: %FALSE when the case is already attached (nothing changes)
 */
gboolean
vw_element_attach_case (VwDocument *document,
                        VwItem     *element,
                        const char *uid,
                        const char *summary)
{
  const char *cases;
  g_autofree char *new_cases = NULL;
  g_autofree char *evidence = NULL;
  g_autofree char *line = NULL;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (VW_IS_VALUE_ELEMENT (element), FALSE);
  g_return_val_if_fail (uid != NULL && uid[0] != '\0' && strchr (uid, ' ') == NULL, FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  if (vw_element_has_case (element, uid))
    return FALSE;

  cases = vw_item_get_string (element, "cases");
  new_cases = cases && cases[0] ? g_strconcat (cases, " ", uid, NULL) : g_strdup (uid);
  line = g_strdelimit (g_strdup (summary), "\n\r", ' ');
  evidence = edit_lines (vw_item_get_string (element, "evidence"), line, TRUE);

  vw_document_begin_group (document, _("Use reference case as evidence"));
  vw_document_set_string (document, element, "cases", new_cases);
  set_or_unset (document, element, "evidence", evidence);
  vw_document_end_group (document);
  return TRUE;
}

/**
 * vw_element_detach_case:
 * @summary: the line added by vw_element_attach_case(), removed from the evidence if there
 *
 * Returns: %FALSE when the case was not attached
 */
gboolean
vw_element_detach_case (VwDocument *document,
                        VwItem     *element,
                        const char *uid,
                        const char *summary)
{
  g_auto(GStrv) cases = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autofree char *new_cases = NULL;
  g_autofree char *evidence = NULL;
  g_autofree char *line = NULL;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (VW_IS_VALUE_ELEMENT (element), FALSE);

  if (!vw_element_has_case (element, uid))
    return FALSE;

  cases = vw_element_dup_cases (element);
  for (guint i = 0; cases[i] != NULL; i++)
    if (!g_str_equal (cases[i], uid))
      g_ptr_array_add (kept, cases[i]);
  g_ptr_array_add (kept, NULL);
  new_cases = g_strjoinv (" ", (char **) kept->pdata);
  line = summary ? g_strdelimit (g_strdup (summary), "\n\r", ' ') : NULL;
  evidence = line ? edit_lines (vw_item_get_string (element, "evidence"), line, FALSE)
                  : g_strdup (vw_item_get_string (element, "evidence"));

  vw_document_begin_group (document, _("Remove reference case from evidence"));
  set_or_unset (document, element, "cases", new_cases);
  set_or_unset (document, element, "evidence", evidence);
  vw_document_end_group (document);
  return TRUE;
}
