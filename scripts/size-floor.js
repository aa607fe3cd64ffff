// The size floor for `npm run size -- --parts`: Lit and one trivial element, nothing of ours.
import { LitElement, html } from 'lit';

class SizeFloor extends LitElement {
  render() {
    return html`<p>floor</p>`;
  }
}
customElements.define('size-floor', SizeFloor);
