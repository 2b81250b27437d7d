// The monthly reports and the contact of one generated relationship, as rows of the
// report-history and interactions files (warnings-portfolio.ts generates the portfolio).
import type { Random } from './random.ts';
import {
  DAY_MS,
  dayNumber,
  exponential,
  isoDay,
  level,
  line,
  normal,
  PORTFOLIO_END,
  PORTFOLIO_START,
  PRICE,
  type Profile,
  ramp,
} from './warnings-portfolio.ts';

/** One report a month, each line's sell-out and stock; received on its due day, or late. */
export function writeReports(
  profile: Profile,
  random: Random,
  stop: number,
  write: (text: string) => void,
): number {
  let count = 0;
  for (let month = dayNumber(PORTFOLIO_START); ; ) {
    const period = isoDay(month).slice(0, 7);
    const next = new Date(month * DAY_MS);
    next.setUTCMonth(next.getUTCMonth() + 1);
    const due = dayNumber(next.toISOString().slice(0, 10)) + profile.reportDueDay - 1;
    if (due > dayNumber(PORTFOLIO_END) || month >= stop) break;
    const late = ramp(profile, 'reports_late', month);
    const isMissing = random.chance(0.5 * late);
    const isLate = random.chance(profile.lateChance + (1 - profile.lateChance) * late);
    const daysLate = isLate ? Math.round(exponential(random, profile.lateMeanDays + 30 * late)) : 0;
    const received = due - random.int(6) + daysLate;
    if (!isMissing && received <= dayNumber(PORTFOLIO_END) && received < stop + 20) {
      const stock = ramp(profile, 'stock', month);
      const bad = profile.badMonths.has(period) ? 0.6 : 1;
      for (const code of profile.lines) {
        const revenue =
          (profile.monthlyValue / profile.lines.length) *
          level(profile, month) *
          bad *
          (1 - 0.6 * ramp(profile, 'orders_less', month)) *
          Math.exp(0.12 * normal(random));
        const units = Math.max(1, Math.round(revenue / (PRICE[code] ?? 30)));
        // Falling stock ends at a quarter of the buffer, whatever the habit was.
        const cover =
          profile.bufferWeeks *
          (profile.coverFactor * (1 - stock) + 0.25 * stock) *
          Math.exp(0.2 * normal(random));
        write(
          line([
            profile.ref,
            period,
            code,
            units,
            (units * (PRICE[code] ?? 30)).toFixed(2),
            Math.round((units / 4.345) * cover),
            isoDay(received),
            'EUR',
          ]),
        );
        count++;
      }
    }
    month = dayNumber(next.toISOString().slice(0, 10));
  }
  return count;
}

const CHANNELS = ['email', 'call', 'whatsapp', 'email', 'call', 'visit', 'meeting', 'other_chat'];

/** Contact both ways, each at its own rhythm; outbound ones answered (and logged) or not. */
export function writeInteractions(
  profile: Profile,
  random: Random,
  stop: number,
  write: (text: string) => void,
): number {
  if (!profile.hasContact) return 0;
  let count = 0;
  const end = dayNumber(PORTFOLIO_END);
  const quiet = (day: number) => profile.quietSpells.some(([from, to]) => day >= from && day <= to);
  const at = (day: number) =>
    new Date(day * DAY_MS + (7 + random.int(11)) * 3_600_000 + random.int(3_600_000)).toISOString();
  for (let day = dayNumber(PORTFOLIO_START); day <= end; ) {
    const silence = day >= stop ? 1 : ramp(profile, 'silence', day);
    if (!quiet(day) && random.chance(1 - 0.92 * silence)) {
      write(
        line([
          at(day),
          profile.ref,
          'inbound',
          random.pick(CHANNELS),
          'Order and stock questions',
          '',
        ]),
      );
      count++;
    }
    day += Math.max(1, Math.round(exponential(random, profile.inboundInterval)));
  }
  for (let day = dayNumber(PORTFOLIO_START); day <= end; ) {
    const silence = day >= stop ? 1 : ramp(profile, 'silence', day);
    const occurred = at(day);
    const answered = random.chance(profile.replyChance * (1 - 0.9 * silence));
    const delayHours = exponential(random, 10 + 150 * silence);
    const replied = answered
      ? new Date(Date.parse(occurred) + delayHours * 3_600_000).toISOString()
      : '';
    const isPast = replied !== '' && Date.parse(replied) > (end + 1) * DAY_MS;
    write(
      line([
        occurred,
        profile.ref,
        'outbound',
        random.pick(CHANNELS),
        'Follow-up',
        isPast ? '' : replied,
      ]),
    );
    count++;
    day += Math.max(1, Math.round(exponential(random, profile.outboundInterval)));
  }
  return count;
}
