import type { Command } from 'commander';
import { Option } from 'commander';
import { z } from 'zod';
import { RoleName } from '../../accounts/accounts.schema.ts';
import { Password } from '../../accounts/password.schema.ts';
import { Email, Text } from '../../platform/fields.ts';
import { resolveDistributor } from '../distributor-ref.ts';
import type { Session } from '../operator.ts';
import { CliError, parseOptions, say, t } from '../terminal.ts';
import { WorkspaceSlug } from '../workspace-slug.ts';

const UserCreateOptions = z
  .object({
    email: Email,
    name: Text(200),
    password: Password.optional(),
    workspace: WorkspaceSlug,
    role: RoleName,
    distributor: z.string().trim().min(1).max(200).optional(),
    newWorkspace: Text(200).optional(),
  })
  .superRefine((options, ctx) => {
    const isDistributorRole = options.role.startsWith('distributor_');
    if (isDistributorRole && !options.distributor) {
      ctx.addIssue({
        code: 'custom',
        path: ['distributor'],
        message: 'validation.distributor_required_for_role',
      });
    }
    if (!isDistributorRole && options.distributor) {
      ctx.addIssue({
        code: 'custom',
        path: ['distributor'],
        message: 'validation.distributor_not_for_role',
      });
    }
    if (isDistributorRole && options.newWorkspace) {
      // A new workspace has no distributors yet, so no distributor user can belong to it.
      ctx.addIssue({
        code: 'custom',
        path: ['newWorkspace'],
        message: t('cli.new_workspace_role'),
      });
    }
  });

export function addUserCreateCommand(user: Command): void {
  user
    .command('create')
    .description(t('cli.help.user_create'))
    .requiredOption('--email <email>', t('cli.help.email'))
    .requiredOption('--name <name>', t('cli.help.name'))
    .option('--password <password>', t('cli.help.password'))
    .requiredOption('--workspace <slug>', t('cli.help.workspace'))
    .addOption(
      new Option('--role <role>', t('cli.help.role'))
        .choices(RoleName.options)
        .makeOptionMandatory(),
    )
    .option('--distributor <id-or-name>', t('cli.help.distributor'))
    .option('--new-workspace <name>', t('cli.help.new_workspace'))
    .addHelpText(
      'after',
      [
        '',
        t('cli.help.examples'),
        '  $ LIAISON_PASSWORD=… liaison user create --email anna@brenner.example --name "Anna Schulz" \\',
        '      --workspace brenner --role principal_manager',
        '  $ liaison user create --email minh@saigonmotor.example --name "Trần Minh" \\',
        '      --workspace brenner --role distributor_member --distributor "Saigon Motor Parts"',
        '  $ liaison user create --email admin@acme.example --name "Ada Admin" \\',
        '      --workspace acme --new-workspace "Acme Industries" --role principal_admin',
        '',
      ].join('\n'),
    )
    .action(runUserCreate);
}

async function runUserCreate(rawOptions: Record<string, unknown>): Promise<void> {
  // The environment keeps the password out of the shell history and the process list.
  const options = parseOptions(UserCreateOptions, {
    ...rawOptions,
    password: rawOptions.password ?? (process.env.LIAISON_PASSWORD || undefined),
  });
  const { operatorActor, requireWorkspace, servicesOf, withDatabase } = await import(
    '../operator.ts'
  );
  const { createUser, findUserByEmail } = await import('../../accounts/workspaces.service.ts');
  const { addMember } = await import('../../accounts/members.service.ts');
  const { makeContext } = await import('../../platform/tenancy.ts');
  const workspaceName = await withDatabase(async (session) => {
    const base = servicesOf(session);
    if (await findUserByEmail(base, options.email)) {
      throw new CliError(t('cli.email_taken', { email: options.email }));
    }
    const workspace = options.newWorkspace
      ? await createNewWorkspace(session, options.workspace, options.newWorkspace)
      : await requireWorkspace(session, options.workspace);
    const ctx = makeContext(base, operatorActor(workspace.id));
    const distributorId = options.distributor
      ? await resolveDistributor(ctx, options.distributor)
      : null;
    const user = await createUser(base, {
      email: options.email,
      name: options.name,
      ...(options.password ? { password: options.password } : {}),
    });
    await addMember(ctx, { userId: user.id, role: options.role, distributorId });
    return workspace.name;
  });
  say(
    t('cli.user_created', {
      email: options.email,
      role: t(`roles.${options.role}`),
      workspace: workspaceName,
    }),
  );
  if (!options.password) say(t('cli.user_without_password'));
}

async function createNewWorkspace(session: Session, slug: string, name: string) {
  const { servicesOf } = await import('../operator.ts');
  const { createWorkspace, findWorkspaceBySlug } = await import(
    '../../accounts/workspaces.service.ts'
  );
  const base = servicesOf(session);
  if (await findWorkspaceBySlug(base, slug)) {
    throw new CliError(t('cli.workspace_exists', { slug }));
  }
  const workspace = await createWorkspace(base, { name, slug });
  say(t('cli.workspace_created', { name, slug }));
  return workspace;
}
