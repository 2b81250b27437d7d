// The document library: inputs and answers. Documents and new versions come as
// multipart/form-data (the fields below beside one file in `file`), everything else as JSON.
import { z } from 'zod';
import { CountryCode, IsoDate, LanguageTag, OptionalText, Text, Uuid } from '../platform/fields.ts';

export const DocumentParams = z.object({ documentId: Uuid });
export const TranslationParams = z.object({ translationId: Uuid });
export const FileParams = z.object({ fileId: Uuid });

export const DocumentKind = z
  .enum(['price_sheet', 'marketing', 'product_information', 'training', 'technical'])
  .meta({ id: 'DocumentKind' });

const Day = IsoDate.meta({ description: 'Calendar date, YYYY-MM-DD' });
// A form sends an empty field for "none".
const emptyAsMissing = (value: unknown) => (value === '' ? undefined : value);
const OptionalDay = z.preprocess(emptyAsMissing, Day.nullish());
// A form repeats a field for a list, and sends it once for a list of one.
const listOf = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(
    (value) => (value === undefined || Array.isArray(value) ? value : [value]),
    z.array(item).max(max).optional(),
  );

export const DocumentInput = z
  .object({
    title: Text(200),
    description: OptionalText(2000),
    kind: DocumentKind,
    sourceLanguage: LanguageTag.meta({ description: 'The language the file is written in' }),
    productLineIds: listOf(Uuid, 200).meta({ description: 'None: every product line' }),
    countries: listOf(CountryCode, 250).meta({ description: 'None: every territory' }),
    validFrom: z.preprocess(emptyAsMissing, Day.optional()).meta({
      description: 'Today when left out',
    }),
    validUntil: OptionalDay.meta({ description: 'None: until replaced or archived' }),
    note: OptionalText(500).meta({ description: 'What this first version is' }),
  })
  .meta({
    id: 'NewDocument',
    description:
      'multipart/form-data: these fields and the file in `file` (PDF, images, office documents, ' +
      'CSV or text; LIAISON_DOCUMENT_MAX_MB)',
  });
export type DocumentInput = z.infer<typeof DocumentInput>;

export const DocumentPatch = z
  .object({
    title: Text(200),
    description: OptionalText(2000),
    kind: DocumentKind,
    productLineIds: z.array(Uuid).max(200),
    countries: z.array(CountryCode).max(250),
    validFrom: Day,
    validUntil: Day.nullable(),
    archived: z.boolean().meta({ description: 'Archived documents reach no distributor' }),
  })
  .partial()
  .meta({ id: 'DocumentPatch' });
export type DocumentPatch = z.infer<typeof DocumentPatch>;

export const VersionInput = z
  .object({ note: OptionalText(500).meta({ description: 'What changed' }) })
  .meta({
    id: 'NewDocumentVersion',
    description:
      'multipart/form-data: `note` and the new source file in `file`. Translations of earlier ' +
      'versions become outdated.',
  });
export type VersionInput = z.infer<typeof VersionInput>;

export const TranslationInput = z
  .object({
    language: LanguageTag,
    dueOn: Day.nullish(),
    reviewerUserId: Uuid.meta({
      description: 'Who approves it: principal staff, or a user of a distributor it reaches',
    }),
  })
  .meta({ id: 'NewTranslation' });
export type TranslationInput = z.infer<typeof TranslationInput>;

export const ReviewInput = z
  .discriminatedUnion('decision', [
    z.object({ decision: z.literal('approve'), comment: OptionalText(4000) }),
    z.object({ decision: z.literal('changes'), comment: Text(4000) }),
  ])
  .meta({ id: 'TranslationReview', description: 'Asking for changes needs a comment' });
export type ReviewInput = z.infer<typeof ReviewInput>;

export const WithdrawInput = z.object({ reason: Text(1000) }).meta({ id: 'TranslationWithdrawal' });

export const DocumentListQuery = z.object({
  q: z.string().trim().max(200).optional().meta({ description: 'Words of the title' }),
  kind: DocumentKind.optional(),
  language: LanguageTag.optional().meta({
    description: 'Only documents with no current file in this language (missing or outdated)',
  }),
  archived: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .meta({ description: 'Archived documents instead of current ones (principal staff)' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const FileQuery = z.object({
  inline: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .meta({ description: 'Show a PDF or an image in the browser instead of downloading it' }),
});

const Person = z.object({ userId: Uuid.nullable(), name: z.string() });

export const LibraryFile = z
  .object({
    id: Uuid,
    language: z.string(),
    versionNumber: z.number().int(),
    fileName: z.string(),
    contentType: z.string().meta({ description: 'As detected from the content' }),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    previewable: z.boolean().meta({ description: 'A PDF or an image, shown inline' }),
    uploadedBy: Person,
    uploadedAt: z.date(),
  })
  .meta({ id: 'LibraryFile' });

export const CoverageState = z.enum(['source', 'current', 'outdated', 'missing']).meta({
  id: 'CoverageState',
  description:
    'source: the language it is written in; current: an approved translation of the current ' +
    'version; outdated: only of an earlier version; missing: none',
});

export const TranslationEvent = z.object({
  kind: z.enum(['requested', 'uploaded', 'changes_requested', 'approved', 'withdrawn']),
  comment: z.string().nullable(),
  fileId: Uuid.nullable(),
  actor: Person,
  at: z.date(),
});

export const Translation = z
  .object({
    id: Uuid,
    documentId: Uuid,
    versionNumber: z.number().int(),
    language: z.string(),
    status: z.enum(['requested', 'in_review', 'changes_requested', 'approved', 'withdrawn']),
    dueOn: z.string().nullable(),
    reviewer: Person,
    requestedBy: Person,
    requestedAt: z.date(),
    file: LibraryFile.nullable().meta({ description: 'The newest upload' }),
    history: z.array(TranslationEvent).meta({ description: 'Oldest first' }),
    canUpload: z.boolean(),
    canReview: z.boolean(),
  })
  .meta({ id: 'Translation' });

export const LanguageVariant = z
  .object({
    language: z.string(),
    state: CoverageState,
    file: LibraryFile.nullable().meta({
      description: 'The file to read in this language: current, else the newest outdated one',
    }),
    translation: Translation.nullable().meta({
      description: 'The open translation of the current version, if any',
    }),
  })
  .meta({ id: 'LanguageVariant' });

export const LibraryDocument = z
  .object({
    id: Uuid,
    title: z.string(),
    description: z.string().nullable(),
    kind: DocumentKind,
    sourceLanguage: z.string(),
    productLines: z.array(z.object({ id: Uuid, code: z.string(), name: z.string() })),
    countries: z.array(z.string()),
    validFrom: z.string(),
    validUntil: z.string().nullable(),
    currentVersion: z.number().int(),
    archived: z.boolean(),
    updatedAt: z.date(),
    readerFile: LibraryFile.extend({
      isOlder: z.boolean().meta({ description: 'An outdated translation: of an earlier version' }),
    })
      .nullable()
      .meta({
        description:
          'The file to open first: in the reader’s interface language, then its distributor’s languages, a current translation or the source, else an outdated translation, else the source',
      }),
    variants: z.array(LanguageVariant).meta({
      description:
        'The source language and every language with a file or a translation; for a ' +
        'distributor’s user its own languages too, its first language first',
    }),
  })
  .meta({ id: 'LibraryDocument' });

export const LibraryDocumentList = z
  .object({ items: z.array(LibraryDocument), total: z.number().int() })
  .meta({ id: 'LibraryDocumentList' });

export const DocumentDetail = LibraryDocument.extend({
  versions: z.array(
    z.object({
      number: z.number().int(),
      note: z.string().nullable(),
      createdBy: Person,
      createdAt: z.date(),
      file: LibraryFile,
    }),
  ),
  translations: z.array(Translation).meta({ description: 'Every translation, newest first' }),
  canEdit: z.boolean(),
}).meta({ id: 'LibraryDocumentDetail' });

export const Reviewer = z
  .object({
    userId: Uuid,
    name: z.string(),
    distributorId: Uuid.nullable(),
    distributorName: z.string().nullable(),
    languages: z.array(z.string()).meta({ description: 'Their distributor’s languages' }),
  })
  .meta({ id: 'TranslationReviewer' });

const CoverageCounts = z.object({
  language: z.string(),
  current: z.number().int().meta({ description: 'Documents current in it (or written in it)' }),
  outdated: z.number().int(),
  missing: z.number().int(),
  inProgress: z.number().int().meta({ description: 'Open translations of current versions' }),
});

export const DistributorCoverage = z
  .object({
    distributorId: Uuid,
    languages: z.array(CoverageCounts).meta({ description: 'Its languages, in its order' }),
    documents: z.array(
      z.object({
        documentId: Uuid,
        title: z.string(),
        kind: DocumentKind,
        currentVersion: z.number().int(),
        cells: z.array(
          z.object({
            language: z.string(),
            state: CoverageState,
            versionNumber: z.number().int().nullable(),
            translationStatus: z.enum(['requested', 'in_review', 'changes_requested']).nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'DistributorLibraryCoverage' });

export const PortfolioCoverage = z
  .object({
    languages: z.array(
      CoverageCounts.extend({
        distributors: z.number().int().meta({ description: 'Distributors reading it' }),
      }),
    ),
    distributors: z.array(
      z.object({
        distributorId: Uuid,
        name: z.string(),
        country: z.string(),
        documents: z.number().int().meta({ description: 'Current documents that reach it' }),
        languages: z.array(CoverageCounts),
      }),
    ),
  })
  .meta({ id: 'PortfolioLibraryCoverage' });
