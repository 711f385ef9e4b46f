"""English needs b23n16-b23n30 (condensed from RFPs, staff reports, permit plans, grant calls)."""
from common import N

N("pfas_wells", "Chino", "RFP: PFAS treatment for Wells 7 and 12 (federal MCL compliance)", ["clean-water"],
  """The District seeks design-supply of treatment for two groundwater wells (3,200 gpm combined) where PFOA and
  PFOS run 8-15 ppt, above the federal MCLs of 4.0 ppt, with PFHxS and PFBS also detected. The site is a 0.4-acre
  wellhead lot in a residential neighborhood. Reverse osmosis or nanofiltration is not an option because there is no
  sewer capacity or ocean outfall for a concentrate stream. Preference for vessels a vendor can change out, with no
  regeneration chemicals kept on site. Components must be NSF/ANSI 61 certified.""",
  4000000, 8, "US-CA", None, "2027-09-30",
  answers=["pfas_resin"],
  alts=[("gac_vessels", "same way (media vessels changed out by a vendor), lesser spec: short-chain PFAS break through early and the footprint is about twice as large")],
  sibs=[("ro_skid", 0, "the need says RO or NF is not an option (no concentrate outlet)"),
        ("foam_fraction", 1, "also PFAS removal, but foam fractionation is a different way, aimed at leachate and high-strength water")],
  traps=[("pfas_electrochem", "TRL 4 < min_trl 8")])

N("trash_capture", "Long Beach", "Staff report: Trash Provisions Track 1, full capture devices for priority land use catch basins", ["clean-water"],
  """Under the statewide Trash Provisions the City must have certified full capture systems on all storm drains that
  serve priority land uses by December 2030. About 1,150 catch basins remain, most on narrow residential collectors
  with 3-foot curb openings and shallow laterals. Staff recommends a device that a two-person crew can install inside
  the existing basin. Large underground vaults that require trenching and traffic control are not feasible for this
  phase. Devices must appear on the State Water Board's certified list.""",
  1500000, 8, "US-CA", None, "2027-07-01",
  answers=["connector_screen"],
  alts=[("basin_insert", "same place (inside the basin), lesser spec: a filter insert that is not on the certified full-capture list and clogs")],
  sibs=[("hds_vault", 0, "the need says large underground vaults are not feasible"),
        ("sweeper_routing", 1, "also trash control, but street sweeping is a different way (Track 2 style source control)"),
        ("trash_skimmer", 1, "also trash control, but collected in the receiving water, not at the storm drain")])

N("organics_audit", "San Jose", "SB 1383 compliance: route reviews for organics cart contamination", ["waste-treatment"],
  """SB 1383 regulations require the City to conduct route reviews or waste evaluations for prohibited container
  contaminants and to notify generators. Today the hauler sends one employee ahead of the trucks to lift lids on a
  small sample of green carts; results are spotty and the hauler says the labor cannot continue. We want to document
  contamination at every set-out, with photos tied to service addresses so courtesy notices can be mailed
  automatically. Swapping the 90,000 existing carts for new 'smart' carts is not on the table.""",
  700000, 8, "US-CA", 500, "2027-03-31",
  answers=["hopper_camera"],
  alts=[("lid_audit_service", "same way (documenting contamination by address), partial: a sampled lid-flip service, not every set-out")],
  sibs=[("rfid_carts", 0, "the need says swapping carts for smart carts is not on the table"),
        ("optical_sorter", 1, "also organics contamination, but removed downstream at the facility, no generator notices")])

N("lean_lfg", "Santa Rosa", "Closed landfill gas control: replacement of the flare (air district compliance)", ["waste-treatment", "clean-air"],
  """The County's 38-acre landfill closed in 2004. Gas flow has declined to about 90 scfm at 22-28% methane and the
  candlestick flare can no longer stay lit without propane assist, which causes downtime and surface emission
  exceedances under the state Landfill Methane Regulation. The Board has directed staff not to pursue any energy
  recovery project; there is too little gas and it is too lean. We need a control device that destroys the methane
  reliably at this quality and lower, with minimal supplemental fuel.""",
  900000, 8, "US-CA", 4000, "2027-06-30",
  answers=["lean_rto"],
  alts=[("lowbtu_flare", "same way (a combustion control device), lesser spec: rated down to 25% methane only, needs assist gas below that")],
  sibs=[("lfg_genset", 0, "the Board has ruled out any energy recovery project"),
        ("biocover", 1, "also methane control, but oxidised in a cover soil, not a control device"),
        ("wellfield_tuning", 1, "also landfill gas, but tunes collection; does not destroy lean gas")])

N("pump_scheduling", "Indio", "RFP: pump scheduling optimization and demand response enrollment for the potable water system", ["smart-grid"],
  """The District operates 24 wells and 11 booster stations feeding 16 reservoirs. Most pumping happens between 4 and
  9 p.m. because operators refill tanks as they draw down, which puts us on the utility's highest time-of-use rates;
  the electric bill was $6.8 million last year. We want software that plans pump starts a day ahead around tariffs,
  tank levels and demand forecasts, writes setpoints to our existing SCADA, and lets us bid into the utility's demand
  response program. This RFP does not cover battery storage; the Board considered and rejected it in 2025.""",
  600000, 8, "US-CA", 1500, "2027-05-01",
  answers=["pump_optimizer"],
  alts=[("tou_alarm", "same aim (shifting pumping off peak), partial: alarms operators before peak, no day-ahead optimization or DR")],
  sibs=[("gfl_battery", 0, "the need says battery storage is not covered and was rejected"),
        ("pump_vfd", 1, "also pump energy, but variable-speed drives save kWh, they do not shift load or join DR")])

N("plant_islanding", "Santa Rosa", "Grant application: treatment plant battery to island with the cogeneration engines", ["energy-storage"],
  """The 20 MGD plant runs two 800 kW biogas engines that trip offline with the grid because they cannot form a grid
  on their own. During the 2024 Public Safety Power Shutoffs the plant ran 52 hours on rented diesel generators. The
  project is a battery energy storage system that can island the plant, black-start and stabilize the existing
  engines, and shave demand charges in normal operation; storage around 2 MW / 4 MWh. The proposal must not include
  new diesel generation.""",
  3500000, 8, "US-CA", 700, "2027-10-31",
  answers=["gfm_bess"],
  alts=[("gfl_battery", "same way (LFP storage), lesser spec: grid-following, shaves peaks but cannot island or black-start the engines")],
  sibs=[("diesel_rental", 0, "the need says no new diesel generation"),
        ("h2_storage", 1, "also storage for resilience, but hydrogen and fuel cells are a different way")],
  traps=[("vanadium_flow", "cost_usd[0] 5,200,000 > budget 3,500,000")])

N("route_opt", "Fresno", "Solid Waste Division: collection route optimization (fuel and VMT reduction)", ["green-transportation"],
  """The Solid Waste Division runs 85 side-load routes that were drawn in 2011 and have been patched ever since;
  drivers deadhead across town and the collection fleet burns about 1.1 million gallons of diesel and CNG a year. We
  are looking for a service that rebuilds and balances the routes from our cart address data, handles the three
  streams (trash, recycling, organics) and the transfer station turn-around, and gives drivers turn-by-turn
  sequences on tablets. Buying new trucks is outside the scope of this solicitation.""",
  400000, 8, "US-CA", 2500, "2027-04-01",
  answers=["route_software"],
  alts=[("reroute_study", "same way (rebuilding routes), partial: a one-time study delivered as maps, no driver sequencing")],
  sibs=[("ev_side_loader", 0, "the need says buying new trucks is out of scope"),
        ("fill_sensors", 1, "also collection efficiency, but fill-level sensors on litter bins are a different way")])

N("lab_ventilation", "Sacramento", "Design criteria memo: new Water Quality Laboratory building (all-electric)", ["green-buildings"],
  """The Utility is designing a 28,000 sq ft replacement laboratory for its drinking water and wastewater testing.
  Early energy modeling shows the lab wing using about 65% of the building's energy, driven by once-through outside
  air at 8-10 air changes per hour for 40 fume hoods and the lab rooms. The design team is asked to bring the
  ventilation rates down safely while keeping the all-electric design. Our EH&S office will not accept energy
  recovery wheels that touch lab exhaust. We are looking for products to specify during design.""",
  900000, 8, "US-CA", 300, "2027-08-31",
  answers=["lab_dcv"],
  alts=[("lowflow_hoods", "same way (lower airflow), partial: only the hood exhaust, room air changes stay at 8-10")],
  sibs=[("enthalpy_wheel", 0, "EH&S will not accept recovery wheels on lab exhaust"),
        ("runaround_coil", 1, "also lab ventilation energy, but recovers heat instead of reducing the airflow")],
  setting=[("lims_cloud", "same laboratory, but sample and data management")])

N("lift_stations", "Modesto", "Public Works staff report: energy and moisture controls for 46 unmanned lift stations", ["energy-retrofits"],
  """Collections staff report that the heater and exhaust fan in most of our 46 sewer lift station control buildings
  run year-round, because the thermostats have failed or were set high to keep the panels dry; condensation still
  corrodes the motor control centers. The sites have only our SCADA radio for communication and no building
  automation. We want these small buildings ventilated and heated only when temperature, humidity or H2S call for
  it, with alarms back to the operators. Full building management systems with hardwired networks are not feasible
  at these remote sites.""",
  250000, 8, "US-CA", 120, "2027-03-31",
  answers=["pumphouse_ctrl"],
  alts=[("smart_thermostat", "same way (controls), partial: temperature-only thermostat, no humidity or H2S logic, no SCADA alarms")],
  sibs=[("bas_full", 0, "the need says full hardwired BMS are not feasible"),
        ("minisplit", 1, "also the buildings' HVAC energy, but replaces the heaters with heat pumps instead of controlling them")])

N("tailgas_co2", "San Diego", "Concept paper for a state climate grant: capture and use of CO2 from the biogas upgrading tail gas", ["carbon-capture"],
  """Since 2023 the plant's membrane biogas upgrading unit has turned digester gas into pipeline RNG. The permeate
  tail gas, about 3,000 tonnes a year of CO2 at 95% purity or better with traces of methane and H2S, is vented. The
  agency wants to capture this stream and liquefy it for sale to local beverage and greenhouse users, or use it on
  site. We have no surplus steam or heat, so solvent systems that need regeneration heat won't work. Seeking proven
  equipment.""",
  2500000, 7, "US-CA", 3000, "2027-12-31",
  answers=["co2_liquefier"],
  alts=[("co2_gas_skid", "same stream captured, partial: compressed and dried as gas for on-site pH control, no liquefaction or sale")],
  sibs=[("amine_skid", 0, "the need says solvent systems that need regeneration heat won't work"),
        ("co2_blocks", 1, "also CO2 use, but mineralised in concrete blocks, not capture of this stream")],
  traps=[("co2_electro", "TRL 4 < min_trl 7")])

N("cyano_reservoir", "San Luis Obispo", "Source water protection: control of cyanobacteria blooms in the terminal reservoir", ["clean-water"],
  """Each summer since 2021 the 1,200 acre-foot terminal reservoir has had Microcystis blooms; cyanotoxins reached
  1.8 ug/L at the intake, forcing powdered activated carbon feed at the plant and, in one year, a do-not-drink
  advisory. The reservoir supports a listed native fish, so copper-based algaecides are off the table, and the Fish
  and Wildlife permit discourages repeated chemical treatment. Staff is looking for a non-chemical method that
  suppresses the bloom in the water body before it reaches the intake, with real-time monitoring.""",
  500000, 8, "US-CA", None, "2027-04-15",
  answers=["ultrasonic_buoy"],
  sibs=[("copper_algaecide", 0, "the need says copper algaecides are off the table"),
        ("hypolimnetic_ox", 1, "also in-reservoir and non-chemical, but oxygenates the bottom water against nutrient release, a different way"),
        ("nanobubble", 1, "also non-chemical aeration, a different way; aimed at urban channels")])

N("lmr_scans", "Riverside", "Landfill surface emissions monitoring: quarterly LMR surface scans", ["ghg-data", "waste-treatment"],
  """California's Landfill Methane Regulation requires quarterly instantaneous surface monitoring across the waste
  footprint at 25-foot intervals plus monitoring of cover penetrations. At our 280-acre landfill two technicians
  walking with FID instruments need about three weeks a quarter, the steep side slopes are a safety concern, and the
  data sits in spreadsheets. We want faster, safer mapping of methane hot spots that gives geo-referenced records for
  reporting to the air district and for our GHG inventory. A single satellite snapshot a few times a year is not what
  we need.""",
  300000, 7, "US-CA", None, "2027-02-28",
  answers=["drone_methane"],
  alts=[("mobile_analyzer", "same way (instrumented methane mapping), partial: vehicle-mounted, covers roads and perimeter but not the slopes")],
  sibs=[("sat_methane", 0, "the need says a satellite snapshot is not what it needs"),
        ("wellfield_tuning", 1, "also landfill methane, but reduces emissions by tuning wells, does not map them"),
        ("ogi_camera", 1, "also methane detection, but a handheld camera for equipment leaks, not surface mapping")])

N("ag_nitrate", "Salinas", "Integrated Regional Water Management grant: on-farm nitrate reduction pilot", ["nature-based", "clean-water"],
  """The Agency proposes a pilot with growers in the lower valley, where tile drains and ditches carry 30-80 mg/L
  nitrate-N into the slough that feeds the river. Growers will host treatment only on field edges and at drain
  outlets; converting productive farmland to treatment wetlands is not acceptable to them. We need low-maintenance
  edge-of-field treatment without electricity or chemicals, with before-and-after monitoring for the grant's
  reporting requirements.""",
  450000, 7, "US-CA", None, "2027-03-31",
  answers=["woodchip_bioreactor"],
  alts=[("saturated_buffer", "same way (passive edge-of-field), lesser spec: needs a long existing buffer strip and removes less")],
  sibs=[("treatment_wetland", 0, "the need says converting farmland to wetlands is not acceptable"),
        ("nitrate_ix", 1, "also nitrate, but removed at a drinking-water wellhead with resin and brine")])

N("jetter_idle", "Oakland", "Fleet electrification plan: combination sewer cleaning trucks (Advanced Clean Fleets)", ["electric-vehicles"],
  """The District's 14 combination sewer cleaners spend most of the shift parked at manholes with the diesel engine
  idling at high rpm to drive the vacuum blower and the water jet pump. The chassis are 2019-2022 model years with
  eight or more years of service left, so replacing them with new zero-emission trucks isn't justified now. We want to
  stop the stationary diesel running: equipment that powers the body from a battery while parked and recharges
  overnight at the yard. Must work with the existing bodies' hydraulic drive.""",
  1200000, 7, "US-CA", 450, "2027-06-30",
  answers=["epto_retrofit"],
  alts=[("cab_idle_battery", "same way (battery while parked), partial: powers cab HVAC and lights only, not the body hydraulics")],
  sibs=[("ev_jetter", 0, "the need says new zero-emission trucks aren't justified now"),
        ("hvo_fuel", 1, "also cuts the diesel emissions, but by a drop-in fuel, the engine keeps idling")])

N("biosolids_char", "Redwood City", "RFQ: thermal conversion of biosolids to biochar (PFAS and land application risk)", ["clean-water", "waste-treatment"],
  """The authority produces about 60 wet tons a day of dewatered biosolids at 22% solids, now trucked 200 miles to land
  application in the Central Valley. Several counties are restricting land application because of PFAS and haul
  costs keep rising. We seek a modular system at the plant that converts the cake to a stable biochar, with
  destruction of PFAS in the process gas documented by testing. The Bay Area air district will not permit a new
  sludge incinerator, and drying alone or composting is not wanted because neither addresses PFAS.""",
  9000000, 7, "US-CA", 2500, "2027-12-31",
  answers=["sludge_pyrolysis"],
  alts=[("small_gasifier", "same way (thermal conversion to char), lesser spec: 10-25 wet t/d modules and PFAS results still pending")],
  sibs=[("fbi_incinerator", 0, "the air district will not permit a new incinerator"),
        ("sludge_compost", 0, "the need says composting is not wanted"),
        ("htc_char", 1, "also carbonisation, but hydrothermal (wet) with an uncertain PFAS fate, a different way")],
  traps=[("scwo_pilot", "TRL 6 < min_trl 7")])
