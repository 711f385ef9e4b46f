# English needs continued, generic distractors.
from common import T, N, G
from data_c import RFI

T("pat","zh","涌能水电","管道余压发电（水泵反转水轮机）",["renewable-energy","clean-water"],"在输水管道减压阀旁路安装泵反转式水轮机，回收余压发电，功率20-500kW，并网或自用，保持下游压力稳定。",9,[150000,900000],["*"],300)
T("pat_solar","en","SunCanopy","Reservoir-site solar canopies",["renewable-energy"],"PV carports and canopies at water facilities.",9,[200000,1500000],["*"],400)
T("pat_prv","en","ValveCo","Smart pressure reducing valves",["clean-water"],"Pilot-controlled PRVs with remote setpoint.",9,[10000,60000],["*"],0)
N("inconduit","en","Santa Clara","US-CA","Energy from excess pressure in water conduits",["renewable-energy","clean-water"],
  RFI("Water district burns off 40-120 psi of excess head at a dozen pressure-reducing stations.","Recover that energy as electricity while holding downstream pressure."),
  1200000,8,300,"2027-08-01",["pat"],sibs={"pat_solar":(1,"renewable but not from head"),"pat_prv":(1,"controls pressure, recovers nothing")})

T("flow_batt","zh","钒源储能","全钒液流电池储能系统",["energy-storage"],"100kW/1.2MWh起，持续放电10-12小时，不燃电解液，循环寿命超过15000次，适用于应急中心和消防站微电网。",9,[500000,3000000],["*"],150)
T("li4h","en","CellStack","4-hour LFP battery cabinet",["energy-storage"],"Outdoor LFP cabinet, 4 h duration.",9,[150000,900000],["*"],100)
T("fire_diesel","en","GenPower","Diesel standby generators",["energy-storage"],"Tier 4 diesel standby gensets.",9,[80000,300000],["US"],0)
T("ironair_trap","en","RustStore","Iron-air 100-hour battery pilot",["energy-storage"],"Multi-day iron-air storage pilot unit.",6,[800000,2000000],["US"],100)
N("firestn","en","Riverside","US-CA","Long-duration backup for fire stations",["energy-storage"],
  RFI("Fire stations lose grid power for 8-12 hours during public safety power shutoffs.","Non-combustion storage with at least 10 hours at 100 kW; non-flammable chemistry preferred.","No diesel or other fossil generators."),
  2500000,8,100,"2027-05-01",["flow_batt"],alts={"li4h":"right way, too short duration"},sibs={"fire_diesel":(0,"diesel excluded")},traps={"ironair_trap":"trl"})

T("smartpanel","zh","电舱","智能配电箱 电路级负荷管理",["smart-grid","energy-retrofits"],"替换原有配电箱，每个回路可远程计量和开关，按电流上限自动调度热泵、充电桩等负荷，避免外线增容；兼容光伏和储能。UL 67认证。",9,[3000,8000],["US"],2)
T("svc_upgrade","en","GridUp","Electrical service upgrade contracting",["energy-retrofits"],"Utility coordination and 400 A service upgrades.",9,[15000,60000],["US"],0)
T("loadcalc","en","CalcWatt","NEC load calculation software",["smart-grid"],"Software to run NEC 220.87 load calculations.",9,[1000,5000],["*"],0)
N("panel","en","Berkeley","US-CA","Electrify school portables without service upgrades",["smart-grid","energy-retrofits"],
  RFI("Adding heat pumps and chargers to 40 portable classrooms would exceed the existing electrical service.","Manage circuit loads so new all-electric equipment fits on the present service.","Utility service upgrades are exactly what we are trying to avoid."),
  400000,8,100,"2027-03-01",["smartpanel"],sibs={"svc_upgrade":(0,"excluded"),"loadcalc":(1,"calculates only")})

T("biomembrane","zh","沼净","沼气膜分离提纯及CO2回收",["waste-treatment","carbon-capture"],"三级膜分离将污水厂厌氧消化沼气提纯为97%甲烷的可再生天然气注入管网，尾气中的CO2经液化回收销售。处理量500-3000 Nm3/h。",9,[2000000,7000000],["*"],8000)
T("flare","en","FlareTech","Enclosed biogas flares",["waste-treatment"],"Low-NOx enclosed flares.",9,[100000,400000],["*"],0)
T("chp","en","MotorGen","Biogas CHP engines",["waste-treatment","renewable-energy"],"Lean-burn biogas engines 500-2000 kW.",9,[800000,3000000],["*"],3000)
N("rng","en","Sacramento","US-CA","Digester gas to renewable natural gas",["waste-treatment","carbon-capture"],
  RFI("Regional sanitation district flares part of its digester gas.","Upgrade biogas to pipeline-quality RNG and recover the CO2 stream rather than venting it.","Flaring is not an acceptable end state."),
  7500000,8,6000,"2028-01-01",["biomembrane"],sibs={"flare":(0,"excluded"),"chp":(1,"uses biogas another way")})

T("siltcell","zh","根域","结构土壤单元（悬浮铺装系统）",["nature-based"],"模块化塑料框架承托人行道铺装，框架内填充未压实土壤，为行道树提供大体积根系空间，同时滞蓄雨水。已在多个城市公园和广场应用。",9,[50000,600000],["*"],20)
T("permpave","en","PoroPave","Permeable concrete pavers",["nature-based","clean-water"],"Permeable pavers with open-graded base.",9,[30000,400000],["*"],0)
T("drip","en","DripWise","Smart drip irrigation",["nature-based"],"Weather-based controllers and drip lines.",9,[5000,50000],["*"],0)
N("trees","en","Los Angeles","US-CA","Healthier trees in park plazas",["nature-based"],
  RFI("Trees in compacted park plazas stay small and die young, and plazas flood in storms.","Give tree roots large volumes of uncompacted soil under hardscape that also hold stormwater."),
  700000,7,50,"2027-06-01",["siltcell"],sibs={"permpave":(1,"stormwater only"),"drip":(1,"irrigation, not soil")})

T("cpc","zh","微粒科技","凝结粒子计数器超细颗粒物监测站",["clean-air"],"水基凝结粒子计数器，测量7纳米以上颗粒数浓度，配扫描电迁移粒径谱仪，数据实时上传，适用于机场周边社区监测。",9,[60000,250000],["*"],0)
T("pm25opt","en","AirDot","Low-cost optical PM2.5 sensors",["clean-air"],"Laser-scattering PM2.5 nodes, solar powered.",9,[500,3000],["*"],0)
T("cpc_drone","en","SkySniff","Drone-based particle mapping",["clean-air"],"Experimental drone-carried particle counter.",6,[50000,150000],["*"],0)
N("ufp","en","Oakland","US-CA","Ultrafine particle monitoring near the airport",["clean-air"],
  RFI("Neighbourhoods downwind of the airport ask about jet exhaust particles.","Particle number counts down to 10 nm or smaller at fixed community sites.","Optical PM2.5 sensors do not meet this requirement."),
  400000,8,None,"2027-02-01",["cpc"],sibs={"pm25opt":(0,"excluded")},traps={"cpc_drone":"trl"})

T("lcfs","zh","碳积分通","LCFS碳积分申报服务",["ghg-data","electric-vehicles"],"自动汇集电动公交充电数据，匹配电网排放强度，编制并提交加州低碳燃料标准季度报告，碳积分代售。",9,[10000,60000],["US-CA"],0)
T("cms","en","ChargeOS","Charger network management software",["electric-vehicles"],"OCPP charger management, scheduling, uptime.",9,[10000,80000],["*"],0)
N("credits","en","San Bernardino","US-CA","Earning fuel credits from bus charging",["ghg-data","electric-vehicles"],
  RFI("The transit agency charges 60 electric buses but claims no credits.","Verified reporting of charging energy and its carbon intensity to the state programme, quarterly."),
  100000,8,None,"2027-01-15",["lcfs"],sibs={"cms":(1,"collects data, no reporting")})

T("steamtrap","zh","汽眼","无线蒸汽疏水阀监测",["energy-efficiency"],"卡箍式超声+温度传感器，无线传输，实时识别疏水阀漏汽和堵塞，估算蒸汽损失。已用于医院和大学蒸汽管网。",9,[20000,150000],["*"],400)
T("trapsurvey","en","SteamCheck","Annual steam trap survey and replacement",["energy-efficiency"],"Manual ultrasonic survey once a year, replace failed traps.",9,[10000,50000],["*"],200)
T("boiler","en","CondensAir","Condensing boilers",["energy-efficiency"],"High-efficiency condensing hot-water boilers.",9,[100000,600000],["*"],300)
T("hp_elec","en","ElectraHeat","Industrial heat pump steam generator",["energy-efficiency"],"Heat pumps producing low-pressure steam.",8,[800000,3000000],["*"],1000)
N("steam","en","Pasadena","US-CA","Steam losses in a hospital campus",["energy-efficiency"],
  RFI("The county hospital has 1,200 steam traps and failures go unnoticed for months.","Continuous detection of failed traps with loss estimates.","Boiler replacement and electrification are out of scope for this RFI."),
  300000,8,300,"2027-04-01",["steamtrap"],alts={"trapsurvey":"right goal, periodic not continuous"},
  sibs={"boiler":(0,"excluded"),"hp_elec":(0,"excluded")})

GEN = [
 ("g1","zh","智校云","智慧校园综合管理平台",["ghg-data"],"一站式智慧校园平台，整合能耗、安防、教学、后勤数据。"),
 ("g2","en","CareIoT","Smart hospital IoT platform",["smart-grid"],"Connect every device in your hospital on one smart platform."),
 ("g3","zh","水联网","智慧水务一体化平台",["clean-water"],"大数据与人工智能驱动的智慧水务平台。"),
 ("g4","en","TwinPort","Smart airport digital twin",["green-transportation"],"A digital twin of your airport for smarter decisions."),
 ("g5","en","ESGView","City ESG and climate dashboard",["ghg-data"],"Beautiful dashboards for sustainability KPIs."),
 ("g6","zh","公交大脑","智慧公交云平台",["green-transportation"],"智能调度、客流分析、能耗管理一体化。"),
 ("g7","en","BrainBuild","AI energy brain for public buildings",["energy-retrofits"],"AI optimisation platform for building energy."),
 ("g8","en","ParkSmart","Smart park management platform",["nature-based"],"Manage parks with sensors, apps and analytics."),
 ("g9","zh","零碳医","零碳医院整体解决方案",["green-buildings"],"为医院提供零碳规划、咨询与数字化平台。"),
 ("g10","en","LibTech","Smart library building platform",["energy-retrofits"],"Smart lighting, occupancy and energy in one app."),
 ("g11","en","OmniSense","Smart green sensors for everything",["clean-air"],"Multi-sensor IoT nodes for air, water, energy and more."),
]
for k,l,c,n,cats,d in GEN:
    G(k,l,c,n,cats,d,9,[10000,200000],["*"],0,[])
