"""Chinese needs b13n01-b13n15 and their technologies."""
from common import T, N

# 01 ceramics kiln heat -> spray dryer
T("kiln_heatpipe", "Thermaduct Recovery Ltd", "HX-Pipe exhaust-to-air heat pipe bank", ["energy-efficiency"], "en",
  "Gravity heat-pipe banks that sit in the cooling-zone and flue ducts of roller hearth kilns and pre-heat combustion or drying air to 180-250 °C. Sealed tubes mean no cross-leakage and tolerance of glaze dust; modules are hot-swappable. Reference: tile lines in Foshan and Castellón feeding spray-dryer burners, 12-18% gas saved per line.",
  9, [150000, 600000], ["*"], 2400)
T("kiln_orc", "佛山热能动力有限公司", "窑炉烟气ORC余热发电机组", ["energy-efficiency", "renewable-energy"], "zh",
  "有机朗肯循环机组，利用陶瓷窑炉200-300℃烟气余热发电，单台装机150-500kW，并网自用，适用于辊道窑、隧道窑。", 8, [400000, 1200000], ["CN"], 1500)
T("kiln_burner", "广东节能燃烧科技", "陶瓷窑高速调温烧嘴改造", ["energy-efficiency"], "zh",
  "窑炉烧嘴更换为高速调温烧嘴与比例控制系统，提高窑内温度均匀性，降低空气过剩系数，节气约5-8%。", 9, [60000, 250000], ["CN"], 700)
N(1, "佛山", "CN-GD", "陶瓷厂辊道窑余热送喷雾干燥塔", ["energy-efficiency"],
  "南庄陶瓷产业园拟在3家企业开展窑炉余热利用示范：将辊道窑冷却段及烟道热量回收，用于喷雾干燥塔热风，替代部分天然气。要求不与烟气直接混合、耐粉尘、可在不停产条件下安装。本项目只做热量直接利用，余热发电不在本次考虑范围内。", 
  900000, 8, 5000, "2027-05-31", "zh", ["kiln_heatpipe"],
  sib={"kiln_orc": (0, "power generation, excluded by the need"), "kiln_burner": (1, "cuts kiln gas by burner retrofit, not heat recovery")})

# 02 compressor heat recovery
T("comp_hr", "AirLoop Energy", "HeatCatch oil-circuit recovery kit", ["energy-efficiency"], "en",
  "Retrofit plate exchanger and thermostatic bypass on the oil circuit of oil-injected rotary screw compressors (22-250 kW). Up to 75% of shaft power returned as 60-80 °C water for boiler make-up, washing or plating baths. No change to the compressor; fail-safe oil cooling kept.",
  9, [20000, 180000], ["*"], 600)
T("comp_vsd", "东莞永磁变频空压机厂", "永磁变频螺杆空压机", ["energy-efficiency"], "zh",
  "永磁同步电机直驱，变频调节，较工频机节电25-35%，支持群控，能效一级。", 9, [30000, 300000], ["CN"], 500)
T("comp_leak", "声像检测科技", "声学成像泄漏检测仪", ["energy-efficiency"], "zh",
  "手持声学成像仪，64路麦克风阵列，可视化定位压缩空气、氮气泄漏点，并估算泄漏量与年损失电费。", 9, [15000, 40000], ["CN", "*"], 200)
N(2, "东莞", "CN-GD", "电子园区空压站热能回收制热水", ["energy-efficiency"],
  "松山湖某电子园区共有喷油螺杆空压机28台（总功率约3MW），另有员工宿舍与清洗工序需要热水，目前用燃气锅炉。拟回收空压机运行产生的热量制取热水。要求不影响空压机可靠性与保修，不得更换现有空压机。",
  400000, 8, 1200, "2027-03-31", "zh", ["comp_hr"],
  sib={"comp_vsd": (0, "replaces compressors, ruled out"), "comp_leak": (1, "saves compressed-air energy, not heat recovery")})

# 03 steam accumulator
T("ruths", "SteamBank Engineering", "Ruths-type variable-pressure steam accumulator", ["energy-storage", "energy-efficiency"], "en",
  "Insulated pressure vessels of 20-200 m³ that store saturated water charged from the boiler header and flash it back as steam on demand, covering batch peaks of dyeing jets and stenters. Lets boilers run at steady load, trims safety-valve losses and can absorb off-peak electrode-boiler steam. ASME/GB 150 vessels, 10-25 bar.",
  9, [250000, 1500000], ["*"], 1800)
T("dye_lfp", "江南储能科技", "工商业磷酸铁锂储能柜", ["energy-storage", "smart-grid"], "zh",
  "215kWh一体化储能柜，峰谷套利与需量管理，液冷，支持多柜并联。", 9, [90000, 800000], ["CN"], 300)
T("dye_hwtank", "Thermosafe Tanks", "Stratified hot-water buffer tank", ["energy-storage"], "en",
  "Atmospheric stratified water tanks 50-500 m³ storing 90 °C water from heat pumps or boilers for process and space heat. Diffuser inlets keep thermoclines sharp.",
  9, [60000, 400000], ["*"], 400)
T("dye_salt", "Solsal Thermal", "Molten-salt thermal battery for industrial steam", ["energy-storage"], "en",
  "Electrically charged nitrate-salt storage, 10-100 MWh, delivering steam up to 400 °C. Charged on renewable or off-peak power.",
  8, [1200000, 12000000], ["*"], 6000)
N(3, "绍兴", "CN-ZJ", "印染企业蒸汽负荷削峰", ["energy-storage", "energy-efficiency"],
  "柯桥印染集聚区企业间歇式染色设备启停频繁，蒸汽用量瞬间波动大，集中供热管网压力不稳，锅炉频繁调负荷。希望在企业侧设置储汽装置，低谷时充汽、高峰时放汽，平抑蒸汽负荷。需要直接输出饱和蒸汽（0.6MPa以上）。",
  1600000, 8, 2000, "2027-06-30", "zh", ["ruths"],
  g2={"dye_hwtank": "stores heat but only as hot water, partial"},
  sib={"dye_lfp": (1, "electrical storage, another way to shift loads"), "dye_salt": (1, "steam storage but far larger scale and electric-charged")})

# 04 biomass gasifier for dryers
T("gasifier", "Verdant Syngas Systems", "FB-Dry fixed-bed gasifier with close-coupled hot-gas burner", ["renewable-energy", "clean-air"], "en",
  "Downdraft gasifier (0.5-4 MWth) fed with rice husk, bagasse or wood chip, close-coupled to a low-NOx burner that fires the existing rotary or belt dryer, so the coal stoker can be removed while the drying line stays. Automatic ash removal, tar-free hot gas, PLC control; references in tapioca and feed mills.",
  8, [200000, 900000], ["*"], 3000)
T("pellet_boiler", "湛江绿能锅炉厂", "生物质成型燃料蒸汽锅炉", ["renewable-energy"], "zh",
  "燃用生物质颗粒的蒸汽锅炉，2-10t/h，配布袋除尘，替代燃煤锅炉。", 9, [150000, 600000], ["CN"], 2500)
T("hp_dryer", "粤热泵科技", "高温热泵烘干机组", ["energy-efficiency", "renewable-energy"], "zh",
  "空气源高温热泵烘房，出风温度最高85℃，适用于果蔬、水产、中药材烘干，闭式除湿循环。", 9, [40000, 300000], ["CN"], 800)
N(4, "湛江", "CN-GD", "农产品加工园燃煤热风炉清洁替代", ["renewable-energy", "clean-air"],
  "遂溪农产品加工园有木薯淀粉、饲料企业8家，烘干线使用燃煤热风炉（单台约2MW），需淘汰散煤。园区周边蔗渣、稻壳资源充足。希望保留现有烘干设备，仅替换热源，热风温度需达到350℃以上。",
  1000000, 7, 8000, "2027-09-30", "zh", ["gasifier"],
  sib={"pellet_boiler": (1, "biomass but makes steam, needs new dryer heat exchange"), "hp_dryer": (1, "replaces the dryer and cannot reach 350 °C")})

# 05 industrial demand response
T("ind_vpp", "FlexLoad Industrial", "GridFlex industrial load orchestration", ["smart-grid"], "en",
  "Software plus edge controllers that rank interruptible process loads (chillers, air compressors, furnace holding, pumps) by cost of curtailment and dispatch them within minutes against grid-operator signals. Settlement-grade baselines, per-line override, API to MES; aggregates plants into a virtual power plant bid.",
  9, [80000, 400000], ["*"], 2000)
T("svg", "苏州电能质量设备", "静止无功发生器SVG", ["smart-grid", "energy-efficiency"], "zh",
  "动态无功补偿与谐波治理，响应时间<5ms，提高功率因数至0.98以上。", 9, [20000, 150000], ["CN"], 150)
N(5, "苏州", "CN-JS", "工业园区可调负荷聚合参与需求响应", ["smart-grid"],
  "苏州工业园区经发局拟组织约40家制造企业参与电网需求响应，需要一套可把企业生产中的可中断、可平移用电负荷聚合起来、按电网邀约自动调节并出具响应量核算的系统。本次不新增储能设备。",
  600000, 8, 5000, "2027-04-30", "zh", ["ind_vpp"],
  sib={"dye_lfp": (0, "new storage is ruled out"), "svg": (1, "power quality, not demand response")})

# 06 forklift lithium
T("fork_li", "VoltLift Power", "DropIn LFP traction battery for counterbalance trucks", ["electric-vehicles", "energy-efficiency"], "en",
  "Lithium iron phosphate packs built to DIN/BS tray sizes with ballast to keep truck counterweight, CAN-bus to the truck controller and opportunity-charging in breaks. Replaces flooded lead-acid in existing forklifts: no battery room, no watering, 3,500+ cycles. UL 2580 / GB/T 36276 tested.",
  9, [5000, 600000], ["*"], 400)
T("fork_h2", "氢动叉车科技", "氢燃料电池叉车动力系统", ["electric-vehicles"], "zh",
  "燃料电池替换叉车电池，3分钟加氢，适合三班倒连续作业，需配套加氢设施。", 7, [30000, 900000], ["CN"], 300)
T("fork_new", "中力电动叉车", "新一代锂电平衡重叉车整车", ["electric-vehicles"], "zh",
  "原厂锂电平衡重叉车1.5-3.5t，内置快充，整车销售或租赁。", 9, [15000, 2000000], ["CN"], 500)
N(6, "昆山", "CN-JS", "仓储园区铅酸叉车电池替换", ["electric-vehicles"],
  "昆山开发区物流园约320台电动叉车仍使用铅酸电池，需专门充电间、补水与换电，人工和能耗高。拟在保留现有叉车车体的前提下完成动力电池升级。不考虑氢能方案。",
  700000, 8, 600, "2027-02-28", "zh", ["fork_li"],
  sib={"fork_h2": (0, "hydrogen ruled out"), "fork_new": (1, "replaces the trucks instead of the battery")})

# 07 truck queues at park gates
T("yard_appt", "DockRhythm", "DockRhythm slot booking and yard management", ["green-transportation"], "en",
  "Carriers book unloading windows online; gate ANPR cameras check trucks in, and a yard-jockey app assigns doors so trucks wait off-site instead of idling in queues. Typical sites cut dwell time 30-50% and on-site idling hours by over half.",
  9, [30000, 250000], ["*"], 900)
T("idle_apu", "路畅车载电源", "货车驻车空调与电池辅助电源", ["green-transportation"], "zh",
  "驻车空调+锂电辅助电源，停车时无需怠速，单车节油约2L/小时。", 9, [1500, 5000], ["CN"], 5)
T("e_truck_zh", "粤电重卡", "纯电动重型牵引车", ["electric-vehicles"], "zh",
  "电池电动重卡，续航200-300公里，适合短倒运输。", 9, [150000, 300000], ["CN"], 60)
N(7, "东莞", "CN-GD", "园区货车排队怠速治理", ["green-transportation", "clean-air"],
  "麻涌港口物流园每日进出货车约2000车次，因装卸时段不可预期，货车在道路两侧排队怠速数小时，尾气和拥堵投诉多。希望通过组织管理手段减少排队与怠速。货车车型更换不在本项目范围。",
  300000, 8, 1500, "2027-01-31", "zh", ["yard_appt"],
  sib={"e_truck_zh": (0, "vehicle replacement excluded"), "idle_apu": (1, "cuts idling per truck, not the queue")})

# 08 daylighting new factory
T("tdd", "Lumenshaft Daylighting", "Prismatic tubular daylighting device", ["green-buildings", "energy-retrofits"], "en",
  "Rooftop acrylic domes with 99%-reflective ducts and prismatic diffusers, 350-750 mm diameter, each delivering up to 1,500 lm of glare-free daylight with low solar heat gain. Fits standing-seam metal roofs of new and existing sheds; optional dimming baffles.",
  9, [20000, 300000], ["*"], 150)
T("led_highbay", "中山照明科技", "LED工矿灯+微波感应控制", ["energy-retrofits"], "zh",
  "150-240W LED高棚灯，光效160lm/W，微波感应与照度联动调光。", 9, [10000, 200000], ["CN"], 200)
T("frp_sky", "华南采光板厂", "FRP玻璃钢采光瓦", ["green-buildings"], "zh",
  "与彩钢瓦同波形的玻璃钢采光板，透光率60-85%，抗老化。", 9, [5000, 80000], ["CN"], 60)
N(8, "中山", "CN-GD", "新建标准厂房天然采光设计", ["green-buildings"],
  "翠亨新区新建标准厂房12栋（单层钢结构、屋面约8万平方米），拟在设计阶段引入天然采光，减少白天照明用电。要求光线均匀、无眩光、夏季不额外增加车间得热，与金属屋面防水可靠结合。",
  500000, 8, 400, "2027-08-31", "zh", ["tdd"],
  g2={"frp_sky": "daylight, but glare and heat gain the need warns about"},
  sib={"led_highbay": (1, "efficient artificial light instead of daylight")})

# 09 data room indirect evaporative cooling
T("iec", "AeroChill Systems", "IEC-200 indirect evaporative air handler", ["green-data-centers"], "en",
  "Polymer plate heat exchanger cools return air with outdoor air wetted on the dry side; no outside air enters the white space. 100-400 kW per unit, DX trim for humid peaks, annual pPUE around 1.1. Slab or roof placement beside existing rooms.",
  9, [120000, 800000], ["*"], 700)
T("immersion_zh", "深液冷科技", "单相浸没式液冷机柜", ["green-data-centers"], "zh",
  "服务器浸没于冷却液中，单柜散热100kW，PUE可达1.1以下，需改用兼容服务器。", 9, [100000, 1500000], ["CN"], 900)
T("mag_chiller", "磁悬浮冷机厂", "磁悬浮变频离心冷水机组", ["green-data-centers", "energy-efficiency"], "zh",
  "无油磁悬浮压缩机，IPLV可达11以上，适用于数据中心冷冻站改造。", 9, [150000, 700000], ["CN"], 500)
N(9, "惠州", "CN-GD", "园区数据机房制冷节能改造", ["green-data-centers"],
  "仲恺高新区政企共用数据机房约200个机柜，风冷精密空调PUE约1.7。惠州全年湿热，希望利用室外空气的自然冷量但不能把室外空气直接引入机房。不改动IT设备。",
  900000, 8, 1200, "2027-05-31", "zh", ["iec"],
  sib={"immersion_zh": (0, "changes IT equipment, ruled out"), "mag_chiller": (1, "more efficient mechanical cooling, no free cooling")})

# 10 furniture coating VOCs
T("zeolite", "Adsorbtek Environmental", "ZR-Conc hydrophobic zeolite rotor with catalytic oxidiser", ["clean-air"], "en",
  "Rotary honeycomb concentrator captures dilute solvent vapours from 20,000-150,000 m³/h of spray-booth exhaust, desorbs them into a flow 10-20 times smaller and destroys them in a regenerative catalytic oxidiser at ~300 °C. Removal above 95%, non-combustible media, no spent adsorbent to haul.",
  9, [300000, 1500000], ["*"], 500)
T("ac_bed", "江门环保设备", "活性炭吸附箱", ["clean-air"], "zh",
  "蜂窝活性炭吸附装置，定期更换，投资低。", 9, [5000, 40000], ["CN"], 0)
T("waterborne", "Hydracoat Finishes", "Waterborne 2K polyurethane wood coatings", ["clean-air"], "en",
  "Water-based two-component topcoats for furniture with VOC under 100 g/L; spray-line compatible.", 9, [10000, 200000], ["*"], 100)
T("uv_photo", "光解除臭设备厂", "UV光氧催化废气净化器", ["clean-air"], "zh",
  "UV灯管光解+催化，适用于低浓度异味废气。", 9, [3000, 30000], ["CN"], 0)
N(10, "江门", "CN-GD", "家具喷涂车间挥发性有机物深度治理", ["clean-air"],
  "鹤山家具产业集群喷涂车间排风量大、VOCs浓度低（约100-300mg/m³），现有设施效率低。拟推行“浓缩+燃烧”类高效治理工艺，去除效率≥90%。根据省要求，一次性活性炭吸附和光氧化类工艺不予采用。",
  1200000, 8, 300, "2027-06-30", "zh", ["zeolite"],
  sib={"ac_bed": (0, "disposable carbon excluded"), "uv_photo": (0, "photo-oxidation excluded"), "waterborne": (1, "source substitution, another route")})

# 11 ceramic polishing sludge
T("foam_ceramic", "Cellaform Materials", "Foamed ceramic wall panels from polishing residue", ["waste-treatment", "green-buildings"], "en",
  "A licensable line that turns tile-polishing sludge (up to 70% of the batch) into closed-pore foamed ceramic panels, 250-500 kg/m³, fired in a roller kiln. Panels are non-combustible partition and facade insulation boards. Plant capacity 100-300 kt/yr of residue.",
  8, [2000000, 6000000], ["*"], 20000)
T("sludge_landfill", "清远固废处置中心", "工业污泥固化填埋服务", ["waste-treatment"], "zh",
  "一般工业固废固化稳定化后安全填埋，收运处置一体。", 9, [100000, 1000000], ["CN"], 0)
T("sludge_brick", "粤砖建材", "废渣蒸压免烧砖生产线", ["waste-treatment", "green-buildings"], "zh",
  "以工业废渣、粉煤灰为原料生产蒸压砖，掺量30-50%。", 9, [500000, 2000000], ["CN"], 3000)
N(11, "清远", "CN-GD", "陶瓷抛光废渣高值化利用", ["waste-treatment"],
  "清远华侨工业园陶瓷企业每年产生抛光废渣约25万吨，多为堆放与填埋。拟引进将抛光渣作为主要原料制成建材产品的技术，产品附加值高、掺量高（≥50%）。填埋、固化类处置方式不在本次考虑范围内。",
  7000000, 7, 15000, "2027-12-31", "zh", ["foam_ceramic"],
  g2={"sludge_brick": "makes building products but low dosage and low value"},
  sib={"sludge_landfill": (0, "landfill excluded")})

# 12 textile wastewater reuse
T("cer_uf_ro", "Aquaclar Membranes", "SiC ceramic ultrafiltration + RO reuse skid", ["clean-water"], "en",
  "Silicon carbide ceramic membranes (flux 150-300 LMH) pre-treat biologically treated dye-house effluent, handling colour, lint and high temperature, ahead of a two-stage RO that returns 65-75% as process water. CIP with caustic and oxidant; 10-year membrane life.",
  9, [600000, 3000000], ["*"], 300)
T("mbr_zh", "汕头水处理设备", "MBR膜生物反应器", ["clean-water"], "zh",
  "PVDF帘式膜MBR，出水达一级A，占地小，适用于工业与市政污水。", 9, [300000, 2000000], ["CN"], 100)
T("mvr_zld", "零排工程", "MVR蒸发结晶零排放系统", ["clean-water"], "zh",
  "机械蒸汽再压缩蒸发器，将浓盐水蒸发结晶，实现废水零排放。", 9, [2000000, 8000000], ["CN"], 0)
N(12, "汕头", "CN-GD", "纺织印染园区废水深度回用", ["clean-water"],
  "潮南纺织印染环保综合处理中心日处理废水约6万吨，拟建设1万吨/日回用示范线，将生化出水处理后回用于染色。水温高、色度与纤维杂质多，要求回用率≥60%、膜寿命长。本期不要求零排放，蒸发结晶不纳入。",
  3500000, 8, 800, "2027-10-31", "zh", ["cer_uf_ro"],
  sib={"mbr_zh": (1, "biological stage, not a reuse train"), "mvr_zld": (0, "evaporative ZLD excluded")})

# 13 plating nickel recovery
T("ix_ni", "Ionix Metals Recovery", "Chelating-resin nickel recovery columns", ["clean-water", "waste-treatment"], "en",
  "Iminodiacetic-acid resin columns selectively pick nickel from rinse water below 1 mg/L outlet and elute it as concentrated nickel sulfate that returns to the plating bath. Rinse water is reused. Skid-mounted, 5-50 m³/h.",
  9, [100000, 600000], ["*"], 150)
T("ewin", "电解回收设备厂", "电解提取金属回收槽", ["clean-water", "waste-treatment"], "zh",
  "对浓缩液进行电解，回收金属镍、铜板，适用于高浓度废液。", 9, [50000, 300000], ["CN"], 80)
T("precip", "深环水务", "化学沉淀+压滤重金属废水处理", ["clean-water"], "zh",
  "加碱中和沉淀、絮凝与板框压滤，出水达标排放，产生含镍污泥。", 9, [80000, 500000], ["CN"], 0)
N(13, "深圳", "CN-GD", "电镀园区含镍漂洗水资源化", ["clean-water", "waste-treatment"],
  "宝安电镀集中区含镍漂洗水约600m³/日，目前化学沉淀后产生大量含镍污泥需危废处置。希望从稀漂洗水中选择性回收镍并回用于镀槽，同时回用漂洗水，减少危废产生。",
  800000, 8, 200, "2027-03-31", "zh", ["ix_ni"],
  g2={"ewin": "recovers nickel, but only from concentrated streams"},
  sib={"precip": (1, "the current sludge route")})

# 14 cold store refrigerant
T("nh3co2", "Polarnatural Refrigeration", "NH3/CO2 cascade packaged plant", ["hfc-alternatives", "energy-efficiency"], "en",
  "Low-charge ammonia high stage confined to a packaged machine room, CO2 pumped or DX in the freezer and cold rooms; no HFCs anywhere. 300 kW-3 MW at -25 °C to -40 °C, COP 10-20% above R507A plants. EN 378 / GB 50072 compliant.",
  9, [600000, 4000000], ["*"], 3500)
T("r507", "冷库设备工程公司", "R507A并联机组冷库改造", ["hfc-alternatives"], "zh",
  "R507A螺杆并联机组，适用于低温冷库R22替换。", 9, [200000, 1500000], ["CN"], 500)
T("r290_cu", "Propacool", "R290 condensing units for small cold rooms", ["hfc-alternatives"], "en",
  "Hermetic propane condensing units up to 5 kW with charge under 500 g, for walk-in cold rooms.", 9, [3000, 60000], ["*"], 50)
N(14, "广州", "CN-GD", "冷链物流园冷库制冷剂替代", ["hfc-alternatives"],
  "南沙冷链物流园冷库容积约30万立方米，现用R22氟利昂系统，按基加利修正案要求开展替代，冷库温度-25℃至-18℃，急冻-35℃。新方案不得使用HFC类制冷剂，须兼顾库区人员安全。",
  4500000, 8, 6000, "2027-12-31", "zh", ["nh3co2"],
  g2={"r290_cu": "natural refrigerant but only for small rooms, not a 300,000 m³ plant"},
  sib={"r507": (0, "HFC, excluded")})

# 15 CBAM product footprint
T("pcf_sw", "Carbonledger Systems", "Product footprint engine for CBAM declarants", ["ghg-data"], "en",
  "Allocates plant energy, precursor and process emissions to each steel or aluminium SKU, using the EU implementing-regulation methods; produces embedded-emissions communications for EU importers, verifier-ready audit trail, ISO 14067 reports and supplier data requests.",
  9, [20000, 150000], ["*"], 0)
T("org_inv", "粤碳咨询", "企业组织层面温室气体盘查服务", ["ghg-data"], "zh",
  "按ISO 14064-1开展企业组织层面温室气体排放核算与报告编制。", 9, [10000, 50000], ["CN"], 0)
T("credits", "碳汇交易平台", "碳信用购买与抵消服务", ["ghg-data", "nature-based"], "zh",
  "提供林业碳汇、CCER购买与碳中和证书。", 9, [5000, 500000], ["CN"], 0)
N(15, "佛山", "CN-GD", "出口铝型材企业产品碳排放核算能力建设", ["ghg-data"],
  "顺德、南海铝型材出口企业受欧盟碳边境调节机制影响，需要按产品批次计算隐含排放并向欧洲进口商报送。拟为约30家企业统一采购相应工具。不购买碳信用或抵消产品。",
  300000, 8, None, "2027-01-31", "zh", ["pcf_sw"],
  sib={"org_inv": (1, "plant-level inventory, not per product"), "credits": (0, "offsets excluded")})
