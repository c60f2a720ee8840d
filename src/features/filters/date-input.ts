/** What a typed date bound means: open (empty), a real date on the right side of the other bound, or a problem. */
export type DateCheck = { ok: true; value: string | null } | { ok: false; problem: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function checkDate(text: string, min?: string, max?: string): DateCheck {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  const m = ISO.exec(t);
  if (!m) return { ok: false, problem: 'Type a date as YYYY-MM-DD.' };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return { ok: false, problem: 'No such date.' };
  }
  // ISO dates compare as text.
  if (min !== undefined && t < min) return { ok: false, problem: `Must be on or after ${min}.` };
  if (max !== undefined && t > max) return { ok: false, problem: `Must be on or before ${max}.` };
  return { ok: true, value: t };
}

/** The day before or after an ISO date (Up and Down step a typed bound, as a date field's arrows do). */
export function stepDate(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return date.toISOString().slice(0, 10);
}
