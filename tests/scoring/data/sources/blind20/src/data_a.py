# Chinese needs 01-08 and their technologies.
from common import T, N

# 01 hotel kitchen cold rooms, low-GWP refrigerant
T("co2_cu", "Arctide Refrigeration", "Arctide TC-18 transcritical R744 condensing unit",
  ["hfc-alternatives"],
  "Outdoor transcritical condensing unit on natural refrigerant R744 (GWP 1), 6-18 kW medium temperature, "
  "with parallel compression, an ejector for hot climates up to 43 °C ambient and a factory-fitted "
  "inverter compressor. Serves 2-6 walk-in boxes from one unit; connects to existing evaporators after a "
  "line pressure check. Warranty 5 years on compressor, 2 years on parts; commissioning included.",
  9, [28000, 160000], ["*"], 85)
T("nh3_cascade", "Polarline Engineering", "NH3/CO2 cascade central plant",
  ["hfc-alternatives", "energy-efficiency"],
  "Packaged cascade plant with an ammonia high stage in a ventilated machine room and a CO2 low stage "
  "pumped to the cold rooms. Rated 40-250 kW, COP up to 3.4 at -25 °C. Includes ammonia detectors, "
  "emergency ventilation, the pressure-vessel paperwork and an operator training course. Warranty 3 years; "
  "needs a licensed refrigeration operator on site.",
  9, [180000, 900000], ["CN", "SG", "MY"], 240)
T("hfo_unit", "Cryon Climate", "Cryon R1234ze scroll condensing units",
  ["hfc-alternatives"],
  "Low-GWP condensing units on HFO R1234ze (GWP below 1) with variable-speed scroll compressors, "
  "5-20 kW per unit, A2L safety class. Drop-in replacement footprint for older R404A units and reuse of "
  "existing copper after flushing. Energy use 10-15% above a comparable HFC unit at high ambient. "
  "Warranty 3 years, remote alarm module optional.",
  9, [15000, 90000], ["*"], 60)
N("n01", "Guangzhou", "CN-GD", "酒店后厨冷库制冷剂更换", ["hfc-alternatives"],
  "我们是天河区一家五星酒店工程部。后厨有4个冷藏库、2个冷冻库，机组都是十多年前的R404A，去年漏了两次，补冷媒很贵，"
  "集团ESG要求明年起新装设备不能再用高GWP冷媒。屋顶有位置放室外机，但没有独立机房。氨系统安全评估过不了，直接排除。"
  "希望一次改完，改造期间最好一次只停一个库。",
  150000, 8, 80, "2027-04-30",
  [("answer", "co2_cu", "R744 unit, natural refrigerant, outdoor, no machine room"),
   ("sib0", "nh3_cascade", "ammonia excluded in words (氨系统...直接排除)"),
   ("sib1", "hfo_unit", "low GWP but synthetic HFO, A2L; ESG wording allows but not the intent")])

# 02 mall demand charges, storage
T("lfp_cabinet", "Voltstack Energy", "VS-215 outdoor C&I LFP cabinet with EMS",
  ["energy-storage", "smart-grid"],
  "All-in-one outdoor cabinet: 215 kWh LFP cells, 100 kW PCS, liquid thermal management, aerosol fire "
  "suppression and an EMS that learns the site load curve and discharges at the tariff's peak blocks. "
  "Cabinets can be paralleled to 2 MWh. 6000 cycles at 90% DoD, 10-year performance warranty, IP55, "
  "GB/T 36276 cell certification.",
  9, [95000, 1200000], ["*"], 220)
T("ice_storage", "Frostbank Thermal", "Frostbank ice-on-coil thermal storage tanks",
  ["energy-storage", "energy-retrofits"],
  "Modular ice-on-coil tanks charged at night by the existing chillers in ice mode with glycol, then melted "
  "during the day to cut chiller compressor load. Each tank stores 570 ton-hours; sizes for 20-60% of "
  "the peak cooling load. Needs plant-room space or a buried slab and a glycol heat exchanger. "
  "Tanks warranted 10 years.",
  9, [120000, 800000], ["*"], 180)
T("lfp_small", "Voltstack Energy", "VS-100 wall-mount LFP backup pack",
  ["energy-storage"],
  "Compact 100 kWh LFP pack with a 50 kW hybrid inverter, designed first as backup power for a shop "
  "floor or a server room, with a simple time-of-use schedule (two charge and two discharge windows). "
  "No load learning. Indoor installation, 4000 cycles, 5-year warranty; expandable with one more pack.",
  9, [42000, 110000], ["*"], 70)
T("zh_ess_second", "粤储新能源科技", "工商业储能一体柜 250kWh（峰谷套利+需量控制）",
  ["energy-storage"],
  "单柜磷酸铁锂电芯 250kWh / PCS 125kW，液冷温控，Pack级消防（全氟己酮），EMS支持峰谷套利与需量控制两种策略，"
  "可接入商场既有配电室低压侧，不改变变压器。已在珠三角落地60余个商业综合体项目，质保10年，循环寿命≥6000次。",
  9, [110000, 1500000], ["CN"], 240)
T("ess_epc_trap", "Gridcore EPC", "Turnkey 5 MWh storage plant EPC",
  ["energy-storage", "smart-grid"],
  "Full EPC delivery of a grid-side LFP storage plant: 5 MWh in containerised blocks, 35 kV step-up "
  "transformer, SCADA, grid-connection studies and a 15-year O&M contract. Suited to malls and campuses "
  "that want to sell flexibility as well as shave their own peak. Performance guarantee 95% availability.",
  9, [1800000, 4000000], ["*"], 900)
N("n02", "Shenzhen", "CN-GD", "商场电费里需量电费太高", ["energy-storage"],
  "福田一个12万平米的购物中心，物业工程这边反映：每个月基本电费（按需量）占了电费三成多，下午两三点空调和餐饮一起上来，"
  "最大需量老是冲高。想在配电房旁边的空地上放点东西，把尖峰削掉，同时吃峰谷差价。不要铅酸，也不要动变压器。"
  "预算不超过120万美元，要求成熟产品。",
  1200000, 8, 200, "2027-03-31",
  [("answer", "lfp_cabinet", "LFP cabinets with load-learning EMS"),
   ("second", "zh_ess_second", "Chinese vendor, same solution"),
   ("alt", "lfp_small", "right way, small, backup-oriented, no demand control"),
   ("sib1", "ice_storage", "thermal storage also shaves chiller peak; needs plant room"),
   ("trap", "ess_epc_trap", "cost min 1.8M > budget 1.2M")])

# 03 stadium roof low load solar
T("cigs_flex", "Lumafoil Solar", "Lumafoil LF-380 adhesive CIGS modules",
  ["renewable-energy"],
  "Frameless thin-film CIGS modules at 3.2 kg/m², bonded to standing-seam or membrane roofs with a "
  "structural adhesive: no ballast, no penetrations, no racking. 380 W per 5.1 m² module, 15.5% "
  "efficiency, good low-light yield. Fire class B-roof(t1). Product warranty 12 years, linear power "
  "warranty 25 years to 80%.",
  9, [60000, 700000], ["*"], 160)
T("glass_ballast", "Solvant Power", "Bifacial glass-glass modules on ballasted racking",
  ["renewable-energy"],
  "550 W bifacial glass-glass modules on east-west ballasted aluminium frames, 10° tilt. Total load "
  "about 22-28 kg/m² including ballast blocks; no roof penetrations. Highest energy per square metre of "
  "any rooftop option we sell. 30-year linear warranty, 12-year product warranty, wind tunnel tested "
  "to 42 m/s.",
  9, [50000, 600000], ["*"], 190)
T("pv_carport", "Solvant Power", "Steel solar carport canopies",
  ["renewable-energy", "electric-vehicles"],
  "Single- and double-cantilever steel carport canopies with 550 W modules, designed for surface car "
  "parks; 8-12 spaces per bay, optional EV charger conduits and LED lighting under the canopy. Foundations "
  "are bored piles. Typical 250 kWp per 1,500 m² of parking. Structure warranty 20 years.",
  9, [90000, 900000], ["*"], 170)
N("n03", "Foshan", "CN-GD", "体育馆屋顶想装光伏但承重不够", ["renewable-energy"],
  "区体育中心的主馆是钢结构轻质金属屋面，设计院复核过，屋面附加荷载最多只能再加5公斤每平米左右。"
  "领导希望今年把屋顶利用起来发电自用，面积大约9000平米。屋面不能打孔、也不能加配重块，漏水我们担不起。"
  "停车场那边暂不考虑。",
  700000, 8, 150, "2027-05-31",
  [("answer", "cigs_flex", "3.2 kg/m2 adhesive modules"),
   ("sib0", "glass_ballast", "ballast excluded (不能加配重块), 22 kg/m2"),
   ("sib0", "pv_carport", "car park excluded (停车场那边暂不考虑)")])

# 04 hospital demand response
T("adr_gateway", "Peakwise Controls", "Peakwise VEN-BMS gateway for automated demand response",
  ["smart-grid", "energy-retrofits"],
  "DIN-rail gateway that registers the building as an OpenADR 2.0b VEN (or a local aggregator API) and "
  "maps each event level to pre-agreed BACnet writes: chilled-water reset, AHU fan caps, lighting "
  "dimming, non-critical pumps. Critical zones are tagged and never touched. Settlement report per "
  "event; typical 8-15% of peak shed. 3-year software licence and warranty.",
  9, [18000, 120000], ["*"], 150)
T("diesel_dr", "Ironfield Power", "Standby genset paralleling for DR events",
  ["smart-grid"],
  "Synchronising switchgear that lets existing diesel standby generators run in parallel with the grid "
  "during demand-response events, taking 500-2000 kW off the meter within minutes. Includes load-share "
  "controllers, protection relays and a remote start link. Gensets remain available for emergencies. "
  "Warranty 2 years.",
  9, [60000, 300000], ["*"], None)
T("dr_battery", "Voltstack Energy", "VS-DR 500 kWh storage block for DR programmes",
  ["energy-storage", "smart-grid"],
  "Containerised 500 kWh LFP storage block with a 250 kW PCS, pre-integrated with utility DR "
  "signals: discharges when an event is called, recharges at night. No interaction with the building's "
  "HVAC, so comfort is unaffected. 10-year warranty, fire suppression and gas detection included, "
  "footprint 6 m × 2.5 m.",
  9, [230000, 500000], ["*"], 120)
N("n04", "Guangzhou", "CN-GD", "医院想参加电网需求响应", ["smart-grid"],
  "我们是一家三甲医院后勤保障处。供电局今年推需求响应补贴，邀约的时候要在两小时内把负荷压下来几百kW。"
  "我们有楼控系统（BACnet），但是每次都是人工去调空调，太慢，也怕调到手术室和ICU。柴油发电机是应急用的，"
  "按规定不得用于参与需求响应。想要一个能自动执行、能出结算报告的方案。",
  300000, 8, 120, "2027-01-31",
  [("answer", "adr_gateway", "automated DR via BMS, critical zones protected"),
   ("sib0", "diesel_dr", "diesel excluded in words (不得用于参与需求响应)"),
   ("sib1", "dr_battery", "another way to shed, costlier, not BMS")])

# 05 residential estate EV charging, transformer limited
T("ac_dlm", "Chargelink Systems", "Chargelink AC cluster with dynamic load management",
  ["electric-vehicles", "smart-grid"],
  "7 kW AC wallboxes networked in clusters of up to 200 points. A site controller reads the main "
  "incomer CT every second and shares whatever headroom is left among the cars plugged in, so the "
  "transformer is never overloaded. Per-household RFID and app billing, OCPP 1.6J. Charger warranty "
  "3 years, controller 5 years.",
  9, [40000, 400000], ["*"], 300)
T("dc_hub", "Rapidwatt", "150 kW DC fast-charging hub with new substation",
  ["electric-vehicles"],
  "Turnkey DC hub: four 150 kW CCS/GB-T dispensers fed by a new 630 kVA box-type substation, "
  "including civil works, utility application and a 5-year O&M package. 80% charge in about 30 "
  "minutes for most cars. Hub management software and card payment included.",
  9, [180000, 450000], ["*"], 260)
T("ebike_swap", "Swapcell", "E-bike battery swap cabinets",
  ["electric-vehicles", "green-transportation"],
  "Outdoor battery-swap cabinets for electric two-wheelers: 12 slots per cabinet, a rider swaps a "
  "48 V LFP pack in 20 seconds through an app. Removes indoor charging of e-bike batteries, a major "
  "fire risk in residential lobbies. Smoke and temperature sensing per slot; cabinet warranty 3 years.",
  9, [8000, 60000], ["CN"], 40)
T("ac_static", "Chargelink Systems", "Chargelink 7 kW AC wallbox with fixed power limit",
  ["electric-vehicles"],
  "Single 7 kW AC wallbox with a fixed power setting chosen at install (2-7 kW) so that a group of "
  "chargers fits a known supply. App start/stop and per-user billing, OCPP 1.6J. No site-level "
  "metering: limits are static and do not react to building load. Warranty 3 years.",
  9, [600, 120000], ["*"], 200)
N("n05", "Dongguan", "CN-GD", "小区地库装充电桩，变压器容量不够", ["electric-vehicles"],
  "松山湖一个1200户的住宅小区，业主申请私桩越来越多，地下车库供电是两台800kVA变压器，晚上用电高峰本来就紧。"
  "供电局说扩容要等一年多，而且费用业主不愿意摊，所以不扩容。希望能多装一些交流桩，晚上按各自电量计费。",
  400000, 8, 250, "2027-06-30",
  [("answer", "ac_dlm", "dynamic load management against the incomer"),
   ("sib0", "dc_hub", "new substation excluded (不扩容)"),
   ("sib1", "ebike_swap", "e-mobility on an estate, not cars"),
   ("alt", "ac_static", "right way, static limits only")])

# 06 campus cycling
T("ebike_geofence", "Cyclora Mobility", "Cyclora campus e-bike fleet with virtual stations",
  ["green-transportation"],
  "Pedal-assist e-bikes (25 km/h, 60 km range) run as a campus-only fleet: parking is allowed only "
  "inside GPS/Bluetooth-beacon virtual stations painted by the estate team, a trip cannot end elsewhere. "
  "Student ID login, per-minute or semester pass, rebalancing and repairs by our crew. Minimum fleet 300. "
  "Contract 3 years including bikes.",
  9, [90000, 500000], ["CN", "SG"], 320)
T("campus_ebus", "Longrun Bus", "8 m electric campus shuttle buses",
  ["electric-vehicles", "green-transportation"],
  "8-metre low-floor battery-electric shuttles, 24 seats plus standing, 141 kWh LFP, 200 km range, "
  "overnight depot charging at 60 kW. Suited to loop routes between dorms, teaching blocks and the "
  "metro station. Battery warranty 8 years / 300,000 km; driver training included.",
  9, [160000, 1200000], ["*"], 200)
T("dockless_generic", "Pedalix", "Public dockless bikeshare concession",
  ["green-transportation"],
  "City-wide dockless bicycles offered to campuses as an extension of our public operation: bikes "
  "come and go across the campus boundary, riders pay through the national bikeshare app, and the "
  "campus pays nothing. We clear piles twice a day. No campus-specific parking zones.",
  9, [0, 20000], ["CN"], 150)
N("n06", "Zhuhai", "CN-GD", "校园里自行车乱停、短途出行难", ["green-transportation"],
  "珠海一所大学，校区南北三公里，学生上课换楼靠走或者骑自己的车，共享单车从校外涌进来，宿舍门口堆成山，"
  "保卫处压力很大。想引入校内专用的两轮出行方案，车只能停在我们规划的点位。不想再增加校内机动车，"
  "所以大巴/摆渡车方案不在本次范围。",
  500000, 7, 200, "2027-02-28",
  [("answer", "ebike_geofence", "campus fleet, virtual stations"),
   ("sib0", "campus_ebus", "shuttles excluded (不在本次范围)"),
   ("sib0", "dockless_generic", "public dockless bikes are the cause of the complaint; must park only at planned points (车只能停在我们规划的点位)")])

# 07 new clinic building near zero energy
T("ph_consult", "Thermaform Design", "Passivhaus design & PHPP certification service",
  ["green-buildings"],
  "Building-physics consultancy for new buildings aiming at Passivhaus or near-zero-energy labels: "
  "PHPP energy model from concept, airtightness strategy (target n50 ≤ 0.6), thermal-bridge-free details, "
  "MVHR sizing and on-site blower-door tests. We work alongside your architect and submit to the "
  "certifier. Fixed fee by floor area; 60+ certified buildings in humid subtropical climates.",
  9, [40000, 250000], ["*"], 300)
T("leed_consult", "Verdancy Partners", "LEED / China Three Star certification management",
  ["green-buildings", "ghg-data"],
  "We manage green-building rating paperwork from registration to plaque: credit strategy workshop, "
  "documentation templates, commissioning agent coordination and liaison with GBCI or the local "
  "evaluation body. Energy credits use ASHRAE 90.1 baseline modelling. Fee by gross floor area; typical "
  "duration 18 months.",
  9, [30000, 180000], ["*"], 150)
T("green_roof", "Sedumia", "Extensive sedum green roof system",
  ["nature-based", "green-buildings"],
  "Lightweight extensive green roof: root barrier, drainage board, 80 mm engineered substrate and "
  "pre-grown sedum mats, 90-120 kg/m² saturated. Cuts roof surface temperature by 20-30 °C, retains "
  "50-60% of annual rainfall. Two-year establishment maintenance included, 10-year membrane warranty.",
  9, [25000, 300000], ["*"], 20)
N("n07", "Shenzhen", "CN-GD", "新建门诊楼要做到近零能耗", ["green-buildings"],
  "我们医院的新门诊楼还在方案阶段，地上8层约3.5万平米。市里要求新建公建要按近零能耗建筑去做，"
  "设计院说他们没有做过，担心夏天湿热、新风量大这些问题。想请一个能从方案阶段介入、算清楚能耗、"
  "把气密和热桥这些细节落到图纸和施工上的团队。",
  300000, 8, 300, "2027-03-01",
  [("answer", "ph_consult", "PHPP, airtightness, thermal bridges"),
   ("sib1", "leed_consult", "rating paperwork, not near-zero physics"),
   ("sib1", "green_roof", "one measure, not the design service")])

# 08 hotel guest rooms HVAC when unoccupied
T("room_ctrl", "Occupia Hospitality", "Occupia GRMS room controller with door & PIR logic",
  ["energy-retrofits"],
  "Guest-room management controller for fan-coil rooms: door contact plus ceiling PIR decide whether a "
  "room is really empty (no key-card tricks), then set back to 27 °C and close the FCU valve; the front "
  "desk PMS pre-cools a room at check-in. Wireless Zigbee retrofit, about 40 minutes per room, no wall "
  "chasing. Typical 25-35% room HVAC savings, 3-year warranty.",
  9, [150, 300000], ["*"], 260)
T("vrf_replace", "Cryon Climate", "VRF system replacement for hotels",
  ["energy-retrofits", "hfc-alternatives"],
  "Full replacement of the central chiller and fan coils with an inverter VRF system, each room getting "
  "its own ducted indoor unit and wired controller. Higher part-load efficiency and individual metering. "
  "Floor-by-floor installation in 4-6 weeks per floor. Refrigerant R32; warranty 6 years on compressors.",
  9, [400000, 3000000], ["*"], 350)
T("window_film", "Clearshade", "Spectrally selective window film",
  ["energy-retrofits"],
  "Nano-ceramic film applied to the inside of existing glazing: rejects up to 60% of solar heat while "
  "keeping 70% visible light, no change to façade appearance. Installed room by room in an hour without "
  "removing windows. Cuts peak cooling in west-facing rooms; 12-year product warranty.",
  9, [20000, 200000], ["*"], 60)
T("zh_grms_second", "粤控智能", "酒店客控系统RCU（门磁+人体存在感应）",
  ["energy-retrofits"],
  "客房RCU主机配门磁与毫米波人体存在传感器，无人时自动关闭风机盘管阀门并回温到节能设定值，入住时由前台PMS下发预冷。"
  "支持有线RS485或无线改造，不需要开槽，单间半天完工。已在华南200多家酒店应用，空调能耗平均降低25%以上，质保三年。",
  9, [200, 250000], ["CN"], 230)
N("n08", "Huizhou", "CN-GD", "客人出门了房间空调还开着", ["energy-retrofits"],
  "惠州海边一个度假酒店，420间客房，风机盘管+中央冷水机组。很多客人出门拿一张卡插在取电槽里，空调一整天开着，"
  "电费每年都超预算。冷机是前年新换的，主机不换。有没有办法判断房间到底有没有人，自动调回来？希望改造不影响营业。",
  300000, 8, 250, "2027-04-30",
  [("answer", "room_ctrl", "door + PIR occupancy, retrofit"),
   ("second", "zh_grms_second", "Chinese RCU vendor"),
   ("sib0", "vrf_replace", "replacing plant excluded (主机不换)"),
   ("sib1", "window_film", "reduces load, does not address empty rooms")])
