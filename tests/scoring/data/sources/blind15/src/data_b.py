"""Chinese needs n09-n15 and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n09
T("n09_lvr", "Feederwise Power", "GridTrim low-voltage line regulator with inverter orchestration",
  ["smart-grid", "renewable-energy"], 9, [25000, 700000], ["*"], 700, """
Series voltage regulator installed between a distribution transformer's LV bushings and its outgoing
feeders. IGBT-switched taps correct the feeder voltage by plus or minus 10% within 20 ms, phase by
phase, so rooftop solar at the far end no longer pushes customers above the statutory band. A head-end
module reads smart-meter voltages and pushes Volt-VAR and Volt-Watt curves to compatible PV inverters
over the meter network, which takes care of the remaining end-of-line rise without cutting output.
  Reference: 46 rural feeders in Queensland (2023), over-voltage trips down 94%, PV
hosting capacity doubled.""")

T("n09_oltc", "Transtap Electric", "On-load tap-changing distribution transformer",
  ["smart-grid"], 9, [18000, 60000], ["*"], 500, """
Pole- and pad-mounted distribution transformers, 100 to 1,000 kVA, with an integrated vacuum on-load
tap changer and a voltage controller, replacing the fixed-tap units that cannot follow midday solar
export. Nine taps of 2.5% are switched automatically based on LV busbar voltage or a remote setpoint
from the utility SCADA. Loss class to the strictest tier, ester oil fill for fire safety. Installation
is a like-for-like exchange of the existing transformer with a planned outage of about four hours.
Reference: distribution utility in Bavaria (2022), 1,800 units installed in villages with high PV
penetration.""")

T("n09_bess", "南网储能科技", "台区侧储能一体柜",
  ["energy-storage", "smart-grid"], 9, [30000, 120000], ["CN"], 400, """
安装在配变台区低压侧的户外储能一体柜，容量100 kW/215 kWh，磷酸铁锂电芯，集成PCS、BMS、EMS和
消防系统。午间光伏大发时自动充电吸收倒送功率，抑制低压线路电压抬升，傍晚负荷高峰时放电，
可参与需求响应获取收益。支持远程调度与台区融合终端通信，防护等级IP55。一个台区一般需配置
1–2台，电池寿命约6,000次循环。参考项目：清远某县（2024年）30个台区部署，电压越限时间减少约70%。""")

T("n09_svg", "Reactiva Power Quality", "Low-voltage static var generator for LV feeders",
  ["smart-grid"], 9, [8000, 60000], ["*"], 100, """
IGBT-based static var generator in an outdoor cabinet for the low-voltage side of distribution
transformers. It injects or absorbs reactive power in 10 ms to hold the busbar voltage, balances
phases and filters harmonics from inverters and rectifiers. Ratings 50-300 kvar per cabinet,
modular and hot-swappable. On long rural low-voltage lines with thin conductors, reactive power has
limited leverage on voltage because the lines are mostly resistive, so it works best combined with
other measures. Reference: 300 transformer sites in Rajasthan (2022), power factor raised from 0.82
to 0.98.""")

N("n09", "Jiangmen", "CN-GD", "户用光伏高渗透率台区电压越限治理", ["smart-grid", "renewable-energy"],
  900000, 7, 800, "2027-05-31", """
【规划目标】江门市新型电力系统建设方案：2027年分布式光伏装机规模翻番，同时保证农村居民端电压合格率
≥99.5%。【现状】台山市12个农村台区户用光伏容量已达配变容量的80%–120%，中午低压线路末端电压常达
250–260 V，光伏逆变器频繁过压脱网，农户投诉发电收入损失。【需求】在不减少光伏发电量的前提下，把台区
电压控制在合格范围，设备尽量安装在现有配变台架上，首批12个台区。【不考虑】限发、弃光或暂停新光伏
并网的做法不予考虑；不对配变做整台更换。""",
  g3=["n09_lvr"],
  g2={"n09_svg": "right place, but reactive power has little effect on resistive LV lines"},
  sib={"n09_oltc": (0, "replacing the whole transformer is excluded in so many words"),
       "n09_bess": (1, "storage absorbs midday export; different, costlier way")})

# ---------------------------------------------------------------- n10
T("n10_emr", "Tidewright Coastal", "Ecological mangrove restoration with hydrological reconnection",
  ["nature-based"], 9, [250000, 3000000], ["*"], 1100, """
Restores mangroves by fixing the conditions that stop them from coming back instead of planting
seedlings into mud that will not hold them. We survey tidal levels and sediment, breach the bunds of
disused aquaculture ponds at engineered points, re-grade platforms to the inundation window where
natural recruitment succeeds, and reopen tidal creeks. Planting, where needed, uses propagules of
locally native species collected nearby. Five years of survival monitoring with drone canopy mapping, plus a blue-carbon monitoring
plan under VM0033. Typical survival above 70%, wave energy reduction measured on the foreshore.
Reference: Demak coast, Central Java (2019-2023), 140 ha.""")

T("n10_seedling", "湾区红树林生态", "乡土红树苗木培育与滩涂种植服务",
  ["nature-based"], 9, [50000, 800000], ["CN"], 500, """
拥有秋茄、桐花树、白骨壤、木榄等乡土红树苗圃60余亩，年出圃容器苗300万株，苗高40–80 cm，
具备从采种、育苗到滩涂种植、补植的全流程施工能力。种植采用"宜林滩涂选址+容器苗带土种植"，
配合竹桩固定，适用于高程合适的光滩。提供三年管护和补植承诺，成活率按合同约定验收。
不包括退塘还湿、滩面整形和水文连通等工程措施。参考项目：湛江某保护区（2022年）种植120 ha，
第二年保存率约60%。""")

T("n10_ecoconc", "海固生态工程", "生态混凝土护岸与消浪块体",
  ["nature-based", "clean-water"], 9, [200000, 2500000], ["CN"], 100, """
采用多孔生态混凝土预制块、消浪扭王字块和抛石基床组成的复合护岸结构，孔隙率20%–30%，表面可附着
藻类和贝类，后方回填种植土可种植滨海植物。抗台风设计标准50年一遇，施工机械化程度高，
工期短，对土堤冲毁岸段能迅速形成稳定防线。结构寿命50年以上，维护量小。参考项目：阳江某海湾
（2021年）建设生态护岸4.2 km，台风期间无明显损毁。可与红树林种植结合形成"硬+软"岸线。块体由工厂预制，现场吊装施工，可根据岸段地形定制不同规格。""")

T("n10_oyster", "Reefline Living Shores", "Oyster-reef living shoreline modules",
  ["nature-based", "clean-water"], 9, [100000, 1500000], ["*"], 50, """
Precast bio-enhancing concrete and recycled-shell modules placed along the low-tide line, seeded
with native oyster spat. As the reef grows it breaks waves, traps sediment behind it and filters
water, and it creates a calm zone where saltmarsh or other vegetation can later establish. Modules
weigh 50-300 kg so they are set by small barges without heavy plant. Wave attenuation 30-60%
depending on water level. Monitoring of spat settlement, reef height and shoreline position for
three years. Reference: Gulf Coast community shoreline in Alabama (2021), 1.6 km of reef.""")

T("n10_sonneratia", "Fastgrove Forestry", "Fast-growing Sonneratia apetala afforestation package",
  ["nature-based"], 9, [80000, 900000], ["*"], 900, """
Large-scale mangrove afforestation with Sonneratia apetala, a pioneer species that grows 2-3 m a
year and closes the canopy within three years, so wave protection and carbon uptake arrive quickly.
Nursery seedlings of 60-100 cm are planted on lower mudflats where slower native species struggle.
Survival on exposed flats is typically above 80%. Package covers site selection, planting, three
years of maintenance and a carbon estimate. Reference: 600 ha coastal planting in southern
Bangladesh (2018-2021). Seedlings are supplied from our own nurseries, and planting teams can cover 20 ha per month.""")

N("n10", "Zhanjiang", "CN-GD", "雷州湾退化岸段红树林修复", ["nature-based"],
  2000000, 7, 1200, "2027-10-31", """
【规划目标】湛江市国土空间生态修复规划：2025–2030年营造和修复红树林1,000 ha，提升海岸防护和蓝碳
能力。【现状】雷州湾部分岸段为废弃养殖塘，塘堤阻断潮汐，滩面偏高，过去直接种苗的成活率不到30%；
现有土堤每逢台风就被冲毁。【需求】首期修复120 ha，方案应包括成活率保障措施和碳汇监测计量，
形成能长期自我维持的海岸防护带。【不考虑】新建混凝土、块石等硬质护岸不属于本项目；不引种无瓣海桑
等外来树种。""",
  g3=["n10_emr"],
  g2={"n10_seedling": "native planting only, no pond breaching or re-grading"},
  sib={"n10_ecoconc": (0, "concrete revetment is excluded in so many words"),
       "n10_oyster": (1, "living shoreline, but reef rather than mangrove"),
       "n10_sonneratia": (0, "Sonneratia apetala is excluded by name")})

# ---------------------------------------------------------------- n11
T("n11_passive", "Ferrostream Remediation", "Passive sulfate-reducing treatment train",
  ["clean-water"], 9, [300000, 1800000], ["*"], None, """
Gravity-fed treatment for metal-rich seepage from abandoned mines that needs no power and no daily
dosing. An anoxic limestone drain raises alkalinity, then vertical-flow cells filled with spent
mushroom compost over limestone host sulfate-reducing bacteria that lock zinc, cadmium and copper up
as stable sulfides. An aerobic settling pond and a reed wetland then remove iron and manganese.
Designed on site-specific column tests; media are replaced every 10 to 15 years and the operator
only checks flows and sampling monthly. Typical result: pH from 2.8 to 7, zinc below 0.5 mg/L,
cadmium below 0.005 mg/L. Reference: abandoned lead-zinc mine in mid-Wales (2020), 600 m3/day,
running unattended.""")

T("n11_hds", "矿环水处理科技", "石灰中和高密度污泥（HDS）处理站",
  ["clean-water"], 9, [400000, 2000000], ["CN"], None, """
采用石灰乳中和+高密度污泥回流工艺处理酸性矿山废水，底泥回流比15–30倍，污泥含固率可达20%–30%，
比传统石灰中和减少污泥体积约70%。集成曝气氧化、絮凝沉淀和pH自动控制，出水pH 6–9，Fe、Zn、Cd、
Mn达到排放标准。处理规模500–10,000 m³/d，需要稳定电源、石灰储存与投加系统以及日常值守，
药剂费约1.5–3元/m³。参考项目：江西某铜矿（2021年）处理酸性水4,000 m³/d。可提供远程监控和
运营服务。""")

T("n11_ro", "Purimem Water Systems", "Containerised nanofiltration / reverse osmosis for mine water",
  ["clean-water"], 9, [250000, 1500000], ["*"], None, """
Skid-mounted membrane plant in 40-foot containers: multimedia and cartridge pre-filtration,
antiscalant dosing, then nanofiltration or reverse osmosis that rejects over 98% of dissolved metals
and sulfate. Permeate can be reused for process water or discharged; the concentrate, about 20-30% of
the feed, needs evaporation or deep-well disposal. Energy 1.5-3 kWh per m3, remote monitoring, clean-
in-place system. Capacity 200-2,000 m3/day per container. Reference: gold mine in Western Australia
(2022), 1,200 m3/day of acidic pit water recycled to the mill.""")

T("n11_slag", "Alkadam Environmental", "Steel-slag leaching bed for acid drainage",
  ["clean-water", "waste-treatment"], 8, [100000, 600000], ["*"], None, """
Permeable beds of graded steel slag placed in the flow path of acid seepage. The slag dissolves
slowly and releases alkalinity, raising pH above 8 and precipitating iron and aluminium in a
downstream settling lagoon, with no power or reagent dosing. It reuses an industrial by-product and
is cheap to build. Manganese and cadmium removal is partial and depends on residence time, and the
outflow pH can overshoot in low flow, so polishing is usually added. Beds need replenishing every
3-5 years. Reference: coal-mine seepage in Pennsylvania (2019), 900 m3/day.""")

N("n11", "Shaoguan", "CN-GD", "废弃硫铁矿酸性废水长效治理", ["clean-water"],
  1500000, 7, None, "2027-08-31", """
【规划目标】韶关市北江流域水生态环境保护规划：2027年前消除重点废弃矿山酸性废水直排，下游断面镉、锌
稳定达标。【现状】大宝山周边一处废弃硫铁矿硐口常年渗出pH 2.5–3.0的酸性水，流量约800 m³/d，含铁、锌、
镉、锰，现场无人值守、没有稳定电源，山区道路运输困难。【需求】可长期低运维运行的处理系统，出水pH 6–9、
重金属达到地表水III类，建成后尽量少投加药剂。【不考虑】反渗透等膜法工艺不在本次范围；不将废水外运
集中处理。""",
  g3=["n11_passive"],
  g2={"n11_slag": "passive alkalinity, but partial Mn/Cd removal"},
  sib={"n11_hds": (1, "active lime plant needs power, dosing and staff"),
       "n11_ro": (0, "membrane processes are excluded in so many words")})

# ---------------------------------------------------------------- n12
T("n12_lc3", "ClayCal Binders", "LC3 limestone calcined clay cement",
  ["green-buildings"], 9, [500000, 4000000], ["*"], 6000, """
A ternary binder of about 50% clinker, 30% calcined kaolinitic clay, 15% limestone and 5% gypsum.
The clay need not be high-grade: overburden from kaolin mining or low-grade clays with 40% kaolinite
work, calcined at 750-850 C in a flash calciner that we supply and operate with the grinding unit.
CO2 per tonne of binder is 30-40% below ordinary Portland cement, chloride resistance is better, and
with steam curing the 16-hour stripping strength of precast elements matches the current mix. We
deliver mix designs for precast plants, third-party EPDs to EN 15804 and on-site quality control.
Reference: precast housing panels in Havana and a precast plant in Gujarat (2022-2024), 60,000 t of
binder.""")

T("n12_slag", "华建新材", "高掺量矿渣粉复合胶凝材料",
  ["green-buildings"], 9, [300000, 2500000], ["CN"], 4000, """
以S95级粒化高炉矿渣粉为主，复配粉煤灰和激发剂，替代混凝土中40%–60%的水泥，碳排放降低约35%。
后期强度和抗氯离子渗透性能优于普通硅酸盐水泥，适合现浇结构和大体积混凝土。用于预制构件时早期
强度发展较慢，需延长蒸养时间或提高养护温度，可能影响模具周转。产品受钢厂矿渣供应影响，
华南地区运距较远。提供配合比设计和第三方检测报告。参考项目：广州某地铁车辆段（2023年），
混凝土用量12万m³。""")

T("n12_clt", "Timberform Structures", "Cross-laminated timber mid-rise system",
  ["green-buildings"], 9, [1500000, 15000000], ["*"], 5000, """
Prefabricated cross-laminated timber walls and floors with glulam columns for 4-12 storey housing.
Panels are CNC-cut with openings and service routes, so a floor goes up in four to five days with a
small crew, and the building stores carbon in its structure instead of emitting it in cement
production. Fire design with encapsulation and sprinklers to local code, acoustic floors with
screed. Embodied carbon 40-60% below an equivalent concrete frame. Reference: 240 social housing
units in Vienna (2023), eight storeys. Panels are delivered just in time from our plant with lifting points installed and a complete connection schedule.""")

T("n12_co2cure", "Carbocure Precast Systems", "CO2 curing chambers for precast elements",
  ["green-buildings", "carbon-capture"], 8, [400000, 2000000], ["*"], 1500, """
Replaces steam curing in precast plants with sealed chambers in which concrete elements are exposed
to CO2 gas for 12-24 hours. The CO2 reacts with fresh cement paste to form calcium carbonate, giving
high early strength and storing 5-10% of the cement mass as CO2. Works best for dense, thin elements
such as blocks, pavers and hollow-core slabs; thick wall panels cure unevenly. CO2 comes in liquid
tanks from a gas supplier. The cement itself is unchanged, so clinker content is reduced only where
strength gain allows a leaner mix. Reference: block and paver plant in Ontario (2022).""")

N("n12", "Zhaoqing", "CN-GD", "保障性住房预制构件低碳胶凝材料", ["green-buildings"],
  3000000, 7, 5000, "2027-07-31", """
【规划目标】肇庆市城乡建设领域碳达峰方案：2030年新建建筑隐含碳强度下降20%，推广低碳建材。【现状】
高新区保障性住房约30万m²，采用装配式混凝土结构，预制叠合板和墙板年用P·O 42.5水泥约2.5万t；构件厂距
项目约40 km，周边有大量高岭土开采废土和石灰石资源。【需求】在不降低构件脱模强度和耐久性的前提下，
用新型胶凝材料替代部分熟料，并提供环境产品声明（EPD）。【不考虑】改为木结构或钢结构不在本次范围；
不接受靠购买碳汇抵消的"零碳"建材。""",
  g3=["n12_lc3"],
  g2={"n12_slag": "clinker substitution, but slow early strength and remote slag supply"},
  sib={"n12_clt": (0, "timber structure is excluded in so many words"),
       "n12_co2cure": (1, "stores CO2 at curing; does not replace clinker, unsuited to thick panels")})

# ---------------------------------------------------------------- n13
T("n13_ledger", "Meridian Carbon Analytics", "CityLedger community inventory engine",
  ["ghg-data"], 9, [60000, 350000], ["*"], None, """
Software and analyst service that builds community-wide inventories to the GHG Protocol for Cities
(BASIC and BASIC+), covering stationary energy, transport, waste, IPPU and AFOLU. Connectors pull
utility meter data, fuel sales, vehicle registrations and industrial permits through APIs or
scheduled file drops, and a nowcasting model turns monthly electricity and fuel data into monthly
emission estimates long before annual statistics are published. Every number carries its activity
data, emission factor and source in an audit trail. Exports to CDP-ICLEI Track and to
national-format tables. Reference: Quezon City (2023), first monthly inventory in the region,
publishing lag cut from 20 months to 6 weeks.""")

T("n13_cn", "碳衡数智", "城市温室气体清单编制与碳排放监测服务",
  ["ghg-data"], 8, [50000, 300000], ["CN"], None, """
为地市和区县提供温室气体清单编制、年度更新和月度碳排放监测服务。方法学同时符合国家省级清单指南和
GPC城市温室气体核算标准，覆盖能源活动、工业生产过程、农业、土地利用和废弃物五大领域。
系统对接电网用电、燃气、成品油销售、统计局规上工业能耗等数据，按月自动测算分行业排放并生成
分析报告，可下钻到重点企业。提供数据质量评估和不确定性分析，协助通过省级评审。参考项目：
粤北某市（2024年）完成8个县区清单并上线月度监测平台。""")

T("n13_sat", "Orbicarb Earth Observation", "Satellite-derived urban CO2 and NO2 emission maps",
  ["ghg-data", "clean-air"], 8, [40000, 200000], ["*"], None, """
Top-down emission estimates for cities and industrial clusters from satellite observations of CO2
and NO2 columns combined with atmospheric transport modelling. Delivers monthly gridded maps at 1-5
km resolution, independent of reported statistics, which helps check bottom-up figures and spot
large point sources such as kilns and power plants. Uncertainty per city-month is typically 15-30%,
and cloud cover reduces the number of usable overpasses in humid regions. The product does not
split emissions by sector in the way a reporting framework requires. Reference: pilot for 12
Latin American cities (2024).""")

T("n13_fleet", "Civiqa Energy Data", "Municipal buildings and fleet energy data management",
  ["ghg-data", "energy-retrofits"], 9, [30000, 250000], ["*"], None, """
Energy and emissions management for a local government's own operations: utility bill capture,
interval meter integration, fuel card data for the vehicle fleet, and Scope 1 and 2 reporting with
monthly dashboards. Benchmarks every building against its peers and weather-normalises consumption,
flags anomalies and tracks savings from retrofits. Covers council assets, not the whole territory, so
industry, private transport and waste in the wider community are outside its scope. Reference: 60
municipalities in the UK and Australia (2020-2025).""")

N("n13", "Yingde", "CN-GD", "县域温室气体清单编制与月度跟踪", ["ghg-data"],
  400000, 7, None, "2027-01-31", """
【规划目标】清远市碳达峰实施方案要求各县（市、区）建立温室气体排放清单，实现年度更新，重点领域按月跟踪。
【现状】英德市清单依靠人工从统计年鉴和部门报表中收集数据，滞后约18个月；市内水泥、陶瓷企业集中，
交通和建筑数据零散。【需求】采购清单编制服务与配套软件，方法学能与国际通行的城市标准接轨，可对接电网、
燃气和统计数据，自动生成月度报告。【不考虑】只做企业ESG披露或单一企业碳足迹的产品不属于本次采购；
不需要采购在线监测硬件。""",
  g3=["n13_ledger", "n13_cn"],
  g2={"n13_fleet": "partial: the municipality's own operations only"},
  sib={"n13_sat": (1, "top-down check, no sector split for an inventory")})

# ---------------------------------------------------------------- n14
T("n14_sea", "Bluecurrent Marine Cooling", "Seawater heat-rejection loop for data centres",
  ["green-data-centers"], 9, [1500000, 6000000], ["*"], 3200, """
Replaces cooling towers with the sea as the heat sink. A screened offshore intake at 8-15 m depth
with electro-chlorination against fouling feeds titanium plate heat exchangers on shore; a closed
condenser-water loop on the facility side keeps seawater away from chillers and IT. Because the sea
stays cooler than the summer wet-bulb and does not evaporate, chillers run at lower lift, free
cooling covers the cooler months, and make-up water for cooling drops by more than 90%. Pumps and
exchangers come in 2 MW modules, so capacity can be added in phases and run in parallel with the
existing plant.   Reference: 10 MW colocation
campus near Marseille (2023), water use down 95%.""")

T("n14_immersion", "深冷液冷科技", "单相浸没式液冷机柜",
  ["green-data-centers"], 9, [200000, 3000000], ["CN"], 2000, """
将服务器整机浸没在单相氟化冷却液中，单柜散热能力可达100 kW，冷却液经CDU与室外干冷器换热，
全年可实现自然冷却，PUE可降至1.1以下，基本不消耗冷却用水。需采用适配浸没环境的服务器或对现有服务器
进行改装（拆除风扇、更换导热材料），机房需要加固承重。支持按机柜分期部署。参考项目：某超算中心
（2023年）部署浸没式液冷机柜120台，年节电约1,500万kWh。冷却液可回收再利用，系统提供漏液监测、液位报警和运维工具。""")

T("n14_iec", "Adiaflow Cooling", "Indirect evaporative air handlers for data halls",
  ["green-data-centers"], 9, [400000, 4000000], ["*"], 1800, """
Air-to-air heat exchanger units that cool recirculated data-hall air with outdoor air, wetting the
outdoor side when it is warm so that evaporation does the cooling; the hall air never mixes with
outside air. In dry and temperate climates mechanical cooling is rarely needed and PUE drops below
1.2. Water is still consumed for evaporation, and where the summer wet-bulb is high a DX or
chilled-water trim coil carries much of the load. 250-500 kW modules installed on the roof or
beside the building. Reference: hyperscale hall in Madrid (2022), annual PUE 1.14.""")

T("n14_adiab", "Hybricool Systems", "Hybrid adiabatic dry coolers",
  ["green-data-centers"], 9, [150000, 1500000], ["*"], 800, """
Finned-coil dry coolers with pre-cooling pads that are wetted only on the hottest hours, replacing
open cooling towers on chilled-water plants. Most of the year they run dry, so water use is 60-80%
below a cooling tower and there is no blowdown or Legionella treatment; on hot humid days the
condenser water is warmer than with a tower, which raises chiller energy. EC fans, modular 500 kW
units, 20-year coil coating for coastal sites. Reference: government data centre in Perth,
Australia (2021), cooling water down 70%. Water treatment is limited to softening of the spray water and controls keep the pads dry whenever the ambient allows.""")

T("n14_deep", "蓝海冷源工程", "深海取水冷源一体化总包",
  ["green-data-centers"], 9, [9000000, 30000000], ["CN"], 6000, """
面向滨海数据中心集群的深海低温海水冷源EPC总包：在离岸1–3 km、水深30 m以上敷设大口径HDPE取水管，
取用全年稳定在18–22℃的低温海水，岸上建设取水泵站、钛板换热站和区域冷却管网，可同时为多个园区供冷，
替代冷却塔和大部分冷水机组，PUE可降至1.15左右。总包内容包括海域论证、海底管道施工、换热站及
二十年运营维护。按冷源站整体建设，最小交付规模为20 MW制冷能力。参考项目：香港某数据中心园区
可行性研究及一期工程（2024年）。""")

N("n14", "Xiamen", "CN-FJ", "滨海数据中心节水降耗冷却改造", ["green-data-centers"],
  5000000, 8, 3000, "2027-12-31", """
【规划目标】厦门市新型基础设施绿色低碳发展方案：2026年起新建和改扩建数据中心PUE不高于1.3，水资源利用
效率明显提升。【现状】翔安区某政务与超算数据中心IT负载约6 MW，距海岸线约400 m，现用水冷冷水机组+
开式冷却塔，年耗自来水约18万t，夏季湿球温度可达28℃，冷却塔蒸发和排污损失大。【需求】减少冷却用
淡水消耗，结合区位条件降低制冷能耗，可与现有冷冻水系统并联、分期实施。【不考虑】继续扩建冷却塔
不予考虑；不改动服务器本身，浸没式液冷不在本次范围。""",
  g3=["n14_sea"],
  g2={"n14_adiab": "cuts tower water, but hot humid days raise chiller energy"},
  sib={"n14_immersion": (0, "immersion cooling is excluded by name"),
       "n14_iec": (1, "still evaporates water; weak in a 28 C wet-bulb climate")},
  traps={"n14_deep": "cost_usd[0] 9,000,000 > budget 5,000,000"})

# ---------------------------------------------------------------- n15
T("n15_ice", "Glaciate Thermal", "Internal-melt ice-on-coil storage tanks",
  ["energy-storage", "energy-retrofits"], 9, [300000, 2500000], ["*"], 650, """
Modular polyethylene tanks filled with water and dense spiral coils. At night a glycol circuit from
the existing or an added chiller at -5 C freezes the water around the coils; during the afternoon
the same coils melt the ice from the inside out and deliver 1-3 C glycol through a plate heat
exchanger into the chilled-water system, so chillers can be switched off or throttled through the
tariff peak. Each tank stores 2 MWh of cooling in about 9 m2 of floor area; tanks can be set in a
basement plant room or buried. Water and glycol only, no fire load. Control software optimises the
charge against the tariff and the weather forecast. Reference: shopping mall in Singapore (2021),
24 MWh of daily shift, peak demand down 3.1 MW.""")

T("n15_lfp", "Ampvault Storage", "LFP battery cabinets for commercial buildings",
  ["energy-storage"], 9, [150000, 2000000], ["*"], 700, """
Lithium iron phosphate battery cabinets of 215-500 kWh with built-in inverters and a site energy
management system that charges from the grid off-peak and discharges through the afternoon peak to
cut demand charges and energy costs. Shifts any electrical load, not just cooling, and also
provides backup. Aerosol fire suppression, off-gas detection and deflagration vents per NFPA 855;
indoor installation requires a rated room with separation distances. Round-trip efficiency 88%.
Reference: 30 retail sites in Texas (2023), 12 MWh in total.""")

T("n15_water", "蓄能暖通工程", "分层水蓄冷系统",
  ["energy-storage", "energy-retrofits"], 9, [200000, 1800000], ["CN"], 500, """
利用冷水机组夜间谷电制取4–6℃冷水，储存在自然分层的蓄冷罐或消防水池中，白天尖峰时段释放，
供回水温差8–10℃。系统简单，可直接使用现有常规冷水机组，无需低温工况，能效损失小。蓄冷密度较低，
每蓄1 MWh冷量约需水体100 m³，日移峰20 MWh需要约2,000 m³水体，通常需在室外或地下新建大型蓄冷罐。
参考项目：广州某大学城区域供冷（2020年），蓄冷罐容积1.2万m³。蓄冷罐可采用钢制或混凝土结构，配套布水器和温度分层监测，控制系统按电价自动运行。""")

T("n15_maglev", "Levitron Chillers", "Oil-free magnetic-bearing centrifugal chillers",
  ["energy-retrofits", "energy-efficiency"], 9, [250000, 2200000], ["*"], 900, """
Centrifugal chillers with magnetic-bearing, variable-speed compressors and no oil circuit.
Part-load efficiency is outstanding, with IPLV around 0.33 kW per ton, because the compressor slows
down with the load and there is no oil to foul the heat exchangers. Replacing old constant-speed
machines typically cuts chiller energy 30-40% across the year and lowers noise and maintenance.
Capacities 500-3,000 kW, low-GWP refrigerant options. It reduces consumption at all hours but does
not move cooling load out of the peak tariff period. Reference: hospital plant in Hong Kong (2022).""")

N("n15", "Chengdu", "CN-SC", "会展综合体空调负荷移峰改造", ["energy-storage", "energy-retrofits"],
  2500000, 8, 600, "2027-05-31", """
【规划目标】成都市"十四五"能源发展规划：大力发展用户侧储能，2027年削减夏季尖峰负荷5%。【现状】
天府新区一座市属会展中心及配套商业，空调冷负荷峰值约9,000 kW，夏季尖峰电价约为低谷的4倍；
地下机房尚余约600 m²空间，地下室人员密集。【需求】将空调用电从尖峰时段转移到夜间低谷，日移峰电量
不少于20 MWh，并与现有离心式冷水机组配合运行。【不考虑】出于消防原因，地下室布置锂电池储能不予接受；
不在室外新建储能电站。""",
  g3=["n15_ice"],
  g2={"n15_water": "load shifting, but needs ~2,000 m3 of tank, more than the space allows"},
  sib={"n15_lfp": (0, "lithium batteries in the basement are excluded in so many words"),
       "n15_maglev": (1, "efficiency, does not shift the peak")})
