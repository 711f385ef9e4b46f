"""Chinese needs b18n09-b18n15 and their technologies."""
from common import T, N

# ---------------- n09 Jiangmen: light-load steel roofs
T("flex_pv", "en", "Featherlite Solar", "FL-Flex 430 frameless adhesive-mount module",
  ["renewable-energy"], 9, [80000, 1400000], ["*"], 6000,
  "Featherlite FL-Flex weighs just 3.2 kg/m2, about a quarter of a glass module, and bonds straight to "
  "trapezoidal metal sheeting with a structural adhesive tested to 2,400 Pa uplift. No rails, no ballast and "
  "no penetrations: roofs that were written off for solar can generate again. 430 W back-contact cells in an "
  "ETFE front sheet, 22.1% efficiency, IEC 61215 / 61730 and UL 7103 certified, with a 25-year power "
  "warranty. Intersolar Award finalist and over 900 MW installed on warehouses and factories.")
T("dualglass_ballast", "zh", "晶耀新能源", "双玻组件+配重式支架屋顶光伏系统",
  ["renewable-energy"], 9, [60000, 1200000], ["CN"], 6000,
  "晶耀双玻组件采用N型TOPCon电池，功率最高达到620W，首年衰减不超过1%，配合铝合金配重式支架安装于平屋面和金属屋面，"
  "无需打孔，抗风等级达到12级。系统每平方米重量约25至30公斤，发电量比单玻组件高出5%以上，入选工信部光伏制造"
  "行业规范名单，提供设计、施工和电站运维一体化服务。")
T("bipv_roof", "zh", "瓦能建材", "光伏建筑一体化（BIPV）金属屋面系统",
  ["renewable-energy", "green-buildings"], 9, [200000, 1500000], ["CN"], 5000,
  "瓦能BIPV屋面系统把光伏组件与直立锁边金属屋面板合为一体，拆除旧彩钢瓦后整体铺设新屋面，既防水又发电，"
  "屋面寿命25年以上。系统通过住建部绿色建材认证和中国质量认证中心光伏认证，专为厂房和物流仓库屋面翻新设计，"
  "已完成超过500万平方米应用，可提供屋面结构复核与翻新施工总包。")
T("carport_pv", "en", "ShadeWatt", "ShadeWatt steel-frame solar carport",
  ["renewable-energy", "electric-vehicles"], 9, [100000, 1500000], ["*"], 1500,
  "ShadeWatt carports put high-efficiency bifacial modules on galvanised cantilever frames over parking "
  "lots, turning asphalt into a power plant while shading vehicles. Pre-engineered spans from 5 to 20 bays, "
  "integrated LED lighting and EV-charger-ready conduits, with foundations designed for local wind and "
  "seismic codes. Over 3,000 canopies built; Solar Builder Project of the Year winner.")
T("light_clamp_pv", "en", "Lumaroof", "Lumaroof Lite 6.5 kg/m2 glass-free module with seam clamps",
  ["renewable-energy"], 9, [70000, 1300000], ["*"], 5500,
  "Lumaroof Lite replaces front glass with a fibre-reinforced polymer laminate, bringing a rigid 550 W module "
  "down to 6.5 kg/m2. Non-penetrating clamps grip standing-seam and trapezoidal profiles, so panels mount "
  "without drilling. IEC 61215 certified, hail tested to 35 mm, 30-year performance warranty, and a "
  "TÜV Top Brand PV seal. Ideal for roofs with limited reserve capacity.")

N(9, "jm_roofpv", "zh", "Jiangmen", "工业园区轻载彩钢瓦屋顶光伏",
  ["renewable-energy"], 1500000, 8, "CN-GD", 5000, "2027-08-31",
  "江门市江海区工业园区内约40万平方米钢结构厂房屋顶为彩钢瓦，设计附加荷载仅约0.1kN/m²，多家企业希望利用屋顶发电"
  "降低用电成本，但结构复核显示屋面无法承受常规组件加支架的重量，企业也不允许在屋面打孔。园区管委会征集可行的"
  "屋顶发电方案；加固钢结构或整体翻新屋面不在本次范围。",
  g3=["flex_pv"],
  alts={"light_clamp_pv": "no drilling and much lighter, but 6.5 kg/m2 plus clamps leaves almost no margin under a 0.1 kN/m2 reserve"},
  sibs={"dualglass_ballast": (0, "conventional modules on racking are ruled out by roof load"),
        "bipv_roof": (0, "re-roofing is excluded by name"),
        "carport_pv": (1, "solar for the park, but not on the roofs")})

# ---------------- n10 Zhanjiang: coastal erosion / mangroves
T("mangrove_prog", "en", "Tidewild Ecosystems", "Living Fringe mangrove establishment programme",
  ["nature-based"], 8, [120000, 650000], ["*"], 900,
  "Tidewild's Living Fringe programme rebuilds eroding tropical shorelines with the ecosystem that held them "
  "in the first place. Permeable bamboo and brushwood fences first calm waves and trap sediment; once the "
  "mudflat is raised, Kandelia, Avicennia and Rhizophora propagules raised in community nurseries are planted "
  "in biodegradable coir sleeves. Drone surveys track survival, canopy and blue-carbon stocks to Verra VM0033. "
  "Local households are paid for nursery and monitoring work. UN Decade on Restoration flagship project.")
T("rock_revet", "zh", "海工建设集团", "抛石及扭王字块混凝土护岸工程",
  ["nature-based"], 9, [300000, 5000000], ["CN"], None,
  "海工建设集团具有港口与航道工程施工总承包一级资质，承建海堤护岸工程超过500公里。采用抛石斜坡堤配合扭王字块、"
  "四脚空心方块等混凝土护面块体，按50年一遇潮位加风浪设计，施工速度快，防护效果立竿见影，可同步建设堤顶道路和"
  "防浪墙，获多项省级优质工程奖。")
T("beach_nourish", "en", "Sandline Coastal", "Sandline beach nourishment and dune rebuilding",
  ["nature-based"], 9, [400000, 3000000], ["*"], None,
  "Sandline restores eroded beaches by dredging compatible offshore sand and placing it along the shore with "
  "trailing suction hopper dredgers and shore pipelines, then rebuilding dunes with sand fencing and native "
  "grasses. Morphological modelling sets fill volumes and re-nourishment intervals. More than 120 projects "
  "delivered, ISO 14001 certified, and a Coastal Engineering Excellence Award.")
T("oyster_reef", "zh", "蓝湾海洋生态", "牡蛎礁生态护岸修复",
  ["nature-based", "clean-water"], 8, [80000, 500000], ["CN"], 100,
  "蓝湾海洋生态专注海洋生态修复十年，承担多个国家蓝色海湾整治项目。在近岸潮间带布设牡蛎壳袋、生态礁体和附着基，"
  "引导本地牡蛎附着成礁，礁体随时间自然生长，消减波浪、稳定滩涂并净化水质，为鱼虾蟹提供栖息地。提供本底调查、"
  "礁体设计、投放和三年跟踪监测。")

N(10, "zj_coast", "zh", "Zhanjiang", "雷州半岛东岸侵蚀岸段生态修复",
  ["nature-based"], 700000, 7, "CN-GD", 500, "2027-10-31",
  "湛江雷州半岛东岸部分岸段近年受台风浪冲刷，岸线后退明显，养殖塘堤坝多次溃决。市自然资源局希望在约12公里岸段开展"
  "生态修复，既要消浪护岸，又要提升滨海湿地生物多样性和碳汇能力，并能带动周边社区参与长期维护。新建混凝土或抛石"
  "等硬质护岸不纳入本项目。",
  g3=["mangrove_prog"],
  alts={"oyster_reef": "nature-based and wave-damping, but a narrow band with little carbon gain"},
  sibs={"rock_revet": (0, "hard revetments are excluded by name"),
        "beach_nourish": (1, "soft engineering, but sand placement on a muddy coast washes out")})

# ---------------- n11 Shaoguan: steel slag + flue gas CO2
T("slag_carb", "en", "Mineralis Carbon", "CarbonStone accelerated mineralisation reactor",
  ["carbon-capture", "waste-treatment"], 8, [600000, 2400000], ["*"], 40000,
  "CarbonStone turns two liabilities into one product. Ground basic oxygen furnace slag and raw kiln or stove "
  "exhaust (10-25% CO2, no pre-purification) meet in a pressurised wet rotary reactor, where calcium "
  "silicates react to stable calcite, binding 150-250 kg of CO2 per tonne of slag in under an hour. The "
  "carbonated granules are volume-stable, low-leaching aggregate and supplementary binder for concrete. "
  "Permanent storage verified under the Puro.earth methodology; Hello Tomorrow Global Challenge winner.")
T("amine_cn", "zh", "碳捕科技", "有机胺法烟气二氧化碳捕集与液化装置",
  ["carbon-capture"], 9, [1500000, 20000000], ["CN"], 50000,
  "碳捕科技采用自主研发的复合有机胺吸收剂，再生能耗低至2.4GJ/吨CO2，捕集率90%以上，产品CO2纯度99.9%，可液化"
  "生产工业级和食品级液态二氧化碳。装置模块化设计，规模从1万吨到50万吨每年，已在电厂、水泥和钢铁行业建成多套"
  "示范工程，获中国循环经济协会科技进步一等奖。")
T("co2_block", "en", "Curecrete", "Curecrete CO2-cured precast blocks",
  ["carbon-capture", "green-buildings"], 9, [200000, 1500000], ["*"], 3000,
  "Curecrete cures precast concrete blocks and pavers with delivered liquid CO2 instead of steam, "
  "mineralising the gas inside the product and cutting cement content by up to 20%. The retrofit kit fits "
  "existing block machines and curing chambers, and blocks meet ASTM C90 and EN 771. Over 60 plants licensed, "
  "LEED-contributing EPDs, and a Fast Company World Changing Ideas honour.")
T("slag_powder_cn", "zh", "韶建新材", "钢渣微粉及复合掺合料生产线",
  ["waste-treatment", "green-buildings"], 9, [800000, 2500000], ["CN"], 8000,
  "韶建新材钢渣微粉生产线采用立磨粉磨和磁选除铁工艺，将钢渣磨细至比表面积450m²/kg以上，与矿渣粉复配成混凝土掺合料，"
  "替代部分水泥，每吨产品减少碳排放约0.3吨。产品符合GB/T 20491标准，年产能30至100万吨，提供生产线设计、设备供货"
  "和运营指导，入选国家工业固废综合利用先进适用技术目录。")
T("echem_slag_trap", "en", "Electrolith Labs", "Electrolith electrochemical slag carbonation pilot",
  ["carbon-capture", "waste-treatment"], 4, [300000, 1500000], ["*"], 30000,
  "Electrolith uses renewable electricity to split steel slag into a calcium-rich electrolyte and a silica "
  "by-product, then precipitates high-purity calcium carbonate with flue-gas CO2. Lab cells show 300 kg of CO2 "
  "fixed per tonne of slag and saleable precipitated carbonate. A first containerised pilot is being built "
  "with a European steelmaker. Backed by top climate investors and named a Breakthrough Energy Fellow.")

N(11, "sg_slag", "zh", "Shaoguan", "钢渣消纳与烟气二氧化碳固定",
  ["carbon-capture", "waste-treatment"], 2500000, 7, "CN-GD", 30000, "2028-03-31",
  "韶关某钢铁企业每年产生钢渣约60万吨，长期堆存占用土地，存在碱性渗滤风险；同时石灰窑和热风炉烟气排放大量二氧化碳。"
  "企业与市生态环境局希望找到一条既能消纳钢渣、又能把烟气中二氧化碳长期固定下来的技术路线，产物可作为建材出售。"
  "周边没有地质封存条件，也没有液态二氧化碳的销路，因此不建设溶剂吸收和液化装置。",
  g3=["slag_carb"],
  sibs={"amine_cn": (0, "solvent capture and liquefaction are excluded by name"),
        "co2_block": (1, "stores CO2 in concrete, but uses bought CO2 and no slag"),
        "slag_powder_cn": (1, "uses the slag and saves cement, but fixes no flue-gas CO2")},
  traps={"echem_slag_trap": "TRL 4 < 7"})

# ---------------- n12 Meizhou: new sports centre embodied carbon
T("lc3", "en", "ClayCem Materials", "ClayCem LC3-50 ternary low-clinker cement",
  ["green-buildings"], 9, [150000, 900000], ["*"], 4500,
  "ClayCem LC3-50 blends 50% clinker with calcined kaolinitic clay and ground limestone, cutting cement "
  "embodied carbon by up to 40% at equal 28-day strength. Calcined clay's pozzolanic reaction densifies the "
  "paste, improving chloride resistance for humid and coastal climates. Supplied in bulk to ready-mix "
  "plants, it is standardised under EN 197-5 and GB 175 composite cement classes and backed by third-party "
  "EPDs. Winner of the Global Cement Sustainability Award and used in 20 countries.")
T("clt", "en", "Forestline Timber", "Forestline cross-laminated timber structural system",
  ["green-buildings"], 9, [300000, 3000000], ["*"], 3000,
  "Forestline CLT panels and glulam frames store carbon in the structure and weigh a fifth of concrete, "
  "speeding construction by up to 30%. Panels are CNC-cut to millimetre precision, FSC and PEFC certified, "
  "with two-hour fire ratings by charring design. Over 400 schools, sports halls and offices completed; "
  "Wood Design Award winner and full BIM support.")
T("eaf_steel_cn", "zh", "绿钢集团", "电炉短流程低碳钢结构",
  ["green-buildings"], 9, [200000, 2000000], ["CN"], 2500,
  "绿钢集团以废钢为原料，采用电弧炉短流程冶炼，型钢产品碳足迹比长流程降低约60%，获得产品碳足迹认证和绿色建材"
  "三星级认证。可提供钢结构深化设计、工厂预制和现场安装一体化服务，适用于大跨度体育场馆和公共建筑，施工周期"
  "比混凝土结构缩短三分之一。")
T("geopolymer_cn", "zh", "固碳建材", "地聚合物无水泥混凝土",
  ["green-buildings"], 7, [100000, 800000], ["CN"], 5000,
  "固碳建材地聚合物混凝土以矿渣、粉煤灰为原料，经碱激发形成胶凝体系，完全不使用硅酸盐水泥，碳排放可降低70%以上，"
  "早期强度高、耐腐蚀。产品已在道路、管廊和预制构件中示范应用，获省科技进步二等奖，目前正推动纳入团体标准，"
  "可提供配合比设计与技术指导。")
T("recycled_agg_cn", "zh", "再生源建材", "再生骨料混凝土",
  ["green-buildings", "waste-treatment"], 9, [50000, 500000], ["CN"], 800,
  "再生源建材把建筑拆除垃圾破碎、筛分、除杂后制成再生粗细骨料，按GB/T 25177标准生产C30至C50再生骨料混凝土，"
  "替代30%至50%天然砂石，减少开山采石和垃圾填埋。产品获绿色建材认证，由合作搅拌站就近供应，价格与普通商品混凝土"
  "持平，是项目争取绿色建筑加分的实用选择。")

N(12, "mz_gym", "zh", "Meizhou", "新建全民健身中心建材隐含碳削减",
  ["green-buildings"], 1000000, 7, "CN-GD", 3000, "2027-07-31",
  "梅州市新建全民健身中心，建筑面积约2.6万平方米，以钢筋混凝土框架为主，混凝土用量约3万立方米。市住建局要求项目开展"
  "全生命周期碳排放计算，主体结构建材隐含碳较基准降低30%以上，所用材料须符合现行国家标准，并能由本地搅拌站稳定"
  "供应。考虑到防火与湿热气候，本项目不采用木结构。",
  g3=["lc3"],
  alts={"recycled_agg_cn": "standard and local, but aggregate swaps barely move embodied carbon"},
  sibs={"clt": (0, "timber structures are excluded by name"),
        "eaf_steel_cn": (1, "low-carbon structure, but a change of structural system"),
        "geopolymer_cn": (1, "large cut, but not yet covered by national standards")})

# ---------------- n13 Chengdu: road transport GHG inventory
T("probe_inventory", "en", "Tracemile Analytics", "FleetPrint bottom-up road emissions engine",
  ["ghg-data", "green-transportation"], 9, [60000, 320000], ["*"], None,
  "FleetPrint builds a street-by-street picture of traffic emissions from the data cities already have. "
  "It fuses anonymised GPS trajectories from taxis, ride-hailing and freight telematics with loop-detector "
  "counts, ANPR samples and the vehicle registry, assigns speed-dependent emission factors (COPERT or MOVES) "
  "by vehicle class and fuel, and reports tonnes CO2e by link, district, month and segment. It separates "
  "through-traffic from resident vehicles and is aligned with the GPC and IPCC Tier 3. Used by 45 cities; "
  "C40 Innovation Showcase.")
T("fuelsales_cn", "zh", "碳衡软件", "城市能源消费法温室气体清单编制系统",
  ["ghg-data"], 9, [20000, 150000], ["CN"], None,
  "碳衡清单编制系统依据IPCC国家温室气体清单指南和省级清单编制指南，以统计年鉴中的能源平衡表、成品油销售和电力消费"
  "数据为基础，自动计算能源、工业、农业、废弃物等领域排放，生成标准格式报表和历年趋势分析。系统已服务100多个市县，"
  "获软件著作权十余项，提供数据收集模板和专家审核服务。")
T("rsd_cn", "zh", "天眸环境", "机动车尾气遥感监测系统",
  ["clean-air", "green-transportation"], 9, [50000, 400000], ["CN"], None,
  "天眸机动车尾气遥感监测系统采用可调谐激光和紫外差分吸收技术，在车辆正常行驶中1秒内测出CO、CO₂、HC、NO和烟度，"
  "自动识别车牌并关联车辆登记信息，筛查高排放车。设备可固定式或移动式部署，已在全国200多个点位联网运行，"
  "数据接入生态环境部门监管平台，获国家重点环保实用技术认定。")
T("fleet_calc", "en", "GreenMiles", "GreenMiles fleet carbon calculator",
  ["ghg-data"], 9, [10000, 80000], ["*"], None,
  "GreenMiles calculates Scope 1 emissions for public and commercial fleets from fuel cards, telematics and "
  "odometer readings, with GHG Protocol-aligned factors and dashboards by depot, vehicle and driver. "
  "Integrations with 30 telematics providers make onboarding a one-day job, and monthly reports drop into "
  "CDP and ESG disclosures. Trusted by 2,000 fleet managers; ISO 14064-1 verified methodology.")

N(13, "cd_transport", "zh", "Chengdu", "城市道路交通温室气体排放精细化核算",
  ["ghg-data", "green-transportation"], 350000, 7, "CN-SC", None, "2027-03-31",
  "成都市生态环境局每年编制城市温室气体清单，交通部分目前按辖区成品油销售量推算，无法区分过境车辆和本地车辆，"
  "也无法按区县、按车型评估限行、新能源推广等政策的减排效果。局里希望建立一套更精细的道路交通排放核算方法，"
  "能按月更新，并符合IPCC和城市清单相关方法学要求。",
  g3=["probe_inventory"],
  alts={"fleet_calc": "activity-based but covers only fleets that join, not all road traffic"},
  sibs={"fuelsales_cn": (1, "the current fuel-sales method in software form"),
        "rsd_cn": (1, "measures pollutant emissions per vehicle, not a CO2 inventory")})

# ---------------- n14 Zhaoqing: data centre heat for hot water
T("hr_heatpump", "en", "Heatrelay Energy", "Heatrelay HT-70 heat recovery heat pump",
  ["green-data-centers", "energy-efficiency"], 9, [150000, 1100000], ["*"], 2500,
  "Heatrelay HT-70 water-to-water heat pumps lift 15-25 °C return water from chilled-water loops to 65-75 °C "
  "for domestic hot water, pools and low-temperature district networks. Each 1 MW of heat delivered also "
  "provides about 0.75 MW of free cooling to the data hall. Twin-screw compressors on a natural refrigerant, "
  "a COP above 4, hydraulic decoupling so the cooling plant always has priority, and an Uptime-friendly "
  "control interface. Data Centre Dynamics Sustainability Award winner; 70 data-centre references.")
T("economiser", "en", "Airside Dynamics", "Airside Dynamics waterside economiser package",
  ["green-data-centers"], 9, [100000, 800000], ["*"], 1500,
  "Airside Dynamics waterside economisers add plate heat exchangers between the cooling tower and "
  "chilled-water loops, so the chillers switch off whenever outdoor wet-bulb allows. Controls blend "
  "partial and full free cooling automatically, cutting chiller energy by 30-60% and improving PUE. "
  "Skid-mounted, installed without downtime, LEED-recognised and proven in more than 500 facilities.")
T("solar_hw_cn", "zh", "日升热能", "平板太阳能集热集中热水系统",
  ["renewable-energy"], 9, [50000, 600000], ["CN"], 800,
  "日升平板太阳能集热器采用蓝膜吸热涂层和超白钢化玻璃，集热效率达到0.8，承压运行，屋顶一体化安装美观耐用。"
  "集中热水系统配置储热水箱、循环泵和空气源热泵辅热，为宿舍、酒店和医院提供60℃生活热水，可节省热水能耗60%以上。"
  "荣获中国太阳能热利用行业十大品牌，已完成超过2万个工程。")
T("plate_preheat_cn", "zh", "换能科技", "机房余热板换预热生活热水系统",
  ["green-data-centers", "energy-efficiency"], 9, [30000, 300000], ["CN"], 600,
  "换能科技板换预热系统在冷却水回水管路上加装不锈钢板式换热器，利用约32℃的冷却水余热将自来水从20℃左右预热到28℃"
  "左右再进入锅炉，降低锅炉燃气耗量。系统无压缩机、投资小、回收期短，可与现有锅炉直接串联，安装不影响制冷系统运行，"
  "提供远程计量和节能量核算。")
T("dh_network_trap", "en", "Heatrelay Energy", "Heatrelay Campus: heat network EPC with heat purchase agreement",
  ["green-data-centers", "energy-efficiency"], 9, [2500000, 12000000], ["*"], 6000,
  "Heatrelay Campus is a design-build-operate package for a whole district: heat recovery heat pumps at the "
  "data centre, pre-insulated pipe networks to surrounding buildings, substations and metering, all paid "
  "back through a 15-year heat purchase agreement. We handle permits, utility coordination and operation, "
  "guaranteeing delivered temperature and availability. European District Energy Award winner.")

N(14, "zq_dcheat", "zh", "Zhaoqing", "数据中心余热供应园区生活热水",
  ["green-data-centers", "energy-efficiency"], 1200000, 8, "CN-GD", 2000, "2027-11-30",
  "肇庆高新区某大数据中心IT负载约8MW，冷冻水回水温度约18℃，热量全部通过冷却塔排放；相邻的职工公寓和园区酒店每天"
  "需要大量60℃以上的生活热水，目前依靠燃气锅炉。园区希望把机房产生的热量用起来，减少燃气消耗，同时不能影响机房"
  "制冷的可靠性。",
  g3=["hr_heatpump"],
  alts={"plate_preheat_cn": "uses the heat, but only preheats to about 28 °C; the boiler still does most of the work"},
  sibs={"economiser": (1, "saves data-centre energy but rejects the heat"),
        "solar_hw_cn": (1, "cuts hot-water gas with solar, ignores the data-centre heat")},
  traps={"dh_network_trap": "budget: cheapest deployment 2.5M > 1.2M"})

# ---------------- n15 Hangzhou: single-glazed curtain walls
T("vig", "en", "Thinvac Glass", "ThinVac 8.3 slim vacuum insulating glass",
  ["energy-retrofits"], 9, [100000, 1400000], ["*"], 700,
  "ThinVac 8.3 is vacuum insulating glass only 8.3 mm thick, so it drops into the glazing pockets of existing "
  "aluminium frames where double glazing will not fit. A 0.2 mm evacuated gap and low-e coating achieve a "
  "centre-of-glass U-value of 0.6 W/m2K, ten times better than single glass, and cut street noise by 36 dB. "
  "Panes are swapped unit by unit from inside or with a gondola, one floor at a time, while offices stay "
  "occupied. ISO 19916 tested, 15-year seal warranty, winner of the Glass Performance Days Innovation Award.")
T("cw_replace_cn", "zh", "远大幕墙", "单元式节能幕墙整体更新",
  ["energy-retrofits", "green-buildings"], 9, [500000, 5000000], ["CN"], 900,
  "远大幕墙具有建筑幕墙工程设计与施工双甲级资质，完成超过300栋高层建筑幕墙工程。单元式节能幕墙采用断桥铝合金框架、"
  "三银Low-E中空玻璃和暖边间隔条，整窗传热系数可低至1.5W/(m²·K)，提供拆除旧幕墙、结构检测、新幕墙设计加工和"
  "吊装一体化服务，鲁班奖工程多项。")
T("int_blinds", "en", "Lumishade", "Lumishade motorised interior solar blinds",
  ["energy-retrofits"], 9, [30000, 400000], ["*"], 150,
  "Lumishade motorised blinds use metallised solar fabric that reflects up to 80% of solar heat, tracking the "
  "sun automatically through a BACnet-connected controller. Fitted from inside in a day per floor, they cut "
  "glare and cooling loads on west and south façades. GREENGUARD certified fabrics, 10-year motor warranty, "
  "and a Red Dot award for the cassette design.")
T("lowe_film_cn", "zh", "膜力科技", "建筑玻璃低辐射隔热膜",
  ["energy-retrofits"], 9, [20000, 300000], ["CN"], 300,
  "膜力科技低辐射隔热膜采用磁控溅射多层金属膜系，红外线阻隔率超过90%，紫外线阻隔率99%，可见光透过率保持在50%以上。"
  "贴膜后单层玻璃的传热系数可由约5.8降到约3.8W/(m²·K)，有效减少西晒和冬季热损失。施工在室内进行，不影响办公，"
  "每层一天完成，质保十年，获评中国建筑节能协会推荐产品。")

N(15, "hzj_glazing", "zh", "Hangzhou", "既有政府办公楼单层玻璃幕墙节能改造",
  ["energy-retrofits"], 1500000, 8, "CN-ZJ", 600, "2027-09-01",
  "杭州市上城区一批建于2000年前后的政府办公楼外立面为单层玻璃幕墙，夏季西晒严重、冬季靠窗区域偏冷，空调能耗居高"
  "不下。区机关事务局希望在不停止办公的情况下提升外窗热工性能，使传热系数降到2.0W/(m²·K)以下。拆除整片幕墙重建"
  "不在本次考虑范围。",
  g3=["vig"],
  alts={"lowe_film_cn": "improves the glass, but only to about 3.8, well short of 2.0"},
  sibs={"cw_replace_cn": (0, "tearing out the curtain wall is excluded by name"),
        "int_blinds": (1, "cuts solar gain but not the U-value")})
