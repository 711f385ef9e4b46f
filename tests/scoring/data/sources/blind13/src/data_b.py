"""English needs b13n16-b13n30 and their technologies."""
from common import T, N

# 16 solar process heat cannery
T("fresnel", "兰州聚光热能科技", "线性菲涅尔集热直接产汽系统", ["renewable-energy", "energy-efficiency"], "zh",
  "地面或屋面安装的线性菲涅尔反射镜场，集热管内直接产生150-250℃饱和蒸汽并入工厂蒸汽母管，单个镜场0.5-10MWth，跟踪控制自动防风。已在乳品、罐头、啤酒厂应用，年替代天然气30-50%。", 9, [500000, 5000000], ["*"], 2500)
T("pv_eboiler", "Sunvolt Commercial", "Rooftop PV with electrode boiler integration", ["renewable-energy"], "en",
  "Commercial PV arrays (0.5-5 MW) with controls that route midday surplus to an electrode boiler.", 9, [600000, 6000000], ["US"], 1500)
T("biogas_boiler", "Valley Biogas", "Digester gas boiler conversion", ["renewable-energy", "waste-treatment"], "en",
  "Converts plant boilers to fire biogas from on-site digesters of pomace and peels.", 9, [300000, 2000000], ["US-CA"], 1200)
N(16, "Fresno", "US-CA", "Solar steam for a tomato-processing plant", ["renewable-energy", "energy-efficiency"],
  "The county economic development office will co-fund a demonstration at a tomato paste plant that runs evaporators on 10-bar steam from gas boilers for 100 days each summer. We seek a solar collector field that feeds steam, or pressurised hot water above 180 °C, straight into the existing steam system. Land next to the plant is available.",
  3000000, 8, 2000, "2027-06-01", "en", ["fresnel"],
  sib={"pv_eboiler": (1, "solar electricity turned into heat, another way"), "biogas_boiler": (1, "renewable fuel, not solar")})

# 17 microgrid controller PSPS
T("mg_ctrl", "许继微网科技", "工业微电网能量管理与并离网控制器", ["smart-grid", "energy-storage"], "zh",
  "面向工厂的微电网控制器：储能、光伏与负荷分级协调，检测到电网失压后20ms内无缝切换离网，优先保障冷库和生产关键负荷，恢复后自动同期并网。支持IEEE 1547、UL 1741 SB设备，提供美国本地集成商交付。", 9, [150000, 700000], ["*"], 800)
T("ats", "Switchright", "Automatic transfer switch upgrade", ["smart-grid"], "en",
  "Open- and closed-transition ATS units 100-4,000 A with remote monitoring.", 9, [20000, 150000], ["US"], 0)
T("diesel_gen", "PowerHold Rentals", "Tier 4 diesel standby generators", ["smart-grid"], "en",
  "Tier 4 Final diesel gensets 500 kW-2 MW, installed or rental, for outage ride-through.", 9, [100000, 900000], ["US"], 0)
N(17, "Modesto", "US-CA", "Keep a food plant running through public-safety power shutoffs", ["smart-grid", "energy-storage"],
  "A frozen-vegetable processor has 1.2 MW of rooftop PV and is installing a 2 MWh battery, but both trip off when the utility de-energises lines in fire weather. We need the controls that island the site, shed non-critical lines and resynchronise afterwards. No new diesel generation may be proposed.",
  800000, 8, 500, "2027-05-15", "en", ["mg_ctrl"],
  sib={"diesel_gen": (0, "diesel excluded"), "ats": (1, "switching only, no islanded control")})

# 18 electric yard tractors
T("e_yard", "三一港口机械", "纯电动场内牵引车（集卡）", ["electric-vehicles", "green-transportation"], "zh",
  "用于物流园、港口堆场挂车调度的纯电动牵引车，液压升降第五轮，282kWh磷酸铁锂电池，单班续航，快充1.5小时；已取得北美认证并在美西仓库交付。", 9, [250000, 2500000], ["*"], 90)
T("h2_yard", "HydroHaul", "Fuel-cell yard tractor", ["electric-vehicles"], "en",
  "Hydrogen fuel-cell terminal tractor, 8-minute fills, early commercial fleets.", 8, [400000, 3000000], ["US"], 90)
T("cng_yard", "Gasline Fleet", "CNG yard truck", ["green-transportation"], "en",
  "Near-zero NOx CNG spotter trucks.", 9, [150000, 1500000], ["US"], 30)
N(18, "Ontario", "US-CA", "Zero-emission trailer spotting at a distribution center", ["electric-vehicles", "green-transportation"],
  "A 2-million-square-foot distribution campus runs 10 diesel terminal tractors that move trailers between doors and the drop lot around the clock. The city's warehouse ordinance asks operators to switch this equipment to zero emissions. Combustion engines of any fuel are not acceptable.",
  2600000, 8, 900, "2027-03-01", "en", ["e_yard"],
  sib={"cng_yard": (0, "combustion excluded"), "h2_yard": (1, "zero-emission but another route needing hydrogen supply")})

# 19 eTRU plug-in
T("etru_post", "冷链岸电科技", "冷藏车电动待机接电桩", ["green-transportation", "electric-vehicles", "clean-air"], "zh",
  "装卸平台旁安装的三相接电桩，冷藏车（具备电动待机功能的冷机）停靠时插电运行，关闭柴油冷机发动机；支持刷卡计量、远程监控，NEMA 3R箱体。", 9, [8000, 400000], ["*"], 300)
T("cold_plates", "Eutectix", "Eutectic cold plate systems", ["green-transportation"], "en",
  "Holdover plates in trailers frozen overnight; no engine during routes.", 9, [5000, 300000], ["US"], 100)
N(19, "Stockton", "US-CA", "Stop diesel reefer units running at cold-storage docks", ["green-transportation", "clean-air"],
  "Transport refrigeration units idle for hours at three cold-storage warehouses near homes. The air district will fund shore-side electrical infrastructure at 60 dock doors so that trailers with electric standby can be powered while they wait and load.",
  500000, 8, 400, "2027-04-01", "en", ["etru_post"],
  sib={"cold_plates": (1, "holdover refrigeration, another way"), "idle_apu": (1, "tractor idling, not the reefer unit")})

# 20 HVLS fans
T("hvls", "粤风工业风扇", "永磁直驱工业大风扇", ["energy-retrofits"], "zh",
  "直径4.9-7.3米，永磁同步电机直驱，1.5kW覆盖约1500平方米，体感降温4-6℃，冬季反转破除热分层；吊装于钢梁，无需改造屋面。", 9, [5000, 200000], ["*"], 100)
T("evap_cooler", "Desertbreeze", "Evaporative cooling units", ["energy-retrofits"], "en",
  "Roof or wall-mounted evaporative coolers for warehouses, 20,000 cfm each.", 9, [5000, 250000], ["US"], 80)
T("spot_ac", "Coolpoint", "Portable spot air conditioners", ["energy-retrofits"], "en",
  "Portable spot coolers for workstations.", 9, [1000, 50000], ["US"], 0)
N(20, "Riverside", "US-CA", "Keep workers cool in existing warehouses without air conditioning", ["energy-retrofits"],
  "Heat-illness rules require relief in non-air-conditioned warehouses. The city wants a low-energy retrofit for 12 existing warehouses (400,000 sq ft) that moves large volumes of air over the floor. Roof work is not possible this season; mechanical cooling is out of scope.",
  400000, 8, 50, "2027-05-01", "en", ["hvls"],
  sib={"spot_ac": (0, "mechanical cooling excluded"), "evap_cooler": (1, "cools air another way, needs water and roof units")})

# 21 steam traps monitoring
T("trap_mon", "沈阳阀门监测", "疏水阀无线在线监测系统", ["energy-efficiency"], "zh",
  "夹装式声波与温度传感器，无需开孔即可判断疏水阀泄漏、堵塞，LoRa无线传输，电池寿命5年，平台估算蒸汽损失量与费用，已出口北美食品厂。", 9, [10000, 150000], ["*"], 600)
T("cond_pump", "Condenserve", "Pressure-powered condensate pumps", ["energy-efficiency"], "en",
  "Steam-driven pumps returning condensate to the boiler house.", 9, [5000, 80000], ["US"], 200)
T("economizer", "Stackheat", "Condensing boiler stack economizer", ["energy-efficiency"], "en",
  "Recovers flue heat to pre-heat feedwater, 5-10% fuel saved.", 9, [50000, 300000], ["US"], 400)
N(21, "Visalia", "US-CA", "Find failed steam traps continuously at food plants", ["energy-efficiency"],
  "An industrial assessment program wants to equip 5 dairy and nut plants (about 1,500 traps) so that traps blowing steam or blocked are flagged continuously rather than by a yearly walk-through. No pipe penetrations.",
  250000, 8, 900, "2027-02-01", "en", ["trap_mon"],
  sib={"cond_pump": (1, "other steam-system saving"), "economizer": (1, "other steam-system saving")})

# 22 transcritical CO2
T("tc_co2", "冰轮环境", "CO2跨临界并联机组", ["hfc-alternatives", "energy-efficiency"], "zh",
  "R744跨临界制冷机组，带平行压缩与喷射器，冷凝热回收供清洗热水，冷量50-1000kW，适用于高温气候；UL认证机组。", 9, [150000, 2000000], ["*"], 1200)
T("r448a", "Chillpro", "R-448A rack retrofit", ["hfc-alternatives"], "en",
  "HFO/HFC blend rack retrofit, lower GWP than R-404A.", 9, [80000, 600000], ["US"], 300)
T("nh3_low", "Ammolite", "Low-charge packaged ammonia", ["hfc-alternatives"], "en",
  "Packaged ammonia chillers under 50 lb charge per unit.", 9, [200000, 1500000], ["US"], 900)
N(22, "Salinas", "US-CA", "Replace R-404A in a produce cold-storage facility", ["hfc-alternatives"],
  "A lettuce cooler and cold-storage operator must move off R-404A under the state refrigerant rules. Rooms run at 0-2 °C. We want a natural-refrigerant plant; synthetic blends are not part of this solicitation.",
  1800000, 8, 800, "2027-06-30", "en", ["tc_co2"],
  sib={"r448a": (0, "synthetic blend excluded"), "nh3_low": (1, "natural refrigerant, another way")})

# 23 CO2 curing precast
T("co2_cure", "中建碳化科技", "混凝土砌块CO2碳化养护系统", ["carbon-capture", "green-buildings"], "zh",
  "以工业烟气或提纯CO2在养护窑中对混凝土砌块、铺路砖进行碳化养护，替代蒸汽养护，每吨制品固化CO2约15-25kg；提供养护窑改造与工艺授权。", 8, [300000, 1500000], ["*"], 1500)
T("amine", "Capturex", "Modular amine capture unit", ["carbon-capture"], "en",
  "Packaged amine absorbers capturing 10-100 t/day CO2 from flue gas.", 8, [1200000, 15000000], ["*"], 20000)
T("rm_inject", "Mixmineral", "CO2 dosing for ready-mix", ["carbon-capture", "green-buildings"], "en",
  "Injects liquid CO2 into concrete at the batching plant.", 9, [100000, 300000], ["US"], 300)
N(23, "Gilroy", "US-CA", "Use kiln and boiler CO2 in a block plant", ["carbon-capture", "green-buildings"],
  "A masonry block and paver plant makes 300,000 t/yr and steam-cures its products. The county wants to pilot a process that stores CO2 in the products and replaces steam curing.",
  1600000, 7, 3000, "2027-09-30", "en", ["co2_cure"],
  sib={"amine": (1, "captures CO2 but does not use it in the products"), "rm_inject": (1, "stores CO2 in ready-mix, not precast curing")})

# 24 foundry furnace fumes
T("furnace_hood", "苏州铸造环保", "中频炉随动烟罩+脉冲滤筒除尘", ["clean-air"], "zh",
  "炉口随动旋转烟罩，加料、熔炼、出铁全过程捕集，配覆膜滤筒除尘器，排放<5mg/m³；适用于1-20t中频感应电炉，提供美国NFPA合规设计。", 9, [150000, 900000], ["*"], 0)
T("wet_scrub", "Scrubco", "Venturi wet scrubber", ["clean-air"], "en",
  "Venturi scrubbers for particulate and acid gases.", 9, [100000, 700000], ["US"], 0)
T("enclosure", "Envelope Controls", "Total enclosure negative-pressure retrofit", ["clean-air"], "en",
  "Seals the melt building and keeps it under negative pressure, exhausted to a baghouse.", 9, [500000, 3000000], ["US"], 0)
N(24, "Vernon", "US-CA", "Capture fugitive metal fumes at induction furnaces", ["clean-air"],
  "The air district's community plan targets metal emissions from foundries. A gray-iron foundry with four induction furnaces lets fume escape through roof vents during charging and tapping. We want capture at the furnace mouth and high-efficiency filtration.",
  1000000, 8, None, "2027-03-31", "en", ["furnace_hood"],
  g2={"enclosure": "catches fugitive fume but building-wide, costly"},
  sib={"wet_scrub": (1, "control device only, no capture")})

# 25 ultra-low NOx burners
T("ulnox", "华源燃烧器", "全预混金属纤维表面燃烧器", ["clean-air", "energy-efficiency"], "zh",
  "金属纤维面全预混燃烧，NOx<9ppm（3%O2），适用于1-30t/h火管锅炉改造，无需烟气再循环及氨；已取得UL与加州空气区认证。", 9, [40000, 400000], ["*"], 200)
T("scr", "NOxtek", "Skid SCR", ["clean-air"], "en",
  "Selective catalytic reduction with urea dosing for boilers.", 9, [200000, 900000], ["US"], 0)
T("e_boiler", "Ohmsteam", "Electric steam boiler", ["energy-efficiency"], "en",
  "Resistance and electrode steam boilers up to 50 MW.", 9, [100000, 2000000], ["US"], 1000)
N(25, "Bakersfield", "US-CA", "Cut boiler NOx at food processors", ["clean-air", "energy-efficiency"],
  "The air district offers incentives to retrofit 20 fire-tube boilers at nut and produce processors to meet a 9 ppm NOx limit. Fuel switching is not in scope.",
  1200000, 8, 400, "2027-01-15", "en", ["ulnox"],
  sib={"e_boiler": (0, "fuel switching excluded"), "scr": (1, "post-combustion control, another way")})

# 26 DAF
T("daf", "宜兴环保设备", "高效溶气气浮机", ["clean-water"], "zh",
  "回流加压溶气，微气泡20-40μm，去除油脂、悬浮物80-95%，处理量10-300m³/h，不锈钢一体设备，适用于食品、屠宰废水预处理。", 9, [50000, 500000], ["*"], 50)
T("lagoon_aer", "Aquapond", "Lagoon aeration upgrade", ["clean-water"], "en",
  "Floating aerators for pond treatment.", 9, [50000, 300000], ["US"], 50)
T("mbr_en", "Membra", "Containerized MBR", ["clean-water"], "en",
  "Membrane bioreactor packages for full biological treatment.", 9, [500000, 3000000], ["US"], 50)
N(26, "Watsonville", "US-CA", "Pretreat fats and solids at food processors before the sewer", ["clean-water"],
  "Berry and frozen-food processors discharge high fats, oil and grease and solids that overload the city plant. The city wants each plant to install pretreatment that removes FOG and suspended solids before discharge.",
  600000, 8, None, "2027-02-28", "en", ["daf"],
  sib={"lagoon_aer": (1, "biological, not FOG removal"), "mbr_en": (1, "full treatment, not pretreatment")})

# 27 textile scraps
T("fiber_regen", "绍兴再生纤维", "废旧纺织品开松再生纤维生产线", ["waste-treatment"], "zh",
  "裁片与边角料分拣、切碎、多级开松，产出再生棉纤维用于纺纱、无纺布，处理能力1-5吨/小时；可出口成套设备并派驻调试。", 9, [300000, 1500000], ["*"], 3000)
T("chem_recycle", "Loopfiber", "Polyester depolymerization", ["waste-treatment"], "en",
  "Glycolysis of polyester textiles back to monomer.", 8, [1500000, 20000000], ["*"], 8000)
T("wte", "Burnwell", "Waste-to-energy", ["waste-treatment"], "en",
  "Mass-burn combustion of residual waste for power.", 9, [10000000, 90000000], ["US"], 0)
N(27, "Commerce", "US-CA", "Turn garment cutting scraps into fiber", ["waste-treatment"],
  "Apparel cutters in the city send about 6,000 t/yr of cotton-rich cutting scraps to landfill. SB 1383-style diversion goals apply. We will fund a shared facility that turns the scraps back into usable fiber. Combustion is not acceptable.",
  1800000, 8, 5000, "2027-08-31", "en", ["fiber_regen"],
  sib={"chem_recycle": (1, "chemical route for polyester, not cotton fibre"), "wte": (0, "combustion excluded")})

# 28 fuel metering for MRR
T("mrv_meter", "能碳数字科技", "企业能源计量与碳排放在线监测平台", ["ghg-data", "energy-efficiency"], "zh",
  "对燃料计量、蒸汽、电表及工艺数据自动采集，按核算指南与第三方核查要求生成排放报告与数据质量控制记录，保留原始数据链，支持英文界面与美国核算方法配置。", 9, [30000, 200000], ["*"], 0)
T("esg_consult", "Greenpath Advisors", "ESG reporting consultancy", ["ghg-data"], "en",
  "Annual sustainability reports and CDP responses.", 9, [20000, 100000], ["*"], 0)
N(28, "Pittsburg", "US-CA", "Automated fuel and process data for mandatory GHG reporting", ["ghg-data"],
  "Mid-size manufacturers in the city's industrial zone report emissions to the state each year and struggle with third-party verification findings on missing meter data. We want a system that captures fuel-meter and process data automatically and keeps a verifiable record.",
  200000, 8, None, "2027-01-31", "en", ["mrv_meter"],
  sib={"esg_consult": (1, "reporting service without data capture"), "org_inv": (1, "manual inventory service")})

# 29 vegetation barrier
T("veg_barrier", "广州园林生态", "道路与堆场边界植被屏障营造", ["nature-based", "clean-air"], "zh",
  "在货运场站、道路与住宅之间营造多层常绿乔灌木屏障，选用叶面粗糙、滞尘能力强的树种，高度与密度按扩散模拟设计，可降低近地颗粒物浓度，兼具降噪与遮荫。", 9, [100000, 1500000], ["*"], 50)
T("sound_wall", "Barrierline", "Precast sound walls", ["green-transportation"], "en",
  "Concrete sound walls along rail and freeway corridors.", 9, [500000, 5000000], ["US"], 0)
T("home_hepa", "Clearhome", "Home air purifier programs", ["clean-air"], "en",
  "HEPA purifiers distributed to households near freight corridors.", 9, [50000, 500000], ["US"], 0)
N(29, "Wilmington", "US-CA", "Planted buffer between a rail yard and homes", ["nature-based", "clean-air"],
  "Under the community air-protection plan, the city has a 40-ft-wide strip along 1.2 miles between an intermodal rail yard and a neighborhood. We want it planted to reduce near-road particle exposure and provide shade.",
  1200000, 8, 30, "2027-10-01", "en", ["veg_barrier"],
  sib={"sound_wall": (1, "a solid barrier, not planting"), "home_hepa": (1, "protects indoors, another way")})

# 30 cool roof coating
T("cool_coat", "三棵树工业涂料", "彩钢屋面反射隔热涂料", ["energy-retrofits", "green-buildings"], "zh",
  "适用于既有金属与改性沥青屋面的高反射弹性涂层，初始太阳反射比≥0.85、SRI≥105，兼具防水与防锈，滚涂或喷涂施工，不停产作业，已列入CRRC认证产品目录。", 9, [20000, 600000], ["*"], 200)
T("roof_insul", "Roofcore", "Polyiso roof re-cover", ["energy-retrofits"], "en",
  "Tapered polyiso board and new membrane over existing roofs.", 9, [200000, 3000000], ["US"], 150)
T("roof_pv", "Sunvolt Commercial", "Warehouse rooftop PV", ["renewable-energy"], "en",
  "Ballasted PV on large warehouse roofs.", 9, [300000, 5000000], ["US"], 900)
N(30, "Sacramento", "US-CA", "Lower roof heat gain on existing food warehouses", ["energy-retrofits", "green-buildings"],
  "The city's industrial energy program will treat 600,000 sq ft of existing metal and built-up roofs on food warehouses to lower cooling loads and indoor heat. Work must not interrupt operations.",
  700000, 8, 300, "2027-06-01", "en", ["cool_coat"],
  sib={"roof_insul": (1, "insulation, another way, disruptive"), "roof_pv": (1, "shading by PV, not the goal")})
