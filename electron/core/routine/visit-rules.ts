// The visit plan's rule (入户走访频次, docs/routine.md "Household visits"), in one place. Pure:
// visit-queries.ts loads the facts and calls these.
// - Each household follows its class's rule: at least `times` visits in each calendar month,
//   quarter or year (DEFAULT_VISIT_PLAN, editable); and every household at least `yearly`
//   times in each calendar year.
// - Today a household is overdue when a period of a rule ended short and it has had no visit
//   since that period ended; due when the current period of a rule still lacks visits; done
//   otherwise. (A class-2 household with one visit in March is overdue on 1 April, and stays so
//   until its next visit.)
// - The next visit is planned by spreading a period's visits evenly: of 2 a month, the first by
//   the 15th (or 14th …), the second by the month's end; 本周应访 are the due ones planned by Sunday.
// - Period figures count the rule periods wholly inside the query period: those ended before
//   today as required/done/missed, the one running today as open.
import type { VisitPer, VisitPlanSettings, VisitRule, VisitClassKind } from '../../../shared/routine/visit-classes';
import type { MissedPeriod, PlanStatus } from '../../../shared/routine/visit-types';
import { addDays, parseDate } from '../calendar/dates';

export interface Span {
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar month, quarter or year holding `date`. */
export function periodOf(per: VisitPer, date: string): Readonly<Span> {
  // Asked for each household of the town for the same few dates: computed once per period.
  const key = `${per}|${date}`;
  let span = spanOf.get(key);
  if (!span) {
    if (spanOf.size >= MEMO_LIMIT) spanOf.clear();
    spanOf.set(key, (span = Object.freeze(computePeriodOf(per, date))));
  }
  return span;
}

/** Memo sizes: far above the dates one screen or one report asks about, bounded all the same. */
const MEMO_LIMIT = 4096;
const spanOf = new Map<string, Readonly<Span>>();
const spansWithin = new Map<string, readonly Readonly<Span>[]>();

function computePeriodOf(per: VisitPer, date: string): Span {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const first = per === 'year' ? 1 : per === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : m;
  const months = per === 'year' ? 12 : per === 'quarter' ? 3 : 1;
  const start = `${y}-${pad(first)}-01`;
  const nextMonth = first + months;
  const next = nextMonth > 12 ? `${y + 1}-${pad(nextMonth - 12)}-01` : `${y}-${pad(nextMonth)}-01`;
  return { start, end: addDays(next, -1) };
}

/** The periods of `per` lying wholly inside [from, to], in order. */
export function periodsWithin(per: VisitPer, from: string, to: string): readonly Readonly<Span>[] {
  const key = `${per}|${from}|${to}`;
  let spans = spansWithin.get(key);
  if (!spans) {
    const out: Readonly<Span>[] = [];
    for (let p = periodOf(per, from); p.start <= to; p = periodOf(per, addDays(p.end, 1))) {
      if (p.start >= from && p.end <= to) out.push(p);
    }
    if (spansWithin.size >= MEMO_LIMIT) spansWithin.clear();
    spansWithin.set(key, (spans = Object.freeze(out)));
  }
  return spans;
}

const daysBetween = (a: string, b: string) => parseDate(b) - parseDate(a);

/** Visits (sorted dates) within [start, end]. */
export function countIn(dates: readonly string[], start: string, end: string): number {
  let n = 0;
  for (const d of dates) if (d >= start && d <= end) n++;
  return n;
}

/** The rules a household of `kind` follows: its class's, and the yearly floor (rules asking 0 visits dropped). */
export function rulesOf(plan: VisitPlanSettings, kind: VisitClassKind): { rule: VisitRule; yearly: boolean }[] {
  const out = [{ rule: plan.rules[kind], yearly: false }];
  if (plan.yearly > 0) out.push({ rule: { per: 'year', times: plan.yearly }, yearly: true });
  return out.filter((r) => r.rule.times > 0);
}

export interface HouseholdStanding {
  status: PlanStatus;
  /** The class rule's current period and its visits. */
  period: Span;
  done: number;
  required: number;
  nextBy: string | null;
  missed: MissedPeriod | null;
}

/** A household's standing on `today`, from its visit dates (sorted, none after today). */
export function standingOf(plan: VisitPlanSettings, kind: VisitClassKind, dates: readonly string[], today: string): HouseholdStanding {
  const classRule = plan.rules[kind];
  const classPeriod = periodOf(classRule.per, today);
  let due = false;
  let nextBy: string | null = null;
  let missed: MissedPeriod | null = null;
  for (const { rule } of rulesOf(plan, kind)) {
    const cur = periodOf(rule.per, today);
    const done = countIn(dates, cur.start, today);
    if (done < rule.times) {
      due = true;
      const length = daysBetween(cur.start, cur.end) + 1;
      const by = addDays(cur.start, Math.ceil(((done + 1) * length) / rule.times) - 1);
      if (nextBy === null || by < nextBy) nextBy = by;
    }
    const prev = periodOf(rule.per, addDays(cur.start, -1));
    const donePrev = countIn(dates, prev.start, prev.end);
    if (donePrev < rule.times && done === 0 && !missed) missed = { per: rule.per, start: prev.start, end: prev.end, done: donePrev, required: rule.times };
  }
  return {
    status: missed ? 'overdue' : due ? 'due' : 'done',
    period: classPeriod,
    done: countIn(dates, classPeriod.start, today),
    required: classRule.times,
    nextBy,
    missed,
  };
}

export interface PeriodFigures {
  required: number;
  done: number;
  /** A class-rule or yearly period ended short. */
  short: boolean;
  /** A whole calendar year ended below the yearly floor. */
  yearlyShort: boolean;
  open: number;
  /** Visits within [from, to]. */
  visits: number;
}

/** A class-rule period the completion rate counts: wholly inside the query period and ended before today. */
export interface CountedPeriod extends Span {
  /** Visits the rule asks in the period. */
  times: number;
  /** The visits in the period, in date order. */
  dates: string[];
  /** Visits counted: at most `times`. */
  done: number;
}

/**
 * The one place the completion rate's periods are chosen: the class rule's periods wholly inside
 * [from, to] that ended before today (the yearly floor is not a completion period). figuresOf
 * sums them; the assessment's drill-down lists them visit by visit.
 */
export function countedPeriods(plan: VisitPlanSettings, kind: VisitClassKind, dates: readonly string[], from: string, to: string, today: string): CountedPeriod[] {
  const out: CountedPeriod[] = [];
  for (const { rule, yearly } of rulesOf(plan, kind)) {
    if (yearly) continue;
    for (const p of periodsWithin(rule.per, from, to)) {
      if (p.end >= today) continue;
      const inside = dates.filter((d) => d >= p.start && d <= p.end);
      out.push({ ...p, times: rule.times, dates: inside, done: Math.min(inside.length, rule.times) });
    }
  }
  return out;
}

/** A household's figures over [from, to] on `today` (see the head of this file). */
export function figuresOf(plan: VisitPlanSettings, kind: VisitClassKind, dates: readonly string[], from: string, to: string, today: string): PeriodFigures {
  const f: PeriodFigures = { required: 0, done: 0, short: false, yearlyShort: false, open: 0, visits: countIn(dates, from, to) };
  for (const { rule, yearly } of rulesOf(plan, kind)) {
    for (const p of periodsWithin(rule.per, from, to)) {
      if (p.start > today) continue;
      const n = countIn(dates, p.start, p.end);
      if (p.end >= today) {
        if (!yearly) f.open += Math.max(0, rule.times - n);
        continue;
      }
      if (n < rule.times) {
        f.short = true;
        if (yearly) f.yearlyShort = true;
      }
    }
  }
  for (const p of countedPeriods(plan, kind, dates, from, to, today)) {
    f.required += p.times;
    f.done += p.done;
  }
  return f;
}
