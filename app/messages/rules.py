"""The contract rules' plain names (``rule.<RULE-ID>``) and their findings' messages
(``<RULE-ID>/<key>``, placeholders from the finding's params); ``rule.section`` cites the
contract's section."""

from __future__ import annotations

MESSAGES: dict[str, dict] = {
    "rule.R-REQUEST-60": {
        "en": "Requests 60 days before expiry",
        "ru": "Запросы за 60 дней до окончания",
        "kk": "Мерзім біткенге дейін 60 күн бұрын сұрау",
    },
    "rule.R-CANCEL-14": {
        "en": "Cancel or reschedule 14 days ahead",
        "ru": "Отмена или перенос за 14 дней",
        "kk": "14 күн бұрын бас тарту немесе қайта жоспарлау",
    },
    "rule.R-EXPIRY": {
        "en": "Unused services expire",
        "ru": "Неиспользованные услуги сгорают",
        "kk": "Пайдаланылмаған қызметтердің мерзімі өтеді",
    },
    "rule.R-FLEX-CAP": {
        "en": "Flex cap for credits",
        "ru": "Предел гибкого лимита на кредиты",
        "kk": "Кредиттерге өзгермелі төлем шегі",
    },
    "rule.R-FLEX-YEAR": {
        "en": "Flex used within its year",
        "ru": "Гибкий лимит — в пределах года",
        "kk": "Өзгермелі төлем жыл ішінде",
    },
    "rule.R-FLEX-SDM": {
        "en": "No flex for delivery management",
        "ru": "Гибкий лимит не для управления услугами",
        "kk": "Қызметтерді басқаруға өзгермелі төлем жоқ",
    },
    "rule.R-FLEX-SIGNING": {
        "en": "Flex allocated at signing",
        "ru": "Гибкий лимит распределён при подписании",
        "kk": "Өзгермелі төлем қол қойғанда бөлінеді",
    },
    "rule.R-CREDIT-ROUND": {
        "en": "Credits rounded to a whole unit",
        "ru": "Округление кредитов",
        "kk": "Кредиттерді дөңгелектеу",
    },
    "rule.R-CREDIT-BALANCE": {
        "en": "Credit balance not below zero",
        "ru": "Остаток кредитов не ниже нуля",
        "kk": "Кредиттік теңгерім нөлден төмен емес",
    },
    "rule.R-XFER-LOCATIONS": {
        "en": "Transfers between listed locations",
        "ru": "Переводы между указанными местами",
        "kk": "Тізімдегі орындар арасында аудару",
    },
    "rule.R-XFER-ROUND": {
        "en": "Transfers rounded up",
        "ru": "Округление переводов вверх",
        "kk": "Аударымды жоғары дөңгелектеу",
    },
    "rule.R-BILLING-EXCEPTION": {
        "en": "Separate work order required",
        "ru": "Нужен отдельный заказ",
        "kk": "Жеке жұмыс тапсырысы қажет",
    },
    "rule.R-AEM-NOTICE": {
        "en": "AEM confirmed 8 weeks ahead",
        "ru": "AEM подтверждается за 8 недель",
        "kk": "AEM 8 апта бұрын расталады",
    },
    "rule.R-AEM-LENGTH": {
        "en": "AEM event up to 5 days",
        "ru": "Событие AEM — до 5 дней",
        "kk": "AEM оқиғасы 5 күнге дейін",
    },
    "rule.R-UER-ONBOARD": {
        "en": "UER onboarding in 90 days",
        "ru": "Подключение UER за 90 дней",
        "kk": "UER 90 күн ішінде қосу",
    },
    "rule.R-EDE-HOURS": {
        "en": "EDE hours",
        "ru": "Часы EDE",
        "kk": "EDE сағаттары",
    },
    "rule.R-SAB-30": {
        "en": "SAB converted within 30 days",
        "ru": "Конвертация SAB за 30 дней",
        "kk": "SAB 30 күн ішінде айырбастау",
    },
    "rule.section": {
        "en": "USSD {section}",
        "ru": "USSD, разд. {section}",
        "kk": "USSD, {section}-бөлім",
    },
    "R-REQUEST-60/late_request": {
        "en": "Requested on {requested_on}, {days_late:@count.days} after the last request day {date}. Requests are due at least 60 days before the work order expires.",
        "ru": "Запрошено {requested_on}, на {days_late:@count.days} позже последнего дня запроса {date}. Запросы подаются не позднее чем за 60 дней до окончания заказа.",
        "kk": "{requested_on} сұралған, сұраудың соңғы күнінен ({date}) {days_late:@count.days} кеш. Сұраулар жұмыс тапсырысының мерзімі бітетін күннен кемінде 60 күн бұрын жіберіледі.",
    },
    "R-REQUEST-60/unrequested_line": {
        "en": "{amount_unit} not yet requested; the last request day is {date}. Requested later, it may not be delivered before the term ends and unused services expire.",
        "ru": "Ещё не запрошено: {amount_unit}; последний день запроса — {date}. Запрошенное позже может не успеть до окончания срока, а неиспользованное сгорает.",
        "kk": "Әлі сұралмаған: {amount_unit}; сұраудың соңғы күні — {date}. Кешірек сұралса, мерзім біткенге дейін көрсетілмеуі мүмкін, ал пайдаланылмаған қызметтің мерзімі өтеді.",
    },
    "R-REQUEST-60/unrequested_credits": {
        "en": "{amount:@count.proactive_credits} not yet requested; the last request day is {date}.",
        "ru": "{amount:@count.proactive_credits} ещё не запрошено; последний день запроса — {date}.",
        "kk": "{amount:@count.proactive_credits} әлі сұралмаған; сұраудың соңғы күні — {date}.",
    },
    "R-CANCEL-14/late_cancel": {
        "en": "Cancelled on {changed_on}, after the last free day {date} (first day {first_day}): Microsoft may deduct a fee of up to {pct}% at its discretion: {fee_unit}.",
        "ru": "Отменено {changed_on}, после последнего бесплатного дня {date} (первый день {first_day}): Microsoft может по своему усмотрению удержать плату до {pct}%: {fee_unit}.",
        "kk": "{changed_on} бас тартылған, тегін соңғы күннен ({date}) кейін (бірінші күн {first_day}): Microsoft өз ұйғаруы бойынша {pct}% дейін ақы шегеруі мүмкін: {fee_unit}.",
    },
    "R-CANCEL-14/late_reschedule": {
        "en": "Rescheduled on {changed_on}, after the last free day {date} (was to start {first_day}): Microsoft may deduct a fee of up to {pct}% at its discretion: {fee_unit}.",
        "ru": "Перенесено {changed_on}, после последнего бесплатного дня {date} (начало было {first_day}): Microsoft может по своему усмотрению удержать плату до {pct}%: {fee_unit}.",
        "kk": "{changed_on} қайта жоспарланған, тегін соңғы күннен ({date}) кейін (басталуы {first_day} еді): Microsoft өз ұйғаруы бойынша {pct}% дейін ақы шегеруі мүмкін: {fee_unit}.",
    },
    "R-CANCEL-14/free_change_ends": {
        "en": "Starts {first_day}. Cancelling or rescheduling is free until {date}; after that it may cost up to {pct}%: {fee_unit}.",
        "ru": "Начало {first_day}. Отмена или перенос бесплатны до {date}; позже — плата до {pct}%: {fee_unit}.",
        "kk": "Басталуы {first_day}. {date} дейін бас тарту немесе қайта жоспарлау тегін; кейін {pct}% дейін ақы: {fee_unit}.",
    },
    "R-EXPIRY/expiring": {
        "en": "{amount_unit} unused; everything not used expires with the term on {date}.",
        "ru": "Не использовано: {amount_unit}; всё неиспользованное сгорает по окончании срока {date}.",
        "kk": "Пайдаланылмаған: {amount_unit}; пайдаланылмағанның бәрі мерзім біткенде ({date}) өтеді.",
    },
    "R-EXPIRY/expired": {
        "en": "{amount_unit} expired unused when the term ended on {date}.",
        "ru": "{amount_unit} сгорело неиспользованным по окончании срока {date}.",
        "kk": "{amount_unit} мерзім біткенде ({date}) пайдаланылмай өтіп кетті.",
    },
    "R-FLEX-CAP/over_cap": {
        "en": "Flex buys {used} {currency} (USD {used_usd} at rate {rate}) of proactive credits and custom proactive services; the cap is USD {cap_usd}.",
        "ru": "На гибкий лимит куплено кредитов и индивидуальных услуг на {used} {currency} (USD {used_usd} по курсу {rate}); предел — USD {cap_usd}.",
        "kk": "Өзгермелі төлемге {used} {currency} (бағам {rate} бойынша USD {used_usd}) кредиттер мен арнайы қызметтер алынған; шегі — USD {cap_usd}.",
    },
    "R-FLEX-YEAR/no_year": {
        "en": "A line bought with flex has no flex year; flex is allocated per year.",
        "ru": "Для строки за счёт гибкого лимита не указан год; лимит распределяется по годам.",
        "kk": "Өзгермелі төлеммен алынған жолда жыл көрсетілмеген; төлем жыл сайын бөлінеді.",
    },
    "R-FLEX-YEAR/year_outside_term": {
        "en": "Flex year {year} starts on {date}, after the term.",
        "ru": "Год гибкого лимита {year} начинается {date}, после окончания срока.",
        "kk": "Өзгермелі төлемнің {year}-жылы {date} басталады, мерзімнен кейін.",
    },
    "R-FLEX-YEAR/outside_year": {
        "en": "Bought with flex of year {year} ({start} – {end}) but delivered outside it.",
        "ru": "Куплено за счёт лимита {year}-го года ({start} – {end}), но оказывается вне его.",
        "kk": "{year}-жылдың өзгермелі төлемімен алынған ({start} – {end}), бірақ одан тыс көрсетіледі.",
    },
    "R-FLEX-YEAR/year_ending": {
        "en": "{amount_unit} bought with flex of year {year} not yet delivered; the year ends on {date}.",
        "ru": "{amount_unit} за счёт лимита {year}-го года ещё не оказано; год заканчивается {date}.",
        "kk": "{year}-жылдың өзгермелі төлемімен алынған {amount_unit} әлі көрсетілмеген; жыл {date} аяқталады.",
    },
    "R-FLEX-SDM/sdm_with_flex": {
        "en": "Services Delivery Management cannot be bought with flex.",
        "ru": "Управление предоставлением услуг нельзя оплатить гибким лимитом.",
        "kk": "Қызметтердің көрсетілуін басқаруды өзгермелі төлеммен алуға болмайды.",
    },
    "R-FLEX-SIGNING/unallocated": {
        "en": "{amount} {currency} of the {flex} {currency} flex allowance was not allocated at signing ({date}) and is forfeited.",
        "ru": "{amount} {currency} из гибкого лимита {flex} {currency} не распределены при подписании ({date}) и теряются.",
        "kk": "{flex} {currency} өзгермелі төлемнің {amount} {currency} қол қойғанда ({date}) бөлінбеген және жойылады.",
    },
    "R-CREDIT-BALANCE/overdrawn": {
        "en": "The balance falls to {amount_unit} on {date}; it may never go below zero.",
        "ru": "Остаток опускается до {amount_unit} {date}; он не может быть ниже нуля.",
        "kk": "Теңгерім {date} күні {amount_unit} дейін түседі; ол нөлден төмен болмауы тиіс.",
    },
    "R-CREDIT-BALANCE/plan_overdraws": {
        "en": "Planned deliveries need {planned:@count.credits} but the balance is {balance}: {short} short.",
        "ru": "Запланировано {planned:@count.credits}, а остаток {balance}: не хватает {short}.",
        "kk": "Жоспарланған жеткізулерге {planned:@count.credits} керек, теңгерім {balance}: {short} жетпейді.",
    },
    "R-XFER-LOCATIONS/unlisted": {
        "en": "Transfer of {amount:@count.credits} with {country}, which is not a location of this work order.",
        "ru": "Перевод {amount:@count.credits} с местом {country}, которого нет в заказе.",
        "kk": "{amount} кредитті {country} елімен аудару, ол осы тапсырыстың орны емес.",
    },
    "R-BILLING-EXCEPTION/separate_order": {
        "en": "Services in {country} need a separate work order, invoiced with local taxes.",
        "ru": "Услуги в стране {country} требуют отдельного заказа с местными налогами.",
        "kk": "{country} еліндегі қызметтерге жергілікті салықпен жеке жұмыс тапсырысы қажет.",
    },
    "R-BILLING-EXCEPTION/proactive_excluded": {
        "en": "Proactive services are not offered in {country} under a consolidated work order; buy them on a separate one.",
        "ru": "Проактивные услуги в стране {country} не оказываются по сводному заказу; их покупают по отдельному.",
        "kk": "{country} елінде алдын ала көрсетілетін қызметтер біріктірілген тапсырыс бойынша берілмейді; оларды жеке тапсырыспен алыңыз.",
    },
    "R-AEM-NOTICE/confirmed_late": {
        "en": "Event starting {start} was confirmed on {confirmed_on}, after {date} (8 weeks ahead): it may not be covered.",
        "ru": "Событие с {start} подтверждено {confirmed_on}, позже {date} (за 8 недель): может не покрываться.",
        "kk": "{start} басталатын оқиға {confirmed_on} расталды, {date} кейін (8 апта бұрын): қамтылмауы мүмкін.",
    },
    "R-AEM-NOTICE/too_late_to_confirm": {
        "en": "Event starting {start} was not confirmed by {date} (8 weeks ahead): it is no longer covered.",
        "ru": "Событие с {start} не подтверждено до {date} (за 8 недель): оно больше не покрывается.",
        "kk": "{start} басталатын оқиға {date} дейін расталмады (8 апта бұрын): енді қамтылмайды.",
    },
    "R-AEM-NOTICE/confirm_soon": {
        "en": "Confirm the event starting {start} in writing by {date} (8 weeks ahead).",
        "ru": "Подтвердите событие с {start} письменно до {date} (за 8 недель).",
        "kk": "{start} басталатын оқиғаны {date} дейін жазбаша растаңыз (8 апта бұрын).",
    },
    "R-AEM-LENGTH/too_long": {
        "en": "The event lasts {days:@count.days}; one event covers at most {max_days:@count.days} in a row.",
        "ru": "Событие длится {days:@count.days}; предел для одного события — {max_days:@count.days} подряд.",
        "kk": "Оқиға {days} күнге созылады; бір оқиға қатарынан {max_days} күнге дейін қамтиды.",
    },
    "R-UER-ONBOARD/due": {
        "en": "Unified Enhanced Response onboarding must happen by {date}, within the first 90 days of the term.",
        "ru": "Подключение Unified Enhanced Response — до {date}, в первые 90 дней срока.",
        "kk": "Бірыңғай кеңейтілген жауапқа қосылу {date} дейін, мерзімнің алғашқы 90 күні ішінде.",
    },
    "R-UER-ONBOARD/missed": {
        "en": "No Unified Enhanced Response onboarding within the first 90 days (by {date}).",
        "ru": "Подключение Unified Enhanced Response не проведено в первые 90 дней (до {date}).",
        "kk": "Бірыңғай кеңейтілген жауапқа қосылу алғашқы 90 күн ішінде ({date} дейін) болмады.",
    },
    "R-EDE-HOURS/several_locations": {
        "en": "EDE is bought for {count:@count.locations}; it serves one support location only.",
        "ru": "EDE куплен на несколько мест ({count:@count.locations}); он оказывается только для одного места.",
        "kk": "EDE {count} орынға алынған; ол тек бір қолдау көрсету орнына беріледі.",
    },
    "R-EDE-HOURS/over_hours": {
        "en": "EDE plans {planned:@count.hours} ({used} delivered) but only {purchased} were bought.",
        "ru": "EDE: запланировано {planned} ч ({used} оказано), куплено только {purchased}.",
        "kk": "EDE: {planned} сағат жоспарланған ({used} көрсетілген), тек {purchased} алынған.",
    },
    "R-EDE-HOURS/after_agreement": {
        "en": "Runs to {last_day}, after the agreement ends on {date}; EDE ends with the agreement.",
        "ru": "Длится до {last_day}, после окончания соглашения {date}; EDE заканчивается вместе с ним.",
        "kk": "{last_day} дейін созылады, келісім {date} аяқталғаннан кейін; EDE келісіммен бірге аяқталады.",
    },
    "R-EDE-HOURS/non_working_day": {
        "en": "Planned on non-working days in {country} ({days}); EDE is given in business hours only.",
        "ru": "Запланировано на нерабочие дни ({country}: {days}); EDE оказывается только в рабочие часы.",
        "kk": "{country} жұмыс емес күндеріне жоспарланған ({days}); EDE тек жұмыс уақытында беріледі.",
    },
    "R-SAB-30/convert_soon": {
        "en": "{amount_unit} of Software Assurance Benefits not converted; a shortfall may be invoiced from {date}.",
        "ru": "{amount_unit} льгот Software Assurance не конвертировано; недостача может быть выставлена к оплате с {date}.",
        "kk": "Software Assurance артықшылықтарының {amount_unit} айырбасталмаған; {date} бастап тапшылық шотқа жазылуы мүмкін.",
    },
    "R-SAB-30/shortfall": {
        "en": "{amount_unit} of Software Assurance Benefits were not converted by {date}; the shortfall may be invoiced.",
        "ru": "{amount_unit} льгот Software Assurance не конвертировано к {date}; недостача может быть выставлена к оплате.",
        "kk": "Software Assurance артықшылықтарының {amount_unit} {date} дейін айырбасталмады; тапшылық шотқа жазылуы мүмкін.",
    },
    'rule.R-FLEX-ELIGIBLE': {
        'en': 'Flex buys eligible services only',
        'ru': 'Гибкий лимит — только на допустимые услуги',
        'kk': 'Өзгермелі төлем тек рұқсат етілген қызметтерге',
    },
    'rule.R-SAB-ELIGIBLE': {
        'en': 'SAB funds eligible services only',
        'ru': 'SAB — только на допустимые услуги',
        'kk': 'SAB тек жарамды қызметтерге',
    },
    'rule.R-ODA-HELP': {
        'en': 'On-demand Assessment help: 2 days onsite, 1 remote',
        'ru': 'Помощь к On-demand Assessment: 2 дня на месте, 1 удалённо',
        'kk': 'Талап бойынша сараптауға көмек: жергілікті 2 күн, қашықтан 1 күн',
    },
    'rule.R-SDM-REQUIRED': {
        'en': 'Additional services may require delivery management',
        'ru': 'Доп. услугам может потребоваться управление предоставлением',
        'kk': 'Қосымша қызметтерге қызметтердің көрсетілуін басқару қажет болуы мүмкін',
    },
    'rule.R-TRAVEL': {
        'en': 'Onsite travel billed unless prepaid',
        'ru': 'Командировочные расходы, если не оплачены заранее',
        'kk': 'Алдын ала төленбесе, сапар ақысы есептеледі',
    },
    'R-REQUEST-60/late_request_one_day': {
        'en': 'Requested on {requested_on}, 1 day after the last request day {date}. Requests are due at least 60 days before the work order expires.',
        'ru': 'Запрошено {requested_on}, на 1 день позже последнего дня запроса {date}. Запросы подаются не позднее чем за 60 дней до окончания заказа.',
        'kk': '{requested_on} сұралған, сұраудың соңғы күнінен ({date}) 1 күн кеш. Сұраулар жұмыс тапсырысының мерзімі бітетін күннен кемінде 60 күн бұрын жіберіледі.',
    },
    'R-CANCEL-14/late_cancel_waived': {
        'en': 'Cancelled on {changed_on}, after the last free day {date} (first day {first_day}); the fee was waived: nothing is charged.',
        'ru': 'Отменено {changed_on}, после последнего бесплатного дня {date} (первый день {first_day}); плата не взимается (отменена).',
        'kk': '{changed_on} бас тартылған, тегін соңғы күннен ({date}) кейін (бірінші күн {first_day}); ақы алынбайды (кешірілген).',
    },
    'R-CANCEL-14/late_reschedule_waived': {
        'en': 'Rescheduled on {changed_on}, after the last free day {date} (was to start {first_day}); the fee was waived: nothing is charged.',
        'ru': 'Перенесено {changed_on}, после последнего бесплатного дня {date} (начало было {first_day}); плата не взимается (отменена).',
        'kk': '{changed_on} қайта жоспарланған, тегін соңғы күннен ({date}) кейін (басталуы {first_day} еді); ақы алынбайды (кешірілген).',
    },
    'R-CANCEL-14/free_change_ended': {
        'en': 'Starts {first_day}. The free change period ended on {date}; cancelling or rescheduling now may cost up to {pct}%: {fee} {unit}.',
        'ru': 'Начало {first_day}. Бесплатный период изменений закончился {date}; отмена или перенос теперь — плата до {pct}%: {fee} ({unit}).',
        'kk': 'Басталуы {first_day}. Тегін өзгерту мерзімі {date} аяқталды; енді бас тарту немесе қайта жоспарлау {pct}% дейін ақы: {fee} ({unit}).',
    },
    'R-FLEX-CAP/over_cap_year': {
        'en': 'Year {year}: flex buys {used} {currency} (USD {used_usd} at rate {rate}) of proactive credits and custom proactive services; the cap of each annual allowance is USD {cap_usd}.',
        'ru': '{year}-й год: на гибкий лимит куплено кредитов и индивидуальных услуг на {used} {currency} (USD {used_usd} по курсу {rate}); предел годового лимита — USD {cap_usd}.',
        'kk': '{year}-жыл: өзгермелі төлемге {used} {currency} (бағам {rate} бойынша USD {used_usd}) кредиттер мен арнайы қызметтер алынған; жылдық төлемнің шегі — USD {cap_usd}.',
    },
    'R-FLEX-SIGNING/unallocated_year': {
        'en': 'Year {year}: {amount} {currency} of the {flex} {currency} annual flex allowance was not allocated at signing ({date}) and is forfeited.',
        'ru': '{year}-й год: {amount} {currency} из годового гибкого лимита {flex} {currency} не распределены при подписании ({date}) и теряются.',
        'kk': '{year}-жыл: {flex} {currency} жылдық өзгермелі төлемнің {amount} {currency} қол қойғанда ({date}) бөлінбеген және жойылады.',
    },
    'R-FLEX-SIGNING/over_allocated': {
        'en': 'Flex lines allocate {allocated} {currency}, {amount} {currency} above the {flex} {currency} flex allowance.',
        'ru': 'Строки гибкого лимита распределяют {allocated} {currency} — на {amount} {currency} больше лимита {flex} {currency}.',
        'kk': 'Өзгермелі төлем жолдары {allocated} {currency} бөледі — {flex} {currency} төлемнен {amount} {currency} артық.',
    },
    'R-FLEX-SIGNING/over_allocated_year': {
        'en': 'Year {year}: flex lines allocate {allocated} {currency}, {amount} {currency} above the {flex} {currency} annual flex allowance.',
        'ru': '{year}-й год: строки гибкого лимита распределяют {allocated} {currency} — на {amount} {currency} больше годового лимита {flex} {currency}.',
        'kk': '{year}-жыл: өзгермелі төлем жолдары {allocated} {currency} бөледі — {flex} {currency} жылдық төлемнен {amount} {currency} артық.',
    },
    'R-FLEX-ELIGIBLE/not_eligible': {
        'en': 'Bought with flex, but flex buys proactive services, enhanced services, proactive credits or custom proactive services only; this one is not among them.',
        'ru': 'Куплено за счёт гибкого лимита, но лимит расходуется только на проактивные и расширенные услуги, проактивные кредиты и индивидуальные проактивные услуги; эта услуга к ним не относится.',
        'kk': 'Өзгермелі төлеммен алынған, бірақ ол тек алдын ала көрсетілетін қызметтерге, кеңейтілген қызметтер мен шешімдерге, алдын ала берілетін кредиттерге немесе арнайы алдын ала көрсетілетін қызметтерге жұмсалады; бұл қызмет олардың қатарында жоқ.',
    },
    'R-AEM-NOTICE/not_confirmed': {
        'en': 'Event starting {start} was not confirmed in writing by {date} (8 weeks ahead): it is covered only if Microsoft agrees otherwise.',
        'ru': 'Событие с {start} не подтверждено письменно до {date} (за 8 недель): оно покрывается, только если Microsoft согласится на иное.',
        'kk': '{start} басталатын оқиға {date} дейін жазбаша расталмады (8 апта бұрын): Microsoft басқаша келіспесе, қамтылмайды.',
    },
    'R-EDE-HOURS/wrong_location': {
        'en': 'Performed in {country}, but EDE was bought for {bought_country}; EDE serves one support location only.',
        'ru': 'Оказывается в стране {country}, а EDE куплен для {bought_country}; EDE оказывается только для одного места поддержки.',
        'kk': '{country} елінде көрсетіледі, ал EDE {bought_country} үшін алынған; EDE тек бір қолдау көрсету орны үшін көрсетіледі.',
    },
    'R-EDE-HOURS/over_business_hours': {
        'en': 'Plans {hours} hours over {working_days} working days; business hours (09:00–17:30) hold at most {most}.',
        'ru': 'Запланировано {hours} ч на {working_days} раб. дн.; в рабочие часы (09:00–17:30) помещается не более {most}.',
        'kk': '{working_days} жұмыс күніне {hours} сағат жоспарланған; жұмыс уақытына (09:00–17:30) ең көбі {most} сыяды.',
    },
    'R-SAB-ELIGIBLE/not_eligible': {
        'en': 'Funded by Software Assurance Benefits, which pay only for Base Package support, EDE components and Enhanced Services components.',
        'ru': 'Оплачено льготами Software Assurance, а они идут только на поддержку Базового пакета, компоненты EDE и компоненты расширенных услуг.',
        'kk': 'Бағдарламалық жасақтама кепілдігінің артықшылықтарымен (SAB) төленген, ал олар тек Бастапқы бума қолдауына, ЖАЖ құрамдас бөліктеріне және Кеңейтілген қызметтердің құрамдас бөліктеріне пайдаланылады.',
    },
    'R-ODA-HELP/too_long_onsite': {
        'en': 'Onsite help with an On-demand Assessment for {days} days; it is given for up to {max_days} days onsite.',
        'ru': 'Помощь на месте к On-demand Assessment — {days} дн.; она оказывается не более {max_days} дней на месте.',
        'kk': 'Талап бойынша сараптауға жергілікті көмек {days} күн; ол жергілікті жерде {max_days} күнге дейін беріледі.',
    },
    'R-ODA-HELP/too_long_remote': {
        'en': 'Remote help with an On-demand Assessment for {days} days; it is given for up to {max_days} day remote.',
        'ru': 'Удалённая помощь к On-demand Assessment — {days} дн.; она оказывается не более {max_days} дня удалённо.',
        'kk': 'Талап бойынша сараптауға қашықтан көмек {days} күн; ол қашықтан {max_days} күнге дейін беріледі.',
    },
    'R-SDM-REQUIRED/may_require_sdm': {
        'en': 'Additional services are bought ({services}) without Services Delivery Management; Microsoft may require it to be added.',
        'ru': 'Дополнительные услуги ({services}) куплены без управления предоставлением услуг; Microsoft может потребовать его добавить.',
        'kk': 'Қосымша қызметтер ({services}) қызметтердің көрсетілуін басқарусыз алынған; Microsoft оның қосылуын талап етуі мүмкін.',
    },
    'R-TRAVEL/travel_billed': {
        'en': 'Onsite: reasonable travel and living costs are billed unless the visit was agreed and prepaid.',
        'ru': 'На месте: разумные расходы на проезд и проживание выставляются к оплате, если визит не согласован и не оплачен заранее.',
        'kk': 'Жергілікті жерде: сапар өзара келісілмесе және алдын ала ақысы төленбесе, ақылға қонымды сапар және тұру ақысы есептеледі.',
    },
    'rule.R-LINE-OVERRUN': {
        'en': 'No more planned than purchased',
        'ru': 'Не больше запланированного, чем куплено',
        'kk': 'Сатып алынғаннан артық жоспарланбайды',
    },
    'R-LINE-OVERRUN/over': {
        'en': '{planned} {unit} planned or delivered ({used} delivered), more than the {purchased} purchased on this line.',
        'ru': 'Запланировано или оказано {planned} ({unit}; оказано {used}) — больше, чем куплено по этой строке: {purchased}.',
        'kk': '{planned} ({unit}) жоспарланған немесе көрсетілген ({used} көрсетілген) — бұл жолда сатып алынған {purchased} мөлшерінен артық.',
    },
    'R-LINE-OVERRUN/near': {
        'en': '{planned} of the {purchased} {unit} purchased on this line are planned or delivered ({pct} %, {used} delivered); little is left to plan.',
        'ru': 'Запланировано или оказано {planned} из {purchased} ({unit}) по этой строке ({pct} %, оказано {used}); планировать почти нечего.',
        'kk': 'Бұл жолда сатып алынған {purchased} ({unit}) ішінен {planned} жоспарланған немесе көрсетілген ({pct} %, {used} көрсетілген); жоспарлауға аз қалды.',
    },
}
