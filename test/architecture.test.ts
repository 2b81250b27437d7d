// The house rules that a reviewer would otherwise have to remember, checked on every run:
// SQL lives only in the owning domain's *.queries.ts, domains do not import each other in a
// cycle, and no source file grows past 400 lines unless it is on the short list below.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function filesUnder(folder: string, pattern: RegExp): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'node_modules' && name !== 'dist') walk(full);
      } else if (pattern.test(name)) {
        found.push(path.relative(root, full));
      }
    }
  };
  walk(path.join(root, folder));
  return found.sort();
}

type Import = { from: string; names: string; typeOnly: boolean };

/** Static imports (and `await import()` calls) of a TypeScript file, resolved against its folder. */
function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const found: Import[] = [];
  const statement = /^import\s+(type\s+)?([^'"]*?)\s*from\s*'([^']+)';/gms;
  for (const match of text.matchAll(statement)) {
    const names = match[2] ?? '';
    // `import { type A, type B }` is type-only too.
    const allTyped =
      /^\{[^}]*\}$/s.test(names) &&
      names
        .slice(1, -1)
        .split(',')
        .every((part) => part.trim() === '' || part.trim().startsWith('type '));
    found.push({
      from: resolve(file, match[3] ?? ''),
      names,
      typeOnly: Boolean(match[1]) || allTyped,
    });
  }
  for (const match of text.matchAll(/await import\('([^']+)'\)/g)) {
    found.push({ from: resolve(file, match[1] ?? ''), names: '*', typeOnly: false });
  }
  return found;
}

function resolve(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return path.relative(root, path.resolve(root, path.dirname(file), specifier));
}

/**
 * The domain a file belongs to: its first folder under src/. src/config.ts counts as platform;
 * the other files at the top (app.ts, server.ts, main.ts) assemble the domains and are `app`.
 */
function domainOf(file: string): string {
  const parts = file.split(path.sep);
  if (parts[0] !== 'src') return parts[0] ?? '';
  if (parts.length > 2) return parts[1] ?? '';
  return file === path.join('src', 'config.ts') ? 'platform' : 'app';
}

const sourceFiles = filesUnder('src', /\.ts$/).filter((file) => !file.endsWith('.test.ts'));

// Who owns each table: only that domain's queries may write it or read it on its own. The tenant
// anchors (workspace, distributor) may be joined read-only by any domain's queries, for names and
// time zones; docs/decisions.md records why.
const tableOwner: Record<string, string> = {
  workspace: 'accounts',
  appUser: 'accounts',
  membership: 'accounts',
  userSession: 'accounts',
  signInThrottle: 'accounts',
  recoveryCode: 'accounts',
  passwordReset: 'accounts',
  apiToken: 'accounts',
  invitation: 'accounts',
  distributor: 'distributors',
  lifecycleEvent: 'distributors',
  contact: 'distributors',
  escalationStep: 'distributors',
  auditLog: 'audit',
  auditChainHead: 'audit',
  outboxEmail: 'outbox',
  productLine: 'charter',
  charterVersion: 'charter',
  charterPoint: 'charter',
  charterPointEvent: 'charter',
  charterSignature: 'charter',
  charterAmendment: 'charter',
  playbookVersion: 'playbook',
  playbookItem: 'playbook',
  playbookState: 'playbook',
  playbookTransition: 'playbook',
  feedbackRound: 'feedback',
  feedbackAnswer: 'feedback',
  onboardingTick: 'onboarding',
  onboardingSettings: 'onboarding',
  evaluation: 'evaluations',
  evaluationInternal: 'evaluations',
  cadencePlan: 'cadence',
  meeting: 'cadence',
  actionItem: 'cadence',
  actionItemEvent: 'cadence',
  meetingTimeProposal: 'cadence',
  calendarFeed: 'cadence',
  monthlyReport: 'reports',
  monthlyReportRevision: 'reports',
  monthlyReportEvent: 'reports',
  salesFact: 'reports',
  salesTarget: 'reports',
  productLineCost: 'reports',
  distributorMonth: 'reports',
  distributorKpi: 'reports',
  portfolioSettings: 'reports',
  currencySettings: 'reports',
  exchangeRate: 'reports',
  reportReminder: 'reports',
  exportJob: 'reports',
  warningSettings: 'warnings',
  distributorHealth: 'warnings',
  jobSchedule: 'platform',
  communicationThread: 'communication',
  communicationParticipant: 'communication',
  communicationMessage: 'communication',
  communicationInteraction: 'communication',
  job: 'platform',
  idempotencyKey: 'platform',
  uploadAllowance: 'platform',
  orderLine: 'orders',
  relationshipBaseline: 'distributors',
  escalationSettings: 'concerns',
  escalationAction: 'concerns',
  performanceConcern: 'concerns',
  event: 'platform',
  notification: 'notifications',
  notificationPreference: 'notifications',
  webhook: 'webhooks',
  webhookDelivery: 'webhooks',
  webhookAttempt: 'webhooks',
  communicationAttachment: 'communication',
  libraryDocument: 'library',
  libraryVersion: 'library',
  libraryTranslation: 'library',
  libraryFile: 'library',
  libraryTranslationEvent: 'library',
  savedFilter: 'saved-filters',
  planGoal: 'plan',
  planObjective: 'plan',
  planResponsibility: 'plan',
  planMilestone: 'plan',
  planChange: 'plan',
  planConfirmation: 'plan',
};
const readableByAll = new Set(['workspace', 'distributor']);

// Where SQL may live besides *.queries.ts: the database layer itself, and platform/ (the tenant
// transaction, the audit writer and the outbox writer every domain shares).
const sqlHomes = [/^src\/db\//, /^src\/platform\//];
// Outside those homes, with the reason each is allowed:
// The demo writes history no service would accept at today's date (ten weeks of meetings with
// notes published late, 36 months of reports), as the owner before anyone signs in, like a
// migration. It builds everything else through the services.
const sqlAllowed: Record<string, string> = {
  'src/seed/demo.ts': 'demo history',
  'src/seed/demo-charters.ts': 'demo history',
  'src/seed/demo-meetings.ts': 'demo history',
  'src/seed/demo-reports.ts': 'demo history',
  'src/seed/demo-feedback.ts': 'demo history',
  'src/seed/demo-evaluations.ts': 'demo history',
};

function isSqlImport(entry: Import): boolean {
  if (entry.typeOnly) return false;
  return (
    entry.from === 'drizzle-orm' ||
    entry.from.startsWith('drizzle-orm/') ||
    entry.from === path.join('src', 'db', 'schema.ts')
  );
}

describe('the query layer', () => {
  it('keeps every SQL statement in a *.queries.ts file', () => {
    const offenders = sourceFiles.filter(
      (file) =>
        !file.endsWith('.queries.ts') &&
        !sqlHomes.some((home) => home.test(file)) &&
        !(file in sqlAllowed) &&
        importsOf(file).some(isSqlImport),
    );
    expect(offenders).toEqual([]);
  });

  it("lets a domain's queries touch only the tables that domain owns", () => {
    const offenders: string[] = [];
    for (const file of sourceFiles.filter((f) => f.endsWith('.queries.ts'))) {
      const domain = domainOf(file);
      for (const entry of importsOf(file)) {
        if (entry.from !== path.join('src', 'db', 'schema.ts') || entry.typeOnly) continue;
        const names = entry.names
          .replace(/[{}]/g, '')
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name && !name.startsWith('type '));
        for (const name of names) {
          const owner = tableOwner[name];
          if (owner && owner !== domain && !readableByAll.has(name)) {
            offenders.push(`${file} uses ${name} (owned by ${owner})`);
          }
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  // A service asks another domain's service. Only set-based SQL (the KPI refresh) composes another
  // domain's exported query fragments, so one queries file may import another domain's.
  it("reaches another domain's queries only from a queries file", () => {
    const offenders = sourceFiles.flatMap((file) =>
      importsOf(file)
        .filter(
          (entry) =>
            entry.from.endsWith('.queries.ts') &&
            domainOf(entry.from) !== domainOf(file) &&
            !file.endsWith('.queries.ts') &&
            !entry.typeOnly,
        )
        .map((entry) => `${file} imports ${entry.from}`),
    );
    expect(offenders).toEqual([]);
  });
  it('names every file that reaches the database: *.service.ts or *.queries.ts', () => {
    const reachesDatabase = (file: string) =>
      /\b(inTransaction|inSystemTransaction)\(/.test(readFileSync(path.join(root, file), 'utf8')) ||
      importsOf(file).some((entry) => entry.from.endsWith('.queries.ts') && !entry.typeOnly);
    const unnamed = sourceFiles.filter(
      (file) =>
        !/\.(service|queries)\.ts$/.test(file) &&
        !sqlHomes.some((home) => home.test(file)) &&
        !(file in sqlAllowed) &&
        reachesDatabase(file),
    );
    expect(unnamed).toEqual([]);
  });
});

describe('owner-side work', () => {
  it('lists every …AsOwner function in docs/decisions.md', () => {
    const decisions = readFileSync(path.join(root, 'docs/decisions.md'), 'utf8');
    const owners = sourceFiles.flatMap((file) =>
      [
        ...readFileSync(path.join(root, file), 'utf8').matchAll(
          /export (?:async )?function (\w+AsOwner)\b/g,
        ),
      ].map((match) => match[1] ?? ''),
    );
    expect(owners.length).toBeGreaterThan(10);
    expect(owners.filter((name) => !decisions.includes(`\`${name}\``))).toEqual([]);
  });
});

describe('the module graph', () => {
  it('has no import cycle between domains, and platform/ imports no domain', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of sourceFiles) {
      const from = domainOf(file);
      for (const entry of importsOf(file)) {
        if (!entry.from.startsWith('src')) continue;
        const to = domainOf(entry.from);
        if (to === from) continue;
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)?.add(to);
      }
    }
    const platformImports = [...(edges.get('platform') ?? [])].filter((to) => to !== 'db');
    expect(platformImports, 'platform/ imports').toEqual([]);
    const cycles: string[] = [];
    for (const [from, targets] of edges) {
      for (const to of targets) {
        if (edges.get(to)?.has(from) && from < to) cycles.push(`${from} <-> ${to}`);
      }
    }
    // Longer cycles: a path back to the start through other domains.
    for (const start of edges.keys()) {
      const seen = new Set<string>();
      const stack = [...(edges.get(start) ?? [])];
      while (stack.length > 0) {
        const next = stack.pop() ?? '';
        if (next === start) {
          cycles.push(`${start} reaches itself`);
          break;
        }
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(...(edges.get(next) ?? []));
      }
    }
    expect([...new Set(cycles)]).toEqual([]);
  });
});

// Files allowed past 400 lines, each with the reason it reads better whole.
const longFilesAllowed: Record<string, string> = {
  'src/db/schema.ts': 'every Drizzle table in one place, mirroring the migrations',
};

describe('file size', () => {
  it('keeps source files under 400 lines', () => {
    const files = [
      ...filesUnder('src', /\.tsx?$/),
      ...filesUnder('web/src', /\.(tsx?|css)$/),
      ...filesUnder('test', /\.ts$/),
      ...filesUnder('bench', /\.ts$/),
    ].filter((file) => !file.endsWith('.d.ts'));
    const long = files
      .map((file) => ({
        file,
        lines: readFileSync(path.join(root, file), 'utf8').split('\n').length,
      }))
      .filter(({ file, lines }) => lines > 400 && !(file in longFilesAllowed))
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
