"""Words shown to people outside Qt (command line, statements, workbooks) in Kazakh, Russian and
English. Kazakh words for contract notions are the seed's own (see shared/design/glossary.md).
The Qt interface uses its Linguist translations for its own chrome and these for domain words."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from app.domain.findings import Finding

LANGS = ("kk", "ru", "en")
LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}

# Values of the closed vocabularies, per language (glossary.md).
VOCAB: dict[str, dict[str, dict[str, str]]] = {
    "status": {
        "planned": {"en": "planned", "ru": "запланировано", "kk": "жоспарланған"},
        "requested": {"en": "requested", "ru": "запрошено", "kk": "сұралған"},
        "scheduled": {"en": "scheduled", "ru": "назначено", "kk": "белгіленген"},
        "delivered": {"en": "delivered", "ru": "оказано", "kk": "көрсетілген"},
        "cancelled": {"en": "cancelled", "ru": "отменено", "kk": "бас тартылған"},
    },
    "mode": {
        "remote": {"en": "remote", "ru": "удалённо", "kk": "қашықтан"},
        "onsite": {"en": "onsite", "ru": "на месте", "kk": "жергілікті жерде"},
    },
    "role": {
        "host": {"en": "host", "ru": "основное место (хост)", "kk": "хост"},
        "downstream": {"en": "downstream", "ru": "дополнительное место", "kk": "деректі жіберу бағыты"},
    },
    "funding": {
        "base": {"en": "base", "ru": "базовый пакет", "kk": "негізгі бума"},
        "additional": {"en": "additional", "ru": "дополнительно", "kk": "қосымша"},
        "flex": {"en": "flex", "ru": "гибкий лимит", "kk": "өзгермелі төлем"},
        "credits": {"en": "credits", "ru": "кредиты", "kk": "кредиттер"},
        "SAB": {"en": "SAB", "ru": "SAB", "kk": "SAB"},
    },
    "unit": {
        "credits": {"en": "credits", "ru": "кредиты", "kk": "кредиттер"},
        "hours": {"en": "hours", "ru": "часы", "kk": "сағаттар"},
        "days": {"en": "days", "ru": "дни", "kk": "күндер"},
        "events": {"en": "events", "ru": "события", "kk": "оқиғалар"},
        "seats": {"en": "seats", "ru": "места", "kk": "орындар"},
        "deliveries": {"en": "deliveries", "ru": "выезды", "kk": "жеткізулер"},
        "sessions": {"en": "sessions", "ru": "сессии", "kk": "сессиялар"},
        "each": {"en": "each", "ru": "шт.", "kk": "дана"},
    },
    "kind": {
        "grant": {"en": "grant", "ru": "начисление", "kk": "есептеу"},
        "draw": {"en": "draw", "ru": "списание", "kk": "есептен шығару"},
        "transfer out": {"en": "transfer out", "ru": "перевод (исх.)", "kk": "шығыс аударым"},
        "transfer in": {"en": "transfer in", "ru": "перевод (вх.)", "kk": "кіріс аударым"},
        "fee": {"en": "fee", "ru": "плата за отмену", "kk": "бас тарту ақысы"},
        "expiry": {"en": "expiry", "ru": "истечение срока", "kk": "мерзімнің өтуі"},
        "adjustment": {"en": "adjustment", "ru": "корректировка", "kk": "түзету"},
    },
    "severity": {
        "error": {"en": "error", "ru": "ошибка", "kk": "қате"},
        "warning": {"en": "warning", "ru": "предупреждение", "kk": "ескерту"},
        "info": {"en": "info", "ru": "сведения", "kk": "ақпарат"},
    },
}


def word(vocab: str, value: str, lang: str = "en") -> str:
    """The word for a vocabulary value (``word("status", "planned", "kk")``)."""
    entry = VOCAB[vocab].get(value)
    return entry.get(lang, entry["en"]) if entry else value


#: Plain names of the rules.
RULE_NAMES = {
    "R-REQUEST-60": {"en": "Requests 60 days before expiry", "ru": "Запросы за 60 дней до окончания",
                     "kk": "Мерзім біткенге дейін 60 күн бұрын сұрау"},
    "R-CANCEL-14": {"en": "Cancel or reschedule 14 days ahead", "ru": "Отмена или перенос за 14 дней",
                    "kk": "14 күн бұрын бас тарту немесе қайта жоспарлау"},
    "R-EXPIRY": {"en": "Unused services expire", "ru": "Неиспользованные услуги сгорают",
                 "kk": "Пайдаланылмаған қызметтердің мерзімі өтеді"},
    "R-FLEX-CAP": {"en": "Flex cap for credits", "ru": "Предел гибкого лимита на кредиты",
                   "kk": "Кредиттерге өзгермелі төлем шегі"},
    "R-FLEX-YEAR": {"en": "Flex used within its year", "ru": "Гибкий лимит — в пределах года",
                    "kk": "Өзгермелі төлем жыл ішінде"},
    "R-FLEX-SDM": {"en": "No flex for delivery management", "ru": "Гибкий лимит не для управления услугами",
                   "kk": "Қызметтерді басқаруға өзгермелі төлем жоқ"},
    "R-FLEX-SIGNING": {"en": "Flex allocated at signing", "ru": "Гибкий лимит распределён при подписании",
                       "kk": "Өзгермелі төлем қол қойғанда бөлінеді"},
    "R-CREDIT-ROUND": {"en": "Credits rounded to a whole unit", "ru": "Округление кредитов",
                       "kk": "Кредиттерді дөңгелектеу"},
    "R-CREDIT-BALANCE": {"en": "Credit balance not below zero", "ru": "Остаток кредитов не ниже нуля",
                         "kk": "Кредиттік теңгерім нөлден төмен емес"},
    "R-XFER-LOCATIONS": {"en": "Transfers between listed locations", "ru": "Переводы между указанными местами",
                         "kk": "Тізімдегі орындар арасында аудару"},
    "R-XFER-ROUND": {"en": "Transfers rounded up", "ru": "Округление переводов вверх",
                     "kk": "Аударымды жоғары дөңгелектеу"},
    "R-BILLING-EXCEPTION": {"en": "Separate work order required", "ru": "Нужен отдельный заказ",
                            "kk": "Жеке жұмыс тапсырысы қажет"},
    "R-AEM-NOTICE": {"en": "AEM confirmed 8 weeks ahead", "ru": "AEM подтверждается за 8 недель",
                     "kk": "AEM 8 апта бұрын расталады"},
    "R-AEM-LENGTH": {"en": "AEM event up to 5 days", "ru": "Событие AEM — до 5 дней",
                     "kk": "AEM оқиғасы 5 күнге дейін"},
    "R-UER-ONBOARD": {"en": "UER onboarding in 90 days", "ru": "Подключение UER за 90 дней",
                      "kk": "UER 90 күн ішінде қосу"},
    "R-EDE-HOURS": {"en": "EDE hours", "ru": "Часы EDE", "kk": "EDE сағаттары"},
    "R-SAB-30": {"en": "SAB converted within 30 days", "ru": "Конвертация SAB за 30 дней",
                 "kk": "SAB 30 күн ішінде айырбастау"},
    "R-LINE-OVERRUN": {"en": "No more planned than purchased", "ru": "Не больше запланированного, чем куплено",
                       "kk": "Сатып алынғаннан артық жоспарланбайды"},
}

#: Finding messages by "RULE/key"; {placeholders} come from the finding's params.
MESSAGES: dict[str, dict[str, str]] = {
    "R-REQUEST-60/late_request": {
        "en": "Requested on {requested_on}, {days_late} days after the last request day {date}. Requests are due at least 60 days before the work order expires.",
        "ru": "Запрошено {requested_on}, на {days_late} дн. позже последнего дня запроса {date}. Запросы подаются не позднее чем за 60 дней до окончания заказа.",
        "kk": "{requested_on} сұралған, сұраудың соңғы күнінен ({date}) {days_late} күн кеш. Сұраулар жұмыс тапсырысының мерзімі бітетін күннен кемінде 60 күн бұрын жіберіледі.",
    },
    "R-REQUEST-60/unrequested_line": {
        "en": "{amount} {unit} not yet requested; the last request day is {date}. Requested later, it may not be delivered before the term ends and unused services expire.",
        "ru": "Ещё не запрошено: {amount} ({unit}); последний день запроса — {date}. Запрошенное позже может не успеть до окончания срока, а неиспользованное сгорает.",
        "kk": "Әлі сұралмаған: {amount} ({unit}); сұраудың соңғы күні — {date}. Кешірек сұралса, мерзім біткенге дейін көрсетілмеуі мүмкін, ал пайдаланылмаған қызметтің мерзімі өтеді.",
    },
    "R-REQUEST-60/unrequested_credits": {
        "en": "{amount} proactive credits not yet requested; the last request day is {date}.",
        "ru": "{amount} проактивных кредитов ещё не запрошено; последний день запроса — {date}.",
        "kk": "{amount} алдын ала берілетін кредит әлі сұралмаған; сұраудың соңғы күні — {date}.",
    },
    "R-CANCEL-14/late_cancel": {
        "en": "Cancelled on {changed_on}, after the last free day {date} (first day {first_day}): Microsoft may deduct a fee of up to {pct}% at its discretion: {fee} {unit}.",
        "ru": "Отменено {changed_on}, после последнего бесплатного дня {date} (первый день {first_day}): Microsoft может по своему усмотрению удержать плату до {pct}%: {fee} ({unit}).",
        "kk": "{changed_on} бас тартылған, тегін соңғы күннен ({date}) кейін (бірінші күн {first_day}): Microsoft өз ұйғаруы бойынша {pct}% дейін ақы шегеруі мүмкін: {fee} ({unit}).",
    },
    "R-CANCEL-14/late_reschedule": {
        "en": "Rescheduled on {changed_on}, after the last free day {date} (was to start {first_day}): Microsoft may deduct a fee of up to {pct}% at its discretion: {fee} {unit}.",
        "ru": "Перенесено {changed_on}, после последнего бесплатного дня {date} (начало было {first_day}): Microsoft может по своему усмотрению удержать плату до {pct}%: {fee} ({unit}).",
        "kk": "{changed_on} қайта жоспарланған, тегін соңғы күннен ({date}) кейін (басталуы {first_day} еді): Microsoft өз ұйғаруы бойынша {pct}% дейін ақы шегеруі мүмкін: {fee} ({unit}).",
    },
    "R-CANCEL-14/free_change_ends": {
        "en": "Starts {first_day}. Cancelling or rescheduling is free until {date}; after that it may cost up to {pct}%: {fee} {unit}.",
        "ru": "Начало {first_day}. Отмена или перенос бесплатны до {date}; позже — плата до {pct}%: {fee} ({unit}).",
        "kk": "Басталуы {first_day}. {date} дейін бас тарту немесе қайта жоспарлау тегін; кейін {pct}% дейін ақы: {fee} ({unit}).",
    },
    "R-EXPIRY/expiring": {
        "en": "{amount} {unit} unused; everything not used expires with the term on {date}.",
        "ru": "Не использовано: {amount} ({unit}); всё неиспользованное сгорает по окончании срока {date}.",
        "kk": "Пайдаланылмаған: {amount} ({unit}); пайдаланылмағанның бәрі мерзім біткенде ({date}) өтеді.",
    },
    "R-EXPIRY/expired": {
        "en": "{amount} {unit} expired unused when the term ended on {date}.",
        "ru": "{amount} ({unit}) сгорело неиспользованным по окончании срока {date}.",
        "kk": "{amount} ({unit}) мерзім біткенде ({date}) пайдаланылмай өтіп кетті.",
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
        "en": "{amount} {unit} bought with flex of year {year} not yet delivered; the year ends on {date}.",
        "ru": "{amount} ({unit}) за счёт лимита {year}-го года ещё не оказано; год заканчивается {date}.",
        "kk": "{year}-жылдың өзгермелі төлемімен алынған {amount} ({unit}) әлі көрсетілмеген; жыл {date} аяқталады.",
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
        "en": "The balance falls to {amount} {unit} on {date}; it may never go below zero.",
        "ru": "Остаток опускается до {amount} ({unit}) {date}; он не может быть ниже нуля.",
        "kk": "Теңгерім {date} күні {amount} ({unit}) дейін түседі; ол нөлден төмен болмауы тиіс.",
    },
    "R-CREDIT-BALANCE/plan_overdraws": {
        "en": "Planned deliveries need {planned} credits but the balance is {balance}: {short} short.",
        "ru": "Запланировано {planned} кредитов, а остаток {balance}: не хватает {short}.",
        "kk": "Жоспарланған жеткізулерге {planned} кредит керек, теңгерім {balance}: {short} жетпейді.",
    },
    "R-XFER-LOCATIONS/unlisted": {
        "en": "Transfer of {amount} credits with {country}, which is not a location of this work order.",
        "ru": "Перевод {amount} кредитов с местом {country}, которого нет в заказе.",
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
        "en": "The event lasts {days} days; one event covers at most {max_days} consecutive days.",
        "ru": "Событие длится {days} дн.; одно событие покрывает не более {max_days} дней подряд.",
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
        "en": "EDE is bought for {count} locations; it serves one support location only.",
        "ru": "EDE куплен для {count} мест; он оказывается только для одного места.",
        "kk": "EDE {count} орынға алынған; ол тек бір қолдау көрсету орнына беріледі.",
    },
    "R-EDE-HOURS/over_hours": {
        "en": "EDE plans {planned} hours ({used} delivered) but only {purchased} were bought.",
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
        "en": "{amount} {unit} of Software Assurance Benefits not converted; a shortfall may be invoiced from {date}.",
        "ru": "{amount} ({unit}) льгот Software Assurance не конвертировано; недостача может быть выставлена к оплате с {date}.",
        "kk": "Software Assurance артықшылықтарының {amount} ({unit}) айырбасталмаған; {date} бастап тапшылық шотқа жазылуы мүмкін.",
    },
    "R-SAB-30/shortfall": {
        "en": "{amount} {unit} of Software Assurance Benefits were not converted by {date}; the shortfall may be invoiced.",
        "ru": "{amount} ({unit}) льгот Software Assurance не конвертировано к {date}; недостача может быть выставлена к оплате.",
        "kk": "Software Assurance артықшылықтарының {amount} ({unit}) {date} дейін айырбасталмады; тапшылық шотқа жазылуы мүмкін.",
    },
    "R-LINE-OVERRUN/over": {
        "en": "{planned} {unit} planned or delivered ({used} delivered), more than the {purchased} purchased on this line.",
        "ru": "Запланировано или оказано {planned} ({unit}; оказано {used}) — больше, чем куплено по этой строке: {purchased}.",
        "kk": "{planned} ({unit}) жоспарланған немесе көрсетілген ({used} көрсетілген) — бұл жолда сатып алынған {purchased} мөлшерінен артық.",
    },
    "R-LINE-OVERRUN/near": {
        "en": "{planned} of the {purchased} {unit} purchased on this line are planned or delivered ({pct} %, {used} delivered); little is left to plan.",
        "ru": "Запланировано или оказано {planned} из {purchased} ({unit}) по этой строке ({pct} %, оказано {used}); планировать почти нечего.",
        "kk": "Бұл жолда сатып алынған {purchased} ({unit}) ішінен {planned} жоспарланған немесе көрсетілген ({pct} %, {used} көрсетілген); жоспарлауға аз қалды.",
    },
}

SECTION_WORD = {"en": "USSD {section}", "ru": "USSD, разд. {section}", "kk": "USSD, {section}-бөлім"}

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUM = re.compile(r"^-?\d+(\.\d+)?$")


def fmt_date(d: date | None, lang: str = "en") -> str:
    if d is None:
        return ""
    from babel.dates import format_date

    return format_date(d, "medium" if lang == "en" else "short", locale=LOCALES[lang]) if lang == "en" \
        else format_date(d, "dd.MM.yyyy", locale=LOCALES[lang])


def fmt_amount(value: Decimal | int | str, lang: str = "en") -> str:
    from babel.numbers import format_decimal

    d = value if isinstance(value, Decimal) else Decimal(str(value))
    return format_decimal(d, format="#,##0.##", locale=LOCALES[lang])




def days_left_text(days: int, lang: str = "en") -> str:
    """"in 12 days", "today", "3 days ago", with each language's plurals."""
    if days == 0:
        return {"en": "today", "ru": "сегодня", "kk": "бүгін"}[lang]
    n = abs(days)
    if lang == "en":
        unit = "day" if n == 1 else "days"
        return f"in {n} {unit}" if days > 0 else f"{n} {unit} ago"
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            unit = "день"
        elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            unit = "дня"
        else:
            unit = "дней"
        return f"через {n} {unit}" if days > 0 else f"{n} {unit} назад"
    return f"{n} күннен кейін" if days > 0 else f"{n} күн бұрын"


def message(f: Finding, lang: str = "en") -> str:
    """The finding's message in ``lang``, with its contract section."""
    template = MESSAGES[f"{f.rule}/{f.key}"]
    params = {}
    for k, v in {**f.params, "date": f.date.isoformat()}.items():
        s = str(v)
        if _ISO.match(s):
            s = fmt_date(date.fromisoformat(s), lang)
        elif _NUM.match(s) and k not in ("year", "country"):
            s = fmt_amount(s, lang)
        elif k == "unit":
            s = VOCAB["unit"].get(s, {}).get(lang, s) if s in VOCAB["unit"] else s
        params[k] = s
    text = template.get(lang, template["en"]).format(**params)
    return f"{text} ({SECTION_WORD[lang].format(section=f.section)})"


def rule_name(rule: str, lang: str = "en") -> str:
    names = RULE_NAMES.get(rule, {})
    return names.get(lang, names.get("en", rule))


def subject_text(f: Finding, lang: str = "en") -> str:
    """What a finding is about, in words: a purchased line by its service's name, a delivery by
    its title, a location by its country, a work order by its number."""
    s = f.subject
    if s.kind == "line":
        from app.domain.catalog import catalog

        svc = catalog().get(s.label)
        name = svc.name(lang) if svc else s.label
        line_word = {"en": "line", "ru": "строка", "kk": "жол"}[lang]
        return f"{name} ({line_word} {s.key})"
    if s.kind == "location":
        return country_name(s.key, lang)
    return s.label


_COUNTRY_NAMES = {
    "KZ": {"ru": "Казахстан", "kk": "Қазақстан"}, "KG": {"ru": "Киргизия", "kk": "Қырғызстан"},
    "UZ": {"ru": "Узбекистан", "kk": "Өзбекстан"}, "TJ": {"ru": "Таджикистан", "kk": "Тәжікстан"},
    "TM": {"ru": "Туркменистан", "kk": "Түрікменстан"}, "RU": {"ru": "Россия", "kk": "Ресей"},
    "CN": {"ru": "Китай", "kk": "Қытай"}, "JP": {"ru": "Япония", "kk": "Жапония"},
    "GE": {"ru": "Грузия", "kk": "Грузия"}, "AZ": {"ru": "Азербайджан", "kk": "Әзербайжан"},
    "AM": {"ru": "Армения", "kk": "Армения"}, "TR": {"ru": "Турция", "kk": "Түркия"},
    "IN": {"ru": "Индия", "kk": "Үндістан"}, "KR": {"ru": "Корея", "kk": "Корея"},
    "AU": {"ru": "Австралия", "kk": "Аустралия"}, "DE": {"ru": "Германия", "kk": "Германия"},
    "US": {"ru": "США", "kk": "АҚШ"}, "GB": {"ru": "Великобритания", "kk": "Ұлыбритания"},
}


def country_name(code: str, lang: str = "en") -> str:
    """``KZ`` -> "KZ — Kazakhstan" (Kazakh and Russian names for the region's countries)."""
    if not code or len(code) != 2:
        return code or ""
    name = _COUNTRY_NAMES.get(code.upper(), {}).get(lang)
    if name is None:
        import pycountry

        c = pycountry.countries.get(alpha_2=code.upper())
        name = getattr(c, "common_name", None) or (c.name if c else "")
    return f"{code.upper()} — {name}" if name else code.upper()
