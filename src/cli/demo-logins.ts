import type { Role } from '../db/types.ts';
import { demoPassword, demoUsers } from '../seed/demo-data.ts';
import { say, t } from './terminal.ts';

// The roles seed/demo.ts grants; keyed by demoUsers so a new demo login cannot be left out.
const demoRoles: Record<keyof typeof demoUsers, Role> = {
  admin: 'principal_admin',
  manager: 'principal_manager',
  vietnam: 'distributor_admin',
  thailand: 'distributor_admin',
};

/** Lists the demo logins on stderr, as the README shows them. */
export function sayDemoLogins(): void {
  say(t('cli.demo_logins', { password: demoPassword }));
  const users = Object.entries(demoUsers) as [
    keyof typeof demoUsers,
    (typeof demoUsers)[keyof typeof demoUsers],
  ][];
  const width = Math.max(...users.map(([, user]) => user.email.length));
  for (const [key, user] of users) {
    say(`  ${user.email.padEnd(width)}  ${user.name} (${t(`roles.${demoRoles[key]}`)})`);
  }
}
