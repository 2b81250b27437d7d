// A deterministic directory at the scale of a large principal: 2,000 distributors in twelve
// markets, ten contacts each (seven of the distributor's staff, three of the principal's people),
// a three-step escalation ladder per side, their lifecycle history, and 50 product lines.
// The same seed always gives the same rows, ids included, so runs compare like with like.
import type { ContactRole, LifecycleStage } from '../src/db/schema.ts';
import {
  type CountryProfile,
  companyTails,
  countryProfiles,
  principalStaff,
  productCategories,
  tradeWords,
} from './countries.ts';
import { createRandom, type Random } from './random.ts';

export type DistributorRow = {
  id: string;
  name: string;
  legalName: string;
  country: string;
  city: string;
  timeZone: string;
  languages: string[];
  website: string;
  status: 'active' | 'archived';
  lifecycleStage: LifecycleStage;
  notes: string | null;
  createdAt: Date;
  updatedAt: Date;
};
export type ContactRow = {
  id: string;
  distributorId: string;
  side: 'principal' | 'distributor';
  name: string;
  role: ContactRole;
  title: string;
  email: string;
  phone: string;
  language: string;
  timeZone: string;
  isPrimary: boolean;
};
export type EscalationStepRow = {
  id: string;
  distributorId: string;
  side: 'principal' | 'distributor';
  level: number;
  contactId: string;
  channel: string;
  responseTimeHours: number;
  note: string | null;
};
export type LifecycleEventRow = {
  id: string;
  distributorId: string;
  fromStage: LifecycleStage | null;
  toStage: LifecycleStage;
  changedAt: Date;
};
export type ProductLineRow = {
  id: string;
  code: string;
  name: string;
  category: string;
  listPriceCents: number;
};

export type Directory = {
  distributors: DistributorRow[];
  contacts: ContactRow[];
  escalationSteps: EscalationStepRow[];
  lifecycleEvents: LifecycleEventRow[];
  productLines: ProductLineRow[];
};

export type DirectoryOptions = {
  distributorCount?: number;
  seed?: number;
  /** The moment the data set describes; fixed so that dates repeat from run to run. */
  asOf?: Date;
};

const dayMs = 86_400_000;

// Shares of each stage in a mature network: most are active, a tail is at risk or ending.
const stageWeights: [LifecycleStage, number][] = [
  ['prospect', 12],
  ['onboarding', 9],
  ['active', 50],
  ['at_risk', 13],
  ['suspended', 6],
  ['terminated', 10],
];

// Each path is a legal walk through the lifecycle rules (src/distributors/lifecycle.ts).
const stagePaths: Record<LifecycleStage, LifecycleStage[][]> = {
  prospect: [['prospect']],
  onboarding: [['prospect', 'onboarding']],
  active: [
    ['prospect', 'onboarding', 'active'],
    ['prospect', 'onboarding', 'active', 'at_risk', 'active'],
  ],
  at_risk: [['prospect', 'onboarding', 'active', 'at_risk']],
  suspended: [['prospect', 'onboarding', 'active', 'at_risk', 'suspended']],
  terminated: [
    ['prospect', 'onboarding', 'active', 'at_risk', 'terminated'],
    ['prospect', 'terminated'],
  ],
};

const distributorStaff: { role: ContactRole; titles: string[] }[] = [
  { role: 'general_manager', titles: ['General Director', 'Managing Director', 'Owner'] },
  { role: 'sales_director', titles: ['Sales Director', 'Head of Sales'] },
  { role: 'purchasing_lead', titles: ['Purchasing Manager', 'Head of Procurement'] },
  { role: 'sales_rep', titles: ['Sales Representative', 'Key Account Executive'] },
  { role: 'sales_rep', titles: ['Sales Representative', 'Field Sales Engineer'] },
  { role: 'sales_rep', titles: ['Inside Sales', 'Sales Representative'] },
  { role: 'other', titles: ['Warehouse Manager', 'Chief Accountant', 'Workshop Lead'] },
];

/** Lower-case ASCII for e-mail addresses and host names: "Nguyễn Đức" → "nguyen-duc". */
export function toAsciiSlug(text: string, separator = '-'): string {
  return text
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
}

function personName(random: Random, profile: CountryProfile) {
  const given = random.pick(profile.givenNames);
  const family = random.pick(profile.familyNames);
  if (!profile.isFamilyFirst) return { name: `${given} ${family}`, given, family };
  const middle = profile.middleNames ? `${random.pick(profile.middleNames)} ` : '';
  return { name: `${family} ${middle}${given}`, given, family };
}

function phoneNumber(random: Random, prefix: string, areaCode: string): string {
  const digits = () => String(random.int(10_000)).padStart(4, '0');
  return `${prefix} ${areaCode} ${digits()} ${digits()}`;
}

function companyName(random: Random, profile: CountryProfile, city: string, taken: Set<string>) {
  const brand = random.chance(0.25) ? city : random.pick(profile.brandWords);
  const base = `${brand} ${random.pick(tradeWords)}${random.pick(companyTails)}`;
  // Names are unique per workspace (case-insensitive); a clash gets the city, then a number.
  for (const candidate of [base, `${base} ${city}`]) {
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
  for (let number = 2; ; number++) {
    const candidate = `${base} ${city} ${number}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function principalContacts(random: Random): { role: ContactRole; title: string; name: string }[] {
  return [
    {
      role: 'account_manager',
      title: 'Key Account Manager',
      name: random.pick(principalStaff.accountManagers),
    },
    {
      role: 'regional_sales_manager',
      title: 'Regional Sales Manager',
      name: random.pick(principalStaff.regionalSalesManagers),
    },
    {
      role: 'export_director',
      title: 'Export Director',
      name: random.pick(principalStaff.exportDirectors),
    },
  ];
}

export function generateDirectory(options: DirectoryOptions = {}): Directory {
  const random = createRandom(options.seed ?? 20_261_123);
  const asOf = (options.asOf ?? new Date('2026-11-01T00:00:00Z')).getTime();
  const count = options.distributorCount ?? 2000;
  const directory: Directory = {
    distributors: [],
    contacts: [],
    escalationSteps: [],
    lifecycleEvents: [],
    productLines: [],
  };
  const takenNames = new Set<string>();
  const countryWeights = countryProfiles.map((profile) => [profile, profile.weight] as const);

  for (let index = 0; index < count; index++) {
    const profile = random.weighted(countryWeights);
    const city = random.pick(profile.cities);
    const name = companyName(random, profile, city.name, takenNames);
    takenNames.add(name.toLowerCase());
    const stage = random.weighted(stageWeights);
    const path = random.pick(stagePaths[stage]);
    const createdAt = asOf - random.between(30, 6 * 365) * dayMs;
    const id = random.uuid();
    const domain = `${toAsciiSlug(name)}.${profile.webDomain}`;

    let changedAt = createdAt;
    path.forEach((toStage, step) => {
      if (step > 0) changedAt += random.between(1, (asOf - changedAt) / dayMs / 2) * dayMs;
      directory.lifecycleEvents.push({
        id: random.uuid(),
        distributorId: id,
        fromStage: step === 0 ? null : (path[step - 1] ?? null),
        toStage,
        changedAt: new Date(changedAt),
      });
    });
    const editedAt = changedAt + random.between(0, (asOf - changedAt) / dayMs) * dayMs;
    directory.distributors.push({
      id,
      name,
      legalName: profile.legalName(name),
      country: profile.country,
      city: city.name,
      timeZone: city.timeZone,
      languages: profile.languages,
      website: `https://www.${domain}`,
      // Most terminated partners are archived; a few others were archived by mistake or merged.
      status: random.chance(stage === 'terminated' ? 0.6 : 0.02) ? 'archived' : 'active',
      lifecycleStage: stage,
      notes: random.chance(0.3) ? `Visited in ${city.name}; prefers ${profile.chatApp}.` : null,
      createdAt: new Date(createdAt),
      updatedAt: new Date(editedAt),
    });

    const contactIds = new Map<ContactRole, string>();
    distributorStaff.forEach(({ role, titles }, position) => {
      const person = personName(random, profile);
      const contactId = random.uuid();
      if (!contactIds.has(role)) contactIds.set(role, contactId);
      directory.contacts.push({
        id: contactId,
        distributorId: id,
        side: 'distributor',
        name: person.name,
        role,
        title: random.pick(titles),
        email: `${toAsciiSlug(person.given, '')}.${toAsciiSlug(person.family, '')}@${domain}`,
        phone: phoneNumber(random, profile.phonePrefix, city.areaCode),
        language: random.chance(0.8) ? (profile.languages[0] ?? 'en') : 'en',
        timeZone: city.timeZone,
        isPrimary: position === 0,
      });
    });
    principalContacts(random).forEach(({ role, title, name: staffName }, position) => {
      const contactId = random.uuid();
      contactIds.set(role, contactId);
      directory.contacts.push({
        id: contactId,
        distributorId: id,
        side: 'principal',
        name: staffName,
        role,
        title,
        email: `${toAsciiSlug(staffName, '.')}@brenner.example`,
        phone: `+49 711 4080 ${200 + random.int(100)}`,
        language: random.chance(0.7) ? 'de' : 'en',
        timeZone: 'Europe/Berlin',
        isPrimary: position === 0,
      });
    });

    const ladders: [EscalationStepRow['side'], ContactRole, string, number][] = [
      ['distributor', 'purchasing_lead', 'email', 48],
      ['distributor', 'sales_director', random.pick(['phone', 'chat']), 24],
      ['distributor', 'general_manager', random.pick(['phone', 'visit']), 8],
      ['principal', 'account_manager', 'email', 24],
      ['principal', 'regional_sales_manager', 'phone', 8],
      ['principal', 'export_director', 'video_call', 4],
    ];
    ladders.forEach(([side, role, channel, hours], position) => {
      directory.escalationSteps.push({
        id: random.uuid(),
        distributorId: id,
        side,
        level: (position % 3) + 1,
        contactId: contactIds.get(role) ?? '',
        channel,
        responseTimeHours: Math.max(1, Math.round(hours * random.between(0.5, 1.5))),
        note: channel === 'chat' ? `${profile.chatApp} group with the purchasing team` : null,
      });
    });
  }

  for (const [category, lines] of productCategories) {
    lines.forEach((line, position) => {
      directory.productLines.push({
        id: random.uuid(),
        code: `${toAsciiSlug(category, '').slice(0, 3).toUpperCase()}-${100 + position * 10}`,
        name: line,
        category,
        listPriceCents: 500 + random.int(40_000),
      });
    });
  }
  return directory;
}
