"""English needs n16-n23 and their technologies."""
from common import T, N

# ---------------- n16 failing septic, small community ----------------
T('textile_filter_zh', '清渠环境科技', '循环式纤维织物滤料脱氮处理单元（户用及组团式）',
  ['clean-water'],
  '在化粪池后接入玻璃钢箱体，内置多层无纺纤维织物滤料，出水按设定比例回流至前端缺氧区，实现硝化-反硝化，'
  '总氮去除率可达60%至75%，BOD与悬浮物稳定低于10 mg/L。单元仅需一台小功率潜水泵间歇布水，年电耗约300 kWh/户，'
  '滤料每年冲洗一次。可按单户或10至50户组团布置，出水经浅层滴渗回灌，适合地下水位高、渗透性差的地块。',
  9, [8000, 600000], ['US', 'CN', 'AU'], 40)
T('compost_toilet', 'Drystream Sanitation', 'Urine-diverting composting toilet systems',
  ['clean-water', 'waste-treatment'],
  'Waterless toilets that separate urine and compost faeces in a ventilated chamber below the bathroom floor, '
  'removing about half of a household nitrogen load from the septic system. Greywater still needs a separate '
  'disposal field. Units are installed per home; residents empty the finished compost once or twice a year, '
  'which calls for user training and acceptance in every household.',
  9, [4000, 9000], ['US', '*'], 1)
T('mbr_pkg_us', 'Clearline Membranes', 'Packaged membrane bioreactor plant, 10,000 to 100,000 gpd',
  ['clean-water'],
  'Skid-mounted MBR with fine screens, anoxic and aerobic zones and submerged hollow-fibre membranes, producing '
  'Title 22-grade effluent suitable for reuse. Compact, automated and very effective on nitrogen, but the '
  'plant requires a certified operator, regular membrane cleaning and a reliable three-phase supply; '
  'power draw is around 1.5 kWh per thousand gallons.',
  9, [350000, 1800000], ['US'], 60)
T('holding_tank', 'ValleyPump Services', 'Sealed holding tanks with scheduled pump-out contract',
  ['clean-water'],
  'Replace failed leach fields with sealed 2,000 to 4,000 gallon polyethylene holding tanks fitted with high-level '
  'alarms and telemetry, and a county-wide vacuum truck service that hauls contents to the nearest treatment '
  'plant. Quick to install and fully stops discharge to groundwater, but the hauling bill recurs every few weeks '
  'for each home and truck trips add up.',
  9, [6000, 400000], ['US-CA'], 5)

N('n16', 'Tulare County', 'Nitrate-safe wastewater for an unincorporated community with failing septic systems',
  ['clean-water'],
  'Staff report to the Board of Supervisors. About 70 homes in an unincorporated farmworker community sit on '
  'septic tanks and leach lines in clay soils over a shallow water table; drainfields surface in wet winters and '
  'domestic wells nearby test above the nitrate MCL. Extending a trunk sewer from the city seven miles away is not '
  'part of this application. The grant asks for on-lot or cluster treatment that cuts nitrogen to groundwater, '
  'uses little power and needs no full-time licensed operator. Hauling waste off site is not an acceptable end state.',
  900000, 8, 'US-CA', 200, '2027-11-30',
  answers={'textile_filter_zh': 'recirculating textile-media denitrification per lot or cluster, low power'},
  sibs={'compost_toilet': (1, 'cuts nitrogen at source, but greywater and acceptance issues'),
        'mbr_pkg_us': (1, 'strong nitrogen removal but needs a certified operator'),
        'holding_tank': (0, 'hauling explicitly not acceptable')})

# ---------------- n17 dairy manure to RNG ----------------
T('lagoon_rng_zh', '黑膜能源', '大型覆膜厌氧塘＋三级膜提纯生物天然气注入系统',
  ['waste-treatment', 'renewable-energy'],
  '面向水冲粪奶牛场的成套方案：在现有粪污塘上加装HDPE浮动覆盖膜与周边锚固沟，收集沼气后经生物脱硫、'
  '压缩和三级中空纤维膜分离，甲烷纯度达97%以上，通过计量撬接入天然气管网或压缩后槽车外运。'
  '全程无燃烧设备，仅保留应急火炬。适合存栏2000头以上、已有大塘的牧场，一般12至18个月建成。',
  9, [2500000, 6000000], ['*'], 25000)
T('lagoon_rng_en', 'Prairie Methane Partners', 'Covered-lagoon digester with on-site RNG upgrading',
  ['waste-treatment', 'renewable-energy'],
  'We retrofit an existing flush-dairy lagoon with a floating HDPE cover, collect the gas, scrub H2S, and upgrade '
  'it to pipeline-quality renewable natural gas with a pressure-swing adsorption skid, then inject into the '
  'utility line through a custody-transfer station. Suited to herds above 1,500 cows; we develop, finance and '
  'operate under a revenue-share so the dairy carries little up-front cost.',
  9, [3000000, 7000000], ['US'], 22000)
T('dairy_chp', 'Vireo Biogas Engineering', 'Biogas engine-generator set for on-farm power',
  ['renewable-energy'],
  'Containerised 300 kWe to 1 MWe lean-burn gas engines with heat recovery, running on raw digester gas after '
  'carbon filtering, and a paralleling switchgear for a net-metered farm service. Uses the recovered heat for '
  'milk-parlour hot water. NOx control by catalyst; engine overhauls every 60,000 hours.',
  9, [600000, 2000000], ['*'], 8000)
T('solids_sep_zh', '牧清环保', '奶牛场粪污固液分离与垫料再生系统',
  ['waste-treatment'],
  '采用斜筛+螺旋挤压两级固液分离，分离出的固体含水率约60%，经滚筒好氧发酵24小时后作为卧床垫料回用，'
  '替代外购沙子或稻壳；分离后的液体进入贮存塘，降低塘内有机负荷和淤积。'
  '该方案减少部分甲烷排放，但不回收能源，液体部分仍在厌氧状态下排放甲烷。',
  9, [300000, 900000], ['CN', 'US'], 3000)

N('n17', 'Merced County', 'Dairy digester and renewable gas project: grant pre-application',
  ['waste-treatment', 'renewable-energy'],
  'A 3,200-cow dairy near Los Banos washes its barns with water and holds the slurry in an open earthen basin that releases methane and '
  'odour. The owner, with the county agricultural commissioner, seeks state dairy-methane grant funding to '
  'capture the gas and sell it as a transportation fuel through the regional gas network. The air district '
  'has made clear that new combustion engines on site will not be permitted, so no generator sets. Total project '
  'cost must stay inside the budget below; the technology must be commercially proven.',
  6500000, 8, 'US-CA', 20000, '2028-06-30',
  answers={'lagoon_rng_zh': 'covered lagoon with membrane upgrading and injection, no combustion',
           'lagoon_rng_en': 'covered lagoon with PSA upgrading and injection'},
  sibs={'dairy_chp': (0, 'on-site engines ruled out'),
        'solids_sep_zh': (1, 'reduces some methane, no energy recovery')},
  traps={'biogas_epc_big': 'cost_usd[0] above budget'})

# ---------------- n18 orchard removal without burning ----------------
T('orchard_grind_zh', '果林机械', '整园果树粉碎还田作业机组',
  ['nature-based', 'clean-air'],
  '由大功率履带式粉碎机与重型旋耕机组成，可将已拔除的整株果树（含根盘）现场粉碎成5至10 cm木屑，'
  '均匀撒布后旋耕混入30 cm表层土壤。每公顷可还田木质残体约60至90吨，提高土壤有机碳与持水能力，'
  '下茬果树生长不受影响。作业效率约每天3至5公顷，适合扁桃、核桃、葡萄等多年生果园更新。',
  9, [350000, 900000], ['US', 'CN', 'AU'], 1500)
T('air_curtain', 'Flamewall Industries', 'Air curtain burner for orchard and vineyard removal',
  ['clean-air'],
  'Steel refractory box with a high-velocity air manifold that holds smoke in a recirculating curtain, reducing '
  'particulate emissions by up to 80% compared with open pile burning. Handles 5 to 10 tons of whole trees an '
  'hour, leaving ash and some biochar. Portable on a lowboy trailer; permits are still required and burn days '
  'depend on the district allocation.',
  9, [150000, 400000], ['US'], 300)
T('chip_haul', 'Central Valley Fiber', 'Chip-and-haul service to biomass power plants',
  ['renewable-energy'],
  'Our crews pull, chip and load orchard wood into walking-floor trailers and deliver it to contracted biomass '
  'power plants, which pay a tipping credit per bone-dry ton. Clears a block in days. Availability depends on '
  'plants still operating within trucking distance, and several Valley plants have closed or cut intake; '
  'diesel haul distances can exceed 100 miles.',
  9, [80000, 500000], ['US-CA'], 800)

N('n18', 'Fresno County', 'Alternatives to agricultural burning for orchard removal',
  ['clean-air', 'nature-based'],
  'Agricultural burning of removed almond and stone-fruit orchards is being phased out in the San Joaquin Valley. '
  'Growers in the county expect to remove about 6,000 acres over three years and the Resource Conservation '
  'District wants a grower-shared equipment programme. Burning of any kind, including contained or curtain '
  'systems, is outside what this programme will fund. Preference for approaches that keep the organic matter '
  'on the farm and improve water-holding capacity of sandy soils.',
  1200000, 8, 'US-CA', 3000, '2027-09-01',
  answers={'orchard_grind_zh': 'whole-orchard grinding and soil incorporation on farm'},
  sibs={'air_curtain': (0, 'contained/curtain burning ruled out'),
        'chip_haul': (1, 'no burning, but removes the biomass off farm')})

# ---------------- n19 wildfire smoke clean-air centres ----------------
T('hvac_filter_zh', '净风暖通', '既有建筑屋顶机组高效过滤与新风正压改造',
  ['clean-air', 'energy-retrofits'],
  '在保留既有屋顶空调机组的前提下，更换加深型过滤段，采用MERV 13至MERV 16低阻驻极滤料，'
  '加装变频EC风机补偿阻力，并配置室外PM2.5联动控制：烟雾期间自动减小新风比、维持室内微正压并加大循环过滤风量。'
  '改造后室内PM2.5可控制在室外的10%以下，单栋公共建筑通常2至4周完成。',
  9, [15000, 120000], ['*'], 15)
T('portable_hepa', 'Clearbreath Appliances', 'Commercial portable HEPA air cleaners',
  ['clean-air'],
  'Rolling HEPA units with 600 to 1,200 CFM clean air delivery rates, quiet EC fans and filter life indicators. '
  'Deploy several per room in halls and libraries during smoke events; no installation needed. Provides '
  'fast protection in single rooms, though multiple units are needed for large spaces and they must be '
  'stored, moved and maintained by staff each season.',
  9, [800, 3000], ['US', '*'], None)
T('aq_sensors_us', 'Airgrid Monitoring', 'Indoor and outdoor PM2.5 sensor network with alerts',
  ['clean-air', 'ghg-data'],
  'Laser-scattering particulate sensors corrected against regulatory monitors, installed inside and outside '
  'public buildings, with a public map and text alerts when indoor PM2.5 exceeds a set level. Gives facility '
  'staff evidence of performance during smoke events and helps decide when to open a centre, but does not '
  'clean any air itself.',
  9, [5000, 40000], ['US'], None)
T('new_rtu_hp', 'Sierra Climate Equipment', 'Replacement heat pump rooftop units with economisers',
  ['energy-retrofits'],
  'High-efficiency packaged heat pump rooftop units sized to replace ageing gas-pack RTUs one for one on existing '
  'curbs, with variable-speed compressors, integrated economisers and a filter rack up to MERV 13. Cuts heating '
  'emissions and improves comfort; installation needs a crane day, electrical upgrades and a mechanical permit.',
  9, [25000, 90000], ['US'], 40)

N('n19', 'Butte County', 'Clean air centres for wildfire smoke in county libraries and halls',
  ['clean-air', 'energy-retrofits'],
  'After repeated smoke events the county wants eight libraries and veterans halls to serve as clean air centres '
  'where residents can spend smoky days. The buildings have working packaged rooftop units between five and '
  'twelve years old; replacing the rooftop equipment outright is out of scope for this grant. The upgrade must '
  'keep the whole occupied space well below outdoor smoke levels for days at a time, work automatically when '
  'smoke arrives, and be in place before the next fire season.',
  500000, 8, 'US-CA', None, '2027-06-01',
  answers={'hvac_filter_zh': 'whole-building high-efficiency filtration and pressurisation on existing RTUs'},
  alts={'portable_hepa': 'cleans air room by room, manual, not whole building'},
  sibs={'aq_sensors_us': (1, 'monitoring only'),
        'new_rtu_hp': (0, 'replacing rooftop units is out of scope')})

# ---------------- n20 irrigation district demand charges ----------------
T('pump_sched_zh', '智灌云控', '灌区泵站群负荷优化调度与需求响应控制系统',
  ['smart-grid', 'energy-efficiency'],
  '在各泵站加装边缘控制器与电能表，平台结合分时电价、需量电费、渠道水位和用水订单，'
  '以混合整数优化自动编排每台水泵的启停与运行时段，避开尖峰时段并削减需量；电网发布需求响应事件时可自动切负荷并结算。'
  '支持Modbus、DNP3与现有SCADA对接，一般可降低泵站电费15%至30%，不需要更换水泵。',
  9, [80000, 500000], ['*'], 600)
T('pump_vfd_us', 'Westfield Drives', 'Pump VFD retrofit with pressure control',
  ['energy-efficiency'],
  'NEMA 3R variable-frequency drives, 25 to 400 hp, installed on lift and booster pumps with pressure and level '
  'transducers, so pumps slow down instead of throttling. Energy savings of 10 to 25% on variable-flow stations '
  'and soft starting that cuts inrush. Does not by itself move pumping out of peak periods or respond to '
  'utility events.',
  9, [15000, 300000], ['US'], 300)
T('pump_bess', 'Ampstore Agriculture', 'Behind-the-meter battery for pumping plants',
  ['energy-storage', 'smart-grid'],
  'LFP battery cabinets of 200 kWh to 2 MWh at the pump-plant service, charged off-peak or from solar and '
  'discharged to shave the monthly demand peak. Controller learns the pumping profile. Savings depend on the '
  'tariff; payback is typically eight to twelve years without incentives, and cabinets need shade and '
  'fire-code setbacks.',
  9, [150000, 1500000], ['US'], 400)

N('n20', 'Madera County', 'Cutting peak-time electricity costs at irrigation district pumping plants',
  ['smart-grid', 'energy-efficiency'],
  'An irrigation district with 38 lift and relift pumping plants pays a large share of its power bill in demand '
  'charges and summer on-peak rates. Pumps are started manually by ditch tenders in response to grower orders, '
  'often in the late afternoon. The district wants to keep its pumps and motors, coordinate when each plant runs '
  'so that deliveries are met at the lowest cost, and earn utility payments for curtailing during grid '
  'emergencies. Integration with existing SCADA is required.',
  600000, 8, 'US-CA', 800, '2027-04-15',
  answers={'pump_sched_zh': 'tariff-aware scheduling of pumps with DR and SCADA integration'},
  alts={'pump_vfd_us': 'saves pump energy, no scheduling or DR'},
  sibs={'pump_bess': (1, 'shaves demand with storage instead of shifting pumping')})

# ---------------- n21 canal solar ----------------
T('canal_pv_zh', '渠光新能源', '跨渠式光伏支架系统（灌溉渠道上方）',
  ['renewable-energy', 'clean-water'],
  '采用大跨度预应力钢桁架或索结构，跨越10至40米宽的明渠，将光伏组件架设于水面上方，不占用渠堤以外的土地。'
  '组件遮阳可减少渠道蒸发约每兆瓦每年数万立方米，并抑制藻类生长；支架基础布置在渠堤外侧，不影响清淤车辆通行。'
  '提供结构设计、桩基施工与逆变并网一体化交付。',
  8, [1200000, 4000000], ['*'], 1500)
T('floating_pv', 'Hydrovolt Floating Solar', 'Floating PV on irrigation reservoirs',
  ['renewable-energy'],
  'HDPE float platforms with anchoring and mooring for regulating reservoirs and storage ponds, 0.5 to 20 MW. '
  'Panels run cooler over water and curb evaporation. Needs an open water body with stable levels; '
  'aerators and maintenance boats must work around the array, and sediment removal requires partial removal '
  'of floats.',
  9, [700000, 12000000], ['*'], 1400)
T('ground_pv_fallow', 'Sunacre Developers', 'Ground-mount single-axis tracker PV on retired farmland',
  ['renewable-energy'],
  'Utility-scale single-axis tracker arrays built on fallowed or retired cropland, with sheep grazing beneath '
  'and pollinator seed mixes. Lowest cost per megawatt-hour of any solar format; we lease or buy the land, '
  'interconnect and operate for 35 years.',
  9, [900000, 30000000], ['US'], 2000)
T('agrivoltaic', 'Cropshade Systems', 'Elevated agrivoltaic canopies over crops',
  ['renewable-energy', 'nature-based'],
  'Solar modules mounted on steel frames 4 to 5 m above orchards and vegetable rows, with spacing tuned so crops '
  'still get light and tractors pass underneath. Panels give shade that reduces heat stress and irrigation '
  'demand. Requires grower agreement for each field and structural work in active farmland.',
  8, [1000000, 5000000], ['*'], 1000)

N('n21', 'Stanislaus County', 'Solar generation on irrigation district right-of-way',
  ['renewable-energy'],
  'An irrigation district serving Stanislaus County growers operates about 250 miles of open concrete-lined '
  'canals and owns the adjacent rights-of-way. The board wants to generate renewable power for its own pumping '
  'load and reduce evaporation losses from the water it delivers. The district will not take irrigated farmland '
  'out of production for this. Maintenance access for canal cleaning must remain unobstructed. Phase 1 is '
  'around 3 MW.',
  4500000, 8, 'US-CA', 1500, '2028-01-31',
  answers={'canal_pv_zh': 'PV spanning canals, curbs evaporation, keeps access'},
  sibs={'floating_pv': (1, 'over water, but reservoirs, not canals'),
        'ground_pv_fallow': (0, 'farmland conversion excluded'),
        'agrivoltaic': (1, 'PV with farming, but in fields, not the canal network')})

# ---------------- n22 tribal utility microgrid ----------------
T('gf_microgrid_zh', '星岚储能', '构网型储能微电网（支持孤岛无缝切换）',
  ['smart-grid', 'energy-storage'],
  '集成磷酸铁锂储能舱、构网型PCS和微电网能量管理系统，储能0.5至5 MWh。电网停电时在20毫秒内无缝转为孤岛运行，'
  '由储能自主建立电压与频率，与光伏、小水电协同运行，支持黑启动和分级甩负荷；并网时参与调峰和容量服务。'
  '已在多个偏远社区及林区稳定运行，提供UL 9540认证产品与远程运维。',
  9, [600000, 4000000], ['US', 'CN', '*'], 1000)
T('diesel_backup_us', 'Ironside Power', 'Tier 4 diesel standby generator fleet',
  ['smart-grid'],
  'Tier 4 Final diesel gensets of 500 kW to 2 MW with paralleling switchgear, sub-base fuel tanks for 72 hours '
  'and automatic transfer switches, sized to carry a community feeder during outages. Proven, quick to deliver '
  'and cheap per kilowatt, but fuel deliveries on mountain roads during fire season are a logistics risk.',
  9, [400000, 2500000], ['US'], 0)
T('h2_fuelcell', 'Hydrion Power Systems', 'Hydrogen fuel cell backup power with on-site storage',
  ['smart-grid', 'energy-storage'],
  'PEM fuel cell modules of 100 to 500 kW with compressed hydrogen tube trailers or cylinder banks, giving days '
  'of zero-emission backup for critical loads. Hydrogen is delivered by truck; on-site electrolysis can be '
  'added later. Suits clinics and emergency centres, but the fuel supply chain for remote areas is still '
  'thin and costly.',
  8, [500000, 2500000], ['US'], 200)
T('tribal_utility_mega', 'Ironside Power', 'Utility-scale 40 MW solar and 160 MWh storage EPC',
  ['renewable-energy', 'energy-storage'],
  'Full engineer-procure-construct delivery of a 40 MW single-axis PV plant with a 160 MWh four-hour battery, '
  'a collector substation and a transmission interconnection, with a long-term operations contract and '
  'optional tax-equity structuring for public and tribal owners.',
  9, [70000000, 120000000], ['US'], 60000)

N('n22', 'Hoopa', 'Tribal utility resilience microgrid for public safety power shutoffs',
  ['smart-grid', 'energy-storage'],
  'Grant application by a tribal utility in Humboldt County. The reservation sits at the end of a long radial '
  'line that is de-energised for days during public safety power shutoffs, taking down the clinic, water plant '
  'and community centre. The utility has 1.5 MW of solar and a small hydro unit that shut off with the grid. '
  'The Tribal Council wants the community to keep running on its own generation when the line drops; fossil '
  'backup generation is exactly what it is trying to retire.',
  4500000, 8, 'US-CA', 1200, '2028-03-31',
  answers={'gf_microgrid_zh': 'grid-forming storage and controller, seamless islanding with PV and hydro',
           'grid_forming_bess': 'grid-forming PV-battery microgrid, runs with no spinning machine'},
  sibs={'diesel_backup_us': (0, 'fossil backup explicitly unwanted'),
        'h2_fuelcell': (1, 'zero-emission backup, but fuel logistics and does not use the solar')},
  traps={'tribal_utility_mega': 'cost_usd[0] above budget'})

# ---------------- n23 packinghouse refrigeration ----------------
T('nh3_lowcharge_zh', '冰川工业制冷', '低充注量氨制冷机组（乙二醇载冷）',
  ['hfc-alternatives', 'energy-efficiency'],
  '工厂预制的板式换热器氨冷水机组，单台制冷量200至1500 kW，系统氨充注量小于常规中央氨系统的5%，'
  '氨被限制在室外机组内，库房和加工区只循环乙二醇载冷剂。R717的GWP为0，能效优于同规模卤代烃系统10%至20%。'
  '配氨泄漏探测、自动隔离与喷淋，满足美国加州及IIAR规范要求，交付含调试与操作培训。',
  9, [450000, 2200000], ['US', 'CN', 'MX'], 900)
T('r448_rack', 'Coldcore Mechanical', 'R-448A parallel rack replacement with leak monitoring',
  ['energy-efficiency'],
  'Drop-in replacement racks using R-448A with a lower GWP than R-404A, electronic expansion valves, floating '
  'head pressure and a refrigerant leak detection system. Reuses much of the existing piping and evaporators, '
  'so downtime is short. The blend remains a regulated HFC/HFO mixture subject to phase-down.',
  9, [250000, 900000], ['US'], 300)

N('n23', 'Kern County', 'Citrus packinghouse cold storage refrigeration replacement',
  ['hfc-alternatives'],
  'A grower-owned citrus packinghouse near Delano runs 14 cold rooms and a pre-cooling tunnel on an ageing '
  'R-22 and R-404A system that leaks several hundred pounds of refrigerant a year. The county economic '
  'development office supports a state refrigerant-replacement grant. Systems using HFC or HFO blends are not '
  'eligible. The cooperative wants the toxic or flammable refrigerant kept out of the work areas where '
  'packers stand, and a proven industrial design. Total load about 1.2 MW of refrigeration.',
  2500000, 8, 'US-CA', 1200, '2028-02-28',
  answers={'nh3_lowcharge_zh': 'low-charge ammonia chiller, refrigerant confined outdoors, glycol indoors'},
  alts={'co2_rack': 'natural refrigerant at packhouse scale, but CO2 piped into the rooms at high pressure'},
  sibs={'r448_rack': (0, 'HFC/HFO blends not eligible')})
