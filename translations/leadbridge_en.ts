<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>LeadBridge::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (built with %2)</translation>
    </message>
    <message>
        <source>About LeadBridge</source>
        <translation>About LeadBridge</translation>
    </message>
    <message>
        <source>Licence: proprietary; for use under your licence agreement.</source>
        <translation>Licence: proprietary; for use under your licence agreement.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Settings file:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Logs:</translation>
    </message>
    <message>
        <source>Standard error: the terminal, or the user journal when started from the desktop (journalctl --user). As a service: journalctl -u leadbridge-headless@NAME</source>
        <translation>Standard error: the terminal, or the user journal when started from the desktop (journalctl --user). As a service: journalctl -u leadbridge-headless@NAME</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Help: using LeadBridge</source>
        <translation>Help: using LeadBridge</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ApiError</name>
    <message>
        <source>No error.</source>
        <translation>No error.</translation>
    </message>
    <message>
        <source>The service cannot be reached. Check the address and the Internet connection.</source>
        <translation>The service cannot be reached. Check the address and the Internet connection.</translation>
    </message>
    <message>
        <source>The service did not answer in time. LeadBridge will try again.</source>
        <translation>The service did not answer in time. LeadBridge will try again.</translation>
    </message>
    <message>
        <source>The secure connection failed (certificate problem). Check the address; LeadBridge never ignores certificate errors.</source>
        <translation>The secure connection failed (certificate problem). Check the address; LeadBridge never ignores certificate errors.</translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is only allowed for this computer (127.0.0.1).</source>
        <translation>The address must start with https://. Plain http:// is only allowed for this computer (127.0.0.1).</translation>
    </message>
    <message>
        <source>The key or token was rejected. Check it, or create a new one.</source>
        <translation>The key or token was rejected. Check it, or create a new one.</translation>
    </message>
    <message>
        <source>The key is valid but lacks a permission for this operation. Tick the missing permissions for the key and try again.</source>
        <translation>The key is valid but lacks a permission for this operation. Tick the missing permissions for the key and try again.</translation>
    </message>
    <message>
        <source>The service says it does not know this item or method.</source>
        <translation>The service says it does not know this item or method.</translation>
    </message>
    <message>
        <source>The service rejected the data.</source>
        <translation>The service rejected the data.</translation>
    </message>
    <message>
        <source>The service asks to slow down (too many requests). LeadBridge will wait and retry.</source>
        <translation>The service asks to slow down (too many requests). LeadBridge will wait and retry.</translation>
    </message>
    <message>
        <source>The retailCRM account has reached a limit of its plan.</source>
        <translation>The retailCRM account has reached a limit of its plan.</translation>
    </message>
    <message>
        <source>The service has a problem on its side. LeadBridge will try again.</source>
        <translation>The service has a problem on its side. LeadBridge will try again.</translation>
    </message>
    <message>
        <source>The service answered with something that is not its API (for example an HTML page). Check the address.</source>
        <translation>The service answered with something that is not its API (for example an HTML page). Check the address.</translation>
    </message>
    <message>
        <source>The answer to a write was lost. LeadBridge will check what was saved before it writes again.</source>
        <translation>The answer to a write was lost. LeadBridge will check what was saved before it writes again.</translation>
    </message>
    <message>
        <source>There is no retailCRM account at this address. Check the address: it usually looks like https://&lt;name&gt;.retailcrm.ru.</source>
        <translation>There is no retailCRM account at this address. Check the address: it usually looks like https://&lt;name&gt;.retailcrm.ru.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ApiTransport</name>
    <message>
        <source>answer too large (more than %1 MiB); it was not read</source>
        <translation>answer too large (more than %1 MiB); it was not read</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Calltouch</name>
    <message>
        <source>The answer is not valid JSON (%1).</source>
        <translation>The answer is not valid JSON (%1).</translation>
    </message>
    <message>
        <source>A call record has no callId.</source>
        <translation>A call record has no callId.</translation>
    </message>
    <message>
        <source>The calls journal answer is neither a list nor a page with records.</source>
        <translation>The calls journal answer is neither a list nor a page with records.</translation>
    </message>
    <message>
        <source>A request record has no requestId.</source>
        <translation>A request record has no requestId.</translation>
    </message>
    <message>
        <source>The requests journal answer is not a list of requests.</source>
        <translation>The requests journal answer is not a list of requests.</translation>
    </message>
    <message>
        <source>The deals journal answer is not a page with records.</source>
        <translation>The deals journal answer is not a page with records.</translation>
    </message>
    <message>
        <source>The webhook has no lead id (kind: %1).</source>
        <translation>The webhook has no lead id (kind: %1).</translation>
    </message>
    <message>
        <source>Calltouch rejected the data: %1</source>
        <translation>Calltouch rejected the data: %1</translation>
    </message>
    <message>
        <source>Calltouch error %1: %2</source>
        <translation>Calltouch error %1: %2</translation>
    </message>
    <message>
        <source>The deals answer has no data.orders list.</source>
        <translation>The deals answer has no data.orders list.</translation>
    </message>
    <message>
        <source>Calltouch returned no result for this deal.</source>
        <translation>Calltouch returned no result for this deal.</translation>
    </message>
    <message>
        <source>Calltouch rejected the API token or the site ID (HTTP %1). Check both in the Calltouch account under Integrations, API.</source>
        <translation>Calltouch rejected the API token or the site ID (HTTP %1). Check both in the Calltouch account under Integrations, API.</translation>
    </message>
    <message>
        <source>The address answered with a redirect (HTTP %1): it is not the Calltouch API address. Check the Calltouch API address setting (normally https://api.calltouch.ru).</source>
        <translation>The address answered with a redirect (HTTP %1): it is not the Calltouch API address. Check the Calltouch API address setting (normally https://api.calltouch.ru).</translation>
    </message>
    <message>
        <source>The address answered with a page that is not JSON (HTTP %1): it is not the Calltouch API address. Check the Calltouch API address setting (normally https://api.calltouch.ru).</source>
        <translation>The address answered with a page that is not JSON (HTTP %1): it is not the Calltouch API address. Check the Calltouch API address setting (normally https://api.calltouch.ru).</translation>
    </message>
    <message>
        <source>The journal page has an impossible "%1": %2.</source>
        <translation>The journal page has an impossible "%1": %2.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Calltouch::Client</name>
    <message>
        <source>The period %1 to %2 is not a valid range of days.</source>
        <translation>The period %1 to %2 is not a valid range of days.</translation>
    </message>
    <message>
        <source>The address answers with JSON that is not the Calltouch calls journal: it is not the Calltouch API address. %1</source>
        <translation>The address answers with JSON that is not the Calltouch calls journal: it is not the Calltouch API address. %1</translation>
    </message>
    <message>
        <source>Calltouch keeps sending pages (more than %1); the read was stopped.</source>
        <translation>Calltouch keeps sending pages (more than %1); the read was stopped.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::CalltouchPage</name>
    <message>
        <source>Connected to Calltouch.</source>
        <translation>Connected to Calltouch.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the API address and the Internet connection.</source>
        <translation>Could not reach %1. Check the API address and the Internet connection.</translation>
    </message>
    <message>
        <source>%1 is not the Calltouch API address. The usual address is https://api.calltouch.ru.</source>
        <translation>%1 is not the Calltouch API address. The usual address is https://api.calltouch.ru.</translation>
    </message>
    <message>
        <source>Calltouch did not accept this site ID and token. Check both in your Calltouch account's API settings: the token must belong to this site.</source>
        <translation>Calltouch did not accept this site ID and token. Check both in your Calltouch account's API settings: the token must belong to this site.</translation>
    </message>
    <message>
        <source>Connect Calltouch</source>
        <translation>Connect Calltouch</translation>
    </message>
    <message>
        <source>LeadBridge reads calls, requests and chats from Calltouch and sends deals back.</source>
        <translation>LeadBridge reads calls, requests and chats from Calltouch and sends deals back.</translation>
    </message>
    <message>
        <source>Enter the Calltouch site ID and the API token. LeadBridge checks them before you go on.</source>
        <translation>Enter the Calltouch site ID and the API token. LeadBridge checks them before you go on.</translation>
    </message>
    <message>
        <source>Site ID:</source>
        <translation>Site ID:</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API token:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API address:</translation>
    </message>
    <message>
        <source>Both are in your Calltouch account's API settings. Leave the API address as it is unless Calltouch support told you otherwise.</source>
        <translation>Both are in your Calltouch account's API settings. Leave the API address as it is unless Calltouch support told you otherwise.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ChatsPage</name>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Optional: chats need a public https address for Calltouch to call. You can turn this on later in Settings.</source>
        <translation>Optional: chats need a public https address for Calltouch to call. You can turn this on later in Settings.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::CheckStatus</name>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Cancel check</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ConnectionPage</name>
    <message>
        <source>Check cancelled.</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is only allowed for this computer (localhost).</source>
        <translation>The address must start with https://. Plain http:// is only allowed for this computer (localhost).</translation>
    </message>
    <message>
        <source>%1 asks to slow down (too many requests). Wait a minute and press Next again.</source>
        <translation>%1 asks to slow down (too many requests). Wait a minute and press Next again.</translation>
    </message>
    <message>
        <source>Next is available once every field is filled in. Still empty: %1.</source>
        <translation>Next is available once every field is filled in. Still empty: %1.</translation>
    </message>
    <message>
        <source>Sandbox — demo data. The simulated %1 on this computer accepts:
%2</source>
        <translation>Sandbox — demo data. The simulated %1 on this computer accepts:
%2</translation>
    </message>
    <message>
        <source>Fill in the demo values</source>
        <translation>Fill in the demo values</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Dashboard</name>
    <message>
        <source>Leads per day, last 14 days</source>
        <translation>Leads per day, last 14 days</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>order action and count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lead not found</source>
        <translation>Lead not found</translation>
    </message>
    <message>
        <source>Matched by Calltouch</source>
        <translation>Matched by Calltouch</translation>
    </message>
    <message>
        <source>No UTM source</source>
        <translation>No UTM source</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Leads per day, last 14 days (none yet)</source>
        <translation>Leads per day, last 14 days (none yet)</translation>
    </message>
    <message>
        <source>Deal revenue by lead source (no deals yet)</source>
        <translation>Deal revenue by lead source (no deals yet)</translation>
    </message>
    <message>
        <source>What the leads did to orders</source>
        <translation>What the leads did to orders</translation>
    </message>
    <message>
        <source>What the leads did to orders (nothing yet)</source>
        <translation>What the leads did to orders (nothing yet)</translation>
    </message>
    <message>
        <source>Calltouch bound these orders to a lead through the customer's contacts.</source>
        <translation>Calltouch bound these orders to a lead through the customer's contacts.</translation>
    </message>
    <message>
        <source>The bound lead came without a utm_source (e.g. a direct call).</source>
        <translation>The bound lead came without a utm_source (e.g. a direct call).</translation>
    </message>
    <message>
        <source>The sources after the %1 largest.</source>
        <translation>The sources after the %1 largest.</translation>
    </message>
    <message>
        <source>Deal revenue by lead source</source>
        <translation>Deal revenue by lead source</translation>
    </message>
    <message>
        <source>Lead not found: orders whose phone or e-mail matched no Calltouch lead (offline or repeat customers).</source>
        <translation>Lead not found: orders whose phone or e-mail matched no Calltouch lead (offline or repeat customers).</translation>
    </message>
    <message>
        <source>Orders whose phone or e-mail matched no Calltouch lead: offline sales, or repeat customers who did not call or write this time.</source>
        <translation>Orders whose phone or e-mail matched no Calltouch lead: offline sales, or repeat customers who did not call or write this time.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::DatabaseLock</name>
    <message>
        <source>The database %1 is in use by another LeadBridge (process %2 on %3, since %4). Only one LeadBridge may use a database: close the other one first.</source>
        <translation>The database %1 is in use by another LeadBridge (process %2 on %3, since %4). Only one LeadBridge may use a database: close the other one first.</translation>
    </message>
    <message>
        <source>The database %1 is in use by another LeadBridge (its lock file %2 cannot be read). Close the other one first.</source>
        <translation>The database %1 is in use by another LeadBridge (its lock file %2 cannot be read). Close the other one first.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: the folder is not writable.</source>
        <translation>Cannot create the lock file %1: the folder is not writable.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Cannot create the lock file %1.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::DealModel</name>
    <message>
        <source>All deals</source>
        <translation>All deals</translation>
    </message>
    <message>
        <source>Bound to a lead</source>
        <translation>Bound to a lead</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last pushed</source>
        <translation>Last pushed</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
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
        <translation>Could not start the sandbox.</translation>
    </message>
    <message>
        <source>Sandbox, demo data</source>
        <translation>Sandbox, demo data</translation>
    </message>
</context>
<context>
    <name>LeadBridge::DetailsDialog</name>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>UTM:</source>
        <translation>UTM:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Attempts:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Raw data from Calltouch</source>
        <translation>Raw data from Calltouch</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Shop:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>Lead:</translation>
    </message>
    <message>
        <source>Deal of order %1</source>
        <translation>Deal of order %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Revenue:</source>
        <translation>Revenue:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Manager:</translation>
    </message>
    <message>
        <source>Customer contact:</source>
        <translation>Customer contact:</translation>
    </message>
    <message>
        <source>How it was bound:</source>
        <translation>How it was bound:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Calltouch deal:</source>
        <translation>Calltouch deal:</translation>
    </message>
    <message>
        <source>Last pushed:</source>
        <translation>Last pushed:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <source>Next retry:</source>
        <translation>Next retry:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Resolved:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Resend now…</source>
        <translation>Resend now…</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Already in order %1 (by this lead): nothing was changed.</source>
        <translation>Already in order %1 (by this lead): nothing was changed.</translation>
    </message>
    <message>
        <source>Checked again: in its order</source>
        <translation>Checked again: in its order</translation>
    </message>
    <message>
        <source>Will be sent:</source>
        <translation>Will be sent:</translation>
    </message>
    <message>
        <source>with the next sync</source>
        <translation>with the next sync</translation>
    </message>
    <message>
        <source>Why it waits:</source>
        <translation>Why it waits:</translation>
    </message>
    <message>
        <source>An earlier attempt failed; it is tried again at this time.</source>
        <translation>An earlier attempt failed; it is tried again at this time.</translation>
    </message>
    <message>
        <source>New leads are sent by the next sync cycle, once the delay after the call or request has passed (Calltouch completes the lead's data meanwhile).</source>
        <translation>New leads are sent by the next sync cycle, once the delay after the call or request has passed (Calltouch completes the lead's data meanwhile).</translation>
    </message>
    <message>
        <source>only when you resend it</source>
        <translation>only when you resend it</translation>
    </message>
    <message>
        <source>The last attempt failed; it is tried again automatically at this time.</source>
        <translation>The last attempt failed; it is tried again automatically at this time.</translation>
    </message>
    <message>
        <source>Waiting cannot help (the data must be corrected first): it is not tried again by itself.</source>
        <translation>Waiting cannot help (the data must be corrected first): it is not tried again by itself.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>What to do:</translation>
    </message>
</context>
<context>
    <name>LeadBridge::DryRunPlanner</name>
    <message>
        <source>retailCRM order %1 of this customer has no valid creation date, so the newest order cannot be told; correct the order in retailCRM.</source>
        <translation>retailCRM order %1 of this customer has no valid creation date, so the newest order cannot be told; correct the order in retailCRM.</translation>
    </message>
    <message>
        <source>new (lead %1)</source>
        <translation>new (lead %1)</translation>
    </message>
</context>
<context>
    <name>LeadBridge::DryRunReport</name>
    <message>
        <source>%1 lead(s) read from Calltouch: %2 new customer(s) with an order, %3 new order(s) for existing customers, %4 open order(s) completed with the lead, %5 skipped, %6 without a contact, %7 of a kind switched off, %8 not readable in retailCRM.</source>
        <translation>%1 lead(s) read from Calltouch: %2 new customer(s) with an order, %3 new order(s) for existing customers, %4 open order(s) completed with the lead, %5 skipped, %6 without a contact, %7 of a kind switched off, %8 not readable in retailCRM.</translation>
    </message>
    <message>
        <source>Create customer and order</source>
        <translation>Create customer and order</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>Create order</translation>
    </message>
    <message>
        <source>Update order</source>
        <translation>Update order</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>No contact</translation>
    </message>
    <message>
        <source>Kind switched off</source>
        <translation>Kind switched off</translation>
    </message>
    <message>
        <source>Not readable</source>
        <translation>Not readable</translation>
    </message>
    <message>
        <source>The lead has neither a phone nor an e-mail, so it cannot be matched to a customer.</source>
        <translation>The lead has neither a phone nor an e-mail, so it cannot be matched to a customer.</translation>
    </message>
    <message>
        <source>No customer with this contact: a customer and an order would be created.</source>
        <translation>No customer with this contact: a customer and an order would be created.</translation>
    </message>
    <message>
        <source>The customer has no orders: a new order would be created.</source>
        <translation>The customer has no orders: a new order would be created.</translation>
    </message>
    <message>
        <source>The customer's newest order is completed: a new order would be created.</source>
        <translation>The customer's newest order is completed: a new order would be created.</translation>
    </message>
    <message>
        <source>The customer's newest order is cancelled: a new order would be created.</source>
        <translation>The customer's newest order is cancelled: a new order would be created.</translation>
    </message>
    <message>
        <source>The customer's newest order is open and has no lead yet: it would get this lead.</source>
        <translation>The customer's newest order is open and has no lead yet: it would get this lead.</translation>
    </message>
    <message>
        <source>The customer's newest order is open and already has an earlier lead: nothing would change.</source>
        <translation>The customer's newest order is open and already has an earlier lead: nothing would change.</translation>
    </message>
    <message>
        <source>The lead is already in order %1 (synced before): nothing would change.</source>
        <translation>The lead is already in order %1 (synced before): nothing would change.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation>Lead ID</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>What would happen</source>
        <translation>What would happen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Website request</source>
        <translation>Website request</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
</context>
<context>
    <name>LeadBridge::EmptyState</name>
    <message>
        <source>LeadBridge is not set up yet</source>
        <translation>LeadBridge is not set up yet</translation>
    </message>
    <message>
        <source>To turn Calltouch leads into retailCRM orders, LeadBridge needs the address and an API key of your retailCRM account and the site ID and token of your Calltouch project. The setup takes about five minutes.</source>
        <translation>To turn Calltouch leads into retailCRM orders, LeadBridge needs the address and an API key of your retailCRM account and the site ID and token of your Calltouch project. The setup takes about five minutes.</translation>
    </message>
    <message>
        <source>Set up now</source>
        <translation>Set up now</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Try the sandbox</translation>
    </message>
    <message>
        <source>The sandbox opens a second LeadBridge window with a simulated retailCRM and Calltouch and demo data: nothing is sent anywhere.</source>
        <translation>The sandbox opens a second LeadBridge window with a simulated retailCRM and Calltouch and demo data: nothing is sent anywhere.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ErrorModel</name>
    <message>
        <source>All errors</source>
        <translation>All errors</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Not resolved</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Next retry</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ErrorsMonitor</name>
    <message>
        <source>Errors (%1)</source>
        <comment>open errors</comment>
        <translation>Errors (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n open error(s)</source>
        <translation>
            <numerusform>%n open error(s)</numerusform>
            <numerusform>%n open error(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 The sync is stopped until this is fixed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 The sync is stopped until this is fixed.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::FieldsPage</name>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Custom fields: %1 created, %2 already existed.</source>
        <translation>Custom fields: %1 created, %2 already existed.</translation>
    </message>
    <message>
        <source>Custom order fields</source>
        <translation>Custom order fields</translation>
    </message>
    <message>
        <source>LeadBridge keeps the Calltouch IDs and UTM tags of each lead in these order fields.</source>
        <translation>LeadBridge keeps the Calltouch IDs and UTM tags of each lead in these order fields.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>Will be created</translation>
    </message>
    <message>
        <source>Exists, reused</source>
        <translation>Exists, reused</translation>
    </message>
    <message>
        <source>Text (string)</source>
        <translation>Text (string)</translation>
    </message>
    <message>
        <source>Number (integer)</source>
        <translation>Number (integer)</translation>
    </message>
    <message numerus="yes">
        <source>Create %n field(s) in retailCRM</source>
        <translation>
            <numerusform>Create %n field(s) in retailCRM</numerusform>
            <numerusform>Create %n field(s) in retailCRM</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the account's custom fields: %1</source>
        <translation>Could not read the account's custom fields: %1</translation>
    </message>
    <message>
        <source>Next is available once the missing fields exist: press Create.</source>
        <translation>Next is available once the missing fields exist: press Create.</translation>
    </message>
    <message>
        <source>These fields are added to the orders of your retailCRM account. Nothing is written until you press Create; fields that already exist with the same code are reused.</source>
        <translation>These fields are added to the orders of your retailCRM account. Nothing is written until you press Create; fields that already exist with the same code are reused.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>In your account</source>
        <translation>In your account</translation>
    </message>
</context>
<context>
    <name>LeadBridge::FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Press Finish to save and start the sync in the background.</source>
        <translation>Press Finish to save and start the sync in the background.</translation>
    </message>
    <message>
        <source>retailCRM:</source>
        <translation>retailCRM:</translation>
    </message>
    <message>
        <source>Shop for new orders:</source>
        <translation>Shop for new orders:</translation>
    </message>
    <message>
        <source>Calltouch site ID:</source>
        <translation>Calltouch site ID:</translation>
    </message>
    <message>
        <source>Leads sent:</source>
        <translation>Leads sent:</translation>
    </message>
    <message>
        <source>Delay before sending:</source>
        <translation>Delay before sending:</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals to Calltouch:</source>
        <translation>Deals to Calltouch:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Order fields:</source>
        <translation>Order fields:</translation>
    </message>
    <message>
        <source>Import leads since:</source>
        <translation>Import leads since:</translation>
    </message>
    <message>
        <source>The keys are kept in memory only, until LeadBridge quits (the sandbox, or the system keychain refused them): you will be asked for them again next time.</source>
        <translation>The keys are kept in memory only, until LeadBridge quits (the sandbox, or the system keychain refused them): you will be asked for them again next time.</translation>
    </message>
    <message>
        <source>The keys are saved in the system keychain, never in a file. Should the keychain refuse them, LeadBridge keeps them in memory until it quits and tells you so.</source>
        <translation>The keys are saved in the system keychain, never in a file. Should the keychain refuse them, LeadBridge keeps them in memory until it quits and tells you so.</translation>
    </message>
    <message>
        <source>A notification confirms when the sync has started.</source>
        <translation>A notification confirms when the sync has started.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About LeadBridge</source>
        <translation>&amp;About LeadBridge</translation>
    </message>
</context>
<context>
    <name>LeadBridge::KeychainSecretStore</name>
    <message>
        <source>%1 The key is kept in memory for this session only; you will be asked again next time.</source>
        <translation>%1 The key is kept in memory for this session only; you will be asked again next time.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Labels</name>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Waiting to retry</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Customer and order created</source>
        <translation>Customer and order created</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Order created</translation>
    </message>
    <message>
        <source>Order updated</source>
        <translation>Order updated</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>No contact</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>Failed, will retry</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Before the start date</source>
        <translation>Before the start date</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>In Calltouch</source>
        <translation>In Calltouch</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Not bound yet</source>
        <translation>Not bound yet</translation>
    </message>
    <message>
        <source>Lead not found</source>
        <translation>Lead not found</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>No contacts</translation>
    </message>
    <message>
        <source>Matched by Calltouch</source>
        <translation>Matched by Calltouch</translation>
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
        <translation>Setup</translation>
    </message>
    <message>
        <source>Deal of order %1</source>
        <translation>Deal of order %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>Code in retailCRM: %1</source>
        <translation>Code in retailCRM: %1</translation>
    </message>
    <message>
        <source>Calltouch calls journal</source>
        <translation>Calltouch calls journal</translation>
    </message>
    <message>
        <source>Calltouch requests journal</source>
        <translation>Calltouch requests journal</translation>
    </message>
    <message>
        <source>Calltouch calls without an ID</source>
        <translation>Calltouch calls without an ID</translation>
    </message>
    <message>
        <source>Calltouch requests without an ID</source>
        <translation>Calltouch requests without an ID</translation>
    </message>
    <message>
        <source>Calltouch deals journal</source>
        <translation>Calltouch deals journal</translation>
    </message>
    <message>
        <source>retailCRM order history</source>
        <translation>retailCRM order history</translation>
    </message>
    <message>
        <source>Deals sent together</source>
        <translation>Deals sent together</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Local database</translation>
    </message>
    <message>
        <source>Chat receiver</source>
        <translation>Chat receiver</translation>
    </message>
    <message>
        <source>Silence alert</source>
        <translation>Silence alert</translation>
    </message>
</context>
<context>
    <name>LeadBridge::LanguagePage</name>
    <message>
        <source>Welcome to LeadBridge</source>
        <translation>Welcome to LeadBridge</translation>
    </message>
    <message>
        <source>Calls, website requests and chats from Calltouch become retailCRM orders, and retailCRM orders go back to Calltouch as deals.</source>
        <translation>Calls, website requests and chats from Calltouch become retailCRM orders, and retailCRM orders go back to Calltouch as deals.</translation>
    </message>
    <message>
        <source>Choose the language of LeadBridge. You can change it later in the Language menu.</source>
        <translation>Choose the language of LeadBridge. You can change it later in the Language menu.</translation>
    </message>
    <message>
        <source>What LeadBridge writes to your retailCRM account:</source>
        <translation>What LeadBridge writes to your retailCRM account:</translation>
    </message>
    <message>
        <source>nine custom order fields (Calltouch IDs and UTM tags), only after you press Create on the fields page;</source>
        <translation>nine custom order fields (Calltouch IDs and UTM tags), only after you press Create on the fields page;</translation>
    </message>
    <message>
        <source>a customer for a lead whose phone or e-mail matches no customer;</source>
        <translation>a customer for a lead whose phone or e-mail matches no customer;</translation>
    </message>
    <message>
        <source>an order for each new lead, or, when the customer has an open order without them, these fields and the order's source.</source>
        <translation>an order for each new lead, or, when the customer has an open order without them, these fields and the order's source.</translation>
    </message>
    <message>
        <source>What it never touches:</source>
        <translation>What it never touches:</translation>
    </message>
    <message>
        <source>the items, prices and statuses of existing orders;</source>
        <translation>the items, prices and statuses of existing orders;</translation>
    </message>
    <message>
        <source>existing customers, and orders no lead belongs to.</source>
        <translation>existing customers, and orders no lead belongs to.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::LeadModel</name>
    <message>
        <source>All leads</source>
        <translation>All leads</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
</context>
<context>
    <name>LeadBridge::LogTab</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>All (kept for %1 days)</source>
        <translation>All (kept for %1 days)</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Any result</translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation>Only problems</translation>
    </message>
    <message>
        <source>Runs shown: %1, newest first</source>
        <translation>Runs shown: %1, newest first</translation>
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
        <source>The lead is being sent again.</source>
        <translation>The lead is being sent again.</translation>
    </message>
    <message>
        <source>The deal is being sent again.</source>
        <translation>The deal is being sent again.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) queued to be sent again now.</source>
        <translation>
            <numerusform>%n lead queued to be sent again now.</numerusform>
            <numerusform>%n leads queued to be sent again now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) queued to be sent again now.</source>
        <translation>
            <numerusform>%n deal queued to be sent again now.</numerusform>
            <numerusform>%n deals queued to be sent again now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>&amp;Show LeadBridge</source>
        <translation>&amp;Show LeadBridge</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Fetch new leads and orders now instead of waiting</source>
        <translation>Fetch new leads and orders now instead of waiting</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resend selected leads</source>
        <translation>&amp;Resend selected leads</translation>
    </message>
    <message>
        <source>Run the selected leads through the rules again now</source>
        <translation>Run the selected leads through the rules again now</translation>
    </message>
    <message>
        <source>Re&amp;try selected deals</source>
        <translation>Re&amp;try selected deals</translation>
    </message>
    <message>
        <source>Send the selected deals to Calltouch again now</source>
        <translation>Send the selected deals to Calltouch again now</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Run setup &amp;wizard again…</source>
        <translation>Run setup &amp;wizard again…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 rejected the credentials.&lt;/b&gt; %2 The sync is stopped until this is fixed. &lt;a href="wizard"&gt;Run the setup wizard&lt;/a&gt;</source>
        <translation>&lt;b&gt;%1 rejected the credentials.&lt;/b&gt; %2 The sync is stopped until this is fixed. &lt;a href="wizard"&gt;Run the setup wizard&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The local database failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;The local database failed.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <source>The database is sound: SQLite found no damage in %1.</source>
        <translation>The database is sound: SQLite found no damage in %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2
Quit LeadBridge and start it again: a damaged file is moved aside and kept, and the sync starts with an empty history.</source>
        <translation>The database %1 is damaged: %2
Quit LeadBridge and start it again: a damaged file is moved aside and kept, and the sync starts with an empty history.</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>LeadBridge: Calltouch and retailCRM — Sandbox, demo data</source>
        <translation>LeadBridge: Calltouch and retailCRM — Sandbox, demo data</translation>
    </message>
    <message>
        <source>Sandbox — demo data. LeadBridge works with a simulated retailCRM and Calltouch on this computer: a new lead arrives about every 20 seconds (some without a contact, some meeting a CRM error that is retried) and orders change now and then. Nothing reaches a real account.</source>
        <translation>Sandbox — demo data. LeadBridge works with a simulated retailCRM and Calltouch on this computer: a new lead arrives about every 20 seconds (some without a contact, some meeting a CRM error that is retried) and orders change now and then. Nothing reaches a real account.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Check database</translation>
    </message>
    <message>
        <source>Check the local database file for damage</source>
        <translation>Check the local database file for damage</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>&amp;Export table…</translation>
    </message>
    <message>
        <source>Save the visible table, as filtered and sorted, as a CSV file</source>
        <translation>Save the visible table, as filtered and sorted, as a CSV file</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>Exporting %n row(s)…</numerusform>
            <numerusform>Exporting %n row(s)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row(s) exported to %1</numerusform>
            <numerusform>%n row(s) exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Reconciliation</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ModelExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>LeadBridge::OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>The defaults suit most shops; you can change them later in Settings.</source>
        <translation>The defaults suit most shops; you can change them later in Settings.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::OptionsWidget</name>
    <message>
        <source>Shop for new orders:</source>
        <translation>Shop for new orders:</translation>
    </message>
    <message>
        <source>Send to retailCRM:</source>
        <translation>Send to retailCRM:</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Website requests</source>
        <translation>Website requests</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Send a lead after:</source>
        <translation>Send a lead after:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>The website may create the order itself in that time; LeadBridge then completes it instead of creating a second one.</source>
        <translation>The website may create the order itself in that time; LeadBridge then completes it instead of creating a second one.</translation>
    </message>
    <message>
        <source>Check for new leads every:</source>
        <translation>Check for new leads every:</translation>
    </message>
    <message>
        <source>Deals:</source>
        <translation>Deals:</translation>
    </message>
    <message>
        <source>Send retailCRM orders to Calltouch as deals</source>
        <translation>Send retailCRM orders to Calltouch as deals</translation>
    </message>
    <message>
        <source>Calltouch then shows the revenue each advertising source brought.</source>
        <translation>Calltouch then shows the revenue each advertising source brought.</translation>
    </message>
    <message>
        <source>Shop code: %1</source>
        <translation>Shop code: %1</translation>
    </message>
    <message>
        <source>New orders:</source>
        <translation>New orders:</translation>
    </message>
</context>
<context>
    <name>LeadBridge::OrderModel</name>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>LeadBridge::OrderOptionsWidget</name>
    <message>
        <source>The CRM's default</source>
        <translation>The CRM's default</translation>
    </message>
    <message>
        <source>None: the CRM's distribution decides</source>
        <translation>None: the CRM's distribution decides</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>Unknown placeholder: %1. Use only the ones listed below.</source>
        <translation>Unknown placeholder: %1. Use only the ones listed below.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Order &amp;method:</source>
        <translation>Order &amp;method:</translation>
    </message>
    <message>
        <source>Order &amp;type:</source>
        <translation>Order &amp;type:</translation>
    </message>
    <message>
        <source>Responsible mana&amp;ger:</source>
        <translation>Responsible mana&amp;ger:</translation>
    </message>
    <message>
        <source>New customer's &amp;name:</source>
        <translation>New customer's &amp;name:</translation>
    </message>
    <message>
        <source>Used only when no customer with the lead's contact exists.</source>
        <translation>Used only when no customer with the lead's contact exists.</translation>
    </message>
    <message>
        <source>Placeholders in the name: %1</source>
        <translation>Placeholders in the name: %1</translation>
    </message>
</context>
<context>
    <name>LeadBridge::PreviewPage</name>
    <message numerus="yes">
        <source>Reading the leads of the last %n day(s)… %1 of %2 checked in retailCRM.</source>
        <translation>
            <numerusform>Reading the leads of the last %n day(s)… %1 of %2 checked in retailCRM.</numerusform>
            <numerusform>Reading the leads of the last %n day(s)… %1 of %2 checked in retailCRM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to Calltouch and retailCRM; nothing was written.</source>
        <translation>
            <numerusform>%n request(s) to Calltouch and retailCRM; nothing was written.</numerusform>
            <numerusform>%n request(s) to Calltouch and retailCRM; nothing was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not read %1: %2 You can go on: the preview is optional.</source>
        <translation>The preview could not read %1: %2 You can go on: the preview is optional.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Export the preview</source>
        <translation>Export the preview</translation>
    </message>
    <message>
        <source>leadbridge-preview.csv</source>
        <comment>default file name</comment>
        <translation>leadbridge-preview.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Preview the first sync</source>
        <translation>Preview the first sync</translation>
    </message>
    <message>
        <source>Nothing is written: LeadBridge reads the recent leads and shows what it would do.</source>
        <translation>Nothing is written: LeadBridge reads the recent leads and shows what it would do.</translation>
    </message>
    <message>
        <source>Each Calltouch lead of the period, checked against the customers and orders in retailCRM with the same rules as the sync.</source>
        <translation>Each Calltouch lead of the period, checked against the customers and orders in retailCRM with the same rules as the sync.</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Days:</translation>
    </message>
    <message>
        <source>Days to preview</source>
        <translation>Days to preview</translation>
    </message>
    <message>
        <source>&amp;Preview again</source>
        <translation>&amp;Preview again</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Start syncing from:</source>
        <translation>Start syncing from:</translation>
    </message>
    <message>
        <source>today (%1)</source>
        <translation>today (%1)</translation>
    </message>
    <message>
        <source>%1, the previewed leads included</source>
        <translation>%1, the previewed leads included</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ProblemDetails</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ProblemText</name>
    <message>
        <source>The service</source>
        <translation>The service</translation>
    </message>
    <message>
        <source>%1 cannot be reached.</source>
        <translation>%1 cannot be reached.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 did not answer in time.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (certificate problem).</source>
        <translation>The secure connection to %1 failed (certificate problem).</translation>
    </message>
    <message>
        <source>The address of %1 is not secure: it does not start with https.</source>
        <translation>The address of %1 is not secure: it does not start with https.</translation>
    </message>
    <message>
        <source>%1 rejected the key or token.</source>
        <translation>%1 rejected the key or token.</translation>
    </message>
    <message>
        <source>The key of %1 lacks a permission for this operation.</source>
        <translation>The key of %1 lacks a permission for this operation.</translation>
    </message>
    <message>
        <source>%1 does not know this item or method.</source>
        <translation>%1 does not know this item or method.</translation>
    </message>
    <message>
        <source>%1 rejected the data.</source>
        <translation>%1 rejected the data.</translation>
    </message>
    <message>
        <source>%1 rejected the data in: %2.</source>
        <translation>%1 rejected the data in: %2.</translation>
    </message>
    <message>
        <source>%1 asks to slow down (too many requests).</source>
        <translation>%1 asks to slow down (too many requests).</translation>
    </message>
    <message>
        <source>The retailCRM account has reached a limit of its plan.</source>
        <translation>The retailCRM account has reached a limit of its plan.</translation>
    </message>
    <message>
        <source>%1 has a problem on its side.</source>
        <translation>%1 has a problem on its side.</translation>
    </message>
    <message>
        <source>%1 has a problem on its side (HTTP %2).</source>
        <translation>%1 has a problem on its side (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with something that is not its API.</source>
        <translation>%1 answered with something that is not its API.</translation>
    </message>
    <message>
        <source>The answer of %1 to a write was lost.</source>
        <translation>The answer of %1 to a write was lost.</translation>
    </message>
    <message>
        <source>There is no retailCRM account at this address.</source>
        <translation>There is no retailCRM account at this address.</translation>
    </message>
    <message>
        <source>The local database cannot be written; the sync stopped.</source>
        <translation>The local database cannot be written; the sync stopped.</translation>
    </message>
    <message>
        <source>The lead's date is missing or impossible; the lead was not sent.</source>
        <translation>The lead's date is missing or impossible; the lead was not sent.</translation>
    </message>
    <message>
        <source>The lead is dated %1, in the future; the lead was not sent.</source>
        <translation>The lead is dated %1, in the future; the lead was not sent.</translation>
    </message>
    <message>
        <source>retailCRM order %1 has no valid creation date; no Calltouch deal is made for it.</source>
        <translation>retailCRM order %1 has no valid creation date; no Calltouch deal is made for it.</translation>
    </message>
    <message>
        <source>retailCRM order %1 of this customer has no valid creation date, so the newest order cannot be told.</source>
        <translation>retailCRM order %1 of this customer has no valid creation date, so the newest order cannot be told.</translation>
    </message>
    <message numerus="yes">
        <source>Calltouch sent %n record(s) without an id (or unreadable) in this journal.</source>
        <translation>
            <numerusform>Calltouch sent %n record(s) without an id (or unreadable) in this journal.</numerusform>
            <numerusform>Calltouch sent %n record(s) without an id (or unreadable) in this journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chat receiver cannot listen on %1.</source>
        <translation>The chat receiver cannot listen on %1.</translation>
    </message>
    <message>
        <source>Calltouch rejected this deal.</source>
        <translation>Calltouch rejected this deal.</translation>
    </message>
    <message>
        <source>Calltouch's answer did not mention this deal.</source>
        <translation>Calltouch's answer did not mention this deal.</translation>
    </message>
    <message>
        <source>The custom field "%1" that LeadBridge needs is missing in retailCRM.</source>
        <translation>The custom field "%1" that LeadBridge needs is missing in retailCRM.</translation>
    </message>
    <message>
        <source>Check the Internet connection and the address (setup wizard). LeadBridge tries again by itself.</source>
        <translation>Check the Internet connection and the address (setup wizard). LeadBridge tries again by itself.</translation>
    </message>
    <message>
        <source>Nothing to do if it happens rarely: LeadBridge tries again. If it lasts, check the connection.</source>
        <translation>Nothing to do if it happens rarely: LeadBridge tries again. If it lasts, check the connection.</translation>
    </message>
    <message>
        <source>Check the address in the setup wizard. LeadBridge never ignores certificate errors.</source>
        <translation>Check the address in the setup wizard. LeadBridge never ignores certificate errors.</translation>
    </message>
    <message>
        <source>Enter an https:// address in the setup wizard. Plain http:// is only allowed for this computer.</source>
        <translation>Enter an https:// address in the setup wizard. Plain http:// is only allowed for this computer.</translation>
    </message>
    <message>
        <source>Run the setup wizard and enter a valid key, or create a new one in %1.</source>
        <translation>Run the setup wizard and enter a valid key, or create a new one in %1.</translation>
    </message>
    <message>
        <source>Tick the missing permissions for the key in %1, then run the setup wizard to check them.</source>
        <translation>Tick the missing permissions for the key in %1, then run the setup wizard to check them.</translation>
    </message>
    <message>
        <source>Check that the item still exists in %1.</source>
        <translation>Check that the item still exists in %1.</translation>
    </message>
    <message>
        <source>Correct the data named in the details in %1; the item is tried again.</source>
        <translation>Correct the data named in the details in %1; the item is tried again.</translation>
    </message>
    <message>
        <source>Nothing to do: LeadBridge waits and tries again.</source>
        <translation>Nothing to do: LeadBridge waits and tries again.</translation>
    </message>
    <message>
        <source>Raise the plan's limit in retailCRM or remove data you do not need.</source>
        <translation>Raise the plan's limit in retailCRM or remove data you do not need.</translation>
    </message>
    <message>
        <source>Nothing to do: LeadBridge tries again. If it lasts, contact the support of %1.</source>
        <translation>Nothing to do: LeadBridge tries again. If it lasts, contact the support of %1.</translation>
    </message>
    <message>
        <source>Check the address in the setup wizard: it may point to a web page instead of the API.</source>
        <translation>Check the address in the setup wizard: it may point to a web page instead of the API.</translation>
    </message>
    <message>
        <source>Nothing to do: LeadBridge checks what was saved before it writes again.</source>
        <translation>Nothing to do: LeadBridge checks what was saved before it writes again.</translation>
    </message>
    <message>
        <source>Check the address in the setup wizard: it usually looks like https://&lt;name&gt;.retailcrm.ru.</source>
        <translation>Check the address in the setup wizard: it usually looks like https://&lt;name&gt;.retailcrm.ru.</translation>
    </message>
    <message>
        <source>Free disk space or close the other program that holds the database, then use Tools &gt; Check database.</source>
        <translation>Free disk space or close the other program that holds the database, then use Tools &gt; Check database.</translation>
    </message>
    <message>
        <source>Check the lead in Calltouch, then send it again.</source>
        <translation>Check the lead in Calltouch, then send it again.</translation>
    </message>
    <message>
        <source>Correct the order's creation date in retailCRM.</source>
        <translation>Correct the order's creation date in retailCRM.</translation>
    </message>
    <message>
        <source>Correct the order in retailCRM; the lead is tried again.</source>
        <translation>Correct the order in retailCRM; the lead is tried again.</translation>
    </message>
    <message>
        <source>Check these records in Calltouch; they cannot be synced.</source>
        <translation>Check these records in Calltouch; they cannot be synced.</translation>
    </message>
    <message>
        <source>Choose another address or port for the chat receiver in Settings, or close the program that uses it.</source>
        <translation>Choose another address or port for the chat receiver in Settings, or close the program that uses it.</translation>
    </message>
    <message>
        <source>See the details; correct the order in retailCRM and the deal is sent again.</source>
        <translation>See the details; correct the order in retailCRM and the deal is sent again.</translation>
    </message>
    <message>
        <source>Nothing to do: the deal is sent again.</source>
        <translation>Nothing to do: the deal is sent again.</translation>
    </message>
    <message>
        <source>Run the setup wizard: it creates the fields (the key needs the custom fields permission).</source>
        <translation>Run the setup wizard: it creates the fields (the key needs the custom fields permission).</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <source>Run the setup wizard</source>
        <translation>Run the setup wizard</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Check database</translation>
    </message>
    <message numerus="yes">
        <source>No leads from Calltouch since %1 — usually about %n an hour.</source>
        <translation>
            <numerusform>No leads from Calltouch since %1 — usually about %n an hour.</numerusform>
            <numerusform>No leads from Calltouch since %1 — usually about %n an hour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No deal could be pushed to Calltouch since %1, while orders keep coming — usually about %n an hour.</source>
        <translation>
            <numerusform>No deal could be pushed to Calltouch since %1, while orders keep coming — usually about %n an hour.</numerusform>
            <numerusform>No deal could be pushed to Calltouch since %1, while orders keep coming — usually about %n an hour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that calls and requests still reach Calltouch (its tracking code on the site, the phone numbers) and that the Calltouch token is valid. The alert closes by itself when a lead arrives.</source>
        <translation>Check that calls and requests still reach Calltouch (its tracking code on the site, the phone numbers) and that the Calltouch token is valid. The alert closes by itself when a lead arrives.</translation>
    </message>
    <message>
        <source>See the Deals tab and the other errors: Calltouch may refuse the deals or be unreachable. The alert closes by itself when a deal is pushed.</source>
        <translation>See the Deals tab and the other errors: Calltouch may refuse the deals or be unreachable. The alert closes by itself when a deal is pushed.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ReconcileModel</name>
    <message>
        <source>Resend the lead</source>
        <translation>Resend the lead</translation>
    </message>
    <message>
        <source>Push the deal</source>
        <translation>Push the deal</translation>
    </message>
    <message>
        <source>Resent at %1: check again</source>
        <translation>Resent at %1: check again</translation>
    </message>
    <message>
        <source>Pushed at %1: check again</source>
        <translation>Pushed at %1: check again</translation>
    </message>
    <message>
        <source>Cannot push: order not read yet</source>
        <translation>Cannot push: order not read yet</translation>
    </message>
    <message>
        <source>LeadBridge has not read this order from retailCRM's history yet, so it has no deal to push. It reads the order when it changes in retailCRM; then check again.</source>
        <translation>LeadBridge has not read this order from retailCRM's history yet, so it has no deal to push. It reads the order when it changes in retailCRM; then check again.</translation>
    </message>
    <message>
        <source>Handed to the sync, which does it at once. Check again to see that everything matches.</source>
        <translation>Handed to the sync, which does it at once. Check again to see that everything matches.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>What is off</source>
        <translation>What is off</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ReconcileReport</name>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>Website request %1</source>
        <translation>Website request %1</translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation>Chat %1</translation>
    </message>
    <message>
        <source>Nothing was checked: retailCRM has no order field %1 to search by, so LeadBridge has not synced into this account yet. Run the setup wizard (it creates the fields), then reconcile.</source>
        <translation>Nothing was checked: retailCRM has no order field %1 to search by, so LeadBridge has not synced into this account yet. Run the setup wizard (it creates the fields), then reconcile.</translation>
    </message>
    <message>
        <source>Reconciliation of %1 to %2: %3 lead(s) read from Calltouch, %4 with a contact checked, %5 without a contact; %6 retailCRM order(s) created in the period.</source>
        <translation>Reconciliation of %1 to %2: %3 lead(s) read from Calltouch, %4 with a contact checked, %5 without a contact; %6 retailCRM order(s) created in the period.</translation>
    </message>
    <message>
        <source>Leads in no order: %1. Orders naming a lead Calltouch does not know: %2. Leads not checked (retailCRM did not answer): %3. Leads in no order by the rules (the customer's open order already has an earlier lead): %4.</source>
        <translation>Leads in no order: %1. Orders naming a lead Calltouch does not know: %2. Leads not checked (retailCRM did not answer): %3. Leads in no order by the rules (the customer's open order already has an earlier lead): %4.</translation>
    </message>
    <message>
        <source>%1 deal(s) in Calltouch. Orders without a deal: %2. Deals whose status or revenue differs from the order: %3.</source>
        <translation>%1 deal(s) in Calltouch. Orders without a deal: %2. Deals whose status or revenue differs from the order: %3.</translation>
    </message>
    <message>
        <source>Deal sync is switched off: orders were not compared with Calltouch deals.</source>
        <translation>Deal sync is switched off: orders were not compared with Calltouch deals.</translation>
    </message>
    <message>
        <source>%1 journal record(s) have no ID and cannot be looked up.</source>
        <translation>%1 journal record(s) have no ID and cannot be looked up.</translation>
    </message>
    <message>
        <source>The reconciliation stopped: %1 answered: %2</source>
        <translation>The reconciliation stopped: %1 answered: %2</translation>
    </message>
    <message>
        <source>Lead in no order</source>
        <translation>Lead in no order</translation>
    </message>
    <message>
        <source>Unknown lead</source>
        <translation>Unknown lead</translation>
    </message>
    <message>
        <source>Order without a deal</source>
        <translation>Order without a deal</translation>
    </message>
    <message>
        <source>Deal differs</source>
        <translation>Deal differs</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>%1 of %2 (%3) is in no retailCRM order.</source>
        <translation>%1 of %2 (%3) is in no retailCRM order.</translation>
    </message>
    <message>
        <source>Order %1 holds %2, which the Calltouch journals do not have.</source>
        <translation>Order %1 holds %2, which the Calltouch journals do not have.</translation>
    </message>
    <message>
        <source>Order %1 of %2 has no deal in Calltouch.</source>
        <translation>Order %1 of %2 has no deal in Calltouch.</translation>
    </message>
    <message>
        <source>status %1 in retailCRM, %2 in Calltouch</source>
        <translation>status %1 in retailCRM, %2 in Calltouch</translation>
    </message>
    <message>
        <source>revenue %1 in retailCRM, %2 in Calltouch</source>
        <translation>revenue %1 in retailCRM, %2 in Calltouch</translation>
    </message>
    <message>
        <source>The deal of order %1 differs: %2.</source>
        <translation>The deal of order %1 differs: %2.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be looked up in retailCRM: %3</source>
        <translation>%1 (%2) could not be looked up in retailCRM: %3</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ReconciliationTab</name>
    <message numerus="yes">
        <source>Journals and orders read with %n request(s);</source>
        <translation>
            <numerusform>Journals and orders read with %n request(s);</numerusform>
            <numerusform>Journals and orders read with %n request(s);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checking takes %1 to %2 more, at most about %n second(s) within the rate limits.</source>
        <translation>
            <numerusform>checking takes %1 to %2 more, at most about %n second(s) within the rate limits.</numerusform>
            <numerusform>checking takes %1 to %2 more, at most about %n second(s) within the rate limits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Push the deal</source>
        <translation>Push the deal</translation>
    </message>
    <message>
        <source>Push the deal of order %1 to Calltouch now?</source>
        <translation>Push the deal of order %1 to Calltouch now?</translation>
    </message>
    <message>
        <source>Calltouch gets the order's status and revenue as retailCRM has them now, in place of what it shows. A deal Calltouch does not have is created.</source>
        <translation>Calltouch gets the order's status and revenue as retailCRM has them now, in place of what it shows. A deal Calltouch does not have is created.</translation>
    </message>
    <message>
        <source>Starting: a sync cycle in progress finishes first.</source>
        <translation>Starting: a sync cycle in progress finishes first.</translation>
    </message>
    <message>
        <source>Reading Calltouch's leads and retailCRM's orders of the period…</source>
        <translation>Reading Calltouch's leads and retailCRM's orders of the period…</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 of %2 steps done.</translation>
    </message>
    <message>
        <source>The check was stopped. The last complete check is shown.</source>
        <translation>The check was stopped. The last complete check is shown.</translation>
    </message>
    <message>
        <source>Checking needs a configured account: run the setup wizard first.</source>
        <translation>Checking needs a configured account: run the setup wizard first.</translation>
    </message>
    <message>
        <source>No check has been made yet.</source>
        <translation>No check has been made yet.</translation>
    </message>
    <message>
        <source>Checked on %1; nothing was written during the check.</source>
        <translation>Checked on %1; nothing was written during the check.</translation>
    </message>
    <message>
        <source>Everything matches.</source>
        <translation>Everything matches.</translation>
    </message>
    <message>
        <source>Compares Calltouch with retailCRM for a period, without writing anything: every lead with a contact should be in an order, every order should have its deal with the same status and revenue. What does not match is listed with its fix.</source>
        <translation>Compares Calltouch with retailCRM for a period, without writing anything: every lead with a contact should be in an order, every order should have its deal with the same status and revenue. What does not match is listed with its fix.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message numerus="yes">
        <source>The check takes about %n request(s)</source>
        <translation>
            <numerusform>The check takes about %n request(s)</numerusform><numerusform>The check takes about %n request(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and about %n second(s) within the rate limits.</source>
        <translation>
            <numerusform>and about %n second(s) within the rate limits.</numerusform><numerusform>and about %n second(s) within the rate limits.</numerusform></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ResendConfirmation</name>
    <message>
        <source>Resend leads</source>
        <translation>Resend leads</translation>
    </message>
    <message numerus="yes">
        <source>Send %n lead(s) again now?</source>
        <translation>
            <numerusform>Send %n lead(s) again now?</numerusform>
            <numerusform>Send %n lead(s) again now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each lead goes through the rules again. A lead that is already in its order keeps its result and nothing is written to retailCRM; the other leads may create or update an order. Every attempt is added to the lead's history.</source>
        <translation>Each lead goes through the rules again. A lead that is already in its order keeps its result and nothing is written to retailCRM; the other leads may create or update an order. Every attempt is added to the lead's history.</translation>
    </message>
    <message numerus="yes">
        <source>Resend %n lead(s)</source>
        <translation>
            <numerusform>Resend %n lead(s)</numerusform>
            <numerusform>Resend %n lead(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::RetailCrm::Client</name>
    <message>
        <source>Orders: read</source>
        <translation>Orders: read</translation>
    </message>
    <message>
        <source>Orders: write</source>
        <translation>Orders: write</translation>
    </message>
    <message>
        <source>Customers: read</source>
        <translation>Customers: read</translation>
    </message>
    <message>
        <source>Customers: write</source>
        <translation>Customers: write</translation>
    </message>
    <message>
        <source>Custom fields: read</source>
        <translation>Custom fields: read</translation>
    </message>
    <message>
        <source>Custom fields: write</source>
        <translation>Custom fields: write</translation>
    </message>
    <message>
        <source>Reference books: read</source>
        <translation>Reference books: read</translation>
    </message>
    <message>
        <source>Order history: read</source>
        <translation>Order history: read</translation>
    </message>
    <message>
        <source>Users: read</source>
        <translation>Users: read</translation>
    </message>
</context>
<context>
    <name>LeadBridge::RetailCrmPage</name>
    <message numerus="yes">
        <source>Connected to retailCRM: %n shop(s) found.</source>
        <translation>
            <numerusform>Connected to retailCRM: %n shop found.</numerusform>
            <numerusform>Connected to retailCRM: %n shops found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach %1. Check the address (it looks like https://myshop.retailcrm.ru) and the Internet connection.</source>
        <translation>Could not reach %1. Check the address (it looks like https://myshop.retailcrm.ru) and the Internet connection.</translation>
    </message>
    <message>
        <source>retailCRM did not accept this API key. Copy it again from Settings / Integration / API keys in retailCRM, or create a new key there.</source>
        <translation>retailCRM did not accept this API key. Copy it again from Settings / Integration / API keys in retailCRM, or create a new key there.</translation>
    </message>
    <message>
        <source>The key works, but it lacks API methods LeadBridge needs: %1. In retailCRM open Settings / Integration / API keys, tick them for this key, save, and press Next again.</source>
        <translation>The key works, but it lacks API methods LeadBridge needs: %1. In retailCRM open Settings / Integration / API keys, tick them for this key, save, and press Next again.</translation>
    </message>
    <message>
        <source>Connect retailCRM</source>
        <translation>Connect retailCRM</translation>
    </message>
    <message>
        <source>LeadBridge creates and completes orders in your retailCRM account.</source>
        <translation>LeadBridge creates and completes orders in your retailCRM account.</translation>
    </message>
    <message>
        <source>Account address:</source>
        <translation>Account address:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API key:</translation>
    </message>
    <message>
        <source>Create a key in retailCRM under Settings / Integration / API keys. It is kept in the system keychain, never in a file.</source>
        <translation>Create a key in retailCRM under Settings / Integration / API keys. It is kept in the system keychain, never in a file.</translation>
    </message>
    <message>
        <source>The account's time zone is %1.</source>
        <translation>The account's time zone is %1.</translation>
    </message>
    <message>
        <source>%1 answered, but it is not a retailCRM account. Check the address: it looks like %2.</source>
        <translation>%1 answered, but it is not a retailCRM account. Check the address: it looks like %2.</translation>
    </message>
    <message>
        <source>Enter the address of your retailCRM account (the account name alone, such as myshop, is enough) and an API key. LeadBridge checks them before you go on.</source>
        <translation>Enter the address of your retailCRM account (the account name alone, such as myshop, is enough) and an API key. LeadBridge checks them before you go on.</translation>
    </message>
    <message>
        <source>Create a key in retailCRM under Settings / Integration / API keys. Here it is kept in memory only, until LeadBridge quits.</source>
        <translation>Create a key in retailCRM under Settings / Integration / API keys. Here it is kept in memory only, until LeadBridge quits.</translation>
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
        <translation>OK</translation>
    </message>
    <message>
        <source>Some items failed</source>
        <translation>Some items failed</translation>
    </message>
    <message>
        <source>Reading failed</source>
        <translation>Reading failed</translation>
    </message>
    <message>
        <source>Stopped: settings</source>
        <translation>Stopped: settings</translation>
    </message>
    <message>
        <source>Stopped: database</source>
        <translation>Stopped: database</translation>
    </message>
    <message>
        <source>Stopped by %1 (%2)</source>
        <translation>Stopped by %1 (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Failed reads: %1</source>
        <translation>Failed reads: %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Leads read</source>
        <translation>Leads read</translation>
    </message>
    <message>
        <source>Orders created</source>
        <translation>Orders created</translation>
    </message>
    <message>
        <source>Orders updated</source>
        <translation>Orders updated</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>No contact</translation>
    </message>
    <message>
        <source>Leads failed</source>
        <translation>Leads failed</translation>
    </message>
    <message>
        <source>Deals sent</source>
        <translation>Deals sent</translation>
    </message>
    <message>
        <source>Deals failed</source>
        <translation>Deals failed</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Sandbox</name>
    <message>
        <source>Cannot start the simulated services on 127.0.0.1.</source>
        <translation>Cannot start the simulated services on 127.0.0.1.</translation>
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
    <name>LeadBridge::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Time zones:</source>
        <translation>Time zones:</translation>
    </message>
    <message>
        <source>retailCRM account: %1 (read from the account); Calltouch project: %2</source>
        <translation>retailCRM account: %1 (read from the account); Calltouch project: %2</translation>
    </message>
    <message>
        <source>no API key is saved</source>
        <translation>no API key is saved</translation>
    </message>
    <message>
        <source>the account has no shops</source>
        <translation>the account has no shops</translation>
    </message>
    <message>
        <source>Could not save the chat receiver's secret in the system keychain (%1).</source>
        <translation>Could not save the chat receiver's secret in the system keychain (%1).</translation>
    </message>
    <message>
        <source>Chats (Calltouch webhooks)</source>
        <translation>Chats (Calltouch webhooks)</translation>
    </message>
    <message>
        <source>Loading the shops from retailCRM…</source>
        <translation>Loading the shops from retailCRM…</translation>
    </message>
    <message>
        <source>Could not load the shops from retailCRM (%1); the saved shop is kept.</source>
        <translation>Could not load the shops from retailCRM (%1); the saved shop is kept.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SetupWizard</name>
    <message>
        <source>Could not save a key in the system keychain (%1).</source>
        <translation>Could not save a key in the system keychain (%1).</translation>
    </message>
    <message>
        <source>The system keychain is not available: the keys are kept only until LeadBridge quits, and you will be asked again next time.</source>
        <translation>The system keychain is not available: the keys are kept only until LeadBridge quits, and you will be asked again next time.</translation>
    </message>
    <message>
        <source>LeadBridge setup</source>
        <translation>LeadBridge setup</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SilenceBox</name>
    <message>
        <source>Silence alert</source>
        <translation>Silence alert</translation>
    </message>
    <message>
        <source>LeadBridge learns the usual flow of leads per weekday and hour and warns once when none has come for implausibly long in working hours (not in the first two weeks).</source>
        <translation>LeadBridge learns the usual flow of leads per weekday and hour and warns once when none has come for implausibly long in working hours (not in the first two weeks).</translation>
    </message>
    <message>
        <source>Longer than the longest usual gap ×</source>
        <translation>Longer than the longest usual gap ×</translation>
    </message>
    <message>
        <source>And at least:</source>
        <translation>And at least:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SincePage</name>
    <message>
        <source>Counting the leads in Calltouch since %1…</source>
        <translation>Counting the leads in Calltouch since %1…</translation>
    </message>
    <message>
        <source>Could not count the leads in Calltouch (%1). You can go on: the first sync imports them anyway.</source>
        <translation>Could not count the leads in Calltouch (%1). You can go on: the first sync imports them anyway.</translation>
    </message>
    <message>
        <source>Since %1 Calltouch has %2 and %3. The first sync sends them to retailCRM (chats arrive through the chat receiver and are not counted here).</source>
        <translation>Since %1 Calltouch has %2 and %3. The first sync sends them to retailCRM (chats arrive through the chat receiver and are not counted here).</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call(s)</numerusform>
            <numerusform>%n call(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n website request(s)</source>
        <translation>
            <numerusform>%n website request(s)</numerusform>
            <numerusform>%n website request(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import leads since</source>
        <translation>Import leads since</translation>
    </message>
    <message>
        <source>Which of the leads Calltouch already has should become retailCRM orders?</source>
        <translation>Which of the leads Calltouch already has should become retailCRM orders?</translation>
    </message>
    <message>
        <source>Leads older than this date are never sent. New leads are always sent.</source>
        <translation>Leads older than this date are never sent. New leads are always sent.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>The last 7 days</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>The last 30 days</translation>
    </message>
    <message>
        <source>From a date:</source>
        <translation>From a date:</translation>
    </message>
    <message>
        <source>First day to import</source>
        <translation>First day to import</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format of the import date (Qt QDate::toString)</comment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Store</name>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 is not a database file.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Cannot read the database %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a LeadBridge database (it is not an SQLite database at all). It was left untouched; check the --db option.</source>
        <translation>%1 is not a LeadBridge database (it is not an SQLite database at all). It was left untouched; check the --db option.</translation>
    </message>
    <message>
        <source>%1 is another program's database, not LeadBridge's. It was left untouched; check the --db option.</source>
        <translation>%1 is another program's database, not LeadBridge's. It was left untouched; check the --db option.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. LeadBridge must write to it: make the file and its folder writable for this user, or choose another file with --db.</source>
        <translation>The database %1 is read-only. LeadBridge must write to it: make the file and its folder writable for this user, or choose another file with --db.</translation>
    </message>
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
        <source>The database %1 is locked by another program (waited %2 s). Close the other program that uses it, then start LeadBridge again.</source>
        <translation>The database %1 is locked by another program (waited %2 s). Close the other program that uses it, then start LeadBridge again.</translation>
    </message>
    <message>
        <source>Cannot write to the database %1: %2</source>
        <translation>Cannot write to the database %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a LeadBridge database. It was left untouched; check the --db option.</source>
        <translation>%1 is damaged or is not a LeadBridge database. It was left untouched; check the --db option.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It was moved to %2 and kept; LeadBridge will start with an empty history.</source>
        <translation>The database %1 is damaged. It was moved to %2 and kept; LeadBridge will start with an empty history.</translation>
    </message>
    <message>
        <source>the change was rolled back</source>
        <translation>the change was rolled back</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Sync</name>
    <message>
        <source>The lead has neither a phone nor an e-mail, so it cannot be matched to a customer.</source>
        <translation>The lead has neither a phone nor an e-mail, so it cannot be matched to a customer.</translation>
    </message>
    <message>
        <source>No customer with this contact: a customer and an order were created.</source>
        <translation>No customer with this contact: a customer and an order were created.</translation>
    </message>
    <message>
        <source>The customer had no orders: a new order was created.</source>
        <translation>The customer had no orders: a new order was created.</translation>
    </message>
    <message>
        <source>The customer's newest order is completed: a new order was created.</source>
        <translation>The customer's newest order is completed: a new order was created.</translation>
    </message>
    <message>
        <source>The customer's newest order is cancelled: a new order was created.</source>
        <translation>The customer's newest order is cancelled: a new order was created.</translation>
    </message>
    <message>
        <source>The customer's newest order is open and had no lead yet: it was completed with this lead.</source>
        <translation>The customer's newest order is open and had no lead yet: it was completed with this lead.</translation>
    </message>
    <message>
        <source>The customer's newest order is open and already has an earlier lead: nothing was changed.</source>
        <translation>The customer's newest order is open and already has an earlier lead: nothing was changed.</translation>
    </message>
    <message>
        <source>This lead was already written to the order (found after a restart or a lost answer).</source>
        <translation>This lead was already written to the order (found after a restart or a lost answer).</translation>
    </message>
    <message>
        <source>This kind of lead is switched off in the settings.</source>
        <translation>This kind of lead is switched off in the settings.</translation>
    </message>
    <message>
        <source>Calltouch site ID</source>
        <translation>Calltouch site ID</translation>
    </message>
    <message>
        <source>Calltouch call ID</source>
        <translation>Calltouch call ID</translation>
    </message>
    <message>
        <source>Calltouch request ID</source>
        <translation>Calltouch request ID</translation>
    </message>
    <message>
        <source>Calltouch chat ID</source>
        <translation>Calltouch chat ID</translation>
    </message>
    <message>
        <source>Source (utm_source)</source>
        <translation>Source (utm_source)</translation>
    </message>
    <message>
        <source>Channel (utm_medium)</source>
        <translation>Channel (utm_medium)</translation>
    </message>
    <message>
        <source>Campaign (utm_campaign)</source>
        <translation>Campaign (utm_campaign)</translation>
    </message>
    <message>
        <source>Ad (utm_content)</source>
        <translation>Ad (utm_content)</translation>
    </message>
    <message>
        <source>Keyword (utm_term)</source>
        <translation>Keyword (utm_term)</translation>
    </message>
    <message>
        <source>The lead could not be sent; the error says why.</source>
        <translation>The lead could not be sent; the error says why.</translation>
    </message>
    <message>
        <source>the lead's phone number</source>
        <translation>the lead's phone number</translation>
    </message>
    <message>
        <source>the lead's e-mail</source>
        <translation>the lead's e-mail</translation>
    </message>
    <message>
        <source>the phone, or the e-mail when there is no phone</source>
        <translation>the phone, or the e-mail when there is no phone</translation>
    </message>
    <message>
        <source>the visitor's name</source>
        <translation>the visitor's name</translation>
    </message>
    <message>
        <source>the request's subject ("Заявка" when it has none)</source>
        <translation>the request's subject ("Заявка" when it has none)</translation>
    </message>
    <message>
        <source>Sent again: the lead is already in its order (by this lead); nothing was changed.</source>
        <translation>Sent again: the lead is already in its order (by this lead); nothing was changed.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SyncContext</name>
    <message>
        <source>The local database %1 cannot be written: %2. The sync stopped; nothing more is sent until it can be written again (free disk space, close the other program that holds it).</source>
        <translation>The local database %1 cannot be written: %2. The sync stopped; nothing more is sent until it can be written again (free disk space, close the other program that holds it).</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SyncEngine</name>
    <message>
        <source>LeadBridge is not set up yet: run the setup wizard.</source>
        <translation>LeadBridge is not set up yet: run the setup wizard.</translation>
    </message>
    <message>
        <source>The order has neither a phone nor an e-mail: the deal cannot be bound to a lead.</source>
        <translation>The order has neither a phone nor an e-mail: the deal cannot be bound to a lead.</translation>
    </message>
    <message>
        <source>Bound to call %1.</source>
        <translation>Bound to call %1.</translation>
    </message>
    <message>
        <source>Bound to request %1.</source>
        <translation>Bound to request %1.</translation>
    </message>
    <message>
        <source>No call or request with this phone or e-mail in the 12 months before the order: source "Лид не найден".</source>
        <translation>No call or request with this phone or e-mail in the 12 months before the order: source "Лид не найден".</translation>
    </message>
    <message>
        <source>Not found locally: Calltouch matches by phone and e-mail, else "Лид не найден".</source>
        <translation>Not found locally: Calltouch matches by phone and e-mail, else "Лид не найден".</translation>
    </message>
    <message>
        <source>Waiting for Calltouch's journals: the deal is bound in the next cycle.</source>
        <translation>Waiting for Calltouch's journals: the deal is bound in the next cycle.</translation>
    </message>
    <message>
        <source>The local database %1 cannot be written: %2</source>
        <translation>The local database %1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SyncStatusWidget</name>
    <message>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <source>Checking the CRM's fields</source>
        <translation>Checking the CRM's fields</translation>
    </message>
    <message>
        <source>Reading the CRM's statuses and shops</source>
        <translation>Reading the CRM's statuses and shops</translation>
    </message>
    <message>
        <source>Reading Calltouch calls</source>
        <translation>Reading Calltouch calls</translation>
    </message>
    <message>
        <source>Reading Calltouch requests</source>
        <translation>Reading Calltouch requests</translation>
    </message>
    <message>
        <source>Sending leads %1 of %2</source>
        <translation>Sending leads %1 of %2</translation>
    </message>
    <message>
        <source>Sending leads</source>
        <translation>Sending leads</translation>
    </message>
    <message>
        <source>Reading order changes</source>
        <translation>Reading order changes</translation>
    </message>
    <message>
        <source>Checking unconfirmed deals</source>
        <translation>Checking unconfirmed deals</translation>
    </message>
    <message>
        <source>Sending deals: %1</source>
        <translation>Sending deals: %1</translation>
    </message>
    <message>
        <source>Sending deals</source>
        <translation>Sending deals</translation>
    </message>
    <message>
        <source>Updating deals: %1</source>
        <translation>Updating deals: %1</translation>
    </message>
    <message>
        <source>Updating deals</source>
        <translation>Updating deals</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Last sync failed: %1 · %2</source>
        <translation>Last sync failed: %1 · %2</translation>
    </message>
    <message>
        <source>leads: %1, orders: %2</source>
        <translation>leads: %1, orders: %2</translation>
    </message>
    <message>
        <source>deals: %1</source>
        <translation>deals: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <comment>items that failed in the last sync</comment>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>Last sync: %1 · %2 · %3</source>
        <translation>Last sync: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <translation>Syncing… %1</translation>
    </message>
</context>
<context>
    <name>LeadBridge::TableContextMenu</name>
    <message>
        <source>Copy &amp;cell</source>
        <translation>Copy &amp;cell</translation>
    </message>
    <message>
        <source>Cop&amp;y row</source>
        <translation>Cop&amp;y row</translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation>Copy selected rows</translation>
    </message>
    <message>
        <source>&amp;Open in retailCRM</source>
        <translation>&amp;Open in retailCRM</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Show &amp;details</translation>
    </message>
</context>
<context>
    <name>LeadBridge::TableExport</name>
    <message>
        <source>The table is gone.</source>
        <translation>The table is gone.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The database was closed during the export; %1 was not written.</source>
        <translation>The database was closed during the export; %1 was not written.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::TableTab</name>
    <message>
        <source>Filter: phone, e-mail, name, number, UTM…</source>
        <translation>Filter: phone, e-mail, name, number, UTM…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
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
    <name>LeadBridge::TrayController</name>
    <message>
        <source>LeadBridge: sync problems</source>
        <translation>LeadBridge: sync problems</translation>
    </message>
    <message numerus="yes">
        <source>%n new error(s)</source>
        <translation>
            <numerusform>%n new error</numerusform>
            <numerusform>%n new errors</numerusform>
        </translation>
    </message>
    <message>
        <source>See the Errors tab for what failed and when it is retried.</source>
        <translation>See the Errors tab for what failed and when it is retried.</translation>
    </message>
    <message>
        <source>%1 rejected the credentials</source>
        <translation>%1 rejected the credentials</translation>
    </message>
    <message>
        <source>The sync is stopped. Run the setup wizard again to fix it.</source>
        <translation>The sync is stopped. Run the setup wizard again to fix it.</translation>
    </message>
    <message>
        <source>LeadBridge is set up</source>
        <translation>LeadBridge is set up</translation>
    </message>
    <message>
        <source>The sync runs in the background now.</source>
        <translation>The sync runs in the background now.</translation>
    </message>
    <message>
        <source>LeadBridge setup failed</source>
        <translation>LeadBridge setup failed</translation>
    </message>
    <message>
        <source>LeadBridge keeps running</source>
        <translation>LeadBridge keeps running</translation>
    </message>
    <message>
        <source>The sync goes on in the background. Click the tray icon to open the window; use Quit in its menu to stop LeadBridge.</source>
        <translation>The sync goes on in the background. Click the tray icon to open the window; use Quit in its menu to stop LeadBridge.</translation>
    </message>
    <message>
        <source>Start with the system</source>
        <translation>Start with the system</translation>
    </message>
    <message>
        <source>LeadBridge: last sync %1</source>
        <translation>LeadBridge: last sync %1</translation>
    </message>
    <message>
        <source>LeadBridge: no sync yet</source>
        <translation>LeadBridge: no sync yet</translation>
    </message>
    <message>
        <source>Open errors (%1)</source>
        <translation>Open errors (%1)</translation>
    </message>
    <message>
        <source>Open errors</source>
        <translation>Open errors</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Sync paused</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation>No sync yet</translation>
    </message>
    <message>
        <source>open errors: %1</source>
        <translation>open errors: %1</translation>
    </message>
    <message>
        <source>no open errors</source>
        <translation>no open errors</translation>
    </message>
    <message>
        <source>LeadBridge: no deals pushed</source>
        <translation>LeadBridge: no deals pushed</translation>
    </message>
    <message>
        <source>LeadBridge: no leads</source>
        <translation>LeadBridge: no leads</translation>
    </message>
</context>
<context>
    <name>LeadBridge::WebhookReceiver</name>
    <message>
        <source>The chat receiver's address "%1" is not host:port.</source>
        <translation>The chat receiver's address "%1" is not host:port.</translation>
    </message>
    <message>
        <source>The chat receiver has no secret: open Settings and turn it on again, or set LEADBRIDGE_WEBHOOK_SECRET (at least %1 characters).</source>
        <translation>The chat receiver has no secret: open Settings and turn it on again, or set LEADBRIDGE_WEBHOOK_SECRET (at least %1 characters).</translation>
    </message>
    <message>
        <source>Chat receiver: port %1 is busy; choose another one in Settings.</source>
        <translation>Chat receiver: port %1 is busy; choose another one in Settings.</translation>
    </message>
    <message>
        <source>Chat receiver: cannot listen on %1: %2</source>
        <translation>Chat receiver: cannot listen on %1: %2</translation>
    </message>
</context>
<context>
    <name>LeadBridge::WebhookStatusLabel</name>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>Receiving chats at %1</source>
        <translation>Receiving chats at %1</translation>
    </message>
    <message>
        <source>last delivery %1</source>
        <translation>last delivery %1</translation>
    </message>
    <message>
        <source>no delivery yet</source>
        <translation>no delivery yet</translation>
    </message>
</context>
<context>
    <name>LeadBridge::WebhookUrlCommand</name>
    <message>
        <source>The chat receiver is off: set webhook/listen (e.g. 127.0.0.1:8099) in the settings file.</source>
        <translation>The chat receiver is off: set webhook/listen (e.g. 127.0.0.1:8099) in the settings file.</translation>
    </message>
    <message>
        <source>No public URL for the chat receiver: set webhook/publicUrl to the https address at which Calltouch reaches this server (e.g. https://hooks.myshop.ru).</source>
        <translation>No public URL for the chat receiver: set webhook/publicUrl to the https address at which Calltouch reaches this server (e.g. https://hooks.myshop.ru).</translation>
    </message>
    <message>
        <source>Set LEADBRIDGE_WEBHOOK_SECRET instead.</source>
        <translation>Set LEADBRIDGE_WEBHOOK_SECRET instead.</translation>
    </message>
    <message>
        <source>The keychain cannot keep the chat receiver's secret on this machine. Set LEADBRIDGE_WEBHOOK_SECRET to a random value of at least 32 characters (e.g. the output of: openssl rand -hex 32) and run this again.</source>
        <translation>The keychain cannot keep the chat receiver's secret on this machine. Set LEADBRIDGE_WEBHOOK_SECRET to a random value of at least 32 characters (e.g. the output of: openssl rand -hex 32) and run this again.</translation>
    </message>
    <message>
        <source>Calls:    %1</source>
        <translation>Calls:    %1</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>Requests: %1</translation>
    </message>
    <message>
        <source>Chats:    %1</source>
        <translation>Chats:    %1</translation>
    </message>
    <message>
        <source>Paste them in the Calltouch cabinet: %1 (a webhook per kind, method POST).</source>
        <translation>Paste them in the Calltouch cabinet: %1 (a webhook per kind, method POST).</translation>
    </message>
    <message>
        <source>LeadBridge listens on %1; your reverse proxy must pass %2 there.</source>
        <translation>LeadBridge listens on %1; your reverse proxy must pass %2 there.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::WebhookWidget</name>
    <message>
        <source>The address to listen on must be host:port, e.g. 127.0.0.1:8099.</source>
        <translation>The address to listen on must be host:port, e.g. 127.0.0.1:8099.</translation>
    </message>
    <message>
        <source>The public URL must be an address like https://hooks.myshop.ru.</source>
        <translation>The public URL must be an address like https://hooks.myshop.ru.</translation>
    </message>
    <message>
        <source>Calltouch needs a public https address: put a TLS reverse proxy (nginx, Caddy) in front of LeadBridge.</source>
        <translation>Calltouch needs a public https address: put a TLS reverse proxy (nginx, Caddy) in front of LeadBridge.</translation>
    </message>
    <message>
        <source>Sending a test chat…</source>
        <translation>Sending a test chat…</translation>
    </message>
    <message>
        <source>The test chat arrived at %1: the receiver works. Nothing was sent to retailCRM.</source>
        <translation>The test chat arrived at %1: the receiver works. Nothing was sent to retailCRM.</translation>
    </message>
    <message>
        <source>Something answers on port %1, but not with this secret: save, so that LeadBridge's receiver uses it, then test again.</source>
        <translation>Something answers on port %1, but not with this secret: save, so that LeadBridge's receiver uses it, then test again.</translation>
    </message>
    <message>
        <source>The test chat did not arrive: %1</source>
        <translation>The test chat did not arrive: %1</translation>
    </message>
    <message>
        <source>Regenerate the secret?</source>
        <translation>Regenerate the secret?</translation>
    </message>
    <message>
        <source>The current webhook URLs stop working as soon as you save. Paste the new URLs into Calltouch (%1) right after, or chats will not arrive.</source>
        <translation>The current webhook URLs stop working as soon as you save. Paste the new URLs into Calltouch (%1) right after, or chats will not arrive.</translation>
    </message>
    <message>
        <source>A new secret: save, then paste the new URLs into Calltouch. The old URLs no longer work.</source>
        <translation>A new secret: save, then paste the new URLs into Calltouch. The old URLs no longer work.</translation>
    </message>
    <message>
        <source>Chats reach LeadBridge only as Calltouch webhooks: Calltouch calls a public URL, a reverse proxy with TLS passes it to the address below. Calls and requests may come the same way (faster than polling).</source>
        <translation>Chats reach LeadBridge only as Calltouch webhooks: Calltouch calls a public URL, a reverse proxy with TLS passes it to the address below. Calls and requests may come the same way (faster than polling).</translation>
    </message>
    <message>
        <source>Receive chats from Calltouch (webhooks)</source>
        <translation>Receive chats from Calltouch (webhooks)</translation>
    </message>
    <message>
        <source>Listen on (address:port):</source>
        <translation>Listen on (address:port):</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>Public URL:</translation>
    </message>
    <message>
        <source>Calls URL:</source>
        <translation>Calls URL:</translation>
    </message>
    <message>
        <source>Requests URL:</source>
        <translation>Requests URL:</translation>
    </message>
    <message>
        <source>Chats URL:</source>
        <translation>Chats URL:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Paste each URL into the Calltouch cabinet: %1: a webhook by leads for calls, one for requests, and a webhook by chats; method POST.</source>
        <translation>Paste each URL into the Calltouch cabinet: %1: a webhook by leads for calls, one for requests, and a webhook by chats; method POST.</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>Send a test</translation>
    </message>
    <message>
        <source>Regenerate secret…</source>
        <translation>Regenerate secret…</translation>
    </message>
    <message>
        <source>Posts a sample chat to the local listener; nothing is sent to retailCRM.</source>
        <translation>Posts a sample chat to the local listener; nothing is sent to retailCRM.</translation>
    </message>
    <message>
        <source>The secret part of the URL is hidden here; Copy puts the whole URL on the clipboard.</source>
        <translation>The secret part of the URL is hidden here; Copy puts the whole URL on the clipboard.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <source>Sync is not running</source>
        <translation>Sync is not running</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Not set up yet</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Not connected: %1</translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation>Next sync: %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n lead(s)</source>
        <translation>
            <numerusform>Waiting to be sent: %n lead(s)</numerusform>
            <numerusform>Waiting to be sent: %n lead(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Store</name>
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
        <source>No %1 is stored in the keychain.</source>
        <translation>No %1 is stored in the keychain.</translation>
    </message>
    <message>
        <source>retailCRM API key</source>
        <translation>retailCRM API key</translation>
    </message>
    <message>
        <source>Calltouch token</source>
        <translation>Calltouch token</translation>
    </message>
    <message>
        <source>Run the setup wizard, or set the environment variable %1.</source>
        <translation>Run the setup wizard, or set the environment variable %1.</translation>
    </message>
    <message>
        <source>LeadBridge is not configured: the settings file needs retailcrm/url and calltouch/siteId (see README).</source>
        <translation>LeadBridge is not configured: the settings file needs retailcrm/url and calltouch/siteId (see README).</translation>
    </message>
    <message>
        <source>Sync cycle: %1 orders created, %2 updated, %3 skipped, %4 failed; %5 deals created, %6 updated, %7 failed.</source>
        <translation>Sync cycle: %1 orders created, %2 updated, %3 skipped, %4 failed; %5 deals created, %6 updated, %7 failed.</translation>
    </message>
    <message>
        <source>chat receiver secret (webhook/listen is set)</source>
        <translation>chat receiver secret (webhook/listen is set)</translation>
    </message>
    <message>
        <source>Receiving chats on port %1.</source>
        <translation>Receiving chats on port %1.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written: leads of %1 to %2.</source>
        <translation>Dry run, nothing was written: leads of %1 to %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n API request(s) made.</source>
        <translation>
            <numerusform>%n API request(s) made.</numerusform>
            <numerusform>%n API request(s) made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calltouch sent %n record(s) without an id; they cannot be synced.</source>
        <translation>
            <numerusform>Calltouch sent %n record(s) without an id; they cannot be synced.</numerusform>
            <numerusform>Calltouch sent %n record(s) without an id; they cannot be synced.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journals and orders read with %1 request(s); checking takes %2 to %3 more request(s), at most about %4 s within the rate limits.</source>
        <translation>Journals and orders read with %1 request(s); checking takes %2 to %3 more request(s), at most about %4 s within the rate limits.</translation>
    </message>
    <message>
        <source>Reconciliation, nothing was written.</source>
        <translation>Reconciliation, nothing was written.</translation>
    </message>
    <message>
        <source>Everything matches.</source>
        <translation>Everything matches.</translation>
    </message>
    <message>
        <source>The report could not be kept: %1</source>
        <translation>The report could not be kept: %1</translation>
    </message>
    <message>
        <source>The report is kept: the Reconciliation tab of the window shows it, with a fix for each line.</source>
        <translation>The report is kept: the Reconciliation tab of the window shows it, with a fix for each line.</translation>
    </message>
    <message>
        <source>Checking takes about %1 request(s) and about %2 s within the rate limits.</source>
        <translation>Checking takes about %1 request(s) and about %2 s within the rate limits.</translation>
    </message>
</context>
</TS>
