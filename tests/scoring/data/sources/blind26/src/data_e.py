"""Adjustments after the first build: language balance and length control.

1. Five sibling pages are rewritten in Chinese (the English share was 0.68, the brief asks ~0.60-0.65).
2. The shortest non-answer pages get one extra, specific sentence each, because the grade-3 pages
   were on average longer than the rest in both languages (ratios 1.31 en, 1.35 zh before this file).
"""
from common import TECHS

REWRITE_ZH = {
    "lfp_container": ("沃储能源", "集装箱式磷酸铁锂储能系统",
        "户外集装箱储能系统，容量250-1000千瓦时，功率125-500千瓦，集成PCS、液冷温控和全氟己酮消防，用于农场和工商业用户的"
        "需量电费管理与光伏自发自用。通过UL 9540A测试，提供10年性能质保和北美并网申请支持。"),
    "standard_dcfc": ("极充科技", "150千瓦分体式直流快充系统",
        "功率柜加双枪终端的分体式架构，单柜150千瓦，480伏三相输入，液冷充电枪，峰值效率97%，支持CCS1和NACS接口及"
        "OCPP 2.0.1协议，满足NEVI在线率报告要求。需配套新建或扩容三相供电，提供场站设计和电网接入服务。"),
    "immersion_tank": ("浸域数据", "单相浸没式液冷机柜",
        "将服务器整机浸没在绝缘冷却液中，通过干冷器散热，单柜散热能力可达100千瓦，数据中心PUE可降至1.1以下。服务器需按浸没"
        "要求改造（拆除风扇、更换导热材料），适合新建机房或高密度计算集群，可逐柜迁移。"),
    "floating_pv": ("漂光新能源", "水面漂浮式光伏电站",
        "采用HDPE浮体和锚固系统，建设在水库、调蓄池和污水塘面上，单站0.5-50兆瓦。浮体遮阴可减少覆盖区域的水面蒸发并抑制"
        "藻类生长，要求全年最低水深不低于1.5米。提供设计、施工总包和运维服务。"),
    "transformer_upgrade": ("华电配网工程", "配电台区变压器增容与低压线路改造",
        "新增或更换200-630千伏安配电变压器，把变压器移到负荷中心，低压线路更换为大截面绝缘导线，必要时新建10千伏支线。"
        "含供电公司审批、停电计划和调试投运，一般每县工期12-24个月。"),
}

EXTRA = {
    # English non-answer pages
    "rammed_earth": "Walls are engineered to CBC seismic provisions with reinforced bond beams, and our crews build on slabs prepared by the general contractor.",
    "canal_pv_mega": "Our team has completed 400 MW of water-adjacent solar; we arrange tax-equity financing and interconnection studies with the transmission owner.",
    "secondlife_buffer_dcfc": "Packs are graded at our plant with full cycle tests; the company plans a UL 9540 listing and a commercial launch after the trial ends.",
    "chip_haul": "Crews carry their own fuel and water tenders, work under forest service timber sale rules and report tonnage by load ticket.",
    "wte_plant": "Engine exhaust meets CARB distributed-generation limits with an oxidation catalyst and SCR, and units ship pre-wired on skids.",
    "microwave_pyrolysis": "Lab data show a 30 % char yield at 450 °C; the team holds two patents and is raising a seed round to complete the prototype.",
    "solar_pump": "Module-level monitoring, ballasted racking for marginal ground and a 25-year production warranty are standard.",
    "biodeg_mulch": "Field trials in strawberries show yields equal to PE film; the film costs roughly twice as much per acre as conventional mulch.",
    "sat_soc": "Maps come with a per-pixel uncertainty layer; accuracy is best on bare fields and degrades under perennial cover and residue.",
    "biomass_plant": "The plant runs year-round and pays a premium for clean, bark-free material delivered below 40 % moisture.",
    "condensate_recovery": "Mechanical pumping traps need no electricity, and receivers come ASME-stamped with level controls and a vent condenser.",
    "propane_furnace_hi": "Installs in a day in the existing cabinet footprint and works with communicating thermostats and existing flue routes.",
    "hempcrete": "Walls cure for six to eight weeks before plastering; our crews train local builders on the first units of a project.",
    "film_baler": "The baler runs on an 18 hp engine, ties with four wires, and a two-person crew clears about 20 acres of film a day.",
    "gen_green_energy_cloud": "Open APIs integrate with hundreds of devices, and customers see results within the first month.",
    "trap_survey": "Reports include a trap database with tag numbers, photos and locations, and repair recommendations ranked by payback.",
    "fixed_route_bus": "Service plans include stop amenities, ADA paratransit and automatic passenger counting; vehicles carry the agency's brand.",
    "hydrocooler": "Stainless construction, chlorine and ORP control of the recirculated water, and capacities from 10 to 60 bins an hour.",
    "gen_esg_food": "Start in weeks with templates for every reporting need and expert support from our sustainability team.",
    "r448a_retrofit": "The system stays on an HFC/HFO blend with a GWP near 1,400, and CARB refrigerant management reporting continues.",
    "nh3_central": "Engine rooms are designed to IIAR 2 with ventilation, ammonia detection and emergency shutdown, and we prepare the CalARP documents.",
    "boiler_replace": "Fuel-to-steam efficiency reaches 84-86 % on natural gas; a rental boiler covers the changeover where needed.",
    "sip_eps": "Panels come with a graphite-enhanced EPS option, pre-installed splines and a 20-year structural warranty.",
    "autonomous_e_tractor": "The software is still being validated against worker-safety rules, and every operation is supervised by our field engineers.",
    "l2_chargers": "The network software supports time-of-use pricing, idle fees and LCFS credit reporting for public sites.",
    "gen_iot_kit": "Plug-and-play installation, no IT skills required, and a free mobile app for every user.",
    "agrivoltaic": "Panels stow flat in hail and high wind, and yield plots support USDA and state agrivoltaic grant reporting.",
    "ebike_lending": "Batteries are UL 2849 certified; participants log trips in a simple app and get a free tune-up every three months.",
    "mobile_gen_charger": "The truck carries CCS1 and NACS cables, a 50 kWh buffer pack and an 80 kW generator with a 14-hour tank.",
    "solar_stock_pump": "Systems are sized from herd water demand and well tests, and installation includes fencing off the spring or creek.",
    "radiant_panels": "Panels can be painted to match historic finishes, and surface temperatures stay below 85 °C for safety.",
    "ag_dlc_switch": "Utilities own and install the receivers; participants receive a fixed bill credit for each season enrolled.",
    "gen_climate_smart_ag": "Our experts bring decades of experience across the food and farming value chain.",
    "gen_farm_twin": "Intuitive visualisations make complex data simple for every stakeholder.",
    "air_curtain": "Machines meet EPA opacity limits, and the diesel-driven fans run 10-12 hours on one tank.",
    "biochar_kiln": "Kits ship flat-packed, and training covers burn-permit conditions and quench water needs.",
    "dairy_digester": "Developers finance, build and operate the digester under a 10-year gas lease with the dairy.",
    "smart_meter_ami": "Meters are ANSI C12 certified, and integration of the head-end with billing systems is included.",
    "vs_scroll": "Units ship pre-charged and connect to the existing evaporator plate of the bulk tank.",
    "riprap": "Rock is sourced from local quarries and graded to Caltrans standard specifications.",
    "well_precooler": "A flow regulator holds water to milk at about a 2:1 ratio.",
    "willow_stake": "Crews also seed native sedges and rushes on floodplain benches.",
    "ducted_hp": "Load calculations, duct leakage testing and permits are included in every bid.",
    "pond_plug": "Designs follow the meadow restoration guidelines of state wildlife agencies.",
    # Chinese non-answer pages
    "gen_county_dual_carbon": "平台支持与省级平台数据对接，提供驾驶舱大屏和移动端应用。",
    "svg_comp": "采用IGBT三电平拓扑，响应时间小于10毫秒，整机防护等级IP54，可多台并联扩容。",
    "soil_lab_dryburn": "实验室定期参加国际能力验证，测定重复性误差不超过0.05%，年检测能力数万个样品。",
    "gen_zero_carbon_village": "依托专家团队和生态伙伴，提供从顶层设计到落地运营的全生命周期服务。",
    "corded_tiller": "旋耕幅宽40-60厘米，耕深10-20厘米，整机约35公斤，女性和老人也能轻松操作。",
    "bamboo_flooring": "产品获得FSC认证并可提供碳足迹报告，采用锁扣或龙骨铺装，施工周期短。",
    "raw_bamboo": "竹构件需每3-5年检查一次防腐状况，单榀跨度一般不超过8米。",
    "rock_paint": "涂料通过环保检测，不含重金属，可按季节调色，配有高空绳索作业团队。",
    "n2_storage": "制氮机产气量每小时50-300立方米，配在线氮气浓度监测，一次充氮可维持30-60天。",
    "pellet_stove": "炉体采用加厚钢板和铸铁炉膛，烟气经烟囱排出，每个采暖季约耗颗粒燃料1.5-2吨。",
    "r134a_grain_chiller": "整机配远程监控模块，可实时查看粮温和运行状态，一台机组可轮换服务3-5栋仓房。",
    "soil_sensor_net": "设备采用太阳能供电，防水等级IP68，数据可对接省级农业农村大数据平台。",
    "tea_pest_lamp": "光源为频振式LED，功率15瓦，诱虫波段可调，减少对天敌昆虫的误杀。",
    "veg_bags": "生态袋抗拉强度不低于22kN/m，使用寿命20年以上，可与锚杆、格构梁组合使用。",
    "gen_village_platform": "平台支持私有化部署和定制开发，提供一站式数字化转型服务。",
    "village_bess": "储能柜外形约2.2×1.3×2.3米，可与台区变压器并排安装，七天内完成交付并网。",
    "org_carbon_consult": "团队由注册核查员和行业专家组成，已服务企业300余家，涵盖食品、纺织和建材行业。",
    "sat_hotspot": "数据每日更新4-8次，火点定位精度约375米，可通过短信和小程序推送给相关部门。",
    "ferm_co2_mega": "单套装置占地约1.5万平方米，建设周期18-24个月，配套液态二氧化碳槽车装卸站。",
    "lpg_dryer": "燃烧机选用进口品牌，热风炉可按需选配10-50万大卡，安装调试约需一周。",
    "iec_unit": "机组模块化拼装，室外安装不占机房面积，适合新建数据中心和大型机房改造。",
    "clinic_led": "改造后可申请节能补贴，提供五年质保和免费上门维护。",
    "e_minibus": "整车配智能调度终端、车载视频监控和老年人扶手，冬季续航衰减不超过15%。",
    "biomass_dh_epc": "项目一般需配套燃料收储站5-10个，服务半径约50公里，建设周期约两年。",
    "co2_burner_greenhouse": "发生器热负荷8-15千瓦，燃烧放出的热量可同时为棚内增温，配合定时器自动运行。",
    "constructed_wetland": "填料选用砾石、沸石和火山岩，脱氮除磷效果好，冬季可覆膜保温。",
    "biogas_cstr": "配套双膜沼气储柜和应急火炬，满足安全规范。",
}

for key, (company, name, desc) in REWRITE_ZH.items():
    TECHS[key]["company"] = company
    TECHS[key]["name"] = name
    TECHS[key]["description"] = desc

for key, sentence in EXTRA.items():
    t = TECHS[key]
    sep = "" if "\u4e00" <= sentence[0] <= "\u9fff" else " "
    t["description"] = t["description"] + sep + sentence
