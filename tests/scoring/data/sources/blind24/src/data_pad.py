"""Length control: one or two extra spec sentences for non-answer pages.

The first-draft answer pages were much longer than the rest (the writer had spent more care on
them). Their longest sentences were shortened in place, and the pages below get the kind of detail
a real product page carries (ratings, standards, references, delivery, warranty). Nothing here
changes what a page offers, so no grade depends on these sentences.
"""
from common import TECHS, lang

PAD_EN = {
    "rear_door_hx": "Doors hinge onto standard 42U-48U racks from the main OEMs, with condensation sensing, leak-detect "
    "tape and quick-connect hoses to a coolant distribution unit. Typical install: 2 hours a rack.",
    "ats_loadbank_service": "Crews carry resistive and reactive load banks up to 3 MW, infrared scanning of switchgear and "
    "fuel polishing on request; reports are uploaded to a customer portal within five days.",
    "pv_refurb_resale": "Modules are tested to IEC 61215 on a pulsed flash tester, EL-imaged for microcracks and relabelled "
    "with measured power; rejected panels go to a partner recycler at the seller's cost.",
    "inunit_hpwh_50gal": "Three operating modes (heat pump only, hybrid, electric), Wi-Fi and CTA-2045 port for utility "
    "load-shifting programmes, 10-year tank warranty and ENERGY STAR certification.",
    "modular_green_roof": "Trays are grown for 12 months before delivery and arrive with 90% plant cover; each tray is "
    "2 x 2 ft, recycled polypropylene, with a 5-year plant warranty on an irrigated roof.",
    "diesel_genset_dr": "We handle CAISO and utility programme registration, telemetry, event notices and settlement "
    "disputes, and share capacity payments with the site owner under a five-year agreement.",
    "dockless_ebike_share": "Bikes have 60-mile range, hydraulic brakes and integrated lights; rebalancing and battery swaps "
    "are done with cargo e-bikes, and ride data is shared under the MDS standard with the city.",
    "dock_ultrasonic_unit": "Stainless housing, 120 V supply, LED status light and a two-year warranty. Installed by one "
    "person in under an hour; no permit is usually needed for private ponds.",
    "copper_algaecide_program": "Applications are made by boat or drone with GPS logging, and a state-licensed pest control "
    "adviser signs every treatment plan. Season contracts include weekly bloom surveillance.",
    "enclosed_ground_flare": "Combustion temperature held at 1,000 °C with 0.6 s residence time; designed to EN 1012 and "
    "US EPA 40 CFR 60.18, with flame arrestor, condensate knockout and remote SCADA interface.",
    "pumped_storage_development": "Round-trip efficiency 78-82% with variable-speed pump-turbines; our team has taken "
    "four projects through FERC licensing and holds two preliminary permits in the western US.",
    "electric_transit_bus": "Seats 38 with two ADA positions, heat-pump HVAC with R-744 refrigerant, SAE J3105 pantograph "
    "option and a 12-year structural warranty; Altoona tested.",
    "steam_to_hw_conversion": "Our engineers have converted networks in three European and two North American cities and "
    "model losses, building conversions and phasing in a single hydraulic model.",
    "pipe_insertion_replacement": "Crews work from keyhole pits 60-100 m apart, fuse PE4710 pipe on site and restore "
    "customers the same day; average progress is 150-250 m of main a day per crew.",
    "realtime_bus_stop_displays": "Readable in direct sunlight, operating from -20 to 60 °C, with a 13.3 or 32 inch screen; "
    "content is managed from a web console and supports multiple agencies at shared stops.",
    "canal_top_solar": "Spans of 20-40 ft without piers in the channel, maintenance access from the canal road, and "
    "designs reviewed with the irrigation district for flow and debris clearance.",
    "cloud_fdd_analytics": "Typical findings are simultaneous heating and cooling, stuck dampers and schedules that were "
    "never reset; most clients see 10-20% HVAC savings within a year. Onboarding takes 6-8 weeks.",
    "satellite_methane_monitoring": "Detection limits depend on wind and surface albedo; each alert includes the image, an "
    "emission-rate estimate with uncertainty and a shapefile for field follow-up.",
    "tracker_groundmount_pv": "Module-level rapid shutdown is not needed on open ground; we provide PVsyst yield reports, "
    "CEQA support and 25-year performance guarantees backed by our O&M team.",
    "electrochem_co2_formate": "Stack current density 200 mA/cm², faradaic efficiency above 80% in lab tests; the partner "
    "site provides power and CO2 and shares the product.",
    "laser_pv_delamination_pilot": "The process uses no solvents or furnaces; recovered glass meets float-glass cullet "
    "specifications. Pilot partners receive recovery data for every batch.",
    "dac_module": "Modules stack in 40 ft container footprints and can run on waste heat; measured capture is reported "
    "under a third-party MRV protocol for carbon removal credits.",
    "li_battery_recycling": "Packs are collected under DOT hazardous materials rules with certified drivers; recovered "
    "black mass is refined in our own plant in Nevada and downstream traceability is documented.",
    "removable_insulation_jackets": "Each jacket is measured on site, numbered and tagged; a steam loss and payback report "
    "is provided for every fitting covered, with a 5-year material warranty.",
    "r134a_central_hpwh": "Modules of 30 kW run in parallel from a shared controller, with a 120-240 gallon storage "
    "option and BACnet interface. Installed base in schools and hotels across the Southwest.",
    "staged_lownox_burner_80": "Parallel-positioning controls, UV flame scanner and full FM/UL approvals; most retrofits "
    "are done in a two-day shutdown with the existing fan and gas train.",
    "condensing_gas_dhw_boiler": "Modulating burners from 399 to 3,000 MBH, cascade controller for up to 16 boilers and a "
    "10-year heat exchanger warranty; ASME and AHRI certified.",
    "co2_geological_storage": "Feasibility studies begin with existing well logs and seismic data; "
    "a site characterisation phase of 12-18 months precedes any drilling.",
    "wildfire_smoke_cameras": "Each station covers up to 20 miles, with near-infrared night vision; alerts are confirmed by "
    "a human analyst within 60 seconds before they reach dispatch.",
    "biomethane_plant_pipeline_epc": "Includes permitting support, gas-quality and metering station to the operator's "
    "specification and a two-year operation and maintenance contract.",
    "li_ion_ups_replacement": "Cabinets are UL 9540A tested and listed to UL 1973; a single cabinet supports up to 250 kW "
    "for 5 minutes. Swap-out is done string by string with the UPS on maintenance bypass.",
    "bess_genset_replacement": "UL 9540 listed systems with seamless transfer in under 10 ms, microgrid controller and "
    "optional PV; delivered with a 10-year performance warranty.",
    "prefab_dc_module_iec": "Each module is factory tested at full load before shipping; Tier III design certification is "
    "available and modules stack two high.",
    "undergrounding_service": "We have converted more than 300 miles of overhead line in California and coordinate "
    "joint trench with telecoms and the local jurisdiction.",
    "solar_destratification_mixer": "Units are anchored with three lines, run day and night from an onboard battery, and "
    "come with a three-year service plan covering inspection and cleaning.",
    "cool_roof_coating": "Application by certified contractors at 1.5-2 gallons per 100 sq ft, 10- or 15-year warranty "
    "depending on thickness; Title 24 compliant.",
    "electrode_boiler_replacement": "Efficiency above 99.5%, minimum load of 1%, and compact footprint about a "
    "third of a gas boiler of the same output.",
    "r513a_centrifugal": "Variable-speed drive, single-stage or two-stage models and an AHRI-certified performance "
    "table for each unit.",
    "cab_battery_hvac_apu": "Installation takes about six hours per truck; the unit is CARB-verified for idle "
    "reduction and carries a three-year warranty.",
    "ahu_ep_transducer_panel": "Panels are prewired and tested in our shop, mount next to the existing pneumatic panel "
    "and expose BACnet points for the plant equipment.",
    "g_sustainability_cloud": "Trusted by hundreds of organisations worldwide.",
    "g_customer_marketplace": "Launch in weeks with our proven playbook and branded templates.",
    "co2_concrete_mineralization": "Strength gains are documented in EPDs for participating plants; tank and dosing "
    "skid are installed in two days at the batch plant.",
    "renewable_diesel_supply": "Fuel meets ASTM D975 and California LCFS pathways; delivery by tank wagon or wet-hosing "
    "overnight at fleet yards, with monthly carbon-intensity reports.",
    "mobile_pv_shredder": "The trailer processes up to 1,000 modules a day and produces sealed bulk bags of cullet and "
    "metal for shipment.",
    "g_smart_city_iot": "Start small and scale fast.",
    "venturi_orifice_traps": "Each drain is sized from pressure and load data, stamped with its bore and logged in a "
    "survey database.",
    "electric_class8_chassis": "Chassis are built to order; lead time is 9-12 months with HVIP vouchers available.",
    "g_netzero_consulting": "Our team has supported more than 80 public agencies.",
    "electric_barge_swap_container": "Containers have their own BMS, fire suppression and "
    "IEC 62619 cells.",
    "shade_balls_reservoir": "Balls are filled with water ballast so they stay in place in wind; service life 10 years.",
    "full_ddc_conversion": "Projects include asbestos surveys where needed and are typically done floor by floor over "
    "3-9 months.",
    "o2_trim_combustion_control": "Typical payback is 6-18 months.",
    "wireless_fault_indicators": "Sensors harvest power from line current above 5 A.",
    "mcs_megawatt_charger": "CharIN tested.",
    "direct_airside_economizer": "Meets ASHRAE 90.4.",
}

PAD_ZH = {
    "green_certificate_broker": "可对接北京、广州电力交易中心和绿证核发交易平台，按月提供采购台账和证书明细，服务费按交易量阶梯计价。",
    "energy_online_monitoring_terminal": "端设备符合GB 17167计量要求，支持Modbus、DL/T 645协议和光纤、4G双通道上传，现场调试约两天。",
    "tower_fan_pm_direct_drive": "电机防护等级IP56，适应冷却塔高湿环境，可利用原有风机基础，单台改造停机约2天，质保五年。",
    "g_dual_carbon_consulting": "团队由高校专家和行业资深顾问组成，已服务上百个地方政府和园区。",
    "biogas_chp_genset": "机组配套沼气预处理脱硫、脱水和稳压系统，燃气消耗约0.5立方米每千瓦时，可实现远程监控和无人值守运行。",
    "ac_coupled_storage_cabinet": "电芯循环寿命6000次以上，柜内配备全氟己酮自动灭火和可燃气体探测，交付周期约八周。",
    "ship_waste_reception_unit": "设备防腐等级C5-M，可整体吊装，单点日接收能力生活污水20立方米、垃圾1吨，提供运维托管服务。",
    "waterside_free_cooling": "改造可利用原有冷却塔和水泵，过渡季切换由群控系统自动完成，北方地区年自然冷却时间可达4000小时以上。",
    "water_scrubber_small": "水洗塔和闪蒸塔均为不锈钢材质，循环水可再生使用，设备占地约100平方米，可撬装运输。",
    "annual_factor_carbon_saas": "内置全国和各省历年排放因子库，支持多用户分级权限、数据填报审核流程和报告一键导出。",
    "g_zero_carbon_park": "已打造多个国家级示范园区。",
    "ups_lithium_retrofit": "电池柜通过UL 9540A热失控测试，单柜最大放电功率250kW，支持与UPS干接点和通信对接。",
    "handheld_laser_methane": "整机重量约1公斤，防爆等级Ex ib IIB T4，电池续航8小时，可存储检测数据并导出。",
    "thermal_break_window_replacement": "型材壁厚1.8毫米，玻璃为5+12A+5+12A+5中空钢化，气密性达到国标8级，质保十年。",
    "boiler_cems": "系统采用伴热管线和冷凝除水，颗粒物采用激光后散射法，每月提供校准和比对报告。",
    "smart_dosing_cooling_water": "药剂为低磷配方，加药泵采用进口计量泵，系统可远程查看浓缩倍率和药剂余量并自动提醒补货。",
    "caes_salt_cavern": "项目包括盐穴勘察评价、压缩机组、膨胀机组和储热系统，建设周期约30个月。",
    "rooftop_pv_epc": "组件采用N型TOPCon双面组件，逆变器具备组串级监控，提供25年线性功率质保和5年运维。",
    "urea_scr_boiler": "催化剂使用寿命约3年，反应器可布置在节能器后部，尿素消耗量按NOx浓度自动调节。",
    "biomass_boiler_bag_scr": "滤袋采用PTFE覆膜材料，耐温260℃，配备脉冲喷吹清灰和防火花捕集装置。",
    "mof_sorbent_capture_pilot": "中试装置占地约60平方米，可在电厂现场运行6-12个月并出具测试报告。",
    "libr_absorption_chiller": "机组运行噪声低、振动小，可利用电厂余热、蒸汽或直燃，配置自动抽气和防结晶控制。",
    "g_integrated_smart_energy": "打造一流的综合能源服务品牌。",
    "light_truck_swap_station": "站内配置储能和光伏，可实现削峰填谷，换电兼容多个品牌车型。",
    "condensing_economizer": "换热器采用316L不锈钢，配在线清洗装置，设计寿命15年以上，可与原有烟囱衔接。",
    "hydrogen_truck_station": "车辆可在零下30℃冷启动，提供全生命周期维保，加氢站可扩展为70MPa。",
    "g_city_energy_brain": "已在多个城市落地应用。",
    "lv_district_iot_terminal": "设备支持国网、南网技术规范，内置安全加密芯片，可在线扩展应用程序。",
    "climate_compensation_controller": "控制柜支持多种换热机组品牌，可接入热网监控平台，远程升级控制策略。",
    "pcm_heat_storage_85c": "储热模块可叠放，相变材料循环寿命超过5000次，设计寿命20年，可远程监控。",
    "air_cooled_condenser_retrofit": "可配套尖峰喷淋系统。",
    "lfp_plus_electric_boiler": "系统响应时间秒级，可参与需求响应。",
    "hydrothermal_doublet": "提供热储评价、钻井和运营服务。",
}

for key, text in PAD_EN.items():
    assert lang(TECHS[key]["description"]) == "en", key
    TECHS[key]["description"] += " " + text
for key, text in PAD_ZH.items():
    assert lang(TECHS[key]["description"]) == "zh", key
    TECHS[key]["description"] += text
