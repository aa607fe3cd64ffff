/**
 * What `study-explainers/server` resolves to outside Node (the "node" export condition): a bundle
 * for browsers would otherwise carry Lit's server renderer. Widgets in a browser need only
 * `study-explainers/define` (or the loader); pre-rendered HTML comes from Node.
 */
throw new Error('study-explainers/server renders widgets in Node (server code, build scripts); it is not for browsers. In a browser, import study-explainers/define or study-explainers/react.');
export {};
