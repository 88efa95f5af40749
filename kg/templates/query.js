// The query page of `kg serve`: everything here is served by the endpoint itself (no CDN).
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const named = $("named"), editor = $("editor"), status = $("status"), results = $("results");
  for (const [name, q] of Object.entries(window.CTKG.queries)) {
    const opt = document.createElement("option");
    opt.value = name;
    opt.textContent = name + (q.doc ? " - " + q.doc : "");
    named.appendChild(opt);
  }
  named.addEventListener("change", () => {
    const q = window.CTKG.queries[named.value];
    if (q) { editor.value = q.text; $("doc").textContent = q.doc; }
  });

  async function ask(format) {
    const body = new URLSearchParams({ query: editor.value, format: format });
    const resp = await fetch("/sparql", { method: "POST", body: body });
    return { resp: resp, text: await resp.text() };
  }

  function cell(term) {
    const td = document.createElement("td");
    td.textContent = term ? term.value : "";
    return td;
  }

  function show(data, truncated) {
    results.textContent = "";
    const table = document.createElement("table");
    if ("boolean" in data) {
      const tr = table.insertRow();
      tr.appendChild(cell({ value: String(data.boolean) }));
      status.textContent = "ASK: " + data.boolean;
    } else {
      const vars = data.head.vars, head = table.createTHead().insertRow();
      for (const v of vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
      const tbody = table.createTBody();
      for (const b of data.results.bindings) {
        const tr = tbody.insertRow();
        for (const v of vars) tr.appendChild(cell(b[v]));
      }
      const n = data.results.bindings.length;
      status.textContent = n + (n === 1 ? " row" : " rows");
    }
    if (truncated) {
      const warn = document.createElement("span");
      warn.className = "warn";
      warn.textContent = " - cut: " + truncated;
      status.appendChild(warn);
    }
    results.appendChild(table);
  }

  function showGraph(text, truncated) {
    results.textContent = "";
    const pre = document.createElement("pre");
    pre.textContent = text;
    results.appendChild(pre);
    status.textContent = "graph (N-Triples)" + (truncated ? " - cut: " + truncated : "");
  }

  $("run").addEventListener("click", async () => {
    status.className = ""; status.textContent = "running...";
    try {
      const { resp, text } = await ask("json");
      const truncated = resp.headers.get("X-Ctkg-Truncated");
      if (!resp.ok) { status.className = "error"; status.textContent = text; results.textContent = ""; return; }
      if ((resp.headers.get("Content-Type") || "").startsWith("application/sparql-results+json")) {
        show(JSON.parse(text), truncated);
      } else {
        showGraph(text, truncated);
      }
      $("csv").disabled = $("json").disabled = false;
    } catch (err) {
      status.className = "error"; status.textContent = String(err);
    }
  });

  async function download(format, name) {
    const { resp, text } = await ask(format);
    if (!resp.ok) { status.className = "error"; status.textContent = text; return; }
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: resp.headers.get("Content-Type") || "text/plain" }));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  $("csv").addEventListener("click", () => download("csv", "results.csv"));
  $("json").addEventListener("click", () => download("json", "results.json"));
  window.ctkgQuery = { ready: true };
})();
