// Registers the mechanism stepper block in the editor; the controls and the live preview are shared
// (assets/editor.js). Plain browser JavaScript on the wp.* globals: no build step.
window.studyExplainersRegisterBlock('mechanism-stepper');
