/**
 * The host attribute that puts a pre-rendered widget in its static layout (all of its content,
 * none of the controls that need script): the loader sets it when the widget's code could not be
 * loaded. No imports, so the loader carries only this name.
 */
export const STATIC_ATTRIBUTE = 'data-explainer-static';
