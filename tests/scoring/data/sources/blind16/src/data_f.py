"""Second pass: length and language balance.

EXTRA appends vendor detail (references, delivery, service terms, figures) to first-draft pages that came out
shorter than the true answers, so that length does not give the answers away. TO_EN rewrites eight short
Chinese sibling or alternative pages as English pages, to bring the English share near two thirds.
"""
from common import TECHS

EXTRA = {
 "n23_trap": " Modules are laminated in our own pilot facility in Colorado, and the first 2 MW of field installations "
             "are monitored by an independent laboratory for degradation, hail and moisture ingress. Early customers "
             "receive a performance guarantee backed by replacement film.",
 "n27_trap": " The skid would run at the wellhead on grid power, with online nitrate and ammonium analysers closing "
             "the loop on cell current. We provide engineering support for the drinking-water permit application and "
             "share pilot data with the State Board as part of the programme.",
 "n30_hfo": " We handle refrigerant recovery and reclaim certificates, update the ice plant's safety data and "
            "train operators on glide and fractionation when topping up. Work is usually done over a weekend with "
            "rented ice storage, and a two-year workmanship warranty is included.",
 "n29_drone": " Customers order through an API or our app, and drones lower parcels on a tether so that no landing "
              "pad is needed at the door. Hubs are modular and can be placed on a warehouse roof in a few weeks. "
              "Pricing per delivery, with a minimum monthly volume.",
 "n21_h2": " Trucks use a 120 kW fuel cell with a 45 kWh buffer battery and carry 30 kg of hydrogen at 700 bar. "
           "Our service team maintains trucks and refueller under one contract, with guaranteed hydrogen "
           "availability above 98% and replacement vehicles during downtime.",
 "n27_ix": " Vessels come pre-piped on skids with a brine tank, salt saturator and PLC, and an operator can run the "
           "system with a short daily check. Resin life is typically five to seven years. Optional brine reuse "
           "cuts salt use by about a third but does not remove the waste stream.",
 "n28_burn": " Material is weighed on the truck and reported monthly for diversion and disposal records. The "
             "facility recovers about 550 kWh of electricity per tonne of mixed waste, and EPS with high calorific "
             "value burns cleanly with modern flue gas treatment. Contracts from twelve months.",
 "n29_van": " Vans come with a 19.2 kW onboard charger and optional DC fast charging, shelving packages and "
            "telematics that report energy per stop. Lease terms from 36 months include maintenance, and "
            "state vouchers cut the upfront cost for small fleets considerably.",
 "n30_co2": " The refrigeration unit sits in a weatherproof container with a gas cooler on the roof, and the drum "
            "produces dry subcooled flake ice at about -7 C. We offer remote monitoring and a service contract with "
            "technicians trained on transcritical systems along the West Coast.",
 "n21_trap": " Our team manages utility applications, engineering, permits and construction and commissions the "
             "chargers with fleet telematics. Power capacity is designed for up to 80 vehicles. Typical programme "
             "length is 18-30 months from notice to proceed, depending on the utility's schedule.",
 "n29_bike": " Bikes have 250 W mid-drive motors, hydraulic disc brakes and 1.5 kWh swappable batteries giving "
             "60-80 km per charge. We supply charging cabinets for the depot, rider training and a mobile "
             "mechanic who visits weekly. Leases include theft insurance and replacement bikes.",
 "n22_rng": " The drivetrain matches the diesel units in pulling power and shift length, so operations and "
            "maintenance routines stay the same. We offer full-service leases including the fuelling station, "
            "and the trucks qualify for state incentive funding in most port districts.",
 "n25_strip": " Strips come in 8, 12 and 16-inch widths, clear or ribbed, and can be mounted on swing-away "
              "hardware so that doors stay usable for wide loads. We stock replacement strips for next-day "
              "delivery and offer an annual inspection service.",
 "n28_rpc": " Crates nest when empty to cut return freight by two thirds, carry RFID tags for tracking and are "
            "food-contact certified. Wash water is recycled at the depot. We handle pool logistics, deposit "
            "accounting and customer onboarding for suppliers and distributors.",
 "n26_newpump": " Our engineers review SCADA trends and field tests before sizing each replacement, and "
                "installation is coordinated with operations so that one unit per station is out of service at a "
                "time. Construction for a typical station takes four to eight weeks.",
 "n23_light": " Mounting clamps fix directly to seams or trapezoid ribs without penetrating the roof, and the "
              "array can be installed by a normal solar crew with standard tools. Products carry UL 61730 "
              "listing and a 30-year power warranty.",
 "n24_precast": " Our engineers work with the structural designer on connection details, shop drawings and lift "
                "plans, and pieces are delivered just in time from plants in Southern California. Typical erection "
                "rates are one floor plate per week on mid-rise residential buildings.",
 "n27_blend": " We run downhole video and depth-specific sampling, design packers or liners to seal off shallow "
              "zones and model future nitrate trends. Where a new well is needed, we prepare the permit "
              "application and supervise the driller.",
 "n18_seq": " Our CO2 is blended from several sources in the region, and we provide capture-ready specifications "
            "for water content, oxygen and sulfur at the site boundary. Reporting follows EPA subpart RR.",
 "n19_hds": " Units are sized from site rainfall and drainage area, include a removable oil baffle and "
            "can be fitted with a media filter stage for finer particles. A maintenance plan and inspection "
            "log are supplied for permit compliance reporting.",
 "n17_trap": " The glycol loop replaces existing evaporators with new air coolers sized for the storage "
             "discharge rate. Typical construction period is 14-20 months, with phased cut-over room by room.",
 "n19_swale": " We design check dam spacing and soil amendments from a site survey, install the swales with "
              "local crews and provide a maintenance guide. Swales can be combined with trash capture at "
              "inlets.",
 "n20_swap": " Our engineers survey each site, size racks and gas coolers and plan the cut-over so that rooms "
             "stay in temperature. Typical project duration is 6-12 months per distribution centre.",
 "n24_plastic": " Panels are connected by quick-release handles and ties, and one crew can form a typical "
                "residential floor in two to three days. Damaged panels are ground and remoulded.",
 "n18_aggr": " Aggregates are sold to block makers and road contractors through offtake agreements that we "
             "negotiate, and each batch comes with a CO2 storage certificate.",
 "n23_ballast": " Layouts are optimised with wind-tunnel data to reduce ballast where possible, and the "
                "system is UL 2703 listed for bonding and fire rating.",
 "n26_vfd": " Drives are pre-programmed with pump curves and pressure control loops and connect to SCADA over "
            "Modbus or EtherNet/IP.",
 "n21_buffer": " Cabinets are UL 9540 listed and connect to standard 480 V three-phase service.",
 "n22_repower": " Kits are CARB-certified for zero-emission conversions and qualify for incentive funding.",
 "n13_trap": " Pilot partners would receive material for test pours and a share of carbon credit revenue.",
 "n20_hand": " Replacement sensors and a loaner service are available.",
 "n25_curtain": " Units are sized from a door survey and installed without structural changes.",
 "n13_ggbs": " Deliveries are scheduled from our coastal terminals.",
}

# short Chinese first drafts: key -> (company, name, description), written as English pages
TO_EN = {
 "n28_manual": ("Compakta Equipment", "Manual vertical foam baler",
   "A hand-fed vertical baler with a hydraulic platen that squeezes expanded polystyrene boxes at a ratio of about "
   "8:1 to 10:1. Cheap, compact and usable by any staff member after a short briefing, it suits small shops and "
   "supermarkets. Throughput is 20-40 kg per hour, and the bales stay fairly loose, so some recyclers refuse them "
   "or pay less, and a larger storage area is needed between pickups."),
 "n29_robot": ("Curbie Robotics", "Sidewalk delivery robots",
   "Six-wheeled electric delivery robots with a 30-litre locked compartment and a 20 kg payload that drive "
   "autonomously on sidewalks at walking speed, with remote operators ready to take over. Suitable for food and "
   "small parcels over short distances, subject to local permits. Capacity per trip is small, so bulk deliveries "
   "to commercial customers need many trips or several robots working in parallel."),
 "n26_pv": ("Watersun Energy", "Solar and battery supply for pump stations",
   "Rooftop, reservoir-cover and ground-mounted solar for pump stations with batteries that shift output into "
   "peak tariff periods, lowering the energy bought from the utility. Pumping schedules can be aligned with solar "
   "output to fill elevated tanks during the day. The pumps' own efficiency does not change, and enough space "
   "around the station is needed for a useful array."),
 "n23_carport": ("Shadegrid Solar", "Solar carports and canopies for parking and loading areas",
   "Steel-structure solar canopies over parking lots or loading areas that shade vehicles and generate power, "
   "with conduit ready for EV chargers. Foundations are independent of existing buildings, so roof load limits do "
   "not apply, but construction needs foundations, takes up ground space, and the cost per watt is about 30% "
   "higher than rooftop solar. Designs for seismic zones available."),
 "n22_h2": ("Hydroyard Mobility", "Hydrogen fuel-cell terminal tractors",
   "Terminal tractors with a 110 kW fuel cell and 350 bar hydrogen storage that refuel in ten minutes and run for "
   "more than 16 hours, with zero tailpipe emissions. Suited to round-the-clock operation at busy terminals. "
   "A hydrogen station or mobile refueller is needed on site, and the price of hydrogen decides the operating "
   "economics. Demonstration fleets are running at ports in Asia."),
 "n24_recycle": ("Formcycle", "Used timber formwork collection and recycling",
   "We collect used plywood formwork and timber from construction sites, remove nails, chip the wood and turn it "
   "into particleboard, oriented strand board or biomass fuel, with weight tickets and destination certificates "
   "for green building documentation. Trucks come weekly on a fixed schedule and pricing is per ton. The amount "
   "of formwork used on site stays the same; only its destination changes."),
 "n30_r290": ("Propafrost", "Modular R290 flake ice machines",
   "Modular flake ice machines running on propane (R290), 3-10 tons of ice a day per unit, with no more than 150 g "
   "of refrigerant per circuit, so they can be placed indoors or in semi-open sheds. GWP 3 and good efficiency. "
   "Suited to seafood shops and supermarkets; large harbours need many units in parallel, and the maintenance "
   "workload rises with the number of machines."),
 "n25_desic": ("Drydock Air", "Desiccant dehumidifiers for freezer loading docks",
   "Desiccant wheel dehumidifiers for loading docks that bring the dock air down to a dew point below 23 F, "
   "reducing frost at freezer doors, ice on the floor and condensation on products, and improving forklift "
   "safety. Regeneration heat can come from electricity, steam or heat recovery. The dock has to be fairly "
   "closed, air volumes are large and running energy is high, and the cold lost through the door is not stopped."),
}

ZH_EXTRA = {
 "n10_offset": "项目来源包括广东、广西林业碳汇和可再生能源项目，均可追溯注销记录。",
 "n19_insert": "滤料为模块化包装，更换时无需专用工具，我们提供年度维护套餐。",
 "n15_evap": "机身采用防腐塑料外壳，提供落地和壁挂两种安装方式，可按区域组网集中控制。",
 "n12_airflow": "服务包括现场温度场测量、CFD报告和改造前后能耗对比，周期约两周。",
 "n14_diff": "我们提供曝气器选型计算、停池施工组织和三年质保。",
 "n09_tube": "管袋材料已在华南多个围垦和护岸工程中使用。",
 "n11_supercap": "装置通过相关电气安全检测，提供远程运行数据。",
 "n16_lng": "可为船东提供燃料成本测算与加注计划。",
 "n20_fixed": "探头寿命约8-10年，支持Modbus接入楼宇自控系统。",
 "n12_imm": "可提供冷却液回收与更换服务。",
 "n03_windrow": "可承接政府和企业委托运营。",
 "n05_sat": "报告附漏点坐标和优先级排序。",
 "n05_prv": "可提供漏失评估报告。",
 "n08_bess": "可参与电网需求响应获得收益。",
 "n18_ind": "撬装交付，调试周期约两个月。",
 "n21_van": "覆盖美国加州主要物流区。",
 "n09_mangrove": "苗圃基地位于湛江和北海。",
 "n14_anammox": "已有多个市政污水厂示范案例。",
}

for k, extra in EXTRA.items():
    assert TECHS[k]["lang"] == "en", k
    TECHS[k]["description"] += extra
for k, (company, name, desc) in TO_EN.items():
    assert TECHS[k]["lang"] == "zh", k
    TECHS[k].update(lang="en", company=company, name=name, description=desc)
for k, extra in ZH_EXTRA.items():
    assert TECHS[k]["lang"] == "zh", k
    TECHS[k]["description"] += extra
