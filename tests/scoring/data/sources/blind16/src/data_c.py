"""English needs 16-23 and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n16 ships that cannot plug in
T("n16_ans", "zh", "海净环保装备", "驳船式船舶尾气捕集处理系统",
  ["clean-air", "green-transportation"],
  "由拖轮将处理驳船靠到在泊船舶旁，伸缩吊臂把吸风罩套在烟囱顶部，抽取辅机和锅炉废气，经DPF除颗粒、"
  "SCR脱硝后排放，颗粒物和NOx去除率均在90%以上。不需要船舶做任何改装，适合没有岸电接口的油轮、散货船和"
  "临时靠港船舶。驳船自带发电和尿素储罐，可服务多个泊位，已获美国加州空气资源委员会认证。",
  9, (2500000, 9000000), ["US", "CN", "*"], 1800)
T("n16_shore", "en", "Berthlink Electric", "Containerised shore power for container and cruise berths",
  ["green-transportation", "smart-grid"],
  "High-voltage shore connection to IEC/IEEE 80005-1: a frequency converter and transformer in containers on the "
  "wharf, with cable management that reaches the vessel's shore connection panel. Ships switch off auxiliary "
  "engines within 30 minutes of making fast. Delivered turnkey with utility interconnection support. Only works for "
  "vessels fitted with a compatible onboard shore power connection.",
  9, (3000000, 15000000), ["*"], 2500)
T("n16_lng", "zh", "中能船燃", "LNG船舶燃料加注服务",
  ["green-transportation", "clean-air"],
  "为靠港及锚地船舶提供LNG加注，采用加注船或槽车对船方式，硫氧化物和颗粒物几乎为零，NOx大幅降低。"
  "需要船舶为LNG双燃料动力，目前以新造集装箱船和汽车滚装船为主。我们在多个港口布局加注网点，"
  "提供长期供气合同和加注操作安全培训。",
  9, (500000, 5000000), ["*"], 900)
T("n16_fixed", "en", "Dockscrub", "Dockside fixed-arm emissions capture unit",
  ["clean-air", "green-transportation"],
  "A wharf-mounted articulating arm with a stack bonnet that captures auxiliary engine exhaust from vessels at a single "
  "berth and treats it through a DPF and SCR train housed on the pier, with more than 90% PM and NOx removal. No "
  "vessel modifications needed. Lower operating cost than a floating unit, but each system serves one berth and its "
  "reach limits it to ships whose stacks sit within 35 m of the quay edge.",
  9, (2000000, 6000000), ["US"], 1100)
N(16, "Oakland", "At-berth emission control for vessels that can't plug in",
  ["clean-air", "green-transportation"],
  "About a third of our at-berth vessel calls are older tankers, bulkers and one-off foreign-flag ships with no shore "
  "power gear. CARB's at-berth rule still needs us to control their auxiliary engine and boiler exhaust while they sit "
  "at the pier, at several different berths. Plugging these ships in is off the table; we can't make owners retrofit. "
  "Looking for something CARB-approved that can be moved between berths.",
  7000000, 8, "US-CA", 1500, "2027-10-01",
  answers=["n16_ans"],
  alts=[("n16_fixed", "same principle, but one berth and limited reach")],
  sibs=[("n16_shore", 0, "shore power excluded"),
        ("n16_lng", 1, "cleaner fuel, needs dual-fuel ships")])

# ---------------------------------------------------------------- n17 cold store demand charges
T("n17_ans", "zh", "蓄冷宝科技", "冷库共晶相变蓄冷模块",
  ["energy-storage", "energy-efficiency"],
  "在冷冻库顶部或冷风机旁安装-26℃共晶相变蓄冷板，夜间低谷电价时段加大制冷蓄冷，白天高峰时段压缩机降载或停机，"
  "由蓄冷板维持库温，单库可转移40%-70%的高峰制冷负荷。无化学危险、不燃烧，免维护，寿命20年以上。"
  "提供负荷分析、蓄冷量计算和控制改造，关键部件可提供UL认证。",
  9, (80000, 900000), ["*"], 300)
T("n17_bess", "en", "Peakcell Energy", "Behind-the-meter lithium battery for demand charge reduction",
  ["energy-storage", "smart-grid"],
  "Outdoor LFP battery cabinets of 250 kWh to 2 MWh with predictive software that learns the facility's load profile "
  "and discharges during the monthly peak window, typically shaving 20-35% of demand charges. Participates in utility "
  "demand response programs for extra revenue. Offered for purchase or under a shared-savings agreement with no "
  "upfront cost. NFPA 855 compliant enclosures with fire suppression.",
  9, (200000, 2000000), ["US"], 250)
T("n17_precool", "en", "Chillogic", "Load-shifting control software for refrigerated warehouses",
  ["energy-efficiency", "smart-grid"],
  "Cloud software that connects to the refrigeration controller and pre-cools freezer rooms a few degrees below "
  "setpoint before the peak tariff window, then lets temperatures drift up within product limits. Uses the product "
  "mass itself as thermal storage, so nothing is installed beyond a gateway. Shifts 15-30% of peak load for a few "
  "hours; less when rooms are frequently opened or stock levels are low.",
  9, (20000, 150000), ["US", "CA"], 150)
T("n17_solar", "zh", "晶耀光伏", "冷库屋顶分布式光伏",
  ["renewable-energy"],
  "利用冷库大面积平屋顶建设分布式光伏，自发自用、余电上网，冷库白天负荷高，与光伏出力匹配度好，"
  "年发电量约每千瓦1400-1600度。可提供EPC总包或合同能源管理(EMC)模式。光伏可降低电量电费，"
  "但对晚间和阴天的需量峰值作用有限，需量电费下降不明显。",
  9, (150000, 2500000), ["*"], 600)
T("n17_trap", "en", "Glaciera Thermal", "Ice thermal storage plant with new ammonia chillers (EPC)",
  ["energy-storage", "hfc-alternatives"],
  "Turnkey ice-on-coil thermal storage built around new low-charge ammonia chillers and a glycol distribution loop "
  "serving every freezer and dock in the building. The plant makes ice overnight and meets the full daytime "
  "refrigeration load from storage, eliminating on-peak compressor demand. Includes design, permits, construction "
  "and commissioning.",
  9, (3500000, 9000000), ["US"], 900)
N(17, "Los Angeles", "Cut our demand charges at the Vernon freezer warehouse",
  ["energy-storage", "energy-efficiency"],
  "Our freezer warehouse in Vernon (-10 F rooms, about 220,000 sq ft) gets hammered by summer on-peak demand charges, "
  "they're now more than 40% of the power bill. We want to move the refrigeration load off the 4-9 pm window. "
  "The fire marshal has made it clear: no lithium batteries on this site. Budget is around $1.2M, would like it "
  "running before next summer.",
  1200000, 8, "US-CA", 300, "2027-05-01",
  answers=["n17_ans"],
  alts=[("n17_precool", "right idea, limited depth of shifting")],
  sibs=[("n17_bess", 0, "lithium batteries excluded"),
        ("n17_solar", 1, "energy, not demand; wrong time of day")],
  traps=[("n17_trap", "budget: cheapest deployment above budget")])

# ---------------------------------------------------------------- n18 CO2 from biogas upgrading
T("n18_ans", "zh", "清源气体工程", "沼气提纯尾气CO2回收液化装置(食品级)",
  ["carbon-capture", "waste-treatment"],
  "将沼气膜分离或水洗提纯过程中排出的富CO2尾气经压缩、脱硫、活性炭精制、干燥后低温液化，"
  "产品纯度99.9%以上，符合食品级(ISBT)标准，可用于干冰、饮料和冷链运输。单套产能5-50吨/天，"
  "撬装交付，残余甲烷回送系统。已在欧洲和北美的污水厂与沼气工程配套运行，提供美国ASME认证压力容器。",
  9, (1200000, 4000000), ["*"], 4000)
T("n18_memb", "en", "Biomeg Systems", "Three-stage membrane biogas upgrading to RNG",
  ["waste-treatment", "renewable-energy"],
  "Three-stage hollow-fibre membrane upgrading turns digester gas into pipeline-quality renewable natural gas with "
  "methane recovery above 99.5%. Includes H2S and siloxane removal, compression and an analyser package for utility "
  "injection. The CO2-rich permeate is vented or sent to a thermal oxidiser; CO2 recovery is not included. "
  "Skids from 200 to 2,000 scfm, commissioning in 12 months.",
  9, (2000000, 6000000), ["US"], 5000)
T("n18_aggr", "en", "Carbonstone", "CO2 mineralisation into manufactured aggregates",
  ["carbon-capture", "waste-treatment"],
  "A plant that reacts dilute or concentrated CO2 with waste ash or steel slag to make lightweight carbonate "
  "aggregate for concrete blocks and road base, storing about 0.3 t of CO2 per tonne of product. Located next to "
  "the CO2 source and an ash supply. Permanent storage and a saleable product, but it depends on a local ash "
  "supply and an aggregate market.",
  8, (2500000, 8000000), ["US"], 3000)
T("n18_seq", "en", "Deepstore Carbon", "CO2 transport and geologic sequestration service",
  ["carbon-capture"],
  "We take CO2 off your site by truck or pipeline and inject it into a permitted Class VI well in the Sacramento "
  "Basin, with monitoring, reporting and verification that qualify for 45Q credits and state low-carbon fuel "
  "programs. Includes compression and dehydration at your fence. Contract terms of 10-20 years with a fixed fee per "
  "tonne.",
  9, (500000, 4000000), ["US-CA"], 4000)
T("n18_ind", "zh", "华普气体", "小型CO2回收装置(工业级)",
  ["carbon-capture", "waste-treatment"],
  "适用于沼气、发酵尾气等高浓度CO2气源，压缩、干燥后液化，产品纯度99.5%，达到工业级标准，可用于焊接保护气、"
  "消防和水处理pH调节。单套产能2-8吨/天，设备紧凑，价格约为食品级装置的一半。不含食品级精制单元，"
  "如需食品级需后续加装。",
  9, (500000, 1500000), ["*"], 1200)
N(18, "Sacramento", "Sell the CO2 from our RNG upgrading instead of venting it",
  ["carbon-capture", "waste-treatment"],
  "Our regional wastewater plant is commissioning digester gas upgrading to RNG, and the CO2 off-gas (roughly 40 "
  "tons/day) will just be vented. Local produce shippers and the cold chain buy dry ice and liquid CO2 at good "
  "prices, so we'd rather turn it into a food-grade product. Injecting it underground isn't something the board "
  "will consider. Need proven plants with references at biogas sites.",
  4500000, 8, "US-CA", 3500, "2028-01-31",
  answers=["n18_ans"],
  alts=[("n18_ind", "right way, but industrial grade and smaller")],
  sibs=[("n18_memb", 1, "the upgrading itself, with CO2 vented"),
        ("n18_aggr", 1, "permanent storage, not a food-grade product"),
        ("n18_seq", 0, "geologic injection excluded")])

# ---------------------------------------------------------------- n19 container yard stormwater
T("n19_ans", "zh", "水生态设计院", "生物滞留带+表流人工湿地组合处理",
  ["nature-based", "clean-water"],
  "在堆场排水末端设置生物滞留带，以改良介质(砂、堆肥、铁屑)吸附锌、铜等溶解态金属，再进入表流人工湿地"
  "沉淀和植物吸收，TSS去除率80%以上，溶解锌去除率60%-80%。全部地面设施，维护只需除草和更换表层介质，"
  "不需进入受限空间。可在美国按当地许可要求出具设计计算书。",
  8, (300000, 2000000), ["*"], 30)
T("n19_hds", "en", "Vortexa Stormwater", "Hydrodynamic separator vaults for industrial sites",
  ["clean-water"],
  "Underground precast vaults with a swirl chamber that separates sediment, trash and oil from stormwater at flow "
  "rates up to 30 cfs, with a bypass for large storms. Removes 50-80% of TSS, little dissolved metal. Installed in "
  "existing drain lines with a small footprint under pavement, serviced by vacuum truck through manholes twice a "
  "year.",
  9, (80000, 800000), ["US"], 10)
T("n19_insert", "zh", "雨水过滤科技", "雨水口截污过滤挂篮",
  ["clean-water"],
  "安装在现有雨水口内的截污挂篮，内置吸油棉和改性吸附滤料，可拦截垃圾、泥沙、油类并吸附部分重金属。"
  "无需土建，单个雨水口十分钟安装完毕，滤料每季度更换。处理能力受雨水口尺寸限制，"
  "暴雨时溢流，对溶解态锌的长期去除效果一般。",
  9, (10000, 150000), ["*"], 5)
T("n19_swale", "en", "Greenline Civil", "Vegetated bioswale retrofits along paved yards",
  ["nature-based", "clean-water"],
  "Shallow grassed swales with check dams and amended soil built along the edges of paved yards, slowing runoff "
  "and filtering sediment before it reaches the storm drain. Low cost and easy to maintain with mowers. Removes "
  "most TSS and some particulate metals, but dissolved zinc removal is modest without an engineered media layer "
  "and a polishing step.",
  9, (50000, 500000), ["US"], 10)
N(19, "Stockton", "Container yard stormwater: zinc and copper over our permit limits",
  ["nature-based", "clean-water"],
  "Our 60-acre container yard keeps exceeding the general industrial permit benchmarks for zinc, copper and TSS "
  "(tire wear and galvanized boxes, mostly). We have some unpaved land along the channel we could give up. "
  "Please, no more underground vaults; our crews hate the confined-space entries and we already have three that "
  "barely work. Something that looks after itself would be ideal.",
  2200000, 7, "US-CA", None, "2027-10-15",
  answers=["n19_ans"],
  alts=[("n19_swale", "vegetated, but weak on dissolved metals")],
  sibs=[("n19_hds", 0, "underground vaults excluded"),
        ("n19_insert", 1, "source control, overflows and weak on dissolved zinc")])

# ---------------------------------------------------------------- n20 refrigerant leak records
T("n20_ans", "zh", "冷媒智管", "制冷剂泄漏智能诊断与台账平台",
  ["ghg-data", "hfc-alternatives"],
  "通过网关读取制冷控制器的储液器液位、过冷度、排气温度等运行参数，用模型推算系统内冷媒存量变化，"
  "泄漏在几天内即可被发现并推送维修工单。平台自动生成每套设备的充注量、补充量、泄漏率台账，"
  "可导出美国加州空气资源委员会制冷剂管理计划(RMP)所需报表格式，支持多站点集中管理。",
  9, (30000, 250000), ["*"], 800)
T("n20_ans2", "en", "Leakwise Analytics", "Leakwise refrigerant inventory analytics from controller data",
  ["ghg-data", "hfc-alternatives"],
  "Software that pulls receiver level, subcooling and compressor data from existing rack and evaporator controllers "
  "and estimates the refrigerant charge hour by hour, flagging slow losses within days rather than at the next "
  "maintenance call. Keeps a compliance log of charges, top-ups and leak rates per system and exports state refrigerant "
  "management program and EPA 608 reports. Works across many sites from one dashboard, no new sensors in the machine room.",
  9, (25000, 200000), ["US", "CA"], 700)
T("n20_hand", "en", "Sniffpro Instruments", "Heated-diode handheld refrigerant leak detectors",
  ["hfc-alternatives"],
  "Handheld electronic leak detectors sensitive to 0.1 oz/yr for HFC, HFO and blends, with an infrared option for "
  "CO2 systems. Technicians use them during quarterly inspections and repairs to pinpoint joints and valves. "
  "Rugged, battery-powered, calibration certificate included. No data logging or record keeping; inspection records "
  "are kept on paper or in your CMMS.",
  9, (1000, 30000), ["*"], 100)
T("n20_fixed", "zh", "安测仪器", "固定式红外冷媒泄漏检测报警系统",
  ["hfc-alternatives", "ghg-data"],
  "在机房和冷库内安装NDIR红外冷媒探测器，多点循环采样，浓度超过设定值时声光报警并联动排风，"
  "满足机房安全规范。可对R404A、R507A、R448A等多种冷媒进行检测。只能发现已经扩散到空气中的泄漏，"
  "不提供充注量台账和法规报表。",
  9, (15000, 200000), ["*"], 300)
T("n20_swap", "en", "Naturacool", "CO2 transcritical replacement for HFC rack systems",
  ["hfc-alternatives", "energy-efficiency"],
  "Full replacement of HFC rack systems with transcritical CO2, designed so that cold storage operators leave the "
  "refrigerant management program behind altogether. Phased installation room by room, with heat recovery and "
  "adiabatic gas coolers for California inland climates. Eligible for utility incentives and CARB's F-gas "
  "reduction incentive program.",
  9, (600000, 4000000), ["US"], 1500)
N(20, "Fresno", "Refrigerant leaks: we find out months too late",
  ["ghg-data", "hfc-alternatives"],
  "We run 14 cold storage DCs across the Central Valley on R-404A and R-507 racks. CARB refrigerant management "
  "reporting is a pain, records live in five different spreadsheets, and we usually find a leak at the next "
  "service visit after we've lost a few hundred pounds. We're not replacing the refrigeration systems in the next "
  "few years, so please don't pitch that. Want something that works off what we already have.",
  300000, 8, "US-CA", 800, "2027-03-31",
  answers=["n20_ans", "n20_ans2"],
  alts=[("n20_fixed", "detects leaks in air only, no records or reports")],
  sibs=[("n20_hand", 1, "manual inspection tool"),
        ("n20_swap", 0, "system replacement excluded")],
  note="two grade-3 answers: Chinese (cross-lingual) and English")

# ---------------------------------------------------------------- n21 depot charging on existing service
T("n21_ans", "zh", "充能云科技", "场站充电功率动态分配与需量控制系统",
  ["smart-grid", "electric-vehicles"],
  "在场站总进线处安装计量采集终端，系统实时读取厂区用电和每台充电桩功率，根据车辆离场时间和电池SOC排程，"
  "在变压器容量内动态分配充电功率，保证每辆车按时充满且不超需量。支持OCPP 1.6/2.0.1，兼容主流充电桩品牌，"
  "可接入美国公用事业分时电价，适合物流车队和公交场站在不扩容的情况下接入更多车辆。",
  9, (40000, 300000), ["*"], 900)
T("n21_buffer", "en", "Stackcharge", "Battery-buffered DC fast chargers",
  ["electric-vehicles", "energy-storage"],
  "DC fast chargers with a 160-400 kWh battery built into each unit, drawing a small steady current from the site "
  "and delivering up to 200 kW to the vehicle. Lets a depot add fast charging without a service upgrade, but each "
  "cabinet serves one or two vehicles, and with 40 trucks charging overnight the buffer adds cost that smart "
  "scheduling alone would avoid.",
  9, (150000, 1500000), ["US"], 600)
T("n21_van", "zh", "移动充电服务", "移动式储能充电车",
  ["electric-vehicles", "energy-storage"],
  "车载大容量储能+直流充电机，可开到停车位为电动车补电，单车储能400-1000 kWh，同时为2-4台车充电。"
  "适合场站容量不足或临时用电场景，按次或按月服务收费。需要专人调度和驾驶，储能车本身要在别处充电，"
  "长期为大规模车队使用成本较高。",
  9, (60000, 600000), ["*"], 200)
T("n21_h2", "en", "Hydrohaul", "Hydrogen fuel-cell box trucks with mobile refuelling",
  ["electric-vehicles", "green-transportation"],
  "Class 6 fuel-cell electric box trucks with 200-300 mile range and 10-minute refuelling, delivered with a mobile "
  "refueller stationed at your depot so no grid upgrade is needed at all. Hydrogen supplied under a fixed-price "
  "contract. Eligible for HVIP vouchers in California.",
  8, (300000, 3000000), ["US"], 800)
T("n21_trap", "en", "Depotwerks", "Turnkey depot substation and 40-bay DC charging build",
  ["electric-vehicles", "smart-grid"],
  "Design-build of a dedicated depot substation, switchgear, trenching and 40 DC charge points with load "
  "management software, including utility coordination for a new service. Sized for full-fleet overnight "
  "charging with room to grow. Delivered under a single EPC contract with charging uptime guarantees.",
  9, (4500000, 12000000), ["US"], 1200)
N(21, "Ontario", "40 electric box trucks, but our service is only 1,500 kVA",
  ["smart-grid", "electric-vehicles"],
  "We take delivery of 40 battery-electric box trucks next year at our Ontario, CA cross-dock. The utility says a "
  "service upgrade will take 2-3 years. The trucks are already ordered, so hydrogen is a dead end for us. They're parked "
  "from 7 pm to 5 am. Need to charge all of them overnight inside the existing 1,500 kVA service, which also runs "
  "the conveyors and dock lights.",
  1200000, 8, "US-CA", 900, "2027-07-01",
  answers=["n21_ans"],
  alts=[("n21_buffer", "works without upgrade but costly and per-bay")],
  sibs=[("n21_van", 1, "stopgap, not a fleet solution"),
        ("n21_h2", 0, "hydrogen excluded")],
  traps=[("n21_trap", "budget: cheapest deployment above budget")])

# ---------------------------------------------------------------- n22 yard tractors
T("n22_ans", "zh", "港驰电动重卡", "纯电动场内牵引车(港口集装箱)",
  ["electric-vehicles", "green-transportation"],
  "专为码头和物流园区设计的纯电动场内牵引车，磷酸铁锂电池210-350 kWh，单次充电可连续作业2个班次，"
  "第五轮可液压升降，满载60吨爬坡能力8%。支持直流快充和换电两种补能方式，噪声低、零排放。"
  "已出口北美和欧洲码头，获美国EPA和CARB认证，提供当地售后备件。",
  9, (300000, 6000000), ["*"], 1600)
T("n22_rng", "en", "Cleanmove Trucks", "Near-zero RNG yard tractors",
  ["green-transportation", "clean-air"],
  "Yard tractors with a 6.7 L near-zero NOx engine running on renewable natural gas, certified to 0.02 g/bhp-hr NOx. "
  "Familiar to mechanics, refuelled in minutes from a small CNG station, and RNG can make lifecycle emissions "
  "negative. We supply the trucks, a compact fuelling station and RNG supply contracts.",
  9, (180000, 3000000), ["US"], 1200)
T("n22_h2", "zh", "氢途重卡", "氢燃料电池港口牵引车",
  ["electric-vehicles", "green-transportation"],
  "搭载110 kW燃料电池和35 MPa储氢系统，加氢10分钟可连续作业16小时以上，零排放。适合三班倒高强度作业，"
  "需配套加氢站或移动加氢车，氢气成本决定运营经济性。已在国内多个港口示范运营。",
  8, (400000, 6000000), ["*"], 1400)
T("n22_repower", "en", "Retrotrac", "Battery-electric repower kit for existing yard tractors",
  ["electric-vehicles", "green-transportation"],
  "Replaces the diesel engine, transmission and tank of an existing yard tractor with an electric drive, 140 kWh "
  "battery and on-board charger. Reuses the chassis, cab and fifth wheel, so each conversion costs less than a new "
  "truck. Runtime is about one shift, so high-utilisation units need mid-shift opportunity charging. Conversion "
  "takes three weeks per unit.",
  9, (120000, 2000000), ["US"], 900)
N(22, "Long Beach", "Zero-emission yard tractors for a container terminal",
  ["electric-vehicles", "green-transportation"],
  "We operate 60 diesel hostlers moving boxes between the berth and the stack, two shifts a day, some running close "
  "to 20 hours. The Clean Air Action Plan wants zero-emission cargo handling equipment, so anything that still burns a "
  "fuel is out, RNG included. First phase is 12 units plus charging or whatever fuelling they need.",
  6000000, 8, "US-CA", 1500, "2027-12-31",
  answers=["n22_ans"],
  alts=[("n22_repower", "right way but one-shift runtime")],
  sibs=[("n22_rng", 0, "combustion including RNG excluded"),
        ("n22_h2", 1, "zero-emission but needs hydrogen infrastructure")])

# ---------------------------------------------------------------- n23 weak market shed roof
T("n23_ans", "zh", "轻能光伏", "轻质柔性光伏组件(粘贴式安装)",
  ["renewable-energy"],
  "采用ETFE前板和复合背板的柔性单晶组件，重量约3 kg/m²，直接以结构胶粘贴在彩钢瓦或防水卷材屋面上，"
  "无需支架和打孔，附加荷载不到常规组件的三分之一。转换效率21%，UL 61730认证，可抗风揭等级达到美国"
  "规范要求。适合承重不足的老旧厂房、仓库和市场屋面。",
  9, (100000, 1500000), ["*"], 350)
T("n23_ballast", "en", "Solaroof Systems", "Ballasted racking for flat commercial roofs",
  ["renewable-energy"],
  "Non-penetrating ballasted racking with 10-degree tilt for standard framed modules on flat commercial roofs. "
  "Concrete blocks hold the array down against wind, so there is no need to drill through the membrane. Fast to "
  "install, easy to remove for reroofing. Adds roughly 4-6 psf of dead load including modules and ballast; a "
  "structural review is included.",
  9, (80000, 1500000), ["US"], 350)
T("n23_carport", "zh", "荫光新能源", "停车场光伏车棚",
  ["renewable-energy", "electric-vehicles"],
  "在停车场或装卸区建设钢结构光伏车棚，为车辆遮阳挡雨的同时发电，可预留电动车充电桩接口。"
  "基础独立于现有建筑，不受屋面承重限制，但需要基础施工和占用地面空间，单位造价比屋顶光伏高约30%。",
  9, (150000, 2000000), ["*"], 300)
T("n23_light", "en", "Featherframe Solar", "Lightweight framed modules with rail-less clamps",
  ["renewable-energy"],
  "Glass-glass framed modules with 2 mm glass and an aluminium-light frame, attached to standing-seam or trapezoidal "
  "metal roofs with rail-less clamps, for a total added load near 2.8-3.2 psf. Lighter than standard racking but "
  "still above the limits of the weakest roofs, and efficiency and warranty match standard modules.",
  9, (90000, 1500000), ["US"], 340)
T("n23_trap", "en", "Perovia", "Perovskite-silicon tandem flexible film",
  ["renewable-energy"],
  "An ultra-light perovskite-silicon tandem film for metal roofs, under 1 kg/m2, with record lab efficiency above "
  "28%. Adhesive mounting, no racking. Field durability is being validated on pilot roofs, and we seek early "
  "adopters with low-load roofs.",
  6, (100000, 900000), ["*"], 400)
N(23, "Los Angeles", "Solar on a 1960s produce terminal roof that can't take weight",
  ["renewable-energy"],
  "Our produce terminal has about 300,000 sq ft of low-slope metal roof, 1960s steel. The structural engineer says "
  "we have maybe 2 psf of spare capacity, no more, so ballasted systems are out, and reinforcing the trusses is not on the table. We'd still like "
  "to put solar on it. Ground space is all trucks and docks.",
  1600000, 8, "US-CA", 350, "2027-09-30",
  answers=["n23_ans"],
  alts=[("n23_light", "lighter framed modules, still over 2 psf")],
  sibs=[("n23_ballast", 0, "ballasted systems excluded in so many words"),
        ("n23_carport", 1, "off-roof, but ground is taken")],
  traps=[("n23_trap", "TRL 6 below min_trl 8")])
