// ctkg graph page. Every string that came from an article is set with textContent,
// never innerHTML, so article text cannot run as script in this page.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ctkg-data").textContent);
  var lang = "ar";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function tip(text) { var d = el("div", null, text); d.dir = "auto"; return d; }

  data.nodes.forEach(function (n) { n.title = tip(n.title); });
  data.edges.forEach(function (e, i) { e.id = e.id || "e" + i; });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("net"), { nodes: nodes, edges: edges }, data.options);
  var hiddenClasses = {};

  // Legend doubles as the class filter.
  var legend = document.getElementById("legend");
  Object.keys(data.legend).forEach(function (cls) {
    var l = data.legend[cls];
    var label = el("label");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.dataset.cls = cls; box.className = "class-filter";
    box.addEventListener("change", function () {
      hiddenClasses[cls] = !box.checked;
      nodes.update(data.nodes.filter(function (n) { return n.cls === cls; })
        .map(function (n) { return { id: n.id, hidden: !box.checked }; }));
    });
    var swatch = el("i", "shape-" + l.shape); swatch.style.background = l.color;
    label.appendChild(box); label.appendChild(swatch);
    var name = el("span", "legend-name", l.ar + " / " + l.en); name.dataset.cls = cls;
    label.appendChild(name);
    legend.appendChild(label);
  });

  // Names for the search box.
  var names = document.getElementById("names");
  data.nodes.forEach(function (n) {
    [n.ar, n.en].forEach(function (s) {
      if (s) { var o = el("option"); o.value = String(s).split("\n")[0]; names.appendChild(o); }
    });
  });

  function norm(s) {
    return String(s || "").toLowerCase().replace(/[\u064B-\u065F\u0670\u0640]/g, "")
      .replace(/[أإآٱ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه");
  }
  function search(q) {
    q = norm(q).trim();
    if (!q) return [];
    var hits = data.nodes.filter(function (n) {
      return !hiddenClasses[n.cls] && (norm(n.ar).indexOf(q) >= 0 || norm(n.en).indexOf(q) >= 0);
    });
    return hits;
  }
  document.getElementById("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var hits = search(document.getElementById("search").value);
    var status = document.getElementById("status");
    if (!hits.length) { status.textContent = "no match"; return; }
    status.textContent = hits.length + " match" + (hits.length > 1 ? "es" : "");
    network.selectNodes(hits.map(function (n) { return n.id; }));
    network.focus(hits[0].id, { scale: 1.2, animation: false });
    show(hits[0].id);
  });

  // Switching language redraws every label, the legend, and the open panel.
  var current = null;
  document.getElementById("lang-en").addEventListener("change", function (ev) {
    lang = ev.target.checked ? "en" : "ar";
    document.documentElement.lang = lang;
    nodes.update(data.nodes.map(function (n) { return { id: n.id, label: n[lang] }; }));
    edges.update(data.edges.map(function (e) { return { id: e.id, label: e[lang] }; }));
    Array.prototype.forEach.call(document.querySelectorAll(".legend-name"), function (s) {
      var l = data.legend[s.dataset.cls]; s.textContent = lang === "en" ? l.en : l.ar + " / " + l.en;
    });
    if (current) show(current);
    window.ctkgTimeline(window.ctkg, lang);
  });

  function role(p) {
    var inverse = p.charAt(0) === "~", r = data.roles[inverse ? p.slice(1) : p];
    var name = r ? r[lang === "en" ? 1 : 0] : p.replace(/^~/, "");
    return inverse ? "← " + name : name;
  }
  // The sentence with the evidence span marked (textContent only, never HTML).
  function sentence(text, spans) {
    var ev = el("div", "ev"); ev.dir = "auto";
    var cut = spans.slice().sort(function (a, b) { return a[0] - b[0]; }), at = 0;
    cut.forEach(function (s) {
      if (s[0] < at || s[1] > text.length) return;
      ev.appendChild(document.createTextNode(text.slice(at, s[0])));
      ev.appendChild(el("mark", null, text.slice(s[0], s[1])));
      at = s[1];
    });
    ev.appendChild(document.createTextNode(text.slice(at)));
    return ev;
  }

  // Details panel: the node's facts grouped by the sentence they come from, each sentence once.
  var panel = document.getElementById("panel");
  function show(id) {
    var n = nodes.get(id);
    if (!n) return;
    current = id;
    panel.replaceChildren();
    var h = el("h2", null, lang === "ar" ? (n.full || n.ar) : String(n.en).split("\n")[0]); h.dir = "auto";
    panel.appendChild(h);
    panel.appendChild(el("div", "meta", (data.legend[n.cls] || {})[lang] + (n.date ? " · " + n.date : "")));
    var shown = id;
    try { shown = decodeURI(id); } catch (e) { /* keep the encoded IRI */ }
    var iri = el("div", "meta", shown); iri.dir = "ltr"; panel.appendChild(iri);
    var facts = data.facts[id] || [];
    if (!facts.length) panel.appendChild(el("p", null, "No extracted facts with evidence for this node."));
    var groups = [], byKey = {};
    facts.forEach(function (f) {
      var key = f.file + "\u0000" + f.sentence;
      if (!byKey[key]) { byKey[key] = { file: f.file, sentence: f.sentence, facts: [] }; groups.push(byKey[key]); }
      byKey[key].facts.push(f);
    });
    groups.forEach(function (g) {
      var box = el("div", "fact");
      g.facts.forEach(function (f) {
        var head = el("div"); head.dir = "auto";
        head.appendChild(el("span", "p", role(f.p) + ": "));
        head.appendChild(el("span", "v", f.v));
        box.appendChild(head);
      });
      box.appendChild(sentence(g.sentence, g.facts.map(function (f) { return f.span; })));
      box.appendChild(el("div", "meta", g.file + " @" + g.facts.map(function (f) { return f.at; }).join(", ") +
        " · " + g.facts.map(function (f) { return f.rule + " " + f.conf; }).join(", ")));
      panel.appendChild(box);
    });
  }
  network.on("click", function (p) { if (p.nodes.length) show(p.nodes[0]); });
  window.ctkg = { network: network, nodes: nodes, edges: edges, data: data, show: show, search: search };
  window.ctkgTimeline(window.ctkg, lang);
})();
