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
    r"merkostnad|ofinansierad|intecknad|(kostnad|intäkt)\w*\s+(för\s+[\wåäö-]+\s+)?(har\s+)?(ökat|ökar|stigit|minskat)",
    _I,
)
BALANCE_GOAL = re.compile(
    r"(nå|uppnå|säkerställa|skapa|få|komma till)\s+(en\s+)?(ekonomi|budget)\s+i\s+balans", _I
)
SKIP_HEADING = re.compile(r"förslag till beslut|beslutsunderlag|^bilag|innehåll|sammanträde|expedier", _I)
CONTINUATION = re.compile(
    r"^(Det|Detta|Dessa|Den|De|Avvikelsen|Underskottet|Överskottet|Orsaken|Orsakerna|Förklaringen|Anledningen|"
    r"Därtill|Dessutom|Även|Också|Samtidigt|Vidare|Här|Där|Som|Men|Och|Utöver|Till|Siffra|Totalt|Sammantaget)\b"
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
    r"\b\w+prognosen\b|(jämfört|jämförelse) med [\wåäö]*(rapporten|uppföljningen|prognosen)|"
    r"prognosen (har )?(försämrats|förbättrats|ändrats|justerats)",
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
    r"[^.]{0,50}ingen avvikelse (mot|från) budget[^.]{0,40}|oförändrad prognos[^.]*|"
    r"[^.]{0,60}prognostiserar[^.]{0,30}(resultat|utfall) i (balans|nivå med budget)[^.]{0,40})\W*$",
    _I,
)
NEGATIVE = re.compile(
    r"negativ|underskott|överskrid|överstig|drar över|högre kostnader|ökade kostnader|kostnadsökning|"
    r"lägre intäkter|minskade intäkter|lägre utfall (när det gäller|för|av) (ersättning|intäkt|bidrag)|"
    r"uteblivi?|sämre|merkostnad|ofinansierad|dyrare|ökat underskott|"
    r"minska i relation till budget|(underskott|avvikelse)\w*\s+(fortsätter\s+att\s+|kommer\s+att\s+)?(öka|växa)|"
    r"inte (kommer|kunnat) (att )?(nås|uppnås|reduceras)|"
    r"(kostnad)\w*\s+(för\s+[\wåäö-]+\s+)?(har\s+)?(ökat|ökar|stigit)|(intäkt)\w*\s+(har\s+)?(minskat|minskar)",
    _I,
)
POSITIVE = re.compile(
    r"positiv|överskott|lägre kostnader|minskade kostnader|kostnadsminskning|understig|"
    r"ökade intäkter|högre intäkter|ökat något|underskott\w*\s+(fortsätter\s+att\s+)?(minska|krympa)|bättre|billigare|framsteg|förbättring|"
    r"(kostnad)\w*\s+(för\s+[\wåäö-]+\s+)?(har\s+)?(minskat|minskar|sjunkit)|(intäkt)\w*\s+(har\s+)?(ökat|ökar)",
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
    r"nämndens|nämnder|verksamhetens|handlingsplan|åtgärd|förslag|samverkan|bakgrund|ekonomiskt läge|"
    r"budgetavvikelse|driftredovisning|resultaträkning|periodens)",
    _I,
)
ACTION_HEADING = re.compile(r"åtgärd|handlingsplan|besparing", _I)
FORECAST_HEADING = re.compile(r"prognosförändring|förändring(ar)? (mot|sedan|jämfört)", _I)
RISK_HEADING = re.compile(r"risk|osäkerhet", _I)
HIGHER = re.compile(
    r"(högre|större|mer|över)\s+(än\s+)?(budget|budgeterat|beräknat|planerat|väntat)|över budget", _I
)
LOWER = re.compile(
    r"(lägre|mindre|under)\s+(än\s+)?(budget|budgeterat|beräknat|planerat|väntat)|under budget", _I
)
REVENUE = re.compile(r"intäkt|avgift|bidrag|ersättning|försäljning|skatteintäkt|finansnetto|kommunbidrag", _I)
CONDITIONAL = re.compile(r"^(Om|Ifall|Skulle)\b")
CHANGE = re.compile(
    r"förändr|försämr|förbättr|ökat|minskat|ökning|minskning|jämfört|sedan|justerat|ändrat", _I
)
FORECAST_COMPARE = re.compile(
    r"(sämre|bättre|högre|lägre|större|mindre) (resultat )?än (i )?(föregående|tidigare|förra|senaste) (prognos|månad)",
    _I,
)
