"""The core's errors in Swedish: each error's code (``AvvikIndexError.code``, an extraction error's class, an
upload's failure code) mapped to a line that says what to do. The English message is never shown."""

from __future__ import annotations

from collections.abc import Mapping

from extract.errors import ExtractError
from index.errors import AvvikIndexError
from ui import format as fmt

INDEX_MESSAGES = {
    "query_empty": "Frågan är tom. Skriv några ord, t.ex. ”dyra hyrsjuksköterskor”.",
    "query_too_long": "Frågan är {length} tecken lång; håll den under {limit} (en fråga eller några nyckelord "
    "fungerar bäst).",
    "bad_period": "Perioden ”{value}” går inte att läsa. Skriv ett år (2024) eller en månad (2024-05).",
    "empty_amount_range": "Beloppsintervallet är tomt: det minsta beloppet ska stå först.",
    "unknown_municipality": "Arkivet har inga rapporter från {names}. Kontrollera stavningen eller läs in "
    "kommunens rapporter.",
    "bad_query": "Sökningen gick inte att göra. Ändra frågan eller filtren och försök igen.",
    "store_locked": "En annan avvik-process skriver till arkivet just nu (en inläsning, omindexering eller "
    "import). Vänta tills den är klar och försök igen.",
    "store_unreachable": "Sökindexets server svarar inte. Starta Qdrant-servern, eller ta bort "
    "AVVIK_QDRANT_URL så används det inbyggda indexet.",
    "version_mismatch": "Sökindexet eller databasen är gjord av en annan version av avvik. Kör "
    "`avvik reindex` i terminalen (eller uppgradera avvik) och ladda om sidan.",
    "model_missing": "Modellerna är inte byggda. Kör `make models` i terminalen och ladda om sidan.",
    "bad_setting": "En inställning (AVVIK_…) har ett ogiltigt värde. Rätta den och starta om appen.",
    "backup_error": "Säkerhetskopian gick inte att läsa. Exportera igen med `avvik export`.",
    "index_error": "Arkivet kunde inte göra det du bad om. Ladda om sidan; kvarstår felet, kör `avvik check` i "
    "terminalen.",
}

# what went wrong with a file, by extraction error class or by the upload's own failure codes
FILE_MESSAGES = {
    "NotAPdf": "Filen är inte en PDF. Spara rapporten som PDF och ladda upp den igen.",
    "EmptyFile": "Filen är tom. Ladda ner rapporten igen.",
    "DamagedPdf": "PDF:en är skadad. Hämta en ny kopia av rapporten.",
    "EncryptedPdf": "PDF:en är lösenordsskyddad. Spara en kopia utan lösenord och ladda upp den.",
    "NoTextLayer": "PDF:en saknar läsbar text (en skannad bild utan OCR?). Kontrollera filen.",
    "TooLarge": "Rapporten är för stor för att läsas i ett stycke. Dela upp den (t.ex. per nämnd) och ladda "
    "upp delarna.",
    "timeout": "Det tog mer än {seconds} sekunder att läsa filen, så läsningen stoppades. Kontrollera filen "
    "eller dela upp den.",
    "crashed": "PDF-läsaren kraschade på filen (appen är opåverkad). Hämta en ny kopia av rapporten eller "
    "spara om den som PDF.",
    "unreadable": "Filen gick inte att läsa. Kontrollera att det är en hel PDF och försök igen.",
    "not_stored": "Rapporten lästes men kunde inte sparas. Försök igen; kvarstår felet, kör "
    "`avvik check --repair` i terminalen.",
}


def _fill(template: str, details: Mapping[str, object]) -> str:
    shown: dict[str, object] = {}
    for key, value in details.items():
        if isinstance(value, tuple | list):
            shown[key] = ", ".join(str(v) for v in value)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            shown[key] = fmt.number(value)
        else:
            shown[key] = value
    try:
        return template.format(**shown)
    except (KeyError, IndexError, ValueError):
        return template.split("{")[0].rstrip(" ,(") + "."


def index_message(error: AvvikIndexError) -> str:
    template = (
        INDEX_MESSAGES.get(error.code)
        or INDEX_MESSAGES["bad_query" if error.code.startswith("query") else "index_error"]
    )
    return _fill(template, error.details)


def file_message(code: str, **details: object) -> str:
    return _fill(FILE_MESSAGES.get(code, FILE_MESSAGES["unreadable"]), details)


def swedish(error: BaseException) -> str:
    """The line the app shows for an error of the core."""
    if isinstance(error, AvvikIndexError):
        return index_message(error)
    if isinstance(error, ExtractError):
        return file_message(type(error).__name__)
    return "Något gick fel. Ladda om sidan och försök igen; kvarstår felet, kör `avvik check` i terminalen."
