// careerbot's interactive comparison: vanilla JS, no framework, no request to another host.
// Inside Telegram it reads the launch parameters itself (telegram-web-app.js is not loaded).
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const MOST = 4;
  const PRIORITIES = [
    ["salary", "Pay", 2], ["demand", "Growth", 0], ["openings", "Openings", 1],
    ["learning_curve", "Time to learn", 0], ["entry_barrier", "Easy entry", 0], ["remote", "Remote", 0],
  ];
  const WEIGHT_WORDS = ["not at all", "a little", "matters", "above all"];
  const SORTS = ["salary", "demand", "openings", "learning_curve", "entry_barrier"];
  const MARKS = { a: "★", b: "★", tie: "=", apart: "≠" };
  // the card's ✅ ❌ ◐, in words that every font and screen reader has
  const FLAGS = { "✅": "✓ yes", "❌": "✗ no", "◐": "◐ partly" };
  const MARK_WORDS = { tie: "tied", apart: "different sources or measures, not ranked" };
  const state = { chosen: [], titles: {}, pair: 0, meta: null, limit: 20, compared: null };

  // --- Telegram --------------------------------------------------------------------------
  const hash = new URLSearchParams(location.hash.slice(1));
  const injected = window.Telegram && window.Telegram.WebApp;
  const tg = {
    initData: (injected && injected.initData) || hash.get("tgWebAppData") || "",
    theme: (injected && injected.themeParams) || parseJson(hash.get("tgWebAppThemeParams")),
    start: (injected && injected.initDataUnsafe && injected.initDataUnsafe.start_param) ||
      hash.get("tgWebAppStartParam") || new URLSearchParams(hash.get("tgWebAppData") || "").get("start_param"),
  };
  tg.inside = Boolean(tg.initData || injected || hash.get("tgWebAppPlatform"));

  function parseJson(text) { try { return text ? JSON.parse(text) : null; } catch (e) { return null; } }
  function applyTheme(theme) {
    if (!theme) return;
    for (const [key, value] of Object.entries(theme)) {
      if (/^#[0-9a-f]{3,8}$/i.test(String(value))) {
        document.documentElement.style.setProperty("--tg-theme-" + key.replace(/_/g, "-"), value);
      }
    }
  }
  function postEvent(type, data) {
    const body = JSON.stringify(data || {});
    try {
      if (window.TelegramWebviewProxy) window.TelegramWebviewProxy.postEvent(type, body);
      else if (window.external && "notify" in window.external) window.external.notify(JSON.stringify({ eventType: type, eventData: data }));
      else if (window.parent !== window) window.parent.postMessage(JSON.stringify({ eventType: type, eventData: data }), "*");
    } catch (e) { /* not inside Telegram */ }
  }
  function onTelegramEvent(type, data) { if (type === "theme_changed" && data) applyTheme(data.theme_params); }
  if (tg.inside && !injected) {
    window.Telegram = window.Telegram || {};
    window.Telegram.WebView = window.Telegram.WebView || { receiveEvent: onTelegramEvent };
    window.addEventListener("message", (event) => {
      const message = typeof event.data === "string" ? parseJson(event.data) : event.data;
      if (message && message.eventType) onTelegramEvent(message.eventType, message.eventData);
    });
  }
  applyTheme(tg.theme);

  // --- small helpers -----------------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = value;
      else if (key === "on") for (const [name, fn] of Object.entries(value)) node.addEventListener(name, fn);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
    return node;
  }
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    for (const child of children.flat()) if (child) node.append(child);
    return node;
  }
  function announce(text) { $("announce").textContent = text; }
  async function api(path, options) {
    const response = await fetch(path, options);
    const body = await response.json().catch(() => ({ error: "unreadable", detail: "no answer" }));
    if (!response.ok) throw Object.assign(new Error(body.detail || body.error), { status: response.status, body });
    return body;
  }
  const money = (n) => "$" + Math.round(n / 1000) + "k";
  function debounce(fn, ms) { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); }; }

  // --- choosing careers ----------------------------------------------------------------------
  const search = $("search"), list = $("suggestions");
  let options = [], active = -1, asked = 0;

  function showOptions(found) {
    options = found; active = found.length ? 0 : -1;
    list.replaceChildren(...found.map((c, i) => el("li", {
      id: "opt-" + i, role: "option", "aria-selected": String(i === active),
      on: { mousedown: (e) => { e.preventDefault(); pick(c); } },
    }, c.title, el("small", { text: [c.name ? "“" + c.name + "”" : "", c.pay].filter(Boolean).join(" · ") }))));
    list.hidden = !found.length;
    search.setAttribute("aria-expanded", String(!list.hidden));
    search.setAttribute("aria-activedescendant", active >= 0 ? "opt-" + active : "");
  }
  function moveActive(step) {
    if (!options.length) return;
    active = (active + step + options.length) % options.length;
    [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
    search.setAttribute("aria-activedescendant", "opt-" + active);
    list.children[active].scrollIntoView({ block: "nearest" });
  }
  const suggest = debounce(async () => {
    const typed = search.value.trim();
    const ticket = ++asked;
    if (!typed) { showOptions([]); return; }
    try {
      const found = await api("/api/careers?q=" + encodeURIComponent(typed.slice(0, 100)));
      if (ticket === asked) showOptions(found.careers.filter((c) => !state.chosen.includes(c.slug)));
    } catch (e) { if (ticket === asked) showOptions([]); }
  }, 90);
  search.addEventListener("input", suggest);
  search.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") { e.preventDefault(); moveActive(1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); moveActive(-1); }
    else if (e.key === "Enter" && active >= 0) { e.preventDefault(); pick(options[active]); }
    else if (e.key === "Escape") showOptions([]);
  });
  search.addEventListener("blur", () => setTimeout(() => showOptions([]), 120));

  function pick(career) {
    state.titles[career.slug] = career.title;
    if (!state.chosen.includes(career.slug)) {
      if (state.chosen.length >= MOST) state.chosen.pop();
      state.chosen.push(career.slug);
    }
    search.value = ""; showOptions([]);
    announce(career.title + " added");
    chosenChanged();
  }
  function remove(slug) {
    state.chosen = state.chosen.filter((s) => s !== slug);
    announce((state.titles[slug] || slug) + " removed");
    chosenChanged();
    search.focus();
  }
  function drawChips() {
    $("chosen").replaceChildren(...state.chosen.map((slug) => el("li", {},
      el("span", { text: state.titles[slug] || slug }),
      el("button", { type: "button", "aria-label": "Remove " + (state.titles[slug] || slug), text: "✕", on: { click: () => remove(slug) } }))));
    search.disabled = false;
    search.placeholder = state.chosen.length >= MOST ? "Four chosen: add one to replace the last" : "e.g. electrician, nurse, teacher";
  }
  function chosenChanged() {
    state.pair = 0;
    const url = new URL(location.href);
    ["a", "b", "c", "d"].forEach((key, i) => {
      if (state.chosen[i]) url.searchParams.set(key, state.chosen[i]); else url.searchParams.delete(key);
    });
    history.replaceState(null, "", url.pathname + url.search + location.hash);
    drawChips();
    compare();
  }

  // --- the comparison ---------------------------------------------------------------------------
  function pairsOf(slugs) {
    const out = [];
    for (let j = 1; j < slugs.length; j++) for (let i = 0; i < j; i++) out.push([slugs[i], slugs[j]]);
    return out;
  }
  async function compare() {
    const card = $("card");
    if (state.chosen.length < 2) {
      state.compared = null; $("pairs").hidden = true;
      card.replaceChildren(el("p", { class: "hint", text: state.chosen.length ? "Add one more career to compare." : "Pick two careers above, or one from the list below." }));
      if (state.chosen.length === 1 && !state.titles[state.chosen[0]]) {
        api("/api/career/" + state.chosen[0]).then((b) => { state.titles[b.career.slug] = b.career.title; drawChips(); }).catch(() => {});
      }
      return;
    }
    const query = state.chosen.map((s, i) => "abcd"[i] + "=" + encodeURIComponent(s)).join("&");
    card.setAttribute("aria-busy", "true");
    try {
      const body = await api("/api/compare?" + query);
      const pairs = body.pairs || [body];
      state.compared = pairs;
      for (const p of pairs) { state.titles[p.comparison.a] = p.comparison.titles.a; state.titles[p.comparison.b] = p.comparison.titles.b; }
      drawChips(); drawPairTabs(pairs); drawCard();
      announce("Comparing " + state.chosen.map((s) => state.titles[s]).join(", "));
    } catch (e) {
      card.replaceChildren(el("p", { role: "alert", text: e.status === 404 ? "One of these careers is not in the catalog: " + e.message : "Could not compare: " + e.message }));
      if (e.status === 404 || e.status === 400) { state.chosen = state.chosen.filter((s) => state.titles[s]); drawChips(); }
    } finally { card.removeAttribute("aria-busy"); }
  }
  function drawPairTabs(pairs) {
    const tabs = $("pairs"), card = $("card");
    tabs.hidden = pairs.length < 2;
    if (tabs.hidden) { card.removeAttribute("role"); card.removeAttribute("aria-labelledby"); }
    else { card.setAttribute("role", "tabpanel"); card.setAttribute("aria-labelledby", "tab-" + state.pair); }
    tabs.replaceChildren(...pairs.map((p, i) => el("button", {
      type: "button", role: "tab", id: "tab-" + i, "aria-selected": String(i === state.pair), "aria-controls": "card",
      tabindex: i === state.pair ? "0" : "-1",
      text: short(p.comparison.titles.a) + " vs " + short(p.comparison.titles.b),
      on: { click: () => { state.pair = i; drawPairTabs(pairs); drawCard(); }, keydown: (e) => tabKeys(e, pairs) },
    })));
  }
  function tabKeys(e, pairs) {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    state.pair = (state.pair + step + pairs.length) % pairs.length;
    drawPairTabs(pairs); drawCard(); $("tab-" + state.pair).focus();
  }
  const short = (title) => (title.length > 24 ? title.slice(0, 23).replace(/[\s,-]+\S*$/, "") + "…" : title);

  function drawCard() {
    const reply = state.compared[state.pair], c = reply.comparison;
    const titles = [c.titles.a, c.titles.b];
    const cell = (row, side) => {
      const best = row.mark === side;
      return el("td", { class: best ? "best" : null }, FLAGS[row[side]] || row[side], best ? el("span", { class: "star" }, " ★", el("span", { class: "sr", text: " better" })) : null);
    };
    const middle = (row) => el("td", { class: "mark" }, MARKS[row.mark] && row.mark.length > 1 ? el("span", { "aria-label": MARK_WORDS[row.mark], title: MARK_WORDS[row.mark], text: MARKS[row.mark] }) : "");
    const table = el("table", { class: "glance" },
      el("caption", { text: "At a glance: ★ better · = tied · ≠ different sources or measures, not ranked · — not published" }),
      el("thead", {}, el("tr", {}, el("td"), el("th", { scope: "col", text: titles[0] }), el("td"), el("th", { scope: "col", text: titles[1] }))),
      el("tbody", {}, c.glance.map((row) => el("tr", {}, el("th", { scope: "row", text: row.label }), cell(row, "a"), middle(row), cell(row, "b")))));
    const lines = reply.text.split("\n\n");
    const skillsLine = lines.find((l) => l.startsWith("🧩")) || "";
    const card = el("article", { class: "card", "aria-labelledby": "card-h" },
      el("h3", { id: "card-h", text: titles.join(" vs ") }),
      payChart(), table,
      el("p", { class: "line", text: c.verdict ? "⚖️ " + c.verdict : "" }),
      el("h3", { text: skillsLine.replace(/^🧩\s*/, "Skills: ") }),
      el("div", { class: "lists" },
        skillList("Only " + short(titles[0]), c.a_only), skillList("Shared", c.shared.map((s) => (s.a === s.b ? s.a : s.a + " ≈ " + s.b))), skillList("Only " + short(titles[1]), c.b_only)),
      el("h3", { text: "Switching, each way" }),
      switchLine(titles[0], titles[1], c.switch.a_to_b), switchLine(titles[1], titles[0], c.switch.b_to_a),
      roadmap(c.a, c.b, titles), roadmap(c.b, c.a, [titles[1], titles[0]]),
      chooseList(titles[0], c.choose_a), chooseList(titles[1], c.choose_b),
      c.both.length ? el("p", { class: "line", text: "Both: " + c.both.join(" · ") }) : null,
      el("details", {}, el("summary", { text: "Conclusion, in full" }), el("p", { text: c.conclusion })),
      el("div", { class: "notes" }, c.notes.map((n) => el("p", { text: n })), sourcesLine(c.sources)),
      actions(c));
    $("card").replaceChildren(card);
  }
  function skillList(title, items) {
    return el("div", {}, el("h4", { text: title }), items.length ? el("ul", {}, items.map((s) => el("li", { text: s }))) : el("p", { class: "hint", text: "none" }));
  }
  function switchLine(from, to, sw) {
    const why = sw.reasons.length ? " — " + sw.reasons.join("; ") : "";
    return el("p", { class: "line" }, short(from) + " → " + short(to) + ": ", el("strong", { text: sw.difficulty }), why);
  }
  function chooseList(title, items) {
    if (!items.length) return null;
    return el("div", {}, el("h3", { text: "Choose " + title + " if you…" }), el("ul", {}, items.map((t) => el("li", { text: t }))));
  }
  function roadmap(from, to, titles) {
    const body = el("div", {}, el("p", { class: "hint", text: "Loading…" }));
    const details = el("details", {}, el("summary", { text: "Roadmap: " + short(titles[0]) + " → " + short(titles[1]) }), body);
    details.addEventListener("toggle", async () => {
      if (!details.open || details.dataset.loaded) return;
      details.dataset.loaded = "1";
      try {
        const reply = await api("/api/roadmap?from=" + from + "&to=" + to);
        const plan = reply.roadmap;
        body.replaceChildren(
          el("ol", {}, plan.steps.map((s) => el("li", {}, s.text, s.source ? el("span", { class: "hint", text: " (" + sourceName(s.source) + ")" }) : null))),
          plan.route.length ? el("p", { class: "hint", text: "Stepping stones: " + plan.route.map((h) => h.career + " (" + h.switch + ")").join(" → ") }) : null);
      } catch (e) { body.replaceChildren(el("p", { role: "alert", text: "Could not load the roadmap: " + e.message })); }
    });
    return details;
  }
  function sourceName(id) {
    const s = state.meta && state.meta.sources[id];
    return s ? (s.short || s.name) : id;
  }
  function sourcesLine(ids) {
    return el("p", {}, "Sources: ", ids.flatMap((id, i) => {
      const s = state.meta && state.meta.sources[id];
      const name = sourceName(id) + (s && s.year && !String(sourceName(id)).includes(String(s.year)) ? " (" + s.year + ")" : "");
      return [i ? "; " : "", s && s.url ? el("a", { href: s.url, rel: "noreferrer", target: "_blank", text: name }) : name];
    }));
  }
  function actions(c) {
    const buttons = [el("button", { type: "button", class: "quiet", text: "⇄ Swap", on: { click: () => swap(c) } })];
    if (tg.initData) buttons.unshift(el("button", { type: "button", class: "main", text: "Send to chat", on: { click: (e) => send(c, e.currentTarget) } }));
    return el("div", { class: "actions" }, buttons);
  }
  function swap(c) {
    const i = state.chosen.indexOf(c.a), j = state.chosen.indexOf(c.b);
    [state.chosen[i], state.chosen[j]] = [state.chosen[j], state.chosen[i]];
    chosenChanged();
  }
  async function send(c, button) {
    button.disabled = true;
    try {
      await api("/api/send?a=" + c.a + "&b=" + c.b, { method: "POST", headers: { Authorization: "tma " + tg.initData } });
      announce("Sent to the chat"); button.textContent = "✅ Sent";
    } catch (e) {
      announce("Not sent: " + e.message); button.textContent = "Not sent: " + e.message; button.disabled = false;
    }
  }

  // --- pay bands as SVG --------------------------------------------------------------------------
  function salaries() {
    const found = {};
    for (const reply of state.compared) {
      const c = reply.comparison;
      found[c.a] = c.attributes.salary.a; found[c.b] = c.attributes.salary.b;
    }
    return state.chosen.map((slug) => [slug, found[slug]]);
  }
  function payChart() {
    const rows = salaries();
    const ranged = rows.filter(([, s]) => s && s.low != null && s.high != null);
    const W = 340, left = 8, right = 8, rowH = 44, top = 6;
    const H = top + rows.length * rowH + 22;
    if (!ranged.length) return el("p", { class: "hint", text: "Pay: not published." });
    const low = Math.floor(Math.min(...ranged.map(([, s]) => s.low)) / 20000) * 20000;
    const high = Math.ceil(Math.max(...ranged.map(([, s]) => s.high)) / 20000) * 20000;
    const x = (v) => left + ((v - low) / (high - low)) * (W - left - right);
    const parts = [], words = [];
    rows.forEach(([slug, s], i) => {
      const y = top + i * rowH, title = state.titles[slug] || slug;
      const label = !s ? "not published" : s.median != null ? money(s.median) + " median" : s.low != null ? money(s.low) + "–" + money(s.high) + " range" : "not published";
      parts.push(svg("text", { x: left, y: y + 12 }, document.createTextNode(short(title) + " · " + label)));
      if (s && s.low != null && s.high != null) {
        parts.push(svg("rect", { class: "outer", x: x(s.low), y: y + 19, width: Math.max(2, x(s.high) - x(s.low)), height: 14, rx: 3 }));
        if (s.p25 != null && s.p75 != null) parts.push(svg("rect", { class: "inner", x: x(s.p25), y: y + 19, width: Math.max(2, x(s.p75) - x(s.p25)), height: 14 }));
        if (s.median != null) parts.push(svg("circle", { class: "median", cx: x(s.median), cy: y + 26, r: 6 }));
      }
      words.push(title + ": " + (s && s.median != null ? "median " + money(s.median) + ", " : "") + (s && s.low != null ? (s.median != null ? "10th–90th percentile " : "range ") + money(s.low) + " to " + money(s.high) : "not published"));
    });
    const axis = svg("g", { class: "axis" });
    const step = (high - low) / 20000 > 8 ? 40000 : 20000;
    for (let v = low; v <= high; v += step) {
      axis.append(svg("line", { x1: x(v), x2: x(v), y1: top, y2: H - 16 }), svg("text", { x: x(v), y: H - 4, "text-anchor": v === low ? "start" : v + step > high ? "end" : "middle" }, document.createTextNode(money(v))));
    }
    const description = "Pay. " + words.join(". ") + ".";
    const chart = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": description }, svg("title", {}, document.createTextNode(description)), axis, parts);
    const note = ranged.some(([, s]) => s.p25 != null) ? "Bars: 10th–90th percentile, darker 25th–75th, ● median. " : "";
    return el("figure", { class: "pay" }, chart, el("figcaption", { class: "hint", text: note + "Source: " + [...new Set(ranged.map(([, s]) => sourceName(s.source)))].join("; ") }));
  }

  // --- exploring ----------------------------------------------------------------------------------
  function drawControls(meta) {
    $("field").append(...meta.fields.map((f) => el("option", { value: f.name, text: f.label })));
    $("education").append(...meta.education.map((e) => el("option", { value: e.key, text: e.label.toLowerCase() })));
    const labels = Object.fromEntries(meta.criteria.map((c) => [c.name, c]));
    $("sort").append(...SORTS.map((name) => el("option", { value: name, text: (labels[name] || { label: name }).label.replace("AI risk", "AI figure") + ((labels[name] || {}).bare === "low" ? " (lowest first)" : " (highest first)") })));
    $("sliders").replaceChildren(...PRIORITIES.map(([name, label, initial]) => {
      const id = "w_" + name;
      const input = el("input", { type: "range", min: "0", max: "3", step: "1", value: String(initial), id, name: id, "aria-describedby": id + "-out" });
      const output = el("output", { id: id + "-out", for: id, text: WEIGHT_WORDS[initial] });
      input.addEventListener("input", () => { output.textContent = WEIGHT_WORDS[input.value]; input.setAttribute("aria-valuetext", WEIGHT_WORDS[input.value]); });
      input.setAttribute("aria-valuetext", WEIGHT_WORDS[initial]);
      return el("div", { class: "slider" }, el("label", { for: id, text: label }), input, output);
    }));
    const again = debounce(() => { state.limit = 20; rank(); }, 60);
    $("filters").addEventListener("input", again);
    $("filters").addEventListener("change", again);
    $("filters").addEventListener("submit", (e) => e.preventDefault());
    $("more").addEventListener("click", () => { state.limit = Math.min(100, state.limit + 20); rank(); });
  }
  function rankQuery() {
    const form = new FormData($("filters"));
    const params = new URLSearchParams();
    for (const [key, value] of form) {
      if (value === "" || (key.startsWith("w_") && value === "0")) continue;
      params.set(key, value);
    }
    if (params.get("dir_coding")) params.set("w_coding", "2");
    if (params.get("sort")) for (const key of [...params.keys()]) if (key.startsWith("w_") || key.startsWith("dir_")) params.delete(key);
    params.set("limit", String(state.limit));
    return params;
  }
  let ranked = 0;
  async function rank() {
    const params = rankQuery(), ticket = ++ranked;
    $("priorities").disabled = Boolean(params.get("sort"));
    if (![...params.keys()].some((k) => k.startsWith("w_")) && !params.get("sort")) {
      $("ranking").replaceChildren(); $("more").hidden = true;
      $("rank-summary").textContent = "Set at least one thing that matters, or order by a figure.";
      return;
    }
    try {
      const body = await api("/api/rank?" + params);
      if (ticket === ranked) drawRanking(body);
    } catch (e) { if (ticket === ranked) $("rank-summary").textContent = "Could not rank: " + e.message; }
  }
  function drawRanking(body) {
    const shown = body.picks.length;
    const payShown = body.preferences.some((p) => p.criterion === "salary");
    let summary = body.matching + " careers match" + (shown < body.matching ? "; the first " + shown + " shown" : "") + ".";
    if (body.picks.some((p) => p.tied_with)) summary += " “=” marks a tie; tied careers are listed by openings a year, most first.";
    if (body.unranked.length) summary += " Not judged: the AI figure (LLM exposure is shown, never ranked: exposure is not replacement).";
    if (body.left_out.length) summary += " Ranked on one source and measure only; left out: " + body.left_out.map((g) => g.careers + " with " + sourceName(g.source) + (g.measure ? " (" + g.measure.replace("_", " ") + ")" : "")).join(", ") + ".";
    $("rank-summary").textContent = summary;
    $("ranking").replaceChildren(...body.picks.map((p) => el("li", {},
      el("span", { class: "place", text: "#" + p.place + (p.tied_with ? "=" : "") }),
      el("div", { class: "what" }, el("strong", { text: p.title }), el("small", { text: payShown ? p.category : p.category + " · " + p.pay }),
        el("ul", { class: "why" }, p.reasons.map((r) => el("li", { text: r })), p.misses.map((m) => el("li", { class: "miss", text: "misses " + m })))),
      el("button", { type: "button", "aria-label": "Compare " + p.title, text: state.chosen.includes(p.slug) ? "✓" : "+ Compare", disabled: state.chosen.includes(p.slug), on: { click: () => { pick(p); $("compare").scrollIntoView({ behavior: "smooth" }); } } }))));
    $("more").hidden = shown >= body.matching || state.limit >= 100;
  }

  // --- start -----------------------------------------------------------------------------------
  function deepLink() {
    const query = new URLSearchParams(location.search);
    let slugs = ["a", "b", "c", "d"].map((k) => query.get(k)).filter(Boolean);
    if (!slugs.length && tg.start) slugs = tg.start.split("_"); // startapp=slug_slug[_slug…]
    return [...new Set(slugs.filter((s) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s)))].slice(0, MOST);
  }
  async function start() {
    if (tg.inside) { document.documentElement.classList.add("tg"); postEvent("web_app_ready"); postEvent("web_app_expand"); }
    state.chosen = deepLink();
    drawChips();
    try {
      state.meta = await api("/api/meta");
      $("count").textContent = state.meta.careers + " careers.";
      drawControls(state.meta);
      rank();
    } catch (e) { $("rank-summary").textContent = "Could not load the catalog: " + e.message; }
    compare();
  }
  start();
})();
