"""A part of the deviation named as such. In a paragraph of its own, "Individ- och familjeomsorgen står för
4,6 mnkr av underskottet" is that part's own item: its amount is the part's and its direction the
deviation's; after the total in the same paragraph, it is part of the total's item. "Av underskottet avser
4,3 mnkr grundskolan" breaks down the item before it and stays in it, as a "varav" does."""

from __future__ import annotations

from extract import cues

# "avvikelsen", "det samlade underskottet", "nämndens underskott", "förvaltningens totala avvikelse"
_DEVIATION_NOUN = (
    r"((den |det )?(totala |samlade )?(avvikelsen|budgetavvikelsen|underskottet|överskottet)|"
    r"[\wåäö]+s (totala |samlade )?(avvikelse|budgetavvikelse|underskott|överskott))\b"
)
# before and after the part's figure: "står för 21 mnkr av avvikelsen"
SHARE_BEFORE = cues.Cue(r"\b(står|stod|svarar|svarade) för\s+(cirka\s+|ca\.?\s+|drygt\s+|knappt\s+)?$")
SHARE_AFTER = cues.Cue(rf"^\s*av {_DEVIATION_NOUN}")
_SHARE = cues.Cue(  # "X och Y svarar för 14,0 respektive 8,0 mnkr av avvikelsen": each its share
    r"^[^.]{3,120}?\b(står|stod|svarar|svarade) för (cirka |ca\.? |drygt |knappt )?[−\-+]?\d[\d\s ,]*"
    r"(respektive [−\-+]?\d[\d\s ,]*)?\s?\S+ "
    rf"av {_DEVIATION_NOUN}"
)
# "Av underskottet avser …", and the figure before named again: "Av de 26 mnkr som inte bedöms användas i år avser …"
_BREAKS_DOWN = cues.Cue(rf"^(av|i) {_DEVIATION_NOUN}|^av (de|dessa) \d[\d\s ,]*\s?\S+ som\b")


def share_of_deviation(text: str) -> bool:
    """A sentence that names a part and its share of the deviation."""
    return _SHARE.search(text) is not None


def breaks_down(text: str) -> bool:
    """A sentence that opens on the deviation before it to break it down: part of that item."""
    return _BREAKS_DOWN.search(text) is not None
