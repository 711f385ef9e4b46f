"""Further siblings and alternatives added after the first draft (attached to earlier needs)."""
from common import T, NEEDS

_by = {n['key']: n for n in NEEDS}


def sib(need, key, grade, why):
    _by[need]['sibs'][key] = (grade, why)


def alt(need, key, why):
    _by[need]['alts'][key] = why


T('abr_zh', '乡清环保', '无动力厌氧折流板反应器（ABR）村级污水处理池',
  ['clean-water'],
  '钢筋混凝土或玻璃钢多格室折流板厌氧反应器，污水依靠重力上下折流通过各格室，厌氧污泥截留效果好，'
  '对COD去除率可达60%至70%。系统完全无动力运行、无需值守，每年清掏一次污泥即可，建设成本低。'
  '缺点是几乎不具备脱氮除磷能力，出水总氮、氨氮难以达到一级A，通常需要后接生态处理单元。',
  9, [15000, 60000], ['CN'], 5)
sib('n01', 'abr_zh', 1, 'no power and no operator, but no nitrogen removal')

T('straw_dry_ad', 'Terragas Systems', 'Dry batch anaerobic digestion of crop residues',
  ['waste-treatment', 'renewable-energy'],
  'Garage-type concrete tunnels filled by wheel loader with chopped straw mixed with manure, sprayed with '
  'percolate and sealed for 21 to 28 days while the biogas is drawn off to a boiler or engine. Stackable solids '
  'and no pumping of slurry. It needs a fixed site with a percolate tank and gas storage, and the energy goes '
  'to heat or power at that site rather than to households.',
  9, [600000, 2000000], ['*'], 1800)
sib('n03', 'straw_dry_ad', 1, 'energy from straw, but fixed plant, no fuel for households')

T('air_heater_zh', '寒地空气能', '低温空气源热泵热风机（户用）',
  ['energy-retrofits'],
  '壁挂或落地式空气-空气热泵热风机，单台制热量2.5至7 kW，采用喷气增焓压缩机，零下25 °C可正常制热，'
  '开机即出热风、升温快，按房间安装，无需水系统和管路。原有土暖气散热器将不再使用，'
  '多房间采暖需多台室内机，室内温度分布不如散热器均匀。',
  9, [600, 2000], ['CN'], 2)
sib('n04', 'air_heater_zh', 1, 'low-ambient heat pump, but air-to-air: abandons the radiators')

T('sat_hotspot', 'Firesight Earth', 'Satellite active-fire hotspot alert service',
  ['clean-air'],
  'Alerts from polar-orbiting and geostationary satellite sensors that flag thermal anomalies and send '
  'e-mail or SMS notifications with coordinates. Wide coverage at low cost. Pixel sizes of 375 m to 2 km '
  'and revisit gaps mean small field fires are often missed or located only to the nearest few hundred metres, '
  'and detections come hours after ignition on some passes.',
  9, [5000, 30000], ['*'], None)
sib('n08', 'sat_hotspot', 1, 'detects fires, but coarse and late')

T('fw_dryer_zh', '厨易科技', '厨余垃圾就地生化减量处理机',
  ['waste-treatment'],
  '单机日处理0.5至5吨，经破碎、脱水后在加热搅拌仓内以高温微生物菌剂降解，24小时减量80%至90%，'
  '残余物可作土壤调理剂。设备为箱式一体机，可放置在食堂、农贸市场后场，电耗约每吨150至250 kWh，'
  '产物腐熟度不足，直接还田前一般需要二次堆沤。',
  9, [20000, 150000], ['CN'], 200)
sib('n09', 'fw_dryer_zh', 1, 'on-site reduction, but energy-hungry and immature product for orchards')

T('rear_door', 'Thermaguard Racks', 'Passive rear-door heat exchangers on chilled water',
  ['green-data-centers', 'energy-retrofits'],
  'Passive coil doors hung on the back of each rack, absorbing up to 20 kW of server exhaust heat into a chilled '
  'water loop with no fans of their own. They remove hot spots and let room units be turned down. A chiller '
  'plant with cooling towers is still needed, which in hot humid climates keeps annualised PUE around 1.4 '
  'and consumes make-up water.',
  9, [60000, 400000], ['*'], 150)
sib('n12', 'rear_door', 1, 'rack cooling with standard servers, but needs a water-cooled chiller plant')

T('r290_chiller', 'Propacool Industrial', 'Packaged R290 glycol chillers for process cooling',
  ['hfc-alternatives', 'energy-efficiency'],
  'Outdoor air-cooled chillers with multiple sealed propane circuits of under 5 kg each, 100 to 600 kW per unit, '
  'feeding a glycol loop to air coolers indoors, so no refrigerant enters occupied rooms. Modules are combined '
  'for larger loads; frozen-storage temperatures below -10 C lose efficiency. Commissioned and serviced by '
  'our own technicians.',
  9, [200000, 1200000], ['*'], 500)
alt('n23', 'r290_chiller', 'natural refrigerant kept outdoors, but modular and weaker below -10 C')

T('compact_etractor', 'Voltacre Equipment', '25 hp battery-electric compact tractor',
  ['electric-vehicles'],
  'Sub-compact electric tractor with a 25 kWh pack, a Category 1 three-point hitch and an electric PTO, '
  'charged overnight from a 240 V outlet. Quiet and emission-free for small farms, nurseries and parks. '
  'At 25 hp it handles mowing and light implements but is too small for sprayers and tillage tools sized '
  'for 40 to 80 hp tractors.',
  9, [30000, 45000], ['US'], 8)
alt('n24', 'compact_etractor', 'zero-emission with hitch and PTO, but undersized')

T('tse_hvac', 'Plugway Stations', 'Truck stop electrification with overhead cab HVAC',
  ['green-transportation'],
  'Overhead gantries over truck parking bays that deliver heated or cooled air, power and connectivity to the '
  'tractor cab through a window adapter, so long-haul drivers can rest without idling the main engine. '
  'Drivers pay by the hour through an app. It serves the cab only; reefer units on the trailer are not '
  'powered by the system.',
  9, [200000, 700000], ['US'], 300)
sib('n25', 'tse_hvac', 1, 'anti-idling for trucks, but cab HVAC, not reefer units')

T('masticator', 'Timberline Attachments', 'Forestry mulcher for in-place mastication of thinning slash',
  ['nature-based', 'clean-air'],
  'Drum mulcher heads for excavators and tracked carriers that shred brush and small trees where they stand '
  'and leave a mulch layer on the forest floor. No burning and no hauling, which cuts smoke and fire risk '
  'quickly. The mulch decomposes over ten to twenty years, so it does not create stable carbon removal or '
  'credits.',
  9, [90000, 300000], ['US', '*'], 200)
sib('n28', 'masticator', 1, 'no burning, but the carbon is not locked away')

T('sand_filter', 'Percola Onsite', 'Recirculating sand filter for cluster septic systems',
  ['clean-water'],
  'Lined beds of graded sand fed by timed dosing from a recirculation tank, nitrifying septic effluent with '
  'partial denitrification when recirculated back to the tank. Robust and easy to understand, with nitrogen '
  'removal of 40 to 50%. Beds need far more area than packed media and the surface must be raked and '
  'occasionally replaced.',
  9, [60000, 700000], ['US'], 25)
alt('n16', 'sand_filter', 'same approach, lesser nitrogen removal and larger area')

T('aerator_vfd', 'Lagoonpower Controls', 'VFD and timer controls for lagoon surface aerators',
  ['energy-efficiency', 'clean-water'],
  'Drives and a DO-based timer controller for existing floating surface aerators, letting operators slow or '
  'cycle aerators at night and in winter. Savings of 15 to 25% with little capital. Surface aerators remain '
  'less efficient than diffused air, and positive-displacement blower systems are not covered.',
  9, [20000, 120000], ['*'], 120)
sib('n30', 'aerator_vfd', 1, 'aeration control, but for surface aerators, not the blowers the plant runs')

# reuse across needs
sib('n18', 'mobile_pyro_zh', 1, 'pyrolysis to biochar, organic matter partly returned, not whole-orchard incorporation')

# ---- length balance: the first-draft siblings, alternatives and distractors were shorter than the answers;
# these sentences add the kind of delivery and service detail a catalogue entry carries.
from common import TECHS

MORE = {
    'ground_pv_fallow': ' Interconnection studies, environmental review and county conditional-use permits are handled by our development team, with a typical schedule of 30 to 40 months to commercial operation.',
    'solar_circ': ' Each unit ships fully assembled, is moored with two anchors and needs an inspection visit about twice a year; a five-year warranty covers motors and panels.',
    'tribal_utility_mega': ' Our team has delivered more than 2 GW of solar and storage across the western United States and offers fixed-price contracts with liquidated damages for schedule.',
    'robot_mower': ' Fleet software shows progress by block, sends alerts on obstacles and logs hours for cost tracking; dealers provide seasonal servicing and blade replacement.',
    'fine_bubble': ' We supply layout drawings, anchoring weights and a diver-free installation method for drained cells; membranes are warranted for seven years in municipal service.',
    'dac_pilot': ' Each module fits in a standard shipping container, and our engineers run and monitor the unit remotely, sharing performance data with the host throughout the pilot.',
    'poe_ro': ' Units include a remineralisation cartridge and a leak sensor, and we keep a household service log that the water system can show to the regulator.',
    'agrivoltaic': ' We run a crop-yield monitoring programme with university partners and share results with growers each season; structures are designed for 30 years of service.',
    'conv_ix': ' Vessels come skid-mounted with automatic valves, a conductivity-based regeneration trigger and a control panel with remote alarms.',
    'steel_modular': ' Our factory in the Central Valley completes about 400 modules a year, with state modular approval and third-party inspection in the plant.',
    'dairy_chp': ' We provide a long-term service agreement with remote monitoring, oil analysis and guaranteed availability of 92%, plus interconnection support with the utility.',
    'forest_offsets': ' Credits are issued under established protocols with buffer pool contributions, and our team prepares public-facing claims language for council reports.',
    'trailer_solar': ' Panels weigh under 10 kg each, carry a five-year warranty and are installed in about two hours per trailer by our mobile crews.',
    'aerator_vfd': ' Panels are pre-wired in NEMA 4X enclosures, and our technicians commission the controller and train operators on site in one visit.',
    'h2_fuelcell': ' Systems are delivered in weatherproof enclosures with remote monitoring and a fuel management service.',
    'diesel_backup_us': ' Units come with sound-attenuated enclosures, load bank testing and a 24/7 service contract.',
    'cryo_tru': ' Our fleet team trains drivers and yard staff, and the controller logs temperatures for food-safety audits.',
    'chip_haul': ' We carry all permits and insurance, and provide weight tickets for each load delivered to the plant.',
    'air_curtain': ' Delivered with operator training, a maintenance manual and spare refractory panels for the first season.',
    'sip_eps': ' Panels carry an evaluation report for code compliance, and our crews can erect a two-storey envelope in under a week.',
    'city_inventory': ' Training, templates for council reports and a yearly update service are included in the subscription.',
    'compost_toilet': ' Each system includes a ventilation fan, a finished-compost tray and a county-approved maintenance plan.',
    'holding_tank': ' Telemetry alerts the hauler at 75% full, and tanks carry a 20-year warranty against leaks.',
    'renew_diesel': ' Fuel meets ASTM D975 and is delivered on a schedule with monthly carbon intensity statements for each site.',
    'mbr_pkg_us': ' Plants are delivered with a control panel, remote alarms and a year of start-up support from our process engineers.',
    'r448_rack': ' Conversions are done in stages over weekends to keep rooms cold, and we file the leak reports required by the state.',
    'pump_bess': ' Systems are UL 9540 listed and come with a ten-year performance warranty and remote dispatch.',
    'floating_pv': ' Our crews install from the shore without draining the basin and provide a 25-year module warranty.',
    'tse_hvac': ' Gantries are installed over existing parking with minimal trenching, and the network carries its own billing back office.',
    'bsf_larvae': ' We license the rearing method, supply the starter colony and train local staff for the first three months.',
    'sat_methane': ' Quarterly reports summarise detections, trends and the confidence of each attribution for regulators.',
    'sbr_cont': ' Delivered with a remote operations contract and spare blowers.',
    'clt_import': ' Our engineers prepare connection design and fire strategy for each project.',
    'inrow_dx': ' Delivered with containment doors, blanking panels and a commissioning report.',
    'sched_opt': ' Licence includes onboarding, two planning cycles of support and data cleaning.',
    'ie4_motor': ' Motors ship from regional stock with a three-year warranty.',
    'small_wind': ' Delivered with foundation design, commissioning and a remote monitoring portal.',
    'drone_patrol': ' Flight logs and video are archived automatically for each mission.',
    'pellet_stove': ' Installers are certified by us, and a two-year service plan is included.',
    'solar_canopy_ev': ' Canopies are engineered for local wind and seismic loads.',
    'straw_dry_ad': ' Concrete tunnels are designed for 25 years of use.',
    'rear_door': ' Doors fit most standard 42U and 48U racks.',
    'masticator': ' Heads are matched to the carrier hydraulics by our dealers.',
    'sand_filter': ' Design packages include dosing controls and monitoring ports.',
    'compact_etractor': ' Dealers offer financing and a five-year battery warranty.',
    'sat_hotspot': ' Alert areas can be drawn on a map portal.',
    'co2_formate': ' Operating data is shared with host sites.',
    'island_mega': ' Financing partners can structure a long-term lease.',
    'biogas_epc_big': ' Performance guarantees cover gas yield and availability.',
    'straw_power': ' Performance guarantees cover output and availability.',
    'co2_rack': ' Service contracts include 24/7 remote monitoring.',
    'ebike_pile_zh': '设备具备3C认证，支持微信、支付宝扫码付费，运营后台可查看每个插座的用电记录。',
    'soil_carbon_zh': '服务团队可协助项目业主完成方法学选择、项目设计文件编制与审定核查对接。',
    'dc_pv_zh': '提供屋顶荷载复核、并网申报与25年组件功率质保，运维可通过手机APP远程查看发电数据。',
    'home_bins_zh': '项目方提供村级宣传培训、保洁员考核方案与半年一次的回访指导。',
    'co2_block_zh': '可提供养护窑改造设计、CO2储罐选型与产品检测报告。',
    'immersion_zh': '提供冷却液全生命周期回收服务与机房改造设计。',
    'diesel_pump_zh': '全国服务网点超过500家，整机质保两年或3000小时。',
    'mini_incin_zh': '提供烟气在线监测系统接入与运营人员持证培训服务。',
    'drip_zh': '提供田间管网设计、首年安装指导与农户使用培训。',
    'algae_pbr_zh': '可与高校联合开展藻种选育与产品应用研究。',
    'pv_coldroom_zh': '整库工厂预制，现场拼装2天即可投入使用。',
    'pv_leadacid_zh': '提供电池梯次更换与旧电池回收服务。',
    'rammed_earth_zh': '团队可承担方案设计、工匠培训与施工指导。',
    'ebus_mini_zh': '整车质保5年或20万公里，电池质保8年。',
    'light_steel_zh': '提供结构计算书与施工图深化服务。',
    'wetland_vert': '提供植物补种与布水系统年度巡检服务。',
    'a2o_steel': '设备出厂前完成满水试验与电控联调。',
    'lagoon_cn': '提供防渗检测与浮渣清理年度服务。',
    'aerobic_comp': '设备配套远程控制系统，可手机查看发酵温度曲线。',
    'storage_heater_zh': '整机质保三年，可对接电网谷电计量。',
    'gas_boiler_zh': '提供入户安全检查与年度维保服务。',
    'r404_cond': '提供安装、调试与一年免费维保。',
    'fw_dryer_zh': '整机质保两年，提供菌剂定期补充服务。',
    'abr_zh': '可提供模块化玻璃钢罐体，现场吊装即可。',
    'air_heater_zh': '支持手机远程控制与分时段定温。',
    'solids_sep_zh': '提供设备安装调试与操作人员培训。',
    'carbon_acct_zh': '可按需提供顾问服务与年度核查陪同。',
    'g_zerocarbon_zh': '已服务全国多个县区，广受好评。',
    'g_smartwater_zh': '支持私有化部署与信创适配。',
    'g_esg_zh': '提供专属客户成功经理一对一服务。',
    'straw_return_zh': '整机三包服务，配件24小时到达。',
}
for _k, _s in MORE.items():
    TECHS[_k]['description'] += _s

# ---- cross-need grades (design.json: 'related', not counted as siblings): technologies written for one need that also serve another ----
def rel(need, key, grade, why):
    _by[need]['related'][key] = (grade, why)


def ans(need, key, why):
    _by[need]['answers'][key] = why


ans('n06', 'gf_microgrid_zh', 'grid-forming storage microgrid with islanding and black start (written for n22, serves CN)')
alt('n01', 'textile_filter_zh', 'low-power nitrogen removal, but sized for single homes and clusters, not 30-150 t/d')
rel('n01', 'sand_filter', 1, 'nitrifying filter, but needs land the villages do not have')
rel('n01', 'mbr_pkg_us', 1, 'strong nitrogen removal, but needs a certified operator')
alt('n16', 'mabr_pkg', 'cluster-scale low-power nitrogen removal with remote telemetry, but needs a collection system')
rel('n16', 'sbr_cont', 1, 'packaged plant, needs operator tuning for nitrogen')
rel('n16', 'a2o_steel', 1, 'packaged plant that needs resident operators')
rel('n16', 'wetland_vert', 1, 'low-power polishing, moderate nitrogen removal')
rel('n02', 'dairy_chp', 1, 'the power half of the job, no digester')
rel('n02', 'lagoon_rng_en', 0, 'covered lagoon ruled out')
rel('n02', 'straw_dry_ad', 1, 'digestion, but dry batch for stackable solids, not liquid manure')
rel('n17', 'cstr_chp', 0, 'includes on-site gas engines, which the need rules out')
rel('n17', 'usr_zh', 0, 'digester with generator sets, ruled out')
alt('n09', 'aerobic_comp', 'enclosed in-vessel composting with biofilter, but built for dewatered manure')
rel('n26', 'carbon_acct_zh', 1, 'GHG accounting, but enterprise scope without agricultural methods')
rel('n18', 'straw_return_zh', 1, 'residue incorporation for annual crops, cannot handle whole trees')
rel('n18', 'masticator', 1, 'shreds woody material in place, left on the surface rather than incorporated')
rel('n05', 'r290_chiller', 1, 'propane, but packhouse-scale glycol chillers')
rel('n05', 'nh3_lowcharge_zh', 1, 'natural refrigerant, industrial scale only')
rel('n23', 'r290_mono', 1, 'propane monoblocks, walk-in scale, many units for 1.2 MW')
rel('n23', 'r290_zh', 1, 'propane monoblocks, small cold rooms only')
rel('n06', 'diesel_backup_us', 0, 'no new diesel')
rel('n22', 'pv_leadacid_zh', 1, 'solar plus storage, but needs diesel as voltage source')
rel('n07', 'pump_sched_zh', 1, 'cuts pumping cost by scheduling, not by solar')
rel('n07', 'pump_vfd_us', 1, 'pump drive savings, no solar')
rel('n20', 'solar_vfd', 1, 'solar pumping reduces purchases, no coordination or DR')
rel('n20', 'ie4_motor', 1, 'motor efficiency only; need keeps motors')
rel('n27', 'glubam_kit', 1, 'prefab bio-based structure, combustible in a fire zone')
rel('n27', 'light_steel_zh', 1, 'prefab, non-combustible frame, high embodied carbon')
rel('n27', 'rammed_earth_zh', 1, 'non-combustible low-carbon walls, not prefabricated')
rel('n11', 'hempcrete_zh', 1, 'prefab bio-based wall panels, not a structural system for two storeys')
rel('n19', 'pm_sensors_zh', 1, 'monitoring only')
rel('n08', 'aq_sensors_us', 1, 'pollution monitoring, cannot locate fires')
rel('n03', 'mobile_pyro_zh', 1, 'mobile pyrolysis, but produces biochar, not household fuel')

# n28: the air curtain burner was first written as a sibling; it is a cross-need relative (written for n18)
_g = _by['n28']['sibs'].pop('air_curtain')
rel('n28', 'air_curtain', _g[0], _g[1])
# n04: keep the three heat-source siblings (storage heater, air-to-air heat pump, gas boiler); the pellet
# boiler is another fuel family, recorded as related
_g = _by['n04']['sibs'].pop('pellet_stove')
rel('n04', 'pellet_stove', _g[0], _g[1])
