"""What the importer and the exporter say: where a problem is (``workbook.place``), why a
cell is refused (``workbook.reason.<reason>``), what is worth knowing (``workbook.notice.<key>``),
why a file cannot be read (``workbook.file.<reason>``), and their own words."""

from __future__ import annotations

MESSAGES: dict[str, dict] = {
    "workbook.place": {
        "en": "{sheet}, row {row}, column {column} ({letter})",
        "ru": "{sheet}, строка {row}, столбец «{column}» ({letter})",
        "kk": "{sheet}, {row}-жол, «{column}» бағаны ({letter})",
    },
    "workbook.reason.required": {
        "en": "a value is required",
        "ru": "значение обязательно",
        "kk": "мән міндетті",
    },
    "workbook.reason.missing_column": {
        "en": "the sheet has no column “{column}”, which is required",
        "ru": "на листе нет обязательного столбца «{column}»",
        "kk": "парақта міндетті «{column}» бағаны жоқ",
    },
    "workbook.reason.missing_column_candidates": {
        "en": "the sheet has no column “{column}”, which is required; ignored columns that could be it: {candidates} (map one with {example}, or rename its header)",
        "ru": "на листе нет обязательного столбца «{column}»; это может быть один из пропущенных столбцов: {candidates} (укажите его: {example} или переименуйте заголовок)",
        "kk": "парақта міндетті «{column}» бағаны жоқ; ол ескерілмеген мына бағандардың бірі болуы мүмкін: {candidates} ({example} арқылы көрсетіңіз немесе тақырыбын өзгертіңіз)",
    },
    "workbook.reason.flat_layout": {
        "en": "this sheet holds work orders and their service lines in one table (the work order's fields repeated on each line); put the work orders on a sheet “{wo_sheet}”, one row each, and the lines on a sheet “{line_sheet}”, one row each with its work order number (python -m app template writes this layout)",
        "ru": "на этом листе заказы и их услуги в одной таблице (поля заказа повторяются в каждой строке); поместите заказы на лист «{wo_sheet}», по строке на заказ, а услуги — на лист «{line_sheet}», по строке на услугу с номером заказа (python -m app template создаёт такую книгу)",
        "kk": "бұл парақта жұмыс тапсырыстары мен олардың қызметтері бір кестеде (тапсырыс өрістері әр жолда қайталанады); тапсырыстарды «{wo_sheet}» парағына, әрқайсысын бір жолға, ал қызметтерді «{line_sheet}» парағына, әрқайсысын тапсырыс нөмірімен бір жолға қойыңыз (python -m app template осындай кітап жасайды)",
    },
    "workbook.reason.bare_number_date": {
        "en": "a bare number {value} is not a date: write the date (2026-03-01 or 01.03.2026)",
        "ru": "число {value} — не дата: напишите дату (2026-03-01 или 01.03.2026)",
        "kk": "{value} саны күн емес: күнді жазыңыз (2026-03-01 немесе 01.03.2026)",
    },
    "workbook.reason.lone_serial_date": {
        "en": "the number {value} would be the Excel day {date}, but no other cell of this column is a date: format the cell as a date or write the date",
        "ru": "число {value} было бы днём Excel {date}, но в этом столбце нет других дат: задайте ячейке формат даты или напишите дату",
        "kk": "{value} саны Excel-дің {date} күні болар еді, бірақ бұл бағанда басқа күн жоқ: ұяшыққа күн пішімін беріңіз немесе күнді жазыңыз",
    },
    "workbook.reason.slash_date_ambiguous": {
        "en": "ambiguous date: day/month or month/day? No date of this column settles it; write 2026-06-05 or 05.06.2026",
        "ru": "неоднозначная дата: день/месяц или месяц/день? Ни одна дата столбца этого не решает; пишите 2026-06-05 или 05.06.2026",
        "kk": "екіұшты күн: күн/ай ма, ай/күн бе? Бағанның бірде-бір күні мұны шешпейді; 2026-06-05 немесе 05.06.2026 деп жазыңыз",
    },
    "workbook.reason.slash_date_conflict": {
        "en": "this column has slash dates in both orders (day/month and month/day); write 2026-06-05 or 05.06.2026",
        "ru": "в столбце даты через косую черту в обоих порядках (день/месяц и месяц/день); пишите 2026-06-05 или 05.06.2026",
        "kk": "бағанда қиғаш сызықты күндер екі ретпен де бар (күн/ай және ай/күн); 2026-06-05 немесе 05.06.2026 деп жазыңыз",
    },
    "workbook.reason.ambiguous_dot": {
        "en": "ambiguous number: one dot before three digits may separate thousands or decimals; write 480000 or 480.0",
        "ru": "неоднозначное число: одна точка перед тремя цифрами может отделять тысячи или дробную часть; пишите 480000 или 480,0",
        "kk": "екіұшты сан: үш цифрдың алдындағы бір нүкте мыңдықты да, бөлшекті де бөлуі мүмкін; 480000 немесе 480,0 деп жазыңыз",
    },
    "workbook.reason.currency_not_money": {
        "en": "a currency sign ({currency}) in a column that is not an amount of money: write the number alone",
        "ru": "знак валюты ({currency}) в столбце, где не денежная сумма: напишите только число",
        "kk": "ақша сомасы емес бағанда валюта белгісі ({currency}): тек санды жазыңыз",
    },
    "workbook.reason.foreign_currency": {
        "en": "the amount is in {sign}, but work order {number} counts in {currency}: write it in {currency} (nothing is converted), or correct the currency",
        "ru": "сумма в {sign}, а заказ {number} ведётся в {currency}: укажите её в {currency} (ничего не пересчитывается) или исправьте валюту",
        "kk": "сома {sign} валютасында, ал {number} жұмыс тапсырысы {currency} валютасында: оны {currency} түрінде жазыңыз (ештеңе айырбасталмайды) немесе валютаны түзетіңіз",
    },
    "workbook.reason.percent_here": {
        "en": "the cell is formatted as a percentage ({shown}) in a column that is not a percentage: format it as a number",
        "ru": "ячейка в процентном формате ({shown}) в столбце, где не проценты: задайте числовой формат",
        "kk": "ұяшық пайыздық пішімде ({shown}), ал баған пайыз емес: сан пішімін беріңіз",
    },
    "workbook.reason.duplicate_key_sheet": {
        "en": "the same record is also on sheet “{sheet}”, row {first} (a copied sheet?); keep it on one sheet",
        "ru": "та же запись есть и на листе «{sheet}», строка {first} (скопированный лист?); оставьте её на одном листе",
        "kk": "бұл жазба «{sheet}» парағында да бар, {first}-жол (көшірілген парақ па?); бір парақта қалдырыңыз",
    },
    "workbook.reason.duplicate_ledger_sheet": {
        "en": "the same ledger entry is also on sheet “{sheet}”, row {first} (a copied sheet?); taken twice it would count twice: keep it on one sheet",
        "ru": "та же запись журнала есть и на листе «{sheet}», строка {first} (скопированный лист?); учтённая дважды, она посчиталась бы дважды: оставьте её на одном листе",
        "kk": "журналдың бұл жазбасы «{sheet}» парағында да бар, {first}-жол (көшірілген парақ па?); екі рет алынса, екі рет есептеледі: бір парақта қалдырыңыз",
    },
    "workbook.reason.hidden_sheet_only": {
        "en": "the sheet “{sheet}” is hidden and is the workbook's only “{kind}” sheet; hidden sheets are not imported: unhide it to import it, or delete it to import the rest",
        "ru": "лист «{sheet}» скрыт, и это единственный лист «{kind}» в книге; скрытые листы не импортируются: покажите его, чтобы импортировать, или удалите, чтобы импортировать остальное",
        "kk": "«{sheet}» парағы жасырын және кітаптағы жалғыз «{kind}» парағы; жасырын парақтар импортталмайды: импорттау үшін оны көрсетіңіз, не қалғанын импорттау үшін өшіріңіз",
    },
    "workbook.reason.duplicate_column": {
        "en": "the column appears twice (first in column {first}); remove one",
        "ru": "столбец повторяется (впервые — столбец {first}); удалите один",
        "kk": "баған екі рет кездеседі (алғашқысы — {first} бағаны); біреуін өшіріңіз",
    },
    "workbook.reason.no_header": {
        "en": "no header row found in the first 30 rows (expected headers such as {expected})",
        "ru": "в первых 30 строках не найдена строка заголовков (ожидаются, например: {expected})",
        "kk": "алғашқы 30 жолда тақырып жолы табылмады (мысалы, {expected} күтіледі)",
    },
    "workbook.reason.no_sheets": {
        "en": "no sheet of the format was found (expected: {expected})",
        "ru": "не найдено ни одного листа формата (ожидаются: {expected})",
        "kk": "форматтың бірде-бір парағы табылмады (күтілетіні: {expected})",
    },
    "workbook.reason.not_a_date": {
        "en": "not a date (write 2026-03-01, 01.03.2026 or 1 March 2026)",
        "ru": "не дата (пишите 2026-03-01, 01.03.2026 или 1 марта 2026)",
        "kk": "күн емес (2026-03-01, 01.03.2026 немесе 2026 жылғы 1 наурыз түрінде жазыңыз)",
    },
    "workbook.reason.date_out_of_range": {
        "en": "the date must lie between 1900 and 2100",
        "ru": "дата должна быть между 1900 и 2100 годами",
        "kk": "күн 1900 және 2100 жылдар аралығында болуы керек",
    },
    "workbook.reason.not_a_number": {
        "en": "not a number",
        "ru": "не число",
        "kk": "сан емес",
    },
    "workbook.reason.not_finite": {
        "en": "not a finite number (NaN or infinity)",
        "ru": "не конечное число (NaN или бесконечность)",
        "kk": "шектеулі сан емес (NaN немесе шексіздік)",
    },
    "workbook.reason.too_large": {
        "en": "too large (at most 1,000,000,000,000 in size)",
        "ru": "слишком большое (не больше 1 000 000 000 000 по модулю)",
        "kk": "тым үлкен (абсолют мәні 1 000 000 000 000-нан аспауы керек)",
    },
    "workbook.reason.negative": {
        "en": "must not be negative",
        "ru": "не может быть отрицательным",
        "kk": "теріс болмауы керек",
    },
    "workbook.reason.not_positive": {
        "en": "must be greater than zero",
        "ru": "должно быть больше нуля",
        "kk": "нөлден үлкен болуы керек",
    },
    "workbook.reason.not_whole": {
        "en": "must be a whole number",
        "ru": "должно быть целым числом",
        "kk": "бүтін сан болуы керек",
    },
    "workbook.reason.ambiguous_number": {
        "en": "ambiguous number: one comma before three digits may separate thousands or decimals; write 1250 or 1.25",
        "ru": "неоднозначное число: одна запятая перед тремя цифрами может отделять тысячи или дробную часть; пишите 1250 или 1,25",
        "kk": "екіұшты сан: үш цифрдың алдындағы бір үтір мыңдықты да, бөлшекті де бөлуі мүмкін; 1250 немесе 1,25 деп жазыңыз",
    },
    "workbook.reason.pct_range": {
        "en": "must be a percentage between 0 and 100",
        "ru": "должно быть от 0 до 100 %",
        "kk": "0 мен 100 % аралығында болуы керек",
    },
    "workbook.reason.unknown_value": {
        "en": "not one of: {allowed}",
        "ru": "допустимые значения: {allowed}",
        "kk": "рұқсат етілген мәндер: {allowed}",
    },
    "workbook.reason.unknown_country": {
        "en": "not a country (an ISO code such as KZ, or a country name)",
        "ru": "не страна (код ISO, например KZ, или название страны)",
        "kk": "ел емес (ISO коды, мысалы KZ, немесе елдің атауы)",
    },
    "workbook.reason.unknown_currency": {
        "en": "not a currency code (ISO 4217, such as KZT or USD)",
        "ru": "не код валюты (ISO 4217, например KZT или USD)",
        "kk": "валюта коды емес (ISO 4217, мысалы KZT немесе USD)",
    },
    "workbook.reason.unknown_service": {
        "en": 'not a service of the catalog (use its code or its name in Kazakh, Russian or English, or choose one: --service "NAME=CODE" on the command line, the choice in the import dialog)',
        "ru": 'нет такой услуги в каталоге (укажите код или название на казахском, русском или английском либо выберите услугу: --service "НАЗВАНИЕ=КОД" в командной строке, выбор в окне импорта)',
        "kk": 'каталогта мұндай қызмет жоқ (кодын немесе қазақша, орысша, ағылшынша атауын жазыңыз не таңдаңыз: командалық жолда --service "АТАУ=КОД", импорт терезесінде таңдау)',
    },
    "workbook.reason.unknown_service_close": {
        "en": 'not a service of the catalog; did you mean: {proposals}? Nothing is taken without your choice: --service "NAME=CODE" on the command line, or the choice in the import dialog',
        "ru": 'нет такой услуги в каталоге; возможно: {proposals}? Без вашего выбора ничего не подставляется: --service "НАЗВАНИЕ=КОД" в командной строке или выбор в окне импорта',
        "kk": 'каталогта мұндай қызмет жоқ; мүмкін: {proposals}? Сіз таңдамайынша ештеңе алынбайды: командалық жолда --service "АТАУ=КОД" немесе импорт терезесінде таңдау',
    },
    "workbook.reason.too_long": {
        "en": "text too long ({length} characters, at most {max})",
        "ru": "слишком длинный текст ({length} символов, не больше {max})",
        "kk": "мәтін тым ұзын ({length} таңба, ең көбі {max})",
    },
    "workbook.reason.control_chars": {
        "en": "contains invisible control characters ({codes}); remove them",
        "ru": "содержит невидимые управляющие символы ({codes}); удалите их",
        "kk": "көрінбейтін басқару таңбалары бар ({codes}); оларды өшіріңіз",
    },
    "workbook.reason.multiline": {
        "en": "must be on one line",
        "ru": "должно быть в одну строку",
        "kk": "бір жолда болуы керек",
    },
    "workbook.reason.formula_not_computed": {
        "en": "a formula whose value was never computed: open the file in Excel, let it calculate, save it",
        "ru": "формула, значение которой ни разу не вычислялось: откройте файл в Excel, дайте ему пересчитать и сохраните",
        "kk": "мәні ешқашан есептелмеген формула: файлды Excel-де ашып, есептетіп, сақтаңыз",
    },
    "workbook.reason.error_value": {
        "en": "an error value {error}",
        "ru": "значение-ошибка {error}",
        "kk": "қате мәні {error}",
    },
    "workbook.reason.wrong_type": {
        "en": "a yes/no or time value is not accepted here",
        "ru": "логическое значение или время здесь не допускается",
        "kk": "иә/жоқ немесе уақыт мәні мұнда қабылданбайды",
    },
    "workbook.reason.draw_missing_credits": {
        "en": "delivered, but the ledger holds no draw of {n:@count.credits} for {ref}: add its draw on the Ledger sheet, or import it as scheduled and mark it delivered in the planner",
        "ru": "выполнена, но в журнале нет списания {n:@count.credits} по {ref}: добавьте списание на лист «Журнал операций» или импортируйте её запланированной и отметьте выполненной в планировщике",
        "kk": "орындалды, бірақ журналда {ref} бойынша {n:@count.credits} есептен шығару жоқ: оны «Операциялар журналы» парағына қосыңыз немесе жоспарланған күйде импорттап, жоспарлаушыда орындалды деп белгілеңіз",
    },
    "workbook.reason.draw_missing_hours": {
        "en": "delivered, but the ledger holds no draw of {n:@count.hours} for {ref}: add its draw on the Ledger sheet, or import it as scheduled and mark it delivered in the planner",
        "ru": "выполнена, но в журнале нет списания {n:@count.hours} по {ref}: добавьте списание на лист «Журнал операций» или импортируйте её запланированной и отметьте выполненной в планировщике",
        "kk": "орындалды, бірақ журналда {ref} бойынша {n:@count.hours} есептен шығару жоқ: оны «Операциялар журналы» парағына қосыңыз немесе жоспарланған күйде импорттап, жоспарлаушыда орындалды деп белгілеңіз",
    },
    "workbook.reason.delivered_before_first_day": {
        "en": "marked delivered, but its first day {first_day} is after today ({on}): a delivery is delivered on or after its first day",
        "ru": "отмечена выполненной, но её первый день {first_day} позже сегодняшнего ({on}): поставка выполняется в первый день или позже",
        "kk": "орындалды деп белгіленген, бірақ бірінші күні {first_day} бүгіннен ({on}) кейін: жеткізу бірінші күнінде немесе одан кейін орындалады",
    },
    "workbook.reason.transition_not_allowed": {
        "en": "the status cannot go back to an earlier one: a delivery moves forward by request, schedule, delivery or cancellation",
        "ru": "статус не может вернуться к прежнему: поставка продвигается только запросом, планированием, выполнением или отменой",
        "kk": "күй бұрынғы күйге қайта алмайды: жеткізу тек сұрау, жоспарлау, орындау немесе болдырмау арқылы алға жылжиды",
    },
    "workbook.reason.end_before_start": {
        "en": "the end {end} is before the start {start}",
        "ru": "окончание {end} раньше начала {start}",
        "kk": "аяқталуы {end} басталуынан {start} бұрын",
    },
    "workbook.reason.duplicate_key": {
        "en": "the same record appears twice (also in row {first})",
        "ru": "та же запись встречается дважды (также в строке {first})",
        "kk": "бір жазба екі рет кездеседі ({first}-жолда да)",
    },
    "workbook.reason.unknown_work_order": {
        "en": "work order {number} is neither on the work orders sheet nor in the database",
        "ru": "заказа {number} нет ни на листе заказов, ни в базе данных",
        "kk": "{number} жұмыс тапсырысы тапсырыстар парағында да, дерекқорда да жоқ",
    },
    "workbook.reason.unknown_location": {
        "en": "{country} is not a support location of work order {number}",
        "ru": "{country} не является местом поддержки заказа {number}",
        "kk": "{country} — {number} жұмыс тапсырысының қолдау көрсету орны емес",
    },
    "workbook.reason.unknown_line": {
        "en": "line {line} is not a service line of work order {number}",
        "ru": "строки {line} нет среди услуг заказа {number}",
        "kk": "{line} жолы {number} жұмыс тапсырысының қызметтерінде жоқ",
    },
    "workbook.reason.two_hosts": {
        "en": "a work order has one host location; {country} is already the host of {number}",
        "ru": "у заказа одно основное место; {country} уже основное место заказа {number}",
        "kk": "жұмыс тапсырысында бір ғана хост болады; {number} үшін хост — {country}",
    },
    "workbook.reason.rejected_by_database": {
        "en": "the database refused the import ({detail}); nothing was written",
        "ru": "база данных отклонила импорт ({detail}); ничего не записано",
        "kk": "дерекқор импортты қабылдамады ({detail}); ештеңе жазылған жоқ",
    },
    "workbook.notice.extra_column": {
        "en": "{sheet}: column “{column}” ({letter}) is not part of the format and was ignored",
        "ru": "{sheet}: столбец «{column}» ({letter}) не входит в формат и пропущен",
        "kk": "{sheet}: «{column}» бағаны ({letter}) форматқа кірмейді, ескерілмеді",
    },
    "workbook.notice.extra_column_close": {
        "en": "{sheet}: column “{column}” ({letter}) is not part of the format and was ignored; it could be {proposals}: to take it, use {example} (nothing is taken without your choice)",
        "ru": "{sheet}: столбец «{column}» ({letter}) не входит в формат и пропущен; возможно, это {proposals}: чтобы взять его, укажите {example} (без вашего выбора ничего не берётся)",
        "kk": "{sheet}: «{column}» бағаны ({letter}) форматқа кірмейді, ескерілмеді; бұл {proposals} болуы мүмкін: алу үшін {example} көрсетіңіз (сіз таңдамайынша ештеңе алынбайды)",
    },
    "workbook.notice.mapped_column": {
        "en": "{sheet}: column “{column}” ({letter}) was read as “{as_column}”, as you mapped it",
        "ru": "{sheet}: столбец «{column}» ({letter}) прочитан как «{as_column}» по вашему указанию",
        "kk": "{sheet}: «{column}» бағаны ({letter}) сіздің нұсқауыңыз бойынша «{as_column}» ретінде оқылды",
    },
    "workbook.notice.hidden_sheet": {
        "en": "sheet “{sheet}” is hidden and was not imported (unhide it to import it)",
        "ru": "лист «{sheet}» скрыт и не импортирован (покажите его, чтобы импортировать)",
        "kk": "«{sheet}» парағы жасырын, импортталмады (импорттау үшін оны көрсетіңіз)",
    },
    "workbook.notice.sheets_together": {
        "en": "sheets {sheets} are all “{kind}” sheets and were read together",
        "ru": "листы {sheets} — все листы «{kind}», прочитаны вместе",
        "kk": "{sheets} парақтарының бәрі «{kind}» парақтары, бірге оқылды",
    },
    "workbook.notice.hidden_rows": {
        "en": "{sheet}: hidden rows not imported: {rows} (unhide them, or clear the filter, to import them)",
        "ru": "{sheet}: скрытые строки не импортированы: {rows} (покажите их или снимите фильтр, чтобы импортировать)",
        "kk": "{sheet}: жасырын жолдар импортталмады: {rows} (импорттау үшін оларды көрсетіңіз немесе сүзгіні алыңыз)",
    },
    "workbook.notice.skipped_total_rows": {
        "en": "{sheet}: total rows skipped: {rows}",
        "ru": "{sheet}: итоговые строки пропущены: {rows}",
        "kk": "{sheet}: қорытынды жолдар өткізілді: {rows}",
    },
    "workbook.notice.skipped_header_rows": {
        "en": "{sheet}: rows repeating the header skipped: {rows}",
        "ru": "{sheet}: строки, повторяющие заголовок, пропущены: {rows}",
        "kk": "{sheet}: тақырыпты қайталайтын жолдар өткізілді: {rows}",
    },
    "workbook.notice.info_rows": {
        "en": "{sheet}: the rows above row {row} were taken for information, not the header; row {row} is the header",
        "ru": "{sheet}: строки выше строки {row} приняты за сведения, а не заголовок; заголовок — строка {row}",
        "kk": "{sheet}: {row}-жолдан жоғарғы жолдар тақырып емес, мәлімет ретінде алынды; тақырып — {row}-жол",
    },
    "workbook.notice.read_as_csv": {
        "en": "read as CSV: encoding {encoding}, separator “{separator}”",
        "ru": "прочитан как CSV: кодировка {encoding}, разделитель «{separator}»",
        "kk": "CSV ретінде оқылды: кодтауы {encoding}, бөлгіші «{separator}»",
    },
    "workbook.notice.read_as": {
        "en": "read as .{kind}: formulas as their last computed values; merged cells and cell formats are not seen",
        "ru": "прочитан как .{kind}: формулы — по последним вычисленным значениям; объединённые ячейки и форматы ячеек не видны",
        "kk": ".{kind} ретінде оқылды: формулалар соңғы есептелген мәндерімен; біріктірілген ұяшықтар мен ұяшық пішімдері көрінбейді",
    },
    "workbook.notice.ignored_sheet": {
        "en": "sheet “{sheet}” is not part of the format and was ignored",
        "ru": "лист «{sheet}» не входит в формат и пропущен",
        "kk": "«{sheet}» парағы форматқа кірмейді, ескерілмеді",
    },
    "workbook.notice.by_headers": {
        "en": "sheet “{sheet}” was read as “{as_sheet}”, recognised by its headers",
        "ru": "лист «{sheet}» прочитан как «{as_sheet}» по заголовкам столбцов",
        "kk": "«{sheet}» парағы бағандар тақырыптары бойынша «{as_sheet}» ретінде оқылды",
    },
    "workbook.notice.stripped": {
        "en": "{sheet}, row {row}, column {column}: control characters a workbook cannot hold were removed",
        "ru": "{sheet}, строка {row}, столбец «{column}»: удалены управляющие символы, которые нельзя сохранить в книге",
        "kk": "{sheet}, {row}-жол, «{column}» бағаны: кітапқа жазуға болмайтын басқару таңбалары өшірілді",
    },
    "workbook.file.not_found": {
        "en": "does not exist",
        "ru": "не существует",
        "kk": "жоқ",
    },
    "workbook.file.is_directory": {
        "en": "is a folder, not a workbook",
        "ru": "это папка, а не книга Excel",
        "kk": "бұл қалта, Excel кітабы емес",
    },
    "workbook.file.not_readable": {
        "en": "cannot be read (permission denied)",
        "ru": "не читается (нет доступа)",
        "kk": "оқылмайды (рұқсат жоқ)",
    },
    "workbook.file.too_large": {
        "en": "is too large to be a work order workbook",
        "ru": "слишком велик для книги заказов",
        "kk": "жұмыс тапсырыстары кітабы үшін тым үлкен",
    },
    "workbook.file.not_xlsx": {
        "en": "is not an Excel workbook (.xlsx)",
        "ru": "не книга Excel (.xlsx)",
        "kk": "Excel кітабы (.xlsx) емес",
    },
    "workbook.file.old_xls": {
        "en": "is an old Excel 97–2003 file (.xls): save it as .xlsx",
        "ru": "старый файл Excel 97–2003 (.xls): сохраните его как .xlsx",
        "kk": "ескі Excel 97–2003 файлы (.xls): оны .xlsx ретінде сақтаңыз",
    },
    "workbook.file.password_protected": {
        "en": "is protected by a password: remove the password in Excel and save it again",
        "ru": "защищён паролем: снимите пароль в Excel и сохраните файл заново",
        "kk": "құпиясөзбен қорғалған: Excel-де құпиясөзді алып, қайта сақтаңыз",
    },
    "workbook.file.corrupt": {
        "en": "is damaged and cannot be read",
        "ru": "повреждён и не читается",
        "kk": "зақымдалған, оқылмайды",
    },
    "workbook.file.archive_bomb": {
        "en": "unpacks to far more data than a workbook holds (a suspicious archive); refused",
        "ru": "распаковывается в гораздо больший объём, чем бывает у книги (подозрительный архив); отклонён",
        "kk": "кітапта болатыннан әлдеқайда көп деректерге ашылады (күдікті архив); қабылданбады",
    },
    "workbook.file.sheet_too_large": {
        "en": "has a sheet too large to read (more than 5,000,000 cells)",
        "ru": "содержит слишком большой лист (более 5 000 000 ячеек)",
        "kk": "тым үлкен парағы бар (5 000 000-нан астам ұяшық)",
    },
    "workbook.file.not_writable": {
        "en": "cannot be written",
        "ru": "не удаётся записать",
        "kk": "жазу мүмкін емес",
    },
    "workbook.change.new": {"en": "new", "ru": "новая", "kk": "жаңа"},
    "workbook.change.changed": {"en": "changed", "ru": "изменена", "kk": "өзгерген"},
    "workbook.change.unchanged": {"en": "unchanged", "ru": "без изменений", "kk": "өзгеріссіз"},
    "workbook.workbook": {
        "en": "workbook",
        "ru": "книга",
        "kk": "кітап",
    },
    "workbook.error": {
        "en": "error",
        "ru": "ошибка",
        "kk": "қате",
    },
    "workbook.note": {
        "en": "note",
        "ru": "примечание",
        "kk": "ескертпе",
    },
    "workbook.problem_column": {
        "en": "Problems",
        "ru": "Ошибки",
        "kk": "Қателер",
    },
    "workbook.rejected": {
        "en": "rejected: {count} problems; nothing was written",
        "ru": "отклонено: ошибок — {count}; ничего не записано",
        "kk": "қабылданбады: {count} қате; ештеңе жазылған жоқ",
    },
    "workbook.summary": {
        "en": "{new} new, {changed} changed, {unchanged} unchanged",
        "ru": "новых: {new}, изменённых: {changed}, без изменений: {unchanged}",
        "kk": "жаңа: {new}, өзгерген: {changed}, өзгеріссіз: {unchanged}",
    },
    "workbook.imported": {
        "en": "imported into {db}",
        "ru": "импортировано в {db}",
        "kk": "{db} ішіне импортталды",
    },
    "workbook.dry_run": {
        "en": "dry run: nothing was written",
        "ru": "пробный запуск: ничего не записано",
        "kk": "сынақ: ештеңе жазылған жоқ",
    },
}


def _t(key: str, lang: str, params: dict) -> str:
    from app.messages import t

    return t(key, lang, **params)


def word(key: str, lang: str = "en", **params) -> str:
    return _t(f"workbook.{key}", lang, params)


def reason_text(reason: str, params: dict, lang: str = "en") -> str:
    """Why a cell is refused: the importer's own reasons, else the domain validators' (the same
    refusal as an edit's), else the reason id itself."""
    from app.messages import has

    for key in (f"workbook.reason.{reason}", f"validation.{reason}"):
        if has(key):
            return _t(key, lang, params)
    return reason


def notice_text(key: str, params: dict, lang: str = "en") -> str:
    return _t(f"workbook.notice.{key}", lang, params)


def file_error_text(reason: str, lang: str = "en") -> str:
    from app.messages import has

    key = f"workbook.file.{reason}"
    return _t(key, lang, {}) if has(key) else reason


def place_text(sheet: str, row: int, column: str, letter: str, lang: str = "en") -> str:
    return _t("workbook.place", lang, {"sheet": sheet, "row": row, "column": column, "letter": letter})
