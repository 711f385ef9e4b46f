"""English needs 24-30, their technologies, and the generic distractors."""
from common import T, N, G

# ---------------------------------------------------------------- 24 propane forklifts
T("en24_lithiumfork", "锂行叉车", "锂电池平衡重式/前移式叉车（机会充电，冷库版）", ["electric-vehicles"],
  """2.0—5.0吨平衡重式和前移式电动叉车，磷酸铁锂电池免维护、不用加水、不用换电池，工间休息30分钟可充到
  80%；冷库版电池带自加热和保温外壳，可在−25°C连续作业。每台配智能充电机和车队管理系统，符合UL 2580和
  UL 583，可为北美客户提供加州零排放叉车法规的合规文件。""",
  9, (40000, 3000000), ["*"], 280)
T("en24_h2fork", "Hylift Power", "Hydrogen fuel cell power units for forklifts", ["electric-vehicles"],
  """Drop-in fuel cell power units that replace lead-acid batteries in class I-III forklifts, refuelled
  in three minutes at an indoor dispenser. Supplied with liquid or gaseous hydrogen storage, dispensers
  and a fuel supply contract.""",
  9, (500000, 5000000), ["US"], 250)
T("en24_leadacid", "Ampere Handling", "Lead-acid electric forklifts with battery changing room", ["electric-vehicles"],
  """Class I and II electric forklifts with flooded lead-acid batteries, spare battery sets, a
  battery-changing room with rollers or overhead hoist, watering system, ventilation and chargers.
  Low purchase price for multi-shift fleets.""",
  9, (300000, 2500000), ["*"], 220)
T("en24_vacuum", "Coolfield Systems", "Vacuum coolers for leafy greens", ["energy-efficiency"],
  """Pallet vacuum coolers that take lettuce and leafy greens from field heat to 34 °F in 20-30
  minutes, with variable-speed refrigeration and hydro-vac options for broccoli and celery. 6-24
  pallet tubes.""",
  9, (250000, 1500000), ["*"], 150)

N("en24_propane_forklifts", "Salinas", "Replacing 45 propane forklifts ahead of CARB's zero-emission forklift rule",
  ["electric-vehicles"],
  """We operate a produce cooling and distribution center in Salinas with 45 propane sit-down and reach
  forklifts working three shifts in season, some of them in +33 °F cold rooms. The state's
  zero-emission forklift regulation means these have to go. Our old battery room was turned into a
  cooler years ago and there is no space to bring back battery changing and watering. Fuel cells were
  looked at and dropped: no hydrogen supplier will commit to deliveries out here. We need trucks that
  can recharge during breaks and keep working in the cold.""",
  1200000, 8, "US-CA", 250, "2027-07-01",
  answers=["en24_lithiumfork"],
  sibs=[("en24_h2fork", 0, "fuel cells, which the need has dropped"),
        ("en24_leadacid", 0, "battery changing and watering, which the need cannot do")],
  setting=[("en24_vacuum", "same produce cooler, cooling not forklifts")])

# ---------------------------------------------------------------- 25 at-berth emission capture
T("en25_capture", "海清船舶环保", "驳船式/岸基船舶靠港尾气收集处理系统", ["green-transportation", "clean-air"],
  """通过伸缩吊臂把集气罩套在船舶烟囱上，收集辅机和锅炉排气，经DPF颗粒过滤和SCR脱硝处理后排放，
  NOx和颗粒物去除率均超过90%。系统可装在驳船上或岸边移动平台上，在泊位之间转移，不需要改装船舶，适用于
  散货船、油轮和滚装船。已取得加州空气资源委员会认可的替代排放控制系统（CAECS）执行令。""",
  9, (2500000, 8000000), ["*"], None)
T("en25_shorepower", "Berthline Electric", "Shore power substations and cable management systems", ["green-transportation"],
  """High-voltage shore connection to IEC/IEEE 80005-1: berth substation, frequency converter, cable
  reel and cable-management crane so that vessels switch off auxiliary engines and plug into the
  grid at berth. For container, cruise and reefer terminals with shore-power-ready fleets.""",
  9, (3000000, 15000000), ["*"], 1500)
T("en25_tug", "Harborvolt Marine", "Hybrid-electric repower kits for harbour tugs", ["green-transportation"],
  """Repowers existing harbour tugs with a battery pack, electric propulsion motors and Tier 4 gensets,
  with shore charging at the tug berth. Cuts tug fuel use and emissions in port by 30-60%, depending
  on duty cycle; one tug repowered per dry-docking.""",
  9, (1500000, 4500000), ["*"], 500)
T("en25_hopper", "Bulkguard Terminals", "Dust-controlled unloading hoppers and dry-fog suppression for bulk ports",
  ["clean-air"],
  """For cement, fertilizer and ore unloading by grab: hoppers with extraction, dust curtains and
  flap seals so that no dust escapes when the grab opens, plus dry-fog nozzles of 1-10 μm at hopper
  outlets and belt transfer points, adding under 0.3% moisture. Fugitive dust falls by 80% or more.""",
  9, (150000, 1200000), ["*"], None)

N("en25_berth_capture", "Stockton", "At-berth emissions control for bulk and tanker vessels that can't use shore power",
  ["green-transportation", "clean-air"],
  """A dry bulk and liquid bulk terminal at the Port of Stockton handling about 120 vessel calls a
  year: cement, fertilizer, molasses. Under the state's At-Berth Regulation these ships must cut
  auxiliary engine and boiler emissions while alongside, but most are tramp vessels with no
  shore-power connection, and retrofitting the ships is not in our hands. We need a terminal-side way
  to treat their exhaust during the call, movable between two berths, with approved performance. A
  shore-power substation would strand, since almost none of these ships could ever plug in.""",
  4000000, 8, "US-CA", None, "2027-12-01",
  answers=["en25_capture"],
  sibs=[("en25_shorepower", 0, "shore power, which the need says these ships cannot use"),
        ("en25_tug", 1, "cuts port emissions, but from tugs, not ships at berth")],
  setting=[("en25_hopper", "same bulk terminal, unloading dust not exhaust")])

# ---------------------------------------------------------------- 26 waterless GPU cooling
T("en26_coldplate", "凌冷数据", "冷板式液冷CDU+全年干冷器无水散热方案", ["green-data-centers"],
  """在GPU和CPU上安装冷板，通过机柜级或行级CDU以40—45°C温水循环带走70%—80%的热量，剩余热量由后门换热器
  处理；室外采用干式冷却器，不耗水、不需要冷却塔，在加州湾区气候下可全年自然冷却。单机柜支持100 kW以上，
  PUE可降到1.15以下，省下的制冷功率可让给IT负荷。""",
  9, (400000, 4000000), ["*"], 1100)
T("en26_adiabatic", "Evapro Coolers", "Adiabatic fluid coolers with evaporative pre-cooling pads", ["green-data-centers"],
  """Closed-circuit fluid coolers that run dry most of the year and wet their pre-cooling pads only on
  hot days, cutting water use by 60-80% against open cooling towers while keeping warm-water supply
  temperatures stable for liquid-cooled IT.""",
  9, (200000, 2000000), ["*"], 700)
T("en26_rdhx", "Coolwall Systems", "Passive rear-door heat exchangers", ["green-data-centers"],
  """Unpowered rear-door coils that use the servers' own fans to push exhaust air through a water
  coil, neutralising up to 35 kW per rack. Quick to install on existing racks, no moving parts.""",
  9, (50000, 600000), ["*"], 300)
T("en26_twophase", "Boilcool Labs", "Two-phase immersion cooling with low-GWP fluid, pilot programme",
  ["green-data-centers"],
  """Servers boil a low-GWP dielectric fluid at 50 °C in sealed tanks; vapour condenses on a
  water-cooled coil rejected through dry coolers, handling 150+ kW per tank without any water use.
  Currently offered as a pilot with a small number of early adopters.""",
  6, (300000, 2000000), ["*"], 1000)

N("en26_gpu_waterless", "Santa Clara", "Waterless heat rejection for an on-site GPU cluster", ["green-data-centers"],
  """We design semiconductor process equipment and run a 1.2 MW on-prem GPU cluster for simulation in
  a converted lab building in Santa Clara. Racks will go from 20 kW to 60-80 kW with the next
  hardware refresh. The water district's drought ordinance and our own water pledge mean no new
  evaporative cooling towers or wetted pads on the roof. We'd like to take the heat off the chips with
  warm liquid and reject it to air all year. New servers and racks are fine, but the building's
  electrical service is fixed at its current capacity.""",
  2500000, 8, "US-CA", 1200, "2027-05-15",
  answers=["en26_coldplate"],
  sibs=[("en26_adiabatic", 0, "evaporative pads, which the need rules out"),
        ("cn09_immersion", 1, "liquid cooling, but whole-server immersion, not on the chips"),
        ("en26_rdhx", 1, "water at the rack, but air-side rear doors limited to 35 kW")],
  traps=[("en26_twophase", "trl", "waterless liquid cooling, TRL 6 against min TRL 8")])

# ---------------------------------------------------------------- 27 ready-mix CO2
T("en27_inject", "碳固建材科技", "预拌混凝土CO₂注入矿化系统", ["carbon-capture"],
  """在搅拌站配料阶段把外购液态CO₂精确注入新拌混凝土，CO₂与水泥水化产物反应生成纳米碳酸钙并永久固存，
  提高早期强度，同等强度下可减少水泥用量3%—8%。设备为撬装，包括储罐、阀组和与搅拌站控制系统联动的注入
  控制器，单站安装约1—2天，不影响原有生产。提供第三方核查的固碳量数据，可用于EPD。""",
  9, (60000, 300000), ["*"], 1500)
T("en27_amine", "Capturepak Systems", "Modular amine capture units for industrial flue gas", ["carbon-capture"],
  """Skid-mounted amine capture for boilers, kilns and CHP exhaust of 2-100 t CO2/day, including flue
  gas pretreatment, absorber, stripper and compression, delivering 95%+ CO2 gas to a pipeline or an
  on-site user. Integrated steam generator available where no process steam exists.""",
  9, (450000, 15000000), ["*"], 15000)
T("en27_aggregate", "再生骨料碳化", "再生骨料CO₂碳化强化技术", ["carbon-capture", "waste-treatment"],
  """将建筑垃圾再生骨料置于CO₂养护仓中加速碳化，CO₂与骨料表面附着砂浆中的氢氧化钙反应，吸水率降低
  20%—40%、压碎值改善，同时每吨骨料固定CO₂约10—20公斤，可用于预拌混凝土和预制构件。""",
  8, (300000, 2000000), ["CN"], 800)
T("en27_pilot", "Mineralink", "In-drum CO2 mineralisation for ready-mix trucks, field pilot", ["carbon-capture"],
  """A retrofit lance doses CO2 into the drum of ready-mix trucks during transit, mineralising it into
  the concrete. Six trucks in a field pilot; a commercial version is under development with partners.""",
  5, (50000, 400000), ["*"], 500)
T("en27_washout", "Slurrywise", "Concrete washout and returned-concrete water recycling", ["clean-water"],
  """Reclaimers and settling systems that separate aggregate from returned concrete and truck washout,
  and return grey water to batching within ASTM C1602 limits. Stops washout discharges and cuts fresh
  water use at ready-mix plants.""",
  9, (80000, 500000), ["*"], None)

N("en27_readymix", "San Diego", "Cutting cement content at three ready-mix plants", ["carbon-capture"],
  """We run three ready-mix concrete plants in San Diego County, about 900,000 cubic yards a year,
  supplying public works that now ask for EPDs and lower-GWP mixes under Buy Clean California and the
  state's cement strategy. We'd like a technology that puts CO2 to work in the concrete itself and
  lets us take cement out of each yard without hurting early strength. We are a concrete supplier,
  not a power plant: capturing flue gas ourselves is outside what we'll do. It has to retrofit to our
  existing central-mix and truck-mix plants.""",
  600000, 8, "US-CA", 2000, "2027-03-31",
  answers=["en27_inject"],
  sibs=[("en27_amine", 0, "flue-gas capture, which the need rules out"),
        ("en27_aggregate", 1, "CO2 stored in concrete materials, but in recycled aggregate, not the fresh mix")],
  setting=[("en27_washout", "same ready-mix plants, water not carbon")],
  traps=[("en27_pilot", "trl", "CO2 into the concrete, TRL 5 against min TRL 8")])

# ---------------------------------------------------------------- 28 Scope 3 supplier data
T("en28_pcfx", "链碳数据", "供应链产品碳足迹数据交换平台（PACT兼容）", ["ghg-data"],
  """面向品牌企业的供应商碳数据平台：向上游供应商推送数据请求，供应商按PACT Pathfinder框架或ISO 14067填报
  产品级碳足迹和初级活动数据，平台自动做数据质量评分、异常检查和一致性校验，并按温室气体核算体系范围三
  类别1汇总到各采购品类。支持中、英、西班牙语供应商门户，保留审计轨迹供第三方鉴证。""",
  9, (40000, 250000), ["*"], None)
T("en28_eeio", "Spendcarbon", "Spend-based Scope 3 calculator with EEIO factors", ["ghg-data"],
  """Upload your accounts-payable ledger and get a full Scope 3 inventory in days: spend is mapped to
  industry sectors and multiplied by environmentally extended input-output emission factors, with
  dashboards and disclosure-ready tables.""",
  9, (10000, 60000), ["*"], None)
T("en28_farm", "Fieldprint Analytics", "Farm-level emission modelling for agricultural supply sheds", ["ghg-data"],
  """Models the cradle-to-farm-gate footprint of potatoes, corn, wheat and oilseeds from grower
  practice data (fertiliser, irrigation, tillage, yields), by sourcing region, for use as primary data
  in food companies' Scope 3 inventories. Covers crops only; packaging and processing are out of
  scope.""",
  9, (50000, 250000), ["*"], None)

N("en28_scope3_suppliers", "City of Industry", "RFP: supplier-specific Scope 3 data for a snack food manufacturer",
  ["ghg-data"],
  """We are a snack food maker headquartered in the City of Industry with more than $1 billion in
  revenue, so California's climate disclosure law applies to us. Purchased goods (potatoes, corn,
  oils, packaging) make up about 80% of our footprint. Our current inventory multiplies spend by
  industry-average factors and cannot show any of the reductions our suppliers are making. We will
  not renew a spend-based approach. We need a way to collect product-level footprints and primary data
  from about 400 suppliers, check their quality, and roll them into our Category 1 figures in a form
  our assurance provider will accept.""",
  300000, 8, "US-CA", None, "2027-01-31",
  answers=["en28_pcfx"],
  alts=[("en28_farm", "primary data, but modelled for crops only, no supplier collection or packaging")],
  sibs=[("en28_eeio", 0, "spend-based inventory, which the need will not renew"),
        ("cn11_pcf", 1, "product footprints, but commissioned studies, not supplier data collection")])

# ---------------------------------------------------------------- 29 galvanizer stormwater zinc
T("en29_bioret", "绿渗生态工程", "工业场地雨水生物滞留系统（重金属吸附改良填料）", ["nature-based", "clean-water"],
  """沿场地边界建设线性生物滞留带：上层种植耐旱乡土植物，填料层掺入骨炭、铁基吸附介质和堆肥，对溶解态锌、
  铜的去除率可达80%—95%，并截留悬浮物；底部设穿孔排水管和溢流口，按设计暴雨确定规模。可作为加州工业
  雨水通用许可下的处理控制措施，提供填料检测报告和运行维护手册。""",
  9, (120000, 900000), ["*"], None)
T("en29_chem", "Clarivault Water", "Packaged stormwater treatment plant with chemical coagulation", ["clean-water"],
  """Containerised treatment for industrial stormwater: storage tank, pH adjustment, coagulant and
  polymer dosing, clarifier and media filter, removing dissolved metals and TSS to permit limits.
  Automatic operation with remote alarms; an operator checks chemicals and sludge weekly.""",
  9, (250000, 1500000), ["*"], None)
T("en29_cartridge", "Stormpoint Products", "Media filter cartridge vaults for stormwater", ["clean-water"],
  """Underground precast vaults holding replaceable media cartridges (perlite, zeolite, activated
  alumina) that filter runoff from paved yards, removing 50-80% of total zinc and copper. Cartridges
  are swapped every 1-2 years; no landscape area required.""",
  9, (60000, 500000), ["*"], None)
T("en29_kettle", "Zincfire Combustion", "High-efficiency pulse-fired burners for galvanizing kettles", ["energy-efficiency"],
  """Replaces the burners and controls of hot-dip galvanizing kettle furnaces with pulse-fired
  high-velocity burners and recuperators, giving even wall temperatures, longer kettle life and
  20-35% lower gas use.""",
  9, (150000, 800000), ["*"], 600)

N("en29_zinc_stormwater", "Fontana", "Zinc in stormwater at a hot-dip galvanizing yard", ["nature-based"],
  """Our hot-dip galvanizing plant in Fontana stores finished steel outdoors on about four acres. Under
  the statewide Industrial General Permit our stormwater samples keep exceeding the numeric action
  level for zinc (sometimes copper and TSS too), and we are now in Level 2 response. Our consultant says
  we need treatment controls. Management would prefer a landscape solution along the south property
  line that soaks up and filters the runoff; a tank-and-chemical treatment plant that needs an
  operator is a last resort we're not pursuing now.""",
  500000, 7, "US-CA", None, "2027-09-30",
  answers=["en29_bioret"],
  sibs=[("en29_chem", 0, "chemical treatment plant, which the need sets aside"),
        ("en29_cartridge", 1, "treats the yard runoff, but underground cartridges, not landscape")],
  setting=[("en29_kettle", "same galvanizing plant, kettle fuel not stormwater")])

# ---------------------------------------------------------------- 30 new food plant structure
T("en30_lowcsteel", "绿构钢结构", "电炉短流程低碳钢门式刚架厂房体系（附EPD）", ["green-buildings"],
  """钢构件全部采用电炉短流程钢（废钢比90%以上），配合变截面门式刚架和优化檩条，用钢量比常规设计低
  12%—18%；围护采用岩棉夹芯板。每个项目提供第三方验证的产品环境声明（EPD），钢材全球变暖潜值约
  0.7—0.9 t CO₂e/t，约为高炉钢的三分之一。可按美国AISC和IBC规范深化设计。""",
  9, (1500000, 12000000), ["*"], 1200)
T("en30_clt", "Timberline Structures", "Cross-laminated timber structural systems", ["green-buildings"],
  """CLT and glulam post-and-beam systems for warehouses, offices and light industrial buildings,
  prefabricated and erected in weeks. Stores biogenic carbon and cuts the structure's embodied carbon
  by 30-50% against concrete.""",
  9, (1000000, 20000000), ["*"], 1500)
T("en30_imp", "Panelcore Building Systems", "Insulated metal panels with low-GWP foam and EPDs", ["green-buildings"],
  """Insulated metal wall and roof panels for food plants and cold storage, with HFO-blown PIR cores,
  USDA-compliant washdown finishes and product-specific EPDs. Envelope only; the structural frame is
  by others.""",
  9, (400000, 5000000), ["*"], 400)
T("en30_led", "Hygilume Lighting", "Washdown-rated IP69K LED high-bay luminaires", ["energy-retrofits"],
  """Sealed LED high-bays for food processing rooms that withstand high-pressure, high-temperature
  washdown, with shatter-resistant lenses and integrated occupancy sensing; 50-60% less energy than
  metal-halide fixtures.""",
  9, (50000, 600000), ["*"], 200)

N("en30_food_plant_frame", "Visalia", "Low embodied-carbon structure for a new 300,000 sq ft food plant", ["green-buildings"],
  """We are designing a new frozen-food plant in Visalia: a 300,000 sq ft single-storey process and
  warehouse building with 40 ft clear height. Corporate has a target to cut the embodied carbon of new
  construction by 40% against baseline and will audit it with EPDs. The structural frame is the
  biggest item in the estimate. Mass timber was reviewed and rejected: the insurer and the food-safety
  team won't accept it in wet washdown areas. We want a steel frame and envelope package with
  documented low GWP that a design-build contractor can price.""",
  4500000, 8, "US-CA", 1500, "2027-08-01",
  answers=["en30_lowcsteel"],
  alts=[("en30_imp", "low-GWP envelope with EPDs, but no structural frame")],
  sibs=[("en30_clt", 0, "mass timber, which the need has rejected")],
  setting=[("en30_led", "same food plant, lighting not structure")])

# ---------------------------------------------------------------- generic distractors (never graded)
G("g_brain", "Cognergy", "AI Energy Brain for heavy industry",
  ["energy-efficiency", "ghg-data", "smart-grid"],
  """An AI energy brain that connects every meter, machine and system in your plant, learns your
  energy and carbon patterns and recommends optimisation actions in real time. Cloud-native,
  vendor-agnostic and ready for cement, steel, chemicals, food and electronics. Reduce energy costs,
  cut emissions and accelerate your net-zero journey with one intelligent platform.""",
  9, (100000, 2000000), ["*"], 5000)
G("g_zerofactory", "中碳未来", "零碳工厂整体解决方案", ["energy-efficiency", "renewable-energy", "ghg-data"],
  """围绕"源网荷储碳"一体化，为制造企业提供零碳工厂规划、能源托管、分布式光伏、储能、节能改造、碳核算与
  碳资产管理的一站式服务，助力企业绿色低碳转型，打造零碳标杆工厂。""",
  9, (200000, 20000000), ["CN"], 10000)
G("g_twin", "Twinforge", "Industrial digital twin platform", ["energy-efficiency", "ghg-data"],
  """Build a living digital twin of your plant: 3D models, real-time process data, simulation and
  AI-driven what-if scenarios for energy, emissions, maintenance and production. Integrates with
  SCADA, MES and ERP, and scales from one line to a global portfolio of sites.""",
  8, (150000, 3000000), ["*"], None)
G("g_park", "智园云科", "智慧园区双碳管理平台", ["ghg-data", "smart-grid"],
  """面向工业园区管委会的双碳数字化平台：企业能耗在线监测、碳排放核算、环保监管、安全生产和招商服务一张图，
  支持园区碳达峰路径规划和重点企业预警，助力园区绿色低碳高质量发展。""",
  9, (100000, 1500000), ["CN"], None)
G("g_roadmap", "Pathzero Advisory", "Net-zero roadmap consulting for manufacturers", ["ghg-data"],
  """Our experts help manufacturers set science-based targets, build a credible net-zero roadmap,
  prioritise decarbonisation levers across Scopes 1, 2 and 3, and engage boards, investors and
  customers. From baseline to implementation, we are your partner on the journey to net zero.""",
  9, (50000, 500000), ["*"], None)
G("g_iiot", "工联能碳", "工业互联网能碳一体化平台", ["energy-efficiency", "ghg-data"],
  """基于工业互联网标识解析和边缘计算，实现设备、能源、碳排放数据的全面感知、统一汇聚和智能分析，
  提供能效对标、用能预测、碳足迹追踪和绿色制造评价，适用于钢铁、建材、化工、纺织等重点行业。""",
  9, (80000, 1000000), ["CN"], None)
G("g_esgcloud", "Verdata", "Sustainability data cloud", ["ghg-data"],
  """One cloud for all your sustainability data: energy, water, waste, emissions, social and
  governance metrics, collected from every site and mapped to CSRD, ISSB, GRI, CDP and SEC-style
  frameworks. Automated workflows, audit trails and beautiful dashboards for every stakeholder.""",
  9, (30000, 400000), ["*"], None)
G("g_sensors", "Sensefab", "Smart factory IoT sensor suite", ["energy-efficiency", "clean-air"],
  """Wireless sensors for energy, vibration, temperature, air quality and water that install in
  minutes and stream to the cloud, giving manufacturers instant visibility into operations,
  sustainability and maintenance. Plug-and-play gateways, open APIs and AI analytics included.""",
  9, (10000, 300000), ["*"], None)
G("g_daas", "Decarbonix", "Decarbonisation-as-a-Service for industrial parks",
  ["renewable-energy", "energy-storage", "energy-efficiency"],
  """We design, finance, build and operate decarbonisation projects for industrial parks and their
  tenants with no upfront cost: solar, storage, efficiency, heat and e-mobility, bundled into one
  service contract with guaranteed savings and emissions reductions.""",
  9, (500000, 50000000), ["*"], 20000)
