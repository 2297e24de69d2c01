/** Records what elements print to the console, so tests can assert on the site author's messages. */
export interface ConsoleSpy {
  warnings: string[];
  errors: string[];
  restore(): void;
}

export function spyOnConsole(): ConsoleSpy {
  const { warn, error } = console;
  const spy: ConsoleSpy = {
    warnings: [],
    errors: [],
    restore() {
      console.warn = warn;
      console.error = error;
    },
  };
  console.warn = (...args: unknown[]) => spy.warnings.push(args.join(' '));
  console.error = (...args: unknown[]) => spy.errors.push(args.join(' '));
  return spy;
}
