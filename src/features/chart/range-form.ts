/**
 * The assessed-range editor's form as plain data: what it starts from, and the range it makes — checked by
 * the same zod schema that checks a dataset file, each problem named by its field.
 */
import {
  AssessedRangeSchema,
  type AnalystConfidence,
  type AssessedRange,
  type Likelihood,
} from '../../data/schema';

export interface RangeForm {
  low: string;
  best: string;
  high: string;
  asOf: string;
  likelihood: Likelihood;
  confidence: AnalystConfidence | '';
  reasoning: string;
  /** Cited claims and events, as row ids. */
  cites: string[];
}

export type RangeField = 'low' | 'best' | 'high' | 'asOf' | 'likelihood' | 'confidence' | 'reasoning';

export function initialForm(range: AssessedRange | null, asOf: string): RangeForm {
  if (!range) {
    return {
      low: '',
      best: '',
      high: '',
      asOf,
      likelihood: 'likely',
      confidence: '',
      reasoning: '',
      cites: [],
    };
  }
  return {
    low: String(range.low),
    best: String(range.best),
    high: String(range.high),
    asOf: range.asOf,
    likelihood: range.likelihood,
    confidence: range.confidence ?? '',
    reasoning: range.reasoning,
    cites: [...range.claimIds, ...range.eventIds],
  };
}

/** A number as an analyst types it: "1,100", "1 100" and "1100" are the same; anything else is NaN. */
export function readAmount(text: string): number {
  const clean = text.replace(/[\s,\u00a0\u202f]/g, '');
  return /^\d+(\.\d+)?$/.test(clean) ? Number(clean) : NaN;
}

const FIELDS: ReadonlySet<string> = new Set([
  'low',
  'best',
  'high',
  'asOf',
  'likelihood',
  'confidence',
  'reasoning',
]);

/** The range the form describes, or what is wrong with it, by field. */
export function readForm(
  form: RangeForm,
  measure: string,
  claimIds: ReadonlySet<string>,
  now: Date,
): { ok: true; range: AssessedRange } | { ok: false; problems: Partial<Record<RangeField, string>> } {
  const problems: Partial<Record<RangeField, string>> = {};
  const amounts = { low: readAmount(form.low), best: readAmount(form.best), high: readAmount(form.high) };
  // Every field is checked at once, so one round of corrections is enough.
  for (const key of ['low', 'best', 'high'] as const) {
    if (Number.isNaN(amounts[key])) problems[key] = 'Write a whole or decimal number, such as 1,500.';
  }
  const parsed = AssessedRangeSchema.safeParse({
    measure,
    ...amounts,
    asOf: form.asOf,
    likelihood: form.likelihood,
    ...(form.confidence ? { confidence: form.confidence } : {}),
    reasoning: form.reasoning,
    claimIds: form.cites.filter((id) => claimIds.has(id)),
    eventIds: form.cites.filter((id) => !claimIds.has(id)),
    updatedAt: now.toISOString(),
  });
  if (parsed.success && Object.keys(problems).length === 0) return { ok: true, range: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const field = String(issue.path[0] ?? '');
    if (FIELDS.has(field)) problems[field as RangeField] ??= sentence(field, issue.message);
  }
  return { ok: false, problems };
}

function sentence(field: string, message: string): string {
  if (field === 'reasoning') return 'Say why: the reasoning is kept with the range.';
  if (field === 'asOf') return 'Give the date the range is assessed as of.';
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}
