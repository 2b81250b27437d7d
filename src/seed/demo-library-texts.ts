// What the demo library holds: each document's versions and translations, with the text of each
// file in its own language, and who did what how many days ago.
import type { LibraryDocumentKind } from '../db/types.ts';
import type { ReviewInput } from '../library/library.schema.ts';

export type DemoText = { title: string; fileName: string; paragraphs: string[] };
type Who = 'admin' | 'manager' | 'vietnam' | 'thailand';
type Upload = { by: Who; daysAgo: number; review?: { daysAgo: number; decision: ReviewInput } };
type Step = {
  version: number;
  language: string;
  reviewer: Who;
  requested: number;
  dueInDays: number;
  text: DemoText;
  uploads: Upload[];
};
type Entry = {
  title: string;
  description: string;
  kind: LibraryDocumentKind;
  sourceLanguage: string;
  productLines: string[];
  countries: string[];
  validUntil: string | null;
  versions: { daysAgo: number; note: string; text: DemoText }[];
  translations: Step[];
};

const approve = (daysAgo: number) => ({
  daysAgo,
  decision: { decision: 'approve' as const, comment: null },
});

const priceList = {
  en: (effective: string): DemoText => ({
    title: 'Export price list 2027',
    fileName: `Brenner export price list 2027 (${effective})`,
    paragraphs: [
      `Ex-works prices in EUR for distributors, effective ${effective}. Payment 60 days net; prices exclude freight and duties.`,
      'Brake pads BRK-100 from EUR 14.20 per set; brake discs BRK-110 from EUR 21.80 per pair; oil filters FLT-100 from EUR 3.10 per piece. Volume rebates of 3 % above 5,000 units a quarter.',
    ],
  }),
  vi: {
    title: 'Bảng giá xuất khẩu 2027',
    fileName: 'Bảng giá xuất khẩu Brenner 2027',
    paragraphs: [
      'Giá xuất xưởng bằng EUR dành cho nhà phân phối, áp dụng từ ngày 1 tháng 1 năm 2027. Thanh toán trong 60 ngày; giá chưa bao gồm cước vận chuyển và thuế nhập khẩu.',
      'Má phanh BRK-100 từ 14,20 EUR mỗi bộ; đĩa phanh BRK-110 từ 21,80 EUR mỗi cặp; lọc dầu FLT-100 từ 3,10 EUR mỗi chiếc. Chiết khấu 3 % khi vượt 5.000 sản phẩm mỗi quý.',
    ],
  },
  th: {
    title: 'ตารางราคาส่งออก 2026',
    fileName: 'ตารางราคาส่งออก Brenner 2026',
    paragraphs: [
      'ราคาหน้าโรงงานเป็นสกุลเงินยูโรสำหรับตัวแทนจำหน่าย มีผลตั้งแต่วันที่ 1 กรกฎาคม 2569 ชำระเงินภายใน 60 วัน ราคายังไม่รวมค่าขนส่งและภาษีนำเข้า',
      'ผ้าเบรก BRK-100 เริ่มต้นชุดละ 13.90 ยูโร จานเบรก BRK-110 เริ่มต้นคู่ละ 21.20 ยูโร',
    ],
  },
};

const fittingGuide = {
  en: {
    title: 'Brake pad fitting guide BRK-100',
    fileName: 'BRK-100 fitting guide',
    paragraphs: [
      'Clean the caliper bracket and apply the supplied high-temperature grease to the contact points only, never to the friction surface.',
      'Bed in new pads with ten moderate stops from 60 km/h; avoid hard braking for the first 200 km.',
    ],
  },
  vi: {
    title: 'Hướng dẫn lắp má phanh BRK-100',
    fileName: 'Hướng dẫn lắp má phanh BRK-100',
    paragraphs: [
      'Vệ sinh giá đỡ cùm phanh và chỉ bôi mỡ chịu nhiệt đi kèm lên các điểm tiếp xúc, tuyệt đối không bôi lên bề mặt ma sát.',
      'Rà má phanh mới bằng mười lần phanh vừa phải từ 60 km/h; tránh phanh gấp trong 200 km đầu tiên.',
    ],
  },
  th: {
    title: 'คู่มือการติดตั้งผ้าเบรก BRK-100',
    fileName: 'คู่มือการติดตั้งผ้าเบรก BRK-100',
    paragraphs: [
      'ทำความสะอาดขาคาลิปเปอร์ และทาจาระบีทนความร้อนที่ให้มาเฉพาะจุดสัมผัสเท่านั้น ห้ามทาบนผิวหน้าผ้าเบรก',
      'เบรกผ้าเบรกใหม่ให้เข้าที่ด้วยการเบรกปานกลางสิบครั้งจากความเร็ว 60 กม./ชม. และหลีกเลี่ยงการเบรกแรงใน 200 กม. แรก',
    ],
  },
  zh: {
    title: 'BRK-100 刹车片安装指南',
    fileName: 'BRK-100 刹车片安装指南',
    paragraphs: ['清洁卡钳支架，仅在接触点涂抹随附的耐高温润滑脂，切勿涂在摩擦面上。'],
  },
};

const catalogue = {
  en: (year: string): DemoText => ({
    title: `Product catalogue ${year}`,
    fileName: `Brenner product catalogue ${year}`,
    paragraphs: [
      'Brake, filter, clutch, suspension, steering and cooling parts for European and Asian passenger cars, with cross-references to OE numbers.',
      `This edition adds ${year === '2027' ? '140' : '95'} new references, among them brake discs for the latest compact SUVs.`,
    ],
  }),
  vi: {
    title: 'Danh mục sản phẩm 2027',
    fileName: 'Danh mục sản phẩm Brenner 2027',
    paragraphs: [
      'Phụ tùng phanh, lọc, ly hợp, giảm xóc, lái và làm mát cho xe du lịch châu Âu và châu Á, kèm mã tham chiếu OE.',
    ],
  },
  zh: {
    title: '产品目录 2026',
    fileName: 'Brenner 产品目录 2026',
    paragraphs: [
      '适用于欧洲及亚洲乘用车的制动、滤清、离合、悬挂、转向及冷却零部件，附原厂编号对照。',
    ],
  },
};

const training = {
  en: {
    title: 'Sales training: premium brake discs',
    fileName: 'Sales training – premium brake discs',
    paragraphs: [
      'Why coated discs sell: no rust on the hat and the vanes, a clean look behind alloy wheels, and longer life in humid climates.',
      'Three questions to ask every workshop buyer, and how to answer the price objection with cost per kilometre.',
    ],
  },
  vi: {
    title: 'Đào tạo bán hàng: đĩa phanh cao cấp',
    fileName: 'Đào tạo bán hàng – đĩa phanh cao cấp',
    paragraphs: [
      'Vì sao đĩa phanh phủ lớp chống gỉ bán chạy: không gỉ ở mũ đĩa và rãnh tản nhiệt, đẹp sau mâm hợp kim, bền hơn ở khí hậu nồm ẩm.',
    ],
  },
  th: {
    title: 'การอบรมการขาย: จานเบรกพรีเมียม',
    fileName: 'การอบรมการขาย – จานเบรกพรีเมียม',
    paragraphs: [
      'ทำไมจานเบรกเคลือบจึงขายดี: ไม่เป็นสนิมที่ดุมและครีบระบายความร้อน ดูสะอาดหลังล้อแม็ก และใช้งานได้นานกว่าในสภาพอากาศชื้น',
    ],
  },
};

const warranty = {
  de: {
    title: 'Garantieabwicklung – Ablauf für Vertriebspartner',
    fileName: 'Garantieabwicklung Brenner',
    paragraphs: [
      'Garantieanträge sind innerhalb von 30 Tagen nach dem Ausbau mit Foto, Rechnung der Werkstatt und Chargennummer einzureichen.',
      'Brenner entscheidet binnen zehn Werktagen; anerkannte Teile werden mit der nächsten Lieferung ersetzt.',
    ],
  },
  en: {
    title: 'Warranty claims – procedure for distributors',
    fileName: 'Brenner warranty claims procedure',
    paragraphs: [
      'Submit warranty claims within 30 days of removal, with a photo, the workshop invoice and the batch number.',
      'Brenner decides within ten working days; accepted parts are replaced with the next shipment.',
    ],
  },
};

const promotion = {
  vi: {
    title: 'Chương trình khuyến mãi mùa xuân 2027 – Việt Nam',
    fileName: 'Khuyến mãi mùa xuân 2027',
    paragraphs: [
      'Từ tháng 2 đến tháng 5 năm 2027: mua 10 bộ má phanh BRK-100 tặng 1 bộ cho các gara đối tác.',
      'Áp phích và tờ rơi được gửi kèm đơn hàng tháng 1.',
    ],
  },
};

export const demoLibrary: Entry[] = [
  {
    title: 'Export price list 2027',
    description: 'Ex-works prices for every product line, in EUR.',
    kind: 'price_sheet',
    sourceLanguage: 'en',
    productLines: [],
    countries: [],
    validUntil: null,
    versions: [
      { daysAgo: 150, note: 'Prices from 1 July 2026', text: priceList.en('1 July 2026') },
      { daysAgo: 25, note: 'Prices from 1 January 2027', text: priceList.en('1 January 2027') },
    ],
    translations: [
      {
        version: 1,
        language: 'th',
        reviewer: 'thailand',
        requested: 148,
        dueInDays: -130,
        text: priceList.th,
        uploads: [{ by: 'admin', daysAgo: 140, review: approve(138) }],
      },
      {
        version: 2,
        language: 'vi',
        reviewer: 'manager',
        requested: 24,
        dueInDays: -10,
        text: priceList.vi,
        uploads: [{ by: 'vietnam', daysAgo: 18, review: approve(17) }],
      },
    ],
  },
  {
    title: 'Brake pad fitting guide BRK-100',
    description: 'Workshop instructions for the BRK-100 pad range.',
    kind: 'technical',
    sourceLanguage: 'en',
    productLines: ['BRK-100'],
    countries: [],
    validUntil: null,
    versions: [{ daysAgo: 60, note: 'First edition', text: fittingGuide.en }],
    translations: [
      {
        version: 1,
        language: 'vi',
        reviewer: 'vietnam',
        requested: 58,
        dueInDays: -40,
        text: fittingGuide.vi,
        uploads: [{ by: 'admin', daysAgo: 50, review: approve(47) }],
      },
      {
        version: 1,
        language: 'th',
        reviewer: 'thailand',
        requested: 12,
        dueInDays: 9,
        text: fittingGuide.th,
        uploads: [{ by: 'admin', daysAgo: 3 }],
      },
      {
        version: 1,
        language: 'zh-Hans',
        reviewer: 'manager',
        requested: 12,
        dueInDays: 16,
        text: fittingGuide.zh,
        uploads: [],
      },
    ],
  },
  {
    title: 'Product catalogue 2027',
    description: 'Every reference with its OE cross-references.',
    kind: 'product_information',
    sourceLanguage: 'en',
    productLines: [],
    countries: [],
    validUntil: null,
    versions: [
      { daysAgo: 200, note: '2026 edition', text: catalogue.en('2026') },
      { daysAgo: 20, note: '2027 edition: 140 new references', text: catalogue.en('2027') },
    ],
    translations: [
      {
        version: 1,
        language: 'zh-Hans',
        reviewer: 'manager',
        requested: 195,
        dueInDays: -170,
        text: catalogue.zh,
        uploads: [{ by: 'admin', daysAgo: 180, review: approve(176) }],
      },
      {
        version: 2,
        language: 'vi',
        reviewer: 'vietnam',
        requested: 19,
        dueInDays: 11,
        text: catalogue.vi,
        uploads: [
          {
            by: 'admin',
            daysAgo: 8,
            review: {
              daysAgo: 6,
              decision: {
                decision: 'changes',
                comment:
                  'Trang 12 và 14 còn để tiếng Anh. Xin dùng “má phanh”, không dùng “bố thắng”, cho thống nhất với bảng giá.',
              },
            },
          },
        ],
      },
    ],
  },
  {
    title: 'Sales training: premium brake discs',
    description: 'Slides and talking points for the distributor’s sales team.',
    kind: 'training',
    sourceLanguage: 'en',
    productLines: ['BRK-110'],
    countries: [],
    validUntil: null,
    versions: [{ daysAgo: 45, note: 'For the Q1 sales meetings', text: training.en }],
    translations: [
      {
        version: 1,
        language: 'vi',
        reviewer: 'vietnam',
        requested: 44,
        dueInDays: -30,
        text: training.vi,
        uploads: [{ by: 'admin', daysAgo: 36, review: approve(35) }],
      },
      {
        version: 1,
        language: 'th',
        reviewer: 'thailand',
        requested: 44,
        dueInDays: -30,
        text: training.th,
        uploads: [{ by: 'thailand', daysAgo: 33, review: approve(33) }],
      },
    ],
  },
  {
    title: 'Garantieabwicklung – Ablauf für Vertriebspartner',
    description: 'Wie Garantieanträge eingereicht und entschieden werden.',
    kind: 'technical',
    sourceLanguage: 'de',
    productLines: [],
    countries: [],
    validUntil: null,
    versions: [{ daysAgo: 100, note: 'Stand 2026', text: warranty.de }],
    translations: [
      {
        version: 1,
        language: 'en',
        reviewer: 'manager',
        requested: 99,
        dueInDays: -90,
        text: warranty.en,
        uploads: [{ by: 'admin', daysAgo: 95, review: approve(94) }],
      },
    ],
  },
  {
    title: 'Chương trình khuyến mãi mùa xuân 2027 – Việt Nam',
    description: 'Spring promotion for partner workshops in Vietnam.',
    kind: 'marketing',
    sourceLanguage: 'vi',
    productLines: ['BRK-100'],
    countries: ['VN'],
    validUntil: '2027-05-31',
    versions: [{ daysAgo: 10, note: 'Approved by the Saigon team', text: promotion.vi }],
    translations: [],
  },
];
