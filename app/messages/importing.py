"""Import profiles (remembered column mappings and service choices), the template, the import
command's new options."""

MESSAGES = {
    "import.mapped_by_profile": {
        "en": "mapped by profile «{name}»",
        "ru": "сопоставлено по профилю «{name}»",
        "kk": "«{name}» профилі бойынша сәйкестендірілді",
    },
    "import.profile_saved": {
        "en": "import profile «{name}» saved: {columns} columns, {services} service names",
        "ru": "профиль импорта «{name}» сохранён: столбцов {columns}, названий услуг {services}",
        "kk": "«{name}» импорт профилі сақталды: бағандар {columns}, қызмет атаулары {services}",
    },
    "import.profile_would_save": {
        "en": "import profile «{name}» would be saved: {columns} columns, {services} service names",
        "ru": "профиль импорта «{name}» был бы сохранён: столбцов {columns}, названий услуг {services}",
        "kk": "«{name}» импорт профилі сақталар еді: бағандар {columns}, қызмет атаулары {services}",
    },
    "import.profile_unknown": {
        "en": "--profile: there is no import profile «{name}» (saved ones: {names})",
        "ru": "--profile: нет профиля импорта «{name}» (сохранённые: {names})",
        "kk": "--profile: «{name}» импорт профилі жоқ (сақталғандары: {names})",
    },
    "import.profile_bad_name": {
        "en": "--save-profile: a profile name is 1 to 200 characters",
        "ru": "--save-profile: имя профиля — от 1 до 200 символов",
        "kk": "--save-profile: профиль атауы 1-ден 200 таңбаға дейін",
    },
    "import.profile_exists": {
        "en": "there is already an import profile «{name}»",
        "ru": "профиль импорта «{name}» уже есть",
        "kk": "«{name}» импорт профилі бар",
    },
    "import.none": {
        "en": "none",
        "ru": "нет",
        "kk": "жоқ",
    },
    "import.profiles_imported": {
        "en": "import profiles read from the workbook: {names}",
        "ru": "профили импорта из книги: {names}",
        "kk": "кітаптан алынған импорт профильдері: {names}",
    },
}
