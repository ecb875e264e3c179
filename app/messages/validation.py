"""Why a record is refused before it is saved (``validation.<reason>``); the domain's
validators return the reason ids and params, these word them."""

from __future__ import annotations

MESSAGES: dict[str, dict] = {
    "validation.required": {
        "en": "is required",
        "ru": "обязательно",
        "kk": "міндетті",
    },
    "validation.end_before_start": {
        "en": "ends before it starts",
        "ru": "окончание раньше начала",
        "kk": "басталуынан бұрын аяқталады",
    },
    "validation.date_out_of_range": {
        "en": "must be between 1900 and 2100",
        "ru": "должна быть между 1900 и 2100",
        "kk": "1900 бен 2100 аралығында болуы керек",
    },
    "validation.not_positive": {
        "en": "must be greater than zero",
        "ru": "должно быть больше нуля",
        "kk": "нөлден үлкен болуы керек",
    },
    "validation.negative": {
        "en": "cannot be negative",
        "ru": "не может быть отрицательным",
        "kk": "теріс бола алмайды",
    },
    "validation.too_large": {
        "en": "is too large",
        "ru": "слишком велико",
        "kk": "тым үлкен",
    },
    "validation.percent_range": {
        "en": "must be between 0 and 100",
        "ru": "должно быть от 0 до 100",
        "kk": "0 мен 100 аралығында болуы керек",
    },
    "validation.bad_currency": {
        "en": "is not a three-letter currency code",
        "ru": "не трёхбуквенный код валюты",
        "kk": "үш әріпті валюта коды емес",
    },
    "validation.bad_country": {
        "en": "is not a country code (ISO 3166)",
        "ru": "не код страны (ISO 3166)",
        "kk": "ел коды емес (ISO 3166)",
    },
    "validation.unknown_service": {
        "en": "is not a service of the catalog",
        "ru": "нет такой услуги в каталоге",
        "kk": "каталогта мұндай қызмет жоқ",
    },
    "validation.too_long": {
        "en": "is too long",
        "ru": "слишком длинный текст",
        "kk": "мәтін тым ұзын",
    },
    "validation.control_chars": {
        "en": "contains control characters",
        "ru": "содержит управляющие символы",
        "kk": "басқару таңбалары бар",
    },
    "validation.flex_year_range": {
        "en": "must be a year of the term (1, 2, 3 …)",
        "ru": "должен быть годом срока (1, 2, 3 …)",
        "kk": "мерзім жылы болуы керек (1, 2, 3 …)",
    },
    "validation.unknown_location": {
        "en": "is not a location of this work order",
        "ru": "нет такого места в заказе",
        "kk": "осы тапсырыстың орны емес",
    },
    "validation.two_hosts": {
        "en": "a work order has one host location",
        "ru": "в заказе одно основное место",
        "kk": "тапсырыста бір хост болады",
    },
    "validation.duplicate": {
        "en": "is already used",
        "ru": "уже используется",
        "kk": "бұрыннан қолданылады",
    },
    "validation.has_ledger_entries": {
        "en": "has ledger entries: archive it first, then it can be deleted",
        "ru": "есть записи в журнале: сначала отправьте заказ в архив, затем его можно удалить",
        "kk": "журналда жазбалары бар: алдымен мұрағатқа жіберіңіз, содан кейін жоюға болады",
    },
    "validation.in_ledger": {
        "en": "has ledger entries; it cannot be removed",
        "ru": "есть записи в журнале; удалить нельзя",
        "kk": "журналда жазбалары бар; жоюға болмайды",
    },
    "validation.overdraw": {
        "en": "is more than the balance",
        "ru": "больше остатка",
        "kk": "теңгерімнен көп",
    },
    "validation.needs_dates": {
        "en": "needs a first and last day",
        "ru": "нужны первый и последний день",
        "kk": "бірінші және соңғы күн қажет",
    },
    "validation.transition_not_allowed": {
        "en": "this change is not allowed in the delivery's status",
        "ru": "такое изменение недопустимо в этом статусе",
        "kk": "бұл күйде мұндай өзгеріс рұқсат етілмейді",
    },
    "validation.already_delivered": {
        "en": "the delivery is already delivered",
        "ru": "поставка уже выполнена",
        "kk": "жеткізу орындалып қойған",
    },
    "validation.cancelled_final": {
        "en": "a cancelled delivery cannot be changed",
        "ru": "отменённую поставку изменить нельзя",
        "kk": "болдырылмаған жеткізуді өзгертуге болмайды",
    },
    "validation.delivered_final": {
        "en": "a delivered delivery is corrected only by a reversal",
        "ru": "выполненная поставка исправляется только сторнированием",
        "kk": "орындалған жеткізу тек кері қайтарумен түзетіледі",
    },
    "validation.delivered_before_first_day": {
        "en": "cannot be delivered before its first day",
        "ru": "нельзя отметить выполненной до первого дня",
        "kk": "бірінші күнінен бұрын орындалды деп белгілеуге болмайды",
    },
    "validation.status_by_action": {
        "en": "the status changes only by request, schedule, delivery or cancellation",
        "ru": "статус меняется только запросом, планированием, выполнением или отменой",
        "kk": "күй тек сұрау, жоспарлау, орындау немесе болдырмау арқылы өзгереді",
    },
    "validation.quantity_not_counted": {
        "en": "is not counted for this service's unit: credits and hours are counted in their own columns, a dedicated delivery as one; leave the quantity empty",
        "ru": "не учитывается для единицы этой услуги: кредиты и часы указываются в своих столбцах, выделенная поставка считается одной; оставьте количество пустым",
        "kk": "бұл қызметтің бірлігі үшін есептелмейді: кредиттер мен сағаттар өз бағандарында, арнайы жеткізу бір ретінде есептеледі; санын бос қалдырыңыз",
    },
    "validation.whole_number": {
        "en": "must be a whole number (seats, sessions, events are counted whole)",
        "ru": "должно быть целым числом (места, сессии, события считаются целыми)",
        "kk": "бүтін сан болуы керек (орындар, сессиялар, оқиғалар бүтін санмен есептеледі)",
    },
    "validation.draw_for_cancelled": {
        "en": "names a cancelled delivery: a cancelled delivery draws nothing (a late cancellation's cost is a fee entry)",
        "ru": "указывает отменённую поставку: отменённая поставка ничего не списывает (стоимость поздней отмены — запись штрафа)",
        "kk": "болдырылмаған жеткізуді көрсетеді: болдырылмаған жеткізу ештеңе есептен шығармайды (кеш болдырмаудың құны — айыппұл жазбасы)",
    },
    "validation.empty_entry": {
        "en": "an entry needs credits or hours",
        "ru": "в записи нужны кредиты или часы",
        "kk": "жазбада кредит немесе сағат болуы керек",
    },
}


def reasons() -> frozenset[str]:
    """The reason ids the domain's validators return."""
    from app.messages import catalog

    return frozenset(k.removeprefix("validation.") for k in catalog() if k.startswith("validation."))


def reason_text(reason: str, lang: str = "en", **params: object) -> str:
    """Why a record is refused, in ``lang`` (the reason id itself when it has no words)."""
    from app.messages import has, t

    key = f"validation.{reason}"
    return t(key, lang, **params) if has(key) else reason
