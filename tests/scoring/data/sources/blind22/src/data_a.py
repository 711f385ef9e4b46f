"""Chinese needs 01-08 and their technologies."""
from common import T, N

# ---------------------------------------------------------------- 01 cement kiln NOx
T("cn01_hdscr", "Calcinor Emission Systems", "High-dust SCR module for preheater-tower exhaust",
  ["clean-air"],
  """Selective catalytic reduction installed directly at the preheater exit of clinker lines, ahead of the conditioning tower, so no flue-gas reheating is needed. Wide-pitch honeycomb catalyst with soot blowers copes with dust loads up to 100 g/Nm³. Guaranteed outlet NOx below 50 mg/Nm³ at 10% O2 with ammonia slip
  under 2.5 mg/Nm³; reagent use typically falls 40-60% against SNCR alone. The steel reactor is
  erected alongside the tower and tied in during a 3-4 week kiln stop.""",
  9, (1800000, 4500000), ["*"], None)
T("cn01_sncrcfd", "华蓝环保科技", "SNCR精准喷氨优化系统", ["clean-air"],
  """基于CFD流场模拟和分解炉分区测温，对现有SNCR喷枪重新布点，加装多层可调雾化喷枪和氨水流量闭环控制，
  根据CEMS数据实时调节喷氨量。在不新增反应器的前提下，可将窑尾NOx由300 mg/m³降至100 mg/m³左右，
  氨水用量下降15%—20%，改造工期约7天。""",
  9, (120000, 400000), ["CN"], None)
T("cn01_ozone", "臻氧环境工程", "低温臭氧氧化脱硝装置", ["clean-air"],
  """由大型臭氧发生器制备O₃注入烟道，将难溶的NO氧化成高价态氮氧化物，再由后续湿法或半干法吸收塔一并吸收，
  适用于烟温低于150°C、无法布置催化剂的工业窑炉烟气。脱硝效率可达90%以上，不需要催化剂，不产生氨逃逸，
  已用于玻璃窑、焦炉和水泥窑尾。""",
  9, (800000, 3000000), ["CN"], None)
T("cn01_lowdust", "Tailend Denox Engineering", "Low-dust tail-end SCR with gas-gas reheater", ["clean-air"],
  """SCR reactor placed after the kiln main baghouse, where the gas is clean and catalyst life is
  long, but only 100-130 °C. A rotary gas-gas heater and a gas-fired duct burner lift the gas above
  220 °C before the catalyst, then return the heat downstream. Outlet NOx below 50 mg/Nm³ with low
  ammonia slip. Suits old lines with no room at the preheater tower; needs about 600 m² of new plot
  and burns some supplementary fuel.""",
  9, (2000000, 5000000), ["*"], None)
T("cn01_whr", "Kilnpower Cogeneration", "Cement kiln waste heat power plant (AQC + SP boilers)",
  ["energy-efficiency"],
  """Turnkey waste heat recovery power generation for clinker lines: suspension-preheater (SP)
  boiler on the kiln exit gas and an AQC boiler on the clinker cooler mid-section, feeding a
  condensing steam turbine. Generates 30-40 kWh per tonne of clinker, covering up to a third of the
  plant's power demand. Boilers are designed for high dust with vibration rapping and bypass dampers
  for operation during boiler maintenance.""",
  9, (6000000, 18000000), ["*"], 22000)

N("cn01_cement_nox", "Huzhou", "水泥熟料生产线氮氧化物超低排放改造询价", ["clean-air"],
  """根据《长兴县水泥行业超低排放改造整治方案》，我公司5000t/d熟料线窑尾废气NOx须在2027年底前稳定低于
  50 mg/m³（标态、10%O₂），氨逃逸不高于8 mg/m³。现有SNCR已经把氨水喷到极限，氨水月耗近600吨，
  CEMS上氨逃逸仍经常超标，窑尾袋收尘还出现糊袋。臭氧氧化法生成的硝酸盐会进入窑灰，县生态环境局已明确
  不认可，请勿报该工艺。希望方案在现有预热器出口至增湿塔之间实施，利用停窑检修窗口约25天完成。""",
  2800000, 8, "CN-ZJ", None, "2027-12-31",
  answers=["cn01_hdscr"],
  alts=[("cn01_lowdust", "SCR, meets 50 mg/m3, but tail-end after the baghouse with reheating, not at the preheater exit")],
  sibs=[("cn01_sncrcfd", 1, "denitration by optimising the existing SNCR: cannot reach 50 mg/m3"),
        ("cn01_ozone", 0, "ozone oxidation, which the need says the regulator rejects")],
  setting=[("cn01_whr", "same cement kiln exhaust, power generation instead of NOx")])

# ---------------------------------------------------------------- 02 lime kiln CO2 to food grade
T("cn02_kilnco2", "Northbay Carbonics", "Kiln-gas CO2 recovery and beverage-grade liquefaction plant",
  ["carbon-capture"],
  """Packaged amine absorption unit with a low-energy solvent (2.6 GJ/t CO2 regeneration duty)
  designed for lime-kiln, fermentation and boiler off-gas at 10-30 vol% CO2. Downstream: water wash, carbon and molecular-sieve drying, liquefaction at -25 °C and 2.0 MPa and a stripper for non-condensables. Product meets ISBT and EIGA beverage
  specifications (99.9% purity, O2 below 30 ppm). Sizes 30-300 t/day; eleven plants running.""",
  9, (3500000, 12000000), ["*"], 45000)
T("cn02_psa", "鲁青气体工程", "变压吸附提浓+低温精馏食品级液体二氧化碳装置", ["carbon-capture"],
  """针对石灰窑气、合成氨驰放气等中浓度CO₂气源，采用两段变压吸附（PSA）把CO₂提浓到95%以上，再经压缩、
  干燥脱硫、低温精馏得到液体二氧化碳，产品符合GB 1886.228食品添加剂标准，可直接槽车外售。单套规模
  1万—10万吨/年，已在钢铁、化工企业建成投运6套。""",
  8, (2500000, 8000000), ["CN"], 40000)
T("cn02_slag", "冀东固废资源", "钢渣CO₂矿化固碳制砖技术", ["carbon-capture", "waste-treatment"],
  """利用转炉钢渣中的游离氧化钙和硅酸钙与窑气中的CO₂在加压釜内反应，生成稳定的碳酸钙，同时把钢渣压制成
  路面砖和砌块。每吨钢渣可固定CO₂约0.1—0.2吨，钢渣体积安定性问题同时得到解决，产品符合GB/T 28635。""",
  8, (1500000, 6000000), ["CN"], 8000)
T("cn02_bfg", "Permeon Membranes", "Membrane CO2 separation for blast-furnace and converter gas",
  ["carbon-capture"],
  """Polymeric hollow-fibre membrane stages that pull CO2 out of blast-furnace and BOF gas,
  raising the calorific value of the fuel gas returned to the works grid. Two-stage units deliver a
  60-90% CO2 permeate stream for later compression or use, with no solvent and no steam demand.
  Skids of 50,000-500,000 Nm³/h gas, fitted after the existing gas cleaning.""",
  8, (3000000, 20000000), ["*"], 30000)
T("cn02_bigamine", "Carbonova Engineering", "Utility-scale post-combustion CO2 capture plant",
  ["carbon-capture"],
  """EPC delivery of amine-based carbon capture for power stations, steel and cement works at
  0.5-2 Mt CO2 a year: flue-gas quench, absorber and stripper columns, reclaimer, compression to
  pipeline pressure and optional liquefaction. Proven solvent with 90-95% capture rate; front-end
  engineering, permitting support and operator training included.""",
  9, (80000000, 400000000), ["*"], 1000000)

N("cn02_limekiln_co2", "Rizhao", "石灰窑尾气二氧化碳回收提纯项目技术征集", ["carbon-capture"],
  """公司炼钢配套有4座500t/d双膛石灰窑，窑气经除尘后CO₂体积浓度约20%—25%，目前直接排空。周边有啤酒、
  饮料和焊接保护气用户，希望把这部分气体回收成可以卖的液体产品，规模约5万吨/年，产品指标要达到食品
  添加剂级（GB 1886.228）。地质封存和钢渣矿化两条路线集团另有课题，这次不参与。要求技术在同类窑气或
  烟气上已有连续运行业绩。""",
  6000000, 7, "CN-SD", 50000, "2027-12-31",
  answers=["cn02_kilnco2", "cn02_psa"],
  alts=[("en27_amine", "capture module delivering CO2 gas, but no food-grade purification or liquefaction")],
  sibs=[("cn02_slag", 0, "slag mineralisation, which the need says is out of scope"),
        ("cn02_bfg", 1, "CO2 separation in the steel works, but from BF gas and not to a saleable product"),
        ("cn06_co2rec", 1, "CO2 recovery to food grade, but for near-pure fermentation gas, not a 20% kiln gas")],
  traps=[("cn02_bigamine", "budget", "utility-scale capture, cheapest deployment far above the budget")])

# ---------------------------------------------------------------- 03 ceramic kiln hot air to spray dryer
T("cn03_kilnduct", "Thermaloop Ceramics Engineering", "Kiln-to-dryer hot-air recovery system",
  ["energy-efficiency"],
  """Insulated ducting, high-temperature plug fans rated to 350 °C and modulating mixing dampers that
  take the clean exhaust from the rapid- and slow-cooling sections of roller kilns and deliver it as
  drying air to spray dryers and horizontal dryers. A PLC holds the kiln cooling-zone pressure steady,
  so tile quality is unaffected.
  Typical saving is 25-40% of spray-dryer fuel; tie-ins are made hot, without a kiln stop.""",
  9, (250000, 1200000), ["*"], 5500)
T("cn03_dryer", "佛陶节能", "辊道窑缓冷段余热引入卧式干燥器改造", ["energy-efficiency"],
  """将辊道窑缓冷段和尾冷段热风经保温管道引入前端卧式/立式坯体干燥器，替代干燥器自带的燃气烧嘴，
  干燥器燃气可节约50%左右。改造只涉及窑炉与干燥器之间的短管道，施工3—5天，适合单线改造，
  但不涉及喷雾干燥塔供热。""",
  9, (40000, 150000), ["CN"], 900)
T("cn03_orc", "Cyclegen Power", "ORC generator for low-temperature industrial exhaust",
  ["energy-efficiency", "renewable-energy"],
  """Organic Rankine cycle modules of 100 kW to 2 MWe that generate electricity from exhaust gas
  or hot water at 150-350 °C, using a thermal-oil loop and a silicone or hydrocarbon working fluid.
  Net electrical efficiency 12-18%, fully automatic unattended operation, skid-mounted turbine and
  air-cooled condenser. Used on kilns, furnaces and engines.""",
  9, (500000, 4000000), ["*"], 2500)
T("cn03_glaze", "Glazeclear Water", "Glaze-line wastewater recycling for tile plants", ["clean-water"],
  """Collects wash water from glazing lines, polishing and kiln-car cleaning, separates glaze solids
  by flocculation and a filter press, and returns clarified water to ball mills and glaze
  preparation. Recovered glaze sludge can be dosed back into the body mix. Cuts fresh-water intake
  by 60-80% and removes a hazardous-sludge stream.""",
  9, (100000, 600000), ["*"], None)

N("cn03_tile_kiln_heat", "Foshan", "陶瓷辊道窑余热综合利用技改项目需求", ["energy-efficiency"],
  """我厂有3条宽体辊道窑（长度约350米），急冷和缓冷段抽出的热风约200—280°C，现在大部分通过屋顶风机
  直接排掉，车间夏天很热。与此同时喷雾干燥塔还在用水煤浆热风炉供热，换天然气以后成本更高。希望把这部分
  热量用回到工艺上。我们做过测算，这么低的温度拿去发电回报太差，发电类方案就不用报了。需要在不停窑的
  情况下施工，不能影响窑内气氛和砖坯质量。项目准备申报市工信局节能技改补贴。""",
  900000, 8, "CN-GD", 6000, "2027-03-31",
  answers=["cn03_kilnduct"],
  alts=[("cn03_dryer", "kiln heat back to process, but only to the small body dryer, not the spray dryer")],
  sibs=[("cn03_orc", 0, "power generation, which the need says not to offer")],
  setting=[("cn03_glaze", "same tile plant, water not heat")])

# ---------------------------------------------------------------- 04 caustic reduction effluent
T("cn04_tpa", "Polyrecover Process Co.", "Terephthalic acid recovery from polyester deweighting liquor",
  ["clean-water", "waste-treatment"],
  """Acidifies spent caustic from polyester weight-reduction (deweighting) to pH 2-3, crystallises
  the dissolved terephthalate under control and dewaters it on a plate-and-frame or belt filter,
  recovering crude terephthalic acid (85-95% purity) that resin and plasticiser makers buy back.
  Removes 70-85% of the stream's COD before the biological stage and yields 8-15 kg of acid per m³.
  Packaged lines of 200-2,000 m³/day.""",
  9, (600000, 2500000), ["CN", "IN", "VN"], 600)
T("cn04_mvr", "江南蒸发设备", "MVR蒸发结晶高盐高浓废水零排放系统", ["clean-water"],
  """采用机械蒸汽再压缩（MVR）降膜+强制循环蒸发器，对高盐、高COD废水进行浓缩结晶，冷凝水回用，
  结晶盐分质外售或处置，实现废水近零排放。吨水电耗25—40 kWh，钛材换热管耐腐蚀，处理规模
  50—1000 m³/d，已用于化工、印染和煤化工园区。""",
  9, (800000, 12000000), ["CN"], None)
T("cn04_fenton", "清泓水处理", "芬顿高级氧化+混凝沉淀深度处理装置", ["clean-water"],
  """针对高浓度、难降解有机废水，投加硫酸亚铁和双氧水产生羟基自由基，断链开环后再混凝沉淀，COD去除率
  60%—80%，可提高后续生化性。设备一体化、自动加药，适合印染、化工、制药废水预处理，但会产生较多
  含铁污泥。""",
  9, (200000, 1500000), ["CN"], None)
T("cn04_stenter", "Tenterwise", "Stenter exhaust heat recovery with oil-mist electrostatic precipitator",
  ["clean-air", "energy-efficiency"],
  """Treats the hot, oily exhaust of textile stenter frames: an air-to-air heat exchanger preheats the
  stenter's fresh air by 60-90 K, then a wet electrostatic precipitator removes oil mist, smoke and
  odour to below 10 mg/m³. Self-cleaning spray nozzles, recovered oil collected for disposal. Fuel
  savings of 20-30% per stenter.""",
  9, (80000, 350000), ["*"], 400)

N("cn04_deweighting", "Shaoxing", "印染园区涤纶碱减量废水预处理技术询价", ["clean-water"],
  """园区管委会收集企业意见：园区内12家企业做涤纶仿真丝碱减量，减量废水COD高达2万—5万 mg/L、pH在13以上，
  水量不大（合计约800 t/d），但冲击园区集中污水厂，出水超标时段占到三成。拟在园区建一座集中预处理站，
  专收这股废水，最好能把水里的东西回收回来抵一部分运行费。蒸发结晶一类的做法能耗太高，管委会不考虑。
  请有工程业绩的单位报技术方案和概算。""",
  1500000, 7, "CN-ZJ", None, "2027-06-30",
  answers=["cn04_tpa"],
  sibs=[("cn04_mvr", 0, "evaporation and crystallisation, which the committee rules out"),
        ("cn04_fenton", 1, "pretreatment of strong effluent, but by oxidation, recovering nothing")],
  setting=[("cn04_stenter", "same dyeing and finishing plants, exhaust air not effluent")])

# ---------------------------------------------------------------- 05 PCB spent etchant
T("cn05_etchregen", "CuLoop Systems", "Closed-loop cupric chloride etchant regeneration with copper electrowinning",
  ["waste-treatment"],
  """Inline unit that bleeds spent acidic CuCl2 etchant from the etcher, plates the copper out as
  99.9% cathode sheet in a membrane electrolysis cell and returns the regenerated etchant to the line;
  chlorine formed at the anode is re-absorbed as the oxidant. Eliminates 90-100% of spent-etchant
  shipments and cuts oxidant and HCl purchases by about 70%. Skid footprint 40-120 m².""",
  9, (250000, 900000), ["*"], 200)
T("cn05_rinse", "粤铜环保设备", "微蚀液与水洗水电解提铜机", ["waste-treatment", "clean-water"],
  """用于线路板微蚀槽（硫酸/过硫酸钠体系）和铜离子水洗水：旋流电解槽把铜以铜片形式回收，处理后的微蚀液
  可部分回用，水洗水含铜降至1 mg/L以下再进废水站。单机日回收铜20—80公斤，占地小于10平方米，但不
  适用于酸性氯化铜蚀刻液。""",
  9, (30000, 120000), ["CN"], 50)
T("cn05_haul", "东江危废处置中心", "含铜蚀刻废液（HW22）收集转运与资源化处置服务", ["waste-treatment"],
  """持有危险废物经营许可证，提供含铜蚀刻废液收集、专用槽车转运、五联单办理和集中资源化处置服务，
  在处置中心内提铜制备碱式氯化铜、硫酸铜产品。可签年度合同，按吨计价，为企业提供危废台账和
  规范化管理咨询。""",
  9, (20000, 400000), ["CN-GD"], 100)

N("cn05_pcb_etchant", "Dongguan", "PCB企业蚀刻废液减量与资源化技改需求", ["waste-treatment"],
  """我司是双面及多层线路板厂，酸性氯化铜蚀刻线每月产生含铜蚀刻废液约180吨，属HW22危险废物，全部委托
  有资质单位处置，单价逐年上涨，转移联单和厂内贮存也很头疼。企业想在厂内解决：蚀刻液能循环用，铜能以
  产品形式出来。继续签外运处置合同，不是我们要的答案。场地限制：可用面积约150平方米，须满足东莞市危废
  规范化管理要求，车间已有酸雾收集系统。""",
  700000, 8, "CN-GD", 300, "2027-04-30",
  answers=["cn05_etchregen"],
  alts=[("cn05_rinse", "in-plant copper electrowinning, but only for microetch and rinse water, not the main etchant")],
  sibs=[("cn05_haul", 0, "off-site hazardous-waste disposal contract, which the need rejects")])

# ---------------------------------------------------------------- 06 brewery solar process heat
T("cn06_fresnel", "Helioterm Industrial Solar", "Linear Fresnel solar steam field for process heat",
  ["renewable-energy"],
  """Ground-mounted linear Fresnel concentrators that deliver pressurised hot water or saturated steam
  at 120-250 °C straight into an existing steam header, or through a heat exchanger. 0.55-0.65 MWth
  per 1,000 m² of mirror aperture, wind-rated to 110 km/h, single-axis mirror tracking and robotic
  dry cleaning. Built for breweries,
  dairies and textile finishers, with a 25-year design life and performance-based supply contracts.""",
  9, (700000, 6000000), ["*"], 2200)
T("cn06_etc", "鲁阳光热", "真空管太阳能集热工业热水系统", ["renewable-energy"],
  """全玻璃真空管集热器阵列加承压水箱，为工厂提供45—90°C的工艺热水和清洗用热水，与燃气锅炉串联
  运行。集热效率高、抗冻，适合屋面和空地安装，每千平方米集热面积年产热约1800 GJ，但无法直接
  提供蒸汽或95°C以上热水。""",
  9, (150000, 900000), ["CN"], 700)
T("cn06_biomass", "绿能锅炉", "生物质成型燃料蒸汽锅炉", ["renewable-energy"],
  """燃用木屑、秸秆压块等生物质成型燃料的链条炉排蒸汽锅炉，蒸发量2—35 t/h，配套布袋除尘和SNCR，
  烟尘排放低于20 mg/m³。燃料来源可再生，按现行核算可视作零碳热源，适用于食品、酿造、印染企业
  替代燃煤燃气锅炉。""",
  9, (300000, 3000000), ["CN"], 8000)
T("cn06_pvboiler", "Sunforge Energy", "Solar PV plant paired with an electric steam boiler",
  ["renewable-energy"],
  """Ground-mount PV array sized to the site's daytime heat demand, feeding an electrode or resistance
  steam boiler behind the meter so that solar electricity displaces gas in process steam. Includes
  inverters, grid-export limiter and a controller that shifts boiler output to solar hours. Simple
  to permit, but needs roughly three times the land of a solar-thermal field for the same heat.""",
  9, (900000, 8000000), ["*"], 2000)
T("cn06_co2rec", "Fermentek Gas", "Fermentation CO2 recovery for breweries", ["carbon-capture"],
  """Collects CO2 from fermentation tanks, scrubs and dries it, removes odours on activated carbon and
  liquefies it to beverage quality for reuse in carbonation and bottling, so the brewery stops buying
  delivered CO2. Units of 50-2,000 kg/h for fermentation gas above 99% CO2; 300+ breweries.""",
  9, (150000, 1500000), ["*"], 900)

N("cn06_brewery_heat", "Qingdao", "啤酒厂糖化工段可再生热源替代项目", ["renewable-energy"],
  """我厂年产啤酒40万千升，糖化、煮沸和CIP清洗用热全部来自两台燃气蒸汽锅炉，工艺所需温度在80—140°C
  之间。集团要求2030年前热力环节化石燃料消耗减少30%。厂区北侧有约1.5万平方米闲置空地，日照条件较好。
  按市里大气治理要求，不得新增任何燃烧类锅炉——生物质、沼气锅炉也算在内。欢迎提供能与现有蒸汽/
  热水系统并网运行的方案。""",
  1200000, 8, "CN-SD", 2500, "2027-05-31",
  answers=["cn06_fresnel"],
  alts=[("cn06_etc", "solar heat on the free land, but only hot water below 90 C, not the 80-140 C duty")],
  sibs=[("cn06_biomass", 0, "a combustion boiler, which the need forbids"),
        ("cn06_pvboiler", 1, "solar, but electricity into an electric boiler, not solar heat"),
        ("cn07_thermbat", 1, "fossil-free process steam, but grid-charged storage, not renewable heat")],
  setting=[("cn06_co2rec", "same brewery, fermentation CO2 not heat")])

# ---------------------------------------------------------------- 07 off-peak thermal storage for steam
T("cn07_thermbat", "Kilnstone Energy", "Electrically charged thermal battery for process steam",
  ["energy-storage"],
  """Modular thermal storage that charges from the grid during off-peak hours through resistive
  heaters into refractory brick (up to 800 °C) and discharges on demand through an integrated
  once-through steam generator, delivering saturated steam at up to 1.6 MPa. 10-300 MWh per site,
  10-24 hours of storage. No combustion and no electrochemical
  cells; units ship in containers and connect to an existing steam header.""",
  8, (1200000, 15000000), ["*"], 3500)
T("cn07_pcm", "苏能蓄热", "相变蓄热式热水机组（谷电蓄热）", ["energy-storage"],
  """利用夜间谷电加热复合相变材料（相变温度约95°C）蓄热，白天通过板换放热，提供50—85°C热水，
  可用于清洗、生活热水和低温工艺。单台蓄热量0.5—5 MWh，体积约为水蓄热的三分之一，但不能直接
  产生工艺蒸汽。""",
  9, (60000, 600000), ["CN"], 400)
T("cn07_lfp", "锂盾储能", "工商业磷酸铁锂储能柜（215 kWh）", ["energy-storage"],
  """一体化户外储能柜，单柜215 kWh/100 kW，磷酸铁锂电芯，液冷温控，配置全氟己酮消防和可燃气体探测，
  支持峰谷套利、需量控制和应急备电，可多柜并联至数MWh，接入企业配电房低压母线。""",
  9, (70000, 2000000), ["CN"], 300)
T("cn07_electrode", "Ionheat Boilers", "High-voltage electrode steam boiler", ["energy-efficiency"],
  """Electrode boilers connected directly at 6-24 kV that produce saturated steam from 2 to 60 MW with
  99.5% efficiency and full output reached in minutes. Compact, no flue, no combustion permit; ideal
  for sites replacing gas boilers where power is available whenever steam is needed.""",
  9, (300000, 2500000), ["*"], 2500)
T("cn07_carnot", "Heatwell Labs", "Pumped thermal energy storage (Carnot battery) pilot",
  ["energy-storage"],
  """Heat-pump-charged thermal storage: a high-temperature heat pump stores off-peak electricity as
  heat in molten salt at 300-550 °C and releases it as process steam or power. A 5 MWh demonstration
  unit is running at a partner site; commercial units for food and chemical plants are planned.""",
  5, (900000, 6000000), ["*"], 2500)
T("cn07_daf", "润清环保", "食品加工废水溶气气浮（DAF）设备", ["clean-water"],
  """高效溶气气浮机，微气泡粒径30—50 μm，配加药混凝系统，可去除食品、屠宰、啤酒饮料废水中的油脂、
  悬浮物和部分COD，SS去除率90%以上，COD去除率30%—50%，浮渣自动刮除，处理量5—300 m³/h。""",
  9, (30000, 400000), ["*"], None)

N("cn07_food_steam_storage", "Nantong", "食品企业谷电蓄热供汽改造项目征集", ["energy-storage"],
  """公司主要生产速冻面点和肉制品，蒸汽用于蒸制、杀菌和清洗，日均用汽约45吨，压力0.6—0.8 MPa，
  白天集中用汽。现在用燃气锅炉，气价高且冬季限气。江苏分时电价峰谷价差大，想利用夜间低谷电把热量存起来，
  白天供蒸汽。厂区消防审批严，锂电池储能站过不了安评，不考虑。要求系统有同等规模的运行业绩，能接入
  现有分汽缸。""",
  2000000, 7, "CN-JS", 3000, "2027-08-31",
  answers=["cn07_thermbat"],
  alts=[("cn07_pcm", "off-peak heat storage, but hot water only, no steam")],
  sibs=[("cn07_lfp", 0, "lithium battery storage, which the need rules out"),
        ("cn07_electrode", 1, "electric steam, but no storage, so it runs at peak prices")],
  setting=[("cn07_daf", "same food plant, wastewater")],
  traps=[("cn07_carnot", "trl", "on topic, but a TRL 5 pilot against min TRL 7")])

# ---------------------------------------------------------------- 08 foundry furnace harmonics
T("cn08_svgahf", "Gridquell Power Electronics", "Hybrid SVG + active harmonic filter for induction-melting loads",
  ["smart-grid"],
  """IGBT static var generator combined with an active harmonic filter that compensates reactive power
  and the 2nd-50th harmonics with under 10 ms response, keeping pace with melt-cycle swings. Cabinets connect up to 35 kV through a coupling transformer; power factor is held above 0.95 and a built-in analyser writes IEEE 519 reports. No capacitors in the main path, so no resonance with the furnace converter.""",
  9, (120000, 600000), ["*"], 350)
T("cn08_capbank", "恒信电气成套", "低压电容自动补偿柜（带串联电抗器）", ["smart-grid"],
  """采用自愈式电力电容器分组投切，配7%串联电抗器抑制谐波放大，控制器按功率因数自动投切，
  投切时间约1—10秒，可将功率因数提高到0.9以上。结构简单、价格低，适用于负荷平稳的工厂配电房。""",
  9, (8000, 60000), ["CN"], 100)
T("cn08_12pulse", "Meltdrive Systems", "12-pulse and 24-pulse rectifier upgrade for induction furnace power supplies",
  ["smart-grid", "energy-efficiency"],
  """Replaces the 6-pulse thyristor rectifier of medium-frequency induction furnaces with a 12- or
  24-pulse front end and phase-shifting rectifier transformer, cancelling the 5th and 7th harmonics at
  the source. Requires a furnace shutdown of one to two weeks and a new transformer; melt rate and
  converter efficiency are unchanged.""",
  9, (150000, 700000), ["*"], 150)
T("cn08_dust", "铸清除尘", "铸造车间滤筒除尘器与熔炼烟尘捕集罩", ["clean-air"],
  """针对中频炉熔炼、浇注和落砂工位的烟尘，采用移动式或固定式捕集罩+脉冲滤筒除尘器，覆膜滤筒过滤
  精度0.3 μm，颗粒物排放低于10 mg/m³，满足铸造工业大气污染物排放标准GB 39726，风量1万—20万 m³/h。""",
  9, (50000, 800000), ["*"], None)

N("cn08_furnace_harmonics", "Botou", "铸造企业中频炉谐波与功率因数治理", ["smart-grid"],
  """我厂有2台8吨中频感应熔炼炉，供电公司检测10 kV进线5、7、11次谐波电流超过GB/T 14549限值，已下达
  整改通知；月度功率因数只有0.82左右，每月被罚力调电费几万元。熔炼时负荷波动很快，以前装的普通电容
  补偿柜跟不上，还烧过两次电容，再装同类柜子免谈。希望一套装置同时解决谐波和无功问题，能在熔炼周期
  里快速跟踪。""",
  400000, 8, "CN-HE", 400, "2027-02-28",
  answers=["cn08_svgahf"],
  sibs=[("cn08_capbank", 0, "a capacitor bank, which the need refuses"),
        ("cn08_12pulse", 1, "harmonic reduction at the source, no reactive-power control, long shutdown")],
  setting=[("cn08_dust", "same foundry melt shop, fumes not power quality")])
