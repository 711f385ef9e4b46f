"""English technology pages written around the Chinese needs (answers, siblings, setting distractors)."""
from common import T

# --- n01 leak detection
T("acoustic_loggers", "Hydrosonic Networks", "PermaSense fixed acoustic noise loggers with auto-correlation",
  ["clean-water"],
  """Magnet-mounted acoustic loggers stay on valves and hydrants and record pipe noise between 02:00 and 04:00 every
  night, uploading over NB-IoT or LTE-M. Neighbouring units correlate automatically, pinpointing leaks to within 1 m
  on metallic pipe and 3 m on asbestos-cement and PVC. Ten-year battery, IP68. Typical deployments are 500-3,000
  units per utility, rolled out zone by zone; alerts go to the crew app with a street-view pin.""",
  9, [150000, 1500000], ["*"], 250)

T("pressure_mgmt", "Modula Valve Controls", "Flow-modulated PRV controllers for advanced pressure management",
  ["clean-water"],
  """Battery-powered controllers fit on existing pressure-reducing valves and lower outlet pressure at night as
  demand falls, following a flow-modulated or time-based profile. Lower average pressure cuts background leakage and
  burst frequency by 20-40% in most zones. Includes hydraulic modelling of the zone, commissioning and a web portal
  for pressure and flow logs. No excavation where PRV chambers already exist.""",
  9, [40000, 400000], ["*"], 150)

T("sat_leak", "Orbisense Analytics", "Satellite L-band radar leak screening",
  ["clean-water"],
  """Synthetic-aperture radar images taken from orbit are processed for the spectral signature of treated drinking
  water in the soil, producing polygons of suspected leakage across a whole city in one pass. Each polygon is about
  200-400 m of main that field crews then survey on foot. Delivered as a GIS layer once or twice a year; no hardware
  on the network.""",
  9, [60000, 300000], ["*"], 100)

T("nbiot_meters", "Aquameter Systems", "NB-IoT ultrasonic smart water meters, DN15-DN25",
  ["clean-water", "smart-grid"],
  """Static ultrasonic residential meters, R400 accuracy class, with integrated NB-IoT modules reporting hourly
  reads and back-flow, burst and tamper alarms. No moving parts, 15-year battery, remote valve option for prepaid
  billing. Customer-side leak alerts are triggered by continuous night flow at the household. Supplied with head-end
  software and an interface to the billing system; installation by our meter-exchange crews.""",
  9, [200000, 5000000], ["*"], 80)

# --- n02 black-odorous channel sediment
T("sediment_oxidation", "Benthix Environmental", "Benthix in-situ sediment oxidation and phosphorus locking",
  ["clean-water", "nature-based"],
  """Slow-release calcium nitrate and oxygen-release granules are injected 10-30 cm into the sediment from a
  shallow-draft rig or by hand lance, oxidising acid-volatile sulphides and reduced organics in place and binding
  phosphate to iron. Works in channels under 1 m deep, with no dredging or dewatering area. Sulphide typically drops
  by 70-90% within six weeks and one dose lasts two to three seasons.""",
  8, [80000, 600000], ["*"], None)

T("nanobubble", "Microbubbl Tech", "Nanobubble oxygenation units for ponds, lakes and urban channels",
  ["clean-water"],
  """Skid-mounted generators dissolve oxygen or air as bubbles below 200 nm that stay suspended for days, raising
  dissolved oxygen across the water column without surface spray or visible foam. One 7.5 kW unit treats up to
  40,000 m3 of water; units run on shore power from a riverside cabinet. Used for odour complaints, fish kills and
  algae-prone water bodies, with DO telemetry included.""",
  9, [30000, 250000], ["*"], None)

T("trash_skimmer", "Riverbot Marine", "Autonomous solar trash-skimming boat",
  ["clean-water"],
  """A 3.5 m solar catamaran patrols rivers and canals on GPS waypoints and scoops floating litter, plastics and
  vegetation into a 400-litre basket, returning to a dock to unload. Lidar and camera avoid swimmers and moored
  boats. Collects up to 500 kg a day; remote dashboard shows routes and tonnage. Works in water down to 0.5 m
  depth.""",
  8, [45000, 200000], ["*"], None)

T("geotube_dredge", "Silt Solutions", "Cutter-suction dredging with geotextile-tube dewatering",
  ["clean-water"],
  """Portable cutter-suction dredges remove contaminated sediment hydraulically and pump the slurry into
  high-strength geotextile tubes laid on a staging area beside the waterway. Polymer conditioning releases clear
  filtrate back to the river within hours; the dewatered cake is trucked to landfill or reuse. Production rates of
  50-300 m3 of in-situ sediment per hour.""",
  9, [200000, 3000000], ["*"], None)

# --- n03 reject water
T("anammox_sidestream", "Granulix Process", "Granulix sidestream deammonification for centrate and filtrate",
  ["clean-water", "energy-efficiency"],
  """Partial nitritation and anammox in a single SBR or MBBR treat digester centrate, filtrate and other reject
  water. Removes 85-90% of ammonium with about 60% less aeration energy than nitrification-denitrification and no
  methanol; a hydrocyclone retains the granular anammox biomass. Seed sludge comes from our reference plants, start-up
  takes 8-12 weeks, and more than 150 installations run worldwide.""",
  9, [600000, 4000000], ["*"], 1100)

T("carbon_dosing_ctrl", "Dosetech Controls", "Feed-forward external carbon dosing controller",
  ["clean-water"],
  """Nitrate and flow analysers at the anoxic zone feed a model-based controller that sets methanol, acetate or
  glycerol dosing to what the biomass needs, instead of a fixed rate. Plants typically cut carbon purchase by 20-35%
  and hold effluent total nitrogen steadier in cold weather. Supplied with analysers, dosing pumps and PLC
  integration.""",
  9, [60000, 350000], ["*"], 200)

T("decanter_upgrade", "Centrix Separation", "High-solids decanter centrifuge retrofit",
  ["clean-water"],
  """A new scroll and bowl geometry with a variable-speed back-drive raises digested sludge cake from 20% to 24-26%
  dry solids and cuts polymer by up to 20%. Fits existing centrifuge footprints and feed pumps; supplied with a torque
  control package. Drier cake means fewer truckloads to disposal.""",
  9, [250000, 900000], ["*"], 150)

T("ammonia_stripping", "Ammonex", "Ammonia stripping towers with ammonium sulphate recovery",
  ["clean-water", "waste-treatment"],
  """Caustic lifts the pH of centrate or leachate to 10.5-11, and packed towers strip ammonia into air that is then
  scrubbed with sulphuric acid, producing a 35-40% ammonium sulphate solution sold as fertiliser. Removal above 90%;
  chemical dosing skids, towers and acid scrubbers are supplied as one package.""",
  9, [500000, 3000000], ["*"], 300)

# --- n04 fly ash
T("plasma_vitrify", "Vitrion Plasma", "Plasma-arc vitrification of incinerator APC residues",
  ["waste-treatment", "clean-air"],
  """An electric plasma furnace melts incinerator fly ash and air-pollution-control residues at 1,400-1,500 C,
  destroying dioxins and furans and binding lead, zinc and cadmium in a glassy slag that passes leaching tests and is
  sold as aggregate. Volume falls by about 70% and salts are recovered from the off-gas. Plants of 20-100 t/d operate
  in Japan, Taiwan and France.""",
  8, [3000000, 25000000], ["*"], None)

T("chelant", "Stabilix Chemicals", "Dithiocarbamate chelating agent for fly ash stabilisation",
  ["waste-treatment"],
  """Liquid piperazine dithiocarbamate chelant is mixed with fly ash and water in a twin-shaft mixer, binding lead,
  cadmium and mercury so the product passes the landfill leaching limits. Dosage 2-4% by weight of ash. Supplied with
  dosing skids and on-site testing support for incineration plants.""",
  9, [50000, 300000], ["*"], None)

T("microwave_flyash", "Microfuse Labs", "Microwave sintering of fly ash into ceramic pellets (pilot)",
  ["waste-treatment"],
  """A 1 t/d pilot heats washed fly ash with microwaves to 1,100 C, decomposing dioxins and sintering the ash into
  lightweight ceramic pellets. Early runs meet leaching limits; energy use and refractory life are under evaluation
  at a demonstration site. Seeking host plants for a 10 t/d scale-up.""",
  5, [800000, 3000000], ["*"], None)

# --- n05 leachate concentrate
T("submerged_evap", "Flamewater Process", "LFG-fired submerged combustion evaporator",
  ["waste-treatment", "clean-water"],
  """Landfill gas burns directly below the liquid surface, so the hot combustion gas contacts the leachate or RO
  concentrate with no heat-exchange surfaces to foul or scale. Reduces concentrate volume by 90-95% to a slurry that
  is solidified on site. Gas with 35-55% methane is accepted as received, turning flare hours into useful duty.
  Skids of 20-150 m3 a day.""",
  9, [700000, 3500000], ["*"], 700)

T("dtro_stage", "Membraflux", "Disc-tube reverse osmosis (DTRO) for leachate and concentrate",
  ["waste-treatment", "clean-water"],
  """Open-channel disc-tube modules run at up to 120 bar to squeeze a further 50-70% of permeate out of nanofiltration
  or RO concentrate, where spiral modules would foul. Containerised units of 20-200 m3 a day with automatic cleaning;
  membranes are replaced disc by disc. The remaining concentrate is about a third of the feed.""",
  9, [300000, 1500000], ["*"], None)

T("lfg_genset", "Gasdyne Power", "Landfill gas engine generator sets, 500 kW to 2 MW",
  ["waste-treatment", "renewable-energy"],
  """Containerised lean-burn gas engines run on landfill gas of 40% methane or more, with gas conditioning, chillers
  and siloxane filters. Sold outright or under a power purchase agreement; 8,000 running hours a year with our
  service contract. Heat can be recovered for leachate or building use.""",
  9, [900000, 4000000], ["*"], 6000)

T("leachate_epc", "Tectum Environmental", "Turnkey leachate treatment plant, 400 m3/d, with zero-liquid discharge",
  ["waste-treatment", "clean-water"],
  """Design-build of a complete leachate plant: equalisation, two-stage biological treatment, MBR, NF and RO, plus a
  concentrate evaporator and dryer for zero liquid discharge. Sized for 200-800 m3 a day; civil works, building and
  five years of operation included.""",
  9, [5500000, 20000000], ["*"], 1000)

# --- n06 renovation waste
T("mobile_crusher", "Tracrush Equipment", "Track-mounted crushing and screening train with air-knife separator",
  ["waste-treatment"],
  """A tracked jaw crusher, a two-deck screen and a wind-shifter air knife blow off timber, plastics and film, and an
  overband magnet pulls rebar. Produces 0-5 mm and 5-31.5 mm recycled aggregate at 80-150 t/h from mixed renovation
  rubble. The train relocates in a day on a low-loader; misting cannons suppress dust, and a hand-picking cabin can
  be added.""",
  9, [450000, 1600000], ["*"], 1200)

T("bulky_shredder", "Shredmaster", "Slow-speed shredder for bulky household waste",
  ["waste-treatment"],
  """A twin-shaft shredder with 90 kW hydraulic drive reduces sofas, mattresses, wardrobes and carpets to under
  300 mm so they can be baled or sent to energy recovery. Throughput 15-30 t/h; auto-reverse protects against
  metal. Stationary or on a hook-lift frame.""",
  9, [250000, 700000], ["*"], 300)

# --- n07 street trees
T("soil_cells", "Rootvault Systems", "Suspended-pavement soil cells for street trees and stormwater",
  ["nature-based", "clean-water"],
  """Modular polypropylene cells carry the sidewalk on posts, H-20 rated when installed to spec, while the 94% void
  space is filled with uncompacted planting soil. Each tree gets 15-30 m3 of soil, and the same soil volume detains
  and filters runoff from the adjoining pavement. Cells stack one to three high around existing utilities and are
  used in streetscapes across North America, Europe and Asia.""",
  9, [60000, 1500000], ["*"], 40)

T("permeable_pavers", "Perviapave", "Permeable interlocking concrete pavers",
  ["clean-water", "nature-based"],
  """Concrete pavers with widened joints filled with clean aggregate let rain pass into an open-graded base that stores
  and infiltrates it. Infiltration rates above 250 mm/h when new; vacuum sweeping once a year keeps joints open.
  Rated for pedestrian and light-vehicle areas; laid by standard paving crews.""",
  9, [30000, 800000], ["*"], None)

# --- n08 village sewage
T("french_reedbed", "Phragmitec", "Two-stage vertical-flow reed beds for raw sewage (French system)",
  ["clean-water", "nature-based"],
  """Screened raw sewage is dosed in batches onto the first stage of reed-planted gravel beds by a float-operated
  siphon, so a sloping site needs no pumps or blowers. Sludge builds up as a compost-like layer that is removed once
  every 10-15 years, with no primary settling tank. Meets 25 mg/L BOD and 90% TSS removal with 1.5-2 m2 per
  person-equivalent; more than 3,500 plants serve small villages.""",
  9, [30000, 900000], ["*"], None)

T("solar_package", "Sunflo Water", "Solar-powered aerobic package treatment plant",
  ["clean-water", "renewable-energy"],
  """A containerised extended-aeration plant for 50-500 people, with PV panels and a battery running the blower and
  pumps off-grid. Remote monitoring of blower hours and battery state; effluent meets secondary standards. Delivered
  pre-assembled on a skid; blower service every six months.""",
  9, [25000, 400000], ["*"], 5)

# --- n09 N2O
T("n2o_sensor", "Nitrosense", "Dissolved N2O microsensors for activated sludge tanks",
  ["ghg-data", "clean-water"],
  """Clark-type liquid-phase N2O sensors hang in the aeration lanes like a DO probe and log every minute across
  0-2 mg/L N2O-N. A cloud model converts dissolved concentration and airflow into emitted N2O, reports kg N2O-N per
  day and per lane, and flags the nitrite peaks that drive emissions. Sensor heads are exchanged yearly; installed at
  more than 200 plants.""",
  8, [40000, 300000], ["*"], None)

T("ogi_camera", "Thermeye Instruments", "Optical gas imaging survey of digesters and biogas systems",
  ["ghg-data", "clean-air"],
  """Cooled infrared cameras make methane visible at pressure-relief valves, gas holders, CHP units and digester roofs.
  Our technicians survey a plant in one or two days, film each leak, estimate its rate and deliver a repair list;
  quarterly programmes track repairs.""",
  9, [15000, 120000], ["*"], 500)

T("ftir_hood", "Emissiolab", "Floating flux-hood campaigns with FTIR off-gas analysis",
  ["ghg-data", "clean-water"],
  """Floating hoods are placed on aeration basins and the captured off-gas is analysed by a portable FTIR for N2O, CH4
  and CO2. A typical campaign runs two to four weeks per season and yields plant-specific emission factors for the
  carbon report.""",
  9, [30000, 150000], ["*"], None)

# --- n10 aeration
T("abac", "Aerologic Controls", "Ammonia-based aeration control package",
  ["energy-efficiency", "clean-water"],
  """In-basin ion-selective NH4-N and DO probes feed a cascade controller that sets variable DO setpoints lane by
  lane, then drives most-open-valve pressure control on the blower header. Typical savings are 15-30% of aeration
  energy with fewer nitrogen excursions. Works with existing blowers, actuated butterfly valves and the plant PLC
  over Modbus or Profinet.""",
  9, [120000, 700000], ["*"], 800)

T("fine_diffusers", "Bubbletech", "EPDM membrane disc diffuser replacement",
  ["energy-efficiency", "clean-water"],
  """Fine-bubble 9-inch membrane discs and grids replace coarse-bubble or fouled diffusers, raising oxygen transfer
  efficiency by 30-50%. Basins are drained one at a time; a crew fits 1,500 discs a week. Perforated EPDM or silicone
  membranes, eight-year warranty.""",
  9, [100000, 800000], ["*"], 600)

T("maglev_blower", "Levair", "Magnetic-bearing high-speed turbo blowers",
  ["energy-efficiency", "clean-water"],
  """Oil-free turbo blowers on active magnetic bearings, 75-400 kW, with integrated VFD and surge control. Wire-to-air
  efficiency 10-20% better than multistage centrifugal or positive-displacement units they replace. Supplied with
  inlet filters, silencers and the master controller.""",
  9, [150000, 1500000], ["*"], 700)

# --- n11 PV over tanks
T("cable_pv", "Tensolar Structures", "Long-span prestressed cable PV structure",
  ["renewable-energy"],
  """Pre-tensioned steel cables spanning 15-40 m between end frames carry PV modules high above tanks, channels and
  clarifiers, leaving 4-6 m of clearance for cranes and walkways. Foundations sit only at the ends, none inside the
  basins. Designed for typhoon wind loads, with about 30% less steel than portal frames; built at wastewater plants,
  canals and farmland.""",
  8, [1500000, 9000000], ["*"], 4000)

T("floating_pv", "Aquavolt", "Floating PV on HDPE pontoons",
  ["renewable-energy"],
  """HDPE floats carry modules on reservoirs, quarry lakes and still ponds, anchored to the bank or bed. The water
  cools the modules for a 3-5% yield gain and shading reduces evaporation. 1-50 MW systems; walkways for cleaning are
  part of the float layout.""",
  9, [600000, 30000000], ["*"], 3000)

T("rooftop_pv", "Brightroof Energy", "Commercial rooftop PV for self-consumption",
  ["renewable-energy", "energy-retrofits"],
  """Ballasted or rail-mounted PV on flat and metal roofs of warehouses, offices and plant buildings, 50 kW to 5 MW,
  with string inverters and export limitation. Structural checks, permitting and a 10-year workmanship warranty
  included.""",
  9, [50000, 3000000], ["*"], 400)

# --- n12 refuse trucks
T("bev_rear_loader", "Voltcart Trucks", "Battery-electric 18 t rear-loader refuse truck",
  ["electric-vehicles"],
  """A factory-built battery-electric refuse truck with a 280-350 kWh LFP pack, 250 kW motor and an all-electric
  compaction body driven from the traction battery through an ePTO, so the body runs quietly before dawn. Typical duty
  is 150 km and 1,000 bin lifts a shift, with DC charging at 120 kW overnight. Supplied with telematics, depot
  chargers and driver training.""",
  9, [350000, 6500000], ["*"], 30)

T("fuel_cell_truck", "Hydrohaul", "Hydrogen fuel-cell refuse collection truck",
  ["electric-vehicles"],
  """A 120 kW fuel cell and a buffer battery drive a 26 t refuse truck for a full double shift; 30 kg of hydrogen at
  350 bar refuels in ten minutes. Zero tailpipe emissions and quiet compaction. Offered with hydrogen supply
  contracts where a station is available.""",
  8, [500000, 6000000], ["*"], 35)

T("swap_station", "Swapgo Energy", "Battery-swap station for heavy urban trucks",
  ["electric-vehicles", "energy-storage"],
  """An automated station swaps 280 kWh packs from the side of the truck in five minutes, storing and charging up to
  seven packs off-peak. Suits sanitation, muck-away and logistics fleets with standardised chassis. Station built in
  eight weeks on a 400 m2 pad.""",
  9, [900000, 2500000], ["*"], 400)

# --- n13 pump station odour
T("biotrickling", "Sulfurex Air", "Compact biotrickling filter for H2S",
  ["clean-air"],
  """A skid or vessel of structured inorganic media with recirculating nutrient water, where sulphur-oxidising bacteria
  remove 95-99% of H2S at loadings up to 100 ppm. Empty-bed contact time is 8-12 s, so a 3,000 m3/h unit fits on
  10 m2. The media carries a ten-year life: no carbon change-outs, weekly checks only, and the drain goes back to the
  wet well.""",
  9, [40000, 250000], ["*"], None)

T("nitrate_forcemain", "Septicure", "Calcium nitrate dosing for rising mains and force mains",
  ["clean-water", "clean-air"],
  """Dosing stations add calcium nitrate at the upstream pump station so bacteria use nitrate instead of sulphate,
  preventing sulphide from forming in the rising main. Controllers pace dosing to flow and temperature. Cuts H2S at
  the discharge manhole by 80-95% and slows concrete corrosion.""",
  9, [20000, 150000], ["*"], None)

T("plant_spray", "Florafresh", "Plant-extract deodorising mist systems",
  ["clean-air"],
  """High-pressure nozzles along fences, doors and tipping floors release a fine mist of plant-extract solution that
  neutralises odour molecules in the air. Timer or odour-sensor control; 20 litres of concentrate last a month on a
  typical transfer station.""",
  9, [5000, 60000], ["*"], None)

# --- n14 data room
T("indirect_evap", "Evapra Cooling", "Indirect evaporative cooling units for data halls",
  ["green-data-centers"],
  """Air-to-air polymer heat exchangers keep outside air apart from the data-hall air loop; water is sprayed on the
  scavenger side only when it is warm, and a trim DX coil covers the hottest hours. Approved for reclaimed and recycled
  water make-up with inline filtration and scale control. Annualised PUE of 1.2-1.3 in temperate climates; modules
  of 100-400 kW.""",
  9, [150000, 1200000], ["*"], 300)

T("wc_chiller_reclaimed", "Chillpro", "Water-cooled chiller plant on reclaimed-water cooling towers",
  ["green-data-centers", "energy-efficiency"],
  """Variable-speed centrifugal chillers reject heat through open cooling towers fed with reclaimed water, with a
  side-stream filter and chemical treatment package for high-TDS supply. Plant COP above 6 at design. Sized from
  300 kW to 5 MW of IT load.""",
  9, [300000, 3000000], ["*"], 250)

T("immersion_tank", "Dielectra", "Single-phase immersion cooling tanks",
  ["green-data-centers"],
  """Servers are submerged in a biodegradable dielectric fluid in 42U tanks that remove up to 100 kW each with dry
  coolers and no chillers. Facility PUE of 1.05-1.1. Requires servers with fans removed and approved thermal
  interface materials.""",
  9, [200000, 2500000], ["*"], 400)

# --- n15 sludge dryer
T("co2_hp_dryer", "Thermocycle Drying", "Transcritical CO2 heat-pump belt dryer for sludge",
  ["hfc-alternatives", "clean-water"],
  """A closed-loop belt dryer whose heat pump runs on R744, GWP 1: the gas cooler heats drying air to 75-90 C while
  the evaporator condenses moisture out of the return air, so there is no exhaust plume and consumption is
  0.25-0.3 kWh per kg of water. Modules take 10-50 t/d of 20% DS cake and deliver 70-90% DS granules.""",
  8, [500000, 3500000], ["*"], 350)

T("solar_greenhouse", "Helidry", "Solar greenhouse sludge drying halls",
  ["clean-water", "renewable-energy"],
  """Sludge is spread in polycarbonate greenhouses and turned by an electric mole that moves along the hall, while
  sun and ventilation evaporate the water. Reaches 60-80% DS using about 30 kWh of electricity per tonne of water.
  Needs roughly 1 m2 of hall per tonne of wet sludge a year.""",
  9, [300000, 3000000], ["*"], 300)
