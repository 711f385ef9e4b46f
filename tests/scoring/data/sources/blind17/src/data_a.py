"""Chinese needs n01-n08 and their technologies."""
from common import T, N

# ---------------- n01 village wastewater (no land, low O&M) ----------------
T('mabr_pkg', 'Aerolith Water Systems', 'Containerised MABR plant for small settlements',
  ['clean-water'],
  'Factory-built membrane aerated biofilm reactor in a 20 ft or 40 ft container, treating 20 to 300 m3/d of '
  'domestic sewage. Air diffuses through hollow-fibre membranes straight into the biofilm, so blowers run at '
  'low pressure and power draw is roughly a quarter of conventional activated sludge. Simultaneous nitrification '
  'and denitrification meets strict total nitrogen limits; remote telemetry lets one operator look after dozens of sites.',
  9, [60000, 400000], ['*'], 45)
T('wetland_vert', '绿溪生态工程', '垂直潜流人工湿地（农村生活污水尾水深度处理）',
  ['clean-water', 'nature-based'],
  '采用多级垂直潜流人工湿地，填料为砾石、沸石与火山岩分层级配，种植美人蕉、菖蒲等本地植物，对化粪池或厌氧池出水进行深度处理。'
  '无需曝气、几乎零电耗，运维仅需定期收割植物和检查布水管。单位处理规模占地约2至3 m²/(m³·d)，适合有闲置坑塘或荒地的行政村，'
  '兼具景观功能，出水可稳定达到一级B标准。',
  9, [30000, 150000], ['CN'], 10)
T('a2o_steel', '粤净环保设备', '地埋式A²O一体化污水处理设备（碳钢防腐罐体）',
  ['clean-water'],
  '标准化A²O工艺罐体，单套处理量10至100 m³/d，含厌氧、缺氧、好氧、沉淀四段，配回转式鼓风机与污泥回流泵。'
  '设备整体地埋，上方可绿化或做停车场。工艺成熟、价格低，但需定期排泥、调整回流比，通常要求每3至5个站点配一名驻点运维人员，'
  '适合已有镇级运维队伍的地区，出水可达一级B。',
  9, [25000, 120000], ['CN'], 20)
T('sbr_cont', 'Tidewell Modular', 'Sequencing batch reactor in a container',
  ['clean-water'],
  'Single-tank SBR units that fill, aerate, settle and decant on a timer, for 30 to 200 m3/d. Supplied with jet '
  'aerators, a floating decanter and a PLC with a cellular modem. Reliable removal of BOD and ammonia; total nitrogen '
  'removal depends on operator tuning of the anoxic phase. Lower capital cost than membrane systems, but blower energy '
  'is higher and the cycle needs adjusting when village flows swing at festival time.',
  9, [40000, 220000], ['*'], 25)

N('n01', '清远', '山区行政村生活污水处理设施提标改造',
  ['clean-water'],
  '【项目背景】清远市某镇下辖12个山区自然村，现有化粪池出水直排溪流，总氮超标问题突出，下游为县级饮用水源保护区。'
  '【建设需求】每村日处理量30至150吨，需满足广东省农村生活污水排放标准一级A（含总氮指标）。村内平地紧缺，'
  '不具备建设人工湿地、稳定塘等大面积占地设施的条件。镇里没有专职运维人员，希望设备能远程看管、电费低。',
  450000, 8, 'CN-GD', 300, '2027-09-30',
  answers={'mabr_pkg': 'membrane-aerated biofilm, low power, TN removal, remote telemetry, container footprint'},
  alts={'sbr_cont': 'compact and remote-monitored, but TN removal depends on tuning and blower energy is higher'},
  sibs={'wetland_vert': (0, 'need rules out wetlands and ponds (land)'),
        'a2o_steel': (1, 'same job, but needs resident operators and meets only grade 1B')})

# ---------------- n02 pig farm manure -> biogas ----------------
T('cstr_chp', 'Vireo Biogas Engineering', 'Mesophilic CSTR digester with gas engine CHP',
  ['waste-treatment', 'renewable-energy'],
  'Glass-fused steel continuously stirred tank reactors (1,000 to 5,000 m3) for liquid manure at 6 to 10% solids, '
  'with top-mounted agitators, an integrated double-membrane gas holder and a 250 to 800 kWe gas engine. Engine '
  'jacket heat keeps the digester at 38 C through winter. Digestate leaves through a screw press for field-ready '
  'liquid and solid fractions. Turnkey delivery including biological desulphurisation and a flare.',
  9, [900000, 3500000], ['*'], 6500)
T('usr_zh', '沃源农牧环保', 'USR升流式固体厌氧反应器＋沼气发电机组',
  ['waste-treatment', 'renewable-energy'],
  '针对生猪养殖场水泡粪、干清粪污水开发的升流式固体反应器（USR），单罐容积500至3000 m³，无需机械搅拌，'
  '依靠布水器实现料液上流，固体停留时间长、产气稳定。配套湿法+生物脱硫、双膜储气柜和200至600 kW沼气发电机组，'
  '余热回用于罐体加温和猪舍保温。沼液经贮存后还田，已在广东、广西多个万头猪场落地运行。',
  9, [700000, 2800000], ['CN'], 5200)
T('aerobic_comp', '禾泰生物科技', '立式密闭好氧发酵罐（畜禽粪污肥料化）',
  ['waste-treatment'],
  '立式筒仓结构，有效容积50至150 m³，通过底部高压风机强制供氧、中心轴搅拌，7天完成高温发酵，产出有机肥原料。'
  '尾气经生物滤塔除臭。适合干清粪工艺的养殖场，占地小，自动化程度高。该方式不产沼气，能源以电耗为主，'
  '每吨粪污电耗约25至35 kWh，对含水率要求较严（需先固液分离至65%以下）。',
  9, [150000, 600000], ['CN'], 1500)
T('lagoon_cn', '南岭膜业', 'HDPE覆膜厌氧塘（黑膜沼气池）',
  ['waste-treatment', 'renewable-energy'],
  '以1.5至2.0 mm HDPE土工膜覆盖开挖土池形成黑膜厌氧塘，容积可达2万m³以上，造价低、施工周期短。'
  '沼气收集后可用于锅炉或发电。常温运行，冬季产气明显下降；占地大，塘底防渗与浮渣清理是运维难点，'
  '部分地区环评对大面积土池有限制。适用于地形开阔、土地成本低的大型养殖场。',
  9, [200000, 900000], ['CN', 'VN'], 3000)
T('biogas_epc_big', 'Vireo Biogas Engineering', 'Regional manure biogas hub EPC with grid-injection RNG',
  ['waste-treatment', 'renewable-energy'],
  'Design-build of a centralised co-digestion hub taking manure from 10 to 30 farms by tanker, with four 6,000 m3 '
  'CSTR digesters, thermal hydrolysis pre-treatment, membrane upgrading to pipeline-quality biomethane and a grid '
  'injection station. Includes truck reception hall, odour control and digestate drying. Sized for 20 to 60 million '
  'Nm3 of raw biogas a year; financing partners available for long-term offtake.',
  9, [18000000, 45000000], ['*'], 60000)

N('n02', '云浮', '万头猪场粪污资源化利用与沼气发电项目申报',
  ['waste-treatment', 'renewable-energy'],
  '申报单位为云浮市某县规模化生猪养殖场，存栏约1.2万头，采用水泡粪工艺，日产粪污约150吨，目前仅有简易沉淀池，'
  '臭气投诉多、甲烷直接逸散。拟建设厌氧处理与能源化利用设施，所产能源优先自用。场区周边为农田与山地，'
  '覆膜氧化塘类大面积土池不予接受。项目总投资上限见预算，需为已规模化运行的成熟技术。',
  3800000, 8, 'CN-GD', 6000, '2027-12-31',
  answers={'cstr_chp': 'heated tank digestion plus CHP for on-site use', 'usr_zh': 'same-language tank digester with power'},
  sibs={'aerobic_comp': (1, 'manure to fertiliser, no biogas energy'),
        'lagoon_cn': (0, 'need rejects covered lagoons in so many words')},
  traps={'biogas_epc_big': 'cost_usd[0] above budget'})

# ---------------- n03 straw burning ban -> straw fuel ----------------
T('straw_briq', 'Fieldpress Machinery', 'Mobile straw baler-briquetter line',
  ['renewable-energy', 'clean-air'],
  'Tractor-towed pick-up chopper feeding a ring-die briquetter that turns loose wheat, rice or maize residue into '
  '30 mm dense fuel briquettes in the field, 1.5 to 3 t/h per line. Briquettes store outdoors under cover and burn '
  'cleanly in village biomass stoves and small boilers. Lines are sold to cooperatives with an operator training '
  'package; a season of 60 working days clears roughly 5,000 mu.',
  9, [80000, 260000], ['CN', 'IN', 'PK'], 2500)
T('straw_biochar_zh', '皖能炭业', '秸秆连续式热解炭化装备（炭-气-油联产）',
  ['carbon-capture', 'renewable-energy'],
  '回转窑式连续热解炭化装备，处理量0.5至2吨/小时，将粉碎后的秸秆在450至600 °C缺氧条件下转化为生物炭，'
  '热解气回燃为系统供热，多余热量可供烘干。生物炭可作为土壤改良剂还田，具有固碳效果。'
  '需要固定厂房和原料收储场地，单条线投资高于成型燃料设备，产品市场以有机肥企业为主。',
  8, [300000, 900000], ['CN'], 3000)
T('straw_power', 'Greyfield Bioenergy', 'Containerised straw gasifier power unit, 400 kWe',
  ['renewable-energy'],
  'Downdraft gasifier fed with chopped straw and husk, a tar-cracking cyclone and wet scrubber, and a 400 kWe '
  'producer-gas engine, all on two skids that sit in a small shed at a village collection yard. Consumes about '
  '3,000 t of dry residue a year and exports power under a feed-in contract. Needs a permanent grid connection, '
  'a fuel store and a trained operator on every shift; wastewater from the scrubber must be treated.',
  8, [450000, 1100000], ['*'], 2200)
T('straw_return_zh', '丰垄农机', '秸秆粉碎深翻还田一体机',
  ['nature-based', 'clean-air'],
  '与120马力以上拖拉机配套，一次作业完成秸秆粉碎、抛撒与25至35 cm深翻掩埋，日作业量80至120亩。'
  '秸秆直接还田可增加土壤有机质，避免焚烧。但南方稻区秸秆量大、腐解慢时易影响下茬插秧，'
  '通常需配合腐熟剂使用；不产出可外售的燃料，农户额外增收有限。',
  9, [20000, 45000], ['CN'], 800)

N('n03', '阜阳', '秸秆禁烧长效机制：秸秆能源化利用设备采购',
  ['clean-air', 'renewable-energy'],
  '阜阳市某县小麦、玉米秸秆年产量约40万吨，每年夏收、秋收季节露天焚烧屡禁不止，PM2.5短时超标明显。'
  '县农业农村局拟采购设备，以合作社为主体把秸秆变成农户冬季可用、可售的燃料，形成经济激励。'
  '要求设备可下田作业、移动灵活；新建秸秆发电厂不在本次考虑范围内。单笔预算如下。',
  1200000, 8, 'CN-AH', 5000, '2027-05-15',
  answers={'straw_briq': 'in-field densified fuel for villagers, mobile'},
  alts={'straw_biochar_zh': 'energy-and-carbon use of straw, but fixed plant, product is soil char not household fuel'},
  sibs={'straw_power': (0, 'a new straw power station is excluded in so many words'),
        'straw_return_zh': (1, 'stops burning but produces no fuel')})

# ---------------- n04 village clean heating ----------------
T('ashp_evi', 'Polarstream Heat Pumps', 'EVI low-ambient air-to-water heat pump for radiators',
  ['energy-retrofits', 'renewable-energy'],
  'Vapour-injection scroll compressor monobloc rated to -30 C, delivering 55 C flow water to existing cast-iron or '
  'steel-panel radiators without replacing them. COP of 2.6 at -12 C ambient. 8, 12 and 16 kW household units with '
  'a weather-compensated controller, anti-freeze glycol kit and app monitoring for village heating programmes; '
  'defrost is reverse-cycle with under 4 minutes of downtime.',
  9, [3500, 9000], ['CN', 'KR', '*'], 3)
T('storage_heater_zh', '暖冬电器', '电蓄热暖器（谷电蓄热）',
  ['energy-retrofits', 'energy-storage'],
  '利用夜间低谷电价时段加热内部高密度镁砖蓄热体，白天通过自动风门释放热量。单台2至6 kW，'
  '安装简单、即插即用，无需改造室内管路。直接电热转换效率约为1，耗电量约是热泵的2.5至3倍；'
  '在电网容量不足的村庄，大批量接入需要同步进行配电台区增容改造。',
  9, [600, 1800], ['CN'], 1)
T('pellet_stove', 'Hearthline Biomass', 'Automatic pellet boiler for rural homes',
  ['renewable-energy', 'clean-air'],
  'Household hot-water boiler burning wood or straw pellets, 15 to 25 kW, with an auger hopper holding three days '
  'of fuel, lambda-controlled combustion and an ash compactor. Particulate emissions below 30 mg/m3. Connects to '
  'existing radiators and gives up to 85% seasonal efficiency. Needs a reliable local pellet supply chain and a '
  'dry store of about two tonnes.',
  9, [2500, 6000], ['*'], 3)
T('gas_boiler_zh', '华燃热能', '燃气壁挂炉“煤改气”整村改造方案',
  ['energy-retrofits'],
  '提供从村级调压站、庭院管网到户内壁挂采暖炉的整村“煤改气”交钥匙服务，壁挂炉热效率可达92%以上，'
  '舒适度高、操作简单。需要天然气管网或LNG点供气源，冬季保供与气价波动是运营期的主要风险。'
  '单户改造含管网分摊约1.2万至2万元人民币。',
  9, [1800, 3000], ['CN'], 2)

N('n04', '保定', '冬季清洁取暖“煤改电”村级整体推进项目',
  ['energy-retrofits'],
  '保定市某县计划在2027年采暖季前完成8个行政村约1600户散煤替代。农户现有土暖气（铸铁散热器）系统，'
  '希望尽量保留室内管路。村内无天然气管网，本轮不考虑“煤改气”。冬季最低气温可达零下20摄氏度以下，'
  '设备必须在极寒条件下稳定出水，同时考虑到村里配电容量有限，运行电耗要尽量低。',
  9000000, 8, 'CN-HE', 4000, '2027-10-15',
  answers={'ashp_evi': 'low-ambient heat pump feeding existing radiators, low power'},
  sibs={'storage_heater_zh': (1, 'electric but 2.5-3x the power and needs grid upgrade'),
        'pellet_stove': (1, 'clean heat via biomass; keeps radiators, different route'),
        'gas_boiler_zh': (0, 'coal-to-gas excluded')})

# ---------------- n05 lychee cold storage ----------------
T('r290_mono', 'Frostline Natural Cooling', 'R290 monoblock refrigeration for walk-in cold rooms',
  ['hfc-alternatives', 'energy-efficiency'],
  'Through-wall monoblock units charged with under 150 g of propane per circuit, 3 to 18 kW cooling, for produce '
  'cold rooms from 0 to 5 C. Hermetically sealed and factory leak-tested, so no refrigerant handling on site; '
  'EC fans and inverter compressors cut energy use by a third against fixed-speed HFC split units. Units stack '
  'for larger rooms and ship with forced-air pre-cooling baffles for fruit.',
  9, [6000, 40000], ['*'], 40)
T('r290_zh', '凌冰制冷', '产地预冷库用R290一体机组',
  ['hfc-alternatives'],
  '整体式R290（丙烷）制冷机组，单台制冷量5至20 kW，GWP仅为3，冷库墙体开孔即可安装，无需现场焊接与充注冷媒。'
  '针对荔枝、龙眼等易腐水果设计差压预冷风道，采后2小时内将果心温度降至5 °C以下。变频压缩机配合远程温控APP，'
  '适合合作社、家庭农场的10至60吨小型产地冷库。',
  9, [5000, 30000], ['CN'], 35)
T('r404_cond', '雪源冷链设备', 'R404A风冷冷凝机组＋冷风机（标准冷库套装）',
  ['energy-efficiency'],
  '采用R404A冷媒的半封闭活塞压缩机风冷冷凝机组，配吊顶冷风机与电子膨胀阀，制冷量5至40 kW，'
  '适配-25至+5 °C各类冷库。配件通用、维修网点多、价格低廉，广泛用于农产品冷库。'
  '需现场铜管焊接、抽真空与冷媒充注，安装周期约3至5天。',
  9, [4000, 25000], ['CN'], 10)
T('co2_rack', 'Transcold Systems', 'Transcritical CO2 booster rack for packhouses',
  ['hfc-alternatives', 'energy-efficiency'],
  'Skid-mounted R744 booster racks with parallel compression and ejectors, 60 to 400 kW, for distribution '
  'centres and large packhouses running both chilled and frozen rooms. Heat reclaim supplies hot water for '
  'washing lines. Requires a plant room, high-pressure stainless piping and technicians trained in CO2 systems; '
  'best economics above 100 kW of load.',
  9, [180000, 900000], ['*'], 300)
T('pv_coldroom_zh', '日冷新能源', '光伏直驱冷库（相变蓄冷）',
  ['renewable-energy', 'energy-storage'],
  '光伏组件直接驱动直流变频压缩机，白天制冷并将冷量储存在相变蓄冷板（-2 °C相变点）中，夜间依靠蓄冷维持库温，'
  '无需蓄电池。适合电网薄弱的偏远果园，单库5至20吨。冷媒为R134a，库容和降温速度受光照影响，'
  '阴雨连续天气需配市电补充。',
  8, [15000, 60000], ['CN', 'IN', 'KE'], 15)

N('n05', '茂名', '荔枝产地田头冷库建设（合作社）',
  ['hfc-alternatives'],
  '茂名高州荔枝主产区缺少田头预冷与短期冷藏设施，采后损耗高达20%以上。拟为15个合作社各建设1座20至40吨小型冷库，'
  '要求采后快速降温、能耗低、安装简便。按照省里冷链项目要求，高GWP的HFC冷媒（如R404A、R507）不予资助；'
  '合作社没有专业制冷技术员，设备最好不需要现场充注冷媒。',
  600000, 8, 'CN-GD', 500, '2027-04-30',
  answers={'r290_mono': 'propane monoblock, no on-site charging, fruit pre-cooling', 'r290_zh': 'same, Chinese vendor'},
  alts={'pv_coldroom_zh': 'off-grid cold room, but R134a and weather-dependent pull-down'},
  sibs={'r404_cond': (0, 'high-GWP HFC ruled out'),
        'co2_rack': (1, 'natural refrigerant, but plant-room scale and needs CO2 technicians')})

# ---------------- n06 island village microgrid ----------------
T('grid_forming_bess', 'Tessaline Power', 'Grid-forming PV-battery microgrid in a container',
  ['smart-grid', 'energy-storage', 'renewable-energy'],
  'Pre-integrated 500 kWh to 4 MWh LFP battery containers with grid-forming inverters that set voltage and '
  'frequency on their own, so an isolated feeder runs on sun and battery with no spinning machine online. '
  'The microgrid controller handles black start, PV curtailment and load shedding tiers; string inverters for '
  'ground or rooftop PV are part of the package. Salt-mist rated enclosures, C5 coatings and remote O&M.',
  9, [500000, 3500000], ['*'], 1200)
T('diesel_hybrid_zh', '海能动力', '高效柴油发电机组＋小型储能混合供电',
  ['smart-grid'],
  '以高压共轨柴油发电机组为主电源，加装200至500 kWh储能平抑负荷波动，使柴油机保持在高效区运行，'
  '燃油消耗可降低15%至25%。适合已有柴油电站的海岛升级改造，技术简单、当地维修容易。'
  '仍需定期运送柴油，排放与噪声问题依然存在。',
  9, [200000, 900000], ['CN'], 300)
T('small_wind', 'Coastal Rotor Works', '50 kW typhoon-class small wind turbine',
  ['renewable-energy'],
  'Two-blade downwind turbine with a tilt-down tower that can be lowered in under an hour ahead of a typhoon, '
  'rated for 70 m/s survival when lowered. Permanent-magnet generator with a grid-tie or battery-charging '
  'controller. Suits exposed coastal and island sites with over 5.5 m/s mean wind; one turbine covers roughly '
  '40 village households on an annual basis but output varies by season.',
  9, [150000, 300000], ['*'], 120)
T('pv_leadacid_zh', '南澳光储', '离网光伏＋铅炭电池储能系统',
  ['renewable-energy', 'energy-storage'],
  '分布式光伏配铅炭电池组，容量200 kWh至1.5 MWh，采用离网逆变器与柴发并机接口。铅炭电池初始投资低、'
  '回收体系成熟，但循环寿命约2000至3000次，海岛高温环境下需空调机房。'
  '系统依赖柴油机作为电压源，纯光储运行时间有限。',
  9, [250000, 1500000], ['CN'], 600)
T('island_mega', 'Tessaline Power', 'Island-wide 20 MWh storage plus submarine cable EPC',
  ['smart-grid', 'energy-storage'],
  'Utility-scale package for islands of 5,000 inhabitants or more: a 20 MWh LFP battery plant, 8 MWp '
  'of PV, a 10 km 35 kV submarine cable to the mainland grid and a substation, engineered, procured and built '
  'as one contract. Includes marine surveys, cable landing works and a 15-year operations agreement.',
  9, [14000000, 30000000], ['*'], 9000)

N('n06', '湛江', '海岛行政村光储微电网示范项目',
  ['smart-grid', 'energy-storage'],
  '湛江某海岛行政村约900户，远离大陆电网，现靠两台柴油发电机每天供电约14小时，电价高、停电频繁。'
  '计划建设以可再生能源为主的独立供电系统，实现24小时供电，并要求柴油机全部停运后，全岛仍能单靠新能源和电池稳定供电、电能质量合格。'
  '本项目不再新增柴油发电装机。海岛高盐雾、台风多发，设备需有相应防护。',
  2500000, 8, 'CN-GD', 1500, '2027-08-31',
  answers={'grid_forming_bess': 'grid-forming PV+LFP, runs with no diesel, marine rated'},
  alts={'pv_leadacid_zh': 'solar plus storage, but relies on diesel as voltage source, short life'},
  sibs={'diesel_hybrid_zh': (0, 'need says no new diesel'),
        'small_wind': (1, 'renewable for islands, but no storage or grid forming')},
  traps={'island_mega': 'cost_usd[0] above budget'})

# ---------------- n07 irrigation pumping station ----------------
T('solar_vfd', 'Sunwell Drives', 'Solar pumping inverter retrofit for existing AC pumps',
  ['renewable-energy', 'energy-efficiency'],
  'Drop-in variable-frequency drive with MPPT that runs an existing three-phase submersible or surface pump '
  'straight from a PV array, 2.2 to 110 kW, and switches to the grid or generator automatically when irradiance '
  'falls. Dry-run, over-voltage and tank-level protection built in. The soft start and speed control cut '
  'pump wear; no batteries needed because the water itself is the store.',
  9, [5000, 90000], ['*'], 80)
T('diesel_pump_zh', '力川动力', '国四排放柴油机水泵机组',
  ['energy-efficiency'],
  '满足非道路国四排放标准的高效柴油机直联离心泵机组，功率15至160 kW，配电控燃油喷射与DPF后处理，'
  '相比老旧机型节油约15%。机动灵活，可在无电网覆盖的田间使用，适合抗旱应急。'
  '后处理装置需使用低硫柴油并定期再生清灰。',
  9, [8000, 40000], ['CN'], 20)
T('drip_zh', '润田节水', '甘蔗地膜下滴灌系统',
  ['clean-water'],
  '以薄壁滴灌带铺设于地膜之下，配套过滤器、施肥罐和田间管网，实现水肥一体化，较漫灌节水40%至60%，'
  '甘蔗增产10%至20%。系统工作压力低，可降低泵站扬程需求。需要改造田间管网和改变农户灌溉习惯，'
  '每亩投资约800至1500元人民币。',
  9, [50000, 300000], ['CN'], 60)
T('ie4_motor', 'Kestrel Motors', 'IE4 permanent-magnet motor replacement for pumps',
  ['energy-efficiency'],
  'Line-start permanent-magnet synchronous motors in standard IEC frames, 5.5 to 200 kW, reaching IE4 '
  'efficiency without a drive. Swap them onto existing pump bases in a day; typical savings of 3 to 6% '
  'of pumping electricity. Paired with an optional pump-curve audit that flags oversized impellers. '
  'Motors are rated for humid, dusty pump houses (IP66).',
  9, [3000, 60000], ['*'], 25)

N('n07', '湛江', '糖蔗产区灌溉泵站节能降费改造',
  ['energy-efficiency', 'renewable-energy'],
  '遂溪县糖蔗主产区有小型电力提灌泵站46座，单站水泵功率11至75 kW，灌溉季电费占合作社成本的三成以上，'
  '部分泵站位于电网末端，电压低、频繁跳闸。希望保留现有水泵和井管，通过改造降低购电量，白天日照好时少用或不用电网电。'
  '柴油机组不在本次考虑范围。',
  800000, 8, 'CN-GD', 1200, '2027-03-31',
  answers={'solar_vfd': 'PV-direct drive for existing pumps with grid fallback'},
  alts={'ie4_motor': 'keeps pumps, cuts energy but only a few percent, no solar'},
  sibs={'diesel_pump_zh': (0, 'diesel excluded'),
        'drip_zh': (1, 'saves water and head, not a pump-station retrofit')})

# ---------------- n08 burning / wildfire detection ----------------
T('thermal_tower', 'Emberwatch Systems', 'Tower thermal camera with AI smoke and flame recognition',
  ['clean-air'],
  'Pan-tilt dual-spectrum cameras on existing telecom or water towers, each covering a 10 to 15 km radius. '
  'On-device neural networks separate real smoke plumes and hotspots from dust, fog and cooking fires, '
  'geolocate them by triangulation and push alerts with coordinates to patrol phones within 60 seconds. '
  'The dashboard keeps a time-stamped log for enforcement and season reports.',
  9, [30000, 250000], ['*'], None)
T('pm_sensors_zh', '清测科技', '乡镇微型空气质量监测站网络',
  ['clean-air', 'ghg-data'],
  '采用激光散射PM2.5/PM10传感器与电化学CO、NO2传感器的微型站，太阳能供电、4G回传，单站可部署于村委楼顶或路灯杆。'
  '平台生成网格化浓度热力图，辅助识别污染高值区域。可发现区域污染升高，但无法直接定位具体焚烧火点，'
  '需结合人工巡查核实。',
  9, [20000, 150000], ['CN'], None)
T('drone_patrol', 'Skyline Patrol Robotics', 'Drone-in-a-box patrol with thermal payload',
  ['clean-air'],
  'Weatherproof docking station that launches a quadcopter on scheduled or on-demand routes, lands it for '
  'automatic battery swaps and streams thermal and zoom video. Each dock covers about 7 km radius. Good for '
  'verifying a reported fire, but flights stop in rain and strong wind, and airspace approval is needed '
  'for beyond-line-of-sight missions.',
  9, [60000, 200000], ['*'], None)

N('n08', '韶关', '秸秆及垃圾露天焚烧智能发现与执法取证系统',
  ['clean-air'],
  '韶关某县耕地、林地交错，春耕前后露天焚烧秸秆、烧荒及垃圾焚烧点多面广，既造成空气污染，又易引发山火。'
  '现有依靠网格员人工巡查，发现晚、取证难。拟建设全天候、覆盖半径大的自动发现系统，'
  '要求能在分钟级给出精确位置并留存证据，便于镇街及时处置。',
  300000, 8, 'CN-GD', None, '2027-01-31',
  answers={'thermal_tower': 'tower cameras, auto-detect, geolocate, evidence log'},
  sibs={'pm_sensors_zh': (1, 'sees pollution, cannot locate fires'),
        'drone_patrol': (1, 'verifies fires, not all-weather continuous coverage')})
