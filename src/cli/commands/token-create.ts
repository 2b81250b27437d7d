import type { Command } from 'commander';
import { z } from 'zod';
import { Email, Text } from '../../platform/fields.ts';
import { CliError, parseOptions, printData, say, t } from '../terminal.ts';
import { WorkspaceSlug } from '../workspace-slug.ts';

const TokenCreateOptions = z.object({
  email: Email,
  workspace: WorkspaceSlug,
  name: Text(100),
});

export function addTokenCreateCommand(token: Command): void {
  token
    .command('create')
    .description(t('cli.help.token_create'))
    .requiredOption('--email <email>', t('cli.help.token_email'))
    .requiredOption('--workspace <slug>', t('cli.help.workspace'))
    .requiredOption('--name <name>', t('cli.help.token_name'))
    .addHelpText(
      'after',
      [
        '',
        t('cli.help.example'),
        '  $ liaison token create --email admin@brenner.example --workspace brenner \\',
        '      --name "ERP sync" > erp-token.txt',
        '',
      ].join('\n'),
    )
    .action(runTokenCreate);
}

async function runTokenCreate(rawOptions: unknown): Promise<void> {
  const options = parseOptions(TokenCreateOptions, rawOptions);
  const { operatorActor, requireWorkspace, servicesOf, withDatabase } = await import(
    '../operator.ts'
  );
  const { createApiToken } = await import('../../accounts/api-tokens.service.ts');
  const { findUserByEmail } = await import('../../accounts/workspaces.service.ts');
  const { listWorkspaceMembers } = await import('../../accounts/members.service.ts');
  const { makeContext } = await import('../../platform/tenancy.ts');
  const created = await withDatabase(async (session) => {
    const workspace = await requireWorkspace(session, options.workspace);
    const base = servicesOf(session);
    const user = await findUserByEmail(base, options.email);
    if (!user) throw new CliError(t('cli.no_user', { email: options.email }));
    const operator = makeContext(base, operatorActor(workspace.id));
    const members = await listWorkspaceMembers(operator);
    if (!members.some((member) => member.userId === user.id)) {
      throw new CliError(t('cli.not_member', { email: user.email, workspace: workspace.slug }));
    }
    // The token belongs to the user; the audit log names the operator who created it.
    const onBehalf = makeContext(base, { ...operatorActor(workspace.id), userId: user.id });
    return createApiToken(onBehalf, options.name);
  });
  printData(created.token);
  say(t('cli.token_created', { name: created.name, email: options.email }));
}
