"""Chinese needs 9-15 and their technologies."""
from common import T, N

# ---------------- n09 Zhongshan product carbon footprint
T("n09_pcf", "en", "Footprinta", "ISO 14067 cradle-to-gate LCA software for SKUs", ["ghg-data"],
  "Footprinta pulls bills of materials and energy data from ERP exports, maps each part to ecoinvent and supplier-specific factors, and computes cradle-to-gate footprints for hundreds of SKUs at once. Suppliers fill in a free portal; results follow ISO 14067 and the PACT data-exchange format and are ready for third-party verification. Priced per company from about USD 2,000 a year, with onboarding in Chinese.",
  9, (20000, 150000), ["*"], None)
T("n09_org", "zh", "碳衡咨询", "企业温室气体排放核查与盘查服务", ["ghg-data"],
  "依据ISO 14064-1及国家重点行业核算指南，为企业开展组织层面温室气体盘查，覆盖范围一、范围二及部分范围三排放，出具盘查报告并协助取得第三方核查声明。服务包括数据收集模板、现场走访和内部培训，单家企业周期约6–8周，适用于年度披露和碳管理体系建设。",
  9, (5000, 60000), ["CN"], None)
T("n09_epd", "en", "Verdant LCA Partners", "Consultant-led EPD for a flagship product", ["ghg-data"],
  "Our LCA practitioners build a full life-cycle model for one flagship product following EN 15804 or the relevant product category rules, collect primary data at your plant over two site visits, and publish a verified Environmental Product Declaration with an international programme operator. Each EPD takes 10-14 weeks and is valid for five years; additional variants can be added at extra cost.",
  9, (15000, 40000), ["*"], None)
T("n09_meter", "zh", "云测能源", "工厂分项电能计量与能耗在线监测系统", ["ghg-data", "energy-efficiency"],
  "在配电柜和主要用能设备加装导轨式智能电表与采集网关，按车间、产线、设备分项计量电、气、水消耗，15分钟级数据上传至能耗管理平台，自动生成能耗报表与单位产值能耗分析，并可导出碳排放核算所需的能源数据。单厂实施约2周，支持多厂集中管理。",
  9, (10000, 80000), ["CN"], 100)
N(9, "zh", "Zhongshan", "CN-GD", "出口企业产品碳足迹核算能力建设项目", ["ghg-data"],
  "中山市工业和信息化局征集服务机构。古镇灯饰及小家电出口企业近期被欧洲客户要求提供单个型号产品的碳排放数据，并需追溯上游零部件供应商；企业普遍缺乏专职人员，相关数据分散在ERP和电费单中。征集面向中小企业的批量化服务：按国际通行标准给出每个型号的数据，可接受第三方核查，单家企业年费用可负担。",
  300000, 7, None, "2027-02-28",
  {"n09_pcf": (3, "answer", "SKU-level product footprint at scale"),
   "n09_org": (1, "sibling", "organisation-level inventory, not per product"),
   "n09_epd": (2, "alternative", "product-level but one product at a time"),
   "n09_meter": (1, "sibling", "energy data only")})

# ---------------- n10 Zhanjiang coastline
T("n10_tidal", "en", "Tidemark Ecology", "Tidal reconnection and mangrove replanting", ["nature-based"],
  "We breach or lower abandoned aquaculture pond walls to restore natural tidal flows, re-grade mudflats to the elevation window where Kandelia and Avicennia establish, and plant nursery-raised propagules at one-metre spacing. Wave-attenuation monitoring and a blue-carbon baseline under the Verra VM0033 methodology are included. 1,100 ha restored in Southeast Asia with 80% survival after three years.",
  8, (400000, 1100000), ["*"], 1800)
T("n10_tuitang", "zh", "蓝湾生态", "退塘还湿与红树林营造工程", ["nature-based"],
  "对废弃养殖塘开展清淤、塘埂开口和潮沟重建，使潮水自然进出，按滩面高程分区种植秋茄、桐花树、白骨壤等乡土树种，配套三年管护和成活率监测，同步开展蓝碳计量与碳汇项目开发。已在广西、海南完成红树林营造2,000余亩，三年保存率85%以上。",
  8, (300000, 1000000), ["CN"], 1500)
T("n10_seawall", "zh", "海固工程", "生态型混凝土护岸与消浪块体", ["nature-based"],
  "采用预制多孔生态混凝土块体和扭王字消浪块构建护岸，孔隙内可附着藻类和贝类，兼顾防浪与生态。结构设计满足50年一遇风暴潮标准，施工机械化程度高，单公里工期约3个月。已在多个沿海城市海堤加固工程中应用，可与景观步道结合建设。",
  9, (600000, 1200000), ["CN"], None)
T("n10_seagrass", "en", "Meadowsea", "Seagrass meadow restoration by seed and shoot transplant", ["nature-based"],
  "Divers and boat crews restore subtidal seagrass meadows by broadcasting hand-collected seed in hessian bags and transplanting shoots from donor beds. Meadows stabilise sediment, improve water clarity and store carbon in the seabed, and we provide drone and sonar monitoring of cover. Projects of 20-200 ha in Australia and the UK; suitable where water is clear and sheltered from strong waves.",
  7, (200000, 800000), ["*"], 300)
N(10, "zh", "Zhanjiang", "CN-GD", "滨海湿地生态修复与海岸防护示范项目", ["nature-based"],
  "湛江市生态环境局征集海岸带生态保护修复示范项目。雷州湾部分岸段因历史围塘养殖，潮间带被塘堤切断，岸线侵蚀明显，台风季风暴潮直接威胁沿岸村庄。征集以生态方式恢复岸段、提升消浪能力的方案，并兼顾碳汇计量。新建混凝土海堤、抛石等硬质护岸工程不纳入本项目。",
  1200000, 7, 1500, "2027-11-30",
  {"n10_tidal": (3, "answer", "tidal reconnection and mangroves"),
   "n10_tuitang": (3, "answer", "same-language second answer"),
   "n10_seawall": (0, "sibling", "hard concrete revetment excluded"),
   "n10_seagrass": (1, "sibling", "subtidal, little wave protection on eroding shore")})

# ---------------- n11 Shaoguan acid mine drainage
T("n11_srb", "en", "Sulfex Environmental", "Passive sulfate-reducing bioreactors", ["clean-water"],
  "Gravity-fed cells filled with limestone, wood chips and compost host sulfate-reducing bacteria that raise pH to 6-7 and precipitate iron, zinc and cadmium as stable metal sulphides, while aerobic wetland cells polish manganese. No power and no daily chemical dosing; media is refreshed every 15-20 years. Over 40 systems at legacy mine sites in Appalachia and Wales, treating up to 3,000 m3/d.",
  8, (800000, 1400000), ["*"], None)
T("n11_hds", "zh", "矿清环保", "高密度泥浆法（HDS）石灰中和处理站", ["clean-water"],
  "采用石灰乳投加、底泥回流和絮凝沉淀工艺，将酸性矿山废水pH调节至7–9，铁、锰、锌、镉等重金属去除率99%以上，底泥含固率可达25–30%，经板框压滤后外运处置。处理规模500–10,000 m³/d，自动加药控制，出水稳定达到地表水III类限值。",
  9, (500000, 1400000), ["CN"], None)
T("n11_ro", "en", "Sunflux Water", "Solar-powered containerised reverse osmosis", ["clean-water", "renewable-energy"],
  "A 40-foot container holds pre-treatment, acid-resistant membranes and a 120 kW solar array with batteries, producing up to 500 m3/d of clean water from brackish or metal-laden sources with remote monitoring over satellite. Brine is returned to a lined pond. Units are deployed at remote mines and islands in Chile and Australia and are serviced every three months by a visiting technician.",
  9, (400000, 1200000), ["*"], None)
T("n11_wetland", "zh", "湿地源科技", "人工湿地重金属废水生态处理", ["clean-water", "nature-based"],
  "构建多级表面流和潜流人工湿地，种植芦苇、香蒲等耐重金属植物，通过基质吸附、植物吸收和微生物作用去除废水中的重金属和悬浮物，运行几乎无能耗。适用于pH 5以上、重金属浓度较低的尾水深度处理，占地较大，对强酸性来水需先行预处理。",
  8, (200000, 900000), ["CN"], None)
N(11, "zh", "Shaoguan", "CN-GD", "废弃矿山酸性废水治理技术揭榜挂帅", ["clean-water"],
  "韶关市生态环境局发布揭榜挂帅任务。大宝山周边废弃矿洞常年流出pH 2.5–3.5、含铁锰锌镉的酸性水，约2000 m³/d，下游农田和河道受影响。矿区地处偏远，无人值守，供电条件差。征集长期低运维的处理方案；需长期投加石灰等药剂并配套压滤机的常规中和站不予接受。",
  1500000, 7, None, "2027-07-31",
  {"n11_srb": (3, "answer", "passive biological treatment, no power"),
   "n11_hds": (0, "sibling", "lime dosing plant excluded"),
   "n11_ro": (1, "sibling", "active treatment, brine and service visits"),
   "n11_wetland": (2, "alternative", "passive, but needs pre-treatment of acid water")})

# ---------------- n12 Zhaoqing low-carbon concrete
T("n12_lc3", "en", "Claycem Materials", "LC3 limestone calcined clay cement for precast", ["green-buildings"],
  "LC3 blends 50% clinker with calcined kaolinitic clay and limestone, cutting cement CO2 by up to 40% while reaching C40-C50 strength for precast walls and slabs. Early strength suits 24-hour mould cycles with steam curing. EPDs to EN 15804 and test reports for GB 175 equivalence are provided. Used in social housing programmes in India and Cuba and in precast plants in Switzerland.",
  8, (500000, 1800000), ["*"], 4500)
T("n12_steel", "zh", "钢构宜居", "轻钢龙骨模块化集成房屋", ["green-buildings"],
  "工厂预制冷弯薄壁型钢结构模块，集成保温、门窗和内装，现场吊装拼接，单栋低层住宅施工周期缩短60%以上，钢材可回收利用率超过90%。适用于三层及以下住宅、宿舍和公共配套建筑，模块尺寸满足公路运输要求，已在粤港澳大湾区交付超过30万㎡。",
  9, (300000, 1800000), ["CN"], 1500)
T("n12_ggbs", "en", "Slagcem Supply", "Ground granulated blast-furnace slag blending service", ["green-buildings"],
  "We supply GGBS and blending design so precast plants can replace 25-35% of Portland cement in structural mixes, cutting embodied CO2 by a similar share. Mix trials, early-strength checks for demoulding and quality documentation for building regulators are included. Supply depends on steel-plant output in the region, and higher substitution slows early strength in cool months.",
  9, (100000, 900000), ["*"], 2000)
T("n12_clt", "zh", "森构建筑", "正交胶合木（CLT）结构体系", ["green-buildings"],
  "采用国产杉木和进口云杉制作正交胶合木墙板和楼板，工厂数控加工，现场螺栓连接，主体结构碳排放可比混凝土降低50%以上，并长期储存生物碳。适用于多层住宅、学校和办公建筑，需满足木结构防火规范要求。已完成多个6层以下示范项目。",
  8, (400000, 1900000), ["CN"], 3000)
N(12, "zh", "Zhaoqing", "CN-GD", "新建保障性住房低碳建材应用示范", ["green-buildings"],
  "肇庆市发展和改革委员会联合住房和城乡建设局征集低碳建材应用示范。拟新建约12万㎡保障性住房，采用装配式混凝土结构（18层），主体结构水泥用量大，隐含碳占全生命周期碳排放四成以上。征集可降低结构隐含碳的成熟产品，须满足现行国家规范和预制构件厂生产节拍，并提供环境产品声明。",
  2000000, 8, 4000, "2027-05-31",
  {"n12_lc3": (3, "answer", "low-clinker cement in precast concrete"),
   "n12_steel": (1, "sibling", "different structure, low-rise only"),
   "n12_ggbs": (2, "alternative", "same idea, lesser reduction"),
   "n12_clt": (1, "sibling", "timber instead of concrete, not for 18 storeys")})

# ---------------- n13 Qingyuan tea drying heat
T("n13_pellet", "en", "Pelletfire Thermal", "Automatic biomass pellet hot-air furnaces", ["renewable-energy"],
  "Pellets made from local bamboo, rice husk or tea prunings are screw-fed into a gasifying burner with staged air, producing clean hot air at 80-250 °C through a stainless exchanger with ±2 °C control. Units of 120-600 kW fit beside existing dryers and rollers and remove ash automatically; particulates stay below 30 mg/m3. Over 2,000 units supplied to tea and spice processors in Asia.",
  9, (15000, 60000), ["*"], 150)
T("n13_hp", "zh", "热旺科技", "空气源热泵烘干机组", ["renewable-energy", "energy-efficiency"],
  "利用空气源热泵从环境空气中取热，出风温度可达75°C，配合除湿回热循环，能效比3–4，适用于茶叶、果蔬、中药材等低温烘干工序。机组智能温湿度控制，操作简单，无燃烧排放。杀青等需要200°C以上高温的工序需另配热源，单台制热量30–150 kW。",
  9, (8000, 50000), ["CN"], 80)
T("n13_solar", "en", "Sunbake Agritech", "Solar air collectors for crop drying", ["renewable-energy"],
  "Glazed solar air collectors on the drying-house roof preheat air to 40-70 °C, with fans and a thermal-mass rock bed that keeps drying going for a few hours after sunset. Installations of 50-400 m2 serve grain, fruit and tea withering rooms and can be combined with any backup heater. Fuel savings are 30-60% depending on season and cloud cover, with almost no running cost.",
  9, (10000, 80000), ["*"], 40)
T("n13_gasifier", "zh", "农能环保", "生物质成型燃料供应与加工站", ["renewable-energy", "waste-treatment"],
  "在乡镇建设秸秆、竹屑、茶枝等农林废弃物收储与颗粒成型加工站，单站年产生物质颗粒5,000–20,000吨，热值约3,800 kcal/kg，配送至周边用热企业。提供原料收集网络设计、设备安装与运营托管服务，帮助当地形成稳定的燃料供应链。",
  9, (150000, 380000), ["CN"], 3000)
N(13, "zh", "Qingyuan", "CN-GD", "农产品加工燃煤替代可再生热能示范", ["renewable-energy"],
  "清远市发展和改革委员会征集农村可再生能源供热示范项目。英德红茶及农产品加工作坊约300家，烘干、杀青工序仍使用小型燃煤炉，烟尘大、温度难控，影响茶叶品质。征集利用本地农林废弃物或其他可再生能源供热的替代装置，单户热功率0.1–0.5MW，要求操作简单、可直接对接现有烘干和杀青设备。",
  400000, 7, 3000, "2027-03-31",
  {"n13_pellet": (3, "answer", "hot-air furnace fed with local biomass"),
   "n13_hp": (1, "sibling", "too cool for fixing/杀青"),
   "n13_solar": (1, "sibling", "preheat only"),
   "n13_gasifier": (2, "alternative", "fuel supply, partial: no heating device")})

# ---------------- n14 Xiamen port trucks
T("n14_swap", "en", "Swapline Mobility", "Five-minute battery-swap heavy tractor stations", ["electric-vehicles", "green-transportation"],
  "A robotic station exchanges a 282 kWh top-mounted battery pack on heavy 4x2 and 6x4 tractors in under five minutes, so drayage trucks keep running double shifts. Each station holds seven packs, charges them off-peak and handles up to 200 swaps a day; battery-as-a-service cuts the truck purchase price by around 40%. Sixty stations operate at ports, steel mills and mines.",
  9, (1200000, 2500000), ["*"], 6000)
T("n14_swapfleet", "zh", "闽运新能源", "换电重卡车队整体解决方案（含车辆）", ["electric-vehicles", "green-transportation"],
  "一次性交付100辆换电重卡、3座换电站及车队调度平台，换电时间3–5分钟，电池资产由合资公司持有，按行驶里程向运输企业收费。提供司机培训、车辆保险和全生命周期维保，适用于港口、矿区等固定线路高频运输场景，年减排二氧化碳约1.5万吨。",
  9, (12000000, 18000000), ["CN"], 15000)
T("n14_lng", "en", "Methanex Fleet Solutions", "LNG heavy trucks with lease and fuelling contract", ["green-transportation"],
  "13-litre spark-ignited LNG tractors with 1,000 km range are leased with a fuel-supply contract and access to our LNG stations, refuelling in under ten minutes. Compared with diesel, particulates fall by 90% and NOx by 50%, and fuel cost per kilometre is 15-25% lower at current prices. We handle maintenance, driver training and residual value risk for fleets of 20-500 trucks.",
  9, (500000, 2800000), ["*"], 1500)
T("n14_fcv", "zh", "氢途动力", "氢燃料电池重型牵引车", ["electric-vehicles", "green-transportation"],
  "搭载130 kW燃料电池系统和35 MPa储氢瓶组的49吨牵引车，加氢10–15分钟，续航400公里以上，零尾气排放。提供车辆租赁与加氢站合作运营模式，已在上海、佛山港区开展示范运营。目前氢气价格较高，单公里运营成本高于柴油车约30%，需配套加氢站建设。",
  8, (1000000, 2900000), ["CN"], 3000)
T("n14_mcs", "en", "Megawatt Charge", "1 MW MCS charging hubs for heavy trucks", ["electric-vehicles"],
  "Megawatt Charging System dispensers deliver up to 1,000 kW to compatible heavy trucks, adding 300 km of range in 30-40 minutes, with CCS fallback for older vehicles. Hubs of four to eight dispensers share a 4 MW power cabinet with load management and optional on-site storage to limit grid upgrades. Open-protocol back office with fleet billing and reservation.",
  8, (900000, 2600000), ["*"], 3000)
N(14, "zh", "Xiamen", "CN-FJ", "港口集疏运重卡电动化示范项目征集", ["electric-vehicles", "green-transportation"],
  "厦门市发展和改革委员会征集交通领域绿色低碳示范项目。海沧港区集疏运柴油重卡约2000辆，单车日行驶300–400公里，两班倒运营，车辆停驶时间短，司机不愿长时间等待补能。征集零排放重卡运营方案，要求单次补能时间与加油相当。LNG重卡、柴油车尾气后处理升级等方案不纳入本次征集。",
  3000000, 8, 5000, "2027-09-30",
  {"n14_swap": (3, "answer", "battery swap, minutes to refuel"),
   "n14_lng": (0, "sibling", "LNG excluded"),
   "n14_fcv": (1, "sibling", "zero-emission but costly hydrogen"),
   "n14_mcs": (2, "alternative", "electric but 30-40 min charge")},
  traps={"n14_swapfleet": "budget: 12M > 3M"})

# ---------------- n15 Changsha chiller plants
T("n15_mpc", "en", "Chillogic", "Model-predictive chiller plant optimisation with VSD retrofits", ["energy-retrofits"],
  "We add variable-speed drives to chilled- and condenser-water pumps and cooling-tower fans, install calibrated flow and power meters, and run a plant-level model-predictive controller that resets chilled-water temperature and sequences every machine every five minutes. Existing chillers are kept. Plant efficiency typically improves from 0.9 to 0.65 kW per ton, delivered under shared-savings contracts.",
  9, (250000, 700000), ["*"], 1400)
T("n15_maglev", "zh", "磁浮制冷", "磁悬浮变频离心式冷水机组", ["energy-retrofits", "energy-efficiency"],
  "采用磁悬浮无油轴承和高速永磁电机，部分负荷效率IPLV可达11以上，比传统螺杆机节能30–40%，运行噪音低、维护量小。机组单台制冷量200–2,000 RT，可直接替换原有冷水机组，改造期间可分台切换。适用于医院、办公楼和商业综合体空调系统升级。",
  9, (300000, 780000), ["CN"], 1200)
T("n15_ice", "en", "Frostbank Thermal", "Ice thermal storage for chiller plants", ["energy-storage", "energy-retrofits"],
  "Modular ice-on-coil tanks are charged by existing chillers at night and melted during the afternoon, cutting peak chiller demand by 30-50% and shifting load to the valley tariff. Tanks sit on a roof or in a car park, connect through a glycol loop and plate exchanger, and a controller decides daily how much to store. Bill savings are large where peak-valley price spreads are wide.",
  9, (200000, 750000), ["*"], 300)
T("n15_bas", "en", "Buildwise Controls", "BACnet building automation upgrade for central plants", ["energy-retrofits"],
  "We replace legacy plant controllers with open BACnet/IP controllers, add chilled-water supply and return sensors, and programme scheduled start-stop, chiller staging by load and tower fan cycling. Operators get a web dashboard with alarms and trend logs. Savings of 8-15% come from better scheduling; speed control of pumps and fans is offered as a later phase.",
  9, (60000, 300000), ["*"], 500)
N(15, "zh", "Changsha", "CN-HN", "公共机构既有建筑空调系统节能改造", ["energy-retrofits"],
  "长沙市机关事务管理局联合市发展和改革委员会征集公共机构节能改造项目。市属医院及办公楼群中央空调冷站多建于2010年前，冷水机组、水泵、冷却塔各自独立控制，水泵工频运行，实测全年冷站能效比仅2.8左右。征集改造方案，目标冷站综合能效比不低于4.5，采用合同能源管理模式。现有冷水机组使用年限未到，本次不更换主机。",
  800000, 8, 1200, "2027-04-30",
  {"n15_mpc": (3, "answer", "plant optimisation and VSDs, chillers kept"),
   "n15_maglev": (0, "sibling", "chiller replacement excluded"),
   "n15_ice": (1, "sibling", "shifts load, not efficiency"),
   "n15_bas": (2, "alternative", "controls only, lesser savings")})
