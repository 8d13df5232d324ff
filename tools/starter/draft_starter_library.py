#!/usr/bin/env python3
"""Drafts the starter library "Vietnam's bamboo diplomacy, 2008–2024" as an Entente JSON bundle.

One-off provenance script: it turned ../shared/reference (events.csv, partnerships.csv, trade.csv,
the seed articles) into a bundle draft, which BundleWriter then put into canonical form as
src/main/resources/org/entente/starter/starter-library.json. That JSON file is now the source to
edit; this script records how each record was derived. Trade figures and partnership rows are
copied mechanically from the CSV files; event titles, summaries, participants, categories and
importance were written by hand from the reference rows and articles.
Later additions were made to the JSON by hand and put into canonical form the same way: the two
2023 growth claims in "tradeChanges" (issue #17: Vietnam +2.3 % from the trade.csv row's source
text, Russia +8 % from notes.md, "2023 +8% (Putin, Nhan Dan article)", with its source).

Usage: python3 tools/starter/draft_starter_library.py ../shared/reference > /tmp/starter-draft.json
       mvn -o -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
       java -cp target/classes:$(cat target/cp.txt) tools/starter/CanonicalBundle.java /tmp/starter-draft.json \
            src/main/resources/org/entente/starter/starter-library.json
"""
import csv, json, os, re, sys

sys.path.insert(0, os.path.dirname(__file__))
from sources import SOURCES, SEEDS, DW, FULCRUM, WONK

REF = sys.argv[1] if len(sys.argv) > 1 else "../shared/reference"
URL = re.compile(r"https?://[^\s\";,]+")

def urls(text):
    return [u.rstrip(")") for u in URL.findall(text)]

# ---------------------------------------------------------------- actors
C, O, P, B = "country", "organisation", "person", "bloc"
ACTORS = [
    ("VNM", "Vietnam", C, "VNM"), ("CHN", "China", C, "CHN"), ("RUS", "Russia", C, "RUS"),
    ("USA", "United States", C, "USA"), ("IND", "India", C, "IND"), ("KOR", "South Korea", C, "KOR"),
    ("JPN", "Japan", C, "JPN"), ("AUS", "Australia", C, "AUS"), ("FRA", "France", C, "FRA"),
    ("MYS", "Malaysia", C, "MYS"), ("NZL", "New Zealand", C, "NZL"), ("IDN", "Indonesia", C, "IDN"),
    ("SGP", "Singapore", C, "SGP"), ("THA", "Thailand", C, "THA"), ("DEU", "Germany", C, "DEU"),
    ("GBR", "United Kingdom", C, "GBR"), ("UKR", "Ukraine", C, "UKR"), ("PRK", "North Korea", C, "PRK"),
    ("EU", "European Union", B, None), ("BRICS", "BRICS", B, None),
    ("UN", "United Nations", O, None), ("APEC", "APEC", O, None),
    ("CPV", "Communist Party of Vietnam", O, None),
    ("nong-duc-manh", "Nông Đức Mạnh", P, None), ("truong-tan-sang", "Trương Tấn Sang", P, None),
    ("nguyen-phu-trong", "Nguyễn Phú Trọng", P, None), ("nguyen-xuan-phuc", "Nguyễn Xuân Phúc", P, None),
    ("vo-van-thuong", "Võ Văn Thưởng", P, None), ("pham-minh-chinh", "Phạm Minh Chính", P, None),
    ("vo-thi-anh-xuan", "Võ Thị Ánh Xuân", P, None), ("vuong-dinh-hue", "Vương Đình Huệ", P, None),
    ("truong-thi-mai", "Trương Thị Mai", P, None), ("tran-thanh-man", "Trần Thanh Mẫn", P, None),
    ("to-lam", "Tô Lâm", P, None), ("luong-cuong", "Lương Cường", P, None),
    ("putin", "Vladimir Putin", P, None), ("xi", "Xi Jinping", P, None), ("obama", "Barack Obama", P, None),
    ("biden", "Joe Biden", P, None), ("modi", "Narendra Modi", P, None),
    ("osullivan", "David O'Sullivan", P, None), ("bezdetko", "Gennady Bezdetko", P, None),
]
NAME_TO_KEY = {"Vietnam": "VNM", "China": "CHN", "Russia": "RUS", "USA": "USA", "India": "IND", "South Korea": "KOR",
               "Japan": "JPN", "Australia": "AUS", "France": "FRA", "Malaysia": "MYS", "New Zealand": "NZL",
               "Indonesia": "IDN", "Singapore": "SGP", "Thailand": "THA", "Germany": "DEU", "United Kingdom": "GBR",
               "EU": "EU", "UN": "UN"}

def actor_json():
    out = []
    for key, name, kind, iso in ACTORS:
        a = {"key": key, "name": name, "kind": kind}
        if iso: a["iso3"] = iso
        out.append(a)
    return out

# ---------------------------------------------------------------- sources
SOURCE_KEYS = {}

def source_key(url):
    if url not in SOURCE_KEYS:
        SOURCE_KEYS[url] = "src%03d" % (len(SOURCE_KEYS) + 1)
    return SOURCE_KEYS[url]

def source_json():
    out = []
    for url, key in SOURCE_KEYS.items():
        if url in SEEDS:
            publisher, title, date, author, note = SEEDS[url]
            s = {"key": key, "title": title, "publisher": publisher}
        else:
            publisher, title, date, author, note = SOURCES[url]
            s = {"key": key, "title": title, "publisher": publisher, "url": url}
        if author: s["author"] = author
        if date: s["date"] = date
        if note: s["note"] = note
        out.append(s)
    return out

def cites(*refs):
    return [{"source": source_key(r)} for r in refs]

# ---------------------------------------------------------------- events
def part(*pairs):
    return [{"actor": k, "role": r} if r else {"actor": k} for k, r in pairs]

H, G, V, S = "host", "guest", "voter", "subject"

def unga(resolution, topic, tally, vote):
    return f"UN General Assembly resolution {resolution} ({topic}) passed {tally} (for–against–abstaining)."

# events.csv rows in file order: (when, title, category, importance, place, participants, tags, summary)
CSV_EVENTS = [
 ("Vietnam–China comprehensive strategic cooperative partnership", "partnership-change", 4, None,
  part(("VNM", G), ("CHN", H), ("nong-duc-manh", G)), ["china", "partnership", "state-visit"],
  "Party leader Nông Đức Mạnh travelled to China from 30 May to 2 June 2008. A joint statement dated 1 June named the "
  "relationship a comprehensive strategic cooperative partnership, the first top-tier partnership on Vietnam's list."),
 ("Vietnam–Russia comprehensive strategic partnership", "partnership-change", 4, None,
  part(("VNM", G), ("RUS", H), ("truong-tan-sang", G)), ["russia", "partnership", "state-visit"],
  "During President Trương Tấn Sang's July 2012 trip to Russia the two sides signed a joint statement that raised their "
  "strategic partnership of 2001 to a comprehensive strategic partnership, Vietnam's second after China."),
 ("Vietnam–US comprehensive partnership", "partnership-change", 4, None,
  part(("VNM", None), ("USA", None), ("truong-tan-sang", None), ("obama", None)), ["united-states", "partnership"],
  "Presidents Trương Tấn Sang and Barack Obama agreed on a comprehensive partnership in July 2013. The 2023 joint "
  "statement of the two countries' leaders looks back on this step; the month comes from a paper's abstract."),
 ("Putin visits Hanoi", "state-visit", 3, "Hanoi",
  part(("VNM", H), ("RUS", G), ("putin", G), ("nguyen-phu-trong", H)), ["russia", "state-visit"],
  "Vladimir Putin came to Hanoi in November 2013, where Vietnam's party and government leaders welcomed him; "
  "General Secretary Nguyễn Phú Trọng received him on 12 November."),
 ("Vietnam–India comprehensive strategic partnership", "partnership-change", 4, None,
  part(("VNM", H), ("IND", G), ("modi", G)), ["india", "partnership"],
  "Narendra Modi visited Vietnam on 2–3 September 2016; on the 3rd the two governments upgraded their strategic "
  "partnership of 2007 to a comprehensive strategic partnership."),
 ("UN vote ES-11/1 on aggression against Ukraine: Vietnam abstains", "un-vote", 4, "New York",
  part(("VNM", V), ("UN", None), ("RUS", S), ("UKR", S)), ["un", "ukraine", "russia", "abstention"],
  "The General Assembly's emergency special session adopted ES-11/1 on aggression against Ukraine by 141 votes to 5 "
  "with 35 abstentions. Vietnam was among those abstaining."),
 ("UN vote ES-11/2 on humanitarian consequences: Vietnam abstains", "un-vote", 3, "New York",
  part(("VNM", V), ("UN", None), ("RUS", S), ("UKR", S)), ["un", "ukraine", "russia", "abstention"],
  "Resolution ES-11/2 on the humanitarian consequences of the aggression against Ukraine passed 140–5–38. "
  "Vietnam again abstained."),
 ("UN vote ES-11/3 suspends Russia from the Human Rights Council: Vietnam votes no", "un-vote", 4, "New York",
  part(("VNM", V), ("UN", None), ("RUS", S), ("UKR", S)), ["un", "ukraine", "russia", "human-rights-council"],
  "The General Assembly suspended Russia's membership of the Human Rights Council by 93 votes to 24 with 58 "
  "abstentions. Vietnam was one of the 24 states voting no, a vote that a Radio Free Asia report said could damage "
  "Vietnam's own campaign on the council."),
 ("UN vote ES-11/4 on annexed Ukrainian regions: Vietnam abstains", "un-vote", 3, "New York",
  part(("VNM", V), ("UN", None), ("RUS", S), ("UKR", S)), ["un", "ukraine", "russia", "abstention"],
  "ES-11/4, on Russia's annexation of four regions of Ukraine, was adopted 143–5–35. Vietnam abstained."),
 ("Vietnam–South Korea comprehensive strategic partnership", "partnership-change", 4, None,
  part(("VNM", G), ("KOR", H), ("nguyen-xuan-phuc", G)), ["south-korea", "partnership", "state-visit"],
  "President Nguyễn Xuân Phúc paid a state visit to South Korea on 4–6 December 2022. On the 5th the two countries "
  "moved from a strategic cooperative partnership to a comprehensive strategic partnership."),
 ("UN vote ES-11/6 on a just and lasting peace: Vietnam abstains", "un-vote", 3, "New York",
  part(("VNM", V), ("UN", None), ("RUS", S), ("UKR", S)), ["un", "ukraine", "russia", "abstention"],
  "The General Assembly called for a just and lasting peace in Ukraine and for Russia's withdrawal, by 141 votes to 7 "
  "with 32 abstentions. Vietnam abstained."),
 ("Biden in Hanoi: Vietnam–US comprehensive strategic partnership", "partnership-change", 5, "Hanoi",
  part(("VNM", H), ("USA", G), ("biden", G)), ["united-states", "partnership", "state-visit"],
  "Joe Biden was in Hanoi on 10–11 September 2023. On the first day the two sides announced a comprehensive "
  "strategic partnership for peace, cooperation and sustainable development, skipping the strategic tier."),
 ("Putin meets Võ Văn Thưởng in Beijing", "meeting", 3, "Beijing",
  part(("VNM", None), ("RUS", None), ("vo-van-thuong", None), ("putin", None)), ["russia", "belt-and-road"],
  "On the sidelines of China's Belt and Road Forum, Vladimir Putin held talks with Vietnam's President Võ Văn Thưởng."),
 ("Vietnam–Japan comprehensive strategic partnership", "partnership-change", 4, None,
  part(("VNM", G), ("JPN", H), ("vo-van-thuong", G)), ["japan", "partnership", "state-visit"],
  "President Võ Văn Thưởng visited Japan from 27 to 30 November 2023. On the first day the two countries adopted a "
  "comprehensive strategic partnership for peace and prosperity in Asia and the world."),
 ("Xi Jinping's state visit: a 'community with a shared future'", "state-visit", 5, "Hanoi",
  part(("VNM", H), ("CHN", G), ("xi", G), ("nguyen-phu-trong", H)), ["china", "state-visit", "partnership"],
  "Xi Jinping's two-day state visit ended with a joint statement to build a Vietnam–China community with a shared "
  "future of strategic significance, and 36 cooperation documents were signed."),
 ("Vietnam–Australia comprehensive strategic partnership", "partnership-change", 4, "Canberra",
  part(("VNM", G), ("AUS", H), ("pham-minh-chinh", G)), ["australia", "partnership"],
  "On Prime Minister Phạm Minh Chính's visit to Canberra, Australia and Vietnam raised their strategic partnership "
  "of 2018 to the comprehensive strategic level."),
 ("Võ Văn Thưởng resigns as president", "leadership-change", 4, "Hanoi",
  part(("VNM", None), ("CPV", None), ("vo-van-thuong", S), ("vo-thi-anh-xuan", None)), ["leadership", "presidency", "2024-turmoil"],
  "The party's Central Committee accepted President Võ Văn Thưởng's resignation; the National Assembly relieved him "
  "of the post the next day, 21 March, and Vice President Võ Thị Ánh Xuân became acting president."),
 ("Vương Đình Huệ resigns as Assembly chairman", "leadership-change", 4, "Hanoi",
  part(("VNM", None), ("CPV", None), ("vuong-dinh-hue", S)), ["leadership", "national-assembly", "2024-turmoil"],
  "The Central Committee accepted the resignation of National Assembly Chairman Vương Đình Huệ, whom observers saw as "
  "a technocrat focused on the economy; the Assembly formally relieved him on 2 May."),
 ("Trương Thị Mai leaves the Politburo", "leadership-change", 3, "Hanoi",
  part(("VNM", None), ("CPV", None), ("truong-thi-mai", S)), ["leadership", "2024-turmoil"],
  "The Central Committee let Trương Thị Mai, standing member of the party Secretariat, leave the Politburo and the "
  "Committee, and the National Assembly Standing Committee ended her term as a deputy."),
 ("Trần Thanh Mẫn elected Assembly chairman", "leadership-change", 3, "Hanoi",
  part(("VNM", None), ("tran-thanh-man", S)), ["leadership", "national-assembly"],
  "The National Assembly chose Trần Thanh Mẫn, who had been running it since Vương Đình Huệ's departure, as its chairman."),
 ("Tô Lâm elected State President", "leadership-change", 4, "Hanoi",
  part(("VNM", None), ("to-lam", S)), ["leadership", "presidency"],
  "Former public security minister Tô Lâm was elected president of Vietnam by the National Assembly, with 472 of 473 "
  "deputies voting in favour."),
 ("Putin's state visit to Vietnam", "state-visit", 5, "Hanoi",
  part(("VNM", H), ("RUS", G), ("putin", G), ("to-lam", H), ("nguyen-phu-trong", H), ("pham-minh-chinh", H)),
  ["russia", "state-visit", "nuclear", "bamboo-diplomacy"],
  "Vladimir Putin flew in from Pyongyang in the early hours of 20 June for a state visit, the first time since invading "
  "Ukraine that he had gone to any Southeast Asian country. The sides issued a joint statement on deepening their comprehensive strategic "
  "partnership and signed 11 documents, among them a Rosatom roadmap for a nuclear science and technology centre. "
  "Putin spoke of 8% trade growth in 2023 rather than the small total (about $3.6 bn), and Western partners voiced concern."),
 ("Nguyễn Phú Trọng dies", "leadership-change", 5, "Hanoi",
  part(("VNM", None), ("CPV", None), ("nguyen-phu-trong", S)), ["leadership", "party"],
  "Nguyễn Phú Trọng, General Secretary of the Communist Party of Vietnam, died. The day before, Tô Lâm had been put "
  "in charge of the party's work."),
 ("Tô Lâm elected party General Secretary", "leadership-change", 5, "Hanoi",
  part(("VNM", None), ("CPV", None), ("to-lam", S)), ["leadership", "party"],
  "The Central Committee unanimously chose Tô Lâm to succeed Nguyễn Phú Trọng as the party's General Secretary; he kept "
  "the state presidency for the time being."),
 ("Vietnam–France comprehensive strategic partnership", "partnership-change", 4, None,
  part(("VNM", G), ("FRA", H), ("to-lam", G)), ["france", "partnership", "eu"],
  "During Tô Lâm's official visit, Vietnam and France raised their strategic partnership of 2013 to a comprehensive "
  "strategic partnership, the first Vietnam concluded with a member state of the European Union."),
 ("Lương Cường elected State President", "leadership-change", 3, "Hanoi",
  part(("VNM", None), ("luong-cuong", S)), ["leadership", "presidency"],
  "General Lương Cường was elected president by the National Assembly with all 440 deputies present voting for him, "
  "taking over the office from Tô Lâm."),
 ("Vietnam–Malaysia comprehensive strategic partnership", "partnership-change", 3, None,
  part(("VNM", G), ("MYS", H), ("to-lam", G)), ["malaysia", "partnership", "asean"],
  "Vietnam and Malaysia upgraded their relationship to a comprehensive strategic partnership during a visit by Tô Lâm."),
]

# Events the seed articles state, at the precision their text supports.
ARTICLE_EVENTS = [
 ("2017", "Putin at the APEC summit in Da Nang", "meeting", 2, "Da Nang",
  part(("VNM", H), ("RUS", G), ("APEC", None), ("putin", G)), ["russia", "apec"],
  "Putin came to Da Nang for the APEC summit in 2017, his last trip to Vietnam before June 2024. The source, DW, "
  "gives the year and a photo of his arrival at the summit, but no closer date.", [DW]),
 ("2020", "Vietnam ratifies the EU free-trade agreement", "agreement", 4, None,
  part(("VNM", None), ("EU", None)), ["eu", "trade", "fta"],
  "Vietnam ratified a free-trade agreement with the European Union in 2020. DW cites it as part of Hanoi's balancing "
  "act: reinforcing ties with the EU while receiving both Joe Biden and Xi Jinping.", [DW]),
 ("2024-03", "Nguyễn Phú Trọng invites Putin for a state visit", "statement", 2, None,
  part(("VNM", None), ("RUS", None), ("nguyen-phu-trong", None), ("putin", None)), ["russia", "invitation"],
  "In March 2024 the party's General Secretary Nguyễn Phú Trọng invited Vladimir Putin to pay Vietnam a state visit; "
  "the visit came in June.", [DW]),
 ("2024-05", "Russian envoy: Putin to visit 'in the near future'", "statement", 1, None,
  part(("VNM", None), ("RUS", None), ("bezdetko", None), ("putin", None)), ["russia", "invitation"],
  "In the week before 18 May 2024 Russia's ambassador Gennady Bezdetko told Vietnamese state media that Putin would "
  "come 'in the near future', without a date.", [DW]),
 ("2024-05-13", "EU sanctions envoy's talks in Hanoi postponed", "other", 2, "Hanoi",
  part(("VNM", None), ("EU", None), ("osullivan", None)), ["eu", "sanctions", "russia", "postponed"],
  "Talks between Vietnamese officials and David O'Sullivan, the EU's special envoy for sanctions enforcement, set for "
  "13 May, were called off by Hanoi a few days ahead. Diplomats quoted by Reuters linked the delay to Putin's rumoured visit; EU "
  "and Vietnamese sources told DW that instability in Hanoi was the likelier reason.", [DW]),
 ("2024-05-16", "Party Central Committee's ninth plenum opens", "meeting", 2, "Hanoi",
  part(("VNM", None), ("CPV", None)), ["leadership", "party", "2024-turmoil"],
  "The Central Committee began its ninth plenum on the day Putin arrived in Beijing. Filling the Politburo's empty "
  "seats, the presidency and the chair of the National Assembly was on its agenda.", [DW]),
 ("2024-05-16/2024-05-17", "Putin's state visit to China", "state-visit", 3, "Beijing",
  part(("CHN", H), ("RUS", G), ("putin", G), ("xi", H)), ["russia", "china", "state-visit"],
  "Two days in China that put Moscow's closeness to Beijing and to Xi Jinping on public display. Rumours had Putin "
  "stopping in Hanoi on the way home; DW judged that unlikely while Vietnam's leadership was in turmoil.", [DW]),
 ("2024-06", "Ukraine peace summit held without Vietnam", "meeting", 2, None,
  part(("UKR", None), ("VNM", None)), ["ukraine", "russia", "peace-summit"],
  "Vietnam stayed away from the peace summit on Ukraine in June 2024. ASEAN Wonk counts the absence, unsurprising "
  "as it was, among the points on which Hanoi's stance on the war was watched.", [WONK]),
 ("2024-06-18/2024-06-19", "Putin in Pyongyang", "state-visit", 3, "Pyongyang",
  part(("PRK", H), ("RUS", G), ("putin", G)), ["russia", "north-korea"],
  "Putin went to North Korea first and flew on to Hanoi; commentators noted that Vietnam was only his second stop "
  "after Pyongyang.", [WONK, FULCRUM, "https://e.vnexpress.net/news/news/russia-to-help-vietnam-build-nuclear-science-center-4760769.html"]),
 ("2024-10", "BRICS summit in Kazan", "meeting", 3, "Kazan",
  part(("RUS", H), ("BRICS", None)), ["russia", "brics"],
  "Russia, chairing BRICS in 2024, hosted the group's summit in October, another chance for Putin to court partners; "
  "several ASEAN members had signalled they might want to join.", [WONK]),
]

# Further sources for events.csv rows (by date), where a summary draws on them.
EXTRA_EVENT_REFS = {
 "2008-05-30/2008-06-02": ["https://news.laodong.vn/thoi-su/nang-tam-doi-ngoai-viet-nam-1499131.ldo"],
 "2023-10-17": [DW],
 "2024-03-20": ["https://en.vietnamplus.vn/vice-state-president-now-acting-president/283263.vnp", DW],
 "2024-04-26": ["https://en.sggp.org.vn/vuong-dinh-hue-relieved-from-position-of-national-assembly-chairman-post109712.html", DW, FULCRUM],
 "2024-05-16": [DW],
 "2024-05-20": ["https://en.sggp.org.vn/vuong-dinh-hue-relieved-from-position-of-national-assembly-chairman-post109712.html"],
 "2024-05-22": [FULCRUM],
 "2024-06-19/2024-06-20": [WONK, FULCRUM],
}

def event_json():
    out = []
    with open(os.path.join(REF, "events.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(CSV_EVENTS), (len(rows), len(CSV_EVENTS))
    for row, (title, cat, imp, place, parts, tags, summary) in zip(rows, CSV_EVENTS):
        refs = urls(row["source"]) + EXTRA_EVENT_REFS.get(row["date"], [])
        e = {"key": "x", "title": title, "when": row["date"], "category": cat, "importance": imp}
        if place: e["place"] = place
        e.update({"participants": parts, "tags": tags, "summary": summary, "sources": cites(*refs)})
        out.append(e)
    for when, title, cat, imp, place, parts, tags, summary, refs in ARTICLE_EVENTS:
        e = {"key": "x", "title": title, "when": when, "category": cat, "importance": imp}
        if place: e["place"] = place
        e.update({"participants": parts, "tags": tags, "summary": summary, "sources": cites(*refs)})
        out.append(e)
    for i, e in enumerate(out):
        e["key"] = "ev%02d" % (i + 1)
    return out

# ---------------------------------------------------------------- partnerships
def level_of(name):
    n = name.lower()
    if "comprehensive strategic" in n or "shared future" in n: return "comprehensive-strategic"
    if "strategic" in n: return "strategic"
    if "comprehensive" in n: return "comprehensive"
    raise ValueError(name)

# Remarks per (pair, date) from the source column, and sources the row names without repeating the URL.
PARTNERSHIP_NOTES = {
 ("China", "2008-06-01"): "Agreed during Nông Đức Mạnh's visit of 30 May–2 June 2008; joint statement dated 1 June 2008. Lao Động gives 'May 2008'.",
 ("China", "2023-12-12"): "An elevation within the comprehensive strategic cooperative partnership, agreed in the joint statement of Xi Jinping's state visit (12–13 December 2023).",
 ("Russia", "2001-03"): "Joint declaration of Putin's visit of February–March 2001.",
 ("Russia", "2012-07"): "Joint statement of Trương Tấn Sang's visit to Russia, July 2012.",
 ("India", "2016-09-03"): "Decided on 3 September during Narendra Modi's visit of 2–3 September 2016.",
 ("South Korea", "2022-12-05"): "Nguyễn Xuân Phúc's state visit of 4–6 December 2022.",
 ("USA", "2013-07"): "Set up by Trương Tấn Sang and Barack Obama; the month comes from a paper's abstract, and the 2023 joint statement refers back to it.",
 ("USA", "2023-09-10"): "Announced during Joe Biden's state visit of 10–11 September 2023; the strategic tier was skipped.",
 ("Japan", "2023-11-27"): "Võ Văn Thưởng's visit of 27–30 November 2023.",
 ("Australia", "2024-03-07"): "Phạm Minh Chính's visit to Canberra.",
 ("France", "2024-10-07"): "Tô Lâm's official visit of 6–7 October 2024; the first comprehensive strategic partnership with an EU member.",
 ("New Zealand", "2009"): "UNSURE: the year is derived from a 2025 article speaking of '16 years of a Comprehensive Partnership', so it is approximate.",
 ("New Zealand", "2025-02-26"): "Dated by the New Zealand prime minister's release; SGGP counts it as Vietnam's 10th comprehensive strategic partnership.",
 ("Indonesia", "2013-06"): "Trương Tấn Sang's visit.",
 ("Indonesia", "2025-03"): "Tô Lâm's visit of 9–11 March 2025; the source read does not state the day.",
 ("Singapore", "2025-03"): "Two days after Indonesia's, per Lao Động; the day is not stated.",
 ("Thailand", "2013-06"): "Nguyễn Phú Trọng's visit of 25–27 June 2013.",
 ("United Kingdom", "2010"): "Joint declaration on the strategic partnership.",
}
EXTRA_URLS = {
 ("Japan", "2014"): ["https://vietnamtimes.org.vn/deepening-vietnam-and-japan-trade-relations-67710.html"],
 ("South Korea", "2009"): ["https://kynguyenvuonminh.vov.vn/en/politics/president-nguyen-xuan-phuc-to-pay-state-visit-to-rok-post987769.vov"],
 ("New Zealand", "2025-02-26"): ["https://en.sggp.org.vn/vietnam-new-zealand-elevate-ties-to-comprehensive-strategic-partnership-post115986.html"],
}

def partnership_json():
    with open(os.path.join(REF, "partnerships.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    out = []
    for i, row in enumerate(rows):
        b = row["country_b"]
        nxt = next((r for r in rows[i + 1:] if r["country_b"] == b), None)
        name = row["level"]
        official = re.sub(r"\s*\(.*\)\s*$", "", name)
        unsure = "UNSURE" in row["source"]
        refs = list(dict.fromkeys(urls(row["source"]) + EXTRA_URLS.get((b, row["date"]), [])))
        p = {"a": "VNM", "b": NAME_TO_KEY[b], "level": level_of(name), "officialName": official,
             "from": ("~" if unsure else "") + row["date"]}
        if nxt: p["until"] = nxt["date"]
        note = PARTNERSHIP_NOTES.get((b, row["date"]))
        if note: p["note"] = note
        p["sources"] = cites(*refs)
        out.append(p)
    return out

# ---------------------------------------------------------------- trade
def quality_of(text):
    t = URL.sub("", text).upper()  # a URL's words ("...-estimated-at-...") are not a flag
    if "UNSURE" in t: return "unsure"
    if "APPROX" in t or "ESTIMATE" in t: return "approximate"
    return "reported"

def trade_json():
    with open(os.path.join(REF, "trade.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    out = []
    for row in rows:
        refs = urls(row["source"])
        locator = row["source"].replace(refs[0], "").strip()
        locator = re.sub(r"\(\s*\)", "", locator)
        locator = re.sub(r"\s+", " ", locator).strip(" ;")
        t = {"reporter": NAME_TO_KEY[row["reporter"]], "partner": NAME_TO_KEY[row["partner"]], "year": int(row["year"]),
             "flow": row["flow"], "valueUsd": int(row["value_usd"]), "quality": quality_of(row["source"]),
             "source": source_key(refs[0])}
        if locator: t["locator"] = locator
        out.append(t)
    return out

# ---------------------------------------------------------------- periods
PERIODS = [
 {"name": "Võ Thị Ánh Xuân acting State President", "when": "2024-03-21/2024-05-22",
  "note": "From the National Assembly's relieving Võ Văn Thưởng (21 March 2024) to Tô Lâm's election (22 May 2024). "
          "Sources: SGGP, 'Võ Văn Thưởng relieved from presidency'; The Saigon Times, 'General Tô Lâm elected as state president'."},
 {"name": "Tô Lâm State President", "when": "2024-05-22/2024-10-21",
  "note": "From his election as president (22 May 2024) to Lương Cường's election (21 October 2024). "
          "Sources: The Saigon Times, 'General Tô Lâm elected as state president'; SGGP, 'General Lương Cường elected as state president'."},
 {"name": "Russia chairs BRICS", "when": "2024",
  "note": "ASEAN Wonk, 'What Did the Putin Vietnam Visit Achieve for Russia?': Russia is chairing the grouping in 2024."},
]

def main():
    events = event_json()
    partnerships = partnership_json()
    trade = trade_json()
    bundle = {
        "format": "entente-bundle", "version": 1,
        "title": "Vietnam's bamboo diplomacy, 2008–2024",
        "description": ("Starter library of Entente: Vietnam's ties with the major powers and its neighbours — state visits, "
                        "partnership upgrades, UN votes on Russia's war in Ukraine, the 2024 leadership changes in Hanoi, "
                        "Putin's June 2024 visit — with partnership levels since 2001 and bilateral trade figures as each "
                        "side reported them. Every record cites its sources."),
        "actors": actor_json(), "sources": source_json(), "events": events, "partnerships": partnerships,
        "trade": trade, "periods": PERIODS, "notes": [],
        "links": [{"from": "ev30", "to": "ev22", "kind": "led-to"},
                  {"from": "ev20", "to": "ev18", "kind": "follow-up-of"}],
    }
    json.dump(bundle, sys.stdout, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
