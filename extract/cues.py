"""Swedish cue phrases that mark what a passage says: a cause, an action, a forecast change, boilerplate."""

from __future__ import annotations

import re

_I = re.IGNORECASE

CAUSE = re.compile(
    r"beror\s+(\w+\s+){0,3}på|förklaras\s+(\w+\s+)?(av|med)|till följd av|på grund av|\bpga\b|orsak|"
    r"härr[öo]r|härled|hänför|kopplat till|kopplas till|vilket (ger|leder|innebär|medför)|leder till|"
    r"bidragit till|bidrar till|beroende på|med anledning av|drivs av|förklaring",
    _I,
)
DEVIATION = re.compile(
    r"avvik|underskott|överskott|överskrid|understig|överstig|drar över|över budget|under budget|"
    r"mot budget|än budget|budgeterat|högre kostnader|lägre kostnader|ökade kostnader|minskade kostnader|"
    r"kostnadsökning|högre intäkter|lägre intäkter|ökade intäkter|minskade intäkter|lägre utfall|högre utfall|"
    r"negativt resultat|positivt resultat|i balans|i nivå med budget|i linje med budget|uteblivi?|"
    r"merkostnad|ofinansierad|intecknad",
    _I,
)
ACTION = re.compile(
    r"åtgärd|handlingsplan|inköpsstopp|övertidsstopp|anställningsprövning|anställningsstopp|besparing|"
    r"kostnadsminsk|föreslås|ska genomföras|har införts|införts|vidta|översyn|arbetar (med|för)|"
    r"arbete(t)? (pågår|med)|för att (minska|sänka|hantera|nå|komma|säkerställa)|återhållsam|restriktiv",
    _I,
)
FORECAST_CHANGE = re.compile(
    r"(jämfört|jämförelse) med (föregående|förra|tidigare|senaste|\w+prognos)|"
    r"sedan (föregående|förra|senaste) (prognos|månad|rapport|uppföljning)|sedan prognosen|"
    r"prognosförändring|förändrad prognos|(försämr|förbättr)\w* (jämfört med|sedan|mot|från) "
    r"(föregående|förra|tidigare|senaste)|än (i )?(föregående|tidigare|förra) prognos|"
    r"\b\w+prognosen\b",
    _I,
)
RISK = re.compile(r"osäker|risk\b|risker|riskerar", _I)
DESCRIPTIVE = re.compile(
    r"^(nedanstående|nedan|tabellen|bilden|diagrammet|grafen|för en (mer|grundlig)|se avsnitt|se bilaga|"
    r"i bilaga|här presenteras)",
    _I,
)
BOILERPLATE = re.compile(
    r"^\W*(ingen (förändring|avvikelse)[^.]*|[^.]{0,60}prognostiseras (vara |bli )?i balans[^.]*|"
    r"[^.]{0,60}(prognos|utfall)[^.]{0,30}i (nivå|linje) med budget[^.]{0,40}|"
    r"[^.]{0,50}ingen avvikelse (mot|från) budget[^.]{0,40}|oförändrad prognos[^.]*)\W*$",
    _I,
)
NEGATIVE = re.compile(
    r"negativ|underskott|överskrid|överstig|drar över|högre kostnader|ökade kostnader|kostnadsökning|"
    r"lägre intäkter|minskade intäkter|lägre utfall (när det gäller|för|av) (ersättning|intäkt|bidrag)|"
    r"uteblivi?|sämre|över budget|merkostnad|ofinansierad|dyrare|ökat underskott|högre än budget|"
    r"minska i relation till budget|inte (kommer|kunnat) (att )?(nås|uppnås|reduceras)",
    _I,
)
POSITIVE = re.compile(
    r"positiv|överskott|lägre kostnader|minskade kostnader|kostnadsminskning|understig|under budget|"
    r"ökade intäkter|högre intäkter|ökat något|bättre|lägre än budget|billigare|framsteg|förbättring",
    _I,
)
BALANCED = re.compile(
    r"i balans|i nivå med budget|i linje med budget|ingen avvikelse|enligt budget|helt i linje|i nivå med",
    _I,
)
GENERIC_HEADING = re.compile(
    r"^(\d+(\.\d+)*\s*)?(sammanfattning|inledning|inledande|utfall|prognos|avvikelse|kommentar|analys|"
    r"ekonomi|ekonomisk|resultat|drift|bedömning|förvaltningens|ärendet|beskrivning|uppföljning|"
    r"månadsrapport|månadsuppföljning|delårsrapport|tertialrapport|årsredovisning|nyckeltal|viktiga|bilag|"
    r"nämndens|verksamhetens|handlingsplan|åtgärd|förslag|samverkan|bakgrund|ekonomiskt läge|"
    r"budgetavvikelse|driftredovisning|resultaträkning|periodens)",
    _I,
)
ACTION_HEADING = re.compile(r"åtgärd|handlingsplan|besparing", _I)
FORECAST_HEADING = re.compile(r"prognosförändring|förändring(ar)? (mot|sedan|jämfört)", _I)
RISK_HEADING = re.compile(r"risk|osäkerhet", _I)
