"""Chinese needs 01-08 and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n01 manure
N("manure_smallholder", "射阳县", "CN-JS", "散养户畜禽粪污就地资源化利用设备采购", ["waste-treatment"],
  "根据县畜禽粪污资源化利用整县推进方案，全县尚有约60户生猪、肉鸭散养户（存栏多在300-800头），粪污靠简易堆棚存放，"
  "雨季漫溢、臭味投诉多，周边沟渠水质超标。拟以村为单位配置处理设备，把粪污就地变成能还田的肥料，单点日处理鲜粪5-10吨，"
  "占地要小、冬季也能正常运行。前些年补贴建的沼气池大多闲置，本次不再新建沼气工程。",
  600000, 7, 800, "2027-04-30",
  answers=["manure_silo"],
  alts={"manure_trough": "same aerobic fermentation, but an open trough line needs a large shed; the need asks for a small footprint"},
  sibs={"biogas_cstr": (0, "biogas digester: 本次不再新建沼气工程"),
        "bsf_manure": (1, "insect bioconversion of manure: same goal, different way"),
        "screw_separator": (1, "solid-liquid separation only; makes no fertiliser by itself")},
  setting={"pig_barn_vent": "same pig farms, ventilation energy problem"})

T("manure_silo", "Thermophile Systems", "VertiComp enclosed vertical fermenter for livestock manure",
  ["waste-treatment"],
  "Enclosed vertical in-vessel fermenter: fresh manure and a bulking agent (straw, rice husk, sawdust) are fed at the top, "
  "an aerated rotating shaft keeps the mass at 55-70 °C, and stabilised, pathogen-reduced compost leaves the bottom after "
  "7 days. 30-90 m³ vessels treat 3-15 t/day on a 6 × 8 m pad; biofilter on the exhaust air, heated aeration for winter start-up.",
  9, [120000, 450000], ["*"], 900)
T("manure_trough", "鲁丰环境装备", "槽式翻抛好氧发酵生产线",
  ["waste-treatment"],
  "条垛槽式好氧发酵工艺，轨道式翻抛机每天翻堆一次，配底部强制通风，发酵周期15-20天，产品符合有机肥料标准NY/T 525。"
  "单条发酵槽长60-100米，日处理畜禽粪污10-50吨，需配套钢结构发酵棚（约1500平方米起）和陈化场地。",
  9, [90000, 600000], ["CN"], 700)
T("biogas_cstr", "中科沼能", "中温CSTR厌氧发酵沼气工程",
  ["waste-treatment", "renewable-energy"],
  "全混式厌氧反应器（CSTR），35℃中温发酵，容积500-3000立方米，日处理畜禽粪污30-150吨，沼气经脱硫后用于发电或锅炉，"
  "沼液沼渣还田。提供设计、施工、设备安装和两年托管运营，适用于规模化养殖场和区域处理中心。",
  9, [300000, 2500000], ["CN"], 2500)
T("bsf_manure", "Larvagen", "Black soldier fly manure bioconversion units",
  ["waste-treatment"],
  "Modular rearing racks in which black soldier fly larvae eat fresh pig and poultry manure over 10-12 days, reducing its "
  "mass by about 50 %. Outputs are larvae meal for aquafeed and a dry frass soil amendment. Each 40 ft container handles "
  "2-4 t/day and needs a 27-30 °C room, daily egg supply from our hatchery and a trained two-person crew.",
  8, [80000, 350000], ["*"], 400)
T("screw_separator", "Sepramax", "SX screw-press manure separator",
  ["waste-treatment", "clean-water"],
  "Stainless screw press that splits flushed or scraped manure slurry into a stackable solid fraction (25-35 % dry matter) "
  "and a liquid fraction for the lagoon or irrigation. 10-40 m³/h throughput, 0.5 mm or 0.75 mm screens, 5.5 kW drive, "
  "skid or platform mounted, automatic counter-pressure control. Solids still need composting or drying before sale.",
  9, [18000, 60000], ["*"], 150)
T("pig_barn_vent", "Airhus Agri", "Tunnel ventilation with heat recovery for swine barns",
  ["energy-efficiency"],
  "Variable-speed EC fans, tunnel inlets and a cross-flow air-to-air heat exchanger for farrowing and finishing barns. "
  "The climate controller staggers ventilation against temperature, humidity and CO2, cutting winter heating fuel by "
  "40-60 % and summer fan power by a third. Sized for 500-5,000 head; retrofits into existing curtain-sided houses.",
  9, [25000, 220000], ["*"], 120)

# ---------------------------------------------------------------- n02 straw burning
N("straw_fire_watch", "望奎县", "CN-HL", "秋季秸秆焚烧火点视频监控系统建设", ["clean-air"],
  "我县耕地180万亩，秋收后至春播前是秸秆露天焚烧高发期，目前主要靠乡镇干部蹲守巡查和上级卫星通报。卫星一天过境两次，"
  "等通报下来火早灭了、人也找不到，已不能满足考核要求。计划依托通信铁塔建设覆盖全县主要耕区的监控网络，要求白天夜间"
  "都能第一时间发现冒烟和明火，自动定位并推送到乡镇网格员手机，单点覆盖半径不小于5公里。",
  900000, 7, 2000, "2027-09-01",
  answers=["tower_smoke_cam"],
  sibs={"sat_hotspot": (0, "satellite hotspot feed: the need says twice-daily passes are too late"),
        "straw_baler": (1, "prevents burning by removing straw: different way"),
        "pm_microstation": (1, "air-quality sensor grid: detects pollution, not the fire location")})

T("tower_smoke_cam", "Pyrosight", "Dual-spectrum tower early-fire detection",
  ["clean-air"],
  "Dual-spectrum PTZ heads (4K visible plus 640 × 512 thermal) mounted on existing telecom towers. An on-edge neural "
  "network flags smoke plumes by day and open flame by night within 5-8 km, triangulates the GPS position from two towers "
  "and pushes an alert with a photo to field crews' phones in under 60 s. Used for crop-residue burning enforcement and wildland fire watch.",
  9, [15000, 1200000], ["*"], 1500)
T("sat_hotspot", "天遥信息", "卫星遥感火点监测服务",
  ["clean-air", "ghg-data"],
  "融合风云、葵花、VIIRS等卫星数据，每日多次生成火点分布图和秸秆焚烧过火面积，按县、乡两级统计并出具月度报告。"
  "按年度订阅，无需建设前端设备，适合省市级环保部门开展焚烧考核和大范围态势研判。",
  9, [8000, 60000], ["CN"], None)
T("straw_baler", "Harvestline", "Round balers for rice and corn straw removal",
  ["waste-treatment", "clean-air"],
  "Pick-up round balers that gather chopped rice, wheat or corn straw behind the combine into 1.2 m net-wrapped bales "
  "(250-400 kg) for feed, fuel or mushroom substrate. 12-20 ha per day with an 80 hp tractor; optional bale accumulators and "
  "stackers. Off-field straw removal programmes use them to keep residue out of the burn season altogether.",
  9, [30000, 400000], ["*"], 600)
T("pm_microstation", "Airmesh", "Low-cost PM2.5 sensor network",
  ["clean-air"],
  "Solar-powered laser-scattering PM2.5/PM10 sensors with cellular backhaul, calibrated against reference monitors and "
  "deployed every 1-3 km across towns and farmland. The dashboard shows minute-level concentration maps, hot-spot alerts "
  "when readings jump, and exports hourly data for air-quality reporting.",
  9, [20000, 300000], ["*"], None)

# ---------------------------------------------------------------- n03 village heat
N("village_heat_prunings", "易县", "CN-HE", "村级公共建筑清洁取暖改造（学校、敬老院、卫生室）", ["renewable-energy"],
  "按照我县冬季清洁取暖工作安排，12个行政村的村小学、敬老院和卫生室还在用燃煤小锅炉，散煤须在明年供暖季前全部退出。"
  "山区村不通天然气，村里变压器容量小，去年试点的电采暖一到寒潮就跳闸，供电所明确表示近两年不扩容。村里每年修剪下来的"
  "苹果、板栗枝条没地方去，大多就地烧掉。希望每个点位配一套能自动运行、有人看着就能用的供热设备，单点热负荷150-400千瓦。",
  350000, 8, 600, "2027-10-15",
  answers=["biomass_boiler"],
  alts={"pellet_stove": "same fuel idea, but room-sized stoves burning bought pellets, not a 150-400 kW automatic plant"},
  sibs={"ashp_heating": (0, "air-source heat pump: needs grid capacity the utility will not add"),
        "solar_seasonal": (1, "solar thermal with pit storage: renewable heat, different way")},
  traps={"biomass_dh_epc": "budget: cheapest deployment above the 350k budget"})

T("biomass_boiler", "Firewell", "AG-series automatic biomass boilers",
  ["renewable-energy"],
  "150-500 kW hot-water boilers with a moving step grate built for difficult fuels: wood chips up to 35 % moisture, "
  "shredded orchard prunings, nut shells and pellets. Automatic feed from a walking-floor bunker, automatic ash removal, "
  "lambda control and a multicyclone keep dust below 30 mg/Nm³. Remote alarms by SMS; one caretaker tops up the bunker.",
  9, [60000, 280000], ["*"], 450)
T("pellet_stove", "暖家炉业", "户用生物质颗粒取暖炉",
  ["renewable-energy"],
  "单台热功率8-15千瓦，料仓一次加颗粒可连续燃烧10-20小时，自动点火、温控风机，可带4-6组暖气片。适合农户和单间教室、"
  "值班室取暖，燃料为成品木质或秸秆颗粒，需定期人工清灰。",
  9, [800, 3000], ["CN"], 4)
T("ashp_heating", "Polarflow", "Cold-climate air-source heat pumps for space heating",
  ["energy-retrofits", "renewable-energy"],
  "EVI air-to-water heat pumps delivering 45-55 °C heating water down to -30 °C ambient with a seasonal COP of 2.6-3.0. "
  "Modules of 30-120 kW cascade for schools and small public buildings and connect to existing radiators. Each module "
  "needs a 380 V three-phase supply of 15-60 kW; we size the transformer load with the local utility before install.",
  9, [20000, 250000], ["*"], 300)
T("solar_seasonal", "Sunvault Thermal", "Solar thermal plant with pit storage",
  ["renewable-energy", "energy-storage"],
  "Ground-mounted flat-plate collector fields (500-5,000 m²) charge an insulated water pit that stores summer heat for "
  "winter district heating, covering 40-70 % of the annual load of a village network. Pit volumes from 2,000 m³; needs "
  "flat land near the consumers, a distribution network and a backup boiler for the coldest weeks.",
  8, [250000, 3000000], ["*"], 500)
T("biomass_dh_epc", "国能生物质", "生物质热电联产集中供热EPC",
  ["renewable-energy"],
  "以农林废弃物为燃料的热电联产项目，锅炉规模20-75吨/小时，配套汽轮发电机组和乡镇集中供热管网，"
  "年消纳秸秆和林业剩余物10万吨以上。提供可研、设计、设备采购、施工和燃料收储体系建设的EPC总承包服务。",
  9, [2500000, 12000000], ["CN"], 30000)

# ---------------------------------------------------------------- n04 clinic hot water
N("clinic_hot_water", "景宁畲族自治县", "CN-ZJ", "乡镇卫生院住院部热水系统节能改造", ["energy-retrofits"],
  "我县8家乡镇卫生院的住院部、洗衣房和职工浴室热水目前用几十台电热水器分散供应，水温不稳、电费高（年均每院约9万元），"
  "部分电热水器已有漏电隐患。拟改为集中供热水，出水温度不低于55℃，能按院感要求定期高温消毒，冬季山区最低-5℃左右也要"
  "稳定出热水。各院楼顶去年刚做完防水层，施工单位讲明在屋面打孔、上支架一律不保修，设备只能放在院内空地。",
  250000, 8, 150, "2027-03-31",
  answers=["ashp_dhw"],
  sibs={"solar_roof": (0, "roof collectors on penetrating racks: the roof may not be drilled"),
        "gas_condensing": (1, "efficient water heaters but on gas, a different way")},
  setting={"clinic_led": "same clinics, lighting retrofit"})

T("ashp_dhw", "HotLoop", "Commercial air-to-water heat pump water heaters",
  ["energy-retrofits", "energy-efficiency"],
  "Monobloc air-source heat pumps for commercial hot water: 20-80 kW modules make 60 °C water (65 °C with booster) at COP 3.8 "
  "(A7/W55) and run down to -20 °C ambient. Ground-standing units piped to insulated 1-5 m³ stainless storage with a weekly "
  "70 °C anti-legionella cycle; cascade controller with remote monitoring. Payback against electric heaters: 2-3 years.",
  9, [25000, 180000], ["*"], 120)
T("solar_roof", "Heliotherm", "Pressurised solar water heating for institutional roofs",
  ["renewable-energy", "energy-retrofits"],
  "Evacuated-tube collector arrays on roof-anchored aluminium frames with through-deck penetrations, feeding pressurised "
  "storage of 2-10 m³ with an electric back-up element. Covers 50-70 % of the annual hot-water demand of clinics, schools "
  "and dormitories. Frames are bolted to the slab and sealed; wind-load certified to 1.5 kN/m².",
  9, [15000, 120000], ["*"], 90)
T("gas_condensing", "Flamecore", "Condensing gas water heaters for institutions",
  ["energy-efficiency"],
  "Stainless-steel condensing water heaters of 60-300 kW with 98 % thermal efficiency and low-NOx premix burners, "
  "fired on natural gas or LPG. Cascade up to eight units with a common flue; integrated storage or instantaneous versions "
  "for hospitals, hotels and laundries; modulation 1:10 to follow peak showers.",
  9, [8000, 90000], ["*"], 60)
T("clinic_led", "明辉照明", "医疗机构LED照明与智能控制改造",
  ["energy-retrofits"],
  "针对门诊、病房和走廊的LED灯具替换，病房采用低眩光、高显色（Ra≥90）面板灯，走廊和楼梯间加装微波感应控制，"
  "夜间自动调暗。提供灯具、施工和节能量测算，综合节电率50%-65%，不影响医院正常运营。",
  9, [10000, 80000], ["CN"], 40)

# ---------------------------------------------------------------- n05 village sewage
N("village_sewage_mountain", "连南瑶族自治县", "CN-GD", "山区分散村落生活污水处理设施建设", ["clean-water"],
  "根据农村人居环境整治提升行动要求，我县23个自然村（每村60-200户）生活污水需完成治理，出水执行广东省农村生活污水"
  "处理排放标准一级。村落依山而建、平地少，离镇污水厂十几公里，把污水接到镇上管网的方案已经论证过，不现实。镇上没有专职"
  "运维人员，希望设施埋地或半埋地、无人值守、能远程看运行情况，电费尽量低，单村处理量10-50吨/天。",
  400000, 7, 60, "2027-06-30",
  answers=["buried_ao_unit", "ao_integrated_cn"],
  alts={"mbr_skid": "meets the effluent standard, but membranes need regular chemical cleaning by an operator"},
  sibs={"constructed_wetland": (1, "nature-based treatment: needs the flat land the villages lack"),
        "sewer_extension": (0, "collection to the town plant: 已经论证过，不现实")},
  traps={"anammox_mini": "TRL 5 below min_trl 7"})

T("buried_ao_unit", "AquaNode", "Buried FRP decentralised treatment units",
  ["clean-water"],
  "Factory-built, buried fibreglass units with anoxic and aerobic MBBR stages and a clarifier for 5-100 m³/d of village "
  "or campus sewage. Solar-assisted blowers draw 0.25-0.4 kWh/m³; a 4G RTU reports flow, DO and pump status, and one "
  "technician covers 30 sites by app. Effluent COD < 50 mg/L, NH3-N < 5 mg/L; only the access lids show above ground.",
  9, [20000, 90000], ["*"], 40)
T("ao_integrated_cn", "碧源水务", "地埋式一体化A/O污水处理设备",
  ["clean-water"],
  "缺氧-好氧生物膜工艺，罐体采用玻璃钢或碳钢防腐，整体埋入地下，上部可覆土绿化。单套处理能力5-100吨/天，"
  "吨水电耗约0.3千瓦时，物联网远程监控，一人可巡检多个站点。出水可达一级A，已在华南山区村落批量应用。",
  9, [15000, 70000], ["CN"], 35)
T("mbr_skid", "Clearmem", "Containerised MBR treatment plant",
  ["clean-water"],
  "Membrane bioreactor in a 20 or 40 ft container for 20-500 m³/d: fine-screen, anoxic tank and submerged hollow-fibre "
  "membranes deliver reuse-quality effluent (turbidity < 1 NTU). Membranes need maintenance cleans with hypochlorite and "
  "citric acid every 1-2 weeks and a recovery clean twice a year; remote SCADA, 0.8-1.2 kWh/m³.",
  9, [60000, 400000], ["*"], 30)
T("constructed_wetland", "湿地源生态", "潜流人工湿地生活污水处理",
  ["clean-water", "nature-based"],
  "采用垂直流与水平潜流组合人工湿地，种植美人蕉、风车草等本地植物，无需曝气，几乎不耗电。每吨处理量需湿地面积2-4平方米，"
  "适合有闲置平地或坑塘的村庄；出水稳定、兼具景观效果，运维以植物收割和布水检查为主。",
  9, [10000, 120000], ["CN"], 20)
T("sewer_extension", "Flowlink Civil", "Vacuum sewer collection systems",
  ["clean-water"],
  "Vacuum sewers collect wastewater from scattered houses through small-bore PE pipes to a central vacuum station, "
  "following terrain without deep trenches or lift stations every few hundred metres. We design and build networks of "
  "5-50 km that connect rural settlements to an existing treatment plant; typical cost 40-80 USD per metre.",
  9, [400000, 6000000], ["*"], 30)
T("anammox_mini", "Nitrofox", "Compact mainstream anammox reactor",
  ["clean-water"],
  "Pilot-stage compact reactor that removes nitrogen from low-strength domestic sewage by partial nitritation and "
  "anaerobic ammonium oxidation, cutting aeration energy by up to 60 % and needing no carbon dosing. Granular sludge "
  "retained by a hydrocyclone; pilot units of 10-50 m³/d available for demonstration sites.",
  5, [60000, 200000], ["*"], 50)

# ---------------------------------------------------------------- n06 quarry slope
N("quarry_slope_green", "长兴县", "CN-ZJ", "废弃矿山宕口边坡生态修复工程", ["nature-based"],
  "我县有历史遗留废弃采石宕口14处，开采后留下的岩质陡坡坡度55-75度，几乎没有土壤，雨后碎石滚落，从高速上看一片白。"
  "按照矿山生态修复要求，需要在三年内让坡面复绿并保持稳定，植物以本地乡土灌草为主，能自我维持、后期不需要长期浇水。"
  "不搞岩面喷涂颜料一类的'刷绿'工程，也不接受大面积削坡回填的办法，土方量太大。",
  1200000, 8, 300, "2027-05-15",
  answers=["rock_hydroseed"],
  alts={"veg_bags": "vegetation bags re-green slopes but only up to about 50°, lesser spec for 55-75° faces"},
  sibs={"rock_paint": (0, "painting the rock green: 不搞岩面喷涂颜料"),
        "terrace_backfill": (0, "regrading and backfilling: 不接受大面积削坡回填")})

T("rock_hydroseed", "SlopeGreen", "Fibre-matrix spray system for rock cuts",
  ["nature-based"],
  "For bare rock faces steeper than 45°: galvanised diamond mesh is anchored over the face, then an 8-12 cm layer of growth "
  "medium (soil, organics, bonding agent, slow-release nutrients and a native grass-shrub seed mix) is sprayed on by a "
  "high-pressure pump. The bonded layer resists 50 mm/h rain within weeks and carries self-sustaining shrub cover by year two.",
  9, [150000, 2000000], ["*"], 250)
T("rock_paint", "绿美涂装", "岩面仿真绿化涂装",
  ["nature-based"],
  "采用环保型水性涂料对裸露岩面进行仿真植被喷绘，色彩与周边山体协调，施工快、见效快，一个宕口一般两周内完成，"
  "适用于高速公路、铁路沿线视觉整治。涂层耐候年限3-5年，可定期补喷。",
  9, [20000, 150000], ["CN"], None)
T("veg_bags", "固坡生态", "生态袋植生护坡系统",
  ["nature-based"],
  "将客土、有机质和草灌种子装入抗紫外线聚丙烯生态袋，逐层码放并用连接扣和锚杆固定，形成可长草的柔性坡面，"
  "适用于坡度50度以下的土石混合边坡和岩质缓坡。施工无需大型设备，三到六个月成坪。",
  9, [50000, 800000], ["CN"], 150)
T("terrace_backfill", "Terraform Earthworks", "Bench regrading and soil capping of quarry faces",
  ["nature-based"],
  "Quarry reclamation by cutting the face back into 6-10 m benches, backfilling with imported spoil and capping with 50 cm "
  "of topsoil for tree planting. Typical projects move 100,000-500,000 m³ of material with excavators and dump trucks; "
  "we handle geotechnical design, haulage and planting as one contract.",
  9, [500000, 8000000], ["*"], 400)

# ---------------------------------------------------------------- n07 county server room
N("county_server_room_dry", "民勤县", "CN-GS", "县数字乡村数据机房空调节能改造", ["green-data-centers"],
  "县大数据中心（数字乡村平台、政务外网）机房有22个机柜，单柜3-6千瓦，现用4台老式风冷精密空调，压缩机全年不停，年电费接近"
  "40万元，PUE约1.9。我县属极度缺水地区，机房改造不得增加用水，湿帘、喷淋、蒸发冷却之类耗水的方案一律不考虑。本地冬季长、"
  "空气干冷，一年有五六个月室外在10℃以下，希望能用上。改造期间业务不能中断。",
  200000, 8, 250, "2027-04-01",
  answers=["pumped_refrig_crah"],
  alts={"containment_kit": "cold-aisle containment saves some energy but does not use the cold outdoor air"},
  sibs={"iec_unit": (0, "indirect evaporative cooling uses water: 耗水的方案一律不考虑"),
        "immersion_tank": (1, "liquid immersion: efficient cooling, different way, needs server changes")})

T("pumped_refrig_crah", "DualCool", "Pumped-refrigerant economiser CRAC units",
  ["green-data-centers"],
  "Dual-loop precision cooling: a DX circuit for summer and a refrigerant pump loop that carries heat to the outdoor "
  "condenser without running the compressor whenever outdoor air is below about 12 °C. No water and no outside air in "
  "the white space. 20-100 kW units replace legacy CRACs one at a time; annual PUE gains of 0.3-0.5 in cold, dry climates.",
  9, [30000, 160000], ["*"], 220)
T("iec_unit", "冰川温控", "间接蒸发冷却空调机组",
  ["green-data-centers"],
  "空-空换热芯体隔离室内外空气，室外侧喷淋水蒸发降温，全年大部分时间无需开启压缩机，单机制冷量100-300千瓦，"
  "年均PUE可降至1.25以下。每兆瓦IT负荷年耗水约1.5-2万吨，需配套软化水系统。",
  9, [80000, 600000], ["CN"], 600)
T("immersion_tank", "Submerge Data", "Single-phase immersion cooling tanks",
  ["green-data-centers"],
  "Tanks that submerge servers in a dielectric fluid and reject heat through a dry cooler, removing up to 100 kW per tank "
  "with facility PUE of 1.05. Servers must be immersion-ready (fans removed, thermal paste replaced), and migration is "
  "tank by tank; suited to new halls or high-density clusters.",
  9, [120000, 2000000], ["*"], 500)
T("containment_kit", "Aislewall", "Cold-aisle containment retrofit kits",
  ["green-data-centers", "energy-retrofits"],
  "Modular doors, roof panels and blanking plates that separate supply and return air in existing rows, allowing higher "
  "supply setpoints and lower fan speeds. Installs without downtime; typical cooling-energy savings of 10-20 %. Compatible "
  "with any rack brand; fire-rated polycarbonate roof panels drop away on alarm.",
  9, [8000, 60000], ["*"], 60)

# ---------------------------------------------------------------- n08 greenhouse machinery
N("greenhouse_exhaust_tillers", "寿光市", "CN-SD", "设施大棚电动作业机械推广试点", ["electric-vehicles"],
  "全市日光温室超过15万个，棚内旋耕、起垄、运输主要靠柴油微耕机和小三轮。冬春季棚室密闭，尾气熏得人头疼，黄瓜、番茄"
  "叶片也出现熏害，农户反映强烈。拟通过农机购置补贴试点一批适合棚内作业的机械，要求能在宽8-12米的棚里灵活掉头，充一次电"
  "干一整天活。拖着电线干活的那种，农户试过不愿意用，线老被压坏。",
  300000, 7, 400, "2027-02-28",
  answers=["e_compact_tractor", "e_garden_machine"],
  sibs={"corded_tiller": (0, "cable-fed tiller: 拖着电线干活的那种农户不愿意用"),
        "robot_weeder": (1, "electric field robot, but weeding rather than tillage and transport")},
  traps={"autonomous_e_tractor": "TRL 5 below min_trl 7"})

T("e_compact_tractor", "Voltra", "Voltra 25E battery-electric compact tractor",
  ["electric-vehicles"],
  "A 25 hp-equivalent compact tractor with a 28 kWh LFP pack, 540 rpm electric PTO and a category-1 three-point hitch; "
  "1.2 m wide with a 2.6 m turning radius for greenhouse and orchard rows. Runs 6-8 hours of rotary tilling per charge, "
  "recharges overnight from a 230 V socket, zero exhaust and 70 dB at the seat. Tiller, ridger and trailer packages.",
  9, [28000, 600000], ["*"], 8)
T("e_garden_machine", "沃田智能农机", "锂电多功能田园管理机",
  ["electric-vehicles"],
  "48V磷酸铁锂电池驱动，一机可换装旋耕、开沟、起垄、培土和运输斗，整机宽0.8米，原地转向，适合日光温室和果园作业。"
  "满电连续作业6-8小时，家用插座充电，无尾气、噪音低，已列入多省农机购置补贴目录。",
  9, [3000, 200000], ["CN"], 3)
T("corded_tiller", "田宝机电", "插电式电动微耕机",
  ["electric-vehicles"],
  "220伏交流电机直驱，功率2.2-4千瓦，配50米电缆卷盘和漏电保护器，重量轻、价格低、免维护，适合小块菜地和温室内松土。"
  "无电池，作业时需从棚头插座拖线，随机附送电缆挂钩。",
  9, [300, 1500], ["CN"], 1)
T("robot_weeder", "Lumaweed", "Autonomous laser weeding robot",
  ["electric-vehicles"],
  "A battery-electric field robot that drives crop rows on its own, identifies weeds with cameras and kills them with "
  "targeted CO2 lasers, replacing herbicide passes and hand crews in vegetables. Covers 1-2 ha a day, 10 h runtime, "
  "swappable batteries; offered as purchase or per-hectare service.",
  8, [120000, 600000], ["*"], 20)
T("autonomous_e_tractor", "Agrobotix", "Driverless electric greenhouse tractor (pilot)",
  ["electric-vehicles"],
  "Prototype driverless electric compact tractor that navigates greenhouse bays by lidar and RTK and performs tilling "
  "and spraying at night without an operator. 30 kWh battery, 1.1 m width; being trialled on demonstration farms "
  "with an early-adopter programme.",
  5, [45000, 90000], ["*"], 10)
