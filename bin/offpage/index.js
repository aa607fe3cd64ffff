// study-explainers/offpage: the off-page outputs as functions, the same
// code as `study-explainers handout|card|image`. Each needs the system Chromium and puppeteer-core,
// and rejects with a RequestProblem or a MissingPiece whose message is one line.
export { handout } from './handout.js';
export { card } from './card.js';
export { image } from './image.js';
export { MissingPiece, RequestProblem } from './problem.js';
