"""Words of the closed vocabularies (status, mode, role, funding, unit, ledger kind, severity),
keyed ``vocab.<vocabulary>.<value>``; the Kazakh words are the seed's own (shared/design/glossary.md)."""

from __future__ import annotations

#: The values of each closed vocabulary, in their order (glossary.md); their words are
#: ``vocab.<vocabulary>.<value>``.
VALUES: dict[str, tuple[str, ...]] = {
    "status": ("planned", "requested", "scheduled", "delivered", "cancelled"),
    "mode": ("remote", "onsite"),
    "role": ("host", "downstream"),
    "funding": ("base", "additional", "flex", "credits", "SAB"),
    "unit": ("credits", "hours", "days", "events", "seats", "deliveries", "sessions", "each"),
    "kind": ("grant", "draw", "transfer out", "transfer in", "fee", "expiry", "adjustment"),
    "severity": ("error", "warning", "info"),
}


MESSAGES: dict[str, dict] = {
    "vocab.status.planned": {
        "en": "planned",
        "ru": "запланировано",
        "kk": "жоспарланған",
    },
    "vocab.status.requested": {
        "en": "requested",
        "ru": "запрошено",
        "kk": "сұралған",
    },
    "vocab.status.scheduled": {
        "en": "scheduled",
        "ru": "назначено",
        "kk": "белгіленген",
    },
    "vocab.status.delivered": {
        "en": "delivered",
        "ru": "оказано",
        "kk": "көрсетілген",
    },
    "vocab.status.cancelled": {
        "en": "cancelled",
        "ru": "отменено",
        "kk": "бас тартылған",
    },
    "vocab.mode.remote": {
        "en": "remote",
        "ru": "удалённо",
        "kk": "қашықтан",
    },
    "vocab.mode.onsite": {
        "en": "onsite",
        "ru": "на месте",
        "kk": "жергілікті жерде",
    },
    "vocab.role.host": {
        "en": "host",
        "ru": "основное место (хост)",
        "kk": "хост",
    },
    "vocab.role.downstream": {
        "en": "downstream",
        "ru": "дополнительное место",
        "kk": "деректі жіберу бағыты",
    },
    "vocab.funding.base": {
        "en": "base",
        "ru": "базовый пакет",
        "kk": "негізгі бума",
    },
    "vocab.funding.additional": {
        "en": "additional",
        "ru": "дополнительно",
        "kk": "қосымша",
    },
    "vocab.funding.flex": {
        "en": "flex",
        "ru": "гибкий лимит",
        "kk": "өзгермелі төлем",
    },
    "vocab.funding.credits": {
        "en": "credits",
        "ru": "кредиты",
        "kk": "кредиттер",
    },
    "vocab.funding.SAB": {
        "en": "SAB",
        "ru": "SAB",
        "kk": "SAB",
    },
    "vocab.unit.credits": {
        "en": "credits",
        "ru": "кредиты",
        "kk": "кредиттер",
    },
    "vocab.unit.hours": {
        "en": "hours",
        "ru": "часы",
        "kk": "сағаттар",
    },
    "vocab.unit.days": {
        "en": "days",
        "ru": "дни",
        "kk": "күндер",
    },
    "vocab.unit.events": {
        "en": "events",
        "ru": "события",
        "kk": "оқиғалар",
    },
    "vocab.unit.seats": {
        "en": "seats",
        "ru": "места",
        "kk": "орындар",
    },
    "vocab.unit.deliveries": {
        "en": "deliveries",
        "ru": "выезды",
        "kk": "жеткізулер",
    },
    "vocab.unit.sessions": {
        "en": "sessions",
        "ru": "сессии",
        "kk": "сессиялар",
    },
    "vocab.unit.each": {
        "en": "each",
        "ru": "шт.",
        "kk": "дана",
    },
    "vocab.kind.grant": {
        "en": "grant",
        "ru": "начисление",
        "kk": "есептеу",
    },
    "vocab.kind.draw": {
        "en": "draw",
        "ru": "списание",
        "kk": "есептен шығару",
    },
    "vocab.kind.transfer out": {
        "en": "transfer out",
        "ru": "перевод (исх.)",
        "kk": "шығыс аударым",
    },
    "vocab.kind.transfer in": {
        "en": "transfer in",
        "ru": "перевод (вх.)",
        "kk": "кіріс аударым",
    },
    "vocab.kind.fee": {
        "en": "fee",
        "ru": "плата за отмену",
        "kk": "бас тарту ақысы",
    },
    "vocab.kind.expiry": {
        "en": "expiry",
        "ru": "истечение срока",
        "kk": "мерзімнің өтуі",
    },
    "vocab.kind.adjustment": {
        "en": "adjustment",
        "ru": "корректировка",
        "kk": "түзету",
    },
    "vocab.severity.error": {
        "en": "error",
        "ru": "ошибка",
        "kk": "қате",
    },
    "vocab.severity.warning": {
        "en": "warning",
        "ru": "предупреждение",
        "kk": "ескерту",
    },
    "vocab.severity.info": {
        "en": "info",
        "ru": "сведения",
        "kk": "ақпарат",
    },
}

MESSAGES["subject.line"] = {"en": "{name} (line {line})", "ru": "{name} (строка {line})", "kk": "{name} (жол {line})"}
MESSAGES["ledger.late_cancellation"] = {
    "en": "Late cancellation (USSD 2.5)",
    "ru": "Поздняя отмена (USSD, разд. 2.5)",
    "kk": "Кеш бас тарту (USSD, 2.5-бөлім)",
}
MESSAGES["ledger.late_rescheduling"] = {
    "en": "Late rescheduling (USSD 2.5)",
    "ru": "Поздний перенос (USSD, разд. 2.5)",
    "kk": "Кеш қайта жоспарлау (USSD, 2.5-бөлім)",
}
