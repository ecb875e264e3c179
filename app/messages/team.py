"""A team database on a PostgreSQL server (issue 17): ``migrate`` between a file and a server,
``backup`` and ``restore`` with PostgreSQL's own tools."""

MESSAGES = {
    # migrate
    "migrate.done": {
        "en": "{source} copied to {target}: {rows} rows in {tables} tables (history {history}, ledger "
              "{ledger}); verified: the same row count in every table and the same balances",
        "ru": "{source} скопирована в {target}: строк {rows} в {tables} таблицах (история {history}, "
              "журнал {ledger}); проверено: в каждой таблице столько же строк и остатки те же",
        "kk": "{source} {target} ішіне көшірілді: {tables} кестеде {rows} жол (тарих {history}, журнал "
              "{ledger}); тексерілді: әр кестеде жол саны бірдей, қалдықтар бірдей",
    },
    "migrate.target_not_empty": {
        "en": "error: {target} already holds data; migrate copies only into a new or empty database; "
              "nothing was written",
        "ru": "ошибка: в {target} уже есть данные; migrate копирует только в новую или пустую базу; "
              "ничего не записано",
        "kk": "қате: {target} ішінде деректер бар; migrate тек жаңа немесе бос дерекқорға көшіреді; "
              "ештеңе жазылмады",
    },
    "migrate.source_old_schema": {
        "en": "error: {target} was made by an older version of Unified Planner: open it once with this "
              "version (it is upgraded), then migrate; nothing was written",
        "ru": "ошибка: {target} создана более старой версией Unified Planner: откройте её один раз в этой "
              "версии (она будет обновлена), затем повторите migrate; ничего не записано",
        "kk": "қате: {target} Unified Planner-дің ескі нұсқасымен жасалған: оны осы нұсқамен бір рет ашыңыз "
              "(ол жаңартылады), содан кейін migrate қайталаңыз; ештеңе жазылмады",
    },
    "migrate.not_verified": {
        "en": "error: the copy in {target} does not match its source ({differ}); do not use it",
        "ru": "ошибка: копия в {target} не совпадает с источником ({differ}); не используйте её",
        "kk": "қате: {target} ішіндегі көшірме көзімен сәйкес емес ({differ}); оны пайдаланбаңыз",
    },
    "migrate.balances": {
        "en": "the balances differ", "ru": "остатки различаются", "kk": "қалдықтар әртүрлі",
    },
    # backup and restore of a team database (pg_dump, pg_restore)
    "teambackup.written": {
        "en": "backup of {db} written to {path} (pg_dump custom format; {rows} rows)",
        "ru": "резервная копия {db} записана в {path} (формат pg_dump custom; строк {rows})",
        "kk": "{db} сақтық көшірмесі {path} файлына жазылды (pg_dump custom пішімі; {rows} жол)",
    },
    "teambackup.no_tool": {
        "en": "error: {tool} of PostgreSQL {major} was not found (the server is version {major}; "
              "install its client tools, e.g. postgresql-client-{major}); nothing was written",
        "ru": "ошибка: не найден {tool} PostgreSQL {major} (версия сервера {major}; установите его "
              "клиентские программы, например postgresql-client-{major}); ничего не записано",
        "kk": "қате: PostgreSQL {major} нұсқасының {tool} бағдарламасы табылмады (сервер нұсқасы {major}; "
              "оның клиент бағдарламаларын орнатыңыз, мысалы postgresql-client-{major}); ештеңе жазылмады",
    },
    "teambackup.other_version": {
        "en": "error: {tool} here is of PostgreSQL {found}, the server is version {major}: install the "
              "client tools of version {major} (e.g. postgresql-client-{major}); nothing was written",
        "ru": "ошибка: здесь {tool} PostgreSQL {found}, а версия сервера {major}: установите клиентские "
              "программы версии {major} (например postgresql-client-{major}); ничего не записано",
        "kk": "қате: мұндағы {tool} PostgreSQL {found} нұсқасы, сервер нұсқасы {major}: {major} нұсқасының "
              "клиент бағдарламаларын орнатыңыз (мысалы postgresql-client-{major}); ештеңе жазылмады",
    },
    "teambackup.failed": {
        "en": "error: {tool} failed: {detail}; nothing was written",
        "ru": "ошибка: {tool} завершился с ошибкой: {detail}; ничего не записано",
        "kk": "қате: {tool} қатемен аяқталды: {detail}; ештеңе жазылмады",
    },
    "teamrestore.not_a_dump": {
        "en": "error: backup {path} is not a backup of a team database (pg_dump custom format); "
              "a file backup goes into a team database with migrate; nothing was restored",
        "ru": "ошибка: {path} — не резервная копия командной базы (формат pg_dump custom); копию-файл "
              "переносят в командную базу командой migrate; ничего не восстановлено",
        "kk": "қате: {path} топтық дерекқордың сақтық көшірмесі емес (pg_dump custom пішімі); файл "
              "көшірмесі топтық дерекқорға migrate арқылы көшіріледі; ештеңе қалпына келтірілмеді",
    },
    "teamrestore.not_empty": {
        "en": "error: {db} is not empty: a team database is restored only into an empty database "
              "(ask its administrator for a new one); nothing was restored",
        "ru": "ошибка: {db} не пуста: командная база восстанавливается только в пустую базу "
              "(попросите администратора создать новую); ничего не восстановлено",
        "kk": "қате: {db} бос емес: топтық дерекқор тек бос дерекқорға қалпына келтіріледі "
              "(әкімшіден жаңасын сұраңыз); ештеңе қалпына келтірілмеді",
    },
    "teamrestore.not_verified": {
        "en": "error: {db} restored from {backup} does not match the backup ({differ}); do not use it",
        "ru": "ошибка: {db}, восстановленная из {backup}, не совпадает с копией ({differ}); не используйте её",
        "kk": "қате: {backup} көшірмесінен қалпына келтірілген {db} көшірмеге сәйкес емес ({differ}); "
              "оны пайдаланбаңыз",
    },
    "teamrestore.done": {
        "en": "{db} restored from {backup}; verified: it opens and every table holds the backup's {rows} rows",
        "ru": "{db} восстановлена из {backup}; проверено: база открывается, во всех таблицах те же {rows} строк, "
              "что в копии",
        "kk": "{db} {backup} көшірмесінен қалпына келтірілді; тексерілді: ол ашылады, кестелерде көшірмедегі "
              "{rows} жол бар",
    },
}
