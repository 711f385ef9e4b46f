"""Length control: one or two further spec sentences for the shorter non-answer pages, so that
grade-3 pages are not systematically longer than the rest (checked per language by validate.py)."""
from common import TECHS

EN = {
    "route_software": "Routes are rebuilt each night from the previous weeks' tonnage, truck capacities and crew shifts, and pushed to in-cab tablets with turn-by-turn directions. Typical deployment takes 8-12 weeks including GIS clean-up and crew training; SaaS licence per truck.",
    "sheet_pile_wall": "Piles are AZ or PZ profiles up to 25 m long installed by vibratory hammer from land or barge, with cathodic protection or an epoxy coating system. Design to ASCE 61 and USACE EM 1110-2-2504; we handle geotechnical investigation and scour analysis.",
    "high_scm_mix": "Mixes are submitted with trial-batch data for strength at 7, 28 and 56 days and come with a product-specific EPD from our plants. Available from six batch plants in the Inland Empire; pumpable and slip-form versions for paving and flatwork.",
    "paratransit_sched": "Integrates with Medicaid brokers and fare systems, supports multiple contractors on one platform and produces NTD reporting. Cloud hosted with 99.9% uptime SLA; typical go-live in four months, including data migration from legacy systems.",
    "ec_fan_replace": "Fans from 12 to 60 inch wheel diameter, up to 40,000 cfm each, with spark-resistant construction options and 0-10 V control inputs. Five-year motor warranty; we remove the old units and set the new ones with a crane in one visit per fan.",
    "floating_wetland": "Each 2 x 3 m island supports about 40 plants and is anchored with helical screws or deadweights; islands float up and down with water levels of up to 3 m. Plant survival warranty of one growing season; no power or pumps.",
    "ows_upgrade": "Inserts fit most 500-3,000 gallon concrete and steel separators; we pump out and clean the tank, install the plate pack and an oil level alarm, and train staff on skimming. Meets the performance tests in UL 2215; sludge is hauled by a licensed contractor.",
    "garage_guidance": "Sensors are ceiling mounted on existing cable trays; zone counters and dynamic signs are driven by a central server with an API for city parking apps. LED indicators use 1 W per bay; typical install of a 1,000-space garage takes six weeks.",
    "fc_cutaway": "Built on a Ford E-450 chassis with an up-fitted body, 14 ambulatory seats or a mixed layout, FMVSS and ADA compliant. Hydrogen tanks are roof mounted in a crash-protected housing; six-year fuel-cell stack warranty.",
    "dockless_ebike_share": "Bikes have 45-mile batteries swapped in the field by a van team, integrated cable locks and a 20 mph top speed; the operator pays a per-vehicle permit fee and handles rebalancing, parking complaints and low-income fare programmes.",
    "workshop_erv": "Double-wall casing with cleanable aluminium plates, bypass damper for free cooling and frost protection down to -15 C; EC fans with BACnet control. Sized to replace one makeup-air unit at a time on existing curbs.",
    "yard_microgrid_epc": "Scope covers engineering, procurement, construction and commissioning, interconnection with the utility under Rule 21, and performance guarantees for energy yield and resilience hours. Financing through a power purchase agreement is available.",
    "ev_minivan_conv": "Conversions are crash tested to FMVSS 301 and come with a 3-year/36,000-mile warranty on the conversion parts; in-floor securement for one wheelchair, kneeling suspension and a manual or powered ramp.",
    "pay_stations": "Each unit runs on a 20 W panel and battery with wireless back-office connection, PCI-compliant card processing, and a high-contrast display readable in sunlight; pedestals bolt to a concrete footing on the sidewalk.",
    "rainwater_tank": "Tanks are galvanised steel with food-grade liners or polyethylene, with overflow piping to storm drains and a booster pump skid with UV disinfection. Typical yield in the Central Valley is 0.5 gallons per square foot of roof per inch of rain.",
    "ze_drayage": "The cab has a sleeper-free 6x4 layout, regenerative braking and a 10-year battery warranty with 70% capacity retention; service through dealers at the San Pedro Bay ports.",
    "clerestory_wall": "Factory-glazed units in spans up to 30 ft with impact-resistant laminated inner pane, integral sunshades and operable vents for night flushing. NFRC certified; ten-year warranty on seals and finish.",
    "revenue_submeters": "Meters log 15-minute interval data with tamper seals and are tested in an accredited lab before shipping. One meter per charger circuit; panel space and a shutdown of each circuit are needed during installation.",
    "v2b_charger": "UL 9741 listed, wall or pedestal mount, with an islanding relay that can back up critical building circuits during an outage; works with EVs that support bidirectional AC charging.",
    "e_ferry_float": "The float is a steel or concrete pontoon with gangway, fendering and a transformer room; the plug arm aligns automatically with the vessel's socket. Designed to ABS rules, 40-year structure life.",
    "fill_sensor": "Sensors are IP67, run 5-7 years on a replaceable lithium battery and fit metal or plastic bins with a two-screw bracket; alerts can be routed to supervisors by text or e-mail.",
    "charger_mgmt_reports": "Role-based access for fleet, facilities and finance staff; monthly cost reports per site from tariff tables; data kept for seven years. Onboarding of existing chargers takes about a day per vendor.",
    "touchless_wash": "Includes chassis and wheel wash arches, a stainless frame and PLC controls with a bus-presence detector; reclaim-ready plumbing. Two-year parts and labour warranty; about six weeks of installation with the bay out of service.",
    "car_carport": "Galvanised steel with a powder-coat option, integrated gutters and LED lighting under the panels; seismic design for California. Typical installed density is about 9 kW per parking stall.",
    "rooftop_ballast": "Aerodynamic trays of 10-degree tilt hold 1-2 modules each, with slip sheets to protect the membrane; designs are stamped for wind and seismic loads. 25-year product and 10-year workmanship warranty.",
    "drone_bonnet": "The bonnet weighs under 60 kg and seals around stacks of 1-4 m diameter; the treatment barge uses a conventional DPF and SCR train. Partners are seeking a port for a first shipboard trial.",
    "co_only_controller": "Sensors cover about 5,000 sq ft each, are wired on a two-wire bus and need annual calibration; the controller has alarm relays and a BACnet MS/TP port. Listed to UL 2075.",
    "supercap_stop": "The stop cabinet holds 300 kWh-class ultracapacitor banks in a 2 m cabinet with an automatic roof-mounted connection. Buses need an ultracapacitor pack of their own.",
    "underground_bins": "Containers come in concrete or steel wells with a pedestrian safety platform that rises when the container is lifted; they need a 2 m deep excavation and a 3 x 3 m clear zone with no utilities.",
    "ev_cutaway_short": "The body seats 12 to 16 with flip seats for the wheelchair positions; Altoona testing for the 5-year/150,000-mile category is in progress. Eight-year battery warranty.",
    "security_rack": "Each rack holds two bikes, is made of hardened steel with anti-cut sleeves and locks via Bluetooth; users pay per session through the app. Surface or embedded mount, no power needed.",
    "bike_cage": "Enclosures are welded mesh panels with a steel roof option, LED lighting and CCTV; the access system supports RFID cards and mobile credentials.",
    "coir_logs": "Logs are 30 cm in diameter and 3 m long, staked with oak stakes and planted with plugs at 30 cm spacing; they decompose in 3-5 years as roots take over. Installation by hand, no heavy equipment.",
    "gate_expansion": "We provide civil, structural and electrical design, canopy structures, scale houses and pavement to port standards, with phased construction that keeps the terminal open.",
    "geopolymer": "Available as ready-mix or precast with strengths up to 8,000 psi, high sulfate and acid resistance; shipped with an EPD and technical data for engineer review.",
    "g_iot_kit": "Includes 50 sensors, gateway, mounting hardware and one year of platform subscription, with open APIs for city systems, ready-made dashboards for sustainability, mobility and operations teams, and remote onboarding support.",
    "heavy_carport_2col": "Spans of 30 x 60 ft per bay with integrated lighting, gutters and EV charger mounting rails; 25-year module warranty and 10-year workmanship; foundations are drilled piers placed between the parking rows.",
    "solar_shelter": "Options include advertising panels, a push-button audio announcement for visually impaired riders and a panic button connected to the agency's operations centre.",
    "renewable_diesel": "Fuel meets ASTM D975 and EN 15940 and blends at any ratio; deliveries are scheduled around vessel calls, and each delivery comes with a carbon-intensity certificate under the state's fuel standard.",
    "ups_full_epc": "Project management, design, commissioning and five years of maintenance are included; the work is phased hall by hall with temporary UPS so the facility stays live.",
    "tubular_daylight": "Ten-year warranty; an optional dimmer baffle lets staff close the unit for video presentations, and a daylight sensor kit dims nearby fixtures. Listed to ICC-ES AC16 and Title 24.",
    "shore_power_amp": "Includes substation, vault and cable-reel engineering, commissioning with each shipping line's first call, and CARB-compliant reporting of every connection and disconnection time.",
    "compressor_heat_rec": "Typical payback is under two years where hot water is used year round; kits include a thermostatic valve, so compressor cooling is never compromised, and an optional heat meter for reporting.",
    "fcev_bus": "Available in 40 ft and 60 ft articulated versions with a six-year fuel-cell warranty; eligible for FTA Low-No grants, with a hydrogen supply partner that can deliver liquid or gaseous fuel to the depot.",
    "r290_bus_ac": "Leak detection with automatic isolation valves and a sealed, ventilated roof enclosure meet ECE R122; factory-charged and hermetic, so no refrigerant handling is needed in the depot.",
    "flywheel_ups": "Rated 300-625 kW per unit and paralleled up to 8 units, with a 20-year bearing-free rotor design and remote monitoring; installs in a footprint smaller than a battery string of equal power.",
    "direct_relith": "Licences for the process will be offered to recyclers after the pilot; until then the company accepts small lots of sorted LFP black mass for trial processing under research agreements.",
    "pantograph_charger": "UL listed power cabinets, OCPP 2.0.1 networked, with automatic bus positioning via Wi-Fi handshake and a 20-year mast design life; we coordinate the utility application but cannot shorten its timeline.",
    "diesel_gpu": "Optional 28 V DC output, automatic voltage compensation for long cables, and a telematics module reporting fuel level, hours and faults to the GSE pool manager. Two-year warranty; parts stocked at major hubs.",
}

ZH = {
    "sewage_tanker": "车辆配备真空泵和防溢装置，司机持证上岗，可按周或按月签订服务合同，提供每车次的转运联单。",
    "pm_vsd_compressor": "配套后处理冷干机和储气罐，整机质保三年，主机质保五年，提供拆旧装新一体服务，停机约两天。",
    "bus_lane_camera": "支持白天与夜间补光抓拍，识别准确率98%以上，证据链包含前后三张照片和一段视频。",
    "g_park_platform": "平台采用云边协同架构，支持私有化部署，可对接园区已有的各类管理系统。",
    "parcel_lockers": "柜机支持刷脸取件和寄件，断电后可手动应急开柜，运营方负责日常维护。",
    "warehouse_pv": "项目提供25年运维，发电量实时监测，屋面防水由我方负责，到期后电站可无偿移交业主。",
    "g_maas": "平台已在多个城市上线，支持个性化出行推荐和绿色出行碳普惠积分兑换。",
    "pems": "设备含气体分析仪、颗粒物计数器、GPS和气象站，测试完成后自动出具报告。",
    "co2_telematics": "平台提供单车油耗排名、驾驶行为分析和月度碳排放报表，终端质保两年。",
    "smoke_camera": "可与道路卡口共杆安装，支持白天和夜间识别，已在多个城市用于非现场执法。",
    "g_city_energy": "已服务数百家客户，提供从规划、投资、建设到运营的全生命周期服务。",
    "mbr_fixed": "膜组件为PVDF中空纤维，设计寿命五年，设备整体质保两年，远程监控运行状态。",
    "g_zero_port": "方案可分期建设，提供投资、建设和运营一体化服务。",
    "ship_shore_charger": "充电系统支持远程监控和计费结算，防护等级IP55，适应码头潮湿和盐雾环境。",
    "bus_network_opt": "系统支持多场景方案比选，可输出线网调整后的客流和运营成本评估报告。",
    "iec_cooling": "机组模块化设计，可分期安装，配套群控系统和水处理装置，质保两年。",
    "e_baggage_tractor": "整车质保两年，电池质保五年，可选配无线充电和车队管理终端。",
    "e_trike_cart": "车身采用镀锌钢板，防水等级IPX5，整车质保一年。",
    "rfid_tsp": "读写距离可达80米，标签电池寿命五年，支持与主流信号机对接。",
    "corp_carbon_saas": "系统内置多行业排放因子库，支持数据审计留痕。",
    "second_life_ess": "储能柜配置舱级消防和电池管理系统，质保五年。",
    "av_delivery": "车辆支持远程监控和人工接管，已在多个示范区运营。",
    "g_traffic_cloud": "平台支持私有化部署和信创适配，已在多个城市落地。",
    "pbb_gpu_only": "设备质保两年，可选配远程监控模块，输出电压波形畸变率小于2%。",
    "swap_network_epc": "合作期限15年，政府提供场地，企业负责投资与运营。",
    "r1234yf_bus_ac": "整机质保三年，压缩机为电动涡旋式，适配10至12米纯电动公交。",
    "depot_led": "灯具质保五年，驱动电源寿命5万小时，吊装或管吊均可，单灯替换约十分钟。",
    "taxi_superhub": "可分期建设，提供选址、电力报装、建设和运营全流程服务。",
}


def apply():
    for k, s in EN.items():
        TECHS[k]["description"] = TECHS[k]["description"].rstrip() + " " + s
    for k, s in ZH.items():
        TECHS[k]["description"] = TECHS[k]["description"] + s


apply()
