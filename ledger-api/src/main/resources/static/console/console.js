// The finance console: reads the ledger's JSON API with the signed-in key and renders it.
// Money stays the API's decimal strings for display; only the charts turn them into numbers.
(function () {
    "use strict";

    const API = "/api/v1";
    // sessionStorage: the key dies with the tab and is never written to disk for later sessions.
    const KEY_STORE = "allianceLedger.apiKey";
    const PALETTE = ["#1f6feb", "#d4731c", "#2f9e5b", "#a43fb8", "#c9364b", "#0f8b8d", "#7a6a00", "#5b5f97"];

    const state = {alliances: [], alliancesCursor: null, current: null, journalCursor: null, charts: {}};

    const $ = (id) => document.getElementById(id);

    /** A problem from the API (or the network) with the detail to show the user. */
    class ApiError extends Error {
        constructor(status, message) {
            super(message);
            this.status = status;
        }
    }

    function apiKey() {
        return sessionStorage.getItem(KEY_STORE);
    }

    async function request(path, key) {
        let response;
        try {
            response = await fetch(API + path, {
                headers: {"Authorization": "Bearer " + key, "Accept": "application/json, text/csv"},
                cache: "no-store",
                credentials: "omit"
            });
        } catch (e) {
            throw new ApiError(0, "The server could not be reached: " + e.message);
        }
        if (!response.ok) {
            throw new ApiError(response.status, await problemDetail(response));
        }
        return response;
    }

    async function problemDetail(response) {
        try {
            const problem = await response.json();
            return problem.detail || problem.title || ("HTTP " + response.status);
        } catch (e) {
            return "HTTP " + response.status + " " + response.statusText;
        }
    }

    /** GET as the signed-in partner or auditor; a rejected key signs out. */
    async function get(path) {
        try {
            return await (await request(path, apiKey())).json();
        } catch (e) {
            if (e.status === 401) {
                signOut("Signed out: " + e.message);
            }
            throw e;
        }
    }

    // ---- formatting: strings in, strings out -------------------------------------------------------------

    /** "-1234567.50" -> "-1,234,567.50": groups the digits of the API's string without any arithmetic. */
    function formatAmount(amount) {
        const parts = /^([-+]?)(\d+)(\.\d+)?$/.exec(String(amount));
        if (!parts) {
            return String(amount);
        }
        return parts[1] + parts[2].replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (parts[3] || "");
    }

    function signClass(amount) {
        const text = String(amount);
        if (text.startsWith("-")) {
            return "negative";
        }
        return /[1-9]/.test(text) ? "positive" : "zero";
    }

    function formatInstant(instant) {
        return instant ? String(instant).replace("T", " ").replace(/(\d{2}:\d{2})(:\d{2}(\.\d+)?)?Z$/, "$1") : "";
    }

    /** Months from the first to the last key, so a month without activity shows as a gap, not as nothing. */
    function monthRange(keys) {
        const months = keys.filter((k) => /^\d{4}-\d{2}$/.test(k)).sort();
        if (months.length === 0) {
            return keys;
        }
        const range = [];
        let [year, month] = months[0].split("-").map(Number);
        const last = months[months.length - 1];
        for (let guard = 0; guard < 1200; guard++) {
            const key = year + "-" + String(month).padStart(2, "0");
            range.push(key);
            if (key === last) {
                break;
            }
            month = month === 12 ? 1 : month + 1;
            year = month === 1 ? year + 1 : year;
        }
        return range;
    }

    // ---- small DOM helpers (text only: API data never becomes markup) ---------------------------------------

    function el(tag, attributes, ...children) {
        const node = document.createElement(tag);
        Object.entries(attributes || {}).forEach(([name, value]) => {
            if (value !== undefined && value !== null) {
                node.setAttribute(name, value);
            }
        });
        children.flat().forEach((child) => node.append(child instanceof Node ? child : String(child)));
        return node;
    }

    /** Signed amounts (balances, journal lines) are coloured by sign; totals and transfers stay neutral. */
    function amountCell(money, signed) {
        return el("td", {class: "num" + (signed ? " " + signClass(money.amount) : ""), "data-amount": money.amount},
            formatAmount(money.amount));
    }

    function showMessage(text) {
        const message = $("message");
        message.textContent = text || "";
        message.hidden = !text;
    }

    function sectionError(section, error) {
        const box = $(section).querySelector(".error");
        box.textContent = error ? error.message : "";
        box.hidden = !error;
    }

    function busy(section, isBusy) {
        $(section).setAttribute("aria-busy", String(isBusy));
        $(section).dataset.state = isBusy ? "loading" : "loaded";
    }

    /** Runs one section's load; a failure shows in that section and leaves the others alone. */
    async function load(section, work) {
        busy(section, true);
        sectionError(section, null);
        try {
            await work();
        } catch (e) {
            sectionError(section, e);
        } finally {
            busy(section, false);
        }
    }

    // ---- sign in and out --------------------------------------------------------------------------------

    async function signIn(event) {
        event.preventDefault();
        const input = $("api-key");
        const key = input.value.trim();
        if (!key) {
            showMessage("Enter an API key.");
            input.focus();
            return;
        }
        try {
            const first = await (await request("/alliances?limit=50", key)).json();
            sessionStorage.setItem(KEY_STORE, key);
            input.value = "";
            showMessage("");
            enterWorkspace(first);
        } catch (e) {
            showMessage("Sign-in failed: " + e.message);
            input.select();
        }
    }

    function signOut(reason) {
        sessionStorage.removeItem(KEY_STORE);
        Object.values(state.charts).forEach((chart) => chart.destroy());
        state.charts = {};
        state.current = null;
        state.alliances = [];
        $("workspace").hidden = true;
        $("alliance").hidden = true;
        $("sign-out").hidden = true;
        $("sign-in").hidden = false;
        $("alliance-list").replaceChildren();
        history.replaceState(null, "", location.pathname);
        showMessage(typeof reason === "string" ? reason : "");
        $("api-key").focus();
    }

    function enterWorkspace(firstPage) {
        $("sign-in").hidden = true;
        $("workspace").hidden = false;
        $("sign-out").hidden = false;
        state.alliances = [];
        $("alliance-list").replaceChildren();
        addAlliances(firstPage);
        const wanted = decodeURIComponent(location.hash.replace(/^#/, ""));
        const alliance = state.alliances.find((a) => a.allianceId === wanted);
        if (alliance) {
            openAlliance(alliance);
        }
    }

    // ---- alliances --------------------------------------------------------------------------------------

    function addAlliances(page) {
        page.alliances.forEach((alliance) => {
            state.alliances.push(alliance);
            const partners = alliance.partners.map((p) => p.partnerId).join(", ");
            const button = el("button", {type: "button", class: "alliance-link", "data-alliance": alliance.allianceId},
                el("span", {class: "alliance-title"}, alliance.name),
                el("span", {class: "alliance-meta"},
                    el("span", {class: "badge status-" + String(alliance.status).toLowerCase()}, alliance.status),
                    " " + alliance.currency + " · " + partners));
            button.addEventListener("click", () => openAlliance(alliance));
            $("alliance-list").append(el("li", {}, button));
        });
        state.alliancesCursor = page.nextCursor;
        $("alliances-more").hidden = !page.nextCursor;
        $("alliances-empty").hidden = state.alliances.length > 0;
    }

    async function moreAlliances() {
        try {
            addAlliances(await get("/alliances?limit=50&after=" + encodeURIComponent(state.alliancesCursor)));
        } catch (e) {
            showMessage(e.message);
        }
    }

    function openAlliance(alliance) {
        state.current = alliance;
        document.querySelectorAll(".alliance-link").forEach((link) =>
            link.setAttribute("aria-current", String(link.dataset.alliance === alliance.allianceId)));
        // the alliance id (never the key) in the address, so a reload comes back to it
        history.replaceState(null, "", "#" + encodeURIComponent(alliance.allianceId));
        $("alliance").hidden = false;
        $("alliance-name").textContent = alliance.name;
        $("alliance-facts").textContent = [alliance.status, alliance.kind, alliance.currency,
            "terms v" + alliance.termsVersion, "partners " + alliance.partners.map((p) => p.partnerId).join(", "),
            "id " + alliance.allianceId].filter(Boolean).join(" · ");
        $("balances-amount-head").textContent = "Balance (" + alliance.currency + ")";
        $("settlement-amount-head").textContent = "Amount (" + alliance.currency + ")";
        $("journal-amount-head").textContent = "Amount (" + alliance.currency + ")";
        $("as-of").value = "";
        $("alliance-name").focus();
        loadBalances(alliance, "");
        load("settlement", () => renderSettlement(alliance));
        load("verification", () => renderVerification(alliance));
        load("spend", () => renderSpend(alliance));
        load("revenue", () => renderRevenue(alliance));
        load("journal", () => renderJournal(alliance, false));
    }

    function base(alliance) {
        return "/alliances/" + encodeURIComponent(alliance.allianceId);
    }

    /** True when the user opened another alliance while this answer was on its way: it is dropped. */
    function stale(alliance) {
        return state.current !== alliance;
    }

    function partnerColours(alliance) {
        const colours = {};
        alliance.partners.forEach((p, i) => {
            colours[p.partnerId] = PALETTE[i % PALETTE.length];
        });
        return colours;
    }

    // ---- balances and settlement ---------------------------------------------------------------------------

    function loadBalances(alliance, asOf) {
        const query = asOf ? "?asOf=" + encodeURIComponent(asOf) : "";
        return load("balances", async () => {
            $("balances-rows").replaceChildren();
            const report = await get(base(alliance) + "/balances" + query);
            if (stale(alliance)) {
                return;
            }
            $("balances-when").textContent = report.asOf
                ? "As of " + report.asOf + ", as known at " + formatInstant(report.knownAt) + " UTC."
                : "Latest balances.";
            const rows = report.balances.map((b) =>
                el("tr", {"data-partner": b.partnerId}, el("th", {scope: "row"}, b.partnerId), amountCell(b.balance, true)));
            $("balances-rows").replaceChildren(...(rows.length ? rows
                : [el("tr", {}, el("td", {colspan: "2", class: "help"}, "No balances yet."))]));
        });
    }

    async function renderSettlement(alliance) {
        $("settlement-rows").replaceChildren();
        const plan = await get(base(alliance) + "/settlement-plan");
        if (stale(alliance)) {
            return;
        }
        $("settlement-rows").replaceChildren(...plan.transfers.map((t) =>
            el("tr", {}, el("td", {}, t.from), el("td", {}, t.to), amountCell(t.amount))));
        $("settlement-empty").hidden = plan.transfers.length > 0;
    }

    async function renderVerification(alliance) {
        const status = $("verification-status");
        status.textContent = "Verifying…";
        status.className = "status";
        delete $("verification").dataset.ok;
        const result = await get("/audit/verify?allianceId=" + encodeURIComponent(alliance.allianceId));
        if (stale(alliance)) {
            return;
        }
        $("verification").dataset.ok = String(result.ok);
        if (result.ok) {
            status.className = "status ok";
            status.textContent = "✓ Intact: " + result.eventsChecked + " events checked, none altered or missing.";
        } else {
            const m = result.firstMismatch || {};
            status.className = "status broken";
            status.textContent = "✗ Broken after " + result.eventsChecked + " events: " + (m.stream || "") +
                " sequence " + m.sequence + ": " + (m.reason || "mismatch") + ".";
        }
    }

    // ---- charts ----------------------------------------------------------------------------------------

    function drawChart(name, canvasId, config) {
        if (state.charts[name]) {
            state.charts[name].destroy();
            delete state.charts[name];
        }
        if (typeof Chart === "undefined") {
            throw new ApiError(0, "The chart library did not load; the figures are in the table.");
        }
        state.charts[name] = new Chart($(canvasId), config);
    }

    function chartOptions(currency, stacked, exact) {
        return {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            interaction: {mode: "index", intersect: false},
            scales: {
                x: {stacked: stacked},
                y: {stacked: stacked, beginAtZero: true, title: {display: true, text: currency}}
            },
            plugins: {
                legend: {position: "bottom"},
                tooltip: {
                    callbacks: {
                        // the tooltip shows the API's exact string, not the float the bar was drawn from
                        label: (item) => item.dataset.label + ": " +
                            formatAmount(exact(item.datasetIndex, item.dataIndex)) + " " + currency
                    }
                }
            }
        };
    }

    function figuresTable(tableId, headings, rows) {
        const head = el("thead", {}, el("tr", {}, headings.map((h, i) =>
            el("th", {scope: "col", class: i === 0 ? null : "num"}, h))));
        const body = el("tbody", {}, rows.map(([key, ...amounts]) =>
            el("tr", {}, el("th", {scope: "row"}, key), amounts.map((a) => amountCell({amount: a})))));
        $(tableId).replaceChildren(head, body);
    }

    async function renderSpend(alliance) {
        const report = await get(base(alliance) + "/shared-spend?groupBy=month");
        if (stale(alliance)) {
            return;
        }
        const byMonth = new Map(report.rows.map((row) => [row.key, row]));
        const months = monthRange(report.rows.map((row) => row.key));
        const partners = alliance.partners.map((p) => p.partnerId);
        report.rows.forEach((row) => row.shares.forEach((s) => {
            if (!partners.includes(s.partnerId)) {
                partners.push(s.partnerId);
            }
        }));
        const share = (month, partner) => {
            const row = byMonth.get(month);
            const found = row && row.shares.find((s) => s.partnerId === partner);
            return found ? found.share.amount : "0";
        };
        const colours = partnerColours(alliance);
        $("spend-empty").hidden = report.rows.length > 0;
        $("spend").querySelector(".chart").hidden = report.rows.length === 0;
        figuresTable("spend-table", ["Month", "Spent", ...partners],
            months.map((m) => [m, byMonth.has(m) ? byMonth.get(m).spent.amount : "0",
                ...partners.map((p) => share(m, p))]));
        drawChart("spend", "spend-chart", {
            type: "bar",
            data: {
                labels: months,
                datasets: partners.map((p, i) => ({
                    label: p,
                    data: months.map((m) => Number(share(m, p))),
                    backgroundColor: colours[p] || PALETTE[i % PALETTE.length]
                }))
            },
            options: chartOptions(alliance.currency, true, (d, i) => share(months[i], partners[d]))
        });
    }

    async function renderRevenue(alliance) {
        const report = await get(base(alliance) + "/attributed-revenue?groupBy=month");
        if (stale(alliance)) {
            return;
        }
        const byMonth = new Map(report.rows.map((row) => [row.key, row]));
        const months = monthRange(report.rows.map((row) => row.key));
        const figure = (month, field) => byMonth.has(month) ? byMonth.get(month)[field].amount : "0";
        const fields = ["revenue", "commission"];
        $("revenue-empty").hidden = report.rows.length > 0;
        $("revenue").querySelector(".chart").hidden = report.rows.length === 0;
        figuresTable("revenue-table", ["Month", "Revenue", "Commission"],
            months.map((m) => [m, figure(m, "revenue"), figure(m, "commission")]));
        drawChart("revenue", "revenue-chart", {
            type: "bar",
            data: {
                labels: months,
                datasets: [
                    {label: "Revenue", data: months.map((m) => Number(figure(m, "revenue"))), backgroundColor: "#1f6feb"},
                    {label: "Commission", data: months.map((m) => Number(figure(m, "commission"))), backgroundColor: "#d4731c"}
                ]
            },
            options: chartOptions(alliance.currency, false, (d, i) => figure(months[i], fields[d]))
        });
    }

    // ---- journal ---------------------------------------------------------------------------------------

    async function renderJournal(alliance, more) {
        if (!more) {
            $("journal-rows").replaceChildren();
        }
        const after = more && state.journalCursor ? "&after=" + encodeURIComponent(state.journalCursor) : "";
        const page = await get(base(alliance) + "/journal?limit=100" + after);
        if (stale(alliance)) {
            return;
        }
        $("journal-rows").append(...page.entries.map((entry) => el("tr", {"data-entry": entry.entryId},
            el("td", {class: "num"}, entry.entryId),
            el("td", {class: "nowrap"}, entry.effectiveDate),
            el("td", {class: "nowrap"}, formatInstant(entry.recordedAt)),
            el("td", {}, el("span", {class: "kind"}, entry.kind)),
            el("td", {}, entry.description || ""),
            amountCell(entry.amount),
            el("td", {}, el("ul", {class: "lines"}, entry.lines.map((line) =>
                el("li", {}, line.partnerId + " ",
                    el("span", {class: signClass(line.amount.amount)}, formatAmount(line.amount.amount)))))))));
        state.journalCursor = page.nextCursor;
        $("journal-more").hidden = !page.nextCursor;
        $("journal-empty").hidden = $("journal-rows").children.length > 0;
    }

    /** The CSV needs the Authorization header, so it is fetched and handed to the browser as a Blob. */
    async function downloadCsv() {
        const alliance = state.current;
        const button = $("journal-csv");
        button.disabled = true;
        sectionError("journal", null);
        try {
            const response = await request(base(alliance) + "/journal?format=csv", apiKey());
            const disposition = response.headers.get("Content-Disposition") || "";
            const named = /filename="?([^";]+)"?/.exec(disposition);
            const url = URL.createObjectURL(await response.blob());
            const link = el("a", {href: url, download: named ? named[1] : "journal-" + alliance.allianceId + ".csv"});
            document.body.append(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(url), 10000);
        } catch (e) {
            if (e.status === 401) {
                signOut("Signed out: " + e.message);
            }
            sectionError("journal", e);
        } finally {
            button.disabled = false;
        }
    }

    // ---- wiring ----------------------------------------------------------------------------------------

    document.addEventListener("DOMContentLoaded", async () => {
        $("sign-in-form").addEventListener("submit", signIn);
        $("sign-out").addEventListener("click", () => signOut("Signed out."));
        $("alliances-more").addEventListener("click", moreAlliances);
        $("as-of-form").addEventListener("submit", (event) => {
            event.preventDefault();
            loadBalances(state.current, $("as-of").value);
        });
        $("as-of-latest").addEventListener("click", () => {
            $("as-of").value = "";
            loadBalances(state.current, "");
        });
        $("verify-again").addEventListener("click", () => load("verification", () => renderVerification(state.current)));
        $("journal-more").addEventListener("click", () => load("journal", () => renderJournal(state.current, true)));
        $("journal-csv").addEventListener("click", downloadCsv);

        if (apiKey()) {
            try {
                enterWorkspace(await get("/alliances?limit=50"));
            } catch (e) {
                showMessage(e.message);
            }
        } else {
            $("api-key").focus();
        }
    });
})();
