"""The workbook format: sheets, their columns, headers in Kazakh, Russian and English, and the
words each vocabulary column accepts. Reader, validator and writer all work from these tables."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from app.domain.catalog import fold
from app.texts import LANGS, VOCAB


@dataclass(frozen=True)
class Column:
    key: str
    names: dict[str, str]  # header per language
    kind: str  # text, key, date, amount, signed, rate, pct, int, country, currency, service, vocab:<name>
    required: bool = False  # must be present (column and value) for a new record
    max_len: int = 0  # text only; 0 = default
    aliases: tuple[str, ...] = ()

    def header(self, lang: str = "en") -> str:
        return self.names.get(lang) or self.names["en"]


@dataclass(frozen=True)
class Sheet:
    key: str
    names: dict[str, str]
    columns: tuple[Column, ...]
    aliases: tuple[str, ...] = ()

    def title(self, lang: str = "en") -> str:
        return self.names.get(lang) or self.names["en"]

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def _c(key, names: dict[str, str], kind="text", required=False, max_len=0, aliases=()):
    """A column: its key, its title per language code, what it holds."""
    return Column(key, dict(names), kind, required, max_len, tuple(aliases))


WORK_ORDER = _c("work_order", {"en": "Work order", "ru": "Заказ на выполнение работ", "kk": "Жұмыс тапсырысы"}, "key", True,
                100, ("Заказ", "Номер заказа", "Work order number", "WO", "WO number", "WO No", "Order",
                      "Order number", "Жұмыс тапсырмасы", "Тапсырыс", "Тапсырыс нөмірі",
                      "Жұмыс тапсырысының нөмірі", "Номер заказа на выполнение работ"))
CURRENCY = _c("currency", {"en": "Currency", "ru": "Валюта", "kk": "Валюта"}, "currency",
              aliases=("Currency code", "Код валюты", "Валюта договора", "Валютасы"))
RATE = _c("rate_to_usd", {"en": "Rate to USD", "ru": "Курс к USD", "kk": "USD бағамы"}, "rate",
          aliases=("Rate", "Курс", "Бағам", "Курс к доллару", "Exchange rate", "FX rate", "Курс валюты",
                   "Айырбас бағамы", "USD rate"))
LOCATION = _c("location", {"en": "Location", "ru": "Место", "kk": "Орны"}, "country",
              aliases=("Country", "Страна", "Ел", "Қолдау көрсету орны", "Место оказания поддержки",
                       "Support location", "Место поддержки", "Country code", "Код страны"))
SERVICE = _c("service", {"en": "Service", "ru": "Услуга", "kk": "Қызмет"}, "service", True, 200,
             aliases=("Service code", "Код услуги", "Service name", "Name of service", "Наименование услуги",
                       "Название услуги", "Услуга (наименование)", "Қызмет атауы", "Қызметтің атауы",
                       "Қызмет коды"))
CREDITS = _c("credits", {"en": "Credits", "ru": "Кредиты", "kk": "Кредиттер"}, "amount",
             aliases=("Кредитов", "Кредит", "Credit"))
HOURS = _c("hours", {"en": "Hours", "ru": "Часы", "kk": "Сағаттар"}, "amount", aliases=("Часов", "Сағат", "Hour"))
NOTES = _c("notes", {"en": "Notes", "ru": "Примечания", "kk": "Ескертпелер"}, "text", max_len=4000,
           aliases=("Note", "Примечание", "Комментарий", "Ескертпе"))
TRAVEL_PREPAID = _c("travel_prepaid", {"en": "Travel prepaid", "ru": "Командировочные оплачены", "kk": "Іссапар алдын ала төленген"},
                    "bool", aliases=("Travel paid", "T&E prepaid", "Travel", "Командировочные",
                                     "Іссапар шығындары төленген"))
DELIVERY_QUANTITY = _c("quantity", {"en": "Quantity", "ru": "Количество", "kk": "Саны"}, "amount",
                       aliases=("Qty", "Кол-во", "Attendees", "Участники", "Қатысушылар", "Мөлшері"))

SHEETS: tuple[Sheet, ...] = (
    Sheet("work_orders", {"en": "Work orders", "ru": "Заказы", "kk": "Жұмыс тапсырыстары"}, (
        WORK_ORDER,
        _c("customer", {"en": "Customer", "ru": "Клиент", "kk": "Тұтынушы"}, "key", True, 300,
           ("Заказчик", "Client", "Client name", "Customer name", "Клиент/Заказчик", "Заказчик/Клиент",
            "Наименование клиента", "Наименование заказчика", "Тапсырыс беруші", "Клиент атауы",
            "Company", "Компания")),
        _c("term_start", {"en": "Term start", "ru": "Начало срока", "kk": "Мерзімнің басталуы"}, "date", True,
           aliases=("Start", "Начало", "Start date", "Term start date", "Start of term", "Valid from",
                    "Дата начала", "Начало действия", "Действует с", "Дата начала срока",
                    "Басталу күні", "Басталуы", "Мерзімнің басталу күні")),
        _c("term_end", {"en": "Term end", "ru": "Окончание срока", "kk": "Мерзімнің аяқталуы"}, "date", True,
           aliases=("End", "Окончание", "End date", "Term end date", "End of term", "Valid to",
                    "Valid until", "Дата окончания", "Конец срока", "Действует до",
                    "Окончание действия", "Дата окончания срока", "Аяқталу күні", "Аяқталуы",
                    "Мерзімнің аяқталу күні")),
        _c("signed_on", {"en": "Signed on", "ru": "Дата подписания", "kk": "Қол қойылған күні"}, "date",
           aliases=("Signed", "Date signed", "Signature date", "Дата подписи", "Подписан",
                    "Қол қою күні", "Қол қойылды")),
        CURRENCY, RATE,
        _c("base_amount", {"en": "Base package amount", "ru": "Сумма базового пакета", "kk": "Негізгі бума сомасы"},
           "amount", aliases=("Base package", "Базовый пакет", "Негізгі бума", "Base amount", "Amount",
                              "Contract amount", "Сумма", "Сумма договора", "Сомасы", "Сома")),
        _c("flex_allowance", {"en": "Flex allowance", "ru": "Гибкий лимит (Flex Allowance)", "kk": "Өзгермелі төлем"},
           "amount", aliases=("Гибкий лимит", "Flex")),
        _c("cancel_fee_pct", {"en": "Cancellation fee %", "ru": "Плата за отмену, %", "kk": "Бас тарту ақысы, %"}, "pct",
           aliases=("Cancellation fee", "Плата за отмену", "Бас тарту ақысы", "Fee %", "Штраф за отмену")),
    ), ("Work order", "Заказы на выполнение работ", "Жұмыс тапсырысы")),
    Sheet("locations", {"en": "Locations", "ru": "Места поддержки", "kk": "Қолдау көрсету орындары"}, (
        WORK_ORDER,
        _c("country", {"en": "Country", "ru": "Страна", "kk": "Ел"}, "country", True,
           aliases=("Location", "Место", "Орны", "Country code", "Код страны", "Ел коды",
                    "Support location", "Место поддержки")),
        _c("role", {"en": "Role", "ru": "Роль", "kk": "Рөлі"}, "vocab:role", True,
           aliases=("Location role", "Тип места", "Рөл")),
        CURRENCY, RATE,
        _c("credit_value", {"en": "Credit value", "ru": "Стоимость кредита", "kk": "Кредит құны"}, "rate",
           aliases=("Value of a credit", "Цена кредита", "Credit price", "Стоимость 1 кредита",
                    "Бір кредит құны")),
    ), ("Support locations", "Места", "Места оказания поддержки", "Орындар")),
    Sheet("services", {"en": "Services", "ru": "Услуги", "kk": "Қызметтер"}, (
        WORK_ORDER,
        _c("line_no", {"en": "Line", "ru": "Строка", "kk": "Жол"}, "int", True, aliases=("Line no", "№", "№ строки", "#", "No", "Line number", "№ п/п", "п/п",
                                     "Номер строки", "Позиция", "Position", "Жол нөмірі")),
        SERVICE,
        _c("quantity", {"en": "Quantity", "ru": "Количество", "kk": "Саны"}, "amount", True, aliases=("Qty", "Кол-во", "Кол во", "Количество единиц",
                                                            "Мөлшері", "Quantity purchased")),
        _c("unit", {"en": "Unit", "ru": "Единица", "kk": "Өлшем бірлігі"}, "vocab:unit", aliases=("Ед.", "Бірлік", "UoM", "Unit of measure",
                                                               "Ед. изм.", "Ед.изм.", "Единица измерения",
                                                               "Өлшем бірл.")),
        LOCATION,
        _c("funding", {"en": "Funding", "ru": "Источник оплаты", "kk": "Қаржыландыру"}, "vocab:funding", True,
           aliases=("Funding source", "Финансирование", "Оплата из", "Қаржы көзі")),
        _c("unit_price", {"en": "Unit price", "ru": "Цена за единицу", "kk": "Бірлік бағасы"}, "amount",
           aliases=("Price", "Цена", "Price per unit", "Цена за ед.", "Стоимость за единицу",
                    "Бірлік құны")),
        _c("flex_year", {"en": "Flex year", "ru": "Год гибкого лимита", "kk": "Өзгермелі төлем жылы"}, "int"),
        NOTES,
        TRAVEL_PREPAID,
    ), ("Purchased services", "Қызметтер тізімі")),
    Sheet("deliveries", {"en": "Deliveries", "ru": "Оказание услуг", "kk": "Жеткізулер"}, (
        WORK_ORDER,
        _c("ref", {"en": "Delivery", "ru": "Оказание услуги", "kk": "Жеткізу"}, "key", True, 40,
           ("Delivery id", "ID", "Delivery number", "Номер оказания", "Жеткізу нөмірі")),
        SERVICE,
        _c("title", {"en": "Title", "ru": "Название", "kk": "Атауы"}, "text", max_len=500,
           aliases=("Наименование", "Тема", "Тақырып", "Subject")),
        LOCATION,
        _c("mode", {"en": "Mode", "ru": "Формат", "kk": "Өткізу түрі"}, "vocab:mode", aliases=("Delivery mode", "Формат оказания", "Режим")),
        _c("status", {"en": "Status", "ru": "Статус", "kk": "Күйі"}, "vocab:status", aliases=("State", "Состояние", "Мәртебе")),
        _c("requested_on", {"en": "Requested on", "ru": "Дата запроса", "kk": "Сұралған күні"}, "date",
           aliases=("Request date", "Дата заявки", "Өтінім күні")),
        _c("first_day", {"en": "First day", "ru": "Первый день", "kk": "Бірінші күні"}, "date",
           aliases=("Первый день оказания", "Жеткізудің бірінші күні", "Start date", "Дата начала",
                    "Басталу күні", "Start", "Начало")),
        _c("last_day", {"en": "Last day", "ru": "Последний день", "kk": "Соңғы күні"}, "date",
           aliases=("End date", "Дата окончания", "Аяқталу күні", "End", "Окончание")),
        CREDITS, HOURS,
        _c("changed_on", {"en": "Changed on", "ru": "Дата изменения", "kk": "Өзгертілген күні"}, "date"),
        _c("moved_from", {"en": "Moved from", "ru": "Перенесено с", "kk": "Қайта жоспарлауға дейінгі күні"}, "date"),
        _c("fee", {"en": "Fee", "ru": "Плата", "kk": "Ақы"}, "amount", aliases=("Cancellation fee", "Плата за отмену")),
        _c("line_no", {"en": "Line", "ru": "Строка", "kk": "Жол"}, "int"),
        NOTES,
        DELIVERY_QUANTITY,
        TRAVEL_PREPAID,
    ), ("Delivery", "Оказания услуг", "Жеткізу")),
    Sheet("ledger", {"en": "Ledger", "ru": "Журнал операций", "kk": "Операциялар журналы"}, (
        WORK_ORDER,
        _c("on", {"en": "Date", "ru": "Дата", "kk": "Күні"}, "date", True,
           aliases=("Entry date", "Дата операции", "Операция күні")),
        _c("location", {"en": "Location", "ru": "Место", "kk": "Орны"}, "country", True,
           aliases=("Country", "Страна", "Ел")),
        _c("kind", {"en": "Kind", "ru": "Вид операции", "kk": "Операция түрі"}, "vocab:kind", True, aliases=("Type", "Тип", "Operation", "Операция", "Тип операции")),
        _c("credits", {"en": "Credits", "ru": "Кредиты", "kk": "Кредиттер"}, "signed"),
        _c("hours", {"en": "Hours", "ru": "Часы", "kk": "Сағаттар"}, "signed"),
        _c("reference", {"en": "Reference", "ru": "Ссылка", "kk": "Сілтеме"}, "text", max_len=200,
           aliases=("Ref", "Основание", "Документ", "Негіздеме")),
        _c("counterparty", {"en": "Counterparty", "ru": "Другое место (страна)", "kk": "Қарсы орын (ел)"}, "country",
           aliases=("Другое место", "Қарсы орын", "Контрагент")),
        NOTES,
    ), ("Журнал", "Credit ledger", "Кредиттер журналы")),
)

SHEET_BY_KEY = {s.key: s for s in SHEETS}

#: A yes/no ("bool") column: the words the export writes, per language (yes, no) ...
YES_NO = {"en": ("yes", "no"), "ru": ("да", "нет"), "kk": ("иә", "жоқ")}
#: ... and every word it reads (folded), in any language.
YES_NO_WORDS = {**{fold(w): True for w, _ in YES_NO.values()}, **{fold(w): False for _, w in YES_NO.values()},
                "true": True, "false": False, "y": True, "n": False, "1": True, "0": False,
                "x": True, "✓": True, "ия": True, "жок": False, "prepaid": True}


def yes_no(value: object) -> bool | None:
    """A yes/no cell's value, or None when it is neither."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    return YES_NO_WORDS.get(fold(str(value))) if isinstance(value, str) else None

#: The instruction sheet the template and the export put first; the importer skips it.
INSTRUCTIONS = {"en": "Instructions", "ru": "Инструкция", "kk": "Нұсқаулық"}

#: Words accepted beyond the three languages' VOCAB entries.
EXTRA_WORDS = {
    "mode": {"on-site": "onsite", "on site": "onsite", "выезд": "onsite", "очно": "onsite",
             "дистанционно": "remote", "онлайн": "remote", "online": "remote"},
    "status": {"canceled": "cancelled", "done": "delivered", "отменён": "cancelled",
               "отменен": "cancelled", "выполнено": "delivered"},
    "role": {"основное место": "host", "хост": "host", "дополнительное": "downstream"},
    "kind": {"transfer-out": "transfer out", "transfer-in": "transfer in", "transfer_out": "transfer out",
             "transfer_in": "transfer in"},
    "unit": {"credit": "credits", "hour": "hours", "day": "days", "event": "events", "seat": "seats",
             "session": "sessions", "delivery": "deliveries", "шт": "each"},
    "funding": {"additional services": "additional", "flex allowance": "flex", "sab": "SAB"},
}


@cache
def vocabulary(name: str) -> dict[str, str]:
    """Folded word (any language, the stored value, extra spellings) -> stored value."""
    words: dict[str, str] = {}
    for value, per_lang in VOCAB[name].items():
        words[fold(value)] = value
        for lang in LANGS:
            words.setdefault(fold(per_lang[lang]), value)
    for w, value in EXTRA_WORDS.get(name, {}).items():
        words.setdefault(fold(w), value)
    return words


def _header_key(text: str) -> str:
    """Fold a header for matching: case, spaces, a trailing '*' or ':' do not matter."""
    return fold(text).rstrip("*: ").strip()


_HINT = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")  # (dd.mm.yyyy), [USD]
_UNIT_TAIL = re.compile(r"\s*,\s*[^,]{1,12}$")  # , USD  , %  , шт.
_NUMBER_SIGN = re.compile(r"(?:^|\s)(?:№|#|no\.?|nr\.?)(?=\s|$)|№|#")
#: The Kazakh letters a Russian keyboard lacks, as they are typed on one.
_KK_ON_RU = str.maketrans("құөіүғңһә", "куоиугнха")


def _stripped_key(text: str) -> str:
    """A header without its hints and units: ``Term start (dd.mm.yyyy)``, ``Amount, USD``,
    ``WO #``, ``№ заказа``, ``Fee %``."""
    t = fold(text).rstrip("*: ").strip()
    t = _HINT.sub(" ", t).strip()
    t = _UNIT_TAIL.sub("", t) if "," in t else t
    t = _NUMBER_SIGN.sub(" ", t)
    t = t.replace("%", " ").replace("/", " / ")
    return " ".join(t.rstrip("*:.").split()).replace(" / ", "/")


def header_forms(text: str) -> tuple[str, ...]:
    """The keys a header is looked up by, strictest first: as written, without hints and units,
    and with Kazakh letters as a Russian keyboard types them."""
    raw = _header_key(text)
    stripped = _stripped_key(text)
    loose = stripped.translate(_KK_ON_RU)
    out = []
    for form in (raw, stripped, loose, raw.translate(_KK_ON_RU)):
        if form and form not in out:
            out.append(form)
    return tuple(out)


@cache
def header_index(sheet_key: str) -> dict[str, str]:
    """Folded header (any language or alias, in each of its forms) -> column key, for one sheet."""
    sheet = SHEET_BY_KEY[sheet_key]
    index: dict[str, str] = {}
    for level in range(4):
        for col in sheet.columns:
            for name in (*col.names.values(), col.key, *col.aliases):
                forms = header_forms(name)
                if level < len(forms):
                    index.setdefault(forms[level], col.key)
    return index


@lru_cache(maxsize=1)
def sheet_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for sheet in SHEETS:
        for name in (*sheet.names.values(), sheet.key, *sheet.aliases):
            for form in header_forms(name):
                index.setdefault(form, sheet.key)
    for name in INSTRUCTIONS.values():
        for form in header_forms(name):
            index.setdefault(form, "")
    return index


@lru_cache(maxsize=8192)
def match_header(sheet_key: str, text: str) -> str | None:
    index = header_index(sheet_key)
    for form in header_forms(text):
        if form in index:
            return index[form]
    return None


_COPY_SUFFIX = re.compile(r"\s*\(\d{1,3}\)$")  # Excel's "Services (2)"


def match_sheet(title: str) -> str | None:
    """The sheet key for a sheet title (a copy such as "Services (2)" too); '' for the
    instruction sheet; None when unknown."""
    index = sheet_index()
    for t in (title, _COPY_SUFFIX.sub("", title)):
        for form in header_forms(t):
            if form in index:
                return index[form]
    return None


def resolve_field(sheet_key: str, name: str) -> str | None:
    """A field named on the command line (``term_end``, or a header of the format) for a sheet."""
    sheet = SHEET_BY_KEY[sheet_key]
    if any(c.key == name.strip() for c in sheet.columns):
        return name.strip()
    return match_header(sheet_key, name)


def field_names() -> set[str]:
    return {c.key for s in SHEETS for c in s.columns}


def propose_columns(sheet_key: str, text: str, keys, limit: int = 2, cutoff: int = 70) -> list[str]:
    """Column keys (among ``keys``) whose headers are close to ``text`` (rapidfuzz), best first:
    shown to the user, never taken."""
    from rapidfuzz import fuzz, process

    sheet = SHEET_BY_KEY[sheet_key]
    names, owners = [], []
    for col in sheet.columns:
        if col.key not in keys:
            continue
        for name in (*col.names.values(), *col.aliases):
            names.append(_stripped_key(name).translate(_KK_ON_RU))
            owners.append(col.key)
    if not names:
        return []
    found: list[str] = []
    query = _stripped_key(text).translate(_KK_ON_RU)
    for _n, _score, i in process.extract(query, names, scorer=fuzz.WRatio, limit=20, score_cutoff=cutoff):
        if owners[i] not in found:
            found.append(owners[i])
        if len(found) == limit:
            break
    return found


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
