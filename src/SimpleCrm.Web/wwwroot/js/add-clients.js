// "Add clients", picking by hand: the picked count follows the ticks on this page (the server counts
// again on every step), and ticking a contact means "pick by hand", so that radio button follows.
(() => {
    "use strict";

    const count = document.querySelector("[data-add-clients-count]");
    const pick = document.getElementById("mode-pick");
    const boxes = [...document.querySelectorAll("[data-add-clients-pick]")];
    if (!count) {
        return;
    }

    const elsewhere = Number(count.dataset.pickedElsewhere || "0");
    const template = count.dataset.template || "";
    boxes.forEach(box => box.addEventListener("change", () => {
        const picked = elsewhere + boxes.filter(b => b.checked).length;
        count.textContent = template.replace("{0}", picked.toLocaleString(document.documentElement.lang || undefined));
        if (box.checked && pick) {
            pick.checked = true;
        }
    }));
})();
