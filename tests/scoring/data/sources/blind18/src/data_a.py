"""Chinese needs b18n01-b18n08 and their technologies."""
from common import T, N

# ---------------- n01 Guangzhou: LV feeder overvoltage / phase imbalance from rooftop PV
T("lvstatcom", "en", "Voltaris Grid Electronics", "VoltGuard PM-100 pole-mount power conditioner",
  ["smart-grid"], 9, [18000, 450000], ["*"], 300,
  "Winner of the 2025 Distribution Innovation Award, VoltGuard PM-100 is the pole-mount power conditioner "
  "utilities trust at the feeder edge. A 100 kVA IGBT converter injects dynamic reactive current and "
  "negative-sequence compensation in under 10 ms, holding end-of-line voltage inside the statutory band when "
  "midday rooftop generation peaks, and redistributes load between phases automatically. IEC 61000 and UL 1741 "
  "certified, IP65, fanless, it hangs on an existing pole in half a day with no outage. Over 4,000 units in "
  "service in 14 countries.")
T("oltc_tx", "zh", "广东迅调电气", "有载调压智能配电变压器",
  ["smart-grid"], 9, [12000, 300000], ["CN"], 150,
  "迅调S13-ZT系列有载调压配电变压器，荣获省级首台（套）重大技术装备认定。内置真空有载分接开关与智能控制器，"
  "根据低压出线电压自动切换档位，调压范围±10%，档位切换不停电，寿命超过30万次。整机按GB 20052一级能效设计，"
  "空载损耗比S11降低45%，支持4G/HPLC远程监测，已在南方电网多个农网改造项目中批量应用，提供整台替换与旧变回收服务，"
  "交付周期四周。")
T("community_bess", "en", "NeighbourCell Energy", "NeighbourCell 250 kWh community battery",
  ["energy-storage", "smart-grid"], 9, [140000, 600000], ["*"], 200,
  "Named a Top 10 Grid Edge Product by CleanTech Review, NeighbourCell puts a 100 kW / 250 kWh LFP battery in a "
  "compact street-side enclosure that sits on the low-voltage network next to the substation. It soaks up "
  "surplus midday rooftop solar and returns it at the evening peak, with a cloud dispatch portal for the "
  "network operator and optional retail tariff programmes. IEC 62619, UL 9540A tested, 15-year warranty, "
  "installed on a precast pad in two days. Deployed by 30 distribution operators worldwide.")
T("inv_voltvar", "zh", "光擎数智", "户用光伏逆变器电压-无功远程整定服务",
  ["smart-grid", "renewable-energy"], 8, [20000, 200000], ["CN"], 80,
  "光擎数智逆变器云管家已接入超过120万台户用逆变器，荣获中国光伏行业协会年度数字化创新奖。平台通过4G/WiFi数据棒"
  "批量下发Q(U)、P(U)曲线和有功降额参数，使逆变器在并网点电压偏高时自动吸收无功、适度限功率，减少过压脱网；"
  "支持多品牌协议适配、分台区策略管理和整定前后电压曲线报表。服务按台数计费，无需新增一次设备，两周内完成上线。")

N(1, "gz_lv", "zh", "Guangzhou", "农村台区光伏接入后电压越限与三相不平衡治理",
  ["smart-grid", "renewable-energy"], 600000, 7, "CN-GD", 250, "2027-04-30",
  "广州市从化区多个农村台区近两年户用光伏快速接入，中午时段低压线路末端电压频繁超过235V，逆变器因过压脱网，"
  "部分台区相间负荷严重不平衡，中性线发热，用户投诉增多。区供电所希望在台区现场解决电压越限和相间不平衡问题，"
  "设备应可在线路上就地安装、免维护或少维护，并提供治理前后的电能质量对比数据。更换或增容配电变压器不在本次考虑范围内。",
  g3=["lvstatcom"],
  alts={"inv_voltvar": "remote volt-var settings reduce overvoltage trips but do nothing for phase imbalance"},
  sibs={"oltc_tx": (0, "a tap-changing transformer means replacing the transformer, excluded"),
        "community_bess": (1, "absorbs surplus PV and lowers voltage, but is storage, not phase balancing")})

# ---------------- n02 Shenzhen: e-bike charging fires, couriers
T("ebike_swap", "en", "SwapPoint Mobility", "SwapPoint two-wheeler battery exchange cabinets",
  ["electric-vehicles"], 9, [30000, 700000], ["CN", "IN", "VN"], 400,
  "SwapPoint is Asia's fastest-growing two-wheeler energy network, with 18,000 cabinets live and a Red Dot "
  "award for cabinet design. Riders scan a QR code, drop their depleted pack and pull a fully charged one in "
  "about 30 seconds, then ride on. Every 12-slot cabinet charges packs at a controlled rate, watches cell "
  "temperature through the BMS cloud, retires ageing packs automatically and carries per-slot aerosol fire "
  "suppression. Outdoor IP55 cabinets, UL 2271 / GB 43854 compliant packs, subscription plans for delivery "
  "fleets.")
T("ebike_shed", "zh", "安充智联", "电动自行车集中智能充电棚",
  ["electric-vehicles"], 9, [5000, 300000], ["CN"], 100,
  "安充智联集中充电棚已在全国300多个街道落地，获评“平安社区优秀产品”。每个车棚配置10至40路智能充电口，"
  "具备充满自停、过载断电、功率识别和涓流保护，扫码计时计费；棚体采用镀锌钢结构和防火顶板，配套烟感、"
  "视频监控和喷淋接口，后台可远程查看每路充电状态。适用于小区和城中村空地，单车充电约6至8小时，支持夜间包月。")
T("corridor_charger", "zh", "宁安电器", "楼道智能安全充电插座",
  ["electric-vehicles"], 9, [2000, 80000], ["CN"], 20,
  "宁安楼道智能安全充电插座专为老旧楼宇设计，荣获消费者信赖品牌称号。插座安装在楼梯间或走廊墙面，内置电流检测"
  "芯片，充满自动断电，检测到异常升温、短路或改装电池时立即切断并推送告警，支持刷卡和手机扫码，可与物业平台联网。"
  "单个插座壁挂安装十分钟完成，无需新建车棚，性价比高，适合空间局促的城中村楼栋批量部署。")
T("lfp_ebike_pack", "en", "Cellbright Power", "Cellbright SafeRide LFP e-bike battery packs",
  ["electric-vehicles", "energy-storage"], 9, [50000, 500000], ["*"], 50,
  "Cellbright SafeRide packs replace the lead-acid and NMC batteries that cause most e-bike fires. LFP "
  "prismatic cells resist thermal runaway, a steel-shell module passes nail penetration and 1 m drop tests, "
  "and the smart BMS locks out unauthorised chargers and reports state of health over Bluetooth. Certified "
  "to EN 50604 and GB 43854, 2,000+ cycles, a 3-year warranty and trade-in programmes for cities and "
  "delivery platforms. Winner of the 2024 Micromobility Safety Award.")

N(2, "sz_ebike", "zh", "Shenzhen", "城中村外卖骑手电动自行车补能与防火",
  ["electric-vehicles", "green-transportation"], 800000, 8, "CN-GD", 600, "2027-03-01",
  "深圳宝安区城中村及老旧楼宇电动自行车数量超过20万辆，外卖、快递骑手每天需要多次补能，楼道和室内充电引发的火灾"
  "事故时有发生。街道办希望建立面向骑手的补能网络：骑手在一分钟左右完成补能，不必在现场等待数小时，并能实时掌握"
  "电池状态、及时淘汰老化电池。在楼道或室内设置任何充电设施均不予接受。",
  g3=["ebike_swap"],
  sibs={"ebike_shed": (1, "safe central charging, but riders still wait hours"),
        "corridor_charger": (0, "charging points in corridors are excluded by name"),
        "lfp_ebike_pack": (1, "safer batteries, but no fast replenishment network")})

# ---------------- n03 Foshan: ceramic roller kiln waste heat
T("kiln_recup", "en", "Calorex Process Energy", "KilnLink hot-air recuperation for roller kilns",
  ["energy-efficiency"], 9, [150000, 1100000], ["CN", "IT", "ES", "IN"], 5000,
  "Calorex KilnLink has cut gas bills at more than 90 tile plants and won the Ceramitec Sustainability "
  "Prize. The system collects clean 200-350 °C air from the rapid- and final-cooling zones of roller kilns, "
  "pulls it through insulated stainless headers with variable-speed fans and delivers it straight to the "
  "spray dryer as drying and combustion air, trimming the dryer burner automatically. Typical savings: "
  "25-40% of dryer fuel. Installed during a planned 72-hour stop, with PLC interlocks so kiln draught is never "
  "disturbed. ISO 50001-ready reporting included.")
T("orc_kiln", "en", "Turbigen ORC", "Turbigen 250 kWe organic Rankine cycle module",
  ["energy-efficiency"], 9, [400000, 1500000], ["*"], 1200,
  "Turbigen's skid-mounted organic Rankine cycle turns low-grade heat from 150 °C upwards into electricity, "
  "without water treatment or an operator. A high-speed hermetic turbo-generator and thermal-oil loop give "
  "up to 250 kWe per module, and the units run unattended for 8,000 hours a year. Over 300 references in "
  "cement, glass, steel and engines; CE and ASME certified; remote monitoring and a 10-year performance "
  "guarantee. Ranked among the Global Cleantech 100 two years running.")
T("electric_kiln", "zh", "陶电科技", "全电加热辊道窑",
  ["energy-efficiency", "renewable-energy"], 7, [2000000, 8000000], ["CN"], 8000,
  "陶电科技全电加热辊道窑获得建材行业技术革新一等奖。采用硅碳棒与电阻带分区加热，最高烧成温度1250℃，温控精度±3℃，"
  "完全取消燃气燃烧系统，窑内无烟气，配合绿电可实现零碳烧成。窑长可按需定制，替换原有燃气窑，配套智能温控和能耗"
  "管理系统，已在多家高端岩板企业示范运行。")
T("kiln_coating", "en", "Nanotherm Coatings", "Nanotherm HT high-emissivity kiln coating and insulation upgrade",
  ["energy-efficiency", "energy-retrofits"], 9, [30000, 250000], ["*"], 900,
  "Nanotherm HT is a ceramic high-emissivity coating sprayed onto the hot face of kiln refractories, paired "
  "with microporous backup boards on the kiln shell. The coating re-radiates heat onto the ware and the "
  "boards cut shell losses, lowering firing fuel by 5-10% and shell temperatures by up to 40 °C. Applied in "
  "a weekend shutdown by certified crews, it is trusted by leading tile and sanitaryware brands and holds "
  "an Energy Efficiency Product of the Year title.")

N(3, "fs_kiln", "zh", "Foshan", "建筑陶瓷辊道窑余热利用",
  ["energy-efficiency"], 1200000, 7, "CN-GD", 4000, "2027-06-30",
  "佛山南海区某建筑陶瓷企业拥有6条辊道窑，窑炉冷却段和烟气排出的热量大部分直接排空，喷雾干燥塔仍需另外燃烧天然气"
  "供热，单位产品综合能耗高于行业先进值。企业希望把窑炉排掉的热量用起来，明显降低干燥工序的燃气消耗，改造期间"
  "不影响连续生产。本项目不涉及燃料替换，也不考虑整条窑炉更换。",
  g3=["kiln_recup"],
  alts={"kiln_coating": "cuts kiln losses but does not reuse the vented heat for drying"},
  sibs={"orc_kiln": (1, "uses the waste heat but makes power, does not cut dryer gas"),
        "electric_kiln": (0, "replacing the kiln and switching energy carrier are both excluded")})

# ---------------- n04 Dongguan: furniture spray booth VOC
T("zeolite_rto", "en", "Zeolon Air Systems", "Zeolon ZR concentrator wheel with regenerative thermal oxidiser",
  ["clean-air"], 9, [350000, 1400000], ["CN", "US", "VN", "MX"], 600,
  "Zeolon ZR systems are the benchmark for high-flow, low-load exhaust, with more than 1,200 installations and "
  "an Environmental Engineering Excellence Award. A hydrophobic zeolite rotor adsorbs solvents from up to "
  "200,000 Nm3/h of booth air, a small hot desorption stream carries them at 15-20x concentration to a "
  "three-bed ceramic RTO, and the oxidiser runs autothermally. Multi-stage dry filters capture overspray "
  "ahead of the wheel. Destruction efficiency above 97%, no consumable media, and a 20-year wheel life.")
T("zeolite_co_cn", "zh", "粤净环保", "沸石转轮浓缩+催化燃烧（CO）一体化装置",
  ["clean-air"], 9, [200000, 900000], ["CN"], 400,
  "粤净环保专注有机废气治理十五年，获国家高新技术企业和广东省环保产业骨干企业称号。装置前端配置多级干式过滤器"
  "去除漆雾，疏水性沸石转轮吸附大风量低浓度废气，浓缩倍数10至20倍，脱附气进入贵金属蜂窝催化床在300℃左右无焰氧化，"
  "反应热回用于脱附，正常运行基本不需外加燃料。非甲烷总烃去除率≥95%，沸石可高温再生、长期使用，PLC全自动运行。")
T("carbon_box", "zh", "清风环保设备", "蜂窝活性炭吸附箱",
  ["clean-air"], 9, [8000, 120000], ["CN"], 100,
  "清风蜂窝活性炭吸附箱价格实惠，深受中小涂装企业欢迎。箱体采用碳钢喷塑，内置高碘值蜂窝活性炭，前置过滤棉拦截漆雾，"
  "风阻小、安装快，可与现有风机直接对接；配套差压计提示更换周期，炭饱和后由厂家上门更换并协助办理危废转移。"
  "提供多种风量规格，三天交货，是喷涂、印刷车间废气治理的经济之选。")
T("uv_photolysis", "zh", "光净科技", "UV光解+低温等离子复合除味设备",
  ["clean-air"], 8, [10000, 150000], ["CN"], 80,
  "光净科技复合除味设备集UV光解与低温等离子于一体，荣获多项实用新型专利。高能紫外线和等离子体打断有机分子链，"
  "将异味物质分解为小分子，设备体积小、风阻低、即开即用，无需更换耗材，适用于喷漆房、印刷车间和污水站除臭。"
  "采用304不锈钢机身和模块化灯管，维护简单，可远程监测运行状态。")
T("waterborne_coat", "en", "Aquaverd Coatings", "Aquaverd waterborne wood coating system",
  ["clean-air", "green-buildings"], 9, [20000, 300000], ["*"], 300,
  "Aquaverd is a complete waterborne primer, stain and topcoat system for cabinets and furniture, GREENGUARD "
  "Gold and China Environmental Label certified. Solvent content drops by up to 85% against nitrocellulose "
  "and PU lacquers, so booth emissions fall at the source, while hardness and scratch resistance match "
  "two-pack finishes. Aquaverd technicians re-tune spray guns and dryers on site and train line staff, and "
  "the system is used by more than 600 furniture makers in Asia and Europe.")
T("direct_rto", "en", "Thermoxa", "Thermoxa RTO-3 three-bed regenerative thermal oxidiser",
  ["clean-air"], 9, [250000, 900000], ["*"], 300,
  "Thermoxa RTO-3 oxidisers destroy VOCs at 99% with 95% thermal efficiency from structured ceramic media and "
  "poppet valves tested to two million cycles. Sized from 5,000 to 60,000 Nm3/h, they ship pre-wired on a "
  "skid, with natural-gas or electric burners and auxiliary fuel trim for dilute streams. CE and NFPA 86 "
  "compliant, Thermoxa is the oxidiser chosen by Fortune 500 coaters, with a 24/7 service desk.")
T("voc_epc_trap", "en", "Zeolon Air Systems", "Zeolon Cluster: town-wide shared VOC treatment EPC",
  ["clean-air"], 9, [1500000, 6000000], ["CN", "US"], 3000,
  "Zeolon Cluster delivers a shared solvent-abatement centre for industrial parks: hydrophobic zeolite "
  "concentrator wheels at each workshop, an insulated collection main and a central regenerative oxidiser "
  "with heat recovery, built under one EPC contract with performance guarantees and online CEMS. Each "
  "factory pays a monthly service fee instead of buying equipment, and the operator takes care of permits "
  "and reporting. Awarded Best Industrial Park Solution at the Asia Environment Summit.")

N(4, "dg_voc", "zh", "Dongguan", "家具喷涂企业低浓度大风量VOCs治理",
  ["clean-air"], 900000, 8, "CN-GD", 300, "2027-02-28",
  "东莞厚街镇家具企业集中，喷涂车间排风量大（单线约8万m³/h）、有机废气浓度低且夹带漆雾，现有处理设施需要频繁更换"
  "吸附材料，危废处置费用高，厂界异味投诉不断。镇环保部门拟为重点企业配置末端治理设施，要求非甲烷总烃去除效率"
  "不低于90%、运行费用可控。需要定期更换一次性吸附材料的方案不再接受。",
  g3=["zeolite_rto", "zeolite_co_cn"],
  alts={"direct_rto": "works, but oxidising 80,000 m3/h of dilute air directly burns a lot of gas"},
  sibs={"carbon_box": (0, "disposable carbon media is excluded by name"),
        "uv_photolysis": (1, "no consumables, but well below 90% on solvent VOCs"),
        "waterborne_coat": (1, "source reduction rather than end-of-pipe treatment")},
  traps={"voc_epc_trap": "budget: cheapest deployment 1.5M > 0.9M"},
  note="two grade-3 answers: the English RTO version and a Chinese catalytic version")

# ---------------- n05 Zhuhai: diesel RTG cranes
T("ertg_reel", "en", "Portwise Electrification", "GridLift cable-reel E-RTG conversion kit",
  ["green-transportation", "energy-efficiency"], 9, [120000, 2800000], ["*"], 9000,
  "GridLift converts rubber-tyred gantries to grid power in a single weekend per crane, and has done so for "
  "over 600 machines at 40 terminals. A motorised cable reel with auto drive-in plug connects each crane to a "
  "buried 10 kV supply along the stack, a compact on-board transformer feeds the existing drives, and a "
  "small retained genset or battery pack handles block changes. Operators see 60-70% lower energy costs, "
  "near-silent operation and zero exhaust in the yard. Winner of the Port Technology Award for "
  "Environmental Initiative.")
T("hybrid_rtg", "en", "Ecohoist Systems", "Ecohoist hybrid RTG power pack",
  ["green-transportation", "energy-storage"], 9, [150000, 2500000], ["*"], 4000,
  "Ecohoist replaces the large RTG generator with a downsized variable-speed genset and a 200 kWh lithium "
  "titanate pack that captures lowering energy and covers hoist peaks. Fuel use drops 40-60% and the engine "
  "runs at its sweet spot, with no changes to yard layout or power supply. Retrofits take four days per "
  "crane, fully type-approved, and come with predictive maintenance analytics. More than 900 power packs "
  "shipped worldwide.")
T("h2_rtg", "zh", "氢港动力", "氢燃料电池轮胎吊动力系统",
  ["green-transportation"], 7, [300000, 3000000], ["CN"], 5000,
  "氢港动力推出国内首套港口轮胎吊氢燃料电池动力系统，入选交通运输部绿色港口示范。系统以150kW燃料电池电堆替代柴油"
  "机组，配合锂电池削峰，加注一次可连续作业两个班次，排放只有水。整套动力单元模块化更换原发电机组，配套移动加氢"
  "服务，适用于不具备电网接入条件的堆场，已在北方港口开展示范作业。")
T("new_armg", "zh", "华重智能装备", "自动化轨道式集装箱门式起重机（ARMG）",
  ["green-transportation"], 9, [2500000, 6000000], ["CN", "*"], 6000,
  "华重ARMG全电动轨道吊服务全球60余个自动化码头，荣获中国机械工业科学技术奖。整机由电网直接供电，远程操控和自动"
  "着箱，能耗比柴油轮胎吊降低约70%，运行零排放。提供堆场规划、轨道基础设计和整机交付一体化服务，配套码头操作系统"
  "接口，适合新建或改造的集装箱堆场整体升级。")
T("rtg_eco", "zh", "港联节能", "轮胎吊柴油机组变速节能控制系统",
  ["green-transportation", "energy-efficiency"], 9, [20000, 400000], ["CN"], 1500,
  "港联节能变速控制系统已在国内20多个港口应用，获评交通运输节能减排优秀项目。系统根据起升、小车和大车负载实时"
  "调节柴油机转速，待机时自动降至怠速或停机，配合能量回馈管理，节油率约20%至30%，黑烟明显减少。改造只需加装控制器"
  "和传感器，单台停机一天即可完成，投资回收期不足一年。")
T("terminal_epc_trap", "en", "Portwise Electrification", "Portwise ZeroYard: terminal-wide electrification EPC",
  ["green-transportation", "smart-grid"], 9, [5000000, 30000000], ["*"], 20000,
  "ZeroYard is Portwise's turnkey programme for a whole container terminal: cable-reel conversion of every "
  "gantry, a new 10 kV ring main and substation, shore power for berths, electric terminal tractors and an "
  "energy management system, delivered under a single EPC contract with guaranteed availability. Financing "
  "and carbon-credit structuring are included. Named Terminal Project of the Year by Port Strategy.")

N(5, "zh_rtg", "zh", "Zhuhai", "集装箱码头柴油轮胎吊清洁化改造",
  ["green-transportation"], 3000000, 8, "CN-GD", 8000, "2027-09-30",
  "珠海高栏港某集装箱码头现有28台轮胎式龙门吊，全部依靠柴油发电机组驱动，作业时噪声大、黑烟明显，燃油成本逐年"
  "上升。港口希望在保留现有场桥的前提下实现场桥作业清洁化，堆场已有10kV电源。本次不购置新的起重设备，改造需分批"
  "完成，不影响码头连续作业。",
  g3=["ertg_reel"],
  alts={"rtg_eco": "cuts fuel and smoke but stays diesel"},
  sibs={"hybrid_rtg": (1, "large fuel saving, still combustion, does not use the 10 kV supply"),
        "h2_rtg": (1, "zero emission at the crane, but TRL 7 and hydrogen logistics"),
        "new_armg": (0, "buying new cranes is excluded by name")},
  traps={"terminal_epc_trap": "budget: cheapest deployment 5M > 3M"})

# ---------------- n06 Huizhou: e-bus rooftop AC refrigerant
T("r744_bus", "en", "Cryonord Mobility", "Cryonord Natura R744 rooftop heat pump for e-buses",
  ["hfc-alternatives", "electric-vehicles"], 9, [60000, 1900000], ["*"], 1500,
  "Cryonord Natura is the rooftop climate unit specified by Europe's largest zero-emission bus fleets, with "
  "more than 9,000 units on the road and a Busworld Ecology Label. Running on transcritical R744 (GWP 1), it "
  "cools in summer and delivers efficient heat-pump heating down to -20 °C, cutting HVAC energy by up to 40% "
  "against resistance heaters. Hermetic electric compressors, a drop-in roof footprint for 12 m buses and "
  "CAN-bus diagnostics make mid-life refits simple. ECE R122 certified.")
T("r290_bus", "en", "Propacool Transit", "Propacool R290 secondary-loop bus air conditioning",
  ["hfc-alternatives", "electric-vehicles"], 8, [50000, 1500000], ["*"], 800,
  "Propacool keeps a sealed, factory-charged R290 circuit (GWP 3) in an external roof module and sends chilled "
  "glycol to cabin fan coils, so no hydrocarbon enters the passenger space. Cooling-only units pair with the "
  "bus's existing PTC heaters for winter. Leak-tight brazed construction, ATEX-rated components and a "
  "three-year warranty; German Design Award 2025 for the slim roof housing.")
T("hfo_blend_unit", "zh", "凌风车用空调", "R513A/R1234yf低GWP大巴空调机组",
  ["hfc-alternatives", "electric-vehicles"], 9, [40000, 1200000], ["CN"], 400,
  "凌风车用空调为国内主流客车厂配套，年产量超过5万台，荣获中国客车行业“最佳配套供应商”。新一代机组采用R513A或"
  "R1234yf等低GWP混合/HFO工质，可在原车顶安装位直接替换，制冷量28至35kW，配备电动涡旋压缩机和变频控制，"
  "能效比提升15%，维修网点覆盖全国，改装周期每车仅需一天。")
T("refrig_recovery", "zh", "蓝回环保", "车用制冷剂检漏、回收与再生服务",
  ["hfc-alternatives"], 9, [10000, 200000], ["CN"], 300,
  "蓝回环保是生态环境部备案的制冷剂回收再生企业，年回收含氟制冷剂超过800吨。为公交、物流车队提供定期检漏、"
  "维修时全量回收、集中提纯再生和销毁一站式服务，配套电子台账和碳减排量核算报告，显著减少维修环节的排放。"
  "服务网点覆盖珠三角，按车次收费，无需改动车辆。")

N(6, "hz_busac", "zh", "Huizhou", "纯电动公交车顶空调制冷剂替代",
  ["hfc-alternatives", "green-transportation"], 2000000, 7, "CN-GD", 1200, "2027-12-31",
  "惠州市公交集团拥有纯电动公交车约1500辆，车顶空调仍使用R407C等含氟制冷剂，维修时泄漏和排放量大；冬季部分线路"
  "需要除雾和采暖，目前依靠PTC电加热，耗电多、影响续航。集团计划在车辆中期大修时更换空调系统，要求新工质GWP低于10，"
  "同时兼顾制冷和采暖。继续使用任何HFC或含HFO混合工质的方案不予考虑。",
  g3=["r744_bus"],
  alts={"r290_bus": "GWP below 10, but cooling only; heating stays on PTC resistance"},
  sibs={"hfo_blend_unit": (0, "HFC/HFO blends are excluded by name"),
        "refrig_recovery": (1, "reduces leaks, does not replace the refrigerant")})

# ---------------- n07 Shantou: rural decentralised sewage
T("mbbr_pod", "en", "AquaPod Systems", "AquaPod MB-50 containerised biofilm plant",
  ["clean-water"], 9, [15000, 350000], ["*"], 40,
  "AquaPod MB-50 is a complete treatment works in a 20-ft ISO container, trusted by more than 2,500 villages, "
  "resorts and mine camps. Moving-bed biofilm carriers in anoxic and aerobic chambers, a lamella settler and "
  "an optional UV stage treat 20 to 100 m3 a day to nitrogen and phosphorus limits. The plant arrives "
  "pre-piped and pre-wired, sits on a gravel pad, and is run from a 4G SCADA dashboard with alarms, so no "
  "operator is needed on site. Winner of the Water Innovation Award for Small Communities.")
T("wetland_cn", "zh", "绿源生态", "潜流人工湿地生态处理系统",
  ["clean-water", "nature-based"], 9, [10000, 200000], ["CN"], 10,
  "绿源生态人工湿地系统已在华南300多个村庄建成运行，入选农业农村部农村人居环境优秀案例。污水经厌氧调节池预处理后"
  "进入多级潜流湿地，依靠砾石填料和美人蕉、风车草等植物根系去除有机物和氮磷，几乎不耗电、运行费用极低，景观效果好。"
  "每处理1吨水约需2至4平方米用地，适合村旁有闲置土地的场景。")
T("vacuum_sewer", "en", "Vacuflow Networks", "Vacuflow vacuum sewer collection system",
  ["clean-water"], 9, [200000, 3000000], ["*"], 20,
  "Vacuflow vacuum sewers collect wastewater from scattered homes through small-diameter shallow pipes laid "
  "along contours, drawn by a central vacuum station to an existing treatment plant. Trenches are narrow "
  "and shallow, so networks can run across hilly terrain and rock where gravity sewers are uneconomic. "
  "EN 16932 compliant, 40 years of references, and a smart valve monitoring system that flags faults "
  "before they cause backups.")
T("a2o_small", "zh", "碧清环境", "地埋式一体化A²/O污水处理设备",
  ["clean-water"], 9, [20000, 250000], ["CN"], 30,
  "碧清地埋式一体化设备采用厌氧-缺氧-好氧工艺，箱体为玻璃钢或碳钢防腐，单台处理规模10至200吨/日，出水可稳定达到"
  "一级B标准，设备埋地安装、上方可绿化。配置鼓风机、回流泵和PLC控制柜，提供定期巡检服务。产品获评环保产业优秀"
  "产品，已在全国乡镇批量应用，施工周期约两周。")

N(7, "st_sewage", "zh", "Shantou", "山区分散村落生活污水就地处理",
  ["clean-water"], 400000, 8, "CN-GD", None, "2027-05-31",
  "汕头潮阳区山区村落分散，每个村常住人口约300至800人，生活污水大多直接排入沟渠，最终汇入练江支流。受地形所限，"
  "铺设管网把污水送往镇污水处理厂的做法不具备条件。区里希望为约20个村配置就地处理设施，出水稳定达到广东省农村"
  "生活污水处理排放标准一级，占地小，无需专人值守，可以远程监控。",
  g3=["mbbr_pod"],
  alts={"a2o_small": "compact and local, but only class 1B and needs routine site visits"},
  sibs={"wetland_cn": (1, "treats locally, but needs far more land and is weak on nitrogen"),
        "vacuum_sewer": (0, "piping the sewage to the town plant is ruled out")})

# ---------------- n08 Zhongshan: wet-market organic waste
T("bsf_unit", "en", "Larvagen BioCycle", "HermetiaHub modular insect bioconversion unit",
  ["waste-treatment"], 9, [60000, 280000], ["*"], 900,
  "HermetiaHub turns wet organics into protein and fertiliser in ten days. Black soldier fly larvae are "
  "reared in stacked, climate-controlled trays inside a 40-ft container; one unit processes 5-8 tonnes of "
  "feedstock a day, reducing mass by about 75%. The output is live or dried larvae for aquaculture and "
  "poultry feed, plus frass sold as organic soil amendment. Negative-pressure ventilation with a biofilter "
  "keeps odours inside. Larvagen won the 2025 Circular Economy Award and operates in nine countries.")
T("bsf_cn", "zh", "虫语生物", "亮斑扁角水虻幼虫生物转化处理站",
  ["waste-treatment"], 9, [40000, 250000], ["CN"], 700,
  "虫语生物是国家级专精特新“小巨人”企业，拥有从虫卵孵化到成虫繁育的全链条技术。处理站采用多层立体养殖架，幼虫以"
  "果蔬、鱼肉等湿垃圾为食，7至10天完成转化，减量70%以上；鲜虫或虫干作为水产和禽类蛋白饲料出售，虫沙加工成有机肥。"
  "车间负压除臭，单站日处理3至10吨，提供虫种供应、运营托管和产品回购。")
T("ad_small", "en", "Biomethane Pods", "Biomethane Pods 10 t/d modular anaerobic digester",
  ["waste-treatment", "renewable-energy"], 9, [250000, 900000], ["*"], 1100,
  "Biomethane Pods are prefabricated steel digesters with pre-treatment, heating and a gas holder, converting "
  "food and market waste into biogas for a small CHP or boiler and liquid digestate. Each pod handles up to "
  "10 tonnes a day, installs in eight weeks and is remotely monitored. Over 150 units installed at markets, "
  "campuses and food factories; BREEAM-recognised and winner of the European Biogas Innovation Award.")
T("composter_cn", "zh", "绿碳机械", "一体化好氧快速堆肥机",
  ["waste-treatment"], 9, [30000, 200000], ["CN"], 400,
  "绿碳一体化好氧堆肥机集破碎、搅拌、加热和通风于一体，有机垃圾在滚筒或槽式发酵仓内保持55至65℃高温发酵，"
  "7天左右完成腐熟，减量约60%，产出物可作土壤调理剂。设备配备喷淋除臭和生物滤池，全自动PLC控制，已在上千个社区和"
  "农贸市场应用，获评国家重点环境保护实用技术。")
T("disposer", "en", "GrindAway", "GrindAway commercial food waste disposer",
  ["waste-treatment"], 9, [5000, 60000], ["*"], 50,
  "GrindAway commercial disposers pulverise food scraps, peels and trimmings into fine particles that flush "
  "away with water, eliminating bins, odours and collection trips. Heavy-duty 3 hp motors, stainless grinding "
  "rings and auto-reverse jam protection handle up to 600 kg an hour. Trusted by restaurant chains and "
  "markets in 40 countries, NSF certified, installed under existing sinks in an afternoon.")
T("dehydrator_cn", "zh", "净途环境", "餐厨及果蔬垃圾脱水减量一体机",
  ["waste-treatment"], 9, [15000, 150000], ["CN"], 150,
  "净途脱水减量一体机采用破碎、螺旋挤压和热风烘干组合工艺，湿垃圾处理后含水率降至30%以下，体积和重量减少60%至80%，"
  "大幅降低清运频次，干料可作焚烧燃料或堆肥原料。设备占地仅10平方米，全封闭运行并配备光氧除臭，操作简单，"
  "已在数百个农贸市场和食堂投入使用。")

N(8, "zs_market", "zh", "Zhongshan", "农贸市场果蔬与鱼肉下脚料就近资源化",
  ["waste-treatment"], 300000, 8, "CN-GD", 800, "2027-04-01",
  "中山市各镇街农贸市场每天产生大量菜叶、果皮和鱼肉下脚料，目前由环卫车运往焚烧厂，含水率高、热值低，影响焚烧炉"
  "运行。市城管局拟在5个大型市场就近进行资源化处理，每处日处理量约5至10吨，产出物最好能作为饲料或肥料出售，"
  "臭味必须可控。粉碎后排入市政管网的做法不得采用。",
  g3=["bsf_unit", "bsf_cn"],
  alts={"dehydrator_cn": "reduces volume, but the dried output is mostly sent on as fuel"},
  sibs={"ad_small": (1, "turns waste into energy, not feed; and larger than the sites"),
        "composter_cn": (1, "fertiliser only, lower-value product"),
        "disposer": (0, "grinding to the sewer is excluded by name")},
  note="two grade-3 answers: English and Chinese insect bioconversion")
