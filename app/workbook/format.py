"""The workbook format: sheets, their columns, headers in Kazakh, Russian and English, and the
words each vocabulary column accepts. Reader, validator and writer all work from these tables."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

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


def _c(key, en, ru, kk, kind="text", required=False, max_len=0, aliases=()):
    return Column(key, {"en": en, "ru": ru, "kk": kk}, kind, required, max_len, tuple(aliases))


WORK_ORDER = _c("work_order", "Work order", "Заказ на выполнение работ", "Жұмыс тапсырысы", "key", True,
                100, ("Заказ", "Номер заказа", "Work order number", "WO", "Жұмыс тапсырмасы"))
CURRENCY = _c("currency", "Currency", "Валюта", "Валюта", "currency")
RATE = _c("rate_to_usd", "Rate to USD", "Курс к USD", "USD бағамы", "rate",
          aliases=("Rate", "Курс", "Бағам", "Курс к доллару"))
LOCATION = _c("location", "Location", "Место", "Орны", "country",
              aliases=("Country", "Страна", "Ел", "Қолдау көрсету орны", "Место оказания поддержки"))
SERVICE = _c("service", "Service", "Услуга", "Қызмет", "service", True, 200,
             aliases=("Service code", "Код услуги"))
CREDITS = _c("credits", "Credits", "Кредиты", "Кредиттер", "amount")
HOURS = _c("hours", "Hours", "Часы", "Сағаттар", "amount")
NOTES = _c("notes", "Notes", "Примечания", "Ескертпелер", "text", max_len=4000,
           aliases=("Note", "Примечание", "Комментарий", "Ескертпе"))

SHEETS: tuple[Sheet, ...] = (
    Sheet("work_orders", {"en": "Work orders", "ru": "Заказы", "kk": "Жұмыс тапсырыстары"}, (
        WORK_ORDER,
        _c("customer", "Customer", "Клиент", "Тұтынушы", "key", True, 300, ("Заказчик",)),
        _c("term_start", "Term start", "Начало срока", "Мерзімнің басталуы", "date", True,
           aliases=("Start", "Начало")),
        _c("term_end", "Term end", "Окончание срока", "Мерзімнің аяқталуы", "date", True,
           aliases=("End", "Окончание")),
        _c("signed_on", "Signed on", "Дата подписания", "Қол қойылған күні", "date"),
        CURRENCY, RATE,
        _c("base_amount", "Base package amount", "Сумма базового пакета", "Негізгі бума сомасы",
           "amount", aliases=("Base package", "Базовый пакет", "Негізгі бума")),
        _c("flex_allowance", "Flex allowance", "Гибкий лимит (Flex Allowance)", "Өзгермелі төлем",
           "amount", aliases=("Гибкий лимит", "Flex")),
        _c("cancel_fee_pct", "Cancellation fee %", "Плата за отмену, %", "Бас тарту ақысы, %", "pct",
           aliases=("Cancellation fee", "Плата за отмену", "Бас тарту ақысы")),
    ), ("Work order", "Заказы на выполнение работ", "Жұмыс тапсырысы")),
    Sheet("locations", {"en": "Locations", "ru": "Места поддержки", "kk": "Қолдау көрсету орындары"}, (
        WORK_ORDER,
        _c("country", "Country", "Страна", "Ел", "country", True, aliases=("Location", "Место", "Орны")),
        _c("role", "Role", "Роль", "Рөлі", "vocab:role", True),
        CURRENCY, RATE,
        _c("credit_value", "Credit value", "Стоимость кредита", "Кредит құны", "rate",
           aliases=("Value of a credit", "Цена кредита")),
    ), ("Support locations", "Места", "Места оказания поддержки", "Орындар")),
    Sheet("services", {"en": "Services", "ru": "Услуги", "kk": "Қызметтер"}, (
        WORK_ORDER,
        _c("line_no", "Line", "Строка", "Жол", "int", True, aliases=("Line no", "№", "№ строки")),
        SERVICE,
        _c("quantity", "Quantity", "Количество", "Саны", "amount", True, aliases=("Qty", "Кол-во")),
        _c("unit", "Unit", "Единица", "Өлшем бірлігі", "vocab:unit", aliases=("Ед.", "Бірлік")),
        LOCATION,
        _c("funding", "Funding", "Источник оплаты", "Қаржыландыру", "vocab:funding", True),
        _c("unit_price", "Unit price", "Цена за единицу", "Бірлік бағасы", "amount", aliases=("Price", "Цена")),
        _c("flex_year", "Flex year", "Год гибкого лимита", "Өзгермелі төлем жылы", "int"),
        NOTES,
    ), ("Purchased services", "Қызметтер тізімі")),
    Sheet("deliveries", {"en": "Deliveries", "ru": "Оказание услуг", "kk": "Жеткізулер"}, (
        WORK_ORDER,
        _c("ref", "Delivery", "Оказание услуги", "Жеткізу", "key", True, 40, ("Delivery id", "ID")),
        SERVICE,
        _c("title", "Title", "Название", "Атауы", "text", max_len=500),
        LOCATION,
        _c("mode", "Mode", "Формат", "Өткізу түрі", "vocab:mode"),
        _c("status", "Status", "Статус", "Күйі", "vocab:status"),
        _c("requested_on", "Requested on", "Дата запроса", "Сұралған күні", "date"),
        _c("first_day", "First day", "Первый день", "Бірінші күні", "date",
           aliases=("Первый день оказания", "Жеткізудің бірінші күні")),
        _c("last_day", "Last day", "Последний день", "Соңғы күні", "date"),
        CREDITS, HOURS,
        _c("changed_on", "Changed on", "Дата изменения", "Өзгертілген күні", "date"),
        _c("moved_from", "Moved from", "Перенесено с", "Қайта жоспарлауға дейінгі күні", "date"),
        _c("fee", "Fee", "Плата", "Ақы", "amount", aliases=("Cancellation fee", "Плата за отмену")),
        _c("line_no", "Line", "Строка", "Жол", "int"),
        NOTES,
    ), ("Delivery", "Оказания услуг", "Жеткізу")),
    Sheet("ledger", {"en": "Ledger", "ru": "Журнал операций", "kk": "Операциялар журналы"}, (
        WORK_ORDER,
        _c("on", "Date", "Дата", "Күні", "date", True),
        _c("location", "Location", "Место", "Орны", "country", True,
           aliases=("Country", "Страна", "Ел")),
        _c("kind", "Kind", "Вид операции", "Операция түрі", "vocab:kind", True, aliases=("Type", "Тип")),
        _c("credits", "Credits", "Кредиты", "Кредиттер", "signed"),
        _c("hours", "Hours", "Часы", "Сағаттар", "signed"),
        _c("reference", "Reference", "Ссылка", "Сілтеме", "text", max_len=200),
        _c("counterparty", "Counterparty", "Другое место (страна)", "Қарсы орын (ел)", "country",
           aliases=("Другое место", "Қарсы орын", "Контрагент")),
        NOTES,
    ), ("Журнал", "Credit ledger", "Кредиттер журналы")),
)

SHEET_BY_KEY = {s.key: s for s in SHEETS}

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


@lru_cache(maxsize=None)
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


@lru_cache(maxsize=None)
def header_index(sheet_key: str) -> dict[str, str]:
    """Folded header (any language or alias) -> column key, for one sheet."""
    sheet = SHEET_BY_KEY[sheet_key]
    index: dict[str, str] = {}
    for col in sheet.columns:
        for name in (*col.names.values(), col.key, *col.aliases):
            index.setdefault(_header_key(name), col.key)
    return index


@lru_cache(maxsize=1)
def sheet_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for sheet in SHEETS:
        for name in (*sheet.names.values(), sheet.key, *sheet.aliases):
            index.setdefault(_header_key(name), sheet.key)
    for name in INSTRUCTIONS.values():
        index.setdefault(_header_key(name), "")
    return index


def match_header(sheet_key: str, text: str) -> str | None:
    return header_index(sheet_key).get(_header_key(text))


def match_sheet(title: str) -> str | None:
    """The sheet key for a sheet title; '' for the instruction sheet; None when unknown."""
    return sheet_index().get(_header_key(title))


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
