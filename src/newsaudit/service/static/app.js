// newsaudit page: send an article to the API, show the report with its findings marked.
// Rule: article text only ever enters the page as text (textContent, createTextNode,
// setAttribute); nothing here builds HTML from strings, and the server's CSP forbids inline code.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const SPEAKER_COLOURS = 10;
  const state = { input: null, report: null, reportJson: "", pieces: [], config: null };

  // -- small DOM helpers (text only) --------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key === "onclick") node.addEventListener("click", value);
      else node.setAttribute(key, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  const clear = (node) => node.replaceChildren();
  const short = (text, n = 90) => (text.length > n ? text.slice(0, n - 1) + "…" : text);
  const pct = (x) => (x === null || x === undefined ? "–" : Math.round(x * 100) + "%");

  function setStatus(message, isError) {
    const status = $("status");
    status.textContent = message;
    status.classList.toggle("error", Boolean(isError));
    status.setAttribute("role", isError ? "alert" : "status");
  }

  // -- talking to the API ----------------------------------------------------------------------
  function requestFor(input, format) {
    const query = format && format !== "json" ? "?format=" + format : "";
    if (input.file) {
      const form = new FormData();
      form.append("file", input.file, input.file.name);
      return ["/api/v1/analyze" + query, { method: "POST", body: form }];
    }
    const body = JSON.stringify({ text: input.text });
    return ["/api/v1/analyze" + query, {
      method: "POST", body, headers: { "Content-Type": "application/json" },
    }];
  }

  async function errorOf(response) {
    try {
      const body = await response.json();
      if (body && body.error) return body.error;
    } catch (ignored) { /* not JSON */ }
    return "the server answered " + response.status;
  }

  async function analyze() {
    const text = $("article-input").value;
    const input = state.file ? { file: state.file } : { text };
    if (!input.file && !text.trim()) {
      setStatus("Paste an article or choose a file first.", true);
      $("article-input").focus();
      return;
    }
    const button = $("analyze");
    button.disabled = true;
    setStatus("Analysing…");
    const sent = performance.now();
    try {
      const response = await fetch(...requestFor(input));
      if (!response.ok) {
        const retry = response.headers.get("Retry-After");
        const message = await errorOf(response);
        setStatus(message + (retry ? ` (try again in ${retry} s)` : ""), true);
        return;
      }
      const raw = await response.text();
      const arrived = performance.now();
      state.input = input;
      state.reportJson = raw;
      state.report = JSON.parse(raw);
      render(state.report);
      const shown = performance.now();
      document.body.dataset.renderMs = (shown - arrived).toFixed(1);
      setStatus(`Analysed in ${Math.round(arrived - sent)} ms; shown ${Math.round(shown - arrived)} ms after the answer arrived.`);
      $("results-heading").focus({ preventScroll: true });
      if (state.config && state.config.corpus) loadProvenance(state.report);
    } catch (error) {
      setStatus("Could not reach the server: " + error.message, true);
    } finally {
      button.disabled = false;
    }
  }

  // -- the article with its marks ---------------------------------------------------------------
  function speakerKeys(report) {
    const keys = new Map(); // key -> {index, name, count}
    const ofQuote = report.quotes.map((quote) => {
      const sp = quote.speaker || {};
      const key = quote.source_id || sp.name || (sp.span && sp.span.text) || "(no speaker)";
      if (!keys.has(key)) {
        const name = sp.name || (sp.span && sp.span.text) || "no speaker found";
        keys.set(key, { index: keys.size, name, role: sp.role, count: 0 });
      }
      keys.get(key).count += 1;
      return keys.get(key).index;
    });
    return { keys: [...keys.values()], ofQuote };
  }

  function collectMarks(report, speakers) {
    const marks = [];
    const add = (span, cls, title, extra) => {
      if (span && span.end > span.start) marks.push({ s: span.start, e: span.end, cls, title, ...extra });
    };
    report.quotes.forEach((quote, i) => {
      const who = speakers.keys[speakers.ofQuote[i]];
      const spk = speakers.ofQuote[i];
      const tip = `${quote.kind} quote: ${who.name}` + (quote.via && quote.via.length ? ` (via ${quote.via.join(", ")})` : "");
      const parts = quote.content_fragments && quote.content_fragments.length ? quote.content_fragments : [quote.content];
      for (const part of parts) add(part, ["quote", "spk-" + (spk % SPEAKER_COLOURS)], tip, { speaker: spk });
      if (quote.speaker) add(quote.speaker.span, ["speaker"], "speaker: " + who.name + (who.role ? ", " + who.role : ""));
      add(quote.cue, ["cue"], "cue: attributes a quote");
    });
    for (const claim of report.claims) {
      const worth = claim.checkworthiness === null || claim.checkworthiness === undefined ? "" : `, check-worthiness ${pct(claim.checkworthiness)}`;
      add(claim.span, ["claim-" + claim.kind], `${claim.kind} claim${claim.source ? " (" + claim.source + ")" : ""}${worth}`);
    }
    for (const q of report.quantities) {
      add(q.span, ["num"], `${q.kind || "quantity"}: ${q.value ?? "?"} ${q.unit || ""}${q.vague ? " (vague)" : ""}${q.approximate ? " (approximate)" : ""}`);
    }
    for (const flag of report.language) {
      add(flag.span, ["lang", "lang-" + String(flag.category).replace(/[^a-z_]/g, "")], `${flag.category}: ${flag.term}`);
    }
    for (const line of report.headline || []) {
      for (const term of line.unsupported_terms || []) add(term, ["unsupported"], "not supported by the body");
      for (const ev of line.evidence || []) add(ev, [], "");
    }
    for (const indicator of report.indicators) for (const ev of indicator.evidence || []) add(ev, [], "");
    for (const source of report.sources) for (const m of source.mentions || []) add(m, [], "");
    const provenance = report.provenance;
    if (provenance && provenance.passages) {
      for (const p of provenance.passages) add(p, ["reused"], `reused from ${p.source_id} (similarity ${pct(p.similarity)})`);
    }
    marks.sort((a, b) => a.s - b.s || b.e - a.e);
    return marks;
  }

  const ROLE_NAMES = { author_bio: "author bio", credit: "credit", boilerplate: "boilerplate", placeholder: "missing embed", byline: "byline", dateline: "dateline", standfirst: "standfirst", headline: "headline" };

  function renderArticle(report, speakers) {
    const article = $("article");
    clear(article);
    article.classList.remove("filtered");
    const chars = Array.from(report.text); // offsets are code points, not UTF-16 units
    const marks = collectMarks(report, speakers);
    const pieces = [];
    const fragment = document.createDocumentFragment();
    for (const paragraph of report.structure.paragraphs) {
      const { start, end } = paragraph.span;
      const inside = [];
      for (let i = 0; i < marks.length; i++) {
        const m = marks[i];
        if (m.s >= end) break;
        if (m.e > start) inside.push(m);
      }
      const cuts = new Set([start, end]);
      for (const m of inside) { cuts.add(Math.max(start, m.s)); cuts.add(Math.min(end, m.e)); }
      const sorted = [...cuts].sort((a, b) => a - b);
      const role = paragraph.role;
      const p = el("p", { class: "para role-" + role });
      if (role !== "body") p.append(el("span", { class: "role-tag", text: ROLE_NAMES[role] || role }));
      for (let k = 0; k + 1 < sorted.length; k++) {
        const a = sorted[k], b = sorted[k + 1];
        if (b <= a) continue;
        const active = inside.filter((m) => m.s <= a && b <= m.e);
        const classes = new Set(["piece"]);
        const titles = [];
        const spk = new Set();
        for (const m of active) {
          m.cls.forEach((c) => classes.add(c));
          if (m.title) titles.push(m.title);
          if (m.speaker !== undefined) spk.add(m.speaker);
        }
        const span = el("span", { class: [...classes].join(" "), title: [...new Set(titles)].join("; ") || null });
        span.textContent = chars.slice(a, b).join("");
        span.dataset.s = a;
        span.dataset.e = b;
        if (spk.size) span.dataset.speakers = [...spk].join(" ");
        pieces.push(span);
        p.append(span);
      }
      fragment.append(p);
    }
    article.append(fragment);
    state.pieces = pieces;
  }

  // -- jumping to evidence ------------------------------------------------------------------------
  function show(span) {
    const hit = state.pieces.filter((p) => Number(p.dataset.s) >= span.start && Number(p.dataset.e) <= span.end);
    for (const old of document.querySelectorAll(".flash")) if (old.classList.contains("piece")) old.classList.remove("flash");
    if (!hit.length) return;
    hit.forEach((p) => p.classList.add("flash"));
    hit[0].setAttribute("tabindex", "-1");
    hit[0].scrollIntoView({ block: "center", behavior: "auto" });
    hit[0].focus({ preventScroll: true });
  }

  function evidenceButton(span, label) {
    return el("button", { type: "button", class: "evidence", title: "show in the article", onclick: () => show(span) }, label || "“" + short(span.text, 70) + "”");
  }

  // -- side panels -----------------------------------------------------------------------------------
  function renderSpeakers(speakers) {
    const box = $("speakers");
    clear(box);
    const all = el("button", { type: "button", class: "chip", "aria-pressed": "true", onclick: () => filterSpeaker(null) }, "All quotes");
    all.dataset.speaker = "all";
    box.append(all);
    for (const sp of speakers.keys) {
      const chip = el("button", { type: "button", class: "chip spk-" + (sp.index % SPEAKER_COLOURS), "aria-pressed": "false", title: sp.role || null, onclick: () => filterSpeaker(sp.index) },
        sp.name, el("span", { class: "count", text: " " + sp.count }));
      chip.dataset.speaker = String(sp.index);
      box.append(chip);
    }
    $("speakers-panel").hidden = speakers.keys.length === 0;
  }

  function filterSpeaker(index) {
    const article = $("article");
    article.classList.toggle("filtered", index !== null);
    for (const piece of state.pieces) {
      if (!piece.dataset.speakers) continue;
      const mine = index !== null && piece.dataset.speakers.split(" ").includes(String(index));
      piece.classList.toggle("off", index !== null && !mine);
    }
    for (const chip of $("speakers").children) {
      const pressed = index === null ? chip.dataset.speaker === "all" : chip.dataset.speaker === String(index);
      chip.setAttribute("aria-pressed", String(pressed));
    }
  }

  function renderHeadline(report) {
    const box = $("headline");
    clear(box);
    if (!report.headline || !report.headline.length) { box.append(el("p", { class: "note", text: "No headline found." })); return; }
    for (const line of report.headline) {
      const verdict = line.supported === true ? ["yes", "supported by the body"] : line.supported === false ? ["no", "not supported by the body"] : ["maybe", "unclear"];
      const stance = line.stance ? `${line.stance.label} (${pct(line.stance.probability ?? (line.stance.probabilities || {})[line.stance.label])})` : "–";
      box.append(el("div", { class: "headline-line" },
        el("p", { class: "headline-text" }, el("span", { class: "role-tag", text: line.role || "headline" }), line.span.text),
        el("p", {}, el("strong", { class: verdict[0], text: verdict[1] })),
        el("p", { class: "note" }, `body stance: ${stance}; clickbait: ${pct(line.clickbait)}`)));
      if (line.unsupported_terms && line.unsupported_terms.length) {
        const terms = el("p", {}, "Unsupported terms: ");
        line.unsupported_terms.forEach((t) => terms.append(evidenceButton(t, t.text), " "));
        box.append(terms);
      }
      if (line.evidence && line.evidence.length) {
        const list = el("ul", { class: "plain" });
        line.evidence.forEach((ev) => list.append(el("li", {}, evidenceButton(ev))));
        box.append(el("p", { class: "note", text: "Body sentences closest to it:" }), list);
      }
    }
  }

  function renderSources(report) {
    const box = $("sources");
    clear(box);
    const names = new Map(report.sources.map((s) => [s.id, s.name]));
    if (!report.sources.length) box.append(el("li", { class: "note", text: "No source is credited." }));
    for (const source of report.sources) {
      const item = el("li", { class: "source" },
        source.mentions && source.mentions.length ? evidenceButton(source.mentions[0], source.name) : el("strong", { text: source.name }),
        " ", el("span", { class: "badge", text: source.type }));
      const facts = [];
      if (source.via && source.via.length) facts.push("via " + source.via.map((id) => names.get(id) || id).join(" → "));
      if (source.quotes && source.quotes.length) facts.push(`${source.quotes.length} quote${source.quotes.length > 1 ? "s" : ""}`);
      if (source.claims && source.claims.length) facts.push(`${source.claims.length} claim${source.claims.length > 1 ? "s" : ""}`);
      if (source.credited) facts.push("named in a credit line");
      if (facts.length) item.append(el("div", { class: "note", text: facts.join(" · ") }));
      box.append(item);
    }
  }

  function renderClaims(report) {
    const box = $("claims");
    clear(box);
    for (const claim of report.claims.slice(0, 40)) {
      const worth = claim.checkworthiness ?? null;
      const meter = el("meter", { min: 0, max: 1, value: worth ?? 0, title: "check-worthiness " + pct(worth) });
      box.append(el("li", { class: "claim kind-" + claim.kind },
        el("span", { class: "badge " + claim.kind, text: claim.kind }), " ", meter,
        el("span", { class: "note", text: " " + pct(worth) + (claim.source ? " · " + claim.source : "") }),
        el("div", {}, evidenceButton(claim.span))));
    }
    if (report.claims.length > 40) box.append(el("li", { class: "note", text: `… and ${report.claims.length - 40} more in the JSON.` }));
  }

  function renderIndicators(report) {
    const box = $("indicators");
    clear(box);
    for (const indicator of report.indicators) {
      const value = typeof indicator.value === "number" && !Number.isInteger(indicator.value) ? indicator.value.toFixed(3) : String(indicator.value);
      const item = el("li", { class: "indicator", "data-id": indicator.id },
        el("div", {}, el("code", { text: indicator.id }), " ", el("strong", { text: value })),
        el("div", { class: "note", text: indicator.explanation }));
      const evidence = indicator.evidence || [];
      if (evidence.length) {
        const list = el("ul", { class: "plain evidence-list" });
        evidence.slice(0, 5).forEach((ev) => list.append(el("li", {}, evidenceButton(ev))));
        if (evidence.length > 5) list.append(el("li", { class: "note", text: `+${evidence.length - 5} more` }));
        item.append(list);
      }
      box.append(item);
    }
  }

  async function loadProvenance(report) {
    const panel = $("provenance-panel");
    const box = $("provenance");
    panel.hidden = false;
    clear(box);
    box.append(el("p", { class: "note", text: "Tracing the text through the corpus…" }));
    try {
      const response = await fetch("/api/v1/trace", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: report.text }) });
      if (!response.ok) { clear(box); box.append(el("p", { class: "error", text: await errorOf(response) })); return; }
      renderProvenance(await response.json());
    } catch (error) {
      clear(box);
      box.append(el("p", { class: "error", text: "Could not trace: " + error.message }));
    }
  }

  function renderProvenance(trace) {
    const box = $("provenance");
    clear(box);
    box.append(el("p", {}, el("strong", { text: pct(trace.reused_share) }), " of the text is found in earlier articles of the corpus."));
    const earliest = trace.earliest_source;
    if (earliest) box.append(el("p", { class: "note", text: `Earliest source: ${earliest.title || earliest.source_id}${earliest.date ? ", " + earliest.date : ""}${earliest.url ? " (" + earliest.url + ")" : ""}` }));
    if (!trace.passages.length) { box.append(el("p", { class: "note", text: "No reused passage found." })); return; }
    const table = el("table", { class: "side-by-side" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "this article" }), el("th", { scope: "col", text: "source" }))));
    const body = el("tbody");
    for (const p of trace.passages) {
      body.append(el("tr", {},
        el("td", {}, evidenceButton({ start: p.start, end: p.end, text: p.text }, p.text)),
        el("td", {}, el("div", { class: "note", text: `${p.source_id} · similarity ${pct(p.similarity)}` }), el("div", { class: "source-text", text: p.source_text }))));
    }
    table.append(body);
    box.append(table);
  }

  function render(report) {
    const speakers = speakerKeys(report);
    renderArticle(report, speakers);
    renderSpeakers(speakers);
    renderHeadline(report);
    renderSources(report);
    renderClaims(report);
    renderIndicators(report);
    $("provenance-panel").hidden = true;
    $("results").hidden = false;
  }

  // -- downloads ---------------------------------------------------------------------------------------
  function save(blob, name) {
    const url = URL.createObjectURL(blob);
    const link = el("a", { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function baseName() {
    const title = (state.report && state.report.structure.headline && state.report.structure.headline.text) || "article";
    return "newsaudit-" + (title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "article");
  }

  async function downloadHtml() {
    if (!state.input) return;
    const button = $("download-html");
    button.disabled = true;
    try {
      const response = await fetch(...requestFor(state.input, "html"));
      if (!response.ok) { setStatus(await errorOf(response), true); return; }
      save(new Blob([await response.text()], { type: "text/html" }), baseName() + ".html");
    } finally {
      button.disabled = false;
    }
  }

  // -- input: text box and file drop -----------------------------------------------------------------
  function chooseFile(file) {
    if (!file) return;
    if (!/\.(txt|text|html?|xhtml)$/i.test(file.name) && !/^text\//.test(file.type)) {
      setStatus(`${file.name}: drop a .txt or .html file`, true);
      return;
    }
    state.file = file;
    $("file-name").textContent = `${file.name} (${Math.max(1, Math.round(file.size / 1024))} KB) will be analysed.`;
    $("clear-file").hidden = false;
    setStatus("");
  }

  function clearFile() {
    state.file = null;
    $("file-input").value = "";
    $("file-name").textContent = "";
    $("clear-file").hidden = true;
    $("article-input").focus();
  }

  function setUp() {
    $("analyze").addEventListener("click", analyze);
    $("article-input").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); analyze(); }
    });
    $("article-input").addEventListener("input", () => { if (state.file) clearFile(); });
    $("file-input").addEventListener("change", (event) => chooseFile(event.target.files[0]));
    $("clear-file").addEventListener("click", clearFile);
    const drop = $("drop");
    for (const name of ["dragenter", "dragover"]) drop.addEventListener(name, (event) => { event.preventDefault(); drop.classList.add("over"); });
    for (const name of ["dragleave", "drop"]) drop.addEventListener(name, () => drop.classList.remove("over"));
    drop.addEventListener("drop", (event) => { event.preventDefault(); chooseFile(event.dataTransfer.files[0]); });
    $("download-json").addEventListener("click", () => save(new Blob([state.reportJson], { type: "application/json" }), baseName() + ".json"));
    $("download-html").addEventListener("click", downloadHtml);
    fetch("/api/v1/config").then((r) => (r.ok ? r.json() : null)).then((config) => { state.config = config; }).catch(() => {});
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
