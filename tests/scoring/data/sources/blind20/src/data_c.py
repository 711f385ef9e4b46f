# English needs 16-23 and their technologies.
from common import T, N

# 16 campus lawns -> bioretention / native planting
T("zh_bioretention", "绿脉生态工程", "雨水花园与生物滞留带（乡土植物）",
  ["nature-based", "clean-water"],
  "将低洼草坪改造为下凹式生物滞留带：换填砂质种植土与砾石层，种植耐旱耐涝的乡土草本与灌木，暴雨时滞蓄径流、"
  "下渗补给地下水，旱季几乎无需浇灌。单块面积200-3000平米，两年养护期，植物成活率保证90%。已用于多个大学校园和产业园。",
  9, [30000, 400000], ["*"], 15)
T("turf_artificial", "Evergreen Surfaces", "Synthetic turf with shock pad",
  ["nature-based"],
  "Polyethylene synthetic turf on a drained aggregate base with a recycled-rubber shock pad, "
  "suitable for quads and play lawns: no mowing, no irrigation, uniform green all year. Surface "
  "temperature can exceed 60 °C in summer; infill top-up every two years. 8-year wear warranty.",
  9, [40000, 600000], ["*"], 5)
T("smart_irrigation", "Hydrosense", "Weather-based smart irrigation controllers",
  ["clean-water", "nature-based"],
  "Cloud-connected irrigation controllers with soil-moisture probes and local ET weather feeds that skip "
  "cycles after rain and cut run times on cool days. Retrofit onto existing valves and wiring, 8-48 "
  "zones per controller. Typical 20-40% water savings on existing lawns; 5-year warranty.",
  9, [2000, 80000], ["*"], 3)
N("n16", "Davis", "US-CA", "Quad lawns flood every storm and drink water all summer", ["nature-based"],
  "Grounds team here. We have about 6 acres of turf on the east quads that sits in low spots: every big "
  "storm it ponds for two days and the paths flood, then all summer we pour potable water on it. The "
  "campus sustainability plan wants more habitat and less irrigation. Plastic grass is a non-starter with "
  "the students. Looking for someone to redesign a few of these areas and plant them.",
  400000, 7, 10, "2027-03-15",
  [("answer", "zh_bioretention", "bioretention with native plants"),
   ("sib0", "turf_artificial", "plastic grass excluded"),
   ("alt", "smart_irrigation", "partial: cuts water, no flooding fix or habitat")])

# 17 stadium legionella
T("zh_cu_ag", "净源水处理设备", "铜银离子消毒系统（热水管网军团菌控制）",
  ["clean-water"],
  "在热水回水总管上安装铜银离子发生器，按流量自动控制铜0.2-0.8mg/L、银0.02-0.08mg/L，离子在管壁生物膜中持续作用，"
  "对军团菌控制效果可长期保持，不需高温冲洗。配在线浓度检测与远程报警，适合场馆、医院等间歇用水建筑，主机质保3年。",
  9, [15000, 120000], ["*"], 2)
T("thermal_flush", "Hotline Services", "Scheduled thermal shock and flushing service",
  ["clean-water"],
  "Technicians raise the hot-water system to 70 °C and flush every outlet for five minutes before major "
  "events and quarterly, with sampling and a written log for the water management plan. Effective for a "
  "few weeks; biofilm regrows between visits, and scald risk needs outlet lockouts.",
  9, [4000, 40000], ["US"], 0)
T("uv_pou", "Puritas UV", "Point-of-use UV filters for showers",
  ["clean-water"],
  "UV-C LED cartridges and 0.2 µm filters screwed onto showerheads and taps in locker rooms, "
  "protecting the user at the outlet. Cartridges last 62 days and must be swapped on schedule. "
  "Does not treat the pipework itself. Unit warranty 1 year.",
  9, [3000, 60000], ["*"], 0)
T("clo2_dosing", "Hotline Services", "Chlorine dioxide dosing skid",
  ["clean-water"],
  "Continuous chlorine dioxide generator dosing 0.3-0.5 mg/L into the domestic hot and cold water "
  "systems, with residual analysers and a controller. Penetrates biofilm; requires chemical deliveries "
  "and monitoring of chlorite by-product. Skid warranty 2 years.",
  9, [25000, 110000], ["US"], 0)
N("n17", "Sacramento", "US-CA", "Legionella keeps showing up in arena locker room samples",
  ["clean-water"],
  "Our arena sits empty for days between events and the hot water stagnates. Two of the last four "
  "samples from the locker rooms came back positive for Legionella. We've been doing hot flushes before "
  "events but it comes back within weeks, and the crew hates the scald lockouts. We want continuous "
  "protection for the piping itself, not something we have to re-do every quarter. No chemical deliveries "
  "to the building, please.",
  120000, 8, None, "2027-01-15",
  [("answer", "zh_cu_ag", "copper-silver ionisation"),
   ("sib0", "thermal_flush", "explicitly what they want to stop"),
   ("sib1", "uv_pou", "point of use only"),
   ("sib0", "clo2_dosing", "chemical deliveries excluded")])

# 18 parking garage lighting
T("zh_led_garage", "明辉照明", "车库LED灯具（微波感应调光，单灯组网）",
  ["energy-retrofits"],
  "40W LED三防灯替换原有T8/金卤灯，内置微波雷达感应，无人时降至10%亮度、有车或行人经过时秒级全亮，灯与灯之间无线组网，"
  "沿车道提前点亮。无需重新布线，直接替换灯具。光效160lm/W，IP65，质保5年。",
  9, [300, 250000], ["*"], 180)
T("solar_lights", "Sunpost", "Solar-powered pole lights",
  ["renewable-energy"],
  "Off-grid LED pole lights with integrated 120 W panel and LFP battery, 3 nights of autonomy. "
  "Ideal for open car parks, paths and perimeter roads; no trenching or utility connection. Needs "
  "direct sun on the panel. 5-year warranty on fixture and battery.",
  9, [1500, 300000], ["*"], 60)
T("led_plain", "Brightrow Lighting", "LED vapour-tight fixtures, fixed output",
  ["energy-retrofits"],
  "Direct replacement LED vapour-tight fixtures, 40 W, 5000 K, 150 lm/W, IP65. Lights stay at full "
  "output whenever the circuit is on; compatible with existing timeclocks. Typical 55-60% energy "
  "saving over fluorescent. Warranty 5 years.",
  9, [200, 180000], ["*"], 110)
N("n18", "San Jose", "US-CA", "Garage lights burn 24/7 on three levels that are half empty at night",
  ["energy-retrofits"],
  "Property manager for a medical office campus. Our parking structure has ~900 old fluorescent and "
  "metal-halide fixtures on 24-hour circuits. After 7 pm maybe 50 cars are in there. We want the "
  "lighting bill down and safety kept; no rewiring of the circuits, the structure is post-tensioned "
  "concrete and drilling is a nightmare. The garage is covered, so nothing that needs sunlight.",
  250000, 8, 150, "2027-02-01",
  [("answer", "zh_led_garage", "LED with microwave sensors, wireless grouping"),
   ("alt", "led_plain", "LED but no occupancy control"),
   ("sib0", "solar_lights", "needs sunlight, excluded")])

# 19 campus maintenance vehicles
T("zh_utv", "途锐电动车辆", "锂电多功能场地车（货厢/高空作业选配）",
  ["electric-vehicles"],
  "LFP 电池版多功能场地车，载重800kg，续航80-120km，最高车速40km/h，可选翻斗货厢、高压清洗和2m升降平台。"
  "支持家用220V慢充8小时或快充2小时。适合园区、校园、场馆的保洁与维修作业。整车质保2年，电池5年。",
  9, [18000, 600000], ["*"], 120)
T("propane_truck", "Roadwell Fleet", "Propane-fuelled compact utility trucks",
  ["green-transportation"],
  "Compact utility trucks on autogas with dual-fuel backup, lower NOx than gasoline equivalents, "
  "refuelled from an on-site 500-gallon tank. Payload 1,200 lb, range 250 miles, 3-year powertrain "
  "warranty and fuel supply contract.",
  9, [35000, 500000], ["US"], 40)
T("leadacid_cart", "Fairway Carts", "48 V lead-acid utility carts",
  ["electric-vehicles"],
  "Electric utility carts with 48 V flooded lead-acid batteries, 25 km range, 400 kg bed. Overnight "
  "charging with watering required weekly. Low purchase price; batteries typically replaced every "
  "3-4 years. Warranty 1 year.",
  9, [8000, 200000], ["*"], 60)
N("n19", "Irvine", "US-CA", "Replace 40 gas pickups used by custodial and maintenance crews",
  ["electric-vehicles"],
  "Facilities fleet manager, university. We run ~40 old gas pickups around campus, average trip 2 miles, "
  "never leaving campus, never over 25 mph. CARB and our climate plan say zero tailpipe. Crews need a "
  "cargo bed and ideally a lift for lamp changes. We have 120 V outlets at the yard; no budget to run new "
  "high-power circuits yet. Nothing fossil fuelled.",
  600000, 8, 100, "2027-06-30",
  [("answer", "zh_utv", "LFP campus utility vehicles, 220 V slow charge"),
   ("sib0", "propane_truck", "fossil fuel excluded"),
   ("alt", "leadacid_cart", "zero emission, short range, maintenance heavy")])

# 20 campus microgrid PSPS
T("zh_mgc", "源网控制技术", "园区微电网控制器（并离网无缝切换）",
  ["smart-grid"],
  "微电网中央控制器，统一调度园区已有光伏、储能与可控负荷，检测到电网失电后在100ms内完成孤岛运行，"
  "按预设优先级保障实验室冷库、数据机房等关键负荷，恢复供电后自动同期并网。支持IEC 61850、Modbus，"
  "已通过UL 1741 SB认证，质保5年。",
  9, [150000, 900000], ["*"], 300)
T("diesel_fleet", "Ironfield Power", "Mobile diesel generator rental fleet",
  ["smart-grid"],
  "Trailer-mounted diesel generators from 250 kW to 2 MW, delivered and connected within 24 hours "
  "of a shutoff notice, with fuel service. Tier 4 Final engines. Priced per week of standby plus run "
  "hours; monthly minimum.",
  9, [40000, 400000], ["US"], None)  # was -200: the engine takes no negative reduction (added when the set came in)
T("standalone_bess", "Voltstack Energy", "Building-level LFP backup batteries",
  ["energy-storage"],
  "Per-building 200-500 kWh LFP batteries with automatic transfer switches, each backing up one building "
  "independently. Solar on that building can recharge it, but buildings do not share power and the "
  "campus PV does not coordinate. 10-year warranty.",
  9, [120000, 900000], ["*"], 150)
T("mg_epc_trap", "Gridcore EPC", "Full campus microgrid EPC with new gas CHP and 10 MWh storage",
  ["smart-grid", "energy-storage"],
  "Design-build-operate campus microgrid: new 4 MW CHP, 10 MWh battery, medium-voltage switchgear "
  "replacement and controller, with a 20-year energy services agreement. Delivers islanding of the "
  "whole campus for weeks.",
  9, [12000000, 30000000], ["US"], 2500)
N("n20", "Santa Cruz", "US-CA", "PSPS shutoffs keep killing our labs' freezers", ["smart-grid"],
  "We already have 3 MW of PV on rooftops and two 1 MWh batteries, but when the utility cuts power for "
  "wildfire risk everything goes dark, because the inverters trip off with the grid. Research freezers "
  "and the data closet are what we really care about. We need the existing assets to keep the critical "
  "loads up on their own during an outage. Renting more diesel is not an acceptable answer.",
  900000, 8, 200, "2027-05-01",
  [("answer", "zh_mgc", "microgrid controller islanding existing PV+storage"),
   ("sib0", "diesel_fleet", "renting diesel excluded"),
   ("sib1", "standalone_bess", "new batteries per building; does not use existing PV"),
   ("trap", "mg_epc_trap", "cost min 12M > 900k")])

# 21 office chillers peak -> ice TES
T("zh_ice_tes", "冰源蓄冷科技", "盘管式冰蓄冷装置（夜间制冰、日间融冰）",
  ["energy-storage", "energy-retrofits"],
  "利用夜间低谷电，由现有双工况冷机通过乙二醇制冰储存在模块化盘管冰槽中，白天融冰供冷，削减冷机高峰负荷30%-50%。"
  "单槽蓄冷量约2000kWh冷量，可放在地下室或地面。配智能蓄冷控制器按电价自动优化，冰槽质保10年。",
  9, [150000, 800000], ["*"], 200)
T("bess_generic", "Voltstack Energy", "VS-1000 1 MWh LFP battery for demand charges",
  ["energy-storage"],
  "1 MWh / 500 kW containerised LFP system with peak-shaving EMS, 6000 cycles, 10-year warranty. "
  "Sits outdoors on a slab beside the switchgear, 12 m × 2.5 m, fire-rated enclosure with gas "
  "detection. Cuts metered demand regardless of which loads cause it.",
  9, [450000, 900000], ["*"], 160)
T("maglev_chiller", "Levicool", "Magnetic-bearing oil-free centrifugal chillers",
  ["energy-retrofits", "energy-efficiency"],
  "Oil-free magnetic-bearing centrifugal chillers, 150-700 tons, IPLV down to 0.35 kW/ton. "
  "Replacing old constant-speed chillers cuts chiller energy 30-40% but does not shift load in time. "
  "R-1234ze or R-513A. 5-year compressor warranty.",
  9, [300000, 1500000], ["*"], 250)
T("tes_trap", "Frostbank Thermal", "Stratified chilled-water storage tank, 3 million gallons",
  ["energy-storage"],
  "Field-erected welded steel stratified chilled-water tank, 3 million gallons, with diffusers and "
  "controls, for district-scale cooling plants. Requires a dedicated site and foundations.",
  9, [3500000, 6000000], ["US"], 600)
N("n21", "Los Angeles", "US-CA", "Summer on-peak charges from the chiller plant are brutal",
  ["energy-storage"],
  "Chief engineer, 28-storey office tower downtown. Our two 600-ton chillers carry most of the 4-9 pm "
  "on-peak kW on the TOU tariff. I'd like to make cooling at night when power is cheap and use it in the "
  "afternoon. We have space in the P3 level of the garage. A lithium battery container on the street side "
  "is not happening, the fire marshal already said no.",
  800000, 8, 180, "2027-04-01",
  [("answer", "zh_ice_tes", "ice storage with existing chillers"),
   ("sib0", "bess_generic", "lithium container excluded"),
   ("sib1", "maglev_chiller", "efficiency, not shifting"),
   ("trap", "tes_trap", "cost min 3.5M > 800k")])

# 22 residential estate pool heating
T("zh_pool_solar", "阳泳太阳能", "泳池专用无釉聚合物太阳能集热器",
  ["renewable-energy"],
  "采用抗紫外线聚丙烯材质的无釉集热板，池水直接通过集热板循环加热，无需换热器和水箱，利用现有过滤泵即可运行。"
  "集热面积按水面面积50%-80%配置，春秋季可提升水温4-6℃。耐氯耐盐，单板质保12年，屋面或车棚顶均可安装。",
  9, [12000, 120000], ["*"], 45)
T("pool_unglazed_en", "Sunvat Thermal", "Sunvat PoolMat unglazed polymer collectors",
  ["renewable-energy"],
  "Unglazed UV-stabilised polypropylene collector mats plumbed into the existing filter loop: pool "
  "water flows straight through the panels, no tanks or heat exchangers, and a differential controller "
  "diverts flow only when the roof is warmer than the pool. Sized at 50-80% of the water area; adds "
  "4-6 °F in shoulder seasons. 12-year panel warranty.",
  9, [10000, 110000], ["US"], 40)
T("pool_hp", "Aquaheat", "Inverter pool heat pumps",
  ["energy-retrofits"],
  "Inverter air-source heat pumps for pools, 25-140 kW heat output, COP 5-7 at 80 °F air, quiet "
  "operation. Replaces or supplements gas pool heaters, runs on grid electricity with a dedicated "
  "208/240 V circuit. Titanium heat exchanger; 3-year warranty.",
  9, [15000, 100000], ["*"], 35)
T("pool_cover", "Coverlux", "Automatic pool covers",
  ["energy-retrofits"],
  "Motorised slatted or fabric covers that close over the pool at night, cutting evaporation and heat "
  "loss by 50-70%. Does not add heat, but keeps what you have. Stainless mechanism, 5-year warranty.",
  9, [20000, 90000], ["*"], 20)
N("n22", "Riverside", "US-CA", "HOA pool heater gas bill is out of control", ["renewable-energy"],
  "We manage a 600-home HOA with two community pools, heated with old gas heaters from March to "
  "October. Gas went up again. The board wants free heat from the sun if possible; the clubhouse roof "
  "faces south and is in full sun. Keep it simple, our pool contractor should be able to maintain it, "
  "and the board has said no new electric loads that need a panel upgrade.",
  120000, 8, 40, "2027-02-15",
  [("answer", "zh_pool_solar", "unglazed polymer collectors"),
   ("second", "pool_unglazed_en", "English vendor, same solution"),
   ("sib0", "pool_hp", "needs new circuit excluded"),
   ("alt", "pool_cover", "partial: keeps heat, no heat")])

# 23 ice rink refrigerant
T("zh_rink_co2", "冰川冷链", "冰场CO2直接蒸发制冰系统",
  ["hfc-alternatives"],
  "以R744为制冷剂的跨临界CO2冰场系统，CO2直接在冰面下的管排内蒸发，取消盐水/乙二醇二次回路，冰面温度均匀度±0.5℃。"
  "系统回收的热量可用于浇冰热水、更衣室热水和观众区采暖。适用于1800平米标准冰面，含冰面管排改造，整体质保3年。",
  9, [500000, 1800000], ["*"], 600)
T("r449_dropin", "Cryon Climate", "R-449A drop-in retrofit service",
  ["hfc-alternatives"],
  "Retrofit of existing R-22 ice-rink chillers to R-449A: oil change, valve adjustments and new "
  "seals, keeping compressors and brine loop. About 60% lower GWP than R-404A, fast turnaround over "
  "a summer shutdown. Warranty on workmanship 1 year.",
  9, [60000, 250000], ["*"], 150)
T("nh3_brine", "Polarline Engineering", "Packaged ammonia chiller with glycol floor",
  ["hfc-alternatives"],
  "Low-charge packaged ammonia chiller (under 50 kg) on a glycol secondary loop through the rink floor. "
  "Ammonia stays in a sealed outdoor enclosure with detection and ventilation. Zero GWP; the glycol "
  "loop and pumps add energy compared with direct systems. 3-year warranty.",
  9, [450000, 1500000], ["*"], 450)
N("n23", "San Diego", "US-CA", "Rink plant still on R-22 and leaking", ["hfc-alternatives"],
  "Community ice arena, one NHL sheet, 30-year-old R-22 plant with a brine floor. We lose refrigerant "
  "every season and can't buy R-22 anymore. Board wants to do it once and do it right for the next 30 "
  "years: no HFCs or HFO blends, and it'd be great to use the reject heat for the Zamboni water and "
  "the showers. We know the floor piping is near end of life anyway.",
  1800000, 8, 500, "2027-05-31",
  [("answer", "zh_rink_co2", "CO2 direct rink with heat recovery"),
   ("sib0", "r449_dropin", "HFC/HFO blends excluded"),
   ("sib1", "nh3_brine", "natural refrigerant but secondary loop; no heat recovery mentioned")])
