<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Archive</name>
    <message>
        <source>Archived the whole shop ({orders} orders, {rows} rows in {tables} tables) to {path} ({size}). Restore it into a new shop with File &gt; Restore from a backup or archive, or: seller-desk --db NEW.db import {path}</source>
        <translation>已将整个店铺归档（{orders} 个订单，{tables} 个表中的 {rows} 行）到 {path}（{size}）。可通过“文件 &gt; 从备份或存档恢复”将其恢复到新店铺，或运行：seller-desk --db NEW.db import {path}</translation>
    </message>
    <message>
        <source>Restored {orders} orders and everything with them ({rows} rows) from {file}, archived by Seller Desk {version}.</source>
        <translation>已从 {file} 恢复 {orders} 个订单及其全部相关数据（{rows} 行），该存档由 Seller Desk {version} 创建。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Back up the shop</source>
        <translation>备份店铺</translation>
    </message>
    <message>
        <source>Seller Desk database (*.db);;All files (*)</source>
        <translation>Seller Desk 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Daily backup…</source>
        <translation>每日备份…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n order(s) ({size}) to:
{path}

To restore, open the copy with Seller Desk:
{command}</source>
        <translation>
            <numerusform>已备份 %n 个订单（{size}）到：
{path}

如需恢复，请用 Seller Desk 打开该副本：
{command}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Daily backups</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Seller Desk can copy your shop once a day, when it starts, and keep only the most recent copies. To restore one, open it with Seller Desk.</source>
        <translation>Seller Desk 可在每天启动时复制一次您的店铺，只保留最近的副本。如需恢复，请用 Seller Desk 打开副本。</translation>
    </message>
    <message>
        <source>Take a copy every day</source>
        <translation>每天复制一份</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>保留最近</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>Copies to keep</source>
        <translation>保留的副本数</translation>
    </message>
    <message>
        <source>Open the backup folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <source>This shop is on a PostgreSQL server, so Seller Desk cannot copy it. Back it up on the server with pg_dump; File &gt; Back up… shows the exact command.</source>
        <translation>此店铺位于 PostgreSQL 服务器上，Seller Desk 无法复制。请在服务器上用 pg_dump 备份；“文件 &gt; 备份…”会显示具体命令。</translation>
    </message>
    <message>
        <source>The latest is {name}.</source>
        <translation>最新的是 {name}。</translation>
    </message>
    <message>
        <source>There is no copy yet.</source>
        <translation>还没有副本。</translation>
    </message>
    <message>
        <source>Copies are kept in:
{folder}
{latest}</source>
        <translation>副本保存在：
{folder}
{latest}</translation>
    </message>
</context>
<context>
    <name>BulkCancelDialog</name>
    <message numerus="yes">
        <source>Cancel %n order(s)</source>
        <translation>
            <numerusform>取消 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders to cancel</source>
        <translation>要取消的订单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>将会发生</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Put the cancelled units back in stock (orders answering a buyer&apos;s request always are)</source>
        <translation>将取消的件数放回库存（响应买家取消请求的订单总会放回）</translation>
    </message>
    <message>
        <source>Also set the available stock of these SKUs to zero</source>
        <translation>同时将这些 SKU 的可售库存设为零</translation>
    </message>
    <message>
        <source>For your records (optional)</source>
        <translation>供您记录（可选）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message to the buyers&lt;/b&gt;</source>
        <translation>&lt;b&gt;给买家的消息&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each buyer&apos;s message is drafted for their order (a buyer who asked to cancel is told it was cancelled as they asked). Edit it to send your own text to the buyers who did not ask.</source>
        <translation>系统会为每位买家的订单起草消息（请求取消的买家会被告知已按其要求取消）。如需给未提出请求的买家发送您自己的内容，请编辑消息。</translation>
    </message>
    <message>
        <source>Keep orders</source>
        <translation>保留订单</translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Checking the orders…</source>
        <translation>正在检查订单…</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>Cannot cancel: {why}</source>
        <translation>无法取消：{why}</translation>
    </message>
    <message>
        <source>Buyer asked: accepted as “Buyer cancelled”, not counted</source>
        <translation>买家已请求：按“买家取消”受理，不计入</translation>
    </message>
    <message>
        <source>Cancel all open items; counts against you</source>
        <translation>取消所有未发货商品；计入您的取消率</translation>
    </message>
    <message>
        <source>Cancel all open items; not counted</source>
        <translation>取消所有未发货商品；不计入</translation>
    </message>
    <message numerus="yes">
        <source>%n of these cancellations count(s) against you.</source>
        <translation>
            <numerusform>其中 %n 笔取消计入您的取消率。</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these cancellations count against you.</source>
        <translation>这些取消都不计入您的取消率。</translation>
    </message>
    <message>
        <source>None of these orders can be cancelled now.</source>
        <translation>这些订单现在都无法取消。</translation>
    </message>
    <message numerus="yes">
        <source>Cancel {allowed} of %n order(s)</source>
        <translation>
            <numerusform>取消 %n 个订单中的 {allowed} 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; counts against you</source>
        <translation>已取消；计入您的取消率</translation>
    </message>
    <message>
        <source>Cancelled; not counted</source>
        <translation>已取消；不计入</translation>
    </message>
    <message>
        <source>Refused: {why}</source>
        <translation>被拒绝：{why}</translation>
    </message>
    <message>
        <source>Cancelling orders…</source>
        <translation>正在取消订单…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n order(s) cancelled</source>
        <translation>
            <numerusform>已取消 %n 个订单中的 {done} 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BuyerMessage</name>
    <message>
        <source>Message to the buyer</source>
        <translation>给买家的消息</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the message, to paste it into Buyer-Seller Messaging</source>
        <translation>复制消息，以便粘贴到买家与卖家消息服务</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel order {order_id}</source>
        <translation>取消订单 {order_id}</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items to cancel&lt;/b&gt;</source>
        <translation>&lt;b&gt;要取消的商品&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Not shipped</source>
        <translation>未发货</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>放回库存</translation>
    </message>
    <message>
        <source>Items to cancel</source>
        <translation>要取消的商品</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Cost to you</source>
        <translation>您的成本</translation>
    </message>
    <message>
        <source>What this cancellation cost you (postage bought, fees), if anything</source>
        <translation>此次取消给您造成的费用（已购邮资、手续费），如有</translation>
    </message>
    <message>
        <source>Cost to you:</source>
        <translation>您的费用：</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>退款：</translation>
    </message>
    <message>
        <source>For your records (optional)</source>
        <translation>供您记录（可选）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message to the buyer&lt;/b&gt;</source>
        <translation>&lt;b&gt;给买家的消息&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> / {count}</translation>
    </message>
    <message>
        <source>Units of %1 to cancel</source>
        <translation>要取消的 %1 数量</translation>
    </message>
    <message>
        <source>Put the cancelled units back in stock</source>
        <translation>将取消的件数放回库存</translation>
    </message>
    <message>
        <source>Restock %1</source>
        <translation>将 %1 重新入库</translation>
    </message>
    <message>
        <source>  (customised)</source>
        <translation>  （定制）</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>{marketplace} order {order_id} · {status} · {channel}</source>
        <translation>{marketplace} 订单 {order_id} · {status} · {channel}</translation>
    </message>
    <message>
        <source> The reason is “Buyer cancelled”.</source>
        <translation>原因为“买家取消”。</translation>
    </message>
    <message>
        <source>Note to Amazon (optional)</source>
        <translation>给亚马逊的备注（可选）</translation>
    </message>
    <message>
        <source>Return reason (optional)</source>
        <translation>退货原因（可选）</translation>
    </message>
    <message>
        <source>Note to Amazon</source>
        <translation>给亚马逊的备注</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>退货原因</translation>
    </message>
    <message>
        <source>Keep order</source>
        <translation>保留订单</translation>
    </message>
    <message>
        <source>{currency} · default: what the buyer paid for the cancelled items</source>
        <translation>{currency} · 默认：买家为所取消商品支付的金额</translation>
    </message>
    <message>
        <source>Also set the available stock of {skus} to zero, so it is not oversold again</source>
        <translation>同时将 {skus} 的可售库存设为零，避免再次超卖</translation>
    </message>
    <message>
        <source>Choose at least one unit to cancel.</source>
        <translation>请至少选择一件要取消的商品。</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>请选择原因。</translation>
    </message>
    <message>
        <source>The refund is not an amount.</source>
        <translation>退款不是有效金额。</translation>
    </message>
    <message>
        <source>The cost is not an amount.</source>
        <translation>费用不是有效金额。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>This starts a return of %n shipped unit(s) with a refund of {refund} (what the buyer paid for them). A return does not change your cancellation rate. Mark it received on the Returns page when the goods are back.</source>
        <translation>
            <numerusform>这将为 %n 件已发货商品发起退货，并退款 {refund}（买家为其支付的金额）。退货不影响您的取消率。货物退回后，请在“退货”页面将其标记为已收到。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm return and refund of {refund}</source>
        <translation>确认退货并退款 {refund}</translation>
    </message>
    <message>
        <source>Start a return and refund of {refund}? Click again to confirm.</source>
        <translation>发起退货并退款 {refund}？再次点击以确认。</translation>
    </message>
    <message>
        <source>Your request to Amazon is recorded. Amazon decides; the outcome shows in the next order report.</source>
        <translation>已记录您向亚马逊提出的请求。由亚马逊决定；结果会显示在下一份订单报告中。</translation>
    </message>
    <message>
        <source>A return and refund of {refund} is started; follow it on the Returns page.</source>
        <translation>已发起退货并退款 {refund}；请在“退货”页面跟进。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Seller Desk records that you asked Amazon to cancel (do it in Seller Central too). Whether Amazon cancels shows in the next order report; it never counts against you.</source>
        <translation>Seller Desk 会记录您已请求亚马逊取消（也请在卖家平台中操作）。亚马逊是否取消会显示在下一份订单报告中；这绝不计入您的取消率。</translation>
    </message>
    <message>
        <source>Order {order_id} is {status}; refund {refund}; it counts against you.</source>
        <translation>订单 {order_id}：{status}；退款 {refund}；计入您的取消率。</translation>
    </message>
    <message>
        <source>Order {order_id} is {status}; refund {refund}; it does not count against you.</source>
        <translation>订单 {order_id}：{status}；退款 {refund}；不计入您的取消率。</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <source>Checking for changes…</source>
        <translation>正在检查更改…</translation>
    </message>
</context>
<context>
    <name>ChoiceBox</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
</context>
<context>
    <name>CurrencySettingsDialog</name>
    <message>
        <source>Shop currency</source>
        <translation>店铺货币</translation>
    </message>
    <message>
        <source>The currency of the rows of an imported file that give none (a blank currency column, or a CSV without one). Orders already imported keep theirs.</source>
        <translation>导入文件中未注明货币的行所用的货币（货币列为空，或 CSV 中没有货币列）。已导入的订单保留原有货币。</translation>
    </message>
    <message>
        <source>Not set yet: pick a code such as EUR or USD</source>
        <translation>尚未设置：请选择货币代码，如 EUR 或 USD</translation>
    </message>
</context>
<context>
    <name>DayAxis</name>
    <message>
        <source>MMM dd</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>DeclineAndShipDialog</name>
    <message>
        <source>Ship order {order_id}?</source>
        <translation>发货订单 {order_id}？</translation>
    </message>
    <message>
        <source>The buyer asked to cancel order {order_id}; answer the request before you ship it.</source>
        <translation>买家已请求取消订单 {order_id}；请先回复该请求，再发货。</translation>
    </message>
    <message>
        <source>Decline the request, telling the buyer why:</source>
        <translation>拒绝请求，并告诉买家原因：</translation>
    </message>
    <message>
        <source>e.g. Your order had already left our warehouse.</source>
        <translation>例如：您的订单已离开我们的仓库。</translation>
    </message>
    <message>
        <source>Why the request is declined</source>
        <translation>拒绝该请求的原因</translation>
    </message>
    <message>
        <source>Decline request and ship</source>
        <translation>拒绝请求并发货</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Decline the request for {order_id}</source>
        <translation>拒绝 {order_id} 的请求</translation>
    </message>
    <message>
        <source>Tell the buyer why the order cannot be cancelled:</source>
        <translation>告诉买家订单无法取消的原因：</translation>
    </message>
    <message>
        <source>Decline request</source>
        <translation>拒绝请求</translation>
    </message>
</context>
<context>
    <name>EmptyShopHint</name>
    <message>
        <source>&lt;p style=&apos;font-size:17px&apos;&gt;&lt;b&gt;This shop has no orders yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Bring your orders in from an Amazon order report: in Seller Central, &lt;i&gt;Reports &amp;gt; Fulfillment &amp;gt; All Orders&lt;/i&gt; (or &lt;i&gt;Unshipped Orders&lt;/i&gt;), download the .txt file, then import it here. A CSV from another tool works too: you map its columns once.&lt;/p&gt;&lt;p&gt;You can also &lt;b&gt;drop the file on this window&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;color:{muted}&apos;&gt;Moving from another computer? Restore the shop from a Seller Desk archive or a backup instead.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:17px&apos;&gt;&lt;b&gt;此店铺还没有订单&lt;/b&gt;&lt;/p&gt;&lt;p&gt;从亚马逊订单报告导入订单：在卖家平台中打开&lt;i&gt;数据报告 &amp;gt; 库存和销售报告 &amp;gt; 所有订单&lt;/i&gt;（或&lt;i&gt;未发货订单&lt;/i&gt;），下载 .txt 文件，然后在此导入。其他工具导出的 CSV 也可以：只需对应一次其列。&lt;/p&gt;&lt;p&gt;您也可以&lt;b&gt;将文件拖放到此窗口&lt;/b&gt;。&lt;/p&gt;&lt;p style=&apos;color:{muted}&apos;&gt;从另一台电脑迁移？请改为从 Seller Desk 存档或备份恢复店铺。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import a report…</source>
        <translation>导入报告…</translation>
    </message>
    <message>
        <source>Restore from a backup or archive…</source>
        <translation>从备份或存档恢复…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{sentence} The details are in {log}.</source>
        <translation>{sentence} 详情见 {log}。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). Nothing more was changed; the details are in {log}.</source>
        <translation>发生了意外错误（{error}）。没有进行其他更改；详情见 {log}。</translation>
    </message>
    <message>
        <source>Seller Desk</source>
        <translation>Seller Desk</translation>
    </message>
    <message>
        <source>Order {order_id} changed since you opened it. The view has been refreshed; check it and try again.</source>
        <translation>订单 {order_id} 在您打开后已被更改。视图已刷新；请检查后重试。</translation>
    </message>
    <message>
        <source>The refund cannot be negative.</source>
        <translation>退款金额不能为负数。</translation>
    </message>
    <message>
        <source>Order {order_id} has no item {item}.</source>
        <translation>订单 {order_id} 中没有商品 {item}。</translation>
    </message>
    <message>
        <source>Order {order_id} is fulfilled by Amazon: Amazon&apos;s warehouse ships it, and the next order report shows it shipped.</source>
        <translation>订单 {order_id} 由亚马逊配送：亚马逊仓库负责发货，下一份订单报告会显示其已发货。</translation>
    </message>
    <message>
        <source>Order {order_id} is {status}; it cannot be shipped.</source>
        <translation>订单 {order_id} 的状态为“{status}”；无法发货。</translation>
    </message>
    <message>
        <source>The buyer asked to cancel order {order_id}; answer the request first: accept it (cancel), or decline it with a reason and ship.</source>
        <translation>买家已申请取消订单 {order_id}；请先回复该请求：接受（取消订单），或说明理由拒绝后发货。</translation>
    </message>
    <message>
        <source>it has already shipped; only a return and refund is possible now</source>
        <translation>订单已发货；现在只能退货退款</translation>
    </message>
    <message>
        <source>it is cancelled; a cancelled order cannot be reopened</source>
        <translation>订单已取消；已取消的订单不能重新打开</translation>
    </message>
    <message>
        <source>an order that is {current} cannot become {new}</source>
        <translation>状态为“{current}”的订单不能变为“{new}”</translation>
    </message>
    <message>
        <source>Order {order_id} cannot be marked {new}: {why}.</source>
        <translation>订单 {order_id} 不能标记为“{new}”：{why}。</translation>
    </message>
    <message>
        <source>This shop already holds {orders} orders; an archive is restored only into an empty shop, so nothing is mixed or lost. Create a new shop (File &gt; New shop, or seller-desk --db NEW.db init) and restore into it. Nothing was written.</source>
        <translation>此店铺已有 {orders} 个订单；归档只能恢复到空店铺中，以免数据混杂或丢失。请新建一个店铺（文件 &gt; 新建店铺，或 seller-desk --db NEW.db init）并恢复到其中。未写入任何内容。</translation>
    </message>
    <message>
        <source>This shop has no orders but already holds {what}; an archive is restored only into an empty shop. Create a new shop and restore into it. Nothing was written.</source>
        <translation>此店铺没有订单，但已有 {what}；归档只能恢复到空店铺中。请新建一个店铺并恢复到其中。未写入任何内容。</translation>
    </message>
    <message>
        <source>The backup to {target} failed: {problem}. Nothing was written.</source>
        <translation>备份到 {target} 失败：{problem}。未写入任何内容。</translation>
    </message>
    <message>
        <source>There is no database at {source} to back up.</source>
        <translation>{source} 处没有可备份的数据库。</translation>
    </message>
    <message>
        <source>The backup cannot replace the database it copies.</source>
        <translation>备份不能覆盖其所复制的数据库。</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {problem}.</source>
        <translation>无法创建文件夹 {folder}：{problem}。</translation>
    </message>
    <message>
        <source>The number of daily backups to keep cannot be negative.</source>
        <translation>保留的每日备份数量不能为负数。</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>费用不能为负数。</translation>
    </message>
    <message>
        <source>There is no order {order_id}.</source>
        <translation>没有订单 {order_id}。</translation>
    </message>
    <message>
        <source>{file}: import cancelled; nothing was written.</source>
        <translation>{file}：导入已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Order {order_id} has no cancellation to re-label.</source>
        <translation>订单 {order_id} 没有可重新标记的取消。</translation>
    </message>
    <message>
        <source>Give the buyer a reason for declining the request.</source>
        <translation>请向买家说明拒绝该请求的理由。</translation>
    </message>
    <message>
        <source>Order {order_id} is {status}; a cancellation request can only be recorded for an order that has not shipped.</source>
        <translation>订单 {order_id} 的状态为“{status}”；只能为尚未发货的订单记录取消请求。</translation>
    </message>
    <message>
        <source>The buyer&apos;s cancellation request for order {order_id} is already open; nothing was added. Answer it (accept or decline).</source>
        <translation>买家对订单 {order_id} 的取消请求已处于待处理状态；未添加任何内容。请回复该请求（接受或拒绝）。</translation>
    </message>
    <message>
        <source>There is no buyer request {request_id}.</source>
        <translation>没有买家请求 {request_id}。</translation>
    </message>
    <message>
        <source>That request was already accepted.</source>
        <translation>该请求已被接受。</translation>
    </message>
    <message>
        <source>That request was already declined.</source>
        <translation>该请求已被拒绝。</translation>
    </message>
    <message>
        <source>Order {order_id} is not held by Amazon&apos;s warehouse. {why}</source>
        <translation>订单 {order_id} 不在亚马逊仓库中。{why}</translation>
    </message>
    <message>
        <source>Nothing of order {order_id} has shipped that could be returned.</source>
        <translation>订单 {order_id} 中没有已发货、可退货的商品。</translation>
    </message>
    <message>
        <source>Only {available} of {sku} can be returned (shipped and not already returned).</source>
        <translation>{sku} 只能退回 {available} 件（已发货且尚未退回）。</translation>
    </message>
    <message>
        <source>There is no return {number}.</source>
        <translation>没有退货 {number}。</translation>
    </message>
    <message>
        <source>That return was already received.</source>
        <translation>该退货已收到。</translation>
    </message>
    <message>
        <source>Stock on hand for {sku} cannot be negative ({on_hand}).</source>
        <translation>{sku} 的现有库存不能为负数（{on_hand}）。</translation>
    </message>
    <message>
        <source>There is no SKU {sku} in stock.</source>
        <translation>库存中没有 SKU {sku}。</translation>
    </message>
    <message>
        <source>Another Seller Desk is writing to this shop and did not finish in time, so nothing was changed. Try again in a moment.</source>
        <translation>另一个 Seller Desk 正在写入此店铺且未能及时完成，因此未做任何更改。请稍后重试。</translation>
    </message>
    <message>
        <source>This shop&apos;s database cannot be written to (it is read-only: check the file&apos;s permissions, or whether the disk is mounted read-only), so nothing was changed.</source>
        <translation>无法写入此店铺的数据库（它是只读的：请检查文件权限，或磁盘是否以只读方式挂载），因此未做任何更改。</translation>
    </message>
    <message>
        <source>The disk that holds this shop is full, so nothing was changed. Free some space and try again.</source>
        <translation>存放此店铺的磁盘已满，因此未做任何更改。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>This shop&apos;s database is damaged, so nothing was changed. Restore the latest daily copy (seller-desk --db COPY opens it) or a backup you took.</source>
        <translation>此店铺的数据库已损坏，因此未做任何更改。请恢复最新的每日副本（seller-desk --db COPY 可打开它）或您自己做的备份。</translation>
    </message>
    <message>
        <source>Seller Desk could not read or write this shop&apos;s file (a disk or file-system error), so nothing was changed.</source>
        <translation>Seller Desk 无法读取或写入此店铺的文件（磁盘或文件系统错误），因此未做任何更改。</translation>
    </message>
    <message>
        <source>The database refused the action ({problem}), so nothing was changed.</source>
        <translation>数据库拒绝了该操作（{problem}），因此未做任何更改。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Order ID</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Item status</source>
        <translation>商品状态</translation>
    </message>
    <message>
        <source>Fulfilment channel</source>
        <translation>配送渠道</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>商品价格</translation>
    </message>
    <message>
        <source>Item tax</source>
        <translation>商品税</translation>
    </message>
    <message>
        <source>Shipping price</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Shipping tax</source>
        <translation>运费税</translation>
    </message>
    <message>
        <source>Promotion discount</source>
        <translation>促销折扣</translation>
    </message>
    <message>
        <source>Your order number</source>
        <translation>您的订单号</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>商城</translation>
    </message>
    <message>
        <source>Shipping service</source>
        <translation>配送服务</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>最晚发货</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>州 / 地区</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Business order</source>
        <translation>企业订单</translation>
    </message>
    <message>
        <source>ASIN</source>
        <translation>ASIN</translation>
    </message>
    <message>
        <source>Order item ID</source>
        <translation>订单商品编号</translation>
    </message>
    <message>
        <source>Buyer requested cancellation</source>
        <translation>买家请求取消</translation>
    </message>
    <message>
        <source>Buyer&apos;s cancellation reason</source>
        <translation>买家取消原因</translation>
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
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自定义范围…</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>搜索订单</translation>
    </message>
    <message>
        <source>Search order id, SKU, product or city</source>
        <translation>搜索订单号、SKU、商品或城市</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有配送渠道</translation>
    </message>
    <message>
        <source>Seller-fulfilled (MFN)</source>
        <translation>卖家自配送 (MFN)</translation>
    </message>
    <message>
        <source>Fulfilled by Amazon (FBA)</source>
        <translation>亚马逊物流 (FBA)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Open buyer requests, seller-fulfilled orders past their ship-by date, and unshipped orders whose SKUs have no stock</source>
        <translation>未处理的买家请求、已过最晚发货日期的卖家自配送订单，以及 SKU 无库存的未发货订单</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>状态：全部</translation>
    </message>
    <message>
        <source>Status: {statuses}</source>
        <translation>状态：{statuses}</translation>
    </message>
    <message numerus="yes">
        <source>Status: %n chosen</source>
        <translation>
            <numerusform>状态：已选 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Seller Desk</source>
        <translation>欢迎使用 Seller Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Seller Desk&lt;/b&gt;</source>
        <translation>&lt;b&gt;欢迎使用 Seller Desk&lt;/b&gt;</translation>
    </message>
    <message>
        <source>There is no shop database yet at&lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;&lt;br&gt;Explore a demo shop first (made-up orders, buyer requests, returns and stock; you can delete it any time), or start with an empty shop and import your Amazon order reports. Already keep a shop? Open its file, or restore it from a backup or a Seller Desk archive.</source>
        <translation>以下位置还没有店铺数据库：&lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;&lt;br&gt;您可以先体验演示店铺（虚构的订单、买家请求、退货和库存；可随时删除），或从空店铺开始并导入您的亚马逊订单报告。已经有店铺？打开其文件，或从备份或 Seller Desk 存档恢复。</translation>
    </message>
    <message>
        <source>Demo orders:</source>
        <translation>演示订单数：</translation>
    </message>
    <message>
        <source>Demo orders</source>
        <translation>演示订单</translation>
    </message>
    <message>
        <source>Start with an empty shop</source>
        <translation>从空店铺开始</translation>
    </message>
    <message>
        <source>Explore a demo shop</source>
        <translation>体验演示店铺</translation>
    </message>
    <message>
        <source>Open an existing shop…</source>
        <translation>打开已有店铺…</translation>
    </message>
    <message>
        <source>Restore from a backup or archive…</source>
        <translation>从备份或存档恢复…</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>1 more order</source>
        <translation>1 个订单</translation>
    </message>
    <message>
        <source>{n} more orders</source>
        <translation>{n} 个订单</translation>
    </message>
    <message>
        <source>back to {target} or less on {day}</source>
        <translation>将于 {day} 回到 {target} 或以下</translation>
    </message>
    <message>
        <source>back under {target} on {day}</source>
        <translation>将于 {day} 回到 {target} 以下</translation>
    </message>
    <message>
        <source>No orders in the last {days} days, so there is nothing to forecast yet.</source>
        <translation>最近 {days} 天没有订单，暂无可预测的内容。</translation>
    </message>
    <message>
        <source>Any counted cancellation {window} would take you over {target}.</source>
        <translation>{window}任何计入的取消都会使您超过 {target}。</translation>
    </message>
    <message>
        <source>Any counted cancellation {window} would take you to {target} or over.</source>
        <translation>{window}任何计入的取消都会使您达到或超过 {target}。</translation>
    </message>
    <message>
        <source>You can cancel {orders} {window} and stay at {target} or less.</source>
        <translation>您{window}还可以再取消 {orders}，并保持在 {target} 或以下。</translation>
    </message>
    <message>
        <source>You can cancel {orders} {window} and stay under {target}.</source>
        <translation>您{window}还可以再取消 {orders}，并保持在 {target} 以下。</translation>
    </message>
    <message>
        <source>Back to {target} or less on {day} if you cancel nothing more.</source>
        <translation>如果不再取消，将于 {day} 回到 {target} 或以下。</translation>
    </message>
    <message>
        <source>Back under {target} on {day} if you cancel nothing more.</source>
        <translation>如果不再取消，将于 {day} 回到 {target} 以下。</translation>
    </message>
    <message>
        <source>Still over {target} in {horizon} days even if you cancel nothing more: counted cancellations stay in the rate for {days} days.</source>
        <translation>即使不再取消，{horizon} 天后仍将超过 {target}：计入的取消会在比率中保留 {days} 天。</translation>
    </message>
    <message>
        <source>This cancellation does not change your {marketplace} {metric} or its forecast.</source>
        <translation>此次取消不会改变您的 {marketplace} {metric}及其预测。</translation>
    </message>
    <message>
        <source>After this cancellation you can cancel {orders} {window} (now {before}).</source>
        <translation>此次取消后，您{window}还可以再取消 {orders}（当前 {before} 个）。</translation>
    </message>
    <message>
        <source>After this cancellation any other counted one {window} takes your {marketplace} {metric} over target.</source>
        <translation>此次取消后，{window}再有任何计入的取消都会使您的 {marketplace} {metric}超出目标。</translation>
    </message>
    <message>
        <source>not back within target in the next {days} days</source>
        <translation>未来 {days} 天内无法回到目标范围内</translation>
    </message>
    <message>
        <source>This cancellation puts your {marketplace} {metric} over target: {then} if you cancel nothing more.</source>
        <translation>此次取消会使您的 {marketplace} {metric}超出目标：如果不再取消，{then}。</translation>
    </message>
    <message>
        <source>Already over target (recovery {day}); after this cancellation: {then}.</source>
        <translation>已超出目标（{day} 恢复）；此次取消后：{then}。</translation>
    </message>
    <message>
        <source>Already over target (recovery beyond the forecast); after this cancellation: {then}.</source>
        <translation>已超出目标（预测期内无法恢复）；此次取消后：{then}。</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>in these 3 months</source>
        <translation>在这 3 个月内</translation>
    </message>
    <message>
        <source>in these 30 days</source>
        <translation>在这 30 天内</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>no orders</source>
        <translation>无订单</translation>
    </message>
    <message>
        <source>{number}%</source>
        <translation>{number}%</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) {hours} h</source>
        <translation>
            <numerusform>%n 天 {hours} 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>under {target}</source>
        <translation>低于 {target}</translation>
    </message>
    <message>
        <source>at most {target}</source>
        <translation>不超过 {target}</translation>
    </message>
    <message>
        <source>at least {target}</source>
        <translation>至少 {target}</translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation>取消率</translation>
    </message>
    <message>
        <source>Late shipment rate</source>
        <translation>迟发率</translation>
    </message>
    <message>
        <source>Order defect rate</source>
        <translation>订单缺陷率</translation>
    </message>
    <message>
        <source>Valid tracking rate</source>
        <translation>有效追踪率</translation>
    </message>
    <message>
        <source>On-time delivery rate</source>
        <translation>准时交货率</translation>
    </message>
    <message>
        <source>Cancellation defect rate</source>
        <translation>取消缺陷率</translation>
    </message>
    <message>
        <source>Seller (counted)</source>
        <translation>卖家（计入）</translation>
    </message>
    <message>
        <source>Seller (not counted)</source>
        <translation>卖家（不计入）</translation>
    </message>
    <message>
        <source>Buyer request (not counted)</source>
        <translation>买家请求（不计入）</translation>
    </message>
    <message>
        <source>Buyer cancelled (not counted)</source>
        <translation>买家自行取消（不计入）</translation>
    </message>
    <message>
        <source>{metric} ({days} days)</source>
        <translation>{metric}（{days} 天）</translation>
    </message>
    <message>
        <source>cancelled against you</source>
        <translation>计入您的取消</translation>
    </message>
    <message>
        <source>seller-fulfilled orders</source>
        <translation>卖家自配送订单</translation>
    </message>
    <message>
        <source>went out late</source>
        <translation>延迟发货</translation>
    </message>
    <message>
        <source>orders due to ship</source>
        <translation>应发货订单</translation>
    </message>
    <message>
        <source>cancelled as defects</source>
        <translation>计为缺陷的取消</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>笔交易</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>over target</source>
        <translation>超出目标</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Seller-fulfilled (MFN): Amazon&apos;s rate</source>
        <translation>卖家自配送 (MFN)：亚马逊的取消率</translation>
    </message>
    <message>
        <source>Fulfilled by Amazon (AFN)</source>
        <translation>亚马逊物流 (AFN)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有配送渠道</translation>
    </message>
    <message>
        <source>No seller-fulfilled orders in the last 7 days, so there is no cancellation rate.</source>
        <translation>最近 7 天没有卖家自配送订单，因此没有取消率。</translation>
    </message>
    <message>
        <source>Your cancellation rate is {value}, over target ({target}): Amazon may deactivate your offers.</source>
        <translation>您的取消率为 {value}，超出目标（{target}）：亚马逊可能会停用您的商品。</translation>
    </message>
    <message>
        <source>Your cancellation rate is {value}, close to the target ({target}).</source>
        <translation>您的取消率为 {value}，接近目标（{target}）。</translation>
    </message>
    <message>
        <source>Your cancellation rate is fine at {value}.</source>
        <translation>您的取消率为 {value}，状况良好。</translation>
    </message>
    <message>
        <source>No orders were due to ship in the last 30 days.</source>
        <translation>最近 30 天没有应发货的订单。</translation>
    </message>
    <message>
        <source>Late shipments are over target: {numerator} of {denominator} orders due in the last {days} days went out late ({value}; target {target}).</source>
        <translation>迟发超出目标：最近 {days} 天应发货的 {denominator} 个订单中有 {numerator} 个延迟发货（{value}；目标：{target}）。</translation>
    </message>
    <message>
        <source>Late shipments are close to the target: {value} in {days} days.</source>
        <translation>迟发接近目标：{days} 天内为 {value}。</translation>
    </message>
    <message>
        <source>Late shipments are fine at {value}.</source>
        <translation>迟发率为 {value}，状况良好。</translation>
    </message>
    <message>
        <source>Amazon may deactivate your offers</source>
        <translation>亚马逊可能会停用您的商品</translation>
    </message>
    <message>
        <source>eBay may lower your seller level</source>
        <translation>eBay 可能会降低您的卖家等级</translation>
    </message>
    <message>
        <source>Walmart may suppress your listings</source>
        <translation>Walmart 可能会隐藏您的商品</translation>
    </message>
    <message>
        <source>No {marketplace} orders in the last {days} days.</source>
        <translation>最近 {days} 天没有 {marketplace} 订单。</translation>
    </message>
    <message>
        <source>Your {marketplace} {metric} is {value}, over target ({target}): {consequence}.</source>
        <translation>您在 {marketplace} 的{metric}为 {value}，超出目标（{target}）：{consequence}。</translation>
    </message>
    <message>
        <source>the marketplace may act</source>
        <translation>该平台可能采取措施</translation>
    </message>
    <message>
        <source>Your {marketplace} {metric} is {value}, close to the target ({target}).</source>
        <translation>您在 {marketplace} 的{metric}为 {value}，接近目标（{target}）。</translation>
    </message>
    <message>
        <source>Your {marketplace} {metric} is fine at {value}.</source>
        <translation>您在 {marketplace} 的{metric}为 {value}，状况良好。</translation>
    </message>
    <message>
        <source>Nothing is over or close to its target.</source>
        <translation>没有任何指标超过或接近目标。</translation>
    </message>
    <message>
        <source>Nothing else is over or close to its target.</source>
        <translation>其他指标均未超过或接近目标。</translation>
    </message>
    <message>
        <source>Cancel only when the buyer&apos;s request is on record: ask buyers to use Amazon&apos;s “Request cancellation” option rather than a message.</source>
        <translation>仅在有买家取消请求记录时取消：请买家使用亚马逊的“请求取消”选项，而不是发消息。</translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s) counted against you were for no inventory: keep stock counts current and set a SKU to zero when it runs out.</source>
        <translation>
            <numerusform>计入您取消率的取消中有 %n 笔是因为缺货：请及时更新库存数量，SKU 售完时将其设为零。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm shipment before the ship-by date, or lengthen your handling time.</source>
        <translation>请在最晚发货日期前确认发货，或延长您的备货时间。</translation>
    </message>
    <message>
        <source>Nothing needs doing: your account is within every tracked target.</source>
        <translation>无需处理：您的账户符合所有跟踪的目标。</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>将图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>将数据导出为 CSV…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <source>Reading account health…</source>
        <translation>正在读取账户状况…</translation>
    </message>
    <message>
        <source>Not tracked here, check Seller Central: {metrics}.</source>
        <translation>此处未跟踪，请在卖家平台查看：{metrics}。</translation>
    </message>
    <message>
        <source>seller-fulfilled orders</source>
        <translation>卖家自配送订单</translation>
    </message>
    <message>
        <source>orders fulfilled by Amazon</source>
        <translation>亚马逊物流订单</translation>
    </message>
    <message>
        <source>all orders</source>
        <translation>所有订单</translation>
    </message>
    <message>
        <source>Cancellation rate on each marketplace, by its own rules ({who}) · {span}</source>
        <translation>各平台按各自规则计算的取消率（{who}）· {span}</translation>
    </message>
    <message>
        <source>7-day cancellation rate, {who} · {span}</source>
        <translation>7 天取消率，{who} · {span}</translation>
    </message>
    <message numerus="yes">
        <source>Amazon: %n day(s) at or over {limit} (shaded red). </source>
        <translation>
            <numerusform>亚马逊：有 %n 天达到或超过 {limit}（红色阴影）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Amazon: never at or over {limit} in this range. </source>
        <translation>亚马逊：此范围内从未达到或超过 {limit}。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) at or over {limit} (shaded red). </source>
        <translation>
            <numerusform>有 %n 天达到或超过 {limit}（红色阴影）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Never at or over {limit} in this range. </source>
        <translation>此范围内从未达到或超过 {limit}。</translation>
    </message>
    <message>
        <source>Amazon&apos;s rate counts seller-fulfilled orders only; this view is for comparison. </source>
        <translation>亚马逊的取消率只统计卖家自配送订单；此视图仅供比较。</translation>
    </message>
    <message>
        <source>Bars: cancellations made each day, by who started them. Click a day to list them.</source>
        <translation>柱形：每天的取消数，按发起方区分。点击某一天可列出这些订单。</translation>
    </message>
    <message>
        <source>SKUs behind cancellations counted against you</source>
        <translation>计入您取消率的取消所涉及的 SKU</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>None in this range.</source>
        <translation>此范围内没有。</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>给出的原因</translation>
    </message>
    <message numerus="yes">
        <source>Refunds (%n cancellation(s))</source>
        <translation>
            <numerusform>退款（%n 笔取消）</numerusform>
        </translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>What cancellations cost</source>
        <translation>取消的成本</translation>
    </message>
    <message>
        <source>Nothing cancelled in this range.</source>
        <translation>此范围内没有取消。</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>建议操作</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} 行</translation>
    </message>
    <message>
        <source>{rows}: {rows_new} new, {rows_updated} updated, {rows_unchanged} unchanged, {rejected} rejected ({orders} new, {updated} updated, {unchanged} unchanged)</source>
        <translation>{rows}：新增 {rows_new}，更新 {rows_updated}，未变 {rows_unchanged}，拒绝 {rejected}（订单：新增 {orders}，更新 {updated}，未变 {unchanged}）</translation>
    </message>
    <message>
        <source>1 cancellation in this file counts against your cancellation rate ({shown}): no buyer request is on record. If the buyer asked through Amazon, re-label it; otherwise it is yours.</source>
        <translation>此文件中有 1 笔取消计入您的取消率（{shown}）：没有买家请求记录。如果买家是通过亚马逊请求的，请重新标记；否则这笔取消算您的。</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> 等另外 {n} 笔</translation>
    </message>
    <message>
        <source>{n} cancellations in this file count against your cancellation rate ({shown}{more}): no buyer request is on record. If the buyer asked through Amazon, re-label them; otherwise they are yours.</source>
        <translation>此文件中有 {n} 笔取消计入您的取消率（{shown}{more}）：没有买家请求记录。如果买家是通过亚马逊请求的，请重新标记；否则这些取消算您的。</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 个</translation>
    </message>
    <message>
        <source>{n} orders</source>
        <translation>{n} 个</translation>
    </message>
    <message>
        <source>{value} is not yes/no (use true or false)</source>
        <translation>{value} 不是是/否（请使用 true 或 false）</translation>
    </message>
    <message>
        <source>{value} is too large a quantity</source>
        <translation>{value} 数量过大</translation>
    </message>
    <message>
        <source>a quantity cannot be negative ({value})</source>
        <translation>数量不能为负数（{value}）</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <source>{value} is not an amount</source>
        <translation>{value} 不是金额</translation>
    </message>
    <message>
        <source>a price cannot be negative ({value})</source>
        <translation>价格不能为负数（{value}）</translation>
    </message>
    <message>
        <source>{value} is not a date and time (digits 0-9 only)</source>
        <translation>{value} 不是日期时间（只能使用数字 0-9）</translation>
    </message>
    <message>
        <source>ISO 8601, e.g. 2024-05-31T14:05:00+00:00</source>
        <translation>ISO 8601，例如 2024-05-31T14:05:00+00:00</translation>
    </message>
    <message>
        <source>{value} is not a date and time ({form})</source>
        <translation>{value} 不是日期时间（{form}）</translation>
    </message>
    <message>
        <source>{value} is not a plausible date</source>
        <translation>{value} 不是合理的日期</translation>
    </message>
    <message>
        <source>{value} is not an ISO 4217 currency code such as USD, EUR or INR</source>
        <translation>{value} 不是 ISO 4217 货币代码（如 USD、EUR 或 INR）</translation>
    </message>
    <message>
        <source>{value} is not a two-letter country code</source>
        <translation>{value} 不是两位字母的国家/地区代码</translation>
    </message>
    <message>
        <source>{value} is not a fulfilment channel (Merchant/MFN or Amazon/AFN)</source>
        <translation>{value} 不是配送渠道（Merchant/MFN 或 Amazon/AFN）</translation>
    </message>
    <message>
        <source>{value} is not an order status Seller Desk knows</source>
        <translation>{value} 不是 Seller Desk 能识别的订单状态</translation>
    </message>
    <message>
        <source>{value} is not an item status Seller Desk knows</source>
        <translation>{value} 不是 Seller Desk 能识别的商品状态</translation>
    </message>
    <message>
        <source>a byte-order mark (U+FEFF)</source>
        <translation>字节顺序标记（U+FEFF）</translation>
    </message>
    <message>
        <source>holds a control character ({what}) at position {position}</source>
        <translation>在第 {position} 个字符处包含控制字符（{what}）</translation>
    </message>
    <message>
        <source>longer than {limit} characters ({length})</source>
        <translation>超过 {limit} 个字符（{length}）</translation>
    </message>
    <message>
        <source>{encoding} files cannot be read line by line; save the file as UTF-8</source>
        <translation>{encoding} 文件无法逐行读取；请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>该文件为 UTF-16 编码；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>bytes {bytes} cannot be read as {encoding} (choose the file&apos;s encoding, e.g. Cp1252 or Shift_JIS)</source>
        <translation>字节 {bytes} 无法按 {encoding} 读取（请选择文件的编码，例如 Cp1252 或 Shift_JIS）</translation>
    </message>
    <message>
        <source>a CSV needs a column mapping: choose or create one</source>
        <translation>CSV 文件需要列映射：请选择或创建一个</translation>
    </message>
    <message>
        <source>the header ({shown}) is not an Amazon order report or a Seller Desk export; import it with a column mapping</source>
        <translation>表头（{shown}）既不是亚马逊订单报告，也不是 Seller Desk 导出文件；请使用列映射导入</translation>
    </message>
    <message>
        <source>cannot open the file ({problem})</source>
        <translation>无法打开文件（{problem}）</translation>
    </message>
    <message>
        <source>the file is empty: there is no header line</source>
        <translation>文件为空：没有表头行</translation>
    </message>
    <message>
        <source>the header cannot be read ({problem})</source>
        <translation>无法读取表头（{problem}）</translation>
    </message>
    <message>
        <source>the columns {first} and {second} both give {field}</source>
        <translation>{first} 列和 {second} 列都提供了 {field}</translation>
    </message>
    <message>
        <source>the required column {column} is missing from the header</source>
        <translation>表头中缺少必需的列 {column}</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>{file}: not imported, because its columns were not mapped. Import it again and tell Seller Desk which column holds what.</source>
        <translation>{file}：未导入，因为其列未对应。请重新导入，并告诉 Seller Desk 各列的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Saving {file}: %Ln row(s) checked; updating the indexes and the search index…</source>
        <translation>
            <numerusform>正在保存 {file}：已检查 %Ln 行；正在更新索引和搜索索引…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking {file}: %Ln row(s), {speed} rows/s</source>
        <translation>
            <numerusform>正在检查 {file}：%Ln 行，每秒 {speed} 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {file}: %Ln row(s), {speed} rows/s</source>
        <translation>
            <numerusform>正在导入 {file}：%Ln 行，每秒 {speed} 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>The import failed: {error}</source>
        <translation>导入失败：{error}</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in {seconds} s ({speed} rows/s).</source>
        <translation>
            <numerusform>{seconds} 秒内处理 %Ln 行（每秒 {speed} 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>导入已取消：未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Finishing the import: sorting, search and saving are slower until it is done.</source>
        <translation>正在完成导入：完成之前排序、搜索和保存会较慢。</translation>
    </message>
    <message>
        <source>The import is finished: sorting, search and saving are quick again.</source>
        <translation>导入已完成：排序、搜索和保存已恢复快速。</translation>
    </message>
    <message>
        <source>Some indexes could not be built now; they are built when the shop is next opened.</source>
        <translation>部分索引暂时无法建立；将在下次打开店铺时建立。</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>line {line}, column “{column}”: {reason}</source>
        <translation>第 {line} 行，“{column}”列：{reason}</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>column “{column}”</source>
        <translation>“{column}”列</translation>
    </message>
    <message>
        <source> (columns read with the mapping “{name}”)</source>
        <translation>（按列对应“{name}”读取）</translation>
    </message>
    <message>
        <source>Right-click an order &gt; Re-label cancellation.</source>
        <translation>右键点击订单 &gt; 重新标记取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s) re-labelled as the buyer&apos;s.</source>
        <translation>
            <numerusform>%n 笔取消已重新标记为买家发起。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>error report</source>
        <translation>错误报告</translation>
    </message>
    <message>
        <source>Import: check before writing</source>
        <translation>导入：写入前检查</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>尚未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors. Importing as it is would write nothing; you can import the other rows and skip these.</source>
        <translation>
            <numerusform>%n 行有错误。按原样导入将不会写入任何内容；您可以导入其他行并跳过这些行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import, skipping %n row(s)</source>
        <translation>
            <numerusform>导入，跳过 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>保存错误报告…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>导出订单</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Tab-separated (*.tsv)</source>
        <translation>适用于 Excel 的 CSV (*.csv);;制表符分隔 (*.tsv)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) ({rows}) in {path}.</source>
        <translation>
            <numerusform>%n 个订单（{rows}）已导出到 {path}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of Seller Desk&apos;s window:</source>
        <translation>Seller Desk 窗口的语言：</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>Seller Desk shows the new language the next time it starts.</source>
        <translation>Seller Desk 下次启动时显示新语言。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Buyer requests</source>
        <translation>买家请求</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Account health</source>
        <translation>账户状况</translation>
    </message>
    <message>
        <source>Seller Desk</source>
        <translation>Seller Desk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Opening your shop…</source>
        <translation>正在打开您的店铺…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Search orders by id, SKU, product or city</source>
        <translation>按订单号、SKU、商品或城市搜索订单</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <source>Cancel the selected orders</source>
        <translation>取消所选订单</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import order reports</source>
        <translation>导入订单报告</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the orders shown</source>
        <translation>导出显示的订单</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the database again</source>
        <translation>重新读取数据库</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <source>Copy the shop&apos;s database to a file</source>
        <translation>将店铺数据库复制到文件</translation>
    </message>
    <message>
        <source>Daily backups…</source>
        <translation>每日备份…</translation>
    </message>
    <message>
        <source>Take a copy every day, keep the last few</source>
        <translation>每天复制一份，保留最近几份</translation>
    </message>
    <message>
        <source>Time zone…</source>
        <translation>时区…</translation>
    </message>
    <message>
        <source>The shop&apos;s time zone, which its days follow</source>
        <translation>店铺的时区，店铺的日期按此计算</translation>
    </message>
    <message>
        <source>Currency…</source>
        <translation>货币…</translation>
    </message>
    <message>
        <source>The currency of rows that give none</source>
        <translation>未注明货币的行所用的货币</translation>
    </message>
    <message>
        <source>Column mappings…</source>
        <translation>列对应…</translation>
    </message>
    <message>
        <source>The saved column mappings for CSVs</source>
        <translation>已保存的 CSV 列对应</translation>
    </message>
    <message>
        <source>Show log file</source>
        <translation>显示日志文件</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>About Seller Desk</source>
        <translation>关于 Seller Desk</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Import and export are not available in this build</source>
        <translation>此版本不提供导入和导出</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show {page}</source>
        <translation>显示{page}</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>语言…</translation>
    </message>
    <message>
        <source>The language of the window</source>
        <translation>窗口的语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Seller Desk — {shop}</source>
        <translation>Seller Desk — {shop}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
    <message>
        <source>Opening the shop…</source>
        <translation>正在打开店铺…</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Account health is not available in this build yet.
It will show your cancellation rate day by day against the 2.5% target.</source>
        <translation>此版本暂不提供账户状况。
它将逐日显示您的取消率与 2.5% 目标的对比。</translation>
    </message>
    <message>
        <source>Opening Account health…</source>
        <translation>正在打开账户状况…</translation>
    </message>
    <message>
        <source>Account health could not be opened; see the log.</source>
        <translation>无法打开账户状况；请查看日志。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>7-day cancellation rate: no seller-fulfilled orders</source>
        <translation>7 天取消率：无卖家自配送订单</translation>
    </message>
    <message>
        <source>7-day cancellation rate: {rate}, over target ({target})</source>
        <translation>7 天取消率：{rate}，超出目标（{target}）</translation>
    </message>
    <message>
        <source>7-day cancellation rate: {rate} (target {target})</source>
        <translation>7 天取消率：{rate}（目标：{target}）</translation>
    </message>
    <message>
        <source>Buyer requests ({count})</source>
        <translation>买家请求（{count}）</translation>
    </message>
    <message>
        <source>Select the orders to cancel first.</source>
        <translation>请先选择要取消的订单。</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n order(s) changed.</source>
        <translation>
            <numerusform>已更新：%n 个订单有变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated: new orders arrived.</source>
        <translation>已更新：有新订单。</translation>
    </message>
    <message>
        <source>Updated with the latest changes.</source>
        <translation>已更新为最新更改。</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>已备份到 {path}。</translation>
    </message>
    <message>
        <source>Daily backup saved to {path}.</source>
        <translation>每日备份已保存到 {path}。</translation>
    </message>
    <message numerus="yes">
        <source>Daily backups on: the last %n are kept.</source>
        <translation>
            <numerusform>每日备份已开启：保留最近 %n 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily backups are off.</source>
        <translation>每日备份已关闭。</translation>
    </message>
    <message>
        <source>The shop&apos;s currency is now {currency}.</source>
        <translation>店铺货币现为 {currency}。</translation>
    </message>
    <message>
        <source>Changing the currency…</source>
        <translation>正在更改货币…</translation>
    </message>
    <message>
        <source>The shop&apos;s time zone is now {zone}.</source>
        <translation>店铺时区现为 {zone}。</translation>
    </message>
    <message>
        <source>Changing the time zone…</source>
        <translation>正在更改时区…</translation>
    </message>
    <message>
        <source>The new language shows the next time Seller Desk starts.</source>
        <translation>新语言将在 Seller Desk 下次启动时显示。</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>The log is at {path}.</source>
        <translation>日志位于 {path}。</translation>
    </message>
    <message>
        <source>Seller Desk {version}: orders, cancellations and account health for online sellers.</source>
        <translation>Seller Desk {version}：为网店卖家管理订单、取消和账户状况。</translation>
    </message>
    <message>
        <source>Order reports (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>订单报告 (*.txt *.tsv *.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>or for every row</source>
        <translation>或对所有行</translation>
    </message>
    <message>
        <source>Columns of {file}</source>
        <translation>{file} 的列</translation>
    </message>
    <message>
        <source>Tell Seller Desk which column of &lt;b&gt;{file}&lt;/b&gt; holds what. The mapping is saved under its name and used again for files with the same columns.</source>
        <translation>告诉 Seller Desk &lt;b&gt;{file}&lt;/b&gt; 的各列分别是什么。该对应会以其名称保存，并用于列相同的文件。</translation>
    </message>
    <message>
        <source>the shop&apos;s currency</source>
        <translation>店铺货币</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>默认货币</translation>
    </message>
    <message>
        <source>Amounts use a decimal comma (12,50)</source>
        <translation>金额使用小数逗号（12,50）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Dates look like</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <source>The file&apos;s first rows; under each header, what Seller Desk reads it as</source>
        <translation>文件的前几行；每个表头下方是 Seller Desk 的解读</translation>
    </message>
    <message>
        <source>Every row needs</source>
        <translation>每一行都需要</translation>
    </message>
    <message>
        <source>A new order needs: the file&apos;s column, or one value for every row</source>
        <translation>新订单需要：文件中的列，或对所有行使用同一个值</translation>
    </message>
    <message>
        <source>What the file&apos;s status words mean</source>
        <translation>文件中状态词的含义</translation>
    </message>
    <message>
        <source>Often used</source>
        <translation>常用</translation>
    </message>
    <message>
        <source>Check the date form: {examples}.</source>
        <translation>请检查日期格式：{examples}。</translation>
    </message>
    <message>
        <source>“{word}” is</source>
        <translation>“{word}”表示</translation>
    </message>
    <message>
        <source>Orders whose status in the file is “{word}”</source>
        <translation>文件中状态为“{word}”的订单</translation>
    </message>
    <message>
        <source>{mapped} of {total} used</source>
        <translation>已用 {mapped}/{total}</translation>
    </message>
    <message>
        <source>More columns ({count})</source>
        <translation>更多列（{count}）</translation>
    </message>
    <message>
        <source>Give the mapping a name</source>
        <translation>请为该对应命名</translation>
    </message>
    <message>
        <source>Choose what the file&apos;s status “{word}” means</source>
        <translation>请选择文件中状态“{word}”的含义</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>MappingsDialog</name>
    <message>
        <source>(cannot be read; delete it and make it again)</source>
        <translation>（无法读取；请删除后重新创建）</translation>
    </message>
    <message numerus="yes">
        <source>%n more column(s)</source>
        <translation>
            <numerusform>另有 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Column mapping “{name}”</source>
        <translation>列对应“{name}”</translation>
    </message>
    <message>
        <source>Column mappings</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>A column mapping tells Seller Desk which column of your CSV holds what. One is made the first time you import a file of a new shape, and used again for every file of that shape.</source>
        <translation>列对应告诉 Seller Desk 您的 CSV 中各列分别是什么。首次导入新格式的文件时创建，之后用于所有相同格式的文件。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>No column mapping saved yet. Import a CSV to make one.</source>
        <translation>尚未保存列对应。导入 CSV 即可创建。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Replace column mapping</source>
        <translation>替换列对应</translation>
    </message>
    <message>
        <source>There is already a column mapping named “{name}”. Replace it?</source>
        <translation>已存在名为“{name}”的列对应。要替换吗？</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Delete column mapping</source>
        <translation>删除列对应</translation>
    </message>
    <message>
        <source>Delete the column mapping “{name}”? The next CSV of its shape will ask for its columns again.</source>
        <translation>删除列对应“{name}”？下次导入该格式的 CSV 时将再次询问其列。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <source>Fine</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Over target</source>
        <translation>超出目标</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>{description}
Source: {source}</source>
        <translation>{description}
来源：{source}</translation>
    </message>
    <message>
        <source>Target {target}
{numerator} of {denominator} {denominator_label} {numerator_label}</source>
        <translation>目标：{target}
{denominator} 个{denominator_label}中 {numerator} 个{numerator_label}</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <source>{reason}: refund {amount}; counts against you</source>
        <translation>{reason}：退款 {amount}；计入您的取消率</translation>
    </message>
    <message>
        <source>{reason}: refund {amount}; not counted</source>
        <translation>{reason}：退款 {amount}；不计入</translation>
    </message>
    <message>
        <source>Return {state}: refund {amount}; restocked</source>
        <translation>退货{state}：退款 {amount}；已放回库存</translation>
    </message>
    <message>
        <source>Return {state}: refund {amount}</source>
        <translation>退货{state}：退款 {amount}</translation>
    </message>
    <message>
        <source>Asked Amazon to cancel ({state})</source>
        <translation>已请求亚马逊取消（{state}）</translation>
    </message>
    <message>
        <source>{count} to ship</source>
        <translation>{count} 件待发货</translation>
    </message>
    <message>
        <source>{count} shipped</source>
        <translation>{count} 件已发货</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>{count} 件已取消</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已发起</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已收到</translation>
    </message>
</context>
<context>
    <name>OrderDetailsPane</name>
    <message>
        <source>Select an order to see its details.</source>
        <translation>选择订单以查看详情。</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}：</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt;</source>
        <translation>&lt;b&gt;商品&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Re-label cancellation…</source>
        <translation>重新标记取消…</translation>
    </message>
    <message>
        <source>Say whether the buyer asked through Amazon or it was yours</source>
        <translation>说明是买家通过亚马逊请求的，还是您自己取消的</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>确认发货</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;历史记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Order {order_id}</source>
        <translation>订单 {order_id}</translation>
    </message>
    <message>
        <source> (shipped {at})</source>
        <translation>（{at} 已发货）</translation>
    </message>
    <message numerus="yes">
        <source>{total} for %n unit(s)</source>
        <translation>
            <numerusform>{total}，共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The buyer asked to cancel on {at}: “{why}”. Accepting it does not count against you.</source>
        <translation>买家于 {at} 请求取消：“{why}”。接受请求不计入您的取消率。</translation>
    </message>
    <message>
        <source>The buyer asked to cancel on {at}. Accepting it does not count against you.</source>
        <translation>买家于 {at} 请求取消。接受请求不计入您的取消率。</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>尚无更改记录。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Answer buyer&apos;s request…</source>
        <translation>回复买家请求…</translation>
    </message>
    <message>
        <source>Ask Amazon to cancel…</source>
        <translation>请求亚马逊取消…</translation>
    </message>
    <message>
        <source>Start return and refund…</source>
        <translation>发起退货和退款…</translation>
    </message>
    <message>
        <source>Already cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>购买时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>配送渠道</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>商城</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>最晚发货</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>购买时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>配送渠道</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品数</translation>
    </message>
    <message>
        <source>SKU(s)</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>最晚发货</translation>
    </message>
    <message>
        <source>Buyer request</source>
        <translation>买家请求</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>商城</translation>
    </message>
    <message>
        <source>Seller (MFN)</source>
        <translation>卖家 (MFN)</translation>
    </message>
    <message>
        <source>Amazon (FBA)</source>
        <translation>亚马逊 (FBA)</translation>
    </message>
    <message>
        <source>Time left to ship unshipped seller-fulfilled orders; sorts by the latest ship date</source>
        <translation>未发货的卖家自配送订单距最晚发货日期的剩余时间；按最晚发货日期排序</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>待处理请求</translation>
    </message>
    <message>
        <source>Purchase date, in your local time</source>
        <translation>购买日期（您的本地时间）</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>正在加载订单…</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Orders with a cancellation on {day}</source>
        <translation>{day} 有取消的订单</translation>
    </message>
    <message>
        <source>Showing order {order_id}; clear the search to see all orders.</source>
        <translation>正在显示订单 {order_id}；清除搜索以查看所有订单。</translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation>正在读取订单…</translation>
    </message>
    <message>
        <source>Order {order_id}</source>
        <translation>订单 {order_id}</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <source>Answer buyer&apos;s request…</source>
        <translation>回复买家请求…</translation>
    </message>
    <message>
        <source>Ask Amazon to cancel…</source>
        <translation>请求亚马逊取消…</translation>
    </message>
    <message>
        <source>Start return and refund…</source>
        <translation>发起退货和退款…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>确认发货</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n orders…</source>
        <translation>
            <numerusform>取消 %n 个订单…</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-label cancellation…</source>
        <translation>重新标记取消…</translation>
    </message>
    <message numerus="yes">
        <source>Re-label %n cancellations…</source>
        <translation>
            <numerusform>重新标记 %n 笔取消…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy order id</source>
        <translation>复制订单号</translation>
    </message>
    <message>
        <source>Copy order ids</source>
        <translation>复制订单号</translation>
    </message>
    <message>
        <source>Order {order_id} marked shipped; the buyer&apos;s request was declined.</source>
        <translation>订单 {order_id} 已确认发货；买家的请求已被拒绝。</translation>
    </message>
    <message>
        <source>Order {order_id} marked shipped.</source>
        <translation>订单 {order_id} 已确认发货。</translation>
    </message>
    <message>
        <source>Marking shipped…</source>
        <translation>正在确认发货…</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Ask {marketplace} to cancel</source>
        <translation>请求 {marketplace} 取消</translation>
    </message>
    <message>
        <source>No buyer cancellation request is on record for this order, so cancelling it as “{reason}” still counts against your {metric} on {marketplace}. Ask the buyer to request the cancellation through {marketplace} first.</source>
        <translation>此订单没有买家取消请求的记录，因此以“{reason}”取消仍会计入您在 {marketplace} 的{metric}。请先让买家通过 {marketplace} 请求取消。</translation>
    </message>
    <message>
        <source>On {marketplace}, “{reason}” counts against your {metric}, even when the buyer asked.</source>
        <translation>在 {marketplace}，即使买家提出请求，“{reason}”也会计入您的{metric}。</translation>
    </message>
    <message>
        <source>counts against you</source>
        <translation>计入您的指标</translation>
    </message>
    <message>
        <source>counts against you unless the buyer&apos;s request is on record</source>
        <translation>除非有买家请求记录，否则计入您的指标</translation>
    </message>
    <message>
        <source>does not count against you</source>
        <translation>不计入您的指标</translation>
    </message>
    <message>
        <source>On {marketplace} this is “{reason}” ({native}): it {effect}.</source>
        <translation>在 {marketplace}，这是“{reason}”（{native}）：{effect}。</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Accept buyer&apos;s request</source>
        <translation>接受买家请求</translation>
    </message>
    <message>
        <source>Ask Amazon to cancel</source>
        <translation>请求亚马逊取消</translation>
    </message>
    <message>
        <source>Start return and refund</source>
        <translation>发起退货和退款</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Order {oid} is already cancelled; nothing to do.</source>
        <translation>订单 {oid} 已取消；无需操作。</translation>
    </message>
    <message>
        <source>Order {oid} has shipped, so it can no longer be cancelled; start a return and refund instead.</source>
        <translation>订单 {oid} 已发货，无法再取消；请改为发起退货和退款。</translation>
    </message>
    <message>
        <source>Order {oid} is fulfilled by Amazon and its warehouse already has it; only Amazon can cancel it now, so ask Amazon (the outcome shows in the next report).</source>
        <translation>订单 {oid} 由亚马逊物流配送，已在亚马逊仓库处理中；现在只有亚马逊能取消，请向亚马逊提出请求（结果会显示在下一份报告中）。</translation>
    </message>
    <message>
        <source>Choose at least one item of order {oid} to cancel.</source>
        <translation>请至少选择订单 {oid} 中的一件商品来取消。</translation>
    </message>
    <message>
        <source>Order {oid} has no item {key}.</source>
        <translation>订单 {oid} 中没有商品 {key}。</translation>
    </message>
    <message>
        <source>Choose a quantity of at least 1 to cancel for {key} of order {oid}.</source>
        <translation>请为订单 {oid} 的 {key} 选择至少 1 件的取消数量。</translation>
    </message>
    <message>
        <source>Only {left} of {key} in order {oid} can still be cancelled ({shipped} already shipped); shipped items need a return and refund.</source>
        <translation>订单 {oid} 中的 {key} 只有 {left} 件仍可取消（{shipped} 件已发货）；已发货的商品需要退货和退款。</translation>
    </message>
    <message>
        <source>Only {left} of {key} in order {oid} can still be cancelled.</source>
        <translation>订单 {oid} 中的 {key} 只有 {left} 件仍可取消。</translation>
    </message>
    <message>
        <source>Nothing of order {oid} is left unshipped; start a return and refund instead.</source>
        <translation>订单 {oid} 已全部发货；请改为发起退货和退款。</translation>
    </message>
    <message>
        <source>The buyer asked to cancel order {oid}; accept the request so the cancellation does not count against you.</source>
        <translation>买家已请求取消订单 {oid}；请接受该请求，这样取消不会计入您的取消率。</translation>
    </message>
    <message>
        <source>Part of order {oid} has shipped; the unshipped items can be cancelled.</source>
        <translation>订单 {oid} 已部分发货；未发货的商品可以取消。</translation>
    </message>
    <message>
        <source>Order {oid} is still pending payment and can be cancelled.</source>
        <translation>订单 {oid} 仍在等待付款，可以取消。</translation>
    </message>
    <message>
        <source>Order {oid} has not shipped yet and can be cancelled.</source>
        <translation>订单 {oid} 尚未发货，可以取消。</translation>
    </message>
    <message>
        <source>You already cancelled order {order_id} for {sku} in the last {days} days; two seller cancellations in a row can cost you the offer.</source>
        <translation>您在最近 {days} 天内已因 {sku} 取消过订单 {order_id}；卖家连续两次取消可能导致您失去该商品的报价。</translation>
    </message>
    <message>
        <source>Part of eBay order {oid} has shipped and eBay cancels whole orders only, so refund the unshipped items instead.</source>
        <translation>eBay 订单 {oid} 已部分发货，而 eBay 只能取消整个订单；请改为对未发货的商品退款。</translation>
    </message>
    <message>
        <source>{why}; eBay cancels all its items together.</source>
        <translation>{why}；eBay 会一并取消其所有商品。</translation>
    </message>
    <message>
        <source>eBay cancels whole orders only, so order {oid} can be cancelled with all its items or not at all.</source>
        <translation>eBay 只能取消整个订单，因此订单 {oid} 只能连同所有商品一起取消，或者不取消。</translation>
    </message>
    <message>
        <source>Order {oid} is fulfilled by Walmart Fulfillment Services, so only Walmart can cancel it now; ask Walmart through Seller Center.</source>
        <translation>订单 {oid} 由 Walmart Fulfillment Services 配送，现在只有 Walmart 能取消；请通过 Seller Center 联系 Walmart。</translation>
    </message>
    <message>
        <source>Order {order_id} was shipped by Amazon, so it can no longer be cancelled. Amazon handles the returns of orders it fulfils: the buyer returns the goods through Amazon, and Amazon refunds them; you have nothing to start here.</source>
        <translation>订单 {order_id} 已由亚马逊发货，无法再取消。亚马逊负责处理其配送订单的退货：买家通过亚马逊退回货物，由亚马逊退款；您无需在此操作。</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <source>no seller-fulfilled orders in the 7 days: no rate</source>
        <translation>7 天内没有卖家自配送订单：无取消率</translation>
    </message>
    <message>
        <source>7-day rate (%)</source>
        <translation>7 天比率 (%)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>7-day cancellation rate</source>
        <translation>7 天取消率</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>目标：{target}</translation>
    </message>
    <message>
        <source>{marketplace} {days}-day {metric}</source>
        <translation>{marketplace} {days} 天{metric}</translation>
    </message>
    <message>
        <source>Cancellation rate chart</source>
        <translation>取消率图表</translation>
    </message>
    <message>
        <source>Cancellations per day chart</source>
        <translation>每日取消数图表</translation>
    </message>
    <message>
        <source>forecast if you cancel nothing more</source>
        <translation>不再取消时的预测</translation>
    </message>
    <message>
        <source>{marketplaces} target {target}</source>
        <translation>{marketplaces} 目标：{target}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>Amazon target {target}</source>
        <translation>Amazon 目标：{target}</translation>
    </message>
    <message>
        <source>today │ forecast</source>
        <translation>今天 │ 预测</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>比率 (%)</translation>
    </message>
    <message>
        <source>7 days to this day: {rate}</source>
        <translation>截至当天的 7 天：{rate}</translation>
    </message>
    <message>
        <source>Target {target}: {verdict}</source>
        <translation>目标 {target}：{verdict}</translation>
    </message>
    <message>
        <source>{n} by you (counted)</source>
        <translation>您取消 {n} 笔（计入）</translation>
    </message>
    <message>
        <source>{n} by you (not counted)</source>
        <translation>您取消 {n} 笔（不计入）</translation>
    </message>
    <message>
        <source>{n} by Amazon ({counted} counted)</source>
        <translation>亚马逊取消 {n} 笔（{counted} 笔计入）</translation>
    </message>
    <message>
        <source>{n} by Amazon</source>
        <translation>亚马逊取消 {n} 笔</translation>
    </message>
    <message>
        <source>{n} on buyer request</source>
        <translation>应买家请求 {n} 笔</translation>
    </message>
    <message>
        <source>{n} by the buyer</source>
        <translation>买家自行取消 {n} 笔</translation>
    </message>
    <message>
        <source>Cancelled this day: {parts}</source>
        <translation>当天取消：{parts}</translation>
    </message>
    <message>
        <source>Click to see these orders</source>
        <translation>点击查看这些订单</translation>
    </message>
    <message>
        <source>No cancellations this day</source>
        <translation>当天没有取消</translation>
    </message>
    <message>
        <source>{marketplace} {metric}: {value} ({counted} of {orders})</source>
        <translation>{marketplace} {metric}：{value}（{orders} 个中 {counted} 个）</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>The marketplace ({marketplaces})</source>
        <translation>平台（{marketplaces}）</translation>
    </message>
    <message numerus="yes">
        <source>{counted} of %n order(s) cancelled against you: {rate}</source>
        <translation>
            <numerusform>%n 个订单中有 {counted} 个计入您的取消：{rate}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateText</name>
    <message>
        <source> (over target)</source>
        <translation>（超出目标）</translation>
    </message>
    <message>
        <source>{counted} of {orders} transactions</source>
        <translation>{orders} 笔交易中 {counted} 笔</translation>
    </message>
    <message>
        <source>{counted} of {orders} seller-fulfilled orders</source>
        <translation>{orders} 个卖家自配送订单中 {counted} 个</translation>
    </message>
    <message>
        <source>{marketplace}{days}-day {metric}: {before} now → {after} after &lt;span style=&apos;color:{muted}&apos;&gt;(target: {target}; {basis})&lt;/span&gt;</source>
        <translation>{marketplace}{days} 天{metric}：当前 {before} → 取消后 {after} &lt;span style=&apos;color:{muted}&apos;&gt;（目标：{target}；{basis}）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>This cancellation counts against you.</source>
        <translation>此次取消计入您的取消率。</translation>
    </message>
    <message>
        <source>This cancellation does not count against you.</source>
        <translation>此次取消不计入您的取消率。</translation>
    </message>
    <message>
        <source>7-day cancellation rate: {before} now → {after} after &lt;span style=&apos;color:{muted}&apos;&gt;(target: {target}; {counted} of {orders} seller-fulfilled orders)&lt;/span&gt;</source>
        <translation>7 天取消率：当前 {before} → 取消后 {after} &lt;span style=&apos;color:{muted}&apos;&gt;（目标：{target}；{orders} 个卖家自配送订单中 {counted} 个）&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>No inventory</source>
        <translation>缺货</translation>
    </message>
    <message>
        <source>You cannot ship because the item is out of stock. Nothing is restocked, and you can set the SKU&apos;s stock to zero so it is not oversold again.</source>
        <translation>商品缺货，无法发货。不会放回库存，您可以将该 SKU 的库存设为零，避免再次超卖。</translation>
    </message>
    <message>
        <source>Buyer cancelled</source>
        <translation>买家取消</translation>
    </message>
    <message>
        <source>The buyer asked to cancel. Counts against you unless the buyer&apos;s request came through Amazon&apos;s cancellation option and is on record.</source>
        <translation>买家要求取消。除非买家是通过亚马逊的取消选项提出且有记录，否则计入您的取消率。</translation>
    </message>
    <message>
        <source>General adjustment</source>
        <translation>一般调整</translation>
    </message>
    <message>
        <source>Any other reason the order cannot be fulfilled as placed.</source>
        <translation>订单因其他原因无法按下单内容配送。</translation>
    </message>
    <message>
        <source>Pricing error</source>
        <translation>定价错误</translation>
    </message>
    <message>
        <source>The item was listed at a wrong price.</source>
        <translation>商品以错误的价格发布。</translation>
    </message>
    <message>
        <source>Shipping address undeliverable</source>
        <translation>配送地址无法送达</translation>
    </message>
    <message>
        <source>The carrier cannot deliver to the address given.</source>
        <translation>承运人无法送达所给地址。</translation>
    </message>
    <message>
        <source>Customer exchange</source>
        <translation>买家换货</translation>
    </message>
    <message>
        <source>The buyer is exchanging the item for another order.</source>
        <translation>买家将该商品换成另一个订单。</translation>
    </message>
    <message>
        <source>Carrier credit decision</source>
        <translation>承运人信用决定</translation>
    </message>
    <message>
        <source>The carrier declined the shipment.</source>
        <translation>承运人拒绝了这批货件。</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <source>The order failed a risk assessment.</source>
        <translation>订单未通过风险评估。</translation>
    </message>
    <message>
        <source>Carrier coverage failure</source>
        <translation>承运人无法覆盖</translation>
    </message>
    <message>
        <source>No carrier covers the destination.</source>
        <translation>没有承运人覆盖目的地。</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>买家退货</translation>
    </message>
    <message>
        <source>The goods are coming back as a return.</source>
        <translation>货物将作为退货退回。</translation>
    </message>
    <message>
        <source>Merchandise not received</source>
        <translation>未收到商品</translation>
    </message>
    <message>
        <source>The goods never reached you from your supplier.</source>
        <translation>供应商的货物从未送达您处。</translation>
    </message>
</context>
<context>
    <name>ReasonPicker</name>
    <message>
        <source>Choose a reason…</source>
        <translation>选择原因…</translation>
    </message>
    <message>
        <source>The reason is required.</source>
        <translation>必须选择原因。</translation>
    </message>
</context>
<context>
    <name>RelabelDialog</name>
    <message numerus="yes">
        <source>%n now count(s) against your cancellation rate.</source>
        <translation>
            <numerusform>现有 %n 笔计入您的取消率。</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-label cancellation</source>
        <translation>重新标记取消</translation>
    </message>
    <message numerus="yes">
        <source>Re-label %n cancellations</source>
        <translation>
            <numerusform>重新标记 %n 笔取消</numerusform>
        </translation>
    </message>
    <message>
        <source>order {order_id}</source>
        <translation>订单 {order_id}</translation>
    </message>
    <message numerus="yes">
        <source>these %n orders</source>
        <translation>
            <numerusform>这 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Who started the cancellation of {what}? Reports do not say, so Seller Desk counts it against you unless a buyer request is on record. Only a request through Amazon&apos;s own cancellation option keeps it off your rate; one made only in a message still counts.</source>
        <translation>谁发起了{what}的取消？报告中没有说明，因此除非有买家请求记录，Seller Desk 会将其计入您的取消率。只有通过亚马逊自身取消选项提出的请求才不计入；仅通过消息提出的请求仍会计入。</translation>
    </message>
    <message>
        <source>The buyer asked through Amazon (does not count)</source>
        <translation>买家通过亚马逊请求（不计入）</translation>
    </message>
    <message>
        <source>I cancelled it (counts against my cancellation rate)</source>
        <translation>是我取消的（计入我的取消率）</translation>
    </message>
    <message>
        <source>Note for the order&apos;s history</source>
        <translation>订单历史记录的备注</translation>
    </message>
    <message>
        <source>e.g. request seen in Seller Central on 3 May</source>
        <translation>例如：5 月 3 日在卖家平台看到请求</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Re-label</source>
        <translation>重新标记</translation>
    </message>
    <message>
        <source>Re-labelling…</source>
        <translation>正在重新标记…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more without a cancellation.</source>
        <translation>
            <numerusform>…… 另有 %n 个没有取消。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s) re-labelled;</source>
        <translation>
            <numerusform>已重新标记 %n 笔取消；</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Buyer requests</source>
        <translation>买家请求</translation>
    </message>
    <message>
        <source>  ⚠ over 24 h: answer now</source>
        <translation>  ⚠ 超过 24 小时：请立即回复</translation>
    </message>
    <message>
        <source>Buyers&apos; cancellation requests, oldest first. Answer within a day or two; accepting a request the buyer made through the marketplace does not count against your cancellation rate.</source>
        <translation>买家的取消请求，最早的在前。请在一两天内回复；接受买家通过平台提出的请求不计入您的取消率。</translation>
    </message>
    <message>
        <source>%1 (not counted)</source>
        <translation>%1（不计入）</translation>
    </message>
    <message>
        <source>A message only (counts)</source>
        <translation>仅消息（计入）</translation>
    </message>
    <message>
        <source>A message only (not counted)</source>
        <translation>仅消息（不计入）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已过时间</translation>
    </message>
    <message>
        <source>Asked on %1</source>
        <translation>请求时间：%1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Buyer&apos;s reason</source>
        <translation>买家的原因</translation>
    </message>
    <message>
        <source>Asked through</source>
        <translation>请求方式</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Accept: cancel the order</source>
        <translation>接受：取消订单</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Show order</source>
        <translation>显示订单</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n 个待处理请求</numerusform>
        </translation>
    </message>
    <message>
        <source>, {overdue} older than {hours} h</source>
        <translation>，{overdue} 个已超过 {hours} 小时</translation>
    </message>
    <message>
        <source>Accepting…</source>
        <translation>正在接受…</translation>
    </message>
    <message>
        <source>Buyer request</source>
        <translation>买家请求</translation>
    </message>
    <message>
        <source>Declined the request for {order_id}.</source>
        <translation>已拒绝 {order_id} 的请求。</translation>
    </message>
    <message>
        <source>Declining…</source>
        <translation>正在拒绝…</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Returns and refunds started for shipped orders, newest first. Mark a return received when the goods are back, and restock them if they can be sold again.</source>
        <translation>为已发货订单发起的退货和退款，最新的在前。货物退回后标记为已收到，如可再次销售则放回库存。</translation>
    </message>
    <message>
        <source>Waiting for the goods</source>
        <translation>等待货物退回</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>已放回库存</translation>
    </message>
    <message>
        <source>Received: put back in stock</source>
        <translation>已收到：放回库存</translation>
    </message>
    <message>
        <source>Received: do not restock</source>
        <translation>已收到：不放回库存</translation>
    </message>
    <message numerus="yes">
        <source>%n return(s), {waiting} waiting for the goods</source>
        <translation>
            <numerusform>%n 个退货，{waiting} 个等待货物退回</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>正在标记为已收到…</translation>
    </message>
</context>
<context>
    <name>ShipBy</name>
    <message numerus="yes">
        <source>due in %n min</source>
        <translation>
            <numerusform>还剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n h</source>
        <translation>
            <numerusform>还剩 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n d</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>late by %n min</source>
        <translation>
            <numerusform>逾期 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>late by %n h</source>
        <translation>
            <numerusform>逾期 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>late by %n d</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shipped and past its ship-by time, %1</source>
        <translation>未发货，已超过最晚发货时间：%1</translation>
    </message>
    <message>
        <source>Ship by %1</source>
        <translation>最晚发货：%1</translation>
    </message>
</context>
<context>
    <name>ShopState</name>
    <message>
        <source>Checking the shop…</source>
        <translation>正在检查店铺…</translation>
    </message>
    <message>
        <source>⚠ This shop&apos;s database is damaged</source>
        <translation>⚠ 此店铺的数据库已损坏</translation>
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
        <translation>Seller Desk 店铺 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Archives and backups (*.sdarchive *.zip *.db);;Seller Desk archives (*.sdarchive *.zip);;Backups (*.db);;All files (*)</source>
        <translation>存档和备份 (*.sdarchive *.zip *.db);;Seller Desk 存档 (*.sdarchive *.zip);;备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Seller Desk archive (*.sdarchive)</source>
        <translation>Seller Desk 存档 (*.sdarchive)</translation>
    </message>
    <message>
        <source>New shop…</source>
        <translation>新建店铺…</translation>
    </message>
    <message>
        <source>Start a new, empty shop</source>
        <translation>新建一个空店铺</translation>
    </message>
    <message>
        <source>Open shop…</source>
        <translation>打开店铺…</translation>
    </message>
    <message>
        <source>Open a shop&apos;s file</source>
        <translation>打开店铺文件</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>Restore from a backup or archive…</source>
        <translation>从备份或存档恢复…</translation>
    </message>
    <message>
        <source>Make a new shop from a Seller Desk archive or a backup copy</source>
        <translation>从 Seller Desk 存档或备份副本新建店铺</translation>
    </message>
    <message>
        <source>Export archive…</source>
        <translation>导出存档…</translation>
    </message>
    <message>
        <source>Write the whole shop to one file, to keep or to move to another computer</source>
        <translation>将整个店铺写入一个文件，用于保存或迁移到另一台电脑</translation>
    </message>
    <message>
        <source>No recent shops</source>
        <translation>没有最近的店铺</translation>
    </message>
    <message>
        <source>Open shop</source>
        <translation>打开店铺</translation>
    </message>
    <message>
        <source>{file} is not a Seller Desk shop. To bring in an archive or a backup, use File &gt; Restore from a backup or archive.</source>
        <translation>{file} 不是 Seller Desk 店铺。如需导入存档或备份，请使用“文件 &gt; 从备份或存档恢复”。</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>新建店铺</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new name (to open it, use File &gt; Open shop).</source>
        <translation>{file} 已存在；请选择新名称（如需打开，请使用“文件 &gt; 打开店铺”）。</translation>
    </message>
    <message>
        <source>Created a new, empty shop at {file}.</source>
        <translation>已在 {file} 新建空店铺。</translation>
    </message>
    <message>
        <source>Creating the shop…</source>
        <translation>正在创建店铺…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>{file} is neither a Seller Desk archive nor a backup of a shop.</source>
        <translation>{file} 既不是 Seller Desk 存档，也不是店铺备份。</translation>
    </message>
    <message>
        <source>{file} already exists; a restore makes a new shop, so choose a new name.</source>
        <translation>{file} 已存在；恢复会新建店铺，请选择新名称。</translation>
    </message>
    <message>
        <source>The shop is {file}.</source>
        <translation>店铺为 {file}。</translation>
    </message>
    <message>
        <source>Restoring the archive…</source>
        <translation>正在恢复存档…</translation>
    </message>
    <message>
        <source>Restored the backup {name} as {file}.</source>
        <translation>已将备份 {name} 恢复为 {file}。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>Archiving the shop…</source>
        <translation>正在存档店铺…</translation>
    </message>
    <message>
        <source>Restore from a backup or archive</source>
        <translation>从备份或存档恢复</translation>
    </message>
    <message>
        <source>Save the restored shop as</source>
        <translation>将恢复的店铺另存为</translation>
    </message>
    <message>
        <source>Export archive</source>
        <translation>导出存档</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Choose how to start.</source>
        <translation>请选择如何开始。</translation>
    </message>
    <message>
        <source>No shop was opened.</source>
        <translation>未打开任何店铺。</translation>
    </message>
    <message numerus="yes">
        <source>Building a demo shop of %Ln order(s)…</source>
        <translation>
            <numerusform>正在创建包含 %Ln 个订单的演示店铺…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening your shop…</source>
        <translation>正在打开您的店铺…</translation>
    </message>
    <message>
        <source>Building the demo shop…</source>
        <translation>正在创建演示店铺…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>The shop could not be opened.</source>
        <translation>无法打开店铺。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Seller-fulfilled</source>
        <translation>卖家自配送</translation>
    </message>
    <message>
        <source>Fulfilled by Amazon</source>
        <translation>亚马逊物流</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Pending availability</source>
        <translation>等待可售</translation>
    </message>
    <message>
        <source>Invoice unconfirmed</source>
        <translation>发票未确认</translation>
    </message>
    <message>
        <source>Unshipped</source>
        <translation>未发货</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation>无法配送</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <source>Oversold by {count}</source>
        <translation>超卖 {count}</translation>
    </message>
    <message>
        <source>None left to sell</source>
        <translation>已无可售</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可售</translation>
    </message>
    <message>
        <source>Double-click to correct the count</source>
        <translation>双击以更正数量</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>On hand is what you counted; reserved is what unshipped orders hold; available is what is left to sell. Double-click an on-hand figure to correct it.</source>
        <translation>现有是您清点的数量；预留是未发货订单占用的数量；可售是剩余可卖的数量。双击现有数量可更正。</translation>
    </message>
    <message>
        <source>Search SKU or product</source>
        <translation>搜索 SKU 或商品</translation>
    </message>
    <message>
        <source>Oversold only</source>
        <translation>仅超卖</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s)</source>
        <translation>
            <numerusform>%n 个 SKU</numerusform>
        </translation>
    </message>
    <message>
        <source> · {count} oversold</source>
        <translation> · {count} 个超卖</translation>
    </message>
    <message>
        <source> · none oversold</source>
        <translation> · 无超卖</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>ZoneSettingsDialog</name>
    <message>
        <source>Shop time zone</source>
        <translation>店铺时区</translation>
    </message>
    <message>
        <source>Your shop&apos;s days follow this time zone on every computer that opens the shop: the 7-day cancellation rate, “today”, ship-by lateness and the chart. Changing it files each order and cancellation under its day in the new zone.</source>
        <translation>无论在哪台电脑上打开店铺，店铺的日期都按此时区计算：7 天取消率、“今天”、是否超过最晚发货时间以及图表。更改时区后，每个订单和取消都会按新时区归入相应日期。</translation>
    </message>
</context>
</TS>
