"""The evaluation's scorer on the seeds (must be exact), on the dev set, and on the development
sets in tests/data: outlets, wire, excerpts, regional, excerpts2 and excerpts3."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import DATA, SHARED, kg_cmd


def score(folder) -> dict:
    proc = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(folder), "--json",
                           "--kg", " ".join(kg_cmd())], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_seeds_exactly_right(scorer):
    result = score(SHARED / "seeds")
    assert result["headline_f1"] == 1.0
    assert result["published"]["f1"] == 1.0


def test_dev_set_quality(scorer):
    result = score(SHARED / "eval" / "dev")
    assert result["headline_f1"] >= 0.95
    for key in ("meetings", "chairs", "officials", "pledges"):
        assert result[key]["f1"] >= 0.9, key
    assert result["published"]["f1"] >= 0.95


# The second development set (issue 13): outlets' own styles. Floors are the baseline measured when
# the set was written (rounded down to 2 decimals); raise them as the extraction improves.
# Issue 13's bar (headline >= 0.95, every field >= 0.90), raised to a little under what the set
# scores after that work (headline 0.980; meetings 0.989, chairs 0.989, officials 0.963,
# pledges 1.000, counts 0.952, official_country 0.974, published 1.000); was 0.82 before it.
OUTLETS_FLOORS = {"headline_f1": 0.96, "meetings": 0.96, "chairs": 0.96, "officials": 0.94,
                  "pledges": 0.97, "counts": 0.92, "official_country": 0.95, "published": 0.97}


def at_floors(result: dict, floors: dict) -> None:
    assert result["headline_f1"] >= floors["headline_f1"]
    for key, floor in floors.items():
        if key != "headline_f1":
            assert result[key]["f1"] >= floor, (key, result[key])


# The third development set: real outlets' wire styles (mid-story cuts, translated wire copy,
# captions, co-chairs across sentences, hand-overs, pledges in words and other currencies), 80
# excerpts written in seven batches, each scored before the changes it led to. Main's extraction
# scored 0.881 on it (chairs 0.755); floors a little under what it scores after that work (headline
# 0.990; meetings 1.000, chairs 0.972, officials 1.000, pledges 0.989, counts 1.000,
# official_country 0.989, published 1.000).
WIRE_FLOORS = {"headline_f1": 0.97, "meetings": 0.97, "chairs": 0.94, "officials": 0.97,
               "pledges": 0.96, "counts": 0.95, "official_country": 0.96, "published": 0.97}


# Three more development sets (2026-12-06), written from real events in the styles the brief names
# as the weak spot: short excerpts from real outlets (tests/data/excerpts), regional papers
# (tests/data/regional), and nine events each reported by five outlets (tests/data/excerpts2). Main
# scored 0.765, 0.845 and 0.728 on them when they arrived; floors a little under what they score
# after that day's work: excerpts 0.978 (meetings 1.000, chairs 0.978, officials 0.981, pledges
# 0.964, counts 0.800, official_country 0.970, published 1.000); regional 0.958 (meetings 0.931,
# chairs 0.990, officials 0.955, pledges 0.980, counts 0.800, official_country 0.937, published
# 1.000); excerpts2 0.930 (meetings 0.958, chairs 0.787, officials 0.984, pledges 0.932, counts
# 1.000, official_country 0.935, published 0.971).
EXCERPTS_FLOORS = {"headline_f1": 0.95, "meetings": 0.97, "chairs": 0.95, "officials": 0.95,
                   "pledges": 0.94, "counts": 0.75, "official_country": 0.94, "published": 0.97}
REGIONAL_FLOORS = {"headline_f1": 0.94, "meetings": 0.91, "chairs": 0.96, "officials": 0.93,
                   "pledges": 0.95, "counts": 0.75, "official_country": 0.91, "published": 0.97}
EXCERPTS2_FLOORS = {"headline_f1": 0.91, "meetings": 0.93, "chairs": 0.75, "officials": 0.96,
                    "pledges": 0.9, "counts": 0.9, "official_country": 0.9, "published": 0.94}


# excerpts3 (2026-12-06): eight more events, five outlets each (IMCTC, GCTF's launch, the Arab
# interior ministers, the coalition's Small Group, Africa Focus Group and finance group, the Aqaba
# Process, the second Baghdad conference). It arrived late in the session and scored 0.834 before
# a rule was written from it; floors a little under what it scores after (0.872: meetings 0.776,
# chairs 0.803, officials 0.960, pledges 0.857, counts 0.714, official_country 0.951, published
# 0.857).
EXCERPTS3_FLOORS = {"headline_f1": 0.88, "meetings": 0.85, "chairs": 0.8, "officials": 0.95,
                    "pledges": 0.8, "counts": 0.65, "official_country": 0.95, "published": 0.86}
# (raised on 2026-12-06, third session: 0.906; meetings 0.871, chairs 0.833, officials 0.977,
# pledges 0.857, counts 0.714, official_country 0.976, published 0.893)


# excerpts4, excerpts5 and excerpts6 (2026-12-06, third session): eight, eight and six more events
# reported by four or five outlets each (coalition ministerials in Washington and London, donor
# conferences for Syria, Lake Chad, Yemen, Somalia and Lebanon's forces, the Sahel's joint force,
# the GCTF's 2015 plenary, the African summits of Abuja and Malabo, the Paris Libya conference).
# Scored on arrival before any rule was written from them: 0.825, 0.851 and 0.859; floors a
# little under what they score after the session (ee72b08) (excerpts4 0.977: meetings 0.964, chairs 0.956,
# officials 1.000, pledges 1.000, counts 0.857, official_country 0.979, published 1.000;
# excerpts5 0.937: meetings 0.899, chairs 0.938, officials 0.965, pledges 0.955, counts 0.769,
# official_country 0.975, published 1.000; excerpts6 0.933: meetings 0.941, chairs 0.809,
# officials 0.964, pledges 0.973, counts 1.000, official_country 0.907, published 1.000).
EXCERPTS4_FLOORS = {"headline_f1": 0.95, "meetings": 0.94, "chairs": 0.93, "officials": 0.97,
                    "pledges": 0.97, "counts": 0.8, "official_country": 0.95, "published": 0.97}
EXCERPTS5_FLOORS = {"headline_f1": 0.91, "meetings": 0.87, "chairs": 0.91, "officials": 0.94,
                    "pledges": 0.93, "counts": 0.7, "official_country": 0.95, "published": 0.97}
EXCERPTS6_FLOORS = {"headline_f1": 0.91, "meetings": 0.91, "chairs": 0.78, "officials": 0.94,
                    "pledges": 0.95, "counts": 0.7, "official_country": 0.88, "published": 0.97}


# excerpts7, excerpts8 and excerpts9 (2026-12-06, fourth session): coalition working groups, GCTF
# and IMCTC meetings (eight events x five outlets), six donor conferences x five outlets with
# chairs and pledges made hard, and 36 one-to-three-paragraph cuts of twelve events. Scored on
# arrival before any rule was written from them: 0.793, 0.861 and 0.842; floors a little under what
# they score after the session (505a301) (excerpts7 0.901: meetings 0.854, chairs 0.807, officials
# 0.990, pledges 1.000, counts 0.571, official_country 0.964, published 0.950; excerpts8 0.951:
# meetings 0.866, chairs 0.909, officials 0.969, pledges 0.982, counts 0.769, official_country
# 0.995, published 0.909; excerpts9 0.893: meetings 0.814, chairs 0.762, officials 0.957, pledges
# 0.929, official_country 0.935, published 1.000; its two participant counts are both missed, so
# it has no counts floor).
EXCERPTS7_FLOORS = {"headline_f1": 0.88, "meetings": 0.83, "chairs": 0.78, "officials": 0.97,
                    "pledges": 0.97, "counts": 0.5, "official_country": 0.94, "published": 0.93}
EXCERPTS8_FLOORS = {"headline_f1": 0.93, "meetings": 0.84, "chairs": 0.88, "officials": 0.95,
                    "pledges": 0.96, "counts": 0.7, "official_country": 0.97, "published": 0.88}
EXCERPTS9_FLOORS = {"headline_f1": 0.87, "meetings": 0.79, "chairs": 0.73, "officials": 0.94,
                    "pledges": 0.9, "official_country": 0.91, "published": 0.97}


# excerpts10 and excerpts11 (2026-12-06, fifth session): twelve Coalition, IMCTC and Arab interior
# ministers' events in regional papers, national agencies and translated wire, and six donor
# conferences in press releases, speeches, live blogs and lists. Scored on arrival before any rule
# was written from them: 0.898 and 0.762; floors a little under what they score after the session
# (excerpts10 0.956: meetings 0.919, chairs 0.971, officials 0.991, pledges 0.923, counts 0.714,
# official_country 0.967, published 1.000; excerpts11 0.877: meetings 0.812, chairs 0.814, officials
# 0.939, pledges 0.869, counts 0.667, official_country 0.960, published 0.980).
EXCERPTS10_FLOORS = {"headline_f1": 0.93, "meetings": 0.89, "chairs": 0.94, "officials": 0.97,
                     "pledges": 0.89, "counts": 0.65, "official_country": 0.94, "published": 0.97}
EXCERPTS11_FLOORS = {"headline_f1": 0.90, "meetings": 0.89, "chairs": 0.81, "officials": 0.91,
                     "pledges": 0.93, "counts": 0.6, "official_country": 0.93, "published": 0.97}
# (excerpts11's floors raised in the sixth session, after it reached 0.927: meetings 0.923, chairs 0.841,
# pledges 0.960, published 1.000, from its pasted table, corrections and live blogs being read.)


# excerpts12, excerpts13 and excerpts14 (2026-12-06, sixth session): real outlets' clipped excerpts
# (tickers, TV lines, clips that start mid-story, facts spread over sentences), texts that report
# several things at once (roundups, timelines, interviews, background meetings), and official texts
# (joint statements, ministries' and UN pages). Scored on arrival before any rule was written from
# them: 0.871, 0.834 and 0.837; floors a little under what they score after the session (excerpts12
# 0.926: meetings 0.871, chairs 0.821, officials 0.980, pledges 0.963, counts 0.800, official_country
# 0.957, published 0.923; excerpts13 0.916: meetings 0.922, chairs 0.830, officials 0.961, pledges
# 0.937, counts 0.364, official_country 0.957, published 0.963; excerpts14 0.926: meetings 0.896,
# chairs 0.756, officials 0.975, pledges 0.957, counts 1.000, official_country 0.966, published 0.893).
EXCERPTS12_FLOORS = {"headline_f1": 0.89, "meetings": 0.84, "chairs": 0.79, "officials": 0.94,
                     "pledges": 0.91, "counts": 0.7, "official_country": 0.93, "published": 0.89}
EXCERPTS13_FLOORS = {"headline_f1": 0.90, "meetings": 0.90, "chairs": 0.86, "officials": 0.93,
                     "pledges": 0.91, "counts": 0.45, "official_country": 0.93, "published": 0.96}
EXCERPTS14_FLOORS = {"headline_f1": 0.93, "meetings": 0.92, "chairs": 0.90, "officials": 0.94,
                     "pledges": 0.92, "counts": 0.9, "official_country": 0.93, "published": 0.93}
# (excerpts13's and excerpts14's floors raised in the seventh session, after they reached 0.934 and
# 0.963: yearless datelines dated by the officials they name, chairs in more forms.)


# excerpts15, excerpts16 and excerpts17 (2026-12-06, seventh session): wire copy as Arabic papers
# print it (chairs and pledges in reported speech, conversions, history beside new money), regional
# papers (Sudanese, Yemeni, Libyan, Maghrebi, Gulf; names before offices, local titles), and chairs
# given every way outlets give them, with non-chairs beside them. Scored on arrival before any rule
# was written from them: 0.843, 0.833 and 0.806 (at the session's start); floors a little under what
# they score after the session (excerpts15 0.953: meetings 0.967, chairs 0.943, officials 0.963,
# pledges 0.953, counts 0.857, official_country 1.000, published 1.000; excerpts16 0.916: meetings
# 0.892, chairs 0.851, officials 0.966, pledges 0.941, counts 0.727, official_country 0.969,
# published 1.000; excerpts17 0.874: meetings 0.806, chairs 0.797, officials 0.973, pledges 0.933,
# counts 0.667, official_country 0.957, published 0.981). (excerpts17's floors raised in the eighth
# session, after it reached 0.893: meetings 0.866, chairs 0.822.)
EXCERPTS15_FLOORS = {"headline_f1": 0.92, "meetings": 0.93, "chairs": 0.90, "officials": 0.93,
                     "pledges": 0.91, "counts": 0.8, "official_country": 0.96, "published": 0.96}
EXCERPTS16_FLOORS = {"headline_f1": 0.88, "meetings": 0.86, "chairs": 0.81, "officials": 0.93,
                     "pledges": 0.90, "counts": 0.55, "official_country": 0.93, "published": 0.96}
EXCERPTS17_FLOORS = {"headline_f1": 0.86, "meetings": 0.83, "chairs": 0.79, "officials": 0.94,
                     "pledges": 0.89, "counts": 0.6, "official_country": 0.92, "published": 0.95}


# excerpts18, excerpts19 and excerpts20 (2026-12-07, eighth session): pledges as wire copy and
# pan-Arab dailies report donor conferences (lists, totals, appeals, history beside new money), styles
# rule-writers rarely see (columns, think-tank briefs, encyclopedia entries, interviews, translated
# stories, ministers' activity pages) and broadcasters' clips (flashes, live feeds, quote cards,
# press-conference transcripts). Scored on arrival before any rule was written from them: 0.854,
# 0.784 and 0.900; floors a little under what they score after the session (excerpts18 0.925:
# meetings 0.923, chairs 0.764, officials 0.968, pledges 0.965, counts 0.800, official_country 0.972,
# published 1.000; excerpts19 0.827: meetings 0.745, chairs 0.726, officials 0.957, pledges 0.788,
# counts 0.429, official_country 0.926, published 0.936; excerpts20 0.945: meetings 0.841, chairs
# 0.941, officials 0.982, pledges 0.941, counts 0.857, official_country 0.936, published 0.960).
EXCERPTS18_FLOORS = {"headline_f1": 0.89, "meetings": 0.89, "chairs": 0.72, "officials": 0.93,
                     "pledges": 0.87, "counts": 0.7, "official_country": 0.94, "published": 0.96}
EXCERPTS19_FLOORS = {"headline_f1": 0.79, "meetings": 0.71, "chairs": 0.69, "officials": 0.92,
                     "pledges": 0.75, "counts": 0.35, "official_country": 0.89, "published": 0.90}
EXCERPTS20_FLOORS = {"headline_f1": 0.91, "meetings": 0.80, "chairs": 0.90, "officials": 0.94,
                     "pledges": 0.90, "counts": 0.8, "official_country": 0.90, "published": 0.92}

# excerpts21 and excerpts22 (2026-12-07, ninth session): text as it arrives after copy-paste or
# conversion (PDF line breaks, running heads, footnotes, two columns, tatweel and Persian letters,
# social posts and messaging channels, web furniture) and official documents (communiques, chairs'
# statements, speeches, press releases). Scored on arrival before any rule was written from them:
# 0.771 and 0.869; floors a little under what they score after the session (excerpts21 0.923:
# meetings 0.923, chairs 0.878, officials 0.957, pledges 0.917, counts 0.727, official_country
# 0.977, published 0.982; excerpts22 0.932: meetings 0.912, chairs 0.882, officials 0.964, pledges
# 0.967, counts 0.500, official_country 0.953, published 0.980).
EXCERPTS21_FLOORS = {"headline_f1": 0.89, "meetings": 0.88, "chairs": 0.84, "officials": 0.92,
                     "pledges": 0.88, "counts": 0.6, "official_country": 0.94, "published": 0.94}
EXCERPTS22_FLOORS = {"headline_f1": 0.90, "meetings": 0.87, "chairs": 0.84, "officials": 0.93,
                     "pledges": 0.93, "counts": 0.4, "official_country": 0.92, "published": 0.94}

# excerpts23 and excerpts24 (2026-12-07, tenth session): long articles (520-706 words) that recall
# earlier meetings with their chairs and pledges, and officials speaking for themselves (speeches,
# interviews, press-conference transcripts, op-eds: 'بلادي', 'ترأسنا', 'بصفتنا رئيسين مشاركين').
# Scored on arrival before any rule was written from them: 0.887 and 0.786; floors a little under
# what they score after the session (excerpts23 0.907: meetings 0.811, chairs 0.821, officials 0.972,
# pledges 0.912, counts 0.727, official_country 0.987, published 0.976; excerpts24 0.863: meetings
# 0.789, chairs 0.718, officials 0.981, pledges 0.871, counts 1.000 of one, official_country 0.974,
# published 1.000).
EXCERPTS23_FLOORS = {"headline_f1": 0.88, "meetings": 0.78, "chairs": 0.79, "officials": 0.94,
                     "pledges": 0.88, "counts": 0.6, "official_country": 0.95, "published": 0.94}
EXCERPTS24_FLOORS = {"headline_f1": 0.83, "meetings": 0.75, "chairs": 0.68, "officials": 0.95,
                     "pledges": 0.84, "counts": 0.5, "official_country": 0.94, "published": 0.96}

# excerpts25 and excerpts26 (2026-12-07, eleventh session): headlines, feeds and clippings (RSS items,
# search results, aggregator clusters, posts, newsletters, tickers; Arabic headline grammar) and Latin
# script and notation in Arabic copy ('May 14, 2015', '£160m', 'USD 100 million', 'بـEUR'). Scored on
# arrival before any rule was written from them: 0.857 and 0.765; floors a little under what they
# score after the session (excerpts25 0.961: meetings 0.954, chairs 0.937, officials 0.979, pledges
# 0.966, counts 0.909, official_country 0.964, published 0.945; excerpts26 0.879: meetings 0.712,
# chairs 0.720, officials 0.993, pledges 0.974, counts 0.800, official_country 1.000, published 0.976).
EXCERPTS25_FLOORS = {"headline_f1": 0.93, "meetings": 0.92, "chairs": 0.90, "officials": 0.95,
                     "pledges": 0.93, "counts": 0.8, "official_country": 0.93, "published": 0.91}
EXCERPTS26_FLOORS = {"headline_f1": 0.84, "meetings": 0.68, "chairs": 0.69, "officials": 0.96,
                     "pledges": 0.92, "counts": 0.6, "official_country": 0.97, "published": 0.94}
# excerpts27 (same session): stories told afterwards, the meeting recalled and its day worked out
# from the page's ('بعد ثلاثة أسابيع على المؤتمر', 'قبل عام من اليوم', 'في الثامن من الشهر الماضي'). Scored
# on arrival: 0.708 at the session's start; after it 0.799 (meetings 0.778, chairs 0.598, officials
# 0.991, pledges 0.812, counts 1.000 of one, official_country 0.953, published 0.981).
EXCERPTS27_FLOORS = {"headline_f1": 0.77, "meetings": 0.74, "chairs": 0.56, "officials": 0.96,
                     "pledges": 0.78, "counts": 0.5, "official_country": 0.92, "published": 0.94}

# excerpts28 to excerpts31 (2026-12-07, twelfth session): working groups and forums (chairs named as a
# group's co-chairs, by their officials' titles, handed over), translated wire and press-release copy,
# Egyptian and Maghrebi outlets with their spellings, and mixed pages (digests, newsletters, timelines,
# reviews, interviews). Scored on arrival at the session's start: 0.755, 0.890, 0.865, 0.751; floors a
# little under what they score after it (excerpts28 0.873: meetings 0.886, chairs 0.805, officials
# 0.966, no pledges, counts 1.000, official_country 1.000, published 0.955; excerpts29 0.944: meetings
# 0.952, chairs 0.915, officials 0.983, pledges 0.915, counts 1.000, official_country 0.983, published
# 1.000; excerpts30 0.882: meetings 0.892, chairs 0.800, officials 0.926, pledges 0.895, counts 0.857,
# official_country 0.993, published 1.000; excerpts31 0.888: meetings 0.768, chairs 0.862, officials
# 0.969, pledges 0.857, counts 0.429, official_country 0.959, published 0.889).
EXCERPTS28_FLOORS = {"headline_f1": 0.84, "meetings": 0.85, "chairs": 0.77, "officials": 0.93,
                     "pledges": 0.9, "counts": 0.8, "official_country": 0.96, "published": 0.92}
EXCERPTS29_FLOORS = {"headline_f1": 0.91, "meetings": 0.92, "chairs": 0.88, "officials": 0.95,
                     "pledges": 0.88, "counts": 0.75, "official_country": 0.95, "published": 0.96}
EXCERPTS30_FLOORS = {"headline_f1": 0.85, "meetings": 0.86, "chairs": 0.77, "officials": 0.89,
                     "pledges": 0.86, "counts": 0.66, "official_country": 0.96, "published": 0.96}
EXCERPTS31_FLOORS = {"headline_f1": 0.85, "meetings": 0.73, "chairs": 0.83, "officials": 0.94,
                     "pledges": 0.82, "counts": 0.28, "official_country": 0.92, "published": 0.85}


# excerpts32 to excerpts36 (2026-12-07, thirteenth session): Iraqi, Kurdish, Syrian and Lebanese outlets;
# Gulf agencies' protocol voice; pledges as real copy tells them; broadcast and live forms (bulletins,
# live blogs, tickers, transcripts); Africa as African and Arabic outlets of Africa tell it. Scored on
# arrival at the session's start: 0.935, 0.921, 0.941, 0.884, 0.938; floors a little under what they
# score after it (excerpts32 0.947: meetings 0.849, chairs 0.880, officials 0.977, pledges 1.000, counts
# 1.000, official_country 0.976, published 0.980; excerpts33 0.964: meetings 0.959, chairs 0.909,
# officials 0.971, pledges 1.000, counts 1.000, official_country 0.988, published 0.982; excerpts34
# 0.990: meetings 1.000, chairs 0.923, officials 0.993, pledges 0.993, counts 1.000, official_country
# 0.993, published 1.000; excerpts35 0.934: meetings 0.928, chairs 0.810, officials 1.000, pledges 1.000,
# counts 0.923, official_country 0.986, published 1.000; excerpts36 0.958: meetings 0.870, chairs 0.969,
# officials 0.987, pledges 0.914, counts 1.000, official_country 0.933, published 1.000).
EXCERPTS32_FLOORS = {"headline_f1": 0.92, "meetings": 0.81, "chairs": 0.84, "officials": 0.95,
                     "pledges": 0.97, "counts": 0.8, "official_country": 0.95, "published": 0.95}
EXCERPTS33_FLOORS = {"headline_f1": 0.94, "meetings": 0.93, "chairs": 0.87, "officials": 0.94,
                     "pledges": 0.97, "counts": 0.8, "official_country": 0.96, "published": 0.95}
EXCERPTS34_FLOORS = {"headline_f1": 0.96, "meetings": 0.97, "chairs": 0.88, "officials": 0.96,
                     "pledges": 0.96, "counts": 0.8, "official_country": 0.96, "published": 0.97}
EXCERPTS35_FLOORS = {"headline_f1": 0.91, "meetings": 0.89, "chairs": 0.77, "officials": 0.97,
                     "pledges": 0.97, "counts": 0.75, "official_country": 0.96, "published": 0.97}
EXCERPTS36_FLOORS = {"headline_f1": 0.93, "meetings": 0.81, "chairs": 0.93, "officials": 0.96,
                     "pledges": 0.87, "counts": 0.8, "official_country": 0.9, "published": 0.95}

# excerpts37 to excerpts40 (2026-12-07, fourteenth session): Yemen's outlets and the Gulf outlets that
# cover Yemen; backgrounders, timelines, Q&A and fact boxes; analysis and commentary pieces; recent
# national-agency copy. Scored on arrival: 0.934, 0.752, 0.830, 0.916; floors a little under what they
# score after it (excerpts37 0.947: meetings 0.986, chairs 0.977, officials 0.943, pledges 0.905, counts
# 1.000, official_country 0.992, published 1.000; excerpts38 0.847: meetings 0.804, chairs 0.818,
# officials 0.985, pledges 0.844, counts 0.762, official_country 1.000, published 0.960; excerpts39 0.871:
# meetings 0.812, chairs 0.753, officials 0.988, pledges 0.980, counts 0.286, official_country 0.982,
# published 0.980; excerpts40 0.940: meetings 0.985, chairs 0.885, officials 0.984, pledges 0.833, counts
# 1.000, official_country 1.000, published 1.000).
EXCERPTS37_FLOORS = {"headline_f1": 0.92, "meetings": 0.95, "chairs": 0.94, "officials": 0.9,
                     "pledges": 0.87, "counts": 0.8, "official_country": 0.96, "published": 0.97}
EXCERPTS38_FLOORS = {"headline_f1": 0.82, "meetings": 0.77, "chairs": 0.78, "officials": 0.95,
                     "pledges": 0.76, "counts": 0.72, "official_country": 0.96, "published": 0.92}
EXCERPTS39_FLOORS = {"headline_f1": 0.84, "meetings": 0.77, "chairs": 0.71, "officials": 0.95,
                     "pledges": 0.94, "counts": 0.2, "official_country": 0.94, "published": 0.94}
EXCERPTS40_FLOORS = {"headline_f1": 0.91, "meetings": 0.95, "chairs": 0.85, "officials": 0.95,
                     "pledges": 0.8, "counts": 0.8, "official_country": 0.96, "published": 0.97}

# excerpts41 to excerpts43 (2026-12-07, fifteenth session): Arab dailies' print editions; the Arabic services
# of international agencies and foreign broadcasters; regional bodies with rotating presidencies. Scored on
# arrival: 0.860, 0.873, 0.837; floors a little under what they score after it (excerpts41 0.921: meetings
# 0.963, chairs 0.824, officials 0.963, pledges 0.949, counts 0.667, official_country 0.960, published
# 1.000; excerpts42 0.889: meetings 0.973, chairs 0.485 (its gold counts co-hosts as chairs, ctkg does
# not), officials 0.989, pledges 0.957, counts 0.857, official_country 0.988, published 1.000; excerpts43
# 0.854: meetings 0.822, chairs 0.679, officials 0.951, no pledge (1.000: none read), counts 0.000,
# official_country 0.943, published 0.936).
EXCERPTS41_FLOORS = {"headline_f1": 0.89, "meetings": 0.93, "chairs": 0.79, "officials": 0.93,
                     "pledges": 0.91, "counts": 0.6, "official_country": 0.93, "published": 0.97}
EXCERPTS42_FLOORS = {"headline_f1": 0.84, "meetings": 0.94, "chairs": 0.45, "officials": 0.94,
                     "pledges": 0.88, "counts": 0.8, "official_country": 0.95, "published": 0.97}
EXCERPTS43_FLOORS = {"headline_f1": 0.82, "meetings": 0.79, "chairs": 0.64, "officials": 0.92,
                     "pledges": 0.97, "counts": 0.0, "official_country": 0.91, "published": 0.9}
# excerpts44 to excerpts46 (2026-12-07, sixteenth session): who chaired in wire and regional-paper copy; pledges
# as wire copy and regional papers say them; Arabic TV channels' websites. End figures (971de2c): headline 0.939,
# 0.941, 0.945; chairs 0.928, 0.979, 0.857; pledges 0.909, 0.875, 0.925.
EXCERPTS44_FLOORS = {"headline_f1": 0.91, "meetings": 0.93, "chairs": 0.9, "officials": 0.92,
                     "pledges": 0.88, "counts": 0.88, "official_country": 0.95, "published": 0.97}
EXCERPTS45_FLOORS = {"headline_f1": 0.91, "meetings": 0.88, "chairs": 0.95, "officials": 0.97,
                     "pledges": 0.84, "counts": 0.97, "official_country": 0.96, "published": 0.93}
EXCERPTS46_FLOORS = {"headline_f1": 0.92, "meetings": 0.9, "chairs": 0.82, "officials": 0.96,
                     "pledges": 0.89, "counts": 0.7, "official_country": 0.96, "published": 0.97}
# excerpts47 and excerpts48 (2026-12-07, seventeenth session): who chaired and who pledged in enumerating wire copy
# and regional papers; chairs and pledges told indirectly. End figures (930b03a): headline 0.883, 0.896; chairs
# 0.779, 0.871; pledges 0.868, 0.900.
EXCERPTS47_FLOORS = {"headline_f1": 0.86, "meetings": 0.84, "chairs": 0.75, "officials": 0.94,
                     "pledges": 0.84, "counts": 0.6, "official_country": 0.96, "published": 0.97}
EXCERPTS48_FLOORS = {"headline_f1": 0.87, "meetings": 0.84, "chairs": 0.84, "officials": 0.93,
                     "pledges": 0.87, "counts": 0.3, "official_country": 0.95, "published": 0.9}

# Each development set: the fewest articles it holds, and its floors. In excerpts2 to excerpts43 a
# report's meeting is read with the facts every report of it merged gives it.
SETS = [("outlets", 44, OUTLETS_FLOORS), ("wire", 76, WIRE_FLOORS), ("excerpts", 40, EXCERPTS_FLOORS),
        ("regional", 30, REGIONAL_FLOORS), ("excerpts2", 45, EXCERPTS2_FLOORS),
        ("excerpts3", 40, EXCERPTS3_FLOORS), ("excerpts4", 40, EXCERPTS4_FLOORS),
        ("excerpts5", 40, EXCERPTS5_FLOORS), ("excerpts6", 24, EXCERPTS6_FLOORS),
        ("excerpts7", 40, EXCERPTS7_FLOORS), ("excerpts8", 30, EXCERPTS8_FLOORS), ("excerpts9", 36, EXCERPTS9_FLOORS),
        ("excerpts10", 36, EXCERPTS10_FLOORS), ("excerpts11", 30, EXCERPTS11_FLOORS),
        ("excerpts12", 30, EXCERPTS12_FLOORS), ("excerpts13", 30, EXCERPTS13_FLOORS), ("excerpts14", 30, EXCERPTS14_FLOORS),
        ("excerpts15", 30, EXCERPTS15_FLOORS), ("excerpts16", 30, EXCERPTS16_FLOORS), ("excerpts17", 30, EXCERPTS17_FLOORS),
        ("excerpts18", 30, EXCERPTS18_FLOORS), ("excerpts19", 30, EXCERPTS19_FLOORS), ("excerpts20", 30, EXCERPTS20_FLOORS),
        ("excerpts21", 30, EXCERPTS21_FLOORS), ("excerpts22", 30, EXCERPTS22_FLOORS),
        ("excerpts23", 24, EXCERPTS23_FLOORS), ("excerpts24", 30, EXCERPTS24_FLOORS),
        ("excerpts25", 30, EXCERPTS25_FLOORS), ("excerpts26", 30, EXCERPTS26_FLOORS),
        ("excerpts27", 30, EXCERPTS27_FLOORS), ("excerpts28", 30, EXCERPTS28_FLOORS),
        ("excerpts29", 30, EXCERPTS29_FLOORS), ("excerpts30", 30, EXCERPTS30_FLOORS),
        ("excerpts31", 30, EXCERPTS31_FLOORS), ("excerpts32", 30, EXCERPTS32_FLOORS),
        ("excerpts33", 30, EXCERPTS33_FLOORS), ("excerpts34", 30, EXCERPTS34_FLOORS),
        ("excerpts35", 30, EXCERPTS35_FLOORS), ("excerpts36", 30, EXCERPTS36_FLOORS),
        ("excerpts37", 30, EXCERPTS37_FLOORS), ("excerpts38", 30, EXCERPTS38_FLOORS),
        ("excerpts39", 30, EXCERPTS39_FLOORS), ("excerpts40", 30, EXCERPTS40_FLOORS),
        ("excerpts41", 30, EXCERPTS41_FLOORS), ("excerpts42", 30, EXCERPTS42_FLOORS),
        ("excerpts43", 30, EXCERPTS43_FLOORS), ("excerpts44", 30, EXCERPTS44_FLOORS),
        ("excerpts45", 30, EXCERPTS45_FLOORS), ("excerpts46", 30, EXCERPTS46_FLOORS),
        ("excerpts47", 30, EXCERPTS47_FLOORS), ("excerpts48", 30, EXCERPTS48_FLOORS)]


@pytest.mark.parametrize(("folder", "least", "floors"), SETS, ids=[name for name, _, _ in SETS])
def test_development_set_does_not_regress(scorer, folder, least, floors):
    result = score(DATA / folder)
    assert result["articles"] >= least
    at_floors(result, floors)
