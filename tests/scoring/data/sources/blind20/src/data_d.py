# English needs 24-30, their technologies, and the generic distractors.
from common import T, N, G

# 24 hospital IT room cooled by comfort AC
T("zh_economizer", "风谷节能", "机房间接蒸发/新风自然冷却一体机（含冷热通道封闭）",
  ["green-data-centers", "energy-retrofits"],
  "适用于5-50个机柜的中小机房：一体机利用室外冷空气经板式换热间接冷却机房回风，室外温度低于18℃时压缩机停机，"
  "高温时机械补冷。配套冷通道封闭和盲板，消除混风。全年自然冷却小时数在沿海气候可达70%以上，机房PUE可从2.0降至1.4左右。质保3年。",
  9, [25000, 200000], ["*"], 90)
T("crah_precision", "Coldaisle Works", "Inverter precision CRAC units",
  ["green-data-centers"],
  "Downflow or upflow precision air conditioners with EC fans and inverter compressors, 10-60 kW, "
  "tight humidity control and N+1 redundancy. Replaces comfort split units in server rooms; energy "
  "use 30% lower than fixed-speed CRACs but still compressor-based all year. 3-year warranty.",
  9, [20000, 180000], ["*"], 40)
T("immersion_small", "Submerra Thermal", "Single-rack immersion pod",
  ["green-data-centers"],
  "Single 42U-equivalent immersion pod with a dry cooler, up to 50 kW, for edge rooms. Servers need "
  "fans removed and warranty sign-off from the OEM. Eliminates room air conditioning for the IT load. "
  "3-year warranty.",
  9, [45000, 120000], ["*"], 60)
N("n24", "Oakland", "US-CA", "Hospital server room runs 3 split ACs 24/7", ["green-data-centers"],
  "We have a 14-rack IT room on the 2nd floor of the main hospital, cooled by three comfort split systems "
  "running flat out all year, and it's still 80 °F behind the racks. Bay Area weather is cool most of the "
  "year and we have an outside wall. I'd like to use the outside air somehow instead of compressors. "
  "Medical devices vendors won't let us change the servers.",
  200000, 8, 80, "2027-03-31",
  [("answer", "zh_economizer", "indirect air-side free cooling + containment"),
   ("alt", "crah_precision", "proper cooling but still compressor-based"),
   ("sib0", "immersion_small", "server changes excluded")])

# 25 wildfire smoke dorms
T("zh_eac_filter", "净界空气科技", "低阻力静电增强型空调过滤器（MERV 13-14等效）",
  ["clean-air"],
  "采用驻极体介质加低电压电场增强的空调过滤模块，对PM2.5过滤效率达MERV 13-14等效，初阻力仅为同级袋式过滤器的40%，"
  "可直接替换原有风机盘管与空调箱的过滤器框架，不需更换风机。无臭氧产生（UL 2998认证），滤芯6-12个月更换，主机质保5年。",
  9, [20000, 300000], ["*"], 10)
T("portable_hepa", "Breathwell", "Portable HEPA air purifiers",
  ["clean-air"],
  "Stand-alone HEPA H13 purifiers, CADR 400 cfm, quiet mode 32 dB, for rooms up to 500 sq ft. "
  "Plug in and run during smoke events; filters replaced every 6-12 months. Students often switch "
  "them off or unplug them. Warranty 2 years.",
  9, [200, 150000], ["*"], 0)
T("ionizer", "Plasmacore", "Bipolar ionization duct modules",
  ["clean-air"],
  "Needlepoint bipolar ionization tubes installed in air handlers, charging particles so they "
  "agglomerate and drop out or are caught by existing filters. Low pressure drop, low maintenance. "
  "Independent data on real-world performance is mixed; some units produce trace ozone. 5-year warranty.",
  9, [8000, 120000], ["*"], 0)
T("photocat_trap", "Luminox Labs", "Photocatalytic smoke filter prototype",
  ["clean-air"],
  "Titanium dioxide coated filter media under UV LEDs that oxidise fine smoke particles and VOCs; "
  "bench tests at our lab, a first building trial planned next year.",
  5, [30000, 200000], ["*"], 5)
N("n25", "Chico", "US-CA", "Wildfire smoke gets into the residence halls every fall", ["clean-air"],
  "Housing facilities. During smoke events PM2.5 inside our 6 dorm buildings hits 80+ µg/m³. The air "
  "handlers and fan coils are old and the mechanical engineer says they can't take the pressure drop "
  "of thicker filters without new fans. Portable units get unplugged by students. Anything that emits "
  "ozone is ruled out by our EH&S office.",
  300000, 8, None, "2026-12-31",
  [("answer", "zh_eac_filter", "low-pressure-drop MERV13 equivalent, no ozone"),
   ("sib1", "portable_hepa", "different way; need says they get unplugged (discouraged, not excluded)"),
   ("sib0", "ionizer", "ozone-emitting excluded"),
   ("trap", "photocat_trap", "TRL 5 < 8")])

# 26 stadium packaged food waste
T("zh_depack", "拆包环保机械", "包装食品垃圾破袋分离机（有机浆液+包装物）",
  ["waste-treatment"],
  "针对带包装的过期食品、饮料杯、餐盒：锤片式破袋分离，将有机物打成浆液（有机回收率≥95%，杂质≤0.5%），"
  "塑料与纸包装分离出来另行回收。处理能力2-10吨/小时，浆液可直接送厌氧消化或堆肥厂。整机质保2年，易损件单列。",
  9, [90000, 450000], ["*"], 500)
T("baler", "Compacta", "Vertical balers and self-contained compactors",
  ["waste-treatment"],
  "Cardboard and film balers plus a self-contained wet-waste compactor for event venues, cutting haul "
  "frequency by 60-75%. Everything still goes to landfill or a MRF as mixed loads; no separation of "
  "organics. 3-year warranty.",
  9, [20000, 150000], ["US"], 80)
T("zh_ai_bins", "智分科技", "AI视觉分类垃圾桶（投放引导）",
  ["waste-treatment"],
  "带摄像头与显示屏的分类垃圾桶，识别观众投放的物品并提示正确桶位，统计各桶污染率。可减少投放错误约30%，"
  "但不处理已混合的垃圾。单桶质保1年，平台年费另计。",
  9, [5000, 100000], ["CN", "US"], 30)
N("n26", "Inglewood", "US-CA", "Game-day waste: compostables full of cups and wrappers", ["waste-treatment"],
  "Stadium ops. SB 1383 says our organics have to be recovered, but after a game the 'compost' stream is "
  "half plastic cups, wrappers and unopened concessions, and the composter rejects it. Hand-sorting "
  "40 tons a game isn't realistic. We need something back-of-house that takes what comes in and "
  "pulls the food out. Changing fan behaviour at the bins is a separate project.",
  450000, 8, 400, "2027-03-01",
  [("answer", "zh_depack", "de-packaging separation of organics"),
   ("sib1", "baler", "volume reduction, not separation"),
   ("sib0", "zh_ai_bins", "bin behaviour project excluded")])

# 27 building performance benchmarking
T("zh_benchmark", "能效数据服务", "建筑能耗数据自动汇集与ENERGY STAR对标服务",
  ["ghg-data"],
  "通过公用事业公司的数据接口（Green Button / Web Services）按月自动拉取整栋楼电、气数据，合并租户分表，"
  "同步到ENERGY STAR Portfolio Manager并生成各城市建筑能效公开申报文件（含合规截止提醒）。按栋按年计费，首批上线3周。",
  9, [3000, 90000], ["*"], None)
T("ess_portal_en", "Metricore", "Metricore utility data sync for Portfolio Manager",
  ["ghg-data"],
  "Aggregates whole-building electricity and gas data from utility web services and tenant meters every "
  "month, pushes it to ENERGY STAR Portfolio Manager and files the annual disclosure for each local "
  "benchmarking ordinance, with deadline alerts and a data-quality checker. Per building per year; "
  "onboarding 3-4 weeks.",
  9, [2500, 80000], ["US"], None)
T("audit_l2", "Verdancy Partners", "ASHRAE Level 2 audits and retro-commissioning",
  ["energy-retrofits"],
  "Engineers walk each building, trend the BAS, and deliver an audit report with measures, savings "
  "and costs, plus retro-commissioning of controls. One-off engagement per building; no ongoing data "
  "reporting. 6-8 weeks per building.",
  9, [8000, 80000], ["*"], 80)
T("zh_meters_27", "计量通物联", "租户分项计量改造（LoRa无线电表）",
  ["smart-grid"],
  "为多租户写字楼加装无线分项计量电表，实时采集各租户用电并自动生成账单，15分钟数据，不停电施工。"
  "可作为能耗申报的数据来源之一，但不含申报功能。电表质保5年。",
  9, [10000, 200000], ["*"], 20)
N("n27", "San Francisco", "US-CA", "Benchmarking filings for 22 buildings are a mess", ["ghg-data"],
  "We're a property manager with 22 commercial and multifamily buildings across SF, Oakland and LA, each "
  "city with its own disclosure deadline. Every spring someone collects PDFs of bills and types numbers "
  "in, tenants' meters are missing, and we got a late notice last year. Want this automated and "
  "repeatable.",
  90000, 8, None, "2027-03-01",
  [("answer", "zh_benchmark", "automated utility data -> ESPM filings"),
   ("second", "ess_portal_en", "English vendor, same service"),
   ("sib1", "audit_l2", "audit, not reporting"),
   ("sib1", "zh_meters_27", "data source but no filing")])

# 28 student housing embodied carbon
T("zh_lc_concrete", "低碳胶凝材料", "煅烧黏土-石灰石低碳水泥混凝土（LC3，附EPD）",
  ["green-buildings"],
  "以煅烧黏土和石灰石粉替代约50%熟料的LC3胶凝体系，配制C30-C50结构混凝土，隐含碳比普通硅酸盐水泥混凝土低30%-40%，"
  "28天强度与施工性能相当。每个配合比提供第三方EPD和碳排放计算书，可在预拌站直接生产。按方供货，质量保证按国标。",
  9, [50000, 3000000], ["*"], 900)
T("clt_frame", "Timberline Structures", "Cross-laminated timber structural system",
  ["green-buildings"],
  "CLT floor and wall panels with glulam columns for 4-12 storey residential buildings, prefabricated "
  "and erected in weeks. Stores biogenic carbon and cuts embodied emissions 30-50% against concrete "
  "frames. Type IV-B construction per IBC 2021. Design-assist and supply.",
  9, [400000, 6000000], ["US", "CA"], 1100)
T("eaf_rebar", "Greenmill Steel", "EAF recycled-content rebar with EPD",
  ["green-buildings"],
  "Reinforcing bar made in electric-arc furnaces from 97% scrap, with a product-specific EPD showing "
  "about 0.7 t CO2e per tonne versus 1.9 t for blast-furnace steel. Drop-in replacement in any "
  "concrete design. Supplied through our rebar fabricators.",
  9, [30000, 1500000], ["US"], 300)
N("n28", "Berkeley", "US-CA", "New 600-bed residence hall: cut embodied carbon", ["green-buildings"],
  "Design phase for a 7-storey student housing block, post-tensioned concrete flat slabs. The UC policy "
  "wants embodied carbon down at least 30%. The structural engineer has ruled out switching to timber "
  "on this site (fire and acoustics). The largest item by far is the concrete itself, around 14,000 "
  "cubic yards. Needs third-party documentation.",
  3000000, 8, 800, "2027-06-01",
  [("answer", "zh_lc_concrete", "LC3 concrete with EPD"),
   ("sib0", "clt_frame", "timber ruled out"),
   ("alt", "eaf_rebar", "partial: rebar, not the concrete")])

# 29 central plant pumps and cooling towers
T("zh_vfd", "变频驱动技术", "水泵与冷却塔风机变频改造（含群控策略）",
  ["energy-efficiency"],
  "为冷冻水泵、冷却水泵和冷却塔风机加装变频器，配压差/温差群控逻辑，水泵按末端需求变流量运行，冷却塔风机按湿球温度调速。"
  "不更换电机与水泵，停机窗口每台约4小时。典型节电30%-50%，投资回收1-2年。变频器质保3年。",
  9, [30000, 400000], ["*"], 400)
T("vfd_en", "Drivewell", "Drivewell pump and tower fan VFD retrofit with plant sequencing",
  ["energy-efficiency"],
  "Variable frequency drives fitted to existing chilled- and condenser-water pumps and cooling-tower fans, "
  "with differential-pressure reset and wet-bulb approach control so flow and airflow follow the load. "
  "Motors and pumps stay. About 4 hours of downtime per drive; typical 30-50% pumping and fan energy "
  "savings. Drives warranted 3 years.",
  9, [28000, 380000], ["US"], 380)
T("premium_motor", "Drivewell", "NEMA Premium IE4 motor replacement",
  ["energy-efficiency"],
  "Swap-out of standard-efficiency motors for IE4 super-premium motors on pumps and fans; 2-5% motor "
  "efficiency gain at the same speed. Lead time 6-8 weeks, 5-year warranty. Works with or without drives.",
  9, [15000, 250000], ["*"], 60)
T("maglev2", "Levicool", "Oil-free chiller replacement for central plants",
  ["energy-efficiency", "energy-retrofits"],
  "Replace old chillers with oil-free magnetic-bearing units, 300-1500 tons, excellent part-load "
  "efficiency. Addresses compressor energy, leaves pumps and towers as they are. 5-year warranty.",
  9, [500000, 3000000], ["*"], 500)
N("n29", "Fresno", "US-CA", "Central plant pumps run flat out even in winter", ["energy-efficiency"],
  "University central utility plant: 6 chilled water pumps, 4 condenser pumps (75-150 hp) and 8 cooling "
  "tower fans, all constant speed on across-the-line starters, throttled with valves. Pumps run the same "
  "in January as July. Chillers were replaced in 2022 so they're not part of this.",
  400000, 8, 350, "2027-01-31",
  [("answer", "zh_vfd", "VFD retrofit with sequencing"),
   ("second", "vfd_en", "English vendor, same solution"),
   ("alt", "premium_motor", "right place, small gain"),
   ("sib0", "maglev2", "chillers excluded")])

# 30 hospital staff commuting
T("zh_tdm", "通勤优选", "员工通勤管理平台（拼车匹配+停车现金补贴）",
  ["green-transportation"],
  "面向大型雇主的通勤需求管理SaaS：按班次与住址为员工自动匹配拼车伙伴，提供应急回家保障，将每日停车许可改为按天计费，"
  "未开车的员工可获现金返还；同时统计通勤碳排放和停车位占用。支持倒班排班系统对接，按员工人数年费计价。",
  9, [20000, 150000], ["*"], 600)
T("parking_deck", "Structura Builders", "Precast parking structure design-build",
  ["green-transportation"],
  "Precast concrete parking decks, 300-1200 stalls: feasibility study, then design-build in 9-12 months, with EV-ready "
  "conduits and LED lighting. Adds capacity quickly for growing campuses.",
  9, [60000, 40000000], ["US"], 0)
T("shuttle_ev", "Longrun Bus", "Electric shuttle service contract",
  ["electric-vehicles", "green-transportation"],
  "Turnkey shuttle service with 12-24 seat battery-electric buses between the campus and transit "
  "stations or remote lots, drivers and charging included, priced per service hour. Routes can be "
  "timed to shift changes.",
  9, [120000, 900000], ["US"], 300)
N("n30", "Los Angeles", "US-CA", "Staff can't find parking and the garage waitlist is 800 long",
  ["green-transportation"],
  "Hospital HR and facilities. 4,500 staff across three shifts, most drive alone, parking waitlist of 800, "
  "and the AQMD rule requires us to raise average vehicle ridership. We are not building another garage. "
  "We'd like to get people sharing rides and reward those who leave the car at home, and track it for "
  "the annual report.",
  150000, 8, 500, "2027-04-15",
  [("answer", "zh_tdm", "ride-matching + parking cash-out TDM"),
   ("sib0", "parking_deck", "new garage excluded"),
   ("sib1", "shuttle_ev", "shuttle, budget-min ok, different approach")])

# Generic distractors (never graded)
G("g_smart_campus", "Campusmind", "Smart Campus OS",
  ["smart-grid", "ghg-data"],
  "One platform for a smarter, greener campus: IoT devices, dashboards, digital twin views, AI insights "
  "and carbon visibility in a single pane of glass. Integrates with the systems you already have and "
  "helps every stakeholder make data-driven sustainability decisions. Flexible licensing, rapid "
  "onboarding and a partner ecosystem.",
  9, [20000, 500000], ["*"], None)
G("g_zh_smart_property", "云栖智慧物业", "智慧物业云平台",
  ["smart-grid", "ghg-data"],
  "以数字化赋能物业管理，打通设备、能耗、安防、停车、收费等数据，构建绿色低碳的智慧社区生态。平台支持AI分析、"
  "可视化大屏和移动端应用，助力物业企业降本增效、实现双碳目标。模块化部署，按需订阅。",
  9, [10000, 300000], ["CN"], None)
G("g_green_hospital", "Medigreen Digital", "Green Hospital Digital Twin",
  ["green-buildings", "energy-retrofits"],
  "A living digital twin of your hospital that brings energy, space, assets and carbon together. "
  "Visualise performance, simulate green scenarios and engage staff with sustainability scorecards. "
  "Powered by cloud analytics and machine learning, aligned with net-zero healthcare commitments.",
  9, [50000, 400000], ["*"], None)
G("g_zh_zero_carbon_park", "零碳园区科技", "零碳园区整体解决方案",
  ["renewable-energy", "smart-grid", "ghg-data"],
  "提供源网荷储一体化、碳资产管理、智慧能源管控等零碳园区整体解决方案，从规划咨询到落地运营全流程服务，"
  "帮助园区、校园、医院打造绿色低碳标杆，实现能源数字化与碳中和。已服务多个示范项目，合作模式灵活。",
  9, [50000, 2000000], ["CN"], None)
G("g_esg_cloud", "Sustainly", "ESG Cloud for Real Estate",
  ["ghg-data"],
  "Tell your sustainability story with confidence. ESG Cloud collects data from across your portfolio, "
  "maps it to frameworks and produces beautiful investor-ready reports. Benchmarks, goals, tasks and "
  "stakeholder engagement in one secure workspace, backed by expert advisory.",
  9, [15000, 200000], ["*"], None)
G("g_ai_energy", "Neurowatt", "AI Energy Brain",
  ["energy-efficiency", "smart-grid"],
  "Our AI energy brain learns how your buildings breathe and continuously optimises for comfort, cost "
  "and carbon. Plug-and-play cloud connectivity, autonomous recommendations and a green score for every "
  "site. Works across HVAC, lighting, storage and more. Outcome-based pricing available.",
  9, [10000, 300000], ["*"], None)
G("g_zh_digital_building", "数智楼宇", "楼宇数字孪生平台",
  ["energy-retrofits", "green-buildings"],
  "基于BIM与IoT的楼宇数字孪生平台，三维可视化呈现设备运行、能耗、环境与碳排放，支持智能告警和辅助决策，"
  "打造绿色、智慧、低碳的建筑运维新模式。适用于医院、商场、酒店、写字楼等各类大型建筑。",
  9, [30000, 500000], ["CN"], None)
G("g_smart_stadium", "Arenaverse", "Smart Stadium Sustainability Suite",
  ["waste-treatment", "clean-air", "ghg-data"],
  "Fan engagement meets sustainability: the Suite gamifies green behaviour, tracks venue KPIs and "
  "shares live impact stories on the big screen. Sensors, apps and analytics for a cleaner, greener, "
  "smarter game day. Sponsorship-ready and customisable for your brand.",
  9, [25000, 250000], ["US"], None)
G("g_netzero_consult", "Carbonwise Advisors", "Net-Zero Roadmap Consulting",
  ["ghg-data", "green-buildings"],
  "Strategic advisory for organisations on the journey to net zero: materiality, target setting, "
  "decarbonisation pathways, green finance and communications. We help you move from ambition to "
  "action with clear milestones and executive alignment. Engagements from 8 weeks.",
  9, [20000, 250000], ["*"], None)
G("g_green_iot", "Ecosense Global", "Green IoT Sensor Kit for Smart Buildings",
  ["smart-grid", "clean-air", "energy-retrofits"],
  "Wireless multi-sensors for temperature, humidity, CO2, light, occupancy and energy, feeding a green "
  "building dashboard out of the box. Battery life five years, LoRaWAN or Wi-Fi. Make any building "
  "smart and sustainable in a day.",
  9, [2000, 100000], ["*"], None)
G("g_zh_carbon_platform", "碳智云", "双碳数字化管理平台",
  ["ghg-data", "smart-grid"],
  "聚焦双碳目标，提供碳数据采集、碳资产管理、碳交易辅助和绿色金融对接，构建一站式数字化碳管理平台，"
  "助力企业和公共机构实现绿色低碳高质量发展。支持私有化部署与SaaS订阅。",
  9, [20000, 300000], ["CN"], None)
