import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import type { SignedCharterBundle, Verification } from '../../charter/charter.document.ts';
import { CliError, parseOptions, printData, printJson, say, t } from '../terminal.ts';
import { WorkspaceSlug } from '../workspace-slug.ts';

const VerifyOptions = z
  .object({
    file: z.string().min(1).optional(),
    workspace: WorkspaceSlug.optional(),
    distributor: z.string().trim().min(1).max(200).optional(),
    version: z.coerce.number().int().min(1).optional(),
    json: z.boolean().default(false),
  })
  .superRefine((options, ctx) => {
    if (!options.file && !(options.workspace && options.distributor)) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'validation.verify_what' });
    }
  });

export function addCharterVerifyCommand(charterGroup: Command): void {
  charterGroup
    .command('verify')
    .description(t('cli.help.charter_verify'))
    .option('--file <signed.json>', t('cli.help.charter_file'))
    .option('--workspace <slug>', t('cli.help.workspace'))
    .option('--distributor <id-or-name>', t('cli.help.charter_distributor'))
    .option('--version <n>', t('cli.help.charter_version'))
    .option('--json', t('cli.help.json'))
    .addHelpText(
      'after',
      [
        '',
        t('cli.help.examples'),
        '  $ liaison charter verify --file charter-v1.signed.json',
        '  $ liaison charter verify --workspace brenner --distributor "Saigon Motor Parts"',
        '',
      ].join('\n'),
    )
    .action(runCharterVerify);
}

async function runCharterVerify(rawOptions: unknown): Promise<void> {
  const options = parseOptions(VerifyOptions, rawOptions);
  const verification = options.file
    ? await verifyFile(options.file)
    : await verifyStored(options.workspace ?? '', options.distributor ?? '', options.version);
  if (options.json) {
    printJson(verification);
  } else {
    for (const check of verification.checks) {
      printData(`${check.ok ? '✓' : '✗'} ${check.detail}`);
    }
  }
  if (!verification.verified) {
    throw new CliError(t('cli.charter_not_verified', { hash: verification.hash }));
  }
  say(t('cli.charter_verified', { hash: verification.hash }));
}

/** Offline: the bundle alone proves its text, hash and signatures agree; no database needed. */
async function verifyFile(file: string): Promise<Verification> {
  const { verifyBundle } = await import('../../charter/charter.document.ts');
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(t('cli.file_unreadable', { file, reason }));
  });
  let bundle: SignedCharterBundle;
  try {
    bundle = JSON.parse(text) as SignedCharterBundle;
  } catch (error) {
    throw new CliError(t('cli.charter_bad_file', { file, reason: String(error) }));
  }
  if (
    !bundle?.document?.content ||
    typeof bundle.hash !== 'string' ||
    !Array.isArray(bundle.signatures)
  ) {
    throw new CliError(t('cli.charter_bad_file', { file, reason: t('cli.charter_bad_shape') }));
  }
  return verifyBundle(bundle);
}

/** Against the database: the stored text must also still be the signed text. */
async function verifyStored(workspace: string, distributor: string, version: number | undefined) {
  const { operatorContext, withDatabase } = await import('../operator.ts');
  const { resolveDistributor } = await import('../distributor-ref.ts');
  const { getCharterOverview } = await import('../../charter/charter-drafting.service.ts');
  const { verifyCharter } = await import('../../charter/charter-signing.service.ts');
  return withDatabase(async (session) => {
    const ctx = await operatorContext(session, workspace);
    const distributorId = await resolveDistributor(ctx, distributor);
    const chosen = version ?? (await getCharterOverview(ctx, distributorId)).signedVersion;
    if (!chosen) throw new CliError(t('cli.charter_none_signed', { distributor }));
    return verifyCharter(ctx, distributorId, chosen);
  });
}
