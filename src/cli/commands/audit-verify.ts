import type { Command } from 'commander';
import { z } from 'zod';
import type { ChainState } from '../../audit/audit-chain.service.ts';
import { CliError, parseOptions, printJson, say, t } from '../terminal.ts';
import { WorkspaceSlug } from '../workspace-slug.ts';

const VerifyOptions = z.object({
  workspace: WorkspaceSlug,
  anchors: z.string().min(1).optional(),
  json: z.boolean().default(false),
});

export function addAuditVerifyCommand(auditGroup: Command): void {
  auditGroup
    .command('verify')
    .description(t('cli.help.audit_verify'))
    .requiredOption('--workspace <slug>', t('cli.help.workspace'))
    .option('--anchors <file>', t('cli.help.audit_anchors'))
    .option('--json', t('cli.help.json'))
    .addHelpText(
      'after',
      ['', t('cli.help.example'), '  $ liaison audit verify --workspace brenner', ''].join('\n'),
    )
    .action(runAuditVerify);
}

/** Exits 0 when the chain is intact, 1 naming the first entry changed or deleted. */
async function runAuditVerify(rawOptions: unknown): Promise<void> {
  const options = parseOptions(VerifyOptions, rawOptions);
  const { requireWorkspace, withDatabase } = await import('../operator.ts');
  const { verifyAuditChain } = await import('../../audit/audit-chain.service.ts');
  const { anchorsOf, readAnchors } = await import('../../audit/audit-anchors.service.ts');
  const state = await withDatabase(async (session) => {
    const workspace = await requireWorkspace(session, options.workspace);
    const file = options.anchors ?? session.config.auditAnchorFile;
    const anchors = anchorsOf(await readAnchors(file), workspace.id);
    return verifyAuditChain(session.database.db, workspace.id, anchors);
  });
  if (options.json) printJson(state);
  const problem = state.problem;
  if (!problem) {
    say(t('cli.audit_intact', { workspace: options.workspace, count: state.verifiedEntries }));
    return;
  }
  throw new CliError(describeProblem(problem));
}

function describeProblem(problem: NonNullable<ChainState['problem']>): string {
  switch (problem.kind) {
    case 'changed':
      return t('cli.audit_changed', { seq: problem.seq, id: problem.entryId });
    case 'deleted':
      return t('cli.audit_deleted', { seq: problem.seq });
    case 'rewritten':
      return t('cli.audit_rewritten', { seq: problem.seq });
    case 'unsealed':
      return t('cli.audit_unsealed', { count: problem.count });
  }
}
