// Who hears of a translation's step, by e-mail in their own language, written in the step's
// transaction (the outbox sends it once it commits): the reviewer when a translation is requested
// and when a file waits for them; the person who requested it, and whoever uploaded the file, when
// the reviewer decides. Nobody is told of their own step.
import { lookUpMembers } from '../accounts/accounts.service.ts';
import type { Tx } from '../db/client.ts';
import { translator } from '../platform/i18n.ts';
import { catalogueLanguage } from '../platform/languages.ts';
import { queueMail } from '../platform/mail.ts';
import type { Context } from '../platform/tenancy.ts';
import type { DocumentRow, TranslationRow } from './library.queries.ts';

export type TranslationStep = 'requested' | 'uploaded' | 'approved' | 'changes_requested';

/** "Vietnamese", "Vietnamesisch", "tiếng Việt": a language named in the reader's language. */
function languageName(tag: string, locale: string) {
  const reader = catalogueLanguage(locale);
  try {
    return (
      new Intl.DisplayNames([reader === 'zh' ? 'zh-Hans' : reader], { type: 'language' }).of(tag) ??
      tag
    );
  } catch {
    return tag;
  }
}

export async function mailTranslationStep(
  ctx: Context,
  tx: Tx,
  step: TranslationStep,
  document: DocumentRow,
  translation: TranslationRow,
  options: { comment?: string | null; uploaderUserIds?: (string | null)[] } = {},
) {
  const told =
    step === 'requested' || step === 'uploaded'
      ? [translation.reviewerUserId]
      : [translation.requestedByUserId, ...(options.uploaderUserIds ?? [])];
  const ids = [...new Set(told.filter((id): id is string => id !== null))].filter(
    (id) => id !== ctx.actor.userId,
  );
  const people = await lookUpMembers(tx, ctx.actor.workspaceId, ids);
  for (const person of people) {
    const t = translator(person.locale);
    const params = {
      name: person.name,
      actor: ctx.actor.name,
      title: document.title,
      language: languageName(translation.language, person.locale),
      version: translation.versionNumber,
      due: translation.dueOn ?? '',
      comment: options.comment ?? '',
      link: `${ctx.config.publicUrl}/library/${document.id}`,
    };
    const body = [
      t(`library.mail.${step}.body`, params),
      ...(step === 'requested' && translation.dueOn ? [t('library.mail.due', params)] : []),
      ...(options.comment ? [t('library.mail.comment', params)] : []),
      params.link,
    ].join('\n\n');
    await queueMail(tx, ctx.actor.workspaceId, {
      to: person.email,
      subject: t(`library.mail.${step}.subject`, params),
      text: `${t('library.mail.greeting', params)}\n\n${body}\n`,
    });
  }
}
