"""Chinese needs 01-15 (transport and mobility buyers in China) and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n01 Shenzhen depot charging
T("depotflow", "Ampwise Fleet Systems", "DepotFlow charge orchestration for bus depots",
  ["smart-grid", "electric-vehicles"],
  "Charge management for battery-electric bus depots. DepotFlow reads each vehicle's "
  "state of charge over OCPP and ISO 15118, pulls block and run assignments from the "
  "scheduling system (GTFS or CSV), and computes a power profile for every dispenser that "
  "respects a site import cap and time-of-use tariffs. Departure SoC is guaranteed per block; sessions "
  "are staggered after pull-in and throttled in real time from a meter at the point of common coupling. "
  "Typical depots cut peak demand 40-60% without added transformer capacity.",
  9, [60000, 350000], ["*"], 260)
T("depot_rl_proto", "深港智能交通研究院", "基于强化学习的公交场站充电调度原型系统",
  ["smart-grid", "electric-vehicles"],
  "高校与研究院联合研发的充电调度算法原型：以车辆SOC、排班计划和分时电价为输入，用深度强化学习实时生成"
  "每台充电桩的功率曲线，仿真显示可将场站最大需量降低约50%。目前已完成实验室仿真和单个场站10台桩的小规模"
  "验证，正在寻找合作场站开展示范。",
  6, [50000, 150000], ["CN-GD", "CN"], 200)
T("pile_power_share", "锐充电气", "直流充电堆柔性功率分配系统",
  ["electric-vehicles", "smart-grid"],
  "一体式直流充电堆，单堆480kW、可带12把充电枪，功率模块按枪动态分配，支持按枪均分或先到先充；可设定场站"
  "总功率上限，超限时各枪按比例降功率，防止变压器过载。本地控制器独立运行，不需要云平台，不读取车辆排班，"
  "适合新建或改造的公交、物流场站。",
  9, [70000, 200000], ["CN"], 120)
T("compact_substation", "Voltaris Power Equipment", "Prefabricated 2,500 kVA compact substation",
  ["smart-grid"],
  "Factory-assembled compact substation for depots and industrial sites: 10-35 kV ring main unit, "
  "2,500 kVA cast-resin or oil transformer and low-voltage switchboard with up to 24 feeders in one "
  "steel or concrete enclosure. Type tested to IEC 62271-202, internal arc classified, delivered "
  "pre-wired for connection within two days on site. Typical lead time 16-20 weeks; utility "
  "interconnection is the customer's responsibility.",
  9, [180000, 450000], ["*"], None)
T("depot_bess", "Voltstack Energy", "Behind-the-meter battery for depot peak shaving",
  ["energy-storage", "smart-grid"],
  "Outdoor LFP battery system of 250 kW / 500 kWh per cabinet pair, UL 9540A tested, for peak "
  "shaving and demand-charge management at depots, yards and maintenance buildings. The controller "
  "learns the site load profile and discharges to hold a monthly demand target, then recharges "
  "off-peak. Stackable to 2 MW / 4 MWh; 10-year performance warranty; can back up critical loads "
  "during an outage with an optional transfer switch.",
  9, [250000, 1600000], ["*"], 180)
# v2g_platform is defined with n29 (data_en.py) and graded 1 here.

N("n01", "深圳", "公交场站充电负荷调度优化询价", ["smart-grid"],
  "深圳巴士集团某综合场站夜间停放纯电动公交车约180辆，现有两台1250kVA专变。收车后21点到凌晨1点所有车辆同时"
  "插枪，变压器经常过载跳闸，需量电费也很高，可首班车6点才发车，时间其实是够的。供电局答复扩容要18个月，所以"
  "本项目不考虑增容或新增变压器，储能电池也不在采购清单里。希望在现有约60台直流桩的基础上，根据每辆车剩多少电、"
  "第二天几点出车和峰谷电价，自动安排谁先充、充多快，保证早班车都能满电出场。",
  400000, 8, "CN-GD", 300, "2027-03-31",
  answers=["depotflow"],
  alts=[("pile_power_share", "limits site power at the charger cabinet, but blind to SoC, blocks and tariffs")],
  sibs=[("compact_substation", 0, "more transformer capacity: ruled out (不考虑增容或新增变压器)"),
        ("depot_bess", 0, "stationary battery: ruled out (储能电池也不在采购清单里)"),
        ("v2g_platform", 1, "schedule-aware charging too, but built around bidirectional export")],
  traps=[("depot_rl_proto", "trl 6 < min_trl 8")])

# ---------------------------------------------------------------- n02 Hangzhou taxis
T("swap_sedan", "SwapGrid Mobility", "Automated battery swap stations for taxi and ride-hail sedans",
  ["electric-vehicles"],
  "Automated chassis-mount battery swap: the car drives onto the platform, the depleted pack is "
  "unbolted from below and a charged one fitted in under 3 minutes, with no driver action. Each "
  "station holds 13 packs, charges them at 60 kW each and occupies about 40 m2, the size of three "
  "parking bays. Swap-compatible sedans and MPVs from two OEM partners; compliant with GB/T 40032; "
  "battery leasing lowers the vehicle price for fleets.",
  9, [450000, 900000], ["*"], 1100)
T("swap_network_epc", "浙能换电投资", "城市级出租车换电网络投资建设（50座）",
  ["electric-vehicles"],
  "面向城市出租车和网约车的换电网络整体投资建设：一次性规划布局50座换电站、配套电池银行和运营平台，"
  "覆盖主城区3公里服务半径，含土建、电力接入、设备与十年运营，按城市特许经营模式合作。",
  9, [18000000, 45000000], ["CN"], 25000)
T("taxi_superhub", "极充能源", "出租车大功率超充站（城市快充枢纽）",
  ["electric-vehicles"],
  "面向出租车和网约车的城市快充枢纽，单站配置20至40个360kW液冷超充终端，10分钟可补能约200公里；"
  "配套司机休息室、便利店和洗车服务，典型占地2000至4000平方米，需新增10kV专线接入。",
  9, [600000, 1800000], ["CN"], 900)
T("taxi_wireless", "Inducta Charge", "Inductive charging pads for taxi ranks",
  ["electric-vehicles"],
  "Ground-embedded 75 kW inductive pads installed in a line along a taxi rank: as cabs creep forward "
  "in the queue, each one tops up wirelessly a few minutes at a time without the driver getting out. "
  "Vehicle receivers are retrofitted under the floor of supported EV models; SAE J2954 alignment; "
  "flush, snow-plough-safe pads rated for 40 t wheel loads. Pilots run with city taxi fleets in two countries.",
  8, [300000, 700000], ["*"], 300)

N("n02", "杭州", "出租车电动化补能方式征求意见", ["electric-vehicles"],
  "杭州市交通运输局拟推动主城区约9000辆巡游出租车全面电动化。座谈时司机最大的顾虑是补能时间：交接班中间只有"
  "20分钟左右，快充一次要40分钟以上，高峰期还得排队，等于少跑两三单。主城区土地紧张，再找大块地方建快充场站"
  "这条路已经走不通了。希望引入几分钟就能补满、一个站只占几个车位、可与车企合作推出配套车型的方案，先在两个片区试点。",
  2000000, 8, "CN-ZJ", 3000, "2027-06-30",
  answers=["swap_sedan"],
  sibs=[("taxi_superhub", 0, "big fast-charging hub on a large plot: ruled out (这条路已经走不通了)"),
        ("taxi_wireless", 1, "charging while queuing at ranks: another way to avoid dwell time")],
  traps=[("swap_network_epc", "cost_usd[0] 18,000,000 > budget 2,000,000")])

# ---------------------------------------------------------------- n03 Shanghai narrow-lane refuse trucks
T("small_erv_rcv", "Kerbline Vehicles", "Urbanette 4.5 t battery-electric rear-loader",
  ["electric-vehicles", "waste-treatment"],
  "Compact battery-electric refuse collection vehicle on a 4.5-tonne chassis: 1.9 m body width and a "
  "5.4 m turning circle for old-town streets. 6 m3 rear-loading compaction body with an EN 840 lifter "
  "for 120-660 L wheeled bins. A 110 kWh LFP pack covers a full shift (up to 9 t collected) with "
  "overnight charging; the electric PTO keeps packing noise below 65 dB(A), so crews can start before "
  "dawn. CE and CCC certified.",
  9, [120000, 180000], ["*"], 25)
T("small_erv_rcv_cn", "沪环专用车", "纯电动小型压缩式垃圾车（4.5吨级）",
  ["electric-vehicles", "waste-treatment"],
  "整车宽度1.95米，最小转弯直径11米，适合老城区窄巷作业；上装为后装压缩式，有效容积6立方米，配桶装垃圾"
  "提升机构，可挂120L/240L垃圾桶；搭载100kWh磷酸铁锂电池，单班收运8至9吨，夜间慢充；作业噪声低于68分贝，"
  "已列入工信部新能源专用车目录。",
  9, [90000, 140000], ["CN"], 22)
T("h2_rcv", "Hydrion Trucks", "Fuel-cell electric refuse truck, 18 t",
  ["electric-vehicles", "waste-treatment"],
  "18-tonne refuse collection vehicle with a 90 kW PEM fuel-cell range extender and 140 kWh buffer "
  "battery; 25 kg of hydrogen at 350 bar gives a 250 km day with compaction. Refuels in 10 minutes "
  "at a hydrogen station. Rear-loader or side-loader bodies, 20 m3. Suits large municipal fleets with "
  "access to hydrogen supply.",
  9, [450000, 600000], ["*"], 60)
T("e_trike_cart", "洁城电动车辆", "电动三轮保洁收集车",
  ["electric-vehicles", "waste-treatment"],
  "小型电动三轮收集车，车宽1.2米，可载两只240L垃圾桶或1.5立方米箱体，液压自卸；72V锂电池续航80公里，"
  "适合小巷保洁员短途收集，再转运到中转站或大车，无压缩功能。",
  9, [4000, 7000], ["CN"], 2)

N("n03", "上海", "老城区弄堂生活垃圾收运车辆新能源化", ["electric-vehicles"],
  "黄浦区绿化市容局：老城区弄堂和支马路宽度普遍不到4米，现在用的柴油小型垃圾车清晨作业，噪声和尾气投诉很多，"
  "居民说“天不亮就轰隆隆”。拟采购一批新能源收运车，要求进得了窄巷、一个班次能收8吨左右、能直接挂垃圾桶倒料"
  "并压实，晚上回场补电。区里没有加氢站也不打算建，氢燃料车型请勿报价。",
  1500000, 8, "CN-SH", 200, "2027-04-30",
  answers=["small_erv_rcv", "small_erv_rcv_cn"],
  sibs=[("h2_rcv", 0, "hydrogen truck: ruled out (氢燃料车型请勿报价), also too large"),
        ("e_trike_cart", 1, "small electric collection, but no compaction and not 8 t a shift")])

# ---------------------------------------------------------------- n04 Suzhou inland container ships
T("boxcell_marine", "Tidewell Marine Electric", "BoxCell swappable containerised marine battery",
  ["green-transportation", "energy-storage"],
  "20-ft ISO containerised battery systems (1.6 MWh LFP each, liquid cooled, IP67 modules) that the "
  "terminal's existing quay or gantry crane lifts on and off the vessel in under 15 minutes, so the ship "
  "never waits for a charge: depleted boxes are recharged at a shore-side yard while it sails on. "
  "Includes DC bus and motor integration and class-approved fire suppression; DNV and CCS type approved. Sold outright or as a service.",
  8, [1200000, 4000000], ["*"], 900)
T("lng_dual_fuel", "江海动力", "内河船舶LNG双燃料动力改造",
  ["green-transportation"],
  "为内河货船提供LNG/柴油双燃料主机改造，含LNG储罐、供气系统和安全监控，可降低硫氧化物和颗粒物排放，"
  "二氧化碳减排约15%至20%；需配套LNG加注码头或槽车加注。已完成长江、京杭运河多艘船舶改造。",
  9, [300000, 900000], ["CN"], 150)
T("ship_shore_charger", "港航充电科技", "内河电动船舶岸基大功率充电系统",
  ["green-transportation", "electric-vehicles"],
  "为固定电池的电动船舶提供码头充电：单套功率1至2MW，采用船岸自动连接装置，靠泊后自动插接充电；支持"
  "CCS规范，适合渡船和固定航线船舶，需码头具备10kV供电条件。",
  9, [400000, 1200000], ["CN"], 300)
T("methanol_engine", "Marinox Engines", "Methanol-ready marine engine conversion",
  ["green-transportation"],
  "Conversion of 4-stroke marine diesel engines to methanol dual-fuel operation with port injection, "
  "double-walled fuel piping and nitrogen-inerted tanks. Green methanol cuts well-to-wake CO2 by up "
  "to 90%; grey methanol mainly cuts SOx and PM. IGF Code and class-approved designs for inland and "
  "short-sea cargo ships, 500-3,000 kW.",
  8, [600000, 1800000], ["*"], 700)

N("n04", "苏州", "内河集装箱货船电动化示范项目", ["green-transportation"],
  "张家港港区至太仓港的内河航线上跑着一批64标箱级集装箱货船，单程约90公里，目前都是柴油主机。港航部门拟开展"
  "内河货船电动化示范。船东的反馈很直接：船上装固定电池，靠港充电要停好几个小时，周转吃不消；沿线码头也没有"
  "大容量供电条件。LNG动力前几年试过，加注太麻烦，本次不再考虑。希望提供动力改造和配套补能模式的整体方案，"
  "需获得船级社认可。",
  5000000, 7, "CN-JS", 1000, "2027-09-30",
  answers=["boxcell_marine"],
  sibs=[("lng_dual_fuel", 0, "LNG: ruled out (本次不再考虑)"),
        ("ship_shore_charger", 1, "electric ship with fixed battery charged at berth: the hours-long stop the owners dislike"),
        ("methanol_engine", 1, "another low-carbon propulsion, not electric")])

# ---------------------------------------------------------------- n05 Guangzhou airport APU replacement
T("pbb_gpu_pca", "Apron Power Systems", "Bridge-mounted 400 Hz GPU and PCA package",
  ["green-transportation", "clean-air"],
  "Point-of-use 400 Hz solid-state frequency converters (90-180 kVA, ISO 6858 and SAE ARP5015) and "
  "pre-conditioned air units (up to 180 kW cooling for widebody aircraft, two-stage, rated for 46 C "
  "ambient and high humidity) mounted under the passenger boarding bridge. Cable and hose retrievers, "
  "BMS interface and interlocks with the bridge controls let airlines shut the APU down within two "
  "minutes of on-block. One stand per package.",
  9, [180000, 320000], ["*"], 240)
T("pbb_gpu_only", "粤航地面设备", "登机桥400Hz静变电源",
  ["green-transportation"],
  "安装在登机桥下的400Hz静止变频电源，90kVA/180kVA可选，输出符合ISO 6858，配电缆卷盘和桥载控制联锁，"
  "可替代APU向飞机供电；不含飞机地面空调，空调需另行配置。",
  9, [60000, 120000], ["CN"], 90)
T("diesel_gpu", "Groundstar GSE", "Mobile diesel ground power unit, 140 kVA",
  ["green-transportation"],
  "Towable 140 kVA, 400 Hz ground power unit with a Tier 4 Final diesel engine, 28 V DC option for "
  "regional jets, sound-attenuated canopy (75 dB(A) at 7 m) and a 16-hour fuel tank. Serves remote "
  "stands and contingency operations where fixed ground power is not available.",
  9, [70000, 110000], ["*"], None)
T("e_baggage_tractor", "穗通机场设备", "电动行李牵引车",
  ["green-transportation", "electric-vehicles"],
  "机场行李和货物拖车用纯电动牵引车，额定牵引力25吨，磷酸铁锂电池一次充电可作业两个班次，支持机坪快充；"
  "替代柴油牵引车，降低机坪噪声和尾气排放，符合民航机场特种车辆标准。",
  9, [40000, 70000], ["CN"], 30)

N("n05", "广州", "白云机场近机位桥载设备替代APU实施方案", ["green-transportation"],
  "按民航局APU替代工作要求，白云机场T3部分近机位的航班过站期间仍然开着飞机上的小发动机供电、开空调，"
  "油耗和噪声都大。机场拟给32个近机位补装桥载设备，要求与现有登机桥集成，能覆盖C类到E类机型；广州夏天又热"
  "又潮，地面供冷能力要够。移动柴油电源车只作应急备用，不作为本次方案。",
  6000000, 8, "CN-GD", 5000, "2027-05-31",
  answers=["pbb_gpu_pca"],
  alts=[("pbb_gpu_only", "bridge-mounted ground power but no pre-conditioned air, so the APU still runs for cooling")],
  sibs=[("diesel_gpu", 0, "mobile diesel unit: ruled out (只作应急备用，不作为本次方案)"),
        ("e_baggage_tractor", 1, "apron emissions, but tractors, not aircraft power")])

# ---------------------------------------------------------------- n06 Chengdu bus signal priority
T("conditional_tsp", "Greenwave Transit Tech", "Conditional transit signal priority (TSP)",
  ["green-transportation"],
  "Centralised transit signal priority driven by the buses' own GPS/AVL: a request for green extension "
  "or early green is sent only for buses running behind schedule (configurable lateness threshold) and, "
  "optionally, above an occupancy level. Requests reach the existing controllers over NTCIP 1211 or "
  "vendor APIs, with no loops, emitters or roadside readers. Priority is capped per cycle to protect "
  "cross traffic; request logs support before/after analysis. Typical run-time savings 8-15%.",
  9, [200000, 800000], ["*"], 900)
T("rfid_tsp", "蓉信交通", "有源RFID公交信号优先系统",
  ["green-transportation"],
  "在路口安装RFID读写器，公交车装有源电子标签，车辆接近路口时信号机自动给予绿灯延长或红灯早断；"
  "所有公交车一律优先，不区分是否晚点；需在每个进口道安装读写设备并敷设通信线缆。",
  9, [150000, 500000], ["CN"], 500)
T("bus_lane_camera", "天眼智能交通", "公交专用道违法占用抓拍系统",
  ["green-transportation"],
  "沿公交专用道布设高清抓拍设备和车载前置摄像头，自动识别社会车辆违法占用专用道并生成执法证据，"
  "提升专用道通行效率；与交警非现场执法平台对接。",
  9, [100000, 400000], ["CN"], 200)
T("adaptive_signal", "Cadence Signal Systems", "Network-wide adaptive signal control",
  ["green-transportation"],
  "Adaptive traffic control that re-optimises splits, cycle lengths and offsets every cycle across a "
  "corridor or network from detector and video data, reducing stops and delay for all traffic by "
  "10-25%. Works with most NEMA and ATC controllers; requires stop-bar and advance detection at each "
  "approach. Central software, hosted or on-premise.",
  9, [300000, 1100000], ["*"], 1500)

N("n06", "成都", "干线公交信号优先系统建设项目询价", ["green-transportation"],
  "成都公交集团反映，二环外几条干线公交准点率不到70%，车子大量时间耗在路口等红灯上，乘客抱怨“一站路等三个红灯”。"
  "交管部门同意先拿约60个路口试点，但讲得很清楚：道路断面不动，不新划公交专用道，也不希望公交车一来就硬切灯，"
  "影响社会车辆。只对已经晚点的车“让一让”就行，要能和现有的信号机对接。",
  1200000, 8, "CN-SC", 1200, "2027-04-30",
  answers=["conditional_tsp"],
  alts=[("rfid_tsp", "signal priority, but unconditional and needs roadside readers at every approach")],
  sibs=[("bus_lane_camera", 0, "bus-lane enforcement: ruled out (不新划公交专用道)"),
        ("adaptive_signal", 1, "signal timing for all traffic, not priority for late buses")])

# ---------------------------------------------------------------- n07 Beijing hutong last mile
T("microhub_trikes", "Lastmile Loop", "Micro-hub container with electric cargo trikes",
  ["green-transportation", "electric-vehicles"],
  "A 20-ft micro-depot container (racking for 1,200 parcels, roll cages, charging for 12 batteries) "
  "placed at the edge of a dense district, restocked by one van run or two a day, and served by "
  "1.0 m-wide electric cargo trikes (250 W pedal assist, 1.5 m3 box, 150 kg payload, EN 17860). "
  "Multi-carrier software splits parcels by street and rider. Replaces 8-10 delivery vans per hub; "
  "deployed in historic centres in Europe and Asia.",
  9, [80000, 250000], ["*"], 140)
T("delivery_drone", "Skyparcel", "Parcel delivery drones with rooftop droppoints",
  ["green-transportation"],
  "Autonomous multirotor drones carrying up to 5 kg over 15 km, landing on rooftop or balcony drop "
  "boxes; beyond-visual-line-of-sight operations under national aviation authority approval, with "
  "geofencing and parachute recovery. Cuts van kilometres for urgent and medical parcels.",
  8, [200000, 800000], ["*"], 60)
T("av_delivery", "智行无人车", "L4级无人配送车",
  ["green-transportation", "electric-vehicles"],
  "L4级自动驾驶无人配送车，货箱容积3立方米，载重500公斤，续航120公里，激光雷达加视觉融合感知；"
  "需在政府开放的测试道路或示范区内取得路权后运营，适合园区和城市开放道路末端配送。",
  8, [60000, 120000], ["CN"], 20)
T("parcel_lockers", "邻递智能科技", "社区智能快递柜",
  ["green-transportation"],
  "在小区、街道设置智能快递柜，快递员一次投递多件，居民凭取件码自取，减少快递员上门次数；"
  "单组柜60至200格，4G联网，支持多家快递公司共用。",
  9, [5000, 20000], ["CN"], 10)

N("n07", "北京", "胡同片区快递末端配送绿色化试点", ["green-transportation"],
  "东城区胡同片区每天进出的快递包裹约4万件，各家快递的燃油三轮和面包车在胡同里穿来穿去、随地停车，堵路又冒烟。"
  "街道想和邮政、快递企业一起试点：在片区外围找地方设共享的中转点，最后一段路交给小型零排放车辆。胡同里无人车"
  "没有路权，无人机配送因为禁飞区根本行不通。需要车辆加中转点的整体方案，车宽不超过1米。",
  600000, 8, "CN-BJ", 150, "2027-03-31",
  answers=["microhub_trikes"],
  sibs=[("delivery_drone", 0, "drones: ruled out (因为禁飞区根本行不通)"),
        ("av_delivery", 0, "driverless vans: ruled out (无人车没有路权)"),
        ("parcel_lockers", 1, "fewer doorstep drops, but not a hub plus small vehicles")])

# ---------------------------------------------------------------- n08 Nanjing demand-responsive transit
T("microtransit", "RidePool Transit Software", "On-demand microtransit platform",
  ["green-transportation"],
  "Dynamic routing engine that pools trip requests in real time and assigns them to minibuses or vans, "
  "with virtual stops a short walk away. Riders book by app, web or call centre (for people without "
  "smartphones); drivers get tablets with turn-by-turn routing; accessibility flags per trip; fare "
  "integration with existing smartcard and QR systems. Replaces low-ridership "
  "fixed routes in suburbs, typically doubling passengers per vehicle-hour.",
  9, [150000, 600000], ["*"], 250)
T("dial_a_ride", "Callbus Systems", "Dial-a-ride booking and scheduling software",
  ["green-transportation"],
  "Scheduling software for advance-booked community transport: trips are booked by phone at least a day "
  "ahead, and dispatchers build manifests overnight with route optimisation. Eligibility management, "
  "driver manifests on paper or tablet, and monthly reporting. No same-day or app booking.",
  9, [40000, 150000], ["*"], 60)
T("av_shuttle", "Nomad Autonomy", "Autonomous electric minibus shuttle",
  ["green-transportation", "electric-vehicles"],
  "Level-4 autonomous electric shuttle for 12 passengers, 25 km/h, lidar and camera perception, remote "
  "supervision centre and wheelchair ramp. Runs on fixed or on-demand loops in business parks, campuses "
  "and low-speed public roads; an on-board safety operator is required in most jurisdictions.",
  8, [350000, 900000], ["*"], 30)
T("bus_network_opt", "金陵公交软件", "公交线网与排班优化软件",
  ["green-transportation"],
  "基于公交IC卡和GPS数据分析客流OD，优化线路走向、发车间隔和车辆排班，生成行车计划和司机排班表；"
  "适用于固定线路公交的线网调整和运力配置，可降低空驶里程10%左右。",
  9, [80000, 300000], ["CN"], 300)

N("n08", "南京", "郊区低客流公交线路优化——需求响应式公交", ["green-transportation"],
  "江宁区部分郊区公交线路日均客流不到200人次，12米大巴经常空跑，可一撤线就有投诉，尤其是老人去医院、学生放学。"
  "区交通局想把几条固定线路改成“提前约、拼着坐、接到家门口附近”的模式：乘客用小程序或打电话预约，用小中巴，"
  "按当时有多少人约车来安排路线。自动驾驶小巴技术上还不够成熟，这次不做。要有调度软件、乘客端和司机端，"
  "能接现有公交卡付费。",
  800000, 8, "CN-JS", 300, "2027-06-30",
  answers=["microtransit"],
  alts=[("dial_a_ride", "pooled booked trips, but day-ahead phone booking only, no real-time routing or app")],
  sibs=[("av_shuttle", 0, "driverless minibus: ruled out (这次不做)"),
        ("bus_network_opt", 1, "optimises fixed routes rather than replacing them with booked trips")])

# ---------------------------------------------------------------- n09 Tianjin bus AC refrigerant
T("r744_bus_hp", "Polar Transit Climate", "R744 (CO2) heat-pump HVAC for battery-electric buses",
  ["hfc-alternatives", "electric-vehicles"],
  "Roof-mounted transcritical CO2 (R744, GWP 1) heat pump for 12 m battery-electric buses: 30 kW "
  "cooling and 28 kW heating, with efficient heating down to -20 C and COP of 2 or more at -10 C, "
  "replacing PTC heaters and extending winter range by up to 25%. Non-flammable A1 refrigerant, "
  "hermetic electric compressor on the HV bus, ECE R122 compliant, retrofit kits for common roof "
  "openings.",
  9, [9000, 14000], ["*"], 8)
T("r290_bus_ac", "Propaclima", "R290 secondary-loop bus air conditioning",
  ["hfc-alternatives"],
  "Hermetically sealed propane (R290, GWP 3) chiller module on the bus roof with a water-glycol "
  "secondary loop to the cabin heat exchangers, keeping the flammable charge below 1.5 kg and outside "
  "the passenger space. Cooling 24-32 kW; heat-pump mode to -10 C.",
  8, [8000, 12000], ["*"], 7)
T("r1234yf_bus_ac", "津冷车辆空调", "R1234yf环保冷媒公交空调",
  ["hfc-alternatives"],
  "采用R1234yf（GWP小于1）的顶置式公交空调，制冷量28kW，可直接替换原R134a机组的安装位置；冬季仍需"
  "配置PTC电加热采暖，不具备热泵功能。R1234yf属弱可燃（A2L）冷媒。",
  9, [6000, 9000], ["CN"], 5)

N("n09", "天津", "纯电动公交空调冷媒替代及冬季采暖", ["hfc-alternatives"],
  "天津公交现有纯电动公交车的空调大多用R134a，冬天还得靠电加热片取暖，零下10度时一趟跑下来电掉得特别快。"
  "集团落实基加利修正案，准备在新购车里试点环保冷媒空调，希望冷媒对气候影响越小越好，最好顺带把冬天取暖耗电的问题"
  "也解决了。考虑车厢里人多，丙烷这类可燃冷媒我们不予采用。",
  800000, 8, "CN-TJ", 150, "2027-10-31",
  answers=["r744_bus_hp"],
  sibs=[("r290_bus_ac", 0, "propane: ruled out (可燃冷媒我们不予采用)"),
        ("r1234yf_bus_ac", 1, "low-GWP drop-in, but no heat pump and mildly flammable")])

# ---------------------------------------------------------------- n10 Ningbo freight carbon footprint
T("freightprint", "Freightprint", "Shipment-level freight emissions calculator (ISO 14083, GLEC)",
  ["ghg-data", "green-transportation"],
  "API and web tool that computes well-to-wheel GHG emissions per consignment from origin, destination, "
  "mode legs, vehicle type, payload and empty running, using GLEC Framework default factors or primary "
  "fuel data where carriers have it. Accredited by the Smart Freight Centre; outputs ISO 14083-conformant "
  "statements per shipment and Scope 3 data for shippers' CDP and CSRD disclosures. Integrates with TMS and freight-forwarding systems via REST; no hardware.",
  9, [20000, 120000], ["*"], None)
T("freight_cf_cn", "链碳科技", "物流运输碳足迹核算SaaS（符合ISO 14083）",
  ["ghg-data", "green-transportation"],
  "面向货代、车队和物流园区的运输碳足迹核算平台：按运单导入起讫点、运输方式、车型和装载率，依据ISO 14083"
  "和GLEC框架计算公路、铁路、水路多式联运各段排放，生成中英文运单级碳排放报告，可供出口客户审核；支持"
  "与TMS系统接口对接，无需安装硬件。",
  9, [15000, 80000], ["CN"], None)
T("co2_telematics", "甬行物联", "车载尾气二氧化碳在线监测终端",
  ["ghg-data", "clean-air"],
  "安装在货车排气管和OBD接口上的监测终端，实时采集油耗、二氧化碳和氮氧化物排放数据，通过4G上传平台，"
  "按车辆统计碳排放；每台车需单独安装，适用于自有车队。",
  9, [30000, 200000], ["CN"], None)
T("corp_carbon_saas", "碳阅数据", "企业碳排放管理平台",
  ["ghg-data"],
  "面向企业和公共机构的组织层面碳盘查系统，按ISO 14064和温室气体核算体系计算范围一、二排放，管理能源账单"
  "和排放因子，生成年度温室气体清单和核查材料，支持多法人、多站点汇总。",
  9, [10000, 60000], ["*"], None)
T("warehouse_pv", "东港光能", "物流仓库屋顶分布式光伏",
  ["renewable-energy"],
  "为物流园区仓库钢结构屋顶提供分布式光伏投资建设，采用轻质支架和双玻组件，合同能源管理模式零投入，"
  "园区企业以折扣电价用电，单个仓库装机1至5MW。",
  9, [500000, 4000000], ["CN"], 2500)

N("n10", "宁波", "物流园区货运碳足迹核算服务采购", ["ghg-data"],
  "宁波某物流枢纽园区入驻约120家货代、车队和仓储企业。最近越来越多的欧洲客户要求按票提供运输环节的碳排放数据，"
  "还强调要用“第三方认可的方法”，企业基本都是拍脑袋估算应付。园区管委会想采购一项服务，能按每票货的线路、车型、"
  "装了多少货以及公路、铁路、海运各段分别算出排放，出具客户认可的报告。不打算在车辆上加装任何新的监测硬件。",
  150000, 7, "CN-ZJ", None, "2027-02-28",
  answers=["freightprint", "freight_cf_cn"],
  sibs=[("co2_telematics", 0, "on-vehicle sensors: ruled out (不打算在车辆上加装任何新的监测硬件)"),
        ("corp_carbon_saas", 1, "organisation-level inventory, not per-shipment freight emissions")],
  setting=[("warehouse_pv", "same logistics park, different problem (power supply)")])

# ---------------------------------------------------------------- n11 Wuhan retired bus batteries
T("lfp_hydromet", "Circulith Materials", "Hydrometallurgical LFP battery recycling service",
  ["waste-treatment"],
  "Collection, discharge and pack dismantling at the customer's site, UN3480 transport, then mechanical "
  "processing to black mass and a hydrometallurgical refinery that recovers lithium as battery-grade "
  "lithium carbonate (90% or more Li recovery) plus iron phosphate precursor and copper and aluminium "
  "foils. Chain-of-custody certificates per pack serial number; plants in Hubei and "
  "Jiangsu; on the MIIT recycling list.",
  9, [100000, 900000], ["CN", "US"], 3000)
T("second_life_ess", "楚储新能源", "退役动力电池梯次利用储能柜",
  ["energy-storage", "waste-treatment"],
  "将退役公交、物流车磷酸铁锂电池包检测分选后重组为储能柜，单柜215kWh，用于场站削峰填谷和备用电源；"
  "电池健康度70%以上即可利用，延长电池使用寿命5至8年，降低储能投资30%。",
  8, [80000, 400000], ["CN"], 200)
T("pyro_smelting", "Fornax Metals", "High-temperature smelting of spent lithium-ion batteries",
  ["waste-treatment"],
  "Whole battery modules are fed to a shaft furnace with no pre-sorting; cobalt, nickel and copper are "
  "recovered in an alloy for refining, while lithium, aluminium and graphite go to the slag. Accepts "
  "mixed chemistries; best economics for nickel-rich cells, low value recovery from LFP.",
  9, [150000, 800000], ["*"], 1200)
T("direct_relith", "ReCathode Labs", "DirectLoop cathode relithiation pilot",
  ["waste-treatment"],
  "Direct recycling that restores spent LFP cathode powder by hydrothermal relithiation, skipping "
  "dissolution and re-precipitation; lab cells show capacity equal to virgin material with far lower "
  "energy and reagent use. A 100 t/year pilot line is being commissioned.",
  5, [200000, 700000], ["*"], 2500)

N("n11", "武汉", "退役公交动力电池回收处置询价", ["waste-treatment"],
  "武汉公交集团首批纯电动公交已经跑满8年，今后三年每年要换下来的磷酸铁锂电池包约1500吨。集团曾经讨论过拆下来"
  "放在场站里当储能再用一轮，但消防部门对场站里大规模放电池顾虑很大，最后定了：不走二次利用这条路，直接交给有资质"
  "的企业拆解再生。要求回收方在工信部名单内，锂、铁、磷等材料回收率有明确指标，能上门拆包运走，每一包电池都能"
  "追溯到处置凭证。",
  1000000, 8, "CN-HB", 3000, "2027-01-31",
  answers=["lfp_hydromet"],
  sibs=[("second_life_ess", 0, "second-life storage: ruled out (不走二次利用这条路)"),
        ("pyro_smelting", 1, "recycling, but loses lithium to slag; poor for LFP")],
  traps=[("direct_relith", "trl 5 < min_trl 8")])

# ---------------------------------------------------------------- n12 Qingdao port roads high emitters
T("rsd_exhaust", "Plumetrace Instruments", "Open-path remote sensing device (RSD) for vehicle exhaust",
  ["clean-air"],
  "Roadside laser and UV spectroscopy across one or two lanes measures NO, NO2, CO, HC and CO2 ratios and "
  "opacity in the exhaust plume of each passing vehicle within half a second, together with speed, "
  "acceleration and an ANPR plate image. High emitters are flagged against configurable cut-points and "
  "pushed to enforcement databases. Unattended, 3,000+ vehicles per hour, conforms to HJ 845; fixed "
  "or mobile trailer versions.",
  9, [150000, 400000], ["*"], None)
T("smoke_camera", "青环视讯", "黑烟车电子抓拍系统",
  ["clean-air"],
  "利用高清摄像机和图像识别算法自动识别排放黑烟的机动车，判定林格曼黑度并抓拍车牌，生成电子证据推送执法平台；"
  "只能识别可见黑烟，无法测量氮氧化物等气态污染物。",
  9, [40000, 120000], ["CN"], None)
T("pems", "测迅环境", "车载便携式排放测试系统（PEMS）",
  ["clean-air"],
  "安装在被测车辆上的便携式排放测试系统，实际道路行驶中测量氮氧化物、颗粒物数量和二氧化碳，符合国六实际"
  "道路排放测试要求；每次测试需要装车调试约2小时。",
  9, [120000, 300000], ["CN"], None)
T("lowcost_sensors", "AirGrid Networks", "Low-cost NO2 and PM2.5 sensor network",
  ["clean-air"],
  "Solar-powered electrochemical NO2 and optical PM2.5 nodes mounted on lamp posts every few hundred "
  "metres, co-located calibration against a reference station, 1-minute data on a public dashboard. "
  "Shows hot spots and trends; does not attribute pollution to individual vehicles.",
  9, [30000, 150000], ["*"], None)
# truck_appointment (n19, data_en.py) is a setting distractor here.

N("n12", "青岛", "港区周边道路柴油货车尾气监测能力建设", ["clean-air"],
  "前湾港区周边道路每天通行的集装箱卡车超过3万辆次，附近居民区二氧化氮浓度常年偏高。生态环境局判断是少数排放"
  "特别差的车贡献了大头，但靠路查路检一天也查不了几十辆。拟在进出港的主要道路上设点，车子正常开过去就能自动测出"
  "尾气并拍下车牌，筛出高排放车推给执法。要在车上装设备、或者要司机停车配合检测的办法，我们不接受。",
  900000, 8, "CN-SD", None, "2027-05-31",
  answers=["rsd_exhaust"],
  alts=[("smoke_camera", "flags vehicles in passing with plates, but only visible smoke, no NOx")],
  sibs=[("pems", 0, "on-board testing: ruled out (要在车上装设备……我们不接受)"),
        ("lowcost_sensors", 1, "measures air quality, not individual vehicles")],
  setting=[("truck_appointment", "same port-road setting, solves gate queues not emitter detection")])

# ---------------------------------------------------------------- n13 Foshan metro depot compressed air
T("air_audit", "AirAudit Engineering", "Compressed air assessment with acoustic leak imaging",
  ["energy-efficiency"],
  "ISO 11011 compressed air assessment: seven days of logging flow, pressure and kW, then an acoustic "
  "imaging camera that locates leaks down to 0.1 l/min at 10 m, including in trenches and ceiling "
  "voids; every leak is tagged and valued per year. Follow-up package: pressure-band master controller "
  "that sequences the existing compressors, and zone isolation valves that close off-shift. Typical "
  "savings 20-35% with no new compressors.",
  9, [15000, 80000], ["*"], 250)
T("air_audit_cn", "节气宝能源服务", "压缩空气系统节能诊断与超声波检漏整改",
  ["energy-efficiency"],
  "对工厂和车辆段压缩空气系统做全面诊断：连续记录流量、压力和电耗，用超声波成像仪逐段查找管网泄漏并挂牌"
  "编号，核算每处泄漏的年损失；整改内容包括堵漏、分区电磁阀夜间自动关断和多台空压机联控，主机不动，"
  "一般节电20%至30%。",
  9, [10000, 60000], ["CN"], 200)
T("pm_vsd_compressor", "佛力压缩机", "永磁变频螺杆空压机",
  ["energy-efficiency"],
  "永磁同步电机直驱、全变频调节的螺杆空压机，功率37至250kW，比工频加卸载机组节能25%至35%，一级能效；"
  "需整机替换原有空压机。",
  9, [20000, 90000], ["CN"], 220)
T("compressor_heat_rec", "Thermloop", "Heat recovery from air compressors",
  ["energy-efficiency"],
  "Plate heat exchanger kits that capture up to 90% of the oil-circuit heat of screw compressors to make "
  "hot water at 70 C for washing, showers or space heating. Bolt-on for 30-315 kW units; recovers "
  "heat but does not reduce compressed air demand.",
  9, [8000, 40000], ["*"], 80)
T("depot_led", "明辉照明", "检修库LED高天棚灯（感应调光）",
  ["energy-retrofits"],
  "适用于车辆段检修库、车库和仓库的LED高天棚灯，光效160lm/W，IP65，内置微波感应与日光感应，无人时自动"
  "调至20%亮度，替换金卤灯节电60%以上；支持蓝牙Mesh分组控制，免重新布线。",
  9, [20000, 150000], ["CN"], 120)

N("n13", "佛山", "地铁车辆段检修库压缩空气系统节能诊断", ["energy-efficiency"],
  "佛山地铁某车辆段检修库有3台110kW螺杆空压机，给风动工具、转向架清洗和列车制动试验供气。晚上和周末基本没人"
  "用气，机器却照样一会儿加载一会儿卸载，全年电耗将近90万度。大家都怀疑管子漏得厉害，可管路都在地沟和夹层里，"
  "靠耳朵听根本找不到。想请专业团队来一次全面诊断并整改；空压机主机今年刚大修过，暂不更换。",
  120000, 8, "CN-GD", 250, "2027-03-31",
  answers=["air_audit", "air_audit_cn"],
  sibs=[("pm_vsd_compressor", 0, "new compressors: ruled out (暂不更换)"),
        ("compressor_heat_rec", 1, "compressor energy, but recovers heat instead of cutting waste")],
  setting=[("depot_led", "same depot workshop, lighting not compressed air")])

# ---------------------------------------------------------------- n14 Chongqing control-centre UPS
T("modular_ups", "Kilowatt Modular Power", "Modular lithium-ion UPS with hot-swappable power modules",
  ["green-data-centers"],
  "Scalable 50 kW hot-swappable power modules in a 600 kVA frame, so installed capacity tracks the real "
  "IT load while N+1 redundancy is kept inside each frame; double-conversion efficiency of 96.5-97% at "
  "20-40% load and 99% in eco mode, with module sleep at light load. LFP battery cabinets with a "
  "15-year design life need 60-70% less floor space than VRLA strings. Live cut-over through an "
  "external maintenance bypass, one system at a time.",
  9, [90000, 400000], ["*"], 180)
T("ups_full_epc", "Kilowatt Modular Power", "Data-centre power chain rebuild EPC (2 MW)",
  ["green-data-centers"],
  "Turnkey replacement of a data centre's entire power chain: medium-voltage switchgear, transformers, "
  "2 MW of modular UPS, lithium battery rooms, busway and PDUs, designed and built as one project with "
  "temporary power during the works.",
  9, [950000, 2800000], ["*"], 400)
T("iec_cooling", "渝冷环境", "数据中心间接蒸发冷却机组",
  ["green-data-centers"],
  "采用间接蒸发冷却技术的数据中心空调机组，室外空气与机房回风通过换热芯体间接换热，全年大部分时间无需压缩机"
  "制冷，制冷量100至400kW，可将机房PUE降至1.3以下。",
  9, [150000, 500000], ["CN"], 400)
T("flywheel_ups", "Rotaflux", "Flywheel UPS for data centres",
  ["green-data-centers"],
  "Magnetically levitated steel flywheel storing 20-40 seconds of ride-through at up to 625 kW, paired "
  "with standby generators; 98% efficiency, no chemical batteries, 20-year life. Needs a generator that "
  "starts within seconds; does not give minutes of autonomy.",
  9, [120000, 450000], ["*"], 100)

N("n14", "重庆", "交通运行监测调度中心机房UPS系统节能改造", ["green-data-centers"],
  "重庆市交通运行监测与应急调度中心机房现有两台400kVA工频塔式UPS，2N配置，实际负载只有15%左右。UPS自己发热大，"
  "空调跟着多耗电；铅酸电池每四年换一次，电池间占了半层楼。准备改造，要求不停机、分步实施，供电可靠性不能降。"
  "机房空调去年刚改完，这次不动。",
  600000, 8, "CN-CQ", 150, "2027-08-31",
  answers=["modular_ups"],
  sibs=[("iec_cooling", 0, "cooling retrofit: ruled out (空调……这次不动)"),
        ("flywheel_ups", 1, "battery-free UPS, but seconds of ride-through only")],
  traps=[("ups_full_epc", "cost_usd[0] 950,000 > budget 600,000")])

# ---------------------------------------------------------------- n15 Shaoxing highway service area sewage
T("mbbr_rest_area", "Wayside Water Systems", "Packaged MBBR with flow equalisation for highway rest areas",
  ["clean-water"],
  "Modular moving-bed biofilm reactor trains behind a large equalisation tank with level-controlled feed, "
  "designed for peak-to-average flow ratios up to 8:1. The attached biofilm on 800 m2/m3 carriers "
  "survives low-load weeks without washout, and extra trains switch in automatically on peak days. "
  "Tertiary disc filter and UV; effluent NH3-N below 5 mg/L and TN below 15 mg/L. Skid-mounted, "
  "200 m3/d in about 250 m2.",
  9, [180000, 600000], ["*"], 80)
T("mbr_fixed", "浙水环境", "地埋式一体化MBR污水处理设备（100吨/天）",
  ["clean-water"],
  "一体化MBR膜生物反应器设备，处理量100吨/天，出水可达一级A；设备地埋安装，占地约120平方米，自动化运行。"
  "按设计水量连续进水，进水波动过大时需另设调节池。",
  9, [60000, 150000], ["CN"], 30)
T("sewage_tanker", "绍运环卫", "污水吸污外运服务车",
  ["clean-water"],
  "10立方米真空吸污车，定期抽运化粪池和污水池，运至城镇污水厂集中处理；按车次收费，适合没有管网的"
  "分散场所应急或长期外运。",
  9, [20000, 80000], ["CN"], None)
T("constructed_wetland", "Reedbed Solutions", "Subsurface-flow constructed wetland",
  ["clean-water", "nature-based"],
  "Vertical and horizontal subsurface-flow reed beds that polish septic or secondary effluent with no "
  "energy input; about 3-5 m2 per population equivalent, so a 200 m3/d flow needs several thousand "
  "square metres. Robust to load swings once established; planted with native reeds.",
  9, [80000, 400000], ["*"], 20)

N("n15", "绍兴", "高速公路服务区污水处理设施提标改造", ["clean-water"],
  "省交投下属某高速服务区现有地埋式一体化污水设备，处理能力80吨/天，平时进水只有30吨左右；一到春节、国庆，"
  "客流翻几倍，污水冲到200吨以上，出水氨氮严重超标，平时又因为水太少，池子里的菌“饿死”了。要求改完后出水稳定"
  "达到一级A，占地不能再增加太多（现有场地约300平方米）。附近没有市政管网，把污水拉走的办法请不要报。",
  700000, 8, "CN-ZJ", 80, "2027-04-30",
  answers=["mbbr_rest_area"],
  alts=[("mbr_fixed", "packaged plant to the right standard, but sized for steady flow, no peak handling")],
  sibs=[("sewage_tanker", 0, "haul-away: ruled out (把污水拉走的办法请不要报)"),
        ("constructed_wetland", 1, "biological polishing by reed beds; needs far more land")])
