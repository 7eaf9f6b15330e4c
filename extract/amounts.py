"""Which amount in a passage states the deviation: the rules for reading Swedish prose around a figure.

``pick_amount`` scores every amount by its neighbours (a deviation word before it, "mot budget" after
it, a sign, its place in the opening sentence) and returns the best; ``item_amount`` reads the signed
amount that closes an inline list item ("…, -2,4 mnkr.").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from extract import cues
from extract.budget_figures import BUDGET_FIGURE_BEFORE, budget_of, difference
from extract.budget_shares import unused_part
from extract.deviation_shares import SHARE_AFTER, SHARE_BEFORE
from extract.numbers import Amount, find_amounts
from extract.sentences import sentences

_DEVIATION_NEAR = cues.Cue(
    rf"(avvik\w*|underskott\w*|överskott\w*|({cues.OVERRUN}|{cues.UNDERRUN}|{cues.OUTDID})\w*|{cues.DREW_OVER}|merkostnad\w*|"
    r"\bback|\bett (litet |mindre |stort |större )?(minus|plus|tillskott)\b|"  # "gå med ett minus på 760 tkr"
    r"\bbidrar (positivt |negativt )?med|\bbidrar (positivt|negativt)|\b(positivt|negativt) utfall|"  # "ett positivt utfall på 2,7 mnkr"
    r"\w*bortfall\w*|\w*överdrag\w*|\bsaknas|\b(inte|ej) (når|nådde|nå) upp till [\wåäö]*budget\w*|\b(rea|realisations|försäljnings)(vinst|förlust)\w*)\W+(\w+\W+){0,6}$"  # "Ett budgetöverdrag på 2,3 mnkr"
)
# a level a figure passes, not the deviation: "dygnskostnaden för flera av dem överstiger 8 000 kronor"
_LEVEL_BEFORE = cues.Cue(rf"({cues.OVERRUN}|{cues.UNDERRUN})\w*\s+(cirka\s+|ca\.?\s+|drygt\s+|knappt\s+)?$")
# a word for the result: weaker than one for the deviation ("resultatet är +7,5 mkr, en avvikelse med 6,5 mkr")
_RESULT_NEAR = cues.Cue(r"(resultat\w*|prognos\w*)\W+(\w+\W+){0,6}$")
_SHOWS_BEFORE = cues.Cue(
    # "… visar sammantaget +60 miljoner kronor"; not "då nämnden redovisade −2 650 tkr" (2024)
    r"\b(visar|redovisar|uppvisar|(landar|hamnar|slutar) på)\s+((sammantaget|sammanlagt|tillsammans|totalt)\s+)?$"
)
_SENTENCE_BREAK = re.compile(r"[.!?:;]\s+|\n")
_CHANGE_NEAR = cues.Cue(
    r"\b(ök\w*|minsk\w*|högre|lägre|bättre|sämre|dyrare|billigare|försämr\w*|förbättr\w*|kostade|kostat)"
    r"\W+(\w+\W+){0,8}$"
)
# what follows or precedes an amount in pick_amount
_RESULT_AFTER = cues.Cue(r"\W*(i )?(underskott|överskott)")
# a cost the budget never held, said after its figure: "… uppgår till 3,4 mnkr, vilket inte var budgeterat"
_UNBUDGETED_AFTER = cues.Cue(
    r",?\s*(vilket|som|något som) (inte|ej) (var|är|har varit|hade varit) budgeter(ad|at|ade)\b"
)
# "6,5 Mkr, eller 2,4 procent, högre än budget": the share restates the figure
_SHARE_BETWEEN = r"(,?\s*(eller|motsvarande|dvs\.?)\s+(cirka\s+|ca\.?\s+)?[\d\s,]+\s*(procent|%),?)?"
_AGAINST_BUDGET_AFTER = cues.Cue(
    rf"{_SHARE_BETWEEN}\W*(mot|jämfört med|i förhållande till|gentemot|att jämföra med) {cues.BUDGET_NOUN}|"
    rf"\W*(över|under) {cues.WHICH_BUDGET}(en|erade?|erat)?\b|"  # "över periodens budget"
    rf"\W*{cues.BEYOND_BUDGET}|"  # "… med 12 miljoner kronor utöver budget"
    r"\W*(över|under) (den |sin |sina |tilldelade? |beslutade? )?[\wåäö]*ram(en|ar|arna)?\b|"  # "2,4 mnkr över sin ram"
    # "… 3,3 mnkr högre medlemsbidrag än budgeterat": a noun may come between
    rf"{_SHARE_BETWEEN}\W*(sämre|bättre|högre|lägre|dyrare|billigare|mer|mindre|svagare|starkare) ([\wåäö]+ )?än "
    # "… 1,9 mnkr mer än vad som motsvarar periodens budget", "… 43 mnkr högre än vad som budgeterats"
    r"(vad som (motsvarar |ryms i |ryms inom |har |hade )?)?"
    rf"({cues.BUDGET_NOUN}|budgeterat|beräknat|planerat|{cues.COUNTED_ON}|(den )?(tilldelade? |beslutade? )?(investerings)?ramen\b|(tilldelad|beslutad) ram\b|(den )?[\wåäö]*kalkyl|"
    r"(det belopp|den nivå|den summa) som (låg|ligger) till grund för)"  # "… för budgeten"
)
# "Jämfört med budget var intäkterna 22 miljoner kronor högre"
_AGAINST_BUDGET_BEFORE = cues.Cue(
    r"(jämfört med|mot|i förhållande till|gentemot) (den |det )?([\wåäö]+ )?budget[\wåäö]*\W+(\w+\W+){0,6}$"
)
# "… 4,0 mkr har inte använts och redovisas som överskott"
_RESULT_LATER = cues.Cue(
    r"[^.]{0,40}\b(som|i|till) (ett )?(överskott|underskott)|"
    # money carried over to next year: "11,8 mnkr av årets budget behöver därför föras över till nästa år"
    r"[^.]{0,40}\b(föras över|förs över|överföras|överförs)\b|"
    # money left of the budget: "Utfallet blev 71,5 mkr, och 24,7 mkr återstår."
    r"\s*(återstår|återstod|kvarstår|kvarstod)\b(?!\s+(cirka\s+|ca\.?\s+)?\d)|"
    r"\s*(outnyttjade?|oförbrukade?)\b|"  # "… vilket lämnar 85 mnkr outnyttjade vid årets slut"
    r"\s*back\b"  # "Avfallsverksamheten gick 250 tkr back"
)
# money budgeted but not spent or received, said of the figure: "statsbidraget på 400 tkr kommer inte att
# användas", "1,1 mnkr av budgeten kommer därför inte att förbrukas i år"
_UNSPENT_LATER = cues.Cue(
    # the budget it is left of may come between, with its figure: "… att 148 miljoner kronor av investeringsbudgeten på
    # 760 miljoner kronor inte förbrukas"
    r"(\s+av\s+(den\s+|årets\s+)?[\wåäö]*(budget|ram)\w*(\s+(på|om)\s+[\d\s,]+\s*(tkr|mnkr|mkr|miljoner kronor))?)?"
    r"[^.\d]{0,40}\b(inte|ej) ((kommer )?att |beräknas |bedöms |väntas )?(användas|används|använts|nyttjas|"
    r"nyttjats|utnyttjas|utnyttjats|förbrukas|upparbetas|upparbetats|"
    r"förbrukats|betalas ut|erhållas|erhålls)\b(?!\s+(fullt ut|helt)\b)|"  # not "väntas inte användas fullt ut"
    r"\s*(blir|kommer att bli|beräknas bli|bedöms bli|väntas bli) kvar\b|"  # "… att 4 mkr blir kvar vid årets slut"
    # a reserve left untouched: "Nämndens ofördelade reserv på 1,1 mnkr bedöms inte behöva tas i anspråk"
    r"[^.\d]{0,40}\b(inte|ej) (att )?(behöva |behöver )?tas i anspråk\b|"
    r"\s*(att )?återstå\b|"  # "Av investeringsbudgeten på 64,0 mkr beräknas 22,5 mkr återstå vid årets slut"
    r"\s*(används|användas|förbrukas|nyttjas|utnyttjas) (inte|ej)\b|"  # "Resterande 0,8 mnkr används inte i år"
    # "0,7 mnkr av ramen blir oförbrukad", "… lämnas outnyttjade"
    r"[^.\d]{0,40}\b(blir|förblir|lämnas|kvarstår|beräknas bli|bedöms bli|väntas bli|vara|bli)\s+(oförbrukad|outnyttjad|oanvänd)\w*|"
    rf"\s+(av årets budget\s+)?{cues.CARRIED_OVER}"  # "24,5 mnkr förskjuts till 2027"
)
_LEFT_BEFORE = cues.Cue(
    r"\b(blir|blev|kommer att bli|beräknas bli|bedöms bli|väntas bli)\s+(cirka\s+|ca\.?\s+)?$"
)
_LEFT_AFTER = cues.Cue(r"^\s*kvar\b")
_LEFT_LATER = cues.Cue(rf"^\s*{cues.LEFT_OVER}")  # "… att 2,5 mnkr blir kvar"
# a part that offsets the deviation, not the deviation: "Underskottet dämpas med 0,8 mnkr av ett engångsbidrag"
_OFFSET_BEFORE = cues.Cue(
    r"\b(dämpas|minskas|begränsas|motverkas|reduceras|mildras|vägs upp)\s+(delvis\s+|något\s+)?(med|av)\s+"
    r"(cirka\s+|ca\.?\s+|drygt\s+|knappt\s+)?$"
)
# what ends a sentence that an amount closes (last month's figure in brackets may follow)
_CLOSES_SENTENCE = re.compile(r"\s*(\([^()]*\))?\s*([.;]|$)")
# a consequence: "vilket innebär att 114 mnkr inte förbrukas", "det medför ett underskott på"
_CONSEQUENCE_BEFORE = cues.Cue(
    r"\b(vilket|som|det|detta) (innebär|medför|kostar|kostade|har kostat)( att| ett| en)?\s+(\w+\s+){0,3}$"
)  # "…, vilket kostar 3,3 mnkr"
# a figure set against the budget as what the level before it comes to: "…, vilket är 4,4 Mkr lägre än det
# budgeterade resultatet"
_WHICH_IS_BEFORE = cues.Cue(r"\bvilket (är|blir|blev)\s+$")
_AGAINST_FORECAST_AFTER = cues.Cue(
    r"\W*((sämre|bättre|högre|lägre) än (i |vid )?|(sedan|jämfört med|från) )(föregående|tidigare|förra|senaste|"
    r"[\wåäö]*(rapporten|prognosen|bokslutet|uppföljningen)\b)"
)
# money left unspent: "kommer inte att förbruka ca 4 000 tkr"
_UNSPENT_BEFORE = cues.Cue(
    r"(\b(inte|ej)\s+(att\s+)?(förbruka|använda|nyttja|utnyttja)\w*|\b(återstår|återstod|kvarstår|kvarstod))\s+(cirka\s+|ca\.?\s+|drygt\s+|knappt\s+)?$"
)  # "… har inte förbrukats 4 mnkr", "Av nämndens investeringsram återstår 0,9 mnkr"
# the upper end of a range: "mellan 8 och 10 mnkr", "8–10 mnkr" states no one amount (the table's may)
_RANGE_BEFORE = cues.Cue(r"(\bmellan\s+[\d\s,]*\d\s+(och|till)|\d\s?[–-])\s*$")
# a sentence that sums up the parts before it, or restates the figure before it against the budget
_ADDED_IN_WORDS = re.compile(r"[.!?]\s+(?:Till (?:det|detta) kommer|Därtill|Dessutom)\b[^\d]*[.!?]\s")
_SUMMING_WORD = re.compile(r"(?i)sammantaget|sammanlagt|totalt sett|sammanfattningsvis")
_SUMS_UP = cues.Cue(
    r"(sammantaget|sammanlagt|totalt sett|sammanfattningsvis|netto|(det|detta) (är|innebär|motsvarar))\b"
)
# the deviation worked out from figures just given: "Budgeterat resultat är 34,0 mnkr och avvikelsen därmed
# −12,3 mnkr", "… var 52,0 mnkr, vilket ger ett plus på 19,4 mnkr"
_CONCLUDES_BEFORE = cues.Cue(
    # "… 14,2 mnkr, vilket understiger det budgeterade resultatet på 31,0 mnkr med 16,8 mnkr"
    rf"(\b({cues.OVERRUN}|{cues.UNDERRUN})\w*\s+(det |den )?budgeter\w*\s+\w+\s+(på|om)\s+[^.;]{{1,30}}?\bmed\s+|"
    r"\b(och|,)\s+(avvikelsen|skillnaden)\s+(därmed|alltså|således)\s+(blir\s+|är\s+)?|"
    r"\b(och|,)\s+(avvikelsen|skillnaden)\s+(blir|är)\s+(därmed|alltså|således)\s+|"  # "… och avvikelsen blir därmed −5,8"
    # the level, then its deviation forecast: "… ett underskott på 215 miljoner kronor, och budgetavvikelsen för
    # helåret beräknas till −160 miljoner kronor"
    r"\b(och|,)\s+(budget)?(avvikelsen|skillnaden)(\s+(för|mot)\s+[\wåäö]+)?\s+(beräknas|bedöms|väntas|prognostiseras)\s+"
    r"(till|bli|uppgå till)\s+|"
    # a sentence of its own after the level and the budget: "Avvikelsen mot budget är därmed −134 tkr."
    r"^\W*(budget)?(avvikelsen|skillnaden)(\s+mot\s+[\wåäö]*budget(en)?)?\s+(blir|är|uppgår)\s+(därmed|alltså|således)\s+(till\s+)?|"
    # "… vilket innebär att det budgeterade överskottet inte nås och att avvikelsen blir −5,7 mnkr"
    r"\batt\s+(budget)?(avvikelsen|skillnaden)\s+(därmed\s+|alltså\s+|totalt\s+)?(blir|uppgår till|landar på)\s+|"
    r"\bvilket ger (ett|en) (negativ |positiv )?(plus|minus|överskott|underskott|(budget)?avvikelse)\s+(på|om)\s+|"
    # "… jämfört med ett budgeterat resultat på −20 miljoner kronor, det vill säga en avvikelse mot budget på −75"
    r"\b(det vill säga|dvs\.?|d\.v\.s\.?)\s+(ett|en)\s+(negativ |positiv )?(överskott|underskott|(budget)?avvikelse)"
    r"(\s+mot\s+[\wåäö]*budget(en)?)?\s+(på|om)\s+|"
    # the level, then the deviation in apposition: "… resultat … är –286 mnkr, en negativ avvikelse mot periodens
    # budget på 241 mnkr"
    r",\s+(ett|en)\s+(negativ |positiv )?(överskott|underskott|(budget)?avvikelse)"
    r"(\s+mot\s+(periodens\s+|den periodiserade\s+|årets\s+)?[\wåäö]*budget(en)?)?\s+(på|om|med)\s+|"
    # "… kostade 9,8 mnkr, att jämföra med en helårsbudget på 4,5 mnkr. Verksamheten prognostiserar därför ett
    # underskott på 6,5 mnkr": concluded from more than those two figures
    r"\b(därför|därmed|således|alltså)\s+(ett|en)\s+(negativ |positiv )?(plus|minus|överskott|underskott|(budget)?avvikelse)\s+(på|om)\s+|"
    # "Verksamheten beräknas därför överskrida budget med 1 450 tkr" (after what the period has cost so far)
    rf"\b(därför|därmed|således|alltså)\s+({cues.OVERRUN}|{cues.UNDERRUN})\w*\s+([\wåäö]+\s+){{0,2}}med\s+|"
    # "… vilket gör att kommunen inte når upp till budget med 6,5 miljoner kronor"
    r"\b(inte|ej) (når|nådde|nå) upp till [\wåäö]*budget\w*\s+med\s+|"
    r"\bsaknas\s+(alltså\s+|därmed\s+|således\s+)?(cirka\s+|ca\.?\s+)?)$"  # "… saknas alltså 3,5 mnkr för att nå balans"
)
_FULL_YEAR_AFTER = cues.Cue(r"\s*(för|på|under) (hela )?(helåret|året|helår)\b")
_YEAR_AFTER = cues.Cue(r"\s*(för|på|under) (hela )?(helåret|året|helår|20\d\d)\b")
# the year's figure after the period's in one sentence: "… är 4,2 miljoner kronor sämre än den periodiserade
# budgeten, och för helåret prognostiseras ett underskott på 11,3 miljoner kronor"
_CLAUSE = (
    r"([^,;.]|(?<=\d)[,.](?=\d))"  # a character of one clause (a figure's decimal comma does not end it)
)
_FULL_YEAR_BEFORE = cues.Cue(
    rf"(\b(för|under) (hela )?(helåret|året)\b{_CLAUSE}{{0,100}}|helårsprognos\w*{_CLAUSE}{{0,80}}|"
    rf"\bhelåret\b{_CLAUSE}{{0,60}}),?\s*$"
)
_FULL_STOP = re.compile(r"[.!?]\s+|\n")
_PERIOD_NEAR = cues.Cue(
    r"periodiser|\bperiod|januari[–-]|jan[–-]|ackumul|hittills|till och med|"
    r"(första|andra|tredje) (kvartalet|tertialet|halvåret)|\bhalvåret\b"  # "under första kvartalet förbrukat …"
)
# a forecast moved from one figure to another: its change is the difference
_CHANGED_FROM = cues.Cue(r"\b(försämr|förbättr|ändr|juster|ök|minsk)\w*\s+från\s+$")
_TO_BETWEEN = re.compile(r"\s*(\([^()]*\)\s*)?(i [\wåäö]+\s+)?till\s+")


def _moved_from(text: str, found: list[Amount], index: int) -> Amount | None:
    """The figure a changed forecast moved from, when ``found[index]`` is the one it moved to."""
    if index == 0:
        return None
    earlier = found[index - 1]
    if earlier.sek is None or not _TO_BETWEEN.fullmatch(text, earlier.end, found[index].start):
        return None
    return earlier if _CHANGED_FROM.search(text[max(0, earlier.start - 40) : earlier.start]) else None


_FROM_BEFORE = cues.Cue(r"\bfrån\s+$")
_TO_FIGURE_AFTER = cues.Cue(r"[^.]{0,40}\btill\s+[+\-−–]?\s?\d")
# "avvikelsen på 12,7 mnkr", in apposition too: "Socialnämnden redovisar det största underskottet, 41,2 mnkr."
_THE_DEVIATION_BEFORE = cues.Cue(
    r"\b(avvikelsen|underskottet|överskottet)(\s+(på|om)\s+|,\s+)(cirka\s+|ca\.?\s+)?$"
)
_COPULA_BEFORE = cues.Cue(r"\b(är|blir|blev|var)\s+$")
_BY_BEFORE = cues.Cue(r"(med|på|om)\s+(cirka\s+|ca\.?\s+)?$")
_TOTAL_BEFORE = cues.Cue(
    r"(uppgår till|uppgick till|omsätter|(?<!mot )(?<!från )(?<!än )budget(en)? (på|om)|totalt)"
    r"\s+(cirka\s+)?$"
)
# "Underskottet uppgår till", "Det ackumulerade utfallet per maj uppgår till": a result, not a total
_RESULT_TOTAL_BEFORE = cues.Cue(
    r"(resultat\w*|utfall\w*|avvikels\w*|underskott\w*|överskott\w*)\W+(\w+\W+){0,4}"
    r"(uppgår|uppgick|uppgå|uppgått) till\s+(cirka\s+)?$"
)
# brackets closing an item: last month's value "(+2,6)", a note "(Siffra inom parentes är …)"
TRAILING_BRACKETS = re.compile(r"(\s*\([^()]*\)\W*)+$")


def item_amount(text: str) -> Amount | None:
    """The signed amount of a list item: closing it ("…, -2,4 mnkr." or "-8,2 mkr (-7,0 mkr).") or right
    after its name ("• Socialnämnden -6,4 mnkr till följd av fler placeringar")."""
    amounts = [a for a in find_amounts(text) if a.sek is not None and not a.bracketed]
    if not amounts:
        return None
    stripped = TRAILING_BRACKETS.sub("", text.rstrip())  # last month's value, a note on the figures
    last = amounts[-1]
    budget_figure = BUDGET_FIGURE_BEFORE.search(text[max(0, last.start - 80) : last.start]) is not None
    if last.explicit_sign and len(stripped.rstrip()) - last.end < 4 and not budget_figure:
        return last  # not the budget's own figure: "… ett resultat på −41,0 mnkr mot budgeterade −12,0 mnkr."
    return amounts[0] if leads_with_signed_amount(text, amounts[0]) else None


_NAME_BEFORE = re.compile(
    r"^\W*[A-ZÅÄÖ][\wåäö\-/&]*(?:[ ,]+[\wåäö\-/&]+){0,5}\s*[:,]?\s*$"
)  # "Psykiatri, - 11 mnkr"


# a clause, not a name: "Resultatet för helåret prognostiseras till −298 mnkr, vilket är 131 mnkr sämre …"
_VERB_BEFORE = cues.Cue(
    r"\b(till|på|med|om|är|var|blir|blev|uppgår|uppgick|landar|prognostiser\w*|beräknas|bedöms|visar|redovisar)\W*$"
)


# the name after its signed amount: "• −28,6 miljoner kronor för socialnämnden."
_NAME_AFTER = re.compile(r"\s*(för|inom)\s+(?!att\b)[\wåäö]")


def leads_with_signed_amount(text: str, amount: Amount) -> bool:
    """A name of at most six words, then its signed amount: "Socialnämnden -6,4 mnkr …"; or the amount first,
    signed or not, then "för" or "inom" and the name: "−28,6 miljoner kronor för socialnämnden", "• 4,1
    miljoner kronor inom individ- och familjeomsorgen, där …" (a list item whose intro gives the way)."""
    before = text[: amount.start]
    if not before.strip(" •-–·\t"):
        return _NAME_AFTER.match(text, amount.end) is not None
    if not amount.explicit_sign:
        return False
    return _NAME_BEFORE.match(before) is not None and not _VERB_BEFORE.search(before)


# a deviation of nothing: "prognosen för helåret är 0 miljoner kronor", "Kultur- och fritidsnämnden ±0 mnkr"
_ZERO = cues.Cue(r"(prognos\w*|resultat\w*|avvikelse\w*|utfall\w*|budget)\W+(\w+\W+){0,6}$")


def zero_amount(text: str) -> Amount | None:
    """The zero a passage states as its deviation or forecast result, which ``pick_amount`` passes over
    (a zero decides nothing among amounts, and states no deviation to classify by)."""
    for amount in find_amounts(text):
        if amount.sek == 0 and not amount.bracketed:
            before = text[max(0, amount.start - 60) : amount.start]
            if _ZERO.search(before) or before.rstrip().endswith(("±", "+/")) or amount.explicit_sign:
                return amount
    return None


_SIGNED_FIGURE = r"[+\-−–±]\s?\d[\d ,]*\s*(?:tkr|mnkr|mkr|miljoner kronor|tusen kronor)?"
# a heading of key figures: the name, then its budget, forecast or outcome, and its deviation
_KEY_FIGURES = re.compile(
    r"^(?P<name>[^\d–—:]{3,60}?)\s*[–—:]\s+(?:budget|prognos|utfall)\b[^–—:]*\bavvikelse\s*:?\s*"
    rf"(?P<deviation>{_SIGNED_FIGURE})\s*$"
)
_NAME_AND_BRACKETED_FIGURE = re.compile(
    r"^[^()\d]{2,80}?\s*\(\s*[+\-−–]?\s?\d[\d\s]*(?:,\d+)?\s*(?:tkr|mnkr|mkr|miljoner kronor)\s*\)\s*$"
)
_BRACKETED_FIGURE = re.compile(rf"^(?P<name>[^()\d]{{2,80}}?)\s*\((?P<figure>{_SIGNED_FIGURE})\)\s*$")
# the verdict in words before the figure: "Individ- och familjeomsorg, underskott 9,2 mnkr", "Grundskola F–9 –
# underskott 1 420 tkr", "Förskola - överskott 250 tkr"
_VERDICT_FIGURE = re.compile(
    r"^(?P<name>[^\d,:–—](?:[^,:–—]|[–—](?=\d)){1,59}?)(?:\s*[,:–—]|\s+-)\s*(?P<verdict>underskott|överskott|negativ avvikelse|positiv avvikelse)"
    r"\s+(?:(?:med|på|om)\s+)?(?P<figure>\d[\d ,]*\s*(?:tkr|mnkr|mkr|miljoner kronor|tusen kronor))\s*$",
    re.IGNORECASE,
)


def heading_figure(heading: str) -> str:
    """A heading that carries its area's deviation, written as the name and the figure: "Räddningstjänst –
    budget 24,8 mnkr, prognos 26,1 mnkr, avvikelse −1,3 mnkr" and "Hemtjänst (−3 250 tkr)" (the only figure,
    in brackets after the name; not last month's "(+6,8)" after this month's) read as "Hemtjänst −3 250 tkr";
    "Ekonomiskt bistånd, underskott 2,7 mnkr" as "Ekonomiskt bistånd −2,7 mnkr"."""
    if found := _KEY_FIGURES.match(heading):
        return f"{found.group('name')} {found.group('deviation')}"
    if found := _BRACKETED_FIGURE.match(heading):
        return f"{found.group('name')} {found.group('figure')}"
    if found := _VERDICT_FIGURE.match(heading):
        sign = "−" if found.group("verdict").lower().startswith(("under", "neg")) else "+"
        return f"{found.group('name')} {sign}{found.group('figure')}"
    return heading


@lru_cache(maxsize=1024)
def heading_amount(headings: tuple[str, ...]) -> Amount | None:
    """The amount a heading carries for the passage under it: "Förskola + 6 239 tkr", "Barn- och
    ungdomsnämnden +5,0 mnkr", "Avvikelse 1,2 mnkr", "Hemtjänst (−3 250 tkr)"."""
    if not headings or len(headings[-1]) > 120:
        return None
    heading = heading_figure(headings[-1])
    if _NAME_AND_BRACKETED_FIGURE.match(heading) and (found := find_amounts(heading)):
        # "Vuxna (2,2 mnkr)": the area's figure, however it is signed
        return replace(found[-1], bracketed=False)
    return item_amount(heading) or pick_amount(heading)


@lru_cache(maxsize=4096)
def pick_amount(text: str) -> Amount | None:
    """The amount that states the deviation: near a deviation word, signed, or followed by "över/under budget".
    A result set against the budget's figure ("-584 tkr mot budgeterade -500 tkr") gives their difference
    when the passage states no deviation of its own."""
    best = scored_amount(text)
    return best[1] if best else None


# a score from which an amount plainly states the deviation ("avviker negativt med 9,6 mkr")
CLEAR = 5.0


def scored_amount(text: str) -> tuple[float, Amount] | None:
    """``pick_amount``'s choice with its score (at least 2; ``CLEAR`` and above: plainly the deviation)."""
    best: tuple[float, Amount] | None = None
    first_end = len(sentences(text)[0]) if text.strip() else 0
    found = find_amounts(text)
    # a name and its signed figure in brackets, and nothing more: "Avgifter och ersättningar (+1 450 tkr)."
    # "• Kultur- och fritidsnämnden (+0,9 mkr): personalkostnaderna blir lägre …": the name and figure before a colon
    head = text[: text.find("):", 0, first_end) + 1 or first_end]
    named = _BRACKETED_FIGURE.match(head.rstrip(" .:").lstrip("• ")) is not None
    for index, amount in enumerate(found):
        if not amount.sek or (amount.bracketed and not (named and amount.start < first_end)):
            continue  # "prognosen är 0 miljoner kronor" states no deviation; "(−3,5 mnkr i april)" an earlier one
        if _RANGE_BEFORE.search(text[max(0, amount.start - 30) : amount.start]):
            continue
        budget = budget_of(text, found, index)
        before, after = text[max(0, amount.start - 80) : amount.start], text[amount.end : amount.end + 45]
        clauses = _SENTENCE_BREAK.split(before)  # context stays inside the amount's own sentence
        label = len(clauses) > 1 and not clauses[-1].strip() and len(clauses[-2].split()) <= 4
        before = clauses[-2] + " " if label else clauses[-1]  # "Avvikelse mot budget: +1,1 mnkr": the label
        after = _SENTENCE_BREAK.split(after)[0]
        score = 0.0
        if (_DEVIATION_NEAR.search(before) and not _LEVEL_BEFORE.search(before)) or _UNSPENT_BEFORE.search(
            before
        ):
            score += 3
        elif _RESULT_NEAR.search(before):
            score += 2.5
        elif _CHANGE_NEAR.search(before) or _RESULT_TOTAL_BEFORE.search(before):
            score += 2  # "Det ackumulerade utfallet per maj uppgår till 1,4 mnkr" (not "Utfall nov 2,5 mnkr")
        if _AGAINST_BUDGET_BEFORE.search(before) or _CONSEQUENCE_BEFORE.search(before):
            score += 3
        if label and amount.explicit_sign:
            score += 2  # "Ekonomiskt bistånd: −4,0 mnkr (−3,6)"
        elif (
            amount.explicit_sign
            and len(before.split()) <= 6
            and _CLOSES_SENTENCE.match(after)
            and not _COPULA_BEFORE.search(before)
        ):
            score += 3  # a headline of its own: "Tekniska nämnden −1,1 mnkr (−,3)." (not "Prognosen är −240 mnkr.")
        if _RESULT_AFTER.match(after):
            score += 3
        elif _UNBUDGETED_AFTER.match(after):
            score += 5
        elif (
            _UNSPENT_LATER.match(after)
            or (_LEFT_BEFORE.search(before) and _LEFT_AFTER.match(after))
            or _LEFT_LATER.match(after)
        ):
            score += 5  # "… 114 mnkr inte förbrukas", "… på 2,0 mnkr för välfärdsteknik blir 1,2 mnkr kvar"
        elif _RESULT_LATER.match(after):
            score += 2
        if budget is not None:  # against the budget's figure: its deviation is the difference
            score += 2
        elif _AGAINST_BUDGET_AFTER.match(after):
            score += 8 if _WHICH_IS_BEFORE.search(before) else 5
        elif _AGAINST_FORECAST_AFTER.match(after):
            score -= 3
        if _BY_BEFORE.search(before):
            score += 1
        if _FROM_BEFORE.search(before) and _TO_FIGURE_AFTER.match(after):
            score -= 3  # the figure it moved from: "vänder prognosen från −250 tkr i september till +290 tkr"
        if _THE_DEVIATION_BEFORE.search(before):
            score += 2  # the passage's own deviation named: "Periodens budget var 28,6 mnkr, och avvikelsen på 12,7 mnkr …"
        if _OFFSET_BEFORE.search(before):
            score -= 3
        if amount.explicit_sign:
            score += 1
            if _SHOWS_BEFORE.search(before):
                score += 3  # a signed figure a unit shows: "Nämnd och administration visar +230 tkr, till följd av …"
        if SHARE_BEFORE.search(before) and SHARE_AFTER.match(after):
            score += 5  # a part's share: "Förskolan i Mjällby står för 21 mnkr av avvikelsen"
        if named and amount.start < first_end:
            score += 4
        if _CONCLUDES_BEFORE.search(before):
            score += 6  # worked out from the figures just given, however it opens
        if amount.start < first_end and score >= 2:
            score += 2  # the opening sentence states the deviation; later ones break it down
        elif score >= 2 and (sums := _SUMS_UP.match(clauses[-1].lstrip())):
            # a later sentence that sums up or restates it: "Sammantaget …", "Det är 198 mnkr sämre …"; the net of
            # parts given before it ("… 5,1 mnkr mer än budgeterat … minskar kostnaden med 1,3 mnkr. Sammantaget
            # beräknas verksamheten överskrida budgeten med 3,8 mnkr.") is the deviation
            parts = sum(1 for other in found[:index] if other.sek)
            # or one part with its figure and another added in words: "… 2,1 mnkr mer än budgeterat … Till det kommer
            # högre kostnader för gatubelysningen … Sammantaget blir verksamhetens underskott 3,2 mnkr."
            added = (
                parts == 1 and _ADDED_IN_WORDS.search(text, found[index - 1].end, amount.start) is not None
            )
            score += 6 if (parts >= 2 or added) and _SUMMING_WORD.match(sums.group(0)) else 3
        if score >= 2 and _FULL_YEAR_AFTER.match(after):
            score += 1  # the year's forecast before the period's figure: "… −11,4 mnkr för helåret"
        if BUDGET_FIGURE_BEFORE.search(before):
            score -= 5
        elif _TOTAL_BEFORE.search(before) and not _RESULT_TOTAL_BEFORE.search(before) and budget is None:
            score -= 3
        year = False  # the year's figure after the period's, whatever reason comes between
        if (
            best is not None
            and best[0] >= 2
            and score >= 2
            and _FULL_YEAR_BEFORE.search(text[max(0, amount.start - 120) : amount.start])
        ):
            # the year's figure after the period's in the same sentence is the deviation ("…, men för helåret
            # räcker inte budgeten: prognosen pekar på ett negativt utfall jämfört med budget om 8,4 mnkr")
            earlier = text[max(0, best[1].start - 80) : best[1].end + 60]
            if _PERIOD_NEAR.search(earlier) and not _FULL_STOP.search(text, best[1].end, amount.start):
                score = best[0] + 1
                year = True
        if (
            not year
            and best is not None
            and best[0] >= 2
            and score >= 2
            and (
                _YEAR_AFTER.match(text[best[1].end : best[1].end + 30])
                # or the year named before it: "… prognos för helåret är ett underskott om 14,5 mnkr, och utfallet för
                # januari–april ligger 3,9 mnkr över periodens budget"
                or _FULL_YEAR_BEFORE.search(text[max(0, best[1].start - 60) : best[1].start])
            )
            and _PERIOD_NEAR.search(text[max(0, amount.start - 60) : amount.end + 40])
            and not _FULL_STOP.search(text, best[1].end, amount.start)
        ):
            # the period's figure after the year's in one sentence: "… ett underskott på 2,1 mnkr för 2025, samtidigt
            # som utfallet efter elva månader ligger 1,4 mnkr över periodiserad budget"
            score = min(score, best[0] - 1)
        if (
            not year
            and best is not None
            and best[0] >= 2
            and score >= 2
            and _in_its_reason(text, best[1], amount)
        ):
            score -= 3  # "… överskrida budget med 55 mnkr, eftersom kostnaderna … blir 67 mnkr högre än budgeterat"
        if best is None or score > best[0]:
            # against the budget's figure, or the figure it moved from ("… försämrats från −3,9 mnkr till −6,4 mnkr")
            base = budget or _moved_from(text, found, index)
            best = (score, amount if base is None else difference(amount, base))
    # the part of the budget a share leaves unused, unless a figure plainly states the deviation:
    # "Investeringsbudgeten på 3,2 mnkr beräknas användas till 80 procent"
    if (best is None or best[0] < _SHARE_SCORE) and (left := unused_part(text)) is not None:
        best = (_SHARE_SCORE, left)
    return best if best and best[0] >= 2 else None


_SHARE_SCORE = 4.0


def _in_its_reason(text: str, stated: Amount, amount: Amount) -> bool:
    """Whether ``amount`` stands in the reason given for the deviation ``stated`` earlier in its sentence."""
    between = text[stated.end : amount.start]
    return _SENTENCE_BREAK.search(between) is None and _REASON_OPENS.search(between) is not None


_REASON_OPENS = cues.Cue(
    r"\beftersom\b|,\s*då\b|till följd av|på grund av|\bpga\b|beroende på|beror på|tack vare|"
    r"förklaras (\w+ )?(av|med)"
)
