"""Chinese needs 09-15 and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n09 rural buses
N("rural_bus_on_demand", "苍溪县", "CN-SC", "农村客运需求响应式公交服务采购", ["green-transportation"],
  "我县农村客运线路62条，山区村庄分散，平日乘客以赶集老人和学生为主，很多班次空跑，县财政每年运营补贴超过1200万元，"
  "部分线路面临停运。拟在3个乡镇试点'按需出行'：乘客提前约车，车辆按约车情况灵活走线，让现有车辆跑得更满。要求老年人"
  "打个电话就能约，不必非要用智能手机。本次不新增车辆采购，也不新开固定线路。",
  180000, 8, 300, "2027-03-15",
  answers=["microtransit_sw"],
  sibs={"e_minibus": (0, "new electric minibuses: 本次不新增车辆采购"),
        "timetable_consult": (1, "network redesign consulting: improves fixed routes, different way")})

T("microtransit_sw", "RideFlex", "On-demand transit software",
  ["green-transportation"],
  "Software for demand-responsive transit: riders book by app, web or a call-centre agent (IVR for landlines), the "
  "optimiser pools trips in real time and routes the existing vehicles between virtual stops. Dispatcher console, "
  "driver tablet app, fare and subsidy reporting, and zone-based rural service with pre-booked windows. Typically raises "
  "passengers per vehicle-hour by 30-60 % in low-density areas.",
  9, [40000, 400000], ["*"], 250)
T("e_minibus", "蜀运新能源客车", "8米纯电动城乡公交车",
  ["electric-vehicles", "green-transportation"],
  "车长8.1米，额定载客45人，宁德时代磷酸铁锂电池210千瓦时，综合续航250公里，最大爬坡度20%，低地板便于老人上下车。"
  "适合山区城乡公交和镇村班线，整车质保8年或50万公里，可提供充电桩配套方案。",
  9, [120000, 3000000], ["CN"], 45)
T("timetable_consult", "Transitwise Advisory", "Rural bus network redesign",
  ["green-transportation"],
  "Consultants re-plan rural bus networks from ticketing, GPS and household survey data: consolidate overlapping routes, "
  "set clock-face timetables that connect at market towns and school bells, and rank lines by subsidy per passenger. "
  "Deliverables are a new fixed-route network, timetables and a phased implementation plan over 4-6 months.",
  None, [40000, 200000], ["*"], 150)

# ---------------------------------------------------------------- n10 grain chillers
N("grain_chiller_r22", "太康县", "CN-HA", "粮食储备库谷物冷却机组更新", ["hfc-alternatives"],
  "县粮食储备库有平房仓18栋、仓容12万吨，夏季靠谷物冷却机给粮堆降温，实现低温储粮、减少虫害和损耗。现有8台冷却机已运行"
  "十余年，用的是R22，维修缺配件，泄漏补液频繁。按照含氟气体替代要求，本次新购机组不得再使用R134a、R407C等HFC类"
  "制冷剂，优先选用天然工质；每台制冷量不小于50千瓦，可移动，能在多栋仓之间轮换使用。",
  500000, 8, 500, "2027-05-01",
  answers=["r290_grain_chiller"],
  sibs={"r134a_grain_chiller": (0, "grain chiller on R134a: 不得再使用HFC类制冷剂"),
        "n2_storage": (1, "nitrogen controlled-atmosphere storage: protects grain, different way"),
        "night_aeration": (1, "ambient-air aeration control: cools grain without refrigeration, lesser in summer")})

T("r290_grain_chiller", "Kryon", "GC-series propane grain chillers",
  ["hfc-alternatives"],
  "Mobile grain-cooling units that blow conditioned air into silo and flat-store aeration ducts: 45-110 kW refrigeration "
  "on a hermetically sealed R290 circuit (under 5 kg per module, ventilated cabinet, gas detection). A reheater sets "
  "supply-air humidity so the grain is neither wetted nor over-dried; trailer-mounted to move between stores, keeping "
  "grain below 15 °C through summer.",
  9, [45000, 130000], ["*"], 60)
T("r134a_grain_chiller", "中储冷机", "移动式谷物冷却机（R134a工质）",
  ["hfc-alternatives", "energy-efficiency"],
  "制冷量35-90千瓦，采用R134a环保工质（不破坏臭氧层），配备再热器精确控制送风温湿度，可用于平房仓、浅圆仓低温储粮，"
  "轮式底盘便于移动。国内数百家粮库在用，配件和售后网络完善。",
  9, [30000, 90000], ["CN"], 40)
T("n2_storage", "氮盾储粮", "膜分离制氮气调储粮系统",
  ["energy-efficiency"],
  "采用膜分离制氮机将仓内氮气浓度提高到95%以上，不用化学药剂即可杀虫抑菌、延缓粮食品质劣变。整套包括制氮机组、"
  "仓房气密改造和浓度监测，适用于平房仓和浅圆仓，可与通风设施共用管道。",
  9, [60000, 400000], ["CN"], 30)
T("night_aeration", "Graincare", "Automatic aeration controller for grain storage",
  ["energy-efficiency"],
  "Controller that runs existing aeration fans only when outside air is cool and dry enough to lower grain temperature "
  "without rewetting, using cable temperature probes in the grain mass and a weather station. Cuts fan hours by half "
  "and keeps grain cool in spring and autumn; in hot summers it needs refrigerated cooling as a supplement.",
  9, [5000, 40000], ["*"], 15)

# ---------------------------------------------------------------- n11 farm GHG inventory
N("county_ag_ghg_inventory", "桃江县", "CN-HN", "县域农业农村温室气体排放清单编制与核算平台", ["ghg-data"],
  "为落实农业农村减排固碳实施方案，县农业农村局需要摸清全县农业碳排放'家底'：双季稻田约45万亩，生猪年出栏60万头，"
  "化肥、农膜用量每年都有统计。需要一套能逐年更新的工具，按乡镇汇总稻田、畜禽、施肥、农机的排放，并能测算推广间歇灌溉、"
  "测土配方施肥等措施能减多少。以统计报表和抽样调查数据为主，不打算在田里大面积布设传感器或建观测塔。",
  150000, 7, None, "2027-06-30",
  answers=["ag_ghg_mrv"],
  sibs={"eddy_tower": (0, "flux tower: 不打算建观测塔"),
        "soil_sensor_net": (0, "in-field sensors: 不打算在田里大面积布设传感器"),
        "org_carbon_consult": (1, "corporate carbon audit consulting: accounting, different scope and way")})

T("ag_ghg_mrv", "AgriLedger", "Farm-to-county GHG accounting",
  ["ghg-data"],
  "Accounting software that turns activity data (crop areas, water regimes, fertiliser N, herd numbers, manure systems, "
  "diesel use) into CH4, N2O and CO2 inventories with IPCC 2019 Tier 1 and Tier 2 methods and local emission factors. "
  "A scenario module quantifies mitigation such as alternate wetting and drying or nitrification inhibitors; outputs by "
  "township, year and source with uncertainty ranges and an audit trail.",
  9, [30000, 200000], ["*"], None)
T("eddy_tower", "Fluxsense", "Eddy covariance flux stations",
  ["ghg-data"],
  "Turn-key eddy covariance towers with open-path CO2/H2O and closed-path CH4/N2O analysers, sonic anemometer and "
  "on-site flux processing, measuring ecosystem exchange continuously over a field of 10-100 ha. Solar power, cellular "
  "upload and annual calibration service; used for research plots and direct measurement of paddy methane.",
  9, [90000, 350000], ["*"], None)
T("soil_sensor_net", "禾讯物联", "农田土壤墒情与温室气体传感网络",
  ["ghg-data"],
  "在田块布设土壤温湿度、电导率和氧化还原电位传感器，配合静态箱自动采样装置，实时估算稻田甲烷和氧化亚氮排放通量。"
  "每个监测点覆盖约50亩，4G回传到云平台，适合开展高标准农田数字化监测。",
  8, [20000, 300000], ["CN"], None)
T("org_carbon_consult", "中碳标准咨询", "企业碳排放盘查与核查咨询",
  ["ghg-data"],
  "依据ISO 14064-1和温室气体核算体系，为企业和园区开展组织层面的碳盘查，识别范围一、二、三排放源，出具盘查报告并陪同"
  "第三方核查。交付周期6-10周，可附带减排路线图和碳中和宣称支持。",
  None, [10000, 60000], ["CN"], None)

# ---------------------------------------------------------------- n12 low voltage at feeder ends
N("feeder_end_low_voltage", "寻甸回族彝族自治县", "CN-YN", "农村配电台区末端低电压综合治理", ["smart-grid"],
  "我县部分山区台区供电半径长达1.5-2公里，春灌抽水和春节返乡用电高峰时，线路末端电压低到170伏左右，电机启动不了、"
  "电饭锅煮不熟饭，村民投诉不断。新建变电站、更换大容量变压器投资大、审批周期长，这两年都排不上。需要一种能装在线路上或"
  "台区出口、自动把末端电压稳住的装置，免维护，适应户外高海拔和雷雨环境。",
  300000, 8, 50, "2027-03-01",
  answers=["lv_line_regulator"],
  alts={"svg_comp": "reactive compensation lifts voltage somewhat, but little on long resistive LV lines"},
  sibs={"transformer_upgrade": (0, "transformer replacement: 这两年都排不上"),
        "village_bess": (1, "storage at the transformer: supports peaks, different way")},
  setting={"smart_meter_ami": "same rural distribution network, metering problem"})

T("lv_line_regulator", "VoltLift", "Pole-mounted LV line voltage regulator",
  ["smart-grid"],
  "A three-phase automatic voltage regulator for 400 V rural feeders: mounted on a pole mid-line, it boosts the downstream "
  "voltage by up to +20 % through an on-load electronic tap changer, phase by phase for unbalanced loads. 50-200 kVA "
  "ratings, IP54, surge protection to 10 kA, rated to 3,000 m altitude; no maintenance and a bypass switch for line work.",
  9, [6000, 25000], ["*"], 30)
T("svg_comp", "正泰智电", "台区低压静止无功发生器（SVG）",
  ["smart-grid", "energy-efficiency"],
  "安装在配电变压器低压侧出口，毫秒级动态补偿无功、治理三相不平衡和谐波，功率因数可提升至0.98以上，降低线损。"
  "容量50-300千乏，户外箱体安装，支持远程监控。",
  9, [4000, 30000], ["CN"], 25)
T("transformer_upgrade", "Gridbuild EPC", "Distribution transformer replacement and LV re-conductoring",
  ["smart-grid"],
  "Turn-key upgrade of rural distribution: new 200-630 kVA transformers placed closer to the load centre, re-conductoring "
  "of LV lines with larger aluminium cable and a new 10 kV spur where needed. Includes utility approvals, outage "
  "planning and commissioning; typical programme 12-24 months per county.",
  9, [150000, 5000000], ["*"], 40)
T("village_bess", "储能云电", "配电台区分布式储能柜",
  ["energy-storage", "smart-grid"],
  "100-500千瓦时磷酸铁锂户外储能柜，接在台区低压母线，低谷充电、高峰放电，缓解变压器重过载和末端低电压，"
  "并可参与需求响应。集成PCS、BMS和消防，远程运维，设计寿命6000次循环。",
  9, [40000, 250000], ["CN"], 50)
T("smart_meter_ami", "Metrix", "AMI smart metering for rural utilities",
  ["smart-grid"],
  "Single- and three-phase smart meters with RF mesh or PLC communication, head-end software and meter data management "
  "for co-ops and rural utilities. Remote reads, outage notification, theft and tamper detection, and time-of-use "
  "tariffs; deployment by batches of 5,000-50,000 meters.",
  9, [200000, 4000000], ["*"], None)

# ---------------------------------------------------------------- n13 tea drying
N("tea_drying_coal", "安溪县", "CN-FJ", "茶叶初制所烘干工序清洁能源替代", ["energy-efficiency"],
  "全县有茶叶初制所两千余家，烘焙、烘干环节大多还在烧煤和柴，烟尘大，火候全靠老师傅看，批次之间品质不稳，环保督察多次"
  "点名。拟对规模以上初制所开展烘干设备替代，要求温度能精确设定（常用70-90℃），全程记录曲线，能耗费用不高于烧煤。山区"
  "没有管道燃气，罐装液化气价格高又有安全隐患，燃气类设备不在考虑范围。",
  80000, 8, 120, "2027-03-20",
  answers=["ht_hp_dryer"],
  sibs={"lpg_dryer": (0, "gas-fired dryer: 燃气类设备不在考虑范围"),
        "pellet_hot_air": (1, "biomass pellet furnace: cleaner combustion, different way"),
        "solar_dryer": (1, "solar dryer: no fossil energy, but no precise temperature curve")},
  setting={"tea_pest_lamp": "same tea sector, pest control in the garden"})

T("ht_hp_dryer", "ThermaDry", "High-temperature heat pump drying systems",
  ["energy-efficiency"],
  "Closed-loop heat pump dryers delivering air at up to 95 °C while recovering latent heat from the exhaust; COP 3-4 in "
  "tea, herb and fruit drying. The PLC runs programmed temperature-humidity curves per product and logs every batch. "
  "Chamber and belt versions with 10-60 kW heating; replaces coal or wood furnaces at roughly one third of the energy cost.",
  9, [12000, 90000], ["*"], 90)
T("lpg_dryer", "闽丰烘干设备", "燃气热风烘干机",
  ["energy-efficiency"],
  "以天然气或液化石油气为燃料，燃烧器热效率92%以上，热风温度60-150℃可调，适用于茶叶、香菇、果干等烘焙，"
  "链板式连续烘干，产量每小时50-300公斤，PLC温控，配熄火保护和燃气泄漏报警。",
  9, [6000, 40000], ["CN"], 40)
T("pellet_hot_air", "Brightburn", "Biomass pellet hot-air furnaces for crop drying",
  ["renewable-energy", "energy-efficiency"],
  "Indirect-fired hot-air furnaces of 60-600 kW that burn wood or straw pellets with automatic feed and a cyclone, "
  "delivering clean air through a stainless heat exchanger to tea, tobacco and grain dryers. Thermostatic control within "
  "±5 °C; ash removal daily; fuel cost about 60 % of coal per unit of heat.",
  9, [5000, 45000], ["*"], 70)
T("solar_dryer", "Sunhouse Dry", "Solar greenhouse dryer for crops",
  ["renewable-energy"],
  "Polycarbonate tunnel dryer with a black absorber floor and PV-driven fans that dries fruit, herbs and tea leaves at "
  "40-65 °C depending on sunshine. 50-300 m² units, no fuel and almost no running cost; drying time two to four days and "
  "temperature follows the weather, with an optional backup heater.",
  9, [3000, 30000], ["*"], 20)
T("tea_pest_lamp", "绿盾植保", "茶园太阳能频振式杀虫灯",
  ["nature-based"],
  "利用害虫趋光性诱杀茶小绿叶蝉、茶尺蠖等，太阳能板供电、光控自动开关，单灯控制面积20-30亩，减少化学农药使用。"
  "灯杆高度可调，雨天自动断电保护，适合山地茶园规模化布设，设计寿命8年。",
  9, [1000, 20000], ["CN"], None)

# ---------------------------------------------------------------- n14 distillery CO2
N("distillery_co2_greenhouse", "仁怀市", "CN-GZ", "白酒酿造发酵二氧化碳回收利用项目", ["carbon-capture"],
  "我市酱香型白酒企业的发酵窖池每年排放大量二氧化碳，目前直接排空。市里规划的万亩蔬菜保供基地，大棚在冬春季需要补充"
  "二氧化碳，农户现在靠烧液化气发生器或买钢瓶气，成本不低。拟建设示范项目，把酒厂发酵时跑掉的气体收集起来，提纯后就近"
  "供大棚使用，年回收规模3000-5000吨。在大棚里点火燃烧增施气肥的做法安全上有顾虑，不作为本次方案。",
  2000000, 7, 3000, "2027-08-31",
  answers=["ferm_co2_recovery"],
  sibs={"amine_skid": (1, "post-combustion amine capture: captures CO2, different source and way"),
        "co2_burner_greenhouse": (0, "burning fuel in the greenhouse: 不作为本次方案")},
  traps={"ferm_co2_mega": "budget: cheapest deployment above the 2M budget"})

T("ferm_co2_recovery", "PuroCarb", "Fermentation CO2 recovery plants",
  ["carbon-capture"],
  "Skid plants that collect off-gas from fermentation vessels, remove foam and ethanol in a water scrubber, then compress, "
  "dry over activated carbon and liquefy it to food and beverage grade (99.9 %, EIGA/ISBT specification). 200-2,000 kg/h "
  "modules with storage tanks and a vaporiser; breweries and distilleries use the CO2 themselves or sell it to greenhouses.",
  9, [600000, 1800000], ["*"], 3500)
T("amine_skid", "Capturon", "Modular amine capture for boiler flue gas",
  ["carbon-capture"],
  "Packaged post-combustion capture for coal, gas or biomass boiler flue gas at 3-15 % CO2: absorber and stripper columns "
  "with an advanced amine, 10-100 t CO2/day per train and 95 % purity before polishing. Needs 2.5-3 GJ of low-pressure "
  "steam per tonne captured and a flue gas pre-treatment stage.",
  8, [1500000, 12000000], ["*"], 20000)
T("co2_burner_greenhouse", "棚旺农资", "温室燃气二氧化碳发生器",
  ["carbon-capture"],
  "燃烧液化气或天然气产生二氧化碳和热量，吊装于温室内，每台覆盖600-1000平方米，配CO2浓度控制器自动启停，"
  "可使黄瓜、番茄增产15%-25%。需保持通风防止一氧化碳积聚，适合冬春季设施蔬菜增施气肥。",
  9, [500, 3000], ["CN"], None)
T("ferm_co2_mega", "华液气体工程", "年产5万吨食品级二氧化碳回收EPC",
  ["carbon-capture"],
  "面向大型酒精、酿酒和发酵企业的二氧化碳回收液化装置，年产食品级液体二氧化碳3-10万吨，包括压缩、脱硫、吸附、精馏和"
  "储运系统。提供工艺包、设计、设备、施工一体化EPC总承包，纯度99.99%。",
  9, [4500000, 15000000], ["CN"], 50000)

# ---------------------------------------------------------------- n15 bamboo buildings
N("bamboo_village_centre", "安吉县", "CN-ZJ", "村级党群服务中心新建工程低碳结构方案征集", ["green-buildings"],
  "我县计划新建3处村级党群服务中心（单体约1200平方米，两层），按近零碳建筑打造。县里毛竹资源丰富，但原竹收购价一斤不到"
  "三毛钱，竹农积极性下降，希望新建项目的主体结构能消纳本地竹子、带动竹产业，同时满足现行结构和防火规范，能通过施工图"
  "审查。传统原竹捆扎的做法耐久和防火都过不了审，不予采用。",
  1500000, 7, 200, "2027-07-01",
  answers=["eng_bamboo_frame"],
  sibs={"raw_bamboo": (0, "round-bamboo lashed structure: 不予采用"),
        "clt_panels": (1, "engineered timber structure: bio-based, but not local bamboo"),
        "bamboo_flooring": (1, "uses bamboo, but as finishes rather than the structure")})

T("eng_bamboo_frame", "BambooTech", "LVB laminated bamboo structural framing",
  ["green-buildings"],
  "Post-and-beam framing in laminated veneer bamboo (LVB): strips from moso culms are pressure-bonded into beams and "
  "columns up to 12 m long with characteristic bending strength above 60 MPa. Char-rate tested for 60-minute fire "
  "resistance, with approved steel connectors and a design manual for two- to four-storey public buildings. Stores "
  "about 0.8 t CO2 per m³ of product.",
  8, [200000, 1400000], ["*"], 180)
T("raw_bamboo", "竹语营造", "原竹建筑设计与施工",
  ["green-buildings"],
  "以三年生以上毛竹原竹为构件，经防虫防霉处理后采用捆扎、螺栓和竹钉连接，建造茶亭、民宿、廊架和展示馆，"
  "造型自然、工期短，单体面积一般不超过500平方米，适合景区和乡村旅游项目。",
  8, [30000, 400000], ["CN"], 40)
T("clt_panels", "Crosslam Timber", "CLT panel structures",
  ["green-buildings"],
  "Cross-laminated timber floor and wall panels, CNC-cut to millimetre tolerances and erected with a small crane, for "
  "schools, offices and community halls of two to eight storeys. Spruce and pine from certified forests; EPD shows "
  "roughly 0.7 t CO2 stored per m³; 90-minute fire resistance by charring design.",
  9, [250000, 6000000], ["*"], 300)
T("bamboo_flooring", "竹韵家居", "重竹地板与竹装饰板",
  ["green-buildings"],
  "采用本地毛竹经碳化、重组压制的高密度竹地板、竹墙板和户外竹木地板，耐磨耐潮，甲醛释放达E0级，"
  "可用于公共建筑室内装修和景观步道，价格接近中档实木地板，每平方米固碳约15公斤。",
  9, [10000, 200000], ["CN"], 10)
