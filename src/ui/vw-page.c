/* vw-page.c: the base of the main window's pages
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window owns the document and its one VwCaseModel and hands both to every page; a page
 * follows the document's signals for what changes while it is shown (vw_page_follow), and
 * the base class lets go of them when another case is bound.
 */

#include "vw-page.h"

typedef struct
{
  VwDocument  *document;
  VwCaseModel *case_model;
  GArray      *followed;  /* handler ids on document */
} VwPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (VwPage, vw_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_CASE_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vw_page_dispose (GObject *object)
{
  VwPage *self = VW_PAGE (object);
  VwPagePrivate *priv = vw_page_get_instance_private (self);

  if (priv->document != NULL || priv->case_model != NULL)
    vw_page_set_case (self, NULL, NULL);

  G_OBJECT_CLASS (vw_page_parent_class)->dispose (object);
}

static void
vw_page_finalize (GObject *object)
{
  VwPagePrivate *priv = vw_page_get_instance_private (VW_PAGE (object));

  g_array_unref (priv->followed);

  G_OBJECT_CLASS (vw_page_parent_class)->finalize (object);
}

static void
vw_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  VwPagePrivate *priv = vw_page_get_instance_private (VW_PAGE (object));

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, priv->document);
      break;
    case PROP_CASE_MODEL:
      g_value_set_object (value, priv->case_model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vw_page_class_init (VwPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vw_page_dispose;
  object_class->finalize = vw_page_finalize;
  object_class->get_property = vw_page_get_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, VW_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_MODEL] =
    g_param_spec_object ("case-model", NULL, NULL, VW_TYPE_CASE_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vw_page_init (VwPage *self)
{
  VwPagePrivate *priv = vw_page_get_instance_private (self);

  priv->followed = g_array_new (FALSE, FALSE, sizeof (gulong));
}

VwDocument *
vw_page_get_document (VwPage *self)
{
  VwPagePrivate *priv = vw_page_get_instance_private (self);

  g_return_val_if_fail (VW_IS_PAGE (self), NULL);

  return priv->document;
}

VwCaseModel *
vw_page_get_case_model (VwPage *self)
{
  VwPagePrivate *priv = vw_page_get_instance_private (self);

  g_return_val_if_fail (VW_IS_PAGE (self), NULL);

  return priv->case_model;
}

/**
 * vw_page_set_case:
 * @document: (nullable): the case shown
 * @case_model: (nullable): the window's compiled model of @document
 *
 * Called by the window (and by tests) whenever the case changes; calls the page's bind().
 */
void
vw_page_set_case (VwPage      *self,
                  VwDocument  *document,
                  VwCaseModel *case_model)
{
  VwPagePrivate *priv = vw_page_get_instance_private (self);
  gboolean doc_changed, model_changed;

  g_return_if_fail (VW_IS_PAGE (self));
  g_return_if_fail (document == NULL || VW_IS_DOCUMENT (document));
  g_return_if_fail (case_model == NULL || vw_case_model_get_document (case_model) == document);

  /* bind() follows the document again, if there is one. */
  if ((document != priv->document || case_model != priv->case_model) && priv->document != NULL)
    {
      for (guint i = 0; i < priv->followed->len; i++)
        g_signal_handler_disconnect (priv->document, g_array_index (priv->followed, gulong, i));
      g_array_set_size (priv->followed, 0);
    }
  doc_changed = g_set_object (&priv->document, document);
  model_changed = g_set_object (&priv->case_model, case_model);
  if (!doc_changed && !model_changed)
    return;

  if (VW_PAGE_GET_CLASS (self)->bind != NULL)
    VW_PAGE_GET_CLASS (self)->bind (self, document, case_model);

  if (doc_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  if (model_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_MODEL]);
}

/**
 * vw_page_follow:
 * @detailed_signal: a signal of #VwDocument, e.g. "item-changed"
 * @callback: called with the page first, then the signal's arguments
 *
 * Connects @callback to the bound document for as long as it is bound: binding another
 * case (or none) disconnects it. Call it from bind(). It runs after the document's other
 * handlers, so the case model has seen the change when the page reads it.
 */
void
vw_page_follow (VwPage     *self,
                const char *detailed_signal,
                GCallback   callback)
{
  VwPagePrivate *priv = vw_page_get_instance_private (self);
  gulong id;

  g_return_if_fail (VW_IS_PAGE (self));
  g_return_if_fail (priv->document != NULL);

  id = g_signal_connect_object (priv->document, detailed_signal, callback, self,
                                G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_array_append_val (priv->followed, id);
}
