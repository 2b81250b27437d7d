// Where Brenner Autoteile's distributors are: each market with its ISO code, the IANA zone and
// language its people work in, cities, name parts for companies and people, and the legal form
// a company name carries there. Weights give the share of the 2,000 distributors.

export type City = { name: string; timeZone: string; areaCode: string };

export type CountryProfile = {
  country: string;
  weight: number;
  languages: string[];
  phonePrefix: string;
  webDomain: string;
  cities: City[];
  /** Words a local company puts before its trade: places, rivers, lucky or family names. */
  brandWords: string[];
  legalName: (name: string) => string;
  givenNames: string[];
  familyNames: string[];
  /** Family name first (Vietnam, China), as people there write it. */
  isFamilyFirst?: boolean;
  middleNames?: string[];
  /** The chat app people there use with suppliers, noted on a `chat` ladder step. */
  chatApp: string;
};

export const countryProfiles: CountryProfile[] = [
  {
    country: 'VN',
    weight: 14,
    languages: ['vi', 'en'],
    phonePrefix: '+84',
    webDomain: 'vn',
    cities: [
      { name: 'Ho Chi Minh City', timeZone: 'Asia/Ho_Chi_Minh', areaCode: '28' },
      { name: 'Hanoi', timeZone: 'Asia/Ho_Chi_Minh', areaCode: '24' },
      { name: 'Da Nang', timeZone: 'Asia/Ho_Chi_Minh', areaCode: '236' },
      { name: 'Hai Phong', timeZone: 'Asia/Ho_Chi_Minh', areaCode: '225' },
      { name: 'Can Tho', timeZone: 'Asia/Ho_Chi_Minh', areaCode: '292' },
      { name: 'Bien Hoa', timeZone: 'Asia/Ho_Chi_Minh', areaCode: '251' },
    ],
    brandWords: ['Saigon', 'Mekong', 'Thanh Cong', 'Sao Mai', 'Hong Ha', 'Dong A', 'Viet Phat'],
    legalName: (name) => `Công ty TNHH ${name}`,
    givenNames: ['Lan', 'Huy', 'Minh', 'Thảo', 'Tuấn', 'Hương', 'Dũng', 'Linh', 'Quang', 'Mai'],
    familyNames: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi'],
    middleNames: ['Văn', 'Thị', 'Quốc', 'Minh', 'Đức', 'Ngọc'],
    isFamilyFirst: true,
    chatApp: 'Zalo',
  },
  {
    country: 'TH',
    weight: 12,
    languages: ['th', 'en'],
    phonePrefix: '+66',
    webDomain: 'co.th',
    cities: [
      { name: 'Bangkok', timeZone: 'Asia/Bangkok', areaCode: '2' },
      { name: 'Chiang Mai', timeZone: 'Asia/Bangkok', areaCode: '53' },
      { name: 'Rayong', timeZone: 'Asia/Bangkok', areaCode: '38' },
      { name: 'Khon Kaen', timeZone: 'Asia/Bangkok', areaCode: '43' },
      { name: 'Hat Yai', timeZone: 'Asia/Bangkok', areaCode: '74' },
    ],
    brandWords: ['Siam', 'Chao Phraya', 'Rattana', 'Sukhothai', 'Thai Yont', 'Eastern Seaboard'],
    legalName: (name) => `${name} Co., Ltd.`,
    givenNames: ['Somchai', 'Nattaya', 'Anan', 'Siriporn', 'Kittisak', 'Pimchanok', 'Wichai'],
    familyNames: ['Srisuk', 'Chaiyaporn', 'Wongsawat', 'Rattanakul', 'Boonmee', 'Kongsiri'],
    chatApp: 'LINE',
  },
  {
    country: 'CN',
    weight: 14,
    languages: ['zh', 'en'],
    phonePrefix: '+86',
    webDomain: 'com.cn',
    cities: [
      { name: 'Shanghai', timeZone: 'Asia/Shanghai', areaCode: '21' },
      { name: 'Guangzhou', timeZone: 'Asia/Shanghai', areaCode: '20' },
      { name: 'Chongqing', timeZone: 'Asia/Shanghai', areaCode: '23' },
      { name: 'Wuhan', timeZone: 'Asia/Shanghai', areaCode: '27' },
      { name: 'Changchun', timeZone: 'Asia/Shanghai', areaCode: '431' },
      { name: 'Ürümqi', timeZone: 'Asia/Urumqi', areaCode: '991' },
    ],
    brandWords: ['Huaxin', 'Jinlong', 'Hengtong', 'Changjiang', 'Zhongtai', 'Dongfang'],
    legalName: (name) => `${name} Co., Ltd.`,
    givenNames: ['Wei', 'Fang', 'Lei', 'Jing', 'Qiang', 'Min', 'Yan', 'Jun', 'Hui', 'Tao'],
    familyNames: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou'],
    isFamilyFirst: true,
    chatApp: 'WeChat',
  },
  {
    country: 'PL',
    weight: 9,
    languages: ['pl', 'en', 'de'],
    phonePrefix: '+48',
    webDomain: 'pl',
    cities: [
      { name: 'Poznań', timeZone: 'Europe/Warsaw', areaCode: '61' },
      { name: 'Warszawa', timeZone: 'Europe/Warsaw', areaCode: '22' },
      { name: 'Wrocław', timeZone: 'Europe/Warsaw', areaCode: '71' },
      { name: 'Kraków', timeZone: 'Europe/Warsaw', areaCode: '12' },
      { name: 'Łódź', timeZone: 'Europe/Warsaw', areaCode: '42' },
    ],
    brandWords: ['Wielkopolska', 'Polmot', 'Autorex', 'Wisła', 'Mazowsze', 'Bałtyk'],
    legalName: (name) => `${name} Sp. z o.o.`,
    givenNames: ['Piotr', 'Anna', 'Tomasz', 'Katarzyna', 'Michał', 'Agnieszka', 'Paweł'],
    familyNames: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski'],
    chatApp: 'WhatsApp',
  },
  {
    country: 'MX',
    weight: 10,
    languages: ['es', 'en'],
    phonePrefix: '+52',
    webDomain: 'com.mx',
    cities: [
      { name: 'Monterrey', timeZone: 'America/Monterrey', areaCode: '81' },
      { name: 'Guadalajara', timeZone: 'America/Mexico_City', areaCode: '33' },
      { name: 'Ciudad de México', timeZone: 'America/Mexico_City', areaCode: '55' },
      { name: 'Tijuana', timeZone: 'America/Tijuana', areaCode: '664' },
      { name: 'Puebla', timeZone: 'America/Mexico_City', areaCode: '222' },
      { name: 'Mérida', timeZone: 'America/Merida', areaCode: '999' },
    ],
    brandWords: ['Refaccionaria del Norte', 'Bajío', 'Azteca', 'Sierra Madre', 'Anáhuac'],
    legalName: (name) => `${name} S.A. de C.V.`,
    givenNames: ['Alejandro', 'María', 'José', 'Guadalupe', 'Carlos', 'Fernanda', 'Luis'],
    familyNames: ['García', 'Hernández', 'Martínez', 'López', 'González', 'Ramírez', 'Treviño'],
    chatApp: 'WhatsApp',
  },
  {
    country: 'ID',
    weight: 8,
    languages: ['id', 'en'],
    phonePrefix: '+62',
    webDomain: 'co.id',
    cities: [
      { name: 'Jakarta', timeZone: 'Asia/Jakarta', areaCode: '21' },
      { name: 'Surabaya', timeZone: 'Asia/Jakarta', areaCode: '31' },
      { name: 'Bandung', timeZone: 'Asia/Jakarta', areaCode: '22' },
      { name: 'Makassar', timeZone: 'Asia/Makassar', areaCode: '411' },
      { name: 'Denpasar', timeZone: 'Asia/Makassar', areaCode: '361' },
    ],
    brandWords: ['Nusantara', 'Sinar Jaya', 'Maju Bersama', 'Garuda', 'Sumber Makmur'],
    legalName: (name) => `PT ${name}`,
    givenNames: ['Budi', 'Siti', 'Agus', 'Dewi', 'Hendra', 'Rina', 'Yusuf', 'Putri'],
    familyNames: ['Santoso', 'Wijaya', 'Hidayat', 'Susanto', 'Halim', 'Gunawan'],
    chatApp: 'WhatsApp',
  },
  {
    country: 'IN',
    weight: 8,
    languages: ['en', 'hi'],
    phonePrefix: '+91',
    webDomain: 'in',
    cities: [
      { name: 'Pune', timeZone: 'Asia/Kolkata', areaCode: '20' },
      { name: 'Chennai', timeZone: 'Asia/Kolkata', areaCode: '44' },
      { name: 'Gurugram', timeZone: 'Asia/Kolkata', areaCode: '124' },
      { name: 'Ahmedabad', timeZone: 'Asia/Kolkata', areaCode: '79' },
      { name: 'Bengaluru', timeZone: 'Asia/Kolkata', areaCode: '80' },
    ],
    brandWords: ['Shree Ganesh', 'Bharat', 'Deccan', 'Sahyadri', 'Kaveri', 'Ambika'],
    legalName: (name) => `${name} Pvt. Ltd.`,
    givenNames: ['Rahul', 'Priya', 'Amit', 'Sneha', 'Vikram', 'Anjali', 'Suresh', 'Kavita'],
    familyNames: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Deshpande', 'Gupta', 'Nair'],
    chatApp: 'WhatsApp',
  },
  {
    country: 'BR',
    weight: 7,
    languages: ['pt', 'en'],
    phonePrefix: '+55',
    webDomain: 'com.br',
    cities: [
      { name: 'São Paulo', timeZone: 'America/Sao_Paulo', areaCode: '11' },
      { name: 'Curitiba', timeZone: 'America/Sao_Paulo', areaCode: '41' },
      { name: 'Belo Horizonte', timeZone: 'America/Sao_Paulo', areaCode: '31' },
      { name: 'Manaus', timeZone: 'America/Manaus', areaCode: '92' },
      { name: 'Recife', timeZone: 'America/Recife', areaCode: '81' },
    ],
    brandWords: ['Paulista', 'Ipiranga', 'Cruzeiro', 'Guanabara', 'Pampa', 'Tocantins'],
    legalName: (name) => `${name} Ltda.`,
    givenNames: ['João', 'Ana', 'Rafael', 'Juliana', 'Marcelo', 'Beatriz', 'Thiago'],
    familyNames: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Almeida'],
    chatApp: 'WhatsApp',
  },
  {
    country: 'TR',
    weight: 6,
    languages: ['tr', 'en'],
    phonePrefix: '+90',
    webDomain: 'com.tr',
    cities: [
      { name: 'İstanbul', timeZone: 'Europe/Istanbul', areaCode: '212' },
      { name: 'Bursa', timeZone: 'Europe/Istanbul', areaCode: '224' },
      { name: 'Ankara', timeZone: 'Europe/Istanbul', areaCode: '312' },
      { name: 'İzmir', timeZone: 'Europe/Istanbul', areaCode: '232' },
    ],
    brandWords: ['Anadolu', 'Marmara', 'Boğaziçi', 'Ege', 'Kardeşler', 'Yıldız'],
    legalName: (name) => `${name} A.Ş.`,
    givenNames: ['Mehmet', 'Ayşe', 'Mustafa', 'Elif', 'Emre', 'Zeynep', 'Burak'],
    familyNames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın'],
    chatApp: 'WhatsApp',
  },
  {
    country: 'CZ',
    weight: 4,
    languages: ['cs', 'de', 'en'],
    phonePrefix: '+420',
    webDomain: 'cz',
    cities: [
      { name: 'Praha', timeZone: 'Europe/Prague', areaCode: '2' },
      { name: 'Brno', timeZone: 'Europe/Prague', areaCode: '5' },
      { name: 'Mladá Boleslav', timeZone: 'Europe/Prague', areaCode: '326' },
    ],
    brandWords: ['Morava', 'Vltava', 'Bohemia', 'Krkonoše'],
    legalName: (name) => `${name} s.r.o.`,
    givenNames: ['Jan', 'Petra', 'Martin', 'Lucie', 'Jiří', 'Tereza'],
    familyNames: ['Novák', 'Svoboda', 'Dvořák', 'Černý', 'Procházka'],
    chatApp: 'WhatsApp',
  },
  {
    country: 'ZA',
    weight: 4,
    languages: ['en', 'af'],
    phonePrefix: '+27',
    webDomain: 'co.za',
    cities: [
      { name: 'Johannesburg', timeZone: 'Africa/Johannesburg', areaCode: '11' },
      { name: 'Durban', timeZone: 'Africa/Johannesburg', areaCode: '31' },
      { name: 'Gqeberha', timeZone: 'Africa/Johannesburg', areaCode: '41' },
      { name: 'Cape Town', timeZone: 'Africa/Johannesburg', areaCode: '21' },
    ],
    brandWords: ['Highveld', 'Karoo', 'Springbok', 'Cape', 'Limpopo'],
    legalName: (name) => `${name} (Pty) Ltd`,
    givenNames: ['Thabo', 'Lerato', 'Johan', 'Naledi', 'Pieter', 'Zanele'],
    familyNames: ['Nkosi', 'van der Merwe', 'Dlamini', 'Botha', 'Mokoena', 'Pretorius'],
    chatApp: 'WhatsApp',
  },
  {
    country: 'US',
    weight: 4,
    languages: ['en', 'es'],
    phonePrefix: '+1',
    webDomain: 'com',
    cities: [
      { name: 'Detroit', timeZone: 'America/Detroit', areaCode: '313' },
      { name: 'Chicago', timeZone: 'America/Chicago', areaCode: '312' },
      { name: 'Houston', timeZone: 'America/Chicago', areaCode: '713' },
      { name: 'Los Angeles', timeZone: 'America/Los_Angeles', areaCode: '213' },
      { name: 'Phoenix', timeZone: 'America/Phoenix', areaCode: '602' },
    ],
    brandWords: ['Great Lakes', 'Lone Star', 'Pacific', 'Motor City', 'Heartland'],
    legalName: (name) => `${name} LLC`,
    givenNames: ['Michael', 'Jennifer', 'David', 'Sarah', 'Robert', 'Emily', 'Daniel'],
    familyNames: ['Johnson', 'Miller', 'Davis', 'Rodriguez', 'Wilson', 'Anderson'],
    chatApp: 'WhatsApp',
  },
];

/** What a distributor of a German auto-parts maker trades in; the second half of its name. */
export const tradeWords = [
  'Motor Parts',
  'Auto Components',
  'Automotive',
  'Spare Parts',
  'Auto Supply',
  'Brake & Clutch',
  'Truck Parts',
  'Drivetrain',
  'Filters & Lubricants',
  'Industrial Supply',
  'Parts Trading',
  'Autoteile',
];
export const companyTails = ['', '', '', ' Group', ' Distribution', ' & Sons', ' International'];

/** Brenner's own people, assigned to distributors as their side of the relationship. */
export const principalStaff = {
  accountManagers: [
    'Jonas Becker',
    'Lena Hoffmann',
    'Felix Schneider',
    'Miriam Wagner',
    'Stefan Koch',
    'Julia Braun',
    'Matthias Wolf',
    'Sabine Neumann',
    'Daniel Krüger',
    'Anna Lehmann',
  ],
  regionalSalesManagers: ['Mei Fischer', 'Tomasz Richter', 'Carlos Zimmermann', 'Ayla Schmitt'],
  exportDirectors: ['Katrin Weber', 'Georg Hartmann'],
};

export const productCategories = [
  ['Brakes', ['Brake pads', 'Brake discs', 'Brake calipers', 'Brake hoses', 'Drum brakes']],
  ['Filters', ['Oil filters', 'Air filters', 'Cabin filters', 'Fuel filters', 'Hydraulic filters']],
  [
    'Clutch',
    ['Clutch kits', 'Dual-mass flywheels', 'Release bearings', 'Clutch discs', 'Clutch cylinders'],
  ],
  ['Suspension', ['Shock absorbers', 'Coil springs', 'Control arms', 'Ball joints', 'Bushings']],
  [
    'Steering',
    ['Tie rods', 'Steering racks', 'Power steering pumps', 'Steering dampers', 'Knuckles'],
  ],
  ['Engine cooling', ['Water pumps', 'Radiators', 'Thermostats', 'Cooling fans', 'Hoses']],
  ['Electrical', ['Starters', 'Alternators', 'Sensors', 'Glow plugs', 'Relays', 'Wiper motors']],
  ['Lighting', ['Headlamps', 'Tail lamps', 'LED retrofit kits', 'Fog lamps', 'Xenon bulbs']],
  ['Belts and chains', ['Timing belt kits', 'Timing chain kits', 'V-ribbed belts', 'Tensioners']],
  [
    'Exhaust',
    ['Catalytic converters', 'Diesel particulate filters', 'Silencers', 'Pipes', 'Gaskets'],
  ],
] as const;
