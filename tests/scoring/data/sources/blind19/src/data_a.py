"""Chinese needs 1-8 and their technologies."""
from common import T, N

# ---------------- n01 Shenzhen shore power
T("n01_hvsc", "en", "Harbourline Power Systems", "HarbourLink HVSC cold-ironing package", ["green-transportation", "smart-grid"],
  "Our high-voltage shore connection package lets container ships switch off their auxiliary gensets while alongside. A static frequency converter delivers 6.6/11 kV at 50 or 60 Hz, a cable-management crane reaches vessels up to 24,000 TEU, and the IEC/IEEE 80005-1 plug-in is made up in under 20 minutes. Reference berths in Rotterdam and Long Beach; one 8 MVA berth typically avoids 3,000 t CO2e a year and most quayside NOx and SOx.",
  9, (1800000, 3500000), ["*"], 3000)
T("n01_lng", "en", "Bluetide Marine", "Ship-to-ship LNG bunkering barge", ["green-transportation"],
  "A 7,500 m3 self-propelled bunkering barge that refuels LNG-powered container ships and cruise vessels during cargo operations, so no separate bunkering call is needed. Dual-fuel engines then run on gas at berth and at sea, cutting SOx by 99%, particulates by 90% and NOx by up to 80% versus heavy fuel oil. Transfer rates of 1,500 m3/h, with vapour return and emergency release couplings certified by DNV.",
  9, (2500000, 3800000), ["*"], 2500)
T("n01_bonnet", "zh", "海净环保装备", "船舶尾气岸基捕集处理系统（烟囱罩式）", ["clean-air", "green-transportation"],
  "由岸基或驳船上的伸缩臂将集气罩扣在靠泊船舶烟囱上，抽取辅机尾气送入洗涤塔、SCR脱硝及颗粒物过滤单元处理后达标排放。船舶无需改造，适用于各类集装箱船和散货船，NOx、SOx去除率90%以上，颗粒物去除率95%。单套系统可服务相邻两个泊位，已在美国加州港口取得CARB认证。",
  8, (1500000, 3000000), ["*"], 300)
T("n01_lvcab", "en", "Quayvolt", "Low-voltage shore power pedestals for inland vessels", ["green-transportation"],
  "Weatherproof 400/440 V shore power pedestals with card or app payment, sized 63 A to 1 MVA, for barges, ferries, pilot boats and harbour craft. Pedestals include metering, earth-fault protection and remote monitoring, and are installed on existing quays with shallow trenching. Hundreds of units are in service along the Rhine and in Chinese river ports, replacing diesel gensets on small vessels at night.",
  9, (150000, 600000), ["*"], 400)
N(1, "zh", "Shenzhen", "CN-GD", "集装箱码头靠港船舶减排示范项目征集", ["green-transportation", "clean-air"],
  "深圳市发展和改革委员会现面向社会征集港口绿色低碳示范项目。盐田港区集装箱船靠泊期间需持续运行辅机发电，单船在港约20–30小时，带来大量SO2、NOx和颗粒物排放，周边社区投诉较多。本次揭榜任务：在2个深水泊位实现靠泊大型集装箱船停用辅机，兼容50Hz和60Hz不同船型，单泊位供电能力不低于6MVA。船用燃料替代（如LNG、甲醇加注）不在本次征集范围内。",
  4000000, 8, 6000, "2027-09-30",
  {"n01_hvsc": (3, "answer", "high-voltage shore connection with frequency converter"),
   "n01_lng": (0, "sibling", "fuel switching excluded in so many words"),
   "n01_bonnet": (1, "sibling", "captures exhaust instead of stopping the engines"),
   "n01_lvcab": (2, "alternative", "shore power but low-voltage, too small for large container ships")})

# ---------------- n02 Foshan ceramic kiln waste heat
T("n02_recirc", "en", "Kilnwise Thermal", "Cooling-zone hot-air recirculation for roller kilns", ["energy-efficiency"],
  "We duct clean 250-400 °C air from the rapid- and slow-cooling sections of roller kilns through insulated headers and mixing dampers into spray dryers and vertical body dryers, displacing burner gas. A PLC keeps kiln pressure balanced so glaze quality and tile flatness are unaffected. Prefabricated modules are installed during a 5-6 day planned stop. Tile plants in Spain and Vietnam have cut specific gas use by 12-18%.",
  9, (300000, 900000), ["*"], 4200)
T("n02_orc", "en", "Voltaheat", "Organic Rankine cycle generator for kiln exhaust", ["energy-efficiency", "renewable-energy"],
  "Containerised ORC units of 200-1,000 kWe turn exhaust heat from ceramic, glass and cement kilns into electricity with a silicone-oil loop and a high-speed turbine. The units run unattended, connect on the plant's 10 kV bus and reach 18-22% conversion efficiency on 250-350 °C flue gas. Installation is outside the kiln hall with a bypass damper, and typical plants recover 3-6 GWh of power a year.",
  9, (700000, 1150000), ["*"], 2500)
T("n02_h2burner", "zh", "粤燃新能源", "陶瓷窑炉掺氢/纯氢燃烧器改造", ["energy-efficiency"],
  "面向辊道窑和隧道窑的掺氢燃烧器，可在天然气中掺入0–100%氢气稳定燃烧，配套氢气调压撬、火焰监测和分区温控系统，NOx排放低于50 mg/m³。燃烧器与现有烧嘴接口兼容，单条窑线改造约10天。已在佛山、淄博完成中试，为陶瓷企业向绿氢过渡提供条件。",
  8, (200000, 800000), ["CN"], 3000)
T("n02_heatpipe", "en", "Tubeflow Recovery", "Heat-pipe flue gas exchanger for process hot water", ["energy-efficiency"],
  "Modular gravity heat-pipe exchangers mounted in the kiln chimney recover heat from 180-250 °C flue gas into 60-90 °C hot water for glaze preparation, washing and office heating. Fin spacing is chosen for dusty exhaust and each bundle can be isolated for cleaning. Installation takes two to three days with a bypass, and a typical line recovers 400-800 kW, about 4-6% of kiln gas input.",
  9, (80000, 250000), ["*"], 900)
N(2, "zh", "Foshan", "CN-GD", "建筑陶瓷行业节能降碳技术揭榜挂帅", ["energy-efficiency"],
  "佛山市工业和信息化局发布建筑陶瓷行业节能降碳“揭榜挂帅”任务。当前辊道窑每条线天然气耗量大，急冷段和缓冷段大量热量直接排空，烟气温度180–250°C；企业希望把这部分热量用于喷雾干燥塔或坯体干燥，降低天然气单耗10%以上。方案须在不停产前提下改造，停窑施工窗口不超过7天。煤改气、改用氢能等燃料替换类方案不予支持。",
  1200000, 7, 5000, "2027-06-30",
  {"n02_recirc": (3, "answer", "cooling-zone air to dryers"),
   "n02_orc": (1, "sibling", "recovers heat as power, not to drying"),
   "n02_h2burner": (0, "sibling", "hydrogen fuel switch excluded"),
   "n02_heatpipe": (2, "alternative", "recovers flue heat but only hot water, ~5%")})

# ---------------- n03 Dongguan furniture VOCs
T("n03_rotor", "en", "Clearveil Process", "Hydrophobic zeolite rotor concentrator with RTO", ["clean-air"],
  "Large, dilute exhaust streams from spray booths pass through a hydrophobic zeolite rotor that adsorbs solvents and desorbs them into an air stream 15-20 times smaller. That concentrated stream is oxidised in a compact three-bed regenerative thermal oxidiser at 97-99% destruction, often self-sustaining without auxiliary fuel. Skid packages cover 20,000-120,000 m3/h and outlets below 20 mg/m3 NMHC are routine.",
  9, (450000, 850000), ["*"], 600)
T("n03_uv", "zh", "蓝光净化科技", "UV光氧催化+低温等离子一体化废气净化器", ["clean-air"],
  "采用高能UV紫外灯管与纳米TiO2催化网协同作用，配合低温等离子放电模块，将苯系物、酯类等有机废气分解为CO2和水。设备模块化设计，单台处理风量5,000–50,000 m³/h，占地小、安装快，无需燃料，适用于喷漆、印刷、家具等行业的异味和低浓度废气治理，运行电耗低。",
  8, (30000, 200000), ["CN"], 100)
T("n03_water", "en", "Aquacoat Finishes", "Waterborne UV-curable wood coating conversion", ["clean-air"],
  "We convert furniture finishing lines from solvent-borne polyurethane and nitrocellulose to waterborne and UV-curable coatings, cutting VOC content per litre by 70-90% at the source. The package covers coating system trials, spray gun and booth adjustments, IR and UV drying tunnels and operator training. Surface hardness and gloss match export furniture specifications, and plants usually phase lines over six months.",
  9, (100000, 600000), ["*"], 300)
T("n03_carbonco", "en", "Adsorbtech", "Activated carbon beds with catalytic desorption", ["clean-air"],
  "Honeycomb activated carbon beds capture solvents from booth exhaust; when a bed nears saturation it is taken offline and regenerated with hot air, and the desorbed solvent is destroyed in a small catalytic oxidiser at 300 °C. Typical removal is 80-90% in steady operation, falling as carbon ages, with carbon replaced every two to three years. Suited to medium airflows up to 60,000 m3/h.",
  9, (120000, 400000), ["*"], 200)
T("n03_rto_big", "en", "Thermox Engineering", "Turnkey multi-line RTO and ductwork EPC", ["clean-air"],
  "Full EPC delivery of a centralised five-bed regenerative thermal oxidiser for 150,000-300,000 m3/h, with collection hoods, ductwork across several workshops, heat recovery to thermal oil, CEMS and online reporting to the environmental bureau. Destruction efficiency exceeds 99%. Designed for industrial parks that want one shared VOC treatment centre for many spray lines.",
  9, (1400000, 3200000), ["*"], 1200)
N(3, "zh", "Dongguan", "CN-GD", "家具制造业VOCs深度治理示范项目", ["clean-air"],
  "东莞市生态环境局征集家具喷涂工序挥发性有机物治理示范项目。喷漆房风量大（单线约8万m³/h）、浓度低且波动大，现有设施去除率不足50%，厂界异味投诉频繁。要求非甲烷总烃排放浓度稳定低于30 mg/m³，运行费用可控，可在现有厂房内实施。单一活性炭吸附、光氧催化、低温等离子等低效治理技术不予支持。",
  900000, 8, 500, "2027-05-31",
  {"n03_rotor": (3, "answer", "concentrator plus RTO for large dilute flows"),
   "n03_uv": (0, "sibling", "UV photolysis / plasma excluded by name"),
   "n03_water": (1, "sibling", "source substitution, not treatment"),
   "n03_carbonco": (2, "alternative", "carbon with regeneration, lower efficiency")},
  traps={"n03_rto_big": "budget: cost_usd[0] 1.4M > 0.9M"})

# ---------------- n04 Guangzhou industrial park peak demand
T("n04_lfp", "en", "Gridcell Energy", "Liquid-cooled LFP cabinets with demand-charge EMS", ["energy-storage", "smart-grid"],
  "Outdoor liquid-cooled LFP battery cabinets of 215 kWh each ship with a site energy management system that forecasts load and PV, caps the monthly maximum demand, charges in the valley tariff and soaks up midday PV that would otherwise be curtailed. Certified to GB/T 36276 and UL 9540A; the EMS can bid into utility demand-response events. Typical payback in two-part tariff markets is 5-7 years.",
  9, (1600000, 2800000), ["*"], 1800)
T("n04_vpp", "zh", "穗能云科技", "园区空调负荷柔性调控与虚拟电厂聚合", ["smart-grid", "energy-retrofits"],
  "为园区中央空调、空压机和照明加装智能网关，基于负荷预测在尖峰时段自动调高冷冻水温度、轮停非关键设备，单园区可削减10–15%的尖峰负荷；平台接入广东电力需求响应与虚拟电厂交易，按响应量分享收益。无需新增硬件主设备，实施周期约2个月。",
  8, (80000, 400000), ["CN"], 600)
T("n04_gas", "en", "Cogenix Power", "Gas-engine CHP for industrial peak shaving", ["energy-efficiency", "smart-grid"],
  "Packaged 1-4 MW natural gas engine generators with exhaust and jacket heat recovery run during peak tariff hours to cut grid demand and supply hot water or steam to the plant. Overall fuel efficiency reaches 80-85%. The controller follows the site load in real time and can island critical lines during outages. Delivered with a ten-year long-term service agreement and remote monitoring.",
  9, (1200000, 2900000), ["*"], 1500)
T("n04_flywheel", "en", "Rotastor", "Steel flywheel arrays for short power peaks", ["energy-storage", "smart-grid"],
  "Vacuum-sealed steel flywheels rated 250 kW each deliver full power for up to 4 minutes, with unlimited cycling and no degradation over 20 years. Arrays of 4-20 units smooth short load spikes from presses, welders and compressors and ride through voltage sags. The units contain no chemicals or fire risk, need only an annual bearing check and install on a simple slab beside the transformer room.",
  9, (500000, 2000000), ["*"], 200)
N(4, "zh", "Guangzhou", "CN-GD", "工业园区用户侧削峰填谷示范项目征集", ["energy-storage", "smart-grid"],
  "广州市发展和改革委员会征集用户侧示范项目。黄埔区某电子制造园区最大需量约12MW，两部制电价下需量电费占总电费近三成，夏季午后负荷尖峰明显；园区屋顶已有光伏，但中午常受反送电限制。希望在用户侧配置可调节资源，参与广东电力需求响应，并提供收益测算与运维。不新建燃气或柴油发电机组。",
  3000000, 8, 2500, "2027-08-31",
  {"n04_lfp": (3, "answer", "behind-the-meter battery with demand control"),
   "n04_vpp": (1, "sibling", "load flexibility instead of storage, smaller effect"),
   "n04_gas": (0, "sibling", "new gas generation excluded"),
   "n04_flywheel": (1, "sibling", "storage but minutes, not hours")})

# ---------------- n05 Zhuhai data centre high-density racks
T("n05_coldplate", "en", "Thermoplate Systems", "Direct-to-chip warm-water cold plates", ["green-data-centers"],
  "Copper micro-channel cold plates replace CPU and GPU heat sinks inside the existing chassis; a rack manifold with drip-free quick connectors feeds them from an in-row coolant distribution unit at 35-45 °C supply, so dry coolers handle most hours without chillers. About 75% of rack heat goes to liquid and the rest to the existing CRAHs. Deployed in over 1,200 racks running at up to 80 kW each.",
  9, (600000, 1900000), ["*"], 2600)
T("n05_immersion", "en", "Deepbath Cooling", "Single-phase immersion tanks for AI clusters", ["green-data-centers"],
  "Horizontal tanks hold servers submerged in a synthetic dielectric fluid that carries away up to 200 kW per tank through a plate heat exchanger, with no fans, raised floor or chillers. Facility PUE falls to 1.03-1.08 and server fan power disappears. We supply tanks, fluid, CDUs, dry coolers and handling gantries, and qualify server models with OEMs for warranty coverage.",
  9, (500000, 1800000), ["*"], 2800)
T("n05_rdhx", "zh", "冷廊科技", "机柜背板热管空调", ["green-data-centers", "energy-retrofits"],
  "在机柜后门安装热管换热背板，利用冷媒相变就近吸收服务器排风热量，无需风扇或仅需低速EC风扇，单柜制冷量可达35 kW；室外配置冷凝主机，可与现有精密空调并行运行，逐柜安装不中断业务。冷媒不进入机柜内部，无漏液风险。已在国内运营商数据中心部署超过5,000柜。",
  9, (200000, 900000), ["CN"], 1200)
T("n05_iec", "zh", "华澜节能", "间接蒸发冷却空调机组", ["green-data-centers"],
  "模块化间接蒸发冷却机组利用室外空气与喷淋水蒸发带走机房回风热量，室内外空气不混合，全年大部分时间无需启动压缩机，华南地区年均PUE可降至1.3左右。单台制冷量150–450 kW，可屋顶或侧墙布置，支持与冷冻水系统联合运行。适合单柜功率10–20 kW的风冷机房改造。",
  9, (300000, 1500000), ["CN"], 1000)
N(5, "zh", "Zhuhai", "CN-GD", "数据中心高密度机柜散热节能改造示范", ["green-data-centers"],
  "珠海市工业和信息化局征集数据中心绿色低碳改造示范项目。横琴某数据中心AI训练机柜功率密度已达40–60kW，风冷精密空调供冷能力不足，局部热点频繁告警，PUE约1.55。本次征集改造方案：保留现有服务器机箱形态与机房布局，可逐柜实施；浸没式方案因需更换机柜且冷却液运维复杂，不在本次考虑范围。目标PUE不高于1.25。",
  2000000, 8, 3000, "2027-04-30",
  {"n05_coldplate": (3, "answer", "liquid to the chip in existing chassis"),
   "n05_immersion": (0, "sibling", "immersion excluded in so many words"),
   "n05_rdhx": (1, "sibling", "rack-level air cooling, 35 kW below the 40-60 kW need"),
   "n05_iec": (1, "sibling", "room-level air cooling, not for 60 kW racks")})

# ---------------- n06 Huizhou refinery CO2
T("n06_liq", "en", "Purecarb Process", "High-purity CO2 recovery and liquefaction train", ["carbon-capture"],
  "Tail gas from steam-methane-reformer PSA units is already 40-90% CO2. Our train compresses it, removes hydrogen, CO and sulphur traces by catalytic oxidation and molecular-sieve drying, then distils and liquefies it to EIGA food grade at 99.99%. Modular trains of 50,000-150,000 t/yr come with storage tanks and truck loading. Units have run at refineries on the Gulf Coast and in Rotterdam since 2016.",
  9, (5500000, 7500000), ["*"], 55000)
T("n06_forest", "zh", "南岭碳汇", "林业碳汇开发与交易服务", ["nature-based", "ghg-data"],
  "为企业提供造林、森林经营类碳汇项目开发，包括项目设计、基线调查、CCER方法学适用性评估、监测计划和第三方审定核证的全过程服务，并协助在全国温室气体自愿减排交易市场挂牌交易。已在广东、广西、江西开发林业碳汇项目超过200万亩，可为企业碳中和目标提供稳定的抵消量来源。",
  9, (100000, 2000000), ["CN"], 50000)
T("n06_slag", "en", "Minerock Carbon", "CO2 mineralisation of steel slag into aggregates", ["carbon-capture", "waste-treatment"],
  "Ground steel slag and other alkaline residues react with CO2 in pressurised carbonation reactors to form calcium carbonate-bound aggregates and fillers for concrete and road base. Each tonne of slag binds 100-200 kg of CO2 permanently, while the product replaces quarried stone. Plants of 100,000-300,000 t/yr of slag accept flue gas or purified CO2 and run in Belgium and Canada.",
  8, (3000000, 7000000), ["*"], 20000)
T("n06_amine", "zh", "碳捕科技", "燃煤锅炉烟气有机胺法CO2捕集装置", ["carbon-capture"],
  "针对燃煤及燃气锅炉低浓度烟气（CO2 10–15%），采用新型复合胺吸收剂，再生能耗约2.4 GJ/t CO2，捕集率90%以上，产品CO2纯度99.5%，可供驱油或工业用户。装置规模1万–50万吨/年，已在国内电厂、化工厂建成多套工业示范装置并连续运行。需配套蒸汽与冷却水。",
  8, (4000000, 7800000), ["CN"], 30000)
T("n06_echem", "en", "Ionswing Labs", "Electrochemical pH-swing CO2 separation module", ["carbon-capture"],
  "A membrane-electrode stack shifts the pH of an aqueous sorbent to absorb CO2 from process gas and release it on demand using only electricity, with no steam or heat input. Laboratory stacks have separated 99% pure CO2 from 15% and 60% feeds at 1.1 GJ/t. We are seeking a first host site for a 1,000 t/yr pilot and can scale by adding stacks.",
  4, (800000, 2500000), ["*"], 1000)
N(6, "zh", "Huizhou", "CN-GD", "石化基地二氧化碳捕集利用示范项目征集", ["carbon-capture"],
  "惠州市发展和改革委员会面向全国征集CCUS示范项目。大亚湾石化区某炼厂制氢装置每年排放高浓度CO2约30万吨，现直接排空。征集将该尾气回收并加工为工业级或食品级产品的示范工程，首期规模不小于5万吨/年，要求技术已有工业运行案例（TRL不低于7）。林业碳汇、购买碳信用等抵消方式不属于本次征集内容。",
  8000000, 7, 50000, "2027-12-31",
  {"n06_liq": (3, "answer", "purification and liquefaction of SMR tail gas"),
   "n06_forest": (0, "sibling", "offsets excluded by name"),
   "n06_slag": (1, "sibling", "mineral storage, different product and source"),
   "n06_amine": (2, "alternative", "capture, but built for dilute flue gas")},
  traps={"n06_echem": "TRL 4 < 7"})

# ---------------- n07 Jiangmen cold-chain refrigerant
T("n07_cascade", "en", "Polarion Refrigeration", "Low-charge NH3/CO2 cascade plant for cold stores", ["hfc-alternatives"],
  "A low-charge ammonia packaged chiller, under 50 kg and sealed in its own plant room, condenses CO2 in a cascade heat exchanger; the CO2 is pumped directly through the cold-store air coolers, so no ammonia ever enters the storage halls. One plant serves -30 °C to +2 °C rooms with 15-25% lower energy than R404A systems. More than 300 cold-chain warehouses built worldwide.",
  9, (900000, 1400000), ["*"], 2100)
T("n07_co2tc", "zh", "冰链冷冻设备", "冷库跨临界CO2制冷机组", ["hfc-alternatives"],
  "采用R744（GWP=1）跨临界并联机组，配置平行压缩和气体冷却器喷淋，可同时带-25°C冻结物冷藏间和0°C冷却物冷藏间，单套制冷量100–800 kW。机组在工厂完成预制和充注，现场安装周期约4周；配套泄漏监测和远程运维平台。国内冷链物流园已投运40余套。",
  9, (700000, 1300000), ["CN"], 1800)
T("n07_r448", "en", "Chillbridge Services", "Drop-in R448A / R449A retrofit for R22 and R404A plants", ["hfc-alternatives"],
  "We convert existing R22 and R404A cold-store racks to R448A or R449A with minimal hardware change: oil flush, expansion valve re-sizing, new seals and leak testing. GWP falls by about 65% versus R404A and capacity is maintained at low temperature. A typical 5,000 m3 cold store is converted in under a week without emptying the rooms, with leak-detection sensors added.",
  9, (80000, 500000), ["*"], 900)
T("n07_r290", "zh", "凌寒电器", "R290一体式冷库机组", ["hfc-alternatives"],
  "采用R290丙烷（GWP=3）的壁挂式一体机组，单台充注量小于150 g，工厂密封充注，适用于20–200 m³的小型冷藏和冷冻库。机组即装即用，无需现场焊接管路，能效比传统R404A机组提升约15%。大型冷库可多台并联使用，但每个库间需单独配置机组。",
  9, (20000, 300000), ["*"], 300)
N(7, "zh", "Jiangmen", "CN-GD", "冷链物流园区制冷剂替代示范项目", ["hfc-alternatives"],
  "江门市生态环境局征集制冷剂替代示范项目。新会冷链物流园现有冷库约6万m³，仍使用R22及R404A机组，泄漏补充频繁，且受《基加利修正案》削减进度影响，制冷剂价格持续上涨。征集低GWP改造方案：库温覆盖-25℃至0℃，兼顾人员安全，机房可设在独立区域。以HFC或HFO混合工质替换的方案不予接受。",
  1500000, 8, 2000, "2027-10-31",
  {"n07_cascade": (3, "answer", "natural refrigerant cascade"),
   "n07_co2tc": (3, "answer", "natural refrigerant transcritical CO2, same-language second answer"),
   "n07_r448": (0, "sibling", "HFO/HFC blend excluded"),
   "n07_r290": (2, "alternative", "natural refrigerant but small rooms only")})

# ---------------- n08 Shantou market food waste
T("n08_bsf", "en", "Larvane Bio", "Black soldier fly bioconversion units", ["waste-treatment"],
  "Containerised rearing units feed pre-shredded fruit, vegetable and fish residues to black soldier fly larvae, which cut wet mass by 70-80% in twelve days. Larvae are dried into protein meal for aquaculture feed, and the residue (frass) is sold as organic fertiliser. A 50 t/day line fits on 1,600 m2 with a biofilter for odour control. Plants in Indonesia and Kenya sell all output to feed mills.",
  8, (700000, 950000), ["*"], 2200)
T("n08_compost", "zh", "绿源生物", "滚筒式好氧发酵一体化设备", ["waste-treatment"],
  "易腐垃圾经破碎、挤压脱水后进入密闭滚筒好氧发酵仓，高温菌剂作用下7–10天完成腐熟，出料可作为有机肥原料或土壤调理剂；尾气经生物除臭塔处理。单套处理能力5–30吨/日，占地300–800㎡，全自动运行。已在广东、福建多个乡镇和农贸市场落地。",
  8, (150000, 600000), ["CN"], 900)
T("n08_press", "en", "Compakt Waste Systems", "Market waste compaction and transfer to energy-from-waste", ["waste-treatment"],
  "Sealed hydraulic compactors at each market squeeze liquid out of organic waste and load 20 m3 containers that are hauled to the nearest energy-from-waste plant. Leachate is collected for treatment, volume drops by 60% and truck trips by half. Odour-tight doors, washing bays and GPS route planning are included, and the municipal contractor runs the fleet under a service agreement.",
  9, (200000, 700000), ["*"], 600)
T("n08_drier", "zh", "净能环境", "易腐垃圾生化减量处理机", ["waste-treatment"],
  "采用微生物菌群与加热搅拌协同作用，24小时内将易腐垃圾减量80–90%，出料为干燥粉末状残渣，可作为填埋覆土或进一步制肥。设备单台处理能力1–10吨/日，可直接放置在农贸市场内，臭气经光催化与活性炭处理。残渣品质受进料影响较大，需专门渠道消纳。",
  8, (50000, 300000), ["CN"], 400)
N(8, "zh", "Shantou", "CN-GD", "农贸市场易腐垃圾就地资源化示范", ["waste-treatment"],
  "汕头市生态环境局联合城市管理局征集易腐垃圾资源化示范项目。中心城区农贸市场每日产生果蔬、鱼虾下脚料等易腐垃圾约60吨，含水率高，清运成本高，夏季臭味扰民。征集就地或就近资源化利用技术，产物需有稳定的市场出路，总占地不超过2000㎡。送入生活垃圾焚烧厂协同处置不在本次范围。",
  1000000, 7, 1500, "2027-03-31",
  {"n08_bsf": (3, "answer", "insect bioconversion with saleable products"),
   "n08_compost": (1, "sibling", "composting, low-value product"),
   "n08_press": (0, "sibling", "sends waste to incineration, excluded"),
   "n08_drier": (2, "alternative", "on-site reduction, weak product outlet")})
