"""English needs 16-30 (California transport and mobility buyers) and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n16 Fresno layover charging, weak feed
T("buffered_charger", "蓄能桥科技", "储能缓冲式直流快充站",
  ["energy-storage", "electric-vehicles"],
  "内置420kWh磷酸铁锂储能的一体式直流充电站，低压小容量接入（最小150kVA）即可在两次充电之间慢慢把储能补满，"
  "对车辆以最高450kW输出，可配顶弓受电弓或CCS枪；整站占地约一个车位，通过UL 9540和UL 2202认证，"
  "已在美国多个交通局部署。",
  9, [550000, 900000], ["CN", "US"], 300)
T("battery_trailer", "ChargeCaddy", "Towable battery charging trailer",
  ["energy-storage", "electric-vehicles"],
  "Road-legal trailer carrying a 250 kWh LFP pack and a 120 kW DC dispenser with a CCS1 cable. It is "
  "recharged overnight at the depot and parked wherever vehicles need a top-up: events, detours, yards "
  "awaiting utility service. Tows behind a Class 5 pickup; ETL listed; rental or purchase.",
  9, [180000, 260000], ["*"], 60)
T("pantograph_charger", "Overhead Energy", "Inverted pantograph on-route charger, 450 kW",
  ["electric-vehicles"],
  "Mast-mounted inverted pantograph that lowers onto the roof rails of a bus at a layover and delivers "
  "150-600 kW per SAE J3105. Requires a dedicated utility service (typically 1 MVA) and a pad-mounted "
  "transformer at the site; power cabinets can sit up to 150 m away.",
  9, [350000, 650000], ["*"], 250)
T("fcev_bus", "Hydrion Trucks", "40-ft fuel-cell electric transit bus",
  ["electric-vehicles"],
  "Hydrogen fuel-cell bus with a 100 kW fuel cell and 40 kWh battery, about 300 miles per fill, 10-minute "
  "refuelling at a depot hydrogen station; Altoona tested. Eliminates mid-route charging but needs a "
  "hydrogen supply contract and fuelling station.",
  9, [1100000, 1300000], ["*"], 90)
T("supercap_stop", "Flashpoint Mobility", "Supercapacitor flash-charging bus stop",
  ["energy-storage", "electric-vehicles"],
  "Ultracapacitor bank at the stop recharges from a small feed between buses and dumps 600 kW into the "
  "bus in 15-20 seconds while passengers board. Two-stop pilot with a research bus completed; "
  "pre-commercial.",
  6, [400000, 800000], ["*"], 200)
T("solar_shelter", "Brightstop Street Furniture", "Solar-powered bus shelter with real-time arrival display",
  ["renewable-energy", "green-transportation"],
  "Off-grid bus shelter with a 400 W roof panel and battery powering LED lighting, a real-time arrival "
  "e-paper display and a USB charging point; no trenching for power. Powder-coated aluminium, ADA "
  "compliant, installed in a day.",
  9, [15000, 35000], ["*"], 1)

N("n16", "Fresno", "Top-up charging at an on-street layover where grid service is years away",
  ["energy-storage"],
  "Fresno's transit agency is converting Route 38 to battery-electric buses. They lay over for 12-15 "
  "minutes at a turnaround on the north edge of town and will need a top-up there, but PG&E says a new "
  "1 MW service at that corner is 24 to 36 months out. What we can get now is the existing 200 A, 480 V "
  "three-phase feed that runs the shelter and the street lights. We need something that can put "
  "300-450 kW into a bus during layover from that small feed. A new utility service or substation is not "
  "on the table for this phase. The footprint available is one parking stall plus the sidewalk.",
  1200000, 8, "US-CA", 300, "2027-07-01",
  answers=["buffered_charger"],
  alts=[("battery_trailer", "battery-buffered charging from no grid upgrade, but only 120 kW")],
  sibs=[("pantograph_charger", 0, "needs a 1 MVA service: ruled out (not on the table for this phase)"),
        ("fcev_bus", 1, "avoids layover charging by a different fuel"),
        ("depot_bess", 1, "stationary battery, but for peak shaving, no high-power dispenser")],
  setting=[("solar_shelter", "same layover stop, shelter power not bus charging")],
  traps=[("supercap_stop", "trl 6 < min_trl 8")])

# ---------------------------------------------------------------- n17 Sacramento school bus yard solar
T("highspan_carport", "晴廊新能源", "大跨度高净空光伏车棚（单立柱悬挑）",
  ["renewable-energy"],
  "钢结构光伏车棚采用T型或Y型单排立柱、双向悬挑，柱距最大18米，净空4.5至5.5米，大巴和高空作业车可直接通行；"
  "按ASCE 7和加州CBC风雪荷载与抗震设计，可集成充电桩线槽和LED照明。组件为双面双玻580W，1MW约覆盖90个大车位，"
  "北美项目提供结构计算书。",
  9, [1500000, 2600000], ["CN", "US"], 700)
T("heavy_carport_2col", "Canopy Structures West", "Heavy-vehicle solar carport, two-post frame",
  ["renewable-energy"],
  "Steel solar canopy for truck and bus parking with 14 ft clearance, built on a two-post portal frame "
  "with posts every 30 ft on both sides of each row; PE-stamped for California seismic zones, "
  "with conduit for future chargers.",
  9, [1300000, 2300000], ["*"], 650)
T("car_carport", "SunShade Carports", "Standard cantilever solar carport",
  ["renewable-energy"],
  "Single-post cantilever carport for passenger-car parking: 9.5 ft clearance, 18 x 36 ft bays, "
  "galvanised steel, 400-550 W modules; quick pier foundations. Designed for office, school and retail "
  "car parks.",
  9, [900000, 1800000], ["*"], 600)
T("rooftop_ballast", "Ridgeline Solar", "Ballasted rooftop PV system",
  ["renewable-energy"],
  "Non-penetrating rooftop solar on concrete ballast trays for flat and low-slope roofs, 4-6 lb/sq ft "
  "added dead load; fast installation with no roof penetrations. Structural review of the roof is "
  "required.",
  9, [700000, 1500000], ["*"], 600)
T("yard_microgrid_epc", "Ridgeline Solar", "Bus-yard solar-plus-storage microgrid EPC (3 MW)",
  ["renewable-energy", "energy-storage"],
  "Design-build of a 3 MW solar canopy field with 6 MWh of batteries and a microgrid controller that "
  "islands the bus yard during outages; includes utility interconnection and 20-year O&M.",
  9, [5200000, 9000000], ["*"], 2100)

N("n17", "Sacramento", "Solar over the school bus yard", ["renewable-energy"],
  "Our unified school district parks 140 buses (about 45 are electric, more are coming) in an open "
  "asphalt yard. The board wants on-site solar to offset charging. The maintenance building's roof is "
  "old and the structural engineer won't allow any added load on it, and there's no spare land, so it "
  "has to go over the parking. Type C buses are about 10.5 ft tall with roof hatches, and drivers already "
  "complain about hitting posts in the current shade structures, so we want as few posts as possible "
  "and enough clearance for a boom truck. Size is roughly 1 MW DC.",
  2800000, 8, "US-CA", 700, "2027-08-15",
  answers=["highspan_carport"],
  alts=[("heavy_carport_2col", "canopy over buses with clearance, but many posts on both sides")],
  sibs=[("rooftop_ballast", 0, "roof-mounted: ruled out (engineer won't allow any added load)"),
        ("car_carport", 1, "solar over parking, but 9.5 ft clearance cannot cover buses")],
  traps=[("yard_microgrid_epc", "cost_usd[0] 5,200,000 > budget 2,800,000")])

# ---------------------------------------------------------------- n18 San Diego paratransit ZEVs
T("lowfloor_ev_minibus", "衡远客车", "7.5米纯电动低地板无障碍中巴",
  ["electric-vehicles"],
  "7.5米低地板纯电动中巴，可设3个轮椅位加12个座位，电动伸缩坡道符合ADA和FMVSS；282kWh磷酸铁锂电池，"
  "实测续航约320公里（200英里），CCS1直流快充；已完成美国Altoona测试，北美工厂总装，满足Buy America要求。",
  9, [280000, 340000], ["US", "CN"], 25)
T("ev_cutaway_short", "Gradient Coach", "Electric cutaway bus, 22 ft",
  ["electric-vehicles"],
  "Battery-electric cutaway on a Class 4 chassis with a rear wheelchair lift and two securement "
  "positions plus 12 seats; 113 kWh pack for about 120 miles; Level 2 and DC charging; on the state "
  "purchasing schedule.",
  9, [210000, 250000], ["*"], 18)
T("ev_minivan_conv", "Mobility Motors Conversion", "Electric minivan rear-entry wheelchair conversion",
  ["electric-vehicles"],
  "Lowered-floor rear-entry conversion of a battery-electric minivan: one wheelchair position and up to "
  "four ambulatory seats, 240-mile range, fold-out ramp. Suited to taxi and NEMT trips.",
  9, [75000, 95000], ["*"], 8)
T("fc_cutaway", "Hydrion Trucks", "Hydrogen fuel-cell cutaway shuttle",
  ["electric-vehicles"],
  "24-ft cutaway with a 45 kW fuel cell and small battery, 250-mile range, wheelchair lift, three "
  "positions; refuels in 8 minutes at 700 bar. Requires access to a hydrogen station.",
  8, [330000, 380000], ["*"], 22)
T("paratransit_sched", "Routewise ADA", "Paratransit scheduling and dispatch software",
  ["green-transportation"],
  "Eligibility, trip booking, automated scheduling and real-time dispatch for ADA paratransit; IVR "
  "reminders and rider app. Improves on-time performance and trips per hour.",
  9, [100000, 500000], ["*"], 40)

N("n18", "San Diego", "Zero-emission vehicles for the ADA paratransit fleet", ["electric-vehicles"],
  "Our ADA paratransit contractor runs 160 gasoline cutaways (22-24 ft, 2-4 wheelchair positions) on "
  "days of up to 180 miles, with drivers on split shifts. Under the Innovative Clean Transit rule we "
  "have to start buying zero-emission vehicles. We've looked at converted minivans, but they carry one "
  "wheelchair, which doesn't work for our group trips to day programs. We need a purpose-built "
  "zero-emission small bus with a lift or ramp that meets ADA, that can do a full day, and that has "
  "been through Altoona testing.",
  3500000, 8, "US-CA", 500, "2027-06-30",
  answers=["lowfloor_ev_minibus"],
  alts=[("ev_cutaway_short", "purpose-built ZE cutaway with lift, but 120 miles is short of a full day")],
  sibs=[("ev_minivan_conv", 0, "converted minivan, one wheelchair: ruled out (doesn't work for our group trips)"),
        ("fc_cutaway", 1, "zero-emission by hydrogen rather than battery")],
  setting=[("paratransit_sched", "same paratransit service, software not vehicles")])

# ---------------------------------------------------------------- n19 Long Beach terminal gate queues
T("truck_appointment", "港捷信息", "码头集卡预约与智能闸口系统",
  ["green-transportation", "clean-air"],
  "集卡预约平台按时段发放提箱和进箱配额，司机用手机App选择时段，系统按堆场作业计划动态调整各时段额度；"
  "智能闸口采用OCR箱号与车牌识别、RFID和自助终端，进闸时间压缩到30秒以内；提供排队长度和在港时间看板，"
  "可与Navis N4等码头操作系统对接。",
  9, [300000, 1200000], ["*"], 1500)
T("gate_appt_en", "Harborline Systems", "Truck appointment system with automated gate processing",
  ["green-transportation"],
  "Web and mobile booking of pickup and drop-off windows against yard capacity, with dual-transaction "
  "matching so a truck that drops an export also picks up an import. Optical character recognition "
  "portals and pedestal kiosks process a truck in under a minute; turn-time and queue reporting for "
  "port authorities.",
  9, [250000, 900000], ["*"], 1200)
T("gate_expansion", "Pacific Terminal Builders", "Marine terminal gate complex design-build",
  ["green-transportation"],
  "Design-build of additional in-gate and out-gate lanes, canopies, roadways and a truck staging lot "
  "of up to 200 spaces for container terminals, including utility relocation and traffic control "
  "during construction.",
  9, [400000, 1400000], ["*"], 500)
T("ze_drayage", "Kinetic Haul", "Battery-electric Class 8 drayage tractor",
  ["electric-vehicles", "green-transportation"],
  "Day-cab battery-electric tractor with 565 kWh, 200-mile range at 82,000 lb GCW, 350 kW CCS1 "
  "charging; eligible for HVIP vouchers. Replaces diesel drayage trucks; turn times are unaffected.",
  9, [380000, 450000], ["*"], 90)

N("n19", "Long Beach", "Truck queues at the marine terminals idling into West Long Beach",
  ["green-transportation"],
  "Trucks picking up boxes at the container terminals line up for hours on Ocean Boulevard and the side "
  "streets of West Long Beach, engines running, because everybody shows up at once after the morning "
  "shift starts. Residents counted 300 trucks in one queue. Our port-adjacent clean-air measure asks "
  "terminals and the harbor department to spread those arrivals out and get trucks through faster. "
  "More lanes or a bigger gate complex is not an option here: there is no land and the community would "
  "fight it. What exists that would smooth the arrivals and speed up the gate itself?",
  1500000, 8, "US-CA", 1500, "2027-04-01",
  answers=["truck_appointment", "gate_appt_en"],
  sibs=[("gate_expansion", 0, "more lanes and staging: ruled out (not an option here)"),
        ("ze_drayage", 1, "cleaner trucks, but the queues remain")])

# ---------------------------------------------------------------- n20 San Jose bike theft at stations
T("smart_bike_locker", "锁安智能", "按次计费智能电子自行车柜",
  ["green-transportation"],
  "模块化单层或双层智能自行车柜，每柜一车，支持NFC交通卡和手机App扫码按次或按小时计费；后台远程查看占用率"
  "和开柜记录，自动识别超期占用并提醒清理；柜体镀锌钢板加防撬锁舌，可选插座给电动自行车充电；已接入多个城市"
  "轨道站点的一卡通系统。",
  9, [40000, 250000], ["CN", "US"], 30)
T("bike_cage", "Keycage", "Card-access shared bike enclosure",
  ["green-transportation"],
  "Fenced enclosure holding 20-60 bikes on two-tier racks behind a card-reader door; members register "
  "once and share the space. Cheaper per bike than individual lockers, but bikes inside are not "
  "separately secured.",
  9, [30000, 120000], ["*"], 20)
T("security_rack", "Anchorloop", "High-security bike rack with integrated lock",
  ["green-transportation"],
  "Open-air rack whose hardened steel arm locks frame and wheel in one motion, released with a phone app; "
  "no user lock required. Installs on existing sidewalks; bikes remain exposed to the weather and "
  "parts theft.",
  9, [20000, 90000], ["*"], 15)
T("dockless_ebike_share", "Zipwheel", "Dockless e-bike share concession",
  ["green-transportation", "electric-vehicles"],
  "Fleet of GPS-tracked pedal-assist e-bikes with swappable batteries, unlocked by app and parked in "
  "geofenced zones; operator-funded under a city permit, with data sharing via MDS.",
  9, [0, 50000], ["*"], 200)

N("n20", "San Jose", "Bike theft at light-rail stations", ["green-transportation"],
  "VTA rider surveys keep putting \"my bike got stolen at the station\" among the top three reasons "
  "people stop combining bikes and light rail. Our old keyed lockers are rented a year at a time, half "
  "of them sit empty or hold abandoned bikes, and the waitlist is two years long. Bikes left on the open "
  "racks get stripped. We want secure parking that riders can use on demand, per trip, paying with the "
  "regional transit card or a phone, and that staff can manage remotely. Bike share is a separate "
  "program and not what this is about.",
  500000, 8, "US-CA", 100, "2027-05-15",
  answers=["smart_bike_locker"],
  alts=[("bike_cage", "controlled-access secure parking, but shared space and registration, not per-trip")],
  sibs=[("dockless_ebike_share", 0, "bike share: ruled out (a separate program and not what this is about)"),
        ("security_rack", 1, "locks bikes in the open; parts and weather exposure remain")])

# ---------------------------------------------------------------- n21 Santa Monica curb for deliveries
T("curb_booking", "路缘数科", "智慧装卸货泊位预约与按分钟计费系统",
  ["green-transportation"],
  "面向城市商业街装卸货泊位的数字化管理：司机通过App提前预约15至60分钟的泊位时段，杆装摄像头或地磁自动识别"
  "车牌与占用时长，按分钟计费，零排放车辆可设优惠费率；开放API向停车执法终端推送超时和违停记录，"
  "不需要在人行道上设缴费机。",
  9, [80000, 400000], ["*"], 100)
T("pay_stations", "Metrix Parking", "Solar multi-space pay stations",
  ["green-transportation"],
  "Solar-powered multi-space parking pay stations with card, tap and coin payment, pay-by-plate and "
  "real-time rates; one station serves a block face. Integrates with enforcement handhelds.",
  9, [50000, 300000], ["*"], None)
T("garage_guidance", "Parkspot Systems", "Parking guidance system for garages",
  ["green-transportation"],
  "Ultrasonic or camera sensors over each bay in a parking structure with red/green indicators and "
  "count signs at entrances and levels, cutting cruising for a space by up to 30%.",
  9, [100000, 400000], ["*"], 50)
# microhub_trikes (n07) is graded 1 here.

N("n21", "Santa Monica", "Delivery vans double-parking on commercial corridors", ["green-transportation"],
  "Delivery vans and box trucks double-park on Main Street and Wilshire all morning, blocking the bike "
  "lane and the buses. The few yellow loading zones are taken by private cars and drivers never know "
  "when one is free. Council asked staff for a 12-block pilot. Ideas raised: let delivery drivers "
  "reserve curb time ahead, charge for it by the minute, give zero-emission vehicles a discount, and "
  "get data on who uses the curb. No parking meters or kiosks on the sidewalk, please; the business "
  "association hates the clutter. Enforcement stays with our parking officers.",
  450000, 7, "US-CA", 80, "2027-03-01",
  answers=["curb_booking"],
  sibs=[("pay_stations", 0, "sidewalk pay stations: ruled out (No parking meters or kiosks)"),
        ("microhub_trikes", 1, "fewer vans via cargo-bike hubs, not curb management")],
  setting=[("garage_guidance", "same parking authority, car parking guidance not loading zones")])

# ---------------------------------------------------------------- n22 Oakland ships at berth that cannot plug in
T("berth_bonnet", "海澄环保装备", "船舶靠港尾气岸基收集处理系统（烟罩式）",
  ["clean-air", "green-transportation"],
  "安装在驳船或岸边臂架上的排气收集罩，从船舶烟囱顶部罩住辅机和锅炉排气，经管道送入模块化处理单元"
  "（DPF、SCR和湿式洗涤），颗粒物和氮氧化物去除率均在90%以上，SOx去除95%以上；无需对船舶做任何改造，"
  "可服务集装箱船、滚装船和油轮，已获CARB At-Berth认证。",
  9, [3000000, 8000000], ["CN", "US"], None)
T("shore_power_amp", "Cold Iron Electric", "Shore power (AMP) for container berths",
  ["green-transportation", "clean-air"],
  "High-voltage shore connection to IEC/IEEE 80005-1: 6.6/11 kV, 50/60 Hz frequency conversion, cable "
  "management system on the wharf and vault connections per berth, so vessels fitted for shore power "
  "can shut down auxiliary engines at berth.",
  9, [2500000, 7000000], ["*"], 3000)
T("renewable_diesel", "Verdant Fuels", "Renewable diesel supply for marine auxiliaries",
  ["clean-air"],
  "Drop-in hydrotreated renewable diesel (R99) delivered by barge or truck for auxiliary engines and "
  "harbor craft; cuts PM by about 30% and lifecycle CO2 by 60-80% with no engine changes. Each vessel "
  "operator must choose to bunker it.",
  9, [100000, 2000000], ["*"], 2000)
T("drone_bonnet", "Seastack Robotics", "Drone-deployed exhaust capture bonnet prototype",
  ["clean-air"],
  "Tethered heavy-lift drone places a lightweight capture bonnet over a ship's stack; a flexible duct "
  "carries exhaust to a treatment barge. Prototype flights on a test stack completed; marine trials "
  "planned.",
  5, [1500000, 4000000], ["*"], None)
T("e_ferry_float", "Bay Electric Marine", "Charging float for electric ferries",
  ["green-transportation", "electric-vehicles"],
  "Floating pontoon with an automated plug-in arm delivering up to 4 MW to battery-electric passenger "
  "ferries during a 10-minute turnaround; accommodates 2 m tidal range. Utility service required.",
  9, [1800000, 4500000], ["*"], 800)

N("n22", "Oakland", "Emissions from ships at berth that can't plug in", ["clean-air"],
  "For West Oakland's community air plan: most container ships at our berths now use shore power, but "
  "some vessels can't plug in (older ships without the equipment, ro-ro car carriers, and tankers at "
  "the neighboring terminal), and under the state's At-Berth regulation those visits need another "
  "approved control strategy. Residents want the diesel soot from those auxiliary engines gone. What "
  "exists that treats a ship's exhaust at berth without any modification to the vessel? Extending "
  "shore power to more berths is already funded separately; this is about the ships that can't use it.",
  9000000, 8, "US-CA", None, "2027-12-31",
  answers=["berth_bonnet"],
  sibs=[("shore_power_amp", 0, "shore power: ruled out (already funded separately; ships that can't use it)"),
        ("renewable_diesel", 1, "cleaner fuel in the same engines, partial PM cut, depends on operators")],
  traps=[("drone_bonnet", "trl 5 < min_trl 8")])

# ---------------------------------------------------------------- n23 Riverside garage exhaust fans 24/7
T("garage_dcv", "瑞风楼控", "车库CO/NO2/甲烷气体监测与变频排风联动系统",
  ["energy-retrofits", "clean-air"],
  "在车库和检修区布置一氧化碳、二氧化氮和甲烷（可燃气体）传感器，控制器按浓度分级控制排风机和补风机变频运行，"
  "满足IMC 404和NFPA 30A对CNG维修间的要求；接入现有BAS"
  "，给现有风机加装VFD，不换风机，通常节能50%至80%。",
  9, [60000, 220000], ["CN", "US"], 250)
T("co_only_controller", "Aerosense Controls", "CO-only garage ventilation controller",
  ["energy-retrofits"],
  "Carbon-monoxide sensors and a controller that stage parking-garage exhaust fans on and off by CO "
  "level; two-speed or VFD output; ideal for gasoline passenger-car garages. No NO2 or combustible "
  "gas sensing.",
  9, [15000, 60000], ["*"], 120)
T("ec_fan_replace", "Vortech Air", "High-efficiency EC roof exhaust fan replacement",
  ["energy-retrofits"],
  "Direct-drive EC motor roof exhausters replacing belt-driven fans, 30% less energy at full flow, "
  "integral speed control, curb adapters for existing openings; AMCA certified.",
  9, [80000, 240000], ["*"], 150)
T("workshop_erv", "Thermloop", "Heat-recovery ventilation unit for workshops",
  ["energy-retrofits"],
  "Rooftop energy-recovery unit with a 75%-effective plate exchanger that pre-warms or pre-cools "
  "makeup air with exhaust air, up to 20,000 cfm; replaces part of the makeup-air heating.",
  9, [90000, 280000], ["*"], 140)
# depot_led (n13) is a setting distractor here.

N("n23", "Riverside", "Bus maintenance garage exhaust fans run flat out 24/7", ["energy-retrofits"],
  "RTA's maintenance garage (8 bays, 62,000 sq ft) has eight big roof exhaust fans and makeup-air units "
  "that run at full speed around the clock because nobody is sure what code requires. In winter the "
  "makeup-air heaters fight the fans; in summer the evaporative coolers do. Buses idle briefly as they "
  "pull in and we still have some CNG buses, so whatever we do has to keep the shop safe for both diesel "
  "exhaust and natural gas. We're not replacing the fans themselves, they were rebuilt two years ago. "
  "We want them to run only as hard as they need to.",
  300000, 8, "US-CA", 250, "2027-02-15",
  answers=["garage_dcv"],
  alts=[("co_only_controller", "runs fans on demand, but CO only: no NO2 for diesel, no gas detection for CNG")],
  sibs=[("ec_fan_replace", 0, "new fans: ruled out (We're not replacing the fans themselves)"),
        ("workshop_erv", 1, "cuts makeup-air energy by recovery, fans still run flat out")],
  setting=[("depot_led", "same maintenance shop, lighting not ventilation")])

# ---------------------------------------------------------------- n24 Pasadena new maintenance building daylight
T("prismatic_skylight", "光穹建材", "棱镜漫射采光天窗（附光度与模拟文件）",
  ["green-buildings"],
  "双层棱镜微结构聚碳酸酯罩把直射阳光折射成均匀漫射光，无光斑、无眩光，可见光透射率60%，SHGC 0.28，满足加州"
  "Title 24对天窗的要求；工厂预制防水框带自排水槽，10年防漏质保；提供IES光度文件和采光模拟模型，"
  "便于LEED日光得分计算。",
  9, [120000, 380000], ["CN", "US"], 90)
T("tubular_daylight", "Sunpipe Daylighting", "Tubular daylighting devices",
  ["green-buildings", "energy-retrofits"],
  "21-inch reflective tubes with a rooftop dome and ceramic diffuser deliver daylight through up to 30 ft "
  "of plenum, each lighting about 300 sq ft; small roof penetrations and factory flashing. Output per "
  "unit is modest for high-bay spaces.",
  9, [40000, 150000], ["*"], 40)
T("clerestory_wall", "Westpane Glazing", "Thermally broken clerestory window wall",
  ["green-buildings"],
  "High-level aluminium window-wall system with low-e double glazing, U-0.29 and SHGC 0.25, for "
  "bringing side daylight deep into warehouses and maintenance halls; 12 ft glazed band above 14 ft.",
  9, [150000, 450000], ["*"], 60)
# depot_led (n13) is graded 1 here.

N("n24", "Pasadena", "Daylight for the new bus maintenance building", ["green-buildings"],
  "We're in design development for a new 40,000 sq ft maintenance building for Pasadena Transit's "
  "electric fleet, targeting LEED Gold and CALGreen Tier 1. The mechanics want real daylight on the shop "
  "floor, not a dark box with the lights on all day. Our experience with plain skylights was bad: bright "
  "patches and hot spots under them, and leaks. We'd like a product with predictable performance the "
  "architect can model, that spreads light evenly and meets the Title 24 daylighting and solar heat gain "
  "limits. Clerestory window walls are out: every wall is lined with lifts and storage racks.",
  500000, 8, "US-CA", 90, "2027-09-30",
  answers=["prismatic_skylight"],
  alts=[("tubular_daylight", "diffuse toplighting, but small output per unit for a high-bay shop")],
  sibs=[("clerestory_wall", 0, "side glazing: ruled out (Clerestory window walls are out)"),
        ("depot_led", 1, "efficient electric light with daylight dimming, not daylight itself")])

# ---------------------------------------------------------------- n25 Stockton bus wash water
T("washwater_reclaim", "澈源水处理", "洗车废水循环回用系统（旋流、气浮、臭氧）",
  ["clean-water"],
  "针对公交和货车洗车线的废水回用设备：旋流除砂、溶气气浮去除油脂和悬浮物，再经多介质过滤和臭氧消毒，回用率"
  "80%至90%，回用水TSS低于20mg/L；臭氧加曝气抑制厌氧菌，避免硫化氢臭味；处理量10至40立方米每小时，可与现有"
  "龙门洗车机对接，只有少量浓缩液外排。",
  9, [90000, 260000], ["CN", "US"], 20)
T("ows_upgrade", "Clearsep", "Coalescing-plate oil-water separator upgrade",
  ["clean-water"],
  "Replacement separator insert with coalescing plates and a sludge hopper that brings free oil below "
  "15 mg/L before discharge to sewer; helps meet FOG limits. No water reuse.",
  9, [20000, 70000], ["*"], None)
T("touchless_wash", "Spectra Wash", "Low-water touchless bus wash gantry",
  ["clean-water", "green-transportation"],
  "Drive-through touchless gantry for transit buses using 35 gallons of fresh water per bus with "
  "high-pressure oscillating nozzles and a final spot-free rinse; 2-minute cycle. Replaces brush washers.",
  9, [250000, 340000], ["*"], 10)
T("rainwater_tank", "Cistern Works", "Rainwater harvesting tanks for depots",
  ["clean-water"],
  "Above-ground 10,000-50,000 gallon tanks collecting roof runoff with first-flush diverters and "
  "filtration, feeding non-potable uses such as vehicle washing; supply depends on winter rain.",
  9, [40000, 180000], ["*"], 5)

N("n25", "Stockton", "Bus wash: the water bill and the discharge permit", ["clean-water"],
  "Our bus washer uses about 90 gallons of fresh water per bus, 150 buses a night, and all of it goes to "
  "the sewer through an old clarifier. The sanitary district just tightened our discharge permit for oil "
  "and grease and suspended solids, and the water bill keeps climbing. We'd like to send most of the wash "
  "water back to the washer, without odor in the bay (the last such system we tried smelled like rotten "
  "eggs). We are keeping our current gantry wash; only the water side is in scope.",
  350000, 8, "US-CA", 20, "2027-01-31",
  answers=["washwater_reclaim"],
  alts=[("ows_upgrade", "treats the discharge for the permit, but no reuse")],
  sibs=[("touchless_wash", 0, "new wash gantry: ruled out (We are keeping our current gantry wash)"),
        ("rainwater_tank", 1, "alternative water source for washing, not recycling")])

# ---------------------------------------------------------------- n26 Los Angeles overflowing bins at stops
T("solar_compactor_cn", "洁能环卫科技", "太阳能压缩垃圾桶（满溢监测）",
  ["waste-treatment"],
  "桶顶太阳能板供电，内置压缩机构按填充量自动压实，压缩比约5:1，容量相当于600升普通垃圾桶，占地只和一只"
  "120升垃圾桶相当；超声波满溢传感器通过4G上报填充率，后台自动生成收运路线；脚踏投口和全封闭桶体防鸟防鼠，"
  "可选分类回收格。",
  9, [4000, 6500], ["*"], 2)
T("solar_compactor_en", "Compakt Street", "Solar-powered compacting litter bin",
  ["waste-treatment"],
  "Self-powered bin with a 40 W panel that compacts waste at a 5:1 ratio, holding about 150 gallons in a "
  "32 gallon footprint; cellular fill-level alerts and a collection dashboard; enclosed hopper handle "
  "keeps animals and wind out. Lease or purchase per unit.",
  9, [3500, 6000], ["*"], 2)
T("fill_sensor", "Binsight", "Retrofit fill-level sensors for public litter bins",
  ["waste-treatment"],
  "Battery-powered ultrasonic sensor that mounts under the lid of an existing bin and reports fullness "
  "every 15 minutes over LTE-M; dashboard and route suggestions. Capacity of the bin is unchanged.",
  9, [100, 200], ["*"], 1)
T("underground_bins", "Deepstore", "Semi-underground waste containers",
  ["waste-treatment"],
  "5 m3 containers set 1.5 m into the ground with only the inlet above grade, emptied by a crane truck; "
  "five times the capacity of a street bin, in a small footprint. Excavation and utility clearance required.",
  9, [8000, 15000], ["*"], 3)
T("route_software", "Routelogic Waste", "Waste collection route optimisation software",
  ["waste-treatment"],
  "Optimises collection routes and crew schedules from GPS and historical volumes; cuts miles driven by "
  "10-20% on fixed-frequency service. No bin sensing.",
  9, [30000, 150000], ["*"], 40)
# solar_shelter (n16) is a setting distractor here.

N("n26", "Los Angeles", "Overflowing trash cans at bus stops", ["waste-treatment"],
  "StreetsLA gets thousands of 311 complaints a year about overflowing trash cans at bus stops, while "
  "crews drive set routes every day to empty cans that are often half full. We'd like to pilot something "
  "at 200 busy stops that holds a lot more trash in the same sidewalk space and tells us when it needs "
  "emptying, so crews stop driving fixed routes. Digging in-ground containers is not possible: the "
  "sidewalks are full of utilities and ADA clearances are tight. It must keep raccoons and crows out and "
  "work with our crews' hand collection.",
  1200000, 8, "US-CA", 100, "2027-06-01",
  answers=["solar_compactor_cn", "solar_compactor_en"],
  alts=[("fill_sensor", "tells crews when a bin is full, but no extra capacity")],
  sibs=[("underground_bins", 0, "in-ground containers: ruled out (Digging ... is not possible)"),
        ("route_software", 1, "better routes, but no sensing or capacity")],
  setting=[("solar_shelter", "same bus stops, shelter not trash")])

# ---------------------------------------------------------------- n27 Santa Barbara LCFS credits
T("lcfs_service", "碳途数据（美国）", "充电数据采集与低碳燃料标准（LCFS）积分代申报服务",
  ["ghg-data", "electric-vehicles"],
  "通过OCPP和三家以上主流充电桩厂商的云平台接口直接采集每次充电的计量电量，自动生成符合加州LCFS要求的电量"
  "记录；代为完成CARB账户注册、燃料路径申请、季度报告（LRT-CBTS）和第三方核证，并撮合积分出售，按积分收入"
  "分成收费，无需加装电表。",
  9, [5000, 30000], ["US", "CN"], None)
T("charger_mgmt_reports", "Plugboard", "Multi-vendor EV charger management software",
  ["electric-vehicles", "ghg-data"],
  "OCPP 1.6/2.0.1 network management for chargers from any vendor: session logs, kWh per port, uptime "
  "alerts and exportable energy reports. Credit registration and regulatory filing are not included.",
  9, [10000, 60000], ["*"], None)
T("revenue_submeters", "Accumeter", "Revenue-grade EV charging submeters",
  ["ghg-data", "smart-grid"],
  "ANSI C12.20 0.2-class submeters installed per charger circuit with cellular data logging, for LCFS, "
  "utility rate programs and tenant billing; an electrician installs each meter in the panel.",
  9, [15000, 45000], ["*"], None)
# corp_carbon_saas (n10) is graded 1 here.

N("n27", "Santa Barbara", "We are leaving LCFS credit money on the table", ["ghg-data"],
  "MTD has 40 battery-electric buses charging at our depot and at two on-route chargers. Under "
  "California's Low Carbon Fuel Standard we could be earning credits for every kWh we dispense, but our "
  "chargers come from three manufacturers, the utility meters don't separate the charging load, and "
  "nobody on staff has time to compile quarterly reports for CARB. We need a service that collects the "
  "dispensed energy automatically, takes care of registration and quarterly reporting, and helps us sell "
  "the credits. If the chargers' own data can be used, we don't want to install new meters on every charger.",
  50000, 8, "US-CA", None, "2027-01-15",
  answers=["lcfs_service"],
  alts=[("charger_mgmt_reports", "collects kWh per charger automatically, but no LCFS filing or sales")],
  sibs=[("revenue_submeters", 0, "new meters: ruled out (we don't want to install new meters)"),
        ("corp_carbon_saas", 1, "carbon accounting, but an organisational inventory, not fuel credits")])

# ---------------------------------------------------------------- n28 Vallejo ferry wake erosion
T("oyster_reef_shore", "蓝岸生态工程", "生态护岸：人工牡蛎礁消浪体与盐沼恢复",
  ["nature-based"],
  "采用预制生态混凝土礁体（掺贝壳骨料、表面粗糙化），在潮间带外侧布置成离岸消浪带，可削减船行波和风浪能量"
  "50%至70%，礁体为本地牡蛎提供附着基底；礁后回填并种植本地盐沼植物，形成活体岸线。提供波浪模拟和许可申报"
  "技术支持，已在中美多个河口实施。",
  8, [400000, 1500000], ["CN", "US"], 30)
T("coir_logs", "Bankroot", "Coir fibre logs and planted bank stabilisation",
  ["nature-based"],
  "Biodegradable coconut-fibre logs staked at the toe of an eroding bank and planted with native marsh "
  "plugs; suited to low-energy shorelines. Limited resistance to repeated boat wakes until vegetation "
  "establishes.",
  9, [50000, 200000], ["*"], 10)
T("sheet_pile_wall", "Harbor Steel Works", "Steel sheet-pile seawall with concrete cap",
  ["nature-based"],
  "Driven steel sheet piles with a cast-in-place cap and tie-backs to stop shoreline retreat; 50-year "
  "design life, coated for marine exposure; no habitat value.",
  9, [600000, 1800000], ["*"], None)
T("floating_wetland", "Floatgarden", "Floating treatment wetlands",
  ["nature-based", "clean-water"],
  "Buoyant recycled-PET mats planted with native wetland species, anchored in ponds, marinas and "
  "lagoons to take up nutrients and create habitat; little effect on wave energy.",
  9, [20000, 150000], ["*"], 5)
# e_ferry_float (n22) is a setting distractor here.

N("n28", "Vallejo", "Ferry wakes are eating the shoreline by the terminal", ["nature-based"],
  "Vallejo's ferry terminal sits on a stretch of the Mare Island Strait where the bank is eroding from "
  "ferry wakes and king tides; we lose a few feet of the Bay Trail every winter. The old answer would be "
  "more rock or a sheet-pile wall, but BCDC and our State Coastal Conservancy grant push for habitat, "
  "and we don't want another wall. We'd like an engineered option that knocks down the wave energy but "
  "brings back marsh and oysters, and that can be permitted in the Bay within the low-tide work windows.",
  2000000, 7, "US-CA", 30, "2027-10-01",
  answers=["oyster_reef_shore"],
  alts=[("coir_logs", "living-shoreline approach, but too soft for repeated ferry wakes")],
  sibs=[("sheet_pile_wall", 0, "a wall: ruled out (we don't want another wall)"),
        ("floating_wetland", 1, "habitat in the water, but no wave protection")],
  setting=[("e_ferry_float", "same ferry terminal, vessel charging not shoreline")])

# ---------------------------------------------------------------- n29 Modesto school buses sending power back
T("v2g_platform", "车网智联", "V2G双向直流充电桩与车网互动聚合平台",
  ["smart-grid", "electric-vehicles"],
  "60kW双向直流充电桩（CCS1，符合UL 9741和IEEE 1547/Rule 21并网要求），配套车网互动聚合软件：按校车排班锁定"
  "出车所需最低电量，在电网需求响应事件中放电，并自动参与ELRP、DSGS等项目结算；放电深度按整车厂质保条款设上限。",
  8, [150000, 700000], ["US", "CN"], 150)
T("v2b_charger", "Loopback Power", "Vehicle-to-building bidirectional chargers",
  ["smart-grid", "electric-vehicles"],
  "19.2 kW bidirectional AC chargers that power a building's loads from parked EVs to shave its demand "
  "peaks; no export to the grid and no program enrolment. Building EMS integration over Modbus.",
  8, [60000, 250000], ["*"], 60)
# depot_bess (n01) is graded 0 here; depotflow (n01) is graded 1.

N("n29", "Modesto", "Put our electric school buses to work in the summer", ["smart-grid"],
  "Modesto City Schools will have 30 electric school buses by next year. They sit parked from mid-June "
  "to mid-August and on weekends, exactly when the grid is stressed on hot evenings. The district would "
  "like the buses to earn money by sending power back during those events (PG&E's emergency load "
  "reduction program or similar) without voiding battery warranties or leaving a bus short on a school "
  "morning. We don't want to add a stationary battery.",
  1000000, 7, "US-CA", 150, "2027-06-15",
  answers=["v2g_platform"],
  alts=[("v2b_charger", "bidirectional, but serves the building only, no grid export or program revenue")],
  sibs=[("depot_bess", 0, "stationary battery: ruled out (We don't want to add a stationary battery)"),
        ("depotflow", 1, "schedule-aware managed charging, but one-way")])

# ---------------------------------------------------------------- n30 San Bernardino BRT concrete
T("co2_mineralization", "固碳建材科技", "搅拌站二氧化碳注入矿化技术",
  ["carbon-capture", "green-buildings"],
  "在现有混凝土搅拌站加装CO2计量注入装置，把工业回收的液态二氧化碳在搅拌时注入新拌混凝土，CO2与水泥水化"
  "产物反应生成纳米碳酸钙永久封存，保持强度的同时可减少3%至5%水泥用量；不改变配合比类别，符合ASTM C94和"
  "C494，北美数百家搅拌站在用，可出具EPD。",
  9, [50000, 250000], ["*"], 900)
T("geopolymer", "Aluminex Binders", "Geopolymer cement-free concrete",
  ["green-buildings", "carbon-capture"],
  "Alkali-activated fly ash and slag binder replacing portland cement entirely, with up to 80% lower "
  "embodied CO2; requires its own mix designs, curing guidance and project-specific acceptance by the "
  "engineer of record.",
  8, [100000, 600000], ["*"], 1500)
T("high_scm_mix", "Basin Ready Mix", "High-SCM slag and fly-ash concrete mixes",
  ["green-buildings"],
  "Ready-mix designs replacing 30-50% of cement with slag cement and fly ash, reducing embodied carbon by "
  "25-40%; slower early strength and supply of fly ash is tightening.",
  9, [0, 150000], ["*"], 1200)

N("n30", "San Bernardino", "Lower-carbon concrete for the BRT guideway", ["carbon-capture"],
  "Omnitrans is building four miles of dedicated bus lanes with concrete platforms and bus pads, roughly "
  "18,000 cubic yards of paving concrete. Our climate commitments ask for lower embodied carbon, but the "
  "concrete has to meet Caltrans Section 90 and our local ready-mix suppliers have to stay on the job; "
  "the resident engineer will not approve unconventional binders or a new mix category this late. Is "
  "there something the batch plant can add that shrinks the carbon footprint, stores carbon and can be "
  "documented in an EPD?",
  400000, 8, "US-CA", 900, "2027-03-15",
  answers=["co2_mineralization"],
  sibs=[("geopolymer", 0, "alternative binder: ruled out (will not approve unconventional binders)"),
        ("high_scm_mix", 1, "lower-carbon concrete by cement replacement, not carbon storage")])
