"""English technology pages written around the English needs, plus English generic distractors."""
from common import T, G

# --- n16 PFAS wells
T("gac_vessels", "Carbonite Water", "Lead-lag granular activated carbon vessels for PFAS",
  ["clean-water"],
  """Pairs of 12-ft carbon steel vessels with 20,000 lb of reagglomerated bituminous GAC each give 10-15 minutes of
  empty-bed contact time for long-chain PFAS removal at wellheads. Spent carbon is exchanged by our trucks and
  reactivated off site; no chemicals are stored at the well. NSF/ANSI 61 listed. Short-chain compounds such as PFBS
  break through earlier and set the change-out interval.""",
  9, [800000, 5000000], ["US"], None)

T("ro_skid", "Permeon Systems", "Low-energy reverse osmosis skid for PFAS and nitrate",
  ["clean-water"],
  """Spiral-wound RO trains of 0.5-5 MGD remove more than 99% of PFAS of every chain length together with nitrate,
  arsenic and hardness. Recovery of 85-90% with a concentrate stage; the concentrate stream is discharged to sewer or
  an outfall. Skids include CIP, antiscalant dosing and post-treatment stabilisation.""",
  9, [1500000, 12000000], ["*"], None)

T("pfas_electrochem", "Defluora", "Electrochemical oxidation cell for PFAS destruction",
  ["clean-water"],
  """Boron-doped diamond electrodes break the carbon-fluorine bond and mineralise PFAS to fluoride in concentrated
  streams. Bench and field trials on RO concentrate and foam fractionate show 90-99% destruction of PFOA; a first
  continuous unit for drinking-water wells is planned.""",
  4, [500000, 2000000], ["*"], None)

# --- n17 trash capture
T("basin_insert", "Drainguard", "Catch basin insert filters for trash, sediment and oil",
  ["clean-water"],
  """Geotextile and stainless frame inserts hang under the grate or behind the curb opening and hold trash, sediment
  and hydrocarbons, with an overflow path for large storms. Installed by hand in minutes; bags are vacuumed or
  replaced two to four times a year. Full-capture certification is being pursued for selected models.""",
  9, [100000, 900000], ["US"], None)

T("sweeper_routing", "Sweepwise", "Street sweeping route and parking-enforcement scheduling software",
  ["clean-water", "green-transportation"],
  """Plans sweeper routes by litter load, leaf season and no-parking days, and sends enforcement schedules to parking
  officers so curbs are clear when the sweeper arrives. GPS logs prove curb-miles swept for the stormwater annual
  report.""",
  9, [30000, 200000], ["US"], None)

# --- n18 organics contamination
T("lid_audit_service", "Cartcheck Field Services", "Lid-lift contamination audits with a tablet app",
  ["waste-treatment"],
  """Our auditors walk routes ahead of the trucks, lift lids on a statistical sample of carts, photograph the contents
  and record contaminants by address in a tablet app. Monthly reports and tag-ready data for courtesy notices meet
  the SB 1383 route-review option.""",
  9, [60000, 400000], ["US-CA"], None)

T("rfid_carts", "Smartcart Inc.", "RFID-tagged carts with fill-level and lid sensors",
  ["waste-treatment"],
  """New 64- and 96-gallon carts with RFID tags and ultrasonic fill and lid sensors report set-out, fill level and
  lid opening to the hauler's platform. Cart replacement programmes include delivery, old-cart recycling and
  resident outreach.""",
  9, [2500000, 9000000], ["*"], 200)

# --- n19 lean landfill gas
T("lowbtu_flare", "Pyroflare Systems", "Enclosed low-BTU ground flare",
  ["waste-treatment", "clean-air"],
  """A refractory-lined enclosed flare with staged air dampers and a continuous pilot destroys landfill gas down to
  25% methane at 99% destruction efficiency, 50-1,500 scfm. Below 25% methane a propane or natural gas assist is
  needed. Supplied with blower skid, flame arrestor and CEMS-ready controls.""",
  9, [250000, 800000], ["US"], 3000)

T("biocover", "Terraox", "Methane-oxidising biocover for landfill caps",
  ["waste-treatment", "nature-based"],
  """A 0.8-1.2 m compost and soil layer placed over the final cover hosts methanotrophic bacteria that oxidise
  30-80% of the methane seeping through. Design includes gas distribution layers, plant cover and surface monitoring.
  Suited to old landfills with low residual gas.""",
  8, [150000, 1200000], ["*"], 1500)

# --- n20 pump scheduling
T("tou_alarm", "Scadalert", "Time-of-use alarm module for water SCADA HMIs",
  ["smart-grid", "clean-water"],
  """An add-on for common HMI platforms that shows the current tariff period on every pump screen and warns
  operators 30 minutes before peak when reservoirs are below a fill target. Monthly reports show kWh pumped by
  tariff period.""",
  9, [15000, 80000], ["US"], 300)

T("gfl_battery", "Peakcell Energy", "Behind-the-meter LFP battery for demand charge reduction",
  ["energy-storage", "smart-grid"],
  """Outdoor LFP cabinets from 250 kWh to 8 MWh with a grid-following inverter that learns the site load and trims
  15-minute demand peaks, and can join utility demand response programmes. Commissioned for industrial sites,
  schools and water utilities; ten-year performance guarantee.""",
  9, [300000, 4000000], ["*"], 500)

T("diesel_rental", "Primepower Rentals", "Rental diesel generators for planned power shutoffs",
  ["energy-storage"],
  """Tier 4 Final diesel generators from 500 kW to 2 MW, delivered with fuel tanks, cables and automatic transfer
  switches on 24-hour notice ahead of power shutoff events. Refuelling service and remote monitoring during the
  outage.""",
  9, [20000, 300000], ["US-CA"], None)

T("vanadium_flow", "Vanaflow Storage", "Vanadium redox flow battery, 2 MW / 8 MWh",
  ["energy-storage"],
  """Long-duration vanadium flow battery with 20,000-cycle life and no degradation of the electrolyte, sized for four
  to ten hours of discharge. Grid-forming inverter for islanded microgrids at plants and campuses. Turnkey delivery
  with tanks, stacks and building.""",
  8, [5200000, 12000000], ["*"], 900)

# --- n22 routing
T("reroute_study", "Routewise Consulting", "One-time collection rerouting study",
  ["green-transportation", "waste-treatment"],
  """Our analysts rebuild residential collection routes from your GIS and cart counts, balance them by lifts and
  drive time, and deliver new route maps and a savings estimate. The study takes eight to twelve weeks; routes are
  handed over as PDF and shapefiles.""",
  9, [60000, 180000], ["US"], 800)

T("ev_side_loader", "Ampcart Trucks", "Battery-electric automated side-loader",
  ["electric-vehicles"],
  """A battery-electric automated side-loader with a 400 kWh pack and electric arm, rated for 1,200 carts a day.
  Regenerative braking recovers energy on stop-start routes. Eligible for HVIP vouchers in California; depot
  chargers sold separately.""",
  9, [450000, 9000000], ["US"], 45)

# --- n23 lab ventilation
T("lowflow_hoods", "Hoodline", "High-performance low-flow fume hoods",
  ["green-buildings", "energy-retrofits"],
  """Bypass-free fume hoods with aerodynamic sashes and automatic sash closers contain at 60 fpm face velocity
  instead of 100, cutting hood exhaust by up to 40%. ASHRAE 110 tested; VAV ready. Available in 4-, 5- and 6-ft
  bench and walk-in versions.""",
  9, [100000, 600000], ["*"], 150)

T("enthalpy_wheel", "Rotaheat", "Total-energy recovery wheels for outside-air units",
  ["green-buildings", "energy-retrofits"],
  """Desiccant-coated aluminium wheels transfer heat and moisture between exhaust and supply air at 75-80%
  effectiveness, shrinking heating and cooling plant for 100% outside-air buildings. Purge sections limit carryover.
  Sizes up to 60,000 cfm.""",
  9, [40000, 400000], ["*"], 200)

T("lims_cloud", "Labstream", "Cloud laboratory information management system for water utilities",
  ["clean-water"],
  """Sample scheduling, chain of custody, instrument interfaces and regulatory reporting to state drinking water
  databases in one cloud LIMS. Barcode labels, QA/QC charts and a customer portal for results. Hosted in US data
  centres.""",
  9, [50000, 300000], ["US"], None)

# --- n24 lift stations
T("smart_thermostat", "Thermotrak", "Programmable line-voltage thermostats with lockout",
  ["energy-retrofits"],
  """Tamper-proof programmable thermostats for baseboard and unit heaters up to 22 A, with setpoint limits and a fan
  relay. Replaces failed bimetal thermostats in small utility buildings in under an hour.""",
  9, [5000, 40000], ["US"], 40)

T("minisplit", "Coolpath HVAC", "Ductless mini-split heat pumps for small buildings",
  ["energy-retrofits"],
  """Inverter mini-split heat pumps of 9,000-36,000 BTU/h heat and cool small buildings at a seasonal COP of 3 or
  more, replacing resistance heaters. Wall or ceiling cassettes; installed by our licensed crews with permits.""",
  9, [8000, 300000], ["US"], 100)

# --- n25 tail gas CO2
T("co2_gas_skid", "Carbonix Gas", "CO2 recovery compressor and dryer skid for on-site use",
  ["carbon-capture", "clean-water"],
  """Compresses and dries CO2-rich tail gas from biogas upgrading for injection into treated effluent or drinking
  water for pH and alkalinity control, replacing purchased CO2 or acid. Skids of 1-5 t/d with H2S polishing.""",
  8, [200000, 900000], ["*"], 600)

T("amine_skid", "Solvocap", "Modular amine post-combustion capture skid",
  ["carbon-capture"],
  """Absorber and stripper columns with a proprietary amine capture 90% of the CO2 in engine, boiler or turbine
  exhaust at 3-15% CO2. Regeneration needs about 3 GJ of steam per tonne of CO2. Modular units of 10-100 t/d.""",
  8, [1500000, 12000000], ["*"], 5000)

T("co2_electro", "Formica Carbon", "Electrochemical CO2-to-formate reactor (pilot)",
  ["carbon-capture"],
  """Gas-diffusion electrodes convert concentrated CO2 into formic acid with renewable electricity. A 50 kg/day pilot
  is running on fermentation CO2; catalyst lifetime and membrane stability are being improved before the first
  commercial unit.""",
  4, [1000000, 3000000], ["*"], 500)

# --- n26 cyanobacteria
T("copper_algaecide", "Cuprochem", "Chelated copper algaecide for reservoirs",
  ["clean-water"],
  """Ethanolamine-chelated copper applied by boat or aircraft kills cyanobacteria and green algae within 24-48 hours
  at 0.2-1.0 mg/L copper. NSF/ANSI 60 certified for drinking water sources; treatment plans drawn up by our licensed
  applicators.""",
  9, [20000, 200000], ["US"], None)

# --- n27 LMR scans
T("mobile_analyzer", "Plumetrace", "Vehicle-mounted methane analyser surveys",
  ["ghg-data", "waste-treatment"],
  """A cavity ring-down analyser and wind sensor on an SUV map methane along roads, perimeters and access tracks at ppb
  sensitivity, and inverse models estimate the emission rate. One day covers a site perimeter; reports include maps
  and rates.""",
  9, [20000, 150000], ["US"], None)

T("sat_methane", "Orbimeth", "Satellite methane plume detection",
  ["ghg-data"],
  """Hyperspectral satellites detect methane plumes above about 100 kg/h and attribute them to facilities. Subscribers
  receive a plume alert with location and rate estimate whenever a clear-sky pass sees a site.""",
  9, [10000, 100000], ["*"], None)

# --- n28 nitrate
T("saturated_buffer", "Riparia", "Saturated riparian buffer design and installation",
  ["nature-based", "clean-water"],
  """A control structure diverts tile drain water into a perforated distribution line running parallel to the stream,
  so it seeps through the root zone of an existing 20-30 m wide grass or tree buffer where nitrate is denitrified.
  Removes 20-40% of the nitrate load; no power.""",
  8, [15000, 120000], ["US"], None)

T("nitrate_ix", "Nitrex Water", "Nitrate-selective ion exchange for drinking-water wells",
  ["clean-water"],
  """Pressure vessels of nitrate-selective anion resin bring well water from 20 mg/L to under 5 mg/L nitrate-N, with
  automatic brine regeneration and brine reuse. 100-3,000 gpm skids; brine goes to sewer.""",
  9, [300000, 3000000], ["US"], None)

# --- n29 jetter idling
T("cab_idle_battery", "Restcab", "Battery idle-reduction system for truck cabs",
  ["electric-vehicles"],
  """A lithium battery and electric HVAC unit keep the cab heated or cooled and the lights and radio on with the engine
  off for up to ten hours, recharging from the alternator while driving. Installs in one day on most work trucks.""",
  9, [8000, 150000], ["US"], 80)

T("ev_jetter", "Voltvac", "Battery-electric combination sewer cleaner",
  ["electric-vehicles"],
  """A new Class 8 battery-electric chassis with an electrically driven positive-displacement vacuum and water pump,
  rated for a full shift of jetting and vacuuming. HVIP eligible; 150 kW DC charging at the yard.""",
  8, [800000, 12000000], ["US"], 90)

# --- n30 biosolids
T("small_gasifier", "Charvolt", "Downdraft biosolids gasifier producing biochar",
  ["clean-water", "waste-treatment"],
  """Dried biosolids are gasified at 700-800 C into syngas that heats the dryer and a carbon-rich biochar. Modules of
  10-25 wet tons a day; PFAS testing of the char and flue gas is under way with two utilities.""",
  7, [2000000, 8000000], ["US"], 900)

T("fbi_incinerator", "Fluidburn", "Fluidized-bed sludge incinerator",
  ["clean-water", "waste-treatment"],
  """Bubbling fluidized-bed furnaces burn dewatered sludge at 850 C with heat recovery, wet scrubbing and mercury
  control, leaving an inert ash of about 10% of the dry solids. Sizes of 50-400 wet tons a day.""",
  9, [8000000, 60000000], ["*"], 2000)

T("htc_char", "Hydrochar Process", "Hydrothermal carbonization of wet sludge",
  ["clean-water", "waste-treatment"],
  """Sludge at 20% solids is cooked at 200-220 C and 20 bar for one to two hours, giving a hydrochar that dewaters to
  60% solids without thermal drying. The process water is returned to the plant. First commercial lines are in
  Europe; the fate of PFAS in char and liquor is being studied.""",
  7, [3000000, 10000000], ["*"], 800)

T("scwo_pilot", "Critox", "Supercritical water oxidation of biosolids (demonstration)",
  ["clean-water", "waste-treatment"],
  """Sludge is oxidised in water above 374 C and 221 bar, destroying organics and PFAS to below detection in seconds
  and producing clean water, heat and an inert mineral residue. A 6 wet t/d demonstration unit is operating.""",
  6, [3000000, 9000000], ["*"], 1500)

# --- generic distractors (English)
G("gen_water_cloud", "Aquanex Digital", "Smart Water Cloud OS",
  ["clean-water", "ghg-data"],
  """An integrated, AI-powered operating system for the water utility of the future. Smart Water Cloud OS unifies data
  from every asset, sensor and system into one intelligent platform, delivering real-time insights, predictive
  analytics and sustainability dashboards that help utilities optimize operations, reduce costs and accelerate
  their journey to net zero.""",
  8, [100000, 2000000], ["*"], None)

G("gen_energy_brain", "Cognergy", "AI Energy Brain for public utilities",
  ["smart-grid", "energy-efficiency"],
  """Our AI Energy Brain learns how your facilities use energy and continuously optimizes every process, from pumps to
  buildings, using machine learning and digital intelligence. Save energy, cut carbon and empower your teams with
  smart recommendations, all from a single pane of glass.""",
  8, [80000, 1500000], ["*"], 2000)

G("gen_netzero", "Pathzero Advisory", "Net-Zero Roadmap Consulting for public agencies",
  ["ghg-data"],
  """We partner with cities, districts and utilities to design ambitious, achievable net-zero roadmaps. Our experts
  combine climate strategy, stakeholder engagement and data-driven analysis to identify decarbonization levers
  across energy, water, waste and fleets, and to unlock funding for a sustainable, resilient future.""",
  9, [50000, 500000], ["*"], None)

G("gen_twin", "Twinworks", "Utility Digital Twin Platform",
  ["clean-water", "smart-grid"],
  """A living digital twin of your entire network and treatment assets. Simulate, predict and optimize performance in a
  virtual replica, connect IoT data streams and visualise scenarios in 3D to drive smarter investment, resilience and
  sustainability outcomes across the enterprise.""",
  8, [200000, 3000000], ["*"], None)

G("gen_resilience", "Climatiq Analytics", "Climate Resilience Analytics Suite",
  ["ghg-data", "nature-based"],
  """Understand climate risk across your assets with AI-driven scenario modelling of flood, heat, drought and wildfire.
  Dashboards, ESG-ready reports and nature-based solution screening help public agencies plan for a resilient,
  low-carbon future and communicate progress to stakeholders.""",
  8, [40000, 600000], ["*"], None)

G("gen_iot_kit", "Sensify", "Green IoT Sensor Kit",
  ["clean-water", "clean-air", "energy-efficiency"],
  """A plug-and-play kit of wireless environmental sensors for water, air and energy, with a cloud gateway and
  out-of-the-box dashboards. Monitor anything, anywhere, and turn data into sustainability action with alerts,
  analytics and open APIs for smart city integration.""",
  8, [10000, 200000], ["*"], None)
