"""Realistic synthetic technologies and city needs in the scoring contract's JSON Lines format.

    python benchmarks/gen_records.py --technologies 20000 --needs 500 --out /tmp/data [--seed 42]

writes ``/tmp/data/technologies.jsonl`` (ids t000001…) and ``/tmp/data/needs.jsonl`` (ids
n00001…), one JSON object a line, exactly the fields of ``contracts/scoring.md``.

What makes it realistic enough for timing search, import and scoring:

* every category has a vocabulary of domain phrases in English and Chinese, and the
  descriptions (40–120 words; for Chinese, 80–240 characters) are sentences built from
  templates, those phrases and plausible numbers, so text search and the engine's text
  signal see real term overlap and real Chinese;
* about a quarter of the records are Chinese (Chinese companies and cities), a few English
  records add a Chinese summary (both languages);
* 1–3 categories per record, the extra ones usually neighbours of the first (smart grid with
  storage, buildings with retrofits…); companies stick to one or two core categories;
* TRL 3–9 (null for 10%), cost ranges log-uniform between 20,000 and 50 million dollars (or
  null), regions mixing "*", countries and ISO 3166-2 subdivisions, CO2e per deployment on a
  per-category scale; needs with budget, minimum TRL, region, CO2e target and a deadline.

The output depends only on the seed (and ``--today``, the date the deadlines are counted
from, fixed by default so that a seed always gives byte-identical files). Other benchmarks
import it: ``from benchmarks.gen_records import technologies, needs``.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

# Deadlines are counted from this date unless --today says otherwise (kept fixed so the
# files are reproducible; every deadline lies 3 months to 5 years after it).
REFERENCE_DATE = date(2027, 1, 1)

ZH_SHARE = 0.25  # about a quarter of the records are Chinese


@dataclass(frozen=True)
class Category:
    slug: str
    weight: float  # how common the category is
    en: tuple[str, ...]  # domain phrases
    zh: tuple[str, ...]
    products: tuple[tuple[str, str], ...]  # (en, zh) what a company sells
    assets: tuple[tuple[str, str], ...]  # (en, zh with its measure word) what a city has many of
    metrics: tuple[tuple[str, str], ...]  # (en, zh) what gets reduced
    co2e: tuple[float, float]  # typical t CO2e a year of one deployment, low and high
    neighbours: tuple[str, ...]


def _phrases(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(";") if part.strip())


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(tuple(part.split("=")) for part in _phrases(text))  # type: ignore[misc]


CATEGORIES: dict[str, Category] = {
    c.slug: c
    for c in (
        Category(
            "smart-grid",
            10,
            _phrases(
                "demand response; peak shaving; feeder automation; distribution automation; microgrid controller;"
                "advanced metering infrastructure; smart meters; virtual power plant; load forecasting;"
                "fault location isolation and service restoration; volt-var optimisation;"
                "distribution management system; grid-edge analytics; outage management; power quality monitoring;"
                "substation automation; time-of-use tariffs; flexible load aggregation; phasor measurement units;"
                "digital twin of the distribution grid"
            ),
            _phrases(
                "需求响应; 削峰填谷; 馈线自动化; 配电自动化; 微电网控制器; 高级量测体系; 智能电表; 虚拟电厂; 负荷预测;"
                "故障定位隔离与恢复供电; 电压无功优化; 配电管理系统;"
                "电网边缘分析; 停电管理; 电能质量监测; 变电站自动化;"
                "分时电价; 可调负荷聚合; 同步相量测量; 配电网数字孪生"
            ),
            _pairs("platform=平台; controller=控制器; management system=管理系统; analytics suite=分析软件"),
            _pairs("office buildings=栋办公楼; substations=座变电站; distribution feeders=条配电线路"),
            _pairs("peak demand=峰值负荷; outage minutes=停电时间; grid losses=线损"),
            (300, 60_000),
            ("energy-storage", "renewable-energy", "electric-vehicles", "green-data-centers"),
        ),
        Category(
            "energy-storage",
            9,
            _phrases(
                "lithium iron phosphate batteries; battery energy storage system; grid-scale storage;"
                "behind-the-meter storage; sodium-ion batteries; flow batteries; vanadium redox flow;"
                "thermal energy storage; ice storage for air conditioning; compressed air energy storage;"
                "battery management system; frequency regulation; energy arbitrage; second-life EV batteries;"
                "containerised storage; fire suppression for battery rooms; state-of-health monitoring;"
                "long-duration storage; pumped hydro"
            ),
            _phrases(
                "磷酸铁锂电池; 电池储能系统; 电网侧储能; 用户侧储能;"
                "钠离子电池; 液流电池; 全钒液流电池; 储热; 冰蓄冷空调;"
                "压缩空气储能; 电池管理系统; 调频服务; 峰谷套利; 退役动力电池梯次利用; 集装箱式储能; 电池舱消防;"
                "健康状态监测; 长时储能; 抽水蓄能"
            ),
            _pairs("storage system=储能系统; battery cabinet=电池柜; battery management platform=电池管理平台"),
            _pairs("substations=座变电站; industrial parks=个工业园区; commercial buildings=栋商业楼宇"),
            _pairs("peak demand charges=需量电费; curtailment=弃电率"),
            (200, 40_000),
            ("smart-grid", "renewable-energy", "electric-vehicles"),
        ),
        Category(
            "renewable-energy",
            10,
            _phrases(
                "rooftop solar; building-integrated photovoltaics; utility-scale solar; floating solar; onshore wind;"
                "offshore wind; small wind turbines; geothermal heat pumps; deep geothermal heat; biomass boilers;"
                "biogas power; solar thermal collectors; agrivoltaics; solar carports; string inverters;"
                "power purchase agreements; green certificates; hybrid solar-wind plants; solar forecasting"
            ),
            _phrases(
                "屋顶光伏; 光伏建筑一体化; 集中式光伏电站; 漂浮式光伏; 陆上风电; 海上风电; 小型风机; 地源热泵;"
                "中深层地热供暖; 生物质锅炉; 沼气发电; 太阳能集热器; 农光互补; 光伏车棚; 组串式逆变器; 购电协议;"
                "绿色电力证书; 风光互补电站; 光伏功率预测"
            ),
            _pairs("solar solution=光伏解决方案; power system=发电系统; heat system=供热系统"),
            _pairs("public rooftops=处公共建筑屋顶; schools=所学校; industrial parks=个工业园区"),
            _pairs("grid electricity purchases=外购电量; fossil fuel use=化石能源消耗"),
            (500, 200_000),
            ("energy-storage", "smart-grid", "waste-treatment", "green-buildings"),
        ),
        Category(
            "electric-vehicles",
            9,
            _phrases(
                "electric buses; fast charging; DC fast chargers; battery swapping; vehicle-to-grid; smart charging;"
                "depot charging; electric garbage trucks; electric taxis; charging network management;"
                "pantograph charging; wireless charging; fleet electrification; charging station siting;"
                "electric logistics vans; electric two-wheelers; megawatt charging for heavy trucks;"
                "charging payment platform"
            ),
            _phrases(
                "电动公交车; 快充; 直流快充桩; 换电; 车网互动;"
                "有序充电; 场站充电; 电动环卫车; 电动出租车; 充电网络运营管理;"
                "受电弓充电; 无线充电; 车队电动化; 充电站选址; 电动物流车; 电动两轮车; 重卡兆瓦级充电; 充电支付平台"
            ),
            _pairs("charging solution=充电解决方案; charger=充电桩; fleet platform=车队平台"),
            _pairs("buses=辆公交车; depots=个场站; public parking lots=个公共停车场"),
            _pairs("fuel costs=燃料成本; tailpipe emissions=尾气排放"),
            (100, 30_000),
            ("green-transportation", "energy-storage", "smart-grid"),
        ),
        Category(
            "green-transportation",
            6,
            _phrases(
                "bus rapid transit; shore power for ships; port electrification; adaptive traffic signals;"
                "bike sharing; protected cycle lanes; mobility as a service; freight consolidation centres;"
                "low-emission zones; rail freight; electric ferries; real-time passenger information;"
                "congestion pricing; last-mile delivery; hydrogen fuel cell trucks; green shipping corridors;"
                "transit signal priority; park and ride"
            ),
            _phrases(
                "快速公交系统; 船舶岸电; 港口电动化; 自适应交通信号;"
                "共享单车; 独立自行车道; 出行即服务; 城市共同配送中心;"
                "低排放区; 铁路货运; 电动渡轮; 实时公交信息; 拥堵收费; 末端配送; 氢燃料电池重卡; 绿色航运走廊;"
                "公交信号优先; 停车换乘"
            ),
            _pairs("transit system=交通系统; mobility platform=出行平台; port solution=港口解决方案"),
            _pairs("bus routes=条公交线路; berths=个泊位; intersections=个路口"),
            _pairs("travel times=出行时间; diesel consumption=柴油消耗; NOx emissions=氮氧化物排放"),
            (200, 50_000),
            ("electric-vehicles", "clean-air", "ghg-data"),
        ),
        Category(
            "green-buildings",
            6,
            _phrases(
                "near-zero energy buildings; passive house design; cross-laminated timber; low-carbon concrete;"
                "green roofs; LEED certification; China Green Building Label; embodied carbon assessment;"
                "high-performance glazing; prefabricated construction; daylighting design; natural ventilation;"
                "building energy modelling; recycled steel; low-carbon cement; airtight building envelope;"
                "rainwater harvesting; whole-life carbon"
            ),
            _phrases(
                "近零能耗建筑; 被动房设计; 正交胶合木; 低碳混凝土; 屋顶绿化; LEED认证; 绿色建筑标识; 隐含碳评估;"
                "高性能玻璃; 装配式建筑; 自然采光设计; 自然通风; 建筑能耗模拟; 再生钢材; 低碳水泥; 气密性围护结构;"
                "雨水收集; 全生命周期碳排放"
            ),
            _pairs("building system=建筑体系; material=建材; design service=设计服务"),
            _pairs("housing units=套住房; public buildings=栋公共建筑; schools=所学校"),
            _pairs("operational energy use=运行能耗; embodied carbon=隐含碳"),
            (50, 10_000),
            ("energy-retrofits", "renewable-energy", "nature-based", "energy-efficiency"),
        ),
        Category(
            "energy-retrofits",
            7,
            _phrases(
                "external wall insulation; window replacement; LED lighting retrofit; building automation system;"
                "variable speed drives for pumps; heat pump retrofit; chiller replacement; HVAC controls;"
                "energy performance contracting; deep retrofit; smart thermostats; district heating substation upgrade;"
                "heat recovery ventilation; occupancy sensors; roof insulation; boiler replacement; energy audits;"
                "retro-commissioning"
            ),
            _phrases(
                "外墙保温; 门窗更换; LED照明改造; 楼宇自控系统; 水泵变频改造; 热泵改造; 冷水机组更换; 暖通空调控制;"
                "合同能源管理; 深度节能改造; 智能温控器; 换热站改造; 热回收新风; 人体感应控制; 屋面保温; 锅炉更换;"
                "能源审计; 既有建筑调适"
            ),
            _pairs("retrofit package=改造方案; control system=控制系统; service=服务"),
            _pairs("public buildings=栋公共建筑; hospitals=家医院; residential blocks=个居民小区"),
            _pairs("heating energy use=供暖能耗; electricity bills=电费支出"),
            (50, 15_000),
            ("green-buildings", "energy-efficiency", "hfc-alternatives"),
        ),
        Category(
            "energy-efficiency",
            7,
            _phrases(
                "waste heat recovery; high-efficiency motors; compressed air leak detection; industrial heat pumps;"
                "steam system optimisation; energy management system; ISO 50001; boiler economisers;"
                "variable frequency drives; process heat electrification; organic Rankine cycle; kiln efficiency;"
                "energy monitoring; combined heat and power; efficient pumps and fans; cooling water optimisation;"
                "industrial park energy management; sub-metering"
            ),
            _phrases(
                "余热回收; 高效电机; 压缩空气泄漏检测; 工业热泵; 蒸汽系统优化; 能源管理系统; ISO 50001能源管理体系;"
                "锅炉省煤器; 变频器; 工艺热电气化; 有机朗肯循环; 窑炉节能; 能耗在线监测; 热电联产; 高效水泵风机;"
                "循环冷却水优化; 园区能源管理; 分项计量"
            ),
            _pairs(
                "efficiency system=节能系统; heat recovery unit=余热回收装置; energy management platform=能源管理平台"
            ),
            _pairs("factories=家工厂; boilers=台锅炉; industrial parks=个工业园区"),
            _pairs("energy intensity=单位产值能耗; steam consumption=蒸汽消耗"),
            (500, 100_000),
            ("energy-retrofits", "green-data-centers", "hfc-alternatives", "clean-air"),
        ),
        Category(
            "green-data-centers",
            4,
            _phrases(
                "liquid cooling; immersion cooling; free cooling; hot aisle containment; PUE optimisation;"
                "waste heat reuse from servers; AI cooling control; evaporative cooling;"
                "high-voltage direct current power; modular data centres; server virtualisation;"
                "renewable power for data centres; edge data centres; rear-door heat exchangers; UPS efficiency;"
                "data centre infrastructure management"
            ),
            _phrases(
                "液冷; 浸没式液冷; 自然冷却; 热通道封闭; PUE优化; 服务器余热利用; AI制冷控制; 蒸发冷却; 高压直流供电;"
                "模块化数据中心; 服务器虚拟化; 数据中心绿电; 边缘数据中心; 背板换热器; UPS能效; 数据中心基础设施管理"
            ),
            _pairs("cooling system=制冷系统; power system=供电系统; management platform=管理平台"),
            _pairs("server racks=个机柜; data halls=个机房; data centres=座数据中心"),
            _pairs("PUE=PUE; cooling energy=制冷能耗"),
            (500, 50_000),
            ("energy-efficiency", "hfc-alternatives", "renewable-energy"),
        ),
        Category(
            "carbon-capture",
            3,
            _phrases(
                "post-combustion capture; amine scrubbing; direct air capture; CO2 mineralisation;"
                "CO2 utilisation in concrete; enhanced oil recovery; geological storage; CO2 pipelines;"
                "bioenergy with carbon capture; oxy-fuel combustion; solid sorbents; membrane separation;"
                "cement plant capture; CO2 to methanol; carbon capture MRV; CO2 compression and liquefaction"
            ),
            _phrases(
                "燃烧后捕集; 胺法吸收; 直接空气捕集; 二氧化碳矿化;"
                "二氧化碳养护混凝土; 驱油封存; 地质封存; 二氧化碳管道;"
                "生物质能碳捕集; 富氧燃烧; 固体吸附剂; 膜分离; 水泥厂碳捕集; 二氧化碳制甲醇; 碳捕集监测核查;"
                "二氧化碳压缩液化"
            ),
            _pairs("capture unit=捕集装置; process=工艺; storage service=封存服务"),
            _pairs("cement kilns=条水泥窑生产线; power units=台发电机组; industrial sites=个工业场地"),
            _pairs("CO2 emissions=二氧化碳排放; capture cost=捕集成本"),
            (5_000, 1_000_000),
            ("energy-efficiency", "ghg-data", "clean-air"),
        ),
        Category(
            "clean-air",
            6,
            _phrases(
                "air quality monitoring; low-cost sensor networks; PM2.5 forecasting; VOC abatement;"
                "regenerative thermal oxidisers; selective catalytic reduction; dust suppression;"
                "construction site dust control; ultra-low emission retrofit; desulphurisation; denitrification;"
                "odour control; emission source apportionment; indoor air quality; satellite emission monitoring;"
                "continuous emission monitoring systems; clean heating for households"
            ),
            _phrases(
                "空气质量监测; 微型传感器网络; PM2.5预报; VOCs治理;"
                "蓄热式焚烧炉; 选择性催化还原脱硝; 抑尘; 工地扬尘管控;"
                "超低排放改造; 脱硫; 脱硝; 异味治理;"
                "污染源解析; 室内空气质量; 卫星遥感排放监测; 烟气在线监测系统; 清洁取暖"
            ),
            _pairs("monitoring network=监测网络; abatement system=治理设备; forecasting platform=预报平台"),
            _pairs("monitoring stations=个监测站点; construction sites=个建筑工地; factories=家工厂"),
            _pairs("PM2.5 concentrations=PM2.5浓度; VOC emissions=VOCs排放"),
            (50, 20_000),
            ("ghg-data", "green-transportation", "energy-efficiency"),
        ),
        Category(
            "clean-water",
            6,
            _phrases(
                "wastewater treatment; membrane bioreactors; reverse osmosis desalination; water reuse;"
                "sludge treatment; leak detection in water mains; smart water meters; sponge city;"
                "drinking water disinfection; ultrafiltration; nutrient recovery; stormwater management;"
                "river restoration; rural sewage treatment; anaerobic digestion of sludge;"
                "real-time water quality sensors; pressure management"
            ),
            _phrases(
                "污水处理; 膜生物反应器; 反渗透海水淡化; 再生水回用; 污泥处理; 供水管网漏损检测; 智能水表; 海绵城市;"
                "饮用水消毒; 超滤; 营养物回收; 雨水管理;"
                "河道生态修复; 农村污水处理; 污泥厌氧消化; 水质在线监测; 压力管理"
            ),
            _pairs("treatment plant=处理装置; water platform=智慧水务平台; membrane system=膜系统"),
            _pairs("treatment plants=座污水处理厂; km of water mains=公里供水管网; villages=个村庄"),
            _pairs("non-revenue water=管网漏损率; sludge volume=污泥量"),
            (100, 20_000),
            ("waste-treatment", "nature-based"),
        ),
        Category(
            "waste-treatment",
            6,
            _phrases(
                "waste-to-energy; municipal solid waste sorting; food waste composting; anaerobic digestion;"
                "landfill gas capture; plastic recycling; construction waste recycling; e-waste recycling;"
                "refuse-derived fuel; pay-as-you-throw; smart bins; AI waste sorting; biochar; textile recycling;"
                "medical waste treatment; kitchen waste biogas; circular economy platform"
            ),
            _phrases(
                "垃圾焚烧发电; 生活垃圾分类; 厨余垃圾堆肥; 厌氧消化;"
                "填埋气回收; 塑料回收; 建筑垃圾资源化; 电子废弃物回收;"
                "垃圾衍生燃料; 按量计费; 智能垃圾桶; AI垃圾分拣; 生物炭; 废旧纺织品回收; 医疗废物处理; 餐厨垃圾沼气;"
                "循环经济平台"
            ),
            _pairs("treatment plant=处理设施; sorting line=分选线; recycling system=回收系统"),
            _pairs("districts=个街区; transfer stations=座转运站; tonnes a day of capacity=吨日处理能力"),
            _pairs("landfilled waste=填埋量; methane emissions=甲烷排放"),
            (1_000, 300_000),
            ("clean-water", "renewable-energy", "carbon-capture"),
        ),
        Category(
            "hfc-alternatives",
            3,
            _phrases(
                "low-GWP refrigerants; natural refrigerants; CO2 heat pumps; ammonia refrigeration; propane chillers;"
                "R-290 air conditioners; refrigerant leak detection; refrigerant recovery and reclamation;"
                "Kigali Amendment compliance; transcritical CO2 systems; hydrocarbon refrigerants; HFO refrigerants;"
                "cold chain cooling; district cooling; magnetic bearing chillers; refrigerant management"
            ),
            _phrases(
                "低GWP制冷剂; 天然工质; 二氧化碳热泵; 氨制冷; 丙烷冷水机组; R290空调; 制冷剂泄漏检测; 制冷剂回收再生;"
                "基加利修正案履约; 跨临界二氧化碳系统; 碳氢制冷剂; HFO制冷剂; 冷链制冷; 区域供冷; 磁悬浮冷水机组;"
                "制冷剂全生命周期管理"
            ),
            _pairs("cooling system=制冷系统; heat pump=热泵; refrigerant service=制冷剂服务"),
            _pairs("supermarkets=家超市; cold stores=座冷库; public buildings=栋公共建筑"),
            _pairs("refrigerant leakage=制冷剂泄漏量; cooling energy=制冷能耗"),
            (100, 30_000),
            ("energy-retrofits", "green-data-centers", "energy-efficiency"),
        ),
        Category(
            "ghg-data",
            5,
            _phrases(
                "greenhouse gas inventory; carbon accounting; MRV; scope 3 emissions; emission factors database;"
                "carbon footprint of products; city climate dashboard; satellite methane detection;"
                "carbon credit registry; building energy benchmarking; supply chain emissions; life cycle assessment;"
                "ESG reporting; carbon budget tracking; emissions data platform; third-party verification;"
                "activity data collection"
            ),
            _phrases(
                "温室气体清单; 碳核算; 监测报告核查; 范围三排放;"
                "排放因子数据库; 产品碳足迹; 城市气候驾驶舱; 卫星甲烷监测;"
                "碳信用登记; 建筑能耗对标; 供应链排放; 生命周期评价; ESG信息披露; 碳预算追踪; 排放数据平台; 第三方核查;"
                "活动水平数据采集"
            ),
            _pairs("accounting platform=核算平台; MRV software=MRV软件; data service=数据服务"),
            _pairs("municipal departments=个市政部门; companies=家企业; buildings=栋建筑"),
            _pairs("reporting effort=报告工作量; data gaps=数据缺口"),
            (50, 50_000),
            ("carbon-capture", "clean-air", "nature-based"),
        ),
        Category(
            "nature-based",
            3,
            _phrases(
                "urban forests; street trees; green corridors; constructed wetlands; mangrove restoration;"
                "green space planning; urban heat island mitigation; permeable pavements; rain gardens; soil carbon;"
                "biodiversity monitoring; pocket parks; riverbank restoration; tree canopy mapping; coastal wetlands;"
                "blue carbon; urban agriculture"
            ),
            _phrases(
                "城市森林; 行道树; 生态廊道; 人工湿地; 红树林修复;"
                "绿地规划; 城市热岛缓解; 透水铺装; 雨水花园; 土壤碳汇;"
                "生物多样性监测; 口袋公园; 河岸生态修复; 树冠覆盖制图; 滨海湿地; 蓝碳; 都市农业"
            ),
            _pairs("design service=设计服务; monitoring platform=监测平台; restoration programme=修复方案"),
            _pairs("hectares of green space=公顷绿地; parks=个公园; km of riverbank=公里河岸"),
            _pairs("surface temperatures=地表温度; flood risk=内涝风险"),
            (20, 5_000),
            ("clean-water", "green-buildings", "ghg-data"),
        ),
    )
}
SLUGS = tuple(CATEGORIES)
SLUG_WEIGHTS = tuple(c.weight for c in CATEGORIES.values())

# --- places ---------------------------------------------------------------------------------

# (country, share of companies, subdivisions with weights)
COUNTRIES: tuple[tuple[str, float, tuple[tuple[str, float], ...]], ...] = (
    (
        "CN",
        45,
        (
            ("CN-GD", 6),
            ("CN-BJ", 4),
            ("CN-SH", 4),
            ("CN-JS", 3),
            ("CN-ZJ", 3),
            ("CN-SC", 1.5),
            ("CN-HB", 1.5),
            ("CN-SD", 1.5),
            ("CN-FJ", 1),
            ("CN-TJ", 1),
            ("CN-CQ", 1),
            ("CN-AH", 1),
            ("CN-SN", 1),
        ),
    ),
    (
        "US",
        30,
        (
            ("US-CA", 6),
            ("US-NY", 2),
            ("US-TX", 2),
            ("US-MA", 2),
            ("US-WA", 1.5),
            ("US-IL", 1),
            ("US-CO", 1),
            ("US-OR", 1),
            ("US-MN", 0.5),
            ("US-GA", 0.5),
        ),
    ),
    ("DE", 3, (("DE-BY", 2), ("DE-BE", 1), ("DE-HH", 1))),
    ("GB", 2.5, (("GB-LND", 3), ("GB-MAN", 1))),
    ("JP", 2.5, (("JP-13", 3), ("JP-27", 1))),
    ("KR", 2, (("KR-11", 1),)),
    ("FR", 1.5, (("FR-IDF", 1),)),
    ("NL", 1.5, (("NL-NH", 1),)),
    ("DK", 1.5, (("DK-84", 1),)),
    ("SE", 1, (("SE-AB", 1),)),
    ("IN", 2, (("IN-MH", 1), ("IN-KA", 1))),
    ("SG", 2, (("SG-01", 1),)),
    ("AU", 1.5, (("AU-NSW", 1), ("AU-VIC", 1))),
    ("CA", 1.5, (("CA-ON", 1), ("CA-BC", 1))),
    ("BR", 0.5, (("BR-SP", 1),)),
    ("ES", 0.5, (("ES-CT", 1), ("ES-MD", 1))),
    ("CH", 0.5, (("CH-ZH", 1),)),
    ("AE", 0.5, (("AE-DU", 1),)),
)
COUNTRY_CODES = tuple(c for c, _w, _s in COUNTRIES)
COUNTRY_WEIGHTS = tuple(w for _c, w, _s in COUNTRIES)
SUBDIVISIONS = {c: (tuple(s for s, _w in subs), tuple(w for _s, w in subs)) for c, _w, subs in COUNTRIES}
ALL_SUBDIVISIONS = tuple(s for c in COUNTRY_CODES for s in SUBDIVISIONS[c][0])

LEGAL_FORMS = {
    "CN": ("Co., Ltd.",),
    "US": ("Inc.", "LLC", "Corp.", ""),
    "DE": ("GmbH", "AG"),
    "GB": ("Ltd",),
    "JP": ("K.K.", "Corporation"),
    "KR": ("Co., Ltd.",),
    "FR": ("SAS",),
    "NL": ("B.V.",),
    "DK": ("A/S",),
    "SE": ("AB",),
    "IN": ("Pvt Ltd",),
    "SG": ("Pte Ltd",),
    "AU": ("Pty Ltd",),
    "CA": ("Inc.", "Ltd."),
    "BR": ("Ltda.",),
    "ES": ("S.L.",),
    "CH": ("AG",),
    "AE": ("LLC",),
}
NAME_HEADS = _phrases(
    "Volt; Grid; Terra; Blue; Aqua; Clear; Helio; Nova; Zen; Evergreen; Carbon; Ion; Pacific; Summit; Bright; Apex;"
    "Tidal; Cedar; Polar; Quantum; North; Sol; Gale; River; Urban; Smart; Verdant; Pure; Lumen; Kinetic; Harbor;"
    "Meridian; Boreal; Cobalt; Stratus; Aurora; Sequoia; Delta; Orbit; Prairie"
)
NAME_TAILS = _phrases(
    "Flux; Works; Labs; Systems; Energy; Tech; Dynamics; Power; Solutions; Analytics; Grid; Cycle; Logic; Sense;"
    "Edge; Loop; Stream; Wave; Field; Point; Matrix; Shift; Core; Path; Metrics; Climate; Cleantech; Renewables;"
    "Infra; Mobility; Water; Air; Carbon; Thermal"
)
PINYIN_CITIES = _phrases(
    "Shenzhen; Guangzhou; Beijing; Shanghai; Hangzhou; Chengdu; Wuhan; Nanjing; Qingdao; Xiamen; Tianjin; Suzhou"
)
ZH_CITIES = _phrases("深圳; 广州; 北京; 上海; 杭州; 成都; 武汉; 南京; 青岛; 厦门; 天津; 苏州; 合肥; 西安; 重庆; 宁波")
ZH_CORES = _phrases(
    "绿能; 华电; 清源; 蓝天; 碧水; 智网; 新源; 远景; 恒通; 中科; 国瑞; 联创; 星辰; 光合; 和风; 瑞能; 天合; 绿色动力;"
    "易能; 科华; 海润; 正泰; 金风; 凯博; 青禾; 云帆; 沃特; 博瑞; 德源; 嘉盛; 华清; 启明; 朗坤; 中绿; 泰合; 汇能; 睿控;"
    "碳索; 净域; 川流"
)
PINYIN_CORES = _phrases(
    "Lvneng; Huadian; Qingyuan; Lantian; Bishui; Zhiwang; Xinyuan; Yuanjing; Hengtong; Zhongke; Guorui; Lianchuang;"
    "Xingchen; Guanghe; Hefeng; Ruineng"
)
ZH_TRADES = _phrases("科技; 能源; 环保; 电力; 智能; 新材料; 环境; 电气")
PINYIN_TRADES = _phrases("Technology; Energy; Environmental; Electric; Intelligent; New Materials")

# Cities that post needs: (English name, Chinese name, ISO 3166-2 region, weight, districts (en, zh))
CITIES: tuple[tuple[str, str, str, float, tuple[tuple[str, str], ...]], ...] = (
    ("Shenzhen", "深圳", "CN-GD", 4, (("Futian", "福田区"), ("Nanshan", "南山区"), ("Longgang", "龙岗区"))),
    ("Guangzhou", "广州", "CN-GD", 3, (("Tianhe", "天河区"), ("Huangpu", "黄埔区"), ("Nansha", "南沙区"))),
    ("Foshan", "佛山", "CN-GD", 1, (("Shunde", "顺德区"), ("Nanhai", "南海区"))),
    ("Dongguan", "东莞", "CN-GD", 1, (("Songshan Lake", "松山湖"),)),
    ("Beijing", "北京", "CN-BJ", 3, (("Chaoyang", "朝阳区"), ("Haidian", "海淀区"), ("Tongzhou", "通州区"))),
    ("Shanghai", "上海", "CN-SH", 3, (("Pudong", "浦东新区"), ("Minhang", "闵行区"), ("Lingang", "临港新片区"))),
    ("Hangzhou", "杭州", "CN-ZJ", 2, (("Xihu", "西湖区"), ("Binjiang", "滨江区"))),
    ("Ningbo", "宁波", "CN-ZJ", 1, (("Beilun", "北仑区"),)),
    ("Nanjing", "南京", "CN-JS", 1.5, (("Jiangbei", "江北新区"), ("Gulou", "鼓楼区"))),
    ("Suzhou", "苏州", "CN-JS", 1.5, (("Suzhou Industrial Park", "苏州工业园区"),)),
    ("Chengdu", "成都", "CN-SC", 1.5, (("Tianfu", "天府新区"), ("Jinjiang", "锦江区"))),
    ("Wuhan", "武汉", "CN-HB", 1.5, (("Wuchang", "武昌区"), ("Optics Valley", "光谷"))),
    ("Qingdao", "青岛", "CN-SD", 1, (("West Coast New Area", "西海岸新区"),)),
    ("Xiamen", "厦门", "CN-FJ", 1, (("Siming", "思明区"), ("Xiang'an", "翔安区"))),
    ("Tianjin", "天津", "CN-TJ", 1, (("Binhai", "滨海新区"),)),
    ("Chongqing", "重庆", "CN-CQ", 1, (("Liangjiang", "两江新区"), ("Yuzhong", "渝中区"))),
    ("Hefei", "合肥", "CN-AH", 0.5, (("Binhu", "滨湖新区"),)),
    ("Xi'an", "西安", "CN-SN", 0.5, (("Xixian", "西咸新区"),)),
    ("Los Angeles", "洛杉矶", "US-CA", 3, (("the Port of Los Angeles", ""), ("Downtown", ""), ("the Valley", ""))),
    ("San Francisco", "旧金山", "US-CA", 2, (("Mission Bay", ""), ("Bayview", ""))),
    ("San Diego", "圣迭戈", "US-CA", 1.5, (("Barrio Logan", ""), ("Downtown", ""))),
    ("Oakland", "奥克兰", "US-CA", 1, (("West Oakland", ""),)),
    ("San Jose", "圣何塞", "US-CA", 1, (("North San José", ""),)),
    ("Sacramento", "萨克拉门托", "US-CA", 0.5, (("Downtown", ""),)),
    ("Seattle", "西雅图", "US-WA", 1.5, (("SODO", ""), ("the Duwamish Valley", ""))),
    ("Portland", "波特兰", "US-OR", 1, (("the Central Eastside", ""),)),
    ("New York", "纽约", "US-NY", 2, (("the South Bronx", ""), ("the Brooklyn Navy Yard", ""))),
    ("Boston", "波士顿", "US-MA", 1.5, (("the Seaport", ""), ("Roxbury", ""))),
    ("Chicago", "芝加哥", "US-IL", 1.5, (("the South Side", ""), ("the Loop", ""))),
    ("Denver", "丹佛", "US-CO", 1, (("RiNo", ""),)),
    ("Austin", "奥斯汀", "US-TX", 1, (("East Austin", ""),)),
    ("Houston", "休斯顿", "US-TX", 1, (("the Ship Channel", ""),)),
    ("Minneapolis", "明尼阿波利斯", "US-MN", 0.5, (("North Minneapolis", ""),)),
    ("Atlanta", "亚特兰大", "US-GA", 0.5, (("the Westside", ""),)),
    ("Munich", "慕尼黑", "DE-BY", 0.5, (("Freiham", ""),)),
    ("Hamburg", "汉堡", "DE-HH", 0.5, (("HafenCity", ""),)),
    ("London", "伦敦", "GB-LND", 1, (("the Royal Docks", ""), ("Southwark", ""))),
    ("Manchester", "曼彻斯特", "GB-MAN", 0.5, (("Ancoats", ""),)),
    ("Tokyo", "东京", "JP-13", 1, (("Koto", ""),)),
    ("Osaka", "大阪", "JP-27", 0.5, (("Yumeshima", ""),)),
    ("Seoul", "首尔", "KR-11", 1, (("Mapo", ""),)),
    ("Paris", "巴黎", "FR-IDF", 0.5, (("the 13th arrondissement", ""),)),
    ("Amsterdam", "阿姆斯特丹", "NL-NH", 0.5, (("Buiksloterham", ""),)),
    ("Copenhagen", "哥本哈根", "DK-84", 0.5, (("Nordhavn", ""),)),
    ("Stockholm", "斯德哥尔摩", "SE-AB", 0.5, (("Hammarby Sjöstad", ""),)),
    ("Mumbai", "孟买", "IN-MH", 0.5, (("Bandra", ""),)),
    ("Bengaluru", "班加罗尔", "IN-KA", 0.5, (("Whitefield", ""),)),
    ("Singapore", "新加坡", "SG-01", 1, (("Jurong", ""), ("Punggol", ""))),
    ("Sydney", "悉尼", "AU-NSW", 0.5, (("Parramatta", ""),)),
    ("Melbourne", "墨尔本", "AU-VIC", 0.5, (("Fishermans Bend", ""),)),
    ("Toronto", "多伦多", "CA-ON", 0.5, (("the Port Lands", ""),)),
    ("Vancouver", "温哥华", "CA-BC", 0.5, (("False Creek", ""),)),
    ("São Paulo", "圣保罗", "BR-SP", 0.5, (("Mooca", ""),)),
    ("Barcelona", "巴塞罗那", "ES-CT", 0.5, (("22@ Poblenou", ""),)),
)
CITY_WEIGHTS = tuple(c[3] for c in CITIES)

# --- sentence templates ---------------------------------------------------------------------
# Slots: {name} {adj} {product} {p1} {p2} {p3} {metric} {asset} {n} {pct} {year} {k} {refcity}
# {payback} {co2} {months} {city} {district} {budget} {fund} {goal}

TECH_OPEN_EN = (
    "{name} is {a_adj} {product} for {p1} and {p2}.",
    "{name} brings {p1} and {p2} together in {a_adj} {product}.",
    "{name} is our {adj} {product} that lets cities and utilities roll out {p1} quickly.",
)
TECH_BODY_EN = (
    "It combines {p1} with {p2}, and has cut {metric} by {pct}% in typical deployments.",
    "Since {year} it has been deployed in {k} cities, including a project in {refcity} covering {n} {asset}.",
    "The system integrates with existing {p1} equipment through open interfaces and installs without downtime.",
    "Typical payback is {payback} years, and a reference site avoids about {co2} t CO2e a year.",
    "Our engineers provide {p1}, {p2} and remote monitoring as a managed service.",
    "Field data from {k} sites show {pct}% lower operating cost than conventional {p1}.",
    "The solution is modular: start with {n} {asset} and scale to the whole city with {p1}.",
    "It is designed for hot, humid coastal climates as well as cold northern winters.",
    "Local partners in {refcity} handle installation, training and maintenance.",
    "Cities can pay from measured savings under a performance contract that covers {p1}.",
    "Data stays on premises by default, and dashboards report {metric} every 15 minutes.",
    "Key components are {p1}, {p2} and {p3}.",
    "A {months}-month pilot in {refcity} reduced {metric} by {pct}% and was extended to {n} {asset}.",
    "The team has {k} years of experience with {p1} and {p2} in public projects.",
)
TECH_CLOSE_EN = (
    "Pilots are available on request.",
    "Financing through energy performance contracts is possible.",
    "Certified to ISO 14001 and ISO 50001.",
    "Bilingual support in English and Chinese.",
    "Export projects are welcome.",
)
TECH_OPEN_ZH = (
    "{name}是一套面向{p1}和{p2}的{adj}{product}。",
    "{name}将{p1}与{p2}集成在同一{product}中。",
    "{name}是我们为城市和电网企业打造的{adj}{product}，可快速实现{p1}。",
)
TECH_BODY_ZH = (
    "该方案将{p1}与{p2}相结合，在典型项目中使{metric}降低{pct}%。",
    "自{year}年以来已在{k}个城市落地，其中{refcity}项目覆盖{n}{asset}。",
    "系统通过开放接口与现有{p1}设备对接，安装无需停机。",
    "典型投资回收期为{payback}年，单个项目每年可减少约{co2}吨二氧化碳当量排放。",
    "我们提供{p1}、{p2}及远程运维的一体化服务。",
    "{k}个现场的运行数据表明，与传统{p1}相比运营成本降低{pct}%。",
    "方案采用模块化设计，可从{n}{asset}起步，逐步扩展至全市规模。",
    "支持合同能源管理模式，城市可用节省的费用分期支付{p1}项目。",
    "核心部件包括{p1}、{p2}和{p3}。",
    "数据默认本地存储，平台每15分钟报告一次{metric}。",
    "在{refcity}开展的{months}个月试点使{metric}下降{pct}%，随后推广至{n}{asset}。",
    "团队在公共项目中积累了{k}年{p1}和{p2}经验。",
)
TECH_CLOSE_ZH = (
    "可提供试点合作。",
    "支持合同能源管理等融资模式。",
    "已通过ISO 14001和ISO 50001认证。",
    "提供中英文双语服务，欢迎海外项目合作。",
)
ADJ_EN = _phrases("proven; cloud-based; modular; AI-driven; low-cost; field-tested; turnkey; scalable; open; compact")
ADJ_ZH = _phrases("成熟的; 基于云的; 模块化; AI驱动的; 低成本; 经过验证的; 一站式; 可扩展的; 开放式")

NEED_OPEN_EN = (
    "{city} is looking for {p1} to {goal} across {n} {asset} in {district}.",
    "{city} wants to introduce {p1} and {p2} in {district} to {goal}.",
    "The city of {city} seeks partners for {p1} covering {n} {asset}.",
)
NEED_BODY_EN = (
    "The city is about {pct}% behind the national benchmark on {metric} and wants to close that gap by {year}.",
    "The project should cover {p1} and {p2}, with measurable results within {months} months.",
    "We prefer suppliers with proven {p1} deployments and a local service partner.",
    "The budget is approximately {budget}; co-funding from {fund} is possible.",
    "The target is a reduction of {co2} t CO2e a year.",
    "Proposals should explain {p1}, the data they collect, and how {p2} will be maintained.",
    "The site list includes {n} {asset} in {district}.",
    "Foreign companies are welcome; the tender follows municipal procurement rules.",
    "Earlier attempts with {p1} stalled because of {p2}, so references from similar cities matter.",
    "The climate action plan names {p1} as a priority for {year}.",
)
NEED_CLOSE_EN = (
    "A site visit can be arranged.",
    "Questions can go to the climate office.",
    "Joint proposals by several companies are welcome.",
)
NEED_OPEN_ZH = (
    "{city}计划在{district}引入{p1}，覆盖{n}{asset}，以{goal}。",
    "{city}希望在{district}推进{p1}和{p2}，以{goal}。",
    "{city}面向国内外企业征集{p1}解决方案，覆盖{n}{asset}。",
)
NEED_BODY_ZH = (
    "目前{metric}比国家基准高出约{pct}%，计划在{year}年前补齐差距。",
    "项目需包括{p1}和{p2}，并在{months}个月内见到可量化的成效。",
    "优先考虑具有{p1}落地经验并有本地服务团队的企业。",
    "预算约为{budget}，可申请{fund}配套资金。",
    "目标是每年减少{co2}吨二氧化碳当量排放。",
    "方案应说明{p1}的实施路径以及{p2}的运维安排。",
    "首批点位包括{district}的{n}{asset}。",
    "欢迎境外企业参与，采购按照政府采购规定执行。",
    "此前{p1}项目因{p2}问题推进缓慢，因此重视同类城市的案例。",
    "市气候行动方案将{p1}列为{year}年重点任务。",
)
NEED_CLOSE_ZH = ("可安排现场考察。", "联系人：市生态环境局气候处。", "欢迎企业联合体申报。")
GOALS_EN = _phrases(
    "cut emissions; lower energy bills; improve resilience; meet the climate action plan; reduce {metric}"
)
GOALS_ZH = _phrases("降低碳排放; 降低能源费用; 提升城市韧性; 落实气候行动方案; 降低{metric}")
FUNDS_EN = _phrases(
    "the national climate fund; a green bond; the state energy office; a development bank; the provincial government"
)
FUNDS_ZH = _phrases("中央预算内投资; 绿色债券; 省级节能专项资金; 政策性银行贷款; 地方政府专项债")
TITLE_EN = (
    "Pilot {p1} in {district}",
    "{P1} for {n} {asset}",
    "Scale up {p1} across {city}",
    "Procure {p1} and {p2}",
    "{P1} in {district}",
)
TITLE_ZH = ("{district}{p1}试点项目", "{city}{p1}改造项目", "{p1}与{p2}示范工程", "{district}{p1}采购项目")


# --- numbers --------------------------------------------------------------------------------


def _log_uniform(rng: random.Random, low: float, high: float) -> float:
    return math.exp(rng.uniform(math.log(low), math.log(high)))


def _round_sig(value: float, digits: int = 2) -> float:
    """Round to ``digits`` significant figures, as people quote prices and tonnes."""
    if value <= 0:
        return 0.0
    return round(value, digits - 1 - int(math.floor(math.log10(value))))


def _as_number(value: float) -> int | float:
    return int(value) if value >= 10 and value == int(value) else value


def _usd_text(amount: float) -> str:
    if amount >= 1e6:
        return f"${amount / 1e6:.1f} million"
    return f"${amount / 1e3:.0f},000"


def _tonnes(value: float, zh: bool) -> str:
    return f"{value:g}" if zh else f"{value:,}"


def _cny_text(amount_usd: float) -> str:
    wan = amount_usd * 7.2 / 1e4
    return f"{wan / 1e4:.1f}亿元" if wan >= 1e4 else f"{wan:.0f}万元"


# --- record building --------------------------------------------------------------------------


@dataclass(frozen=True)
class Company:
    name: str
    brand: str  # short name for products
    country: str
    home: str  # ISO 3166-2
    zh: float  # probability a record of this company is in Chinese
    core: tuple[str, ...]  # the categories it mostly works in


def _categories(rng: random.Random, first: str) -> list[str]:
    """1–3 categories: the first, then usually neighbours of it."""
    count = rng.choices((1, 2, 3), weights=(55, 33, 12))[0]
    chosen = [first]
    while len(chosen) < count:
        if rng.random() < 0.75:
            candidate = rng.choice(CATEGORIES[first].neighbours)
        else:
            candidate = rng.choices(SLUGS, weights=SLUG_WEIGHTS)[0]
        if candidate not in chosen:
            chosen.append(candidate)
    return chosen


def _companies(rng: random.Random, count: int) -> list[Company]:
    companies, names = [], set()
    attempts = 0
    while len(companies) < count:
        country = rng.choices(COUNTRY_CODES, weights=COUNTRY_WEIGHTS)[0]
        subs, weights = SUBDIVISIONS[country]
        home = rng.choices(subs, weights=weights)[0]
        zh = 0.0
        if country == "CN" and rng.random() < 0.6:
            core = rng.choice(ZH_CORES)
            name = f"{rng.choice(ZH_CITIES)}{core}{rng.choice(ZH_TRADES)}{rng.choice(('有限公司', '股份有限公司'))}"
            brand, zh = core, 0.8
        elif country == "CN":
            core = rng.choice(PINYIN_CORES)
            name = f"{rng.choice(PINYIN_CITIES)} {core} {rng.choice(PINYIN_TRADES)} Co., Ltd."
            brand, zh = core, 0.15
        else:
            head, tail = rng.choice(NAME_HEADS), rng.choice(NAME_TAILS)
            brand = f"{head}{tail}"
            form = rng.choice(LEGAL_FORMS[country])
            name = f"{brand} {form}".strip() if rng.random() < 0.7 else f"{head} {tail} {form}".strip()
        if name in names:  # names are unique: the importer makes one organisation per name
            attempts += 1
            if attempts < 8:
                continue
            name = f"{name} ({home})" if f"{name} ({home})" not in names else f"{name} #{len(companies) + 1}"
        attempts = 0
        names.add(name)
        first = rng.choices(SLUGS, weights=SLUG_WEIGHTS)[0]
        core = (first, rng.choice(CATEGORIES[first].neighbours)) if rng.random() < 0.5 else (first,)
        companies.append(Company(name, brand, country, home, zh, core))
    return companies


def _served_regions(rng: random.Random, company: Company) -> list[str]:
    """Where the company delivers: '*', countries and subdivisions, home first."""
    roll = rng.random()
    if roll < 0.18:
        return ["*"]
    if roll < 0.40:
        return [company.country]
    if roll < 0.58:
        return [company.home]
    if roll < 0.72:
        subs = SUBDIVISIONS[company.country][0]
        return list(dict.fromkeys([company.home, rng.choice(subs), rng.choice(subs)]))
    if roll < 0.86:
        other = "US" if company.country == "CN" else "CN"
        return [company.home, company.country, other]
    # cross-border: home plus a few subdivisions elsewhere
    return list(dict.fromkeys([company.home, *rng.sample(ALL_SUBDIVISIONS, rng.randint(1, 3))]))


def _trl(rng: random.Random, low: int = 3) -> int | None:
    if rng.random() < 0.10:
        return None
    levels = tuple(range(low, 10))
    return rng.choices(levels, weights=(1, 2, 3, 5, 6, 5, 3)[-len(levels) :])[0]


class _Writer:
    """Builds one description from templates, phrase pools and numbers."""

    def __init__(self, rng: random.Random, zh: bool, phrases: list[str], slots: dict) -> None:
        self.rng, self.zh, self.phrases, self.slots = rng, zh, phrases, slots
        self.turn = 0

    def fill(self, template: str) -> str:
        rng, phrases = self.rng, self.phrases
        i = self.turn
        self.turn += 1
        slots = self.slots
        slots["p1"] = phrases[i % len(phrases)]
        slots["p2"] = phrases[(i + 1) % len(phrases)]
        slots["p3"] = phrases[(i + 2) % len(phrases)]
        slots["P1"] = slots["p1"][:1].upper() + slots["p1"][1:]
        slots["pct"] = rng.randint(8, 45)
        slots["k"] = rng.randint(2, 40)
        slots["n"] = rng.choice((5, 8, 12, 20, 30, 50, 80, 120, 200, 300, 500))
        past = "since" in template.lower() or "以来" in template
        slots["year"] = rng.randint(2015, 2025) if past else rng.randint(2028, 2035)
        slots["months"] = rng.choice((3, 6, 9, 12, 18))
        return template.format_map(slots)

    def length(self, text: str) -> int:
        """Words; for Chinese, characters (two count as a word)."""
        return len(text) if self.zh else len(text.split())

    def compose(self, openers, bodies, closers) -> str:
        """40–120 words (Chinese: 80–240 characters): an opener, body sentences, maybe a closer."""
        rng = self.rng
        scale = 2 if self.zh else 1
        low, high = 40 * scale, 120 * scale
        target = rng.randint(low, high)
        sentences = [self.fill(rng.choice(openers))]
        words = self.length(sentences[0])
        for template in rng.sample(bodies, len(bodies)):
            if words >= target:
                break
            sentence = self.fill(template)
            size = self.length(sentence)
            if words + size <= high:
                sentences.append(sentence)
                words += size
        if words < low or rng.random() < 0.5:
            for closer in rng.sample(closers, len(closers)):
                if words + self.length(closer) <= high:
                    sentences.append(closer)
                    words += self.length(closer)
                    if words >= low:
                        break
        return ("" if self.zh else " ").join(sentences)


def _pick_phrases(rng: random.Random, categories: list[str], zh: bool) -> list[str]:
    first = CATEGORIES[categories[0]]
    pool = first.zh if zh else first.en
    phrases = rng.sample(pool, 4)
    for slug in categories[1:]:
        other = CATEGORIES[slug]
        phrases.append(rng.choice(other.zh if zh else other.en))
    return phrases


def technologies(n: int, seed: int = 42) -> list[dict]:
    """``n`` technology records of the scoring contract, ids t000001…"""
    rng = random.Random(f"technologies-{seed}")
    companies = _companies(rng, max(1, round(n / 5)))
    records = []
    for number in range(1, n + 1):
        # a few companies have many technologies, most have a handful
        company = companies[int(len(companies) * rng.random() ** 1.6)]
        zh = rng.random() < company.zh
        first = rng.choice(company.core) if rng.random() < 0.8 else rng.choices(SLUGS, weights=SLUG_WEIGHTS)[0]
        categories = _categories(rng, first)
        category = CATEGORIES[first]
        phrases = _pick_phrases(rng, categories, zh)
        lang = 1 if zh else 0
        product = rng.choice(category.products)[lang]
        asset = rng.choice(category.assets)[lang]
        metric = rng.choice(category.metrics)[lang]
        trl = _trl(rng)
        if rng.random() < 0.12:
            cost = None
        else:
            low = _round_sig(_log_uniform(rng, 2e4, 2.5e7))
            cost = [_as_number(low), _as_number(min(5e7, _round_sig(low * rng.uniform(1.3, 4.0))))]
        co2e = None if rng.random() < 0.15 else _as_number(_round_sig(_log_uniform(rng, *category.co2e)))
        ref = rng.choices(CITIES, weights=CITY_WEIGHTS)[0]
        if zh:
            name = f"{company.brand}{phrases[0]}{product}"
        else:
            style = rng.random()
            p0 = phrases[0][:1].upper() + phrases[0][1:]
            if style < 0.4:
                name = f"{company.brand} {p0}"
            elif style < 0.7:
                name = f"{company.brand} {product.title()}"
            elif style < 0.85:
                name = f"{p0} {product}"
            else:
                name = f"{company.brand} {rng.choice('XSMEP')}{rng.randint(1, 9)}"
        adjective = rng.choice(ADJ_ZH if zh else ADJ_EN)
        slots = {
            "name": name,
            "adj": adjective,
            "a_adj": ("an " if adjective[0] in "aeiouAEIOU" else "a ") + adjective,
            "product": product,
            "asset": asset,
            "metric": metric,
            "refcity": ref[1] if zh else ref[0],
            "payback": rng.choice((1.5, 2, 2.5, 3, 4, 5, 6, 8)),
            "co2": _tonnes(co2e if co2e is not None else rng.choice((300, 800, 1500, 4000)), zh),
        }
        writer = _Writer(rng, zh, phrases, slots)
        if zh:
            description = writer.compose(TECH_OPEN_ZH, TECH_BODY_ZH, TECH_CLOSE_ZH)
        else:
            description = writer.compose(TECH_OPEN_EN, TECH_BODY_EN, TECH_CLOSE_EN)
            if company.country == "CN" and rng.random() < 0.3 and len(description.split()) < 120:  # both languages
                description += f" （{rng.choice(category.zh)}，{rng.choice(category.zh)}）"
        records.append(
            {
                "id": f"t{number:06d}",
                "company": company.name,
                "name": name[:200],
                "categories": categories,
                "description": description,
                "trl": trl,
                "cost_usd": cost,
                "regions": _served_regions(rng, company),
                "co2e_reduction_t_per_year": co2e,
            }
        )
    return records


def needs(m: int, seed: int = 42, today: date = REFERENCE_DATE) -> list[dict]:
    """``m`` city need records of the scoring contract, ids n00001…, deadlines after ``today``."""
    rng = random.Random(f"needs-{seed}")
    records = []
    for number in range(1, m + 1):
        city_en, city_zh, region, _weight, districts = rng.choices(CITIES, weights=CITY_WEIGHTS)[0]
        zh = region.startswith("CN-") and rng.random() < ZH_SHARE / 0.45
        lang = 1 if zh else 0
        first = rng.choices(SLUGS, weights=SLUG_WEIGHTS)[0]
        categories = _categories(rng, first)
        category = CATEGORIES[first]
        phrases = _pick_phrases(rng, categories, zh)
        district = rng.choice(districts)[lang] or city_en
        metric = rng.choice(category.metrics)[lang]
        budget = None if rng.random() < 0.15 else _round_sig(_log_uniform(rng, 5e4, 2e8))
        low, high = category.co2e
        target = None if rng.random() < 0.20 else _as_number(_round_sig(_log_uniform(rng, low * 2, high * 5)))
        goal = rng.choice(GOALS_ZH if zh else GOALS_EN).replace("{metric}", metric)
        slots = {
            "city": city_zh + "市" if zh else city_en,
            "district": district,
            "asset": rng.choice(category.assets)[lang],
            "metric": metric,
            "goal": goal,
            "fund": rng.choice(FUNDS_ZH if zh else FUNDS_EN),
            "budget": (_cny_text(budget) if zh else _usd_text(budget)) if budget else ("待定" if zh else "to be set"),
            "co2": _tonnes(target if target is not None else rng.choice((2000, 5000, 10_000, 50_000)), zh),
        }
        writer = _Writer(rng, zh, phrases, slots)
        if zh:
            description = writer.compose(NEED_OPEN_ZH, NEED_BODY_ZH, NEED_CLOSE_ZH)
        else:
            description = writer.compose(NEED_OPEN_EN, NEED_BODY_EN, NEED_CLOSE_EN)
        title = writer.fill(rng.choice(TITLE_ZH if zh else TITLE_EN))
        min_trl = None if rng.random() < 0.25 else rng.choices((4, 5, 6, 7, 8, 9), weights=(1, 2, 4, 6, 5, 2))[0]
        deadline = None if rng.random() < 0.10 else (today + timedelta(days=rng.randint(90, 1800))).isoformat()
        records.append(
            {
                "id": f"n{number:05d}",
                "city": city_en,
                "title": title[:200],
                "categories": categories,
                "description": description,
                "budget_usd": _as_number(budget) if budget is not None else None,
                "min_trl": min_trl,
                "region": region,
                "co2e_target_t_per_year": target,
                "deadline": deadline,
            }
        )
    return records


def write_jsonl(path: str | Path, records: Iterable[dict]) -> int:
    """Write records as UTF-8 JSON Lines; return how many."""
    count = 0
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, separators=(", ", ": ")))
            handle.write("\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--technologies", type=int, default=1000, metavar="N", help="technologies to write")
    parser.add_argument("--needs", type=int, default=100, metavar="M", help="needs to write")
    parser.add_argument("--out", required=True, help="folder for technologies.jsonl and needs.jsonl")
    parser.add_argument("--seed", type=int, default=42, help="same seed, same files (default 42)")
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=REFERENCE_DATE,
        help=f"deadlines fall 3 months to 5 years after this date (default {REFERENCE_DATE})",
    )
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    t = write_jsonl(out / "technologies.jsonl", technologies(args.technologies, args.seed))
    m = write_jsonl(out / "needs.jsonl", needs(args.needs, args.seed, args.today))
    print(f"{t} technologies, {m} needs written to {out} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
