# English needs b14n16..b14n30 (Californian cities); true answers written in Chinese.
from common import T, N

def RFI(problem, must, excl=None):
    s = "Problem statement: " + problem + "\nMust-haves: " + must
    return s + ("\nExclusions: " + excl if excl else "")

T("v2g","zh","双向充能","校车V2G双向直流充电桩",["electric-vehicles","smart-grid"],"60kW双向直流充电桩，支持ISO 15118-20与CCS1接口，夏季暑假期间校车电池向电网放电参与需求响应，配套聚合平台结算。已在多个学区部署。",9,[40000,90000],["*"],60)
T("v2g_l2","en","ChargeYard","Level 2 depot chargers for buses",["electric-vehicles"],"19.2 kW one-way AC chargers, networked, for overnight charging.",9,[5000,15000],["*"],20)
T("v2g_propane","en","BlueFlame Bus","Propane school buses",["green-transportation"],"Type C propane autogas buses with lower NOx than diesel.",9,[120000,150000],["US"],30)
T("v2g_trap","en","FleetFlip","Fleet electrification as a service (buses + chargers)",["electric-vehicles"],"We supply 20 electric buses, bidirectional chargers and O&M for a fixed monthly fee; minimum contract.",9,[4000000,9000000],["US"],900)
N("v2g","en","Los Angeles","US-CA","Bidirectional charging for electric school buses",["electric-vehicles","smart-grid"],
  RFI("The district is taking delivery of 30 electric school buses that sit idle in summer and afternoons.","Chargers that can export bus battery energy to the grid during utility peak events, UL 9741 listed, open protocols.","Propane or other combustion buses are not part of this solicitation."),
  2000000,8,200,"2027-06-01",["v2g"],alts={"v2g_l2":"charging, but one-way"},
  sibs={"v2g_propane":(0,"combustion excluded")},traps={"v2g_trap":"budget"})

T("pipe_swim","zh","管知道","自由游动式管道内检测球",["clean-water"],"泡沫包裹的检测球随水流在带压输水干管中运行，集成声学传感器与磁场传感器，可定位渗漏点和气囊，无需停水，单次检测可达数十公里。适用于DN300以上各类管材。",9,[60000,300000],["*"],0)
T("pipe_cctv","en","CrawlCam","CCTV pipe crawler inspection",["clean-water"],"Tethered robotic crawler with pan-tilt camera, requires dewatered pipe.",9,[20000,100000],["*"],0)
T("pipe_sat","en","OrbitLeak","Satellite radar leak detection",["clean-water"],"L-band SAR imagery to flag soil moisture anomalies that may indicate leaks.",9,[30000,150000],["*"],0)
N("mains","en","Sacramento","US-CA","Condition assessment of large transmission mains",["clean-water"],
  RFI("Our 40 miles of 24-60 inch water transmission mains are decades old and cannot be taken out of service.","Locate leaks and gas pockets while the main stays live and pressurised; insert through existing taps.","Methods that require draining or shutting down the main are out of scope."),
  500000,8,None,"2027-04-01",["pipe_swim"],sibs={"pipe_cctv":(0,"needs dewatering"),"pipe_sat":(1,"screening, not in-pipe")})

T("hpwh120","zh","暖泉","120V插电式热泵热水器",["energy-retrofits"],"190升热泵热水器，使用普通120V/15A插座，无需新增专用回路或配电箱升级，R290或CO2工质，COP约3.5。已在多个公共住房项目替换燃气热水器。",9,[2500,4500],["US"],1)
T("hpwh_solar","en","SunTherm","Solar thermal water heating",["renewable-energy"],"Flat-plate collectors with storage tank and gas backup.",9,[6000,12000],["*"],1)
T("hpwh_tankless","en","InstaHeat","Condensing tankless gas water heaters",["energy-efficiency"],"0.96 UEF condensing tankless gas water heaters.",9,[1500,3000],["US"],0)
T("hpwh240","en","Heatwell","240V hybrid heat pump water heater",["energy-retrofits"],"Standard 240 V/30 A heat pump water heater, needs a dedicated circuit.",9,[2000,3500],["*"],1)
N("hpwh","en","Oakland","US-CA","Water heater replacement in public housing",["energy-retrofits"],
  RFI("The housing authority must replace 600 gas water heaters in older apartments whose electrical panels have no spare capacity.","All-electric; works on existing outlets without panel or service upgrades; fits existing closets.","No gas appliances will be considered."),
  3000000,8,500,"2027-09-01",["hpwh120"],alts={"hpwh240":"right way, but needs a new circuit"},
  sibs={"hpwh_solar":(1,"solar thermal with gas backup"),"hpwh_tankless":(0,"gas excluded")})

T("pv_glare","zh","晶曜","机场防眩光光伏系统",["renewable-energy"],"采用深度纹理减反射玻璃的光伏组件，反射率低于2%，随项目提供眩光危害分析（符合FAA机场太阳能政策）。已建成多个机场停车场和跑道周边光伏电站。",9,[500000,5000000],["*"],1500)
T("pv_std","en","SolarBase","Ground-mount single-axis tracker PV",["renewable-energy"],"Utility-scale trackers with standard glass modules.",9,[800000,6000000],["*"],2000)
T("pv_wind","en","Turbina","Small wind turbines 100 kW",["renewable-energy"],"Tower-mounted 100 kW wind turbines, 37 m hub.",9,[300000,700000],["*"],200)
N("airpv","en","San Diego","US-CA","Solar power on airport land",["renewable-energy"],
  RFI("The airport authority has 25 acres of vacant land beside the runway and wants on-site generation.","Must pass the FAA glare hazard review for pilots and the control tower.","No tall structures such as turbines or masts in the approach surfaces."),
  6000000,8,1200,"2027-12-01",["pv_glare"],sibs={"pv_std":(1,"PV without glare control"),"pv_wind":(0,"tall structures excluded")})

T("eferry","zh","蓝海电船","纯电动双体客船",["electric-vehicles","green-transportation"],"铝合金双体客船，载客49-150人，磷酸铁锂电池，码头10分钟快充，航速12节。船级社认证，已在多个港口运营。",9,[1500000,4000000],["*"],300)
T("eferry_h2","en","HydroMarine","Hydrogen fuel cell ferry",["green-transportation"],"PEM fuel cell passenger ferry with compressed hydrogen tanks.",8,[4000000,9000000],["*"],350)
T("eferry_rd","en","ReNew Fuels","Renewable diesel supply for vessels",["green-transportation"],"HVO renewable diesel drop-in fuel.",9,[100000,600000],["US"],400)
N("ferry","en","Long Beach","US-CA","Zero-emission water taxi",["green-transportation","electric-vehicles"],
  RFI("The transit agency runs a harbour water-taxi service with two diesel boats.","Zero tailpipe emissions; 49+ passengers; quick recharge at the dock between runs.","Drop-in fuels are not in scope."),
  5000000,8,300,"2028-03-01",["eferry"],sibs={"eferry_h2":(1,"zero-emission but hydrogen, no dockside charge"),"eferry_rd":(0,"fuels excluded")})

T("co2block","zh","碳砌","碳化养护混凝土砌块",["green-buildings","carbon-capture"],"砌块在养护窑中用捕集CO2代替蒸汽养护，永久矿化固定CO2，强度满足ASTM C90，隐含碳降低50-70%。已用于图书馆、学校等公共建筑。",9,[50000,500000],["*"],200)
T("clt","en","Crosslam West","CLT panels",["green-buildings"],"Cross-laminated timber wall and floor panels.",9,[300000,3000000],["*"],500)
T("rebar","en","LoopSteel","EAF recycled rebar",["green-buildings"],"Rebar from 98% recycled scrap in electric arc furnaces.",9,[50000,500000],["US"],100)
N("library","en","San Jose","US-CA","Low-carbon masonry for a branch library",["green-buildings","carbon-capture"],
  RFI("The new branch library has load-bearing masonry walls specified in the design.","Masonry units with much lower embodied carbon that meet ASTM C90 and keep the design."),
  800000,8,200,"2027-10-01",["co2block"],sibs={"clt":(1,"changes the structural system"),"rebar":(1,"other material")})

T("r290walkin","zh","凉源","R290一体式冷库机组",["hfc-alternatives"],"丙烷工质一体式冷库机组，每台充注量小于500克，顶装或壁挂，无需现场配管，适用于学校厨房步入式冷藏冷冻库，UL 60335-2-89认证。",9,[6000,15000],["US"],10)
T("r454c","en","CoolMix","R-454C condensing unit retrofit",["hfc-alternatives"],"A2L HFO/HFC blend condensing units, GWP 148.",9,[4000,10000],["US"],6)
T("co2rack","en","Polar Natural","CO2 booster rack for supermarkets",["hfc-alternatives"],"Centralised transcritical CO2 rack, 50-300 kW, machine room needed.",9,[150000,500000],["*"],200)
N("walkin","en","Fresno","US-CA","Walk-in coolers for school kitchens",["hfc-alternatives"],
  RFI("Unified school district has 70 walk-in coolers and freezers on R-404A.","Natural refrigerant, self-contained units that mount on the box without field piping.","No HFO blends."),
  900000,8,300,"2027-07-01",["r290walkin"],alts={"co2rack":"natural refrigerant, but central rack"},sibs={"r454c":(0,"HFO blend excluded")})
