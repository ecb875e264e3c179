"""The statement's own words in Kazakh, Russian and English (glossary.md; Kazakh from the seed).
Words of the closed vocabularies (status, unit, ledger kind ...) come from :mod:`app.texts`."""

from __future__ import annotations

# key: (kk, ru, en)
_WORDS: dict[str, tuple[str, str, str]] = {
    "title": ("Тоқсандық шолу есебі", "Отчёт для квартального обзора", "Quarterly review statement"),
    "customer": ("Тұтынушы", "Клиент", "Customer"),
    "work_order": ("Жұмыс тапсырысы", "Заказ на выполнение работ", "Work order"),
    "term": ("Мерзім", "Срок действия", "Term"),
    "term_start": ("Мерзімнің басталуы", "Начало срока", "Term start"),
    "term_end": ("Мерзімнің аяқталуы", "Окончание срока", "Term end"),
    "host_short": ("хост", "хост", "host"),
    "series": ("Қатар", "Ряд", "Series"),
    "locations": ("Қолдау көрсету орны", "Места оказания поддержки", "Support locations"),
    "host": ("Хост", "Основное место (хост)", "Host"),
    "quarter": ("Тоқсан", "Квартал", "Quarter"),
    "printed": ("Басып шығарылған күні", "Дата печати", "Printed"),
    "as_of": ("Ескертулер күні", "Замечания на дату", "Findings as of"),
    "as_of_note": ("тоқсанның соңы немесе, ертерек болса, басып шығарылған күн",
                   "конец квартала или дата печати, если она раньше",
                   "the quarter's end, or the print date if earlier"),
    "currency": ("Валюта", "Валюта", "Currency"),
    # sections
    "services": ("Сатып алынған және көрсетілген қызметтер", "Купленные и оказанные услуги",
                 "Services purchased and delivered"),
    "balances": ("Кредиттер мен сағаттар", "Кредиты и часы", "Credits and hours"),
    "ledger": ("Тоқсандағы кредиттер мен сағаттар қозғалысы", "Движение кредитов и часов за квартал",
               "Credit and hour entries of the quarter"),
    "deliveries": ("Тоқсандағы жеткізулер", "Оказание услуг в квартале", "Deliveries of the quarter"),
    "upcoming": ("{quarter} тоқсанына жоспарланған және күні белгіленбеген жеткізулер",
                 "Запланировано на {quarter} и без даты", "Planned for {quarter}, and not yet dated"),
    "findings": ("{date} күнгі соңғы мерзімдер мен ескертулер", "Крайние сроки и замечания на {date}",
                 "Deadlines and findings open on {date}"),
    "burn": ("Мерзім бойы кредиттер мен сағаттардың жұмсалуы", "Расход кредитов и часов за срок действия",
             "Burn-down over the term"),
    # columns
    "line_no": ("№", "№", "No."),
    "mark": ("Белгі", "Отметка", "Mark"),
    "service": ("Қызмет", "Услуга", "Service"),
    "location": ("Орын", "Место", "Location"),
    "funding": ("Қаржыландыру", "Финансирование", "Funding"),
    "unit": ("Өлшем бірлігі", "Ед. изм.", "Unit"),
    "quantity": ("Саны", "Количество", "Quantity"),
    "delivered_to_date": ("Барлығы көрсетілген", "Оказано всего", "Delivered to date"),
    "delivered_in_quarter": ("Тоқсанда көрсетілген", "Оказано в квартале", "Delivered this quarter"),
    "remaining": ("Қалғаны", "Остаток", "Remaining"),
    "opening": ("Тоқсан басындағы теңгерім", "Остаток на начало квартала", "Opening balance"),
    "grants": ("Есептеу", "Начисления", "Grants"),
    "draws": ("Есептен шығару", "Списания", "Draws"),
    "transfers_in": ("Кіріс аударым", "Переводы (вх.)", "Transfers in"),
    "transfers_out": ("Шығыс аударым", "Переводы (исх.)", "Transfers out"),
    "fees": ("Бас тарту ақысы", "Плата за отмену", "Fees"),
    "other": ("Мерзімнің өтуі, түзету", "Истечение, корректировки", "Expiry, adjustments"),
    "closing": ("Тоқсан соңындағы теңгерім", "Остаток на конец квартала", "Closing balance"),
    "date": ("Күні", "Дата", "Date"),
    "kind": ("Түрі", "Вид", "Kind"),
    "credits": ("Кредиттер", "Кредиты", "Credits"),
    "hours": ("Сағаттар", "Часы", "Hours"),
    "reference": ("Сілтеме", "Основание", "Reference"),
    "counterparty": ("Басқа орын", "Другое место", "Other location"),
    "notes": ("Ескертпе", "Примечание", "Notes"),
    "ref": ("№", "№", "Ref."),
    "title_col": ("Атауы", "Название", "Title"),
    "status": ("Күйі", "Статус", "Status"),
    "mode": ("Тәсілі", "Формат", "Mode"),
    "first_day": ("Бірінші күні", "Первый день", "First day"),
    "last_day": ("Соңғы күні", "Последний день", "Last day"),
    "fee": ("Бас тарту ақысы", "Плата за отмену", "Cancellation fee"),
    "fee_unit": ("Ақы бірлігі", "Ед. платы", "Fee unit"),
    "severity": ("Маңыздылық деңгейі", "Уровень серьёзности", "Severity"),
    "rule": ("Ереже", "Правило", "Rule"),
    "subject": ("Нысан", "Предмет", "Subject"),
    "due": ("Соңғы мерзім", "Крайний срок", "Deadline"),
    "days_left": ("Қалған күндер", "Осталось дней", "Days left"),
    "section": ("Бөлім", "Раздел", "Section"),
    "message": ("Хабарлама", "Сообщение", "Message"),
    "period": ("Кезең", "Период", "Period"),
    "this_quarter": ("осы тоқсан", "этот квартал", "this quarter"),
    "next_quarter": ("келесі тоқсан", "следующий квартал", "next quarter"),
    "no_date": ("күні жоқ", "без даты", "no date"),
    # misc
    "mark_legend": ("✓ — Негізгі бума, + — Қосымша қызметтер",
                    "✓ — Базовый пакет, + — Дополнительные услуги",
                    "✓ Base Package, + Additional services"),
    "total": ("Барлығы", "Итого", "Total"),
    "total_credits": ("Кредиттер, барлығы", "Кредиты, итого", "Total credits"),
    "total_hours": ("Сағаттар, барлығы", "Часы, итого", "Total hours"),
    "none": ("Жоқ", "Нет", "None"),
    "planned": ("Жоспарланған", "План", "Planned"),
    "delivered": ("Көрсетілген", "Оказано", "Delivered"),
    "forecast": ("Болжам", "Прогноз", "Forecast"),
    "today": ("Бүгін", "Сегодня", "Today"),
    "page": ("Бет {page} / {pages}", "Страница {page} из {pages}", "Page {page} of {pages}"),
    "balance": ("Теңгерім", "Остаток", "Balance"),
    # sheet names (at most 31 characters, none of []:*?/\)
    "sheet_summary": ("Жиынтық", "Сводка", "Summary"),
    "sheet_services": ("Қызметтер", "Услуги", "Services"),
    "sheet_balances": ("Кредиттер мен сағаттар", "Кредиты и часы", "Credits and hours"),
    "sheet_ledger": ("Қозғалыс", "Движение", "Ledger"),
    "sheet_deliveries": ("Жеткізулер", "Оказание услуг", "Deliveries"),
    "sheet_findings": ("Ескертулер", "Замечания", "Findings"),
    "sheet_burn": ("Жұмсалу", "Расход", "Burn-down"),
}

_INDEX = {"kk": 0, "ru": 1, "en": 2}


def label(key: str, lang: str = "en", **params: object) -> str:
    """The statement word for ``key`` in ``lang`` (English when the language is unknown)."""
    text = _WORDS[key][_INDEX.get(lang, 2)]
    return text.format(**params) if params else text


def country_name(code: str, lang: str = "en") -> str:
    """The country's name in ``lang`` (babel's CLDR data), or the code itself."""
    from babel import Locale

    from app.texts import LOCALES

    try:
        return Locale.parse(LOCALES.get(lang, "en_GB")).territories.get(code.upper(), code)
    except Exception:  # noqa: BLE001 - an unknown locale or code: the code is still readable
        return code
