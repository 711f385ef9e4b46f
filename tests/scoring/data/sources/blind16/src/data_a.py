"""Chinese needs 01-08 and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n01 RTG diesel
T("n01_ans", "en", "Kranwerk Drive Systems", "E-Feed motorised cable reel conversion for rubber-tyred gantries",
  ["green-transportation", "electric-vehicles"],
  "Converts existing rubber-tyred gantry cranes to run from the terminal's medium-voltage network. A motorised "
  "cable reel on the sill beam pays out and winds a 10 kV trailing cable fed from a pit-mounted junction box at the "
  "end of each stack, so the genset only moves the crane between stacks. The kit covers the on-board transformer, "
  "drive re-tuning and a cable guide laid on the existing pavement: no rails, no trenches inside the stack. Typical "
  "conversion downtime is 8-10 days per crane; fuel use drops 85-95%.",
  9, (180000, 3500000), ["*"], 2600)
T("n01_busbar", "en", "Portline Conductix Asia", "DriveIn conductor-bar electrification for container stacks",
  ["green-transportation", "electric-vehicles"],
  "Feeds rubber-tyred gantries from an elevated low-voltage conductor bar installed along one side of each container "
  "stack. A collector arm on the crane's outrigger engages the bar when the crane drives in, and a small lithium pack "
  "bridges stack changes. Needs a steel support frame with foundations every 6 m along the stack edge, and usually one "
  "lane of the stack is given up. Crane-side cost is lower than with cable reels, but civil works take 6-10 weeks per "
  "stack. Reference sites in Southeast Asia and Latin America.",
  9, (150000, 2600000), ["*"], 2300)
T("n01_hybrid", "zh", "华港动力科技", "轮胎吊油电混合动力改造包",
  ["green-transportation", "energy-efficiency"],
  "将原有大功率柴油发电机组更换为小功率变速机组加磷酸铁锂(LFP)电池包，起升下降过程回收势能，待机时机组自动停机。"
  "单机改造约5天，节油40%-60%，无需任何堆场配套施工。已在华南、东南亚20多个码头批量应用，配套远程能耗监控平台和"
  "电池健康度(SOH)管理，质保5年或8000次循环。",
  9, (90000, 1500000), ["CN", "VN", "MY"], 1300)
T("n01_h2", "en", "HydroLift Power", "H2Pack fuel-cell power module for gantry cranes",
  ["green-transportation", "electric-vehicles"],
  "A 250 kW PEM fuel-cell module with Type IV hydrogen tanks replaces the diesel genset in the crane's machinery house. "
  "Refuelling takes about 10 minutes from a mobile tube trailer or a fixed dispenser at the maintenance area, and a "
  "buffer battery handles hoisting peaks. Zero tailpipe emissions apart from water vapour, noise below 70 dB(A) at 7 m. "
  "We supply the module, tanks, safety sensors and can arrange green hydrogen supply contracts with local producers.",
  8, (400000, 4000000), ["*"], 2100)
T("n01_trap", "en", "Kranwerk Drive Systems", "Turnkey electrified automated yard package",
  ["green-transportation", "electric-vehicles"],
  "Complete yard conversion: new electric rubber-tyred gantries with cable reel feed, medium-voltage ring main, "
  "substations, remote operating stations and the terminal operating system interface. We design, build and commission "
  "the full stack area, including crane automation and anti-collision. Fuel use in the yard drops to almost zero and "
  "crane productivity rises 10-15% with remote control. Delivered as an EPC contract with a five-year O&M option.",
  9, (12000000, 60000000), ["*"], 9000)
N(1, "深圳", "集装箱堆场轮胎吊柴油机组替代", ["green-transportation", "electric-vehicles"],
  "各位好，我们码头现有轮胎式龙门吊38台，全部靠车载柴油发电机组干活，每台每小时油耗十几升，夜里作业噪声投诉也不少。"
  "想在不改动现有堆场布局、不新建轨道和钢结构的前提下，把这批吊机的动力来源换掉，单台停机时间最好控制在两周以内。"
  "氢燃料电池路线我们去年评估过，不在本次考虑范围内。预算先按首批10台算，希望供应商有同类码头改造业绩。",
  2800000, 8, "CN-GD", 2500, "2027-09-30",
  answers=["n01_ans"],
  alts=[("n01_busbar", "grid feed, but needs steel frames along the stacks and gives up a lane")],
  sibs=[("n01_hybrid", 1, "cuts diesel but keeps it as the energy source"),
        ("n01_h2", 0, "hydrogen is excluded in so many words")],
  traps=[("n01_trap", "budget: cheapest deployment above budget")])

# ---------------------------------------------------------------- n02 cold store refrigerant
T("n02_ans", "en", "Nordkyl Systems", "TransCold R744 booster rack with multi-ejector",
  ["hfc-alternatives", "energy-efficiency"],
  "Transcritical CO2 booster racks for cold stores and distribution centres, built for hot climates. A multi-ejector "
  "block recovers expansion work and lets the rack run flooded evaporators, while parallel compression keeps COP up at "
  "ambient temperatures of 38 C and more. Refrigerant GWP is 1, and heat recovery supplies 60-70 C hot water for "
  "defrost and washing. Racks from 100 to 800 kW, factory-tested, with remote monitoring and a 10-year parts programme.",
  9, (250000, 2500000), ["*"], 1400)
T("n02_ans2", "zh", "冰联制冷设备", "跨临界二氧化碳冷库机组(带并行压缩与气体冷却器喷淋)",
  ["hfc-alternatives", "energy-efficiency"],
  "采用R744天然工质，GWP=1，适用于-25℃冷冻库和0-5℃保鲜库。机组配并行压缩机和气体冷却器绝热喷淋，夏季高温工况下"
  "能效与传统R507A系统相当，冬季节能30%以上。热回收可提供65℃热水用于化霜和清洗。整机工厂预装、冷媒在线监测，"
  "已在广东、福建多个万吨级冷库投运，提供设计、安装、调试一站式服务。",
  9, (200000, 2000000), ["CN"], 1200)
T("n02_nh3", "zh", "大冷工程", "NH3/CO2复叠式制冷系统",
  ["hfc-alternatives", "energy-efficiency"],
  "高温级采用氨(R717)，低温级采用CO2，氨仅存在于机房内，库内只走CO2管路，机房氨充注量比传统氨系统减少90%左右。"
  "系统能效高，适合万吨级以上冷库和速冻隧道。我们提供机房设计、压力容器、自控系统及氨安全报警联锁，"
  "可协助办理危化品相关备案手续，国内已有百余个项目业绩。",
  9, (400000, 3000000), ["CN"], 1600)
T("n02_blend", "en", "Keller Fluids", "Drop-in HFO blend retrofit service for R404A and R507A plants",
  ["hfc-alternatives"],
  "Retrofit service that replaces R404A or R507A with a lower-GWP HFO/HFC blend such as R448A or R449A, keeping "
  "compressors, evaporators and piping. We recover the old charge, change the oil and expansion valves, re-set "
  "controls and leak-test the plant, usually in two to four days per machine room. Refrigerant GWP falls by about 65% "
  "and capacity stays close to the original. Suited to plants with many years of remaining equipment life.",
  9, (40000, 600000), ["*"], 700)
T("n02_r290", "en", "Propacool", "R290 water-cooled chillers with glycol secondary loop for cold rooms",
  ["hfc-alternatives", "energy-efficiency"],
  "Packaged propane (R290) chillers with the refrigerant sealed inside an outdoor enclosure, feeding a glycol secondary "
  "loop to air coolers in the cold rooms. Charge per circuit stays small, GWP is 3, and the secondary loop keeps "
  "flammable refrigerant out of occupied space. Best for chilled rooms at 0 to +5 C; frozen stores at -25 C need a "
  "large brine temperature lift and efficiency drops by 15-25% against direct expansion. Modular units of 50-300 kW.",
  9, (120000, 1500000), ["*"], 800)
N(2, "广州", "冷链物流园冷库制冷系统改造(替代R404A/R507A)", ["hfc-alternatives", "energy-efficiency"],
  "园区有冷库约4.5万吨库容，-25℃冷冻库为主，另有部分0-4℃保鲜库，目前用R404A和R507A，机组大多运行超过12年，"
  "泄漏补充量一年比一年大，电费也高。按地方HFC削减要求，想一步到位换成GWP很低的方案，过渡性的混合工质替换我们不打算做。"
  "园区紧挨住宅小区，不新增任何氨充注。希望能回收热量用于融霜，可分库分批实施。",
  2600000, 8, "CN-GD", 1200, "2027-12-31",
  answers=["n02_ans", "n02_ans2"],
  alts=[("n02_r290", "natural refrigerant but efficiency penalty at -25 C with secondary loop")],
  sibs=[("n02_nh3", 0, "any new ammonia charge is excluded"),
        ("n02_blend", 0, "transitional blends excluded in so many words")],
  note="two grade-3 answers: English (cross-lingual) and a Chinese own-language one")

# ---------------------------------------------------------------- n03 market organic waste
T("n03_ans", "en", "Biotainer GmbH", "Biotainer containerised wet digestion line for fruit and vegetable residues",
  ["waste-treatment", "renewable-energy"],
  "Modular anaerobic digestion in 40-ft containers: a shredder and hydrolysis tank pulp fresh produce residues, two "
  "insulated digesters convert them at 38 C, and a gas holder feeds a 100-250 kW CHP set or a boiler. Footprint about "
  "1,000 m2 for 30-50 t/day, fully enclosed with biofilter exhaust, so no odour at the fence. Digestate is dewatered into "
  "a soil conditioner, filtrate goes to sewer within discharge limits. Installed in under six months, expandable by "
  "adding containers.",
  9, (600000, 3000000), ["*"], 3000)
T("n03_bsf", "en", "Larvaloop Biotech", "Black soldier fly bioconversion units for food-market residues",
  ["waste-treatment"],
  "Climate-controlled larvae rearing racks convert fresh produce and food residues into insect protein and frass "
  "fertiliser. Each tonne of input yields around 150 kg of fresh larvae sold to feed mills and 250 kg of frass. "
  "A 30 t/day unit needs about 2,500 m2 of racking, feedstock pre-grinding and a hygienisation step for the larvae. "
  "Odour is low when the substrate moisture is controlled. We run the units under a service contract and buy back "
  "the protein.",
  8, (300000, 1800000), ["*"], 1600)
T("n03_aero", "zh", "绿源环境装备", "餐厨果蔬垃圾好氧发酵一体机",
  ["waste-treatment"],
  "罐式好氧发酵设备，分拣、破碎、脱水后进入高温发酵仓，55-70℃连续发酵7-10天，减量率80%以上，出料可作有机肥原料。"
  "单台日处理5-30吨，占地小，尾气经生物滤池除臭。设备全封闭、自动控制，适合农贸市场、批发市场和食堂就地处理，"
  "需要稳定电力供应，吨处理电耗约60-90度。",
  9, (150000, 1200000), ["CN"], 1100)
T("n03_windrow", "zh", "粤田生态", "条垛式堆肥场建设与运营服务",
  ["waste-treatment", "nature-based"],
  "露天或半开放式条垛堆肥，翻堆机定期翻抛供氧，发酵周期30-45天，产品为园林用有机肥。建设投资低、运行简单，"
  "适合城郊大面积场地，日处理量可达100吨以上。我们负责场地规划、设备供应和长期运营，按吨收取处理费，"
  "可提供渗滤液收集池设计。",
  9, (80000, 500000), ["CN"], 900)
T("n03_press", "en", "Sepro Depack", "Screw-press dewatering and depackaging line for market waste",
  ["waste-treatment"],
  "Front-end line that strips packaging from mixed market residues and squeezes the organic fraction in a screw press, "
  "cutting mass by 40-60% before haulage. The pressed cake is denser and cheaper to transport to an off-site digester "
  "or compost plant; the press water can go to sewer after a grease trap. Throughput 5-20 t/h on a 150 m2 footprint. "
  "It does not treat the waste on site but reduces truck trips and tipping fees.",
  9, (120000, 600000), ["*"], 500)
N(3, "佛山", "蔬果批发市场烂菜叶就地处理", ["waste-treatment", "renewable-energy"],
  "市场每天产生烂菜叶、果皮、尾菜30-40吨，含水率很高，现在全部外运，清运和处理费每年好几百万，夏天还经常有异味投诉。"
  "想在场内就地处理并产出点能用的东西（比如能源给冷库用），可用场地大概1500平方米。露天堆肥不接受，"
  "周边商户和住户受不了味道。希望设备成熟、运行人员要求不高。",
  2500000, 8, "CN-GD", 2500, "2027-06-30",
  answers=["n03_ans"],
  alts=[("n03_aero", "on-site and enclosed, but yields compost feedstock, no energy")],
  sibs=[("n03_bsf", 1, "bioconversion; needs more area than available"),
        ("n03_windrow", 0, "open-air composting excluded"),
        ("n03_press", 1, "volume reduction only, still hauled off")])

# ---------------------------------------------------------------- n04 construction dust
T("n04_ans", "en", "Siteair Analytics", "FenceSense perimeter particulate network with closed-loop misting",
  ["clean-air"],
  "Solar-powered laser-scattering particulate nodes on the hoarding, calibrated weekly against a beta-attenuation "
  "reference, report PM10 and PM2.5 every minute with wind speed and direction. When a node trends towards the action "
  "level, the controller opens the right misting zone on the fence line or starts a fog cannon downwind, and logs the "
  "event for the regulator. Water use falls by 50-70% against timer-based spraying. Open API for government "
  "supervision platforms; installation in two days for a typical site.",
  9, (15000, 150000), ["*"], 80)
T("n04_cannon", "zh", "雾王环保机械", "车载远程射雾器(雾炮车)",
  ["clean-air"],
  "3吨至12吨水箱车载射雾器，射程30-120米，雾粒径50-150微米，可左右旋转和俯仰调节，适用于工地、道路、堆场降尘。"
  "配备遥控器和定时功能，司机一人即可操作。可按月租赁或购买，租赁含司机和维保，全省24小时内到场，"
  "配合人工巡查使用效果明显。",
  9, (20000, 120000), ["CN"], 40)
T("n04_polymer", "en", "DustLock Chemicals", "Polymer crusting agent for haul roads and stockpiles",
  ["clean-air"],
  "A water-dilutable acrylic polymer that binds fine particles into a surface crust on unpaved haul roads, earth "
  "stockpiles and bare ground. One application lasts two to eight weeks depending on traffic, cutting watering "
  "frequency by up to 80%. Sprayed from a standard water truck at 1:10 to 1:20 dilution. Biodegradable formulation, "
  "supplied in IBC totes with site application training and a coverage calculator.",
  9, (5000, 80000), ["*"], 30)
T("n04_monitor", "zh", "中科环测", "扬尘在线监测系统(含视频抓拍)",
  ["clean-air", "ghg-data"],
  "符合地方扬尘在线监测技术规范，监测PM2.5、PM10、TSP、噪声、温湿度、风速风向，带高清视频抓拍，"
  "数据每分钟上传住建和生态环境部门监管平台。设备通过CCEP认证，支持超标短信报警，由现场人员手动开启喷淋。"
  "提供安装、联网和年度比对校准服务，单站一天内完成安装。",
  9, (3000, 30000), ["CN"], 20)
N(4, "东莞", "工地扬尘超标自动抑尘", ["clean-air"],
  "我们总包在东莞有6个在建项目，住建要求PM10在线监测并联网，现在超标了靠保安看手机再去开雾炮，反应慢，"
  "上个季度被通报了三次。想要一套监测到快超标就自动在对应区域喷雾降尘的系统，还要能留存记录给监管看。"
  "场地污水最后进市政管网，所以化学抑尘剂一律不得使用。每个项目预算有限，最好能转场复用。",
  200000, 8, "CN-GD", 100, "2027-03-31",
  answers=["n04_ans"],
  alts=[("n04_monitor", "compliant monitoring, but spraying stays manual")],
  sibs=[("n04_cannon", 1, "suppression hardware without monitoring or automation"),
        ("n04_polymer", 0, "chemical suppressants excluded")])

# ---------------------------------------------------------------- n05 water losses
T("n05_ans", "en", "Aquasonic Networks", "HydroEar correlating noise loggers with night-flow analytics",
  ["clean-water"],
  "Magnetic acoustic loggers clip onto valves and hydrants, listen between 02:00 and 04:00 and correlate with their "
  "neighbours to pinpoint a leak to within about a metre, for cast iron, ductile iron and PE mains from 80 to 800 mm. "
  "Our cloud software sets up district metered areas from your existing bulk meters, ranks zones by minimum night "
  "flow, and dispatches repair crews to the loggers' hotspots. Utilities typically cut non-revenue water by 4-8 "
  "points in two years.",
  9, (100000, 900000), ["*"], 400)
T("n05_sat", "zh", "星测遥感", "卫星L波段雷达管网漏水普查",
  ["clean-water"],
  "利用合成孔径雷达(SAR)卫星影像识别地下饮用水的介电特征，一次覆盖整座城市管网，输出疑似漏点区域(POI)，"
  "每个区域半径约100米，再由检漏队伍现场复核。无需安装任何设备，3-6周出报告，适合管网普查和年度排查，"
  "按管网公里数计费。",
  9, (40000, 300000), ["*"], 200)
T("n05_cipp", "en", "Relina Pipe Rehab", "Structural CIPP relining for water mains",
  ["clean-water"],
  "Cured-in-place structural liners for potable water mains from 100 to 1,200 mm, installed through small access pits. "
  "The liner is NSF/ANSI 61 certified and restores full pressure rating, stopping leakage on the rehabilitated length "
  "for 50 years. Typical crew output is 200-400 m per day with service reconnection by robot. Far less disruption "
  "than open-cut replacement; best where a main has many leaks and breaks per kilometre.",
  9, (200000, 5000000), ["*"], 300)
T("n05_prv", "zh", "稳压水务科技", "智能减压阀分区压力管理系统",
  ["clean-water", "energy-efficiency"],
  "在分区入口安装智能减压阀和压力监测点，根据用水曲线在夜间自动降低管网压力，减少背景漏失和爆管频率。"
  "一般可减少漏失量15%-25%，降低爆管30%左右。系统自带远传和云平台，可与现有SCADA对接，"
  "施工只需在阀门井内安装，不影响供水。",
  9, (50000, 600000), ["CN"], 200)
T("n05_trap", "en", "Fiberwatch Labs", "Distributed acoustic sensing on telecom fibre for leak detection",
  ["clean-water", "smart-grid"],
  "Turns existing telecom dark fibre running along water mains into a continuous acoustic sensor. A laser interrogator "
  "at the exchange detects the sound signature of leaks and third-party digging along tens of kilometres, with a "
  "resolution of a few metres, and our models classify events in real time. Currently in pilot deployments with two "
  "utilities; we are looking for a third pilot partner in Asia.",
  5, (150000, 800000), ["*"], 300)
N(5, "珠海", "供水管网漏损快速定位", ["clean-water"],
  "我司产销差率一直在18%左右，DN100-DN600管道为主，铸铁管和球墨管都有，检漏队靠听音棒一条街一条街地听，效率很低。"
  "想尽快把漏点找出来修掉。大规模换管或者内衬修复这次不做，资金不够。卫星测漏前年试过，准确度一般，也不再考虑。"
  "要求技术成熟，已在国内外水司规模化应用。",
  800000, 7, "CN-GD", 300, "2027-04-30",
  answers=["n05_ans"],
  alts=[("n05_prv", "reduces leakage volume but does not locate leaks")],
  sibs=[("n05_sat", 0, "satellite method excluded"),
        ("n05_cipp", 0, "relining excluded")],
  traps=[("n05_trap", "TRL 5 below min_trl 7")])

# ---------------------------------------------------------------- n06 oil terminal VOC
T("n06_ans", "en", "Vaprex Marine", "Dry-vacuum carbon adsorption VRU for marine loading",
  ["clean-air", "energy-efficiency"],
  "Twin activated-carbon beds capture hydrocarbon vapour displaced while loading gasoline, naphtha or crude onto "
  "tankers and barges. While one bed adsorbs, the other is regenerated by dry screw vacuum pumps, and the rich vapour "
  "is reabsorbed into a lean gasoline stream and returned to the tank farm as product. Outlet below 10 g/m3 or, with "
  "a polishing stage, below 100 mg/m3 NMHC. ATEX/IECEx zone 1 skid with dock safety unit and pressure-vacuum "
  "protection to marine codes.",
  9, (800000, 4500000), ["*"], 1900)
T("n06_rto", "en", "Thermox Industrial", "Marine vapour combustion unit with flame arrestor",
  ["clean-air"],
  "An enclosed ground flare sized for tanker and barge loading, destroying more than 99.5% of hydrocarbons in the "
  "displaced vapour. Includes a dock safety unit, detonation arrestors, oxygen analyser and burner management to IEC "
  "61511. Compact footprint and low capital cost compared with recovery plants, and able to handle mixed cargoes, "
  "including chemicals that cannot be recovered. Start-up within seconds of loading.",
  9, (400000, 2000000), ["*"], 600)
T("n06_cond", "zh", "华冷油气回收", "深冷冷凝式油气回收装置",
  ["clean-air", "energy-efficiency"],
  "采用三级逐级冷凝(+4℃/-35℃/-75℃)将油气中的烃类冷凝成液态直接回收，适用于汽油、石脑油装车装船。"
  "回收液可直接回罐，无需吸收剂，处理后非甲烷总烃浓度可达25 g/m³以下，深度达标需加后处理单元。"
  "设备撬装防爆，能耗相对较高，已在多个油库和码头应用。",
  9, (500000, 3000000), ["CN"], 1400)
T("n06_memb", "zh", "膜科油气技术", "膜分离+吸收组合式油气回收",
  ["clean-air", "energy-efficiency"],
  "先经吸收塔用贫油吸收大部分烃类，再经有机蒸汽分离膜进一步浓缩，渗透侧富油气循环回吸收塔，尾气达到"
  "非甲烷总烃≤120 mg/m³需配合活性炭或催化氧化作为末端保障。回收的油品回储罐，回收率95%以上。"
  "装置撬装、防爆设计，适合中小流量的汽车装卸站，单套最大处理气量约600 m³/h。",
  9, (400000, 2500000), ["CN"], 1100)
N(6, "宁波", "油品码头装船油气回收", ["clean-air", "energy-efficiency"],
  "我们码头5万吨级泊位装汽油、石脑油时船舱置换出的油气现在直接排放，环保新要求出口非甲烷总烃不高于120 mg/m³，"
  "每次装船峰值气量约2000 m³/h。希望把油气回收成油品返罐，烧掉的方案我们不要。码头属于防爆区，设备必须满足相应等级，"
  "明年汛期前要投用。",
  4800000, 8, "CN-ZJ", 1500, "2027-05-31",
  answers=["n06_ans"],
  alts=[("n06_cond", "recovers product but needs a post-treatment stage to reach 120 mg/m3"),
        ("n06_memb", "recovers product but flow too small and needs a polishing stage")],
  sibs=[("n06_rto", 0, "combustion excluded")])

# ---------------------------------------------------------------- n07 reefer truck units
T("n07_ans", "en", "Frigovolt Mobility", "eCool all-electric transport refrigeration unit with roof solar",
  ["electric-vehicles", "green-transportation"],
  "Replaces the diesel fridge unit on existing 4-8 m rigid reefer bodies with a hermetic electric compressor unit "
  "powered by a 15-30 kWh LFP pack, a chassis alternator kit and thin roof solar panels. Holds -20 C through a "
  "typical 10-hour urban round with door openings, and plugs into a 400 V standby socket at the depot. Noise at the "
  "kerb is under 60 dB(A), certified for night deliveries. Fitted in one day; diesel fridge fuel and service costs "
  "disappear.",
  9, (12000, 600000), ["*"], 500)
T("n07_etruck", "zh", "顺驰新能源汽车", "4.2米纯电动冷藏车",
  ["electric-vehicles", "green-transportation"],
  "整车一体化设计的纯电动冷藏车，电池容量81-100 kWh，续航200公里以上，独立电动冷机直接由动力电池供电，"
  "-18℃冷冻和0-5℃冷藏可选。城市配送不限行，路权优先，支持直流快充1小时充满。提供整车融资租赁和充电桩配套，"
  "全省设有售后服务站。",
  9, (40000, 2000000), ["CN"], 600)
T("n07_ln2", "en", "Cryoflow Logistics", "Liquid-nitrogen cryogenic cooling for delivery vans",
  ["green-transportation", "hfc-alternatives"],
  "A cryogenic system that cools the cargo box with liquid nitrogen through a sealed heat exchanger: no compressor, no "
  "engine, near-silent operation and very fast pull-down after door openings. Vehicles refill from an on-site LN2 "
  "tank in 10 minutes. Needs an industrial gas supply contract and a tank at the depot, and nitrogen cost replaces "
  "diesel cost. Retrofittable on most insulated bodies.",
  9, (50000, 700000), ["*"], 350)
T("n07_plate", "en", "Eutekta", "Eutectic cold-plate systems charged at the depot",
  ["green-transportation", "energy-storage"],
  "Phase-change cold plates mounted on the walls and ceiling of the cargo box are frozen overnight by a stationary "
  "condensing unit at the depot, then hold the load temperature without any on-board engine during the day. "
  "Silent and almost maintenance-free. Holding time is 8-10 hours for chilled goods but only 4-6 hours for frozen goods "
  "with frequent door openings, so routes may have to be shortened. Retrofit on existing bodies in two days.",
  9, (8000, 400000), ["*"], 300)
N(7, "中山", "冷链配送车柴油冷机替代", ["electric-vehicles", "green-transportation"],
  "我们有30台4.2米冷藏车做商超和餐饮配送，冷机都是柴油独立机组，夜间在门店卸货时噪声大，门店和居民投诉，油耗也高。"
  "车辆本身还有五年以上寿命，整车更换不在这次考虑之内。配送以冷冻品为主(-18℃)，一趟线路8-10小时、开门次数多。"
  "希望改造后能安静、不烧油，车场可以提供充电。",
  600000, 8, "CN-GD", 450, "2027-03-01",
  answers=["n07_ans"],
  alts=[("n07_plate", "engine-free, but frozen holding time too short for the routes")],
  sibs=[("n07_etruck", 0, "whole-vehicle replacement excluded"),
        ("n07_ln2", 1, "engine-free but needs LN2 supply contract")])

# ---------------------------------------------------------------- n08 LV overvoltage from PV
T("n08_ans", "en", "Gridtune Power Electronics", "Pole-mounted LV static var generator with phase balancing",
  ["smart-grid", "renewable-energy"],
  "A 50-150 kvar IGBT converter mounted on the pole or in the low-voltage cabinet of a distribution transformer. "
  "It injects or absorbs reactive power within milliseconds to hold feeder voltage inside the statutory band when "
  "rooftop inverters push midday voltage up, and transfers current between phases to correct unbalance and neutral "
  "current. Four-quadrant, harmonic filtering included, remote settings over 4G. Installed in half a day without "
  "an outage on the transformer.",
  9, (5000, 400000), ["*"], 150)
T("n08_xfmr", "zh", "南方变压器", "台区变压器增容改造(S20型节能变压器)",
  ["smart-grid", "energy-efficiency"],
  "将原有S11及以下配变更换为S20型或非晶合金节能变压器，容量可由200 kVA增至400-630 kVA，空载损耗降低40%以上，"
  "可选配有载调压开关。提供勘察设计、设备供货和停电施工一体化服务，单台区施工一般需要停电4-8小时，"
  "整体周期含报批约3-6个月。",
  9, (15000, 800000), ["CN"], 120)
T("n08_bess", "zh", "储能星科技", "台区侧储能柜(215 kWh)",
  ["energy-storage", "smart-grid"],
  "户外一体化磷酸铁锂储能柜，100 kW/215 kWh，接在台区低压侧，中午吸收光伏过剩电量、晚高峰放电，"
  "同时具备无功支撑功能。液冷温控、消防一体化，支持接入配电自动化主站。对台区线路末端电压改善有限，"
  "主要用于削峰填谷和提高光伏消纳。",
  9, (60000, 900000), ["CN"], 200)
T("n08_voltvar", "en", "Inverra Services", "Volt-VAR settings campaign for residential PV inverters",
  ["smart-grid", "renewable-energy"],
  "Field and remote service that reconfigures existing rooftop inverters to volt-VAR and volt-watt curves, so that "
  "each inverter absorbs reactive power or curtails slightly when local voltage rises. Works through manufacturer "
  "cloud portals where available and site visits elsewhere. Cost per inverter is low, but results depend on the "
  "inverter models present and on owners' cooperation, and it does nothing for phase unbalance.",
  9, (10000, 200000), ["*"], 80)
N(8, "江门", "农村台区光伏过电压与三相不平衡治理", ["smart-grid", "renewable-energy"],
  "我局辖区很多农村台区屋顶分布式光伏装得很多，中午线路末端电压经常超过253 V，逆变器频繁脱网，用户投诉，"
  "同时三相不平衡也很严重，中性线电流偏大。变压器更换和增容报批周期太长，本次不予考虑。"
  "需要能快速安装、尽量不停电的设备，先在40个台区试点。",
  450000, 8, "CN-GD", 200, "2027-02-28",
  answers=["n08_ans"],
  alts=[("n08_voltvar", "right idea for voltage, partial, and no unbalance fix")],
  sibs=[("n08_xfmr", 0, "transformer replacement excluded"),
        ("n08_bess", 1, "storage helps absorb PV but weak on end-of-line voltage")])
