"""English needs n24-n30, their technologies and the generic distractors."""
from common import T, N, G

# ---------------- n24 farm tractors ----------------
T('etractor_zh', '田驰新能源农机', '纯电动拖拉机（50至80马力，磷酸铁锂）',
  ['electric-vehicles'],
  '搭载100至150 kWh磷酸铁锂电池与永磁同步电机，额定功率37至60 kW，标配三点悬挂与540/1000转动力输出轴，'
  '可直接挂接现有旋耕机、喷雾机和割草机。单次充电可连续作业5至8小时，支持直流快充约1小时补能；'
  '零尾气、低噪声，适合果园、葡萄园行间作业与温室，保养项目较柴油机型减少约70%。',
  9, [65000, 120000], ['US', 'CN', 'EU'], 25)
T('h2_tractor', 'Hydrofield Machines', 'Hydrogen fuel cell utility tractor, pilot programme',
  ['electric-vehicles'],
  'Prototype 90 hp tractor with a 100 kW PEM fuel cell, a small buffer battery and 700-bar hydrogen tanks '
  'good for a full working day, refuelled in 10 minutes from a mobile hydrogen trailer. Offered to farms as '
  'part of a two-year field validation with data sharing; production units are planned for later in the decade.',
  6, [180000, 260000], ['US'], 40)
T('renew_diesel', 'Golden State Fuels', 'Renewable diesel supply contract for farm equipment',
  ['green-transportation'],
  'Drop-in R99 renewable diesel made from waste fats and oils, delivered by our trucks to on-farm tanks. '
  'Works in existing diesel tractors with no modification and cuts lifecycle carbon intensity by around '
  '65%. Still produces tailpipe NOx and particulates; price tracks the low carbon fuel credit market.',
  9, [10000, 200000], ['US-CA'], 30)
T('robot_mower', 'Rowbot Agrisystems', 'Autonomous electric orchard mower',
  ['electric-vehicles'],
  'Battery-electric autonomous mower that runs GPS-planned passes between tree rows day and night, cutting '
  'cover crop and weeds. Replaces one tractor task with no operator. It cannot pull implements or run '
  'a PTO, so sprayers and discs still need a tractor; docking and charging station included.',
  9, [35000, 60000], ['US'], 8)

N('n24', 'Yolo County', 'Zero-emission replacement of diesel tractors for farm cooperatives',
  ['electric-vehicles'],
  'Application to the air district incentive programme on behalf of small farm cooperatives. Members run '
  'about 40 older diesel utility tractors (40 to 80 hp) for mowing, spraying and light tillage in orchards and '
  'vegetable fields, close to schools and homes. Replacements must be zero-emission at the tailpipe, work with '
  'the existing three-point implements and PTO, and be commercially available now, not pilot units. Cleaner '
  'liquid fuels in the existing fleet do not meet this requirement.',
  2000000, 8, 'US-CA', 600, '2027-08-31',
  answers={'etractor_zh': 'battery-electric tractor with three-point hitch and PTO'},
  sibs={'renew_diesel': (0, 'cleaner liquid fuel excluded'),
        'robot_mower': (1, 'electric, but cannot pull implements')},
  traps={'h2_tractor': 'trl 6 below min_trl 8'})

# ---------------- n25 reefer trailer idling ----------------
T('etru_zh', '冷驰科技', '冷藏挂车电动冷机与停车位岸电接入系统',
  ['green-transportation', 'electric-vehicles'],
  '为冷藏挂车提供双模冷机（柴油/电动）或全电动冷机改装，停靠月台和停车位时通过480V三相插接式岸电桩供电，'
  '柴油机自动停机，冷机由电网驱动持续制冷。岸电桩带RFID识别、计量与远程监控，可按车计费；'
  '配套的月台电缆管理臂避免拖拽。每台挂车每年可减少柴油怠速运行数千小时。',
  9, [8000, 600000], ['US', 'CN'], 400)
T('cryo_tru', 'Nitrocool Transport', 'Cryogenic liquid-nitrogen transport refrigeration units',
  ['green-transportation', 'hfc-alternatives'],
  'Reefer units that chill the trailer by evaporating liquid nitrogen through a heat exchanger, with no engine '
  'and almost silent operation. Pull-down is fast. Trailers refill at a nitrogen station, so the packer needs '
  'a bulk tank on site or a supplier route; running cost depends heavily on the nitrogen price.',
  9, [20000, 400000], ['US', '*'], 250)
T('trailer_solar', 'Roofwatt Fleet', 'Trailer-roof solar panels for TRU battery charging',
  ['green-transportation', 'renewable-energy'],
  'Flexible thin solar panels bonded to reefer trailer roofs that keep TRU batteries topped up and cut '
  'engine run-time for battery charging. Simple to fit in a yard. On its own it powers electronics and '
  'a small share of the cooling load; the diesel engine still runs for most of the refrigeration.',
  9, [2000, 150000], ['*'], 60)

N('n25', 'San Joaquin County', 'Reducing diesel refrigeration unit idling at produce cold-chain facilities',
  ['green-transportation'],
  'Several produce cooling and distribution facilities along the Highway 99 corridor host dozens of '
  'refrigerated trailers waiting at docks and in staging lots, their diesel refrigeration units running for '
  'hours next to disadvantaged neighbourhoods. The county, working with the air district, will co-fund '
  'infrastructure so that parked reefers can keep product cold without their diesel units running. Trailer '
  'owners vary, so the solution should be simple for visiting drivers to use and meter energy by vehicle.',
  800000, 8, 'US-CA', 800, '2027-10-01',
  answers={'etru_zh': 'electric standby TRUs plugged into metered dock power'},
  alts={'trailer_solar': 'reduces engine time only slightly'},
  sibs={'cryo_tru': (1, 'no diesel, but nitrogen logistics and not infrastructure for visitors')})

# ---------------- n26 agricultural GHG inventory ----------------
T('ag_inventory_zh', '农碳智算', '农业源温室气体清单编制与情景分析平台',
  ['ghg-data'],
  '面向县级及区域的农业温室气体清单工具，内置IPCC 2019 Tier 1/Tier 2方法：化肥与有机肥施用的N2O直接和间接排放、'
  '反刍动物肠道发酵与粪污管理CH4、水稻甲烷、农机燃油和灌溉用电。可导入作物面积、牲畜存栏、化肥销售等统计数据，'
  '自动生成分项清单、不确定性分析及减排情景曲线，报告格式支持英文导出，便于纳入气候行动规划。',
  9, [30000, 150000], ['*'], None)
T('city_inventory', 'Civicarbon Software', 'Community-wide GHG inventory tool for local governments',
  ['ghg-data'],
  'Cloud software that builds community inventories to the US Community Protocol and GPC: energy in buildings, '
  'on-road transport, solid waste and wastewater, with utility data connectors and forecast wedges. '
  'Agriculture appears only as a placeholder entered by the user; the tool has no livestock or soil-nitrogen '
  'calculators.',
  9, [15000, 80000], ['US'], None)

N('n26', 'Kings County', 'Greenhouse gas inventory for a rural county climate action plan',
  ['ghg-data'],
  'The county is preparing its first climate action plan. Dairy herds, fertilised field crops and irrigation '
  'pumping make up most of local emissions, unlike in cities, and the consultants who wrote neighbouring '
  'plans left these sources as a single rough line. Planning staff need a defensible, repeatable inventory '
  'built from agricultural census and fertiliser sales data, with uncertainty ranges, and the ability to '
  'test reduction scenarios for the plan. Staff will update it themselves every two years.',
  150000, 8, 'US-CA', None, '2027-05-31',
  answers={'ag_inventory_zh': 'agricultural source inventory: N2O, enteric and manure CH4, scenarios'},
  alts={'city_inventory': 'community inventory tool, but no agricultural calculators'},
  sibs={'sat_methane': (1, 'detects large methane sources, not an inventory'),
        'soil_carbon_zh': (1, 'agricultural carbon MRV, project level, not county inventory')})

# ---------------- n27 farmworker housing in fire zone ----------------
T('hempcrete_zh', '麻石建材', '工厂预制麻石灰（Hempcrete）复合墙板',
  ['green-buildings'],
  '以工业大麻秆芯与石灰基胶凝材料混合，在工厂压制成带轻型木龙骨的预制墙板，厚度250至300 mm，'
  '导热系数约0.07 W/(m·K)，兼具保温与调湿功能。板材不燃、遇火不产生有毒烟气，经ASTM E119测试可达1小时耐火；'
  '生物基碳封存使墙体全生命周期呈负碳。墙板现场吊装拼接，一栋双拼住宅约3天完成围护。',
  8, [60000, 500000], ['US', 'CN'], 80)
T('sip_eps', 'Panelcraft Homes', 'Structural insulated panels with EPS core',
  ['green-buildings', 'energy-efficiency'],
  'Factory-cut SIPs with oriented strand board skins and an expanded polystyrene core, delivered with window '
  'openings and chases pre-cut, so a house envelope goes up in days with a very airtight result. The foam core '
  'carries a high embodied carbon and needs a thermal barrier and non-combustible cladding in wildfire zones.',
  9, [40000, 400000], ['US'], 40)
T('steel_modular', 'Boxframe Modular', 'Light-gauge steel volumetric modular housing',
  ['green-buildings'],
  'Complete housing modules built in our factory on cold-formed steel frames, finished inside and craned onto '
  'foundations, with non-combustible framing suited to fire hazard zones. Fast to occupy; steel and gypsum '
  'dominate the embodied carbon, and transport of whole modules limits the radius we serve.',
  9, [120000, 2000000], ['US-CA'], 30)

N('n27', 'Monterey County', 'Farmworker family housing in a high fire hazard severity zone',
  ['green-buildings'],
  'The county housing authority will build 24 two-bedroom farmworker units on county land in the Salinas Valley '
  'foothills, inside a very high fire hazard severity zone. The funding programme scores projects on embodied '
  'carbon, so the envelope should store more carbon than it emits, resist ignition and keep interiors cool '
  'without heavy air conditioning. Panelised or prefabricated wall systems are preferred to shorten the '
  'construction window.',
  6000000, 8, 'US-CA', 150, '2028-04-30',
  answers={'hempcrete_zh': 'prefab bio-based non-combustible, carbon-storing wall panels'},
  sibs={'sip_eps': (1, 'prefab envelope, but foam, high embodied carbon'),
        'steel_modular': (1, 'prefab and non-combustible, but high embodied carbon'),
        'clt_import': (1, 'bio-based prefab, but combustible panels in a fire zone')})

# ---------------- n28 forest residue biochar ----------------
T('mobile_pyro_zh', '林焰炭能', '移动式林业剩余物热解炭化机',
  ['carbon-capture', 'nature-based'],
  '整机安装在拖车底盘上，可由卡车牵引至林道集材点，处理疏伐枝丫、灌木和小径木，产能0.5至1.5吨生物炭/天。'
  '采用连续进料热解与热解气二次燃烧，烟气颗粒物远低于明火堆烧。生物炭固定碳含量超过80%，可还林或用于农田，'
  '按照主流生物炭碳移除方法学计量签发。一班2人操作，撤场转移仅需数小时。',
  9, [250000, 700000], ['US', 'CA', 'CN'], 1200)
T('dac_pilot', 'Skyvault Carbon', 'Modular direct air capture pilot unit',
  ['carbon-capture'],
  'Solid-sorbent direct air capture modules that pull CO2 from ambient air, regenerate with low-temperature '
  'heat and deliver concentrated CO2 for injection or mineralisation. Offered for demonstration deployments of '
  '500 to 1,000 t/year with public partners under a technology validation agreement.',
  6, [1500000, 3500000], ['US'], 800)
T('forest_offsets', 'Canopy Credit Exchange', 'Improved forest management carbon offset credits',
  ['nature-based', 'ghg-data'],
  'Retirement of verified carbon credits from improved forest management projects on private timberland, '
  'bought in tranches and retired in the buyer name on a public registry, with an annual claims statement. '
  'Quick way to cover a public agency target; no physical work takes place on the buyer land.',
  9, [20000, 2000000], ['*'], 5000)

N('n28', 'Plumas County', 'Carbon removal from fuel-reduction thinning residue',
  ['carbon-capture', 'nature-based'],
  'County fire-safe council crews thin overgrown forest around communities and currently pile and burn the '
  'slash in winter, losing the carbon and creating smoke complaints. The county wants equipment that turns '
  'slash into a stable product locked away for centuries, earning removal credits, and moves between remote '
  'landings on forest roads. Buying offsets from elsewhere does not count toward this goal. Proven, '
  'commercially available equipment only.',
  1500000, 8, 'US-CA', 2000, '2027-07-31',
  answers={'mobile_pyro_zh': 'trailer pyrolysis at the landing producing biochar with credits'},
  sibs={'straw_biochar_zh': (1, 'same product, but a fixed plant that cannot go to landings'),
        'forest_offsets': (0, 'offsets excluded'),
        'air_curtain': (1, 'cleaner burning of slash, some char, little stable carbon')},
  traps={'dac_pilot': 'trl 6 below min_trl 8'})

# ---------------- n29 nitrate in small water system ----------------
T('sac_ix_zh', '源清水处理', '硝酸盐选择性离子交换装置（盐水回收再生）',
  ['clean-water'],
  '采用硝酸盐选择性强碱阴离子交换树脂，双罐交替运行，处理水量每天100至2000立方米，出水硝酸盐氮稳定低于5 mg/L。'
  '再生盐水经纳滤回收循环利用，废盐水量较常规工艺减少80%以上，降低外运处置费用。'
  '撬装式设计，带在线硝酸盐分析仪与远程监控，适合地下水井供水的小型村镇水厂。',
  9, [150000, 900000], ['*'], None)
T('bio_denit', 'Nitrobloc Water', 'Fixed-bed biological denitrification for well water',
  ['clean-water'],
  'Packaged anoxic fixed-bed reactors dosed with a food-grade carbon source convert nitrate in groundwater to '
  'nitrogen gas, followed by aeration and multimedia filtration. No brine is produced. Proven on community wells '
  'of 100 to 2,000 gpm with remote monitoring and an operator visit a few times a week; start-up after a '
  'shutdown takes several days.',
  9, [300000, 1500000], ['US'], None)
T('poe_ro', 'HomePure Systems', 'Under-sink reverse osmosis units with service contract',
  ['clean-water'],
  'NSF 58 certified under-sink RO units installed in each household kitchen, with annual filter changes and '
  'sampling by our technicians. Cheap and fast to roll out house by house, but only treats drinking and '
  'cooking water at one tap, and each unit needs access to the home for servicing.',
  9, [300, 1500], ['US'], None)
T('conv_ix', 'Aquaform Treatment', 'Conventional anion exchange with brine hauling',
  ['clean-water'],
  'Standard strong-base anion exchange vessels with salt regeneration, a brine tank and a hauling contract for '
  'the spent regenerant. Low capital cost and simple operation; the brine volume is high and hauling costs '
  'recur every week, and non-selective resin can dump nitrate if run past breakthrough.',
  9, [100000, 600000], ['US'], None)

N('n29', 'Stanislaus County', 'Nitrate treatment for a small community water system',
  ['clean-water'],
  'A mutual water company serving about 400 connections draws from two wells with nitrate at one and a half times '
  'the MCL, and is under a compliance order. The county supports its funding application. The system needs '
  'centralised treatment at the wellhead that keeps the whole supply compliant. Handing out under-sink units to '
  'households is not an acceptable long-term solution. The company has no sewer connection, so waste streams '
  'from treatment must be small.',
  1200000, 8, 'US-CA', None, '2027-12-31',
  answers={'sac_ix_zh': 'nitrate-selective IX at the wellhead with brine recovery',
           'bio_denit': 'wellhead biological denitrification, no brine'},
  alts={'conv_ix': 'wellhead IX, but large brine stream'},
  sibs={'poe_ro': (0, 'household under-sink units excluded')})

# ---------------- n30 wastewater pond aeration ----------------
T('maglev_zh', '磁浮动力', '磁悬浮高速离心鼓风机＋溶解氧闭环控制',
  ['energy-efficiency', 'clean-water'],
  '采用磁悬浮轴承与永磁高速电机直驱叶轮，无机械摩擦、无需润滑油，单台风量30至200 m³/min，'
  '较罗茨鼓风机节能30%至40%。配套在线溶解氧与氨氮仪表，控制系统按实时需氧量调整风量和曝气分区，'
  '避免过度曝气。噪声低于80 dB，可直接替换现有鼓风机房设备，整机寿命期内基本免维护。',
  9, [60000, 600000], ['*'], 450)
T('solar_circ', 'Sunmix Lagoon Systems', 'Solar-powered lagoon circulators',
  ['clean-water', 'renewable-energy'],
  'Floating circulators driven by onboard solar panels that move water across the lagoon surface, reducing '
  'stratification, algae and odour. They need no grid power, but they add only modest oxygen and cannot '
  'replace blower aeration where a plant must meet a strict ammonia limit.',
  9, [20000, 150000], ['*'], 100)
T('fine_bubble', 'Bubbleline Diffusers', 'Fine-bubble membrane diffuser retrofit',
  ['clean-water', 'energy-efficiency'],
  'EPDM membrane disc and tube diffusers on weighted laterals for aerated lagoons, replacing coarse bubble or '
  'surface aerators. Better oxygen transfer cuts air demand by 20 to 40%. Existing blowers stay in place and '
  'keep running at fixed speed, so savings depend on turning some off manually.',
  9, [40000, 300000], ['*'], 200)

N('n30', 'Imperial County', 'Cutting aeration energy at the county wastewater treatment ponds',
  ['energy-efficiency'],
  'The county sanitation district runs an aerated lagoon plant of 3 MGD whose four positive-displacement blowers '
  'run flat out around the clock and use about 60% of the plant electricity. Ammonia limits in the discharge '
  'permit must still be met. The district wants to replace the blower equipment in the existing building and '
  'have air delivery follow the actual oxygen demand of the ponds. Quick payback and low maintenance matter.',
  700000, 8, 'US-CA', 500, '2027-06-30',
  answers={'maglev_zh': 'high-speed magnetic-bearing blowers with DO control'},
  alts={'fine_bubble': 'cuts air demand, but blowers unchanged and no control'},
  sibs={'solar_circ': (1, 'lagoon mixing with solar; cannot meet ammonia limit')})

# ---------------- generic-word distractors (never graded) ----------------
G('g_smartvillage', 'Verdant Digital', 'Smart Village Cloud Platform',
  ['smart-grid', 'ghg-data'],
  'One platform for the smart, green and connected village. Our cloud brings together IoT data, digital twins '
  'and AI insights for energy, water, waste and mobility so that rural leaders can see everything on a single '
  'dashboard. Modular apps, open APIs and a low-code studio let partners build new services. Sustainability, '
  'resilience and efficiency, delivered as a service for counties and towns of any size.',
  9, [50000, 500000], ['*'], None)
G('g_zerocarbon_zh', '零碳未来科技', '县域零碳智慧大脑解决方案',
  ['ghg-data', 'smart-grid'],
  '以“双碳”目标为引领，融合物联网、大数据、人工智能与数字孪生技术，打造县域零碳智慧大脑。'
  '平台汇聚能源、环境、农业、交通等多源数据，实现碳排放“一屏统览、一网统管”，'
  '助力乡村振兴与绿色低碳高质量发展。提供顶层规划、平台建设、运营服务全生命周期支撑。',
  9, [80000, 800000], ['CN'], None)
G('g_agritwin', 'Agrisphere AI', 'Digital Twin for Sustainable Agriculture',
  ['ghg-data', 'nature-based'],
  'A digital twin of your entire agricultural landscape. Satellite, drone and sensor streams flow into our AI '
  'engine, which turns data into actionable sustainability insights for carbon, water and biodiversity. '
  'Interactive 3D maps, scenario playback and executive dashboards help stakeholders align on green goals. '
  'Built for governments, agribusinesses and cooperatives ready to lead the digital transformation of farming.',
  9, [60000, 400000], ['*'], None)
G('g_greenenergy_iot', 'Ecosignal Systems', 'Green Energy IoT Gateway Suite',
  ['smart-grid', 'energy-efficiency'],
  'Edge gateways and cloud analytics that connect any meter, inverter, pump or sensor in minutes. Smart alerts, '
  'carbon KPIs and energy benchmarking come out of the box, with integrations for popular building and SCADA '
  'systems. Our platform helps organisations of all kinds become smarter, greener and more efficient, and '
  'scales from a single site to thousands of distributed assets.',
  9, [10000, 200000], ['*'], None)
G('g_carbon_neutral', 'NetZero Partners', 'Carbon Neutral Pathway Programme',
  ['ghg-data'],
  'Our consultants guide public agencies on the journey to carbon neutrality, from baseline to roadmap to '
  'communication. Workshops, benchmarking against peers, stakeholder engagement and a branded sustainability '
  'report are all included. We combine global best practice with local insight to unlock green growth, '
  'climate resilience and a low-carbon future for your community.',
  9, [25000, 250000], ['*'], None)
G('g_smartwater_zh', '慧水数科', '乡村智慧水务一体化管控平台',
  ['clean-water', 'smart-grid'],
  '基于“云-边-端”架构，构建覆盖供水、排水、污水、水环境的乡村智慧水务一张图，打通数据孤岛。'
  '平台具备实时监测、智能预警、决策分析、移动巡检等功能模块，支持大屏可视化展示与多级用户管理，'
  '全面提升农村水务数字化、精细化、智能化管理水平，服务美丽乡村建设。',
  9, [50000, 600000], ['CN'], None)
G('g_climate_market', 'Greenbridge Exchange', 'Climate Solutions Marketplace',
  ['ghg-data', 'renewable-energy'],
  'A digital marketplace that connects counties, utilities and farms with hundreds of vetted clean technology '
  'providers. Post a challenge, receive matched proposals, compare offers with our green score and track '
  'outcomes. Our community of innovators spans energy, water, waste, mobility and nature, and our platform '
  'makes sustainable procurement smarter, faster and more transparent.',
  9, [5000, 60000], ['*'], None)
G('g_smart_mobility', 'Movewise Labs', 'Smart Green Mobility Operating System',
  ['green-transportation', 'electric-vehicles'],
  'An operating system for the future of sustainable mobility. Data from vehicles, chargers, riders and roads '
  'feed AI-driven insights and digital services for cleaner, smarter and more inclusive transport. Dashboards '
  'for decision makers, APIs for partners and a citizen app in one platform, ready for cities, counties and '
  'regions moving towards net-zero transport.',
  9, [40000, 400000], ['*'], None)
G('g_esg_zh', '绿链数智', 'ESG数字化管理与绿色金融服务平台',
  ['ghg-data'],
  '面向政府平台公司、农业龙头企业与合作社，提供ESG指标体系搭建、数据采集、评级对标与信息披露一站式服务，'
  '链接绿色信贷、绿色债券等金融资源，以数字化手段提升绿色发展竞争力。平台采用区块链存证，'
  '数据可信可追溯，助力企业实现可持续发展。',
  9, [20000, 200000], ['CN'], None)
G('g_cleantech_box', 'Omnigreen Devices', 'All-in-One Smart Sustainability Sensor',
  ['clean-air', 'energy-efficiency', 'clean-water'],
  'One compact, solar-ready device that senses air, water, energy and weather, connects over LoRa, NB-IoT or '
  'Wi-Fi, and streams data to our green analytics cloud. Mount it anywhere in a farm, town or facility to '
  'start your sustainability journey. AI anomaly detection, carbon estimates and beautiful reports come '
  'standard, with no engineering required.',
  9, [500, 20000], ['*'], None)
G('g_ruralgreen_ai', 'Harvestmind Technologies', 'AI-Powered Green Rural Development Suite',
  ['nature-based', 'renewable-energy', 'waste-treatment'],
  'Artificial intelligence for every part of the green rural economy: crops, livestock, energy, water and '
  'waste. Our suite combines predictive analytics, generative reporting and a mobile app so that county '
  'agencies and growers can make smarter, data-driven, climate-positive decisions. Designed to support grant '
  'applications and long-term sustainability goals.',
  9, [30000, 300000], ['*'], None)
