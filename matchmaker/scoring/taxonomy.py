"""The 16 category slugs of the scoring contract with English and Chinese labels."""

CATEGORIES: dict[str, tuple[str, str]] = {
    "smart-grid": ("Smart grid", "智能电网"),
    "energy-storage": ("Energy storage", "储能"),
    "renewable-energy": ("Renewable energy", "可再生能源"),
    "electric-vehicles": ("Electric vehicles", "电动汽车"),
    "green-transportation": ("Green transportation", "绿色交通"),
    "green-buildings": ("Green buildings", "绿色建筑"),
    "energy-retrofits": ("Energy retrofits", "建筑节能改造"),
    "energy-efficiency": ("Energy efficiency", "工业节能"),
    "green-data-centers": ("Green data centres", "绿色数据中心"),
    "carbon-capture": ("Carbon capture", "碳捕集"),
    "clean-air": ("Clean air", "清洁空气"),
    "clean-water": ("Clean water", "清洁水"),
    "waste-treatment": ("Waste treatment", "废弃物处理"),
    "hfc-alternatives": ("HFC alternatives", "氢氟碳化物替代"),
    "ghg-data": ("GHG data", "温室气体数据"),
    "nature-based": ("Nature-based solutions", "基于自然的解决方案"),
}
