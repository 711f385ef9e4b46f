"""Chinese needs 09-15 and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n09 eroding shoreline
T("n09_ans", "en", "Tidewright Ecological", "Living shoreline: oyster-reef breakwaters with mangrove planting",
  ["nature-based", "clean-water"],
  "We build low-crested breakwaters from recycled shell and oyster-seeded reef modules just offshore of eroding "
  "mudflats, which take the energy out of storm waves and trap sediment behind them. Once the bed level rises, we "
  "plant native mangrove seedlings in the sheltered zone and monitor survival for three years. The structure grows "
  "with sea level, improves water quality and fish nurseries, and costs a fraction of rock revetment per metre. "
  "Typhoon-tested designs in Southeast Asia.",
  8, (300000, 3000000), ["*"], 200)
T("n09_tube", "zh", "海岸工程材料", "充砂土工管袋护岸",
  ["nature-based"],
  "高强度机织土工布管袋现场吹填海砂，形成直径1.5-4米的柔性潜堤或护岸，施工快、造价约为抛石的一半，"
  "适合滩涂促淤和临时防护。外露部分需防紫外线覆盖保护，设计寿命10-20年，台风期间需巡检破损。"
  "我们提供设计、管袋生产和吹填施工。",
  9, (150000, 2000000), ["CN"], 60)
T("n09_xbloc", "en", "Armourtec Coastal", "Interlocking concrete armour units for seawalls",
  ["nature-based"],
  "Single-layer interlocking concrete armour units that protect seawalls and breakwaters from typhoon waves with less "
  "concrete than two-layer rock armour. Units from 1 to 20 m3 are cast on site in reusable moulds and placed by "
  "crane with GPS positioning. Design life over 50 years. We provide hydraulic design, physical model testing and "
  "mould rental for contractors raising or strengthening existing seawalls.",
  9, (500000, 8000000), ["*"], 20)
T("n09_mangrove", "zh", "红树林生态修复", "红树林种植与抚育服务",
  ["nature-based"],
  "提供秋茄、白骨壤、桐花树等乡土红树苗木培育、滩涂种植和三年抚育，包括虫害防治、补植和成活率监测。"
  "适合高程合适、风浪较小的滩涂，成活率一般在70%以上。对于侵蚀严重、风浪大的岸段，需要先做消浪和促淤，"
  "否则苗木容易被冲走。可配合申请蓝碳项目。",
  9, (50000, 800000), ["CN"], 80)
N(9, "湛江", "港区外侧滩涂侵蚀生态防护", ["nature-based", "clean-water"],
  "港区南侧有约2公里滩涂这几年被台风浪冲刷得很厉害，海堤外脚已经有掏空，原来的红树林也基本没了。"
  "领导定了调子：这次要用生态办法，不再继续加高加厚混凝土海堤。希望既能消浪保滩，又能把红树林恢复起来，"
  "有海外台风区的成功案例更好。",
  3200000, 7, "CN-GD", 150, "2027-10-31",
  answers=["n09_ans"],
  alts=[("n09_mangrove", "restores mangroves but no wave attenuation on an eroding, exposed mudflat")],
  sibs=[("n09_tube", 1, "soft structure, but not ecological"),
        ("n09_xbloc", 0, "hard concrete seawall strengthening excluded")])

# ---------------------------------------------------------------- n10 shipment carbon footprint
T("n10_ans", "en", "Freightprint", "Freightprint shipment-level emissions engine (ISO 14083, GLEC-accredited)",
  ["ghg-data", "green-transportation"],
  "Calculates well-to-wheel emissions for every consignment across road, sea, air, rail and hub legs, using your "
  "actual fuel and telematics data where you have it and accredited default factors for subcontracted legs. "
  "Connects to TMS and WMS systems through REST API or flat files, allocates by tonne-kilometre, and issues customer "
  "emission statements per shipment or per lane. Methodology accredited by the Smart Freight Centre; reports in "
  "English and Chinese.",
  9, (30000, 250000), ["*"], None)
T("n10_ans2", "zh", "碳迹云科技", "运单级碳排放计算引擎",
  ["ghg-data", "green-transportation"],
  "对接TMS/OMS系统，按运单自动计算公路、海运、空运、中转仓各环节的碳排放，自营车队使用实际油耗和轨迹数据，"
  "外包段使用默认排放因子，按吨公里分配，输出一单一码的碳排放报告。方法学符合ISO 14083，支持中英文报告和"
  "客户门户查询，已服务多家跨境物流和货代企业。",
  9, (20000, 150000), ["CN"], None)
T("n10_corp", "en", "Ledgera Carbon", "Corporate carbon accounting platform (Scope 1, 2 and 3)",
  ["ghg-data"],
  "Cloud platform that builds a company-level greenhouse gas inventory under the GHG Protocol: imports utility bills, "
  "fuel cards and purchase ledgers, applies emission factors and produces annual Scope 1, 2 and 3 reports for CDP, "
  "ISSB and customer questionnaires. Includes target setting, reduction tracking and audit trails for assurance. "
  "Reports at entity and site level; shipment-level allocation is not part of the product.",
  9, (15000, 120000), ["*"], None)
T("n10_offset", "zh", "绿碳交易服务", "物流企业碳汇采购与碳中和认证服务",
  ["ghg-data", "nature-based"],
  "为物流企业提供林业碳汇、CCER等减排量采购，帮助企业对指定线路或全年运输排放进行抵消，"
  "出具碳中和声明和证书，可用于客户招投标和年报披露。我们对接多个交易平台，价格透明，"
  "一周内可完成交割，并提供抵消后的宣传物料。",
  9, (10000, 500000), ["*"], None)
T("n10_telem", "en", "Fleetgauge", "Fuel and telematics emissions tracker for own fleets",
  ["ghg-data", "green-transportation"],
  "Plug-in telematics units read fuel flow and distance from each truck's CAN bus and convert them into CO2e per "
  "vehicle, per trip and per driver, with eco-driving coaching in the app. Gives exact figures for the trucks you own "
  "and operate, with monthly PDF reports. Subcontracted carriers, sea legs and warehouse handling are not covered, "
  "and allocation to individual shipments must be done in your own spreadsheets.",
  9, (8000, 150000), ["*"], 300)
N(10, "广州", "每票货碳排放核算(客户要求)", ["ghg-data", "green-transportation"],
  "我们是做跨境和国内配送的物流公司，几家外资客户今年开始要求每票货都给出运输碳排放，说要按国际通行的物流排放核算标准来算，"
  "明年起不提供就影响续约。我们有自营车队，也有大量外包车和海运拼箱。客户明确讲了买碳汇抵消不算数，别推这个。"
  "需要能和我们现有的运输管理系统打通，报告要中英文。",
  200000, 8, "CN-GD", None, "2027-01-31",
  answers=["n10_ans", "n10_ans2"],
  alts=[("n10_telem", "exact for own fleet only, no shipment allocation or subcontracted legs")],
  sibs=[("n10_corp", 1, "company-level inventory, not per shipment"),
        ("n10_offset", 0, "offsets excluded")],
  note="two grade-3 answers: English and Chinese")

# ---------------------------------------------------------------- n11 construction site peak power
T("n11_ans", "en", "Voltbox Rental", "SiteBoost mobile battery for temporary construction supplies",
  ["energy-storage", "smart-grid"],
  "A 250-500 kWh LFP battery with a 300 kW inverter in a 20-ft container, connected behind the temporary site "
  "transformer. It charges from the grid when cranes and hoists are idle and discharges during lifting peaks, so the "
  "site runs on a supply two to three times smaller than its peak demand. Fully relocatable between projects, "
  "remote-monitored, fire suppression built in. Available to buy or on monthly hire.",
  9, (90000, 600000), ["*"], 250)
T("n11_hvo", "en", "Greenfuel Power Hire", "HVO-ready generator hire for construction sites",
  ["renewable-energy"],
  "Stage V generators from 60 to 800 kVA supplied with hydrotreated vegetable oil, a renewable diesel that cuts "
  "lifecycle CO2 by up to 90% against fossil diesel and needs no engine changes. Includes fuel management with "
  "telemetry, automatic top-ups and load-sharing of multiple sets, and certificates of fuel origin for your ESG "
  "report. Weekly or monthly hire with 24/7 breakdown cover.",
  9, (15000, 250000), ["*"], 200)
T("n11_fc", "zh", "氢动未来", "移动式氢燃料电池发电车",
  ["renewable-energy", "energy-storage"],
  "集成120 kW燃料电池和储氢瓶组的移动电源车，额定输出100 kW，可连续供电8-12小时，排放仅为水，"
  "噪声低于65 dB。适用于工地、应急保电和大型活动，需要定期由长管拖车补充氢气。可租赁，"
  "提供加氢配送服务，目前在大湾区多个城市有运营网点。",
  8, (120000, 900000), ["CN"], 150)
T("n11_supercap", "zh", "起重节能科技", "塔吊势能回馈超级电容节能装置",
  ["energy-efficiency", "energy-storage"],
  "在塔吊变频器直流母线上加装超级电容模块，下放重物时吸收回馈电能，起升时释放，起升峰值电流降低20%-35%，"
  "节电15%左右。装置体积小、免维护，单台安装半天，可随塔吊转场。只作用于单台塔吊，对施工升降机和"
  "其他设备的峰值没有帮助。",
  9, (8000, 60000), ["CN"], 30)
N(11, "深圳", "工地临电容量不足的削峰方案", ["energy-storage", "smart-grid"],
  "我们在福田的一个超高层项目工期还有两年，临时变压器只有630 kVA，塔吊、施工升降机、混凝土泵一起开的时候就不够用，"
  "现在高峰全靠柴油发电机补。公司要求工地不再使用柴油或者生物柴油之类的发电机。希望设备能跟着项目转场重复用，"
  "租或买都可以。",
  500000, 8, "CN-GD", 200, "2027-02-15",
  answers=["n11_ans"],
  alts=[("n11_supercap", "shaves crane peaks only")],
  sibs=[("n11_hvo", 0, "diesel-type fuels, including renewable diesel, excluded"),
        ("n11_fc", 1, "fuel-free of diesel, but needs hydrogen logistics")])

# ---------------------------------------------------------------- n12 warehouse server room
T("n12_ans", "en", "Aislecore", "Hot-aisle containment pods with in-row inverter cooling",
  ["green-data-centers", "energy-retrofits"],
  "Prefabricated aisle containment encloses the hot aisle of existing rack rows, and in-row cooling units with "
  "inverter compressors and EC fans sit between racks, so cooling follows the actual IT load instead of flooding the "
  "room. Supply air can rise to 24-27 C, and a pumped-refrigerant economiser uses outdoor air whenever it is cool "
  "enough. Installed row by row while IT stays live; no change to servers. Typical room PUE falls from 1.8-2.0 to "
  "about 1.4 in humid subtropical climates.",
  9, (60000, 700000), ["*"], 350)
T("n12_imm", "zh", "浸冷科技", "单相浸没式液冷机柜",
  ["green-data-centers"],
  "将服务器整体浸没在绝缘冷却液中，单柜散热能力可达100 kW，无需精密空调，PUE可降至1.1以下。"
  "需对服务器进行适配改造(拆除风扇、更换导热材料)，原机房需评估承重。提供冷却液、CDU和干冷器整体方案，"
  "适合高密度计算和新建机房。",
  9, (100000, 2000000), ["*"], 500)
T("n12_rdx", "en", "Coolframe", "Passive rear-door heat exchangers on chilled water",
  ["green-data-centers", "energy-retrofits"],
  "Rear doors with chilled-water coils replace the existing rear doors of standard racks and remove 10-30 kW per "
  "rack with the servers' own fans. Installed without moving the racks, but they need a chilled-water loop or a "
  "coolant distribution unit and leak detection under the floor. Very efficient where a chiller plant already "
  "exists; in rooms cooled by DX precision units a new water system has to be added first.",
  9, (50000, 500000), ["*"], 250)
T("n12_airflow", "zh", "机房优化服务", "机房气流组织优化套件(盲板、地板开孔调整)",
  ["green-data-centers", "energy-retrofits"],
  "提供机柜盲板、线缆封堵刷、可调开孔率地板和温度传感器，配合CFD仿真调整送风，消除局部热点，"
  "可适当提高空调回风温度设定。施工不停机，一般可节约空调用电10%-15%。不涉及空调设备本身更换，"
  "对老旧精密空调的能效问题改善有限。",
  9, (5000, 60000), ["CN"], 60)
N(12, "东莞", "仓储自动化中心机房空调节能", ["green-data-centers", "energy-retrofits"],
  "我们物流中心的机房放了40个机柜，跑WMS、AGV调度和分拣系统，单柜6-8 kW，几台老精密空调开足马力，"
  "PUE估算在1.9左右，东莞夏天又湿又热。服务器不能动，液冷这类要改服务器的方案我们不做。"
  "希望能边运行边改，业务不能停。",
  700000, 8, "CN-GD", 300, "2027-04-30",
  answers=["n12_ans"],
  alts=[("n12_airflow", "airflow housekeeping only, modest savings")],
  sibs=[("n12_imm", 0, "liquid cooling that changes servers excluded"),
        ("n12_rdx", 1, "needs a chilled-water loop the room does not have")])

# ---------------------------------------------------------------- n13 ready-mix carbon
T("n13_ans", "en", "Mineralis", "CO2 mineralisation dosing system for ready-mix plants",
  ["carbon-capture", "green-buildings"],
  "A retrofit skid that injects a metered dose of liquefied CO2 into the concrete while it mixes. The CO2 reacts with "
  "calcium ions from the cement and forms nano-sized calcium carbonate that is permanently bound and improves early "
  "strength, which lets producers cut cement content by 4-6% without changing mix designs or cement type. Installs "
  "in a day beside the mixer, uses captured industrial CO2 delivered by truck, and produces per-batch records for "
  "EPDs and green-building credits.",
  9, (40000, 250000), ["*"], 600)
T("n13_lc3", "zh", "华材低碳水泥", "石灰石煅烧黏土水泥(LC3)",
  ["green-buildings", "carbon-capture"],
  "以煅烧黏土和石灰石粉替代约50%熟料，水泥生产碳排放降低30%-40%，28天强度与普通硅酸盐水泥相当，"
  "抗氯离子渗透性能更好。需要搅拌站调整配合比并重新做试配和型式检验。我们提供水泥供货、"
  "配合比技术支持和检测报告，适合华南地区黏土资源丰富的地区。",
  9, (50000, 1000000), ["CN"], 900)
T("n13_ggbs", "en", "Slagwise Materials", "GGBS cement replacement supply and mix design",
  ["green-buildings"],
  "Ground granulated blast-furnace slag replaces 30-70% of Portland cement in ready-mix concrete, cutting embodied "
  "carbon by up to half and improving durability in marine exposure. We supply slag by bulk tanker, install an extra "
  "silo if needed and support trial mixes and strength testing. Early strength is lower in cool weather, so formwork "
  "cycles may need adjustment.",
  9, (30000, 800000), ["*"], 800)
T("n13_rca", "zh", "碳固建材科技", "再生骨料CO2碳化强化装置",
  ["carbon-capture", "waste-treatment"],
  "将建筑垃圾破碎后的再生骨料放入密闭碳化仓，通入CO2使骨料表面的氢氧化钙和水化产物碳化，"
  "降低吸水率、提高强度，每吨骨料可固定约10-20 kg CO2。适合建筑垃圾资源化企业，"
  "处理后的骨料可用于C30以下混凝土，对搅拌站本身的水泥用量影响不大。",
  8, (200000, 1500000), ["CN"], 300)
T("n13_trap", "en", "Electrocrete Labs", "Electrochemical low-carbon cement pilot line",
  ["carbon-capture", "green-buildings"],
  "An electrolyser-based process that makes cement from limestone at room temperature, releasing a pure CO2 stream "
  "that can be captured and reused in concrete. Lab batches meet strength targets and a pilot line producing "
  "several tonnes a day is under construction. We are looking for ready-mix partners to trial the product and the "
  "CO2 stream in the coming years.",
  5, (100000, 600000), ["*"], 1000)
N(13, "佛山", "商砼搅拌站低碳化与CO2利用", ["carbon-capture", "green-buildings"],
  "我们是一家商品混凝土企业，三个搅拌站年产约150万方。几家开发商开始要低碳混凝土，政府也鼓励用捕集的CO2。"
  "水泥品种和现有配合比体系不想动，变更要重新报检，工程上很麻烦。希望有在搅拌站上直接加装、"
  "能把CO2固定在混凝土里的成熟技术，并能出每车的减碳记录。",
  300000, 7, "CN-GD", 600, "2027-06-30",
  answers=["n13_ans"],
  alts=[("n13_rca", "uses CO2 in aggregates, not in the batching plant")],
  sibs=[("n13_lc3", 0, "changing cement type excluded"),
        ("n13_ggbs", 0, "changes the mix design, which the need rules out")],
  traps=[("n13_trap", "TRL 5 below min_trl 7")])

# ---------------------------------------------------------------- n14 WWTP aeration
T("n14_ans", "en", "Aerolev", "Magnetic-bearing turbo blowers with ammonia-based aeration control",
  ["energy-efficiency", "clean-water"],
  "Oil-free high-speed turbo blowers on active magnetic bearings replace multistage or positive-displacement units, "
  "with 20-30% better wire-to-air efficiency and turndown to 40%. Our controller reads ammonia and DO probes in each "
  "aeration grid and trims airflow with most-open-valve logic, so the plant supplies only the air the biology needs. "
  "Typical aeration energy savings are 30-45% with no change to the treatment process. Units 75-400 kW.",
  9, (150000, 1800000), ["*"], 1400)
T("n14_anammox", "zh", "厌氧氨氧化工程", "主流厌氧氨氧化脱氮工艺改造",
  ["clean-water", "energy-efficiency"],
  "将传统硝化反硝化工艺改造为部分亚硝化+厌氧氨氧化(Anammox)，理论上可减少约60%的曝气量，几乎不需要外加碳源。"
  "需要对生化池分区、回流和控制系统进行改造，调试期6-12个月，对水温和进水水质较敏感。"
  "我们提供工艺包、菌种和长期技术服务。",
  8, (500000, 3000000), ["CN"], 1200)
T("n14_pv", "en", "Basinsol", "Floating and tank-cover solar for wastewater plants",
  ["renewable-energy"],
  "Lightweight PV arrays mounted on covers over aeration and secondary clarifier tanks or floating on polishing "
  "ponds, generating 150-200 kWh per m2 a year for the plant's own use. Covers also reduce odour and algae on "
  "clarifier weirs. We handle structural checks, permits and grid connection, and can finance under a power purchase "
  "agreement. The plant's power demand is not reduced, only partly supplied.",
  9, (200000, 2500000), ["*"], 900)
T("n14_diff", "zh", "膜片曝气设备", "EPDM微孔曝气器更换",
  ["energy-efficiency", "clean-water"],
  "将老化堵塞的曝气头更换为EPDM或聚氨酯微孔膜片曝气器，氧利用率由15%左右提高到25%以上，需逐格停池施工。"
  "一般可节约曝气电耗15%-20%。不改变鼓风机和控制方式，如果风机本身效率低或溶解氧长期偏高，"
  "节能潜力难以完全发挥。",
  9, (60000, 600000), ["CN"], 500)
N(14, "汕头", "污水厂曝气系统节能改造", ["energy-efficiency", "clean-water"],
  "我厂规模10万吨/日，曝气用的是老式多级离心风机和罗茨风机，曝气电耗占全厂用电一半以上，溶解氧靠人工调阀门，"
  "经常过曝。处理工艺本身不想改，出水要稳定达一级A。想在不停产的情况下分步改造，降低曝气电耗。",
  2000000, 8, "CN-GD", 1200, "2027-08-31",
  answers=["n14_ans"],
  alts=[("n14_diff", "right area, partial savings, no control or blower upgrade")],
  sibs=[("n14_anammox", 0, "process change excluded"),
        ("n14_pv", 1, "supplies power, does not cut aeration demand")])

# ---------------------------------------------------------------- n15 hot market hall
T("n15_ans", "en", "Albedo Coatings", "ThermaShield reflective elastomeric coating for metal roofs",
  ["energy-retrofits", "green-buildings"],
  "A water-based elastomeric coating with infrared-reflective pigments, applied by airless spray over corrugated "
  "steel roofs after rust treatment. Solar reflectance above 0.85 and emissivity 0.90 cut roof surface temperature "
  "by 20-30 C in summer and indoor air temperature under the roof by 3-6 C, while sealing fastener leaks. No "
  "structural load to speak of, no interruption to trading below. Ten-year warranty, recoat after 12-15 years.",
  9, (30000, 400000), ["*"], 250)
T("n15_hvls", "zh", "巨风通风设备", "HVLS大型工业节能吊扇",
  ["energy-retrofits"],
  "直径5.5-7.3米永磁直驱大风扇，单台覆盖800-1500平方米，低转速大风量，人体感觉温度降低5-8℃，"
  "每台功率仅1-1.5 kW。适合层高6米以上的厂房、仓库和市场大棚，安装在钢梁上，不影响地面经营。"
  "提供结构吊点核算、安装和五年质保。",
  9, (20000, 300000), ["CN"], 150)
T("n15_evap", "zh", "冷风机厂", "工业蒸发式冷风机",
  ["energy-retrofits"],
  "利用水蒸发吸热降温，出风温度可比室外低5-10℃，单台风量1.8-3万m³/h，功率1.1 kW左右，"
  "适合开敞或半开敞空间。在华南潮湿天气下降温效果会明显减弱，同时会增加室内湿度，"
  "需要每周清洗湿帘、定期换水防止细菌滋生。",
  9, (10000, 200000), ["CN"], 100)
T("n15_vrf", "en", "Climaflex", "VRF central air-conditioning for large halls",
  ["energy-retrofits"],
  "Variable refrigerant flow systems with inverter outdoor units and ducted or cassette indoor units, sized for "
  "large commercial halls and retail spaces. Individual zone control, heat recovery options and seasonal efficiency "
  "well above typical split units. Requires a closed envelope to keep cooling loads reasonable, plus power supply "
  "upgrades for halls where many traders currently run their own units.",
  9, (150000, 2000000), ["*"], 300)
T("n15_insul", "en", "Rooflag Insulation", "Under-deck insulation blanket retrofit for steel sheds",
  ["energy-retrofits", "green-buildings"],
  "Foil-faced glass wool or PE foam blankets fixed under the purlins of existing corrugated steel roofs, "
  "reducing heat radiated down into the hall and condensation drips. Works well, but installation needs scaffolding "
  "or scissor lifts above the trading floor for several weeks, and the blankets collect dust in food markets unless "
  "they are faced and cleaned regularly. Cuts indoor temperature by 2-4 C under the roof.",
  9, (40000, 500000), ["*"], 150)
N(15, "厦门", "批发市场交易大厅夏季降温", ["energy-retrofits", "green-buildings"],
  "我们农产品批发市场的交易大厅是九十年代的钢结构，彩钢瓦屋面，面积约1.2万平方米，四面敞开方便进出货。"
  "夏天大厅里经常三十七八度，商户自己装了几百台小空调对着吹，电费高还老跳闸。大厅要保持敞开，"
  "中央空调就免谈了。希望改造不影响白天营业。",
  500000, 8, "CN-FJ", 300, "2027-05-15",
  answers=["n15_ans", "n15_hvls"],
  alts=[("n15_insul", "right idea, but disrupts trading and is weaker")],
  sibs=[("n15_evap", 1, "evaporative cooling weak in humid Xiamen summers"),
        ("n15_vrf", 0, "central air-conditioning excluded")],
  note="two grade-3 answers: English coating (cross-lingual) and a Chinese HVLS fan page")
