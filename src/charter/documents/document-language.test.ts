import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { createPhrasebook, documentCatalogues, documentLanguageOf } from './document-language.ts';
import { upcomingReports } from './handbook-model.ts';

type Catalogue = { [key: string]: string | Catalogue };

/** Every message as "path.key" → its placeholders; plural forms count as their base key. */
function messages(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') {
      const base = `${prefix}${key.replace(/_(one|other)$/, '')}`;
      const placeholders = [...value.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
      found.set(base, placeholders.join(','));
    } else {
      for (const [path, placeholders] of messages(value, `${prefix}${key}.`)) {
        found.set(path, placeholders);
      }
    }
  }
  return found;
}

describe('the document catalogues', () => {
  const english = messages(documentCatalogues.en);

  it.each(['vi', 'th', 'zh', 'de'] as const)(
    '%s has every English message, with its placeholders',
    (language) => {
      const translated = messages(documentCatalogues[language]);
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, placeholders] of english) {
        expect(`${key}: ${translated.get(key)}`).toBe(`${key}: ${placeholders}`);
      }
    },
  );
});

describe('documentLanguageOf', () => {
  it.each([
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
    ['th-TH', 'th'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-TW', null],
    ['zh-Hant-HK', null],
    ['de-AT', 'de'],
    ['en', null],
    ['en-GB', null],
    ['pl', null],
    ['not a tag!', null],
    [null, null],
  ])('shows %j beside English as %j', (tag, expected) => {
    expect(documentLanguageOf(tag)).toBe(expected);
  });
});

describe('createPhrasebook', () => {
  it('pairs a label with its translation, with plural forms in each language', () => {
    const german = createPhrasebook('de');
    expect(german.label('value.days', { count: 1 })).toEqual({
      text: '1 day',
      translation: '1 Tag',
    });
    expect(german.label('value.days', { count: 60 })).toEqual({
      text: '60 days',
      translation: '60 Tage',
    });
  });

  it('shows a label once when the translation says the same', () => {
    expect(createPhrasebook('de').label('channel.whatsapp')).toEqual({
      text: 'WhatsApp',
      translation: null,
    });
    expect(createPhrasebook(null).label('label.clause')).toEqual({
      text: 'Clause',
      translation: null,
    });
  });

  it('puts a translated parameter into the translation', () => {
    const vietnamese = createPhrasebook('vi');
    const language = vietnamese.language('en');
    expect(vietnamese.label('handbook.notesLanguage', { language })).toEqual({
      text: 'Notes are written in the working language, English.',
      translation: 'Biên bản được viết bằng ngôn ngữ làm việc: Tiếng Anh.',
    });
  });

  it('names countries and months in both languages, months in the Gregorian calendar', () => {
    const thai = createPhrasebook('th');
    expect(thai.country('TH')).toEqual({ text: 'Thailand', translation: 'ไทย' });
    expect(thai.month(DateTime.fromISO('2026-03-01', { zone: 'utc' }))).toEqual({
      text: 'March 2026',
      translation: 'มีนาคม 2026',
    });
  });

  it('lists with each language’s separator', () => {
    const chinese = createPhrasebook('zh');
    const items = [chinese.label('reportContent.sales'), chinese.label('reportContent.pipeline')];
    expect(chinese.list(items)).toEqual({ text: 'Sales, Pipeline', translation: '销售、商机' });
    expect(chinese.list([])).toEqual({ text: 'None', translation: '无' });
  });
});

describe('upcomingReports', () => {
  const from = (iso: string) => new Date(`${iso}T12:00:00Z`);
  it.each([
    ['2026-03-14', 10, '2026-04-10', '2026-03-01'],
    ['2026-03-05', 10, '2026-03-10', '2026-02-01'],
    ['2026-03-10', 10, '2026-03-10', '2026-02-01'],
    ['2026-12-20', 1, '2027-01-01', '2026-12-01'],
    ['2026-01-31', 28, '2026-02-28', '2026-01-01'],
  ])(
    'from %s with reports due on day %i, the next is due %s and covers the month of %s',
    (today, day, dueOn, covers) => {
      const [next] = upcomingReports(from(today), day);
      expect(next?.dueOn.toISODate()).toBe(dueOn);
      expect(next?.covers.toISODate()).toBe(covers);
    },
  );

  it('lists twelve reports, one a month', () => {
    const reports = upcomingReports(from('2026-03-14'), 10);
    expect(reports.map((report) => report.dueOn.toISODate())).toEqual([
      '2026-04-10',
      '2026-05-10',
      '2026-06-10',
      '2026-07-10',
      '2026-08-10',
      '2026-09-10',
      '2026-10-10',
      '2026-11-10',
      '2026-12-10',
      '2027-01-10',
      '2027-02-10',
      '2027-03-10',
    ]);
  });
});
