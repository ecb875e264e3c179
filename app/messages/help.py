"""The command line's help, per language: ``help.<command>.summary`` (the one line of what it
does), ``help.<command>.epilog`` (its exit codes), ``help.<command>.<option dest>``; options every
command shares are ``help.<dest>``. The English of the code's own ``help=`` is the source; a
missing entry keeps it. ``argparse.<English>`` words argparse's own strings ("usage: ",
"options", its errors), which ``app.commands.common.localize_argparse`` routes here."""

from __future__ import annotations

_EXIT_WRITE = {
    "en": "Exit codes: 0 written; 1 the output was refused (it would write over the database, a backup or an "
          "input) or could not be written (disk full, read-only, permission, name too long); 2 {usage}.",
    "ru": "Коды выхода: 0 записано; 1 вывод отклонён (он записал бы поверх базы данных, резервной копии или "
          "входного файла) или не записан (диск заполнен, только чтение, нет доступа, слишком длинное имя); "
          "2 {usage}.",
    "kk": "Шығу кодтары: 0 жазылды; 1 шығыс қабылданбады (ол дерекқордың, сақтық көшірменің немесе кіріс "
          "файлының үстінен жазар еді) не жазылмады (диск толы, тек оқу, рұқсат жоқ, атауы тым ұзын); "
          "2 {usage}.",
}
_BAD = {"en": "bad usage or an unreadable database", "ru": "неверный вызов или нечитаемая база данных",
        "kk": "қате шақыру немесе оқылмайтын дерекқор"}
_BAD_WO = {"en": "bad usage (an unknown work order or quarter) or an unreadable database",
           "ru": "неверный вызов (неизвестный заказ или квартал) или нечитаемая база данных",
           "kk": "қате шақыру (белгісіз тапсырыс не тоқсан) немесе оқылмайтын дерекқор"}
_BAD_SHOTS = {"en": "bad usage, no --db or an unreadable database",
              "ru": "неверный вызов, нет --db или нечитаемая база данных",
              "kk": "қате шақыру, --db жоқ немесе оқылмайтын дерекқор"}
_BAD_ONLY = {"en": "bad usage", "ru": "неверный вызов", "kk": "қате шақыру"}


def _write_epilog(usage: dict[str, str]) -> dict[str, str]:
    return {lang: text.format(usage=usage[lang]) for lang, text in _EXIT_WRITE.items()}


_TODAY = {"en": "print as on this day (YYYY-MM-DD)", "ru": "на этот день (YYYY-MM-DD)",
          "kk": "осы күнгі жағдай бойынша (YYYY-MM-DD)"}
_OUT_XLSX = {
    "en": "the workbook to write (.xlsx is added when left off; an existing file is replaced atomically; the "
          "database, its backups and the command's own input are never written over)",
    "ru": "книга для записи (.xlsx добавляется, если не указано; существующий файл заменяется атомарно; поверх "
          "базы данных, её резервных копий и входного файла команды запись не производится)",
    "kk": "жазылатын кітап (.xlsx көрсетілмесе қосылады; бар файл атомарлы түрде ауыстырылады; дерекқордың, "
          "оның сақтық көшірмелерінің және команданың кіріс файлының үстінен ешқашан жазылмайды)",
}
_QUARTER = {"en": "the quarter, e.g. 2026Q4", "ru": "квартал, например 2026Q4", "kk": "тоқсан, мысалы 2026Q4"}

MESSAGES: dict[str, dict] = {
    "help.main.summary": {
        "en": "Plan a Unified Enterprise Support contract: work orders, credits, deadlines.",
        "ru": "Планирование контракта Unified Enterprise Support: заказы, кредиты, сроки.",
        "kk": "Unified Enterprise Support келісімшартын жоспарлау: жұмыс тапсырыстары, кредиттер, мерзімдер.",
    },
    "help.main.epilog": {
        "en": "With no COMMAND the planner opens its window. --db and --lang may also be given after the "
              "COMMAND. 'unified-planner COMMAND --help' describes a command and its exit codes: 0 success, "
              "1 an input or output was refused (or check found an error), 2 bad usage or an unreadable "
              "database.",
        "ru": "Без COMMAND открывается окно планировщика. --db и --lang можно указать и после COMMAND. "
              "«unified-planner COMMAND --help» описывает команду и её коды выхода: 0 успех, 1 вход или "
              "вывод отклонён (или check нашла ошибку), 2 неверный вызов или нечитаемая база данных.",
        "kk": "COMMAND берілмесе, жоспарлаушының терезесі ашылады. --db пен --lang COMMAND-тан кейін де "
              "берілуі мүмкін. «unified-planner COMMAND --help» команданы және оның шығу кодтарын "
              "сипаттайды: 0 сәтті, 1 кіріс не шығыс қабылданбады (немесе check қате тапты), 2 қате шақыру "
              "немесе оқылмайтын дерекқор.",
    },
    "help.version": {"en": "show program's version number and exit", "ru": "показать версию программы и выйти",
                     "kk": "бағдарлама нұсқасын көрсетіп, шығу"},
    "help.help": {"en": "show this help message and exit", "ru": "показать эту справку и выйти",
                  "kk": "осы анықтаманы көрсетіп, шығу"},
    "help.db": {
        "en": "database file, or a team database: postgresql://USER@HOST/DBNAME or service=NAME "
              "(default: planner.db in the user's data folder)",
        "ru": "файл базы данных или командная база: postgresql://USER@HOST/DBNAME или service=NAME "
              "(по умолчанию planner.db в папке данных пользователя)",
        "kk": "дерекқор файлы немесе топтық дерекқор: postgresql://USER@HOST/DBNAME немесе service=NAME "
              "(әдепкі: пайдаланушының деректер қалтасындағы planner.db)",
    },
    "help.lang": {
        "en": "language (default: the system's, English when neither Kazakh nor Russian)",
        "ru": "язык (по умолчанию системный; английский, если это не казахский и не русский)",
        "kk": "тіл (әдепкі: жүйенікі; қазақ не орыс тілі болмаса, ағылшын тілі)",
    },
    # backup / restore
    "help.backup.summary": {"en": "copy the database to a file (SQLite backup or pg_dump)",
                            "ru": "скопировать базу данных в файл (копия SQLite или pg_dump)",
                            "kk": "дерекқорды файлға көшіру (SQLite көшірмесі немесе pg_dump)"},
    "help.backup.epilog": {
        "en": "An existing OUT file is never replaced. Exit codes: 0 written; 1 refused (OUT exists); 2 the "
              "database cannot be used or OUT cannot be written (disk full, read-only, name too long).",
        "ru": "Существующий файл OUT никогда не заменяется. Коды выхода: 0 записано; 1 отклонено (OUT уже "
              "есть); 2 базу данных нельзя использовать или OUT нельзя записать (диск заполнен, только чтение, "
              "слишком длинное имя).",
        "kk": "Бар OUT файлы ешқашан ауыстырылмайды. Шығу кодтары: 0 жазылды; 1 қабылданбады (OUT бар); "
              "2 дерекқорды пайдалану не OUT жазу мүмкін емес (диск толы, тек оқу, атауы тым ұзын).",
    },
    "help.backup.out": {"en": "the backup file to write (a new file, or a folder to put it in)",
                        "ru": "файл резервной копии (новый файл или папка для него)",
                        "kk": "жазылатын сақтық көшірме файлы (жаңа файл немесе оны салатын қалта)"},
    "help.restore.summary": {"en": "replace the database with a checked backup (the replaced file is kept)",
                             "ru": "заменить базу данных проверенной резервной копией (заменённый файл сохраняется)",
                             "kk": "дерекқорды тексерілген сақтық көшірмемен ауыстыру (ауыстырылған файл сақталады)"},
    "help.restore.epilog": {
        "en": "Exit codes: 0 restored; 1 refused (a damaged or foreign backup, a --db file that is not a "
              "planner database); 2 bad usage or an unreadable database.",
        "ru": "Коды выхода: 0 восстановлено; 1 отклонено (повреждённая или чужая копия, файл --db — не база "
              "планировщика); 2 неверный вызов или нечитаемая база данных.",
        "kk": "Шығу кодтары: 0 қалпына келтірілді; 1 қабылданбады (зақымдалған не бөгде көшірме, --db файлы "
              "жоспарлаушы дерекқоры емес); 2 қате шақыру немесе оқылмайтын дерекқор.",
    },
    "help.restore.backup": {"en": "the backup file to restore", "ru": "файл резервной копии для восстановления",
                            "kk": "қалпына келтірілетін сақтық көшірме файлы"},
    # migrate (issue 17)
    "help.migrate.summary": {
        "en": "copy a whole database into a new or empty one",
        "ru": "скопировать всю базу данных в новую или пустую",
        "kk": "бүкіл дерекқорды жаңа немесе бос дерекқорға көшіру"},
    "help.migrate.epilog": {
        "en": "Exit codes: 0 copied and verified; 1 refused (the target holds data, or the source needs "
              "opening once to be upgraded) or the copy did not verify; 2 bad usage or an unreadable database.",
        "ru": "Коды выхода: 0 скопировано и проверено; 1 отклонено (в целевой базе есть данные или источник "
              "нужно один раз открыть для обновления) или копия не прошла проверку; 2 неверный вызов или "
              "нечитаемая база данных.",
        "kk": "Шығу кодтары: 0 көшірілді және тексерілді; 1 қабылданбады (мақсатты дерекқорда деректер бар "
              "немесе көзді жаңарту үшін бір рет ашу керек) не көшірме тексеруден өтпеді; 2 қате шақыру "
              "немесе оқылмайтын дерекқор."},
    "help.migrate.source": {"en": "the database to copy: a file or postgresql://…",
                            "ru": "копируемая база: файл или postgresql://…",
                            "kk": "көшірілетін дерекқор: файл немесе postgresql://…"},
    "help.migrate.target": {"en": "a new file, or an empty database: a file or postgresql://…",
                            "ru": "новый файл или пустая база: файл или postgresql://…",
                            "kk": "жаңа файл немесе бос дерекқор: файл немесе postgresql://…"},
    # balances
    "help.balances.summary": {"en": "print the balances per work order and entitlement, as of a day",
                              "ru": "вывести остатки по заказам и правам на день",
                              "kk": "тапсырыстар мен құқықтар бойынша қалдықтарды күн бойынша шығару"},
    "help.balances.epilog": {
        "en": "Exit codes: 0 printed; 1 no such work order (--work-order); 2 bad usage or an unreadable database.",
        "ru": "Коды выхода: 0 выведено; 1 нет такого заказа (--work-order); 2 неверный вызов или нечитаемая "
              "база данных.",
        "kk": "Шығу кодтары: 0 шығарылды; 1 мұндай тапсырыс жоқ (--work-order); 2 қате шақыру немесе "
              "оқылмайтын дерекқор.",
    },
    "help.balances.work_order": {"en": "only this work order", "ru": "только этот заказ", "kk": "тек осы тапсырыс"},
    "help.balances.on": {"en": "as of this day (YYYY-MM-DD; default today)",
                         "ru": "на этот день (YYYY-MM-DD; по умолчанию сегодня)",
                         "kk": "осы күнге (YYYY-MM-DD; әдепкі — бүгін)"},
    "help.balances.json": {"en": "print one JSON array", "ru": "вывести один массив JSON",
                           "kk": "бір JSON жиымын шығару"},
    # demo / check
    "help.demo.summary": {"en": "fill a database with the demo portfolio",
                          "ru": "заполнить базу данных демо-портфелем", "kk": "дерекқорды демо-портфельмен толтыру"},
    "help.demo.epilog": {
        "en": "Exit codes: 0 written; 1 refused: the database holds data and --replace-demo was not given; "
              "2 bad usage or an unreadable database.",
        "ru": "Коды выхода: 0 записано; 1 отклонено: в базе есть данные, а --replace-demo не указан; "
              "2 неверный вызов или нечитаемая база данных.",
        "kk": "Шығу кодтары: 0 жазылды; 1 қабылданбады: дерекқорда деректер бар, ал --replace-demo "
              "берілмеген; 2 қате шақыру немесе оқылмайтын дерекқор.",
    },
    "help.demo.today": {"en": "build the demo around this day (YYYY-MM-DD)",
                        "ru": "построить демо вокруг этого дня (YYYY-MM-DD)",
                        "kk": "демоны осы күн төңірегінде құру (YYYY-MM-DD)"},
    "help.demo.replace_demo": {
        "en": "on a database that holds data: replace only the work orders an earlier demo wrote (yours, "
              "even with a demo number, are kept)",
        "ru": "для базы с данными: заменить только заказы, записанные прежним демо (ваши, даже с демо-номером, "
              "сохраняются)",
        "kk": "деректері бар дерекқорда: тек бұрынғы демо жазған тапсырыстарды ауыстыру (сіздікі, тіпті "
              "демо нөмірімен болса да, сақталады)",
    },
    "help.check.summary": {"en": "check the portfolio against the contract's rules",
                           "ru": "проверить портфель по правилам контракта",
                           "kk": "портфельді келісімшарт ережелері бойынша тексеру"},
    "help.check.epilog": {
        "en": "Exit codes: 0 no finding is an error; 1 at least one finding is an error; 2 bad usage or an "
              "unreadable database.",
        "ru": "Коды выхода: 0 среди замечаний нет ошибок; 1 хотя бы одно замечание — ошибка; 2 неверный "
              "вызов или нечитаемая база данных.",
        "kk": "Шығу кодтары: 0 ескертулер арасында қате жоқ; 1 кемінде бір ескерту — қате; 2 қате шақыру "
              "немесе оқылмайтын дерекқор.",
    },
    "help.check.today": {"en": "check as on this day (YYYY-MM-DD)", "ru": "проверить на этот день (YYYY-MM-DD)",
                         "kk": "осы күнгі жағдай бойынша тексеру (YYYY-MM-DD)"},
    "help.check.json": {"en": "print one JSON array of findings", "ru": "вывести один массив JSON с замечаниями",
                        "kk": "ескертулердің бір JSON жиымын шығару"},
    "help.check.reminders": {"en": "reminder days before a deadline, comma separated (default 30,14,7)",
                             "ru": "за сколько дней до срока напоминать, через запятую (по умолчанию 30,14,7)",
                             "kk": "мерзімге дейін еске салу күндері, үтір арқылы (әдепкі 30,14,7)"},
    # statement / statements / calendar
    "help.statement.summary": {"en": "write one work order's quarterly review statement (PDF, Excel)",
                               "ru": "записать квартальный отчёт одного заказа (PDF, Excel)",
                               "kk": "бір жұмыс тапсырысының тоқсандық есебін жазу (PDF, Excel)"},
    "help.statement.epilog": _write_epilog(_BAD_WO),
    "help.statement.work_order": {"en": "the work order's number", "ru": "номер заказа",
                                  "kk": "жұмыс тапсырысының нөмірі"},
    "help.statement.quarter": _QUARTER,
    "help.statement.pdf": {
        "en": "write the PDF here (.pdf is added when left off; an existing file is replaced atomically; the "
              "database, its backups and the command's own input are never written over)",
        "ru": "записать PDF сюда (.pdf добавляется, если не указано; существующий файл заменяется атомарно; "
              "поверх базы данных, её резервных копий и входного файла команды запись не производится)",
        "kk": "PDF-ті осында жазу (.pdf көрсетілмесе қосылады; бар файл атомарлы түрде ауыстырылады; "
              "дерекқордың, оның сақтық көшірмелерінің және команданың кіріс файлының үстінен ешқашан "
              "жазылмайды)",
    },
    "help.statement.xlsx": {
        "en": "write the Excel workbook here (.xlsx is added when left off); without --pdf and --xlsx both "
              "are written to the current folder",
        "ru": "записать книгу Excel сюда (.xlsx добавляется, если не указано); без --pdf и --xlsx оба файла "
              "записываются в текущую папку",
        "kk": "Excel кітабын осында жазу (.xlsx көрсетілмесе қосылады); --pdf пен --xlsx берілмесе, екеуі "
              "де ағымдағы қалтаға жазылады",
    },
    "help.statement.today": _TODAY,
    "help.statements.summary": {"en": "write the statements of every work order active in a quarter",
                                "ru": "записать отчёты всех заказов, действующих в квартале",
                                "kk": "тоқсанда белсенді әр тапсырыстың есептерін жазу"},
    "help.statements.epilog": _write_epilog(_BAD_WO),
    "help.statements.quarter": _QUARTER,
    "help.statements.out": {
        "en": "the folder to write into (created when missing); each work order gets its own files; an "
              "existing file is replaced atomically; the database, its backups and the command's own input "
              "are never written over",
        "ru": "папка для записи (создаётся, если её нет); у каждого заказа свои файлы; существующий файл "
              "заменяется атомарно; поверх базы данных, её резервных копий и входного файла команды запись "
              "не производится",
        "kk": "жазылатын қалта (жоқ болса жасалады); әр тапсырыстың өз файлдары бар; бар файл атомарлы "
              "түрде ауыстырылады; дерекқордың, оның сақтық көшірмелерінің және команданың кіріс файлының "
              "үстінен ешқашан жазылмайды",
    },
    "help.statements.pdf": {"en": "PDF only (default: PDF and Excel)", "ru": "только PDF (по умолчанию PDF и Excel)",
                            "kk": "тек PDF (әдепкі: PDF және Excel)"},
    "help.statements.xlsx": {"en": "Excel only (default: PDF and Excel)",
                             "ru": "только Excel (по умолчанию PDF и Excel)", "kk": "тек Excel (әдепкі: PDF және Excel)"},
    "help.statements.today": _TODAY,
    "help.calendar.summary": {"en": "export deadlines and deliveries as an iCalendar (.ics) file",
                              "ru": "выгрузить сроки и оказания услуг в файл iCalendar (.ics)",
                              "kk": "мерзімдер мен қызмет көрсетулерді iCalendar (.ics) файлына шығару"},
    "help.calendar.epilog": _write_epilog(_BAD),
    "help.calendar.out": {
        "en": "the file to write (.ics is added when left off; an existing file is replaced atomically; the "
              "database, its backups and the command's own input are never written over)",
        "ru": "файл для записи (.ics добавляется, если не указано; существующий файл заменяется атомарно; "
              "поверх базы данных, её резервных копий и входного файла команды запись не производится)",
        "kk": "жазылатын файл (.ics көрсетілмесе қосылады; бар файл атомарлы түрде ауыстырылады; "
              "дерекқордың, оның сақтық көшірмелерінің және команданың кіріс файлының үстінен ешқашан "
              "жазылмайды)",
    },
    "help.calendar.today": {"en": "deadlines as on this day (YYYY-MM-DD)", "ru": "сроки на этот день (YYYY-MM-DD)",
                            "kk": "осы күнгі мерзімдер (YYYY-MM-DD)"},
    # screenshots
    "help.screenshots.summary": {"en": "render a PNG of every screen and dialog of the window",
                                 "ru": "снять PNG каждого экрана и диалога окна",
                                 "kk": "терезенің әр экраны мен диалогының PNG суретін жасау"},
    "help.screenshots.epilog": _write_epilog(_BAD_SHOTS),
    "help.screenshots.out": {
        "en": "folder for the PNG files (created when missing; files of the same name are replaced "
              "atomically, readable by you only)",
        "ru": "папка для файлов PNG (создаётся, если её нет; файлы с тем же именем заменяются атомарно и "
              "доступны для чтения только вам)",
        "kk": "PNG файлдарына арналған қалта (жоқ болса жасалады; аттас файлдар атомарлы түрде "
              "ауыстырылады, оларды тек сіз оқи аласыз)",
    },
    "help.screenshots.today": {"en": "show the data as on this day (YYYY-MM-DD)",
                               "ru": "показать данные на этот день (YYYY-MM-DD)",
                               "kk": "деректерді осы күнгі жағдай бойынша көрсету (YYYY-MM-DD)"},
    "help.screenshots.work_order": {"en": "work order to show (default: the one with most deliveries)",
                                    "ru": "заказ для показа (по умолчанию — с наибольшим числом оказаний)",
                                    "kk": "көрсетілетін тапсырыс (әдепкі: қызмет көрсетулері ең көбі)"},
    "help.screenshots.size": {"en": "window size (default 1400x860)", "ru": "размер окна (по умолчанию 1400x860)",
                              "kk": "терезе өлшемі (әдепкі 1400x860)"},
    # import / export / template
    "help.import.summary": {"en": "validate, preview and import a work order workbook in one transaction",
                            "ru": "проверить, просмотреть и импортировать книгу заказов одной транзакцией",
                            "kk": "жұмыс тапсырыстары кітабын бір транзакциямен тексеру, алдын ала қарау және "
                                  "импорттау"},
    "help.import.epilog": {
        "en": "Exit codes: 0 imported (or, with --dry-run, would be); 1 rejected: the problems on stderr, one a "
              "line; nothing written; 2 bad usage, an unreadable workbook or an unreadable database.",
        "ru": "Коды выхода: 0 импортировано (или, с --dry-run, было бы); 1 отклонено: ошибки выводятся в поток "
              "ошибок, по одной в строке; ничего не записано; 2 неверный вызов, нечитаемая книга или нечитаемая база данных.",
        "kk": "Шығу кодтары: 0 импортталды (не --dry-run кезінде импортталар еді); 1 қабылданбады: қателер "
              "қате ағынына, әр жолда біреуден шығады; ештеңе жазылмады; 2 қате шақыру, оқылмайтын кітап немесе "
              "оқылмайтын дерекқор.",
    },
    "help.import.workbook": {"en": "the workbook to read (it is never written to)",
                             "ru": "книга для чтения (в неё ничего не записывается)",
                             "kk": "оқылатын кітап (оған ешқашан жазылмайды)"},
    "help.import.dry_run": {"en": "validate and show the changes; write nothing",
                            "ru": "проверить и показать изменения; ничего не записывать",
                            "kk": "тексеріп, өзгерістерді көрсету; ештеңе жазбау"},
    "help.import.errors": {
        "en": "when rejected, write the workbook with the bad cells marked and a message column (an existing "
              "file is replaced atomically; the database, its backups and the command's own input are never "
              "written over)",
        "ru": "при отказе записать книгу с отмеченными ошибочными ячейками и столбцом сообщений (существующий "
              "файл заменяется атомарно; поверх базы данных, её резервных копий и входного файла команды "
              "запись не производится)",
        "kk": "қабылданбаса, қате ұяшықтары белгіленген және хабар бағаны бар кітапты жазу (бар файл "
              "атомарлы түрде ауыстырылады; дерекқордың, оның сақтық көшірмелерінің және команданың кіріс "
              "файлының үстінен ешқашан жазылмайды)",
    },
    "help.import.service": {"en": "take the catalog service CODE for the name NAME written in the workbook",
                            "ru": "принять услугу каталога CODE для названия NAME, написанного в книге",
                            "kk": "кітапта жазылған NAME атауы үшін каталогтағы CODE қызметін алу"},
    "help.import.column": {"en": "read the column headed HEADER as the field FIELD, e.g. \"Конец срока=term_end\"",
                           "ru": "читать столбец с заголовком HEADER как поле FIELD, например «Конец срока=term_end»",
                           "kk": "HEADER тақырыпты бағанды FIELD өрісі ретінде оқу, мысалы «Мерзім соңы=term_end»"},
    "help.export.summary": {"en": "write the whole portfolio to a workbook (.xlsx) that re-imports",
                            "ru": "записать весь портфель в книгу (.xlsx), которую можно импортировать обратно",
                            "kk": "бүкіл портфельді қайта импортталатын кітапқа (.xlsx) жазу"},
    "help.export.epilog": _write_epilog(_BAD),
    "help.export.out": _OUT_XLSX,
    "help.template.summary": {"en": "write an empty work order workbook with an instruction sheet",
                              "ru": "записать пустую книгу заказов с листом инструкции",
                              "kk": "нұсқаулық парағы бар бос жұмыс тапсырыстары кітабын жазу"},
    "help.template.epilog": _write_epilog(_BAD_ONLY),
    "help.template.out": _OUT_XLSX,
    "help.statement.reference": {
        "en": "add the Contract reference to the PDF's appendix (response targets, business hours and "
              "holidays, flex per year, the rules)",
        "ru": "добавить в приложение PDF справку по договору (сроки реакции, рабочие часы и праздники, "
              "гибкий лимит по годам, правила)",
        "kk": "PDF қосымшасына келісімшарт анықтамасын қосу (жауап беру мерзімдері, жұмыс уақыты мен "
              "мерекелер, жылдар бойынша өзгермелі төлем, ережелер)",
    },
    "help.import.save_profile": {
        "en": "remember this import's --column and --service answers as the import profile NAME, applied "
              "by itself to the next file with the same headers",
        "ru": "запомнить ответы --column и --service этого импорта как профиль импорта NAME; он сам "
              "применится к следующему файлу с теми же заголовками",
        "kk": "осы импорттың --column және --service жауаптарын NAME импорт профилі ретінде есте сақтау; "
              "ол тақырыптары бірдей келесі файлға өзі қолданылады",
    },
    "help.statement.internal": {
        "en": "the internal edition: findings with their rule ids, severities and the account team's notes "
              "(default: the customer edition, to hand over)",
        "ru": "внутренняя редакция: замечания с кодами правил, уровнями важности и заметками команды "
              "(по умолчанию — редакция для клиента)",
        "kk": "ішкі нұсқа: ескертулер ереже кодтарымен, маңыздылық деңгейлерімен және топтың жазбаларымен "
              "(әдепкі бойынша — тұтынушыға арналған нұсқа)",
    },
    "help.statement.manager_name": {"en": "the account manager printed on page 1 (name)",
                                    "ru": "менеджер клиента на первой странице (имя)",
                                    "kk": "бірінші бетте басылатын клиент менеджері (аты)"},
    "help.statement.manager_email": {"en": "the account manager's e-mail",
                                     "ru": "электронная почта менеджера клиента",
                                     "kk": "клиент менеджерінің электрондық поштасы"},
    "help.statement.manager_phone": {"en": "the account manager's phone", "ru": "телефон менеджера клиента",
                                     "kk": "клиент менеджерінің телефоны"},
    "help.statements.no_overwrite": {"en": "keep files that exist as they are (default: replace them, and say so)",
                                     "ru": "не трогать существующие файлы (по умолчанию они заменяются, и об этом "
                                           "сообщается)",
                                     "kk": "бар файлдарды сол күйінде қалдыру (әдепкі бойынша олар ауыстырылады "
                                           "және бұл айтылады)"},
    "help.calendar.reminder_days": {"en": "alarms this many days before each date (default 30,14,7, as in Settings)",
                                    "ru": "напоминания за столько дней до каждой даты (по умолчанию 30,14,7, как "
                                          "в настройках)",
                                    "kk": "әр күннен осынша күн бұрын еске салу (әдепкі бойынша 30,14,7, "
                                          "баптаулардағыдай)"},
    "help.import.today": {
        "en": "judge the rows as on this day (YYYY-MM-DD; default today): a delivery marked delivered "
              "must have reached its first day",
        "ru": "проверять строки на этот день (YYYY-MM-DD; по умолчанию сегодня): поставка, отмеченная "
              "выполненной, должна уже достичь своего первого дня",
        "kk": "жолдарды осы күнгі жағдай бойынша тексеру (YYYY-MM-DD; әдепкіде бүгін): орындалды деп "
              "белгіленген жеткізудің бірінші күні келген болуы керек",
    },
    "help.import.profile": {
        "en": "apply the saved import profile NAME (without it, the profile saved for the file's headers "
              "is applied, if any)",
        "ru": "применить сохранённый профиль импорта NAME (без него применяется профиль, сохранённый для "
              "заголовков файла, если он есть)",
        "kk": "сақталған NAME импорт профилін қолдану (онсыз файл тақырыптары үшін сақталған профиль, "
              "бар болса, қолданылады)",
    },
    # the steps of ``offline`` (issue 17); their summaries are in app.messages.offline
    "help.offline.take.source": {"en": "the team database: postgresql://… or a file",
                                 "ru": "командная база: postgresql://… или файл",
                                 "kk": "топтық дерекқор: postgresql://… немесе файл"},
    "help.offline.take.target": {"en": "the new laptop file", "ru": "новый файл для ноутбука",
                                 "kk": "ноутбукке арналған жаңа файл"},
    "help.offline.take.numbers": {"en": "a work order to take (repeat for more)",
                                  "ru": "заказ, который взять (повторите для нескольких)",
                                  "kk": "алынатын жұмыс тапсырысы (бірнешеуі үшін қайталаңыз)"},
    "help.offline.take.mine": {"en": "the work orders that are yours", "ru": "ваши заказы",
                               "kk": "сіздің жұмыс тапсырыстарыңыз"},
    "help.offline.bring.source": {"en": "the laptop file made by offline take",
                                  "ru": "файл ноутбука, созданный командой offline take",
                                  "kk": "offline take жасаған ноутбук файлы"},
    "help.offline.bring.target": {"en": "the team database: postgresql://… or a file",
                                  "ru": "командная база: postgresql://… или файл",
                                  "kk": "топтық дерекқор: postgresql://… немесе файл"},
    "help.offline.bring.dry_run": {"en": "say what would be done, write nothing",
                                   "ru": "сказать, что будет сделано, ничего не записывая",
                                   "kk": "не істелетінін айту, ештеңе жазбау"},
    "help.offline.bring.prefer.laptop": {"en": "every conflict: keep the laptop's value",
                                         "ru": "при каждом конфликте оставить значение ноутбука",
                                         "kk": "әр қайшылықта ноутбуктегі мәнді қалдыру"},
    "help.offline.bring.prefer.server": {"en": "every conflict: keep the server's value",
                                         "ru": "при каждом конфликте оставить значение сервера",
                                         "kk": "әр қайшылықта сервердегі мәнді қалдыру"},
    "help.offline.bring.decisions": {
        "en": 'a JSON file {"table:id:field": "laptop" or "server"} (keys as listed)',
        "ru": 'JSON-файл {"таблица:id:поле": "laptop" или "server"} (ключи — как в списке конфликтов)',
        "kk": 'JSON файлы {"кесте:id:өріс": "laptop" не "server"} (кілттер тізімдегідей)'},
}

#: argparse's own strings (its gettext ids), worded here.
_ARGPARSE = {
    "usage: ": ("использование: ", "қолданылуы: "),
    "positional arguments": ("позиционные аргументы", "позициялық аргументтер"),
    "options": ("параметры", "параметрлер"),
    "optional arguments": ("параметры", "параметрлер"),
    "show this help message and exit": ("показать эту справку и выйти", "осы анықтаманы көрсетіп, шығу"),
    "show program's version number and exit": ("показать версию программы и выйти",
                                               "бағдарлама нұсқасын көрсетіп, шығу"),
    "%(prog)s: error: %(message)s\n": ("%(prog)s: ошибка: %(message)s\n", "%(prog)s: қате: %(message)s\n"),
    "argument %(argument_name)s: %(message)s": ("аргумент %(argument_name)s: %(message)s",
                                                "%(argument_name)s аргументі: %(message)s"),
    "the following arguments are required: %s": ("обязательные аргументы не указаны: %s",
                                                  "мына аргументтер міндетті: %s"),
    "unrecognized arguments: %s": ("неизвестные аргументы: %s", "белгісіз аргументтер: %s"),
    "expected one argument": ("ожидается один аргумент", "бір аргумент күтіледі"),
    "expected at least one argument": ("ожидается хотя бы один аргумент", "кемінде бір аргумент күтіледі"),
    "expected at most one argument": ("ожидается не больше одного аргумента", "ең көбі бір аргумент күтіледі"),
    "invalid choice: %(value)r (choose from %(choices)s)": ("недопустимое значение: %(value)r (выберите из "
                                                            "%(choices)s)",
                                                            "жарамсыз мән: %(value)r (мыналардан таңдаңыз: "
                                                            "%(choices)s)"),
    "invalid %(type)s value: %(value)r": ("недопустимое значение %(type)s: %(value)r",
                                          "жарамсыз %(type)s мәні: %(value)r"),
    "ambiguous option: %(option)s could match %(matches)s": ("неоднозначный параметр: %(option)s может быть "
                                                             "%(matches)s",
                                                             "екіұшты параметр: %(option)s мынау болуы мүмкін: "
                                                             "%(matches)s"),
    "not allowed with argument %s": ("нельзя вместе с аргументом %s", "%s аргументімен бірге болмайды"),
    "ignored explicit argument %r": ("лишний аргумент %r пропущен", "артық %r аргументі ескерілмеді"),
    "one of the arguments %s is required": ("нужен один из аргументов %s", "%s аргументтерінің бірі қажет"),
}
for _en, (_ru, _kk) in _ARGPARSE.items():
    MESSAGES[f"argparse.{_en}"] = {"en": _en, "ru": _ru, "kk": _kk}
for _opt in ("internal", "manager_name", "manager_email", "manager_phone"):  # the batch's options are the statement's
    MESSAGES[f"help.statements.{_opt}"] = MESSAGES[f"help.statement.{_opt}"]
