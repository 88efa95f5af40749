#!/usr/bin/env python3
"""Write README.md from the static notes below, manifest.json and the gold files (counts stay in sync).

    python _tools/write_readme.py
"""
import json
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
OUT = TOOLS.parent

HEADER = """# excerpts13 — 30 Arabic multi-event texts with gold annotations

A development set for the extractor of meetings, chairs, officials and pledges. Every text reports
several things at once: roundups, a ministry's one-day digest, a coalition timeline, an explainer,
an interview, stories with dated background, a press conference, statements by several donors.
Gold follows `/work/shared/eval/SCHEMA.md`; organisation keys are those of `ORGS` in
`/work/shared/eval/score.py`.

## How it was made

1. Events were chosen from the brief's families (Global Coalition ministerials and its finance
   working group, GCTF, IMCTC, Arab interior ministers, Aqaba Process, Sahel and Lake Chad, donor
   conferences for Syria, Yemen, Sudan, Somalia, Lebanon, Afghanistan; Iraq appears through the
   Kuwait 2018 ministerial held within the Iraq reconstruction conference).
2. Every fact put in a text (date, place, chair or host wording, who spoke, amounts, counts,
   titles, quotes) was looked up in stored public pages with the `search` tool (corpus `pages`);
   the pages used are listed per event below. Wording of roles follows the sources: where they say
   *co-host* / *at the invitation of* / *organised by*, the text says استضاف / بدعوة من / نظّم and
   the gold has no chair; where they say *co-chaired* / *presided* / *headed by*, the text says
   ترأس / برئاسة and the gold has the chair.
3. The Arabic texts were written from scratch in the voice of an outlet type (agency wire, daily,
   broadcaster site, explainer page). Quotes are short renderings of quotes found in the sources;
   nothing was copied. Page noise (share bars, 'اقرأ أيضاً', tags, photo captions) was added to
   some texts.
4. Texts and gold live together in `_tools/data1.py`, `data2.py`, `data3.py`;
   `python3 _tools/make.py` writes every `NAME.txt` / `NAME.gold.json` and `_tools/manifest.json`;
   `python3 _tools/check.py` validates the set; `python3 _tools/write_readme.py` writes this file.

## Checker

`_tools/check.py` reads `ORGS` and `HONORIFICS` from score.py as a syntax tree (nothing is run)
and checks: text/gold pairs; exact key sets; ISO dates and end after start; ISO 3166-1 alpha-2
codes; `org:KEY` keys; ISO 4217 codes; positive amounts and participant counts; names without a
leading honorific and present in the text (after score.py's normalisation); `announced_by` among
the officials; duplicate officials or chairs; text length 80-450 words; and that weekday phrases
such as 'اليوم الثلاثاء' / 'أمس الأربعاء' agree with `published`. Last run: {check_line}.

## Counts

| texts | meetings | chairs | officials (speakers) | pledges | participant counts | texts with published null |
|---|---|---|---|---|---|---|
| {texts} | {meetings} | {chairs} | {officials} ({speakers}) | {pledges} | {counts} | {nopub} |

Meetings with `date: null`: {nodate}; virtual meetings (`country: null`): {virtual}; meetings with an
`end_date`: {ends}. Currencies in pledges: {currencies}.
"""

EVENTS = """
## Events and where they were checked

| event | facts checked | pages (search corpus `pages`) |
|---|---|---|
| Brussels I, Syria, 5 Apr 2017 | co-chairs EU, DE, KW, NO, QA, GB, UN; 70+ delegations; Gabriel €1.169 bn; Mogherini €560 m for 2018; ~$6 bn total; $8 bn appeals; Guterres and Hariri spoke | eeas.europa.eu (Japan delegation notice; HQ press release), voltairenet.org (co-chairs' declaration), albawaba.com (Gabriel, Mogherini), eng-archive.aawsat.com (Hariri, Guterres) |
| Yemen pledging event, Geneva, 25 Apr 2017 | UN auspices with Sweden and Switzerland; Guterres opened; SA $150 m (Al-Rabeeah); KW and AE $100 m; US $94 m; DE €50 m; $1.1 bn of $2.1 bn | eng-archive.aawsat.com, saudigazette.com.sa/article/177308, app.com.pk |
| Coalition ministerial, Marrakech, 11 May 2022 | joint invitation of Bourita and Blinken; Nuland for Blinken (Covid); Lempert; 80+ delegations, 13 African; joint press conference; $700 m goal; 84 members; AFG co-chairs and first three AFG meetings | urdupoint.com, thenationalnews.com, kachaf.com, cap24.ma, apanews.net, anbaetv.ma, ksaplayers.com, alalam.ir, promotemoroccoinir (communiqué) |
| Coalition ministerials 2014-2023 (timeline) | Brussels 3 Dec 2014 chaired by Kerry, NATO only the venue, 60 partners, Abadi and Allen addressed; Rome 2 Feb 2016 co-chaired Gentiloni/Kerry, 23 states + EU; Washington 22 Mar 2017 hosted by Tillerson, first full meeting since 2014; Kuwait 13 Feb 2018 within the Iraq conference, 75; Washington 6 Feb 2019 Pompeo opening remarks, Al-Hakim spoke; Washington 14 Nov 2019 small group, Pompeo, Stoltenberg, 31 partners; virtual 4 Jun 2020 at the invitation of Di Maio and Pompeo, Kadhimi addressed; Rome 28 Jun 2021 co-chaired; Riyadh 8 Jun 2023, 85 then 86 members | reuters.com and straitstimes.com (2014), megalodon.jp copy of state.gov 2014 statement, adnkronos.com, ansamed.info, 2009-2017.state.gov (Rome remarks), time.com, blogs.state.gov (2017), seed KUNA text (Kuwait), state.gov and globebanner.com (2019), globalsecurity.org and dinpresse.net (Nov 2019), theglobalcoalition.org (2020 and Riyadh communiqués), agenparl.eu, lapresse.it, english.aawsat.com |
| Jeddah meeting, 11 Sep 2014 | hosted by Saudi Arabia; GCC, Egypt, Iraq, Jordan, Lebanon, Turkey, Kerry; Saud Al-Faisal press conference quote | tiue.org (DW Arabic), majalla.com, mapress.net, amay1.sarmady.net, tasnimnews.com |
| Counter ISIS Finance Group | inaugural Rome 19-20 Mar 2015 co-led IT/SA/US, 26 countries; 3rd Washington 6-7 Oct 2015 (= 23-24 Dhu al-Hijja 1436), opened by Sarah Bloom Raskin; 11th Manama 16-17 Apr 2019; 18th Riyadh 7 Jun 2023, 40+ members and observers | imperialvalleynews.com, reuters.com (2015), sauress.com (Al-Bilad), home.treasury.gov sm674 and jy1549 |
| Riyadh ministerial, 8 Jun 2023 | Blinken: Stabilization Pledge Drive goal just over $601 m, US $148.7 m; Togo 86th member | sy.usembassy.gov (Blinken remarks), theglobalcoalition.org communiqué, albawaba.com |
| Yemen conference, Geneva, 26 Feb 2019 | co-hosted with Sweden and Switzerland; Guterres opened (24 m people); SA $500 m (Al-Rabeeah), AE $500 m (Al Hashimy), KW $250 m; 40 pledges, $2.6 bn, +30 %; $4 bn plan; joint $500 m in November; $930 m the year before; Sommaruga at the opening: CHF 13.5 m plus CHF 1 m for the envoy Griffiths | thearabweekly.com, ksaplayers.com, thenewhumanitarian.org, scoopempire.com, gulfnews.com, swissinfo.ch |
| Yemen conference, Geneva, 3 Apr 2018 | co-chaired UN, Sweden, Switzerland; $2.01 bn from 40; AE and SA $500 m each (Al Hashimy, Al-Rabeeah); KW $250 m; UK $239.7 m; EU €107.5 m; US ~$87 m; $930 m given before; Staal quote | zajelnews.net, kff.org (Al Jazeera, Devex quotes), khaleejtimes.com |
| Yemen pledging event 2020, virtual, 2 Jun 2020 | headed by Saudi Arabia with the UN; SA $500 m; Al-Ouj statement; $2.4 bn sought; Lowcock $700 m received; Grande $1.6 bn | spa.gov.sa, urdupoint.com, upi.com, kff.org |
| Paris conference for Lebanon, 24 Oct 2024 | organised by France; Macron opened, France €100 m; Mikati; Guterres by video; Germany €96 m per Baerbock; US ~$300 m; Barrot press conference; $800 m + $200 m; 70 delegations + 15 organisations | wam.ae, today.lorientlejour.com, english.ahram.org.eg, saphirnews.com |
| Lebanon video conferences, 9 Aug and 2 Dec 2020 | co-chaired by Macron and Guterres, by video | masress.com (Masrawy), beirut-news.com, elnashra.com |
| Brussels V, Syria, 30 Mar 2021 (virtual) | co-chaired EU/UN; 50+ states, 30 organisations; Maas €1.738 bn; Thomas-Greenfield $596 m; Commission €1.12 bn within €3.7 bn; $6.4 bn / $4.4 bn; $10 bn sought | euportal.si, youngbhartiya.com, syrian-today.net, akhbaralaan.net, elnashra.com |
| GCTF coordinating committee, Cairo, 4 May 2023; GCTF launch, New York, 22 Sep 2011 | co-chairs Egypt and EU; Shoukry and Fries opened; Chakouri for the outgoing presidency; 150+ officials from 30+ countries; handover from Morocco; launch co-chaired by Clinton and Davutoglu, 30 founding members | thegctf.org, ieu-monitoring.com, aldiplomasy.com, english.ahram.org.eg, state.gov (2011 co-chairs' summary) |
| GCTF 25th coordinating committee, Doha, 22 Oct 2025; experts meeting, Kuwait, 15-16 Oct 2025; workshop, Nairobi, 30 May 2025 | Al-Mashaan speech for the East Africa working group (Kuwait-Kenya co-chairs since early 2024); 49 representatives of 27 states and organisations | alanba.com.kw (1328491, 1329347), shorouknews.com |
| IMCTC defence ministers, Riyadh, 26 Nov 2017 and 2nd council (Saturday 3 Feb 2024) | MBS opened 2017, slogan, 41 members, Al-Saleh and Raheel Sharif statements, sideline meetings (names and titles); 2024 chaired and opened by Khalid bin Salman, slogan, quote; chiefs of staff March 2016 | newsupdatetimes.com, argaam.com, almowaten.net, alwatan.com.sa, egkw.com, saudianas.com, ksaplayers.com, fourals.com |
| Aqaba Process, The Hague, 5 Nov 2018 | co-chaired Jordan/Netherlands; sideline meetings; delegation; second host after Albania (June 2018) | rhc.jo, albawaba.com, almashareq.com |
| Aqaba Process, Rome, 15 Oct 2025; Cordoba, 20 Jun 2023 | Rome co-chaired King Abdullah / Meloni, organised jointly, 2nd West Africa round, 30+ delegations, leaders present, sideline meetings; Cordoba co-chaired with King Felipe | jordandaily.net, agi.it, radiom24.pt, open.online, thenationalnews.com |
| Sahel conference, Brussels, 23 Feb 2018; G5 summit Niamey, 6 Feb 2018 | co-chaired EU, UN, AU, G5 Sahel under the aegis of Issoufou, Faki, Guterres, Juncker; €414 m; EU +€50 m to €100 m (Juncker); EU + members €176 m; presidents at the King's lunch; Niamey summit | europeansources.info, eeas.europa.eu, auvio.rtbf.be, europa.eu (co-chairs' communiqué), diplomatmagazine.eu, federicamogherini.net |
| London Somalia Conference, 11 May 2017; first conference, 23 Feb 2012 | co-chairs UK, Somalia, UN, AU; 42 partners; speakers; Farmajo led delegation with FM Yusuf Garad; 2012 at Lancaster House | reliefweb.int (communiqué), gov.uk, caasimada.net, warsheekh/somalitalk (2012 communiqué) |
| Sudan conference, Paris, 15 Apr 2024; Geneva pledging event, 19 Jun 2023 | organised by FR, DE, EU; 58 states; EU €350 m, FR €110 m, DE €244 m, US $147 m, UK $110 m; Baerbock famine warning; Séjourné, Borrell, Lenarčič; Khereiji–Perriello; Geneva organisers, ~$1.5 bn | sudantribune.com, dw.com, nan.media, unocha.org, kas.de, fanabc.com |
| London Sudan Conference, 15 Apr 2025 | co-hosted UK, AU, EU, FR, DE; Lammy opening remarks, £120 m; 20 countries and organisations; EU + members €522 m; £813 m total; Baerbock and Adeoye quotes; Mudavadi (Prime Cabinet Secretary) | independent.co.uk, allafrica.com, irishtimes.com, daytondailynews.com, trtworld.com |
| Afghanistan Conference, Geneva, 23-24 Nov 2020 | co-organised AF, FI, UN; morning session chaired by Haavisto, Atmar, Lyons; Skinnari $3 bn / $12 bn; EU €1.2 bn (Urpilainen); DE €430 m; UK $227 m a year; Ghani by video; 66 states + 32 organisations | actfordev.org, um.fi, startribune.com, taipeitimes.com, deutschlandfunk.de, euobserver.com, republicworld.com, afghanistantimes.af |
| Afghanistan pledging event, virtual, 31 Mar 2022 | co-hosts/chairs OCHA, DE, QA, UK, convened by Guterres; 38 ministers; 115 countries, organisations and IFIs; 41 donors, $2.44 bn (Msuya); UK £286 m, Truss speech; DE €200 m; China $200 m | government-world.com (chairs' statement), reliefweb.int (BAAG), unocha.org, lokmattimes.com, thekabultimes.com |
| Kuwait III, Syria, 31 Mar 2015; Kuwait I 30 Jan 2013; Kuwait II 15 Jan 2014 | Ban chaired; Emir opened, $500 m; Power $507 m; EU ~$1.2 bn; AE $100 m; SA $60 m; 78 countries, 40 organisations, 100+ NGOs; Al-Maatouq; Ban's closing (1.5 and 2.4 bn); dates of I and II | unocha.org, twocircles.net, masress.com, lfwp.net (DW), timeskuwait.com, palestinetoday.net (30 Jan), dailystar.com.lb (15 Jan 2014) |
| London Syria conference, 4 Feb 2016 | co-hosts UK, DE, KW, NO, UN; pledges UK £1.2 bn, DE €2.3 bn, US ~$890 m, NO $1.17 bn, IT $400 m, JP $350 m, AE $137 m, SA $100 m (finance minister), DK $100 m; Ban, King Abdullah, Davutoglu, Merkel remarks; 60+ countries | europeansources.info, wfdd.org (NPR list), newsweekme.com, yerepouni-news.com, lidtime.com, celebcafe.org |
| Coalition ministerial, Rome, 28 Jun 2021 | co-chaired Di Maio/Blinken at Fiera di Roma; first in person since 6 Feb 2019; Stoltenberg, Borrell, African observers; quotes; small Syria meeting chaired by Blinken; US $436 m incl. ~$99 m Covid; press conference; 83 members | urdupoint.com, pledgetimes.com, agenparl.eu, exbulletin.com, missoulian.com, beirut-news.com, alwatannews.net |
| Lake Chad conference, Berlin, 3-4 Sep 2018; Oslo, 24 Feb 2017 | organised by DE, NG, NO, UN; $2.17 bn + $467 m loans; Maas opened; 70+ delegations; pledge list; Lowcock; Oslo co-hosted, $672 m from 14 donors; at Oslo's opening Brende announced up to NOK 1.6 bn over three years and Gabriel €120 m | undp.org, auswaertiges-amt.de, today.ng, worldwidenews.ca, dw.com, norway.no, fscluster.org, vectornews.eu (AP), newsinenglish.no, oslo.diplo.de |
| Brussels IX, 17 Mar 2025; Brussels VIII, 27 May 2024 | chaired by Kallas; von der Leyen opened, ~€2.5 bn for 2025-26; Baerbock €300 m before the start; UK up to £160 m; Shaibani first time; US rep Franceschi $18.3 bn; €5.8 bn (4.2 grants, 1.6 loans); VIII €7.5 bn | devdiscourse.com, wftv.com (AP), english.enabbaladi.net, messengermediaonline.com, informationstreamer.com, divancentre.org, cccv.info, agensir.it |
| CEDRE, Paris, 6 Apr 2018 | Le Drian opened and chaired session 1, France €550 m; Le Maire chaired session 2; Macron closed, 11 bn+; Hariri; WB $4 bn; SA $1 bn credit line; QA $500 m; Maitha Al Shamsi led UAE delegation; ~40 countries and 20 organisations | thenationalnews.com, ksaplayers.com, europe1.fr, gwendal-rouillard.fr, imlebanon.org (Télé Liban), pressreader (The National) |
| Council of Arab Interior Ministers, 40th session, Tunis, 1 Mar 2023 | Palestine (Hab Al-Rih) took the chair from Oman (Al-Busaidi, 39th); Charfeddine opened for Saied; Abdulaziz bin Saud (honorary president) and Aboul Gheit spoke; participants; Koman's report | assabahnews.tn, chounarabiya.com, khbrpress.ps, pnn.ps, maannews.net, infirad.net |

Facts that could not be confirmed were left out rather than guessed: the Hijri dates of events
other than two (the CIFG meeting's 23-24 Dhu al-Hijja 1436 is printed in a source; 18/19 Dhu
al-Qa'da 1444 for 7/8 June 2023 follows from the published pair 19 Dhu al-Qa'da = 8 June); names
of the Kuwaiti and Qatari officials at Brussels I and the Afghanistan 2022 event; the precise day
of the Tirana Aqaba meeting (June 2018), the Paris small-group meeting (June 2015), the Paris Iraq
conference ('after some days') and the Kuwait GCTF workshop (October 2024), which the texts
therefore give without a day; Kuwait's and several other donors' pledges at London 2016, Qatar's
amount at the 2022 Afghanistan event, the UK's amount at Brussels V. Where sources disagree the
text follows the official figure (Berlin: $2.17 bn, not the $2.52 bn of one wire; US at the 2022
Afghanistan event: left out because sources give $204 m and $512 m). No verified pledge in
riyals, dinars or yen turned up for these events, so pledges use USD, EUR, GBP, CAD, CHF and NOK
only; the Gulf donors' pledges are reported in dollars as the sources give them. Whether Bourita and Nuland
addressed the Marrakech plenary was not confirmed, so the text reports their words at the press
conference only.
"""

JUDGEMENT = """
## Judgement calls where SCHEMA.md leaves room

- **Host and convener wording is not a chair.** استضاف، شارك في استضافة، نظّم، بدعوة (مشتركة) من،
  برعاية، تحت إشراف، بالشراكة مع give no chair even when other sources call the same party a
  co-chair (Marrakech 2022, Washington 2019, virtual 2020, London 2016, Paris 2024, Berlin 2018,
  Oslo 2017, Geneva 2017/2019 'برعاية'). A chair of a session (Geneva 2020 morning session, CEDRE
  sessions) is taken as chair of the meeting. 'تسلّم رئاسة الدورة' is chairing; the predecessor it
  is taken from is not. 'ترأس وفد' is never chairing. 'افتتح' alone is speaking, not chairing
  (IMCTC 2017).
- **Chairs named by office or person** are coded as the state or organisation they act for: the
  UN Secretary-General → `org:UN`, an OCHA office → `org:UN`, the EU High Representative →
  `org:EU`, kings and prime ministers → their states.
- **Two roles at once** (president of Niger and rotating chair of the G5 Sahel; Saudi interior
  minister and honorary president of the Arab interior ministers' council): official country
  `null`, as SCHEMA.md asks. A single national title that also makes the person chair of a
  council (Khalid bin Salman) is written in the text with the national title only.
- **Speaker** is true only where the text places the words in the meeting (افتتح، كلمته، أمام
  المؤتمر، خاطب، أعلن خلال/في المؤتمر، الجلسة الختامية). Press conferences, statements 'للصحافيين',
  'في بيان', announcements 'قبيل المؤتمر' or 'عشية المؤتمر', sideline talks and a plain 'قال'
  without a venue are false. A pledge announced before the meeting still counts as a pledge, with
  the announcer named and speaker false.
- **Pledges** exclude conference totals, targets and appeals, money already given ('سبق أن
  قدمت/قدمنا'), sums over several donors (EU and member states 'مجتمعين', a joint Saudi-Emirati
  amount), sub-amounts inside a pledge (US $99 m within $436 m) and a new running total after a
  top-up (EU Sahel: the pledge is the new €50 m, not the €100 m total). 'نحو/أكثر من/ما يصل إلى X'
  gives X. Multi-year or annual amounts are recorded as stated. A credit line that is renewed
  ('جددت') is a pledge. Only donors with an ISO code or an ORGS key appear in the texts with
  amounts; development banks without a key are mentioned only as totals.
- **Participant counts**: exact 'N دولة ومنظمة' / 'N شريكاً' / 'N من أصدقاء وشركاء' / 'N دولة
  ومنظمة ومؤسسة مالية' give N; lower bounds, delegates and representatives, delegations plus
  organisations that must be added, donors ('تعهدات من 40 دولة ومنظمة'), and a number of states
  accompanied by an uncounted set of organisations (Paris 2024: 58 states 'إلى جانب' others)
  give null. Membership figures never count.
- **Meetings listed**: every meeting the text reports as held or set for a date with a
  determinable day, including background meetings, a future meeting ('بعد غد الخميس'), a
  working-group meeting and a workshop (Nairobi, 30 May 2025). Meetings with only a month or year
  (June 2015, March 2016, October 2024, 'بعد أيام') are left out. The meeting an excerpt reports
  is kept with `date: null` when there is no dateline (m12, m16). Two meetings on the same day and
  place with different chairs are both listed (Rome 2021 plenary and the small Syria meeting).
- **Virtual meetings** have `country: null` (Brussels V, Lebanon 2020, Afghanistan 2022, Yemen
  2020, Coalition 2020); a hybrid meeting held at the Palais des Nations keeps its country.
- **Yearless datelines** ('23 - 10 (كونا)', 'الدوحة في 31 مارس /قنا/', 'لاهاي 5 تشرين الثاني
  (بترا)', 'باريس في 6 أبريل / وام /', '31 - 3 (كونا)') are resolved with the weekday in the text
  and the events the text itself dates or describes; the checker verifies each weekday.
- **convened_by / part_of** (not scored) are given for coalition, working-group, GCTF, IMCTC,
  Aqaba and AIMC meetings and left null for donor conferences organised by states.
- **Positions** keep institution adjectives and drop person-nationality adjectives; titles are
  written as in the text.
"""


def main():
    manifest = json.loads((TOOLS / "manifest.json").read_text(encoding="utf-8"))
    golds = {m["name"]: json.loads((OUT / f"{m['name']}.gold.json").read_text(encoding="utf-8"))
             for m in manifest}
    allm = [mt for g in golds.values() for mt in g["meetings"]]
    stats = dict(
        texts=len(golds), meetings=len(allm), chairs=sum(len(m["chairs"]) for m in allm),
        officials=sum(len(g["officials"]) for g in golds.values()),
        speakers=sum(o["speaker"] for g in golds.values() for o in g["officials"]),
        pledges=sum(len(g["pledges"]) for g in golds.values()),
        counts=sum(m["participant_count"] is not None for m in allm),
        nopub=sum(g["published"] is None for g in golds.values()),
        nodate=sum(m["date"] is None for m in allm),
        virtual=sum(m["country"] is None for m in allm),
        ends=sum(m["end_date"] is not None for m in allm),
        currencies=", ".join(sorted({p["currency"] for g in golds.values() for p in g["pledges"]})),
    )
    check_line = (TOOLS / "last_check.txt").read_text(encoding="utf-8").strip().replace("\n", "; ") \
        if (TOOLS / "last_check.txt").exists() else "not run"
    parts = [HEADER.format(check_line=check_line, **stats), EVENTS]
    rows = ["\n## Files\n",
            "| file | style | event(s) | what is tricky | M | C | O | P |",
            "|---|---|---|---|---|---|---|---|"]
    for m in manifest:
        g = golds[m["name"]]
        rows.append(f"| `{m['name']}` | {m['style']} | {m['event']} | {m['tricky']} | "
                    f"{len(g['meetings'])} | {sum(len(x['chairs']) for x in g['meetings'])} | "
                    f"{len(g['officials'])} | {len(g['pledges'])} |")
    rows.append("\nM meetings, C chairs, O officials, P pledges.\n")
    parts.append("\n".join(rows))
    parts.append(JUDGEMENT)
    (OUT / "README.md").write_text("\n".join(parts), encoding="utf-8")
    print("wrote README.md")


if __name__ == "__main__":
    main()
