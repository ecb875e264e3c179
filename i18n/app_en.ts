<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="284" />
        <source>Request delivery</source>
        <translation>Request delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="284" />
        <source>Schedule delivery</source>
        <translation>Schedule delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="285" />
        <location filename="../app/ui/plan_dialogs.py" line="288" />
        <source>Mark delivered</source>
        <translation>Mark delivered</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="285" />
        <source>Reschedule delivery</source>
        <translation>Reschedule delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="286" />
        <source>Cancel delivery</source>
        <translation>Cancel delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="286" />
        <source>Reverse delivery</source>
        <translation>Reverse delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="287" />
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="287" />
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="288" />
        <source>Reschedule</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="289" />
        <source>Cancel the delivery</source>
        <translation>Cancel the delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="289" />
        <source>Reverse the delivery</source>
        <translation>Reverse the delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="305" />
        <source>Record the fee on the delivery and in the ledger</source>
        <translation>Record the fee on the delivery and in the ledger</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="310" />
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="313" />
        <source>Delivered on</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="317" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="318" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="337" />
        <source>Cancelling</source>
        <translation>Cancelling</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="337" />
        <source>Rescheduling</source>
        <translation>Rescheduling</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="339" />
        <source>%1 now is free: no first day is set.</source>
        <translation>%1 now is free: no first day is set.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="341" />
        <source>%1 now is free: changes are free until %2, 14 days before the first day %3 (USSD 2.5).</source>
        <translation>%1 now is free: changes are free until %2, 14 days before the first day %3 (USSD 2.5).</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="405" />
        <source>This is before the first day %1: saving asks whether to move the first day to it.</source>
        <translation>This is before the first day %1: saving asks whether to move the first day to it.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="446" />
        <source>Draws %1 and %2 from %3 (credits rounded to a whole credit, USSD 2.2).</source>
        <translation>Draws %1 and %2 from %3 (credits rounded to a whole credit, USSD 2.2).</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="462" />
        <source>Delivered on %1 is before the first day %2. Move the first day to %1 and mark it delivered?</source>
        <translation>Delivered on %1 is before the first day %2. Move the first day to %1 and mark it delivered?</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="464" />
        <source>Move the first day</source>
        <translation>Move the first day</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="464" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="353" />
        <source>The fee is recorded on the delivery and drawn from the ledger of %1.</source>
        <translation>The fee is recorded on the delivery and drawn from the ledger of %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="347" />
        <source>%1 now, %2 before the first day, may cost %3% of the price: %4 (USSD 2.5).</source>
        <translation>%1 now, %2 before the first day, may cost %3% of the price: %4 (USSD 2.5).</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="356" />
        <source>The fee is recorded on the delivery.</source>
        <translation>The fee is recorded on the delivery.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="358" />
        <source>The fee will not be recorded.</source>
        <translation>The fee will not be recorded.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="371" />
        <source>%1 — fee %2</source>
        <translation>%1 — fee %2</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="398" />
        <source>The last request day of this work order is %1 (USSD 2.6).</source>
        <translation>The last request day of this work order is %1 (USSD 2.6).</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="409" />
        <source>The delivery is scheduled again; what its draws took is given back by an adjustment of its own (the draw stays in the ledger). Undo takes it back.</source>
        <translation>The delivery is scheduled again; what its draws took is given back by an adjustment of its own (the draw stays in the ledger). Undo takes it back.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="424" />
        <source>No new warning: the contract's rules are kept.</source>
        <translation>No new warning: the contract's rules are kept.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="445" />
        <source>Nothing is drawn from the ledger.</source>
        <translation>Nothing is drawn from the ledger.</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../app/ui/attention_view.py" line="62" />
        <source>What</source>
        <extracomment>(work order, subject kind, subject key) of a row opened by a double-click or Enter</extracomment>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="62" />
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="62" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="62" />
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="63" />
        <source>Action needed</source>
        <translation>Action needed</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="301" />
        <source>Needs attention: %1 overdue · %2 this week · %3 in the next 30 days</source>
        <translation>Needs attention: %1 overdue · %2 this week · %3 in the next 30 days</translation>
    </message>
    <message>
        <location filename="../app/ui/attention_view.py" line="303" />
        <source>Nothing needs attention in the next 30 days.</source>
        <translation>Nothing needs attention in the next 30 days.</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <location filename="../app/ui/context.py" line="41" />
        <source>New work order</source>
        <translation>New work order</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="42" />
        <source>Edit work order</source>
        <translation>Edit work order</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="43" />
        <source>Archive work order</source>
        <translation>Archive work order</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="44" />
        <source>Unarchive work order</source>
        <translation>Unarchive work order</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="45" />
        <source>Delete work order</source>
        <translation>Delete work order</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="46" />
        <source>Add location</source>
        <translation>Add location</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="47" />
        <source>Edit location</source>
        <translation>Edit location</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="48" />
        <source>Remove location</source>
        <translation>Remove location</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="49" />
        <source>Add service</source>
        <translation>Add service</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="50" />
        <source>Edit service</source>
        <translation>Edit service</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="51" />
        <source>Remove service</source>
        <translation>Remove service</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="52" />
        <source>New delivery</source>
        <translation>New delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="53" />
        <source>Edit delivery</source>
        <translation>Edit delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="54" />
        <source>Request delivery</source>
        <translation>Request delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="55" />
        <source>Schedule delivery</source>
        <translation>Schedule delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="56" />
        <source>Mark delivered</source>
        <translation>Mark delivered</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="57" />
        <source>Cancel delivery</source>
        <translation>Cancel delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="58" />
        <source>Reschedule delivery</source>
        <translation>Reschedule delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="59" />
        <source>Remove delivery</source>
        <translation>Remove delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="60" />
        <source>Reverse delivery</source>
        <translation>Reverse delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="61" />
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="62" />
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="63" />
        <source>Adjust</source>
        <translation>Adjust</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="64" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="65" />
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="66" />
        <source>Transfer credits</source>
        <translation>Transfer credits</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="67" />
        <source>Import workbook</source>
        <translation>Import workbook</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="116" />
        <source>the data changed since; nothing was written</source>
        <translation>the data changed since; nothing was written</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="123" />
        <source>%1; nothing was written</source>
        <translation>%1; nothing was written</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="463" />
        <source>“%1” was not saved: the record was changed or removed meanwhile. Nothing of it was written; the window shows the data as stored.</source>
        <extracomment>The data changed (an import, another database, the first load, an edit that adds, removes or renames a work order): every screen reads it again. Only these work orders (numbers) changed (an edit, its undo or redo): the snapshot holds them read and checked anew, the screens update their rows in place. While the first read runs: the work orders alone have been read (``preview``), the Portfolio shows their rows, its figures still being computed. The work order the screens show (its number). A screen asks the window to show something: (screen name, subject kind, key). An undo or redo could not be applied: (what, why). An edit was refused by the database or the disk (full, read-only, gone…): the message (what, why, nothing saved). The data has been read again from the file already. The background read of the portfolio failed: why (one line). The database (given by path, opened by the background task) could not be opened: the DatabaseError, for the window to ask what to do (read-only copy, restore a backup). True while a background task reads the portfolio: the screens show it empty meanwhile. The work orders without their contents, while the first read runs (else None).</extracomment>
        <translation>“%1” was not saved: the record was changed or removed meanwhile. Nothing of it was written; the window shows the data as stored.</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="466" />
        <location filename="../app/ui/context.py" line="471" />
        <source>The change</source>
        <translation>The change</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../app/ui/columns.py" line="36" />
        <source>Columns shown</source>
        <translation>Columns shown</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../app/ui/widgets.py" line="93" />
        <source>is not a number</source>
        <translation>is not a number</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets.py" line="173" />
        <location filename="../app/ui/widgets.py" line="188" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets.py" line="200" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../app/ui/date_field.py" line="164" />
        <source>DD</source>
        <comment>day letters</comment>
        <extracomment>the value changed (read it with value())</extracomment>
        <translation>DD</translation>
    </message>
    <message>
        <location filename="../app/ui/date_field.py" line="164" />
        <source>MM</source>
        <comment>month letters</comment>
        <translation>MM</translation>
    </message>
    <message>
        <location filename="../app/ui/date_field.py" line="165" />
        <source>YYYY</source>
        <comment>year letters</comment>
        <translation>YYYY</translation>
    </message>
</context>
<context>
    <name>DeadlinesScreen</name>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="28" />
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="32" />
        <source>All rules</source>
        <translation>All rules</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="37" />
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="37" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="38" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="38" />
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="49" />
        <location filename="../app/ui/deadlines_screen.py" line="59" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="49" />
        <location filename="../app/ui/deadlines_screen.py" line="62" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="50" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="50" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="63" />
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="64" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="65" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="66" />
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="69" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="74" />
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="75" />
        <source>No finding matches the filters: clear them to see all.</source>
        <translation>No finding matches the filters: clear them to see all.</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="87" />
        <source>Double-click or press Enter on a row to open what it is about.</source>
        <translation>Double-click or press Enter on a row to open what it is about.</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="113" />
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="144" />
        <source>Hide past (%1)</source>
        <translation>Hide past (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="144" />
        <source>Show past (%1)</source>
        <translation>Show past (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="148" />
        <source>%1 of %2 findings</source>
        <translation>%1 of %2 findings</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="158" />
        <source>Edit delivery</source>
        <translation>Edit delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="158" />
        <source>New delivery</source>
        <translation>New delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="159" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="194" />
        <source>Travel prepaid (USSD 2.5)</source>
        <translation>Travel prepaid (USSD 2.5)</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="196" />
        <source>Purchased service</source>
        <translation>Purchased service</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="197" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="198" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="199" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="200" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="201" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="202" />
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="203" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="209" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="211" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="249" />
        <source>%1 (derived)</source>
        <translation>%1 (derived)</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="266" />
        <source>No new warning: the contract's rules are kept.</source>
        <translation>No new warning: the contract's rules are kept.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="31" />
        <source>Grant credits and hours</source>
        <translation>Grant credits and hours</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="31" />
        <source>Draw credits and hours</source>
        <translation>Draw credits and hours</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="32" />
        <source>Adjust the balance</source>
        <translation>Adjust the balance</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="33" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="45" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="46" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="47" />
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="48" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="49" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="50" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="52" />
        <source>A negative amount lowers the balance.</source>
        <translation>A negative amount lowers the balance.</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="77" />
        <source>Balance now: %1, %2. After this entry: %3, %4.</source>
        <translation>Balance now: %1, %2. After this entry: %3, %4.</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../app/ui/failures.py" line="131" />
        <source>the disk is full</source>
        <extracomment>Bidirectional embeddings, overrides and isolates: they reorder what follows them on screen. C0 controls (but tab and newline), DEL and C1 controls. Why a write failed, by SQLite's message (as SQLite words it, stable across versions).</extracomment>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="132" />
        <source>the database file or its folder is read-only</source>
        <translation>the database file or its folder is read-only</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="133" />
        <source>you have no permission to write to the database file</source>
        <translation>you have no permission to write to the database file</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="134" />
        <source>the database is busy in another program</source>
        <translation>the database is busy in another program</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="135" />
        <source>the database file can no longer be reached (a removed drive or a network folder that went away?)</source>
        <translation>the database file can no longer be reached (a removed drive or a network folder that went away?)</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="137" />
        <source>the disk refused to write (the file may be protected, or its drive or network folder is gone)</source>
        <translation>the disk refused to write (the file may be protected, or its drive or network folder is gone)</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="139" />
        <source>the file name is too long</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="140" />
        <source>the database file is damaged</source>
        <translation>the database file is damaged</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="142" />
        <source>the database refused the change</source>
        <translation>the database refused the change</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="149" />
        <source>“%1” was not saved: %2. Nothing of it was written; the window shows the data as stored.</source>
        <translation>“%1” was not saved: %2. Nothing of it was written; the window shows the data as stored.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="180" />
        <source>Something could not be done: %1.</source>
        <translation>Something could not be done: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="182" />
        <source>Something went wrong that Unified Planner did not expect (%1). Your saved data is safe; the last action may not have been done.</source>
        <translation>Something went wrong that Unified Planner did not expect (%1). Your saved data is safe; the last action may not have been done.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="186" />
        <source>The details are in %1.</source>
        <translation>The details are in %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="187" />
        <source>The details could not be written to a log.</source>
        <translation>The details could not be written to a log.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="201" />
        <source>unexpected error (%1)</source>
        <translation>unexpected error (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="203" />
        <source>details in %1</source>
        <translation>details in %1</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="231" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <location filename="../app/ui/find.py" line="28" />
        <source>Find in this table…</source>
        <translation>Find in this table…</translation>
    </message>
    <message>
        <location filename="../app/ui/find.py" line="35" />
        <source>Show all rows (Esc)</source>
        <translation>Show all rows (Esc)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="218" />
        <source>Welcome to Unified Planner</source>
        <translation>Welcome to Unified Planner</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="220" />
        <source>This database holds no work order yet. Load the demo portfolio to look around (five work orders of customers in Kazakhstan and neighbouring countries), or start empty and create or import your own.</source>
        <translation>This database holds no work order yet. Load the demo portfolio to look around (five work orders of customers in Kazakhstan and neighbouring countries), or start empty and create or import your own.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="224" />
        <source>Load the demo portfolio</source>
        <translation>Load the demo portfolio</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="226" />
        <source>Start empty</source>
        <translation>Start empty</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../app/ui/forms.py" line="54" />
        <source>Cancel</source>
        <extracomment>the field an AmountError from the save belongs to</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/ui/forms.py" line="61" />
        <source>Before you confirm:</source>
        <translation>Before you confirm:</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../app/ui/help.py" line="70" />
        <location filename="../app/ui/help.py" line="170" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="79" />
        <source>Find in the current table</source>
        <translation>Find in the current table</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="81" />
        <source>Open the calendar of a date field</source>
        <translation>Open the calendar of a date field</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="82" />
        <source>Next or previous day in a date field</source>
        <translation>Next or previous day in a date field</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="85" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="85" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="103" />
        <location filename="../app/ui/help.py" line="169" />
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="111" />
        <source>The user guide is part of the installed package; this copy runs without it. See README.md beside the program.</source>
        <translation>The user guide is part of the installed package; this copy runs without it. See README.md beside the program.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="124" />
        <location filename="../app/ui/help.py" line="172" />
        <source>About Unified Planner</source>
        <translation>About Unified Planner</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="136" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="137" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="138" />
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="139" />
        <source>Error log</source>
        <translation>Error log</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="144" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="157" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../app/ui/history_view.py" line="61" />
        <source>line %1</source>
        <extracomment>fields holding one of the vocabularies of app.texts</extracomment>
        <translation>line %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../app/ui/import_dialog.py" line="91" />
        <source>Import a work order workbook</source>
        <extracomment>after a successful import: the change it made (for the window's Undo) and its words</extracomment>
        <translation>Import a work order workbook</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="96" />
        <source>No workbook chosen</source>
        <translation>No workbook chosen</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="97" />
        <source>Choose a workbook…</source>
        <translation>Choose a workbook…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="106" />
        <source>Choose a workbook to see what it would change.</source>
        <translation>Choose a workbook to see what it would change.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="116" />
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="117" />
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="118" />
        <source>Service matches</source>
        <translation>Service matches</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="119" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="133" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="134" />
        <source>Save error workbook…</source>
        <translation>Save error workbook…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="136" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="205" />
        <source>Choose a workbook</source>
        <translation>Choose a workbook</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="499" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="244" />
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="121" />
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="123" />
        <source>Remember the columns and services chosen as the import profile</source>
        <translation>Remember the columns and services chosen as the import profile</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="125" />
        <source>Profile name, e.g. the supplier</source>
        <translation>Profile name, e.g. the supplier</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="173" />
        <location filename="../app/ui/import_dialog.py" line="177" />
        <source>detected</source>
        <translation>detected</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="178" />
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="183" />
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="185" />
        <source>Separator</source>
        <translation>Separator</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="189" />
        <source>Choose what each column is, or ignore it; the first rows of the file are shown under the choices.</source>
        <translation>Choose what each column is, or ignore it; the first rows of the file are shown under the choices.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="196" />
        <source>Read the file again with these choices</source>
        <translation>Read the file again with these choices</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="206" />
        <source>Workbooks and CSV files (*.xlsx *.xlsm *.ods *.xls *.csv *.tsv *.txt);;Excel workbook (*.xlsx *.xlsm);;OpenDocument spreadsheet (*.ods);;Excel 97-2003 workbook (*.xls);;CSV file (*.csv *.tsv *.txt)</source>
        <translation>Workbooks and CSV files (*.xlsx *.xlsm *.ods *.xls *.csv *.tsv *.txt);;Excel workbook (*.xlsx *.xlsm);;OpenDocument spreadsheet (*.ods);;Excel 97-2003 workbook (*.xls);;CSV file (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="256" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="274" />
        <source>The workbook cannot be read: %1</source>
        <translation>The workbook cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="295" />
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation>%1 new, %2 changed, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="298" />
        <source>Rejected: %1 problems. Nothing will be written until they are fixed.</source>
        <translation>Rejected: %1 problems. Nothing will be written until they are fixed.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="306" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="306" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="306" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="335" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="335" />
        <location filename="../app/ui/import_dialog.py" line="338" />
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="335" />
        <location filename="../app/ui/import_dialog.py" line="338" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="335" />
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="335" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="336" />
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="338" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="338" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="338" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="343" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="347" />
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="359" />
        <source>Every service name matches the catalog.</source>
        <translation>Every service name matches the catalog.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="362" />
        <source>These service names are not in the catalog. Choose the service each one means; nothing is taken without your choice.</source>
        <translation>These service names are not in the catalog. Choose the service each one means; nothing is taken without your choice.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="367" />
        <source>— choose a service —</source>
        <translation>— choose a service —</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="369" />
        <source>Proposed: %1</source>
        <translation>Proposed: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="378" />
        <source>Use these services and check again</source>
        <translation>Use these services and check again</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="404" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="407" />
        <source>— ignore —</source>
        <translation>— ignore —</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="432" />
        <source>Read as CSV: encoding %1, separator %2</source>
        <translation>Read as CSV: encoding %1, separator %2</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="471" />
        <source>Nothing was imported: %1. The database is as it was.</source>
        <translation>Nothing was imported: %1. The database is as it was.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="498" />
        <source>Save error workbook</source>
        <translation>Save error workbook</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="512" />
        <source>Error workbook saved: %1</source>
        <translation>Error workbook saved: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="516" />
        <source>The error workbook cannot be written: %1</source>
        <translation>The error workbook cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>LedgerScreen</name>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="113" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="114" />
        <location filename="../app/ui/ledger_screen.py" line="126" />
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="116" />
        <location filename="../app/ui/ledger_screen.py" line="127" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="124" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="125" />
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="128" />
        <source>Credit balance</source>
        <translation>Credit balance</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="130" />
        <source>Hours balance</source>
        <translation>Hours balance</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="132" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="133" />
        <source>Other location</source>
        <translation>Other location</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="134" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="138" />
        <source>No entries for this location yet: record a grant with Grant….</source>
        <translation>No entries for this location yet: record a grant with Grant….</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="150" />
        <source>All entries</source>
        <translation>All entries</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="152" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="153" />
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="158" />
        <source>Grant…</source>
        <translation>Grant…</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="158" />
        <source>Draw…</source>
        <translation>Draw…</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="159" />
        <source>Adjust…</source>
        <translation>Adjust…</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="159" />
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="170" />
        <source>Support locations</source>
        <translation>Support locations</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="202" />
        <location filename="../app/ui/ledger_screen.py" line="283" />
        <source>Credits and hours</source>
        <translation>Credits and hours</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="251" />
        <source>Credit balance of %1 over the term</source>
        <translation>Credit balance of %1 over the term</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="268" />
        <source>%1 of %2 entries</source>
        <translation>%1 of %2 entries</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="284" />
        <source>Ledger entries are never removed: record a correcting adjustment instead (Adjust…).</source>
        <translation>Ledger entries are never removed: record a correcting adjustment instead (Adjust…).</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="129" />
        <source>Edit purchased service</source>
        <translation>Edit purchased service</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="129" />
        <source>Add purchased service</source>
        <translation>Add purchased service</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="130" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="136" />
        <source>Search the catalog…</source>
        <translation>Search the catalog…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="139" />
        <source>In the Base Package</source>
        <translation>In the Base Package</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="140" />
        <source>Bought on top of the Base Package</source>
        <translation>Bought on top of the Base Package</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="141" />
        <location filename="../app/ui/workorder_dialogs.py" line="166" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="142" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="143" />
        <location filename="../app/ui/workorder_dialogs.py" line="185" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="161" />
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="181" />
        <source>The flex allowance is per year (USSD 2.1): a line bought with flex draws on the allowance of this year</source>
        <translation>The flex allowance is per year (USSD 2.1): a line bought with flex draws on the allowance of this year</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="184" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="186" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="187" />
        <source>Paid from</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="188" />
        <source>Unit price (%1)</source>
        <translation>Unit price (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="189" />
        <source>Flex year</source>
        <translation>Flex year</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="190" />
        <source>Travel prepaid (USSD 2.5)</source>
        <translation>Travel prepaid (USSD 2.5)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="192" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="80" />
        <source>Edit support location</source>
        <translation>Edit support location</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="80" />
        <source>Add support location</source>
        <translation>Add support location</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="81" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="98" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="99" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="100" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="101" />
        <source>Rate to USD</source>
        <translation>Rate to USD</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="102" />
        <source>Value of one credit</source>
        <translation>Value of one credit</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/ui/main.py" line="38" />
        <source>Database in use</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="39" />
        <source>%1 is open in another copy of Unified Planner. Open it read-only? You can look at everything but change nothing.</source>
        <translation>%1 is open in another copy of Unified Planner. Open it read-only? You can look at everything but change nothing.</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="42" />
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="43" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="56" />
        <source>Database damaged</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="58" />
        <source>%1 is damaged and there is no good backup of it to restore. The file has been left as it is.</source>
        <translation>%1 is damaged and there is no good backup of it to restore. The file has been left as it is.</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="64" />
        <source>%1 is damaged: it failed the integrity check. Restore the newest good backup, made %2? The damaged file is kept beside the backups.</source>
        <translation>%1 is damaged: it failed the integrity check. Restore the newest good backup, made %2? The damaged file is kept beside the backups.</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="67" />
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="68" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="109" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../app/ui/main.py" line="109" />
        <source>The demo portfolio was not loaded: %1. Nothing was written.</source>
        <translation>The demo portfolio was not loaded: %1. Nothing was written.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/window.py" line="180" />
        <location filename="../app/ui/window.py" line="331" />
        <source>Reading the portfolio…</source>
        <extracomment>The language was changed in Settings: the application rebuilds the window. The portfolio has been read and checked (at once, or by the background task). The Portfolio table shows the work orders' rows: the first ones read alone (their figures being computed), or the whole portfolio, whichever comes first after the start. The exit code when the window closed because its database could not be opened.</extracomment>
        <translation>Reading the portfolio…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="181" />
        <source>Reading and checking the portfolio…</source>
        <translation>Reading and checking the portfolio…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="182" />
        <source>Checking the portfolio…</source>
        <translation>Checking the portfolio…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="223" />
        <source>The portfolio could not be read: %1</source>
        <translation>The portfolio could not be read: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="229" />
        <location filename="../app/ui/window.py" line="578" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="233" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="246" />
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="247" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="248" />
        <source>Take offline…</source>
        <translation>Take offline…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="249" />
        <source>Bring offline changes back…</source>
        <translation>Bring offline changes back…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="250" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="251" />
        <source>New work order…</source>
        <translation>New work order…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="252" />
        <source>Open database…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="253" />
        <location filename="../app/ui/window.py" line="787" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="254" />
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="255" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="260" />
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="265" />
        <source>Work order:</source>
        <translation>Work order:</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="272" />
        <source>Search customer or number…</source>
        <translation>Search customer or number…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="290" />
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="290" />
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="290" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="291" />
        <source>Credits and hours</source>
        <translation>Credits and hours</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="291" />
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="292" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="292" />
        <source>Contract reference</source>
        <translation>Contract reference</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="384" />
        <source>No work orders yet. Create a work order or import a workbook.</source>
        <translation>No work orders yet. Create a work order or import a workbook.</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="410" />
        <source>Reports are not available: %1</source>
        <translation>Reports are not available: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="433" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="438" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="441" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="533" />
        <source>Backups: by the database server</source>
        <translation>Backups: by the database server</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="534" />
        <location filename="../app/ui/window.py" line="560" />
        <source>A team database is backed up with pg_dump: unified-planner backup --db … OUT.dump</source>
        <translation>A team database is backed up with pg_dump: unified-planner backup --db … OUT.dump</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="668" />
        <source>Show the history</source>
        <translation>Show the history</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="747" />
        <source>Read-only: the file or its folder cannot be written</source>
        <translation>Read-only: the file or its folder cannot be written</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="749" />
        <source>Read-only: another copy has the file open</source>
        <translation>Read-only: another copy has the file open</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="467" />
        <source>Open Deadlines (Ctrl+5)</source>
        <translation>Open Deadlines (Ctrl+5)</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="525" />
        <source>Errors: %1 · Warnings: %2</source>
        <translation>Errors: %1 · Warnings: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="527" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="538" />
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="542" />
        <source>Daily backup failed: %1</source>
        <translation>Daily backup failed: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="543" />
        <source>Use File &gt; Back up now once the cause is fixed.</source>
        <translation>Use File &gt; Back up now once the cause is fixed.</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="574" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="578" />
        <source>%1 could not be applied: %2</source>
        <translation>%1 could not be applied: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="585" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="645" />
        <location filename="../app/ui/window.py" line="659" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="645" />
        <source>Import is not available: %1</source>
        <translation>Import is not available: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="724" />
        <source>Export the portfolio</source>
        <translation>Export the portfolio</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="725" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="740" />
        <source>Exported %1 work orders to %2</source>
        <translation>Exported %1 work orders to %2</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="741" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="785" />
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="793" />
        <location filename="../app/ui/window.py" line="804" />
        <location filename="../app/ui/window.py" line="810" />
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="794" />
        <location filename="../app/ui/window.py" line="818" />
        <source>Planner database (*.db)</source>
        <translation>Planner database (*.db)</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="805" />
        <source>Replace the data with the backup %1? The current data is kept as a backup first.</source>
        <translation>Replace the data with the backup %1? The current data is kept as a backup first.</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="806" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="812" />
        <source>Restored from %1</source>
        <translation>Restored from %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="201" />
        <location filename="../app/ui/window.py" line="817" />
        <location filename="../app/ui/window.py" line="832" />
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
</context>
<context>
    <name>NewWorkOrderDialog</name>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="37" />
        <source>New work order</source>
        <translation>New work order</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="37" />
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="51" />
        <source>Work order number</source>
        <translation>Work order number</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="52" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="53" />
        <source>Term start</source>
        <translation>Term start</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="54" />
        <source>Term end</source>
        <translation>Term end</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="55" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="56" />
        <source>Cancellation fee, %</source>
        <translation>Cancellation fee, %</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <location filename="../app/ui/plan_screen.py" line="157" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="159" />
        <location filename="../app/ui/plan_screen.py" line="426" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="162" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="175" />
        <location filename="../app/ui/plan_screen.py" line="427" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="178" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="179" />
        <location filename="../app/ui/plan_screen.py" line="428" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="180" />
        <location filename="../app/ui/plan_screen.py" line="429" />
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="163" />
        <location filename="../app/ui/plan_screen.py" line="430" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="164" />
        <location filename="../app/ui/plan_screen.py" line="431" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="165" />
        <location filename="../app/ui/plan_screen.py" line="296" />
        <source>Last free day</source>
        <translation>Last free day</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="167" />
        <location filename="../app/ui/plan_screen.py" line="432" />
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="169" />
        <location filename="../app/ui/plan_screen.py" line="433" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="171" />
        <location filename="../app/ui/plan_screen.py" line="440" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="173" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="187" />
        <source>No deliveries yet: add one with New…, or import a workbook.</source>
        <translation>No deliveries yet: add one with New…, or import a workbook.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="199" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="201" />
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="202" />
        <source>All locations</source>
        <translation>All locations</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="203" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="204" />
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="211" />
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="211" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="212" />
        <source>Request…</source>
        <translation>Request…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="212" />
        <source>Schedule…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="213" />
        <source>Deliver…</source>
        <translation>Deliver…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="213" />
        <source>Reschedule…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="214" />
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="214" />
        <source>Reverse…</source>
        <translation>Reverse…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="215" />
        <location filename="../app/ui/plan_screen.py" line="462" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="254" />
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="254" />
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="254" />
        <location filename="../app/ui/plan_screen.py" line="277" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="257" />
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="257" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="263" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="276" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="291" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="291" />
        <location filename="../app/ui/plan_screen.py" line="296" />
        <source>Last request day</source>
        <translation>Last request day</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="292" />
        <location filename="../app/ui/plan_screen.py" line="299" />
        <source>Term end</source>
        <translation>Term end</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="292" />
        <source>no dates yet</source>
        <translation>no dates yet</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="293" />
        <location filename="../app/ui/plan_screen.py" line="314" />
        <source>No work order selected</source>
        <translation>No work order selected</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="297" />
        <source>Confirm the event in writing</source>
        <translation>Confirm the event in writing</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="297" />
        <source>Onboarding due</source>
        <translation>Onboarding due</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="298" />
        <source>Convert SAB days</source>
        <translation>Convert SAB days</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="298" />
        <source>Flex year ends</source>
        <translation>Flex year ends</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="299" />
        <source>Public holidays</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="300" />
        <source>Nothing planned this month.</source>
        <translation>Nothing planned this month.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="313" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="318" />
        <source>Term %1 – %2 · last request day %3 · cancellation fee %4%</source>
        <translation>Term %1 – %2 · last request day %3 · cancellation fee %4%</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="360" />
        <source>%1 of %2 deliveries</source>
        <translation>%1 of %2 deliveries</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="416" />
        <source>Select a delivery to see its details.</source>
        <translation>Select a delivery to see its details.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="436" />
        <source>Moved from</source>
        <translation>Moved from</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="438" />
        <source>Changed on</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="442" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="461" />
        <location filename="../app/ui/plan_screen.py" line="468" />
        <source>Remove delivery</source>
        <translation>Remove delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="462" />
        <source>Remove the planned delivery %1?</source>
        <translation>Remove the planned delivery %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="472" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>PortfolioScreen</name>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="114" />
        <source>Filter by customer or work order…</source>
        <extracomment>Only the work order's own row is read yet: its figures are being computed.</extracomment>
        <translation>Filter by customer or work order…</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="116" />
        <source>Only with problems</source>
        <translation>Only with problems</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="118" />
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="122" />
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="134" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="135" />
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="136" />
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="138" />
        <source>Term passed</source>
        <translation>Term passed</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="142" />
        <source>Credits left</source>
        <translation>Credits left</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="145" />
        <source>Hours left</source>
        <translation>Hours left</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="147" />
        <source>Credits available</source>
        <translation>Credits available</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="147" />
        <source>Credits at risk</source>
        <translation>Credits at risk</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="228" />
        <source>Left unused by the term end at the pace of the last 90 days</source>
        <translation>Left unused by the term end at the pace of the last 90 days</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="148" />
        <source>Hours available</source>
        <translation>Hours available</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="148" />
        <source>Hours at risk</source>
        <translation>Hours at risk</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="159" />
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="196" />
        <source>Double-click a work order or a row of Needs attention to open it.</source>
        <translation>Double-click a work order or a row of Needs attention to open it.</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="241" />
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="149" />
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="155" />
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="157" />
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="302" />
        <source>%1 of %2 work orders</source>
        <translation>%1 of %2 work orders</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="86" />
        <source>the record is no longer there</source>
        <extracomment>drawn marks (icons.mark_html), never glyphs such as ⛔ that show as empty boxes without the font</extracomment>
        <translation>the record is no longer there</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="88" />
        <source>unexpected error (%1)</source>
        <translation>unexpected error (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="89" />
        <source>The consequences could not be worked out: %1. Check the contract's rules yourself before you confirm.</source>
        <translation>The consequences could not be worked out: %1. Check the contract's rules yourself before you confirm.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="32" />
        <source>Import profiles</source>
        <translation>Import profiles</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="39" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="39" />
        <source>As written in the file</source>
        <translation>As written in the file</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="40" />
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="48" />
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="49" />
        <source>Delete the profile</source>
        <translation>Delete the profile</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="50" />
        <source>Forget the selected answer</source>
        <translation>Forget the selected answer</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="64" />
        <source>A profile is applied by itself to a file with the same headers as the one it was saved from; it travels with the exported portfolio.</source>
        <translation>A profile is applied by itself to a file with the same headers as the one it was saved from; it travels with the exported portfolio.</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="69" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="92" />
        <source>No import profile yet: tick “Remember … as the import profile” when you import a file.</source>
        <translation>No import profile yet: tick “Remember … as the import profile” when you import a file.</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="110" />
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="120" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="120" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="168" />
        <source>Rename the profile</source>
        <translation>Rename the profile</translation>
    </message>
    <message>
        <location filename="../app/ui/profiles_dialog.py" line="168" />
        <source>New name</source>
        <translation>New name</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../app/ui/reports_screen.py" line="93" />
        <source>All work orders active in the quarter</source>
        <extracomment>``check_settings()``: the Settings' reminder days, for the calendar's alarms</extracomment>
        <translation>All work orders active in the quarter</translation>
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
        <translation>Internal edition (findings, rule ids, notes)</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="102" />
        <source>Off: the customer edition, to hand over.</source>
        <translation>Off: the customer edition, to hand over.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="105" />
        <location filename="../app/ui/reports_screen.py" line="238" />
        <source>Folder for the statements</source>
        <translation>Folder for the statements</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="108" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="110" />
        <source>Render statements</source>
        <translation>Render statements</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="112" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="121" />
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="123" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="125" />
        <location filename="../app/ui/reports_screen.py" line="330" />
        <location filename="../app/ui/reports_screen.py" line="340" />
        <location filename="../app/ui/reports_screen.py" line="343" />
        <source>Calendar (.ics)…</source>
        <translation>Calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="129" />
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="130" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="136" />
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="140" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="148" />
        <source>Quarterly statements</source>
        <translation>Quarterly statements</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="156" />
        <source>Work orders</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="186" />
        <location filename="../app/ui/reports_screen.py" line="248" />
        <source>Not a quarter (expected like 2026Q4).</source>
        <translation>Not a quarter (expected like 2026Q4).</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="252" />
        <source>Choose PDF, Excel or both.</source>
        <translation>Choose PDF, Excel or both.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="256" />
        <source>Choose a folder for the statements.</source>
        <translation>Choose a folder for the statements.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="260" />
        <source>Tick at least one work order.</source>
        <translation>Tick at least one work order.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="274" />
        <source>Rendering…</source>
        <translation>Rendering…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="282" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="289" />
        <source>%1 of %2 statements</source>
        <translation>%1 of %2 statements</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="296" />
        <source>Cancelled: %1 of %2 statements written.</source>
        <translation>Cancelled: %1 of %2 statements written.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="298" />
        <source>No work order is active in this quarter.</source>
        <translation>No work order is active in this quarter.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="300" />
        <source>Done: %1 of %2 statements written.</source>
        <translation>Done: %1 of %2 statements written.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="308" />
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="332" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="345" />
        <source>Calendar written: %1 (%2 deadlines, %3 deliveries)</source>
        <translation>Calendar written: %1 (%2 deadlines, %3 deliveries)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="35" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="77" />
        <source>Choose…</source>
        <extracomment>what the window is to switch to when the dialog closes: a connection string, a local file (Path), or None (stay)</extracomment>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="94" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="95" />
        <source>Reminder days before a deadline</source>
        <translation>Reminder days before a deadline</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="96" />
        <source>Default cancellation fee, %</source>
        <translation>Default cancellation fee, %</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="97" />
        <location filename="../app/ui/settings_dialog.py" line="128" />
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="99" />
        <source>Account manager on statements</source>
        <translation>Account manager on statements</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="100" />
        <source>Account manager's e-mail</source>
        <translation>Account manager's e-mail</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="101" />
        <source>Account manager's phone</source>
        <translation>Account manager's phone</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="102" />
        <source>Reminders: a deadline shows up once it is within the largest number of days; the fee is proposed for new work orders (the contract may say less than 100%).</source>
        <translation>Reminders: a deadline shows up once it is within the largest number of days; the fee is proposed for new work orders (the contract may say less than 100%).</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="106" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="106" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="113" />
        <source>Import profiles…</source>
        <translation>Import profiles…</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="194" />
        <source>whole days between 0 and 366, separated by commas</source>
        <translation>whole days between 0 and 366, separated by commas</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="195" />
        <source>is not a folder</source>
        <translation>is not a folder</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="109" />
        <source>Transfer credits</source>
        <translation>Transfer credits</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="109" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="121" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="122" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="123" />
        <source>Credits to send</source>
        <translation>Credits to send</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="124" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="125" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="126" />
        <source>Only the locations of this work order can be chosen (USSD 2.4).</source>
        <translation>Only the locations of this work order can be chosen (USSD 2.4).</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="138" />
        <location filename="../app/ui/ledger_dialogs.py" line="150" />
        <source>Choose two different locations.</source>
        <translation>Choose two different locations.</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="155" />
        <source>%1 credits leave %2 (one credit = %3 %4); %5 credits arrive at %6 (one credit = %7 %8), rounded up to a whole credit (USSD 2.4).</source>
        <translation>%1 credits leave %2 (one credit = %3 %4); %5 credits arrive at %6 (one credit = %7 %8), rounded up to a whole credit (USSD 2.4).</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="161" />
        <source>Balance of %1 on %2: %3.</source>
        <translation>Balance of %1 on %2: %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="170" />
        <source>More than the balance: not allowed.</source>
        <translation>More than the balance: not allowed.</translation>
    </message>
</context>
<context>
    <name>WorkOrderScreen</name>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="116" />
        <source>New work order…</source>
        <translation>New work order…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="118" />
        <location filename="../app/ui/workorder_screen.py" line="382" />
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="120" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="145" />
        <source>Term start</source>
        <translation>Term start</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="145" />
        <source>Term end</source>
        <translation>Term end</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="146" />
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="146" />
        <location filename="../app/ui/workorder_screen.py" line="196" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="147" />
        <location filename="../app/ui/workorder_screen.py" line="197" />
        <source>Rate to USD</source>
        <translation>Rate to USD</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="147" />
        <source>Base amount</source>
        <translation>Base amount</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="148" />
        <source>Cancellation fee, %</source>
        <translation>Cancellation fee, %</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="148" />
        <source>Flex allowance, per year</source>
        <translation>Flex allowance, per year</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="150" />
        <location filename="../app/ui/workorder_screen.py" line="294" />
        <location filename="../app/ui/workorder_screen.py" line="376" />
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="170" />
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="171" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="172" />
        <source>Flex</source>
        <translation>Flex</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="173" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="174" />
        <source>No work order yet. Create one, import a workbook, or load the demo portfolio.</source>
        <translation>No work order yet. Create one, import a workbook, or load the demo portfolio.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="193" />
        <location filename="../app/ui/workorder_screen.py" line="305" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="195" />
        <location filename="../app/ui/workorder_screen.py" line="304" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="198" />
        <location filename="../app/ui/workorder_screen.py" line="305" />
        <source>Value of one credit</source>
        <translation>Value of one credit</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="205" />
        <location filename="../app/ui/workorder_screen.py" line="259" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="206" />
        <location filename="../app/ui/workorder_screen.py" line="260" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="207" />
        <location filename="../app/ui/workorder_screen.py" line="261" />
        <location filename="../app/ui/workorder_screen.py" line="564" />
        <location filename="../app/ui/workorder_screen.py" line="583" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="231" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="233" />
        <source>In the Base Package</source>
        <translation>In the Base Package</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="234" />
        <source>Bought on top of the Base Package</source>
        <translation>Bought on top of the Base Package</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="235" />
        <location filename="../app/ui/workorder_screen.py" line="295" />
        <location filename="../app/ui/workorder_screen.py" line="307" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="237" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="238" />
        <location filename="../app/ui/workorder_screen.py" line="303" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="239" />
        <location filename="../app/ui/workorder_screen.py" line="309" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="240" />
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="244" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="244" />
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="245" />
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="245" />
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="246" />
        <location filename="../app/ui/workorder_screen.py" line="295" />
        <location filename="../app/ui/workorder_screen.py" line="304" />
        <location filename="../app/ui/workorder_screen.py" line="593" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="247" />
        <location filename="../app/ui/workorder_screen.py" line="306" />
        <source>Paid from</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="248" />
        <location filename="../app/ui/workorder_screen.py" line="303" />
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="250" />
        <location filename="../app/ui/workorder_screen.py" line="278" />
        <location filename="../app/ui/workorder_screen.py" line="306" />
        <source>Flex year</source>
        <translation>Flex year</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="251" />
        <location filename="../app/ui/workorder_screen.py" line="303" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="256" />
        <source>No services bought yet: add the work order's lines with Add….</source>
        <translation>No services bought yet: add the work order's lines with Add….</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="279" />
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="280" />
        <source>In USD</source>
        <translation>In USD</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="281" />
        <source>Of which credits and custom services</source>
        <translation>Of which credits and custom services</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="294" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="296" />
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="296" />
        <source>Ledger entry</source>
        <translation>Ledger entry</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="298" />
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="298" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="298" />
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="299" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="299" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="300" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="300" />
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="301" />
        <source>Changed on</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="301" />
        <source>Moved from</source>
        <translation>Moved from</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="302" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="302" />
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="302" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="304" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="307" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="307" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="308" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="308" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="308" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="309" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="309" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="312" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="313" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="314" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="315" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="316" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="317" />
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="319" />
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="351" />
        <source>in line %1</source>
        <translation>in line %1</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="358" />
        <source>One pool bought by lines %1: its figures are shown once, on line %2.</source>
        <translation>One pool bought by lines %1: its figures are shown once, on line %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="380" />
        <source>archived on %1</source>
        <translation>archived on %1</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="382" />
        <source>Unarchive</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="383" />
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="427" />
        <source>Flex allowance: %1 %2 (USD %3)</source>
        <translation>Flex allowance: %1 %2 (USD %3)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="429" />
        <source>Allocated to services: %1 %2; not allocated: %3 %2</source>
        <translation>Allocated to services: %1 %2; not allocated: %3 %2</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="432" />
        <source>Cap for proactive credits and custom proactive services: USD %1 (20% of the allowance or USD 50,000, whichever is greater, at most the allowance)</source>
        <translation>Cap for proactive credits and custom proactive services: USD %1 (20% of the allowance or USD 50,000, whichever is greater, at most the allowance)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="437" />
        <source>May still go to credits under the cap: USD %1</source>
        <translation>May still go to credits under the cap: USD %1</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="440" />
        <source>Over the cap by USD %1 (USSD 2.1)</source>
        <translation>Over the cap by USD %1 (USSD 2.1)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="448" />
        <source>The history of changes is not available in this version.</source>
        <translation>The history of changes is not available in this version.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="461" />
        <source>The history could not be read: %1</source>
        <translation>The history could not be read: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="464" />
        <source>%1 changes, newest first</source>
        <translation>%1 changes, newest first</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="501" />
        <location filename="../app/ui/workorder_screen.py" line="593" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="524" />
        <source>Archive work order</source>
        <translation>Archive work order</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="526" />
        <source>Unarchive work order</source>
        <translation>Unarchive work order</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="535" />
        <location filename="../app/ui/workorder_screen.py" line="539" />
        <location filename="../app/ui/workorder_screen.py" line="543" />
        <source>Delete work order</source>
        <translation>Delete work order</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="536" />
        <source>%1 has ledger entries: it is not deleted. Archive it first (it is then hidden from the portfolio); an archived work order can be deleted.</source>
        <translation>%1 has ledger entries: it is not deleted. Archive it first (it is then hidden from the portfolio); an archived work order can be deleted.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="540" />
        <source>Delete %1 with its locations, services, deliveries and ledger? Undo (Ctrl+Z) puts it back.</source>
        <translation>Delete %1 with its locations, services, deliveries and ledger? Undo (Ctrl+Z) puts it back.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="541" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="562" />
        <location filename="../app/ui/workorder_screen.py" line="566" />
        <source>Remove location</source>
        <translation>Remove location</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="563" />
        <source>Remove the support location %1? Lines and deliveries there keep no location.</source>
        <translation>Remove the support location %1? Lines and deliveries there keep no location.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="582" />
        <location filename="../app/ui/workorder_screen.py" line="585" />
        <source>Remove service</source>
        <translation>Remove service</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="583" />
        <source>Remove line %1 from the work order?</source>
        <translation>Remove line %1 from the work order?</translation>
    </message>
</context>
<context>
    <name>_Base</name>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="130" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
</TS>