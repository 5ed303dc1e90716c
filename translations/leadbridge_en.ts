<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>LeadBridge::KeychainSecretStore</name>
    <message>
        <source>%1 The key is kept in memory for this session only; you will be asked again next time.</source>
        <translation>%1 The key is kept in memory for this session only; you will be asked again next time.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::MainWindow</name>
    <message>
        <source>LeadBridge: Calltouch and retailCRM</source>
        <translation>LeadBridge: Calltouch and retailCRM</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SecretStore</name>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>The system keychain did not answer in time.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>The system keychain is not available (%1).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Cannot create the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Cannot read the database %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It was moved to %2 and kept; LeadBridge will start with an empty history.</source>
        <translation>The database %1 is damaged. It was moved to %2 and kept; LeadBridge will start with an empty history.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer LeadBridge (schema %2; this version knows %3). Update LeadBridge.</source>
        <translation>The database %1 was written by a newer LeadBridge (schema %2; this version knows %3). Update LeadBridge.</translation>
    </message>
    <message>
        <source>Cannot upgrade the database to schema %1: %2</source>
        <translation>Cannot upgrade the database to schema %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadBridge: Calltouch leads become retailCRM orders, and retailCRM orders become Calltouch deals.</source>
        <translation>LeadBridge: Calltouch leads become retailCRM orders, and retailCRM orders become Calltouch deals.</translation>
    </message>
    <message>
        <source>Use this settings file (INI).</source>
        <translation>Use this settings file (INI).</translation>
    </message>
    <message>
        <source>Use this database file.</source>
        <translation>Use this database file.</translation>
    </message>
    <message>
        <source>Interface language: ru or en.</source>
        <translation>Interface language: ru or en.</translation>
    </message>
    <message>
        <source>Run leadbridge --help for the options.</source>
        <translation>Run leadbridge --help for the options.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use ru or en.</source>
        <translation>Unknown language "%1": use ru or en.</translation>
    </message>
</context>
</TS>
