/*
 * Assistant Missions Locales: an embeddable chat widget for a Rasa server's REST channel.
 *
 * Embed with one tag (no build step):
 *   <script src="https://example.org/widget/assistant-ml.js"
 *           data-server="https://assistant.example.org" data-title="Assistant Missions Locales" defer></script>
 *
 * data- attributes: data-server (Rasa server base URL, default http://127.0.0.1:5005), data-title,
 * data-retention-days (days the server keeps conversations, shown in the privacy notice, default 30).
 * The stylesheet assistant-ml.css is loaded from the script's own folder.
 *
 * Safety: every piece of text (the user's and the bot's) goes into the page through DOM text
 * nodes; innerHTML is never used. Links are built as <a> elements for http(s) URLs only.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.__assistantMlLoaded) return;
  window.__assistantMlLoaded = true;

  var HISTORY_MAX = 50;
  var REQUEST_TIMEOUT_MS = 30000;
  var SERVER = (script.getAttribute("data-server") || "http://127.0.0.1:5005").replace(/\/+$/, "");
  var TITLE = script.getAttribute("data-title") || "Assistant Missions Locales";
  var RETENTION_DAYS = parseInt(script.getAttribute("data-retention-days") || "30", 10) || 30;
  var KEY = "assistant-ml:" + SERVER;
  var WELCOME =
    "Bonjour ! Je réponds à vos questions sur les missions locales et je peux trouver la vôtre. " +
    "Écrivez votre question ci-dessous.";
  var ERROR_TEXT =
    "Le service ne répond pas pour le moment. Vérifiez votre connexion à Internet, " +
    "puis réessayez dans quelques instants.";
  var EMPTY_TEXT = "L'assistant n'a pas pu répondre à ce message. Vous pouvez réessayer.";

  // ------------------------------------------------------------------ storage
  var memory = {};
  var storage = {
    get: function (name) {
      try {
        return window.localStorage.getItem(KEY + ":" + name);
      } catch (e) {
        return memory[name] === undefined ? null : memory[name];
      }
    },
    set: function (name, value) {
      memory[name] = value;
      try {
        window.localStorage.setItem(KEY + ":" + name, value);
      } catch (e) {
        /* storage full or disabled: the in-memory copy is used */
      }
    },
    remove: function (name) {
      delete memory[name];
      try {
        window.localStorage.removeItem(KEY + ":" + name);
      } catch (e) {
        /* ignore */
      }
    },
  };

  function newSenderId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") return window.crypto.randomUUID();
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) {
        return (b + 256).toString(16).slice(1);
      })
      .join("");
  }

  function senderId() {
    var id = storage.get("sender");
    if (!id) {
      id = newSenderId();
      storage.set("sender", id);
    }
    return id;
  }

  function loadHistory() {
    try {
      var items = JSON.parse(storage.get("history") || "[]");
      return Array.isArray(items) ? items.slice(-HISTORY_MAX) : [];
    } catch (e) {
      return [];
    }
  }

  var history = loadHistory();

  function remember(item) {
    history.push(item);
    history = history.slice(-HISTORY_MAX);
    storage.set("history", JSON.stringify(history));
  }

  // ------------------------------------------------------------------ DOM helpers
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === "text") node.textContent = attrs[name];
      else if (name === "className") node.className = attrs[name];
      else node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(child);
    });
    return node;
  }

  var URL_RE = /https?:\/\/[^\s<>"]+/g;

  /* Appends text to parent: line breaks kept, http(s) URLs as links, everything else as text. */
  function appendRichText(parent, text) {
    String(text).split("\n").forEach(function (line, index) {
      if (index > 0) parent.appendChild(document.createElement("br"));
      var last = 0;
      line.replace(URL_RE, function (match, offset) {
        var url = match.replace(/[.,;:!?)»]+$/, "");
        if (offset > last) parent.appendChild(document.createTextNode(line.slice(last, offset)));
        var link = el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: url });
        link.appendChild(el("span", { className: "aml-sr-only", text: " (nouvelle fenêtre)" }));
        parent.appendChild(link);
        last = offset + url.length;
        return match;
      });
      if (last < line.length) parent.appendChild(document.createTextNode(line.slice(last)));
    });
  }

  // ------------------------------------------------------------------ widget
  function injectStylesheet() {
    var href = new URL("assistant-ml.css", script.src).href;
    if (document.querySelector('link[data-assistant-ml="css"]')) return;
    document.head.appendChild(el("link", { rel: "stylesheet", href: href, "data-assistant-ml": "css" }));
  }

  function build() {
    injectStylesheet();

    var launcher = el("button", {
      type: "button",
      className: "aml-launcher",
      "aria-expanded": "false",
      "aria-controls": "aml-panel",
    });
    launcher.appendChild(iconBubble());
    launcher.appendChild(el("span", { text: "Une question ?" }));
    launcher.appendChild(el("span", { className: "aml-sr-only", text: " Ouvrir l'assistant des missions locales" }));

    var title = el("h2", { id: "aml-title", className: "aml-title", text: TITLE });
    var newButton = el("button", { type: "button", className: "aml-new", text: "Nouvelle conversation" });
    var closeButton = el("button", { type: "button", className: "aml-close", "aria-label": "Fermer l'assistant" });
    closeButton.appendChild(el("span", { "aria-hidden": "true", text: "×" }));
    var header = el("div", { className: "aml-header" }, [title, el("div", { className: "aml-actions" }, [newButton, closeButton])]);

    var privacy = el("details", { className: "aml-privacy" }, [
      el("summary", { text: "Vos données : ce qui est conservé" }),
      el("p", {
        text:
          "Vos messages sont envoyés au serveur de cet assistant, géré par la mission locale ou " +
          "l'organisme qui vous propose ce service. La conversation y est conservée " +
          RETENTION_DAYS + (RETENTION_DAYS > 1 ? " jours" : " jour") +
          " après votre dernier message, puis effacée.",
      }),
      el("p", {
        text:
          "Sur cet appareil, votre navigateur garde les " + HISTORY_MAX + " derniers messages pour les " +
          "réafficher, jusqu'à ce que vous cliquiez sur « Nouvelle conversation ». Sur un ordinateur " +
          "partagé, pensez à le faire avant de partir.",
      }),
      el("p", {
        text:
          "Si vous demandez à être rappelé, l'assistant vous demande votre âge, votre prénom, un téléphone " +
          "ou une adresse électronique, votre commune et un message facultatif. Avec votre accord seulement, " +
          "il enregistre votre prénom, votre contact, votre commune et votre message pour l'équipe de votre " +
          "mission locale, seule à les voir, pendant " + RETENTION_DAYS + (RETENTION_DAYS > 1 ? " jours" : " jour") +
          ". Pour retirer votre demande avant, dites-le à la mission locale. Avant 15 ans, rien n'est enregistré : " +
          "demandez à un parent de contacter la mission locale.",
      }),
      el("p", { text: "En dehors d'une demande de rappel, n'indiquez pas d'informations personnelles (nom, numéro de téléphone, santé…)." }),
    ]);

    var log = el("div", {
      className: "aml-log",
      role: "log",
      "aria-live": "polite",
      "aria-label": "Conversation avec l'assistant",
      tabindex: "0",
    });
    var typing = el("div", { className: "aml-typing", role: "status" });

    var input = el("input", {
      id: "aml-input",
      className: "aml-input",
      type: "text",
      autocomplete: "off",
      maxlength: "500",
      placeholder: "Écrivez votre question…",
    });
    var label = el("label", { for: "aml-input", className: "aml-sr-only", text: "Votre message" });
    var send = el("button", { type: "submit", className: "aml-send", text: "Envoyer" });
    var form = el("form", { className: "aml-form" }, [label, input, send]);

    var panel = el("div", {
      id: "aml-panel",
      className: "aml-panel",
      role: "dialog",
      "aria-labelledby": "aml-title",
      hidden: "",
    }, [header, privacy, log, typing, form]);

    var root = el("div", { className: "aml-root", lang: "fr" }, [panel, launcher]);
    document.body.appendChild(root);

    return {
      root: root, launcher: launcher, panel: panel, log: log, typing: typing,
      form: form, input: input, newButton: newButton, closeButton: closeButton,
    };
  }

  function iconBubble() {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", "24");
    svg.setAttribute("height", "24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("fill", "currentColor");
    path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z");
    svg.appendChild(path);
    return svg;
  }

  function start() {
    var ui = build();
    var pending = Promise.resolve();
    var inFlight = 0;

    function scrollToEnd() {
      ui.log.scrollTop = ui.log.scrollHeight;
    }

    function renderMessage(item) {
      var fromUser = item.from === "user";
      var bubble = el("div", { className: "aml-msg " + (fromUser ? "aml-msg--user" : "aml-msg--bot") });
      bubble.appendChild(el("span", { className: "aml-sr-only", text: fromUser ? "Vous : " : "L'assistant : " }));
      if (item.text) appendRichText(bubble, item.text);
      if (item.image && /^https?:\/\//.test(item.image)) {
        bubble.appendChild(el("img", { src: item.image, alt: "", className: "aml-image" }));
      }
      ui.log.appendChild(bubble);
      if (item.buttons && item.buttons.length) {
        var group = el("div", { className: "aml-buttons", role: "group", "aria-label": "Réponses proposées" });
        item.buttons.forEach(function (b) {
          var button = el("button", { type: "button", className: "aml-choice", text: b.title || b.payload });
          button.addEventListener("click", function () {
            sendMessage(b.title || b.payload, b.payload || b.title);
          });
          group.appendChild(button);
        });
        ui.log.appendChild(group);
      }
      scrollToEnd();
    }

    function renderAll() {
      while (ui.log.firstChild) ui.log.removeChild(ui.log.firstChild);
      renderMessage({ from: "bot", text: WELCOME });
      history.forEach(renderMessage);
    }

    function setTyping(on) {
      ui.typing.textContent = on ? "L'assistant écrit…" : "";
      ui.typing.classList.toggle("aml-typing--on", on);
    }

    function showError(text, payload) {
      var retry = el("button", { type: "button", className: "aml-retry", text: "Réessayer" });
      var box = el("div", { className: "aml-msg aml-msg--error" }, [el("p", { text: text }), retry]);
      retry.addEventListener("click", function () {
        if (box.parentNode) box.parentNode.removeChild(box);
        post(payload);
        ui.input.focus();
      });
      ui.log.appendChild(box);
      scrollToEnd();
    }

    function request(payload, sender) {
      var controller = typeof AbortController === "function" ? new AbortController() : null;
      var timer = setTimeout(function () {
        if (controller) controller.abort();
      }, REQUEST_TIMEOUT_MS);
      return fetch(SERVER + "/webhooks/rest/webhook", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sender: sender, message: payload }),
        signal: controller ? controller.signal : undefined,
      })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .finally(function () {
          clearTimeout(timer);
        });
    }

    /* Sends payload to the server (one request at a time, in order) and shows the replies. */
    function post(payload) {
      var generation = conversation;
      var sender = senderId();
      inFlight += 1;
      setTyping(true);
      pending = pending.then(function () {
        if (generation !== conversation) return undefined; // "Nouvelle conversation" was clicked meanwhile
        return request(payload, sender)
          .then(function (replies) {
            if (generation !== conversation) return;
            var shown = 0;
            (Array.isArray(replies) ? replies : []).forEach(function (reply) {
              if (!reply || (!reply.text && !reply.image && !(reply.buttons || []).length)) return;
              var item = { from: "bot", text: reply.text ? String(reply.text) : "" };
              if (reply.buttons && reply.buttons.length) {
                item.buttons = reply.buttons.map(function (b) {
                  return { title: String(b.title || ""), payload: String(b.payload || "") };
                });
              }
              if (reply.image) item.image = String(reply.image);
              remember(item);
              renderMessage(item);
              shown += 1;
            });
            if (!shown) showError(EMPTY_TEXT, payload);
          })
          .catch(function () {
            if (generation === conversation) showError(ERROR_TEXT, payload);
          })
          .then(function () {
            if (generation !== conversation) return;
            inFlight -= 1;
            if (!inFlight) setTyping(false);
          });
      });
    }

    function sendMessage(shownText, payload) {
      var text = String(shownText).trim();
      if (!text) return;
      var item = { from: "user", text: text };
      remember(item);
      renderMessage(item);
      post(payload === undefined ? text : payload);
    }

    var conversation = 0;

    function newConversation() {
      conversation += 1;
      storage.remove("history");
      storage.remove("sender");
      history = [];
      inFlight = 0;
      setTyping(false);
      renderAll();
      ui.input.value = "";
      ui.input.focus();
    }

    // Full screen (the stylesheet says so with --aml-modal), the panel hides the page: it is a
    // modal dialog and Tab cycles inside it. Smaller than full screen, it stays non-modal.
    function isFullScreen() {
      return window.getComputedStyle(ui.panel).getPropertyValue("--aml-modal").trim() === "1";
    }

    function updateModal() {
      if (isFullScreen()) ui.panel.setAttribute("aria-modal", "true");
      else ui.panel.removeAttribute("aria-modal");
    }

    function focusableInPanel() {
      var nodes = ui.panel.querySelectorAll("button, a[href], input, textarea, select, summary, [tabindex]");
      return Array.prototype.filter.call(nodes, function (node) {
        return !node.disabled && node.tabIndex >= 0 && node.getClientRects().length > 0;
      });
    }

    function keepFocusInPanel(event) {
      var items = focusableInPanel();
      if (!items.length) return;
      var first = items[0];
      var last = items[items.length - 1];
      var active = document.activeElement;
      if (!ui.panel.contains(active)) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      } else if (event.shiftKey && active === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    }

    window.addEventListener("resize", updateModal); // rotation, zoom
    updateModal();

    function open() {
      ui.panel.hidden = false;
      ui.launcher.setAttribute("aria-expanded", "true");
      ui.root.classList.add("aml-root--open");
      scrollToEnd();
      ui.input.focus();
    }

    function close() {
      ui.panel.hidden = true;
      ui.launcher.setAttribute("aria-expanded", "false");
      ui.root.classList.remove("aml-root--open");
      ui.launcher.focus();
    }

    ui.launcher.addEventListener("click", function () {
      if (ui.panel.hidden) open();
      else close();
    });
    ui.closeButton.addEventListener("click", close);
    ui.newButton.addEventListener("click", newConversation);
    ui.root.addEventListener("keydown", function (event) {
      if ((event.key === "Escape" || event.key === "Esc") && !ui.panel.hidden) {
        event.preventDefault();
        close();
      } else if (event.key === "Tab" && !ui.panel.hidden && isFullScreen()) {
        keepFocusInPanel(event);
      }
    });
    ui.form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = ui.input.value;
      if (!text.trim()) {
        ui.input.focus();
        return;
      }
      ui.input.value = "";
      sendMessage(text);
      ui.input.focus();
    });

    renderAll();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
