import pytest
from metadata_fixtures import read_as_pipeline as _read

from extract.metadata import find_committee, find_period, find_report_type, known_municipality, read_metadata


@pytest.mark.parametrize(
    ("title", "running", "pdf_title", "body", "filename", "municipality"),
    [
        (
            ["Uppföljning per maj 2024"],
            ["Alingsås kommun · Socialnämnden"],
            "",
            "",
            "rapport.pdf",
            "Alingsås",
        ),
        (["Ekonomisk lägesrapport"], [], "", "", "goteborg-asvo-2023-11.pdf", "Göteborg"),
        (["Månadsrapport"], ["Region Halland · Regionstyrelsen"], "", "", "x.pdf", "Region Halland"),
        (["Delårsrapport"], [], "Delårsrapport augusti – Borås Stad", "", "x.pdf", "Borås"),
        (["Verksamhetsberättelse 2024"], [], "", "för att nå lundabornas unga", "kfn.pdf", "Lund"),
        (
            ["Delårsrapport"],
            [],
            "",
            "Nämnden i Sundsvalls kommun redovisar ett underskott.",
            "bun.pdf",
            "Sundsvall",
        ),
        (["Månadsrapport"], [], "", "x " * 800 + "köpta platser från Göteborgs Stad", "sn.pdf", None),
        (["Månadsrapport november"], ["Vård- och omsorgsnämnden"], "", "inget namn här", "von.pdf", None),
    ],
)
def test_municipality_from_every_source(title, running, pdf_title, body, filename, municipality) -> None:  # type: ignore[no-untyped-def]
    meta = read_metadata(title, running, {"title": pdf_title}, body, filename)
    assert meta.municipality == municipality


@pytest.mark.parametrize(
    ("texts", "period"),
    [
        (["Uppföljning per maj 2024"], "2024-05"),
        (["Resultat januari–november 2023"], "2023-11"),
        (["Delårsrapport augusti 2025"], "2025-08"),
        (["Tertialrapport 1 2020"], "2020-04"),
        (["Verksamhetsberättelse 2024"], "2024"),
        (["Sammanträde 2024-10-22"], "2024-10"),
        (["Prognos 3 2015"], "2015"),
        # the plan's year, not the date it was adopted
        (["Verksamhetsplan med internbudget 2026", "Beslutad 2025-11-20"], "2026"),
    ],
)
def test_period(texts: list[str], period: str) -> None:
    assert find_period(texts, "x.pdf") == period


def test_a_years_plan_followed_up_takes_no_month_from_the_prose() -> None:
    body = "Nämndens helårsprognos i delårsrapporten per augusti avvek med 2 mnkr från utfallet."
    assert find_period(["Uppföljning av internkontrollplan 2025"], "x.pdf", body) == "2025"
    # contracts followed up over the whole year: the year, not its last month
    year = "Uppföljningen bygger på leverantörsreskontran för januari–december 2025."
    assert find_period(["Uppföljning av avtalstrohet 2025"], "x.pdf", year) == "2025"
    assert find_period(["Fördjupad månadsuppföljning 2025"], "x.pdf", body) == "2025-08"


def test_period_year_from_the_file_name_when_the_text_names_none() -> None:
    assert find_period(["Prognossäkerhet"], "malmo-stad-arsredovisning-2014.pdf") == "2014"


@pytest.mark.parametrize(
    ("text", "report_type"),
    [
        ("Månadsuppföljning maj 2024", "månadsuppföljning"),
        ("Uppföljning per april 2025", "månadsuppföljning"),
        ("Ekonomisk lägesrapport och prognos för november", "ekonomisk lägesrapport"),
        ("Delårsrapport per augusti", "delårsrapport"),
        ("Tertialrapport 1", "tertialrapport"),
        ("Årsredovisning 2023", "årsredovisning"),
        ("Verksamhetsberättelse 2024", "verksamhetsberättelse"),
        ("Översyn av taxor och avgifter för 2026", "taxor och avgifter"),
        ("Revidering av taxa för vatten och avlopp från 1 januari 2026", "taxor och avgifter"),
        ("Ny VA-taxa 2026", "taxor och avgifter"),
        ("Taxor och avgifter 2026 för kultur- och fritidsnämnden", "taxor och avgifter"),
        # the internal-control plan's follow-up itself, but not a budget follow-up that also reports on it
        ("Uppföljning av internkontrollplan 2025", "internkontroll"),
        ("Tertialrapport 2 2025 inklusive uppföljning av internkontrollplan", "tertialrapport"),
        ("Internkontroll och ekonomisk uppföljning per april", "månadsuppföljning"),
    ],
)
def test_report_type(text: str, report_type: str) -> None:
    assert find_report_type([text]) == report_type


def test_report_type_a_specific_name_beats_plain_uppfoljning_and_file_names_lack_diacritics() -> None:
    assert find_report_type(["Uppföljning och prognos", "malmo stad arsredovisning 2014"]) == "årsredovisning"


@pytest.mark.parametrize(
    ("text", "committee"),
    [
        ("Månadsrapport november 2024 för Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden"),
        (
            "Äldre samt vård- och omsorgsnämnden · Ekonomisk lägesrapport",
            "Äldre samt vård- och omsorgsnämnden",
        ),
        ("Alingsås kommun · Socialnämnden · Uppföljning", "Socialnämnden"),
        ("Underlag till Kommunstyrelsen", "Kommunstyrelsen"),
        ("Socialnämndens månadsuppföljning maj 2024", "Socialnämnden"),
        ("Barn- och utbildningsnämndens delårsrapport", "Barn- och utbildningsnämnden"),
        ("Månadsrapport för Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden"),
        ("Tekniska nämndens uppföljning", "Tekniska nämnden"),
        (
            "Nämndernas och styrelsens driftuppföljning. Kultur- och fritidsnämnden",
            "Kultur- och fritidsnämnden",
        ),
        ("Månadsuppföljning oktober 2025\nNämnden för Vård & Omsorg", "Nämnden för Vård & Omsorg"),
    ],
)
def test_committee(text: str, committee: str) -> None:
    assert find_committee([text]) == committee


def test_user_given_names_are_checked_against_the_list() -> None:
    assert known_municipality("lerum") == "Lerum"
    assert known_municipality("Region Skåne") == "Region Skåne"
    assert known_municipality("Atlantis") is None


# Openings of real reports from other municipalities and regions (shortened, wording kept), with a file
# name that says nothing unless the opening itself never names the answer.
OPENINGS = [
    (
        "hoor-manadsuppfoljning",
        ["1 (5)", "EKONOMIKONTORET", "MÅNADSUPPFÖLJNING APRIL 2011", "Dokumentnamn April"],
        "SAMMANFATTNING AV PROGNOS APRIL 2011 Övergripande April månads uppföljning pekar på en negativ "
        "avvikelse mot budget om 4,4 mnkr. Den negativa avvikelsen är hänförlig till Socialnämndens bedömda "
        "underskott. Nämnder/Styrelse Kommunstyrelsen prognostiserar ingen avvikelse mot tilldelad "
        "driftsbudget. Revisionen prognostiserar ingen avvikelse mot tilldelad driftsbudget. Socialnämnden "
        "prognostiserar en negativ avvikelse om 7,5 mnkr. Köpta platser SoL Psykiatri, prejudicerande "
        "kammarrättsdom innebär att Höörs kommun tar över betalningsansvar från andra kommuner för personer "
        "boende på privata vårdhem i Höörs kommun, -0,9 mnkr.",
        "rapport.pdf",
        ("Höör", "Kommunstyrelsen", "2011-04"),
    ),
    (
        "falkenberg-protokollsutdrag",
        [
            "Utdrag ur protokoll fört vid sammanträde med kommunstyrelsens arbetsutskott i Falkenberg",
            "Månadsuppföljning och prognos november 2014",
            "KS 2014-138",
        ],
        "Arbetsutskottet föreslår kommunstyrelsen besluta 1 Anteckna att månadsuppföljning har redovisats. "
        "Strategienheten har sammanställt nämndernas driftskostnadsuppföljning efter november och prognos "
        "för kommunens årsutfall 2014. Driftavvikelsen för 2014 är ett överskott om 19,3 mkr.",
        "rapport.pdf",
        ("Falkenberg", "Kommunstyrelsen", "2014-11"),
    ),
    (
        "avesta-manadsrapport",
        ["Månadsrapport", "Februari 2018"],
        "Innehållsförteckning Avesta Kommun Ekonomi Personal Resultaträkning Driftredovisning "
        "Kommunfullmäktige Kommunstyrelsen Omsorgsstyrelsen Bildningsstyrelsen Västmanland-Dalarna miljö- "
        "och byggnadsnämnd. AVESTA KOMMUN EKONOMI Driftredovisning Perioden Styrelserna Styrelsernas "
        "ekonomiska utfall, efter februari månad, visar ett underskott i förhållande till budget med 1,8 mkr. "
        "Kommunstyrelsen redovisar ett överskott med +5,9 mkr (+2,6), Omsorgsstyrelsen -1,4 mkr (+0,4).",
        "rapport.pdf",
        ("Avesta", "Kommunstyrelsen", "2018-02"),
    ),
    (
        "avesta-year-lost-in-the-text-layer",
        ["Månadsrapport Februari 218"],
        "Styrelsernas ekonomiska utfall, efter februari månad, visar ett underskott i förhållande till budget "
        "med 1,8 mkr. 22 hushåll mer i genomsnitt per månad har erhållit försörjningsstöd jämfört med 2.",
        "Manadsrapport-februari-2018.pdf",
        (None, "Kommunstyrelsen", "2018-02"),
    ),
    (
        "motala-prognos",
        [
            "Prognos 3 2015",
            "Motala kommun",
            "Innehållsförteckning",
            "Prognos 3 2015",
            "3",
            "Resultaträkning",
            "8",
            "Nämndernas och styrelsens driftuppföljning",
            "11",
            "Övriga nämnder",
            "12",
            "Kommunstyrelsen",
        ],
        "Nämnderna och styrelsen ska fyra gånger per år redovisa en ekonomisk uppföljning, med "
        "helårsprognos, till kommunstyrelsen. Uppföljningarna ska omfatta perioderna till och med februari, "
        "april, juni och september. Uppföljningen till och med juni sammanfaller med kommunens delårsrapport. "
        "Avseende delårsrapporten utgår prognoserna från redovisningen till och med juni månad medan utfallet "
        "som redovisas är till och med augusti. Budgeterat överskott år 2015 uppgår till 29,6 miljoner kronor.",
        "rapport.pdf",
        ("Motala", "Kommunstyrelsen", "2015"),
    ),
    (
        "malmo-arsredovisning-web-page",
        ["Prognossäkerhet"],
        "I samband med delårsrapporten för januari-augusti prognostiserades den totala budgetavvikelsen till "
        "+316 Mkr. Vid bokslutet uppgick den emellertid till +563 Mkr. Tabellen visar hur prognosavvikelsen "
        "fördelar sig mellan nämnderna. Servicenämnd673235 Kommunstyrelse966531 Grundskolenämnd10010",
        "malmo-stad-arsredovisning-2015-prognossakerhet.pdf",
        ("Malmö", "Kommunstyrelsen", "2015"),
    ),
    (
        "malmo-delarsrapport-web-page",
        ["Budgetutfall januari-augusti"],
        "För perioden januari–augusti redovisas ett överskott om +1 074 Mkr, vilket innebär en positiv "
        "avvikelse gentemot budget om +284 Mkr. Nämnderna har dock periodiserat en något större andel av "
        "sina kommunbidrag till årets första åtta månader.",
        "malmo-stad-delarsrapport-2016-jan-aug-budgetutfall.pdf",
        ("Malmö", "Kommunstyrelsen", "2016-08"),
    ),
    (
        "sollentuna-tjansteutlatande",
        [
            "Tjänsteutlåtande",
            "Utbildningskontoret",
            "2020-05-14 Cornelia Schroeder",
            "Lundberg Sidan 1 av 2",
            "Kontaktcenter 191 86 08-579 210 00 www.sollentuna.se",
            "Aniaraplatsen 2 Sollentuna Dnr 2020/1453 UN-1",
            "Diariekod: 103 Utbildningsnämnden",
            "Tertialrapport 1",
            "Förslag till beslut",
        ],
        "Utbildningskontoret föreslår att utbildningsnämnden beslutar följande: 1. Utbildningsnämnden "
        "godkänner tertialrapporten för april i enlighet med bilaga 1. Sammanfattning I april månads "
        "tertialrapport år 2020 prognostiserar utbildningsnämnden ett underskott om 15,1 miljoner kronor.",
        "rapport.pdf",
        ("Sollentuna", "Utbildningsnämnden", "2020-04"),
    ),
    (
        "upplands-vasby-no-year-anywhere",
        ["Månadsrapport november", "Social- och äldrenämnden"],
        "Det sammanlagda resultatet per den 30 november inom social- och äldrenämndens verksamhetsområden "
        "visar ett underskott mot budget med -13,0 mkr (oktobers resultat inom parantes, -12,5 mkr). "
        "Individ- och familjeomsorg -6,2 mkr (-6,0 mkr). Väsby stöd och omsorg +0,9 mkr (-0,1 mkr).",
        "rapport.pdf",
        ("Upplands Väsby", "Social- och äldrenämnden", None),
    ),
    (
        "flen-delarsrapport",
        ["Delårsrapport 2010"],
        "FLENS KOMMUN DELÅRSRAPPORT INNEHÅLLSFÖRTECKNING Förvaltningsberättelse Bilaga 1, Nämndernas "
        "redovisningar och prognoser Kommunfullmäktige Kommunstyrelse Teknisk nämnd Socialnämnd Barn- och "
        "utbildningsnämnd DELÅRSRAPPORT 2010 Delårsrapporten redogör för den ekonomiska utvecklingen sedan "
        "föregående räkenskapsårs utgång. Den omfattar perioden 1/1 31/8 och jämför det faktiska utfallet.",
        "rapport.pdf",
        ("Flen", "Kommunstyrelsen", "2010-08"),
    ),
    (
        "region-halland-tjansteskrivelse",
        [
            "TJÄNSTESKRIVELSE 1(3)",
            "Datum",
            "Diarienummer RS",
            "Avdelningen för styrning och uppföljning",
            "Regionstyrelsen",
            "Uppföljningsrapport , Region Halland",
        ],
        "Regionstyrelsen överlämnar Uppföljningsrapport till regionfullmäktige. Sammanfattning Regionen "
        "Hallands resultat efter sju månader uppgår till -151 mnkr, vilket är 178 mnkr sämre än den "
        "periodiserade budgeten. Resultatet för 2014 prognostiseras till -168 mnkr vid årets slut.",
        "rapport.pdf",
        ("Region Halland", "Regionstyrelsen", "2014-07"),
    ),
    (
        "region-halland-manadsrapport",
        [
            "Ekonomi",
            "Månadsrapport januari september 2017",
            "Diarienummer RS",
            "Region Halland: januari september 2017",
        ],
        "Sammanfattning Regionens ackumulerade resultat efter september uppgår till 139 mnkr, vilket är "
        "64 mnkr bättre än budgeten för motsvarande period. I bilaga 1 finns en beskrivning över respektive "
        "nämnds verksamhet och grunduppdrag.",
        "rapport.pdf",
        ("Region Halland", "Regionstyrelsen", "2017-09"),
    ),
    (
        "region-jamtland-harjedalen-meeting-page",
        ["Möte 2022-06-20", "Regionstyrelsen", "13:00 - 15:10 Digitalt sammanträde"],
        "Enligt reglemente för regionstyrelsen har preliminär föredragningslista skickats ut. En "
        "månadsrapport för maj 2022 har upprättats. Rapporten visar följande: Region Jämtland Härjedalens "
        "ackumulerade resultat till och med maj 2022 var positivt och uppgick till 49 miljoner kronor.",
        "rapport.pdf",
        ("Region Jämtland Härjedalen", "Regionstyrelsen", "2022-05"),
    ),
    (
        "garbled-first-page",
        ["s! : ; < = = = = A B C > = D A E D = < F C < G H < I J B K L M! K! N O 5 2 P 4 3 Q : O R S T U"],
        "Uppföljning Vård- och omsorgsnämnden Vård- och omsorgsnämnden sammanfattning till kommunstyrelsen "
        "för perioden januari - augusti samt prognos Totalt för nämnden 2013 Prognos Tusental kronor",
        "rapport.pdf",
        (None, "Vård- och omsorgsnämnden", "2013-08"),
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "filename", "expected"),
    [case[1:] for case in OPENINGS],
    ids=[case[0] for case in OPENINGS],
)
def test_openings_of_real_reports(  # type: ignore[no-untyped-def]
    title, body, filename, expected
) -> None:
    meta = _read(title, body, filename=filename)
    assert (meta.municipality, meta.committee, meta.period) == expected


@pytest.mark.parametrize(
    ("title", "body", "running", "pdf_meta", "committee"),
    [
        # the owner named in the genitive beats a cover page addressed to the council
        (
            ["Kommunfullmäktige", "Handling 2024 nr 62", "Stadsrevisionens årsredogörelse och"],
            "",
            (),
            {},
            "Stadsrevisionen",
        ),
        (
            ["Stadsrevisionen", "Årsredogörelse"],
            "",
            (),
            {"author": "Stadsrevisionen i Göteborgs Stad"},
            "Stadsrevisionen",
        ),
        (["Revisorskollegiets verksamhetsberättelse 2023"], "", (), {}, "Revisorskollegiet"),
        (["Revisionens årsrapport 2024"], "", (), {}, "Revisionen"),
        (
            ["Kommunfullmäktige", "Protokoll"],
            "Årsredovisning 2025 för Alingsås kommun godkänns.",
            (),
            {},
            "Kommunfullmäktige",
        ),
        # a kommunalförbund's board
        (
            ["Räddningstjänstförbundet Alingsås-Vårgårda", "Direktionen", "Budget 2027"],
            "",
            (),
            {},
            "Direktionen",
        ),
        # a whole-kommun report: several committees and no owner in the headings
        (
            ["Månadsrapport Februari 2018"],
            "Kommunfullmäktige Kommunstyrelsen Omsorgsstyrelsen Bildningsstyrelsen. Styrelsernas utfall.",
            (),
            {},
            "Kommunstyrelsen",
        ),
        (["Delårsrapport januari–augusti"], "Nämnderna redovisar ett överskott.", (), {}, "Kommunstyrelsen"),
        (
            ["Månadsrapport oktober 2025"],
            "Kommunens resultat uppgår till 12 mnkr.",
            (),
            {},
            "Kommunstyrelsen",
        ),
        # one committee in the text only
        (
            ["Månadsrapport oktober 2025"],
            "Socialnämnden prognostiserar ett underskott.",
            (),
            {},
            "Socialnämnden",
        ),
    ],
)
def test_committee_of_the_report(  # type: ignore[no-untyped-def]
    title, body, running, pdf_meta, committee
) -> None:
    meta = read_metadata(title, list(running), pdf_meta, "\n".join([*title, body]), "rapport.pdf")
    assert meta.committee == committee


def test_a_region_report_without_a_committee_is_the_regionstyrelsen_s() -> None:
    meta = _read(
        ["Region Halland", "Månadsrapport januari–september 2017"], "Regionens ackumulerade resultat."
    )
    assert (meta.municipality, meta.committee) == ("Region Halland", "Regionstyrelsen")


@pytest.mark.parametrize(
    ("title", "body", "municipality"),
    [
        (["Kontaktcenter www.sollentuna.se"], "", "Sollentuna"),
        (["Årsredogörelse", "goteborg.se"], "", "Göteborg"),
        (["Beslut"], "Sammanträde med kommunstyrelsens arbetsutskott i Falkenberg.", "Falkenberg"),
        (["Beslut"], "Socialnämnden i Falkenberg redovisar ett underskott.", "Falkenberg"),
        (["Beslut"], "Beslut i kommunfullmäktige i Falkenberg.", "Falkenberg"),
        (
            ["Månadsrapport"],
            "Region Jämtland Härjedalens ackumulerade resultat.",
            "Region Jämtland Härjedalen",
        ),
        (["Månadsrapport"], "Väsby stöd och omsorg +0,9 mkr.", "Upplands Väsby"),
        (["Månadsrapport"], "Alingsås kommuns styrmodell beskriver hur nämnderna följer upp.", "Alingsås"),
    ],
)
def test_municipality_from_addresses_places_and_short_names(
    title: list[str], body: str, municipality: str
) -> None:
    assert _read(title, body).municipality == municipality


@pytest.mark.parametrize(
    ("texts", "report_type"),
    [
        (["Mål och budget 2026", "med plan för 2027–2028"], "budget"),
        (["Budget 2027, ramar 2028–2029"], "budget"),
        (
            ["Ekonomisk uppföljning", "Budget 2026"],
            "uppföljning",
        ),  # a follow-up's table is headed "Budget 2026"
        (["Uppföljning av budget 2026 per april"], "uppföljning"),
    ],
)
def test_a_budget_is_a_title_that_opens_with_it_not_a_follow_up_of_it(
    texts: list[str], report_type: str
) -> None:
    assert find_report_type(texts) == report_type


def test_a_whole_kommun_budget_belongs_to_the_council() -> None:
    body = "Kommunstyrelsen 421,9 mnkr. Socialnämnden 1 147,1 mnkr. Omsorgsnämnden 1 713,8 mnkr. Byggnadsnämnden 43,3."
    assert find_committee(["Mål och budget 2026"], body, budget=True) == "Kommunfullmäktige"
    assert find_committee(["Mål och budget 2026"], body, budget=True, region=True) == "Regionfullmäktige"
    assert find_committee(["Delårsrapport 2026"], body) == "Kommunstyrelsen"


def test_a_state_agency_is_no_committee_and_a_kommunalforbund_is_its_direktions() -> None:
    body = (
        "Förbundet utövar tillsyn i Ystads, Simrishamns och Tomelilla kommuner. Inom livsmedelskontrollen har "
        "förbundet ansvar för primärproduktionen, som tidigare låg på länsstyrelsen. Årets resultat uppgår till 412 tkr."
    )
    assert find_committee(["Årsredovisning 2025"], body) is None
    assert find_committee(["Årsredovisning 2025"], body, union=True) == "Direktionen"
    assert find_committee(["Delårsrapport", "Socialnämnden"], body, union=True) == "Socialnämnden"


def test_the_committee_a_report_is_sent_to_is_not_its_owner() -> None:
    headings = [
        "TJÄNSTESKRIVELSE",
        "och överlämnar den till kommunstyrelsen. Ärendebeskrivning",
        "Tjänsteskrivelse Ekonomisk uppföljning per den 31 mars 2025 Bildningsnämnden",
    ]
    assert find_committee(headings) == "Bildningsnämnden"
    # the sender named only in the body's opening, the recipient in a heading
    headings = ["Ekonomisk uppföljning per maj 2026 Förslag till beslut", "den till kommunstyrelsen. Ärendet"]
    body = (
        "Samhällsbyggnadsnämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
        "kommunstyrelsen. Samhällsbyggnadsnämnden prognostiserar ett resultat som är 2 350 tkr sämre än budget."
    )
    assert find_committee(headings, body) == "Samhällsbyggnadsnämnden"
    assert (
        find_committee(["Underlag till Kommunstyrelsen"], "Uppföljningen visar ett underskott.")
        == "Kommunstyrelsen"
    )


def test_a_kommunalforbund_that_names_no_member_is_its_own_municipality() -> None:
    from extract.metadata import find_municipality

    title = ["Ekonomisk uppföljning januari–juni 2025 Södertörns brandförsvarsförbund"]
    assert find_municipality(title, "Förbundet prognostiserar ett resultat på 2,1 mnkr.", "x.pdf") == (
        "Södertörns brandförsvarsförbund"
    )

    named = ["Årsredovisning 2025\nGästrike Återvinnare – kommunalförbund för avfallshantering"]
    assert find_municipality(named, "Förbundets resultat blev 6,8 mnkr.", "x.pdf") == "Gästrike Återvinnare"

    # named only in the body: "Räddningstjänsten Syd är ett kommunalförbund som …"
    body = "Räddningstjänsten Syd är ett kommunalförbund som svarar för räddningstjänst i medlemskommunerna."
    assert find_municipality(["Årsredovisning 2025"], body, "x.pdf") == "Räddningstjänsten Syd"

    # "brand- och räddningsförbund": a name with an elided part
    title = ["Delårsrapport 2025 Mälardalens brand- och räddningsförbund"]
    assert find_municipality(title, "Förbundet redovisar ett överskott.", "x.pdf") == (
        "Mälardalens brand- och räddningsförbund"
    )
