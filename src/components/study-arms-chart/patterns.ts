import type { ChartContext } from './context.js';
import { format } from '../../util/format.js';
import { formatList } from '../../i18n/locale.js';
import type { Panel, Row } from './facts.js';

/**
 * What an outcome's results say across the groups, apart from their directions: who is compared
 * with whom, which groups are the reference, which have no result (and the document's note on
 * them). Consecutive outcomes with the same pattern form a group, and a narrow overview states
 * the pattern once above the group (built from the chart's strings and the document's arm labels
 * and notes) instead of repeating "Reference" or "Not reported" on every row.
 */

/** One group's part in an outcome. Notes on a reference group are left out: the overview shows them in the panel only. */
type Role =
  | { arm: string; role: 'compared'; to: string[]; notStated: boolean }
  | { arm: string; role: 'reference' | 'measured' }
  | { arm: string; role: 'not-reported'; note: string };

function roleOf(row: Row): Role {
  const r = row.result;
  const arm = row.arm.id;
  if (!r || r.kind === 'not-reported') return { arm, role: 'not-reported', note: row.note };
  if (r.kind === 'measured') return { arm, role: 'measured' };
  if (r.relation === 'reference') return { arm, role: 'reference' };
  return { arm, role: 'compared', to: r.to ?? [], notStated: r.comparison === 'not-stated' };
}

/** A cell the pattern states (so a narrow row need not): no bar, no direction. */
export const statedByPattern = (row: Row) => row.mark.type === 'none' || row.mark.type === 'reference';

export interface PatternGroup {
  /** The pattern in words, one part per kind of cell ("Both compared with Control"), or none when every cell is shown on its row. */
  parts: string[];
  panels: Panel[];
}

/** The pattern in words: the compared groups and their comparison, then each stated cell's words with its groups. */
function patternWords(ctx: ChartContext, panel: Panel, roles: Role[]): string[] {
  const s = ctx.strings.chart;
  const name = (id: string) => ctx.doc.arms.arms.find((a) => a.id === id)?.shortLabel ?? id;
  const list = (ids: string[]) => formatList(ids.map(name), ctx.lang);
  // A reference named as what other groups are compared with needs no words of its own.
  const against = new Set(roles.flatMap((role) => (role.role === 'compared' ? role.to : [])));
  // Groups that share a comparison, or stated words, are named together: "Plerixafor, Both compared with Control".
  const compared = new Map<string, { notStated: boolean; to: string[]; arms: string[] }>();
  const stated = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, arm: string) => map.set(key, [...(map.get(key) ?? []), arm]);
  for (const [i, role] of roles.entries()) {
    if (role.role === 'compared') {
      const key = JSON.stringify([role.notStated, role.to]);
      const group = compared.get(key) ?? { notStated: role.notStated, to: role.to, arms: [] };
      group.arms.push(role.arm);
      compared.set(key, group);
    } else if (statedByPattern(panel.rows[i]) && !(role.role === 'reference' && against.has(role.arm))) {
      add(stated, role.role === 'not-reported' ? role.note || s.cellNotReported : s.cellReference, role.arm);
    }
  }
  const parts = [...compared.values()].map(({ notStated, to, arms }) =>
    notStated || !to.length ? format(s.groupNotStated, { arms: list(arms) }) : format(s.groupVersus, { arms: list(arms), to: list(to) }),
  );
  // One stated result for every group not yet named: "Not reported: the other groups".
  const named = new Set([...compared.values()].flatMap((group) => group.arms).concat([...against]));
  const rest = [...stated.values()][0] ?? [];
  const others = stated.size === 1 && named.size > 0 && named.size + rest.length === roles.length;
  for (const [words, arms] of stated) parts.push(format(s.groupStated, { words, arms: others ? s.groupOthers : list(arms) }));
  return parts;
}

/** Consecutive outcomes with the same pattern, in document order. */
export function patternGroups(ctx: ChartContext, panels: Panel[]): PatternGroup[] {
  const groups: Array<PatternGroup & { key: string }> = [];
  for (const panel of panels) {
    const roles = panel.rows.map(roleOf);
    // Equal keys, same pattern.
    const key = JSON.stringify(roles);
    const last = groups[groups.length - 1];
    if (last?.key === key) last.panels.push(panel);
    else groups.push({ key, parts: patternWords(ctx, panel, roles), panels: [panel] });
  }
  return groups.map(({ parts, panels }) => ({ parts, panels }));
}
