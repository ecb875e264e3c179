"""Words of the Contract reference (the window's screen and the statement's appendix): the seed's
reference tables, shown and not checked (issue 13). Kazakh words are the seed's own where it has
them (2.2 "Маңыздылық деңгей анықтамалары", note 4 "Жұмыс сағаттары")."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "ref.holiday.unnamed": {"en": "public holiday", "ru": "праздничный день", "kk": "мереке күні"},
    "ref.title": {"en": "Contract reference", "ru": "Справка по договору", "kk": "Келісімшарт анықтамасы"},
    "ref.subtitle": {
        "en": "{number} · {customer} · {start} – {end}",
        "ru": "{number} · {customer} · {start} – {end}",
        "kk": "{number} · {customer} · {start} – {end}",
    },
    "ref.none": {
        "en": "Choose a work order to see its contract reference.",
        "ru": "Выберите заказ, чтобы увидеть справку по договору.",
        "kk": "Келісімшарт анықтамасын көру үшін жұмыс тапсырысын таңдаңыз.",
    },
    "ref.shown": {
        "en": "Shown for reference from the Services Description; the planner does not check these.",
        "ru": "Приводится для справки из Описания услуг; планировщик это не проверяет.",
        "kk": "Қызметтер сипаттамасынан анықтама ретінде көрсетіледі; жоспарлаушы оларды тексермейді.",
    },
    # initial response targets (2.2 Reactive, 2.3)
    "ref.targets.title": {
        "en": "Initial response targets by severity",
        "ru": "Целевое время первого ответа по уровням критичности",
        "kk": "Маңыздылық деңгейі бойынша бастапқы жауап беру уақыты",
    },
    "ref.col.severity": {"en": "Severity", "ru": "Критичность", "kk": "Маңыздылық деңгейі"},
    "ref.col.meaning": {"en": "Situation", "ru": "Ситуация", "kk": "Жағдай"},
    "ref.col.base": {"en": "Base Package", "ru": "Базовый пакет", "kk": "Негізгі бума"},
    "ref.col.uer": {"en": "Unified Enhanced Response", "ru": "Unified Enhanced Response",
                    "kk": "Бірыңғай кеңейтілген жауап"},
    "ref.col.rapid": {"en": "Rapid Response (Azure)", "ru": "Rapid Response (Azure)", "kk": "Тез жауап беру (Azure)"},
    "ref.col.aem": {"en": "Azure Event Management", "ru": "Azure Event Management",
                    "kk": "Azure оқиғаларды басқару жүйесі"},
    "ref.sev.1": {"en": "1", "ru": "1", "kk": "1-маңыздылық"},
    "ref.sev.A": {"en": "A", "ru": "A", "kk": "A"},
    "ref.sev.B": {"en": "B", "ru": "B", "kk": "B"},
    "ref.sev.C": {"en": "C", "ru": "C", "kk": "C"},
    "ref.meaning.1": {"en": "Critical business system down", "ru": "Отказ критически важной бизнес-системы",
                      "kk": "Маңызды бизнес жүйенің істен шығуы"},
    "ref.meaning.A": {"en": "Critical business system degraded", "ru": "Деградация критически важной бизнес-системы",
                      "kk": "Маңызды бизнес жүйе жұмысының нашарлауы"},
    "ref.meaning.B": {"en": "Moderate business impact", "ru": "Умеренное влияние на бизнес",
                      "kk": "Бизнеске тиетін орташа әсер"},
    "ref.meaning.C": {"en": "Minimal business impact", "ru": "Минимальное влияние на бизнес",
                      "kk": "Сәл ғана бизнес әсері"},
    "ref.cell.base.1": {"en": "Azure: 15 min; other products: 1 h; 24x7",
                        "ru": "Azure: 15 мин; прочие продукты: 1 ч; 24x7",
                        "kk": "Azure: 15 минут; өзге өнімдер: 1 сағат; 24x7"},
    "ref.cell.base.A": {"en": "1 h; 24x7", "ru": "1 ч; 24x7", "kk": "1 сағат; 24x7"},
    "ref.cell.base.B": {"en": "2 h; business hours only", "ru": "2 ч; только в рабочие часы",
                        "kk": "2 сағат; тек жұмыс уақытында"},
    "ref.cell.base.C": {"en": "4 h; business hours only", "ru": "4 ч; только в рабочие часы",
                        "kk": "4 сағат; тек жұмыс уақытында"},
    "ref.cell.uer.1": {"en": "Azure: 15 min; other products: 30 min; 24x7",
                       "ru": "Azure: 15 мин; прочие продукты: 30 мин; 24x7",
                       "kk": "Azure: 15 минут; өзге өнімдер: 30 минут; 24x7"},
    "ref.cell.uer.A": {"en": "30 min; 24x7", "ru": "30 мин; 24x7", "kk": "30 минут; 24x7"},
    "ref.cell.rapid.1": {"en": "15 min; 24x7", "ru": "15 мин; 24x7", "kk": "15 минут; 24x7"},
    "ref.cell.aem.1": {"en": "15 min; crisis manager within 30 min", "ru": "15 мин; кризисный менеджер в течение 30 мин",
                       "kk": "15 минут; дағдарыстық жағдай менеджері 30 минут ішінде"},
    "ref.cell.cut": {"en": "not given (the seed's table is cut here)", "ru": "не указано (таблица в документе обрывается)",
                     "kk": "көрсетілмеген (құжаттағы кесте осы жерде үзіледі)"},
    "ref.cell.none": {"en": "—", "ru": "—", "kk": "—"},
    "ref.targets.notes": {
        "en": "Azure times exclude some services (listed under each table of the seed). Microsoft may lower "
              "24x7 handling when the customer cannot provide resources. Rapid Response and AEM problem "
              "resolution are given in English (and Japanese for Rapid Response) only.",
        "ru": "Время для Azure не распространяется на некоторые службы (перечислены под каждой таблицей документа). "
              "Microsoft может понизить режим 24x7, если клиент не выделяет ресурсы. Решение проблем Rapid Response "
              "и AEM — только на английском (для Rapid Response также на японском).",
        "kk": "Azure жауап беру уақыты кейбір қызметтерді қамтымайды (құжаттың әр кестесінің астында аталған). "
              "Тұтынушы жеткілікті ресурс бере алмаса, Microsoft 24x7 жұмысты төмендетуі мүмкін. Тез жауап беру "
              "және AEM мәселелерін шешу тек ағылшын тілінде (Тез жауап беру үшін жапон тілінде де) көрсетіледі.",
    },
    # business hours and holidays (2.2 note 4)
    "ref.hours.title": {"en": "Business hours", "ru": "Рабочие часы", "kk": "Жұмыс сағаттары"},
    "ref.hours.text": {
        "en": "09:00–17:30 local time, excluding weekends and public holidays; they may differ slightly by country.",
        "ru": "09:00–17:30 по местному времени, кроме выходных и праздничных дней; в разных странах могут немного отличаться.",
        "kk": "Мейрамдар мен демалыс күндерін қоспағанда, жергілікті уақыт бойынша 09:00–17:30; еліңізде аздап басқаша болуы мүмкін.",
    },
    "ref.holidays.title": {
        "en": "Public holidays in {country} during the term",
        "ru": "Праздничные дни ({country}) в течение срока",
        "kk": "Мерзім ішіндегі мейрам күндері: {country}",
    },
    "ref.holidays.none": {
        "en": "No public holidays known for {country} during the term.",
        "ru": "Праздничные дни для {country} в течение срока не известны.",
        "kk": "Мерзім ішінде {country} үшін мейрам күндері белгісіз.",
    },
    "ref.holidays.source": {
        "en": "From the maintained holidays library; working days it moves are counted as it says.",
        "ru": "По календарям праздников открытой библиотеки; перенесённые рабочие дни учитываются по ним.",
        "kk": "Ашық кітапхананың мерекелер күнтізбесі бойынша; ауыстырылған жұмыс күндері соған сай есептеледі.",
    },
    "ref.col.date": {"en": "Date", "ru": "Дата", "kk": "Күні"},
    "ref.col.holiday": {"en": "Holiday", "ru": "Праздник", "kk": "Мереке"},
    # flex per year (2.1)
    "ref.flex.title": {"en": "Flex allowance per year", "ru": "Гибкий лимит по годам", "kk": "Жылдар бойынша өзгермелі төлем"},
    "ref.flex.none": {
        "en": "This work order has no flex allowance.",
        "ru": "В этом заказе нет гибкого лимита.",
        "kk": "Бұл жұмыс тапсырысында өзгермелі төлем жоқ.",
    },
    "ref.flex.note": {
        "en": "The flex allowance is allocated annually, in full at signing. Of each annual allowance, up to "
              "20% or USD 50,000, whichever is greater, may buy proactive credits or custom proactive services.",
        "ru": "Гибкий лимит выделяется ежегодно и распределяется полностью при подписании. Из годового лимита "
              "до 20% или до 50 000 USD (что больше) можно направить на проактивные кредиты или индивидуальные проактивные услуги.",
        "kk": "Өзгермелі төлем жыл сайын бөлінеді және келісімшартты жасасу кезінде түгел жұмсалуы тиіс. Жылдық "
              "төлемнің 20% немесе 50 мың АҚШ долларына дейін, қайсысы көп болса, алдын ала берілетін кредиттерге "
              "немесе арнайы алдын ала көрсетілетін қызметтерге пайдаланылады.",
    },
    "ref.col.year": {"en": "Year", "ru": "Год", "kk": "Жыл"},
    "ref.col.from": {"en": "From", "ru": "С", "kk": "Басы"},
    "ref.col.to": {"en": "To", "ru": "По", "kk": "Соңы"},
    "ref.col.allowance": {"en": "Allowance", "ru": "Лимит", "kk": "Төлем"},
    "ref.col.allocated": {"en": "Allocated", "ru": "Распределено", "kk": "Бөлінген"},
    "ref.col.capped": {"en": "Credits and custom", "ru": "Кредиты и индивид.", "kk": "Кредиттер мен арнайы"},
    "ref.col.cap": {"en": "Cap (USD)", "ru": "Предел (USD)", "kk": "Шегі (USD)"},
    # the rules
    "ref.rules.title": {"en": "The rules the planner checks", "ru": "Правила, которые проверяет планировщик",
                        "kk": "Жоспарлаушы тексеретін ережелер"},
    "ref.col.rule": {"en": "Rule", "ru": "Правило", "kk": "Ереже"},
    "ref.col.what": {"en": "What it says", "ru": "Суть", "kk": "Мазмұны"},
    "ref.col.section": {"en": "Section", "ru": "Раздел", "kk": "Бөлім"},
    "ref.computation": {"en": "(computation)", "ru": "(расчёт)", "kk": "(есептеу)"},
}
