// The off-page commands of bin/study-explainers.js: handout, card, image. Each writes its files
// and one line naming them on standard error; a problem is one line and exit code 1 (2 for usage).
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { MissingPiece, RequestProblem } from './problem.js';

export const OFFPAGE_COMMANDS = ['handout', 'card', 'image'];

/** `card.png` → `card.alt.txt` (or `.html`): the files beside an image. */
const besideFile = (file, ext) => `${file.replace(/\.png$/i, '')}${ext}`;

const FLAGS = new Set(['--square']);

/** Options as { name: value } (flags true); `--doc` read as JSON by `readJson`. */
function parse(args, { readJson, fail, usage }) {
  const options = { attributes: {} };
  for (let i = 0; i < args.length; i += 1) {
    const option = args[i];
    if (FLAGS.has(option)) {
      options[option.slice(2)] = true;
      continue;
    }
    const value = args[i + 1];
    if (!option.startsWith('--')) fail(`Unexpected '${option}'.\n\n${usage}`);
    if (value === undefined) fail(`${option} needs a value.\n\n${usage}`);
    i += 1;
    if (option === '--doc') options.document = readJson(value, console.error);
    else if (option === '--attr' && value.includes('=')) options.attributes[value.slice(0, value.indexOf('='))] = value.slice(value.indexOf('=') + 1);
    else if (['--lang', '--audience', '--out', '--paper', '--url'].includes(option)) options[option.slice(2)] = value;
    else if (['--width', '--step'].includes(option)) {
      if (!/^\d+$/.test(value)) fail(`${option} '${value}': a whole number.`);
      options[option.slice(2)] = Number(value);
    } else fail(`Unknown option '${option}'.\n\n${usage}`);
  }
  return options;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

/** Runs `command` with `args`; `tools` are the main script's readJson, fail, printable and usage. */
export async function offPageCommand(command, args, tools) {
  const { fail, printable, usage } = tools;
  const positional = command === 'image' ? args[0] : undefined;
  if (command === 'image' && (!positional || positional.startsWith('-'))) fail(usage);
  const options = parse(command === 'image' ? args.slice(1) : args, tools);
  if (!options.out) fail(`study-explainers ${command}: --out <file> is needed.\n\n${usage}`);
  const started = Date.now();
  try {
    if (command === 'handout') {
      const { handout } = await import('./handout.js');
      const pdf = await handout(options);
      writeFileSync(options.out, pdf);
      console.error(`study-explainers handout: wrote ${options.out} (${kb(pdf.length)}, ${Date.now() - started} ms)`);
    } else if (command === 'card') {
      const { card } = await import('./card.js');
      const result = await card(options);
      writeFileSync(options.out, result.png);
      writeFileSync(besideFile(options.out, '.alt.txt'), `${result.alt}\n`);
      console.error(`study-explainers card: wrote ${options.out} (${result.width} × ${result.height}, ${kb(result.png.length)}) and its alt text, ${Date.now() - started} ms`);
    } else {
      const { image } = await import('./image.js');
      const result = await image({ ...options, tag: positional, file: basename(options.out) });
      writeFileSync(options.out, result.png);
      writeFileSync(besideFile(options.out, '.alt.txt'), `${result.alt}\n`);
      writeFileSync(besideFile(options.out, '.html'), result.html);
      console.error(
        `study-explainers image: wrote ${options.out} (${result.width * 2} × ${result.height * 2} px for ${result.width} px, ${kb(result.png.length)}), its alt text and email snippet, ${Date.now() - started} ms`,
      );
    }
  } catch (error) {
    if (error instanceof MissingPiece || error instanceof RequestProblem) {
      console.error(printable(`study-explainers ${command}: ${error.message}`));
      process.exit(1);
    }
    throw error;
  }
  process.exit(0);
}
