import { VERSION } from '../version.js';
import { warnOnce } from '../util/warn.js';
import { errorText } from '../util/error-text.js';

type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Registers `tag` unless it is already defined: the script may be included twice, or beside
 * the ES-module build. Warns only when the other definition is a different version. Never throws.
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  try {
    const registry = globalThis.customElements;
    if (!registry) return;
    const existing = registry.get(tag) as VersionedElement | undefined;
    if (existing) {
      if (existing !== ctor && existing.version !== VERSION) {
        warnOnce(registry, tag, `<${tag}> is already defined by version ${existing.version ?? 'unknown'}; version ${VERSION} was not registered.`);
      }
      return;
    }
    registry.define(tag, ctor);
  } catch (error) {
    warnOnce(globalThis, tag, `could not define <${tag}>: ${errorText(error, String(error))}`);
  }
}
