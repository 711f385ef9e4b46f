"""English needs 16-23 and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n16 incised meadow creek
N("meadow_creek_incised", "Loyalton", "US-CA", "Process-based restoration of an incised meadow creek", ["nature-based"],
  "The Resource Conservation District seeks a contractor to restore about 2.5 miles of a meadow creek that has cut a "
  "channel 4 to 6 feet deep. The meadow is dry by July, the willows are dying back and ranchers lose late-season forage. "
  "We want to slow the water and let the creek rebuild its floodplain over several years with hand-built, low-cost "
  "structures, and to monitor the groundwater response. Landowners will not allow heavy equipment onto the wet meadow, "
  "and hard armouring of the banks is not what this grant pays for.",
  350000, 7, 150, "2027-07-15",
  answers=["bda_service"],
  alts={"willow_stake": "riparian planting helps, but does not raise the water table on its own"},
  sibs={"riprap": (0, "rock bank armour: hard armouring is not what the grant pays for"),
        "pond_plug": (0, "pond-and-plug restoration needs excavators on the meadow")},
  setting={"solar_stock_pump": "same ranch meadows, livestock water supply"})

T("bda_service", "溪源生态", "低技术过程式河道修复（仿河狸坝）",
  ["nature-based"],
  "采用人工打入木桩、以柳枝和原木编织成透水坝（仿河狸坝BDA、木桩编篱PALS），抬高枯水期水位，促使河道淤积和漫滩重建，"
  "全程人工和手持机具施工，不开挖、不用混凝土。配套浅层地下水位监测井和无人机正射影像，逐年评估草甸湿地恢复效果，"
  "已在北美和国内高原草甸完成多个项目。",
  8, [40000, 600000], ["US", "CN"], 120)
T("riprap", "Stonebank Contractors", "Rock riprap bank stabilisation",
  ["nature-based", "clean-water"],
  "Design and installation of graded rock riprap, keyed toe trenches and geotextile underlayment to stop bank erosion "
  "on creeks and irrigation channels. Hydraulic sizing to the 100-year flow, placement by long-reach excavator, "
  "and permitting support for Section 404 and 1602 agreements.",
  9, [50000, 900000], ["*"], None)
T("pond_plug", "Meadowworks", "Pond-and-plug meadow restoration",
  ["nature-based"],
  "Restores incised meadow streams by excavating borrow ponds along the gully and using the fill to plug it, returning "
  "flow to remnant channels on the meadow surface. Work is done with excavators and scrapers over one dry season; "
  "raises the water table across the whole meadow within a year.",
  9, [200000, 2000000], ["*"], 200)
T("willow_stake", "Riparia Native Plants", "Willow pole planting and riparian revegetation",
  ["nature-based"],
  "Crews harvest live willow and cottonwood poles on site and drive them into streambanks to the dry-season water table, "
  "with browse protection and two years of replacement. Cheap and quick shade and root strength for banks; about "
  "1,000-3,000 poles per mile, planted by hand in late winter.",
  9, [15000, 150000], ["US"], 40)
T("solar_stock_pump", "Rangewater", "Solar stock-water pumping systems",
  ["renewable-energy"],
  "Solar submersible pumps, float-switch tanks and troughs that move livestock off creeks and springs to upland water. "
  "300-2,000 W arrays, pumps rated to 600 ft head, 5-year warranty; packaged kits for NRCS EQIP cost-share practice "
  "standards with remote tank-level alerts.",
  9, [6000, 40000], ["US"], 5)

# ---------------------------------------------------------------- n17 nitrate in small system
N("nitrate_small_system", "Orosi", "US-CA", "Nitrate treatment for a small community water system", ["clean-water"],
  "A disadvantaged community water system (about 160 connections, two wells) has nitrate at 12 to 16 mg/L as N, above "
  "the 10 mg/L MCL, and residents have been on bottled water for two years. The State Water Board will fund permanent "
  "treatment at the wellhead. The community has no sewer and the nearest brine line is 40 miles away, so any process "
  "that leaves a reject or regenerant stream to truck out is off the table. A part-time certified operator will run it.",
  2500000, 7, 20, "2027-09-30",
  answers=["bio_denit"],
  sibs={"ro_plant": (0, "reverse osmosis leaves a reject stream"),
        "ix_nitrate": (0, "ion exchange leaves regenerant brine to truck out"),
        "pou_ro": (1, "under-sink units: interim, not wellhead treatment")},
  traps={"mbfr_h2": "TRL 5 below min_trl 7"})

T("bio_denit", "清泉生物", "饮用水生物反硝化处理系统",
  ["clean-water"],
  "固定床生物反硝化反应器以乙酸或乙醇为碳源，把硝酸盐还原为氮气，后接曝气、多介质过滤和消毒，出水硝酸盐氮低于5 mg/L，"
  "不产生浓水和再生废液，少量反冲洗水可回收利用。模块化设计，处理量200-3000立方米/天，自控系统支持远程值守，"
  "已通过饮用水卫生安全评价。",
  8, [800000, 2400000], ["*"], 15)
T("ro_plant", "Purestream", "Packaged reverse osmosis for small water systems",
  ["clean-water"],
  "Skid-mounted RO trains of 50-500 gpm with pre-filtration, antiscalant dosing and remineralisation, removing nitrate, "
  "arsenic and salts to well below MCLs. Recovery of 75-85 %; the reject stream goes to sewer, an evaporation pond or "
  "haul-off. PLC with remote alarms, designed for part-time operators.",
  9, [400000, 2500000], ["*"], None)
T("ix_nitrate", "Resintek", "Nitrate-selective ion exchange systems",
  ["clean-water"],
  "Pressure vessels filled with nitrate-selective anion resin treat 100-1,000 gpm of well water, regenerated with salt "
  "brine every few days; brine reuse cuts salt use by 30-50 %. Spent regenerant is sent to sewer or hauled. Automated "
  "regeneration and nitrate analyser; the most common wellhead nitrate treatment in the Central Valley.",
  9, [300000, 1800000], ["*"], None)
T("pou_ro", "Tapsafe", "Point-of-use RO programme for households",
  ["clean-water"],
  "Under-sink reverse osmosis units installed, sampled and maintained in every connection of a small system, as an "
  "interim or permanent compliance option where central treatment is not feasible. Includes filter changes every "
  "six months, certified lab sampling and reporting to the Division of Drinking Water.",
  9, [60000, 300000], ["US-CA"], None)
T("mbfr_h2", "Hydrogenix", "Hydrogen-based membrane biofilm reactor (pilot)",
  ["clean-water"],
  "Pilot membrane biofilm reactor in which hydrogen gas diffuses through hollow fibres to a denitrifying biofilm, reducing "
  "nitrate and perchlorate to harmless products with no brine and no organic carbon dosing. Demonstration units of "
  "50-200 gpm are available for field trials with university partners.",
  5, [500000, 1500000], ["*"], 10)

# ---------------------------------------------------------------- n18 dairy milk cooling
N("dairy_milk_cooling_peak", "Hilmar", "US-CA", "Thermal storage for dairy milk cooling — peak shifting", ["energy-storage"],
  "The county agricultural commissioner and the local utility are launching a pilot for 12 family dairies of 300 to 1,500 "
  "cows. Milk cooling compressors run hardest during afternoon milking, right in the 4-9 pm peak window, and demand "
  "charges are now a big line on the bill. We want equipment that lets the farms do the refrigeration work at night and "
  "still bring milk to 38 °F within two hours. Insurers in the pilot refuse to cover lithium battery containers near the "
  "barns, so those are not eligible.",
  120000, 8, 60, "2027-04-15",
  answers=["ice_bank_milk"],
  sibs={"lfp_container": (0, "lithium battery container: not eligible"),
        "well_precooler": (1, "plate pre-cooler with well water: lowers the load, shifts nothing"),
        "vs_scroll": (1, "variable-speed compressors: efficiency, not time shift")},
  setting={"dairy_digester": "same dairies, manure methane"})

T("ice_bank_milk", "雪源制冷", "冰蓄冷牛奶速冷系统",
  ["energy-storage", "energy-efficiency"],
  "夜间用低谷电制冰，储存在冰盘管蓄冰槽中，挤奶时用0.5-1℃冰水经板式换热器直冷鲜奶，白天压缩机基本不开机。单套蓄冷量"
  "300-2000千瓦时，奶温2小时内降到3-4℃，符合生鲜乳收购标准；可与原有奶罐并联，不动挤奶厅管路，已在北美和新西兰牧场应用。",
  9, [30000, 110000], ["*"], 50)
T("lfp_container", "Voltstack", "Containerised LFP battery storage 250-1,000 kWh",
  ["energy-storage"],
  "Outdoor LFP battery enclosures with integrated PCS, liquid thermal management and fire suppression, for demand-charge "
  "management and solar self-consumption on farms and commercial sites. 250-1,000 kWh, 125-500 kW, UL 9540A tested, "
  "10-year performance warranty and utility interconnection support.",
  9, [110000, 600000], ["*"], 120)
T("well_precooler", "Dairyflow", "Plate pre-coolers for milk",
  ["energy-efficiency"],
  "Stainless plate heat exchangers that cool milk from 95 °F towards well-water temperature before it reaches the bulk "
  "tank, cutting compressor run time by 40-60 %. The warmed water goes to the cows. Sized for 20-200 gpm milk flow, "
  "CIP-compatible, and installs in the milk line in a day.",
  9, [5000, 25000], ["*"], 25)
T("vs_scroll", "Frostline Dairy", "Variable-speed scroll condensing units for bulk milk tanks",
  ["energy-efficiency"],
  "Inverter-driven scroll compressors that match capacity to milk flow during milking instead of cycling on and off, "
  "saving 20-35 % of cooling energy. 5-30 hp units with heat-recovery coils for wash water, remote monitoring of tank "
  "temperature and compliance logging for the creamery.",
  9, [12000, 60000], ["*"], 30)
T("dairy_digester", "Lagoongas", "Covered lagoon digesters for dairies",
  ["waste-treatment", "renewable-energy"],
  "HDPE covers over flushed-manure lagoons capture biogas for RNG injection or on-farm power, with a gas skid, flare "
  "and metering that qualify for LCFS and CDFA Dairy Digester Research and Development grants. Sized for 1,000 cows "
  "and up; reduces methane by 5,000-20,000 t CO2e a year.",
  9, [1500000, 6000000], ["US"], 10000)

# ---------------------------------------------------------------- n19 ag pump DR
N("ag_pump_load_mgmt", "Firebaugh", "US-CA", "Load management for district and grower pumps during grid peaks", ["smart-grid"],
  "The irrigation district operates 40 lift pumps and about 300 grower-owned well pumps (50 to 400 hp) share the same "
  "feeders. The utility will pay for dispatchable load reduction on summer afternoons but needs telemetered, verifiable "
  "curtailment. We want a system that switches pumps off and back on remotely on a utility signal, measures the kW shed, "
  "and gives growers at least two hours' notice and an easy way to opt out of an event; growers have said they will not "
  "sign up for anything that shuts a pump without that. No new reservoirs or pump replacements in this phase.",
  450000, 8, 900, "2027-05-31",
  answers=["pump_dr_controller"],
  alts={"time_clock": "time clocks move pumping off-peak, but are not dispatchable or telemetered"},
  sibs={"ag_dlc_switch": (0, "one-way load-control switch: shuts pumps with no notice or opt-out"),
        "pump_vfd": (1, "VFD retrofit: efficiency, not curtailment"),
        "solar_pump": (1, "solar pumping: lowers grid draw, different way")})

T("pump_dr_controller", "汇流智控", "灌溉泵站需求响应控制终端",
  ["smart-grid"],
  "装在水泵控制柜内的4G/卫星双模终端，接收电网OpenADR 2.0b事件信号，按预设策略远程停泵、错峰再启动，内置三相电能计量，"
  "记录削减千瓦数并生成可核查的结算数据。农户手机App提前收到事件通知，可一键选择退出本次事件。支持软启动器和变频器接口，"
  "适用单机50-500马力。",
  9, [40000, 500000], ["*"], 800)
T("time_clock", "Fieldtime", "Astronomical time clocks for irrigation pumps",
  ["smart-grid", "energy-efficiency"],
  "Rugged seven-day programmable time switches with holiday calendars and battery carry-over, wired into pump starter "
  "circuits to keep pumps off during time-of-use peak periods. NEMA 4X enclosure, 40 A contacts, installs in under "
  "an hour per panel; utilities often rebate them on ag TOU tariffs.",
  9, [200, 20000], ["*"], 200)
T("ag_dlc_switch", "Gridpulse", "One-way radio load-control switches",
  ["smart-grid"],
  "Utility direct-load-control receivers that open the pump contactor on a paging or FM radio signal for the length of "
  "an event and restore it afterwards. No back-channel, no customer override; simple, cheap and proven on air "
  "conditioners and irrigation pumps since the 1990s.",
  9, [100, 50000], ["*"], 300)
T("pump_vfd", "Drivetech", "VFD retrofits for irrigation pumps",
  ["energy-efficiency"],
  "Variable frequency drives of 50-500 hp with harmonic filters and pressure transducers, letting turbine and booster "
  "pumps follow system demand instead of throttling valves. Typical savings 15-40 % of pump energy and fewer water "
  "hammer events; includes pump test before and after for utility rebates.",
  9, [15000, 400000], ["*"], 250)
T("solar_pump", "Sunflow Ag", "Grid-tied solar for irrigation pumping",
  ["renewable-energy"],
  "Ground-mounted PV arrays of 100 kW-2 MW on field edges behind ag meters, with aggregation across a grower's pump "
  "accounts under NEM-A. Cuts the grid bill of pumping by 60-90 %; design, interconnection and O&M included.",
  9, [200000, 3000000], ["US"], 600)

# ---------------------------------------------------------------- n20 canal solar
N("canal_solar", "Oakdale", "US-CA", "Solar over open irrigation canals", ["renewable-energy"],
  "The district has 60 miles of open, concrete-lined laterals 15 to 30 feet wide and loses a noticeable share of its water "
  "to evaporation every summer. The board wants to build solar on the canals themselves: we own the right-of-way, but we "
  "will not buy land or take orchard ground out of production for panels. Structures must let our crews reach the canal "
  "for cleaning and weed control and survive the seasonal dewatering. Phase 1 is about 1 to 3 MW.",
  4500000, 7, 1500, "2027-10-01",
  answers=["canal_pv"],
  sibs={"agrivoltaic": (0, "panels over cropland: will not take orchard ground"),
        "floating_pv": (1, "floating PV on reservoirs: water-surface solar, different way; canals dewater")},
  traps={"canal_pv_mega": "budget: cheapest deployment above the 4.5M budget"})

T("canal_pv", "跨渠新能源", "渠上光伏支架系统",
  ["renewable-energy"],
  "针对灌溉渠道设计的大跨度光伏支架：钢桁架或预应力索结构横跨10-30米渠面，基础落在渠堤两侧，不占用耕地，组件遮阴可减少"
  "水面蒸发约50%-70%。净空不低于4.5米，预留清淤和除草机械通道；模块化安装，无需断水施工。单项目0.5-20兆瓦，提供设计、"
  "施工总包和25年运维。",
  8, [1200000, 30000000], ["*"], 1200)
T("agrivoltaic", "Agrisol", "Agrivoltaic trackers over crops",
  ["renewable-energy"],
  "Elevated single-axis trackers (clearance 3-5 m) installed over orchards, vineyards and row crops, with a shading "
  "algorithm that trades energy for crop light. Farm machinery works underneath; 1-20 MW projects on leased farmland, "
  "with crop-yield monitoring plots.",
  8, [1500000, 30000000], ["*"], 1300)
T("floating_pv", "Hydrosun", "Floating PV for reservoirs and ponds",
  ["renewable-energy"],
  "HDPE float platforms anchored to the banks or bottom of reservoirs, storage ponds and wastewater lagoons, 0.5-50 MW. "
  "Cuts evaporation from the covered area and algae growth; requires a minimum water depth of 1.5 m all year.",
  9, [900000, 40000000], ["*"], 1100)
T("canal_pv_mega", "Aquavolt EPC", "Utility-scale canal-top solar EPC",
  ["renewable-energy"],
  "Engineering, procurement and construction of canal-top solar at utility scale: 20-100 MW on main canals with "
  "substation, transmission tie and power purchase agreement structuring. Minimum project size 20 MWac.",
  9, [18000000, 120000000], ["*"], 25000)

# ---------------------------------------------------------------- n21 weak-grid fast charging
N("highway_town_fast_charge", "Lone Pine", "US-CA", "Fast charging at a highway town where the grid can't grow", ["electric-vehicles"],
  "The town sits on a two-lane highway 80 miles from the next fast charger, and EV drivers already queue at the two "
  "Level 2 posts behind the visitor centre. The utility says a new three-phase service big enough for conventional "
  "150 kW chargers will take three to four years. Staff propose two fast-charging stalls that work from the existing "
  "208 V, 100 A service at the site. Diesel or propane generators for charging are not acceptable to the council.",
  400000, 8, 120, "2027-06-01",
  answers=["buffered_dcfc"],
  alts={"l2_chargers": "works on the existing service, but Level 2 is not fast charging"},
  sibs={"standard_dcfc": (1, "fast charging, but needs the new service the utility cannot deliver"),
        "mobile_gen_charger": (0, "generator charging truck: not acceptable to the council")},
  traps={"secondlife_buffer_dcfc": "TRL 6 below min_trl 8"})

T("buffered_dcfc", "蓄能驿站", "储能型直流快充桩",
  ["electric-vehicles", "energy-storage"],
  "一体化储能快充桩内置200千瓦时磷酸铁锂电池，电网侧只需20-40千瓦低压接入，持续为电池补电，对车输出可达150千瓦，"
  "两枪可同时快充。适合电网容量受限的公路沿线、景区和小镇，支持CCS1/CCS2/GB/T接口和OCPP 1.6J，远程运维，"
  "已取得北美UL认证。",
  9, [150000, 380000], ["*"], 100)
T("l2_chargers", "Plugtown", "Networked Level 2 charging posts",
  ["electric-vehicles"],
  "Dual-port 19.2 kW Level 2 pedestals with cellular network, payment by app or card and load sharing on a single "
  "208 V circuit. ENERGY STAR certified, ADA-compliant layouts, 5-year parts warranty; ideal for workplaces, libraries "
  "and long-dwell public parking.",
  9, [8000, 120000], ["*"], 20)
T("standard_dcfc", "Amperion", "150 kW DC fast chargers",
  ["electric-vehicles"],
  "Split-architecture DC fast chargers with a 150 kW power cabinet and two CCS1/NACS dispensers, 480 V three-phase input, "
  "liquid-cooled cables and 97 % peak efficiency. NEVI-compliant uptime reporting, OCPP 2.0.1 and site design with the "
  "utility service upgrade.",
  9, [120000, 350000], ["*"], 90)
T("mobile_gen_charger", "Roadamp", "Mobile EV charging truck",
  ["electric-vehicles"],
  "A box truck carrying a battery pack and an on-board generator set that delivers 60-120 kW DC fast charging anywhere: "
  "events, fleet depots, roadside rescue and sites waiting for grid service. Rented by the day or month with an "
  "operator; refuels on diesel or propane.",
  9, [1500, 90000], ["*"], None)
T("secondlife_buffer_dcfc", "Rebatt", "Second-life battery-buffered fast charger (field trial)",
  ["electric-vehicles", "energy-storage"],
  "Battery-buffered DC fast charger built from repurposed EV packs, drawing 25 kW from the grid and delivering up to "
  "120 kW to vehicles. Ten pre-commercial units are in field trials; certification is in progress.",
  6, [90000, 200000], ["*"], 80)

# ---------------------------------------------------------------- n22 farmworker commutes
N("farmworker_commute", "Salinas", "US-CA", "Safer commutes for farmworkers", ["green-transportation"],
  "Monterey County and the agricultural commissioner want a programme that gets farmworkers to the fields safely. Crews "
  "change fields every few days, start before dawn and today ride in overcrowded private vans (raiteros) that charge per "
  "head and often carry no insurance. We are looking for an operator or platform that puts crews in properly insured, "
  "seat-belted vans driven by one of their own, with fares paid by payroll deduction and trips organised in Spanish "
  "and Mixteco. We are not opening a fixed-route bus line: fields move too often.",
  600000, 8, 700, "2027-03-01",
  answers=["ag_vanpool"],
  sibs={"fixed_route_bus": (0, "fixed-route service: not opening a fixed-route bus line"),
        "microtransit_sw": (1, "on-demand pooled rides, but not crew vanpools driven by the workers"),
        "ebike_lending": (1, "e-bike lending: active commute, different way")})

T("ag_vanpool", "同行出行", "田间通勤合乘车队服务",
  ["green-transportation"],
  "面向农业和工地工人的合乘通勤服务：提供带商业保险、安全带和GPS的7-15座车辆，由经过培训认证的工人本人担任司机，"
  "班组按作业地块变化每天调整上车点。车费从工资中按月代扣，雇主和政府补贴可直接结算。调度平台支持多语种语音通知和短信，"
  "按车队规模计费。",
  9, [80000, 900000], ["*"], 600)
T("fixed_route_bus", "Valley Transit Partners", "Contracted rural fixed-route bus service",
  ["green-transportation"],
  "Turn-key operation of rural fixed-route and commuter express lines: drivers, vehicles, maintenance, fare collection "
  "and federal 5311 reporting. Battery-electric or CNG cutaway buses, timetables designed around shift times, "
  "contracts of 3-5 years.",
  9, [400000, 5000000], ["*"], 500)
T("ebike_lending", "Pedalshare", "E-bike lending libraries for rural workers",
  ["green-transportation"],
  "Long-term e-bike loans for low-income workers: 500 W cargo and commuter e-bikes, locks, lights, helmets and "
  "maintenance, issued for 3-12 months through community organisations. Bilingual safety training and GPS tracking "
  "for recovery; programmes of 50-500 bikes.",
  9, [60000, 500000], ["US"], 80)

# ---------------------------------------------------------------- n23 rice-straw housing
N("rice_straw_housing", "Williams", "US-CA", "Farmworker housing built with local rice straw", ["green-buildings"],
  "The county housing authority will build 24 units of farmworker family housing. Rice straw can no longer be burned in "
  "the field and growers pay to get rid of it, so the board would like the new buildings to use it and store carbon. "
  "The walls must meet Title 24 energy code and the CBC fire and seismic requirements and go up fast, because the build "
  "season is short. The architect wants no spray foam or rigid foam insulation anywhere in the envelope.",
  3000000, 7, 150, "2027-08-15",
  answers=["straw_panel"],
  sibs={"sip_eps": (0, "EPS-core SIPs: rigid foam in the envelope"),
        "hempcrete": (1, "bio-based walls, but hemp rather than local straw"),
        "rammed_earth": (1, "low-carbon walls, different material and no straw")})

T("straw_panel", "禾构科技", "秸秆预制墙板",
  ["green-buildings"],
  "工厂预制的秸秆木框架墙板：稻麦秸秆压实填充在工程木框架内，两侧为石灰抹灰或木纤维板，整板运到现场吊装，一天可完成一户"
  "墙体。墙体热阻R-30（约RSI 5.3），已完成1小时耐火和抗震构造试验，每平方米墙体固碳约40公斤，提供深化设计和现场安装指导。",
  8, [150000, 2500000], ["*"], 120)
T("sip_eps", "Panelcore", "EPS-core structural insulated panels",
  ["green-buildings"],
  "Structural insulated panels with an expanded polystyrene core laminated between OSB skins, R-24 to R-40, precut at "
  "the factory with window openings and electrical chases. A crew of four closes in a house shell in two days; ICC-ES "
  "evaluated for shear walls.",
  9, [40000, 900000], ["*"], 60)
T("hempcrete", "Hempwall", "Hempcrete blocks and cast walls",
  ["green-buildings"],
  "Hemp hurd and lime binder cast around a timber frame or laid as precast blocks, giving vapour-open, fire-resistant "
  "walls of about R-2.4 per inch that store carbon. Appendix BL of the IRC covers hemp-lime; blocks ship from our "
  "Kentucky plant.",
  8, [60000, 1500000], ["US"], 80)
T("rammed_earth", "Terraform Walls", "Stabilised rammed earth walls",
  ["green-buildings"],
  "18-24 inch walls of site soil with 5-8 % cement compacted in formwork, with an insulated core option for Title 24. "
  "High thermal mass, fire-proof and long-lived; forming crews build 40-60 linear feet a day.",
  9, [80000, 2000000], ["US"], 40)
