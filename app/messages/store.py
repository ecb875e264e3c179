"""Why a database file cannot be used (the ``reason`` keys of ``DatabaseError``)."""

MESSAGES = {
    "db.line": {
        "en": "error: database {path} {reason}{detail}",
        "ru": "ошибка: база данных {path} {reason}{detail}",
        "kk": "қате: {path} дерекқоры {reason}{detail}",
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
        "en": "is damaged (integrity check failed); restore a backup",
        "ru": "повреждена (проверка целостности не пройдена); восстановите резервную копию",
        "kk": "зақымдалған (тұтастықты тексеру өтпеді); сақтық көшірмені қалпына келтіріңіз",
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
}
