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
    "import.done_added": {
        "en": "Added: {what}.",
        "ru": "Добавлено: {what}.",
        "kk": "Қосылды: {what}.",
    },
    "import.done_changed": {
        "en": "Changed: {what}.",
        "ru": "Изменено: {what}.",
        "kk": "Өзгертілді: {what}.",
    },
    "import.done_nothing": {
        "en": "The workbook holds nothing new: the database is as it was.",
        "ru": "В книге нет ничего нового: база данных не изменилась.",
        "kk": "Кітапта жаңа ештеңе жоқ: дерекқор өзгерген жоқ.",
    },
    "import.done_undo": {
        "en": "Undo (Ctrl+Z) takes the whole import back.",
        "ru": "Отмена (Ctrl+Z) возвращает весь импорт целиком.",
        "kk": "Болдырмау (Ctrl+Z) бүкіл импортты толығымен қайтарады.",
    },
    "import.profiles_imported": {
        "en": "import profiles read from the workbook: {names}",
        "ru": "профили импорта из книги: {names}",
        "kk": "кітаптан алынған импорт профильдері: {names}",
    },
}

MESSAGES.update({
    "import.example_rows": {
        "en": "{sheet}: the template's example rows were not imported: {rows}",
        "ru": "{sheet}: строки-примеры шаблона не импортированы: {rows}",
        "kk": "{sheet}: үлгінің мысал жолдары импортталмады: {rows}",
    },
    "template.example": {
        "en": "Row 2 of each sheet is an example (grey, its first cell begins with “Example:”): it is never "
              "imported. Write your records from row 3, or over the example.",
        "ru": "Строка 2 каждого листа — пример (серым, первая ячейка начинается с «Пример:»): она никогда "
              "не импортируется. Пишите свои записи с 3-й строки или поверх примера.",
        "kk": "Әр парақтың 2-жолы — мысал (сұр түсті, бірінші ұяшығы «Мысал:» деп басталады): ол ешқашан "
              "импортталмайды. Өз жазбаларыңызды 3-жолдан бастап немесе мысалдың орнына жазыңыз.",
    },
    "template.lists": {
        "en": "Columns with a closed list of values (role, unit, funding, mode, status, kind, currency, "
              "country, service) offer a drop-down; the lists are on the sheet “{lists}”. Services: the "
              "codes and names in Kazakh, Russian and English are on the sheet “{catalog}”; a code or any "
              "of the names is accepted.",
        "ru": "В столбцах с закрытым списком значений (роль, единица, источник оплаты, формат, статус, вид "
              "операции, валюта, страна, услуга) есть выпадающий список; списки — на листе «{lists}». "
              "Услуги: коды и названия на казахском, русском и английском — на листе «{catalog}»; "
              "принимается код или любое из названий.",
        "kk": "Мәндерінің тізімі жабық бағандарда (рөлі, өлшем бірлігі, қаржыландыру, өткізу түрі, күйі, "
              "операция түрі, валюта, ел, қызмет) ашылмалы тізім бар; тізімдер «{lists}» парағында. "
              "Қызметтер: кодтары мен қазақша, орысша, ағылшынша атаулары «{catalog}» парағында; код "
              "немесе кез келген атауы қабылданады.",
    },
    "template.formats": {
        "en": "Date columns are formatted as dates (dd.mm.yyyy) and amount columns as numbers; typing a "
              "date or a number keeps it a date or a number.",
        "ru": "Столбцы дат отформатированы как даты (дд.мм.гггг), столбцы сумм — как числа; введённая "
              "дата или число так и остаются датой или числом.",
        "kk": "Күн бағандары күн ретінде (кк.аа.жжжж), сома бағандары сан ретінде пішімделген; енгізілген "
              "күн не сан солай қалады.",
    },
    "template.code": {"en": "Code", "ru": "Код", "kk": "Коды"},
    "template.instructions_title": {
        "en": "How to fill in this workbook",
        "ru": "Как заполнить эту книгу",
        "kk": "Бұл кітапты қалай толтыру керек",
    },
})

MESSAGES.update({
    "import.flat_split": {
        "en": "{sheet}: one row per service line with the work order's fields repeated: read as the sheets "
              "“{wo_sheet}” (each work order once) and “{line_sheet}”",
        "ru": "{sheet}: по строке на услугу, поля заказа повторяются: прочитано как листы «{wo_sheet}» "
              "(каждый заказ один раз) и «{line_sheet}»",
        "kk": "{sheet}: әр қызметке бір жол, тапсырыс өрістері қайталанады: «{wo_sheet}» (әр тапсырыс бір рет) "
              "және «{line_sheet}» парақтары ретінде оқылды",
    },
    "import.flat_conflict": {
        "en": "work order {number} is repeated on this line with another value than in {cell} («{first}»): "
              "a work order's fields must be the same on each of its lines",
        "ru": "заказ {number} повторён в этой строке с другим значением, чем в {cell} («{first}»): поля "
              "заказа должны совпадать во всех его строках",
        "kk": "{number} жұмыс тапсырысы бұл жолда {cell} ұяшығындағыдан («{first}») басқа мәнмен қайталанған: "
              "тапсырыс өрістері оның барлық жолдарында бірдей болуы керек",
    },
})
