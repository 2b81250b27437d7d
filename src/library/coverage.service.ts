// Coverage: for each distributor, which of the current documents that reach it exist in each of
// its languages, and which are missing or outdated; and the same counted for the whole portfolio,
// by language. Principal staff only: it is the principal's to-do list.
import type { Tx } from '../db/client.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { libraryLanguage } from '../platform/languages.ts';
import {
  type Context,
  inTransaction,
  principalRoles,
  requireRole,
  todayFor,
} from '../platform/tenancy.ts';
import {
  type DocumentRow,
  listActiveDistributors,
  listDocuments,
  listReach,
} from './library.queries.ts';
import { loadFacts } from './library-facts.service.ts';
import { type LibraryFacts, languageState } from './library-view.ts';

type Counts = { current: number; outdated: number; missing: number; inProgress: number };
const noCounts = (): Counts => ({ current: 0, outdated: 0, missing: 0, inProgress: 0 });

function cellOf(document: DocumentRow, language: string, facts: LibraryFacts) {
  const { state, open, version } = languageState(document, language, facts);
  return {
    language,
    state,
    versionNumber: version,
    translationStatus: open
      ? (open.status as 'requested' | 'in_review' | 'changes_requested')
      : null,
  };
}

function count(into: Counts, cell: ReturnType<typeof cellOf>) {
  if (cell.state === 'source' || cell.state === 'current') into.current += 1;
  else if (cell.state === 'outdated') into.outdated += 1;
  else into.missing += 1;
  if (cell.translationStatus) into.inProgress += 1;
}

async function loadCurrent(ctx: Context, tx: Tx) {
  const documents = await listDocuments(tx, ctx.actor.workspaceId, {
    archived: false,
    validOn: todayFor(ctx),
  });
  const facts = await loadFacts(
    ctx,
    tx,
    documents.map((document) => document.id),
  );
  return { documents: new Map(documents.map((document) => [document.id, document])), facts };
}

export function distributorCoverage(ctx: Context, distributorId: string) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, async (tx) => {
    const own = await getVisibleDistributor(ctx, tx, distributorId);
    const languages = [...new Set(own.languages.map(libraryLanguage))];
    const reach = await listReach(tx, ctx.actor.workspaceId, todayFor(ctx), distributorId);
    const { documents, facts } = await loadCurrent(ctx, tx);
    const totals = new Map(languages.map((language) => [language, noCounts()]));
    const rows = reach
      .flatMap(({ documentId }) => {
        const document = documents.get(documentId);
        return document ? [document] : [];
      })
      .sort((a, b) => a.title.localeCompare(b.title, ctx.actor.locale))
      .map((document) => {
        const cells = languages.map((language) => cellOf(document, language, facts));
        for (const cell of cells) count(totals.get(cell.language) as Counts, cell);
        return {
          documentId: document.id,
          title: document.title,
          kind: document.kind,
          currentVersion: document.currentVersion,
          cells,
        };
      });
    return {
      distributorId,
      languages: languages.map((language) => ({ language, ...(totals.get(language) as Counts) })),
      documents: rows,
    };
  });
}

export function portfolioCoverage(ctx: Context) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, async (tx) => {
    // One statement after another: a transaction is one connection.
    const distributors = await listActiveDistributors(tx, ctx.actor.workspaceId);
    const reach = await listReach(tx, ctx.actor.workspaceId, todayFor(ctx));
    const { documents, facts } = await loadCurrent(ctx, tx);
    const reachOf = new Map<string, string[]>();
    for (const { distributorId, documentId } of reach) {
      reachOf.set(distributorId, [...(reachOf.get(distributorId) ?? []), documentId]);
    }
    const byLanguage = new Map<string, Counts & { distributors: number }>();
    // A document counts once per language however many distributors read it.
    const countedDocuments = new Map<string, Set<string>>();
    const rows = distributors.map((row) => {
      const languages = [...new Set(row.languages.map(libraryLanguage))];
      const reached = (reachOf.get(row.id) ?? []).flatMap((id) => documents.get(id) ?? []);
      return {
        distributorId: row.id,
        name: row.name,
        country: row.country,
        documents: reached.length,
        languages: languages.map((language) => {
          const counts = noCounts();
          const overall = byLanguage.get(language) ?? { ...noCounts(), distributors: 0 };
          overall.distributors += 1;
          byLanguage.set(language, overall);
          const seen = countedDocuments.get(language) ?? new Set<string>();
          countedDocuments.set(language, seen);
          for (const document of reached) {
            const cell = cellOf(document, language, facts);
            count(counts, cell);
            if (!seen.has(document.id)) {
              seen.add(document.id);
              count(overall, cell);
            }
          }
          return { language, ...counts };
        }),
      };
    });
    return {
      languages: [...byLanguage.entries()]
        .map(([language, counts]) => ({ language, ...counts }))
        .sort((a, b) => b.distributors - a.distributors || a.language.localeCompare(b.language)),
      distributors: rows,
    };
  });
}
