"""``offline take`` / ``offline bring`` and the window's merge dialog (issue 17)."""

MESSAGES = {
    "help.offline.summary": {
        "en": "carry work orders to a laptop file and bring the changes back",
        "ru": "взять договоры в файл на ноутбук и вернуть изменения обратно",
        "kk": "жұмыс тапсырыстарын ноутбук файлына алу және өзгерістерді қайтару"},
    "help.offline.epilog": {
        "en": "Exit codes: 0 taken, or brought back; 1 refused, or conflicts wait for a decision; 2 bad "
              "usage or an unreadable database.",
        "ru": "Коды выхода: 0 взято или возвращено; 1 отклонено или конфликты ждут решения; 2 неверный "
              "вызов или нечитаемая база данных.",
        "kk": "Шығу кодтары: 0 алынды немесе қайтарылды; 1 қабылданбады не қайшылықтар шешім күтеді; 2 "
              "қате шақыру немесе оқылмайтын дерекқор."},
    "help.offline.step": {"en": "take or bring", "ru": "шаг: take (взять) или bring (вернуть)",
                          "kk": "take (алу) не bring (қайтару)"},
    "help.offline.take.summary": {
        "en": "copy work orders into a new laptop file",
        "ru": "скопировать договоры в новый файл для ноутбука",
        "kk": "тапсырыстарды ноутбукке арналған жаңа файлға көшіру"},
    "help.offline.bring.summary": {
        "en": "merge a laptop file's changes into the team database",
        "ru": "внести изменения из файла ноутбука в общую базу",
        "kk": "ноутбук файлындағы өзгерістерді ортақ дерекқорға біріктіру"},
    "offline.taken": {
        "en": "{work_orders} copied to {target} ({rows} rows, with their base state for bringing back)",
        "ru": "{work_orders} скопированы в {target} (строк {rows}, с исходным состоянием для возврата)",
        "kk": "{work_orders} {target} ішіне көшірілді ({rows} жол, қайтару үшін бастапқы күйімен)"},
    "offline.mine_by_history": {
        "en": "note: work orders have no owner here; taken those you changed last (by the history)",
        "ru": "примечание: у договоров нет владельца; взяты те, что последними меняли вы (по истории)",
        "kk": "ескерту: тапсырыстардың иесі жоқ; соңғы рет сіз өзгерткендері алынды (тарих бойынша)"},
    "offline.unknown_work_order": {
        "en": "error: no work order {detail} in the source; nothing was written",
        "ru": "ошибка: в источнике нет договора {detail}; ничего не записано",
        "kk": "қате: көзде {detail} тапсырысы жоқ; ештеңе жазылмады"},
    "offline.nothing_chosen": {
        "en": "error: no work order to take; nothing was written",
        "ru": "ошибка: нет договоров для копирования; ничего не записано",
        "kk": "қате: алатын тапсырыс жоқ; ештеңе жазылмады"},
    "offline.not_a_copy": {
        "en": "error: {detail} was not made by offline take; nothing was written",
        "ru": "ошибка: {detail} создан не командой offline take; ничего не записано",
        "kk": "қате: {detail} offline take арқылы жасалмаған; ештеңе жазылмады"},
    "offline.wrong_target": {
        "en": "error: {detail} is not the database this laptop copy was taken from (or is the copy "
              "itself); nothing was written",
        "ru": "ошибка: {detail} — не та база, из которой взята эта копия (или сама копия); ничего не "
              "записано",
        "kk": "қате: {detail} — бұл көшірме алынған дерекқор емес (не көшірменің өзі); ештеңе "
              "жазылмады"},
    "offline.overdraw": {
        "en": "error: the merge would overdraw {detail} (R-CREDIT-BALANCE); nothing was written",
        "ru": "ошибка: после слияния будет перерасход: {detail} (R-CREDIT-BALANCE); ничего не записано",
        "kk": "қате: біріктіру шектен тыс шығынға әкеледі: {detail} (R-CREDIT-BALANCE); ештеңе жазылмады"},
    "offline.bad_decisions": {
        "en": "{path}: a decisions file is a JSON object of \"table:id:field\": \"laptop\" or \"server\"",
        "ru": "{path}: файл решений — JSON-объект \"table:id:field\": \"laptop\" или \"server\"",
        "kk": "{path}: шешімдер файлы — \"table:id:field\": \"laptop\" не \"server\" JSON нысаны"},
    "offline.conflict": {
        "en": "conflict {key}: work order {work_order}, {table} {id}, field {field}: base {base}, "
              "laptop {laptop}, server {server}",
        "ru": "конфликт {key}: договор {work_order}, {table} {id}, поле {field}: было {base}, "
              "ноутбук {laptop}, сервер {server}",
        "kk": "қайшылық {key}: тапсырыс {work_order}, {table} {id}, өріс {field}: бастапқы {base}, "
              "ноутбук {laptop}, сервер {server}"},
    "offline.undecided": {
        "en": "error: {n} conflict(s) wait for a decision (--take-mine, --take-theirs or --decisions FILE); "
              "nothing was written",
        "ru": "ошибка: конфликтов без решения: {n} (--take-mine, --take-theirs или --decisions FILE); "
              "ничего не записано",
        "kk": "қате: шешімсіз қайшылықтар: {n} (--take-mine, --take-theirs не --decisions FILE); "
              "ештеңе жазылмады"},
    "offline.renumbered": {
        "en": "work order {work_order}: {old} is taken on the server, brought as {new}",
        "ru": "договор {work_order}: {old} уже занят на сервере, перенесён как {new}",
        "kk": "тапсырыс {work_order}: {old} серверде бос емес, {new} ретінде қайтарылды"},
    "offline.brought": {
        "en": "brought back: {taken} field(s) taken, {inserted} new record(s) ({appended} ledger "
              "entries), {deleted} deleted, {conflicts} conflict(s) decided",
        "ru": "возвращено: полей {taken}, новых записей {inserted} (записей журнала {appended}), "
              "удалено {deleted}, решено конфликтов {conflicts}",
        "kk": "қайтарылды: өрістер {taken}, жаңа жазбалар {inserted} (журнал жазбалары {appended}), "
              "жойылды {deleted}, шешілген қайшылықтар {conflicts}"},
    "offline.would_bring": {
        "en": "dry run, nothing written: {taken} field(s) would be taken, {inserted} new record(s) "
              "({appended} ledger entries), {deleted} deleted, {conflicts} conflict(s) decided",
        "ru": "пробный запуск, ничего не записано: полей {taken}, новых записей {inserted} (записей "
              "журнала {appended}), удалено {deleted}, решено конфликтов {conflicts}",
        "kk": "сынақ, ештеңе жазылмады: өрістер {taken}, жаңа жазбалар {inserted} (журнал жазбалары "
              "{appended}), жойылады {deleted}, шешілген қайшылықтар {conflicts}"},
}
