// The lead list's mass actions: the header checkbox ticks every row of the page, and the bar says how
// many rows are ticked. Ticking "all matching" acts on the whole filter, so the row ticks step aside.
(() => {
    "use strict";

    const rows = () => [...document.querySelectorAll("[data-select-row]")];
    const pageBox = document.querySelector("[data-select-page]");
    const allMatching = document.querySelector("[data-select-all-matching]");
    const count = document.querySelector("[data-bulk-count]");

    const update = () => {
        const ticked = rows().filter(box => box.checked).length;
        if (pageBox) {
            pageBox.checked = ticked > 0 && ticked === rows().length;
            pageBox.indeterminate = ticked > 0 && ticked < rows().length;
        }
        if (count) {
            count.textContent = ticked === 0 ? count.dataset.none : count.dataset.some.replace("{0}", ticked.toLocaleString());
        }
    };

    pageBox?.addEventListener("change", () => {
        rows().forEach(box => { box.checked = pageBox.checked; });
        update();
    });
    rows().forEach(box => box.addEventListener("change", update));
    allMatching?.addEventListener("change", () => {
        rows().forEach(box => { box.disabled = allMatching.checked; });
        if (pageBox) {
            pageBox.disabled = allMatching.checked;
        }
    });
    update();
})();
