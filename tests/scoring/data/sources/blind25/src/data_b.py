"""Chinese needs 09-15 (terminal trucks, chemical park CO2, wash water, freight carbon, airport PV,
film waste, warehouse embodied carbon) and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n09 terminal trucks, no long charging
T('swap_tractor', 'Swapline Mobility', 'Battery-swap terminal tractors and automated swap stations',
  ['electric-vehicles', 'green-transportation'],
  'Electric 4x2 terminal tractors with side-mounted 282 kWh LFP packs that a robotic station exchanges in '
  '5-6 minutes; the packs recharge slowly inside the station at 0.3-0.5C, which keeps grid demand flat. '
  'One station serves 30-40 tractors on a 24/7 terminal. Purchase, lease or battery-as-a-service pricing; '
  'GB/T and EU type approvals.',
  9, [900000, 5000000], ['*'], 1500)
T('swap_network_trap', 'Swapline Mobility', 'Port-wide battery-swap network, turnkey (10 stations, 200 tractors)',
  ['electric-vehicles', 'green-transportation'],
  'A full port roll-out of battery-swap terminal tractors: ten robotic swap stations, 200 tractors, spare '
  'packs, a medium-voltage connection and fleet energy software, delivered as one EPC contract with '
  'guaranteed availability. Sized for multi-terminal operators moving more than 10 million TEU a year, '
  'with ten-year operation and maintenance.',
  9, [12000000, 40000000], ['*'], 9000)
T('mcs_charger_zh', '极充能源', '液冷超充堆（单枪最高1000kW）', ['electric-vehicles'],
  '分体式液冷超充系统，单堆功率1.2–2.4MW，可按需分配至多把液冷充电枪，重卡单枪最高1000kW，半小时内补能80%。'
  '需配套10kV专用变压器。适用于物流枢纽、港口和干线重卡充电场站。',
  9, [300000, 2500000], ['CN'], 1200)
T('h2_truck_zh', '氢途汽车', '氢燃料电池集装箱牵引车', ['electric-vehicles', 'green-transportation'],
  '搭载120kW燃料电池系统和35MPa储氢瓶，加氢10–15分钟，续航400公里，适用于港口集疏运和内集卡作业。'
  '可配套撬装式加氢站，提供车辆租赁和氢气供应一体化服务。',
  8, [250000, 3000000], ['CN'], 1000)

N('n09', '厦门', '集装箱码头内集卡电动化及补能设施采购', ['electric-vehicles'],
  '海沧港区某码头有内集卡110台，计划三年内全部换成纯电动。码头24小时三班作业，司机交接班时间很短，'
  '车辆插枪充一两个小时会直接影响装卸效率。场内电力容量也有限，成批建设超充桩我们不考虑。'
  '希望车辆和补能站一并提供，单次补能10分钟以内，首期40台车。',
  4000000, 8, 'CN-FJ', 4500, '2027-07-31',
  answers=['swap_tractor'],
  siblings=[('mcs_charger_zh', 0, 'megawatt fast charging, ruled out: 成批建设超充桩我们不考虑'),
            ('h2_truck_zh', 1, 'fast refuelling with hydrogen instead of battery swapping')],
  traps=[('swap_network_trap', 'cost_usd[0] 12,000,000 > budget 4,000,000')])

# ---------------------------------------------------------------- n10 high-purity CO2 vent
T('food_co2_plant', 'Purecarb Process', 'Food-grade CO2 recovery and liquefaction plant',
  ['carbon-capture'],
  'Recovers high-purity vent CO2 (above 90%) from ethylene oxide, MEG, ammonia and fermentation units: '
  'compression, desulphurisation guard beds, activated-carbon and catalytic removal of methanol and trace '
  'organics, dehydration and cryogenic distillation. Delivers liquid CO2 to ISBT/EIGA beverage grade at '
  '50-1,000 t/day, with storage tanks and truck loading.',
  9, [2500000, 25000000], ['*'], 80000)
T('amine_capture_zh', '碳捕科技', '复合胺法燃烧后CO2捕集装置', ['carbon-capture'],
  '采用新型复合胺吸收剂，从燃煤、燃气锅炉烟气（CO2浓度4–15%）中捕集二氧化碳，再生能耗低于2.4GJ/吨，'
  '捕集率90%以上，产品纯度99.5%。提供10万至100万吨/年规模的工艺包与总包建设。',
  9, [3000000, 80000000], ['CN'], 100000)
T('co2_block', 'Mineralith', 'CO2-cured precast concrete blocks', ['carbon-capture', 'green-buildings'],
  'Precast plants cure blocks and pavers in CO2 chambers instead of steam, mineralising 40-80 kg of CO2 '
  'per tonne of product into calcium carbonate while cutting cement content. A retrofit kit for existing '
  'block machines includes chambers, gas handling and recipe control; needs a steady supply of liquid or '
  'gaseous CO2 delivered to the plant.',
  9, [500000, 3000000], ['*'], 5000)
T('algae_co2_trap', '蓝藻能源', '微藻光生物反应器固碳系统（中试）', ['carbon-capture'],
  '将工业尾气中的CO2通入管式光生物反应器培养微藻，每吨藻粉固定约1.8吨CO2，藻粉可用于饲料和生物肥。'
  '目前在化工园区完成千吨级中试，正在开展工程放大。',
  5, [1500000, 8000000], ['CN'], 3000)

N('n10', '连云港', '临港化工园区高浓度CO2尾气回收利用需求征集', ['carbon-capture'],
  '徐圩新区某煤制乙二醇装置低温甲醇洗工段每年放空尾气约15万吨，CO2浓度在95%以上，含少量硫化物和甲醇。'
  '园区里的食品、饮料和焊接用户每年外购液体CO2，运距很远。希望把这股气就地提纯液化，产品达到食品级。'
  '浓度已经这么高，再上胺吸收纯属多余，请勿报此类方案。',
  6000000, 8, 'CN-JS', 100000, '2027-12-31',
  answers=['food_co2_plant'],
  siblings=[('amine_capture_zh', 0, 'amine absorption, ruled out: 再上胺吸收纯属多余，请勿报此类方案'),
            ('co2_block', 1, 'uses CO2 by mineralisation instead of purifying and selling it')],
  traps=[('algae_co2_trap', 'trl 5 < min_trl 8')])

# ---------------------------------------------------------------- n11 container wash water
T('ec_washwater', 'Clarivolt Water', 'Containerised electrocoagulation wash-water recycling unit',
  ['clean-water'],
  'Electrocoagulation cells break emulsified oil and detergents and flocculate fine solids, followed by a '
  'lamella clarifier, multimedia and activated-carbon polishing. The skid fits a 20-ft container, treats '
  '5-30 m3/h and recycles 85-90% of vehicle and equipment wash water with no biological stage and only a '
  'small filter-press cake to dispose of.',
  9, [120000, 700000], ['*'], 40)
T('mbr_unit_zh', '清源环境', '一体化MBR污水处理设备', ['clean-water'],
  '集调节、缺氧、好氧和膜生物反应器于一体的地埋或地上式设备，日处理量50–1000吨，出水达到城镇污水一级A或回用水标准。'
  '需一定的生物驯化调试周期，适用于生活污水和可生化性较好的工业废水。',
  9, [60000, 600000], ['CN'], 30)
T('mvr_zld', 'Vaporex', 'Mechanical vapour recompression evaporator for zero liquid discharge', ['clean-water', 'energy-efficiency'],
  'Falling-film MVR evaporators concentrate difficult wastewaters to a slurry or dry salt, returning '
  'distilled water for reuse. Specific energy of 20-35 kWh per m3 of distillate. Suits brines, landfill '
  'leachate and mixed industrial effluents where no discharge is allowed. Skid-mounted from 1 to 20 m3/h; '
  'stainless or duplex construction.',
  9, [400000, 4000000], ['*'], None)
T('daf_reuse_zh', '净流水处理', '溶气气浮+过滤洗车水回用设备', ['clean-water'],
  '采用溶气气浮去除油污和悬浮物，再经石英砂过滤后回用于车辆和设备冲洗，回用率约60%，处理量每小时5–20吨。'
  '设备紧凑、操作简单，需定期投加絮凝剂，浮渣需外运处置。',
  9, [30000, 200000], ['CN'], 20)

N('n11', '大连', '集装箱洗箱场污水循环回用改造', ['clean-water'],
  '大连某集装箱堆场附设洗箱站，每天清洗空箱约400个，洗箱水里有泥沙、油污、残留货物和清洗剂，'
  '目前沉淀后用罐车外运，处置费用很高。堆场不在市政污水管网覆盖范围内。洗箱水水质波动大，'
  '生化法调试周期长，这类工艺我们不再考虑。希望处理后循环回用于冲洗，回用率80%以上，设备最好集装箱式、无人值守。',
  500000, 7, 'CN-LN', 30, '2027-04-30',
  answers=['ec_washwater'],
  alternatives=[('daf_reuse_zh', 'physical-chemical reuse, but about 60% reuse and chemical dosing: below the 80% asked')],
  siblings=[('mbr_unit_zh', 0, 'biological process, ruled out: 生化法……这类工艺我们不再考虑'),
            ('mvr_zld', 1, 'evaporation to zero discharge, a different and far more energy-hungry way')])

# ---------------------------------------------------------------- n12 per-shipment freight carbon
T('glec_engine', 'Freightprint Analytics', 'Shipment-level logistics emissions engine (ISO 14083 / GLEC)',
  ['ghg-data', 'green-transportation'],
  'Calculates well-to-wheel emissions per consignment across air, road, rail, sea and hubs using ISO 14083 '
  'and GLEC Framework factors, with primary fuel data where carriers supply it and default intensities '
  'where they do not. REST API and EDI connectors to TMS and WMS; issues customer-ready certificates and '
  'Scope 3 Category 4 exports.',
  9, [30000, 200000], ['*'], None)
T('road_telematics_co2', 'Haulmetric', 'Fleet telematics CO2 calculator for road freight', ['ghg-data'],
  'A plug-in for truck telematics that turns fuel and distance data into CO2e per trip and per stop for '
  'road fleets, allocating emissions by weight or pallet space. Covers trucks and vans only; air, sea and '
  'rail legs are not modelled. Monthly reports per customer lane and a driver eco-score. Works with most '
  'CAN-bus telematics boxes.',
  9, [10000, 80000], ['*'], None)
T('offset_broker_zh', '绿碳交易服务', '碳信用与林业碳汇采购撮合服务', ['ghg-data', 'nature-based'],
  '为企业提供国内外核证减排量和林业碳汇项目的筛选、尽调和采购撮合，出具抵消证明，协助企业实现产品或活动“碳中和”声明。'
  '可按吨计价，一站式完成注销与证书发放。',
  9, [5000, 500000], ['CN'], None)
T('org_inventory_zh', '中碳咨询', '企业组织层面温室气体盘查（ISO 14064-1）服务', ['ghg-data'],
  '依据ISO 14064-1和国家核算指南，为企业开展组织边界内范围一、二、三温室气体盘查，编制年度排放报告并协助第三方核查。'
  '按年度提供，一般4–8周完成，交付排放清单和减排建议。',
  9, [10000, 60000], ['CN'], None)

N('n12', '郑州', '航空货运企业运输碳足迹核算系统采购', ['ghg-data'],
  '航空港区多家货代和干线卡车企业反映，欧洲客户开始要求每一票货提供运输环节的碳排放数据，口径要符合国际通行的物流核算方法，'
  '覆盖航空、公路和多式联运全程。企业现在只能用年度总油耗粗略分摊，客户不认可。'
  '希望采购一套能对接现有运输管理系统、按运单自动计算并出具报告的工具。买碳汇做抵消不是本次的目的。',
  150000, 8, 'CN-HA', None, '2027-03-01',
  answers=['glec_engine'],
  alternatives=[('road_telematics_co2', 'per-shipment figures but road only; air and multimodal legs missing')],
  siblings=[('offset_broker_zh', 0, 'buying offsets, ruled out: 买碳汇做抵消不是本次的目的'),
            ('org_inventory_zh', 1, 'a company-level inventory, not per-shipment figures')])

# ---------------------------------------------------------------- n13 airport PV and glare
T('antiglare_pv', 'Glintless Solar', 'Anti-glare PV modules with airport glare hazard analysis',
  ['renewable-energy'],
  'Modules with deep-textured, anti-reflective front glass that scatter specular reflection, supplied with '
  'a glare study (ray tracing of tower cab sight lines and approach paths) for aviation authority '
  'submission. Typhoon-rated low-profile racking tested to 60 m/s. Supplied and installed on cargo '
  'terminals, hangars and parking decks at more than 20 airports.',
  9, [600000, 12000000], ['*'], 8000)
T('std_pv_epc', 'Sunmast EPC', 'Commercial rooftop PV EPC (mono PERC, standard glass)', ['renewable-energy'],
  'Design, supply and installation of rooftop solar on warehouses and industrial roofs, 500 kW to 20 MW, '
  'with tier-1 mono PERC modules on standard solar glass, string inverters and remote monitoring. Wind and '
  'snow load calculations to local code; 25-year module warranty. Financing or power purchase agreements '
  'on request.',
  9, [400000, 15000000], ['*'], 7500)
T('vawt_zh', '风动未来', '建筑屋顶小型垂直轴风力发电机', ['renewable-energy'],
  '单机功率3–50kW的垂直轴风力发电机，可安装在建筑屋顶或空旷场地，启动风速低、噪声小，'
  '适合沿海台风地区的园区和公共建筑，与光伏组成风光互补系统。',
  9, [20000, 600000], ['CN'], 80)
T('solar_thermal_zh', '日辉热能', '平板太阳能集热器热水系统', ['renewable-energy'],
  '高效平板集热器配合储热水箱，为酒店、宿舍、食堂等提供生活热水，年太阳能保证率50–70%，'
  '可与空气源热泵联合运行，适用于南方日照充足地区。',
  9, [20000, 500000], ['CN'], 200)

N('n13', '海口', '美兰机场停车楼及货运区屋顶光伏项目需求', ['renewable-energy'],
  '机场计划在停车楼、货运站和机务库屋面建设分布式光伏约12MW。空管部门担心光伏板反光会影响塔台管制员和进近飞行员的视线，'
  '要求报批时提交专业的眩光影响分析，并选用低反射组件。海南台风多，支架须满足抗风要求。'
  '受净空限制，风电一律免谈。',
  9000000, 9, 'CN-HI', 9000, '2027-12-31',
  answers=['antiglare_pv'],
  alternatives=[('std_pv_epc', 'rooftop PV at this scale but standard glass and no glare analysis')],
  siblings=[('vawt_zh', 0, 'wind, ruled out: 受净空限制，风电一律免谈'),
            ('solar_thermal_zh', 1, 'solar heat, not power')])

# ---------------------------------------------------------------- n14 stretch film waste
T('film_pelletiser', 'Loopfilm Machinery', 'Stretch-film recycling line: cutter-compactor and pelletiser',
  ['waste-treatment'],
  'Single-stage cutter-compactor extruder that takes post-consumer LLDPE and LDPE stretch wrap, bubble wrap '
  'and strapping offcuts without pre-washing (for lightly soiled film), degasses and filters the melt and '
  'produces uniform pellets sold back to film blowers. 300-1,200 kg/h, two or three operators, fits a '
  '40-ft footprint.',
  9, [250000, 900000], ['*'], 2500)
T('film_pelletiser_zh', '绿环塑机', '废旧缠绕膜破碎造粒一体机', ['waste-treatment'],
  '专为物流、电商园区的缠绕膜、气泡膜和PE包装袋设计，切割、压实、塑化、排气、过滤、造粒一步完成，'
  '轻度脏污可免清洗，产能每小时300–800公斤，再生颗粒可回用于吹膜。',
  9, [80000, 400000], ['CN'], 2000)
T('wte_plant_zh', '光大环能', '生活垃圾焚烧发电项目投资运营', ['waste-treatment', 'renewable-energy'],
  '以BOT或特许经营方式投资建设生活垃圾焚烧发电厂，日处理能力600–3000吨，烟气排放优于欧盟2010标准，'
  '吨垃圾发电量约400千瓦时，可协同处置园区一般工业固废。',
  9, [500000, 150000000], ['CN'], 50000)
T('reusable_wrap_zh', '循包科技', '可循环托盘围挡与魔术贴捆扎带', ['waste-treatment'],
  '用可重复使用的托盘围挡罩和魔术贴捆扎带替代一次性缠绕膜，单件可循环使用200次以上，配套回收调拨系统，'
  '适合园区内和固定线路的托盘周转。',
  9, [10000, 150000], ['CN'], 300)

N('n14', '武汉', '物流园区废弃缠绕膜等塑料包装回收处置', ['waste-treatment'],
  '阳逻港物流园入驻电商和快递分拨企业30余家，拆托盘后产生大量缠绕膜、气泡膜和打包带，日均约8吨，目前混在生活垃圾里清运。'
  '城管部门要求源头分类，送焚烧厂这条路也被否了。园区希望就地把这些软塑料变成能卖钱的再生原料。'
  '现有的压缩打包只能减小体积，卖不上价。',
  700000, 8, 'CN-HB', 3000, '2027-06-30',
  answers=['film_pelletiser', 'film_pelletiser_zh'],
  siblings=[('wte_plant_zh', 0, 'incineration, ruled out: 送焚烧厂这条路也被否了'),
            ('reusable_wrap_zh', 1, 'avoids film at source instead of recycling the film already generated')])

# ---------------------------------------------------------------- n15 warehouse embodied carbon
T('embodied_struct', 'Lowframe Engineering', 'Embodied-carbon structural optimisation for logistics buildings',
  ['green-buildings'],
  'Structural design service for warehouses and distribution centres: parametric optimisation of portal '
  'frames, purlins and slabs to cut steel and concrete tonnage 15-25%, specification of EAF steel and '
  'slag-blend concrete with EPDs, and a whole-life carbon report to EN 15978 and GB/T 51366 accepted for '
  'green building labels.',
  9, [60000, 350000], ['*'], None)
T('greenlabel_zh', '筑绿咨询', '绿色建筑标识申报咨询', ['green-buildings'],
  '提供绿色建筑星级标识从设计阶段预评价到运行标识的全过程咨询，包括对标分析、模拟计算、材料清单与申报材料编制，'
  '协助项目一次通过评审。适用于公共建筑、厂房和仓储建筑。',
  9, [20000, 120000], ['CN'], None)
T('clt_warehouse', 'Timberspan Structures', 'Glulam and CLT structural systems for warehouses', ['green-buildings'],
  'Engineered timber frames for distribution centres and cross-docks: glulam columns and beams with CLT roof '
  'panels, spans to 30 m, prefabricated and erected in weeks. Stores biogenic carbon and cuts structural '
  'embodied carbon 40-60% against steel. Fire engineering per project; product EPDs and chain-of-custody '
  'certification supplied.',
  9, [300000, 20000000], ['*'], None)
T('rooftop_pv_emc_zh', '阳光园能', '物流仓库屋顶光伏合同能源管理', ['renewable-energy'],
  '租用物流仓库屋顶投资建设分布式光伏，业主零投入，按优惠电价使用绿电或收取屋顶租金，单项目1–20MW，'
  '含结构荷载复核与屋面防水处理，运维25年。',
  9, [300000, 15000000], ['CN', 'US'], 3000)

N('n15', '南京', '新建高标准物流仓库低碳设计服务采购', ['green-buildings'],
  '龙潭港物流园拟新建两栋双层坡道库，总建筑面积约8万平方米，钢结构。投资方要求项目取得绿色建筑标识，'
  '并在设计阶段把结构材料的隐含碳降下来，提供可核查的碳排放计算书。仓库储存丙类物品，消防部门已明确主体结构不得采用木结构。'
  '请提供设计咨询服务方案。',
  400000, 8, 'CN-JS', None, '2027-02-28',
  answers=['embodied_struct'],
  alternatives=[('greenlabel_zh', 'gets the label but does not optimise the structure for embodied carbon')],
  siblings=[('clt_warehouse', 0, 'timber structure, ruled out: 消防部门已明确主体结构不得采用木结构'),
            ('rooftop_pv_emc_zh', 1, 'operational carbon from the roof, not embodied carbon of the structure')])
