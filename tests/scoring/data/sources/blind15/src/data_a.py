"""Chinese needs n01-n08 and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n01
T("n01_wesp", "Ventrex Airworks", "HydroShield wet electrostatic kitchen-exhaust unit",
  ["clean-air"], 9, [45000, 420000], ["*"], 60, """
Rooftop wet electrostatic precipitator built for commercial kitchen exhaust. A water-mist
pre-scrubber knocks down grease aerosols and cools the stream, then a two-stage ionising field
captures sub-micron smoke at more than 98% by mass; a catalytic oxidation cassette downstream breaks
down aldehydes, amines and other odour compounds at ambient temperature. An automatic wash cycle runs
every night, so there are no grease filters to change. Modules from 5,000 to 40,000 m3/h can collect
several shopfronts on one shared riser. A built-in 4G gateway reports field voltage, wash status and
outlet opacity to a municipal dashboard.  Reference: 62-stall hawker centre, Penang (2024), odour complaints down 80%.""")

T("n01_uvhood", "Kitchenaire Systems", "UV-C baffle hood with ozone contact section",
  ["clean-air"], 9, [8000, 90000], ["*"], 15, """
Replacement canopy hood for restaurants with stainless baffle filters and a bank of UV-C lamps
behind them. The lamps generate a controlled amount of ozone, which reacts with grease vapour in the
duct and keeps ductwork cleaner, reducing fire risk and cleaning bills. Typical grease deposit
reduction in ducts is 70%; odour reduction is moderate and depends on the cooking style, and fine
smoke particles largely pass through, so heavy char-grilling sites usually need a further stage.
Sizes from 1.2 m to 6 m, lamp life 9,000 hours, interlock with the fan so lamps run only when air
moves. Installed by one crew in a single night per shop. Reference: 40 franchise outlets of a
burger chain in Madrid (2023), duct cleaning intervals extended from 3 to 9 months.""")

T("n01_carbon", "粤净环保设备", "餐饮油烟活性炭吸附箱",
  ["clean-air"], 9, [800, 6000], ["CN"], 3, """
适用于中小餐饮商户的一次性活性炭吸附箱，安装在排烟管道末端或楼顶风机前。内置蜂窝活性炭模块，
碘值≥800 mg/g，对油烟异味和部分VOCs有明显吸附效果，前置初效过滤棉拦截大颗粒油滴。单箱处理风量
2,000–12,000 m³/h，阻力约400 Pa，无需用电，安装只需半天。活性炭饱和后整箱更换，一般每1–3个月更换一次，
废炭按危废交由有资质单位处置。可选配压差表提示更换时间。已在佛山、中山等地数千家小吃店、
奶茶店使用，价格低、见效快，适合临时整改或投诉应急处理。""")

T("n01_egrill", "Searline Foodservice", "Low-smoke electric charbroiler line",
  ["clean-air", "energy-efficiency"], 9, [3000, 25000], ["*"], 8, """
Electric radiant charbroilers that replace gas or charcoal grills while keeping the flame-grilled
result. Sheathed elements sit below a cast-iron grate and a water tray catches dripping fat before it
hits hot surfaces, which is where most grill smoke comes from; measured particulate at the hood is
about 80% lower than on charcoal. Three-phase, 6 to 18 kW, heat-up in 8 minutes, zone control by
digital knobs. It changes the cooking appliance, not the menu, but each shop must buy and learn new
equipment, and wok and deep-fry stations are not covered. Reference: night-market skewer stalls in
Kaohsiung (2022), 120 stalls converted with a city subsidy and a 2-year payback on fuel.""")

N("n01", "Guangzhou", "CN-GD", "城中村餐饮集聚区油烟与异味治理", ["clean-air"],
  600000, 7, 50, "2027-03-31", """
【规划目标】《广州市空气质量持续改善行动方案》要求2027年前重点餐饮集聚区油烟投诉量下降50%，
VOCs与PM2.5前体物同步削减。【现状】天河区某城中村美食街约140家商户，以烧烤、爆炒为主，现有设备多为
简易油网，抽测油烟浓度3–6 mg/m³，夜间气味投诉集中，部分商户共用一根排烟竖井。【需求】采购可安装在
楼顶或共用排烟竖井末端的集中治理装置，油烟去除率≥95%并能处理气味，日常维护简单，运行状态可联网
上传供城管部门核查。【不考虑】单纯依靠一次性活性炭吸附箱的方案不予接受；不要求商户改变经营品类。""",
  g3=["n01_wesp"],
  g2={"n01_uvhood": "hood-level grease control, weak on fine smoke and odour, per shop"},
  sib={"n01_carbon": (0, "disposable activated carbon boxes are excluded by name"),
       "n01_egrill": (1, "source control by changing appliances; no central treatment, not for wok stations")})

# ---------------------------------------------------------------- n02
T("n02_candle", "Kilnguard Emission Technologies", "CeraFil-X catalytic ceramic filter candles",
  ["clean-air", "energy-efficiency"], 9, [900000, 4500000], ["*"], 0, """
Rigid ceramic-fibre filter candles with a vanadia-tungsta catalyst embedded in the candle wall.
Flue gas between 180 and 400 C passes through the wall: dust is held on the outer surface and pulsed
off, while NOx reacts with injected ammonia water inside the wall, so one vessel does the job of a
bag filter and a DeNOx reactor without reheating the gas. Dry hydrated lime injected upstream takes
out SO2, HF and HCl, protecting the catalyst. Guaranteed outlet: dust below 5 mg/Nm3, NOx below
50 mg/Nm3, NH3 slip below 3 mg/Nm3. Candle life 5 years or more; footprint about a third of a
bag filter plus a separate reactor. Reference: two roller-kiln tile lines, Castellon, Spain (2023),
140,000 Nm3/h in total.""")

T("n02_cn_candle", "佛陶环境工程", "陶瓷窑炉烟气多污染物协同治理装置",
  ["clean-air"], 8, [700000, 3200000], ["CN"], 0, """
采用自主研发的负载型陶瓷纤维催化滤管，把除尘、脱硝、脱氟集成在同一个塔体内，适用于烟温160–350℃的
辊道窑、喷雾干燥塔烟气，无需再加热烟气。滤管外表面过滤粉尘，管壁内的钒钨钛催化剂在喷入稀氨水后
将NOx还原为氮气，上游配干法消石灰喷射去除SO2和氟化物。出口颗粒物≤5 mg/m³、NOx≤50 mg/m³、
氨逃逸≤2.5 mg/m³，系统阻力1,500–1,800 Pa。模块化钢结构，单套处理风量3–20万m³/h，占地比
"布袋+SCR"少约40%。参考项目：肇庆某建陶企业4条窑线（2024年），已连续运行超过8,000小时。""")

T("n02_scrreheat", "Nordox Catalysts", "Honeycomb SCR reactor with duct burner reheat",
  ["clean-air"], 9, [1200000, 5000000], ["*"], 0, """
Conventional selective catalytic reduction for industrial furnaces and kilns. Because standard
vanadium honeycomb catalyst needs 300-400 C, a natural-gas duct burner and a gas-gas heat exchanger
lift the flue gas after the existing dust filter, and the heat exchanger recovers most of the reheat
energy. Three catalyst layers plus a spare, ammonia or urea dosing skid, static mixer and acoustic
soot blowers. NOx removal 85-92%, NH3 slip below 3 ppm, catalyst life 24,000 hours. The reheat adds
about 1.5% to the fuel bill of the kiln line and the reactor needs a separate steel structure, so
space next to the stack is a planning point. Reference: a glass-fibre plant in Brno (2021),
3 furnaces, 95,000 Nm3/h.""")

T("n02_sncr", "Flamecore Emission Control", "SNCR reagent injection package for kilns",
  ["clean-air"], 9, [150000, 600000], ["*"], 0, """
Selective non-catalytic reduction retrofitted into the firing zone of kilns and furnaces. Urea or
ammonia solution is atomised through multiple lances at the point where the gas is 850-1,050 C and
reduces NOx without any catalyst, so capital cost is a fraction of a catalytic system. A metering and
mixing module varies the reagent with the kiln load and a temperature map chosen during
commissioning. Typical NOx reduction 40-60%; ammonia slip rises when the load swings and needs
careful tuning. Lance cooling air, reagent tank and controls are delivered on a skid. Installation in
a normal maintenance stop. Reference: cement and lime kilns in Anatolia (2020-2023), 14 lines.""")

T("n02_burner", "Pyrotune Combustion", "Low-NOx regenerative burner retrofit for roller kilns",
  ["clean-air", "energy-efficiency"], 9, [250000, 1100000], ["*"], 900, """
Replaces the burners of roller and tunnel kilns with staged-air, flue-gas-recirculating burners and
adds a lambda-trim controller for each firing group. Thermal NOx formation falls 35-50% at the
source and the tighter air control saves 6-10% of the natural gas, which is the reason most
customers buy it. Burners are drop-in on the existing burner blocks; the combustion air fan gets a
variable-speed drive. It does not remove dust or SO2 and on its own it will not bring a kiln to the
tightest NOx limits. Reference: 11 tile and sanitary-ware kilns in Sassuolo, Italy (2022-2024),
average gas saving 8%.""")

T("n02_plasma", "Arcflux Labs", "Non-thermal plasma NOx reactor (pilot)",
  ["clean-air"], 5, [400000, 1500000], ["*"], 0, """
Dielectric-barrier-discharge plasma modules that oxidise NO to NO2 and N2O5 in the flue gas, which is
then absorbed in a wet scrubber as nitrate. No catalyst and no ammonia, works from ambient up to
250 C, and the same reactor oxidises elemental mercury and some VOCs. Power draw about 8 Wh/Nm3 at
70% NOx removal. A 5,000 Nm3/h slip-stream unit has been tested on a ceramic kiln exhaust in
Jingdezhen for six months; a full-scale design for 100,000 Nm3/h is in engineering. Offered as a
co-funded demonstration with performance monitoring by a university partner. Reference: pilot
report (2025), 62-78% NOx removal, electrode erosion still under study.""")

N("n02", "Foshan", "CN-GD", "建陶辊道窑烟气超低排放改造", ["clean-air"],
  3000000, 7, None, "2026-12-31", """
【规划目标】佛山市大气污染防治规划：2026年底前建陶行业窑炉颗粒物、SO2、NOx排放浓度分别不高于
10、35、50 mg/m³。【现状】南海区3家建陶企业共7条天然气辊道窑，排烟温度180–260℃，NOx实测
180–260 mg/m³，颗粒物20–40 mg/m³，现有"布袋+湿法脱硫"，场地紧张。【需求】一套在现有排烟温度下
同时去除粉尘和氮氧化物的装置，尽量不对烟气补热，占地小，首批改造2条窑线。【不考虑】SNCR炉内喷氨
方案氨逃逸难以控制，本次不采纳；不接受以限产停窑代替治理。""",
  g3=["n02_candle", "n02_cn_candle"],
  g2={"n02_scrreheat": "meets the NOx limit but needs reheating and a separate reactor"},
  sib={"n02_sncr": (0, "SNCR is excluded by name"),
       "n02_burner": (1, "source reduction only, no dust removal, not enough for the limit")},
  traps={"n02_plasma": "TRL 5 < min_trl 7"})

# ---------------------------------------------------------------- n03
T("n03_swap", "Voltaxle Heavy Mobility", "SwapHaul 8x4 tipper with robotic battery exchange",
  ["electric-vehicles", "green-transportation"], 9, [2500000, 9000000], ["*"], 3200, """
Battery-electric 8x4 dump truck with a 282 kWh LFP pack mounted behind the cab, exchanged in
4-5 minutes by an overhead robotic station: the driver pulls in, the crane lifts the depleted pack
and drops a charged one, and the truck leaves. One station holds 7 packs, serves up to 40 trucks on
two shifts and recharges the spare packs from a 1.25 MVA connection, mostly off-peak. Packs are
offered on a battery-as-a-service contract priced per kWh delivered, which lowers the truck price
below that of a diesel tipper. Gross vehicle weight 31 t, 360 kW e-axle, range 110-150 km per pack.
Reference: spoil haulage for a Chengdu ring-road tunnel (2024), 48 trucks, 96% availability.""")

T("n03_plug", "华驰新能源商用车", "纯电动8×4自卸车（大功率直流充电版）",
  ["electric-vehicles"], 9, [180000, 4000000], ["CN"], 2600, """
整车搭载423 kWh磷酸铁锂电池，双枪直流充电，最大充电功率360 kW，30%–80% SOC补电约50分钟，夜间在车场
慢充可满足单班120–180 km作业。采用中央集成电驱桥，峰值功率400 kW，满载爬坡度≥30%，配备货箱举升
电动化、智能限速和渣土车"四色"管理终端。单车充电设施按1台360 kW分体式充电机配2辆车配置。
适合单班运营或中午有一小时以上停车时间的车队。参考项目：广州某国企渣土运输车队（2023年）
投放150辆，百公里电耗约160 kWh，运营成本较柴油车降低约35%。""")

T("n03_h2", "Hydrova Trucks", "Fuel-cell 8x4 dump truck with 35 MPa hydrogen",
  ["electric-vehicles", "green-transportation"], 8, [450000, 6000000], ["*"], 2400, """
Hydrogen fuel-cell electric tipper: a 120 kW stack feeds a 90 kWh buffer battery and a 350 kW
e-axle. Eight type-III tanks hold 40 kg of hydrogen at 35 MPa, enough for 300-350 km, and refuelling
takes 10-15 minutes, which suits operators who run double shifts and cannot stop to charge. Payload
matches a diesel truck because there is no heavy battery. Needs a hydrogen refuelling station; we
partner with gas suppliers to build one at the depot or use a public one. Stack warranty 25,000 h.
Reference: 60 trucks moving aggregate between quarries and ready-mix plants in the Ruhr (2024),
fuel consumption 11 kg/100 km.""")

T("n03_lng", "Gasmotive Heavy Vehicles", "LNG 8x4 tipper with high-pressure direct injection",
  ["green-transportation"], 9, [140000, 3000000], ["*"], 500, """
Natural-gas dump truck with an HPDI engine that uses a pilot of diesel and burns LNG at diesel-like
torque, 460 hp and 2,300 Nm. Twin 500 L cryogenic tanks give 600-800 km between refills, so double
shifts are no problem and refuelling takes about 10 minutes. NOx and particulate emissions meet the
latest heavy-duty standard and CO2 at the tailpipe is about 15-20% lower than diesel; with bio-LNG it
falls further. Fuel cost is usually below diesel. The truck is a familiar mechanical platform, which
keeps workshop training light. Reference: construction logistics fleet in Rotterdam (2022),
85 trucks.""")

T("n03_network", "移峰换电科技", "城市级重卡换电网络EPC总包",
  ["electric-vehicles", "smart-grid"], 9, [12000000, 40000000], ["CN"], 9000, """
面向城市渣土、砂石和港口短倒运输的重卡换电网络一体化总包：包括不少于6座双通道换电站（每站储备
电池12块，单次换电约5分钟）、配套10 kV专用变电站、站控与车队调度云平台，以及不少于200辆换电重卡
的整车供应和电池银行融资方案。电池包282 kWh LFP，支持多品牌车型共享。平台可根据车辆位置、SOC和电价
自动推荐换电站并安排错峰充电。参考项目：唐山钢铁物流（2024年）建成换电站8座、运营重卡600余辆，
年减少柴油约2.4万吨。按片区整体打包交付，最小合同规模为6站200车。""")

N("n03", "Shenzhen", "CN-GD", "渣土运输车辆零排放替代示范", ["electric-vehicles", "green-transportation"],
  6000000, 8, 3000, "2027-06-30", """
【规划目标】《深圳市碳达峰实施方案》提出新增重型货车以新能源为主，渣土车是市区柴油车NOx和黑碳的
主要来源之一。【现状】龙岗区某国有车队约120辆8×4柴油自卸车，单趟运距30–60 km，每天两班连续运行，
中午只有约20分钟空档，车场现有电力容量约2 MVA。【需求】车辆与补能整体方案，补能时间不超过10分钟，
不影响两班作业，首期示范30辆。【不考虑】LNG、柴电混合等仍消耗化石燃料的车型不纳入；氢燃料车需要
新建加氢站，本期不在考虑之列。""",
  g3=["n03_swap"],
  g2={"n03_plug": "battery-electric but 50-minute charging breaks the double shift"},
  sib={"n03_h2": (0, "hydrogen trucks are excluded in so many words"),
       "n03_lng": (0, "LNG is excluded by name")},
  traps={"n03_network": "cost_usd[0] 12,000,000 > budget 6,000,000"})

# ---------------------------------------------------------------- n04
T("n04_foulfree", "Thermacirc Process", "FoulFree effluent heat recovery with auto-brush tubes",
  ["energy-efficiency"], 9, [150000, 1100000], ["*"], 4200, """
Shell-and-tube heat recovery designed for dirty hot effluent from dyehouses and laundries. A rotating
drum screen strips lint first; the wastewater then runs through wide-bore tubes in which nylon
brushes are shuttled end to end every few hours by an automatic flow-reversal valve, so fibre and
dye films never build up. Incoming fresh water is preheated to 45-55 C counter-flow, and an optional
high-temperature heat pump lifts it to 80 C. Heat transfer stays within 10% of clean values for
months, and manual cleaning drops to once a year. Units from 20 to 200 m3/h, 316L or duplex tubes.
Reference: denim mill in Bursa, Turkey (2023), 2,400 m3/day, steam use down 28%, payback
22 months.""")

T("n04_widegap", "东泰换热设备", "宽流道板式换热器（印染废水专用）",
  ["energy-efficiency"], 9, [30000, 250000], ["CN"], 2500, """
针对含纤维、浆料的印染高温废水设计的宽流道板式换热器，流道间隙8–12 mm，采用无触点板型，减少纤维
挂片。单台换热面积20–300 m²，传热系数较管壳式高约2倍，设备紧凑，可用于预热染缸补水至45–50℃。
配套前置自清洗过滤器（过滤精度1 mm），板片材质316L或钛材，可快速拆开板片人工清洗，
推荐每2–4周清洗一次，清洗时需停机切换到旁路。参考项目：绍兴柯桥某印染厂（2022年），
处理废水1,200 t/d，蒸汽节约约18%。价格低，投资回收期短，适合有专人维护的企业。""")

T("n04_biomass", "Verdaflame Energy", "Biomass pellet steam boiler package",
  ["renewable-energy", "energy-efficiency"], 9, [250000, 1600000], ["*"], 3000, """
Packaged fire-tube steam boilers fired with wood or agricultural pellets, 2 to 20 t/h at up to
1.6 MPa, for textile, food and chemical plants that want to replace coal or natural gas with a
renewable fuel. Moving-grate combustion, automatic ash removal, bag filter and SNCR keep dust below
20 mg/m3 and NOx below 150 mg/m3. A pellet silo of three days' storage and a screw feeder are part of
the package; we can also sign a fuel supply contract. Thermal efficiency 88%. Heat is counted as
renewable under most schemes, which helps the carbon balance of a site. Reference: knitting and
dyeing cluster in Tirupur, India (2022), six boilers, 40,000 t pellets a year.""")

T("n04_solar", "Helioproc Thermal", "Flat-plate solar process-heat field for make-up water",
  ["renewable-energy", "energy-efficiency"], 9, [120000, 900000], ["*"], 900, """
Roof- or ground-mounted field of large flat-plate collectors with a pressurised storage tank that
preheats process make-up water to 60-80 C. Designed for factories with daytime hot-water demand such
as dyeing, food and laundries; the field is sized to deliver 30-50% of the annual preheating energy,
and the existing steam supply tops up the rest on cloudy days and at night. Anti-reflective glass,
aluminium absorbers, drain-back protection against overheating, 25-year design life. Solar yield
500-650 kWh per m2 a year in subtropical climates. Requires roughly 1.5 m2 of roof per daily cubic
metre of water. Reference: textile finisher in Izmir, Turkey (2021), 3,000 m2 field.""")

N("n04", "Dongguan", "CN-GD", "印染园区高温排水热量利用", ["energy-efficiency"],
  1200000, 8, 4000, "2027-04-30", """
【规划目标】东莞市工业领域碳达峰实施方案要求印染行业单位产品综合能耗较2020年下降12%。【现状】麻涌镇
印染园区5家企业染色后高温排水合计约3,000 t/d，水温55–70℃，含大量纤维绒毛和染料，前几年装过的
板式换热器两三周就堵塞，后来全部停用；蒸汽由园区集中供热，价格较高。【需求】利用这部分热量加热染缸
进水，要求长期稳定运行、人工清洗工作量小，投资回收期不超过3年。【不考虑】新增锅炉或任何燃烧设备
不在本次范围；不改变染色工艺和配方。""",
  g3=["n04_foulfree"],
  g2={"n04_widegap": "right way, but needs manual cleaning every few weeks (the failure the need describes)"},
  sib={"n04_biomass": (0, "a new boiler / combustion device is excluded in so many words"),
       "n04_solar": (1, "renewable preheat instead of recovering the effluent heat")})

# ---------------------------------------------------------------- n05
T("n05_reel", "Quaymotion Systems", "E-Reel RTG electrification kit",
  ["green-transportation", "electric-vehicles"], 9, [350000, 5000000], ["*"], 320, """
Retrofit kit that lets an existing rubber-tyred gantry crane work from the terminal's medium-voltage
grid. A motorised cable reel on the crane sill beam pays out a flexible cable along the stacking
block, and an automatic plug-in coupling at the block end connects it in under a minute. The diesel
genset is replaced by a transformer and a small LFP pack (around 150 kWh) that moves the crane
between blocks, so block changes still happen under its own power. Hoist, trolley and gantry drives
are kept; regenerated lowering energy is returned to the grid. Fuel use falls to near zero and crane
noise by about 15 dB(A). Reference: 16 RTGs converted at a terminal in Laem Chabang (2022), four
cranes a month.""")

T("n05_busbar", "港电集团装备", "轮胎吊低架滑触线供电改造",
  ["green-transportation"], 9, [300000, 4500000], ["CN"], 300, """
在堆场每条箱区一侧新建低架钢结构，铺设安全型滑触线，轮胎吊通过伸缩式集电臂取电，替代柴油发电机组
作业。集电臂自动对位，进出箱区无需人工插拔；转场时启用保留的小功率柴油机组或加装锂电池驱动。
系统电压0.4/0.69 kV，单台吊车取电能力600 kVA，配套箱变与电缆沟土建。节油率约95%，噪声大幅下降。
需要在每个作业箱区沿线施工钢支架和基础，对在用堆场分段停用施工。参考项目：宁波某集装箱码头（2021年）
改造轮胎吊42台，年节约柴油约6,000 t。""")

T("n05_hybrid", "Cranergy Drives", "Hybrid RTG power pack with downsized genset",
  ["green-transportation", "energy-storage"], 9, [180000, 350000], ["*"], 160, """
Replaces the 600 kVA diesel generator of a rubber-tyred gantry crane with a 200 kVA variable-speed
genset and a 120 kWh lithium-titanate battery. The battery covers hoisting peaks and captures
lowering energy, while the small engine runs at its best point or shuts off when the crane idles.
Fuel savings are 40-60% depending on duty, and the crane stays fully independent of any grid
connection, so no civil works in the yard are needed. Installation in about 10 days per crane.
Remote monitoring of fuel, battery state and alarms is included. Reference: 30 cranes in a Black Sea
terminal (2023), average fuel per move down from 2.1 to 1.0 litres.""")

T("n05_lngpack", "Bluefuel Power Systems", "LNG genset conversion for container cranes",
  ["green-transportation"], 9, [150000, 280000], ["*"], 110, """
Swaps the diesel engine-generator on RTGs and straddle carriers for a lean-burn natural-gas genset
fed from an on-board LNG tank of 1,000 litres, refilled by a mobile bowser every two to three days.
Particulate emissions fall by over 90% and NOx by about 70%; CO2 falls by roughly 15-20% against
diesel. The crane's electrical system is unchanged and there is no yard infrastructure, so terminals
can convert one crane at a time. We also supply the LNG logistics through partners. Reference:
22 cranes at a terminal in the Pearl River Delta (2019), fuel cost down 25% at the time.""")

N("n05", "Zhuhai", "CN-GD", "集装箱码头轮胎吊清洁能源改造", ["green-transportation"],
  4000000, 8, 2500, "2027-09-30", """
【规划目标】《珠海市绿色港口建设方案》：2027年港区集装箱装卸机械清洁能源使用比例达到90%，港区PM和NOx
排放较2020年下降40%。【现状】高栏港某码头现有轮胎式龙门起重机24台，由柴油发电机组驱动，年耗柴油约
2,600 t；堆场箱区固定，转场不频繁。【需求】在现有整机上改造为由电网供电作业，保留必要的转场能力，
首批8台。【不考虑】改用LNG动力机组不予考虑；不整体报废换成新的轨道吊。""",
  g3=["n05_reel"],
  g2={"n05_busbar": "grid-powered too, but needs steel structures along every block"},
  sib={"n05_hybrid": (1, "still diesel, fuel savings only"),
       "n05_lngpack": (0, "LNG power is excluded by name")})

# ---------------------------------------------------------------- n06
T("n06_pura", "Northfjord Gas Engineering", "PuraCO2 merchant purification and liquefaction plant",
  ["carbon-capture"], 9, [6000000, 30000000], ["*"], 50000, """
Turns high-concentration CO2 vents from fermentation, ethylene-oxide, ammonia or hydrogen units into
liquid CO2 for sale. Two-stage compression, a catalytic oxidiser that burns off traces of ethylene
and methane, temperature-swing dryers, and a stripping column that removes nitrogen, oxygen and
argon; product meets the ISBT beverage-grade specification at 99.99%. Ammonia refrigeration
liquefies at -28 C into insulated storage tanks with truck loading. Plants from 150 to 600 t/day,
electricity about 110 kWh per tonne.   Reference: bioethanol plant in Lund, Sweden (2023), 80,000 t/a sold to
soft-drink and greenhouse customers.""")

T("n06_amine", "中科碳捕集工程", "燃烧后烟气胺法CO2捕集装置",
  ["carbon-capture"], 9, [15000000, 90000000], ["CN"], 100000, """
采用新型复合胺吸收剂，从燃煤、燃气锅炉和加热炉烟气中捕集CO2，适用于CO2浓度4%–15%的烟气。
系统包括烟气预处理（脱硫、降温）、吸收塔、再生塔、贫富液换热和CO2压缩干燥，捕集率≥90%，
产品纯度≥99%。再生能耗约2.4 GJ/t CO2，较传统MEA降低约30%，配套热泵回收再生塔顶余热。
单套规模10–150万t/a。参考项目：华南某燃煤电厂（2023年）15万t/a示范工程，产品用于驱油和食品级精制。
可与园区热电厂、乙烯裂解炉烟气配套建设。""")

T("n06_mineral", "Basalith Carbon", "CO2 mineralisation into construction aggregates",
  ["carbon-capture", "waste-treatment"], 8, [3000000, 12000000], ["*"], 20000, """
Reactors that bind CO2 into alkaline industrial residues such as steel slag, fly ash and demolition
fines, producing carbonated sand and gravel for concrete blocks and road base. Gas with 15-99% CO2
can be used directly, no purification or liquefaction needed; each tonne of aggregate stores 80 to
150 kg of CO2 permanently, verified under a mineralisation MRV protocol. The product is sold into
the local construction market, so revenue depends on aggregate prices rather than on gas buyers.
Capacity 100,000 to 400,000 t of aggregate a year per line. Reference: steelworks in Ghent (2024),
18,000 t CO2 a year stored in 160,000 t of aggregate.""")

T("n06_dryice", "Arctica Cryo", "Dry ice pelletising and blasting plant",
  ["carbon-capture"], 9, [400000, 2500000], ["*"], 4000, """
Turns liquid CO2 into 3 mm and 16 mm dry ice pellets and blocks for cold-chain shipping, airline
catering and industrial cleaning. Hydraulic presses of 250-1,500 kg/h, CO2 vapour recovery that
reclaims about 40% of the gas flashed during pelletising, insulated storage bins and packing line.
The plant buys liquid CO2 from a local source, or can be placed next to a liquefier to use its
product directly; it does not purify raw process vent gas itself. Typical market is 5,000-20,000 t/a
in a metropolitan region. Reference: logistics hub near Frankfurt airport (2022), 9,000 t/a for
pharmaceutical shipments.""")

T("n06_ethylene", "Electrovia Carbon", "Electrochemical CO2-to-ethylene stack",
  ["carbon-capture"], 4, [5000000, 20000000], ["*"], 10000, """
Gas-diffusion electrolysers with copper-based catalysts that convert CO2 and water into ethylene,
ethanol and hydrogen using renewable electricity, so a petrochemical park can feed the product back
into its own cracker products and close the carbon loop. Current density 300 mA/cm2 at 45% Faradaic
efficiency to ethylene in laboratory stacks; a 100 kW demonstration is being built. Electricity
demand is high, about 40 MWh per tonne of ethylene. We are looking for an industrial host with a
pure CO2 stream to run the first 1,000 t/a unit under a joint development agreement. Reference:
university spin-out, 1,500 hours of stack testing (2025).""")

N("n06", "Huizhou", "CN-GD", "石化园区高浓度CO2尾气利用", ["carbon-capture"],
  15000000, 8, 50000, "2028-06-30", """
【规划目标】惠州大亚湾石化区碳达峰方案：2030年前建成百万吨级CCUS示范，近期优先利用成本低的高浓度排放源。
【现状】园区环氧乙烷装置脱碳单元尾气CO2体积分数约95%（含少量乙烯、甲烷和饱和水），约12万t/a直接放空；
周边有食品饮料、冷链和焊接气体用户。【需求】把这股气体提纯并以液态产品外售，首期规模5万t/a，
要求工艺成熟、有商业化运行业绩。【不考虑】购买林业碳汇或CCER抵消不属于本项目；不在锅炉或裂解炉烟气上
另建胺法捕集。""",
  g3=["n06_pura"],
  g2={"n06_dryice": "downstream use only; needs liquid CO2, cannot purify the vent"},
  sib={"n06_amine": (0, "amine capture on flue gas is excluded in so many words"),
       "n06_mineral": (1, "stores the CO2 in aggregates instead of selling liquid CO2")},
  traps={"n06_ethylene": "TRL 4 < min_trl 8"})

# ---------------------------------------------------------------- n07
T("n07_track", "Rubblecraft Mobile", "Tracked jaw crusher and screen train",
  ["waste-treatment"], 9, [600000, 2200000], ["*"], 5500, """
A self-propelled tracked jaw crusher (up to 250 t/h) with an overband magnet and an air knife that
blows timber, plastic film and insulation off the belt, followed by a tracked three-deck screen that
makes 0-5, 5-31.5 and 31.5-63 mm fractions. Both machines are moved between plots on a low-loader and
are crushing within an hour of arrival, so the material is processed next to the demolition face and
trucks leave with product instead of rubble. High-pressure misting cannons on the feeder and
discharge points keep dust down. Graded aggregate meets unbound sub-base and backfill specifications
and the fines go into recycled bricks. Reference: inner-city regeneration in Krakow (2024),
310,000 t processed on six plots.""")

T("n07_impact", "锐石矿山机械", "移动式反击破碎站",
  ["waste-treatment"], 9, [250000, 900000], ["CN"], 3000, """
轮胎式移动反击破碎站，处理能力100–300 t/h，适用于混凝土块、砖瓦等建筑垃圾的破碎。整机集成振动给料机、
反击式破碎机和出料皮带，可拖挂转场，到场半天即可投产。出料粒度0–40 mm可调，颗粒形状好，适合作为
回填料和路基料。配备除铁器；木材、塑料等轻质杂物需人工在进料前挑拣，无筛分分级功能时需另配筛分设备。
柴油动力，可选电动版本接入工地电源。参考项目：佛山某旧村改造项目（2023年），处理拆除物约8万t。""")

T("n07_fixed", "Stonecycle Plants", "Fixed C&D waste recycling plant",
  ["waste-treatment"], 9, [3000000, 12000000], ["*"], 15000, """
Stationary recycling plant for construction and demolition waste with 1-2 million t/a capacity:
pre-screening, primary jaw and secondary impact crushing, wind sifters, manual picking cabins,
eddy-current and optical sorters for wood and plastics, and washing for high-grade concrete sand.
Housed in an enclosed building with negative-pressure dust extraction, so the plant can sit near
residential areas. Product meets concrete aggregate standards, which earns a higher price than
backfill. Needs a site of 4-6 hectares with road access and a permit. Reference: municipal plant in
the Randstad (2021), 1.2 million t/a, 95% recovery.""")

T("n07_brick", "Reclaybuild Machinery", "Recycled-aggregate block and paver line",
  ["waste-treatment", "green-buildings"], 9, [300000, 1500000], ["*"], 1800, """
Hydraulic vibro-press line that turns crushed and screened demolition aggregate into hollow blocks,
kerbs and permeable pavers, with up to 80% recycled content. Batching plant, press with quick mould
change, curing racks and stacker; output 8,000-25,000 blocks per shift. Mixes are designed for the
local aggregate and meet compressive strength classes for non-load-bearing walls and footpaths. The
line needs prepared aggregate as its input: it does not crush or sort rubble. Reference: Nairobi
county housing programme (2023), 3 million blocks from demolition material.""")

N("n07", "Shantou", "CN-GD", "城市更新拆除垃圾就地资源化利用", ["waste-treatment"],
  2500000, 8, 6000, "2027-03-01", """
【规划目标】汕头市"无废城市"建设实施方案：2027年建筑垃圾资源化利用率达到60%。【现状】金平区旧城改造
片区未来三年预计拆除物约80万t，以砖混、混凝土块为主，夹杂木料和塑料；目前大部分外运至临时消纳场，
运距25 km以上，沿途扬尘和撒漏投诉多。【需求】可在拆除现场或片区内快速转场的处理设备，产出可用于路基、
回填和再生砖的合格骨料，并能控制作业扬尘。【不考虑】选址新建固定式处置厂，本期暂不纳入；填埋或外运
消纳不属于本次采购内容。""",
  g3=["n07_track"],
  g2={"n07_impact": "mobile crushing but no screening or sorting of timber and plastic"},
  sib={"n07_fixed": (0, "a new fixed plant is excluded in so many words"),
       "n07_brick": (1, "downstream product line, needs prepared aggregate")})

# ---------------------------------------------------------------- n08
T("n08_cascade", "Polarline Natural Refrigeration", "Low-charge NH3/CO2 cascade for cold stores",
  ["hfc-alternatives", "energy-efficiency"], 9, [800000, 3500000], ["*"], 1400, """
Packaged ammonia chiller with a charge below 0.05 kg per kW, welded plate-and-shell heat exchangers
and a sealed enclosure with its own ventilation, placed outside the cold rooms. It condenses a pumped
CO2 loop that circulates to the unit coolers in the freezer and chill rooms, so the rooms see only
CO2 and the ammonia stays in the machine room. Both fluids have a GWP of 0 or 1 and the system does
not depend on future refrigerant regulation. Evaporating at -31 C with floating head pressure, COP is
10-20% better than the R507A packs it replaces. Factory-tested skids of 300-1,200 kW cut site work to
about three weeks. Reference: fish cold store in Kristiansand, Norway (2022), 45,000 m3.""")

T("n08_booster", "冰立方冷链科技", "CO2跨临界增压（Booster）制冷机组",
  ["hfc-alternatives"], 9, [300000, 2500000], ["CN"], 1100, """
采用R744（CO2）作为唯一制冷剂，中温、低温两级压缩一体化增压机组，适用于冷库、配送中心和商超。
配置平行压缩、喷射器和气液分离器，提升高温环境下的能效；环境温度35℃时系统COP较常规跨临界机组
提高约15%，但在湿热地区夏季仍低于氨系统。制冷量50–800 kW，系统压力等级12 MPa，全部管路采用
K65铜合金或不锈钢。GWP=1，无毒不燃，可直接进入库内蒸发器。参考项目：深圳某生鲜配送中心（2024年），
冷库容积2.6万m³。""")

T("n08_r448", "恒冷制冷工程", "R448A/R449A低GWP混合工质替换改造",
  ["hfc-alternatives"], 9, [40000, 300000], ["CN"], 500, """
为使用R22、R404A、R507A的冷库和冷链机组提供制冷剂替换服务，更换为GWP约1,300–1,400的R448A或R449A
HFO/HFC混合工质。保留现有压缩机、冷凝器和蒸发器，只更换膨胀阀、干燥过滤器和润滑油，并重新调试控制
参数，停机时间约2–3天，投资小。能效与原系统基本持平，制冷剂GWP较R507A下降约65%。提供回收原制冷剂、
检漏和年度维保。参考项目：广州某冷链仓储企业（2023年）完成8座冷库改造，年补充制冷剂量减少约40%。""")

T("n08_r290", "Propacool Systems", "R290 water-loop monoblock refrigeration units",
  ["hfc-alternatives"], 9, [5000, 400000], ["*"], 200, """
Self-contained propane (R290) units, each with a factory-sealed charge below 500 g, rejecting heat to
a shared water-glycol loop and an outdoor dry cooler. Designed for supermarkets, convenience chains
and small walk-in rooms: every cabinet or room gets its own unit, so a leak affects one box only and
no refrigerant piping is run on site. Capacities 1-15 kW per unit; above roughly 1,500 m3 of
storage the number of units makes service and efficiency less attractive than a central plant.
GWP 3. Reference: 120-store grocery retrofit programme in Denmark (2021-2024).""")

N("n08", "Zhongshan", "CN-GD", "农产品冷链物流园制冷剂替代", ["hfc-alternatives"],
  2800000, 8, 1500, "2028-01-31", """
【规划目标】中山市应对气候变化规划：落实《基加利修正案》，2028年前市属冷链设施逐步淘汰高GWP制冷剂。
【现状】市属冷链物流园冷库约4万m³，-25℃冻结库和0–4℃保鲜库各占一半，现用R507A/R22并联机组，
每年补充制冷剂约1.2 t，机房位于单层库区一侧。【需求】改为天然工质系统，库内区域不能有有毒工质，
总充注量尽量小，并保证湿热气候下的能效。【不考虑】R448A、R449A等HFO/HFC混合工质不属于本次采购；
氨直接进入库内蒸发器的方案不予接受。""",
  g3=["n08_cascade"],
  g2={"n08_booster": "natural refrigerant, but lower efficiency in a hot humid climate"},
  sib={"n08_r448": (0, "HFO/HFC blends excluded by name"),
       "n08_r290": (1, "natural refrigerant but small distributed units, not for 40,000 m3")})
