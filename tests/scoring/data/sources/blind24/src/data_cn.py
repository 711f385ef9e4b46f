"""Chinese needs b24n01-b24n15 and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n01 三相不平衡
T("lv_unbalance_compensator", "Phasewright Power Electronics", "UBC-400 active load-unbalance compensator",
  ["smart-grid"],
  "Shunt-connected IGBT compensator for the LV busbar of 100-630 kVA distribution transformers. It measures "
  "negative- and zero-sequence current every 20 ms and injects the opposite, so neutral current falls by up to 90%. The same converter corrects power "
  "factor and 3rd-13th harmonics. Wall- or pole-mount cabinets of 35-150 A, 4G / IEC 104 monitoring, "
  "6,000+ units in utility service.",
  9, [8000, 450000], ["*"], 250)
T("phase_split_capacitor_bank", "Voltaris Grid Products", "Phase-split capacitor bank with SVC controller",
  ["smart-grid", "energy-efficiency"],
  "Pole-top or kiosk capacitor bank for LV substations with separately switched capacitor steps on each phase and "
  "a thyristor controller that tracks reactive demand phase by phase. Raises power factor above 0.95 and trims the "
  "reactive share of phase asymmetry; active-power imbalance between phases is left as it is. 30-300 kvar, "
  "IP54 enclosure, GPRS alarm reporting, ten-year capacitor life.",
  9, [3000, 150000], ["*"], 80)
T("auto_phase_swap_switch", "华联智配", "台区智能换相开关装置",
  ["smart-grid"],
  "在用户分支箱或表箱进线处加装换相开关，由台区主控终端根据三相电流实时计算，把单相用户在A、B、C相之间自动切换，"
  "切换时间小于10毫秒，用户不感知停电。每个台区需改造数十个分支点，需配合停电施工接线。",
  8, [20000, 300000], ["CN"], 150)
T("amorphous_transformer_upgrade", "恒能变压器", "非晶合金配电变压器增容更换",
  ["smart-grid", "energy-efficiency"],
  "以400-800kVA非晶合金铁心配电变压器替换老旧S9、S11型配变，空载损耗降低70%以上，容量提升一个等级，解决台区重过载。"
  "含旧变压器拆除回收、基础改造和低压出线更换，单台施工约一天。",
  9, [15000, 900000], ["CN"], 120)
T("lv_district_iot_terminal", "云枢电气", "台区智能融合终端（线损分析型）",
  ["smart-grid"],
  "安装于配变低压侧的边缘计算终端，采集配变、分支和用户电表数据，实现台区户变关系自动识别、分段线损计算和窃电嫌疑分析，"
  "通过HPLC载波与4G回传主站，支持App远程升级。",
  9, [2000, 200000], ["CN"], 30)
N("n01", "Guangzhou", "老城区低压台区三相不平衡治理", ["smart-grid"],
  "广州供电局越秀片区约有80个老旧低压台区，居民单相负荷多、接线年代久远，夏季晚高峰时常常一相电流是另一相的两三倍，"
  "中性线发烫，配变出口电压偏低，客户投诉不断。希望在配变低压侧加装设备，自动把三相负荷拉平，不用班组再挨家挨户调相。"
  "配变容量其实够用，这次不走增容换变压器的路子。需要有在南网或国网批量挂网运行的业绩。",
  600000, 8, "CN-GD", 300, "2027-05-31",
  ["lv_unbalance_compensator"],
  alts={"phase_split_capacitor_bank": "LV-side shunt device, but only balances the reactive part"},
  sibs={"auto_phase_swap_switch": (1, "balances phases by switching customers at branch boxes, not at the transformer LV side"),
        "amorphous_transformer_upgrade": (0, "transformer capacity upgrade, ruled out: 不走增容换变压器的路子")},
  setting={"lv_district_iot_terminal": "same LV district, solves line-loss analysis"})

# ---------------------------------------------------------------- n02 固体电蓄热
T("solid_media_heat_battery", "Kilnstore Thermal", "HT-Brick solid-media heat battery",
  ["energy-storage", "renewable-energy"],
  "Resistive elements charge a stack of magnesia refractory bricks to 700-800 °C from off-peak or curtailed wind "
  "power; a closed air loop and a steam or hot-water generator discharge it at up to 180 °C on demand. About ten times "
  "the heat per cubic metre of a water tank. Modules of 10-60 MWh(th), 8-16 h charge window, "
  "24 h+ discharge, in service with district heating networks.",
  8, [1800000, 12000000], ["*"], 4500)
T("pcm_heat_storage_85c", "蓄能热科", "相变蓄热供暖装置（85℃级）",
  ["energy-storage"],
  "以无机水合盐相变材料为储热介质，利用谷电电加热储热，白天通过板式换热器放热，出水温度70-85℃，储热密度约为水箱的3倍。"
  "模块化箱体，适合小区换热站和学校、办公楼分散供暖。",
  8, [200000, 2500000], ["CN"], 1500)
T("lfp_plus_electric_boiler", "储盈能源", "锂电池储能+电锅炉组合供热系统",
  ["energy-storage"],
  "低谷时段由磷酸铁锂储能系统充电，高峰时段储能放电驱动电极锅炉或电热水锅炉供热，实现用电负荷移峰；储能部分可同时参与电网调峰辅助服务。"
  "一站式提供储能舱、锅炉、EMS和并网设计。",
  9, [1500000, 15000000], ["CN"], 3000)
T("atmospheric_hot_water_tank", "Thermavault Tanks", "Large atmospheric hot-water storage tank",
  ["energy-storage"],
  "Field-erected insulated steel tanks of 5,000-50,000 m³ with a stratification diffuser, storing district-heating "
  "water at up to 98 °C for daily load shifting of CHP plants, electric boilers and heat pumps. A 30,000 m³ tank "
  "holds around 1,500 MWh. Needs a footprint of 30-45 m diameter; erected in 6-9 months.",
  9, [1500000, 20000000], ["*"], 3500)
T("salt_hydrate_thermochemical", "Sorptive Heat Labs", "Thermochemical salt-hydrate heat store (pilot)",
  ["energy-storage"],
  "A reactor bed of salt hydrates stores heat chemically when dehydrated by electric heating and releases it at "
  "100-130 °C when moistened, with almost no standing losses and very high storage density. Currently offered as "
  "a 500 kWh demonstration container for district-heating partners willing to co-fund field trials.",
  5, [400000, 1500000], ["*"], 200)
N("n02", "Shenyang", "热源厂谷电蓄热调峰热源建设", ["energy-storage"],
  "沈阳某热力公司计划在一座燃煤热源厂关停后，利用原址建设电供暖调峰热源：夜间用谷电和弃风电量储热，白天向一次网放热，"
  "承担约20万平方米建筑的白天供热负荷。厂区可用场地只有两个篮球场那么大，大体积的常压热水罐放不下。"
  "放热出水温度要在110℃以上才能接入一次网。先储电再转成热的方案经济性算不过来，不予考虑。",
  6000000, 8, "CN-LN", 5000, "2027-09-30",
  ["solid_media_heat_battery"],
  alts={"pcm_heat_storage_85c": "compact heat storage on off-peak power, but 85 °C is below the 110 °C needed"},
  sibs={"lfp_plus_electric_boiler": (0, "stores electricity and converts to heat, ruled out: 先储电再转成热…不予考虑"),
        "atmospheric_hot_water_tank": (1, "thermal storage, but the large-volume tank the need says will not fit")},
  traps={"salt_hydrate_thermochemical": "TRL 5 < min_trl 8"})

# ---------------------------------------------------------------- n03 中深层地热
T("coaxial_deep_borehole", "Geodeep Energy", "CoaxLoop closed-loop deep borehole heat exchanger",
  ["renewable-energy"],
  "A single 2-3 km borehole fitted with a vacuum-insulated inner tube: the working fluid flows down the annulus and "
  "back up the centre, absorbing heat from hot rock at 70-90 °C with no groundwater produced or reinjected. Each "
  "well delivers 300-600 kW to a water-source heat pump at COP 5-7, on a 20 m x 30 m pad. "
  "Monitored installations in loess basins have more than eight heating seasons of data.",
  9, [600000, 6000000], ["*"], 3000)
T("hydrothermal_doublet", "秦川地热", "水热型地热对井采灌供暖系统",
  ["renewable-energy"],
  "一采一灌对井开发中深层热储地热水，井口水温55-75℃，经换热后尾水100%同层回灌。配套除砂、防腐换热器和回灌监测，"
  "单对井供暖面积10-20万平方米，已在多个地热田规模化运营。",
  9, [1200000, 5000000], ["CN"], 4000)
T("shallow_gshp_field", "Terraloop Systems", "Shallow ground-source heat pump borefield",
  ["renewable-energy", "energy-retrofits"],
  "Vertical U-tube borefields 100-200 m deep connected to water-to-water heat pumps for heating and cooling. A "
  "typical 10,000 m² building needs 60-100 boreholes at 5 m spacing under car parks or green space; seasonal "
  "thermal balance is checked with a TRT test and 25-year simulation.",
  9, [150000, 3000000], ["*"], 800)
T("climate_compensation_controller", "暖控科技", "换热站气候补偿与无人值守控制系统",
  ["energy-efficiency", "smart-grid"],
  "根据室外温度、楼宇回水温度和室温采样，自动调节换热站一次侧电动阀开度和二次侧循环泵频率，实现按需供热与分时分区控制，"
  "节热8%-15%；支持远程监控、无人值守和故障报警。",
  9, [10000, 400000], ["CN"], 600)
N("n03", "Xi'an", "新建片区中深层地热供暖（取热不取水）", ["renewable-energy"],
  "西安某新区发改委拟为约30万平方米新建住宅和学校配套清洁供暖热源。当地地热条件好，但水务部门明确严禁开采和回灌地下水，"
  "取热不取水是硬杠杠。希望一口井能顶一栋楼，打井占地尽量小，少占小区绿地。要求技术在关中地区已有多个供暖季的运行数据。",
  4000000, 8, "CN-SN", 6000, "2027-10-15",
  ["coaxial_deep_borehole"],
  sibs={"hydrothermal_doublet": (0, "produces and reinjects geothermal water, ruled out: 严禁开采和回灌地下水"),
        "shallow_gshp_field": (1, "ground heat without groundwater, but shallow and needs a large borefield under green space")},
  setting={"climate_compensation_controller": "same district-heating setting, solves substation control"})

# ---------------------------------------------------------------- n04 重卡换电
T("hd_truck_swap_station", "Swaptrack Mobility", "HD-Swap heavy-truck battery exchange station",
  ["electric-vehicles"],
  "Automated side-lift station that exchanges a 282-350 kWh pack on 6x4 tractors in about five minutes. It holds "
  "7-10 packs recharged at 1C from a 10 kV switchgear feed and a 2.5 MVA station transformer. Supplied together "
  "with swap-ready 49 t tractors under a battery-as-a-service lease; in steel and port short-haul duty.",
  9, [2500000, 6000000], ["*"], 8000)
T("hd_truck_fleet_conversion_epc", "Swaptrack Mobility", "Full-fleet heavy-truck electrification EPC",
  ["electric-vehicles"],
  "Turnkey conversion of an entire heavy-truck fleet: 100-200 swap-ready tractors bought outright, two or three "
  "exchange stations, 10 kV substation works and a fleet dispatch platform, delivered as one EPC contract with "
  "availability guarantees.",
  9, [18000000, 45000000], ["*"], 15000)
T("mcs_megawatt_charger", "Amperon Charging", "MCS megawatt charging system for heavy trucks",
  ["electric-vehicles"],
  "Liquid-cooled 1.2 MW dispensers to the Megawatt Charging System standard, charging a 500 kWh truck pack from "
  "20% to 80% in 30-45 minutes. Power cabinets shared across 2-4 dispensers, 10 kV or 20 kV grid connection, "
  "OCPP 2.0.1 and fleet scheduling.",
  8, [600000, 4000000], ["*"], 5000)
T("hydrogen_truck_station", "氢途能源", "氢燃料电池重卡及撬装加氢站",
  ["electric-vehicles", "green-transportation"],
  "提供49吨氢燃料电池牵引车（电堆功率130kW，续航400公里）和35MPa撬装加氢站，单站日加注能力1000公斤，单车加氢约15分钟，"
  "可租可售，并负责氢气供应链。",
  8, [3000000, 20000000], ["CN"], 6000)
T("light_truck_swap_station", "速换能源", "城市物流轻卡换电站",
  ["electric-vehicles"],
  "面向4.5吨以下城市物流轻卡和面包车的顶吊式换电站，3分钟完成换电，站内储备12块电池包（每块约80kWh），占地约200平方米，"
  "380V或10kV接入。",
  9, [400000, 1200000], ["CN"], 1500)
N("n04", "Tangshan", "钢铁园区短倒运输重卡电能替代补能方案", ["electric-vehicles"],
  "唐山某钢铁园区约有150辆柴油重卡承担厂内外短倒运输，三班倒24小时连轴转。供电公司牵头实施电能替代，要求补能对运营的影响降到最低："
  "司机等不起一两个小时，插枪充电的模式这次不考虑。需提供车辆与补能站的整体方案，补能站接入园区10kV配电。首期先建一座站、服务约50辆车。",
  5000000, 8, "CN-HE", 12000, "2027-06-30",
  ["hd_truck_swap_station"],
  alts={"light_truck_swap_station": "battery exchange, but for light trucks, not 49 t tractors"},
  sibs={"mcs_megawatt_charger": (0, "plug-in charging, ruled out: 插枪充电的模式这次不考虑"),
        "hydrogen_truck_station": (1, "zero-emission heavy trucks with fast refuelling, a different way")},
  traps={"hd_truck_fleet_conversion_epc": "cost_usd[0] 18,000,000 > budget 5,000,000"})

# ---------------------------------------------------------------- n05 内河岸电
T("lv_shore_power_pedestal", "Quaylink Marine Power", "QL-Pedestal low-voltage shore power pedestals",
  ["green-transportation"],
  "Stainless-steel IP66 dockside pedestals with 2-6 outlets (16-125 A, 400 V 50 Hz), RCD protection and a "
  "prepaid meter. Crews start and pay by QR code, RFID card or app, and the back office bills by kWh. "
  "Cable-management arms and bollard guards survive impact from barges. Delivered for marinas, inland ports and "
  "lock waiting areas.",
  9, [5000, 300000], ["*"], 600)
T("hv_shore_power_converter", "港电科技", "高压变频岸电系统（6.6/11kV）",
  ["green-transportation"],
  "面向集装箱船、邮轮和滚装船的高压岸电，变频电源容量2-16MVA，50/60Hz双频输出，配套岸侧接电箱、电缆卷车和船岸通信，"
  "满足IEC/IEEE 80005-1，可在5分钟内完成船岸并网无缝切换。",
  9, [300000, 8000000], ["CN"], 3000)
T("electric_barge_swap_container", "Riverdrive Electric", "Containerised battery swap for electric barges",
  ["green-transportation", "electric-vehicles"],
  "Standard 20 ft battery containers (about 2 MWh each) lifted on and off electric inland cargo ships by "
  "terminal cranes; empties are recharged at a shore station. Requires electric propulsion newbuilds or conversions.",
  8, [350000, 6000000], ["*"], 1200)
T("ship_waste_reception_unit", "清港环保", "船舶污染物接收与转运装置",
  ["clean-water", "waste-treatment"],
  "设置在锚地、服务区的船舶生活污水、含油污水和生活垃圾接收设施，配套真空抽吸泵、油水分离器和扫码登记联单，数据接入海事监管平台。",
  9, [30000, 400000], ["CN"], 50)
N("n05", "Wuxi", "运河锚泊服务区船舶岸电设施建设", ["green-transportation"],
  "无锡市交通运输局联合供电公司，拟在京杭运河沿线三个锚泊服务区为过往内河货船（多为500-2000吨干散货船）配套岸电。"
  "船员晚上停靠都开着柴油发电机，噪声和黑烟投诉多。船上用电也就是照明、空调、做饭，几千瓦到几十千瓦。"
  "要求船员能自助扫码或刷卡接电、按电量计费，设备防水、耐碰撞。不是给大型集装箱船、邮轮用的那种高压岸电。",
  400000, 8, "CN-JS", 900, "2027-04-30",
  ["lv_shore_power_pedestal"],
  sibs={"hv_shore_power_converter": (0, "high-voltage shore power for large ships, ruled out by name"),
        "electric_barge_swap_container": (1, "removes the diesel by electrifying the ship, a different way")},
  setting={"ship_waste_reception_unit": "same anchorage, solves ship waste reception"})

# ---------------------------------------------------------------- n06 光储直柔
T("building_dc_bus_platform", "Direcurrent Building Systems", "DCgrid-375 building DC distribution platform",
  ["green-buildings", "smart-grid"],
  "A 375 V / ±375 V DC bus architecture for new buildings: bidirectional AC/DC interface converter at the grid "
  "connection, MPPT DC/DC for PV, battery DC/DC, and solid-state DC breakers. It feeds "
  "DC-native LED lighting, inverter-driven HVAC and EV chargers without per-device rectifiers. Bus-voltage droop control lets the whole building follow a power setpoint from the utility.",
  8, [300000, 1500000], ["*"], 300)
T("poe_led_lighting", "Lumenet Systems", "Power-over-Ethernet LED lighting",
  ["green-buildings", "energy-retrofits"],
  "LED luminaires powered and controlled over Cat6 cable from PoE++ switches (up to 90 W a port), with occupancy "
  "and daylight sensors in every fixture. Removes line-voltage lighting circuits and drivers; only lighting is "
  "supplied, other loads stay on the AC system.",
  9, [50000, 600000], ["*"], 60)
T("rooftop_pv_epc", "光耀新能源", "工商业屋顶分布式光伏EPC总包",
  ["renewable-energy"],
  "提供屋顶荷载复核、光伏组件与组串式逆变器选型、支架安装、并网验收一体化服务，自发自用、余电上网，"
  "可选合同能源管理模式，25年发电量保证。",
  9, [80000, 3000000], ["CN"], 500)
T("ac_coupled_storage_cabinet", "储盈能源", "工商业交流耦合储能一体柜（100kWh/215kWh）",
  ["energy-storage"],
  "户外一体柜集成磷酸铁锂电池、PCS、温控和消防，接入用户380V交流母线，实现峰谷套利、需量控制和应急备电，支持多柜并联。",
  9, [40000, 800000], ["CN"], 100)
N("n06", "Shanghai", "新建机关办公楼“光储直柔”建筑配电系统", ["green-buildings"],
  "上海市某区机关事务管理局新建一栋2.6万平方米办公楼，设计阶段要求落实“光储直柔”试点：屋顶和立面光伏、储能、照明空调和充电桩"
  "在楼内直接用直流供电，减少交直流来回变换，整栋楼的用电功率还要能跟着电网需要柔性调节。"
  "不是在屋顶铺一层光伏就算完事，要的是整套楼内配电架构。",
  1200000, 7, "CN-SH", 400, "2027-03-31",
  ["building_dc_bus_platform"],
  alts={"poe_led_lighting": "DC supply, but for the lighting only"},
  sibs={"rooftop_pv_epc": (0, "rooftop PV only, ruled out: 不是在屋顶铺一层光伏就算完事"),
        "ac_coupled_storage_cabinet": (1, "storage for building flexibility, but on the AC bus")})

# ---------------------------------------------------------------- n07 文保建筑外窗
T("magnetic_secondary_glazing", "Quietpane Interiors", "Magnetic interior secondary glazing inserts",
  ["energy-retrofits"],
  "Secondary glazing panels that mount on the room side of existing sash or steel windows with a slim "
  "magnetic or compression frame and no fixings into the original frame. A 6 mm low-e laminated pane with a "
  "50-100 mm air gap takes a single-glazed window from U≈5.8 to ≈1.8 W/m²K and stops condensation. Measured per opening, fitted in under an hour; fully reversible.",
  9, [20000, 400000], ["*"], 100)
T("vacuum_glazing_inner_sash", "静玻科技", "真空玻璃内置副窗",
  ["energy-retrofits", "green-buildings"],
  "在原窗洞口室内侧加装一樘窄边框内开副窗，采用复合真空玻璃（传热系数约0.6W/㎡K），与原窗形成空气间层；框体卡装在窗台和侧墙，"
  "不改动原窗框和外立面，单樘安装约40分钟，可拆卸复原。",
  8, [30000, 350000], ["CN"], 110)
T("thermal_break_window_replacement", "金宇门窗", "断桥铝合金节能窗整窗更换",
  ["energy-retrofits"],
  "拆除旧钢窗、木窗，更换为断桥铝合金三玻两腔节能窗，整窗传热系数1.5W/㎡K以下，含拆旧、洞口修补、打胶和外墙收口，"
  "施工一间房约半天。",
  9, [20000, 600000], ["CN"], 130)
T("selective_window_film", "Clearshield Films", "Spectrally selective low-e window film",
  ["energy-retrofits"],
  "Interior-applied low-emissivity film that reflects long-wave heat back into the room and blocks 99% of UV. "
  "Improves a single-glazed window's U-value by roughly 30% and cuts solar gain; applied without removing the "
  "glass, 10-year warranty.",
  9, [5000, 200000], ["*"], 40)
N("n07", "Beijing", "历史风貌办公楼外窗节能改造", ["energy-retrofits"],
  "北京市机关事务管理局下属一栋上世纪50年代建成的办公楼，是区级文物保护单位，全楼是老式钢窗单层玻璃。冬天靠窗的工位冷得坐不住人，"
  "玻璃结露、窗台发霉，暖气费居高不下。文物部门要求外立面一根线条都不能动，原有钢窗必须原样保留。希望在室内一侧解决，施工不影响办公。",
  350000, 8, "CN-BJ", 120, "2027-08-31",
  ["magnetic_secondary_glazing", "vacuum_glazing_inner_sash"],
  sibs={"thermal_break_window_replacement": (0, "replaces the steel windows, ruled out: 原有钢窗必须原样保留"),
        "selective_window_film": (1, "improves the existing glass itself, much smaller gain")})

# ---------------------------------------------------------------- n08 烟气余热
T("absorption_hp_flue_condenser", "Latentis Heat Recovery", "Absorption heat pump with direct-contact flue-gas condenser",
  ["energy-efficiency"],
  "Flue gas passes through a spray-type direct-contact condenser where circulating water cools it below its dew "
  "point to 25-35 °C; a steam- or gas-driven LiBr absorption heat pump lifts that low-grade heat into the district "
  "heating return. Recovers 10-15% of the fuel input and removes the plume. Bolts "
  "onto the existing stack and flue duct; the boilers are left as they are.",
  9, [800000, 4000000], ["*"], 7000)
T("condensing_economizer", "节能热工", "燃气锅炉冷凝式烟气换热器",
  ["energy-efficiency"],
  "安装在锅炉尾部烟道的不锈钢翅片管冷凝换热器，以一次网回水或补水为冷源，排烟温度可由90℃降至50-60℃，锅炉热效率提高4-6个百分点；"
  "降温深度受回水温度限制。",
  9, [60000, 600000], ["CN"], 2500)
T("electrode_boiler_replacement", "Ohmic Steam Systems", "High-voltage electrode boiler replacement",
  ["energy-efficiency", "energy-storage"],
  "Replaces gas-fired boilers with 10-60 MW electrode boilers connected at 10-20 kV, ramping from 0 to full "
  "output in under five minutes. Turnkey removal of the old boilers, new HV switchgear and controls.",
  9, [900000, 8000000], ["*"], 6000)
T("o2_trim_combustion_control", "Burnwise Controls", "O2 trim and combustion optimisation",
  ["energy-efficiency", "clean-air"],
  "Zirconia flue-gas O2 probe and servo-linked fuel/air control that hold excess air at the optimum across the "
  "firing range; typically 1-3% fuel savings on gas boilers and lower CO. Retrofits to most burner management systems.",
  9, [10000, 200000], ["*"], 800)
N("n08", "Tianjin", "燃气锅炉房烟气余热深度利用改造", ["energy-efficiency"],
  "天津某热力公司一座锅炉房有4台58MW燃气热水锅炉，排烟温度在90℃上下，冬天烟囱白烟滚滚，烟气里水蒸气的潜热全部白白排掉。"
  "拟对烟气进行深度利用，把排烟温度降到30℃左右，顺带消除白烟，回收的热量并入一次网回水。锅炉本体保持原样，不换炉子。",
  2500000, 8, "CN-TJ", 9000, "2027-09-15",
  ["absorption_hp_flue_condenser"],
  alts={"condensing_economizer": "recovers flue heat, but only down to 50-60 °C"},
  sibs={"electrode_boiler_replacement": (0, "replaces the boilers, ruled out: 锅炉本体保持原样，不换炉子"),
        "o2_trim_combustion_control": (1, "boiler efficiency by combustion control, not heat recovery")})

# ---------------------------------------------------------------- n09 间接蒸发冷却
T("indirect_evaporative_cooler", "Arctura Cooling", "IEC-300 indirect evaporative cooling units",
  ["green-data-centers"],
  "Air handlers with a polymer plate heat exchanger that cools recirculated data-hall air "
  "with outdoor air, which never enters the white space. Evaporative spray on the outdoor side takes over in warm "
  "weather and a DX trim coil covers peaks. 100-400 kW per unit, cold-climate "
  "package to -40 °C. Annual mechanical PUE of 1.1-1.2 in dry continental climates.",
  9, [300000, 3000000], ["*"], 2500)
T("prefab_dc_module_iec", "Arctura Cooling", "Prefabricated data-hall module with integrated indirect cooling",
  ["green-data-centers"],
  "Factory-built 1-2 MW IT data-hall blocks with indirect evaporative cooling, busway power and containment "
  "pre-installed, delivered and commissioned in 16 weeks; for new capacity next to existing sites.",
  9, [4500000, 15000000], ["*"], 3500)
T("direct_airside_economizer", "Freshflow Data Cooling", "Direct airside economizer for data halls",
  ["green-data-centers"],
  "Large-damper air handlers that bring filtered outdoor air straight into the cold aisle and exhaust hot-aisle "
  "air whenever conditions allow, with mixing for humidity control. Lowest-cost free cooling where outdoor air is "
  "clean; MERV 13 filters.",
  9, [200000, 2000000], ["*"], 2800)
T("waterside_free_cooling", "冷源节能", "冷冻水系统板换自然冷却改造",
  ["green-data-centers", "energy-efficiency"],
  "在冷却塔与冷冻水系统之间加装板式换热器，冬季和过渡季由冷却塔直接供冷、冷机停机，配合提高冷冻水温度；需做冷却塔防冻和管路改造。",
  9, [150000, 1500000], ["CN"], 1800)
T("ups_lithium_retrofit", "华储电源", "数据中心UPS铅酸电池锂电化改造",
  ["green-data-centers"],
  "将UPS铅酸蓄电池组更换为磷酸铁锂电池柜，占地减少60%，寿命10年以上，配套BMS与电池监控，兼容主流UPS品牌，不停机分批更换。",
  9, [50000, 1000000], ["CN"], 50)
N("n09", "Ulanqab", "调度灾备数据中心制冷系统节能改造", ["green-data-centers"],
  "内蒙古电力公司在乌兰察布的一座调度灾备数据中心，现为冷冻水加机房精密空调，PUE约1.5。当地一年大半时间气温低，想尽量多用自然冷源，"
  "但春季风沙大，冬季低至零下30℃，外面的空气不能直接进机房。希望改造后年均PUE降到1.25以内，机柜功率8-12kW，服务器不动。",
  2000000, 8, "CN-NM", 3000, "2027-05-15",
  ["indirect_evaporative_cooler"],
  sibs={"direct_airside_economizer": (0, "outdoor air straight into the hall, ruled out: 外面的空气不能直接进机房"),
        "waterside_free_cooling": (1, "free cooling through the chilled-water plant, a different way")},
  setting={"ups_lithium_retrofit": "same data centre, solves UPS batteries"},
  traps={"prefab_dc_module_iec": "cost_usd[0] 4,500,000 > budget 2,000,000"})

# ---------------------------------------------------------------- n10 生物质电厂CO2
T("modular_amine_capture", "Carbonloop Process", "CL-30 modular amine post-combustion capture plant",
  ["carbon-capture"],
  "Skid-mounted absorber and stripper trains using an advanced hindered-amine solvent for flue gas with 8-15% CO2 "
  "from biomass, waste or coal boilers: 10-100 t/day per train, 90% capture, regeneration duty 2.6 GJ/t using "
  "low-pressure extraction steam. Polishing, drying and liquefaction give 99.9% food-grade CO2. Turndown to 40% of load.",
  8, [1500000, 8000000], ["*"], 10000)
T("mof_sorbent_capture_pilot", "碳捕新材", "金属有机框架（MOF）固体吸附CO2捕集中试装置",
  ["carbon-capture"],
  "采用新型MOF吸附材料与变温吸附工艺，再生能耗有望降至2.0GJ/吨以下，目前以1-5吨/天中试撬装装置与电厂合作开展示范，材料寿命验证中。",
  5, [300000, 1200000], ["CN"], 1000)
T("co2_geological_storage", "Deepvault Carbon Storage", "CO2 injection wells and geological storage service",
  ["carbon-capture"],
  "Site characterisation, Class VI-style injection well permitting, drilling and 30-year monitoring for "
  "permanent storage of captured CO2 in saline aquifers; pipeline or truck receipt at the wellhead.",
  8, [1500000, 60000000], ["*"], 50000)
T("dac_module", "Airloom Carbon", "Direct air capture contactor modules",
  ["carbon-capture"],
  "Fan-driven contactors with an amine-functionalised solid sorbent that pull CO2 straight from ambient air; "
  "1,000 t/year per module, heat at 100 °C for regeneration, output for storage or use.",
  7, [2000000, 10000000], ["*"], 1000)
T("biomass_boiler_bag_scr", "洁源环保", "生物质锅炉布袋除尘+SNCR脱硝改造",
  ["clean-air"],
  "针对生物质直燃锅炉烟气含碱金属、易粘结的特点，采用覆膜滤袋布袋除尘器和炉内SNCR脱硝，颗粒物≤10mg/m³、NOx≤100mg/m³。",
  9, [300000, 2000000], ["CN"], 0)
N("n10", "Yancheng", "生物质电厂烟气CO2回收与温室农业利用", ["carbon-capture"],
  "盐城某30MW秸秆直燃生物质电厂计划与周边约200亩连栋温室合作，把烟气里的二氧化碳回收出来给温室当气肥，年用量约1万吨。"
  "当地没有地质封存条件，也不打算往地下打井注入。要求装置成熟，出口纯度满足食品和农业用气标准，能跟着电厂负荷调节。",
  3000000, 7, "CN-JS", 10000, "2027-12-31",
  ["modular_amine_capture"],
  sibs={"co2_geological_storage": (0, "storage underground, ruled out: 也不打算往地下打井注入"),
        "dac_module": (1, "captures CO2 from ambient air, a different way")},
  setting={"biomass_boiler_bag_scr": "same biomass boiler flue gas, solves dust and NOx"},
  traps={"mof_sorbent_capture_pilot": "TRL 5 < min_trl 7"})

# ---------------------------------------------------------------- n11 低氮燃烧
T("premix_metal_fibre_burner", "Flamecore Combustion", "Premix metal-fibre surface burner with FGR",
  ["clean-air"],
  "Fully premixed natural-gas burner that holds a low-temperature flame on a knitted FeCrAl fibre mat, combined "
  "with 15-25% flue gas recirculation: certified NOx below 20-30 mg/Nm³ at 3.5% O2 and CO under 50 mg, with no "
  "reagent. Drop-in front plates for 2.8-14 MW hot-water boilers, O2 trim and "
  "VFD fan included.",
  9, [40000, 1200000], ["*"], 150)
T("staged_lownox_burner_80", "Burnwise Controls", "Staged low-NOx gas burner (80 mg class)",
  ["clean-air"],
  "Air- and fuel-staged nozzle-mix burner for packaged boilers up to 20 MW; NOx around 60-80 mg/Nm³ without "
  "recirculation, wide turndown and simple retrofit. Suitable where limits are 80 mg or above.",
  9, [20000, 500000], ["*"], 80)
T("urea_scr_boiler", "蓝天脱硝", "燃气锅炉尿素SCR脱硝系统",
  ["clean-air"],
  "在锅炉尾部烟道布置低温SCR催化剂，喷入尿素溶液热解生成的氨作为还原剂，NOx可降至15mg/m³以下；配套尿素储存溶解间和氨逃逸监测。",
  9, [80000, 600000], ["CN"], 0)
T("boiler_cems", "测联环境", "锅炉烟气排放连续在线监测系统（CEMS）",
  ["clean-air", "ghg-data"],
  "抽取式冷干法分析NOx、SO2、O2、CO、颗粒物，数采仪直连生态环境部门监控平台，满足HJ 75/76规范，提供运维和比对监测服务。",
  9, [15000, 60000], ["CN"], 0)
N("n11", "Zhengzhou", "居民区燃气锅炉房氮氧化物超低排放改造", ["clean-air"],
  "郑州市某供热公司在居民区内有12座燃气锅炉房，单台7-14MW，按省里新标准，氮氧化物排放需降到30毫克每立方米以下。锅炉房紧挨着居民楼，"
  "消防和街道都不允许在小区里存放氨水或尿素，所以凡是要喷还原剂的末端脱硝就不用报了。希望只动燃烧器，赶在供暖季前完工。",
  900000, 8, "CN-HA", 200, "2027-10-01",
  ["premix_metal_fibre_burner"],
  alts={"staged_lownox_burner_80": "burner-only low-NOx retrofit, but 60-80 mg is above the 30 mg limit"},
  sibs={"urea_scr_boiler": (0, "reagent-based tail-end denitrification, ruled out: 要喷还原剂的末端脱硝就不用报了"),
        "boiler_cems": (1, "measures NOx, does not reduce it")})

# ---------------------------------------------------------------- n12 冷却塔无药剂
T("electrochemical_tower_treatment", "Electraqua Systems", "ECS electrochemical scale-removal reactors for cooling towers",
  ["clean-water", "energy-efficiency"],
  "Side-stream electrochemical cells raise the pH at the cathode so calcium carbonate deposits on the cell "
  "walls, not in condensers. Chlorine and hydroxyl radicals "
  "made at the anode keep biofilm and Legionella down. Cooling towers run at 6-8 cycles of concentration with no "
  "phosphonate or biocide dosing; modules for 500-20,000 m³/h recirculation.",
  8, [100000, 1000000], ["*"], 100)
T("smart_dosing_cooling_water", "水卫士", "循环冷却水智能加药系统",
  ["clean-water"],
  "在线监测电导率、pH、ORP和药剂浓度，按补水量和浓缩倍率自动投加阻垢缓蚀剂与杀菌剂，节药10%-20%，提供药剂供应和月度水质报告。",
  9, [20000, 200000], ["CN"], 20)
T("air_cooled_condenser_retrofit", "干冷电力", "直接空冷凝汽器改造",
  ["clean-water", "energy-efficiency"],
  "将湿冷机组改为机械通风直接空冷，汽轮机排汽在空冷岛翅片管中由空气冷凝，基本不消耗冷却水，节水80%以上，夏季背压偏高需配尖峰冷却。"
  "小型背压机组可采用模块化空冷单元分期改造。",
  9, [700000, 40000000], ["CN"], 0)
T("tower_fan_pm_direct_drive", "永磁驱动", "冷却塔风机永磁直驱节能改造",
  ["energy-efficiency"],
  "以永磁同步电机直接驱动冷却塔风机，取消减速箱和长传动轴，配变频控制，风机电耗降低20%-30%，免维护齿轮油。",
  9, [15000, 300000], ["CN"], 300)
N("n12", "Jinan", "热电厂循环冷却水无药剂处理改造", ["clean-water"],
  "济南某热电厂循环冷却水系统保有水量约2万吨，当地水硬度高，一直靠大量投加阻垢剂、杀菌剂维持，浓缩倍率只能到3倍左右，排污水量大，"
  "含磷排水还被环保部门点过名。希望换一种办法，把浓缩倍率提到5倍以上，排污水里不再有药剂。说白了，不想再往水里加药了。",
  800000, 7, "CN-SD", 150, "2027-07-31",
  ["electrochemical_tower_treatment"],
  sibs={"smart_dosing_cooling_water": (0, "still chemical dosing, ruled out: 不想再往水里加药了"),
        "air_cooled_condenser_retrofit": (1, "removes the wet tower altogether, a different way")},
  setting={"tower_fan_pm_direct_drive": "same cooling tower, solves fan energy"})

# ---------------------------------------------------------------- n13 沼气提纯入网
T("membrane_biogas_upgrading", "Membrax Renewable Gas", "Three-stage membrane biogas upgrading skid",
  ["waste-treatment", "renewable-energy"],
  "Hollow-fibre membrane separation in three stages after H2S removal, drying and VOC polishing: raw biogas becomes "
  "97-99% methane biomethane with methane slip below 0.5%. 500-3,000 Nm³/h raw gas per skid, with gas-quality "
  "analyser, odorisation and compression to 0.4-4 MPa for grid injection. Containerised, 95% availability, "
  "remote operation.",
  9, [900000, 3500000], ["*"], 12000)
T("biomethane_plant_pipeline_epc", "Membrax Renewable Gas", "Biomethane plant and grid-connection pipeline EPC",
  ["waste-treatment"],
  "Complete design-build of a biomethane facility including digester upgrades, upgrading, CO2 liquefaction and up "
  "to 10 km of steel injection pipeline with metering station; one contract, one guarantee.",
  9, [6000000, 18000000], ["*"], 15000)
T("water_scrubber_small", "沼能环境", "小型水洗法沼气提纯装置",
  ["waste-treatment"],
  "加压水洗塔吸收二氧化碳，甲烷纯度可达96%，处理能力100-300立方米每小时，运行简单、无化学药剂，适合养殖场和小型餐厨项目。",
  9, [150000, 500000], ["CN"], 1500)
T("biogas_chp_genset", "燃动科技", "沼气内燃发电机组（热电联产）",
  ["waste-treatment", "renewable-energy"],
  "500-2000kW沼气专用内燃机发电机组，发电效率40%以上，缸套水与烟气余热回收用于厌氧罐加热，集装箱式，含并网柜。",
  9, [300000, 2500000], ["CN"], 8000)
T("enclosed_ground_flare", "Pyrion Flare Systems", "Enclosed ground flare for landfill and digester gas",
  ["waste-treatment", "clean-air"],
  "Refractory-lined enclosed flares with 99.9% methane destruction, 50-3,000 Nm³/h, automatic pilot and flame "
  "monitoring; keeps odour and visible flame away from neighbours.",
  9, [40000, 400000], ["*"], 5000)
N("n13", "Wenzhou", "餐厨垃圾处理厂沼气提质入网", ["waste-treatment"],
  "温州某燃气公司接手一座日处理300吨的餐厨垃圾厌氧处理厂，每天产沼气约2万立方米，现在大部分用火炬烧掉。厂区旁边就有中压燃气管网，"
  "希望把沼气处理到管道天然气的标准后直接注入管网销售。电网公司不同意新增上网，厂里自用也消纳不了，所以发电这条路已经放弃了。",
  2000000, 8, "CN-ZJ", 15000, "2027-08-31",
  ["membrane_biogas_upgrading"],
  alts={"water_scrubber_small": "upgrading to methane, but 300 Nm³/h and 96% for a plant making ~830 Nm³/h"},
  sibs={"biogas_chp_genset": (0, "power generation, ruled out: 发电这条路已经放弃了"),
        "enclosed_ground_flare": (1, "destroys the gas rather than selling it, what they do now")},
  traps={"biomethane_plant_pipeline_epc": "cost_usd[0] 6,000,000 > budget 2,000,000"})

# ---------------------------------------------------------------- n14 区域供冷低GWP
T("hfo1234ze_centrifugal", "Norrfrost Chillers", "R-1234ze(E) oil-free centrifugal chiller",
  ["hfc-alternatives"],
  "Two-stage magnetic-bearing centrifugal chillers charged with R-1234ze(E) (GWP below 1, safety class A2L), "
  "500-2,500 RT per unit, full-load COP 6.2-6.5 and IPLV above 10. Oil-free, variable speed, "
  "suited to low-lift district cooling plants. Supplied with refrigerant leak detection and "
  "the ventilation package A2L machine rooms need.",
  9, [700000, 3000000], ["*"], 1200)
T("r1233zd_lowpressure_centrifugal", "凌冰制冷", "R1233zd(E)低压离心式冷水机组",
  ["hfc-alternatives", "energy-efficiency"],
  "采用负压运行的R1233zd(E)冷媒（GWP约1，A1不可燃），单机制冷量800-3000冷吨，满负荷COP可达6.3，双级压缩带经济器，"
  "适用于区域供冷冷站与蓄冷系统联合运行，配套冷媒回收和机房监测。",
  9, [800000, 3200000], ["CN"], 1100)
T("r513a_centrifugal", "Coldarc Chillers", "R-513A centrifugal chiller (drop-in for R-134a plants)",
  ["hfc-alternatives", "energy-efficiency"],
  "Centrifugal chillers using R-513A, an HFO/HFC blend with GWP about 630 (56% lower than R-134a), non-flammable "
  "A1. Same pressures as R-134a, so machine rooms need no changes. 300-3,000 RT, COP up to 6.1.",
  9, [500000, 2800000], ["*"], 700)
T("libr_absorption_chiller", "热驱冷源", "溴化锂吸收式冷水机组",
  ["energy-efficiency", "hfc-alternatives"],
  "以蒸汽、热水或燃气为驱动热源，水为制冷剂、溴化锂为吸收剂，不使用氟利昂，单机100-6000冷吨，双效机组COP约1.4，适合有余热的场合。",
  9, [300000, 3000000], ["CN"], 600)
T("ammonia_screw_chiller", "Polaris Industrial Refrigeration", "Low-charge ammonia (R717) screw chiller",
  ["hfc-alternatives"],
  "Packaged screw chillers with plate-and-shell evaporators and a charge of under 0.05 kg/kW of ammonia "
  "(GWP 0), 300-2,000 kW each, COP around 5.5. Needs a ventilated machine room with ammonia detection and is best "
  "suited to industrial sites.",
  9, [250000, 1500000], ["*"], 600)
N("n14", "Zhuhai", "区域供冷冷站冷水机组换代（低GWP冷媒）", ["hfc-alternatives"],
  "珠海横琴某区域供冷公司冷站计划更换两台2000冷吨离心式冷水机组（现为R134a）。集团碳管理部门要求新机组冷媒GWP必须在150以下，"
  "高于这个数的一律不收，同时满负荷COP不低于6.0。冷站空间有限，也没有余热，吸收式这类热驱动制冷不在考虑之列。",
  2500000, 8, "CN-GD", 1500, "2027-11-30",
  ["hfo1234ze_centrifugal", "r1233zd_lowpressure_centrifugal"],
  sibs={"r513a_centrifugal": (0, "GWP about 630, ruled out: 高于这个数的一律不收"),
        "libr_absorption_chiller": (0, "heat-driven cooling, ruled out: 吸收式这类热驱动制冷不在考虑之列"),
        "ammonia_screw_chiller": (1, "natural refrigerant, but screw machines far below 2,000 RT and COP 5.5")})

# ---------------------------------------------------------------- n15 小时级排放因子
T("hourly_grid_emission_factors", "Gridmark Analytics", "Hourly grid emission factors and 24/7 carbon-free energy matching",
  ["ghg-data"],
  "API and dashboards that compute grid carbon intensity for every hour, average and marginal, "
  "from dispatch and generation data, joined to interval meter data to give hourly Scope 2 "
  "emissions. Contracted renewable supply (PPAs, certificates) is matched hour by hour and reports are audit-ready "
  "under the GHG Protocol. 60+ grid regions covered.",
  8, [60000, 600000], ["*"], None)
T("annual_factor_carbon_saas", "碳知道", "企业碳排放核算与报告SaaS",
  ["ghg-data"],
  "按照国家核算指南和省级电网年平均排放因子，自动计算企业范围一、范围二排放，生成年度排放报告和碳盘查台账，支持多工厂、多层级汇总。",
  9, [5000, 100000], ["CN"], None)
T("green_certificate_broker", "绿易交易", "绿证与绿电交易代理服务",
  ["ghg-data", "renewable-energy"],
  "代理企业参与绿色电力交易和绿证（GEC）认购，提供年度采购策略、合同签订和证书划转服务，出具绿电消费证明。",
  9, [2000, 80000], ["CN"], None)
T("energy_online_monitoring_terminal", "能联仪表", "重点用能单位能耗在线监测端设备",
  ["energy-efficiency", "ghg-data"],
  "采集企业进厂电、气、蒸汽等计量数据，按日上传省级能耗在线监测平台，支持数据补采、断点续传和计量器具台账管理。",
  9, [3000, 50000], ["CN"], None)
N("n15", "Chengdu", "重点用能单位用电碳排放逐时核算", ["ghg-data"],
  "成都市发改委拟为约200家重点用能单位建立用电碳排放的精细化核算。企业普遍反映，用全年平均的电网排放因子一刀切，晚上用谷电、"
  "白天用光伏都体现不出差别，年平均因子算出来的数字说服不了谁。希望能按小时对应电网实际发电结构，并把企业采购的绿电逐时对上，形成可审计的报告。",
  500000, 7, "CN-SC", None, "2027-06-30",
  ["hourly_grid_emission_factors"],
  sibs={"annual_factor_carbon_saas": (0, "annual average factors, ruled out: 年平均因子算出来的数字说服不了谁"),
        "green_certificate_broker": (1, "procures green power, does not account for it hour by hour")},
  setting={"energy_online_monitoring_terminal": "same key energy users, solves energy reporting"})
