"""English needs n24-n30 and their technologies."""
from common import T, N

# ---------------------------------------------------------------- n24
T("n24_depack", "绿环再生装备", "包装食品垃圾脱包制浆一体机",
  ["waste-treatment"], 9, [250000, 1200000], ["*"], 6500, """
专为超市过期食品、饮料及物流中心退货设计的脱包制浆设备。物料由抓斗投入料仓，高速锤式转子在加水条件下
将塑料袋、纸盒、易拉罐和玻璃瓶打开并把内容物打成浆料，离心筛网把有机浆与包装物分离，包装残渣从另一侧
排出，可进一步回收金属。有机浆料含杂率<0.5%，粒径<10 mm，可直接泵送进厌氧消化罐协同处理。
处理能力10–40 t/h，整机封闭运行，配除臭接口。参考项目：荷兰某食品回收企业（2022年）及深圳某厨余
处理厂（2024年），年处理量分别约6万t和4万t。""")

T("n24_turbo", "Unwrap Organics", "TurboSep depackaging separator",
  ["waste-treatment"], 9, [300000, 1400000], ["*"], 6000, """
Horizontal paddle separator that liberates food from its packaging: loaded by excavator or conveyor,
material is wetted and flung against a perforated screen by a high-speed rotor, so the organic
fraction passes through as a slurry while plastic film, cartons, cans and bottles ride out the far
end. The slurry, with less than 0.5% physical contaminants, is pumped to digesters or tankered to a
wastewater plant, and the light packaging can be baled. 15-30 tons per hour, stainless wetted
parts, enclosed for odour control. Reference: regional transfer station in Ontario (2023),
35,000 tons a year of grocery waste sent to co-digestion.""")

T("n24_compost", "Terrawind Composting", "In-vessel aerated composting tunnels",
  ["waste-treatment"], 9, [800000, 1500000], ["*"], 4000, """
Enclosed concrete tunnels with forced aeration and biofilters that compost food and green waste in
14-21 days to a pathogen-reduced product, followed by curing. Odours are contained, so the plant can
sit near a transfer station. Packaged food must first be depackaged or hand-sorted, since plastic
ends up in the compost, and the process produces no energy. Throughput 10,000-40,000 tons a year per
line. Compost meets SB 1383 procurement requirements for cities. Reference: municipal facility in
Washington State (2022). A mobile screening unit removes oversize material at the end of curing, and biofilter media last about five years.""")

T("n24_wte", "粤焚环保", "小型模块化热解气化焚烧发电装置",
  ["waste-treatment", "renewable-energy"], 9, [900000, 1500000], ["*"], 3000, """
面向县城、海岛和大型商超配送中心的小型模块化垃圾热解气化焚烧装置，单台处理能力30–100 t/d，垃圾在
缺氧条件下热解气化，合成气进入二燃室850℃以上充分燃烧，余热锅炉配小型汽轮机或ORC机组发电，吨垃圾
发电约300 kWh。烟气净化采用"SNCR+半干法+活性炭+布袋"，排放满足GB 18485。可直接处理混合垃圾和
带包装的过期食品，无需预先分拣，占地约3,000 m²，模块化运输现场拼装。参考项目：华南某海岛县
（2023年）两台50 t/d机组。""")

N("n24", "Riverside", "US-CA", "Getting packaged food waste into the city's digesters", ["waste-treatment"],
  1500000, 8, 6000, "2027-07-01", """
Plan goal: SB 1383 and Riverside's Climate Action and Adaptation Plan require diverting 75% of
organics from landfill and buying back recovered products. Baseline: about 14,000 tons a year of
packaged food waste from grocery stores and food distributors (expired yogurt, bagged salad, canned
and bottled drinks) is landfilled, because the co-digestion system at the water quality control
plant cannot take anything with packaging in it. Ask: equipment at the transfer station that turns
this stream into a pumpable feedstock for the existing digesters, with contamination low enough that
the digestate stays usable. Not considered: incineration and other waste-to-energy combustion are
not in scope.""",
  g3=["n24_depack", "n24_turbo"],
  sib={"n24_compost": (1, "diverts organics, but needs depackaging first and bypasses the digesters"),
       "n24_wte": (0, "incineration is excluded by name")})

# ---------------------------------------------------------------- n25
T("n25_co2rink", "极寒冰雪装备", "冰场CO2跨临界直冷制冷系统",
  ["hfc-alternatives", "energy-efficiency"], 9, [1200000, 3300000], ["*"], 550, """
采用R744（CO2）直接蒸发制冷，CO2液体经泵送进入冰面下铺设的钢管或铜管排管，冰面温度均匀度±0.5℃，
较乙二醇间接系统节能约20%–30%。跨临界运行时排出的高温热量（60–80℃）全部回收，用于融冰池、浇冰热水、
更衣室生活热水和场馆供暖除湿，通常可替代原有燃气锅炉。GWP=1，无毒，机房无需氨安全防护。制冷量
300–1,500 kW，系统模块化预制。参考项目：北京冬季运动会某速滑馆（2021年）及加拿大某社区冰场改造
（2023年）。""")

T("n25_r449", "Rinkserve Mechanical", "R-449A drop-in conversion for ice rink plants",
  ["hfc-alternatives"], 9, [150000, 600000], ["*"], 200, """
Converts R-22 ice rink refrigeration to R-449A, an HFO/HFC blend with about 60% lower GWP than
R-404A, keeping the existing compressors, slab and piping. Work includes oil change, expansion
valve adjustment, new filter-driers and leak testing, done during the summer shutdown in about three
weeks. Capacity loss is usually below 5%. The lowest-cost path to end R-22 purchases quickly.
Reference: 11 community rinks in Ontario and Michigan (2020-2023). We also recommend leak detection and a pressure test of the slab headers during the conversion. Conversion keeps the rink open for the winter season without the long lead times of a new plant.""")

T("n25_nh3", "北冰制冷工程", "氨-乙二醇间接冰场制冷机组",
  ["hfc-alternatives"], 9, [900000, 2800000], ["*"], 450, """
采用氨作为一次制冷剂、乙二醇（或氯化钙盐水）作为载冷剂的冰场间接制冷系统，氨充注量限定在独立机房内，
冰面排管内只有载冷剂。氨的制冷效率高、成本低，是传统冰场最成熟的方案，系统寿命30年以上。需按规范设置
氨泄漏检测、事故通风和紧急泄放，机房与人员密集区保持间距，审批时需消防和安全部门论证。参考项目：
哈尔滨某冰球馆（2020年）及多座北美社区冰场。系统氨充注量按冷量配置约0.1–0.2 kg/kW，配套板式换热器和屏蔽泵，运维人员需持证上岗。""")

T("n25_co2ind", "Glacier Loop Systems", "CO2 rack with glycol secondary loop for rinks",
  ["hfc-alternatives"], 9, [1000000, 3000000], ["*"], 400, """
Transcritical CO2 compressor rack that chills a glycol loop, which in turn runs through the existing
or new rink floor piping. The secondary loop lets a rink keep its floor and headers and keeps the
high-pressure CO2 inside the mechanical room, with heat reclaim from the gas cooler for snow-melt
and domestic water. The extra heat exchange step and glycol pumping cost some efficiency compared
with direct systems. GWP 1. Reference: two municipal rinks in Quebec (2022). Heat reclaim of about 1.2 MW at 45-60 C feeds snow melt, the resurfacer water and space heating, and a glycol storage tank buffers morning resurfacing loads. Factory-built rack of 250-400 kW.""")

N("n25", "Berkeley", "US-CA", "Replacing the R-22 plant at the city ice rink", ["hfc-alternatives", "energy-efficiency"],
  3500000, 8, 500, "2028-05-31", """
Plan goal: Berkeley's Climate Action Plan and the state's HFC reduction rules require city
facilities to move to very low-GWP refrigerants. Baseline: the city ice rink has a 1985 plant of
about 200 tons of refrigeration running on R-22, which is no longer produced and leaks around 300
pounds a year; a gas boiler heats the snow-melt pit, the resurfacing water and the lobby. Ask: a new
refrigeration plant whose refrigerant will not need replacing again, and that puts its rejected heat
to use. Not considered: HFO blends such as R-449A; ammonia in a building next to an elementary school
will not be approved by the fire marshal.""",
  g3=["n25_co2rink"],
  g2={"n25_co2ind": "CO2 too, but indirect with a glycol loop, lower efficiency"},
  sib={"n25_r449": (0, "R-449A is excluded by name"),
       "n25_nh3": (0, "ammonia is excluded in so many words")})

# ---------------------------------------------------------------- n26
T("n26_tdlas", "测光环境科技", "开放光程激光甲烷通量连续监测系统",
  ["ghg-data", "waste-treatment"], 8, [150000, 650000], ["*"], None, """
在填埋场、污水厂和沼气设施周界布设多条100–1,000 m的开放光程TDLAS激光甲烷分析仪，配合超声风速仪
和气象塔，每分钟测量路径平均浓度；后台基于拉格朗日反向扩散模型，把浓度和风场数据反演为场区
甲烷排放速率（kg/h），并给出不确定度区间，可按小时、月和年汇总。检测限约0.1 ppm·m，无人值守
连续运行，数据可直接导出用于温室气体清单和减排项目核证。参考项目：欧洲某封场填埋场（2023年）
及广州某污水处理厂（2024年）。""")

T("n26_sat", "Methanoscope", "Satellite methane plume detection service",
  ["ghg-data"], 8, [30000, 150000], ["*"], None, """
High-resolution hyperspectral satellite observations that detect and size methane plumes from
landfills, wastewater plants, oil and gas sites and farms. Each overpass gives a plume image and an
emission rate estimate for sources above roughly 100 kg per hour, with alerts within 72 hours. Revisit
is several days to weeks and depends on clouds, so annual totals are extrapolated from snapshots and
diffuse area sources are hard to see. Reference: landfill monitoring for three US counties (2024). Data are delivered through a web portal and an API with plume images, estimated rates and source attribution.""")

T("n26_drone", "Aerosniff", "Drone-based methane mass-balance surveys",
  ["ghg-data"], 9, [20000, 120000], ["*"], None, """
Quadcopter surveys with an open-path laser methane sensor that fly vertical curtains downwind of a
site and compute an emission rate by mass balance with measured wind, plus a hotspot map of the
surface. Each campaign takes one to two days per site and gives a snapshot with an uncertainty of
about 30%; quarterly campaigns are typical. Useful to direct gas-collection repairs and to compare
with modelled figures. Reference: 40 landfill surveys in California and Texas (2022-2024). Reports include georeferenced plume images, a list of leak points for the gas-collection contractor and a comparison with earlier campaigns.""")

T("n26_landgem", "Gasmodel Solutions", "Landfill gas generation modelling and reporting software",
  ["ghg-data", "waste-treatment"], 9, [10000, 60000], ["*"], None, """
Software that estimates landfill methane generation and emissions with first-order decay models
such as LandGEM and IPCC waste models, using tonnage history, waste composition and gas-collection
efficiency defaults, and produces regulatory and inventory reports. Scenario tools show the effect
of cover improvements and wellfield expansion. Results are model-based and depend on default
collection efficiencies. Reference: used by more than 200 landfill operators (2015-2025). Licences include training, data templates and an annual model update when regulations change, and outputs are accepted by most state reporting programmes.""")

T("n26_qcl", "量子激光传感", "腔增强量子级联激光甲烷成像仪（样机）",
  ["ghg-data"], 5, [200000, 600000], ["*"], None, """
基于中红外量子级联激光和腔增强吸收光谱的甲烷/氧化亚氮双组分成像仪，灵敏度达到ppb级，
可对填埋场覆盖层和污水厂构筑物进行扫描成像并定位泄漏点。目前完成实验室样机和两次外场测试，
正在开发自动化反演软件与长期无人值守版本，寻求示范应用单位合作开展为期一年的联合测试。
参考项目：国家重点研发计划课题外场试验（2025年）。样机体积约为0.3 m³，功耗小于200 W，可安装在巡检车或固定塔架上，合作期内提供全部数据和技术支持。""")

N("n26", "Sunnyvale", "US-CA", "Measured methane numbers for the landfill and the treatment plant", ["ghg-data", "waste-treatment"],
  700000, 7, None, "2027-02-28", """
Plan goal: Sunnyvale's Climate Action Playbook sets a 40% cut in methane from the closed landfill and
the water pollution control plant by 2030, and council wants progress reported from measurements.
Baseline: our inventory applies default emission factors and collection efficiencies; quarterly
surface walking surveys with a handheld analyser find hot spots on the landfill cap but cannot say
how many tonnes leave the site in a year. Ask: continuous quantification of the methane leaving both
sites, with stated uncertainty, that the inventory team can use directly. Not considered: estimates
modelled from default factors are what we have today and do not meet this requirement.""",
  g3=["n26_tdlas"],
  g2={"n26_drone": "measured, but periodic snapshots"},
  sib={"n26_sat": (1, "detects large plumes only, infrequent"),
       "n26_landgem": (0, "modelled estimates are excluded in so many words")},
  traps={"n26_qcl": "TRL 5 < min_trl 7"})

# ---------------------------------------------------------------- n27
T("n27_2ndlife", "循能梯次储能", "退役动力电池梯次利用储能系统",
  ["energy-storage", "electric-vehicles"], 8, [300000, 1300000], ["*"], 300, """
将电动公交车、物流车退役的动力电池包（SOH 65%–85%）经拆包检测、分选重组后，集成为集装箱式储能系统，
整包复用，无需拆解到电芯，每个储能舱容量0.5–2 MWh。配套自主BMS可兼容多品牌电池包，按每个电池包的
健康状态分配功率，并在线监测内阻和温升，异常包可单独隔离。用于场站负荷削峰、错峰充电和需量管理，
系统通过UL 9540/UL 1974认证。电池寿命结束后负责回收。参考项目：深圳某公交场站（2022年）
1.5 MWh及美国加州某物流园（2024年）。""")

T("n27_lfp", "Depotcell Energy", "New LFP containerised storage for bus depots",
  ["energy-storage", "electric-vehicles"], 9, [500000, 1400000], ["*"], 300, """
20-foot containers with 2-4 MWh of new LFP cells, 500 kW-1 MW power conversion and an energy
management system that charges from the grid or on-site solar during low-demand hours and supports
overnight depot charging peaks, keeping the site under its service limit. UL 9540 listed, 15-year
performance warranty, 6,000 cycles. Integrates with charger management software over OCPP.
Reference: transit depots in Oregon and Ontario (2023). Liquid-cooled racks, gas detection and explosion venting per NFPA 855 and NFPA 68, 94% inverter efficiency, remote monitoring with 98% availability guarantee, and optional resilience mode that keeps a few buses charging through grid outages.""")

T("n27_ocpp", "Chargewise Fleet", "Depot charge management software",
  ["electric-vehicles", "smart-grid"], 9, [40000, 250000], ["*"], 100, """
Cloud software that schedules bus charging across a depot's chargers so that every bus meets its
block departure state of charge while total load stays under the site's power limit and out of
tariff peaks. Reads vehicle telematics and blocks from the scheduling system, talks to chargers over
OCPP, and shows a live dashboard. Often lets a depot add 20-40% more buses on the same service, but
when the limit is simply too low for the fleet, it cannot add capacity. Reference: 25 North
American transit agencies (2021-2025). Integrations exist for the main bus and charger brands, and optional forecasting uses weather and route data to plan the next day.""")

N("n27", "Pasadena", "US-CA", "Depot storage from retiring bus batteries", ["energy-storage", "electric-vehicles"],
  1400000, 7, 300, "2027-08-31", """
Plan goal: the Pasadena Climate Action Plan and the state's Innovative Clean Transit rule put the
city's transit fleet on a path to zero emission by 2030. Baseline: our first 12 battery buses from
2016 are being retired; each carries about 440 kWh of packs still holding 70-80% of their capacity.
The depot service is capped at 1.5 MW and the utility needs about four years for an upgrade, while
another 20 buses are on order. Ask: a stationary system that gives these packs a useful life on site
to buffer depot charging, listed to the usual safety standards. Not considered: sending the packs
straight to recycling.""",
  g3=["n27_2ndlife"],
  sib={"n27_lfp": (1, "buffers the depot, but with new cells"),
       "n27_ocpp": (1, "scheduling only, no added capacity")})

# ---------------------------------------------------------------- n28
T("n28_hk", "水动清能", "明渠水动力发电机组",
  ["renewable-energy"], 8, [80000, 900000], ["*"], 320, """
无需筑坝的明渠水动力发电设备：横轴水轮机组悬挂在渠道桥梁或专用浮架上，利用水流动能发电，流速1.2 m/s
即可启动，额定流速2.5 m/s时单台功率25 kW，可沿渠道串联布置几十台。机组对渠道过流能力影响小于2%，
不改变输水调度；配置拦污格栅、自动升降检修机构和远程监控，并网或就地为泵站供电。预制模块化安装，
单台一天完成。参考项目：新疆某灌区干渠（2023年）及美国西部某灌溉区示范段（2024年）。""")

T("n28_canopy", "Canalsun", "Solar canopies over irrigation canals",
  ["renewable-energy"], 9, [300000, 900000], ["*"], 400, """
Steel or cable-supported PV arrays spanning irrigation canals of 5-30 m width, producing power while
shading the water to cut evaporation by up to 70% and suppress aquatic weeds. Bifacial modules,
single-span designs that avoid piers in the flow, maintenance access from the canal road. Output
about 1.5 GWh a year per megawatt in the Central Valley. Reference: canal-top pilot for an
irrigation district in California (2024). Structures are designed for 110 mph wind and seismic zone 4, modules sit 12 ft above the service road, and panel washing uses canal water with a filtered pump skid. Interconnection at 12 kV to district pumping plants.""")

T("n28_lowhead", "Weirgen Hydro", "Low-head gate turbine at check structures",
  ["renewable-energy"], 9, [150000, 950000], ["*"], 500, """
Compact Kaplan or hydrostatic pressure turbines built into a gate frame and installed at canal drops,
check structures or a new weir, for heads of 1 to 5 metres. Each unit produces 20-400 kW and can be
lifted out for floods. Where the natural drop is too small, a low weir is added upstream to create
head, which changes water levels along the reach. Fish-friendly designs available. Reference:
irrigation canal drops in Austria and Idaho (2019-2023). Turbines are supplied with their own gate frame, trash rack and hydraulic power unit; efficiency reaches 85% at rated flow, and SCADA integration allows the district to prioritise irrigation deliveries over generation at any time.""")

T("n28_inpipe", "Flowtap Energy", "In-pipe turbines for pressurised water mains",
  ["renewable-energy", "clean-water"], 9, [100000, 800000], ["*"], 200, """
Spherical lift turbines installed inside large-diameter pressurised pipelines, generating power
from excess pressure in gravity-fed water mains or irrigation pressure lines with minimal head loss.
Each 24-60 inch unit produces 20-100 kW around the clock and includes sensors for pipeline
monitoring. Only works in closed pressurised pipes, not open channels. Reference: municipal water
main in Portland, Oregon (2015), still operating. The turbine is mounted in a straight pipe section of 30 ft with an isolation bypass, so the line stays in service during maintenance; an outdoor cabinet holds the generator controls, and data are shared through the utility SCADA.""")

T("n28_foil", "Oscilla Hydro", "Oscillating hydrofoil canal generator (pilot)",
  ["renewable-energy"], 5, [150000, 500000], ["*"], 200, """
Flexible hydrofoils that flap in moving water and drive a linear generator, designed for shallow
flows where rotating turbines are too large. Potential for low-cost, fish-safe generation in canals
and rivers at 1 to 3 m/s. A 10 kW prototype ran for four months in a test flume and a
first field unit is under construction; we are looking for canal operators to host a two-year
demonstration. Reference: research partnership with a western university (2025). The project budget includes environmental monitoring of fish passage and sediment, and the unit can be removed within a day if the host needs to clear the canal.""")

N("n28", "Modesto", "US-CA", "Power from the flow in irrigation canals", ["renewable-energy"],
  1000000, 7, 300, "2027-03-15", """
Plan goal: the Modesto Climate Action Plan and the irrigation district's strategic plan call for local
renewable supply to power district pumping and cut peak purchases. Baseline: about 200 miles of
concrete-lined canals, many stretches running at 2-3 metres per second in the irrigation season;
existing drops are small, and canal roads and bridges give access. Ask: generation from the moving
water in the canals without changing how water is delivered to growers. Not considered: no new dams,
weirs or diversions; solar panels over canals are being studied under another programme and are not
in scope here.""",
  g3=["n28_hk"],
  sib={"n28_canopy": (0, "canal-top solar is excluded in so many words"),
       "n28_lowhead": (0, "needs new weirs, excluded"),
       "n28_inpipe": (1, "hydro, but closed pipelines only")},
  traps={"n28_foil": "TRL 5 < min_trl 7"})

# ---------------------------------------------------------------- n29
T("n29_hrhp", "热链节能", "数据中心余热回收热泵机组",
  ["green-data-centers", "energy-efficiency"], 9, [200000, 1400000], ["*"], 750, """
从数据中心冷冻水回水或冷却液回路（18–35℃）中提取服务器散热，用高温水源热泵提升至60–75℃，通过板换
送入泳池、生活热水或建筑供暖管网，同时替代部分冷水机组制冷，实现"一机两用"，综合COP可达6–7。
机组制热量200–2,000 kW，采用低GWP工质，可与原冷却系统并联安装，用户侧用热不足时自动切回常规散热，
不影响机房安全。配套计量和能效平台。参考项目：北欧某城市数据中心为游泳馆供热（2022年）
及杭州某数据中心园区（2024年）。""")

T("n29_drycool", "Airfree Cooling", "Free-cooling dry coolers for data centres",
  ["green-data-centers"], 9, [150000, 1200000], ["*"], 400, """
Large adiabatic-ready dry coolers with EC fans integrated into the chilled-water plant through an
economiser heat exchanger, so that the chillers switch off whenever outdoor air is cold enough.
In coastal California climates free cooling covers 60-80% of the hours and cuts cooling energy by
a third. The heat is released to the atmosphere rather than used. Modular 300-1,000 kW units, roof
or ground mounted. Reference: municipal data centre in Oregon (2022). Adiabatic pads can be added for the hottest days, fans modulate from 10% to 100% speed, and coils are coated for salt air near the bay. Controls tie in over BACnet with the existing chiller plant manager.""")

T("n29_solarpool", "Sunloop Aquatics", "Unglazed solar collectors for pool heating",
  ["renewable-energy"], 9, [100000, 600000], ["*"], 300, """
Roof-mounted unglazed polymer collectors that circulate pool water directly and raise its
temperature a few degrees a day. Simple and durable, with a 20-year life, and in California they
cover 40-70% of the annual pool heating load; winter months and night-time heat losses still need a
backup heater, and output falls when the sky is overcast. Requires about half the pool area in roof
space. Reference: 25 public aquatic centres in California and Arizona (2015-2024). Collectors are fixed with strap-down kits to flat or low-slope roofs, a differential controller starts the pump when the roof is warm, and freeze protection drains the array on cold nights.""")

N("n29", "Santa Clara", "US-CA", "Heating the aquatic centre from the city data centre", ["green-data-centers", "energy-efficiency"],
  1500000, 8, 700, "2027-10-31", """
Plan goal: the Santa Clara Climate Action Plan and Silicon Valley Power's decarbonisation goals call
for using local waste heat before burning gas. Baseline: the city's 1.2 MW municipal data centre sits
across the street from the international swim centre, which heats a 50 m pool and showers with two
gas boilers using about 160,000 therms a year; the data centre rejects its heat through chillers and
cooling towers at 20-30 C. Ask: take heat out of the data centre's cooling loop and deliver it at a
useful temperature to the pool and shower water. Not considered: a new gas-fired boiler upgrade is
out of scope.""",
  g3=["n29_hrhp"],
  sib={"n29_drycool": (1, "saves data-centre cooling energy, wastes the heat"),
       "n29_solarpool": (1, "heats the pool a different way, needs backup")})

# ---------------------------------------------------------------- n30
T("n30_bio", "海绵生态建设", "模块化生物滞留设施（海绵城市）",
  ["nature-based", "clean-water"], 9, [300000, 1800000], ["*"], 60, """
用于道路、小街巷改造的线性生物滞留带：路面径流经豁口和预处理沉砂井进入下凹式种植槽，槽内自上而下为
蓄水层、改良种植土、砂层和砾石排水层，雨水被植物和土壤截留、净化后下渗补给地下水，超标雨水经溢流
井排入市政管网。按年径流总量控制率85%设计，可处理重金属、油类和悬浮物。种植乡土耐旱植物，
夏季可降低周边地表温度。模块化预制边框，施工快，窄巷也可布置。参考项目：深圳、武汉海绵城市
试点片区（2017–2023年）累计改造道路约60 km。""")

T("n30_cistern", "Stormvault", "Modular underground stormwater storage vaults",
  ["clean-water"], 9, [200000, 1500000], ["*"], 10, """
Precast concrete or polypropylene crate modules assembled into underground tanks beneath streets
and parking, storing runoff from large storms and releasing it slowly or pumping it for irrigation.
High storage volume per footprint and no surface space needed, so they fit dense urban areas. No
planting or shade above, and stored water needs treatment before infiltration in some soils.
Reference: downtown storm retention for a Texas city (2022). Modules are rated for HS-20 traffic loading with 2 ft of cover, inspection ports every 50 ft and an isolator row that traps sediment; a vault of 1 acre-foot fits below about 10,000 sq ft of parking lot.""")

T("n30_pavers", "Perviax", "Permeable interlocking concrete pavers",
  ["clean-water", "nature-based"], 9, [150000, 1200000], ["*"], 20, """
Permeable pavers laid on an open-graded aggregate base, letting runoff soak through the joints into
the ground. Suitable for alleys, parking lanes and plazas with vehicle loads; the base stores the
design storm and infiltrates it. Requires periodic vacuum sweeping to keep joints open. Adds no
planting or shade, so heat reduction is limited, and runoff from adjacent roofs must be routed to it.
Reference: green alley programme in Chicago (2010-2020). Typical section: 80 mm pavers, 50 mm bedding of 6 mm chip, 100 mm open-graded base and 200-400 mm sub-base reservoir; surface infiltration above 1,000 mm/h when new. Installation rates of 300 m2 per crew-day.""")

T("n30_roof", "绿顶生态", "轻型屋顶绿化系统",
  ["nature-based", "green-buildings"], 9, [100000, 1000000], ["*"], 40, """
适用于既有建筑平屋面的轻型模块化屋顶绿化，基质厚度8–15 cm，饱和荷载≤150 kg/m²，种植景天类等耐旱植物，
可截留年降雨量的40%–60%并降低屋面温度15–25℃，延长防水层寿命。系统包括保护层、排水蓄水板、过滤层、
种植基质和植物，维护简单。建筑产权多属私人时需逐户协调。参考项目：上海某老旧小区（2022年）屋顶绿化
约3万m²。系统自重轻、施工不破坏原防水层，可按栋分批实施，并提供两年养护服务和植物补植。""")

N("n30", "Los Angeles", "US-CA", "Green retrofit of South LA alleys for stormwater and heat", ["nature-based", "clean-water"],
  2000000, 8, 50, "2027-11-01", """
Plan goal: LA's Green New Deal and the Safe Clean Water Program aim to capture more rain locally and
plant shade in the neighbourhoods hit hardest by heat. Baseline: about 900 miles of alleys in South
LA, mostly concrete with a centre gutter; they flood in storms, carry trash and oil to the river and
run several degrees hotter than nearby streets. Ask: an alley retrofit that soaks in and cleans the
runoff from the 85th-percentile storm on site, with planting, that can be built in narrow alleys with
pick-up truck access. Not considered: underground storage tanks and vaults are out of scope; we are
not adding concrete channels.""",
  g3=["n30_bio"],
  g2={"n30_pavers": "infiltrates runoff, but no planting or cooling"},
  sib={"n30_cistern": (0, "underground storage is excluded in so many words"),
       "n30_roof": (1, "green infrastructure on private roofs, not the alley")})
