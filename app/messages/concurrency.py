"""Concurrent edits (issue 17): an edit based on a version of a record that someone else has
changed since is refused and says who changed what and when."""

MESSAGES = {
    "stale.edit": {
        "en": "{record} was changed by {who} at {when} ({fields}) after you opened it; nothing of your "
              "change was saved: reopen it and try again",
        "ru": "{record}: после того как вы открыли запись, её изменил(а) {who} в {when} ({fields}); ваше "
              "изменение не сохранено: откройте запись заново и повторите",
        "kk": "{record}: сіз ашқаннан кейін оны {who} {when} өзгертті ({fields}); сіздің өзгерісіңіз "
              "сақталмады: жазбаны қайта ашып, қайталаңыз",
    },
    "stale.edit.unknown": {
        "en": "{record} was changed by someone else after you opened it; nothing of your change was "
              "saved: reopen it and try again",
        "ru": "{record}: после того как вы открыли запись, её изменил другой пользователь; ваше "
              "изменение не сохранено: откройте запись заново и повторите",
        "kk": "{record}: сіз ашқаннан кейін оны басқа пайдаланушы өзгертті; сіздің өзгерісіңіз "
              "сақталмады: жазбаны қайта ашып, қайталаңыз",
    },
    "stale.someone": {"en": "someone", "ru": "другой пользователь", "kk": "басқа пайдаланушы"},
    "stale.record.work_order": {"en": "Work order {label}", "ru": "Заказ {label}", "kk": "{label} тапсырысы"},
    "stale.record.delivery": {"en": "{label}", "ru": "{label}", "kk": "{label}"},
    "stale.record.service_line": {"en": "Service line {label}", "ru": "Строка услуг {label}",
                                  "kk": "{label} қызмет жолы"},
    "stale.record.location": {"en": "Location {label}", "ru": "Место {label}", "kk": "{label} орны"},
    # the fields a person edits, as the message names them
    "stale.field.status": {"en": "status", "ru": "статус", "kk": "күйі"},
    "stale.field.first_day": {"en": "first day", "ru": "первый день", "kk": "бірінші күн"},
    "stale.field.last_day": {"en": "last day", "ru": "последний день", "kk": "соңғы күн"},
    "stale.field.requested_on": {"en": "requested on", "ru": "дата запроса", "kk": "сұралған күн"},
    "stale.field.changed_on": {"en": "changed on", "ru": "дата изменения", "kk": "өзгертілген күн"},
    "stale.field.moved_from": {"en": "moved from", "ru": "перенесено с", "kk": "ауыстырылған күн"},
    "stale.field.fee": {"en": "fee", "ru": "сбор", "kk": "төлем"},
    "stale.field.credits": {"en": "credits", "ru": "кредиты", "kk": "кредиттер"},
    "stale.field.hours": {"en": "hours", "ru": "часы", "kk": "сағаттар"},
    "stale.field.quantity": {"en": "quantity", "ru": "количество", "kk": "саны"},
    "stale.field.title": {"en": "title", "ru": "название", "kk": "атауы"},
    "stale.field.notes": {"en": "notes", "ru": "примечания", "kk": "ескертпелер"},
    "stale.field.service": {"en": "service", "ru": "услуга", "kk": "қызмет"},
    "stale.field.mode": {"en": "mode", "ru": "формат", "kk": "түрі"},
    "stale.field.location_id": {"en": "location", "ru": "место", "kk": "орны"},
    "stale.field.line_no": {"en": "line", "ru": "строка", "kk": "жол"},
    "stale.field.unit": {"en": "unit", "ru": "единица", "kk": "бірлік"},
    "stale.field.unit_price": {"en": "unit price", "ru": "цена за единицу", "kk": "бірлік бағасы"},
    "stale.field.funding": {"en": "paid from", "ru": "источник оплаты", "kk": "төлем көзі"},
    "stale.field.flex_year": {"en": "flex year", "ru": "год гибкого лимита", "kk": "өзгермелі төлем жылы"},
    "stale.field.travel_prepaid": {"en": "travel prepaid", "ru": "поездка оплачена", "kk": "сапар алдын ала төленген"},
    "stale.field.country": {"en": "country", "ru": "страна", "kk": "ел"},
    "stale.field.role": {"en": "role", "ru": "роль", "kk": "рөлі"},
    "stale.field.currency": {"en": "currency", "ru": "валюта", "kk": "валюта"},
    "stale.field.rate_to_usd": {"en": "rate to USD", "ru": "курс к USD", "kk": "USD бағамы"},
    "stale.field.credit_value": {"en": "value of one credit", "ru": "стоимость кредита", "kk": "бір кредит құны"},
    "stale.field.term_start": {"en": "term start", "ru": "начало срока", "kk": "мерзім басы"},
    "stale.field.term_end": {"en": "term end", "ru": "конец срока", "kk": "мерзім соңы"},
    "stale.field.signed_on": {"en": "signed on", "ru": "дата подписания", "kk": "қол қойылған күн"},
    "stale.field.base_amount": {"en": "base amount", "ru": "базовая сумма", "kk": "негізгі сома"},
    "stale.field.flex_allowance": {"en": "flex allowance", "ru": "гибкий лимит", "kk": "өзгермелі төлем"},
    "stale.field.cancel_fee_pct": {"en": "cancellation fee %", "ru": "сбор за отмену, %", "kk": "тоқтату төлемі, %"},
    "stale.field.archived_on": {"en": "archived on", "ru": "дата архивации", "kk": "мұрағатталған күн"},
    "stale.field.number": {"en": "number", "ru": "номер", "kk": "нөмірі"},
}
