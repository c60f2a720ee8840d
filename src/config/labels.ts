/** Display names for the schema's fixed vocabularies, shared by every view and export. */
import type { Category, Credibility, Origin, Reliability } from '../data/schema';

export const CATEGORY_LABEL: Record<Category, string> = {
  deployment: 'Deployment',
  equipment: 'Equipment',
  pact: 'Pact',
  'casualty-estimate': 'Casualty estimate',
  identity: 'Identity',
  border: 'Border',
  assessment: 'Assessment',
  acknowledgement: 'Acknowledgement',
};

export const ORIGIN_LABEL: Record<Origin, string> = {
  article: 'Article',
  context: 'Context',
  'later-context': 'Later context',
};

export const RELIABILITY_LABEL: Record<Reliability, string> = {
  A: 'A — completely reliable',
  B: 'B — usually reliable',
  C: 'C — fairly reliable',
  D: 'D — not usually reliable',
  E: 'E — unreliable',
  F: 'F — reliability cannot be judged',
};

export const CREDIBILITY_LABEL: Record<Credibility, string> = {
  1: '1 — confirmed by other sources',
  2: '2 — probably true',
  3: '3 — possibly true',
  4: '4 — doubtful',
  5: '5 — improbable',
  6: '6 — truth cannot be judged',
};
