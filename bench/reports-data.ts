// The reports bench's data, generated in the database with INSERT … SELECT FROM generate_series:
// 50 product lines, distributors in 40 countries with a signed charter each, 36 months of
// reports per distributor (the report, its first revision, 50 sales facts, the month's summary)
// and yearly targets. Each distributor has a size, a yearly growth or decline, a seasonal phase,
// a stock habit and a lateness habit, so the figures spread like a real portfolio's.
// The caller refreshes the KPIs afterwards, as the hourly job would.
import { defaultCharterContent } from '../src/charter/charter.content.ts';
import type { Database } from '../src/db/client.ts';

/** Country, report currency (with units per EUR), IANA zone and language: 40 markets. */
const countries: [string, string, number, string, string][] = [
  ['VN', 'USD', 1.08, 'Asia/Ho_Chi_Minh', 'vi'],
  ['TH', 'THB', 38, 'Asia/Bangkok', 'th'],
  ['CN', 'CNY', 7.8, 'Asia/Shanghai', 'zh-Hans'],
  ['PL', 'PLN', 4.3, 'Europe/Warsaw', 'pl'],
  ['MX', 'MXN', 19, 'America/Mexico_City', 'es'],
  ['ID', 'IDR', 17000, 'Asia/Jakarta', 'id'],
  ['IN', 'INR', 90, 'Asia/Kolkata', 'hi'],
  ['BR', 'BRL', 5.5, 'America/Sao_Paulo', 'pt-BR'],
  ['TR', 'TRY', 35, 'Europe/Istanbul', 'tr'],
  ['CZ', 'CZK', 25, 'Europe/Prague', 'cs'],
  ['ZA', 'ZAR', 20, 'Africa/Johannesburg', 'en'],
  ['US', 'USD', 1.08, 'America/Chicago', 'en'],
  ['DE', 'EUR', 1, 'Europe/Berlin', 'de'],
  ['FR', 'EUR', 1, 'Europe/Paris', 'fr'],
  ['ES', 'EUR', 1, 'Europe/Madrid', 'es'],
  ['IT', 'EUR', 1, 'Europe/Rome', 'it'],
  ['PT', 'EUR', 1, 'Europe/Lisbon', 'pt'],
  ['NL', 'EUR', 1, 'Europe/Amsterdam', 'nl'],
  ['BE', 'EUR', 1, 'Europe/Brussels', 'nl'],
  ['AT', 'EUR', 1, 'Europe/Vienna', 'de'],
  ['SE', 'SEK', 11.5, 'Europe/Stockholm', 'sv'],
  ['NO', 'NOK', 11.7, 'Europe/Oslo', 'nb'],
  ['DK', 'DKK', 7.46, 'Europe/Copenhagen', 'da'],
  ['FI', 'EUR', 1, 'Europe/Helsinki', 'fi'],
  ['HU', 'HUF', 395, 'Europe/Budapest', 'hu'],
  ['RO', 'RON', 4.97, 'Europe/Bucharest', 'ro'],
  ['GB', 'GBP', 0.85, 'Europe/London', 'en'],
  ['CA', 'CAD', 1.47, 'America/Toronto', 'en'],
  ['CL', 'CLP', 1000, 'America/Santiago', 'es'],
  ['CO', 'COP', 4300, 'America/Bogota', 'es'],
  ['AR', 'ARS', 950, 'America/Argentina/Buenos_Aires', 'es'],
  ['PE', 'PEN', 4, 'America/Lima', 'es'],
  ['AU', 'AUD', 1.65, 'Australia/Sydney', 'en'],
  ['NZ', 'NZD', 1.8, 'Pacific/Auckland', 'en'],
  ['JP', 'JPY', 160, 'Asia/Tokyo', 'ja'],
  ['KR', 'KRW', 1450, 'Asia/Seoul', 'ko'],
  ['PH', 'PHP', 61, 'Asia/Manila', 'fil'],
  ['MY', 'MYR', 5, 'Asia/Kuala_Lumpur', 'ms'],
  ['AE', 'AED', 4, 'Asia/Dubai', 'ar'],
  ['EG', 'EGP', 52, 'Africa/Cairo', 'ar'],
];

const categories = [
  ['BRK', 'Brakes'],
  ['FLT', 'Filters'],
  ['CLU', 'Clutch'],
  ['SUS', 'Suspension'],
  ['STE', 'Steering'],
  ['COO', 'Engine cooling'],
  ['ELE', 'Electrical'],
  ['LGT', 'Lighting'],
  ['BLT', 'Belts and chains'],
  ['EXH', 'Exhaust'],
];

export const MONTHS = 36;

export type ReportsDataOptions = {
  workspaceId: string;
  distributors: number;
  /** Distributors whose last month is not reported yet: the uploads under test report it. */
  withheld: number;
  /** Today's date, YYYY-MM-DD: the 36 months end with the month before. */
  today: string;
};

export type ReportsData = {
  /** Every distributor id, in the order generated (the withheld ones first). */
  distributorIds: string[];
  withheldIds: string[];
  lastPeriod: string;
  rows: Record<string, number>;
  stepsMs: Record<string, number>;
};

/**
 * Loads the data through `database`, one connection (BEGIN … COMMIT around the big inserts), as
 * the owner. Foreign keys are not checked row by row for the facts (the rows are made from the
 * tables they point at): `session_replication_role = replica` for that transaction, as a bulk
 * load would; the keys and indexes are maintained as usual.
 */
export async function generateReportsData(
  database: Database,
  options: ReportsDataOptions,
): Promise<ReportsData> {
  const { workspaceId, today } = options;
  const run = <Row = unknown>(text: string, params: unknown[] = []) =>
    database.rawQuery<Row>(text, params);
  const stepsMs: Record<string, number> = {};
  const step = async (name: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    stepsMs[name] = Math.round(performance.now() - started);
  };
  const first = `date_trunc('month', $2::date) - interval '${MONTHS} months'`;

  await step('profiles', async () => {
    await run(
      `create table bench_country as select * from jsonb_to_recordset($1::jsonb)
        as x(position int, country text, currency text, fx numeric, time_zone text, language text)`,
      [
        JSON.stringify(
          countries.map(([country, currency, fx, timeZone, language], position) => ({
            position,
            country,
            currency,
            fx,
            time_zone: timeZone,
            language,
          })),
        ),
      ],
    );
    // Sizes spread log-uniformly (20 to 2,000 units a line a month); lateness is cubed so that
    // most distributors report on time and a few are habitually late.
    await run(
      `create table bench_profile as
       select n as ordinal, gen_random_uuid() as distributor_id, c.country, c.currency, c.fx,
         c.time_zone, c.language, n <= $2 as withheld,
         exp(ln(20) + random() * ln(100)) as scale,
         -0.3 + random() * 0.7 as growth,
         random() * 12 as phase,
         2 + random() * 10 as stock_weeks,
         power(random(), 3) as lateness,
         0.85 + random() * 0.4 as ambition,
         random() * 3 as complaint_rate
       from generate_series(1, $1::int) n
       join bench_country c on c.position = (n * 7) % 40`,
      [options.distributors, options.withheld],
    );
    await run(`create table bench_line as
      select n as ordinal, gen_random_uuid() as id,
        (array['BRK','FLT','CLU','SUS','STE','COO','ELE','LGT','BLT','EXH'])[1 + (n - 1) % 10]
          || '-' || (100 + ((n - 1) / 10) * 10) as code,
        0.2 + random() * 2.8 as weight, 5 + random() * 395 as price, random() * 0.35 as season
      from generate_series(1, 50) n`);
  });

  await step('distributors, lines, charters', async () => {
    await run(
      `insert into distributor (workspace_id, id, name, legal_name, country, time_zone, languages,
         lifecycle_stage, report_currency, created_at)
       select $1, distributor_id,
         (array['Auto Parts','Motor Supply','Brake & Clutch','Parts Trading','Car Components',
                'Drive Parts','Spares Hub','Motor Distribution'])[1 + ordinal % 8]
           || ' ' || country || ' ' || lpad(ordinal::text, 4, '0'),
         null, country, time_zone, array[language, 'en'],
         case when ordinal % 20 < 13 then 'active' when ordinal % 20 < 16 then 'at_risk'
              when ordinal % 20 < 18 then 'onboarding' else 'suspended' end,
         currency, now() - interval '40 months'
       from bench_profile order by ordinal`,
      [workspaceId],
    );
    const names = Object.fromEntries(categories);
    await run(
      `insert into product_line (workspace_id, id, code, name, category)
       select $1, id, code, ($2::jsonb ->> split_part(code, '-', 1)) || ' ' || split_part(code, '-', 2),
         $2::jsonb ->> split_part(code, '-', 1)
       from bench_line order by ordinal`,
      [workspaceId, JSON.stringify(names)],
    );
    await run(
      `insert into product_line_cost (workspace_id, product_line_id, currency, unit_cost)
       select $1, l.id, c.currency, round((l.price * c.fx * 0.62)::numeric, 4)
       from bench_line l cross join (select distinct currency, fx from bench_country) c`,
      [workspaceId],
    );
    // A signed charter each: the buffer-stock commitment the weeks-of-cover KPI is read against.
    const content = defaultCharterContent(today, 'en');
    await run(
      `insert into charter_version (workspace_id, distributor_id, version, status, content,
         agreed_document, agreed_hash, agreed_at, signed_at)
       select $1, distributor_id, 1, 'signed', c.content, c.content, md5(distributor_id::text),
         now() - interval '40 months', now() - interval '40 months'
       from bench_profile
       cross join lateral (select jsonb_set($2::jsonb, '{inventory,lines}', jsonb_build_array(
         jsonb_build_object('productLineId', null, 'minimumOrderQuantity', 100,
           'bufferWeeks', 4 + ordinal % 7))) as content) c`,
      [workspaceId, JSON.stringify(content)],
    );
  });

  await run('BEGIN');
  try {
    await run('SET LOCAL session_replication_role = replica');
    await run("SET LOCAL work_mem = '64MB'");
    // The reports: due on the 10th of the next month; submitted up to 9 days early, or late by
    // up to three weeks as often as the distributor's lateness habit says.
    await step('monthly_report', () =>
      run(
        `insert into monthly_report (workspace_id, distributor_id, period, currency, status,
           revision, due_on, first_submitted_at, submitted_at, created_at, updated_at)
         select $1, p.distributor_id, m.period, p.currency,
           case when m.n < ${MONTHS - 2} then 'accepted' else 'submitted' end, 1, m.due_on,
           s.at, s.at, s.at, s.at
         from bench_profile p
         cross join lateral (select n, (${first} + n * interval '1 month')::date as period,
             (${first} + (n + 1) * interval '1 month' + interval '9 days')::date as due_on
           from generate_series(0, ${MONTHS - 1}) n) m
         cross join lateral (select least(now() - interval '1 hour',
             m.due_on + interval '15 hours'
             + case when random() < p.lateness then (1 + random() * 20) * interval '1 day'
                    else -(random() * 9) * interval '1 day' end) as at) s
         where not (p.withheld and m.n = ${MONTHS - 1})
         order by p.distributor_id, m.period`,
        [workspaceId, today],
      ),
    );
    await step('monthly_report_revision', () =>
      run(
        `insert into monthly_report_revision (workspace_id, report_id, revision, content, source,
           file_name, content_hash, created_at)
         select r.workspace_id, r.id, 1, c.content,
           case when r.period < $2::date - interval '24 months' then 'portal' else 'xlsx' end,
           null, md5(c.content::text), r.first_submitted_at
         from monthly_report r
         cross join lateral (select jsonb_build_object('period', to_char(r.period, 'YYYY-MM'),
           'currency', r.currency, 'sales', '[]'::jsonb, 'inventory', '[]'::jsonb,
           'pipeline', '[]'::jsonb, 'marketIntelligence', '[]'::jsonb,
           'competitiveActivity', '[]'::jsonb,
           'customerSatisfaction', jsonb_build_object('complaints', 0, 'returns', 0,
             'score', null)) as content) c
         where r.workspace_id = $1`,
        [workspaceId, today],
      ),
    );
    // 50 facts a report: size × line weight × yearly growth × season × noise; stock on hand
    // is the distributor's habit in weeks of sales. Loaded the way pg_restore loads a table: the
    // rows first, in the order they are made (one distributor's together), then the primary key
    // built once over them, which is cheaper than keeping a B-tree in order row by row (#17).
    await step('sales_fact', async () => {
      await run('alter table sales_fact drop constraint sales_fact_pkey');
      const batch = 250;
      for (let from = 1; from <= options.distributors; from += batch) {
        await run(
          `insert into sales_fact (workspace_id, distributor_id, period, product_line_id, units,
             revenue, units_on_hand)
           select $1, p.distributor_id, m.period, l.id, u.units,
             round((u.units * l.price * p.fx * (0.95 + random() * 0.1))::numeric, 2),
             round(u.units * p.stock_weeks / 4.345 * (0.6 + random() * 0.8))
           from bench_profile p
           cross join lateral (select n, (${first} + n * interval '1 month')::date as period
             from generate_series(0, ${MONTHS - 1}) n) m0
           -- The month's growth and season, once per distributor and month, not per line:
           -- "offset 0" keeps the planner from pulling them up into the per-row expressions.
           cross join lateral (select m0.n, m0.period,
               power(1 + p.growth, (m0.n - ${MONTHS - 1}) / 12.0) as growth,
               sin(2 * pi() * (extract(month from m0.period) + p.phase) / 12) as season
             offset 0) m
           cross join bench_line l
           cross join lateral (select greatest(0, round(p.scale * l.weight * m.growth
             * (1 + l.season * m.season) * (0.8 + random() * 0.4)))::bigint as units) u
           where p.ordinal between $3 and $4 and not (p.withheld and m.n = ${MONTHS - 1})`,
          [workspaceId, today, from, from + batch - 1],
        );
      }
      await run(
        `alter table sales_fact add constraint sales_fact_pkey
           primary key (workspace_id, distributor_id, period, product_line_id)`,
      );
    });
    // Each distributor's months summed once, with each line's cost in the distributor's
    // currency; the targets and the month summaries read the 72,000 sums, not the 3.6 M facts.
    // The tables are new and not yet analyzed, so the planner is steered to the plan a hash of
    // 100,000 costs calls for (a merge join sorted 3.6 M rows on disk: 5.5 s against 2.4).
    await step('month sums', async () => {
      await run('SET LOCAL enable_mergejoin = off');
      await run('SET LOCAL jit = off');
      await run(
        `create table bench_cost as
         select bp.distributor_id, c.product_line_id, c.unit_cost
         from bench_profile bp
         join product_line_cost c on c.workspace_id = $1 and c.currency = bp.currency`,
        [workspaceId],
      );
      await run('analyze bench_cost');
      await run(
        `create table bench_month as
         select s.distributor_id, s.period, sum(s.revenue) as revenue, sum(s.units) as units,
           sum(s.units_on_hand) as units_on_hand, sum(s.units * c.unit_cost) as cost
         from sales_fact s
         join bench_cost c on c.distributor_id = s.distributor_id
           and c.product_line_id = s.product_line_id
         where s.workspace_id = $1
         group by s.distributor_id, s.period`,
        [workspaceId],
      );
      await run('SET LOCAL enable_mergejoin = on');
      // Statistics for the joins that follow, on tables made in this transaction.
      for (const table of ['bench_profile', 'bench_month', 'monthly_report']) {
        await run(`analyze ${table}`);
      }
    });
    // Yearly targets for all lines: the year's actual revenue times the distributor's ambition.
    await step('sales_target', () =>
      run(
        `insert into sales_target (workspace_id, distributor_id, product_line_id, period_kind,
           period, revenue)
         select $1, p.distributor_id, null, 'year', y.year,
           round((coalesce(sum(s.revenue), 0) * 12 / greatest(count(s.period), 1)
             * p.ambition)::numeric, 2)
         from bench_profile p
         cross join generate_series(date_trunc('year', ${first}),
           date_trunc('year', $2::date), interval '1 year') y(year)
         left join bench_month s on s.distributor_id = p.distributor_id
           and s.period >= y.year and s.period < y.year + interval '1 year'
         group by p.distributor_id, p.ambition, y.year`,
        [workspaceId, today],
      ),
    );
    await step('distributor_month', () =>
      run(
        `insert into distributor_month (workspace_id, distributor_id, period, currency, revenue,
           units, units_on_hand, target_revenue, cost, complaints, returns, satisfaction,
           pipeline_value, report_due_on, report_submitted_at)
         select $1, f.distributor_id, f.period, p.currency, f.revenue, f.units, f.units_on_hand,
           round(t.revenue / 12, 2), f.cost,
           floor(random() * p.complaint_rate * 4)::int, floor(random() * p.complaint_rate * 2)::int,
           round((6 + random() * 3.5)::numeric, 2), round(f.revenue * (1 + random() * 2)::numeric, 2),
           r.due_on, r.first_submitted_at
         from bench_month f
         join bench_profile p on p.distributor_id = f.distributor_id
         join monthly_report r on r.workspace_id = $1 and r.distributor_id = f.distributor_id
           and r.period = f.period
         left join sales_target t on t.workspace_id = $1 and t.distributor_id = f.distributor_id
           and t.product_line_id is null and t.period_kind = 'year'
           and t.period = date_trunc('year', f.period)::date
         order by f.distributor_id, f.period`,
        [workspaceId],
      ),
    );
    await run('COMMIT');
  } catch (error) {
    await run('ROLLBACK').catch(() => undefined);
    throw error;
  }
  await step('vacuum analyze', async () => {
    for (const table of [
      'distributor',
      'charter_version',
      'monthly_report',
      'monthly_report_revision',
      'sales_fact',
      'sales_target',
      'distributor_month',
    ]) {
      await run(`VACUUM ANALYZE ${table}`);
    }
  });

  const profiles = await run<{ id: string; withheld: boolean }>(
    'select distributor_id as id, withheld from bench_profile order by ordinal',
  );
  const [last] = await run<{ period: string }>(
    `select to_char(date_trunc('month', $1::date) - interval '1 month', 'YYYY-MM') as period`,
    [today],
  );
  const counts = await run<{ name: string; rows: number }>(
    `select 'sales_fact' as name, count(*)::int as rows from sales_fact
     union all select 'monthly_report', count(*)::int from monthly_report
     union all select 'monthly_report_revision', count(*)::int from monthly_report_revision
     union all select 'distributor_month', count(*)::int from distributor_month
     union all select 'sales_target', count(*)::int from sales_target`,
  );
  return {
    distributorIds: profiles.map((row) => row.id),
    withheldIds: profiles.filter((row) => row.withheld).map((row) => row.id),
    lastPeriod: last?.period ?? '',
    rows: Object.fromEntries(counts.map((row) => [row.name, row.rows])),
    stepsMs,
  };
}
