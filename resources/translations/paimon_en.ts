<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paimon::ui::CatalogTreeModel</name>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paimon::ui::DropDatabaseDialog</name>
    <message numerus="yes">
        <source>It holds %n table(s).</source>
        <translation>
            <numerusform>It holds %n table.</numerusform>
            <numerusform>It holds %n tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database holds %n table(s). Tick “Drop its tables too” to drop them with it.</source>
        <translation>
            <numerusform>The database holds %n table. Tick “Drop its tables too” to drop it with the database.</numerusform>
            <numerusform>The database holds %n tables. Tick “Drop its tables too” to drop them with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paimon::ui::HistoryConfirmDialog</name>
    <message numerus="yes">
        <source>Drop %n partition(s) of %1 — %2</source>
        <translation>
            <numerusform>Drop %n partition of %1 — %2</numerusform>
            <numerusform>Drop %n partitions of %1 — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop %n partition(s) of %1 with their data: %2. On a warehouse folder or a filesystem-backed server the partitions&apos; files leave the table in one commit (they stay on disk until Paimon&apos;s orphan-file cleanup); another server decides itself what a drop does. Older snapshots and tags still read the data.</source>
        <translation>
            <numerusform>Drop %n partition of %1 with its data: %2. On a warehouse folder or a filesystem-backed server the partition&apos;s files leave the table in one commit (they stay on disk until Paimon&apos;s orphan-file cleanup); another server decides itself what a drop does. Older snapshots and tags still read the data.</numerusform>
            <numerusform>Drop %n partitions of %1 with their data: %2. On a warehouse folder or a filesystem-backed server the partitions&apos; files leave the table in one commit (they stay on disk until Paimon&apos;s orphan-file cleanup); another server decides itself what a drop does. Older snapshots and tags still read the data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n partition(s) done — %1</source>
        <translation>
            <numerusform>Mark %n partition done — %1</numerusform>
            <numerusform>Mark %n partitions done — %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n partition(s) of %1 done: %2. On a warehouse folder this writes each partition&apos;s _SUCCESS file, which tells the jobs waiting for it that the partition is complete.</source>
        <translation>
            <numerusform>Mark %n partition of %1 done: %2. On a warehouse folder this writes the partition&apos;s _SUCCESS file, which tells the jobs waiting for it that the partition is complete.</numerusform>
            <numerusform>Mark %n partitions of %1 done: %2. On a warehouse folder this writes each partition&apos;s _SUCCESS file, which tells the jobs waiting for it that the partition is complete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paimon::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paimon::ui::PartitionsView</name>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n partition</numerusform>
            <numerusform>%n partitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paimon::ui::QuickOpen</name>
    <message numerus="yes">
        <source>Searching %n connection(s)… %1 found so far</source>
        <translation>
            <numerusform>Searching %n connection… %1 found so far</numerusform>
            <numerusform>Searching %n connections… %1 found so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) not open, not searched: expand one to connect.</source>
        <translation>
            <numerusform>%n connection not open, not searched: expand one to connect.</numerusform>
            <numerusform>%n connections not open, not searched: expand one to connect.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paimon::ui::SchemasView</name>
    <message numerus="yes">
        <source>%n schema version(s); the last one is the table&apos;s current schema.</source>
        <translation>
            <numerusform>%n schema version; the last one is the table&apos;s current schema.</numerusform>
            <numerusform>%n schema versions; the last one is the table&apos;s current schema.</numerusform>
        </translation>
    </message>
</context>
</TS>
