# Chinese needs b14n01..b14n15 and their technologies.
from common import T, N

# 01 metro regenerative braking
T("regen_inv","en","Voltaro Traction","WayBack wayside energy recovery inverter",["green-transportation","energy-efficiency"],
  "IGBT-based bidirectional inverter installed in DC traction substations (750/1500 V). Surplus train braking current that would be burned in on-board resistors is inverted and fed back to the 35 kV or 10 kV AC ring main. 1-4 MW per unit, efficiency 97%, harmonic THD < 3%. References: 3 metro lines in Asia, 41 substations, 8-15% traction energy saved.",9,[400000,1500000],["*"],2200)
T("regen_supercap","zh","昆仑电容","地面式超级电容储能装置",["energy-storage","green-transportation"],
  "安装于牵引变电所的超级电容储能柜，吸收列车制动电能并在列车启动时释放，稳定直流网压，单套2MW/10秒。已在多个城市轨道交通线路应用。",9,[600000,2000000],["CN"],1500)
T("regen_onboard","en","RailCell","On-board traction battery pack for metro cars",["energy-storage","green-transportation"],
  "Roof-mounted LTO battery modules that store braking energy on the train itself and allow catenary-free running through depots. Requires vehicle modification and homologation.",8,[900000,3000000],["*"],1100)
N("regen","zh","Shenzhen","CN-GD","地铁牵引变电所再生制动电能利用",["green-transportation","energy-efficiency"],
  "【问题】深圳某地铁线路车辆频繁启停，列车制动时直流网压升高，目前制动电能主要通过车载电阻发热消耗，既浪费电能又加重隧道散热负担。\n【必须】在既有牵引变电所内实施，不改动车辆；回收电能返送至中压交流电网供车站照明通风使用；有地铁线路业绩。\n【排除】储能型方案（电容、电池）不在本次考虑范围内。",
  1800000,8,2000,"2027-09-01",["regen_inv"],
  sibs={"regen_supercap":(0,"storage-type, excluded in so many words"),"regen_onboard":(0,"storage and needs vehicle change, excluded")},
  notes="answer says 'inverted and fed back to AC ring main' instead of 再生制动/返送")

# 02 hospital pharmacy cold rooms CO2
T("co2_cond","en","Frostline Natural","R744 transcritical condensing units for pharmacy cold rooms",["hfc-alternatives"],
  "Packaged transcritical CO2 condensing units, 3-30 kW, for +2..+8 °C and -20 °C rooms. GWP 1, twin-compressor redundancy, GDP-compliant temperature logging and alarm relay. Reference: 4 hospital pharmacies and two blood banks; ambient up to 43 °C with adiabatic gas cooler.",9,[30000,250000],["*"],120)
T("co2_r448","zh","华冷科技","R448A 冷库改造服务",["hfc-alternatives","energy-retrofits"],
  "将既有R404A冷库机组更换为R448A（HFC/HFO混合工质），保留原有管路和蒸发器，停机时间短，GWP降低约65%。",9,[10000,80000],["CN"],60)
T("co2_r290cab","en","Propella","R290 self-contained medical refrigerators",["hfc-alternatives"],
  "Upright pharmacy and vaccine refrigerators with a hydrocarbon (propane) sealed system, 150 g charge, 600-1400 L. Plug-in, no field piping. Not suited to walk-in rooms.",9,[3000,12000],["*"],5)
N("coldroom","zh","Guangzhou","CN-GD","医院药剂科冷库制冷剂替代",["hfc-alternatives"],
  "【问题】广州某三甲医院药剂科和输血科共有6间冷库，使用R404A机组，多台已运行超过12年，泄漏补充频繁。\n【必须】采用天然工质；满足药品冷链温度记录要求；冷库为步入式，容积20-60立方米；需有备用压缩机。\n【排除】HFC或HFC/HFO混合工质不予接受。",
  400000,8,150,"2027-03-31",["co2_cond"],
  alts={"co2_r290cab":"natural refrigerant, but cabinets not walk-in rooms: partial"},
  sibs={"co2_r448":(0,"HFC/HFO blend excluded")})

# 03 classroom ventilation
T("class_erv","en","AirClass Systems","Decentralised classroom ventilation units with enthalpy wheel",["energy-retrofits","clean-air"],
  "Wall- or ceiling-mounted units, 900-1500 m3/h, one per classroom. Enthalpy recovery wheel (78% sensible, 65% latent) and CO2 sensor modulate outdoor air to keep rooms below 1000 ppm. Two-core drilling through the facade, no central ductwork. Installed in 1,200 classrooms in humid subtropical climates.",9,[4000,9000],["*"],3)
T("class_purifier","zh","净朗","教室空气净化器",["clean-air"],
  "HEPA H13 滤网教室空气净化器，CADR 800 m3/h，去除PM2.5和细菌，低噪音。",9,[500,1500],["CN"],0)
T("class_window","en","Openwise","Window actuator and CO2 traffic light kit",["clean-air","energy-retrofits"],
  "Chain actuators open existing windows when a CO2 traffic light turns red; rain and wind sensors close them. Low cost, but no heat recovery.",9,[800,2000],["*"],0)
N("classvent","zh","Foshan","CN-GD","中小学教室新风改造",["energy-retrofits","clean-air"],
  "【问题】佛山市教育局抽测发现，部分教室关窗开空调时二氧化碳浓度超过2500ppm，学生午后嗜睡。开窗又带入湿热空气，空调能耗增加。\n【必须】每间教室独立安装，不做集中风管；有全热回收以降低除湿负荷；按室内CO2浓度自动调节。\n【排除】只做循环过滤的空气净化器不属于本次采购。",
  600000,8,200,"2027-08-15",["class_erv"],
  sibs={"class_purifier":(0,"recirculating purifier excluded"),"class_window":(1,"natural ventilation, no heat recovery")})

# 04 sludge drying
T("sludge_hp","en","Drybelt Engineering","Closed-loop heat-pump belt dryer",["clean-water","energy-efficiency"],
  "Low-temperature (45-65 °C) belt dryer with a dehumidifying heat pump in a closed air loop, taking dewatered cake from 20% to 80-90% dry solids. 0.7-1.0 kWh per kg water evaporated, no exhaust plume, no odour. 10-200 t/day wet cake, 23 municipal plants.",9,[800000,4000000],["*"],1800)
T("sludge_press","zh","华滤","高压隔膜板框深度脱水",["clean-water"],
  "污泥调理后经高压隔膜板框压滤，含水率降至60%以下，投加药剂，适合外运焚烧或填埋。",9,[500000,2000000],["CN"],400)
T("sludge_solar","en","SunDry","Solar greenhouse sludge drying hall",["clean-water","renewable-energy"],
  "Greenhouse halls with an automatic turning robot; solar heat dries sludge to 60-75% dry solids. Very low energy, but needs large land area and output varies with season.",9,[400000,2500000],["*"],600)
T("sludge_incin","zh","绿焰环境","污泥焚烧一体化设施",["waste-treatment"],
  "流化床污泥焚烧炉，日处理300吨，余热发电，烟气超低排放。",9,[8000000,30000000],["CN"],3000)
N("sludge","zh","Dongguan","CN-GD","污水厂污泥低温干化",["clean-water"],
  "【问题】东莞某污水处理厂每日产生含水率80%的脱水污泥约120吨，外运处置费用高，运输过程臭气投诉多。\n【必须】在厂内将污泥干化至含水率20%以下，全封闭运行，无蒸汽排放；单位能耗低；用地有限。\n【排除】不新建焚烧设施。",
  3500000,8,1500,"2027-12-01",["sludge_hp"],
  alts={"sludge_solar":"drying, but land-hungry and cannot reliably reach 80% DS"},
  sibs={"sludge_press":(1,"mechanical dewatering to 60% only"),"sludge_incin":(0,"incineration excluded")})

# 05 airport GPU/PCA
T("gpu_pca","en","Gateside Aero","400 Hz solid-state GPU and pre-conditioned air unit",["green-transportation","clean-air"],
  "Bridge-mounted 90 kVA 400 Hz frequency converters and 30-150 kW pre-conditioned air units let parked aircraft switch off their APU. Cuts APU fuel burn by 100-300 kg per turnaround. Installed at 60+ gates in 9 airports, including hot-humid climates.",9,[150000,600000],["*"],900)
T("gpu_tractor","zh","蓝翼机场设备","电动行李牵引车",["electric-vehicles"],
  "锂电行李牵引车，牵引力25吨，快充1小时，替代柴油牵引车。",9,[40000,90000],["CN"],25)
T("gpu_saf","en","AeroGreen Fuels","Sustainable aviation fuel supply",["green-transportation"],
  "HEFA-based SAF blended up to 50% and supplied through airport hydrant systems.",9,[500000,5000000],["*"],5000)
N("gpu","zh","Zhuhai","CN-GD","机场近机位辅助动力装置替代",["green-transportation","clean-air"],
  "【问题】珠海机场航班过站时飞机APU持续运行，机坪噪声和废气影响地勤人员，燃油消耗大。\n【必须】在廊桥近机位为停场飞机提供供电和空调，使APU可以关闭；适应高温高湿；有机场业绩。\n【排除】航油替代不在本次范围。",
  2500000,8,3000,"2027-06-01",["gpu_pca"],
  sibs={"gpu_tractor":(1,"apron electrification but not APU"),"gpu_saf":(0,"fuel substitution excluded")})

# 06 hospital battery storage
T("hosp_bess","en","MediVolt","Medical-grade LFP storage with seamless transfer",["energy-storage","smart-grid"],
  "250 kW-2 MW / 2-4 h lithium iron phosphate systems with static transfer switch (<10 ms), peak shaving and backup for critical branches. Fire suppression per NFPA 855, cabinet-level aerosol. Reference sites: 7 hospitals.",9,[300000,2000000],["*"],500)
T("hosp_fly","zh","飞轮动力","飞轮UPS",["energy-storage"],
  "磁悬浮飞轮储能UPS，250kW，持续15-30秒，无电池，寿命20年。",9,[100000,400000],["CN"],0)
T("hosp_diesel","zh","博力发电","医院备用柴油发电机组",["energy-storage"],
  "1000kW柴油发电机组，10秒启动，配储油罐。",9,[200000,600000],["CN"],0)
T("hosp_bess_trap","en","MediVolt","Turnkey hospital microgrid EPC (storage + PV + CHP)",["energy-storage","smart-grid"],
  "Full hospital microgrid with 4 MWh LFP storage, PV, gas CHP and controls, delivered EPC with 10-year O&M.",9,[6000000,12000000],["*"],2500)
N("hospbess","zh","Huizhou","CN-GD","医院储能削峰与应急供电",["energy-storage","smart-grid"],
  "【问题】惠州市中心医院夏季高峰负荷接近变压器容量，峰谷电价差大，同时希望提升影像科等关键负荷供电可靠性。\n【必须】电化学储能，容量约1MW/2MWh；无缝切换；满足消防要求。\n【排除】不新增柴油发电机组。",
  1800000,8,400,"2027-05-01",["hosp_bess"],
  sibs={"hosp_fly":(1,"ride-through only, no peak shaving"),"hosp_diesel":(0,"diesel excluded")},
  traps={"hosp_bess_trap":"budget"})

# 07 park green waste
T("green_asp","en","Verdant Loop","Covered aerated static pile composting for park residues",["waste-treatment","nature-based"],
  "Slow-speed shredder plus semi-permeable membrane covered piles with positive aeration; 4-week active phase, odour reduction > 90%, finished mulch and compost for parks. 5,000-40,000 t/yr.",9,[300000,1500000],["*"],2500)
T("green_incin","zh","南粤能源","农林生物质发电厂",["renewable-energy","waste-treatment"],
  "30MW生物质直燃发电厂，收购园林垃圾和秸秆作为燃料。",9,[20000000,60000000],["CN"],40000)
T("green_digester","zh","食尔净","厨余垃圾就地处理机",["waste-treatment"],
  "好氧生物处理设备，日处理0.5-5吨厨余，24小时减量90%。",9,[20000,150000],["CN"],30)
N("greenwaste","zh","Shantou","CN-GD","园林绿化垃圾资源化",["waste-treatment","nature-based"],
  "【问题】汕头市公园和道路绿化每年产生修剪枝叶约2万吨，目前混入生活垃圾焚烧。\n【必须】就近处理为覆盖物或有机肥回用于公园绿地；控制臭气；已有规模化案例。\n【排除】不送焚烧或发电。",
  1200000,8,2000,"2027-10-01",["green_asp"],
  sibs={"green_incin":(0,"burning excluded"),"green_digester":(1,"food waste, small scale")})

# 08 park lake restoration
T("lake_sav","en","Aquaflora Ecology","Submerged macrophyte meadow restoration",["nature-based","clean-water"],
  "Ecological engineering that re-establishes submerged aquatic vegetation (Vallisneria, Hydrilla, Potamogeton) plus zooplankton and benthic fauna to shift turbid lakes to a clear-water state. Transparency > 1.5 m within 12 months. 40+ urban park lakes.",9,[200000,1500000],["*"],50)
T("lake_algae","zh","清澈化工","湖泊除藻剂",["clean-water"],
  "高效除藻剂，24小时杀灭蓝藻，适用于景观水体。",9,[5000,50000],["CN"],0)
T("lake_fountain","zh","喷泉工坊","曝气喷泉",["clean-water"],
  "浮水式曝气喷泉，提高溶解氧，兼具景观效果。",9,[5000,40000],["CN"],0)
T("lake_float","en","IslandCell","Floating treatment wetland mats",["nature-based","clean-water"],
  "Recycled-PET floating mats planted with emergent plants; roots take up nutrients. Covers 5-10% of a lake surface.",9,[20000,200000],["*"],10)
N("lake","zh","Zhongshan","CN-GD","公园湖泊水体生态修复",["nature-based","clean-water"],
  "【问题】中山市某公园湖泊面积约8公顷，夏季蓝藻频发，水体浑浊发绿。\n【必须】以生态方法恢复水体自净能力，提高透明度；效果可持续。\n【排除】化学药剂除藻不得使用。",
  900000,7,30,"2027-04-01",["lake_sav"],
  alts={"lake_float":"nature-based, partial nutrient removal"},
  sibs={"lake_algae":(0,"chemical excluded"),"lake_fountain":(1,"aeration only")})

# 09 data room cooling
T("dc_iec","en","Evapra","Indirect evaporative cooling air handlers",["green-data-centers"],
  "Polymer plate heat exchanger with wetted secondary air; 100-400 kW per unit, outdoor air never enters the white space; DX trim for peak wet-bulb. Annualised PUE 1.2-1.3 in humid subtropics. 90 sites.",9,[150000,900000],["*"],700)
T("dc_immersion","zh","沉浸科技","单相浸没式液冷",["green-data-centers"],
  "服务器浸没于冷却液中，单柜100kW，PUE低至1.05，需更换或改装服务器。",9,[300000,3000000],["CN"],900)
T("dc_rdhx","zh","冷门科技","冷冻水背板空调",["green-data-centers"],
  "机柜后门式冷冻水换热器，每柜散热30kW，逐柜改造。",9,[50000,500000],["CN"],300)
T("dc_trap","en","Evapra","Evaporative cooling hall rebuild, design-build",["green-data-centers"],
  "Full design-build conversion of a computer hall to indirect evaporative cooling, including new structure.",9,[2500000,6000000],["*"],900)
N("dcool","zh","Jiangmen","CN-GD","政务数据机房空调节能改造",["green-data-centers"],
  "【问题】江门市政务数据机房IT负载约600kW，采用风冷精密空调，PUE约1.7。\n【必须】利用室外自然冷源，室外空气不得进入机房；保留现有服务器和机柜；有湿热地区案例。\n【排除】浸没式液冷不在本次考虑。",
  1500000,8,800,"2027-07-01",["dc_iec"],
  sibs={"dc_immersion":(0,"immersion excluded"),"dc_rdhx":(1,"closer cooling, no free cooling")},
  traps={"dc_trap":"budget"})

# 10 bus depot pantograph
T("bus_panto","en","Overhead Charge Co","Inverted pantograph depot charging",["electric-vehicles"],
  "Roof-level inverted pantographs (SAE J3105 / IEC 61851-23-1), 150 kW per bay, sequential charging over a full depot lane, automatic contact with no cables on the ground. 1,100 bays in 14 depots.",9,[80000,400000],["*"],300)
T("bus_swap","zh","换电之星","电动公交换电站",["electric-vehicles"],
  "3分钟完成公交车电池更换，配套电池仓和充电架。",9,[1000000,3000000],["CN"],600)
T("bus_ccs","en","PlugPoint","150 kW plug-in depot dispensers",["electric-vehicles"],
  "Dual-cable CCS dispensers for bus depots, dynamic power sharing. Drivers plug in manually.",9,[30000,120000],["*"],200)
N("panto","zh","Zhanjiang","CN-GD","电动公交场站自动充电",["electric-vehicles"],
  "【问题】湛江公交场站停车密集，人工插拔充电枪耗时，地面电缆存在绊倒和碾压风险。\n【必须】自动连接，无需司机下车操作；地面无电缆；夜间集中充电。",
  1000000,8,500,"2027-11-01",["bus_panto"],
  alts={"bus_ccs":"depot charging, manual and cables on ground"},
  sibs={"bus_swap":(1,"different approach, battery swapping")})

# 11 incinerator carbon capture
T("cc_skid","en","CarbonBox","Containerised amine capture skid with liquefaction",["carbon-capture"],
  "Modular 10-50 t CO2/day capture from flue gas slipstream, advanced amine, 90% capture, then purification and liquefaction to food-grade 99.9%. Running at two energy-from-waste plants since 2022.",9,[2000000,8000000],["*"],10000)
T("cc_ash","zh","灰炭科技","炉渣碳酸化固碳",["carbon-capture","waste-treatment"],
  "利用焚烧炉渣与烟气中CO2进行碳酸化反应，稳定重金属，每吨炉渣固定约20kg CO2。",7,[500000,2000000],["CN"],800)
T("cc_forest","zh","绿林碳汇","林业碳汇开发",["nature-based","ghg-data"],
  "造林项目碳汇开发与核证，用于抵消企业排放。",9,[100000,500000],["CN"],5000)
T("cc_mof","en","Lattice Capture","MOF sorbent capture pilot",["carbon-capture"],
  "Metal-organic framework sorbent contactor for low-concentration flue gas; bench pilot 1 t/day.",5,[1000000,3000000],["*"],300)
N("ccwte","zh","Shaoguan","CN-GD","垃圾焚烧发电厂碳捕集利用示范",["carbon-capture"],
  "【问题】韶关市生活垃圾焚烧厂年排放CO2约30万吨，希望开展碳捕集示范，捕集的CO2供周边大棚和食品企业使用。\n【必须】规模每日10-30吨；产品达到食品级；技术成熟可靠。\n【排除】碳汇抵消不纳入本项目。",
  6000000,7,5000,"2028-01-01",["cc_skid"],
  sibs={"cc_ash":(1,"mineralisation, not usable CO2 product"),"cc_forest":(0,"offsets excluded")},
  traps={"cc_mof":"trl"})
