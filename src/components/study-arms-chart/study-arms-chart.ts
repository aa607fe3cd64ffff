import { html, nothing, type PropertyDeclarations } from 'lit';
import { ExplainerElement } from '../../base/explainer-element.js';
import { baseStyles } from '../../base/tokens.styles.js';
import { heading } from '../../base/heading.js';
import { pickEnum } from '../../util/enum-value.js';
import { format } from '../../util/format.js';
import { inlineStyle } from '../../base/inline-style.js';
import { formatList } from '../../i18n/locale.js';
import { exampleNotice, sourceLine } from '../../base/source-line.js';
import { buildGrid, buildPanel, buildTable, shownOutcomes, toCsv, type Panel, type Table } from './facts.js';
import type { Outcome } from '../../content/types.js';
import { panelTemplate, patternDefs, shape, swatch } from './marks.js';
import { overviewTemplate } from './overview.js';
import { staticStyles, styles } from './study-arms-chart.styles.js';
import { chartStrings } from './study-arms-chart.strings.js';
import { elementStrings } from '../../i18n/ui-strings.js';
import type { ChartContext, ChartOwnStrings } from './context.js';
import { CHART_VIEWS, type ChartView } from '../../manifest/study-arms-chart.js';
import type { OptionDefault, SectionOf, StringsKeyOf } from '../../manifest/widgets.js';


/**
 * @tagname study-arms-chart
 * @summary The treatment groups of a study and what happened in each, drawn only from what the source reports.
 *
 The default view (`view="chart"`) is one takeaway sentence and an outcomes × groups overview:
 * an arrow and a word per group, the stated ratio as the only bars; each outcome's button opens
 * its full panel below it (Up/Down/Home/End move between outcomes). `view="panels"` shows every
 * panel at once: a line per group, measured values as bars from zero on a labelled axis, a ratio
 * the source states as a bar in "times the reference group" units, a direction without a size as
 * an arrow with words, a missing result as "Not reported in the source". The same facts are
 * available as a table (`view="table"`) and as CSV.
 *
 * @csspart base - The element's box.
 * @csspart figure - The `<figure>` holding caption, controls and chart or table.
 * @csspart caption - The `<figcaption>`: title, summary, how to read, design, source.
 * @csspart heading - The main heading (the takeaway title).
 * @csspart takeaway - The one takeaway sentence of the overview (`view="chart"`).
 * @csspart summary - The plain sentence that says where the results come from (in mice).
 * @csspart how-to-read - The short "how to read this".
 * @csspart design - The design of the experiment in one line.
 * @csspart notice - The "example only" notice on made-up documents.
 * @csspart source - The source line with links to the paper and the news report.
 * @csspart key - The list of groups with their shapes and patterns.
 * @csspart controls - The row of buttons (table/chart toggle, CSV download).
 * @csspart toggle - The button that switches between chart and table.
 * @csspart download - The "Download data (CSV)" button.
 * @csspart overview - The outcomes × groups overview (`view="chart"`).
 * @csspart overview-row - One outcome's row in the overview.
 * @csspart outcome-button - The button that opens an outcome's full panel in the overview.
 * @csspart overview-cell - One result (one group, or neighbouring groups that share it) in the overview.
 * @csspart panels - The list of outcome panels.
 * @csspart panel - One outcome panel.
 * @csspart panel-heading - An outcome panel's heading.
 * @csspart row - One group's line in a panel (also `highlight` on the highlighted group).
 * @csspart highlight - The highlighted group's line.
 * @csspart arm-label - A group's name in a panel.
 * @csspart value - A group's value label ("2×", "1× (reference)", "42 days").
 * @csspart bar - A bar (measured value or ratio).
 * @csspart interval - The interval drawn over a bar.
 * @csspart direction - A direction mark (arrow, equals sign or reference ring).
 * @csspart axis - The tick labels and axis title under a panel's bars.
 * @csspart table-wrap - The scrollable box around the table.
 * @csspart table - The results `<table>`.
 * @csspart error - The error message shown when content cannot be used.
 *
 * @cssprop --se-font-family - Font family.
 * @cssprop --se-font-size - Base font size (default 1rem).
 * @cssprop --se-text-color - Text colour.
 * @cssprop --se-muted-color - Secondary text colour.
 * @cssprop --se-surface-color - Background colour.
 * @cssprop --se-subtle-color - Background of quiet panels.
 * @cssprop --se-border-color - Border colour.
 * @cssprop --se-accent-color - Accent colour (links, current step, highlights).
 * @cssprop --se-accent-text-color - Text on the accent colour.
 * @cssprop --se-focus-color - Focus ring colour.
 * @cssprop --se-error-color - Error accent colour.
 * @cssprop --se-radius - Corner radius.
 * @cssprop --se-block-margin - Space above and below the widget (default 1.5rem; 0 removes it).
 * @cssprop --se-space - Base spacing.
 * @cssprop --se-chart-ink-color - Colour of bars and marks (default: a dark grey, light grey in dark theme).
 *
 * @event explainer-ready - The content has rendered. Detail: `{ origin, lang }`.
 * @event explainer-error - Content could not be used. Detail: `{ reason, path, message }` (ExplainerEventMap): `reason` is what readers are told, `path` and `message` the technical problem.
 *
 * @slot - Fallback content (plain text and lists): shown before the element upgrades, without JavaScript and while a `src` document loads; hidden once the content renders.
 */
export class StudyArmsChart extends ExplainerElement<SectionOf<'study-arms-chart'>, ChartOwnStrings> {
  static override styles = [baseStyles, styles, staticStyles];
  protected static override uiStrings = elementStrings('chart' satisfies StringsKeyOf<'study-arms-chart'>, chartStrings);
  protected static override section: SectionOf<'study-arms-chart'> = 'arms';
  // Declared without decorators, as in ExplainerElement (smaller bundle).
  static override properties: PropertyDeclarations = {
    outcome: { reflect: true },
    view: { reflect: true },
    highlight: { reflect: true },
  };

  /** Id of one outcome to show; unset (or unknown, with a warning) shows every outcome. */
  outcome?: string;

  /** `chart` (default: takeaway and overview), `panels` (every outcome's full panel) or `table`. */
  view?: string;

  /** Id of an arm to emphasise in every panel and in the table. */
  highlight?: string;

  private lastContext?: ChartContext;

  /** Outcomes whose full panel is open in the overview. */
  private expanded = new Set<string>();

  /** The shown results as CSV text (the same rows and columns as the table). */
  getCsv(): string {
    const ctx = this.lastContext;
    return ctx ? toCsv(buildTable(ctx, shownOutcomes(ctx, this.knownOutcome(ctx)))) : '';
  }

  /** Saves the CSV as a file, made in the browser (no network). */
  downloadCsv() {
    const ctx = this.lastContext;
    if (!ctx) return;
    // A byte-order mark so spreadsheet programs read the accents as UTF-8.
    const blob = new Blob(['\ufeff', this.getCsv()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = format(ctx.strings.chart.csvFile, { id: ctx.doc.id });
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private get resolvedView(): ChartView {
    return pickEnum(this.view, CHART_VIEWS, 'chart' satisfies OptionDefault<'study-arms-chart', 'view'>, (bad) => this.warn(`view:${bad}`, `invalid view '${bad}'; using the default.`));
  }

  private knownOutcome(ctx: ChartContext): string | undefined {
    const id = this.outcome;
    if (!id) return undefined;
    if (ctx.doc.arms.outcomes.some((o) => o.id === id)) return id;
    const valid = ctx.doc.arms.outcomes.map((o) => o.id).join(', ');
    this.warn(`outcome:${id}`, `unknown outcome '${id}'; showing all outcomes. Valid outcome ids: ${valid}.`);
    return undefined;
  }

  private knownHighlight(ctx: ChartContext): string | undefined {
    const id = this.highlight;
    if (!id) return undefined;
    if (ctx.doc.arms.arms.some((a) => a.id === id)) return id;
    const valid = ctx.doc.arms.arms.map((a) => a.id).join(', ');
    this.warn(`highlight:${id}`, `unknown arm '${id}' in highlight; nothing highlighted. Valid arm ids: ${valid}.`);
    return undefined;
  }

  private toggleOutcome(id: string) {
    if (!this.expanded.delete(id)) this.expanded.add(id);
    this.requestUpdate();
  }

  /** Up/Down/Home/End move between the overview's outcome buttons. */
  private onOverviewKey(event: KeyboardEvent) {
    const target = event.target as HTMLElement;
    if (!target.matches?.('.ov-outcome') || event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.ov-outcome')];
    const at = buttons.indexOf(target as HTMLButtonElement);
    const to = { ArrowUp: at - 1, ArrowDown: at + 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (to === undefined || at < 0) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, to))].focus();
  }

  private toggleView() {
    this.view = this.resolvedView === 'table' ? 'chart' : 'table';
  }

  protected renderContent(context: ChartContext) {
    this.lastContext = context;
    const { t, doc, headingLevel, strings } = context;
    const s = strings.chart;
    const view = this.resolvedView;
    const chosen = this.knownOutcome(context);
    const outcomes = shownOutcomes(context, chosen);
    const highlight = this.knownHighlight(context);
    // The overview is the default; one chosen outcome is shown as its full panel.
    const overview = view === 'chart' && !chosen;
    const takeaway = doc.arms.takeaway;
    // The figure's name is its title, not its whole caption (which a figure without one would take).
    return html`<figure class="figure" part="figure" aria-labelledby="chart-title">
      <figcaption class="caption" part="caption">
        ${heading(headingLevel, html`<span id="chart-title">${t(doc.arms.title)}</span>`)} ${exampleNotice(context)}
        ${overview
          ? html`<p class="summary" part="takeaway">${t(takeaway?.text ?? doc.arms.summary.text)}</p>
              <p class="how" part="how-to-read">${s.overviewHow}</p>`
          : html`<p class="summary" part="summary">${t(doc.arms.summary.text)}</p>
              ${view === 'table' ? nothing : html`<p class="how" part="how-to-read">${s.howToRead}</p>`}`}
        ${overview ? nothing : html`<p class="design" part="design"><strong>${s.design}:</strong> ${t(doc.arms.design.text)}</p>`}
        ${sourceLine(context)}
      </figcaption>
      <div class="controls" part="controls">
        <button type="button" class="toggle" part="toggle" @click=${this.toggleView}>
          ${view === 'table' ? s.showChart : s.showTable}
        </button>
        <button type="button" class="download" part="download" @click=${this.downloadCsv}>${s.download}</button>
      </div>
      ${view === 'table'
        ? this.renderTable(context, buildTable(context, outcomes), highlight)
        : overview
          ? html`${patternDefs()}
            ${overviewTemplate(context, {
              outcomes,
              panels: outcomes.map((o) => buildPanel(context, o)),
              highlight,
              expanded: this.expanded,
              toggle: (id) => this.toggleOutcome(id),
              onKey: (e) => this.onOverviewKey(e),
              detail: (panel) =>
                html`<ul class="panels single" role="list">
                  ${this.panel(context, panel, highlight)}
                </ul>`,
            })}`
          : this.renderPanels(context, outcomes, highlight)}
    </figure>`;
  }

  private panel(context: ChartContext, panel: Panel, highlight: string | undefined) {
    const sub = Math.min(6, context.headingLevel + 1);
    return panelTemplate(
      panel,
      heading(sub, context.t(panel.outcome.label), 'panel-heading', 'panel-heading'),
      context.t(panel.outcome.summary),
      context.strings.chart.directionOnly,
      highlight,
    );
  }

  private renderPanels(context: ChartContext, outcomes: Outcome[], highlight: string | undefined) {
    const { t, doc } = context;
    const s = context.strings.chart;
    return html`${patternDefs()}
      <div class="key" part="key">
        <p class="key-title">${s.groups}</p>
        <ul role="list">
          ${doc.arms.arms.map(
            (arm, i) =>
              html`<li class=${arm.id === highlight ? 'highlight' : ''}>
                ${shape(i)}${swatch(i)}<span><strong>${arm.shortLabel}</strong>${t(arm.label) !== arm.shortLabel
                  ? html`: ${t(arm.label)}`
                  : nothing}${arm.description ? html`. ${t(arm.description)}` : nothing}</span>
              </li>`,
          )}
        </ul>
      </div>
      <ul class="panels ${outcomes.length === 1 ? 'single' : ''}" part="panels" role="list" aria-label=${s.label}>
        ${outcomes.map((o) => this.panel(context, buildPanel(context, o), highlight))}
      </ul>`;
  }

  private renderTable(context: ChartContext, table: Table, highlight: string | undefined) {
    const s = context.strings.chart;
    const grid = buildGrid(context, table);
    const mark = (arms: string[]) => (highlight && arms.includes(highlight) ? 'highlight' : '');
    const names = (arms: string[]) => formatList(arms.map((id) => grid.arms.find((a) => a.id === id)?.label ?? id), context.lang);
    return html`<div class="table-wrap" part="table-wrap" tabindex="0" role="group" aria-label=${s.tableLabel}>
      <table part="table" role="table">
        <caption>
          ${format(s.tableCaption, { title: context.t(context.doc.arms.title) })}
        </caption>
        <colgroup>
          ${grid.shares.map((share) => html`<col data-sx=${inlineStyle({ width: `${(share * 100).toFixed(1)}%` })} />`)}
        </colgroup>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">${grid.corner}</th>
            ${grid.arms.map((arm) => html`<th scope="col" role="columnheader" class=${mark([arm.id])} data-arm=${arm.id}>${arm.label}</th>`)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${grid.rows.map(
            (row) =>
              html`<tr role="row">
                <th scope="row" role="rowheader">${row.outcome}</th>
                ${row.cells.map(
                  (cell) =>
                    html`<td role="cell" class=${mark(cell.arms)} colspan=${cell.arms.length} data-arm=${cell.arms.join(' ')} data-label=${names(cell.arms)}>
                      ${cell.facts.map((fact) =>
                        fact.column === 2
                          ? html`<span class="fact" data-column=${fact.column}>${fact.text}</span>`
                          : html`<span class="fact" data-column=${fact.column}><span class="fact-name">${fact.name}:</span> ${fact.text}</span>`,
                      )}
                    </td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
