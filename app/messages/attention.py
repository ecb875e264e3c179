"""The "Needs attention" view: its groups and the action each finding asks for
(app.services.attention.ACTIONS)."""

MESSAGES = {
    "attention.group.overdue": {"en": "Overdue", "ru": "Просрочено", "kk": "Мерзімі өткен"},
    "attention.group.week": {"en": "This week (next 7 days)", "ru": "На этой неделе (7 дней)",
                             "kk": "Осы апта (7 күн)"},
    "attention.group.month": {"en": "Next 30 days", "ru": "Ближайшие 30 дней", "kk": "Алдағы 30 күн"},
    "attention.action.request": {
        "en": "Request it from Microsoft before the last request day",
        "ru": "Запросить у Microsoft до последнего дня запроса",
        "kk": "Сұраудың соңғы күніне дейін Microsoft-тан сұрау"},
    "attention.action.request_late": {
        "en": "Request it now: the last request day has passed",
        "ru": "Запросить сейчас: последний день запроса прошёл",
        "kk": "Қазір сұрау: сұраудың соңғы күні өтіп кетті"},
    "attention.action.check_late_request": {
        "en": "Check with Microsoft that it can still be delivered",
        "ru": "Уточнить у Microsoft, можно ли ещё оказать",
        "kk": "Әлі көрсетуге бола ма, Microsoft-пен нақтылау"},
    "attention.action.decide_change": {
        "en": "Cancel or move it now if needed: free until the last free day",
        "ru": "Отменить или перенести сейчас, если нужно: бесплатно до последнего бесплатного дня",
        "kk": "Қажет болса, қазір бас тарту немесе қайта жоспарлау: тегін соңғы күнге дейін тегін"},
    "attention.action.change_costs": {
        "en": "Keep the dates: a change now may cost a fee",
        "ru": "Сохранить даты: изменение теперь может стоить платы",
        "kk": "Күндерді сақтау: қазір өзгерту ақылы болуы мүмкін"},
    "attention.action.check_fee": {
        "en": "Check the fee with Microsoft and record it",
        "ru": "Уточнить плату у Microsoft и записать её",
        "kk": "Ақыны Microsoft-пен нақтылап, жазып қою"},
    "attention.action.use_or_lose": {
        "en": "Plan deliveries to use it before the term ends",
        "ru": "Запланировать услуги, чтобы использовать до конца срока",
        "kk": "Мерзім біткенше пайдалану үшін көрсетулерді жоспарлау"},
    "attention.action.fix_flex": {
        "en": "Correct the flex allocation of the work order",
        "ru": "Исправить распределение гибкого бюджета заказа",
        "kk": "Жұмыс тапсырысының өзгермелі төлемін бөлуді түзету"},
    "attention.action.fix_funding": {
        "en": "Change the line's funding or its service",
        "ru": "Изменить финансирование строки или её услугу",
        "kk": "Жолдың қаржыландыруын немесе қызметін өзгерту"},
    "attention.action.fix_balance": {
        "en": "Record the missing grant or reduce the draws",
        "ru": "Записать недостающее начисление или уменьшить списания",
        "kk": "Жетіспейтін есептеуді жазу немесе шегерулерді азайту"},
    "attention.action.fix_transfer": {
        "en": "Add the location to the work order or correct the transfer",
        "ru": "Добавить страну в заказ или исправить перевод",
        "kk": "Орынды жұмыс тапсырысына қосу немесе аударуды түзету"},
    "attention.action.separate_wo": {
        "en": "Move these services to a separate work order",
        "ru": "Перенести эти услуги в отдельный заказ",
        "kk": "Бұл қызметтерді жеке жұмыс тапсырысына көшіру"},
    "attention.action.confirm_event": {
        "en": "Confirm the event in writing",
        "ru": "Подтвердить мероприятие письменно",
        "kk": "Іс-шараны жазбаша растау"},
    "attention.action.check_event": {
        "en": "Check the length of the delivery",
        "ru": "Проверить продолжительность услуги",
        "kk": "Көрсетудің ұзақтығын тексеру"},
    "attention.action.onboard": {
        "en": "Hold the onboarding by the date",
        "ru": "Провести подключение к этой дате",
        "kk": "Қосылуды осы күнге дейін өткізу"},
    "attention.action.business_hours": {
        "en": "Move it into business hours on working days",
        "ru": "Перенести на рабочие часы рабочих дней",
        "kk": "Жұмыс күндерінің жұмыс уақытына ауыстыру"},
    "attention.action.convert_sab": {
        "en": "Convert the Software Assurance Benefits in time",
        "ru": "Вовремя конвертировать льготы Software Assurance",
        "kk": "Software Assurance жеңілдіктерін уақтылы айырбастау"},
    "attention.action.add_sdm": {
        "en": "Consider adding Services Delivery Management",
        "ru": "Рассмотреть добавление управления оказанием услуг",
        "kk": "Қызметтердің көрсетілуін басқаруды қосуды қарастыру"},
    "attention.action.agree_travel": {
        "en": "Agree the travel costs with the customer",
        "ru": "Согласовать командировочные расходы с клиентом",
        "kk": "Іссапар шығындарын тұтынушымен келісу"},
    "attention.action.line_overrun": {
        "en": "Buy more on the line or plan less",
        "ru": "Докупить по строке или планировать меньше",
        "kk": "Жол бойынша көбірек сатып алу немесе азырақ жоспарлау"},
    "attention.action.review": {"en": "Review it", "ru": "Проверить", "kk": "Тексеру"},
    # while the portfolio is read and checked at start-up (its rows shown first, figures after)
    "attention.computing": {"en": "Needs attention: checking the portfolio…",
                            "ru": "Требует внимания: портфель проверяется…",
                            "kk": "Назар аударуды қажет етеді: портфель тексерілуде…"},
    "portfolio.computing": {"en": "computing…", "ru": "вычисляется…", "kk": "есептелуде…"},
}
