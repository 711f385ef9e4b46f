"""English needs b18n24-b18n30, their technologies, and the generic-word distractors."""
from common import T, G, N

# ---------------- n24 Berkeley: leaky hidden ductwork
T("aerosol_seal_cn", "zh", "密风科技", "雾封®风管内部气溶胶密封技术",
  ["energy-retrofits"], 9, [10000, 400000], ["*"], 300,
  "密风科技雾封®技术把风管系统临时加压，将水基聚合物密封剂雾化成微米级颗粒送入管内，颗粒随气流在缝隙边缘沉积并"
  "逐渐封堵，最大可封闭约15毫米的漏缝，整个过程由软件实时显示泄漏量下降曲线，施工后出具密封前后的漏风测试报告。"
  "无需拆除吊顶和墙体，一栋楼通常一至两天完成，漏风量可降低80%至95%。密封剂通过UL 723和GREENGUARD认证，"
  "获ASHRAE技术奖，已服务北美和亚洲3万多栋建筑。")
T("duct_replace", "en", "AirPath Mechanical", "AirPath full ductwork replacement",
  ["energy-retrofits"], 9, [60000, 1500000], ["*"], 350,
  "AirPath mechanical crews remove old ductwork and install new, right-sized, sealed and insulated duct "
  "systems designed with Manual D, including new registers, dampers and a full test-and-balance report. "
  "Historic-building experience, lead-safe certified, and SMACNA-compliant fabrication in our own shop. "
  "Best of Houzz for Service five years running.")
T("duct_wrap_cn", "zh", "保温通", "风管橡塑保温包覆改造",
  ["energy-retrofits"], 9, [5000, 200000], ["*"], 100,
  "保温通橡塑保温材料导热系数低至0.034W/(m·K)，阻燃等级B1，闭孔结构不吸湿。为既有建筑裸露或老化的送回风管重新"
  "包覆保温层，减少冷热量在输送过程中的散失并防止结露，施工快捷，材料通过UL 94和FM认证，已出口北美和中东，"
  "获评绿色建材推荐产品。")
T("minisplit", "en", "Coolbreeze", "Coolbreeze ductless mini-split heat pumps",
  ["energy-retrofits", "hfc-alternatives"], 9, [20000, 450000], ["*"], 400,
  "Coolbreeze ductless heat pumps deliver room-by-room heating and cooling with inverter compressors up to "
  "SEER2 25, so buildings can retire leaky duct systems entirely. Wall, ceiling-cassette and floor "
  "units connect to outdoor condensers through a 3-inch penetration. ENERGY STAR Most Efficient and "
  "AHRI certified, with TECH Clean California incentives.")
T("manual_mastic", "en", "SealRight Services", "SealRight manual mastic duct sealing and testing",
  ["energy-retrofits"], 9, [8000, 150000], ["*"], 150,
  "SealRight technicians seal accessible duct joints, boots and plenums by hand with UL 181 mastic and "
  "foil tape, then verify results with a duct blaster test for Title 24 compliance. Fast, affordable and "
  "CalCERTS-registered, covering attics, crawlspaces and exposed mechanical rooms. BPI-certified team "
  "with thousands of homes and small buildings sealed.")

N(24, "bk_ducts", "en", "Berkeley", "Stop conditioned air loss in hidden ductwork of historic buildings",
  ["energy-retrofits"], 450000, 8, "US-CA", 200, "2027-05-31",
  "Municipal building decarbonization plan, measure MB-6: test-and-balance reports for the library branches and senior "
  "centers show 25 to 35% of conditioned air never reaching the rooms. It is lost through supply and return ductwork "
  "hidden above plaster ceilings and inside walls. We need to fix the distribution losses. Opening ceilings and walls "
  "in these historic buildings is not an acceptable approach.",
  g3=["aerosol_seal_cn"],
  alts={"manual_mastic": "the right fix, but only where ducts can be reached"},
  sibs={"duct_replace": (0, "requires opening ceilings and walls"),
        "duct_wrap_cn": (1, "reduces thermal loss, not air leakage"),
        "minisplit": (1, "retires the ducts instead of fixing them")})

# ---------------- n25 Irvine: building benchmarking data
T("util_api_cn", "zh", "数衡能源", "能效对标云：公用事业账单数据直连与评分",
  ["ghg-data"], 9, [30000, 280000], ["*"], None,
  "数衡能源对标云通过业主一次性授权，经由公用事业公司的Green Button Connect和整楼汇总数据接口自动拉取每栋建筑12个月的"
  "电、气用量，无需业主逐张录入账单；系统按建筑类型和气候区计算EUI与能源之星评分，自动生成合规清单、缺报提醒和"
  "年度对标报告，可一键推送至ENERGY STAR Portfolio Manager。平台通过SOC 2审计，已为北美和亚洲40余个城市的建筑能效"
  "披露项目提供服务，荣获智慧城市博览会最佳数据应用奖。")
T("submeter_en", "en", "Metrix Building Systems", "Metrix wireless submetering kit",
  ["ghg-data", "smart-grid"], 9, [20000, 250000], ["*"], None,
  "Metrix clamps wireless CT sensors onto electrical panels and gas meters to deliver 15-minute interval "
  "data for every building and circuit, with a cloud dashboard, anomaly alerts and ENERGY STAR Portfolio "
  "Manager export. Electricians install a typical site in a day. UL listed and ANSI C12.20 accurate; "
  "Verdantix Green Quadrant leader.")
T("audit_cn", "zh", "节能咨询集团", "建筑能源审计与对标咨询服务",
  ["ghg-data", "energy-retrofits"], 9, [20000, 300000], ["*"], None,
  "节能咨询集团拥有注册能源审计师和ASHRAE认证工程师团队，为商业与住宅建筑提供现场能源审计、账单分析、节能措施"
  "清单和对标报告，逐栋上门调研设备运行情况，给出投资回收期测算。已完成5000余栋建筑审计，出具报告符合ASHRAE "
  "Level II要求，提供中英双语服务。")
T("bench_helpdesk", "en", "ComplyDesk", "ComplyDesk benchmarking template and help desk service",
  ["ghg-data"], 9, [15000, 120000], ["*"], None,
  "ComplyDesk runs benchmarking help desks for city ordinances: owners receive a template and step-by-step "
  "guides, and our call centre walks them through entering utility bills into Portfolio Manager. Staff get "
  "a tracking sheet of who has reported. Bilingual support and outreach campaigns; 15 ordinance "
  "programmes supported.")

N(25, "irv_bench", "en", "Irvine", "Energy benchmarking data for the building performance ordinance",
  ["ghg-data"], 300000, 8, "US-CA", None, "2027-01-31",
  "Irvine's new building performance ordinance requires annual energy benchmarking for about 1,200 commercial and "
  "multifamily buildings over 20,000 sq ft. Staff need whole-building energy data without asking every owner to type "
  "in twelve months of bills, followed by a score and a compliance list for each building. Installing meters or "
  "sensors in buildings is not part of this solicitation.",
  g3=["util_api_cn"],
  alts={"bench_helpdesk": "gets the data in, but owners still type bills by hand"},
  sibs={"submeter_en": (0, "metering hardware is excluded"),
        "audit_cn": (1, "site audits give data building by building, far too slow for 1,200")})

# ---------------- n26 Santa Monica: street runoff + heat
T("bioretention_cn", "zh", "海绵景观", "模块化生物滞留带与行道树池系统",
  ["nature-based", "clean-water"], 8, [60000, 700000], ["*"], 50,
  "海绵景观模块化生物滞留带沿道路边石设置开口，让路面径流进入下凹式种植带，经过改良种植土、砂滤层和砾石层过滤"
  "下渗，可去除80%以上的悬浮物、重金属和大肠菌群；种植带内配置本土耐旱灌草和遮阴乔木，夏季降低街道地表温度，"
  "并为传粉昆虫提供栖息地。预制侧石进水口和溢流井缩短施工周期，提供水文计算和养护培训，获国际风景园林师联合会"
  "设计奖，项目遍及中美多个海绵城市。")
T("bioswale_en", "en", "Greenstreet Civil", "Greenstreet curb-cut bioswale and tree planter system",
  ["nature-based", "clean-water"], 9, [50000, 750000], ["US"], 40,
  "Greenstreet bioswales take in gutter flow through precast curb cuts, filter it through engineered soil "
  "and native plantings, and let it soak into the ground, removing sediment, metals and bacteria at the "
  "source. Integrated tree planters with structural cells give street trees room to grow a full canopy, "
  "shading hot blocks. Designed to LID and MS4 requirements, with maintenance training for city crews. "
  "ASLA Honor Award winner across 60 California streets.")
T("cistern", "en", "Vaultwater", "Vaultwater precast underground stormwater cistern",
  ["clean-water"], 9, [150000, 2000000], ["*"], None,
  "Vaultwater modular precast concrete cisterns capture and store stormwater beneath streets and parking "
  "lots, with pre-treatment chambers and pumps for reuse in irrigation. Sized to the design storm, "
  "installed in days with H-20 traffic rating, and backed by a 50-year design life. Trusted by public "
  "works departments nationwide.")
T("cool_pave_cn", "zh", "凉面科技", "高反射冷路面涂层",
  ["nature-based", "clean-air"], 9, [30000, 500000], ["*"], 50,
  "凉面科技冷路面涂层采用高太阳反射率颜料和水性丙烯酸树脂，喷涂在沥青路面上后，太阳反射率由0.05提高到0.35以上，"
  "夏季路表温度可降低8至12℃，缓解城市热岛效应。涂层防滑耐磨，可承受车辆通行，施工后两小时即可开放交通，"
  "已在洛杉矶、凤凰城等城市试点应用，获美国酷屋顶评级委员会认可。")
T("perm_pavers", "en", "Infiltra Pavers", "Infiltra permeable interlocking pavers",
  ["clean-water", "nature-based"], 9, [40000, 600000], ["*"], None,
  "Infiltra permeable pavers let runoff pass through open joints into a stone reservoir base, filtering "
  "sediment and metals and recharging groundwater. Ideal for parking lanes, alleys and plazas, they carry "
  "vehicle loads and reduce ponding. ICPI-certified installers, ASTM C936 units and a LEED-friendly "
  "solar reflectance option.")

N(26, "sm_runoff", "en", "Santa Monica", "Treat residential street runoff where it falls and cool hot blocks",
  ["nature-based", "clean-water"], 800000, 7, "US-CA", None, "2027-10-01",
  "Sustainable Water Master Plan measure SW-4: first-flush runoff from residential streets carries bacteria and "
  "metals to the beach, and the same streets are among the hottest blocks in summer. The City wants to treat runoff "
  "where it falls and add shade and habitat at the same time. Underground concrete tanks and pipe upsizing are the "
  "grey options we are trying to avoid.",
  g3=["bioretention_cn", "bioswale_en"],
  alts={"perm_pavers": "treats runoff at source, but adds no shade or habitat"},
  sibs={"cistern": (0, "an underground concrete tank, excluded"),
        "cool_pave_cn": (1, "cools streets, does nothing for runoff")},
  note="two grade-3 answers: Chinese and English bioretention")

# ---------------- n27 Stockton: packaged food waste
T("depack_cn", "zh", "分拣智造", "锤击式包装食品去包装分离机",
  ["waste-treatment"], 9, [150000, 900000], ["*"], 3000,
  "分拣智造去包装分离机以高速旋转的锤片打开罐头、纸盒、塑料袋和膜包装，有机物被打成可泵送的浆液并通过筛网分离，"
  "包装残渣从另一端排出，有机浆液中塑料杂质低于0.5%，可直接泵入厌氧消化罐。每小时处理10至30吨，一台设备即可"
  "处理过期食品、超市退货和饮料，全不锈钢结构，通过CE和UL认证，已在欧洲和北美200多家消化厂及转运站运行，"
  "获循环经济创新大奖。")
T("lfg_capture", "en", "Methanex Landfill Energy", "Methanex landfill gas collection and RNG",
  ["waste-treatment", "renewable-energy"], 9, [500000, 8000000], ["*"], 20000,
  "Methanex designs, builds and operates landfill gas systems, with vertical wells and horizontal collectors "
  "that capture methane from decomposing waste and upgrade it to pipeline RNG or power. Collection "
  "efficiencies above 85%, LCFS and RIN credit monetisation, and 40 projects in operation. EPA LMOP "
  "Project of the Year.")
T("invessel_cn", "zh", "绿穹环境", "隧道式好氧发酵（仓式堆肥）系统",
  ["waste-treatment"], 9, [300000, 1000000], ["*"], 2000,
  "绿穹隧道式好氧发酵系统采用混凝土发酵仓、正负压通风和渗滤液回喷，有机垃圾在封闭仓内14天完成高温发酵，臭气经"
  "生物滤池处理后达标排放，产品为有机肥原料。系统占地小、自动化程度高，适合园林和厨余有机物，已在国内外80多个"
  "城市运行，获国家科技进步二等奖。")
T("manual_depack", "en", "Second Harvest Logistics", "Second Harvest manual depackaging and food rescue service",
  ["waste-treatment"], 9, [50000, 400000], ["*"], 500,
  "Second Harvest crews collect expired and unsaleable packaged food from grocers, rescue what is still "
  "edible for food banks, and open the rest by hand on sorting lines, sending clean organics to compost "
  "and packaging to recycling. SB 1383 reporting and edible food recovery records included. Award-winning "
  "social enterprise employing people re-entering the workforce.")

N(27, "stk_packaged", "en", "Stockton", "Divert expired packaged food from landfill",
  ["waste-treatment"], 1000000, 8, "US-CA", 2500, "2027-07-01",
  "SB 1383 implementation plan, action O-5: grocery stores and distribution centers send expired packaged food (cans, "
  "cartons, film-wrapped produce) to landfill because the City's compost facility cannot accept packaging. "
  "Landfilling this material is not an acceptable end state. The regional wastewater plant's digesters have spare "
  "capacity and can take a pumpable organic slurry.",
  g3=["depack_cn"],
  alts={"manual_depack": "recovers organics and edible food, but slow and small-scale"},
  sibs={"lfg_capture": (0, "still landfilling, excluded"),
        "invessel_cn": (1, "composts organics, but cannot take packaging either")})

# ---------------- n28 Palo Alto: server room power-chain losses
T("hvdc_cn", "zh", "直流智能", "240V/336V高压直流（HVDC）数据中心供电系统",
  ["green-data-centers"], 9, [50000, 550000], ["*"], 250,
  "直流智能高压直流供电系统用高效整流模块把市电直接变换为240V或336V直流，经直流配电柜送到服务器电源，省去传统"
  "在线式设备中的逆变和二次整流环节，系统效率可达96%至97%。蓄电池组直接挂接在直流母线上，断电时零切换供电；"
  "整流模块N+1冗余、热插拔，维护不断电。已在国内三大运营商和互联网数据中心规模化应用超过10万套，获中国通信学会"
  "科学技术一等奖，产品通过UL和CE认证，兼容主流服务器交直流双输入电源。")
T("fuelcell_dc", "en", "Hydrocell Power", "Hydrocell solid oxide fuel cell prime power",
  ["green-data-centers", "renewable-energy"], 9, [500000, 3000000], ["*"], 300,
  "Hydrocell solid oxide fuel cells generate power on site from natural gas, biogas or hydrogen at over "
  "60% electrical efficiency, replacing both grid dependence and diesel backup. Modular 250 kW units run "
  "24/7 with 99.999% availability and near-zero NOx. Trusted by hyperscale and enterprise data centres; "
  "Frost & Sullivan Technology Leadership Award.")
T("li_ups", "en", "Ampvault", "Ampvault lithium-ion UPS battery cabinets",
  ["green-data-centers", "energy-storage"], 9, [40000, 400000], ["*"], 60,
  "Ampvault lithium-ion cabinets replace VRLA batteries behind existing UPS systems, with 70% less floor "
  "space, a 15-year life and a wider temperature window that lets the room run warmer. Integrated BMS, "
  "UL 9540A tested and compatible with major UPS brands. Data Center World Product of the Year.")
T("eco_ups", "en", "Modulon Power", "Modulon modular UPS with eco-conversion mode",
  ["green-data-centers"], 9, [60000, 500000], ["*"], 150,
  "Modulon modular UPS frames grow in 50 kW hot-swappable modules with N+1 redundancy, reaching 97% in "
  "double conversion and 99% in eco-conversion mode, where the inverter stands by in parallel and takes "
  "over in under 2 ms. Lithium-ready, ENERGY STAR certified and managed through a cloud portal; "
  "Uptime Institute Tier-ready designs.")

N(28, "pa_ups", "en", "Palo Alto", "Cut power conversion losses in the utility server and SCADA room",
  ["green-data-centers"], 600000, 8, "US-CA", 150, "2027-09-15",
  "City of Palo Alto Utilities runs a 400 kW server and SCADA room whose legacy double-conversion UPS and PDUs waste "
  "about 9% of IT energy as heat, which the CRAC units then have to remove. IT wants to cut the losses in the power "
  "chain while keeping N+1 redundancy and battery ride-through. New on-site fuel, whether generators or fuel cells, "
  "is not in scope.",
  g3=["hvdc_cn"],
  alts={"eco_ups": "cuts losses, but keeps the AC chain and relies on an eco bypass mode"},
  sibs={"fuelcell_dc": (0, "on-site fuel is excluded by name"),
        "li_ups": (1, "better batteries, same conversion losses")})

# ---------------- n29 Bakersfield: orchard removal wood
T("biochar_cn", "zh", "碳田科技", "移动式连续热解炭化装置（生物炭碳移除）",
  ["carbon-capture", "nature-based"], 8, [150000, 750000], ["*"], 5000,
  "碳田科技移动式连续热解炭化装置安装在集装箱底盘上，可直接开进果园，在550至700℃缺氧条件下把树干、树枝转化为"
  "生物炭，热解气在炉内燃烧供热，烟气经二次燃烧达到严格排放要求。每吨干木材产出约250公斤生物炭，固定碳含量超过"
  "80%，可在土壤中稳定保存数百年；生物炭还田改善果园土壤保水能力。公司协助按Puro.earth和Verra方法学完成碳移除"
  "认证和信用销售，荣获XPRIZE碳移除里程碑奖。")
T("biomass_power", "en", "Valleygen Bioenergy", "Valleygen biomass power plant fuel supply programme",
  ["renewable-energy", "waste-treatment"], 9, [100000, 800000], ["US"], 2000,
  "Valleygen collects orchard wood, chips it on site and delivers fuel to contracted biomass power plants "
  "under long-term agreements, turning agricultural residue into renewable baseload electricity. Grinding "
  "crews, trucking and sustainability certification handled end to end. BioMAT programme participant and "
  "Renewable Fuel Association member.")
T("chip_incorp_cn", "zh", "果园循环农服", "果园整树粉碎还田服务",
  ["nature-based", "waste-treatment"], 9, [50000, 600000], ["*"], 800,
  "果园循环农服配备大型粉碎机和旋耕设备，把拔除的果树整株粉碎成木屑，均匀撒铺后翻耕入土，提高土壤有机质和保水性，"
  "替代露天焚烧。服务按亩计费，作业效率每天50亩以上，已为加州和国内多个产区提供整园更新服务，获农业绿色发展"
  "优秀案例。")
T("biooil_trap", "en", "Deepstore Carbon", "Deepstore bio-oil sequestration pilot",
  ["carbon-capture"], 5, [200000, 800000], ["US"], 6000,
  "Deepstore converts woody residues into bio-oil by fast pyrolysis and injects it into depleted wells for "
  "permanent storage, a pathway that removes carbon with durable measurement. A first demonstration unit "
  "is operating under an EPA Class V permit while the continuous system is being validated. Backed by "
  "leading carbon-removal buyers and listed by Frontier.")

N(29, "bk_orchard", "en", "Bakersfield", "Keep carbon from removed orchard wood out of the atmosphere",
  ["carbon-capture", "nature-based"], 800000, 7, "US-CA", 5000, "2027-11-01",
  "Climate action plan measure AG-2: tens of thousands of acres of old almond orchards are removed in the county every "
  "year. The air district is phasing out open burning of the wood, and the last nearby biomass power plants have closed "
  "or stopped taking it. The City wants a way to keep that carbon out of the atmosphere for the long term, with "
  "verifiable removal credits, and a product growers can use.",
  g3=["biochar_cn"],
  sibs={"biomass_power": (1, "avoids open burning, but releases the carbon and plants have closed"),
        "chip_incorp_cn": (1, "returns carbon to soil, but most decomposes within years")},
  traps={"biooil_trap": "TRL 5 < 7"})

# ---------------- n30 Santa Barbara: aeration blower energy
T("maglev_blower_cn", "zh", "磁浮动力", "磁悬浮高速离心鼓风机+精确曝气控制系统",
  ["energy-efficiency", "clean-water"], 9, [120000, 850000], ["*"], 900,
  "磁浮动力磁悬浮鼓风机采用主动磁轴承和永磁高速电机，叶轮直驱、无齿轮箱、无润滑油，线能效比传统多级离心风机提高"
  "30%以上；配套精确曝气控制系统根据在线氨氮、溶解氧和气量前馈反馈调节，按需分配各曝气区风量并实时优化管网压力，"
  "风机跟随最不利阀门运行。曝气能耗综合降低30%至50%，出水水质稳定，设备通过UL和CE认证，已在全球1000多座污水厂"
  "应用，获中国环境保护产业协会技术进步奖。")
T("process_conv", "en", "Granula Water", "Granula aerobic granular sludge conversion",
  ["clean-water", "energy-efficiency"], 9, [500000, 5000000], ["*"], 1200,
  "Granula converts conventional activated sludge basins to aerobic granular sludge, with dense, fast-settling "
  "granules that remove nitrogen and phosphorus in one sequencing tank. Energy use falls by up to 40% and "
  "footprint by up to 75%, with no secondary clarifiers. Over 100 plants worldwide; Water Industry "
  "Award for Process Innovation.")
T("vfd_retrofit", "en", "Drivetrim", "Drivetrim variable-frequency drive retrofit for existing blowers",
  ["energy-efficiency"], 9, [30000, 300000], ["*"], 400,
  "Drivetrim adds medium-voltage VFDs and surge-protective controls to existing centrifugal blowers, "
  "replacing inlet throttling with speed control for 10-25% savings. Integration with SCADA and a basic DO "
  "loop, harmonic filters and a quick turnaround during low-flow seasons. UL 347A drives and utility "
  "incentive paperwork handled for you.")
T("diffuser_cn", "zh", "泡微环境", "高效微孔曝气器更换",
  ["clean-water", "energy-efficiency"], 9, [40000, 500000], ["*"], 500,
  "泡微环境EPDM和聚氨酯膜片微孔曝气器气泡直径约1至2毫米，氧转移效率可达35%以上，比老旧曝气器提高30%左右，"
  "可在停池检修时整池更换，无需改动工艺和构筑物。产品通过欧洲清水充氧测试，膜片寿命8至10年，已在全球500多座"
  "污水厂应用。")

N(30, "sb_aeration", "en", "Santa Barbara", "Cut aeration energy at the water resource center",
  ["energy-efficiency", "clean-water"], 900000, 8, "US-CA", 800, "2027-06-30",
  "El Estero Water Resource Center: the aeration basins use about 55% of the plant's electricity. Three 1980s "
  "multistage centrifugal blowers run with inlet throttling against a fixed header pressure, and dissolved oxygen is "
  "adjusted by hand. We want to cut aeration energy while meeting the same effluent permit. Changing the treatment "
  "process itself, for example converting to another biological process, is out of scope.",
  g3=["maglev_blower_cn"],
  alts={"vfd_retrofit": "right direction, smaller saving on old machines"},
  sibs={"process_conv": (0, "process change is excluded"),
        "diffuser_cn": (1, "saves air at the diffuser side; blowers and control unchanged")})

# ---------------- generic-word distractors (never graded)
G("g_cityos", "en", "Nexa Urban", "CityOS smart sustainable city platform",
  ["smart-grid", "ghg-data"], 9, [100000, 2000000], ["*"], None,
  "CityOS is the smart, green operating system for the city of tomorrow. One AI-powered platform connects "
  "energy, water, mobility, buildings and waste data into a single pane of glass, unlocking insights that "
  "accelerate decarbonisation and resilience. Open APIs, digital-twin visualisation and a marketplace of "
  "partner apps make CityOS the foundation for your net-zero journey. Gartner Cool Vendor, ISO 27001 "
  "certified, trusted by 80 cities.")
G("g_carbonbrain", "zh", "智城数科", "城市碳中和智慧大脑",
  ["ghg-data", "smart-grid"], 9, [200000, 3000000], ["CN", "*"], None,
  "智城数科城市碳中和智慧大脑以“数字赋能、绿色低碳”为理念，融合物联网、大数据、人工智能和数字孪生技术，构建"
  "“一屏观全域、一网管全城”的碳达峰碳中和综合管理平台，覆盖能源、交通、建筑、工业、生态等全领域，实现碳排放"
  "可感知、可分析、可预测、可调控，助力城市绿色高质量发展。荣获智慧城市先锋榜年度大奖，已服务30多个城市。")
G("g_greencloud", "en", "Verdant Cloud", "GreenCloud carbon and sustainability management suite",
  ["ghg-data"], 9, [20000, 500000], ["*"], None,
  "GreenCloud empowers organisations to measure, manage and reduce their carbon footprint with confidence. "
  "Our award-winning SaaS suite combines carbon accounting, ESG reporting, supplier engagement and "
  "decarbonisation planning in one intuitive, beautiful interface. AI-driven insights, 200+ integrations "
  "and audit-ready outputs aligned with every major framework. Loved by sustainability teams at 1,500 "
  "companies.")
G("g_twin", "en", "Mirrorgrid", "Mirrorgrid urban digital twin",
  ["smart-grid", "green-buildings"], 8, [150000, 2500000], ["*"], None,
  "Mirrorgrid creates a living, photorealistic digital twin of your city, bringing together GIS, BIM, IoT "
  "and simulation so planners can test scenarios before they build. Visualise energy, heat, traffic and "
  "emissions in 3D, collaborate in real time and make smarter, greener decisions faster. Built on a "
  "cloud-native engine, Mirrorgrid was named Smart City Solution of the Year.")
G("g_zeropark", "zh", "零碳源科技", "零碳园区一体化解决方案",
  ["renewable-energy", "energy-efficiency", "ghg-data"], 9, [500000, 10000000], ["CN"], 10000,
  "零碳源科技零碳园区一体化解决方案涵盖“源网荷储”协同、综合能源服务、碳资产管理和数字化运营，以“规划+建设+运营"
  "+金融”全生命周期服务模式，为工业园区、产业新城和公共机构打造可复制、可推广的零碳样板。平台实现能碳一体化"
  "监测与智慧调度，助力客户降本增效、绿色转型，入选多地零碳示范项目推荐名录。")
G("g_esg", "en", "Clarity ESG", "Clarity ESG Insight dashboard",
  ["ghg-data"], 9, [10000, 200000], ["*"], None,
  "Clarity ESG Insight turns complex sustainability data into clear, board-ready stories. Track "
  "environmental, social and governance KPIs across your portfolio, benchmark against peers and share "
  "interactive reports with stakeholders in a click. Smart data validation, automated workflows and "
  "beautiful visualisations help you lead with transparency. Winner of the ESG Tech Innovator award.")
G("g_iothub", "en", "Sensify", "Sensify Smart Green IoT sensor hub",
  ["clean-air", "energy-retrofits", "smart-grid"], 9, [5000, 300000], ["*"], None,
  "Sensify's Smart Green hub is the plug-and-play IoT gateway for sustainable spaces. Wireless sensors for "
  "temperature, occupancy, air quality, energy and water connect in minutes and stream to a beautiful "
  "cloud dashboard with AI alerts and green scoring. LoRaWAN and NB-IoT ready, ten-year batteries and "
  "an open API. CES Innovation Award honoree, deployed in 20,000 buildings.")
G("g_envbigdata", "zh", "环数科技", "智慧环保大数据平台",
  ["clean-air", "clean-water", "ghg-data"], 9, [100000, 2000000], ["CN"], None,
  "环数科技智慧环保大数据平台依托“天空地一体化”感知网络，汇聚大气、水、土壤、固废和污染源监测数据，构建“监测-"
  "预警-执法-评估”闭环管理体系，通过AI算法和可视化大屏，为生态环境部门提供精准治污、科学治污、依法治污的数字化"
  "支撑。平台获评数字政府优秀案例，已在全国200多个区县部署。")
G("g_aienergy", "en", "OptiMind", "OptiMind AI energy optimisation platform",
  ["energy-efficiency", "energy-retrofits"], 9, [30000, 600000], ["*"], 500,
  "OptiMind is the AI brain for your energy. Machine learning models continuously learn how your sites "
  "use energy and recommend or automate the optimal actions, delivering savings of up to 25% with no "
  "capital projects. Connect meters, BMS and utility bills in days, track progress toward net zero and "
  "celebrate results with automated reporting. Forbes AI 50 and Frost & Sullivan Customer Value "
  "Leadership award.")
G("g_netzero", "en", "Pathway Partners", "Net Zero Accelerator programme",
  ["ghg-data", "energy-efficiency"], 9, [50000, 400000], ["*"], None,
  "The Net Zero Accelerator combines strategy consulting, a digital roadmap tool and a curated network of "
  "clean-technology partners to take public agencies from pledge to progress. Workshops, baseline "
  "assessments, funding navigation and quarterly impact reviews keep your green transformation on track. "
  "B Corp certified and trusted by governments on four continents.")
G("g_digiservice", "zh", "绿数云", "绿色低碳数字化服务平台",
  ["ghg-data", "green-buildings", "energy-efficiency"], 9, [50000, 1000000], ["CN", "*"], None,
  "绿数云绿色低碳数字化服务平台以“云+端+服务”模式，为政府、园区和企业提供能源管理、碳排放核算、绿色金融对接和"
  "节能诊断等一站式数字化服务。平台汇聚上千家绿色技术供应商，智能匹配解决方案，助力客户实现节能降碳、提质增效，"
  "打造数字经济与绿色发展深度融合的新标杆，荣获中国互联网大会数字化转型优秀案例。")
