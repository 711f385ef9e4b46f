"""English needs n16-n23 and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n16
T("n16_wor", "绿野农机装备", "整株果树破碎还田机组",
  ["nature-based", "waste-treatment"], 9, [350000, 1600000], ["*"], 18000, """
针对老果园更新设计的大型履带式破碎机组，可将连根拔起的整株果树（含树干、树枝和根系）在田间直接破碎成
5–8 cm的木片，并均匀抛撒在地表，随后由重型旋耕机混入30 cm耕层，整个过程不离开地块。发动机功率
950 hp，每天可处理4–6 ha成龄杏仁、开心果或核桃园。木质碳以有机质形式留在土壤中，可提高土壤持水能力，
下茬苗木可在当季种植。配套GPS作业记录，便于申请相关补贴。参考项目：美国加州中央谷地合作社
（2023年）完成约2,800 ha果园更新，种植户反馈新植树长势良好。""")

T("n16_chipper", "Orchard Reclaim Services", "Tow-behind drum chipper with mulch haul-off",
  ["waste-treatment"], 9, [120000, 600000], ["*"], 6000, """
Contract crews with 700 hp tow-behind drum chippers that process pushed orchard trees at the field
edge into clean chips, blown straight into walking-floor trailers. The chips are hauled to
landscape-mulch yards, dairies for bedding or composters, and the field is left clear for ripping.
Root balls and stumps still need to be piled and dealt with separately, and hauling costs rise
quickly beyond 40 miles. Capacity about 3 acres per crew-day. Dust control by water truck.
Reference: 1,100 acres of almond removal in Merced County (2022).""")

T("n16_curtain", "Firebox Industries", "Air-curtain burner for woody biomass",
  ["clean-air", "waste-treatment"], 9, [90000, 400000], ["*"], 500, """
Refractory-lined steel box with a high-velocity air manifold along one wall. The air curtain traps
smoke and unburned particles over the fire, where they burn out at high temperature, so visible
smoke and particulate emissions are up to 90% lower than an open pile burn. Burns 5-15 tons of wood
per hour; the remaining ash and biochar are spread back on the field. Portable models move on a
trailer between orchards and need no grid connection. Widely permitted by air districts as a
lower-emission alternative to open burning. Reference: forest fuel reduction in Oregon (2021).""")

T("n16_bio", "禾能生物质发电", "农林废弃物收储运及生物质电厂燃料供应",
  ["renewable-energy", "waste-treatment"], 9, [200000, 1500000], ["*"], 8000, """
提供果树、枝条、秸秆等农林废弃物的收集、打包、破碎和储运一体化服务，将燃料集中送往合作的生物质直燃
电厂发电，每吨干基燃料可发电约1,000 kWh。配备移动式破碎机、抓木机和自卸运输车队，建设中转堆场和
含水率检测，按热值结算。服务半径一般不超过80 km，超出后运输成本上升明显。参考项目：华东某县
（2022年）年收储农林废弃物约15万t，供应两座30 MW生物质电厂。""")

T("n16_biochar", "Pyrolix Carbon", "Field-edge mobile biochar kiln",
  ["carbon-capture", "waste-treatment"], 8, [250000, 900000], ["*"], 4000, """
Trailer-mounted continuous pyrolysis unit that converts chipped orchard wood into biochar at
500-650 C in a low-oxygen retort. Process gases are burned in an enclosed afterburner that powers
the unit, so there is no open flame; output is about 1 ton of biochar from 4 tons of dry wood. The
char can be spread back on the orchard and earns removal credits under biochar methodologies. Needs
the wood chipped first, and throughput of 3-4 tons per hour means large removals take weeks.
Reference: vineyard and orchard pilots in Sonoma and Yolo counties (2024).""")

N("n16", "Fresno", "US-CA", "Ending open burning of removed orchards", ["clean-air", "nature-based"],
  1800000, 8, 20000, "2027-10-01", """
Plan goal: the San Joaquin Valley PM2.5 attainment plan and the Fresno Climate Action Plan commit to
end open burning of agricultural residues by 2028. Baseline: growers around the city take out about
6,000 acres of almond and pistachio orchards a year; most of the wood is piled and burned on site,
which is the single largest source of our winter PM2.5 episodes. Ask: an equipment pool or service
that the city and the county farm bureau can offer growers so that the old orchard is dealt with on
the field itself and replanting is not delayed. Not considered: any burning, including air-curtain
burners, is exactly what we are trying to phase out; trucking the wood to biomass power plants has no
future here because those plants are closing.""",
  g3=["n16_wor"],
  g2={"n16_chipper": "chips the wood, but it leaves the field and stumps remain"},
  sib={"n16_curtain": (0, "air-curtain burners are excluded by name"),
       "n16_bio": (0, "trucking to biomass power plants is excluded in so many words"),
       "n16_biochar": (1, "thermal conversion without open fire; slow and needs chipping first")})

# ---------------------------------------------------------------- n17
T("n17_pack", "锐能园林动力", "商用锂电园林动力系统与移动补能拖车",
  ["clean-air", "electric-vehicles"], 9, [150000, 2000000], ["*"], 1400, """
面向市政园林和专业绿化队伍的锂电动力系统：背负式1.5 kWh电池包通用于吹风机、割灌机、修边机和绿篱机，
单包可支撑吹风机连续作业约2小时；56 V无刷电机，吹风量达到汽油背负机水平。配套移动补能拖车，
车顶光伏+20 kWh储能，可同时为12块电池包快充，班组在作业点轮换电池即可全天工作，不用回场。
骑乘式电动割草机采用48 V/20 kWh电池，单次作业约5–6小时。云端资产管理可追踪每块电池的循环次数。
参考项目：深圳某区公园管理中心（2024年）替换燃油园林机具600余台。""")

T("n17_consumer", "Quietyard Tools", "40 V cordless landscaping tool range",
  ["clean-air"], 9, [20000, 400000], ["*"], 400, """
Brushless cordless blowers, string trimmers, hedge trimmers and walk-behind mowers sharing one 40 V
battery platform with 4-6 Ah packs. Tools are light and quiet, around 65 dB(A) at 15 m, and cost a
fraction of commercial systems. A blower runs 20-35 minutes per pack at full power and a trimmer
about 45 minutes, so crews working full shifts need several packs per tool and a charging point
on the truck or back at the yard. Rated for homeowner and light commercial use; duty cycles of
professional crews shorten tool life. Reference: school district grounds teams in Oregon (2023).""")

T("n17_propane", "Clearburn Turf", "Propane commercial zero-turn mowers",
  ["clean-air"], 9, [60000, 900000], ["*"], 300, """
Commercial zero-turn and stand-on mowers with closed-loop EFI propane engines of 25-38 hp. Compared
with gasoline models they cut CO2 by about 15%, carbon monoxide by up to 80% and eliminate fuel
spills and fuel theft; cylinders are exchanged in under a minute, so crews work full shifts without
downtime. Deck widths 48 to 72 inches, same service network as gasoline units. Eligible for
propane-council incentive programmes. Reference: park district fleet in Illinois (2022),
40 mowers. A 33.5 lb cylinder runs a 60-inch deck for about four hours, and onboard diagnostics show fuel level and fault codes on the dash.""")

T("n17_robot", "智刈机器人", "大面积草坪无人割草机器人",
  ["clean-air", "electric-vehicles"], 8, [40000, 600000], ["*"], 300, """
采用RTK+视觉融合定位的无人割草机器人，无需预埋边界线，手机App即可划定作业区域和禁割区。单台每天可
维护约2万m²草坪，坡度适应35%，割草高度20–80 mm可调，噪声低于60 dB，可在夜间作业。电池自动回站充电，
多机协同调度。适用于大片开阔草坪，树池、台阶、花坛边缘等仍需人工修边，也不替代吹叶和绿篱修剪。
参考项目：某体育公园与高尔夫练习场（2023年）部署40台，草坪养护人工减少约50%。""")

N("n17", "Los Angeles", "US-CA", "Zero-emission landscaping equipment for city parks", ["clean-air"],
  2500000, 8, 1500, "2027-01-15", """
Plan goal: LA's Green New Deal and the regional small off-road engine rules call for zero-emission
landscaping equipment across city parks by 2027. Baseline: Recreation and Parks crews run about 1,400
two-stroke blowers, trimmers and edgers plus 60 ride-on mowers; one hour of a two-stroke blower emits
more smog-forming pollution than driving a car hundreds of miles, and crews report noise and
exhaust exposure. Ask: the equipment and a way to keep it running through an eight-hour shift at the
work site, without trips back to the yard. Not considered: propane mowers and cleaner four-stroke
engines do not meet this requirement.""",
  g3=["n17_pack"],
  g2={"n17_consumer": "zero-emission, but short runtime and light duty"},
  sib={"n17_propane": (0, "propane mowers are excluded by name"),
       "n17_robot": (1, "covers open turf only")})

# ---------------------------------------------------------------- n18
T("n18_aop", "清源紫光水务", "UV/H2O2高级氧化系统",
  ["clean-water"], 9, [2000000, 14000000], ["*"], None, """
采用低压高强度汞齐紫外灯与过氧化氢投加组合，在反应器内产生羟基自由基，分解反渗透出水中难以截留的
小分子有机物，1,4-二噁烷去除可达0.5-log以上，同时光解NDMA并提供紫外消毒。闭管式反应器，单套处理
规模1–12万m³/d，灯管寿命16,000小时，自动擦洗。配套H2O2储存投加、残余H2O2淬灭和在线UVT监测，
按出水紫外剂量与EEO实时调节功率。参考项目：新加坡NEWater扩建工程及美国某州间接饮用水回用厂（2022年），
处理规模分别为10万m³/d和11万m³/d。""")

T("n18_gac", "Carbonix Water", "Granular activated carbon contactors",
  ["clean-water"], 9, [1500000, 8000000], ["*"], None, """
Pressure or gravity GAC contactors with coconut or bituminous carbon for removal of PFAS, taste and
odour compounds, pesticides and disinfection by-product precursors. Empty-bed contact time 10-20
minutes; carbon is reactivated off site and exchanged by truck. Lead-lag arrangement allows
changeout without downtime. Weakly adsorbing small polar molecules break through early, which
shortens carbon life for those targets. Reference: groundwater treatment for PFAS in Orange County
(2022), 25 MGD. Each vessel holds 40,000 lb of carbon, and bed life modelling from rapid small-scale column tests is part of the design service.""")

T("n18_ozone", "Ozonaq Systems", "Ozone with biologically active filtration",
  ["clean-water"], 9, [3000000, 15000000], ["*"], None, """
Ozone generators with side-stream injection followed by biologically active carbon or anthracite
filters. Ozone oxidises trace organics, colour and taste and odour compounds and breaks larger
organics into biodegradable pieces that the biofilm on the filters consumes. Used upstream of
membranes in reuse trains to lower membrane fouling and total organic carbon, and as a
lower-cost alternative to reverse osmosis in some non-potable reuse. Removal of some ether compounds
is limited without an added oxidant. Reference: advanced water purification facility in Nevada
(2021), 32 MGD.""")

T("n18_uvcl", "净膜科技", "UV/氯高级氧化工艺包",
  ["clean-water"], 8, [1500000, 10000000], ["*"], None, """
以次氯酸钠替代过氧化氢作为紫外高级氧化的氧化剂，在紫外照射下生成羟基自由基和活性氯自由基，
药剂成本较UV/H2O2低约40%，且剩余氯可直接作为后续消毒余量。反渗透出水pH较低（5.5–6.5）时效果最佳，
pH升高后自由基产率下降，需要精细控制pH和氯投加量。需关注氯酸盐等副产物。参考项目：
美国加州某回用示范厂（2021年）中试及华南某再生水厂（2023年）2万m³/d工程应用。可在现有UV反应器基础上改造，配套次氯酸钠储存投加和在线余氯监测。""")

N("n18", "San Diego", "US-CA", "Finishing step for potable reuse trains", ["clean-water"],
  12000000, 8, None, "2028-03-31", """
Plan goal: Pure Water San Diego aims to supply close to half of the city's water from purified
recycled water by 2035, a core measure of the Climate Action Plan for water supply resilience.
Baseline: the demonstration train (membrane filtration then reverse osmosis) meets every limit except
for small neutral organics such as 1,4-dioxane and NDMA, which pass through the membranes; state
rules require half-log reduction of 1,4-dioxane as an indicator. Ask: the final treatment stage after
RO for a 30 MGD plant. Not considered: chlorine disinfection on its own; carbon adsorption is out of
scope because it does not remove 1,4-dioxane reliably.""",
  g3=["n18_aop"],
  g2={"n18_uvcl": "AOP too, but sensitive to pH and less proven at this scale"},
  sib={"n18_gac": (0, "carbon adsorption is excluded in so many words"),
       "n18_ozone": (1, "oxidation upstream of membranes, weak on dioxane")})

# ---------------------------------------------------------------- n19
T("n19_co2hp", "冰川热能科技", "CO2跨临界高温空气源热泵机组",
  ["energy-retrofits", "hfc-alternatives"], 9, [150000, 2500000], ["*"], 950, """
采用R744（CO2）天然工质的跨临界循环空气源热泵，出水温度最高90℃，在室外-20℃时仍可输出80℃热水，
可直接接入原锅炉的高温散热器和风机盘管系统，不必更换末端。单模块制热量80 kW，可多台并联组成
0.5–3 MW机房，配套缓冲水箱和智能群控，按回水温度优化运行，季节COP约2.8–3.5。同一系统可提供
循环生活热水。GWP=1，不受HFC削减政策影响。参考项目：北欧某市政办公楼（2022年）替换燃气锅炉
1.6 MW，北京某医院（2023年）生活热水改造。""")

T("n19_cond", "Thermoflux Boilers", "Condensing boiler plant upgrade with outdoor reset",
  ["energy-retrofits", "energy-efficiency"], 9, [120000, 800000], ["*"], 250, """
Replaces atmospheric boilers with modular stainless condensing boilers of 1-3 MMBtu/h each, cascaded
with a sequencing controller and outdoor-reset curves. Efficiency rises from about 78% to 92-96%
when return water runs below 130 F, and the small modules match the load more closely than two
large units. Low-NOx burners meet the strictest air district limits. Often combined with pump VFDs
and a hydronic rebalance. Reference: county office complex in Nevada (2022), 28% gas saving. Boilers take combustion air through sealed vents, so the old chimney can be re-used as a chase, and the package includes a new expansion tank and air separator.""")

T("n19_gshp", "Geoloop Energy", "Ground-source heat pump borefield and plant",
  ["energy-retrofits", "renewable-energy"], 9, [800000, 2900000], ["*"], 800, """
Vertical closed-loop borefield, 300-500 ft deep, with water-to-water heat pumps supplying 120-140 F
heating water and chilled water. The ground at 60-65 F gives a steady source, so seasonal COP above
4 is typical and outdoor equipment is not needed. A building of 180,000 sq ft needs roughly 80-120
boreholes, which means a parking lot or open site next to the building. Existing coils designed for
180 F deliver less heat at 130 F, so coil replacements or longer run hours are usually part of the
job. Reference: university hall retrofit in Colorado (2021).""")

T("n19_r32", "暖居环境", "R32低温空气源热泵（55℃出水）",
  ["energy-retrofits"], 9, [80000, 1200000], ["*"], 700, """
采用R32工质和喷气增焓涡旋压缩机的空气源热泵机组，额定出水45–55℃，室外-15℃可稳定运行，季节COP
约3.2–3.8，能效高、价格低。适用于地暖和低温散热末端；接入原有按高温设计的风机盘管时，需更换或增加
末端盘管，或降低供热能力。模块化40–130 kW，可与既有锅炉并联过渡。参考项目：华北某学校（2023年）
供热改造，建筑面积3.5万m²。机组低噪声设计，支持Modbus/BACnet接入楼宇自控系统，提供五年压缩机质保。""")

T("n19_epc", "Allgrid Electrification", "Campus-wide building electrification EPC",
  ["energy-retrofits", "smart-grid"], 9, [5000000, 30000000], ["*"], 3000, """
Turnkey electrification of entire municipal or university campuses: energy master plan, central
heat pump plant with thermal storage, new hot and chilled water distribution, service upgrades and
substation work, building-by-building coil and controls retrofits, and a guaranteed savings
contract. Delivered under a single design-build contract with a minimum scope of several buildings,
financed through energy-as-a-service if needed. Reference: 14-building civic centre in Washington
State (2024), gas use eliminated. Measurement and verification follow IPMVP Option C, with savings guaranteed for up to 20 years.""")

N("n19", "Sacramento", "US-CA", "All-electric heating for a 1970s city office building", ["energy-retrofits"],
  3000000, 8, 900, "2028-09-30", """
Plan goal: Sacramento's Climate Implementation Plan commits to all-electric city buildings, starting
with 20 facilities by 2030. Baseline: the City Hall annex, built in 1974, 180,000 sq ft; two
atmospheric boilers of 3 MMBtu/h each feed a hydronic loop at 180 F to fan coils and perimeter
radiation, plus a gas water heater; gas use is about 95,000 therms a year. Ask: replace the boiler
heat with an electric plant that can make water hot enough for the existing coils on a 30 F morning,
and cover the recirculating domestic hot water. Not considered: new combustion equipment of any kind,
condensing boilers included, is off the table.""",
  g3=["n19_co2hp"],
  g2={"n19_r32": "electric heat pump, but 55 C water needs new coils"},
  sib={"n19_cond": (0, "new combustion equipment is excluded in so many words"),
       "n19_gshp": (1, "electric, but needs boreholes and lower water temperature")},
  traps={"n19_epc": "cost_usd[0] 5,000,000 > budget 3,000,000"})

# ---------------------------------------------------------------- n20
T("n20_mgc", "中电智联能源", "光储微电网控制器及并离网切换系统",
  ["smart-grid", "energy-storage"], 9, [200000, 1100000], ["*"], 150, """
面向社区中心、学校和应急避难场所的光储微电网整体方案：微电网控制器+静态转换开关（STS）+构网型储能
变流器（PCS）+磷酸铁锂储能500 kWh–2 MWh。主网失电时在20 ms内检测并断开公共连接点，由构网型PCS建立
电压和频率，原有光伏逆变器跟随运行继续发电，控制器按负荷优先级切除非关键负荷；主网恢复后自动同期、
无缝并网。支持黑启动、多日离网运行和远程监控，通过UL 1741和IEEE 1547认证。参考项目：
美国加州某社区医院（2023年）及广东某应急指挥中心（2024年）。""")

T("n20_diesel", "Powerstead Generators", "Standby diesel generator package",
  ["smart-grid"], 9, [80000, 400000], ["*"], 0, """
Tier 4 Final standby diesel generator sets of 150-500 kW with automatic transfer switch,
sub-base fuel tank for 48-72 hours and sound-attenuated enclosure. Starts and carries the building
within 10 seconds of a grid outage and runs as long as fuel is delivered. Proven, low first cost and
familiar to facility staff; annual load-bank testing and fuel polishing included in the service
plan. Renewable diesel compatible. Reference: 40 fire stations and community centres in Oregon
(2021). Options include paralleling switchgear for multiple units, remote start from the city emergency operations centre and a fuel contract for delivery during extended events.""")

T("n20_trailer", "Mobilion Power", "Towable battery power trailers",
  ["energy-storage"], 9, [90000, 500000], ["*"], 20, """
Trailer-mounted LFP battery systems of 250-660 kWh with 125-250 kW inverters, towed to a site when
an outage is announced and plugged into a pre-installed generator connection box. Silent and
emission-free, they can be recharged by solar panels on site or from the grid between events, and a
city can rotate a small fleet between several buildings. They do not integrate with the building's
rooftop solar unless a separate controller is added, and runtime depends on how long the event lasts.
Reference: utility programme for PSPS events in Northern California (2022).""")

T("n20_hybinv", "Solaris Homegrid", "Hybrid solar inverter with backup subpanel",
  ["energy-storage", "renewable-energy"], 9, [30000, 150000], ["*"], 40, """
Hybrid inverters of 15-60 kW that combine PV and a battery on one DC bus and feed a protected
critical-load subpanel when the grid fails. The solar keeps charging the battery during outages, so
small critical loads such as lighting, refrigerators and network equipment can ride through for
days. Whole-building loads above the inverter rating are not covered, and existing separate PV
inverters are not re-used. Simple to install, app monitoring. Reference: 120 small businesses and
libraries in Puerto Rico (2022). Battery modules of 10-20 kWh stack up to 200 kWh, and the inverter is UL 1741 SB listed for grid support.""")

N("n20", "San Jose", "US-CA", "Keeping a resilience centre open through power shutoffs", ["smart-grid", "energy-storage"],
  1200000, 8, 150, "2027-06-01", """
Plan goal: Climate Smart San Jose calls for a network of resilience centres that stay open through
Public Safety Power Shutoffs. Baseline: the Roosevelt community centre, our designated cooling centre,
has 300 kW of rooftop PV that trips off whenever the utility feeder is de-energised; the building
peaks at about 250 kW and events last two to four days. Ask: the control and switching layer, with
whatever storage it needs, that keeps the existing solar producing and the whole building powered
when the feeder is shut off, and hands back to the grid without a blackout. Not considered: diesel or
propane standby generators are not part of this solicitation.""",
  g3=["n20_mgc"],
  g2={"n20_hybinv": "backs up critical loads only; does not reuse the existing PV"},
  sib={"n20_diesel": (0, "diesel standby is excluded by name"),
       "n20_trailer": (1, "portable storage, no integration with the rooftop solar")})

# ---------------------------------------------------------------- n21
T("n21_cn", "江海电动船舶", "全电动全回转港作拖轮",
  ["green-transportation", "electric-vehicles"], 9, [12000000, 18000000], ["*"], 4200, """
船长约28 m，配置两台全回转舵桨推进器（ASD），系柱拉力70 t，主动力为约6 MWh的液冷磷酸铁锂电池组，
分布式电池舱设置独立消防与热失控隔离，满足船级社电池动力船舶规范。典型协助靠离泊作业4–6次后
在泊位通过2.5 MW自动岸电接口补电，约1小时充满；应急工况配备小功率发电机组作为冗余（不用于日常
作业）。与同级柴油拖轮相比，能耗成本降低约60%，维护工作量显著减少。参考项目：广州港（2024年）
及海外某港口（2025年）交付共3艘。""")

T("n21_en", "Harborvolt Marine", "eTug 70 battery-electric harbour tug",
  ["green-transportation", "electric-vehicles"], 9, [13000000, 19000000], ["*"], 4000, """
A 25-metre twin-Z-drive tug with 70 t bollard pull powered entirely by 5.5 MWh of marine-certified
battery in two separate rooms. Ship assists draw 1-2 MWh each, and a robotic shore-power plug at
the home berth tops the batteries up at up to 3 MW between jobs. Two small gensets serve only as
emergency redundancy for escort duties. The hull is a proven design, so crews handle it like the
diesel tug they know. Delivered with charging equipment specification and grid interconnection
support. Reference: two tugs in the Port of Auckland and Vancouver (2023-2024), each saving about
465,000 litres of fuel a year.""")

T("n21_tier4", "Marinex Repower", "Tier 4 diesel repower for harbour tugs",
  ["green-transportation"], 9, [2500000, 5000000], ["*"], 400, """
Replaces main engines on existing tugs with EPA Tier 4 marine diesel engines with SCR and
diesel particulate filters, cutting NOx and particulate by about 90% against Tier 2 engines while
keeping the hull, drives and crew routines. Fuel efficiency improves 5-8%. Grant funding under the
Carl Moyer and DERA programmes often covers a large share. Typical yard period is 3-4 months.
Reference: 12 harbour craft repowered in the Pacific Northwest (2019-2023). The package covers engine foundations, exhaust aftertreatment with urea tank, new control and alarm systems, sea trials and a two-year warranty, and the owner keeps the existing fuel bunkering arrangements.""")

T("n21_meoh", "海能绿色动力", "甲醇双燃料港作拖轮",
  ["green-transportation"], 8, [9000000, 14000000], ["*"], 1800, """
采用甲醇/柴油双燃料中速发动机的全回转拖轮，系柱拉力60–80 t，甲醇储罐位于双层船体内，加注约30分钟，
续航和作业能力与柴油拖轮相当，不受充电时间限制。使用绿色甲醇时全生命周期碳排放可下降70%以上，
使用化石甲醇则下降有限。发动机需配SCR以满足排放要求。参考项目：某国际航运公司委托建造的2艘甲醇拖轮
（2024年），已在欧洲港口投入运营。甲醇燃料系统采用双壁管和氮气惰化，并配置甲醇泄漏探测和专用灭火系统，满足船级社规范。""")

T("n21_newbuild", "Pacific Zero Marine", "Electric tug newbuild with shoreside substation",
  ["green-transportation", "electric-vehicles", "smart-grid"], 9, [26000000, 35000000], ["*"], 4500, """
Complete zero-emission harbour towage package: an 80 t bollard-pull battery-electric tug built in a
US yard to Jones Act requirements, plus a dedicated 12 kV shoreside substation, a 5 MW charging float
with automatic mooring, utility interconnection engineering, crew training and a ten-year
performance-based maintenance contract. Delivered as one fixed-price contract; the shore
infrastructure is sized to add a second tug later. Reference: design-build contract for a Bay Area
operator (2025). The hull carries 7 MWh of batteries and two azimuthing thrusters, and the contract includes grid-side studies with the local utility.""")

N("n21", "Long Beach", "US-CA", "Zero-emission replacement for a city harbour tug", ["green-transportation", "electric-vehicles"],
  20000000, 8, 4000, "2029-01-01", """
Plan goal: the San Pedro Bay Ports Clean Air Action Plan and Long Beach's Climate Action Plan target
zero-emission harbour craft by 2035. Baseline: the city-operated ship-assist tug, built in 1996,
twin screw, 3,000 hp, works about four hours a day in short jobs, burns roughly 120,000 gallons of
diesel a year and is the largest single NOx source in the harbour department's fleet. Ask: a
replacement vessel with about 70 t of bollard pull that recharges between jobs at its berth. Not
considered: Tier 4 diesel repowers and renewable diesel are not an acceptable end state for this
vessel.""",
  g3=["n21_cn", "n21_en"],
  sib={"n21_tier4": (0, "Tier 4 repower is excluded by name"),
       "n21_meoh": (1, "lower-carbon fuel, does not recharge at the berth")},
  traps={"n21_newbuild": "cost_usd[0] 26,000,000 > budget 20,000,000"})

# ---------------------------------------------------------------- n22
T("n22_inject", "碳固新材", "预拌混凝土CO2矿化注入系统",
  ["carbon-capture", "green-buildings"], 9, [60000, 600000], ["*"], 1300, """
安装在预拌混凝土搅拌站的CO2注入装置：在搅拌阶段按水泥用量的0.1%–0.3%精确注入液态CO2，CO2与水泥水化
产物反应生成纳米级碳酸钙并永久固化在混凝土中，同时起到晶核作用，使28天强度提高约5%–10%，
可在保持设计强度的前提下减少水泥用量5%–8%。每盘注入量由控制器自动记录并上传，形成可追溯的
批次固碳证明，便于业主按标段统计。不改变搅拌车、泵送和施工工艺。参考项目：北美和华南
约30座搅拌站（2021–2024年），累计供应混凝土超过300万m³。""")

T("n22_block", "Mineralbond", "CO2-cured concrete masonry units",
  ["carbon-capture", "green-buildings"], 9, [50000, 500000], ["*"], 400, """
Concrete blocks, pavers and landscape units cured in CO2 chambers instead of steam, which stores
CO2 in the product and raises early strength so cement content can be cut. Units meet ASTM C90 and
C936 and are sold through building-material distributors, priced close to conventional block. Only
precast products are covered: sidewalks, curbs and slabs poured in place from ready-mix trucks are
not. Environmental product declarations available. Reference: municipal plaza and parking
projects in Ontario and Georgia (2022-2024).""")

T("n22_scm", "Ashline Materials", "High-volume slag and fly ash concrete mixes",
  ["green-buildings"], 9, [40000, 400000], ["*"], 900, """
Mix design and material supply service that replaces 30-50% of Portland cement in ready-mix with
ground granulated blast-furnace slag, harvested fly ash and natural pozzolans, with a project EPD for
each mix. Embodied carbon of typical flatwork mixes falls 25-40%. Set times are longer in cool
weather, which finishing crews must plan for, and supplies of fly ash in California are tightening.
Reduces emissions rather than storing carbon. Reference: state highway sidewalk and curb contracts
in Arizona (2023). We run trial batches with each supplier, verify strength at 7, 28 and 56 days and adjust admixtures for finishing.""")

T("n22_agg", "Carbaggreg", "Carbonated recycled concrete aggregate",
  ["carbon-capture", "waste-treatment"], 8, [100000, 700000], ["*"], 500, """
Crushed returned and demolished concrete is exposed to flue-gas CO2 in rotating drums, where the old
cement paste carbonates, storing 30-60 kg of CO2 per tonne and filling pores so the aggregate absorbs
less water. The product replaces virgin coarse aggregate in base courses and lower-strength concrete.
Storage per cubic yard of concrete is modest compared with the cement it contains, and the aggregate
supply depends on local recycling yards. Reference: pilot supply for road base in the Netherlands
(2023). The drum plant is containerised and sits next to a recycling yard or a ready-mix plant, processing 20-40 t per hour.""")

N("n22", "Oakland", "US-CA", "Storing carbon in the concrete of public works", ["carbon-capture", "green-buildings"],
  900000, 8, 1200, "2027-04-01", """
Plan goal: Oakland's 2030 Equitable Climate Action Plan calls for embodied carbon limits on public
works and for durable carbon removal where it can be verified. Baseline: Public Works pours about
40,000 cubic yards of ready-mix a year for sidewalks, curb ramps, driveways and bus pads; a typical
mix contains about 560 pounds of cement per cubic yard and suppliers deliver from four local plants.
Ask: a way for our ready-mix suppliers to lock carbon dioxide away inside the concrete itself while
keeping Greenbook strength specifications, documented batch by batch. Not considered: buying offsets
is out of scope; we are not moving away from concrete for this work.""",
  g3=["n22_inject"],
  g2={"n22_block": "stores CO2, but precast units only, not poured ready-mix"},
  sib={"n22_scm": (1, "cuts cement, does not store carbon"),
       "n22_agg": (1, "stores CO2 in aggregate, small amounts, supply-dependent")})

# ---------------------------------------------------------------- n23
T("n23_maglev", "磁驱流体机械", "磁悬浮高速离心鼓风机与精确曝气控制系统",
  ["energy-efficiency", "clean-water"], 9, [400000, 3800000], ["*"], 1200, """
采用主动磁悬浮轴承和永磁高速电机直驱单级叶轮，无齿轮箱、无润滑油，单台风量50–400 m³/min，
等温效率比传统多级离心风机高约20%–30%，80%以下负荷时优势更明显。配套精确曝气控制：每个曝气廊道
安装热式空气流量计和电动调节阀，根据溶解氧和在线氨氮前馈计算所需风量，采用"最不利阀门"压力
设定值策略，使风机出口压力始终最低。曝气能耗一般下降30%–45%。参考项目：北京某再生水厂（2022年）
60万m³/d及新加坡某污水厂（2023年）。""")

T("n23_vfd", "Drivetek Controls", "VFD retrofit for multistage centrifugal blowers",
  ["energy-efficiency"], 9, [150000, 600000], ["*"], 500, """
Medium-voltage variable frequency drives retrofitted to existing multistage centrifugal blowers,
replacing inlet throttling with speed control, plus a PLC that holds header pressure. Savings are
typically 15-25% of blower energy, depending on turndown, and the existing machines and piping are
kept. Surge protection limits how far old blowers can be turned down, and the retrofit does not
change how air is distributed between basins. Harmonic filters and soft starting included.
Reference: two water reclamation plants in Texas (2022).""")

T("n23_diffuser", "Aerofine Diffusers", "Fine-bubble membrane diffuser replacement",
  ["energy-efficiency", "clean-water"], 9, [300000, 2000000], ["*"], 600, """
Replaces coarse-bubble or worn fine-bubble grids with EPDM or polyurethane membrane discs and panel
diffusers in a full-floor layout. Standard oxygen transfer efficiency rises to 6-8% per metre of
depth, so the same oxygen is delivered with 20-35% less air. Installation requires draining each
basin in turn. The blowers and their control stay as they are, which limits savings if the blowers
cannot turn down. Reference: 45 MGD plant in Florida (2021). Membranes carry a 10-year warranty, diffusers are fixed to stainless or PVC drop pipes without welding, and a bump cleaning routine from the blower controls slows fouling. Performance is verified by off-gas testing after start-up.""")

T("n23_mbr", "膜康环境", "MBR膜生物反应器提标改造",
  ["clean-water"], 9, [3000000, 30000000], ["*"], 0, """
将传统活性污泥工艺改造为浸没式中空纤维膜生物反应器，出水SS、浊度和大肠菌群大幅降低，可直接作为
再生水回用水源，占地比传统二沉池+深度处理少约50%。改造包括膜池、膜组件、膜吹扫风机、产水泵和
化学清洗系统。膜吹扫需额外曝气，吨水电耗较传统工艺增加0.2–0.4 kWh。参考项目：昆明某污水处理厂
（2021年）10万m³/d提标改造。膜组件采用PVDF增强型中空纤维，设计通量15–25 LMH，膜寿命约8年，提供膜清洗和更换的长期运维服务。""")

N("n23", "Palo Alto", "US-CA", "Cutting aeration energy at the regional water quality control plant", ["energy-efficiency", "clean-water"],
  4000000, 8, 1100, "2027-11-30", """
Plan goal: the Sustainability and Climate Action Plan sets a 20% cut in municipal electricity use by
2030. Baseline: the regional water quality control plant treats about 20 MGD; four multistage
centrifugal blowers of 600 hp from the 1970s supply the aeration basins and are turned down by
throttling their inlets; aeration is roughly 55% of plant electricity; dissolved oxygen is checked
and adjusted by operators twice a day. Ask: a replacement for the air supply and the way it is
controlled, sized for present and 2040 loads. Not considered: converting the secondary process to
membranes is outside this project.""",
  g3=["n23_maglev"],
  g2={"n23_vfd": "keeps the old blowers, partial savings, no basin-level control"},
  sib={"n23_diffuser": (1, "improves oxygen transfer, not the air supply"),
       "n23_mbr": (0, "membrane conversion is excluded in so many words")})
