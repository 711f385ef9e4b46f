"""English needs 24-30 and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n24 formwork waste
T("n24_ans", "zh", "铝模科技", "建筑铝合金模板体系(早拆体系)",
  ["green-buildings", "waste-treatment"],
  "采用6061-T6铝合金型材制作的墙、柱、梁、板一体化模板，按标准层深化设计，单套可周转300次以上，"
  "早拆头设计使楼板模板3-4天即可周转，标准层施工可达4-5天一层。混凝土成型质量好，可免抹灰，"
  "现场基本不产生木模垃圾，残值回收率高。提供深化设计、租赁和现场技术指导，已出口北美、中东项目。",
  9, (150000, 1200000), ["*"], 300)
T("n24_precast", "en", "Precasta", "Precast concrete floor and wall systems",
  ["green-buildings"],
  "Factory-made hollow-core planks, double walls and precast columns replace most on-site formwork and cut site "
  "waste by up to 70%. Requires the structure to be designed or redesigned for precast connections and crane "
  "capacity for heavy pieces. Fast erection once the design is complete, with quality controlled in the plant.",
  9, (500000, 8000000), ["US"], 400)
T("n24_plastic", "en", "Modform", "Modular plastic formwork panels",
  ["green-buildings", "waste-treatment"],
  "Lightweight ABS/glass-fibre modular formwork for walls, columns and slabs, reusable 60-100 times and recyclable "
  "at end of life. Panels are light enough to handle without a crane. Lower cost than aluminium systems, but "
  "fewer reuses, lower stiffness for tall walls and a smaller range of standard sizes, so complex floors still "
  "need some timber infill.",
  9, (60000, 500000), ["*"], 150)
T("n24_recycle", "zh", "木再生资源", "废旧木模板回收再生板材",
  ["waste-treatment"],
  "上门回收施工现场废旧木模板和木方，经去钉、破碎后加工成刨花板、定向结构板或生物质燃料，"
  "出具回收量和去向证明，可用于绿色施工评价。回收车按周定时到场，价格按吨计。"
  "现场木模使用量本身不变，仅改变垃圾去向。",
  9, (5000, 80000), ["*"], 100)
N(24, "Los Angeles", "Plywood formwork is filling a dumpster a week",
  ["green-buildings", "waste-treatment"],
  "We're the GC on two 7-storey cast-in-place residential buildings, with two more coming. Plywood forms last three "
  "or four pours before they're trash; we fill a dumpster a week and the owner wants a construction waste number "
  "for their green building certification. The structure is already designed and permitted as CIP, so switching to "
  "precast is not happening. Looking for something we can reuse from floor to floor and job to job.",
  1300000, 8, "US-CA", 250, "2027-04-01",
  answers=["n24_ans"],
  alts=[("n24_plastic", "reusable but fewer cycles and less stiffness")],
  sibs=[("n24_precast", 0, "precast excluded"),
        ("n24_recycle", 1, "recycles the waste rather than avoiding it")])

# ---------------------------------------------------------------- n25 freezer dock doors
T("n25_ans", "zh", "封门通科技", "冷库装卸口充气式门封+高速保温卷帘门",
  ["energy-retrofits", "energy-efficiency"],
  "充气式门封在车辆倒靠后数秒内充气贴合车厢四周，彻底封闭车厢与门洞之间的缝隙；高速保温卷帘门开关速度"
  "达1.5-2 m/s，门体内置保温层和加热防冻胶条，-25℃环境下不结冰。组合使用可减少80%以上的湿热空气进入，"
  "大幅降低结霜、地面结冰和融霜次数。提供美国现场测量、安装和维保。",
  9, (8000, 600000), ["*"], 250)
T("n25_curtain", "en", "Airwall Industrial", "Heated air curtains for freezer doorways",
  ["energy-retrofits"],
  "A high-velocity air curtain mounted above the door that blows a downward jet across the opening, separating "
  "freezer air from the dock. Reduces infiltration by 60-80% when correctly adjusted, with no physical barrier to "
  "forklift traffic. Needs tuning for each door and loses effectiveness with cross-drafts on open docks. Heated "
  "versions prevent icing on the nozzles.",
  9, (5000, 300000), ["*"], 150)
T("n25_desic", "zh", "干燥设备", "冷库月台转轮除湿机组",
  ["energy-retrofits", "energy-efficiency"],
  "在装卸月台安装转轮除湿机，将月台空气露点降至-5℃以下，减少冷库门口结霜、地面结冰和货物凝露，"
  "提高叉车作业安全。再生热源可用电、蒸汽或热回收。需要月台相对封闭，处理风量大，"
  "运行能耗较高，不解决门洞本身的冷量泄漏。",
  9, (60000, 500000), ["*"], 100)
T("n25_strip", "en", "Stripline", "Low-temperature PVC strip curtains",
  ["energy-retrofits"],
  "Overlapping polar-grade PVC strips that stay flexible to -40 F, installed on existing door frames in under an hour "
  "per door. Cut infiltration by around 50% when intact, and very cheap. Strips get torn and fogged by forklift "
  "traffic, need frequent replacement and do nothing for the gap between truck and dock.",
  9, (1000, 40000), ["*"], 60)
N(25, "Stockton", "Frost and ice at our freezer dock doors",
  ["energy-retrofits", "energy-efficiency"],
  "1980s freezer warehouse, 24 dock positions. Warm humid air comes in around the trucks and through the doors every "
  "time they open, we get ice on the floor, frost on the evaporators and defrosts every few hours. We're not "
  "going to build an enclosed vestibule, no room. Want to fix it door by door without shutting the building.",
  650000, 8, "US-CA", 250, "2027-02-28",
  answers=["n25_ans"],
  alts=[("n25_strip", "right place, partial and fragile")],
  sibs=[("n25_curtain", 1, "air barrier, not a seal"),
        ("n25_desic", 1, "treats the dock air, not the opening")])

# ---------------------------------------------------------------- n26 booster pumps off curve
T("n26_ans", "zh", "泵效科技", "泵站能效诊断与叶轮切削+变频群控优化",
  ["energy-efficiency", "clean-water"],
  "现场用超声波流量计和功率分析仪测试每台泵的实际运行点，对照性能曲线找出偏离高效区的机组，"
  "通过叶轮切削或更换高效叶轮、加装变频器和多泵群控算法，使水泵长期运行在高效区。"
  "节电率一般为15%-35%，可接入现有SCADA。可采用合同能源管理(EMC)模式，在美国由合作伙伴施工。",
  9, (30000, 500000), ["*"], 600)
T("n26_ans2", "en", "Pumpsight", "Pumpsight pump scheduling optimiser for water utilities",
  ["energy-efficiency", "clean-water"],
  "Software that reads existing SCADA tags, builds hydraulic and efficiency models of each pump and schedules which "
  "pumps run at what speed to meet tank levels and pressure at the lowest energy and tariff cost. Field testing of "
  "each pump against its factory performance data is included, along with recommendations for impeller trims and VFDs where they pay "
  "back. Typical energy savings 10-25%.",
  9, (40000, 300000), ["US"], 500)
T("n26_newpump", "en", "Hydroflux Pumps", "High-efficiency split-case pump replacement program",
  ["energy-efficiency", "clean-water"],
  "Replacement of aging split-case pumps and motors with premium-efficiency IE4 units sized to the current duty "
  "point, including new bases, piping adapters and commissioning. Efficiency gains of 10-20 points at the pump, "
  "more where old pumps are oversized. Rebates available through utility energy efficiency programs.",
  9, (100000, 1500000), ["US"], 700)
T("n26_pv", "zh", "光伏水务", "泵站光伏+储能供电",
  ["renewable-energy", "energy-storage"],
  "在泵站屋顶、清水池顶和周边空地建设光伏，配置储能错峰，降低泵站从电网购电量和电费。"
  "与水厂运行调度结合，可在光伏出力高时多抽水蓄到高位水池。泵本身的运行效率不变，"
  "需要有足够的场地面积。",
  9, (150000, 2000000), ["*"], 400)
T("n26_vfd", "en", "Drivecore", "VFD retrofit for constant-speed pump motors",
  ["energy-efficiency"],
  "Variable frequency drives with bypass, harmonic filters and soft start fitted to existing constant-speed pump "
  "motors, so pumps slow down instead of being throttled by valves. Savings of 15-30% where throttling is heavy. "
  "Does not correct pumps that are badly oversized or worn, and speed control alone may push them further from "
  "their best efficiency point.",
  9, (15000, 300000), ["*"], 300)
N(26, "San Jose", "Booster pumps running way off their curves",
  ["energy-efficiency", "clean-water"],
  "Our water district runs 11 booster stations. Operators throttle discharge valves to hold pressure and several "
  "pumps are clearly running far from where they should be; power is our second-largest cost. We log flow, pressure "
  "and power at every station each minute. Ripping out pumps and rebuilding stations isn't in this budget. We want to know which pumps to fix and "
  "how, and get them fixed.",
  600000, 8, "US-CA", 500, "2027-06-30",
  answers=["n26_ans", "n26_ans2"],
  alts=[("n26_vfd", "partial, speed control only")],
  sibs=[("n26_newpump", 0, "replacing pumps excluded"),
        ("n26_pv", 1, "supplies power, pumps stay inefficient")],
  note="two grade-3 answers: Chinese (cross-lingual) and English")

# ---------------------------------------------------------------- n27 nitrate wells
T("n27_ans", "zh", "净源生物", "固定床生物反硝化饮用水处理装置",
  ["clean-water"],
  "以乙酸或乙醇为碳源，在固定床生物滤池中由反硝化菌把硝酸盐转化为氮气，去除率90%以上，"
  "几乎不产生浓水或废盐，仅有少量反冲洗水和剩余污泥。出水经曝气、过滤和消毒后达到饮用水标准。"
  "撬装式设计，适合小型社区供水井，已有通过美国加州水质部门审批的应用案例。",
  8, (300000, 1500000), ["*"], 20)
T("n27_ix", "en", "Resinex Water", "Nitrate-selective ion exchange systems",
  ["clean-water"],
  "Packaged nitrate-selective anion exchange vessels for small water systems, 50 to 2,000 gpm, with automatic "
  "salt regeneration. Proven, compact and approved across California. Regeneration produces a salty brine of "
  "around 1-2% of flow that must be hauled or discharged to sewer.",
  9, (150000, 1200000), ["US"], 10)
T("n27_blend", "en", "Aquifer Partners", "Well deepening and blending design service",
  ["clean-water"],
  "Hydrogeological study, zone testing and well modification to seal off shallow high-nitrate zones or drill into a "
  "deeper aquifer, combined with blending plans that mix sources to meet the MCL. Avoids treatment entirely where "
  "a cleaner zone exists, but the result depends on local geology and may change as nitrate moves downward.",
  9, (100000, 900000), ["US-CA"], 5)
T("n27_sulfur", "zh", "硫自养科技", "硫自养反硝化滤池",
  ["clean-water"],
  "以单质硫和石灰石为填料，硫自养菌利用硫作电子供体将硝酸盐还原为氮气，无需投加有机碳源，运行简单。"
  "缺点是出水硫酸盐升高、硬度增加，饮用水应用需要控制硫酸盐和后续处理。适合低浓度硝酸盐去除，"
  "设备成本较低。",
  8, (200000, 1000000), ["*"], 10)
T("n27_trap", "en", "Nitrolyte", "Electrocatalytic nitrate reduction to nitrogen",
  ["clean-water"],
  "A cell with a copper-based catalyst that reduces nitrate in drinking water to nitrogen gas using only "
  "electricity, with no brine and no chemicals. Lab and bench-scale tests reach 95% removal. A first field pilot "
  "is planned for a well in California.",
  5, (100000, 600000), ["*"], 10)
N(27, "Visalia", "Nitrate in two small community wells, no way to get rid of brine",
  ["clean-water"],
  "Small community water system, about 1,800 connections, two wells with nitrate at 14 mg/L as N (MCL is 10). "
  "There's no sewer connection at the well sites and trucking waste is expensive, so anything that makes brine "
  "is a non-starter. The State Board needs a compliance plan this year. We have one operator, so it has to be "
  "simple to run.",
  1600000, 7, "US-CA", None, "2027-12-31",
  answers=["n27_ans"],
  alts=[("n27_sulfur", "biological, but raises sulfate and hardness")],
  sibs=[("n27_ix", 0, "brine-producing treatment excluded"),
        ("n27_blend", 1, "avoids treatment, depends on geology")],
  traps=[("n27_trap", "TRL 5 below min_trl 7")])

# ---------------------------------------------------------------- n28 EPS boxes at fish market
T("n28_ans", "zh", "泡沫回收机械", "泡沫箱螺旋冷压减容机",
  ["waste-treatment"],
  "螺旋挤压将EPS泡沫箱压成密实块料，减容比40:1-50:1，全程常温不加热、无烟无味，可在室内卸货区使用。"
  "前端破碎机可处理带水、带少量冰渣的鱼箱，压块可直接出售给再生聚苯乙烯(PS)颗粒厂。"
  "处理能力50-300 kg/h，单台占地约10平方米，已出口美国、日本和东南亚水产市场。",
  9, (20000, 150000), ["*"], 200)
T("n28_burn", "en", "Enerwaste", "Municipal waste-to-energy hauling and disposal contract",
  ["waste-treatment", "renewable-energy"],
  "Collection of mixed and bulky packaging waste, including expanded polystyrene, for energy recovery at a permitted "
  "waste-to-energy facility. Diverts material from landfill and generates electricity. Weekly or daily pickup "
  "schedules with roll-off containers and compactors supplied on site.",
  9, (20000, 300000), ["US"], 100)
T("n28_rpc", "en", "Loopcrate", "Reusable plastic seafood crates with wash service",
  ["waste-treatment"],
  "Pooled, insulated reusable plastic crates for fish and seafood, rented to suppliers and collected, washed and "
  "sanitised at a regional depot. Eliminates single-use boxes wherever suppliers join the pool, but depends on "
  "boats and distributors changing their packaging, and imported product will still arrive in EPS.",
  9, (40000, 500000), ["US"], 250)
T("n28_manual", "zh", "小型压缩设备", "手动立式泡沫压缩机",
  ["waste-treatment"],
  "人工投料、液压推板压缩，减容比约8:1-10:1，设备价格低、无需专人操作，适合小型超市和零售店。"
  "处理量约20-40 kg/h，压块较松散，部分再生厂不收或压价，需要较大暂存空间。",
  9, (3000, 15000), ["*"], 50)
T("n28_hot", "en", "Meltpak", "Thermal EPS densifier with melt extruder",
  ["waste-treatment"],
  "Shreds expanded polystyrene boxes and melts them through a heated barrel into dense ingots at a volume ratio "
  "of up to 90:1, the highest on the market, and the ingots fetch top prices from PS recyclers. Throughput 50-200 kg "
  "per hour. A fume extraction hood with an activated carbon filter is required, and the unit should stand in a "
  "ventilated room or outdoors under a roof. Wet boxes need to drain before feeding. Financing and buy-back of "
  "ingots available.",
  9, (25000, 160000), ["*"], 220)
N(28, "San Francisco", "Foam fish boxes are eating our dumpster budget",
  ["waste-treatment"],
  "The wholesale seafood market generates several tons a week of expanded polystyrene boxes, wet and fishy. "
  "They're bulky, our haul bills are crazy, and the city's Zero Waste folks want diversion. We won't send this "
  "stuff off to be burned, and the unloading hall is enclosed so nothing that heats plastic. Ideally the output is "
  "something a recycler will pay for.",
  200000, 8, "US-CA", 150, "2027-01-31",
  answers=["n28_ans"],
  alts=[("n28_manual", "same idea, much lower ratio and throughput")],
  sibs=[("n28_burn", 0, "burning excluded"),
        ("n28_hot", 0, "heating plastic in the enclosed hall excluded"),
        ("n28_rpc", 1, "prevention, depends on suppliers")])

# ---------------------------------------------------------------- n29 downtown deliveries
T("n29_ans", "zh", "微配出行", "电助力货运三轮+可换货箱城市微仓系统",
  ["green-transportation", "electric-vehicles"],
  "由一台厢式货车或半挂把预装好的标准货箱送到城区微仓，骑手用电助力货运三轮把货箱整箱拖出，"
  "单车载货200-300 kg，货箱容积约2 m³，可在非机动车道和步行街通行，装卸不占路边车位。"
  "提供车辆、货箱、微仓调度软件和骑手培训，已在欧洲和北美多个城市运营。",
  9, (60000, 600000), ["*"], 120)
T("n29_van", "en", "Voltvan", "Battery-electric delivery vans",
  ["electric-vehicles", "green-transportation"],
  "Class 2b-3 electric cargo vans with 150-mile range and 400 cu ft of cargo space, with depot charging and fleet "
  "telematics. Zero tailpipe emissions and lower running costs than diesel. Same footprint as the vans they "
  "replace, so they still need kerb space or loading zones in dense districts.",
  9, (60000, 2000000), ["US"], 200)
T("n29_robot", "zh", "途达机器人", "人行道无人配送机器人",
  ["green-transportation"],
  "六轮电动配送机器人，货仓容积约30升，最大载重20 kg，在人行道以步行速度自主行驶，可远程接管。"
  "适合外卖和小件包裹末端配送，需当地政府许可，单次运力小，大件批量商户配送效率不高。",
  8, (50000, 500000), ["*"], 30)
T("n29_drone", "en", "Skydrop", "Drone delivery network for urban parcels",
  ["green-transportation"],
  "Electric multirotor drones carrying parcels of up to 2.5 kg from rooftop or car-park hubs to customers within "
  "10 km, with automated battery swaps and FAA Part 135 operations. Takes parcel traffic off the streets. Service "
  "areas depend on airspace approvals.",
  8, (200000, 1500000), ["US"], 50)
T("n29_bike", "en", "Cargocycle", "Electric-assist cargo bikes with fixed boxes",
  ["green-transportation", "electric-vehicles"],
  "Two- and three-wheel e-cargo bikes with fixed insulated or dry boxes of 0.8-1.5 m3 and 125-200 kg payload, "
  "leased with maintenance. Riders load them by hand at a depot, so they work best when the depot is close to the "
  "delivery area; on longer runs riders spend much of the day shuttling back to reload.",
  9, (20000, 300000), ["*"], 60)
N(29, "San Francisco", "Downtown deliveries without double-parked box trucks",
  ["green-transportation", "electric-vehicles"],
  "Hi, we're a food-service distributor delivering to restaurants in the Financial District and SoMa. Our box "
  "trucks double-park and collect hundreds of tickets a month. The city is offering curbside micro-hub permits. "
  "We'd like to bring loads in once and do the last few blocks some other way. Drones aren't something we're "
  "interested in. Typical drop is 50-150 kg.",
  700000, 8, "US-CA", 100, "2027-05-31",
  answers=["n29_ans"],
  alts=[("n29_bike", "same mode, hand-loaded, no swap containers")],
  sibs=[("n29_van", 1, "still a kerb-space vehicle"),
        ("n29_robot", 1, "payload too small"),
        ("n29_drone", 0, "drones excluded")])

# ---------------------------------------------------------------- n30 harbour ice plant
T("n30_ans", "zh", "冰港制冷", "低充注量氨一体化片冰机组",
  ["hfc-alternatives", "energy-efficiency"],
  "采用R717氨工质的一体化片冰机组，板式换热器和降膜设计使充注量仅为传统泵供液系统的5%-10%，"
  "每日产冰20-60吨，冰温-8℃，适合渔港和水产加工。机组工厂组装，氨全部封闭在户外机组内，"
  "配双级泄漏检测、应急喷淋与排风，满足美国IIAR标准，可提供当地施工合作伙伴。",
  9, (400000, 2000000), ["*"], 700)
T("n30_co2", "en", "Flakeco", "CO2 direct-expansion flake ice machines",
  ["hfc-alternatives"],
  "Flake ice machines using CO2 (R744) as a direct-expansion refrigerant in the ice drum, 5-30 tons a day per unit. "
  "Non-flammable, non-toxic, GWP 1. Efficient in cool coastal climates; several units are needed for large "
  "harbour ice plants and high-pressure piping requires specialised technicians.",
  9, (150000, 1200000), ["*"], 500)
T("n30_hfo", "en", "Frescold", "R-449A retrofit for R-22 ice plants",
  ["hfc-alternatives"],
  "Conversion of R-22 ice plants to R-449A, an HFO/HFC blend with lower GWP, reusing compressors, drums and piping "
  "after an oil change and valve resizing. Quick and low cost, with capacity close to the original. Keeps the "
  "plant running until end of life.",
  9, (50000, 300000), ["*"], 300)
T("n30_r290", "zh", "丙烷冷机", "R290模块化片冰机",
  ["hfc-alternatives"],
  "采用R290(丙烷)自然工质的模块化片冰机，单台日产冰3-10吨，每个回路充注量不超过150 g，"
  "可放在室内或半室外。GWP为3，能效高。适合中小型水产店和超市，大型渔港需要并联多台，"
  "维护工作量随台数增加。",
  9, (20000, 400000), ["*"], 200)
N(30, "Monterey", "Replace the R-22 flake ice plant at the fishing harbor",
  ["hfc-alternatives", "energy-efficiency"],
  "The harbor's 40 ton/day flake ice plant is still on R-22 and it's getting impossible to service. The commission "
  "wants a natural refrigerant; synthetic blends are not going to be approved. Ammonia is fine with us as long as "
  "the charge is small and kept away from the public promenade next door. One plant, not a row of small units.",
  1800000, 8, "US-CA", 500, "2027-11-30",
  answers=["n30_ans"],
  alts=[("n30_r290", "natural refrigerant, but many small units")],
  sibs=[("n30_co2", 1, "natural, but several units and specialist service"),
        ("n30_hfo", 0, "synthetic blends excluded")])
