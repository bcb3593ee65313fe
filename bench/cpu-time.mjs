// CPU time a process used, read from Linux's /proc, so the collector bench can say what one receipt costs each
// process whatever else the machine runs. Elsewhere it reports nothing (null).
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux the bench runs on

/** @param {number | string} pid */
function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which may itself hold spaces and brackets.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      parent: Number(fields[1]),
      own: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
      endedChildren: (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND,
    };
  } catch {
    return null;
  }
}

/**
 * CPU seconds (user and system) used so far by a process; with `children`, also by its children, running or
 * ended (PostgreSQL's server runs a process per connection).
 *
 * @example
 * const before = cpuSeconds(child.pid);
 * // … load …
 * const used = cpuSeconds(child.pid) - before;
 * @param {number} pid
 * @param {{ children?: boolean }} [options]
 * @returns {number | null}
 */
export function cpuSeconds(pid, { children = false } = {}) {
  const root = stat(pid);
  if (!root) return null;
  if (!children) return root.own;
  let total = root.own + root.endedChildren;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = stat(entry);
    if (child?.parent === pid) total += child.own;
  }
  return total;
}
