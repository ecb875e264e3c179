"""Settings › Team database and live refresh (issue 17)."""

MESSAGES = {
    "live.team_db": {
        "en": "Team database",
        "ru": "Общая база данных",
        "kk": "Ортақ дерекқор",
    },
    "live.team_db_tip": {
        "en": "A PostgreSQL connection string or libpq service name. Never a password: libpq reads "
              "it from ~/.pgpass or the service file.",
        "ru": "Строка подключения PostgreSQL или имя службы PostgreSQL. Без пароля: он берётся из "
              "~/.pgpass или файла служб.",
        "kk": "PostgreSQL-ге қосылу жолы немесе PostgreSQL қызметінің атауы. Құпиясөзсіз: ол "
              "~/.pgpass немесе қызметтер файлынан алынады.",
    },
    "live.use_team": {
        "en": "Use this database",
        "ru": "Работать с этой базой",
        "kk": "Осы дерекқорды қолдану",
    },
    "live.use_local": {
        "en": "Use the local file",
        "ru": "Вернуться к локальному файлу",
        "kk": "Жергілікті файлға оралу",
    },
    "live.use_local_tip": {
        "en": "Go back to the planner file on this computer",
        "ru": "Вернуться к файлу планировщика на этом компьютере",
        "kk": "Осы компьютердегі жоспарлағыш файлына оралу",
    },
    "live.type_team_db": {
        "en": "type the team database's connection string",
        "ru": "введите строку подключения к общей базе",
        "kk": "ортақ дерекқорға қосылу жолын енгізіңіз",
    },
}
