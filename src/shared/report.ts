/**
 * One line for the site author, naming the element and the attribute, so a
 * typo in a pasted snippet is found from the console alone.
 */
export function reportBadInput(
  host: Element,
  attribute: string,
  problem: string,
  level: 'warn' | 'error' = 'warn',
): void {
  const message = `<${host.localName}> ${attribute}: ${problem}`;
  if (level === 'error') console.error(message);
  else console.warn(message);
}
