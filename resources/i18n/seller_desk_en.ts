<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkCancelDialog</name>
    <message numerus="yes">
        <source>Cancel %n order(s)</source>
        <translation>
            <numerusform>Cancel %n order</numerusform>
            <numerusform>Cancel %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these cancellations count(s) against you.</source>
        <translation>
            <numerusform>%n of these cancellations counts against you.</numerusform>
            <numerusform>%n of these cancellations count against you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel {allowed} of %n order(s)</source>
        <translation>
            <numerusform>Cancel {allowed} of %n order</numerusform>
            <numerusform>Cancel {allowed} of %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n order(s) cancelled</source>
        <translation>
            <numerusform>{done} of %n order cancelled</numerusform>
            <numerusform>{done} of %n orders cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message numerus="yes">
        <source>This starts a return of %n shipped unit(s) with a refund of {refund} (what the buyer paid for them). A return does not change your cancellation rate. Mark it received on the Returns page when the goods are back.</source>
        <translation>
            <numerusform>This starts a return of %n shipped unit with a refund of {refund} (what the buyer paid for them). A return does not change your cancellation rate. Mark it received on the Returns page when the goods are back.</numerusform>
            <numerusform>This starts a return of %n shipped units with a refund of {refund} (what the buyer paid for them). A return does not change your cancellation rate. Mark it received on the Returns page when the goods are back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status: %n chosen</source>
        <translation>
            <numerusform>Status: %n chosen</numerusform>
            <numerusform>Status: %n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message numerus="yes">
        <source>Amazon: %n day(s) at or over {limit} (shaded red). </source>
        <translation>
            <numerusform>Amazon: %n day at or over {limit} (shaded red). </numerusform>
            <numerusform>Amazon: %n days at or over {limit} (shaded red). </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) at or over {limit} (shaded red). </source>
        <translation>
            <numerusform>%n day at or over {limit} (shaded red). </numerusform>
            <numerusform>%n days at or over {limit} (shaded red). </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refunds (%n cancellation(s))</source>
        <translation>
            <numerusform>Refunds (%n cancellation)</numerusform>
            <numerusform>Refunds (%n cancellations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s) counted against you were for no inventory: keep stock counts current and set a SKU to zero when it runs out.</source>
        <translation>
            <numerusform>%n cancellation counted against you were for no inventory: keep stock counts current and set a SKU to zero when it runs out.</numerusform>
            <numerusform>%n cancellations counted against you were for no inventory: keep stock counts current and set a SKU to zero when it runs out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message numerus="yes">
        <source>Saving {file}: %Ln row(s) checked; updating the indexes and the search index…</source>
        <translation>
            <numerusform>Saving {file}: %Ln row checked; updating the indexes and the search index…</numerusform>
            <numerusform>Saving {file}: %Ln rows checked; updating the indexes and the search index…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking {file}: %Ln row(s), {speed} rows/s</source>
        <translation>
            <numerusform>Checking {file}: %Ln row, {speed} rows/s</numerusform>
            <numerusform>Checking {file}: %Ln rows, {speed} rows/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {file}: %Ln row(s), {speed} rows/s</source>
        <translation>
            <numerusform>Importing {file}: %Ln row, {speed} rows/s</numerusform>
            <numerusform>Importing {file}: %Ln rows, {speed} rows/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in {seconds} s ({speed} rows/s).</source>
        <translation>
            <numerusform>%Ln row in {seconds} s ({speed} rows/s).</numerusform>
            <numerusform>%Ln rows in {seconds} s ({speed} rows/s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n order(s) changed.</source>
        <translation>
            <numerusform>Updated: %n order changed.</numerusform>
            <numerusform>Updated: %n orders changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily backups on: the last %n are kept.</source>
        <translation>
            <numerusform>Daily backups on: the last %n are kept.</numerusform>
            <numerusform>Daily backups on: the last %n are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetailsPane</name>
    <message numerus="yes">
        <source>{total} for %n unit(s)</source>
        <translation>
            <numerusform>{total} for %n unit</numerusform>
            <numerusform>{total} for %n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message numerus="yes">
        <source>Cancel %n orders…</source>
        <translation>
            <numerusform>Cancel %n orders…</numerusform>
            <numerusform>Cancel %n orders…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-label %n cancellations…</source>
        <translation>
            <numerusform>Re-label %n cancellations…</numerusform>
            <numerusform>Re-label %n cancellations…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelabelDialog</name>
    <message numerus="yes">
        <source>Re-label %n cancellations</source>
        <translation>
            <numerusform>Re-label %n cancellations</numerusform>
            <numerusform>Re-label %n cancellations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>these %n orders</source>
        <translation>
            <numerusform>these %n orders</numerusform>
            <numerusform>these %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more without a cancellation.</source>
        <translation>
            <numerusform>… and %n more without a cancellation.</numerusform>
            <numerusform>… and %n more without a cancellation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n now count(s) against your cancellation rate.</source>
        <translation>
            <numerusform>%n now counts against your cancellation rate.</numerusform>
            <numerusform>%n now count against your cancellation rate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s) re-labelled;</source>
        <translation>
            <numerusform>%n cancellation re-labelled;</numerusform>
            <numerusform>%n cancellations re-labelled;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n open request</numerusform>
            <numerusform>%n open requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message numerus="yes">
        <source>%n return(s), {waiting} waiting for the goods</source>
        <translation>
            <numerusform>%n return, {waiting} waiting for the goods</numerusform>
            <numerusform>%n returns, {waiting} waiting for the goods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message numerus="yes">
        <source>Building a demo shop of %Ln order(s)…</source>
        <translation>
            <numerusform>Building a demo shop of %Ln order…</numerusform>
            <numerusform>Building a demo shop of %Ln orders…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message numerus="yes">
        <source>%n SKU(s)</source>
        <translation>
            <numerusform>%n SKU</numerusform>
            <numerusform>%n SKUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message numerus="yes">
        <source>Backed up %n order(s) ({size}) to:
{path}

To restore, open the copy with Seller Desk:
{command}</source>
        <translation>
            <numerusform>Backed up %n order ({size}) to:
{path}

To restore, open the copy with Seller Desk:
{command}</numerusform>
            <numerusform>Backed up %n orders ({size}) to:
{path}

To restore, open the copy with Seller Desk:
{command}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n day(s) {hours} h</source>
        <translation>
            <numerusform>%n day {hours} h</numerusform>
            <numerusform>%n days {hours} h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message numerus="yes">
        <source>{counted} of %n order(s) cancelled against you: {rate}</source>
        <translation>
            <numerusform>{counted} of %n order cancelled against you: {rate}</numerusform>
            <numerusform>{counted} of %n orders cancelled against you: {rate}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>%n row(s) with errors. Importing as it is would write nothing; you can import the other rows and skip these.</source>
        <translation>
            <numerusform>%n row with errors. Importing as it is would write nothing; you can import the other rows and skip these.</numerusform>
            <numerusform>%n rows with errors. Importing as it is would write nothing; you can import the other rows and skip these.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import, skipping %n row(s)</source>
        <translation>
            <numerusform>Import, skipping %n row</numerusform>
            <numerusform>Import, skipping %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s) re-labelled as the buyer&apos;s.</source>
        <translation>
            <numerusform>%n cancellation re-labelled as the buyer&apos;s.</numerusform>
            <numerusform>%n cancellations re-labelled as the buyer&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) ({rows}) in {path}.</source>
        <translation>
            <numerusform>%n order ({rows}) in {path}.</numerusform>
            <numerusform>%n orders ({rows}) in {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingsDialog</name>
    <message numerus="yes">
        <source>%n more column(s)</source>
        <translation>
            <numerusform>%n more column</numerusform>
            <numerusform>%n more columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShipBy</name>
    <message numerus="yes">
        <source>due in %n min</source>
        <translation>
            <numerusform>due in %n min</numerusform>
            <numerusform>due in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n h</source>
        <translation>
            <numerusform>due in %n h</numerusform>
            <numerusform>due in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n d</source>
        <translation>
            <numerusform>due in %n d</numerusform>
            <numerusform>due in %n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>late by %n min</source>
        <translation>
            <numerusform>late by %n min</numerusform>
            <numerusform>late by %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>late by %n h</source>
        <translation>
            <numerusform>late by %n h</numerusform>
            <numerusform>late by %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>late by %n d</source>
        <translation>
            <numerusform>late by %n d</numerusform>
            <numerusform>late by %n d</numerusform>
        </translation>
    </message>
</context>
</TS>
