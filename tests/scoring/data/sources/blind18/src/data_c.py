"""English needs b18n16-b18n23 and their technologies."""
from common import T, N

# ---------------- n16 Fresno: civic center evening peak cooling
T("ice_storage_cn", "zh", "冰川蓄能科技", "盘管式冰蓄冷空调系统",
  ["energy-storage", "energy-retrofits"], 9, [300000, 1700000], ["*"], 900,
  "冰川蓄能科技是国内冰蓄冷行业龙头，完成工程超过800项，荣获国家科技进步二等奖。系统利用夜间低谷电由双工况主机"
  "制冰，冰储存在钢盘管或复合盘管蓄冰槽中，白天用电高峰时段融冰供冷，可将空调高峰负荷转移50%至100%，大幅降低"
  "需量电费。蓄冰槽可埋地或放置于停车场下方，配套智能群控系统按电价自动优化充冷与释冷策略，提供UL认证设备和"
  "海外项目设计支持。")
T("li_bess_ci", "en", "Peakshift Power", "Peakshift 1 MW / 4 MWh commercial battery system",
  ["energy-storage"], 9, [900000, 3000000], ["*"], 600,
  "Peakshift delivers turnkey behind-the-meter LFP batteries that shave demand charges and arbitrage "
  "time-of-use rates automatically. AI-driven dispatch forecasts building load and tariff windows, and "
  "the system can join utility demand-response programmes for extra revenue. UL 9540 listed, NFPA 855 "
  "compliant, 15-year performance guarantee, and financing with no money down. Named a Top Solar + "
  "Storage Provider by Solar Power World.")
T("gas_peaker", "en", "Ridgeline Gensets", "Ridgeline natural-gas peak-shaving generator",
  ["smart-grid"], 9, [400000, 1600000], ["*"], 100,
  "Ridgeline 1.5 MW natural-gas generators start automatically at peak periods to cut utility demand "
  "charges and double as standby power during outages. Ultra-low-NOx engines meet CARB 2007 standards, "
  "skid enclosures are sound-attenuated to 70 dBA, and a 24/7 remote monitoring centre handles dispatch. "
  "Over 1,000 sites served in North America; EGSA member and Made-in-USA certified.")
T("chw_tank", "en", "Stratatherm", "Stratatherm stratified chilled-water storage tank",
  ["energy-storage", "energy-retrofits"], 9, [600000, 1800000], ["*"], 700,
  "Stratatherm designs and builds welded steel or precast concrete tanks that hold chilled water in "
  "temperature layers, so the plant can charge at night and discharge through the afternoon. Diffuser "
  "design keeps the thermocline sharp, and the tank can double as fire-protection water. About 4 to 6 times "
  "the volume of ice for the same ton-hours, but with no change to chiller temperatures. AWWA D100 tanks "
  "with a 40-year design life and ASHRAE Technology Award projects.")
T("dc_ice_trap", "zh", "冰川蓄能科技", "区域集中供冷冰蓄冷能源站EPC",
  ["energy-storage", "energy-retrofits"], 9, [4000000, 20000000], ["*"], 3000,
  "冰川蓄能科技区域供冷能源站为中央商务区、园区和机场提供集中冷源，采用大型冰蓄冷与水蓄冷联合系统，能源站总装机"
  "可达2万冷吨以上，通过一级管网向多栋建筑输送冷水。公司以EPC加运营模式承接，负责规划、设计、建设和长期运维，"
  "按冷量计费，业主无需自建冷站，荣获中国勘察设计协会优秀工程一等奖。")

N(16, "fresno_tes", "en", "Fresno", "Shift civic center cooling out of the 4-9 pm peak",
  ["energy-storage", "energy-retrofits"], 1800000, 8, "US-CA", 500, "2027-05-15",
  "Staff report: the City's civic center complex (five buildings served by one central chilled-water plant) sets "
  "its annual utility peak between 4 and 9 pm in July to September, when demand charges and time-of-use rates are "
  "highest. Staff recommend moving at least 1.5 MW of cooling load out of that evening window without shortening "
  "the life of the existing chillers. Any measure that adds combustion equipment on site will not be funded under "
  "the Climate Action Plan.",
  g3=["ice_storage_cn"],
  alts={"chw_tank": "a valid way to shift cooling, but needs a far larger tank on a tight site"},
  sibs={"li_bess_ci": (1, "shifts electric load, but a battery rather than the cooling itself, and costlier per MWh"),
        "gas_peaker": (0, "on-site combustion is excluded")},
  traps={"dc_ice_trap": "budget: cheapest deployment 4M > 1.8M"})

# ---------------- n17 Oakland: last-mile freight in the core
T("microhub_cn", "zh", "速骑城配科技", "城市微仓+电助力货运三轮末端配送方案",
  ["green-transportation"], 9, [80000, 450000], ["*"], 300,
  "速骑城配已在国内外18个城市运营末端配送网络，荣获城市绿色货运配送示范工程称号。干线货车在核心区外围的集装箱式"
  "微仓一次性卸货，包裹按楼栋分拣后由电助力货运三轮和两轮车送到门口，每车载重200公斤、可走自行车道，停靠只占"
  "人行道边一小块位置。提供微仓选址、车辆、骑手培训和路径优化调度软件，可与快递企业系统对接，实测核心区货车停靠"
  "次数下降六成以上。")
T("e_van", "en", "Voltvan Commercial", "Voltvan E-Step electric delivery van",
  ["electric-vehicles", "green-transportation"], 9, [60000, 2000000], ["*"], 400,
  "Voltvan E-Step is the purpose-built electric step van with 160 miles of range, walk-through cab and 600 cu "
  "ft of cargo space, built for dense urban routes. Fleet telematics, depot charging packages and HVIP "
  "voucher eligibility make switching simple, with up to 60% lower operating costs than diesel. Motor "
  "Trend Fleet Vehicle of the Year and five-star safety rating.")
T("lockers_cn", "zh", "丰格智能", "智能快递柜网络",
  ["green-transportation"], 9, [20000, 300000], ["*"], 100,
  "丰格智能快递柜覆盖全国30万个点位，获评“中国邮政业科技创新奖”。快递员一次性把多个包裹投入社区或办公楼柜机，"
  "收件人凭取件码或人脸识别随时自取，减少重复投递和电话沟通。柜机支持冷藏格口、太阳能供电和多品牌快递接入，"
  "提供点位运营和广告分成合作，可快速部署于公共空间。")
T("sidewalk_robot", "en", "Curbless Robotics", "Curbless autonomous sidewalk delivery robots",
  ["green-transportation"], 8, [100000, 500000], ["*"], 50,
  "Curbless six-wheeled robots carry up to 20 kg at walking speed along sidewalks, navigating with lidar and "
  "cameras and handing over parcels through an app-unlocked lid. Operating from a neighbourhood depot, a "
  "fleet of 20 covers a 2-mile radius with remote supervisors on call. Over two million deliveries "
  "completed; TIME Best Inventions honouree.")
T("curb_booking", "en", "CurbFlow", "CurbFlow smart loading zone booking platform",
  ["green-transportation"], 9, [30000, 250000], ["*"], 80,
  "CurbFlow turns commercial loading zones into bookable, sensor-monitored spaces. Drivers reserve 15-minute "
  "slots in the app, in-ground sensors and cameras verify use, and the city gets real-time occupancy data "
  "and automated enforcement. Pilots show double-parking down by up to 40% and freight dwell time cut by "
  "a third. Smart Cities Connect award winner, deployed in 25 cities.")

N(17, "oak_freight", "en", "Oakland", "Downtown parcel delivery without curbside double-parking",
  ["green-transportation"], 500000, 8, "US-CA", 200, "2027-04-15",
  "Downtown Mobility Plan measure F-3: delivery vans double-park along Broadway and Telegraph every morning, blocking "
  "bus and bike lanes and idling for long periods. The City wants to pilot a way to get parcels to the final door in "
  "the core with far fewer trucks stopping at the curb. Swapping the same vans for battery-electric vans would not "
  "relieve curb congestion and is not what this measure funds.",
  g3=["microhub_cn"],
  alts={"curb_booking": "manages curb use, but the same number of vans still come"},
  sibs={"e_van": (0, "electric vans are excluded in so many words"),
        "lockers_cn": (1, "consolidates drop-offs, but vans still drive in"),
        "sidewalk_robot": (1, "small-vehicle delivery, but TRL 8 and tiny payloads")})

# ---------------- n18 San Diego: PFAS in groundwater wells
T("pfas_ix_cn", "zh", "蓝澈水处理", "PFAS专用选择性阴离子交换树脂吸附罐",
  ["clean-water"], 9, [300000, 2000000], ["*"], None,
  "蓝澈水处理PFAS专用选择性阴离子交换树脂已通过NSF/ANSI 61认证，在中美两国饮用水厂运行超过60套。树脂对PFOA、"
  "PFOS及短链全氟化合物具有极高亲和力，出水可稳定低于检测限，空床接触时间仅需2至3分钟，设备占地远小于活性炭罐。"
  "采用一次性使用模式：树脂饱和后整罐更换并高温焚烧处置，现场不产生再生液或浓水。提供中试验证、双罐串联设计和"
  "更换服务。")
T("pfas_ix_en", "en", "ClearSorb Water", "ClearSorb single-use PFAS-selective ion exchange vessels",
  ["clean-water"], 9, [250000, 2100000], ["US", "CA", "AU"], None,
  "ClearSorb lead-lag vessels hold a single-use, PFAS-selective anion exchange resin that captures long- and "
  "short-chain PFAS to below 2 ng/L with an empty-bed contact time of about 3 minutes, a third of the "
  "footprint of carbon. Spent resin is exchanged by ClearSorb crews and destroyed off site at high "
  "temperature, leaving no regenerant or reject water at the well. NSF/ANSI 61 certified, skid-mounted, and "
  "approved by state drinking water programmes in 12 states. AWWA Innovation Award recipient.")
T("gac_cn", "zh", "碳源净水", "颗粒活性炭（GAC）PFAS吸附过滤系统",
  ["clean-water"], 9, [200000, 1800000], ["*"], None,
  "碳源净水采用高活性煤质和椰壳颗粒活性炭，配套双罐串联压力过滤器，可去除水中PFOA、PFOS及多种有机微污染物，"
  "同时改善嗅味。活性炭饱和后由厂家回收高温再生，运行成熟可靠，产品通过NSF/ANSI 61认证，空床接触时间约10至20分钟，"
  "已在多个市政水厂应用，并提供穿透曲线预测和换炭服务。")
T("ro_pfas", "en", "Purimem Systems", "Purimem high-rejection reverse osmosis for PFAS",
  ["clean-water"], 9, [800000, 4000000], ["*"], None,
  "Purimem reverse osmosis trains remove more than 99% of PFAS along with nitrate, hardness and other "
  "contaminants in one barrier. Energy-recovery devices and smart antiscalant dosing keep operating costs "
  "low, and containerised trains from 0.5 to 5 MGD install quickly. Typical recovery is 80-85%, with the "
  "concentrate routed to sewer or brine management. NSF listed membranes and WateReuse Award projects.")
T("foam_frac", "en", "Frothex Environmental", "Frothex PFAS foam fractionation unit",
  ["clean-water"], 8, [300000, 1500000], ["*"], None,
  "Frothex uses fine air bubbles to strip surfactant-like PFAS into a foam that is skimmed off and collapsed "
  "to a small liquid concentrate, with no media to replace. Best on long-chain compounds in landfill "
  "leachate and groundwater; polishing stages can be added for short chains. Modular trailers and a "
  "remote-monitoring platform, recognised as a Global Water Technology Breakthrough.")

N(18, "sd_pfas", "en", "San Diego", "PFAS treatment at two groundwater wells",
  ["clean-water"], 2200000, 8, "US-CA", None, "2027-12-31",
  "Public Utilities Department: two of the City's groundwater wells in the Mission Valley basin test above the new "
  "federal maximum contaminant levels for PFOA and PFOS. Together the wells supply about 4 MGD. We need a treatment "
  "barrier that reaches non-detect, fits on the existing well sites, and leaves no liquid waste stream behind: the "
  "sites have no sewer capacity for concentrate or brine, and hauling it is not an option.",
  g3=["pfas_ix_cn", "pfas_ix_en"],
  alts={"gac_cn": "proven, but larger beds and earlier short-chain breakthrough on small sites"},
  sibs={"ro_pfas": (0, "produces a concentrate stream, excluded"),
        "foam_frac": (0, "leaves a liquid concentrate, excluded")},
  note="two grade-3 answers: Chinese and English single-use selective resin")

# ---------------- n19 Sacramento: outdoor pool heating
T("pool_solar_cn", "zh", "阳帆热能", "泳池专用无釉聚丙烯太阳能集热板",
  ["renewable-energy"], 9, [40000, 550000], ["*"], 700,
  "阳帆热能泳池集热板采用抗紫外聚丙烯共聚材料挤出成型，无玻璃盖板、无保温层，泳池水由过滤循环泵直接送入集热板"
  "吸热后回流，温升2至4℃，在泳池所需的低温区间效率最高。集热板可铺设在平屋面或遮阳棚顶，单块重量轻，抗冻耐候，"
  "质保15年，通过SRCC OG-100认证，已在北美和澳洲上千个公共泳池应用，配套智能温差控制器。")
T("gas_pool_heater", "en", "Thermaqua", "Thermaqua 95% condensing commercial pool heater",
  ["energy-efficiency"], 9, [50000, 400000], ["*"], 150,
  "Thermaqua condensing pool heaters reach 95% thermal efficiency, using about 15% less gas than standard "
  "commercial boilers. Stainless heat exchangers resist pool chemistry, cascade controls stage multiple "
  "units, and ultra-low NOx burners meet SCAQMD Rule 1146.2. AHRI certified, ENERGY STAR recognised and "
  "backed by a 10-year warranty.")
T("pv_resistance", "en", "SunCircuit", "SunCircuit solar PV with electric resistance pool heating",
  ["renewable-energy"], 9, [200000, 600000], ["*"], 300,
  "SunCircuit pairs rooftop or canopy PV with inline electric resistance pool heaters, so sunshine heats "
  "the water through the meter. A single contract covers panels, interconnection, net billing setup and "
  "heaters, with monitoring of generation and pool temperature in one app. Tier-1 modules, 25-year "
  "warranty and a NABCEP-certified installation team.")
T("pool_hp_cn", "zh", "暖泉新能源", "商用空气源热泵泳池恒温机组",
  ["renewable-energy", "energy-efficiency"], 9, [60000, 500000], ["*"], 500,
  "暖泉空气源热泵泳池恒温机组采用钛管换热器和变频压缩机，制热COP可达6，全年为泳池恒温供热，比燃气加热节省运行费用"
  "60%以上。机组模块化组合，单台制热量50至200kW，具备除湿和热回收功能，通过CE、ETL认证，出口40多个国家，荣获"
  "中国热泵行业年度品牌奖。")
T("pool_cover", "en", "CoverMax", "CoverMax automatic commercial pool covers",
  ["energy-efficiency"], 9, [30000, 300000], ["*"], 250,
  "CoverMax motorised covers roll thermal blankets across 50-metre pools in minutes, stopping up to 70% of "
  "heat loss from evaporation overnight and saving water and chemicals. Reels mount at the deck edge, and "
  "closed-cell foam blankets last eight or more seasons. Trusted by universities and municipal aquatic "
  "centres, with ASTM F1346 compliant safety options.")

N(19, "sac_pool", "en", "Sacramento", "Cut gas used to heat outdoor municipal pools",
  ["renewable-energy"], 600000, 8, "US-CA", 600, "2027-03-01",
  "Climate Action Plan measure B-7: the City's three outdoor aquatic centers burn about 180,000 therms of natural gas "
  "a year to keep 50-meter pools at 80 °F from March to October. Parks and Recreation wants to cut that gas use "
  "sharply. New or replacement gas heaters will not be funded. The pool buildings have large flat roofs and there "
  "are shade structures next to the decks.",
  g3=["pool_solar_cn"],
  alts={"pool_cover": "cuts heat loss substantially, but does not supply heat"},
  sibs={"gas_pool_heater": (0, "gas heaters are excluded"),
        "pv_resistance": (1, "solar-powered, but resistance heating makes poor use of the roof"),
        "pool_hp_cn": (1, "electrifies heating, but grid electricity rather than renewable heat")})

# ---------------- n20 San Jose: failing equipment on overhead lines (wildfire)
T("fault_anticip_cn", "zh", "衡波电力科技", "HB-PD配电线路隐患在线预警终端",
  ["smart-grid"], 9, [60000, 800000], ["*"], None,
  "衡波电力HB-PD终端卡装在架空线路上，同步采集工频和高频行波电流，依靠AI波形库识别绝缘子放电、树障擦碰、线夹松动、"
  "避雷器劣化等早期隐患产生的微弱放电和间歇性接地信号，在跳闸或起火之前把隐患定位到具体杆段，并推送处置工单。"
  "单台覆盖约3至5公里，带电安装、太阳能取电，适用于6至35kV线路，获中国电力科学技术进步奖，已在南方电网和海外"
  "山火高风险地区部署超过1万套。")
T("covered_cond", "en", "Sheathline", "Sheathline tree-resistant covered conductor",
  ["smart-grid"], 9, [200000, 3000000], ["*"], None,
  "Sheathline replaces bare overhead wire with a triple-layer XLPE-covered conductor that tolerates "
  "momentary contact with branches and wildlife, dramatically reducing ignitions. Reconductoring uses "
  "existing poles in most cases, with upgraded crossarms and insulators. IEEE 1926 tested, and a leading "
  "choice for California wildfire mitigation plans.")
T("undergrounding", "en", "Terradig Utility Services", "Terradig directional-drill undergrounding",
  ["smart-grid"], 9, [500000, 10000000], ["*"], None,
  "Terradig moves overhead distribution lines underground with horizontal directional drilling and "
  "trenchless vaults, eliminating wildfire ignition risk from conductors for good. Our crews handle design, "
  "permitting and restoration end to end, completing up to a mile a week. Safety record recognised by "
  "NUCA, and preferred contractor for multiple investor-owned utilities.")
T("wx_cameras", "en", "Ridgewatch", "Ridgewatch AI wildfire cameras and weather stations",
  ["smart-grid", "clean-air"], 9, [40000, 500000], ["*"], None,
  "Ridgewatch ultra-HD pan-tilt cameras and micro-weather stations mounted on utility poles detect smoke "
  "within minutes and feed wind, humidity and fuel-moisture data into PSPS decision tools. AI confirms "
  "detections and alerts fire agencies automatically. Over 1,200 stations across the western US; "
  "partner of state fire agencies.")
T("fci", "en", "Linesense", "Linesense communicating faulted-circuit indicators",
  ["smart-grid"], 9, [20000, 300000], ["*"], None,
  "Linesense clip-on faulted-circuit indicators flash and report over cellular the moment a fault current "
  "passes, narrowing patrol zones and restoring customers faster. Hot-stick installation, 20-year lithium "
  "battery, and SCADA/DNP3 integration. Over 500,000 sensors deployed; a staple of reliability "
  "programmes.")
T("das_trap", "zh", "光感电力", "光纤分布式声学传感架空线隐患监测（试点）",
  ["smart-grid"], 5, [150000, 900000], ["*"], None,
  "光感电力利用线路中已有的OPGW光纤作为连续传感器，通过分布式声学与振动传感技术感知沿线放电、异物搭挂、树木接触"
  "和外力破坏，定位精度可达10米。目前已在两条110kV线路完成现场试点，配网场景正在开展样机验证，入选国家重点研发"
  "计划课题，欢迎电网企业共同开展示范。")

N(20, "sj_fault", "en", "San Jose", "Find failing overhead-line equipment before it sparks",
  ["smart-grid"], 900000, 7, "US-CA", None, "2027-06-01",
  "San José Clean Energy and the City's wildfire team (foothill wildland-urban interface east of the city) want to "
  "find failing equipment on overhead distribution lines, such as cracked insulators, vegetation contact and worn "
  "clamps, before it causes a spark or a trip, so crews can repair it ahead of red-flag days. It must work on the "
  "existing 12 kV circuits. Undergrounding is out of scope for this RFP.",
  g3=["fault_anticip_cn"],
  alts={"fci": "locates faults quickly, but only after they happen"},
  sibs={"undergrounding": (0, "excluded in so many words"),
        "covered_cond": (1, "reduces ignitions, but does not find failing equipment"),
        "wx_cameras": (1, "detects fires and weather, not incipient faults")},
  traps={"das_trap": "TRL 5 < 7"})

# ---------------- n21 Los Angeles: ice rinks on R-22
T("co2_rink_cn", "zh", "冰芯制冷", "二氧化碳跨临界直冷冰场制冷系统",
  ["hfc-alternatives"], 9, [800000, 2400000], ["*"], 900,
  "冰芯制冷承建北京冬奥会比赛场馆同类技术冰场，累计完成冰场工程120余块。系统以R744为唯一工质，二氧化碳在冰面下"
  "钢管内直接蒸发制冰，冰面温差控制在0.5℃以内，制冰快、冰质均匀；跨临界运行产生的高温热量回收用于浇冰热水、"
  "场馆供暖和融冰池，综合能效提升30%以上。机组通过UL和CE认证，可在北美现场安装调试，并提供旧系统拆除与冰面管道"
  "更换方案。")
T("co2_rink_en", "en", "Polar Loop Refrigeration", "Polar Loop transcritical CO2 rink package with heat reclaim",
  ["hfc-alternatives"], 9, [900000, 2450000], ["US", "CA"], 850,
  "Polar Loop packages use R744 (GWP 1) as the only working fluid, pumping liquid CO2 through the rink floor "
  "for a fast, uniform sheet and reclaiming high-grade heat for Zamboni water, under-slab frost protection "
  "and building heat. Factory-tested racks ship ready to pipe, with a machine-room footprint about half of "
  "an ammonia plant. UL listed, ASHRAE 15 compliant and installed at NHL practice facilities; Ice Arena "
  "Manager's Choice Award.")
T("ammonia_rink", "en", "Northwind Industrial Refrigeration", "Northwind ammonia/brine rink plant",
  ["hfc-alternatives"], 9, [700000, 2000000], ["*"], 700,
  "Northwind low-charge ammonia chillers with calcium chloride brine are the most efficient conventional rink "
  "systems available, with zero GWP and 60 years of proven use. Packaged plants include leak detection, "
  "emergency ventilation and scrubbers, sited in a dedicated machine room. IIAR member contractor with 300 "
  "arenas delivered.")
T("r449a_cn", "zh", "鑫制冷工程", "R22冰场系统R449A直接替换改造",
  ["hfc-alternatives"], 9, [150000, 800000], ["*"], 300,
  "鑫制冷工程为冰场和冷库提供R22系统快速替换服务，采用R449A等HFC/HFO混合制冷剂，保留原有压缩机组和冰面管道，"
  "更换润滑油、膨胀阀和密封件后即可投入运行，改造周期短、投资低，能效与原系统相当，已完成改造项目200余个，"
  "提供北美制冷剂合规咨询。")

N(21, "la_rink", "en", "Los Angeles", "Replace R-22 refrigeration at two municipal ice rinks",
  ["hfc-alternatives"], 2500000, 8, "US-CA", 800, "2028-01-31",
  "Recreation and Parks: the City's two municipal ice rinks still run on R-22 direct systems that leak and can no "
  "longer be serviced economically. The replacement must use a working fluid with a GWP below 10. No ammonia inside "
  "occupied recreation buildings, and no HFC or HFC/HFO blends. Heat recovery for resurfacing water and building heat "
  "is desired.",
  g3=["co2_rink_cn", "co2_rink_en"],
  sibs={"ammonia_rink": (0, "ammonia in occupied buildings is excluded"),
        "r449a_cn": (0, "an HFC/HFO blend, excluded")},
  note="two grade-3 answers: Chinese and English CO2 rink systems")

# ---------------- n22 Long Beach: curbside charging without trenching
T("pole_charger_cn", "zh", "明杆智能", "路灯杆一体化交流充电桩",
  ["electric-vehicles"], 9, [1500, 600000], ["*"], 600,
  "明杆智能路灯杆充电桩直接挂装在现有市政路灯杆上，取用灯杆原有供电回路，升级LED灯具节省出的容量即可支持7kW交流"
  "慢充，单杆安装半天完成，无需开挖人行道、无需新建电缆沟和桩基。内置计量、4G通信和动态功率分配，支持刷卡、APP"
  "和OCPP协议，获红点设计奖，通过UL 2594和ETL认证，已在伦敦、深圳等城市部署超过2万个充电点。")
T("dcfc_hub", "en", "Rapidcharge Networks", "Rapidcharge 150 kW DC fast-charging hub",
  ["electric-vehicles"], 9, [300000, 2000000], ["*"], 900,
  "Rapidcharge hubs bring 6 to 12 high-power DC chargers to one site with canopy lighting, amenities and "
  "99% uptime guarantees, charging most cars to 80% in under 25 minutes. We handle site hosting, "
  "utility upgrades and operation. CTEP-certified dispensers, Plug and Charge support and NEVI "
  "compliant. Charging Network of the Year.")
T("curb_pedestal", "en", "Streetvolt", "Streetvolt curbside Level 2 pedestal chargers",
  ["electric-vehicles"], 9, [8000, 600000], ["*"], 500,
  "Streetvolt dual-port Level 2 pedestals are designed for public right-of-way: vandal-resistant "
  "stainless enclosures, cable management and ADA-compliant layouts, fed from new underground conduit to a "
  "utility service point. Turnkey design, permitting and installation, ENERGY STAR certified and OCPP 2.0.1 "
  "ready. Over 10,000 ports in service across North America.")
T("mobile_robot_cn", "zh", "移电科技", "自动泊车场景移动充电机器人",
  ["electric-vehicles", "energy-storage"], 8, [50000, 700000], ["*"], 200,
  "移电科技移动充电机器人内置60kWh磷酸铁锂电池，用户在APP下单后，机器人自主行驶到车位旁完成插枪充电，充完后返回"
  "补电站，无需为每个车位建设固定充电桩。适用于停车场和园区，支持多车排队调度，获世界人工智能大会创新奖，"
  "已在多个城市商业停车场试运营。")
T("utility_pole_chg", "en", "Polecharge", "Polecharge utility-pole-mounted Level 2 chargers",
  ["electric-vehicles"], 9, [5000, 500000], ["US"], 450,
  "Polecharge mounts Level 2 chargers directly on wooden or steel utility distribution poles, fed from the "
  "secondary conductors with a utility-owned meter. No trenching or new foundations are needed, but each "
  "pole requires a joint-use agreement with the utility and works only where poles stand at the curb. "
  "UL listed, OCPP compliant and piloted in several California cities.")

N(22, "lb_curbev", "en", "Long Beach", "Residential-street public charging for renters",
  ["electric-vehicles"], 700000, 8, "US-CA", 400, "2027-08-31",
  "EV Blueprint action 2.1: about 60% of Long Beach residents live in apartments without off-street parking. The "
  "City wants public Level 2 charging along residential streets, 200 ports in phase one. Every new pedestal or trench "
  "in the sidewalk costs months of permitting, so phase one must avoid new trenching and new foundations in the "
  "right-of-way. DC fast-charging hubs belong to a separate program and are not in scope here.",
  g3=["pole_charger_cn"],
  alts={"utility_pole_chg": "no trenching, but only where utility poles line the curb and needs utility agreements"},
  sibs={"dcfc_hub": (0, "fast-charging hubs are excluded by name"),
        "curb_pedestal": (0, "new pedestals and conduit are excluded"),
        "mobile_robot_cn": (1, "no fixed infrastructure, but a parking-lot product, not on-street")})

# ---------------- n23 Riverside: fugitive dust from unpaved lots
T("dust_supp_cn", "zh", "绿壤新材", "生物基高分子抑尘固化剂",
  ["clean-air"], 9, [20000, 350000], ["*"], None,
  "绿壤新材生物基抑尘固化剂以改性木质素和天然多糖为主要原料，稀释后用洒布车或背负式喷雾一次性喷洒，渗入表层土壤"
  "3至5厘米并形成柔韧的结皮，可抵御8级大风和车辆碾压，扬尘削减率达到90%以上，有效期6至12个月，对植物和地下水无害。"
  "产品通过美国EPA和欧盟REACH相关检测，获中国环境保护产业协会推荐产品，已用于矿区、工地、赛马场和未硬化道路。")
T("dust_polymer_en", "en", "Terralock Solutions", "Terralock polymer soil stabilizer emulsion",
  ["clean-air"], 9, [15000, 380000], ["US"], None,
  "Terralock is a non-toxic acrylic copolymer emulsion that binds surface soil into a durable, flexible crust, "
  "tested to cut PM10 from wind and light traffic by more than 90%. One topical application lasts a season "
  "or more and uses a fraction of the water of routine wetting. Listed on CARB's approved dust control "
  "products, applied by our crews on trails, lots and unpaved alleys. Green Chemistry Challenge nominee.")
T("water_truck", "en", "Aquahaul Services", "Aquahaul scheduled water-truck dust control",
  ["clean-air"], 9, [10000, 200000], ["*"], None,
  "Aquahaul provides water trucks with trained operators on a fixed schedule or on call for wind events, "
  "keeping surfaces damp to suppress PM10. GPS logs every pass for AQMD compliance records, and reclaimed "
  "water options are available. Over 25 years serving construction sites and municipalities across "
  "Southern California.")
T("paving_cn", "zh", "城建路面", "透水沥青及混凝土铺装工程",
  ["clean-air", "clean-water"], 9, [100000, 3000000], ["*"], None,
  "城建路面提供透水沥青、透水混凝土和传统沥青铺装全套施工服务，彻底消除土路扬尘，同时提升雨水下渗能力。"
  "具有市政公用工程施工总承包一级资质，路面使用寿命15年以上，配套排水和标线施工，获多项市政金杯示范工程奖。")
T("wind_fence", "en", "Windscreen Pro", "Windscreen Pro porous wind fencing",
  ["clean-air"], 9, [10000, 250000], ["*"], None,
  "Windscreen Pro fences use 50%-porosity HDPE fabric on galvanised posts to cut near-surface wind speed "
  "by up to 70% downwind, reducing dust lifted from open ground. Modular panels install quickly along lot "
  "edges and trails, with UV-stabilised fabric rated for ten years. Recognised in dust control plans from "
  "Owens Lake to Imperial Valley.")

N(23, "rv_dust", "en", "Riverside", "Control fugitive dust from city-owned unpaved lots and trails",
  ["clean-air"], 400000, 8, "US-CA", None, "2027-02-15",
  "Air quality element, policy AQ-4: unpaved alleys, equestrian trails and vacant parcels in the Arlanza and La Sierra "
  "neighborhoods raise PM10 on windy days, and the air district has cited several city-owned parcels. Routine watering "
  "is exactly what we are trying to move away from in a drought, and paving every lot is not something the City can "
  "afford or wants on trails.",
  g3=["dust_supp_cn", "dust_polymer_en"],
  alts={"wind_fence": "helps on open lots, partial and not on trails"},
  sibs={"water_truck": (0, "routine watering is excluded"),
        "paving_cn": (0, "paving is excluded")},
  note="two grade-3 answers: Chinese and English soil stabilisers")
