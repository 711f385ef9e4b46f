# Language balance: these siblings and distractors are written as English vendor pages
# (they replace the first-draft Chinese text of the same items; companies unchanged in role).
from common import TECHS
EN = {
 "class_purifier":("PureRoom","Classroom HEPA air purifier","H13 HEPA classroom purifier, CADR 800 m3/h, removes PM2.5 and bacteria, quiet operation."),
 "dorm_breaker":("SafeAmp","Current-limiting miniature breakers","Caps each room's current and trips above the limit; cannot tell one appliance from another."),
 "dorm_smoke":("AlertNest","Networked smoke alarms","Wireless standalone smoke alarms that push alerts to the dorm office."),
 "lake_algae":("ClearChem","Algaecide for ornamental water","Fast-acting algaecide that kills cyanobacteria within 24 hours."),
 "lake_fountain":("FountainWorks","Floating aerating fountains","Floating fountain aerators that raise dissolved oxygen and look good."),
 "gpu_tractor":("TowVolt","Electric baggage tractors","Lithium baggage tractors, 25 t drawbar, 1 h fast charge, replacing diesel tugs."),
 "hosp_fly":("SpinStore","Flywheel UPS","Magnetic-bearing flywheel UPS, 250 kW for 15-30 s, battery-free, 20-year life."),
 "hosp_diesel":("PowerMax Gensets","Hospital standby diesel gensets","1000 kW standby diesel generators, 10 s start, with day tanks."),
 "green_digester":("FoodCycle","On-site food waste digester","Aerobic food waste units, 0.5-5 t/day, 90% volume reduction in 24 h."),
 "spaceframe":("GridSteel","Bolted-ball steel space frame roofs","Long-span bolted-node steel space frames for gymnasiums, fast erection."),
 "g6":("TransitCloud","Smart bus cloud platform","Intelligent scheduling, ridership analytics and energy management in one platform."),
 "g9":("ZeroCare","Zero-carbon hospital solution","Zero-carbon planning, consulting and a digital platform for hospitals."),
 "regen_resist":("ResistCool","On-board brake resistor cooling upgrade","Improved airflow for on-board brake resistors to cut tunnel heat."),
 "class_split":("CoolKid","Inverter split ACs for classrooms","Top-efficiency inverter split air conditioners, fast cooling."),
 "lake_dredge":("DeepClean Dredging","Environmental lake dredging","Cutter-suction dredging that removes nutrient-rich sediment."),
}
for k,(c,n,d) in EN.items():
    TECHS[k].update(lang="en", company=c, name=n, description=d)
