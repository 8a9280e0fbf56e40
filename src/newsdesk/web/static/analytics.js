/* /analytics: draws the articles-per-day chart (uPlot, vendored) from /api/analytics/attention,
   toggles raw counts / share of the day's articles, and lists a clicked day's stories.
   Everything from the API is put into the page as text (textContent), never as HTML. */
(function () {
  "use strict";
  var COLORS = ["#1a4d8f", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490", "#a16207", "#4b5563"];

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function storiesUrl(query, day, copies) {
    var p = new URLSearchParams({ q: query, day: day, copies: copies, limit: "20" });
    return "/api/analytics/stories?" + p.toString();
  }

  function showDay(box, series, day, copies) {
    box.textContent = "";
    box.appendChild(el("h3", null, "Stories on " + day));
    series.forEach(function (s, i) {
      var part = el("div", "day-query");
      var head = el("p", "day-query-head");
      head.appendChild(el("span", "swatch swatch-" + (i % 8)));
      head.appendChild(document.createTextNode(s.query));
      part.appendChild(head);
      var list = el("ul", "day-story-list");
      part.appendChild(list);
      var csv = el("a", "csv-link", "CSV");
      csv.href = storiesUrl(s.query, day, copies) + "&format=csv";
      box.appendChild(part);
      fetch(storiesUrl(s.query, day, copies), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, body: b }; }); })
        .then(function (res) {
          if (!res.ok) { list.appendChild(el("li", "error-message", res.body.detail || "error")); return; }
          var b = res.body;
          if (!b.items.length) list.appendChild(el("li", "empty", b.matched ? "No story yet for these articles." : "No matching article that day."));
          b.items.forEach(function (st) {
            var li = el("li");
            var a = el("a", null, st.title || "Story " + st.id);
            a.href = "/stories/" + encodeURIComponent(st.id);
            li.appendChild(a);
            li.appendChild(el("span", "muted", " — " + st.articles + " matching article" + (st.articles === 1 ? "" : "s")));
            list.appendChild(li);
          });
          if (b.total > b.items.length) list.appendChild(el("li", "muted", "… and " + (b.total - b.items.length) + " more stories"));
          part.appendChild(csv);
        })
        .catch(function () { list.appendChild(el("li", "error-message", "Could not load the stories.")); });
    });
  }

  function draw(box, data, scale, onDay) {
    box.textContent = "";
    var xs = data.series[0].days.map(function (d) { return Date.parse(d.day + "T00:00:00Z") / 1000; });
    var ys = data.series.map(function (s) {
      return s.days.map(function (d) { return scale === "share" ? 100 * d.share : d.count; });
    });
    var phone = box.clientWidth < 560;
    var opts = {
      width: Math.max(280, box.clientWidth),
      height: phone ? 240 : 320,
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"); },
      legend: { show: !phone },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true } },
      axes: [{}, { label: scale === "share" ? "% of the day's articles" : "articles", size: 60 }],
      series: [{ label: "day", value: function (u, v) { return v == null ? "" : new Date(v * 1000).toISOString().slice(0, 10); } }].concat(data.series.map(function (s, i) {
        return { label: s.query, stroke: COLORS[i % 8], width: 1.5, points: { show: false },
                 value: function (u, v) { return v == null ? "" : (scale === "share" ? v.toFixed(1) + "%" : v); } };
      })),
      hooks: {
        ready: [function (u) {
          u.over.addEventListener("click", function (e) {  // from the position: touch has no cursor
            var i = u.posToIdx(e.clientX - u.over.getBoundingClientRect().left);
            var days = data.series[0].days;
            if (i !== null && i !== undefined && i >= 0 && i < days.length) onDay(days[i].day);
          });
        }],
      },
    };
    return new uPlot(opts, [xs].concat(ys), box);
  }

  function start() {
    var box = document.getElementById("attention-chart");
    if (!box || typeof uPlot === "undefined") return;
    var dayBox = document.getElementById("day-stories");
    var scale = box.dataset.scale || "raw";
    var copies = box.dataset.copies || "once";
    document.querySelectorAll(".js-only").forEach(function (n) { n.classList.add("js-shown"); });
    fetch(box.dataset.api, { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
      .then(function (data) {
        var onDay = function (day) { showDay(dayBox, data.series, day, copies); };
        var chart = draw(box, data, scale, onDay);
        document.querySelectorAll("input[name=chart-scale]").forEach(function (radio) {
          radio.addEventListener("change", function () {
            scale = radio.value;
            chart.destroy();
            chart = draw(box, data, scale, onDay);
            var url = new URL(window.location.href);
            url.searchParams.set("scale", scale);
            window.history.replaceState(null, "", url.toString());
          });
        });
        var timer = null;
        window.addEventListener("resize", function () {
          clearTimeout(timer);
          timer = setTimeout(function () { chart.destroy(); chart = draw(box, data, scale, onDay); }, 150);
        });
      })
      .catch(function () { box.appendChild(el("p", "error-message", "Could not load the chart data.")); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
