"""``offline take`` / ``offline bring`` and the window's merge dialog (issue 17)."""

MESSAGES = {
    "help.offline.summary": {
        "en": "carry work orders to a laptop file and bring the changes back",
        "ru": "взять заказы в файл на ноутбук и вернуть изменения обратно",
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
        "ru": "скопировать заказы в новый файл для ноутбука",
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
        "ru": "примечание: у заказов нет владельца; взяты те, что последними меняли вы (по истории)",
        "kk": "ескерту: тапсырыстардың иесі жоқ; соңғы рет сіз өзгерткендері алынды (тарих бойынша)"},
    "offline.unknown_work_order": {
        "en": "error: no work order {detail} in the source; nothing was written",
        "ru": "ошибка: в источнике нет заказа {detail}; ничего не записано",
        "kk": "қате: көзде {detail} тапсырысы жоқ; ештеңе жазылмады"},
    "offline.nothing_chosen": {
        "en": "error: no work order to take; nothing was written",
        "ru": "ошибка: нет заказов для копирования; ничего не записано",
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
    "offline.has_ledger": {
        "en": "error: work order {detail} was deleted on the laptop but is not archived here and has ledger "
              "entries (archive it first to delete it); nothing was written",
        "ru": "ошибка: заказ {detail} удалён на ноутбуке, но здесь он не в архиве и у него есть записи "
              "журнала (чтобы удалить, сначала архивируйте); ничего не записано",
        "kk": "қате: {detail} тапсырысы ноутбукте жойылды, бірақ мұнда мұрағатталмаған және журнал "
              "жазбалары бар (жою үшін алдымен мұрағаттаңыз); ештеңе жазылмады"},
    "offline.overdraw": {
        "en": "error: the merge would overdraw {detail} ({why}); nothing was written",
        "ru": "ошибка: после слияния будет перерасход: {detail} ({why}); ничего не записано",
        "kk": "қате: біріктіру шектен тыс шығынға әкеледі: {detail} ({why}); ештеңе жазылмады"},
    "offline.bad_decisions": {
        "en": "{path}: a decisions file is a JSON object of \"table:id:field\": \"laptop\" or \"server\"",
        "ru": "{path}: файл решений — JSON-объект \"table:id:field\": \"laptop\" или \"server\"",
        "kk": "{path}: шешімдер файлы — \"table:id:field\": \"laptop\" не \"server\" JSON нысаны"},
    "offline.conflict": {
        "en": "conflict {key}: work order {work_order}, {table} {id}, field {field}: base {base}, "
              "laptop {laptop}, server {server}",
        "ru": "конфликт {key}: заказ {work_order}, {table} {id}, поле {field}: было {base}, "
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
        "ru": "заказ {work_order}: {old} уже занят на сервере, перенесён как {new}",
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

    # -- the window: File › Bring offline changes back… (app/ui/offline_dialog.py)
    "offline.ui.title": {"en": "Bring offline changes back", "ru": "Вернуть изменения из копии с ноутбука",
                         "kk": "Ноутбуктегі өзгерістерді қайтару"},
    "offline.ui.choose": {"en": "Choose the laptop copy", "ru": "Выберите копию с ноутбука",
                          "kk": "Ноутбук көшірмесін таңдаңыз"},
    "offline.ui.filter": {"en": "Planner database (*.db)", "ru": "База планировщика (*.db)",
                          "kk": "Жоспарлағыш дерекқоры (*.db)"},
    "offline.ui.laptop": {"en": "Laptop copy: {path}", "ru": "Копия с ноутбука: {path}",
                          "kk": "Ноутбук көшірмесі: {path}"},
    "offline.ui.target": {"en": "Into: {path}", "ru": "В базу: {path}", "kk": "Дерекқорға: {path}"},
    "offline.ui.comparing": {
        "en": "Comparing the laptop copy with this database… nothing is written yet",
        "ru": "Копия с ноутбука сравнивается с этой базой… пока ничего не записывается",
        "kk": "Ноутбук көшірмесі осы дерекқормен салыстырылуда… әзірге ештеңе жазылмайды"},
    "offline.ui.bringing": {"en": "Bringing the changes back…", "ru": "Изменения переносятся…",
                            "kk": "Өзгерістер қайтарылуда…"},
    "offline.ui.clean": {
        "en": "Comes without conflict: {taken} changed field(s), {inserted} new record(s), of them {appended} "
              "ledger entries, {deleted} deleted record(s).",
        "ru": "Без конфликтов: изменённых полей {taken}, новых записей {inserted}, из них записей журнала "
              "{appended}, удалённых записей {deleted}.",
        "kk": "Қайшылықсыз: өзгерген өрістер {taken}, жаңа жазбалар {inserted}, оның ішінде журнал "
              "жазбалары {appended}, жойылған жазбалар {deleted}."},
    "offline.ui.nothing": {
        "en": "Nothing to bring back: the laptop copy holds no change this database lacks.",
        "ru": "Переносить нечего: в копии нет изменений, которых нет в этой базе.",
        "kk": "Қайтаратын ештеңе жоқ: көшірмеде бұл дерекқорда жоқ өзгеріс жоқ."},
    "offline.ui.no_conflicts": {
        "en": "No conflict: no record was changed on both sides.",
        "ru": "Конфликтов нет: ни одна запись не изменена с обеих сторон.",
        "kk": "Қайшылық жоқ: ешбір жазба екі жақта да өзгертілмеген."},
    "offline.ui.conflicts": {
        "en": "Changed on both sides: tick, in each row, the value to keep. Nothing is written until every "
              "row is decided and you press Apply.",
        "ru": "Изменено с обеих сторон: в каждой строке отметьте значение, которое оставить. Ничего не "
              "записывается, пока не решены все строки и не нажато «Применить».",
        "kk": "Екі жақта да өзгертілген: әр жолда қалдыратын мәнді белгілеңіз. Барлық жол шешілмейінше және "
              "«Қолдану» басылмайынша ештеңе жазылмайды."},
    "offline.ui.decided": {"en": "Decided: {done} of {total}", "ru": "Решено: {done} из {total}",
                           "kk": "Шешілді: {total} ішінен {done}"},
    "offline.ui.renumbered": {
        "en": "{old} of {work_order} is taken here: it comes as {new}.",
        "ru": "{old} заказа {work_order} здесь уже занят: будет перенесён как {new}.",
        "kk": "{work_order} тапсырысының {old} мұнда бос емес: {new} ретінде келеді."},
    "offline.ui.col.work_order": {"en": "Work order", "ru": "Договор", "kk": "Жұмыс тапсырысы"},
    "offline.ui.col.record": {"en": "Record", "ru": "Запись", "kk": "Жазба"},
    "offline.ui.col.field": {"en": "Field", "ru": "Поле", "kk": "Өріс"},
    "offline.ui.col.base": {"en": "As taken", "ru": "При копировании", "kk": "Алынған кезде"},
    "offline.ui.col.laptop": {"en": "Keep the laptop's", "ru": "Оставить с ноутбука", "kk": "Ноутбуктегісін қалдыру"},
    "offline.ui.col.server": {"en": "Keep this database's", "ru": "Оставить из базы", "kk": "Осы дерекқордағысын қалдыру"},
    "offline.ui.whole": {"en": "the whole record", "ru": "вся запись", "kk": "бүкіл жазба"},
    "offline.ui.deleted": {"en": "deleted", "ru": "удалена", "kk": "жойылған"},
    "offline.ui.changed": {"en": "changed", "ru": "изменена", "kk": "өзгертілген"},
    "offline.ui.empty": {"en": "(empty)", "ru": "(пусто)", "kk": "(бос)"},
    "offline.ui.all_laptop": {"en": "Keep all from the laptop", "ru": "Всё с ноутбука",
                              "kk": "Барлығын ноутбуктен"},
    "offline.ui.all_server": {"en": "Keep all from this database", "ru": "Всё из этой базы",
                              "kk": "Барлығын осы дерекқордан"},
    "offline.ui.apply": {"en": "Apply", "ru": "Применить", "kk": "Қолдану"},
    "offline.ui.close": {"en": "Close", "ru": "Закрыть", "kk": "Жабу"},
    "offline.ui.changed_since": {
        "en": "This database changed while you decided: decide the rows listed now; nothing was written.",
        "ru": "База изменилась, пока вы решали: решите строки, показанные сейчас; ничего не записано.",
        "kk": "Сіз шешіп жатқанда дерекқор өзгерді: қазір көрсетілген жолдарды шешіңіз; ештеңе жазылмады."},
    "offline.ui.done": {
        "en": "Brought back: {taken} field(s) taken, {inserted} new record(s) ({appended} ledger entries), "
              "{deleted} deleted, {conflicts} conflict(s) decided. The history records it.",
        "ru": "Перенесено: полей {taken}, новых записей {inserted} (записей журнала {appended}), удалено "
              "{deleted}, решено конфликтов {conflicts}. Это записано в истории.",
        "kk": "Қайтарылды: өрістер {taken}, жаңа жазбалар {inserted} (журнал жазбалары {appended}), жойылды "
              "{deleted}, шешілген қайшылықтар {conflicts}. Бұл тарихта жазылды."},
    "offline.record.customer": {"en": "customer {label}", "ru": "клиент {label}", "kk": "{label} тұтынушысы"},
    "offline.record.work_order": {"en": "work order {label}", "ru": "заказ {label}", "kk": "{label} тапсырысы"},
    "offline.record.location": {"en": "location {label}", "ru": "место {label}", "kk": "{label} орны"},
    "offline.record.service_line": {"en": "service line {label}", "ru": "строка услуг {label}",
                                    "kk": "{label} қызмет жолы"},
    "offline.record.delivery": {"en": "delivery {label}", "ru": "услуга {label}", "kk": "{label} жеткізуі"},
    "offline.record.delivery_event": {"en": "delivery event {label}", "ru": "событие услуги {label}",
                                      "kk": "{label} жеткізу оқиғасы"},
    "offline.record.ledger_entry": {"en": "ledger entry {label}", "ru": "запись журнала {label}",
                                    "kk": "{label} журнал жазбасы"},
    # -- the window: File › Take offline…
    "offline.ui.take_title": {"en": "Take work orders offline", "ru": "Взять заказы на ноутбук",
                              "kk": "Тапсырыстарды ноутбукке алу"},
    "offline.ui.take_hint": {
        "en": "Tick the work orders to carry. They are copied, with every record, their history and ledger, into "
              "a new file, with their state as taken; work on it with the planner, then bring the changes back "
              "with File › Bring offline changes back… (this database is only read).",
        "ru": "Отметьте заказы, которые взять с собой. Они копируются со всеми записями, историей и журналом в "
              "новый файл вместе с исходным состоянием; работайте с ним в планировщике, затем верните изменения: "
              "Файл › Вернуть изменения из копии с ноутбука… (эта база только читается).",
        "kk": "Алып жүретін тапсырыстарды белгілеңіз. Олар барлық жазбаларымен, тарихымен және журналымен бірге "
              "бастапқы күйімен жаңа файлға көшіріледі; онымен жоспарлағышта жұмыс істеп, өзгерістерді Файл › "
              "Ноутбуктегі өзгерістерді қайтару… арқылы қайтарыңыз. Бұл дерекқор тек оқылады."},
    "offline.ui.take_file": {"en": "Laptop file:", "ru": "Файл для ноутбука:", "kk": "Ноутбук файлы:"},
    "offline.ui.take_none": {"en": "No file chosen", "ru": "Файл не выбран", "kk": "Файл таңдалмаған"},
    "offline.ui.take_choose": {"en": "Choose…", "ru": "Выбрать…", "kk": "Таңдау…"},
    "offline.ui.take": {"en": "Take offline", "ru": "Взять", "kk": "Алу"},
    "offline.ui.taking": {"en": "Copying the work orders…", "ru": "Заказы копируются…",
                          "kk": "Тапсырыстар көшірілуде…"},
    "offline.ui.take_chosen": {"en": "Chosen: {n}", "ru": "Выбрано: {n}", "kk": "Таңдалды: {n}"},
    "offline.target_not_empty": {
        "en": "error: {detail} already holds data: a laptop copy goes into a new file; nothing was written",
        "ru": "ошибка: в {detail} уже есть данные: копия для ноутбука создаётся в новом файле; ничего не "
              "записано",
        "kk": "қате: {detail} ішінде деректер бар: ноутбук көшірмесі жаңа файлға жасалады; ештеңе жазылмады"},
}
