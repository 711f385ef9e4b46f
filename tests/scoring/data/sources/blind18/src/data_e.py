"""Second pass: drop four first-draft Chinese siblings (tech count and language balance) and rewrite
14 first-draft Chinese sibling / alternative pages as English pages."""
from common import drop, rewrite

for k in ("uv_photolysis", "h2_rtg", "geopolymer_cn", "pool_hp_cn"):
    drop(k)

rewrite("oltc_tx", "en", "Tapwise Transformers", "Tapwise OLTC smart distribution transformer",
  "Tapwise distribution transformers bring on-load tap changing down to the 10 kV / 400 V level, and were "
  "recognised as a National First-of-Kind Major Equipment item. A vacuum tap changer and a smart controller "
  "track low-voltage busbar voltage and step taps automatically across a ±10% range without interrupting "
  "supply, rated for 300,000 operations. Amorphous or grain-oriented cores meet top-tier efficiency "
  "classes with 45% lower no-load losses, and 4G / PLC monitoring is built in. We supply complete "
  "replacement units, take back the old transformer and deliver in four weeks.")
rewrite("inv_voltvar", "en", "Inverlink Digital", "Inverlink fleet volt-var settings service for residential inverters",
  "Inverlink's inverter cloud already manages more than 1.2 million residential PV inverters and won a "
  "national PV industry digital innovation award. Through the existing Wi-Fi or 4G data sticks we push "
  "Q(U) and P(U) curves and active-power derating settings in bulk, so inverters absorb reactive power and "
  "trim output when the connection point runs high, instead of tripping. Multi-brand protocol adapters, "
  "per-transformer-area policies and before/after voltage reports are included. Priced per inverter, "
  "no new primary equipment, live within two weeks.")
rewrite("ebike_shed", "en", "ChargeSafe Micromobility", "ChargeSafe outdoor e-bike charging shelters",
  "ChargeSafe shelters are installed in more than 300 neighbourhoods and carry a Safe Community product "
  "award. Each galvanised-steel shelter with a fire-rated roof offers 10 to 40 smart outlets that stop at "
  "full charge, cut out on overload, recognise the connected load and trickle-protect ageing batteries, "
  "with QR-code payment by time or monthly pass. Smoke detection, CCTV and a sprinkler connection come "
  "standard, and every outlet can be watched from the back office. A typical charge takes six to eight "
  "hours, ideal for overnight parking on open ground.")
rewrite("corridor_charger", "en", "Ningan Electric", "Ningan SafePlug smart charging sockets for stairwells",
  "Ningan SafePlug sockets are designed for older apartment blocks where there is no room for a shelter, "
  "and carry a Consumer Trusted Brand title. The wall-mounted socket fits in stairwells and hallways, "
  "measures current continuously, cuts power at full charge and shuts off instantly on overheating, short "
  "circuits or modified batteries, pushing an alert to the building manager. Card and QR payment, "
  "networked to property platforms, and a ten-minute installation per socket make it a low-cost way to "
  "roll out charging building by building.")
rewrite("rtg_eco", "en", "Portlink Energy Saving", "Portlink variable-speed genset controller for RTGs",
  "Portlink's variable-speed control system runs at more than 20 ports and received a transport energy "
  "conservation award. It adjusts the diesel engine speed in real time to hoist, trolley and gantry load, "
  "drops to idle or stops the engine automatically when the crane is waiting, and manages regenerated "
  "energy, saving 20-30% of fuel and visibly reducing smoke. The retrofit adds a controller and sensors "
  "in one day of downtime per crane, with a payback of under a year and remote fuel reporting.")
rewrite("hfo_blend_unit", "en", "Lingfeng Coach Climate", "Lingfeng low-GWP R513A / R1234yf bus rooftop unit",
  "Lingfeng supplies rooftop air conditioners to leading coach builders, shipping more than 50,000 units a "
  "year, and was named Best Supplier by the national bus industry. The new generation runs on R513A or "
  "R1234yf low-GWP HFO-based refrigerants, fits the existing roof cut-out as a direct replacement and "
  "delivers 28-35 kW of cooling with electric scroll compressors and inverter control, improving "
  "efficiency by 15%. A nationwide service network and a one-day swap per vehicle keep buses on the road.")
rewrite("refrig_recovery", "en", "Bluecycle Refrigerants", "Bluecycle fleet leak testing, recovery and reclaim service",
  "Bluecycle is a registered refrigerant reclaimer recovering more than 800 tonnes of fluorinated gases a "
  "year. For bus and logistics fleets we provide scheduled leak testing, full recovery at every repair, "
  "central purification and reclaim, and certified destruction of what cannot be reused, with an "
  "electronic log and an emissions-avoided report for each vehicle. Service points cover the whole "
  "Pearl River Delta, pricing is per visit and no change to the vehicles is needed.")
rewrite("wetland_cn", "en", "Greenroot Ecological", "Greenroot subsurface-flow constructed wetland",
  "Greenroot constructed wetlands run in more than 300 villages across southern China and were listed as "
  "an outstanding rural living-environment case. Sewage is settled in an anaerobic tank and then flows "
  "through gravel beds planted with canna and umbrella sedge, whose roots and biofilms remove organics, "
  "nitrogen and phosphorus with almost no power and very low running costs, while the beds look like a "
  "garden. Each cubic metre per day needs about 2 to 4 m2 of land, ideal where there is spare ground "
  "beside the village.")
rewrite("a2o_small", "en", "Biqing Environmental", "Biqing buried integrated A2O treatment unit",
  "Biqing integrated units use an anaerobic-anoxic-oxic sequence inside a buried GRP or coated-steel "
  "tank, treating 10 to 200 m3 a day with effluent that reliably meets the class 1B standard. The tank "
  "goes underground and can be landscaped over; blowers, recycle pumps and a PLC panel sit in a small "
  "kiosk, and our technicians visit on a regular inspection round. Rated an outstanding environmental "
  "industry product and installed in towns across the country, each site is built in about two weeks.")
rewrite("composter_cn", "en", "Lutan Machinery", "Lutan all-in-one aerobic rapid composter",
  "Lutan rapid composters combine shredding, mixing, heating and aeration in one machine. Organics stay at "
  "55-65 °C in a drum or trough fermenter and mature in about seven days, losing roughly 60% of their "
  "mass and leaving a soil conditioner. Spray scrubbing and a biofilter handle odour, and PLC control "
  "makes operation automatic. More than a thousand neighbourhoods and wet markets use Lutan machines, "
  "listed as a national key practical environmental technology.")
rewrite("dehydrator_cn", "en", "Jingtu Environment", "Jingtu food and produce waste dewatering unit",
  "Jingtu dewatering units shred, screw-press and hot-air dry wet waste until moisture falls below 30%, "
  "cutting volume and weight by 60-80% and collection trips with them. The dry output can be used as "
  "incinerator fuel or compost feedstock. A fully enclosed unit fits in 10 m2 and includes photo-oxidation "
  "odour control; operation takes one button. Hundreds of wet markets and canteens already rely on "
  "Jingtu, with a two-year warranty and a service hotline.")
rewrite("rock_revet", "en", "Haigong Marine Construction", "Haigong rock and concrete armour-unit revetments",
  "Haigong holds top-grade marine and waterway construction licences and has built more than 500 km of "
  "seawalls and revetments. Rock-fill slopes faced with interlocking concrete armour units are designed "
  "for 50-year water levels plus storm waves, go up fast and protect immediately, and can include a crest "
  "road and wave wall in the same contract. Multiple provincial quality awards, in-house casting yards "
  "and full design-build capability.")
rewrite("amine_cn", "en", "Carbonex Capture", "Carbonex amine flue-gas CO2 capture and liquefaction plant",
  "Carbonex's proprietary blended amine solvent needs as little as 2.4 GJ per tonne of CO2 for "
  "regeneration, captures over 90% of the CO2 in flue gas and delivers 99.9% purity, with liquefaction "
  "to industrial or food-grade liquid CO2. Modular trains from 10,000 to 500,000 tonnes a year have been "
  "built at power, cement and steel plants, and the technology earned a circular-economy science and "
  "technology first prize.")
rewrite("eaf_steel_cn", "en", "GreenSteel Group", "GreenSteel electric-arc-furnace structural steel frames",
  "GreenSteel melts scrap in electric arc furnaces, so its sections carry about 60% less carbon than "
  "blast-furnace steel, with a certified product carbon footprint and a three-star green building "
  "material label. We detail, prefabricate and erect complete steel frames for long-span sports halls "
  "and public buildings, cutting construction time by a third compared with a concrete frame.")
