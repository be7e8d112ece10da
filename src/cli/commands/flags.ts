/** `--name value` / `--name=value` options of the schedule and holidays commands. */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string>;
  /** An option not in `known`, or one given without its value: the command answers with its usage. */
  bad: boolean;
}

export function parseArgs(args: readonly string[], known: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  let bad = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (!known.includes(name) || value === undefined || flags.has(name)) bad = true;
    else flags.set(name, value);
  }
  return { positional, flags, bad };
}
