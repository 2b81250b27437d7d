// The seeds' story: Brenner Autoteile GmbH, a German auto-parts maker, and its distributors.
// The Vietnamese relationship went quiet six months after signing; it is now at risk.
import type { ContactRole, LifecycleStage } from '../db/schema.ts';

export const demoWorkspace = { name: 'Brenner Autoteile GmbH', slug: 'brenner' };
export const demoPassword = 'liaison-demo';

export const demoUsers = {
  admin: {
    email: 'admin@brenner.example',
    name: 'Katrin Weber',
    timeZone: 'Europe/Berlin',
    locale: 'en',
  },
  manager: {
    email: 'jonas.becker@brenner.example',
    name: 'Jonas Becker',
    timeZone: 'Europe/Berlin',
    locale: 'en',
  },
  vietnam: {
    email: 'lan.nguyen@saigonmotor.example',
    name: 'Nguyễn Thị Lan',
    timeZone: 'Asia/Ho_Chi_Minh',
    locale: 'vi',
  },
  thailand: {
    email: 'somchai@siamauto.example',
    name: 'Somchai Wongsakul',
    timeZone: 'Asia/Bangkok',
    locale: 'th',
  },
} as const;

export type DemoContact = {
  name: string;
  role: ContactRole;
  title: string;
  email: string;
  phone: string;
  language: string;
};
export type DemoDistributor = {
  name: string;
  legalName: string;
  country: string;
  city: string;
  timeZone: string;
  languages: string[];
  website: string;
  stages: LifecycleStage[];
  /** How many days ago each stage began, and why, so the timeline reads like the story. */
  history: [daysAgo: number, reason: string | null][];
  notes: string;
  contacts: DemoContact[];
};

export const demoPrincipalTeam = (region: string): DemoContact[] => [
  {
    name: 'Jonas Becker',
    role: 'account_manager',
    title: 'Key Account Manager',
    email: 'jonas.becker@brenner.example',
    phone: '+49 711 4080 213',
    language: 'de',
  },
  {
    name: region === 'asia' ? 'Mei Fischer' : 'Tomasz Richter',
    role: 'regional_sales_manager',
    title: region === 'asia' ? 'Regional Sales Manager APAC' : 'Regional Sales Manager',
    email: region === 'asia' ? 'mei.fischer@brenner.example' : 'tomasz.richter@brenner.example',
    phone: '+49 711 4080 245',
    language: 'en',
  },
  {
    name: 'Dr. Andreas Vogel',
    role: 'export_director',
    title: 'Export Director',
    email: 'andreas.vogel@brenner.example',
    phone: '+49 711 4080 100',
    language: 'de',
  },
];

export const demoDistributors: DemoDistributor[] = [
  {
    name: 'Saigon Motor Parts',
    legalName: 'Saigon Motor Parts Co., Ltd.',
    country: 'VN',
    city: 'Ho Chi Minh City',
    timeZone: 'Asia/Ho_Chi_Minh',
    languages: ['vi', 'en'],
    website: 'https://saigonmotor.example',
    stages: ['prospect', 'onboarding', 'active', 'at_risk'],
    history: [
      [610, null],
      [548, 'Distribution agreement signed at Automechanika Frankfurt'],
      [455, 'First container of brake pads delivered'],
      [21, 'No orders for three months; a competing brake line seen at their Thủ Đức branch'],
    ],
    notes: 'Orders stalled after month six; now also carries a competing brake line.',
    contacts: [
      {
        name: 'Trần Văn Minh',
        role: 'general_manager',
        title: 'Tổng giám đốc',
        email: 'minh.tran@saigonmotor.example',
        phone: '+84 28 3823 4501',
        language: 'vi',
      },
      {
        name: 'Nguyễn Thị Lan',
        role: 'sales_director',
        title: 'Giám đốc kinh doanh',
        email: 'lan.nguyen@saigonmotor.example',
        phone: '+84 28 3823 4502',
        language: 'vi',
      },
      {
        name: 'Lê Quốc Huy',
        role: 'purchasing_lead',
        title: 'Trưởng phòng mua hàng',
        email: 'huy.le@saigonmotor.example',
        phone: '+84 28 3823 4503',
        language: 'vi',
      },
      {
        name: 'Phạm Thu Hà',
        role: 'sales_rep',
        title: 'Nhân viên kinh doanh',
        email: 'ha.pham@saigonmotor.example',
        phone: '+84 90 123 4567',
        language: 'vi',
      },
      {
        name: 'Võ Đức Anh',
        role: 'sales_rep',
        title: 'Nhân viên kinh doanh',
        email: 'anh.vo@saigonmotor.example',
        phone: '+84 90 765 4321',
        language: 'vi',
      },
    ],
  },
  {
    name: 'Siam Auto Components',
    legalName: 'Siam Auto Components Co., Ltd.',
    country: 'TH',
    city: 'Bangkok',
    timeZone: 'Asia/Bangkok',
    languages: ['th', 'en'],
    website: 'https://siamauto.example',
    stages: ['prospect', 'onboarding'],
    history: [
      [120, null],
      [45, 'Terms agreed in principle; charter in negotiation'],
    ],
    notes: 'Charter in negotiation: exclusivity for the brake line is the open point.',
    contacts: [
      {
        name: 'Somchai Wongsakul',
        role: 'general_manager',
        title: 'กรรมการผู้จัดการ',
        email: 'somchai@siamauto.example',
        phone: '+66 2 255 1001',
        language: 'th',
      },
      {
        name: 'Ploy Chaiyaporn',
        role: 'sales_director',
        title: 'ผู้อำนวยการฝ่ายขาย',
        email: 'ploy@siamauto.example',
        phone: '+66 2 255 1002',
        language: 'th',
      },
      {
        name: 'Anan Srisuk',
        role: 'purchasing_lead',
        title: 'หัวหน้าฝ่ายจัดซื้อ',
        email: 'anan@siamauto.example',
        phone: '+66 2 255 1003',
        language: 'th',
      },
      {
        name: 'Kanya Boonmee',
        role: 'sales_rep',
        title: 'พนักงานขาย',
        email: 'kanya@siamauto.example',
        phone: '+66 81 234 5678',
        language: 'th',
      },
    ],
  },
  {
    name: 'Huadong Auto Parts Trading',
    legalName: '华东汽车配件贸易有限公司',
    country: 'CN',
    city: 'Shanghai',
    timeZone: 'Asia/Shanghai',
    languages: ['zh-Hans', 'en'],
    website: 'https://huadong-parts.example',
    stages: ['prospect', 'onboarding', 'active'],
    history: [
      [900, null],
      [840, 'Agreement signed in Shanghai'],
      [760, 'Onboarding plan completed'],
    ],
    notes: 'Strong aftermarket network in the Yangtze delta.',
    contacts: [
      {
        name: '王建国',
        role: 'general_manager',
        title: '总经理',
        email: 'wang.jianguo@huadong-parts.example',
        phone: '+86 21 6288 3001',
        language: 'zh-Hans',
      },
      {
        name: '李娜',
        role: 'sales_director',
        title: '销售总监',
        email: 'li.na@huadong-parts.example',
        phone: '+86 21 6288 3002',
        language: 'zh-Hans',
      },
      {
        name: '张伟',
        role: 'purchasing_lead',
        title: '采购经理',
        email: 'zhang.wei@huadong-parts.example',
        phone: '+86 21 6288 3003',
        language: 'zh-Hans',
      },
      {
        name: '陈静',
        role: 'sales_rep',
        title: '销售代表',
        email: 'chen.jing@huadong-parts.example',
        phone: '+86 138 0013 8000',
        language: 'zh-Hans',
      },
    ],
  },
  {
    name: 'Motoczęści Polska',
    legalName: 'Motoczęści Polska Sp. z o.o.',
    country: 'PL',
    city: 'Poznań',
    timeZone: 'Europe/Warsaw',
    languages: ['pl', 'de', 'en'],
    website: 'https://motoczesci.example',
    stages: ['prospect', 'onboarding', 'active'],
    history: [
      [1400, null],
      [1330, 'Agreement signed'],
      [1240, 'Reporting on time for three months'],
    ],
    notes: 'Reliable monthly reporting; asks for more marketing support.',
    contacts: [
      {
        name: 'Piotr Kowalski',
        role: 'general_manager',
        title: 'Prezes Zarządu',
        email: 'piotr.kowalski@motoczesci.example',
        phone: '+48 61 852 1001',
        language: 'pl',
      },
      {
        name: 'Agnieszka Nowak',
        role: 'sales_director',
        title: 'Dyrektor Sprzedaży',
        email: 'agnieszka.nowak@motoczesci.example',
        phone: '+48 61 852 1002',
        language: 'pl',
      },
      {
        name: 'Marek Wiśniewski',
        role: 'purchasing_lead',
        title: 'Kierownik Zakupów',
        email: 'marek.wisniewski@motoczesci.example',
        phone: '+48 61 852 1003',
        language: 'de',
      },
      {
        name: 'Ewa Zielińska',
        role: 'sales_rep',
        title: 'Przedstawiciel Handlowy',
        email: 'ewa.zielinska@motoczesci.example',
        phone: '+48 600 100 200',
        language: 'pl',
      },
    ],
  },
  {
    name: 'Refacciones del Bajío',
    legalName: 'Refacciones del Bajío S.A. de C.V.',
    country: 'MX',
    city: 'León',
    timeZone: 'America/Mexico_City',
    languages: ['es'],
    website: 'https://refaccionesbajio.example',
    stages: ['prospect'],
    history: [[30, null]],
    notes: 'Met at Automechanika; evaluating the filter and brake lines.',
    contacts: [
      {
        name: 'Alejandro Ramírez',
        role: 'general_manager',
        title: 'Director General',
        email: 'alejandro.ramirez@refaccionesbajio.example',
        phone: '+52 477 710 1001',
        language: 'es',
      },
      {
        name: 'Gabriela Torres',
        role: 'sales_director',
        title: 'Directora Comercial',
        email: 'gabriela.torres@refaccionesbajio.example',
        phone: '+52 477 710 1002',
        language: 'es',
      },
      {
        name: 'Luis Hernández',
        role: 'purchasing_lead',
        title: 'Jefe de Compras',
        email: 'luis.hernandez@refaccionesbajio.example',
        phone: '+52 477 710 1003',
        language: 'es',
      },
      {
        name: 'Sofía Morales',
        role: 'sales_rep',
        title: 'Ejecutiva de Ventas',
        email: 'sofia.morales@refaccionesbajio.example',
        phone: '+52 477 555 0101',
        language: 'es',
      },
    ],
  },
];

/** More of the portfolio, so the directory shows search, filters and paging at work. */
export const demoPortfolio: [string, string, string, string, string[], LifecycleStage][] = [
  ['Andes Repuestos', 'CL', 'Santiago', 'America/Santiago', ['es'], 'active'],
  ['Auto Peças Paulista', 'BR', 'São Paulo', 'America/Sao_Paulo', ['pt-BR'], 'active'],
  ['Nordic Drive Parts', 'SE', 'Göteborg', 'Europe/Stockholm', ['sv', 'en'], 'active'],
  ['Anatolia Otomotiv', 'TR', 'Bursa', 'Europe/Istanbul', ['tr', 'en'], 'onboarding'],
  ['Kiwi Motor Supplies', 'NZ', 'Auckland', 'Pacific/Auckland', ['en'], 'active'],
  ['Sydney Brake & Clutch', 'AU', 'Sydney', 'Australia/Sydney', ['en'], 'at_risk'],
  ['Great Lakes Auto Supply', 'US', 'Detroit', 'America/Detroit', ['en'], 'active'],
  ['Maple Leaf Parts', 'CA', 'Toronto', 'America/Toronto', ['en', 'fr'], 'suspended'],
  ['Nile Auto Trading', 'EG', 'Cairo', 'Africa/Cairo', ['ar', 'en'], 'prospect'],
  ['Gulf Motor Components', 'AE', 'Dubai', 'Asia/Dubai', ['ar', 'en'], 'active'],
  ['Mumbai Auto Spares', 'IN', 'Mumbai', 'Asia/Kolkata', ['hi', 'en'], 'onboarding'],
  ['Jakarta Suku Cadang', 'ID', 'Jakarta', 'Asia/Jakarta', ['id', 'en'], 'prospect'],
  ['Manila Parts Hub', 'PH', 'Manila', 'Asia/Manila', ['en', 'fil'], 'active'],
  ['Seoul Auto Partners', 'KR', 'Seoul', 'Asia/Seoul', ['ko', 'en'], 'active'],
  ['Osaka Parts Trading', 'JP', 'Osaka', 'Asia/Tokyo', ['ja'], 'terminated'],
  ['Iberia Recambios', 'ES', 'Valencia', 'Europe/Madrid', ['es'], 'active'],
  ['Lusitânia Auto', 'PT', 'Porto', 'Europe/Lisbon', ['pt'], 'active'],
  ['Autoricambi Lombardi', 'IT', 'Milano', 'Europe/Rome', ['it'], 'at_risk'],
  ['Pièces Auto Lyonnaises', 'FR', 'Lyon', 'Europe/Paris', ['fr'], 'active'],
  ['Budapest Autóalkatrész', 'HU', 'Budapest', 'Europe/Budapest', ['hu', 'de'], 'onboarding'],
  ['Praha Autodíly', 'CZ', 'Praha', 'Europe/Prague', ['cs', 'de'], 'active'],
  ['Cape Auto Distributors', 'ZA', 'Cape Town', 'Africa/Johannesburg', ['en', 'af'], 'prospect'],
  ['Lagos Motor Parts', 'NG', 'Lagos', 'Africa/Lagos', ['en'], 'prospect'],
  ['Kazakh Auto Service', 'KZ', 'Almaty', 'Asia/Almaty', ['kk', 'ru'], 'onboarding'],
  ['Bogotá Autopartes', 'CO', 'Bogotá', 'America/Bogota', ['es'], 'active'],
];

/** The general manager of each portfolio distributor, in portfolio order. */
export const demoPortfolioManagers: [name: string, language: string][] = [
  ['Carolina Fuentes', 'es'],
  ['Rafael Oliveira', 'pt-BR'],
  ['Erik Lindqvist', 'sv'],
  ['Mehmet Yılmaz', 'tr'],
  ['Aroha Ngata', 'en'],
  ['Liam O’Connor', 'en'],
  ['Dana Kowalczyk', 'en'],
  ['Sophie Tremblay', 'fr'],
  ['Ahmed Mansour', 'ar'],
  ['Fatima Al Marzouqi', 'ar'],
  ['Rohan Mehta', 'hi'],
  ['Budi Santoso', 'id'],
  ['Maria Santos', 'fil'],
  ['Kim Ji-ho', 'ko'],
  ['Tanaka Hiroshi', 'ja'],
  ['Javier Ortega', 'es'],
  ['João Ferreira', 'pt'],
  ['Giulia Lombardi', 'it'],
  ['Camille Durand', 'fr'],
  ['Zoltán Nagy', 'hu'],
  ['Jana Dvořáková', 'cs'],
  ['Pieter van der Merwe', 'af'],
  ['Chinedu Okafor', 'en'],
  ['Aigerim Nurlanovna', 'kk'],
  ['Andrés Gómez', 'es'],
];
