"""Why a database file cannot be used (the ``reason`` keys of ``DatabaseError``)."""

MESSAGES = {
    "db.line": {
        "en": "error: database {path} {reason}{detail}",
        "ru": "ошибка: база данных {path} {reason}{detail}",
        "kk": "қате: {path} дерекқоры {reason}{detail}",
    },
    "db.other": {
        "en": "cannot be used",
        "ru": "не может быть использована",
        "kk": "пайдаланылмайды",
    },
    "db.is_directory": {
        "en": "is a folder, not a database file",
        "ru": "— это папка, а не файл базы данных",
        "kk": "— бұл қалта, дерекқор файлы емес",
    },
    "db.not_readable": {
        "en": "cannot be read (permission denied)",
        "ru": "нельзя прочитать (нет доступа)",
        "kk": "оқылмайды (рұқсат жоқ)",
    },
    "db.not_a_database": {
        "en": "is not a Unified Planner database (not an SQLite file)",
        "ru": "не является базой Unified Planner (это не файл SQLite)",
        "kk": "Unified Planner дерекқоры емес (SQLite файлы емес)",
    },
    "db.foreign_database": {
        "en": "is an SQLite file but not a Unified Planner database",
        "ru": "— файл SQLite, но не база Unified Planner",
        "kk": "— SQLite файлы, бірақ Unified Planner дерекқоры емес",
    },
    "db.not_found": {
        "en": "does not exist",
        "ru": "не существует",
        "kk": "жоқ",
    },
    "db.folder_missing": {
        "en": "cannot be created: its folder does not exist",
        "ru": "нельзя создать: её папка не существует",
        "kk": "құру мүмкін емес: оның қалтасы жоқ",
    },
    "db.folder_not_writable": {
        "en": "cannot be created: its folder is not writable",
        "ru": "нельзя создать: в её папку нельзя записывать",
        "kk": "құру мүмкін емес: оның қалтасына жазуға болмайды",
    },
    "db.damaged": {
        "en": "is damaged (integrity check failed); nothing was written; restore the latest good backup",
        "ru": "повреждена (проверка целостности не пройдена); ничего не записано; восстановите последнюю исправную резервную копию",
        "kk": "зақымдалған (тұтастықты тексеру өтпеді); ештеңе жазылмады; соңғы жарамды сақтық көшірмені қалпына келтіріңіз",
    },
    "db.cannot_open": {
        "en": "cannot be opened",
        "ru": "не открывается",
        "kk": "ашылмайды",
    },
    "db.in_use": {
        "en": "is in use by another copy of Unified Planner",
        "ru": "используется другой копией Unified Planner",
        "kk": "Unified Planner-дің басқа данасы пайдаланып отыр",
    },
    "db.read_only": {
        "en": "is open read-only (another copy of Unified Planner is using it)",
        "ru": "открыта только для чтения (её использует другая копия Unified Planner)",
        "kk": "тек оқу үшін ашық (оны Unified Planner-дің басқа данасы пайдаланып отыр)",
    },
    "db.newer_schema": {
        "en": "was written by a newer version of Unified Planner; it was not touched (update the app)",
        "ru": "записана более новой версией Unified Planner; файл не изменён (обновите программу)",
        "kk": "Unified Planner-дің жаңа нұсқасымен жазылған; файл өзгертілмеді (бағдарламаны жаңартыңыз)",
    },
    "db.disk_full": {
        "en": "cannot be written: the disk is full; nothing was changed",
        "ru": "нельзя записать: диск заполнен; ничего не изменено",
        "kk": "жазу мүмкін емес: диск толы; ештеңе өзгертілмеді",
    },
    "db.read_only_media": {
        "en": "cannot be written: the file or its folder is read-only; nothing was changed",
        "ru": "нельзя записать: файл или его папка только для чтения; ничего не изменено",
        "kk": "жазу мүмкін емес: файл немесе оның қалтасы тек оқуға арналған; ештеңе өзгертілмеді",
    },
    "db.permission_denied": {
        "en": "cannot be written (permission denied); nothing was changed",
        "ru": "нельзя записать (нет доступа); ничего не изменено",
        "kk": "жазу мүмкін емес (рұқсат жоқ); ештеңе өзгертілмеді",
    },
    "db.io_error": {
        "en": "cannot be written (input/output error: the disk or network share failed); nothing was changed",
        "ru": "нельзя записать (ошибка ввода-вывода: сбой диска или сетевой папки); ничего не изменено",
        "kk": "жазу мүмкін емес (енгізу-шығару қатесі: диск немесе желілік қалта істен шықты); ештеңе өзгертілмеді",
    },
    "db.name_too_long": {
        "en": "cannot be used: the file name is too long",
        "ru": "нельзя использовать: слишком длинное имя файла",
        "kk": "пайдалану мүмкін емес: файл атауы тым ұзын",
    },
    "db.vanished": {
        "en": "has disappeared (the file or its folder was removed)",
        "ru": "исчезла (файл или его папка удалены)",
        "kk": "жоғалып кетті (файл немесе оның қалтасы жойылды)",
    },
    # a team database on a PostgreSQL server (issue 17)
    "db.password_in_url": {
        "en": "was given with a password in it: the planner never takes one there; keep it in ~/.pgpass, "
              "the service file or PGPASSWORD",
        "ru": "указана вместе с паролем: планировщик не принимает пароль в строке подключения; храните его в "
              "~/.pgpass, файле служб или PGPASSWORD",
        "kk": "құпиясөзімен берілді: жоспарлағыш құпиясөзді қосылу жолында қабылдамайды; оны ~/.pgpass, "
              "қызметтер файлында немесе PGPASSWORD ішінде сақтаңыз",
    },
    "db.not_team_database": {
        "en": "is not a team database connection string (postgresql://user@host/dbname or service=NAME)",
        "ru": "— не строка подключения к общей базе (postgresql://user@host/dbname или service=NAME)",
        "kk": "— ортақ дерекқорға қосылу жолы емес (postgresql://user@host/dbname немесе service=NAME)",
    },
    "db.bad_url": {
        "en": "is not a valid PostgreSQL connection string",
        "ru": "— неверная строка подключения PostgreSQL",
        "kk": "— PostgreSQL-ге қосылудың жарамсыз жолы",
    },
    "db.cannot_connect": {
        "en": "cannot be reached (the server refused the connection or the login)",
        "ru": "недоступна (сервер отклонил подключение или вход)",
        "kk": "қолжетімсіз (сервер қосылуды немесе кіруді қабылдамады)",
    },
    "db.conflict": {
        "en": "was changed by someone else at the same moment; nothing of this change was saved: try again",
        "ru": "в тот же момент изменена другим пользователем; это изменение не сохранено: повторите",
        "kk": "дәл сол сәтте басқа пайдаланушы өзгертті; бұл өзгеріс сақталмады: қайталаңыз",
    },
    "db.empty_team_database": {
        "en": "holds no Unified Planner data yet (an empty database on the server)",
        "ru": "пока не содержит данных Unified Planner (пустая база на сервере)",
        "kk": "әзірге Unified Planner деректері жоқ (сервердегі бос дерекқор)",
    },
    "db.note_read_only_media": {
        "en": "note: {path} cannot be written (read-only media or no permission): opened read-only",
        "ru": "примечание: в {path} нельзя записывать (носитель только для чтения или нет доступа): открыта только для чтения",
        "kk": "ескерту: {path} файлына жазу мүмкін емес (тек оқуға арналған тасымалдағыш немесе рұқсат жоқ): тек оқу үшін ашылды",
    },
    # files the store writes (backups, a restored database): "store.write.line" with a reason
    "store.write.line": {
        "en": "error: cannot write {path}: {reason}; nothing was written",
        "ru": "ошибка: нельзя записать {path}: {reason}; ничего не записано",
        "kk": "қате: {path} жазу мүмкін емес: {reason}; ештеңе жазылмады",
    },
    "store.write.disk_full": {"en": "the disk is full", "ru": "диск заполнен", "kk": "диск толы"},
    "store.write.read_only_media": {
        "en": "the folder is read-only", "ru": "папка только для чтения",
        "kk": "қалта тек оқуға арналған",
    },
    "store.write.permission_denied": {
        "en": "permission denied", "ru": "нет доступа", "kk": "рұқсат жоқ",
    },
    "store.write.name_too_long": {
        "en": "the file name is too long", "ru": "слишком длинное имя файла", "kk": "файл атауы тым ұзын",
    },
    "store.write.vanished": {
        "en": "the folder has disappeared", "ru": "папка исчезла", "kk": "қалта жоғалып кетті",
    },
    "store.write.io_error": {
        "en": "input/output error (the disk or network share failed)",
        "ru": "ошибка ввода-вывода (сбой диска или сетевой папки)",
        "kk": "енгізу-шығару қатесі (диск немесе желілік қалта істен шықты)",
    },
    "store.write.is_folder": {
        "en": "it is a folder", "ru": "это папка", "kk": "бұл қалта",
    },
    "store.write.too_large": {
        "en": "the file is too large for this disk", "ru": "файл слишком велик для этого диска",
        "kk": "файл бұл диск үшін тым үлкен",
    },
    "store.write.exists": {
        "en": "the file already exists", "ru": "файл уже существует", "kk": "файл бұрыннан бар",
    },
    "store.write.folder_missing": {
        "en": "its folder does not exist", "ru": "её папка не существует", "kk": "оның қалтасы жоқ",
    },
    "store.backup_of_damaged": {
        "en": "error: database {path} is damaged (integrity check failed): no backup was made{latest}",
        "ru": "ошибка: база данных {path} повреждена (проверка целостности не пройдена): резервная копия не создана{latest}",
        "kk": "қате: {path} дерекқоры зақымдалған (тұтастықты тексеру өтпеді): сақтық көшірме жасалмады{latest}",
    },
    "store.latest_good": {
        "en": "; the latest good backup is {path}",
        "ru": "; последняя исправная резервная копия: {path}",
        "kk": "; соңғы жарамды сақтық көшірме: {path}",
    },
    # restore
    "restore.target_refused": {
        "en": "error: {path} {reason}: restore replaces only a Unified Planner database; nothing was restored",
        "ru": "ошибка: {path} {reason}: восстановление заменяет только базу Unified Planner; ничего не восстановлено",
        "kk": "қате: {path} {reason}: қалпына келтіру тек Unified Planner дерекқорын алмастырады; ештеңе қалпына келтірілмеді",
    },
    # demo
    "demo.not_empty": {
        "en": "error: {path} already holds data; demo writes only into an empty database "
              "(use --replace-demo to replace the demo's own work orders, yours are kept)",
        "ru": "ошибка: в {path} уже есть данные; демо записывается только в пустую базу "
              "(--replace-demo заменит только демонстрационные заказы, ваши останутся)",
        "kk": "қате: {path} ішінде деректер бар; демо тек бос дерекқорға жазылады "
              "(--replace-demo тек демо тапсырыстарын алмастырады, сіздікі сақталады)",
    },
    "demo.written": {
        "en": "demo portfolio written to {path}: {count} work orders ({numbers})",
        "ru": "демо-портфель записан в {path}: заказов {count} ({numbers})",
        "kk": "демо портфель {path} ішіне жазылды: {count} тапсырыс ({numbers})",
    },
    "demo.skipped": {
        "en": "note: demo work order {number} was not written: a work order of yours has that number",
        "ru": "примечание: демо-заказ {number} не записан: у вас есть заказ с этим номером",
        "kk": "ескерту: {number} демо тапсырысы жазылмады: сізде осы нөмірлі тапсырыс бар",
    },
}


def db_error_text(exc, lang: str = "en", show=str) -> str:
    """Why a database cannot be used (a ``DatabaseError``: ``reason``, ``path``, ``detail``), in
    ``lang``, for the command line and the window alike; SQLite's own detail, which is English,
    only in English. ``show`` makes user text displayable (the window's ``shown``)."""
    from app.messages import has, t

    key = f"db.{exc.reason}"
    reason = t(key, lang) if has(key) else t("db.other", lang)
    detail = ""
    if exc.detail and exc.reason in ("cannot_open", "damaged", "cannot_connect") and lang == "en":
        detail = f" ({show(exc.detail)})"
    return t("db.line", lang, path=show(exc.path), reason=reason, detail=detail)
