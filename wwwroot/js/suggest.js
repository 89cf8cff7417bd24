// Search-box completions as an ARIA 1.2 combobox. Without this script the boxes are plain search forms.
(() => {
  "use strict";
  let counter = 0;

  function attach(input) {
    const id = `suggest-${++counter}`;
    const list = document.createElement("ul");
    list.id = id;
    list.className = "suggest-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Gợi ý tìm kiếm");
    list.hidden = true;
    input.parentElement.classList.add("suggest-host");
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);
    input.setAttribute("autocomplete", "off");

    let items = [];
    let active = -1;
    let timer = 0;
    let asked = "";
    let controller = null;

    const close = () => {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    };

    const highlight = (index) => {
      const options = list.querySelectorAll("[role=option]");
      options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    };

    const show = (found) => {
      items = found;
      list.replaceChildren(...found.map((item, i) => {
        const option = document.createElement("li");
        option.id = `${id}-${i}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.className = `suggest-${item.kind}`;
        option.textContent = item.text;
        // mousedown, not click: it comes before the input loses focus and closes the list.
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          location.href = item.url;
        });
        return option;
      }));
      active = -1;
      const open = found.length > 0;
      list.hidden = !open;
      input.setAttribute("aria-expanded", String(open));
    };

    const ask = async () => {
      const q = input.value;
      if (q.trim().length < 2) return close();
      if (q === asked) return;
      asked = q;
      controller?.abort();
      controller = new AbortController();
      try {
        const response = await fetch(`/api/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!response.ok) return close();
        const body = await response.json();
        if (input.value === q && document.activeElement === input) show(body.items);
      } catch (error) {
        if (error.name !== "AbortError") close();
      }
    };

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });
    input.addEventListener("keydown", (event) => {
      const open = !list.hidden && items.length > 0;
      switch (event.key) {
        case "ArrowDown":
          if (!open) { asked = ""; ask(); break; }
          event.preventDefault();
          highlight(active + 1 < items.length ? active + 1 : 0);
          break;
        case "ArrowUp":
          if (!open) break;
          event.preventDefault();
          highlight(active > 0 ? active - 1 : items.length - 1);
          break;
        case "Enter":
          if (open && active >= 0) {
            event.preventDefault();
            location.href = items[active].url;
          }
          break;
        case "Escape":
          if (open) {
            event.preventDefault();
            close();
          }
          break;
      }
    });
    input.addEventListener("blur", close);
  }

  document.querySelectorAll("input[data-suggest]").forEach(attach);
})();
