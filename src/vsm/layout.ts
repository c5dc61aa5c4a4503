import type { ValueStreamState } from '../contract/value-stream.js';
import { scheduleSteps } from './schedule.js';

/** A step's place in the flow grid. */
export interface FlowNode {
  id: string;
  /** Longest chain of predecessors before it (0 = starts the journey). */
  column: number;
  /** 0 = the critical path's row; parallel branches take rows 1, 2, … below it. */
  row: number;
  /** Index into `FlowLayout.lanes` (swim lane by role); `null` for a step without a role. */
  lane: number | null;
  onCriticalPath: boolean;
}

export interface FlowEdge {
  from: string;
  to: string;
  /** Both ends are consecutive steps of the critical path. */
  critical: boolean;
}

/** A rung of the timeline ("ladder") under the map, along the critical path. */
export interface LadderSegment {
  step: string;
  kind: 'wait' | 'process';
  /** Offset from the journey's start, in `unit`. */
  start: number;
  length: number;
  /** Value-added part of `length` (0 for a wait). */
  valueAdded: number;
}

export interface FlowLayout {
  /** Number of columns and rows used. */
  columns: number;
  rows: number;
  /** In the state's listed order. */
  nodes: FlowNode[];
  /** One per predecessor link, in listed order of the step that waits. */
  edges: FlowEdge[];
  /** Distinct roles in order of first appearance. */
  lanes: string[];
  /** Two segments per critical-path step, wait then process, zero lengths included; they tile 0…leadTime. */
  ladder: LadderSegment[];
  leadTime: number;
}

/**
 * Grid and timeline for drawing one state. Columns are longest-path depths, so a step
 * sits right of everything it waits for. The critical path holds row 0; every other step
 * takes, in listed order, the first free row of its column at or below the highest row of
 * its predecessors, so a parallel branch sits under the path and keeps its row.
 */
export function layoutFlow(state: ValueStreamState): FlowLayout {
  const schedule = scheduleSteps(state.steps);
  const path = schedule.criticalPath;
  const onPath = new Set(path);
  const column = new Map<string, number>();
  for (const s of schedule.steps) column.set(s.step.id, Math.max(-1, ...s.predecessors.map((p) => column.get(p)!)) + 1);

  const row = new Map<string, number>();
  const used = new Map<number, Set<number>>();
  const place = (id: string, r: number) => {
    const col = column.get(id)!;
    if (!used.has(col)) used.set(col, new Set());
    const taken = used.get(col)!;
    while (taken.has(r)) r++;
    taken.add(r);
    row.set(id, r);
  };
  for (const id of path) place(id, 0);
  for (const s of schedule.steps) {
    if (onPath.has(s.step.id)) continue;
    place(s.step.id, s.predecessors.length === 0 ? 0 : Math.min(...s.predecessors.map((p) => row.get(p)!)));
  }

  const lanes = [...new Set(state.steps.flatMap((s) => (s.role === undefined ? [] : [s.role])))];
  const nodes = schedule.steps.map(({ step }): FlowNode => ({
    id: step.id,
    column: column.get(step.id)!,
    row: row.get(step.id)!,
    lane: step.role === undefined ? null : lanes.indexOf(step.role),
    onCriticalPath: onPath.has(step.id),
  }));
  const pathPredecessor = new Map(path.slice(1).map((id, i) => [id, path[i]!]));
  const edges = schedule.steps.flatMap(({ step, predecessors }) =>
    predecessors.map((p): FlowEdge => ({ from: p, to: step.id, critical: pathPredecessor.get(step.id) === p })),
  );
  const ladder = path.flatMap((id): LadderSegment[] => {
    const { step, earliestStart } = schedule.byId.get(id)!;
    return [
      { step: id, kind: 'wait', start: earliestStart, length: step.waitBefore, valueAdded: 0 },
      { step: id, kind: 'process', start: earliestStart + step.waitBefore, length: step.processTime, valueAdded: step.valueAdded },
    ];
  });
  return {
    columns: Math.max(0, ...nodes.map((n) => n.column + 1)),
    rows: Math.max(0, ...nodes.map((n) => n.row + 1)),
    nodes,
    edges,
    lanes,
    ladder,
    leadTime: schedule.leadTime,
  };
}
