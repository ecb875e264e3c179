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
    "migrate.source_offline_copy": {
        "en": "error: {target} is a laptop copy of some work orders (offline take) whose changes are not "
              "brought back yet: bring them back with offline bring; migrate copies whole databases; "
              "nothing was written",
        "ru": "ошибка: {target} — копия части заказов для работы вне сети (offline take), изменения в ней "
              "ещё не возвращены: верните их командой offline bring; migrate копирует базы целиком; "
              "ничего не записано",
        "kk": "қате: {target} — желіден тыс жұмысқа алынған жұмыс тапсырыстарының көшірмесі (offline take), "
              "оның өзгерістері әлі қайтарылмаған: оларды offline bring арқылы қайтарыңыз; migrate "
              "дерекқорды толық көшіреді; ештеңе жазылмады",
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
    # team init / add / assign / show: who sees what
    "team.needs_team_db": {
        "en": "error: {db} is a file: teams, owners and roles need a team database (postgresql://… "
              "or service=NAME; see migrate); nothing was changed",
        "ru": "ошибка: {db} — файл: команды, владельцы и роли требуют командной базы (postgresql://… "
              "или service=NAME; см. migrate); ничего не изменено",
        "kk": "қате: {db} — файл: топтар, иелер мен рөлдер үшін топтық дерекқор керек (postgresql://… "
              "немесе service=NAME; migrate қараңыз); ештеңе өзгертілмеді",
    },
    "team.denied": {
        "en": "error: the server refused: {detail} (team init and team add need the database owner "
              "with CREATEROLE, or a superuser); nothing was changed",
        "ru": "ошибка: сервер отказал: {detail} (team init и team add требуют владельца базы с "
              "CREATEROLE или суперпользователя); ничего не изменено",
        "kk": "қате: сервер бас тартты: {detail} (team init және team add үшін CREATEROLE құқығы бар "
              "дерекқор иесі немесе суперпайдаланушы керек); ештеңе өзгертілмеді",
    },
    "team.failed": {
        "en": "error: the server refused: {detail}; nothing was changed",
        "ru": "ошибка: сервер отказал: {detail}; ничего не изменено",
        "kk": "қате: сервер бас тартты: {detail}; ештеңе өзгертілмеді",
    },
    "team.bad_name": {
        "en": "error: {name!r} is not a usable {what} name (letters, digits, _ . @ -, at most 63, "
              "not starting with a digit); nothing was changed",
        "ru": "ошибка: {name!r} не годится как имя ({what}): буквы, цифры, _ . @ -, не более 63, "
              "не с цифры; ничего не изменено",
        "kk": "қате: {name!r} атау ({what}) ретінде жарамсыз: әріптер, сандар, _ . @ -, 63-тен аспай, "
              "саннан басталмай; ештеңе өзгертілмеді",
    },
    "team.bad_kind": {
        "en": "error: {kind!r} is not manager, lead or reviewer; nothing was changed",
        "ru": "ошибка: {kind!r} — не manager, lead или reviewer; ничего не изменено",
        "kk": "қате: {kind!r} — manager, lead немесе reviewer емес; ештеңе өзгертілмеді",
    },
    "team.not_initialised": {
        "en": "error: this team database has no planner roles yet: run team init first; nothing was changed",
        "ru": "ошибка: в этой командной базе ещё нет ролей планировщика: сначала выполните team init; "
              "ничего не изменено",
        "kk": "қате: бұл топтық дерекқорда әлі жоспарлаушы рөлдері жоқ: алдымен team init орындаңыз; "
              "ештеңе өзгертілмеді",
    },
    "team.not_member": {
        "en": "error: {role} is in no team: add them first with team add {role} --team T --as manager; "
              "nothing was changed",
        "ru": "ошибка: {role} не состоит ни в одной команде: сначала team add {role} --team T --as manager; "
              "ничего не изменено",
        "kk": "қате: {role} ешбір топта жоқ: алдымен team add {role} --team T --as manager; "
              "ештеңе өзгертілмеді",
    },
    "team.not_in_team": {
        "en": "error: {role} is not in team {team}; nothing was changed",
        "ru": "ошибка: {role} не состоит в команде {team}; ничего не изменено",
        "kk": "қате: {role} {team} тобында жоқ; ештеңе өзгертілмеді",
    },
    "team.no_work_order": {
        "en": "error: work order {number} does not exist (or is not visible to this role); nothing was changed",
        "ru": "ошибка: заказа {number} нет (или он не виден этой роли); ничего не изменено",
        "kk": "қате: {number} жұмыс тапсырысы жоқ (немесе бұл рөлге көрінбейді); ештеңе өзгертілмеді",
    },
    "team.init_done": {
        "en": "{db}: the planner's roles, grants and row-level security are in place (planner_manager, "
              "planner_lead, planner_reviewer)",
        "ru": "{db}: роли, права и построчная защита планировщика на месте (planner_manager, "
              "planner_lead, planner_reviewer)",
        "kk": "{db}: жоспарлаушының рөлдері, құқықтары және жол деңгейіндегі қорғауы орнатылды "
              "(planner_manager, planner_lead, planner_reviewer)",
    },
    "team.first_team": {
        "en": "team {team}: work orders of no team that joined it: {n}",
        "ru": "команда {team}: присоединено заказов без команды: {n}",
        "kk": "{team} тобы: оған қосылған топсыз жұмыс тапсырыстары: {n}",
    },
    "team.added": {
        "en": "{role} is in team {team} as {kind}",
        "ru": "{role} в команде {team}: {kind}",
        "kk": "{role} {team} тобында: {kind}",
    },
    "team.password_hint": {
        "en": "the role {role} was created without a password: set one with \\password {role} in psql, "
              "and keep it in ~/.pgpass on their machine",
        "ru": "роль {role} создана без пароля: задайте его командой \\password {role} в psql и храните "
              "в ~/.pgpass на их компьютере",
        "kk": "{role} рөлі құпиясөзсіз жасалды: оны psql ішінде \\password {role} арқылы орнатыңыз және "
              "олардың компьютеріндегі ~/.pgpass ішінде сақтаңыз",
    },
    "team.assigned": {
        "en": "work order {number} is now {owner}'s, in team {team}",
        "ru": "заказ {number} теперь принадлежит {owner}, команда {team}",
        "kk": "{number} жұмыс тапсырысы енді {owner} иелігінде, {team} тобы",
    },
    "team.none": {
        "en": "no teams yet: team add ROLE --team T --as manager",
        "ru": "команд пока нет: team add ROLE --team T --as manager",
        "kk": "әзірге топтар жоқ: team add ROLE --team T --as manager",
    },
    "team.heading": {"en": "team {team}", "ru": "команда {team}", "kk": "{team} тобы"},
    "team.member": {"en": "{role}: {kind}", "ru": "{role}: {kind}", "kk": "{role}: {kind}"},
    "team.owned": {
        "en": "work orders of {owner}: {n}", "ru": "заказы {owner}: {n}",
        "kk": "{owner} жұмыс тапсырыстары: {n}",
    },
    "team.no_team": {
        "en": "no team, work orders of {owner}: {n}", "ru": "без команды, заказы {owner}: {n}",
        "kk": "топсыз, {owner} жұмыс тапсырыстары: {n}",
    },
    "team.unowned": {"en": "no owner", "ru": "без владельца", "kk": "иесіз"},
    "team.kind.manager": {"en": "manager", "ru": "менеджер", "kk": "менеджер"},
    "team.kind.lead": {"en": "lead", "ru": "руководитель", "kk": "жетекші"},
    "team.kind.reviewer": {"en": "reviewer", "ru": "проверяющий", "kk": "тексеруші"},
    "help.team.summary": {
        "en": "who sees what on a team database: roles, teams, owners",
        "ru": "кто что видит в командной базе: роли, команды, владельцы",
        "kk": "топтық дерекқорда кім нені көреді: рөлдер, топтар, иелер",
    },
    "help.team.epilog": {
        "en": "Exit codes: 0 done; 1 refused (an SQLite file, an unknown person or work order, or the "
              "server refused); 2 bad usage or an unreadable database.",
        "ru": "Коды выхода: 0 выполнено; 1 отклонено (файл вместо командной базы, неизвестный человек или "
              "заказ, отказ сервера); 2 неверный вызов или нечитаемая база данных.",
        "kk": "Шығу кодтары: 0 орындалды; 1 қабылданбады (топтық дерекқордың орнына файл, белгісіз адам "
              "немесе жұмыс тапсырысы, сервер бас тартты); 2 қате шақыру немесе оқылмайтын дерекқор.",
    },
    "help.team.team_command": {
        "en": "init, add, assign or show ('team ACTION --help' describes each)",
        "ru": "init, add, assign или show (каждое описывает 'team ACTION --help')",
        "kk": "init, add, assign немесе show (әрқайсысын 'team ACTION --help' сипаттайды)",
    },
    # the steps of ``team`` (their help; the words of 'team ACTION --help')
    "help.team.init.summary": {
        "en": "create the planner's roles, grants and row-level security",
        "ru": "создать роли планировщика, права и защиту на уровне строк",
        "kk": "жоспарлаушының рөлдерін, құқықтарын және жол деңгейіндегі қорғауды жасау"},
    "help.team.init.team": {
        "en": "a first team: every work order of no team joins it",
        "ru": "первая команда: в неё входят все заказы без команды",
        "kk": "алғашқы топ: тобы жоқ әр жұмыс тапсырысы соған қосылады"},
    "help.team.add.summary": {
        "en": "put a person (a database role) in a team",
        "ru": "включить человека (роль базы данных) в команду",
        "kk": "адамды (дерекқор рөлін) топқа қосу"},
    "help.team.add.role": {
        "en": "the person's database role (created if missing)",
        "ru": "роль человека в базе данных (создаётся, если её нет)",
        "kk": "адамның дерекқордағы рөлі (жоқ болса, жасалады)"},
    "help.team.add.team": {"en": "the team's name", "ru": "название команды", "kk": "топтың атауы"},
    "help.team.add.kind": {
        "en": "what the person may do there (README: Team database)",
        "ru": "что человеку там можно (описано в README, раздел о командной базе)",
        "kk": "адамның онда не істей алатыны (README-де, топтық дерекқор бөлімінде)"},
    "help.team.assign.number": {"en": "the work order's number", "ru": "номер заказа",
                                "kk": "жұмыс тапсырысының нөмірі"},
    "help.team.assign.owner": {
        "en": "its owner's database role, a member of a team",
        "ru": "роль владельца в базе данных, члена команды",
        "kk": "иесінің дерекқордағы рөлі, топ мүшесі"},
    "help.team.assign.team": {
        "en": "its team (default: its team if the owner works in it, else the owner's first team)",
        "ru": "его команда (по умолчанию: его команда, если владелец в ней, иначе первая команда владельца)",
        "kk": "оның тобы (әдепкі: иесі сол топта болса — оның тобы, әйтпесе иесінің бірінші тобы)"},
    "help.team.assign.summary": {
        "en": "give a work order to its owner",
        "ru": "передать заказ его владельцу",
        "kk": "жұмыс тапсырысын иесіне беру"},
    "help.team.show.summary": {
        "en": "the teams, their people and the work orders per owner",
        "ru": "команды, их люди и заказы по владельцам",
        "kk": "топтар, олардың адамдары және иелері бойынша жұмыс тапсырыстары"},
    "help.team.init.epilog": {
        "en": "Exit codes: 0 done; 1 refused; 2 bad usage or an unreadable database.",
        "ru": "Коды выхода: 0 выполнено; 1 отклонено; 2 неверный вызов или нечитаемая база данных.",
        "kk": "Шығу кодтары: 0 орындалды; 1 қабылданбады; 2 қате шақыру немесе оқылмайтын дерекқор."},
    "help.team.show.epilog": {
        "en": "Exit codes: 0 shown; 1 refused; 2 bad usage or an unreadable database.",
        "ru": "Коды выхода: 0 показано; 1 отклонено; 2 неверный вызов или нечитаемая база данных.",
        "kk": "Шығу кодтары: 0 көрсетілді; 1 қабылданбады; 2 қате шақыру немесе оқылмайтын дерекқор."},
}

MESSAGES["help.team.add.epilog"] = MESSAGES["help.team.assign.epilog"] = MESSAGES["help.team.init.epilog"]
