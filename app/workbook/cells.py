"""Turning one cell into one value: text, dates, numbers written the way people write them,
countries, currencies, services and vocabulary words. A refusal is a CellError with a reason key."""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from app.domain.catalog import catalog, fold
from app.domain.dates import MAX_DATE, MIN_DATE
from app.domain.money import AmountError, to_decimal

from . import format as fmt

DEFAULT_TEXT_MAX = 4000


class CellError(ValueError):
    def __init__(self, reason: str, **params):
        super().__init__(reason)
        self.reason = reason
        self.params = params


def is_blank(v) -> bool:
    return v is None or v == "" or (isinstance(v, str) and not v.strip())


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # category Cc but tab, LF, CR
_BREAKS = re.compile(r"[\t\n\r]")


def _control_codes(text: str, allow_breaks: bool) -> list[str]:
    bad = []
    for rx in (_CONTROL,) if allow_breaks else (_CONTROL, _BREAKS):
        for ch in rx.findall(text):
            code = f"U+{ord(ch):04X}"
            if code not in bad:
                bad.append(code)
    return bad


def to_text_value(v, kind: str, max_len: int) -> str:
    """Text as written (right-to-left and combining characters kept literally); identifiers lose
    surrounding spaces and must sit on one line."""
    if isinstance(v, (bool, time, timedelta)):
        raise CellError("wrong_type")
    if isinstance(v, str):
        text = v
    elif isinstance(v, float):
        if not math.isfinite(v):
            raise CellError("not_finite")
        text = str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    elif isinstance(v, datetime):
        text = v.date().isoformat() if v.time() == time() else v.isoformat(sep=" ")
    elif isinstance(v, (int, date, Decimal)):
        text = str(v)
    else:
        raise CellError("wrong_type")
    key = kind in ("key", "service")
    if key:
        text = text.strip()
    limit = max_len or DEFAULT_TEXT_MAX
    if len(text) > limit:
        raise CellError("too_long", length=len(text), max=limit)
    codes = _control_codes(text, allow_breaks=True)
    if codes:
        raise CellError("control_chars", codes=", ".join(codes[:5]))
    if key and _BREAKS.search(text):
        raise CellError("multiline")
    return text


# ----------------------------------------------------------------------------------- dates

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DOT_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_DOT_DATE_YY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2})$")
_YMD_DOT = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")
_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_SERIAL_TEXT = re.compile(r"^\d{1,6}(?:\.0+)?$")
#: A bare number is taken for an Excel day number only between these (and only in a column of dates).
SERIAL_FIRST, SERIAL_LAST = date(1990, 1, 1), date(2100, 12, 31)


class DateContext:
    """What the other cells of a date column say: whether they hold dates at all (so that a bare
    number may be an Excel day number) and the order of their slash dates (dmy, mdy, or None when
    nothing settles it; 'conflict' when both orders occur)."""

    __slots__ = ("has_dates", "slash")

    def __init__(self, has_dates: bool = False, slash: str | None = None):
        self.has_dates, self.slash = has_dates, slash

    def key(self) -> tuple:
        return self.has_dates, self.slash


NO_CONTEXT = DateContext()


def _in_range(d: date) -> date:
    if not MIN_DATE <= d <= MAX_DATE:
        raise CellError("date_out_of_range")
    return d


def from_serial(serial: float | int, date1904: bool = False) -> date:
    """An Excel serial day number (1900 or 1904 system) as a date."""
    if isinstance(serial, float) and not math.isfinite(serial):
        raise CellError("not_a_date")
    if not 0 < serial < 80_000:
        raise CellError("date_out_of_range")
    days = int(serial)
    if date1904:
        return _in_range(date(1904, 1, 1) + timedelta(days=days))
    if days == 60:  # 29 February 1900, a day that never was (Lotus' leap-year bug)
        raise CellError("not_a_date")
    base = date(1899, 12, 31) if days < 60 else date(1899, 12, 30)
    return _in_range(base + timedelta(days=days))


def _serial_date(serial, date1904: bool, ctx: DateContext, shown: str) -> date:
    """A bare number in a date column: an Excel day number only when it is plausible (1990–2100)
    and the column's other cells are dates; otherwise refused, naming what it would have been."""
    if isinstance(serial, (int, float)) and serial > 73_415:  # after 2100 in either system
        raise CellError("date_out_of_range")
    try:
        d = from_serial(serial, date1904)
    except CellError:
        d = None
    if d is None or not SERIAL_FIRST <= d <= SERIAL_LAST:
        raise CellError("bare_number_date", value=shown)
    if not ctx.has_dates:
        raise CellError("lone_serial_date", value=shown, date=d.isoformat())
    return d


@lru_cache(maxsize=1)
def _month_names() -> dict[str, int]:
    from babel import Locale

    names: dict[str, int] = {}
    from app.messages import LANGS

    for lang in LANGS:
        months = Locale.parse(lang).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for n, name in months[context][width].items():
                    names.setdefault(fold(name).rstrip("."), n)
    for n, name in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                              "nov", "dec"), start=1):
        names.setdefault(name, n)
    names.setdefault("sept", 9)
    names.setdefault("мар", 3)
    return names


_YEAR_WORDS = re.compile(r"\s*(?:г\.?|года|год|жылғы|жылы|ж\.?)\s*")
_YEAR_TAIL = re.compile(r"(?<=\d)\s*(?:г\.?|года|ж\.?)$")
_WORDS_DATE = re.compile(r"^(\d{1,4})[\s\-]+([^\W\d_]+)\.?[\s\-,]+(\d{1,4})$")
_MONTH_FIRST = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")


def _month_date(text: str) -> date | None:
    """«15 июня 2026 г.», 15-Jun-2026, "June 15, 2026", «2026 жылғы 15 маусым»."""
    t = fold(text)
    m = re.match(r"^(\d{4})\s*(?:жылғы|жылы|ж\.?)?\s+(\d{1,2})\s*-?\s*([^\W\d_]+)$", t)
    if m:
        y, d, name = int(m.group(1)), int(m.group(2)), m.group(3)
    else:
        t = _YEAR_WORDS.sub(" ", t).strip().rstrip(",").strip()
        m = _WORDS_DATE.match(t)
        if m and len(m.group(3)) == 4 and len(m.group(1)) <= 2:
            d, name, y = int(m.group(1)), m.group(2), int(m.group(3))
        else:
            m = _MONTH_FIRST.match(t)
            if not m:
                return None
            name, d, y = m.group(1), int(m.group(2)), int(m.group(3))
    month = _month_names().get(name.rstrip("."))
    if month is None:
        return None
    try:
        return date(y, month, d)
    except (ValueError, OverflowError):
        raise CellError("not_a_date") from None


def _ymd(y: int, m: int, d: int) -> date:
    if not 1 <= y <= 9999:
        raise CellError("date_out_of_range")
    try:
        d_ = date(y, m, d)
    except ValueError:
        raise CellError("not_a_date") from None
    return _in_range(d_)


def slash_order(text: str) -> str | None:
    """'dmy' or 'mdy' when a slash date settles the order by itself (a part above 12), else None."""
    m = _SLASH.match(text.strip())
    if not m:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    if a > 12 >= b:
        return "dmy"
    if b > 12 >= a:
        return "mdy"
    return None


def is_date_text(text: str) -> bool:
    """Text that is a date by its form alone (not a bare number, not an unsettled slash date)."""
    try:
        _date_from_text(text, NO_CONTEXT.key())
        return True
    except CellError:
        return False


@lru_cache(maxsize=4096)
def _date_from_text(text: str, ctx_key: tuple = (False, None)) -> date:
    text = _YEAR_TAIL.sub("", text.strip())  # 01.03.2026 г., 2026.03.01 ж.
    for rx, order in ((_ISO_DATE, "ymd"), (_DOT_DATE, "dmy"), (_YMD_DOT, "ymd")):
        m = rx.match(text)
        if m:
            parts = dict(zip(order, (int(g) for g in m.groups()[:3]), strict=True))
            return _ymd(parts["y"], parts["m"], parts["d"])
    m = _DOT_DATE_YY.match(text)
    if m:
        yy = int(m.group(3))
        return _ymd(2000 + yy if yy < 30 else 1900 + yy, int(m.group(2)), int(m.group(1)))  # Excel's rule
    m = _SLASH.match(text)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        own = slash_order(text)
        order = ctx_key[1]
        if order == "conflict":
            raise CellError("slash_date_conflict")
        order = order or own
        if order is None:
            raise CellError("slash_date_ambiguous")
        return _ymd(y, b, a) if order == "dmy" else _ymd(y, a, b)
    if _SERIAL_TEXT.match(text):
        return _serial_date(float(text), False, DateContext(*ctx_key), text)
    d = _month_date(text)
    if d is not None:
        return _in_range(d)
    raise CellError("not_a_date")


def to_date(v, date1904: bool = False, ctx: DateContext = NO_CONTEXT) -> date:
    if isinstance(v, (bool, time, timedelta)):
        raise CellError("wrong_type")
    if isinstance(v, datetime):
        return _in_range(v.date())
    if isinstance(v, date):
        return _in_range(v)
    if isinstance(v, (int, float)):
        shown = str(int(v)) if float(v).is_integer() else repr(v)
        return _serial_date(v, date1904, ctx, shown)
    if isinstance(v, str):
        if date1904 and _SERIAL_TEXT.match(v.strip()):
            return _serial_date(float(v), True, ctx, v.strip())
        return _date_from_text(v, ctx.key())
    raise CellError("not_a_date")


# ---------------------------------------------------------------------------------- numbers

_LEAD_TOKEN = re.compile(r"^([^\d\s+\-.,(]+)\s*")
_TRAIL_TOKEN = re.compile(r"\s*([^\d\s.,)%]+)$")
_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f'’]")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$|^\.\d+$")
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_GROUPED_DOT = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_NON_FINITE = frozenset({"nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity", "∞", "-∞"})


def _is_currency(token: str) -> bool:
    token = token.rstrip(".")
    return token.casefold() in _CURRENCY_SIGNS or token.upper() in _currencies()


def currency_sign(text: str) -> str | None:
    """The currency a number written as text names by its sign or code (``€480 000`` -> EUR),
    None when it names none."""
    return _currency_in(text.strip())


@lru_cache(maxsize=8192)
def _currency_in(s: str) -> str | None:
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    s = s.replace("\u2212", "-")
    if s[:1] in ("+", "-"):
        s = s[1:].strip()
    for rx in (_LEAD_TOKEN, _TRAIL_TOKEN):
        m = rx.search(s)
        if m and _is_currency(m.group(1)):
            token = m.group(1).rstrip(".")
            return _CURRENCY_SIGNS.get(token.casefold(), token.upper())
    return None


def _strip_currency(s: str) -> str:
    """Drop one currency sign or code before and one after the number (``$ 12 000``, ``12 000 ₸``)."""
    m = _LEAD_TOKEN.match(s)
    if m and _is_currency(m.group(1)):
        s = s[m.end():]
    m = _TRAIL_TOKEN.search(s)
    if m and _is_currency(m.group(1)):
        s = s[:m.start()]
    return s.strip()


@lru_cache(maxsize=8192)
def number_from_text(text: str) -> Decimal:  # noqa: C901 - one branch per written number form
    """``1 250,50``, ``1,250.50``, ``1.250,50``, ``$ 12 000``, ``-3``, ``12,5``, ``15%``."""
    s = text.strip()
    if s.casefold() in _NON_FINITE:
        raise CellError("not_finite")
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1].strip()
    s = s.replace("\u2212", "-")
    if s.endswith("%"):
        s = s[:-1].strip()
    s = _strip_currency(s)
    if s[:1] in ("+", "-"):
        negative, s = negative ^ (s[0] == "-"), s[1:].strip()
    s = _strip_currency(s)
    spaced = bool(_SPACES.search(s))
    s = _SPACES.sub("", s)
    if not s:
        raise CellError("not_a_number")
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):  # 1.250,50
            if not _GROUPED_DOT.match(s):
                raise CellError("not_a_number")
            s = s.replace(".", "").replace(",", ".")
        else:  # 1,250.50
            if not _GROUPED.match(s):
                raise CellError("not_a_number")
            s = s.replace(",", "")
    elif s.count(",") > 1:
        if not _GROUPED.match(s):
            raise CellError("not_a_number")
        s = s.replace(",", "")
    elif s.count(",") == 1:
        whole, frac = s.split(",")
        if len(frac) == 3 and not spaced and whole not in ("", "0"):
            raise CellError("ambiguous_number")
        s = f"{whole}.{frac}"
    elif s.count(".") > 1:
        if not _GROUPED_DOT.match(s):
            raise CellError("not_a_number")
        s = s.replace(".", "")
    elif s.count(".") == 1:
        whole, frac = s.split(".")
        if len(frac) == 3 and not spaced and whole not in ("", "0") and len(whole) <= 3:
            raise CellError("ambiguous_dot")  # 480.000, 1.200: thousands or decimals?
    if not _PLAIN.match(s):
        raise CellError("not_a_number")
    try:
        d = Decimal(s)
    except InvalidOperation:
        raise CellError("not_a_number") from None
    return -d if negative else d


def to_number(v) -> Decimal:
    if isinstance(v, (bool, time, timedelta)):
        raise CellError("wrong_type")
    if isinstance(v, float):
        if not math.isfinite(v):
            raise CellError("not_finite")
        d = Decimal(repr(v))  # the shortest text that is this cell's number: no binary noise
    elif isinstance(v, (int, Decimal)):
        d = Decimal(v)
    elif isinstance(v, str):
        d = number_from_text(v)
    else:
        raise CellError("not_a_number")
    try:
        return to_decimal(d)
    except AmountError as exc:
        raise CellError(exc.reason if exc.reason in ("not_finite", "too_large") else "not_a_number") from None


def to_kind_number(v, kind: str):
    d = to_number(v)
    if kind == "amount" and d < 0:
        raise CellError("negative")
    if kind == "rate" and d <= 0:
        raise CellError("not_positive")
    if kind == "pct" and not 0 <= d <= 100:
        raise CellError("pct_range")
    if kind == "int":
        if d != d.to_integral_value():
            raise CellError("not_whole")
        if d < 1:
            raise CellError("not_positive")
        return int(d)
    return d


# ------------------------------------------------------------------------ names and words

_COUNTRY_EXTRA = {
    "казахстан": "KZ", "қазақстан": "KZ", "kazakstan": "KZ", "кыргызстан": "KG", "киргизия": "KG",
    "қырғызстан": "KG", "кыргызская республика": "KG", "kyrgyz republic": "KG", "узбекистан": "UZ",
    "өзбекстан": "UZ", "таджикистан": "TJ", "тәжікстан": "TJ", "туркменистан": "TM",
    "түрікменстан": "TM", "россия": "RU", "ресей": "RU", "russia": "RU", "грузия": "GE",
    "япония": "JP", "жапония": "JP", "китай": "CN", "қытай": "CN", "корея": "KR", "south korea": "KR",
    "южная корея": "KR", "оңтүстік корея": "KR", "сша": "US", "ақш": "US", "usa": "US", "uk": "GB",
    "великобритания": "GB", "германия": "DE", "германия фрг": "DE", "турция": "TR", "түркия": "TR",
    "азербайджан": "AZ", "әзірбайжан": "AZ", "армения": "AM", "армения республика": "AM",
    "беларусь": "BY", "белоруссия": "BY", "украина": "UA", "монголия": "MN", "индия": "IN",
    "үндістан": "IN", "тайвань": "TW", "гонконг": "HK", "макао": "MO", "австралия": "AU",
    "новая зеландия": "NZ", "жаңа зеландия": "NZ",
}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    import gettext

    import pycountry

    names: dict[str, str] = {}
    translations = []
    for lang in ("ru", "kk"):
        try:
            translations.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            pass
    for c in pycountry.countries:
        for attr in ("alpha_2", "alpha_3", "name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                names.setdefault(fold(value), c.alpha_2)
                for t in translations:
                    if attr in ("name", "official_name", "common_name"):
                        names.setdefault(fold(t.gettext(value)), c.alpha_2)
    for k, v in _COUNTRY_EXTRA.items():
        names.setdefault(fold(k), v)
    return names


def to_country(v) -> str:
    if not isinstance(v, str):
        raise CellError("unknown_country")
    code = _countries().get(fold(v))
    if code is None:
        raise CellError("unknown_country")
    return code


_CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "₴": "UAH", "₺": "TRY", "₼": "AZN", "сом": "KGS",
                   "сум": "UZS", "€": "EUR", "£": "GBP", "₸": "KZT", "₽": "RUB", "тг": "KZT",
                   "тенге": "KZT", "теңге": "KZT", "руб": "RUB", "¥": "JPY"}


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def to_currency(v) -> str:
    if not isinstance(v, str):
        raise CellError("unknown_currency")
    text = v.strip()
    code = _CURRENCY_SIGNS.get(text.casefold().rstrip("."), text.upper())
    if code not in _currencies():
        raise CellError("unknown_currency")
    return code


def to_word(v, vocab: str, lang: str) -> str:
    if isinstance(v, str):
        value = fmt.vocabulary(vocab).get(fold(v))
        if value is not None:
            return value
    from app.texts import VOCAB

    allowed = ", ".join(per[lang] if lang in per else per["en"] for per in VOCAB[vocab].values())
    raise CellError("unknown_value", allowed=allowed)


_PARENS = re.compile(r"\s*\([^)]*\)\s*")
_ABBR = re.compile(r"\(([^)]{2,12})\)")
#: Words that say how a service is counted, not which it is ("EDE hours", «часы DE»).
_UNIT_WORDS = frozenset({"hour", "hours", "hrs", "h", "day", "days", "credit", "credits", "час", "часы",
                         "часов", "ч", "день", "дня", "дней", "кредит", "кредита", "кредиты", "кредитов",
                         "сағат", "күн", "кредиттер", "seat", "seats", "session", "sessions"})


@lru_cache(maxsize=1)
def _bare_names() -> dict[str, str]:
    """Catalog names without their "(ABBR)" ("Azure Event Management") -> code, and the
    abbreviations themselves."""
    out: dict[str, str] = {}
    for service in catalog():
        for name in service.names.values():
            bare = fold(_PARENS.sub(" ", name))
            if bare:
                out.setdefault(bare, service.code)
    return out


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    out: dict[str, str] = {}
    for service in catalog():
        for name in (*service.names.values(), *service.aliases):
            for a in _ABBR.findall(name):
                out.setdefault(fold(a), service.code)
        for alias in service.aliases:
            if alias.replace(" ", "").isupper() and len(alias) <= 6:
                out.setdefault(fold(alias), service.code)
    return out


@lru_cache(maxsize=1)
def _fuzzy_names() -> tuple[list[str], list[str]]:
    names = {fold(_PARENS.sub(" ", k)) or k: v for k, v in catalog().all_names().items()}
    return list(names), list(names.values())


def _query(text: str) -> tuple[str, list[str]]:
    words = re.findall(r"[^\W_]+", fold(text))
    kept = [w for w in words if w not in _UNIT_WORDS] or words
    return " ".join(kept), kept


def service_proposals(text: str, limit: int = 3, aliases: dict[str, str] | None = None) -> list[str]:
    """Catalog codes whose name is close to ``text``, best first: a service name the user chose
    in an earlier import (``aliases``, folded name -> code) when it is close, then an abbreviation
    written in the text ("EDE hours" -> EDE), then names by similarity (rapidfuzz, the best of a
    whole-name and a word-set score), with the words that only say how it is counted left out."""
    from rapidfuzz import fuzz, process

    query, words = _query(text)
    found: list[str] = []
    if aliases:
        names = list(aliases)
        for name, _score, _i in process.extract(fold(text), names, scorer=fuzz.WRatio, limit=limit,
                                                score_cutoff=85):
            if aliases[name] in catalog() and aliases[name] not in found:
                found.append(aliases[name])
    abbr = _abbreviations()
    for w in words:
        code = abbr.get(w)
        if code and code not in found:
            found.append(code)
    keys, codes = _fuzzy_names()
    for w in words:  # a word naming a one-word service: "Workshop: Active Directory…" -> Workshops
        if len(w) < 5:
            continue
        for k, code in zip(keys, codes, strict=True):
            if " " not in k and code not in found and fuzz.ratio(w, k) >= 90:
                found.append(code)

    def scorer(a, b, **kw):
        return max(fuzz.WRatio(a, b), fuzz.token_set_ratio(a, b) * 0.95,
                   fuzz.partial_ratio(b, a) * 0.9 if len(b) >= 6 else 0)

    for _name, _score, i in process.extract(query, keys, scorer=scorer, limit=20, score_cutoff=75):
        if codes[i] not in found:
            found.append(codes[i])
        if len(found) >= limit:
            break
    return found[:limit]


def to_service(v, choices: dict[str, str], lang: str, aliases: dict[str, str] | None = None) -> str:
    """A catalog code, from a code or a name in any language; close names are proposed
    (``CellError.params['codes']``), never taken unless the user chose one (``choices``)."""
    if not isinstance(v, str):
        v = to_text_value(v, "service", 200)
    chosen = choices.get(fold(v))
    if chosen and chosen in catalog():
        return chosen
    service = catalog().lookup(v)
    if service is not None:
        return service.code
    bare = _bare_names().get(fold(_PARENS.sub(" ", v)))
    if bare is not None:  # the catalog's name written without its "(ABBR)", or with it elsewhere
        return bare
    codes = service_proposals(v, aliases=aliases)
    if codes:
        names = "; ".join(catalog()[c].name(lang) if f"({c})" in catalog()[c].name(lang)
                          else f"{catalog()[c].name(lang)} ({c})" for c in codes)
        raise CellError("unknown_service_close", proposals=names, codes=codes)
    raise CellError("unknown_service", codes=[])
