"""Re-read the blind14 outputs and check them against the scoring contract. Exit 1 on any problem."""
import json, os, re, sys
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SLUGS = {"smart-grid","energy-storage","renewable-energy","electric-vehicles","green-transportation",
 "green-buildings","energy-retrofits","energy-efficiency","green-data-centers","carbon-capture","clean-air",
 "clean-water","waste-treatment","hfc-alternatives","ghg-data","nature-based"}
TF = ["id","company","name","categories","description","trl","cost_usd","regions","co2e_reduction_t_per_year"]
NF = ["id","city","title","categories","description","budget_usd","min_trl","region","co2e_target_t_per_year","deadline"]
err = []
def E(m): err.append(m)
def rd(p):
    out=[]
    for i,l in enumerate(open(os.path.join(D,p),encoding="utf-8"),1):
        if l.strip(): out.append((i,json.loads(l)))
    return out
def num(x): return isinstance(x,(int,float)) and not isinstance(x,bool)
def cats(where,c):
    if not isinstance(c,list) or not c or len(set(c))!=len(c) or any(s not in SLUGS for s in c): E(where+": categories")
def trl(where,v):
    if v is not None and not (isinstance(v,int) and not isinstance(v,bool) and 1<=v<=9): E(where+": trl")
techs = rd("blind14_technologies.jsonl"); needs = rd("blind14_needs.jsonl")
T={}; N={}
for i,t in techs:
    w="technologies line %d"%i
    if list(t)!=TF: E(w+": fields/order")
    for f in ("id","company","name","description"):
        if not isinstance(t.get(f),str) or not t[f].strip(): E(w+": "+f)
    cats(w,t["categories"]); trl(w,t["trl"])
    c=t["cost_usd"]
    if c is not None and not (isinstance(c,list) and len(c)==2 and all(num(x) and x>=0 for x in c) and c[0]<=c[1]): E(w+": cost_usd")
    if not isinstance(t["regions"],list) or not t["regions"] or any(not re.fullmatch(r"\*|[A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3}",r) for r in t["regions"]): E(w+": regions")
    x=t["co2e_reduction_t_per_year"]
    if x is not None and not (num(x) and x>=0): E(w+": co2")
    if t["id"] in T: E(w+": dup id")
    T[t["id"]]=t
for i,n in needs:
    w="needs line %d"%i
    if list(n)!=NF: E(w+": fields/order")
    for f in ("id","city","title","description"):
        if not isinstance(n.get(f),str) or not n[f].strip(): E(w+": "+f)
    cats(w,n["categories"]); trl(w,n["min_trl"])
    if n["budget_usd"] is not None and not (num(n["budget_usd"]) and n["budget_usd"]>0): E(w+": budget")
    if not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}",n["region"]): E(w+": region")
    x=n["co2e_target_t_per_year"]
    if x is not None and not (num(x) and x>=0): E(w+": co2")
    if n["deadline"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}",n["deadline"]): E(w+": deadline")
    N[n["id"]]=n
if list(T)!=sorted(T) or sorted(T)!=["b14t%03d"%k for k in range(1,len(T)+1)]: E("tech ids not sequential")
if list(N)!=["b14n%02d"%k for k in range(1,31)]: E("need ids must be b14n01..b14n30")
if not 130<=len(T)<=150: E("tech count %d"%len(T))
if set(T)&set(N): E("ids shared across files")
def zh(s): return bool(re.search(r"[\u4e00-\u9fff]",s))
for nid,n in N.items():
    k=int(nid[4:])
    if k<=15 and not (zh(n["description"]) and n["region"].startswith("CN-")): E(nid+": should be Chinese, CN-xx")
    if k>15 and (zh(n["description"]) or n["region"]!="US-CA"): E(nid+": should be English, US-CA")
def broken(n,t):
    return (t["trl"] is not None and n["min_trl"] is not None and t["trl"]<n["min_trl"]) or \
           (t["cost_usd"] is not None and n["budget_usd"] is not None and t["cost_usd"][0]>n["budget_usd"])
def serves(n,t): return "*" in t["regions"] or n["region"][:2] in t["regions"] or n["region"] in t["regions"]
G=json.load(open(os.path.join(D,"blind14_grades.json"),encoding="utf-8"))
des=json.load(open(os.path.join(D,"blind14_design.json"),encoding="utf-8"))
traps=G.get("_traps",{})
cross=0; ntr=0
for nid,n in N.items():
    g=G.get(nid)
    if g is None: E(nid+": no grades"); continue
    for tid,v in g.items():
        if tid not in T: E(nid+": unknown "+tid)
        elif v not in (1,2,3): E(nid+": grade "+str(v))
        elif broken(n,T[tid]): E(nid+": graded pair breaks constraint "+tid)
    g3=[t for t,v in g.items() if v==3]
    if not 1<=len(g3)<=2: E(nid+": %d grade-3"%len(g3))
    for t in g3:
        if not serves(n,T[t]): E(nid+": grade-3 %s does not serve region"%t)
        if zh(T[t]["description"])!=zh(n["description"]): cross+=1
    for t in traps.get(nid,[]):
        ntr+=1
        if t not in T or t in g or not broken(n,T[t]): E(nid+": bad trap "+t)
    dn=des["needs"][nid]
    if not dn["siblings"]: E(nid+": no sibling")
    for s,info in dn["siblings"].items():
        if g.get(s,0)!=info["grade"] or info["grade"]>1: E(nid+": sibling grade "+s)
if not 6<=ntr<=8: E("traps %d"%ntr)
if cross<25: E("cross-lingual grade-3 pairs %d"%cross)
gen=des["generic_distractors"]
if not 10<=len(gen)<=12: E("generic count")
for t in gen:
    if any(t in G[n] for n in N): E("generic graded "+t)
covered=set(s for n in N.values() for s in n["categories"])
if covered!=SLUGS: E("slugs missing: %s"%(SLUGS-covered))
if err:
    print("\n".join(err)); sys.exit(1)
c={v:sum(1 for n in N for x in G[n].values() if x==v) for v in (3,2,1)}
print("OK: %d needs, %d technologies (%d zh), grades %s, cross-lingual grade-3 %d, traps %d, generic %d"%(
  len(N),len(T),sum(zh(t["description"]) for t in T.values()),c,cross,ntr,len(gen)))
