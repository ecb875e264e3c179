"""Counted words: a number and the noun it counts, in each language's plural forms (CLDR
categories; Russian fractions take "other", the genitive singular: "1,5 дня"; Kazakh nouns
after a numeral stay singular). ``tn("count.days", 5, "ru")`` is "5 дней"; inside a message
``{days:@count.days}``. ``count.unit.<unit>`` counts the values of the ``unit`` vocabulary."""

from __future__ import annotations


def _c(en_one: str, en_other: str, ru_one: str, ru_few: str, ru_many: str, ru_other: str, kk: str) -> dict:
    return {
        "en": {"one": en_one, "other": en_other},
        "ru": {"one": ru_one, "few": ru_few, "many": ru_many, "other": ru_other},
        "kk": {"one": kk, "other": kk},
    }


MESSAGES: dict[str, dict] = {
    "count.days": _c("{n} day", "{n} days", "{n} день", "{n} дня", "{n} дней", "{n} дня", "{n} күн"),
    "count.weeks": _c("{n} week", "{n} weeks", "{n} неделя", "{n} недели", "{n} недель", "{n} недели",
                      "{n} апта"),
    "count.hours": _c("{n} hour", "{n} hours", "{n} час", "{n} часа", "{n} часов", "{n} часа", "{n} сағат"),
    "count.credits": _c("{n} credit", "{n} credits", "{n} кредит", "{n} кредита", "{n} кредитов",
                        "{n} кредита", "{n} кредит"),
    "count.proactive_credits": _c("{n} proactive credit", "{n} proactive credits",
                                  "{n} проактивный кредит", "{n} проактивных кредита",
                                  "{n} проактивных кредитов", "{n} проактивного кредита",
                                  "{n} алдын ала берілетін кредит"),
    "count.locations": _c("{n} location", "{n} locations", "{n} место", "{n} места", "{n} мест",
                          "{n} места", "{n} орын"),
    "count.problems": _c("{n} problem", "{n} problems", "{n} ошибка", "{n} ошибки", "{n} ошибок",
                         "{n} ошибки", "{n} қате"),
    "count.work_orders": _c("{n} work order", "{n} work orders", "{n} заказ", "{n} заказа", "{n} заказов",
                            "{n} заказа", "{n} жұмыс тапсырысы"),
    "count.service_lines": _c("{n} service line", "{n} service lines", "{n} строка услуг", "{n} строки услуг",
                              "{n} строк услуг", "{n} строки услуг", "{n} қызмет жолы"),
    "count.deliveries": _c("{n} delivery", "{n} deliveries", "{n} оказание услуги", "{n} оказания услуг",
                           "{n} оказаний услуг", "{n} оказания услуг", "{n} жеткізу"),
    "count.ledger_entries": _c("{n} ledger entry", "{n} ledger entries", "{n} запись журнала",
                               "{n} записи журнала", "{n} записей журнала", "{n} записи журнала",
                               "{n} журнал жазбасы"),
    "count.unit.credits": _c("{n} credit", "{n} credits", "{n} кредит", "{n} кредита", "{n} кредитов",
                             "{n} кредита", "{n} кредит"),
    "count.unit.hours": _c("{n} hour", "{n} hours", "{n} час", "{n} часа", "{n} часов", "{n} часа",
                           "{n} сағат"),
    "count.unit.days": _c("{n} day", "{n} days", "{n} день", "{n} дня", "{n} дней", "{n} дня", "{n} күн"),
    "count.unit.events": _c("{n} event", "{n} events", "{n} событие", "{n} события", "{n} событий",
                            "{n} события", "{n} оқиға"),
    "count.unit.seats": _c("{n} seat", "{n} seats", "{n} место", "{n} места", "{n} мест", "{n} места",
                           "{n} орын"),
    "count.unit.deliveries": _c("{n} delivery", "{n} deliveries", "{n} выезд", "{n} выезда",
                                "{n} выездов", "{n} выезда", "{n} жеткізу"),
    "count.unit.sessions": _c("{n} session", "{n} sessions", "{n} сессия", "{n} сессии", "{n} сессий",
                              "{n} сессии", "{n} сессия"),
    "count.unit.each": _c("{n} item", "{n} items", "{n} шт.", "{n} шт.", "{n} шт.", "{n} шт.", "{n} дана"),
    # how far a day is from today (days_left_text)
    "time.today": {"en": "today", "ru": "сегодня", "kk": "бүгін"},
    "time.in_days": _c("in {n} day", "in {n} days", "через {n} день", "через {n} дня", "через {n} дней",
                       "через {n} дня", "{n} күннен кейін"),
    "time.days_ago": _c("{n} day ago", "{n} days ago", "{n} день назад", "{n} дня назад", "{n} дней назад",
                        "{n} дня назад", "{n} күн бұрын"),
}
