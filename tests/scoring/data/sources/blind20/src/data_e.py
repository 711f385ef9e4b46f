# Added after the first build: 15 Chinese siblings / alternatives, and longer texts for the
# shortest non-answer pages, so that length does not single out the true answers.
from common import T, NEEDS, TECHS

ADD = {}  # need key -> extra labels


def add(need, role, key, note):
    ADD.setdefault(need, []).append((role, key, note))


T("zh_r290_box", "冷芯制冷", "R290一体式冷库机组（顶装/壁挂）",
  ["hfc-alternatives"],
  "采用天然冷媒R290的一体式冷库机组，单机充注量小于150g，制冷量1.5-4kW，适合10-30立方米的小型冷藏库，"
  "顶装或壁挂，无需现场焊接铜管。多台并联可覆盖较大库体，但每个库需单独配机，大库需要3-4台。整机质保2年，压缩机3年。",
  9, [3000, 60000], ["*"], 40)
add("n01", "alt", "zh_r290_box", "natural refrigerant, but small units, several per room")

T("zh_bipv_roof", "光屋建筑科技", "BIPV光伏金属屋面系统（替换原屋面板）",
  ["renewable-energy", "green-buildings"],
  "将原有彩钢瓦屋面整体拆除，更换为光伏组件与直立锁边屋面板一体化的BIPV屋面，防水等级按一级设计，组件自重约12kg/m²。"
  "适用于新建或屋面翻新项目，需结构复核及停用施工约3-4个月。屋面系统质保20年，组件功率质保25年。",
  9, [150000, 1500000], ["CN"], 180)
add("n03", "sib1", "zh_bipv_roof", "reroof; 12 kg/m2 above the limit but no ballast or holes")

T("zh_bms_dr", "楼宇自控工程", "楼控群控节能改造（含需求响应手动预案）",
  ["energy-retrofits", "smart-grid"],
  "对现有BA系统做冷站群控与空调箱节能优化，并编制需求响应分级预案：接到邀约后由值班人员在BA界面一键下发预设的温度与风量调整，"
  "关键区域预先锁定。无需新增硬件，不含OpenADR自动接入与结算报告，需人工确认执行。服务周期约2个月。",
  9, [20000, 150000], ["CN"], 90)
add("n04", "alt", "zh_bms_dr", "one-click but manual, no settlement report")

T("zh_docked_bike", "城骑公共自行车", "校园有桩公共自行车系统",
  ["green-transportation"],
  "在宿舍、教学楼、食堂等位置建设固定锁车桩站点，每站20-40个车位，学生刷校园卡借还，车辆只能在桩位还车，"
  "杜绝乱停乱放。需要站点土建和供电，建设周期约3个月。运营维护可外包，锁车桩质保5年，车辆质保2年。",
  9, [120000, 480000], ["CN"], 180)
add("n06", "alt", "zh_docked_bike", "fixed docks, civil works, not e-assist")

T("zh_prefab", "筑构装配式", "装配式混凝土结构（PC构件）设计与供货",
  ["green-buildings"],
  "提供预制叠合楼板、预制墙板、预制楼梯等PC构件的深化设计、工厂生产与吊装指导，装配率可达50%以上，"
  "减少现场湿作业和建筑垃圾，缩短工期约20%。对建筑运行能耗影响有限，需与节能设计配合。构件质量按国标验收。",
  9, [200000, 3000000], ["CN"], 100)
add("n07", "sib1", "zh_prefab", "construction method, not energy performance")

T("zh_roof_uv", "清风环保设备", "屋顶式UV光解油烟净化一体机",
  ["clean-air"],
  "安装在屋面的一体化油烟处理设备，集成机械过滤、UV光解除味和排风机，处理风量8000-30000m³/h，"
  "占屋面面积约6-15平米，需做设备基础与防雨。对油烟去除率约85%，UV灯管每年更换一次。整机质保1年。",
  9, [8000, 60000], ["CN"], 2)
add("n11", "sib1", "zh_roof_uv", "works, but on the roof, which the need wants to avoid")

T("zh_wetland_grey", "绿脉生态工程", "人工湿地中水处理（潜流式）",
  ["clean-water", "nature-based"],
  "采用水平潜流人工湿地处理生活杂排水，出水可用于绿化浇灌。运行几乎不耗电，景观效果好，但占地较大，"
  "约每吨水每天需1.5-2平米，适合有室外空地的园区和度假村。冬季低温时处理效率下降，植物需定期收割。质保1年。",
  9, [20000, 200000], ["CN"], 5)
add("n12", "sib1", "zh_wetland_grey", "needs outdoor land; basement space only")

T("zh_permeable", "透水科技", "透水铺装与下渗井系统",
  ["nature-based", "clean-water"],
  "将园区道路、广场改为透水混凝土或透水砖铺装，下设级配碎石蓄水层与下渗井，暴雨时雨水就地下渗，减少积水。"
  "适合硬质地面改造，对现有草坪区域作用有限，不增加绿化与栖息地。施工按面积计价，结构层质保5年。",
  9, [20000, 500000], ["*"], 3)
add("n16", "sib1", "zh_permeable", "stormwater on paved areas, not the lawns")

T("zh_dali", "明辉照明", "DALI总线智能照明控制系统（含重新布线）",
  ["energy-retrofits"],
  "为地库、走廊等区域重新敷设DALI控制总线，每个灯具可单独寻址，配合存在感应器与照度传感器分区调光，"
  "可接入楼宇BA系统和能耗平台。控制精度高，需要新穿线管与控制回路，施工周期约6-8周。系统质保3年。",
  9, [40000, 300000], ["*"], 150)
add("n18", "sib0", "zh_dali", "rewiring excluded")

T("zh_h2_utv", "氢途动力", "氢燃料电池场地作业车",
  ["electric-vehicles"],
  "燃料电池加锂电池混合动力的场地作业车，加氢3分钟、续航200km，载重1吨，零排放，适合长时间连续作业场景。"
  "需要配套加氢设施或定期氢气瓶配送，目前加氢站较少。整车质保2年，电堆质保1万小时。",
  9, [60000, 500000], ["*"], 110)
add("n19", "sib1", "zh_h2_utv", "zero tailpipe, but fuel logistics; not a fossil fuel")

T("zh_inrow", "风谷节能", "列间冷冻水精密空调（含冷通道封闭）",
  ["green-data-centers"],
  "贴近机柜安装的列间冷冻水空调，每台制冷量25-60kW，配合冷通道封闭精确送风，消除机房热点，EC风机按负荷调速。"
  "需要接入冷冻水系统，若无冷源需另配风冷冷水机组，全年仍依赖压缩机制冷。质保3年。",
  9, [30000, 200000], ["*"], 50)
add("n24", "sib1", "zh_inrow", "better distribution, still compressor cooling")

T("zh_dehydrator", "净源环保机械", "厨余垃圾粉碎脱水减量机",
  ["waste-treatment"],
  "后厨用的厨余粉碎脱水机，每小时处理200-500kg，经粉碎挤压后体积减少约70%，滤液排入隔油池。"
  "只能处理纯厨余，进料中的塑料杯、包装袋需在投料前人工挑出，否则会卡机。整机质保1年。",
  9, [15000, 80000], ["*"], 60)
add("n26", "sib1", "zh_dehydrator", "food only; packaging must be removed first")

T("zh_recycled_agg", "再生建材", "再生骨料混凝土（建筑垃圾资源化）",
  ["green-buildings", "waste-treatment"],
  "以拆除建筑垃圾破碎筛分的再生粗骨料替代30%-50%天然碎石，配制C25-C40混凝土，减少天然砂石开采与垃圾填埋。"
  "对水泥用量影响不大，隐含碳降低约5%-8%。提供检测报告，按方供货。",
  9, [40000, 2000000], ["*"], 120)
add("n28", "sib1", "zh_recycled_agg", "concrete, but little embodied-carbon cut")

T("zh_ebike_sub", "绿行通勤", "员工电动自行车通勤补贴与安全停车棚",
  ["green-transportation", "electric-vehicles"],
  "为员工提供电动自行车分期购车补贴，并在院区建设带充电柜和门禁的安全停车棚，每棚60-200个车位，"
  "配套骑行打卡和里程奖励。适合通勤距离10公里以内的员工，对远距离通勤作用有限。车棚质保5年。",
  9, [30000, 150000], ["*"], 200)
add("n30", "sib1", "zh_ebike_sub", "leave the car at home for short commutes; no ride matching")

T("zh_precool", "楼宇自控工程", "夜间预冷与楼板蓄冷控制策略",
  ["energy-retrofits", "energy-storage"],
  "通过BA系统在夜间低谷电时段提前运行冷机与空调箱，利用楼板与建筑围护结构的热惰性储存冷量，午后高峰时段提高供水温度、"
  "降低冷机负荷约10%-20%。无需新增设备，只调整控制策略，效果受建筑结构与天气影响。服务周期1个月。",
  9, [10000, 60000], ["*"], 60)
add("n21", "alt", "zh_precool", "shifts some load at night, small")

# Longer texts for the shortest non-answer English and Chinese pages.
EXTEND = {
    "photocat_trap": " Media panels drop into standard 24 x 24 in. filter frames; pressure drop is similar to a MERV 8 pleat. Lab report available under NDA.",
    "tes_trap": " Insulated, painted and fitted with stratification diffusers and level/temperature sensors; 40-year design life and a 10-year coating warranty. Construction 12-14 months.",
    "parking_deck": " Long-span precast double tees, no interior columns in drive aisles; PV-ready roof level, 50-year design life, 2-year warranty on workmanship.",
    "maglev2": " Refrigerant R-1234ze or R-513A, soft start with under 2 A inrush, BACnet interface, and factory witness testing available.",
    "pool_cover": " Slats are UV-stable polycarbonate, a keyswitch opens and closes the cover in about two minutes, and it carries the ASTM F1346 safety rating for unattended pools.",
    "premium_motor": " Includes alignment, vibration baseline and disposal of the old motors; frame sizes 143T to 449T, 1-500 hp, TEFC enclosures.",
    "immersion_small": " Dielectric fluid is a synthetic hydrocarbon, 10-year life; the pod ships pre-plumbed and needs only power and a dry cooler connection.",
    "shuttle_ev": " Vehicles have 150-200 mi range, overnight depot charging provided by us, real-time passenger app and APC counts for reporting.",
    "mg_epc_trap": " Includes permitting, utility interconnection, and guaranteed resilience hours under a performance contract.",
    "diesel_fleet": " Fuel top-ups every 24 hours, remote monitoring, cable runs and cam-lock connection boxes; air district permits handled by our team.",
    "leadacid_cart": " Options include a steel cargo box, ladder rack and LED light kit; onboard charger plugs into a standard 120 V outlet.",
    "baler": " Balers run on 208/230 V single phase, 60-inch bales up to 1,100 lb; compactors 20-40 cubic yards with odour control lids.",
    "propane_truck": " Upfits include a dump bed, tool boxes and a 10 ft liftgate; fuel system EPA and CARB certified.",
    "big_wte_trap": " Biogas upgraded or burned in a 1.2 MW CHP; digestate dewatered for land application. Permitting support included.",
    "g_green_iot": " Includes dashboard templates, alerts and an open API; bulk pricing for portfolios of 50+ buildings.",
    "audit_l2": " Reports follow ASHRAE Standard 211 and include a measures list ready for utility incentive applications.",
    "portable_hepa": " Units have a PM2.5 sensor, auto mode and a child lock; bulk pricing and filter subscription for 100+ rooms.",
    "dac_trap": " Electricity use about 500 kWh per tonne; the captured CO2 is delivered at 95% purity in cylinders.",
    "led_plain": " Linear and high-bay formats, 0-10 V dimming leads available, DLC Premium listed for utility rebates.",
    "maglev_chiller": " Soft-start compressors, BACnet interface and factory-witnessed performance test; typical replacement in a 6-8 week shutdown.",
    "uv_pou": " Cartridges are NSF/ANSI 53 and 55 listed; we supply a replacement schedule and a spreadsheet log for the water management plan.",
    "r449_dropin": " Includes leak test, charge optimisation and updated EPA Section 608 records; downtime about 10 days.",
    "eaf_rebar": " Grades 60 and 80, sizes #3-#18, cut and bent to schedule with shop drawings, delivered just in time.",
    "standalone_bess": " UL 9540 listed, NFPA 855 compliant enclosures, 10-year capacity warranty and a simple monitoring app.",
    "pool_hp": " Wi-Fi controller, defrost by hot gas, and salt-water compatible; CEC listed.",
    "bess_generic": " UL 9540A tested, remote monitoring and NEM-compatible metering.",
    "solar_lights": " Dusk-to-dawn with motion boost, 3000-6000 lm heads, IP66 and -20 to 60 °C operation.",
    "dc_hub": " Dispensers are OCPP 2.0.1, liquid-cooled cables, 97% peak efficiency.",
    "clo2_dosing": " Monthly service visits and chemical supply under one contract.",
    "rain_harvest": " Cells are H-20 traffic rated.",
    "zh_ai_bins": "支持中英文语音提示，桶内满溢传感器可提醒清运，数据可导出为月度报表，适合体育场馆、商场和校园公共区域。",
    "zh_meters_27": "支持DL/T 645与Modbus协议，数据可导出为CSV或通过API对接物业系统，安装时按租户逐户核对表号与户号。",
    "g_zh_carbon_platform": "平台内置多行业排放因子库与碳资产台账模板，提供大屏驾驶舱与移动端应用。",
    "zh_biogas": "项目需进行环评和安全评价，沼气储存按压力容器管理，配备火炬和脱硫装置。",
    "g_zh_digital_building": "平台支持二次开发与第三方系统接入，提供专属客户成功团队。",
    "g_zh_smart_property": "已服务上百家物业企业，支持多项目集团化管理。",
    "zh_submeter": "支持远程拉合闸和预付费，适合小区、写字楼和商场。",
    "zh_mineral_concrete": "已在多个市政与公建项目中应用，可按需定制规格。",
    "zh_carbon_box": "可配套风机与控制箱，按现场风量定制尺寸。",
    "g_zh_zero_carbon_park": "支持EPC、EMC等多种合作方式。",
    "zh_ro_plant": "配套自动加药与在线水质监测。",
    "zh_cc_small": "可提供碳减排量核算报告。",
}

for k, extra in EXTEND.items():
    TECHS[k]["description"] += extra

for n in NEEDS:
    n["labels"].extend(ADD.pop(n["key"], []))
assert not ADD, ADD
