"""The History tab's words for a delivery's dated change events (app.domain.lifecycle)."""

MESSAGES = {
    "history.event.request": {"en": "requested on {day}", "ru": "запрошено {day}", "kk": "{day} сұралды"},
    "history.event.schedule": {"en": "scheduled on {day}: {first} – {last}",
                               "ru": "назначено {day}: {first} – {last}",
                               "kk": "{day} жоспарланды: {first} – {last}"},
    "history.event.reschedule": {"en": "moved on {day}: first day {first_before} → {first_after}",
                                 "ru": "перенесено {day}: первый день {first_before} → {first_after}",
                                 "kk": "{day} ауыстырылды: бірінші күн {first_before} → {first_after}"},
    "history.event.deliver": {"en": "delivered on {day}", "ru": "оказано {day}", "kk": "{day} көрсетілді"},
    "history.event.cancel": {"en": "cancelled on {day} (first day {first_before})",
                             "ru": "отменено {day} (первый день {first_before})",
                             "kk": "{day} тоқтатылды (бірінші күн {first_before})"},
    "history.event.reverse": {"en": "delivery reversed on {day}", "ru": "оказание сторнировано {day}",
                              "kk": "{day} көрсету кері қайтарылды"},
    "history.event.fee": {"en": "fee {counted}", "ru": "сбор {counted}", "kk": "төлем {counted}"},
}
