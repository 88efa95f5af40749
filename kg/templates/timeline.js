// ctkg timeline: the meetings by date, one lane per convener, chairs marked.
// Clicking a meeting selects it in the graph and opens its panel.
window.ctkgTimeline = function (ctkg, lang) {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var box = document.getElementById("timeline");
  var data = ctkg.data, byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var convener = {}, chairs = {};
  data.edges.forEach(function (e) {
    if (e.role === "convenedBy") convener[e.from] = e.to;
    if (e.role === "chair") (chairs[e.to] = chairs[e.to] || []).push(e.from);
  });
  var meetings = data.nodes.filter(function (n) { return n.cls === "Meeting" && n.date; });
  box.replaceChildren();
  if (!meetings.length) { box.textContent = "No dated meeting to place on a timeline."; return; }
  function name(id) { var n = byId[id]; return n ? String(n[lang]).split("\n")[0] : ""; }
  var lanes = [];
  meetings.forEach(function (m) { var c = convener[m.id] || ""; if (lanes.indexOf(c) < 0) lanes.push(c); });
  lanes.sort(function (a, b) { return (a === "") - (b === "") || name(a).localeCompare(name(b)); });
  var t = meetings.map(function (m) { return Date.parse(m.date.slice(0, 10)); });
  var lo = Math.min.apply(null, t), hi = Math.max.apply(null, t), span = Math.max(hi - lo, 864e5);
  var left = 190, laneH = 22, width = Math.max(box.clientWidth, 600) - 20;
  var height = 24 + lanes.length * laneH;
  var svg = document.createElementNS(NS, "svg");
  svg.setAttribute("width", width); svg.setAttribute("height", height);
  function add(tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    svg.appendChild(e); return e;
  }
  function x(ms) { return left + (ms - lo) / span * (width - left - 20); }
  lanes.forEach(function (c, i) {
    var y = 14 + i * laneH;
    add("line", { x1: left, x2: width - 10, y1: y, y2: y, stroke: "#e3e3e3" });
    var label = c ? name(c) : (lang === "en" ? "no convener named" : "بلا جهة داعية");
    add("text", { x: 4, y: y + 4, "font-size": 12, fill: "#333" }, label.length > 28 ? label.slice(0, 27) + "…" : label);
  });
  for (var year = new Date(lo).getUTCFullYear(); year <= new Date(hi).getUTCFullYear() + 1; year++) {
    var ms = Date.UTC(year, 0, 1);
    if (ms < lo || ms > hi) continue;
    add("line", { x1: x(ms), x2: x(ms), y1: 4, y2: height - 12, stroke: "#ccc", "stroke-dasharray": "2,3" });
    add("text", { x: x(ms) + 2, y: height - 2, "font-size": 11, fill: "#777" }, String(year));
  }
  meetings.forEach(function (m, i) {
    var y = 14 + lanes.indexOf(convener[m.id] || "") * laneH, cx = x(t[i]);
    var chaired = (chairs[m.id] || []).map(name);
    var dot = add("circle", { cx: cx, cy: y, r: 6, fill: "#d62728", class: "tl-meeting",
      stroke: chaired.length ? "#111" : "#fff", "stroke-width": chaired.length ? 2 : 1 });
    dot.dataset.id = m.id;
    var tip = document.createElementNS(NS, "title");
    tip.textContent = name(m.id) + " · " + m.date.slice(0, 10) +
      (chaired.length ? "\n" + (lang === "en" ? "chair: " : "الرئاسة: ") + chaired.join(", ") : "");
    dot.appendChild(tip);
    if (chaired.length) add("text", { x: cx + 8, y: y - 6, "font-size": 10, fill: "#111" }, "★ " + chaired[0]);
    dot.addEventListener("click", function () {
      ctkg.network.selectNodes([m.id]);
      ctkg.network.focus(m.id, { scale: 1.2, animation: false });
      ctkg.show(m.id);
    });
  });
  box.appendChild(svg);
};
