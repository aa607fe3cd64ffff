import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/base/define.js';
import { MechanismStepper } from '../../src/index.js';
import '../../src/define.js';
import { captureWarnings } from '../support/helpers.js';
import { VERSION } from '../../src/version.js';

describe('registration', () => {
  it('defining a tag twice is skipped silently when the version is the same', () => {
    const warnings = captureWarnings();
    try {
      class Copy extends MechanismStepper {}
      expect(() => defineElement('mechanism-stepper', Copy)).not.to.throw();
      expect(customElements.get('mechanism-stepper')).to.equal(MechanismStepper);
      expect(warnings.messages).to.have.length(0);
    } finally {
      warnings.restore();
    }
  });

  it('warns once when another version already holds the tag', () => {
    const warnings = captureWarnings();
    try {
      class Old extends HTMLElement {
        static version = '0.0.1';
      }
      customElements.define('x-old-version-test', Old);
      class New extends HTMLElement {}
      defineElement('x-old-version-test', New);
      defineElement('x-old-version-test', New);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('0.0.1');
    } finally {
      warnings.restore();
    }
  });

  it('classes can be registered under another name', () => {
    class Renamed extends MechanismStepper {}
    defineElement('x-renamed-stepper', Renamed);
    expect(document.createElement('x-renamed-stepper')).to.be.instanceOf(MechanismStepper);
  });

  it('VERSION matches package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
