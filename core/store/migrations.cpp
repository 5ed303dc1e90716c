#include "migrations.h"

namespace LeadBridge {

const QList<QStringList> &storeMigrations()
{
    // Times are UTC milliseconds since the epoch. Money is stored as text decimals.
    static const QList<QStringList> migrations {
        // 1: the first schema
        QStringList {
            QStringLiteral("CREATE TABLE leads ("
                           " id INTEGER PRIMARY KEY,"
                           " kind TEXT NOT NULL," // call | request | chat
                           " remote_id TEXT NOT NULL," // Calltouch call/request/chat id
                           " occurred_at INTEGER NOT NULL,"
                           " received_at INTEGER NOT NULL,"
                           " phone TEXT NOT NULL DEFAULT ''," // E.164
                           " email TEXT NOT NULL DEFAULT ''," // lower-case
                           " name TEXT NOT NULL DEFAULT '',"
                           " subject TEXT NOT NULL DEFAULT '',"
                           " utm_source TEXT NOT NULL DEFAULT '', utm_medium TEXT NOT NULL DEFAULT '',"
                           " utm_campaign TEXT NOT NULL DEFAULT '', utm_content TEXT NOT NULL DEFAULT '',"
                           " utm_term TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT '', medium TEXT NOT NULL DEFAULT '',"
                           " raw_json TEXT NOT NULL DEFAULT '{}',"
                           " state TEXT NOT NULL DEFAULT 'waiting'," // waiting|done|skipped|failed|no_contact
                           " action TEXT NOT NULL DEFAULT '',"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " customer_id INTEGER, order_id INTEGER, order_number TEXT NOT NULL DEFAULT '',"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt_at INTEGER NOT NULL DEFAULT 0,"
                           " updated_at INTEGER NOT NULL,"
                           " UNIQUE(kind, remote_id))"),
            QStringLiteral("CREATE INDEX leads_phone ON leads(phone, occurred_at)"),
            QStringLiteral("CREATE INDEX leads_email ON leads(email, occurred_at)"),
            QStringLiteral("CREATE INDEX leads_due ON leads(state, next_attempt_at)"),
            QStringLiteral("CREATE INDEX leads_time ON leads(occurred_at)"),
            QStringLiteral("CREATE TABLE lead_outcomes ("
                           " id INTEGER PRIMARY KEY, lead_id INTEGER NOT NULL REFERENCES leads(id),"
                           " at INTEGER NOT NULL, action TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
                           " customer_id INTEGER, order_id INTEGER, detail TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX lead_outcomes_lead ON lead_outcomes(lead_id)"),
            QStringLiteral("CREATE TABLE orders ("
                           " order_id INTEGER PRIMARY KEY," // retailCRM order id
                           " number TEXT NOT NULL DEFAULT '', site TEXT NOT NULL DEFAULT '',"
                           " customer_id INTEGER, customer_name TEXT NOT NULL DEFAULT '',"
                           " action TEXT NOT NULL DEFAULT ''," // created | updated | skipped
                           " reason TEXT NOT NULL DEFAULT '', lead_id INTEGER,"
                           " created_at INTEGER, updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE deals ("
                           " order_id INTEGER PRIMARY KEY," // retailCRM order id = Calltouch orderNumber
                           " order_number TEXT NOT NULL DEFAULT '', site TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL DEFAULT '', revenue TEXT NOT NULL DEFAULT '0',"
                           " manager TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',"
                           " email TEXT NOT NULL DEFAULT '',"
                           " order_created_at INTEGER, status_changed_at INTEGER,"
                           " binding TEXT NOT NULL DEFAULT ''," // call:<id> | request:<id> | chain | none
                           " binding_note TEXT NOT NULL DEFAULT '',"
                           " calltouch_deal_id TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL DEFAULT 'pending'," // pending|sending|created|failed|unknown
                           " in_calltouch INTEGER NOT NULL DEFAULT 0," // 1 once Calltouch has the deal
                           " pushed_status TEXT NOT NULL DEFAULT '', pushed_revenue TEXT NOT NULL DEFAULT '',"
                           " last_pushed_at INTEGER, error TEXT NOT NULL DEFAULT '',"
                           " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL DEFAULT 0,"
                           " updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX deals_due ON deals(state, next_attempt_at)"),
            QStringLiteral("CREATE TABLE errors ("
                           " id INTEGER PRIMARY KEY, at INTEGER NOT NULL,"
                           " direction TEXT NOT NULL," // leads | deals | setup
                           " item TEXT NOT NULL, message TEXT NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 1, next_retry_at INTEGER,"
                           " resolved INTEGER NOT NULL DEFAULT 0,"
                           " UNIQUE(direction, item))"),
            QStringLiteral("CREATE TABLE cursors (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE outbox ("
                           " id INTEGER PRIMARY KEY,"
                           " op TEXT NOT NULL," // create_customer | create_order | edit_order | ...
                           " item TEXT NOT NULL," // e.g. lead:call:123, deal:456
                           " idempotency_key TEXT NOT NULL UNIQUE,"
                           " payload TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL DEFAULT 'pending'," // pending | confirmed | failed
                           " result TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX outbox_item ON outbox(item, state)"),
        },
        // 2: the binding as two columns (kind, lead id); reasons as codes (core/store/states.h), the
        // failure text of a lead in its own column.
        QStringList {
            QStringLiteral("ALTER TABLE deals ADD COLUMN binding_kind TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE deals ADD COLUMN binding_lead_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE deals SET"
                           " binding_kind = CASE WHEN instr(binding, ':') > 0"
                           "  THEN substr(binding, 1, instr(binding, ':') - 1) ELSE binding END,"
                           " binding_lead_id = CASE WHEN instr(binding, ':') > 0"
                           "  THEN substr(binding, instr(binding, ':') + 1) ELSE '' END"),
            QStringLiteral("ALTER TABLE deals DROP COLUMN binding"),
            QStringLiteral("ALTER TABLE leads ADD COLUMN detail TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "UPDATE leads SET detail = reason, reason = CASE state WHEN 'failed' THEN 'error' ELSE '' END"
                " WHERE reason NOT IN ('', 'no-contact', 'no-customer', 'no-orders',"
                " 'newest-order-completed', 'newest-order-cancelled', 'open-order-without-lead',"
                " 'open-order-has-lead', 'error')"),
            QStringLiteral("UPDATE lead_outcomes SET detail = reason, reason = ''"
                           " WHERE reason NOT IN ('', 'no-contact', 'no-customer', 'no-orders',"
                           " 'newest-order-completed', 'newest-order-cancelled', 'open-order-without-lead',"
                           " 'open-order-has-lead', 'error')"),
        },
        // 3: an index for each column the tables sort by, on the very expression of the table's query
        // (core/store/queries/): a page is read from the index instead of sorting the whole table. The
        // key (the rowid) is in every index, so "ORDER BY <expression>, <key>" is in index order.
        QStringList {
            QStringLiteral("CREATE INDEX leads_by_kind ON leads(kind)"),
            QStringLiteral(
                "CREATE INDEX leads_by_contact ON leads(CASE WHEN phone<>'' THEN phone ELSE email END)"),
            QStringLiteral("CREATE INDEX leads_by_utm_source ON leads(utm_source)"),
            QStringLiteral("CREATE INDEX leads_by_utm_medium ON leads(utm_medium)"),
            QStringLiteral("CREATE INDEX leads_by_utm_campaign ON leads(utm_campaign)"),
            QStringLiteral("CREATE INDEX leads_by_state ON leads(state || action)"),
            QStringLiteral("CREATE INDEX leads_by_reason ON leads(reason)"),
            QStringLiteral("CREATE INDEX leads_by_order ON leads(IFNULL(order_id, 0))"),
            QStringLiteral("CREATE INDEX leads_by_attempts ON leads(attempts)"),
            QStringLiteral("CREATE INDEX orders_by_site ON orders(site)"),
            QStringLiteral("CREATE INDEX orders_by_customer ON orders(customer_name)"),
            QStringLiteral("CREATE INDEX orders_by_action ON orders(action)"),
            QStringLiteral("CREATE INDEX orders_by_reason ON orders(reason)"),
            QStringLiteral("CREATE INDEX orders_by_updated ON orders(updated_at)"),
            QStringLiteral("CREATE INDEX deals_by_site ON deals(site)"),
            QStringLiteral("CREATE INDEX deals_by_status ON deals(status)"),
            QStringLiteral("CREATE INDEX deals_by_revenue ON deals(CAST(revenue AS REAL))"),
            QStringLiteral("CREATE INDEX deals_by_manager ON deals(manager)"),
            QStringLiteral("CREATE INDEX deals_by_binding ON deals(binding_kind || binding_lead_id)"),
            QStringLiteral("CREATE INDEX deals_by_state ON deals(state)"),
            QStringLiteral("CREATE INDEX deals_by_pushed ON deals(IFNULL(last_pushed_at, 0))"),
            QStringLiteral("CREATE INDEX errors_by_time ON errors(at)"),
        },
        // 4: codes, not prose (core/store/problem.h): an error, a failed lead and a failed deal keep a code,
        // its parameters (JSON) and a technical detail; the words are made at display time. Old prose
        // stays as the detail of a "legacy" code and is shown as is. A deal's binding note is made from
        // binding_kind and binding_lead_id.
        QStringList {
            QStringLiteral("ALTER TABLE errors ADD COLUMN code TEXT NOT NULL DEFAULT 'legacy'"),
            QStringLiteral("ALTER TABLE errors ADD COLUMN params TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE errors ADD COLUMN detail TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE errors SET detail = message"),
            QStringLiteral("ALTER TABLE errors DROP COLUMN message"),
            QStringLiteral("ALTER TABLE leads ADD COLUMN error_code TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE leads ADD COLUMN error_params TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE leads SET error_code = 'legacy' WHERE detail <> ''"),
            QStringLiteral("ALTER TABLE lead_outcomes ADD COLUMN error_code TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE lead_outcomes ADD COLUMN error_params TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE lead_outcomes SET error_code = 'legacy' WHERE detail <> ''"),
            QStringLiteral("ALTER TABLE deals ADD COLUMN error_code TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE deals ADD COLUMN error_params TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE deals SET error_code = 'legacy' WHERE error <> ''"),
            QStringLiteral("ALTER TABLE deals DROP COLUMN binding_note"),
            QStringLiteral("CREATE INDEX errors_by_code ON errors(code)"),
        },
        // 5: the names of retailCRM's reference books (kind: status | site), as the CRM spells them;
        // the tables show the name and keep the code (in the rows) for the tooltip.
        QStringList {
            QStringLiteral("CREATE TABLE reference_names ("
                           " kind TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,"
                           " PRIMARY KEY(kind, code)) WITHOUT ROWID"),
        },
        // 6: the run log, one row per sync cycle (core/store/runlog.h): counts per action and how the
        // cycle ended, as codes; kept 90 days.
        QStringList {
            QStringLiteral(
                "CREATE TABLE run_log ("
                " id INTEGER PRIMARY KEY,"
                " started_at INTEGER NOT NULL, duration_ms INTEGER NOT NULL DEFAULT 0,"
                " leads_fetched INTEGER NOT NULL DEFAULT 0,"
                " orders_created INTEGER NOT NULL DEFAULT 0,"
                " orders_updated INTEGER NOT NULL DEFAULT 0,"
                " leads_skipped INTEGER NOT NULL DEFAULT 0,"
                " leads_no_contact INTEGER NOT NULL DEFAULT 0,"
                " leads_failed INTEGER NOT NULL DEFAULT 0,"
                " deals_created INTEGER NOT NULL DEFAULT 0,"
                " deals_updated INTEGER NOT NULL DEFAULT 0,"
                " deals_failed INTEGER NOT NULL DEFAULT 0,"
                " errors INTEGER NOT NULL DEFAULT 0, reads_failed INTEGER NOT NULL DEFAULT 0,"
                " result TEXT NOT NULL," // ok|items-failed|reads-failed|configuration|store-failure
                " stopped_by TEXT NOT NULL DEFAULT ''," // retailCRM | Calltouch | database
                " stop_code TEXT NOT NULL DEFAULT ''," // ApiError::kindName() | store
                " http_status INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX run_log_by_start ON run_log(started_at)"),
        },
        // 7: the last reconciliation report (core/store/reconcilestore.h): its counts, and a line per
        // thing found off, as codes, with the one-click fix asked for. Only the last run is kept.
        QStringList {
            QStringLiteral("CREATE TABLE reconcile_runs ("
                           " id INTEGER PRIMARY KEY, ran_at INTEGER NOT NULL,"
                           " from_day TEXT NOT NULL, to_day TEXT NOT NULL," // yyyy-MM-dd
                           " leads_read INTEGER NOT NULL DEFAULT 0, leads_checked INTEGER NOT NULL DEFAULT 0,"
                           " leads_no_contact INTEGER NOT NULL DEFAULT 0,"
                           " leads_skipped_by_rule INTEGER NOT NULL DEFAULT 0,"
                           " leads_without_id INTEGER NOT NULL DEFAULT 0,"
                           " orders_read INTEGER NOT NULL DEFAULT 0, deals_read INTEGER NOT NULL DEFAULT 0,"
                           " deals_checked INTEGER NOT NULL DEFAULT 0,"
                           " estimated_requests INTEGER NOT NULL DEFAULT 0,"
                           " requests INTEGER NOT NULL DEFAULT 0,"
                           " missing_fields TEXT NOT NULL DEFAULT ''," // field codes, comma-separated
                           " error_kind TEXT NOT NULL DEFAULT ''," // ApiError::kindName(); '' = none
                           " error_status INTEGER NOT NULL DEFAULT 0,"
                           " error_detail TEXT NOT NULL DEFAULT ''," // technical, redacted
                           " error_service TEXT NOT NULL DEFAULT '')"), // retailCRM | Calltouch
            QStringLiteral("CREATE TABLE reconcile_lines ("
                           " id INTEGER PRIMARY KEY,"
                           " run_id INTEGER NOT NULL REFERENCES reconcile_runs(id),"
                           " kind TEXT NOT NULL," // lead-in-no-order|unknown-lead|order-without-deal|...
                           " lead_kind TEXT NOT NULL DEFAULT '', lead_id TEXT NOT NULL DEFAULT '',"
                           " lead_at INTEGER, contact TEXT NOT NULL DEFAULT '',"
                           " order_id INTEGER NOT NULL DEFAULT 0, order_number TEXT NOT NULL DEFAULT '',"
                           " order_created_at INTEGER,"
                           " order_status TEXT NOT NULL DEFAULT '', deal_status TEXT NOT NULL DEFAULT '',"
                           " order_revenue TEXT NOT NULL DEFAULT '', deal_revenue TEXT NOT NULL DEFAULT '',"
                           " reason TEXT NOT NULL DEFAULT ''," // Db::LeadReason
                           " error_kind TEXT NOT NULL DEFAULT '', error_status INTEGER NOT NULL DEFAULT 0,"
                           " error_detail TEXT NOT NULL DEFAULT '',"
                           " lead_json TEXT NOT NULL DEFAULT ''," // the lead as read, for its resend
                           " fix TEXT NOT NULL DEFAULT ''," // '' | requested | unknown-order
                           " fix_at INTEGER)"),
            QStringLiteral("CREATE INDEX reconcile_lines_by_run ON reconcile_lines(run_id)"),
        },
    };
    return migrations;
}

} // namespace LeadBridge
