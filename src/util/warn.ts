const PREFIX = '[study-explainers]';

/** Console warning with the package prefix, so site owners can tell where it came from. */
export function warn(message: string): void {
  console.warn(`${PREFIX} ${message}`);
}

/** Warns once per `key` for the owner (an element, a class): repeats would bury the console. */
export function warnOnce(owner: object, key: string, message: string): void {
  let keys = warned.get(owner);
  if (!keys) warned.set(owner, (keys = new Set()));
  if (keys.has(key)) return;
  keys.add(key);
  warn(message);
}

const warned = new WeakMap<object, Set<string>>();

/** warnOnce for an element, its tag first: `<evidence-badge>: …`. */
export function warnElement(element: Element, key: string, message: string): void {
  warnOnce(element, key, `<${element.localName}>: ${message}`);
}
