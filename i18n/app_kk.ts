<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="284" />
        <source>Request delivery</source>
        <translation>Жеткізуді сұрау</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="284" />
        <source>Schedule delivery</source>
        <translation>Жеткізу күндерін белгілеу</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="285" />
        <location filename="../app/ui/plan_dialogs.py" line="288" />
        <source>Mark delivered</source>
        <translation>Көрсетілді деп белгілеу</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="285" />
        <source>Reschedule delivery</source>
        <translation>Жеткізуді қайта жоспарлау</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="286" />
        <source>Cancel delivery</source>
        <translation>Жеткізуден бас тарту</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="286" />
        <source>Reverse delivery</source>
        <translation>Жеткізуді кері қайтару</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="287" />
        <source>Request</source>
        <translation>Сұрау</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="287" />
        <source>Schedule</source>
        <translation>Белгілеу</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="288" />
        <source>Reschedule</source>
        <translation>Қайта жоспарлау</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="289" />
        <source>Cancel the delivery</source>
        <translation>Жеткізуден бас тарту</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="289" />
        <source>Reverse the delivery</source>
        <translation>Кері қайтару</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="305" />
        <source>Record the fee on the delivery and in the ledger</source>
        <translation>Ақыны жеткізуге және журналға жазу</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="310" />
        <source>Requested on</source>
        <translation>Сұралған күні</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="313" />
        <source>Delivered on</source>
        <translation>Көрсетілген күні</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="317" />
        <source>First day</source>
        <translation>Бірінші күн</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="318" />
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="337" />
        <source>Cancelling</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="337" />
        <source>Rescheduling</source>
        <translation>Қайта жоспарлау</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="339" />
        <source>%1 now is free: no first day is set.</source>
        <translation>%1 қазір тегін: бірінші күн белгіленбеген.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="341" />
        <source>%1 now is free: changes are free until %2, 14 days before the first day %3 (USSD 2.5).</source>
        <translation>%1 қазір тегін: өзгерістер %2 дейін тегін, бірінші күннен (%3) 14 күн бұрын (USSD, 2.5-бөлім).</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="405" />
        <source>This is before the first day %1: saving asks whether to move the first day to it.</source>
        <translation>Бұл бірінші күннен (%1) бұрын: сақтағанда бірінші күнді осы күнге ауыстыру ұсынылады.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="446" />
        <source>Draws %1 and %2 from %3 (credits rounded to a whole credit, USSD 2.2).</source>
        <translation>%3 орнынан %1 және %2 есептен шығарылады (кредиттер бүтінге дөңгелектенеді, USSD, 2.2-бөлім).</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="462" />
        <source>Delivered on %1 is before the first day %2. Move the first day to %1 and mark it delivered?</source>
        <translation>Көрсетілген күні %1 бірінші күннен (%2) бұрын. Бірінші күнді %1 күніне ауыстырып, көрсетілді деп белгілеу керек пе?</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="464" />
        <source>Move the first day</source>
        <translation>Бірінші күнді ауыстыру</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="464" />
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="353" />
        <source>The fee is recorded on the delivery and drawn from the ledger of %1.</source>
        <translation>Ақы жеткізуге жазылады және %1 журналынан есептен шығарылады.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="347" />
        <source>%1 now, %2 before the first day, may cost %3% of the price: %4 (USSD 2.5).</source>
        <translation>%1 қазір, бірінші күнге %2 қалғанда, бағаның %3% дейін тұруы мүмкін: %4 (USSD, 2.5-бөлім).</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="356" />
        <source>The fee is recorded on the delivery.</source>
        <translation>Ақы жеткізуге жазылады.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="358" />
        <source>The fee will not be recorded.</source>
        <translation>Ақы жазылмайды.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="371" />
        <source>%1 — fee %2</source>
        <translation>%1 — ақы %2</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="398" />
        <source>The last request day of this work order is %1 (USSD 2.6).</source>
        <translation>Осы жұмыс тапсырысы бойынша сұраудың соңғы күні — %1 (USSD, 2.6-бөлім).</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="409" />
        <source>The delivery is scheduled again; what its draws took is given back by an adjustment of its own (the draw stays in the ledger). Undo takes it back.</source>
        <translation>Жеткізу қайта белгіленеді; есептен шығарылғаны жеке түзетумен қайтарылады (шығару журналда қалады). Болдырмау бәрін бұрынғыдай қайтарады.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="424" />
        <source>No new warning: the contract's rules are kept.</source>
        <translation>Жаңа ескерту жоқ: шарттың ережелері сақталады.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="445" />
        <source>Nothing is drawn from the ledger.</source>
        <translation>Журналдан ештеңе есептен шығарылмайды.</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../app/ui/attention_view.py" line="62" />
        <source>What</source>
        <extracomment>(work order, subject kind, subject key) of a row opened by a double-click or Enter</extracomment>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="62" />
        <source>Work order</source>
        <translation>Жұмыс тапсырысы</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="62" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="62" />
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="63" />
        <source>Action needed</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="301" />
        <source>Needs attention: %1 overdue · %2 this week · %3 in the next 30 days</source>
        <translation>Назар аударуды қажет етеді: мерзімі өткен %1 · осы аптада %2 · алдағы 30 күнде %3</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="303" />
        <source>Nothing needs attention in the next 30 days.</source>
        <translation>Алдағы 30 күнде назар аударатын ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <location filename="../app/ui/context.py" line="41" />
        <source>New work order</source>
        <translation>Жаңа жұмыс тапсырысы</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="42" />
        <source>Edit work order</source>
        <translation>Жұмыс тапсырысын өзгерту</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="43" />
        <source>Archive work order</source>
        <translation>Жұмыс тапсырысын мұрағаттау</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="44" />
        <source>Unarchive work order</source>
        <translation>Жұмыс тапсырысын мұрағаттан қайтару</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="45" />
        <source>Delete work order</source>
        <translation>Жұмыс тапсырысын жою</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="46" />
        <source>Add location</source>
        <translation>Орынды қосу</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="47" />
        <source>Edit location</source>
        <translation>Орынды өзгерту</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="48" />
        <source>Remove location</source>
        <translation>Орынды жою</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="49" />
        <source>Add service</source>
        <translation>Қызметті қосу</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="50" />
        <source>Edit service</source>
        <translation>Қызметті өзгерту</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="51" />
        <source>Remove service</source>
        <translation>Қызметті жою</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="52" />
        <source>New delivery</source>
        <translation>Жаңа жеткізу</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="53" />
        <source>Edit delivery</source>
        <translation>Жеткізуді өзгерту</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="54" />
        <source>Request delivery</source>
        <translation>Жеткізуді сұрау</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="55" />
        <source>Schedule delivery</source>
        <translation>Жеткізу күндерін белгілеу</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="56" />
        <source>Mark delivered</source>
        <translation>Көрсетілді деп белгілеу</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="57" />
        <source>Cancel delivery</source>
        <translation>Жеткізуден бас тарту</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="58" />
        <source>Reschedule delivery</source>
        <translation>Жеткізуді қайта жоспарлау</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="59" />
        <source>Remove delivery</source>
        <translation>Жеткізуді жою</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="60" />
        <source>Reverse delivery</source>
        <translation>Жеткізуді кері қайтару</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="61" />
        <source>Grant</source>
        <translation>Есептеу</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="62" />
        <source>Draw</source>
        <translation>Есептен шығару</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="63" />
        <source>Adjust</source>
        <translation>Түзету</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="64" />
        <source>Fee</source>
        <translation>Ақы</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="65" />
        <source>Expiry</source>
        <translation>Мерзімнің өтуі</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="66" />
        <source>Transfer credits</source>
        <translation>Кредиттерді аудару</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="67" />
        <source>Import workbook</source>
        <translation>Кітапты импорттау</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="116" />
        <source>the data changed since; nothing was written</source>
        <translation>деректер содан бері өзгерді; ештеңе жазылған жоқ</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="123" />
        <source>%1; nothing was written</source>
        <translation>%1; ештеңе жазылған жоқ</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="463" />
        <source>“%1” was not saved: the record was changed or removed meanwhile. Nothing of it was written; the window shows the data as stored.</source>
        <extracomment>The data changed (an import, another database, the first load, an edit that adds, removes or renames a work order): every screen reads it again. Only these work orders (numbers) changed (an edit, its undo or redo): the snapshot holds them read and checked anew, the screens update their rows in place. While the first read runs: the work orders alone have been read (``preview``), the Portfolio shows their rows, its figures still being computed. The work order the screens show (its number). A screen asks the window to show something: (screen name, subject kind, key). An undo or redo could not be applied: (what, why). An edit was refused by the database or the disk (full, read-only, gone…): the message (what, why, nothing saved). The data has been read again from the file already. The background read of the portfolio failed: why (one line). The database (given by path, opened by the background task) could not be opened: the DatabaseError, for the window to ask what to do (read-only copy, restore a backup). True while a background task reads the portfolio: the screens show it empty meanwhile. The work orders without their contents, while the first read runs (else None).</extracomment>
        <translation>«%1» сақталмады: жазба осы уақытта өзгертілді немесе жойылды. Одан ештеңе жазылған жоқ; терезе деректерді сақталған күйінде көрсетеді.</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="466" />
        <location filename="../app/ui/context.py" line="471" />
        <source>The change</source>
        <translation>Өзгеріс</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../app/ui/columns.py" line="36" />
        <source>Columns shown</source>
        <translation>Көрсетілетін бағандар</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../app/ui/widgets.py" line="93" />
        <source>is not a number</source>
        <translation>сан емес</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets.py" line="173" />
        <location filename="../app/ui/widgets.py" line="188" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets.py" line="200" />
        <source>OK</source>
        <translation>Жарайды</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../app/ui/date_field.py" line="164" />
        <source>DD</source>
        <comment>day letters</comment>
        <extracomment>the value changed (read it with value())</extracomment>
        <translation>КК</translation>
    </message>
    <message>
        <location filename="../app/ui/date_field.py" line="164" />
        <source>MM</source>
        <comment>month letters</comment>
        <translation>АА</translation>
    </message>
    <message>
        <location filename="../app/ui/date_field.py" line="165" />
        <source>YYYY</source>
        <comment>year letters</comment>
        <translation>ЖЖЖЖ</translation>
    </message>
</context>
<context>
    <name>DeadlinesScreen</name>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="28" />
        <source>All severities</source>
        <translation>Барлық деңгей</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="32" />
        <source>All rules</source>
        <translation>Барлық ереже</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="37" />
        <source>Any time</source>
        <translation>Кез келген уақыт</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="37" />
        <source>This week</source>
        <translation>Осы апта</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="38" />
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="38" />
        <source>This quarter</source>
        <translation>Осы тоқсан</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="49" />
        <location filename="../app/ui/deadlines_screen.py" line="59" />
        <source>Severity</source>
        <translation>Маңыздылық деңгейі</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="49" />
        <location filename="../app/ui/deadlines_screen.py" line="62" />
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="50" />
        <source>Customer</source>
        <translation>Тұтынушы</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="50" />
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="63" />
        <source>Work order</source>
        <translation>Жұмыс тапсырысы</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="64" />
        <source>Subject</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="65" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="66" />
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="69" />
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="74" />
        <source>Nothing needs attention.</source>
        <translation>Назар аударатын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="75" />
        <source>No finding matches the filters: clear them to see all.</source>
        <translation>Сүзгілерге сай ескерту жоқ: бәрін көру үшін сүзгілерді тазалаңыз.</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="87" />
        <source>Double-click or press Enter on a row to open what it is about.</source>
        <translation>Жол неге қатысты екенін ашу үшін оны екі рет басыңыз немесе Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="113" />
        <source>All customers</source>
        <translation>Барлық тұтынушы</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="144" />
        <source>Hide past (%1)</source>
        <translation>Өткендерін жасыру (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="144" />
        <source>Show past (%1)</source>
        <translation>Өткендерін көрсету (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="148" />
        <source>%1 of %2 findings</source>
        <translation>Ескертулер: %1 / %2</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="158" />
        <source>Edit delivery</source>
        <translation>Жеткізуді өзгерту</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="158" />
        <source>New delivery</source>
        <translation>Жаңа жеткізу</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="159" />
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="194" />
        <source>Travel prepaid (USSD 2.5)</source>
        <translation>Іссапар алдын ала төленген (USSD, 2.5-бөлім)</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="196" />
        <source>Purchased service</source>
        <translation>Сатып алынған қызмет</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="197" />
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="198" />
        <source>Location</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="199" />
        <source>Mode</source>
        <translation>Көрсету түрі</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="200" />
        <source>First day</source>
        <translation>Бірінші күн</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="201" />
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="202" />
        <source>Credits</source>
        <translation>Кредиттер</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="203" />
        <source>Hours</source>
        <translation>Сағаттар</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="209" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="211" />
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="249" />
        <source>%1 (derived)</source>
        <translation>%1 (есептелген)</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="266" />
        <source>No new warning: the contract's rules are kept.</source>
        <translation>Жаңа ескерту жоқ: шарттың ережелері сақталады.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="31" />
        <source>Grant credits and hours</source>
        <translation>Кредиттер мен сағаттарды есептеу</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="31" />
        <source>Draw credits and hours</source>
        <translation>Кредиттер мен сағаттарды есептен шығару</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="32" />
        <source>Adjust the balance</source>
        <translation>Теңгерімді түзету</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="33" />
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="45" />
        <source>Location</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="46" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="47" />
        <source>Credits</source>
        <translation>Кредиттер</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="48" />
        <source>Hours</source>
        <translation>Сағаттар</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="49" />
        <source>Reference</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="50" />
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="52" />
        <source>A negative amount lowers the balance.</source>
        <translation>Теріс сома теңгерімді азайтады.</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="77" />
        <source>Balance now: %1, %2. After this entry: %3, %4.</source>
        <translation>Қазіргі теңгерім: %1, %2. Осы жазбадан кейін: %3, %4.</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../app/ui/failures.py" line="131" />
        <source>the disk is full</source>
        <extracomment>Bidirectional embeddings, overrides and isolates: they reorder what follows them on screen. C0 controls (but tab and newline), DEL and C1 controls. Why a write failed, by SQLite's message (as SQLite words it, stable across versions).</extracomment>
        <translation>диск толы</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="132" />
        <source>the database file or its folder is read-only</source>
        <translation>дерекқор файлы немесе оның қалтасы тек оқуға арналған</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="133" />
        <source>you have no permission to write to the database file</source>
        <translation>дерекқор файлына жазуға рұқсатыңыз жоқ</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="134" />
        <source>the database is busy in another program</source>
        <translation>дерекқорды басқа бағдарлама пайдаланып отыр</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="135" />
        <source>the database file can no longer be reached (a removed drive or a network folder that went away?)</source>
        <translation>дерекқор файлына енді қол жетпейді (диск алынды ма, әлде желілік қалта жоғалды ма?)</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="137" />
        <source>the disk refused to write (the file may be protected, or its drive or network folder is gone)</source>
        <translation>диск жазудан бас тартты (файл қорғалған болуы мүмкін, не оның дискісі немесе желілік қалтасы жоқ)</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="139" />
        <source>the file name is too long</source>
        <translation>файл атауы тым ұзын</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="140" />
        <source>the database file is damaged</source>
        <translation>дерекқор файлы зақымдалған</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="142" />
        <source>the database refused the change</source>
        <translation>дерекқор өзгерісті қабылдамады</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="149" />
        <source>“%1” was not saved: %2. Nothing of it was written; the window shows the data as stored.</source>
        <translation>«%1» сақталмады: %2. Одан ештеңе жазылған жоқ; терезе деректерді сақталған күйінде көрсетеді.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="180" />
        <source>Something could not be done: %1.</source>
        <translation>Әрекет орындалмады: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="182" />
        <source>Something went wrong that Unified Planner did not expect (%1). Your saved data is safe; the last action may not have been done.</source>
        <translation>Unified Planner-де күтпеген қате болды (%1). Сақталған деректер қауіпсіз; соңғы әрекет орындалмаған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="186" />
        <source>The details are in %1.</source>
        <translation>Толығырақ — %1 файлында.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="187" />
        <source>The details could not be written to a log.</source>
        <translation>Толығырақ ақпаратты журналға жазу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="201" />
        <source>unexpected error (%1)</source>
        <translation>күтпеген қате (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="203" />
        <source>details in %1</source>
        <translation>толығырақ — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="231" />
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <location filename="../app/ui/find.py" line="28" />
        <source>Find in this table…</source>
        <translation>Осы кестеден табу…</translation>
    </message>
    <message>
        <location filename="../app/ui/find.py" line="35" />
        <source>Show all rows (Esc)</source>
        <translation>Барлық жолдарды көрсету (Esc)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="218" />
        <source>Welcome to Unified Planner</source>
        <translation>Unified Planner-ге қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="220" />
        <source>This database holds no work order yet. Load the demo portfolio to look around (five work orders of customers in Kazakhstan and neighbouring countries), or start empty and create or import your own.</source>
        <translation>Бұл дерекқорда әлі бірде-бір жұмыс тапсырысы жоқ. Танысу үшін демо-портфельді жүктеңіз (Қазақстандағы және көрші елдердегі тұтынушылардың бес жұмыс тапсырысы) немесе бос дерекқордан бастап, өз тапсырыстарыңызды құрыңыз не импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="224" />
        <source>Load the demo portfolio</source>
        <translation>Демо-портфельді жүктеу</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="226" />
        <source>Start empty</source>
        <translation>Бос дерекқордан бастау</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../app/ui/forms.py" line="54" />
        <source>Cancel</source>
        <extracomment>the field an AmountError from the save belongs to</extracomment>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../app/ui/forms.py" line="61" />
        <source>Before you confirm:</source>
        <translation>Растамас бұрын:</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../app/ui/help.py" line="70" />
        <location filename="../app/ui/help.py" line="170" />
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="79" />
        <source>Find in the current table</source>
        <translation>Ағымдағы кестеден іздеу</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="81" />
        <source>Open the calendar of a date field</source>
        <translation>Күн өрісінің күнтізбесін ашу</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="82" />
        <source>Next or previous day in a date field</source>
        <translation>Күн өрісінде келесі немесе алдыңғы күн</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="85" />
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="85" />
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="103" />
        <location filename="../app/ui/help.py" line="169" />
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="111" />
        <source>The user guide is part of the installed package; this copy runs without it. See README.md beside the program.</source>
        <translation>Нұсқаулық орнатылған бумаға кіреді; бұл көшірме онсыз іске қосылған. Бағдарлама жанындағы README.md файлын қараңыз.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="124" />
        <location filename="../app/ui/help.py" line="172" />
        <source>About Unified Planner</source>
        <translation>Unified Planner туралы</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="136" />
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="137" />
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="138" />
        <source>Data folder</source>
        <translation>Деректер қалтасы</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="139" />
        <source>Error log</source>
        <translation>Қателер журналы</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="144" />
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="157" />
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../app/ui/history_view.py" line="61" />
        <source>line %1</source>
        <extracomment>fields holding one of the vocabularies of app.texts</extracomment>
        <translation>%1-жол</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../app/ui/import_dialog.py" line="91" />
        <source>Import a work order workbook</source>
        <extracomment>after a successful import: the change it made (for the window's Undo) and its words</extracomment>
        <translation>Жұмыс тапсырысы кітабын импорттау</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="96" />
        <source>No workbook chosen</source>
        <translation>Кітап таңдалмаған</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="97" />
        <source>Choose a workbook…</source>
        <translation>Кітапты таңдау…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="106" />
        <source>Choose a workbook to see what it would change.</source>
        <translation>Нені өзгертетінін көру үшін кітапты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="116" />
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="117" />
        <source>Problems</source>
        <translation>Қателер</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="118" />
        <source>Service matches</source>
        <translation>Қызметтерді сәйкестендіру</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="119" />
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="133" />
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="134" />
        <source>Save error workbook…</source>
        <translation>Қателер кітабын сақтау…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="136" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="205" />
        <source>Choose a workbook</source>
        <translation>Кітапты таңдаңыз</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="499" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="244" />
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="121" />
        <source>Columns</source>
        <translation>Бағандар</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="123" />
        <source>Remember the columns and services chosen as the import profile</source>
        <translation>Таңдалған бағандар мен қызметтерді импорт профилі ретінде есте сақтау</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="125" />
        <source>Profile name, e.g. the supplier</source>
        <translation>Профиль атауы, мысалы жеткізуші</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="173" />
        <location filename="../app/ui/import_dialog.py" line="177" />
        <source>detected</source>
        <translation>автоматты анықталды</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="178" />
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="183" />
        <source>Encoding</source>
        <translation>Кодтау</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="185" />
        <source>Separator</source>
        <translation>Бөлгіш</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="189" />
        <source>Choose what each column is, or ignore it; the first rows of the file are shown under the choices.</source>
        <translation>Әр бағанның не екенін таңдаңыз немесе оны елемеңіз; таңдаудың астында файлдың алғашқы жолдары көрсетілген.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="196" />
        <source>Read the file again with these choices</source>
        <translation>Файлды осы таңдаумен қайта оқу</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="206" />
        <source>Workbooks and CSV files (*.xlsx *.xlsm *.ods *.xls *.csv *.tsv *.txt);;Excel workbook (*.xlsx *.xlsm);;OpenDocument spreadsheet (*.ods);;Excel 97-2003 workbook (*.xls);;CSV file (*.csv *.tsv *.txt)</source>
        <translation>Кітаптар мен CSV файлдары (*.xlsx *.xlsm *.ods *.xls *.csv *.tsv *.txt);;Excel кітабы (*.xlsx *.xlsm);;OpenDocument кестесі (*.ods);;Excel 97-2003 кітабы (*.xls);;CSV файлы (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="256" />
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="274" />
        <source>The workbook cannot be read: %1</source>
        <translation>Кітапты оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="295" />
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation>Жаңа: %1, өзгерген: %2, өзгеріссіз: %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="298" />
        <source>Rejected: %1 problems. Nothing will be written until they are fixed.</source>
        <translation>Қабылданбады: қателер саны — %1. Олар түзетілгенше ештеңе жазылмайды.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="306" />
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="306" />
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="306" />
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="335" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="335" />
        <location filename="../app/ui/import_dialog.py" line="338" />
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="335" />
        <location filename="../app/ui/import_dialog.py" line="338" />
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="335" />
        <source>Work order</source>
        <translation>Жұмыс тапсырысы</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="335" />
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="336" />
        <source>Values</source>
        <translation>Мәндер</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="338" />
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="338" />
        <source>Value</source>
        <translation>Мән</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="338" />
        <source>Problem</source>
        <translation>Қате</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="343" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="347" />
        <source>Problems (%1)</source>
        <translation>Қателер (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="359" />
        <source>Every service name matches the catalog.</source>
        <translation>Қызметтердің барлық атауы каталогта бар.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="362" />
        <source>These service names are not in the catalog. Choose the service each one means; nothing is taken without your choice.</source>
        <translation>Бұл қызмет атаулары каталогта жоқ. Әрқайсысы қай қызметті білдіретінін таңдаңыз; сіздің таңдауыңызсыз ештеңе алынбайды.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="367" />
        <source>— choose a service —</source>
        <translation>— қызметті таңдаңыз —</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="369" />
        <source>Proposed: %1</source>
        <translation>Ұсынылады: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="378" />
        <source>Use these services and check again</source>
        <translation>Осы қызметтерді алып, қайта тексеру</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="404" />
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="407" />
        <source>— ignore —</source>
        <translation>— елемеу —</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="432" />
        <source>Read as CSV: encoding %1, separator %2</source>
        <translation>CSV ретінде оқылды: кодтау %1, бөлгіш %2</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="471" />
        <source>Nothing was imported: %1. The database is as it was.</source>
        <translation>Ештеңе импортталған жоқ: %1. Дерекқор бұрынғы күйінде қалды.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="498" />
        <source>Save error workbook</source>
        <translation>Қателер кітабын сақтау</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="512" />
        <source>Error workbook saved: %1</source>
        <translation>Қателер кітабы сақталды: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="516" />
        <source>The error workbook cannot be written: %1</source>
        <translation>Қателер кітабын жазу мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>LedgerScreen</name>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="113" />
        <source>Location</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="114" />
        <location filename="../app/ui/ledger_screen.py" line="126" />
        <source>Credits</source>
        <translation>Кредиттер</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="116" />
        <location filename="../app/ui/ledger_screen.py" line="127" />
        <source>Hours</source>
        <translation>Сағаттар</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="124" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="125" />
        <source>Entry</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="128" />
        <source>Credit balance</source>
        <translation>Кредиттік теңгерім</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="130" />
        <source>Hours balance</source>
        <translation>Сағаттар теңгерімі</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="132" />
        <source>Reference</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="133" />
        <source>Other location</source>
        <translation>Басқа орын</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="134" />
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="138" />
        <source>No entries for this location yet: record a grant with Grant….</source>
        <translation>Бұл орын бойынша әзірге жазба жоқ: «Есептеу…» батырмасымен есептеуді жазыңыз.</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="150" />
        <source>All entries</source>
        <translation>Барлық жазбалар</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="152" />
        <source>Dates</source>
        <translation>Күндер</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="153" />
        <source>Clear filters</source>
        <translation>Сүзгілерді тазалау</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="158" />
        <source>Grant…</source>
        <translation>Есептеу…</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="158" />
        <source>Draw…</source>
        <translation>Есептен шығару…</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="159" />
        <source>Adjust…</source>
        <translation>Түзету…</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="159" />
        <source>Transfer…</source>
        <translation>Аудару…</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="170" />
        <source>Support locations</source>
        <translation>Қолдау көрсету орындары</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="202" />
        <location filename="../app/ui/ledger_screen.py" line="283" />
        <source>Credits and hours</source>
        <translation>Кредиттер мен сағаттар</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="251" />
        <source>Credit balance of %1 over the term</source>
        <translation>%1 кредиттік теңгерімі мерзім бойы</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="268" />
        <source>%1 of %2 entries</source>
        <translation>%2 жазбаның %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="284" />
        <source>Ledger entries are never removed: record a correcting adjustment instead (Adjust…).</source>
        <translation>Журнал жазбалары жойылмайды: оның орнына түзету жазбасын енгізіңіз («Түзету…»).</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="129" />
        <source>Edit purchased service</source>
        <translation>Сатып алынған қызметті өзгерту</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="129" />
        <source>Add purchased service</source>
        <translation>Сатып алынған қызметті қосу</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="130" />
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="136" />
        <source>Search the catalog…</source>
        <translation>Каталогтан іздеу…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="139" />
        <source>In the Base Package</source>
        <translation>Негізгі бумаға кіреді</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="140" />
        <source>Bought on top of the Base Package</source>
        <translation>Негізгі бумадан тыс сатып алынады</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="141" />
        <location filename="../app/ui/workorder_dialogs.py" line="166" />
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="142" />
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="143" />
        <location filename="../app/ui/workorder_dialogs.py" line="185" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="161" />
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="181" />
        <source>The flex allowance is per year (USSD 2.1): a line bought with flex draws on the allowance of this year</source>
        <translation>Өзгермелі төлем жылдық (USSD 2.1): өзгермелі төлеммен алынған жол осы жылдың төлемін пайдаланады</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="184" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="186" />
        <source>Location</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="187" />
        <source>Paid from</source>
        <translation>Төлем көзі</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="188" />
        <source>Unit price (%1)</source>
        <translation>Бірлік бағасы (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="189" />
        <source>Flex year</source>
        <translation>Өзгермелі төлем жылы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="190" />
        <source>Travel prepaid (USSD 2.5)</source>
        <translation>Іссапар алдын ала төленген (USSD, 2.5-бөлім)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="192" />
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="80" />
        <source>Edit support location</source>
        <translation>Қолдау көрсету орнын өзгерту</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="80" />
        <source>Add support location</source>
        <translation>Қолдау көрсету орнын қосу</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="81" />
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="98" />
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="99" />
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="100" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="101" />
        <source>Rate to USD</source>
        <translation>USD-ға бағамы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="102" />
        <source>Value of one credit</source>
        <translation>Бір кредиттің құны</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/ui/main.py" line="38" />
        <source>Database in use</source>
        <translation>Дерекқор пайдаланылуда</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="39" />
        <source>%1 is open in another copy of Unified Planner. Open it read-only? You can look at everything but change nothing.</source>
        <translation>%1 Unified Planner-дің басқа көшірмесінде ашық. Тек оқу үшін ашу керек пе? Бәрін көруге болады, бірақ ештеңені өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="42" />
        <source>Open read-only</source>
        <translation>Тек оқу үшін ашу</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="43" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="56" />
        <source>Database damaged</source>
        <translation>Дерекқор зақымдалған</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="58" />
        <source>%1 is damaged and there is no good backup of it to restore. The file has been left as it is.</source>
        <translation>%1 файлы зақымдалған, ал қалпына келтіруге жарамды сақтық көшірме жоқ. Файл өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="64" />
        <source>%1 is damaged: it failed the integrity check. Restore the newest good backup, made %2? The damaged file is kept beside the backups.</source>
        <translation>%1 файлы зақымдалған: тұтастық тексеруінен өтпеді. %2 жасалған соңғы жарамды сақтық көшірмені қалпына келтіру керек пе? Зақымдалған файл сақтық көшірмелердің жанында сақталады.</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="67" />
        <source>Restore the backup</source>
        <translation>Көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="68" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="109" />
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="109" />
        <source>The demo portfolio was not loaded: %1. Nothing was written.</source>
        <translation>Демо-портфель жүктелмеді: %1. Ештеңе жазылған жоқ.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/window.py" line="180" />
        <location filename="../app/ui/window.py" line="331" />
        <source>Reading the portfolio…</source>
        <extracomment>The language was changed in Settings: the application rebuilds the window. The portfolio has been read and checked (at once, or by the background task). The Portfolio table shows the work orders' rows: the first ones read alone (their figures being computed), or the whole portfolio, whichever comes first after the start. The exit code when the window closed because its database could not be opened.</extracomment>
        <translation>Портфель оқылуда…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="181" />
        <source>Reading and checking the portfolio…</source>
        <translation>Портфель оқылып, тексерілуде…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="182" />
        <source>Checking the portfolio…</source>
        <translation>Портфель тексерілуде…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="223" />
        <source>The portfolio could not be read: %1</source>
        <translation>Портфельді оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="229" />
        <location filename="../app/ui/window.py" line="578" />
        <source>Undo</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="233" />
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="246" />
        <source>Import…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="247" />
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="248" />
        <source>Take offline…</source>
        <translation>Ноутбукке алу…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="249" />
        <source>Bring offline changes back…</source>
        <translation>Ноутбуктегі өзгерістерді қайтару…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="250" />
        <source>Settings…</source>
        <translation>Баптаулар…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="251" />
        <source>New work order…</source>
        <translation>Жаңа жұмыс тапсырысы…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="252" />
        <source>Open database…</source>
        <translation>Дерекқорды ашу…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="253" />
        <location filename="../app/ui/window.py" line="787" />
        <source>Back up now</source>
        <translation>Сақтық көшірме жасау</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="254" />
        <source>Restore from a backup…</source>
        <translation>Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="255" />
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="260" />
        <source>Toolbar</source>
        <translation>Құралдар тақтасы</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="265" />
        <source>Work order:</source>
        <translation>Жұмыс тапсырысы:</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="272" />
        <source>Search customer or number…</source>
        <translation>Тұтынушы немесе нөмір бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="290" />
        <source>Portfolio</source>
        <translation>Портфель</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="290" />
        <source>Work order</source>
        <translation>Жұмыс тапсырысы</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="290" />
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="291" />
        <source>Credits and hours</source>
        <translation>Кредиттер мен сағаттар</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="291" />
        <source>Deadlines</source>
        <translation>Соңғы мерзімдер</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="292" />
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="292" />
        <source>Contract reference</source>
        <translation>Келісімшарт анықтамасы</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="384" />
        <source>No work orders yet. Create a work order or import a workbook.</source>
        <translation>Әзірге жұмыс тапсырыстары жоқ. Жұмыс тапсырысын жасаңыз немесе кітапты импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="410" />
        <source>Reports are not available: %1</source>
        <translation>Есептер қолжетімсіз: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="433" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="438" />
        <source>&amp;Edit</source>
        <translation>Ө&amp;ңдеу</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="441" />
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="533" />
        <source>Backups: by the database server</source>
        <translation>Сақтық көшірмелер: дерекқор серверінде</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="534" />
        <location filename="../app/ui/window.py" line="560" />
        <source>A team database is backed up with pg_dump: unified-planner backup --db … OUT.dump</source>
        <translation>Командалық дерекқордың сақтық көшірмесі pg_dump арқылы жасалады: unified-planner backup --db … OUT.dump</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="668" />
        <source>Show the history</source>
        <translation>Тарихты көрсету</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="747" />
        <source>Read-only: the file or its folder cannot be written</source>
        <translation>Тек оқу: файлға немесе оның қалтасына жазу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="749" />
        <source>Read-only: another copy has the file open</source>
        <translation>Тек оқу: файл басқа көшірмеде ашық</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="467" />
        <source>Open Deadlines (Ctrl+5)</source>
        <translation>«Соңғы мерзімдерді» ашу (Ctrl+5)</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="525" />
        <source>Errors: %1 · Warnings: %2</source>
        <translation>Қателер: %1 · Ескертулер: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="527" />
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="538" />
        <source>Last backup: %1</source>
        <translation>Соңғы сақтық көшірме: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="542" />
        <source>Daily backup failed: %1</source>
        <translation>Күнделікті сақтық көшірме жасалмады: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="543" />
        <source>Use File &gt; Back up now once the cause is fixed.</source>
        <translation>Себебі жойылғанда, Файл &gt; Сақтық көшірме жасау пәрменін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="574" />
        <source>never</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="578" />
        <source>%1 could not be applied: %2</source>
        <translation>«%1» орындалмады: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="585" />
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="645" />
        <location filename="../app/ui/window.py" line="659" />
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="645" />
        <source>Import is not available: %1</source>
        <translation>Импорттау қолжетімсіз: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="724" />
        <source>Export the portfolio</source>
        <translation>Портфельді экспорттау</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="725" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="740" />
        <source>Exported %1 work orders to %2</source>
        <translation>%1 жұмыс тапсырысы %2 файлына экспортталды</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="741" />
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="785" />
        <source>Backed up to %1</source>
        <translation>Сақтық көшірме: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="793" />
        <location filename="../app/ui/window.py" line="804" />
        <location filename="../app/ui/window.py" line="810" />
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="794" />
        <location filename="../app/ui/window.py" line="818" />
        <source>Planner database (*.db)</source>
        <translation>Planner дерекқоры (*.db)</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="805" />
        <source>Replace the data with the backup %1? The current data is kept as a backup first.</source>
        <translation>Деректерді %1 сақтық көшірмесімен ауыстыру керек пе? Қазіргі деректер алдымен сақтық көшірмеге сақталады.</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="806" />
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="812" />
        <source>Restored from %1</source>
        <translation>%1 көшірмесінен қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="201" />
        <location filename="../app/ui/window.py" line="817" />
        <location filename="../app/ui/window.py" line="832" />
        <source>Open database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
</context>
<context>
    <name>NewWorkOrderDialog</name>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="37" />
        <source>New work order</source>
        <translation>Жаңа жұмыс тапсырысы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="37" />
        <source>Create</source>
        <translation>Құру</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="51" />
        <source>Work order number</source>
        <translation>Жұмыс тапсырысының нөмірі</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="52" />
        <source>Customer</source>
        <translation>Тұтынушы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="53" />
        <source>Term start</source>
        <translation>Мерзімнің басталуы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="54" />
        <source>Term end</source>
        <translation>Мерзімнің аяқталуы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="55" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="56" />
        <source>Cancellation fee, %</source>
        <translation>Бас тарту ақысы, %</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <location filename="../app/ui/plan_screen.py" line="157" />
        <source>Ref</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="159" />
        <location filename="../app/ui/plan_screen.py" line="426" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="162" />
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="175" />
        <location filename="../app/ui/plan_screen.py" line="427" />
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="178" />
        <source>Location</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="179" />
        <location filename="../app/ui/plan_screen.py" line="428" />
        <source>Mode</source>
        <translation>Көрсету түрі</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="180" />
        <location filename="../app/ui/plan_screen.py" line="429" />
        <source>Requested on</source>
        <translation>Сұралған күні</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="163" />
        <location filename="../app/ui/plan_screen.py" line="430" />
        <source>First day</source>
        <translation>Бірінші күн</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="164" />
        <location filename="../app/ui/plan_screen.py" line="431" />
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="165" />
        <location filename="../app/ui/plan_screen.py" line="296" />
        <source>Last free day</source>
        <translation>Тегін соңғы күн</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="167" />
        <location filename="../app/ui/plan_screen.py" line="432" />
        <source>Credits</source>
        <translation>Кредиттер</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="169" />
        <location filename="../app/ui/plan_screen.py" line="433" />
        <source>Hours</source>
        <translation>Сағаттар</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="171" />
        <location filename="../app/ui/plan_screen.py" line="440" />
        <source>Fee</source>
        <translation>Ақы</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="173" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="187" />
        <source>No deliveries yet: add one with New…, or import a workbook.</source>
        <translation>Әзірге жеткізу жоқ: «Жаңа…» батырмасымен қосыңыз немесе Excel кітабын импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="199" />
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="201" />
        <source>All services</source>
        <translation>Барлық қызметтер</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="202" />
        <source>All locations</source>
        <translation>Барлық орындар</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="203" />
        <source>Dates</source>
        <translation>Күндер</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="204" />
        <source>Clear filters</source>
        <translation>Сүзгілерді тазалау</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="211" />
        <source>New…</source>
        <translation>Жаңа…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="211" />
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="212" />
        <source>Request…</source>
        <translation>Сұрау…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="212" />
        <source>Schedule…</source>
        <translation>Белгілеу…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="213" />
        <source>Deliver…</source>
        <translation>Көрсетілді…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="213" />
        <source>Reschedule…</source>
        <translation>Қайта жоспарлау…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="214" />
        <source>Cancel…</source>
        <translation>Бас тарту…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="214" />
        <source>Reverse…</source>
        <translation>Кері қайтару…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="215" />
        <location filename="../app/ui/plan_screen.py" line="462" />
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="254" />
        <source>Term</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="254" />
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="254" />
        <location filename="../app/ui/plan_screen.py" line="277" />
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="257" />
        <source>Earlier</source>
        <translation>Ертерек</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="257" />
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="263" />
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="276" />
        <source>Timeline</source>
        <translation>Уақыт шкаласы</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="291" />
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="291" />
        <location filename="../app/ui/plan_screen.py" line="296" />
        <source>Last request day</source>
        <translation>Сұраудың соңғы күні</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="292" />
        <location filename="../app/ui/plan_screen.py" line="299" />
        <source>Term end</source>
        <translation>Мерзімнің аяқталуы</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="292" />
        <source>no dates yet</source>
        <translation>күндері әлі белгіленбеген</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="293" />
        <location filename="../app/ui/plan_screen.py" line="314" />
        <source>No work order selected</source>
        <translation>Жұмыс тапсырысы таңдалмаған</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="297" />
        <source>Confirm the event in writing</source>
        <translation>Іс-шараны жазбаша растау</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="297" />
        <source>Onboarding due</source>
        <translation>Қосылу мерзімі</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="298" />
        <source>Convert SAB days</source>
        <translation>SAB күндерін айырбастау</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="298" />
        <source>Flex year ends</source>
        <translation>Өзгермелі төлем жылының соңы</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="299" />
        <source>Public holidays</source>
        <translation>Мереке күндері</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="300" />
        <source>Nothing planned this month.</source>
        <translation>Бұл айда ештеңе жоспарланбаған.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="313" />
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="318" />
        <source>Term %1 – %2 · last request day %3 · cancellation fee %4%</source>
        <translation>Мерзім %1 – %2 · сұраудың соңғы күні %3 · бас тарту ақысы %4%</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="360" />
        <source>%1 of %2 deliveries</source>
        <translation>%2 көрсетудің %1</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="416" />
        <source>Select a delivery to see its details.</source>
        <translation>Толығырақ көру үшін жеткізуді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="436" />
        <source>Moved from</source>
        <translation>Ауыстырылған күн</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="438" />
        <source>Changed on</source>
        <translation>Өзгертілген күні</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="442" />
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="461" />
        <location filename="../app/ui/plan_screen.py" line="468" />
        <source>Remove delivery</source>
        <translation>Жеткізуді жою</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="462" />
        <source>Remove the planned delivery %1?</source>
        <translation>Жоспарланған %1 жеткізуін жою керек пе?</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="472" />
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
</context>
<context>
    <name>PortfolioScreen</name>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="114" />
        <source>Filter by customer or work order…</source>
        <extracomment>Only the work order's own row is read yet: its figures are being computed.</extracomment>
        <translation>Тұтынушы не тапсырыс бойынша сүзу…</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="116" />
        <source>Only with problems</source>
        <translation>Тек мәселелері барлар</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="118" />
        <source>Show archived</source>
        <translation>Мұрағаттағыларды көрсету</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="122" />
        <source>Filter:</source>
        <translation>Сүзгі:</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="134" />
        <source>Customer</source>
        <translation>Тұтынушы</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="135" />
        <source>Work order</source>
        <translation>Жұмыс тапсырысы</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="136" />
        <source>Term</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="138" />
        <source>Term passed</source>
        <translation>Мерзімнің өткені</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="142" />
        <source>Credits left</source>
        <translation>Қалған кредиттер</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="145" />
        <source>Hours left</source>
        <translation>Қалған сағаттар</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="147" />
        <source>Credits available</source>
        <translation>Қолжетімді кредиттер</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="147" />
        <source>Credits at risk</source>
        <translation>Қатердегі кредиттер</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="228" />
        <source>Left unused by the term end at the pace of the last 90 days</source>
        <translation>Соңғы 90 күннің қарқынымен мерзім соңына дейін пайдаланылмай қалады</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="148" />
        <source>Hours available</source>
        <translation>Қолжетімді сағаттар</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="148" />
        <source>Hours at risk</source>
        <translation>Қатердегі сағаттар</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="159" />
        <source>Next deadline</source>
        <translation>Жақын соңғы мерзім</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="196" />
        <source>Double-click a work order or a row of Needs attention to open it.</source>
        <translation>Ашу үшін жұмыс тапсырысын немесе «Назар аударуды қажет етеді» жолын екі рет басыңыз.</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="241" />
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="149" />
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="155" />
        <source>Errors</source>
        <translation>Қателер</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="157" />
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="302" />
        <source>%1 of %2 work orders</source>
        <translation>Жұмыс тапсырыстары: %1 / %2</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="86" />
        <source>the record is no longer there</source>
        <extracomment>drawn marks (icons.mark_html), never glyphs such as ⛔ that show as empty boxes without the font</extracomment>
        <translation>бұл жазба енді жоқ</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="88" />
        <source>unexpected error (%1)</source>
        <translation>күтпеген қате (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="89" />
        <source>The consequences could not be worked out: %1. Check the contract's rules yourself before you confirm.</source>
        <translation>Салдарын есептеу мүмкін болмады: %1. Растамас бұрын келісімшарт ережелерін өзіңіз тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="32" />
        <source>Import profiles</source>
        <translation>Импорт профильдері</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="39" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="39" />
        <source>As written in the file</source>
        <translation>Файлдағыдай</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="40" />
        <source>Read as</source>
        <translation>Қалай оқылады</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="48" />
        <source>Rename…</source>
        <translation>Атауын өзгерту…</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="49" />
        <source>Delete the profile</source>
        <translation>Профильді жою</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="50" />
        <source>Forget the selected answer</source>
        <translation>Таңдалған жауапты ұмыту</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="64" />
        <source>A profile is applied by itself to a file with the same headers as the one it was saved from; it travels with the exported portfolio.</source>
        <translation>Профиль өзі сақталған файлдағыдай тақырыптары бар файлға өзі қолданылады; ол портфельдің экспортымен бірге тасымалданады.</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="69" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="92" />
        <source>No import profile yet: tick “Remember … as the import profile” when you import a file.</source>
        <translation>Импорт профильдері әзірге жоқ: файлды импорттағанда «… импорт профилі ретінде есте сақтау» белгісін қойыңыз.</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="110" />
        <source>ignored</source>
        <translation>еленбейді</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="120" />
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="120" />
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="168" />
        <source>Rename the profile</source>
        <translation>Профиль атауын өзгерту</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="168" />
        <source>New name</source>
        <translation>Жаңа атауы</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../app/ui/reports_screen.py" line="93" />
        <source>All work orders active in the quarter</source>
        <extracomment>``check_settings()``: the Settings' reminder days, for the calendar's alarms</extracomment>
        <translation>Тоқсанда күшіндегі барлық жұмыс тапсырысы</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="96" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="98" />
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="100" />
        <source>Internal edition (findings, rule ids, notes)</source>
        <translation>Ішкі нұсқа (ескертулер, ережелер, ескертпелер)</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="102" />
        <source>Off: the customer edition, to hand over.</source>
        <translation>Өшірулі: тұтынушыға беруге арналған нұсқа.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="105" />
        <location filename="../app/ui/reports_screen.py" line="238" />
        <source>Folder for the statements</source>
        <translation>Есептерге арналған қалта</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="108" />
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="110" />
        <source>Render statements</source>
        <translation>Есептерді жасау</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="112" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="121" />
        <source>Open file</source>
        <translation>Файлды ашу</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="123" />
        <source>Open folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="125" />
        <location filename="../app/ui/reports_screen.py" line="330" />
        <location filename="../app/ui/reports_screen.py" line="340" />
        <location filename="../app/ui/reports_screen.py" line="343" />
        <source>Calendar (.ics)…</source>
        <translation>Күнтізбе (.ics)…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="129" />
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="130" />
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="136" />
        <source>Formats</source>
        <translation>Пішімдер</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="140" />
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="148" />
        <source>Quarterly statements</source>
        <translation>Тоқсандық есептер</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="156" />
        <source>Work orders</source>
        <translation>Жұмыс тапсырыстары</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="186" />
        <location filename="../app/ui/reports_screen.py" line="248" />
        <source>Not a quarter (expected like 2026Q4).</source>
        <translation>Тоқсан емес (2026Q4 түрінде күтіледі).</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="252" />
        <source>Choose PDF, Excel or both.</source>
        <translation>PDF, Excel немесе екеуін де таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="256" />
        <source>Choose a folder for the statements.</source>
        <translation>Есептерге арналған қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="260" />
        <source>Tick at least one work order.</source>
        <translation>Кемінде бір жұмыс тапсырысын белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="274" />
        <source>Rendering…</source>
        <translation>Жасалуда…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="282" />
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="289" />
        <source>%1 of %2 statements</source>
        <translation>Есептер: %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="296" />
        <source>Cancelled: %1 of %2 statements written.</source>
        <translation>Тоқтатылды: %2 есептің %1 жазылды.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="298" />
        <source>No work order is active in this quarter.</source>
        <translation>Бұл тоқсанда күшіндегі жұмыс тапсырысы жоқ.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="300" />
        <source>Done: %1 of %2 statements written.</source>
        <translation>Дайын: %2 есептің %1 жазылды.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="308" />
        <source>Failed: %1</source>
        <translation>Сәтсіз: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="332" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="345" />
        <source>Calendar written: %1 (%2 deadlines, %3 deliveries)</source>
        <translation>Күнтізбе жазылды: %1 (соңғы мерзімдер: %2, жеткізулер: %3)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="35" />
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="77" />
        <source>Choose…</source>
        <extracomment>what the window is to switch to when the dialog closes: a connection string, a local file (Path), or None (stay)</extracomment>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="94" />
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="95" />
        <source>Reminder days before a deadline</source>
        <translation>Соңғы мерзімге дейін еске салу күндері</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="96" />
        <source>Default cancellation fee, %</source>
        <translation>Әдепкі бас тарту ақысы, %</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="97" />
        <location filename="../app/ui/settings_dialog.py" line="128" />
        <source>Data folder</source>
        <translation>Деректер қалтасы</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="99" />
        <source>Account manager on statements</source>
        <translation>Есептердегі менеджер</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="100" />
        <source>Account manager's e-mail</source>
        <translation>Менеджердің эл. поштасы</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="101" />
        <source>Account manager's phone</source>
        <translation>Менеджердің телефоны</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="102" />
        <source>Reminders: a deadline shows up once it is within the largest number of days; the fee is proposed for new work orders (the contract may say less than 100%).</source>
        <translation>Еске салу: соңғы мерзім күндердің ең үлкен санының ішіне кіргенде көрсетіледі; ақы жаңа жұмыс тапсырыстарына ұсынылады (шартта 100%-дан аз болуы мүмкін).</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="106" />
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="106" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="113" />
        <source>Import profiles…</source>
        <translation>Импорт профильдері…</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="194" />
        <source>whole days between 0 and 366, separated by commas</source>
        <translation>0-ден 366-ға дейінгі бүтін күндер, үтір арқылы</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="195" />
        <source>is not a folder</source>
        <translation>қалта емес</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="109" />
        <source>Transfer credits</source>
        <translation>Кредиттерді аудару</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="109" />
        <source>Transfer</source>
        <translation>Аудару</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="121" />
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="122" />
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="123" />
        <source>Credits to send</source>
        <translation>Жіберілетін кредиттер</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="124" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="125" />
        <source>Reference</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="126" />
        <source>Only the locations of this work order can be chosen (USSD 2.4).</source>
        <translation>Тек осы жұмыс тапсырысының орындарын таңдауға болады (USSD, 2.4-бөлім).</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="138" />
        <location filename="../app/ui/ledger_dialogs.py" line="150" />
        <source>Choose two different locations.</source>
        <translation>Екі түрлі орынды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="155" />
        <source>%1 credits leave %2 (one credit = %3 %4); %5 credits arrive at %6 (one credit = %7 %8), rounded up to a whole credit (USSD 2.4).</source>
        <translation>%2 орнынан %1 кредит кетеді (бір кредит = %3 %4); %6 орнына %5 кредит түседі (бір кредит = %7 %8), бүтін кредитке дейін жоғары дөңгелектенеді (USSD, 2.4-бөлім).</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="161" />
        <source>Balance of %1 on %2: %3.</source>
        <translation>%1 теңгерімі %2 күні: %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="170" />
        <source>More than the balance: not allowed.</source>
        <translation>Теңгерімнен көп: рұқсат етілмейді.</translation>
    </message>
</context>
<context>
    <name>WorkOrderScreen</name>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="116" />
        <source>New work order…</source>
        <translation>Жаңа жұмыс тапсырысы…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="118" />
        <location filename="../app/ui/workorder_screen.py" line="382" />
        <source>Archive</source>
        <translation>Мұрағатқа</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="120" />
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="145" />
        <source>Term start</source>
        <translation>Мерзімнің басталуы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="145" />
        <source>Term end</source>
        <translation>Мерзімнің аяқталуы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="146" />
        <source>Signed on</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="146" />
        <location filename="../app/ui/workorder_screen.py" line="196" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="147" />
        <location filename="../app/ui/workorder_screen.py" line="197" />
        <source>Rate to USD</source>
        <translation>USD-ға бағамы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="147" />
        <source>Base amount</source>
        <translation>Негізгі сома</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="148" />
        <source>Cancellation fee, %</source>
        <translation>Бас тарту ақысы, %</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="148" />
        <source>Flex allowance, per year</source>
        <translation>Өзгермелі төлем, жылына</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="150" />
        <location filename="../app/ui/workorder_screen.py" line="294" />
        <location filename="../app/ui/workorder_screen.py" line="376" />
        <source>Work order</source>
        <translation>Жұмыс тапсырысы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="170" />
        <source>Locations</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="171" />
        <source>Services</source>
        <translation>Қызметтер</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="172" />
        <source>Flex</source>
        <translation>Өзгермелі төлем</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="173" />
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="174" />
        <source>No work order yet. Create one, import a workbook, or load the demo portfolio.</source>
        <translation>Жұмыс тапсырысы әлі жоқ. Тапсырыс құрыңыз, кітап импорттаңыз немесе демо-портфельді жүктеңіз.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="193" />
        <location filename="../app/ui/workorder_screen.py" line="305" />
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="195" />
        <location filename="../app/ui/workorder_screen.py" line="304" />
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="198" />
        <location filename="../app/ui/workorder_screen.py" line="305" />
        <source>Value of one credit</source>
        <translation>Бір кредиттің құны</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="205" />
        <location filename="../app/ui/workorder_screen.py" line="259" />
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="206" />
        <location filename="../app/ui/workorder_screen.py" line="260" />
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="207" />
        <location filename="../app/ui/workorder_screen.py" line="261" />
        <location filename="../app/ui/workorder_screen.py" line="564" />
        <location filename="../app/ui/workorder_screen.py" line="583" />
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="231" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="233" />
        <source>In the Base Package</source>
        <translation>Негізгі бумаға кіреді</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="234" />
        <source>Bought on top of the Base Package</source>
        <translation>Негізгі бумадан тыс сатып алынады</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="235" />
        <location filename="../app/ui/workorder_screen.py" line="295" />
        <location filename="../app/ui/workorder_screen.py" line="307" />
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="237" />
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="238" />
        <location filename="../app/ui/workorder_screen.py" line="303" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="239" />
        <location filename="../app/ui/workorder_screen.py" line="309" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="240" />
        <source>Requested</source>
        <translation>Сұралған</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="244" />
        <source>Delivered</source>
        <translation>Көрсетілді</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="244" />
        <source>Scheduled</source>
        <translation>Белгіленген</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="245" />
        <source>Remaining</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="245" />
        <source>Available</source>
        <translation>Қолжетімді</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="246" />
        <location filename="../app/ui/workorder_screen.py" line="295" />
        <location filename="../app/ui/workorder_screen.py" line="304" />
        <location filename="../app/ui/workorder_screen.py" line="593" />
        <source>Location</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="247" />
        <location filename="../app/ui/workorder_screen.py" line="306" />
        <source>Paid from</source>
        <translation>Төлем көзі</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="248" />
        <location filename="../app/ui/workorder_screen.py" line="303" />
        <source>Unit price</source>
        <translation>Бірлік бағасы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="250" />
        <location filename="../app/ui/workorder_screen.py" line="278" />
        <location filename="../app/ui/workorder_screen.py" line="306" />
        <source>Flex year</source>
        <translation>Өзгермелі төлем жылы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="251" />
        <location filename="../app/ui/workorder_screen.py" line="303" />
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="256" />
        <source>No services bought yet: add the work order's lines with Add….</source>
        <translation>Әзірге қызмет жоқ: тапсырыс жолдарын «Қосу…» батырмасымен қосыңыз.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="279" />
        <source>Allocated</source>
        <translation>Бөлінген</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="280" />
        <source>In USD</source>
        <translation>USD-мен</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="281" />
        <source>Of which credits and custom services</source>
        <translation>Оның ішінде кредиттер мен арнайы қызметтер</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="294" />
        <source>Customer</source>
        <translation>Тұтынушы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="296" />
        <source>Delivery</source>
        <translation>Жеткізу</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="296" />
        <source>Ledger entry</source>
        <translation>Журнал жазбасы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="298" />
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="298" />
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="298" />
        <source>removed</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="299" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="299" />
        <source>First day</source>
        <translation>Бірінші күн</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="300" />
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="300" />
        <source>Requested on</source>
        <translation>Сұралған күні</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="301" />
        <source>Changed on</source>
        <translation>Өзгертілген күні</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="301" />
        <source>Moved from</source>
        <translation>Ауыстырылған күн</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="302" />
        <source>Fee</source>
        <translation>Ақы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="302" />
        <source>Credits</source>
        <translation>Кредиттер</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="302" />
        <source>Hours</source>
        <translation>Сағаттар</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="304" />
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="307" />
        <source>Mode</source>
        <translation>Көрсету түрі</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="307" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="308" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="308" />
        <source>Reference</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="308" />
        <source>Ref</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="309" />
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="309" />
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="312" />
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="313" />
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="314" />
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="315" />
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="316" />
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="317" />
        <source>Old value</source>
        <translation>Бұрынғы мәні</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="319" />
        <source>New value</source>
        <translation>Жаңа мәні</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="351" />
        <source>in line %1</source>
        <translation>%1-жолда</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="358" />
        <source>One pool bought by lines %1: its figures are shown once, on line %2.</source>
        <translation>Бір пул %1 жолдарымен сатып алынған: оның сандары бір рет, %2-жолда көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="380" />
        <source>archived on %1</source>
        <translation>%1 бастап мұрағатта</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="382" />
        <source>Unarchive</source>
        <translation>Мұрағаттан қайтару</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="383" />
        <source>Customer: %1</source>
        <translation>Тұтынушы: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="427" />
        <source>Flex allowance: %1 %2 (USD %3)</source>
        <translation>Өзгермелі төлем: %1 %2 (USD %3)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="429" />
        <source>Allocated to services: %1 %2; not allocated: %3 %2</source>
        <translation>Қызметтерге бөлінген: %1 %2; бөлінбеген: %3 %2</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="432" />
        <source>Cap for proactive credits and custom proactive services: USD %1 (20% of the allowance or USD 50,000, whichever is greater, at most the allowance)</source>
        <translation>Алдын ала берілетін кредиттер мен арнайы алдын ала көрсетілетін қызметтерге шек: USD %1 (төлемнің 20%-ы немесе USD 50 000 — қайсысы көп болса, бірақ төлемнің өзінен аспайды)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="437" />
        <source>May still go to credits under the cap: USD %1</source>
        <translation>Шек ішінде кредиттерге тағы бағыттауға болады: USD %1</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="440" />
        <source>Over the cap by USD %1 (USSD 2.1)</source>
        <translation>Шектен USD %1 асып кеткен (USSD, 2.1-бөлім)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="448" />
        <source>The history of changes is not available in this version.</source>
        <translation>Бұл нұсқада өзгерістер тарихы қолжетімсіз.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="461" />
        <source>The history could not be read: %1</source>
        <translation>Өзгерістер тарихын оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="464" />
        <source>%1 changes, newest first</source>
        <translation>Өзгерістер: %1, алдымен жаңалары</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="501" />
        <location filename="../app/ui/workorder_screen.py" line="593" />
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="524" />
        <source>Archive work order</source>
        <translation>Жұмыс тапсырысын мұрағаттау</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="526" />
        <source>Unarchive work order</source>
        <translation>Жұмыс тапсырысын мұрағаттан қайтару</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="535" />
        <location filename="../app/ui/workorder_screen.py" line="539" />
        <location filename="../app/ui/workorder_screen.py" line="543" />
        <source>Delete work order</source>
        <translation>Жұмыс тапсырысын жою</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="536" />
        <source>%1 has ledger entries: it is not deleted. Archive it first (it is then hidden from the portfolio); an archived work order can be deleted.</source>
        <translation>%1 тапсырысының журналда жазбалары бар: ол жойылмады. Алдымен оны мұрағатқа жіберіңіз (ол портфельден жасырылады); мұрағаттағы тапсырысты жоюға болады.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="540" />
        <source>Delete %1 with its locations, services, deliveries and ledger? Undo (Ctrl+Z) puts it back.</source>
        <translation>%1 тапсырысын орындарымен, қызметтерімен, жеткізулерімен және журналымен жою керек пе? Болдырмау (Ctrl+Z) оны қайтарады.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="541" />
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="562" />
        <location filename="../app/ui/workorder_screen.py" line="566" />
        <source>Remove location</source>
        <translation>Орынды жою</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="563" />
        <source>Remove the support location %1? Lines and deliveries there keep no location.</source>
        <translation>%1 қолдау көрсету орнын жою керек пе? Ондағы жолдар мен жеткізулер орынсыз қалады.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="582" />
        <location filename="../app/ui/workorder_screen.py" line="585" />
        <source>Remove service</source>
        <translation>Қызметті жою</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="583" />
        <source>Remove line %1 from the work order?</source>
        <translation>%1-жолды жұмыс тапсырысынан жою керек пе?</translation>
    </message>
</context>
<context>
    <name>_Base</name>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="130" />
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
</context>
</TS>