#!/usr/bin/env python3
"""Heap per signed-in Vaadin session of a running portal (see docs/SCALING.md).

Usage: scripts/session-heap.py BASE_URL SESSIONS PID [USER] [ROUTE]
e.g.   scripts/session-heap.py http://127.0.0.1:8080 200 12345 officer.northdumdum groups
Each session signs in (password haat-demo, the demo's), loads the route's page, then sends Vaadin's init request
(which makes the UI) and the navigation event (which makes the view), as a browser does, and is kept open. The heap
is read after two full collections before and after (jcmd from JAVA_HOME, else the PATH).
"""
import http.cookiejar, urllib.request, urllib.parse, re, sys, subprocess, time, json, os
base = sys.argv[1]; n = int(sys.argv[2]); pid = sys.argv[3]; user = sys.argv[4] if len(sys.argv) > 4 else "officer.northdumdum"
JCMD = os.path.join(os.environ["JAVA_HOME"], "bin", "jcmd") if "JAVA_HOME" in os.environ else "jcmd"
def heap():
    for _ in range(2):
        subprocess.run([JCMD, pid, "GC.run"], capture_output=True); time.sleep(1)
    out = subprocess.run([JCMD, pid, "GC.heap_info"], capture_output=True, text=True).stdout
    return int(re.search(r"used (\d+)K", out).group(1))
keep = []
sizes = []
def session(route):
    jar = http.cookiejar.CookieJar()
    op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    html = op.open(base + "/login").read().decode()
    csrf = re.search(r'name="(_csrf)" value="([^"]+)"', html)
    data = {"username": user, "password": "haat-demo", csrf.group(1): csrf.group(2)}
    r = op.open(base + "/login", urllib.parse.urlencode(data).encode()); r.read()
    assert "login" not in r.geturl(), r.geturl()
    # what a browser does: the page, Vaadin's init request (the UI), then the navigation event (the view)
    op.open(base + "/" + route).read()
    init = json.loads(op.open(base + "/?v-r=init&location=" + route + "&query=&v-browserDetails=%7B%7D").read())
    cfg = init["appConfig"]; uidl = cfg["uidl"]
    nav = {"csrfToken": uidl["Vaadin-Security-Key"], "rpc": [{"type": "event", "node": 1, "event": "ui-navigate",
           "data": {"route": route, "query": "", "appShellTitle": "", "historyState": {"idx": 0, "usr": None}, "trigger": ""}}],
           "syncId": 0, "clientId": 0}
    req = urllib.request.Request(base + "/?v-r=uidl&v-uiId=" + str(cfg["v-uiId"]), json.dumps(nav).encode(),
                                 {"Content-Type": "application/json; charset=UTF-8"})
    body = op.open(req).read()
    assert b"vaadin-" in body, body[:200]
    sizes.append(len(body))
    keep.append(op)
route = sys.argv[5] if len(sys.argv) > 5 else "groups"
for i in range(5): session(route)
h0 = heap(); t = time.time()
for i in range(n): session(route)
h1 = heap()
print(f"user={user} route={route} sessions={n} heap_before={h0}K heap_after={h1}K per_session={(h1-h0)/n:.0f}K uidl_bytes={sum(sizes)//len(sizes)} elapsed={time.time()-t:.1f}s")
