"""Ten generic distractors: broad platforms full of generic words. Never graded."""
from common import G

G("g_mobility_brain", "UrbanPulse AI", "AI Mobility Brain for cities",
  ["green-transportation", "smart-grid", "ghg-data"],
  "An AI-powered urban mobility brain that unifies traffic, transit, parking, fleet, charging and "
  "emissions data in one cloud platform. Machine-learning models predict congestion, optimise buses, "
  "trucks and taxis, reduce energy use and carbon emissions, and give decision makers real-time "
  "dashboards and digital KPIs for smarter, greener, safer and more efficient streets.",
  8, [200000, 3000000], ["*"], 5000)
G("g_traffic_cloud", "智联交通云", "智慧交通云平台",
  ["green-transportation", "ghg-data"],
  "以大数据、人工智能和物联网为核心，打通公交、出租、货运、停车、充电和港航等多源数据，实现交通运行监测、"
  "智能调度、节能减排和碳排放分析的一体化管理，助力城市交通绿色低碳、高质量发展。",
  8, [300000, 5000000], ["CN"], 3000)
G("g_netzero_fleet", "Carbonpath Advisory", "Net-Zero Fleet Transition Consulting",
  ["electric-vehicles", "ghg-data", "green-transportation"],
  "Strategic consulting for public and private fleets on the journey to net zero: baseline emissions, "
  "zero-emission vehicle roadmaps, charging and fuelling strategy, funding and grants, stakeholder "
  "engagement and change management. Our experts deliver actionable transition plans for buses, trucks, "
  "vans and vessels.",
  9, [40000, 400000], ["*"], None)
G("g_zero_port", "海联绿能", "零碳港口整体解决方案",
  ["green-transportation", "renewable-energy", "energy-storage", "smart-grid"],
  "为港口码头提供“源网荷储”一体化零碳解决方案，涵盖光伏风电、储能、岸电、电动集卡、智慧能源管理和碳资产"
  "管理，全面提升港口能效，降低碳排放，打造绿色智慧港口示范标杆。",
  8, [1000000, 30000000], ["CN", "*"], 20000)
G("g_transit_twin", "Mirrorworks", "Transit Digital Twin Suite",
  ["green-transportation", "energy-efficiency"],
  "A live digital twin of your transit network, depots and assets: simulate service changes, fleet "
  "electrification, energy demand and maintenance in 3D, and optimise operations with AI-driven "
  "scenarios. Open APIs connect scheduling, AVL, SCADA and building systems for a single source of truth.",
  7, [250000, 2000000], ["*"], None)
G("g_city_energy", "城能互联", "城市综合能源服务",
  ["smart-grid", "energy-efficiency", "renewable-energy"],
  "面向政府、园区、场站和公共建筑的综合能源服务：能源审计、节能改造、光储充一体化、合同能源管理和能源托管，"
  "通过能源互联网平台实现多能互补、智慧运维和降本增效。",
  9, [100000, 5000000], ["CN"], 1500)
G("g_esg_cloud", "GreenLedger", "Sustainability and ESG Cloud for logistics",
  ["ghg-data"],
  "All-in-one ESG platform for logistics, transport and infrastructure companies: collect sustainability "
  "data, track emissions, energy, water and waste, manage targets and generate reports for every major "
  "framework in a few clicks, with AI insights and supplier engagement.",
  9, [15000, 200000], ["*"], None)
G("g_park_platform", "碳智园区", "双碳智慧园区管理平台",
  ["ghg-data", "smart-grid", "energy-retrofits"],
  "面向物流园区、产业园区和交通枢纽的双碳数字化管理平台，集成能耗监测、碳排放核算、光伏储能、充电设施和"
  "环境监测，一张图掌握园区运行与减碳成效。",
  8, [150000, 1500000], ["CN"], 800)
G("g_iot_kit", "SensaCity", "Smart City IoT Sensor Starter Kit",
  ["clean-air", "smart-grid", "green-transportation"],
  "A plug-and-play bundle of wireless sensors for air quality, noise, parking, traffic counts, waste bins "
  "and energy, with a LoRaWAN gateway and cloud dashboard, so any city department can start a smart "
  "city pilot in weeks.",
  9, [20000, 120000], ["*"], None)
G("g_maas", "畅行未来", "绿色出行MaaS一体化平台",
  ["green-transportation"],
  "整合地铁、公交、共享单车、网约车、出租车和停车服务的一站式出行服务平台，提供行程规划、一码通行、碳积分"
  "激励和出行大数据分析，引导市民绿色低碳出行。",
  8, [200000, 2000000], ["CN"], 2000)
