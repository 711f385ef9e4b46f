"""English needs 24-30, their technologies, and the generic-word distractors."""
from common import T, N, G

# ---------------------------------------------------------------- n24 veterans hall heat
N("veterans_hall_heat", "Ferndale", "US-CA", "Heating for the veterans' memorial hall", ["energy-retrofits"],
  "The city's 1920s veterans' memorial hall (6,000 sq ft: main hall, kitchen and two meeting rooms) is heated by two "
  "propane furnaces at the end of their life. The hall is rented for weddings and wakes, so rooms must warm up quickly. "
  "Council has asked staff to get the building off propane. It is on the historic register: the pressed-tin ceilings "
  "and plaster walls cannot be opened for new ductwork. Winter lows reach the high 20s °F.",
  150000, 8, 25, "2027-09-15",
  answers=["ductless_hp"],
  sibs={"ducted_hp": (0, "ducted heat pump: needs new ductwork through ceilings"),
        "propane_furnace_hi": (0, "new propane furnace: council wants off propane"),
        "radiant_panels": (1, "electric radiant panels: off propane and no ducts, but resistance heat")})

T("ductless_hp", "暖川空调", "低温型一拖多无风管热泵",
  ["energy-retrofits"],
  "无风管室内机（壁挂、落地、嵌入天花）配低温喷气增焓室外机，-25℃仍可制热，-15℃满额出力，COP约3。一台室外机带2-8个"
  "房间，冷媒管和冷凝水管管径小，可沿踢脚线或外墙走管，无需风道。提供R32机型和北美认证版本，适合老旧建筑和历史建筑改造。",
  9, [8000, 90000], ["*"], 20)
T("ducted_hp", "Comfortair", "Ducted central heat pump systems",
  ["energy-retrofits"],
  "Variable-speed central heat pumps with a matched air handler and a new insulated duct system, designed to Manual J/D. "
  "We run supply trunks through attics and ceilings and cut registers in each room; SEER2 18, HSPF2 9, heating to 5 °F. "
  "Typical small commercial install in one to two weeks.",
  9, [15000, 120000], ["*"], 20)
T("propane_furnace_hi", "Heatmax", "97 % AFUE propane furnaces",
  ["energy-efficiency"],
  "Modulating condensing furnaces for propane or natural gas with 97 % AFUE, ECM blowers and PVC venting, replacing "
  "older 80 % units in existing duct systems. 60,000-120,000 Btu/h, quiet two-stage operation, 10-year parts warranty.",
  9, [4000, 25000], ["*"], 5)
T("radiant_panels", "Warmline", "Electric radiant ceiling and wall panels",
  ["energy-retrofits"],
  "Low-profile infrared panels mounted on ceilings or walls, wired to room thermostats, that heat people and surfaces "
  "quickly without moving air. 300-1,200 W per panel, no ducts or pipes, silent; efficiency of electric resistance, "
  "so running cost is higher than a heat pump.",
  9, [3000, 40000], ["*"], 10)

# ---------------------------------------------------------------- n25 steam traps
N("cannery_steam_traps", "Woodland", "US-CA", "Finding failed steam traps in a tomato processing plant", ["energy-efficiency"],
  "This FPIP-style grant application is for a tomato paste plant that runs three 70,000 lb/h boilers during the 100-day "
  "pack. Maintenance can hear steam escaping all over the evaporators and sterilisers, but with 900 traps nobody knows "
  "which have failed until the annual survey, and by then a season's worth of steam is gone. We want to know within a "
  "day when a trap fails open or blocks. The boilers were replaced in 2022 and are not part of this project.",
  350000, 8, 1200, "2027-05-01",
  answers=["trap_monitor"],
  alts={"trap_survey": "finds failed traps, but once a year rather than within a day"},
  sibs={"boiler_replace": (0, "boiler replacement: not part of this project"),
        "condensate_recovery": (1, "condensate return: steam-system saving, different problem")})

T("trap_monitor", "汽安测控", "无线蒸汽疏水阀在线监测系统",
  ["energy-efficiency"],
  "夹装式声学加温度传感器装在疏水阀进出口管上，不停汽、不开孔；算法识别漏汽、堵塞和冷凝水积存，通过LoRaWAN或无线HART"
  "上传，平台按漏汽量估算损失（公斤/小时和金额）并推送工单。电池寿命5年，单厂可接入数千个点位，适用于食品、化工和制药"
  "行业蒸汽系统。",
  9, [30000, 300000], ["*"], 1000)
T("trap_survey", "Steamcheck Services", "Annual steam trap survey",
  ["energy-efficiency"],
  "Certified technicians test every trap with ultrasonic and infrared instruments, tag failures and deliver a ranked "
  "repair list with steam loss in lb/h and dollars. Surveys are usually annual or twice a year; a 1,000-trap plant takes "
  "about a week.",
  9, [8000, 40000], ["*"], 600)
T("boiler_replace", "Fireline Boiler", "Packaged boiler replacement",
  ["energy-efficiency"],
  "Firetube and watertube packaged boilers of 10,000-100,000 lb/h with ultra-low-NOx burners (under 9 ppm), O2 trim, "
  "economisers and linkageless controls, delivered and commissioned during the off-season. Removal of old units and "
  "air permit support included.",
  9, [250000, 3000000], ["*"], 1500)
T("condensate_recovery", "Returnflow", "Pressurised condensate return systems",
  ["energy-efficiency"],
  "Pumping traps and pressurised receivers that return hot condensate and flash steam to the deaerator instead of "
  "draining it, saving 10-20 % of boiler fuel and treated make-up water. Skids for 2,000-40,000 lb/h of condensate.",
  9, [30000, 300000], ["*"], 800)

# ---------------------------------------------------------------- n26 orchard removal
N("orchard_removal_no_burn", "Madera", "US-CA", "Alternatives to burning removed orchards", ["clean-air"],
  "Growers in the county pull out several thousand acres of old almond and walnut orchards every year. The air district "
  "is phasing out open burning of the wood, and the biomass power plants that used to take the chips have closed, so "
  "hauling to a plant is no longer an option. The commissioner's office is funding a cost-share for a service that "
  "disposes of whole orchards on the field before replanting, ideally putting the carbon and organic matter back into "
  "the soil. Growers worry about nitrogen tie-up and the replant calendar.",
  800000, 8, 2500, "2027-01-31",
  answers=["whole_orchard_recycling"],
  sibs={"biomass_plant": (0, "biomass power plant: hauling to a plant is no longer an option"),
        "air_curtain": (1, "air curtain burner: cleaner burning, but still burning"),
        "biochar_kiln": (1, "biochar kilns: keep carbon, different way, slow for whole orchards")})

T("whole_orchard_recycling", "绿园农服", "整园果树粉碎还田服务",
  ["clean-air", "nature-based"],
  "用履带式大型粉碎机把推倒的整株果树（含根盘）就地粉碎成木片，均匀撒铺后用重型圆盘耙翻入20-30厘米土层，每亩还田"
  "木质有机物15-20吨。配套补氮方案和下茬定植时间建议，防止氮素被固定；一台机组每天处理15-25亩，在北美扁桃、核桃产区"
  "提供服务。",
  9, [50000, 900000], ["US", "CN"], 2000)
T("air_curtain", "Firebox Systems", "Air curtain burners",
  ["clean-air"],
  "Refractory-walled fireboxes with a high-velocity air curtain that traps smoke particles and burns them, cutting "
  "particulate emissions by up to 90 % compared with open piles. Towable models handle 5-20 tons an hour of slash, "
  "orchard wood or storm debris; ash is the only residue.",
  9, [90000, 600000], ["*"], None)
T("biochar_kiln", "Flamecap", "Flame-cap biochar kilns",
  ["carbon-capture", "nature-based"],
  "Open-top steel kilns of 1-3 m³ in which woody debris is fed in layers so the flame consumes the smoke while char forms "
  "underneath; quenched with water for a stable biochar. Portable by pickup, two-person crews make about 1 m³ of char "
  "a day per kiln; batch records are hand-written.",
  8, [2000, 40000], ["*"], 20)
T("biomass_plant", "Sierrapower", "Biomass power plant fuel supply contracts",
  ["renewable-energy"],
  "A 25 MW biomass power plant buying chipped orchard, forest and urban wood under long-term fuel contracts, paid per "
  "bone-dry ton delivered to the yard. We arrange grinding and trucking from the field within a 75-mile radius.",
  9, [50000, 2000000], ["US"], 8000)

# ---------------------------------------------------------------- n27 ag plastic
N("ag_plastic_recycling", "Watsonville", "US-CA", "Collecting and recycling used drip tape and plastic mulch", ["waste-treatment"],
  "Strawberry and vegetable growers in the valley retire thousands of tons of drip tape and polyethylene mulch film each "
  "year. The film comes off the field caked with soil and plant matter, landfills now charge by weight, and some of it "
  "ends up burned or dumped in creek beds. The county waste authority wants a regional processor that can take dirty ag "
  "plastic and turn it into a saleable material. Landfill disposal is exactly what we are trying to reduce, and the "
  "board will not fund combustion.",
  1800000, 8, 1500, "2027-11-01",
  answers=["agfilm_recycle"],
  alts={"film_baler": "baling helps collection, but processes nothing into a saleable material"},
  sibs={"wte_plant": (0, "gasification with syngas burned in engines: the board will not fund combustion"),
        "biodeg_mulch": (1, "biodegradable mulch: avoids the waste, different way")})

T("agfilm_recycle", "膜复环保", "废旧农膜清洗造粒生产线",
  ["waste-treatment"],
  "专为含泥量高的废旧地膜、滴灌带设计：破包、干式除土、破碎、摩擦清洗、浮选、挤干后双阶挤出造粒，可处理含杂率高达60%的"
  "原料，产出LDPE/HDPE再生颗粒用于管材、垃圾袋等。处理能力每小时0.5-3吨，清洗水循环使用，提供海外安装调试和培训。",
  9, [400000, 1700000], ["*"], 1800)
T("film_baler", "Balemaster Ag", "Mobile balers for ag film and drip tape",
  ["waste-treatment"],
  "Trailer-mounted balers that compress field-retrieved mulch film and drip tape into 500-800 lb bales at the field edge, "
  "reducing hauling trips by 80 %. Hydraulic 30-ton press, PTO or diesel power pack; bales are sold to processors or "
  "landfilled.",
  9, [25000, 90000], ["*"], 100)
T("wte_plant", "Enviroburn", "Containerised plastic-waste gasification power units",
  ["waste-treatment", "renewable-energy"],
  "Modular gasifiers of 10-30 t/day that convert mixed and contaminated plastics, including agricultural film, into "
  "syngas, which is burned in a gas engine-generator for 0.5-2 MW of power export. Feed must be shredded and dried "
  "below 15 % moisture; char residue goes to landfill.",
  8, [1200000, 6000000], ["*"], 3000)
T("biodeg_mulch", "Terrafilm", "Soil-biodegradable mulch film",
  ["waste-treatment"],
  "PBAT/PLA mulch film certified to EN 17033 that is tilled into the soil after harvest and biodegrades within two "
  "years, so nothing is retrieved. Same laying equipment as PE film; available in 0.6-1 mil and widths to 72 in.",
  9, [5000, 400000], ["*"], 200)

# ---------------------------------------------------------------- n28 vacuum cooler refrigeration
N("lettuce_vacuum_cooler", "Gonzales", "US-CA", "Replacing the refrigeration on a lettuce vacuum cooler", ["hfc-alternatives"],
  "The growers' cooperative, with a state climate grant, must replace the R-22 refrigeration on two 24-pallet vacuum "
  "tubes that cool lettuce within an hour of harvest. The new plant has to meet CARB's limits on high-GWP refrigerants "
  "in new systems. The cooler sits across the road from an elementary school and the county fire department has told "
  "us a large ammonia charge on that site will not be permitted. We want a packaged system we can install in the "
  "off-season.",
  900000, 8, 400, "2027-12-01",
  answers=["co2_vacuum_cooler"],
  sibs={"nh3_central": (0, "ammonia central plant: will not be permitted by the fire department"),
        "r448a_retrofit": (0, "HFC/HFO blend retrofit: GWP above CARB limits for new systems"),
        "hydrocooler": (1, "hydrocooling: a different pre-cooling way, unsuited to lettuce")})

T("co2_vacuum_cooler", "冰原冷链", "CO2跨临界真空预冷制冷机组",
  ["hfc-alternatives"],
  "为果蔬真空预冷机配套的R744（二氧化碳）跨临界撬装机组：平行压缩加喷射器，高环温下仍保持能效，直接在真空罐捕水器内"
  "蒸发，30分钟内把生菜从25℃降到2℃。制冷剂GWP为1，无毒不燃；整机工厂预制，现场只需接电接管，可在淡季完成更换，"
  "在加州有服务网点。",
  9, [350000, 850000], ["*"], 350)
T("nh3_central", "Arcticore", "Engineered ammonia central refrigeration",
  ["hfc-alternatives"],
  "Custom ammonia plants with screw compressors, evaporative condensers and flooded evaporators for cold storage, "
  "packing houses and vacuum coolers. Charges of 2,000-20,000 lb, PSM/RMP documentation, and 24/7 service by "
  "certified refrigeration operators.",
  9, [800000, 6000000], ["*"], 400)
T("r448a_retrofit", "Coolshift", "R-448A retrofit of R-22 systems",
  ["hfc-alternatives"],
  "Conversion of R-22 refrigeration to R-448A or R-449A: oil change to POE, expansion valve and seal replacement, "
  "leak test and recharge, keeping the existing compressors and coils. Two to three days of downtime per system "
  "and about 10 % capacity loss.",
  9, [20000, 150000], ["*"], 150)
T("hydrocooler", "Chillwash", "Shower hydrocoolers for produce",
  ["hfc-alternatives", "energy-efficiency"],
  "Conveyor or batch hydrocoolers that shower bins of broccoli, celery, sweet corn or stone fruit with chilled, "
  "sanitised water to remove field heat in 10-30 minutes. Not suitable for leafy products that must stay dry; chilled "
  "by ice bank or chiller.",
  9, [60000, 400000], ["*"], 80)

# ---------------------------------------------------------------- n29 soil carbon MRV
N("healthy_soils_carbon_verify", "Hollister", "US-CA", "Measuring soil carbon on Healthy Soils farms", ["ghg-data"],
  "The RCD administers Healthy Soils grants on about 90 farms (compost, cover crops, reduced tillage), and the state now "
  "wants field evidence that soil organic carbon is changing, not only modelled estimates from practice tables. We need "
  "a contractor to design the sampling, take and analyse cores to 30 cm with bulk density, and report the changes with "
  "confidence intervals that a third-party verifier will accept, at a cost per acre grant budgets can bear. A calculator "
  "that only multiplies practices by default factors will not satisfy the auditor.",
  250000, 7, None, "2027-02-15",
  answers=["soc_mrv"],
  alts={"soil_lab_dryburn": "lab analysis of cores, without sampling design or statistics"},
  sibs={"ag_ghg_mrv": (0, "factor-based accounting: a calculator with default factors will not satisfy the auditor"),
        "sat_soc": (1, "satellite soil carbon maps: remote estimate, no cores")})

T("soc_mrv", "壤碳科技", "土壤有机碳测量与核查服务",
  ["ghg-data"],
  "基于遥感分层的随机采样设计，车载液压取土器采集0-30厘米土芯并同步测容重，用中红外光谱（MIR）快速测定有机碳，10%样品"
  "做干烧法校准，结合过程模型给出地块和项目层面的碳储量变化及置信区间，报告格式符合Verra VM0042等方法学，单位成本比全部"
  "干烧降低约60%。",
  8, [60000, 600000], ["*"], None)
T("soil_lab_dryburn", "土科检测", "土壤有机碳干烧法检测服务",
  ["ghg-data"],
  "CMA认证实验室，采用元素分析仪干烧法测定土壤总碳和有机碳，可同时检测容重、pH和全氮，样品寄送后10个工作日出具报告，"
  "批量样品单价优惠，支持国际客户寄样和英文报告。",
  9, [5000, 200000], ["*"], None)
T("sat_soc", "Orbisoil", "Satellite soil organic carbon mapping",
  ["ghg-data"],
  "Machine-learning maps of topsoil organic carbon at 10 m resolution from Sentinel-2 bare-soil composites and legacy "
  "soil surveys, with annual change layers per field. Subscription per acre; no field visits, results in days.",
  8, [5000, 80000], ["*"], None)

# ---------------------------------------------------------------- n30 slash to biochar
N("forest_slash_biochar", "Quincy", "US-CA", "Converting forest thinning slash to biochar at the landing", ["carbon-capture"],
  "The county fire safe council and national forest partners thin about 4,000 acres a year; the slash is piled and "
  "burned in winter, which smokes out the valley and puts all of that carbon into the air. Roads are steep and narrow, "
  "and chipping and trucking the material to the nearest facility, 90 miles away, costs more than the grant pays. We want "
  "equipment that goes to the log landing, turns slash into a stable carbon product that can be sold or spread on the "
  "forest floor, and generates quantifiable carbon removal credits.",
  700000, 7, 3000, "2027-06-15",
  answers=["mobile_pyrolysis"],
  alts={"biochar_kiln": "makes biochar at the landing, but batch, labour-heavy and hard to quantify for credits"},
  sibs={"chip_haul": (0, "chip-and-haul: trucking 90 miles costs more than the grant pays"),
        "air_curtain": (1, "air curtain burner: cleaner burning, but the carbon is released")},
  traps={"microwave_pyrolysis": "TRL 4 below min_trl 7"})

T("mobile_pyrolysis", "炭源装备", "移动式连续热解炭化装置",
  ["carbon-capture"],
  "集装箱式连续热解设备，拖车运到林场作业点，直接处理枝丫、梢头和小径木（含水率不高于35%），每小时处理1-2吨原料，产出"
  "固定碳含量80%以上的生物炭，热解气在机内燃烧供热，排放满足当地烟尘限值。配套称重和温度记录系统，可按Puro.earth等"
  "标准出具碳移除核算数据。",
  8, [350000, 650000], ["*"], 2500)
T("chip_haul", "Timberline Chip", "Chip-and-haul service for thinning slash",
  ["waste-treatment"],
  "Whole-tree chippers and chip vans that process slash at the landing and haul it to biomass plants, pellet mills or "
  "compost yards. Priced per bone-dry ton plus mileage; economic within roughly 50 miles of the buyer.",
  9, [20000, 500000], ["US"], 300)
T("microwave_pyrolysis", "Wavechar", "Microwave pyrolysis unit (laboratory scale-up)",
  ["carbon-capture"],
  "Microwave-assisted pyrolysis that converts woody biomass into biochar and syngas at lower temperatures and high "
  "carbon yield. A 200 kg/h skid is under construction for a first outdoor test; seeking forestry partners.",
  4, [250000, 600000], ["*"], 1000)

# ---------------------------------------------------------------- generic distractors (never graded)
G("gen_ag_brain", "Cropmind", "AI Energy Brain for Agribusiness",
  ["ghg-data", "energy-efficiency", "smart-grid"],
  "An AI-powered platform that connects every farm, plant and building asset in one cloud, using machine learning to "
  "optimise energy, water and carbon across your operations. Dashboards, benchmarks, alerts and sustainability reports "
  "help rural counties, co-ops and food companies accelerate the transition to net zero.",
  8, [50000, 800000], ["*"], 500)
G("gen_village_platform", "乡智云", "数字乡村综合服务平台",
  ["ghg-data", "smart-grid"],
  "以物联网、大数据、人工智能为支撑，打造覆盖农业生产、人居环境、村务管理和能源碳排的一体化平台，实现一张图感知、"
  "一网统管、一屏调度，助力乡村振兴和县域双碳目标，已在全国多个县市落地应用。",
  8, [100000, 1000000], ["CN"], 200)
G("gen_netzero_consult", "Verdant Path Advisory", "County Net-Zero Roadmap Consulting",
  ["ghg-data"],
  "Strategy consultants who build net-zero roadmaps for counties, special districts and agribusinesses: baseline, "
  "targets, decarbonisation levers, funding strategy and stakeholder engagement. We identify the best solutions for "
  "buildings, transport, agriculture, water and waste, and help you secure grants.",
  None, [40000, 300000], ["*"], None)
G("gen_zero_carbon_village", "零碳乡村研究院", "乡村振兴零碳村镇整体解决方案",
  ["renewable-energy", "green-buildings", "nature-based"],
  "围绕光伏、储能、清洁取暖、绿色建筑、生态修复和碳汇开发，为县域和乡镇提供规划、设计、投资、建设、运营一体化的零碳"
  "村镇整体解决方案，打造可复制、可推广的乡村振兴示范样板。",
  8, [300000, 10000000], ["CN"], 5000)
G("gen_farm_twin", "Agritwin", "Farm Digital Twin",
  ["ghg-data", "nature-based"],
  "A digital twin of your farm, orchard or ranch that fuses satellite imagery, sensors, weather and machinery data into "
  "a living 3D model. Simulate irrigation, fertiliser, energy and carbon scenarios, predict yields and report "
  "sustainability outcomes to buyers and regulators.",
  7, [20000, 400000], ["*"], None)
G("gen_iot_kit", "Fieldnode", "Smart Village IoT Sensor Kit",
  ["smart-grid", "clean-water", "clean-air"],
  "A ready-to-deploy bundle of LoRaWAN sensors for air, water, soil, energy and occupancy, with a gateway and a cloud "
  "dashboard. Monitor pumps, wells, buildings and streetlights in small towns and villages, and turn data into "
  "savings and sustainability insights.",
  9, [5000, 100000], ["*"], None)
G("gen_esg_food", "Greenledger", "ESG Reporting Cloud for Food Companies",
  ["ghg-data"],
  "Collect, verify and report ESG data across your food and beverage supply chain: Scope 1, 2 and 3 emissions, water, "
  "packaging and social metrics. Frameworks include CDP, GRI, SASB and CSRD, with supplier portals and audit-ready "
  "reports in one place.",
  9, [30000, 500000], ["*"], None)
G("gen_county_dual_carbon", "碳智科技", "县域双碳智慧管理平台",
  ["ghg-data"],
  "面向县级政府的碳达峰碳中和数字化管理平台，涵盖能源消费监测、碳排放核算、重点企业管理、减排项目库和考核评价等功能模块，"
  "帮助县域全面摸清碳底数、科学制定降碳路径。",
  8, [80000, 600000], ["CN"], None)
G("gen_climate_smart_ag", "Climate Smart Partners", "Climate-Smart Agriculture Advisory",
  ["nature-based", "ghg-data"],
  "Advisory services that help growers, ranchers and agencies adopt climate-smart practices: soil health, water "
  "efficiency, renewable energy, carbon markets and resilience planning. Workshops, farm plans and grant writing, "
  "delivered by agronomists and sustainability experts.",
  None, [10000, 150000], ["*"], None)
G("gen_green_energy_cloud", "Ecogrid Cloud", "Rural Green Energy Management Cloud",
  ["smart-grid", "renewable-energy", "energy-storage"],
  "One cloud platform to monitor and optimise solar, storage, EV charging, pumps and buildings across rural utilities, "
  "districts and co-ops. Real-time analytics, forecasting and automated reporting accelerate clean energy adoption "
  "and reduce costs.",
  8, [40000, 500000], ["*"], 300)
