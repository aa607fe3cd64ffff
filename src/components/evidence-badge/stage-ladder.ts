import { html, svg } from 'lit';
import { STAGES, type Stage } from '../../content/types.js';
import type { BadgeStrings } from './evidence-badge.strings.js';

/**
 * The road from the lab to the clinic, this study's rung marked in words ("This study") and
 * by shape (a filled, ringed marker); later rungs are hollow. A real ordered list, so its
 * order and length are read out; `aria-current` names the rung.
 */
export function stageLadder(stage: Stage, strings: BadgeStrings) {
  const current = STAGES.indexOf(stage);
  return html`<ol class="ladder" part="ladder">
    ${STAGES.map((rung, i) => {
      const state = i < current ? 'passed' : i === current ? 'current' : 'ahead';
      return html`<li class="rung ${state}" part=${i === current ? 'rung current-rung' : 'rung'} aria-current=${i === current ? 'step' : 'false'}>
        <span class="marker" aria-hidden="true"></span>
        <span class="rung-text">
          <span class="rung-name">${strings[rung]}</span>
          ${i === current ? html`<strong class="here">${strings.thisStudy}</strong>` : ''}
        </span>
      </li>`;
    })}
  </ol>`;
}

/** A small picture of the same ladder for the pill: four rising bars, this study's filled. */
export function stageIcon(stage: Stage) {
  const current = STAGES.indexOf(stage);
  return html`<svg class="icon" part="icon" viewBox="0 0 20 16" width="20" height="16" aria-hidden="true" focusable="false">
    ${STAGES.map((_, i) => {
      const h = 4 + i * 4;
      return svg`<rect x=${1 + i * 5} y=${15 - h} width="3.5" height=${h} rx="0.75"
        class=${i === current ? 'bar on' : 'bar'} />`;
    })}
  </svg>`;
}
