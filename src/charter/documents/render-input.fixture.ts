// Realistic render inputs for the documents' tests, as the seeds tell it: Saigon Motor Parts signed
// its charter, Siam Auto Components is negotiating, and a Shanghai distributor has agreed the text
// with only the principal's signature so far.
import { CharterContent, defaultCharterContent } from '../charter.content.ts';
import { type CharterDocument, documentHash } from '../charter.document.ts';
import type { CharterRenderInput, Ladders } from './index.ts';

const productLines = {
  '0b5d8a44-5b1e-4a53-9d0c-1f2a3b4c5d01': { code: 'BRK-100', name: 'Brake pads' },
  '0b5d8a44-5b1e-4a53-9d0c-1f2a3b4c5d02': { code: 'BRK-110', name: 'Brake discs' },
  '0b5d8a44-5b1e-4a53-9d0c-1f2a3b4c5d03': { code: 'FLT-100', name: 'Oil filters' },
  '0b5d8a44-5b1e-4a53-9d0c-1f2a3b4c5d04': { code: 'ELE-120', name: 'Sensors' },
} as const;
const [brakePads, brakeDiscs, oilFilters, sensors] = Object.keys(productLines) as [
  string,
  string,
  string,
  string,
]; // the four keys written just above

const workspace = { id: '5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f', name: 'Brenner Autoteile GmbH' };

const principalLadder: Ladders['principal'] = [
  {
    level: 1,
    contactName: 'Jonas Becker',
    contactRole: 'Account manager',
    channel: 'email',
    responseTimeHours: 24,
  },
  {
    level: 2,
    contactName: 'Katrin Weber',
    contactRole: 'Head of export sales',
    channel: 'phone',
    responseTimeHours: 8,
  },
  {
    level: 3,
    contactName: 'Dr. Matthias Brenner',
    contactRole: 'Managing director',
    channel: 'video_call',
    responseTimeHours: 48,
  },
];

function charterContent(overrides: (content: CharterContent) => void): CharterContent {
  const content = defaultCharterContent('2025-06-01', 'en');
  overrides(content);
  return CharterContent.parse(content);
}

export function saigonMotorPartsInput(): CharterRenderInput {
  const content = charterContent((content) => {
    content.territory = {
      grants: [
        {
          country: 'VN',
          region: null,
          productLineIds: [brakePads, brakeDiscs],
          exclusive: true,
          startsOn: '2025-06-01',
          endsOn: null,
        },
        {
          country: 'VN',
          region: 'VN-SG',
          productLineIds: [sensors],
          exclusive: false,
          startsOn: '2025-06-01',
          endsOn: '2026-12-31',
        },
      ],
      clause:
        'Nhà phân phối được độc quyền bán má phanh và đĩa phanh tại Việt Nam.\nThe distributor sells brake pads and discs exclusively in Vietnam. <script>alert("x")</script>',
    };
    content.assignedAccounts.accounts = [
      { company: 'Mekong Fleet Services', country: 'VN' },
      { company: 'Công ty Xe buýt Hà Nội', country: 'VN' },
    ];
    content.carveOuts.accounts = [
      {
        company: 'Toyota Motor Vietnam',
        country: 'VN',
        reason: 'Supplied directly by the principal under a global OEM agreement.',
      },
    ];
    content.productCoverage = {
      mode: 'subset',
      productLineIds: [brakePads, brakeDiscs, oilFilters, sensors],
      clause: '',
    };
    content.inventory = {
      lines: [
        { productLineId: brakePads, minimumOrderQuantity: 2000, bufferWeeks: 8 },
        { productLineId: oilFilters, minimumOrderQuantity: 5000, bufferWeeks: 6 },
        { productLineId: null, minimumOrderQuantity: 100, bufferWeeks: 4 },
      ],
      financing: 'distributor',
      paymentTermsDays: 60,
      clause: 'Buffer stock is counted at the distributor’s warehouse in Thủ Đức.',
    };
    content.principalCommitments.marketingFundsPerYear = 25000;
    content.goals.items = [
      { metric: 'Brake pad sell-out', target: 1_200_000, unit: 'EUR', dueOn: '2026-05-31' },
      { metric: 'Active workshops', target: 350, unit: 'workshops', dueOn: '2026-05-31' },
    ];
    content.reporting.contents.push('customer_satisfaction');
    content.communication.channels = ['email', 'video_call', 'phone', 'whatsapp'];
    content.communication.translationRule =
      'Contracts in English; customer-facing material in Vietnamese, translated by the distributor.';
    content.problemResolution.clause = 'Warranty claims follow the Brenner warranty manual.';
    content.term = {
      startsOn: '2025-06-01',
      endsOn: '2028-05-31',
      reviewOn: '2026-05-15',
      renewal: 'by_agreement',
      terminationNoticeDays: 90,
      clause: 'Điều khoản chấm dứt: mỗi bên có thể chấm dứt với thông báo trước 90 ngày.',
    };
  });
  const document: CharterDocument = {
    format: 'liaison.charter/1',
    workspace,
    distributor: {
      id: '8c1a2b3c-4d5e-4f60-9a1b-2c3d4e5f6a7b',
      name: 'Saigon Motor Parts',
      country: 'VN',
      languages: ['vi', 'en'],
    },
    version: 2,
    basedOnVersion: 1,
    productLines,
    content,
  };
  const hash = documentHash(document);
  return {
    document,
    status: 'signed',
    hash,
    signatures: [
      {
        party: 'principal',
        typedName: 'Katrin Weber',
        signerRole: 'Head of export sales',
        consentText: 'I agree to this charter on behalf of Brenner Autoteile GmbH.',
        contentHash: hash,
        signedAt: '2025-05-20T08:14:03.000Z',
        ip: '203.0.113.10',
      },
      {
        party: 'distributor',
        typedName: 'Nguyễn Thị Lan',
        signerRole: 'Giám đốc điều hành',
        consentText: 'I agree to this charter on behalf of Saigon Motor Parts.',
        contentHash: hash,
        signedAt: '2025-05-21T02:40:51.000Z',
        ip: '198.51.100.24',
      },
    ],
    ladders: {
      principal: principalLadder,
      distributor: [
        {
          level: 1,
          contactName: 'Trần Văn Minh',
          contactRole: 'Trưởng phòng kinh doanh',
          channel: 'whatsapp',
          responseTimeHours: 4,
        },
        {
          level: 2,
          contactName: 'Nguyễn Thị Lan',
          contactRole: 'Giám đốc điều hành',
          channel: 'phone',
          responseTimeHours: 12,
        },
      ],
    },
    generatedAt: new Date('2026-03-14T09:30:00Z'),
    secondLanguage: 'vi',
  };
}

export function siamAutoComponentsInput(): CharterRenderInput {
  const content = charterContent((content) => {
    content.territory.grants = [
      {
        country: 'TH',
        region: null,
        productLineIds: [],
        exclusive: true,
        startsOn: '2026-01-01',
        endsOn: null,
      },
      {
        country: 'LA',
        region: null,
        productLineIds: [brakePads],
        exclusive: true,
        startsOn: '2026-01-01',
        endsOn: null,
      },
    ];
    content.territory.clause = 'ผู้จัดจำหน่ายมีสิทธิ์แต่เพียงผู้เดียวในประเทศไทยและลาว';
    content.communication.workingLanguage = 'en';
    content.communication.translationRule = 'เอกสารสำหรับลูกค้าแปลเป็นภาษาไทยโดยผู้จัดจำหน่าย';
  });
  return {
    document: {
      format: 'liaison.charter/1',
      workspace,
      distributor: {
        id: '9d2b3c4d-5e6f-4a70-8b1c-2d3e4f5a6b7c',
        name: 'Siam Auto Components Co., Ltd.',
        country: 'TH',
        languages: ['th'],
      },
      version: 1,
      basedOnVersion: null,
      productLines,
      content,
    },
    status: 'negotiation',
    hash: null,
    signatures: [],
    ladders: {
      principal: principalLadder,
      distributor: [
        {
          level: 1,
          contactName: 'สมชาย ใจดี',
          contactRole: 'ผู้จัดการฝ่ายขาย',
          channel: 'phone',
          responseTimeHours: 8,
        },
      ],
    },
    generatedAt: new Date('2026-03-14T09:30:00Z'),
    secondLanguage: 'th-TH',
  };
}

export function shanghaiAutoPartsInput(): CharterRenderInput {
  const content = charterContent((content) => {
    content.territory.grants = [
      {
        country: 'CN',
        region: 'CN-SH',
        productLineIds: [oilFilters],
        exclusive: false,
        startsOn: '2026-02-01',
        endsOn: null,
      },
    ];
    content.territory.clause = '经销商在上海市非独家销售机油滤清器。';
    content.communication.workingLanguage = 'zh-Hans';
  });
  const document: CharterDocument = {
    format: 'liaison.charter/1',
    workspace,
    distributor: {
      id: 'ae3c4d5e-6f70-4b81-9c2d-3e4f5a6b7c8d',
      name: '上海华东汽车配件贸易有限公司',
      country: 'CN',
      languages: ['zh-Hans'],
    },
    version: 1,
    basedOnVersion: null,
    productLines,
    content,
  };
  const hash = documentHash(document);
  return {
    document,
    status: 'agreed',
    hash,
    signatures: [
      {
        party: 'principal',
        typedName: 'Katrin Weber',
        signerRole: 'Head of export sales',
        consentText: 'I agree to this charter on behalf of Brenner Autoteile GmbH.',
        contentHash: hash,
        signedAt: '2026-03-10T07:00:00.000Z',
        ip: null,
      },
    ],
    ladders: { principal: principalLadder, distributor: [] },
    generatedAt: new Date('2026-03-14T09:30:00Z'),
    secondLanguage: 'zh-CN',
  };
}
