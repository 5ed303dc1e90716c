<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>LeadBridge::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (собрано с %2)</translation>
    </message>
    <message>
        <source>About LeadBridge</source>
        <translation>О программе LeadBridge</translation>
    </message>
    <message>
        <source>Licence: proprietary; for use under your licence agreement.</source>
        <translation>Лицензия: проприетарная; использование по вашему лицензионному договору.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Файл настроек:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Журналы:</translation>
    </message>
    <message>
        <source>Standard error: the terminal, or the user journal when started from the desktop (journalctl --user). As a service: journalctl -u leadbridge-headless@NAME</source>
        <translation>Стандартный поток ошибок: терминал или журнал пользователя при запуске с рабочего стола (journalctl --user). Как служба: journalctl -u leadbridge-headless@NAME</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Help: using LeadBridge</source>
        <translation>Справка: как пользоваться LeadBridge</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ApiError</name>
    <message>
        <source>No error.</source>
        <translation>Ошибок нет.</translation>
    </message>
    <message>
        <source>The service cannot be reached. Check the address and the Internet connection.</source>
        <translation>Сервис недоступен. Проверьте адрес и подключение к интернету.</translation>
    </message>
    <message>
        <source>The service did not answer in time. LeadBridge will try again.</source>
        <translation>Сервис не ответил вовремя. LeadBridge повторит попытку.</translation>
    </message>
    <message>
        <source>The secure connection failed (certificate problem). Check the address; LeadBridge never ignores certificate errors.</source>
        <translation>Не удалось установить защищённое соединение (проблема с сертификатом). Проверьте адрес; LeadBridge никогда не игнорирует ошибки сертификатов.</translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is only allowed for this computer (127.0.0.1).</source>
        <translation>Адрес должен начинаться с https://. Обычный http:// допускается только для этого компьютера (127.0.0.1).</translation>
    </message>
    <message>
        <source>The key or token was rejected. Check it, or create a new one.</source>
        <translation>Ключ или токен отклонён. Проверьте его или создайте новый.</translation>
    </message>
    <message>
        <source>The key is valid but lacks a permission for this operation. Tick the missing permissions for the key and try again.</source>
        <translation>Ключ действителен, но у него нет прав на эту операцию. Отметьте для ключа недостающие права и повторите попытку.</translation>
    </message>
    <message>
        <source>The service says it does not know this item or method.</source>
        <translation>Сервис сообщает, что такой объект или метод ему неизвестен.</translation>
    </message>
    <message>
        <source>The service rejected the data.</source>
        <translation>Сервис отклонил данные.</translation>
    </message>
    <message>
        <source>The service asks to slow down (too many requests). LeadBridge will wait and retry.</source>
        <translation>Сервис просит снизить частоту обращений (слишком много запросов). LeadBridge подождёт и повторит попытку.</translation>
    </message>
    <message>
        <source>The retailCRM account has reached a limit of its plan.</source>
        <translation>Аккаунт retailCRM достиг ограничения своего тарифа.</translation>
    </message>
    <message>
        <source>The service has a problem on its side. LeadBridge will try again.</source>
        <translation>На стороне сервиса произошла ошибка. LeadBridge повторит попытку.</translation>
    </message>
    <message>
        <source>The service answered with something that is not its API (for example an HTML page). Check the address.</source>
        <translation>Сервис вернул ответ, не похожий на ответ его API (например, HTML-страницу). Проверьте адрес.</translation>
    </message>
    <message>
        <source>The answer to a write was lost. LeadBridge will check what was saved before it writes again.</source>
        <translation>Ответ на запись данных потерян. Перед повторной записью LeadBridge проверит, что уже сохранено.</translation>
    </message>
    <message>
        <source>There is no retailCRM account at this address. Check the address: it usually looks like https://&lt;name&gt;.retailcrm.ru.</source>
        <translation>По этому адресу нет аккаунта retailCRM. Проверьте адрес: обычно он выглядит как https://&lt;имя&gt;.retailcrm.ru.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ApiTransport</name>
    <message>
        <source>answer too large (more than %1 MiB); it was not read</source>
        <translation>ответ слишком большой (больше %1 МиБ); он не прочитан</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Calltouch</name>
    <message>
        <source>The answer is not valid JSON (%1).</source>
        <translation>Ответ не является корректным JSON (%1).</translation>
    </message>
    <message>
        <source>A call record has no callId.</source>
        <translation>В записи о звонке нет callId.</translation>
    </message>
    <message>
        <source>The calls journal answer is neither a list nor a page with records.</source>
        <translation>Ответ журнала звонков не является ни списком, ни страницей с записями.</translation>
    </message>
    <message>
        <source>A request record has no requestId.</source>
        <translation>В записи о заявке нет requestId.</translation>
    </message>
    <message>
        <source>The requests journal answer is not a list of requests.</source>
        <translation>Ответ журнала заявок не является списком заявок.</translation>
    </message>
    <message>
        <source>The deals journal answer is not a page with records.</source>
        <translation>Ответ журнала сделок не является страницей с записями.</translation>
    </message>
    <message>
        <source>The webhook has no lead id (kind: %1).</source>
        <translation>В вебхуке нет ID лида (тип: %1).</translation>
    </message>
    <message>
        <source>Calltouch rejected the data: %1</source>
        <translation>Calltouch отклонил данные: %1</translation>
    </message>
    <message>
        <source>Calltouch error %1: %2</source>
        <translation>Ошибка Calltouch %1: %2</translation>
    </message>
    <message>
        <source>The deals answer has no data.orders list.</source>
        <translation>В ответе по сделкам нет списка data.orders.</translation>
    </message>
    <message>
        <source>Calltouch returned no result for this deal.</source>
        <translation>Calltouch не вернул результат по этой сделке.</translation>
    </message>
    <message>
        <source>Calltouch rejected the API token or the site ID (HTTP %1). Check both in the Calltouch account under Integrations, API.</source>
        <translation>Calltouch отклонил API-токен или ID сайта (HTTP %1). Проверьте оба значения в личном кабинете Calltouch в разделе «Интеграции» → API.</translation>
    </message>
    <message>
        <source>The address answered with a redirect (HTTP %1): it is not the Calltouch API address. Check the Calltouch API address setting (normally https://api.calltouch.ru).</source>
        <translation>Адрес ответил перенаправлением (HTTP %1): это не адрес API Calltouch. Проверьте настройку адреса API Calltouch (обычно https://api.calltouch.ru).</translation>
    </message>
    <message>
        <source>The address answered with a page that is not JSON (HTTP %1): it is not the Calltouch API address. Check the Calltouch API address setting (normally https://api.calltouch.ru).</source>
        <translation>Адрес вернул страницу не в формате JSON (HTTP %1): это не адрес API Calltouch. Проверьте настройку адреса API Calltouch (обычно https://api.calltouch.ru).</translation>
    </message>
    <message>
        <source>The journal page has an impossible "%1": %2.</source>
        <translation>В странице журнала невозможное значение «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Calltouch::Client</name>
    <message>
        <source>The period %1 to %2 is not a valid range of days.</source>
        <translation>Период с %1 по %2 не является корректным диапазоном дней.</translation>
    </message>
    <message>
        <source>The address answers with JSON that is not the Calltouch calls journal: it is not the Calltouch API address. %1</source>
        <translation>Адрес возвращает JSON, не похожий на журнал звонков Calltouch: это не адрес API Calltouch. %1</translation>
    </message>
    <message>
        <source>Calltouch keeps sending pages (more than %1); the read was stopped.</source>
        <translation>Calltouch присылает всё новые страницы (больше %1); чтение остановлено.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::CalltouchPage</name>
    <message>
        <source>Connected to Calltouch.</source>
        <translation>Подключение к Calltouch установлено.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the API address and the Internet connection.</source>
        <translation>Не удалось подключиться к %1. Проверьте адрес API и подключение к интернету.</translation>
    </message>
    <message>
        <source>%1 is not the Calltouch API address. The usual address is https://api.calltouch.ru.</source>
        <translation>%1 — не адрес API Calltouch. Обычный адрес: https://api.calltouch.ru.</translation>
    </message>
    <message>
        <source>Calltouch did not accept this site ID and token. Check both in your Calltouch account's API settings: the token must belong to this site.</source>
        <translation>Calltouch не принял этот ID сайта и токен. Проверьте оба значения в настройках API личного кабинета Calltouch: токен должен относиться к этому сайту.</translation>
    </message>
    <message>
        <source>Connect Calltouch</source>
        <translation>Подключение к Calltouch</translation>
    </message>
    <message>
        <source>LeadBridge reads calls, requests and chats from Calltouch and sends deals back.</source>
        <translation>LeadBridge получает из Calltouch звонки, заявки и чаты и отправляет обратно сделки.</translation>
    </message>
    <message>
        <source>Enter the Calltouch site ID and the API token. LeadBridge checks them before you go on.</source>
        <translation>Введите ID сайта в Calltouch и API-токен. LeadBridge проверит их, прежде чем продолжить.</translation>
    </message>
    <message>
        <source>Site ID:</source>
        <translation>ID сайта:</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API-токен:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Адрес API:</translation>
    </message>
    <message>
        <source>Both are in your Calltouch account's API settings. Leave the API address as it is unless Calltouch support told you otherwise.</source>
        <translation>Оба значения есть в настройках API личного кабинета Calltouch. Не меняйте адрес API, если поддержка Calltouch не указала другой.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ChatsPage</name>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Optional: chats need a public https address for Calltouch to call. You can turn this on later in Settings.</source>
        <translation>Необязательно: для чатов нужен публичный https-адрес, на который будет обращаться Calltouch. Это можно включить позже в настройках.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::CheckStatus</name>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Отменить проверку</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ConnectionPage</name>
    <message>
        <source>Check cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is only allowed for this computer (localhost).</source>
        <translation>Адрес должен начинаться с https://. Обычный http:// допускается только для этого компьютера (localhost).</translation>
    </message>
    <message>
        <source>%1 asks to slow down (too many requests). Wait a minute and press Next again.</source>
        <translation>%1 просит снизить частоту обращений (слишком много запросов). Подождите минуту и снова нажмите «Далее».</translation>
    </message>
    <message>
        <source>Next is available once every field is filled in. Still empty: %1.</source>
        <translation>«Далее» станет доступно, когда заполнены все поля. Пока пусто: %1.</translation>
    </message>
    <message>
        <source>Sandbox — demo data. The simulated %1 on this computer accepts:
%2</source>
        <translation>Песочница — демо-данные. Имитация %1 на этом компьютере принимает:
%2</translation>
    </message>
    <message>
        <source>Fill in the demo values</source>
        <translation>Подставить демо-значения</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Dashboard</name>
    <message>
        <source>Leads per day, last 14 days</source>
        <translation>Лиды по дням за последние 14 дней</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>order action and count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lead not found</source>
        <translation>Лид не найден</translation>
    </message>
    <message>
        <source>Matched by Calltouch</source>
        <translation>Сопоставлено в Calltouch</translation>
    </message>
    <message>
        <source>No UTM source</source>
        <translation>Без UTM-источника</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <source>Leads per day, last 14 days (none yet)</source>
        <translation>Лиды по дням за последние 14 дней (пока нет)</translation>
    </message>
    <message>
        <source>Deal revenue by lead source (no deals yet)</source>
        <translation>Выручка сделок по источникам лидов (сделок пока нет)</translation>
    </message>
    <message>
        <source>What the leads did to orders</source>
        <translation>Как лиды повлияли на заказы</translation>
    </message>
    <message>
        <source>What the leads did to orders (nothing yet)</source>
        <translation>Как лиды повлияли на заказы (пока нет данных)</translation>
    </message>
    <message>
        <source>Calltouch bound these orders to a lead through the customer's contacts.</source>
        <translation>Calltouch связал эти заказы с лидом по контактам клиента.</translation>
    </message>
    <message>
        <source>The bound lead came without a utm_source (e.g. a direct call).</source>
        <translation>Связанный лид пришёл без utm_source (например, прямой звонок).</translation>
    </message>
    <message>
        <source>The sources after the %1 largest.</source>
        <translation>Источники после %1 крупнейших.</translation>
    </message>
    <message>
        <source>Deal revenue by lead source</source>
        <translation>Выручка сделок по источникам лидов</translation>
    </message>
    <message>
        <source>Lead not found: orders whose phone or e-mail matched no Calltouch lead (offline or repeat customers).</source>
        <translation>Лид не найден: заказы, телефон или e-mail которых не совпал ни с одним лидом Calltouch (офлайн-продажи или повторные клиенты).</translation>
    </message>
    <message>
        <source>Orders whose phone or e-mail matched no Calltouch lead: offline sales, or repeat customers who did not call or write this time.</source>
        <translation>Заказы, телефон или e-mail которых не совпал ни с одним лидом Calltouch: офлайн-продажи или повторные клиенты, которые в этот раз не звонили и не писали.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::DatabaseLock</name>
    <message>
        <source>The database %1 is in use by another LeadBridge (process %2 on %3, since %4). Only one LeadBridge may use a database: close the other one first.</source>
        <translation>Базу данных %1 использует другой LeadBridge (процесс %2 на %3, с %4). Одну базу может использовать только один LeadBridge: сначала закройте другой.</translation>
    </message>
    <message>
        <source>The database %1 is in use by another LeadBridge (its lock file %2 cannot be read). Close the other one first.</source>
        <translation>Базу данных %1 использует другой LeadBridge (его файл блокировки %2 не читается). Сначала закройте другой.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: the folder is not writable.</source>
        <translation>Не удалось создать файл блокировки %1: в папку нельзя писать.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Не удалось создать файл блокировки %1.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::DealModel</name>
    <message>
        <source>All deals</source>
        <translation>Все сделки</translation>
    </message>
    <message>
        <source>Bound to a lead</source>
        <translation>Привязаны к лиду</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last pushed</source>
        <translation>Последняя отправка</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>lead and its utm_source</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>LeadBridge::DesktopSession</name>
    <message>
        <source>LeadBridge</source>
        <translation>LeadBridge</translation>
    </message>
    <message>
        <source>Could not start the sandbox.</source>
        <translation>Не удалось запустить песочницу.</translation>
    </message>
    <message>
        <source>Sandbox, demo data</source>
        <translation>Песочница, демо-данные</translation>
    </message>
</context>
<context>
    <name>LeadBridge::DetailsDialog</name>
    <message>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Форма:</translation>
    </message>
    <message>
        <source>UTM:</source>
        <translation>UTM:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Что произошло:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Заказ:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Попытки:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Raw data from Calltouch</source>
        <translation>Исходные данные из Calltouch</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Магазин:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>Лид:</translation>
    </message>
    <message>
        <source>Deal of order %1</source>
        <translation>Сделка по заказу %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Revenue:</source>
        <translation>Выручка:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <source>Customer contact:</source>
        <translation>Контакт клиента:</translation>
    </message>
    <message>
        <source>How it was bound:</source>
        <translation>Как привязана:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Calltouch deal:</source>
        <translation>Сделка в Calltouch:</translation>
    </message>
    <message>
        <source>Last pushed:</source>
        <translation>Последняя отправка:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Ошибка:</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Сообщение:</translation>
    </message>
    <message>
        <source>Next retry:</source>
        <translation>Следующая попытка:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Решена:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Resend now…</source>
        <translation>Отправить повторно…</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Already in order %1 (by this lead): nothing was changed.</source>
        <translation>Уже в заказе %1 (от этого лида): ничего не изменено.</translation>
    </message>
    <message>
        <source>Checked again: in its order</source>
        <translation>Проверен повторно: уже в заказе</translation>
    </message>
    <message>
        <source>Will be sent:</source>
        <translation>Будет отправлен:</translation>
    </message>
    <message>
        <source>with the next sync</source>
        <translation>при следующей синхронизации</translation>
    </message>
    <message>
        <source>Why it waits:</source>
        <translation>Почему ожидает:</translation>
    </message>
    <message>
        <source>An earlier attempt failed; it is tried again at this time.</source>
        <translation>Предыдущая попытка не удалась; повтор будет в это время.</translation>
    </message>
    <message>
        <source>New leads are sent by the next sync cycle, once the delay after the call or request has passed (Calltouch completes the lead's data meanwhile).</source>
        <translation>Новые лиды отправляются в следующем цикле синхронизации, когда пройдёт задержка после звонка или заявки (за это время Calltouch дополняет данные лида).</translation>
    </message>
    <message>
        <source>only when you resend it</source>
        <translation>только если вы отправите его повторно</translation>
    </message>
    <message>
        <source>The last attempt failed; it is tried again automatically at this time.</source>
        <translation>Последняя попытка не удалась; в это время будет автоматический повтор.</translation>
    </message>
    <message>
        <source>Waiting cannot help (the data must be corrected first): it is not tried again by itself.</source>
        <translation>Ожидание не поможет (сначала нужно исправить данные): автоматического повтора не будет.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Что сделать:</translation>
    </message>
</context>
<context>
    <name>LeadBridge::DryRunPlanner</name>
    <message>
        <source>retailCRM order %1 of this customer has no valid creation date, so the newest order cannot be told; correct the order in retailCRM.</source>
        <translation>У заказа %1 этого клиента в retailCRM нет корректной даты создания, поэтому нельзя определить последний заказ; исправьте заказ в retailCRM.</translation>
    </message>
    <message>
        <source>new (lead %1)</source>
        <translation>новый (лид %1)</translation>
    </message>
</context>
<context>
    <name>LeadBridge::DryRunReport</name>
    <message>
        <source>%1 lead(s) read from Calltouch: %2 new customer(s) with an order, %3 new order(s) for existing customers, %4 open order(s) completed with the lead, %5 skipped, %6 without a contact, %7 of a kind switched off, %8 not readable in retailCRM.</source>
        <translation>Прочитано лидов из Calltouch: %1. Новых клиентов с заказом: %2, новых заказов у существующих клиентов: %3, дополнено открытых заказов: %4, пропущено: %5, без контакта: %6, отключённого типа: %7, не прочитано в retailCRM: %8.</translation>
    </message>
    <message>
        <source>Create customer and order</source>
        <translation>Создать клиента и заказ</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>Создать заказ</translation>
    </message>
    <message>
        <source>Update order</source>
        <translation>Обновить заказ</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Нет контакта</translation>
    </message>
    <message>
        <source>Kind switched off</source>
        <translation>Тип отключён</translation>
    </message>
    <message>
        <source>Not readable</source>
        <translation>Не прочитано</translation>
    </message>
    <message>
        <source>The lead has neither a phone nor an e-mail, so it cannot be matched to a customer.</source>
        <translation>У лида нет ни телефона, ни e-mail, поэтому его нельзя сопоставить с клиентом.</translation>
    </message>
    <message>
        <source>No customer with this contact: a customer and an order would be created.</source>
        <translation>Клиента с таким контактом нет: будут созданы клиент и заказ.</translation>
    </message>
    <message>
        <source>The customer has no orders: a new order would be created.</source>
        <translation>У клиента нет заказов: будет создан новый заказ.</translation>
    </message>
    <message>
        <source>The customer's newest order is completed: a new order would be created.</source>
        <translation>Последний заказ клиента выполнен: будет создан новый заказ.</translation>
    </message>
    <message>
        <source>The customer's newest order is cancelled: a new order would be created.</source>
        <translation>Последний заказ клиента отменён: будет создан новый заказ.</translation>
    </message>
    <message>
        <source>The customer's newest order is open and has no lead yet: it would get this lead.</source>
        <translation>Последний заказ клиента открыт и ещё не связан с лидом: он будет дополнен данными этого лида.</translation>
    </message>
    <message>
        <source>The customer's newest order is open and already has an earlier lead: nothing would change.</source>
        <translation>Последний заказ клиента открыт и уже связан с более ранним лидом: ничего не изменится.</translation>
    </message>
    <message>
        <source>The lead is already in order %1 (synced before): nothing would change.</source>
        <translation>Лид уже в заказе %1 (синхронизирован ранее): ничего не изменится.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation>ID лида</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>What would happen</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Website request</source>
        <translation>Заявка с сайта</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
</context>
<context>
    <name>LeadBridge::EmptyState</name>
    <message>
        <source>LeadBridge is not set up yet</source>
        <translation>LeadBridge ещё не настроен</translation>
    </message>
    <message>
        <source>To turn Calltouch leads into retailCRM orders, LeadBridge needs the address and an API key of your retailCRM account and the site ID and token of your Calltouch project. The setup takes about five minutes.</source>
        <translation>Чтобы превращать лиды Calltouch в заказы retailCRM, LeadBridge нужны адрес и API-ключ вашего аккаунта retailCRM, а также ID сайта и токен проекта Calltouch. Настройка занимает около пяти минут.</translation>
    </message>
    <message>
        <source>Set up now</source>
        <translation>Настроить</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Попробовать в песочнице</translation>
    </message>
    <message>
        <source>The sandbox opens a second LeadBridge window with a simulated retailCRM and Calltouch and demo data: nothing is sent anywhere.</source>
        <translation>Песочница открывает второе окно LeadBridge с имитацией retailCRM и Calltouch и демо-данными: никуда ничего не отправляется.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ErrorModel</name>
    <message>
        <source>All errors</source>
        <translation>Все ошибки</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Нерешённые</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Следующая попытка</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ErrorsMonitor</name>
    <message>
        <source>Errors (%1)</source>
        <comment>open errors</comment>
        <translation>Ошибки (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n open error(s)</source>
        <translation>
            <numerusform>%n открытая ошибка</numerusform>
            <numerusform>%n открытые ошибки</numerusform>
            <numerusform>%n открытых ошибок</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 The sync is stopped until this is fixed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 Синхронизация остановлена, пока это не будет исправлено.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::FieldsPage</name>
    <message>
        <source>Creating…</source>
        <translation>Создание…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Custom fields: %1 created, %2 already existed.</source>
        <translation>Дополнительные поля: создано %1, уже было %2.</translation>
    </message>
    <message>
        <source>Custom order fields</source>
        <translation>Дополнительные поля заказа</translation>
    </message>
    <message>
        <source>LeadBridge keeps the Calltouch IDs and UTM tags of each lead in these order fields.</source>
        <translation>В этих полях заказа LeadBridge хранит ID из Calltouch и UTM-метки каждого лида.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>Будет создано</translation>
    </message>
    <message>
        <source>Exists, reused</source>
        <translation>Есть, используется</translation>
    </message>
    <message>
        <source>Text (string)</source>
        <translation>Текст (строка)</translation>
    </message>
    <message>
        <source>Number (integer)</source>
        <translation>Число (целое)</translation>
    </message>
    <message numerus="yes">
        <source>Create %n field(s) in retailCRM</source>
        <translation>
            <numerusform>Создать %n поле в retailCRM</numerusform>
            <numerusform>Создать %n поля в retailCRM</numerusform>
            <numerusform>Создать %n полей в retailCRM</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the account's custom fields: %1</source>
        <translation>Не удалось прочитать пользовательские поля аккаунта: %1</translation>
    </message>
    <message>
        <source>Next is available once the missing fields exist: press Create.</source>
        <translation>«Далее» станет доступно, когда недостающие поля появятся: нажмите «Создать».</translation>
    </message>
    <message>
        <source>These fields are added to the orders of your retailCRM account. Nothing is written until you press Create; fields that already exist with the same code are reused.</source>
        <translation>Эти поля добавляются к заказам вашего аккаунта retailCRM. Пока вы не нажмёте «Создать», ничего не записывается; существующие поля с тем же кодом используются повторно.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>In your account</source>
        <translation>В вашем аккаунте</translation>
    </message>
</context>
<context>
    <name>LeadBridge::FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Press Finish to save and start the sync in the background.</source>
        <translation>Нажмите «Завершить», чтобы сохранить настройки и запустить синхронизацию в фоновом режиме.</translation>
    </message>
    <message>
        <source>retailCRM:</source>
        <translation>retailCRM:</translation>
    </message>
    <message>
        <source>Shop for new orders:</source>
        <translation>Магазин для новых заказов:</translation>
    </message>
    <message>
        <source>Calltouch site ID:</source>
        <translation>ID сайта в Calltouch:</translation>
    </message>
    <message>
        <source>Leads sent:</source>
        <translation>Отправляемые лиды:</translation>
    </message>
    <message>
        <source>Delay before sending:</source>
        <translation>Задержка перед отправкой:</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals to Calltouch:</source>
        <translation>Сделки в Calltouch:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>Order fields:</source>
        <translation>Поля заказа:</translation>
    </message>
    <message>
        <source>Import leads since:</source>
        <translation>Импортировать лиды с:</translation>
    </message>
    <message>
        <source>The keys are kept in memory only, until LeadBridge quits (the sandbox, or the system keychain refused them): you will be asked for them again next time.</source>
        <translation>Ключи хранятся только в памяти, пока LeadBridge не закроется (песочница, или системная связка ключей их не приняла): в следующий раз их спросят снова.</translation>
    </message>
    <message>
        <source>The keys are saved in the system keychain, never in a file. Should the keychain refuse them, LeadBridge keeps them in memory until it quits and tells you so.</source>
        <translation>Ключи сохраняются в системной связке ключей, никогда не в файле. Если связка ключей их не примет, LeadBridge хранит их в памяти до выхода и сообщает об этом.</translation>
    </message>
    <message>
        <source>A notification confirms when the sync has started.</source>
        <translation>Уведомление подтвердит, что синхронизация началась.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About LeadBridge</source>
        <translation>&amp;О программе LeadBridge</translation>
    </message>
</context>
<context>
    <name>LeadBridge::KeychainSecretStore</name>
    <message>
        <source>%1 The key is kept in memory for this session only; you will be asked again next time.</source>
        <translation>%1 Ключ хранится в памяти только до конца этого сеанса; в следующий раз его придётся ввести снова.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Labels</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Ожидает повтора</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Customer and order created</source>
        <translation>Созданы клиент и заказ</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Заказ создан</translation>
    </message>
    <message>
        <source>Order updated</source>
        <translation>Заказ обновлён</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Нет контакта</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>Ошибка, будет повтор</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Before the start date</source>
        <translation>До даты начала</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Сопоставлен</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>In Calltouch</source>
        <translation>В Calltouch</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Проверяется</translation>
    </message>
    <message>
        <source>Not bound yet</source>
        <translation>Ещё не привязана</translation>
    </message>
    <message>
        <source>Lead not found</source>
        <translation>Лид не найден</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Нет контактов</translation>
    </message>
    <message>
        <source>Matched by Calltouch</source>
        <translation>Сопоставлено в Calltouch</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>lead kind and id</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Calltouch → retailCRM</source>
        <translation>Calltouch → retailCRM</translation>
    </message>
    <message>
        <source>retailCRM → Calltouch</source>
        <translation>retailCRM → Calltouch</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Deal of order %1</source>
        <translation>Сделка по заказу %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Что сделать: %1</translation>
    </message>
    <message>
        <source>Code in retailCRM: %1</source>
        <translation>Код в retailCRM: %1</translation>
    </message>
    <message>
        <source>Calltouch calls journal</source>
        <translation>Журнал звонков Calltouch</translation>
    </message>
    <message>
        <source>Calltouch requests journal</source>
        <translation>Журнал заявок Calltouch</translation>
    </message>
    <message>
        <source>Calltouch calls without an ID</source>
        <translation>Звонки Calltouch без ID</translation>
    </message>
    <message>
        <source>Calltouch requests without an ID</source>
        <translation>Заявки Calltouch без ID</translation>
    </message>
    <message>
        <source>Calltouch deals journal</source>
        <translation>Журнал сделок Calltouch</translation>
    </message>
    <message>
        <source>retailCRM order history</source>
        <translation>История заказов retailCRM</translation>
    </message>
    <message>
        <source>Deals sent together</source>
        <translation>Сделки, отправленные пакетом</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Локальная база данных</translation>
    </message>
    <message>
        <source>Chat receiver</source>
        <translation>Приём чатов</translation>
    </message>
    <message>
        <source>Silence alert</source>
        <translation>Предупреждение о тишине</translation>
    </message>
</context>
<context>
    <name>LeadBridge::LanguagePage</name>
    <message>
        <source>Welcome to LeadBridge</source>
        <translation>Добро пожаловать в LeadBridge</translation>
    </message>
    <message>
        <source>Calls, website requests and chats from Calltouch become retailCRM orders, and retailCRM orders go back to Calltouch as deals.</source>
        <translation>Звонки, заявки с сайта и чаты из Calltouch становятся заказами в retailCRM, а заказы из retailCRM возвращаются в Calltouch как сделки.</translation>
    </message>
    <message>
        <source>Choose the language of LeadBridge. You can change it later in the Language menu.</source>
        <translation>Выберите язык LeadBridge. Его можно изменить позже в меню «Язык».</translation>
    </message>
    <message>
        <source>What LeadBridge writes to your retailCRM account:</source>
        <translation>Что LeadBridge записывает в ваш аккаунт retailCRM:</translation>
    </message>
    <message>
        <source>nine custom order fields (Calltouch IDs and UTM tags), only after you press Create on the fields page;</source>
        <translation>девять пользовательских полей заказа (ID Calltouch и UTM-метки), только после нажатия «Создать» на странице полей;</translation>
    </message>
    <message>
        <source>a customer for a lead whose phone or e-mail matches no customer;</source>
        <translation>клиента для лида, чей телефон или e-mail не совпадает ни с одним клиентом;</translation>
    </message>
    <message>
        <source>an order for each new lead, or, when the customer has an open order without them, these fields and the order's source.</source>
        <translation>заказ для каждого нового лида или, если у клиента есть открытый заказ без них, эти поля и источник заказа.</translation>
    </message>
    <message>
        <source>What it never touches:</source>
        <translation>Что он никогда не трогает:</translation>
    </message>
    <message>
        <source>the items, prices and statuses of existing orders;</source>
        <translation>товары, цены и статусы существующих заказов;</translation>
    </message>
    <message>
        <source>existing customers, and orders no lead belongs to.</source>
        <translation>существующих клиентов и заказы, к которым не относится ни один лид.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::LeadModel</name>
    <message>
        <source>All leads</source>
        <translation>Все лиды</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
</context>
<context>
    <name>LeadBridge::LogTab</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>All (kept for %1 days)</source>
        <translation>Все (хранятся %1 дн.)</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Любой результат</translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation>Только проблемные</translation>
    </message>
    <message>
        <source>Runs shown: %1, newest first</source>
        <translation>Показано запусков: %1, сначала новые</translation>
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
        <source>The lead is being sent again.</source>
        <translation>Лид отправляется повторно.</translation>
    </message>
    <message>
        <source>The deal is being sent again.</source>
        <translation>Сделка отправляется повторно.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) queued to be sent again now.</source>
        <translation>
            <numerusform>%n лид сейчас будет отправлен повторно.</numerusform>
            <numerusform>%n лида сейчас будут отправлены повторно.</numerusform>
            <numerusform>%n лидов сейчас будут отправлены повторно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) queued to be sent again now.</source>
        <translation>
            <numerusform>%n сделка сейчас будет отправлена повторно.</numerusform>
            <numerusform>%n сделки сейчас будут отправлены повторно.</numerusform>
            <numerusform>%n сделок сейчас будут отправлены повторно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Синхронизация</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>&amp;Show LeadBridge</source>
        <translation>&amp;Открыть LeadBridge</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Fetch new leads and orders now instead of waiting</source>
        <translation>Получить новые лиды и заказы сейчас, не дожидаясь очередной синхронизации</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Во&amp;зобновить</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Приостановить</translation>
    </message>
    <message>
        <source>&amp;Resend selected leads</source>
        <translation>Отправить повторно выбранные &amp;лиды</translation>
    </message>
    <message>
        <source>Run the selected leads through the rules again now</source>
        <translation>Сейчас заново обработать выбранные лиды по правилам</translation>
    </message>
    <message>
        <source>Re&amp;try selected deals</source>
        <translation>Отправить повторно выбранные с&amp;делки</translation>
    </message>
    <message>
        <source>Send the selected deals to Calltouch again now</source>
        <translation>Сейчас повторно отправить выбранные сделки в Calltouch</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Run setup &amp;wizard again…</source>
        <translation>Снова запустить &amp;мастер настройки…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 rejected the credentials.&lt;/b&gt; %2 The sync is stopped until this is fixed. &lt;a href="wizard"&gt;Run the setup wizard&lt;/a&gt;</source>
        <translation>&lt;b&gt;%1 отклонил учётные данные.&lt;/b&gt; %2 Синхронизация остановлена, пока это не будет исправлено. &lt;a href="wizard"&gt;Запустить мастер настройки&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The local database failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Сбой локальной базы данных.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Не удалось открыть базу данных.</translation>
    </message>
    <message>
        <source>The database is sound: SQLite found no damage in %1.</source>
        <translation>База данных в порядке: SQLite не нашёл повреждений в %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2
Quit LeadBridge and start it again: a damaged file is moved aside and kept, and the sync starts with an empty history.</source>
        <translation>База данных %1 повреждена: %2
Закройте LeadBridge и запустите снова: повреждённый файл будет отложен в сторону и сохранён, а синхронизация начнётся с пустой историей.</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Проверить базу данных</translation>
    </message>
    <message>
        <source>LeadBridge: Calltouch and retailCRM — Sandbox, demo data</source>
        <translation>LeadBridge: Calltouch и retailCRM — песочница, демо-данные</translation>
    </message>
    <message>
        <source>Sandbox — demo data. LeadBridge works with a simulated retailCRM and Calltouch on this computer: a new lead arrives about every 20 seconds (some without a contact, some meeting a CRM error that is retried) and orders change now and then. Nothing reaches a real account.</source>
        <translation>Песочница — демо-данные. LeadBridge работает с имитацией retailCRM и Calltouch на этом компьютере: примерно каждые 20 секунд приходит новый лид (некоторые без контакта, некоторые встречают ошибку CRM и отправляются повторно), а заказы время от времени меняются. Ничего не попадает в настоящий аккаунт.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Проверить базу данных</translation>
    </message>
    <message>
        <source>Check the local database file for damage</source>
        <translation>Проверить файл локальной базы данных на повреждения</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>&amp;Экспорт таблицы…</translation>
    </message>
    <message>
        <source>Save the visible table, as filtered and sorted, as a CSV file</source>
        <translation>Сохранить видимую таблицу (с фильтром и сортировкой) в файл CSV</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>Экспорт %n строки…</numerusform>
            <numerusform>Экспорт %n строк…</numerusform>
            <numerusform>Экспорт %n строк…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n строка экспортирована в %1</numerusform>
            <numerusform>%n строки экспортированы в %1</numerusform>
            <numerusform>%n строк экспортировано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён, файл не записан.</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Сверка</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ModelExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>LeadBridge::OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>The defaults suit most shops; you can change them later in Settings.</source>
        <translation>Значения по умолчанию подходят большинству магазинов; их можно изменить позже в настройках.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::OptionsWidget</name>
    <message>
        <source>Shop for new orders:</source>
        <translation>Магазин для новых заказов:</translation>
    </message>
    <message>
        <source>Send to retailCRM:</source>
        <translation>Отправлять в retailCRM:</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Website requests</source>
        <translation>Заявки с сайта</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Send a lead after:</source>
        <translation>Отправлять лид через:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> с</translation>
    </message>
    <message>
        <source>The website may create the order itself in that time; LeadBridge then completes it instead of creating a second one.</source>
        <translation>За это время сайт может сам создать заказ; тогда LeadBridge дополнит его, а не создаст второй.</translation>
    </message>
    <message>
        <source>Check for new leads every:</source>
        <translation>Проверять новые лиды каждые:</translation>
    </message>
    <message>
        <source>Deals:</source>
        <translation>Сделки:</translation>
    </message>
    <message>
        <source>Send retailCRM orders to Calltouch as deals</source>
        <translation>Отправлять заказы retailCRM в Calltouch как сделки</translation>
    </message>
    <message>
        <source>Calltouch then shows the revenue each advertising source brought.</source>
        <translation>Тогда Calltouch покажет выручку, которую принёс каждый рекламный источник.</translation>
    </message>
    <message>
        <source>Shop code: %1</source>
        <translation>Код магазина: %1</translation>
    </message>
    <message>
        <source>New orders:</source>
        <translation>Новые заказы:</translation>
    </message>
</context>
<context>
    <name>LeadBridge::OrderModel</name>
    <message>
        <source>All orders</source>
        <translation>Все заказы</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>LeadBridge::OrderOptionsWidget</name>
    <message>
        <source>The CRM's default</source>
        <translation>По умолчанию в CRM</translation>
    </message>
    <message>
        <source>None: the CRM's distribution decides</source>
        <translation>Нет: решает распределение в CRM</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>Unknown placeholder: %1. Use only the ones listed below.</source>
        <translation>Неизвестная подстановка: %1. Используйте только перечисленные ниже.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Пример: %1</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Order &amp;method:</source>
        <translation>&amp;Способ оформления:</translation>
    </message>
    <message>
        <source>Order &amp;type:</source>
        <translation>&amp;Тип заказа:</translation>
    </message>
    <message>
        <source>Responsible mana&amp;ger:</source>
        <translation>Ответственный &amp;менеджер:</translation>
    </message>
    <message>
        <source>New customer's &amp;name:</source>
        <translation>&amp;Имя нового клиента:</translation>
    </message>
    <message>
        <source>Used only when no customer with the lead's contact exists.</source>
        <translation>Используется, только если клиента с контактом лида нет.</translation>
    </message>
    <message>
        <source>Placeholders in the name: %1</source>
        <translation>Подстановки в имени: %1</translation>
    </message>
</context>
<context>
    <name>LeadBridge::PreviewPage</name>
    <message numerus="yes">
        <source>Reading the leads of the last %n day(s)… %1 of %2 checked in retailCRM.</source>
        <translation>
            <numerusform>Чтение лидов за последний %n день… Проверено в retailCRM: %1 из %2.</numerusform>
            <numerusform>Чтение лидов за последние %n дня… Проверено в retailCRM: %1 из %2.</numerusform>
            <numerusform>Чтение лидов за последние %n дней… Проверено в retailCRM: %1 из %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to Calltouch and retailCRM; nothing was written.</source>
        <translation>
            <numerusform>%n запрос к Calltouch и retailCRM; ничего не записано.</numerusform>
            <numerusform>%n запроса к Calltouch и retailCRM; ничего не записано.</numerusform>
            <numerusform>%n запросов к Calltouch и retailCRM; ничего не записано.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not read %1: %2 You can go on: the preview is optional.</source>
        <translation>Для предпросмотра не удалось прочитать %1: %2 Можно продолжить: предпросмотр необязателен.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Export the preview</source>
        <translation>Экспорт предпросмотра</translation>
    </message>
    <message>
        <source>leadbridge-preview.csv</source>
        <comment>default file name</comment>
        <translation>leadbridge-preview.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Preview the first sync</source>
        <translation>Предпросмотр первой синхронизации</translation>
    </message>
    <message>
        <source>Nothing is written: LeadBridge reads the recent leads and shows what it would do.</source>
        <translation>Ничего не записывается: LeadBridge читает последние лиды и показывает, что бы он сделал.</translation>
    </message>
    <message>
        <source>Each Calltouch lead of the period, checked against the customers and orders in retailCRM with the same rules as the sync.</source>
        <translation>Каждый лид Calltouch за период, проверенный по клиентам и заказам retailCRM по тем же правилам, что и при синхронизации.</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Период, дней:</translation>
    </message>
    <message>
        <source>Days to preview</source>
        <translation>Дней для предпросмотра</translation>
    </message>
    <message>
        <source>&amp;Preview again</source>
        <translation>Просмотреть &amp;снова</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Start syncing from:</source>
        <translation>Начать синхронизацию с:</translation>
    </message>
    <message>
        <source>today (%1)</source>
        <translation>сегодня (%1)</translation>
    </message>
    <message>
        <source>%1, the previewed leads included</source>
        <translation>%1, включая просмотренные лиды</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ProblemDetails</name>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Код: %1</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ProblemText</name>
    <message>
        <source>The service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>%1 cannot be reached.</source>
        <translation>%1 недоступен.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 не ответил вовремя.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (certificate problem).</source>
        <translation>Не удалось установить защищённое соединение с %1 (проблема с сертификатом).</translation>
    </message>
    <message>
        <source>The address of %1 is not secure: it does not start with https.</source>
        <translation>Адрес %1 небезопасен: он не начинается с https.</translation>
    </message>
    <message>
        <source>%1 rejected the key or token.</source>
        <translation>%1 отклонил ключ или токен.</translation>
    </message>
    <message>
        <source>The key of %1 lacks a permission for this operation.</source>
        <translation>У ключа %1 нет прав на эту операцию.</translation>
    </message>
    <message>
        <source>%1 does not know this item or method.</source>
        <translation>%1 не знает такого объекта или метода.</translation>
    </message>
    <message>
        <source>%1 rejected the data.</source>
        <translation>%1 отклонил данные.</translation>
    </message>
    <message>
        <source>%1 rejected the data in: %2.</source>
        <translation>%1 отклонил данные в полях: %2.</translation>
    </message>
    <message>
        <source>%1 asks to slow down (too many requests).</source>
        <translation>%1 просит снизить частоту обращений (слишком много запросов).</translation>
    </message>
    <message>
        <source>The retailCRM account has reached a limit of its plan.</source>
        <translation>Аккаунт retailCRM достиг ограничения своего тарифа.</translation>
    </message>
    <message>
        <source>%1 has a problem on its side.</source>
        <translation>На стороне %1 произошла ошибка.</translation>
    </message>
    <message>
        <source>%1 has a problem on its side (HTTP %2).</source>
        <translation>На стороне %1 произошла ошибка (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with something that is not its API.</source>
        <translation>%1 вернул ответ, не похожий на ответ его API.</translation>
    </message>
    <message>
        <source>The answer of %1 to a write was lost.</source>
        <translation>Ответ %1 на запись данных потерян.</translation>
    </message>
    <message>
        <source>There is no retailCRM account at this address.</source>
        <translation>По этому адресу нет аккаунта retailCRM.</translation>
    </message>
    <message>
        <source>The local database cannot be written; the sync stopped.</source>
        <translation>В локальную базу данных нельзя записать; синхронизация остановлена.</translation>
    </message>
    <message>
        <source>The lead's date is missing or impossible; the lead was not sent.</source>
        <translation>Дата лида отсутствует или невозможна; лид не отправлен.</translation>
    </message>
    <message>
        <source>The lead is dated %1, in the future; the lead was not sent.</source>
        <translation>Дата лида — %1, в будущем; лид не отправлен.</translation>
    </message>
    <message>
        <source>retailCRM order %1 has no valid creation date; no Calltouch deal is made for it.</source>
        <translation>У заказа %1 в retailCRM нет корректной даты создания; сделка в Calltouch для него не создаётся.</translation>
    </message>
    <message>
        <source>retailCRM order %1 of this customer has no valid creation date, so the newest order cannot be told.</source>
        <translation>У заказа %1 этого клиента в retailCRM нет корректной даты создания, поэтому нельзя определить последний заказ.</translation>
    </message>
    <message numerus="yes">
        <source>Calltouch sent %n record(s) without an id (or unreadable) in this journal.</source>
        <translation>
            <numerusform>Calltouch прислал в этом журнале %n запись без id (или нечитаемую).</numerusform>
            <numerusform>Calltouch прислал в этом журнале %n записи без id (или нечитаемые).</numerusform>
            <numerusform>Calltouch прислал в этом журнале %n записей без id (или нечитаемых).</numerusform>
        </translation>
    </message>
    <message>
        <source>The chat receiver cannot listen on %1.</source>
        <translation>Приёмник чатов не может слушать %1.</translation>
    </message>
    <message>
        <source>Calltouch rejected this deal.</source>
        <translation>Calltouch отклонил эту сделку.</translation>
    </message>
    <message>
        <source>Calltouch's answer did not mention this deal.</source>
        <translation>В ответе Calltouch нет этой сделки.</translation>
    </message>
    <message>
        <source>The custom field "%1" that LeadBridge needs is missing in retailCRM.</source>
        <translation>В retailCRM нет дополнительного поля «%1», нужного LeadBridge.</translation>
    </message>
    <message>
        <source>Check the Internet connection and the address (setup wizard). LeadBridge tries again by itself.</source>
        <translation>Проверьте подключение к интернету и адрес (мастер настройки). LeadBridge повторит попытку сам.</translation>
    </message>
    <message>
        <source>Nothing to do if it happens rarely: LeadBridge tries again. If it lasts, check the connection.</source>
        <translation>Если это бывает редко, ничего делать не нужно: LeadBridge повторит попытку. Если это продолжается, проверьте подключение.</translation>
    </message>
    <message>
        <source>Check the address in the setup wizard. LeadBridge never ignores certificate errors.</source>
        <translation>Проверьте адрес в мастере настройки. LeadBridge никогда не игнорирует ошибки сертификатов.</translation>
    </message>
    <message>
        <source>Enter an https:// address in the setup wizard. Plain http:// is only allowed for this computer.</source>
        <translation>Введите адрес https:// в мастере настройки. Обычный http:// допускается только для этого компьютера.</translation>
    </message>
    <message>
        <source>Run the setup wizard and enter a valid key, or create a new one in %1.</source>
        <translation>Запустите мастер настройки и введите действующий ключ или создайте новый в %1.</translation>
    </message>
    <message>
        <source>Tick the missing permissions for the key in %1, then run the setup wizard to check them.</source>
        <translation>Отметьте для ключа недостающие права в %1, затем запустите мастер настройки, чтобы их проверить.</translation>
    </message>
    <message>
        <source>Check that the item still exists in %1.</source>
        <translation>Проверьте, что объект ещё существует в %1.</translation>
    </message>
    <message>
        <source>Correct the data named in the details in %1; the item is tried again.</source>
        <translation>Исправьте в %1 данные, указанные в подробностях; объект будет отправлен повторно.</translation>
    </message>
    <message>
        <source>Nothing to do: LeadBridge waits and tries again.</source>
        <translation>Ничего делать не нужно: LeadBridge подождёт и повторит попытку.</translation>
    </message>
    <message>
        <source>Raise the plan's limit in retailCRM or remove data you do not need.</source>
        <translation>Увеличьте лимит тарифа в retailCRM или удалите ненужные данные.</translation>
    </message>
    <message>
        <source>Nothing to do: LeadBridge tries again. If it lasts, contact the support of %1.</source>
        <translation>Ничего делать не нужно: LeadBridge повторит попытку. Если это продолжается, обратитесь в поддержку %1.</translation>
    </message>
    <message>
        <source>Check the address in the setup wizard: it may point to a web page instead of the API.</source>
        <translation>Проверьте адрес в мастере настройки: возможно, он ведёт на веб-страницу, а не к API.</translation>
    </message>
    <message>
        <source>Nothing to do: LeadBridge checks what was saved before it writes again.</source>
        <translation>Ничего делать не нужно: перед повторной записью LeadBridge проверит, что уже сохранено.</translation>
    </message>
    <message>
        <source>Check the address in the setup wizard: it usually looks like https://&lt;name&gt;.retailcrm.ru.</source>
        <translation>Проверьте адрес в мастере настройки: обычно он выглядит как https://&lt;имя&gt;.retailcrm.ru.</translation>
    </message>
    <message>
        <source>Free disk space or close the other program that holds the database, then use Tools &gt; Check database.</source>
        <translation>Освободите место на диске или закройте другую программу, которая держит базу данных, затем выберите «Сервис &gt; Проверить базу данных».</translation>
    </message>
    <message>
        <source>Check the lead in Calltouch, then send it again.</source>
        <translation>Проверьте лид в Calltouch и отправьте его повторно.</translation>
    </message>
    <message>
        <source>Correct the order's creation date in retailCRM.</source>
        <translation>Исправьте дату создания заказа в retailCRM.</translation>
    </message>
    <message>
        <source>Correct the order in retailCRM; the lead is tried again.</source>
        <translation>Исправьте заказ в retailCRM; лид будет отправлен повторно.</translation>
    </message>
    <message>
        <source>Check these records in Calltouch; they cannot be synced.</source>
        <translation>Проверьте эти записи в Calltouch; их нельзя синхронизировать.</translation>
    </message>
    <message>
        <source>Choose another address or port for the chat receiver in Settings, or close the program that uses it.</source>
        <translation>Выберите в настройках другой адрес или порт для приёмника чатов или закройте программу, которая его занимает.</translation>
    </message>
    <message>
        <source>See the details; correct the order in retailCRM and the deal is sent again.</source>
        <translation>См. подробности; исправьте заказ в retailCRM, и сделка будет отправлена повторно.</translation>
    </message>
    <message>
        <source>Nothing to do: the deal is sent again.</source>
        <translation>Ничего делать не нужно: сделка будет отправлена повторно.</translation>
    </message>
    <message>
        <source>Run the setup wizard: it creates the fields (the key needs the custom fields permission).</source>
        <translation>Запустите мастер настройки: он создаст поля (ключу нужно право на дополнительные поля).</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Открыть настройки</translation>
    </message>
    <message>
        <source>Run the setup wizard</source>
        <translation>Запустить мастер настройки</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Проверить базу данных</translation>
    </message>
    <message numerus="yes">
        <source>No leads from Calltouch since %1 — usually about %n an hour.</source>
        <translation>
            <numerusform>Нет лидов из Calltouch с %1 — обычно около %n в час.</numerusform>
            <numerusform>Нет лидов из Calltouch с %1 — обычно около %n в час.</numerusform>
            <numerusform>Нет лидов из Calltouch с %1 — обычно около %n в час.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No deal could be pushed to Calltouch since %1, while orders keep coming — usually about %n an hour.</source>
        <translation>
            <numerusform>С %1 ни одна сделка не передана в Calltouch, хотя заказы продолжают поступать — обычно около %n в час.</numerusform>
            <numerusform>С %1 ни одна сделка не передана в Calltouch, хотя заказы продолжают поступать — обычно около %n в час.</numerusform>
            <numerusform>С %1 ни одна сделка не передана в Calltouch, хотя заказы продолжают поступать — обычно около %n в час.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that calls and requests still reach Calltouch (its tracking code on the site, the phone numbers) and that the Calltouch token is valid. The alert closes by itself when a lead arrives.</source>
        <translation>Проверьте, что звонки и заявки по-прежнему доходят до Calltouch (код отслеживания на сайте, номера телефонов) и что токен Calltouch действителен. Предупреждение закроется само, когда придёт лид.</translation>
    </message>
    <message>
        <source>See the Deals tab and the other errors: Calltouch may refuse the deals or be unreachable. The alert closes by itself when a deal is pushed.</source>
        <translation>Посмотрите вкладку «Сделки» и другие ошибки: Calltouch может отклонять сделки или быть недоступен. Предупреждение закроется само, когда сделка будет передана.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ReconcileModel</name>
    <message>
        <source>Resend the lead</source>
        <translation>Отправить лид повторно</translation>
    </message>
    <message>
        <source>Push the deal</source>
        <translation>Отправить сделку</translation>
    </message>
    <message>
        <source>Resent at %1: check again</source>
        <translation>Отправлен повторно в %1: проверьте снова</translation>
    </message>
    <message>
        <source>Pushed at %1: check again</source>
        <translation>Сделка отправлена в %1: проверьте снова</translation>
    </message>
    <message>
        <source>Cannot push: order not read yet</source>
        <translation>Нельзя отправить: заказ ещё не прочитан</translation>
    </message>
    <message>
        <source>LeadBridge has not read this order from retailCRM's history yet, so it has no deal to push. It reads the order when it changes in retailCRM; then check again.</source>
        <translation>LeadBridge ещё не прочитал этот заказ из истории retailCRM, поэтому отправлять нечего. Он прочитает заказ, когда тот изменится в retailCRM; тогда проверьте снова.</translation>
    </message>
    <message>
        <source>Handed to the sync, which does it at once. Check again to see that everything matches.</source>
        <translation>Передано синхронизации, она выполнит это сразу. Проверьте снова, чтобы убедиться, что всё совпадает.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>What is off</source>
        <translation>Что не совпадает</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ReconcileReport</name>
    <message>
        <source>Call %1</source>
        <translation>Звонок %1</translation>
    </message>
    <message>
        <source>Website request %1</source>
        <translation>Заявка с сайта %1</translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation>Чат %1</translation>
    </message>
    <message>
        <source>Nothing was checked: retailCRM has no order field %1 to search by, so LeadBridge has not synced into this account yet. Run the setup wizard (it creates the fields), then reconcile.</source>
        <translation>Ничего не проверено: в retailCRM нет поля заказа %1 для поиска, значит LeadBridge ещё не синхронизировал этот аккаунт. Запустите мастер настройки (он создаст поля), затем повторите сверку.</translation>
    </message>
    <message>
        <source>Reconciliation of %1 to %2: %3 lead(s) read from Calltouch, %4 with a contact checked, %5 without a contact; %6 retailCRM order(s) created in the period.</source>
        <translation>Сверка с %1 по %2: из Calltouch прочитано лидов: %3, с контактом проверено: %4, без контакта: %5; заказов retailCRM за период: %6.</translation>
    </message>
    <message>
        <source>Leads in no order: %1. Orders naming a lead Calltouch does not know: %2. Leads not checked (retailCRM did not answer): %3. Leads in no order by the rules (the customer's open order already has an earlier lead): %4.</source>
        <translation>Лидов не в заказе: %1. Заказов с лидом, неизвестным Calltouch: %2. Не проверено лидов (retailCRM не ответил): %3. Лидов не в заказе по правилам (в открытом заказе клиента уже есть более ранний лид): %4.</translation>
    </message>
    <message>
        <source>%1 deal(s) in Calltouch. Orders without a deal: %2. Deals whose status or revenue differs from the order: %3.</source>
        <translation>Сделок в Calltouch: %1. Заказов без сделки: %2. Сделок, у которых статус или выручка расходятся с заказом: %3.</translation>
    </message>
    <message>
        <source>Deal sync is switched off: orders were not compared with Calltouch deals.</source>
        <translation>Синхронизация сделок выключена: заказы не сравнивались со сделками Calltouch.</translation>
    </message>
    <message>
        <source>%1 journal record(s) have no ID and cannot be looked up.</source>
        <translation>Записей журнала без ID (их не найти): %1.</translation>
    </message>
    <message>
        <source>The reconciliation stopped: %1 answered: %2</source>
        <translation>Сверка остановлена, ответ %1: %2</translation>
    </message>
    <message>
        <source>Lead in no order</source>
        <translation>Лид не в заказе</translation>
    </message>
    <message>
        <source>Unknown lead</source>
        <translation>Неизвестный лид</translation>
    </message>
    <message>
        <source>Order without a deal</source>
        <translation>Заказ без сделки</translation>
    </message>
    <message>
        <source>Deal differs</source>
        <translation>Сделка расходится</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>%1 of %2 (%3) is in no retailCRM order.</source>
        <translation>%1 от %2 (%3) не попал ни в один заказ retailCRM.</translation>
    </message>
    <message>
        <source>Order %1 holds %2, which the Calltouch journals do not have.</source>
        <translation>В заказе %1 указан %2, которого нет в журналах Calltouch.</translation>
    </message>
    <message>
        <source>Order %1 of %2 has no deal in Calltouch.</source>
        <translation>У заказа %1 от %2 нет сделки в Calltouch.</translation>
    </message>
    <message>
        <source>status %1 in retailCRM, %2 in Calltouch</source>
        <translation>статус %1 в retailCRM, %2 в Calltouch</translation>
    </message>
    <message>
        <source>revenue %1 in retailCRM, %2 in Calltouch</source>
        <translation>выручка %1 в retailCRM, %2 в Calltouch</translation>
    </message>
    <message>
        <source>The deal of order %1 differs: %2.</source>
        <translation>Сделка заказа %1 расходится: %2.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be looked up in retailCRM: %3</source>
        <translation>%1 (%2) не удалось найти в retailCRM: %3</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ReconciliationTab</name>
    <message numerus="yes">
        <source>Journals and orders read with %n request(s);</source>
        <translation>
            <numerusform>Журналы и заказы прочитаны за %n запрос;</numerusform>
            <numerusform>Журналы и заказы прочитаны за %n запроса;</numerusform>
            <numerusform>Журналы и заказы прочитаны за %n запросов;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checking takes %1 to %2 more, at most about %n second(s) within the rate limits.</source>
        <translation>
            <numerusform>проверка займёт ещё от %1 до %2 запросов, не дольше примерно %n секунды в пределах лимитов.</numerusform>
            <numerusform>проверка займёт ещё от %1 до %2 запросов, не дольше примерно %n секунд в пределах лимитов.</numerusform>
            <numerusform>проверка займёт ещё от %1 до %2 запросов, не дольше примерно %n секунд в пределах лимитов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Push the deal</source>
        <translation>Отправить сделку</translation>
    </message>
    <message>
        <source>Push the deal of order %1 to Calltouch now?</source>
        <translation>Отправить сделку заказа %1 в Calltouch сейчас?</translation>
    </message>
    <message>
        <source>Calltouch gets the order's status and revenue as retailCRM has them now, in place of what it shows. A deal Calltouch does not have is created.</source>
        <translation>Calltouch получит статус и сумму заказа такими, какие они сейчас в retailCRM, вместо показанных. Сделка, которой нет в Calltouch, будет создана.</translation>
    </message>
    <message>
        <source>Starting: a sync cycle in progress finishes first.</source>
        <translation>Запуск: сначала завершится идущий цикл синхронизации.</translation>
    </message>
    <message>
        <source>Reading Calltouch's leads and retailCRM's orders of the period…</source>
        <translation>Чтение лидов Calltouch и заказов retailCRM за период…</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>Выполнено шагов: %1 из %2.</translation>
    </message>
    <message>
        <source>The check was stopped. The last complete check is shown.</source>
        <translation>Проверка остановлена. Показана последняя завершённая проверка.</translation>
    </message>
    <message>
        <source>Checking needs a configured account: run the setup wizard first.</source>
        <translation>Для проверки нужна настроенная учётная запись: сначала запустите мастер настройки.</translation>
    </message>
    <message>
        <source>No check has been made yet.</source>
        <translation>Проверок ещё не было.</translation>
    </message>
    <message>
        <source>Checked on %1; nothing was written during the check.</source>
        <translation>Проверено %1; во время проверки ничего не записывалось.</translation>
    </message>
    <message>
        <source>Everything matches.</source>
        <translation>Всё совпадает.</translation>
    </message>
    <message>
        <source>Compares Calltouch with retailCRM for a period, without writing anything: every lead with a contact should be in an order, every order should have its deal with the same status and revenue. What does not match is listed with its fix.</source>
        <translation>Сравнивает Calltouch с retailCRM за период, ничего не записывая: каждый лид с контактом должен быть в заказе, у каждого заказа должна быть сделка с теми же статусом и суммой. Всё, что не совпадает, показано вместе с исправлением.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;по:</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message numerus="yes">
        <source>The check takes about %n request(s)</source>
        <translation>
            <numerusform>Проверка займёт около %n запроса</numerusform><numerusform>Проверка займёт около %n запросов</numerusform><numerusform>Проверка займёт около %n запросов</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and about %n second(s) within the rate limits.</source>
        <translation>
            <numerusform>и около %n секунды в пределах лимитов.</numerusform><numerusform>и около %n секунд в пределах лимитов.</numerusform><numerusform>и около %n секунд в пределах лимитов.</numerusform></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ResendConfirmation</name>
    <message>
        <source>Resend leads</source>
        <translation>Повторная отправка лидов</translation>
    </message>
    <message numerus="yes">
        <source>Send %n lead(s) again now?</source>
        <translation>
            <numerusform>Отправить %n лид повторно сейчас?</numerusform>
            <numerusform>Отправить %n лида повторно сейчас?</numerusform>
            <numerusform>Отправить %n лидов повторно сейчас?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each lead goes through the rules again. A lead that is already in its order keeps its result and nothing is written to retailCRM; the other leads may create or update an order. Every attempt is added to the lead's history.</source>
        <translation>Каждый лид снова проходит через правила. Лид, который уже в своём заказе, сохраняет результат, и в retailCRM ничего не записывается; остальные лиды могут создать или обновить заказ. Каждая попытка добавляется в историю лида.</translation>
    </message>
    <message numerus="yes">
        <source>Resend %n lead(s)</source>
        <translation>
            <numerusform>Отправить повторно %n лид</numerusform>
            <numerusform>Отправить повторно %n лида</numerusform>
            <numerusform>Отправить повторно %n лидов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::RetailCrm::Client</name>
    <message>
        <source>Orders: read</source>
        <translation>Заказы: чтение</translation>
    </message>
    <message>
        <source>Orders: write</source>
        <translation>Заказы: запись</translation>
    </message>
    <message>
        <source>Customers: read</source>
        <translation>Клиенты: чтение</translation>
    </message>
    <message>
        <source>Customers: write</source>
        <translation>Клиенты: запись</translation>
    </message>
    <message>
        <source>Custom fields: read</source>
        <translation>Дополнительные поля: чтение</translation>
    </message>
    <message>
        <source>Custom fields: write</source>
        <translation>Дополнительные поля: запись</translation>
    </message>
    <message>
        <source>Reference books: read</source>
        <translation>Справочники: чтение</translation>
    </message>
    <message>
        <source>Order history: read</source>
        <translation>История заказов: чтение</translation>
    </message>
    <message>
        <source>Users: read</source>
        <translation>Пользователи: чтение</translation>
    </message>
</context>
<context>
    <name>LeadBridge::RetailCrmPage</name>
    <message numerus="yes">
        <source>Connected to retailCRM: %n shop(s) found.</source>
        <translation>
            <numerusform>Подключение к retailCRM установлено: найден %n магазин.</numerusform>
            <numerusform>Подключение к retailCRM установлено: найдено %n магазина.</numerusform>
            <numerusform>Подключение к retailCRM установлено: найдено %n магазинов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach %1. Check the address (it looks like https://myshop.retailcrm.ru) and the Internet connection.</source>
        <translation>Не удалось подключиться к %1. Проверьте адрес (он выглядит как https://myshop.retailcrm.ru) и подключение к интернету.</translation>
    </message>
    <message>
        <source>retailCRM did not accept this API key. Copy it again from Settings / Integration / API keys in retailCRM, or create a new key there.</source>
        <translation>retailCRM не принял этот API-ключ. Скопируйте его ещё раз в retailCRM в разделе «Настройки / Интеграция / Ключи доступа к API» или создайте там новый ключ.</translation>
    </message>
    <message>
        <source>The key works, but it lacks API methods LeadBridge needs: %1. In retailCRM open Settings / Integration / API keys, tick them for this key, save, and press Next again.</source>
        <translation>Ключ работает, но у него нет доступа к методам API, нужным LeadBridge: %1. В retailCRM откройте «Настройки / Интеграция / Ключи доступа к API», отметьте их для этого ключа, сохраните и снова нажмите «Далее».</translation>
    </message>
    <message>
        <source>Connect retailCRM</source>
        <translation>Подключение к retailCRM</translation>
    </message>
    <message>
        <source>LeadBridge creates and completes orders in your retailCRM account.</source>
        <translation>LeadBridge создаёт и дополняет заказы в вашем аккаунте retailCRM.</translation>
    </message>
    <message>
        <source>Account address:</source>
        <translation>Адрес аккаунта:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-ключ:</translation>
    </message>
    <message>
        <source>Create a key in retailCRM under Settings / Integration / API keys. It is kept in the system keychain, never in a file.</source>
        <translation>Создайте ключ в retailCRM в разделе «Настройки / Интеграция / Ключи доступа к API». Он хранится в системном хранилище паролей и никогда не сохраняется в файл.</translation>
    </message>
    <message>
        <source>The account's time zone is %1.</source>
        <translation>Часовой пояс аккаунта: %1.</translation>
    </message>
    <message>
        <source>%1 answered, but it is not a retailCRM account. Check the address: it looks like %2.</source>
        <translation>%1 отвечает, но это не аккаунт retailCRM. Проверьте адрес: он выглядит как %2.</translation>
    </message>
    <message>
        <source>Enter the address of your retailCRM account (the account name alone, such as myshop, is enough) and an API key. LeadBridge checks them before you go on.</source>
        <translation>Введите адрес вашего аккаунта retailCRM (достаточно имени аккаунта, например myshop) и API-ключ. LeadBridge проверит их, прежде чем продолжить.</translation>
    </message>
    <message>
        <source>Create a key in retailCRM under Settings / Integration / API keys. Here it is kept in memory only, until LeadBridge quits.</source>
        <translation>Создайте ключ в retailCRM в разделе Настройки / Интеграция / Ключи доступа к API. Здесь он хранится только в памяти, пока LeadBridge не закроется.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::RevenueChart</name>
    <message>
        <source>%1: %2</source>
        <comment>chart name and value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LeadBridge::RunLogModel</name>
    <message>
        <source>OK</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <source>Some items failed</source>
        <translation>Часть с ошибками</translation>
    </message>
    <message>
        <source>Reading failed</source>
        <translation>Ошибка чтения</translation>
    </message>
    <message>
        <source>Stopped: settings</source>
        <translation>Остановлено: настройки</translation>
    </message>
    <message>
        <source>Stopped: database</source>
        <translation>Остановлено: база данных</translation>
    </message>
    <message>
        <source>Stopped by %1 (%2)</source>
        <translation>Остановлено: %1 (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Failed reads: %1</source>
        <translation>Ошибок чтения: %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Leads read</source>
        <translation>Прочитано лидов</translation>
    </message>
    <message>
        <source>Orders created</source>
        <translation>Создано заказов</translation>
    </message>
    <message>
        <source>Orders updated</source>
        <translation>Обновлено заказов</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Нет контакта</translation>
    </message>
    <message>
        <source>Leads failed</source>
        <translation>Лидов с ошибкой</translation>
    </message>
    <message>
        <source>Deals sent</source>
        <translation>Отправлено сделок</translation>
    </message>
    <message>
        <source>Deals failed</source>
        <translation>Сделок с ошибкой</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Sandbox</name>
    <message>
        <source>Cannot start the simulated services on 127.0.0.1.</source>
        <translation>Не удаётся запустить имитацию сервисов на 127.0.0.1.</translation>
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
    <name>LeadBridge::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Time zones:</source>
        <translation>Часовые пояса:</translation>
    </message>
    <message>
        <source>retailCRM account: %1 (read from the account); Calltouch project: %2</source>
        <translation>аккаунт retailCRM: %1 (из настроек аккаунта); проект Calltouch: %2</translation>
    </message>
    <message>
        <source>no API key is saved</source>
        <translation>API-ключ не сохранён</translation>
    </message>
    <message>
        <source>the account has no shops</source>
        <translation>в аккаунте нет магазинов</translation>
    </message>
    <message>
        <source>Could not save the chat receiver's secret in the system keychain (%1).</source>
        <translation>Не удалось сохранить секрет приёмника чатов в системной связке ключей (%1).</translation>
    </message>
    <message>
        <source>Chats (Calltouch webhooks)</source>
        <translation>Чаты (вебхуки Calltouch)</translation>
    </message>
    <message>
        <source>Loading the shops from retailCRM…</source>
        <translation>Загрузка магазинов из retailCRM…</translation>
    </message>
    <message>
        <source>Could not load the shops from retailCRM (%1); the saved shop is kept.</source>
        <translation>Не удалось загрузить магазины из retailCRM (%1); сохранённый магазин оставлен.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SetupWizard</name>
    <message>
        <source>Could not save a key in the system keychain (%1).</source>
        <translation>Не удалось сохранить ключ в системном хранилище паролей (%1).</translation>
    </message>
    <message>
        <source>The system keychain is not available: the keys are kept only until LeadBridge quits, and you will be asked again next time.</source>
        <translation>Системное хранилище паролей недоступно: ключи будут храниться только до закрытия LeadBridge, в следующий раз их придётся ввести снова.</translation>
    </message>
    <message>
        <source>LeadBridge setup</source>
        <translation>Настройка LeadBridge</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SilenceBox</name>
    <message>
        <source>Silence alert</source>
        <translation>Предупреждение о тишине</translation>
    </message>
    <message>
        <source>LeadBridge learns the usual flow of leads per weekday and hour and warns once when none has come for implausibly long in working hours (not in the first two weeks).</source>
        <translation>LeadBridge изучает обычный поток лидов по дням недели и часам и один раз предупреждает, если в рабочие часы лидов нет неправдоподобно долго (не в первые две недели).</translation>
    </message>
    <message>
        <source>Longer than the longest usual gap ×</source>
        <translation>Дольше самого долгого обычного перерыва ×</translation>
    </message>
    <message>
        <source>And at least:</source>
        <translation>И не меньше:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SincePage</name>
    <message>
        <source>Counting the leads in Calltouch since %1…</source>
        <translation>Подсчёт лидов в Calltouch с %1…</translation>
    </message>
    <message>
        <source>Could not count the leads in Calltouch (%1). You can go on: the first sync imports them anyway.</source>
        <translation>Не удалось посчитать лиды в Calltouch (%1). Можно продолжить: первая синхронизация всё равно их импортирует.</translation>
    </message>
    <message>
        <source>Since %1 Calltouch has %2 and %3. The first sync sends them to retailCRM (chats arrive through the chat receiver and are not counted here).</source>
        <translation>С %1 в Calltouch %2 и %3. Первая синхронизация отправит их в retailCRM (чаты приходят через приёмник чатов и здесь не считаются).</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n звонок</numerusform>
            <numerusform>%n звонка</numerusform>
            <numerusform>%n звонков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n website request(s)</source>
        <translation>
            <numerusform>%n заявка с сайта</numerusform>
            <numerusform>%n заявки с сайта</numerusform>
            <numerusform>%n заявок с сайта</numerusform>
        </translation>
    </message>
    <message>
        <source>Import leads since</source>
        <translation>Импорт лидов с даты</translation>
    </message>
    <message>
        <source>Which of the leads Calltouch already has should become retailCRM orders?</source>
        <translation>Какие из уже имеющихся в Calltouch лидов должны стать заказами retailCRM?</translation>
    </message>
    <message>
        <source>Leads older than this date are never sent. New leads are always sent.</source>
        <translation>Лиды старше этой даты никогда не отправляются. Новые лиды отправляются всегда.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>From a date:</source>
        <translation>С даты:</translation>
    </message>
    <message>
        <source>First day to import</source>
        <translation>Первый день импорта</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format of the import date (Qt QDate::toString)</comment>
        <translation>dd.MM.yyyy</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Store</name>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 — не файл базы данных.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Не удалось прочитать базу данных %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a LeadBridge database (it is not an SQLite database at all). It was left untouched; check the --db option.</source>
        <translation>%1 — не база данных LeadBridge (это вообще не база SQLite). Файл не тронут; проверьте параметр --db.</translation>
    </message>
    <message>
        <source>%1 is another program's database, not LeadBridge's. It was left untouched; check the --db option.</source>
        <translation>%1 — база данных другой программы, а не LeadBridge. Файл не тронут; проверьте параметр --db.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. LeadBridge must write to it: make the file and its folder writable for this user, or choose another file with --db.</source>
        <translation>База данных %1 доступна только для чтения. LeadBridge должен в неё писать: разрешите запись в файл и его папку для этого пользователя или выберите другой файл параметром --db.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Не удалось создать базу данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Не удалось открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program (waited %2 s). Close the other program that uses it, then start LeadBridge again.</source>
        <translation>База данных %1 заблокирована другой программой (ожидание %2 с). Закройте программу, которая её использует, и запустите LeadBridge снова.</translation>
    </message>
    <message>
        <source>Cannot write to the database %1: %2</source>
        <translation>Не удалось записать в базу данных %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a LeadBridge database. It was left untouched; check the --db option.</source>
        <translation>%1 повреждён или не является базой данных LeadBridge. Файл не тронут; проверьте параметр --db.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It was moved to %2 and kept; LeadBridge will start with an empty history.</source>
        <translation>База данных %1 повреждена. Она перемещена в %2 и сохранена; LeadBridge начнёт с пустой историей.</translation>
    </message>
    <message>
        <source>the change was rolled back</source>
        <translation>изменение отменено</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Sync</name>
    <message>
        <source>The lead has neither a phone nor an e-mail, so it cannot be matched to a customer.</source>
        <translation>У лида нет ни телефона, ни e-mail, поэтому его нельзя сопоставить с клиентом.</translation>
    </message>
    <message>
        <source>No customer with this contact: a customer and an order were created.</source>
        <translation>Клиента с таким контактом нет: созданы клиент и заказ.</translation>
    </message>
    <message>
        <source>The customer had no orders: a new order was created.</source>
        <translation>У клиента не было заказов: создан новый заказ.</translation>
    </message>
    <message>
        <source>The customer's newest order is completed: a new order was created.</source>
        <translation>Последний заказ клиента выполнен: создан новый заказ.</translation>
    </message>
    <message>
        <source>The customer's newest order is cancelled: a new order was created.</source>
        <translation>Последний заказ клиента отменён: создан новый заказ.</translation>
    </message>
    <message>
        <source>The customer's newest order is open and had no lead yet: it was completed with this lead.</source>
        <translation>Последний заказ клиента открыт и ещё не связан с лидом: он дополнен данными этого лида.</translation>
    </message>
    <message>
        <source>The customer's newest order is open and already has an earlier lead: nothing was changed.</source>
        <translation>Последний заказ клиента открыт и уже связан с более ранним лидом: ничего не изменено.</translation>
    </message>
    <message>
        <source>This lead was already written to the order (found after a restart or a lost answer).</source>
        <translation>Этот лид уже был записан в заказ (обнаружено после перезапуска или потери ответа).</translation>
    </message>
    <message>
        <source>This kind of lead is switched off in the settings.</source>
        <translation>Этот тип лидов отключён в настройках.</translation>
    </message>
    <message>
        <source>Calltouch site ID</source>
        <translation>ID сайта в Calltouch</translation>
    </message>
    <message>
        <source>Calltouch call ID</source>
        <translation>ID звонка в Calltouch</translation>
    </message>
    <message>
        <source>Calltouch request ID</source>
        <translation>ID заявки в Calltouch</translation>
    </message>
    <message>
        <source>Calltouch chat ID</source>
        <translation>ID чата в Calltouch</translation>
    </message>
    <message>
        <source>Source (utm_source)</source>
        <translation>Источник (utm_source)</translation>
    </message>
    <message>
        <source>Channel (utm_medium)</source>
        <translation>Канал (utm_medium)</translation>
    </message>
    <message>
        <source>Campaign (utm_campaign)</source>
        <translation>Кампания (utm_campaign)</translation>
    </message>
    <message>
        <source>Ad (utm_content)</source>
        <translation>Объявление (utm_content)</translation>
    </message>
    <message>
        <source>Keyword (utm_term)</source>
        <translation>Ключевое слово (utm_term)</translation>
    </message>
    <message>
        <source>The lead could not be sent; the error says why.</source>
        <translation>Лид не удалось отправить; причина указана в ошибке.</translation>
    </message>
    <message>
        <source>the lead's phone number</source>
        <translation>телефон лида</translation>
    </message>
    <message>
        <source>the lead's e-mail</source>
        <translation>e-mail лида</translation>
    </message>
    <message>
        <source>the phone, or the e-mail when there is no phone</source>
        <translation>телефон или, если его нет, e-mail</translation>
    </message>
    <message>
        <source>the visitor's name</source>
        <translation>имя посетителя</translation>
    </message>
    <message>
        <source>the request's subject ("Заявка" when it has none)</source>
        <translation>тема заявки («Заявка», если темы нет)</translation>
    </message>
    <message>
        <source>Sent again: the lead is already in its order (by this lead); nothing was changed.</source>
        <translation>Отправлен повторно: лид уже в своём заказе (от этого лида); ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SyncContext</name>
    <message>
        <source>The local database %1 cannot be written: %2. The sync stopped; nothing more is sent until it can be written again (free disk space, close the other program that holds it).</source>
        <translation>В локальную базу данных %1 нельзя записать: %2. Синхронизация остановлена; ничего не отправляется, пока запись снова не станет возможной (освободите место на диске, закройте другую программу, которая её держит).</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SyncEngine</name>
    <message>
        <source>LeadBridge is not set up yet: run the setup wizard.</source>
        <translation>LeadBridge ещё не настроен: запустите мастер настройки.</translation>
    </message>
    <message>
        <source>The order has neither a phone nor an e-mail: the deal cannot be bound to a lead.</source>
        <translation>В заказе нет ни телефона, ни e-mail: сделку нельзя привязать к лиду.</translation>
    </message>
    <message>
        <source>Bound to call %1.</source>
        <translation>Привязана к звонку %1.</translation>
    </message>
    <message>
        <source>Bound to request %1.</source>
        <translation>Привязана к заявке %1.</translation>
    </message>
    <message>
        <source>No call or request with this phone or e-mail in the 12 months before the order: source "Лид не найден".</source>
        <translation>За 12 месяцев до заказа нет звонков и заявок с этим телефоном или e-mail: источник «Лид не найден».</translation>
    </message>
    <message>
        <source>Not found locally: Calltouch matches by phone and e-mail, else "Лид не найден".</source>
        <translation>Локально не найден: Calltouch сопоставит по телефону и e-mail, иначе — «Лид не найден».</translation>
    </message>
    <message>
        <source>Waiting for Calltouch's journals: the deal is bound in the next cycle.</source>
        <translation>Ждём журналы Calltouch: сделка будет привязана в следующем цикле.</translation>
    </message>
    <message>
        <source>The local database %1 cannot be written: %2</source>
        <translation>В локальную базу данных %1 нельзя записать: %2</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SyncStatusWidget</name>
    <message>
        <source>Starting</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Checking the CRM's fields</source>
        <translation>Проверка полей CRM</translation>
    </message>
    <message>
        <source>Reading the CRM's statuses and shops</source>
        <translation>Чтение статусов и магазинов CRM</translation>
    </message>
    <message>
        <source>Reading Calltouch calls</source>
        <translation>Чтение звонков Calltouch</translation>
    </message>
    <message>
        <source>Reading Calltouch requests</source>
        <translation>Чтение заявок Calltouch</translation>
    </message>
    <message>
        <source>Sending leads %1 of %2</source>
        <translation>Отправка лидов: %1 из %2</translation>
    </message>
    <message>
        <source>Sending leads</source>
        <translation>Отправка лидов</translation>
    </message>
    <message>
        <source>Reading order changes</source>
        <translation>Чтение изменений заказов</translation>
    </message>
    <message>
        <source>Checking unconfirmed deals</source>
        <translation>Проверка неподтверждённых сделок</translation>
    </message>
    <message>
        <source>Sending deals: %1</source>
        <translation>Отправка сделок: %1</translation>
    </message>
    <message>
        <source>Sending deals</source>
        <translation>Отправка сделок</translation>
    </message>
    <message>
        <source>Updating deals: %1</source>
        <translation>Обновление сделок: %1</translation>
    </message>
    <message>
        <source>Updating deals</source>
        <translation>Обновление сделок</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Last sync failed: %1 · %2</source>
        <translation>Ошибка последней синхронизации: %1 · %2</translation>
    </message>
    <message>
        <source>leads: %1, orders: %2</source>
        <translation>лидов: %1, заказов: %2</translation>
    </message>
    <message>
        <source>deals: %1</source>
        <translation>сделок: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <comment>items that failed in the last sync</comment>
        <translation>ошибок: %1</translation>
    </message>
    <message>
        <source>Last sync: %1 · %2 · %3</source>
        <translation>Последняя синхронизация: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <translation>Синхронизация… %1</translation>
    </message>
</context>
<context>
    <name>LeadBridge::TableContextMenu</name>
    <message>
        <source>Copy &amp;cell</source>
        <translation>Копировать &amp;ячейку</translation>
    </message>
    <message>
        <source>Cop&amp;y row</source>
        <translation>Копировать ст&amp;року</translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation>Копировать выбранные строки</translation>
    </message>
    <message>
        <source>&amp;Open in retailCRM</source>
        <translation>&amp;Открыть в retailCRM</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Подробности</translation>
    </message>
</context>
<context>
    <name>LeadBridge::TableExport</name>
    <message>
        <source>The table is gone.</source>
        <translation>Таблица больше недоступна.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The database was closed during the export; %1 was not written.</source>
        <translation>База данных была закрыта во время экспорта; файл %1 не записан.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::TableTab</name>
    <message>
        <source>Filter: phone, e-mail, name, number, UTM…</source>
        <translation>Фильтр: телефон, e-mail, имя, номер, UTM…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::TrayController</name>
    <message>
        <source>LeadBridge: sync problems</source>
        <translation>LeadBridge: проблемы синхронизации</translation>
    </message>
    <message numerus="yes">
        <source>%n new error(s)</source>
        <translation>
            <numerusform>%n новая ошибка</numerusform>
            <numerusform>%n новые ошибки</numerusform>
            <numerusform>%n новых ошибок</numerusform>
        </translation>
    </message>
    <message>
        <source>See the Errors tab for what failed and when it is retried.</source>
        <translation>На вкладке «Ошибки» видно, что не удалось и когда будет повторная попытка.</translation>
    </message>
    <message>
        <source>%1 rejected the credentials</source>
        <translation>%1 отклонил учётные данные</translation>
    </message>
    <message>
        <source>The sync is stopped. Run the setup wizard again to fix it.</source>
        <translation>Синхронизация остановлена. Чтобы это исправить, снова запустите мастер настройки.</translation>
    </message>
    <message>
        <source>LeadBridge is set up</source>
        <translation>LeadBridge настроен</translation>
    </message>
    <message>
        <source>The sync runs in the background now.</source>
        <translation>Теперь синхронизация работает в фоновом режиме.</translation>
    </message>
    <message>
        <source>LeadBridge setup failed</source>
        <translation>Не удалось настроить LeadBridge</translation>
    </message>
    <message>
        <source>LeadBridge keeps running</source>
        <translation>LeadBridge продолжает работать</translation>
    </message>
    <message>
        <source>The sync goes on in the background. Click the tray icon to open the window; use Quit in its menu to stop LeadBridge.</source>
        <translation>Синхронизация продолжается в фоновом режиме. Чтобы открыть окно, щёлкните значок в области уведомлений; чтобы остановить LeadBridge, выберите «Выход» в его меню.</translation>
    </message>
    <message>
        <source>Start with the system</source>
        <translation>Запускать вместе с системой</translation>
    </message>
    <message>
        <source>LeadBridge: last sync %1</source>
        <translation>LeadBridge: последняя синхронизация %1</translation>
    </message>
    <message>
        <source>LeadBridge: no sync yet</source>
        <translation>LeadBridge: синхронизации ещё не было</translation>
    </message>
    <message>
        <source>Open errors (%1)</source>
        <translation>Открыть ошибки (%1)</translation>
    </message>
    <message>
        <source>Open errors</source>
        <translation>Открыть ошибки</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Синхронизация приостановлена</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Последняя синхронизация %1</translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation>Синхронизации ещё не было</translation>
    </message>
    <message>
        <source>open errors: %1</source>
        <translation>открытых ошибок: %1</translation>
    </message>
    <message>
        <source>no open errors</source>
        <translation>открытых ошибок нет</translation>
    </message>
    <message>
        <source>LeadBridge: no deals pushed</source>
        <translation>LeadBridge: сделки не передаются</translation>
    </message>
    <message>
        <source>LeadBridge: no leads</source>
        <translation>LeadBridge: нет лидов</translation>
    </message>
</context>
<context>
    <name>LeadBridge::WebhookReceiver</name>
    <message>
        <source>The chat receiver's address "%1" is not host:port.</source>
        <translation>Адрес приёмника чатов «%1» не в виде хост:порт.</translation>
    </message>
    <message>
        <source>The chat receiver has no secret: open Settings and turn it on again, or set LEADBRIDGE_WEBHOOK_SECRET (at least %1 characters).</source>
        <translation>У приёмника чатов нет секрета: откройте настройки и включите его заново или задайте LEADBRIDGE_WEBHOOK_SECRET (не менее %1 символов).</translation>
    </message>
    <message>
        <source>Chat receiver: port %1 is busy; choose another one in Settings.</source>
        <translation>Приёмник чатов: порт %1 занят; выберите другой в настройках.</translation>
    </message>
    <message>
        <source>Chat receiver: cannot listen on %1: %2</source>
        <translation>Приёмник чатов: не удаётся слушать %1: %2</translation>
    </message>
</context>
<context>
    <name>LeadBridge::WebhookStatusLabel</name>
    <message>
        <source>port %1</source>
        <translation>порт %1</translation>
    </message>
    <message>
        <source>Receiving chats at %1</source>
        <translation>Приём чатов по адресу %1</translation>
    </message>
    <message>
        <source>last delivery %1</source>
        <translation>последняя доставка %1</translation>
    </message>
    <message>
        <source>no delivery yet</source>
        <translation>доставок ещё не было</translation>
    </message>
</context>
<context>
    <name>LeadBridge::WebhookUrlCommand</name>
    <message>
        <source>The chat receiver is off: set webhook/listen (e.g. 127.0.0.1:8099) in the settings file.</source>
        <translation>Приёмник чатов выключен: задайте webhook/listen (например, 127.0.0.1:8099) в файле настроек.</translation>
    </message>
    <message>
        <source>No public URL for the chat receiver: set webhook/publicUrl to the https address at which Calltouch reaches this server (e.g. https://hooks.myshop.ru).</source>
        <translation>У приёмника чатов нет публичного адреса: задайте в webhook/publicUrl https-адрес, по которому Calltouch достигает этого сервера (например, https://hooks.myshop.ru).</translation>
    </message>
    <message>
        <source>Set LEADBRIDGE_WEBHOOK_SECRET instead.</source>
        <translation>Вместо этого задайте LEADBRIDGE_WEBHOOK_SECRET.</translation>
    </message>
    <message>
        <source>The keychain cannot keep the chat receiver's secret on this machine. Set LEADBRIDGE_WEBHOOK_SECRET to a random value of at least 32 characters (e.g. the output of: openssl rand -hex 32) and run this again.</source>
        <translation>Связка ключей на этой машине не может хранить секрет приёмника чатов. Задайте LEADBRIDGE_WEBHOOK_SECRET — случайное значение не короче 32 символов (например, вывод команды openssl rand -hex 32) — и запустите снова.</translation>
    </message>
    <message>
        <source>Calls:    %1</source>
        <translation>Звонки:  %1</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>Заявки:  %1</translation>
    </message>
    <message>
        <source>Chats:    %1</source>
        <translation>Чаты:    %1</translation>
    </message>
    <message>
        <source>Paste them in the Calltouch cabinet: %1 (a webhook per kind, method POST).</source>
        <translation>Вставьте их в кабинете Calltouch: %1 (по вебхуку на каждый вид, метод POST).</translation>
    </message>
    <message>
        <source>LeadBridge listens on %1; your reverse proxy must pass %2 there.</source>
        <translation>LeadBridge слушает %1; ваш обратный прокси должен передавать туда %2.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::WebhookWidget</name>
    <message>
        <source>The address to listen on must be host:port, e.g. 127.0.0.1:8099.</source>
        <translation>Адрес для приёма должен быть в виде хост:порт, например 127.0.0.1:8099.</translation>
    </message>
    <message>
        <source>The public URL must be an address like https://hooks.myshop.ru.</source>
        <translation>Публичный адрес должен быть вида https://hooks.myshop.ru.</translation>
    </message>
    <message>
        <source>Calltouch needs a public https address: put a TLS reverse proxy (nginx, Caddy) in front of LeadBridge.</source>
        <translation>Calltouch нужен публичный https-адрес: поставьте перед LeadBridge обратный прокси с TLS (nginx, Caddy).</translation>
    </message>
    <message>
        <source>Sending a test chat…</source>
        <translation>Отправка тестового чата…</translation>
    </message>
    <message>
        <source>The test chat arrived at %1: the receiver works. Nothing was sent to retailCRM.</source>
        <translation>Тестовый чат пришёл в %1: приёмник работает. В retailCRM ничего не отправлено.</translation>
    </message>
    <message>
        <source>Something answers on port %1, but not with this secret: save, so that LeadBridge's receiver uses it, then test again.</source>
        <translation>На порту %1 кто-то отвечает, но не с этим секретом: сохраните, чтобы приёмник LeadBridge начал его использовать, и проверьте снова.</translation>
    </message>
    <message>
        <source>The test chat did not arrive: %1</source>
        <translation>Тестовый чат не пришёл: %1</translation>
    </message>
    <message>
        <source>Regenerate the secret?</source>
        <translation>Создать новый секрет?</translation>
    </message>
    <message>
        <source>The current webhook URLs stop working as soon as you save. Paste the new URLs into Calltouch (%1) right after, or chats will not arrive.</source>
        <translation>Текущие адреса вебхуков перестанут работать сразу после сохранения. Сразу вставьте новые адреса в Calltouch (%1), иначе чаты не будут приходить.</translation>
    </message>
    <message>
        <source>A new secret: save, then paste the new URLs into Calltouch. The old URLs no longer work.</source>
        <translation>Новый секрет: сохраните, затем вставьте новые адреса в Calltouch. Старые адреса больше не работают.</translation>
    </message>
    <message>
        <source>Chats reach LeadBridge only as Calltouch webhooks: Calltouch calls a public URL, a reverse proxy with TLS passes it to the address below. Calls and requests may come the same way (faster than polling).</source>
        <translation>Чаты попадают в LeadBridge только как вебхуки Calltouch: Calltouch обращается к публичному адресу, обратный прокси с TLS передаёт запрос на адрес ниже. Звонки и заявки могут приходить так же (быстрее, чем опрос).</translation>
    </message>
    <message>
        <source>Receive chats from Calltouch (webhooks)</source>
        <translation>Принимать чаты из Calltouch (вебхуки)</translation>
    </message>
    <message>
        <source>Listen on (address:port):</source>
        <translation>Слушать (адрес:порт):</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>Публичный адрес:</translation>
    </message>
    <message>
        <source>Calls URL:</source>
        <translation>Адрес для звонков:</translation>
    </message>
    <message>
        <source>Requests URL:</source>
        <translation>Адрес для заявок:</translation>
    </message>
    <message>
        <source>Chats URL:</source>
        <translation>Адрес для чатов:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Paste each URL into the Calltouch cabinet: %1: a webhook by leads for calls, one for requests, and a webhook by chats; method POST.</source>
        <translation>Вставьте каждый адрес в кабинете Calltouch: %1: вебхук по лидам для звонков, ещё один для заявок и вебхук по чатам; метод POST.</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>Отправить тест</translation>
    </message>
    <message>
        <source>Regenerate secret…</source>
        <translation>Новый секрет…</translation>
    </message>
    <message>
        <source>Posts a sample chat to the local listener; nothing is sent to retailCRM.</source>
        <translation>Отправляет пример чата на локальный приёмник; в retailCRM ничего не отправляется.</translation>
    </message>
    <message>
        <source>The secret part of the URL is hidden here; Copy puts the whole URL on the clipboard.</source>
        <translation>Секретная часть адреса здесь скрыта; «Копировать» помещает в буфер обмена полный адрес.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Синхронизации ещё не было</translation>
    </message>
    <message>
        <source>Sync is not running</source>
        <translation>Синхронизация не запущена</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Ещё не настроено</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Нет подключения: %1</translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation>Следующая синхронизация: %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n lead(s)</source>
        <translation>
            <numerusform>Ожидает отправки: %n лид</numerusform>
            <numerusform>Ожидают отправки: %n лида</numerusform>
            <numerusform>Ожидают отправки: %n лидов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Store</name>
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
        <source>No %1 is stored in the keychain.</source>
        <translation>В хранилище паролей не найден %1.</translation>
    </message>
    <message>
        <source>retailCRM API key</source>
        <translation>API-ключ retailCRM</translation>
    </message>
    <message>
        <source>Calltouch token</source>
        <translation>токен Calltouch</translation>
    </message>
    <message>
        <source>Run the setup wizard, or set the environment variable %1.</source>
        <translation>Запустите мастер настройки или задайте переменную окружения %1.</translation>
    </message>
    <message>
        <source>LeadBridge is not configured: the settings file needs retailcrm/url and calltouch/siteId (see README).</source>
        <translation>LeadBridge не настроен: в файле настроек должны быть заданы retailcrm/url и calltouch/siteId (см. README).</translation>
    </message>
    <message>
        <source>Sync cycle: %1 orders created, %2 updated, %3 skipped, %4 failed; %5 deals created, %6 updated, %7 failed.</source>
        <translation>Цикл синхронизации: заказы — создано %1, обновлено %2, пропущено %3, ошибок %4; сделки — создано %5, обновлено %6, ошибок %7.</translation>
    </message>
    <message>
        <source>chat receiver secret (webhook/listen is set)</source>
        <translation>секрет приёмника чатов (задан webhook/listen)</translation>
    </message>
    <message>
        <source>Receiving chats on port %1.</source>
        <translation>Приём чатов на порту %1.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written: leads of %1 to %2.</source>
        <translation>Пробный запуск, ничего не записано: лиды с %1 по %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n API request(s) made.</source>
        <translation>
            <numerusform>Выполнен %n запрос к API.</numerusform>
            <numerusform>Выполнено %n запроса к API.</numerusform>
            <numerusform>Выполнено %n запросов к API.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calltouch sent %n record(s) without an id; they cannot be synced.</source>
        <translation>
            <numerusform>Calltouch прислал %n запись без id; такие записи нельзя синхронизировать.</numerusform>
            <numerusform>Calltouch прислал %n записи без id; такие записи нельзя синхронизировать.</numerusform>
            <numerusform>Calltouch прислал %n записей без id; такие записи нельзя синхронизировать.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journals and orders read with %1 request(s); checking takes %2 to %3 more request(s), at most about %4 s within the rate limits.</source>
        <translation>Журналы и заказы прочитаны, запросов: %1; проверка займёт ещё от %2 до %3 запросов, не более ~%4 с в пределах лимитов.</translation>
    </message>
    <message>
        <source>Reconciliation, nothing was written.</source>
        <translation>Сверка, ничего не записано.</translation>
    </message>
    <message>
        <source>Everything matches.</source>
        <translation>Всё сходится.</translation>
    </message>
    <message>
        <source>The report could not be kept: %1</source>
        <translation>Отчёт не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>The report is kept: the Reconciliation tab of the window shows it, with a fix for each line.</source>
        <translation>Отчёт сохранён: его показывает вкладка «Сверка» в окне, с исправлением для каждой строки.</translation>
    </message>
    <message>
        <source>Checking takes about %1 request(s) and about %2 s within the rate limits.</source>
        <translation>Проверка займёт около %1 запросов и около %2 с в пределах лимитов.</translation>
    </message>
</context>
</TS>
