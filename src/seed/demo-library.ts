// The demo's document library, written through the services with a clock set to each moment. Six
// documents in English, German and Vietnamese with their translations in various states, so the
// coverage views have something to flag: the price list's Thai translation is of the old version
// (outdated), the catalogue's Chinese one too, Thai and Chinese are missing for several
// documents, the fitting guide's Thai translation waits for Somchai's review, and Lan has sent
// the catalogue's Vietnamese translation back with a comment.
import { DateTime } from 'luxon';
import { asWritten, type DocumentModel } from '../charter/documents/document-model.ts';
import { renderDocumentPdf } from '../charter/documents/pdf-render.ts';
import { listProductLines } from '../charter/product-lines.service.ts';
import { addVersion, createDocument } from '../library/documents.service.ts';
import {
  requestTranslation,
  reviewTranslation,
  uploadTranslation,
} from '../library/translations.service.ts';
import type { Context, Services } from '../platform/tenancy.ts';
import { makeContext } from '../platform/tenancy.ts';
import { type DemoPerson, demoActor } from './demo-communication.ts';
import { type DemoText, demoLibrary } from './demo-library-texts.ts';

type People = { admin: DemoPerson; manager: DemoPerson; vietnam: DemoPerson; thailand: DemoPerson };

/** A one-page PDF in the text's own language, as a distributor would receive it. */
function pdfOf(text: DemoText, version: number) {
  const model: DocumentModel = {
    secondLanguage: null,
    title: asWritten(text.title),
    subtitle: `Brenner Autoteile GmbH · v${version}`,
    markers: [],
    watermark: null,
    blocks: text.paragraphs.map((paragraph) => ({ kind: 'paragraph', text: asWritten(paragraph) })),
    footer: 'Brenner Autoteile GmbH',
    pageLabel: (page, pages) => asWritten(`${page} / ${pages}`),
    metadata: {
      title: text.title,
      author: 'Brenner Autoteile GmbH',
      subject: text.title,
      createdAt: new Date(),
    },
  };
  return renderDocumentPdf(model).then((content) => [
    { fileName: `${text.fileName}.pdf`, content },
  ]);
}

export async function loadDemoLibrary(base: Services, workspaceId: string, people: People) {
  const now = DateTime.fromJSDate(base.clock.now());
  const as = (person: DemoPerson, daysAgo: number): Context =>
    makeContext(
      { ...base, clock: { now: () => now.minus({ days: daysAgo }).toJSDate() } },
      demoActor(workspaceId, person),
    );
  const lines = await listProductLines(as(people.admin, 0), { includeArchived: false });
  const lineId = (code: string) => lines.find((line) => line.code === code)?.id ?? '';

  for (const entry of demoLibrary) {
    const [first, ...later] = entry.versions;
    if (!first) continue;
    const created = await createDocument(
      as(people.manager, first.daysAgo),
      {
        title: entry.title,
        description: entry.description,
        kind: entry.kind,
        sourceLanguage: entry.sourceLanguage,
        productLineIds: entry.productLines.map(lineId),
        countries: entry.countries,
        validFrom: now.minus({ days: first.daysAgo }).toISODate() ?? undefined,
        validUntil: entry.validUntil,
        note: first.note,
      },
      await pdfOf(first.text, 1),
    );
    let version = 1;
    const translate = async (step: (typeof entry.translations)[number]) => {
      const reviewer = people[step.reviewer];
      const requested = await requestTranslation(as(people.manager, step.requested), created.id, {
        language: step.language,
        dueOn: now.plus({ days: step.dueInDays }).toISODate(),
        reviewerUserId: reviewer.userId,
      });
      const id = requested.translations.find(
        (t) =>
          t.language === step.language && t.versionNumber === version && t.status === 'requested',
      )?.id;
      if (!id)
        throw new Error(`demo translation ${entry.title} ${step.language} was not requested`);
      for (const upload of step.uploads) {
        await uploadTranslation(
          as(people[upload.by], upload.daysAgo),
          id,
          await pdfOf(step.text, version),
        );
        if (upload.review) {
          await reviewTranslation(as(reviewer, upload.review.daysAgo), id, upload.review.decision);
        }
      }
    };
    for (const step of entry.translations.filter((t) => t.version === 1)) await translate(step);
    for (const next of later) {
      version += 1;
      await addVersion(
        as(people.manager, next.daysAgo),
        created.id,
        { note: next.note },
        await pdfOf(next.text, version),
      );
      for (const step of entry.translations.filter((t) => t.version === version)) {
        await translate(step);
      }
    }
  }
}
