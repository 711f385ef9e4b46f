"""Chinese needs 09-15 and their technologies."""
from common import T, N

# ---------------------------------------------------------------- 09 factory edge server room
T("cn09_microdc", "Rackshield Modular", "Sealed modular micro data centre rows (IP55) with in-row cooling",
  ["green-data-centers"],
  """Fully enclosed rows of 6-24 racks with aisle containment, integrated in-row DX or chilled-water
  coolers with EC fans and variable-speed compressors, and IP55 sealing so that no room or outside air
  ever reaches the IT equipment. Designed for factory floors, mines and ports with dust, oil mist and
  up to 45 °C ambient. Annual cooling energy is roughly half that of comfort split units; rows are
  added in phases.""",
  9, (90000, 800000), ["*"], 160)
T("cn09_freshair", "沪凉节能", "机房直接新风自然冷却节能系统", ["green-data-centers"],
  """在机房外墙开设新风口，室外温度低于设定值时直接引入经初效、中效过滤的室外新风冷却机柜，热风由排风机
  排出，过渡季和冬季可关闭空调压缩机。上海地区全年自然冷却时间可达3500小时以上，机房空调能耗
  下降30%—50%。""",
  9, (20000, 150000), ["CN"], 90)
T("cn09_immersion", "Submaris Cooling", "Single-phase immersion cooling tanks", ["green-data-centers"],
  """Tanks that submerge servers in a synthetic dielectric fluid, removing up to 100 kW per tank
  with a coolant distribution unit and dry cooler, without chillers or raised floors. Facility PUE of
  1.03-1.08. Servers must be immersion-ready: fans removed, thermal paste replaced by indium foil,
  and vendors' warranty terms agreed in advance.""",
  9, (150000, 3000000), ["*"], 900)
T("cn09_crac", "恒温精控", "机房精密空调更换（风冷直膨下送风）", ["green-data-centers"],
  """将舒适性空调更换为机房专用风冷精密空调，EC风机、涡旋变频压缩机，温湿度精确控制，下送风或
  前送风，单台制冷量25—100 kW，能效比舒适性空调提高约30%，可N+1冗余配置，但按整个房间
  送风，不做封闭通道。""",
  9, (30000, 250000), ["CN"], 70)
T("cn09_rto", "Oxitherm Air", "Regenerative thermal oxidiser for automotive paint-shop VOC", ["clean-air"],
  """Three-bed RTO treating paint-booth and oven exhaust with 97-99% destruction of VOCs, thermal
  efficiency above 95%, optional rotor concentrator for dilute booth air and hot-oil heat recovery to
  the ovens. 20,000-200,000 m³/h, meets GB 37822 and local coating-industry limits.""",
  9, (400000, 3000000), ["*"], 800)

N("cn09_plant_server_room", "Shanghai", "工厂车间边缘机房节能改造", ["green-data-centers"],
  """我公司汽车零部件工厂的MES和视觉检测服务器放在涂装车间旁的机房里，现有20个机柜、IT负荷约120 kW，
  靠3台老旧舒适性空调降温，夏天机柜进风温度超过32°C，经常报警。车间空气里有漆雾和粉尘，机房绝对不能
  引入室外或车间新风。希望改成封闭式、可分期扩容的方案，年耗电要明显下降，最好有工厂边缘机房案例。
  服务器由集团统一采购，型号不能动。""",
  500000, 8, "CN-SH", 150, "2027-03-15",
  answers=["cn09_microdc"],
  alts=[("cn09_crac", "dedicated cooling that meets the heat load, but room-level, not enclosed or phased")],
  sibs=[("cn09_freshair", 0, "fresh-air cooling, which the need forbids"),
        ("cn09_immersion", 1, "data-centre cooling by immersion, needs server changes the need cannot make"),
        ("en26_rdhx", 1, "rack-level cooling without outside air, but needs a chilled-water plant and is not enclosed")],
  setting=[("cn09_rto", "same paint shop, VOC abatement")])

# ---------------------------------------------------------------- 10 seafood freezing R22
T("cn10_co2freeze", "Frostline Natural Refrigeration", "Transcritical R744 booster racks for blast and spiral freezing",
  ["hfc-alternatives"],
  """Factory-built R744 booster and parallel-compression racks with multi-ejectors, reaching
  evaporating temperatures down to -50 °C for spiral, tunnel and plate freezers and low-temperature
  stores. GWP of 1, no ammonia on site, and heat recovery for defrost and process hot water. 200-1,500
  kW of freezing capacity per rack; modular, so plants can convert in stages.""",
  9, (400000, 3000000), ["*"], 1900)
T("cn10_nh3", "冰峰制冷工程", "氨泵供液集中制冷系统", ["hfc-alternatives"],
  """以氨（R717）为制冷剂的螺杆机组+低压循环桶+氨泵供液系统，适用于大型冷库、速冻和制冰，蒸发温度可达
  −45°C，能效高、运行费低，系统充注量按规模一般为数吨至数十吨，需按GB 50072设置氨气报警和
  事故排风。""",
  9, (500000, 5000000), ["CN"], 1500)
T("cn10_hfo", "Chillbridge Refrigerants", "R448A / R449A retrofit service for R22 plants", ["hfc-alternatives"],
  """Drop-in style conversion of R22 systems to HFC/HFO blends R448A or R449A: oil change to POE,
  new expansion valves, filter driers and leak testing, with minimal downtime. Keeps the existing
  compressors and piping; GWP drops from 1,810 to about 1,390 and the refrigerant is not subject to
  R22 quotas.""",
  9, (50000, 400000), ["*"], 600)
T("cn10_lowcharge", "雪盈冷链装备", "低充注量氨/二氧化碳复叠制冷机组", ["hfc-alternatives"],
  """高温级采用板式蒸发冷凝的低充注量氨机组，氨全部封闭在机房内的撬块中，充注量仅为传统系统的5%左右；
  低温级以CO₂为载冷剂或复叠工质送入库房和速冻机，蒸发温度可达−52°C。适合对氨安全有顾虑但希望
  使用天然工质的食品企业。""",
  9, (600000, 4000000), ["CN"], 1700)

N("cn10_seafood_freezing", "Zhanjiang", "水产品加工企业速冻制冷系统R22替代", ["hfc-alternatives"],
  """我司对虾加工厂有2条螺旋速冻机、1条隧道速冻机和3000吨低温库，制冷系统还是R22活塞机组，设备老化、
  加氟频繁，R22配额又逐年收紧。拟整体更换为低GWP工质系统，蒸发温度要达到−40°C以下。厂区紧挨村庄，
  带大量液氨的系统，安监部门和村民都不同意。改造分两期，在淡季施工，不影响开工季生产。""",
  1800000, 8, "CN-GD", 2000, "2027-10-31",
  answers=["cn10_co2freeze"],
  sibs=[("cn10_nh3", 0, "large ammonia charge, which the need rules out"),
        ("cn10_hfo", 1, "R22 replacement, but an HFC blend with high GWP"),
        ("cn10_lowcharge", 1, "natural refrigerant, but still ammonia, which the need discourages")])

# ---------------------------------------------------------------- 11 CBAM for fastener exporter
T("cn11_cbam", "Borderline Carbon", "CBAM embedded-emissions calculator and supplier data portal",
  ["ghg-data"],
  """Installation-level monitoring under the EU CBAM implementing rules: defines production processes
  and system boundaries, calculates direct and indirect embedded emissions per CN code, allocates
  precursors such as wire rod and hot-rolled coil, and collects actual values from upstream mills
  through a supplier portal. Exports the EU communication template and the XML for importers'
  registry reports. Users typically document 20-50% less than default values.""",
  9, (15000, 120000), ["*"], None)
T("cn11_cbamzh", "碳链通", "CBAM出口产品碳排放核算与供应商数据采集服务", ["ghg-data"],
  """面向钢铁、铝制品出口企业，按欧盟碳边境调节机制实施细则划定生产过程边界，计算每个CN编码产品的直接
  和间接隐含排放，向上游钢厂发放数据采集表并逐项核对，生成欧盟通报模板，可配合第三方核查机构完成
  现场核查。""",
  9, (10000, 80000), ["CN"], None)
T("cn11_esg", "信达可持续咨询", "ESG报告编制与评级提升服务", ["ghg-data"],
  """按GRI、ISSB和沪深交易所可持续发展报告指引，为企业编制年度ESG报告或可持续发展报告，开展实质性议题
  分析、利益相关方访谈和数据收集，并针对MSCI、华证等评级给出提升建议。""",
  9, (20000, 100000), ["CN"], None)
T("cn11_pcf", "Lifecycle Metrics", "ISO 14067 product carbon footprint studies", ["ghg-data"],
  """Cradle-to-gate product carbon footprints to ISO 14067 and the GHG Protocol Product Standard:
  goal and scope, bill-of-materials mapping, supplier questionnaires, background data from commercial
  LCA databases and a critical review. Delivered as a report per product family, suitable for
  customer requests and EPD preparation.""",
  9, (15000, 90000), ["*"], None)

N("cn11_cbam_exporter", "Wuxi", "出口型企业欧盟CBAM碳排放数据申报服务", ["ghg-data"],
  """我公司生产紧固件和冷镦钢制品，约60%出口欧盟。欧盟客户要求我们按CBAM规则每季度提供每个产品的隐含
  排放数据，还要上游线材钢厂的数据；目前只能用欧盟默认值，客户说默认值会让他们多交很多钱。需要一个能按
  装置边界核算直接和间接排放、跟踪前体材料、生成欧盟模板的工具或服务。我们要的不是整套ESG报告或可持续
  发展报告，别拿那个当方案。""",
  150000, 8, "CN-JS", None, "2027-01-31",
  answers=["cn11_cbam", "cn11_cbamzh"],
  sibs=[("cn11_esg", 0, "an ESG report, which the need says it does not want"),
        ("cn11_pcf", 1, "product footprints, but ISO 14067 studies, not the CBAM method and template"),
        ("en28_pcfx", 1, "supplier carbon data exchange, but product footprints for Scope 3, not CBAM")])

# ---------------------------------------------------------------- 12 new forging hall ventilation
T("cn12_stackvent", "Aerodraft Building Physics", "Stack-effect natural ventilation design for hot-process halls",
  ["green-buildings"],
  """Design-and-supply package for forges, foundries, glass and steel halls: CFD and thermal-plume
  modelling at concept stage, continuous ridge ventilators with weatherproof louvres, low-level
  motorised inlet louvres and heat-shield partitions that turn furnace heat into driving pressure.
  Typically 20-60 air changes per hour with no fan energy and operator-zone temperatures 3-6 K lower
  than fan-based designs.""",
  9, (80000, 900000), ["*"], 700)
T("cn12_turbine", "风旋通风器材", "屋顶无动力涡轮通风器", ["green-buildings", "energy-retrofits"],
  """不锈钢或铝合金球形涡轮通风器，利用风力和室内外温差带动旋转排风，无需用电，单台排风量
  3000—6000 m³/h，适用于仓库、普通厂房屋面加装，安装简便、免维护。""",
  9, (2000, 60000), ["CN"], 40)
T("cn12_ac", "冠冷空调工程", "工业厂房集中空调与岗位送风系统", ["green-buildings"],
  """为高大厂房提供组合式空调机组+风管系统，或在操作岗位设置岗位送风口，将18—22°C冷风直接送到工人
  操作区，适用于锻造、铸造、热处理等高温车间，需配套冷水机组和冷却塔。""",
  9, (300000, 3000000), ["CN"], None)
T("cn12_evap", "Coolbreeze Industrial", "Evaporative air coolers for industrial halls", ["energy-efficiency"],
  """Roof- or wall-mounted evaporative coolers of 18,000-30,000 m³/h that cool outside air by 6-12 K
  through wetted cellulose pads and duct it to work zones. Uses about a tenth of the power of
  refrigerated air conditioning; best in dry climates, less effective when humidity is high.""",
  9, (20000, 400000), ["*"], 150)

N("cn12_forge_hall", "Changzhou", "新建锻造车间低碳通风设计技术咨询", ["green-buildings"],
  """我公司在武进新建一座锻造联合厂房，长216米、跨度36米、檐高18米，内有6台加热炉和多台锻压机，散热量
  很大。设计院初步方案是装岗位空调和大量轴流风机，运行费惊人。希望在设计阶段就把厂房本身做成能"自己
  散热"的建筑，夏季操作区温度控制在33°C以内，同时申报绿色工业建筑。整厂房空调的思路我们已经否掉了。
  需要有热车间经验的单位参与屋面和立面设计。""",
  600000, 8, "CN-JS", 800, "2027-07-31",
  answers=["cn12_stackvent"],
  alts=[("cn12_turbine", "passive roof ventilation, but small add-on ventilators, not a designed hall")],
  sibs=[("cn12_ac", 0, "air conditioning of the hall, which the need has rejected"),
        ("cn12_evap", 1, "cooling the hall with powered evaporative coolers, not by building design")])

# ---------------------------------------------------------------- 13 steel mill battery-swap trucks
T("cn13_swaptruck", "Voltrail Heavy Mobility", "Battery-swap electric tractor units with robotic swap station",
  ["electric-vehicles"],
  """49-tonne 6x4 electric tractors and dump trucks with 282-350 kWh LFP packs that are exchanged in
  about five minutes at a robotic swap station holding 7-10 charged packs. Built for steel mills,
  ports and mines that run around the clock: 300+ swaps a day per station, with packs slow-charged
  off-peak. Battery-as-a-service leasing available.""",
  9, (2500000, 20000000), ["CN", "ID", "CL"], 6500)
T("cn13_fastcharge", "远驰新能源", "纯电动重卡+大功率充电站", ["electric-vehicles"],
  """纯电动牵引车和自卸车，搭载423 kWh磷酸铁锂电池，配套双枪600 kW直流快充桩，从20%充到80%约
  50分钟，每个充电站可服务20—30台车。适合有固定休息时间的短倒运输线路。""",
  9, (1500000, 12000000), ["CN"], 5000)
T("cn13_h2", "燕赵氢能", "氢燃料电池重卡及加氢站", ["electric-vehicles"],
  """49吨氢燃料电池牵引车，燃料电池系统功率120 kW，储氢量约50 kg，续航350—400公里，加氢时间
  10—15分钟，配套建设35 MPa加氢站，可利用钢厂焦炉煤气副产氢。""",
  8, (3000000, 20000000), ["CN"], 5500)

N("cn13_steel_trucks", "Tangshan", "钢铁企业厂内及短倒运输车辆新能源替代", ["electric-vehicles"],
  """按照唐山市钢铁企业超低排放评估监测的要求，厂内物料倒运和铁精粉短途运输需要使用新能源车辆。我厂现有
  约80台柴油重卡，三班倒24小时运转，单程12—40公里，车辆基本不能停下来等几个小时充电。计划先替换40台，
  并配套补能设施。氢燃料重卡我们调研过，加氢站审批和氢源都落不下来，暂不考虑。请提供车辆与补能一体化
  方案和运营案例。""",
  5000000, 8, "CN-HE", 6000, "2027-06-30",
  answers=["cn13_swaptruck"],
  alts=[("cn13_fastcharge", "battery-electric trucks, but charging stops of about an hour in a 24 h shift")],
  sibs=[("cn13_h2", 0, "hydrogen trucks, which the need has set aside"),
        ("cn14_etruck", 1, "electric trucks with charging or swapping, but off-road mining dump trucks")])

# ---------------------------------------------------------------- 14 quarry-to-plant limestone transport
T("cn14_pipeconv", "Tubeline Conveying", "Overland pipe conveyor for long-distance bulk haulage",
  ["green-transportation"],
  """Enclosed pipe belt conveyor: the belt is rolled into a tube, so limestone, clinker or coal travel
  fully sealed with no spillage or dust. It follows horizontal curves down to 300 m radius and
  inclines up to 30°, so one flight of 5-10 km can cross roads, rivers and hills on trestles within a
  6-8 m corridor. Capacities of 300-3,000 t/h. Typical energy is 0.3-0.5 kWh per tonne-km, about a tenth of diesel haulage.""",
  9, (5000000, 25000000), ["*"], 3200)
T("cn14_trough", "华运输送机械", "长距离槽型带式输送机", ["green-transportation"],
  """普通槽型托辊带式输送机，单条可达5—15公里，输送能力500—5000 t/h，配加罩防尘。只能直线或大半径
  布置，遇公路、村庄需设转运站分段，跨越处需建栈桥，征地宽度较大。""",
  9, (3000000, 20000000), ["CN"], 2800)
T("cn14_etruck", "矿驰电动", "矿用纯电动自卸车", ["electric-vehicles"],
  """60—90吨级矿用宽体纯电动自卸车，重载下坡能量回收，单车每年可替代柴油约8万升，适合矿山至破碎站、
  矿山至厂区的短距离倒运，配套充电或换电站。""",
  9, (800000, 8000000), ["CN"], 2000)
T("cn14_rail", "Railbridge Logistics", "Industrial rail spur and wagon loading for bulk plants",
  ["green-transportation"],
  """Design and build of private rail sidings, loop tracks and rapid wagon loading stations for
  quarries, cement and power plants, with diesel or electric shunting locomotives. Moves bulk
  materials at a fraction of road emissions but needs a continuous land corridor and grade below 1.5%.""",
  9, (4000000, 40000000), ["*"], 2500)

N("cn14_quarry_haul", "Chizhou", "水泥企业矿山至厂区石灰石清洁运输方案征集", ["green-transportation"],
  """公司石灰石矿山距熟料生产线约7.5公里，中间隔着一条省道和两个村庄，现在每天200多车次柴油自卸车运输，
  扬尘、噪声投诉不断。市生态环境局清洁运输考核要求大宗物料清洁运输比例达到80%以上。希望改成不再依赖
  道路车辆的方式，运量约800 t/h，要能跨越省道和丘陵地形，尽量少征地。换成电动卡车只是换车，解决不了
  村民对道路的意见，这次不作为主方案。""",
  9000000, 8, "CN-AH", 3000, "2028-03-31",
  answers=["cn14_pipeconv"],
  alts=[("cn14_trough", "off-road conveyor, but straight flights with transfer towers and a wider corridor")],
  sibs=[("cn14_etruck", 0, "electric trucks on the road, which the need sets aside"),
        ("cn14_rail", 1, "off-road bulk transport, but rail, needing a flat continuous corridor")])

# ---------------------------------------------------------------- 15 quarry rock slope revegetation
T("cn15_substrate", "Cliffgreen Restoration", "Thick-layer substrate spraying with anchored mesh for rock slopes",
  ["nature-based"],
  """For bare rock faces steeper than 45°: galvanised diamond mesh pinned with rock anchors, then 8-12
  cm of engineered growing substrate (soil, organic fibre, slow-release fertiliser, water-retaining
  polymer and binder) sprayed on together with a native grass, shrub and climber seed mix. The binder
  holds the layer on slopes up to 80° while roots establish, giving 80-95% cover within two growing
  seasons.""",
  9, (300000, 2000000), ["*"], 250)
T("cn15_shotcrete", "岭南岩土工程", "边坡挂网喷射混凝土防护", ["nature-based"],
  """在岩质边坡上铺设钢筋网并锚固，喷射C20—C25混凝土8—15 cm形成防护面层，配泄水孔，可快速封闭坡面、
  防止风化剥落和落石，施工速度快，适用于公路、矿山高陡边坡。""",
  9, (100000, 1500000), ["CN"], None)
T("cn15_vegbag", "青坡生态", "生态袋植生护坡", ["nature-based"],
  """将装填种植土和草种的聚丙烯生态袋逐层码放并用连接扣固定，形成柔性植被护坡，3—6个月成坪，
  适用于坡度45°以下、有一定稳定性的土质或碎石边坡。""",
  9, (80000, 800000), ["CN"], 150)
T("cn15_quarrydust", "Quarrymist", "Wet drilling and dry-fog dust suppression for quarries", ["clean-air"],
  """Dust control for active quarries: water-injection drilling, dry-fog nozzles at crushers and
  transfer points, and truck-wash stations, with PM10 monitors that trigger spraying. Cuts fugitive
  dust at crushers by up to 90% while adding less than 0.5% moisture to the product.""",
  9, (60000, 600000), ["*"], None)

N("cn15_quarry_slope", "Zhaoqing", "废弃石灰石矿山高陡边坡生态修复", ["nature-based"],
  """根据省自然资源厅"绿色矿山"建设和历史遗留矿山生态修复的要求，我区一处已闭坑的石灰石矿留下约6万平方米
  岩质边坡，坡度55°—75°，几乎没有土层，雨季还有落石。需要让边坡重新长出植被，三年后植被覆盖率不低于
  80%，以乡土物种为主。早年做过的挂网喷混凝土只是把山"糊住"，这次要的是复绿，那种硬化做法不予采纳。""",
  800000, 7, "CN-GD", 300, "2027-04-15",
  answers=["cn15_substrate"],
  alts=[("cn15_vegbag", "revegetation, but bag walls suited to slopes under 45 degrees")],
  sibs=[("cn15_shotcrete", 0, "sprayed concrete, which the need rejects")],
  setting=[("cn15_quarrydust", "same kind of site (quarry), dust not revegetation")])
