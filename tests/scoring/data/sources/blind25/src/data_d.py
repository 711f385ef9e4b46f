"""English needs 24-30 and their technologies, plus the generic distractors."""
from common import T, N, G

# ---------------------------------------------------------------- n24 STS crane braking energy
T('afe_regen_zh', '海力驱动', '岸桥起升机构有源前端能量回馈改造', ['energy-efficiency'],
  '将岸桥原有整流单元和制动电阻更换为有源前端四象限变流器，起升下降和小车制动时的再生能量以高功率因数回馈电网，'
  '谐波畸变率低于5%，节电20%至35%，并可取消或大幅缩小制动电阻。改造可在两个船期间隙内完成，'
  '兼容主流PLC与驱动系统。',
  9, [200000, 2000000], ['*'], 350)
T('crane_supercap', 'Capstack Energy', 'Supercapacitor energy storage for cranes', ['energy-storage', 'energy-efficiency'],
  'Ultracapacitor banks on the crane DC bus absorb lowering energy and release it on the next hoist, '
  'flattening the peak drawn from the terminal grid by up to 50%. Energy stays on the crane rather than '
  'being exported. Container-mounted modules, 1 million cycle life, no thermal runaway risk; install on '
  'the machinery house floor.',
  9, [150000, 1500000], ['*'], 250)
T('new_sts_zh', '振海重工', '新一代全电动岸边集装箱起重机', ['energy-efficiency', 'green-transportation'],
  '外伸距70米、起重量65吨的新一代岸桥整机，标配能量回馈、智能防摇和远程操控，整机能耗比老机型低25%，'
  '工厂整机制造、整机海运交付，交付周期约14个月。',
  9, [1500000, 14000000], ['*'], 600)

N('n24', 'Oxnard', 'Recovering lowering energy on ship-to-shore cranes', ['energy-efficiency'],
  'Our four ship-to-shore cranes at Port Hueneme were electrified years ago but still dump every lowering '
  'and trolley braking cycle into resistor banks on the boom, which overheat in summer. We want that energy '
  'fed back into the terminal network for reefers and buildings. The cranes have 15-plus years of life '
  'left, so new cranes are not part of this. Work must fit between vessel calls.',
  1800000, 8, 'US-CA', 500, '2027-07-31',
  answers=['afe_regen_zh'],
  siblings=[('crane_supercap', 1, 'stores the energy on the crane instead of feeding it back'),
            ('new_sts_zh', 0, 'new cranes, ruled out: "new cranes are not part of this"')],
  setting=[('highmast_led', 'same terminal, yard lighting rather than crane braking energy')])

# ---------------------------------------------------------------- n25 USDA-regulated garbage
T('autoclave_waste_zh', '净航环保科技', '国际航班垃圾高温蒸汽灭菌破碎处理系统', ['waste-treatment'],
  '在高压灭菌釜内以134℃饱和蒸汽处理国际航班餐食和客舱垃圾，配套前置破碎和后端脱水，灭菌后残渣体积减少60%至80%，'
  '可作一般固废填埋或分选回收。全过程无燃烧。处理能力每日5至30吨，'
  '适用于需满足检疫要求的口岸、机场和港口。',
  9, [1200000, 4500000], ['*'], 1000)
T('gasifier', 'Thermaloop', 'Modular gasification for mixed solid waste', ['waste-treatment', 'renewable-energy'],
  'Containerised two-stage gasifiers convert 10-50 t/day of mixed solid waste into syngas burned in a '
  'close-coupled oxidiser to raise steam or power, with ash reduced to under 10% of input volume. Suits '
  'islands, airports and ports far from landfills. Air permit support and emissions monitoring '
  'provided.',
  9, [2000000, 9000000], ['*'], 3000)
T('microwave_steril_trap', 'Quarantix', 'Continuous microwave sterilisation of regulated waste (pilot)', ['waste-treatment'],
  'Shreds regulated garbage and passes it through a microwave tunnel at 95-100 C with steam injection, '
  'leaving a sterile, dry residue for landfill or recycling with no combustion. Built for catering waste '
  'at ports of entry; one unit is in trial operation and approval for regulated garbage is still being '
  'sought.',
  6, [900000, 2500000], ['*'], 900)
T('food_dehydrator', 'Drycycle', 'Food waste grinder-dehydrator', ['waste-treatment'],
  'On-site machines that grind and heat-dry food waste, cutting its mass by 80-90% within 24 hours into a '
  'dry, odour-free output for hauling or further processing. Capacities of 100 kg to 5 t per day; '
  'electrically heated with condensate to drain. Popular with caterers and hotels; does not claim '
  'sterilisation for regulated waste.',
  9, [30000, 600000], ['*'], 200)

N('n25', 'Los Angeles', 'On-airport treatment of USDA-regulated international garbage', ['waste-treatment'],
  'All catering and cabin waste from international arrivals at LAX is regulated garbage under USDA APHIS '
  'and today it is hauled in sealed containers 60 miles to an approved incinerator. We want an on-site '
  'process APHIS can approve, leaving a residue we can landfill or recover. Combustion on airport property '
  'will never get an air permit, so incinerators and gasifiers are out, and regulated garbage may not go to '
  'compost. About 20 tons per day.',
  4000000, 8, 'US-CA', 1200, '2027-12-31',
  answers=['autoclave_waste_zh'],
  siblings=[('gasifier', 0, 'combustion, ruled out: "incinerators and gasifiers are out"'),
            ('food_dehydrator', 1, 'reduces volume but is not an approved sterilisation process')],
  traps=[('microwave_steril_trap', 'trl 6 < min_trl 8')])

# ---------------------------------------------------------------- n26 low-carbon tilt-up concrete
T('lowcarbon_concrete_zh', '碳减建材', '早强型低碳混凝土胶凝体系（矿渣粉+晶核早强剂）', ['green-buildings'],
  '以磨细矿渣粉和粉煤灰替代40%至60%的水泥，配合纳米C-S-H晶核早强剂，3天强度可达设计值的70%以上，满足墙板起吊要求；'
  '每立方米混凝土碳足迹降低35%至50%，提供第三方产品EPD。技术授权给当地商品混凝土站生产。',
  9, [150000, 2500000], ['*'], 3500)
T('co2_inject_concrete', 'Mineralmix', 'CO2 mineralisation injection for ready-mix concrete', ['green-buildings', 'carbon-capture'],
  'A retrofit system injects a metered dose of captured CO2 into fresh concrete at the batch plant, where it '
  'mineralises into nano-calcium carbonate that improves strength and allows a modest cement cut. Typical '
  'reduction of 5-8% in the GWP of each mix, with no change in placing, finishing or lift schedules. EPD '
  'support for producers.',
  9, [50000, 400000], ['US'], 800)

N('n26', 'Fresno', 'Lower-carbon concrete for tilt-up panels and slab on a new cross-dock', ['green-buildings'],
  'We are building a 600,000 sq ft tilt-up cross-dock near Fresno. CALGreen embodied carbon rules apply and '
  'the owner wants concrete GWP at least 30% below the regional baseline, backed by product-specific EPDs. '
  'The contractor\'s schedule needs panels lifted at 3 days, so strength gain cannot be slow. The structure '
  'stays tilt-up: timber or steel-framed alternatives are not up for discussion.',
  2000000, 8, 'US-CA', 4000, '2027-05-15',
  answers=['lowcarbon_concrete_zh'],
  alternatives=[('co2_inject_concrete', 'keeps early strength but cuts GWP only 5-8%, far short of 30%')],
  siblings=[('clt_warehouse', 0, 'timber structure, ruled out: "not up for discussion"'),
            ('embodied_struct', 1, 'cuts embodied carbon by structural optimisation, not by the concrete itself')])

# ---------------------------------------------------------------- n27 port emissions inventory
T('port_inventory_zh', '航迹碳科技', '港口排放清单自动化核算平台', ['ghg-data', 'clean-air'],
  '融合船舶AIS轨迹、港作机械与集卡遥测、闸口进出数据，按照美国环保署港口排放清单指南和加州空气资源局方法，'
  '逐船逐设备计算NOx、PM2.5和CO2排放，自动生成年度与月度清单。'
  '支持社区空气质量行动计划的目标跟踪和情景分析。',
  8, [150000, 800000], ['*'], None)
T('esg_saas', 'Claritas ESG', 'Corporate ESG reporting and disclosure software', ['ghg-data'],
  'Collects corporate sustainability data across sites and business units and maps it to GRI, SASB, TCFD '
  'and CSRD, with Scope 1-3 modules, supplier surveys, audit trails and board-ready dashboards. Templates '
  'for investor questionnaires and annual reports. Subscription per entity with implementation '
  'support.',
  9, [40000, 300000], ['*'], None)
T('fenceline_sensors', 'Airgrid Labs', 'Fenceline and community air quality sensor network', ['clean-air', 'ghg-data'],
  'Solar-powered sensor nodes measuring PM2.5, NO2, ozone and black carbon at one-minute resolution, '
  'co-located with regulatory monitors for calibration and streamed to a public map. Used by ports and '
  'refineries to show neighbourhood concentrations; it measures air, not source-by-source emissions.',
  9, [60000, 500000], ['*'], None)
T('pems_service_zh', '动测检测', '非道路移动机械PEMS便携式排放测试服务', ['ghg-data', 'clean-air'],
  '使用车载便携式排放测试系统对港作机械、集卡和船舶辅机进行实际工况排放测试，出具NOx、PM和CO2排放因子报告，'
  '可用于修正排放清单默认参数。按台次收费，测试团队可赴海外服务。',
  9, [5000, 150000], ['*'], None)

N('n27', 'San Diego', 'Automating the port\'s annual emissions inventory', ['ghg-data'],
  'Every year consultants rebuild the Port of San Diego\'s maritime emissions inventory (ocean-going vessels, '
  'harbor craft, cargo-handling equipment, trucks and rail) from spreadsheets and surveys, and it lands '
  '14 months late. We want a system that builds the inventory continuously from vessel AIS, equipment '
  'telematics and gate data, follows the EPA and CARB port inventory methods, and tracks progress on our '
  'community plan. A corporate ESG dashboard is the wrong tool for this.',
  700000, 8, 'US-CA', None, '2027-06-01',
  answers=['port_inventory_zh'],
  siblings=[('esg_saas', 0, 'corporate ESG reporting, ruled out: "the wrong tool for this"'),
            ('fenceline_sensors', 1, 'measures concentrations, not a source inventory'),
            ('pems_service_zh', 1, 'measured emission factors, an input to an inventory rather than the inventory')])

# ---------------------------------------------------------------- n28 server room without water
T('pumped_refrig_zh', '凌川温控', '氟泵双循环自然冷却机房空调', ['green-data-centers'],
  '在压缩机制冷回路基础上增加氟泵循环，室外温度比机房回风低约10℃时压缩机停机，由氟泵驱动冷媒散热，'
  '全年自然冷却时间可达50%至70%；室内外空气完全隔离，全程不用水。适用于20至500kW中小型机房，'
  '可原位替换风冷直膨机组。',
  9, [80000, 800000], ['*'], 120)
T('indirect_evap', 'Evapra', 'Indirect evaporative cooling units for data halls', ['green-data-centers'],
  'Air-to-air heat exchangers wetted on the scavenger side cool data hall return air without mixing in '
  'outdoor air, with DX trim for the hottest hours. Annualised PUE of 1.15-1.25 in dry climates; uses '
  '1-2 litres of water per kWh of heat rejected at peak. Rooftop or slab-mounted modules of 100-400 kW.',
  9, [150000, 2500000], ['*'], 200)
T('immersion_pod', 'Deepsink Cooling', 'Single-phase immersion cooling pods', ['green-data-centers'],
  'Sealed tanks of dielectric fluid hold standard servers on their sides and carry heat to a dry cooler '
  'through a coolant distribution unit, removing up to 100 kW per tank with no room air conditioning. '
  'Servers need fans removed and warranties checked; a migration partner handles the move rack by '
  'rack.',
  9, [120000, 2000000], ['*'], 150)
T('ec_crac', 'Coolrow Systems', 'Inverter DX precision air conditioners with EC fans', ['green-data-centers', 'energy-retrofits'],
  'Downflow and upflow computer room air conditioners with inverter compressors, EC fans and electronic '
  'expansion valves, 20-120 kW each, tracking load closely and cutting energy 30% against fixed-speed units. '
  'Air-cooled condensers, no water. No economiser mode, so compressors run all year.',
  9, [30000, 600000], ['*'], 60)

N('n28', 'Long Beach', 'Cooling the terminal operations server room without water', ['green-data-centers'],
  'The server room that runs our terminal operating system and gate cameras (about 120 kW in 30 racks) '
  'sits in a 1970s administration building, and its old DX units fail in every heat wave. There is no '
  'chilled water, and between the drought rules and the landlord, anything evaporative or with a cooling '
  'tower is a no-go. We want a replacement that uses cool outside temperatures most of the year without '
  'bringing salty outside air into the room.',
  700000, 8, 'US-CA', 150, '2027-03-31',
  answers=['pumped_refrig_zh'],
  alternatives=[('ec_crac', 'efficient waterless DX replacement but no free cooling')],
  siblings=[('indirect_evap', 0, 'uses water, ruled out: "anything evaporative ... is a no-go"'),
            ('immersion_pod', 1, 'liquid immersion, a different way that changes the servers')])

# ---------------------------------------------------------------- n29 cold loss at dock doors
T('dock_shelter_zh', '寒盾门业', '冷库月台充气式门封与保温滑升门套装', ['energy-retrofits'],
  '充气式门封在车辆靠台后自动充气，紧贴车厢侧壁和顶部，封住车厢与门洞之间的缝隙；配合聚氨酯保温滑升门、'
  '升降平台四周底部密封和门洞加热防冻条，实测冷量损失降低50%至70%，月台结霜明显减少。'
  '可在原门洞原位改造，单个门位施工一天。',
  9, [8000, 600000], ['*'], 350)
T('air_curtain', 'Aerowall Industrial', 'Industrial air curtains for cold store doors', ['energy-retrofits'],
  'Vertical or overhead air curtains that form a high-velocity air barrier across freezer and cooler '
  'doorways, cutting infiltration when doors are open. Heated and unheated models, door-switch '
  'activation, for openings up to 5 m by 6 m. Quick to mount above existing doors.',
  9, [5000, 300000], ['*'], 150)
T('defrost_ctrl', 'Frostlogic', 'Demand defrost and evaporator controls for refrigerated warehouses', ['energy-efficiency'],
  'Controllers that sense coil frost and start defrost only when needed, add floating head pressure and '
  'variable-speed evaporator fans, and log room conditions. Typical refrigeration energy savings of 15-25% '
  'in cold stores with heavy door traffic; retrofits existing evaporators and racks.',
  9, [20000, 300000], ['*'], 250)
T('rapid_roll_zh', '速通门业', '冷库快速卷帘门', ['energy-retrofits'],
  '开启速度每秒1.5至2.5米的快速卷帘门，带加热导轨和保温帘片，叉车通过后自动关闭，减少库门开启时间和冷量外泄。'
  '适用于冷库穿堂与库门，可原位替换。',
  9, [6000, 200000], ['*'], 120)
T('coldstore_led', 'Glacier Lumen', 'LED high-bay fixtures for freezers and cold rooms', ['energy-retrofits'],
  'Sealed LED high-bays rated to -40 C with instant full output, occupancy sensors and aisle dimming, '
  'replacing metal halide and fluorescent fixtures in cold stores. Less heat into the freezer reduces '
  'refrigeration load as well as lighting energy; IP66, 10-year warranty.',
  9, [15000, 400000], ['*'], 180)

N('n29', 'Tracy', 'Cold air loss at dock doors of a refrigerated distribution center', ['energy-retrofits'],
  'At our freezer and cooler distribution center in Tracy, the 48 dock positions leak cold air around '
  'trailers, frost builds up on the levelers and ceiling, and the refrigeration runs flat out every '
  'afternoon. The seals are old foam pads torn by trailer bumpers. We tried air curtains at two doors last '
  'year and they did nothing with forklift traffic, so please don\'t propose them again. We need an upgrade '
  'at the existing doors without rebuilding the dock.',
  900000, 8, 'US-CA', 400, '2027-09-01',
  answers=['dock_shelter_zh'],
  alternatives=[('rapid_roll_zh', 'helps at the door itself but leaves the trailer-to-door gap open')],
  siblings=[('air_curtain', 0, 'air curtains, ruled out: "please don\'t propose them again"'),
            ('defrost_ctrl', 1, 'makes refrigeration cope better instead of stopping the leak')],
  setting=[('coldstore_led', 'same cold store, lighting rather than dock door losses')])

# ---------------------------------------------------------------- n30 floating PV on a basin
T('floating_pv_zh', '浮能新能源', '漂浮式光伏系统（HDPE浮体）', ['renewable-energy'],
  '采用高密度聚乙烯浮体和锚固系统，将光伏组件安装在水库、蓄洪池和尾水池水面上，浮体随水位升降，不占用蓄洪容积；'
  '遮阴可减少水面蒸发约70%并抑制藻类。水面冷却使发电量比同等地面电站高5%至10%。已有美国和东南亚项目。',
  9, [900000, 8000000], ['*'], 2800)
T('floating_pv_trap', 'Aquavolt Developers', 'Utility-scale floating solar EPC (20 MW and up)', ['renewable-energy'],
  'Engineering, procurement and construction of floating PV plants from 20 MW on reservoirs, quarry lakes '
  'and stormwater basins, with bathymetry, anchoring design, HDPE floats, central inverters and '
  'interconnection. Priced for utility-scale projects; smaller sites are referred to partners.',
  9, [14000000, 60000000], ['*'], 30000)
T('solar_carport', 'Shadeport Solar', 'Solar carports and truck-court canopies', ['renewable-energy'],
  'Single- and double-cantilever steel canopies carrying PV over car parks and trailer stalls, with '
  '16-ft clearance options for trucks, integrated LED lighting and EV charger mounting. Foundations are '
  'drilled piers; 250 kW to 10 MW per site.',
  9, [300000, 9000000], ['US'], 1500)
T('algae_buoy', 'Sonicclear', 'Solar ultrasonic algae control buoys', ['clean-water'],
  'Floating units emit ultrasound that disrupts the buoyancy of blue-green algae, keeping ponds and '
  'basins clear without chemicals. Solar powered, with water-quality sensors and a web dashboard; one buoy '
  'covers up to 500 m across.',
  9, [15000, 120000], ['*'], None)

N('n30', 'Lathrop', 'Solar on the stormwater basin at an inland logistics hub', ['renewable-energy'],
  'Our inland logistics hub has a 12-acre stormwater retention basin that holds water most of the year. '
  'Every warehouse roof is already leased to tenants for their own solar, and the rest of the land is truck '
  'courts and trailer parking, so more roof space or canopies over the courts are not available. We would '
  'like to generate power from the basin without losing flood storage, and less algae and evaporation would '
  'be a bonus. Power feeds our maintenance shops and charging.',
  5000000, 8, 'US-CA', 2500, '2027-10-31',
  answers=['floating_pv_zh'],
  siblings=[('rooftop_pv_emc_zh', 0, 'rooftop PV, ruled out: "every warehouse roof is already leased"'),
            ('solar_carport', 0, 'canopies over truck courts, ruled out: "not available"')],
  traps=[('floating_pv_trap', 'cost_usd[0] 14,000,000 > budget 5,000,000')],
  setting=[('algae_buoy', 'same basin, algae control rather than power')])

# ---------------------------------------------------------------- generic distractors (never graded)
G('gen_portos', 'Harbormind', 'PortOS smart port platform', ['green-transportation', 'ghg-data', 'smart-grid'],
  'An end-to-end smart port platform that unifies data from every system on the terminal into one '
  'intelligent cockpit. AI-driven insights optimise operations, energy, emissions and safety, while open '
  'APIs connect stakeholders across the logistics ecosystem. Modular, cloud-native and scalable, PortOS '
  'accelerates your journey to a sustainable, digital and resilient port.',
  9, [100000, 3000000], ['*'], None)
G('gen_energy_brain', 'Cognergy', 'AI Energy Brain for logistics parks', ['smart-grid', 'energy-efficiency'],
  'The AI Energy Brain connects meters, equipment and buildings across your logistics park and uses '
  'machine learning to find savings everywhere. Real-time dashboards, automated alerts and smart '
  'recommendations help managers reduce costs and carbon. Plug-and-play deployment, any hardware, any '
  'scale, with measurable results from day one.',
  9, [50000, 800000], ['*'], 500)
G('gen_netzero_airport', 'Skyward Advisory', 'Net-zero airport roadmap consulting', ['ghg-data', 'green-buildings'],
  'Our experts guide airports from ambition to action with a tailored net-zero roadmap covering '
  'terminals, airside operations, ground transport and the supply chain. Stakeholder workshops, baseline '
  'assessment, decarbonisation pathways and funding strategies. Trusted by leading aviation hubs to align '
  'with global climate goals.',
  9, [40000, 400000], ['*'], None)
G('gen_green_logistics_cloud', 'Verdeflow', 'Green Logistics Cloud', ['green-transportation', 'ghg-data'],
  'One cloud for sustainable logistics: visibility, optimisation and reporting for shippers, carriers and '
  'warehouses. Smart algorithms reduce empty miles and emissions, while sustainability analytics turn data '
  'into decisions. Seamless integrations and an intuitive interface make green logistics simple for '
  'teams of every size.',
  9, [20000, 500000], ['*'], 300)
G('gen_park_twin', 'Twinscape', 'Digital twin for industrial parks and free-trade zones', ['smart-grid', 'ghg-data'],
  'A living 3D digital twin of your industrial park that brings together buildings, utilities, traffic, '
  'energy and environment on one map. Simulate scenarios, monitor KPIs and coordinate tenants in real time. '
  'Built on open standards and ready for IoT, BIM and GIS data to support green, smart and safe park '
  'management.',
  9, [150000, 2000000], ['*'], None)
G('gen_iot_kit', 'Sensebridge', 'Smart Airport IoT sensor suite', ['smart-grid', 'clean-air'],
  'A wireless sensor kit for terminals, aprons and car parks measuring energy, temperature, occupancy, air '
  'quality and more. Battery-powered LoRaWAN nodes install in minutes and feed an open analytics platform. '
  'Turn your airport into a data-driven, sustainable and passenger-friendly environment.',
  9, [10000, 300000], ['*'], None)
G('gen_carbon_neutral_terminal', 'Bluetide Partners', 'Carbon-neutral terminal advisory', ['ghg-data', 'green-transportation'],
  'Strategic advisory for terminal operators on the path to carbon neutrality: maturity assessment, '
  'technology screening, business cases and certification support. We bring global best practice and an '
  'independent view so your decarbonisation programme delivers value for customers, communities and '
  'shareholders.',
  9, [30000, 300000], ['*'], None)
G('gen_zh_twin_port', '港智云科', '智慧港口数字孪生平台', ['green-transportation', 'smart-grid'],
  '以数字孪生为底座，汇聚港口生产、设备、能源、环境和安全数据，构建“一张图”全景可视化管理，'
  '通过人工智能算法实现智能调度、智能运维和绿色低碳运营，助力打造世界一流智慧绿色港口。',
  9, [200000, 3000000], ['CN'], None)
G('gen_zh_zero_park', '零碳未来', '零碳园区综合能源服务整体解决方案', ['smart-grid', 'renewable-energy', 'ghg-data'],
  '为开发区、物流园区和产业园区提供“源网荷储”一体化综合能源服务，涵盖规划设计、投资建设、运营管理和碳资产开发，'
  '一站式助力园区实现碳达峰碳中和目标。',
  9, [500000, 20000000], ['CN'], 5000)
G('gen_zh_dual_carbon', '双碳智联', '双碳智慧管理平台', ['ghg-data', 'energy-efficiency'],
  '覆盖能耗监测、碳排放核算、碳资产管理和节能诊断的一体化平台，支持政府、园区和企业多级管理，'
  '大屏展示、移动端随时查看，让双碳管理更简单、更智能、更高效。',
  9, [30000, 600000], ['CN'], None)
