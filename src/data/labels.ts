/**
 * Display names for the schema's fixed vocabularies, shared by every view and export. A dataset's own
 * vocabularies (its categories, measures) carry their labels in the data.
 */
import type { Credibility, DocumentKind, Origin, PlaceKind, Reliability, SourceKind } from './schema';

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

/** What a source without a reliability grade shows: not graded is not F ("cannot be judged"). */
export const NOT_GRADED = 'not graded';

/** A grade as a short mark beside a name: "B", or "–" for a source not graded. */
export function gradeMark(grade: Reliability | undefined): string {
  return grade ?? '–';
}

/** A grade in words: "B — usually reliable", or "not graded". */
export function reliabilityLabel(grade: Reliability | undefined): string {
  return grade === undefined ? NOT_GRADED : RELIABILITY_LABEL[grade];
}

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  military: 'Military',
  intelligence: 'Intelligence service',
  'head-of-state': 'Head of state',
  government: 'Government',
  'international-organisation': 'International organisation',
  media: 'Media outlet',
  'social-media-account': 'Social-media account',
  ngo: 'NGO',
  'research-group': 'Research group',
  unattributed: 'Unattributed',
  other: 'Other',
};

export const DOCUMENT_KIND_LABEL: Record<DocumentKind, string> = {
  'news-report': 'News report',
  'wire-copy': 'Wire copy',
  statement: 'Statement',
  'press-release': 'Press release',
  'social-post': 'Social-media post',
  briefing: 'Briefing',
  interview: 'Interview',
  transcript: 'Transcript',
  'research-report': 'Research report',
  other: 'Document',
};

export const PLACE_KIND_LABEL: Record<PlaceKind, string> = {
  city: 'city',
  town: 'town',
  village: 'village',
  site: 'site',
  area: 'area',
  region: 'region',
  country: 'country',
  other: 'place',
};

/** Origin is told apart by shape as well as colour (filled, outlined, hatched) in every view. */
export const ORIGIN_STYLE: Record<Origin, { fill: boolean; dash?: string }> = {
  article: { fill: true },
  context: { fill: false },
  'later-context': { fill: false, dash: '3 2' },
};
