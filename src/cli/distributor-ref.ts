import { z } from 'zod';
import { DistributorListQuery } from '../distributors/distributors.schema.ts';
import { AppError } from '../platform/errors.ts';
import type { Context } from '../platform/tenancy.ts';
import { CliError, t } from './terminal.ts';

/** A distributor by id, or by its exact name (any case), in the context's workspace. */
export async function resolveDistributor(ctx: Context, idOrName: string): Promise<string> {
  const { getDistributor, listDistributorPage } = await import(
    '../distributors/distributors.service.ts'
  );
  if (z.uuid().safeParse(idOrName).success) {
    const found = await getDistributor(ctx, idOrName).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found') return undefined;
      throw error;
    });
    if (found) return found.id;
  }
  const page = await listDistributorPage(
    ctx,
    DistributorListQuery.parse({ q: idOrName, status: 'all', pageSize: 100 }),
  );
  // Names are unique in a workspace regardless of case, so at most one matches.
  const match = page.items.find((item) => item.name.toLowerCase() === idOrName.toLowerCase());
  if (match) return match.id;
  throw new CliError(t('cli.no_distributor', { distributor: idOrName }), {
    lines: page.items.slice(0, 5).map((item) => t('cli.did_you_mean', { name: item.name })),
  });
}
