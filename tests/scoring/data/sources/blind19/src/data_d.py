"""English needs 24-30, their technologies and the generic distractors."""
from common import T, N, G

# ---------------- n24 supermarkets
T("n24_co2", "zh", "冰极制冷", "带引射器与并行压缩的跨临界CO2增压机组", ["hfc-alternatives"],
  "R744跨临界增压机组同时服务中温与低温冷柜，多喷嘴引射器回收膨胀功，并行压缩提升高温工况效率，在35°C环境温度下年能耗与R404A系统持平或更低；配套绝热冷凝器和热回收供生活热水。GWP=1。已在南欧及中东超市完成1,500多套安装。",
  9, (400000, 850000), ["*"], 700)
T("n24_a2l", "en", "Coolshift Retail", "R-454A / R-448A rack conversion for grocery stores", ["hfc-alternatives"],
  "We convert existing R-404A racks to lower-GWP blends such as R-454A or R-448A, reusing compressors, piping and cases with new valves, seals and leak detection. GWP drops by 60-80%, and efficiency is equal or better in hot climates. Conversions are done overnight case by case so the store stays open, with refrigerant recovery and EPA reporting handled by us.",
  9, (60000, 300000), ["US"], 400)
T("n24_r290", "en", "Propaloop", "R-290 self-contained cases on a water loop", ["hfc-alternatives"],
  "Each display case has its own sealed propane refrigeration unit under 150 g, rejecting heat into a glycol water loop that runs to a roof-top fluid cooler. There is no machine room or refrigerant piping, leaks are negligible and GWP is 3. Best suited to new stores or full remodels because cases are replaced; low-temperature efficiency trails central systems.",
  9, (250000, 850000), ["*"], 500)
T("n24_remodel", "en", "Freshstore Builders", "Full store remodel with CO2 refrigeration and new cases", ["hfc-alternatives", "energy-retrofits"],
  "Turnkey remodel of a grocery store: new transcritical CO2 system, new doored display cases, LED lighting, heat reclaim to HVAC and a new building management system, delivered in phases over three months with the store open. Energy use falls by 25-35% alongside the refrigerant change. Fixed-price contracts with a five-year maintenance package.",
  9, (1200000, 2500000), ["US"], 900)
N(24, "en", "San Diego", "US-CA", "Refrigerant transition in existing supermarkets", ["hfc-alternatives"],
  "CARB's F-gas Reduction Incentive Program will co-fund retrofits of existing grocery stores that still run R-404A centralised racks with high leak rates. San Diego's warm climate has put some operators off earlier low-GWP systems because of efficiency losses on hot days. Systems must serve medium- and low-temperature cases from one machine room. Only refrigerants with a GWP below 10 are eligible; A2L blends and HFO mixtures fall outside the program.",
  900000, 8, 600, "2027-06-30",
  {"n24_co2": (3, "answer", "CO2 booster with ejectors for hot climate"),
   "n24_a2l": (0, "sibling", "A2L blends excluded"),
   "n24_r290": (2, "alternative", "natural refrigerant, no central machine room")},
  traps={"n24_remodel": "budget: 1.2M > 0.9M"})

# ---------------- n25 packaged food waste
T("n25_depack", "zh", "分离者环保", "包装食品脱包制浆一体机", ["waste-treatment"],
  "锤式撕碎与离心分离相结合，将罐装、瓶装、袋装及纸盒包装的过期食品一步开包分离，有机物制成含固率12–15%的浆料，可直接泵送至厌氧消化罐，塑料和金属包装中有机物残留率低于1%，另行回收。处理能力10–30吨/小时，已在欧美超市配送中心和污水厂协同消化项目中使用。",
  9, (600000, 1500000), ["*"], 4000)
T("n25_lfg", "en", "Landgen Energy", "Landfill gas collection and power generation", ["waste-treatment", "renewable-energy"],
  "We drill vertical and horizontal gas wells into active landfill cells, connect them to a vacuum header and burn the gas in 1.6 MW engines or upgrade it to pipeline-quality RNG. Collection efficiency of 75-85% is typical, with surface emission monitoring and a flare for backup. Revenue comes from power sales, LCFS credits and RINs, and payback is under five years.",
  9, (800000, 1700000), ["US"], 20000)
T("n25_windrow", "en", "Valley Compost Co.", "Covered windrow composting site expansion", ["waste-treatment"],
  "We expand compost capacity with GORE-cover windrows on aerated pads, mobile screening and stormwater ponds, adding 50,000 tons a year for green waste and clean source-separated food scraps. Finished compost meets CDFA organic input standards and is sold to growers. Contaminated or packaged loads are rejected at the scale house to protect product quality.",
  9, (700000, 1600000), ["US-CA"], 6000)
T("n25_sortline", "en", "Resortech", "Manual picking line for packaged food loads", ["waste-treatment"],
  "A conveyor, bag opener and eight picking stations let workers open and empty packaged food by hand, sending organics to a container for the digester and sorting plastics, glass and cans for recycling. Throughput is 2-4 tons an hour per shift; labour is the main cost and worker safety with glass and sharp cans needs close management.",
  9, (150000, 600000), ["US"], 1200)
N(25, "en", "Sacramento", "US-CA", "Organics diversion infrastructure for packaged food waste", ["waste-treatment"],
  "CalRecycle's organics grant programme funds infrastructure that keeps food out of landfills under SB 1383. Sacramento-area distributors and grocers throw away about 80 tons a day of expired packaged food (cartons, bottles, film-wrapped produce) that compost sites refuse because of contamination. Proposals should turn this stream into something a digester can take, with the packaging recovered. Capturing landfill gas does not count as diversion.",
  1800000, 8, 5000, "2027-04-01",
  {"n25_depack": (3, "answer", "depackaging to digester slurry"),
   "n25_lfg": (0, "sibling", "landfill gas excluded"),
   "n25_windrow": (1, "sibling", "cannot take packaged loads"),
   "n25_sortline": (2, "alternative", "right outcome, low throughput")})

# ---------------- n26 multifamily retrofit
T("n26_window", "zh", "窗暖科技", "马鞍式窗装热泵（120 V）", ["energy-retrofits"],
  "跨骑在窗台上的一体式变频热泵，室外部分悬挂在窗外，窗户仍可正常关闭；普通120 V插座即可供电，在-15°C时仍保持额定制热能力，夏季同时提供制冷。安装无需开墙、无需风管，单户约1小时完成。已在纽约公共住房项目中安装数万台。",
  9, (100000, 1200000), ["*"], 900)
T("n26_furnace", "en", "Comfortline HVAC", "High-efficiency condensing wall furnace replacement", ["energy-retrofits"],
  "96% AFUE direct-vent condensing wall furnaces replace 1960s gravity wall heaters in apartments, cutting heating gas use by a third and eliminating carbon monoxide risks from cracked heat exchangers. Units fit the existing wall opening with a small vent penetration, and crews finish two to three apartments a day. Optional smart thermostats are included.",
  9, (80000, 900000), ["US"], 400)
T("n26_ducted", "en", "Airwise Homes", "Ducted central heat pump conversions", ["energy-retrofits"],
  "We replace gas furnaces and AC with ducted inverter heat pumps, sealing and resizing existing ductwork or running new attic ducts where needed, and upgrading the electrical panel. Whole-apartment comfort with one thermostat, 3.5 seasonal COP and rebates handled by our team. Installation takes two to three days per home and the tenant is usually relocated for one day.",
  9, (150000, 1400000), ["US-CA"], 800)
T("n26_minisplit", "en", "Quietsplit", "Ductless mini-split heat pumps for apartments", ["energy-retrofits"],
  "Wall-mounted ductless heat pump heads connect through a 3-inch wall hole to a compact outdoor unit on a bracket or balcony, giving efficient heating and cooling room by room. A 240 V circuit is required, which sometimes means a panel upgrade. Crews install one apartment in a day and handle permits, refrigerant lines and condensate drains.",
  9, (120000, 1300000), ["*"], 850)
N(26, "en", "Los Angeles", "US-CA", "Heating and cooling electrification in existing multifamily housing", ["energy-retrofits"],
  "The CEC's Equitable Building Decarbonization programme invites Los Angeles projects that replace gas wall heaters and old window air conditioners in older low-income apartments, with tenants staying in place. Units have no ductwork, small electrical panels and landlords who will not open walls. Installation should take hours per unit, not days. New gas equipment of any kind, including high-efficiency furnaces, will not be funded.",
  1500000, 8, 800, "2027-02-01",
  {"n26_window": (3, "answer", "window heat pump on a standard outlet"),
   "n26_furnace": (0, "sibling", "gas equipment excluded"),
   "n26_ducted": (1, "sibling", "needs ducts and panel upgrade"),
   "n26_minisplit": (2, "alternative", "heat pump but wall hole and 240 V")})

# ---------------- n27 urban heat
T("n27_miyawaki", "zh", "密林工坊", "宫胁法微型森林营造", ["nature-based"],
  "在200–1,000㎡的空地上深翻改良土壤，按每平方米3–5株高密度混植30余种乡土乔灌木，覆盖秸秆覆盖物，三年后基本免维护；林木生长速度约为常规种植的10倍，夏季地表温度可降低8–12°C。提供社区志愿者种植培训和存活率监测，已在印度和欧洲营造300余处。",
  8, (30000, 400000), ["*"], 50)
T("n27_shade", "en", "Canopy Structures", "Tensile shade sails and solar shade structures", ["nature-based", "renewable-energy"],
  "Steel-framed tensile shade sails and solar-panel shade canopies go up over playgrounds, bus stops and school edges in weeks, cutting surface temperatures beneath by 15-25 °F. Fabrics carry a 15-year warranty and structures are engineered for wind and seismic loads. Solar versions feed power back to the school or community centre.",
  9, (40000, 450000), ["US"], 30)
T("n27_coolpave", "en", "Albedo Coatings", "Reflective cool pavement coating", ["nature-based"],
  "A water-based reflective coating applied to asphalt streets, playgrounds and parking lots raises solar reflectance from 0.05 to about 0.35, lowering pavement surface temperature by 10-12 °F on hot afternoons. Crews coat a residential block in a day, and the coating lasts five to seven years. Programmes in Los Angeles and Phoenix have covered hundreds of street miles.",
  9, (50000, 450000), ["US"], 20)
T("n27_trees", "en", "Streetleaf", "Street tree planting with watering bags and care contract", ["nature-based"],
  "We plant 15-gallon shade trees in parkways and school edges, install slow-release watering bags and root barriers, and water and prune them for three years under contract. Species lists favour drought-tolerant natives. Canopy grows gradually: a tree gives meaningful shade after eight to ten years, and survival depends on summer watering.",
  9, (40000, 450000), ["US-CA"], 40)
N(27, "en", "Fresno", "US-CA", "Urban greening for extreme heat in disadvantaged neighbourhoods", ["nature-based"],
  "CAL FIRE's Urban and Community Forestry grants and the Strategic Growth Council seek projects that lower summer surface and air temperatures in south Fresno, where tree canopy is under 10% and vacant lots and school edges are bare compacted soil. Projects must create living cover that establishes quickly and can be kept up by community groups. Artificial turf and synthetic shade structures are not eligible.",
  500000, 7, None, "2027-03-15",
  {"n27_miyawaki": (3, "answer", "dense fast native planting"),
   "n27_shade": (0, "sibling", "synthetic shade excluded"),
   "n27_coolpave": (1, "sibling", "cooling, not living cover"),
   "n27_trees": (2, "alternative", "living cover but slow")})

# ---------------- n28 dairy digester MRV
T("n28_mrv", "zh", "沼测科技", "沼气流量与甲烷在线监测MRV平台", ["ghg-data"],
  "在沼气管路安装热式质量流量计和红外CH4/CO2在线分析仪，火炬及提纯设备加装运行状态与温度监测，数据经4G网关每分钟上传至防篡改云平台，自动生成符合CARB奶牛甲烷协议和LCFS核查要求的报表与异常告警。单场硬件加一年服务约1.5万美元。",
  9, (15000, 450000), ["*"], None)
T("n28_sat", "en", "Orbitmeth", "Satellite methane plume detection for farms", ["ghg-data"],
  "Our satellite constellation images methane plumes at 25 m resolution several times a week and flags super-emitters at dairies, landfills and oil fields. Subscribers get plume maps, emission-rate estimates with uncertainty ranges and alerts. It is good at finding large leaks and lagoon emissions, but detection thresholds of about 100 kg/h miss smaller steady losses.",
  9, (20000, 300000), ["*"], None)
T("n28_ogi", "en", "Leakspot", "Quarterly optical gas imaging leak surveys", ["ghg-data"],
  "Certified thermographers survey digester covers, piping, flares and upgrading skids every quarter with OGI cameras, quantify leaks with a Hi-Flow sampler and issue a repair list and a verification-ready report. Repairs are re-checked within 30 days. The service documents leakage rather than estimating it with defaults, but between visits no data is collected.",
  9, (30000, 400000), ["US"], None)
T("n28_cover", "en", "Lagoonseal", "Covered lagoon digester cover replacement", ["waste-treatment"],
  "We replace ageing covers on covered-lagoon dairy digesters with 2 mm HDPE membranes, new perimeter trenches and ballast pipes, and re-seal gas collection headers. Leaks that drive down the methane captured are stopped and biogas yield usually rises by 10-20%. Work is done in sections while the digester keeps running.",
  9, (150000, 500000), ["US"], 3000)
N(28, "en", "Visalia", "US-CA", "Measurement and verification of methane reductions at dairy digesters", ["ghg-data"],
  "CARB's Dairy Digester Research and Development Program needs better evidence that funded projects deliver the methane reductions they claim. At 30 digesters in Tulare and Kings counties, reported reductions rely on monthly manual readings and default leakage factors. Proposals should provide continuous, auditable data on the biogas produced, its methane content and how much is destroyed or injected, suitable for LCFS and offset verification.",
  600000, 8, None, "2027-01-31",
  {"n28_mrv": (3, "answer", "continuous metering and analyser platform"),
   "n28_sat": (1, "sibling", "remote sensing, coarse"),
   "n28_ogi": (2, "alternative", "measured but quarterly"),
   "n28_cover": (1, "sibling", "reduces leaks, not MRV")})

# ---------------- n29 agrivoltaics
T("n29_agpv", "zh", "农光智能", "高架单轴跟踪农光互补支架系统", ["renewable-energy"],
  "离地4.5米、排间距12米的高架单轴跟踪系统，组件角度可按作物光照需求调节，在高温时段为葡萄和蔬菜遮阴、降低蒸散；农机可在支架下方自由通行。配套田间小气候与产量监测。国内已建成农光互补电站1.2 GW，作物产量平均保持在对照地块的90%以上。",
  8, (3000000, 4300000), ["*"], 2500)
T("n29_fixed", "en", "Sunfield EPC", "Fixed-tilt ground-mount solar for retired farmland", ["renewable-energy"],
  "Utility-style fixed-tilt arrays on driven piles, with perimeter fencing, sheep-friendly ground cover and a 12 kV interconnection, built on fallowed or marginal parcels. At about USD 1.1 per watt they are the lowest-cost way to generate solar power on farmland, and we handle land-use permitting with the county and water-rights retirement filings.",
  9, (2200000, 4000000), ["US"], 2800)
T("n29_canal", "en", "Aquaroof Solar", "Solar canopies over irrigation canals", ["renewable-energy", "clean-water"],
  "Steel trusses span irrigation canals and carry solar modules overhead, generating power while cutting evaporation from the water surface by up to 70% and reducing algae. No farmland is used. Projects require coordination with the irrigation district for maintenance access and are built in 1-5 MW sections along canal banks.",
  8, (2500000, 4500000), ["US-CA"], 2500)
T("n29_opv", "en", "Lumifilm", "Semi-transparent organic PV greenhouse film", ["renewable-energy"],
  "A flexible organic photovoltaic film passes the red and blue light crops need and converts green and infrared light into power, so a greenhouse roof generates electricity without shading yields. Field trials on a 0.5 acre pilot greenhouse are under way; efficiency and lifetime outdoors are still being validated before commercial launch.",
  5, (800000, 3000000), ["*"], 500)
N(29, "en", "Bakersfield", "US-CA", "Solar generation on farmland that stays in production", ["renewable-energy"],
  "Under the CEC's EPIC programme, Kern County growers want to add solar generation without taking irrigated land out of production. Crops include table grapes and vegetables that need machinery access and partial sun. Proposals should report crop yield alongside energy output for a 2-5 MW site. Conventional ground-mounted arrays that fence off the field are not an acceptable outcome.",
  4500000, 7, 2500, "2027-12-01",
  {"n29_agpv": (3, "answer", "elevated tracker over crops"),
   "n29_fixed": (0, "sibling", "ground-mount excluded"),
   "n29_canal": (1, "sibling", "no farmland but not over crops")},
  traps={"n29_opv": "TRL 5 < 7"})

# ---------------- n30 forest residue carbon removal
T("n30_pyro", "zh", "炭汇工场", "移动式连续热解生物炭装置", ["carbon-capture", "nature-based"],
  "可拖挂式连续热解炉在林间集材点就地将枝丫和疏伐剩余物在550–700°C缺氧条件下转化为生物炭，热解气自燃维持工艺，无需外部电源；生物炭H/Corg低于0.4，可在土壤中稳定留存百年以上，按Puro.earth和EBC标准出具碳移除核证。单台年处理3,000–5,000干吨。",
  8, (400000, 1200000), ["*"], 6000)
T("n30_flamecap", "en", "Charloop", "Flame-cap kilns and biochar carbon removal credits", ["carbon-capture", "nature-based"],
  "Crews load slash into portable steel flame-cap kilns at the landing; a controlled flame consumes the smoke while char forms underneath, and the char is quenched and spread on forest soils or sold to farms. Each kiln makes about one ton of biochar a day. We measure mass and carbon content per batch and register removals under a 100-year permanence methodology.",
  8, (100000, 700000), ["US"], 3000)
T("n30_bioplant", "en", "Sierragen", "Forest biomass power plant (3 MW)", ["renewable-energy"],
  "A 3 MW stoker-grate steam plant burns forest thinnings and mill residues, selling power under the state's BioMAT tariff and supplying heat to a nearby lumber kiln. Fuel is chipped at landings and trucked up to 50 miles. Emissions controls include a baghouse and SNCR, and the plant employs about 20 people in a rural county.",
  9, (1000000, 1500000), ["US-CA"], 9000)
T("n30_curtain", "en", "Airwall Burners", "Air curtain burners for slash disposal", ["clean-air"],
  "A fan-driven air curtain over a steel or earthen pit burns slash at high temperature, cutting smoke by about 90% compared with open pile burning and allowing disposal on more days. Some char can be recovered from the box at the end of a burn, but most carbon is released as CO2. Units are trailered to landings and need no power connection.",
  9, (100000, 400000), ["US"], 500)
N(30, "en", "Auburn", "US-CA", "Carbon removal from forest-thinning residues", ["carbon-capture", "nature-based"],
  "The CEC and the Sierra Nevada Conservancy seek projects that turn forest-thinning slash, now burned in open piles, into durable carbon storage. Crews in Placer County produce about 20,000 dry tons a year at remote landings far from power lines. Projects should show how much carbon stays stored for at least 100 years and how that is verified. A new biomass power plant is not what this solicitation funds.",
  1500000, 7, 8000, "2027-08-15",
  {"n30_pyro": (3, "answer", "mobile pyrolysis at landings"),
   "n30_flamecap": (3, "answer", "same-language second answer"),
   "n30_bioplant": (0, "sibling", "biomass power excluded"),
   "n30_curtain": (1, "sibling", "cleaner burning, little storage")})

# ---------------- generic-word distractors (never graded)
G("g_cityos", "en", "Urbanverse", "Smart Green City OS", ["smart-grid", "ghg-data"],
  "Smart Green City OS is an AI-powered digital platform that connects every sensor, building, vehicle and citizen in one intelligent cloud. Dashboards bring energy, carbon, water, mobility and air-quality data together for smart, data-driven and sustainable decisions. Open APIs, digital twin views and low-code apps help cities reach net zero faster with green innovation at scale.",
  9, (200000, 2000000), ["*"], None)
G("g_carbonplat", "en", "Netzerra", "Carbon-neutral digital management platform", ["ghg-data"],
  "A one-stop carbon-neutral platform for governments and enterprises: carbon accounting, carbon assets, green finance, ESG disclosure and low-carbon action plans in one place. Smart analytics and AI insights turn carbon data into value, with beautiful dashboards for leadership and flexible modules for every industry. Deploy on cloud or on premises in weeks.",
  9, (50000, 800000), ["*"], None)
G("g_energycloud", "zh", "智源能科", "智慧能源云平台", ["smart-grid", "energy-efficiency"],
  "依托物联网、大数据、人工智能和数字孪生技术，打造源网荷储一体化的智慧能源云平台，实现能源数据全面感知、智能分析和协同优化，为政府、园区和企业提供能耗监测、碳排放管理、能效诊断和绿色低碳决策支持，助力实现“双碳”目标和高质量发展。",
  9, (100000, 1500000), ["CN"], None)
G("g_twin", "en", "Mirrorgrid", "GreenTwin digital twin suite", ["smart-grid", "green-buildings"],
  "GreenTwin builds a living 3D digital twin of your city, port, campus or factory and simulates energy, emissions and operations in real time. Scenario tools let planners test green strategies before investing, and immersive visualisation engages stakeholders. Integrates BIM, GIS and IoT streams through a single smart data layer.",
  9, (150000, 1800000), ["*"], None)
G("g_esg", "en", "Clarisense", "ESG and sustainability intelligence dashboard", ["ghg-data"],
  "Collect, manage and report ESG data across your organisation with automated workflows and AI-assisted disclosure drafting aligned to major frameworks. Benchmark performance, track targets and share investor-grade reports. Our sustainability intelligence engine turns complex data into clear stories for boards, regulators and customers, helping you lead the green transition.",
  9, (30000, 500000), ["*"], None)
G("g_zeropark", "zh", "零碳未来", "零碳园区整体解决方案", ["smart-grid", "renewable-energy", "green-buildings"],
  "以“规划+建设+运营”一体化模式，为产业园区提供零碳规划咨询、绿色能源、智慧管理和碳资产运营的全流程服务，整合光伏、储能、充电桩、节能改造与数字化平台，打造可复制、可推广的零碳园区样板，全面提升园区绿色竞争力和品牌形象。",
  9, (300000, 2500000), ["CN"], None)
G("g_aibrain", "en", "Cortexa Industrial", "AI Energy Brain for industry", ["energy-efficiency"],
  "AI Energy Brain learns how your plant uses energy and continuously recommends smarter, greener ways to operate. Machine learning, big data and edge computing combine into one intelligent optimisation engine that works with any equipment, any protocol and any industry, delivering digital transformation and sustainability in a single subscription.",
  9, (50000, 900000), ["*"], None)
G("g_envdata", "zh", "天眼环境", "智慧环保大数据平台", ["clean-air", "clean-water"],
  "构建“天地空一体化”生态环境感知网络，汇聚大气、水、土壤、污染源等多源数据，运用大数据分析和AI算法实现环境质量智能研判、污染溯源和精准执法，为生态环境部门提供“一张图”综合监管和科学决策支撑，全面提升环境治理数字化、智能化水平。",
  9, (200000, 2000000), ["CN"], None)
G("g_smartport", "en", "Portsense", "Smart Green Port platform", ["green-transportation", "smart-grid"],
  "A smart port platform that brings vessel calls, terminal equipment, energy use and emissions onto one digital dashboard. AI-driven insights, IoT connectivity and green KPIs help port authorities become smarter, cleaner and more competitive, with modules for sustainability reporting, stakeholder engagement and digital innovation.",
  9, (150000, 1500000), ["*"], None)
G("g_iothub", "en", "Evergreen IoT", "Green IoT sensor hub", ["clean-air", "energy-retrofits"],
  "One smart, green, connected hub for any building or site: plug-and-play sensors for energy, temperature, air, water and occupancy stream to the cloud, where AI analytics surface savings and sustainability insights. Wireless, battery-powered and installed in minutes, it is the easy first step on every organisation's digital and net-zero journey.",
  9, (5000, 200000), ["*"], None)
G("g_mobility", "zh", "行云出行", "绿色出行一站式数字化服务平台", ["green-transportation", "electric-vehicles"],
  "整合公交、地铁、共享单车、网约车和充电服务的城市级绿色出行平台，通过碳积分激励、智能推荐和大数据分析引导市民低碳出行，为交通管理部门提供出行画像和碳减排核算，打造智慧交通、绿色城市的数字化新名片。",
  9, (100000, 1200000), ["CN"], None)
