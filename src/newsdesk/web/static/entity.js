// The entity page's network: drawn with cytoscape from the page's JSON endpoint.
// The page lists the same connections as links, so it works without this script.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const box = document.getElementById("network");
  if (!box || typeof cytoscape !== "function") return;
  fetch(box.dataset.src, { headers: { Accept: "application/json" } })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
    .then((net) => {
      if (!net.edges.length) return;
      box.classList.add("drawn");
      const elements = net.nodes.map((n) => ({
        data: { id: String(n.id), label: n.label, kind: n.type, center: n.center ? 1 : 0 },
      })).concat(net.edges.map((e) => ({
        data: { id: `${e.source}-${e.target}`, source: String(e.source), target: String(e.target),
                kind: e.kind, weight: Math.max(e.met, e.mentioned) },
      })));
      const cy = cytoscape({
        container: box, elements,
        layout: { name: "concentric", concentric: (n) => (n.data("center") ? 2 : 1), levelWidth: () => 1,
                  minNodeSpacing: 18, animate: false },
        style: [
          { selector: "node", style: { label: "data(label)", "font-size": 11, "text-valign": "bottom",
            "text-margin-y": 3, width: 14, height: 14, "background-color": "#6b8fd6" } },
          { selector: "node[kind = 'PERSON']", style: { "background-color": "#e0a800" } },
          { selector: "node[kind = 'ORG'], node[kind = 'NORP']", style: { "background-color": "#3c9a5f" } },
          { selector: "node[center = 1]", style: { width: 24, height: 24, "font-weight": "bold" } },
          { selector: "edge", style: { width: "mapData(weight, 1, 10, 1, 5)", "line-color": "#c5ccd8",
            "curve-style": "straight" } },
          { selector: "edge[kind = 'met']", style: { "line-color": "#1a4d8f" } },
        ],
        userZoomingEnabled: false, maxZoom: 1.3,
      });
      cy.on("tap", "node", (evt) => {
        const id = evt.target.id();
        if (!evt.target.data("center")) window.location.href = `/entities/${encodeURIComponent(id)}`;
      });
    })
    .catch(() => { /* the list below the graph stays the way to browse */ });
});
