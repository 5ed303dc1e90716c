<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>LeadBridge::KeychainSecretStore</name>
    <message>
        <source>%1 The key is kept in memory for this session only; you will be asked again next time.</source>
        <translation>%1 Ключ хранится в памяти только до конца этого сеанса; в следующий раз его придётся ввести снова.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::MainWindow</name>
    <message>
        <source>LeadBridge: Calltouch and retailCRM</source>
        <translation>LeadBridge: Calltouch и retailCRM</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SecretStore</name>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Системное хранилище паролей не ответило вовремя.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>Системное хранилище паролей недоступно (%1).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Не удаётся создать базу данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Не удаётся открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Не удаётся прочитать базу данных %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It was moved to %2 and kept; LeadBridge will start with an empty history.</source>
        <translation>База данных %1 повреждена. Она перемещена в %2 и сохранена; LeadBridge начнёт с пустой историей.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer LeadBridge (schema %2; this version knows %3). Update LeadBridge.</source>
        <translation>База данных %1 создана более новой версией LeadBridge (схема %2; эта версия знает %3). Обновите LeadBridge.</translation>
    </message>
    <message>
        <source>Cannot upgrade the database to schema %1: %2</source>
        <translation>Не удаётся обновить базу данных до схемы %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadBridge: Calltouch leads become retailCRM orders, and retailCRM orders become Calltouch deals.</source>
        <translation>LeadBridge: лиды Calltouch становятся заказами retailCRM, а заказы retailCRM — сделками Calltouch.</translation>
    </message>
    <message>
        <source>Use this settings file (INI).</source>
        <translation>Использовать этот файл настроек (INI).</translation>
    </message>
    <message>
        <source>Use this database file.</source>
        <translation>Использовать этот файл базы данных.</translation>
    </message>
    <message>
        <source>Interface language: ru or en.</source>
        <translation>Язык интерфейса: ru или en.</translation>
    </message>
    <message>
        <source>Run leadbridge --help for the options.</source>
        <translation>Список параметров: leadbridge --help.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use ru or en.</source>
        <translation>Неизвестный язык «%1»: укажите ru или en.</translation>
    </message>
</context>
</TS>
