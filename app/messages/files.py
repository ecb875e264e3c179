"""Why an output file (export, template, error workbook, statement, calendar, screenshot) was
not written: ``output.line`` with a reason ``output.<reason>`` (reasons of ``OutputError``)."""

MESSAGES = {
    "output.line": {
        "en": "error: {path} was not written: {reason}",
        "ru": "ошибка: файл {path} не записан: {reason}",
        "kk": "қате: {path} файлы жазылмады: {reason}",
    },
    "output.disk_full": {
        "en": "the disk is full (nothing was changed)",
        "ru": "диск заполнен (ничего не изменено)",
        "kk": "диск толы (ештеңе өзгертілген жоқ)",
    },
    "output.read_only_media": {
        "en": "the folder is on read-only media",
        "ru": "папка находится на носителе только для чтения",
        "kk": "қалта тек оқуға арналған тасымалдағышта",
    },
    "output.permission_denied": {
        "en": "permission denied",
        "ru": "нет доступа",
        "kk": "рұқсат жоқ",
    },
    "output.name_too_long": {
        "en": "the file name is too long",
        "ru": "слишком длинное имя файла",
        "kk": "файл атауы тым ұзын",
    },
    "output.vanished": {
        "en": "the folder disappeared while writing",
        "ru": "папка исчезла во время записи",
        "kk": "жазу кезінде қалта жоғалып кетті",
    },
    "output.is_folder": {
        "en": "it is a folder; give a file name",
        "ru": "это папка; укажите имя файла",
        "kk": "бұл қалта; файл атауын көрсетіңіз",
    },
    "output.not_a_folder": {
        "en": "it is a file, not a folder",
        "ru": "это файл, а не папка",
        "kk": "бұл қалта емес, файл",
    },
    "output.too_large": {
        "en": "the file is too large for this disk",
        "ru": "файл слишком велик для этого диска",
        "kk": "файл бұл диск үшін тым үлкен",
    },
    "output.io_error": {
        "en": "input/output error (the disk or network share failed)",
        "ru": "ошибка ввода-вывода (сбой диска или сетевой папки)",
        "kk": "енгізу-шығару қатесі (диск немесе желілік қалта істен шықты)",
    },
    "output.folder_missing": {
        "en": "its folder {detail} does not exist",
        "ru": "папка {detail} не существует",
        "kk": "{detail} қалтасы жоқ",
    },
    "output.wrong_suffix": {
        "en": "the file name must end in {detail}",
        "ru": "имя файла должно оканчиваться на {detail}",
        "kk": "файл атауы {detail} деп аяқталуы керек",
    },
    "output.is_database": {
        "en": "it is the planner's database {detail} (or one of its files); choose another name",
        "ru": "это база данных планировщика {detail} (или один из её файлов); выберите другое имя",
        "kk": "бұл жоспарлаушының {detail} дерекқоры (немесе оның файлдарының бірі); басқа атау таңдаңыз",
    },
    "output.is_backup": {
        "en": "it is in the backups folder {detail}; backups are never written over",
        "ru": "это папка резервных копий {detail}; резервные копии не перезаписываются",
        "kk": "бұл {detail} сақтық көшірмелер қалтасы; сақтық көшірмелердің үстінен жазылмайды",
    },
    "output.is_input": {
        "en": "it is this command's own input {detail}; choose another name",
        "ru": "это входной файл этой же команды {detail}; выберите другое имя",
        "kk": "бұл осы команданың кіріс файлы {detail}; басқа атау таңдаңыз",
    },
    "output.is_a_database": {
        "en": "it is an SQLite database, not a file the planner writes; choose another name",
        "ru": "это база данных SQLite, а не файл, который пишет планировщик; выберите другое имя",
        "kk": "бұл SQLite дерекқоры, жоспарлаушы жазатын файл емес; басқа атау таңдаңыз",
    },
    "output.replaced": {
        "en": "replaced: {path}",
        "ru": "заменён: {path}",
        "kk": "ауыстырылды: {path}",
    },
    "output.written": {
        "en": "written: {path}",
        "ru": "записан: {path}",
        "kk": "жазылды: {path}",
    },
    "output.folder_created": {
        "en": "folder created: {path}",
        "ru": "создана папка: {path}",
        "kk": "қалта құрылды: {path}",
    },
    "cli.bad_value": {
        "en": "error: {detail}",
        "ru": "ошибка: {detail}",
        "kk": "қате: {detail}",
    },
    "cli.out_of_range": {
        "en": "error: a date or number is out of range: {detail}",
        "ru": "ошибка: дата или число вне допустимого диапазона: {detail}",
        "kk": "қате: күн немесе сан рұқсат етілген ауқымнан тыс: {detail}",
    },
}
