import pytest

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
    ],
)
def test_period(texts: list[str], period: str) -> None:
    assert find_period(texts, "x.pdf") == period


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
    ],
)
def test_committee(text: str, committee: str) -> None:
    assert find_committee([text]) == committee


def test_user_given_names_are_checked_against_the_list() -> None:
    assert known_municipality("lerum") == "Lerum"
    assert known_municipality("Region Skåne") == "Region Skåne"
    assert known_municipality("Atlantis") is None
