import { LitElement, html, css } from 'lit';
import { JsonRpc } from 'jsonrpc';

/** The Sage quotas in use (per API-key fingerprint and company) and the consumers' watermarks, refreshed on demand. */
export class QwcSageQuotas extends LitElement {

    jsonRpc = new JsonRpc(this);

    static properties = {
        _quotas: { state: true },
        _consumers: { state: true }
    };

    static styles = css`
        :host { display: block; padding: 1em; }
        table { border-collapse: collapse; margin-bottom: 2em; }
        th, td { padding: 4px 12px; text-align: left; border-bottom: 1px solid var(--lumo-contrast-10pct); }
        .blocked { color: var(--lumo-error-text-color); font-weight: bold; }
    `;

    connectedCallback() {
        super.connectedCallback();
        this._refresh();
    }

    _refresh() {
        this.jsonRpc.getQuotas().then(response => this._quotas = response.result);
        this.jsonRpc.getConsumers().then(response => this._consumers = response.result);
    }

    render() {
        return html`
            <vaadin-button @click=${() => this._refresh()}>Refresh</vaadin-button>
            <h3>Quotas in use</h3>
            ${this._quotas ? this._quotaTable() : html`Loading...`}
            <h3>Consumers</h3>
            ${this._consumers ? this._consumerTable() : html`Loading...`}`;
    }

    _quotaTable() {
        return html`<table>
            <tr><th>API key</th><th>Company</th><th>Used (window)</th><th>Left (window)</th><th>Used (24 h)</th>
                <th>Left (24 h)</th><th>429s (1 h)</th><th>Blocked until</th></tr>
            ${this._quotas.map(q => html`<tr>
                <td>${q.apiKeyFingerprint}</td><td>${q.company}</td><td>${q.usedInWindow}</td>
                <td>${q.remainingInWindow}</td><td>${q.usedToday}</td><td>${q.remainingToday}</td>
                <td>${q.recentRateLimited}</td>
                <td class="${q.blockedUntil ? 'blocked' : ''}">${q.blockedUntil ? `${q.blockedUntil} (${q.blockReason})` : '-'}</td>
            </tr>`)}
        </table>`;
    }

    _consumerTable() {
        return html`<table>
            <tr><th>Route</th><th>Entity</th><th>Company</th><th>Watermark</th><th>Skipped polls</th></tr>
            ${this._consumers.map(c => html`<tr>
                <td>${c.routeId}</td><td>${c.entity}</td><td>${c.company}</td><td>${c.watermark ?? '-'}</td>
                <td>${c.skippedPolls}${c.skipReason ? ` (${c.skipReason})` : ''}</td>
            </tr>`)}
        </table>`;
    }
}
customElements.define('qwc-sage-quotas', QwcSageQuotas);
