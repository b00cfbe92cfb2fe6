import { Profile } from '../count/profile';
import { ElectionSetup } from '../election';

/**
 * Named tie-break orders (issue 4). Every tie in every rule — equal greedy scores, equal MES ρ — goes to
 * the project earlier in this order. In production the cycle publishes its order before the vote; for
 * replays, `file` is how cities order equal scores (README: "ties keep the PROJECTS file order") and
 * `cost` is the Equal Shares convention (README, add1: "lower cost, then more supporters").
 */
export const TIE_BREAKS = ['cost', 'file', 'id'] as const;
export type TieBreakName = (typeof TIE_BREAKS)[number];

export function isTieBreakName(name: string): name is TieBreakName {
  return (TIE_BREAKS as readonly string[]).includes(name);
}

/** rank[project]: 0 is the most preferred; a total order, so no tie survives. */
export function tieBreakRanks(name: TieBreakName, setup: ElectionSetup, profile: Profile): Int32Array {
  const projects = setup.projects;
  const byId = (a: number, b: number): number => compareStrings(projects[a].id, projects[b].id);
  const order = projects.map((_, i) => i);
  if (name === 'id') {
    order.sort(byId);
  } else if (name === 'cost') {
    order.sort((a, b) => {
      const costA = projects[a].cost;
      const costB = projects[b].cost;
      const votes = profile.supporters[b] - profile.supporters[a];
      return costA !== costB ? (costA < costB ? -1 : 1) : votes !== 0 ? votes : byId(a, b);
    });
  }
  const ranks = new Int32Array(projects.length);
  order.forEach((project, rank) => (ranks[project] = rank));
  return ranks;
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
