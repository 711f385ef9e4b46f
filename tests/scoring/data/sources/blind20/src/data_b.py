# Chinese needs 09-15 and their technologies.
from common import T, N

# 09 hotel laundry waste heat
T("laundry_hx", "Heatloop Recovery", "Heatloop LX self-cleaning wastewater heat exchanger",
  ["energy-efficiency"],
  "Pit-mounted heat exchanger for commercial laundries: warm washer effluent at 35-60 °C passes a rotating "
  "lint screen and a self-cleaning shell-and-tube bundle that preheats incoming fresh water to 30-45 °C "
  "before the boiler or calorifier. Handles 5-40 m³/h. Cleaning brushes run on a timer, no chemicals. "
  "Payback usually under two years; 5-year warranty on the bundle.",
  9, [35000, 180000], ["*"], 210)
T("zh_hpwh", "粤热科技", "商用空气源热泵热水机组（高温型）",
  ["energy-retrofits", "renewable-energy"],
  "R134a/CO2 高温型空气源热泵，出水温度可达75℃，单机制热量60-200kW，COP约3.5，可替代燃气锅炉作为洗衣房和客房热水的主热源。"
  "需室外安装位置及保温水箱，冬季低温工况衰减约15%。整机质保3年，压缩机5年，提供远程监控。",
  9, [40000, 350000], ["CN"], 260)
T("solar_thermal", "Sunvat Thermal", "Flat-plate solar thermal hot-water arrays",
  ["renewable-energy"],
  "Roof-mounted flat-plate collector arrays with a drain-back loop and stratified storage tanks, sized at "
  "1-1.5 m² of collector per 100 L daily demand. Preheats domestic or process water; in South China "
  "delivers 55-65% of annual hot-water heat. Collectors warranted 10 years, pumps and controller 2 years.",
  9, [30000, 300000], ["*"], 150)
T("hx_basic", "Heatloop Recovery", "Heatloop plate heat exchanger kit for clean drains",
  ["energy-efficiency"],
  "Gasketed plate heat exchanger kit with a basket strainer for recovering heat from relatively clean "
  "warm drain water (rinse water, condensate). Compact and cheap, 2-15 m³/h, but plates need manual "
  "opening and cleaning when fibres or grease build up, typically every 2-4 weeks in laundry duty. "
  "Warranty 2 years.",
  9, [9000, 50000], ["*"], 120)
N("n09", "Zhongshan", "CN-GD", "洗衣房排水很烫，热量全浪费了", ["energy-efficiency"],
  "我们是酒店管理公司自有的中央洗衣厂，给8家酒店洗布草，每天约12吨。洗衣龙排出来的水摸着都烫手，直接进了排水沟，"
  "锅炉还在拼命烧冷水。想把这部分热量回收回来。之前试过普通板换，毛絮堵得一周就要拆洗，工人意见很大。",
  200000, 8, 180, "2027-02-28",
  [("answer", "laundry_hx", "self-cleaning effluent heat recovery"),
   ("alt", "hx_basic", "recovers heat but clogs; the need says this failed"),
   ("sib1", "zh_hpwh", "replaces heat source rather than recovering"),
   ("sib1", "solar_thermal", "different heat source")])

# 10 university HPC cooling
T("d2c_cold", "Coldplate Dynamics", "CP-90 direct-to-chip cold plate retrofit kit",
  ["green-data-centers"],
  "Cold plates on CPUs and GPUs with leak-detecting quick disconnects, a rack manifold and a 600 kW "
  "in-row CDU on warm facility water (up to 40 °C supply), so chillers can be bypassed most of the "
  "year. Captures 70-80% of server heat in liquid; remaining air load stays on existing CRAHs. "
  "Vendor-qualified for common 2U GPU nodes; 3-year warranty including leak damage cover.",
  9, [120000, 1500000], ["*"], 700)
T("immersion_tank", "Submerra Thermal", "Two-phase immersion cooling baths",
  ["green-data-centers"],
  "Sealed two-phase immersion baths with a fluorinated dielectric fluid boiling at 49 °C; up to 200 kW "
  "per bath, PUE around 1.03. Servers are lowered into the bath; vendors' air-cooled chassis must be "
  "stripped of fans and heatsinks. Vapour management and fluid recovery included; warranty 3 years.",
  9, [200000, 2000000], ["*"], 800)
T("rear_door", "Coldaisle Works", "Passive rear-door heat exchangers, 35 kW",
  ["green-data-centers", "energy-retrofits"],
  "Passive rear doors with chilled-water coils that absorb up to 35 kW of rack exhaust heat, no fans, "
  "fitted rack by rack without touching servers. Reduces hot spots and CRAH load, but still needs "
  "chilled water at 14-18 °C, so chillers keep running. 5-year warranty.",
  9, [50000, 600000], ["*"], 300)
T("spray_trap", "Novacool Labs", "Spray-jet liquid cooling pilot",
  ["green-data-centers"],
  "Pilot-stage spray cooling that jets dielectric fluid onto hot chips inside a sealed chassis. Lab "
  "tests show 1.5 kW per chip; first field pilot with a university partner planned for next year. "
  "Offered at a subsidised price to research sites willing to co-publish data.",
  5, [80000, 300000], ["*"], 500)
N("n10", "Guangzhou", "CN-GD", "超算中心机房太热，空调快扛不住了", ["green-data-centers"],
  "我们学校超算中心新上了一批GPU节点，单机柜到了40kW，精密空调开满了还是有热点，PUE 1.7。"
  "学校希望在不换服务器的前提下降温、降PUE。浸没式的方案我们评估过，服务器厂家不保修，不予考虑。"
  "要求成熟产品，有高校或商业机房案例。",
  1500000, 8, 600, "2027-07-31",
  [("answer", "d2c_cold", "direct-to-chip, warm water"),
   ("sib0", "immersion_tank", "immersion excluded (不予考虑)"),
   ("alt", "rear_door", "retrofit but chillers still needed, 35 kW < 40 kW"),
   ("trap", "spray_trap", "TRL 5 < 8")])

# 11 hospital canteen kitchen fumes
T("esp_uv", "Fumeclear Technologies", "Fumeclear ESP-UV kitchen exhaust treatment unit",
  ["clean-air"],
  "Two-stage unit in the exhaust duct: a high-voltage electrostatic precipitator removes 95%+ of grease "
  "aerosol and smoke, then a UV-C/ozone chamber breaks down odour compounds. 10,000-40,000 m³/h per "
  "module, pressure drop under 250 Pa, plates wash in place. Meets GB 18483 with margin; 2-year warranty, "
  "annual cleaning contract optional.",
  9, [18000, 120000], ["*"], 5)
T("zh_carbon_box", "清风环保设备", "活性炭吸附箱（餐饮油烟除味）",
  ["clean-air"],
  "抽屉式蜂窝活性炭吸附箱，风量5000-30000m³/h，对异味去除率约70%。需前置油网过滤，活性炭每2-3个月更换一次，"
  "更换费用另计。结构简单、投资低，适合排放要求不高的场所。箱体质保1年。",
  9, [3000, 30000], ["CN"], 1)
T("wet_scrubber", "Fumeclear Technologies", "Water-wash kitchen hood scrubber",
  ["clean-air"],
  "Water-wash canopy hoods that spray recirculated water with detergent across the exhaust stream, "
  "trapping grease at the hood before it enters ductwork. Removes 80-85% of grease aerosol, less "
  "effective on fine smoke and odour. Needs a water supply, drain and dosing pump; 2-year warranty.",
  9, [20000, 150000], ["*"], 2)
N("n11", "Foshan", "CN-GD", "医院食堂油烟被居民投诉", ["clean-air"],
  "院区职工食堂一天供应三千多人，排烟口就在住宅楼对面，最近被投诉了好几次，环保局来测过，说油烟浓度和气味都要整改。"
  "现在只有一个油网。希望加装处理设备，最好能在风管里解决，不要占用屋顶太多地方。",
  120000, 8, 3, "2026-12-31",
  [("answer", "esp_uv", "ESP + UV in duct"),
   ("alt", "wet_scrubber", "partial: grease yes, odour weak"),
   ("sib1", "zh_carbon_box", "odour only, consumable")])

# 12 hotel greywater reuse
T("mbr_grey", "Aquacycle Systems", "Aquacycle MBR-G greywater recycling skid",
  ["clean-water"],
  "Containerised membrane bioreactor for shower, basin and laundry water: fine screen, aerated bioreactor, "
  "PVDF hollow-fibre membranes, UV and residual chlorine dosing. 20-200 m³/day, effluent meets GB/T 18920 "
  "for toilet flushing and irrigation. Remote-monitored, auto backwash, membranes warranted 5 years.",
  9, [60000, 400000], ["*"], 30)
T("rain_harvest", "Rainkeep", "Modular rainwater harvesting tanks",
  ["clean-water", "nature-based"],
  "Underground modular cells and first-flush filters that store roof rainwater for irrigation and toilet "
  "flushing, 50-500 m³. Supply depends on the rainy season; mains top-up needed in dry months. "
  "Includes pumps and a simple UV unit. Cells warranted 20 years.",
  9, [25000, 250000], ["*"], 10)
T("zh_ro_plant", "海澄水处理", "反渗透中水深度处理设备",
  ["clean-water"],
  "超滤+两级反渗透工艺，将市政再生水或生活污水处理至接近纯水水质，单套产水50-300m³/天，回收率约65%，"
  "浓水需排放至市政管网。可用于锅炉补水、冷却塔补水等高要求场景。设备质保2年，膜元件1年。",
  9, [80000, 500000], ["CN"], 15)
N("n12", "Shantou", "CN-GD", "酒店冲厕用水想用回用水", ["clean-water"],
  "南澳岛上的酒店，夏天旺季市政供水紧张，水价也涨了。客房洗澡水、洗手盆的水量很大，想收集起来处理后用于冲厕和绿化。"
  "地下室有一块约60平米的空间。要求出水稳定达标、人员少、维护简单。不需要做到纯水，也不能有浓水外排。",
  400000, 8, 25, "2027-05-31",
  [("answer", "mbr_grey", "MBR greywater to GB/T 18920"),
   ("sib1", "rain_harvest", "seasonal, not greywater"),
   ("sib0", "zh_ro_plant", "RO brine discharge excluded (不能有浓水外排)")])

# 13 university canteen food waste
T("aerobic_digester", "Biodrum Organics", "Biodrum BD-2000 in-vessel aerobic composter",
  ["waste-treatment"],
  "Rotating-drum in-vessel composter for 500-2000 kg/day of kitchen scraps: shredder and dewatering "
  "screw at the inlet, 5-7 day residence with forced aeration and biofilter on the exhaust air, output "
  "is a stable soil amendment for campus landscaping. Fits in a 40 ft footprint; 3-year warranty, "
  "operator training.",
  9, [70000, 260000], ["*"], 400)
T("zh_biogas", "沼能环境", "餐厨垃圾厌氧发酵沼气站",
  ["waste-treatment", "renewable-energy"],
  "湿式厌氧发酵工艺，日处理餐厨垃圾5-30吨，产生的沼气可用于锅炉或发电，沼渣沼液需另行处置。"
  "需建设发酵罐和储气柜，安全间距要求较高，适合园区集中处理。EPC总包，质保2年。",
  9, [300000, 2000000], ["CN"], 800)
T("bsf_larvae", "Larvatek", "Black soldier fly larvae bioconversion units",
  ["waste-treatment"],
  "Containerised rearing racks where black soldier fly larvae eat pre-sorted food waste in 10-12 days; "
  "outputs are larvae meal for animal feed and frass fertiliser. 300-1500 kg/day per container. Needs "
  "temperature control and trained staff; feed markets vary by province. 2-year warranty.",
  9, [60000, 300000], ["*"], 350)
T("big_wte_trap", "Metrowaste EPC", "Regional food waste pre-treatment and digestion plant",
  ["waste-treatment"],
  "Design-build of a 50 t/day food waste plant with de-packaging, wet anaerobic digestion and a CHP "
  "engine, sized for a university town with several campuses and catering companies. Includes odour "
  "control building and 10-year O&M.",
  9, [4000000, 9000000], ["*"], 4000)
N("n13", "Zhaoqing", "CN-GD", "食堂每天一吨多剩饭剩菜怎么办", ["waste-treatment"],
  "学校有四个食堂，每天餐厨垃圾大概1.2-1.5吨，现在是外包拉走，费用越来越高，还经常有异味。"
  "想就地处理，出来的东西最好能用在校园绿化上。校内不建沼气罐之类的带压设施，学校安全处不同意。",
  260000, 8, 300, "2027-03-31",
  [("answer", "aerobic_digester", "on-site in-vessel aerobic, compost for grounds"),
   ("sib0", "zh_biogas", "biogas tanks excluded (不建沼气罐)"),
   ("sib1", "bsf_larvae", "on-site, different product"),
   ("trap", "big_wte_trap", "cost min 4M > 260k")])

# 14 hospital boiler flue CO2 capture
T("flue_kco3", "Carbonmint", "Carbonmint CM-50 building boiler flue carbon capture module",
  ["carbon-capture"],
  "Skid that taps a side stream of flue gas from gas-fired building boilers, cools it through a heat "
  "exchanger that returns heat to the hot-water loop, and absorbs CO2 in a potassium hydroxide solution. "
  "The by-product, potassium carbonate (pearl ash), is collected for soap and detergent makers. "
  "Captures 20-50 t CO2 a year per skid; fits a 3 m × 1.5 m plant-room footprint. 2-year warranty.",
  8, [45000, 150000], ["*"], 40)
T("zh_mineral_concrete", "碳固建材", "CO2矿化养护混凝土砌块",
  ["carbon-capture", "green-buildings"],
  "利用工业排放CO2对混凝土砌块进行矿化养护，每立方米砌块固化约20kg CO2，强度提升10-15%。"
  "适用于新建或改扩建工程的围护墙体，按立方米供货，附碳足迹核算报告。产品质保与国标砌块一致。",
  9, [10000, 400000], ["CN"], 50)
T("dac_trap", "Airsorb Labs", "Modular direct-air-capture pilot unit",
  ["carbon-capture"],
  "Container-size direct-air-capture pilot using an amine sorbent on a honeycomb contactor, "
  "regenerated at 90 °C with boiler waste heat. Rated 10-30 t CO2 a year; a first demonstrator runs at "
  "our lab. Data sharing agreement required.",
  4, [50000, 140000], ["*"], 20)
T("zh_cc_small", "广碳捕集", "燃气锅炉烟气小型胺法捕集撬装装置",
  ["carbon-capture"],
  "撬装式MEA胺法碳捕集装置，处理燃气锅炉部分烟气，年捕集CO2 100-300吨，再生能耗约3.2GJ/t，需配套蒸汽和液化储罐。"
  "占地约30平米，适合有蒸汽的园区锅炉房，捕集的CO2可液化外售。质保2年。",
  8, [120000, 400000], ["CN"], 200)
N("n14", "Xiamen", "CN-FJ", "锅炉房的烟气能不能做点碳捕集", ["carbon-capture"],
  "我们医院有三台燃气热水锅炉，供热水和消毒，一年排二氧化碳大概一千多吨。医院在做零碳医院示范，"
  "想在锅炉房里试一个小规模的碳捕集，最好副产品有人要。锅炉房空间很小，没有蒸汽，也不打算建液化储罐。",
  150000, 7, 30, "2027-06-30",
  [("answer", "flue_kco3", "small flue capture, pearl ash, plant-room footprint"),
   ("sib0", "zh_cc_small", "amine capture needs steam and liquefaction tanks, both excluded (没有蒸汽，也不打算建液化储罐)"),
   ("sib1", "zh_mineral_concrete", "CO2 use in materials, not at the boiler"),
   ("trap", "dac_trap", "TRL 4 < 7")])

# 15 property manager carbon inventory
T("carbon_sw", "Ledgerleaf", "Ledgerleaf Scope 1-2-3 carbon accounting for real-estate portfolios",
  ["ghg-data"],
  "SaaS inventory tool for building portfolios: utility bills are read by OCR or pulled from meters, "
  "emission factors are versioned by country and grid region, refrigerant top-ups become Scope 1 entries, "
  "and tenants' consumption is split out for Scope 3. Outputs a GHG Protocol inventory with an audit "
  "trail for third-party verification. Priced per building per year; onboarding in 6 weeks.",
  9, [12000, 150000], ["*"], None)
T("zh_submeter", "计量通物联", "LoRa无线分项计量电表（物业版）",
  ["smart-grid", "ghg-data"],
  "导轨式LoRa无线电表与互感器，按照明、空调、动力分项计量，15分钟数据上传至云端，支持抄表与费用分摊。"
  "单栋楼安装约3天，不停电施工。提供能耗报表，但不含排放因子与碳核算功能。电表质保5年。",
  9, [5000, 200000], ["CN"], 30)
T("zh_carbon_second", "碳迹科技", "物业碳盘查与碳管理平台（ISO 14064）",
  ["ghg-data"],
  "面向物业与不动产企业的碳盘查SaaS：导入电、水、燃气账单及冷媒补充记录，自动匹配区域电网排放因子，"
  "输出符合ISO 14064-1和GHG Protocol的范围一、二、三报告，并保留数据来源供第三方核查。按项目计费，上线约一个月。",
  9, [10000, 120000], ["CN"], None)
T("audit_consult", "Verdancy Partners", "ASHRAE Level 2 energy audits",
  ["energy-retrofits", "energy-efficiency"],
  "Walk-through and Level 2 energy audits of existing buildings: utility analysis, equipment survey, "
  "lighting and HVAC measures with savings and payback, and a prioritised retrofit list. One report "
  "per building, delivered in 4-6 weeks. Optional follow-up M&V plan.",
  9, [6000, 60000], ["*"], None)
N("n15", "Guangzhou", "CN-GD", "物业公司要交碳排放数据，不知道怎么算", ["ghg-data"],
  "我们是一家物业服务公司，在广州、佛山管着37个项目（写字楼、小区、两个商场）。上市母公司要求明年起披露管理项目的温室气体排放，"
  "还要经第三方核查。现在的数据就是财务手里的电费单、燃气单，空调维保记录里有补冷媒的数量。"
  "不想每个楼都装新表，先把账算清楚。",
  150000, 8, None, "2027-01-31",
  [("answer", "carbon_sw", "inventory SaaS with audit trail"),
   ("second", "zh_carbon_second", "Chinese inventory SaaS"),
   ("sib0", "zh_submeter", "new meters excluded (不想每个楼都装新表); no accounting"),
   ("sib1", "audit_consult", "energy audit, not GHG inventory")])
