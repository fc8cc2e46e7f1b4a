<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Archive</name>
    <message>
        <source>Archived the whole shop ({orders} orders, {rows} rows in {tables} tables) to {path} ({size}). Restore it into a new shop with File &gt; Restore from a backup or archive, or: seller-desk --db NEW.db import {path}</source>
        <translation>Den ganzen Shop archiviert ({orders} Bestellungen, {rows} Zeilen in {tables} Tabellen) nach {path} ({size}). Stellen Sie ihn in einem neuen Shop wieder her mit Datei &gt; Aus Sicherung oder Archiv wiederherstellen, oder: seller-desk --db NEU.db import {path}</translation>
    </message>
    <message>
        <source>Restored {orders} orders and everything with them ({rows} rows) from {file}, archived by Seller Desk {version}.</source>
        <translation>{orders} Bestellungen mit allem, was dazugehört ({rows} Zeilen), aus {file} wiederhergestellt, archiviert von Seller Desk {version}.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Back up the shop</source>
        <translation>Shop sichern</translation>
    </message>
    <message>
        <source>Seller Desk database (*.db);;All files (*)</source>
        <translation>Seller-Desk-Datenbank (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Daily backup…</source>
        <translation>Tägliche Sicherung…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n order(s) ({size}) to:
{path}

To restore, open the copy with Seller Desk:
{command}</source>
        <translation>
            <numerusform>%n Bestellung ({size}) gesichert nach:
{path}

Zum Wiederherstellen öffnen Sie die Kopie mit Seller Desk:
{command}</numerusform>
            <numerusform>%n Bestellungen ({size}) gesichert nach:
{path}

Zum Wiederherstellen öffnen Sie die Kopie mit Seller Desk:
{command}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Daily backups</source>
        <translation>Tägliche Sicherungen</translation>
    </message>
    <message>
        <source>Seller Desk can copy your shop once a day, when it starts, and keep only the most recent copies. To restore one, open it with Seller Desk.</source>
        <translation>Seller Desk kann Ihren Shop einmal täglich beim Start kopieren und nur die neuesten Kopien behalten. Zum Wiederherstellen öffnen Sie eine Kopie mit Seller Desk.</translation>
    </message>
    <message>
        <source>Take a copy every day</source>
        <translation>Jeden Tag eine Kopie anlegen</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Behalten:</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> Kopien</translation>
    </message>
    <message>
        <source>Copies to keep</source>
        <translation>Aufzubewahrende Kopien</translation>
    </message>
    <message>
        <source>Open the backup folder</source>
        <translation>Sicherungsordner öffnen</translation>
    </message>
    <message>
        <source>This shop is on a PostgreSQL server, so Seller Desk cannot copy it. Back it up on the server with pg_dump; File &gt; Back up… shows the exact command.</source>
        <translation>Dieser Shop liegt auf einem PostgreSQL-Server, daher kann Seller Desk ihn nicht kopieren. Sichern Sie ihn auf dem Server mit pg_dump; Datei &gt; Sichern… zeigt den genauen Befehl.</translation>
    </message>
    <message>
        <source>The latest is {name}.</source>
        <translation>Die neueste ist {name}.</translation>
    </message>
    <message>
        <source>There is no copy yet.</source>
        <translation>Es gibt noch keine Kopie.</translation>
    </message>
    <message>
        <source>Copies are kept in:
{folder}
{latest}</source>
        <translation>Die Kopien liegen in:
{folder}
{latest}</translation>
    </message>
</context>
<context>
    <name>BulkCancelDialog</name>
    <message numerus="yes">
        <source>Cancel %n order(s)</source>
        <translation>
            <numerusform>%n Bestellung stornieren</numerusform>
            <numerusform>%n Bestellungen stornieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders to cancel</source>
        <translation>Zu stornierende Bestellungen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Put the cancelled units back in stock (orders answering a buyer&apos;s request always are)</source>
        <translation>Stornierte Einheiten wieder einlagern (bei Stornierungsanträgen von Käufern immer)</translation>
    </message>
    <message>
        <source>Also set the available stock of these SKUs to zero</source>
        <translation>Verfügbaren Bestand dieser SKUs auf null setzen</translation>
    </message>
    <message>
        <source>For your records (optional)</source>
        <translation>Für Ihre Unterlagen (optional)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message to the buyers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nachricht an die Käufer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each buyer&apos;s message is drafted for their order (a buyer who asked to cancel is told it was cancelled as they asked). Edit it to send your own text to the buyers who did not ask.</source>
        <translation>Die Nachricht an jeden Käufer wird für seine Bestellung entworfen (wer die Stornierung beantragt hat, erfährt, dass wie gewünscht storniert wurde). Bearbeiten Sie sie, um den Käufern ohne Antrag Ihren eigenen Text zu senden.</translation>
    </message>
    <message>
        <source>Keep orders</source>
        <translation>Bestellungen behalten</translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation>Bestellungen stornieren</translation>
    </message>
    <message>
        <source>Checking the orders…</source>
        <translation>Bestellungen werden geprüft…</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>Cannot cancel: {why}</source>
        <translation>Stornierung nicht möglich: {why}</translation>
    </message>
    <message>
        <source>Buyer asked: accepted as “Buyer cancelled”, not counted</source>
        <translation>Käufer hat angefragt: als „Käuferstorno“ angenommen, wird nicht angerechnet</translation>
    </message>
    <message>
        <source>Cancel all open items; counts against you</source>
        <translation>Alle offenen Artikel stornieren; wird Ihnen angerechnet</translation>
    </message>
    <message>
        <source>Cancel all open items; not counted</source>
        <translation>Alle offenen Artikel stornieren; wird nicht angerechnet</translation>
    </message>
    <message numerus="yes">
        <source>%n of these cancellations count(s) against you.</source>
        <translation>
            <numerusform>%n dieser Stornierungen wird Ihnen angerechnet.</numerusform>
            <numerusform>%n dieser Stornierungen werden Ihnen angerechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these cancellations count against you.</source>
        <translation>Keine dieser Stornierungen wird Ihnen angerechnet.</translation>
    </message>
    <message>
        <source>None of these orders can be cancelled now.</source>
        <translation>Keine dieser Bestellungen kann jetzt storniert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel {allowed} of %n order(s)</source>
        <translation>
            <numerusform>{allowed} von %n Bestellung stornieren</numerusform>
            <numerusform>{allowed} von %n Bestellungen stornieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; counts against you</source>
        <translation>Storniert; wird Ihnen angerechnet</translation>
    </message>
    <message>
        <source>Cancelled; not counted</source>
        <translation>Storniert; wird nicht angerechnet</translation>
    </message>
    <message>
        <source>Refused: {why}</source>
        <translation>Abgelehnt: {why}</translation>
    </message>
    <message>
        <source>Cancelling orders…</source>
        <translation>Bestellungen werden storniert…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n order(s) cancelled</source>
        <translation>
            <numerusform>{done} von %n Bestellung storniert</numerusform>
            <numerusform>{done} von %n Bestellungen storniert</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>BuyerMessage</name>
    <message>
        <source>Message to the buyer</source>
        <translation>Nachricht an den Käufer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the message, to paste it into Buyer-Seller Messaging</source>
        <translation>Nachricht kopieren, um sie in das Käufer-Verkäufer-Postfach einzufügen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel order {order_id}</source>
        <translation>Bestellung {order_id} stornieren</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items to cancel&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zu stornierende Artikel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Not shipped</source>
        <translation>Nicht versandt</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Einlagern</translation>
    </message>
    <message>
        <source>Items to cancel</source>
        <translation>Zu stornierende Artikel</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Cost to you</source>
        <translation>Ihre Kosten</translation>
    </message>
    <message>
        <source>What this cancellation cost you (postage bought, fees), if anything</source>
        <translation>Was Sie diese Stornierung gekostet hat (gekauftes Porto, Gebühren), falls etwas</translation>
    </message>
    <message>
        <source>Cost to you:</source>
        <translation>Ihre Kosten:</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>Erstattung:</translation>
    </message>
    <message>
        <source>For your records (optional)</source>
        <translation>Für Ihre Unterlagen (optional)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message to the buyer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nachricht an den Käufer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> von {count}</translation>
    </message>
    <message>
        <source>Units of %1 to cancel</source>
        <translation>Zu stornierende Einheiten von %1</translation>
    </message>
    <message>
        <source>Put the cancelled units back in stock</source>
        <translation>Stornierte Einheiten wieder einlagern</translation>
    </message>
    <message>
        <source>Restock %1</source>
        <translation>%1 wieder einlagern</translation>
    </message>
    <message>
        <source>  (customised)</source>
        <translation>  (personalisiert)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>{marketplace} order {order_id} · {status} · {channel}</source>
        <translation>{marketplace}-Bestellung {order_id} · {status} · {channel}</translation>
    </message>
    <message>
        <source> The reason is “Buyer cancelled”.</source>
        <translation> Der Grund ist „Käuferstorno“.</translation>
    </message>
    <message>
        <source>Note to Amazon (optional)</source>
        <translation>Notiz an Amazon (optional)</translation>
    </message>
    <message>
        <source>Return reason (optional)</source>
        <translation>Rücksendegrund (optional)</translation>
    </message>
    <message>
        <source>Note to Amazon</source>
        <translation>Notiz an Amazon</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>Rücksendegrund</translation>
    </message>
    <message>
        <source>Keep order</source>
        <translation>Bestellung behalten</translation>
    </message>
    <message>
        <source>{currency} · default: what the buyer paid for the cancelled items</source>
        <translation>{currency} · Vorgabe: was der Käufer für die stornierten Artikel bezahlt hat</translation>
    </message>
    <message>
        <source>Also set the available stock of {skus} to zero, so it is not oversold again</source>
        <translation>Verfügbaren Bestand von {skus} auf null setzen (gegen erneuten Überverkauf)</translation>
    </message>
    <message>
        <source>Choose at least one unit to cancel.</source>
        <translation>Wählen Sie mindestens eine Einheit zum Stornieren.</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Wählen Sie einen Grund.</translation>
    </message>
    <message>
        <source>The refund is not an amount.</source>
        <translation>Die Erstattung ist kein Betrag.</translation>
    </message>
    <message>
        <source>The cost is not an amount.</source>
        <translation>Die Kosten sind kein Betrag.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird storniert…</translation>
    </message>
    <message numerus="yes">
        <source>This starts a return of %n shipped unit(s) with a refund of {refund} (what the buyer paid for them). A return does not change your cancellation rate. Mark it received on the Returns page when the goods are back.</source>
        <translation>
            <numerusform>Damit beginnt eine Rücksendung von %n versandten Einheit mit einer Erstattung von {refund} (was der Käufer dafür bezahlt hat). Eine Rücksendung ändert Ihre Stornorate nicht. Markieren Sie sie auf der Seite Rücksendungen als erhalten, wenn die Ware zurück ist.</numerusform>
            <numerusform>Damit beginnt eine Rücksendung von %n versandten Einheiten mit einer Erstattung von {refund} (was der Käufer dafür bezahlt hat). Eine Rücksendung ändert Ihre Stornorate nicht. Markieren Sie sie auf der Seite Rücksendungen als erhalten, wenn die Ware zurück ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm return and refund of {refund}</source>
        <translation>Rücksendung und Erstattung von {refund} bestätigen</translation>
    </message>
    <message>
        <source>Start a return and refund of {refund}? Click again to confirm.</source>
        <translation>Rücksendung und Erstattung von {refund} beginnen? Zum Bestätigen erneut klicken.</translation>
    </message>
    <message>
        <source>Your request to Amazon is recorded. Amazon decides; the outcome shows in the next order report.</source>
        <translation>Ihre Anfrage an Amazon ist vermerkt. Amazon entscheidet; das Ergebnis zeigt der nächste Bestellbericht.</translation>
    </message>
    <message>
        <source>A return and refund of {refund} is started; follow it on the Returns page.</source>
        <translation>Eine Rücksendung mit Erstattung von {refund} ist begonnen; verfolgen Sie sie auf der Seite Rücksendungen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Seller Desk records that you asked Amazon to cancel (do it in Seller Central too). Whether Amazon cancels shows in the next order report; it never counts against you.</source>
        <translation>Seller Desk vermerkt, dass Sie Amazon um die Stornierung gebeten haben (tun Sie es auch in Seller Central). Ob Amazon storniert, zeigt der nächste Bestellbericht; es wird Ihnen nie angerechnet.</translation>
    </message>
    <message>
        <source>Order {order_id} is {status}; refund {refund}; it counts against you.</source>
        <translation>Bestellung {order_id}: {status}; Erstattung {refund}; wird Ihnen angerechnet.</translation>
    </message>
    <message>
        <source>Order {order_id} is {status}; refund {refund}; it does not count against you.</source>
        <translation>Bestellung {order_id}: {status}; Erstattung {refund}; wird Ihnen nicht angerechnet.</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <source>Checking for changes…</source>
        <translation>Suche nach Änderungen…</translation>
    </message>
</context>
<context>
    <name>ChoiceBox</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— wählen —</translation>
    </message>
</context>
<context>
    <name>CurrencySettingsDialog</name>
    <message>
        <source>Shop currency</source>
        <translation>Währung des Shops</translation>
    </message>
    <message>
        <source>The currency of the rows of an imported file that give none (a blank currency column, or a CSV without one). Orders already imported keep theirs.</source>
        <translation>Die Währung der Zeilen einer importierten Datei, die keine angeben (leere Währungsspalte oder CSV ohne eine). Bereits importierte Bestellungen behalten ihre.</translation>
    </message>
    <message>
        <source>Not set yet: pick a code such as EUR or USD</source>
        <translation>Noch nicht festgelegt: Code wählen, z. B. EUR oder USD</translation>
    </message>
</context>
<context>
    <name>DayAxis</name>
    <message>
        <source>MMM dd</source>
        <translation>dd. MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DeclineAndShipDialog</name>
    <message>
        <source>Ship order {order_id}?</source>
        <translation>Bestellung {order_id} versenden?</translation>
    </message>
    <message>
        <source>The buyer asked to cancel order {order_id}; answer the request before you ship it.</source>
        <translation>Der Käufer hat die Stornierung von Bestellung {order_id} beantragt; beantworten Sie den Antrag, bevor Sie versenden.</translation>
    </message>
    <message>
        <source>Decline the request, telling the buyer why:</source>
        <translation>Antrag ablehnen und dem Käufer den Grund nennen:</translation>
    </message>
    <message>
        <source>e.g. Your order had already left our warehouse.</source>
        <translation>z. B. Ihre Bestellung hatte unser Lager bereits verlassen.</translation>
    </message>
    <message>
        <source>Why the request is declined</source>
        <translation>Warum der Stornierungsantrag abgelehnt wird</translation>
    </message>
    <message>
        <source>Decline request and ship</source>
        <translation>Antrag ablehnen und versenden</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Decline the request for {order_id}</source>
        <translation>Antrag für {order_id} ablehnen</translation>
    </message>
    <message>
        <source>Tell the buyer why the order cannot be cancelled:</source>
        <translation>Teilen Sie dem Käufer mit, warum die Bestellung nicht storniert werden kann:</translation>
    </message>
    <message>
        <source>Decline request</source>
        <translation>Antrag ablehnen</translation>
    </message>
</context>
<context>
    <name>EmptyShopHint</name>
    <message>
        <source>&lt;p style=&apos;font-size:17px&apos;&gt;&lt;b&gt;This shop has no orders yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Bring your orders in from an Amazon order report: in Seller Central, &lt;i&gt;Reports &amp;gt; Fulfillment &amp;gt; All Orders&lt;/i&gt; (or &lt;i&gt;Unshipped Orders&lt;/i&gt;), download the .txt file, then import it here. A CSV from another tool works too: you map its columns once.&lt;/p&gt;&lt;p&gt;You can also &lt;b&gt;drop the file on this window&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;color:{muted}&apos;&gt;Moving from another computer? Restore the shop from a Seller Desk archive or a backup instead.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:17px&apos;&gt;&lt;b&gt;Dieser Shop hat noch keine Bestellungen&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Holen Sie Ihre Bestellungen aus einem Amazon-Bestellbericht: in Seller Central unter &lt;i&gt;Berichte &amp;gt; Versand &amp;gt; Alle Bestellungen&lt;/i&gt; (oder &lt;i&gt;Nicht versandte Bestellungen&lt;/i&gt;) die .txt-Datei herunterladen und hier importieren. Eine CSV aus einem anderen Programm geht auch: Sie ordnen ihre Spalten einmal zu.&lt;/p&gt;&lt;p&gt;Sie können die Datei auch &lt;b&gt;auf dieses Fenster ziehen&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;color:{muted}&apos;&gt;Umzug von einem anderen Computer? Stellen Sie den Shop stattdessen aus einem Seller-Desk-Archiv oder einer Sicherung wieder her.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import a report…</source>
        <translation>Bericht importieren…</translation>
    </message>
    <message>
        <source>Restore from a backup or archive…</source>
        <translation>Aus Sicherung oder Archiv wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{sentence} The details are in {log}.</source>
        <translation>{sentence} Die Einzelheiten stehen in {log}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). Nothing more was changed; the details are in {log}.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen ({error}). Es wurde nichts weiter geändert; die Einzelheiten stehen in {log}.</translation>
    </message>
    <message>
        <source>Seller Desk</source>
        <translation>Seller Desk</translation>
    </message>
    <message>
        <source>Order {order_id} changed since you opened it. The view has been refreshed; check it and try again.</source>
        <translation>Bestellung {order_id} wurde geändert, seit Sie sie geöffnet haben. Die Ansicht wurde aktualisiert; prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The refund cannot be negative.</source>
        <translation>Die Erstattung darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Order {order_id} has no item {item}.</source>
        <translation>Bestellung {order_id} hat keinen Artikel {item}.</translation>
    </message>
    <message>
        <source>Order {order_id} is fulfilled by Amazon: Amazon&apos;s warehouse ships it, and the next order report shows it shipped.</source>
        <translation>Bestellung {order_id} wird durch Amazon versandt: Das Amazon-Lager verschickt sie, und der nächste Bestellbericht zeigt sie als versandt.</translation>
    </message>
    <message>
        <source>Order {order_id} is {status}; it cannot be shipped.</source>
        <translation>Bestellung {order_id} hat den Status „{status}“; sie kann nicht versandt werden.</translation>
    </message>
    <message>
        <source>The buyer asked to cancel order {order_id}; answer the request first: accept it (cancel), or decline it with a reason and ship.</source>
        <translation>Der Käufer hat die Stornierung von Bestellung {order_id} beantragt; beantworten Sie zuerst den Antrag: Nehmen Sie ihn an (stornieren) oder lehnen Sie ihn mit einer Begründung ab und versenden Sie.</translation>
    </message>
    <message>
        <source>it has already shipped; only a return and refund is possible now</source>
        <translation>sie wurde bereits versandt; jetzt sind nur noch Rücksendung und Erstattung möglich</translation>
    </message>
    <message>
        <source>it is cancelled; a cancelled order cannot be reopened</source>
        <translation>sie ist storniert; eine stornierte Bestellung kann nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>an order that is {current} cannot become {new}</source>
        <translation>eine Bestellung mit dem Status „{current}“ kann nicht „{new}“ werden</translation>
    </message>
    <message>
        <source>Order {order_id} cannot be marked {new}: {why}.</source>
        <translation>Bestellung {order_id} kann nicht als „{new}“ markiert werden: {why}.</translation>
    </message>
    <message>
        <source>This shop already holds {orders} orders; an archive is restored only into an empty shop, so nothing is mixed or lost. Create a new shop (File &gt; New shop, or seller-desk --db NEW.db init) and restore into it. Nothing was written.</source>
        <translation>Dieser Shop enthält bereits {orders} Bestellungen; ein Archiv wird nur in einen leeren Shop wiederhergestellt, damit nichts vermischt wird oder verloren geht. Legen Sie einen neuen Shop an (Datei &gt; Neuer Shop oder seller-desk --db NEU.db init) und stellen Sie das Archiv dort wieder her. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>This shop has no orders but already holds {what}; an archive is restored only into an empty shop. Create a new shop and restore into it. Nothing was written.</source>
        <translation>Dieser Shop hat keine Bestellungen, enthält aber bereits {what}; ein Archiv wird nur in einen leeren Shop wiederhergestellt. Legen Sie einen neuen Shop an und stellen Sie das Archiv dort wieder her. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The backup to {target} failed: {problem}. Nothing was written.</source>
        <translation>Die Sicherung nach {target} ist fehlgeschlagen: {problem}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>There is no database at {source} to back up.</source>
        <translation>Unter {source} gibt es keine Datenbank, die gesichert werden könnte.</translation>
    </message>
    <message>
        <source>The backup cannot replace the database it copies.</source>
        <translation>Die Sicherung darf die Datenbank, die sie kopiert, nicht ersetzen.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {problem}.</source>
        <translation>Der Ordner {folder} kann nicht angelegt werden: {problem}.</translation>
    </message>
    <message>
        <source>The number of daily backups to keep cannot be negative.</source>
        <translation>Die Anzahl der aufzubewahrenden täglichen Sicherungen darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>Die Kosten dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>There is no order {order_id}.</source>
        <translation>Es gibt keine Bestellung {order_id}.</translation>
    </message>
    <message>
        <source>{file}: import cancelled; nothing was written.</source>
        <translation>{file}: Import abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Order {order_id} has no cancellation to re-label.</source>
        <translation>Bestellung {order_id} hat keine Stornierung, die neu zugeordnet werden könnte.</translation>
    </message>
    <message>
        <source>Give the buyer a reason for declining the request.</source>
        <translation>Nennen Sie dem Käufer einen Grund für die Ablehnung des Antrags.</translation>
    </message>
    <message>
        <source>Order {order_id} is {status}; a cancellation request can only be recorded for an order that has not shipped.</source>
        <translation>Bestellung {order_id} hat den Status „{status}“; ein Stornierungsantrag kann nur für eine noch nicht versandte Bestellung erfasst werden.</translation>
    </message>
    <message>
        <source>The buyer&apos;s cancellation request for order {order_id} is already open; nothing was added. Answer it (accept or decline).</source>
        <translation>Der Stornierungsantrag des Käufers für Bestellung {order_id} ist bereits offen; es wurde nichts hinzugefügt. Beantworten Sie ihn (annehmen oder ablehnen).</translation>
    </message>
    <message>
        <source>There is no buyer request {request_id}.</source>
        <translation>Es gibt keinen Käuferantrag {request_id}.</translation>
    </message>
    <message>
        <source>That request was already accepted.</source>
        <translation>Dieser Antrag wurde bereits angenommen.</translation>
    </message>
    <message>
        <source>That request was already declined.</source>
        <translation>Dieser Antrag wurde bereits abgelehnt.</translation>
    </message>
    <message>
        <source>Order {order_id} is not held by Amazon&apos;s warehouse. {why}</source>
        <translation>Bestellung {order_id} liegt nicht im Amazon-Lager. {why}</translation>
    </message>
    <message>
        <source>Nothing of order {order_id} has shipped that could be returned.</source>
        <translation>Von Bestellung {order_id} wurde nichts versandt, das zurückgesendet werden könnte.</translation>
    </message>
    <message>
        <source>Only {available} of {sku} can be returned (shipped and not already returned).</source>
        <translation>Von {sku} können nur {available} zurückgesendet werden (versandt und noch nicht zurückgesendet).</translation>
    </message>
    <message>
        <source>There is no return {number}.</source>
        <translation>Es gibt keine Rücksendung {number}.</translation>
    </message>
    <message>
        <source>That return was already received.</source>
        <translation>Diese Rücksendung wurde bereits erhalten.</translation>
    </message>
    <message>
        <source>Stock on hand for {sku} cannot be negative ({on_hand}).</source>
        <translation>Der Lagerbestand von {sku} darf nicht negativ sein ({on_hand}).</translation>
    </message>
    <message>
        <source>There is no SKU {sku} in stock.</source>
        <translation>Im Lager gibt es keine SKU {sku}.</translation>
    </message>
    <message>
        <source>Another Seller Desk is writing to this shop and did not finish in time, so nothing was changed. Try again in a moment.</source>
        <translation>Ein anderes Seller Desk schreibt gerade in diesen Shop und ist nicht rechtzeitig fertig geworden, daher wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This shop&apos;s database cannot be written to (it is read-only: check the file&apos;s permissions, or whether the disk is mounted read-only), so nothing was changed.</source>
        <translation>In die Datenbank dieses Shops kann nicht geschrieben werden (sie ist schreibgeschützt: Prüfen Sie die Berechtigungen der Datei oder ob das Laufwerk schreibgeschützt eingebunden ist), daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk that holds this shop is full, so nothing was changed. Free some space and try again.</source>
        <translation>Das Laufwerk, auf dem dieser Shop liegt, ist voll, daher wurde nichts geändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This shop&apos;s database is damaged, so nothing was changed. Restore the latest daily copy (seller-desk --db COPY opens it) or a backup you took.</source>
        <translation>Die Datenbank dieses Shops ist beschädigt, daher wurde nichts geändert. Stellen Sie die letzte tägliche Kopie (seller-desk --db KOPIE öffnet sie) oder eine eigene Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Seller Desk could not read or write this shop&apos;s file (a disk or file-system error), so nothing was changed.</source>
        <translation>Seller Desk konnte die Datei dieses Shops nicht lesen oder schreiben (ein Laufwerks- oder Dateisystemfehler), daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database refused the action ({problem}), so nothing was changed.</source>
        <translation>Die Datenbank hat die Aktion abgelehnt ({problem}), daher wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Order ID</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Kaufdatum</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Item status</source>
        <translation>Artikelstatus</translation>
    </message>
    <message>
        <source>Fulfilment channel</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>Artikelpreis</translation>
    </message>
    <message>
        <source>Item tax</source>
        <translation>Artikelsteuer</translation>
    </message>
    <message>
        <source>Shipping price</source>
        <translation>Versandkosten</translation>
    </message>
    <message>
        <source>Shipping tax</source>
        <translation>Steuer auf Versandkosten</translation>
    </message>
    <message>
        <source>Promotion discount</source>
        <translation>Aktionsrabatt</translation>
    </message>
    <message>
        <source>Your order number</source>
        <translation>Ihre Bestellnummer</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Shipping service</source>
        <translation>Versandservice</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Versand bis</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Bundesland / Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Business order</source>
        <translation>Geschäftskundenbestellung</translation>
    </message>
    <message>
        <source>ASIN</source>
        <translation>ASIN</translation>
    </message>
    <message>
        <source>Order item ID</source>
        <translation>Bestellpositionsnummer</translation>
    </message>
    <message>
        <source>Buyer requested cancellation</source>
        <translation>Stornierung vom Käufer beantragt</translation>
    </message>
    <message>
        <source>Buyer&apos;s cancellation reason</source>
        <translation>Stornierungsgrund des Käufers</translation>
    </message>
    <message>
        <source>{label} ({code})</source>
        <translation>{label} ({code})</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Bestellungen suchen</translation>
    </message>
    <message>
        <source>Search order id, SKU, product or city</source>
        <translation>Bestellnummer, SKU, Produkt oder Ort suchen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Versandarten</translation>
    </message>
    <message>
        <source>Seller-fulfilled (MFN)</source>
        <translation>Versand durch Verkäufer (MFN)</translation>
    </message>
    <message>
        <source>Fulfilled by Amazon (FBA)</source>
        <translation>Versand durch Amazon (FBA)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Open buyer requests, seller-fulfilled orders past their ship-by date, and unshipped orders whose SKUs have no stock</source>
        <translation>Offene Stornierungsanträge, Bestellungen mit Versand durch Verkäufer nach dem Versanddatum und nicht versandte Bestellungen ohne Bestand</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>Status: alle</translation>
    </message>
    <message>
        <source>Status: {statuses}</source>
        <translation>Status: {statuses}</translation>
    </message>
    <message numerus="yes">
        <source>Status: %n chosen</source>
        <translation>
            <numerusform>Status: %n gewählt</numerusform>
            <numerusform>Status: %n gewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Seller Desk</source>
        <translation>Willkommen bei Seller Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Seller Desk&lt;/b&gt;</source>
        <translation>&lt;b&gt;Willkommen bei Seller Desk&lt;/b&gt;</translation>
    </message>
    <message>
        <source>There is no shop database yet at&lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;&lt;br&gt;Explore a demo shop first (made-up orders, buyer requests, returns and stock; you can delete it any time), or start with an empty shop and import your Amazon order reports. Already keep a shop? Open its file, or restore it from a backup or a Seller Desk archive.</source>
        <translation>Unter&lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;gibt es noch keine Shop-Datenbank.&lt;br&gt;&lt;br&gt;Erkunden Sie zuerst einen Demo-Shop (erfundene Bestellungen, Stornierungsanträge, Rücksendungen und Bestand; jederzeit löschbar), oder beginnen Sie mit einem leeren Shop und importieren Sie Ihre Amazon-Bestellberichte. Sie haben schon einen Shop? Öffnen Sie seine Datei oder stellen Sie ihn aus einer Sicherung oder einem Seller-Desk-Archiv wieder her.</translation>
    </message>
    <message>
        <source>Demo orders:</source>
        <translation>Demo-Bestellungen:</translation>
    </message>
    <message>
        <source>Demo orders</source>
        <translation>Demo-Bestellungen</translation>
    </message>
    <message>
        <source>Start with an empty shop</source>
        <translation>Mit leerem Shop beginnen</translation>
    </message>
    <message>
        <source>Explore a demo shop</source>
        <translation>Demo-Shop erkunden</translation>
    </message>
    <message>
        <source>Open an existing shop…</source>
        <translation>Vorhandenen Shop öffnen…</translation>
    </message>
    <message>
        <source>Restore from a backup or archive…</source>
        <translation>Aus Sicherung oder Archiv wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>1 more order</source>
        <translation>1 weitere Bestellung</translation>
    </message>
    <message>
        <source>{n} more orders</source>
        <translation>{n} weitere Bestellungen</translation>
    </message>
    <message>
        <source>back to {target} or less on {day}</source>
        <translation>am {day} wieder bei höchstens {target}</translation>
    </message>
    <message>
        <source>back under {target} on {day}</source>
        <translation>am {day} wieder unter {target}</translation>
    </message>
    <message>
        <source>No orders in the last {days} days, so there is nothing to forecast yet.</source>
        <translation>Keine Bestellungen in den letzten {days} Tagen, daher gibt es noch nichts vorherzusagen.</translation>
    </message>
    <message>
        <source>Any counted cancellation {window} would take you over {target}.</source>
        <translation>Jede angerechnete Stornierung {window} würde Sie über {target} bringen.</translation>
    </message>
    <message>
        <source>Any counted cancellation {window} would take you to {target} or over.</source>
        <translation>Jede angerechnete Stornierung {window} würde Sie auf {target} oder darüber bringen.</translation>
    </message>
    <message>
        <source>You can cancel {orders} {window} and stay at {target} or less.</source>
        <translation>Sie können {window} noch {orders} stornieren und bleiben bei höchstens {target}.</translation>
    </message>
    <message>
        <source>You can cancel {orders} {window} and stay under {target}.</source>
        <translation>Sie können {window} noch {orders} stornieren und bleiben unter {target}.</translation>
    </message>
    <message>
        <source>Back to {target} or less on {day} if you cancel nothing more.</source>
        <translation>Am {day} wieder bei höchstens {target}, wenn Sie nichts mehr stornieren.</translation>
    </message>
    <message>
        <source>Back under {target} on {day} if you cancel nothing more.</source>
        <translation>Am {day} wieder unter {target}, wenn Sie nichts mehr stornieren.</translation>
    </message>
    <message>
        <source>Still over {target} in {horizon} days even if you cancel nothing more: counted cancellations stay in the rate for {days} days.</source>
        <translation>In {horizon} Tagen noch über {target}, auch wenn Sie nichts mehr stornieren: angerechnete Stornierungen bleiben {days} Tage in der Rate.</translation>
    </message>
    <message>
        <source>This cancellation does not change your {marketplace} {metric} or its forecast.</source>
        <translation>Diese Stornierung ändert Ihre {marketplace}-{metric} und deren Prognose nicht.</translation>
    </message>
    <message>
        <source>After this cancellation you can cancel {orders} {window} (now {before}).</source>
        <translation>Nach dieser Stornierung können Sie {window} noch {orders} stornieren (jetzt {before}).</translation>
    </message>
    <message>
        <source>After this cancellation any other counted one {window} takes your {marketplace} {metric} over target.</source>
        <translation>Nach dieser Stornierung bringt jede weitere angerechnete {window} Ihre {marketplace}-{metric} über das Ziel.</translation>
    </message>
    <message>
        <source>not back within target in the next {days} days</source>
        <translation>in den nächsten {days} Tagen nicht wieder im Ziel</translation>
    </message>
    <message>
        <source>This cancellation puts your {marketplace} {metric} over target: {then} if you cancel nothing more.</source>
        <translation>Diese Stornierung bringt Ihre {marketplace}-{metric} über das Ziel: {then}, wenn Sie nichts mehr stornieren.</translation>
    </message>
    <message>
        <source>Already over target (recovery {day}); after this cancellation: {then}.</source>
        <translation>Bereits über dem Ziel (Erholung am {day}); nach dieser Stornierung: {then}.</translation>
    </message>
    <message>
        <source>Already over target (recovery beyond the forecast); after this cancellation: {then}.</source>
        <translation>Bereits über dem Ziel (Erholung nach dem Prognosezeitraum); nach dieser Stornierung: {then}.</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>in these 3 months</source>
        <translation>in diesen 3 Monaten</translation>
    </message>
    <message>
        <source>in these 30 days</source>
        <translation>in diesen 30 Tagen</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d.&#xa0;MMM&#xa0;yyyy</translation>
    </message>
    <message>
        <source>no orders</source>
        <translation>keine Bestellungen</translation>
    </message>
    <message>
        <source>{number}%</source>
        <translation>{number}&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) {hours} h</source>
        <translation>
            <numerusform>%n Tag {hours} h</numerusform>
            <numerusform>%n Tage {hours} h</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>under {target}</source>
        <translation>unter {target}</translation>
    </message>
    <message>
        <source>at most {target}</source>
        <translation>höchstens {target}</translation>
    </message>
    <message>
        <source>at least {target}</source>
        <translation>mindestens {target}</translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation>Stornorate</translation>
    </message>
    <message>
        <source>Late shipment rate</source>
        <translation>Rate verspäteter Lieferungen</translation>
    </message>
    <message>
        <source>Order defect rate</source>
        <translation>Rate an Bestellmängeln</translation>
    </message>
    <message>
        <source>Valid tracking rate</source>
        <translation>Rate gültiger Sendungsverfolgungsnummern</translation>
    </message>
    <message>
        <source>On-time delivery rate</source>
        <translation>Rate pünktlicher Lieferungen</translation>
    </message>
    <message>
        <source>Cancellation defect rate</source>
        <translation>Stornierungsmängelrate</translation>
    </message>
    <message>
        <source>Seller (counted)</source>
        <translation>Verkäufer (angerechnet)</translation>
    </message>
    <message>
        <source>Seller (not counted)</source>
        <translation>Verkäufer (nicht angerechnet)</translation>
    </message>
    <message>
        <source>Buyer request (not counted)</source>
        <translation>Stornierungsantrag (nicht angerechnet)</translation>
    </message>
    <message>
        <source>Buyer cancelled (not counted)</source>
        <translation>Käufer storniert (nicht angerechnet)</translation>
    </message>
    <message>
        <source>{metric} ({days} days)</source>
        <translation>{metric} ({days} Tage)</translation>
    </message>
    <message>
        <source>cancelled against you</source>
        <translation>angerechnet storniert</translation>
    </message>
    <message>
        <source>seller-fulfilled orders</source>
        <translation>MFN-Bestellungen</translation>
    </message>
    <message>
        <source>went out late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>orders due to ship</source>
        <translation>fälligen Bestellungen</translation>
    </message>
    <message>
        <source>cancelled as defects</source>
        <translation>als Mängel storniert</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>over target</source>
        <translation>über dem Ziel</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener…</translation>
    </message>
    <message>
        <source>Seller-fulfilled (MFN): Amazon&apos;s rate</source>
        <translation>Versand durch Verkäufer (MFN): Amazons Rate</translation>
    </message>
    <message>
        <source>Fulfilled by Amazon (AFN)</source>
        <translation>Versand durch Amazon (AFN)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Versandarten</translation>
    </message>
    <message>
        <source>No seller-fulfilled orders in the last 7 days, so there is no cancellation rate.</source>
        <translation>Keine Bestellungen mit Versand durch Verkäufer in den letzten 7 Tagen, daher gibt es keine Stornorate.</translation>
    </message>
    <message>
        <source>Your cancellation rate is {value}, over target ({target}): Amazon may deactivate your offers.</source>
        <translation>Ihre Stornorate beträgt {value}, über dem Ziel ({target}): Amazon kann Ihre Angebote deaktivieren.</translation>
    </message>
    <message>
        <source>Your cancellation rate is {value}, close to the target ({target}).</source>
        <translation>Ihre Stornorate beträgt {value}, nahe am Ziel ({target}).</translation>
    </message>
    <message>
        <source>Your cancellation rate is fine at {value}.</source>
        <translation>Ihre Stornorate ist mit {value} in Ordnung.</translation>
    </message>
    <message>
        <source>No orders were due to ship in the last 30 days.</source>
        <translation>In den letzten 30 Tagen war keine Bestellung zu versenden.</translation>
    </message>
    <message>
        <source>Late shipments are over target: {numerator} of {denominator} orders due in the last {days} days went out late ({value}; target {target}).</source>
        <translation>Verspätete Lieferungen über dem Ziel: {numerator} von {denominator} in den letzten {days} Tagen fälligen Bestellungen wurden verspätet versandt ({value}; Ziel {target}).</translation>
    </message>
    <message>
        <source>Late shipments are close to the target: {value} in {days} days.</source>
        <translation>Verspätete Lieferungen nahe am Ziel: {value} in {days} Tagen.</translation>
    </message>
    <message>
        <source>Late shipments are fine at {value}.</source>
        <translation>Verspätete Lieferungen sind mit {value} in Ordnung.</translation>
    </message>
    <message>
        <source>Amazon may deactivate your offers</source>
        <translation>Amazon kann Ihre Angebote deaktivieren</translation>
    </message>
    <message>
        <source>eBay may lower your seller level</source>
        <translation>eBay kann Ihren Verkäuferstatus herabstufen</translation>
    </message>
    <message>
        <source>Walmart may suppress your listings</source>
        <translation>Walmart kann Ihre Angebote ausblenden</translation>
    </message>
    <message>
        <source>No {marketplace} orders in the last {days} days.</source>
        <translation>Keine {marketplace}-Bestellungen in den letzten {days} Tagen.</translation>
    </message>
    <message>
        <source>Your {marketplace} {metric} is {value}, over target ({target}): {consequence}.</source>
        <translation>Ihre {marketplace}-{metric} beträgt {value}, über dem Ziel ({target}): {consequence}.</translation>
    </message>
    <message>
        <source>the marketplace may act</source>
        <translation>der Marktplatz kann Maßnahmen ergreifen</translation>
    </message>
    <message>
        <source>Your {marketplace} {metric} is {value}, close to the target ({target}).</source>
        <translation>Ihre {marketplace}-{metric} beträgt {value}, nahe am Ziel ({target}).</translation>
    </message>
    <message>
        <source>Your {marketplace} {metric} is fine at {value}.</source>
        <translation>Ihre {marketplace}-{metric} ist mit {value} in Ordnung.</translation>
    </message>
    <message>
        <source>Nothing is over or close to its target.</source>
        <translation>Kein Wert liegt über oder nahe an seinem Ziel.</translation>
    </message>
    <message>
        <source>Nothing else is over or close to its target.</source>
        <translation>Alle anderen Werte liegen weder über noch nahe an ihrem Ziel.</translation>
    </message>
    <message>
        <source>Cancel only when the buyer&apos;s request is on record: ask buyers to use Amazon&apos;s “Request cancellation” option rather than a message.</source>
        <translation>Stornieren Sie nur, wenn der Stornierungsantrag des Käufers vorliegt: Bitten Sie Käufer, die Amazon-Option „Stornierung anfordern“ zu nutzen statt einer Nachricht.</translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s) counted against you were for no inventory: keep stock counts current and set a SKU to zero when it runs out.</source>
        <translation>
            <numerusform>%n Ihnen angerechnete Stornierung war wegen fehlenden Lagerbestands: Halten Sie den Bestand aktuell und setzen Sie eine SKU auf null, wenn sie ausgeht.</numerusform>
            <numerusform>%n Ihnen angerechnete Stornierungen waren wegen fehlenden Lagerbestands: Halten Sie den Bestand aktuell und setzen Sie eine SKU auf null, wenn sie ausgeht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm shipment before the ship-by date, or lengthen your handling time.</source>
        <translation>Bestätigen Sie den Versand vor dem voraussichtlichen Versanddatum oder verlängern Sie Ihre Bearbeitungszeit.</translation>
    </message>
    <message>
        <source>Nothing needs doing: your account is within every tracked target.</source>
        <translation>Nichts zu tun: Ihr Konto erfüllt jedes erfasste Ziel.</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Diagramm als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Daten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>Bestellungen:</translation>
    </message>
    <message>
        <source>Reading account health…</source>
        <translation>Kontozustand wird gelesen…</translation>
    </message>
    <message>
        <source>Not tracked here, check Seller Central: {metrics}.</source>
        <translation>Hier nicht erfasst, siehe Seller Central: {metrics}.</translation>
    </message>
    <message>
        <source>seller-fulfilled orders</source>
        <translation>MFN-Bestellungen</translation>
    </message>
    <message>
        <source>orders fulfilled by Amazon</source>
        <translation>FBA-Bestellungen</translation>
    </message>
    <message>
        <source>all orders</source>
        <translation>alle Bestellungen</translation>
    </message>
    <message>
        <source>Cancellation rate on each marketplace, by its own rules ({who}) · {span}</source>
        <translation>Stornorate je Marktplatz nach dessen Regeln ({who}) · {span}</translation>
    </message>
    <message>
        <source>7-day cancellation rate, {who} · {span}</source>
        <translation>Stornorate über 7 Tage, {who} · {span}</translation>
    </message>
    <message numerus="yes">
        <source>Amazon: %n day(s) at or over {limit} (shaded red). </source>
        <translation>
            <numerusform>Amazon: %n Tag bei oder über {limit} (rot hinterlegt). </numerusform>
            <numerusform>Amazon: %n Tage bei oder über {limit} (rot hinterlegt). </numerusform>
        </translation>
    </message>
    <message>
        <source>Amazon: never at or over {limit} in this range. </source>
        <translation>Amazon: in diesem Zeitraum nie bei oder über {limit}. </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) at or over {limit} (shaded red). </source>
        <translation>
            <numerusform>%n Tag bei oder über {limit} (rot hinterlegt). </numerusform>
            <numerusform>%n Tage bei oder über {limit} (rot hinterlegt). </numerusform>
        </translation>
    </message>
    <message>
        <source>Never at or over {limit} in this range. </source>
        <translation>In diesem Zeitraum nie bei oder über {limit}. </translation>
    </message>
    <message>
        <source>Amazon&apos;s rate counts seller-fulfilled orders only; this view is for comparison. </source>
        <translation>Amazons Rate zählt nur Bestellungen mit Versand durch Verkäufer; diese Ansicht dient dem Vergleich. </translation>
    </message>
    <message>
        <source>Bars: cancellations made each day, by who started them. Click a day to list them.</source>
        <translation>Balken: Stornierungen pro Tag, nach Auslöser. Klicken Sie auf einen Tag, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>SKUs behind cancellations counted against you</source>
        <translation>SKUs hinter Ihnen angerechneten Stornierungen</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>None in this range.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Angegebene Gründe</translation>
    </message>
    <message numerus="yes">
        <source>Refunds (%n cancellation(s))</source>
        <translation>
            <numerusform>Erstattungen (%n Stornierung)</numerusform>
            <numerusform>Erstattungen (%n Stornierungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>Sonstige Kosten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>What cancellations cost</source>
        <translation>Was Stornierungen kosten</translation>
    </message>
    <message>
        <source>Nothing cancelled in this range.</source>
        <translation>In diesem Zeitraum nichts storniert.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} Zeilen</translation>
    </message>
    <message>
        <source>{rows}: {rows_new} new, {rows_updated} updated, {rows_unchanged} unchanged, {rejected} rejected ({orders} new, {updated} updated, {unchanged} unchanged)</source>
        <translation>{rows}: {rows_new} neu, {rows_updated} aktualisiert, {rows_unchanged} unverändert, {rejected} abgelehnt ({orders} neu, {updated} aktualisiert, {unchanged} unverändert)</translation>
    </message>
    <message>
        <source>1 cancellation in this file counts against your cancellation rate ({shown}): no buyer request is on record. If the buyer asked through Amazon, re-label it; otherwise it is yours.</source>
        <translation>1 Stornierung in dieser Datei wird auf Ihre Stornorate angerechnet ({shown}): Es liegt kein Stornierungsantrag vor. Wenn der Käufer über Amazon angefragt hat, ordnen Sie sie neu zu; sonst ist sie Ihre.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <source>{n} cancellations in this file count against your cancellation rate ({shown}{more}): no buyer request is on record. If the buyer asked through Amazon, re-label them; otherwise they are yours.</source>
        <translation>{n} Stornierungen in dieser Datei werden auf Ihre Stornorate angerechnet ({shown}{more}): Es liegt kein Stornierungsantrag vor. Wenn der Käufer über Amazon angefragt hat, ordnen Sie sie neu zu; sonst sind sie Ihre.</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 Bestellung</translation>
    </message>
    <message>
        <source>{n} orders</source>
        <translation>{n} Bestellungen</translation>
    </message>
    <message>
        <source>{value} is not yes/no (use true or false)</source>
        <translation>{value} ist nicht ja/nein (verwenden Sie true oder false)</translation>
    </message>
    <message>
        <source>{value} is too large a quantity</source>
        <translation>{value} ist eine zu große Menge</translation>
    </message>
    <message>
        <source>a quantity cannot be negative ({value})</source>
        <translation>eine Menge darf nicht negativ sein ({value})</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{value} is not an amount</source>
        <translation>{value} ist kein Betrag</translation>
    </message>
    <message>
        <source>a price cannot be negative ({value})</source>
        <translation>ein Preis darf nicht negativ sein ({value})</translation>
    </message>
    <message>
        <source>{value} is not a date and time (digits 0-9 only)</source>
        <translation>{value} ist kein Datum mit Uhrzeit (nur Ziffern 0–9)</translation>
    </message>
    <message>
        <source>ISO 8601, e.g. 2024-05-31T14:05:00+00:00</source>
        <translation>ISO 8601, z. B. 2024-05-31T14:05:00+00:00</translation>
    </message>
    <message>
        <source>{value} is not a date and time ({form})</source>
        <translation>{value} ist kein Datum mit Uhrzeit ({form})</translation>
    </message>
    <message>
        <source>{value} is not a plausible date</source>
        <translation>{value} ist kein plausibles Datum</translation>
    </message>
    <message>
        <source>{value} is not an ISO 4217 currency code such as USD, EUR or INR</source>
        <translation>{value} ist kein ISO-4217-Währungscode wie USD, EUR oder INR</translation>
    </message>
    <message>
        <source>{value} is not a two-letter country code</source>
        <translation>{value} ist kein zweistelliger Ländercode</translation>
    </message>
    <message>
        <source>{value} is not a fulfilment channel (Merchant/MFN or Amazon/AFN)</source>
        <translation>{value} ist kein Versandkanal (Merchant/MFN oder Amazon/AFN)</translation>
    </message>
    <message>
        <source>{value} is not an order status Seller Desk knows</source>
        <translation>{value} ist kein Bestellstatus, den Seller Desk kennt</translation>
    </message>
    <message>
        <source>{value} is not an item status Seller Desk knows</source>
        <translation>{value} ist kein Artikelstatus, den Seller Desk kennt</translation>
    </message>
    <message>
        <source>a byte-order mark (U+FEFF)</source>
        <translation>eine Byte-Reihenfolge-Markierung (U+FEFF)</translation>
    </message>
    <message>
        <source>holds a control character ({what}) at position {position}</source>
        <translation>enthält ein Steuerzeichen ({what}) an Position {position}</translation>
    </message>
    <message>
        <source>longer than {limit} characters ({length})</source>
        <translation>länger als {limit} Zeichen ({length})</translation>
    </message>
    <message>
        <source>{encoding} files cannot be read line by line; save the file as UTF-8</source>
        <translation>{encoding}-Dateien können nicht zeilenweise gelesen werden; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>die Datei ist UTF-16-kodiert; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>bytes {bytes} cannot be read as {encoding} (choose the file&apos;s encoding, e.g. Cp1252 or Shift_JIS)</source>
        <translation>die Bytes {bytes} können nicht als {encoding} gelesen werden (wählen Sie die Kodierung der Datei, z. B. Cp1252 oder Shift_JIS)</translation>
    </message>
    <message>
        <source>a CSV needs a column mapping: choose or create one</source>
        <translation>eine CSV-Datei braucht eine Spaltenzuordnung: Wählen oder erstellen Sie eine</translation>
    </message>
    <message>
        <source>the header ({shown}) is not an Amazon order report or a Seller Desk export; import it with a column mapping</source>
        <translation>die Kopfzeile ({shown}) gehört weder zu einem Amazon-Bestellbericht noch zu einem Seller-Desk-Export; importieren Sie die Datei mit einer Spaltenzuordnung</translation>
    </message>
    <message>
        <source>cannot open the file ({problem})</source>
        <translation>die Datei kann nicht geöffnet werden ({problem})</translation>
    </message>
    <message>
        <source>the file is empty: there is no header line</source>
        <translation>die Datei ist leer: Es gibt keine Kopfzeile</translation>
    </message>
    <message>
        <source>the header cannot be read ({problem})</source>
        <translation>die Kopfzeile kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>the columns {first} and {second} both give {field}</source>
        <translation>die Spalten {first} und {second} liefern beide {field}</translation>
    </message>
    <message>
        <source>the required column {column} is missing from the header</source>
        <translation>die erforderliche Spalte {column} fehlt in der Kopfzeile</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>{file} wird geprüft…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>{file}: not imported, because its columns were not mapped. Import it again and tell Seller Desk which column holds what.</source>
        <translation>{file}: nicht importiert, weil die Spalten nicht zugeordnet wurden. Importieren Sie sie erneut und geben Sie an, welche Spalte was enthält.</translation>
    </message>
    <message numerus="yes">
        <source>Saving {file}: %Ln row(s) checked; updating the indexes and the search index…</source>
        <translation>
            <numerusform>{file} wird gespeichert: %Ln Zeile geprüft; Indizes und Suchindex werden aktualisiert…</numerusform>
            <numerusform>{file} wird gespeichert: %Ln Zeilen geprüft; Indizes und Suchindex werden aktualisiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking {file}: %Ln row(s), {speed} rows/s</source>
        <translation>
            <numerusform>{file} wird geprüft: %Ln Zeile, {speed} Zeilen/s</numerusform>
            <numerusform>{file} wird geprüft: %Ln Zeilen, {speed} Zeilen/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {file}: %Ln row(s), {speed} rows/s</source>
        <translation>
            <numerusform>{file} wird importiert: %Ln Zeile, {speed} Zeilen/s</numerusform>
            <numerusform>{file} wird importiert: %Ln Zeilen, {speed} Zeilen/s</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>The import failed: {error}</source>
        <translation>Der Import ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in {seconds} s ({speed} rows/s).</source>
        <translation>
            <numerusform>%Ln Zeile in {seconds} s ({speed} Zeilen/s).</numerusform>
            <numerusform>%Ln Zeilen in {seconds} s ({speed} Zeilen/s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Finishing the import: sorting, search and saving are slower until it is done.</source>
        <translation>Import wird abgeschlossen: Sortieren, Suchen und Speichern sind bis dahin langsamer.</translation>
    </message>
    <message>
        <source>The import is finished: sorting, search and saving are quick again.</source>
        <translation>Der Import ist abgeschlossen: Sortieren, Suchen und Speichern sind wieder schnell.</translation>
    </message>
    <message>
        <source>Some indexes could not be built now; they are built when the shop is next opened.</source>
        <translation>Einige Indizes konnten jetzt nicht aufgebaut werden; sie werden beim nächsten Öffnen des Shops aufgebaut.</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>line {line}, column “{column}”: {reason}</source>
        <translation>Zeile {line}, Spalte „{column}“: {reason}</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>column “{column}”</source>
        <translation>Spalte „{column}“</translation>
    </message>
    <message>
        <source> (columns read with the mapping “{name}”)</source>
        <translation> (Spalten gelesen mit der Zuordnung „{name}“)</translation>
    </message>
    <message>
        <source>Right-click an order &gt; Re-label cancellation.</source>
        <translation>Rechtsklick auf eine Bestellung &gt; Stornierung neu zuordnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s) re-labelled as the buyer&apos;s.</source>
        <translation>
            <numerusform>%n Stornierung dem Käufer zugeordnet.</numerusform>
            <numerusform>%n Stornierungen dem Käufer zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>Fehlerbericht speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>error report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <source>Import: check before writing</source>
        <translation>Import: vor dem Schreiben prüfen</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Es wurde noch nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors. Importing as it is would write nothing; you can import the other rows and skip these.</source>
        <translation>
            <numerusform>%n Zeile mit Fehlern. Ein Import in diesem Zustand würde nichts schreiben; Sie können die übrigen Zeilen importieren und diese überspringen.</numerusform>
            <numerusform>%n Zeilen mit Fehlern. Ein Import in diesem Zustand würde nichts schreiben; Sie können die übrigen Zeilen importieren und diese überspringen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import, skipping %n row(s)</source>
        <translation>
            <numerusform>Importieren, %n Zeile überspringen</numerusform>
            <numerusform>Importieren, %n Zeilen überspringen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>Fehlerbericht speichern…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>Bestellungen exportieren</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Tab-separated (*.tsv)</source>
        <translation>CSV für Excel (*.csv);;Tabulatorgetrennt (*.tsv)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) ({rows}) in {path}.</source>
        <translation>
            <numerusform>%n Bestellung ({rows}) in {path}.</numerusform>
            <numerusform>%n Bestellungen ({rows}) in {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of Seller Desk&apos;s window:</source>
        <translation>Die Sprache des Seller-Desk-Fensters:</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>System ({language})</translation>
    </message>
    <message>
        <source>Seller Desk shows the new language the next time it starts.</source>
        <translation>Seller Desk zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Buyer requests</source>
        <translation>Stornierungsanträge</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rücksendungen</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>Account health</source>
        <translation>Kontozustand</translation>
    </message>
    <message>
        <source>Seller Desk</source>
        <translation>Seller Desk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Opening your shop…</source>
        <translation>Ihr Shop wird geöffnet…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search orders by id, SKU, product or city</source>
        <translation>Bestellungen nach Nummer, SKU, Produkt oder Ort suchen</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Bestellung stornieren…</translation>
    </message>
    <message>
        <source>Cancel the selected orders</source>
        <translation>Die ausgewählten Bestellungen stornieren</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import order reports</source>
        <translation>Bestellberichte importieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the orders shown</source>
        <translation>Die angezeigten Bestellungen exportieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the database again</source>
        <translation>Die Datenbank neu lesen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <source>Copy the shop&apos;s database to a file</source>
        <translation>Die Datenbank des Shops in eine Datei kopieren</translation>
    </message>
    <message>
        <source>Daily backups…</source>
        <translation>Tägliche Sicherungen…</translation>
    </message>
    <message>
        <source>Take a copy every day, keep the last few</source>
        <translation>Jeden Tag eine Kopie anlegen, die letzten behalten</translation>
    </message>
    <message>
        <source>Time zone…</source>
        <translation>Zeitzone…</translation>
    </message>
    <message>
        <source>The shop&apos;s time zone, which its days follow</source>
        <translation>Die Zeitzone des Shops, nach der sich seine Tage richten</translation>
    </message>
    <message>
        <source>Currency…</source>
        <translation>Währung…</translation>
    </message>
    <message>
        <source>The currency of rows that give none</source>
        <translation>Die Währung von Zeilen ohne Angabe</translation>
    </message>
    <message>
        <source>Column mappings…</source>
        <translation>Spaltenzuordnungen…</translation>
    </message>
    <message>
        <source>The saved column mappings for CSVs</source>
        <translation>Die gespeicherten Spaltenzuordnungen für CSV-Dateien</translation>
    </message>
    <message>
        <source>Show log file</source>
        <translation>Protokolldatei anzeigen</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Den Protokollordner öffnen</translation>
    </message>
    <message>
        <source>About Seller Desk</source>
        <translation>Über Seller Desk</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Import and export are not available in this build</source>
        <translation>Import und Export sind in dieser Version nicht verfügbar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Bestellungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show {page}</source>
        <translation>{page} anzeigen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>Sprache…</translation>
    </message>
    <message>
        <source>The language of the window</source>
        <translation>Die Sprache des Fensters</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Seller Desk — {shop}</source>
        <translation>Seller Desk — {shop}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Datenbank: {name}</translation>
    </message>
    <message>
        <source>Opening the shop…</source>
        <translation>Shop wird geöffnet…</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Account health is not available in this build yet.
It will show your cancellation rate day by day against the 2.5% target.</source>
        <translation>Der Kontozustand ist in dieser Version noch nicht verfügbar.
Er wird Ihre Stornorate Tag für Tag gegenüber dem Ziel von 2,5 % zeigen.</translation>
    </message>
    <message>
        <source>Opening Account health…</source>
        <translation>Kontozustand wird geöffnet…</translation>
    </message>
    <message>
        <source>Account health could not be opened; see the log.</source>
        <translation>Der Kontozustand konnte nicht geöffnet werden; siehe Protokoll.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>7-day cancellation rate: no seller-fulfilled orders</source>
        <translation>Stornorate (7 Tage): keine Bestellungen mit Versand durch Verkäufer</translation>
    </message>
    <message>
        <source>7-day cancellation rate: {rate}, over target ({target})</source>
        <translation>Stornorate (7 Tage): {rate}, über dem Ziel ({target})</translation>
    </message>
    <message>
        <source>7-day cancellation rate: {rate} (target {target})</source>
        <translation>Stornorate (7 Tage): {rate} (Ziel {target})</translation>
    </message>
    <message>
        <source>Buyer requests ({count})</source>
        <translation>Stornierungsanträge ({count})</translation>
    </message>
    <message>
        <source>Select the orders to cancel first.</source>
        <translation>Wählen Sie zuerst die zu stornierenden Bestellungen.</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n order(s) changed.</source>
        <translation>
            <numerusform>Aktualisiert: %n Bestellung geändert.</numerusform>
            <numerusform>Aktualisiert: %n Bestellungen geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated: new orders arrived.</source>
        <translation>Aktualisiert: neue Bestellungen eingegangen.</translation>
    </message>
    <message>
        <source>Updated with the latest changes.</source>
        <translation>Mit den neuesten Änderungen aktualisiert.</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Gesichert nach {path}.</translation>
    </message>
    <message>
        <source>Daily backup saved to {path}.</source>
        <translation>Tägliche Sicherung gespeichert in {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Daily backups on: the last %n are kept.</source>
        <translation>
            <numerusform>Tägliche Sicherungen an: %n Kopie wird behalten.</numerusform>
            <numerusform>Tägliche Sicherungen an: die letzten %n Kopien werden behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily backups are off.</source>
        <translation>Tägliche Sicherungen sind aus.</translation>
    </message>
    <message>
        <source>The shop&apos;s currency is now {currency}.</source>
        <translation>Die Währung des Shops ist jetzt {currency}.</translation>
    </message>
    <message>
        <source>Changing the currency…</source>
        <translation>Währung wird geändert…</translation>
    </message>
    <message>
        <source>The shop&apos;s time zone is now {zone}.</source>
        <translation>Die Zeitzone des Shops ist jetzt {zone}.</translation>
    </message>
    <message>
        <source>Changing the time zone…</source>
        <translation>Zeitzone wird geändert…</translation>
    </message>
    <message>
        <source>The new language shows the next time Seller Desk starts.</source>
        <translation>Die neue Sprache erscheint beim nächsten Start von Seller Desk.</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <source>The log is at {path}.</source>
        <translation>Das Protokoll liegt in {path}.</translation>
    </message>
    <message>
        <source>Seller Desk {version}: orders, cancellations and account health for online sellers.</source>
        <translation>Seller Desk {version}: Bestellungen, Stornierungen und Kontozustand für Online-Händler.</translation>
    </message>
    <message>
        <source>Order reports (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>Bestellberichte (*.txt *.tsv *.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>or for every row</source>
        <translation>oder für jede Zeile</translation>
    </message>
    <message>
        <source>Columns of {file}</source>
        <translation>Spalten von {file}</translation>
    </message>
    <message>
        <source>Tell Seller Desk which column of &lt;b&gt;{file}&lt;/b&gt; holds what. The mapping is saved under its name and used again for files with the same columns.</source>
        <translation>Geben Sie an, welche Spalte von &lt;b&gt;{file}&lt;/b&gt; was enthält. Die Zuordnung wird unter ihrem Namen gespeichert und für Dateien mit denselben Spalten wiederverwendet.</translation>
    </message>
    <message>
        <source>the shop&apos;s currency</source>
        <translation>die Währung des Shops</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Standardwährung</translation>
    </message>
    <message>
        <source>Amounts use a decimal comma (12,50)</source>
        <translation>Beträge mit Dezimalkomma (12,50)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dates look like</source>
        <translation>Datumsangaben wie</translation>
    </message>
    <message>
        <source>The file&apos;s first rows; under each header, what Seller Desk reads it as</source>
        <translation>Die ersten Zeilen der Datei; unter jeder Überschrift, wie Seller Desk sie liest</translation>
    </message>
    <message>
        <source>Every row needs</source>
        <translation>Jede Zeile braucht</translation>
    </message>
    <message>
        <source>A new order needs: the file&apos;s column, or one value for every row</source>
        <translation>Eine neue Bestellung braucht: die Spalte der Datei oder einen Wert für jede Zeile</translation>
    </message>
    <message>
        <source>What the file&apos;s status words mean</source>
        <translation>Was die Statuswörter der Datei bedeuten</translation>
    </message>
    <message>
        <source>Often used</source>
        <translation>Häufig verwendet</translation>
    </message>
    <message>
        <source>Check the date form: {examples}.</source>
        <translation>Prüfen Sie das Datumsformat: {examples}.</translation>
    </message>
    <message>
        <source>“{word}” is</source>
        <translation>„{word}“ ist</translation>
    </message>
    <message>
        <source>Orders whose status in the file is “{word}”</source>
        <translation>Bestellungen, deren Status in der Datei „{word}“ ist</translation>
    </message>
    <message>
        <source>{mapped} of {total} used</source>
        <translation>{mapped} von {total} verwendet</translation>
    </message>
    <message>
        <source>More columns ({count})</source>
        <translation>Weitere Spalten ({count})</translation>
    </message>
    <message>
        <source>Give the mapping a name</source>
        <translation>Geben Sie der Zuordnung einen Namen</translation>
    </message>
    <message>
        <source>Choose what the file&apos;s status “{word}” means</source>
        <translation>Wählen Sie, was der Status „{word}“ der Datei bedeutet</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>MappingsDialog</name>
    <message>
        <source>(cannot be read; delete it and make it again)</source>
        <translation>(nicht lesbar; löschen und neu anlegen)</translation>
    </message>
    <message numerus="yes">
        <source>%n more column(s)</source>
        <translation>
            <numerusform>%n weitere Spalte</numerusform>
            <numerusform>%n weitere Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Column mapping “{name}”</source>
        <translation>Spaltenzuordnung „{name}“</translation>
    </message>
    <message>
        <source>Column mappings</source>
        <translation>Spaltenzuordnungen</translation>
    </message>
    <message>
        <source>A column mapping tells Seller Desk which column of your CSV holds what. One is made the first time you import a file of a new shape, and used again for every file of that shape.</source>
        <translation>Eine Spaltenzuordnung sagt Seller Desk, welche Spalte Ihrer CSV was enthält. Sie entsteht beim ersten Import einer Datei neuer Form und wird für jede Datei dieser Form wiederverwendet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Liest</translation>
    </message>
    <message>
        <source>No column mapping saved yet. Import a CSV to make one.</source>
        <translation>Noch keine Spaltenzuordnung gespeichert. Importieren Sie eine CSV, um eine anzulegen.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Replace column mapping</source>
        <translation>Spaltenzuordnung ersetzen</translation>
    </message>
    <message>
        <source>There is already a column mapping named “{name}”. Replace it?</source>
        <translation>Es gibt bereits eine Spaltenzuordnung namens „{name}“. Ersetzen?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Delete column mapping</source>
        <translation>Spaltenzuordnung löschen</translation>
    </message>
    <message>
        <source>Delete the column mapping “{name}”? The next CSV of its shape will ask for its columns again.</source>
        <translation>Spaltenzuordnung „{name}“ löschen? Die nächste CSV dieser Form fragt erneut nach ihren Spalten.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <source>Fine</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Over target</source>
        <translation>Über dem Ziel</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>{description}
Source: {source}</source>
        <translation>{description}
Quelle: {source}</translation>
    </message>
    <message>
        <source>Target {target}
{numerator} of {denominator} {denominator_label} {numerator_label}</source>
        <translation>Ziel {target}
{numerator} von {denominator} {denominator_label} {numerator_label}</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <source>{reason}: refund {amount}; counts against you</source>
        <translation>{reason}: Erstattung {amount}; wird Ihnen angerechnet</translation>
    </message>
    <message>
        <source>{reason}: refund {amount}; not counted</source>
        <translation>{reason}: Erstattung {amount}; wird nicht angerechnet</translation>
    </message>
    <message>
        <source>Return {state}: refund {amount}; restocked</source>
        <translation>Rücksendung {state}: Erstattung {amount}; eingelagert</translation>
    </message>
    <message>
        <source>Return {state}: refund {amount}</source>
        <translation>Rücksendung {state}: Erstattung {amount}</translation>
    </message>
    <message>
        <source>Asked Amazon to cancel ({state})</source>
        <translation>Amazon um Stornierung gebeten ({state})</translation>
    </message>
    <message>
        <source>{count} to ship</source>
        <translation>{count} zu versenden</translation>
    </message>
    <message>
        <source>{count} shipped</source>
        <translation>{count} versandt</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>{count} storniert</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>received</source>
        <translation>erhalten</translation>
    </message>
</context>
<context>
    <name>OrderDetailsPane</name>
    <message>
        <source>Select an order to see its details.</source>
        <translation>Wählen Sie eine Bestellung, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt;</source>
        <translation>&lt;b&gt;Artikel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Re-label cancellation…</source>
        <translation>Stornierung neu zuordnen…</translation>
    </message>
    <message>
        <source>Say whether the buyer asked through Amazon or it was yours</source>
        <translation>Angeben, ob der Käufer über Amazon angefragt hat oder die Stornierung Ihre war</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Stornieren…</translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>Versand bestätigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Order {order_id}</source>
        <translation>Bestellung {order_id}</translation>
    </message>
    <message>
        <source> (shipped {at})</source>
        <translation> (versandt {at})</translation>
    </message>
    <message numerus="yes">
        <source>{total} for %n unit(s)</source>
        <translation>
            <numerusform>{total} für %n Einheit</numerusform>
            <numerusform>{total} für %n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>The buyer asked to cancel on {at}: “{why}”. Accepting it does not count against you.</source>
        <translation>Der Käufer hat am {at} die Stornierung beantragt: „{why}“. Die Annahme wird Ihnen nicht angerechnet.</translation>
    </message>
    <message>
        <source>The buyer asked to cancel on {at}. Accepting it does not count against you.</source>
        <translation>Der Käufer hat am {at} die Stornierung beantragt. Die Annahme wird Ihnen nicht angerechnet.</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Noch keine Änderungen vermerkt.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Answer buyer&apos;s request…</source>
        <translation>Antrag beantworten…</translation>
    </message>
    <message>
        <source>Ask Amazon to cancel…</source>
        <translation>Amazon um Storno bitten…</translation>
    </message>
    <message>
        <source>Start return and refund…</source>
        <translation>Rücksendung beginnen…</translation>
    </message>
    <message>
        <source>Already cancelled</source>
        <translation>Bereits storniert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Versand bis</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>SKU(s)</source>
        <translation>SKU(s)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Versand bis</translation>
    </message>
    <message>
        <source>Buyer request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Seller (MFN)</source>
        <translation>Verkäufer (MFN)</translation>
    </message>
    <message>
        <source>Amazon (FBA)</source>
        <translation>Amazon (FBA)</translation>
    </message>
    <message>
        <source>Time left to ship unshipped seller-fulfilled orders; sorts by the latest ship date</source>
        <translation>Verbleibende Zeit bis zum Versand nicht versandter Bestellungen mit Versand durch Verkäufer; sortiert nach dem spätesten Versanddatum</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>Offener Antrag</translation>
    </message>
    <message>
        <source>Purchase date, in your local time</source>
        <translation>Kaufdatum, in Ihrer Ortszeit</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>Bestellungen werden geladen…</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Orders with a cancellation on {day}</source>
        <translation>Bestellungen mit einer Stornierung am {day}</translation>
    </message>
    <message>
        <source>Showing order {order_id}; clear the search to see all orders.</source>
        <translation>Bestellung {order_id} wird angezeigt; leeren Sie die Suche, um alle Bestellungen zu sehen.</translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation>Bestellung wird gelesen…</translation>
    </message>
    <message>
        <source>Order {order_id}</source>
        <translation>Bestellung {order_id}</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Bestellung öffnen</translation>
    </message>
    <message>
        <source>Answer buyer&apos;s request…</source>
        <translation>Stornierungsantrag beantworten…</translation>
    </message>
    <message>
        <source>Ask Amazon to cancel…</source>
        <translation>Amazon um Stornierung bitten…</translation>
    </message>
    <message>
        <source>Start return and refund…</source>
        <translation>Rücksendung und Erstattung beginnen…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Bestellung stornieren…</translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>Versand bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n orders…</source>
        <translation>
            <numerusform>%n Bestellung stornieren…</numerusform>
            <numerusform>%n Bestellungen stornieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-label cancellation…</source>
        <translation>Stornierung neu zuordnen…</translation>
    </message>
    <message numerus="yes">
        <source>Re-label %n cancellations…</source>
        <translation>
            <numerusform>%n Stornierung neu zuordnen…</numerusform>
            <numerusform>%n Stornierungen neu zuordnen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy order id</source>
        <translation>Bestellnummer kopieren</translation>
    </message>
    <message>
        <source>Copy order ids</source>
        <translation>Bestellnummern kopieren</translation>
    </message>
    <message>
        <source>Order {order_id} marked shipped; the buyer&apos;s request was declined.</source>
        <translation>Versand von Bestellung {order_id} bestätigt; der Stornierungsantrag des Käufers wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Order {order_id} marked shipped.</source>
        <translation>Versand von Bestellung {order_id} bestätigt.</translation>
    </message>
    <message>
        <source>Marking shipped…</source>
        <translation>Versand wird bestätigt…</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Ask {marketplace} to cancel</source>
        <translation>{marketplace} um Stornierung bitten</translation>
    </message>
    <message>
        <source>No buyer cancellation request is on record for this order, so cancelling it as “{reason}” still counts against your {metric} on {marketplace}. Ask the buyer to request the cancellation through {marketplace} first.</source>
        <translation>Für diese Bestellung liegt kein Stornierungsantrag des Käufers vor, daher wird eine Stornierung als „{reason}“ trotzdem auf Ihre {metric} bei {marketplace} angerechnet. Bitten Sie den Käufer, die Stornierung zuerst über {marketplace} zu beantragen.</translation>
    </message>
    <message>
        <source>On {marketplace}, “{reason}” counts against your {metric}, even when the buyer asked.</source>
        <translation>Bei {marketplace} wird „{reason}“ auf Ihre {metric} angerechnet, auch wenn der Käufer darum gebeten hat.</translation>
    </message>
    <message>
        <source>counts against you</source>
        <translation>wird Ihnen angerechnet</translation>
    </message>
    <message>
        <source>counts against you unless the buyer&apos;s request is on record</source>
        <translation>wird Ihnen angerechnet, außer der Stornierungsantrag des Käufers liegt vor</translation>
    </message>
    <message>
        <source>does not count against you</source>
        <translation>wird Ihnen nicht angerechnet</translation>
    </message>
    <message>
        <source>On {marketplace} this is “{reason}” ({native}): it {effect}.</source>
        <translation>Bei {marketplace} heißt das „{reason}“ ({native}): es {effect}.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>Accept buyer&apos;s request</source>
        <translation>Stornierungsantrag annehmen</translation>
    </message>
    <message>
        <source>Ask Amazon to cancel</source>
        <translation>Amazon um Stornierung bitten</translation>
    </message>
    <message>
        <source>Start return and refund</source>
        <translation>Rücksendung und Erstattung beginnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Order {oid} is already cancelled; nothing to do.</source>
        <translation>Bestellung {oid} ist bereits storniert; nichts zu tun.</translation>
    </message>
    <message>
        <source>Order {oid} has shipped, so it can no longer be cancelled; start a return and refund instead.</source>
        <translation>Bestellung {oid} ist versandt und kann nicht mehr storniert werden; beginnen Sie stattdessen eine Rücksendung mit Erstattung.</translation>
    </message>
    <message>
        <source>Order {oid} is fulfilled by Amazon and its warehouse already has it; only Amazon can cancel it now, so ask Amazon (the outcome shows in the next report).</source>
        <translation>Bestellung {oid} wird durch Amazon versandt und liegt bereits in dessen Lager; nur Amazon kann sie jetzt stornieren, bitten Sie also Amazon darum (das Ergebnis zeigt der nächste Bericht).</translation>
    </message>
    <message>
        <source>Choose at least one item of order {oid} to cancel.</source>
        <translation>Wählen Sie mindestens einen Artikel der Bestellung {oid} zum Stornieren.</translation>
    </message>
    <message>
        <source>Order {oid} has no item {key}.</source>
        <translation>Bestellung {oid} hat keinen Artikel {key}.</translation>
    </message>
    <message>
        <source>Choose a quantity of at least 1 to cancel for {key} of order {oid}.</source>
        <translation>Wählen Sie für {key} der Bestellung {oid} eine Menge von mindestens 1 zum Stornieren.</translation>
    </message>
    <message>
        <source>Only {left} of {key} in order {oid} can still be cancelled ({shipped} already shipped); shipped items need a return and refund.</source>
        <translation>Nur noch {left} von {key} in Bestellung {oid} können storniert werden ({shipped} bereits versandt); versandte Artikel brauchen eine Rücksendung mit Erstattung.</translation>
    </message>
    <message>
        <source>Only {left} of {key} in order {oid} can still be cancelled.</source>
        <translation>Nur noch {left} von {key} in Bestellung {oid} können storniert werden.</translation>
    </message>
    <message>
        <source>Nothing of order {oid} is left unshipped; start a return and refund instead.</source>
        <translation>Von Bestellung {oid} ist nichts mehr unversandt; beginnen Sie stattdessen eine Rücksendung mit Erstattung.</translation>
    </message>
    <message>
        <source>The buyer asked to cancel order {oid}; accept the request so the cancellation does not count against you.</source>
        <translation>Der Käufer hat die Stornierung der Bestellung {oid} beantragt; nehmen Sie den Antrag an, damit Ihnen die Stornierung nicht angerechnet wird.</translation>
    </message>
    <message>
        <source>Part of order {oid} has shipped; the unshipped items can be cancelled.</source>
        <translation>Ein Teil der Bestellung {oid} ist versandt; die nicht versandten Artikel können storniert werden.</translation>
    </message>
    <message>
        <source>Order {oid} is still pending payment and can be cancelled.</source>
        <translation>Bestellung {oid} wartet noch auf die Zahlung und kann storniert werden.</translation>
    </message>
    <message>
        <source>Order {oid} has not shipped yet and can be cancelled.</source>
        <translation>Bestellung {oid} ist noch nicht versandt und kann storniert werden.</translation>
    </message>
    <message>
        <source>You already cancelled order {order_id} for {sku} in the last {days} days; two seller cancellations in a row can cost you the offer.</source>
        <translation>Sie haben in den letzten {days} Tagen bereits Bestellung {order_id} für {sku} storniert; zwei Stornierungen durch den Verkäufer hintereinander können Sie das Angebot kosten.</translation>
    </message>
    <message>
        <source>Part of eBay order {oid} has shipped and eBay cancels whole orders only, so refund the unshipped items instead.</source>
        <translation>Ein Teil der eBay-Bestellung {oid} ist versandt, und eBay storniert nur ganze Bestellungen; erstatten Sie stattdessen die nicht versandten Artikel.</translation>
    </message>
    <message>
        <source>{why}; eBay cancels all its items together.</source>
        <translation>{why}; eBay storniert alle ihre Artikel gemeinsam.</translation>
    </message>
    <message>
        <source>eBay cancels whole orders only, so order {oid} can be cancelled with all its items or not at all.</source>
        <translation>eBay storniert nur ganze Bestellungen; Bestellung {oid} kann nur mit allen Artikeln oder gar nicht storniert werden.</translation>
    </message>
    <message>
        <source>Order {oid} is fulfilled by Walmart Fulfillment Services, so only Walmart can cancel it now; ask Walmart through Seller Center.</source>
        <translation>Bestellung {oid} wird von Walmart Fulfillment Services versandt, daher kann nur Walmart sie jetzt stornieren; wenden Sie sich über Seller Center an Walmart.</translation>
    </message>
    <message>
        <source>Order {order_id} was shipped by Amazon, so it can no longer be cancelled. Amazon handles the returns of orders it fulfils: the buyer returns the goods through Amazon, and Amazon refunds them; you have nothing to start here.</source>
        <translation>Bestellung {order_id} wurde von Amazon versandt und kann nicht mehr storniert werden. Amazon wickelt die Rücksendungen der von Amazon versandten Bestellungen ab: Der Käufer sendet die Ware über Amazon zurück, und Amazon erstattet sie; hier ist nichts zu tun.</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <source>no seller-fulfilled orders in the 7 days: no rate</source>
        <translation>keine Bestellungen mit Versand durch Verkäufer in den 7 Tagen: keine Rate</translation>
    </message>
    <message>
        <source>7-day rate (%)</source>
        <translation>Rate über 7 Tage (%)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>7-day cancellation rate</source>
        <translation>Stornorate über 7 Tage</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>Ziel {target}</translation>
    </message>
    <message>
        <source>{marketplace} {days}-day {metric}</source>
        <translation>{marketplace} {metric} ({days} Tage)</translation>
    </message>
    <message>
        <source>Cancellation rate chart</source>
        <translation>Diagramm der Stornorate</translation>
    </message>
    <message>
        <source>Cancellations per day chart</source>
        <translation>Diagramm der Stornierungen pro Tag</translation>
    </message>
    <message>
        <source>forecast if you cancel nothing more</source>
        <translation>Prognose, wenn Sie nichts mehr stornieren</translation>
    </message>
    <message>
        <source>{marketplaces} target {target}</source>
        <translation>{marketplaces}: Ziel {target}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Amazon target {target}</source>
        <translation>Amazon-Ziel {target}</translation>
    </message>
    <message>
        <source>today │ forecast</source>
        <translation>heute │ Prognose</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>7 days to this day: {rate}</source>
        <translation>7 Tage bis zu diesem Tag: {rate}</translation>
    </message>
    <message>
        <source>Target {target}: {verdict}</source>
        <translation>Ziel {target}: {verdict}</translation>
    </message>
    <message>
        <source>{n} by you (counted)</source>
        <translation>{n} durch Sie (angerechnet)</translation>
    </message>
    <message>
        <source>{n} by you (not counted)</source>
        <translation>{n} durch Sie (nicht angerechnet)</translation>
    </message>
    <message>
        <source>{n} by Amazon ({counted} counted)</source>
        <translation>{n} durch Amazon ({counted} angerechnet)</translation>
    </message>
    <message>
        <source>{n} by Amazon</source>
        <translation>{n} durch Amazon</translation>
    </message>
    <message>
        <source>{n} on buyer request</source>
        <translation>{n} auf Antrag des Käufers</translation>
    </message>
    <message>
        <source>{n} by the buyer</source>
        <translation>{n} durch den Käufer</translation>
    </message>
    <message>
        <source>Cancelled this day: {parts}</source>
        <translation>An diesem Tag storniert: {parts}</translation>
    </message>
    <message>
        <source>Click to see these orders</source>
        <translation>Klicken, um diese Bestellungen zu sehen</translation>
    </message>
    <message>
        <source>No cancellations this day</source>
        <translation>An diesem Tag keine Stornierungen</translation>
    </message>
    <message>
        <source>{marketplace} {metric}: {value} ({counted} of {orders})</source>
        <translation>{marketplace} {metric}: {value} ({counted} von {orders})</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>The marketplace ({marketplaces})</source>
        <translation>Der Marktplatz ({marketplaces})</translation>
    </message>
    <message numerus="yes">
        <source>{counted} of %n order(s) cancelled against you: {rate}</source>
        <translation>
            <numerusform>{counted} von %n Bestellung Ihnen angerechnet storniert: {rate}</numerusform>
            <numerusform>{counted} von %n Bestellungen Ihnen angerechnet storniert: {rate}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateText</name>
    <message>
        <source> (over target)</source>
        <translation> (über dem Ziel)</translation>
    </message>
    <message>
        <source>{counted} of {orders} transactions</source>
        <translation>{counted} von {orders} Transaktionen</translation>
    </message>
    <message>
        <source>{counted} of {orders} seller-fulfilled orders</source>
        <translation>{counted} von {orders} Bestellungen mit Versand durch Verkäufer</translation>
    </message>
    <message>
        <source>{marketplace}{days}-day {metric}: {before} now → {after} after &lt;span style=&apos;color:{muted}&apos;&gt;(target: {target}; {basis})&lt;/span&gt;</source>
        <translation>{marketplace}{metric} ({days} Tage): jetzt {before} → danach {after} &lt;span style=&apos;color:{muted}&apos;&gt;(Ziel: {target}; {basis})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>This cancellation counts against you.</source>
        <translation>Diese Stornierung wird Ihnen angerechnet.</translation>
    </message>
    <message>
        <source>This cancellation does not count against you.</source>
        <translation>Diese Stornierung wird Ihnen nicht angerechnet.</translation>
    </message>
    <message>
        <source>7-day cancellation rate: {before} now → {after} after &lt;span style=&apos;color:{muted}&apos;&gt;(target: {target}; {counted} of {orders} seller-fulfilled orders)&lt;/span&gt;</source>
        <translation>Stornorate (7 Tage): jetzt {before} → danach {after} &lt;span style=&apos;color:{muted}&apos;&gt;(Ziel: {target}; {counted} von {orders} Bestellungen mit Versand durch Verkäufer)&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>No inventory</source>
        <translation>Kein Lagerbestand</translation>
    </message>
    <message>
        <source>You cannot ship because the item is out of stock. Nothing is restocked, and you can set the SKU&apos;s stock to zero so it is not oversold again.</source>
        <translation>Sie können nicht versenden, weil der Artikel nicht vorrätig ist. Nichts wird eingelagert, und Sie können den Bestand der SKU auf null setzen, damit sie nicht erneut überverkauft wird.</translation>
    </message>
    <message>
        <source>Buyer cancelled</source>
        <translation>Käuferstorno</translation>
    </message>
    <message>
        <source>The buyer asked to cancel. Counts against you unless the buyer&apos;s request came through Amazon&apos;s cancellation option and is on record.</source>
        <translation>Der Käufer hat um Stornierung gebeten. Wird Ihnen angerechnet, außer der Antrag kam über Amazons Stornierungsoption und liegt vor.</translation>
    </message>
    <message>
        <source>General adjustment</source>
        <translation>Allgemeine Erstattung</translation>
    </message>
    <message>
        <source>Any other reason the order cannot be fulfilled as placed.</source>
        <translation>Jeder andere Grund, aus dem die Bestellung nicht wie aufgegeben ausgeführt werden kann.</translation>
    </message>
    <message>
        <source>Pricing error</source>
        <translation>Preisfehler</translation>
    </message>
    <message>
        <source>The item was listed at a wrong price.</source>
        <translation>Der Artikel war zu einem falschen Preis eingestellt.</translation>
    </message>
    <message>
        <source>Shipping address undeliverable</source>
        <translation>Lieferadresse unzustellbar</translation>
    </message>
    <message>
        <source>The carrier cannot deliver to the address given.</source>
        <translation>Der Versanddienstleister kann an die angegebene Adresse nicht zustellen.</translation>
    </message>
    <message>
        <source>Customer exchange</source>
        <translation>Kundenaustausch</translation>
    </message>
    <message>
        <source>The buyer is exchanging the item for another order.</source>
        <translation>Der Käufer tauscht den Artikel gegen eine andere Bestellung.</translation>
    </message>
    <message>
        <source>Carrier credit decision</source>
        <translation>Kreditentscheidung des Versanddienstleisters</translation>
    </message>
    <message>
        <source>The carrier declined the shipment.</source>
        <translation>Der Versanddienstleister hat die Sendung abgelehnt.</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risikobewertung</translation>
    </message>
    <message>
        <source>The order failed a risk assessment.</source>
        <translation>Die Bestellung hat eine Risikobewertung nicht bestanden.</translation>
    </message>
    <message>
        <source>Carrier coverage failure</source>
        <translation>Zielgebiet nicht abgedeckt</translation>
    </message>
    <message>
        <source>No carrier covers the destination.</source>
        <translation>Kein Versanddienstleister beliefert das Ziel.</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>Kundenrücksendung</translation>
    </message>
    <message>
        <source>The goods are coming back as a return.</source>
        <translation>Die Ware kommt als Rücksendung zurück.</translation>
    </message>
    <message>
        <source>Merchandise not received</source>
        <translation>Ware nicht erhalten</translation>
    </message>
    <message>
        <source>The goods never reached you from your supplier.</source>
        <translation>Die Ware ist von Ihrem Lieferanten nie bei Ihnen angekommen.</translation>
    </message>
</context>
<context>
    <name>ReasonPicker</name>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>The reason is required.</source>
        <translation>Der Grund ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>RelabelDialog</name>
    <message numerus="yes">
        <source>%n now count(s) against your cancellation rate.</source>
        <translation>
            <numerusform>%n wird jetzt auf Ihre Stornorate angerechnet.</numerusform>
            <numerusform>%n werden jetzt auf Ihre Stornorate angerechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-label cancellation</source>
        <translation>Stornierung neu zuordnen</translation>
    </message>
    <message numerus="yes">
        <source>Re-label %n cancellations</source>
        <translation>
            <numerusform>%n Stornierung neu zuordnen</numerusform>
            <numerusform>%n Stornierungen neu zuordnen</numerusform>
        </translation>
    </message>
    <message>
        <source>order {order_id}</source>
        <translation>Bestellung {order_id}</translation>
    </message>
    <message numerus="yes">
        <source>these %n orders</source>
        <translation>
            <numerusform>diese %n Bestellung</numerusform>
            <numerusform>diese %n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Who started the cancellation of {what}? Reports do not say, so Seller Desk counts it against you unless a buyer request is on record. Only a request through Amazon&apos;s own cancellation option keeps it off your rate; one made only in a message still counts.</source>
        <translation>Wer hat die Stornierung von {what} ausgelöst? Berichte sagen es nicht, daher rechnet Seller Desk sie Ihnen an, außer ein Stornierungsantrag liegt vor. Nur ein Antrag über Amazons eigene Stornierungsoption hält sie aus Ihrer Rate heraus; eine bloße Nachricht zählt trotzdem.</translation>
    </message>
    <message>
        <source>The buyer asked through Amazon (does not count)</source>
        <translation>Der Käufer hat über Amazon angefragt (wird nicht angerechnet)</translation>
    </message>
    <message>
        <source>I cancelled it (counts against my cancellation rate)</source>
        <translation>Ich habe storniert (wird auf meine Stornorate angerechnet)</translation>
    </message>
    <message>
        <source>Note for the order&apos;s history</source>
        <translation>Notiz für den Verlauf der Bestellung</translation>
    </message>
    <message>
        <source>e.g. request seen in Seller Central on 3 May</source>
        <translation>z. B. Antrag am 3. Mai in Seller Central gesehen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Re-label</source>
        <translation>Neu zuordnen</translation>
    </message>
    <message>
        <source>Re-labelling…</source>
        <translation>Wird neu zugeordnet…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more without a cancellation.</source>
        <translation>
            <numerusform>… und %n weitere ohne Stornierung.</numerusform>
            <numerusform>… und %n weitere ohne Stornierung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s) re-labelled;</source>
        <translation>
            <numerusform>%n Stornierung neu zugeordnet;</numerusform>
            <numerusform>%n Stornierungen neu zugeordnet;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Buyer requests</source>
        <translation>Stornierungsanträge</translation>
    </message>
    <message>
        <source>  ⚠ over 24 h: answer now</source>
        <translation>  ⚠ über 24 h: jetzt antworten</translation>
    </message>
    <message>
        <source>Buyers&apos; cancellation requests, oldest first. Answer within a day or two; accepting a request the buyer made through the marketplace does not count against your cancellation rate.</source>
        <translation>Stornierungsanträge der Käufer, älteste zuerst. Antworten Sie innerhalb von ein bis zwei Tagen; die Annahme eines Antrags, den der Käufer über den Marktplatz gestellt hat, wird nicht auf Ihre Stornorate angerechnet.</translation>
    </message>
    <message>
        <source>%1 (not counted)</source>
        <translation>%1 (nicht angerechnet)</translation>
    </message>
    <message>
        <source>A message only (counts)</source>
        <translation>Nur Nachricht (wird angerechnet)</translation>
    </message>
    <message>
        <source>A message only (not counted)</source>
        <translation>Nur Nachricht (nicht angerechnet)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Asked on %1</source>
        <translation>Angefragt am %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Buyer&apos;s reason</source>
        <translation>Grund des Käufers</translation>
    </message>
    <message>
        <source>Asked through</source>
        <translation>Angefragt über</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Accept: cancel the order</source>
        <translation>Annehmen: Bestellung stornieren</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Show order</source>
        <translation>Bestellung zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n offener Antrag</numerusform>
            <numerusform>%n offene Anträge</numerusform>
        </translation>
    </message>
    <message>
        <source>, {overdue} older than {hours} h</source>
        <translation>, {overdue} älter als {hours} h</translation>
    </message>
    <message>
        <source>Accepting…</source>
        <translation>Wird angenommen…</translation>
    </message>
    <message>
        <source>Buyer request</source>
        <translation>Stornierungsantrag</translation>
    </message>
    <message>
        <source>Declined the request for {order_id}.</source>
        <translation>Antrag für {order_id} abgelehnt.</translation>
    </message>
    <message>
        <source>Declining…</source>
        <translation>Wird abgelehnt…</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Returns</source>
        <translation>Rücksendungen</translation>
    </message>
    <message>
        <source>Returns and refunds started for shipped orders, newest first. Mark a return received when the goods are back, and restock them if they can be sold again.</source>
        <translation>Rücksendungen und Erstattungen für versandte Bestellungen, neueste zuerst. Markieren Sie eine Rücksendung als erhalten, wenn die Ware zurück ist, und lagern Sie sie wieder ein, wenn sie wieder verkauft werden kann.</translation>
    </message>
    <message>
        <source>Waiting for the goods</source>
        <translation>Ware ausstehend</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>Eingelagert</translation>
    </message>
    <message>
        <source>Received: put back in stock</source>
        <translation>Erhalten: wieder einlagern</translation>
    </message>
    <message>
        <source>Received: do not restock</source>
        <translation>Erhalten: nicht einlagern</translation>
    </message>
    <message numerus="yes">
        <source>%n return(s), {waiting} waiting for the goods</source>
        <translation>
            <numerusform>%n Rücksendung, {waiting} mit ausstehender Ware</numerusform>
            <numerusform>%n Rücksendungen, {waiting} mit ausstehender Ware</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Wird als erhalten vermerkt…</translation>
    </message>
</context>
<context>
    <name>ShipBy</name>
    <message numerus="yes">
        <source>due in %n min</source>
        <translation>
            <numerusform>fällig in %n Min.</numerusform>
            <numerusform>fällig in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n h</source>
        <translation>
            <numerusform>fällig in %n Std.</numerusform>
            <numerusform>fällig in %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n d</source>
        <translation>
            <numerusform>fällig in %n Tag</numerusform>
            <numerusform>fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>late by %n min</source>
        <translation>
            <numerusform>%n Min. überfällig</numerusform>
            <numerusform>%n Min. überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>late by %n h</source>
        <translation>
            <numerusform>%n Std. überfällig</numerusform>
            <numerusform>%n Std. überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>late by %n d</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shipped and past its ship-by time, %1</source>
        <translation>Nicht versandt, voraussichtliches Versanddatum überschritten: %1</translation>
    </message>
    <message>
        <source>Ship by %1</source>
        <translation>Versand bis %1</translation>
    </message>
</context>
<context>
    <name>ShopState</name>
    <message>
        <source>Checking the shop…</source>
        <translation>Shop wird geprüft…</translation>
    </message>
    <message>
        <source>⚠ This shop&apos;s database is damaged</source>
        <translation>⚠ Die Datenbank dieses Shops ist beschädigt</translation>
    </message>
    <message>
        <source>Seller Desk</source>
        <translation>Seller Desk</translation>
    </message>
</context>
<context>
    <name>Shops</name>
    <message>
        <source>Seller Desk shops (*.db);;All files (*)</source>
        <translation>Seller-Desk-Shops (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Archives and backups (*.sdarchive *.zip *.db);;Seller Desk archives (*.sdarchive *.zip);;Backups (*.db);;All files (*)</source>
        <translation>Archive und Sicherungen (*.sdarchive *.zip *.db);;Seller-Desk-Archive (*.sdarchive *.zip);;Sicherungen (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Seller Desk archive (*.sdarchive)</source>
        <translation>Seller-Desk-Archiv (*.sdarchive)</translation>
    </message>
    <message>
        <source>New shop…</source>
        <translation>Neuer Shop…</translation>
    </message>
    <message>
        <source>Start a new, empty shop</source>
        <translation>Einen neuen, leeren Shop beginnen</translation>
    </message>
    <message>
        <source>Open shop…</source>
        <translation>Shop öffnen…</translation>
    </message>
    <message>
        <source>Open a shop&apos;s file</source>
        <translation>Die Datei eines Shops öffnen</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Restore from a backup or archive…</source>
        <translation>Aus Sicherung oder Archiv wiederherstellen…</translation>
    </message>
    <message>
        <source>Make a new shop from a Seller Desk archive or a backup copy</source>
        <translation>Einen neuen Shop aus einem Seller-Desk-Archiv oder einer Sicherungskopie anlegen</translation>
    </message>
    <message>
        <source>Export archive…</source>
        <translation>Archiv exportieren…</translation>
    </message>
    <message>
        <source>Write the whole shop to one file, to keep or to move to another computer</source>
        <translation>Den ganzen Shop in eine Datei schreiben, zum Aufbewahren oder für einen anderen Computer</translation>
    </message>
    <message>
        <source>No recent shops</source>
        <translation>Keine zuletzt geöffneten Shops</translation>
    </message>
    <message>
        <source>Open shop</source>
        <translation>Shop öffnen</translation>
    </message>
    <message>
        <source>{file} is not a Seller Desk shop. To bring in an archive or a backup, use File &gt; Restore from a backup or archive.</source>
        <translation>{file} ist kein Seller-Desk-Shop. Für ein Archiv oder eine Sicherung nutzen Sie Datei &gt; Aus Sicherung oder Archiv wiederherstellen.</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Neuer Shop</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new name (to open it, use File &gt; Open shop).</source>
        <translation>{file} existiert bereits; wählen Sie einen neuen Namen (zum Öffnen: Datei &gt; Shop öffnen).</translation>
    </message>
    <message>
        <source>Created a new, empty shop at {file}.</source>
        <translation>Neuer, leerer Shop angelegt in {file}.</translation>
    </message>
    <message>
        <source>Creating the shop…</source>
        <translation>Shop wird angelegt…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>{file} is neither a Seller Desk archive nor a backup of a shop.</source>
        <translation>{file} ist weder ein Seller-Desk-Archiv noch eine Sicherung eines Shops.</translation>
    </message>
    <message>
        <source>{file} already exists; a restore makes a new shop, so choose a new name.</source>
        <translation>{file} existiert bereits; eine Wiederherstellung legt einen neuen Shop an, wählen Sie also einen neuen Namen.</translation>
    </message>
    <message>
        <source>The shop is {file}.</source>
        <translation>Der Shop ist {file}.</translation>
    </message>
    <message>
        <source>Restoring the archive…</source>
        <translation>Archiv wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored the backup {name} as {file}.</source>
        <translation>Sicherung {name} als {file} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Archiving the shop…</source>
        <translation>Shop wird archiviert…</translation>
    </message>
    <message>
        <source>Restore from a backup or archive</source>
        <translation>Aus Sicherung oder Archiv wiederherstellen</translation>
    </message>
    <message>
        <source>Save the restored shop as</source>
        <translation>Wiederhergestellten Shop speichern unter</translation>
    </message>
    <message>
        <source>Export archive</source>
        <translation>Archiv exportieren</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Choose how to start.</source>
        <translation>Wählen Sie, wie Sie beginnen.</translation>
    </message>
    <message>
        <source>No shop was opened.</source>
        <translation>Es wurde kein Shop geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>Building a demo shop of %Ln order(s)…</source>
        <translation>
            <numerusform>Demo-Shop mit %Ln Bestellung wird erstellt…</numerusform>
            <numerusform>Demo-Shop mit %Ln Bestellungen wird erstellt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening your shop…</source>
        <translation>Ihr Shop wird geöffnet…</translation>
    </message>
    <message>
        <source>Building the demo shop…</source>
        <translation>Demo-Shop wird erstellt…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>The shop could not be opened.</source>
        <translation>Der Shop konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Seller-fulfilled</source>
        <translation>Versand durch Verkäufer</translation>
    </message>
    <message>
        <source>Fulfilled by Amazon</source>
        <translation>Versand durch Amazon</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Pending availability</source>
        <translation>Verfügbarkeit ausstehend</translation>
    </message>
    <message>
        <source>Invoice unconfirmed</source>
        <translation>Rechnung unbestätigt</translation>
    </message>
    <message>
        <source>Unshipped</source>
        <translation>Nicht versandt</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Teilweise versandt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation>Nicht ausführbar</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <source>Oversold by {count}</source>
        <translation>Um {count} überverkauft</translation>
    </message>
    <message>
        <source>None left to sell</source>
        <translation>Nichts mehr zu verkaufen</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Vorrätig</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Double-click to correct the count</source>
        <translation>Doppelklicken, um den Bestand zu korrigieren</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Stock</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>On hand is what you counted; reserved is what unshipped orders hold; available is what is left to sell. Double-click an on-hand figure to correct it.</source>
        <translation>Vorrätig ist, was Sie gezählt haben; reserviert ist, was nicht versandte Bestellungen binden; verfügbar ist, was zum Verkauf bleibt. Doppelklicken Sie auf einen Vorratswert, um ihn zu korrigieren.</translation>
    </message>
    <message>
        <source>Search SKU or product</source>
        <translation>SKU oder Produkt suchen</translation>
    </message>
    <message>
        <source>Oversold only</source>
        <translation>Nur überverkaufte</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s)</source>
        <translation>
            <numerusform>%n SKU</numerusform>
            <numerusform>%n SKUs</numerusform>
        </translation>
    </message>
    <message>
        <source> · {count} oversold</source>
        <translation> · {count} überverkauft</translation>
    </message>
    <message>
        <source> · none oversold</source>
        <translation> · keine überverkauft</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>ZoneSettingsDialog</name>
    <message>
        <source>Shop time zone</source>
        <translation>Zeitzone des Shops</translation>
    </message>
    <message>
        <source>Your shop&apos;s days follow this time zone on every computer that opens the shop: the 7-day cancellation rate, “today”, ship-by lateness and the chart. Changing it files each order and cancellation under its day in the new zone.</source>
        <translation>Die Tage Ihres Shops richten sich auf jedem Computer, der ihn öffnet, nach dieser Zeitzone: die Stornorate über 7 Tage, „heute“, verspätete Versanddaten und das Diagramm. Eine Änderung ordnet jede Bestellung und Stornierung ihrem Tag in der neuen Zone zu.</translation>
    </message>
</context>
</TS>
