"""Chinese needs 01-08 (ports, airports, cold chain, industrial parks) and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n01 reefer yard peaks
T('reefer_orch', 'Quayline Systems', 'ReeferGrid remote reefer monitoring and load orchestration',
  ['smart-grid', 'green-transportation'],
  'Power-line modems on each reefer receptacle read controller data from every container and let a '
  'central scheduler stagger compressor and defrost cycles under a site power cap. Each unit stays inside '
  'its cargo setpoint band; the scheduler only shifts when compressors run, not the temperature they hold. '
  'TOS interfaces via EDI; live at 14 terminals, peak cut 20-30%.',
  9, [150000, 900000], ['*'], 700)
T('reefer_monitor_zh', '海融港科', '冷藏集装箱远程监控系统', ['smart-grid'],
  '通过安装在冷箱插座上的无线终端，实时采集冷箱温度、报警代码和耗电数据，替代人工巡场抄温，异常自动推送至中控室和手机。'
  '本系统只做监测与告警，不对冷箱压缩机运行进行调度控制。已在国内二十余个集装箱码头使用。',
  9, [60000, 300000], ['CN'], 100)
T('terminal_bess', 'Ballast Energy Storage', 'Containerised LFP battery for terminal peak shaving',
  ['energy-storage', 'smart-grid'],
  'A 1-4 MWh lithium iron phosphate system in 20-ft enclosures, installed behind the meter at container '
  'terminals to shave demand peaks from cranes and reefer stacks and to ride through short outages. Liquid '
  'thermal management, UL 9540A tested, C5-M corrosion protection for quay sites. Peak-shaving EMS with '
  'day-ahead forecasting; typical simple payback of 5-7 years on demand charges.',
  9, [600000, 3000000], ['*'], 900)
T('substation_expand_zh', '华能电气成套', '预装式箱式变电站扩容改造EPC', ['smart-grid'],
  '提供10kV/0.4kV预装式箱变的设计、供货与扩容改造总包，单台容量630–2500kVA，含高低压开关柜、电缆敷设与供电局报装协调。'
  '适用于港口堆场、物流园区和工业厂区新增负荷后的容量提升，工期约60–90天。',
  9, [80000, 1500000], ['CN'], None)
T('highmast_led', 'Luxquay Lighting', 'LED high-mast floodlights for container yards and aprons',
  ['energy-retrofits'],
  'Retrofit luminaires for 25-40 m high masts replace 1,000-2,000 W metal halide and HPS floods with 400-'
  '800 W LED heads, asymmetric optics for stacking lanes and aprons, and wireless dimming tied to crane '
  'activity. Rated for salt spray and 60 m/s wind. Cuts yard lighting energy 60-75% and lamp changes at '
  'height to near zero. Photometric design included.',
  9, [50000, 1200000], ['*'], 400)

N('n01', '宁波', '集装箱码头冷藏箱堆场用电负荷管控项目需求征集', ['smart-grid'],
  '宁波舟山港某集装箱码头冷箱堆场现有冷箱插座约2600个，夏季旺季在场冷箱多时，堆场箱变多次过载跳闸，只能靠人工巡场拔插。'
  '希望在不新增变压器的前提下把冷箱用电高峰削下来，同时保证箱内货物温度不超出货主设定范围。扩容箱变的方案集团已经否决。'
  '要求产品已在港口商用，能与现有码头操作系统对接。',
  800000, 8, 'CN-ZJ', 600, '2027-05-31',
  answers=['reefer_orch'],
  alternatives=[('reefer_monitor_zh', 'right way (reefer-level telemetry) but monitoring only, no scheduling of compressor cycles')],
  siblings=[('terminal_bess', 1, 'peak shaving by storage instead of controlling the reefer load'),
            ('substation_expand_zh', 0, 'transformer expansion, ruled out: 扩容箱变的方案集团已经否决')],
  setting=[('highmast_led', 'same container yard, lighting energy rather than reefer peaks')])

# ---------------------------------------------------------------- n02 diesel RTG cranes
T('hybrid_rtg', 'Harborvolt Power', 'Hybrid RTG retrofit kit: variable-speed genset with LTO battery',
  ['energy-storage', 'green-transportation'],
  'Replaces the 500 kVA fixed-speed diesel genset with a 150 kVA variable-speed unit and adds a 100 kWh '
  'lithium-titanate pack on the DC bus. Energy from lowering, which used to burn in braking resistors, is '
  'stored and reused on the next hoist, and the crane keeps full autonomous gantry travel between blocks. '
  'Fuel savings of 50-65%; retrofit in 7 working days per crane.',
  9, [280000, 3500000], ['*'], 250)
T('supercap_rtg_zh', '江海超容科技', 'RTG超级电容节能装置', ['energy-storage'],
  '在轮胎吊直流母线上加装超级电容模组，吸收起升下降时的回馈能量并在起升时释放，柴油机组仍按原功率配置运行，节油约15–25%。'
  '模组体积小，安装简便，单机两天完成，不改变整机转场方式。',
  9, [40000, 1200000], ['CN'], 80)
T('cable_reel_ertg_zh', '港电智联', 'RTG“油改电”（电缆卷筒/低架滑触线）改造', ['green-transportation', 'electric-vehicles'],
  '为轮胎式龙门吊加装电缆卷筒或低架滑触线受电装置，由市电直接供电，柴油机组仅用于转场，节能约60%以上。'
  '需在箱区端部建设供电井和滑触线支架，适合箱区布局长期固定的堆场。',
  9, [150000, 4000000], ['CN'], 300)
T('lng_dualfuel_rtg', 'Gasmarine Conversions', 'LNG dual-fuel conversion for RTG gensets', ['clean-air'],
  'Converts existing diesel gensets on rubber-tyred gantries and straddle carriers to run on a diesel-LNG '
  'blend with up to 60% gas substitution. Includes cryogenic tank, vaporiser, gas train and ECU tuning; '
  'cuts PM and SOx sharply and CO2 by 10-15%. Refuelling from a mobile LNG trailer on the terminal. '
  'Certified installers in Asia and Europe.',
  9, [60000, 2000000], ['*'], 60)
T('h2_rtg_trap', 'Hydrocrane Labs', 'Hydrogen fuel-cell power pack for RTG cranes (pilot)',
  ['energy-storage', 'green-transportation'],
  'A 200 kW PEM fuel-cell module with a buffer battery that drops into the genset bay of a rubber-tyred '
  'gantry, keeping free travel between blocks with zero tailpipe emissions. Stores 30 kg of hydrogen at '
  '350 bar. One crane has run in a field pilot; the supply chain for a fleet roll-out is being set up '
  'with terminal partners.',
  5, [900000, 1500000], ['*'], 280)

N('n02', '深圳', '轮胎式集装箱门式起重机节能改造采购需求', ['energy-storage'],
  '盐田港区某码头有轮胎吊42台，目前全部由柴油发电机组供电，起升下降时的能量白白消耗在制动电阻上，油耗和黑烟都被环保督查点名。'
  '堆场箱区经常调整，轮胎吊需要频繁转场，所以电缆卷筒、滑触线这类接市电的方式用不了。希望保留整机自行转场能力，'
  '单台改造停机不超过10天，首批改造10台，要求有港口成熟业绩。',
  3000000, 8, 'CN-GD', 2500, '2027-03-31',
  answers=['hybrid_rtg'],
  alternatives=[('supercap_rtg_zh', 'same way (on-board storage of lowering energy) but small capacity, genset not downsized, 15-25% savings')],
  siblings=[('cable_reel_ertg_zh', 0, 'grid-fed e-RTG, ruled out: 电缆卷筒、滑触线这类接市电的方式用不了'),
            ('lng_dualfuel_rtg', 1, 'cleaner fuel instead of recovering and storing energy')],
  traps=[('h2_rtg_trap', 'trl 5 < min_trl 8')])

# ---------------------------------------------------------------- n03 conveyor transfer dust
T('dry_fog', 'Mistral Particulate Control', 'Dry fog dust suppression for conveyor transfer points',
  ['clean-air'],
  'Twin-fluid nozzles atomise water with compressed air into 1-10 micron droplets that agglomerate '
  'respirable dust at its source, inside the chute skirt and enclosure. Adds less than 0.05% moisture to '
  'the material, so coal and ore specifications are unaffected. Modular manifolds mount on existing '
  'skirtboards; a PLC interlocks the fog with belt-running signals.',
  9, [20000, 600000], ['*'], None)
T('hood_spoon_chute', 'Flowline Bulk Engineering', 'Engineered hood-and-spoon transfer chutes', ['clean-air', 'energy-efficiency'],
  'DEM-designed replacement chutes that keep the bulk stream coherent from head pulley to receiving belt, '
  'placing material centrally at belt speed. Less turbulence means less induced air and far less dust and '
  'spillage, plus lower belt and liner wear. Requires a shutdown to cut out the existing chute and steel '
  'modifications at each transfer; typical lead time 16 weeks per design.',
  9, [60000, 900000], ['*'], None)
T('yard_sprinkler_zh', '蓝盾抑尘', '堆场固定式喷淋与远程射雾炮系统', ['clean-air'],
  '沿堆场四周布设固定喷枪和远程射雾炮，射程可达80米，按风速、湿度自动启停，覆盖煤炭、矿石露天堆垛和取料作业面。'
  '单套喷水量每小时15–40立方米，抑尘效果明显，已在北方多个散货港区应用。',
  9, [100000, 1500000], ['CN'], None)
T('enclosed_shed_zh', '中建钢构港务', '散货堆场封闭条形仓网架工程', ['clean-air'],
  '为煤炭、矿石等干散货堆场建设大跨度钢网架封闭条形仓，跨度可达120米，配套采光带、通风与喷淋系统，'
  '从根本上杜绝堆场扬尘和雨水冲刷损耗。提供设计、制作与安装总包。',
  9, [800000, 60000000], ['CN'], None)

N('n03', '青岛', '干散货码头皮带机转运站粉尘治理询价', ['clean-air'],
  '董家口港区某煤炭、铁矿石码头共有18座皮带机转运站，落料点粉尘外逸严重，岗位粉尘浓度经常超标。'
  '货主对煤炭含水率很敏感，大水量洒水喷淋会导致扣款，这条路走不通。转运站空间狭小，大型布袋除尘器也很难布置。'
  '堆场建封闭条形仓另有立项，和本次询价无关。希望在落料点就地抑尘，不停产安装。',
  900000, 8, 'CN-SD', None, '2027-04-15',
  answers=['dry_fog'],
  siblings=[('hood_spoon_chute', 1, 'reduces dust by chute redesign; different way and needs a shutdown'),
            ('yard_sprinkler_zh', 0, 'high-volume water spraying, ruled out: 大水量洒水喷淋……这条路走不通'),
            ('enclosed_shed_zh', 0, 'stockyard enclosure, ruled out: 另有立项，和本次询价无关')])

# ---------------------------------------------------------------- n04 aircraft APU at gates
T('gpu_pca', 'Aerostand Ground Systems', 'Bridge-mounted 400 Hz solid-state GPU and pre-conditioned air units',
  ['green-transportation', 'clean-air'],
  'Point-of-use 90 kVA 400 Hz solid-state frequency converters and 110-ton PCA units hung under the '
  'passenger boarding bridge, sized for wide-body aircraft at 40 C and high humidity. Lets airlines shut '
  'down the APU from block-in to push-back. Low-GWP refrigerant options and remote logging of hook-up time '
  'for APU-off reporting.',
  9, [150000, 6000000], ['*'], 300)
T('gpu_pca_zh', '蓝天机场设备', '桥载400Hz静变电源与飞机地面空调一体化设备', ['green-transportation'],
  '登机桥桥载式400Hz静变电源（90kVA/180kVA）与飞机地面空调机组一体化配置，覆盖C类至E类机型，'
  '高温高湿工况下制冷量充足，飞机停靠期间可关闭辅助动力装置。设备运行数据接入机场能源管理平台，已在国内30余个机场应用。',
  9, [120000, 4500000], ['CN'], 280)
T('diesel_gpu', 'Rampower Equipment', 'Mobile diesel ground power unit (90 kVA)', ['green-transportation'],
  'Towable 90 kVA, 400 Hz ground power unit with a Tier 4 Final diesel engine, sound-attenuated canopy and '
  '28 V DC option for regional aircraft. Serves remote stands and hangars where fixed power is not '
  'available. 24-hour fuel tank, telematics for fuel and hours, and a three-year warranty on the '
  'generator set.',
  9, [45000, 90000], ['*'], None)
T('etug', 'Towmotive', 'Electric towbarless aircraft tractor', ['electric-vehicles', 'green-transportation'],
  'Battery-electric towbarless tractor for push-back and repositioning of narrow- and wide-body aircraft '
  'up to 352 t MTOW. 200 kWh LFP pack, one shift per charge, regenerative braking and a radio remote for '
  'precision positioning. Replaces diesel tugs and cuts engine-on towing time; opportunity charging at '
  'standard 150 kW DC chargers.',
  9, [400000, 1100000], ['*'], 90)
T('pit_gpu', 'Aerostand Ground Systems', 'Pit-mounted 400 Hz ground power (power only)', ['green-transportation'],
  'Flush pit-mounted 400 Hz outlets fed from a central frequency converter, for aprons without boarding '
  'bridges. Hatch covers rated for aircraft wheel loads; the cable pops up when the lid opens. Supplies '
  'electrical power only, so a separate air-conditioning source is still needed in hot weather. Suits '
  'remote stands and cargo aprons.',
  9, [200000, 3000000], ['*'], 150)

N('n04', '广州', '白云机场近机位飞机APU替代设施建设需求', ['green-transportation'],
  '机场T3航站楼新增近机位28个，航空公司反映飞机靠桥后仍要长时间开着辅助动力装置供电和制冷，燃油消耗大、噪声大，'
  '也不符合民航绿色机场建设要求。需在登机桥上配置供电和供冷设施，让飞机地面停靠期间关掉APU。广州夏季高温高湿，'
  '制冷能力要满足宽体机。移动式柴油电源车不予考虑。',
  5000000, 9, 'CN-GD', 8000, '2027-10-31',
  answers=['gpu_pca', 'gpu_pca_zh'],
  alternatives=[('pit_gpu', 'fixed 400 Hz power but no conditioned air: partial for hot, humid Guangzhou')],
  siblings=[('diesel_gpu', 0, 'mobile diesel power, ruled out: 移动式柴油电源车不予考虑'),
            ('etug', 1, 'cuts aircraft ground emissions by electric towing, not by replacing the APU')])

# ---------------------------------------------------------------- n05 terminal hall overcooling
T('displacement_vent', 'Lowzone Air Design', 'Stratified displacement ventilation and radiant floor cooling for tall halls',
  ['energy-retrofits'],
  'Supplies conditioned air at floor level through low-velocity displacement diffusers built into check-in '
  'islands and seating, and adds radiant cooling loops in the floor screed, so only the occupied 2 m zone '
  'is conditioned. In tall halls this cuts cooling load '
  '25-40% against overhead jet nozzles. Zone-by-zone phasing for 24/7 terminals.',
  9, [400000, 5000000], ['*'], 900)
T('maglev_chiller', 'Levitherm', 'Oil-free magnetic-bearing centrifugal chiller replacement', ['energy-retrofits', 'energy-efficiency'],
  'Replacement water-cooled chillers from 300 to 1,500 tons with oil-free magnetic-bearing compressors and '
  'variable-speed drives. IPLV down to 0.33 kW/ton, soft start, low sound. Turnkey removal of old machines, '
  'rigging, controls integration and measurement and verification. Typical plant energy savings of 30-45% '
  'against constant-speed screw or centrifugal units.',
  9, [500000, 4000000], ['*'], 1100)
T('hvls_fans', 'Breezebay Fans', 'High-volume low-speed ceiling fans for terminals and hangars', ['energy-retrofits'],
  'Direct-drive HVLS fans, 4-7 m diameter, moving large volumes of air at low speed to raise perceived '
  'comfort by 3-5 C and destratify tall spaces. Allows higher cooling setpoints; each fan draws under '
  '1.5 kW. Quiet (<45 dBA) for passenger areas, BMS integration via Modbus, fire-alarm shutdown. Common in '
  'hangars, cargo sheds and large halls.',
  9, [20000, 400000], ['*'], 150)
T('window_film_zh', '晶盾节能膜', '玻璃幕墙与天窗隔热膜改造', ['energy-retrofits'],
  '为航站楼、展馆等大面积玻璃幕墙和采光天窗贴覆纳米陶瓷隔热膜，可见光透过率保持60%以上，太阳得热系数降低40–55%，'
  '减少空调负荷并改善眩光。夜间施工，不影响日常运营，质保十年。',
  9, [50000, 900000], ['CN'], 300)

N('n05', '上海', '航站楼值机大厅空调系统节能改造方案征集', ['energy-retrofits'],
  '浦东机场某航站楼值机大厅净高约24米，现为顶部喷口送风，整个大空间都在制冷，但旅客和值机柜台只在地面两米以内活动，'
  '夏季空调能耗很高，上部偏冷、下部仍觉得闷热。冷水机组三年前刚更换，主机不在这次改造之列。'
  '希望改变大厅末端送风方式，不停航、分区施工。',
  2500000, 8, 'CN-SH', 1200, '2027-06-30',
  answers=['displacement_vent'],
  siblings=[('maglev_chiller', 0, 'chiller replacement, ruled out: 主机不在这次改造之列'),
            ('hvls_fans', 1, 'air movement to raise setpoints, not a change of supply to the occupied zone'),
            ('window_film_zh', 1, 'cuts solar load through the envelope, different way')])

# ---------------------------------------------------------------- n06 baggage conveyors running empty
T('bhs_drum_motor', 'Carousel Drive Technologies', 'Baggage conveyor energy retrofit: IE5 drum motors with zone sleep logic',
  ['energy-efficiency'],
  'Replaces worm-gear motors on straight and curved baggage conveyors with IE5 permanent-magnet drum motors '
  'and adds photo-eye zoning, so each section idles 30 s after the last bag and ramps up ahead of the next. '
  'Works beside the existing sortation PLC and SCADA through a gateway. Airports report 40-60% lower '
  'conveyor energy. Installed at night, section by section.',
  9, [250000, 2500000], ['*'], 1200)
T('ie3_motor_zh', '大华电机', 'IE3高效减速电机替换服务', ['energy-efficiency'],
  '提供IE3能效等级斜齿轮减速电机的选型、替换与调试服务，适用于输送线、风机、水泵等通用设备，'
  '较老式蜗轮蜗杆电机效率提高10–20%。按原安装尺寸配套，不改变现有控制逻辑和运行方式。',
  9, [30000, 800000], ['CN'], 300)
T('ics_baggage', 'Totesort Systems', 'Individual carrier (tote-based) baggage handling system', ['energy-efficiency'],
  'A new-build baggage system in which every bag rides its own RFID-tagged tote on high-speed tracks, '
  'replacing conventional belt conveyors and tilt-tray sorters. Energy use falls because only occupied '
  'sections run, and tracking reaches 100%. Delivered as a complete system replacement including controls, '
  'early bag storage and screening integration.',
  9, [1500000, 120000000], ['*'], 1500)
T('bag_rfid_zh', '捷迅航空物联', '行李RFID全流程跟踪系统', ['ghg-data'],
  '在值机、分拣、装车和到达转盘部署RFID读写设备，实现行李全流程跟踪，读取率99%以上，减少错运和漏装，'
  '旅客可在手机上查看行李状态。满足国际航协第753号决议要求。',
  9, [300000, 2000000], ['CN'], None)

N('n06', '成都', '天府机场行李处理系统节能运行改造', ['energy-efficiency'],
  '天府机场T1行李处理系统输送线总长约18公里，电机4000余台，除夜间停航外基本全天连续运转，很多时段线上没有行李也在空转。'
  '希望在不动分拣机和上位控制系统的前提下，实现输送段有包才转、无包休眠，同时换掉低效的蜗轮蜗杆电机。'
  '整套系统推倒重来不可接受。要求有机场行李系统业绩。',
  1800000, 8, 'CN-SC', 1500, '2027-08-31',
  answers=['bhs_drum_motor'],
  alternatives=[('ie3_motor_zh', 'replaces the motors only; no idle/sleep control: partial')],
  siblings=[('ics_baggage', 0, 'complete system replacement, ruled out: 推倒重来不可接受')],
  setting=[('bag_rfid_zh', 'same baggage system, tracking rather than energy')])

# ---------------------------------------------------------------- n07 R22 cold store
T('co2_booster', 'Boreal Natural Refrigeration', 'CO2 transcritical booster rack for cold stores',
  ['hfc-alternatives', 'energy-efficiency'],
  'Packaged R744 booster systems for low- and medium-temperature cold storage, 100-1,500 kW, with parallel '
  'compression and heat-reclaim exchangers delivering 60-70 C water for underfloor anti-frost heating, '
  'defrost and office heating. Natural refrigerant, GWP 1, no ammonia on site. Cold climates give long '
  'subcritical operation and a high annual COP.',
  9, [300000, 4000000], ['*'], 2200)
T('nh3_co2_zh', '冰峰冷冻设备', '氨/二氧化碳复叠制冷系统', ['hfc-alternatives'],
  '高温级采用氨、低温级采用二氧化碳的复叠式制冷系统，氨充注量仅为传统氨系统的10%左右，机房集中布置，'
  '库内无氨。适用于大型冷冻冷藏库和速冻加工厂，综合能效高，运行成本低。',
  9, [800000, 6000000], ['CN'], 2400)
T('r448a_retrofit', 'Coolswap Services', 'R-448A / R-449A drop-in retrofit for R-22 racks', ['hfc-alternatives'],
  'Converts existing R-22 compressor racks to R-448A or R-449A (GWP about 1,300-1,400) with oil change to '
  'POE, expansion-valve adjustment and seal replacement, usually in 2-4 days per rack without changing '
  'pipework. Capacity within 5% of R-22. A low-capital way to stop buying phased-out R-22 and keep the '
  'plant running.',
  9, [20000, 300000], ['*'], 600)
T('coldchain_trace_zh', '链冷云', '冷链运输全程温度追溯平台', ['ghg-data'],
  '为冷藏车、冷箱和冷库提供温湿度记录仪与云平台，货物从入库到配送全程温度可追溯，超温自动报警，'
  '满足进口冷链食品监管要求，可向货主开放查询接口。',
  9, [20000, 200000], ['CN'], None)

N('n07', '天津', '保税物流园区冷库制冷系统替代改造招标', ['hfc-alternatives'],
  '东疆综合保税区某冷链物流园现有零下25℃冷冻库2万吨，制冷系统用R22并联机组，运行十五年，泄漏补氟频繁，R22配额逐年削减。'
  '园区紧邻居住区，安全评价明确不得新上氨制冷。也不要换成另一种仍在削减清单里的HFC冷媒。'
  '要求北方冬季全年能效好，回收热量可用于防冻地坪和办公供暖。',
  3500000, 8, 'CN-TJ', 2500, '2027-09-30',
  answers=['co2_booster'],
  siblings=[('nh3_co2_zh', 0, 'ammonia on site, ruled out: 安全评价明确不得新上氨制冷'),
            ('r448a_retrofit', 0, 'HFC blend, ruled out: 不要换成另一种仍在削减清单里的HFC冷媒')],
  setting=[('coldchain_trace_zh', 'same cold chain setting, temperature traceability rather than refrigerant')])

# ---------------------------------------------------------------- n08 data centre heat to the neighbours
T('dc_heat_pump', 'Thermlift Energy', 'High-temperature heat pumps for data-centre heat recovery',
  ['green-data-centers', 'energy-efficiency'],
  'Water-to-water heat pumps on the chilled-water return recover low-grade IT heat at 15-25 C and lift it '
  'to 65-75 C for space heating and domestic hot water, at a COP of 3.5-4.5. Piped in parallel with the '
  'existing cooling towers on a bypass loop, so the cooling plant keeps full redundancy if the heat user '
  'stops taking heat. Modules of 1-10 MW.',
  9, [400000, 3500000], ['*'], 2500)
T('dlc_cold_plate', 'Chipwave Cooling', 'Direct-to-chip liquid cooling with coolant distribution units',
  ['green-data-centers'],
  'Cold plates on CPUs and GPUs remove 70-80% of server heat into a warm-water loop at 40-45 C, served by '
  'in-row or facility coolant distribution units. Supports racks of 50-120 kW and makes the heat easy to '
  'reuse. Requires compatible server SKUs or factory-fitted cold plates and a secondary fluid network '
  'through the white space.',
  9, [300000, 5000000], ['*'], 1500)
T('iec_zh', '绿擎温控', '数据中心间接蒸发冷却机组', ['green-data-centers'],
  '利用室外空气与喷淋水蒸发降温，通过换热芯体间接冷却机房回风，室内外空气不混合。年均可减少压缩机运行时间60%以上，'
  '数据中心PUE可降至1.25左右。单台制冷量100–500kW，模块化部署。',
  9, [200000, 3000000], ['CN'], 1800)

N('n08', '苏州', '工业园区数据中心余热回收利用项目需求', ['green-data-centers'],
  '苏州工业园区某数据中心IT负荷约4MW，冷冻水回水常年在18至20℃，热量全部经冷却塔排掉；一墙之隔的园区人才公寓和酒店，'
  '冬季供暖和全年生活热水都靠燃气锅炉。管委会希望把机房的热用起来，供水温度不低于60℃。'
  '机房制冷的可靠性不能受影响；液冷改造不在本次考虑之内。',
  2200000, 8, 'CN-JS', 2800, '2027-11-30',
  answers=['dc_heat_pump'],
  siblings=[('dlc_cold_plate', 0, 'liquid cooling retrofit, ruled out: 液冷改造不在本次考虑之内'),
            ('iec_zh', 1, 'cuts cooling energy but does not reuse the heat')])
