"""Driver of import-applications.sh: sets up a volume over the API, writes the Navigator file, loads it twice."""
import base64, csv, io, json, random, sys, time, urllib.error, urllib.parse, urllib.request

api, rows, services, work = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
YEAR, NOMINAL = 2027, 72
PASSWORD = "Bench-pass-2026"


def call(method, path, body=None, user=("admin", "demo"), ctype="application/json", expect=(200, 201, 202)):
    data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    req = urllib.request.Request(api + "/" + path, data=data, method=method)
    req.add_header("Authorization", "Basic " + base64.b64encode(f"{user[0]}:{user[1]}".encode()).decode())
    if data is not None:
        req.add_header("Content-Type", ctype)
    try:
        with urllib.request.urlopen(req, timeout=3600) as r:
            status, text = r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read().decode()
    if status not in expect:
        raise SystemExit(f"{method} {path}: {status} {text[:500]}")
    return json.loads(text) if text.startswith("{") else text


def snils(n):
    nine = f"{200_000_000 + n:09d}"
    s = sum(int(nine[i]) * (9 - i) for i in range(9))
    check = s if s < 100 else 0 if s in (100, 101) else (0 if s % 101 == 100 else s % 101)
    return nine + f"{check:02d}"


# the region's authority, its clerk and approver, S services and an approved order covering every child
region = call("GET", "territories?q=" + urllib.parse.quote("Ленинградская"))["items"][0]["id"]
territory = call("POST", "territories", {"level": "MUNICIPALITY", "name": "Район для замера загрузки",
                                          "oktmo": "41%06d" % random.randrange(10**6), "parentId": region})["id"]
direction = next(d["id"] for d in call("GET", "directions?size=100")["items"] if d["code"] == "04")
authority = call("POST", "authorities", {"fullName": "Комитет образования (замер)", "shortName": "Комитет (замер)",
                                          "headPosition": "Председатель", "headName": "И.И. Иванов",
                                          "territoryId": territory, "directionIds": [direction]})["id"]
for login, role in (("bclerk", "AUTHORITY_CLERK"), ("bapprover", "APPROVER")):
    call("POST", "users", {"login": login, "fullName": "Замер", "active": True, "roles": [role], "authorityId": authority,
                           "password": PASSWORD})
clerk, approver = ("bclerk", PASSWORD), ("bapprover", PASSWORD)
numbers = ["804200О.99.0.ЯЯ%02dАЖ%05d" % (i, 100 + i) for i in range(services)]
per_service = -(-rows // services)
lines = []
for n in numbers:
    call("POST", "services", {"registryNumber": n, "territoryId": territory, "directionId": direction,
                              "name": "Реализация дополнительных общеразвивающих программ " + n, "normativeCost": 150,
                              "indicators": [{"kind": "VOLUME", "name": "Количество человеко-часов", "unitCode": "539"}]})
    hours = per_service * NOMINAL
    lines.append({"registryNumber": n, "unitCode": "539", "years": [
        {"year": y, "total": hours + 100, "treasury": 0, "budgetAutonomous": 100, "competition": 0, "certificates": hours}
        for y in (YEAR, YEAR + 1, YEAR + 2)]})
order = call("POST", "social-orders", {"directionCode": "04", "fiscalYear": YEAR, "title": "Заказ (замер)", "lines": lines}, clerk)
sub = call("POST", f"social-orders/{order['id']}/transitions", {"action": "submit", "version": order["version"]}, clerk)
call("POST", f"social-orders/{order['id']}/transitions", {"action": "approve", "version": sub["version"], "comment": "да"}, approver)
call("POST", "certificate-terms", {"territoryId": territory, "year": YEAR, "validFrom": f"{YEAR}-01-01", "validTo": f"{YEAR}-12-31",
                                   "nominalHours": NOMINAL, "nominalAmount": 10800.00, "ageFrom": 5, "ageTo": 17,
                                   "onePer": "SERVICE", "answerDays": 5}, clerk)

# the Navigator file: one child per row, the services in turn
out = io.StringIO()
w = csv.writer(out, delimiter=";", lineterminator="\n")
w.writerow(["Номер заявления", "Фамилия", "Имя", "Отчество", "Дата рождения", "СНИЛС", "Реестровый номер услуги",
            "Дата начала", "Фамилия заявителя", "Имя заявителя", "Телефон", "Email"])
LAST = ["Иванова", "Петрова", "Смирнова", "Кузнецова", "Попова", "Васильева", "Соколова", "Михайлова", "Новикова",
        "Фёдорова", "Морозова", "Волкова", "Алексеева", "Лебедева", "Семёнова", "Егорова", "Павлова", "Козлова",
        "Степанова", "Николаева"]
FIRST = ["Анна", "Мария", "Елена", "Ольга", "Наталья", "Ирина", "Татьяна", "Светлана", "Юлия", "Дарья", "Алина",
         "Полина", "Софья", "Ксения", "Вера", "Алиса", "Ева", "Арина", "Вероника", "Милана"]
MIDDLE = ["Александровна", "Сергеевна", "Дмитриевна", "Андреевна", "Ивановна", "Петровна", "Олеговна", "Игоревна",
          "Максимовна", "Павловна"]
import datetime
for i in range(rows):
    # every child differs by name or birth date: the duplicate check would rightly hold the same child twice
    born = datetime.date(2012, 1, 1) + datetime.timedelta(days=i // 4000)
    w.writerow([f"NAV-{i:07d}", LAST[i % 20], FIRST[i // 20 % 20], MIDDLE[i // 400 % 10], born.strftime("%d.%m.%Y"),
                snils(i), numbers[i % services], f"01.09.{YEAR}", "Иванова", "Ольга", "+7 900 000-00-00", "parent@example.ru"])
content = out.getvalue().encode("utf-8")
print(f"certificate application import benchmark: {rows} rows ({len(content) / 1e6:.1f} MB CSV), {services} services")


def load(label):
    t0 = time.time()
    preview = call("POST", "certificate-applications/import?fileName=navigator.csv", content, clerk, "text/csv")
    t1 = time.time()
    job = preview["job"]["id"]
    call("POST", f"jobs/{job}/start?rows=valid", b"", clerk, "application/octet-stream")
    while True:
        state = call("GET", f"jobs/{job}?size=1", user=clerk)
        if state["status"] != "RUNNING":
            break
        time.sleep(1)
    t2 = time.time()
    print(f"  {label}: preview {t1 - t0:7.1f} s ({rows / (t1 - t0):7.0f} rows/s), write {t2 - t1:7.1f} s "
          f"({rows / (t2 - t1):5.0f} rows/s): {state['status']}, written {state['written']}, refused {state['failed']}")
    return state


first = load("first load ")
certificates = call("GET", "certificates?size=1", user=clerk)["total"]
by_status = {st: call("GET", f"certificate-applications?status={st}&size=1", user=clerk)["total"]
             for st in ("ISSUED", "QUEUED", "HELD", "REFUSED")}
print(f"  certificates issued: {certificates}; applications by status: {by_status}")
second = load("same file again")
again = call("GET", "certificates?size=1", user=clerk)["total"]
applications = call("GET", "certificate-applications?size=1", user=clerk)["total"]
print(f"  after the second load: certificates {again}, applications {applications} (nothing created twice: "
      f"{'yes' if again == certificates and applications == rows else 'NO'})")
