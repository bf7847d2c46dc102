/* The public FAQ page (staff/faq_page.py): search as you type and a "Copier la réponse" button
   per topic. No framework, no build step, no external resource; without this script the page
   still shows every topic and its search form works through the server (?q=). */
(function () {
  "use strict";

  var ANNOUNCE_DELAY_MS = 400; // announce the count once typing pauses, not at every key
  var COPIED_VISIBLE_MS = 6000;

  /* Text as the search compares it: lower case, no accents, one kind of apostrophe, œ/æ spelt
     out (the same folding as fold() in staff/faq_page.py). */
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")
      .replace(/\u2019/g, "'").replace(/\u0153/g, "oe").replace(/\u00e6/g, "ae");
  }

  function words(query) {
    return fold(query).split(/\s+/).filter(function (word) { return word !== ""; });
  }

  function statusText(count, query) {
    if (count === 0) {
      return "Aucun sujet ne correspond à « " + query.trim() + " ». " +
        "Essayez un autre mot ou effacez la recherche pour tout afficher.";
    }
    return count === 1 ? "1 sujet affiché" : count + " sujets affichés";
  }

  function textOf(root, selector) {
    return Array.prototype.map.call(root.querySelectorAll(selector), function (node) {
      return node.textContent;
    }).join("\n");
  }

  /* ---- Search as you type */

  function setUpSearch() {
    var form = document.querySelector(".faq-search");
    var input = document.getElementById("recherche");
    var status = document.getElementById("faq-status");
    if (!form || !input || !status) {
      return;
    }
    var topics = Array.prototype.map.call(document.querySelectorAll(".faq-topic"), function (article) {
      var text = [".faq-label", ".faq-answer", ".faq-source-text", ".faq-examples li"].map(function (selector) {
        return textOf(article, selector);
      }).join("\n");
      return { element: article, text: fold(text) };
    });
    var themes = document.querySelectorAll(".faq-theme");
    var navItems = document.querySelectorAll(".faq-themes li[data-theme]");
    var timer = null;

    function filter() {
      var wanted = words(input.value);
      var count = 0;
      topics.forEach(function (topic) {
        var shown = wanted.every(function (word) { return topic.text.indexOf(word) !== -1; });
        topic.element.hidden = !shown;
        if (shown) {
          count += 1;
        }
      });
      var emptyThemes = {};
      Array.prototype.forEach.call(themes, function (theme) {
        var empty = theme.querySelector(".faq-topic:not([hidden])") === null;
        theme.hidden = empty;
        emptyThemes[theme.getAttribute("data-theme")] = empty;
      });
      Array.prototype.forEach.call(navItems, function (item) {
        item.hidden = emptyThemes[item.getAttribute("data-theme")] === true;
      });
      return count;
    }

    function announce(count) {
      status.textContent = statusText(count, input.value);
      var query = input.value.trim();
      if (window.history && window.history.replaceState) { // a reload or a shared link keeps the search
        window.history.replaceState(null, "", query ? "?q=" + encodeURIComponent(query) : window.location.pathname);
      }
    }

    function onInput() {
      var count = filter();
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { announce(count); }, ANNOUNCE_DELAY_MS);
    }

    input.addEventListener("input", onInput);
    input.addEventListener("search", onInput); // the field's clear button and Escape
    form.addEventListener("submit", function (event) {
      event.preventDefault(); // already filtered: say the count now
      window.clearTimeout(timer);
      announce(filter());
    });
    if (input.value.trim() !== "") { // a value the browser restored, or ?q= from the server
      filter();
    }
  }

  /* ---- Copy an answer */

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.setAttribute("aria-hidden", "true");
    area.setAttribute("tabindex", "-1");
    area.className = "faq-clipboard";
    document.body.appendChild(area);
    area.focus({ preventScroll: true });
    area.select();
    area.setSelectionRange(0, text.length);
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    document.body.removeChild(area);
    return copied;
  }

  function copyText(text) {
    if (navigator.clipboard && typeof navigator.clipboard.writeText === "function") {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return fallbackCopy(text); }
      );
    }
    return Promise.resolve(fallbackCopy(text));
  }

  function setUpCopy() {
    var lastMessage = null;
    var timer = null;
    Array.prototype.forEach.call(document.querySelectorAll(".faq-copy"), function (button) {
      var answer = document.getElementById(button.getAttribute("data-answer"));
      var message = button.parentNode.querySelector(".faq-copied");
      if (!answer || !message) {
        return;
      }
      button.hidden = false;
      button.addEventListener("click", function () {
        copyText(answer.textContent).then(function (copied) {
          button.focus({ preventScroll: true }); // the fallback's text box took the focus
          if (lastMessage && lastMessage !== message) {
            lastMessage.textContent = "";
          }
          lastMessage = message;
          message.classList.toggle("is-error", !copied);
          message.textContent = copied
            ? "Réponse copiée."
            : "La copie n'a pas fonctionné : sélectionnez le texte de la réponse, puis copiez-le.";
          window.clearTimeout(timer);
          timer = window.setTimeout(function () { message.textContent = ""; }, COPIED_VISIBLE_MS);
        });
      });
    });
  }

  setUpSearch();
  setUpCopy();
})();
