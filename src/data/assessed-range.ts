/**
 * The analyst's assessed range of a measure in words: ICD 203's likelihood terms with their probability
 * bands, and one sentence that states the range, as the chart's label, caption, summary and exports print it.
 */
import { formatIsoDate, formatNumber } from '../lib/format';
import type { AnalystConfidence, AssessedRange, Likelihood } from './schema';

/** ICD 203 (Analytic Standards, 2015): the words and the probability each stands for. */
export const LIKELIHOOD: Record<Likelihood, { words: string; band: string }> = {
  'almost-no-chance': { words: 'almost no chance', band: '1–5 %' },
  'very-unlikely': { words: 'very unlikely', band: '5–20 %' },
  unlikely: { words: 'unlikely', band: '20–45 %' },
  'roughly-even-chance': { words: 'roughly even chance', band: '45–55 %' },
  likely: { words: 'likely', band: '55–80 %' },
  'very-likely': { words: 'very likely', band: '80–95 %' },
  'almost-certain': { words: 'almost certain', band: '95–99 %' },
};

export const CONFIDENCE_LABEL: Record<AnalystConfidence, string> = {
  low: 'low confidence',
  moderate: 'moderate confidence',
  high: 'high confidence',
};

/** "likely (55–80 %)" */
export function likelihoodText(likelihood: Likelihood): string {
  const { words, band } = LIKELIHOOD[likelihood];
  return `${words} (${band})`;
}

/** "1,500–4,000, best 3,000" */
export function rangeNumbers(range: Pick<AssessedRange, 'low' | 'best' | 'high'>): string {
  return `${formatNumber(range.low)}–${formatNumber(range.high)}, best ${formatNumber(range.best)}`;
}

/**
 * The range as one sentence: "Analyst's assessment (as of 23 Dec 2024): likely (55–80 %) between 1,500 and
 * 4,000 killed and wounded, best estimate 3,000; moderate confidence."
 */
export function describeAssessedRange(range: AssessedRange, measureLabel: string): string {
  const confidence = range.confidence ? `; ${CONFIDENCE_LABEL[range.confidence]}` : '';
  return (
    `Analyst’s assessment (as of ${formatIsoDate(range.asOf)}): ${likelihoodText(range.likelihood)} ` +
    `between ${formatNumber(range.low)} and ${formatNumber(range.high)} ${measureLabel.toLowerCase()}, ` +
    `best estimate ${formatNumber(range.best)}${confidence}.`
  );
}

/** The range of one measure, if the analyst assessed it. */
export function rangeOf(ranges: readonly AssessedRange[], measure: string): AssessedRange | null {
  return ranges.find((r) => r.measure === measure) ?? null;
}
