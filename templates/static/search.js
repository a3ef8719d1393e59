// Search as you type, over the Pagefind index the build writes to pagefind/, one shard per folder.
// "/" focuses the box, arrow keys move through the results, Enter opens one, Escape closes.
// Everything is loaded from this site's own origin; without JavaScript the box stays hidden.
(function () {
  "use strict";
  var box = document.getElementById("site-search");
  if (!box) return;
  var input = document.getElementById("search-input");
  var kind = document.getElementById("search-kind");
  var year = document.getElementById("search-year");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var root = new URL(box.getAttribute("data-root") || "./", document.baseURI);
  var pagefind = null;
  var loading = null;
  var latest = 0;
  var entityKinds = [];
  box.hidden = false;

  // Names matter more than page length here: an entity page with a long backgrounder should
  // still come before a short quote that merely mentions the name.
  var settings = { baseUrl: root.pathname, excerptLength: 24, ranking: { pageLength: 0.2 } };

  function shardPath(shard) {
    return new URL("pagefind/" + shard + "/", root).pathname;
  }

  // The index comes in shards (one per year of briefs, one for the entities; pagefind/shards.json
  // names them): the first one's Pagefind is imported and every other shard merged into it.
  // filters() first: it fails if the first shard's WebAssembly cannot load, where mergeIndex
  // would wait for it for ever and the box would never say that search is not available.
  function loadShards(shards) {
    if (!Array.isArray(shards) || !shards.length) throw new Error("no search index");
    return import(new URL("pagefind/" + shards[0] + "/pagefind.js", root).href).then(function (module) {
      return module.options(settings).then(function () {
        return module.filters();
      }).then(function () {
        return Promise.all(shards.slice(1).map(function (shard) {
          return module.mergeIndex(shardPath(shard), settings);
        }));
      }).then(function () { return module; });
    });
  }

  function load() {
    if (!loading) {
      loading = fetch(new URL("pagefind/shards.json", root).href).then(function (response) {
        if (!response.ok) throw new Error("no search index");
        return response.json();
      }).then(loadShards).then(function (module) {
        pagefind = module;
        return pagefind.filters();
      }).then(fillFilters).catch(function () {
        pagefind = null;
        status.textContent = "Search is not available on this copy of the site.";
        input.disabled = true;
      });
    }
    return loading;
  }

  function fillFilters(filters) {
    entityKinds = Object.keys(filters.kind || {}).filter(function (k) { return k !== "brief" && k !== "quote"; });
    [[kind, filters.kind], [year, filters.year]].forEach(function (pair) {
      Object.keys(pair[1] || {}).sort().forEach(function (value) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        pair[0].appendChild(option);
      });
    });
  }

  // Pagefind's excerpt marks the matches with <mark>; everything else is shown as text.
  // A <textarea> decodes the entities and parses no tags; DOMParser would also drop the space
  // that starts a piece ("<mark>Hollande</mark> have" showed as "Hollandehave").
  var decoder = document.createElement("textarea");
  function excerptNodes(excerpt) {
    var nodes = [];
    excerpt.split(/(<mark>.*?<\/mark>)/).forEach(function (piece) {
      var marked = piece.indexOf("<mark>") === 0;
      decoder.innerHTML = marked ? piece.slice(6, -7) : piece;
      var text = decoder.value;
      var node = marked ? document.createElement("mark") : document.createTextNode(text);
      if (marked) node.textContent = text;
      nodes.push(node);
    });
    return nodes;
  }

  function show(results, query) {
    list.textContent = "";
    results.forEach(function (result) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      var anchor = result.sub_results && result.sub_results[0] && result.sub_results[0].url !== result.url ?
        result.sub_results[0] : result;
      // A quote's result points at the quote inside its brief (its `target`), not at its index page.
      link.href = result.meta && result.meta.target ? new URL(result.meta.target, root).href : anchor.url;
      var label = document.createElement("span");
      label.className = "search-kind";
      label.textContent = (result.meta && result.meta.kind) || "page";
      var title = document.createElement("strong");
      title.textContent = (result.meta && result.meta.title) || result.url;
      var excerpt = document.createElement("span");
      excerpt.className = "search-excerpt";
      excerptNodes(anchor.excerpt || result.excerpt || "").forEach(function (node) { excerpt.appendChild(node); });
      link.append(label, " ", title, excerpt);
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = results.length === 0 && !query;
    status.textContent = query ? results.length + (results.length === 1 ? " result" : " results") : "";
  }

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  }

  // A best bet: when the query is an entity's name or alias ("Daesh", "Hollande"), its page comes
  // first, however many short quotes also contain the word.
  function bestBet(query, filters) {
    if (!entityKinds.length || (filters.kind && entityKinds.indexOf(filters.kind) < 0)) return Promise.resolve(null);
    var only = {};
    Object.keys(filters).forEach(function (key) { only[key] = filters[key]; });
    if (!only.kind) only.kind = { any: entityKinds };
    return pagefind.search(query, { filters: only }).then(function (search) {
      return Promise.all(search.results.slice(0, 3).map(function (r) { return r.data(); }));
    }).then(function (entities) {
      var wanted = fold(query);
      return entities.filter(function (e) {
        return ((e.meta && e.meta.names) || "").split("|").some(function (name) { return fold(name) === wanted; });
      })[0] || null;
    });
  }

  function run() {
    var query = input.value.trim();
    var ticket = ++latest;
    if (!query) { show([], ""); return; }
    status.textContent = "Searching…";
    load().then(function () {
      if (!pagefind) return null;
      var filters = {};
      if (kind.value) filters.kind = kind.value;
      if (year.value) filters.year = year.value;
      return pagefind.debouncedSearch(query, { filters: filters }, 150).then(function (search) {
        if (!search || ticket !== latest) return null;
        return Promise.all([
          Promise.all(search.results.slice(0, 8).map(function (r) { return r.data(); })),
          bestBet(query, filters)
        ]);
      });
    }).then(function (found) {
      if (!found || ticket !== latest) return;
      var results = found[0];
      var best = found[1];
      if (best) {
        results = [best].concat(results.filter(function (r) { return r.url !== best.url; })).slice(0, 8);
      }
      show(results, query);
    });
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

  input.addEventListener("focus", load);
  input.addEventListener("input", run);
  kind.addEventListener("change", run);
  year.addEventListener("change", run);
  box.addEventListener("keydown", function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && all.length) {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)].focus();
    } else if (event.key === "ArrowUp" && (at >= 0)) {
      event.preventDefault();
      if (at === 0) input.focus(); else all[at - 1].focus();
    } else if (event.key === "Escape") {
      input.value = "";
      show([], "");
      input.focus();
    }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
})();
