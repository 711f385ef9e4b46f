"""Extra alternatives, siblings, second answers, generic distractors and traps."""
from common import T, L

E = [
 ("kiln_recup", "Ceratube Recuperators", "Ceramic-tube recuperator for kiln combustion air", ["energy-efficiency"], "Silicon-carbide tube recuperator pre-heating kiln burner air from flue gas.", 9, [80000, 300000], 1, "g2", 2, "recovers heat but to the kiln itself, not the dryer"),
 ("comp_builtin", "Compressa", "Screw compressor with integrated energy recovery", ["energy-efficiency"], "New compressors with factory-fitted heat recovery exchangers.", 9, [40000, 300000], 2, "sib", 0, "new compressors, ruled out"),
 ("flash_vessel", "Vaporeclaim", "Flash steam recovery vessel", ["energy-efficiency"], "Recovers low-pressure flash steam from condensate.", 9, [10000, 80000], 3, "sib", 1, "steam saving, no storage"),
 ("torrefied", "Torrefuel", "Torrefied biomass pellets", ["renewable-energy"], "Coal-like pellets for co-firing in existing coal stokers.", 9, [50000, 500000], 4, "sib", 1, "keeps the coal furnace, fuel swap only"),
 ("plant_ems", "Metrix Energy", "Plant energy monitoring software", ["energy-efficiency", "ghg-data"], "Sub-metering dashboards and alarms for factories.", 9, [20000, 150000], 5, "sib", 1, "monitoring, no dispatch"),
 ("fork_charger", "Chargeline", "High-frequency forklift chargers", ["electric-vehicles"], "Opportunity chargers for industrial batteries.", 9, [2000, 200000], 6, "sib", 1, "chargers only"),
 ("gate_anpr", "Gatesmart", "ANPR automated truck gate", ["green-transportation"], "Camera-based automated gate check-in for trucks, kiosks and barriers.", 9, [30000, 200000], 7, "g2", 2, "faster gate, no slot booking"),
 ("dl_controls", "Brightsense", "Daylight-harvesting lighting controls", ["energy-retrofits"], "Photocell dimming for high-bay fixtures.", 9, [10000, 100000], 8, "sib", 1, "controls, not daylight entry"),
 ("airside_econ", "Openair DC", "Direct airside economizer", ["green-data-centers"], "Brings filtered outdoor air directly into the white space.", 9, [100000, 600000], 9, "sib", 0, "outside air into the room is ruled out"),
 ("rto", "Thermox", "Three-bed regenerative thermal oxidizer", ["clean-air"], "Ceramic-media RTO treating solvent exhaust at 97-99% destruction.", 9, [400000, 1200000], 10, "g2", 2, "destroys VOC but full-flow, high gas use for dilute exhaust"),
 ("cement_coproc", "Kilnloop", "Co-processing of residues in cement kilns", ["waste-treatment"], "Raw-meal substitution with industrial residues.", 9, [200000, 1000000], 11, "sib", 1, "low-value use"),
 ("ozone_decol", "Ozonic Water", "Ozone decolourisation unit", ["clean-water"], "Ozone contact tanks removing colour from dye effluent.", 9, [200000, 900000], 12, "sib", 1, "colour only, no reuse train"),
 ("plate_evap", "Dragout Systems", "Atmospheric evaporator for plating drag-out", ["clean-water"], "Evaporates rinse water to return concentrated bath chemistry.", 9, [50000, 300000], 13, "sib", 1, "concentrates rinses, not selective recovery from dilute water"),
 ("co2_booster", "Frostnatural", "Transcritical CO2 booster rack for cold stores", ["hfc-alternatives"], "R744 booster systems with parallel compression and ejectors, serving medium and low temperature rooms to -40 °C from one rack; 100 kW-1.5 MW.", 9, [200000, 3000000], 14, "g3", 3, "natural refrigerant plant for cold stores"),
 ("epd_consult", "Lifecycle Partners", "Product LCA and EPD consulting", ["ghg-data"], "Consultants build product life-cycle models and EPDs per product line.", 9, [15000, 80000], 15, "g2", 2, "per-product footprint, but a service, not a shared tool"),
 ("ptc", "Troughworks Solar", "Parabolic trough steam field", ["renewable-energy"], "Single-axis parabolic troughs delivering pressurised water or steam up to 250 °C into plant steam headers.", 9, [800000, 6000000], 16, "g3", 3, "solar steam the need asks for"),
 ("gf_pcs", "Gridform", "Grid-forming battery inverter", ["energy-storage", "smart-grid"], "Battery inverters able to form an island grid.", 9, [100000, 600000], 17, "g2", 2, "islanding for the battery only, no site load control"),
 ("depot_design", "Chargeyard", "Fleet charging depot design-build", ["electric-vehicles"], "Design and install of DC chargers for fleets.", 9, [200000, 2000000], 18, "sib", 1, "chargers, not the tractors"),
 ("tse", "Pedestal Power", "Truck stop electrification pedestals", ["green-transportation"], "Power cab HVAC for sleeping drivers.", 9, [10000, 300000], 19, "sib", 1, "tractor cab power, not reefers"),
 ("wall_fans", "Gustline", "Wall-mount high-velocity fans", ["energy-retrofits"], "Oscillating industrial fans, 30 inch.", 9, [500, 50000], 20, "g2", 2, "moves air, but small coverage per unit"),
 ("trap_tester", "Sonicheck", "Handheld ultrasonic trap tester", ["energy-efficiency"], "Survey instrument for periodic trap checks.", 9, [3000, 15000], 21, "sib", 1, "periodic survey, not continuous"),
 ("fgr", "Loop Combustion", "Flue gas recirculation retrofit", ["clean-air"], "Adds FGR to existing burners, NOx 20-30 ppm.", 9, [30000, 200000], 25, "g2", 2, "right way, misses the 9 ppm limit"),
 ("drum_screen", "Screenmax", "Rotary drum screen", ["clean-water"], "Removes coarse solids from process water.", 9, [20000, 150000], 26, "g2", 2, "solids only, little FOG removal"),
 ("cool_en", "Reflecta Coatings", "Silicone reflective roof coating", ["energy-retrofits"], "Fluid-applied white silicone coating for metal and BUR roofs, CRRC-rated, initial reflectance 0.88, applied without tear-off.", 9, [30000, 700000], 30, "g3", 3, "same method as the need asks"),
 ("living_wall", "Verdanta", "Living wall panels", ["nature-based"], "Modular planted wall panels for facades.", 9, [50000, 500000], 29, "sib", 1, "planting, but on walls, small extent"),
]
for key, co, name, cats, desc, trl, cost, num, kind, grade, why in E:
    T(key, co, name, cats, "en", desc, trl, cost, ["*"], None)
    L(num, key, kind, grade, why)
L(22, "co2_booster", "g3", 3, "natural refrigerant plant, same method")

GEN = [
 ("gen_park", "Smartpark Cloud", "Smart industrial park operating platform", "en", "One platform for a smart, green, low-carbon park: energy, safety, logistics, environment and investment services.", [1, 5, 7]),
 ("gen_ai", "Insightgrid AI", "AI energy and emissions dashboard", "en", "Smart dashboards and AI insights for energy, carbon, water and waste in one place.", [2, 15, 28]),
 ("gen_iot", "Factorymind", "Smart factory IoT suite", "en", "Connect every machine: smart sensors, smart gateways and smart analytics for Industry 4.0.", [21, 24]),
 ("gen_zcplan", "Netzero Partners", "Zero-carbon park master planning", "en", "Strategy, roadmap and master plan for zero-carbon industrial parks.", [11, 23]),
 ("gen_twin", "Twinworks", "Digital twin for industrial parks", "en", "3D digital twin of the park for smart operations and visualisation.", [9, 18]),
 ("gen_pole", "Polelink", "Smart multi-function poles", "en", "Lighting, cameras, sensors and Wi-Fi in one smart pole.", [8, 29]),
 ("gen_esg", "Rateview", "ESG rating platform", "en", "Supplier ESG ratings and benchmarking.", [15, 28]),
 ("gen_logi", "Haulcloud", "Smart logistics cloud", "en", "Smart freight marketplace and logistics visibility.", [7, 19]),
 ("gen_zh_park", "智园科技", "智慧园区综合管理平台", "zh", "集能耗、安防、环保、招商于一体的智慧园区平台，助力园区数字化、绿色化转型。", [3, 13, 26]),
 ("gen_zh_zc", "零碳服务集团", "零碳工厂一站式服务", "zh", "提供零碳工厂诊断、规划、认证一站式服务。", [10, 30]),
 ("gen_zh_cloud", "能管云", "智慧能源管控云平台", "zh", "工业企业能源在线监测与智慧管控云平台。", [2, 16, 20]),
]
for key, co, name, lang, desc, nums in GEN:
    T(key, co, name, ["smart-grid", "ghg-data"] if lang == "en" else ["energy-efficiency", "ghg-data"], lang, desc, 9, [20000, 300000], ["*"], None)
    for n in nums:
        L(n, key, "gen")

TR = [
 ("trap_kilnstore", "Thermocell Labs", "Thermochemical kiln-heat store for dryers", ["energy-efficiency", "energy-storage"], "en", "Salt-hydrate reactor storing kiln exhaust heat and releasing hot air to spray dryers; pilot stage.", 5, [200000, 800000], 1, "trl"),
 ("trap_voc", "Solvaclean EPC", "Park-wide centralised VOC concentration and oxidation centre", ["clean-air"], "en", "Zeolite concentration and RTO serving a whole furniture cluster through a shared duct network.", 9, [3000000, 9000000], 10, "budget"),
 ("trap_cold", "冷链工程总包", "氨/二氧化碳复叠冷库EPC总包（含新建机房）", ["hfc-alternatives"], "zh", "NH3/CO2复叠系统设计施工总承包，含新建机房与库体改造。", 9, [6000000, 15000000], 14, "budget"),
 ("trap_yard", "Autospot", "Autonomous electric yard tractor", ["electric-vehicles"], "en", "Driverless battery-electric terminal tractor for trailer spotting.", 6, [300000, 2000000], 18, "trl"),
 ("trap_trap", "Harvestsense", "Energy-harvesting steam trap sensor", ["energy-efficiency"], "en", "Battery-free thermoelectric trap monitors with AI failure detection; field trials.", 6, [20000, 150000], 21, "trl"),
 ("trap_boiler", "Cleanfire Packages", "Ultra-low NOx burner and new boiler package", ["clean-air"], "en", "Replaces each fire-tube boiler with a new sub-9 ppm package; turnkey program.", 9, [1500000, 6000000], 25, "budget"),
 ("trap_moss", "穹苔生态", "苔藓过滤屏障模块", ["nature-based", "clean-air"], "zh", "苔藓生物过滤墙模块，吸附颗粒物，示范阶段。", 6, [100000, 800000], 29, "trl"),
]
for key, co, name, cats, lang, desc, trl, cost, num, why in TR:
    T(key, co, name, cats, lang, desc, trl, cost, ["*"], None)
    L(num, key, "trap", None, why)
