"""Chinese needs n09-n15 and their technologies."""
from common import T, N

# ---------------- n09 township organic waste ----------------
T('rotary_drum', 'Greenturn Composting', 'In-vessel rotary drum composter, 5 to 20 t/day',
  ['waste-treatment'],
  'Insulated steel drums, 2.5 to 4 m in diameter, that turn slowly while forced air keeps the mix above 55 C '
  'for pathogen kill. Market scraps, canteen leftovers and vegetable trimmings go in with shredded prunings '
  'as bulking agent; stabilised material exits in 3 to 5 days for curing. Enclosed design with a biofilter '
  'keeps odour and flies down, so drums can sit next to a transfer station on a concrete pad.',
  9, [120000, 550000], ['*'], 900)
T('bsf_larvae', 'Larvion Bioconversion', 'Black soldier fly larvae bioconversion module',
  ['waste-treatment'],
  'Climate-controlled rearing crates in which black soldier fly larvae eat pre-sorted food waste in 10 to 14 '
  'days, leaving frass fertiliser and a protein meal sold to fish and poultry feed mills. A 10 t/day module fits '
  'in a warehouse of 800 m2. Input must be free of plastics and glass and kept within a narrow moisture band; '
  'revenue depends on local feed markets and animal-feed licensing.',
  9, [200000, 700000], ['*'], 700)
T('mini_incin_zh', '炎德环保', '乡镇小型生活垃圾热解气化炉',
  ['waste-treatment'],
  '日处理5至30吨的小型热解气化焚烧炉，配二燃室、急冷塔与活性炭喷射+布袋除尘，炉渣减量率可达90%。'
  '适用于交通不便、垃圾外运成本高的偏远乡镇。烟气二噁英达标需严格控制炉温和运行工况，'
  '近年来部分省份对小型焚烧设施审批趋严。',
  8, [300000, 1200000], ['CN'], 400)
T('home_bins_zh', '家沃环保', '农户庭院堆肥桶与村级收运方案',
  ['waste-treatment', 'nature-based'],
  '为每户发放200升密闭堆肥桶并配菌剂，厨余、菜叶就地堆沤，腐熟物用于房前屋后菜园；'
  '村级保洁员每周巡查指导。投资低、运输成本几乎为零。对农贸市场等集中产生的大量果蔬垃圾处理能力有限，'
  '效果高度依赖农户参与度。',
  9, [20000, 80000], ['CN'], 150)

N('n09', '梅州', '镇级易腐垃圾就地资源化处理站',
  ['waste-treatment'],
  '梅州某镇常住人口约4万人，镇区农贸市场、学校食堂与餐饮店每日产生易腐垃圾8至12吨，目前与其他垃圾混合运往60公里外的填埋场，'
  '运输费高，渗滤液问题突出。拟在镇垃圾转运站旁建设处理设施，产物就近还田用于柚子果园。'
  '考虑到邻避问题，镇里不建任何焚烧类设施，要求臭味控制好、占地小。',
  700000, 8, 'CN-GD', 800, '2027-06-30',
  answers={'rotary_drum': 'enclosed aerobic in-vessel composting next to the transfer station'},
  alts={'home_bins_zh': 'right way (composting to orchards) but household scale, cannot take market waste'},
  sibs={'bsf_larvae': (1, 'different bioconversion route; feed market and strict input'),
        'mini_incin_zh': (0, 'incineration ruled out')})

# ---------------- n10 farm methane MRV for carbon credits ----------------
T('biogas_mrv', 'Veritrace Carbon Metering', 'Methane destruction metering and MRV kit for digesters',
  ['ghg-data', 'waste-treatment'],
  'Monitoring package that turns a manure digester into an auditable emission-reduction project: thermal mass '
  'flow meters on the gas line, an infrared CH4 analyser, thermocouples on flare and engine, and a tamper-evident '
  'data logger that time-stamps every reading. Software applies the chosen methodology, flags gaps and produces '
  'monitoring reports ready for third-party verification and registry submission.',
  9, [15000, 120000], ['*'], None)
T('sat_methane', 'Orbisense Analytics', 'Satellite methane plume detection subscription',
  ['ghg-data'],
  'Weekly revisits from hyperspectral satellites detect methane plumes above about 100 kg/h and attribute them '
  'to individual facilities, with a map portal and emission-rate estimates. Useful for finding large leaks at '
  'landfills, oil and gas sites and big lagoons. Detection thresholds are too high to quantify a single '
  'medium farm, and cloud cover causes data gaps.',
  9, [30000, 150000], ['*'], None)
T('carbon_acct_zh', '碳衡数据', '企业碳排放核算与碳资产管理SaaS',
  ['ghg-data'],
  '依据国家温室气体核算指南和ISO 14064，按排放因子法自动计算企业范围一、二、三排放，支持能源台账导入、'
  '报表一键生成和碳资产台账管理。适合工业企业、园区的年度盘查。其核算基于活动数据与缺省因子，'
  '不含现场计量硬件，用于项目级减排量签发时需另行补充监测数据。',
  9, [8000, 40000], ['CN'], None)
T('soil_carbon_zh', '耕碳科技', '农田土壤碳汇监测与核算服务',
  ['ghg-data', 'nature-based'],
  '结合土壤采样、遥感反演与模型模拟，对保护性耕作、秸秆还田、增施有机肥等措施下的农田土壤有机碳变化进行监测与核算，'
  '出具符合自愿减排方法学要求的项目文件。单个项目通常覆盖1万亩以上，监测周期3至5年。',
  8, [40000, 200000], ['CN'], None)

N('n10', '韶关', '养殖场沼气甲烷减排量纳入碳普惠的计量体系建设',
  ['ghg-data'],
  '韶关某县已有30家规模猪场、牛场建成厌氧发酵罐，沼气用于发电或火炬燃烧。县里希望把甲烷减排量开发为广东碳普惠核证减排量，'
  '但现有场点没有连续计量数据，过往申报因数据不完整被退回。需求是每个场点可连续记录、防篡改的监测数据，'
  '并能按方法学自动生成监测报告，供第三方核查。',
  500000, 8, 'CN-GD', 20000, '2027-03-01',
  answers={'biogas_mrv': 'flow and CH4 metering with tamper-evident logging and verification-ready reports'},
  alts={'carbon_acct_zh': 'carbon accounting software, but factor-based, no metering'},
  sibs={'sat_methane': (1, 'methane data from space, too coarse for single farms'),
        'soil_carbon_zh': (1, 'agricultural carbon MRV, but soil not methane')})

# ---------------- n11 rural service centre new build ----------------
T('glubam_kit', 'Canebridge Structures', 'Engineered bamboo post-and-beam and panel building kit',
  ['green-buildings'],
  'Glue-laminated bamboo columns, beams and cross-laminated bamboo floor panels cut on CNC lines and shipped '
  'as a numbered kit for two- and three-storey public buildings. Strength is close to that of glulam spruce; '
  'factory treatment against termites and damp. A 1,000 m2 building goes up in about six weeks with a small '
  'crane, and each cubic metre stores about 0.9 t CO2e of biogenic carbon.',
  8, [250000, 1200000], ['CN', '*'], 350)
T('light_steel_zh', '筑安钢构', '装配式轻钢龙骨结构体系（乡村公共建筑）',
  ['green-buildings'],
  '采用镀铝锌冷弯薄壁型钢龙骨，墙体填充岩棉并外挂纤维水泥板，楼面为轻钢桁架+OSB板，抗震设防8度、抗风可达12级。'
  '工厂化生产、现场螺栓连接，工期约为砖混结构的一半。钢材用量较大，隐含碳高于竹木结构，'
  '在潮湿环境下需注意防腐与冷桥处理。',
  9, [200000, 900000], ['CN'], 120)
T('rammed_earth_zh', '土作营造', '现代夯土墙建造技术',
  ['green-buildings', 'nature-based'],
  '以当地黄土为主，掺入少量石灰或水泥进行改性，采用模板分层机械夯筑，墙厚300至500 mm，蓄热性好、室内湿度稳定。'
  '材料就地取材、隐含碳极低，外观具有乡土风貌。主要用于单层或低层建筑，施工受雨季影响较大，'
  '工期相对较长，对施工队伍技艺要求高。',
  8, [150000, 600000], ['CN'], 200)
T('clt_import', 'Northspan Timber', 'Cross-laminated timber panels, supply and erection',
  ['green-buildings'],
  'CLT wall and floor panels from certified spruce forests, cut to shop drawings and erected by our crews. '
  'Fast and dry on site with excellent seismic behaviour. For subtropical sites, panels need a ventilated '
  'rainscreen and termite barriers; shipping from Europe or North America adds 10 to 14 weeks of lead time '
  'and makes up a large share of the embodied carbon on Asian projects.',
  9, [300000, 1500000], ['*'], 300)

N('n11', '河源', '乡村振兴示范村 党群服务中心及卫生站新建工程',
  ['green-buildings'],
  '河源某示范村拟新建两层党群服务中心（含村卫生站、文化室），建筑面积约900平方米，申报省级绿色低碳乡村建设示范。'
  '要求采用工厂预制、现场快装的结构体系，尽量使用可再生的本地生物基材料，降低建材隐含碳，'
  '同时满足7度抗震和防白蚁、防潮要求。工期需控制在3个月以内。',
  1000000, 8, 'CN-GD', 150, '2027-05-01',
  answers={'glubam_kit': 'prefab bio-based structure from a renewable local material, termite/damp treated, fast'},
  alts={'clt_import': 'prefab bio-based panels, but imported, long lead time'},
  sibs={'light_steel_zh': (1, 'prefab and fast, but steel with higher embodied carbon'),
        'rammed_earth_zh': (1, 'local low-carbon material, but slow, rain-sensitive, not prefab')})

# ---------------- n12 county data room ----------------
T('pumped_2p', 'Cryomesh Data Systems', 'Prefabricated micro data centre with pumped-refrigerant economiser',
  ['green-data-centers', 'energy-efficiency'],
  'Factory-built modules for 10 to 60 racks with hot-aisle containment, UPS and in-row cooling units that switch '
  'from compressor mode to a low-power refrigerant pump whenever outdoor air is cool enough, and mix the two modes '
  'in shoulder seasons. Annualised PUE of 1.25 to 1.35 even in hot and humid climates, with no water use. Runs '
  'standard air-cooled servers unchanged and deploys in weeks on a slab.',
  9, [350000, 1800000], ['*'], 500)
T('immersion_zh', '液擎科技', '单相浸没式液冷机柜',
  ['green-data-centers'],
  '服务器整机浸没于绝缘冷却液中，通过CDU与干冷器散热，单柜散热能力可达60 kW，PUE可低至1.1以下。'
  '需采购或改造适配浸没的服务器（移除风扇、更换导热材料），运维时需吊装服务器出液，'
  '对机房承重与运维流程改变较大。',
  9, [200000, 1500000], ['CN'], 600)
T('dc_pv_zh', '晶辉光伏', '机房楼屋顶分布式光伏（自发自用）',
  ['renewable-energy'],
  '在数据机房楼及附属建筑屋顶安装高效N型TOPCon组件，装机50至300 kWp，所发电力优先供给机房IT与空调负荷，'
  '余电上网。可降低机房外购电碳排放与电费，但不改变机房自身的制冷效率与PUE。',
  9, [40000, 250000], ['CN'], 150)
T('inrow_dx', 'Aisleworks Cooling', 'In-row DX cooling with EC fans and containment retrofit',
  ['green-data-centers', 'energy-retrofits'],
  'Close-coupled direct-expansion units placed between racks, with EC fans and variable-speed compressors, plus '
  'curtain or door containment of the cold aisle. Replaces room-level CRAC units and typically cuts cooling '
  'energy by 20 to 30%, taking PUE from around 1.8 to 1.5. No economiser mode, so savings stay modest in hot '
  'climates; works with standard servers.',
  9, [80000, 500000], ['*'], 200)

N('n12', '肇庆', '县域政务与农业大数据中心机房新建',
  ['green-data-centers'],
  '肇庆某县拟新建县级政务云与农业大数据机房，规划IT机柜约40个，单柜平均功率6至8 kW。当地夏季高温高湿，'
  '省里要求新建数据中心PUE不高于1.3。县里信息中心人员少，要求使用标准风冷服务器，浸没式液冷等需改造服务器的方案不纳入本项目。'
  '希望采用预制模块化方式快速交付，尽量不耗水。',
  1600000, 8, 'CN-GD', 400, '2027-07-31',
  answers={'pumped_2p': 'prefab modules, pumped refrigerant economiser, PUE 1.25-1.35 in humid climate, no water'},
  alts={'inrow_dx': 'standard-server cooling retrofit, but PUE only ~1.5'},
  sibs={'immersion_zh': (0, 'immersion excluded'),
        'dc_pv_zh': (1, 'lowers data-room emissions, not PUE')})

# ---------------- n13 CO2 from biomethane plant ----------------
T('co2_liq', 'Carbonex Process', 'CO2 recovery and liquefaction from biogas upgrading off-gas',
  ['carbon-capture', 'waste-treatment'],
  'Skid that takes the CO2-rich tail gas from membrane or water-scrubbing upgrading units, compresses it, removes '
  'H2S, VOCs and moisture over guard beds and liquefies it at -25 C and 18 bar. Output meets food and beverage '
  'grade, 1 to 10 t/day, stored in vacuum-insulated tanks for trucks serving greenhouses, dry-ice makers and '
  'beverage plants. Returns the methane slip to the upgrader.',
  9, [800000, 2800000], ['*'], 3000)
T('algae_pbr_zh', '藻能生物', '管式光生物反应器微藻固碳系统',
  ['carbon-capture'],
  '将富含CO2的烟气或尾气通入管式光生物反应器，培养小球藻等微藻，每吨干藻约固定1.8吨CO2，藻粉可用作饲料添加剂或生物肥。'
  '系统占地大（每吨/天CO2需约1至2公顷），受光照与温度影响明显，冬季产率下降，目前以示范项目为主。',
  7, [600000, 2500000], ['CN'], 600)
T('co2_formate', 'Voltcarb Labs', 'Electrochemical CO2-to-formate pilot reactor',
  ['carbon-capture'],
  'Stacked gas-diffusion electrolyser that converts a concentrated CO2 stream and renewable electricity into '
  'formic acid or potassium formate, used in silage preservation and de-icing. Pilot units of 100 to 500 kg '
  'CO2 a day are offered for co-located trials at biogas and fermentation plants with a joint-development '
  'agreement; commercial scale-up is planned for 2029.',
  5, [500000, 1500000], ['*'], 150)
T('co2_block_zh', '固碳建材', 'CO2矿化养护混凝土砌块生产线',
  ['carbon-capture', 'green-buildings'],
  '在砌块、路面砖生产线中以CO2替代蒸汽养护，CO2与水泥水化产物反应生成碳酸钙，永久固定在制品中，'
  '每万块标准砖可固定CO2约3至5吨，制品强度提升10%以上。需要附近有砌块厂并配套CO2储罐与养护窑改造。',
  8, [700000, 2000000], ['CN'], 1500)

N('n13', '清远', '生物天然气项目提纯尾气二氧化碳回收利用',
  ['carbon-capture'],
  '清远某生物天然气工程以畜禽粪污和秸秆为原料，日产生物天然气约2万立方米，提纯环节每天排放含CO2约98%的尾气约35吨。'
  '企业拟对这部分CO2进行捕集与资源化利用，产品计划供应周边蔬菜大棚和饮料厂，'
  '要求技术已在工业规模稳定运行（TRL不低于7），投资控制在预算以内。',
  3000000, 7, 'CN-GD', 8000, '2027-10-31',
  answers={'co2_liq': 'tail-gas CO2 liquefaction to food grade for greenhouses and beverages'},
  sibs={'algae_pbr_zh': (1, 'uses the CO2 but demo-scale, land-hungry'),
        'co2_block_zh': (1, 'mineralises CO2 but needs a block plant, not the stated buyers')},
  traps={'co2_formate': 'trl 5 below min_trl 7'})

# ---------------- n14 rural delivery e-trike charging ----------------
T('swap_cab', 'Voltbay Mobility', 'Battery swap cabinets for two- and three-wheel EVs',
  ['electric-vehicles'],
  'Outdoor steel cabinets with 8 to 16 bays that charge standard 48 V and 60 V LFP packs under cell-level '
  'temperature and voltage monitoring, each bay with its own aerosol fire suppression. Riders scan a code and swap '
  'a flat pack for a full one in 30 seconds, so nothing is charged indoors or overnight in homes. Cabinets report '
  'pack health to a fleet portal and run on a 32 A single-phase supply.',
  9, [4000, 12000], ['*'], 6)
T('swap_cab_zh', '驿换能源', '电动三轮车/两轮车智能换电柜',
  ['electric-vehicles'],
  '户外型换电柜，12仓位设计，兼容48V/60V磷酸铁锂电池包，每个仓位配独立温度探测与气溶胶灭火装置。'
  '快递员、外卖骑手扫码即可取走满电电池，换电全程约半分钟，彻底避免电池入户充电。'
  '后台实时监控电池SOC与健康度，支持按次或包月计费，乡镇网点部署只需单相220V电源。',
  9, [3500, 10000], ['CN'], 6)
T('ebike_pile_zh', '安充科技', '电动自行车集中充电桩（带过充保护）',
  ['electric-vehicles'],
  '10路插座式智能充电桩，充满自停、过载断电、功率识别，支持扫码付费，安装于小区或村口雨棚下。'
  '可减少飞线充电和入户充电，但车辆仍需停放数小时充电，对全天跑单的快递车周转帮助有限，'
  '电池本身的热失控风险仍需用户自行承担。',
  9, [300, 1500], ['CN'], 2)
T('solar_canopy_ev', 'Brightport Energy', 'Solar canopy charging hub for small fleets',
  ['electric-vehicles', 'renewable-energy'],
  'Steel canopy with 20 to 60 kWp of bifacial PV over parking bays, an AC charging bank for vans and cars, and an '
  'optional 50 to 100 kWh buffer battery. Offsets the daytime energy of a small depot and gives shade and rain '
  'cover. Vehicles still dwell for hours to charge, and the hub takes a larger plot than a cabinet.',
  9, [60000, 250000], ['*'], 30)

N('n14', '揭阳', '乡镇快递物流电动三轮车充电安全整治',
  ['electric-vehicles'],
  '揭阳某县乡镇快递网点、农村物流站共有电动三轮车约1500辆，普遍在网点或家中私拉电线、整夜充电，'
  '2026年已发生两起电池起火事故。县商务局拟出资支持网点改造，目标是让车辆全天不间断运营、'
  '电池不再入室，并可在后台看到每块电池的状态。',
  250000, 8, 'CN-GD', 300, '2027-02-28',
  answers={'swap_cab': 'swap cabinets with cell monitoring and per-bay suppression',
           'swap_cab_zh': 'same, Chinese vendor'},
  alts={'ebike_pile_zh': 'safer charging, but long dwell and no pack monitoring'},
  sibs={'solar_canopy_ev': (1, 'charging hub for vans, long dwell')})

# ---------------- n15 rural bus network ----------------
T('microtransit', 'Hailpath Mobility', 'On-demand microtransit routing and booking platform',
  ['green-transportation'],
  'Riders book by phone call, app or WeChat mini-program; the routing engine pools trips in real time and sends '
  'turn-by-turn manifests to drivers of existing minibuses, replacing empty fixed loops with flexible zones and '
  'timed feeder links to trunk lines. Operators typically carry the same riders with 30 to 40% fewer vehicle '
  'kilometres. Includes a dispatcher console and subsidy reporting by village.',
  9, [50000, 300000], ['*'], 250)
T('ebus_mini_zh', '粤驰客车', '7米纯电动城乡公交（磷酸铁锂）',
  ['electric-vehicles', 'green-transportation'],
  '7米级纯电动中巴，19座，搭载140 kWh磷酸铁锂电池，续航约220公里，爬坡度≥20%，适合山区城乡公交线路。'
  '配备远程监控终端与驾驶员行为监测。可替换柴油车降低运营排放与能耗，但不改变线路组织方式，'
  '客流少的线路仍存在空驶问题。',
  9, [110000, 140000], ['CN'], 40)
T('sched_opt', 'Timetabler Systems', 'Fixed-route network and timetable optimisation software',
  ['green-transportation'],
  'Planning tool that imports GTFS and smart-card data, models demand by stop and hour, and proposes trimmed '
  'routes, merged lines and new timetables with a vehicle and crew schedule. Scenario reports show cost per '
  'passenger and coverage. It works on fixed routes only: low-density areas end up with fewer runs rather than '
  'service that follows actual trip requests.',
  9, [30000, 150000], ['*'], 100)

N('n15', '梅州', '山区县城乡客运“降本增效”改造',
  ['green-transportation'],
  '梅州某山区县现有城乡公交线路28条，多数线路日均客流不足50人次，车辆按固定班次空跑，县财政每年补贴压力大。'
  '村里老人出行集中在赶集日和看病时段。拟在不新购车辆的前提下，利用现有车辆改变运营组织方式，'
  '让村民可提前电话或手机预约，车辆按需出车、合并行程，减少空驶里程。',
  250000, 8, 'CN-GD', 300, '2027-03-31',
  answers={'microtransit': 'demand-responsive pooling with phone booking on existing vehicles'},
  alts={'sched_opt': 'optimises the network but keeps fixed runs'},
  sibs={'ebus_mini_zh': (0, 'need says no new vehicles')})
