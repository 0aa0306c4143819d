/* Search terms, read as generator/render/terms.py reads them (tests/test_search_terms.py runs both on the
   same strings), the query's words and phrases, and where they stand in a text. */
(function () {
  "use strict";
  var TOKEN = /[\p{L}\p{N}]+(?:(?:\/|\.(?=\p{Nd}))[\p{L}\p{N}]+)*/gu;
  var DIGIT = /\p{Nd}/u;
  var VARIANTS = [
    [/(?<=[a-z]{3})is(?=(?:e|ed|es|ing|ation|ations|er|ers)$)/, "iz"],
    [/(?<=[a-z]{2})ys(?=(?:e|ed|es|ing)$)/, "yz"],
    [/(?<=[a-z]{3})our(?=(?:s|ed|ing|er|ers|able|ably|ful|ite|ites)?$)/, "or"],
    [/^(def|off|lic|pret)enc(?=(?:e|es)$)/, "$1ens"],
    [/(?<=[a-z]{3})tre(?=s?$)/, "ter"],
    [/dgement/, "dgment"]
  ];
  var ENDINGS = /(?:ies|ied|sses|ing|ed|s)$/;
  var KEPT_S = /(?:ss|us|is)$/;
  var DOUBLED = /([bdgmnprt])\1$/;
  var MIN_FOLDED = 5;

  function fold(word) {
    if (word.length < MIN_FOLDED || !/^[\x00-\x7f]*$/.test(word)) return word;
    VARIANTS.forEach(function (v) { word = word.replace(v[0], v[1]); });
    var ending = ENDINGS.exec(word), stem = word;
    if (ending) {
      var suffix = ending[0];
      stem = word.slice(0, ending.index);
      if (suffix === "ies" || suffix === "ied") stem += "y";
      else if (suffix === "sses") stem += "ss";
      else if (suffix === "s" && KEPT_S.test(word)) stem = word;
      else if ((suffix === "ing" || suffix === "ed") &&
               (stem.length < 4 || !/[aeiouy]/.test(stem) || /eed$/.test(word))) stem = word;
    }
    if (/e$/.test(stem) && stem.length >= MIN_FOLDED) stem = stem.slice(0, -1);
    if (stem !== word) {
      stem = stem.replace(DOUBLED, "$1");
      if (/ick$/.test(stem) && stem.length >= 6) stem = stem.slice(0, -1);
    }
    return stem;
  }

  function lowered(text) {
    return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }

  function pieces(token) {
    return token.indexOf("/") >= 0 && !DIGIT.test(token) ? token.split("/") : [token];
  }

  function rawTerms(text) {
    var found = lowered(text).match(TOKEN) || [];
    return [].concat.apply([], found.map(pieces));
  }

  function term(raw) { return DIGIT.test(raw) ? raw : fold(raw); }

  function terms(text) { return rawTerms(text).map(term); }

  /* The query: its phrases (in quotes, each a list of terms) and its other words, each with the term it
     stands for and the start it may have (none for numbers and symbols, which match whole). */
  function parseQuery(text) {
    var phrases = [], loose = [];
    var rest = text.replace(/"([^"]*)"?/g, function (all, inside) {
      var phrase = terms(inside);
      if (phrase.length) phrases.push(phrase);
      return " ";
    });
    rawTerms(rest).forEach(function (raw) {
      var word = { term: term(raw), start: DIGIT.test(raw) ? null : raw };
      if (!loose.some(function (w) { return w.term === word.term && w.start === word.start; })) loose.push(word);
    });
    return { phrases: phrases, loose: loose };
  }

  /* Every word the index must hold for a part to match: the loose words, and each phrase's words whole. */
  function queryWords(query) {
    var words = query.loose.slice();
    query.phrases.forEach(function (phrase) {
      phrase.forEach(function (t) {
        if (!words.some(function (w) { return w.term === t && w.start === null; })) words.push({ term: t, start: null });
      });
    });
    return words;
  }

  function matchesWord(word, t) {
    return t === word.term || (word.start !== null && t.lastIndexOf(word.start, 0) === 0);
  }

  /* The terms of `text` with where each stands in it: [start, end, term]. */
  function spans(text) {
    var found = [], match, token = new RegExp(TOKEN.source, "gu");
    while ((match = token.exec(text)) !== null) {
      var at = match.index;
      match[0].split(DIGIT.test(match[0]) ? /(?!)/ : "/").forEach(function (piece) {
        terms(piece).forEach(function (t) { found.push([at, at + piece.length, t]); });
        at += piece.length + 1;
      });
    }
    return found;
  }

  /* Where the query stands in `text`: [start, end] of each word found and of each phrase, in text order;
     and whether every phrase is there. */
  function hits(text, query) {
    var found = spans(text), marked = [], phrasesFound = 0;
    found.forEach(function (span) {
      if (query.loose.some(function (w) { return matchesWord(w, span[2]); })) marked.push([span[0], span[1]]);
    });
    query.phrases.forEach(function (phrase) {
      var any = false;
      for (var i = 0; i + phrase.length <= found.length; i++) {
        var k = 0;
        while (k < phrase.length && found[i + k][2] === phrase[k]) k++;
        if (k === phrase.length) { marked.push([found[i][0], found[i + k - 1][1]]); any = true; }
      }
      if (any) phrasesFound++;
    });
    marked.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    marked.forEach(function (m) {
      var last = merged[merged.length - 1];
      if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]); else merged.push(m.slice());
    });
    return { ranges: merged, phrases: phrasesFound === query.phrases.length };
  }

  window.untocTerms = {
    fold: fold, rawTerms: rawTerms, terms: terms, parseQuery: parseQuery, queryWords: queryWords,
    matchesWord: matchesWord, hits: hits
  };
})();
