"""Generic-word distractors: buzzword pages, never graded."""
from common import G

G("g_citybrain", "Nexora Urban Intelligence", "CityPulse smart green city platform",
  ["ghg-data", "smart-grid"], 9, [200000, 3000000], ["*"], None, """
A smart, green and digital operating platform for the climate-ready city. CityPulse brings together
data from IoT sensors, buildings, transport, energy and the environment into one cloud, with AI
analytics and a 3D digital twin that gives decision-makers a single pane of glass. Modules for smart
energy, smart mobility, smart environment and carbon management can be switched on as needed, and
open APIs connect third-party systems. Dashboards track sustainability KPIs and SDG alignment in
real time, while predictive insights help every department collaborate on net-zero goals. Secure,
scalable and cloud-native, deployed in weeks. Reference: smart city programmes on three continents,
more than 40 municipalities served.""")

G("g_carbonos", "Zerolytic", "NetZero OS: carbon intelligence for organisations",
  ["ghg-data"], 9, [20000, 400000], ["*"], None, """
The all-in-one carbon platform to measure, manage and reduce your footprint. NetZero OS connects to
your ERP, expense and travel systems, calculates Scope 1, 2 and 3 emissions with AI-assisted
categorisation and generates investor-ready ESG reports aligned with leading frameworks. Set
science-aligned targets, model decarbonisation pathways, engage suppliers through a portal and
purchase high-quality carbon credits from our marketplace to close the gap. Collaborative workflows,
audit trails and beautiful dashboards make sustainability a team sport. Trusted by more than 1,000
companies, from start-ups to listed groups, to accelerate their green transition.""")

G("g_airtwin", "Aurasense", "Smart air quality digital twin",
  ["clean-air"], 8, [80000, 900000], ["*"], None, """
Hyperlocal air-quality intelligence for smart cities. Low-cost IoT sensors, satellite data and
traffic feeds are fused by machine learning into a live digital twin of urban air at street level,
updated every minute. Planners can visualise pollution hotspots, simulate green policies such as
low-emission zones, and share citizen-facing maps and alerts through an app. The platform integrates
with existing open-data portals and supports data-driven decision-making across mobility, health and
environment departments. Cloud-based, subscription pricing, white-label options. Reference: pilots
in European and Asian capitals, millions of data points processed every day.""")

G("g_greenbldg", "Ecovance Digital", "AI smart building sustainability suite",
  ["energy-retrofits", "green-buildings"], 9, [30000, 600000], ["*"], 300, """
Make every building smarter and greener. Our AI-powered suite connects to the building management
system and IoT devices to deliver energy analytics, fault detection, occupant comfort insights and
ESG reporting in one intuitive interface. Digital twins of your portfolio reveal savings
opportunities, benchmark performance against peers and certify progress toward net-zero
commitments. Automated recommendations are ranked by impact and cost, and mobile apps keep facility
teams engaged. Works with any brand of equipment through open protocols. Reference: hundreds of
commercial, public and campus buildings worldwide, typical savings up to 30%.""")

G("g_mobcloud", "Movara", "Smart mobility cloud for sustainable cities",
  ["green-transportation", "electric-vehicles"], 9, [100000, 1500000], ["*"], None, """
A unified mobility data platform that connects public transport, micromobility, parking, EV
charging and traffic signals into one cloud. Real-time analytics and AI forecasting help cities
optimise networks, reduce congestion and emissions, and offer seamless Mobility-as-a-Service to
citizens. Carbon dashboards quantify the climate impact of every policy, and an open marketplace
invites partners to build innovative green services. Digital twin scenarios support planning of
low-emission zones and electrification roadmaps. Reference: mobility programmes in 25 cities, more
than 10 million trips analysed every month.""")

G("g_greenport", "Portalis Digital", "Digital green port operating system",
  ["green-transportation", "ghg-data"], 9, [300000, 2500000], ["*"], None, """
The digital backbone for the green port of the future. A cloud platform that integrates terminal
operating systems, vessel traffic, energy meters and environmental sensors into a port-wide digital
twin, giving authorities and terminal operators real-time visibility of operations and emissions.
AI optimises berth planning and truck flows, and carbon accounting modules support sustainability
reporting and green corridor initiatives. Collaboration portals connect shipping lines, logistics
partners and regulators around shared decarbonisation goals. Reference: ports in Europe, the Middle
East and Asia.""")

G("g_sensor", "Omnisense IoT", "Green smart sensor kit for everything",
  ["clean-air", "energy-efficiency", "clean-water"], 9, [5000, 200000], ["*"], None, """
One wireless sensor family for every sustainability use case: air quality, noise, temperature,
humidity, energy, water level and occupancy, all on the same LoRaWAN or NB-IoT network and the same
cloud. Plug-and-play installation, ten-year batteries and solar options make it easy to digitise
parks, buildings, streets and utilities in days rather than months. The no-code dashboard turns data
into insights and alerts, and APIs feed smart city platforms and ESG reports. Scalable from a pilot
of ten devices to city-wide deployments of thousands. Reference: more than 500,000 devices deployed
by municipalities, utilities and campuses.""")

G("g_dcgreen", "Verdient Cloud", "Green data centre sustainability platform",
  ["green-data-centers", "ghg-data"], 9, [50000, 800000], ["*"], None, """
Sustainability intelligence for digital infrastructure. The platform collects power, cooling, water
and IT data across data centre portfolios and turns it into real-time PUE, WUE and carbon
dashboards, with AI recommendations to optimise operations and automated reporting for customers
and regulators. Renewable energy tracking, certificate management and Scope 3 reporting support
credible green claims, and digital twins help plan greener capacity. Vendor-agnostic integration,
secure cloud or on-premise deployment. Reference: colocation and enterprise operators in 15
countries.""")

G("g_cnbrain", "智城科技", "城市双碳智慧大脑",
  ["ghg-data", "smart-grid"], 9, [300000, 3000000], ["CN"], None, """
以"数据驱动、智能决策"为核心，打造城市级双碳数字化治理平台。平台融合物联网、大数据、人工智能、
区块链和数字孪生技术，汇聚能源、工业、交通、建筑、生态等多源数据，实现碳排放"一张图"展示、
"一网统管"和智能预警，为政府提供科学决策支撑。支持碳达峰碳中和目标分解、考核评价和政策模拟，
并可拓展智慧能源、智慧环保、智慧园区等应用场景，助力城市绿色低碳高质量发展。已服务全国
30余个城市和园区。平台提供驾驶舱大屏、移动端和开放接口，可与各委办局业务系统无缝对接。""")

G("g_cnpark", "绿智数科", "绿色低碳智慧园区整体解决方案",
  ["energy-efficiency", "smart-grid", "green-buildings"], 9, [200000, 5000000], ["CN"], 500, """
面向产业园区、开发区和城市新区的绿色低碳智慧化整体解决方案，涵盖综合能源管理、智慧照明、智能安防、
环境监测、碳资产管理和园区运营服务。通过统一的物联网平台和数字孪生可视化，实现园区能耗、碳排放和
运营数据的实时监测与智能分析，支撑零碳园区、绿色园区等评价申报。提供规划咨询、系统集成、投资建设和
运营一站式服务，帮助园区降本增效、实现可持续发展。已在全国落地各类园区项目100余个。方案可按园区规模灵活配置，支持分期建设和合同能源管理模式。""")

G("g_cneco", "环智物联", "智慧环保综合监管一体化平台",
  ["clean-air", "clean-water", "waste-treatment"], 9, [100000, 2000000], ["CN"], None, """
基于"空天地一体化"感知网络，构建生态环境智慧监管平台，整合大气、水、土壤、固废、噪声等环境要素监测数据，
运用大数据分析、AI识别和数字孪生技术，实现污染源"一企一档"、问题线索智能发现、执法闭环管理和环境质量
预测预警。平台支持多部门协同联动和移动端应用，为环境管理提供精准、科学、高效的数字化支撑，
推动环境治理体系和治理能力现代化。已在多个省市生态环境部门推广应用。平台支持私有化部署和政务云部署，提供定制开发、数据治理和长期运维服务。""")
