<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="284" />
        <source>Request delivery</source>
        <translation>Запрос на оказание услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="284" />
        <source>Schedule delivery</source>
        <translation>Назначить даты оказания</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="285" />
        <location filename="../app/ui/plan_dialogs.py" line="288" />
        <source>Mark delivered</source>
        <translation>Отметить как оказанную</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="285" />
        <source>Reschedule delivery</source>
        <translation>Перенос оказания услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="286" />
        <source>Cancel delivery</source>
        <translation>Отмена оказания услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="286" />
        <source>Reverse delivery</source>
        <translation>Сторнировать оказание</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="287" />
        <source>Request</source>
        <translation>Запросить</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="287" />
        <source>Schedule</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="288" />
        <source>Reschedule</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="289" />
        <source>Cancel the delivery</source>
        <translation>Отменить оказание</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="289" />
        <source>Reverse the delivery</source>
        <translation>Сторнировать</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="305" />
        <source>Record the fee on the delivery and in the ledger</source>
        <translation>Записать плату в услугу и в журнал</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="310" />
        <source>Requested on</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="313" />
        <source>Delivered on</source>
        <translation>Дата оказания</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="317" />
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="318" />
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="337" />
        <source>Cancelling</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="337" />
        <source>Rescheduling</source>
        <translation>Перенос</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="339" />
        <source>%1 now is free: no first day is set.</source>
        <translation>%1 сейчас бесплатна: первый день не назначен.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="341" />
        <source>%1 now is free: changes are free until %2, 14 days before the first day %3 (USSD 2.5).</source>
        <translation>%1 сейчас бесплатна: изменения бесплатны до %2, за 14 дней до первого дня %3 (USSD, разд. 2.5).</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="405" />
        <source>This is before the first day %1: saving asks whether to move the first day to it.</source>
        <translation>Это раньше первого дня %1: при сохранении будет предложено перенести первый день на эту дату.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="446" />
        <source>Draws %1 and %2 from %3 (credits rounded to a whole credit, USSD 2.2).</source>
        <translation>Списывается в месте %3: %1 и %2 (кредиты округляются до целого, USSD, разд. 2.2).</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="462" />
        <source>Delivered on %1 is before the first day %2. Move the first day to %1 and mark it delivered?</source>
        <translation>Дата оказания %1 раньше первого дня %2. Перенести первый день на %1 и отметить оказание?</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="464" />
        <source>Move the first day</source>
        <translation>Перенести первый день</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="464" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="353" />
        <source>The fee is recorded on the delivery and drawn from the ledger of %1.</source>
        <translation>Плата записывается в услугу и списывается в журнале места %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="347" />
        <source>%1 now, %2 before the first day, may cost %3% of the price: %4 (USSD 2.5).</source>
        <translation>%1 сейчас, за %2 до первого дня, может стоить до %3% цены: %4 (USSD, разд. 2.5).</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="356" />
        <source>The fee is recorded on the delivery.</source>
        <translation>Плата записывается в услугу.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="358" />
        <source>The fee will not be recorded.</source>
        <translation>Плата не будет записана.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="371" />
        <source>%1 — fee %2</source>
        <translation>%1 — плата %2</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="398" />
        <source>The last request day of this work order is %1 (USSD 2.6).</source>
        <translation>Последний день запроса по этому заказу — %1 (USSD, разд. 2.6).</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="409" />
        <source>The delivery is scheduled again; what its draws took is given back by an adjustment of its own (the draw stays in the ledger). Undo takes it back.</source>
        <translation>Оказание снова назначено; списанное возвращается отдельной корректировкой (списание остаётся в журнале). Отмена действия вернёт всё как было.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="424" />
        <source>No new warning: the contract's rules are kept.</source>
        <translation>Новых предупреждений нет: правила договора соблюдены.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="445" />
        <source>Nothing is drawn from the ledger.</source>
        <translation>Из журнала ничего не списывается.</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../app/ui/attention_view.py" line="62" />
        <source>What</source>
        <extracomment>(work order, subject kind, subject key) of a row opened by a double-click or Enter</extracomment>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="62" />
        <source>Work order</source>
        <translation>Заказ на выполнение работ</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="62" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="62" />
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="63" />
        <source>Action needed</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="301" />
        <source>Needs attention: %1 overdue · %2 this week · %3 in the next 30 days</source>
        <translation>Требует внимания: просрочено %1 · на этой неделе %2 · в ближайшие 30 дней %3</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="303" />
        <source>Nothing needs attention in the next 30 days.</source>
        <translation>В ближайшие 30 дней ничего не требует внимания.</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <location filename="../app/ui/context.py" line="41" />
        <source>New work order</source>
        <translation>Новый заказ на выполнение работ</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="42" />
        <source>Edit work order</source>
        <translation>Изменение заказа</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="43" />
        <source>Archive work order</source>
        <translation>Архивирование заказа</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="44" />
        <source>Unarchive work order</source>
        <translation>Возврат заказа из архива</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="45" />
        <source>Delete work order</source>
        <translation>Удаление заказа</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="46" />
        <source>Add location</source>
        <translation>Добавление места</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="47" />
        <source>Edit location</source>
        <translation>Изменение места</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="48" />
        <source>Remove location</source>
        <translation>Удаление места</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="49" />
        <source>Add service</source>
        <translation>Добавление услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="50" />
        <source>Edit service</source>
        <translation>Изменение услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="51" />
        <source>Remove service</source>
        <translation>Удаление услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="52" />
        <source>New delivery</source>
        <translation>Новое оказание услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="53" />
        <source>Edit delivery</source>
        <translation>Изменение оказания услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="54" />
        <source>Request delivery</source>
        <translation>Запрос на оказание услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="55" />
        <source>Schedule delivery</source>
        <translation>Назначить даты оказания</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="56" />
        <source>Mark delivered</source>
        <translation>Отметить как оказанную</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="57" />
        <source>Cancel delivery</source>
        <translation>Отмена оказания услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="58" />
        <source>Reschedule delivery</source>
        <translation>Перенос оказания услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="59" />
        <source>Remove delivery</source>
        <translation>Удаление оказания услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="60" />
        <source>Reverse delivery</source>
        <translation>Сторнировать оказание</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="61" />
        <source>Grant</source>
        <translation>Начисление</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="62" />
        <source>Draw</source>
        <translation>Списание</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="63" />
        <source>Adjust</source>
        <translation>Корректировка</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="64" />
        <source>Fee</source>
        <translation>Плата</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="65" />
        <source>Expiry</source>
        <translation>Истечение срока</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="66" />
        <source>Transfer credits</source>
        <translation>Перевод кредитов</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="67" />
        <source>Import workbook</source>
        <translation>Импорт книги</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="116" />
        <source>the data changed since; nothing was written</source>
        <translation>данные с тех пор изменились; ничего не записано</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="123" />
        <source>%1; nothing was written</source>
        <translation>%1; ничего не записано</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="463" />
        <source>“%1” was not saved: the record was changed or removed meanwhile. Nothing of it was written; the window shows the data as stored.</source>
        <extracomment>The data changed (an import, another database, the first load, an edit that adds, removes or renames a work order): every screen reads it again. Only these work orders (numbers) changed (an edit, its undo or redo): the snapshot holds them read and checked anew, the screens update their rows in place. While the first read runs: the work orders alone have been read (``preview``), the Portfolio shows their rows, its figures still being computed. The work order the screens show (its number). A screen asks the window to show something: (screen name, subject kind, key). An undo or redo could not be applied: (what, why). An edit was refused by the database or the disk (full, read-only, gone…): the message (what, why, nothing saved). The data has been read again from the file already. The background read of the portfolio failed: why (one line). The database (given by path, opened by the background task) could not be opened: the DatabaseError, for the window to ask what to do (read-only copy, restore a backup). True while a background task reads the portfolio: the screens show it empty meanwhile. The work orders without their contents, while the first read runs (else None).</extracomment>
        <translation>«%1» не сохранено: запись тем временем изменили или удалили. Ничего из этого не записано; в окне показаны данные в том виде, в каком они сохранены.</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="466" />
        <location filename="../app/ui/context.py" line="471" />
        <source>The change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../app/ui/columns.py" line="36" />
        <source>Columns shown</source>
        <translation>Показанные столбцы</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../app/ui/widgets.py" line="93" />
        <source>is not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets.py" line="173" />
        <location filename="../app/ui/widgets.py" line="188" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets.py" line="200" />
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../app/ui/date_field.py" line="164" />
        <source>DD</source>
        <comment>day letters</comment>
        <extracomment>the value changed (read it with value())</extracomment>
        <translation>ДД</translation>
    </message>
    <message>
        <location filename="../app/ui/date_field.py" line="164" />
        <source>MM</source>
        <comment>month letters</comment>
        <translation>ММ</translation>
    </message>
    <message>
        <location filename="../app/ui/date_field.py" line="165" />
        <source>YYYY</source>
        <comment>year letters</comment>
        <translation>ГГГГ</translation>
    </message>
</context>
<context>
    <name>DeadlinesScreen</name>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="28" />
        <source>All severities</source>
        <translation>Любой уровень</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="32" />
        <source>All rules</source>
        <translation>Все правила</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="37" />
        <source>Any time</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="37" />
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="38" />
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="38" />
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="49" />
        <location filename="../app/ui/deadlines_screen.py" line="59" />
        <source>Severity</source>
        <translation>Уровень серьёзности</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="49" />
        <location filename="../app/ui/deadlines_screen.py" line="62" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="50" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="50" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="63" />
        <source>Work order</source>
        <translation>Заказ на выполнение работ</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="64" />
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="65" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="66" />
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="69" />
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="74" />
        <source>Nothing needs attention.</source>
        <translation>Ничто не требует внимания.</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="75" />
        <source>No finding matches the filters: clear them to see all.</source>
        <translation>Ни одно замечание не подходит под фильтры: сбросьте их, чтобы увидеть все.</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="87" />
        <source>Double-click or press Enter on a row to open what it is about.</source>
        <translation>Дважды щёлкните строку или нажмите Enter, чтобы открыть, к чему она относится.</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="113" />
        <source>All customers</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="144" />
        <source>Hide past (%1)</source>
        <translation>Скрыть прошедшие (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="144" />
        <source>Show past (%1)</source>
        <translation>Показать прошедшие (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="148" />
        <source>%1 of %2 findings</source>
        <translation>Замечаний: %1 из %2</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="158" />
        <source>Edit delivery</source>
        <translation>Изменение оказания услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="158" />
        <source>New delivery</source>
        <translation>Новое оказание услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="159" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="194" />
        <source>Travel prepaid (USSD 2.5)</source>
        <translation>Командировочные оплачены (USSD, разд. 2.5)</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="196" />
        <source>Purchased service</source>
        <translation>Купленная услуга</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="197" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="198" />
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="199" />
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="200" />
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="201" />
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="202" />
        <source>Credits</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="203" />
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="209" />
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="211" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="249" />
        <source>%1 (derived)</source>
        <translation>%1 (рассчитано)</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="266" />
        <source>No new warning: the contract's rules are kept.</source>
        <translation>Новых предупреждений нет: правила договора соблюдены.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="31" />
        <source>Grant credits and hours</source>
        <translation>Начислить кредиты и часы</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="31" />
        <source>Draw credits and hours</source>
        <translation>Списать кредиты и часы</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="32" />
        <source>Adjust the balance</source>
        <translation>Скорректировать остаток</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="33" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="45" />
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="46" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="47" />
        <source>Credits</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="48" />
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="49" />
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="50" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="52" />
        <source>A negative amount lowers the balance.</source>
        <translation>Отрицательная сумма уменьшает остаток.</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="77" />
        <source>Balance now: %1, %2. After this entry: %3, %4.</source>
        <translation>Остаток сейчас: %1, %2. После записи: %3, %4.</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../app/ui/failures.py" line="131" />
        <source>the disk is full</source>
        <extracomment>Bidirectional embeddings, overrides and isolates: they reorder what follows them on screen. C0 controls (but tab and newline), DEL and C1 controls. Why a write failed, by SQLite's message (as SQLite words it, stable across versions).</extracomment>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="132" />
        <source>the database file or its folder is read-only</source>
        <translation>файл базы данных или его папка доступны только для чтения</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="133" />
        <source>you have no permission to write to the database file</source>
        <translation>нет прав на запись в файл базы данных</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="134" />
        <source>the database is busy in another program</source>
        <translation>база данных занята другой программой</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="135" />
        <source>the database file can no longer be reached (a removed drive or a network folder that went away?)</source>
        <translation>файл базы данных больше недоступен (извлечён диск или пропала сетевая папка?)</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="137" />
        <source>the disk refused to write (the file may be protected, or its drive or network folder is gone)</source>
        <translation>диск отказал в записи (файл может быть защищён, или его диск либо сетевая папка недоступны)</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="139" />
        <source>the file name is too long</source>
        <translation>слишком длинное имя файла</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="140" />
        <source>the database file is damaged</source>
        <translation>файл базы данных повреждён</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="142" />
        <source>the database refused the change</source>
        <translation>база данных не приняла изменение</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="149" />
        <source>“%1” was not saved: %2. Nothing of it was written; the window shows the data as stored.</source>
        <translation>«%1» не сохранено: %2. Ничего из этого не записано; в окне показаны данные в том виде, в каком они сохранены.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="180" />
        <source>Something could not be done: %1.</source>
        <translation>Не удалось выполнить действие: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="182" />
        <source>Something went wrong that Unified Planner did not expect (%1). Your saved data is safe; the last action may not have been done.</source>
        <translation>Произошла непредвиденная ошибка Unified Planner (%1). Сохранённые данные в безопасности; последнее действие могло не выполниться.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="186" />
        <source>The details are in %1.</source>
        <translation>Подробности — в файле %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="187" />
        <source>The details could not be written to a log.</source>
        <translation>Подробности не удалось записать в журнал.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="201" />
        <source>unexpected error (%1)</source>
        <translation>непредвиденная ошибка (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="203" />
        <source>details in %1</source>
        <translation>подробности — в %1</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="231" />
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <location filename="../app/ui/find.py" line="28" />
        <source>Find in this table…</source>
        <translation>Найти в этой таблице…</translation>
    </message>
    <message>
        <location filename="../app/ui/find.py" line="35" />
        <source>Show all rows (Esc)</source>
        <translation>Показать все строки (Esc)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="218" />
        <source>Welcome to Unified Planner</source>
        <translation>Добро пожаловать в Unified Planner</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="220" />
        <source>This database holds no work order yet. Load the demo portfolio to look around (five work orders of customers in Kazakhstan and neighbouring countries), or start empty and create or import your own.</source>
        <translation>В этой базе пока нет ни одного заказа. Загрузите демонстрационный портфель, чтобы осмотреться (пять заказов клиентов в Казахстане и соседних странах), или начните с пустой базы и создайте или импортируйте свои заказы.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="224" />
        <source>Load the demo portfolio</source>
        <translation>Загрузить демо-портфель</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="226" />
        <source>Start empty</source>
        <translation>Начать с пустой базы</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../app/ui/forms.py" line="54" />
        <source>Cancel</source>
        <extracomment>the field an AmountError from the save belongs to</extracomment>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../app/ui/forms.py" line="61" />
        <source>Before you confirm:</source>
        <translation>Прежде чем подтвердить:</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../app/ui/help.py" line="70" />
        <location filename="../app/ui/help.py" line="170" />
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="79" />
        <source>Find in the current table</source>
        <translation>Поиск в текущей таблице</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="81" />
        <source>Open the calendar of a date field</source>
        <translation>Открыть календарь поля даты</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="82" />
        <source>Next or previous day in a date field</source>
        <translation>Следующий или предыдущий день в поле даты</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="85" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="85" />
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="103" />
        <location filename="../app/ui/help.py" line="169" />
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="111" />
        <source>The user guide is part of the installed package; this copy runs without it. See README.md beside the program.</source>
        <translation>Руководство входит в установленный пакет; эта копия запущена без него. См. README.md рядом с программой.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="124" />
        <location filename="../app/ui/help.py" line="172" />
        <source>About Unified Planner</source>
        <translation>О программе Unified Planner</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="136" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="137" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="138" />
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="139" />
        <source>Error log</source>
        <translation>Журнал ошибок</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="144" />
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="157" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../app/ui/history_view.py" line="61" />
        <source>line %1</source>
        <extracomment>fields holding one of the vocabularies of app.texts</extracomment>
        <translation>строка %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../app/ui/import_dialog.py" line="91" />
        <source>Import a work order workbook</source>
        <extracomment>after a successful import: the change it made (for the window's Undo) and its words</extracomment>
        <translation>Импорт книги заказа</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="96" />
        <source>No workbook chosen</source>
        <translation>Книга не выбрана</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="97" />
        <source>Choose a workbook…</source>
        <translation>Выбрать книгу…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="106" />
        <source>Choose a workbook to see what it would change.</source>
        <translation>Выберите книгу, чтобы увидеть, что она изменит.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="116" />
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="117" />
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="118" />
        <source>Service matches</source>
        <translation>Сопоставление услуг</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="119" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="133" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="134" />
        <source>Save error workbook…</source>
        <translation>Сохранить книгу с ошибками…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="136" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="205" />
        <source>Choose a workbook</source>
        <translation>Выберите книгу</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="499" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="244" />
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="121" />
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="123" />
        <source>Remember the columns and services chosen as the import profile</source>
        <translation>Запомнить выбранные столбцы и услуги как профиль импорта</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="125" />
        <source>Profile name, e.g. the supplier</source>
        <translation>Имя профиля, например поставщик</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="173" />
        <location filename="../app/ui/import_dialog.py" line="177" />
        <source>detected</source>
        <translation>определено автоматически</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="178" />
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="183" />
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="185" />
        <source>Separator</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="189" />
        <source>Choose what each column is, or ignore it; the first rows of the file are shown under the choices.</source>
        <translation>Выберите, что означает каждый столбец, или пропустите его; под выбором показаны первые строки файла.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="196" />
        <source>Read the file again with these choices</source>
        <translation>Прочитать файл заново с этим выбором</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="206" />
        <source>Workbooks and CSV files (*.xlsx *.xlsm *.ods *.xls *.csv *.tsv *.txt);;Excel workbook (*.xlsx *.xlsm);;OpenDocument spreadsheet (*.ods);;Excel 97-2003 workbook (*.xls);;CSV file (*.csv *.tsv *.txt)</source>
        <translation>Книги и файлы CSV (*.xlsx *.xlsm *.ods *.xls *.csv *.tsv *.txt);;Книга Excel (*.xlsx *.xlsm);;Таблица OpenDocument (*.ods);;Книга Excel 97-2003 (*.xls);;Файл CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="256" />
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="274" />
        <source>The workbook cannot be read: %1</source>
        <translation>Не удаётся прочитать книгу: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="295" />
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation>Новых: %1, изменённых: %2, без изменений: %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="298" />
        <source>Rejected: %1 problems. Nothing will be written until they are fixed.</source>
        <translation>Отклонено: ошибок — %1. Ничего не будет записано, пока они не исправлены.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="306" />
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="306" />
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="306" />
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="335" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="335" />
        <location filename="../app/ui/import_dialog.py" line="338" />
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="335" />
        <location filename="../app/ui/import_dialog.py" line="338" />
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="335" />
        <source>Work order</source>
        <translation>Заказ на выполнение работ</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="335" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="336" />
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="338" />
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="338" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="338" />
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="343" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="347" />
        <source>Problems (%1)</source>
        <translation>Ошибки (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="359" />
        <source>Every service name matches the catalog.</source>
        <translation>Все названия услуг есть в каталоге.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="362" />
        <source>These service names are not in the catalog. Choose the service each one means; nothing is taken without your choice.</source>
        <translation>Этих названий услуг нет в каталоге. Выберите, какая услуга имеется в виду; без вашего выбора ничего не берётся.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="367" />
        <source>— choose a service —</source>
        <translation>— выберите услугу —</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="369" />
        <source>Proposed: %1</source>
        <translation>Предлагается: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="378" />
        <source>Use these services and check again</source>
        <translation>Взять эти услуги и проверить снова</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="404" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="407" />
        <source>— ignore —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="432" />
        <source>Read as CSV: encoding %1, separator %2</source>
        <translation>Прочитано как CSV: кодировка %1, разделитель %2</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="471" />
        <source>Nothing was imported: %1. The database is as it was.</source>
        <translation>Ничего не импортировано: %1. База данных осталась прежней.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="498" />
        <source>Save error workbook</source>
        <translation>Сохранить книгу с ошибками</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="512" />
        <source>Error workbook saved: %1</source>
        <translation>Книга с ошибками сохранена: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="516" />
        <source>The error workbook cannot be written: %1</source>
        <translation>Не удаётся записать книгу с ошибками: %1</translation>
    </message>
</context>
<context>
    <name>LedgerScreen</name>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="113" />
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="114" />
        <location filename="../app/ui/ledger_screen.py" line="126" />
        <source>Credits</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="116" />
        <location filename="../app/ui/ledger_screen.py" line="127" />
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="124" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="125" />
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="128" />
        <source>Credit balance</source>
        <translation>Остаток кредитов</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="130" />
        <source>Hours balance</source>
        <translation>Остаток часов</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="132" />
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="133" />
        <source>Other location</source>
        <translation>Другое место</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="134" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="138" />
        <source>No entries for this location yet: record a grant with Grant….</source>
        <translation>По этой стране записей пока нет: запишите начисление кнопкой «Начислить…».</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="150" />
        <source>All entries</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="152" />
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="153" />
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="158" />
        <source>Grant…</source>
        <translation>Начислить…</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="158" />
        <source>Draw…</source>
        <translation>Списать…</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="159" />
        <source>Adjust…</source>
        <translation>Скорректировать…</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="159" />
        <source>Transfer…</source>
        <translation>Перевести…</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="170" />
        <source>Support locations</source>
        <translation>Места оказания поддержки</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="202" />
        <location filename="../app/ui/ledger_screen.py" line="283" />
        <source>Credits and hours</source>
        <translation>Кредиты и часы</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="251" />
        <source>Credit balance of %1 over the term</source>
        <translation>Остаток кредитов %1 за срок действия</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="268" />
        <source>%1 of %2 entries</source>
        <translation>%1 из %2 записей</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="284" />
        <source>Ledger entries are never removed: record a correcting adjustment instead (Adjust…).</source>
        <translation>Записи журнала не удаляются: вместо этого внесите исправляющую корректировку («Скорректировать…»).</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="129" />
        <source>Edit purchased service</source>
        <translation>Изменить купленную услугу</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="129" />
        <source>Add purchased service</source>
        <translation>Добавить купленную услугу</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="130" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="136" />
        <source>Search the catalog…</source>
        <translation>Поиск в каталоге…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="139" />
        <source>In the Base Package</source>
        <translation>Входит в Базовый пакет</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="140" />
        <source>Bought on top of the Base Package</source>
        <translation>Покупается сверх Базового пакета</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="141" />
        <location filename="../app/ui/workorder_dialogs.py" line="166" />
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="142" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="143" />
        <location filename="../app/ui/workorder_dialogs.py" line="185" />
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="161" />
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="181" />
        <source>The flex allowance is per year (USSD 2.1): a line bought with flex draws on the allowance of this year</source>
        <translation>Гибкий лимит — годовой (USSD 2.1): строка за счёт гибкого лимита расходует лимит этого года</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="184" />
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="186" />
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="187" />
        <source>Paid from</source>
        <translation>Источник оплаты</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="188" />
        <source>Unit price (%1)</source>
        <translation>Цена за единицу (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="189" />
        <source>Flex year</source>
        <translation>Год гибкого лимита</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="190" />
        <source>Travel prepaid (USSD 2.5)</source>
        <translation>Командировочные оплачены (USSD, разд. 2.5)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="192" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="80" />
        <source>Edit support location</source>
        <translation>Изменить место оказания поддержки</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="80" />
        <source>Add support location</source>
        <translation>Добавить место оказания поддержки</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="81" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="98" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="99" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="100" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="101" />
        <source>Rate to USD</source>
        <translation>Курс к USD</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="102" />
        <source>Value of one credit</source>
        <translation>Стоимость одного кредита</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/ui/main.py" line="38" />
        <source>Database in use</source>
        <translation>База данных занята</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="39" />
        <source>%1 is open in another copy of Unified Planner. Open it read-only? You can look at everything but change nothing.</source>
        <translation>%1 открыта в другой копии Unified Planner. Открыть только для чтения? Смотреть можно всё, менять — ничего.</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="42" />
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="43" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="56" />
        <source>Database damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="58" />
        <source>%1 is damaged and there is no good backup of it to restore. The file has been left as it is.</source>
        <translation>Файл %1 повреждён, и исправной резервной копии для восстановления нет. Файл оставлен как есть.</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="64" />
        <source>%1 is damaged: it failed the integrity check. Restore the newest good backup, made %2? The damaged file is kept beside the backups.</source>
        <translation>Файл %1 повреждён: он не прошёл проверку целостности. Восстановить последнюю исправную резервную копию от %2? Повреждённый файл сохранится рядом с резервными копиями.</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="67" />
        <source>Restore the backup</source>
        <translation>Восстановить копию</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="68" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="109" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="109" />
        <source>The demo portfolio was not loaded: %1. Nothing was written.</source>
        <translation>Демо-портфель не загружен: %1. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/window.py" line="180" />
        <location filename="../app/ui/window.py" line="331" />
        <source>Reading the portfolio…</source>
        <extracomment>The language was changed in Settings: the application rebuilds the window. The portfolio has been read and checked (at once, or by the background task). The Portfolio table shows the work orders' rows: the first ones read alone (their figures being computed), or the whole portfolio, whichever comes first after the start. The exit code when the window closed because its database could not be opened.</extracomment>
        <translation>Чтение портфеля…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="181" />
        <source>Reading and checking the portfolio…</source>
        <translation>Чтение и проверка портфеля…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="182" />
        <source>Checking the portfolio…</source>
        <translation>Проверка портфеля…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="223" />
        <source>The portfolio could not be read: %1</source>
        <translation>Не удалось прочитать портфель: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="229" />
        <location filename="../app/ui/window.py" line="578" />
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="233" />
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="246" />
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="247" />
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="248" />
        <source>Take offline…</source>
        <translation>Взять на ноутбук…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="249" />
        <source>Bring offline changes back…</source>
        <translation>Вернуть изменения из копии с ноутбука…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="250" />
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="251" />
        <source>New work order…</source>
        <translation>Новый заказ…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="252" />
        <source>Open database…</source>
        <translation>Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="253" />
        <location filename="../app/ui/window.py" line="787" />
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="254" />
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="255" />
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="260" />
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="265" />
        <source>Work order:</source>
        <translation>Заказ:</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="272" />
        <source>Search customer or number…</source>
        <translation>Поиск по клиенту или номеру…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="290" />
        <source>Portfolio</source>
        <translation>Портфель</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="290" />
        <source>Work order</source>
        <translation>Заказ на выполнение работ</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="290" />
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="291" />
        <source>Credits and hours</source>
        <translation>Кредиты и часы</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="291" />
        <source>Deadlines</source>
        <translation>Крайние сроки</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="292" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="292" />
        <source>Contract reference</source>
        <translation>Справка по договору</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="384" />
        <source>No work orders yet. Create a work order or import a workbook.</source>
        <translation>Заказов пока нет. Создайте заказ или импортируйте книгу.</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="410" />
        <source>Reports are not available: %1</source>
        <translation>Отчёты недоступны: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="433" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="438" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="441" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="533" />
        <source>Backups: by the database server</source>
        <translation>Резервные копии: на сервере базы данных</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="534" />
        <location filename="../app/ui/window.py" line="560" />
        <source>A team database is backed up with pg_dump: unified-planner backup --db … OUT.dump</source>
        <translation>Резервная копия командной базы делается через pg_dump: unified-planner backup --db … OUT.dump</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="668" />
        <source>Show the history</source>
        <translation>Показать историю</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="747" />
        <source>Read-only: the file or its folder cannot be written</source>
        <translation>Только чтение: в файл или его папку нельзя записывать</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="749" />
        <source>Read-only: another copy has the file open</source>
        <translation>Только чтение: файл открыт в другой копии</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="467" />
        <source>Open Deadlines (Ctrl+5)</source>
        <translation>Открыть «Крайние сроки» (Ctrl+5)</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="525" />
        <source>Errors: %1 · Warnings: %2</source>
        <translation>Ошибки: %1 · Предупреждения: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="527" />
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="538" />
        <source>Last backup: %1</source>
        <translation>Последняя резервная копия: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="542" />
        <source>Daily backup failed: %1</source>
        <translation>Ежедневная резервная копия не создана: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="543" />
        <source>Use File &gt; Back up now once the cause is fixed.</source>
        <translation>Когда причина устранена, выберите Файл &gt; Создать резервную копию.</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="574" />
        <source>never</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="578" />
        <source>%1 could not be applied: %2</source>
        <translation>Не удалось выполнить «%1»: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="585" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="645" />
        <location filename="../app/ui/window.py" line="659" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="645" />
        <source>Import is not available: %1</source>
        <translation>Импорт недоступен: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="724" />
        <source>Export the portfolio</source>
        <translation>Экспорт портфеля</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="725" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="740" />
        <source>Exported %1 work orders to %2</source>
        <translation>Экспортировано заказов: %1, файл %2</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="741" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="785" />
        <source>Backed up to %1</source>
        <translation>Резервная копия: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="793" />
        <location filename="../app/ui/window.py" line="804" />
        <location filename="../app/ui/window.py" line="810" />
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="794" />
        <location filename="../app/ui/window.py" line="818" />
        <source>Planner database (*.db)</source>
        <translation>База данных Planner (*.db)</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="805" />
        <source>Replace the data with the backup %1? The current data is kept as a backup first.</source>
        <translation>Заменить данные резервной копией %1? Текущие данные сначала сохраняются в резервную копию.</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="806" />
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="812" />
        <source>Restored from %1</source>
        <translation>Восстановлено из %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="201" />
        <location filename="../app/ui/window.py" line="817" />
        <location filename="../app/ui/window.py" line="832" />
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
</context>
<context>
    <name>NewWorkOrderDialog</name>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="37" />
        <source>New work order</source>
        <translation>Новый заказ на выполнение работ</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="37" />
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="51" />
        <source>Work order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="52" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="53" />
        <source>Term start</source>
        <translation>Начало срока</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="54" />
        <source>Term end</source>
        <translation>Окончание срока</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="55" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="56" />
        <source>Cancellation fee, %</source>
        <translation>Плата за отмену, %</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <location filename="../app/ui/plan_screen.py" line="157" />
        <source>Ref</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="159" />
        <location filename="../app/ui/plan_screen.py" line="426" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="162" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="175" />
        <location filename="../app/ui/plan_screen.py" line="427" />
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="178" />
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="179" />
        <location filename="../app/ui/plan_screen.py" line="428" />
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="180" />
        <location filename="../app/ui/plan_screen.py" line="429" />
        <source>Requested on</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="163" />
        <location filename="../app/ui/plan_screen.py" line="430" />
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="164" />
        <location filename="../app/ui/plan_screen.py" line="431" />
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="165" />
        <location filename="../app/ui/plan_screen.py" line="296" />
        <source>Last free day</source>
        <translation>Последний бесплатный день</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="167" />
        <location filename="../app/ui/plan_screen.py" line="432" />
        <source>Credits</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="169" />
        <location filename="../app/ui/plan_screen.py" line="433" />
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="171" />
        <location filename="../app/ui/plan_screen.py" line="440" />
        <source>Fee</source>
        <translation>Плата</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="173" />
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="187" />
        <source>No deliveries yet: add one with New…, or import a workbook.</source>
        <translation>Оказаний услуг пока нет: добавьте кнопкой «Новая…» или импортируйте книгу Excel.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="199" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="201" />
        <source>All services</source>
        <translation>Все услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="202" />
        <source>All locations</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="203" />
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="204" />
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="211" />
        <source>New…</source>
        <translation>Новая…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="211" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="212" />
        <source>Request…</source>
        <translation>Запросить…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="212" />
        <source>Schedule…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="213" />
        <source>Deliver…</source>
        <translation>Оказана…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="213" />
        <source>Reschedule…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="214" />
        <source>Cancel…</source>
        <translation>Отменить…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="214" />
        <source>Reverse…</source>
        <translation>Сторно…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="215" />
        <location filename="../app/ui/plan_screen.py" line="462" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="254" />
        <source>Term</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="254" />
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="254" />
        <location filename="../app/ui/plan_screen.py" line="277" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="257" />
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="257" />
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="263" />
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="276" />
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="291" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="291" />
        <location filename="../app/ui/plan_screen.py" line="296" />
        <source>Last request day</source>
        <translation>Последний день запроса</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="292" />
        <location filename="../app/ui/plan_screen.py" line="299" />
        <source>Term end</source>
        <translation>Окончание срока</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="292" />
        <source>no dates yet</source>
        <translation>даты ещё не назначены</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="293" />
        <location filename="../app/ui/plan_screen.py" line="314" />
        <source>No work order selected</source>
        <translation>Заказ не выбран</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="297" />
        <source>Confirm the event in writing</source>
        <translation>Подтвердить мероприятие письменно</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="297" />
        <source>Onboarding due</source>
        <translation>Срок подключения</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="298" />
        <source>Convert SAB days</source>
        <translation>Конвертировать дни SAB</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="298" />
        <source>Flex year ends</source>
        <translation>Конец года гибкого бюджета</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="299" />
        <source>Public holidays</source>
        <translation>Праздничные дни</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="300" />
        <source>Nothing planned this month.</source>
        <translation>В этом месяце ничего не запланировано.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="313" />
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="318" />
        <source>Term %1 – %2 · last request day %3 · cancellation fee %4%</source>
        <translation>Срок %1 – %2 · последний день запроса %3 · плата за отмену %4%</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="360" />
        <source>%1 of %2 deliveries</source>
        <translation>%1 из %2 услуг</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="416" />
        <source>Select a delivery to see its details.</source>
        <translation>Выберите оказание услуги, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="436" />
        <source>Moved from</source>
        <translation>Перенесено с</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="438" />
        <source>Changed on</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="442" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="461" />
        <location filename="../app/ui/plan_screen.py" line="468" />
        <source>Remove delivery</source>
        <translation>Удаление оказания услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="462" />
        <source>Remove the planned delivery %1?</source>
        <translation>Удалить запланированное оказание %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="472" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>PortfolioScreen</name>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="114" />
        <source>Filter by customer or work order…</source>
        <extracomment>Only the work order's own row is read yet: its figures are being computed.</extracomment>
        <translation>Фильтр по клиенту или заказу…</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="116" />
        <source>Only with problems</source>
        <translation>Только с проблемами</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="118" />
        <source>Show archived</source>
        <translation>Показать архивные</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="122" />
        <source>Filter:</source>
        <translation>Фильтр:</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="134" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="135" />
        <source>Work order</source>
        <translation>Заказ на выполнение работ</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="136" />
        <source>Term</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="138" />
        <source>Term passed</source>
        <translation>Прошло срока</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="142" />
        <source>Credits left</source>
        <translation>Осталось кредитов</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="145" />
        <source>Hours left</source>
        <translation>Осталось часов</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="147" />
        <source>Credits available</source>
        <translation>Доступно кредитов</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="147" />
        <source>Credits at risk</source>
        <translation>Кредиты под угрозой</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="228" />
        <source>Left unused by the term end at the pace of the last 90 days</source>
        <translation>Останется неиспользованным к концу срока при темпе последних 90 дней</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="148" />
        <source>Hours available</source>
        <translation>Доступно часов</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="148" />
        <source>Hours at risk</source>
        <translation>Часы под угрозой</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="159" />
        <source>Next deadline</source>
        <translation>Ближайший крайний срок</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="196" />
        <source>Double-click a work order or a row of Needs attention to open it.</source>
        <translation>Дважды щёлкните заказ или строку «Требует внимания», чтобы открыть.</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="241" />
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="149" />
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="155" />
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="157" />
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="302" />
        <source>%1 of %2 work orders</source>
        <translation>Заказов: %1 из %2</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="86" />
        <source>the record is no longer there</source>
        <extracomment>drawn marks (icons.mark_html), never glyphs such as ⛔ that show as empty boxes without the font</extracomment>
        <translation>этой записи больше нет</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="88" />
        <source>unexpected error (%1)</source>
        <translation>непредвиденная ошибка (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="89" />
        <source>The consequences could not be worked out: %1. Check the contract's rules yourself before you confirm.</source>
        <translation>Последствия рассчитать не удалось: %1. Проверьте правила контракта сами, прежде чем подтвердить.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="32" />
        <source>Import profiles</source>
        <translation>Профили импорта</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="39" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="39" />
        <source>As written in the file</source>
        <translation>Как в файле</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="40" />
        <source>Read as</source>
        <translation>Читается как</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="48" />
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="49" />
        <source>Delete the profile</source>
        <translation>Удалить профиль</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="50" />
        <source>Forget the selected answer</source>
        <translation>Забыть выбранный ответ</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="64" />
        <source>A profile is applied by itself to a file with the same headers as the one it was saved from; it travels with the exported portfolio.</source>
        <translation>Профиль сам применяется к файлу с теми же заголовками, что у файла, из которого он сохранён; он переносится вместе с экспортом портфеля.</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="69" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="92" />
        <source>No import profile yet: tick “Remember … as the import profile” when you import a file.</source>
        <translation>Профилей импорта пока нет: при импорте файла отметьте «Запомнить … как профиль импорта».</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="110" />
        <source>ignored</source>
        <translation>пропускается</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="120" />
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="120" />
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="168" />
        <source>Rename the profile</source>
        <translation>Переименование профиля</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="168" />
        <source>New name</source>
        <translation>Новое имя</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../app/ui/reports_screen.py" line="93" />
        <source>All work orders active in the quarter</source>
        <extracomment>``check_settings()``: the Settings' reminder days, for the calendar's alarms</extracomment>
        <translation>Все заказы, действующие в квартале</translation>
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
        <translation>Внутренняя редакция (замечания, правила, примечания)</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="102" />
        <source>Off: the customer edition, to hand over.</source>
        <translation>Выключено: редакция для клиента, для передачи.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="105" />
        <location filename="../app/ui/reports_screen.py" line="238" />
        <source>Folder for the statements</source>
        <translation>Папка для отчётов</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="108" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="110" />
        <source>Render statements</source>
        <translation>Сформировать отчёты</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="112" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="121" />
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="123" />
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="125" />
        <location filename="../app/ui/reports_screen.py" line="330" />
        <location filename="../app/ui/reports_screen.py" line="340" />
        <location filename="../app/ui/reports_screen.py" line="343" />
        <source>Calendar (.ics)…</source>
        <translation>Календарь (.ics)…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="129" />
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="130" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="136" />
        <source>Formats</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="140" />
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="148" />
        <source>Quarterly statements</source>
        <translation>Квартальные отчёты</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="156" />
        <source>Work orders</source>
        <translation>Заказы на выполнение работ</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="186" />
        <location filename="../app/ui/reports_screen.py" line="248" />
        <source>Not a quarter (expected like 2026Q4).</source>
        <translation>Это не квартал (ожидается вида 2026Q4).</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="252" />
        <source>Choose PDF, Excel or both.</source>
        <translation>Выберите PDF, Excel или оба.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="256" />
        <source>Choose a folder for the statements.</source>
        <translation>Выберите папку для отчётов.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="260" />
        <source>Tick at least one work order.</source>
        <translation>Отметьте хотя бы один заказ.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="274" />
        <source>Rendering…</source>
        <translation>Формирование…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="282" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="289" />
        <source>%1 of %2 statements</source>
        <translation>Отчётов: %1 из %2</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="296" />
        <source>Cancelled: %1 of %2 statements written.</source>
        <translation>Прервано: записано отчётов %1 из %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="298" />
        <source>No work order is active in this quarter.</source>
        <translation>В этом квартале нет действующих заказов.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="300" />
        <source>Done: %1 of %2 statements written.</source>
        <translation>Готово: записано отчётов %1 из %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="308" />
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="332" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="345" />
        <source>Calendar written: %1 (%2 deadlines, %3 deliveries)</source>
        <translation>Календарь записан: %1 (крайних сроков: %2, оказаний: %3)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="35" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="77" />
        <source>Choose…</source>
        <extracomment>what the window is to switch to when the dialog closes: a connection string, a local file (Path), or None (stay)</extracomment>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="94" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="95" />
        <source>Reminder days before a deadline</source>
        <translation>Напоминать за столько дней до срока</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="96" />
        <source>Default cancellation fee, %</source>
        <translation>Плата за отмену по умолчанию, %</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="97" />
        <location filename="../app/ui/settings_dialog.py" line="128" />
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="99" />
        <source>Account manager on statements</source>
        <translation>Менеджер в отчётах</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="100" />
        <source>Account manager's e-mail</source>
        <translation>Эл. почта менеджера</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="101" />
        <source>Account manager's phone</source>
        <translation>Телефон менеджера</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="102" />
        <source>Reminders: a deadline shows up once it is within the largest number of days; the fee is proposed for new work orders (the contract may say less than 100%).</source>
        <translation>Напоминания: срок появляется, когда до него остаётся не больше наибольшего из чисел дней; плата предлагается для новых заказов (договор может предусматривать меньше 100%).</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="106" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="106" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="113" />
        <source>Import profiles…</source>
        <translation>Профили импорта…</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="194" />
        <source>whole days between 0 and 366, separated by commas</source>
        <translation>целые дни от 0 до 366 через запятую</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="195" />
        <source>is not a folder</source>
        <translation>не папка</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="109" />
        <source>Transfer credits</source>
        <translation>Перевод кредитов</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="109" />
        <source>Transfer</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="121" />
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="122" />
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="123" />
        <source>Credits to send</source>
        <translation>Сколько кредитов отправить</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="124" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="125" />
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="126" />
        <source>Only the locations of this work order can be chosen (USSD 2.4).</source>
        <translation>Можно выбрать только места этого заказа (USSD, разд. 2.4).</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="138" />
        <location filename="../app/ui/ledger_dialogs.py" line="150" />
        <source>Choose two different locations.</source>
        <translation>Выберите два разных места.</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="155" />
        <source>%1 credits leave %2 (one credit = %3 %4); %5 credits arrive at %6 (one credit = %7 %8), rounded up to a whole credit (USSD 2.4).</source>
        <translation>Из %2 уходит кредитов: %1 (один кредит = %3 %4); в %6 поступает кредитов: %5 (один кредит = %7 %8), с округлением вверх до целого (USSD, разд. 2.4).</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="161" />
        <source>Balance of %1 on %2: %3.</source>
        <translation>Остаток %1 на %2: %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="170" />
        <source>More than the balance: not allowed.</source>
        <translation>Больше остатка: нельзя.</translation>
    </message>
</context>
<context>
    <name>WorkOrderScreen</name>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="116" />
        <source>New work order…</source>
        <translation>Новый заказ…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="118" />
        <location filename="../app/ui/workorder_screen.py" line="382" />
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="120" />
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="145" />
        <source>Term start</source>
        <translation>Начало срока</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="145" />
        <source>Term end</source>
        <translation>Окончание срока</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="146" />
        <source>Signed on</source>
        <translation>Дата подписания</translation>
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
        <translation>Курс к USD</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="147" />
        <source>Base amount</source>
        <translation>Базовая сумма</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="148" />
        <source>Cancellation fee, %</source>
        <translation>Плата за отмену, %</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="148" />
        <source>Flex allowance, per year</source>
        <translation>Гибкий лимит, в год</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="150" />
        <location filename="../app/ui/workorder_screen.py" line="294" />
        <location filename="../app/ui/workorder_screen.py" line="376" />
        <source>Work order</source>
        <translation>Заказ на выполнение работ</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="170" />
        <source>Locations</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="171" />
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="172" />
        <source>Flex</source>
        <translation>Гибкий лимит</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="173" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="174" />
        <source>No work order yet. Create one, import a workbook, or load the demo portfolio.</source>
        <translation>Заказов пока нет. Создайте заказ, импортируйте книгу или загрузите демо-портфель.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="193" />
        <location filename="../app/ui/workorder_screen.py" line="305" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="195" />
        <location filename="../app/ui/workorder_screen.py" line="304" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="198" />
        <location filename="../app/ui/workorder_screen.py" line="305" />
        <source>Value of one credit</source>
        <translation>Стоимость одного кредита</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="205" />
        <location filename="../app/ui/workorder_screen.py" line="259" />
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="206" />
        <location filename="../app/ui/workorder_screen.py" line="260" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="207" />
        <location filename="../app/ui/workorder_screen.py" line="261" />
        <location filename="../app/ui/workorder_screen.py" line="564" />
        <location filename="../app/ui/workorder_screen.py" line="583" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="231" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="233" />
        <source>In the Base Package</source>
        <translation>Входит в Базовый пакет</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="234" />
        <source>Bought on top of the Base Package</source>
        <translation>Покупается сверх Базового пакета</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="235" />
        <location filename="../app/ui/workorder_screen.py" line="295" />
        <location filename="../app/ui/workorder_screen.py" line="307" />
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="237" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="238" />
        <location filename="../app/ui/workorder_screen.py" line="303" />
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="239" />
        <location filename="../app/ui/workorder_screen.py" line="309" />
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="240" />
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="244" />
        <source>Delivered</source>
        <translation>Оказано</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="244" />
        <source>Scheduled</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="245" />
        <source>Remaining</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="245" />
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="246" />
        <location filename="../app/ui/workorder_screen.py" line="295" />
        <location filename="../app/ui/workorder_screen.py" line="304" />
        <location filename="../app/ui/workorder_screen.py" line="593" />
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="247" />
        <location filename="../app/ui/workorder_screen.py" line="306" />
        <source>Paid from</source>
        <translation>Источник оплаты</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="248" />
        <location filename="../app/ui/workorder_screen.py" line="303" />
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="250" />
        <location filename="../app/ui/workorder_screen.py" line="278" />
        <location filename="../app/ui/workorder_screen.py" line="306" />
        <source>Flex year</source>
        <translation>Год гибкого лимита</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="251" />
        <location filename="../app/ui/workorder_screen.py" line="303" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="256" />
        <source>No services bought yet: add the work order's lines with Add….</source>
        <translation>Услуг пока нет: добавьте строки заказа кнопкой «Добавить…».</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="279" />
        <source>Allocated</source>
        <translation>Распределено</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="280" />
        <source>In USD</source>
        <translation>В USD</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="281" />
        <source>Of which credits and custom services</source>
        <translation>Из них кредиты и индивидуальные услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="294" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="296" />
        <source>Delivery</source>
        <translation>Оказание услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="296" />
        <source>Ledger entry</source>
        <translation>Запись журнала</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="298" />
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="298" />
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="298" />
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="299" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="299" />
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="300" />
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="300" />
        <source>Requested on</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="301" />
        <source>Changed on</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="301" />
        <source>Moved from</source>
        <translation>Перенесено с</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="302" />
        <source>Fee</source>
        <translation>Плата</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="302" />
        <source>Credits</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="302" />
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="304" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="307" />
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="307" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="308" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="308" />
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="308" />
        <source>Ref</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="309" />
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="309" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="312" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="313" />
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="314" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="315" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="316" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="317" />
        <source>Old value</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="319" />
        <source>New value</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="351" />
        <source>in line %1</source>
        <translation>в строке %1</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="358" />
        <source>One pool bought by lines %1: its figures are shown once, on line %2.</source>
        <translation>Один пул куплен строками %1: его цифры показаны один раз, в строке %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="380" />
        <source>archived on %1</source>
        <translation>в архиве с %1</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="382" />
        <source>Unarchive</source>
        <translation>Вернуть из архива</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="383" />
        <source>Customer: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="427" />
        <source>Flex allowance: %1 %2 (USD %3)</source>
        <translation>Гибкий лимит: %1 %2 (USD %3)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="429" />
        <source>Allocated to services: %1 %2; not allocated: %3 %2</source>
        <translation>Распределено на услуги: %1 %2; не распределено: %3 %2</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="432" />
        <source>Cap for proactive credits and custom proactive services: USD %1 (20% of the allowance or USD 50,000, whichever is greater, at most the allowance)</source>
        <translation>Предел для проактивных кредитов и индивидуальных проактивных услуг: USD %1 (20% лимита или USD 50 000 — что больше, но не более самого лимита)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="437" />
        <source>May still go to credits under the cap: USD %1</source>
        <translation>Ещё можно направить на кредиты в пределах лимита: USD %1</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="440" />
        <source>Over the cap by USD %1 (USSD 2.1)</source>
        <translation>Превышение предела на USD %1 (USSD, разд. 2.1)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="448" />
        <source>The history of changes is not available in this version.</source>
        <translation>История изменений в этой версии недоступна.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="461" />
        <source>The history could not be read: %1</source>
        <translation>Историю изменений прочитать не удалось: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="464" />
        <source>%1 changes, newest first</source>
        <translation>Изменений: %1, сначала новые</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="501" />
        <location filename="../app/ui/workorder_screen.py" line="593" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="524" />
        <source>Archive work order</source>
        <translation>Архивирование заказа</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="526" />
        <source>Unarchive work order</source>
        <translation>Возврат заказа из архива</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="535" />
        <location filename="../app/ui/workorder_screen.py" line="539" />
        <location filename="../app/ui/workorder_screen.py" line="543" />
        <source>Delete work order</source>
        <translation>Удаление заказа</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="536" />
        <source>%1 has ledger entries: it is not deleted. Archive it first (it is then hidden from the portfolio); an archived work order can be deleted.</source>
        <translation>У %1 есть записи в журнале: заказ не удалён. Сначала отправьте его в архив (он скроется из портфеля); архивный заказ можно удалить.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="540" />
        <source>Delete %1 with its locations, services, deliveries and ledger? Undo (Ctrl+Z) puts it back.</source>
        <translation>Удалить %1 вместе с местами, услугами, оказаниями и журналом? Отмена (Ctrl+Z) вернёт его.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="541" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="562" />
        <location filename="../app/ui/workorder_screen.py" line="566" />
        <source>Remove location</source>
        <translation>Удаление места</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="563" />
        <source>Remove the support location %1? Lines and deliveries there keep no location.</source>
        <translation>Удалить место оказания поддержки %1? Строки и оказания услуг там останутся без места.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="582" />
        <location filename="../app/ui/workorder_screen.py" line="585" />
        <source>Remove service</source>
        <translation>Удаление услуги</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="583" />
        <source>Remove line %1 from the work order?</source>
        <translation>Удалить строку %1 из заказа?</translation>
    </message>
</context>
<context>
    <name>_Base</name>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="130" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
</TS>