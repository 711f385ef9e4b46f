"""Generic-word distractors: buzzword pages, never graded."""
from common import G

G("g01", "en", "Portmind AI", "Portmind smart green port brain",
  ["green-transportation", "smart-grid", "ghg-data"],
  "An AI-powered digital platform that connects every asset in your smart port, from cranes to trucks to "
  "buildings, into one green operations brain. Real-time dashboards, digital twin visualisation and carbon "
  "insights help port authorities make data-driven decisions for a sustainable, low-carbon future. Our cloud-native "
  "architecture integrates IoT sensors, big data and machine learning to unlock efficiency across the logistics "
  "ecosystem and accelerate your decarbonisation journey.",
  9, (50000, 2000000), ["*"], None)
G("g02", "zh", "智港云科技", "智慧绿色港口综合管理平台",
  ["green-transportation", "ghg-data"],
  "依托物联网、大数据、云计算和人工智能技术，打造港口“一张图、一平台、一中心”，实现生产运营、能源管理、"
  "碳排放、安全环保全要素数字化管控。平台可视化展示港区运行态势，辅助领导科学决策，助力港口绿色低碳高质量发展，"
  "打造智慧港口标杆。",
  9, (100000, 3000000), ["CN"], None)
G("g03", "en", "Greenchain Logistics Cloud", "Greenchain sustainable logistics platform",
  ["green-transportation", "ghg-data", "energy-efficiency"],
  "A next-generation platform for green logistics that brings shippers, carriers and warehouses together in one "
  "smart ecosystem. Optimise your supply chain, visualise your sustainability KPIs and engage stakeholders with "
  "beautiful ESG storytelling. Powered by AI and blockchain-ready data, Greenchain turns carbon into a competitive "
  "advantage and helps you achieve your net-zero ambitions faster, with plug-and-play integrations and enterprise "
  "security.",
  9, (30000, 800000), ["*"], None)
G("g04", "zh", "筑安数智", "智慧工地数字化管理平台",
  ["clean-air", "ghg-data", "green-buildings"],
  "集人员实名制、塔吊监控、视频AI识别、环境监测、能耗管理、绿色施工于一体的智慧工地平台，"
  "通过物联网终端和BIM+GIS数字孪生，实现工地全方位、全过程、全要素数字化监管。支持移动端和大屏展示，"
  "助力企业打造绿色低碳示范工地。",
  9, (20000, 400000), ["CN"], None)
G("g05", "en", "Frostiq", "Frostiq smart cold chain cloud",
  ["energy-efficiency", "hfc-alternatives", "ghg-data"],
  "Frostiq is the smart, connected cold chain platform for a greener future. Wireless IoT sensors and AI analytics "
  "give you end-to-end visibility across warehouses, reefers and stores, with digital compliance, predictive "
  "insights and sustainability reporting in one intuitive dashboard. Reduce waste, save energy and delight "
  "customers while you cut carbon. Scales from a single cold room to a global network with no-code configuration.",
  9, (10000, 500000), ["*"], None)
G("g06", "en", "Verdantix Data", "Carbon intelligence ESG dashboard for utilities",
  ["ghg-data", "smart-grid", "clean-water"],
  "Bring all your environmental, social and governance data into one carbon intelligence hub. Our digital platform "
  "automates data collection, benchmarks performance against peers and generates investor-ready ESG reports aligned "
  "with leading frameworks. Utilities use it to tell their sustainability story, track green goals and engage "
  "communities, regulators and boards with interactive visualisations and AI-generated insights.",
  9, (25000, 400000), ["*"], None)
G("g07", "zh", "水智汇科技", "智慧水务一体化平台",
  ["clean-water", "smart-grid", "energy-efficiency"],
  "构建“感知-分析-决策-执行”闭环的智慧水务大脑，融合供水、排水、污水、管网全业务数据，"
  "以数字孪生和AI算法赋能水务企业精细化管理，全面提升运营效率和服务水平，助力节能降耗和绿色低碳转型，"
  "打造新一代数字水务。",
  9, (100000, 2500000), ["CN"], None)
G("g08", "en", "Optiwatt AI", "Optiwatt AI green energy optimisation suite",
  ["smart-grid", "energy-efficiency", "renewable-energy", "energy-storage"],
  "A holistic, AI-driven energy optimisation suite that makes any facility smarter and greener. Our proprietary "
  "algorithms learn from your data to recommend actions across solar, storage, HVAC and operations, with carbon "
  "tracking and a digital twin of your energy ecosystem. Works with any hardware, any site, any industry. Customers "
  "see transformational results on their sustainability roadmap, backed by world-class data science.",
  9, (20000, 1000000), ["*"], None)
G("g09", "en", "Cleantech Exchange", "Digital marketplace for green solutions",
  ["ghg-data", "green-buildings", "nature-based"],
  "The digital marketplace that connects buyers with thousands of vetted green technologies and sustainable "
  "service providers. Post a challenge, receive smart matches and compare proposals on one collaborative "
  "platform. Our curated network spans energy, water, waste, mobility and nature, so cities and companies can "
  "source climate solutions faster and showcase their green leadership to stakeholders.",
  9, (5000, 100000), ["*"], None)
G("g10", "zh", "零碳方舟", "零碳园区综合解决方案",
  ["renewable-energy", "energy-storage", "ghg-data", "nature-based"],
  "以“源网荷储一体化+数字化碳管理”为核心，为物流园区、产业园区提供规划咨询、绿色能源、智慧能碳平台、"
  "碳资产管理的一站式零碳解决方案，助力园区实现能源清洁化、管理数字化、运营低碳化，"
  "打造零碳园区示范样板。",
  9, (200000, 5000000), ["CN"], None)
G("g11", "en", "Urbanomy", "Smart sustainable city IoT hub",
  ["smart-grid", "clean-air", "green-transportation", "clean-water"],
  "One smart hub for the sustainable city: our IoT gateway and open digital platform connect streetlights, "
  "sensors, vehicles, meters and buildings so that city operators can monitor everything from one green command "
  "centre. Low-code apps, AI alerts and carbon analytics turn urban data into smarter services for citizens, "
  "cleaner air and a resilient, net-zero future. Certified secure and interoperable with leading platforms.",
  9, (40000, 1500000), ["*"], None)
