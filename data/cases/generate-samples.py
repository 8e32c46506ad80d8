#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes samples.vwcases: the sample repository of reference cases (docs/cases.md).

Every case is invented and labelled so: its title starts with "Sample: " and it carries
sample="true", so the app shows a "Sample" badge and a seller never quotes it as a real
reference. The industries are those of the companies in the seed study (minerals, paper,
elevators, telecom, industrial equipment, bearings, cooling for retail, power plants, cargo
handling); the value elements, KPIs and orders of magnitude follow the sample value cases in
data/samples/. The figures are deterministic (a fixed seed) so the file is reproducible:

    python3 data/cases/generate-samples.py > data/cases/samples.vwcases
"""

import random
import sys
from xml.sax.saxutils import escape, quoteattr

random.seed(20261205)

# KPI key: (name, unit, better)
KPIS = {
    "downtime": ("Unplanned downtime", "h/year", "lower"),
    "oee": ("Overall equipment effectiveness", "share", "higher"),
    "maintenance_cost": ("Maintenance cost", "EUR/year", "lower"),
    "energy": ("Energy use", "MWh/year", "lower"),
    "throughput": ("Throughput", "t/h", "higher"),
    "availability": ("Availability", "share", "higher"),
    "spare_parts": ("Capital in spare parts", "EUR", "lower"),
    "lost_time_injuries": ("Lost-time injuries", "per year", "lower"),
    "bearing_life": ("Mean bearing life", "h", "higher"),
    "moves_per_hour": ("Crane moves per hour", "moves/h", "higher"),
    "truck_turnaround": ("Truck turnaround time", "min", "lower"),
    "callouts": ("Service call-outs", "per year", "lower"),
    "waiting_time": ("Average waiting time", "s", "lower"),
    "food_waste": ("Food waste from cooling failures", "EUR/year", "lower"),
    "network_uptime": ("Network availability", "share", "higher"),
    "opex": ("Operating expenses", "EUR/year", "lower"),
    "heat_rate": ("Net heat rate", "kJ/kWh", "lower"),
    "recovery": ("Metal recovery", "share", "higher"),
    "broke": ("Broke and off-spec production", "share", "lower"),
    "co2": ("CO₂ emissions", "t/year", "lower"),
}

# Value element key: (name, dimension)
ELEMENTS = {
    "uptime": ("Fewer unplanned stops", "operational"),
    "predictable_cost": ("Predictable maintenance cost", "operational"),
    "energy_saving": ("Lower energy use", "operational"),
    "capital": ("Less capital tied up", "strategic"),
    "safety": ("Safer work", "social"),
    "skills": ("Skills for the customer's own team", "social"),
    "throughput": ("More output from the same line", "operational"),
    "sustainability": ("A smaller carbon footprint", "symbolic"),
    "reputation": ("Reliable partner to the customer's own customers", "symbolic"),
    "data": ("Benchmarks and data to improve further", "strategic"),
    "quality": ("Fewer rejects", "operational"),
    "service_level": ("Better service to end users", "strategic"),
}

REGIONS = ["Nordics", "Central Europe", "North America", "South America", "Asia-Pacific",
           "Southern Africa", "Western Europe"]

# (industry id, industry label, descriptor, cases): each case is
# (application, headline, elements, [(kpi, baseline, promised change, realized change)], story)
# where a change is relative (-0.3 = 30 % less).
INDUSTRIES = [
    ("paper", "Pulp, paper and board", "a paper and board mill", [
        ("Preventive maintenance", "preventive maintenance of a board machine",
         ["uptime", "predictable_cost", "quality"],
         [("downtime", 310, -0.35, -0.38), ("oee", 0.77, 0.08, 0.07), ("broke", 0.061, -0.2, -0.24)],
         "Condition monitoring of the dryer section and the press rolls found bearing and felt "
         "problems weeks before they stopped the machine; shutdowns were planned with the mill."),
        ("Roll service", "roll grinding and coating service",
         ["quality", "throughput"],
         [("broke", 0.048, -0.25, -0.19), ("throughput", 41.0, 0.04, 0.05)],
         "Regular roll profiling and recoating kept the nip profile even across the web."),
        ("Energy efficiency", "vacuum system and drive optimisation",
         ["energy_saving", "sustainability"],
         [("energy", 52000, -0.12, -0.14), ("co2", 9800, -0.12, -0.13)],
         "Vacuum pumps were replaced by turbo blowers; drive speeds were tuned to the grade."),
        ("Spare parts pooling", "a regional pool of critical spares",
         ["capital", "uptime"],
         [("spare_parts", 4200000, -0.3, -0.27), ("downtime", 180, -0.1, -0.12)],
         "The mill sold part of its critical spares to the pool and kept access within 24 hours."),
    ]),
    ("mining", "Mining and minerals processing", "a mining and minerals company", [
        ("Grinding mill relining", "faster relining of grinding mills",
         ["uptime", "safety"],
         [("availability", 0.91, 0.025, 0.031), ("lost_time_injuries", 3, -0.6, -0.67)],
         "A relining machine and a trained crew cut the reline time and kept people out of the mill."),
        ("Flotation optimisation", "advanced process control of flotation",
         ["throughput", "data"],
         [("recovery", 0.86, 0.015, 0.012), ("throughput", 820, 0.03, 0.04)],
         "Froth cameras and a model-predictive controller stabilised the flotation circuit."),
        ("Conveyor maintenance", "condition-based maintenance of belt conveyors",
         ["uptime", "predictable_cost"],
         [("downtime", 450, -0.4, -0.36), ("maintenance_cost", 2600000, -0.15, -0.18)],
         "Idler and belt condition were monitored online; belts were changed in planned stops."),
        ("Ore sorting", "sensor-based ore sorting ahead of the mill",
         ["energy_saving", "throughput"],
         [("energy", 185000, -0.15, -0.12), ("throughput", 640, 0.1, 0.13)],
         "X-ray transmission sorters rejected waste rock before it reached the grinding circuit."),
    ]),
    ("energy", "Power generation", "a power plant operator", [
        ("Turbine service agreement", "a long-term turbine service agreement",
         ["uptime", "predictable_cost"],
         [("availability", 0.93, 0.02, 0.024), ("opex", 5100000, -0.08, -0.06)],
         "Inspections moved from fixed intervals to equivalent operating hours."),
        ("Boiler efficiency", "boiler cleaning and combustion tuning",
         ["energy_saving", "sustainability"],
         [("heat_rate", 10400, -0.025, -0.031), ("co2", 410000, -0.025, -0.03)],
         "Sootblowing was optimised by heat-flux sensors; air staging was retuned."),
        ("Remote monitoring", "remote monitoring of a hydro plant",
         ["uptime", "data"],
         [("downtime", 140, -0.3, -0.33), ("callouts", 46, -0.4, -0.43)],
         "Vibration and temperature trends were watched from the service centre around the clock."),
        ("Gearbox exchange programme", "a gearbox exchange programme for a wind farm",
         ["uptime", "capital"],
         [("downtime", 2600, -0.45, -0.41), ("spare_parts", 3400000, -0.4, -0.38)],
         "Refurbished gearboxes were swapped in within days instead of waiting for new ones."),
    ]),
    ("buildings", "Buildings and property", "a property owner", [
        ("Elevator modernisation", "modernisation of elevators in an office tower",
         ["service_level", "energy_saving"],
         [("waiting_time", 38, -0.3, -0.34), ("energy", 420, -0.35, -0.4)],
         "Destination control and regenerative drives replaced 1990s controllers."),
        ("Maintenance contract", "predictive elevator and escalator maintenance",
         ["uptime", "predictable_cost"],
         [("callouts", 120, -0.35, -0.3), ("availability", 0.972, 0.015, 0.018)],
         "Connected sensors called the technician before a door fault stranded passengers."),
        ("Escalator refurbishment", "escalator refurbishment at a shopping centre",
         ["safety", "reputation"],
         [("lost_time_injuries", 4, -0.5, -0.5), ("downtime", 260, -0.5, -0.55)],
         "Step chains, handrails and safety devices were renewed one unit at a time."),
    ]),
    ("ports", "Ports and cargo handling", "a port and terminal operator", [
        ("Crane automation", "remote-operated ship-to-shore cranes",
         ["throughput", "safety"],
         [("moves_per_hour", 27, 0.12, 0.1), ("lost_time_injuries", 6, -0.5, -0.67)],
         "Operators moved from the crane cabins to a control room; moves were assisted by software."),
        ("Gate automation", "automated truck gates",
         ["service_level", "throughput"],
         [("truck_turnaround", 74, -0.3, -0.35)],
         "Optical character recognition and pre-advice cut the paperwork at the gate."),
        ("Straddle carrier service", "lifecycle service of straddle carriers",
         ["uptime", "predictable_cost"],
         [("availability", 0.86, 0.06, 0.05), ("maintenance_cost", 3100000, -0.1, -0.12)],
         "A resident service team and a parts stock on site kept the fleet running."),
        ("Electrification", "electric terminal tractors",
         ["sustainability", "energy_saving"],
         [("co2", 5200, -0.7, -0.74), ("opex", 1900000, -0.15, -0.13)],
         "Diesel tractors were replaced by battery tractors charged between shifts."),
    ]),
    ("telecom", "Telecommunications", "a telecom operator", [
        ("Managed network services", "managed operations of a radio access network",
         ["service_level", "predictable_cost"],
         [("network_uptime", 0.9985, 0.0008, 0.0009), ("opex", 48000000, -0.15, -0.17)],
         "Site visits were cut by remote diagnostics and automated fault correlation."),
        ("Energy saving software", "power-saving features in base stations",
         ["energy_saving", "sustainability"],
         [("energy", 310000, -0.1, -0.12), ("co2", 62000, -0.1, -0.12)],
         "Carriers were switched off at night in low-traffic cells."),
        ("Field service optimisation", "optimised field service dispatch",
         ["service_level", "data"],
         [("callouts", 5400, -0.2, -0.18)],
         "Tickets were bundled by site and skills; first-time fix rate rose."),
    ]),
    ("retail", "Food retail", "a food retail chain", [
        ("Refrigeration monitoring", "remote monitoring of store refrigeration",
         ["uptime", "reputation"],
         [("food_waste", 780000, -0.5, -0.56), ("callouts", 900, -0.3, -0.27)],
         "Alarms reached the service desk before the cabinets warmed up."),
        ("Natural refrigerants", "CO₂ refrigeration in new stores",
         ["sustainability", "energy_saving"],
         [("energy", 2100, -0.2, -0.23), ("co2", 1400, -0.6, -0.64)],
         "Transcritical CO₂ systems with heat recovery heated the stores in winter."),
        ("Cabinet retrofit", "doors on open display cabinets",
         ["energy_saving"],
         [("energy", 1600, -0.3, -0.33)],
         "Glass doors were fitted to open multideck cabinets; sales did not fall."),
    ]),
    ("machinery", "Machinery and rotating equipment", "a machine builder", [
        ("Bearing upgrade", "sealed bearings in a gearbox range",
         ["uptime", "quality"],
         [("bearing_life", 28000, 0.5, 0.44), ("callouts", 310, -0.3, -0.35)],
         "Sealed, greased-for-life bearings replaced open bearings in the gearbox range."),
        ("Lubrication systems", "automatic lubrication of production lines",
         ["uptime", "safety"],
         [("downtime", 220, -0.35, -0.31), ("lost_time_injuries", 2, -0.5, -0.5)],
         "Central lubrication replaced manual greasing in guarded areas."),
        ("Condition monitoring", "vibration monitoring offered with the machines",
         ["data", "reputation"],
         [("downtime", 160, -0.25, -0.29)],
         "The machine builder offered monitoring to its own customers as a service."),
    ]),
    ("manufacturing", "Industrial manufacturing", "an industrial manufacturer", [
        ("Compressed air service", "compressed air as a service",
         ["energy_saving", "predictable_cost"],
         [("energy", 3900, -0.2, -0.22), ("maintenance_cost", 240000, -0.3, -0.28)],
         "Leak detection and variable-speed compressors were paid per cubic metre delivered."),
        ("Line automation", "robotic welding cells",
         ["throughput", "quality"],
         [("throughput", 52, 0.2, 0.17), ("broke", 0.034, -0.4, -0.44)],
         "Two robotic cells replaced manual welding of the frames."),
        ("Spare parts management", "vendor-managed spare parts",
         ["capital", "uptime"],
         [("spare_parts", 1300000, -0.25, -0.3), ("downtime", 95, -0.15, -0.1)],
         "The supplier held and replenished the critical spares on consignment."),
        ("Operator training", "a training programme for machine operators",
         ["skills", "safety", "quality"],
         [("lost_time_injuries", 5, -0.4, -0.6), ("broke", 0.041, -0.15, -0.17)],
         "Shift operators were trained on the line with the supplier's simulators."),
    ]),
]


def number(value):
    # Our files' strict syntax: digits with an optional dot; never a locale, never "nan".
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = repr(round(value, 6))
    return text


def rounded(baseline, value):
    # The precision a KPI is reported with: 3 significant digits, 4 for shares near 1.
    digits = 4 if 0 < baseline < 1 else 3
    return float(f"{value:.{digits}g}")


def case_xml(industry_id, industry_label, descriptor, case, index):
    application, headline, elements, figures, story = case
    region = REGIONS[(index * 3 + len(industry_id)) % len(REGIONS)]
    year = 2019 + (index * 5 + len(application)) % 7
    out = []
    out.append("  <case sample=\"true\" currency=\"EUR\">")
    title = f"Sample: {headline[0].upper()}{headline[1:]} for {descriptor}"
    out.append(f"    <title>{escape(title)}</title>")

    results = []
    figure_lines = []
    for kpi, baseline, promised_change, realized_change in figures:
        name, unit, better = KPIS[kpi]
        # A little noise, so no two samples look identical.
        realized_change *= 1 + random.uniform(-0.08, 0.08)
        promised = rounded(baseline, baseline * (1 + promised_change))
        realized = rounded(baseline, baseline * (1 + realized_change))
        figure_lines.append(
            f"    <figure kpi={quoteattr(kpi)} name={quoteattr(name)} unit={quoteattr(unit)}"
            f" better=\"{better}\" baseline=\"{number(baseline)}\" promised=\"{number(promised)}\""
            f" realized=\"{number(realized)}\" period=\"{year}\"/>")
        results.append(f"{name.lower()} {'down' if realized < baseline else 'up'} "
                       f"{abs(realized - baseline) / baseline:.0%}")

    summary = (f"Sample case (invented for demonstration). {descriptor[0].upper()}{descriptor[1:]} "
               f"in {region} bought {headline}. Verified after the first year: "
               + "; ".join(results) + ".")
    out.append(f"    <summary>{escape(summary)}</summary>")
    story_lines = [story]
    for key in elements:
        story_lines.append(f"{ELEMENTS[key][0]}: signed off by the customer's management.")
    out.append(f"    <story>{escape(chr(10).join(story_lines))}</story>")

    out.append(f"    <tag kind=\"industry\" key=\"{industry_id}\" label={quoteattr(industry_label)}/>")
    application_key = "".join(c if c.isalnum() else "_" for c in application.lower()).strip("_")
    out.append(f"    <tag kind=\"application\" key={quoteattr(application_key)}"
               f" label={quoteattr(application)}/>")
    dimensions = []
    for key in elements:
        out.append(f"    <tag kind=\"element\" key=\"{key}\" label={quoteattr(ELEMENTS[key][0])}/>")
        if ELEMENTS[key][1] not in dimensions:
            dimensions.append(ELEMENTS[key][1])
    for dimension in dimensions:
        out.append(f"    <tag kind=\"dimension\" key=\"{dimension}\" label=\"{dimension}\"/>")
    for kpi, *_ in figures:
        out.append(f"    <tag kind=\"kpi\" key=\"{kpi}\" label={quoteattr(KPIS[kpi][0])}/>")
    region_key = region.lower().replace(" ", "_").replace("-", "_")
    out.append(f"    <tag kind=\"region\" key=\"{region_key}\" label=\"{region}\"/>")
    out.append(f"    <tag kind=\"year\" key=\"{year}\" label=\"{year}\"/>")
    out.extend(figure_lines)
    out.append("  </case>")
    return "\n".join(out)


def main():
    cases = []
    index = 0
    for industry_id, label, descriptor, industry_cases in INDUSTRIES:
        for case in industry_cases:
            cases.append(case_xml(industry_id, label, descriptor, case, index))
            index += 1
    sys.stdout.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    sys.stdout.write("<!-- Generated by data/cases/generate-samples.py: invented sample cases,"
                     " not real customers. -->\n")
    sys.stdout.write("<value-cases xmlns=\"https://valueworkbench.github.io/ns/vwcases/1\""
                     " version=\"1\">\n")
    sys.stdout.write("\n".join(cases) + "\n")
    sys.stdout.write("</value-cases>\n")
    print(f"{len(cases)} sample cases", file=sys.stderr)


if __name__ == "__main__":
    main()
