"""How the bodies that are no kommun or region name themselves on a title page or in their text: kommunalförbund,
joint committees, councils of kommuner, rescue services and companies the kommuner own (used by extract.metadata)."""

from __future__ import annotations

import re

NAME_LINE = 60  # characters: a title line or a name, not a sentence
REPORT_VERB = r"(?:redovisar|prognostiserar|visar|beräknar|bedömer)\b"
# two or more capitalised words, no more, opening a line (Swedish titles capitalise only the first word),
PROPER_NAME_LINE = re.compile(
    # "Arkivcentrum Örebro län": a county's "län" may end the name
    # "Miljösamverkan östra Skaraborg": a direction in lower case before a place
    r"(?:^|\n)[ \t]*(?!Region\b)(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:[ \t]+(?:(?:östra|västra|norra|södra)[ \t]+)?"
    r"[A-ZÅÄÖ][\wåäö-]+)+(?:[ \t]+län)?|"
    r"[A-ZÅÄÖ][\wåäö]+(?:regionen|rådet))"
    r"(?=[ \t]*(?:,|–|\n|$))"
)  # or one word naming a region or a council of kommuner: "Göteborgsregionen – …", "Hälsingerådet – Utvecklingskontoret"
# a kommunalförbund by its name: "Södertörns brandförsvarsförbund", "Räddningstjänstförbundet Kinne–Kålland",
# "Gästrike Återvinnare – kommunalförbund för avfallshantering", "Brandkåren Norra Dalarna, kommunalförbund för …"
UNION_LINE = re.compile(
    r"(?:^|\n)\s*(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:[ \t]+[A-ZÅÄÖ][\wåäö-]+)*)(?:[ \t]+[–—-]|,)[ \t]+(?:ett[ \t]+)?"
    r"kommunalförbund\b"
)
# a union that names itself so: "Vafab Miljö Kommunalförbund", "Fyrbodals kommunalförbund"
NAMED_UNION = re.compile(
    r"\b(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:[ \t]+[A-ZÅÄÖ][\wåäö-]+)*[ \t]+Kommunalförbund|[A-ZÅÄÖ][\wåäö-]+s[ \t]+kommunalförbund)\b"
)
UNION = re.compile(  # a direction before the name: "Västra Mälardalens Myndighetsförbund", "Sydöstra Skånes …"
    # two places joined by a hyphen: "Västmanland-Dalarna miljö- och byggförbund"
    r"\b[A-ZÅÄÖ][\wåäö]+(?:-[A-ZÅÄÖ][\wåäö]+)+[ \t]+[\wåäö]+-[ \t]+och[ \t]+[\wåäö]*förbund\b|"
    r"\b(?:(?:Västra|Östra|Norra|Södra|Mellersta|Nedre|Övre|Sydöstra|Sydvästra|Nordöstra|Nordvästra)[ \t]+)?(?:[A-ZÅÄÖ][\wåäö]+–)?[A-ZÅÄÖ][\wåäö-]+s\s+(?:[\wåäö]+-\s+och\s+)?[\wåäö-]*förbund\b|"
    r"\b[A-ZÅÄÖ][\wåäö-]+[ \t]+[a-zåäö]+s[ \t]+[a-zåäö]+förbund\b|"  # a place of two words: "Göta älvs vattenvårdsförbund"
    # a union's name that runs on in lower case to the end of its line: "Kommunalförbundet Sjukvård och omsorg i Norrtälje"
    r"\bKommunalförbundet[ \t]+[A-ZÅÄÖ][\wåäö-]*(?:[ \t]+[\wåäö][\wåäö-]*){0,5}(?=[ \t]*(?:\n|$|[–—,(]))|"
    # not the bare word: "Kommunalförbundet är regional kollektivtrafikmyndighet …"
    r"\b(?!Kommunalförbundet\b(?![ \t]+[A-ZÅÄÖ]))[A-ZÅÄÖ][\wåäö]+förbundet([ \t]+[A-ZÅÄÖ][\wåäö–-]+)*"
    # "Samordningsförbundet RAR i Sörmland", "Samordningsförbundet i Jämtlands län": the area it serves, to the end
    # of the line
    r"(?:[ \t]+i[ \t]+[A-ZÅÄÖ][\wåäö-]+(?:[ \t]+län)?(?=[ \t]*(?:\n|$)))?"
    r"(?:[ \t]+(?:län|stad)\b)?"  # "Samordningsförbundet Stockholms stad"
    rf"|{UNION_LINE.pattern}"
)


RESCUE_SERVICE = re.compile(
    r"\bRäddningstjänsten(?:[ \t]+[A-ZÅÄÖ][\wåäö–-]+)+|\b[A-ZÅÄÖ][\wåäö-]+s[ \t]+[Rr]äddningstjänst\b"
    # a title line of its own: a name in the genitive and what it runs, "Västerbergslagens utbildningscentrum (VBU)"
    # (not a heading on the body's own affairs: "Förbundets ekonomi", "Årets resultat")
    r"|(?:^|\n)[ \t]*(?!(?:Förbundets|Nämndens|Kommunens|Styrelsens|Direktionens|Verksamhetens|Årets|Periodens)\b)"
    # "Norrbottens läns kollektivtrafikmyndighet": a county's name before what it runs
    r"[A-ZÅÄÖ][\wåäö-]+s(?:[ \t]+läns)?[ \t]+[a-zåäö][\wåäö-]+(?=[ \t]*(?:\([A-ZÅÄÖ]{2,6}\))?[ \t]*(?:\n|$))"
)
# the text speaking of itself as the union: "Förbundets resultat för perioden …"
OPENS_AS_UNION = re.compile(r"(?:^|[.!?:]\s+|\n)(?:Förbundet|Förbundets)\b")
CALLS_ITSELF_UNION = re.compile(r"\b(?:[Ff]örbundet|[Ff]örbundets|[Kk]ommunalförbund)\b")
UNION_SAID = re.compile(
    # or another joint body of kommuner: "Mälardalsrådet är en ideell förening där kommuner och regioner …"
    r"(?P<name>\b[A-ZÅÄÖ][\wåäö-]+(?:[ \t]+[A-ZÅÄÖ][\wåäö-]+){0,3})\s+är\s+(?:ett\s+kommunalförbund|"
    r"en\s+ideell\s+förening|ett\s+kommunförbund|ett\s+samverkansorgan)\b|"
    # a joint committee of several kommuner is a body of its own: "X är en gemensam nämnd för …"
    r"(?P<joint>\b[A-ZÅÄÖ][\wåäö-]+(?:[ \t]+[\wåäö-]+){0,5})\s+är\s+en\s+gemensam\s+nämnd\b"
)
# "Södertörns överförmyndarnämnd", "Bergslagens miljö- och byggnämnd" alone on a title line
# or the nämnd, then the area it serves: "Miljönämnden i Mellersta Bohuslän"
JOINT_TITLE = re.compile(
    r"(?:^|\n)[ \t]*(?P<name>(?P<place>[A-ZÅÄÖ][\wåäö-]+)s[ \t]+(?:[a-zåäö]+-[ \t]+och[ \t]+)?[a-zåäö]*nämnd|"
    r"[A-ZÅÄÖ][\wåäö-]*nämnden[ \t]+i[ \t]+(?P<area>(?:(?:Mellersta|Norra|Södra|Västra|Östra|Nordöstra|Nordvästra|"
    r"Sydöstra|Sydvästra)[ \t]+)?[A-ZÅÄÖ][\wåäö]+))"
    r"(?=[ \t]*(?:\n|$))"
)
# "Bergslagens miljö- och byggnämnd – gemensam nämnd för Hällefors, Lindesberg, Ljusnarsberg och Nora"
JOINT_COMMITTEE_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:[ \t]+[\wåäö-]+){0,5})[ \t]+[–—-][ \t]+(?:en[ \t]+)?"
    r"gemensam[ \t]+nämnd\b"
)


HAS_MEMBERS = re.compile(r"\bmedlemskommun|\bmedlemmarna\b|\bägarkommun")

# "Gryaab AB", "Dala Vatten och Avfall AB", "MittSverige Vatten & Avfall AB": capitalised words, an "och" or "&"
# between them
COMPANY = re.compile(
    # or its abbreviation first: "NSVA – Nordvästra Skånes Vatten och Avlopp AB"
    r"^(?:[A-ZÅÄÖ]{2,6}\s+[–—-]\s+)?(?P<name>[A-ZÅÄÖ][\wåäö&-]+(?: (?:och |& )?[A-ZÅÄÖ][\wåäö&-]+){0,3} AB)"
    r"(?:\s+[–—-]\s+[^\n]*)?$"
    # or its short name before what it is in words: "Sysav – Sydskånes avfallsaktiebolag"
    r"|^(?P<short>[A-ZÅÄÖ][\wåäö&-]+)\s+[–—-]\s+[A-ZÅÄÖ][\wåäö]*(?:\s+[\wåäö-]+){0,3}aktiebolag(?:et)?$"
)
# a place, then what kind of joint body it is, alone on a line: "Höje å vattenråd", "Nedre Dalälvens samverkansråd"
SELF_NAMED_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:[ \t]+[\wåäö-]+){0,2}[ \t]+"
    # the kind capitalised too: "Dalälvens Vattenvårdsförening"
    r"(?P<kind>[A-ZÅÄÖ]?[a-zåäö]*(?P<head>råd|förbund|förening|stiftelse|samverkan|kansli)))(?=[ \t]*(?:\n|$))"
)
# one word alone on a title line, that may be a body's name ("Storsthlm"), and what names an organ, not a body
ONE_WORD_NAME_LINE = re.compile(r"(?:^|\n)[ \t]*(?P<name>[A-ZÅÄÖ][\wåäö]{3,})(?=[ \t]*(?:\n|$))")
ORGAN = re.compile(r"(?i)nämnd|styrelse|förvaltning|direktion|revision|fullmäktige|kommun|region|kontor")
# a joint committee's own name alone on a title line ("Norrhälsinge miljö- och räddningsnämnd"), and its text saying
# what it is ("Nämnden är en gemensam nämnd för …")
JOINT_NAMED_TITLE = re.compile(
    r"(?:^|\n)[ \t]*(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:[ \t]+[a-zåäö][\wåäö-]*){1,5}nämnd)(?=[ \t]*(?:\n|$))"
)
# a nämnd named for the kommuner that share it: "Miljönämnden för Habo och Mullsjö kommuner"
JOINT_FOR_KOMMUNER = re.compile(
    r"(?:^|\n)[ \t]*(?P<name>[A-ZÅÄÖ][\wåäö-]*nämnden[ \t]+för[ \t]+[A-ZÅÄÖ][\wåäö]+(?:,[ \t]+[A-ZÅÄÖ][\wåäö]+)*"
    r"[ \t]+och[ \t]+[A-ZÅÄÖ][\wåäö]+[ \t]+kommuner)(?=[ \t]*(?:\n|$))"
)
JOINT_SAID = re.compile(r"\b(?:är|utgör) en gemensam nämnd\b")
