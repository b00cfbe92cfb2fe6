import { Decimal, parseDecimal, parseWholeNumber, rescale } from '../decimal';
import { BallotLimits, ElectionSetup, VOTE_TYPES, VoteType } from '../election';
import { TallyError } from '../errors';
import { isAbsent } from './fields';

/** The META keys the tally uses (pabulib README, "META"); the others are kept only for the writer. */
export interface MetaInfo {
  readonly budget: Decimal;
  readonly voteType: VoteType;
  readonly limits: BallotLimits;
  readonly scoreThreshold?: Decimal;
  readonly rule?: string;
}

export interface ParsedProject {
  readonly id: string;
  readonly cost: Decimal;
}

const LIMIT_KEYS: readonly (readonly [keyof BallotLimits, string])[] = [
  ['minLength', 'min_length'],
  ['maxLength', 'max_length'],
  ['minPoints', 'min_points'],
  ['maxPoints', 'max_points'],
  ['minSumPoints', 'min_sum_points'],
  ['maxSumPoints', 'max_sum_points'],
  ['defaultScore', 'default_score'],
];

export function parseMeta(entries: readonly (readonly [string, string])[]): MetaInfo {
  const meta = new Map(entries.map(([key, value]) => [key.toLowerCase(), value] as const));
  const budgetText = meta.get('budget');
  const voteType = (meta.get('vote_type') ?? '').toLowerCase();
  if (isAbsent(budgetText)) {
    throw new TallyError('missing-meta', 'META has no budget');
  }
  if (!(VOTE_TYPES as readonly string[]).includes(voteType)) {
    throw new TallyError('unknown-vote-type', `META vote_type "${voteType}" is not one of ${VOTE_TYPES.join(', ')}`);
  }
  const budget = parseDecimal(budgetText ?? '');
  if (budget.units < 0n) {
    throw new TallyError('bad-number', 'the budget is negative');
  }
  const limits: { -readonly [K in keyof BallotLimits]?: number } = {};
  for (const [field, key] of LIMIT_KEYS) {
    const text = meta.get(key);
    if (!isAbsent(text)) {
      limits[field] = parseWholeNumber(text ?? '');
    }
  }
  const threshold = meta.get('min_project_score_threshold');
  const rule = meta.get('rule');
  return {
    budget,
    voteType: voteType as VoteType,
    limits,
    ...(isAbsent(threshold) ? {} : { scoreThreshold: parseDecimal(threshold ?? '') }),
    ...(isAbsent(rule) ? {} : { rule: (rule ?? '').toLowerCase() }),
  };
}

/** `header` is lower-cased; README: project_id is the first column and cost is mandatory. */
export function checkProjectHeader(header: readonly string[]): void {
  if (header[0] !== 'project_id' || !header.includes('cost')) {
    throw new TallyError('missing-column', 'the PROJECTS header must start with project_id and have a cost column');
  }
}

export function parseProjectRow(header: readonly string[], fields: readonly string[]): ParsedProject {
  const id = fields[0] ?? '';
  const costText = fields[header.indexOf('cost')] ?? '';
  if (id === '') {
    throw new TallyError('missing-column', 'a project has no id');
  }
  if (isAbsent(costText)) {
    throw new TallyError('bad-number', `project "${id}" has no cost`);
  }
  const cost = parseDecimal(costText);
  if (cost.units < 0n) {
    throw new TallyError('negative-cost', `project "${id}" has a negative cost ${costText}`);
  }
  return { id, cost };
}

/** Brings budget and costs to one decimal scale so the rules compare plain bigints. */
export function buildSetup(meta: MetaInfo, projects: readonly ParsedProject[]): ElectionSetup {
  const scale = Math.max(meta.budget.scale, ...projects.map((project) => project.cost.scale));
  return {
    voteType: meta.voteType,
    budget: rescale(meta.budget, scale),
    scale,
    projects: projects.map((project) => ({ id: project.id, cost: rescale(project.cost, scale) })),
    limits: meta.limits,
    ...(meta.scoreThreshold === undefined ? {} : { scoreThreshold: meta.scoreThreshold }),
    ...(meta.rule === undefined ? {} : { rule: meta.rule }),
  };
}
