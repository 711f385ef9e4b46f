"""English needs 16-23 (US-CA ports, airports and logistics parks) and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n16 ships that cannot plug in
T('barge_capture_zh', '海澄环保装备', '驳船式船舶靠港尾气捕集处理系统', ['clean-air', 'green-transportation'],
  '通过驳船上的伸缩吊臂将集气罩套在靠泊船舶烟囱上，抽取辅机和锅炉排气，经颗粒过滤器和SCR脱硝后排放，'
  'NOx和颗粒物去除率均在90%以上。可为油轮、滚装船等不同船型服务，船舶无需任何改造。'
  '该控制策略已获加州空气资源局认证。',
  9, [3500000, 9000000], ['US', 'CN'], None)
T('shore_power_hv', 'Berthlink Electric', 'High-voltage shore power (AMP) connection for berths', ['green-transportation'],
  'Shore-side 6.6/11 kV substations, frequency conversion and cable management systems to IEC/IEEE 80005-1 '
  'that let vessels switch off auxiliary engines at berth. The ship must carry a compatible shore '
  'connection panel and receptacle, typically fitted during drydock. Cable reels for container, cruise and '
  'ro-ro berths; design, supply and commissioning.',
  9, [1500000, 15000000], ['*'], 3000)
T('crane_capture', 'Stackhood Technologies', 'Dockside crane-mounted capture system for container vessels', ['clean-air'],
  'A wharf-side gantry positions a capture bonnet over the funnel of berthed container ships and ducts the '
  'exhaust to a shore-based DPF and SCR train, cutting NOx and PM by more than 90%. Rails along a single '
  'container berth; sized for container ship funnel geometries only, so tankers and ro-ro vessels at other '
  'berths are not served.',
  8, [4000000, 8000000], ['US'], None)
T('aq_microstation_zh', '天测环境', '港区空气质量网格化监测微站', ['clean-air'],
  '在码头、堆场和周边社区布设小型空气质量监测微站，实时监测PM2.5、PM10、NO2、SO2和O3，'
  '数据每分钟上传云平台，生成污染热力图并自动溯源报警，可为港口环保考核和社区沟通提供数据支持。',
  9, [30000, 400000], ['*'], None)

N('n16', 'Long Beach', 'At-berth emission control for vessels that cannot use shore power', ['clean-air'],
  'Under the state At-Berth Regulation our tanker and ro-ro berths must control auxiliary engine and boiler '
  'emissions while ships are at berth. Many of these vessels will never be shore-power capable, and what '
  'electrical gear a ship carries is decided by its owner, not by us. We need a CARB-approved emission '
  'control strategy that the port or a terminal operator can deploy at the berth, serving vessels of '
  'different types, with at least 80% NOx and PM reduction. The budget covers one unit.',
  6000000, 8, 'US-CA', None, '2027-09-30',
  answers=['barge_capture_zh'],
  alternatives=[('crane_capture', 'same capture-and-control way but fixed to one berth and container ships only')],
  siblings=[('shore_power_hv', 0, 'needs ship-side equipment, ruled out: "what electrical gear a ship carries is decided by its owner, not by us"')],
  setting=[('aq_microstation_zh', 'same port setting, measures air quality instead of controlling ship exhaust')])

# ---------------------------------------------------------------- n17 truck queues at the gates
T('truck_appt_zh', '港运通智能科技', '多码头集卡预约与智能闸口协同平台', ['green-transportation'],
  '面向多码头港区的集卡预约系统：按各码头作业能力动态分配进港时段，司机通过手机应用预约并实时查看提箱状态，'
  '闸口OCR识别车牌箱号自动放行，统计每车在港周转和排队时长。可对接各码头TOS，支持英文界面与海外部署，'
  '平均排队时间下降60%。',
  9, [300000, 1500000], ['*'], 3000)
T('gate_lanes', 'Portal Civil Contractors', 'Marine terminal gate complex expansion (design-build)', ['green-transportation'],
  'Design-build of additional inbound and outbound truck lanes, canopy, pedestals, radiation portal '
  'monitor relocation and queuing lanes for marine terminals. Includes traffic modelling, paving, '
  'drainage and utility relocation. Typical project adds 4-8 lanes and cuts peak queues in proportion to '
  'the added capacity; 12-18 month delivery.',
  9, [800000, 25000000], ['US'], 500)
T('ze_dray_lease', 'Dray Zero Leasing', 'Zero-emission drayage truck leasing with charging', ['electric-vehicles'],
  'Full-service leases of battery-electric Class 8 day cabs for port drayage, bundled with depot charging, '
  'maintenance and state voucher paperwork. 150-250 mile range, 4-6 hour depot charge. Monthly payments '
  'below comparable diesel operating costs for owner-operators after incentives. Fleet onboarding in '
  '60 days.',
  9, [200000, 10000000], ['US'], 2000)
T('idle_apu', 'Quietcab Systems', 'Battery auxiliary power units for truck idle reduction', ['clean-air'],
  'An all-electric APU that keeps the sleeper cab heated or cooled for 10 hours with the engine off, '
  'recharging from the alternator and an optional roof solar panel. Saves about 0.8 gallon of diesel per '
  'idle hour and meets state idling rules. Installs in four hours on most Class 8 tractors; fleet '
  'discounts available.',
  9, [8000, 400000], ['US'], 15)
T('gate_ocr', 'Visiongate', 'OCR gate portal for container terminals', ['green-transportation'],
  'Camera portals read container numbers, ISO codes, seals, chassis and licence plates at 15 km/h, '
  'auto-fill the gate transaction and flag damage. Cuts processing at the lane from minutes to under '
  '30 seconds and lets one clerk supervise several lanes remotely. Interfaces with terminal operating '
  'systems; does not schedule when trucks arrive.',
  9, [250000, 1200000], ['*'], 400)

N('n17', 'Oakland', 'Reducing drayage truck idling and queues at marine terminal gates', ['green-transportation'],
  'Trucks serving our container terminals line up for 60-90 minutes on the streets of West Oakland, idling '
  'next to homes. Each terminal runs its own gate hours and nobody has a shared view of when a truck '
  'should show up. The port wants a system that spreads arrivals across the day, tells drivers when to '
  'come based on container availability, and reports turn times. We have no land for more gate lanes, so '
  'that option is closed. A cloud service is fine.',
  1200000, 8, 'US-CA', 2000, '2027-06-30',
  answers=['truck_appt_zh'],
  alternatives=[('gate_ocr', 'speeds each gate transaction but does not schedule arrivals')],
  siblings=[('gate_lanes', 0, 'more gate lanes, ruled out: "no land for more gate lanes, so that option is closed"'),
            ('ze_dray_lease', 1, 'cleaner trucks instead of shorter queues'),
            ('idle_apu', 1, 'cuts idling emissions per truck, not the queue itself')])

# ---------------------------------------------------------------- n18 hands-free charging for yard tractors
T('pantograph_zh', '擎电智能装备', '港口牵引车自动受电弓充电系统', ['electric-vehicles'],
  '在停车位上方安装倒置式受电弓，车辆驶入后自动识别定位，受电弓下降与车顶触点连接，以最高600kW直流充电，'
  '全程无需人员插拔充电枪。防护等级IP65，耐盐雾海洋环境，符合SAE J3105。适用于码头牵引车和摆渡车，'
  '已有北美项目。',
  8, [180000, 2800000], ['*'], 600)
T('underbody_acd', 'Dockcharge Robotics', 'Underbody automated conductive charging for yard trucks', ['electric-vehicles'],
  'A ground-mounted connector unit rises to contacts under the truck once the driver parks over the pad, '
  'delivering up to 350 kW DC per SAE J3105-3 with nothing for the driver to connect. Sealed, drive-over and '
  'salt-spray rated, with vehicle-to-charger Wi-Fi handshake and OCPP back end. Retrofit kits for leading '
  'yard-tractor models.',
  7, [150000, 2000000], ['US'], 500)
T('inductive_hd_trap', 'Fluxpad Wireless', 'High-power inductive charging pads for heavy vehicles', ['electric-vehicles'],
  'Embedded 300 kW wireless charging coils with a receiver under the chassis: park, align within 10 cm and '
  'charging starts with no contact at all. Tolerates water, salt and debris on the pad. Two demonstration '
  'bays have run at a port test site; commercial release and SAE J2954/2 conformance are planned.',
  6, [400000, 1800000], ['*'], 500)

N('n18', 'Los Angeles', 'Hands-free charging for battery-electric yard tractors', ['electric-vehicles'],
  'Our terminal is converting 60 yard tractors to battery-electric. Drivers are union members and hauling '
  'heavy CCS cables several times a shift is already a safety grievance: cables dragged across lanes, '
  'connectors run over. We want top-ups during breaks and shift changes without anyone handling a cable. '
  'Battery swapping is a dead end with our OEM\'s integrated packs. Equipment must survive a marine, salty '
  'environment.',
  2500000, 7, 'US-CA', 800, '2027-08-31',
  answers=['pantograph_zh', 'underbody_acd'],
  siblings=[('swap_tractor', 0, 'battery swapping, ruled out: "Battery swapping is a dead end"')],
  traps=[('inductive_hd_trap', 'trl 6 < min_trl 7')])

# ---------------------------------------------------------------- n19 airfield vegetation and wildlife
T('airfield_grass_zh', '绿野生态修复', '机场飞行区低诱鸟乡土草地与生态植草沟', ['nature-based'],
  '为机场飞行区设计低矮、少结籽的乡土草种组合，配合浅型植草沟和渗透带就地消纳雨水，雨后24小时内无积水，'
  '不形成鸟类觅食和饮水点，割草频次可减至每年2至3次。团队熟悉机场鸟击防范要求，'
  '可按美国联邦航空局野生动物危害管理文件提供方案。',
  9, [200000, 2000000], ['CN', 'US'], 120)
T('constructed_wetland', 'Marshworks', 'Constructed wetlands and wet detention basins for stormwater', ['nature-based', 'clean-water'],
  'Design and build of surface-flow wetlands and wet ponds that detain stormwater, settle sediment and take '
  'up nutrients and metals, with native emergent planting, forebays and outlet structures. Creates habitat '
  'and amenity value alongside flood control. Typical footprint 2-5% of the catchment; monitoring and '
  'five-year establishment care included.',
  9, [150000, 3000000], ['*'], 60)
T('airfield_turf', 'Flightgrass Synthetics', 'Synthetic turf for airfield infields and shoulders', ['nature-based'],
  'Jet-blast-rated synthetic turf with a sand-anchored backing for runway shoulders and infields. No mowing, '
  'irrigation or seed heads, so nothing for birds to feed on; it drains through perforated backing at '
  'about 30 in/hr. Replaces the living surface entirely; 15-year service life and FOD-resistant '
  'infill.',
  9, [300000, 6000000], ['US'], 40)
T('avian_radar', 'Birdscan Radar', 'Avian radar for bird-strike risk detection', ['nature-based'],
  '3D avian radar tracks flocks and single birds up to 10 km around the airfield and alerts operations and '
  'the tower in real time, with species-size classification and historical heat maps for the wildlife '
  'hazard management plan. Integrates with dispersal teams and pyrotechnic crews. Dual-antenna system on a '
  'mast or rooftop.',
  9, [500000, 1400000], ['*'], None)

N('n19', 'Sacramento', 'Airfield infield vegetation and stormwater without attracting wildlife', ['nature-based'],
  'The infields and runway safety areas at Sacramento International are planted with a non-native grass '
  'mix that needs mowing every two weeks, and geese and blackbirds feed on it. Stormwater sheets off and '
  'erodes the edges. Our wildlife hazard management plan means no ponds or standing water anywhere on the '
  'AOA, full stop. We want a planting and grading approach that holds stormwater, needs less mowing and '
  'does not draw birds, from a team that knows FAA wildlife guidance.',
  1500000, 8, 'US-CA', 150, '2027-10-01',
  answers=['airfield_grass_zh'],
  siblings=[('constructed_wetland', 0, 'open water, ruled out: "no ponds or standing water anywhere on the AOA, full stop"'),
            ('airfield_turf', 1, 'removes vegetation altogether instead of planting')],
  setting=[('avian_radar', 'same airfield wildlife setting, detection rather than habitat and stormwater')])

# ---------------------------------------------------------------- n20 R-123 chillers
T('r1233zd_chiller_zh', '冰川动力制冷', 'R1233zd(E)磁悬浮离心式冷水机组', ['hfc-alternatives', 'energy-efficiency'],
  '采用R1233zd(E)冷媒（GWP约为1，A1类不可燃），双级磁悬浮无油压缩机，IPLV优于0.35kW/冷吨。'
  '低压冷媒，适合既有机房替换，可沿用原冷却水管道接口。出口北美机型通过AHRI 550/590认证。',
  9, [900000, 6000000], ['*'], 900)
T('r454b_chiller', 'Arcticline HVAC', 'Air-cooled scroll chillers on R-454B', ['hfc-alternatives'],
  'Modular air-cooled scroll chillers, 30-500 tons, using R-454B (GWP 466, class A2L) with factory leak '
  'detection and mitigation per UL 60335-2-40. Up to 40% lower GWP charge than R-410A units and high part-load '
  'efficiency from staged compressors. Rooftop or grade mounting; 16-week lead time.',
  9, [150000, 2500000], ['*'], 300)
T('r513a_centrifugal', 'Polarmax', 'R-513A centrifugal chiller', ['hfc-alternatives'],
  'Water-cooled centrifugal chillers from 400 to 2,500 tons on R-513A (GWP 631, class A1, non-flammable), '
  'with a variable-speed drive and 0.36 kW/ton IPLV. Positive-pressure design and familiar service '
  'practices; fits existing plant rooms and condenser water piping. A common route off R-123 and R-134a.',
  9, [700000, 5000000], ['*'], 700)
T('libr_absorption_zh', '远大冷热', '溴化锂吸收式冷水机组', ['hfc-alternatives', 'energy-efficiency'],
  '以蒸汽、热水或燃气为驱动热源，以水为制冷剂、溴化锂为吸收剂，不使用氟利昂，单机制冷量100至3000冷吨。'
  '可利用余热或燃气驱动，适合有稳定热源的园区和机场能源站。',
  9, [400000, 4000000], ['*'], 500)

N('n20', 'San Francisco', 'Replacement of R-123 centrifugal chillers at the airport central plant', ['hfc-alternatives'],
  'SFO\'s central utility plant runs three 1,500-ton centrifugal chillers on R-123, which is no longer '
  'produced. We want replacements on a refrigerant with essentially zero global warming potential. The '
  'plant room sits under the terminal and the fire marshal will not accept A2L or A3 refrigerants in it. '
  'The new machines must reuse the existing condenser water piping and be at least as efficient at part '
  'load as today\'s.',
  5000000, 9, 'US-CA', 1200, '2027-12-31',
  answers=['r1233zd_chiller_zh'],
  siblings=[('r454b_chiller', 0, 'A2L refrigerant, ruled out by the fire marshal'),
            ('r513a_centrifugal', 1, 'non-flammable but GWP 631: discouraged by "essentially zero global warming potential"'),
            ('libr_absorption_zh', 1, 'heat-driven absorption, a different way')])

# ---------------------------------------------------------------- n21 dissolved metals in stormwater
T('inlet_filter_zh', '清渠环境科技', '雨水口重金属吸附过滤模块', ['clean-water'],
  '嵌入式雨水口过滤箱，内置改性沸石、骨炭和铁基吸附介质组合，去除溶解态锌、铜、铅，去除率70%至90%。'
  '重力流运行，无需电源，介质盒可更换，过流能力按设计暴雨强度配置。'
  '已在散货码头和废钢堆场应用，可提供美国第三方测试数据。',
  9, [3000, 350000], ['*'], None)
T('chem_precip', 'Metaltreat Systems', 'Stormwater chemical treatment: pH adjust, coagulation, clarifier', ['clean-water'],
  'A packaged plant that collects runoff in a tank, adjusts pH, doses coagulant and flocculant, settles in '
  'an inclined-plate clarifier and polishes through sand filters, removing dissolved and particulate '
  'metals to below benchmark levels. Needs power, chemical storage and an operator during storm events; '
  '100-1,000 gpm.',
  9, [250000, 2000000], ['US'], None)
T('hydrodynamic_sep', 'Vortexa Stormwater', 'Hydrodynamic separator for stormwater', ['clean-water'],
  'Below-grade vortex separators that capture sediment, trash and free oil from runoff in a single manhole, '
  'with no moving parts or power. Removes 50-80% of total suspended solids depending on particle size; '
  'dissolved pollutants pass through. Vacuum-truck maintenance once or twice a year. Sizes from 2 to '
  '12 ft diameter.',
  9, [15000, 250000], ['*'], None)
T('biofilter_media', 'Rainbed Engineered Soils', 'Bioretention basins with metal-sorbing engineered media', ['clean-water', 'nature-based'],
  'Vegetated bioretention cells filled with a sand, compost and iron-enhanced media blend that removes '
  'dissolved copper and zinc as runoff infiltrates, planted with native species. Gravity-fed and '
  'unpowered, but each cell needs surface area of about 5% of its drainage area, so it is usually built '
  'downstream of inlets rather than in them.',
  9, [80000, 900000], ['*'], None)

N('n21', 'Stockton', 'Dissolved zinc and copper in stormwater from a bulk terminal', ['clean-water'],
  'Our scrap metal and fertilizer berths at the Port of Stockton keep exceeding the Industrial General '
  'Permit numeric action levels for zinc and copper, mostly in dissolved form. Runoff reaches the San '
  'Joaquin River through 14 drop inlets. We need passive treatment that can sit at or near those inlets, '
  'handles a 0.2 in/hr design storm and needs no power. A chemical dosing and settling plant is off the '
  'table, and there is no sewer connection to send the runoff to.',
  600000, 8, 'US-CA', None, '2027-10-15',
  answers=['inlet_filter_zh'],
  alternatives=[('biofilter_media', 'passive metal removal, but needs land downstream rather than at the inlets')],
  siblings=[('chem_precip', 0, 'chemical dosing plant, ruled out: "off the table"'),
            ('hydrodynamic_sep', 1, 'passive inlet treatment but removes particles, not dissolved metals')])

# ---------------------------------------------------------------- n22 truck charging before the utility upgrade
T('pcs_ul3141_zh', '智控能源', '场站级充电功率控制系统（UL 3141认证）', ['smart-grid', 'electric-vehicles'],
  '在园区总进线处测量实时负荷，以毫秒级响应动态分配各直流充电桩功率，保证全站需量不超过供电容量上限，'
  '支持OCPP 2.0.1和主流重卡充电桩品牌。控制器通过UL 3141功率控制系统认证，'
  '可作为美国电力公司柔性接入方案的技术基础。',
  9, [60000, 500000], ['US', 'CN'], 2000)
T('ocpp_cap_mgmt', 'Loadwise Software', 'Charge management software with a dynamic site power cap', ['smart-grid', 'electric-vehicles'],
  'Cloud charge-point management that reads the main meter every few seconds and curtails OCPP charging '
  'profiles so aggregate demand never exceeds a configurable import limit, prioritising trucks by departure '
  'time and state of charge. Works with most DC charger brands; the import limit is lifted in software once '
  'new utility capacity is energised. Fleet reporting included.',
  9, [25000, 250000], ['*'], 1500)
T('battery_buffered_dcfc', 'Reservoir Charging', 'Battery-buffered DC fast chargers for weak grid sites', ['energy-storage', 'electric-vehicles'],
  'DC fast chargers with an integrated 200-400 kWh battery that trickle-charges from a small grid feed and '
  'discharges at up to 400 kW into trucks, so high-power charging is possible on a constrained service. '
  'Each unit needs about 80 kVA of grid supply; stackable for larger fleets.',
  9, [250000, 3000000], ['*'], 800)
T('natgas_mobile_charge', 'Gridfree Power', 'Natural gas generator-powered charging for truck fleets', ['electric-vehicles'],
  'Skid-mounted natural gas generators of 500 kW to 2 MW that power DC fast chargers at sites waiting for '
  'utility service, deployed in weeks and moved once the grid connection arrives. Ultra-low-NOx engines '
  'and optional renewable natural gas supply; rental or purchase terms.',
  9, [200000, 2500000], ['US'], 300)
T('truck_depot_trap', 'Megawatt Depot Partners', 'Turnkey heavy-truck charging depot with private substation',
  ['electric-vehicles', 'smart-grid'],
  'A 40-bay Class 8 charging depot, built and energised as one EPC: 12 kV private substation, switchgear, '
  'MCS-ready dispensers, canopies, load management and on-site storage. Designed for fleets that cannot '
  'wait for utility upgrades, with an interim supply during construction. Charging-as-a-service or outright '
  'sale.',
  9, [8000000, 25000000], ['US'], 5000)

N('n22', 'Ontario', 'Electric truck charging at a distribution center before the utility upgrade arrives', ['smart-grid'],
  'Our 1.2 million sq ft cross-dock in Ontario has tenants ready to run 40 battery-electric Class 8 trucks. '
  'SCE quotes 30-plus months for the service upgrade. We want the chargers installed now on our existing '
  '4 MVA service, with total site demand kept under the limit in real time by throttling chargers around '
  'the building\'s own load, and the cap raised later. On-site gas or diesel generators will not fly with '
  'our air district or our tenants.',
  1500000, 8, 'US-CA', 3000, '2027-04-30',
  answers=['pcs_ul3141_zh', 'ocpp_cap_mgmt'],
  siblings=[('battery_buffered_dcfc', 1, 'storage to ride the service limit, a different way'),
            ('natgas_mobile_charge', 0, 'on-site generators, ruled out: "will not fly with our air district or our tenants"')],
  traps=[('truck_depot_trap', 'cost_usd[0] 8,000,000 > budget 1,500,000')])

# ---------------------------------------------------------------- n23 airfield lighting vault standby
T('critical_ups_zh', '川储电气', '关键负荷锂电储能型不间断电源系统', ['energy-storage'],
  '面向机场助航灯光站等关键负荷的磷酸铁锂储能型UPS，切换时间为零，'
  '配置1至4小时备电，容量250kW至2MW。可与市电及既有柴油机并列运行，也可完全替代柴油机，'
  '满足FAA AC 150/5345系列对助航灯光电源切换时间的要求。',
  9, [400000, 2500000], ['*'], 100)
T('natgas_standby', 'Hearth Power Systems', 'Natural gas standby generator (500-1,000 kW)', ['energy-storage'],
  'Spark-ignited natural gas standby sets with 10-second start and automatic transfer switch, no on-site '
  'fuel storage and lower NOx than diesel. Weatherproof enclosure, remote monitoring and monthly exercise '
  'scheduling. Suitable for critical facilities with a reliable gas main.',
  9, [250000, 700000], ['US'], None)
T('h2_fc_backup', 'Cellion Power', 'Hydrogen fuel cell backup power (250 kW)', ['energy-storage', 'renewable-energy'],
  'PEM fuel cell standby system with hydrogen cylinder storage for 8-48 hours of runtime, zero emissions at '
  'the point of use and a small battery for bridging. Start-up in under a minute; needs periodic hydrogen '
  'deliveries and a fire-code review of gas storage. Telecom and utility substation references.',
  8, [500000, 1800000], ['*'], 60)
T('flywheel_ups', 'Spinvault', 'Flywheel UPS for critical loads', ['energy-storage'],
  'Kinetic energy storage that carries 250 kW-2 MW of load for 15-40 seconds with instant transfer, '
  'usually bridging until a generator starts. No batteries to replace, 20-year life, small footprint. '
  'Ride-through is seconds, not hours, so it is paired with a prime mover for long outages.',
  9, [200000, 1500000], ['*'], 20)

N('n23', 'San Jose', 'Replace diesel standby for the airfield lighting vault', ['energy-storage'],
  'The airfield lighting vault at Mineta San Jose feeds the constant current regulators for runway and '
  'taxiway lights. Standby today is a 750 kW diesel generator that must be load-tested monthly, and its '
  'transfer is too slow for the CAT II upgrade we are planning (one second at most). We want a standby '
  'that covers the regulators for at least 2 hours and transfers inside that limit. Swapping in another '
  'diesel, or a natural gas genset, would not get approved.',
  2000000, 8, 'US-CA', 80, '2027-11-30',
  answers=['critical_ups_zh'],
  alternatives=[('flywheel_ups', 'instant transfer but seconds of ride-through, not 2 hours')],
  siblings=[('natgas_standby', 0, 'gas genset, ruled out: "would not get approved"'),
            ('h2_fc_backup', 1, 'fuel cell standby, a different way; start-up too slow on its own')])
