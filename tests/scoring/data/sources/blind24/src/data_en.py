"""English needs b24n16-b24n30, their technologies, and the generic distractors."""
from common import T, N, G

# ---------------------------------------------------------------- n16 downed conductor
T("broken_conductor_protection", "中电保护科技", "配电线路断线及高阻接地故障检测保护装置",
  ["smart-grid"],
  "基于负序与正序电流比值和线电压不对称判别导线断线，可在断线导线下坠落地之前（约1秒内）发出跳闸命令；同时利用谐波与间歇性电弧特征识别"
  "10-35kV高阻接地故障，过渡电阻可达数千欧。以保护插件或独立装置接入现有重合器和柱上开关控制器，已批量挂网运行。",
  9, [30000, 1200000], ["CN", "US"], None)
T("wireless_fault_indicators", "Linesight Sensors", "Wireless overhead line fault circuit indicators",
  ["smart-grid"],
  "Clamp-on line sensors that flag fault current and loss of voltage, report over cellular or a mesh radio to the "
  "outage management system within seconds, and narrow patrol areas to a single segment. Indication only: the "
  "sensors do not trip anything.",
  9, [20000, 500000], ["*"], None)
T("undergrounding_service", "Trenchline Utility Construction", "Overhead-to-underground conversion",
  ["smart-grid"],
  "Design and construction of underground distribution to replace overhead lines in fire-prone terrain: boring, "
  "conduit, pad-mounted equipment and removal of poles. Typical cost USD 2-4 million per mile.",
  9, [1000000, 80000000], ["US"], None)
T("wildfire_smoke_cameras", "Emberwatch AI", "AI wildfire smoke detection camera network",
  ["smart-grid", "clean-air"],
  "Pan-tilt-zoom cameras on towers and mountaintops with computer vision that detects smoke plumes within minutes "
  "of ignition and alerts dispatch and utility control rooms with a triangulated location.",
  9, [100000, 2000000], ["US"], None)
N("n16", "Redding", "Detecting broken conductors on high fire-threat distribution circuits", ["smart-grid"],
  "Redding Electric Utility is seeking proposals for protection that de-energises a 12 kV overhead circuit when a "
  "conductor breaks. Our problem: a wire lying on dry grass or pavement often draws too little current for the "
  "relays to see, so the circuit stays hot until a patrol or a 911 call finds it. About 40 feeders are in the high "
  "fire-threat district. Undergrounding isn't in the cards for these circuits at today's costs. Solutions should "
  "work with our existing reclosers where possible and must have field history at other utilities.",
  1500000, 8, "US-CA", None, "2027-05-01",
  ["broken_conductor_protection"],
  alts={"wireless_fault_indicators": "locates faulted segments but does not trip the circuit"},
  sibs={"undergrounding_service": (0, "ruled out: Undergrounding isn't in the cards"),
        "wildfire_smoke_cameras": (1, "wildfire risk, detects ignitions rather than broken wires")})

# ---------------------------------------------------------------- n17 8-hour LDES
T("vanadium_flow_battery", "钒融储能", "全钒液流电池长时储能系统",
  ["energy-storage"],
  "电解液为水系钒溶液，不燃不爆；功率模块与电解液储罐独立配置，4-12小时时长可按需组合，单个系统5-100MW。循环寿命超过20000次，"
  "设计寿命25年，容量基本无衰减，电解液可回收并保有残值。已在电网侧并网运行。",
  9, [8000000, 60000000], ["*"], 6000)
T("iron_flow_battery", "Ferrovia Energy", "All-iron redox flow battery, 8-12 hour",
  ["energy-storage"],
  "Flow battery using iron, salt and water electrolyte on both sides, with no critical minerals and nothing "
  "flammable. Containerised 75 kW / 600-900 kWh building blocks combine into multi-megawatt plants with 8-12 "
  "hours at rated power, unlimited cycling over a 25-year life and no capacity fade. Utility deployments in the "
  "US and Europe.",
  8, [3000000, 50000000], ["US", "DE"], 5000)
T("lfp_4h_container", "Voltbank Storage", "Four-hour LFP containerised battery system",
  ["energy-storage", "smart-grid"],
  "20 ft containers with 5 MWh of lithium iron phosphate cells, liquid cooling and integrated fire suppression, "
  "sized for 4-hour duration. Augmentation contracts restore capacity as cells fade, and a stacking option extends "
  "duration by adding containers.",
  9, [1500000, 40000000], ["*"], 3000)
T("pumped_storage_development", "Highreservoir Power", "Closed-loop pumped-storage hydro development",
  ["energy-storage", "renewable-energy"],
  "Development, licensing and EPC for closed-loop pumped-storage projects of 200-1,500 MW with 8-12 h of storage "
  "between two reservoirs; 7-10 years from permitting to operation.",
  9, [40000000, 2000000000], ["US"], 100000)
T("caes_salt_cavern", "华盐储能", "盐穴压缩空气储能电站（100MW级）",
  ["energy-storage"],
  "利用地下盐穴储存压缩空气，先进绝热压缩与储热技术，单站100-300MW、储能时长6-10小时，电电转换效率约65%，设计寿命40年。",
  9, [250000000, 600000000], ["CN"], 80000)
N("n17", "Monterey", "Request for Offers: 8-hour long-duration storage for Resource Adequacy", ["energy-storage"],
  "Central Coast Community Energy requests offers for a long-duration storage resource of 5-20 MW sited at or near a "
  "substation in our service area, able to discharge at rated power for at least 8 hours so it counts under the "
  "slice-of-day Resource Adequacy framework and the long-duration procurement order. Offers must show a 20-year "
  "design life with little capacity fade and low fire risk near homes. Four-hour lithium won't qualify for this "
  "solicitation, and neither will lithium stacked or augmented to reach eight hours. We expect to contract through "
  "a tolling agreement or build-own-transfer.",
  45000000, 8, "US-CA", 8000, "2027-12-31",
  ["vanadium_flow_battery", "iron_flow_battery"],
  sibs={"lfp_4h_container": (0, "ruled out: Four-hour lithium won't qualify … neither will lithium stacked"),
        "pumped_storage_development": (1, "long-duration, but a 200 MW+ reservoir project, not a substation resource")},
  traps={"caes_salt_cavern": "cost_usd[0] 250,000,000 > budget 45,000,000"})

# ---------------------------------------------------------------- n18 floating PV
T("floating_pv_hdpe", "浮光新能源", "水面漂浮式光伏系统（HDPE浮体+弹性锚固）",
  ["renewable-energy"],
  "高密度聚乙烯一体化浮体承载光伏组件，方阵通过弹性锚绳与岸边锚桩或池底重力锚块连接，可适应10米以上的水位涨落，无需在池底打桩，"
  "不损伤防渗膜。浮体抗紫外线、可回收；组件下方通风降温，发电量高约5%。",
  9, [1000000, 15000000], ["*"], 2000)
T("tracker_groundmount_pv", "Sunfield Builders", "Single-axis tracker ground-mount solar EPC",
  ["renewable-energy"],
  "Turnkey utility and municipal solar plants on single-axis trackers with bifacial modules, driven-pile "
  "foundations and 34.5 kV collection; 1-100 MW, interconnection studies and O&M included.",
  9, [1500000, 90000000], ["US"], 2500)
T("canal_top_solar", "Aquaduct Solar", "Canal-top solar canopy",
  ["renewable-energy", "clean-water"],
  "Steel truss structures spanning irrigation canals carry PV arrays over the water, reducing evaporation and "
  "using no new land; foundations sit on the canal banks. Sized per mile of canal.",
  8, [2000000, 20000000], ["US"], 1500)
T("shade_balls_reservoir", "Coverlite Water", "Floating shade-ball covers for reservoirs",
  ["clean-water"],
  "Hollow 4-inch HDPE balls that self-arrange on reservoir and pond surfaces to cut evaporation by up to 90%, block "
  "sunlight that drives algae and keep birds off. NSF-61 certified for potable water; no anchoring needed.",
  9, [50000, 2000000], ["US"], 0)
N("n18", "Santa Rosa", "Solar generation on the recycled-water storage ponds", ["renewable-energy"],
  "Santa Rosa Water wants to offset the electricity used by the Laguna treatment plant, the city's largest single "
  "electric account. There is no flat land left on the site; the only open area is about 20 acres of recycled-water "
  "storage ponds whose level swings by roughly 25 feet over the year. We want the panels on the ponds, able to ride "
  "the drawdown, with nothing driven through the pond liners. Ground-mount elsewhere was studied and dropped: there "
  "is no land.",
  9000000, 8, "US-CA", 2500, "2027-09-30",
  ["floating_pv_hdpe"],
  sibs={"tracker_groundmount_pv": (0, "ground-mount, ruled out: Ground-mount elsewhere was studied and dropped"),
        "canal_top_solar": (1, "solar over water on fixed structures, a different way")},
  setting={"shade_balls_reservoir": "same ponds, solves evaporation and algae"})

# ---------------------------------------------------------------- n19 bucket-truck idling
T("epto_aerial_truck", "绿驰特种车", "绝缘斗臂车电动上装系统（电驱液压取力）",
  ["electric-vehicles", "clean-air"],
  "在现有底盘上加装锂电池组和电机驱动液压泵，替代发动机取力器驱动，作业时发动机熄火，臂架、电动工具和驾驶室空调全部由电池供电；"
  "电池在行驶中由底盘发电机补电，或回场后通过交流慢充充满。电池容量15-45kWh，满足一个班次作业，已批量改装。",
  9, [45000, 5000000], ["CN", "US"], 1200)
T("electric_class8_chassis", "Voltline Trucks", "Battery-electric Class 8 chassis with factory aerial device",
  ["electric-vehicles"],
  "New battery-electric utility truck chassis with 300-450 kWh packs and a factory-mounted insulated aerial device "
  "or digger derrick, 150-mile range and DC fast charging; sold through the utility-fleet dealer network.",
  9, [450000, 30000000], ["US"], 2500)
T("renewable_diesel_supply", "Greenfuel Distribution", "Renewable diesel (HVO) fleet fuel supply",
  ["clean-air", "green-transportation"],
  "Hydrotreated vegetable oil renewable diesel delivered to fleet tanks and mobile refuelling; drop-in for all "
  "diesel engines with 50-80% lower lifecycle greenhouse gas emissions and somewhat lower particulate.",
  9, [20000, 2000000], ["US"], 1500)
T("cab_battery_hvac_apu", "Quietcab Systems", "Battery HVAC idle-reduction unit for work-truck cabs",
  ["clean-air", "electric-vehicles"],
  "Lithium battery pack and electric compressor that heat and cool the cab for up to 10 hours with the engine off; "
  "recharges from the alternator while driving. Powers the cab only, not PTO-driven equipment.",
  9, [6000, 1500000], ["US"], 500)
N("n19", "Sacramento", "Cutting job-site idling on line and tree-crew trucks", ["electric-vehicles"],
  "SMUD fleet services runs about 120 aerial-lift and digger-derrick trucks. On a job the diesel engine idles for "
  "hours only to run the boom hydraulics, the hand tools and the cab heat or AC; crews and neighbours complain about "
  "the noise and fumes and the air district has started asking. We want the boom, tools and cab comfort to run on "
  "stored electricity with the engine off, fitted to trucks we already own. We are not in the market for new "
  "chassis in this round.",
  3000000, 8, "US-CA", 1500, "2027-07-01",
  ["epto_aerial_truck"],
  alts={"cab_battery_hvac_apu": "engine-off cab comfort only, not the boom and tools"},
  sibs={"electric_class8_chassis": (0, "new chassis, ruled out: not in the market for new chassis"),
        "renewable_diesel_supply": (1, "cleaner fuel while the engine keeps idling, a different way")})

# ---------------------------------------------------------------- n20 microtransit
T("drt_platform_evan", "灵行出行科技", "需求响应式公交（DRT）调度平台与电动小巴运营",
  ["green-transportation", "electric-vehicles"],
  "乘客通过App、小程序或拨打电话预约，平台实时拼单、动态规划线路，在虚拟站点或家门口附近上车；服务区域、时段和票价补贴均可配置，"
  "并为电动小巴、电动MPV车队安排充电排班。可提供车辆、司机和平台一体化服务。",
  9, [150000, 2500000], ["*"], 150)
T("electric_transit_bus", "Transitvolt Coach", "40-ft battery-electric transit bus",
  ["electric-vehicles", "green-transportation"],
  "Low-floor 40 ft battery-electric bus with 440-660 kWh packs, 200-250 mile range and depot or on-route "
  "charging; for new or existing fixed-route service. Buy America compliant.",
  9, [900000, 20000000], ["US"], 100)
T("dockless_ebike_share", "Pedalgrid Mobility", "Dockless e-bike share",
  ["green-transportation"],
  "Operator-run fleet of pedal-assist e-bikes with geofenced parking, app unlock, swappable batteries and "
  "discounted low-income memberships; 100-1,000 bikes per city.",
  9, [100000, 1500000], ["*"], 120)
T("realtime_bus_stop_displays", "Stopsign Digital", "Solar e-paper real-time arrival signs for bus stops",
  ["green-transportation"],
  "Solar-powered e-paper displays showing GTFS-realtime arrival predictions, service alerts and audio "
  "announcements at the push of a button; cellular connected, installs on existing poles.",
  9, [20000, 600000], ["*"], 0)
N("n20", "Fresno", "Clean Mobility Options: shared zero-emission rides for a southwest Fresno neighbourhood", ["green-transportation"],
  "With a state clean mobility voucher, the City of Fresno wants a shared zero-emission ride service for residents "
  "of a southwest neighbourhood where many households have no car. Trips are to clinics, groceries and shift work at "
  "odd hours, and the nearest bus line runs every 40 minutes. At community meetings residents asked for rides they "
  "can book with a phone call as well as an app, picking them up close to their door. Another fixed route is not "
  "what residents asked for. Vehicles must be electric.",
  1200000, 8, "US-CA", 200, "2027-03-01",
  ["drt_platform_evan"],
  sibs={"electric_transit_bus": (0, "buses for fixed routes, ruled out: Another fixed route is not what residents asked for"),
        "dockless_ebike_share": (1, "shared zero-emission mobility, a different mode")},
  setting={"realtime_bus_stop_displays": "same transit setting, solves passenger information"})

# ---------------------------------------------------------------- n21 central HPWH
T("co2_heat_pump_water_heater", "川田热能", "CO2（R744）跨临界空气源热泵热水机组",
  ["green-buildings", "hfc-alternatives"],
  "以二氧化碳为冷媒（GWP=1），单机制热量15-120kW，出水温度65-90℃，环境温度零下25℃仍能正常制热；配分层储热水箱，"
  "适合公寓集中生活热水，系统COP可达3.5-4.5。模块化并联，可按户数增减台数。",
  9, [60000, 600000], ["*"], 50)
T("r134a_central_hpwh", "Hydrotherm Pacific", "R-134a commercial heat-pump water heater",
  ["green-buildings", "energy-retrofits"],
  "Packaged air-to-water heat pump for central domestic hot water, 30-150 kW, 130 °F maximum supply, COP about "
  "3.2 at 47 °F; output drops sharply below 35 °F outdoor. Refrigerant R-134a (GWP 1,430).",
  9, [40000, 400000], ["US"], 35)
T("condensing_gas_dhw_boiler", "Flametech Boilers", "Condensing gas boiler plant for domestic hot water",
  ["green-buildings"],
  "Stainless-steel fire-tube condensing boilers with 95% thermal efficiency and storage tanks for multifamily "
  "domestic hot water, 10:1 turndown, ultra-low-NOx burners meeting South Coast Rule 1146.2.",
  9, [30000, 300000], ["US"], 20)
T("inunit_hpwh_50gal", "Aerotank Appliances", "In-unit 50-gallon heat-pump water heaters",
  ["green-buildings", "energy-retrofits"],
  "Integrated 50-gallon heat-pump water heaters for each apartment, 120 V plug-in option, UEF 3.5-4.0; need a "
  "closet of about 700 cubic feet or ducted air.",
  9, [1500, 400000], ["US"], 40)
N("n21", "Berkeley", "Central hot water for a new all-electric affordable housing building", ["green-buildings"],
  "Berkeley's housing trust fund is financing a 110-unit affordable apartment building under our all-electric reach "
  "code. The design team needs a central domestic hot water plant that keeps up with the morning peak, holds a "
  "recirculation loop at 140 °F and still performs on cold nights. In-unit tank water heaters were rejected early "
  "because they eat closet space in small units. Gas is not permitted under the reach code, full stop. The owner "
  "would prefer a refrigerant with a very low global warming potential.",
  450000, 8, "US-CA", 60, "2027-02-15",
  ["co2_heat_pump_water_heater"],
  alts={"r134a_central_hpwh": "central heat pump water heating, but 130 °F, weak in cold weather and GWP 1,430"},
  sibs={"condensing_gas_dhw_boiler": (0, "gas, ruled out: Gas is not permitted under the reach code"),
        "inunit_hpwh_50gal": (1, "heat-pump hot water, but in-unit tanks the design team rejected")})

# ---------------------------------------------------------------- n22 pneumatic controls
T("wireless_pneumatic_thermostat", "智控楼宇", "无线气动温控器（替换式）",
  ["energy-retrofits"],
  "直接替换原有气动温控器，装在原位置并沿用原有气管，内置电池供电的电子控制器和电气比例阀，向现有气动执行器输出3-15psi控制压力；"
  "通过无线网关接入楼宇管理平台，实现逐区排程、夜间回调和远程监视。每个房间安装约20分钟，不用穿线，也不用开吊顶。",
  9, [15000, 200000], ["*"], 70)
T("ahu_ep_transducer_panel", "Controlbridge Retrofit", "Electronic-to-pneumatic transducer panel for air handlers",
  ["energy-retrofits"],
  "Panel of E/P transducers and a small controller that puts air handlers, boiler and chiller on time schedules "
  "and resets while keeping pneumatic actuators; zone thermostats stay pneumatic and unmonitored.",
  9, [10000, 80000], ["US"], 40)
T("full_ddc_conversion", "Meridian Building Automation", "Full DDC conversion with electric actuators",
  ["energy-retrofits"],
  "Replacement of pneumatic controls with BACnet direct digital controls: new zone controllers and sensors, "
  "electric valve and damper actuators, removal of the compressed-air system and new low-voltage wiring to every "
  "zone.",
  9, [120000, 2500000], ["US"], 90)
T("cloud_fdd_analytics", "Faultline Analytics", "Cloud fault detection and diagnostics for HVAC",
  ["energy-retrofits", "ghg-data"],
  "Software that pulls trend data from an existing BAS, runs rule-based and machine-learning fault detection and "
  "ranks issues by energy cost; needs a BACnet or Niagara system with trend logs.",
  9, [8000, 150000], ["*"], 50)
N("n22", "San Jose", "Controls upgrade for a 1967 branch library still on pneumatics", ["energy-retrofits"],
  "Staff report, City of San Jose energy team: the 42,000 sq ft branch library built in 1967 still runs on "
  "pneumatic thermostats. Half of them drift, zones overheat while the boiler and chiller run all weekend, and "
  "nobody can see what a room is doing without climbing a ladder. We want schedules, setbacks and remote "
  "visibility zone by zone. The copper air tubing runs behind plaster and above asbestos-containing ceilings, so "
  "no one is going to rip it out; the pneumatic actuators and valves stay where they are.",
  150000, 8, "US-CA", 80, "2027-04-15",
  ["wireless_pneumatic_thermostat"],
  alts={"ahu_ep_transducer_panel": "keeps the pneumatics and adds schedules, but only at plant level"},
  sibs={"full_ddc_conversion": (0, "rips out the pneumatics, ruled out: no one is going to rip it out"),
        "cloud_fdd_analytics": (1, "controls analytics, needs a digital BAS the library lacks")})

# ---------------------------------------------------------------- n23 steam traps
T("steam_trap_wireless_monitor", "汽安监测", "蒸汽疏水阀无线在线监测系统",
  ["energy-efficiency"],
  "在每台疏水阀上游夹装超声波和温度复合传感器，无需开管，电池寿命5年，通过LoRaWAN或WirelessHART把数据送到网关；算法识别漏汽、"
  "堵塞、冷态等状态，估算每台疏水阀的蒸汽损失（kg/h）和金额，并自动生成维修工单。IP67，适用于管廊井室。",
  9, [50000, 800000], ["*"], 2500)
T("venturi_orifice_traps", "Steadyflow Condensate", "Venturi fixed-orifice condensate drains",
  ["energy-efficiency"],
  "Stainless steel venturi-orifice drains with no moving parts that replace mechanical steam traps; sized per "
  "application and guaranteed for 10 years. Requires a site survey and a replacement programme trap by trap.",
  9, [30000, 900000], ["*"], 1500)
T("steam_to_hw_conversion", "Caldera District Energy", "Steam-to-hot-water district conversion engineering",
  ["energy-efficiency"],
  "Master planning, design and phased construction to convert steam distribution networks to low-temperature hot "
  "water, including building conversions and new pre-insulated pipe.",
  9, [500000, 300000000], ["*"], 20000)
T("removable_insulation_jackets", "Thermwrap Industrial", "Removable insulation jackets for valves and fittings",
  ["energy-efficiency"],
  "Custom-fitted silicone-glass fabric jackets for valves, flanges and strainers in steam and condensate systems, "
  "up to 1,000 °F, quick-release straps for maintenance; payback usually under a year.",
  9, [5000, 300000], ["*"], 600)
N("n23", "San Francisco", "Steam traps failing unseen on a downtown steam loop", ["energy-efficiency"],
  "The operator of San Francisco's downtown district steam loop (tunnels and vaults, about 1,900 traps) is asking "
  "for proposals. Traps that fail open blow live steam into the condensate return and out of the vents; traps that "
  "fail closed flood the lines and cause water hammer. Our annual walk-down finds 15-20% failed each year, and in "
  "between nobody knows. Converting the loop to hot water is a decade-long capital plan; park it. Proposals should "
  "shorten the time from a trap going bad to a crew fixing it.",
  600000, 8, "US-CA", 3000, "2027-06-01",
  ["steam_trap_wireless_monitor"],
  sibs={"steam_to_hw_conversion": (0, "ruled out: Converting the loop to hot water … park it"),
        "venturi_orifice_traps": (1, "removes trap failures by replacing the traps, a different way")},
  setting={"removable_insulation_jackets": "same steam tunnels, solves heat loss from fittings"})

# ---------------------------------------------------------------- n24 grid-interactive UPS
T("grid_interactive_ups", "华储电源", "电网互动型锂电UPS",
  ["green-data-centers", "smart-grid"],
  "模块化在线式UPS配磷酸铁锂电池，在保证IT负载后备时间的前提下，把一部分电池容量划为可调度容量，接收电网调度或聚合商指令：毫秒级参与调频，"
  "高峰时段由电池给IT负载供电、降低市电取电功率。支持OpenADR 2.0b，设后备电量下限锁定。",
  8, [200000, 3000000], ["*"], 800)
T("li_ion_ups_replacement", "Keystone Critical Power", "Lithium-ion UPS battery cabinets",
  ["green-data-centers"],
  "Drop-in lithium-ion battery cabinets for three-phase UPS systems replacing VRLA strings: 60% less floor space, "
  "15-year life, BMS integration with the UPS. Backup only; no export or grid-service mode.",
  9, [40000, 1500000], ["US"], 60)
T("diesel_genset_dr", "Peakpower Rentals", "Backup generator demand response enrolment",
  ["smart-grid"],
  "Enrols customer standby diesel generators in utility and ISO demand response programmes, with remote start, "
  "paralleling switchgear upgrades and event management.",
  9, [30000, 800000], ["US"], None)
T("rear_door_hx", "Coolgate Systems", "Passive rear-door heat exchangers for racks",
  ["green-data-centers"],
  "Chilled-water rear doors that absorb up to 35 kW of rack heat with no fans, installed rack by rack on live "
  "equipment; warm-water capable.",
  9, [30000, 700000], ["*"], 300)
N("n24", "Santa Clara", "Putting data-centre UPS batteries to work for the grid", ["green-data-centers", "smart-grid"],
  "Silicon Valley Power's load is dominated by data centres and our summer peaks are getting tight. We are offering "
  "a pilot incentive for colocation and enterprise data centres that provide fast frequency response and peak-hour "
  "load relief from equipment they already have to buy. Many sites are replacing VRLA UPS strings in the next two "
  "years anyway. The air district will not let sites run diesel generators for demand response, and this pilot does "
  "not fund stand-alone battery containers.",
  2000000, 7, "US-CA", 1000, "2027-04-01",
  ["grid_interactive_ups"],
  alts={"li_ion_ups_replacement": "the right UPS batteries, but no grid-service mode",
        "ups_lithium_retrofit": "lithium UPS retrofit (written for n09's setting), but no grid-service mode"},
  sibs={"diesel_genset_dr": (0, "ruled out: will not let sites run diesel generators for demand response"),
        "lfp_4h_container": (0, "stand-alone battery container, ruled out: does not fund stand-alone battery containers")},
  setting={"rear_door_hx": "same data centres, solves rack cooling"})

# ---------------------------------------------------------------- n25 CO2 tail gas
T("co2_tailgas_liquefaction", "碳源气体", "高浓度CO2尾气回收液化提纯装置",
  ["carbon-capture"],
  "针对沼气提纯、发酵、制氢等工序排放的高浓度（85%以上）二氧化碳尾气，经压缩、精脱硫、分子筛干燥和低温精馏去除甲烷、氧气和氮气，"
  "生产纯度99.9%以上的食品级液体二氧化碳。处理规模10-200吨每天，橇装交付。",
  9, [600000, 4000000], ["*"], 6500)
T("co2_concrete_mineralization", "Mineralock", "CO2 injection for ready-mix concrete",
  ["carbon-capture", "green-buildings"],
  "Retrofit system that injects a metered dose of liquid CO2 into concrete during mixing, where it mineralises into "
  "calcium carbonate and allows 3-5% less cement. Needs delivered liquid CO2 at the batch plant.",
  9, [50000, 300000], ["US"], 300)
T("electrochem_co2_formate", "Reduxa Carbon", "Electrochemical CO2-to-formate converter",
  ["carbon-capture"],
  "Electrolyser stacks that turn concentrated CO2 streams and renewable power into formic acid and formate salts; "
  "a 1 t/day containerised unit is being tested with biogas and ethanol partners.",
  5, [800000, 2000000], ["US"], 500)
N("n25", "Visalia", "Liquefying the CO2 tail gas from a biomethane upgrading plant", ["carbon-capture"],
  "The City of Visalia's water reclamation facility upgrades digester gas to renewable natural gas. The upgrading "
  "unit vents about 20 tons a day of tail gas that is roughly 96% CO2, with moisture and traces of H2S and methane. "
  "A regional greenhouse grower and a dry-ice distributor would take liquid CO2. The stream is already "
  "concentrated; paying for a solvent scrubbing plant would be paying for nothing. We want a package that cleans, "
  "compresses and liquefies it to beverage-grade purity.",
  2500000, 8, "US-CA", 6000, "2027-10-01",
  ["co2_tailgas_liquefaction"],
  sibs={"modular_amine_capture": (0, "solvent capture plant, ruled out: paying for a solvent scrubbing plant would be paying for nothing"),
        "co2_concrete_mineralization": (1, "uses liquid CO2, does not produce it")},
  traps={"electrochem_co2_formate": "TRL 5 < min_trl 8"})

# ---------------------------------------------------------------- n26 diesel gensets Tier 4
T("genset_dpf_scr_retrofit", "净擎环保", "固定式柴油发电机组尾气后处理（DPF+SCR）改装系统",
  ["clean-air"],
  "为300-3000kW柴油发电机组配套一体化后处理箱：氧化催化器（DOC）加壁流式颗粒捕集器（DPF）去除90%以上颗粒物，尿素SCR去除90%以上"
  "氮氧化物，可达美国EPA Tier 4 Final限值，有CARB认证型号。低负荷工况自动再生。",
  9, [60000, 2500000], ["CN", "US"], None)
T("bess_genset_replacement", "Resilio Power", "Battery backup systems replacing standby generators",
  ["energy-storage", "clean-air"],
  "Outdoor lithium battery and inverter systems of 250 kW-2 MW that take over critical loads from standby diesel "
  "generators, with 4-12 hours of backup and solar charging options; zero on-site emissions.",
  9, [300000, 6000000], ["US"], 200)
T("ats_loadbank_service", "Standby Assurance", "Generator load-bank testing and ATS maintenance",
  ["smart-grid"],
  "Annual resistive load-bank testing, automatic transfer switch maintenance and NFPA 110 documentation for "
  "emergency generators at critical facilities.",
  9, [5000, 150000], ["US"], None)
N("n26", "Oakland", "Bringing emergency generators at water and 911 facilities to Tier 4 emissions", ["clean-air"],
  "The City of Oakland operates 14 emergency diesel generators (300-1,500 kW, Tier 1 and Tier 2) at pumping "
  "stations, the 911 dispatch centre and fire stations in neighbourhoods the state has flagged for diesel "
  "particulate. The air district's community emission reduction plan wants particulate and NOx brought to Tier 4 "
  "Final levels. Fire code and our emergency plan require 72 hours of on-site fuel, so swapping the units for "
  "batteries is a separate conversation. We need a retrofit of the existing engines with verified reductions.",
  2000000, 8, "US-CA", None, "2027-08-01",
  ["genset_dpf_scr_retrofit"],
  sibs={"bess_genset_replacement": (0, "ruled out: swapping the units for batteries is a separate conversation"),
        "renewable_diesel_supply": (1, "cleaner fuel, small particulate cut, far from Tier 4")},
  setting={"ats_loadbank_service": "same generators, solves testing and maintenance"})

# ---------------------------------------------------------------- n27 algae
T("ultrasonic_algae_buoy", "清波环境", "太阳能超声波控藻浮标系统",
  ["clean-water"],
  "浮标搭载多频超声波发射器，根据水质探头测得的叶绿素a和藻蓝蛋白浓度自动调整频率，破坏蓝藻的伪空泡使其沉降、抑制繁殖，"
  "不投加任何药剂，对鱼类和浮游动物无害。太阳能板加蓄电池供电，单台有效覆盖半径约250米，数据经4G回传云平台。",
  9, [30000, 500000], ["*"], None)
T("dock_ultrasonic_unit", "Sonicleer", "Dock-mounted ultrasonic algae control unit",
  ["clean-water"],
  "Fixed ultrasonic transducer on a dock or intake structure with a single programmed frequency, 60 m effective "
  "radius, mains powered; for small ponds and intake bays.",
  9, [3000, 40000], ["*"], None)
T("copper_algaecide_program", "Lakeguard Aquatics", "Chelated copper algaecide treatment programme",
  ["clean-water"],
  "Licensed applicators treat reservoirs with chelated copper or peroxide-based algaecides on bloom alerts, with "
  "pre- and post-treatment toxin sampling and NPDES reporting.",
  9, [10000, 200000], ["US"], None)
T("solar_destratification_mixer", "Circulake", "Solar-powered reservoir circulators",
  ["clean-water"],
  "Floating solar-powered mixers that draw water up from depth and spread it across the surface, breaking thermal "
  "stratification and the still, warm conditions cyanobacteria favour; 15-35 acres per unit.",
  9, [40000, 400000], ["US"], None)
N("n27", "Auburn", "Cyanobacteria blooms in a hydro forebay that also feeds a drinking-water intake", ["clean-water"],
  "Placer County Water Agency has summer blue-green algae blooms in a 60-acre forebay that supplies both a small "
  "hydroelectric unit and a drinking-water intake. Toxins force us onto a backup supply and mats of scum clog the "
  "trash racks. We want a chemical-free control we can leave on the water all season with its own power. No "
  "algaecides: our fish and wildlife permit forbids copper and peroxide products in this reach.",
  400000, 8, "US-CA", None, "2027-05-15",
  ["ultrasonic_algae_buoy"],
  alts={"dock_ultrasonic_unit": "the same principle, but 60 m radius and mains powered for a 60-acre forebay"},
  sibs={"copper_algaecide_program": (0, "ruled out: No algaecides"),
        "solar_destratification_mixer": (1, "controls blooms by mixing, a different way"),
        "shade_balls_reservoir": (1, "chemical-free bloom control by shading the surface (written for n18), a different way")})

# ---------------------------------------------------------------- n28 PV recycling
T("pv_module_recycling_line", "晶循环保", "晶硅光伏组件拆解回收（热解+物理分选）",
  ["waste-treatment"],
  "自动拆除铝边框和接线盒，热刀分离玻璃与背板，再经低温热解去除EVA封装胶膜，分选出整片玻璃、铝和铜，并从电池片中湿法提取银和高纯硅，"
  "材料回收率超过95%。每条线年处理约2万吨，提供接收、称重、处理全过程可追溯证明。",
  8, [100000, 1500000], ["*"], 900)
T("pv_refurb_resale", "Secondsun Exchange", "Used solar module testing, refurbishment and resale",
  ["renewable-energy", "waste-treatment"],
  "Collects decommissioned modules, flash-tests and grades them, and resells working panels to off-grid and export "
  "buyers, with a buy-back price per watt.",
  9, [0, 200000], ["*"], 300)
T("mobile_pv_shredder", "Crushco Mobile", "Mobile shredding of end-of-life solar panels",
  ["waste-treatment"],
  "Truck-mounted shredder that crushes whole modules on site into mixed glass cullet and metal fractions for "
  "downstream recyclers; frames removed first. Fast and cheap, but silver and silicon are not recovered.",
  9, [20000, 300000], ["US"], 200)
T("laser_pv_delamination_pilot", "Photonrecover", "Laser delamination of PV modules (pilot line)",
  ["waste-treatment"],
  "Pilot line that separates glass from the encapsulated cell sheet with a scanning laser, recovering intact glass "
  "and high-purity silver; 5,000 modules a year, seeking first utility partners.",
  6, [100000, 700000], ["US"], 400)
T("li_battery_recycling", "Cyclion Materials", "Lithium-ion battery recycling service",
  ["waste-treatment"],
  "Collection, discharge and hydrometallurgical recycling of lithium-ion batteries from EVs and stationary "
  "storage, recovering lithium, nickel, cobalt and copper with certificates of recycling.",
  9, [10000, 2000000], ["US"], 500)
N("n28", "Lancaster", "End-of-life solar modules from a repowered municipal solar plant", ["waste-treatment"],
  "Lancaster's municipal energy office is repowering a 12 MW solar plant and will pull about 38,000 crystalline "
  "silicon modules, many cracked or delaminated by hail. State rules treat them as universal waste. We want a vendor "
  "who takes them apart and recovers the glass, aluminium, silver and silicon, with chain-of-custody records. "
  "Broken modules have no resale value, so refurbishment and second-life resale is not what we are asking for; "
  "landfilling is unacceptable to Council.",
  900000, 8, "US-CA", 1000, "2027-03-31",
  ["pv_module_recycling_line"],
  alts={"mobile_pv_shredder": "recycles the modules, but only into mixed cullet without silver and silicon"},
  sibs={"pv_refurb_resale": (0, "ruled out: refurbishment and second-life resale is not what we are asking for")},
  setting={"li_battery_recycling": "same energy-equipment recycling setting, different material"},
  traps={"laser_pv_delamination_pilot": "TRL 6 < min_trl 8"})

# ---------------------------------------------------------------- n29 methane quantification
T("mobile_methane_quantification", "天测光电", "车载高精度甲烷泄漏巡检与排放量化系统",
  ["ghg-data", "clean-air"],
  "车顶安装ppb级光腔衰荡甲烷分析仪和超声风速风向仪，以正常车速沿街巡检，通过乙烷/甲烷比值区分管道天然气和沼气源；多次通过数据结合反演模型"
  "估算每个泄漏点的排放速率（L/min或scf/h），汇总出全网甲烷排放量及不确定度，并按排放量排序生成维修清单。",
  8, [150000, 900000], ["*"], None)
T("pipe_insertion_replacement", "Pipeline Renewal West", "Polyethylene insertion main replacement",
  ["clean-air"],
  "Replaces leak-prone cast iron and bare steel gas mains by inserting polyethylene pipe through the old main with "
  "minimal excavation; service reconnections and pressure testing included.",
  9, [300000, 50000000], ["US"], 2000)
T("satellite_methane_monitoring", "Orbitgas Analytics", "Satellite methane monitoring subscription",
  ["ghg-data"],
  "Hyperspectral satellite imagery detects methane plumes above about 100 kg/h at oil and gas facilities, landfills "
  "and pipelines, with monthly revisit and plume-rate estimates per detection.",
  8, [50000, 500000], ["*"], None)
T("handheld_laser_methane", "激光安检", "手持式激光甲烷遥测仪",
  ["clean-air"],
  "基于可调谐激光吸收光谱，远距离（最远100米）快速检测甲烷泄漏，浓度单位ppm·m，声光报警，适合燃气管网巡检、阀井和用户表具排查。",
  9, [2000, 50000], ["*"], None)
N("n29", "Long Beach", "Putting a number on methane leaking from the city's gas mains", ["ghg-data"],
  "Long Beach Utilities operates about 1,900 miles of gas mains. Our leak surveys find leaks but cannot say how big "
  "each one is, so our emissions report relies on default factors per mile of pipe and repairs are queued by "
  "hazard grade, not by volume. We want a survey method that gives a leak rate for each indication and a "
  "system-wide emissions estimate we can file with the Commission. Main replacement is handled under a separate "
  "programme and is out of scope here.",
  700000, 7, "US-CA", None, "2027-06-30",
  ["mobile_methane_quantification"],
  sibs={"pipe_insertion_replacement": (0, "ruled out: Main replacement … out of scope here"),
        "satellite_methane_monitoring": (1, "quantifies methane, but only large plumes, not distribution leaks"),
        "handheld_laser_methane": (1, "finds leaks without sizing them, what they already have")})

# ---------------------------------------------------------------- n30 shade trees
T("shade_tree_siting_service", "绿荫城市", "基于热岛遥感的遮荫树精准选址与种植养护服务",
  ["nature-based"],
  "利用卫星地表温度、冠层覆盖和建筑朝向数据，筛选对住宅空调负荷削减最大的种植点位（建筑西侧、南侧），匹配耐旱耐热的乡土及适生树种，"
  "提供苗木、种植、三年养护浇水和成活率承诺，并按户估算夏季尖峰负荷削减量和碳汇量。",
  9, [100000, 1500000], ["*"], 300)
T("cool_roof_coating", "Reflectacoat", "Elastomeric cool-roof coating programme",
  ["energy-retrofits"],
  "White elastomeric roof coatings with solar reflectance above 0.80 applied over existing roofs, cutting roof "
  "surface temperatures by 50-60 °F and cooling demand in top-floor rooms; CRRC-rated products.",
  9, [20000, 2000000], ["US"], 200)
T("modular_green_roof", "Sedumtray", "Modular extensive green roof trays",
  ["nature-based", "green-buildings"],
  "Pre-vegetated sedum trays 3-4 inches deep that click together over a root barrier; 15-25 lb/sq ft saturated, "
  "lower roof temperatures and stormwater retention.",
  9, [30000, 1000000], ["US"], 50)
N("n30", "Stockton", "Shade trees to cut summer air-conditioning peaks in hot neighbourhoods", ["nature-based"],
  "The City of Stockton's energy office and the local utility want a programme that plants and establishes trees "
  "where they will cut residential air-conditioning peaks the most: low-canopy, low-income neighbourhoods that run "
  "8-10 °F hotter than the rest of the city. We need site selection, species that cope with drought and heat, "
  "planting on the west and south sides of homes, and three years of establishment watering. Cool-roof coatings are "
  "already covered by another programme; do not bid them here.",
  800000, 8, "US-CA", 400, "2027-11-01",
  ["shade_tree_siting_service"],
  sibs={"cool_roof_coating": (0, "ruled out: Cool-roof coatings are already covered … do not bid them here"),
        "modular_green_roof": (1, "vegetation that cools buildings, on roofs rather than as shade trees")})

# ---------------------------------------------------------------- generic distractors (never graded)
G("g_ai_energy_brain", "Cortexa Energy", "AI Energy Brain for utilities",
  ["smart-grid", "ghg-data"],
  "An AI-powered energy brain that unifies grid, building, fleet and customer data in one intelligent platform. "
  "Machine learning optimises energy, carbon and cost across every asset, delivering actionable insights, "
  "predictive analytics and automated decisions for utilities and cities on the path to net zero.",
  8, [100000, 5000000], ["*"], 5000)
G("g_city_energy_brain", "智源城市", "城市能源大脑综合管理平台",
  ["smart-grid", "ghg-data"],
  "以大数据、人工智能、物联网为支撑，汇聚电、水、气、热等多种能源数据，实现城市能源“一张图”管理、智能分析、协同调度和双碳目标监测，"
  "助力政府科学决策和能源高质量发展。",
  8, [200000, 5000000], ["CN"], 3000)
G("g_grid_digital_twin", "Mirrorgrid", "Grid Digital Twin Suite",
  ["smart-grid"],
  "A living digital twin of your network: 3D visualisation, real-time simulation and scenario planning for assets, "
  "operations and decarbonisation. Connect every data source and empower every team with a single source of truth.",
  8, [150000, 4000000], ["*"], 1000)
G("g_netzero_consulting", "Pathway Climate Advisors", "Net-Zero Roadmap Consulting for Public Agencies",
  ["ghg-data"],
  "Strategy, roadmaps and stakeholder engagement that help cities, utilities and public agencies set science-based "
  "targets, prioritise decarbonisation measures, secure funding and communicate progress toward net zero.",
  9, [50000, 800000], ["*"], None)
G("g_integrated_smart_energy", "综能集团", "综合智慧能源一站式服务",
  ["renewable-energy", "energy-storage", "energy-efficiency"],
  "提供“源网荷储”一体化、多能互补的综合智慧能源解决方案，涵盖规划设计、投资建设、运营维护全生命周期服务，助力园区、城市和企业降本增效、绿色低碳转型。",
  8, [500000, 50000000], ["CN"], 10000)
G("g_smart_city_iot", "Urbansense", "Smart City IoT Sensor Network",
  ["smart-grid", "clean-air"],
  "Plug-and-play wireless sensors and a cloud dashboard for smart cities: energy, air, noise, water, traffic and "
  "more. Open APIs, long battery life and rapid deployment make your city data-driven and sustainable.",
  9, [20000, 2000000], ["*"], None)
G("g_dual_carbon_consulting", "碳达咨询", "“双碳”规划与咨询服务",
  ["ghg-data"],
  "为地方政府、能源企业和园区提供碳达峰碳中和实施方案编制、碳排放摸底、路径研究与政策解读，提供一站式“双碳”咨询服务。",
  9, [30000, 500000], ["CN"], None)
G("g_sustainability_cloud", "Evergauge", "Sustainability Intelligence Cloud",
  ["ghg-data", "energy-efficiency"],
  "Enterprise sustainability cloud that brings energy, emissions, water and waste into one place, benchmarks "
  "performance and automates ESG disclosure, with dashboards that turn sustainability data into value.",
  9, [30000, 1000000], ["*"], None)
G("g_zero_carbon_park", "零碳科技", "零碳园区整体解决方案",
  ["renewable-energy", "smart-grid", "ghg-data"],
  "围绕能源、建筑、交通、管理四大领域，打造零碳园区数字化管控平台与绿色能源系统，实现园区碳排放可测、可控、可视，助力园区迈向零碳。",
  8, [300000, 20000000], ["CN"], 8000)
G("g_customer_marketplace", "Brightpath Energy Cloud", "Customer Engagement and Clean Energy Marketplace Portal",
  ["smart-grid", "energy-retrofits"],
  "A white-label portal where utility customers compare rates, discover rebates, buy smart devices and enrol in "
  "clean-energy programmes, with personalised recommendations and analytics for programme managers.",
  9, [80000, 1500000], ["US"], 500)
