"""Length control and realism: one extra spec sentence for the shortest non-answer pages,
so that grade-3 pages are not systematically longer than the rest (checked by validate.py)."""
from common import TECHS, lang_of

APPEND = {
    # Chinese pages
    'reusable_wrap_zh': '围挡罩采用阻燃涤纶面料，可按托盘尺寸定制，破损部件可单独更换，提供周转次数统计报表。',
    'solar_thermal_zh': '集热器吸热涂层吸收率不低于95%，系统配备防过热和防冻保护，质保八年。',
    'coldchain_trace_zh': '记录仪续航可达180天，支持4G和蓝牙传输，数据保存三年以上，可对接海关和市场监管系统。',
    'rooftop_pv_emc_zh': '合同期内由我方负责组件清洗、故障处理和发电量监测，业主可随时在线查看收益。',
    'gen_zh_zero_park': '拥有丰富的园区服务经验，可根据园区特点量身定制低碳发展路径。',
    'rapid_roll_zh': '帘片采用双层夹保温棉结构，配备防撞自修复导轨和雷达感应开关，电机寿命超过100万次。',
    'vawt_zh': '叶片采用碳纤维复合材料，抗风等级可达十五级，配套离网或并网逆变器及储能接口。',
    'gen_zh_dual_carbon': '平台采用微服务架构，可灵活扩展，已服务多个地方政府和大型企业集团。',
    'algae_co2_trap': '配套尾气预处理和藻液采收干燥单元，计划两年内完成万吨级示范线建设。',
    'new_sts_zh': '可按码头前沿轨距和后伸距定制，提供安装调试、司机培训和五年备件保障服务。',
    'offset_broker_zh': '项目类型涵盖林业碳汇、可再生能源和甲烷回收，可按行业和地域偏好组合采购。',
    'enclosed_shed_zh': '屋面采用彩钢板与采光板组合，抗风抗雪按当地规范设计，施工期间可分段保持堆场作业。',
    'daf_reuse_zh': '设备采用碳钢防腐或不锈钢材质，占地约20平方米，可撬装移动。',
    'greenlabel_zh': '团队具有二十余个物流仓储项目申报经验，可同步协助申请绿色建筑补贴。',
    'libr_absorption_zh': '机组采用高效传热管和自动抽气装置，真空保持性能好，设计寿命25年以上。',
    'bag_rfid_zh': '读写设备防护等级IP54，支持与离港系统和行李分拣控制系统数据交换。',
    'cable_reel_ertg_zh': '提供供电方案设计、设备改造、调试和运维培训，单台改造约需15至20天。',
    'h2_truck_zh': '整车通过工信部公告，燃料电池系统质保五年或20万公里。',
    'wte_plant_zh': '炉型采用机械炉排炉，年运行时间8000小时以上，飞灰经稳定化后安全填埋。',
    'nh3_co2_zh': '机组采用螺杆压缩机，配备氨泄漏检测与应急喷淋，可提供安全评价配合服务。',
    # English pages
    'algae_buoy': 'Buoys are anchored with a single mooring line and need no mains power; firmware '
                  'updates and alerts are delivered over cellular.',
    'solar_carport': 'Structures are engineered for seismic zone D and designed to keep truck turning '
                     'radii clear; typical build time is 8-12 weeks per site.',
    'coldstore_led': 'Fixtures mount on existing hooks or chains and ship with anti-condensation '
                     'drivers.',
    'air_curtain': 'Stainless housings and washdown-rated motors are available for food '
                   'facilities.',
    'natgas_mobile_charge': 'Units connect to the chargers through a packaged switchboard and '
                            'can be fuelled from a pipeline tap or compressed gas trailers.',
    'natgas_standby': 'Sizes from 500 to 1,000 kW; EPA-certified engines and a five-year '
                      'warranty.',
    'battery_buffered_dcfc': 'Units include a cooled cable, CCS1 and NACS connectors and OCPP '
                             'back-office integration.',
    'flywheel_ups': 'Vacuum-sealed rotor on magnetic bearings; efficiency above 98%.',
    'defrost_ctrl': 'Wireless sensors avoid rewiring; monthly savings reports are included.',
    'ec_crac': 'Supplied with intelligent controllers for teamwork between units and BMS '
               'integration over BACnet or Modbus.',
    'r454b_chiller': 'Microchannel condenser coils with e-coat for coastal sites are optional.',
    'fenceline_sensors': 'Data can be downloaded for regulators and community groups and includes '
                         'QA flags.',
}

for _k, _s in APPEND.items():
    _d = TECHS[_k]['description']
    TECHS[_k]['description'] = _d + ('' if lang_of(_d) == 'zh' else ' ') + _s
