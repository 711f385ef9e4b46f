# Chinese needs 12-15.
from common import T, N

T("hc_acct","en","CareCarbon","Healthcare carbon accounting with anaesthetic and inhaler module",["ghg-data"],
  "GHG Protocol Scope 1-3 inventory built for hospitals: volatile anaesthetic agents (desflurane, sevoflurane, N2O) from pharmacy issue data, metered-dose inhalers, and spend-based supply-chain factors. Audit trail and ISO 14064-1 export. 120 hospitals.",9,[20000,120000],["*"],0)
T("hc_submeter","zh","计量通","建筑能耗分项计量系统",["ghg-data","energy-retrofits"],
  "电、水、气分项计量表计及采集网关，按楼层和系统统计能耗。",9,[30000,200000],["CN"],100)
N("hcghg","zh","Zhaoqing","CN-GD","公立医院温室气体核算",["ghg-data"],
  "【问题】肇庆市卫健委要求市属医院编制温室气体清单，但医院除能源外还有麻醉气体和药品耗材等排放，现有表格无法覆盖。\n【必须】覆盖范围一、二、三；可核算吸入麻醉剂；可追溯审计。",
  150000,8,None,"2027-03-01",["hc_acct"],
  sibs={"hc_submeter":(1,"energy metering only, no inventory")})

T("glulam","en","Timberspan","Glulam long-span roof trusses for sports halls",["green-buildings"],
  "Engineered glued-laminated timber trusses and purlins spanning 30-60 m, prefabricated and CNC-cut, fire-rated by charring calculation, embodied carbon 60-80% lower than steel. 35 gymnasiums and school halls.",9,[300000,2000000],["*"],400)
T("spaceframe","zh","网架钢构","螺栓球钢网架屋盖",["green-buildings"],
  "大跨度螺栓球节点钢网架，适用于体育馆，施工快。",9,[200000,1500000],["CN"],0)
N("schoolgym","zh","Qingyuan","CN-GD","新建学校体育馆低碳屋盖",["green-buildings"],
  "【问题】清远市新建九年一贯制学校，体育馆跨度约36米，希望降低建材隐含碳。\n【必须】屋盖结构采用低隐含碳材料，工厂预制，满足防火要求。",
  1500000,8,300,"2027-09-01",["glulam"],
  sibs={"spaceframe":(1,"same function, steel, higher embodied carbon")})

T("anaes_cap","en","Sevoreclaim","Anaesthetic gas capture canisters",["clean-air","hfc-alternatives"],
  "Canisters on the anaesthetic gas scavenging line adsorb exhaled sevoflurane, desflurane and isoflurane on a selective silica zeolite; full canisters are sent for reclaim. Captures 70-95% of volatile agent, avoiding up to 3,000 t CO2e per year for a large hospital. CE-marked, 200 theatres.",9,[30000,200000],["*"],1500)
T("anaes_agss","zh","医气工程","麻醉废气排放系统改造",["clean-air"],
  "手术室麻醉废气主动排放系统，将废气排至室外，保障医护安全。",9,[10000,80000],["CN"],0)
T("anaes_tiva","en","InfuseRight","Total intravenous anaesthesia programme",["clean-air"],
  "Clinical change programme and target-controlled infusion pumps to shift cases from volatile agents to TIVA.",9,[50000,200000],["*"],800)
N("anaes","zh","Xiamen","CN-FJ","手术室麻醉废气治理",["clean-air"],
  "【问题】厦门市某医院有手术室24间，吸入麻醉剂经废气排放系统直排室外，这类气体温室效应很强。\n【必须】在不改变临床流程的前提下截留麻醉废气，减少排放。\n【排除】临床麻醉方式调整不在本次范围。",
  300000,8,1000,"2027-06-30",["anaes_cap"],
  sibs={"anaes_agss":(1,"vents outdoors, no capture"),"anaes_tiva":(0,"clinical change excluded")})

T("dorm_meter","en","LoadSense","Per-room DIN-rail meters with appliance signature recognition",["smart-grid"],
  "Single-phase prepaid meters per room with waveform analysis that recognises resistive heaters, kettles and rice cookers within 2 s and trips the circuit; remote top-up, outage logs. Deployed in 80,000 dormitory rooms.",9,[50000,400000],["*"],300)
T("dorm_breaker","zh","安电","限流型微型断路器",["smart-grid"],
  "限定每间宿舍最大电流，超过即跳闸，无法区分电器类型。",9,[5000,30000],["CN"],0)
T("dorm_smoke","zh","消安","独立式烟感报警器",["clean-air"],
  "无线联网烟感，报警信息推送宿管。",9,[5000,40000],["CN"],0)
N("dorm","zh","Changsha","CN-HN","高校宿舍用电管理",["smart-grid"],
  "【问题】长沙某高校学生宿舍4000间，违规使用大功率电器导致跳闸和火灾隐患，且电费无法按宿舍结算。\n【必须】分户计量、预付费；能识别违规电器并自动断电。",
  500000,8,200,"2027-02-28",["dorm_meter"],
  sibs={"dorm_breaker":(1,"current limit only"),"dorm_smoke":(1,"safety another way")})
