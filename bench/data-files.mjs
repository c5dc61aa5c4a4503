// Writes each workload as the JSON files the pages fetch before timing starts:
// data/<id>.ours.json (our contract documents) and data/<id>.peer.json (the peers' input),
// plus data/<id>-churn.ours.json for the memory test.
import { writeFileSync } from 'node:fs';
import { generate, generateChurn } from './workloads.mjs';

/** Generates and writes the workloads `ids` and churn workloads `churnIds`; returns `{ [id]: { marks, outOfLimits } }`. */
export function writeWorkloadFiles(dataDir, ids, churnIds, validateDocument) {
  const info = {};
  for (const id of ids) {
    const w = generate(id, validateDocument);
    writeFileSync(new URL(`${id}.ours.json`, dataDir), JSON.stringify(w.ours));
    if (w.peer) writeFileSync(new URL(`${id}.peer.json`, dataDir), JSON.stringify(w.peer));
    info[id] = { marks: w.marks, outOfLimits: w.outOfLimits ?? null };
  }
  for (const id of churnIds) {
    const docs = generateChurn(id, validateDocument);
    writeFileSync(new URL(`${id}-churn.ours.json`, dataDir), JSON.stringify({ doc: docs[0], first: docs[0], docs }));
  }
  return info;
}
