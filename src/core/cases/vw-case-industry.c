/* vw-case-industry.c: the industries of the case repository
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list follows the customers of the nine companies of the seed study (minerals, paper
 * technology, elevators, telecom, industrial equipment, bearings, cooling for retail, power
 * plants, cargo handling). The descriptor replaces a customer's name in a reference case.
 */

#include <glib/gi18n.h>

#include "vw-case-industry.h"

static const VwCaseIndustry industries[] = {
  { "paper", N_("Pulp, paper and board"), N_("a paper and board mill") },
  { "mining", N_("Mining and minerals processing"), N_("a mining and minerals company") },
  { "energy", N_("Power generation"), N_("a power plant operator") },
  { "buildings", N_("Buildings and property"), N_("a property owner") },
  { "ports", N_("Ports and cargo handling"), N_("a port and terminal operator") },
  { "telecom", N_("Telecommunications"), N_("a telecom operator") },
  { "retail", N_("Food retail"), N_("a food retail chain") },
  { "machinery", N_("Machinery and rotating equipment"), N_("a machine builder") },
  { "manufacturing", N_("Industrial manufacturing"), N_("an industrial manufacturer") },
  { "other", N_("Other industries"), N_("a customer") },
  { NULL, NULL, NULL }
};

/* Words of a segment or title that point to an industry, first match wins (so "paper
 * machine" is paper, not machinery). Lower case, matched as substrings of the casefolded text. */
static const struct
{
  const char *industry;
  const char *words[8];
} hints[] = {
  { "paper", { "paper", "board", "pulp", "tissue", "packaging line", NULL } },
  { "mining", { "mining", "mine ", "mineral", "concentrator", "quarry", NULL } },
  { "energy", { "power plant", "power generation", "energy", "utility", "boiler", "turbine", NULL } },
  { "buildings", { "elevator", "escalator", "building", "property", "real estate", NULL } },
  { "ports", { "port operator", "seaport", "harbo", "cargo", "container terminal", "vessel", NULL } },
  { "telecom", { "telecom", "network operator", "mobile", "5g", NULL } },
  { "retail", { "retail", "supermarket", "grocery", "refrigerat", "cooling", NULL } },
  { "machinery", { "bearing", "machine builder", "machinery", "gearbox", "rotating", NULL } },
  { "manufacturing", { "manufactur", "factory", "production line", "plant", NULL } },
};

const VwCaseIndustry *
vw_case_industries (void)
{
  return industries;
}

const VwCaseIndustry *
vw_case_industry_find (const char *id)
{
  for (guint i = 0; id != NULL && industries[i].id != NULL; i++)
    if (g_str_equal (industries[i].id, id))
      return &industries[i];

  return NULL;
}

const VwCaseIndustry *
vw_case_industry_guess (const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return vw_case_industry_find ("other");

  folded = g_utf8_casefold (text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (hints); i++)
    for (guint w = 0; hints[i].words[w] != NULL; w++)
      if (strstr (folded, hints[i].words[w]) != NULL)
        return vw_case_industry_find (hints[i].industry);

  return vw_case_industry_find ("other");
}
