import { BallotCount, BallotCounter } from '../count/ballot-count';
import { parseWholeNumber } from '../decimal';
import { Ballot, ElectionSetup } from '../election';
import { PbFormatError, TallyError } from '../errors';
import { isAbsent, splitFields } from './fields';
import { buildSetup, checkProjectHeader, MetaInfo, parseMeta, parseProjectRow, ParsedProject } from './setup';

/** What a .pb file holds beyond the count: kept verbatim so the writer can give the file back. */
export interface PbExtras {
  /** META rows in file order, keys as written. */
  readonly meta: readonly (readonly [string, string])[];
  readonly projectColumns: readonly string[];
  /** PROJECTS rows as written (unquoted, trimmed), aligned with `projectColumns`. */
  readonly projectRows: readonly (readonly string[])[];
}

export interface PbElection {
  readonly setup: ElectionSetup;
  readonly count: BallotCount;
  readonly extras: PbExtras;
}

type Section = 'META' | 'PROJECTS' | 'VOTES';
const SECTIONS: readonly Section[] = ['META', 'PROJECTS', 'VOTES'];

interface VoteColumns {
  readonly width: number;
  readonly vote: number;
  readonly points: number;
}

/**
 * Line-at-a-time .pb reader (format: pabulib README, "The .pb format"). Votes go straight into a
 * BallotCounter, so a file of a million ballots is never held as a million objects. Every error names
 * its 1-based line.
 */
export class PbReader {
  private line = 0;
  private section: Section | undefined;
  private header: string[] | undefined;
  private readonly meta: [string, string][] = [];
  private readonly projectRows: string[][] = [];
  private readonly projects: ParsedProject[] = [];
  private readonly projectIds = new Set<string>();
  private metaInfo: MetaInfo | undefined;
  private setup: ElectionSetup | undefined;
  private counter: BallotCounter | undefined;
  private votes: VoteColumns | undefined;

  push(rawLine: string): void {
    this.line++;
    const text = this.line === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (text.trim() === '') {
      return;
    }
    try {
      this.accept(text);
    } catch (error) {
      if (error instanceof PbFormatError || !(error instanceof TallyError)) {
        throw error;
      }
      throw new PbFormatError(error.code, this.line, error.message, { cause: error });
    }
  }

  finish(): PbElection {
    if (this.counter === undefined || this.setup === undefined) {
      const missing = this.section === undefined ? 'META' : this.section === 'META' ? 'PROJECTS' : 'VOTES';
      throw new PbFormatError('missing-section', this.line + 1, `the file ends before the ${missing} section`);
    }
    return {
      setup: this.setup,
      count: this.counter.result(),
      extras: { meta: this.meta, projectColumns: this.header ?? [], projectRows: this.projectRows },
    };
  }

  private accept(text: string): void {
    const name = text.trim().toUpperCase();
    if ((SECTIONS as readonly string[]).includes(name)) {
      this.enterSection(name as Section);
    } else if (this.section === undefined) {
      throw new PbFormatError('missing-section', this.line, `expected the META section, found "${text.slice(0, 40)}"`);
    } else if (this.header === undefined || (this.section === 'VOTES' && this.votes === undefined)) {
      this.acceptHeader(splitFields(text));
    } else {
      this.acceptRow(splitFields(text));
    }
  }

  private enterSection(name: Section): void {
    const expected = SECTIONS[this.section === undefined ? 0 : SECTIONS.indexOf(this.section) + 1];
    if (name !== expected) {
      throw new PbFormatError(
        'missing-section',
        this.line,
        `expected the ${expected ?? 'end of file'} section, found ${name}`,
      );
    }
    if (this.section !== undefined && this.header === undefined) {
      throw new PbFormatError('missing-section', this.line, `the ${this.section} section has no header line`);
    }
    if (name === 'PROJECTS') {
      this.metaInfo = parseMeta(this.meta);
    }
    if (name === 'VOTES' && this.metaInfo !== undefined) {
      this.setup = buildSetup(this.metaInfo, this.projects);
      this.counter = new BallotCounter(this.setup);
    } else {
      this.header = undefined;
    }
    this.section = name;
  }

  private acceptHeader(columns: string[]): void {
    if (this.section === 'VOTES') {
      this.votes = voteColumns(columns, this.setup?.voteType === 'cumulative' || this.setup?.voteType === 'scoring');
    } else {
      this.header = columns.map((column) => column.toLowerCase());
      if (this.section === 'PROJECTS') {
        checkProjectHeader(this.header);
      }
    }
  }

  private acceptRow(fields: string[]): void {
    const width = this.section === 'VOTES' ? (this.votes?.width ?? 0) : (this.header?.length ?? 0);
    if (fields.length !== width) {
      throw new TallyError('column-count', `${this.section} row has ${fields.length} fields, the header has ${width}`);
    }
    if (this.section === 'META') {
      this.meta.push([fields[0] ?? '', fields[1] ?? '']);
    } else if (this.section === 'PROJECTS') {
      this.acceptProject(fields);
    } else if (this.votes !== undefined && this.counter !== undefined) {
      this.counter.add(parseBallot(fields, this.votes));
    }
  }

  private acceptProject(fields: string[]): void {
    const project = parseProjectRow(this.header ?? [], fields);
    if (this.projectIds.has(project.id)) {
      throw new TallyError('duplicate-project', `project id "${project.id}" appears twice`);
    }
    this.projectIds.add(project.id);
    this.projects.push(project);
    this.projectRows.push(fields);
  }
}

function voteColumns(header: string[], needsPoints: boolean): VoteColumns {
  const columns = header.map((column) => column.toLowerCase());
  const vote = columns.indexOf('vote');
  const points = columns.indexOf('points');
  if (columns.indexOf('voter_id') < 0 || vote < 0) {
    throw new TallyError('missing-column', 'the VOTES header needs voter_id and vote columns');
  }
  if (needsPoints && points < 0) {
    throw new TallyError('missing-column', 'cumulative and scoring votes need a points column');
  }
  return { width: columns.length, vote, points: needsPoints ? points : -1 };
}

/** README: `vote` is comma-separated ids, `points` parallel to it; empty ids are skipped. */
function parseBallot(fields: string[], columns: VoteColumns): Ballot {
  const voteField = fields[columns.vote] ?? '';
  const ids = isAbsent(voteField) ? [] : voteField.split(',').map((id) => id.trim());
  if (columns.points < 0) {
    return { projects: ids.filter((id) => id !== '') };
  }
  const pointsField = fields[columns.points] ?? '';
  const points = isAbsent(pointsField) ? [] : pointsField.split(',').map((value) => value.trim());
  if (points.length !== ids.length) {
    throw new TallyError('bad-ballot', `${ids.length} project ids but ${points.length} points`);
  }
  const kept = ids.map((id, i) => [id, points[i] ?? ''] as const).filter(([id]) => id !== '');
  return { projects: kept.map(([id]) => id), points: kept.map(([, value]) => parseWholeNumber(value)) };
}

export function readPb(lines: Iterable<string>): PbElection {
  const reader = new PbReader();
  for (const line of lines) {
    reader.push(line);
  }
  return reader.finish();
}

export async function readPbAsync(lines: AsyncIterable<string>): Promise<PbElection> {
  const reader = new PbReader();
  for await (const line of lines) {
    reader.push(line);
  }
  return reader.finish();
}
