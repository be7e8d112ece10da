/**
 * Cycles in a graph where every node points to at most one other (a person to their supervisor,
 * a key result to its parent). Each cycle is returned once, in pointing order, e.g. [A, B, C] for
 * A → B → C → A; a node pointing at itself is a cycle of one.
 */
export function findCycles(next: ReadonlyMap<string, string | null>): string[][] {
  const done = new Set<string>();
  const cycles: string[][] = [];
  for (const start of next.keys()) {
    // Stryker disable next-line ConditionalExpression: equivalent; a walk from a finished node stops at once (the while checks done too), this only skips it
    if (done.has(start)) continue;
    // Stryker disable next-line ArrayDeclaration: equivalent; positions in onPath are taken from path itself, so a leading element shifts both alike
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let node: string | null | undefined = start;
    while (node != null && !done.has(node) && !onPath.has(node)) {
      onPath.set(node, path.length);
      path.push(node);
      node = next.get(node);
    }
    if (node != null && onPath.has(node)) cycles.push(path.slice(onPath.get(node)));
    for (const visited of path) done.add(visited);
  }
  return cycles;
}
