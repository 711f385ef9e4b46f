"""English needs 16-23 and their technologies."""
from common import T, N

# ---------------------------------------------------------------- 16 cold-storage dock infiltration
T("en16_speeddoor", "冷链门业科技", "冷库高速保温卷帘门+充气式门封", ["energy-retrofits"],
  """适用于−30°C至+5°C冷库及穿堂：门体为聚氨酯保温软帘，开闭速度达2.0 m/s，雷达加地感线圈自动启闭，
  帘面内置电伴热防结冰；门外配充气式门封和液压升降平台，车厢与门洞之间基本无缝。实测可减少开门冷量
  损失60%—80%，明显减少结霜、起雾和蒸发器除霜次数。已在北美和东南亚200多个冷库安装。""",
  9, (60000, 500000), ["*"], 300)
T("en16_aircurtain", "Zephyr Air Curtains", "Air curtains for cold-storage doorways", ["energy-retrofits"],
  """Vertical or overhead air curtains sized for cold-room and freezer openings up to 5 m high, with EC
  fans and adjustable nozzles. A well-set air stream can cut infiltration through an open door by
  50-70%, but performance drops when forklifts stop in the doorway or when wind pressure acts on the
  dock; best combined with fast doors.""",
  9, (5000, 120000), ["*"], 120)
T("en16_screw", "Polarcore Compressors", "High-efficiency screw compressor package with VFD", ["energy-efficiency"],
  """Industrial refrigeration screw compressor packages for ammonia and CO2 cascade plants, 100-1,500
  tons, with variable-speed drives, variable volume ratio and high-efficiency oil separation. Cuts
  compressor kWh by 15-30% at part load compared with slide-valve control, and comes with a
  plant-wide sequencing controller.""",
  9, (150000, 900000), ["*"], 400)
T("en16_desiccant", "Drystream Systems", "Desiccant dehumidifiers for cold-storage docks", ["energy-retrofits"],
  """Gas- or electric-reactivated desiccant wheels that deliver very dry air to docks and vestibules
  in front of freezers, lowering the dew point so that fog, frost on ceilings and wet floors are
  reduced. Units of 1,000-20,000 cfm with reactivation heat recovery.""",
  9, (40000, 400000), ["*"], 50)
T("en16_ethylene", "Freshkeep Technologies", "Ethylene scrubbers for fruit storage rooms", ["clean-air"],
  """Catalytic and potassium-permanganate ethylene removal units for apple, pear, kiwifruit and stone
  fruit rooms, keeping ethylene below 0.1 ppm to slow ripening and extend storage life. Wall-mounted,
  sized per room, with sensors and data logging.""",
  9, (8000, 150000), ["*"], None)

N("en16_cold_dock", "Fresno", "Cold-storage dock retrofit to stop frost and runaway compressor hours", ["energy-retrofits"],
  """We run a 220,000 sq ft fruit cold storage and packing facility in Fresno. The +34 °F rooms and a
  -10 °F freezer open onto a shared dock through 18 doors. In harvest season the doors cycle hundreds
  of times a shift; we get ice on the ceiling, fog at the dock, slippery floors, and the evaporators
  defrost constantly. The utility's audit says warm air coming in is the biggest load in the
  building. We want to fix the building, not the refrigeration plant; a new compressor or a bigger
  condenser is not what we are asking for. Work has to happen outside harvest (November to March).""",
  450000, 8, "US-CA", 350, "2027-04-01",
  answers=["en16_speeddoor"],
  alts=[("en16_aircurtain", "cuts doorway infiltration, but a partial measure on its own")],
  sibs=[("en16_screw", 0, "refrigeration plant upgrade, which the need rules out"),
        ("en16_desiccant", 1, "treats fog and frost at the dock, not the air coming in")],
  setting=[("en16_ethylene", "same fruit storage rooms, ripening not energy")])

# ---------------------------------------------------------------- 17 hard chrome tank emissions
T("en17_chromescrub", "铬净环保设备", "硬铬电镀槽推拉式槽边抽风+复合网垫+HEPA铬雾净化机组", ["clean-air"],
  """针对硬铬电镀槽铬酸雾：槽边采用推拉式（push-pull）吹吸罩，液面上方气流经CFD模拟验证，捕集效率
  95%以上；净化段为三级复合网垫除雾加HEPA高效过滤，网垫可在线冲洗，回收铬酸回槽。六价铬出口浓度可达
  0.001 mg/dscm以下，已在美国南加州通过现场源测试。机组为撬装，占地约12 m²。""",
  9, (80000, 400000), ["*"], None)
T("en17_packed", "Scrubtec Process", "Packed-bed wet scrubber for plating lines", ["clean-air"],
  """Horizontal or vertical packed-bed scrubbers in polypropylene for acid and alkaline plating
  fumes, with recirculating water, mist eliminator and pH control. Removes 95-99% of soluble acid
  mist; for hexavalent chromium it typically needs a downstream mesh pad and HEPA stage to meet the
  strictest limits.""",
  9, (40000, 250000), ["*"], None)
T("en17_trivalent", "三价铬工艺技术", "三价铬电镀工艺替代六价铬", ["clean-air"],
  """以硫酸盐或氯化物体系三价铬镀液替代六价铬镀液，用于装饰铬和部分功能性镀层，镀液毒性低、无铬酸雾，
  废水处理简单。需要更换阳极和整流控制，镀层硬度与耐磨性低于传统硬铬，需经客户重新认证。""",
  8, (50000, 300000), ["*"], None)
T("en17_suppressant", "Foamguard Chemicals", "PFAS-free fume suppressant for chromium baths", ["clean-air"],
  """Non-fluorinated surfactant additive that forms a foam blanket and lowers surface tension of hard
  chrome and chrome-etch baths, reducing mist generation at the tank surface. Compatible with
  standard hard chrome chemistry; surface tension monitored with a stalagmometer. Used alone it
  rarely meets the lowest emission limits.""",
  8, (2000, 30000), ["*"], None)
T("en17_recovery", "Dragout Recovery Systems", "Chromic acid recovery from chrome rinse water", ["clean-water"],
  """Counter-current rinse tanks after hard chrome plating feed a cation exchange column that strips
  tramp metals and an atmospheric evaporator that concentrates the rinse back to bath strength, so
  chromic acid returns to the plating tank and rinse water is reused. Cuts chromium wastewater by
  more than 90% and chromic acid purchases by a third; skid sized per line.""",
  9, (60000, 300000), ["*"], None)

N("en17_hard_chrome", "Los Angeles", "Hexavalent chromium tank emission controls for a hard chrome shop", ["clean-air"],
  """Family-owned hard chrome shop in the South Bay with six plating tanks (the largest 1,800 gallons),
  mostly aerospace landing-gear and hydraulic rod work. The air district's amended chrome plating
  rule tightens our emission limit and we need better capture and control on the tanks. The PFOS-type
  fume suppressants we used years ago are banned and we won't go back to any PFAS product. Our
  customers' specs still call for hexavalent hard chrome, so switching the chemistry is not on the
  table for now. We need capture at the tank and a control device that passes a source test, on a
  small shop footprint.""",
  350000, 8, "US-CA", None, "2027-01-15",
  answers=["en17_chromescrub"],
  alts=[("en17_packed", "an add-on control device, but may not meet the hex chrome limit alone")],
  sibs=[("en17_trivalent", 0, "changing the chemistry, which the need rules out"),
        ("en17_suppressant", 1, "emission reduction at the bath surface, not capture and control")],
  setting=[("en17_recovery", "same chrome line, rinse water not air")])

# ---------------------------------------------------------------- 18 brewery wastewater
T("en18_ic", "清源厌氧技术", "IC内循环高效厌氧反应器（啤酒饮料废水）", ["clean-water"],
  """两级三相分离的内循环厌氧反应器，高径比大、占地小，容积负荷15—30 kg COD/(m³·d)，COD去除率
  75%—90%，所产沼气（甲烷含量约70%）可供锅炉或热电联产使用。配调节酸化罐和pH自动控制，能适应清洗水
  冲击。已在国内外60余家啤酒厂运行，可提供符合美国标准的设计文件。""",
  9, (900000, 4000000), ["*"], 1800)
T("en18_egsb", "Granulite Water", "Expanded granular sludge bed (EGSB) reactor with biogas conditioning",
  ["clean-water"],
  """Tall anaerobic reactors with granular sludge and effluent recirculation, loaded at 15-25 kg
  COD/m³·day, for breweries, wineries and beverage plants. 80-90% soluble COD removal in a small
  footprint, pre-acidification tank with pH correction, and biogas cleanup (H2S scrubbing, moisture
  removal) for boiler or CHP use. Design, start-up with seed granules and operator training.""",
  9, (1000000, 4500000), ["*"], 1700)
T("en18_lagoon", "Aerolagoon Systems", "Aerated lagoon systems for food and beverage wastewater", ["clean-water"],
  """Partial-mix and complete-mix aerated lagoons with floating diffusers and baffles, for high-BOD
  wastewater where land is available. Low capital cost and simple operation; typical hydraulic
  residence of 5-20 days.""",
  9, (300000, 2500000), ["*"], None)
T("en18_anmbr", "Membrion Bio", "Anaerobic membrane bioreactor (AnMBR) demonstration unit", ["clean-water"],
  """Anaerobic reactor coupled with submerged membranes for solids-free effluent and full biomass
  retention, targeted at high-strength brewery and dairy streams. A 50 m³/day demonstration is
  operating; full-scale units are offered with performance guarantees under a pilot programme.""",
  6, (800000, 3000000), ["*"], 1500)

N("en18_brewery_effluent", "Santa Rosa", "Brewery process wastewater pretreatment to cut BOD surcharges", ["clean-water"],
  """Our Sonoma County brewery (about 600,000 barrels a year) sends roughly 350,000 gallons a day of
  process water to the city sewer at 3,000-6,000 mg/L BOD, with pH swings from CIP. The sewer
  district's surcharges run above $1.2 million a year and the new discharge permit caps our BOD
  loading. We'd like pretreatment that takes out most of the organics and, ideally, gives us
  something usable back. The site is tight: an aerated lagoon or a big activated-sludge basin won't
  fit and is not something we'll consider.""",
  3000000, 8, "US-CA", 1500, "2027-09-01",
  answers=["en18_ic", "en18_egsb"],
  sibs=[("en18_lagoon", 0, "aerated lagoon, which the need rules out"),
        ("cn07_daf", 1, "food and beverage pretreatment, but physical removal, no biogas")],
  setting=[("cn06_co2rec", "same brewery, CO2 not wastewater")],
  traps=[("en18_anmbr", "trl", "on topic, TRL 6 against min TRL 8")])

# ---------------------------------------------------------------- 19 foundry sand
T("en19_thermal", "铸源再生装备", "铸造旧砂热法再生成套线（焙烧+机械+冷却）", ["waste-treatment"],
  """适用于黏土砂与树脂砂混合旧砂：先磁选破碎，再经机械擦洗去除黏土膜，进入流态化焙烧炉在650—750°C烧去
  有机粘结剂，最后沸腾冷却和分级。再生砂灼减量<0.3%、酸耗值低，可替代80%以上新砂用于制芯和造型。单线
  3—10 t/h，配尾气燃烧和除尘接口，已出口美国、墨西哥的铸造厂。""",
  9, (800000, 3500000), ["*"], 1000)
T("en19_mech", "Attrisand Equipment", "Mechanical attrition sand reclaimer", ["waste-treatment"],
  """Pneumatic and rotary attrition units that scrub binder residue from no-bake and green sand,
  with fines extraction and sand cooling. Returns 60-80% of no-bake sand to molding; clay-bonded and
  organic residues are only partly removed, so reclaimed sand is rarely suitable for cores.""",
  9, (150000, 900000), ["*"], 500)
T("en19_broker", "Groundcycle Materials", "Foundry sand beneficial reuse brokerage", ["waste-treatment"],
  """We take characterised spent foundry sand off your hands and place it in approved beneficial
  uses: road base, flowable fill, asphalt, cement kiln feed and topsoil blends. Includes lab testing,
  regulatory approvals and logistics, and usually costs less than landfill.""",
  9, (20000, 300000), ["US"], 400)

N("en19_foundry_sand", "Stockton", "Spent foundry sand: stop landfilling 30,000 tons a year", ["waste-treatment"],
  """We're a gray and ductile iron foundry in Stockton pouring about 40,000 tons of castings a year in
  green sand with no-bake cores. We haul around 30,000 tons of spent sand to landfill every year, and
  tipping fees plus trucking are now our third-largest cost. The local contractor who took it as fill
  has stopped. We want to clean the sand on site and put it back into the molding and coremaking
  lines. Land application or another reuse broker is not what we're looking for. The system has to
  tie into an existing baghouse and pass San Joaquin Valley air district permitting.""",
  2200000, 8, "US-CA", 900, "2027-10-01",
  answers=["en19_thermal"],
  alts=[("en19_mech", "on-site reclamation, but mechanical only, not fit for cores")],
  sibs=[("en19_broker", 0, "off-site reuse through a broker, which the need rejects")],
  setting=[("cn08_dust", "same foundry, fume collection not sand")])

# ---------------------------------------------------------------- 20 compressed air
T("en20_master", "捷控节能", "空压站智能群控系统+超声波泄漏检测服务", ["energy-efficiency"],
  """对多台不同品牌、不同型号（定频、加卸载、变频）空压机统一联控，按管网压力和流量实时决定加载台数和
  顺序，把设定压力降低0.5—1 bar，避免多台同时部分负载；配流量计和露点仪，建立用气基线。同时用超声波
  成像仪逐点查找泄漏并挂牌，出具修复清单和减量测算。一般节电15%—35%，可远程提供英文报表。""",
  9, (30000, 200000), ["*"], 450)
T("en20_leak", "Soundtrace Services", "Acoustic imaging leak survey and repair programme", ["energy-efficiency"],
  """Technicians survey compressed-air, nitrogen and vacuum systems with acoustic imaging cameras,
  tag and photograph each leak, estimate its cfm and cost, and repair the top leaks on the same visit.
  A typical plant finds 20-40% of its air going to leaks; we return each quarter to keep it down.""",
  9, (5000, 60000), ["*"], 250)
T("en20_vsd", "Airtorque Compressors", "Variable-speed rotary screw compressor replacement", ["energy-efficiency"],
  """Oil-injected rotary screw compressors of 50-350 hp with permanent-magnet motors and full
  variable-speed drive, matching output to demand and cutting energy by up to 35% against
  load/unload machines. Supplied with dryer, receivers and installation.""",
  9, (60000, 400000), ["*"], 400)
T("en20_heatrec", "余热宝热能", "空压机余热回收热水机组", ["energy-efficiency"],
  """在喷油螺杆空压机油路上加装板式换热器，回收压缩热把水加热到55—75°C，用于锅炉补水、清洗和生活热水，
  可回收空压机输入功率的70%左右，同时降低油温，延长空压机寿命。""",
  9, (10000, 80000), ["*"], 200)
T("en20_condensate", "Steamwise Engineering", "Corrugator steam trap and condensate return upgrade", ["energy-efficiency"],
  """Survey and replacement of failed steam traps on corrugators and glue kitchens, closed-loop
  condensate return and flash-steam recovery. Typical boiler fuel savings of 10-20% in corrugated
  box plants.""",
  9, (30000, 250000), ["*"], 350)
T("en20_audit", "Kilowise Engineering", "ASHRAE Level 2 industrial energy audit", ["energy-efficiency"],
  """Walk-through and detailed energy audit of a plant: utility bill analysis, short-term logging of
  major loads, and a report of energy conservation measures with costs, savings and payback,
  including lighting, motors, compressed air, steam and HVAC, ready for utility incentive
  applications.""",
  9, (15000, 80000), ["US"], None)

N("en20_compressed_air", "Vernon", "Compressed-air system savings at a corrugated packaging plant", ["energy-efficiency"],
  """Our Vernon corrugated plant has four 150 hp air compressors (two fixed-speed, two older
  load/unload) feeding the corrugators, die-cutters and the baler. Nobody can tell us what we
  actually use: on weekends, with only the baler running, two machines still cycle all day, and you
  hear hissing everywhere on the floor. The utility rep estimates a third of our air is lost. We want
  to find and fix what we waste and run the compressors we already own smarter. Please don't quote a
  new compressor; we bought two in 2021.""",
  250000, 8, "US-CA", 500, "2027-02-01",
  answers=["en20_master"],
  alts=[("en20_leak", "finds and fixes leaks, but does not control the compressors")],
  sibs=[("en20_vsd", 0, "a new compressor, which the need refuses"),
        ("en20_heatrec", 1, "compressed-air savings, but recovering heat, not waste"),
        ("en20_audit", 1, "a plant-wide audit that covers compressed air, but no control or repair")],
  setting=[("en20_condensate", "same corrugated plant, steam not air")])

# ---------------------------------------------------------------- 21 winery floating PV
T("en21_floatpv", "浮光新能源", "水面漂浮式光伏系统（HDPE浮体+弹性锚固）", ["renewable-energy"],
  """采用食品级HDPE一体吹塑浮体，不需要在池底打桩，锚固采用岸边锚桩加弹性缆绳，可适应最大6米的水位变化，
  适用于衬膜水池、灌溉池和污水处理厂氧化塘，并预留曝气设备检修通道。系统容量200 kW—50 MW，水面遮蔽还
  可减少蒸发和藻类。已在美国加州、日本和东南亚有项目，组件和逆变器符合UL标准。""",
  9, (400000, 30000000), ["*"], 400)
T("en21_agrivolt", "Vinesun Trackers", "Agrivoltaic single-axis trackers for vineyards and orchards", ["renewable-energy"],
  """Elevated single-axis trackers that straddle vine rows or orchard blocks, with row spacing and
  height set for tractors. Backtracking can shade vines during heat waves, lowering sunburn on fruit.
  Ground screws, 1-20 MW per site, and crop-yield monitoring.""",
  9, (500000, 20000000), ["*"], 600)
T("en21_carport", "Shadewell Solar", "Solar carport canopies", ["renewable-energy"],
  """Steel carport structures with bifacial modules over parking lots and truck yards, 100 kW to 5 MW,
  with optional EV charger integration and LED lighting underneath. Engineered for California
  seismic and wind loads.""",
  9, (300000, 6000000), ["*"], 300)
T("en21_pondaeration", "Cellarflow Water", "Winery wastewater pond aeration and treatment", ["clean-water"],
  """Fine-bubble and surface aeration retrofits for winery process-water ponds, with pH control and
  solids removal so the water meets irrigation reuse requirements through crush. Cuts odour
  complaints and pond blower energy by up to 50%.""",
  9, (60000, 600000), ["*"], 80)

N("en21_winery_pond", "Napa", "Solar on our winery's process-water pond, vineyard land off limits", ["renewable-energy"],
  """A Napa Valley winery and bottling facility using about 1.4 GWh a year. We have a 3.5-acre lined
  pond that holds treated process water for irrigation. Roofs are small and shaded by oaks, and the
  vineyard blocks are not available for anything: no ground mount, no trackers between rows. We'd
  like to generate power on the pond surface without harming the liner or the aerators, and the
  design has to handle a seasonal swing in water level of about 12 feet. Net billing with the
  utility.""",
  1600000, 8, "US-CA", 450, "2027-05-01",
  answers=["en21_floatpv"],
  sibs=[("en21_agrivolt", 0, "trackers in the vineyard, which the need rules out"),
        ("en21_carport", 1, "on-site solar, but over parking, not on the pond")],
  setting=[("en21_pondaeration", "same pond, water treatment not power")])

# ---------------------------------------------------------------- 22 freezer cold storage
T("en22_pcm", "蓄冷科技", "冷库相变蓄冷板系统（−26°C共晶）", ["energy-storage"],
  """在冷库顶部或货架上方安装充注−26°C或−33°C共晶相变材料的蓄冷板，夜间和非高峰时段由现有制冷系统
  过冷蓄冷，高峰时段压缩机可停机3—6小时，库温波动控制在±1.5°C以内。配蓄冷控制器，可对接现有PLC或
  电价信号。适用于冰淇淋硬化库、冷冻库和冷链中心，已有美国西部项目。""",
  9, (120000, 900000), ["*"], 250)
T("en22_bess", "Gridbank Storage", "Behind-the-meter lithium-ion battery storage for industrial sites", ["energy-storage"],
  """Containerised LFP battery systems of 500 kWh to 10 MWh with peak shaving, TOU arbitrage and
  demand-charge management, installed indoors or on a pad next to the building. UL 9540 listed, NFPA
  855 compliant, with a 15-year performance guarantee.""",
  9, (300000, 6000000), ["*"], 400)
T("en22_icehvac", "Glaciera Thermal", "Ice storage for commercial HVAC", ["energy-storage"],
  """Ice-on-coil thermal storage tanks that make ice at night with glycol chillers and melt it to
  cool buildings during on-peak hours, shifting 30-50% of cooling load. For offices, campuses and
  hospitals with chilled-water systems.""",
  9, (150000, 2000000), ["*"], 200)
T("en22_liquidair", "Cryostore Energy", "Liquid air energy storage with cold recovery for cold stores", ["energy-storage"],
  """Grid-scale storage that liquefies air with off-peak power and later expands it through a turbine,
  with the cold released on discharge supplied to adjacent cold storage and freezing. 50-200 MWh
  plants built on a project basis.""",
  8, (25000000, 90000000), ["*"], 3000)

N("en22_freezer_peak", "Ontario", "Shift freezer refrigeration load out of the 4-9 pm window", ["energy-storage"],
  """Ice cream and frozen dessert plant in Ontario, California, with a 90,000 sq ft -20 °F hardening
  and storage freezer. Time-of-use rates and summer peak charges make 4-9 pm very expensive, and we'd
  like the refrigeration to coast through that window without the product warming. Our insurer and
  the fire marshal have been clear that a lithium battery system inside or against the building won't
  be approved. We would rather store cold than electricity, inside the existing rooms if possible.""",
  700000, 8, "US-CA", 300, "2027-06-01",
  answers=["en22_pcm"],
  sibs=[("en22_bess", 0, "lithium battery storage, which the need says won't be approved"),
        ("en22_icehvac", 1, "cold storage for load shifting, but ice for building HVAC, not freezer rooms")],
  traps=[("en22_liquidair", "budget", "storage with cold recovery, far above the budget")])

# ---------------------------------------------------------------- 23 submetering without shutdown
T("en23_wirelessct", "智测物联", "免停电开口式无线电能监测终端+能效分析平台", ["smart-grid"],
  """开口式罗氏线圈或开口互感器直接卡在电缆上，电压信号取自柜内现有仪表端子或采用无电压接入模式估算，
  无需停电、无需剪断导线，单人每天可安装40—60个回路；LoRa或4G回传，0.5S级精度，支持480 V三相系统。
  平台按产线、工段自动汇总能耗，计算单位产品电耗并导出ISO 50001报表。""",
  9, (20000, 250000), ["*"], 350)
T("en23_revmeter", "Voltmark Metering", "Revenue-grade panel-mount power meters with solid-core CTs", ["smart-grid"],
  """ANSI C12.20 class 0.2 meters for switchgear and MCCs, installed with solid-core CTs and fused
  voltage taps during a planned outage, Modbus and BACnet output to any energy management system.
  The most accurate option for tenant billing and utility-grade measurement.""",
  9, (30000, 400000), ["*"], 200)
T("en23_mvr", "Pastevap Systems", "MVR conversion of tomato paste evaporators", ["energy-efficiency"],
  """Converts the first effect of three- and four-effect tomato paste evaporators to mechanical vapour
  recompression: a high-speed fan compresses the vapour and reuses it as heating steam, cutting steam
  per ton of paste by 40-60% while keeping Brix and colour. Installed between packs.""",
  9, (500000, 3000000), ["*"], 2500)

N("en23_line_submetering", "Modesto", "Line-by-line electricity submetering for a tomato processing plant", ["smart-grid"],
  """Our Modesto tomato paste and diced-tomato plant pays one utility bill for about 14 MW of connected
  load, and during the 100-day pack nobody can say which evaporator, sterilizer or pump station is
  eating the power. Corporate wants kWh per ton by line for its energy programme. The catch: we run
  24/7 in season, and off season the electricians are busy with overhauls, so anything that needs us
  to de-energize panels or cut into conductors to install is not going to happen. About 250
  circuits, mostly 480 V motor control centres.""",
  180000, 8, "US-CA", 400, "2027-03-01",
  answers=["en23_wirelessct"],
  sibs=[("en23_revmeter", 0, "hard-wired meters installed in an outage, which the need rules out"),
        ("en20_audit", 1, "tells where energy goes, but a one-off audit, not per-line metering")],
  setting=[("en23_mvr", "same tomato evaporators, steam not metering")])
