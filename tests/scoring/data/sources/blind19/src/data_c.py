"""English needs 16-23 and their technologies."""
from common import T, N

# ---------------- n16 ag pumping
T("n16_vfd", "zh", "禾泵智控", "灌溉泵站变频改造与分时调度系统", ["energy-efficiency", "smart-grid"],
  "为现有深井泵加装变频器和压力、流量传感器，以恒压供水替代阀门节流；云平台根据分时电价、土壤墒情和作物需水制定灌溉计划，自动避开晚高峰，并可接入电网需求响应信号。单井节电20–35%，手机App远程启停。已在新疆、内蒙古及澳大利亚完成3,000多口井改造。",
  9, (200000, 1200000), ["*"], 1500)
T("n16_tier4", "en", "Fieldpower Engines", "Tier 4 Final diesel irrigation engine replacement", ["clean-air", "energy-efficiency"],
  "We swap old uncontrolled diesel pump engines for Tier 4 Final units with selective catalytic reduction and diesel particulate filters, cutting NOx and particulates by over 90% and fuel use by 10-15%. Engines are matched to the existing right-angle gear drive and pump, with telematics for hours and fuel. Popular where wells are far from power lines and line extension is costly.",
  9, (60000, 900000), ["US"], 300)
T("n16_solarpump", "en", "Sunwell Pumping", "Off-grid solar pumping for irrigation wells", ["renewable-energy"],
  "Ground-mounted solar arrays of 75-250 kW drive submersible pumps through a solar pump inverter that varies speed with sunlight, filling reservoirs or pressurising drip systems during the day with no utility connection. Typical wells pump 60-80% of the day's water before 3 pm. Arrays need about one acre per 200 kW and work best where growers can store water in ponds.",
  9, (150000, 1300000), ["*"], 900)
T("n16_test", "en", "Pumpcheck Services", "Pump efficiency testing and impeller re-trim programme", ["energy-efficiency"],
  "Certified testers measure flow, lift and input power on each well, compute overall pumping plant efficiency and recommend repairs; our crews then re-trim or replace worn impellers and bowls and re-test. Growers receive a before-and-after report usable for utility rebates. Typical savings are 10-20% per repaired well, without any change to how irrigation is scheduled.",
  9, (40000, 600000), ["US-CA"], 400)
N(16, "en", "Fresno", "US-CA", "Agricultural groundwater pumping: energy and peak-load reduction", ["energy-efficiency", "smart-grid"],
  "The California Energy Commission seeks projects in the San Joaquin Valley that cut the energy used to lift groundwater for irrigation and move that load out of the 4-9 pm peak. Typical wells run 100-300 hp motors at fixed speed against throttled valves, and growers irrigate whenever water is available. Proposals should cover at least 40 wells, report savings at the meter and keep the existing motors and pumps. Diesel engine replacements and other new fuel-burning equipment are not eligible.",
  1500000, 7, 1200, "2027-06-01",
  {"n16_vfd": (3, "answer", "speed control plus TOU scheduling"),
   "n16_tier4": (0, "sibling", "diesel engines excluded"),
   "n16_solarpump": (1, "sibling", "replaces supply, new pumps and land"),
   "n16_test": (2, "alternative", "efficiency only, no peak shift")})

# ---------------- n17 drayage
T("n17_bev", "zh", "擎电重卡", "纯电动港口牵引车及直流快充", ["electric-vehicles", "green-transportation"],
  "6x4纯电动牵引车，搭载423 kWh磷酸铁锂电池，满载续航约280公里，支持双枪CCS1直流充电，1小时内从20%充至80%；配套360 kW分体式充电堆可在午休及换班时补电。车辆已通过美国FMVSS认证并列入CARB HVIP目录，在长滩、洛杉矶港区累计运营超过300万英里。",
  9, (1500000, 3200000), ["US", "CN"], 2200)
T("n17_rng", "en", "Cleanhaul Gas", "Near-zero NOx 12-litre RNG drayage tractors", ["green-transportation", "clean-air"],
  "Class 8 tractors with the 0.02 g NOx near-zero 12-litre natural gas engine, fuelled with dairy renewable natural gas through our card-lock stations, deliver carbon-negative lifecycle emissions under LCFS accounting. Range is 500 miles, refuelling takes ten minutes, and the trucks cost less than battery-electric equivalents. Lease-to-own plans are available for owner-operators.",
  9, (300000, 3000000), ["US"], 1800)
T("n17_h2", "en", "Hydrolane Trucks", "Hydrogen fuel-cell Class 8 tractor with fuelling access", ["electric-vehicles", "green-transportation"],
  "A fuel-cell electric Class 8 tractor with 70 kg of hydrogen at 700 bar offers 450 miles of range and refuels in about 20 minutes at our Bay Area and LA stations. The truck is zero-emission at the tailpipe and quiet at the terminal. Fuel contracts cover hydrogen at a fixed price per kilogram for five years; supply reliability at stations has improved but remains a risk.",
  8, (1000000, 3400000), ["US-CA"], 1600)
T("n17_faas", "en", "Portcharge Fleet", "Zero-emission drayage fleet-as-a-service (50 trucks)", ["electric-vehicles", "green-transportation"],
  "We deploy 50 battery-electric drayage tractors, a 5 MW depot with overnight and opportunity chargers, and dispatch software, and charge owner-operators a per-mile fee that includes energy, maintenance and insurance. Drivers keep their business while we carry residual value risk. Contracts run eight years and include a full replacement truck within 24 hours of any breakdown.",
  9, (9000000, 16000000), ["US-CA"], 6000)
N(17, "en", "Oakland", "US-CA", "Zero-emission drayage truck deployment at the Port of Oakland", ["electric-vehicles", "clean-air"],
  "CARB and the Bay Area air district invite proposals to replace diesel Class 8 drayage tractors serving the Port of Oakland with zero-emission trucks and the energy infrastructure to keep them moving. Trucks make four to six port-to-railyard turns a day, 150-250 miles, and owner-operators cannot absorb downtime. Near-zero natural gas engines, even on renewable gas, do not qualify under this solicitation.",
  3500000, 8, 2000, "2027-07-01",
  {"n17_bev": (3, "answer", "battery-electric tractor with DC charging"),
   "n17_rng": (0, "sibling", "near-zero gas excluded"),
   "n17_h2": (1, "sibling", "ZEV, TRL ok, fuel supply risk")},
  traps={"n17_faas": "budget: 9M > 3.5M"})

# ---------------- n18 refinery fenceline
T("n18_ftir", "zh", "光谱卫士", "开放光路FTIR/UV-DOAS厂界监测系统", ["clean-air"],
  "在厂界两端布设发射与接收单元，光程200–1000米，利用傅里叶红外和紫外差分吸收光谱同时识别苯、甲苯、二甲苯、H2S、SO2等数十种组分，检出限可达1–5 ppb，数据每分钟更新并自动推送至公众信息平台。设备满足EPA TO-16方法要求，已在国内石化园区及海外炼厂部署50余套。",
  9, (300000, 1000000), ["*"], None)
T("n18_pm", "en", "Airmesh Sensors", "Low-cost PM2.5 community sensor network", ["clean-air"],
  "Solar-powered optical particle sensors mounted on poles every few blocks report PM1, PM2.5 and PM10 every two minutes over LTE, with automatic humidity correction and co-location against regulatory monitors. A public map and SMS alerts help residents see smoke and dust episodes as they happen. Networks of 50-300 nodes operate in more than forty US communities.",
  9, (50000, 400000), ["*"], None)
T("n18_tubes", "en", "Sorbent Analytics", "EPA Method 325 passive benzene fenceline sampling", ["clean-air"],
  "Passive sorbent tubes placed every few hundred metres around the refinery collect benzene and other VOCs over two-week periods and are analysed by thermal desorption GC-MS in our accredited laboratory. Results give the delta-C benzene value required by the federal refinery rule, with compound-specific concentrations at sub-ppb levels. Reports are posted within ten days of each period.",
  9, (80000, 300000), ["US"], None)
T("n18_van", "en", "Plumetrack", "Mobile laboratory surveys with real-time mass spectrometry", ["clean-air"],
  "A van equipped with a proton-transfer-reaction mass spectrometer and meteorological mast drives routes around industrial sites measuring dozens of VOCs each second at ppt levels, mapping plumes and tracing them to sources. Survey campaigns of one to four weeks produce maps and a source-attribution report. It is a powerful diagnostic, but measurements stop when the van leaves.",
  9, (100000, 500000), ["US"], None)
N(18, "en", "Richmond", "US-CA", "Real-time fenceline monitoring of refinery air toxics", ["clean-air"],
  "The Bay Area Air Quality Management District is funding community-facing monitoring along refinery fencelines in Richmond and Martinez. Residents want to know, minute by minute, when benzene, hydrogen sulfide and other gases cross the property line. Proposals must cover paths of several hundred metres, tell individual compounds apart at low parts-per-billion levels and publish data to a public website. Particulate-only sensor networks do not meet this requirement.",
  1200000, 8, None, "2027-03-01",
  {"n18_ftir": (3, "answer", "open-path spectroscopy, continuous"),
   "n18_pm": (0, "sibling", "particulate-only excluded"),
   "n18_tubes": (2, "alternative", "compound-specific but two-week averages"),
   "n18_van": (1, "sibling", "real-time but campaign, not continuous")})

# ---------------- n19 cargo handling
T("n19_ereach", "zh", "港力重工", "纯电动集装箱正面吊与空箱堆高机", ["green-transportation", "electric-vehicles"],
  "45吨级纯电动正面吊，配备560 kWh磷酸铁锂电池，满电可连续作业两个8小时班次，午间1.5小时直流快充即可；起升下降过程中的势能通过能量回收系统回馈电池。整机噪声低于70 dB，维护成本比柴油机型降低约40%。产品已出口欧洲和北美码头，符合UL及CE认证。",
  9, (900000, 2000000), ["*"], 700)
T("n19_rd", "en", "Greenblend Fuels", "Renewable diesel supply and DPF retrofits for terminal fleets", ["clean-air", "green-transportation"],
  "We supply R99 renewable diesel on-site from a mobile tank and retrofit verified diesel particulate filters on top handlers, yard tractors and RTGs, cutting particulates by 85% and lifecycle carbon by up to 70% with no change to operations. Fuelling is done overnight by our trucks, and filter cleaning is handled on a service contract. No new infrastructure is required.",
  9, (100000, 900000), ["US"], 900)
T("n19_hybrid", "en", "Gantrix", "Hybrid RTG retrofit with lithium battery pack", ["green-transportation", "energy-storage"],
  "A downsized diesel genset plus a 200 kWh lithium pack replaces the original RTG power unit; the crane lifts from the battery, captures energy when lowering and runs the engine only to recharge. Fuel use and emissions fall by 50-65% while the crane keeps full duty, and the retrofit is done in ten days per crane. Over 400 RTGs converted worldwide.",
  9, (400000, 1800000), ["*"], 500)
T("n19_yt", "en", "Yardvolt", "Battery-electric terminal tractors", ["electric-vehicles", "green-transportation"],
  "A battery-electric terminal tractor with a 210 kWh pack moves containers in the yard and on ramps with full torque from standstill and no idling emissions. One charge covers a single eight-hour shift of typical terminal work; operators running two shifts need a 90-minute mid-shift charge or a second unit. Fifteen-minute opportunity charging at break times is supported.",
  9, (350000, 1500000), ["US", "CA"], 250)
N(19, "en", "Long Beach", "US-CA", "Zero-emission cargo-handling equipment at marine terminals", ["green-transportation", "clean-air"],
  "South Coast AQMD seeks demonstration projects that take diesel out of container yards at the San Pedro Bay ports. Top handlers, yard tractors and rubber-tyred gantry cranes idle and lift all day and are a major local source of diesel particulate. Equipment must work two eight-hour shifts in a busy terminal. Switching to renewable diesel or fitting particulate filters is not what this call funds.",
  2500000, 8, 600, "2027-08-01",
  {"n19_ereach": (3, "answer", "electric top handler for two shifts"),
   "n19_rd": (0, "sibling", "renewable diesel and DPF excluded"),
   "n19_hybrid": (1, "sibling", "still diesel"),
   "n19_yt": (2, "alternative", "zero-emission but single-shift battery")})

# ---------------- n20 nutrients
T("n20_ags", "zh", "粒净水务", "好氧颗粒污泥工艺改造", ["clean-water"],
  "将现有曝气池改造为序批式好氧颗粒污泥反应器，颗粒污泥沉降速度快，内部形成缺氧和厌氧微区，在同一池内同步完成硝化、反硝化和生物除磷，无需二沉池和内回流。出水TN低于8 mg/L、TP低于1 mg/L，占地减少50%以上，能耗降低约30%。国内外已有80余座污水厂应用。",
  9, (1200000, 2400000), ["*"], 300)
T("n20_bardenpho", "en", "Clarity Civil", "Five-stage Bardenpho expansion with new anoxic basins", ["clean-water"],
  "Design-build delivery of a five-stage Bardenpho process: new anaerobic, anoxic and reaeration basins are constructed beside the existing aeration tanks, internal recycle pumps are added and a third secondary clarifier is built. The configuration reliably reaches total nitrogen below 5 mg/L and phosphorus below 1 mg/L with modest chemical use, and is well understood by regulators.",
  9, (1500000, 2500000), ["US"], 200)
T("n20_wetland", "en", "Marshworks", "Horizontal-levee treatment wetland for effluent polishing", ["clean-water", "nature-based"],
  "A gently sloping vegetated levee between the plant and the bay receives treated effluent, which seeps through willow and sedge root zones where nitrate is removed by denitrification and habitat is created. Each acre polishes roughly 0.1 MGD. The approach suits plants with open bay-edge land and improves shoreline resilience against sea-level rise.",
  8, (500000, 2200000), ["US-CA"], 100)
T("n20_ferric", "en", "Phosguard Chemical", "Ferric dosing and tertiary disc filtration for phosphorus", ["clean-water"],
  "Automated ferric chloride dosing with online phosphate analysers precipitates phosphorus, and compact cloth disc filters remove the resulting solids, reliably reaching total phosphorus below 0.5 mg/L. The skid fits in a small footprint beside the clarifiers. Nitrogen is not affected, so it is often paired with a separate denitrification step; chemical costs and sludge volume rise.",
  9, (300000, 1000000), ["US"], None)
N(20, "en", "Petaluma", "US-CA", "Nutrient removal upgrade for a small municipal wastewater plant", ["clean-water"],
  "The San Francisco Bay Regional Water Quality Control Board, with State Revolving Fund support, invites proposals for a 3 MGD plant that must bring total nitrogen below 10 mg/L and phosphorus to 1 mg/L under the Bay nutrient permit. The site is boxed in by a river and housing; building additional basins or a new clarifier train is out of scope. Energy use should not rise much.",
  2500000, 8, None, "2027-10-01",
  {"n20_ags": (3, "answer", "granular sludge in existing tanks"),
   "n20_bardenpho": (0, "sibling", "new basins and clarifier excluded"),
   "n20_wetland": (1, "sibling", "needs land the site lacks"),
   "n20_ferric": (2, "alternative", "phosphorus only")})

# ---------------- n21 tribal long-duration
T("n21_znbr", "zh", "溴储科技", "锌溴液流储能系统（10–12小时）", ["energy-storage", "smart-grid"],
  "集装箱式锌溴液流电池，功率与容量独立设计，单箱125 kW/1.5 MWh，放电时长10–12小时；电解液为水基、不燃，无热失控风险，可100%深度放电，循环寿命超过1万次。内置微电网控制器支持离网运行和黑启动。已在澳大利亚偏远社区和美国加州开展部署。",
  8, (1400000, 2400000), ["*"], 500)
T("n21_diesel", "en", "Reliagen", "Renewable diesel standby generators with microgrid controls", ["smart-grid"],
  "Tier 4 standby generators from 250 kW to 2 MW, run on renewable diesel and paralleled with solar and batteries by our microgrid controller, provide unlimited duration as long as fuel is delivered. Packages include enclosures, 72-hour belly tanks and remote monitoring. A proven way to keep critical facilities powered through multi-day public safety power shutoffs.",
  9, (300000, 1500000), ["US"], 100)
T("n21_lfp4", "en", "Voltcrate", "Four-hour LFP battery system for community microgrids", ["energy-storage", "smart-grid"],
  "Containerised lithium iron phosphate storage of 500 kW / 2 MWh with integrated fire suppression, grid-forming inverters and a microgrid controller that islands automatically when the utility trips. Four hours at rated power, more at partial load, with ten-year performance warranty. A widely financed choice for resilience projects, with utility interconnection templates already approved.",
  9, (700000, 1300000), ["*"], 300)
T("n21_h2", "en", "Solhydra", "Solar hydrogen electrolyser and fuel-cell seasonal storage", ["energy-storage", "renewable-energy"],
  "A PEM electrolyser turns surplus solar into hydrogen stored in low-pressure tanks; a fuel cell converts it back to power for days or weeks when needed. Round-trip efficiency is around 35%, but storage duration is limited only by tank size. Skids of 250 kW are designed for islands and remote communities, with water purification and safety systems included.",
  7, (1500000, 2500000), ["*"], 300)
T("n21_gravity", "en", "Liftstore", "Gravity block energy storage pilot", ["energy-storage"],
  "Composite blocks are lifted by electric cranes when power is cheap and lowered to drive generators when it is needed, offering 8-12 hours of storage with no degradation and no fire risk. A 1 MW demonstration tower is under design following a scaled rig test; we are seeking a first community partner to host the pilot and share performance data.",
  5, (1000000, 2400000), ["*"], 300)
N(21, "en", "Eureka", "US-CA", "Long-duration storage for a tribal community microgrid", ["energy-storage", "smart-grid"],
  "The CEC's long-duration storage programme is funding a resilience project for a tribal community in Humboldt County that loses grid power for days during wildfire shutoffs. The microgrid has 1.5 MW of solar; the community needs to carry about 500 kW of critical load through the night and into a second day, ten hours or more from storage. Diesel backup is exactly what the community wants to retire. Chemistries without thermal runaway risk are preferred.",
  2500000, 7, 400, "2027-11-01",
  {"n21_znbr": (3, "answer", "10-12 h non-flammable flow battery"),
   "n21_diesel": (0, "sibling", "diesel excluded"),
   "n21_lfp4": (2, "alternative", "storage but 4 h and flammable"),
   "n21_h2": (1, "sibling", "very long duration, poor efficiency")},
  traps={"n21_gravity": "TRL 5 < 7"})

# ---------------- n22 food processing heat
T("n22_hthp", "zh", "汽升能源", "高温蒸汽热泵与MVR蒸发系统", ["energy-efficiency"],
  "回收60–90°C的工艺废热水和二次蒸汽，采用低GWP天然工质高温热泵将热量提升至120°C，再经蒸汽压缩机增压生产0.3–0.6 MPa饱和蒸汽，综合COP 2.5–4；浓缩工序以机械蒸汽再压缩（MVR）替代多效蒸发，生蒸汽消耗降低70%以上。已在乳品厂和番茄酱厂投运。",
  8, (800000, 1900000), ["*"], 3500)
T("n22_h2boiler", "en", "Flameshift", "Hydrogen-ready steam boilers with blending skid", ["energy-efficiency"],
  "Firetube steam boilers with burners certified for natural gas blended with up to 30% hydrogen today and 100% later, plus a blending skid with safety interlocks and low-NOx control. The boilers replace ageing units at the same footprint and raise efficiency to 85% with economisers. Designed to let processors move to hydrogen as supply becomes available.",
  9, (300000, 1500000), ["US"], 800)
T("n22_eboiler", "en", "Voltsteam", "Electrode steam boiler with thermal storage", ["energy-efficiency", "energy-storage"],
  "An electrode boiler produces steam at up to 20 bar directly from electricity, paired with a steam accumulator so the plant can buy power in off-peak and solar hours. Efficiency is above 99% at the boiler but energy costs depend heavily on tariffs. Units of 2-20 MW start in minutes and need no stack, combustion permit or gas line.",
  9, (500000, 1800000), ["*"], 2000)
T("n22_econ", "en", "Thermocore Services", "Boiler economisers and condensate return upgrade", ["energy-efficiency"],
  "We add stack economisers, repair steam traps and restore condensate return to the boiler house, and re-tune burners with oxygen trim. Savings of 8-15% on gas come from recovering stack heat and hot condensate that is now dumped to drain. Work is done during seasonal shutdowns and paid back in one to three years.",
  9, (80000, 500000), ["US"], 600)
N(22, "en", "Modesto", "US-CA", "Decarbonising process heat at food processing plants", ["energy-efficiency"],
  "The Food Production Investment Program invites projects that cut the natural gas burned for process heat at tomato, dairy and nut processors in the Central Valley. Plants use 120-180 °C steam for evaporation, pasteurisation and blanching and reject large amounts of warm water and vapour. Projects must show at least 30% lower gas use on the targeted process. Hydrogen blending or renewable-gas purchase contracts are not eligible.",
  2000000, 7, 3000, "2027-05-15",
  {"n22_hthp": (3, "answer", "heat pump and vapour recompression on waste heat"),
   "n22_h2boiler": (0, "sibling", "hydrogen blending excluded"),
   "n22_eboiler": (1, "sibling", "electrifies but ignores waste heat"),
   "n22_econ": (2, "alternative", "efficiency, below 30%")})

# ---------------- n23 data centre backup power
T("n23_pem", "zh", "氢擎动力", "兆瓦级PEM氢燃料电池备用电源", ["green-data-centers", "clean-air"],
  "集装箱式质子交换膜燃料电池模块，单台250 kW，可并联至2 MW以上，配合UPS电池实现秒级接续；现场储氢罐组满足48–72小时持续供电，排放仅为水。系统按UL 2200及NFPA 853要求设计，已在数据中心完成连续72小时带载测试，并提供氢气配送服务。",
  7, (1800000, 2900000), ["*"], 800)
T("n23_hvo", "en", "Gensafe Power", "HVO-ready standby diesel generators for data centres", ["green-data-centers"],
  "2-3 MW standby generators certified to run on hydrotreated vegetable oil with no modification, cutting lifecycle carbon by up to 90% versus fossil diesel. SCR and DPF aftertreatment bring NOx to Tier 4 levels. Fuel polishing and 48-hour tanks are included, along with monthly load-bank testing services. A drop-in path for existing generator yards.",
  9, (900000, 2500000), ["*"], 600)
T("n23_gasrecip", "en", "Baseflex Energy", "Natural gas reciprocating engines for data-centre backup", ["green-data-centers", "smart-grid"],
  "Fast-start lean-burn gas engines reach full load in under a minute behind the UPS and can run indefinitely on pipeline gas, which avoids fuel delivery during long outages. With SCR they meet Bay Area NOx limits, and they can also run for demand response. Blocks of 2-4 MW with black-start batteries are supplied in weatherproof enclosures.",
  9, (1200000, 2800000), ["US"], 400)
T("n23_bess", "en", "Longrack Storage", "Eight-hour battery backup for data centres", ["green-data-centers", "energy-storage"],
  "Outdoor LFP containers replace part of the generator yard, carrying a 2 MW block for eight hours and participating in grid services when not needed for backup. No combustion emissions, no fuel handling and no engine testing permits. For outages longer than eight hours the system must be paired with another source; most operators keep some generators.",
  9, (1500000, 2900000), ["*"], 300)
N(23, "en", "San Jose", "US-CA", "Clean backup power for data centres in Silicon Valley", ["green-data-centers", "clean-air"],
  "The CEC and the Bay Area air district want to demonstrate alternatives to the hundreds of diesel generators that back up data centres in Santa Clara County, now the region's fastest-growing stationary NOx source. A 2 MW block must carry IT load for at least 48 hours during grid outages and pick up within seconds behind the UPS. Burning renewable diesel (HVO) in the same engines is not an acceptable end state.",
  3000000, 7, 800, "2027-09-15",
  {"n23_pem": (3, "answer", "fuel cell with 48-72 h storage"),
   "n23_hvo": (0, "sibling", "HVO excluded"),
   "n23_gasrecip": (1, "sibling", "still combustion"),
   "n23_bess": (2, "alternative", "clean but 8 h only")})
