<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="260" />
        <source>Request delivery</source>
        <translation>Request delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="260" />
        <source>Schedule delivery</source>
        <translation>Schedule delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="261" />
        <location filename="../app/ui/plan_dialogs.py" line="264" />
        <source>Mark delivered</source>
        <translation>Mark delivered</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="261" />
        <source>Reschedule delivery</source>
        <translation>Reschedule delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="262" />
        <source>Cancel delivery</source>
        <translation>Cancel delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="263" />
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="263" />
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="264" />
        <source>Reschedule</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="265" />
        <source>Cancel the delivery</source>
        <translation>Cancel the delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="278" />
        <source>Record the fee on the delivery and in the ledger</source>
        <translation>Record the fee on the delivery and in the ledger</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="283" />
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="286" />
        <source>Delivered on</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="290" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="291" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="309" />
        <source>Cancelling</source>
        <translation>Cancelling</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="309" />
        <source>Rescheduling</source>
        <translation>Rescheduling</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="311" />
        <source>%1 now is free: no first day is set.</source>
        <translation>%1 now is free: no first day is set.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="313" />
        <source>%1 now is free: changes are free until %2, 14 days before the first day %3 (USSD 2.5).</source>
        <translation>%1 now is free: changes are free until %2, 14 days before the first day %3 (USSD 2.5).</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="319" />
        <source>%1 now, %2 days before the first day, may cost %3% of the price: %4 %5 (USSD 2.5).</source>
        <translation>%1 now, %2 days before the first day, may cost %3% of the price: %4 %5 (USSD 2.5).</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="325" />
        <source>The fee is recorded on the delivery and drawn from the ledger of %1.</source>
        <translation>The fee is recorded on the delivery and drawn from the ledger of %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="328" />
        <source>The fee is recorded on the delivery.</source>
        <translation>The fee is recorded on the delivery.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="330" />
        <source>The fee will not be recorded.</source>
        <translation>The fee will not be recorded.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="356" />
        <source>The last request day of this work order is %1 (USSD 2.6).</source>
        <translation>The last request day of this work order is %1 (USSD 2.6).</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="370" />
        <source>No new warning: the contract's rules are kept.</source>
        <translation>No new warning: the contract's rules are kept.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="379" />
        <source>Nothing is drawn from the ledger.</source>
        <translation>Nothing is drawn from the ledger.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="380" />
        <source>Draws %1 credits and %2 hours from %3 (credits rounded to a whole credit, USSD 2.2).</source>
        <translation>Draws %1 credits and %2 hours from %3 (credits rounded to a whole credit, USSD 2.2).</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <location filename="../app/ui/context.py" line="31" />
        <source>New work order</source>
        <translation>New work order</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="32" />
        <source>Edit work order</source>
        <translation>Edit work order</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="33" />
        <source>Add location</source>
        <translation>Add location</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="34" />
        <source>Edit location</source>
        <translation>Edit location</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="35" />
        <source>Remove location</source>
        <translation>Remove location</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="36" />
        <source>Add service</source>
        <translation>Add service</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="37" />
        <source>Edit service</source>
        <translation>Edit service</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="38" />
        <source>Remove service</source>
        <translation>Remove service</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="39" />
        <source>New delivery</source>
        <translation>New delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="40" />
        <source>Edit delivery</source>
        <translation>Edit delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="41" />
        <source>Request delivery</source>
        <translation>Request delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="42" />
        <source>Schedule delivery</source>
        <translation>Schedule delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="43" />
        <source>Mark delivered</source>
        <translation>Mark delivered</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="44" />
        <source>Cancel delivery</source>
        <translation>Cancel delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="45" />
        <source>Reschedule delivery</source>
        <translation>Reschedule delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="46" />
        <source>Remove delivery</source>
        <translation>Remove delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="47" />
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="48" />
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="49" />
        <source>Adjust</source>
        <translation>Adjust</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="50" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="51" />
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="52" />
        <source>Transfer credits</source>
        <translation>Transfer credits</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="93" />
        <source>the data changed since; nothing was written</source>
        <translation>the data changed since; nothing was written</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="100" />
        <source>%1; nothing was written</source>
        <translation>%1; nothing was written</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="321" />
        <source>“%1” was not saved: the record was changed or removed meanwhile. Nothing of it was written; the window shows the data as stored.</source>
        <extracomment>The data changed (an edit, undo, redo, import, another database, the first load). The work order the screens show (its number). A screen asks the window to show something: (screen name, subject kind, key). An undo or redo could not be applied: (what, why). An edit was refused by the database or the disk (full, read-only, gone…): the message (what, why, nothing saved). The data has been read again from the file already. The background read of the portfolio failed: why (one line). The database (given by path, opened by the background task) could not be opened: the DatabaseError, for the window to ask what to do (read-only copy, restore a backup). True while a background task reads the portfolio: the screens show it empty meanwhile.</extracomment>
        <translation>“%1” was not saved: the record was changed or removed meanwhile. Nothing of it was written; the window shows the data as stored.</translation>
    </message>
    <message>
        <location filename="../app/ui/context.py" line="324" />
        <location filename="../app/ui/context.py" line="329" />
        <source>The change</source>
        <translation>The change</translation>
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
        <location filename="../app/ui/widgets.py" line="202" />
        <location filename="../app/ui/widgets.py" line="213" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets.py" line="224" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DeadlinesScreen</name>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="42" />
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="46" />
        <source>All rules</source>
        <translation>All rules</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="51" />
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="51" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="52" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="52" />
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="58" />
        <location filename="../app/ui/deadlines_screen.py" line="65" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="58" />
        <location filename="../app/ui/deadlines_screen.py" line="68" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="59" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="59" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="69" />
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="70" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="71" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="72" />
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="75" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="88" />
        <source>Double-click or press Enter on a row to open what it is about.</source>
        <translation>Double-click or press Enter on a row to open what it is about.</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="113" />
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <location filename="../app/ui/deadlines_screen.py" line="130" />
        <source>%1 of %2 findings</source>
        <translation>%1 of %2 findings</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="173" />
        <source>Edit delivery</source>
        <extracomment>Why the last preview could not be computed (rich text), or "".</extracomment>
        <translation>Edit delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="173" />
        <source>New delivery</source>
        <translation>New delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="174" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="200" />
        <source>Purchased service</source>
        <translation>Purchased service</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="201" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="202" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="203" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="204" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="205" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="206" />
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="207" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="208" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="244" />
        <source>No new warning: the contract's rules are kept.</source>
        <translation>No new warning: the contract's rules are kept.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="30" />
        <source>Grant credits and hours</source>
        <translation>Grant credits and hours</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="30" />
        <source>Draw credits and hours</source>
        <translation>Draw credits and hours</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="31" />
        <source>Adjust the balance</source>
        <translation>Adjust the balance</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="32" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="44" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="45" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="46" />
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="47" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="48" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="49" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="51" />
        <source>A negative amount lowers the balance.</source>
        <translation>A negative amount lowers the balance.</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="76" />
        <source>Balance now: %1 credits, %2 hours. After this entry: %3 credits, %4 hours.</source>
        <translation>Balance now: %1 credits, %2 hours. After this entry: %3 credits, %4 hours.</translation>
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
        <location filename="../app/ui/failures.py" line="185" />
        <source>Something could not be done: %1.</source>
        <translation>Something could not be done: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="187" />
        <source>Something went wrong that Unified Planner did not expect (%1). Your saved data is safe; the last action may not have been done.</source>
        <translation>Something went wrong that Unified Planner did not expect (%1). Your saved data is safe; the last action may not have been done.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="191" />
        <source>The details are in %1.</source>
        <translation>The details are in %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="192" />
        <source>The details could not be written to a log.</source>
        <translation>The details could not be written to a log.</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="206" />
        <source>unexpected error (%1)</source>
        <translation>unexpected error (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="208" />
        <source>details in %1</source>
        <translation>details in %1</translation>
    </message>
    <message>
        <location filename="../app/ui/failures.py" line="236" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="134" />
        <source>Welcome to Unified Planner</source>
        <translation>Welcome to Unified Planner</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="136" />
        <source>This database holds no work order yet. Load the demo portfolio to look around (five work orders of customers in Kazakhstan and neighbouring countries), or start empty and create or import your own.</source>
        <translation>This database holds no work order yet. Load the demo portfolio to look around (five work orders of customers in Kazakhstan and neighbouring countries), or start empty and create or import your own.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="140" />
        <source>Load the demo portfolio</source>
        <translation>Load the demo portfolio</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="142" />
        <source>Start empty</source>
        <translation>Start empty</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="53" />
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <message>
        <location filename="../app/ui/history_view.py" line="68" />
        <source>%1 credits</source>
        <translation>%1 credits</translation>
    </message>
    <message>
        <location filename="../app/ui/history_view.py" line="70" />
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../app/ui/import_dialog.py" line="77" />
        <source>Import a work order workbook</source>
        <translation>Import a work order workbook</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="82" />
        <source>No workbook chosen</source>
        <translation>No workbook chosen</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="83" />
        <source>Choose a workbook…</source>
        <translation>Choose a workbook…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="92" />
        <source>Choose a workbook to see what it would change.</source>
        <translation>Choose a workbook to see what it would change.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="102" />
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="103" />
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="104" />
        <source>Service matches</source>
        <translation>Service matches</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="105" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="108" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="109" />
        <source>Save error workbook…</source>
        <translation>Save error workbook…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="111" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="137" />
        <source>Choose a workbook</source>
        <translation>Choose a workbook</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="138" />
        <location filename="../app/ui/import_dialog.py" line="321" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="157" />
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="169" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="187" />
        <source>The workbook cannot be read: %1</source>
        <translation>The workbook cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="203" />
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation>%1 new, %2 changed, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="206" />
        <source>Rejected: %1 problems. Nothing will be written until they are fixed.</source>
        <translation>Rejected: %1 problems. Nothing will be written until they are fixed.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="209" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="209" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="209" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="227" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="227" />
        <location filename="../app/ui/import_dialog.py" line="230" />
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="227" />
        <location filename="../app/ui/import_dialog.py" line="230" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="227" />
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="227" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="228" />
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="230" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="230" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="230" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="235" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="238" />
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="250" />
        <source>Every service name matches the catalog.</source>
        <translation>Every service name matches the catalog.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="253" />
        <source>These service names are not in the catalog. Choose the service each one means; nothing is taken without your choice.</source>
        <translation>These service names are not in the catalog. Choose the service each one means; nothing is taken without your choice.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="258" />
        <source>— choose a service —</source>
        <translation>— choose a service —</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="260" />
        <source>Proposed: %1</source>
        <translation>Proposed: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="269" />
        <source>Use these services and check again</source>
        <translation>Use these services and check again</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="303" />
        <source>Nothing was imported: %1. The database is as it was.</source>
        <translation>Nothing was imported: %1. The database is as it was.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="320" />
        <source>Save error workbook</source>
        <translation>Save error workbook</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="334" />
        <source>Error workbook saved: %1</source>
        <translation>Error workbook saved: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="338" />
        <source>The error workbook cannot be written: %1</source>
        <translation>The error workbook cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>LedgerScreen</name>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="101" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="102" />
        <location filename="../app/ui/ledger_screen.py" line="114" />
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="104" />
        <location filename="../app/ui/ledger_screen.py" line="115" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="112" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="113" />
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="116" />
        <source>Credit balance</source>
        <translation>Credit balance</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="118" />
        <source>Hours balance</source>
        <translation>Hours balance</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="120" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="121" />
        <source>Other location</source>
        <translation>Other location</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="122" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="130" />
        <source>Grant…</source>
        <translation>Grant…</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="130" />
        <source>Draw…</source>
        <translation>Draw…</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="131" />
        <source>Adjust…</source>
        <translation>Adjust…</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="131" />
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="141" />
        <source>Support locations</source>
        <translation>Support locations</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="163" />
        <source>Credits and hours</source>
        <translation>Credits and hours</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_screen.py" line="196" />
        <source>Credit balance of %1 over the term</source>
        <translation>Credit balance of %1 over the term</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="196" />
        <source>Edit purchased service</source>
        <translation>Edit purchased service</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="196" />
        <source>Add purchased service</source>
        <translation>Add purchased service</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="197" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="203" />
        <source>Search the catalog…</source>
        <translation>Search the catalog…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="206" />
        <source>In the Base Package</source>
        <translation>In the Base Package</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="207" />
        <source>Bought on top of the Base Package</source>
        <translation>Bought on top of the Base Package</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="208" />
        <location filename="../app/ui/workorder_dialogs.py" line="233" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="209" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="210" />
        <location filename="../app/ui/workorder_dialogs.py" line="250" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="228" />
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="249" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="251" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="252" />
        <source>Paid from</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="253" />
        <source>Unit price (%1)</source>
        <translation>Unit price (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="254" />
        <source>Flex year</source>
        <translation>Flex year</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="255" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="151" />
        <source>Edit support location</source>
        <translation>Edit support location</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="151" />
        <source>Add support location</source>
        <translation>Add support location</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="152" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="169" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="170" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="171" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="172" />
        <source>Rate to USD</source>
        <translation>Rate to USD</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="173" />
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
        <location filename="../app/ui/window.py" line="157" />
        <location filename="../app/ui/window.py" line="303" />
        <source>Reading the portfolio…</source>
        <extracomment>The language was changed in Settings: the application rebuilds the window. The portfolio has been read and checked (at once, or by the background task). The exit code when the window closed because its database could not be opened.</extracomment>
        <translation>Reading the portfolio…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="158" />
        <source>Reading and checking the portfolio…</source>
        <translation>Reading and checking the portfolio…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="159" />
        <source>Checking the portfolio…</source>
        <translation>Checking the portfolio…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="200" />
        <source>The portfolio could not be read: %1</source>
        <translation>The portfolio could not be read: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="205" />
        <location filename="../app/ui/window.py" line="479" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="209" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="222" />
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="223" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="224" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="225" />
        <source>New work order…</source>
        <translation>New work order…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="226" />
        <source>Open database…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="227" />
        <location filename="../app/ui/window.py" line="617" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="228" />
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="229" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="234" />
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="239" />
        <source>Work order:</source>
        <translation>Work order:</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="246" />
        <source>Search customer or number…</source>
        <translation>Search customer or number…</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="264" />
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="264" />
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="264" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="265" />
        <source>Credits and hours</source>
        <translation>Credits and hours</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="265" />
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="266" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="358" />
        <source>Reports are not available: %1</source>
        <translation>Reports are not available: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="381" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="385" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="388" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="577" />
        <source>Read-only: the file or its folder cannot be written</source>
        <translation>Read-only: the file or its folder cannot be written</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="579" />
        <source>Read-only: another copy has the file open</source>
        <translation>Read-only: another copy has the file open</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="409" />
        <source>Open Deadlines (Ctrl+5)</source>
        <translation>Open Deadlines (Ctrl+5)</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="451" />
        <source>Errors: %1 · Warnings: %2</source>
        <translation>Errors: %1 · Warnings: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="453" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="457" />
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="460" />
        <source>Daily backup failed: %1</source>
        <translation>Daily backup failed: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="461" />
        <source>Use File &gt; Back up now once the cause is fixed.</source>
        <translation>Use File &gt; Back up now once the cause is fixed.</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="475" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="479" />
        <source>%1 could not be applied: %2</source>
        <translation>%1 could not be applied: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="486" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="546" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="546" />
        <source>Import is not available: %1</source>
        <translation>Import is not available: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="554" />
        <source>Export the portfolio</source>
        <translation>Export the portfolio</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="555" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="570" />
        <source>Exported %1 work orders to %2</source>
        <translation>Exported %1 work orders to %2</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="571" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="615" />
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="623" />
        <location filename="../app/ui/window.py" line="634" />
        <location filename="../app/ui/window.py" line="640" />
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="624" />
        <location filename="../app/ui/window.py" line="648" />
        <source>Planner database (*.db)</source>
        <translation>Planner database (*.db)</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="635" />
        <source>Replace the data with the backup %1? The current data is kept as a backup first.</source>
        <translation>Replace the data with the backup %1? The current data is kept as a backup first.</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="636" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="642" />
        <source>Restored from %1</source>
        <translation>Restored from %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window.py" line="178" />
        <location filename="../app/ui/window.py" line="647" />
        <location filename="../app/ui/window.py" line="662" />
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
</context>
<context>
    <name>NewWorkOrderDialog</name>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="108" />
        <source>New work order</source>
        <translation>New work order</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="108" />
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="122" />
        <source>Work order number</source>
        <translation>Work order number</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="123" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="124" />
        <source>Term start</source>
        <translation>Term start</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="125" />
        <source>Term end</source>
        <translation>Term end</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="126" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_dialogs.py" line="127" />
        <source>Cancellation fee, %</source>
        <translation>Cancellation fee, %</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <location filename="../app/ui/plan_screen.py" line="108" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="109" />
        <location filename="../app/ui/plan_screen.py" line="248" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="112" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="113" />
        <location filename="../app/ui/plan_screen.py" line="249" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="115" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="116" />
        <location filename="../app/ui/plan_screen.py" line="250" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="117" />
        <location filename="../app/ui/plan_screen.py" line="251" />
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="118" />
        <location filename="../app/ui/plan_screen.py" line="252" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="119" />
        <location filename="../app/ui/plan_screen.py" line="253" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="120" />
        <location filename="../app/ui/plan_screen.py" line="254" />
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="122" />
        <location filename="../app/ui/plan_screen.py" line="255" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="124" />
        <location filename="../app/ui/plan_screen.py" line="262" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="137" />
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="137" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="138" />
        <source>Request…</source>
        <translation>Request…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="138" />
        <source>Schedule…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="139" />
        <source>Deliver…</source>
        <translation>Deliver…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="139" />
        <source>Reschedule…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="140" />
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="140" />
        <location filename="../app/ui/plan_screen.py" line="284" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="182" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="182" />
        <source>Last request day</source>
        <translation>Last request day</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="183" />
        <source>Term end</source>
        <translation>Term end</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="183" />
        <source>no dates yet</source>
        <translation>no dates yet</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="184" />
        <location filename="../app/ui/plan_screen.py" line="192" />
        <source>No work order selected</source>
        <translation>No work order selected</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="191" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="196" />
        <source>Term %1 – %2 · last request day %3 · cancellation fee %4%</source>
        <translation>Term %1 – %2 · last request day %3 · cancellation fee %4%</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="238" />
        <source>Select a delivery to see its details.</source>
        <translation>Select a delivery to see its details.</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="258" />
        <source>Moved from</source>
        <translation>Moved from</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="260" />
        <source>Changed on</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="264" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="283" />
        <location filename="../app/ui/plan_screen.py" line="289" />
        <source>Remove delivery</source>
        <translation>Remove delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="284" />
        <source>Remove the planned delivery %1?</source>
        <translation>Remove the planned delivery %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_screen.py" line="293" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>PortfolioScreen</name>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="57" />
        <source>Filter by customer or work order…</source>
        <translation>Filter by customer or work order…</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="59" />
        <source>Only with problems</source>
        <translation>Only with problems</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="63" />
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="74" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="75" />
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="76" />
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="78" />
        <source>Term passed</source>
        <translation>Term passed</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="79" />
        <source>Credits left</source>
        <translation>Credits left</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="82" />
        <source>Hours left</source>
        <translation>Hours left</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="93" />
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="84" />
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="89" />
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="91" />
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="117" />
        <source>Double-click a work order to open it.</source>
        <translation>Double-click a work order to open it.</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="131" />
        <source>%1: %2 credits, %3 hours</source>
        <translation>%1: %2 credits, %3 hours</translation>
    </message>
    <message>
        <location filename="../app/ui/portfolio_screen.py" line="154" />
        <source>%1 of %2 work orders</source>
        <translation>%1 of %2 work orders</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="71" />
        <source>the record is no longer there</source>
        <translation>the record is no longer there</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="73" />
        <source>unexpected error (%1)</source>
        <translation>unexpected error (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="74" />
        <source>The consequences could not be worked out: %1. Check the contract's rules yourself before you confirm.</source>
        <translation>The consequences could not be worked out: %1. Check the contract's rules yourself before you confirm.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../app/ui/reports_screen.py" line="109" />
        <source>All work orders active in the quarter</source>
        <translation>All work orders active in the quarter</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="112" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="114" />
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="116" />
        <source>Internal edition (findings, rule ids, notes)</source>
        <translation>Internal edition (findings, rule ids, notes)</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="118" />
        <source>Off: the customer edition, to hand over.</source>
        <translation>Off: the customer edition, to hand over.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="120" />
        <location filename="../app/ui/reports_screen.py" line="232" />
        <source>Folder for the statements</source>
        <translation>Folder for the statements</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="121" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="123" />
        <source>Render statements</source>
        <translation>Render statements</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="125" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="134" />
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="136" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="138" />
        <location filename="../app/ui/reports_screen.py" line="322" />
        <location filename="../app/ui/reports_screen.py" line="331" />
        <location filename="../app/ui/reports_screen.py" line="334" />
        <source>Calendar (.ics)…</source>
        <translation>Calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="142" />
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="143" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="149" />
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="153" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="162" />
        <source>Work orders</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="190" />
        <location filename="../app/ui/reports_screen.py" line="242" />
        <source>Not a quarter (expected like 2026Q4).</source>
        <translation>Not a quarter (expected like 2026Q4).</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="246" />
        <source>Choose PDF, Excel or both.</source>
        <translation>Choose PDF, Excel or both.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="250" />
        <source>Choose a folder for the statements.</source>
        <translation>Choose a folder for the statements.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="254" />
        <source>Tick at least one work order.</source>
        <translation>Tick at least one work order.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="266" />
        <source>Rendering…</source>
        <translation>Rendering…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="274" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="281" />
        <source>%1 of %2 statements</source>
        <translation>%1 of %2 statements</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="288" />
        <source>Cancelled: %1 of %2 statements written.</source>
        <translation>Cancelled: %1 of %2 statements written.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="290" />
        <source>No work order is active in this quarter.</source>
        <translation>No work order is active in this quarter.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="292" />
        <source>Done: %1 of %2 statements written.</source>
        <translation>Done: %1 of %2 statements written.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="300" />
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="324" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../app/ui/reports_screen.py" line="336" />
        <source>Calendar written: %1 (%2 deadlines, %3 deliveries)</source>
        <translation>Calendar written: %1 (%2 deadlines, %3 deliveries)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="32" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="50" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="67" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="68" />
        <source>Reminder days before a deadline</source>
        <translation>Reminder days before a deadline</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="69" />
        <source>Default cancellation fee, %</source>
        <translation>Default cancellation fee, %</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="70" />
        <location filename="../app/ui/settings_dialog.py" line="88" />
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="71" />
        <source>Account manager on statements</source>
        <translation>Account manager on statements</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="72" />
        <source>Account manager's e-mail</source>
        <translation>Account manager's e-mail</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="73" />
        <source>Account manager's phone</source>
        <translation>Account manager's phone</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="74" />
        <source>Reminders: a deadline shows up once it is within the largest number of days; the fee is proposed for new work orders (the contract may say less than 100%).</source>
        <translation>Reminders: a deadline shows up once it is within the largest number of days; the fee is proposed for new work orders (the contract may say less than 100%).</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="78" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="78" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="110" />
        <source>whole days between 0 and 366, separated by commas</source>
        <translation>whole days between 0 and 366, separated by commas</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="111" />
        <source>is not a folder</source>
        <translation>is not a folder</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="102" />
        <source>Transfer credits</source>
        <translation>Transfer credits</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="102" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="114" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="115" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="116" />
        <source>Credits to send</source>
        <translation>Credits to send</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="117" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="118" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="119" />
        <source>Only the locations of this work order can be chosen (USSD 2.4).</source>
        <translation>Only the locations of this work order can be chosen (USSD 2.4).</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="130" />
        <location filename="../app/ui/ledger_dialogs.py" line="142" />
        <source>Choose two different locations.</source>
        <translation>Choose two different locations.</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="147" />
        <source>%1 credits leave %2 (one credit = %3 %4); %5 credits arrive at %6 (one credit = %7 %8), rounded up to a whole credit (USSD 2.4).</source>
        <translation>%1 credits leave %2 (one credit = %3 %4); %5 credits arrive at %6 (one credit = %7 %8), rounded up to a whole credit (USSD 2.4).</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="153" />
        <source>Balance of %1 on %2: %3 credits.</source>
        <translation>Balance of %1 on %2: %3 credits.</translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_dialogs.py" line="156" />
        <source>More than the balance: not allowed.</source>
        <translation>More than the balance: not allowed.</translation>
    </message>
</context>
<context>
    <name>WorkOrderScreen</name>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="83" />
        <source>New work order…</source>
        <translation>New work order…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="106" />
        <source>Term start</source>
        <translation>Term start</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="106" />
        <source>Term end</source>
        <translation>Term end</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="107" />
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="107" />
        <location filename="../app/ui/workorder_screen.py" line="157" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="108" />
        <location filename="../app/ui/workorder_screen.py" line="158" />
        <source>Rate to USD</source>
        <translation>Rate to USD</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="108" />
        <source>Base amount</source>
        <translation>Base amount</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="109" />
        <source>Flex allowance</source>
        <translation>Flex allowance</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="109" />
        <source>Cancellation fee, %</source>
        <translation>Cancellation fee, %</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="111" />
        <location filename="../app/ui/workorder_screen.py" line="250" />
        <location filename="../app/ui/workorder_screen.py" line="319" />
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="131" />
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="132" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="133" />
        <source>Flex</source>
        <translation>Flex</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="134" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="135" />
        <source>No work order yet. Create one, import a workbook, or load the demo portfolio.</source>
        <translation>No work order yet. Create one, import a workbook, or load the demo portfolio.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="154" />
        <location filename="../app/ui/workorder_screen.py" line="260" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="156" />
        <location filename="../app/ui/workorder_screen.py" line="259" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="159" />
        <location filename="../app/ui/workorder_screen.py" line="260" />
        <source>Value of one credit</source>
        <translation>Value of one credit</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="166" />
        <location filename="../app/ui/workorder_screen.py" line="216" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="167" />
        <location filename="../app/ui/workorder_screen.py" line="217" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="168" />
        <location filename="../app/ui/workorder_screen.py" line="218" />
        <location filename="../app/ui/workorder_screen.py" line="463" />
        <location filename="../app/ui/workorder_screen.py" line="482" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="190" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="192" />
        <source>In the Base Package</source>
        <translation>In the Base Package</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="193" />
        <source>Bought on top of the Base Package</source>
        <translation>Bought on top of the Base Package</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="194" />
        <location filename="../app/ui/workorder_screen.py" line="251" />
        <location filename="../app/ui/workorder_screen.py" line="262" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="196" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="197" />
        <location filename="../app/ui/workorder_screen.py" line="258" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="198" />
        <location filename="../app/ui/workorder_screen.py" line="264" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="199" />
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="202" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="202" />
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="203" />
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="203" />
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="204" />
        <location filename="../app/ui/workorder_screen.py" line="251" />
        <location filename="../app/ui/workorder_screen.py" line="259" />
        <location filename="../app/ui/workorder_screen.py" line="491" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="205" />
        <location filename="../app/ui/workorder_screen.py" line="261" />
        <source>Paid from</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="206" />
        <location filename="../app/ui/workorder_screen.py" line="258" />
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="208" />
        <location filename="../app/ui/workorder_screen.py" line="234" />
        <location filename="../app/ui/workorder_screen.py" line="261" />
        <source>Flex year</source>
        <translation>Flex year</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="209" />
        <location filename="../app/ui/workorder_screen.py" line="258" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="235" />
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="236" />
        <source>In USD</source>
        <translation>In USD</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="237" />
        <source>Of which credits and custom services</source>
        <translation>Of which credits and custom services</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="250" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="252" />
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="252" />
        <source>Ledger entry</source>
        <translation>Ledger entry</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="253" />
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="253" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="253" />
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="254" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="254" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="255" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="255" />
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="256" />
        <source>Changed on</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="256" />
        <source>Moved from</source>
        <translation>Moved from</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="257" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="257" />
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="257" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="259" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="262" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="262" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="263" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="263" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="263" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="264" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="264" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="267" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="268" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="269" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="270" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="271" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="272" />
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="274" />
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="322" />
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="361" />
        <source>Flex allowance: %1 %2 (USD %3)</source>
        <translation>Flex allowance: %1 %2 (USD %3)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="363" />
        <source>Allocated to services: %1 %2; not allocated: %3 %2</source>
        <translation>Allocated to services: %1 %2; not allocated: %3 %2</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="366" />
        <source>Cap for proactive credits and custom proactive services: USD %1 (20% of the allowance or USD 50,000, whichever is greater, at most the allowance)</source>
        <translation>Cap for proactive credits and custom proactive services: USD %1 (20% of the allowance or USD 50,000, whichever is greater, at most the allowance)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="371" />
        <source>May still go to credits under the cap: USD %1</source>
        <translation>May still go to credits under the cap: USD %1</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="374" />
        <source>Over the cap by USD %1 (USSD 2.1)</source>
        <translation>Over the cap by USD %1 (USSD 2.1)</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="382" />
        <source>The history of changes is not available in this version.</source>
        <translation>The history of changes is not available in this version.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="395" />
        <source>The history could not be read: %1</source>
        <translation>The history could not be read: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="398" />
        <source>%1 changes, newest first</source>
        <translation>%1 changes, newest first</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="434" />
        <location filename="../app/ui/workorder_screen.py" line="491" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="461" />
        <location filename="../app/ui/workorder_screen.py" line="465" />
        <source>Remove location</source>
        <translation>Remove location</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="462" />
        <source>Remove the support location %1? Lines and deliveries there keep no location.</source>
        <translation>Remove the support location %1? Lines and deliveries there keep no location.</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="481" />
        <location filename="../app/ui/workorder_screen.py" line="483" />
        <source>Remove service</source>
        <translation>Remove service</translation>
    </message>
    <message>
        <location filename="../app/ui/workorder_screen.py" line="482" />
        <source>Remove line %1 from the work order?</source>
        <translation>Remove line %1 from the work order?</translation>
    </message>
</context>
<context>
    <name>_Base</name>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="113" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../app/ui/plan_dialogs.py" line="118" />
        <source>Before you confirm:</source>
        <translation>Before you confirm:</translation>
    </message>
</context>
</TS>