// `node --test test/cli/` (after `npm run build`; needs Debian's chromium): `study-explainers card`
// and `image` compared pixel by pixel with the references in test/fixtures/offpage/ (a small
// tolerance for anti-aliasing), with their sizes, alt text files and email snippet; a second run
// gives the same bytes. UPDATE_OFFPAGE_REFERENCES=1 rewrites the references (look at them first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, FIXTURES, pixelDifference, pngSize, ROOT, tempDir } from '../fixtures/offpage/support.js';

const { offPageStrings } = await import('../../dist/i18n/common.strings.js');
const { strings } = await import('../../dist/strings.js');

const dir = tempDir();
const UPDATE = process.env.UPDATE_OFFPAGE_REFERENCES === '1';
/** At most this share of pixels may differ (by more than the channel threshold) from the reference. */
const TOLERANCE = 0.002;

/** Runs the command into `name`.png in a temporary folder; the PNG and the files beside it. */
function draw(name, args) {
  const out = join(dir, `${name}.png`);
  const result = cli([...args, '--out', out]);
  assert.equal(result.status, 0, result.stderr);
  const beside = (ext) => join(dir, `${name}${ext}`);
  return {
    png: readFileSync(out),
    alt: readFileSync(beside('.alt.txt'), 'utf8'),
    html: existsSync(beside('.html')) ? readFileSync(beside('.html'), 'utf8') : undefined,
    stderr: result.stderr,
    files: { png: out, alt: beside('.alt.txt') },
  };
}

/** The drawing matches the committed reference (and its alt text file) of `name`. */
function assertLikeReference(name, drawn) {
  const reference = join(FIXTURES, `${name}.png`);
  const referenceAlt = join(FIXTURES, `${name}.alt.txt`);
  if (UPDATE) {
    copyFileSync(drawn.files.png, reference);
    copyFileSync(drawn.files.alt, referenceAlt);
  }
  const diff = pixelDifference(drawn.png, readFileSync(reference));
  assert.equal(diff.sizeMismatch, undefined, diff.sizeMismatch);
  const share = diff.differing / (diff.width * diff.height);
  assert.ok(share <= TOLERANCE, `${diff.differing} pixels (${(share * 100).toFixed(2)} %) differ from ${name}.png`);
  assert.equal(drawn.alt, readFileSync(referenceAlt, 'utf8'));
}

test('card: 1200 × 630, like its reference, with the takeaway, the evidence label, "In mice" and the source as alt text; same bytes twice', () => {
  const card = draw('card-en', ['card']);
  assert.deepEqual(pngSize(card.png), { width: 1200, height: 630 });
  assertLikeReference('card-en', card);
  assert.match(card.alt, /^In mice, plerixafor added to checkpoint inhibitors/);
  assert.match(card.alt, /Early research · Experimental study · In mice · Peer-reviewed/);
  assert.match(card.alt, /Source: PNAS, January 30, 2019 · Reported by NCI, March 11, 2019\n$/);
  assert.ok(draw('card-en-again', ['card']).png.equals(card.png), 'byte-identical on a second run');
});

test('card --square in Spanish: 1080 × 1080, like its reference', () => {
  const card = draw('card-es-square', ['card', '--lang', 'es', '--square']);
  assert.deepEqual(pngSize(card.png), { width: 1080, height: 1080 });
  assertLikeReference('card-es-square', card);
  assert.match(card.alt, /En ratones/);
  assert.match(card.alt, /Fuente: PNAS, 30 de enero de 2019/);
});

test('card of another study: its own animals ("In rats"), the example notice, never "mice"', () => {
  const card = draw('card-rats', ['card', '--doc', join(ROOT, 'docs/examples/rat-study.example.json')]);
  assert.match(card.alt, new RegExp(`^${strings.en.common.exampleNotice.replace('.', '\\.')}`));
  assert.match(card.alt, /In rats/);
  assert.doesNotMatch(card.alt, /mice/i);
});

test('image mechanism-stepper --step 6: 600 px drawn at 2×, like its reference; alt text and an email-safe snippet with the link', () => {
  const url = 'https://news.example.org/explainer';
  const image = draw('image-stepper-step6', ['image', 'mechanism-stepper', '--step', '6', '--url', url]);
  assert.equal(pngSize(image.png).width, 1200);
  assertLikeReference('image-stepper-step6', image);
  assert.match(image.alt, /^How tumors keep immune cells out, and what a drug changed in mice Step 6 of 8: In mice In mice, plerixafor thinned the tissue /);
  const { html } = image;
  assert.match(html, /^<table role="presentation"[^>]* style="[^"]+"/);
  assert.match(html, /<img src="image-stepper-step6\.png" width="600" height="\d+" alt="How tumors keep/);
  assert.ok(html.includes(`<a href="${url}"`) && html.includes(offPageStrings.en.readOnline));
  // No script, no shadow DOM, no style sheet: email clients drop them.
  assert.doesNotMatch(html, /<script|<template|<style|class=/);
  assert.ok(draw('image-stepper-step6-again', ['image', 'mechanism-stepper', '--step', '6', '--url', url]).png.equals(image.png), 'byte-identical');
});

test('image evidence-badge: like its reference; its alt text is the badge\'s text fallback', () => {
  const image = draw('image-badge', ['image', 'evidence-badge']);
  assert.equal(pngSize(image.png).width, 1200);
  assertLikeReference('image-badge', image);
  assert.match(image.alt, /Early research · Experimental study · In mice · Peer-reviewed/);
  assert.match(image.alt, /Status as of March 2019/);
  assert.doesNotMatch(image.html, /<a /, 'no link without --url');
});

test('image study-arms-chart --width 480 in Spanish: 960 px wide; a bad step or width is one line', () => {
  const image = draw('image-chart-es', ['image', 'study-arms-chart', '--lang', 'es', '--width', '480']);
  assert.equal(pngSize(image.png).width, 960);
  assert.match(image.alt, /^Qué pasó en cada grupo de ratones/);
  const badStep = cli(['image', 'mechanism-stepper', '--step', '9', '--out', join(dir, 'x.png')]);
  assert.equal(badStep.status, 1);
  assert.equal(badStep.stderr.trim(), "study-explainers image: step '9': a number from 1 to 8");
  const stepOfChart = cli(['image', 'study-arms-chart', '--step', '1', '--out', join(dir, 'x.png')]);
  assert.equal(stepOfChart.status, 1);
  assert.match(stepOfChart.stderr, /only the mechanism-stepper has steps/);
});
