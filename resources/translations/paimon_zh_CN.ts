<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>DLF access key</source>
        <translation>DLF 访问密钥</translation>
    </message>
    <message>
        <source>DLF token file</source>
        <translation>DLF 令牌文件</translation>
    </message>
    <message>
        <source>DLF ECS role</source>
        <translation>DLF ECS 角色</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation>，由 %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>马上</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载%1…</translation>
    </message>
    <message>
        <source>Scroll down for more %1.</source>
        <translation>向下滚动以加载更多%1。</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>无法加载%1：%2</translation>
    </message>
    <message>
        <source>This server does not offer %1.</source>
        <translation>此服务器不提供%1。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>可为空</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Enter a name for the %1.</source>
        <translation>请输入%1的名称。</translation>
    </message>
    <message>
        <source>The name starts or ends with a space; remove it, or the %1 would be hard to tell apart.</source>
        <translation>名称以空格开头或结尾；请删除空格，否则难以区分该%1。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>not expressible as changes: %1</source>
        <translation>无法表示为变更：%1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变更</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse Apache Paimon REST catalogs.</source>
        <translation>浏览 Apache Paimon REST 数据目录。</translation>
    </message>
    <message>
        <source>Open the catalog at URI (a saved profile without authentication, made when missing).</source>
        <translation>打开位于 URI 的数据目录（使用一个无认证的已保存连接，不存在时自动创建）。</translation>
    </message>
    <message>
        <source>Name of the profile --connect makes.</source>
        <translation>--connect 创建的连接名称。</translation>
    </message>
    <message>
        <source>Warehouse for --connect.</source>
        <translation>--connect 使用的仓库。</translation>
    </message>
    <message>
        <source>Expand the first database of --connect and show its first table.</source>
        <translation>展开 --connect 的第一个数据库并显示其第一张表。</translation>
    </message>
    <message>
        <source>Create FILE once --expand-first has shown the table (for scripts that take screenshots).</source>
        <translation>在 --expand-first 显示表后创建 FILE（供截图脚本使用）。</translation>
    </message>
    <message>
        <source>With --expand-first, show this table (DATABASE.TABLE) instead of the first.</source>
        <translation>与 --expand-first 一起使用：显示此表（DATABASE.TABLE），而不是第一张表。</translation>
    </message>
    <message>
        <source>With --expand-first, the tab of the table&apos;s details to show: columns, keys, info, definition, snapshots, tags, branches, consumers, partitions or schemas.</source>
        <translation>与 --expand-first 一起使用：要显示的表详情标签页：columns、keys、info、definition、snapshots、tags、branches、consumers、partitions 或 schemas。</translation>
    </message>
    <message>
        <source>Open the local warehouse folder DIR (a saved profile, made when missing); instead of --connect.</source>
        <translation>打开本地仓库文件夹 DIR（已保存的配置，缺失时创建）；代替 --connect。</translation>
    </message>
    <message>
        <source>Open a second catalog (an http(s) URI or a warehouse folder) and compare the first with it; --ready-file is then created once the comparison is shown.</source>
        <translation>打开第二个数据目录（http(s) URI 或仓库文件夹）并将第一个与之比较；此时 --ready-file 在比较结果显示后创建。</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>比较对象</translation>
    </message>
</context>
<context>
    <name>paimon::SchemaChange</name>
    <message>
        <source>first</source>
        <translation>移到最前</translation>
    </message>
    <message>
        <source>last</source>
        <translation>移到最后</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>移到 %1 之后</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>移到 %1 之前</translation>
    </message>
    <message>
        <source>Set option %1 = %2</source>
        <translation>设置选项 %1 = %2</translation>
    </message>
    <message>
        <source>Remove option %1</source>
        <translation>删除选项 %1</translation>
    </message>
    <message>
        <source>Set the table comment to %1</source>
        <translation>将表注释设为 %1</translation>
    </message>
    <message>
        <source>Remove the table comment</source>
        <translation>删除表注释</translation>
    </message>
    <message>
        <source>Add column %1 %2</source>
        <translation>添加列 %1 %2</translation>
    </message>
    <message>
        <source>%1 comment %2</source>
        <translation>%1，注释 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Rename column %1 to %2</source>
        <translation>将列 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Drop column %1</source>
        <translation>删除列 %1</translation>
    </message>
    <message>
        <source>Change the type of %1 to %2 (keeping its nullability)</source>
        <translation>将 %1 的类型改为 %2（保留其可空性）</translation>
    </message>
    <message>
        <source>Change the type of %1 to %2</source>
        <translation>将 %1 的类型改为 %2</translation>
    </message>
    <message>
        <source>Make %1 nullable</source>
        <translation>将 %1 设为可为空</translation>
    </message>
    <message>
        <source>Make %1 NOT NULL</source>
        <translation>将 %1 设为 NOT NULL</translation>
    </message>
    <message>
        <source>Set the comment of %1 to %2</source>
        <translation>将 %1 的注释设为 %2</translation>
    </message>
    <message>
        <source>Remove the comment of %1</source>
        <translation>删除 %1 的注释</translation>
    </message>
    <message>
        <source>Set the default of %1 to %2</source>
        <translation>将 %1 的默认值设为 %2</translation>
    </message>
    <message>
        <source>Remove the default of %1</source>
        <translation>删除 %1 的默认值</translation>
    </message>
    <message>
        <source>Move column %1 %2</source>
        <translation>移动列 %1：%2</translation>
    </message>
    <message>
        <source>Drop the primary key</source>
        <translation>删除主键</translation>
    </message>
</context>
<context>
    <name>paimon::WriteOperation</name>
    <message>
        <source>Create database %1</source>
        <translation>创建数据库 %1</translation>
    </message>
    <message>
        <source>Create database %1 with %2</source>
        <translation>创建数据库 %1，选项为 %2</translation>
    </message>
    <message>
        <source>Set option %1 = %2 on %3</source>
        <translation>在 %3 上设置选项 %1 = %2</translation>
    </message>
    <message>
        <source>Remove option %1 from %2</source>
        <translation>从 %2 删除选项 %1</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>没有需要更改的内容</translation>
    </message>
    <message>
        <source>Drop database %1 with all its tables</source>
        <translation>删除数据库 %1 及其所有表</translation>
    </message>
    <message>
        <source>Drop the empty database %1</source>
        <translation>删除空数据库 %1</translation>
    </message>
    <message>
        <source>Create table %1 with 1 column</source>
        <translation>创建表 %1，包含 1 列</translation>
    </message>
    <message>
        <source>Create table %1 with %2 columns</source>
        <translation>创建表 %1，包含 %2 列</translation>
    </message>
    <message>
        <source>Rename table %1 to %2</source>
        <translation>将表 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Drop table %1 and its data</source>
        <translation>删除表 %1 及其数据</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <source>the latest snapshot</source>
        <translation>最新快照</translation>
    </message>
    <message>
        <source>Tag %1 of %2 as %3, kept for %4</source>
        <translation>将 %2 的%1打上标签 %3，保留 %4</translation>
    </message>
    <message>
        <source>Tag %1 of %2 as %3</source>
        <translation>将 %2 的%1打上标签 %3</translation>
    </message>
    <message>
        <source>Delete tag %1 of %2</source>
        <translation>删除 %2 的标签 %1</translation>
    </message>
    <message>
        <source>Create branch %1 of %2 from tag %3</source>
        <translation>从标签 %3 创建 %2 的分支 %1</translation>
    </message>
    <message>
        <source>Create empty branch %1 of %2</source>
        <translation>创建 %2 的空分支 %1</translation>
    </message>
    <message>
        <source>Drop branch %1 of %2</source>
        <translation>删除 %2 的分支 %1</translation>
    </message>
    <message>
        <source>Rename branch %1 of %2 to %3</source>
        <translation>将 %2 的分支 %1 重命名为 %3</translation>
    </message>
    <message>
        <source>Fast-forward the main branch of %1 to branch %2</source>
        <translation>将 %1 的主分支快进到分支 %2</translation>
    </message>
    <message>
        <source>Delete consumer %1 of %2</source>
        <translation>删除 %2 的消费者 %1</translation>
    </message>
    <message>
        <source>Reset consumer %1 of %2 to read snapshot %3 next</source>
        <translation>重置 %2 的消费者 %1，下一个读取快照 %3</translation>
    </message>
    <message>
        <source>Roll %1 back to tag %2, deleting the later snapshots and tags</source>
        <translation>将 %1 回滚到标签 %2，并删除之后的快照和标签</translation>
    </message>
    <message>
        <source>Roll %1 back to snapshot %2, deleting the later snapshots and tags</source>
        <translation>将 %1 回滚到快照 %2，并删除之后的快照和标签</translation>
    </message>
    <message>
        <source>Drop partition %1 of %2 with its data</source>
        <translation>删除 %2 的分区 %1 及其数据</translation>
    </message>
    <message>
        <source>Mark partition %1 of %2 done</source>
        <translation>将 %2 的分区 %1 标记为完成</translation>
    </message>
    <message>
        <source>Rename view %1 to %2</source>
        <translation>将视图 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Drop view %1</source>
        <translation>删除视图 %1</translation>
    </message>
    <message>
        <source>Drop function %1</source>
        <translation>删除函数 %1</translation>
    </message>
    <message>
        <source>Set option %1 = %2</source>
        <translation>设置选项 %1 = %2</translation>
    </message>
    <message>
        <source>Remove option %1</source>
        <translation>移除选项 %1</translation>
    </message>
    <message>
        <source>Set the comment to %1</source>
        <translation>将注释设为 %1</translation>
    </message>
    <message>
        <source>Remove the comment</source>
        <translation>移除注释</translation>
    </message>
    <message>
        <source>Add the %1 query</source>
        <translation>添加 %1 查询</translation>
    </message>
    <message>
        <source>Change the %1 query</source>
        <translation>修改 %1 查询</translation>
    </message>
    <message>
        <source>Drop the %1 query</source>
        <translation>删除 %1 查询</translation>
    </message>
    <message>
        <source>Add the %1 definition</source>
        <translation>添加 %1 定义</translation>
    </message>
    <message>
        <source>Change the %1 definition</source>
        <translation>修改 %1 定义</translation>
    </message>
    <message>
        <source>Drop the %1 definition</source>
        <translation>删除 %1 定义</translation>
    </message>
    <message>
        <source>Create view %1 with its default query only</source>
        <translation>创建视图 %1（仅默认查询）</translation>
    </message>
    <message>
        <source>Create view %1 with a query for 1 dialect</source>
        <translation>创建视图 %1，含 1 种方言的查询</translation>
    </message>
    <message>
        <source>Create view %1 with queries for %2 dialects</source>
        <translation>创建视图 %1，含 %2 种方言的查询</translation>
    </message>
    <message>
        <source>Create function %1 with a definition for 1 engine</source>
        <translation>创建函数 %1，含 1 个引擎的定义</translation>
    </message>
    <message>
        <source>Create function %1 with definitions for %2 engines</source>
        <translation>创建函数 %1，含 %2 个引擎的定义</translation>
    </message>
    <message>
        <source>Roll the schema of %1 back to schema %2, deleting the later schemas</source>
        <translation>将 %1 的架构回滚到架构 %2，删除之后的架构</translation>
    </message>
</context>
<context>
    <name>paimon::ui::ActivityLogModel</name>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Attempt %1
</source>
        <translation>第 %1 次尝试
</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>, request ID %1</source>
        <translation>，请求 ID %1</translation>
    </message>
    <message>
        <source>, %1 ms
</source>
        <translation>，%1 毫秒
</translation>
    </message>
</context>
<context>
    <name>paimon::ui::ActivityLogPane</name>
    <message>
        <source>Select a request to see its headers and body.</source>
        <translation>选择一个请求以查看其请求头和请求体。</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl 命令</translation>
    </message>
    <message>
        <source>Copies the selected request as a curl command; secrets stay hidden.</source>
        <translation>将所选请求复制为 curl 命令；密钥保持隐藏。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>paimon::ui::BranchEditor</name>
    <message>
        <source>New branch of %1 — %2</source>
        <translation>新建 %1 的分支 — %2</translation>
    </message>
    <message>
        <source>&amp;Branch name:</source>
        <translation>分支名称(&amp;B)：</translation>
    </message>
    <message>
        <source>(none: an empty branch with the table&apos;s schema)</source>
        <translation>（无：使用表结构的空分支）</translation>
    </message>
    <message>
        <source>&amp;From tag:</source>
        <translation>来源标签(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Create branch</source>
        <translation>创建分支(&amp;C)</translation>
    </message>
    <message>
        <source>Rename branch %1 of %2 — %3</source>
        <translation>重命名 %2 的分支 %1 — %3</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>A branch is opened as the table “%1$branch_NAME”. Its name may not be “main”, only digits, or hold “$”.</source>
        <translation>分支以表“%1$branch_NAME”打开。分支名称不能是“main”，不能全是数字，也不能包含“$”。</translation>
    </message>
    <message>
        <source>Branch name: %1</source>
        <translation>分支名称：%1</translation>
    </message>
    <message>
        <source>Type the branch&apos;s new name.</source>
        <translation>请输入分支的新名称。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::CatalogConnector</name>
    <message>
        <source>Check the host name and port in the URI, and that the server is running and reachable from this machine.</source>
        <translation>请检查 URI 中的主机名和端口，并确认服务器正在运行且本机可以访问。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If it is signed by your own authority, give that authority&apos;s certificate as the CA file.</source>
        <translation>服务器的证书不受信任。如果它由您自己的证书颁发机构签发，请将该机构的证书指定为 CA 文件。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the network, or raise the timeout.</source>
        <translation>服务器未能及时响应。请检查网络，或增大超时时间。</translation>
    </message>
    <message>
        <source>The server refused the credentials (401). Check the token or the access key and secret, and for DLF the region and signer.</source>
        <translation>服务器拒绝了凭据 (401)。请检查令牌或访问密钥及其密文；对于 DLF，还请检查地域和签名方式。</translation>
    </message>
    <message>
        <source>The credentials were accepted but are not allowed to do this (403). Check the permissions of this identity on the catalog.</source>
        <translation>凭据已被接受，但无权执行此操作 (403)。请检查该身份在数据目录上的权限。</translation>
    </message>
    <message>
        <source>The URI answers, but not as a Paimon REST catalog. Check the URI&apos;s path.</source>
        <translation>该 URI 有响应，但不是 Paimon REST 数据目录。请检查 URI 的路径。</translation>
    </message>
    <message>
        <source>The catalog was not found: check the warehouse name and the prefix the server expects.</source>
        <translation>未找到数据目录：请检查仓库名称以及服务器要求的前缀。</translation>
    </message>
    <message>
        <source>The credentials could not be loaded: check the token file or the ECS role.</source>
        <translation>无法加载凭据：请检查令牌文件或 ECS 角色。</translation>
    </message>
    <message>
        <source>The profile&apos;s settings cannot work as they are.</source>
        <translation>该连接配置的设置无法按现状使用。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what a Paimon REST catalog sends.</source>
        <translation>服务器的响应不是 Paimon REST 数据目录应发送的内容。</translation>
    </message>
    <message>
        <source>%1: failed.
%2</source>
        <translation>%1：失败。
%2</translation>
    </message>
    <message>
        <source>Opening the warehouse folder</source>
        <translation>正在打开仓库文件夹</translation>
    </message>
    <message>
        <source>Configuration handshake (GET /v1/config)</source>
        <translation>配置握手 (GET /v1/config)</translation>
    </message>
    <message>
        <source>%1: OK.</source>
        <translation>%1：成功。</translation>
    </message>
    <message>
        <source>Listing databases</source>
        <translation>正在列出数据库</translation>
    </message>
    <message>
        <source>Listing databases: OK (the catalog has no databases yet).</source>
        <translation>列出数据库：成功（该数据目录中还没有数据库）。</translation>
    </message>
    <message>
        <source>Listing databases: OK (first: %1).</source>
        <translation>列出数据库：成功（第一个：%1）。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::CatalogTreeModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type / Location</source>
        <translation>类型 / 位置</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>主键</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>分区键</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 — press F5 to retry</source>
        <translation>%1 — 按 F5 重试</translation>
    </message>
    <message>
        <source>server refused the name search</source>
        <translation>服务器拒绝了名称搜索</translation>
    </message>
    <message>
        <source>The server refused the name search, so only the names loaded so far are filtered:
%1</source>
        <translation>服务器拒绝了名称搜索，因此只筛选目前已加载的名称：
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
</context>
<context>
    <name>paimon::ui::ColumnGridModel</name>
    <message>
        <source>Add at least one column.</source>
        <translation>请至少添加一列。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 没有名称。</translation>
    </message>
    <message>
        <source>%1 (“%2”): the name starts or ends with a space.</source>
        <translation>%1（“%2”）：名称以空格开头或结尾。</translation>
    </message>
    <message>
        <source>The column name “%1” is used twice.</source>
        <translation>列名“%1”重复使用。</translation>
    </message>
    <message>
        <source>%1 (“%2”): %3</source>
        <translation>%1（“%2”）：%3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>可为空</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>主键</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>The column needs a name.</source>
        <translation>该列需要一个名称。</translation>
    </message>
    <message>
        <source>Another column has this name.</source>
        <translation>另一列已使用此名称。</translation>
    </message>
    <message>
        <source>The partition keys of an existing table cannot change.</source>
        <translation>已有表的分区键不能更改。</translation>
    </message>
    <message>
        <source>Primary-key columns are NOT NULL. Ticking appends the column to the key.</source>
        <translation>主键列为 NOT NULL。勾选后该列将追加到主键中。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::CompareDialog</name>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Differences only</source>
        <translation>仅显示差异(&amp;D)</translation>
    </message>
    <message>
        <source>Apply &amp;next step</source>
        <translation>应用下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Apply &amp;all</source>
        <translation>全部应用(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>&amp;Left (wanted):</source>
        <translation>左侧（期望）(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Right (to change):</source>
        <translation>右侧（待修改）(&amp;R)：</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <source>Select a step to see exactly what it sends.</source>
        <translation>选择一个步骤，查看它将发送的确切内容。</translation>
    </message>
    <message>
        <source>The plan that makes the right side match the left:</source>
        <translation>使右侧与左侧一致的计划：</translation>
    </message>
    <message>
        <source>Choose two open connections (or one twice, with two databases) and press Compare.</source>
        <translation>选择两个已打开的连接（或同一连接的两个数据库），然后按“比较”。</translation>
    </message>
    <message>
        <source>every database</source>
        <translation>所有数据库</translation>
    </message>
    <message>
        <source>every table</source>
        <translation>所有表</translation>
    </message>
    <message>
        <source>Open a connection for each side first.</source>
        <translation>请先为每一侧打开一个连接。</translation>
    </message>
    <message>
        <source>A table is compared within a database: give its database too.</source>
        <translation>表需在数据库内比较：请同时填写其数据库。</translation>
    </message>
    <message>
        <source>Both sides are the same: choose another connection, database or table for one of them.</source>
        <translation>两侧相同：请为其中一侧选择其他连接、数据库或表。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>%1 differ, %2 only left, %3 only right, %4 the same.</source>
        <translation>%1 个不同，%2 个仅在左侧，%3 个仅在右侧，%4 个相同。</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <source>Not compared: %1: %2</source>
        <translation>未比较：%1：%2</translation>
    </message>
    <message>
        <source>Why it is not in the plan:
%1</source>
        <translation>为何不在计划中：
%1</translation>
    </message>
    <message>
        <source>The right side&apos;s connection was closed or reopened since the comparison: compare again.</source>
        <translation>比较之后右侧的连接已关闭或重新打开：请重新比较。</translation>
    </message>
    <message>
        <source>The connection “%1” is read-only: nothing was sent.</source>
        <translation>连接“%1”为只读：未发送任何内容。</translation>
    </message>
    <message>
        <source>&amp;Send to production</source>
        <translation>发送到生产环境(&amp;S)</translation>
    </message>
    <message>
        <source>“%1” is a production connection. Check the steps and their requests, then press “Send to production”.</source>
        <translation>“%1”是生产环境连接。请检查各步骤及其请求，然后按“发送到生产环境”。</translation>
    </message>
    <message>
        <source>Applying step %1 of %2…</source>
        <translation>正在应用第 %1 步（共 %2 步）…</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>%1 of %2 steps applied.</source>
        <translation>已应用 %1 / %2 步。</translation>
    </message>
    <message>
        <source>Step %1 was refused, and nothing after it was sent: %2</source>
        <translation>第 %1 步被拒绝，其后的步骤均未发送：%2</translation>
    </message>
    <message>
        <source>Cancelled. A step on its way when cancelled may have reached the server: compare again to see.</source>
        <translation>已取消。取消时正在发送的步骤可能已到达服务器：请重新比较以确认。</translation>
    </message>
    <message>
        <source>Every step was applied. Compare again to check.</source>
        <translation>所有步骤均已应用。请重新比较以核对。</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>比较已取消。</translation>
    </message>
    <message>
        <source>Making the plan…</source>
        <translation>正在制定计划…</translation>
    </message>
    <message>
        <source>Cancelled before the plan was made.</source>
        <translation>已在计划制定完成前取消。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::CompareModel</name>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>only left</source>
        <translation>仅在左侧</translation>
    </message>
    <message>
        <source>only right</source>
        <translation>仅在右侧</translation>
    </message>
    <message>
        <source>holds differences</source>
        <translation>包含差异</translation>
    </message>
</context>
<context>
    <name>paimon::ui::ConnectionProfile</name>
    <message>
        <source>The connection needs a name.</source>
        <translation>该连接需要一个名称。</translation>
    </message>
    <message>
        <source>Choose the warehouse folder.</source>
        <translation>请选择仓库文件夹。</translation>
    </message>
    <message>
        <source>The catalog URI is empty.</source>
        <translation>数据目录 URI 为空。</translation>
    </message>
    <message>
        <source>DLF access key authentication needs the access key ID.</source>
        <translation>DLF 访问密钥认证需要访问密钥 ID。</translation>
    </message>
    <message>
        <source>Choose the DLF token file.</source>
        <translation>请选择 DLF 令牌文件。</translation>
    </message>
    <message>
        <source>An extra header has no name.</source>
        <translation>有一个附加请求头没有名称。</translation>
    </message>
    <message>
        <source>The header %1 carries credentials; choose an authentication method instead, which keeps secrets in the keychain.</source>
        <translation>请求头 %1 携带凭据；请改为选择一种认证方式，它会将密钥保存在钥匙串中。</translation>
    </message>
    <message>
        <source>The timeout must be at least one second.</source>
        <translation>超时时间至少为一秒。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::ConnectionRegistry</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>paimon::ui::ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>The saved secrets could not be read, so the secret fields are empty.
%1</source>
        <translation>无法读取已保存的密钥，因此密钥字段为空。
%1</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>没有钥匙串</translation>
    </message>
    <message>
        <source>%1

The secrets were not saved. Keep them in memory until the application quits? Nothing is written to disk either way.</source>
        <translation>%1

密钥未能保存。是否在应用程序退出前将其保留在内存中？无论如何都不会写入磁盘。</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Delete the connection %1 and its saved secrets?</source>
        <translation>删除连接 %1 及其已保存的密钥？</translation>
    </message>
</context>
<context>
    <name>paimon::ui::ConsumerEditor</name>
    <message>
        <source>Reset consumer of %1 — %2</source>
        <translation>重置 %1 的消费者 — %2</translation>
    </message>
    <message>
        <source>&amp;Delete the consumer instead</source>
        <translation>改为删除该消费者(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Consumer:</source>
        <translation>消费者(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Next snapshot:</source>
        <translation>下一个快照(&amp;N)：</translation>
    </message>
    <message>
        <source>The consumer reads this snapshot next; Paimon keeps the snapshots from the smallest consumer position on.</source>
        <translation>消费者下一个读取此快照；Paimon 会保留从最小消费位置开始的所有快照。</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Consumer: give the consumer&apos;s id.</source>
        <translation>消费者：请填写消费者 ID。</translation>
    </message>
    <message>
        <source>Next snapshot</source>
        <translation>下一个快照</translation>
    </message>
    <message>
        <source>Next snapshot: give a snapshot id, or delete the consumer.</source>
        <translation>下一个快照：请填写快照 ID，或删除该消费者。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::ConsumersModel</name>
    <message>
        <source>Consumer</source>
        <translation>消费者</translation>
    </message>
    <message>
        <source>Next snapshot</source>
        <translation>下一个快照</translation>
    </message>
</context>
<context>
    <name>paimon::ui::DatabaseEditor</name>
    <message>
        <source>New database — %1</source>
        <translation>新建数据库 — %1</translation>
    </message>
    <message>
        <source>Edit database %1 — %2</source>
        <translation>编辑数据库 %1 — %2</translation>
    </message>
    <message>
        <source>the new database&apos;s name</source>
        <translation>新数据库的名称</translation>
    </message>
    <message>
        <source>optional; stored as the database&apos;s comment option</source>
        <translation>可选；保存为数据库的 comment 选项</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>注释(&amp;O)：</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Loading the database&apos;s current options…</source>
        <translation>正在加载数据库的当前选项…</translation>
    </message>
    <message>
        <source>The database could not be loaded; nothing can be changed.
%1</source>
        <translation>无法加载该数据库，无法进行任何更改。
%1</translation>
    </message>
    <message>
        <source>Reloaded. Your edits are applied to the database&apos;s current options; press Apply to send them.</source>
        <translation>已重新加载。您的编辑已应用到数据库的当前选项上；按“应用”发送。</translation>
    </message>
    <message>
        <source>Use the Comment field for the comment, not an option row.</source>
        <translation>请使用“注释”字段填写注释，而不是选项行。</translation>
    </message>
    <message>
        <source>Enter a name for the database.</source>
        <translation>请输入数据库名称。</translation>
    </message>
    <message>
        <source>The name starts or ends with a space; remove it, or the database would be hard to tell apart.</source>
        <translation>名称以空格开头或结尾；请删除空格，否则该数据库将难以区分。</translation>
    </message>
    <message>
        <source>The database&apos;s current options are not loaded yet.</source>
        <translation>数据库的当前选项尚未加载。</translation>
    </message>
    <message>
        <source>Nothing to change: the options are as they were.</source>
        <translation>没有需要更改的内容：选项与原来相同。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::DatabasePane</name>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>所有者：</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新时间：</translation>
    </message>
</context>
<context>
    <name>paimon::ui::DefinitionBox</name>
    <message>
        <source>Flink SQL</source>
        <translation>Flink SQL</translation>
    </message>
    <message>
        <source>Spark SQL</source>
        <translation>Spark SQL</translation>
    </message>
    <message>
        <source>Paimon JSON</source>
        <translation>Paimon JSON</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Save definition</source>
        <translation>保存定义</translation>
    </message>
    <message>
        <source>The definition could not be saved to %1: %2</source>
        <translation>无法将定义保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>paimon::ui::DetailsPanel</name>
    <message>
        <source>Select a connection, database or table to see its details.</source>
        <translation>选择一个连接、数据库或表以查看其详细信息。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Local warehouse folder: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;本地仓库文件夹：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;URI: %1&lt;br&gt;Warehouse: %2&lt;br&gt;Authentication: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;URI：%1&lt;br&gt;仓库：%2&lt;br&gt;认证方式：%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Read-only profile: no changes are sent.&lt;/p&gt;</source>
        <translation>&lt;p&gt;只读连接：不会发送任何更改。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Production profile: every change is confirmed first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;生产环境连接：每项更改都需先确认。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not connect:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;无法连接：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not connected. Expand the connection to connect.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未连接。展开该连接即可连接。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Loading database %1…</source>
        <translation>正在加载数据库 %1…</translation>
    </message>
    <message>
        <source>Could not load database %1:
%2</source>
        <translation>无法加载数据库 %1：
%2</translation>
    </message>
    <message>
        <source>Loading table %1…</source>
        <translation>正在加载表 %1…</translation>
    </message>
    <message>
        <source>Could not load table %1:
%2</source>
        <translation>无法加载表 %1：
%2</translation>
    </message>
    <message>
        <source>The connection “%1” is read-only.</source>
        <translation>连接“%1”是只读的。</translation>
    </message>
    <message>
        <source>Loading branch %1…</source>
        <translation>正在加载分支 %1…</translation>
    </message>
    <message>
        <source>Could not load branch %1:
%2</source>
        <translation>无法加载分支 %1：
%2</translation>
    </message>
    <message>
        <source>Could not load %1:
%2</source>
        <translation>无法加载 %1：
%2</translation>
    </message>
    <message>
        <source>Loading view %1…</source>
        <translation>正在加载视图 %1…</translation>
    </message>
    <message>
        <source>Loading function %1…</source>
        <translation>正在加载函数 %1…</translation>
    </message>
</context>
<context>
    <name>paimon::ui::DropDatabaseDialog</name>
    <message>
        <source>Drop database %1 — %2</source>
        <translation>删除数据库 %1 — %2</translation>
    </message>
    <message>
        <source>Drop the database “%1” of “%2”.</source>
        <translation>删除“%2”中的数据库“%1”。</translation>
    </message>
    <message>
        <source>Counting its tables…</source>
        <translation>正在统计其中的表…</translation>
    </message>
    <message>
        <source>Drop its &amp;tables and their data too (cascade)</source>
        <translation>同时删除其中的表及数据（级联）(&amp;T)</translation>
    </message>
    <message>
        <source>Type the database&apos;s name to confirm:</source>
        <translation>输入数据库名称以确认：</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Its tables could not be counted: %1</source>
        <translation>无法统计其中的表：%1</translation>
    </message>
    <message>
        <source>It holds no tables.</source>
        <translation>其中没有表。</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n table(s).</source>
        <translation>
            <numerusform>其中有 %n 张表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database holds %n table(s). Tick “Drop its tables too” to drop them with it.</source>
        <translation>
            <numerusform>该数据库中有 %n 张表。勾选“同时删除其中的表”可将它们一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the database&apos;s name, “%1”, to confirm.</source>
        <translation>输入数据库名称“%1”以确认。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::DropObjectDialog</name>
    <message>
        <source>Drop view %1.%2 — %3</source>
        <translation>删除视图 %1.%2 — %3</translation>
    </message>
    <message>
        <source>Drop function %1.%2 — %3</source>
        <translation>删除函数 %1.%2 — %3</translation>
    </message>
    <message>
        <source>Drop the view “%1” of the database “%2”. Its tables and their data stay. This cannot be undone.</source>
        <translation>删除数据库“%2”中的视图“%1”。其引用的表及数据保留。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Drop the function “%1” of the database “%2”. Queries that call it will fail. This cannot be undone.</source>
        <translation>删除数据库“%2”中的函数“%1”。调用它的查询将会失败。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Type the view&apos;s name to confirm:</source>
        <translation>输入视图名称以确认：</translation>
    </message>
    <message>
        <source>Type the function&apos;s name to confirm:</source>
        <translation>输入函数名称以确认：</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Type the name, “%1”, to confirm.</source>
        <translation>请输入名称“%1”以确认。</translation>
    </message>
    <message>
        <source>Drop table %1.%2 — %3</source>
        <translation>删除表 %1.%2 — %3</translation>
    </message>
    <message>
        <source>Drop the table “%1” of the database “%2”, with its data. This cannot be undone.</source>
        <translation>删除数据库“%2”中的表“%1”及其数据。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Type the table&apos;s name to confirm:</source>
        <translation>输入表名称以确认：</translation>
    </message>
</context>
<context>
    <name>paimon::ui::EditorDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Show exactly what will be sent (Ctrl+P)</source>
        <translation>准确显示将要发送的内容 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Send the change (Ctrl+Enter)</source>
        <translation>发送更改 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The connection “%1” is read-only: nothing can be sent from here.</source>
        <translation>连接“%1”为只读：无法从此处发送任何内容。</translation>
    </message>
    <message>
        <source>Nothing can be sent yet:
%1</source>
        <translation>暂时无法发送：
%1</translation>
    </message>
    <message>
        <source>What will be done:</source>
        <translation>将执行以下操作：</translation>
    </message>
    <message>
        <source>This is a local warehouse: the change is written to its files directly, with no HTTP request. The same change over REST would be:</source>
        <translation>这是本地仓库：更改将直接写入其文件，不发送 HTTP 请求。通过 REST 进行同样的更改将是：</translation>
    </message>
    <message>
        <source>Content-Type: application/json (sent compact: %1 bytes)</source>
        <translation>Content-Type: application/json（紧凑发送：%1 字节）</translation>
    </message>
    <message>
        <source>The connection “%1” is read-only: nothing was sent.</source>
        <translation>连接“%1”为只读：未发送任何内容。</translation>
    </message>
    <message>
        <source>&amp;Send to production</source>
        <translation>发送到生产环境(&amp;S)</translation>
    </message>
    <message>
        <source>“%1” is a production connection. Check the request below, then press “Send to production” to send it.</source>
        <translation>“%1”是生产环境连接。请检查下面的请求，然后按“发送到生产环境”发送。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Stopped waiting. The catalog may still have made the change: refresh the navigator (F5) to see. Everything in the form is kept.</source>
        <translation>已停止等待。数据目录可能仍已完成该更改：请刷新导航栏 (F5) 查看。表单中的所有内容均已保留。</translation>
    </message>
    <message>
        <source>The catalog refused the change. Everything you typed is kept.
%1</source>
        <translation>数据目录拒绝了该更改。您输入的所有内容均已保留。
%1</translation>
    </message>
    <message>
        <source>The catalog could not be reached; the change may not have arrived. Everything you typed is kept; press Apply to try again.
%1</source>
        <translation>无法连接到数据目录；更改可能未送达。您输入的所有内容均已保留；按“应用”重试。
%1</translation>
    </message>
    <message>
        <source>Someone else may have changed the catalog since this form was filled. Press Reload to load the current state; your edits are kept where they still apply.</source>
        <translation>自填写此表单以来，其他人可能已更改了数据目录。按“重新加载”以加载当前状态；仍然适用的编辑将被保留。</translation>
    </message>
    <message>
        <source>The navigator is loading the current state again.</source>
        <translation>导航栏正在重新加载当前状态。</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>停止等待</translation>
    </message>
</context>
<context>
    <name>paimon::ui::EditorLauncher</name>
    <message>
        <source>New &amp;database…</source>
        <translation>新建数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;New table…</source>
        <translation>新建表(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>The connection “%1” is read-only.</source>
        <translation>连接“%1”为只读。</translation>
    </message>
    <message>
        <source>Connect first: expand the connection.</source>
        <translation>请先连接：展开该连接。</translation>
    </message>
    <message>
        <source>Select a table first.</source>
        <translation>请先选择一个表。</translation>
    </message>
    <message>
        <source>New &amp;view…</source>
        <translation>新建视图(&amp;V)…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+V</source>
        <translation>Ctrl+Alt+V</translation>
    </message>
    <message>
        <source>New f&amp;unction…</source>
        <translation>新建函数(&amp;U)…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>paimon::ui::ExportDialog</name>
    <message>
        <source>Export definitions</source>
        <translation>导出定义</translation>
    </message>
    <message>
        <source>Flink SQL</source>
        <translation>Flink SQL</translation>
    </message>
    <message>
        <source>Spark SQL</source>
        <translation>Spark SQL</translation>
    </message>
    <message>
        <source>Paimon JSON (can be applied to another catalog)</source>
        <translation>Paimon JSON（可应用到另一个数据目录）</translation>
    </message>
    <message>
        <source>One &amp;file</source>
        <translation>单个文件(&amp;F)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a format and where to write.</source>
        <translation>请选择格式和写入位置。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>写入到(&amp;W)：</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>导出到文件</translation>
    </message>
    <message>
        <source>Choose where to write.</source>
        <translation>请选择写入位置。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>已取消。未写入任何文件。</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
    <message>
        <source>One file &amp;per object, in a folder per database</source>
        <translation>每个对象一个文件(&amp;P)，每个数据库一个文件夹</translation>
    </message>
    <message>
        <source>%v of %m definitions</source>
        <translation>%v / %m 个定义</translation>
    </message>
    <message>
        <source>Finding the tables, views and functions…</source>
        <translation>正在查找表、视图和函数…</translation>
    </message>
    <message>
        <source>Finding the tables, views and functions… %1 so far</source>
        <translation>正在查找表、视图和函数… 目前 %1 个</translation>
    </message>
    <message>
        <source>Fetched %1 of %2 definitions</source>
        <translation>已获取 %1 / %2 个定义</translation>
    </message>
    <message>
        <source>%1 tables, %2 views and %3 functions</source>
        <translation>%1 个表、%2 个视图和 %3 个函数</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>已将 %1 导出到 %2。</translation>
    </message>
    <message>
        <source>Exported %1 to %2; %3 failed (below).</source>
        <translation>已将 %1 导出到 %2；%3 个失败（见下）。</translation>
    </message>
    <message>
        <source>%1 tables</source>
        <translation>%1 个表</translation>
    </message>
</context>
<context>
    <name>paimon::ui::FieldsGrid</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>The %1 in row %2 has no name.</source>
        <translation>第 %2 行的%1没有名称。</translation>
    </message>
    <message>
        <source>The %1 name “%2” is given twice.</source>
        <translation>%1名称“%2”重复。</translation>
    </message>
    <message>
        <source>The type of the %1 “%2” is not valid: %3</source>
        <translation>%1“%2”的类型无效：%3</translation>
    </message>
</context>
<context>
    <name>paimon::ui::FunctionEditor</name>
    <message>
        <source>De&amp;terministic: the same arguments always give the same result</source>
        <translation>确定性(&amp;T)：相同参数总是得到相同结果</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>return value</source>
        <translation>返回值</translation>
    </message>
    <message>
        <source>New function in %1 — %2</source>
        <translation>在 %1 中新建函数 — %2</translation>
    </message>
    <message>
        <source>Edit function %1.%2 — %3</source>
        <translation>编辑函数 %1.%2 — %3</translation>
    </message>
    <message>
        <source>letters, digits and _ . - (at least one letter)</source>
        <translation>字母、数字及 _ . -（至少一个字母）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>SQL expression</source>
        <translation>SQL 表达式</translation>
    </message>
    <message>
        <source>Class in a file (jar)</source>
        <translation>文件中的类（jar）</translation>
    </message>
    <message>
        <source>Lambda</source>
        <translation>Lambda</translation>
    </message>
    <message>
        <source>JAVA, SCALA, PYTHON…</source>
        <translation>JAVA、SCALA、PYTHON…</translation>
    </message>
    <message>
        <source>com.example.udf.Mask</source>
        <translation>com.example.udf.Mask</translation>
    </message>
    <message>
        <source>optional: the method or function in the class</source>
        <translation>可选：类中的方法或函数</translation>
    </message>
    <message>
        <source>one file per line: TYPE URI, e.g. jar oss://bucket/udf.jar</source>
        <translation>每行一个文件：类型 URI，例如 jar oss://bucket/udf.jar</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>注释(&amp;O)：</translation>
    </message>
    <message>
        <source>A function&apos;s parameters, return values and determinism cannot be changed in place; drop the function and create it again to change them.</source>
        <translation>函数的参数、返回值和确定性无法原地修改；如需修改，请删除函数后重新创建。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Return values</source>
        <translation>返回值</translation>
    </message>
    <message>
        <source>Engines</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Add &amp;engine…</source>
        <translation>添加引擎(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove engine</source>
        <translation>移除引擎(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>种类(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>类(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Function in it:</source>
        <translation>其中的函数(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;iles:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Definitions</source>
        <translation>定义(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>签名(&amp;S)</translation>
    </message>
    <message>
        <source>O&amp;ptions</source>
        <translation>选项(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Enter the %1 definition&apos;s SQL expression.</source>
        <translation>请输入 %1 定义的 SQL 表达式。</translation>
    </message>
    <message>
        <source>Enter the %1 definition&apos;s lambda.</source>
        <translation>请输入 %1 定义的 lambda。</translation>
    </message>
    <message>
        <source>Enter the class of the %1 definition.</source>
        <translation>请输入 %1 定义的类。</translation>
    </message>
    <message>
        <source>A file of the %1 definition is “TYPE URI” (a URI has no spaces): %2</source>
        <translation>%1 定义的文件格式为“类型 URI”（URI 不含空格）：%2</translation>
    </message>
    <message>
        <source>Enter the file that holds the %1 definition&apos;s class.</source>
        <translation>请输入包含 %1 定义的类的文件。</translation>
    </message>
    <message>
        <source>an SQL expression over the parameters, e.g. a + b</source>
        <translation>基于参数的 SQL 表达式，例如 a + b</translation>
    </message>
    <message>
        <source>(x) -&gt; x + 1</source>
        <translation>(x) -&gt; x + 1</translation>
    </message>
    <message>
        <source>Add engine</source>
        <translation>添加引擎</translation>
    </message>
    <message>
        <source>The engine this definition is for:</source>
        <translation>此定义所属的引擎：</translation>
    </message>
    <message>
        <source>Loading the function…</source>
        <translation>正在加载函数…</translation>
    </message>
    <message>
        <source>The function could not be loaded; nothing can be changed.
%1</source>
        <translation>无法加载函数；无法进行任何修改。
%1</translation>
    </message>
    <message>
        <source>Reloaded. Your edits are kept and compared with the function as it is now; press Apply to send them.</source>
        <translation>已重新加载。您的修改已保留，并与函数的当前状态比较；按“应用”发送。</translation>
    </message>
    <message>
        <source>Enter a name for the function.</source>
        <translation>请输入函数名称。</translation>
    </message>
    <message>
        <source>Add a definition for at least one engine.</source>
        <translation>请至少为一个引擎添加定义。</translation>
    </message>
    <message>
        <source>The function is not loaded yet.</source>
        <translation>函数尚未加载。</translation>
    </message>
    <message>
        <source>Nothing to change: the function is as it was.</source>
        <translation>没有要修改的内容：函数与之前相同。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::FunctionPane</name>
    <message>
        <source>Parameters and return values</source>
        <translation>参数和返回值</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>引擎：</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Function %1.%2</source>
        <translation>函数 %1.%2</translation>
    </message>
    <message>
        <source>returns %1</source>
        <translation>返回 %1</translation>
    </message>
    <message>
        <source>Deterministic:</source>
        <translation>确定性：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>所有者：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新：</translation>
    </message>
    <message>
        <source>The function has no definitions.</source>
        <translation>该函数没有定义。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>种类：</translation>
    </message>
    <message>
        <source>SQL expression</source>
        <translation>SQL 表达式</translation>
    </message>
    <message>
        <source>lambda</source>
        <translation>lambda</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>a class in a file</source>
        <translation>文件中的类</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>类：</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>函数：</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
</context>
<context>
    <name>paimon::ui::HistoryConfirmDialog</name>
    <message>
        <source>Delete tag %1 — %2</source>
        <translation>删除标签 %1 — %2</translation>
    </message>
    <message>
        <source>Delete the tag “%1” of %2. Its snapshot stays while it has not expired; once it has, the tag was the last way to read it.</source>
        <translation>删除 %2 的标签“%1”。其快照在过期前仍会保留；快照过期后，该标签是读取它的最后途径。</translation>
    </message>
    <message>
        <source>&amp;Delete tag</source>
        <translation>删除标签(&amp;D)</translation>
    </message>
    <message>
        <source>Drop branch %1 — %2</source>
        <translation>删除分支 %1 — %2</translation>
    </message>
    <message>
        <source>Drop the branch “%1” of %2 with its snapshots, tags and consumers. Data files written on it stay until Paimon&apos;s orphan-file cleanup.</source>
        <translation>删除 %2 的分支“%1”及其快照、标签和消费者。在该分支上写入的数据文件会保留，直到 Paimon 清理孤立文件。</translation>
    </message>
    <message>
        <source>Type the branch&apos;s name to confirm:</source>
        <translation>输入分支名称以确认：</translation>
    </message>
    <message>
        <source>&amp;Drop branch</source>
        <translation>删除分支(&amp;D)</translation>
    </message>
    <message>
        <source>Fast-forward to %1 — %2</source>
        <translation>快进到 %1 — %2</translation>
    </message>
    <message>
        <source>Make the main branch of %1 the history of branch “%2”: main&apos;s snapshots, schemas and tags from the branch&apos;s first snapshot on are replaced by the branch&apos;s. This cannot be undone.</source>
        <translation>让 %1 的主分支采用分支“%2”的历史：主分支从该分支第一个快照起的快照、表结构和标签都会被该分支的替换。此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Fast-forward</source>
        <translation>快进(&amp;F)</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation>标签“%1”</translation>
    </message>
    <message>
        <source>Roll back %1 — %2</source>
        <translation>回滚 %1 — %2</translation>
    </message>
    <message>
        <source>Roll %1 back to %2. Every later snapshot and every tag of a later snapshot is deleted: this discards history and cannot be undone. Data files stay until Paimon&apos;s orphan-file cleanup.</source>
        <translation>将 %1 回滚到%2。之后的所有快照以及指向之后快照的所有标签都会被删除：这会丢弃历史，且无法撤销。数据文件会保留，直到 Paimon 清理孤立文件。</translation>
    </message>
    <message>
        <source>The server refuses the rollback if snapshot %1 is no longer the latest.</source>
        <translation>如果快照 %1 已不再是最新快照，服务器会拒绝回滚。</translation>
    </message>
    <message>
        <source>Type the table&apos;s name to confirm:</source>
        <translation>输入表名以确认：</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>回滚(&amp;R)</translation>
    </message>
    <message>
        <source>Type “%1” to confirm.</source>
        <translation>请输入“%1”以确认。</translation>
    </message>
    <message>
        <source>Nothing to confirm.</source>
        <translation>没有需要确认的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n partition(s) of %1 — %2</source>
        <translation>
            <numerusform>删除 %1 的 %n 个分区 — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop %n partition(s) of %1 with their data: %2. On a warehouse folder or a filesystem-backed server the partitions&apos; files leave the table in one commit (they stay on disk until Paimon&apos;s orphan-file cleanup); another server decides itself what a drop does. Older snapshots and tags still read the data.</source>
        <translation>
            <numerusform>删除 %1 的 %n 个分区及其数据：%2。在仓库文件夹或基于文件系统的服务器上，这些分区的文件会在一次提交中从表中移除（文件留在磁盘上，直到 Paimon 清理孤立文件）；其他服务器自行决定删除的含义。较早的快照和标签仍可读取这些数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Drop partitions</source>
        <translation>删除分区(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n partition(s) done — %1</source>
        <translation>
            <numerusform>将 %n 个分区标记为完成 — %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n partition(s) of %1 done: %2. On a warehouse folder this writes each partition&apos;s _SUCCESS file, which tells the jobs waiting for it that the partition is complete.</source>
        <translation>
            <numerusform>将 %1 的 %n 个分区标记为完成：%2。在仓库文件夹上，这会写入每个分区的 _SUCCESS 文件，告诉等待它的作业该分区已完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>标记完成(&amp;M)</translation>
    </message>
    <message>
        <source>Roll back the schema of %1 — %2</source>
        <translation>回滚 %1 的架构 — %2</translation>
    </message>
    <message>
        <source>Roll the schema of %1 back to schema %2: every later schema version is deleted. The catalog refuses while a snapshot, tag or changelog still uses one of them.</source>
        <translation>将 %1 的架构回滚到架构 %2：之后的所有架构版本都会被删除。只要仍有快照、标签或变更日志在使用其中之一，目录就会拒绝。</translation>
    </message>
    <message>
        <source>&amp;Roll back schema</source>
        <translation>回滚架构(&amp;R)</translation>
    </message>
</context>
<context>
    <name>paimon::ui::HistoryEditors</name>
    <message>
        <source>%1 must be a snapshot id (a whole number), not “%2”.</source>
        <translation>%1 必须是快照 ID（整数），而不是“%2”。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::HistoryView</name>
    <message>
        <source>Select a snapshot to see everything it records.</source>
        <translation>选择一个快照以查看其记录的全部内容。</translation>
    </message>
    <message>
        <source>&amp;Tag this snapshot…</source>
        <translation>为此快照打标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Roll &amp;back to this snapshot…</source>
        <translation>回滚到此快照(&amp;B)…</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Nothing was written to this table yet.</source>
        <translation>此表尚未写入任何数据。</translation>
    </message>
    <message>
        <source>&amp;New tag…</source>
        <translation>新建标签(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;branch from tag…</source>
        <translation>从标签新建分支(&amp;B)…</translation>
    </message>
    <message>
        <source>Roll &amp;back to tag…</source>
        <translation>回滚到标签(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Delete tag…</source>
        <translation>删除标签(&amp;D)…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation>没有标签。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New branch…</source>
        <translation>新建分支(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Fast-forward main…</source>
        <translation>快进主分支(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>&amp;Reset or delete…</source>
        <translation>重置或删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>消费者</translation>
    </message>
    <message>
        <source>consumers</source>
        <translation>消费者</translation>
    </message>
    <message>
        <source>No consumers.</source>
        <translation>没有消费者。</translation>
    </message>
    <message>
        <source>Loading the latest snapshot…</source>
        <translation>正在加载最新快照…</translation>
    </message>
    <message>
        <source>This server does not report the table&apos;s latest snapshot.</source>
        <translation>此服务器不报告表的最新快照。</translation>
    </message>
    <message>
        <source>Could not load the latest snapshot: %1</source>
        <translation>无法加载最新快照：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No snapshot yet:&lt;/b&gt; nothing was written to this table.</source>
        <translation>&lt;b&gt;尚无快照：&lt;/b&gt;此表尚未写入任何数据。</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 files · %2</source>
        <translation>%1 个文件 · %2</translation>
    </message>
    <message>
        <source>files and size not reported</source>
        <translation>文件数和大小未报告</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest snapshot %1&lt;/b&gt; · %2 · &lt;span title=&quot;%3&quot;&gt;%4&lt;/span&gt; by %5&lt;br&gt;%6 · %7</source>
        <translation>&lt;b&gt;最新快照 %1&lt;/b&gt; · %2 · &lt;span title=&quot;%3&quot;&gt;%4&lt;/span&gt;，提交者 %5&lt;br&gt;%6 · %7</translation>
    </message>
    <message>
        <source>Loading branches…</source>
        <translation>正在加载分支…</translation>
    </message>
    <message>
        <source>branches</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>No branches besides main.</source>
        <translation>除主分支外没有其他分支。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::ListingModel</name>
    <message>
        <source>the server sent the same page token twice</source>
        <translation>服务器两次返回了同一个分页标记</translation>
    </message>
</context>
<context>
    <name>paimon::ui::MainWindow</name>
    <message>
        <source>Paimon Catalog Browser</source>
        <translation>Paimon 数据目录浏览器</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>活动日志</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n 个请求进行中</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;warehouse folder…</source>
        <translation>打开仓库文件夹(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About Paimon Catalog Browser</source>
        <translation>关于 Paimon 数据目录浏览器</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Paimon Catalog Browser %1&lt;/h3&gt;&lt;p&gt;Browse and export Apache Paimon REST catalogs, Alibaba Cloud DLF among them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paimon 数据目录浏览器 %1&lt;/h3&gt;&lt;p&gt;浏览并导出 Apache Paimon REST 数据目录，包括阿里云 DLF。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>数据目录(&amp;C)</translation>
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
        <source>(test)</source>
        <translation>（测试）</translation>
    </message>
    <message>
        <source>Open warehouse folder</source>
        <translation>打开仓库文件夹</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>&amp;Quick open…</source>
        <translation>快速打开(&amp;Q)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>比较(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
</context>
<context>
    <name>paimon::ui::NavigatorController</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>复制名称(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>筛选(&amp;F)…</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>显示详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>C&amp;lose connection</source>
        <translation>关闭连接(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export definitions…</source>
        <translation>导出定义(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>%1 selected tables of “%2”</source>
        <translation>“%2”中选中的 %1 张表</translation>
    </message>
    <message>
        <source>the table %1.%2 of “%3”</source>
        <translation>“%3”中的表 %1.%2</translation>
    </message>
    <message>
        <source>Filter databases, tables, views and functions (Ctrl+F)</source>
        <translation>筛选数据库、表、视图和函数 (Ctrl+F)</translation>
    </message>
    <message>
        <source>the view %1.%2 of “%3”</source>
        <translation>“%3”的视图 %1.%2</translation>
    </message>
    <message>
        <source>the function %1.%2 of “%3”</source>
        <translation>“%3”的函数 %1.%2</translation>
    </message>
    <message>
        <source>every table, view and function of the database %1 of “%2”</source>
        <translation>“%2”中数据库 %1 的所有表、视图和函数</translation>
    </message>
    <message>
        <source>every table, view and function of every database of “%1”</source>
        <translation>“%1”中所有数据库的所有表、视图和函数</translation>
    </message>
    <message>
        <source>Search everywhere (Ctrl+K)</source>
        <translation>全局搜索 (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>paimon::ui::OptionsGrid</name>
    <message>
        <source>Number of buckets. -1: dynamic bucket mode; -2: postpone mode; a positive number: that many fixed buckets.</source>
        <translation>桶的数量。-1：动态桶模式；-2：延迟模式；正数：固定数量的桶。</translation>
    </message>
    <message>
        <source>Comma-separated columns that decide the bucket of a row. Defaults to the primary key, or the whole row without one.</source>
        <translation>以逗号分隔的列，决定一行所属的桶。默认为主键；没有主键时为整行。</translation>
    </message>
    <message>
        <source>How rows with the same primary key are merged.</source>
        <translation>主键相同的行如何合并。</translation>
    </message>
    <message>
        <source>Whether and how the table produces a complete changelog for streaming readers.</source>
        <translation>表是否以及如何为流式读取者生成完整的变更日志。</translation>
    </message>
    <message>
        <source>The format of the data files.</source>
        <translation>数据文件的格式。</translation>
    </message>
    <message>
        <source>Compression of the data files.</source>
        <translation>数据文件的压缩方式。</translation>
    </message>
    <message>
        <source>Comma-separated columns that order the rows of one primary key; the row with the largest value wins.</source>
        <translation>以逗号分隔的列，用于对同一主键的行排序；值最大的行胜出。</translation>
    </message>
    <message>
        <source>Whether the sequence field orders ascending or descending.</source>
        <translation>序列字段按升序还是降序排序。</translation>
    </message>
    <message>
        <source>Mark deleted rows in deletion vectors instead of merging on read: faster reads, slower writes.</source>
        <translation>在删除向量中标记已删除的行，而不是读取时合并：读取更快，写入更慢。</translation>
    </message>
    <message>
        <source>How long snapshots are kept, e.g. &quot;1 h&quot; or &quot;7 d&quot;.</source>
        <translation>快照的保留时长，例如 &quot;1 h&quot; 或 &quot;7 d&quot;。</translation>
    </message>
    <message>
        <source>The fewest snapshots kept, however old.</source>
        <translation>至少保留的快照数，无论多旧。</translation>
    </message>
    <message>
        <source>The most snapshots kept, however young.</source>
        <translation>最多保留的快照数，无论多新。</translation>
    </message>
    <message>
        <source>How long changelog files are kept, e.g. &quot;1 d&quot;.</source>
        <translation>变更日志文件的保留时长，例如 &quot;1 d&quot;。</translation>
    </message>
    <message>
        <source>Partitions older than this are dropped, e.g. &quot;30 d&quot;.</source>
        <translation>早于此时长的分区将被删除，例如 &quot;30 d&quot;。</translation>
    </message>
    <message>
        <source>How a partition value is read as a time, e.g. &quot;yyyyMMdd&quot;.</source>
        <translation>如何将分区值解析为时间，例如 &quot;yyyyMMdd&quot;。</translation>
    </message>
    <message>
        <source>The size data files are rolled at, e.g. &quot;128 mb&quot;.</source>
        <translation>数据文件滚动的大小，例如 &quot;128 mb&quot;。</translation>
    </message>
    <message>
        <source>Writers skip compaction and expiration; a separate job does them.</source>
        <translation>写入者跳过压缩和过期清理；由单独的作业完成。</translation>
    </message>
    <message>
        <source>Ignore delete records from the input.</source>
        <translation>忽略输入中的删除记录。</translation>
    </message>
    <message>
        <source>Which column statistics are kept in the metadata.</source>
        <translation>元数据中保留哪些列统计信息。</translation>
    </message>
    <message>
        <source>Run a full compaction after this many commits.</source>
        <translation>每隔这么多次提交运行一次全量压缩。</translation>
    </message>
    <message>
        <source>Dynamic bucket mode: rows per bucket before a new one is started.</source>
        <translation>动态桶模式：每个桶在启用新桶前容纳的行数。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Add option</source>
        <translation>添加选项(&amp;A)</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>删除选项</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>默认值：%1。</translation>
    </message>
    <message>
        <source>%1: not one of the common options; it is sent as it is.</source>
        <translation>%1：不是常用选项；将按原样发送。</translation>
    </message>
    <message>
        <source>Type a key to see the common options and what they mean.</source>
        <translation>输入一个键以查看常用选项及其含义。</translation>
    </message>
    <message>
        <source>Option row %1 has a value but no key.</source>
        <translation>选项第 %1 行有值但没有键。</translation>
    </message>
    <message>
        <source>The option %1 is given twice.</source>
        <translation>选项 %1 重复给出。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::PartitionsModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Its share of the table&apos;s %1; the bar compares it with the largest partition loaded.</source>
        <translation>占表的 %1 的比例；条形图与已加载的最大分区比较。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>分桶</translation>
    </message>
</context>
<context>
    <name>paimon::ui::PartitionsView</name>
    <message>
        <source>&amp;Mark done…</source>
        <translation>标记完成(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Filter by the start of the name, e.g. dt=2026-11</source>
        <translation>按名称开头过滤，例如 dt=2026-11</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>No partition has data yet.</source>
        <translation>还没有分区写入数据。</translation>
    </message>
    <message>
        <source>No partition name starts with “%1”.</source>
        <translation>没有以“%1”开头的分区名。</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n 个分区</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 loaded so far</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 rows · %3 files · %4 · %5 marked done</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 行 · %3 个文件 · %4 · %5 个已标记完成</translation>
    </message>
    <message>
        <source>The whole table at snapshot %1: %2 rows · %3 files · %4</source>
        <translation>整张表（快照 %1）：%2 行 · %3 个文件 · %4</translation>
    </message>
</context>
<context>
    <name>paimon::ui::PlanModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>No change in place reaches these (never sent):</source>
        <translation>以下对象无法原地修改（不会发送）：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>needs a recreate</source>
        <translation>需要重建</translation>
    </message>
    <message>
        <source>Only on the right, left alone (nothing is dropped): %1</source>
        <translation>仅在右侧，保持不变（不会删除任何对象）：%1</translation>
    </message>
</context>
<context>
    <name>paimon::ui::ProfileEditor</name>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <source>Paimon REST catalog (server or DLF)</source>
        <translation>Paimon REST 数据目录（服务器或 DLF）</translation>
    </message>
    <message>
        <source>Local warehouse folder</source>
        <translation>本地仓库文件夹</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>DLF access key (optional STS token)</source>
        <translation>DLF 访问密钥（可选 STS 令牌）</translation>
    </message>
    <message>
        <source>DLF token file</source>
        <translation>DLF 令牌文件</translation>
    </message>
    <message>
        <source>DLF ECS instance role</source>
        <translation>DLF ECS 实例角色</translation>
    </message>
    <message>
        <source>the instance&apos;s role</source>
        <translation>该实例的角色</translation>
    </message>
    <message>
        <source>Automatic (by endpoint)</source>
        <translation>自动（按端点）</translation>
    </message>
    <message>
        <source>DLF4-HMAC-SHA256</source>
        <translation>DLF4-HMAC-SHA256</translation>
    </message>
    <message>
        <source>OpenAPI (ACS3-HMAC-SHA256)</source>
        <translation>OpenAPI (ACS3-HMAC-SHA256)</translation>
    </message>
    <message>
        <source>inferred from the URI</source>
        <translation>从 URI 推断</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>添加请求头</translation>
    </message>
    <message>
        <source>Remove the selected header</source>
        <translation>删除所选请求头</translation>
    </message>
    <message>
        <source>system certificates only</source>
        <translation>仅系统证书</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Read-only (no changes are sent)</source>
        <translation>只读（不发送任何更改）</translation>
    </message>
    <message>
        <source>&amp;Production (confirm every change before it is sent)</source>
        <translation>生产环境（每项更改发送前均需确认）(&amp;P)</translation>
    </message>
    <message>
        <source>Connection colour</source>
        <translation>连接颜色</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>URI(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>仓库(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>认证方式(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation>访问密钥 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Access key &amp;secret:</source>
        <translation>访问密钥密文(&amp;S)：</translation>
    </message>
    <message>
        <source>STS to&amp;ken:</source>
        <translation>STS 令牌(&amp;K)：</translation>
    </message>
    <message>
        <source>Token &amp;file:</source>
        <translation>令牌文件(&amp;F)：</translation>
    </message>
    <message>
        <source>ECS &amp;role:</source>
        <translation>ECS 角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation>签名方式(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>附加请求头(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>超时(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>颜色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection runs the configuration handshake and lists one database.</source>
        <translation>“测试连接”会执行配置握手并列出一个数据库。</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Warehouse folder</source>
        <translation>仓库文件夹</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
</context>
<context>
    <name>paimon::ui::QuickOpen</name>
    <message>
        <source>Quick open</source>
        <translation>快速打开</translation>
    </message>
    <message>
        <source>The start of a database, table, view or function name, in every open connection</source>
        <translation>数据库、表、视图或函数名称的开头，在所有已打开的连接中查找</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>%1: not searched: %2 — %3</source>
        <translation>%1：未搜索：%2 — %3</translation>
    </message>
    <message>
        <source>Enter to open; Up and Down to choose; Esc to close.</source>
        <translation>回车打开；上下键选择；Esc 关闭。</translation>
    </message>
    <message numerus="yes">
        <source>Searching %n connection(s)… %1 found so far</source>
        <translation>
            <numerusform>正在搜索 %n 个连接… 目前找到 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing starts with “%1”.</source>
        <translation>没有以“%1”开头的名称。</translation>
    </message>
    <message>
        <source>%1 found.</source>
        <translation>找到 %1 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) not open, not searched: expand one to connect.</source>
        <translation>
            <numerusform>%n 个连接未打开，未搜索：展开连接以连接。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paimon::ui::RenameObjectDialog</name>
    <message>
        <source>Rename table %1.%2 — %3</source>
        <translation>重命名表 %1.%2 — %3</translation>
    </message>
    <message>
        <source>Rename view %1.%2 — %3</source>
        <translation>重命名视图 %1.%2 — %3</translation>
    </message>
    <message>
        <source>Another database moves it there, where the catalog allows it.</source>
        <translation>选择另一个数据库可将其移过去（若目录允许）。</translation>
    </message>
    <message>
        <source>%1.%2</source>
        <translation>%1.%2</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>表：</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Enter the new name.</source>
        <translation>请输入新名称。</translation>
    </message>
    <message>
        <source>The name starts or ends with a space.</source>
        <translation>名称以空格开头或结尾。</translation>
    </message>
    <message>
        <source>Choose a database.</source>
        <translation>请选择一个数据库。</translation>
    </message>
    <message>
        <source>The new name is the name it has now.</source>
        <translation>新名称与当前名称相同。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::SchemasView</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Changes from the previous</source>
        <translation>相对上一版本的变更</translation>
    </message>
    <message>
        <source>Roll &amp;back to this schema…</source>
        <translation>回滚到此架构(&amp;B)…</translation>
    </message>
    <message>
        <source>Changes from schema:</source>
        <translation>相对架构的变更：</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Loading the schema versions…</source>
        <translation>正在加载架构版本…</translation>
    </message>
    <message>
        <source>Older schema versions are not available here: %1</source>
        <translation>此处无法获取旧的架构版本：%1</translation>
    </message>
    <message>
        <source>The schema versions could not be loaded: %1</source>
        <translation>无法加载架构版本：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n schema version(s); the last one is the table&apos;s current schema.</source>
        <translation>
            <numerusform>%n 个架构版本；最后一个是表的当前架构。</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>The snapshots could not be read: %1</source>
        <translation>无法读取快照：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (1)</source>
        <translation>%1（1 个）</translation>
    </message>
    <message>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2（%3 个）</translation>
    </message>
    <message>
        <source>The table&apos;s snapshots used these schema ids:</source>
        <translation>该表的快照使用了以下 schema ID：</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>服务器不提供</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>paimon::ui::SecretStore</name>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>无法使用系统钥匙串：%1</translation>
    </message>
</context>
<context>
    <name>paimon::ui::SnapshotsModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Commit user</source>
        <translation>提交用户</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>表结构</translation>
    </message>
    <message>
        <source>Rows in commit</source>
        <translation>本次提交行数</translation>
    </message>
    <message>
        <source>Changelog rows</source>
        <translation>变更日志行数</translation>
    </message>
    <message>
        <source>Total rows</source>
        <translation>总行数</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>水位线</translation>
    </message>
</context>
<context>
    <name>paimon::ui::TableEditor</name>
    <message>
        <source>New table in %1 — %2</source>
        <translation>在 %1 中新建表 — %2</translation>
    </message>
    <message>
        <source>Edit table %1.%2 — %3</source>
        <translation>编辑表 %1.%2 — %3</translation>
    </message>
    <message>
        <source>the new table&apos;s name</source>
        <translation>新表的名称</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Add column</source>
        <translation>添加列(&amp;A)</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Build &amp;type…</source>
        <translation>构建类型(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>What the table holds (optional)</source>
        <translation>表中存放的内容（可选）</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>选项(&amp;O)</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>注释(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Primary key: %1    Partitioned by: %2</source>
        <translation>主键：%1    分区依据：%2</translation>
    </message>
    <message>
        <source>Loading the table&apos;s current schema…</source>
        <translation>正在加载表的当前结构…</translation>
    </message>
    <message>
        <source>The table could not be loaded; nothing can be changed.
%1</source>
        <translation>无法加载该表，无法进行任何更改。
%1</translation>
    </message>
    <message>
        <source>The table has changed, and your edits no longer apply to it: %1
The form still holds your edits. Cancel and open the editor again to start from the current table.</source>
        <translation>该表已发生变化，您的编辑不再适用：%1
表单中仍保留您的编辑。请取消并重新打开编辑器，从当前的表开始。</translation>
    </message>
    <message>
        <source>Reloaded: your edits are applied to the table as it is now. Check the preview, then press Apply.</source>
        <translation>已重新加载：您的编辑已应用到表的当前状态上。请检查预览，然后按“应用”。</translation>
    </message>
    <message>
        <source>The table&apos;s schema is not loaded yet.</source>
        <translation>表结构尚未加载。</translation>
    </message>
    <message>
        <source>Enter a name for the table.</source>
        <translation>请输入表名。</translation>
    </message>
    <message>
        <source>The table name starts or ends with a space.</source>
        <translation>表名以空格开头或结尾。</translation>
    </message>
    <message>
        <source>Nothing to change: the form matches the table.</source>
        <translation>没有需要更改的内容：表单与表一致。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::TablePane</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>可为空</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Keys and options</source>
        <translation>键和选项</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Table %1.%2</source>
        <translation>表 %1.%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主键</translation>
    </message>
    <message>
        <source>partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Primary key: %1
Partition keys: %2
Comment: %3</source>
        <translation>主键：%1
分区键：%2
注释：%3</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>路径：</translation>
    </message>
    <message>
        <source>Schema ID:</source>
        <translation>结构 ID：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>所有者：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新时间：</translation>
    </message>
    <message>
        <source>External:</source>
        <translation>外部表：</translation>
    </message>
    <message>
        <source>Show &amp;main branch</source>
        <translation>显示主分支(&amp;M)</translation>
    </message>
    <message>
        <source>Table %1.%2, branch %3</source>
        <translation>表 %1.%2，分支 %3</translation>
    </message>
</context>
<context>
    <name>paimon::ui::TagEditor</name>
    <message>
        <source>New tag on %1 — %2</source>
        <translation>为 %1 新建标签 — %2</translation>
    </message>
    <message>
        <source>e.g. release-2026-11</source>
        <translation>例如 release-2026-11</translation>
    </message>
    <message>
        <source>empty: the latest snapshot</source>
        <translation>留空：最新快照</translation>
    </message>
    <message>
        <source>optional: 7d, 12 h, 30min; empty keeps it until deleted</source>
        <translation>可选：7d、12 h、30min；留空则一直保留到被删除</translation>
    </message>
    <message>
        <source>&amp;Tag name:</source>
        <translation>标签名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation>快照(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>保留时长(&amp;K)：</translation>
    </message>
    <message>
        <source>A tag keeps its snapshot readable after the snapshot expires; with a retention time Paimon deletes the tag when the time has passed.</source>
        <translation>标签让其快照在过期后仍可读取；设置了保留时长时，Paimon 会在时长到期后删除该标签。</translation>
    </message>
    <message>
        <source>&amp;Create tag</source>
        <translation>创建标签(&amp;C)</translation>
    </message>
    <message>
        <source>Tag name: give the tag a name.</source>
        <translation>标签名称：请为标签命名。</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Keep for: “%1” is not a duration such as 7d, 12 h or 30min.</source>
        <translation>保留时长：“%1”不是 7d、12 h 或 30min 这样的时长。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::TagsModel</name>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>could not load</source>
        <translation>无法加载</translation>
    </message>
    <message>
        <source>until deleted</source>
        <translation>直到删除</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Snapshot time</source>
        <translation>快照时间</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>保留时长</translation>
    </message>
</context>
<context>
    <name>paimon::ui::TypeBuilder</name>
    <message>
        <source>Enter a type, e.g. BIGINT, STRING, DECIMAL(10, 2).</source>
        <translation>请输入类型，例如 BIGINT、STRING、DECIMAL(10, 2)。</translation>
    </message>
    <message>
        <source>Not a type: %1 (at character %2)</source>
        <translation>不是有效类型：%1（第 %2 个字符处）</translation>
    </message>
    <message>
        <source>Build a type</source>
        <translation>构建类型</translation>
    </message>
    <message>
        <source>NOT &amp;NULL</source>
        <translation>NOT NULL(&amp;N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>类型族(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>长度(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>小数位数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>键类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Element type:</source>
        <translation>元素类型(&amp;E)：</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>添加字段(&amp;F)</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <source>Build field type…</source>
        <translation>构建字段类型…</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Build this type by its parts</source>
        <translation>按组成部分构建此类型</translation>
    </message>
    <message>
        <source>&amp;Value type:</source>
        <translation>值类型(&amp;V)：</translation>
    </message>
    <message>
        <source>Every field needs a name and a valid type.</source>
        <translation>每个字段都需要名称和有效的类型。</translation>
    </message>
    <message>
        <source>These parts do not make a type.</source>
        <translation>这些组成部分无法构成一个类型。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::ViewEditor</name>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>New view in %1 — %2</source>
        <translation>在 %1 中新建视图 — %2</translation>
    </message>
    <message>
        <source>Edit view %1.%2 — %3</source>
        <translation>编辑视图 %1.%2 — %3</translation>
    </message>
    <message>
        <source>the new view&apos;s name</source>
        <translation>新视图的名称</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>注释(&amp;O)：</translation>
    </message>
    <message>
        <source>Add &amp;dialect…</source>
        <translation>添加方言(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Remove dialect</source>
        <translation>移除方言(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Queries</source>
        <translation>查询(&amp;Q)</translation>
    </message>
    <message>
        <source>A view&apos;s columns and default query cannot be changed in place; drop the view and create it again to change them.</source>
        <translation>视图的列和默认查询无法原地修改；如需修改，请删除视图后重新创建。</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>O&amp;ptions</source>
        <translation>选项(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Default query</source>
        <translation>默认查询</translation>
    </message>
    <message>
        <source>SELECT … — the query engines without a dialect of their own run</source>
        <translation>SELECT … — 没有专属方言的引擎运行此查询</translation>
    </message>
    <message>
        <source>SELECT … as %1 runs it</source>
        <translation>SELECT … — %1 运行的查询</translation>
    </message>
    <message>
        <source>Add dialect</source>
        <translation>添加方言</translation>
    </message>
    <message>
        <source>The SQL dialect (engine) that runs this query:</source>
        <translation>运行此查询的 SQL 方言（引擎）：</translation>
    </message>
    <message>
        <source>Loading the view…</source>
        <translation>正在加载视图…</translation>
    </message>
    <message>
        <source>The view could not be loaded; nothing can be changed.
%1</source>
        <translation>无法加载视图；无法进行任何修改。
%1</translation>
    </message>
    <message>
        <source>Reloaded. Your edits are kept and compared with the view as it is now; press Apply to send them.</source>
        <translation>已重新加载。您的修改已保留，并与视图的当前状态比较；按“应用”发送。</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Enter the view&apos;s query.</source>
        <translation>请输入视图的查询。</translation>
    </message>
    <message>
        <source>Enter the %1 query, or remove the dialect.</source>
        <translation>请输入 %1 查询，或移除该方言。</translation>
    </message>
    <message>
        <source>A view needs at least one column.</source>
        <translation>视图至少需要一列。</translation>
    </message>
    <message>
        <source>The view is not loaded yet.</source>
        <translation>视图尚未加载。</translation>
    </message>
    <message>
        <source>Nothing to change: the view is as it was.</source>
        <translation>没有要修改的内容：视图与之前相同。</translation>
    </message>
</context>
<context>
    <name>paimon::ui::ViewPane</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Dialect:</source>
        <translation>方言：</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>View %1.%2</source>
        <translation>视图 %1.%2</translation>
    </message>
    <message>
        <source>Default query</source>
        <translation>默认查询</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>所有者：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新：</translation>
    </message>
    <message>
        <source>Dialects:</source>
        <translation>方言数：</translation>
    </message>
</context>
</TS>
