"""The command line's own lines: summaries with counts, and what a command wrote.

A counted message gives its forms per CLDR plural category (see app.messages); ``counted(id,
lang, n)`` is ``tn(id, n, lang)`` (Russian: 1, 21 one; 2, 22 few; 5, 11, 25 many; 1.5 other)."""

from __future__ import annotations


def _forms(en_one: str, en_other: str, ru_one: str, ru_few: str, ru_many: str, kk: str) -> dict:
    """A counted entry: ``{n}`` is the number; Russian fractions take the genitive singular,
    like the "few" form."""
    return {
        "en": {"one": en_one, "other": en_other},
        "ru": {"one": ru_one, "few": ru_few, "many": ru_many, "other": ru_few},
        "kk": {"one": kk, "other": kk},
    }


_COUNTED = {
    "cli.findings": _forms("{n} finding", "{n} findings",
                           "{n} замечание", "{n} замечания", "{n} замечаний", "барлығы {n}"),
    "cli.errors": _forms("{n} error", "{n} errors", "{n} ошибка", "{n} ошибки", "{n} ошибок", "{n} қате"),
    "cli.warnings": _forms("{n} warning", "{n} warnings", "{n} предупреждение", "{n} предупреждения",
                           "{n} предупреждений", "{n} ескерту"),
    "cli.info": _forms("{n} info", "{n} info", "{n} для сведения", "{n} для сведения",
                       "{n} для сведения", "{n} ақпарат"),
    "cli.statements": _forms("{n} statement", "{n} statements", "{n} отчёт", "{n} отчёта",
                             "{n} отчётов", "{n} есеп"),
    "cli.files": _forms("{n} file", "{n} files", "{n} файл", "{n} файла", "{n} файлов", "{n} файл"),
    "cli.work_orders": _forms("{n} work order", "{n} work orders", "{n} заказ", "{n} заказа",
                              "{n} заказов", "{n} тапсырыс"),
    "cli.deadlines": _forms("{n} deadline", "{n} deadlines", "{n} срок", "{n} срока", "{n} сроков",
                            "{n} мерзім"),
    "cli.deliveries": _forms("{n} delivery", "{n} deliveries", "{n} оказание услуг",
                             "{n} оказания услуг", "{n} оказаний услуг", "{n} қызмет көрсету"),
    "cli.screenshots": _forms("{n} screenshot", "{n} screenshots", "{n} снимок экрана",
                              "{n} снимка экрана", "{n} снимков экрана", "{n} скриншот"),
}

MESSAGES: dict[str, dict] = dict(_COUNTED)
MESSAGES.update({
    "cli.not_a_date": {
        "en": "not a date (expected YYYY-MM-DD): {text}",
        "ru": "не дата (ожидается YYYY-MM-DD): {text}",
        "kk": "күн емес (YYYY-MM-DD күтіледі): {text}",
    },
    "cli.interrupted": {"en": "interrupted", "ru": "прервано", "kk": "үзілді"},
    "cli.today_range": {
        "en": "--today: {day} is outside 1900-01-01 … 2100-12-31",
        "ru": "--today: {day} вне диапазона 1900-01-01 … 2100-12-31",
        "kk": "--today: {day} 1900-01-01 … 2100-12-31 аралығынан тыс",
    },
    "cli.reminders_not_days": {
        "en": "--reminders: not a list of whole days: {text}",
        "ru": "--reminders: это не список целых дней: {text}",
        "kk": "--reminders: бүтін күндер тізімі емес: {text}",
    },
    "cli.reminders_range": {
        "en": "--reminders: days must be between 0 and 366: {text}",
        "ru": "--reminders: дни должны быть от 0 до 366: {text}",
        "kk": "--reminders: күндер 0 мен 366 аралығында болуы керек: {text}",
    },
    "cli.check.summary": {
        "en": "{findings}: {errors}, {warnings}, {info}",
        "ru": "{findings}: {errors}, {warnings}, {info}",
        "kk": "{findings}: {errors}, {warnings}, {info}",
    },
    "cli.statements.written": {
        "en": "{statements} ({files}) written to {path}",
        "ru": "записано в {path}: {statements} ({files})",
        "kk": "{statements} ({files}) {path} қалтасына жазылды",
    },
    "cli.statements.none": {
        "en": "no work order is active in {quarter}",
        "ru": "в {quarter} нет действующих заказов",
        "kk": "{quarter} тоқсанында белсенді тапсырыс жоқ",
    },
    "cli.statements.progress": {
        "en": "statements: {done}/{total}",
        "ru": "отчёты: {done}/{total}",
        "kk": "есептер: {done}/{total}",
    },
    "cli.written_counted": {
        "en": "{line} ({counts})",
        "ru": "{line} ({counts})",
        "kk": "{line} ({counts})",
    },
    "cli.screenshots.written": {
        "en": "{count} written to {path}",
        "ru": "записано в {path}: {count}",
        "kk": "{count} {path} қалтасына жазылды",
    },
    "cli.backup.written": {
        "en": "backup of {db} written to {path}",
        "ru": "резервная копия {db} записана в {path}",
        "kk": "{db} сақтық көшірмесі {path} файлына жазылды",
    },
    "cli.restored": {
        "en": "{db} restored from {backup}",
        "ru": "{db} восстановлена из {backup}",
        "kk": "{db} {backup} көшірмесінен қалпына келтірілді",
    },
    "cli.restored_kept": {
        "en": "{db} restored from {backup}; the replaced file is kept as {kept}",
        "ru": "{db} восстановлена из {backup}; заменённый файл сохранён как {kept}",
        "kk": "{db} {backup} көшірмесінен қалпына келтірілді; ауыстырылған файл {kept} ретінде сақталды",
    },
})


def counted(base: str, lang: str, n: float) -> str:
    """The counted message ``base`` for ``n`` in ``lang`` (``counted("cli.files", "ru", 5)`` is
    "5 файлов")."""
    from app.messages import tn

    return tn(base, n, lang)
